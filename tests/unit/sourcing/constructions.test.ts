// Constructions the analyzer must read in news it was not written for: one
// table per rule class, on sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { analyze, type Kind } from '../../../lib/sourcing/index.ts';

/** Every kind found in a text (all links of every attribution), sorted. */
const kindsIn = (text: string): Kind[] =>
  [...new Set(analyze(text).attributions.flatMap((a) => a.kinds))].sort();
const first = (text: string) => analyze(text).attributions[0];

describe('a role title before a name is a named person', () => {
  test.each([
    [
      'Harbor Authority press secretary Lena Ortiz condemned the strike and said the port stays open.',
      'Harbor Authority press secretary Lena Ortiz',
    ],
    [
      'In Lisbon, city council spokesman Rui Matos said the tram line would reopen.',
      'city council spokesman Rui Matos',
    ],
    ['Secretary of State Mara Lind said the talks would resume.', 'Secretary of State Mara Lind'],
    ['The agency’s spokesman, Piet Mol, said Borduria would respond.', 'Piet Mol'],
    ['Fiona said she had never felt so alone.', 'Fiona'],
  ])('%s', (text, source) => {
    const as = analyze(text).attributions;
    expect(as.length).toBeGreaterThan(0);
    for (const a of as) expect(a.kind).toBe('named');
    expect(as[0].source?.text).toBe(source);
  });
});

describe('organisations by their telling words, unnamed people by their plural', () => {
  test.each([
    ['According to the Lakeside Housing Policy Center, rents rose by 8 percent.', 'official'],
    ['The rescue group Safe Paws said the dogs were healthy.', 'official'],
    ['Brightwater Holdings said the merger would close in June.', 'official'],
    ['Amnesty Watch International said the trial was unfair.', 'official'],
    ['Children’s Rights Watch said the trial was unfair.', 'official'],
    ['The count was 40, according to the whale charity Project Orca.', 'official'],
    ['The count was 40, according to Institute Lumen.', 'official'],
    ['Officers said the driver was not hurt.', 'anonymous'],
    ['Administration officials said the plan was dead.', 'anonymous'],
    ['Many of them said the water tasted of metal.', 'anonymous'],
    ['Some of the residents said they had heard two shots.', 'anonymous'],
    ['Students at the school said the fire alarm had failed.', 'anonymous'],
    ['“We are heartbroken,” the family said in a statement.', 'named'],
    ['Her family said she loved the sea.', 'named'],
  ])('%s', (text, kind) => {
    expect(kindsIn(text)).toEqual([kind]);
  });
});

describe('news reports from outlets nobody names are second-hand and weak', () => {
  test.each([
    ['About 40 people were hurt, according to local news reports.'],
    ['Media reports said the mayor had resigned.'],
    ['Reports in a state newspaper said the dam had burst.'],
    ['Local media reported that the mayor had resigned.'],
    ['Ruritanian state media said the harvest was good.'],
  ])('%s', (text) => {
    const a = first(text);
    expect(a?.kinds).toEqual(['secondhand']);
    expect(a?.band).toBe('weak');
  });

  test('bare "reports" are vague', () => {
    expect(kindsIn('According to reports, the plane landed safely.')).toEqual(['vague']);
  });

  test('an outlet named in the tail keeps the moderate band', () => {
    const a = first('According to a Reuters report, the deal collapsed.');
    expect(a?.band).toBe('moderate');
  });

  test('documents seen by an outlet are a chain: document, then the outlet', () => {
    const a = first('Police reports seen by Reuters suggest the general planned the move.');
    expect(a?.kinds).toEqual(['document', 'secondhand']);
  });

  test('a newspaper by the shape of its name', () => {
    expect(first('The Daily Clarion reported that two men were held.')?.kinds).toEqual([
      'secondhand',
    ]);
    expect(first('Two men were held, according to the Harbour Courier.')?.kinds).toEqual([
      'secondhand',
    ]);
  });

  test('an unfamiliar name that reports is an outlet', () => {
    expect(first('As Gazetteer reports, the company raised its prices.')?.kinds).toEqual([
      'secondhand',
    ]);
  });

  test('a news agency that was told is a further link; another outlet is not', () => {
    expect(first('A senior source told Reuters the deal was done.')?.kinds).toEqual([
      'secondhand',
      'anonymous',
    ]);
    expect(first('Tom Baker told the Daily Planet News the deal was done.')?.kinds).toEqual([
      'named',
    ]);
  });
});

describe('reporting verbs and constructions', () => {
  test.each([
    ['The leader of the party, Ann Roe, condemned the attack, saying it would not divide us.'],
    ['Ann Roe apologized on Monday, saying the remarks were wrong.'],
    ['The storm cut power to the island, the utility said, adding that crews were on the way.'],
    ['Ann Roe released the figures on Friday, telling reporters that the fund was empty.'],
    ['Officials divulged on Thursday that the talks had resumed.'],
    ['The council accused the developer of ignoring the rules.'],
    ['The mayor called the plan “a disaster for the town.”'],
    ['The minister urged residents to stay indoors.'],
    ['The union expressed concern over the cuts.'],
    ['“We will rebuild the bridge,” he continued.'],
    ['Ann Lee issued a plea for drivers to slow down.'],
    ['The decision was described as “reckless” by the bar association.'],
    ['Ann Roe and her husband are insisting the vote goes ahead.'],
    ['“She was kind to everyone,” her brother, Oskar, said in a statement.'],
    ['The father of a boy who fell from the ride has described how the park ignored warnings.'],
    ['However, she defended her decision to sell the house.'],
    ['Ann Roe summed up: “We lost.”'],
    ['The ministry, in a statement, said the border would reopen.'],
    ['Police, however, said the man had fled.'],
    ['Her parents, Tom and Ann, said she loved music.'],
  ])('%s', (text) => {
    const ks = kindsIn(text);
    expect(ks.length).toBeGreaterThan(0);
    expect(ks.every((k) => k === 'named' || k === 'official' || k === 'anonymous')).toBe(true);
  });

  test('studies that link one thing to another are documents', () => {
    expect(kindsIn('Studies have linked the drug to heart attacks.')).toEqual(['document']);
  });

  test('the name in apposition is the source', () => {
    expect(first('“She was kind,” her brother, Oskar, said in a statement.')?.source?.text).toBe(
      'Oskar',
    );
    expect(first('Han Li, the leader of the bloc, urged Roe to resign.')?.source?.text).toBe(
      'Han Li',
    );
    expect(
      first('Ana Ruiz, leader of the Green bloc, described the budget as “a fraud.”')?.source?.text,
    ).toBe('Ana Ruiz');
  });

  test('a name in apposition after an inverted subject is the source', () => {
    const a = first('“We are ready,” said a navy spokesman, Olav Berg, on Tuesday.');
    expect(a?.kind).toBe('named');
    expect(a?.source?.text).toBe('Olav Berg');
  });

  test('"sources close to" marks unnamed people', () => {
    expect(kindsIn('Sources close to the family said the funeral would be private.')).toEqual([
      'anonymous',
    ]);
  });

  test('a participle clause does not repeat the cue it follows', () => {
    const as = analyze('Ann Roe condemned the raid, saying in a statement that it was cruel.');
    expect(as.attributions).toHaveLength(1);
    expect(as.attributions[0].cue.text).toBe('condemned');
  });
});

describe('non-responses', () => {
  test.each([
    ['The source could not provide details of the talks.'],
    ['The firm has not commented on the claims.'],
    ['He did not give a direct answer to that question.'],
    ['The ministry would not say how many had died.'],
    ['The club refused to comment.'],
    ['The senator was not available for comment on Friday.'],
    ['The owner was unavailable for comment.'],
    ['The firm gave no details of the deal.'],
    ['A spokesman for the embassy declined to give further details.'],
  ])('%s', (text) => {
    const as = analyze(text).attributions;
    expect(as.map((a) => a.kind)).toEqual(['non-response']);
  });

  test('words of refusal inside a quotation are not a non-response', () => {
    expect(kindsIn('“My grandmother would not say a word against him,” Ann Roe said.')).toEqual([
      'named',
    ]);
  });
});

describe('vague and weasel phrases', () => {
  test.each([
    ['Many Ruritanians accuse the old government of ignoring the floods.'],
    ['The town, still seen by many locals as a haven, is now empty.'],
    ['The country has been hailed as a model of recovery.'],
    ['The decision was described as reckless.'],
    ['The agency, which was suspected of leaking the memo, fired two staff.'],
    ['What many voters saw as a betrayal cost him the seat.'],
    ['The ruling party’s critics have long blamed the drought on him.'],
    ['Elders say the river has never been this low.'],
    ['Republicans complained about the deficit for years.'],
    ['A move seen as clearing the way for her succession angered the army.'],
    ['Fuelling speculation that he would run, the governor returned home.'],
    ['Some scientists think the virus jumped from bats.'],
    ['Many Ruritanians believe the old government failed them.'],
    ['Many believe Mr. Roe will win.'],
    ['The storms that many scientists link to warming are getting worse.'],
    ['The governor has been accused of taking bribes.'],
    ['The minister accused of fraud resigned on Monday.'],
  ])('%s', (text) => {
    expect(kindsIn(text)).toContain('vague');
    expect(kindsIn(text).every((k) => k === 'vague' || k === 'anonymous')).toBe(true);
  });

  test('a parenthetical between dashes does not hide the "as"', () => {
    const ks = kindsIn('Bird experts regard the island – or Kiri, as locals call it – as a haven.');
    expect(ks.length).toBe(1);
    expect(['anonymous', 'vague']).toContain(ks[0]);
  });

  test('a generic group with a reporting verb is anonymous or vague', () => {
    const ks = kindsIn('Rebel politicians have acknowledged that they misjudged the threat.');
    expect(ks.length).toBe(1);
    expect(['anonymous', 'vague']).toContain(ks[0]);
  });
});

describe('not attributions', () => {
  test.each([
    ['Kim Lee reported from Seoul, and Tom Wu from Hong Kong.'],
    ['Previously, he wrote about banking and served as a correspondent.'],
    ['Anna Roe contributed reporting.'],
    ['The army defended the city for three days.'],
    ['The plant has seen as many as 40 cases this year.'],
    ['He was seen as he left the bank.'],
    ['The island, or Tamaki as it is called by locals, is small.'],
    ['They fund the agency’s early warning system.'],
    ['Anyone who has run a marathon will tell you that the last mile is long.'],
    ['The phone has what the maker is calling “spatial” video.'],
    ['The minister called for calm.'],
    ['Scouts believe in doing a good turn daily.'],
    ['He is saying nothing.'],
    ['The company saw its shares rise as investors cheered the results.'],
    ['We saw the film as children.'],
    ['The museum, considered one of the finest in Europe, reopened on Monday.'],
    ['The rain continued for three days.'],
    ['He called the meeting to order.'],
    ['The old stories say little about the women who wrote the code.'],
    ['The town ranked low based on the levels of income among men and women.'],
    ['The volunteers were led by Ana Ruiz, a nurse from Leeds.'],
    ['Or maybe, as that tweeter in Oslo suggested, they were just tired.'],
    ['The bridge links the two towns.'],
    ['In a post in which Roe links to a video, he laughs.'],
    ['The man, linked to the gang, fled.'],
    ['The company’s shares fell, suggesting investors were worried.'],
    ['Gunmen opened fire on the crowd, killing 12 people.'],
    ['The minister pledged to rebuild the port. (Reuters)'],
  ])('%s', (text) => {
    expect(kindsIn(text)).toEqual([]);
  });
});

describe('a document reports in either order, and any document noun is a noun', () => {
  test.each([
    ['The poll shows support is falling.', 'shows', 'The poll'],
    ['Support is falling, the poll shows.', 'shows', 'the poll'],
    ['“Support is falling,” the poll shows.', 'shows', 'the poll'],
    ['Turnout rose to 61 percent, the survey found.', 'found', 'the survey'],
    ['According to a county tally, 40 people died.', 'According to', 'a county tally'],
  ])('%s', (text, cue, source) => {
    const a = first(text);
    expect(a?.kind).toBe('document');
    expect(a?.cue?.text).toBe(cue);
    expect(a?.source?.text).toBe(source);
  });

  test.each([['The county tallies the votes.'], ['The poll shows.']])(
    'no attribution: %s',
    (text) => {
      expect(analyze(text).attributions).toEqual([]);
    },
  );
});

describe('two apostrophes are a quotation mark, as wire and typewriter text write it', () => {
  test.each([
    ["''The port stays open,'' said Lena Ortiz, the harbor's spokeswoman.", 'said', 'Lena Ortiz'],
    ["''I would use the word 'old-school,''' said Piet Mol, a former envoy.", 'said', 'Piet Mol'],
    ["Rui Matos said, ''The tram line will reopen in May.''", 'said', 'Rui Matos'],
  ])('%s', (text, cue, source) => {
    const [a] = analyze(text).attributions;
    expect(a.cue.text).toBe(cue);
    expect(a.source?.text).toBe(source);
    expect(a.reasons).toContain('direct quotation');
  });

  test('words between them are quoted, not the article’s own claims', () => {
    const text = "''Officials believe the port is safe,'' Mara Lind said.";
    const found = analyze(text).attributions;
    expect(found).toHaveLength(1);
    expect(found[0].source?.text).toBe('Mara Lind');
  });
});

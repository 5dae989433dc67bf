// Word tables the detector reads. Every group says what it catches; adding a
// phrase or a word is one line. All entries are lower case; multi-word
// entries are matched word by word (see phrases.ts).
import type { Kind } from './types.ts';
import { WordList } from './wordlists.ts';

/** What a reporting verb tells us beyond "someone said something". */
export interface VerbInfo {
  /** Hedging verb: the source only suggests or supposes ("suggest", "believe"). */
  hedge?: boolean;
  /** Independent confirmation ("confirmed", "acknowledged"). */
  confirm?: boolean;
  /** Counts only when followed by "that" or when the subject is a document or
   * court ("found that", "believes that", "the study found"). */
  needsThat?: boolean;
  /** Counts only with a document, a court or an outlet as subject ("shows"). */
  docOnly?: boolean;
  /** Participle that continues an earlier cue ("..., adding that"). */
  participle?: boolean;
  /** Opinion verbs that need "as" after their object ("saw it as", "regard X
   * as"): without it "saw" is perception, not a claim. */
  needsAs?: boolean;
  /** Counts only with a quotation right after the object ("called the plan
   * 'reckless'"): "called" alone is mostly naming or phoning. */
  needsQuote?: boolean;
  /** Counts only right after a quotation ('"...," he continued.'). */
  afterQuote?: boolean;
  /** Counts only with a stance noun as object ("defended his decision"):
   * "defended the city" is not speech. */
  stanceObject?: boolean;
  /** Counts only with a figure as object ("compiled the number of", "tallied
   * the figures"): the compilers are the source of the figure. */
  figureObject?: boolean;
  /** A figure worked out ("estimates", "projects"): a hedge from a person,
   * but an institution's or a document's published estimate is its own
   * figure on the record, not a hedge ("the Budget Office estimates"). */
  measured?: boolean;
  /** Causal claims need their "to" ("researchers link the swings to climate
   * change"): "the bridge links two towns" claims nothing. */
  needsTo?: boolean;
}

const verb = (forms: string, info: VerbInfo = {}): [string, VerbInfo][] =>
  forms.split(' ').map((f) => [f, info]);

/** Reporting verbs in every tense: who says, tells, writes or asserts. */
export const REPORTING_VERBS: ReadonlyMap<string, VerbInfo> = new Map([
  // plain speech
  ...verb('say says said'),
  ...verb('tell tells told'),
  ...verb('add adds added'),
  ...verb('state states stated'),
  ...verb('write writes wrote'),
  ...verb('note notes noted'),
  ...verb('explain explains explained'),
  ...verb('comment comments commented'),
  ...verb('remark remarks remarked'),
  ...verb('reply replies replied'),
  ...verb('recall recalls recalled'),
  ...verb('testify testifies testified'),
  ...verb('announce announces announced'),
  ...verb('declare declares declared'),
  ...verb('report reports reported'),
  ...verb('describe describes described'),
  ...verb('recount recounts recounted'),
  ...verb('tweet tweets tweeted'),
  ...verb('post posts posted', { needsThat: true }),
  // argument and insistence
  ...verb('argue argues argued'),
  ...verb('claim claims claimed'),
  ...verb('insist insists insisted'),
  ...verb('maintain maintains maintained', { needsThat: true }),
  ...verb('contend contends contended'),
  ...verb('assert asserts asserted'),
  ...verb('stress stresses stressed'),
  ...verb('emphasize emphasizes emphasized emphasise emphasises emphasised'),
  ...verb('reiterate reiterates reiterated'),
  ...verb('reaffirm reaffirms reaffirmed'),
  ...verb('warn warns warned'),
  ...verb('allege alleges alleged'),
  ...verb('complain complains complained'),
  ...verb('boast boasts boasted'),
  ...verb('tout touts touted', { needsThat: true }),
  ...verb('predict predicts predicted'),
  ...verb('pledge pledges pledged'),
  ...verb('vow vows vowed'),
  ...verb('promise promises promised', { needsThat: true }),
  ...verb('advise advises advised', { needsThat: true }),
  ...verb('recommend recommends recommended', { needsThat: true }),
  // a directive is speech whatever follows ("urged residents to stay indoors")
  ...verb('urge urges urged'),
  ...verb('caution cautions cautioned'),
  ...verb('wonder wonders wondered'),
  ...verb('observe observes observed'),
  ...verb('concede concedes conceded'),
  ...verb('admit admits admitted'),
  ...verb('deny denies denied'),
  ...verb('disclose discloses disclosed'),
  ...verb('divulge divulges divulged'),
  // condemnation, accusation, blame, apology: a stance stated on the record
  ...verb('condemn condemns condemned'),
  ...verb('denounce denounces denounced'),
  ...verb('accuse accuses accused'),
  ...verb('blame blames blamed'),
  ...verb('apologize apologizes apologized apologise apologises apologised'),
  ...verb('lament laments lamented'),
  ...verb('quip quips quipped'),
  // need a quotation, "as", a stance object or a quotation before them
  ...verb('call calls called', { needsQuote: true }),
  ...verb('see sees saw', { needsAs: true }),
  ...verb('regard regards regarded view views viewed', { needsAs: true }),
  ...verb('hail hails hailed', { needsAs: true }),
  ...verb('continue continues continued', { afterQuote: true }),
  ...verb('link links linked attribute attributes attributed', { needsTo: true }),
  ...verb('defend defends defended justify justifies justified', { stanceObject: true }),
  ...verb('compile compiles compiled tally tallies tallied', { figureObject: true }),
  // confirmation: raises the score
  ...verb('confirm confirms confirmed', { confirm: true }),
  ...verb('acknowledge acknowledges acknowledged', { confirm: true }),
  ...verb('reveal reveals revealed', { confirm: true }),
  ...verb('verify verifies verified', { confirm: true }),
  // hedging: the source only suggests or supposes
  ...verb('suggest suggests suggested', { hedge: true }),
  ...verb('estimate estimates estimated', { hedge: true, measured: true }),
  ...verb('speculate speculates speculated', { hedge: true }),
  ...verb('believe believes believed', { hedge: true, needsThat: true }),
  ...verb('think thinks thought', { hedge: true, needsThat: true }),
  ...verb('expect expects expected', { hedge: true, needsThat: true }),
  // findings: a person "found that", a study "found"
  ...verb('find finds found', { needsThat: true }),
  ...verb('conclude concludes concluded'),
  ...verb('show shows showed shown', { docOnly: true }),
  ...verb('indicate indicates indicated', { docOnly: true }),
  ...verb('present presents presented', { docOnly: true }),
  ...verb('project projects projected', { docOnly: true, measured: true }),
  ...verb('forecast forecasts', { docOnly: true, measured: true }),
  // participles: a clause after a comma ("..., saying that") or a progressive
  // ("are insisting") takes the subject of its clause
  ...verb(
    'saying adding noting writing telling explaining arguing insisting warning claiming ' +
      'stating declaring announcing stressing urging vowing pledging promising describing ' +
      'accusing complaining cautioning',
    { participle: true },
  ),
  ...verb('calling', { participle: true, needsQuote: true }),
  ...verb('acknowledging admitting confirming', { participle: true, confirm: true }),
]);

/** Opinion verbs as passive participles: "hailed as a model" with nobody
 * behind it is a weasel phrase; "seen by many as" names its holders. */
export const OPINION_PARTICIPLES = new WordList([
  'seen',
  'regarded',
  'viewed',
  'considered',
  'hailed',
  'described',
  'touted',
  'billed',
  'perceived',
  'branded',
]);

/** Objects that make "declare" an act rather than speech: "declared martial
 * law", "declare war", "declared a state of emergency", "declared victory".
 * The verb then performs something; it reports no claim. */
export const PERFORMATIVE_OBJECTS = new Set([
  'martial',
  'war',
  'victory',
  'defeat',
  'emergency',
  'state',
  'bankruptcy',
  'independence',
  'holiday',
  'ceasefire',
  'truce',
  'curfew',
  'lockdown',
  'disaster',
  'moratorium',
  'quarantine',
]);

/** Objects that make "compiled" / "tallied" a source of figures. */
export const FIGURE_OBJECTS = new Set([
  'number',
  'numbers',
  'figures',
  'data',
  'statistics',
  'tally',
  'count',
  'total',
  'totals',
  'list',
  'estimates',
]);

/** Objects that make "defended" / "justified" speech: a stance, not a place. */
export const STANCE_OBJECTS = new Set([
  'decision',
  'decisions',
  'record',
  'policy',
  'policies',
  'position',
  'stance',
  'actions',
  'action',
  'remarks',
  'comments',
  'statement',
  'move',
  'choice',
  'approach',
  'plan',
  'plans',
  'handling',
  'response',
  'conduct',
  'strategy',
  'views',
  'use',
  'role',
]);

/** Verb forms that are also nouns ("a report", "the agency reports that"):
 * read as verbs only when "that", a colon, a comma or a quotation follows. */
export const NOUN_LIKE_VERBS = new WordList(
  (
    'report reports claim claims note notes estimate estimates comment comments remark remarks ' +
    'state states tweet tweets post posts promise promises forecast forecasts project projects ' +
    'present presents reply replies show shows find finds warning'
  ).split(' '),
);

/** Multi-word cues, matched word by word; `kind` overrides the source's kind. */
export interface PhraseCue {
  phrase: string;
  role:
    | 'according' // "according to" + source after it
    | 'citing' // "citing" + source: a link in a chain
    | 'nonresponse' // the source would not or could not say
    | 'hedge' // vague on its own: "reportedly"
    | 'verb' // a multi-word reporting verb: "pointed out", "was quoted as saying"
    | 'medium' // "in a statement": the channel of an earlier cue
    | 'by'; // passive agent: "was announced by" + source
  info?: VerbInfo;
}

/** "did not give details", "could not provide further information": a source
 * that had nothing to give. Every modal, verb and object combined. */
function unanswered(): PhraseCue[] {
  const out: PhraseCue[] = [];
  const refusals = ['could not', 'would not', 'did not', 'declined to', 'refused to'];
  const verbs = ['provide', 'give', 'offer', 'share', 'disclose', 'release'];
  const objects = [
    'details',
    'further details',
    'more details',
    'any details',
    'information',
    'further information',
    'more information',
    'a direct answer',
    'a clear answer',
    'an answer',
    'an explanation',
    'a comment',
  ];
  for (const r of refusals)
    for (const v of verbs)
      for (const o of objects) out.push({ phrase: `${r} ${v} ${o}`, role: 'nonresponse' });
  // "gave no details", "offered no explanation"
  for (const v of ['gave', 'offered', 'provided', 'gives', 'offers', 'provides'])
    for (const o of ['details', 'further details', 'explanation', 'information', 'answer'])
      out.push({ phrase: `${v} no ${o}`, role: 'nonresponse' });
  return out;
}

/** "expressed concern", "issued a warning": a stance or a statement put out
 * on the record, with its subject before it like any reporting verb. */
function stanceStatements(): PhraseCue[] {
  const out: PhraseCue[] = [];
  const express = ['express', 'expresses', 'expressed', 'voice', 'voices', 'voiced'];
  const feelings = [
    'concern',
    'concerns',
    'regret',
    'hope',
    'doubt',
    'doubts',
    'alarm',
    'outrage',
    'support',
    'confidence',
    'sympathy',
    'condolences',
    'frustration',
    'disappointment',
    'dismay',
    'optimism',
    'skepticism',
    'scepticism',
    'anger',
    'fears',
    'reservations',
    'opposition',
  ];
  for (const v of express)
    for (const f of feelings) out.push({ phrase: `${v} ${f}`, role: 'verb' });
  const issue = ['issue', 'issues', 'issued', 'put out', 'puts out', 'released', 'releases'];
  const statements = [
    'a plea',
    'an appeal',
    'a warning',
    'a statement',
    'an apology',
    'a denial',
    'a rebuttal',
    'a call',
    'an ultimatum',
  ];
  for (const v of issue)
    for (const n of statements) out.push({ phrase: `${v} ${n}`, role: 'verb' });
  return out;
}

export const PHRASES: readonly PhraseCue[] = [
  // "according to" and its variants introduce the source after them
  { phrase: 'according to', role: 'according' },
  { phrase: 'as reported by', role: 'according' },
  { phrase: 'as first reported by', role: 'according' },
  { phrase: 'as told to', role: 'according' },
  { phrase: 'per', role: 'according' },
  // "citing" links a second source into a chain
  { phrase: 'citing', role: 'citing' },
  { phrase: 'quoting', role: 'citing' },
  { phrase: 'based on', role: 'citing' },
  // non-responses
  { phrase: 'declined to comment', role: 'nonresponse' },
  { phrase: 'declined comment', role: 'nonresponse' },
  { phrase: 'declined to discuss', role: 'nonresponse' },
  { phrase: 'declined to elaborate', role: 'nonresponse' },
  { phrase: 'declined to say', role: 'nonresponse' },
  { phrase: 'declined to provide', role: 'nonresponse' },
  { phrase: 'declined to answer', role: 'nonresponse' },
  { phrase: 'declined to be interviewed', role: 'nonresponse' },
  { phrase: 'declined to respond', role: 'nonresponse' },
  { phrase: 'refused to comment', role: 'nonresponse' },
  { phrase: 'would not comment', role: 'nonresponse' },
  { phrase: "wouldn't comment", role: 'nonresponse' },
  { phrase: 'would not say', role: 'nonresponse' },
  { phrase: 'did not respond', role: 'nonresponse' },
  { phrase: "didn't respond", role: 'nonresponse' },
  { phrase: 'did not immediately respond', role: 'nonresponse' },
  { phrase: 'did not return', role: 'nonresponse' },
  { phrase: 'did not immediately return', role: 'nonresponse' },
  { phrase: 'did not reply', role: 'nonresponse' },
  { phrase: 'has not responded', role: 'nonresponse' },
  { phrase: 'have not responded', role: 'nonresponse' },
  { phrase: 'had not responded', role: 'nonresponse' },
  { phrase: 'has yet to respond', role: 'nonresponse' },
  { phrase: 'could not be reached', role: 'nonresponse' },
  { phrase: "couldn't be reached", role: 'nonresponse' },
  { phrase: 'could not immediately be reached', role: 'nonresponse' },
  { phrase: 'not available for comment', role: 'nonresponse' },
  { phrase: 'not immediately available for comment', role: 'nonresponse' },
  { phrase: 'no information to offer', role: 'nonresponse' },
  { phrase: 'no comment', role: 'nonresponse' },
  { phrase: 'has not commented', role: 'nonresponse' },
  { phrase: 'have not commented', role: 'nonresponse' },
  { phrase: 'had not commented', role: 'nonresponse' },
  { phrase: "hasn't commented", role: 'nonresponse' },
  { phrase: 'has not publicly commented', role: 'nonresponse' },
  { phrase: 'has yet to comment', role: 'nonresponse' },
  { phrase: 'have yet to comment', role: 'nonresponse' },
  { phrase: 'did not comment', role: 'nonresponse' },
  { phrase: "didn't comment", role: 'nonresponse' },
  { phrase: 'did not immediately comment', role: 'nonresponse' },
  { phrase: 'unavailable for comment', role: 'nonresponse' },
  { phrase: 'not available to comment', role: 'nonresponse' },
  { phrase: 'refused to say', role: 'nonresponse' },
  { phrase: 'refused to answer', role: 'nonresponse' },
  { phrase: 'refused to discuss', role: 'nonresponse' },
  { phrase: 'refused to confirm', role: 'nonresponse' },
  { phrase: 'declined to confirm', role: 'nonresponse' },
  { phrase: 'would not confirm', role: 'nonresponse' },
  { phrase: 'could not confirm', role: 'nonresponse' },
  { phrase: 'would not discuss', role: 'nonresponse' },
  { phrase: 'would not elaborate', role: 'nonresponse' },
  { phrase: 'did not elaborate', role: 'nonresponse' },
  { phrase: "wouldn't say", role: 'nonresponse' },
  { phrase: 'did not answer', role: 'nonresponse' },
  { phrase: 'did not directly answer', role: 'nonresponse' },
  { phrase: 'would not answer', role: 'nonresponse' },
  { phrase: 'gave no answer', role: 'nonresponse' },
  { phrase: 'did not say whether', role: 'nonresponse' },
  { phrase: 'did not say why', role: 'nonresponse' },
  { phrase: 'did not say how', role: 'nonresponse' },
  { phrase: 'would not say whether', role: 'nonresponse' },
  ...unanswered(),
  { phrase: 'for comment', role: 'nonresponse' },
  // hedges: nobody identifiable stands behind the claim
  { phrase: 'reportedly', role: 'hedge' },
  { phrase: 'allegedly', role: 'hedge' },
  { phrase: 'purportedly', role: 'hedge' },
  { phrase: 'supposedly', role: 'hedge' },
  { phrase: 'rumored', role: 'hedge' },
  { phrase: 'rumoured', role: 'hedge' },
  { phrase: 'it is believed', role: 'hedge' },
  { phrase: 'it is understood', role: 'hedge' },
  { phrase: 'it is thought', role: 'hedge' },
  { phrase: 'it is said', role: 'hedge' },
  { phrase: 'it is alleged', role: 'hedge' },
  { phrase: 'it is claimed', role: 'hedge' },
  { phrase: 'it was reported', role: 'hedge' },
  { phrase: 'it has been reported', role: 'hedge' },
  { phrase: 'it was announced', role: 'hedge' },
  { phrase: 'it has been suggested', role: 'hedge' },
  { phrase: 'is said to', role: 'hedge' },
  { phrase: 'are said to', role: 'hedge' },
  { phrase: 'was said to', role: 'hedge' },
  { phrase: 'is believed to', role: 'hedge' },
  { phrase: 'are believed to', role: 'hedge' },
  { phrase: 'is thought to', role: 'hedge' },
  { phrase: 'is understood to', role: 'hedge' },
  { phrase: 'widely believed', role: 'hedge' },
  { phrase: 'rumor has it', role: 'hedge' },
  { phrase: 'word is', role: 'hedge' },
  // an allegation or a reputation nobody stands behind
  { phrase: 'suspected of', role: 'hedge' },
  // "the minister accused of fraud": the active voice always has an object
  // between ("accused X of"), so "accused of" is an agentless passive
  { phrase: 'accused of', role: 'hedge' },
  { phrase: 'is accused of', role: 'hedge' },
  { phrase: 'are accused of', role: 'hedge' },
  { phrase: 'was accused of', role: 'hedge' },
  { phrase: 'were accused of', role: 'hedge' },
  { phrase: 'been accused of', role: 'hedge' },
  { phrase: 'reputed', role: 'hedge' },
  { phrase: 'reputedly', role: 'hedge' },
  { phrase: 'speculation that', role: 'hedge' },
  { phrase: 'amid speculation', role: 'hedge' },
  { phrase: 'fuelling speculation', role: 'hedge' },
  { phrase: 'fueling speculation', role: 'hedge' },
  { phrase: 'fuelled speculation', role: 'hedge' },
  { phrase: 'fueled speculation', role: 'hedge' },
  // stance stated as a state of mind: "the council is concerned the laws..."
  { phrase: 'is concerned', role: 'verb' },
  { phrase: 'are concerned', role: 'verb' },
  { phrase: 'is adamant', role: 'verb' },
  { phrase: 'are adamant', role: 'verb' },
  { phrase: 'is confident', role: 'verb' },
  { phrase: 'are confident', role: 'verb' },
  { phrase: 'is convinced', role: 'verb' },
  { phrase: 'are convinced', role: 'verb' },
  { phrase: 'is worried', role: 'verb' },
  { phrase: 'are worried', role: 'verb' },
  // passive voice of stance verbs, with the agent after "by"
  { phrase: 'criticized by', role: 'by' },
  { phrase: 'criticised by', role: 'by' },
  { phrase: 'condemned by', role: 'by' },
  { phrase: 'praised by', role: 'by' },
  { phrase: 'disputed by', role: 'by' },
  { phrase: 'denied by', role: 'by' },
  { phrase: 'rejected by', role: 'by' },
  { phrase: 'welcomed by', role: 'by' },
  { phrase: 'cited by', role: 'by' },
  { phrase: 'quoted by', role: 'by' },
  { phrase: 'confirmed by', role: 'by' },
  { phrase: 'announced by', role: 'by' },
  { phrase: 'reported by', role: 'by' },
  { phrase: 'revealed by', role: 'by' },
  { phrase: 'estimated by', role: 'by' },
  // a view put into words by someone: "a concern expressed by some lawmakers"
  { phrase: 'expressed by', role: 'by' },
  { phrase: 'voiced by', role: 'by' },
  { phrase: 'echoed by', role: 'by' },
  // multi-word reporting verbs
  { phrase: 'pointed out', role: 'verb' },
  { phrase: 'points out', role: 'verb' },
  { phrase: 'point out', role: 'verb' },
  { phrase: 'summed up', role: 'verb' },
  { phrase: 'made clear', role: 'verb' },
  { phrase: 'went on to say', role: 'verb' },
  { phrase: 'was quoted as saying', role: 'verb' },
  { phrase: 'were quoted as saying', role: 'verb' },
  { phrase: 'is quoted as saying', role: 'verb' },
  ...stanceStatements(),
  // the channel of a statement (scored as part of the cue before it)
  { phrase: 'in a statement', role: 'medium' },
  { phrase: 'in an interview', role: 'medium' },
  { phrase: 'in a blog post', role: 'medium' },
  { phrase: 'in a letter', role: 'medium' },
  { phrase: 'in a memo', role: 'medium' },
  { phrase: 'in an internal memo', role: 'medium' },
  { phrase: 'in a filing', role: 'medium' },
  { phrase: 'in a speech', role: 'medium' },
  { phrase: 'in a tweet', role: 'medium' },
  { phrase: 'in a post', role: 'medium' },
  { phrase: 'in an email', role: 'medium' },
  { phrase: 'in a press release', role: 'medium' },
  // passive voice with its agent after "by"
  { phrase: 'was announced by', role: 'by' },
  { phrase: 'were announced by', role: 'by' },
  { phrase: 'was confirmed by', role: 'by' },
  { phrase: 'was reported by', role: 'by' },
  { phrase: 'were reported by', role: 'by' },
  { phrase: 'was revealed by', role: 'by' },
  { phrase: 'was disclosed by', role: 'by' },
  { phrase: 'was released by', role: 'by' },
  { phrase: 'was published by', role: 'by' },
  { phrase: 'was stated by', role: 'by' },
  { phrase: 'has been confirmed by', role: 'by' },
];

/** Pronouns that point back to an earlier source. */
export const PERSON_PRONOUNS = new WordList(['he', 'she', 'i']);
export const PLURAL_PRONOUNS = new WordList(['they', 'we']);
export const THING_PRONOUNS = new WordList(['it']);

/** Words that mark a source as deliberately unnamed. */
export const ANONYMITY_MARKERS = new WordList([
  'anonymous',
  'anonymity',
  'unidentified',
  'unnamed',
  'familiar',
  'briefed',
  'knowledgeable',
  'insiders',
  'undisclosed',
]);

/** People nouns that stand for unnamed people with access ("officials said"). */
export const ANONYMOUS_PEOPLE = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'person',
  'people',
  'aide',
  'aides',
  'insider',
  'insiders',
  'staffer',
  'staffers',
  'staff',
  'employee',
  'employees',
  'worker',
  'workers',
  'diplomat',
  'diplomats',
  'executive',
  'executives',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'investigator',
  'investigators',
  'lawmaker',
  'lawmakers',
  'member',
  'members',
  'resident',
  'residents',
  'witness',
  'witnesses',
  'bosses',
  'boss',
  'manager',
  'managers',
  'poster',
  'user',
  'users',
  'commenter',
  'commenters',
  'colleague',
  'colleagues',
  'friend',
  'friends',
  'relative',
  'relatives',
  'neighbor',
  'neighbors',
  'neighbour',
  'neighbours',
  'man',
  'woman',
  'men',
  'women',
  'someone',
  'somebody',
  'individual',
  'individuals',
  'leaders',
  'representative',
  'representatives',
  // uniformed and field people: "officers said", "agents told"
  'officers',
  'agents',
  'troops',
  'soldiers',
  'firefighters',
  'paramedics',
  'rescuers',
  'guards',
  'negotiators',
  'organizers',
  'organisers',
  'spokespeople',
]);

/** People nouns that, unnamed and uncounted, make a weasel phrase. */
export const VAGUE_PEOPLE = new Set([
  'experts',
  'analysts',
  'critics',
  'observers',
  'commentators',
  'researchers',
  'scientists',
  'economists',
  'scholars',
  'historians',
  'skeptics',
  'sceptics',
  'opponents',
  'supporters',
  'proponents',
  'detractors',
  'advocates',
  'pundits',
  'many',
  'some',
  'others',
  'most',
  'few',
  'everyone',
  'everybody',
  'nobody',
  'parents',
  'doctors',
  'teachers',
  'investors',
  'traders',
  'fans',
  'locals',
  'americans',
  'voters',
  // generic groups speaking as one: "elders say", "activists believe"
  'politicians',
  'elders',
  'activists',
  'campaigners',
  'protesters',
  'protestors',
  'villagers',
  'citizens',
  'lawyers',
  'clerics',
  'academics',
  'specialists',
  'onlookers',
  // people by the line they take: "deficit hawks have warned", "doves argue"
  'hawks',
  'doves',
  // people by what they do or use: "students said", "patients complain"
  'students',
  'patients',
  'customers',
  'passengers',
  'shoppers',
  'drivers',
  'farmers',
  'families',
  'victims',
  'survivors',
  'tourists',
  'visitors',
  'nurses',
  'engineers',
  'owners',
  'landlords',
  'tenants',
  'homeowners',
  'consumers',
  'viewers',
  'readers',
  'listeners',
  'believers',
  'worshippers',
  'mourners',
  'demonstrators',
  'fishermen',
  'miners',
  'pilots',
  'athletes',
  'players',
]);

/** Groups defined by their stance towards someone: "Mugabe's critics" stay
 * as vague as "critics", whereas "Harvard researchers" are described. */
export const STANCE_GROUPS = new Set([
  'critics',
  'opponents',
  'supporters',
  'detractors',
  'skeptics',
  'sceptics',
  'proponents',
  'advocates',
  'fans',
  'admirers',
  'allies',
  'enemies',
  'rivals',
]);

/** Family words: "her mother", "the victim's husband" is one identifiable
 * person (named in the article or as good as), like "the CEO". */
export const KIN_WORDS = new Set([
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'wife',
  'husband',
  'son',
  'daughter',
  'sister',
  'brother',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'cousin',
  'niece',
  'nephew',
  'widow',
  'widower',
  'fiancee',
  'fiancée',
  'fiance',
  'fiancé',
  'girlfriend',
  'boyfriend',
  'parents',
  'family',
]);

/** Determiners and quantifiers that make a group unspecific. */
export const VAGUE_DETERMINERS = new Set([
  'some',
  'many',
  'most',
  'few',
  'other',
  'others',
  'several',
  'various',
  'numerous',
  'previous',
  'earlier',
  'past',
  'certain',
  'countless',
]);

/** Number words: "two officials", "three people familiar". */
export const COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'both',
  'multiple',
]);

/** Roles that a named person carries ("spokesperson Guo Jiakun", "Mr."). */
export const ROLE_WORDS = new Set([
  'president',
  'vice',
  'minister',
  'prime',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'director',
  'ceo',
  'cfo',
  'founder',
  'co-founder',
  'commissioner',
  'professor',
  'prof',
  'dr',
  'mr',
  'mrs',
  'ms',
  'judge',
  'justice',
  'ambassador',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'lt',
  'sgt',
  'officer',
  'detective',
  'lawyer',
  'attorney',
  'fellow',
  'analyst',
  'economist',
  'researcher',
  'scientist',
  'developer',
  'programmer',
  'engineer',
  'skipper',
  'leader',
  'head',
  'manager',
  'supervisor',
  'editor',
  'reporter',
  'correspondent',
  'author',
  'founder',
  'owner',
  'nurse',
  'doctor',
  'md',
  'phd',
  'king',
  'queen',
  'prince',
  'pope',
  'chancellor',
  'premier',
  'speaker',
  'deputy',
  'assistant',
  'executive',
  'partner',
  'coach',
  'veteran',
  'strategist',
  'adviser',
  'advisor',
  'commander',
  'sheriff',
  'prosecutor',
  'host',
]);

/** Titles so high that "the president said" means a named person already met. */
export const HIGH_OFFICE = new Set([
  'president',
  'prime minister',
  'chancellor',
  'premier',
  'mayor',
  'governor',
  'pope',
  'king',
  'queen',
]);

/** Spokespeople: an unnamed one speaks officially for an institution. */
export const SPOKES_WORDS = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'spokesmen',
  'spokeswomen',
  'press secretary',
  'representative',
]);

/** Nouns that name an institution: the source is official. */
export const INSTITUTION_NOUNS = new WordList([
  'police',
  'ministry',
  'department',
  'agency',
  'government',
  'administration',
  'company',
  'firm',
  'corporation',
  'court',
  'council',
  'union',
  'committee',
  'commission',
  'parliament',
  'congress',
  'senate',
  'authority',
  'authorities',
  'office',
  'bureau',
  'kremlin',
  'pentagon',
  'military',
  'army',
  'navy',
  'prosecutors',
  'regulators',
  'regulator',
  'campaign',
  'university',
  'hospital',
  'school',
  'club',
  'organization',
  'organisation',
  'association',
  'board',
  'embassy',
  'cabinet',
  'team',
  'party',
  'state',
  'county',
  'city',
  'institute',
  'foundation',
  'group',
  'bank',
  'service',
  'services',
  'coalition',
  'federation',
  'alliance',
  'tribunal',
  'secretariat',
  'directorate',
  'watchdog',
  'regime',
  'junta',
  'legislature',
  'assembly',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'research',
  'market',
  'brokerage',
  'airline',
  'airlines',
  'retailer',
  'chain',
  'startup',
  'manufacturer',
  'operator',
  'utility',
  'prosecutor',
  // research, advocacy and civic bodies: "the X Policy Center", "a rescue group"
  'center',
  'centre',
  'project',
  'program',
  'programme',
  'initiative',
  'fund',
  'trust',
  'society',
  'league',
  'forum',
  'institution',
  'charity',
  'nonprofit',
  'ngo',
  'movement',
  'caucus',
  'consortium',
  'lab',
  'laboratory',
  'clinic',
  'museum',
  'church',
  'tank',
  'watch',
  // legal-form and trading suffixes of company names: "Acme Holdings"
  'international',
  'holdings',
  'partners',
  'industries',
  'enterprises',
  'technologies',
  'associates',
  'gmbh',
]);

/** Descriptors before an unfamiliar name that make it an organisation's:
 * "the rescue group Paws Project", "the charity Safe Home". */
export const ORG_DESCRIPTORS = new Set([
  'group',
  'charity',
  'organization',
  'organisation',
  'nonprofit',
  'company',
  'firm',
  'startup',
  'agency',
  'association',
  'coalition',
  'network',
  'movement',
  'party',
  'union',
  'institute',
  'tank',
  'body',
  'watchdog',
  'campaign',
  'alliance',
  'outfit',
  'lender',
  'insurer',
  'retailer',
  'carrier',
  'manufacturer',
  'broadcaster',
  'regulator',
  'ministry',
  'department',
]);

/** Proper names of institutions that carry no telling noun. */
export const INSTITUTION_NAMES = new Set([
  'kremlin',
  'pentagon',
  'white house',
  'downing street',
  'elysee',
  'élysée',
  'vatican',
  'nato',
  'fbi',
  'cia',
  'nsa',
  'un',
  'u.n',
  'eu',
  'who',
  'imf',
  'opec',
  'nasa',
  'fda',
  'cdc',
  'sec',
  'epa',
  'irs',
  'asio',
  'interpol',
  'europol',
  'hamas',
  'hezbollah',
  'taliban',
  'google',
  'apple',
  'amazon',
  'microsoft',
  'facebook',
  'meta',
  'twitter',
  'tesla',
  'walmart',
  'kroger',
  'congress',
  'parliament',
  'whitehall',
  'scotus',
  'supreme court',
  'beijing',
  'moscow',
  'washington',
  'kyiv',
  'kiev',
  'tehran',
  'pyongyang',
  'seoul',
  'tokyo',
  'london',
  'paris',
  'berlin',
  'brussels',
  'jerusalem',
  'ankara',
  'riyadh',
  'canberra',
  'ottawa',
  'new delhi',
  'islamabad',
  'damascus',
  'baghdad',
  'cairo',
]);

/** Countries stand for their governments ("China reiterated its position"). */
export const COUNTRY_NAMES = new Set(
  (
    'afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh ' +
    'belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china ' +
    'colombia congo croatia cuba cyprus czechia denmark ecuador egypt eritrea estonia ethiopia ' +
    'finland france georgia germany ghana greece guatemala haiti honduras hungary iceland india ' +
    'indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait ' +
    'kyrgyzstan laos latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova ' +
    'mongolia montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway ' +
    'oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia ' +
    'rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan ' +
    'tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan ' +
    'venezuela vietnam yemen zambia zimbabwe america u.s us uk u.k'
  )
    .split(' ')
    .concat([
      'south africa',
      'south korea',
      'north korea',
      'south sudan',
      'new zealand',
      'saudi arabia',
      'united states',
      'united kingdom',
      'great britain',
      'sri lanka',
      'costa rica',
      'el salvador',
      'ivory coast',
      'united arab emirates',
      'czech republic',
      'dominican republic',
      'hong kong',
      'united nations',
      'european union',
      'european commission',
      'african union',
    ]),
);

/** News outlets by name: citing them makes a claim second-hand. */
export const OUTLET_NAMES = new Set([
  'reuters',
  'ap',
  'associated press',
  'afp',
  'agence france-presse',
  'bloomberg',
  'axios',
  'politico',
  'cnn',
  'bbc',
  'npr',
  'pbs',
  'abc',
  'cbs',
  'nbc',
  'fox',
  'cnbc',
  'msnbc',
  'wall street journal',
  'new york times',
  'washington post',
  'financial times',
  'guardian',
  'economist',
  'times',
  'telegraph',
  'independent',
  'le monde',
  'der spiegel',
  'spiegel',
  'xinhua',
  'tass',
  'ria novosti',
  'interfax',
  'kyodo',
  'yonhap',
  'al jazeera',
  'haaretz',
  'bild',
  'the information',
  'buzzfeed',
  'vox',
  'the verge',
  'techcrunch',
  'wired',
  'quora',
  'reddit',
  'yahoo finance',
  'business insider',
  'insider',
  'yahoo news',
  'variety',
  'deadline',
  'tmz',
  'semafor',
  'propublica',
  'the atlantic',
  'newsweek',
  'time',
]);

/** News agencies: their copy runs in other papers, so "a source told
 * Reuters" in any article is the agency's reporting relayed. */
export const WIRE_AGENCIES = new Set([
  'reuters',
  'ap',
  'associated press',
  'afp',
  'agence france-presse',
  'bloomberg',
  'xinhua',
  'tass',
  'ria novosti',
  'interfax',
  'kyodo',
  'yonhap',
  'efe',
  'dpa',
  'ansa',
  'press association',
  'pa',
  'anadolu',
]);

/** Last words that make a capitalized name a news outlet ("Yahoo Finance"). */
export const OUTLET_SUFFIXES = new Set([
  'news',
  'times',
  'post',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'telegraph',
  'guardian',
  'observer',
  'finance',
  'daily',
  'magazine',
  'chronicle',
  'examiner',
  'inquirer',
  'sun',
  'mirror',
  'express',
  'mail',
  'wire',
  'today',
  'radio',
  'television',
  'tv',
  'network',
  'press',
  'courier',
  'star',
  'record',
  'register',
  'bulletin',
  'dispatch',
  'sentinel',
  'standard',
  'nation',
  'globe',
  'monitor',
  'courant',
  'enquirer',
  'advertiser',
  'argus',
  'ledger',
  'mercury',
  'messenger',
  'statesman',
  'bee',
]);

/** First words that make a capitalized name a newspaper ("Daily Maverick"). */
export const OUTLET_PREFIXES = new Set(['daily', 'sunday', 'weekly', 'evening', 'morning']);

/** Common nouns for news outlets ("the newspaper reported"). */
export const OUTLET_NOUNS = new Set([
  'newspaper',
  'newspapers',
  'paper',
  'outlet',
  'outlets',
  'magazine',
  'broadcaster',
  'network',
  'tabloid',
  'daily',
  'journal',
  'news',
  'media',
  'press',
  'website',
  'site',
  'blog',
  'station',
  'channel',
  'wire',
]);

/** Nouns for documents, data and studies. */
export const DOCUMENT_NOUNS = new WordList([
  'report',
  'reports',
  'study',
  'studies',
  'survey',
  'surveys',
  'data',
  'dataset',
  'filing',
  'filings',
  'record',
  'records',
  'document',
  'documents',
  'analysis',
  'analyses',
  'poll',
  'polls',
  'tally',
  'tallies',
  'research',
  'paper',
  'papers',
  'audit',
  'memo',
  'memos',
  'figures',
  'statistics',
  'stats',
  'census',
  'findings',
  'ruling',
  'indictment',
  'lawsuit',
  'complaint',
  'affidavit',
  'transcript',
  'transcripts',
  'estimates',
  'index',
  'notes',
  'bill',
  'review',
  'assessment',
  'investigation',
  'inquiry',
  'evaluation',
  'trial',
  'experiment',
  'guidelines',
  'minutes',
  'testimony',
]);

/** Nouns for what a source said: "the administration's comments". */
export const REPORTING_NOUNS = new WordList([
  'comments',
  'comment',
  'remarks',
  'statement',
  'statements',
  'warning',
  'announcement',
  'testimony',
  'admission',
  'assessment',
  'account',
  'view',
  'position',
]);

/** Posts on a platform are second-hand accounts ("answers posted on Quora"). */
export const POST_NOUNS = new Set([
  'answers',
  'posts',
  'post',
  'thread',
  'threads',
  'tweets',
  'comments',
  'reviews',
]);

/** Verbs of publishing after a document noun: "a report released by". */
export const PUBLISH_PARTICIPLES = new WordList([
  'released',
  'published',
  'issued',
  'conducted',
  'commissioned',
  'produced',
  'compiled',
  'prepared',
  'filed',
  'obtained',
  'seen',
  'reviewed',
  'presented',
  'carried',
  'led',
]);

/** Words that end a noun phrase when scanning left from a verb. */
export const NP_BOUNDARY_WORDS = new WordList([
  'that',
  'which',
  'and',
  'but',
  'or',
  'nor',
  'because',
  'when',
  'while',
  'if',
  'as',
  'after',
  'before',
  'since',
  'though',
  'although',
  'where',
  'so',
  'yet',
  'than',
  'then',
  'whether',
  'unless',
  'until',
  'once',
  'what',
  'how',
  'why',
  'whom',
  'whose',
  'who',
  'is',
  'are',
  'was',
  'were',
  'be',
  'to',
  'not',
]);

/** Words skipped between a subject and its verb ("has also said"). */
export const AUX_WORDS = new WordList([
  'has',
  'have',
  'had',
  'been',
  'also',
  'later',
  'then',
  'now',
  'once',
  'already',
  'further',
  'again',
  'first',
  'initially',
  'subsequently',
  'would',
  'will',
  'could',
  'may',
  'might',
  'can',
  'should',
  'shall',
  'must',
  'did',
  'does',
  'do',
  'often',
  'long',
  'still',
  'even',
  'too',
  'himself',
  'herself',
  'itself',
  'themselves',
  'previously',
  'recently',
  'once',
  'last',
  'week',
  'year',
  'month',
  'yesterday',
  'today',
  'tonight',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Hedging modals next to a cue lower its score ("could", "may"). */
export const HEDGE_MODALS = new WordList([
  'could',
  'may',
  'might',
  'would',
  'reportedly',
  'allegedly',
]);

/** Words that begin an appositive: "Hicks, a Navy veteran, said". */
export const APPOSITIVE_STARTERS = new Set([
  'citing',
  'quoting',
  'according',
  'both',
  'all',
  'including',
  'mostly',
  'himself',
  'herself',
  'also',
  'a',
  'an',
  'the',
  'who',
  'which',
  'whose',
  'its',
  'his',
  'her',
  'their',
  'one',
  'now',
  'himself',
  'herself',
]);

/** Sentence starters that end a sentence after an acronym like "U.S.". */
export const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'and',
  'in',
  'this',
  'that',
  'these',
  'those',
  'there',
  'his',
  'her',
  'its',
  'their',
  'our',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'as',
  'so',
  'yet',
  'still',
  'however',
  'meanwhile',
  'officials',
]);

/** Abbreviations after which a full stop does not end the sentence. */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sr jr gen gov sen rep rev lt col capt sgt cmdr adm maj hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd llc bros no nos vs etc al approx est dept univ ave blvd rd mt ft fig ' +
    'e.g i.e a.m p.m u.s u.k u.n d.c e.u n.y l.a u.s.a'
  ).split(' '),
);

/** Common given names: with one of these first, a capitalized pair is a person. */
export const GIVEN_NAMES = new Set(
  (
    'aaron adam adrian ahmed alan albert alex alexander alexandra ali alice alicia allison amanda amy ' +
    'ana andrea andrew andy angela ann anna anne anthony antonio ashley barbara ben benjamin bernie ' +
    'beth betty bill billy bob bobby brad brandon brenda brian bruce bryan carl carlos carol caroline ' +
    'catherine charles charlie chris christina christine christopher chuck claire craig cynthia dan ' +
    'dana daniel danny david dean deborah debra dennis derek diana diane donald donna doug douglas ' +
    'dylan ed eddie edward elizabeth ellen emily emma eric erin ethan eva evan frank fred gary george ' +
    'gerald gina glenn grace greg gregory hannah harold harry heather helen henry hillary howard ian ' +
    'isaac jack jacob james jamie jane janet jason jay jean jeff jeffrey jennifer jeremy jerry jessica ' +
    'jim jimmy joan joe joel john johnny jon jonathan jordan jose joseph josh joshua joyce juan judy ' +
    'julia julie justin karen kate katherine kathleen kathy katie keith kelly ken kenneth kevin kim ' +
    'kimberly kyle larry laura lauren lawrence lee leslie linda lisa liz lori louis lucy luis maria ' +
    'marie mark martha martin mary matt matthew megan melissa michael michelle mike mitch mohammed ' +
    'muhammad nancy natalie nathan neil nicholas nick nicole noah olivia pamela pat patricia patrick ' +
    'paul peter phil philip rachel ralph randy raymond rebecca richard rick rob robert robin roger ' +
    'ron ronald rose roy russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean ' +
    'sharon shawn stephanie stephen steve steven susan tara ted terry thomas tim timothy todd tom ' +
    'tony tracy tyler vanessa victor victoria vincent walter wayne william willie zachary ' +
    'vladimir xi emmanuel angela boris olaf narendra recep volodymyr sergei sergey dmitry ' +
    'mohammad hassan yoav ursula jacinda keir rishi kamala nikki ' +
    // more given names, women's especially, from English and other languages
    'abigail agnes aisha alison amelia andrea angelina annie audrey ava beatrice bella ' +
    'bridget brooke camila carla carmen cassandra charlotte chloe claudia colleen courtney daisy ' +
    'danielle deborah denise diane dolores doris dorothy edith eileen elaine eleanor elena eliza ' +
    'ella eloise emilia erica esther eve evelyn faith fatima felicity fiona florence frances ' +
    'gabriela gemma georgia gillian gloria hailey harriet hazel heidi helena holly ingrid irene ' +
    'iris isabel isabella ivy jackie jade jasmine jenna jill joanna jocelyn josephine julia ' +
    'juliet kaitlyn kara kirsten kristen layla leah leila lena lily lina lorna louise ' +
    'lydia madeline maggie mandy margaret marina marion marta maya meredith mia miriam molly ' +
    'monica nadia naomi nina nora olga paige paula penny phoebe priya rita rosa rosie ruby ' +
    'sadie sandra sasha selena serena shannon sheila sofia sophia sophie stella suzanne sylvia ' +
    'tamara tanya teresa tessa tina valerie vera veronica violet wendy yasmin yvonne zoe ' +
    'abdul ahmad alan alfred alistair amir andre angus antoine archie arthur barry bernard ' +
    'boris bradley brendan callum cameron carlos cedric clive colin conor connor damian declan ' +
    'dmitri duncan edwin elijah elliot emil enrique ernest felix fernando finn francisco ' +
    'gavin gordon graham hamish hans hector hugh hugo igor imran ivan jamal javier jens ' +
    'jorge julian karl klaus lars leo leon liam lucas luca luke malcolm manuel marco marcus ' +
    'mario mateo max miguel mikhail mustafa nigel oliver omar oscar owen pablo pedro ' +
    'pierre rafael rahul raj ramon ravi reza ricardo roberto rory rupert salman sanjay ' +
    'sebastian simon stefan stuart tariq theo tobias trevor vikram wei yusuf'
  ).split(' '),
);

/** Words that cannot be (part of) a person's name even when capitalized. */
export const NOT_NAME_WORDS = new WordList([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'for',
  'but',
  'and',
  'or',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'so',
  'yet',
  'still',
  'however',
  'meanwhile',
  'also',
  'now',
  'then',
  'here',
  'there',
  'some',
  'many',
  'most',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'its',
  'my',
  'your',
  'last',
  'next',
  'one',
  'both',
  'all',
  'each',
  'every',
  'no',
  'not',
  'anyone',
  'anybody',
  'what',
  'why',
  'how',
  'who',
  'where',
  'earlier',
  'later',
  'today',
  'yesterday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Kinds a reader can give a custom cue, for validation. */
export const CUSTOM_KIND_FALLBACK: Kind = 'vague';

import { describe } from 'vitest';
import { cueTable, noCueTable } from './table.ts';

describe('a reporting verb and its subject', () => {
  cueTable([
    ['Mara Lind said the talks would resume.', 'said', 'Mara Lind', 'named'],
    ['“We will rebuild,” said the mayor.', 'said', 'the mayor', 'named'],
    ['The agency reports that exports fell.', 'reports', 'The agency', 'official'],
    ['Residents are insisting the water is unsafe.', 'insisting', 'Residents', 'anonymous'],
    ['Support is falling, the poll shows.', 'shows', 'the poll', 'document'],
    // a singular in -s agrees with "shows"
    [
      'An analysis by the agency shows prices rose.',
      'shows',
      'An analysis by the agency',
      'document',
    ],
    // a reduced relative between the subject and its verb
    [
      'The report, released Tuesday by the inspector general, found widespread fraud.',
      'found',
      'The report',
      'document',
    ],
    ['The memo, dated March 3, warned of shortages.', 'warned', 'The memo', 'document'],
    // "first" before a verb form is an adverb; before a noun, a determiner
    ['Politico first reported the meeting.', 'reported', 'Politico', 'secondhand'],
    ['The first report said the plant was safe.', 'said', 'The first report', 'document'],
    // verbs of news: a court's ruling, an outlet's own finding, a correction
    ['The court ruled that the law was unconstitutional.', 'ruled', 'The court', 'official'],
    ['The BBC has learned that the deal was close.', 'learned', 'The BBC', 'secondhand'],
    ['Mara Lind later clarified that she meant next year.', 'clarified', 'Mara Lind', 'named'],
    ['Apple disputed the findings.', 'disputed', 'Apple', 'official'],
    [
      'State television reported that the deal was close.',
      'reported',
      'State television',
      'secondhand',
    ],
    // talk that nobody signs, capitalized or not
    ['Rumors suggest the mayor will resign.', 'suggest', 'Rumors', 'vague'],
    [
      'Data from the Census Bureau shows rents rising.',
      'shows',
      'Data from the Census Bureau',
      'document',
    ],
    // a share of a poll's respondents speaks as its result
    ['Nearly half said they prefer a newcomer.', 'said', 'Nearly half', 'document'],
    ['Six in 10 say he is decisive.', 'say', 'Six in 10', 'document'],
    ['47 percent said they would vote for her.', 'said', '47 percent', 'document'],
    ['A majority of voters said the economy was weak.', 'said', 'A majority of voters', 'document'],
    ['One in three said the party does not care.', 'said', 'One in three', 'document'],
    ['About four in 10 said they were angry.', 'said', 'About four in 10', 'document'],
    ['Thirty percent said the economy was weak.', 'said', 'Thirty percent', 'document'],
    ['The top issues, respondents said, are jobs and rent.', 'said', 'respondents', 'document'],
    ['Those surveyed said the mayor was honest.', 'said', 'Those surveyed', 'document'],
    // a share's hedge is the share's: "more than", "at least", "a full"
    ['More than 4 in 10 said they were angry.', 'said', 'More than 4 in 10', 'document'],
    ['At least 40 percent said they would vote.', 'said', 'At least 40 percent', 'document'],
    [
      'A full 79 percent of Democrats said the bill would fail.',
      'said',
      'A full 79 percent of Democrats',
      'document',
    ],
    // a definite description of a person, by what they do
    [
      'The self-described socialist said he would win.',
      'said',
      'The self-described socialist',
      'named',
    ],
    ['“It is old,” said the historian.', 'said', 'the historian', 'named'],
    // but a thing after the verb is its object: the speaker stands before it
    [
      'Mara Lind once summed up the danger of deficits with a metaphor.',
      'summed up',
      'Mara Lind',
      'named',
    ],
    ['“He is a leader,” said the 46-year-old.', 'said', 'the 46-year-old', 'named'],
    // who was told, named anywhere in the object
    ['Mara Lind told the raucous crowd that the port stays open.', 'told', 'Mara Lind', 'named'],
    // told an outlet, a gathering, or after the quotation it gave
    [
      '“We had plans,” his friend Tom Reyes told the website.',
      'told',
      'his friend Tom Reyes',
      'named',
    ],
    ['Mara Lind told a news briefing that the port stays open.', 'told', 'Mara Lind', 'named'],
    // a question quoted, after it or before it
    ['“Why are you still backing him?” Mara Lind asked.', 'asked', 'Mara Lind', 'named'],
    ['“Is the plan dead?” asked Mara Lind.', 'asked', 'Mara Lind', 'named'],
    ['Mara Lind asked, “Who pays for the wall?”', 'asked', 'Mara Lind', 'named'],
    ['“Absolutely not,” Mara Lind responded.', 'responded', 'Mara Lind', 'named'],
    ['“Ask a bear,” Mara Lind joked.', 'joked', 'Mara Lind', 'named'],
  ]);
  noCueTable([
    'She told the story of her grandmother.',
    'He told a long joke about the weather.',
    'The two physicists wrote the programs that revealed the pattern.',
    'The chain added 40 stores last year.',
    'The county tallies the votes.',
    // a person who learns is no source; a referee's call is no statement
    'Students learned that the law was old.',
    'The referee ruled the goal offside.',
    // without a quotation "asked" is a request or a question, no claim
    'Mara Lind asked the crowd to stand for the anthem.',
    'Mara Lind asked whether the port would stay open.',
    'Mara Lind responded on Sunday to the accusations.',
  ]);
});

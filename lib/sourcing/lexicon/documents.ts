// Documents, data and statements: the nouns that make a source a document
// ("a report", "the poll") or a statement ("his remarks"), and the words
// around them ("released by", "obtained by").
import { WordList } from '../wordlists.ts';

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
  // from PolNeAR train, where "according to the results", "according to the
  // summary", "according to an email from ..." went unread (2026-12-06)
  'results',
  'summary',
  'letter',
  'letters',
  'email',
  'emails',
  'polling',
  'recording',
  'recordings',
  // from PolNeAR train, where a cue's subject was one of these and read as
  // nobody ("The book accuses", "his biography, according to", "the suit
  // says", "The ad concludes": 2026-12-07)
  'book',
  'biography',
  'memoir',
  'declaration',
  'disclosures',
  'editorial',
  'ad',
  'ads',
  'suit',
  // from PolNeAR train, where "according to" was followed by one of these
  // and read as nobody ("according to a new article in Politico", "according
  // to early returns", "the Real Clear Politics average", "calculations by")
  'article',
  'articles',
  'returns',
  'average',
  'calculations',
  'projections',
  'playbook',
]);

/** A poll: what a figure is placed "in" ("in the latest poll"). Singular
 * only: "in the polls" is mostly a race's standing ("slid in the polls",
 * "going to the polls"), as PolNeAR train shows (117 of 171 not annotated
 * with the plurals, 2026-12-06). */
export const POLL_NOUNS = new WordList(['poll', 'survey']);

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

/** Talk that nobody signs: "rumors suggest", "speculation is": vague. */
export const RUMOUR_NOUNS = new Set([
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'speculation',
  'gossip',
  'whispers',
]);

/** Participles of access: "reports seen by Reuters" are the documents, and
 * the outlet that saw them is a further link. */
export const ACCESS_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed']);

/** Words after "a report released" that make the participle the document's
 * publication: "released by", "published in", "released last week". */
export const AFTER_PUBLISHED = new Set(['by', 'in', 'on', 'last', 'this', 'earlier', 'at']);

/** Shares of a poll's respondents that speak as its result: "half said",
 * "a third said", "a majority of voters say" (with a figure: "47 percent
 * said", "six in 10 say"). */
export const RESPONDENT_SHARES = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'majority',
  'plurality',
  'minority',
]);

/** Number words of a share: "one in three said", "thirty percent said"
 * (PolNeAR train: spelled-out shares missed where figures were found). */
export const SHARE_FIGURES = new Set(
  (
    'one two three four five six seven eight nine ten ' +
    'twenty thirty forty fifty sixty seventy eighty ninety'
  ).split(' '),
);

/** A poll's respondents by what they are: "respondents said", "those
 * surveyed said", "those polled say". */
export const RESPONDENT_NOUNS = new Set(['respondents']);
export const POLLED_PARTICIPLES = new Set(['surveyed', 'polled']);

/** Words that may hedge a share: "nearly half", "more than a third". */
export const SHARE_HEDGES = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'over',
  'under',
  'more',
  'less',
  'fewer',
  'full', // "a full 79 percent"
  'fully',
  'at', // "at least 40 percent"
  'least',
  'than',
  'just',
  'only',
  'some',
  'a',
  'the',
  'two',
  'three',
  'four',
]);

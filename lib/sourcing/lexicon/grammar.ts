// Function words the grammar reads: what ends a noun phrase, determiners,
// auxiliaries, relatives, clause starters, abbreviations. None of them marks a
// cue by itself; they decide where a source or a clause begins and ends.
import { WordList } from '../wordlists.ts';

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
  'since', // "has since said" (PolNeAR train): an adverb after "has", as "once" is
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

/** Participles that open a reduced relative clause between a subject and
 * its verb, beside lexicon/verbs.ts PUBLISH_PARTICIPLES: "The memo, dated
 * March 3, warned", "The group, founded in 1998, said". */
export const APPOSITIVE_PARTICIPLES = new Set([
  'dated',
  'written',
  'signed',
  'sent',
  'founded',
  'based',
]);

/** Where a noun phrase read leftwards opens, unless a joiner comes before. */
export const ARTICLES = new Set(['a', 'an', 'the']);
/** Quantifiers before an article that keep its phrase going ("all the
 * senators"), as PREPOSITIONS do ("the head of the agency"). */
export const ARTICLE_QUANTIFIERS = new Set(['all', 'both', 'half', 'least']);
/** Comparatives before "than" and a count: "More than 4 in 10 said". */
export const COUNT_COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** After a lower-case noun that opens an appositive, these make it a role
 * ("Ann Roe, dean of the law school, said"; "professor at", "counsel for"). */
export const ROLE_PREPOSITIONS = new Set(['of', 'at', 'for']);

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

/** Articles and possessives: "the aides and" is an object deep in a clause,
 * "Doctors and" opens one. */
export const DETERMINER_WORDS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
]);
/** Definite determiners: "the spokesman" points back to someone named earlier. */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Determiners before a role or noun: "a spokesman" is unnamed, "spokesman Piet Mol" named. */
export const DETERMINERS = new Set([...DETERMINER_WORDS, ...DEFINITE, 'your']);
/** Determiners of a told thing: "told the story" (a thing) vs "told the BBC" (a recipient). */
export const THING_DETERMINERS = new Set([...DETERMINER_WORDS, 'this', 'that']);
/** Words before a verb form that make it a noun: "the report", "a Reuters report citing". */
export const NOUN_DETERMINERS = new WordList([
  ...DETERMINERS,
  ...['whose', 'to', 'no', 'any', 'first', 'new'],
]);
/** Quantifiers that may stand for a crowd ("most say") or determine a noun
 * ("most state parties"): before a form that is also a noun, the second. */
export const QUANTIFIER_DETERMINERS = new Set(
  'most many some each every several few both all'.split(' '),
);
/** Words that end a source phrase read rightwards ("according to the police, who ..."). */
export const RIGHT_BOUNDARY = new Set([
  'that',
  'who',
  'which',
  'whose',
  'whom',
  'when',
  'while',
  'because',
  'as',
  'after',
  'before',
  'if',
  'and',
  'but',
  'or',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'on',
  'last',
  'this',
  'earlier',
  'late',
  'today',
  'yesterday',
  'citing',
  'quoting',
  'adding',
  'saying',
  'noting',
  'in',
  'to',
  'he',
  'she',
  'it',
  'they',
  'there',
  'not',
]);
/** Relative pronouns: they end the agent of a passive opinion. */
export const RELATIVES = new WordList(['who', 'which', 'that']);
/** An amount right after "add" makes it arithmetic: "added 40 stores", "add $1.5 trillion". */
export const AMOUNT_START = /^[\d$£€¥]/;
/** Words that open an amount after "add": "added nearly 300 jobs", "added thousands". */
export const AMOUNT_WORDS = new Set(
  'hundreds thousands millions billions dozens another more nearly almost about roughly some'.split(
    ' ',
  ),
);
/** "and", "but", "or": a coordinated clause takes the subject of the first. */
export const COORDINATORS = new WordList(['and', 'but', 'or']);
// nouns that end in "-ly" like adverbs: "her family said", "the weekly reported"
export const LY_NOUNS = new Set(
  (
    'family ally rally supply reply assembly anomaly monopoly bully belly jelly folly homily ' +
    'butterfly panoply daily weekly monthly quarterly'
  ).split(' '),
);
/** "Parata and his family believe": a name and the kin it heads are one subject. */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

// auxiliaries and modals that make the phrase before them a clause's subject
export const CLAUSE_VERBS = new Set(
  'would will could can may might should must has have had is are was were'.split(' '),
);
// words that open a clause after "believe" / "think" ("experts believe the
// virus ...", "many think he ..."): determiners and subject pronouns
export const CROWD_CLAUSE_STARTERS = new Set(
  'the a an this these those his her their its he she they it we there such most some many'.split(
    ' ',
  ),
);
// "has been accused", "were told": a passive, whose subject is not the speaker
export const PASSIVE_BEFORE = new WordList(['been', 'being']);
// "is saying", "were insisting", "has been warning"
export const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'am', "'s", "'re"]);
// words that end the object of "called X" or "saw X" before its complement
export const CLAUSE_STOPS = new Set(['.', ',', ';', ':', '?', '!', '(', ')', '—', '–']);
/** Pronouns that open a clause after a framed verb ("called it a disaster, he said"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** Dashes that open and close a parenthetical ("regard New Zealand - or Aotearoa - as"). */
export const DASHES = new Set(['—', '–']);
// words that open a parenthetical between a subject and its verb
export const PARENTHETICAL_STARTERS = new Set(
  'in on at for after before during meanwhile however though too also like unlike speaking writing'.split(
    ' ',
  ),
);
/** "the report in which", "the group for whom": a relative after these is no subject. */
export const PREPOSITION_BEFORE_RELATIVE = new Set([
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'of',
  'for',
]);

// words after "believe" that open no clause: "believe in", "think about"
export const NOT_CLAUSE_OPENERS = new Set(
  'in about of so to for it this that what how why when if not'.split(' '),
);

/** Forms of "be" that make "seen as" / "described as" a passive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** Auxiliaries before a participle and "by" ("was published by", "were confirmed by"). */
export const PASSIVE_AUX = new WordList(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
/** Punctuation that ends a clause: "..., the poll shows." ends after its verb. */
export const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** Prepositions inside a source phrase: "head of the agency", "officials at the ministry". */
export const PREPOSITIONS = new WordList([
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'on',
  'by',
  'about',
  'under',
  'inside',
  'within',
  'across',
  'near',
  'among',
  'between',
  'over',
  'to',
  // "the group behind the protest", "campaigners against the plan"
  'behind',
  'against',
]);
/** Words that open no noun phrase, dropped from the front of a source
 * ("in a report issued this month", "Yet Democratic economists", "after
 * Republican contender Donald Trump"; PolNeAR train). Not "about", "over" or
 * "under", which open a count ("about 40 residents"). */
export const PHRASE_OPENERS = new WordList([
  ...['of', 'for', 'at', 'with', 'from', 'in', 'on', 'by', 'to', 'behind', 'against', 'among'],
  ...['and', 'but', 'or', 'yet', 'so', 'therefore', 'thus', 'however', 'meanwhile', 'moreover'],
  ...['soon', 'then', 'now', 'also', 'still', 'instead', 'after', 'before', 'since', 'when'],
  ...['while', 'if', 'because', 'though', 'although'],
]);
// small words inside a title: "Secretary of State", "Minister for Health"
export const TITLE_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on']);

/** Words that close a phrase after "according to" and name no thing. */
export const NOT_THINGS = new Set([
  'him',
  'her',
  'them',
  'us',
  'me',
  'it',
  'you',
  'this',
  'that',
  'these',
]);

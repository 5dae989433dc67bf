// People: pronouns, unnamed and vague groups ("officials", "critics"),
// roles and titles, kin, given names, and the capitalized words that are no
// name. They decide whether a source is named, anonymous or vague.
import { WordList } from '../wordlists.ts';

/** Pronouns that point back to an earlier source. */
export const PERSON_PRONOUNS = new WordList(['he', 'she', 'i']);
/** Words that tell a person's sex: the pronouns, the titles before a name,
 * and the heads of a description. "he" then does not point back to "a woman
 * in Worcester" met just before (PolNeAR train), nor "she" to "Mr. Kasich". */
export const FEMALE_WORDS = new WordList(
  (
    'she her hers herself ms mrs miss madam woman girl lady mother wife daughter sister ' +
    'grandmother granddaughter aunt niece widow girlfriend bride queen princess duchess ' +
    'spokeswoman chairwoman congresswoman councilwoman businesswoman actress'
  ).split(' '),
);
export const MALE_WORDS = new WordList(
  (
    'he him his himself mr sir man boy gentleman father husband son brother grandfather ' +
    'grandson uncle nephew widower boyfriend groom king prince duke spokesman ' +
    'congressman councilman businessman'
  ).split(' '),
);
/** Plural pronouns: the source is a group named earlier. */
export const PLURAL_PRONOUNS = new WordList(['they', 'we']);
/** "it": an institution or a document named earlier. */
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
  // one unnamed backer: "a Trump supporter said" (PolNeAR train: read as
  // nobody 5 times); "supporters", a group, is among VAGUE_PEOPLE
  'supporter',
  // the same from PolNeAR train's sources read as nobody (with their plurals:
  // "donor" 12, "operative" 7, "confidant" 3)
  'ally',
  'confidant',
  'confidante',
  'loyalist',
  'loyalists',
  'operative',
  'operatives',
  'donor',
  'donors',
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
  // Heads of PolNeAR train's annotated sources that the list above lacked,
  // with how often each headed one ("the Republican presidential candidate
  // said", "the ad's narrator says"): each read as nobody at all before
  'candidate', // 29
  'nominee', // 6
  'front-runner', // 4
  'frontrunner',
  'narrator', // 8
  'moderator', // 4
  'actor', // 10 with "actors"
  'actress', // 3
  'businessman', // 5 with "businessmen"
  'businesswoman',
  'speechwriter', // 2
  'columnist', // 2
  'activist', // 4
  'mogul', // 3
  'tycoon', // 2
  'magnate', // 1, and read as nobody once more
  'admiral', // 2
  'contender', // 10 with "contenders"
  'hopeful', // 4 with "hopefuls"
  'veteran', // 3
  'challenger', // 2 with "challengers"
  'incumbent', // 1, and read as nobody once more
  'caller', // 4
  'neurosurgeon', // 4, and "surgeon"
  'surgeon',
  'organizer', // 3
  'journalist', // 3
  'pollster', // 2
  'writer', // 2 with "writers"
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

/** Quantifiers that open a partitive: "many of them", "some of the workers". */
export const PARTITIVE_QUANTIFIERS = new Set([
  'many',
  'some',
  'most',
  'several',
  'few',
  'one',
  'two',
  'three',
  'all',
  'both',
  'none',
  'each',
]);
/** Heads of "some of the ..." groups: "many of the residents". */
export const PARTITIVE_HEADS = new Set([
  'them',
  'us',
  'those',
  'these',
  'the',
  'their',
  'its',
  'his',
  'her',
]);
// "a number of analysts": the head comes after "of"
export const QUANTITY_NOUNS = new Set([
  'number',
  'lot',
  'lots',
  'group',
  'handful',
  'couple',
  'dozens',
  'hundreds',
  'thousands',
  'some',
  'many',
  'most',
  'one',
  'two',
  'three',
  'several',
  'majority',
  'team',
  'panel',
]);
/** Words that make a group of people specific: "senior officials", "hospital staff". */
export const SPECIFIC_MODIFIERS = new Set([
  'senior',
  'administration',
  'government',
  'military',
  'intelligence',
  'police',
  'company',
  'agency',
  'department',
  'ministry',
  'campaign',
  'white',
  'federal',
  'state',
  'city',
  'county',
  'congressional',
  'defense',
  'security',
  'health',
  'foreign',
  'hospital',
  'court',
  'familiar',
  'briefed',
  'involved',
  'close',
]);

// plurals of peoples and parties: "Americans", "Tunisians", "Koreans",
// "Islamists", "Democrats", "Conservatives", "Liberals"
export const GROUP_PLURAL_ENDINGS = ['cans', 'ians', 'eans', 'ists', 'ats', 'ives', 'als'];
// endings of abstract nouns, fields and doctrines: "science", "psychology",
// "economics", "capitalism", "evolution" (not "-ence", "-ory": Vance, Gregory)
export const ABSTRACT_ENDINGS = ['science', 'ism', 'ogy', 'ics', 'ness', 'ity', 'tion', 'sion'];

/** Endings of nouns that name a person by what they believe or study ("the
 * self-described democratic socialist", "the historian"): a short definite
 * description with such a head is somebody met before (classify.ts
 * agentNoun). Not -er or -or: there things ("the danger of deficits",
 * "the letter") are as common as people, who are listed in ROLE_WORDS. */
export const AGENT_ENDINGS = ['ist', 'ian'];

/** Words with those endings that name no person. */
export const NOT_AGENTS = new Set(['christian', 'utopian', 'egalitarian', 'totalitarian']);

/** Determiners of one unnamed person: "one Republican", "a Democrat". */
export const ONE_OF = new Set(['a', 'an', 'one', 'another']);
/** Party members not ending in -an: "a Democrat", "one Tory". */
export const PARTY_MEMBERS = new Set([
  'democrat',
  'conservative',
  'liberal',
  'tory',
  'libertarian',
  'progressive',
]);

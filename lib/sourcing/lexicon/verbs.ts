// Reporting verbs with what each needs around it, and the verb forms the
// cue guards read ("told the story", "added 40 stores" state no claim).
import { WordList } from '../wordlists.ts';

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
  ...verb('clarify clarifies clarified'),
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
  ...verb('dispute disputes disputed'),
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
  // a question quoted ('"Why are you still endorsing him?" Obama asked'); without
  // the quotation "asked him to leave" is a request, "asked if" a question
  // nobody answered (PolNeAR train: "asked" missed 123 times)
  ...verb('ask asks asked', { afterQuote: true }),
  // '"Absolutely not," Clinton responded' (PolNeAR train: "responded" missed
  // 28 times), and the manners of speaking missed right after a quotation
  // there ("answered" 9, "shouted" and "joked" 3): speech only beside one
  ...verb('respond responds responded', { afterQuote: true }),
  ...verb('answer answers answered', { afterQuote: true }),
  ...verb('shout shouts shouted yell yells yelled', { afterQuote: true }),
  ...verb('joke jokes joked chant chants chanted', { afterQuote: true }),
  ...verb('exclaim exclaims exclaimed scoff scoffs scoffed', { afterQuote: true }),
  ...verb('snap snaps snapped bark barks barked muse muses mused', { afterQuote: true }),
  ...verb('retort retorts retorted'),
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
  // a court's ruling is its statement ("the court ruled that")
  ...verb('rule rules ruled', { needsThat: true }),
  // an outlet's own finding: "The BBC has learned that"
  ...verb('learn learns learned learnt', { docOnly: true }),
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
  // criticism or praise with nobody behind it: "has been criticized as reckless"
  'criticized',
  'criticised',
  'denounced',
  'condemned',
  'derided',
  'praised',
  'lauded',
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

// verbs after which an inverted pronoun subject is usual: '"...," said he'
export const SAY_FORMS = new WordList(['said', 'says', 'say', 'added', 'adds', 'wrote', 'writes']);
// "declare" also performs an act ("declared martial law"); see PERFORMATIVE_OBJECTS
export const DECLARE_FORMS = new Set(['declare', 'declares', 'declared', 'declaring']);
/** "argued over why", "argued with his wife": a dispute, no claim (see DISPUTE_PREPOSITIONS). */
export const ARGUE_FORMS = new WordList(['argue', 'argues', 'argued', 'arguing']);
/** Prepositions after "argue" that make it a dispute. */
export const DISPUTE_PREPOSITIONS = new Set(['over', 'about', 'with', 'among']);
// "add" also sums: "added 40 stores", "would add $1.5 trillion to the deficit"
export const ADD_FORMS = new WordList(['add', 'adds', 'added', 'adding']);
/** "told": a claim only when someone is told ("told reporters"), not a thing ("told the story"). */
export const TELL_FORMS = new WordList(['tell', 'tells', 'told']);
/** "said nothing", "say little about": no claim. */
export const NOTHING = new WordList(['nothing', 'little', 'much']);
/** "report": an unfamiliar name that reports is an outlet ("as Mashable reports"). */
export const REPORT_FORMS = new WordList(['report', 'reports', 'reported']);
// "wrote about", "reported from Seoul", "wrote for the paper": an activity
export const NO_CLAIM_AFTER = new WordList(['about', 'from', 'for', 'with']);
// participles that name a document's makers only: "a study led by"
export const DOC_ONLY_PARTICIPLES = new Set(['led', 'carried', 'conducted']);
// verbs whose next noun phrase is their object, never an inverted subject
export const OBJECT_VERBS = new Set(
  (
    'urge urges urged accuse accuses accused blame blames blamed condemn condemns condemned ' +
    'denounce denounces denounced caution cautions cautioned describe describes described'
  ).split(' '),
);
// words that may follow a reporting noun used as such ("the agency's warning
// that", "his comments on"); anything else makes it a compound ("warning system")
export const AFTER_REPORTING_NOUN = new Set(
  (
    'that on about of to in was is were are has had have for against over at from by and or ' +
    'but which this the a came comes echoed'
  ).split(' '),
);
/** "wrote": like "told", a claim only with a recipient or a clause. */
export const WRITE_FORMS = new WordList(['write', 'writes', 'wrote']);
/** Nouns that are told things: "told reporters", "told the court". */
export const RECIPIENTS = new Set([
  'reporters',
  'journalists',
  'audience',
  'crowd',
  'viewers',
  'listeners',
  'readers',
  'court',
  'jury',
  'committee',
  'panel',
  'newspaper',
  'paper',
  'station',
  'network',
  'outlet',
  'magazine',
  'broadcaster',
  'agency',
  // gatherings told things: "told a news briefing", "told the hearing"
  'briefing',
  'conference',
  'hearing',
  'rally',
  'gathering',
  'forum',
  'delegates',
]);

// What kind of source a noun phrase is: a named person, an institution, a
// document, another outlet, unnamed people, a weasel group, or a pronoun that
// points back to an earlier source.
import {
  POLLED_PARTICIPLES,
  RESPONDENT_NOUNS,
  RESPONDENT_SHARES,
  RUMOUR_NOUNS,
  SHARE_FIGURES,
  SHARE_HEDGES,
} from './lexicon/index.ts';
import { type NameBook } from './names.ts';
import { hashWord } from './scan.ts';
import { type Token } from './tokens.ts';
import { type Kind } from './types.ts';

import {
  ABSTRACT_ENDINGS,
  AGENT_ENDINGS,
  ACCESS_PARTICIPLES,
  ANONYMITY_MARKERS,
  ANONYMOUS_PEOPLE,
  COUNTRY_NAMES,
  COUNT_WORDS,
  DEFINITE,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FEMALE_WORDS,
  GIVEN_NAMES,
  GROUP_PLURAL_ENDINGS,
  HIGH_OFFICE,
  INSTITUTION_NAMES,
  INSTITUTION_NOUNS,
  KIN_WORDS,
  MALE_WORDS,
  NEWS_MODIFIERS,
  NOT_AGENTS,
  ONE_OF,
  NOT_NAME_WORDS,
  ORG_DESCRIPTORS,
  OUTLET_NAMES,
  OUTLET_NOUNS,
  OUTLET_PREFIXES,
  OUTLET_SUFFIXES,
  PARTITIVE_HEADS,
  PARTITIVE_QUANTIFIERS,
  PARTY_MEMBERS,
  PHRASE_OPENERS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  POST_NOUNS,
  PREPOSITIONS,
  PUBLISH_PARTICIPLES,
  QUANTITY_NOUNS,
  ROLE_WORDS,
  SPECIFIC_MODIFIERS,
  SPOKES_WORDS,
  STANCE_GROUPS,
  THING_PRONOUNS,
  TITLE_CONNECTORS,
  VAGUE_DETERMINERS,
  VAGUE_PEOPLE,
} from './lexicon/index.ts';

export interface SourceInfo {
  kind: Kind;
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
  /** A name with a role or title ("spokesperson Guo Jiakun"). */
  role?: boolean;
  /** Unnamed people described specifically ("Con Edison officials"), or a
   * document whose publisher is named. */
  specific?: boolean;
  /** Several sources counted ("two officials"). */
  several?: boolean;
  /** The outlet is named ("Reuters"), not just "the newspaper". */
  outletNamed?: boolean;
  /** Refers back to a source met earlier ("he", "the agency"). */
  backref?: boolean;
  /** A pronoun still to resolve. */
  pronoun?: 'person' | 'plural' | 'thing';
  /** Head noun is a report or study ("the report" can refer back to it). */
  report?: boolean;
  /** Plural group (for "they" back-references). */
  plural?: boolean;
  /** A vague group of documents ("previous reports"). */
  vagueDocs?: boolean;
  /** An unnamed spokesperson. */
  spokes?: boolean;
  /** Recognised from a word table or the article's names, not a guess. */
  known?: boolean;
  /** Posts or comments, second-hand if a platform is named. */
  posts?: boolean;
  /** For a pronoun: a source named earlier in the same sentence. */
  antecedent?: SourceInfo;
  /** Further links inside the phrase: "a report citing people familiar". */
  chain?: SourceInfo[];
  /** "the paper": a study or a newspaper, whichever was met last. */
  paper?: boolean;
  /** Outlets nobody names ("local news reports"): second-hand and anonymous. */
  anonOutlet?: boolean;
  /** A person's sex where a word tells it ("she", "Ms. Roe", "a woman"), so
   * that a pronoun points back to someone it can mean. */
  gender?: 'f' | 'm';
}

/** A new SourceInfo with every field present. All of them then share one
 * hidden class, and so do their copies (see withFields): the code reading
 * them stays monomorphic. A spread (`{ ...src, kind }`) would give each copy a
 * shape that the engine holds only weakly, so that every full collection
 * threw away the optimised code built on it. */
export function newSource(kind: Kind, start: number, end: number): SourceInfo {
  return {
    kind,
    start,
    end,
    role: undefined,
    specific: undefined,
    several: undefined,
    outletNamed: undefined,
    backref: undefined,
    pronoun: undefined,
    report: undefined,
    plural: undefined,
    vagueDocs: undefined,
    spokes: undefined,
    known: true,
    posts: undefined,
    antecedent: undefined,
    chain: undefined,
    paper: undefined,
    anonOutlet: undefined,
    gender: undefined,
  };
}

/** A copy of `src` with `fields` changed (what `{ ...src, ...fields }` does). */
export function withFields(src: SourceInfo, fields: Partial<SourceInfo>): SourceInfo {
  const r = newSource(src.kind, src.start, src.end);
  r.role = src.role;
  r.specific = src.specific;
  r.several = src.several;
  r.outletNamed = src.outletNamed;
  r.backref = src.backref;
  r.pronoun = src.pronoun;
  r.report = src.report;
  r.plural = src.plural;
  r.vagueDocs = src.vagueDocs;
  r.spokes = src.spokes;
  r.known = src.known;
  r.posts = src.posts;
  r.antecedent = src.antecedent;
  r.chain = src.chain;
  r.paper = src.paper;
  r.anonOutlet = src.anonOutlet;
  r.gender = src.gender;
  return Object.assign(r, fields);
}

const isAbbrevToken = (t: Token) => !t.word && (t.text === '.' || t.text === '-');
const isAcronym = (t: Token) =>
  t.text.length >= 2 && /^[A-Z][A-Z.&]+$/.test(t.text.replace(/['’]s$/, ''));
const isDigit = (t: Token) => /^\d/.test(t.text);
const isGroupPlural = (w: string) => w.length > 5 && endsWithAny(w, GROUP_PLURAL_ENDINGS);
// "Russian", "Israeli", "Chinese", "British": adjectives of a people
const isDemonym = (w: string) =>
  w.endsWith('an') || w.endsWith('ese') || w.endsWith('ish') || w.endsWith('i');

/** The sentence's first word token (the sentence is `toks`). */
const firstWord = (toks: readonly Token[]) => toks.find(isWord);

/** The words of `toks` (lower case) without a final dot. Built by push, as
 * every other word list here is: `map` makes arrays of another elements kind,
 * and the optimised code checking for one kind was thrown away (and rebuilt,
 * at great cost for classifyCore) each time it met the other. */
function bareWords(toks: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of toks) out.push(t.base.replace(/\.$/, ''));
  return out;
}

// Tests on the words of a phrase, made once: closures made inside the hot
// functions below would get optimised code of their own, thrown away with
// each call's context.
const isWord = (t: Token) => t.word;
const isNameWord = (t: Token) => t.word && t.cap && !NOT_NAME_WORDS.hasBase(t);
const isCount = (t: Token) => COUNT_WORDS.has(t.base) || isDigit(t);
const isNewsModifier = (t: Token) => NEWS_MODIFIERS.has(t.base) && !t.cap;
const isVagueDeterminer = (t: Token) => VAGUE_DETERMINERS.has(t.base);
const isPossessive = (t: Token) => t.poss;
const isSpecificModifier = (t: Token) =>
  SPECIFIC_MODIFIERS.has(t.base) || INSTITUTION_NOUNS.hasBase(t);
const isCountry = (t: Token) => COUNTRY_NAMES.has(t.base);
const isNumberWord = (t: Token) => t.base === 'number';

function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (const e of endings) if (w.endsWith(e)) return true;
  return false;
}

/** The capitalized words that may name an outlet: not the sentence's first
 * word (`first`), not a demonym. */
function namingWords(caps: readonly Token[], first: Token): Token[] {
  const out: Token[] = [];
  for (const m of caps) if (m !== first && !isDemonym(m.base)) out.push(m);
  return out;
}

/** A capitalized phrase (lower case, space-joined) is a news outlet. */
export function isOutletName(words: string[]): boolean {
  if (!words.length) return false;
  const full = words.join(' ');
  if (OUTLET_NAMES.has(full)) return true;
  for (let i = 1; i < words.length; i++)
    if (OUTLET_NAMES.has(words.slice(i).join(' '))) return true;
  for (let i = 0; i < words.length - 1; i++)
    if (OUTLET_NAMES.has(words.slice(0, words.length - i).join(' '))) return true;
  return (
    words.length >= 2 &&
    (OUTLET_SUFFIXES.has(words[words.length - 1]) || OUTLET_PREFIXES.has(words[0]))
  );
}

function isOrgName(words: string[], toks: Token[], book: NameBook): boolean {
  const full = words.join(' ');
  if (INSTITUTION_NAMES.has(full) || COUNTRY_NAMES.has(full) || book.orgs.has(full)) return true;
  const last = words[words.length - 1];
  if (INSTITUTION_NOUNS.has(last)) return true;
  if (toks.length === 1 && isAcronym(toks[0])) return true;
  // "China's Foreign Ministry": a country name inside a multi-word name
  return false;
}

/** Classify the noun phrase in tokens[a, b). */
/** "47 percent", "nearly half of voters", "six in 10 Americans", "a third",
 * "respondents", "those surveyed": a share of a poll's respondents, or the
 * respondents themselves, at the start of the phrase. */
function respondentShare(toks: readonly Token[], a: number, b: number): boolean {
  let q = a;
  // "about four in 10": a hedge, but "four" there is the figure
  while (
    q < b &&
    toks[q].word &&
    SHARE_HEDGES.has(toks[q].base) &&
    q - a < 3 &&
    !figureShare(toks, q, b)
  )
    q++;
  if (q >= b || !toks[q].word) return false;
  const t = toks[q];
  // the share is the whole subject or opens an "of" phrase ("half of voters")
  const ends = (k: number) => k >= b || toks[k].base === 'of' || !toks[k].word;
  if (figureShare(toks, q, b)) return true;
  if (RESPONDENT_NOUNS.has(t.base) && ends(q + 1)) return true;
  if (t.base === 'those' && q + 1 < b && POLLED_PARTICIPLES.has(toks[q + 1].base)) return true;
  return RESPONDENT_SHARES.has(t.base) && ends(q + 1);
}

const isFigure = (t: Token) =>
  t.word && (isDigit(t) || SHARE_FIGURES.has(t.base) || /^[a-z]+-[a-z]+$/.test(t.base));

/** "47 percent", "thirty %", "six in 10", "one in three" at q. */
function figureShare(toks: readonly Token[], q: number, b: number): boolean {
  if (!isFigure(toks[q]) || q + 1 >= b) return false;
  const n = toks[q + 1];
  if (n.base === 'percent' || n.text === '%') return true;
  return n.base === 'in' && q + 2 < b && isFigure(toks[q + 2]);
}

export function classifyPhrase(
  toks: readonly Token[],
  a: number,
  b: number,
  book: NameBook,
): SourceInfo | null {
  const r = classifyWords(toks, a, b, book);
  if (!r || r.plural || (r.kind !== 'named' && r.kind !== 'anonymous') || r.gender) return r;
  const gender = phraseGender(toks, a, b);
  return gender ? withFields(r, { gender }) : r;
}

/** The sex the words of a person's phrase tell, if any: its last such word
 * before a preposition ("a woman in Worcester", "Mr. Trump's wife" is the
 * wife's), but not a possessive ("the woman's husband") nor the title of one
 * ("Mrs. Obama's chief of staff" tells nothing). */
function phraseGender(toks: readonly Token[], a: number, b: number): 'f' | 'm' | undefined {
  let gender: 'f' | 'm' | undefined;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!t.word) continue;
    if (k > a && PREPOSITIONS.has(t.base)) break;
    const g = FEMALE_WORDS.has(t.base) ? 'f' : MALE_WORDS.has(t.base) ? 'm' : undefined;
    if (!g || t.poss) continue;
    let n = k + 1;
    while (n < b && !toks[n].word) n++;
    if (t.cap && n < b && toks[n].cap && toks[n].poss) continue;
    gender = g;
  }
  return gender;
}

function classifyWords(
  toks: readonly Token[],
  a: number,
  b: number,
  book: NameBook,
): SourceInfo | null {
  // drop punctuation at the edges, and words that open no noun phrase (but
  // "at least" opens a count)
  while (
    a < b &&
    (!toks[a].word || (b - a > 1 && PHRASE_OPENERS.hasBase(toks[a]) && !atLeast(toks, a, b)))
  )
    a++;
  while (b > a && !toks[b - 1].word) b--;
  if (a >= b) return null;
  // "a Journal report citing people familiar with it": a chain in one phrase
  for (let k = a + 1; k < b - 1; k++) {
    if (toks[k].word && (toks[k].base === 'citing' || toks[k].base === 'quoting')) {
      const main = classifyPhrase(toks, a, k, book);
      const link = classifyPhrase(toks, k + 1, b, book);
      if (main && link) return withFields(main, { chain: [...(main.chain ?? []), link] });
      return main ?? link;
    }
  }
  // "no group claimed", "none said": nobody is the source
  if (toks[a].base === 'no' || toks[a].base === 'none' || toks[a].base === 'nobody') return null;
  const start = toks[a].start;
  const end = toks[b - 1].end;
  const base = newSource('named', start, end);
  // "47 percent said", "nearly half said": a poll's respondents give its result
  if (respondentShare(toks, a, b)) return withFields(base, { kind: 'document', plural: true });

  if (b - a === 1) {
    // "He’d", "she'll": a pronoun with a contracted verb
    const w = toks[a].base.replace(/'(?:d|ll|ve|re|s)$/, '');
    if (PERSON_PRONOUNS.has(w)) return withFields(base, { pronoun: 'person' });
    if (PLURAL_PRONOUNS.has(w)) return withFields(base, { pronoun: 'plural', plural: true });
    if (THING_PRONOUNS.has(w)) return withFields(base, { pronoun: 'thing' });
  }

  // deliberately unnamed people, wherever the marker stands; but in "a
  // survey of Republican insiders" the insiders answered a document
  let markersTo = b;
  for (let k = a + 1; k < b; k++)
    if (toks[k].base === 'of' && DOCUMENT_NOUNS.has(toks[k - 1].base)) {
      markersTo = k;
      break;
    }
  for (let k = a; k < markersTo; k++) {
    // "sources close to the talks" marks them as unnamed as "familiar with"
    const closeTo = toks[k].base === 'close' && k + 1 < b && toks[k + 1].base === 'to';
    if ((ANONYMITY_MARKERS.hasBase(toks[k]) || closeTo) && !toks[k].cap) {
      let several = false;
      let specific = false;
      for (let q = a; q < b; q++) {
        if (COUNT_WORDS.has(toks[q].base) || isDigit(toks[q])) several = true;
        if (SPECIFIC_MODIFIERS.has(toks[q].base) || INSTITUTION_NOUNS.hasBase(toks[q]))
          specific = true;
      }
      const plural = toks[b - 1].base.endsWith('s') || several;
      return withFields(base, { kind: 'anonymous', several, specific, plural });
    }
  }

  // "many of them", "some of the residents": part of a group already met,
  // unnamed people rather than a weasel crowd
  if (
    b - a >= 3 &&
    PARTITIVE_QUANTIFIERS.has(toks[a].base) &&
    toks[a + 1].base === 'of' &&
    PARTITIVE_HEADS.has(toks[a + 2].base)
  ) {
    const several = COUNT_WORDS.has(toks[a].base) || toks[a].base !== 'one';
    return withFields(base, { kind: 'anonymous', plural: toks[a].base !== 'one', several });
  }

  // "Jeff Weaver, Sanders' campaign manager", "Rep. Chris Collins, R-NY",
  // "Sen. Bernie Sanders (I-Vt.)": a person's name then an aside is that
  // person, named, whatever the aside holds (read whole, a role and a place
  // made the person anonymous or an institution: PolNeAR train, where the
  // rules or the tagger took the aside into the source). The name alone is
  // the source, as it is the voice ("Weaver" later), and as the grammar
  // reads "Maria Lopez, a nurse at the clinic, said".
  for (let k = a + 1; k < b - 1; k++) {
    if (toks[k].text !== ',' && toks[k].text !== '(') continue;
    const name = classifyPhrase(toks, a, k, book);
    if (name && name.kind === 'named' && !name.pronoun && !name.backref && name.known !== false)
      return name;
    break;
  }

  // "Secretary of State John Kerry", "Palm Beach County Supervisor of
  // Elections Susan Bucher": a title with a preposition inside, then the
  // person's name
  let title = a;
  while (title < b && toks[title].cap && !ROLE_WORDS.has(toks[title].base)) title++;
  if (title < b && toks[title].cap && b - title >= 4) {
    let allCaps = true;
    for (let k = a; k < b && allCaps; k++)
      allCaps = toks[k].cap || TITLE_CONNECTORS.has(toks[k].base) || isAbbrevToken(toks[k]);
    if (allCaps) {
      for (let q = title + 2; q < b - 1; q++) {
        if (!toks[q].cap || !toks[q].word) continue;
        const words: string[] = [];
        for (let k = q; k < b; k++) if (toks[k].word) words.push(toks[k].base);
        if (book.persons.has(words.join(' ')) || GIVEN_NAMES.has(words[0]))
          return withFields(base, { kind: 'named', role: true });
      }
    }
  }

  // the core: up to the first preposition or participle ("a report released by")
  let c = a;
  while (c < b) {
    const w = toks[c].base;
    if (c > a && PREPOSITIONS.has(w) && !(w === 'of' && QUANTITY_NOUNS.has(toks[c - 1].base)))
      break;
    // "a report released by", "one Republican involved in the planning"
    if (
      c > a &&
      (PUBLISH_PARTICIPLES.has(w) || w === 'citing' || w === 'posted' || w === 'involved')
    )
      break;
    c++;
  }
  let r = classifyCore(toks, a, c, book);
  if (!r && c < b) {
    // "For days after a storm Con Edison officials": the part nearest the verb
    let p = b - 1;
    while (p > c && !PREPOSITIONS.hasBase(toks[p])) p--;
    r = classifyCore(toks, p + 1, b, book);
    // but "that tweeter in Sydney": a bare name after a preposition is where
    // or whose, not who
    if (r && r.known !== false) return withFields(r, { start: toks[p + 1].start, end });
    return null;
  }
  if (!r) return null;
  r.start = start;
  r.end = end;
  if (c < b) {
    // a tail that names who they are: "officials in the ministry",
    // "a report released by the agency", "answers posted on Quora"
    const tailWords: string[] = [];
    let tailCap = false;
    let tailInst = false;
    for (let k = c + 1; k < b; k++) {
      if (toks[k].cap) {
        tailCap = true;
        tailWords.push(toks[k].base);
      }
      if (INSTITUTION_NOUNS.hasBase(toks[k])) tailInst = true;
    }
    if (r.kind === 'anonymous' || r.kind === 'document')
      r.specific = r.specific || tailCap || tailInst;
    if (r.spokes && (tailCap || tailInst)) r.specific = true;
    const tailOutlet = isOutletName(tailWords);
    const docs = r.kind === 'document' || !!r.vagueDocs;
    if (tailOutlet && docs && ACCESS_PARTICIPLES.has(toks[c].base)) {
      // "intelligence reports seen by Reuters": the documents, relayed by an outlet
      const link = newSource('secondhand', toks[c + 1].start, end);
      link.outletNamed = true;
      r.chain = [...(r.chain ?? []), link];
    } else if (tailOutlet && (r.kind === 'document' || r.posts)) {
      r.kind = 'secondhand';
      r.outletNamed = true;
    } else if (docs && toks[c - 1].base.startsWith('report')) {
      // "reports in the local press", "reports in a state newspaper" (but "a
      // study in the journal Nature" is the study)
      for (let k = c + 1; k < b; k++) {
        if (OUTLET_NOUNS.has(toks[k].base) && !toks[k].cap && toks[k].base !== 'journal') {
          r.kind = 'secondhand';
          r.vagueDocs = false;
          r.outletNamed = tailCap;
          r.anonOutlet = !tailCap;
          break;
        }
      }
    }
    if (r.kind === 'vague' && (tailCap || tailInst) && !r.vagueDocs && !r.posts) {
      // "researchers at Harvard": unnamed but described
      r.kind = 'anonymous';
      r.specific = true;
    }
  }
  return r;
}

/** Whether the word at `j` is one the head tests below know; the others are
 * told apart without building the list of modifiers before them. */
function mayBeHead(toks: readonly Token[], a: number, b: number, j: number): boolean {
  const w = toks[j].base;
  return (
    DOCUMENT_NOUNS.has(w) ||
    POST_NOUNS.has(w) ||
    RUMOUR_NOUNS.has(w) ||
    (OUTLET_NOUNS.has(w) && j === b - 1) ||
    SPOKES_WORDS.has(w) ||
    (w === 'secretary' && j > a && toks[j - 1].base === 'press') ||
    ANONYMOUS_PEOPLE.has(w) ||
    VAGUE_PEOPLE.has(w) ||
    INSTITUTION_NOUNS.has(w) ||
    ROLE_WORDS.has(w) ||
    isRolePlural(w) ||
    KIN_WORDS.has(w)
  );
}

/** "senators", "candidates": the plural of a role, people who hold it. */
const isRolePlural = (w: string) =>
  w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && ROLE_WORDS.has(w.slice(0, -1));

function classifyCore(
  toks: readonly Token[],
  a: number,
  b: number,
  book: NameBook,
): SourceInfo | null {
  while (a < b && !toks[a].word) a++;
  while (b > a && !toks[b - 1].word) b--;
  if (a >= b) return null;
  const base = newSource('named', toks[a].start, toks[b - 1].end);

  // a trailing run of capitalized words: a name, an institution or an outlet
  let k = b;
  while (k > a) {
    const t = toks[k - 1];
    if (t.word && t.cap && !NOT_NAME_WORDS.hasBase(t) && !(t.poss && k < b)) k--;
    else if (!t.word && t.text === '.' && k - 1 > a && toks[k - 2].cap) k--;
    else break;
  }
  if (k < b) {
    const runToks = toks.slice(k, b).filter(isWord);
    const runWords = bareWords(runToks);
    const before = k > a ? toks[k - 1] : null;
    // "many Tunisians", "some Republicans", "many New Yorkers", and at a
    // sentence's start "Two Republicans": an uncounted crowd, or a count of
    // unnamed people, not a name
    const crowdBy =
      before && (VAGUE_DETERMINERS.has(before.base) || COUNT_WORDS.has(before.base))
        ? before
        : runToks.length > 1 &&
            (VAGUE_DETERMINERS.has(runToks[0].base) || COUNT_WORDS.has(runToks[0].base))
          ? runToks[0]
          : null;
    const crowd = crowdBy === before ? runWords : runWords.slice(1);
    if (crowdBy && crowd.length <= 3 && crowd[crowd.length - 1].endsWith('s')) {
      if (COUNT_WORDS.has(crowdBy.base) || crowdBy.base === 'several')
        return withFields(base, { kind: 'anonymous', several: true, plural: true });
      return withFields(base, { kind: 'vague', plural: true });
    }
    // "one Republican", "an American", "a Democrat": one unnamed person by
    // party or origin (PolNeAR train: "said one Republican involved in the
    // planning" read as an institution)
    if (
      before &&
      ONE_OF.has(before.base) &&
      runWords.length === 1 &&
      (/(?:an|ian)$/.test(runWords[0]) || PARTY_MEMBERS.has(runWords[0]))
    )
      return withFields(base, { kind: 'anonymous' });
    if (isOutletName(runWords)) return withFields(base, { kind: 'secondhand', outletNamed: true });
    // "the rescue group Safe Paws", "the charity Home Start": a descriptor
    // before an unfamiliar name makes it an organisation's
    if (
      before &&
      !before.cap &&
      ORG_DESCRIPTORS.has(before.base) &&
      !ROLE_WORDS.has(before.base) &&
      !ROLE_WORDS.has(runWords[0])
    )
      return withFields(base, { kind: 'official', plural: false });
    // titles and roles at the head of the run: "Israeli Prime Minister ..."
    let lastRole = -1;
    for (let q = 0; q < runWords.length; q++) if (ROLE_WORDS.has(runWords[q])) lastRole = q;
    const nameWords = runWords.slice(lastRole + 1);
    const nameToks = runToks.slice(lastRole + 1);
    const roleBefore = k > a && ROLE_WORDS.has(toks[k - 1].base.replace(/\.$/, ''));
    if (nameWords.length === 0) {
      // "President", "the Prime Minister": an office held by someone named
      const office = runWords.join(' ');
      if (HIGH_OFFICE.has(office) || HIGH_OFFICE.has(runWords[runWords.length - 1])) {
        return withFields(base, { kind: 'named', backref: true, role: true });
      }
      // "the CEO said": a role met before; "a CEO said": someone unnamed
      if (k > a && DEFINITE.has(toks[k - 1].base))
        return withFields(base, { kind: 'named', backref: true, role: true });
      return withFields(base, { kind: 'anonymous' });
    }
    const name = nameWords.join(' ');
    // "In that update Baker said": the source is the name, not the words before it
    if (k > a && !roleBefore && !DETERMINERS.has(toks[k - 1].base) && !toks[k - 1].poss) {
      base.start = toks[k].start;
    }
    // "Project Jonah", "Institute for Justice": an organisation word first,
    // even when the article's name list took the pair for a person's name
    if (lastRole < 0 && nameWords.length >= 2 && INSTITUTION_NOUNS.has(nameWords[0])) {
      return withFields(base, { kind: 'official', plural: false });
    }
    if (book.persons.has(name))
      return withFields(base, { kind: 'named', role: lastRole >= 0 || roleBefore });
    if (lastRole < 0 && isOrgName(nameWords, nameToks, book)) {
      return withFields(base, { kind: 'official', plural: false });
    }
    if (lastRole < 0 && nameWords.length === 1 && COUNTRY_NAMES.has(nameWords[0])) {
      return withFields(base, { kind: 'official' });
    }
    // "Fiona said": a common given name on its own is a person's
    if (nameWords.length === 1 && GIVEN_NAMES.has(name))
      return withFields(base, { kind: 'named', role: lastRole >= 0 || roleBefore });
    // a capital inside a lower-case phrase: "a Wall Street Journal report" is
    // handled below, since the run must end the phrase
    // "Republicans", "Tunisians", "Islamists": a capitalized plural of a
    // people or a party is a crowd, not an organisation
    if (lastRole < 0 && !roleBefore && nameWords.length === 1 && isGroupPlural(name))
      return withFields(base, { kind: 'vague', plural: true });
    // "Neuroscience tells us", "Capitalism says": an abstract noun that only
    // opens the sentence is a field or an idea, nobody identifiable
    if (
      lastRole < 0 &&
      !roleBefore &&
      nameWords.length === 1 &&
      name.length >= 6 &&
      nameToks[0] === firstWord(toks) &&
      endsWithAny(name, ABSTRACT_ENDINGS) &&
      !book.surnames.has(hashWord(name, 0, name.length))
    )
      return withFields(base, { kind: 'vague', known: false });
    // a lone capitalized word never seen closing a longer name ("Roscosmos")
    // is more likely an organisation than a person's surname
    if (
      lastRole < 0 &&
      !roleBefore &&
      nameWords.length === 1 &&
      !book.surnames.has(hashWord(name, 0, name.length))
    ) {
      return withFields(base, { kind: 'official', known: false });
    }
    // an unknown capitalized name: most often a person's surname
    return {
      ...base,
      kind: 'named',
      role: lastRole >= 0 || roleBefore,
      known: lastRole >= 0 || roleBefore,
    };
  }

  // a lower-case head: the rightmost word we know
  let unknown = 0;
  for (let j = b - 1; j >= a; j--) {
    const t = toks[j];
    if (!t.word) continue;
    const w = t.base;
    if (!mayBeHead(toks, a, b, j)) {
      // "said the designer", "the 46-year-old said": a short definite
      // description of a person met before, by the shape of its head
      // (agentNoun); not "summed up the danger of deficits with a metaphor"
      if (
        j === b - 1 &&
        j > a &&
        DEFINITE.has(toks[a].base) &&
        agentNoun(w) &&
        plainRun(toks, a, j)
      )
        return withFields(base, { kind: 'named', backref: true, role: true });
      if (DETERMINERS.has(w) || t.cap) return null;
      if (++unknown > 2) return null;
      continue;
    }
    const mods = toks.slice(a, j);
    const modCaps = mods.filter(isNameWord);
    const capWords = bareWords(modCaps);
    const hasCount = mods.some(isCount);
    // "analysis", "census" and "status" end in s and are one
    const plural = w.endsWith('s') && !/(?:ss|is|us)$/.test(w);
    if (RUMOUR_NOUNS.has(w)) return withFields(base, { kind: 'vague', vagueDocs: true, plural });
    if (DOCUMENT_NOUNS.has(w) || POST_NOUNS.has(w)) {
      if (isOutletName(capWords))
        return withFields(base, { kind: 'secondhand', outletNamed: true, report: true });
      // "local news reports", "media reports": outlets nobody names
      if (w.startsWith('report') && mods.some(isNewsModifier))
        return withFields(base, { kind: 'secondhand', anonOutlet: true, report: true, plural });
      // "according to reports": reports of nobody in particular
      if (w === 'reports' && j === a)
        return withFields(base, { kind: 'vague', vagueDocs: true, plural });
      const vagueDet = mods.some(isVagueDeterminer);
      if (vagueDet && (plural || w === 'research' || w === 'data')) {
        return withFields(base, { kind: 'vague', vagueDocs: true, plural: true });
      }
      if (POST_NOUNS.has(w) && !DOCUMENT_NOUNS.has(w))
        return withFields(base, { kind: 'vague', posts: true, plural });
      const definite = j > a && DEFINITE.has(toks[a].base) && j === a + 1;
      return {
        ...base,
        // "the paper" is a study or a newspaper: memory decides
        paper: definite && w === 'paper',
        kind: 'document',
        specific: modCaps.length > 0 || mods.some(isPossessive),
        report: true,
        backref: definite,
        plural,
      };
    }
    if (OUTLET_NOUNS.has(w) && j === b - 1) {
      // "the newspaper" points back to an outlet named before; "local media",
      // "state newspapers" name none
      const pointsBack = j > a && DEFINITE.has(toks[a].base) && !plural && w !== 'media';
      // "Russian state media", "Local newspapers": a demonym or a capital
      // that only opens the sentence names no outlet
      const naming = namingWords(modCaps, toks[0]);
      return {
        ...base,
        kind: 'secondhand',
        outletNamed: isOutletName(capWords),
        backref: !capWords.length && pointsBack,
        anonOutlet: !naming.length && !pointsBack && !mods.some(isPossessive),
      };
    }
    if (SPOKES_WORDS.has(w) || (w === 'secretary' && j > a && toks[j - 1].base === 'press')) {
      return withFields(base, { kind: 'official', spokes: true, specific: modCaps.length > 0 });
    }
    // "her mother", "the victim's husband": one identifiable person
    if (
      KIN_WORDS.has(w) &&
      j > a &&
      (DETERMINERS.has(toks[j - 1].base) || toks[j - 1].poss) &&
      !VAGUE_DETERMINERS.has(toks[j - 1].base)
    ) {
      const definite = toks[j - 1].base !== 'a' && toks[j - 1].base !== 'an';
      if (definite)
        return withFields(base, { kind: 'named', backref: true, plural: w === 'parents' });
    }
    if (ANONYMOUS_PEOPLE.has(w)) {
      const specific = modCaps.length > 0 || mods.some(isSpecificModifier);
      return {
        ...base,
        kind: 'anonymous',
        specific,
        several: hasCount,
        plural: plural || hasCount,
      };
    }
    if (VAGUE_PEOPLE.has(w)) {
      // "Mugabe's critics": defined by whom they oppose, still nobody in particular
      const stance = STANCE_GROUPS.has(w) && mods.some(isPossessive);
      if (!stance && modCaps.length && !modCaps.every(isCountry)) {
        return withFields(base, {
          kind: 'anonymous',
          specific: true,
          several: hasCount,
          plural: true,
        });
      }
      if (hasCount && !mods.some(isNumberWord)) {
        return withFields(base, { kind: 'anonymous', several: true, plural: true });
      }
      return withFields(base, { kind: 'vague', plural: true });
    }
    if (INSTITUTION_NOUNS.has(w))
      return withFields(base, { kind: 'official', backref: modCaps.length === 0 });
    if (ROLE_WORDS.has(w)) {
      const prev = j > a ? toks[j - 1].base : '';
      if (HIGH_OFFICE.has(w) || HIGH_OFFICE.has(`${prev} ${w}`)) {
        return withFields(base, { kind: 'named', backref: true, role: true });
      }
      if (DEFINITE.has(toks[a].base))
        return withFields(base, { kind: 'named', backref: true, role: true });
      return withFields(base, { kind: 'anonymous', specific: modCaps.length > 0 });
    }
    // "Republican senators said", "two candidates": unnamed people, as
    // "officials"; "the authors" points back to people met before, unknown here
    if (isRolePlural(w) && !DEFINITE.has(toks[a].base) && !mods.some(isPossessive)) {
      const specific = modCaps.length > 0 || mods.some(isSpecificModifier);
      return { ...base, kind: 'anonymous', specific, several: hasCount, plural: true };
    }
    if (DETERMINERS.has(w) || t.cap) return null;
    if (++unknown > 2) return null;
  }
  return null;
}

const atLeast = (toks: readonly Token[], a: number, b: number) =>
  toks[a].base === 'at' &&
  a + 1 < b &&
  (toks[a + 1].base === 'least' || toks[a + 1].base === 'most');

/** At most three words before the head, none a preposition. */
function plainRun(toks: readonly Token[], a: number, j: number): boolean {
  if (j - a > 3) return false;
  for (let k = a; k < j; k++) if (!toks[k].word || PREPOSITIONS.hasBase(toks[k])) return false;
  return true;
}

/** A noun that names a person by what they do or are, by its ending:
 * "designer", "investor", "socialist", "incumbent", "46-year-old". */
function agentNoun(w: string): boolean {
  if (w.length < 5 || NOT_AGENTS.has(w)) return false;
  if (/^\d+-year-old$/.test(w)) return true;
  return endsWithAny(w, AGENT_ENDINGS) && !w.endsWith('ment');
}

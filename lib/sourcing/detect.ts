// Finds the cues of one sentence and the source each one names: reporting
// verbs with their subject (before the verb, or after it when a quotation
// comes first), "according to" + source, "citing" links, hedges, reporting
// nouns and non-responses.
import { WordList } from './wordlists.ts';
import type { Kind } from './types.ts';
import { isCloseQuote, isQuoteMark, type Token } from './tokens.ts';
import type { NameBook } from './names.ts';
import { PhraseTrie } from './phrases.ts';
import { classifyPhrase, withFields, type SourceInfo } from './classify.ts';
import {
  APPOSITIVE_STARTERS,
  AUX_WORDS,
  DOCUMENT_NOUNS,
  HEDGE_MODALS,
  NP_BOUNDARY_WORDS,
  PERFORMATIVE_OBJECTS,
  FIGURE_OBJECTS,
  PHRASES,
  PUBLISH_PARTICIPLES,
  REPORTING_VERBS,
  ABBREVIATIONS,
  NOUN_LIKE_VERBS,
  ANONYMOUS_PEOPLE,
  VAGUE_PEOPLE,
  INSTITUTION_NOUNS,
  OUTLET_NOUNS,
  SPOKES_WORDS,
  NOT_NAME_WORDS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  REPORTING_NOUNS,
  THING_PRONOUNS,
  ROLE_WORDS,
  KIN_WORDS,
  STANCE_OBJECTS,
  OPINION_PARTICIPLES,
  WIRE_AGENCIES,
  type PhraseCue,
  type VerbInfo,
} from './lexicon.ts';

/** A cue found in a sentence, before scoring. */
export interface Draft {
  cueStart: number;
  cueEnd: number;
  /** Token index of the cue, to order cues in the sentence. */
  at: number;
  source: SourceInfo | null;
  /** Kinds of the chain links after the first (from "citing"). */
  links: SourceInfo[];
  role: 'verb' | 'according' | 'citing' | 'nonresponse' | 'hedge' | 'medium' | 'by' | 'document';
  verb?: VerbInfo;
  /** "no comment"-like cue that only counts when nothing else was said. */
  weakNonresponse?: boolean;
  /** A hedging modal near the cue ("could", "may"). */
  modal?: boolean;
  /** The channel, e.g. "in a statement". */
  medium?: string;
  /** The source comes after the cue ('"...," said X'). */
  inverted?: boolean;
  /** Kind forced by the cue itself (hedges, non-responses, custom cues). */
  forced?: Kind;
  /** A participle clause ("..., saying that"): only counts when no other cue
   * of the sentence comes before it. */
  clause?: boolean;
}

/** A new Draft with every field present (one hidden class: see newSource). */
export function newDraft(
  role: Draft['role'],
  cueStart: number,
  cueEnd: number,
  at: number,
  source: SourceInfo | null,
): Draft {
  return {
    cueStart,
    cueEnd,
    at,
    source,
    links: [],
    role,
    verb: undefined,
    weakNonresponse: undefined,
    modal: undefined,
    medium: undefined,
    inverted: undefined,
    forced: undefined,
    clause: undefined,
  };
}

const isReportingVerb = (t: Token): boolean => REPORTING_VERBS.has(t.lower);

// words too common to pick a sentence out by
const COMMON_WORDS = new Set([
  'would',
  'could',
  'made',
  'went',
  'point',
  'based',
  'information',
  'case',
  'have',
  'been',
]);
export function rarestWord(phrase: string): string {
  const words = phrase.split(' ');
  // a word that already picks sentences out (a reporting verb) costs nothing more
  for (const w of words) if (REPORTING_VERBS.has(w)) return w;
  // the longest uncommon word, else the longest word (the first of equals)
  let best = '';
  let bestGood = '';
  for (const w of words) {
    if (w.length > best.length) best = w;
    if (w.length > 3 && !COMMON_WORDS.has(w) && w.length > bestGood.length) bestGood = w;
  }
  return bestGood || best;
}

interface CueTables {
  /** The multi-word cue phrases. */
  trie: PhraseTrie<PhraseCue>;
  /** Every word that can start a cue: sentences without one are skipped. */
  triggerWords: readonly string[];
}

function buildCueTables(): CueTables {
  const trie = new PhraseTrie<PhraseCue>();
  for (const p of PHRASES) trie.add(p.phrase, p);
  const triggerWords = [
    ...new Set([
      ...REPORTING_VERBS.keys(),
      // for a phrase, its longest uncommon word ("statement" in "in a statement")
      ...PHRASES.map((p) => rarestWord(p.phrase)),
      ...DOCUMENT_NOUNS,
      ...REPORTING_NOUNS,
      // "seen as", "regarded as": see passiveOpinion
      ...OPINION_PARTICIPLES,
    ]),
  ];
  return { trie, triggerWords };
}

// Built on first use, not when the script loads: the content script runs on
// every page, and most pages are never analysed (building these was a third
// of its start-up).
let tables: CueTables | null = null;
const cueTables = (): CueTables => (tables ??= buildCueTables());

/** Every word that can start a cue: used to skip sentences with no cue at all. */
export function triggerWords(): readonly string[] {
  return cueTables().triggerWords;
}

const NOUN_DETERMINERS = new WordList([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'whose',
  'to',
  'no',
  'any',
  'first',
  'new',
]);
const RIGHT_BOUNDARY = new Set([
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
const RELATIVES = new WordList(['who', 'which', 'that']);
// verbs after which an inverted pronoun subject is usual: '"...," said he'
const SAY_FORMS = new WordList(['said', 'says', 'say', 'added', 'adds', 'wrote', 'writes']);
// "declare" also performs an act ("declared martial law"); see PERFORMATIVE_OBJECTS
const DECLARE_FORMS = new Set(['declare', 'declares', 'declared', 'declaring']);
/** ", who regard whales as their ancestors", ", which it views as a
 * bulwark": a view in the present tense inside a non-restrictive relative
 * clause describes a standing attitude of whoever it hangs on; the article
 * reports no claim with it. */
function standingView(toks: readonly Token[], i: number, lo: number): boolean {
  const w = toks[i].base;
  if (w.endsWith('ed') || w === 'saw') return false;
  for (let b = i - 1; b >= lo && b >= i - 3; b--) {
    const r = toks[b];
    if (!r.word) return false;
    if (r.base === 'who' || r.base === 'which')
      return b > lo && (toks[b - 1].text === ',' || DASHES.has(toks[b - 1].text));
  }
  return false;
}

const ARGUE_FORMS = new WordList(['argue', 'argues', 'argued', 'arguing']);
const DISPUTE_PREPOSITIONS = new Set(['over', 'about', 'with', 'among']);
// "add" also sums: "added 40 stores", "would add $1.5 trillion to the deficit"
const ADD_FORMS = new WordList(['add', 'adds', 'added', 'adding']);
const AMOUNT_START = /^[\d$£€¥]/;
const AMOUNT_WORDS = new Set(
  'hundreds thousands millions billions dozens another more nearly almost about roughly some'.split(
    ' ',
  ),
);
/** "added 40 stores", "add $1.5 trillion", "added nearly 300 jobs": an amount
 * right after "add" makes it arithmetic, not speech. */
function addsAmount(toks: readonly Token[], i: number, hi: number): boolean {
  let n = i + 1;
  if (n < hi && toks[n].word && AMOUNT_WORDS.has(toks[n].base) && !toks[n].quoted) {
    if (toks[n].base.endsWith('s') && toks[n].base !== 'some') return true;
    n++;
  }
  // but "added 40 percent of voters were undecided" reports a clause
  return (
    n < hi && !toks[n].quoted && AMOUNT_START.test(toks[n].text) && !finiteClauseAhead(toks, n, hi)
  );
}

/** "declared martial law", "declare a state of emergency": an act, no claim. */
function performs(toks: readonly Token[], i: number, hi: number): boolean {
  let n = i + 1;
  if (n < hi && toks[n].word && (toks[n].base === 'a' || toks[n].base === 'an')) n++;
  return n < hi && toks[n].word && !toks[n].quoted && PERFORMATIVE_OBJECTS.has(toks[n].base);
}
const COORDINATORS = new WordList(['and', 'but', 'or']);
const MAX_NP = 12;

// nouns that end in "-ly" like adverbs: "her family said", "the weekly reported"
const LY_NOUNS = new Set(
  (
    'family ally rally supply reply assembly anomaly monopoly bully belly jelly folly homily ' +
    'butterfly panoply daily weekly monthly quarterly'
  ).split(' '),
);
// the lexicon's nouns are nouns wherever they end: a new one ("tally") needs no
// entry here
const NOUN_LISTS: readonly ReadonlySet<string>[] = [
  DOCUMENT_NOUNS,
  REPORTING_NOUNS,
  INSTITUTION_NOUNS,
  OUTLET_NOUNS,
  ANONYMOUS_PEOPLE,
  VAGUE_PEOPLE,
  ROLE_WORDS,
  KIN_WORDS,
];
// A reporting verb that is also a noun ("a report", "a county tally"): on
// NOUN_LIKE_VERBS or on a lexicon noun list, so a new document noun needs no
// second entry.
const isNounLikeVerb = (t: Token) =>
  NOUN_LIKE_VERBS.hasLower(t) || DOCUMENT_NOUNS.hasLower(t) || REPORTING_NOUNS.hasLower(t);
const isAdverb = (t: Token) =>
  t.word &&
  !t.cap &&
  t.base.length > 4 &&
  t.base.endsWith('ly') &&
  !LY_NOUNS.has(t.base) &&
  !NOUN_LISTS.some((l) => l.has(t.base));
const isAbbrevDot = (toks: readonly Token[], k: number) =>
  !toks[k].word &&
  toks[k].text === '.' &&
  k > 0 &&
  toks[k - 1].word &&
  toks[k - 1].cap &&
  (ABBREVIATIONS.has(toks[k - 1].base) ||
    toks[k - 1].text.length === 1 ||
    toks[k - 1].text.includes('.'));

const isPeopleNoun = (t: Token) =>
  t.word && !t.cap && (ANONYMOUS_PEOPLE.has(t.base) || VAGUE_PEOPLE.has(t.base));

/** The noun at `m` ends a phrase of at most two words opening its clause
 * ("Military officers and ...", "Doctors and ..."), not an object deep
 * inside one ("He fired the aides and ..."). */
function opensClause(toks: readonly Token[], m: number, floor: number): boolean {
  return (
    clauseEdge(toks, m - 1, floor) ||
    (clauseEdge(toks, m - 2, floor) && !DETERMINER_WORDS.has(toks[m - 1].base))
  );
}
const clauseEdge = (toks: readonly Token[], k: number, floor: number) => k < floor || !toks[k].word;
/** A run of up to three capitalized words ending at `m` opens its clause. */
function nameOpensClause(toks: readonly Token[], m: number, floor: number): boolean {
  let k = m;
  while (k >= floor && m - k < 3 && toks[k].word && toks[k].cap) k--;
  return k < m && (k < floor || !toks[k].word);
}
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/** Collect a noun phrase leftwards ending at token `j` (inclusive); returns its first index. */
function collectLeft(toks: readonly Token[], j: number, floor: number): number {
  const w = toks[j];
  if (
    w.word &&
    (PERSON_PRONOUNS.hasBase(w) || PLURAL_PRONOUNS.hasBase(w) || THING_PRONOUNS.hasBase(w))
  ) {
    return j; // a pronoun is a whole noun phrase
  }
  let k = j;
  let n = 0;
  while (k >= floor && n < MAX_NP) {
    const t = toks[k];
    if (t.word) {
      if (t.quoted) break;
      // "Committee on Intelligence and Security": "and" inside a name
      const inName = t.base === 'and' && k > floor && toks[k - 1].cap && toks[k + 1]?.cap;
      // "military officers and government officials": two groups of people, one subject
      const bothPeople =
        t.base === 'and' &&
        k > floor &&
        k !== j &&
        isPeopleNoun(toks[k - 1]) &&
        isPeopleNoun(w) &&
        opensClause(toks, k - 1, floor);
      // "Parata and his family believe": a name and the family it heads
      const nameAndKin =
        t.base === 'and' &&
        k > floor &&
        k + 2 === j &&
        POSSESSIVE_PRONOUNS.has(toks[k + 1].base) &&
        KIN_WORDS.has(w.base) &&
        nameOpensClause(toks, k - 1, floor);
      // "sources close to the family": one phrase
      if (t.base === 'to' && k > floor && toks[k - 1].base === 'close' && k !== j) {
        k--;
        n++;
        continue;
      }
      if (NP_BOUNDARY_WORDS.hasBase(t) && k !== j && !inName && !bothPeople && !nameAndKin) break;
      if (NP_BOUNDARY_WORDS.hasBase(t) && k === j) return j + 1;
      if (isReportingVerb(t) && !isNounLikeVerb(t) && !t.cap && k !== j) break;
    } else if (!isAbbrevDot(toks, k)) break;
    k--;
    n++;
  }
  return k + 1;
}

/** Collect a noun phrase rightwards starting at `i`; returns its end (exclusive). */
function collectRight(toks: readonly Token[], i: number, ceil: number): number {
  let k = i;
  let n = 0;
  while (k < ceil && n < MAX_NP) {
    const t = toks[k];
    if (t.word) {
      const afterParticiple =
        k > i &&
        (PUBLISH_PARTICIPLES.hasBase(toks[k - 1]) ||
          toks[k - 1].base === 'posted' ||
          // "a report in the local press", "reports in a state newspaper"
          toks[k - 1].base === 'report' ||
          toks[k - 1].base === 'reports');
      const inName = t.base === 'and' && k > i && toks[k - 1].cap && toks[k + 1]?.cap;
      if (
        k > i &&
        RIGHT_BOUNDARY.has(t.base) &&
        !inName &&
        !(afterParticiple && (t.base === 'in' || t.base === 'on'))
      ) {
        break;
      }
      if (k === i && (t.base === 'that' || t.base === 'to')) break;
      if (
        isReportingVerb(t) &&
        !isNounLikeVerb(t) &&
        !PUBLISH_PARTICIPLES.has(t.lower) &&
        t.lower !== 'posted' &&
        !t.cap &&
        k > i
      ) {
        break;
      }
      if (isAdverb(t) && k > i) break;
    } else if (!isAbbrevDot(toks, k)) break;
    k++;
    n++;
  }
  return k;
}

function skipAuxLeft(toks: readonly Token[], j: number, floor: number): number {
  while (j >= floor && toks[j].word && (AUX_WORDS.hasBase(toks[j]) || isAdverb(toks[j]))) j--;
  return j;
}

interface Ctx {
  toks: readonly Token[];
  /** First and last (exclusive) token of the sentence. */
  lo: number;
  hi: number;
  book: NameBook;
}

/** The comma at `c` opens an appositive: "a Navy veteran", "who ...",
 * "52", "leader of the party". */
const startsAppositive = (toks: readonly Token[], c: number) =>
  c + 1 < toks.length &&
  (APPOSITIVE_STARTERS.has(toks[c + 1].base) ||
    /^\d/.test(toks[c + 1].text) ||
    (ROLE_WORDS.has(toks[c + 1].base) && !toks[c + 1].cap));

/** The subject after a cue spanning tokens [i, last] ('"...," said X'), if
 * any (see findSubject). */
function subjectAfter(
  ctx: Ctx,
  i: number,
  last: number,
  recipientAfter: boolean,
): SourceInfo | null {
  const { toks, book } = ctx;
  // "..., told Reuters": the phrase after "told" is who was told
  if (recipientAfter) return null;
  let s = last + 1;
  while (s < ctx.hi && toks[s].word && (AUX_WORDS.hasBase(toks[s]) || isAdverb(toks[s]))) s++;
  const e = collectRight(toks, s, ctx.hi);
  const r = classifyPhrase(toks, s, e, book);
  // '"...," he said' yes; "described it as" no: an object pronoun is not the source
  // and in '..., said he was appalled' the pronoun starts the reported clause
  if (r?.pronoun && (r.pronoun !== 'person' || !SAY_FORMS.hasBase(toks[i]))) return null;
  if (r?.pronoun && e < ctx.hi && toks[e].word) return null;
  // '..., said Russia would respond': the reported clause's subject
  if (r && e < ctx.hi && toks[e].word && CLAUSE_VERBS.has(toks[e].base)) return null;
  // '..., said Yoon’s "declaration ..."': a possessive is not a subject
  if (r && e > s && toks[e - 1].poss) return null;
  // '..., said a Pentagon spokesman, John Kirby': the name in apposition
  const person = r && (r.spokes || r.kind === 'anonymous' || r.kind === 'named');
  if (person && e + 1 < ctx.hi && toks[e].text === ',' && toks[e + 1].cap && toks[e + 1].word) {
    let n = e + 1;
    while (n < ctx.hi && toks[n].word && toks[n].cap && !toks[n].quoted) n++;
    const closes = n >= ctx.hi || !toks[n].word || RIGHT_BOUNDARY.has(toks[n].base);
    if (closes && n - e - 1 <= 4) {
      const named = classifyPhrase(toks, e + 1, n, book);
      if (named && (named.kind === 'named' || (named.kind === 'official' && !named.known)))
        return withFields(named, { kind: 'named' as const, role: true, known: true });
    }
  }
  return r;
}

/** The source of a cue spanning tokens [i, last]: its subject on the left, or
 * the phrase after it when a quotation or comma comes first. */
function findSubject(
  ctx: Ctx,
  i: number,
  last: number,
  recipientAfter = false,
): { src: SourceInfo | null; inverted: boolean } {
  const { toks, lo, book } = ctx;
  const j = skipAuxLeft(toks, i - 1, lo);
  if (
    j < lo ||
    isQuoteMark(toks[j]) ||
    toks[j].text === ',' ||
    toks[j].text === ':' ||
    toks[j].text === '—'
  ) {
    const r = subjectAfter(ctx, i, last, recipientAfter);
    if (r) return { src: r, inverted: true };
    if (j >= lo && toks[j].text === ',') {
      // an appositive: "Hicks, a Navy veteran, said"
      let p = j - 1;
      while (p > lo && toks[p].text !== ',' && !isQuoteMark(toks[p])) p--;
      // "Alverson, a commissioner on the X Commission, which has ..., described"
      // "a Navy veteran", "who ...", "52", "leader of the party"
      while (p > lo && toks[p].text === ',' && startsAppositive(toks, p)) {
        // "..., the source, who said ..., told": "who" follows the subject itself
        if (toks[p + 1].base === 'who') break;
        let q = p - 1;
        while (q > lo && toks[q].text !== ',' && !isQuoteMark(toks[q])) q--;
        if (q > lo && toks[q].text === ',' && startsAppositive(toks, q) && p - q < 20) p = q;
        else break;
      }
      // "The ministry, in a statement, said", "Police, however, said": a
      // parenthetical between the subject and its verb
      if (
        p > lo &&
        toks[p].text === ',' &&
        p + 1 < j &&
        j - p <= PARENTHETICAL_REACH &&
        toks[p + 1].word &&
        PARENTHETICAL_STARTERS.has(toks[p + 1].base) &&
        toks[p - 1].word &&
        !toks[p - 1].quoted
      ) {
        const s0 = collectLeft(toks, p - 1, lo);
        const src = s0 <= p - 1 ? classifyPhrase(toks, s0, p, book) : null;
        if (src && !src.pronoun) return { src, inverted: false };
      }
      // "her mother, Fiona, said", "The leader of the party, Ann Roe, said":
      // a name in apposition to the noun phrase before it
      if (p > lo && toks[p].text === ',' && p + 1 < j && !startsAppositive(toks, p)) {
        const named = appositiveName(ctx, p, j);
        if (named) return { src: named, inverted: false };
      }
      if (p > lo && toks[p].text === ',' && p + 1 < j) {
        if (startsAppositive(toks, p)) {
          const e = p - 1;
          const s = collectLeft(toks, e, lo);
          const src = classifyPhrase(toks, s, e + 1, book);
          if (src) return { src, inverted: false };
        }
      }
    }
    if (j >= lo && isQuoteMark(toks[j])) return { src: null, inverted: true };
    return { src: null, inverted: false };
  }
  const t = toks[j];
  if (!t.word) return { src: null, inverted: false };
  if (RELATIVES.hasBase(t)) {
    // "an Israeli prime minister who has declared": the antecedent
    let e = j - 1;
    if (e >= lo && toks[e].text === ',') e--;
    if (e < lo) return { src: null, inverted: false };
    const s = collectLeft(toks, e, lo);
    return { src: classifyPhrase(toks, s, e + 1, book), inverted: false };
  }
  if (COORDINATORS.hasBase(t)) {
    // "Russia ... and has insisted": the subject of the clause
    return { src: clauseSubject(ctx, j), inverted: false };
  }
  const s = collectLeft(toks, j, lo);
  if (s > j) return { src: null, inverted: false };
  // "Aides to the senator said", "The company linked to the scandal said":
  // the head before "to" is the subject, the rest its post-modifier
  const head = headBeforeTo(toks, s, lo);
  if (head >= 0) {
    const whole = classifyPhrase(toks, collectLeft(toks, head, lo), j + 1, book);
    if (whole) return { src: whole, inverted: false };
  }
  const src = classifyPhrase(toks, s, j + 1, book);
  if (!src && s - 1 > lo && RELATIVES.hasBase(toks[s - 1])) {
    // "The mother of a woman who took the pills has described how": the
    // relative clause ends at the verb, whose subject is its antecedent when
    // that opens the sentence
    const e = s - 2;
    const a = collectLeft(toks, e, lo);
    if (a === lo && a <= e) return { src: classifyPhrase(toks, a, e + 1, book), inverted: false };
  }
  return { src, inverted: false };
}

/** The head noun of a subject whose post-modifier opens with "to" (which
 * ends a noun phrase elsewhere): people or an organisation, right before
 * "to" or before a participle and "to" ("linked to", "close to"); -1 if none. */
function headBeforeTo(toks: readonly Token[], s: number, lo: number): number {
  if (s - 2 < lo || !toks[s - 1].word || toks[s - 1].base !== 'to') return -1;
  let h = s - 2;
  const p = toks[h];
  if (p.word && !p.cap && (p.base.endsWith('ed') || p.base === 'close') && h - 1 >= lo) h--;
  const t = toks[h];
  if (!t.word || t.cap || t.quoted) return -1;
  const w = t.base;
  return ANONYMOUS_PEOPLE.has(w) || VAGUE_PEOPLE.has(w) || INSTITUTION_NOUNS.has(w) ? h : -1;
}

/** The name between commas before a cue ("her mother, Fiona, said"), when
 * the commas enclose capitalized words only and a noun phrase comes first. */
function appositiveName(ctx: Ctx, p: number, j: number): SourceInfo | null {
  const { toks, lo, book } = ctx;
  if (j - p - 1 > 4 || !toks[p - 1].word || toks[p - 1].quoted) return null;
  for (let k = p + 1; k < j; k++) {
    const t = toks[k];
    // "her parents, Tom and Ann, said"
    const and = t.base === 'and' && k > p + 1 && k < j - 1;
    if (!(t.word && t.cap && !t.poss && !t.quoted) && !isAbbrevDot(toks, k) && !and) return null;
  }
  const src = classifyPhrase(toks, p + 1, j, book);
  if (!src || (src.kind !== 'named' && src.kind !== 'official')) return null;
  // a lone unknown name after a person ("her mother, Fiona") is that person's
  const head = toks[p - 1].base;
  const person = KIN_WORDS.has(head) || ROLE_WORDS.has(head) || ANONYMOUS_PEOPLE.has(head);
  if (src.kind === 'official' && !src.known && person) return withFields(src, { kind: 'named' });
  if (src.kind === 'official' && !src.known && lo >= p - 1) return null;
  return src;
}

/** The subject of the clause that ends before token `j`: the sentence's first
 * noun phrase after any opening phrase set off by a comma. */
const isHeadNoun = (w: string) =>
  ANONYMOUS_PEOPLE.has(w) ||
  VAGUE_PEOPLE.has(w) ||
  INSTITUTION_NOUNS.has(w) ||
  DOCUMENT_NOUNS.has(w) ||
  OUTLET_NOUNS.has(w) ||
  SPOKES_WORDS.has(w);

function clauseSubject(ctx: Ctx, j: number): SourceInfo | null {
  const { toks, lo, book } = ctx;
  let s = lo;
  // an opening phrase ("In Washington, ...") is set off by a comma; a name
  // followed by a comma ("Zimbabwe President Robert Mugabe, his wife and ...")
  // is the subject itself
  const first = toks[lo];
  const opener = !(first.word && first.cap && !NOT_NAME_WORDS.hasBase(first));
  for (let k = lo; k < j && opener; k++) {
    if (toks[k].text === ',' && k - lo < 8) {
      s = k + 1;
      break;
    }
  }
  while (s < j && (!toks[s].word || toks[s].quoted)) s++;
  if (s >= j) return null;
  // the first noun phrase only: a run of capitals, or words up to a known head
  let e = s;
  if (toks[s].cap) {
    while (e < j && toks[e].word && toks[e].cap) e++;
    // "White House press secretary Josh Earnest": a lower-case role (up to
    // three words, ending in a role word) and the name after it
    let r = e;
    while (r < j && r - e < 3 && toks[r].word && !toks[r].cap && !ROLE_WORDS.has(toks[r].base)) r++;
    if (r < j && toks[r].word && !toks[r].cap && ROLE_WORDS.has(toks[r].base)) {
      r++;
      if (r < j && toks[r].word && toks[r].cap) {
        e = r;
        while (e < j && toks[e].word && toks[e].cap) e++;
      }
    } else if (e < j && toks[e].word && isHeadNoun(toks[e].base)) {
      e++; // "Chinese officials", "Acme spokesman"
    }
  } else {
    while (e < j && e - s < 6 && toks[e].word && !isHeadNoun(toks[e].base)) e++;
    if (e < j && toks[e].word && isHeadNoun(toks[e].base)) e++;
    else return null;
    while (e < j && toks[e].word && toks[e].cap) e++;
  }
  // "The company's shares fell": what the head owns is the subject
  if (toks[e - 1].poss) return null;
  return classifyPhrase(toks, s, e, book);
}

/** For "it said" / "they said": an institution named earlier in the same
 * sentence ("Whole Foods was selling ..., prices it said were ..."). */
function antecedentInSentence(
  ctx: Ctx,
  before: number,
  pronoun: 'person' | 'plural' | 'thing',
): SourceInfo | undefined {
  if (pronoun === 'person') return undefined;
  const { toks, lo, book } = ctx;
  for (let k = before - 1; k >= lo; k--) {
    const t = toks[k];
    if (!t.word || !t.cap || t.quoted || NOT_NAME_WORDS.hasBase(t)) continue;
    let s = k;
    while (s > lo && toks[s - 1].word && toks[s - 1].cap && !toks[s - 1].poss) s--;
    const src = classifyPhrase(toks, s, k + 1, book);
    if (src && (src.kind === 'official' || src.kind === 'secondhand'))
      return withFields(src, { backref: true });
    k = s;
  }
  return undefined;
}

const TELL_FORMS = new WordList(['tell', 'tells', 'told']);
// auxiliaries and modals that make the phrase before them a clause's subject
const NOTHING = new WordList(['nothing', 'little', 'much']);
const CLAUSE_VERBS = new Set(
  'would will could can may might should must has have had is are was were'.split(' '),
);
// words that open a clause after "believe" / "think" ("experts believe the
// virus ...", "many think he ..."): determiners and subject pronouns
const CROWD_CLAUSE_STARTERS = new Set(
  'the a an this these those his her their its he she they it we there such most some many'.split(
    ' ',
  ),
);
// "has been accused", "were told": a passive, whose subject is not the speaker
const PASSIVE_BEFORE = new WordList(['been', 'being']);
const REPORT_FORMS = new WordList(['report', 'reports', 'reported']);
// "wrote about", "reported from Seoul", "wrote for the paper": an activity
const NO_CLAIM_AFTER = new WordList(['about', 'from', 'for', 'with']);
// "is saying", "were insisting", "has been warning"
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'am', "'s", "'re"]);
// words that end the object of "called X" or "saw X" before its complement
const CLAUSE_STOPS = new Set(['.', ',', ';', ':', '?', '!', '(', ')', '—', '–']);
const QUOTE_BEFORE_REACH = 4;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const DASHES = new Set(['—', '–']);
// words that open a parenthetical between a subject and its verb
const PARENTHETICAL_STARTERS = new Set(
  'in on at for after before during meanwhile however though too also like unlike speaking writing'.split(
    ' ',
  ),
);
const PARENTHETICAL_REACH = 12;
const OBJECT_REACH = 6;

/** Token index where a source phrase starts (by its text offset). */
function findStart(toks: readonly Token[], start: number, lo: number): number {
  let k = lo;
  while (k < toks.length && toks[k].start < start) k++;
  return k;
}

// participles that name a document's makers only: "a study led by"
const DOC_ONLY_PARTICIPLES = new Set(['led', 'carried', 'conducted']);
/** A document noun among the few words before `j` ("the survey was"). */
function documentBefore(toks: readonly Token[], j: number, lo: number): boolean {
  for (let k = j - 1; k >= lo && k >= j - 3; k--) if (DOCUMENT_NOUNS.hasBase(toks[k])) return true;
  return false;
}

/** Is the object of the verb at `i` a relative pronoun before its subject
 * ("the swings that many researchers link to")? */
function objectExtracted(toks: readonly Token[], i: number, lo: number): boolean {
  if (toks[i].base.endsWith('ed')) return false;
  for (let b = i - 1; b >= lo && b >= i - 4; b--) {
    const w = toks[b];
    if (!w.word) return false;
    if (w.base === 'that' || w.base === 'which' || w.base === 'what')
      return !(b > lo && toks[b - 1].word && PREPOSITION_BEFORE_RELATIVE.has(toks[b - 1].base));
  }
  return false;
}
const PREPOSITION_BEFORE_RELATIVE = new Set(['in', 'on', 'at', 'by', 'with', 'from', 'of', 'for']);

/** "Warming is to blame, scientists think, with ...", "It will pass, experts
 * believe.": a hedging verb set off by commas after the claim needs no
 * "that" (its clause came first). */
function parentheticalClause(
  toks: readonly Token[],
  i: number,
  n: number,
  hi: number,
  srcStart: number,
  lo: number,
): boolean {
  const after = n < hi ? toks[n].text : '.';
  if (after !== ',' && after !== '.' && !DASHES.has(after)) return false;
  const b = findStart(toks, srcStart, lo);
  if (b <= lo || b < i - 4) return false;
  const before = toks[b - 1].text;
  return before === ',' || DASHES.has(before);
}

/** "X tells us that": "us" is people at large when a claim follows ("that",
 * a colon), the writer and others when an event does ("told us about"). */
function isUsGeneric(toks: readonly Token[], k: number, hi: number): boolean {
  if (toks[k].base !== 'us') return false;
  const n = toks[k + 1];
  return !n || k + 1 >= hi || n.base === 'that' || n.text === ':';
}

/** "believe whale oil could be used": a hedging verb whose "that" was left
 * out, seen by a short noun phrase and then a finite or modal verb. "believe
 * in God", "think the world of him", "expect more rain" have none. */
function finiteClauseAhead(toks: readonly Token[], n: number, hi: number): boolean {
  if (n >= hi || !toks[n].word || NOT_CLAUSE_OPENERS.has(toks[n].base)) return false;
  for (let k = n + 1; k < hi && k <= n + CLAUSE_SUBJECT_REACH; k++) {
    const t = toks[k];
    if (!t.word || t.quoted) return false;
    if (CLAUSE_VERBS.has(t.base)) return true;
    if (PREPOSITION_BEFORE_RELATIVE.has(t.base) || NP_BOUNDARY_WORDS.hasBase(t)) {
      if (t.base !== 'and' && t.base !== 'of') return false;
    }
  }
  return false;
}
// the subject of a clause with "that" left out is at most this many words
const CLAUSE_SUBJECT_REACH = 5;
// words after "believe" that open no clause: "believe in", "think about"
const NOT_CLAUSE_OPENERS = new Set(
  'in about of so to for it this that what how why when if not'.split(' '),
);

/** A verb with a frame (see verbFrameOk) is never followed by its subject:
 * in "..., called the plan 'a disaster'" the phrase after it is its object. */
function hasFrame(w: string): boolean {
  const v = REPORTING_VERBS.get(w);
  return !!v && !!(v.needsAs || v.needsQuote || v.stanceObject || v.figureObject || v.needsTo);
}
// verbs whose next noun phrase is their object, never an inverted subject
const OBJECT_VERBS = new Set(
  (
    'urge urges urged accuse accuses accused blame blames blamed condemn condemns condemned ' +
    'denounce denounces denounced caution cautions cautioned describe describes described'
  ).split(' '),
);
// words that may follow a reporting noun used as such ("the agency's warning
// that", "his comments on"); anything else makes it a compound ("warning system")
const AFTER_REPORTING_NOUN = new Set(
  (
    'that on about of to in was is were are has had have for against over at from by and or ' +
    'but which this the a came comes echoed'
  ).split(' '),
);
function compoundHead(toks: readonly Token[], n: number, hi: number): boolean {
  if (n >= hi || !toks[n].word || toks[n].cap) return false;
  const w = toks[n].base;
  return !AFTER_REPORTING_NOUN.has(w) && !REPORTING_VERBS.has(w);
}

/** A verb whose flags ask for a frame around it: "saw it as", "called the
 * plan 'reckless'", '"...," he continued', "defended his decision". */
function verbFrameOk(
  toks: readonly Token[],
  i: number,
  hi: number,
  lo: number,
  info: VerbInfo,
): boolean {
  if (info.needsAs || info.needsQuote || info.needsTo) {
    let found = false;
    let reach = i + OBJECT_REACH;
    for (let n = i + 1; n < hi && n <= reach; n++) {
      let t = toks[n];
      // "regard New Zealand – or Aotearoa – as": a parenthetical between dashes
      if (DASHES.has(t.text)) {
        let m = n + 1;
        while (m < hi && m <= n + PARENTHETICAL_REACH && !DASHES.has(toks[m].text)) m++;
        if (m < hi && DASHES.has(toks[m].text)) {
          reach += m - n + 1;
          n = m + 1;
          if (n >= hi) break;
          t = toks[n];
        }
      }
      if (info.needsTo && t.word && t.base === 'to' && !t.quoted) {
        // "link to" right after the verb only when its object moved out front
        // ("the swings that researchers link to"): "linked to the gang" is a
        // passive, "Emery links to an article" a hyperlink
        found = n > i + 1 || objectExtracted(toks, i, lo);
        break;
      }
      if (info.needsQuote && isQuoteMark(t)) {
        found = true;
        break;
      }
      if (info.needsAs && t.word && t.base === 'as' && !t.quoted) {
        // "saw as many as 40": a comparison, not a view; "saw its shares rise
        // as investors cheered": "as" opens a clause after a longer object
        const c = toks[n + 2];
        const nx = toks[n + 1];
        const clause =
          nx &&
          n + 1 < hi &&
          nx.word &&
          (SUBJECT_PRONOUNS.has(nx.base) ||
            (!NOUN_DETERMINERS.hasBase(nx) &&
              c &&
              n + 2 < hi &&
              c.word &&
              (c.base.endsWith('ed') || CLAUSE_VERBS.has(c.base))));
        found = !(c && n + 2 < hi && c.word && c.base === 'as') && !clause;
        break;
      }
      // "called the debt and deficit 'the issue'": a coordinated object
      if (info.needsQuote && t.word && (t.base === 'and' || t.base === 'or') && n > i + 1) {
        const nx = toks[n + 1];
        if (nx && n + 1 < hi && nx.word && !nx.quoted && !SUBJECT_PRONOUNS.has(nx.base)) continue;
      }
      if (CLAUSE_STOPS.has(t.text) || (t.word && NP_BOUNDARY_WORDS.hasBase(t))) break;
    }
    if (!found) return false;
  }
  if (info.afterQuote) {
    let found = false;
    for (let b = i - 1; b >= lo && b >= i - QUOTE_BEFORE_REACH; b--) {
      if (isQuoteMark(toks[b])) found = true;
    }
    const n = toks[i + 1];
    if (n && i + 1 < hi && (n.text === ':' || isQuoteMark(n))) found = true;
    if (!found) return false;
  }
  if (info.figureObject) {
    // "compiled the number of potholes", "tallied figures", "compiled a list"
    let n = i + 1;
    if (n < hi && toks[n].word && DETERMINER_WORDS.has(toks[n].base)) n++;
    if (!(n < hi && toks[n].word && FIGURE_OBJECTS.has(toks[n].base))) return false;
  }
  if (info.stanceObject) {
    let found = false;
    for (let n = i + 1; n < hi && n <= i + 3; n++) {
      const t = toks[n];
      if (!t.word) break;
      if (STANCE_OBJECTS.has(t.base)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const AGENT_REACH = 12;

/** An opinion stated in the passive: "has been hailed as a model" (nobody
 * holds it: vague), "seen by many Africans as a hero", "described as
 * 'reckless' by the union" (the agent holds it). Active uses ("police
 * described the man as ...") are left to the verb path. */
function passiveOpinion(ctx: Ctx, i: number): Draft | null {
  const { toks, lo, hi, book } = ctx;
  const t = toks[i];
  const next = toks[i + 1];
  if (!next.word || (next.base !== 'as' && next.base !== 'by')) return null;
  // passive: a form of "be", a comma or an opening before it ("a move seen
  // as"), never a subject that could be the verb's ("police described ... as")
  let b = i - 1;
  while (
    b >= lo &&
    toks[b].word &&
    (isAdverb(toks[b]) || AUX_WORDS.hasBase(toks[b])) &&
    !BE_FORMS.has(toks[b].base)
  )
    b--;
  const be = b >= lo && toks[b].word && BE_FORMS.has(toks[b].base);
  if (!be && b >= lo && toks[b].word && t.base !== 'seen') {
    const f = findSubject(ctx, i, i);
    if (f.src) return null;
  }
  let agent: SourceInfo | null = null;
  let last = i + 1;
  if (next.base === 'by') {
    const e = collectRight(toks, i + 2, hi);
    agent = classifyPhrase(toks, i + 2, e, book);
    // "seen by Reuters" alone is access, not opinion: an "as" must follow
    if (!agent || e >= hi || !toks[e].word || (toks[e].base !== 'as' && toks[e].base !== 'to'))
      return null;
    last = e;
  } else {
    // "seen as many as 40": a comparison; "seen as he left": a time clause
    const c = toks[i + 3];
    if (c && i + 3 < hi && c.word && c.base === 'as') return null;
    const n2 = toks[i + 2];
    if (
      n2 &&
      i + 2 < hi &&
      n2.word &&
      (PERSON_PRONOUNS.hasBase(n2) ||
        PLURAL_PRONOUNS.hasBase(n2) ||
        THING_PRONOUNS.hasBase(n2) ||
        n2.base === 'you')
    )
      return null;
    for (let k = i + 2; k < hi && k <= i + AGENT_REACH; k++) {
      const w = toks[k];
      if (CLAUSE_STOPS.has(w.text) || (w.word && !w.quoted && RELATIVES.hasBase(w))) break;
      if (w.word && !w.quoted && w.base === 'by') {
        const e = collectRight(toks, k + 1, hi);
        agent = classifyPhrase(toks, k + 1, e, book);
        break;
      }
    }
  }
  if (agent && !agent.pronoun) return newDraft('by', t.start, toks[last].end, i, agent);
  const d = newDraft('hedge', t.start, toks[last].end, i, null);
  d.forced = 'vague';
  return d;
}

/** "told Reuters", "told the BBC": the claim reaches us through that outlet,
 * a further link of the chain. */
function outletTold(toks: readonly Token[], n: number, hi: number, book: NameBook): SourceInfo[] {
  // the recipient's name: "the" and a run of capitals ("told the AP that")
  let s = n;
  if (s < hi && toks[s].word && toks[s].base === 'the') s++;
  let e = s;
  while (e < hi && toks[e].word && toks[e].cap) e++;
  if (e === s) return [];
  // only news agencies: a paper quoting "told Reuters" relays the agency's
  // reporting, whereas "told ABC News" is most often ABC's own story
  const words: string[] = [];
  for (let k = s; k < e; k++) words.push(toks[k].base);
  if (!WIRE_AGENCIES.has(words.join(' '))) return [];
  const r = classifyPhrase(toks, s, e, book);
  return r && r.kind === 'secondhand' ? [r] : [];
}
const PASSIVE_AUX = new WordList(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const WRITE_FORMS = new WordList(['write', 'writes', 'wrote']);
const THING_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'my',
  'our',
]);
const RECIPIENTS = new Set([
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
]);

/** "told reporters", "told the BBC", "told her": yes; "told the story": no. */
function toldSomeone(toks: readonly Token[], n: number, hi: number): boolean {
  if (n >= hi || !toks[n].word) return true; // '..., he told.' or a quotation follows
  if (!THING_DETERMINERS.has(toks[n].base) || toks[n].base === 'that') return true;
  const head = toks[n + 1];
  if (!head || n + 1 >= hi || !head.word) return true;
  if (head.cap) return true; // "told the BBC"
  // "told her they were fine": "her" is the one told
  if (
    PERSON_PRONOUNS.hasBase(head) ||
    PLURAL_PRONOUNS.hasBase(head) ||
    THING_PRONOUNS.hasBase(head)
  )
    return true;
  if (head.base === 'that' || head.base === 'there') return true;
  return (
    RECIPIENTS.has(head.base) ||
    ANONYMOUS_PEOPLE.has(head.base) ||
    VAGUE_PEOPLE.has(head.base) ||
    INSTITUTION_NOUNS.hasBase(head)
  );
}

function nearModal(toks: readonly Token[], i: number, lo: number): boolean {
  for (let k = Math.max(lo, i - 3); k < i; k++) if (HEDGE_MODALS.hasBase(toks[k])) return true;
  return false;
}

/** "Support is falling, the poll shows.": the verb at `i` ends the sentence
 * and its subject (from token `b`) follows a comma, so it reports the clause
 * before the comma; "show", "report" or "count" there is no noun. */
function closesAfterComma(
  toks: readonly Token[],
  i: number,
  hi: number,
  b: number,
  lo: number,
): boolean {
  const n = toks[i + 1];
  const ends = i + 1 >= hi || (!n.word && SENTENCE_ENDS.has(n.text)) || isCloseQuote(n);
  if (!ends || b <= lo) return false;
  // the comma may sit inside a closing quotation mark: '"…falling," the poll shows'
  const c = isQuoteMark(toks[b - 1]) && b - 1 > lo ? b - 2 : b - 1;
  return toks[c].text === ',';
}
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** All cues of the sentence made of tokens [lo, hi). */
export function detectSentence(
  toks: readonly Token[],
  lo: number,
  hi: number,
  book: NameBook,
): Draft[] {
  const ctx: Ctx = { toks, lo, hi, book };
  const drafts: Draft[] = [];
  const { trie } = cueTables();
  for (let i = lo; i < hi; i++) {
    const t = toks[i];
    if (!t.word) continue;
    const pm = trie.match(toks, i, hi);
    // inside a quotation only a quoted answer counts ("said he had “no comment”")
    if (pm && (!t.quoted || (pm.value.role === 'nonresponse' && t.base === 'no'))) {
      const cue = pm.value;
      const last = pm.last;
      const cueStart = t.start;
      const cueEnd = toks[last].end;
      const d = newDraft(cue.role, cueStart, cueEnd, i, null);
      switch (cue.role) {
        case 'according':
        case 'citing':
        case 'by': {
          const e = collectRight(toks, last + 1, hi);
          d.source = classifyPhrase(toks, last + 1, e, book);
          if (!d.source) continue;
          // "based on data from ...", not "based on the levels of ..."
          if (
            cue.phrase === 'based on' &&
            d.source.kind !== 'document' &&
            d.source.kind !== 'secondhand'
          )
            continue;
          break;
        }
        case 'nonresponse': {
          d.forced = 'non-response';
          d.weakNonresponse = cue.phrase === 'for comment';
          const j = skipAuxLeft(toks, i - 1, lo);
          if (j >= lo && toks[j].word && !toks[j].quoted) {
            const s = collectLeft(toks, j, lo);
            if (s <= j) d.source = classifyPhrase(toks, s, j + 1, book);
          }
          break;
        }
        case 'hedge':
          d.forced = 'vague';
          break;
        case 'medium':
          d.medium = cue.phrase.replace(/^in (a|an) /, '');
          break;
        case 'verb': {
          const f = findSubject(ctx, i, last);
          if (!f.src) {
            i = last;
            continue;
          }
          d.source = f.src;
          d.inverted = f.inverted;
          d.verb = cue.info ?? {};
          break;
        }
      }
      drafts.push(d);
      i = last;
      continue;
    }
    if (t.quoted) continue;
    // "was hailed as", "seen by many as", "described as 'X' by the union"
    if (OPINION_PARTICIPLES.hasBase(t) && i + 1 < hi) {
      const d = passiveOpinion(ctx, i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    // the passive with its agent: "was published by X", "were confirmed by X"
    if (
      i > lo &&
      i + 2 < hi &&
      toks[i + 1].base === 'by' &&
      PASSIVE_AUX.hasBase(toks[i - 1]) &&
      (PUBLISH_PARTICIPLES.hasBase(t) ||
        (REPORTING_VERBS.has(t.base) && t.base.endsWith('ed') && !hasFrame(t.base))) &&
      // "the scientists were led by X" is no document; "a study led by X" is
      (!DOC_ONLY_PARTICIPLES.has(t.base) || documentBefore(toks, i - 1, lo))
    ) {
      const e = collectRight(toks, i + 2, hi);
      const src = classifyPhrase(toks, i + 2, e, book);
      if (src && !src.pronoun) {
        drafts.push(newDraft('by', t.start, toks[i + 1].end, i, src));
        i++;
        continue;
      }
    }
    let info = REPORTING_VERBS.get(t.lower);
    if (info && t.cap) info = undefined;
    // "are insisting", "was telling": a progressive is a finite verb whose
    // subject stands before the auxiliary; "..., saying that": a participle
    // clause whose subject is the main clause's
    let progressive = -1;
    let clause = false;
    if (info?.participle) {
      let b = i - 1;
      while (b > lo && isAdverb(toks[b])) b--;
      // "is saying nothing" says nothing
      const n = toks[i + 1];
      const nothing = n && i + 1 < hi && n.word && NOTHING.hasBase(n);
      if (b >= lo && toks[b].word && PROGRESSIVE_AUX.has(toks[b].base) && !nothing) progressive = b;
      else if (b >= lo && toks[b].text === ',' && b > lo) clause = true;
      else info = undefined;
    }
    // "the report", "a Reuters report citing": a noun, not a verb
    if (info && i > lo && toks[i - 1].word && NOUN_DETERMINERS.hasBase(toks[i - 1]))
      info = undefined;
    let nounLike = false;
    if (info && isNounLikeVerb(t)) {
      let n = i + 1;
      while (n < hi && isAdverb(toks[n])) n++;
      const nt = toks[n];
      nounLike = !(
        nt &&
        n < hi &&
        (nt.base === 'that' || nt.text === ':' || nt.text === ',' || isQuoteMark(nt))
      );
    }
    if (info) {
      if (i > lo && toks[i - 1].word && toks[i - 1].base === 'not') continue; // "did not say"
      // "told the story", "wrote a letter": an object, not a claim
      const telling = TELL_FORMS.hasBase(t) || t.base === 'telling';
      if ((telling || WRITE_FORMS.hasBase(t)) && !toldSomeone(toks, i + 1, hi)) continue;
      // "wrote about banking", "reported from Seoul" (a byline), "spoke with":
      // the activity, no claim
      if (
        (WRITE_FORMS.hasBase(t) || REPORT_FORMS.hasBase(t)) &&
        i + 1 < hi &&
        NO_CLAIM_AFTER.hasBase(toks[i + 1])
      )
        continue;
      if (!verbFrameOk(toks, i, hi, lo, info)) continue;
      if (DECLARE_FORMS.has(t.base) && performs(toks, i, hi)) continue;
      if (ADD_FORMS.hasBase(t) && addsAmount(toks, i, hi)) continue;
      // "argued over why", "argued with his wife": a dispute, no claim stated
      if (
        ARGUE_FORMS.hasBase(t) &&
        i + 1 < hi &&
        toks[i + 1].word &&
        DISPUTE_PREPOSITIONS.has(toks[i + 1].base)
      )
        continue;
      if (info.needsAs && standingView(toks, i, lo)) continue;
      // "say little about", "said nothing": no claim
      if (SAY_FORMS.hasBase(t) && i + 1 < hi && NOTHING.hasBase(toks[i + 1])) continue;
      if (
        progressive < 0 &&
        i > lo &&
        toks[i - 1].word &&
        PASSIVE_BEFORE.hasBase(toks[i - 1]) &&
        t.base.endsWith('ed')
      )
        continue;
      const f = clause
        ? { src: clauseSubject(ctx, i - 1), inverted: false }
        : progressive >= 0
          ? findSubject(ctx, progressive, i)
          : findSubject(ctx, i, i, telling || hasFrame(t.lower) || OBJECT_VERBS.has(t.lower));
      const src = f.src;
      if (!src) continue;
      // "what Apple calls 'spatial' photos": a name for a thing, not a claim
      if (info.needsQuote || t.base === 'calling') {
        const b = findStart(toks, src.start, lo);
        if (b > lo && toks[b - 1].word && toks[b - 1].base === 'what') continue;
      }
      // "the company claims its ...": a verb only after a subject we recognise
      const nextWord = i + 1 < hi && toks[i + 1].word;
      // a verb form agrees with its subject: "the agency reports", "filings show"
      const agrees = t.lower.endsWith('s') ? !src.plural : !!src.plural;
      if (nounLike && closesAfterComma(toks, i, hi, findStart(toks, src.start, lo), lo))
        nounLike = !agrees;
      if (nounLike && (!src.known || f.inverted || !nextWord || !agrees)) continue;
      // "as Mashable reports": an unfamiliar name that reports is an outlet
      if (REPORT_FORMS.hasBase(t) && src.kind === 'official' && !src.known) {
        src.kind = 'secondhand';
        src.outletNamed = true;
      }
      // "PlutoPete told me": an unfamiliar name that talked to the writer is
      // a person (a user name, a nickname), not an organisation
      if (
        telling &&
        src.kind === 'official' &&
        !src.known &&
        i + 1 < hi &&
        (toks[i + 1].base === 'me' || toks[i + 1].base === 'us') &&
        !isUsGeneric(toks, i + 1, hi)
      )
        src.kind = 'named';
      const k = src.kind;
      const docLike = k === 'document' || k === 'secondhand' || src.pronoun === 'thing';
      if (info.docOnly && !docLike && !(k === 'official' && src.backref)) continue;
      if (info.needsThat && !docLike) {
        let n = i + 1;
        while (n < hi && isAdverb(toks[n])) n++;
        const nt = toks[n];
        // "found that", "believes:", "advised stuffing", "warned against"
        // "experts believe the damage is lasting": a crowd's opinion needs no
        // "that" (but "believe in", "think so", "expect more" are not claims)
        const crowd =
          info.hedge &&
          (k === 'vague' || k === 'anonymous') &&
          !src.pronoun &&
          nt?.word &&
          n < hi &&
          (CROWD_CLAUSE_STARTERS.has(nt.base) || nt.cap);
        const ok =
          (info.hedge && !src.pronoun && parentheticalClause(toks, i, n, hi, src.start, lo)) ||
          (info.hedge && finiteClauseAhead(toks, n, hi) && !objectExtracted(toks, i, lo)) ||
          (n < hi &&
            (nt.base === 'that' ||
              nt.text === ':' ||
              nt.base === 'against' ||
              crowd ||
              (nt.word && nt.base.length > 5 && nt.base.endsWith('ing'))));
        if (!ok) continue;
      }
      // looked for only now that the cue is kept (nothing above reads it)
      if (src.pronoun) src.antecedent = antecedentInSentence(ctx, i, src.pronoun);
      // the source must not be the object of an earlier clause inside a quotation
      const d = newDraft('verb', t.start, t.end, i, src);
      if (telling) d.links = outletTold(toks, i + 1, hi, book);
      d.verb = info;
      d.inverted = f.inverted;
      d.modal = nearModal(toks, i, lo);
      d.clause = clause;
      drafts.push(d);
      continue;
    }
    if (REPORTING_NOUNS.hasBase(t) && !t.cap && !compoundHead(toks, i + 1, hi)) {
      // "the administration's first comments": a possessive source before the noun
      for (let k = i - 1; k >= Math.max(lo, i - 3); k--) {
        const p = toks[k];
        if (!p.word) break;
        if (!p.poss) continue;
        const s = collectLeft(toks, k, lo);
        const src = classifyPhrase(toks, s, k + 1, book);
        if (src && src.known && !src.pronoun && src.kind !== 'document') {
          drafts.push(newDraft('verb', t.start, t.end, i, src));
        }
        break;
      }
      continue;
    }
    if (DOCUMENT_NOUNS.hasBase(t) && !t.cap) {
      // "a report released by ...", "a study published in ...", "data from ..."
      const n1 = toks[i + 1];
      const n2 = toks[i + 2];
      if (!n1 || i + 1 >= hi || !n1.word) continue;
      const published =
        PUBLISH_PARTICIPLES.hasBase(n1) &&
        n2 &&
        i + 2 < hi &&
        n2.word &&
        ['by', 'in', 'on', 'last', 'this', 'earlier', 'at'].includes(n2.base);
      const from =
        n1.base === 'from' && n2 && i + 2 < hi && n2.word && (n2.cap || n2.base === 'the');
      if (!published && !from) continue;
      let s = i;
      while (
        s > lo &&
        toks[s - 1].word &&
        !toks[s - 1].quoted &&
        !NP_BOUNDARY_WORDS.hasBase(toks[s - 1]) &&
        i - s < 6 &&
        !isReportingVerb(toks[s - 1])
      )
        s--;
      const agentStart = published ? i + 3 : i + 2;
      let e = collectRight(toks, agentStart, hi);
      // "data from the Census Bureau shows ...": the agent ends at the verb
      for (let q = agentStart; q < e; q++) {
        if (isReportingVerb(toks[q]) && !toks[q].cap) {
          e = q;
          break;
        }
      }
      const src = classifyPhrase(toks, s, Math.max(e, i + 1), book);
      if (!src || (src.kind !== 'document' && src.kind !== 'secondhand')) continue;
      drafts.push(newDraft('document', t.start, toks[i + 1].end, i, src));
    }
  }
  return merge(drafts);
}

// What merge asks of drafts, as functions made once: closures made inside it
// would get optimised code of their own, thrown away with each call's context.
const isMedium = (d: Draft) => d.role === 'medium';
const notMedium = (d: Draft) => d.role !== 'medium';
const isCiting = (d: Draft) => d.role === 'citing';
const isNonresponse = (d: Draft) => d.forced === 'non-response';
const notNonresponse = (d: Draft) => d.forced !== 'non-response';
const isStrong = (d: Draft) => !d.weakNonresponse;
const isSpoken = (d: Draft) => d.role === 'verb' || d.role === 'according';

/** A participle clause after a cue that has a source: it only echoes that cue. */
function isEcho(drafts: readonly Draft[], d: Draft): boolean {
  if (!d.clause) return false;
  for (const o of drafts) if (o !== d && o.at < d.at && !o.forced && o.source) return true;
  return false;
}

/** The cue of `d` lies inside the source of another draft (and not the other way round). */
function isInside(drafts: readonly Draft[], d: Draft): boolean {
  for (const o of drafts) {
    if (
      o !== d &&
      o.source &&
      o.source.start <= d.cueStart &&
      o.source.end >= d.cueEnd &&
      !(d.source && d.source.start <= o.cueStart && d.source.end >= o.cueEnd)
    )
      return true;
  }
  return false;
}

/** The cue of `d` lies inside the source of one of `drafts`. */
function inSourceOf(drafts: readonly Draft[], d: Draft): boolean {
  for (const o of drafts)
    if (o.source && o.source.start <= d.cueStart && o.source.end >= d.cueEnd) return true;
  return false;
}

/** The last of `drafts` before token `at` whose role is `role` (any role if null). */
function lastBefore(drafts: readonly Draft[], at: number, role: Draft['role'] | null) {
  let last: Draft | undefined;
  for (const m of drafts) if (m.at < at && (role === null || m.role === role)) last = m;
  return last;
}

/** The cue that a "citing" draft `d` adds a link to: the last main cue
 * before it, else the first one after it. */
function citingHost(drafts: readonly Draft[], d: Draft): Draft | undefined {
  let before: Draft | undefined;
  let after: Draft | undefined;
  for (const m of drafts) {
    if (m.role === 'citing' || m === d || m.forced) continue;
    if (m.at < d.at) before = m;
    else if (!after && m.at > d.at) after = m;
  }
  return before ?? after;
}

/** Tie the cues of one sentence together: chains, channels, non-responses. */
function merge(drafts: Draft[]): Draft[] {
  if (drafts.length <= 1) {
    if (drafts.length === 1 && drafts[0].role === 'medium') return [];
    return drafts;
  }
  // "X condemned the attack, saying ...": the participle adds nothing to X's cue
  const echoes: Draft[] = [];
  for (const d of drafts) if (isEcho(drafts, d)) echoes.push(d);
  if (echoes.length) {
    const rest: Draft[] = [];
    for (const d of drafts) if (!echoes.includes(d)) rest.push(d);
    drafts = rest;
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    if (isInside(drafts, d) && d.role !== 'nonresponse' && d.role !== 'hedge') continue;
    if (d.role === 'document' && inSourceOf(out, d)) continue;
    out.push(d);
  }
  // a channel ("in a statement") belongs to the verb cue before it
  for (const d of out.filter(isMedium)) {
    const host = lastBefore(out, d.at, 'verb');
    if (host) {
      host.medium = d.medium;
      // the cue grows to "said in a statement", not over a participle clause
      let echoBetween = false;
      for (const c of echoes) if (c.at > host.at && c.at < d.at) echoBetween = true;
      if (!echoBetween) host.cueEnd = Math.max(host.cueEnd, d.cueEnd);
    }
  }
  let res = out.filter(notMedium);
  // "citing X" is a further link of the cue before it (or after it)
  for (const d of res.filter(isCiting)) {
    const host = citingHost(res, d);
    if (host && d.source) {
      host.links.push(d.source);
      d.role = 'medium'; // mark absorbed
    }
  }
  res = res.filter(notMedium);
  // a non-response swallows the cue that introduces it ("said he had no
  // information to offer"); "for comment" counts only when nobody answered
  const nonresp = res.filter(isNonresponse);
  if (nonresp.length) {
    const strong = nonresp.filter(isStrong);
    const keep = strong[0] ?? nonresp[0];
    const verbs = res.filter(isSpoken);
    if (!strong.length && verbs.length) {
      res = res.filter(notNonresponse);
    } else {
      const host = lastBefore(verbs, keep.at, null);
      if (host) {
        if (!keep.source || keep.source.pronoun) keep.source = host.source ?? keep.source;
      }
      const kept: Draft[] = [];
      for (const d of res)
        if (d !== host && (d.forced !== 'non-response' || d === keep)) kept.push(d);
      res = kept;
    }
  }
  return res;
}

// Noun phrases: where a source phrase begins and ends around a cue
// (collectLeft, collectRight), and the word classes that bound it.
import { type Token } from '../tokens.ts';

import {
  ABBREVIATIONS,
  ANONYMOUS_PEOPLE,
  APPOSITIVE_PARTICIPLES,
  APPOSITIVE_STARTERS,
  ARTICLES,
  ARTICLE_QUANTIFIERS,
  COUNT_COMPARATIVES,
  AUX_WORDS,
  BRACKET_REACH,
  DETERMINER_WORDS,
  DOCUMENT_NOUNS,
  INSTITUTION_NOUNS,
  KIN_WORDS,
  LY_NOUNS,
  MAX_NP,
  NOUN_LIKE_VERBS,
  NP_BOUNDARY_WORDS,
  OUTLET_NOUNS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PUBLISH_PARTICIPLES,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  RIGHT_BOUNDARY,
  ROLE_PREPOSITIONS,
  ROLE_WORDS,
  THING_PRONOUNS,
  VAGUE_PEOPLE,
} from '../lexicon/index.ts';

export const isReportingVerb = (t: Token): boolean => REPORTING_VERBS.has(t.lower);

// the lexicon's nouns are nouns wherever they end: a new one ("tally") needs no
// entry here
export const NOUN_LISTS: readonly ReadonlySet<string>[] = [
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
export const isNounLikeVerb = (t: Token) =>
  NOUN_LIKE_VERBS.hasLower(t) || DOCUMENT_NOUNS.hasLower(t) || REPORTING_NOUNS.hasLower(t);
export const isAdverb = (t: Token) =>
  t.word &&
  !t.cap &&
  t.base.length > 4 &&
  t.base.endsWith('ly') &&
  !LY_NOUNS.has(t.base) &&
  !NOUN_LISTS.some((l) => l.has(t.base));
export const isAbbrevDot = (toks: readonly Token[], k: number) =>
  !toks[k].word &&
  toks[k].text === '.' &&
  k > 0 &&
  toks[k - 1].word &&
  toks[k - 1].cap &&
  (ABBREVIATIONS.has(toks[k - 1].base) ||
    toks[k - 1].text.length === 1 ||
    toks[k - 1].text.includes('.'));

export const isPeopleNoun = (t: Token) =>
  t.word && !t.cap && (ANONYMOUS_PEOPLE.has(t.base) || VAGUE_PEOPLE.has(t.base));

/** The noun at `m` ends a phrase of at most two words opening its clause
 * ("Military officers and ...", "Doctors and ..."), not an object deep
 * inside one ("He fired the aides and ..."). */
export function opensClause(toks: readonly Token[], m: number, floor: number): boolean {
  return (
    clauseEdge(toks, m - 1, floor) ||
    (clauseEdge(toks, m - 2, floor) && !DETERMINER_WORDS.has(toks[m - 1].base))
  );
}
export const clauseEdge = (toks: readonly Token[], k: number, floor: number) =>
  k < floor || !toks[k].word;
/** A run of up to three capitalized words ending at `m` opens its clause. */
export function nameOpensClause(toks: readonly Token[], m: number, floor: number): boolean {
  let k = m;
  while (k >= floor && m - k < 3 && toks[k].word && toks[k].cap) k--;
  return k < m && (k < floor || !toks[k].word);
}
/** Collect a noun phrase leftwards ending at token `j` (inclusive); returns its first index. */
export function collectLeft(toks: readonly Token[], j: number, floor: number): number {
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
      // "More than 4 in 10 said": the comparative is the count's
      if (t.base === 'than' && k !== j && k > floor && COUNT_COMPARATIVES.has(toks[k - 1].base)) {
        k--;
        n++;
        continue;
      }
      // "sources close to the family": one phrase
      if (t.base === 'to' && k > floor && toks[k - 1].base === 'close' && k !== j) {
        k--;
        n++;
        continue;
      }
      if (NP_BOUNDARY_WORDS.hasBase(t) && k !== j && !inName && !bothPeople && !nameAndKin) break;
      if (NP_BOUNDARY_WORDS.hasBase(t) && k === j) return j + 1;
      if (isReportingVerb(t) && !isNounLikeVerb(t) && !t.cap && k !== j) break;
      // "would place an Israeli prime minister who": a noun phrase opens at
      // its article, unless a preposition or a quantifier ties it to more
      // ("the head of the agency", "all the senators")
      if (
        ARTICLES.has(t.base) &&
        k > floor &&
        toks[k - 1].word &&
        !PREPOSITIONS.hasBase(toks[k - 1]) &&
        !ARTICLE_QUANTIFIERS.has(toks[k - 1].base)
      )
        return k;
    } else if (!isAbbrevDot(toks, k)) break;
    k--;
    n++;
  }
  return k + 1;
}

/** Collect a noun phrase rightwards starting at `i`; returns its end (exclusive). */
export function collectRight(toks: readonly Token[], i: number, ceil: number): number {
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

/**
 * Where a noun phrase ends when a bracketed aside follows it ("Grassley
 * (R-Iowa)", "Agency (EPA)"): the token before the "(" that matches the ")"
 * at `j`, if the phrase ends in a capitalized word and the aside is short and
 * holds no quotation or other bracket; else -1.
 */
export function bracketLeft(toks: readonly Token[], j: number, floor: number): number {
  if (j <= floor || toks[j].word || toks[j].text !== ')') return -1;
  for (let m = j - 1; m > floor && j - m <= BRACKET_REACH + 1; m--) {
    const t = toks[m];
    if (t.word) continue;
    if (t.text === '(') return toks[m - 1].word && toks[m - 1].cap && m - 1 < j - 2 ? m - 1 : -1;
    if (t.text !== '.' && t.text !== '-' && t.text !== ',') return -1;
  }
  return -1;
}

export function skipAuxLeft(toks: readonly Token[], j: number, floor: number): number {
  while (j >= floor && toks[j].word && (AUX_WORDS.hasBase(toks[j]) || isAdverb(toks[j]))) j--;
  return j;
}

/** The comma at `c` opens an appositive: "a Navy veteran", "who ...",
 * "52", "leader of the party", "released Tuesday by the agency". */
export const startsAppositive = (toks: readonly Token[], c: number) =>
  c + 1 < toks.length &&
  (APPOSITIVE_STARTERS.has(toks[c + 1].base) ||
    (!toks[c + 1].cap &&
      (PUBLISH_PARTICIPLES.hasBase(toks[c + 1]) || APPOSITIVE_PARTICIPLES.has(toks[c + 1].base))) ||
    /^\d/.test(toks[c + 1].text) ||
    (ROLE_WORDS.has(toks[c + 1].base) && !toks[c + 1].cap) ||
    roleOfSomething(toks, c + 1));

/** A lower-case noun of a place or body, a role by its shape: "dean of the
 * law school", "professor at Yale", "counsel for the family". */
const roleOfSomething = (toks: readonly Token[], k: number) =>
  k + 1 < toks.length &&
  toks[k].word &&
  !toks[k].cap &&
  !toks[k].quoted &&
  ROLE_PREPOSITIONS.has(toks[k + 1].base);

/** Token index where a source phrase starts (by its text offset). */
export function findStart(toks: readonly Token[], start: number, lo: number): number {
  let k = lo;
  while (k < toks.length && toks[k].start < start) k++;
  return k;
}

// Finds the cues of one sentence and the source each one names: reporting
// verbs with their subject (before the verb, or after it when a quotation
// comes first), "according to" + source, "citing" links, hedges, reporting
// nouns and non-responses.
import type { Kind } from './types.ts';
import { isQuoteMark, type Token } from './tokens.ts';
import type { NameBook } from './names.ts';
import { PhraseTrie } from './phrases.ts';
import { hashWord } from './scan.ts';
import { classifyPhrase, type SourceInfo } from './classify.ts';
import {
  APPOSITIVE_STARTERS,
  AUX_WORDS,
  DOCUMENT_NOUNS,
  HEDGE_MODALS,
  NP_BOUNDARY_WORDS,
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
}

const TRIE = new PhraseTrie<PhraseCue>();
for (const p of PHRASES) TRIE.add(p.phrase, p);

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
const rarestWord = (phrase: string) => {
  const words = phrase.split(' ');
  // a word that already picks sentences out (a reporting verb) costs nothing more
  const known = words.filter((w) => REPORTING_VERBS.has(w));
  if (known.length) return known[0];
  const good = words.filter((w) => w.length > 3 && !COMMON_WORDS.has(w));
  return (good.length ? good : words).reduce((a, b) => (b.length > a.length ? b : a));
};

/** Every word that can start a cue: used to skip sentences with no cue at all. */
export const TRIGGER_WORDS: readonly string[] = [
  ...new Set([
    ...REPORTING_VERBS.keys(),
    // for a phrase, its longest uncommon word ("statement" in "in a statement")
    ...PHRASES.map((p) => rarestWord(p.phrase)),
    ...DOCUMENT_NOUNS,
    ...REPORTING_NOUNS,
  ]),
];

// Most words of a sentence are none of the cue words looked up below, and a
// Map or Set look-up costs a string hash per fresh token. A table indexed by
// the low bits of the token's own hash (already made by the scan) says which
// word lists a word may belong to; only those are asked. It can only answer
// "maybe" for a real member, so it changes no result. Possessives hash with
// their "'s", so their base form is always asked.
const HINT_TRIE = 1; // first word of a phrase, by `lower`
const HINT_VERB = 2; // reporting verb, by `lower`
const HINT_REPORTING_NOUN = 4; // by `base`
const HINT_DOCUMENT_NOUN = 8; // by `base`
const HINT_PASSIVE = 16; // participle or reporting verb before "by", by `base`
const HINT_ALL = 31;
const HINT_BY_BASE = HINT_REPORTING_NOUN | HINT_DOCUMENT_NOUN | HINT_PASSIVE;
const HINT_MASK = 0xffff;
const HINTS = new Uint8Array(HINT_MASK + 1);
const hint = (words: Iterable<string>, bit: number) => {
  for (const w of words) HINTS[hashWord(w, 0, w.length) & HINT_MASK] |= bit;
};
hint(TRIE.firstWords(), HINT_TRIE);
hint(REPORTING_VERBS.keys(), HINT_VERB);
hint(REPORTING_NOUNS, HINT_REPORTING_NOUN);
hint(DOCUMENT_NOUNS, HINT_DOCUMENT_NOUN);
hint(PUBLISH_PARTICIPLES, HINT_PASSIVE);
hint(REPORTING_VERBS.keys(), HINT_PASSIVE);

/** The word lists a token may belong to (a superset: always confirm). */
function hintsOf(t: Token): number {
  if (!t.plain) return HINT_ALL;
  return HINTS[t.hash & HINT_MASK] | (t.poss ? HINT_BY_BASE : 0);
}

/** Whether `t` may be a document noun ("report", "study"); confirm with the Set. */
export const mayBeDocumentNoun = (t: Token): boolean => (hintsOf(t) & HINT_DOCUMENT_NOUN) !== 0;

const NOUN_DETERMINERS = new Set([
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
const RELATIVES = new Set(['who', 'which', 'that']);
// verbs after which an inverted pronoun subject is usual: '"...," said he'
const SAY_FORMS = new Set(['said', 'says', 'say', 'added', 'adds', 'wrote', 'writes']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const MAX_NP = 12;

const isAdverb = (t: Token) => t.word && !t.cap && t.base.length > 4 && t.base.endsWith('ly');
const isAbbrevDot = (toks: readonly Token[], k: number) =>
  !toks[k].word &&
  toks[k].text === '.' &&
  k > 0 &&
  toks[k - 1].word &&
  toks[k - 1].cap &&
  (ABBREVIATIONS.has(toks[k - 1].base) ||
    toks[k - 1].text.length === 1 ||
    toks[k - 1].text.includes('.'));

/** Collect a noun phrase leftwards ending at token `j` (inclusive); returns its first index. */
function collectLeft(toks: readonly Token[], j: number, floor: number): number {
  const w = toks[j];
  if (
    w.word &&
    (PERSON_PRONOUNS.has(w.base) || PLURAL_PRONOUNS.has(w.base) || THING_PRONOUNS.has(w.base))
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
      if (NP_BOUNDARY_WORDS.has(t.base) && k !== j && !inName) break;
      if (NP_BOUNDARY_WORDS.has(t.base) && k === j) return j + 1;
      if (REPORTING_VERBS.has(t.lower) && !NOUN_LIKE_VERBS.has(t.lower) && !t.cap && k !== j) break;
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
        k > i && (PUBLISH_PARTICIPLES.has(toks[k - 1].base) || toks[k - 1].base === 'posted');
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
        REPORTING_VERBS.has(t.lower) &&
        !NOUN_LIKE_VERBS.has(t.lower) &&
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
  while (j >= floor && toks[j].word && (AUX_WORDS.has(toks[j].base) || isAdverb(toks[j]))) j--;
  return j;
}

interface Ctx {
  toks: readonly Token[];
  /** First and last (exclusive) token of the sentence. */
  lo: number;
  hi: number;
  book: NameBook;
}

/** The source of a cue spanning tokens [i, last]: its subject on the left, or
 * the phrase after it when a quotation or comma comes first. */
function findSubject(
  ctx: Ctx,
  i: number,
  last: number,
): { src: SourceInfo | null; inverted: boolean } {
  const { toks, lo, book } = ctx;
  const j = skipAuxLeft(toks, i - 1, lo);
  const right = () => {
    let s = last + 1;
    while (s < ctx.hi && toks[s].word && (AUX_WORDS.has(toks[s].base) || isAdverb(toks[s]))) s++;
    const e = collectRight(toks, s, ctx.hi);
    const r = classifyPhrase(toks, s, e, book);
    // '"...," he said' yes; "described it as" no: an object pronoun is not the source
    // and in '..., said he was appalled' the pronoun starts the reported clause
    if (r?.pronoun && (r.pronoun !== 'person' || !SAY_FORMS.has(toks[i].base))) return null;
    if (r?.pronoun && e < ctx.hi && toks[e].word) return null;
    // '..., said Yoon’s "declaration ..."': a possessive is not a subject
    if (r && e > s && toks[e - 1].poss) return null;
    return r;
  };
  if (
    j < lo ||
    isQuoteMark(toks[j]) ||
    toks[j].text === ',' ||
    toks[j].text === ':' ||
    toks[j].text === '—'
  ) {
    const r = right();
    if (r) return { src: r, inverted: true };
    if (j >= lo && toks[j].text === ',') {
      // an appositive: "Hicks, a Navy veteran, said"
      let p = j - 1;
      while (p > lo && toks[p].text !== ',' && !isQuoteMark(toks[p])) p--;
      // "Alverson, a commissioner on the X Commission, which has ..., described"
      const startsAppositive = (c: number) =>
        c + 1 < toks.length &&
        (APPOSITIVE_STARTERS.has(toks[c + 1].base) || /^\d/.test(toks[c + 1].text));
      while (p > lo && toks[p].text === ',' && startsAppositive(p)) {
        let q = p - 1;
        while (q > lo && toks[q].text !== ',' && !isQuoteMark(toks[q])) q--;
        if (q > lo && toks[q].text === ',' && startsAppositive(q) && p - q < 20) p = q;
        else break;
      }
      if (p > lo && toks[p].text === ',' && p + 1 < j) {
        if (startsAppositive(p)) {
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
  if (RELATIVES.has(t.base)) {
    // "an Israeli prime minister who has declared": the antecedent
    let e = j - 1;
    if (e >= lo && toks[e].text === ',') e--;
    if (e < lo) return { src: null, inverted: false };
    const s = collectLeft(toks, e, lo);
    return { src: classifyPhrase(toks, s, e + 1, book), inverted: false };
  }
  if (COORDINATORS.has(t.base)) {
    // "Russia ... and has insisted": the subject of the clause
    return { src: clauseSubject(ctx, j), inverted: false };
  }
  const s = collectLeft(toks, j, lo);
  if (s > j) return { src: null, inverted: false };
  return { src: classifyPhrase(toks, s, j + 1, book), inverted: false };
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
  for (let k = lo; k < j; k++) {
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
  } else {
    while (e < j && e - s < 6 && toks[e].word && !isHeadNoun(toks[e].base)) e++;
    if (e < j && toks[e].word && isHeadNoun(toks[e].base)) e++;
    else return null;
    while (e < j && toks[e].word && toks[e].cap) e++;
  }
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
    if (!t.word || !t.cap || t.quoted || NOT_NAME_WORDS.has(t.base)) continue;
    let s = k;
    while (s > lo && toks[s - 1].word && toks[s - 1].cap && !toks[s - 1].poss) s--;
    const src = classifyPhrase(toks, s, k + 1, book);
    if (src && (src.kind === 'official' || src.kind === 'secondhand'))
      return { ...src, backref: true };
    k = s;
  }
  return undefined;
}

const TELL_FORMS = new Set(['tell', 'tells', 'told']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const WRITE_FORMS = new Set(['write', 'writes', 'wrote']);
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
    PERSON_PRONOUNS.has(head.base) ||
    PLURAL_PRONOUNS.has(head.base) ||
    THING_PRONOUNS.has(head.base)
  )
    return true;
  if (head.base === 'that' || head.base === 'there') return true;
  return (
    RECIPIENTS.has(head.base) ||
    ANONYMOUS_PEOPLE.has(head.base) ||
    VAGUE_PEOPLE.has(head.base) ||
    INSTITUTION_NOUNS.has(head.base)
  );
}

function nearModal(toks: readonly Token[], i: number, lo: number): boolean {
  for (let k = Math.max(lo, i - 3); k < i; k++) if (HEDGE_MODALS.has(toks[k].base)) return true;
  return false;
}

/** All cues of the sentence made of tokens [lo, hi). */
export function detectSentence(
  toks: readonly Token[],
  lo: number,
  hi: number,
  book: NameBook,
): Draft[] {
  const ctx: Ctx = { toks, lo, hi, book };
  const drafts: Draft[] = [];
  for (let i = lo; i < hi; i++) {
    const t = toks[i];
    if (!t.word) continue;
    const hints = hintsOf(t);
    const pm = hints & HINT_TRIE ? TRIE.match(toks, i, hi) : null;
    if (pm && (!t.quoted || pm.value.role === 'nonresponse')) {
      const cue = pm.value;
      const last = pm.last;
      const cueStart = t.start;
      const cueEnd = toks[last].end;
      const d: Draft = {
        cueStart,
        cueEnd,
        at: i,
        source: null,
        links: [],
        role: cue.role === 'verb' ? 'verb' : cue.role,
      };
      switch (cue.role) {
        case 'according':
        case 'citing':
        case 'by': {
          const e = collectRight(toks, last + 1, hi);
          d.source = classifyPhrase(toks, last + 1, e, book);
          if (!d.source) continue;
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
    // a word on none of the lists below can start no other cue
    if (hints === 0) continue;
    // the passive with its agent: "was published by X", "were confirmed by X"
    if (
      i > lo &&
      i + 2 < hi &&
      toks[i + 1].base === 'by' &&
      PASSIVE_AUX.has(toks[i - 1].base) &&
      (PUBLISH_PARTICIPLES.has(t.base) || (REPORTING_VERBS.has(t.base) && t.base.endsWith('ed')))
    ) {
      const e = collectRight(toks, i + 2, hi);
      const src = classifyPhrase(toks, i + 2, e, book);
      if (src && !src.pronoun) {
        drafts.push({
          cueStart: t.start,
          cueEnd: toks[i + 1].end,
          at: i,
          source: src,
          links: [],
          role: 'by',
        });
        i++;
        continue;
      }
    }
    let info = hints & HINT_VERB ? REPORTING_VERBS.get(t.lower) : undefined;
    if (info && (info.participle || t.cap)) info = undefined;
    // "the report", "a Reuters report citing": a noun, not a verb
    if (info && i > lo && toks[i - 1].word && NOUN_DETERMINERS.has(toks[i - 1].base))
      info = undefined;
    let nounLike = false;
    if (info && NOUN_LIKE_VERBS.has(t.lower)) {
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
      if ((TELL_FORMS.has(t.base) || WRITE_FORMS.has(t.base)) && !toldSomeone(toks, i + 1, hi))
        continue;
      const f = findSubject(ctx, i, i);
      const src = f.src;
      if (!src) continue;
      // "the company claims its ...": a verb only after a subject we recognise
      const nextWord = i + 1 < hi && toks[i + 1].word;
      // a verb form agrees with its subject: "the agency reports", "filings show"
      const agrees = t.lower.endsWith('s') ? !src.plural : !!src.plural;
      if (nounLike && (!src.known || f.inverted || !nextWord || !agrees)) continue;
      const k = src.kind;
      const docLike = k === 'document' || k === 'secondhand' || src.pronoun === 'thing';
      if (info.docOnly && !docLike && !(k === 'official' && src.backref)) continue;
      if (info.needsThat && !docLike) {
        let n = i + 1;
        while (n < hi && isAdverb(toks[n])) n++;
        const nt = toks[n];
        // "found that", "believes:", "advised stuffing", "warned against"
        const ok =
          n < hi &&
          (nt.base === 'that' ||
            nt.text === ':' ||
            nt.base === 'against' ||
            (nt.word && nt.base.length > 5 && nt.base.endsWith('ing')));
        if (!ok) continue;
      }
      // looked for only now that the cue is kept (nothing above reads it)
      if (src.pronoun) src.antecedent = antecedentInSentence(ctx, i, src.pronoun);
      // the source must not be the object of an earlier clause inside a quotation
      drafts.push({
        cueStart: t.start,
        cueEnd: t.end,
        at: i,
        source: src,
        links: [],
        role: 'verb',
        verb: info,
        inverted: f.inverted,
        modal: nearModal(toks, i, lo),
      });
      continue;
    }
    if (hints & HINT_REPORTING_NOUN && REPORTING_NOUNS.has(t.base) && !t.cap) {
      // "the administration's first comments": a possessive source before the noun
      for (let k = i - 1; k >= Math.max(lo, i - 3); k--) {
        const p = toks[k];
        if (!p.word) break;
        if (!p.poss) continue;
        const s = collectLeft(toks, k, lo);
        const src = classifyPhrase(toks, s, k + 1, book);
        if (src && src.known && !src.pronoun && src.kind !== 'document') {
          drafts.push({
            cueStart: t.start,
            cueEnd: t.end,
            at: i,
            source: src,
            links: [],
            role: 'verb',
          });
        }
        break;
      }
      continue;
    }
    if (hints & HINT_DOCUMENT_NOUN && DOCUMENT_NOUNS.has(t.base) && !t.cap) {
      // "a report released by ...", "a study published in ...", "data from ..."
      const n1 = toks[i + 1];
      const n2 = toks[i + 2];
      if (!n1 || i + 1 >= hi || !n1.word) continue;
      const published =
        PUBLISH_PARTICIPLES.has(n1.base) &&
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
        !NP_BOUNDARY_WORDS.has(toks[s - 1].base) &&
        i - s < 6 &&
        !REPORTING_VERBS.has(toks[s - 1].lower)
      )
        s--;
      const agentStart = published ? i + 3 : i + 2;
      let e = collectRight(toks, agentStart, hi);
      // "data from the Census Bureau shows ...": the agent ends at the verb
      for (let q = agentStart; q < e; q++) {
        if (REPORTING_VERBS.has(toks[q].lower) && !toks[q].cap) {
          e = q;
          break;
        }
      }
      const src = classifyPhrase(toks, s, Math.max(e, i + 1), book);
      if (!src || (src.kind !== 'document' && src.kind !== 'secondhand')) continue;
      drafts.push({
        cueStart: t.start,
        cueEnd: toks[i + 1].end,
        at: i,
        source: src,
        links: [],
        role: 'document',
      });
    }
  }
  return merge(drafts);
}

/** Tie the cues of one sentence together: chains, channels, non-responses. */
function merge(drafts: Draft[]): Draft[] {
  if (drafts.length <= 1) {
    if (drafts.length === 1 && drafts[0].role === 'medium') return [];
    return drafts;
  }
  const out: Draft[] = [];
  const main = () => out.filter((d) => d.role !== 'citing' && d.role !== 'medium');
  const inside = (d: Draft) =>
    drafts.some(
      (o) =>
        o !== d &&
        o.source &&
        o.source.start <= d.cueStart &&
        o.source.end >= d.cueEnd &&
        !(d.source && d.source.start <= o.cueStart && d.source.end >= o.cueEnd),
    );
  for (const d of drafts) {
    if (inside(d) && d.role !== 'nonresponse' && d.role !== 'hedge') continue;
    if (
      d.role === 'document' &&
      out.some((o) => o.source && o.source.start <= d.cueStart && o.source.end >= d.cueEnd)
    )
      continue;
    out.push(d);
  }
  // a channel ("in a statement") belongs to the cue before it
  for (const d of out.filter((x) => x.role === 'medium')) {
    const host = main()
      .filter((m) => m.at < d.at && m.role === 'verb')
      .pop();
    if (host) {
      host.medium = d.medium;
      host.cueEnd = Math.max(host.cueEnd, d.cueEnd);
    }
  }
  let res = out.filter((d) => d.role !== 'medium');
  // "citing X" is a further link of the cue before it (or after it)
  for (const d of res.filter((x) => x.role === 'citing')) {
    const others = res.filter((m) => m.role !== 'citing' && m !== d && !m.forced);
    const host = others.filter((m) => m.at < d.at).pop() ?? others.find((m) => m.at > d.at);
    if (host && d.source) {
      host.links.push(d.source);
      d.role = 'medium'; // mark absorbed
    }
  }
  res = res.filter((d) => d.role !== 'medium');
  // a non-response swallows the cue that introduces it ("said he had no
  // information to offer"); "for comment" counts only when nobody answered
  const nonresp = res.filter((d) => d.forced === 'non-response');
  if (nonresp.length) {
    const strong = nonresp.filter((d) => !d.weakNonresponse);
    const keep = strong[0] ?? nonresp[0];
    const verbs = res.filter((d) => d.role === 'verb' || d.role === 'according');
    if (!strong.length && verbs.length) {
      res = res.filter((d) => d.forced !== 'non-response');
    } else {
      const host = verbs.filter((v) => v.at < keep.at).pop();
      if (host) {
        if (!keep.source || keep.source.pronoun) keep.source = host.source ?? keep.source;
        res = res.filter((d) => d !== host);
      }
      res = res.filter((d) => d.forced !== 'non-response' || d === keep);
    }
  }
  return res;
}

// Clause-level tests the constructions share: is a finite clause ahead, does
// a verb need a frame, is a noun a compound's head, is a modal near.
import { type Token } from '../tokens.ts';
import { findStart } from './noun-phrase.ts';

import {
  AFTER_REPORTING_NOUN,
  CLAUSE_SUBJECT_REACH,
  CLAUSE_VERBS,
  DASHES,
  DOCUMENT_NOUNS,
  HEDGE_MODALS,
  NOT_CLAUSE_OPENERS,
  NP_BOUNDARY_WORDS,
  PREPOSITION_BEFORE_RELATIVE,
  REPORTING_VERBS,
} from '../lexicon/index.ts';

/** A document noun among the few words before `j` ("the survey was"). */
export function documentBefore(toks: readonly Token[], j: number, lo: number): boolean {
  for (let k = j - 1; k >= lo && k >= j - 3; k--) if (DOCUMENT_NOUNS.hasBase(toks[k])) return true;
  return false;
}

/** Is the object of the verb at `i` a relative pronoun before its subject
 * ("the swings that many researchers link to")? */
export function objectExtracted(toks: readonly Token[], i: number, lo: number): boolean {
  if (toks[i].base.endsWith('ed')) return false;
  for (let b = i - 1; b >= lo && b >= i - 4; b--) {
    const w = toks[b];
    if (!w.word) return false;
    if (w.base === 'that' || w.base === 'which' || w.base === 'what')
      return !(b > lo && toks[b - 1].word && PREPOSITION_BEFORE_RELATIVE.has(toks[b - 1].base));
  }
  return false;
}
/** "Warming is to blame, scientists think, with ...", "It will pass, experts
 * believe.": a hedging verb set off by commas after the claim needs no
 * "that" (its clause came first). */
export function parentheticalClause(
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
export function isUsGeneric(toks: readonly Token[], k: number, hi: number): boolean {
  if (toks[k].base !== 'us') return false;
  const n = toks[k + 1];
  return !n || k + 1 >= hi || n.base === 'that' || n.text === ':';
}

/** "believe whale oil could be used": a hedging verb whose "that" was left
 * out, seen by a short noun phrase and then a finite or modal verb. "believe
 * in God", "think the world of him", "expect more rain" have none. */
export function finiteClauseAhead(toks: readonly Token[], n: number, hi: number): boolean {
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
/** A verb with a frame (see verbFrameOk) is never followed by its subject:
 * in "..., called the plan 'a disaster'" the phrase after it is its object. */
export function hasFrame(w: string): boolean {
  const v = REPORTING_VERBS.get(w);
  return !!v && !!(v.needsAs || v.needsQuote || v.stanceObject || v.figureObject || v.needsTo);
}
export function compoundHead(toks: readonly Token[], n: number, hi: number): boolean {
  if (n >= hi || !toks[n].word || toks[n].cap) return false;
  const w = toks[n].base;
  return !AFTER_REPORTING_NOUN.has(w) && !REPORTING_VERBS.has(w);
}

export function nearModal(toks: readonly Token[], i: number, lo: number): boolean {
  for (let k = Math.max(lo, i - 3); k < i; k++) if (HEDGE_MODALS.hasBase(toks[k])) return true;
  return false;
}

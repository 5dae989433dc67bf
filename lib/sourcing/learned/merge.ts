// Joins what the learned tagger finds to what the rules found. The rules'
// attributions stand, kind, score and reasons; only where their cue or
// source starts follows the tagger when both found the same one ("has said"
// rather than "said": the tagger learned where annotators begin a span). A
// cue the tagger finds where the rules found none becomes an attribution of
// its own: its source is the nearest source span the tagger found in the
// sentence, its kind comes from the same classifier the rules use, and its
// score from the same scorer, with a reason that says where it comes from.
import type { Attribution, Kind } from '../types.ts';
import type { Token } from '../tokens.ts';
import type { TokenStream } from '../scan.ts';
import type { Sentences } from '../segment.ts';
import type { NameBook } from '../names.ts';
import { classifyPhrase, newSource, type SourceInfo } from '../classify.ts';
import { newDraft } from '../cues/draft.ts';
import { newMemory, remember, resolveSource, type Memory } from '../resolve.ts';
import { orderKinds, scoreDraft, type Scored } from '../score.ts';
import { DOCUMENT_NOUNS, REPORTING_NOUNS, REPORTING_VERBS } from '../lexicon/index.ts';
import { B_CUE, B_SRC, I_CUE, I_SRC, NTAGS } from './features.ts';
import type { TaggerModel } from './model.ts';
import { emissions, spansOf, viterbi } from './tagger.ts';
import { taggedSentences } from './sentences.ts';

/** The reason a learned attribution carries, in a reader's words. */
export const LEARNED_REASON = 'found by a pattern learned from annotated news';

/** The tagger's own attributions; the rules' ones get the tagger's span
 * starts in place (so whatever else refers to them still does). */
export function mergeLearned(
  model: TaggerModel,
  text: string,
  ts: TokenStream,
  sentences: Sentences,
  book: NameBook,
  rules: readonly Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  const all = model.scope === 'all';
  const memory = newMemory();
  // the rules' sources, met in order, teach the memory what "he" may be
  const bySentence = rules.slice().sort((a, b) => a.cue.start - b.cue.start);
  let r = 0;
  let scores = new Float32Array(64 * NTAGS);
  let tags = new Uint8Array(64);
  for (const sen of taggedSentences(text, ts, sentences, rules)) {
    const sStart = sentences.starts[sen.s];
    while (r < bySentence.length && bySentence[r].cue.start < sStart) {
      learn(memory, bySentence[r], sen.s - 1);
      r++;
    }
    const n = sen.toks.length;
    if (scores.length < n * NTAGS) {
      scores = new Float32Array(n * NTAGS * 2);
      tags = new Uint8Array(n * 2);
    }
    emissions(model, sen.feats, n, scores);
    viterbi(scores, n, model.trans, tags);
    const cues = spansOf(tags, n, B_CUE, I_CUE);
    const sources = spansOf(tags, n, B_SRC, I_SRC);
    for (const [a, b] of sources) adoptSource(sen, a, b, text);
    if (!cues.length) continue;
    const used = new Uint8Array(sources.length);
    for (const [a, b] of cues) {
      // the rules' attribution stands where the tagger found the same cue;
      // only where its cue starts is the tagger's, learned from annotators
      if (overlapsRules(sen.rules, a, b)) {
        adoptCue(sen, a, b, text);
        continue;
      }
      if (model.scope === 'spans') continue;
      // what the taxonomy badges: speech, writing, reports and documents,
      // not what someone wants or plans (PolNeAR annotates those too)
      if (!all && !speaks(sen.toks, a, b)) continue;
      const pick = nearestSource(sources, used, sen.rules, a, b);
      const before = pick < 0 ? earlier(sen.found, out, sen.toks[a].start) : null;
      // a cue with no source of its own continues the voice before it in
      // the sentence ("..., adding that"); with none, no badge (but for
      // PolNeAR's wider notion, where it is a vague one: "it was reported")
      if (pick < 0 && !before && !all) continue;
      if (pick >= 0) used[pick] = 1;
      const made = attribution(text, sen.toks, a, b, pick >= 0 ? sources[pick] : null, before, {
        book,
        memory,
        s: sen.s,
        sStart,
        sEnd: sentences.ends[sen.s],
      });
      if (made) out.push(made);
    }
  }
  return out;
}

/** The rules' source that the tagger's source [a, b] overlaps takes the
 * tagger's start ("the former governor Jeb Bush"). */
function adoptSource(
  sen: { toks: Token[]; found: Attribution[] },
  a: number,
  b: number,
  text: string,
): void {
  const start = sen.toks[a].start;
  const end = sen.toks[b].end;
  for (const r of sen.found) {
    const src = r.source;
    // only ever earlier: the phrase grows ("the former governor Jeb Bush"),
    // never loses its head ("The Port Authority" stays whole)
    if (!src || src.start >= end || src.end <= start || src.start <= start) continue;
    // never into the cue
    if (start < r.cue.end && end > r.cue.start) return;
    const se = Math.max(end, src.end);
    r.source = { start, end: se, text: text.slice(start, se) };
    r.start = Math.min(r.start, start);
    r.end = Math.max(r.end, se);
    return;
  }
}

/** The rules' attribution whose cue the tagger's cue [a, b] overlaps takes
 * the tagger's start ("has said" rather than "said"). */
function adoptCue(
  sen: { toks: Token[]; found: Attribution[] },
  a: number,
  b: number,
  text: string,
): void {
  const start = sen.toks[a].start;
  const end = sen.toks[b].end;
  for (const r of sen.found) {
    // only ever earlier, so the cue grows ("has said"), never loses a word
    if (r.cue.start >= end || r.cue.end <= start || r.cue.start <= start) continue;
    const ce = Math.max(end, r.cue.end);
    r.cue = { start, end: ce, text: text.slice(start, ce) };
    r.start = Math.min(r.start, start);
    r.end = Math.max(r.end, ce);
    return;
  }
}

/** The cue holds a word of speech, writing, reporting or a document, or is
 * the colon that introduces a quotation. */
function speaks(toks: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (!t.word) {
      if (t.text === ':' && a === b) return true;
      continue;
    }
    if (
      REPORTING_VERBS.has(t.lower) ||
      REPORTING_NOUNS.has(t.base) ||
      DOCUMENT_NOUNS.has(t.base) ||
      t.base === 'according'
    )
      return true;
  }
  return false;
}

/** The last attribution of the sentence whose cue ends before `at`. */
function earlier(
  found: readonly Attribution[],
  made: readonly Attribution[],
  at: number,
): Attribution | null {
  let best: Attribution | null = null;
  for (const list of [found, made])
    for (const x of list)
      if (x.cue.end <= at && x.sentence.start <= at && (!best || x.cue.end > best.cue.end))
        best = x;
  return best && best.sentence.end > at ? best : null;
}

function overlapsRules(rules: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (rules[i] !== 0) return true;
  return false;
}

/** The unused source span closest to the cue [a, b], before it on a tie;
 * none taken by the rules. */
function nearestSource(
  sources: readonly [number, number][],
  used: Uint8Array,
  rules: Uint8Array,
  a: number,
  b: number,
): number {
  let best = -1;
  let bestGap = Infinity;
  for (let k = 0; k < sources.length; k++) {
    if (used[k]) continue;
    const [s, e] = sources[k];
    if (overlapsRules(rules, s, e)) continue;
    const gap = e < a ? a - e : s - b + 0.5;
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  }
  return best;
}

interface Where {
  book: NameBook;
  memory: Memory;
  s: number;
  sStart: number;
  sEnd: number;
}

function attribution(
  text: string,
  toks: readonly Token[],
  a: number,
  b: number,
  source: [number, number] | null,
  before: Attribution | null,
  w: Where,
): Attribution | null {
  const cueStart = toks[a].start;
  const cueEnd = toks[b].end;
  let src: SourceInfo | null = source
    ? classifyPhrase(toks, source[0], source[1] + 1, w.book)
    : null;
  if (src) src = resolveSource(w.memory, src, w.s);
  const d = newDraft('verb', cueStart, cueEnd, a, src);
  d.verb = REPORTING_VERBS.get(toks[a].lower) ?? {};
  let quoted = 0;
  for (const t of toks) if (t.word && t.quoted) quoted++;
  let kinds: Kind[];
  let scored: Scored;
  if (src) {
    kinds = orderKinds([src.kind]);
    scored = scoreDraft(d, kinds, [src], quoted >= 3);
  } else if (before) {
    // no source of its own: the voice before it in the sentence
    kinds = before.kinds.slice();
    scored = { score: before.score, band: before.band, reasons: before.reasons.slice() };
  } else {
    // nobody named at all: a hedge ("it was reported")
    kinds = ['vague'];
    d.forced = 'vague';
    scored = scoreDraft(d, kinds, [], false);
  }
  const kind = kinds[kinds.length - 1];
  if (src) remember(w.memory, src, w.s);
  const start = src ? Math.min(cueStart, src.start) : cueStart;
  const end = src ? Math.max(cueEnd, src.end) : cueEnd;
  return {
    kind,
    kinds,
    score: scored.score,
    band: scored.band,
    start,
    end,
    cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
    source: src ? { start: src.start, end: src.end, text: text.slice(src.start, src.end) } : null,
    sentence: { start: w.sStart, end: w.sEnd },
    reasons: scored.reasons.includes(LEARNED_REASON)
      ? scored.reasons
      : [...scored.reasons, LEARNED_REASON],
  };
}

/** Remembers a rules' attribution for the pronouns after it. */
function learn(memory: Memory, a: Attribution, s: number): void {
  if (!a.source) return;
  remember(memory, newSource(a.kind, a.source.start, a.source.end), Math.max(0, s));
}

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
import { classifyPhrase, newSource, withFields, type SourceInfo } from '../classify.ts';
import type { VoiceChoice } from '../voices.ts';
import { newDraft } from '../cues/draft.ts';
import { clauseSubject, findSubject } from '../grammar/subject.ts';
import { newMemory, remember, resolveSource, type Memory } from '../resolve.ts';
import { orderKinds, scoreDraft, type Scored } from '../score.ts';
import { REPORTING_VERBS, STANCE_VERBS } from '../lexicon/index.ts';
import { B_CUE, B_SRC, I_CUE, I_SRC, NTAGS } from './features.ts';
import type { TaggerModel } from './model.ts';
import { LEARNED_REASON } from './reason.ts';
import { speaks } from './speech.ts';

export { LEARNED_REASON } from './reason.ts';
import { emissions, spansOf, viterbi } from './tagger.ts';
import { taggedSentences } from './sentences.ts';

/**
 * How much surer than "no cue" the tagger must be at its first word to add a
 * cue of its own (in the weights' units, before the transitions; retune after
 * `npm run train`). At 200 the labelled dev and blind sets keep every figure
 * (without it, 7 of the cues it adds there are no attribution: "a photo she
 * posted", "Officials monitor weather forecasts"), for 2 points of cue F1 on
 * the held-out tenth of PolNeAR train (taxonomy scope, 2026-12-06). Not
 * applied in the 'all' scope, which measures the tagger as PolNeAR counts.
 */
const ADD_MARGIN = 200;

/** An attribution the tagger added, and its voice in the roster. */
export interface Learned {
  attribution: Attribution;
  voice: number | undefined;
  /** The attribution whose voice it continues ("..., adding that"). */
  continues?: Attribution;
}

/** The tagger's own attributions; the rules' ones get the tagger's span
 * starts in place (so whatever else refers to them still does). */
export function mergeLearned(
  model: TaggerModel,
  text: string,
  ts: TokenStream,
  sentences: Sentences,
  book: NameBook,
  rules: readonly Attribution[],
  /** Gives a source its voice in the article's roster (voices.ts), so that
   * one person keeps one kind ("Forte said", then "Forte described"). */
  voiceOf?: (found: SourceInfo, resolved: SourceInfo) => VoiceChoice,
): Learned[] {
  const out: Learned[] = [];
  const all = model.scope === 'all';
  const memory = newMemory();
  // the rules' sources, met in order, teach the memory what "he" may be
  const bySentence = rules.slice().sort((a, b) => a.cue.start - b.cue.start);
  let r = 0;
  let scores = new Float32Array(64 * NTAGS);
  let tags = new Uint8Array(64);
  for (const sen of taggedSentences(text, ts, sentences, rules, model.scope, true)) {
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
    // a voice that declined to say says nothing else in that sentence
    // ("When asked about the report, a spokesperson said he had no
    // information"): the taxonomy makes it non-response alone
    const declined = !all && sen.found.some((f) => f.kind === 'non-response');
    const used = new Uint8Array(sources.length);
    for (const [a, b] of cues) {
      // the rules' attribution stands where the tagger found the same cue;
      // only where its cue starts is the tagger's, learned from annotators
      if (overlapsRules(sen.rules, a, b)) {
        adoptCue(sen, a, b, text);
        continue;
      }
      if (model.scope === 'spans' || declined) continue;
      // what the taxonomy badges (speech.ts)
      if (!all && !speaks(sen.toks, a, b, sen.found.length > 0)) continue;
      if (!all && scores[a * NTAGS + B_CUE] - scores[a * NTAGS] < ADD_MARGIN) continue;
      const pick = nearestSource(sources, used, sen.rules, a, b);
      let before = pick < 0 ? earlier(sen.found, out, sen.toks[a].start) : null;
      if (before && reportedBetween(sen.toks, before.cue.end, sen.toks[a].start)) before = null;
      const src = cueSource(sen.toks, a, b, pick >= 0 ? sources[pick] : null, before, book);
      if (!src && !before && !all) continue;
      if (pick >= 0) used[pick] = 1;
      const made = attribution(text, sen.toks, a, b, src, before, {
        book,
        memory,
        s: sen.s,
        sStart,
        sEnd: sentences.ends[sen.s],
        voiceOf,
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

/**
 * Who speaks through the cue [a, b] the tagger adds. Its own source
 * (`tagged`), where the classifier reads it; else, with no voice `before` it
 * in the sentence to continue ("..., adding that"), the subject the rules'
 * grammar reads ("Rubio thanked Miami and said", "..., said the
 * 46-year-old", "Sanders, who criticized"). Null where nobody can be read
 * ("The Republican incumbent"): somebody, but not somebody the analyzer
 * knows, so no badge rather than a vague one that says nobody is
 * identifiable (but for PolNeAR's wider notion, where it is a vague one:
 * "it was reported").
 */
function cueSource(
  toks: readonly Token[],
  a: number,
  b: number,
  tagged: [number, number] | null,
  before: Attribution | null,
  book: NameBook,
): SourceInfo | null {
  const ctx = { toks, lo: 0, hi: toks.length, book };
  // only a verb of saying takes its subject after it ('"...," said Guo');
  // after "criticized", "praised" or "asked" (a verb of saying only beside
  // a quotation, where the rules have it) comes the object
  const objectAfter = !REPORTING_VERBS.has(toks[a].lower) || STANCE_VERBS.has(toks[a].lower);
  if (tagged) {
    const src = taggedSource(toks, tagged, book);
    // the tagger's source after the cue may be its object ("Vikram Oduya,
    // dean of the law school, criticized the ruling"), and a relative
    // pronoun is nobody ("who criticized"): there the subject the grammar
    // reads before the cue wins
    const after = tagged[0] > b;
    if (src && !after) return src;
    const subject = findSubject(ctx, a, b, objectAfter);
    if (subject.src && !subject.inverted) return subject.src;
    return after && objectAfter ? null : src;
  }
  if (before) return null;
  // "He held his fire on Carson, calling him a liar": a participle clause
  // speaks for the main clause's subject, but not across a reported clause:
  // in "Court filings show that the contractor has sought more, arguing",
  // the contractor argues
  if (a > 1 && toks[a - 1].text === ',' && toks[a].lower.endsWith('ing')) {
    const src = clauseSubject(ctx, a - 1);
    return src && !reportedBetween(toks, src.end, toks[a].start) ? src : null;
  }
  return findSubject(ctx, a, b, objectAfter).src;
}

/** The tagger's source [s, e], classified; failing that, the phrase before
 * its appositive ("Vikram Amar, dean of the law school,"). */
function taggedSource(
  toks: readonly Token[],
  [s, e]: [number, number],
  book: NameBook,
): SourceInfo | null {
  const src = classifyPhrase(toks, s, e + 1, book);
  if (src) return src;
  let k = s + 1;
  while (k <= e && toks[k].text !== ',') k++;
  return k <= e ? classifyPhrase(toks, s, k, book) : null;
}

/** The last attribution of the sentence whose cue ends before `at`. */
function earlier(
  found: readonly Attribution[],
  made: readonly Learned[],
  at: number,
): Attribution | null {
  let best: Attribution | null = null;
  for (const list of [found, made.map((m) => m.attribution)])
    for (const x of list)
      if (x.cue.end <= at && x.sentence.start <= at && (!best || x.cue.end > best.cue.end))
        best = x;
  return best && best.sentence.end > at ? best : null;
}

/** Whether a clause of reported words stands between two cues: "Court
 * filings show that the contractor has sought more, arguing" (the
 * contractor argues, not the filings). */
function reportedBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (const t of toks)
    if (t.start >= from && t.end <= to && t.word && t.lower === 'that') return true;
  return false;
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
  voiceOf?: (found: SourceInfo, resolved: SourceInfo) => VoiceChoice;
}

function attribution(
  text: string,
  toks: readonly Token[],
  a: number,
  b: number,
  found: SourceInfo | null,
  before: Attribution | null,
  w: Where,
): Learned | null {
  const cueStart = toks[a].start;
  const cueEnd = toks[b].end;
  let src = found;
  if (src) src = resolveSource(w.memory, src, w.s);
  let voice: number | undefined;
  if (src && found && w.voiceOf) {
    const choice = w.voiceOf(found, src);
    voice = choice.voice;
    if (choice.kind) src = withFields(src, { kind: choice.kind });
  }
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
  const attribution: Attribution = {
    kind,
    kinds,
    score: scored.score,
    band: scored.band,
    start,
    end,
    cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
    // a continuation names the voice it continues; its highlight stays on
    // its own cue ("..., adding that")
    source: src
      ? { start: src.start, end: src.end, text: text.slice(src.start, src.end) }
      : before?.source
        ? { ...before.source }
        : null,
    sentence: { start: w.sStart, end: w.sEnd },
    reasons: scored.reasons.includes(LEARNED_REASON)
      ? scored.reasons
      : [...scored.reasons, LEARNED_REASON],
  };
  return { attribution, voice, continues: src ? undefined : (before ?? undefined) };
}

/** Remembers a rules' attribution for the pronouns after it. */
function learn(memory: Memory, a: Attribution, s: number): void {
  if (!a.source) return;
  remember(memory, newSource(a.kind, a.source.start, a.source.end), Math.max(0, s));
}

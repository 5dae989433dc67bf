// Sourcelight's analyzer: article text in, every attribution out, with its
// kind(s), confidence, band and reasons, plus a page summary. Pure: no DOM, no
// Node API. Linear in the text: one pass to segment, one regex pass to find
// the sentences worth reading, then a bounded look around each cue.
import { WordList } from './wordlists.ts';
import {
  BANDS,
  KINDS,
  type Analysis,
  type AnalyzeOptions,
  type Attribution,
  type CustomCue,
  type Kind,
} from './types.ts';
import { segmentStream, type Sentences } from './segment.ts';
import { materialize, type Token } from './tokens.ts';
import { scanTokens, type TokenStream } from './scan.ts';
import { hasTrigger, triggerTable } from './triggers.ts';
import { GATED } from './cues/index.ts';
import { lowerElsewhere, newCaseIndex, type CaseIndex } from './casing.ts';
import { learnNames, prepareNames, type NameBook } from './names.ts';
import { detectSentence } from './detect.ts';
import { newDraft, type Draft } from './cues/draft.ts';
import { mentionDocument, newMemory, remember, resolveSource, type Memory } from './resolve.ts';
import { orderKinds, scoreDraft } from './score.ts';
import { summarize } from './summary.ts';
import { newRoster, rosterSources, voiceOf, type Roster } from './voices.ts';
import { captionRanges } from './captions.ts';
import { mergeLearned } from './learned/merge.ts';
import { creditLinks } from './links.ts';
import {
  ANONYMOUS_PEOPLE,
  COUNTRY_NAMES,
  DOCUMENT_NOUNS,
  RUMOUR_NOUNS,
  INSTITUTION_NAMES,
  INSTITUTION_NOUNS,
  NOT_NAME_WORDS,
  OUTLET_NOUNS,
  VAGUE_DETERMINERS,
  VAGUE_PEOPLE,
} from './lexicon/index.ts';
import { withFields, type SourceInfo } from './classify.ts';

export { KINDS, BANDS };
export type * from './types.ts';
export { summarize } from './summary.ts';
export { segmentSentences } from './segment.ts';

const COMMON_CAPITALIZED = new WordList([
  ...ANONYMOUS_PEOPLE,
  ...VAGUE_PEOPLE,
  ...VAGUE_DETERMINERS,
  ...INSTITUTION_NOUNS,
  ...DOCUMENT_NOUNS,
  ...RUMOUR_NOUNS,
  ...OUTLET_NOUNS,
  ...NOT_NAME_WORDS,
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds every table the analysis makes at its first use (cue phrases, word
 * hints, trigger words, name lists), so that a caller can pay for them in a
 * task of their own instead of inside its first analyze() call.
 */
export function prepare(): void {
  triggerTable();
  prepareNames();
}

/** Largest input analysed; beyond it the text is cut (the content script
 * never sends that much, and the analysis stays linear anyway). */
export const MAX_INPUT = 20_000_000;

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  try {
    const input = typeof text === 'string' ? text : String(text ?? '');
    return run(input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input, options);
  } catch {
    // never throw into the page: an analysis that failed finds nothing
    return { attributions: [], summary: summarize([]), sources: [] };
  }
}

function run(text: string, options?: AnalyzeOptions): Analysis {
  const ts = scanTokens(text, triggerTable().slots);
  const sentences = segmentStream(text, ts);
  const { starts, ends, tok0, tok1, marked } = sentences;
  const book: NameBook = learnNames(text, ts);
  const memory = newMemory();
  const roster = newRoster();
  const voiceOfAttribution = new Map<Attribution, number>();
  const common: CommonWords = { text, ts, sentences, seen: new Map(), index: null };
  const attributions: Attribution[] = [];

  // the sentences a construction whose cue is no word lets through (cues/colon-quote.ts)
  const gates = GATED.map((c) => c.gate!(text, sentences));
  for (let s = 0; s < starts.length; s++) {
    // only sentences with a word a cue can start on (marked: one may be), or a gate's
    const gated = gates.some((g) => g[s] === 1);
    if (!gated && (!marked[s] || !hasTrigger(ts, tok0[s], tok1[s]))) continue;
    const toks = materialize(text, ts, tok0[s], tok1[s]);
    if (!toks.length) continue;
    uncapitalizeFirst(toks, common);
    const drafts = detectSentence(toks, 0, toks.length, book);
    let quotedWords = 0;
    let mentionsDocument = false;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (!t.word) continue;
      if (t.quoted) quotedWords++;
      else if (!t.cap && DOCUMENT_NOUNS.hasBase(t)) mentionsDocument = true;
    }
    const sentenceQuoted = quotedWords >= 3;
    for (let i = 0; i < drafts.length; i++) {
      const a = finish(text, drafts[i], s, starts[s], ends[s], sentenceQuoted, memory, roster);
      if (!a) continue;
      attributions.push(a.attribution);
      if (a.voice !== undefined) voiceOfAttribution.set(a.attribution, a.voice);
    }
    if (mentionsDocument) mentionDocument(memory, s);
  }

  // the learned tagger's cues where the rules found none (learned/merge.ts)
  if (options?.model) {
    const learned = mergeLearned(
      options.model,
      text,
      ts,
      sentences,
      book,
      attributions,
      (found, resolved) => voiceOf(roster, text, found, resolved, memory),
    );
    for (const { attribution, voice, continues } of learned) {
      attributions.push(attribution);
      const v = continues ? voiceOfAttribution.get(continues) : voice;
      if (v !== undefined) voiceOfAttribution.set(attribution, v);
    }
  }
  if (options?.customCues?.length)
    addCustomCues(text, options.customCues, starts, ends, attributions);
  // photo captions ("... (Reuters)") are not the article's sourcing
  const captions = attributions.length ? captionRanges(text, ts, sentences) : [];
  let kept = attributions;
  if (captions.length) {
    kept = [];
    for (const a of attributions) if (!inCaption(captions, a.start)) kept.push(a);
  }
  kept.sort(byPosition);
  // sources one click away (links.ts): after the attributions are final
  if (options?.links?.length) creditLinks(kept, options.links, options.site);
  return {
    attributions: kept,
    summary: summarize(kept),
    sources: rosterSources(roster, kept, voiceOfAttribution),
  };
}

const byPosition = (a: Attribution, b: Attribution) => a.start - b.start || a.end - b.end;
const kindOf = (l: SourceInfo) => l.kind;

/** Whether `at` falls in one of the caption ranges. They come in sentence
 * order, so both their starts and their ends ascend: the first range that ends
 * after `at` is the only one that can hold it. A binary search keeps a page
 * with many captions linear (a scan of every range per attribution is not). */
function inCaption(ranges: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] <= at;
}

/** "Experts say", "Police said": a common word capitalized only because it
 * opens the sentence is not a name. */
function uncapitalizeFirst(toks: Token[], common: CommonWords): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word) continue;
    if (t.cap && COMMON_CAPITALIZED.hasBase(t) && !opensOrgName(toks, k)) t.cap = false;
    else if (t.cap && commonModifier(toks, k, common)) t.cap = false;
    return;
  }
}

/** "Project Jonah said", "Institute Pasteur says": an organisation word
 * that opens a run of capitalized words is the first word of its name. */
function opensOrgName(toks: readonly Token[], k: number): boolean {
  const n = toks[k + 1];
  return INSTITUTION_NOUNS.hasBase(toks[k]) && !!n && n.word && n.cap;
}

/** "Whale experts say", "Deficit hawks warned": the sentence's first word
 * modifies a people noun and the article writes it in lower case elsewhere
 * ("a whale", "the deficit") and never capitalized inside a sentence, so it
 * is a common noun, not a name that makes the people "specific". Looked at
 * only in sentences that hold a cue, and only before a people noun. */
function commonModifier(toks: readonly Token[], k: number, common: CommonWords): boolean {
  const n = toks[k + 1];
  if (!n || !n.word || n.cap || !(ANONYMOUS_PEOPLE.has(n.base) || VAGUE_PEOPLE.has(n.base)))
    return false;
  const t = toks[k];
  const word = t.text;
  if (!TITLE_WORD.test(word) || INSTITUTION_NAMES.has(t.base) || COUNTRY_NAMES.has(t.base))
    return false;
  const known = common.seen.get(word);
  if (known !== undefined) return known;
  // kept from when each look-up read the whole text: a page of endless
  // distinct ones keeps its capitals
  if (common.seen.size >= MAX_COMMON_LOOKUPS) return false;
  common.index ??= newCaseIndex(common.text, common.ts, common.sentences, ANSWERED_FIRST);
  const lower = lowerElsewhere(common.index, word);
  common.seen.set(word, lower);
  return lower;
}
const MAX_COMMON_LOOKUPS = 64;
// words answered before the look-up: the case index need not hold them
const ANSWERED_FIRST = new Set([...COMMON_CAPITALIZED, ...INSTITUTION_NAMES, ...COUNTRY_NAMES]);
// compiled once: a plain capitalized word
const TITLE_WORD = /^[A-Z][a-z]+$/;

/** What commonModifier learns about one text: its answers per word, and the
 * index of how the text writes its words, built on the first question. */
interface CommonWords {
  text: string;
  ts: TokenStream;
  sentences: Sentences;
  seen: Map<string, boolean>;
  index: CaseIndex | null;
}

function finish(
  text: string,
  d: Draft,
  s: number,
  sStart: number,
  sEnd: number,
  quoted: boolean,
  memory: Memory,
  roster: Roster,
): { attribution: Attribution; voice: number | undefined } | null {
  let src = d.source;
  let voice: number | undefined;
  if (src) {
    let r = resolveSource(memory, src, s);
    if (!r) return null;
    const choice = voiceOf(roster, text, src, r, memory);
    voice = choice.voice;
    if (choice.kind) r = withFields(r, { kind: choice.kind });
    src = r;
  }
  const links: SourceInfo[] = [];
  if (src) links.push(src);
  for (const l of [...(src?.chain ?? []), ...d.links]) {
    const r = resolveSource(memory, l, s);
    if (r) links.push(r);
  }
  const kinds: Kind[] = d.forced ? [d.forced] : orderKinds(links.map(kindOf));
  if (!kinds.length) return null;
  const scored = scoreDraft(d, kinds, links, quoted);
  for (const l of links) remember(memory, l, s, l === src ? voice : undefined);
  let start = d.cueStart;
  let end = d.cueEnd;
  for (const l of links) {
    start = Math.min(start, l.start);
    end = Math.max(end, l.end);
  }
  const attribution: Attribution = {
    kind: kinds[kinds.length - 1],
    kinds,
    score: scored.score,
    band: scored.band,
    start,
    end,
    cue: { start: d.cueStart, end: d.cueEnd, text: text.slice(d.cueStart, d.cueEnd) },
    source: src ? { start: src.start, end: src.end, text: text.slice(src.start, src.end) } : null,
    sentence: { start: sStart, end: sEnd },
    reasons: scored.reasons,
  };
  return { attribution, voice };
}

/** A reader's own phrases: case-insensitive, on word boundaries. */
function addCustomCues(
  text: string,
  cues: readonly CustomCue[],
  starts: Int32Array,
  ends: Int32Array,
  out: Attribution[],
): void {
  const valid = cues.filter(
    (c) =>
      c &&
      typeof c.phrase === 'string' &&
      c.phrase.trim() &&
      (KINDS as readonly string[]).includes(c.kind),
  );
  if (!valid.length) return;
  const byPhrase = new Map<string, Kind>();
  for (const c of valid) byPhrase.set(c.phrase.trim().toLowerCase().replace(/\s+/g, ' '), c.kind);
  const alternation = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+'))
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  const taken = out.map((a) => [a.cue.start, a.cue.end] as const);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const kind = byPhrase.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!kind) continue;
    const s = sentenceAt(starts, ends, start);
    if (s < 0) continue;
    const d = newDraft('verb', start, end, 0, null);
    d.forced = kind;
    const scored = scoreDraft(d, [kind], [], false, true);
    out.push({
      kind,
      kinds: [kind],
      score: scored.score,
      band: scored.band,
      start,
      end,
      cue: { start, end, text: m[0] },
      source: null,
      sentence: { start: starts[s], end: ends[s] },
      reasons: scored.reasons,
    });
  }
}

function sentenceAt(starts: Int32Array, ends: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= at) lo = mid + 1;
    else if (starts[mid] > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

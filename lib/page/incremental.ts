// Analysis block by block, so a page that changes re-analyses only what
// changed. Each block's result is cached under its own text plus the text of
// the block before it. On a re-scan, blocks whose key is cached are reused at
// their new offsets; runs of changed blocks are analysed together, in slices
// of at most MAX_RUN_CHARS, after a few thousand characters of the text
// before them (context for "he said" and names learned earlier). Each run has
// its own roster of voices; the page's one roster is theirs joined.
//
// The cache holds what is on the page, not its history: each run keeps the
// results of its own blocks, and those of the run before (a block that went
// and came back, as on a page that rotates versions). A live blog rewritten
// for hours or an infinite scroll through hundreds of articles holds the
// results of two screens' worth of blocks, never of everything ever shown.
import type { Analysis, AnalyzeOptions, Attribution, Source, TextLink } from '../sourcing/types';
import { joinSourcesInSteps } from '../sourcing/voices';
import type { TextBlock, TextMap } from './text-map';
import { createSlicer } from './schedule';
import { linksOfMap, siteOfMap } from './text-links';

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Analysis;

/** One text to analyse and its options (no model: the analyser has its own). */
export interface AnalysisPiece {
  text: string;
  options: AnalyzeOptions;
}

/** Analyses pieces in order; null when `signal` aborted the work. Never rejects. */
export type AnalyzeBatch = (
  pieces: readonly AnalysisPiece[],
  signal?: AbortSignal,
) => Promise<Analysis[] | null>;

/** The pieces analysed here, one analyze() call each, yielding to the page
 * between slices. */
export function localBatch(analyze: AnalyzeFn): AnalyzeBatch {
  return async (pieces, signal) => {
    const slicer = createSlicer();
    const out: Analysis[] = [];
    for (const p of pieces) {
      await slicer.maybeYield();
      if (signal?.aborted) return null;
      out.push(analyze(p.text, p.options));
    }
    return out;
  };
}

/** Blocks before a block that are part of its cache key. */
const KEY_CONTEXT_BLOCKS = 1;
/** Text before a changed run that is analysed with it, so names learned earlier resolve. */
const CONTEXT_CHARS = 2_000;
/** Longest text handed to one analyze() call: a few ms, so one slice stays short, yet
 * long enough that the CONTEXT_CHARS analysed again with each run add ~15%, not 50%. */
const MAX_RUN_CHARS = 12_000;

export interface IncrementalResult {
  /** Every attribution, offsets into `map.text`, in text order. */
  attributions: Attribution[];
  /** Index of the block each attribution lies in. */
  blockOf: number[];
  /** Who is speaking, across the page (each attribution's `sourceId` is an id here). */
  sources: Source[];
  /** Blocks analysed this time / reused from the cache. */
  analysed: number;
  reused: number;
}

/** Moves every offset of an attribution by `delta`. */
export function shiftAttribution(a: Attribution, delta: number): Attribution {
  if (delta === 0) return a;
  return {
    ...a,
    start: a.start + delta,
    end: a.end + delta,
    cue: { ...a.cue, start: a.cue.start + delta, end: a.cue.end + delta },
    source: a.source
      ? { ...a.source, start: a.source.start + delta, end: a.source.end + delta }
      : null,
    sentence: { start: a.sentence.start + delta, end: a.sentence.end + delta },
    kinds: [...a.kinds],
    reasons: [...a.reasons],
  };
}

/** Index of the block holding `offset` (blocks are sorted); -1 in a separator. */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const b = blocks[mid];
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Where a sentence ends: terminal punctuation, closing quotes, then space. */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;

/**
 * Splits [start, end) of `text` into pieces of about MAX_RUN_CHARS that end
 * at a sentence end (or, failing one nearby, at a space), so no sentence is
 * cut in two. A short span is one piece.
 */
export function cutAtSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (end - from > MAX_RUN_CHARS) {
    const target = from + MAX_RUN_CHARS;
    SENTENCE_END.lastIndex = target;
    const m = SENTENCE_END.exec(text);
    let cut =
      m && m.index < target + 4_000 && m.index + m[0].length < end ? m.index + m[0].length : -1;
    if (cut < 0) {
      const space = text.indexOf(' ', target);
      cut = space > 0 && space < end ? space + 1 : end;
    }
    out.push([from, cut]);
    from = cut;
  }
  if (from < end) out.push([from, end]);
  return out;
}

/** The links (in text order, disjoint) that overlap [from, to): a binary
 * search for the first, so each block and piece costs its own links only. */
function linksWithin(links: readonly TextLink[], from: number, to: number): TextLink[] {
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (links[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: TextLink[] = [];
  for (let i = lo; i < links.length && links[i].start < to; i++) out.push(links[i]);
  return out;
}

/** A block's attributions, offsets relative to its start, and the voices
 * they come from (`sourceId` an id of `sources`). */
interface BlockResult {
  attributions: Attribution[];
  sources: Source[];
}

/** Adds `a` to a block's result with its voice, found in the roster of the
 * analyze() call that gave it (one Source object per voice of that call). */
function addTo(
  block: BlockResult,
  local: Map<Source, number>,
  a: Attribution,
  voice: Source | undefined,
): void {
  const index = block.attributions.length;
  const copy: Attribution = { ...a, sourceId: undefined };
  block.attributions.push(copy);
  if (!voice) return;
  let id = local.get(voice);
  if (id === undefined) {
    id = block.sources.length;
    local.set(voice, id);
    block.sources.push({ ...voice, id, attributions: [] });
  }
  copy.sourceId = id;
  block.sources[id].attributions.push(index);
}

export class IncrementalAnalyzer {
  /** key -> the block's result, for the blocks of the last run. */
  private cache = new Map<string, BlockResult>();
  /** The same for the run before: consulted, never added to. */
  private previous = new Map<string, BlockResult>();

  private readonly batch: AnalyzeBatch;

  constructor(
    analyze: AnalyzeFn,
    private options: AnalyzeOptions = {},
    /** Analyses the pieces elsewhere (analysis-client.ts); without it, here, slice by slice. */
    batch?: AnalyzeBatch,
  ) {
    this.batch = batch ?? localBatch(analyze);
  }

  /** New options (custom cues) change every result: start over. */
  setOptions(options: AnalyzeOptions): void {
    this.options = options;
    this.cache.clear();
    this.previous.clear();
  }

  /** Block results held (the last two runs' blocks, each once). */
  get cacheSize(): number {
    let n = this.cache.size;
    this.previous.forEach((_, key) => {
      if (!this.cache.has(key)) n++;
    });
    return n;
  }

  private lookup(key: string): BlockResult | undefined {
    return this.cache.get(key) ?? this.previous.get(key);
  }

  private keyOf(map: TextMap, i: number, links: readonly TextLink[]): string {
    const from = map.blocks[Math.max(0, i - KEY_CONTEXT_BLOCKS)].start;
    const to = map.blocks[i].end;
    // the block's links change its result too (linked sources score higher)
    let key = map.text.slice(from, to);
    for (const l of linksWithin(links, from, to))
      key += `\u0000${l.start - from}:${l.end - from}:${l.href}`;
    return key;
  }

  /**
   * Analyses `map`, reusing cached blocks. Yields between slices; aborting
   * `signal` abandons a run that a newer scan has overtaken (returns null).
   */
  async run(map: TextMap, signal?: AbortSignal): Promise<IncrementalResult | null> {
    /** This run's blocks' results, reused or new: the next generation of the cache. */
    const next = new Map<string, BlockResult>();
    try {
      return await this.runInto(map, next, signal);
    } finally {
      // Aborted too: what was analysed is kept for the scan that overtook this one.
      this.previous = this.cache;
      this.cache = next;
    }
  }

  private async runInto(
    map: TextMap,
    next: Map<string, BlockResult>,
    signal?: AbortSignal,
  ): Promise<IncrementalResult | null> {
    const blocks = map.blocks;
    const slicer = createSlicer();
    // the text's links (lib/sourcing/links.ts judges which are sources)
    const links = linksOfMap(map);
    const site = siteOfMap(map);
    const keys: string[] = new Array(blocks.length);
    const perBlock: (BlockResult | undefined)[] = new Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) {
      if (i % 256 === 255) {
        await slicer.maybeYield();
        if (signal?.aborted) return null;
      }
      keys[i] = this.keyOf(map, i, links);
      const found = this.lookup(keys[i]);
      perBlock[i] = found;
      if (found) next.set(keys[i], found);
    }
    let analysed = 0;

    // Runs of consecutive blocks that are not cached, cut at MAX_RUN_CHARS.
    const runs: [number, number][] = [];
    for (let i = 0; i < blocks.length; i++) {
      if (perBlock[i]) continue;
      const last = runs[runs.length - 1];
      if (last && last[1] === i - 1 && blocks[i].end - blocks[last[0]].start <= MAX_RUN_CHARS) {
        last[1] = i;
      } else {
        runs.push([i, i]);
      }
    }

    // Every piece of text to analyse, then their analyses in one batch (in
    // the background where it answers: analysis-client.ts), then each
    // attribution into the block it lies in.
    const planned: { first: number; last: number; start: number; end: number; base: number }[] = [];
    const pieces: AnalysisPiece[] = [];
    for (const [first, last] of runs) {
      let ctxFirst = first;
      while (ctxFirst > 0 && blocks[first].start - blocks[ctxFirst].start < CONTEXT_CHARS)
        ctxFirst--;
      // A run is one analyze() call, unless it is one giant block (a 1 MB
      // paragraph): that is cut at sentence ends into pieces of MAX_RUN_CHARS.
      for (const [pieceStart, pieceEnd] of cutAtSentences(
        map.text,
        blocks[first].start,
        blocks[last].end,
      )) {
        const base =
          pieceStart === blocks[first].start
            ? blocks[ctxFirst].start
            : Math.max(blocks[first].start, pieceStart - CONTEXT_CHARS);
        const pieceLinks = linksWithin(links, base, pieceEnd).map((l) => ({
          start: Math.max(0, l.start - base),
          end: Math.min(pieceEnd, l.end) - base,
          href: l.href,
        }));
        const options = pieceLinks.length
          ? { ...this.options, links: pieceLinks, site }
          : this.options;
        planned.push({ first, last, start: pieceStart, end: pieceEnd, base });
        pieces.push({ text: map.text.slice(base, pieceEnd), options });
      }
    }
    // the batch sends in a task of its own when this one has used its slice
    await slicer.maybeYield();
    if (signal?.aborted) return null;
    const results = pieces.length ? await this.batch(pieces, signal) : [];
    if (!results || signal?.aborted) return null;

    let k = 0;
    for (const [first, last] of runs) {
      const found: BlockResult[] = [];
      const local: Map<Source, number>[] = [];
      for (let i = first; i <= last; i++) {
        found[i - first] = { attributions: [], sources: [] };
        local[i - first] = new Map();
      }
      for (; k < planned.length && planned[k].first === first; k++) {
        await slicer.maybeYield();
        if (signal?.aborted) return null;
        const { start: pieceStart, end: pieceEnd, base } = planned[k];
        const result = results[k];
        for (const a of result.attributions) {
          const at = base + a.start;
          if (at < pieceStart || at >= pieceEnd) continue; // context: not ours to keep
          const b = blockIndexAt(blocks, at);
          if (b < first || b > last) continue;
          const voice = a.sourceId === undefined ? undefined : result.sources?.[a.sourceId];
          addTo(
            found[b - first],
            local[b - first],
            shiftAttribution(a, base - blocks[b].start),
            voice,
          );
        }
      }
      for (let i = first; i <= last; i++) {
        perBlock[i] = found[i - first];
        next.set(keys[i], found[i - first]);
        analysed += 1;
      }
    }

    const parts: { attributions: Attribution[]; sources: Source[] }[] = [];
    const blockOf: number[] = [];
    for (let i = 0; i < perBlock.length; i++) {
      if (i % 256 === 255) {
        await slicer.maybeYield();
        if (signal?.aborted) return null;
      }
      // Headings and captions are not claims: analysed with the rest (their
      // text is context), never shown nor counted.
      const block = perBlock[i];
      if (blocks[i].nonClaim || !block?.attributions.length) continue;
      parts.push({
        attributions: block.attributions.map((a) => shiftAttribution(a, blocks[i].start)),
        sources: block.sources,
      });
      for (let k = 0; k < block.attributions.length; k++) blockOf.push(i);
    }
    // One voice per person across the blocks (copies: the cache keeps its own),
    // a slice at a time
    const steps = joinSourcesInSteps(parts);
    let step = steps.next();
    for (let n = 1; !step.done; n++) {
      if (n % 64 === 0) {
        await slicer.maybeYield();
        if (signal?.aborted) return null;
      }
      step = steps.next();
    }
    const { attributions, sources } = step.value;
    return { attributions, blockOf, sources, analysed, reused: blocks.length - analysed };
  }
}

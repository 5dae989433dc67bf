// Which attributions the reader sees: the reader's kinds and minimum band,
// minus badges they marked wrong on this page. Each gets a key that stays the
// same across re-scans while its paragraph is unchanged, so a badge keeps its
// element (and its keyboard focus) when the page re-renders.
import type { AttributionItem } from '../messages';
import { LIMITS, shouldShow, type Settings, type WrongReport } from '../settings/schema';
import type { Attribution } from '../sourcing/types';
import type { TextMap } from './text-map';
import { tidy } from './labels';

export interface VisibleAttribution {
  readonly key: string;
  readonly attribution: Attribution;
  /** The sentence's text, whitespace collapsed (what a wrong report matches on). */
  readonly sentence: string;
}

/** A visible attribution whose sentence text is made only when asked for (the
 * popup's list, a wrong-report check): a page of 10,000 badges never asks. */
class Visible implements VisibleAttribution {
  private text: string | undefined;

  constructor(
    readonly key: string,
    readonly attribution: Attribution,
    private readonly pageText: string,
  ) {}

  get sentence(): string {
    return (this.text ??= sentenceText(this.pageText, this.attribution));
  }
}

/** An attribution's sentence as a wrong report stores it. */
export function sentenceText(pageText: string, a: Attribution): string {
  return reportText(pageText.slice(a.sentence.start, a.sentence.end));
}

/** Text as the settings store it for reports: collapsed, trimmed, clipped. */
export function reportText(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, LIMITS.reportText);
}

/**
 * Identity of a reported badge: kind, cue and sentence, as stored (two
 * attributions in one sentence can share a cue word such as "said").
 */
export function wrongKey(kind: string, cue: string, sentence: string): string {
  return `${kind}\u0000${reportText(cue)}\u0000${reportText(sentence)}`;
}

export function wrongSet(reports: readonly WrongReport[]): Set<string> {
  return new Set(reports.map((r) => wrongKey(r.kind, r.cue, r.sentence)));
}

/** FNV-1a, 32 bits: a short fingerprint of a paragraph for badge keys. */
export function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** One attribution at a time: `take` keeps it (with its key) when the reader would see it. */
function visibleSelector(
  map: TextMap,
  blockOf: readonly number[],
  settings: Settings | null,
  wrong: ReadonlySet<string>,
) {
  const out: VisibleAttribution[] = [];
  const seen = new Map<string, number>();
  // One fingerprint per block, not per attribution: a block can be 1 MB long.
  const prints = new Map<number, string>();
  const printOf = (b: number): string => {
    let p = prints.get(b);
    if (p === undefined) {
      const block = map.blocks[b];
      p = block ? fingerprint(map.text.slice(block.start, block.end)) : '';
      prints.set(b, p);
    }
    return p;
  };
  const take = (a: Attribution, i: number): void => {
    if (wrong.size && wrong.has(wrongKey(a.kind, a.cue.text, sentenceText(map.text, a)))) return;
    if (settings && !shouldShow(a, settings)) return;
    const block = map.blocks[blockOf[i]];
    const base = block ? block.start : 0;
    let key = `${printOf(blockOf[i])}:${a.cue.start - base}:${a.cue.end - base}:${a.kind}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n) key += `#${n}`; // the same paragraph twice on one page
    out.push(new Visible(key, a, map.text));
  };
  return { out, take };
}

/** Attributions whose sentence and cue the reader has not marked wrong, under the settings. */
export function selectVisible(
  map: TextMap,
  attributions: readonly Attribution[],
  blockOf: readonly number[],
  settings: Settings | null,
  wrong: ReadonlySet<string>,
): VisibleAttribution[] {
  const s = visibleSelector(map, blockOf, settings, wrong);
  attributions.forEach(s.take);
  return s.out;
}

/** The same, for thousands of attributions: `pause` between small batches lets the page run. */
export async function selectVisibleSliced(
  map: TextMap,
  attributions: readonly Attribution[],
  blockOf: readonly number[],
  settings: Settings | null,
  wrong: ReadonlySet<string>,
  pause: () => Promise<void>,
): Promise<VisibleAttribution[]> {
  const s = visibleSelector(map, blockOf, settings, wrong);
  for (let i = 0; i < attributions.length; i++) {
    if (i % 64 === 63) await pause();
    s.take(attributions[i], i);
  }
  return s.out;
}

/** The popup's list: index = position among the visible badges. */
export function toItems(visible: readonly VisibleAttribution[]): AttributionItem[] {
  return visible.map(({ attribution: a, sentence }, index) => ({
    index,
    kind: a.kind,
    kinds: [...a.kinds],
    band: a.band,
    score: a.score,
    snippet: tidy(sentence, 120),
    cue: a.cue.text,
    source: a.source?.text ?? null,
    reasons: [...a.reasons],
  }));
}

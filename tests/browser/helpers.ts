// Builders for browser tests: attributions located by their phrases in a
// paragraph's text, and ranges over a single text node.
import {
  KINDS,
  type Analysis,
  type Attribution,
  type Band,
  type Kind,
  type Summary,
} from '../../lib/sourcing/types';

export function rangeIn(node: Node, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

/** A StaticRange over [start, end) of `node`: what the painter keeps. */
export function staticIn(node: Node, start: number, end: number): StaticRange {
  return new StaticRange({
    startContainer: node,
    startOffset: start,
    endContainer: node,
    endOffset: end,
  });
}

/** A live Range over the bounds of `r`, to read its rects or text. */
export function live(r: AbstractRange): Range {
  const x = document.createRange();
  x.setStart(r.startContainer, r.startOffset);
  x.setEnd(r.endContainer, r.endOffset);
  return x;
}

/** An attribution whose cue and source are found in `text` by their wording. */
export function attributionIn(
  text: string,
  opts: {
    cue: string;
    source?: string;
    kind: Kind;
    kinds?: Kind[];
    score: number | null;
    band: Band;
    reasons?: string[];
  },
): Attribution {
  const cueStart = text.indexOf(opts.cue);
  if (cueStart < 0) throw new Error(`cue "${opts.cue}" not in text`);
  const sourceStart = opts.source ? text.indexOf(opts.source) : -1;
  if (opts.source && sourceStart < 0) throw new Error(`source "${opts.source}" not in text`);
  const cue = { start: cueStart, end: cueStart + opts.cue.length, text: opts.cue };
  const source =
    opts.source && sourceStart >= 0
      ? { start: sourceStart, end: sourceStart + opts.source.length, text: opts.source }
      : null;
  const start = Math.min(cue.start, source?.start ?? cue.start);
  const end = Math.max(cue.end, source?.end ?? cue.end);
  return {
    kind: opts.kind,
    kinds: opts.kinds ?? [opts.kind],
    score: opts.score,
    band: opts.band,
    start,
    end,
    cue,
    source,
    sentence: { start: 0, end: text.length },
    reasons: opts.reasons ?? ['test reason'],
  };
}

/**
 * A stand-in analyzer for controller tests: a few fixed phrases with fixed
 * kinds and scores, so the tests exercise the page machinery, not the
 * sourcing heuristics (those have their own tests).
 */
const FAKE_RULES: { re: RegExp; kind: Kind; score: number | null; band: Band; cueGroup: number }[] =
  [
    { re: /(Maria Lopez) (said)/g, kind: 'named', score: 86, band: 'strong', cueGroup: 2 },
    { re: /(the ministry) (said)/gi, kind: 'official', score: 78, band: 'strong', cueGroup: 2 },
    {
      re: /(sources familiar with the matter) (said)/g,
      kind: 'anonymous',
      score: 22,
      band: 'weak',
      cueGroup: 2,
    },
    {
      re: /(The Herald) (reported)/g,
      kind: 'secondhand',
      score: 55,
      band: 'moderate',
      cueGroup: 2,
    },
    { re: /(reportedly)/g, kind: 'vague', score: 15, band: 'weak', cueGroup: 1 },
    {
      re: /(the contractor) (declined to comment)/gi,
      kind: 'non-response',
      score: null,
      band: 'none',
      cueGroup: 2,
    },
  ];

export let fakeAnalyzeCalls = 0;

export function fakeAnalyze(text: string): Analysis {
  fakeAnalyzeCalls += 1;
  const attributions: Attribution[] = [];
  for (const rule of FAKE_RULES) {
    for (const m of text.matchAll(rule.re)) {
      const at = m.index ?? 0;
      const cueText = m[rule.cueGroup];
      const cueStart = at + m[0].lastIndexOf(cueText);
      const source = rule.cueGroup === 2 ? { start: at, end: at + m[1].length, text: m[1] } : null;
      let sStart = text.lastIndexOf('.', at) + 1;
      while (text[sStart] === ' ') sStart++;
      const dot = text.indexOf('.', at);
      attributions.push({
        kind: rule.kind,
        kinds: [rule.kind],
        score: rule.score,
        band: rule.band,
        start: at,
        end: at + m[0].length,
        cue: { start: cueStart, end: cueStart + cueText.length, text: cueText },
        source,
        sentence: { start: sStart, end: dot < 0 ? text.length : dot + 1 },
        reasons: [`fake rule for ${rule.kind}`],
      });
    }
  }
  attributions.sort((a, b) => a.start - b.start);
  return { attributions, summary: fakeSummarize(attributions) };
}

export function fakeSummarize(attributions: Attribution[]): Summary {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const bands = { strong: 0, moderate: 0, weak: 0, none: 0 } as Record<Band, number>;
  const scored: number[] = [];
  for (const a of attributions) {
    counts[a.kind] += 1;
    bands[a.band] += 1;
    if (a.score !== null) scored.push(a.score);
  }
  const score = scored.length
    ? Math.round(scored.reduce((s, x) => s + x, 0) / scored.length)
    : null;
  const band: Band =
    score === null ? 'none' : score >= 70 ? 'strong' : score >= 40 ? 'moderate' : 'weak';
  return { total: attributions.length, counts, bands, score, band, verdict: 'test verdict' };
}

// Who is speaking, measured: how the analyzer groups an article's
// attributions into voices (`sourceId`), against the voices labelled by hand
// in tests/fixtures/sources/<article>.json (see the README there).
//
// The measure is B-cubed (Bagga & Baldwin 1998), the usual one for
// coreference: for each attribution found by both, precision is the share of
// the attributions the analyzer put in its voice that truly share its voice,
// recall the share of the attributions of its true voice that the analyzer put
// with it; both are averaged over all those attributions (micro, every
// article's attributions compared only among themselves). Two baselines give
// the figure its scale: every attribution its own voice, and one voice per
// exact source words ("Guo" and "Guo" together, "Guo Jiakun" and "Guo" apart).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A clear message for a sources file that does not fit its article. */
export class SourcesError extends Error {}

const sha1 = (text) => createHash('sha1').update(text).digest('hex');

/** The first whole-word occurrence of `words` in `text` from `from` to `to`. */
function findWords(text, words, from, to) {
  const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(words, from); at >= 0 && at + words.length <= to;) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + words.length])) return at;
    at = text.indexOf(words, at + 1);
  }
  return -1;
}

/**
 * The labelled attributions of one article: each with its sentence span, the
 * span of the words naming its voice (when the sentence names it) and its
 * voice. Sentences are found as eval-attributions.mjs finds them.
 */
export function goldOf(name, text, labels, sources) {
  const fail = (why) => {
    throw new SourcesError(`${name}: ${why}`);
  };
  if (sources.article_sha1 && sources.article_sha1 !== sha1(text))
    fail('article.txt differs from the text its sources were labelled on');
  if (!Array.isArray(sources.sources)) fail('"sources" is not a list');
  const spans = [];
  let from = 0;
  for (const g of labels.sentences) {
    if (typeof g.text !== 'string') {
      spans.push({ start: g.start, end: g.end });
      continue;
    }
    let at = text.indexOf(g.text, from);
    if (at < 0) at = text.indexOf(g.text);
    if (at < 0) fail(`label text not found: ${g.text.slice(0, 80)}`);
    spans.push({ start: at, end: at + g.text.length });
    from = at + g.text.length;
  }
  const attributions = [];
  const seen = new Set();
  sources.sources.forEach((voice, v) => {
    for (const a of voice.attributions ?? []) {
      const span = spans[a.sentence];
      if (!span) fail(`voice “${voice.name}”: no labelled sentence ${a.sentence}`);
      const key = `${a.sentence}/${a.mention ?? ''}`;
      if (seen.has(key)) fail(`sentence ${a.sentence} “${a.mention ?? ''}” is in two voices`);
      seen.add(key);
      let mention;
      if (a.mention) {
        const at = findWords(text, a.mention, span.start, span.end);
        if (at < 0) fail(`“${a.mention}” is not in sentence ${a.sentence}`);
        mention = { start: at, end: at + a.mention.length };
      }
      attributions.push({ sentence: a.sentence, span, mention, voice: v, kind: voice.kind });
    }
  });
  return { spans, attributions, voices: sources.sources };
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs of (labelled attribution, analyzer attribution) in the same sentence:
 * first by the analyzer's source words overlapping the labelled mention, the
 * most overlap first; then a sentence's one labelled attribution left with
 * the first analyzer attribution left there whose source words name no
 * labelled voice. Several left: no guess.
 */
export function matchAttributions(gold, found) {
  const bySentence = new Map();
  // the sentence an attribution starts in, else one it overlaps (as the tool)
  const home = (a) => {
    const s = gold.spans.findIndex((x) => a.start >= x.start && a.start < x.end);
    return s >= 0 ? s : gold.spans.findIndex((x) => a.start < x.end && a.end > x.start);
  };
  for (const a of found) {
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end)) continue;
    const s = home(a);
    if (s < 0) continue;
    if (!bySentence.has(s)) bySentence.set(s, []);
    bySentence.get(s).push(a);
  }
  const pairs = [];
  for (const [s, here] of bySentence) {
    const labelled = gold.attributions.filter((g) => g.sentence === s);
    const candidates = [];
    for (const g of labelled) {
      if (!g.mention) continue;
      for (const a of here) {
        const o = a.source ? overlap(a.source, g.mention) : 0;
        if (o > 0) candidates.push({ g, a, o });
      }
    }
    candidates.sort((x, y) => y.o - x.o);
    const usedG = new Set();
    const usedA = new Set();
    for (const { g, a } of candidates) {
      if (usedG.has(g) || usedA.has(a)) continue;
      usedG.add(g);
      usedA.add(a);
      pairs.push({ gold: g, found: a });
    }
    const leftG = labelled.filter((g) => !usedG.has(g));
    // an attribution whose source words name a labelled voice is that
    // voice's (a second cue of it: "according to a report citing sources"),
    // never another's
    const namesOne = (a) =>
      a.source && labelled.some((g) => g.mention && overlap(a.source, g.mention) > 0);
    const leftA = here.filter((a) => !usedA.has(a) && !namesOne(a));
    if (leftG.length === 1 && leftA.length) pairs.push({ gold: leftG[0], found: leftA[0] });
  }
  return pairs;
}

/** B-cubed sums over items of one article, each `{ gold, guess }` cluster keys. */
function bcubedSums(items) {
  const count = (key) => {
    const m = new Map();
    for (const it of items) m.set(it[key], (m.get(it[key]) ?? 0) + 1);
    return m;
  };
  const gold = count('gold');
  const guess = count('guess');
  const both = new Map();
  for (const it of items) {
    const k = `${it.gold}\u0000${it.guess}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const shared = both.get(`${it.gold}\u0000${it.guess}`);
    p += shared / guess.get(it.guess);
    r += shared / gold.get(it.gold);
  }
  return { p, r, n: items.length };
}

const words = (t) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** One article: the pairs' clusterings by the analyzer and by the baselines,
 * and the analyzer's voices that hold two labelled named people. */
export function groupArticle(name, gold, report) {
  const pairs = matchAttributions(gold, report.attributions ?? []);
  const sourceName = new Map((report.sources ?? []).map((s) => [s.id, s.name]));
  const clusterings = {
    analyzer: pairs.map((p, i) => ({
      gold: p.gold.voice,
      guess: Number.isInteger(p.found.sourceId) ? `v${p.found.sourceId}` : `alone${i}`,
    })),
    alone: pairs.map((p, i) => ({ gold: p.gold.voice, guess: i })),
    sameWords: pairs.map((p, i) => ({
      gold: p.gold.voice,
      guess: p.found.source?.text ? words(p.found.source.text) : `alone${i}`,
    })),
  };
  // the analyzer's voices against the labelled ones, for the misses list
  const merged = [];
  const namedMerges = [];
  const byGuess = new Map();
  pairs.forEach((p, i) => {
    const g = clusterings.analyzer[i].guess;
    if (!byGuess.has(g)) byGuess.set(g, new Set());
    byGuess.get(g).add(p.gold.voice);
  });
  for (const [g, voices] of byGuess) {
    if (voices.size < 2) continue;
    const names = [...voices].map((v) => gold.voices[v].name);
    const label = sourceName.get(Number(g.slice(1))) ?? g;
    merged.push(`${name}: one voice “${label}” holds ${names.join(' + ')}`);
    const named = [...voices].filter((v) => gold.voices[v].kind === 'named');
    if (named.length >= 2)
      namedMerges.push(
        `${name}: “${label}” merges ${named.map((v) => gold.voices[v].name).join(' + ')}`,
      );
  }
  const split = [];
  const byGold = new Map();
  pairs.forEach((p, i) => {
    const v = p.gold.voice;
    if (!byGold.has(v)) byGold.set(v, new Set());
    byGold.get(v).add(clusterings.analyzer[i].guess);
  });
  for (const [v, guesses] of byGold) {
    if (guesses.size < 2) continue;
    const names = [...guesses].map((g) => `“${sourceName.get(Number(g.slice(1))) ?? 'no voice'}”`);
    split.push(`${name}: ${gold.voices[v].name} is split into ${names.join(', ')}`);
  }
  return {
    name,
    labelled: gold.attributions.length,
    matched: pairs.length,
    sums: Object.fromEntries(Object.entries(clusterings).map(([k, c]) => [k, bcubedSums(c)])),
    merged,
    split,
    namedMerges,
  };
}

const prf = ({ p, r, n }) => {
  const P = n ? p / n : 0;
  const R = n ? r / n : 0;
  return { p: P, r: R, f1: P + R ? (2 * P * R) / (P + R) : 0 };
};

/** The figures over several articles (micro-averaged over attributions). */
export function total(articles) {
  const sum = (key) =>
    articles.reduce(
      (acc, a) => ({
        p: acc.p + a.sums[key].p,
        r: acc.r + a.sums[key].r,
        n: acc.n + a.sums[key].n,
      }),
      { p: 0, r: 0, n: 0 },
    );
  return {
    measure: 'B-cubed',
    ...prf(sum('analyzer')),
    baselines: { alone: prf(sum('alone')), sameWords: prf(sum('sameWords')) },
    matched: articles.reduce((n, a) => n + a.matched, 0),
    labelled: articles.reduce((n, a) => n + a.labelled, 0),
    articles: articles.length,
    namedMerges: articles.flatMap((a) => a.namedMerges),
    merged: articles.flatMap((a) => a.merged),
    split: articles.flatMap((a) => a.split),
  };
}

/** Reads one article's files and scores the analyzer's report on it. */
export function scoreFiles(
  name,
  { text: textPath, labels: labelsPath, sources: sourcesPath },
  report,
) {
  const text = readFileSync(textPath, 'utf8');
  const labelsRaw = readFileSync(labelsPath, 'utf8');
  let sources;
  try {
    sources = JSON.parse(readFileSync(sourcesPath, 'utf8'));
  } catch (e) {
    throw new SourcesError(`${sourcesPath}: not JSON (${e.message})`);
  }
  if (sources.labels_sha1 && sources.labels_sha1 !== sha1(labelsRaw))
    throw new SourcesError(`${name}: labels.json differs from the labels its sources point into`);
  return groupArticle(name, goldOf(name, text, JSON.parse(labelsRaw), sources), report);
}

const fx = (x) => x.toFixed(3);

/** The headline line, in the style of eval-attributions.mjs's. */
export function headline(t) {
  return (
    `voice grouping B-cubed F1 ${fx(t.f1)} (P ${fx(t.p)} R ${fx(t.r)}), ` +
    `baselines: each alone F1 ${fx(t.baselines.alone.f1)}, same words F1 ${fx(t.baselines.sameWords.f1)}; ` +
    `named people merged ${t.namedMerges.length}; ` +
    `${t.matched} of ${t.labelled} labelled attributions found in ${t.articles} articles`
  );
}

// The drafts of one sentence, merged: a channel joins its cue ("said in a
// statement"), "citing" becomes a link of its host's chain, echoes of a cue
// and non-responses that something else answered are dropped.
import { type Draft } from './cues/draft.ts';

// What merge asks of drafts, as functions made once: closures made inside it
// would get optimised code of their own, thrown away with each call's context.
export const isMedium = (d: Draft) => d.role === 'medium';
export const notMedium = (d: Draft) => d.role !== 'medium';
export const isCiting = (d: Draft) => d.role === 'citing';
export const isNonresponse = (d: Draft) => d.forced === 'non-response';
export const notNonresponse = (d: Draft) => d.forced !== 'non-response';
export const isStrong = (d: Draft) => !d.weakNonresponse;
export const isSpoken = (d: Draft) => d.role === 'verb' || d.role === 'according';

/** A participle clause after a cue that has a source: it only echoes that cue. */
export function isEcho(drafts: readonly Draft[], d: Draft): boolean {
  if (!d.clause) return false;
  for (const o of drafts) if (o !== d && o.at < d.at && !o.forced && o.source) return true;
  return false;
}

/** The cue of `d` lies inside the source of another draft (and not the other way round). */
export function isInside(drafts: readonly Draft[], d: Draft): boolean {
  for (const o of drafts) {
    if (
      o !== d &&
      o.source &&
      o.source.start <= d.cueStart &&
      o.source.end >= d.cueEnd &&
      !(d.source && d.source.start <= o.cueStart && d.source.end >= o.cueEnd)
    )
      return true;
  }
  return false;
}

/** The cue of `d` lies inside the source of one of `drafts`. */
export function inSourceOf(drafts: readonly Draft[], d: Draft): boolean {
  for (const o of drafts)
    if (o.source && o.source.start <= d.cueStart && o.source.end >= d.cueEnd) return true;
  return false;
}

/** The last of `drafts` before token `at` whose role is `role` (any role if null). */
export function lastBefore(drafts: readonly Draft[], at: number, role: Draft['role'] | null) {
  let last: Draft | undefined;
  for (const m of drafts) if (m.at < at && (role === null || m.role === role)) last = m;
  return last;
}

/** The cue that a "citing" draft `d` adds a link to: the last main cue
 * before it, else the first one after it. */
export function citingHost(drafts: readonly Draft[], d: Draft): Draft | undefined {
  let before: Draft | undefined;
  let after: Draft | undefined;
  for (const m of drafts) {
    if (m.role === 'citing' || m === d || m.forced) continue;
    if (m.at < d.at) before = m;
    else if (!after && m.at > d.at) after = m;
  }
  return before ?? after;
}

/** Tie the cues of one sentence together: chains, channels, non-responses. */
export function merge(drafts: Draft[]): Draft[] {
  if (drafts.length <= 1) {
    if (drafts.length === 1 && drafts[0].role === 'medium') return [];
    return drafts;
  }
  // "X condemned the attack, saying ...": the participle adds nothing to X's cue
  const echoes: Draft[] = [];
  for (const d of drafts) if (isEcho(drafts, d)) echoes.push(d);
  if (echoes.length) {
    const rest: Draft[] = [];
    for (const d of drafts) if (!echoes.includes(d)) rest.push(d);
    drafts = rest;
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    if (isInside(drafts, d) && d.role !== 'nonresponse' && d.role !== 'hedge') continue;
    if (d.role === 'document' && inSourceOf(out, d)) continue;
    out.push(d);
  }
  // a channel ("in a statement") belongs to the verb cue before it
  for (const d of out.filter(isMedium)) {
    const host = lastBefore(out, d.at, 'verb');
    if (host) {
      host.medium = d.medium;
      // the cue grows to "said in a statement", not over a participle clause
      let echoBetween = false;
      for (const c of echoes) if (c.at > host.at && c.at < d.at) echoBetween = true;
      if (!echoBetween) host.cueEnd = Math.max(host.cueEnd, d.cueEnd);
    }
  }
  let res = out.filter(notMedium);
  // "citing X" is a further link of the cue before it (or after it)
  for (const d of res.filter(isCiting)) {
    const host = citingHost(res, d);
    if (host && d.source) {
      host.links.push(d.source);
      d.role = 'medium'; // mark absorbed
    }
  }
  res = res.filter(notMedium);
  // a non-response swallows the cue that introduces it ("said he had no
  // information to offer"); "for comment" counts only when nobody answered
  const nonresp = res.filter(isNonresponse);
  if (nonresp.length) {
    const strong = nonresp.filter(isStrong);
    const keep = strong[0] ?? nonresp[0];
    const verbs = res.filter(isSpoken);
    if (!strong.length && verbs.length) {
      res = res.filter(notNonresponse);
    } else {
      const host = lastBefore(verbs, keep.at, null);
      if (host) {
        if (!keep.source || keep.source.pronoun) keep.source = host.source ?? keep.source;
      }
      const kept: Draft[] = [];
      for (const d of res)
        if (d !== host && (d.forced !== 'non-response' || d === keep)) kept.push(d);
      res = kept;
    }
  }
  return res;
}

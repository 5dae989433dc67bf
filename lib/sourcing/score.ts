// Confidence of one attribution, with the reasons a reader sees.
import { KINDS, type Band, type Kind } from './types.ts';
import type { Draft } from './cues/draft.ts';
import type { SourceInfo } from './classify.ts';
import { BASE, LOWER, MODERATE_AT, RAISE, RANGE, STRONG_AT, type ScoredKind } from './weights.ts';

export function bandOf(score: number | null): Band {
  if (score === null) return 'none';
  if (score >= STRONG_AT) return 'strong';
  if (score >= MODERATE_AT) return 'moderate';
  return 'weak';
}

/** Kinds of a chain, strongest first (the order of KINDS). */
export function orderKinds(kinds: readonly Kind[]): Kind[] {
  // a chain has a link or two: a scan of them beats making a Set
  const out: Kind[] = [];
  for (const k of KINDS) if (kinds.includes(k)) out.push(k);
  return out;
}

/** The first link of the given kind. */
function linkOfKind(links: readonly SourceInfo[], kind: Kind): SourceInfo | undefined {
  for (const l of links) if (l.kind === kind) return l;
  return undefined;
}
const fromUnnamedOutlet = (l: SourceInfo) => l.anonOutlet;

const KIND_REASON: Record<Kind, string> = {
  named: 'named person on the record',
  official: 'named institution on the record',
  document: 'cites a document, data or a study',
  secondhand: 'second-hand: cites another outlet',
  anonymous: 'anonymous source',
  vague: 'vague attribution: nobody identifiable',
  'non-response': 'the source declined or could not comment',
};

export interface Scored {
  score: number | null;
  band: Band;
  reasons: string[];
}

/** Score a draft whose chain has the given links (main source first). */
export function scoreDraft(
  d: Draft,
  kinds: Kind[],
  links: SourceInfo[],
  quoted: boolean,
  custom = false,
): Scored {
  const weakest = kinds[kinds.length - 1];
  if (weakest === 'non-response') {
    return {
      score: null,
      band: 'none',
      reasons: [KIND_REASON['non-response'], 'no score: it neither supports nor refutes the claim'],
    };
  }
  const reasons: string[] = [];
  const main = links[0] ?? null;
  // the weakest link sets the score; its own details raise or lower it
  const weakLink = linkOfKind(links, weakest) ?? main;
  let score = BASE[weakest as ScoredKind];
  if (weakest === 'named' && weakLink?.role && !weakLink.backref) {
    score += RAISE.role;
    reasons.push('named person with a role');
  } else if (weakest === 'official' && weakLink?.spokes) {
    reasons.push('unnamed spokesperson for an institution');
  } else if (weakest === 'vague' && weakLink?.vagueDocs) {
    reasons.push('vague reference to unspecified reports or studies');
  } else {
    reasons.push(KIND_REASON[weakest]);
  }
  if (custom) reasons.push('matches one of your own cue phrases');
  if (weakLink?.backref) reasons.push('refers back to a source named earlier');
  if (weakest === 'anonymous') {
    if (weakLink?.specific) {
      score += RAISE.specific;
      reasons.push('the unnamed source is described specifically');
    } else reasons.push('no name and no description');
    if (weakLink?.several) {
      score += RAISE.several;
      reasons.push('several sources');
    }
  }
  if (weakest === 'secondhand') {
    const outlet = linkOfKind(links, 'secondhand');
    if (outlet?.outletNamed) {
      score += RAISE.outletNamed;
      reasons.push('the outlet is named');
    } else if (outlet?.anonOutlet) {
      score -= LOWER.unnamedOutlet;
      reasons.push('the outlet is not named');
    }
  }
  if (weakest === 'document' && weakLink?.specific) {
    score += RAISE.publisher;
    reasons.push('the publisher is named');
  }
  if (quoted && weakest !== 'vague' && weakest !== 'document' && d.role !== 'hedge') {
    score += RAISE.quotation;
    reasons.push('direct quotation');
  }
  if (d.verb?.confirm) {
    score += RAISE.confirmation;
    reasons.push('confirmation');
  }
  if (d.medium) {
    score += RAISE.channel;
    reasons.push(`on the record in ${/^[aeiou]/.test(d.medium) ? 'an' : 'a'} ${d.medium}`);
  }
  // "the Budget Office estimates": a body's published figure is no hedge
  const bodysFigure = d.verb?.measured && (weakest === 'official' || weakest === 'document');
  if (d.verb?.hedge && !bodysFigure) {
    score -= LOWER.hedgeVerb;
    reasons.push('hedging verb lowers confidence');
  }
  if (d.modal) {
    score -= LOWER.modal;
    reasons.push('hedged with "could", "may" or "would"');
  }
  if (kinds.length > 1) {
    score -= LOWER.chainLink * (kinds.length - 1);
    reasons.push('chain of hand-offs: ' + kinds.join(' → '));
    if (kinds.includes('secondhand') && weakest !== 'secondhand')
      reasons.push(KIND_REASON.secondhand);
  }
  if (main?.pronoun && !main.backref) score -= LOWER.unresolved;
  const lo = RANGE[weakest as ScoredKind][0];
  let hi = RANGE[weakest as ScoredKind][1];
  // moderate needs both a specific description and several sources
  if (weakest === 'anonymous' && !(weakLink?.specific && weakLink.several)) {
    hi = Math.min(hi, MODERATE_AT - 1);
  }
  // second-hand from outlets nobody names is as weak as an anonymous source
  if (weakest === 'secondhand' && links.some(fromUnnamedOutlet)) hi = MODERATE_AT - 1;
  score = Math.round(Math.min(hi, Math.max(lo, score)));
  return { score, band: bandOf(score), reasons };
}

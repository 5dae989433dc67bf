// Which way each of score.ts's reasons moved the score, read from the weights
// (weights.ts), so a reader's tooltip can say "raised" or "lowered" without a
// second copy of the scoring rules. The reasons themselves stay as they are:
// the CLI, the Markdown report and the golden files print them.
import type { Kind } from './types.ts';
import { BASE, LOWER, RAISE, STRONG_AT, type ScoredKind } from './weights.ts';
import { LINKED_REASON, OUTLET_LINK_REASON } from './links.ts';
import { LEARNED_REASON } from './learned/reason.ts';

/** raise / lower: the score moved that way; note: it says something, the score did not move. */
export type Effect = 'raise' | 'lower' | 'note';

/** What one reason is, for a reader's words. */
export type ReasonId =
  | `kind:${Kind}`
  | 'role'
  | 'spokesperson'
  | 'vague-documents'
  | 'custom-cue'
  | 'backref'
  | 'described'
  | 'undescribed'
  | 'several'
  | 'outlet-named'
  | 'outlet-unnamed'
  | 'publisher'
  | 'quotation'
  | 'confirmation'
  | 'channel'
  | 'hedge-verb'
  | 'modal'
  | 'chain'
  | 'no-score'
  | 'linked'
  | 'linked-outlet'
  | 'learned'
  | 'unknown';

export interface ReasonEffect {
  id: ReasonId;
  effect: Effect;
  /** The chain's links, strongest first (id "chain"). */
  kinds?: Kind[];
  /** How it was said on the record, "statement", "interview" (id "channel"). */
  medium?: string;
}

const raise = (key: keyof typeof RAISE): Effect => (RAISE[key] > 0 ? 'raise' : 'note');
const lower = (key: keyof typeof LOWER): Effect => (LOWER[key] > 0 ? 'lower' : 'note');
/** A kind starts high (strong) or low: that is its effect on the score. */
const base = (kind: ScoredKind): Effect => (BASE[kind] >= STRONG_AT ? 'raise' : 'lower');

/** Fixed reasons of score.ts, each with the weight that moved the score. */
const FIXED: Record<string, ReasonEffect> = {
  'named person on the record': { id: 'kind:named', effect: base('named') },
  'named person with a role': { id: 'role', effect: raise('role') },
  'named institution on the record': { id: 'kind:official', effect: base('official') },
  'unnamed spokesperson for an institution': { id: 'spokesperson', effect: base('official') },
  'cites a document, data or a study': { id: 'kind:document', effect: base('document') },
  'second-hand: cites another outlet': { id: 'kind:secondhand', effect: base('secondhand') },
  'anonymous source': { id: 'kind:anonymous', effect: base('anonymous') },
  'vague attribution: nobody identifiable': { id: 'kind:vague', effect: base('vague') },
  'vague reference to unspecified reports or studies': {
    id: 'vague-documents',
    effect: base('vague'),
  },
  'the source declined or could not comment': { id: 'kind:non-response', effect: 'note' },
  'no score: it neither supports nor refutes the claim': { id: 'no-score', effect: 'note' },
  'matches one of your own cue phrases': { id: 'custom-cue', effect: 'note' },
  'refers back to a source named earlier': { id: 'backref', effect: 'note' },
  'the unnamed source is described specifically': { id: 'described', effect: raise('specific') },
  // the raise for a description it did not get
  'no name and no description': { id: 'undescribed', effect: 'lower' },
  'several sources': { id: 'several', effect: raise('several') },
  'the outlet is named': { id: 'outlet-named', effect: raise('outletNamed') },
  'the outlet is not named': { id: 'outlet-unnamed', effect: lower('unnamedOutlet') },
  'the publisher is named': { id: 'publisher', effect: raise('publisher') },
  'direct quotation': { id: 'quotation', effect: raise('quotation') },
  confirmation: { id: 'confirmation', effect: raise('confirmation') },
  'hedging verb lowers confidence': { id: 'hedge-verb', effect: lower('hedgeVerb') },
  'hedged with "could", "may" or "would"': { id: 'modal', effect: lower('modal') },
  // links.ts: a source one click away, or another outlet's report made checkable
  [LINKED_REASON]: { id: 'linked', effect: raise('linked') },
  [OUTLET_LINK_REASON]: { id: 'linked-outlet', effect: 'note' },
  // learned/merge.ts: what the tagger added says so; the score is the rules'
  [LEARNED_REASON]: { id: 'learned', effect: 'note' },
};

const KIND_SET: ReadonlySet<string> = new Set<Kind>([
  'named',
  'official',
  'document',
  'secondhand',
  'anonymous',
  'vague',
  'non-response',
]);

const CHAIN = 'chain of hand-offs: ';
const CHANNEL = /^on the record in an? (.+)$/;

/** The id and effect of one reason string as score.ts writes it; "unknown" for any other. */
export function reasonEffect(reason: string): ReasonEffect {
  const fixed = FIXED[reason];
  if (fixed) return { ...fixed };
  if (reason.startsWith(CHAIN)) {
    const kinds = reason
      .slice(CHAIN.length)
      .split(' → ')
      .filter((k): k is Kind => KIND_SET.has(k));
    return { id: 'chain', effect: lower('chainLink'), kinds };
  }
  const channel = CHANNEL.exec(reason);
  if (channel) return { id: 'channel', effect: raise('channel'), medium: channel[1] };
  return { id: 'unknown', effect: 'note' };
}

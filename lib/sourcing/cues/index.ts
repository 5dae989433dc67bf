// The cue constructions, in the order they try each token: the first that
// applies there reads it. Phrases come first ("according to" before "to"),
// then the passive forms (before the verb path would read "was published" as
// a verb), the verbs, the nouns, and last a colon before a quotation. A new
// construction is one module here and one table test in
// tests/unit/sourcing/cues/ (docs/analyzer.md).
import { colonQuote } from './colon-quote.ts';
import { documentNoun } from './document-noun.ts';
import { inPoll } from './in-poll.ts';
import { type CueConstruction } from './draft.ts';
import { opinionPassive } from './opinion-passive.ts';
import { passiveAgent } from './passive-agent.ts';
import { phraseCues } from './phrase-cues.ts';
import { reportingNoun } from './reporting-noun.ts';
import { reportingVerb } from './reporting-verb.ts';

export const CONSTRUCTIONS: readonly CueConstruction[] = [
  phraseCues,
  opinionPassive,
  passiveAgent,
  reportingVerb,
  reportingNoun,
  documentNoun,
  inPoll,
  colonQuote,
];

/** The constructions whose cue is no word, with a sentence gate of their own. */
export const GATED: readonly CueConstruction[] = CONSTRUCTIONS.filter((c) => c.gate);

/** Every construction's trigger words, once each. */
export function triggerWords(constructions = CONSTRUCTIONS): string[] {
  const words = new Set<string>();
  for (const c of constructions) for (const w of c.triggers()) words.add(w);
  return [...words];
}

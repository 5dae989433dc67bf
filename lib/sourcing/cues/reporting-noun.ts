// A reporting noun with a possessive source: "the administration's first
// comments", "Lind's remarks on". The nouns are in lexicon/documents.ts
// REPORTING_NOUNS; the source must be one the article names.
import { classifyPhrase } from '../classify.ts';
import { compoundHead } from '../grammar/clauses.ts';
import { collectLeft } from '../grammar/noun-phrase.ts';
import { REPORTING_NOUNS } from '../lexicon/index.ts';
import { type CueConstruction, newDraft } from './draft.ts';

export const reportingNoun: CueConstruction = {
  name: 'reporting-noun',
  triggers: () => REPORTING_NOUNS,
  mayStart: (t) => !t.quoted && !t.cap && REPORTING_NOUNS.hasBase(t),
  detect(ctx, i, out) {
    const { toks, lo, hi, book } = ctx;
    const t = toks[i];
    // "warning system": a compound, not a statement
    if (compoundHead(toks, i + 1, hi)) return -1;
    // the possessive is at most three words before the noun
    for (let k = i - 1; k >= Math.max(lo, i - 3); k--) {
      const p = toks[k];
      if (!p.word) break;
      if (!p.poss) continue;
      const s = collectLeft(toks, k, lo);
      // the comments as the clause's subject ("The administration's first
      // comments came with a warning"), not as the object of another's verb
      // ("Hollande denounced Trump's remarks", "responded to Calderon's
      // remarks"): on PolNeAR train, 2 of 108 such cues were annotated, and
      // most of the others were an object
      if (s > lo && toks[s - 1].word) break;
      const src = classifyPhrase(toks, s, k + 1, book);
      if (src && src.known && !src.pronoun && src.kind !== 'document')
        out.push(newDraft('verb', t.start, t.end, i, src));
      break;
    }
    return i;
  },
};

// The passive with its agent: "was published by X", "were confirmed by X",
// "a study led by X". Starts on a participle of lexicon/verbs.ts
// PUBLISH_PARTICIPLES or on a reporting verb in -ed without a frame.
import { classifyPhrase } from '../classify.ts';
import { documentBefore, hasFrame } from '../grammar/clauses.ts';
import { collectRight } from '../grammar/noun-phrase.ts';
import { type Token } from '../tokens.ts';
import { type CueConstruction, newDraft } from './draft.ts';

import {
  DOC_ONLY_PARTICIPLES,
  PASSIVE_AUX,
  PUBLISH_PARTICIPLES,
  REPORTING_VERBS,
} from '../lexicon/index.ts';

const isAgentParticiple = (w: string) =>
  PUBLISH_PARTICIPLES.has(w) || (REPORTING_VERBS.has(w) && w.endsWith('ed') && !hasFrame(w));

export const passiveAgent: CueConstruction = {
  name: 'passive-agent',
  // "led", "carried", "conducted" need a document noun before them, itself a
  // trigger: leaving them out spares the parse of every "led by" in the news
  triggers: () =>
    [...PUBLISH_PARTICIPLES, ...REPORTING_VERBS.keys()].filter(
      (w) => isAgentParticiple(w) && !DOC_ONLY_PARTICIPLES.has(w),
    ),
  mayStart: (t: Token) => !t.quoted && isAgentParticiple(t.base),
  detect(ctx, i, out) {
    const { toks, lo, hi, book } = ctx;
    const t = toks[i];
    if (
      i <= lo ||
      i + 2 >= hi ||
      toks[i + 1].base !== 'by' ||
      !PASSIVE_AUX.hasBase(toks[i - 1]) ||
      // "the scientists were led by X" is no document; "a study led by X" is
      (DOC_ONLY_PARTICIPLES.has(t.base) && !documentBefore(toks, i - 1, lo))
    )
      return -1;
    const e = collectRight(toks, i + 2, hi);
    const src = classifyPhrase(toks, i + 2, e, book);
    if (!src || src.pronoun) return -1;
    out.push(newDraft('by', t.start, toks[i + 1].end, i, src));
    return i + 1;
  },
};

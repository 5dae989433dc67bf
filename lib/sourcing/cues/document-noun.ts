// A document and who made it: "a report released by X", "a study published
// in X", "data from the Census Bureau". The nouns are in lexicon/documents.ts
// DOCUMENT_NOUNS; "the poll shows" (a document as a verb's subject) is the
// reporting-verb construction's.
import { classifyPhrase } from '../classify.ts';
import { collectRight, isReportingVerb } from '../grammar/noun-phrase.ts';
import { type CueConstruction, newDraft } from './draft.ts';

import {
  AFTER_PUBLISHED,
  DOCUMENT_NOUNS,
  NP_BOUNDARY_WORDS,
  PUBLISH_PARTICIPLES,
} from '../lexicon/index.ts';

/** How many words before the noun its phrase may start ("the 2019 annual budget report"). */
const DOCUMENT_NP_REACH = 6;

export const documentNoun: CueConstruction = {
  name: 'document-noun',
  triggers: () => DOCUMENT_NOUNS,
  mayStart: (t) => !t.quoted && !t.cap && DOCUMENT_NOUNS.hasBase(t),
  detect(ctx, i, out) {
    const { toks, lo, hi, book } = ctx;
    const t = toks[i];
    const n1 = toks[i + 1];
    const n2 = toks[i + 2];
    if (!n1 || i + 1 >= hi || !n1.word) return i;
    const published =
      PUBLISH_PARTICIPLES.hasBase(n1) &&
      n2 &&
      i + 2 < hi &&
      n2.word &&
      AFTER_PUBLISHED.has(n2.base);
    const from = n1.base === 'from' && n2 && i + 2 < hi && n2.word && (n2.cap || n2.base === 'the');
    if (!published && !from) return i;
    let s = i;
    while (
      s > lo &&
      toks[s - 1].word &&
      !toks[s - 1].quoted &&
      !NP_BOUNDARY_WORDS.hasBase(toks[s - 1]) &&
      i - s < DOCUMENT_NP_REACH &&
      !isReportingVerb(toks[s - 1])
    )
      s--;
    const agentStart = published ? i + 3 : i + 2;
    let e = collectRight(toks, agentStart, hi);
    // "data from the Census Bureau shows ...": the agent ends at the verb
    for (let q = agentStart; q < e; q++) {
      if (isReportingVerb(toks[q]) && !toks[q].cap) {
        e = q;
        break;
      }
    }
    const src = classifyPhrase(toks, s, Math.max(e, i + 1), book);
    if (!src || (src.kind !== 'document' && src.kind !== 'secondhand')) return i;
    out.push(newDraft('document', t.start, toks[i + 1].end, i, src));
    return i;
  },
};

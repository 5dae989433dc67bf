// An opinion in the passive: "was hailed as a model", "seen by many as a
// hero", "described as 'reckless' by the union". Starts on a participle of
// lexicon/verbs.ts OPINION_PARTICIPLES.
import { type SourceInfo, classifyPhrase } from '../classify.ts';
import { collectRight, isAdverb } from '../grammar/noun-phrase.ts';
import { findSubject } from '../grammar/subject.ts';
import { type Ctx, type CueConstruction, type Draft, newDraft } from './draft.ts';

import {
  AGENT_REACH,
  AUX_WORDS,
  BE_FORMS,
  CLAUSE_STOPS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  RELATIVES,
  OPINION_PARTICIPLES,
  THING_PRONOUNS,
} from '../lexicon/index.ts';

/** An opinion stated in the passive: "has been hailed as a model" (nobody
 * holds it: vague), "seen by many Africans as a hero", "described as
 * 'reckless' by the union" (the agent holds it). Active uses ("police
 * described the man as ...") are left to the verb path. */
export function passiveOpinion(ctx: Ctx, i: number): Draft | null {
  const { toks, lo, hi, book } = ctx;
  const t = toks[i];
  const next = toks[i + 1];
  if (!next.word || (next.base !== 'as' && next.base !== 'by')) return null;
  // passive: a form of "be", a comma or an opening before it ("a move seen
  // as"), never a subject that could be the verb's ("police described ... as")
  let b = i - 1;
  while (
    b >= lo &&
    toks[b].word &&
    (isAdverb(toks[b]) || AUX_WORDS.hasBase(toks[b])) &&
    !BE_FORMS.has(toks[b].base)
  )
    b--;
  const be = b >= lo && toks[b].word && BE_FORMS.has(toks[b].base);
  if (!be && b >= lo && toks[b].word && t.base !== 'seen') {
    const f = findSubject(ctx, i, i);
    if (f.src) return null;
  }
  let agent: SourceInfo | null = null;
  let last = i + 1;
  if (next.base === 'by') {
    const e = collectRight(toks, i + 2, hi);
    agent = classifyPhrase(toks, i + 2, e, book);
    // "seen by Reuters" alone is access, not opinion: an "as" must follow
    if (!agent || e >= hi || !toks[e].word || (toks[e].base !== 'as' && toks[e].base !== 'to'))
      return null;
    last = e;
  } else {
    // "seen as many as 40": a comparison; "seen as he left": a time clause
    const c = toks[i + 3];
    if (c && i + 3 < hi && c.word && c.base === 'as') return null;
    const n2 = toks[i + 2];
    if (
      n2 &&
      i + 2 < hi &&
      n2.word &&
      (PERSON_PRONOUNS.hasBase(n2) ||
        PLURAL_PRONOUNS.hasBase(n2) ||
        THING_PRONOUNS.hasBase(n2) ||
        n2.base === 'you')
    )
      return null;
    for (let k = i + 2; k < hi && k <= i + AGENT_REACH; k++) {
      const w = toks[k];
      if (CLAUSE_STOPS.has(w.text) || (w.word && !w.quoted && RELATIVES.hasBase(w))) break;
      if (w.word && !w.quoted && w.base === 'by') {
        const e = collectRight(toks, k + 1, hi);
        agent = classifyPhrase(toks, k + 1, e, book);
        break;
      }
    }
  }
  if (agent && !agent.pronoun) return newDraft('by', t.start, toks[last].end, i, agent);
  const d = newDraft('hedge', t.start, toks[last].end, i, null);
  d.forced = 'vague';
  return d;
}

export const opinionPassive: CueConstruction = {
  name: 'opinion-passive',
  triggers: () => OPINION_PARTICIPLES,
  mayStart: (t) => !t.quoted && OPINION_PARTICIPLES.hasBase(t),
  detect(ctx, i, out) {
    if (i + 1 >= ctx.hi) return -1;
    const d = passiveOpinion(ctx, i);
    if (!d) return -1;
    out.push(d);
    return i;
  },
};

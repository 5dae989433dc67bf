// A figure placed in a poll: "In an NBC News/Wall Street Journal poll released
// Monday, 50 percent chose Clinton", "she led by ten points in the latest
// survey". The poll is the source of what the sentence says; the cue is the
// "in" that places it there (as PolNeAR annotates it: 71 misses of "in" on
// its train split, most of them this). Other documents are left out: "in a
// statement" or "in a report" comes with its own verb ("..., the agency said").
import { classifyPhrase } from '../classify.ts';
import { NP_BOUNDARY_WORDS, POLL_NOUNS } from '../lexicon/index.ts';
import { type CueConstruction, newDraft } from './draft.ts';

/** How many tokens may stand between "in" and the noun ("an NBC News/Wall
 * Street Journal poll": 8). */
const POLL_NP_REACH = 9;

/** Words before "in" that make the subject a respondent, not the poll a
 * source: "took part in the survey", "participated in polls". */
const TAKING_PART = new Set([
  'part',
  'participate',
  'participates',
  'participated',
  'participating',
]);

export const inPoll: CueConstruction = {
  name: 'in-poll',
  triggers: () => POLL_NOUNS,
  mayStart: (t) => t.base === 'in' && !t.quoted,
  detect(ctx, i, out) {
    const { toks, lo, hi, book } = ctx;
    if (i > lo && TAKING_PART.has(toks[i - 1].base)) return -1;
    // the noun within reach: between them only unquoted words of its noun
    // phrase ("in the wake of a new poll" is no place in a poll) and the
    // slash, hyphen and point of names ("NBC/WSJ", "mid-January", "U.S.")
    let k = i + 1;
    while (k < hi && k - i <= POLL_NP_REACH) {
      const t = toks[k];
      if (!t.word) {
        if (t.text !== '/' && t.text !== '-' && t.text !== '.') return -1;
      } else if (t.quoted || NP_BOUNDARY_WORDS.hasBase(t) || t.base === 'of') return -1;
      else if (POLL_NOUNS.hasBase(t)) break;
      k++;
    }
    if (k >= hi || k - i > POLL_NP_REACH || !toks[k].word) return -1;
    const src = classifyPhrase(toks, i + 1, k + 1, book);
    if (!src || (src.kind !== 'document' && src.kind !== 'secondhand')) return -1;
    out.push(newDraft('document', toks[i].start, toks[i].end, i, src));
    return k;
  },
};

// Multi-word cue phrases from the lexicon (lexicon/phrases.ts), matched word
// by word at each token, longest first: "according to", "citing", "declined
// to comment", "reportedly", "in a statement", "pointed out". What follows a
// match depends on the phrase's role; "according to"-like roles and
// non-responses have modules of their own.
import { findSubject } from '../grammar/subject.ts';
import { PHRASES, type PhraseCue, REPORTING_VERBS } from '../lexicon/index.ts';
import { PhraseTrie } from '../phrases.ts';
import { sourceAfterPhrase } from './according-to.ts';
import { type CueConstruction, newDraft } from './draft.ts';
import { nonresponseSource } from './non-response.ts';

// Built on first use, not when the script loads: most pages are never
// analysed (building it was a third of the content script's start-up).
let trie: PhraseTrie<PhraseCue> | null = null;
function phraseTrie(): PhraseTrie<PhraseCue> {
  if (trie) return trie;
  trie = new PhraseTrie<PhraseCue>();
  for (const p of PHRASES) trie.add(p.phrase, p);
  return trie;
}

// words too common to pick a sentence out by
const COMMON_WORDS = new Set([
  'would',
  'could',
  'made',
  'went',
  'point',
  'based',
  'information',
  'case',
  'have',
  'been',
]);

/** The word of a phrase that picks out the sentences holding it. */
export function rarestWord(phrase: string): string {
  const words = phrase.split(' ');
  // a word that already picks sentences out (a reporting verb) costs nothing more
  for (const w of words) if (REPORTING_VERBS.has(w)) return w;
  // the longest uncommon word, else the longest word (the first of equals)
  let best = '';
  let bestGood = '';
  for (const w of words) {
    if (w.length > best.length) best = w;
    if (w.length > 3 && !COMMON_WORDS.has(w) && w.length > bestGood.length) bestGood = w;
  }
  return bestGood || best;
}

export const phraseCues: CueConstruction = {
  name: 'phrase-cues',
  triggers: () => PHRASES.map((p) => rarestWord(p.phrase)),
  mayStart: () => true,
  detect(ctx, i, out) {
    const { toks, hi } = ctx;
    const t = toks[i];
    const pm = phraseTrie().match(toks, i, hi);
    if (!pm) return -1;
    const cue = pm.value;
    const last = pm.last;
    // inside a quotation only a quoted answer counts ("said he had “no comment”")
    if (t.quoted && !(cue.role === 'nonresponse' && t.base === 'no')) return -1;
    const d = newDraft(cue.role, t.start, toks[last].end, i, null);
    switch (cue.role) {
      case 'according':
      case 'citing':
      case 'by':
        if (!sourceAfterPhrase(ctx, cue, last, d)) return i;
        break;
      case 'nonresponse':
        nonresponseSource(ctx, cue, i, d);
        break;
      case 'hedge':
        d.forced = 'vague';
        break;
      case 'medium':
        d.medium = cue.phrase.replace(/^in (a|an) /, '');
        break;
      case 'verb': {
        // "pointed out", "was quoted as saying": a verb of several words
        const f = findSubject(ctx, i, last);
        if (!f.src) return last;
        d.source = f.src;
        d.inverted = f.inverted;
        d.verb = cue.info ?? {};
        break;
      }
    }
    out.push(d);
    return last;
  },
};

// The cue gate (lib/sourcing/gate.ts) keeps sentences from the detector only
// when the detector would find nothing in them, and says exactly when such a
// sentence still mentions a document. Checked sentence by sentence on real
// articles and on generated sentences made of the words the gate reads: cue
// words, "by", "as", "from", capitals, possessives, quotation marks, words
// outside ASCII.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MARKED, scanTokens } from '../../../lib/sourcing/scan.ts';
import { segmentStream } from '../../../lib/sourcing/segment.ts';
import { materialize } from '../../../lib/sourcing/tokens.ts';
import { learnNames } from '../../../lib/sourcing/names.ts';
import { detectSentence } from '../../../lib/sourcing/detect.ts';
import { cueGate, DOCUMENT_ONLY, gateTables, MAYBE_CUE } from '../../../lib/sourcing/gate.ts';
import {
  DOCUMENT_NOUNS,
  OPINION_PARTICIPLES,
  PHRASES,
  PUBLISH_PARTICIPLES,
  REPORTING_NOUNS,
  REPORTING_VERBS,
} from '../../../lib/sourcing/lexicon.ts';
import { extractFromHtml } from '../../../bin/extract.ts';

const root = resolve(import.meta.dirname, '../../..');
const NEWS = resolve(root, '..', 'shared', 'corpus', 'news');
const present = existsSync(NEWS);
if (!present) console.warn(`gate.test: ${NEWS} is absent; the real articles are skipped`);

/** The corpus's news articles (plain text). */
function corpusArticles(): string[] {
  return readdirSync(NEWS)
    .map((d) => join(NEWS, d, 'article.txt'))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
}

interface Tally {
  skipped: number;
  documentOnly: number;
}

/** Checks every sentence of `text` that holds a trigger word and that the
 * gate keeps from the detector; counts them. */
function checkText(text: string, tally: Tally): void {
  const { slots, triggers } = gateTables();
  const ts = scanTokens(text, slots);
  const seg = segmentStream(text, ts);
  const book = learnNames(text, ts);
  for (let s = 0; s < seg.starts.length; s++) {
    const k0 = seg.tok0[s];
    const k1 = seg.tok1[s];
    let trigger = false;
    for (let k = k0; k < k1; k++)
      if (ts.flags[k] & MARKED && triggers.has(ts.hash[k])) trigger = true;
    const gate = cueGate(text, ts, k0, k1);
    if (!trigger || gate === MAYBE_CUE) continue;
    const sentence = text.slice(seg.starts[s], seg.ends[s]);
    const toks = materialize(text, ts, k0, k1);
    const mentions = toks.some((t) => t.word && !t.quoted && !t.cap && DOCUMENT_NOUNS.hasBase(t));
    expect(mentions, sentence).toBe(gate === DOCUMENT_ONLY);
    // the first word as written, and without its capital (the run loop may
    // take it away: "Experts say")
    expect(detectSentence(toks, 0, toks.length, book), sentence).toEqual([]);
    const first = toks.find((t) => t.word);
    if (first?.cap) {
      first.cap = false;
      expect(detectSentence(toks, 0, toks.length, book), sentence).toEqual([]);
    }
    tally.skipped++;
    if (gate === DOCUMENT_ONLY) tally.documentOnly++;
  }
}

const pick = <T>(xs: Iterable<T>, n: number): T[] => {
  const all = [...xs];
  const step = Math.max(1, Math.floor(all.length / n));
  return all.filter((_, i) => i % step === 0);
};
const phraseWords = [...new Set(PHRASES.flatMap((p) => p.phrase.split(' ')))];
const CUE_WORDS = [
  ...pick(REPORTING_VERBS.keys(), 40),
  ...pick(DOCUMENT_NOUNS, 15),
  ...pick(REPORTING_NOUNS, 10),
  ...pick(PUBLISH_PARTICIPLES, 10),
  ...pick(OPINION_PARTICIPLES, 8),
  ...pick(phraseWords, 40),
];
const OTHER_WORDS = [
  ...['by', 'as', 'from', 'the', 'a', 'was', 'were', 'not', 'police', 'officials', 'minister'],
  ...['Reuters', 'Smith', 'Émile', 'Zürich', ',', '.', ':', '“', '”', '"'],
];
const word = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom(...CUE_WORDS), weight: 1 },
      { arbitrary: fc.constantFrom(...OTHER_WORDS), weight: 2 },
    ),
    fc.nat(5),
  )
  .map(([w, form]) => {
    if (!/^[a-z]/.test(w)) return w;
    // as listed, capitalized, possessive with either apostrophe
    if (form === 1) return w[0].toUpperCase() + w.slice(1);
    if (form === 2) return `${w}'s`;
    if (form === 3) return `${w}’s`;
    return w;
  });
// Sentences built from the cue grammar, so that the detector does find cues
// in many of them: each slot a cue word, written as listed or changed
// (capitalized, possessive, in quotation marks, with a letter outside
// ASCII), and the words around it.
const SOURCES = ['the ministry', 'Reuters', 'the police', 'Acme Corp', 'José Álvarez', 'officials'];
const cueWord = (words: readonly string[]) =>
  fc.tuple(fc.constantFrom(...words), fc.nat(6)).map(([w, form]) => {
    if (form === 1) return w[0].toUpperCase() + w.slice(1);
    if (form === 2) return `${w}'s`;
    if (form === 3) return `${w}’s`;
    if (form === 4) return `“${w}”`;
    // the Kelvin sign, which lower-cases to "k": a word outside ASCII that
    // is a cue word all the same
    if (form === 5) return w.replace('k', '\u212a');
    return w;
  });
const source = fc.constantFrom(...SOURCES);
const after = fc.constantFrom('by', 'by', 'as', 'as', 'from', 'from', 'in', 'that', 'the', 'last');
const verbs = [...REPORTING_VERBS.keys()];
const templates = fc.oneof(
  fc.tuple(source, cueWord(verbs)).map(([s, v]) => `${s} ${v} that the plan failed`),
  fc
    .tuple(cueWord([...PUBLISH_PARTICIPLES, ...verbs]), after, source)
    .map(([p, a, s]) => `the figures were ${p} ${a} ${s}`),
  fc
    .tuple(cueWord([...OPINION_PARTICIPLES]), after, source)
    .map(([p, a, s]) => `the move is ${p} ${a} ${s} as a mistake`),
  fc.tuple(source, cueWord([...REPORTING_NOUNS])).map(([s, n]) => `${s}'s first ${n} came late`),
  fc
    .tuple(cueWord([...DOCUMENT_NOUNS]), cueWord([...PUBLISH_PARTICIPLES]), after, source)
    .map(([d, p, a, s]) => `a ${d} ${p} ${a} ${s} last year`),
  fc
    .tuple(cueWord([...DOCUMENT_NOUNS]), after, source)
    .map(([d, a, s]) => `${d} ${a} ${s} was late`),
  fc
    .tuple(fc.constantFrom(...PHRASES.map((p) => p.phrase)), fc.nat(3), source)
    .map(([p, form, s]) => {
      const words = p.split(' ');
      // one word of the phrase changed, or none
      if (form > 0 && words.length > 1) words[form % words.length] = 'quite';
      return `${s} ${words.join(' ')} the plan`;
    }),
  fc.array(word, { minLength: 2, maxLength: 10 }).map((ws) => ws.join(' ')),
);
const sentences = fc
  .array(fc.tuple(templates, fc.boolean()), { minLength: 1, maxLength: 5 })
  .map((ss) =>
    ss.map(([t, capital]) => `${capital ? t[0].toUpperCase() + t.slice(1) : t}.`).join(' '),
  );

describe('the cue gate', () => {
  test.skipIf(!present)(
    'skips only sentences the detector finds nothing in, in real articles',
    () => {
      const texts = [
        extractFromHtml(readFileSync(resolve(root, 'demo/article.html'), 'utf8')).text,
        ...corpusArticles(),
      ];
      const tally: Tally = { skipped: 0, documentOnly: 0 };
      for (const text of texts) checkText(text, tally);
      // the gate does skip sentences there (else this would check nothing)
      expect(tally.skipped).toBeGreaterThan(100);
      expect(tally.documentOnly).toBeGreaterThan(5);
    },
  );

  test('skips only sentences the detector finds nothing in, in generated ones', () => {
    const tally: Tally = { skipped: 0, documentOnly: 0 };
    fc.assert(
      fc.property(sentences, (text) => checkText(text, tally)),
      { numRuns: 2000 },
    );
    expect(tally.skipped).toBeGreaterThan(50);
    expect(tally.documentOnly).toBeGreaterThan(5);
  });
});

// What the whole article teaches about its proper names, learned in one pass
// over the token stream before detection: "Tom Forte" (a given name first, or
// a title before) makes "Forte" a person; "a Whole Foods spokeswoman", "Con
// Edison officials" or "Acme, which ..." make those names organisations.
import {
  COUNTRY_NAMES,
  GIVEN_NAMES,
  INSTITUTION_NAMES,
  INSTITUTION_NOUNS,
  NOT_NAME_WORDS,
  ROLE_WORDS,
} from './lexicon.ts';
import { CAP, WORD, type TokenStream } from './scan.ts';

export interface NameBook {
  persons: Set<string>;
  orgs: Set<string>;
  /** Last words of multi-word names ("Forte" from "Tom Forte"): a lone
   * capitalized subject seen this way is likely a person's surname. */
  surnames: Set<string>;
}

/** Words after a name that make it an organisation's: "Acme spokeswoman". */
const ORG_AFTER = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'official',
  'officials',
  'executive',
  'executives',
  'employees',
  'workers',
  'staff',
  'staffers',
  'store',
  'stores',
  'shares',
  'stock',
  'headquarters',
  'brand',
  'customers',
  'products',
  'board',
  'shareholders',
  'subsidiary',
  'division',
  'unit',
  'ceo',
  'website',
  'app',
  'plant',
  'factory',
  'facility',
  'facilities',
]);
/** Titles before a name that make it a person's. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'president',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'mayor',
  'minister',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'ceo',
  'director',
  'commissioner',
  'professor',
  'judge',
  'justice',
  'ambassador',
  'gen',
  'general',
  'col',
  'colonel',
  'capt',
  'captain',
  'lt',
  'sgt',
  'officer',
  'detective',
  'founder',
  'co-founder',
  'analyst',
  'economist',
  'developer',
  'skipper',
  'coach',
  'attorney',
  'lawyer',
  'editor',
  'reporter',
  'author',
  'chief',
  'deputy',
  'leader',
  'host',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'chancellor',
  'premier',
  'speaker',
  'fellow',
  'veteran',
  'nurse',
  'doctor',
  'teacher',
  'student',
  'resident',
]);
/** Lower-case words that may sit inside a name: "Bank of England". */
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'da']);

const lowerOf = (text: string, ts: TokenStream, k: number) =>
  text
    .slice(ts.start[k], ts.end[k])
    .toLowerCase()
    .replace(/['’]s$|['’]$/, '')
    .replace(/\.$/, '');

export function learnNames(text: string, ts: TokenStream): NameBook {
  const persons = new Set<string>();
  const orgs = new Set<string>();
  const surnames = new Set<string>();
  const { count, flags, start, end } = ts;
  const isCapWord = (k: number) => k < count && (flags[k] & (WORD | CAP)) === (WORD | CAP);
  const adjacent = (a: number, b: number) =>
    start[b] - end[a] === 1 && text.charCodeAt(end[a]) === 32;

  for (let k = 0; k < count; k++) {
    if (!isCapWord(k)) continue;
    // the run of capitalized words starting at k
    let e = k + 1;
    for (;;) {
      if (isCapWord(e) && adjacent(e - 1, e)) {
        e++;
        continue;
      }
      // an initial inside a name: "Robert M. Danin"
      if (
        e + 1 < count &&
        end[e - 1] - start[e - 1] === 1 &&
        !(flags[e] & WORD) &&
        start[e] === end[e - 1] &&
        text.charCodeAt(start[e]) === 46 &&
        isCapWord(e + 1) &&
        adjacent(e, e + 1)
      ) {
        e += 2;
        continue;
      }
      if (
        e + 1 < count &&
        flags[e] & WORD &&
        !(flags[e] & CAP) &&
        adjacent(e - 1, e) &&
        isCapWord(e + 1) &&
        adjacent(e, e + 1) &&
        CONNECTORS.has(lowerOf(text, ts, e))
      ) {
        e += 2;
        continue;
      }
      break;
    }
    const runStart = k;
    k = e - 1;
    const words: string[] = [];
    for (let q = runStart; q < e; q++) {
      if (flags[q] & CAP && !(end[q] - start[q] === 1 && q + 1 < e && !(flags[q + 1] & WORD))) {
        words.push(lowerOf(text, ts, q));
      }
    }
    // drop sentence-initial function words ("The", "But") from the run
    while (words.length && NOT_NAME_WORDS.has(words[0])) words.shift();
    if (!words.length) continue;
    const name = words.join(' ');
    if (words.length >= 2) surnames.add(words[words.length - 1]);
    // what follows: "Acme spokeswoman", "Acme, which"; "Jones, who"
    const next = e < count && flags[e] & WORD ? lowerOf(text, ts, e) : '';
    const comma = e < count && !(flags[e] & WORD) && text.charCodeAt(start[e]) === 44;
    const afterComma = comma && e + 1 < count ? lowerOf(text, ts, e + 1) : '';
    if (
      ORG_AFTER.has(next) ||
      (next === 'chief' && e + 1 < count && lowerOf(text, ts, e + 1) === 'executive')
    ) {
      orgs.add(name);
      continue;
    }
    if (afterComma === 'which') {
      orgs.add(name);
      continue;
    }
    const lastWord = words[words.length - 1];
    if (INSTITUTION_NOUNS.has(lastWord) || COUNTRY_NAMES.has(name) || INSTITUTION_NAMES.has(name))
      continue;
    // what comes before: a title ("Mr. Jones", "spokesman Tom Reed")
    let p = runStart - 1;
    if (p >= 0 && !(flags[p] & WORD) && text.charCodeAt(start[p]) === 46) p--;
    let titled = p >= 0 && (flags[p] & WORD) !== 0 && TITLES.has(lowerOf(text, ts, p));
    // titles inside the run ("President Barack Obama")
    while (words.length > 1 && ROLE_WORDS.has(words[0])) {
      words.shift();
      titled = true;
    }
    const digitAfterComma = comma && /^\d{1,3}$/.test(afterComma);
    if (
      (words.length >= 2 && GIVEN_NAMES.has(words[0])) ||
      (titled && words.length <= 3) ||
      afterComma === 'who' ||
      afterComma === 'whose' ||
      digitAfterComma
    ) {
      if (words.length > 3) continue;
      persons.add(words.join(' '));
      // "Guo Jiakun" then "Guo said": family names come first in some languages
      for (const w of words) if (!GIVEN_NAMES.has(w)) persons.add(w);
    }
  }
  // a name seen as a person is not an organisation
  for (const p of persons) orgs.delete(p);
  return { persons, orgs, surnames };
}

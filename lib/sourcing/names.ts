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
} from './lexicon/index.ts';
import { CAP, WORD, hashWord, type TokenStream } from './scan.ts';

export interface NameBook {
  persons: Set<string>;
  orgs: Set<string>;
  /** Hashes (see scan.ts) of the last words of multi-word names ("Forte"
   * from "Tom Forte"): a lone capitalized subject seen this way is likely a
   * person's surname. */
  surnames: Set<number>;
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

// The lists asked about the words of a run, by the hash the scan made of each
// word (see scan.ts): a run of capitals is read without making its strings.
const hashesOf = (words: Iterable<string>) =>
  new Set(Array.from(words, (w) => hashWord(w, 0, w.length)));
interface NameLists {
  notName: Set<number>;
  role: Set<number>;
  given: Set<number>;
  orgAfter: Set<number>;
  title: Set<number>;
  connector: Set<number>;
  institution: Set<number>;
}
// made at the first analysis, not when the content script loads on a page
let LISTS: NameLists | null = null;
const lists = (): NameLists =>
  (LISTS ??= {
    notName: hashesOf(NOT_NAME_WORDS),
    role: hashesOf(ROLE_WORDS),
    given: hashesOf(GIVEN_NAMES),
    orgAfter: hashesOf(ORG_AFTER),
    title: hashesOf(TITLES),
    connector: hashesOf(CONNECTORS),
    institution: hashesOf(INSTITUTION_NOUNS),
  });

/** Builds the name lists now rather than at their first use (see prepare()). */
export function prepareNames(): void {
  lists();
}
const H_WHICH = hashWord('which', 0, 5);
const H_WHO = hashWord('who', 0, 3);
const H_WHOSE = hashWord('whose', 0, 5);
const H_CHIEF = hashWord('chief', 0, 5);
const H_A = hashWord('a', 0, 1);
const H_AN = hashWord('an', 0, 2);
const H_THE = hashWord('the', 0, 3);
const H_EXECUTIVE = hashWord('executive', 0, 9);

/** End of a word without its possessive ("China’s") or final dot. */
function coreEnd(text: string, s: number, e: number): number {
  const last = text.charCodeAt(e - 1);
  if (e - s > 2 && (last === 115 || last === 83)) {
    const ap = text.charCodeAt(e - 2);
    if (ap === 39 || ap === 0x2019) return e - 2;
  }
  if (last === 39 || last === 0x2019 || last === 46) return e - 1;
  return e;
}

const lowerOf = (text: string, ts: TokenStream, k: number) =>
  text.slice(ts.start[k], coreEnd(text, ts.start[k], ts.end[k])).toLowerCase();

/** The name made of the run's words [from, to), lower case, space-joined.
 * Built only when a name is kept: most runs of capitals are not. */
function nameOf(
  text: string,
  ts: TokenStream,
  run: readonly number[],
  from: number,
  to: number,
): string {
  let name = lowerOf(text, ts, run[from]);
  for (let q = from + 1; q < to; q++) name += ' ' + lowerOf(text, ts, run[q]);
  return name;
}

const isCapWord = (ts: TokenStream, k: number) =>
  k < ts.count && (ts.flags[k] & (WORD | CAP)) === (WORD | CAP);
/** Tokens `a` and `b` are separated by one space. */
const adjacent = (text: string, ts: TokenStream, a: number, b: number) =>
  ts.start[b] - ts.end[a] === 1 && text.charCodeAt(ts.end[a]) === 32;
/** Hash of word `k` without its possessive or final dot. The scan already
 * hashed every word the same way: only a word with one to drop is hashed again. */
function coreHash(text: string, ts: TokenStream, k: number): number {
  const e = coreEnd(text, ts.start[k], ts.end[k]);
  return e === ts.end[k] ? ts.hash[k] : hashWord(text, ts.start[k], e);
}

export function learnNames(text: string, ts: TokenStream): NameBook {
  const persons = new Set<string>();
  const orgs = new Set<string>();
  const surnames = new Set<number>();
  const weak = new Set<string>();
  const { count, flags, start, end } = ts;
  const L = lists();
  // reused for every run; `len` says how much of it is the current one (most
  // runs are one word, and emptying an array by its length costs more)
  const run: number[] = [];
  let len: number;

  for (let k = 0; k < count; k++) {
    // most words are not capitalized: ruled out on the local flags
    if ((flags[k] & (WORD | CAP)) !== (WORD | CAP)) continue;
    // the run of capitalized words starting at k
    let e = k + 1;
    for (;;) {
      if (isCapWord(ts, e) && adjacent(text, ts, e - 1, e)) {
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
        isCapWord(ts, e + 1) &&
        adjacent(text, ts, e, e + 1)
      ) {
        e += 2;
        continue;
      }
      if (
        e + 1 < count &&
        flags[e] & WORD &&
        !(flags[e] & CAP) &&
        adjacent(text, ts, e - 1, e) &&
        isCapWord(ts, e + 1) &&
        adjacent(text, ts, e, e + 1) &&
        L.connector.has(ts.hash[e])
      ) {
        e += 2;
        continue;
      }
      break;
    }
    const runStart = k;
    k = e - 1;
    // the capitalized words of the run (initials left out), as token indexes
    len = 0;
    for (let q = runStart; q < e; q++) {
      if (flags[q] & CAP && !(end[q] - start[q] === 1 && q + 1 < e && !(flags[q + 1] & WORD)))
        run[len++] = q;
    }
    // drop sentence-initial function words ("The", "But") from the run
    let r0 = 0;
    while (r0 < len && L.notName.has(coreHash(text, ts, run[r0]))) r0++;
    if (r0 >= len) continue;
    const n = len - r0;
    const lastTok = run[len - 1];
    const lastHash = coreHash(text, ts, lastTok);
    if (n >= 2) surnames.add(lastHash);
    // what follows: "Acme spokeswoman", "Acme, which"; "Jones, who"
    const nextH = e < count && flags[e] & WORD ? ts.hash[e] : 0;
    const comma = e < count && !(flags[e] & WORD) && text.charCodeAt(start[e]) === 44;
    const afterCommaH = comma && e + 1 < count && flags[e + 1] & WORD ? ts.hash[e + 1] : 0;
    if (
      L.orgAfter.has(nextH) ||
      (nextH === H_CHIEF && e + 1 < count && ts.hash[e + 1] === H_EXECUTIVE) ||
      afterCommaH === H_WHICH
    ) {
      orgs.add(nameOf(text, ts, run, r0, len));
      continue;
    }
    if (L.institution.has(lastHash)) continue;
    // what comes before: a title ("Mr. Jones", "spokesman Tom Reed")
    let p = runStart - 1;
    if (p >= 0 && !(flags[p] & WORD) && text.charCodeAt(start[p]) === 46) p--;
    let titled = p >= 0 && (flags[p] & WORD) !== 0 && L.title.has(coreHash(text, ts, p));
    // titles inside the run ("President Barack Obama")
    while (r0 < len - 1 && L.role.has(coreHash(text, ts, run[r0]))) {
      r0++;
      titled = true;
    }
    const m = len - r0;
    // "Lee Jae-myung, leader of ...", "Ann Roe, a professor at ...": a role in apposition
    const roleAfterComma =
      comma &&
      (L.role.has(afterCommaH) ||
        ((afterCommaH === H_A || afterCommaH === H_AN || afterCommaH === H_THE) &&
          e + 2 < count &&
          (L.role.has(ts.hash[e + 2]) || (e + 3 < count && L.role.has(ts.hash[e + 3])))));
    const digitAfterComma =
      comma &&
      e + 1 < count &&
      end[e + 1] - start[e + 1] <= 3 &&
      /^\d+$/.test(text.slice(start[e + 1], end[e + 1]));
    if (
      (m >= 2 && L.given.has(coreHash(text, ts, run[r0]))) ||
      (titled && m <= 3) ||
      roleAfterComma ||
      afterCommaH === H_WHO ||
      afterCommaH === H_WHOSE ||
      digitAfterComma
    ) {
      if (m > 3) continue;
      const full = nameOf(text, ts, run, r0, len);
      if (COUNTRY_NAMES.has(full) || INSTITUTION_NAMES.has(full)) continue;
      // a role in apposition is weaker evidence than "Acme spokeswoman"
      const into =
        roleAfterComma && !titled && !L.given.has(coreHash(text, ts, run[r0])) ? weak : persons;
      into.add(full);
      // "Guo Jiakun" then "Guo said": family names come first in some languages
      for (let q = r0; q < len; q++) {
        if (!L.given.has(coreHash(text, ts, run[q]))) into.add(lowerOf(text, ts, run[q]));
      }
    }
  }
  // a name seen as a person is not an organisation
  for (const p of persons) orgs.delete(p);
  for (const p of weak) if (!orgs.has(p)) persons.add(p);
  return { persons, orgs, surnames };
}

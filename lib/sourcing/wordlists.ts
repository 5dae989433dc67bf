// Word lists that the detector asks about many tokens each. Each list gets a
// bit, and every token of a cue sentence gets the bits of the lists its base
// form may be on, read from one slot of a table by the low bits of the hash
// the scan already made. A token off a list is then ruled out by a bit test
// instead of a Set look-up (a string hash and a probe of the Set): on 1 MB of
// news, 227,000 such look-ups were ~10% of analyze().
// The bits only say "maybe" (words share slots): a token with a list's bit is
// still asked of the Set, so no answer changes.
import { hashWord } from './scan.ts';
import type { Token } from './tokens.ts';

/** Slots of the table, by the low bits of a hash: ~1,500 list words leave
 * most of 16,384 empty, so most tokens read no bit at all. */
const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** Bit of the lists past the 31st, which have none of their own: set on
 * every token, so always asked. */
export const ASK_ALWAYS = 1 << 31;
/** The bits of a token whose hash is not that of its lower-case form. */
export const ANY_LIST = -1;

const sources: (() => Iterable<string>)[] = [];
let table: Int32Array | null = null;

/** A bit for the list of words that `words` gives (read when the table is
 * first built, so a list filled after its registration is still whole). */
export function listBit(words: () => Iterable<string>): number {
  if (sources.length >= 31) return ASK_ALWAYS;
  sources.push(words);
  table = null; // built again with this list at the next look-up
  return 1 << (sources.length - 1);
}

/** The bits of the lists that may hold the word of hash `h`: a superset, as
 * long as `h` is exactly hashWord() of the token's base form (a list word
 * equal to it has the same hash, whatever it is made of). */
export function listBitsOf(h: number): number {
  table ??= buildTable();
  return table[h & SLOT_MASK] | ASK_ALWAYS;
}

function buildTable(): Int32Array {
  const t = new Int32Array(SLOT_MASK + 1);
  for (let i = 0; i < sources.length; i++)
    for (const w of sources[i]()) t[hashWord(w, 0, w.length) & SLOT_MASK] |= 1 << i;
  return t;
}

/** Builds the table now rather than at the first token (see prepare()). */
export function prepareWordLists(): void {
  table ??= buildTable();
}

/** A Set of words with a bit of its own: `hasBase` and `hasLower` ask it about
 * a token, and rule most tokens out by their bits alone. */
export class WordList extends Set<string> {
  readonly bit: number;

  constructor(words: Iterable<string>) {
    super(words);
    this.bit = listBit(() => this);
  }

  /** The token's base form (lower case, no possessive) is on the list. */
  hasBase(t: Token): boolean {
    return (t.lists & this.bit) !== 0 && this.has(t.base);
  }

  /** The token's lower-case form is on the list (its bits are those of its
   * base form, which differs only for a possessive). */
  hasLower(t: Token): boolean {
    return ((t.lists & this.bit) !== 0 || t.poss) && this.has(t.lower);
  }
}

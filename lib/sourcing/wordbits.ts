// Which of several word lists a word is on, found by the word's hash (see
// scan.ts) with one probe of a typed table: the hot loops ask this of many
// tokens, and one table read beats a look-up in each list's Set.
import { hashWord } from './scan.ts';

export interface WordBits {
  /** Open addressing: the hash with bit 30 set (0: an empty slot). */
  keys: Int32Array;
  bits: Uint16Array;
  mask: number;
}

/** A table of the given lists, each a bit (up to 16 lists). */
export function wordBits(lists: readonly (readonly [Iterable<string>, number])[]): WordBits {
  const hashes = new Map<number, number>();
  for (const [words, bit] of lists)
    for (const w of words) {
      const h = hashWord(w, 0, w.length);
      hashes.set(h, (hashes.get(h) ?? 0) | bit);
    }
  // at most a quarter full: a miss, the usual answer, ends on an empty slot soon
  let size = 16;
  while (size < hashes.size * 4) size *= 2;
  const table: WordBits = {
    keys: new Int32Array(size),
    bits: new Uint16Array(size),
    mask: size - 1,
  };
  for (const [h, bits] of hashes) {
    let i = h & table.mask;
    while (table.keys[i] !== 0) i = (i + 1) & table.mask;
    table.keys[i] = h | 0x40000000;
    table.bits[i] = bits;
  }
  return table;
}

/** The bits of the lists that hold the word of hash `h` (0: none). */
export function bitsOf(table: WordBits, h: number): number {
  const { keys, mask } = table;
  const key = h | 0x40000000;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const k = keys[i];
    if (k === key) return table.bits[i];
    if (k === 0) return 0;
  }
}

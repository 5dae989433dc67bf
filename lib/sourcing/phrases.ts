// Multi-word cue phrases as a word trie, so matching at a token costs at most
// the length of the longest phrase.
import { hashWord } from './scan.ts';
import type { Token } from './tokens.ts';

interface TrieNode<T> {
  /** The word that leads here from the parent. */
  word: string;
  next: Map<string, TrieNode<T>>;
  /** The same children by the hash of their word (see scan.ts), asked for
   * tokens whose hash is exact: a number key is found without hashing the
   * fresh string of the token. Null when two children share a hash. */
  byHash: Map<number, TrieNode<T>> | null;
  value?: T;
}

const newNode = <T>(word: string): TrieNode<T> => ({
  word,
  next: new Map(),
  byHash: new Map(),
  value: undefined,
});

export class PhraseTrie<T> {
  private root: TrieNode<T> = newNode('');

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const w of phrase.toLowerCase().split(/\s+/)) {
      if (!w) continue;
      let child = node.next.get(w);
      if (!child) {
        child = newNode<T>(w);
        node.next.set(w, child);
        const h = hashWord(w, 0, w.length);
        if (node.byHash?.has(h)) node.byHash = null;
        else node.byHash?.set(h, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** Longest phrase starting at token `i` (words only, up to `end`). */
  match(tokens: readonly Token[], i: number, end: number): { value: T; last: number } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { value: T; last: number } | null = null;
    for (let k = i; k < end; k++) {
      const t = tokens[k]!;
      if (!t.word) break;
      if (t.exact && node.byHash) {
        node = node.byHash.get(t.hash);
        // a hash shared with another word is no match
        if (node && node.word !== t.lower) node = undefined;
      } else node = node.next.get(t.lower);
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, last: k };
    }
    return best;
  }

  /** The first words of every phrase (for the trigger pre-filter). */
  firstWords(): string[] {
    return [...this.root.next.keys()];
  }
}

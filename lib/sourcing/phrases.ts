// Multi-word cue phrases as a word trie, so matching at a token costs at most
// the length of the longest phrase.
import type { Token } from './tokens.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export class PhraseTrie<T> {
  private root: TrieNode<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const w of phrase.toLowerCase().split(/\s+/)) {
      if (!w) continue;
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
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
      node = node.next.get(t.lower);
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

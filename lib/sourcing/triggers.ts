// Trigger words: the words a cue can start on (detect.ts lists them). The scan
// flags a word MARKED when its hash lands on a trigger word's slot, for free,
// since it has the hash at hand; a sentence is parsed only when one of its
// MARKED words really is a trigger word. Most sentences of news hold none.
import { hashWord, MARKED, type TokenStream } from './scan.ts';
import { triggerWords } from './cues/index.ts';

const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

interface TriggerTable {
  /** For scanTokens: MARKED on every slot a trigger word's hash lands on. */
  slots: Uint8Array;
  /** The trigger words' hashes, to confirm a MARKED word. */
  hashes: Set<number>;
}

let table: TriggerTable | null = null;

/** Built at the first analysis, or by prepare(). */
export function triggerTable(): TriggerTable {
  if (table) return table;
  const hashes = new Set(triggerWords().map((w) => hashWord(w, 0, w.length)));
  const slots = new Uint8Array(SLOT_MASK + 1);
  for (const h of hashes) slots[h & SLOT_MASK] = MARKED;
  return (table = { slots, hashes });
}

/** Whether tokens [k0, k1) hold a trigger word. */
export function hasTrigger(ts: TokenStream, k0: number, k1: number): boolean {
  const { hashes } = triggerTable();
  for (let k = k0; k < k1; k++) if (ts.flags[k] & MARKED && hashes.has(ts.hash[k])) return true;
  return false;
}

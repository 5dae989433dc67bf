// The learned tagger's weights: a compact binary file (written by
// `npm run train`, see scripts/train/) and its pure decoder. Only features
// with a non-zero weight are stored, their weights quantized to one byte per
// tag. A file that is short, truncated, of another version or whose checksum
// fails is refused with a one-line reason, never an exception.
import { NTAGS } from './features.ts';

export type ModelScope = 'spans' | 'taxonomy' | 'all';
export const MODEL_SCOPES: readonly ModelScope[] = ['spans', 'taxonomy', 'all'];

export interface TaggerModel {
  /** Feature hashes land in 2^bits buckets. */
  bits: number;
  /** Transition scores: row 0 is the sentence start, row 1 + t follows tag t. */
  trans: Float32Array;
  /** Open-addressing table of the stored buckets (bucket + 1; 0 is empty). */
  slots: Int32Array;
  /** For each slot, the offset of its NTAGS weights in `weights`. */
  rows: Int32Array;
  /** Dequantized weights, NTAGS per stored bucket. */
  weights: Float32Array;
  /** Number of stored buckets. */
  size: number;
  /** Taken from the score of O at every token: above 0 the tagger finds
   * more, less surely (set on held-out data by the trainer). */
  outside: number;
  /** What the tagger may change. 'spans' (the default): only where the
   * rules' cues and sources begin, no attribution added, so the kinds found
   * stay the rules'; 'taxonomy': also its own cues of speech, writing,
   * reports and documents that have a voice to name; 'all': every cue it
   * finds, as PolNeAR annotates them (wants, hopes...). */
  scope: ModelScope;
}

const MAGIC = 0x47544c53; // "SLTG", little-endian
export const MODEL_VERSION = 1;
const HEADER = 20;

/** FNV-1a over bytes, the checksum at the file's end. */
function checksum(bytes: Uint8Array, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

export interface ModelData {
  bits: number;
  trans: ArrayLike<number>;
  /** Stored buckets, ascending. */
  keys: ArrayLike<number>;
  /** NTAGS quantized weights per key, -127..127. */
  weights: ArrayLike<number>;
  /** A quantized weight q stands for q * scale. */
  scale: number;
  /** See TaggerModel.outside. */
  outside: number;
}

/** Encodes a model: header, transitions, bucket deltas as varints, weights, checksum. */
export function encodeModel(m: ModelData): Uint8Array {
  const n = m.keys.length;
  const nt = (NTAGS + 1) * NTAGS;
  const bytes: number[] = [];
  const u32 = (v: number) => bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24);
  const f32 = (v: number) => {
    const b = new Uint8Array(new Float32Array([v]).buffer);
    bytes.push(b[0], b[1], b[2], b[3]);
  };
  u32(MAGIC);
  bytes.push(MODEL_VERSION, m.bits, NTAGS, 0);
  u32(n);
  f32(m.scale);
  f32(m.outside);
  for (let i = 0; i < nt; i++) f32(m.trans[i]);
  let prev = -1;
  for (let i = 0; i < n; i++) {
    let d = m.keys[i] - prev - 1;
    prev = m.keys[i];
    while (d >= 128) {
      bytes.push((d & 127) | 128);
      d >>>= 7;
    }
    bytes.push(d);
  }
  for (let i = 0; i < n * NTAGS; i++) bytes.push(m.weights[i] & 255);
  const out = new Uint8Array(bytes.length + 4);
  out.set(bytes);
  const h = checksum(out, bytes.length);
  new DataView(out.buffer).setUint32(bytes.length, h, true);
  return out;
}

/** A copy of an encoded model with its checksum made anew (after a header
 * field was changed in place). */
export function resealed(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const end = out.length - 4;
  new DataView(out.buffer, out.byteOffset).setUint32(end, checksum(out, end), true);
  return out;
}

export type Decoded = { ok: true; model: TaggerModel } | { ok: false; reason: string };

/** Decodes a model file; never throws. */
export function decodeModel(input: unknown): Decoded {
  try {
    return decode(input);
  } catch (e) {
    return { ok: false, reason: `unreadable (${e instanceof Error ? e.message : String(e)})` };
  }
}

function decode(input: unknown): Decoded {
  const bytes =
    input instanceof Uint8Array
      ? input
      : input instanceof ArrayBuffer
        ? new Uint8Array(input)
        : null;
  if (!bytes) return { ok: false, reason: 'not a byte array' };
  const nt = (NTAGS + 1) * NTAGS;
  if (bytes.length < HEADER + nt * 4 + 4) return { ok: false, reason: 'file too short' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return { ok: false, reason: 'not a tagger model' };
  if (bytes[4] !== MODEL_VERSION) return { ok: false, reason: `version ${bytes[4]} unknown` };
  const bits = bytes[5];
  if (bits < 8 || bits > 30 || bytes[6] !== NTAGS) return { ok: false, reason: 'bad header' };
  const end = bytes.length - 4;
  if (view.getUint32(end, true) !== checksum(bytes, end))
    return { ok: false, reason: 'checksum mismatch (truncated or corrupt)' };
  const n = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  const outside = view.getFloat32(16, true);
  if (!(scale > 0) || !Number.isFinite(scale) || !Number.isFinite(outside))
    return { ok: false, reason: 'bad scale' };
  let at = HEADER;
  const trans = new Float32Array(nt);
  for (let i = 0; i < nt; i++, at += 4) trans[i] = view.getFloat32(at, true);
  if (n > end - at) return { ok: false, reason: 'feature count too large' };
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  const slots = new Int32Array(cap);
  const rows = new Int32Array(cap);
  const weights = new Float32Array(n * NTAGS);
  let key = -1;
  const wAt = end - n * NTAGS;
  for (let i = 0; i < n; i++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      if (at >= wAt || shift > 28) return { ok: false, reason: 'bad feature table' };
      const b = bytes[at++];
      d |= (b & 127) << shift;
      if (b < 128) break;
      shift += 7;
    }
    key += d + 1;
    if (key >= 2 ** bits) return { ok: false, reason: 'feature out of range' };
    let s = hashSlot(key, cap);
    while (slots[s] !== 0) s = (s + 1) & (cap - 1);
    slots[s] = key + 1;
    rows[s] = i * NTAGS;
  }
  if (at !== wAt) return { ok: false, reason: 'bad feature table length' };
  for (let i = 0; i < n * NTAGS; i++) weights[i] = ((bytes[wAt + i] << 24) >> 24) * scale;
  return {
    ok: true,
    model: { bits, trans, slots, rows, weights, size: n, outside, scope: 'spans' },
  };
}

const hashSlot = (key: number, cap: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & (cap - 1);

/** Offset of a bucket's weights, or -1 when the model holds none for it. */
export function rowOf(m: TaggerModel, key: number): number {
  const cap = m.slots.length;
  let s = hashSlot(key, cap);
  for (;;) {
    const k = m.slots[s];
    if (k === 0) return -1;
    if (k === key + 1) return m.rows[s];
    s = (s + 1) & (cap - 1);
  }
}

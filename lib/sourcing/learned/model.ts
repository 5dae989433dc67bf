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
  /** Per bucket, 1 + the number of its stored row (0: no weights stored).
   * A dense table: one read per feature, and decoding is one pass with no
   * hashing (an open-addressing table cost 40 ms to build cold, 2026-12-06). */
  index: Uint16Array | Uint32Array;
  /** The quantized weights, NTAGS per stored bucket, read in place from the
   * file's bytes; a weight q stands for q * scale. */
  weights: Int8Array;
  scale: number;
  /** Number of stored buckets. */
  size: number;
  /** Taken from the score of O at every token: above 0 the tagger finds
   * more, less surely (set on held-out data by the trainer). */
  outside: number;
  /** What the tagger may change. 'spans': only where the rules' cues and
   * sources begin, no attribution added, so the kinds found stay the rules';
   * 'taxonomy' (the default): also its own cues of speech, stance, writing,
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
  // by shape, not instanceof: in Firefox a fetched buffer may come from
  // another compartment. A copy of our own, which the weights then view
  // (copied by set(): slice() asks the foreign array for its constructor,
  // which Firefox denies).
  const given = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : Object.prototype.toString.call(input) === '[object ArrayBuffer]'
      ? new Uint8Array(input as ArrayBuffer)
      : null;
  if (!given) return { ok: false, reason: 'not a byte array' };
  const bytes = new Uint8Array(given.length);
  bytes.set(given);
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
  // row numbers + 1 fit in 16 bits for any model of a sensible size
  const index = n < 0xffff ? new Uint16Array(2 ** bits) : new Uint32Array(2 ** bits);
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
    if (key >= index.length) return { ok: false, reason: 'feature out of range' };
    index[key] = i + 1;
  }
  if (at !== wAt) return { ok: false, reason: 'bad feature table length' };
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + wAt, n * NTAGS);
  return {
    ok: true,
    model: { bits, trans, index, weights, scale, size: n, outside, scope: 'taxonomy' },
  };
}

// The learned attribution tagger (see docs/learned-model.md): its model file
// is decoded here, once, by whoever holds its bytes (the CLI reads the file,
// the extension would fetch it); analyze(text, { model }) then adds its cues.
import { decodeModel, type TaggerModel } from './model.ts';

export type { TaggerModel } from './model.ts';
export { decodeModel } from './model.ts';

/** Where the model file lives, relative to the project root: public/, so
 * that the extension's build ships it as a file of its own (read by
 * lib/page/learned-model.ts only on pages that are switched on). */
export const MODEL_FILE = 'public/tagger.bin';

/**
 * The model from its file's bytes, or null with one line given to `warn`
 * when the bytes are missing or corrupt: the analyzer then runs on its rules
 * alone. Never throws.
 */
export function loadModel(
  bytes: Uint8Array | ArrayBuffer | null | undefined,
  warn: (line: string) => void,
): TaggerModel | null {
  if (bytes == null) {
    warn('sourcelight: no learned model found; using the rules alone');
    return null;
  }
  const d = decodeModel(bytes);
  if (d.ok) return d.model;
  warn(`sourcelight: the learned model could not be read (${d.reason}); using the rules alone`);
  return null;
}

// The learned tagger in the page (lib/sourcing/learned, docs/learned-model.md):
// its weights are a file of the extension itself, read once per page that is
// switched on, never from the network. A missing or corrupt file means the
// rules alone and one warning line, never an exception into the page.
import { loadModel, type TaggerModel } from '../sourcing/learned';
import { messageOf } from './errors';

/** Where the build puts the weights (wxt.config.ts copies them there). */
export const MODEL_PATH = '/tagger.bin' as const;

/** Fetch a file of the extension; the page's own `fetch` never sees it (the
 * content script's world has its own). */
type FetchFile = (
  url: string,
) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/**
 * The tagger from the extension file at `url`, or null (the rules alone) with
 * one line given to `warn`. Never rejects.
 */
export async function fetchModel(
  url: string,
  warn: (line: string) => void,
  fetchFile: FetchFile = (u) => fetch(u),
): Promise<TaggerModel | null> {
  try {
    const res = await fetchFile(url);
    if (!res.ok) {
      warn(`the learned model could not be read (HTTP ${res.status}); using the rules alone`);
      return null;
    }
    return loadModel(new Uint8Array(await res.arrayBuffer()), (line) =>
      warn(line.replace(/^sourcelight: /, '')),
    );
  } catch (e) {
    warn(`the learned model could not be read (${messageOf(e)}); using the rules alone`);
    return null;
  }
}

// The page reads the learned tagger from the extension's own files: a good
// file gives the model, anything else the rules alone and one warning line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchModel } from '../../../lib/page/learned-model';
import { MODEL_FILE } from '../../../lib/sourcing/learned';

const bytes = readFileSync(new URL(`../../../${MODEL_FILE}`, import.meta.url));

function serve(body: Uint8Array | null, status = 200) {
  return async () => ({
    ok: status === 200,
    status,
    arrayBuffer: async () => {
      if (!body) throw new TypeError('Failed to fetch');
      return body.slice().buffer;
    },
  });
}

async function load(fetchFile: Parameters<typeof fetchModel>[2]) {
  const warnings: string[] = [];
  const model = await fetchModel(
    'chrome-extension://x/tagger.bin',
    (l) => warnings.push(l),
    fetchFile,
  );
  return { model, warnings };
}

describe('fetchModel', () => {
  it('decodes the shipped weights, in the default scope, without a word', async () => {
    const { model, warnings } = await load(serve(new Uint8Array(bytes)));
    expect(warnings).toEqual([]);
    expect(model?.scope).toBe('taxonomy');
    expect(model?.size).toBeGreaterThan(1000);
  });

  it('a missing file: the rules alone, one line saying so', async () => {
    const { model, warnings } = await load(serve(null, 404));
    expect(model).toBeNull();
    expect(warnings).toEqual([
      'the learned model could not be read (HTTP 404); using the rules alone',
    ]);
  });

  it('a truncated file: the rules alone, one line with the reason', async () => {
    const { model, warnings } = await load(serve(new Uint8Array(bytes.subarray(0, 5000))));
    expect(model).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the learned model could not be read \(checksum mismatch/);
  });

  it('a fetch that fails: never rejects, one line', async () => {
    const { model, warnings } = await load(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(model).toBeNull();
    expect(warnings).toEqual([
      'the learned model could not be read (Failed to fetch); using the rules alone',
    ]);
  });
});

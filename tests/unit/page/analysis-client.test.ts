// A page's text is analysed in the background when it answers, in the page
// when it does not: the same attributions either way, one log line for the
// fallback, and a background that failed is not asked again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisClient, BATCH_CHARS } from '../../../lib/page/analysis-client';
import type { AnalysisPiece } from '../../../lib/page/incremental';
import { createAnalysisService } from '../../../lib/background/analysis';
import { analyze } from '../../../lib/sourcing';
import { loadModel, MODEL_FILE } from '../../../lib/sourcing/learned';
import { LEARNED_REASON } from '../../../lib/sourcing/learned/merge';
import { analyzeAsShipped } from '../../helpers/shipped-analyze';

const ROOT = join(import.meta.dirname, '../../..');
const model = loadModel(readFileSync(join(ROOT, MODEL_FILE)), () => undefined)!;
const DEMO = readFileSync(join(ROOT, 'tests/fixtures/cli/harbour.txt'), 'utf8');

const PIECES: AnalysisPiece[] = [
  { text: 'Guo Jiakun said the talks were over, adding that nothing had changed.', options: {} },
  {
    text: 'According to a Wall Street Journal report citing sources familiar with the matter, the deal is off.',
    options: {},
  },
  { text: 'The weather was fine.', options: {} },
];

/** A client over a background made of the real service; `sent` records each message. */
function overService(extra: Partial<Parameters<typeof analysisClient>[0]> = {}) {
  const service = createAnalysisService(async () => model);
  const sent: AnalysisPiece[][] = [];
  const lines: string[] = [];
  let localLoads = 0;
  const client = analysisClient({
    send: async (pieces) => {
      sent.push([...pieces]);
      return service.handle(JSON.parse(JSON.stringify(pieces)));
    },
    local: async () => {
      localLoads++;
      return (text, options) => analyze(text, { ...options, model });
    },
    log: (line) => lines.push(line),
    ...extra,
  });
  return { client, sent, lines, localLoads: () => localLoads };
}

describe('analysisClient', () => {
  it('analyses in the background what the CLI finds, learned attributions included', async () => {
    const { client, lines, localLoads } = overService();
    await client.prepare();
    const got = await client.batch([{ text: DEMO, options: {} }, ...PIECES]);
    expect(got).toEqual([DEMO, ...PIECES.map((p) => p.text)].map((t) => analyzeAsShipped(t)));
    expect(got![0].attributions.some((a) => a.reasons.includes(LEARNED_REASON))).toBe(true);
    expect(got![1].attributions.map((a) => a.cue.text)).toEqual(['said', 'adding']);
    expect(localLoads()).toBe(0);
    expect(lines).toEqual([]);
  });

  it('sends long text in several messages and keeps the order', async () => {
    const long = (PIECES[0].text + ' ').repeat(Math.ceil((0.7 * BATCH_CHARS) / 73));
    const pieces = [PIECES[1], { text: long, options: {} }, PIECES[0], { text: long, options: {} }];
    const { client, sent } = overService();
    const got = await client.batch(pieces);
    expect(sent.map((m) => m.length)).toEqual([3, 1]);
    expect(sent.flat().map((p) => p.text)).toEqual(pieces.map((p) => p.text));
    expect(got!.map((a) => a.attributions.length)).toEqual(
      pieces.map((p) => analyzeAsShipped(p.text).attributions.length),
    );
  });

  it("lets the page's own tasks run between the messages of a long text, all sent before any reply", async () => {
    const long = (PIECES[0].text + ' ').repeat(Math.ceil((0.7 * BATCH_CHARS) / 73));
    const pieces = Array.from({ length: 5 }, () => ({ text: long, options: {} }));
    const service = createAnalysisService(async () => model);
    const sent: AnalysisPiece[][] = [];
    // no reply until every message is out: a client that waited for one would hang
    let allSent!: () => void;
    const out = new Promise<void>((ok) => (allSent = ok));
    let clock = 0;
    const client = analysisClient({
      send: async (group) => {
        sent.push([...group]);
        if (sent.length === pieces.length) allSent();
        await out;
        return service.handle(JSON.parse(JSON.stringify(group)));
      },
      local: async () => (text, options) => analyze(text, { ...options, model }),
      log: () => {},
      // each message takes 5 ms to go: over the slice after two
      now: () => (clock += 5),
    });
    let sentWhenThePageRan = -1;
    setTimeout(() => (sentWhenThePageRan = sent.length), 0);
    const got = await client.batch(pieces);
    expect(sent).toHaveLength(5);
    expect(sentWhenThePageRan).toBeGreaterThan(0);
    expect(sentWhenThePageRan).toBeLessThan(5);
    expect(got!.map((a) => a.attributions.length)).toEqual(
      pieces.map((p) => analyzeAsShipped(p.text).attributions.length),
    );
  });

  it('with no background to answer, analyses in the page, says so once, asks no more', async () => {
    let asked = 0;
    const { client, lines, localLoads } = overService({
      send: async () => {
        asked++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    await client.prepare();
    expect(localLoads()).toBe(1);
    const first = await client.batch(PIECES);
    const second = await client.batch(PIECES);
    expect(first).toEqual(PIECES.map((p) => analyzeAsShipped(p.text)));
    expect(second).toEqual(first);
    expect(asked).toBe(1);
    expect(localLoads()).toBe(1);
    expect(lines).toEqual([
      'the background did not analyse the page (Could not establish connection. Receiving end does not exist.); analysing it in the page',
    ]);
  });

  it.each([
    ['no reply', undefined],
    ['an unreadable reply', '{"attributions'],
    ['a reply of the wrong length', '[]'],
    ['a malformed reply', JSON.stringify(PIECES.map(() => ({ attributions: [{ start: 'x' }] })))],
  ])('%s: the page analyses its text itself', async (why, reply) => {
    const { client, lines } = overService({ send: async () => reply });
    const got = await client.batch(PIECES);
    expect(got).toEqual(PIECES.map((p) => analyzeAsShipped(p.text)));
    expect(lines).toEqual([
      `the background did not analyse the page (${why}); analysing it in the page`,
    ]);
  });

  it('with the extension gone (reloaded under the page), gives up quietly: no fallback, no line', async () => {
    const { client, lines, localLoads } = overService({
      send: () => Promise.reject(new Error('Extension context invalidated.')),
      gone: () => true,
    });
    await client.prepare();
    expect(await client.batch(PIECES)).toBeNull();
    expect(localLoads()).toBe(0);
    expect(lines).toEqual([]);
  });

  it('with neither the background nor the page able to analyse, no badge and two lines, no rejection', async () => {
    const { client, lines } = overService({
      send: () => Promise.reject(new Error('gone')),
      local: () => Promise.reject(new Error('no memory')),
    });
    await client.prepare();
    expect(await client.batch(PIECES)).toBeNull();
    expect(lines).toEqual([
      'the background did not analyse the page (gone); analysing it in the page',
      'the page could not analyse it either (no memory)',
    ]);
  });

  it('an aborted batch gives null, in the background and in the page', async () => {
    const stop = new AbortController();
    stop.abort();
    expect(await overService().client.batch(PIECES, stop.signal)).toBeNull();
    const offline = overService({ send: () => Promise.reject(new Error('gone')) });
    expect(await offline.client.batch(PIECES, stop.signal)).toBeNull();
  });
});

describe('createAnalysisService', () => {
  it('reads the model once, at the first request, and answers every later one', async () => {
    let loads = 0;
    const service = createAnalysisService(async () => {
      loads++;
      return model;
    });
    expect(loads).toBe(0);
    expect(await service.handle([])).toBe('[]');
    const reply = await service.handle([{ text: DEMO, options: {} }]);
    expect(JSON.parse(reply)).toEqual([analyzeAsShipped(DEMO)]);
    expect(loads).toBe(1);
  });

  it('without a model (a missing or corrupt file), the rules alone', async () => {
    const service = createAnalysisService(async () => null);
    expect(JSON.parse(await service.handle([{ text: DEMO }]))).toEqual([analyze(DEMO)]);
  });

  it('keeps what a page may send and drops the rest', async () => {
    const service = createAnalysisService(async () => null);
    const text = 'The company said in a statement that sales rose.';
    const links = [{ start: 4, end: 11, href: 'https://example.com/press' }];
    const [withLinks] = JSON.parse(
      await service.handle([
        { text, options: { links, site: 'example.org', model: 'x', extra: 1 } },
      ]),
    );
    expect(withLinks).toEqual(analyze(text, { links, site: 'example.org' }));
  });

  it.each([['not a list'], [null], [{ pieces: [] }]])(
    'a request that is no list of pieces (%j) gets an empty reply',
    async (request) => {
      expect(await createAnalysisService(async () => null).handle(request)).toBe('');
    },
  );

  it('a piece that is no text is analysed as empty', async () => {
    const reply = await createAnalysisService(async () => null).handle([null, { text: 42 }]);
    expect(JSON.parse(reply).map((a: { attributions: unknown[] }) => a.attributions)).toEqual([
      [],
      [],
    ]);
  });
});

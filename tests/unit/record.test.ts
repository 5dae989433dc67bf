import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BANDS, KINDS, type Band, type Kind } from '../../lib/sourcing/types';
import {
  createRecordStore,
  repairRecord,
  upsert,
  type ReadEntry,
  type ReadingRecord,
  type RecordStorage,
} from '../../lib/record/store';
import { csvCell, toCsv, toJson } from '../../lib/record/export';
import { readingRecord } from '../../lib/record/item';

/** An in-memory storage that also counts writes. */
function memory(initial?: unknown) {
  const box = { value: initial as unknown, writes: 0 };
  const storage: RecordStorage = {
    get: async () => structuredClone(box.value),
    set: async (v: ReadingRecord) => {
      box.writes++;
      box.value = structuredClone(v);
    },
    remove: async () => {
      box.value = undefined;
    },
  };
  return { box, storage };
}

function counts(partial: Partial<Record<Kind, number>> = {}): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, partial[k] ?? 0])) as Record<Kind, number>;
}
function bands(partial: Partial<Record<Band, number>> = {}): Record<Band, number> {
  return Object.fromEntries(BANDS.map((b) => [b, partial[b] ?? 0])) as Record<Band, number>;
}
function page(url: string, score: number | null = 70, title = 'A title') {
  return {
    url,
    title,
    summary: {
      score,
      counts: counts({ named: 2, anonymous: 1 }),
      bands: bands({ strong: 2, weak: 1 }),
    },
  };
}
const on = { incognito: false, isOn: async () => true };

describe('recording', () => {
  test('an article is stored without its text: site, title, URL, date, score, counts', async () => {
    const { box, storage } = memory();
    const store = createRecordStore(storage, { now: () => 1_700_000_000_000 });
    const p = {
      ...page('https://www.Example.com/news/story?utm_source=x#top', 64, '  A  story '),
      text: 'the whole article text must never be stored',
    };
    expect(await store.record(p, on)).toBe('added');
    const { entries } = await store.load();
    expect(entries).toEqual([
      {
        url: 'https://example.com/news/story',
        site: 'example.com',
        title: 'A story',
        at: 1_700_000_000_000,
        score: 64,
        counts: counts({ named: 2, anonymous: 1 }),
        bands: bands({ strong: 2, weak: 1 }),
      },
    ]);
    expect(JSON.stringify(box.value)).not.toContain('whole article');
  });

  test('the same URL analysed again updates its entry and makes it the newest', async () => {
    let now = 1000;
    const { storage } = memory();
    const store = createRecordStore(storage, { now: () => now });
    await store.record(page('https://a.test/1', 50), on);
    now = 2000;
    await store.record(page('https://b.test/2', 60), on);
    now = 3000;
    expect(await store.record(page('https://a.test/1?fbclid=abc', 80), on)).toBe('updated');
    const { entries } = await store.load();
    expect(entries.map((e) => [e.url, e.score, e.at])).toEqual([
      ['https://b.test/2', 60, 2000],
      ['https://a.test/1', 80, 3000],
    ]);
  });

  test('a live page reporting the same figures again is not rewritten', async () => {
    const { box, storage } = memory();
    let now = 1000;
    const store = createRecordStore(storage, { now: () => now++ });
    await store.record(page('https://a.test/1'), on);
    const writes = box.writes;
    expect(await store.record(page('https://a.test/1'), on)).toBe('unchanged');
    expect(box.writes).toBe(writes);
  });

  test('capped: past the cap the oldest article is dropped', async () => {
    const { storage } = memory();
    let now = 1;
    const store = createRecordStore(storage, { cap: 3, now: () => now++ });
    for (const n of [1, 2, 3, 4, 5]) await store.record(page(`https://a.test/${n}`), on);
    expect((await store.load()).entries.map((e) => e.url)).toEqual([
      'https://a.test/3',
      'https://a.test/4',
      'https://a.test/5',
    ]);
    expect(upsert([], (await store.load()).entries[0]!, 2)).toHaveLength(1);
  });

  test('the real cap is 2,000: the 2,001st article drops the first', async () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      url: `https://a.test/${i}`,
      site: 'a.test',
      title: '',
      at: i + 1,
      score: 50,
      counts: counts(),
      bands: bands(),
    }));
    const { storage } = memory({ entries });
    const store = createRecordStore(storage, { now: () => 5000 });
    await store.record(page('https://b.test/new'), on);
    const after = (await store.load()).entries;
    expect(after).toHaveLength(2000);
    expect(after[0]!.url).toBe('https://a.test/1');
    expect(after.at(-1)!.url).toBe('https://b.test/new');
  });

  test('switched off, nothing is recorded, and switching off stops a recording in flight', async () => {
    const { box, storage } = memory();
    const store = createRecordStore(storage);
    expect(
      await store.record(page('https://a.test/1'), { incognito: false, isOn: async () => false }),
    ).toBe('off');
    expect(box.value).toBeUndefined();

    // On when the report arrives, off by the time it would be written.
    let answers = 0;
    const flips = { incognito: false, isOn: async () => answers++ === 0 };
    expect(await store.record(page('https://a.test/2'), flips)).toBe('off');
    expect(box.writes).toBe(0);
  });

  test('a private (incognito) tab is never recorded, nor is a tab of unknown privacy', async () => {
    const { box, storage } = memory();
    const store = createRecordStore(storage);
    let asked = false;
    const isOn = async () => (asked = true);
    expect(await store.record(page('https://a.test/1'), { incognito: true, isOn })).toBe('private');
    expect(
      await store.record(page('https://a.test/1'), {
        incognito: undefined as unknown as boolean,
        isOn,
      }),
    ).toBe('private');
    expect(asked).toBe(false);
    expect(box.value).toBeUndefined();
  });

  test('pages that are not http(s) pages are not recorded', async () => {
    const { box, storage } = memory();
    const store = createRecordStore(storage);
    for (const url of ['about:blank', 'file:///home/a.html', 'chrome-extension://x/y', 'junk']) {
      expect(await store.record(page(url), on)).toBe('not-a-page');
    }
    expect(box.value).toBeUndefined();
  });
});

describe('deleting', () => {
  test('a site is deleted, the others stay; everything empties storage entirely', async () => {
    const { box, storage } = memory();
    const store = createRecordStore(storage);
    await store.record(page('https://a.test/1'), on);
    await store.record(page('https://www.a.test/2'), on);
    await store.record(page('https://b.test/1'), on);
    expect(await store.deleteSite('a.test')).toBe(2);
    expect((await store.load()).entries.map((e) => e.site)).toEqual(['b.test']);
    expect(await store.deleteSite('nowhere.test')).toBe(0);
    await store.clear();
    expect(box.value).toBeUndefined();
    expect((await store.load()).entries).toEqual([]);
  });

  test('through wxt storage, "delete everything" leaves no key behind', async () => {
    fakeBrowser.reset();
    await readingRecord.record(page('https://a.test/1'), on);
    expect(Object.keys(await fakeBrowser.storage.local.get())).toContain('readingRecord');
    await readingRecord.clear();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});

describe('corrupt stored data is repaired with a clear account', () => {
  const good = {
    url: 'https://a.test/1',
    site: 'a.test',
    title: 'Fine',
    at: 5,
    score: 40,
    counts: counts({ named: 1 }),
    bands: bands({ moderate: 1 }),
  };

  test('bad fields are fixed, entries without a URL left out, and the notice says how many', async () => {
    const { box, storage } = memory({
      entries: [
        good,
        { url: 'https://b.test/x', score: 'high', counts: 'many', title: 42, at: -1 },
        { title: 'no url' },
        'a string',
        null,
      ],
    });
    const store = createRecordStore(storage);
    const record = await store.load();
    expect(record.entries).toEqual([
      good,
      {
        url: 'https://b.test/x',
        site: 'b.test',
        title: '',
        at: 0,
        score: null,
        counts: counts(),
        bands: bands(),
      },
    ]);
    expect(record.notice).toEqual({ fixed: 1, dropped: 3, unreadable: false });
    // Written back, with the notice, so the page can still say what happened.
    expect(box.value).toEqual(record);
    await store.dismissNotice();
    expect((await store.load()).notice).toBeUndefined();
  });

  test.each([
    ['a string', 'garbage'],
    ['a number', 7],
    ['an object without a list', { entries: 'x' }],
    ['a bare list', [good]],
  ])('%s becomes an empty record marked unreadable, never a throw', async (_, raw) => {
    const { record, changed } = repairRecord(raw);
    expect(changed).toBe(true);
    expect(record.entries).toEqual([]);
    expect(record.notice?.unreadable).toBe(true);
  });

  test('a valid record is left as it is', () => {
    const raw = { entries: [good] };
    expect(repairRecord(raw)).toEqual({ record: raw, changed: false });
    expect(repairRecord(undefined)).toEqual({ record: { entries: [] }, changed: false });
    // Browser storage hands keys back sorted: that is no change either.
    const notice = { unreadable: false, dropped: 2, fixed: 1 };
    expect(repairRecord({ notice, entries: [good] }).changed).toBe(false);
  });

  test('a repaired record still takes new articles', async () => {
    const { storage } = memory('garbage');
    const store = createRecordStore(storage);
    expect(await store.record(page('https://a.test/1'), on)).toBe('added');
    const record = await store.load();
    expect(record.entries).toHaveLength(1);
    expect(record.notice?.unreadable).toBe(true);
  });
});

describe('export', () => {
  const entry = (title: string): ReadEntry => ({
    url: 'https://a.test/1',
    site: 'a.test',
    title,
    at: Date.UTC(2026, 0, 2, 3, 4, 5),
    score: 55,
    counts: counts({ named: 3, vague: 1 }),
    bands: bands({ strong: 3, weak: 1 }),
  });

  test('CSV: a header, one row per article, numbers as numbers', () => {
    const csv = toCsv([entry('Plain title')]);
    const [head, row, end] = csv.split('\r\n');
    expect(head).toBe(
      'date,site,title,url,score,kind_named,kind_official,kind_document,kind_secondhand,kind_anonymous,kind_vague,kind_non-response,band_strong,band_moderate,band_weak,band_none',
    );
    expect(row).toBe(
      '2026-01-02T03:04:05.000Z,a.test,Plain title,https://a.test/1,55,3,0,0,0,0,1,0,3,0,1,0',
    );
    expect(end).toBe('');
  });

  test('CSV: hostile titles are quoted and formulas neutralised', () => {
    expect(csvCell('Guns, germs and steel')).toBe('"Guns, germs and steel"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('=HYPERLINK("http://evil.test","click")')).toBe(
      `"'=HYPERLINK(""http://evil.test"",""click"")"`,
    );
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
  });

  test('CSV: a file of hostile titles parses back into the same cells', () => {
    const titles = ['a,b', 'say "x"', 'two\r\nlines', '=1+1', '-', '@x', 'ok'];
    const csv = toCsv(titles.map(entry));
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(titles.length + 1);
    expect(rows.slice(1).map((r) => r[2])).toEqual([
      'a,b',
      'say "x"',
      'two\r\nlines',
      "'=1+1",
      "'-",
      "'@x",
      'ok',
    ]);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
  });

  test('JSON: every field, the date spelt out, and it parses back', () => {
    const json = JSON.parse(toJson([entry('Quote " and, comma')], new Date(Date.UTC(2026, 1, 1))));
    expect(json.format).toBe('sourcelight-reading');
    expect(json.version).toBe(1);
    expect(json.exported).toBe('2026-02-01T00:00:00.000Z');
    expect(json.articles).toEqual([
      { ...entry('Quote " and, comma'), date: '2026-01-02T03:04:05.000Z' },
    ]);
  });
});

/** A small RFC 4180 reader, to check the writer from the other side. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

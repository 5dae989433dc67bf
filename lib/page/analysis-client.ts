// Where a page's text is analysed: in the extension's background (Chrome's
// service worker, Firefox's event page), so that the page's main thread pays
// for reading its text and painting the badges, not for the analyzer. The
// analyzer, its tables, the learned model and its warm-up load there once
// for every tab (lib/background/analysis.ts), not once per page. The text
// goes to the extension's own background, never out of the browser.
//
// Where the background does not answer (an extension being updated, a reply
// that is not what was asked), the page analyses its text itself, as the CLI
// does, with the model read from the extension's file: the same attributions,
// on the page's thread. One line in the log says so, once.
import type { Analysis } from '../sourcing/types';
import type { AnalysisPiece, AnalyzeBatch, AnalyzeFn } from './incremental';
import { localBatch } from './incremental';
import { SLICE_MS, createSlicer } from './schedule';
import { messageOf } from './errors';

/** Most text in one message: the background starts on the first while the
 * page still sends the rest, and no reply grows past a few hundred kB. */
export const BATCH_CHARS = 60_000;

/** Most time the sending of messages takes in one task: each message is
 * serialised as it goes, and the 34 messages of a 2 MB page sent in one go
 * were a task of 6-17 ms on top of the slice that planned them
 * (bench/profile-startup.ts on 10,000 paragraphs, 2026-12-07). */
const SEND_SLICE_MS = SLICE_MS / 2;

export interface AnalysisClientDeps {
  /** Sends pieces to the background; resolves with its reply (a JSON string
   * of one Analysis per piece), rejects when there is nobody to answer. */
  send(pieces: readonly AnalysisPiece[]): Promise<unknown>;
  /** The page's own analyzer, made ready (tables, model, warm-up): the fallback. */
  local(): Promise<AnalyzeFn>;
  log(line: string): void;
  /** The extension was reloaded or removed under the page: nobody to
   * analyse for, and the page takes its badges away (context.ts). */
  gone?(): boolean;
  /** The clock that slices the sending (tests). */
  now?: () => number;
}

export interface AnalysisClient {
  /** Wakes the background's analyzer (or readies the page's own); the first
   * analysis waits for it. Never rejects. */
  prepare(): Promise<void>;
  batch: AnalyzeBatch;
}

/** An Analysis as far as the page reads it: attributions with their spans. */
function isAnalysis(v: unknown): v is Analysis {
  if (!v || typeof v !== 'object') return false;
  const a = (v as Analysis).attributions;
  return (
    Array.isArray(a) &&
    Array.isArray((v as Analysis).sources ?? []) &&
    a.every(
      (x) =>
        !!x &&
        Number.isInteger(x.start) &&
        Number.isInteger(x.end) &&
        !!x.cue &&
        Number.isInteger(x.cue.start) &&
        Array.isArray(x.reasons) &&
        Array.isArray(x.kinds),
    )
  );
}

/** The reply's analyses, or why it is not one per piece. */
function readReply(reply: unknown, count: number): Analysis[] | string {
  if (typeof reply !== 'string') return 'no reply';
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply);
  } catch {
    return 'an unreadable reply';
  }
  if (!Array.isArray(parsed) || parsed.length !== count) return 'a reply of the wrong length';
  return parsed.every(isAnalysis) ? parsed : 'a malformed reply';
}

/** Consecutive pieces in messages of at most BATCH_CHARS (one piece at least each). */
function batches(pieces: readonly AnalysisPiece[]): AnalysisPiece[][] {
  const out: AnalysisPiece[][] = [];
  let size = 0;
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && size + p.text.length <= BATCH_CHARS) {
      last.push(p);
      size += p.text.length;
    } else {
      out.push([p]);
      size = p.text.length;
    }
  }
  return out;
}

export function analysisClient(deps: AnalysisClientDeps): AnalysisClient {
  /** The page's own analysis, made once the background has failed: it is not asked again. */
  let local: Promise<AnalyzeBatch> | null = null;
  const fallBack = (why: string): Promise<AnalyzeBatch> => {
    if (!local) {
      deps.log(`the background did not analyse the page (${why}); analysing it in the page`);
      // (the page's analyzer failing too leaves the page as it is, said once)
      local = deps.local().then(localBatch, (e: unknown): AnalyzeBatch => {
        deps.log(`the page could not analyse it either (${messageOf(e)})`);
        return async () => null;
      });
    }
    return local;
  };

  /** The pieces analysed in the background, or why not. */
  const inBackground = async (
    pieces: readonly AnalysisPiece[],
    signal?: AbortSignal,
  ): Promise<Analysis[] | string | null> => {
    try {
      // no pieces: one empty message, that wakes the background and waits for it
      const groups = pieces.length ? batches(pieces) : [[]];
      // all sent before any reply is read, the page's own tasks let in
      // between when the sending takes long: the background works through
      // them while the page waits idle; each reply read in a slice of its
      // own as it comes
      const sending = createSlicer(SEND_SLICE_MS, deps.now);
      const replies: Promise<{ reply: unknown } | { error: string }>[] = [];
      for (const g of groups) {
        replies.push(
          deps.send(g).then(
            (reply) => ({ reply }),
            (e: unknown) => ({ error: messageOf(e) }),
          ),
        );
        await sending.maybeYield();
        if (signal?.aborted) return null;
      }
      const slicer = createSlicer(undefined, deps.now);
      const out: Analysis[] = [];
      let failed: string | null = null;
      for (let i = 0; i < groups.length; i++) {
        const answer = await replies[i];
        if (failed) continue;
        const got = 'error' in answer ? answer.error : readReply(answer.reply, groups[i].length);
        if (typeof got === 'string') failed = got;
        else out.push(...got);
        await slicer.maybeYield();
        if (signal?.aborted) return null;
      }
      return failed ?? out;
    } catch (e) {
      return messageOf(e);
    }
  };

  return {
    async prepare() {
      if (local) {
        await local;
        return;
      }
      const got = await inBackground([]);
      if (typeof got === 'string' && !deps.gone?.()) await fallBack(got);
    },
    async batch(pieces, signal) {
      if (local) return (await local)(pieces, signal);
      const got = await inBackground(pieces, signal);
      if (got === null || signal?.aborted || deps.gone?.()) return null;
      if (typeof got !== 'string') return got;
      return (await fallBack(got))(pieces, signal);
    },
  };
}

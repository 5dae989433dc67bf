// The command-line analyzer: parse options, read each input, analyse it with
// lib/sourcing and print it in the chosen format. bin/sourcelight.ts only
// wires this to the process.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCli, USAGE, UsageError, type CliOptions } from './args.ts';
import { loadInput } from './input.ts';
import { filterAttributions } from '../lib/report/common.ts';
import { keepSources } from '../lib/sourcing/voices.ts';
import { analysisToMarkdown } from '../lib/report/markdown.ts';
import { analysisToText, plain, type Paint } from '../lib/report/text.ts';
import { withoutNonClaims } from '../lib/page/non-claim.ts';
import type { Analysis, AnalyzeOptions, Attribution, Summary } from '../lib/sourcing/types.ts';
import type { TaggerModel } from '../lib/sourcing/learned/model.ts';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  env: Record<string, string | undefined>;
}

/** Analyses text, leaving out what is found in headings and captions
 * (`nonClaims`); an HTML page's links and own site credit linked sources. */
type Analyze = (
  text: string,
  nonClaims: readonly [number, number][],
  page?: Pick<AnalyzeOptions, 'links' | 'site'>,
) => Analysis;

/** The learned tagger's weights, read once, unless --no-model. For the
 * evaluation tools, which run the CLI with fixed arguments,
 * SOURCELIGHT_LEARNED=none measures the rules alone and =spans|taxonomy|all
 * sets the scope. A missing or corrupt file means the rules alone and one
 * line on stderr. */
async function readModel(opts: CliOptions, io: CliIo): Promise<TaggerModel | null> {
  const env = io.env.SOURCELIGHT_LEARNED;
  const fromEnv = env === 'spans' || env === 'taxonomy' || env === 'all' ? env : undefined;
  if (!opts.model || env === 'none') return null;
  const learned = (await import(
    new URL('../lib/sourcing/learned/index.ts', import.meta.url).href
  )) as typeof import('../lib/sourcing/learned/index.ts');
  const path =
    opts.modelFile ?? fileURLToPath(new URL(`../${learned.MODEL_FILE}`, import.meta.url));
  let bytes: Uint8Array | null;
  try {
    bytes = readFileSync(path);
  } catch {
    bytes = null;
  }
  const model = learned.loadModel(bytes, (line) => io.stderr.write(`${line} (${path})\n`));
  const scope = opts.modelScope ?? fromEnv;
  if (model && scope) model.scope = scope;
  return model;
}

/** Loaded lazily so that --help and usage errors work even if the analyzer is broken. */
async function loadAnalyzer(model: TaggerModel | null): Promise<Analyze> {
  const mod = (await import(new URL('../lib/sourcing/index.ts', import.meta.url).href)) as {
    analyze?: (text: string, options?: AnalyzeOptions) => Analysis;
    summarize?: (attributions: Attribution[]) => Summary;
  };
  const { analyze, summarize } = mod;
  if (typeof analyze !== 'function' || typeof summarize !== 'function')
    throw new Error('lib/sourcing/index.ts exports no analyze() or summarize()');
  const options: AnalyzeOptions | undefined = model ? { model } : undefined;
  return (text, nonClaims, page) =>
    withoutNonClaims(analyze(text, { ...options, ...page }), nonClaims, summarize);
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

const ESC = '\u001b[';
const ANSI: Record<string, [string, string]> = {
  bold: ['1', '22'],
  dim: ['2', '22'],
  title: ['1', '22'],
  cue: ['1;4', '22;24'],
  'band-strong': ['32', '39'],
  'band-moderate': ['33', '39'],
  'band-weak': ['31', '39'],
  'band-none': ['36', '39'],
};
const ansi: Paint = (style, text) => {
  const [on, off] = ANSI[style] ?? ['', ''];
  return on ? `${ESC}${on}m${text}${ESC}${off}m` : text;
};

/** Colour on a terminal unless NO_COLOR (non-empty) or TERM=dumb; flags win. */
export function wantsColor(opts: CliOptions, io: CliIo): boolean {
  if (opts.color !== undefined) return opts.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.TERM === 'dumb') return false;
  return Boolean(io.stdout.isTTY);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sourcelight: ${error.message} (see sourcelight --help)\n`);
      return 2;
    }
    throw error;
  }
  if (opts.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`sourcelight ${version()}\n`);
    return 0;
  }

  const paint = wantsColor(opts, io) ? ansi : plain;
  const filter = { kinds: opts.kinds, minBand: opts.minBand };
  let failed = false;
  let printed = 0;
  let analyze: Analyze | undefined;
  for (const file of opts.files) {
    const loaded = await loadInput(file, opts.input, io.stdin);
    if (!loaded.ok) {
      io.stderr.write(`sourcelight: ${loaded.file}: ${loaded.message}\n`);
      failed = true;
      continue;
    }
    const label = file === '-' ? 'stdin' : file;
    if (loaded.format === 'html' && !loaded.text.trim()) {
      io.stderr.write(`sourcelight: ${label}: no article text found in the HTML\n`);
    }
    if (!analyze) {
      // Loaded on first use, so bad files are reported even if it is broken.
      try {
        analyze = await loadAnalyzer(await readModel(opts, io));
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        io.stderr.write(`sourcelight: the analyzer could not be loaded: ${why}\n`);
        return 1;
      }
    }
    let analysis: Analysis;
    try {
      analysis = analyze(loaded.text, loaded.nonClaims ?? [], {
        links: loaded.links,
        site: loaded.site,
      });
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      io.stderr.write(`sourcelight: ${label}: analysis failed: ${why}\n`);
      failed = true;
      continue;
    }
    const attributions = filterAttributions(analysis.attributions, filter);
    const summary = analysis.summary;
    const sources = keepSources(analysis.sources ?? [], analysis.attributions, attributions);
    switch (opts.format) {
      case 'json':
        io.stdout.write(JSON.stringify({ attributions, summary, sources }, null, 2) + '\n');
        break;
      case 'jsonl':
        io.stdout.write(JSON.stringify({ file, attributions, summary, sources }) + '\n');
        break;
      case 'markdown':
        if (printed) io.stdout.write('\n---\n\n');
        io.stdout.write(
          analysisToMarkdown({
            title: loaded.title ?? label,
            url: loaded.url,
            text: loaded.text,
            analysis,
            filter,
          }),
        );
        break;
      default:
        if (printed) io.stdout.write('\n');
        io.stdout.write(
          analysisToText({
            file: label,
            title: loaded.title,
            url: loaded.url,
            text: loaded.text,
            analysis,
            filter,
            paint,
          }),
        );
    }
    printed++;
  }
  return failed ? 1 : 0;
}

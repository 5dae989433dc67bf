// Command-line options, parsed with node:util parseArgs; every mistake is a
// UsageError whose message fits on one line.

import { parseArgs } from 'node:util';
import { BANDS, KINDS, type Band, type Kind } from '../lib/sourcing/types.ts';
import { MODEL_SCOPES, type ModelScope } from '../lib/sourcing/learned/model.ts';

export type Format = 'report' | 'json' | 'jsonl' | 'markdown';

export interface CliOptions {
  help: boolean;
  version: boolean;
  format: Format;
  /** Forced input format; undefined = by extension (and sniffing for stdin). */
  input?: 'text' | 'html';
  kinds?: Kind[];
  minBand?: Exclude<Band, 'none'>;
  color?: boolean;
  /** Use the learned tagger: the default; false with --no-model. */
  model: boolean;
  /** Another model file than the one shipped (--model FILE). */
  modelFile?: string;
  /** What the tagger may add (--model-scope; see lib/sourcing/learned/model.ts). */
  modelScope?: ModelScope;
  files: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: sourcelight [options] FILE... | -

Shows, claim by claim, how well a news article is sourced.
FILE is an .html/.htm page (the article is found the way the extension finds
it) or text (.txt or anything else); - reads standard input (read as HTML
when it starts with <!doctype html> or <html>).

Output (default: a readable report):
      --json            {attributions, summary} as analyze() returns (one file only)
      --jsonl           one JSON line per file: {file, attributions, summary}
      --markdown        a Markdown report for pasting into a review
Input:
      --text            treat every input as plain text
      --html            treat every input as HTML
Filters (report, markdown, json, jsonl; the summary is never filtered):
      --kind KIND       only this kind; repeat or comma-separate for several
                        (${KINDS.join(', ')})
      --min-band BAND   only attributions this strong or stronger
                        (strong, moderate, weak; leaves out non-responses)
Analyzer:
      --learned         the rules and the learned tagger (public/tagger.bin; the default)
      --no-model        the hand-written rules alone
      --model FILE      the learned tagger with its weights from FILE
      --model-scope S   what the tagger may do: spans (only where the rules'
                        cues and sources begin), taxonomy (the default: also
                        add its own cues of speech, stance, reports and
                        documents), all (every cue it finds, as PolNeAR
                        annotates them)
Other:
      --color, --no-color  force colour on or off (default: on a terminal, off with NO_COLOR)
  -h, --help            show this help
  -V, --version         print the version

Exit status: 0 done, 1 a file could not be read, 2 usage error.`;

const MIN_BANDS = BANDS.filter((b): b is Exclude<Band, 'none'> => b !== 'none');

function parseScope(v: string | undefined): CliOptions['modelScope'] {
  const scope = MODEL_SCOPES.find((s) => s === v);
  if (v === undefined || scope) return scope;
  throw new UsageError(`unknown model scope "${v}" (scopes: ${MODEL_SCOPES.join(', ')})`);
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        markdown: { type: 'boolean' },
        text: { type: 'boolean' },
        html: { type: 'boolean' },
        kind: { type: 'string', multiple: true },
        'min-band': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-model': { type: 'boolean' },
        learned: { type: 'boolean' },
        model: { type: 'string' },
        'model-scope': { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs messages are long and mention "strict"; keep the gist.
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'([^']+)'/.exec(message)?.[1];
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag)
      throw new UsageError(`unknown option ${flag}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
      throw new UsageError(`option ${flag.split(' ')[0]} needs a value`);
    }
    throw new UsageError(message.split('\n')[0]);
  }
  const v = parsed.values;
  const formats = (['json', 'jsonl', 'markdown'] as const).filter((f) => v[f]);
  if (formats.length > 1) {
    throw new UsageError(
      `choose one output format, not ${formats.map((f) => `--${f}`).join(' and ')}`,
    );
  }
  if (v.text && v.html) throw new UsageError('choose --text or --html, not both');
  if (v.color && v['no-color']) throw new UsageError('choose --color or --no-color, not both');
  if ((v.model !== undefined || v.learned) && v['no-model'])
    throw new UsageError('choose --learned/--model or --no-model, not both');

  let kinds: Kind[] | undefined;
  if (v.kind) {
    kinds = [];
    for (const k of v.kind.flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase())) {
      if (!(KINDS as readonly string[]).includes(k)) {
        throw new UsageError(`unknown kind "${k}" (kinds: ${KINDS.join(', ')})`);
      }
      kinds.push(k as Kind);
    }
  }
  let minBand: CliOptions['minBand'];
  if (v['min-band'] !== undefined) {
    const b = v['min-band'].trim().toLowerCase();
    if (!(MIN_BANDS as string[]).includes(b)) {
      throw new UsageError(`unknown band "${v['min-band']}" (bands: ${MIN_BANDS.join(', ')})`);
    }
    minBand = b as CliOptions['minBand'];
  }

  const options: CliOptions = {
    help: Boolean(v.help),
    version: Boolean(v.version),
    format: formats[0] ?? 'report',
    input: v.text ? 'text' : v.html ? 'html' : undefined,
    kinds,
    minBand,
    color: v.color ? true : v['no-color'] ? false : undefined,
    model: !v['no-model'],
    modelScope: parseScope(v['model-scope']),
    modelFile: v.model,
    files: parsed.positionals,
  };
  if (options.help || options.version) return options;
  if (!options.files.length)
    throw new UsageError('no input: give one or more files, or - for stdin');
  if (options.format === 'json' && options.files.length > 1) {
    throw new UsageError(
      `--json takes exactly one file (got ${options.files.length}); use --jsonl for several`,
    );
  }
  if (options.files.filter((f) => f === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once');
  }
  return options;
}

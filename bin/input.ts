// Reading one input (a file or stdin) into text, with a one-line reason when
// it cannot be: missing, a directory, unreadable, binary, empty or too large.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractFromHtml } from './extract.ts';
import type { TextLink } from '../lib/sourcing/types.ts';

export const MAX_BYTES = 20 * 1024 * 1024;

export type Loaded =
  | {
      ok: true;
      file: string;
      text: string;
      nonClaims?: [number, number][];
      title?: string;
      url?: string;
      /** HTML only: the text's links and the page's own site (plain text has none). */
      links?: TextLink[];
      site?: string;
      format: 'text' | 'html';
    }
  | { ok: false; file: string; message: string };

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const TOO_LARGE = (bytes: number) =>
  `too large (${mb(bytes)}; the limit is ${MAX_BYTES / (1024 * 1024)} MB)`;

/** UTF-8 by default (bad bytes become U+FFFD); UTF-16 when a BOM says so. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Binary as git judges it: a NUL byte early on (UTF-16 with a BOM is text). */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return false;
  }
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'no such file (a parent is not a directory)';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'EIO') return 'read error (input/output error)';
  return error instanceof Error ? error.message : String(error);
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array | string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_BYTES) {
      return `too large (over ${MAX_BYTES / (1024 * 1024)} MB), stopped reading`;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Turns raw bytes into the text to analyse, or says why not. */
export function load(file: string, bytes: Uint8Array, forced: 'text' | 'html' | undefined): Loaded {
  if (bytes.length === 0) return { ok: false, file, message: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, file, message: 'binary file, not text or HTML' };
  const source = decode(bytes);
  const ext = extname(file).toLowerCase();
  const isHtml =
    forced === 'html' ||
    (forced === undefined && (ext === '.html' || ext === '.htm' || ext === '.xhtml')) ||
    (forced === undefined && file === '-' && HTML_START.test(source));
  if (!source.trim()) return { ok: false, file, message: 'empty file (only whitespace)' };
  if (!isHtml) return { ok: true, file, text: source, format: 'text' };
  const page = extractFromHtml(source);
  return { ok: true, file, format: 'html', ...page };
}

export async function loadInput(
  file: string,
  forced: 'text' | 'html' | undefined,
  stdin: NodeJS.ReadableStream,
): Promise<Loaded> {
  if (file === '-') {
    try {
      const data = await readStdin(stdin);
      if (typeof data === 'string') return { ok: false, file: 'stdin', message: data };
      const loaded = load('-', data, forced);
      return loaded.ok ? loaded : { ...loaded, file: 'stdin' };
    } catch (error) {
      return { ok: false, file: 'stdin', message: reason(error) };
    }
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, file, message: 'is a directory' };
    if (info.isFIFO()) {
      // Process substitution, <(curl …): a pipe with a size cap.
      const data = await readStdin(createReadStream(file));
      return typeof data === 'string'
        ? { ok: false, file, message: data }
        : load(file, data, forced);
    }
    if (!info.isFile()) return { ok: false, file, message: 'not a regular file' };
    if (info.size > MAX_BYTES) return { ok: false, file, message: TOO_LARGE(info.size) };
    return load(file, await readFile(file), forced);
  } catch (error) {
    return { ok: false, file, message: reason(error) };
  }
}

// Tokens of one sentence: words (with inner apostrophes, dots, hyphens) and
// the punctuation the detector cares about. One compiled regex, run from the
// sentence start with lastIndex, so no substring is made.

export interface Token {
  start: number;
  end: number;
  /** Text as written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** Lower case, possessive "'s" removed. */
  base: string;
  /** A word (not punctuation). */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in a possessive "'s" / "’s". */
  poss: boolean;
  /** Inside a quotation (quote marks themselves count as outside). */
  quoted: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['’.\-&][\p{L}\p{N}\p{M}]+)*|[“”"«»]|[,;:—–()[\]]|[.!?…]/gu;
const POSSESSIVE_RE = /['’]s$/;
const CAP_RE = /^\p{Lu}/u;

export function isOpenQuote(t: Token): boolean {
  return t.text === '“' || t.text === '«';
}
export function isCloseQuote(t: Token): boolean {
  return t.text === '”' || t.text === '»';
}
export function isQuoteMark(t: Token): boolean {
  return t.text === '"' || t.text === '“' || t.text === '”' || t.text === '«' || t.text === '»';
}

/** Tokenize text[start, end); `quoted` is the quotation state at `start`. */
export function tokenize(text: string, start: number, end: number, quoted: boolean): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = start;
  let inQuote = quoted;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= end) break;
    const raw = m[0];
    const tEnd = Math.min(m.index + raw.length, end);
    const t = text.slice(m.index, tEnd);
    const c0 = t.charCodeAt(0);
    const word = !(c0 < 128 ? /[",;:()[\].!?]/.test(t[0]!) : '“”«»—–…'.includes(t[0]!));
    if (!word) {
      if (t === '“' || t === '«') inQuote = true;
      else if (t === '”' || t === '»') inQuote = false;
      else if (t === '"') inQuote = !inQuote;
    }
    let lower = t.toLowerCase();
    if (lower.includes('’')) lower = lower.replaceAll('’', "'");
    const poss = word && POSSESSIVE_RE.test(lower);
    out.push({
      start: m.index,
      end: tEnd,
      text: t,
      lower,
      base: poss ? lower.slice(0, -2) : lower,
      word,
      cap: word && CAP_RE.test(t),
      poss,
      quoted: word ? inQuote : false,
    });
  }
  return out;
}

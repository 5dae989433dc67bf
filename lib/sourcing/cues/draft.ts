// What every cue construction shares: the draft it makes (a cue and its
// source, before scoring), the sentence it reads, and the shape of a
// construction (see cues/index.ts for the list and docs/analyzer.md).
import { type SourceInfo } from '../classify.ts';
import type { VerbInfo } from '../lexicon/index.ts';
import { type NameBook } from '../names.ts';
import type { Sentences } from '../segment.ts';
import { type Token } from '../tokens.ts';
import { type Kind } from '../types.ts';

/** A cue found in a sentence, before scoring. */
export interface Draft {
  cueStart: number;
  cueEnd: number;
  /** Token index of the cue, to order cues in the sentence. */
  at: number;
  source: SourceInfo | null;
  /** Kinds of the chain links after the first (from "citing"). */
  links: SourceInfo[];
  role: 'verb' | 'according' | 'citing' | 'nonresponse' | 'hedge' | 'medium' | 'by' | 'document';
  verb?: VerbInfo;
  /** "no comment"-like cue that only counts when nothing else was said. */
  weakNonresponse?: boolean;
  /** A hedging modal near the cue ("could", "may"). */
  modal?: boolean;
  /** The channel, e.g. "in a statement". */
  medium?: string;
  /** The source comes after the cue ('"...," said X'). */
  inverted?: boolean;
  /** Kind forced by the cue itself (hedges, non-responses, custom cues). */
  forced?: Kind;
  /** A participle clause ("..., saying that"): only counts when no other cue
   * of the sentence comes before it. */
  clause?: boolean;
}

/** A new Draft with every field present (one hidden class: see newSource). */
export function newDraft(
  role: Draft['role'],
  cueStart: number,
  cueEnd: number,
  at: number,
  source: SourceInfo | null,
): Draft {
  return {
    cueStart,
    cueEnd,
    at,
    source,
    links: [],
    role,
    verb: undefined,
    weakNonresponse: undefined,
    modal: undefined,
    medium: undefined,
    inverted: undefined,
    forced: undefined,
    clause: undefined,
  };
}

export interface Ctx {
  toks: readonly Token[];
  /** First and last (exclusive) token of the sentence. */
  lo: number;
  hi: number;
  book: NameBook;
}

/** One cue construction ("X said", "according to X", "a report released by
 * X", ...): one module under cues/ exports one. */
export interface CueConstruction {
  /** Its name, as in docs/analyzer.md and its table test (tests/unit/sourcing/cues/). */
  readonly name: string;
  /** Words of which a sentence must hold one for this construction to match:
   * the word it starts on, or for a phrase its rarest word. A sentence holding
   * no construction's trigger is never parsed (triggers.ts). */
  triggers(): Iterable<string>;
  /** A cheap test of the token it would start on. */
  mayStart(t: Token): boolean;
  /** For a construction whose cue is no word (a colon): which sentences it
   * may match (1: let through), read from the text, beside the trigger words. */
  gate?(text: string, sentences: Sentences): Uint8Array;
  /** Reads a cue starting at token `i`, pushing what it finds to `out`.
   * Returns the last token it consumed (the sentence's loop goes on after
   * it, trying no other construction there), or -1 when it does not apply,
   * so the next construction tries the token. */
  detect(ctx: Ctx, i: number, out: Draft[]): number;
}

// Phrases whose source follows them: "according to X", "citing X" (a link in
// a chain), "was announced by X", "based on data from X". The phrases are in
// lexicon/phrases.ts with the roles 'according', 'citing' and 'by'; the
// phrase-cues construction finds them and hands the source over to here.
import { type SourceInfo, classifyPhrase, newSource, withFields } from '../classify.ts';
import { collectRight } from '../grammar/noun-phrase.ts';
import { NOT_THINGS, NP_BOUNDARY_WORDS, type PhraseCue } from '../lexicon/index.ts';
import { type Ctx, type Draft } from './draft.ts';

/** Sets the source after the phrase ending at token `last`; false when there
 * is none (the phrase then is no cue). */
export function sourceAfterPhrase(ctx: Ctx, cue: PhraseCue, last: number, d: Draft): boolean {
  const { toks, hi, book } = ctx;
  const e = collectRight(toks, last + 1, hi);
  d.source = classifyPhrase(toks, last + 1, e, book) ?? accordingToThing(ctx, cue, last + 1, e);
  if (!d.source) return false;
  // "based on data from ...", not "based on the levels of ..."
  return !(
    cue.phrase === 'based on' &&
    d.source.kind !== 'document' &&
    d.source.kind !== 'secondhand'
  );
}

/** "according to his Facebook profile", "according to the statement": what
 * follows "according to" is a source even where no list knows its head. A
 * thing (a lower-case noun after a determiner or a modifier, no pronoun) is
 * a document; a name stays unread. */
function accordingToThing(ctx: Ctx, cue: PhraseCue, a: number, e: number): SourceInfo | null {
  const { toks } = ctx;
  // "per eye", "according to plan": a rate or an idiom; "according to how
  // expensive it is": a clause, not a source
  if (cue.phrase !== 'according to' || e - a < 2 || NP_BOUNDARY_WORDS.hasBase(toks[a])) return null;
  const head = toks[e - 1];
  if (!head.word || head.cap || head.quoted || NOT_THINGS.has(head.base)) return null;
  return withFields(newSource('document', toks[a].start, head.end), { report: true });
}

// Who speaks: the subject of a reporting verb, before it ("Guo said"),
// after it ('"…," said Guo'), of a participle clause ("…, saying"), or an
// appositive name ("the spokesman, Piet Mol, said").
import { type SourceInfo, classifyPhrase, withFields } from '../classify.ts';
import { type Ctx } from '../cues/draft.ts';
import { type Token, isQuoteMark } from '../tokens.ts';
import { type NameBook } from '../names.ts';
import { hashWord } from '../scan.ts';

import {
  ANONYMOUS_PEOPLE,
  AUX_WORDS,
  CLAUSE_VERBS,
  COORDINATORS,
  DOCUMENT_NOUNS,
  INSTITUTION_NOUNS,
  KIN_WORDS,
  NOT_NAME_WORDS,
  OUTLET_NOUNS,
  PARENTHETICAL_REACH,
  PARENTHETICAL_STARTERS,
  PHRASE_OPENERS,
  PREPOSITIONS,
  RELATIVES,
  RIGHT_BOUNDARY,
  ROLE_WORDS,
  SAY_FORMS,
  SPOKES_WORDS,
  SUBJECT_PRONOUNS,
  VAGUE_PEOPLE,
} from '../lexicon/index.ts';
import {
  bracketLeft,
  collectLeft,
  collectRight,
  isAbbrevDot,
  isAdverb,
  skipAuxLeft,
  startsAppositive,
} from './noun-phrase.ts';

/** The subject after a cue spanning tokens [i, last] ('"...," said X'), if
 * any (see findSubject). */
export function subjectAfter(
  ctx: Ctx,
  i: number,
  last: number,
  recipientAfter: boolean,
): SourceInfo | null {
  const { toks, book } = ctx;
  // "..., told Reuters": the phrase after "told" is who was told
  if (recipientAfter) return null;
  let s = last + 1;
  while (s < ctx.hi && toks[s].word && (AUX_WORDS.hasBase(toks[s]) || isAdverb(toks[s]))) s++;
  const e = collectRight(toks, s, ctx.hi);
  const r = classifyPhrase(toks, s, e, book);
  // '"...," he said' yes; "described it as" no: an object pronoun is not the source
  // and in '..., said he was appalled' the pronoun starts the reported clause
  if (r?.pronoun && (r.pronoun !== 'person' || !SAY_FORMS.hasBase(toks[i]))) return null;
  if (r?.pronoun && e < ctx.hi && toks[e].word) return null;
  // '..., said Russia would respond': the reported clause's subject
  if (r && e < ctx.hi && toks[e].word && CLAUSE_VERBS.has(toks[e].base)) return null;
  // '..., said Yoon’s "declaration ..."': a possessive is not a subject
  if (r && e > s && toks[e - 1].poss) return null;
  // '..., said a Pentagon spokesman, John Kirby': the name in apposition
  const person = r && (r.spokes || r.kind === 'anonymous' || r.kind === 'named');
  if (person && e + 1 < ctx.hi && toks[e].text === ',' && toks[e + 1].cap && toks[e + 1].word) {
    let n = e + 1;
    while (n < ctx.hi && toks[n].word && toks[n].cap && !toks[n].quoted) n++;
    const closes = n >= ctx.hi || !toks[n].word || RIGHT_BOUNDARY.has(toks[n].base);
    if (closes && n - e - 1 <= 4) {
      const named = classifyPhrase(toks, e + 1, n, book);
      if (named && (named.kind === 'named' || (named.kind === 'official' && !named.known)))
        return withFields(named, { kind: 'named' as const, role: true, known: true });
    }
  }
  return r;
}

/** The source of a cue spanning tokens [i, last]: its subject on the left, or
 * the phrase after it when a quotation or comma comes first. */
export function findSubject(
  ctx: Ctx,
  i: number,
  last: number,
  recipientAfter = false,
): { src: SourceInfo | null; inverted: boolean } {
  const { toks, lo, book } = ctx;
  const j = skipAuxLeft(toks, i - 1, lo);
  // "Sen. Chuck Grassley (R-Iowa) said": the subject ends before the aside
  // (the name alone is the voice: "Grassley" later is the same one)
  const b = bracketLeft(toks, j, lo);
  if (b >= 0) return findSubject(ctx, b + 1, last, recipientAfter);
  if (
    j < lo ||
    isQuoteMark(toks[j]) ||
    toks[j].text === ',' ||
    toks[j].text === ':' ||
    toks[j].text === '—'
  ) {
    const r = subjectAfter(ctx, i, last, recipientAfter);
    if (r) return { src: r, inverted: true };
    if (j >= lo && toks[j].text === ',') {
      // an appositive: "Hicks, a Navy veteran, said"
      let p = j - 1;
      while (p > lo && toks[p].text !== ',' && !isQuoteMark(toks[p])) p--;
      // "Alverson, a commissioner on the X Commission, which has ..., described"
      // "a Navy veteran", "who ...", "52", "leader of the party"
      while (
        p > lo &&
        toks[p].text === ',' &&
        (startsAppositive(toks, p) || placeAside(toks, p, j + 1) || originAside(toks, p))
      ) {
        // "..., the source, who said ..., told": "who" follows the subject itself
        if (toks[p + 1].base === 'who') break;
        let q = p - 1;
        while (q > lo && toks[q].text !== ',' && !isQuoteMark(toks[q])) q--;
        // "Clinton, during a town hall meeting in Columbus, Ohio, said": a
        // place closes a parenthetical as well as an appositive
        const opens =
          startsAppositive(toks, q) ||
          originAside(toks, q) ||
          (placeAside(toks, p, j + 1) && PARENTHETICAL_STARTERS.has(toks[q + 1].base));
        if (q > lo && toks[q].text === ',' && opens && p - q < 20) p = q;
        else break;
      }
      // "The ministry, in a statement, said", "Police, however, said": a
      // parenthetical between the subject and its verb
      if (
        p > lo &&
        toks[p].text === ',' &&
        p + 1 < j &&
        j - p <= PARENTHETICAL_REACH &&
        toks[p + 1].word &&
        PARENTHETICAL_STARTERS.has(toks[p + 1].base) &&
        toks[p - 1].word &&
        !toks[p - 1].quoted
      ) {
        const s0 = collectLeft(toks, p - 1, lo);
        const src = s0 <= p - 1 ? classifyPhrase(toks, s0, p, book) : null;
        if (src && !src.pronoun) return { src, inverted: false };
      }
      // "her mother, Fiona, said", "The leader of the party, Ann Roe, said":
      // a name in apposition to the noun phrase before it
      if (p > lo && toks[p].text === ',' && p + 1 < j && !startsAppositive(toks, p)) {
        const named = appositiveName(ctx, p, j);
        if (named) return { src: named, inverted: false };
      }
      if (p > lo && toks[p].text === ',' && p + 1 < j) {
        const apposition = startsAppositive(toks, p) || originAside(toks, p);
        const place = !apposition && placeAside(toks, p, j + 1);
        if (apposition || place) {
          // "McCaskill (D-Mo.), who has endorsed Clinton, said"
          const b = bracketLeft(toks, p - 1, lo);
          const e = b >= 0 ? b : p - 1;
          const s = collectLeft(toks, e, lo);
          const src = classifyPhrase(toks, s, e + 1, book);
          // before a place only a person's name ("Rep. Chris Collins, R-NY,"),
          // not the end of an aside ("Cory James, 22, of Flint, Mich.,")
          if (src && (!place || src.kind === 'named')) return { src, inverted: false };
        }
      }
    }
    if (j >= lo && isQuoteMark(toks[j])) return { src: null, inverted: true };
    return { src: null, inverted: false };
  }
  const t = toks[j];
  if (!t.word) return { src: null, inverted: false };
  if (RELATIVES.hasBase(t)) {
    // "an Israeli prime minister who has declared": the antecedent
    let e = j - 1;
    if (e >= lo && toks[e].text === ',') e--;
    if (e < lo) return { src: null, inverted: false };
    const b = bracketLeft(toks, e, lo);
    if (b >= 0) e = b;
    const s = collectLeft(toks, e, lo);
    return { src: classifyPhrase(toks, s, e + 1, book), inverted: false };
  }
  if (COORDINATORS.hasBase(t)) {
    // "Russia ... and has insisted": the subject of the clause
    return { src: clauseSubject(ctx, j), inverted: false };
  }
  const s = collectLeft(toks, j, lo);
  if (s > j) return { src: null, inverted: false };
  // "Aides to the senator said", "The company linked to the scandal said":
  // the head before "to" is the subject, the rest its post-modifier
  const head = headBeforeTo(toks, s, lo);
  if (head >= 0) {
    const whole = classifyPhrase(toks, collectLeft(toks, head, lo), j + 1, book);
    if (whole) return { src: whole, inverted: false };
  }
  const src = classifyPhrase(toks, s, j + 1, book);
  if (!src && s - 1 > lo && RELATIVES.hasBase(toks[s - 1])) {
    // "The mother of a woman who took the pills has described how": the
    // relative clause ends at the verb, whose subject is its antecedent when
    // that opens the sentence
    const e = s - 2;
    const a = collectLeft(toks, e, lo);
    if (a === lo && a <= e) return { src: classifyPhrase(toks, a, e + 1, book), inverted: false };
  }
  return { src, inverted: false };
}

/** The head noun of a subject whose post-modifier opens with "to" (which
 * ends a noun phrase elsewhere): people or an organisation, right before
 * "to" or before a participle and "to" ("linked to", "close to"); -1 if none. */
export function headBeforeTo(toks: readonly Token[], s: number, lo: number): number {
  if (s - 2 < lo || !toks[s - 1].word || toks[s - 1].base !== 'to') return -1;
  let h = s - 2;
  const p = toks[h];
  if (p.word && !p.cap && (p.base.endsWith('ed') || p.base === 'close') && h - 1 >= lo) h--;
  const t = toks[h];
  if (!t.word || t.cap || t.quoted) return -1;
  const w = t.base;
  return ANONYMOUS_PEOPLE.has(w) || VAGUE_PEOPLE.has(w) || INSTITUTION_NOUNS.has(w) ? h : -1;
}

/** The word at `s` opens an adverbial phrase, not a noun phrase: a
 * preposition or a word no phrase starts with ("By contrast", "Therefore"),
 * or an adverb or a participle before a lower-case word ("Hastily
 * politicizing", "Speaking at", "Asked about"). */
function opensPhrase(toks: readonly Token[], s: number, j: number, book: NameBook): boolean {
  const t = toks[s];
  if (!t.word || t.quoted) return false;
  if (PREPOSITIONS.has(t.base) || PHRASE_OPENERS.hasBase(t)) return true;
  const next = toks[s + 1];
  return (
    s + 1 < j &&
    next.word &&
    !next.cap &&
    t.base.length > 4 &&
    (t.base.endsWith('ly') || t.base.endsWith('ing') || t.base.endsWith('ed')) &&
    // "Schilling appeared", "Schlafly then discussed": a surname the article
    // gave in full is a name, whatever its ending
    !book.surnames.has(hashWord(t.base, 0, t.base.length))
  );
}

/** ", of Flint," after a name: where someone is from ("Cory James, 22, of
 * Flint, Mich., said"; PolNeAR train). */
const originAside = (toks: readonly Token[], p: number) =>
  toks[p + 1]?.base === 'of' && !!toks[p + 2]?.cap;

/** ", Texas," or ", R-NY," after a capitalized word: where someone is from or
 * which party, part of the aside between a name and its verb ("Christopher
 * Harvey, a delegate from Houston, Texas, said"; PolNeAR train): one to three
 * capitalized words, closed by a comma before `hi`. */
function placeAside(toks: readonly Token[], p: number, hi: number): boolean {
  if (!toks[p - 1].word || !toks[p - 1].cap) return false;
  let words = 0;
  for (let k = p + 1; k < hi; k++) {
    const t = toks[k];
    if (t.text === ',') return words >= 1 && words <= 3;
    // "R-NY", "Tex.", "N.C."
    if (t.word ? !t.cap || t.quoted : t.text !== '-' && t.text !== '.') return false;
    if (t.word) words++;
  }
  return false;
}

/** The name between commas before a cue ("her mother, Fiona, said"), when
 * the commas enclose capitalized words only and a noun phrase comes first. */
export function appositiveName(ctx: Ctx, p: number, j: number): SourceInfo | null {
  const { toks, lo, book } = ctx;
  if (j - p - 1 > 4 || !toks[p - 1].word || toks[p - 1].quoted) return null;
  for (let k = p + 1; k < j; k++) {
    const t = toks[k];
    // "her parents, Tom and Ann, said"
    const and = t.base === 'and' && k > p + 1 && k < j - 1;
    if (!(t.word && t.cap && !t.poss && !t.quoted) && !isAbbrevDot(toks, k) && !and) return null;
  }
  const src = classifyPhrase(toks, p + 1, j, book);
  if (!src || (src.kind !== 'named' && src.kind !== 'official')) return null;
  // a lone unknown name after a person ("her mother, Fiona") is that person's
  const head = toks[p - 1].base;
  const person = KIN_WORDS.has(head) || ROLE_WORDS.has(head) || ANONYMOUS_PEOPLE.has(head);
  if (src.kind === 'official' && !src.known && person) return withFields(src, { kind: 'named' });
  // an unknown word after a name is where or which party, not who: "Houston,
  // Texas, said", "Rep. Chris Collins, R-NY, says" (PolNeAR train)
  if (src.kind === 'official' && !src.known && (lo >= p - 1 || toks[p - 1].cap)) return null;
  return src;
}

/** The subject of the clause that ends before token `j`: the sentence's first
 * noun phrase after any opening phrase set off by a comma. */
export const isHeadNoun = (w: string) =>
  ROLE_WORDS.has(w) ||
  ANONYMOUS_PEOPLE.has(w) ||
  VAGUE_PEOPLE.has(w) ||
  INSTITUTION_NOUNS.has(w) ||
  DOCUMENT_NOUNS.has(w) ||
  OUTLET_NOUNS.has(w) ||
  SPOKES_WORDS.has(w);

export function clauseSubject(ctx: Ctx, j: number): SourceInfo | null {
  const { toks, lo, book } = ctx;
  let s = lo;
  // an opening phrase ("In Washington, ...") is set off by a comma; a name
  // followed by a comma ("Zimbabwe President Robert Mugabe, his wife and ...")
  // is the subject itself
  const first = toks[lo];
  const opener = !(first.word && first.cap && !NOT_NAME_WORDS.hasBase(first));
  for (let k = lo; k < j && opener; k++) {
    if (toks[k].text === ',' && k - lo < 8) {
      s = k + 1;
      break;
    }
  }
  // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush,
  // calling him": a phrase opened by a participle, an adverb or a
  // preposition ends at the comma before the subject, however long, and not
  // at a comma that a place closes (PolNeAR train, where "Speaking",
  // "Having", "Hastily", "Asked" or "By" was taken for the speaker)
  while (s < j && opensPhrase(toks, s, j, book)) {
    let k = s + 1;
    // not at a place, nor before a relative clause ("in New Hampshire,
    // which is set to host the contest, Bush referred")
    while (
      k < j &&
      (toks[k].text !== ',' || placeAside(toks, k, j) || RELATIVES.hasBase(toks[k + 1]))
    )
      k++;
    if (k >= j) break;
    s = k + 1;
  }
  while (s < j && (!toks[s].word || toks[s].quoted)) s++;
  if (s >= j) return null;
  // the first noun phrase only: a run of capitals, or words up to a known head
  let e = s;
  if (toks[s].cap) {
    // "Mr. Trump", "George W. Bush": a title's or an initial's dot inside
    while (e < j && ((toks[e].word && toks[e].cap) || isAbbrevDot(toks, e))) e++;
    // "White House press secretary Josh Earnest": a lower-case role (up to
    // three words, ending in a role word) and the name after it
    let r = e;
    while (r < j && r - e < 3 && toks[r].word && !toks[r].cap && !ROLE_WORDS.has(toks[r].base)) r++;
    if (r < j && toks[r].word && !toks[r].cap && ROLE_WORDS.has(toks[r].base)) {
      r++;
      if (r < j && toks[r].word && toks[r].cap) {
        e = r;
        while (e < j && ((toks[e].word && toks[e].cap) || isAbbrevDot(toks, e))) e++;
      }
    } else if (e < j && toks[e].word && isHeadNoun(toks[e].base)) {
      e++; // "Chinese officials", "Acme spokesman"
    }
  } else if (SUBJECT_PRONOUNS.has(toks[s].base)) {
    // "She visited the site and said": the pronoun is the subject, not a
    // phrase up to the next noun that could head one ("site")
    e = s + 1;
  } else {
    while (e < j && e - s < 6 && toks[e].word && !isHeadNoun(toks[e].base)) e++;
    if (e < j && toks[e].word && isHeadNoun(toks[e].base)) e++;
    else return null;
    while (e < j && toks[e].word && toks[e].cap) e++;
  }
  // "The company's shares fell": what the head owns is the subject
  if (toks[e - 1].poss) return null;
  return classifyPhrase(toks, s, e, book);
}

/** For "it said" / "they said": an institution named earlier in the same
 * sentence ("Whole Foods was selling ..., prices it said were ..."). */
export function antecedentInSentence(
  ctx: Ctx,
  before: number,
  pronoun: 'person' | 'plural' | 'thing',
): SourceInfo | undefined {
  if (pronoun === 'person') return undefined;
  const { toks, lo, book } = ctx;
  for (let k = before - 1; k >= lo; k--) {
    const t = toks[k];
    if (!t.word || !t.cap || t.quoted || NOT_NAME_WORDS.hasBase(t)) continue;
    let s = k;
    while (s > lo && toks[s - 1].word && toks[s - 1].cap && !toks[s - 1].poss) s--;
    const src = classifyPhrase(toks, s, k + 1, book);
    if (src && (src.kind === 'official' || src.kind === 'secondhand'))
      return withFields(src, { backref: true });
    k = s;
  }
  return undefined;
}

// A reporting verb and its subject: "Guo said", '"...," said Guo', "the
// agency reports", "officials are insisting", "..., saying that". The verbs
// and what each needs around it (a "that", an "as", a quotation) are in
// lexicon/verbs.ts REPORTING_VERBS; the guards below drop uses that state no
// claim ("told the story", "added 40 stores", "declared martial law").
import { type SourceInfo, classifyPhrase } from '../classify.ts';
import {
  finiteClauseAhead,
  hasFrame,
  isUsGeneric,
  nearModal,
  objectExtracted,
  parentheticalClause,
} from '../grammar/clauses.ts';
import { findStart, isAdverb, isNounLikeVerb } from '../grammar/noun-phrase.ts';
import { antecedentInSentence, clauseSubject, findSubject } from '../grammar/subject.ts';
import {
  ADD_FORMS,
  ARGUE_FORMS,
  CROWD_CLAUSE_STARTERS,
  DECLARE_FORMS,
  DISPUTE_PREPOSITIONS,
  NOTHING,
  NO_CLAIM_AFTER,
  OBJECT_VERBS,
  PASSIVE_BEFORE,
  PREPOSITIONS,
  PROGRESSIVE_AUX,
  QUANTIFIER_DETERMINERS,
  REPORTING_VERBS,
  REPORT_FORMS,
  SAY_FORMS,
  TELL_FORMS,
  WRITE_FORMS,
} from '../lexicon/index.ts';
import { type NameBook } from '../names.ts';
import { type Token, isCloseQuote, isQuoteMark } from '../tokens.ts';
import { type CueConstruction, newDraft } from './draft.ts';

import {
  AMOUNT_START,
  AMOUNT_WORDS,
  ANONYMOUS_PEOPLE,
  CLAUSE_STOPS,
  CLAUSE_VERBS,
  DASHES,
  DETERMINER_WORDS,
  FIGURE_OBJECTS,
  INSTITUTION_NOUNS,
  NOUN_DETERMINERS,
  NP_BOUNDARY_WORDS,
  OBJECT_REACH,
  QUOTE_OBJECT_REACH,
  PARENTHETICAL_REACH,
  PERFORMATIVE_OBJECTS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  QUOTE_BEFORE_REACH,
  OUTLET_NOUNS,
  RECIPIENTS,
  ROLE_WORDS,
  SENTENCE_ENDS,
  STANCE_OBJECTS,
  SUBJECT_PRONOUNS,
  THING_DETERMINERS,
  THING_PRONOUNS,
  VAGUE_PEOPLE,
  type VerbInfo,
  WIRE_AGENCIES,
} from '../lexicon/index.ts';

/** ", who regard whales as their ancestors", ", which it views as a
 * bulwark": a view in the present tense inside a non-restrictive relative
 * clause describes a standing attitude of whoever it hangs on; the article
 * reports no claim with it. */
export function standingView(toks: readonly Token[], i: number, lo: number): boolean {
  const w = toks[i].base;
  if (w.endsWith('ed') || w === 'saw') return false;
  for (let b = i - 1; b >= lo && b >= i - 3; b--) {
    const r = toks[b];
    if (!r.word) return false;
    if (r.base === 'who' || r.base === 'which')
      return b > lo && (toks[b - 1].text === ',' || DASHES.has(toks[b - 1].text));
  }
  return false;
}

/** "added 40 stores", "add $1.5 trillion", "added nearly 300 jobs": an amount
 * right after "add" makes it arithmetic, not speech. */
export function addsAmount(toks: readonly Token[], i: number, hi: number): boolean {
  let n = i + 1;
  if (n < hi && toks[n].word && AMOUNT_WORDS.has(toks[n].base) && !toks[n].quoted) {
    if (toks[n].base.endsWith('s') && toks[n].base !== 'some') return true;
    n++;
  }
  // but "added 40 percent of voters were undecided" reports a clause
  return (
    n < hi && !toks[n].quoted && AMOUNT_START.test(toks[n].text) && !finiteClauseAhead(toks, n, hi)
  );
}

/** "declared martial law", "declare a state of emergency": an act, no claim. */
export function performs(toks: readonly Token[], i: number, hi: number): boolean {
  let n = i + 1;
  if (n < hi && toks[n].word && (toks[n].base === 'a' || toks[n].base === 'an')) n++;
  return n < hi && toks[n].word && !toks[n].quoted && PERFORMATIVE_OBJECTS.has(toks[n].base);
}
/** A verb whose flags ask for a frame around it: "saw it as", "called the
 * plan 'reckless'", '"...," he continued', "defended his decision". */
export function verbFrameOk(
  toks: readonly Token[],
  i: number,
  hi: number,
  lo: number,
  info: VerbInfo,
): boolean {
  if (info.needsAs || info.needsQuote || info.needsTo) {
    let found = false;
    let reach = i + (info.needsQuote ? QUOTE_OBJECT_REACH : OBJECT_REACH);
    for (let n = i + 1; n < hi && n <= reach; n++) {
      let t = toks[n];
      // "regard New Zealand – or Aotearoa – as": a parenthetical between dashes
      if (DASHES.has(t.text)) {
        let m = n + 1;
        while (m < hi && m <= n + PARENTHETICAL_REACH && !DASHES.has(toks[m].text)) m++;
        if (m < hi && DASHES.has(toks[m].text)) {
          reach += m - n + 1;
          n = m + 1;
          if (n >= hi) break;
          t = toks[n];
        }
      }
      if (info.needsTo && t.word && t.base === 'to' && !t.quoted) {
        // "link to" right after the verb only when its object moved out front
        // ("the swings that researchers link to"): "linked to the gang" is a
        // passive, "Emery links to an article" a hyperlink
        found = n > i + 1 || objectExtracted(toks, i, lo);
        break;
      }
      if (info.needsQuote && isQuoteMark(t)) {
        found = true;
        break;
      }
      if (info.needsAs && t.word && t.base === 'as' && !t.quoted) {
        // "saw as many as 40": a comparison, not a view; "saw its shares rise
        // as investors cheered": "as" opens a clause after a longer object
        const c = toks[n + 2];
        const nx = toks[n + 1];
        const clause =
          nx &&
          n + 1 < hi &&
          nx.word &&
          (SUBJECT_PRONOUNS.has(nx.base) ||
            (!NOUN_DETERMINERS.hasBase(nx) &&
              c &&
              n + 2 < hi &&
              c.word &&
              (c.base.endsWith('ed') || CLAUSE_VERBS.has(c.base))));
        found = !(c && n + 2 < hi && c.word && c.base === 'as') && !clause;
        break;
      }
      // "called the debt and deficit 'the issue'": a coordinated object
      if (info.needsQuote && t.word && (t.base === 'and' || t.base === 'or') && n > i + 1) {
        const nx = toks[n + 1];
        // but "called the police and told them": a second verb, not an object
        if (
          nx &&
          n + 1 < hi &&
          nx.word &&
          !nx.quoted &&
          !SUBJECT_PRONOUNS.has(nx.base) &&
          !REPORTING_VERBS.has(nx.lower)
        )
          continue;
      }
      // "called that 'preposterous'": a pronoun object, not a clause
      if (info.needsQuote && n === i + 1 && t.base === 'that') continue;
      if (CLAUSE_STOPS.has(t.text) || (t.word && NP_BOUNDARY_WORDS.hasBase(t))) break;
    }
    if (!found) return false;
  }
  if (info.afterQuote) {
    let found = false;
    for (let b = i - 1; b >= lo && b >= i - QUOTE_BEFORE_REACH; b--) {
      if (isQuoteMark(toks[b])) found = true;
    }
    const n = toks[i + 1];
    if (n && i + 1 < hi && (n.text === ':' || isQuoteMark(n))) found = true;
    // 'Bartiromo asked, "You think ...?"': a comma, then the quotation
    if (n && i + 2 < hi && n.text === ',' && isQuoteMark(toks[i + 2])) found = true;
    if (!found) return false;
  }
  if (info.figureObject) {
    // "compiled the number of potholes", "tallied figures", "compiled a list"
    let n = i + 1;
    if (n < hi && toks[n].word && DETERMINER_WORDS.has(toks[n].base)) n++;
    if (!(n < hi && toks[n].word && FIGURE_OBJECTS.has(toks[n].base))) return false;
  }
  if (info.stanceObject) {
    let found = false;
    for (let n = i + 1; n < hi && n <= i + 3; n++) {
      const t = toks[n];
      if (!t.word) break;
      if (STANCE_OBJECTS.has(t.base)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** "told Reuters", "told the BBC": the claim reaches us through that outlet,
 * a further link of the chain. */
export function outletTold(
  toks: readonly Token[],
  n: number,
  hi: number,
  book: NameBook,
): SourceInfo[] {
  // the recipient's name: "the" and a run of capitals ("told the AP that")
  let s = n;
  if (s < hi && toks[s].word && toks[s].base === 'the') s++;
  let e = s;
  while (e < hi && toks[e].word && toks[e].cap) e++;
  if (e === s) return [];
  // only news agencies: a paper quoting "told Reuters" relays the agency's
  // reporting, whereas "told ABC News" is most often ABC's own story
  const words: string[] = [];
  for (let k = s; k < e; k++) words.push(toks[k].base);
  if (!WIRE_AGENCIES.has(words.join(' '))) return [];
  const r = classifyPhrase(toks, s, e, book);
  return r && r.kind === 'secondhand' ? [r] : [];
}
/** "told reporters", "told the BBC", "told her": yes; "told the story": no.
 * `telling`: the verb is "tell", whose object before "that" is always who
 * was told ("told a town hall that"); after "wrote" it is what was written
 * ("wrote the programs that revealed"). */
export function toldSomeone(
  toks: readonly Token[],
  n: number,
  hi: number,
  telling = false,
): boolean {
  if (n >= hi || !toks[n].word) return true; // '..., he told.' or a quotation follows
  if (!THING_DETERMINERS.has(toks[n].base) || toks[n].base === 'that') return true;
  const head = toks[n + 1];
  if (!head || n + 1 >= hi || !head.word) return true;
  if (head.cap) return true; // "told the BBC"
  // "told her they were fine": "her" is the one told
  if (
    PERSON_PRONOUNS.hasBase(head) ||
    PLURAL_PRONOUNS.hasBase(head) ||
    THING_PRONOUNS.hasBase(head)
  )
    return true;
  if (head.base === 'that' || head.base === 'there') return true;
  // the words of the object after its determiner: one of them names who was
  // told ("the raucous crowd", "a plenary session of Parliament"), or a
  // "that" clause follows it ("told a town hall in Salem that")
  for (let k = n + 1; k < hi && k <= n + OBJECT_REACH; k++) {
    const w = toks[k];
    if (!w.word || w.quoted) break;
    if (telling && k > n + 1 && w.base === 'that') return true;
    if (
      RECIPIENTS.has(w.base) ||
      OUTLET_NOUNS.has(w.base) ||
      ROLE_WORDS.has(w.base) ||
      ANONYMOUS_PEOPLE.has(w.base) ||
      VAGUE_PEOPLE.has(w.base) ||
      INSTITUTION_NOUNS.hasBase(w)
    )
      return true;
  }
  return false;
}

/** A quotation closed by a comma comes before token `i` ('"He had many
 * projects," his friend told the website'): what follows is who said it. */
function afterSpeech(toks: readonly Token[], lo: number, i: number): boolean {
  for (let k = lo; k + 1 < i; k++)
    if (toks[k].text === ',' && isQuoteMark(toks[k + 1])) return true;
  return false;
}

/** "Support is falling, the poll shows.": the verb at `i` ends the sentence
 * and its subject (from token `b`) follows a comma, so it reports the clause
 * before the comma; "show", "report" or "count" there is no noun. */
export function closesAfterComma(
  toks: readonly Token[],
  i: number,
  hi: number,
  b: number,
  lo: number,
): boolean {
  const n = toks[i + 1];
  const ends = i + 1 >= hi || (!n.word && SENTENCE_ENDS.has(n.text)) || isCloseQuote(n);
  if (!ends || b <= lo) return false;
  // the comma may sit inside a closing quotation mark: '"…falling," the poll shows'
  const c = isQuoteMark(toks[b - 1]) && b - 1 > lo ? b - 2 : b - 1;
  return toks[c].text === ',';
}

export const reportingVerb: CueConstruction = {
  name: 'reporting-verb',
  triggers: () => REPORTING_VERBS.keys(),
  // a capital is a name or a sentence start read elsewhere ("Says ...")
  mayStart: (t) => !t.quoted && !t.cap && REPORTING_VERBS.has(t.lower),
  detect(ctx, i, out) {
    const { toks, lo, hi, book } = ctx;
    const t = toks[i];
    const drafts = out;
    let info = REPORTING_VERBS.get(t.lower);
    if (info && t.cap) info = undefined;
    // "are insisting", "was telling": a progressive is a finite verb whose
    // subject stands before the auxiliary; "..., saying that": a participle
    // clause whose subject is the main clause's
    let progressive = -1;
    let clause = false;
    if (info?.participle) {
      let b = i - 1;
      while (b > lo && isAdverb(toks[b])) b--;
      // "is saying nothing" says nothing
      const n = toks[i + 1];
      const nothing = n && i + 1 < hi && n.word && NOTHING.hasBase(n);
      if (b >= lo && toks[b].word && PROGRESSIVE_AUX.has(toks[b].base) && !nothing) progressive = b;
      else if (b >= lo && toks[b].text === ',' && b > lo) clause = true;
      else info = undefined;
    }
    // "the report", "a Reuters report citing": a noun, not a verb; but
    // "first" before a form that is no noun is an adverb ("Politico first
    // reported", "she first said")
    const before = i > lo ? toks[i - 1] : undefined;
    if (
      info &&
      before?.word &&
      NOUN_DETERMINERS.hasBase(before) &&
      (before.base !== 'first' || isNounLikeVerb(t))
    )
      info = undefined;
    // "Ada Brill's remarks, ...": after a possessive, the noun
    if (info && before?.word && before.poss && isNounLikeVerb(t)) info = undefined;
    // "secretary of state,", "in reports": after a preposition a form that
    // is also a noun is the noun (PolNeAR train: "secretary of state," had
    // been a cue 25 times); but "to" opens an infinitive ("declined to state")
    if (
      info &&
      before?.word &&
      PREPOSITIONS.has(before.base) &&
      before.base !== 'to' &&
      isNounLikeVerb(t)
    )
      info = undefined;
    let nounLike = false;
    if (info && isNounLikeVerb(t)) {
      let n = i + 1;
      while (n < hi && isAdverb(toks[n])) n++;
      const nt = toks[n];
      nounLike = !(
        nt &&
        n < hi &&
        (nt.base === 'that' || nt.text === ':' || nt.text === ',' || isQuoteMark(nt))
      );
    }
    if (info) {
      if (i > lo && toks[i - 1].word && toks[i - 1].base === 'not') return i; // "did not say"
      // "told the story", "wrote a letter": an object, not a claim
      const telling = TELL_FORMS.hasBase(t) || t.base === 'telling';
      if (
        (telling || WRITE_FORMS.hasBase(t)) &&
        !toldSomeone(toks, i + 1, hi, telling) &&
        !afterSpeech(toks, lo, i)
      )
        return i;
      // "wrote about banking", "reported from Seoul" (a byline), "spoke with":
      // the activity, no claim
      if (
        (WRITE_FORMS.hasBase(t) || REPORT_FORMS.hasBase(t)) &&
        i + 1 < hi &&
        NO_CLAIM_AFTER.hasBase(toks[i + 1])
      )
        return i;
      if (!verbFrameOk(toks, i, hi, lo, info)) return i;
      if (DECLARE_FORMS.has(t.base) && performs(toks, i, hi)) return i;
      if (ADD_FORMS.hasBase(t) && addsAmount(toks, i, hi)) return i;
      // "argued over why", "argued with his wife": a dispute, no claim stated
      if (
        ARGUE_FORMS.hasBase(t) &&
        i + 1 < hi &&
        toks[i + 1].word &&
        DISPUTE_PREPOSITIONS.has(toks[i + 1].base)
      )
        return i;
      if (info.needsAs && standingView(toks, i, lo)) return i;
      // "say little about", "said nothing": no claim
      if (SAY_FORMS.hasBase(t) && i + 1 < hi && NOTHING.hasBase(toks[i + 1])) return i;
      if (
        progressive < 0 &&
        i > lo &&
        toks[i - 1].word &&
        PASSIVE_BEFORE.hasBase(toks[i - 1]) &&
        t.base.endsWith('ed')
      )
        return i;
      const f = clause
        ? { src: clauseSubject(ctx, i - 1), inverted: false }
        : progressive >= 0
          ? findSubject(ctx, progressive, i)
          : findSubject(ctx, i, i, telling || hasFrame(t.lower) || OBJECT_VERBS.has(t.lower));
      const src = f.src;
      if (!src) return i;
      // "what Apple calls 'spatial' photos": a name for a thing, not a claim
      if (info.needsQuote || t.base === 'calling') {
        const b = findStart(toks, src.start, lo);
        if (b > lo && toks[b - 1].word && toks[b - 1].base === 'what') return i;
      }
      // "the company claims its ...": a verb only after a subject we recognise
      const nextWord = i + 1 < hi && toks[i + 1].word;
      // a verb form agrees with its subject: "the agency reports", "filings show"
      const agrees = t.lower.endsWith('s') ? !src.plural : !!src.plural;
      // "voters in battleground states, ...", "in each of the five states,":
      // a plural subject makes the form in -s a noun, a comma after or not
      // (PolNeAR train)
      if (isNounLikeVerb(t) && t.lower.endsWith('s') && src.plural && !src.pronoun) return i;
      if (nounLike && closesAfterComma(toks, i, hi, findStart(toks, src.start, lo), lo))
        nounLike = !agrees;
      if (nounLike && (!src.known || f.inverted || !nextWord || !agrees)) return i;
      // "most state parties", "in each state want", "many state workers": a
      // quantifier right before the form makes it a noun, unless "that" or a
      // quotation follows ("some claim that")
      if (nounLike && before?.word && QUANTIFIER_DETERMINERS.has(before.base)) return i;
      // "as Mashable reports": an unfamiliar name that reports is an outlet
      if (REPORT_FORMS.hasBase(t) && src.kind === 'official' && !src.known) {
        src.kind = 'secondhand';
        src.outletNamed = true;
      }
      // "PlutoPete told me": an unfamiliar name that talked to the writer is
      // a person (a user name, a nickname), not an organisation
      if (
        telling &&
        src.kind === 'official' &&
        !src.known &&
        i + 1 < hi &&
        (toks[i + 1].base === 'me' || toks[i + 1].base === 'us') &&
        !isUsGeneric(toks, i + 1, hi)
      )
        src.kind = 'named';
      const k = src.kind;
      const docLike = k === 'document' || k === 'secondhand' || src.pronoun === 'thing';
      if (info.docOnly && !docLike && !(k === 'official' && src.backref)) return i;
      if (info.needsThat && !docLike) {
        let n = i + 1;
        while (n < hi && isAdverb(toks[n])) n++;
        const nt = toks[n];
        // "found that", "believes:", "advised stuffing", "warned against"
        // "experts believe the damage is lasting": a crowd's opinion needs no
        // "that" (but "believe in", "think so", "expect more" are not claims)
        const crowd =
          info.hedge &&
          (k === 'vague' || k === 'anonymous') &&
          !src.pronoun &&
          nt?.word &&
          n < hi &&
          (CROWD_CLAUSE_STARTERS.has(nt.base) || nt.cap);
        const ok =
          (info.hedge && !src.pronoun && parentheticalClause(toks, i, n, hi, src.start, lo)) ||
          (info.hedge && finiteClauseAhead(toks, n, hi) && !objectExtracted(toks, i, lo)) ||
          (n < hi &&
            (nt.base === 'that' ||
              nt.text === ':' ||
              nt.base === 'against' ||
              crowd ||
              (nt.word && nt.base.length > 5 && nt.base.endsWith('ing'))));
        if (!ok) return i;
      }
      // looked for only now that the cue is kept (nothing above reads it)
      if (src.pronoun) src.antecedent = antecedentInSentence(ctx, i, src.pronoun);
      // the source must not be the object of an earlier clause inside a quotation
      const d = newDraft('verb', t.start, t.end, i, src);
      if (telling) d.links = outletTold(toks, i + 1, hi, book);
      d.verb = info;
      d.inverted = f.inverted;
      d.modal = nearModal(toks, i, lo);
      d.clause = clause;
      drafts.push(d);
      return i;
    }
    return -1;
  },
};

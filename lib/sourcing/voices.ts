// Who is speaking: the attributions of one article grouped by the voice they
// come from. "Guo Jiakun", "Guo", "the spokesperson" and "he" are one voice
// when the text ties them together; anything less certain stays apart (two
// people who share a surname stay two; "sources familiar with the matter" and
// "people briefed on the talks" stay two unnamed voices). Each merge says why.
import type { SourceInfo } from './classify.ts';
import {
  ANONYMOUS_PEOPLE,
  GOVERNMENT_OF,
  INSTITUTION_NOUNS,
  ROLE_WORDS,
  SPOKES_WORDS,
} from './lexicon/index.ts';
import { personFor, type Memory } from './resolve.ts';
import type { Attribution, Kind, Source } from './types.ts';

/** One voice while the article is read. */
export interface VoiceDraft {
  kind: Kind;
  /** The source as first given, without its role ("Guo Jiakun"). */
  name: string;
  /** The role given with the name ("Foreign Ministry spokesperson"). */
  role: string | undefined;
  /** The words of the whole first mention, lower case, without honorifics. */
  words: string[];
  /** The words of the name alone ("guo jiakun"). */
  nameWords: string[];
  /** Why later mentions were taken as this voice, in a reader's words. */
  reasons: string[];
  /** Where it was last heard: the end of its latest mention in the text. */
  lastAt: number;
}

export interface Roster {
  voices: VoiceDraft[];
  /** Normalised mention → voice. */
  byKey: Map<string, number>;
  /** Word → the voices whose name starts or ends with it ("guo", "jiakun"),
   * and → the voices whose first mention holds it: a look-up per mention
   * rather than a pass over every voice per mention, which grows with the
   * square of a long text of many voices. */
  byNameEnd: Map<string, number[]>;
  byWord: Map<string, number[]>;
  /** An organisation's words ("whole foods") → the voice of the organisation
   * or of the unnamed people who speak for it ("A Whole Foods spokeswoman"). */
  byOrg: Map<string, number>;
}

export const newRoster = (): Roster => ({
  voices: [],
  byKey: new Map(),
  byNameEnd: new Map(),
  byWord: new Map(),
  byOrg: new Map(),
});

function index(map: Map<string, number[]>, word: string, voice: number): void {
  const list = map.get(word);
  if (!list) map.set(word, [voice]);
  else if (list[list.length - 1] !== voice) list.push(voice);
}

// "Mr. Guo" is Guo: honorifics are no role and no part of the key
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const PRONOUN_NAMES: Record<NonNullable<SourceInfo['pronoun']>, string> = {
  person: 'the person named before',
  plural: 'the group named before',
  thing: 'the body or document named before',
};

/** The words of a mention: lower case, no determiner, possessive or honorific. */
function wordsOf(mention: string): string[] {
  const words = mention
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
  while (words.length && (DETERMINERS.has(words[0]) || HONORIFICS.has(words[0]))) words.shift();
  return words;
}

/** "Foreign Ministry spokesperson Guo Jiakun" → role and name, split after
 * the last role word when a name follows it. */
function splitRole(mention: string): { name: string; role: string | undefined } {
  const parts = mention.split(/\s+/);
  let last = -1;
  for (let k = 0; k < parts.length - 1; k++) {
    const w = parts[k].toLowerCase().replace(/[.,]$/, '');
    if (ROLE_WORDS.has(w) && !HONORIFICS.has(w)) last = k;
  }
  if (last < 0 || !/^\p{Lu}/u.test(parts[last + 1])) return { name: mention, role: undefined };
  return { name: parts.slice(last + 1).join(' '), role: parts.slice(0, last + 1).join(' ') };
}

/** How a reason names a voice: with its role ("President Obama"). */
const called = (v: VoiceDraft) => (v.role ? `${v.role} ${v.name}` : v.name);

function addVoice(r: Roster, kind: Kind, mention: string, key: string): number {
  const { name, role } = splitRole(mention.replace(/['’]s$/, ''));
  r.voices.push({
    kind,
    name,
    role,
    words: wordsOf(mention),
    nameWords: wordsOf(name),
    reasons: [],
    lastAt: 0,
  });
  const id = r.voices.length - 1;
  if (key) r.byKey.set(key, id);
  const organisation = organisationKey(kind, mention);
  if (organisation && !r.byOrg.has(organisation)) r.byOrg.set(organisation, id);
  const voice = r.voices[id];
  if (voice.words.length >= 2) {
    for (const w of voice.words) index(r.byWord, w, id);
    const n = voice.nameWords;
    // a full name ("Guo Jiakun"), or a name after its role ("President Obama")
    if (n.length >= 2 || (n.length === 1 && voice.role)) {
      index(r.byNameEnd, n[0], id);
      index(r.byNameEnd, n[n.length - 1], id);
    }
  }
  return id;
}

/** The only earlier voice of one of `kinds` whose words hold `word`: at
 * either end of its name ('name': "Guo" for Guo Jiakun, "Smith" for John
 * Smith), or anywhere in its first mention ('any': "the spokesperson"). */
function onlyVoiceWith(
  r: Roster,
  word: string,
  kinds: readonly Kind[],
  where: 'name' | 'any',
): number {
  const candidates = (where === 'name' ? r.byNameEnd : r.byWord).get(word) ?? [];
  let found = -1;
  for (const v of candidates) {
    if (!kinds.includes(r.voices[v].kind)) continue;
    if (found >= 0) return -1; // two candidates: no guess
    found = v;
  }
  return found;
}

/** The voice a pronoun or "the report" points back to, from the memory. */
function pointedTo(m: Memory, src: SourceInfo): number | undefined {
  if (src.pronoun === 'person') return personFor(m, src)?.voice;
  if (src.pronoun === 'plural') return m.plural?.voice;
  if (src.pronoun === 'thing') return m.thing?.voice;
  // "the newspaper", "the paper": the last outlet named
  if (src.paper || (src.backref && src.kind === 'secondhand')) return m.outlet?.voice;
  if (src.report && src.backref) return m.report?.voice;
  return undefined;
}

export interface VoiceChoice {
  voice: number;
  /** The kind the voice already has, when this mention should take it. */
  kind: Kind | undefined;
}

/** The kinds of earlier voice a description with this head word may be:
 * "the ministry" an institution (or the document it issued: "a report by
 * the agency … the agency states"), "the spokesperson" a named or official
 * voice, "the officials" unnamed people. */
function kindsFor(head: string): Kind[] | null {
  if (INSTITUTION_NOUNS.has(head)) return ['official', 'document'];
  if (ROLE_WORDS.has(head) || SPOKES_WORDS.has(head)) return ['named', 'official'];
  if (ANONYMOUS_PEOPLE.has(head)) return ['anonymous'];
  return null;
}

/** More voices than this behind one word: too many to tell apart. */
const MANY = 32;

/** True when a voice other than `known` that a description with this head
 * word fits was heard since `known` was: "agency officials" after
 * "transportation officials" may be either agency's, so it is no one's. */
function fitsLater(r: Roster, known: number, head: string): boolean {
  const kinds = kindsFor(head);
  if (!kinds) return false;
  const candidates = r.byWord.get(head) ?? [];
  // so many voices of that description that it names none of them (and a
  // look-up stays short in a long text of many voices)
  if (candidates.length > MANY) return true;
  const since = r.voices[known].lastAt;
  for (const v of candidates)
    if (v !== known && kinds.includes(r.voices[v].kind) && r.voices[v].lastAt > since) return true;
  return false;
}

/** Who speaks for an organisation without a name of their own. */
const FOR_ORGANISATION = new Set([...SPOKES_WORDS, 'official', 'officials']);
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/** Words that make a name: "Whole Foods", "Department of Environmental Protection". */
function isName(parts: readonly string[]): boolean {
  if (!parts.length || !/^\p{Lu}/u.test(parts[0])) return false;
  if (!/^\p{Lu}/u.test(parts[parts.length - 1])) return false;
  return parts.every((w) => /^\p{Lu}/u.test(w) || NAME_LINKS.has(w.toLowerCase()));
}

/** The organisation an unnamed spokesperson speaks for, as its words: "A
 * Whole Foods spokeswoman", "Con Edison officials" → "whole foods", "con
 * edison"; "a spokesperson for China’s Foreign Ministry" → "china’s foreign
 * ministry". Only a name counts ("agency officials" name no organisation). */
function organisationOf(mention: string): string | undefined {
  const parts = mention.replace(/['’]s$/, '').split(/\s+/);
  while (parts.length && DETERMINERS.has(parts[0].toLowerCase())) parts.shift();
  const lower = parts.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  const last = parts.length - 1;
  if (last >= 1 && FOR_ORGANISATION.has(lower[last]) && isName(parts.slice(0, last)))
    return wordsOf(parts.slice(0, last).join(' ')).join(' ');
  if (parts.length >= 3 && FOR_ORGANISATION.has(lower[0]) && /^(for|at|from|of)$/.test(lower[1])) {
    const org = parts.slice(lower[2] === 'the' ? 3 : 2);
    if (isName(org)) return wordsOf(org.join(' ')).join(' ');
  }
  return undefined;
}

/** The organisation a mention is or speaks for, as its words: "Whole Foods"
 * (an official source by its name) and "A Whole Foods spokeswoman" (someone
 * unnamed for it) are both "whole foods". */
function organisationKey(kind: Kind, mention: string): string | undefined {
  if (kind === 'named') return undefined;
  const spokenFor = organisationOf(mention);
  if (spokenFor) return governmentKey(spokenFor) ?? spokenFor;
  const capitalized = /^\p{Lu}/u.test(mention.replace(/^(the|a|an)\s+/i, ''));
  if (kind !== 'official' || !capitalized) return undefined;
  const words = wordsOf(mention).join(' ');
  // "Beijing", "the Kremlin", "the Chinese government": one government
  return governmentKey(words) ?? words;
}

const GOVERNMENT = 'government of ';
const governmentKey = (words: string) => {
  const country = GOVERNMENT_OF.get(words);
  return country ? GOVERNMENT + country : undefined;
};

/** How far back a pronoun's text is read for other people named (chars). */
const LOOK_BACK = 3000;
const CAPITALIZED = /\p{Lu}[\p{L}'’-]*/gu;

/** True when the name at `at` opens its sentence, titles and given names
 * before it included ("Mr. Michaels", "Forrest Jones"). */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  for (let words = 0; words < 4; words++) {
    let j = i;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    if (j === 0 || text[j - 1] === '\n') return true;
    const before = text.slice(Math.max(0, j - 24), j);
    const word = j < i ? /\p{Lu}[\p{L}'’-]*\.?$/u.exec(before) : null;
    if (!word) return /[.!?]["”’)]?$/.test(before);
    i = j - word[0].length;
  }
  return false;
}

/**
 * The person a pronoun at `at` means when the memory says `v`: v, unless
 * another person of the roster was named since v was last heard. Named at the
 * head of a sentence, that person is its subject and the pronoun's ("Forrest
 * Jones made a discovery … “…,” he said" after "Sharon said"); named
 * elsewhere, the pronoun may mean either: -1, no guess.
 */
function personMeant(r: Roster, text: string, v: number, at: number): number {
  const from = Math.max(r.voices[v].lastAt, at - LOOK_BACK, 0);
  let lastAt = -1;
  let lastVoices: number[] = [];
  for (const m of text.slice(from, at).matchAll(CAPITALIZED)) {
    const w = m[0].toLowerCase().replace(/['’]s?$/, '');
    const list = r.byNameEnd.get(w);
    if (!list) continue;
    // a name too many people share: [] (it may be anyone's)
    const people = list.length > MANY ? [] : list.filter((x) => r.voices[x].kind === 'named');
    if (list.length <= MANY && !people.length) continue;
    lastAt = from + m.index;
    lastVoices = people;
  }
  if (lastAt < 0 || lastVoices.includes(v)) return v;
  return lastVoices.length === 1 && opensSentence(text, lastAt) ? lastVoices[0] : -1;
}

/**
 * The voice of a source: `src` as detected, `resolved` after the memory gave
 * pronouns their kind. A bare name met before as a person keeps that kind:
 * "Forte said" and then "Forte described" are one named person.
 */
export function voiceOf(
  r: Roster,
  text: string,
  src: SourceInfo,
  resolved: SourceInfo,
  m: Memory,
): VoiceChoice {
  const choice = chooseVoice(r, text, src, resolved, m);
  r.voices[choice.voice].lastAt = src.end;
  return choice;
}

function chooseVoice(
  r: Roster,
  text: string,
  src: SourceInfo,
  resolved: SourceInfo,
  m: Memory,
): VoiceChoice {
  const mention = text.slice(src.start, src.end);
  const key = wordsOf(mention).join(' ');
  // `named`: this mention names the voice itself ("Guo", "the ministry"),
  // so it takes the voice's kind; a pronoun's kind is the resolver's
  const same = (voice: number, reason: string | undefined, named: boolean): VoiceChoice => {
    const v = r.voices[voice];
    if (reason && !v.reasons.includes(reason)) v.reasons.push(reason);
    const kind = named && v.kind !== resolved.kind && !src.role ? v.kind : undefined;
    return { voice, kind };
  };

  // "he said" after "Guo Jiakun, the spokesman, said …": the name in the sentence
  if (src.pronoun && src.antecedent) {
    const named = text.slice(src.antecedent.start, src.antecedent.end);
    const v = r.byKey.get(wordsOf(named).join(' '));
    if (v !== undefined) return same(v, `“${mention}” refers to ${called(r.voices[v])}`, false);
    const a = wordsOf(named).join(' ');
    return { voice: addVoice(r, resolved.kind, named, a), kind: undefined };
  }
  let back = pointedTo(m, src);
  if (back !== undefined && r.voices[back] && src.pronoun === 'person')
    back = personMeant(r, text, back, src.start);
  if (back !== undefined && r.voices[back])
    return same(back, `“${mention}” refers to ${called(r.voices[back])}`, false);
  if (src.pronoun)
    return { voice: addVoice(r, resolved.kind, PRONOUN_NAMES[src.pronoun], ''), kind: undefined };

  const words = key.split(' ');
  const head = words[words.length - 1];
  const capitalized = /^\p{Lu}/u.test(mention.replace(/^(the|a|an)\s+/i, ''));
  const known = r.byKey.get(key);
  // the same words again, unless a description now fits a later voice too
  if (known !== undefined && (capitalized || !fitsLater(r, known, head)))
    return same(known, undefined, true);

  // an organisation and the unnamed people who speak for it are one voice
  const organisation = organisationKey(resolved.kind, mention);
  const v = organisation && known === undefined ? r.byOrg.get(organisation) : undefined;
  if (v !== undefined && organisation?.startsWith(GOVERNMENT))
    return same(v, `“${mention}” and ${called(r.voices[v])} name one government`, false);
  if (v !== undefined && organisation !== key)
    return same(v, `“${mention}” speaks for ${called(r.voices[v])}`, false);
  if (v !== undefined) return same(v, `${called(r.voices[v])} speak for “${mention}”`, false);

  if (known === undefined && words.length === 1 && capitalized) {
    // "Guo" after "Guo Jiakun": the only person of that surname so far
    const v = onlyVoiceWith(r, words[0], ['named'], 'name');
    if (v >= 0) {
      r.byKey.set(key, v);
      return same(v, `“${mention}” is ${called(r.voices[v])}, the only ${mention} named`, true);
    }
  } else if (words.length <= 2 && !capitalized) {
    // "the spokesperson", "the ministry": the only earlier voice described so
    const kinds = kindsFor(head);
    const v = kinds ? onlyVoiceWith(r, head, kinds, 'any') : -1;
    if (v >= 0) {
      r.byKey.set(key, v);
      // "the agency" of "a report by the agency" keeps its own kind
      const named = r.voices[v].kind !== 'document' || resolved.kind === 'document';
      return same(v, `“${mention}” is ${called(r.voices[v])}, the only ${head} named`, named);
    }
  }
  return { voice: addVoice(r, resolved.kind, mention, key), kind: undefined };
}

/**
 * The roster as the analysis gives it: only voices some kept attribution
 * comes from, numbered in the order they are first heard, and each kept
 * attribution's `sourceId` set.
 */
export function rosterSources(
  r: Roster,
  kept: readonly Attribution[],
  voiceOf: ReadonlyMap<Attribution, number>,
): Source[] {
  const sources: Source[] = [];
  const idOf = new Map<number, number>();
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const v = voiceOf.get(a);
    if (v === undefined) continue;
    let id = idOf.get(v);
    if (id === undefined) {
      id = sources.length;
      idOf.set(v, id);
      const voice = r.voices[v];
      const s: Source = {
        id,
        kind: voice.kind,
        name: voice.name,
        attributions: [],
        reasons: voice.reasons,
      };
      if (voice.role) s.role = voice.role;
      sources.push(s);
    }
    a.sourceId = id;
    sources[id].attributions.push(i);
  }
  return sources;
}

/** The roster after some attributions were dropped (`kept` is a subsequence
 * of `all`): indexes renumbered, voices with nothing left gone, `sourceId`
 * of each kept attribution set again. */
export function keepSources(
  sources: readonly Source[],
  all: readonly Attribution[],
  kept: readonly Attribution[],
): Source[] {
  const newIndex = new Map<Attribution, number>();
  kept.forEach((a, i) => newIndex.set(a, i));
  const out: Source[] = [];
  for (const s of sources) {
    const attributions: number[] = [];
    for (const i of s.attributions) {
      const j = newIndex.get(all[i]);
      if (j !== undefined) attributions.push(j);
    }
    if (!attributions.length) continue;
    const id = out.length;
    for (const j of attributions) kept[j].sourceId = id;
    out.push({ ...s, id, attributions });
  }
  return out;
}

/** The analysis of one piece of a longer text (the page's block-by-block
 * runs): its attributions, and its roster, whose ids are its own. */
export interface SourcesPart {
  attributions: readonly Attribution[];
  sources?: readonly Source[];
}

/**
 * One roster for pieces analysed apart: their attributions one after the
 * other (copies, `sourceId` renumbered) and their voices joined by the rule
 * used within one text, conservatively. Same words are one voice ("the
 * ministry" and "the ministry"); a bare name ("Guo") is the one person whose
 * name starts or ends with it, when only one does across all the pieces; a
 * pronoun no piece could resolve ("the person named before") stays its own.
 * Voices are numbered in the order they are first heard.
 */
export function joinSources(parts: readonly SourcesPart[]): Joined {
  const steps = joinSourcesInSteps(parts);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface Joined {
  attributions: Attribution[];
  sources: Source[];
}

/** joinSources, a part at a time: it yields after each part, so that a
 * page of thousands of blocks can give the main thread back in between
 * (one call on 10,000 paragraphs was a task of ~30 ms, 2026-12-07). */
export function* joinSourcesInSteps(parts: readonly SourcesPart[]): Generator<void, Joined> {
  interface Group {
    kind: Kind;
    name: string;
    role: string | undefined;
    reasons: string[];
    nameWords: string[];
    /** Set when the group was taken into another (a bare surname). */
    into?: Group;
  }
  const placeholders = new Set<string>(Object.values(PRONOUN_NAMES));
  const byKey = new Map<string, Group>();
  const groupOf: (Group | undefined)[][] = [];
  const addReasons = (g: Group, reasons: readonly string[]) => {
    for (const r of reasons) if (!g.reasons.includes(r)) g.reasons.push(r);
  };
  // the same names come back in part after part (a page's blocks)
  const wordsByName = new Map<string, string[]>();
  for (const part of parts) {
    const sources = part.sources ?? [];
    const here: (Group | undefined)[] = [];
    for (const s of sources) {
      let nameWords = wordsByName.get(s.name);
      if (!nameWords) wordsByName.set(s.name, (nameWords = wordsOf(s.name)));
      const key = placeholders.has(s.name) ? '' : nameWords.join(' ');
      let g = key ? byKey.get(key) : undefined;
      if (g) {
        addReasons(g, s.reasons);
        if (!g.role && s.role) g.role = s.role;
      } else {
        g = { kind: s.kind, name: s.name, role: s.role, reasons: [...s.reasons], nameWords };
        if (key) byKey.set(key, g);
      }
      here[s.id] = g;
    }
    groupOf.push(here);
    yield;
  }

  // A bare name joins the only named person whose name it starts or ends.
  const fullNames = new Map<string, Group[]>();
  for (const g of byKey.values()) {
    const n = g.nameWords;
    if (g.kind !== 'named' || n.length < 2) continue;
    for (const w of new Set([n[0], n[n.length - 1]])) {
      const list = fullNames.get(w);
      if (list) list.push(g);
      else fullNames.set(w, [g]);
    }
  }
  for (const g of byKey.values()) {
    if (g.nameWords.length !== 1 || !/^\p{Lu}/u.test(g.name)) continue;
    const candidates = fullNames.get(g.nameWords[0]);
    if (candidates?.length !== 1) continue; // none, or two people of that name: no guess
    const target = candidates[0];
    g.into = target;
    addReasons(target, [`“${g.name}” is ${target.name}, the only ${g.name} named`, ...g.reasons]);
    if (!target.role && g.role) target.role = g.role;
  }

  const attributions: Attribution[] = [];
  const sources: Source[] = [];
  const idOf = new Map<Group, number>();
  for (let p = 0; p < parts.length; p++) {
    for (const a of parts[p].attributions) {
      const index = attributions.length;
      let g = a.sourceId === undefined ? undefined : groupOf[p][a.sourceId];
      while (g?.into) g = g.into;
      // (no `delete` on the copy: it would make every attribution a slow dictionary object)
      const copy: Attribution = { ...a, sourceId: undefined };
      attributions.push(copy);
      if (!g) continue;
      let id = idOf.get(g);
      if (id === undefined) {
        id = sources.length;
        idOf.set(g, id);
        const s: Source = { id, kind: g.kind, name: g.name, attributions: [], reasons: g.reasons };
        if (g.role) s.role = g.role;
        sources.push(s);
      }
      copy.sourceId = id;
      sources[id].attributions.push(index);
    }
    yield;
  }
  return { attributions, sources };
}

// What the whole article teaches about its proper names, learned in one regex
// pass before detection: "Tom Forte" (a given name first, or a title before)
// makes "Forte" a person; "a Whole Foods spokeswoman", "Con Edison officials"
// or "Acme, which ..." make those names organisations.
import {
  COUNTRY_NAMES,
  GIVEN_NAMES,
  INSTITUTION_NAMES,
  INSTITUTION_NOUNS,
  NOT_NAME_WORDS,
  ROLE_WORDS,
} from './lexicon.ts';

export interface NameBook {
  persons: Set<string>;
  orgs: Set<string>;
  /** Last words of multi-word names ("Forte" from "Tom Forte"): a lone
   * capitalized subject seen this way is likely a person's surname. */
  surnames: Set<string>;
}

// a run of capitalized words, possibly joined by "of"/"de"/"van"
const CAP_RUN_RE =
  /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0](?:(?:of|de|van|von|al|bin|la|le|du|da)[ \u00a0])?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
// what follows a name that is an organisation's
const ORG_AFTER_RE =
  /^[’']?s?\s+(?:spokes(?:man|woman|person|people)|officials?|executives?|employees|workers|staff(?:ers)?|stores?|shares|stock|headquarters|brand|customers|products|board|shareholders|subsidiary|division|unit|chief executive|ceo|co-founder|founder|website|app|plant|factory|facilit(?:y|ies))\b|^,\s+which\b/iu;
// what follows a name that is a person's
const PERSON_AFTER_RE = /^,\s+(?:who|whose|\d{1,3},)\b/iu;
// what comes right before a name that is a person's (a title)
const PERSON_BEFORE_RE =
  /\b(?:mr|mrs|ms|dr|prof|president|senator|sen|rep|gov|governor|mayor|minister|secretary|spokesperson|spokesman|spokeswoman|chairman|chairwoman|ceo|director|commissioner|professor|judge|justice|ambassador|gen|general|col|colonel|capt|captain|lt|sgt|officer|detective|founder|co-founder|analyst|economist|developer|skipper|coach|attorney|lawyer|editor|reporter|author|chief|deputy|leader|host|pope|king|queen|prince|princess|chancellor|premier|speaker|fellow|veteran|nurse|doctor|teacher|student|resident)\.?\s+$/iu;

const stripPossessive = (w: string) => w.replace(/['’]s$|['’]$/u, '');

export function learnNames(text: string): NameBook {
  const persons = new Set<string>();
  const orgs = new Set<string>();
  const surnames = new Set<string>();
  CAP_RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_RUN_RE.exec(text)) !== null) {
    const words = m[0].split(/[ \u00a0]+/).map(stripPossessive);
    // drop sentence-initial function words ("The", "But") from the run
    while (words.length && NOT_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (!words.length) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    const name = words.join(' ').toLowerCase();
    if (words.length >= 2) surnames.add(words[words.length - 1]!.toLowerCase());
    if (ORG_AFTER_RE.test(after)) {
      orgs.add(name);
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // leading titles inside the run ("President Barack Obama")
    let titled = PERSON_BEFORE_RE.test(before);
    while (words.length > 1 && ROLE_WORDS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
      words.shift();
      titled = true;
    }
    const first = words[0]!.toLowerCase();
    const lastWord = words[words.length - 1]!.toLowerCase();
    if (INSTITUTION_NOUNS.has(lastWord) || COUNTRY_NAMES.has(name) || INSTITUTION_NAMES.has(name))
      continue;
    if (
      (words.length >= 2 && GIVEN_NAMES.has(first)) ||
      (titled && words.length <= 3) ||
      PERSON_AFTER_RE.test(after)
    ) {
      if (words.length > 3) continue;
      persons.add(words.join(' ').toLowerCase());
      // "Guo Jiakun" then "Guo said": family names come first in some languages
      for (const w of words) if (!GIVEN_NAMES.has(w.toLowerCase())) persons.add(w.toLowerCase());
    }
  }
  // a name seen as a person is not an organisation
  for (const p of persons) orgs.delete(p);
  return { persons, orgs, surnames };
}

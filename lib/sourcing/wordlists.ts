// A word list asked about tokens: by the token's base form (lower case, no
// possessive) or by its lower-case form.
import type { Token } from './tokens.ts';

export class WordList extends Set<string> {
  /** The token's base form (lower case, no possessive) is on the list. */
  hasBase(t: Token): boolean {
    return this.has(t.base);
  }

  /** The token's lower-case form is on the list. */
  hasLower(t: Token): boolean {
    return this.has(t.lower);
  }
}

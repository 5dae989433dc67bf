// How far, in tokens, the detector looks for each part of a construction.
// Longer reaches find more and mistake more; each was set on the labelled
// corpus and PolNeAR's train split.

/** The longest noun phrase read as a source ("the former deputy head of the
 * regional health authority's press office"). */
export const MAX_NP = 12;

/** A quotation mark this close before a verb that needs one ('"…," he
 * continued'). */
export const QUOTE_BEFORE_REACH = 4;

/** The longest parenthetical between a subject and its verb ("The ministry,
 * in a statement on Monday, said"), or between dashes. */
export const PARENTHETICAL_REACH = 12;

/** The object of a framed verb before its "as" or quotation ("called the
 * plan 'reckless'", "saw the deal as a win"). */
export const OBJECT_REACH = 6;

/** The same before a quotation, which may follow a longer object ("called
 * Clinton's remarks on 9/11 a 'new low'"; PolNeAR train). */
export const QUOTE_OBJECT_REACH = 10;

/** The subject of a clause with "that" left out ("believe the virus is"). */
export const CLAUSE_SUBJECT_REACH = 5;

/** The "by" agent of a passive opinion ("seen by many in the region as"). */
export const AGENT_REACH = 12;

/** The longest bracketed aside after a name that the subject reads through
 * ("Sen. Chuck Grassley (R-Iowa) said", "the Environmental Protection Agency
 * (EPA) said": 221 party-and-state brackets in PolNeAR train). */
export const BRACKET_REACH = 6;

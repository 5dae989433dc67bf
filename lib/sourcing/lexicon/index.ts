// The lexicon: every word list and reach constant the analyzer reads, as
// commented data grouped by what it catches. Adding a word is one line in one
// of these files; docs/analyzer.md says which.

export * from './verbs.ts';
export * from './phrases.ts';
export * from './documents.ts';
export * from './people.ts';
export * from './organisations.ts';
export * from './outlets.ts';
export * from './grammar.ts';
export * from './reach.ts';
export * from './stance.ts';

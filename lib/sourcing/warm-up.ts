// A short analysis run before a page's first, so that its cost of compiling
// the analyzer's code (each function is compiled when first called) falls in
// a task of its own. On the bench's yahoo-3 the first analyze() call of
// 12,000 characters, cold, was a task of ~60 ms; one the size of this text
// compiles most of the same code. Its result is thrown away: the page's own
// analysis is the same with or without it.
import { analyze } from './index.ts';
import type { AnalyzeOptions } from './types.ts';

/** Each common construction once: a named source, an official one, an
 * anonymous one, another outlet's report, a document, a quotation after a
 * colon, a non-response and a hedge. */
export const WARM_UP_TEXT = [
  'Maria Lopez, a nurse at the clinic, said the ward had closed in March.',
  'According to a Reuters report citing two officials familiar with the talks, the plan was shelved.',
  '"We will not comment on ongoing investigations," a police spokesperson told reporters.',
  'The ministry said in a statement that the figures, released on Tuesday, show a decline.',
  'Court filings show the contractor sought more money, and the mayor declined to comment.',
  'The senator put it plainly: "This bill will not pass." The deal was reportedly signed.',
].join(' ');

/** Analyses the sample once; never throws (analyze() does not). */
export function warmUp(options?: Pick<AnalyzeOptions, 'model'>): void {
  analyze(WARM_UP_TEXT, options);
}

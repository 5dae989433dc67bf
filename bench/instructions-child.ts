// Run under valgrind by bench/instructions.ts: calls analyze() or the
// baseline RegExp N times on one text and prints what they found, so the
// parent can count the instructions that N more calls cost.
import { analyze } from '../lib/sourcing/index';
import { regexPass } from './analyze';
import { concatenated, corpusPages, longestPage, readArticle } from './corpus';

const [what, input, count] = process.argv.slice(2);
const pages = corpusPages().filter((p) => p.articleBytes > 0);
const text = input === 'longest' ? readArticle(longestPage(pages)) : concatenated(pages, 1 << 20);
const n = Number(count);
let found = 0;
for (let i = 0; i < n; i++)
  found += what === 'analyze' ? analyze(text).attributions.length : regexPass(text);
console.log(found);

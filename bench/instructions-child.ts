// Run under valgrind by bench/instructions.ts: calls analyze() or the
// baseline RegExp N times on one text and prints what they found, so the
// parent can count the instructions that N more calls cost.
import { analyze } from '../lib/sourcing/index.ts';
import { regexPass } from './analyze.ts';
import { concatenated, corpusPages, readArticle } from './corpus.ts';

const [what, input, count] = process.argv.slice(2);
const pages = corpusPages().filter((p) => p.articleBytes > 0);
const text =
  input === 'longest'
    ? readArticle(pages.reduce((a, b) => (b.articleBytes > a.articleBytes ? b : a)))
    : concatenated(pages, 1 << 20);
const n = Number(count);
let found = 0;
for (let i = 0; i < n; i++)
  found += what === 'analyze' ? analyze(text).attributions.length : regexPass(text);
console.log(found);

// Where the content script's start-up goes on a page: a CPU profile (50 µs)
// beside a trace, over N loads; the tasks that ran extension code (as
// bench/startup.ts finds them), and their samples by function, leaf and
// inclusive, with each task's CPU time spread over its samples (compilation,
// "(program)", and garbage collection included). A tool for looking, not a
// benchmark: sampling this often slows the page it measures.
//   node --import tsx bench/profile-startup.ts [DIR/chrome-mv3] [corpus page | generated:N] [loads]
// (generated:N: the page bench's generated article of N paragraphs.)
import { join } from 'node:path';
import { CHROME_BUILD, launchWithExtension, serveStatic } from '../scripts/browser';
import { articlePage, generatedParagraphs } from '../tests/e2e/pages/hostile/generate';
import { ROOT } from './corpus';
import { startTrace, Trace } from './trace';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; columnNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const extensionPath = process.argv[2] ?? CHROME_BUILD;
const pagePath = process.argv[3] ?? 'negative/wikipedia';
const loads = Number(process.argv[4] ?? 10);

const label = (n: ProfileNode) => {
  const { functionName, url, columnNumber } = n.callFrame;
  const file = url.replace(/^.*\//, '');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${columnNumber}` : ''}`;
};

const generated = /^generated:(\d+)$/.exec(pagePath);
const server = await serveStatic({ '/corpus/': join(ROOT, '..', 'shared', 'corpus') }, [
  (req, res) => {
    if (!generated || !req.url?.startsWith('/gen.html')) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage({ paragraphs: generatedParagraphs(Number(generated[1])) }));
    return true;
  },
]);
const pageUrl = generated ? server.url('/gen.html') : server.url(`/corpus/${pagePath}/source.html`);
const session = await launchWithExtension({ extensionPath });
await session.context.route('**/*', (route) => {
  const u = route.request().url();
  return u.startsWith(server.origin) || u.startsWith('chrome-extension:')
    ? route.continue()
    : route.abort();
});
const leaf = new Map<string, number>();
const inclusive = new Map<string, number>();
let cpu = 0;
try {
  for (let r = 0; r < loads; r++) {
    const page = await session.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const stop = await startTrace(cdp);
    await page.goto(pageUrl, { waitUntil: 'load' });
    await new Promise((ok) => setTimeout(ok, 2000));
    await page.evaluate(() => performance.mark('bench:end'));
    const trace = new Trace(await stop(), 'bench:end');
    const profile = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stackOf = (id: number) => {
      const stack: ProfileNode[] = [];
      for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) stack.push(n);
      return stack;
    };
    let t = profile.startTime;
    const samples = profile.samples.map((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      return { ms: t / 1000, stack: stackOf(id) };
    });
    for (const task of trace.tasks) {
      const inside = samples.filter((s) => s.ms >= task.start && s.ms <= task.end);
      const ours = inside.some((s) =>
        s.stack.some((n) => n.callFrame.url.startsWith('chrome-extension:')),
      );
      if (!ours) continue;
      cpu += task.cpu;
      const share = task.cpu / inside.length;
      for (const s of inside) {
        leaf.set(label(s.stack[0]), (leaf.get(label(s.stack[0])) ?? 0) + share);
        for (const l of new Set(s.stack.map(label))) {
          inclusive.set(l, (inclusive.get(l) ?? 0) + share);
        }
      }
    }
    await cdp.detach();
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, v]) => `${(v / loads).toFixed(3).padStart(8)} ms  ${k}`)
    .join('\n');
console.log(
  `${pagePath}, ${loads} loads: ${(cpu / loads).toFixed(2)} ms of extension CPU a load\n` +
    `-- by leaf function --\n${top(leaf)}\n-- inclusive --\n${top(inclusive)}`,
);

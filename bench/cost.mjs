// bench/cost: what one task costs the machine, part by part. A diagnostic for
// bench/throughput (which is bounded by CPU per task on small machines): a raw
// DevTools client repeats browserai's browser work for one task, adding one
// part at a time, each variant in its own Chromium; beside it, browserai
// itself and Playwright (c), run one task at a time.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from './lib/args.mjs';
import { runMain, progress, sleep, treeCpuByKind, cpuDiff, descendants } from './lib/procs.mjs';
import { startFixture, TITLE } from './lib/fixture.mjs';
import { startServer, Client, BIN, REPO } from './lib/browserai.mjs';
import { PipeBrowser, pwLaunch, CHROMIUM, FLAGS, BROWSERAI_FEATURES_OFF } from './lib/chromium.mjs';
import { fmt, table, percentile } from './lib/stats.mjs';
import { writeJson, loadLine, watchMachine } from './lib/report.mjs';

const opts = parseArgs(`
bench/cost -- CPU time and wall time of one task, part by part (a diagnostic).

One task = "open a loopback page and get its title" in a fresh browser
context. Variants, each in its own Chromium, tasks run one at a time and the
variants interleaved task by task:
  cdp-base      raw CDP: createBrowserContext, createTarget, attach,
                Page.enable, navigate, load, title, disposeBrowserContext
  +domains      also Runtime.enable, Log.enable, Network.enable (browserai's)
  +agent        also the in-page agent on every new document
                (Page.addScriptToEvaluateOnNewDocument, as browserai does)
  +capture      also the last step's artifacts: a 1280x800 PNG and the HTML
  +prepared     also the context and tab made ahead, right after the previous
                task (browserai's slots keep one ready); its wall time then
                excludes their set-up, its CPU does not
  +fetch        also Fetch.enable, every request continued by the client:
                browserai checks each request's URL this way, except with
                BROWSERAI_ALLOW_PRIVATE_NETWORKS=1 (as here, for loopback)
  browserai     the server, one task at a time (its Chromium and itself)
  pw-context    Playwright (c): new context + page, goto, title, close
  pw-nopopup    (diagnostic, not in the default list) pw-context in a browser
                with browserai's --disable-features: what the peer would
                save with the flag that turns the omnibox popup pages off
The raw CDP variants run with browserai's --disable-features (FLAGS plus
BROWSERAI_FEATURES_OFF of lib/chromium.mjs), as browserai's browser does.
CPU = user+system time of each browser's process tree (and of the server
process), over all its tasks, divided by the task count; wall = p50 per task.`, [
  { name: 'tasks', type: 'int', def: 30, help: 'measured tasks per variant' },
  { name: 'warmup', type: 'int', def: 3, help: 'warm-up tasks per variant (not counted)' },
  { name: 'only', type: 'str', def: 'cdp-base,+domains,+agent,+capture,+prepared,+fetch,browserai,pw-context', help: 'variants to run, comma-separated' },
  { name: 'quiet-wait', type: 'int', def: 0, help: 'seconds to wait, at most, for the machine to be under 25% busy before starting' },
  { name: 'json', type: 'str', def: '', help: 'also write the figures to this JSON file' },
]);
const only = opts.only.split(',').map((s) => s.trim()).filter(Boolean);
// The agent the binary embeds (make joins src/browser/agent/*.js into it).
const AGENT = path.join(path.dirname(BIN), 'agent.js');
const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false };

runMain(async () => {
  const load0 = await loadLine(opts.quietWait);
  const watch = watchMachine();
  progress(`binary ${BIN}, browser ${CHROMIUM}; ${load0}`);
  const fx = await startFixture();
  const url = `${fx.url}/`;
  const agentSrc = fs.existsSync(AGENT) ? fs.readFileSync(AGENT, 'utf8') : null;
  const levels = ['cdp-base', '+domains', '+agent', '+capture', '+prepared', '+fetch'];
  const variants = [];

  for (const name of only.filter((n) => levels.includes(n))) {
    if (levels.indexOf(name) >= 2) {
      if (!agentSrc) throw new Error(`${AGENT} is missing (needed by ${name})`);
    }
    const level = levels.indexOf(name);
    const b = await PipeBrowser.launch({ flags: [...FLAGS, BROWSERAI_FEATURES_OFF] });
    const dispatch = b.dispatch.bind(b);
    b.dispatch = (m) => {
      if (m.method === 'Fetch.requestPaused') {
        b.send('Fetch.continueRequest', { requestId: m.params.requestId }, m.sessionId).catch(() => {});
      }
      dispatch(m);
    };
    variants.push({
      name,
      label: name === 'cdp-base' ? 'raw CDP: context, tab, navigate, title, dispose' : `raw CDP ${name}`,
      root: b.child.pid,
      async open() {
        const { sessionId: s, contextId } = await b.newContextPage();
        if (level >= 1) for (const d of ['Runtime.enable', 'Log.enable', 'Network.enable']) await b.send(d, {}, s);
        if (level >= 2) await b.send('Page.addScriptToEvaluateOnNewDocument', { source: agentSrc }, s);
        if (level >= 5) await b.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, s);
        if (level >= 3) await b.send('Emulation.setDeviceMetricsOverride', VIEWPORT, s);
        return { s, contextId };
      },
      async once() {
        const t0 = performance.now();
        let pg = this.ready;
        this.ready = null;
        if (!pg) pg = await this.open();
        const { s, contextId } = pg;
        const title = await b.title(s, url);
        if (title !== TITLE) throw new Error(`${name}: title ${JSON.stringify(title)}`);
        if (level >= 3) {
          await b.screenshot(s, { format: 'png' });
          await b.send('Runtime.evaluate', { expression: 'document.documentElement.outerHTML', returnByValue: true }, s);
        }
        await b.disposeContext(contextId);
        const ms = performance.now() - t0;
        if (level >= 4) this.ready = await this.open();
        return ms;
      },
    });
  }

  if (only.includes('browserai')) {
    const srv = await startServer({});
    const client = new Client(srv.url, srv.key);
    progress(`browserai serving on ${srv.url} (${srv.workers} worker slots)`);
    const action = `Open ${url} and get the title`;
    variants.push({
      name: 'browserai', label: `browserai (${srv.workers} slots, one task at a time)`, root: srv.pid, server: true,
      async once() {
        const t0 = performance.now();
        const t = await client.events(await client.submit(action));
        if (t.status !== 'finalized' || t.result !== TITLE) throw new Error(`task ended ${t.status}`);
        return performance.now() - t0;
      },
    });
  }

  for (const name of ['pw-context', 'pw-nopopup'].filter((n) => only.includes(n))) {
    const before = new Set(descendants(process.pid).map((p) => p.pid));
    const browser = await pwLaunch(name === 'pw-nopopup' ? { flags: [...FLAGS, BROWSERAI_FEATURES_OFF] } : {});
    const mine = descendants(process.pid).filter((p) => !before.has(p.pid) && /chrom/.test(p.cmdline));
    const top = mine.find((p) => !mine.some((q) => q.pid === p.ppid));
    if (!top) throw new Error("could not find Playwright's browser process");
    variants.push({
      name,
      label: name === 'pw-context' ? '(c) Playwright, warm browser, context per task (browser only)'
        : 'diagnostic: (c) with browserai\'s --disable-features',
      root: top.pid,
      async once() {
        const t0 = performance.now();
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const title = await page.title();
        await ctx.close();
        if (title !== TITLE) throw new Error(`${name}: title ${JSON.stringify(title)}`);
        return performance.now() - t0;
      },
    });
  }
  if (!variants.length) throw new Error('--only names no variant');

  // For raw CDP and Playwright the root is the browser process ("self" below).
  const cpuOf = (v) => treeCpuByKind(v.root);
  for (let i = 0; i < opts.warmup; i++) {
    for (const v of variants) await v.once();
  }
  await sleep(1000);
  for (const v of variants) {
    v.cpu0 = cpuOf(v);
    v.wall = [];
  }
  for (let i = 0; i < opts.tasks; i++) {
    const order = variants.map((_, j) => variants[(i + j) % variants.length]);
    for (const v of order) {
      await sleep(100);
      v.wall.push(await v.once());
    }
    if ((i + 1) % 5 === 0 || i + 1 === opts.tasks) progress(`task ${i + 1}/${opts.tasks} of every variant`);
  }
  await sleep(1500); // let disposals and exits finish inside the window
  const rows = [];
  const out = {};
  for (const v of variants) {
    const d = cpuDiff(v.cpu0, cpuOf(v), opts.tasks);
    if (!v.server) {
      d.browser = (d.browser || 0) + (d.self || 0);
      delete d.self;
    }
    const total = Object.values(d).reduce((a, b) => a + b, 0);
    out[v.name] = { cpu: d, total, wallP50: percentile(v.wall, 50) };
    rows.push([v.label, fmt(percentile(v.wall, 50)), fmt(d.self || 0, 1), fmt(d.browser || 0, 1), fmt(d.renderers || 0, 1),
      fmt(d.gpu || 0, 1), fmt((d.network || 0) + (d.utility || 0) + (d.crashpad || 0) + (d.other || 0), 1), fmt(total, 1)]);
  }
  console.log(`\ncost: one task "Open ${url} and get the title", ${opts.tasks} tasks per variant after ${opts.warmup} warm-ups, one at a time`);
  console.log(`machine: ${load0}`);
  console.log(`machine: ${await watch.line()}\n`);
  console.log(table(['variant', 'wall p50 ms', 'server', 'browser', 'renderers', 'gpu', 'other', 'CPU ms/task'], rows));
  console.log('  CPU ms per task by process: server = the browserai process (Playwright\'s Node side is not counted);');
  console.log('  browser = Chromium\'s main process; renderers = live + exited (through the zygote); other = network, utility.');
  console.log('  browserai runs with BROWSERAI_ALLOW_PRIVATE_NETWORKS=1 (the fixture is on loopback), which turns its Fetch');
  console.log('  interception off: +fetch is what a server visiting public sites adds.');
  const base = out['cdp-base'];
  if (base) {
    console.log('\nadded CPU ms per task, each part over the one before (raw CDP):');
    let prev = base.total;
    const add = [];
    for (const n of levels.slice(1)) {
      if (!out[n]) continue;
      add.push([n, fmt(out[n].total - prev, 1)]);
      prev = out[n].total;
    }
    if (out.browserai && out['+prepared']) add.push(['browserai - raw CDP +prepared (its browser work as run here)', fmt(out.browserai.total - out['+prepared'].total, 1)]);
    if (out['pw-context']) add.push(['Playwright (c) - cdp-base', fmt(out['pw-context'].total - base.total, 1)]);
    console.log(table(['part', 'CPU ms/task'], add));
  }
  await writeJson(opts.json, { bench: 'cost', options: opts, url, variants: out });
});

// bench/latency: one task "open a loopback page and get its title", from
// submit to completed, against a raw-CDP floor and two Playwright set-ups.
import { parseArgs } from './lib/args.mjs';
import { runMain, progress, sleep } from './lib/procs.mjs';
import { startPage } from './lib/fixture.mjs';
import { startServer, Client, phases, BIN } from './lib/browserai.mjs';
import { PipeBrowser, pwLaunch, CHROMIUM } from './lib/chromium.mjs';
import { summary, fmt, ratio, table, verdict, percentile } from './lib/stats.mjs';
import { writeJson, loadLine, watchMachine } from './lib/report.mjs';

const opts = parseArgs(`
bench/latency -- latency of one crawler task, submit to completed.

Each run: "Open <loopback page> and get the title". Contenders, interleaved
round by round so that background load hits all alike:
  browserai  POST /api/v1/tasks, then the task's SSE stream (or polling
             GET /api/v1/tasks/{id}) until it is completed
  floor      a minimal DevTools client on an already-open page of a warm
             Chromium: Page.navigate, wait for load, Runtime.evaluate title
  pw-launch  (b) Playwright launching a browser per task (times to the title;
             the close is reported apart)
  pw-context (c) Playwright, one warm browser, a new context + page per task
             (times to the title; with the context's close reported apart)
  browserai-b  with --compare BIN: the same task on a server of another
             build, in the same rounds (an A/B of two commits under one load)
  floor-fresh  (diagnostic, no target) the floor's client in a fresh browser
             context per run, made ahead and untimed (as browserai's slots
             prepare one): times navigate+load+title, then apart the context's
             set-up and a 1280x800 capture as PNG (what browserai's last step
             stores), PNG with optimizeForSpeed, and JPEG
Pages (--pages, each measured in its own block of rounds):
  plain      issue 14's page as a user serves it: <title>T</title>, a heading,
             a paragraph and a console.log, from python3 -m http.server (the
             favicon request gets a 404); every visit adds ?b=N
  fixture    the benchmarks' own small page from a Node server
  swagger    a real app: Swagger UI (npm swagger-ui-dist) showing this
             project's API description, static files from python3
  slides     a real app: a reveal.js deck (npm reveal.js), static files
Prints p50/p90 of each, the ratios ours/peer, and where browserai's time went
(from the task's own log lines and step metadata).`, [
  { name: 'runs', type: 'int', def: 30, help: 'measured runs per contender' },
  { name: 'warmup', type: 'int', def: 5, help: 'warm-up runs per contender (not counted)' },
  { name: 'wait', type: 'str', def: 'sse', help: 'how the client learns completion: sse | poll' },
  { name: 'poll-ms', type: 'int', def: 10, help: 'polling interval with --wait poll' },
  { name: 'gap-ms', type: 'int', def: 300, help: "pause before each run, so one contender's background work (a slot preparing its next context, a browser exiting) does not land in another's timing" },
  { name: 'workers', type: 'int', def: null, help: "BROWSERAI_WORKERS (none = the server's default)" },
  { name: 'only', type: 'str', def: 'browserai,floor,pw-launch,pw-context,floor-fresh', help: 'contenders to run, comma-separated' },
  { name: 'quiet-wait', type: 'int', def: 0, help: 'seconds to wait, at most, for the machine to be under 25% busy before starting' },
  { name: 'pages', type: 'str', def: 'plain,fixture', help: 'pages to measure on, comma-separated: plain | fixture | swagger | slides' },
  { name: 'json', type: 'str', def: '', help: 'also write the figures to this JSON file' },
  { name: 'compare', type: 'str', def: '', help: 'another browserai binary (e.g. a build of an older commit), measured in the same rounds as "browserai-b" with its own server' },
]);

const only = new Set(opts.only.split(',').map((s) => s.trim()).filter(Boolean));
if (!['sse', 'poll'].includes(opts.wait)) {
  console.error('--wait must be sse or poll');
  process.exit(2);
}

runMain(async () => {
  const load0 = await loadLine(opts.quietWait);
  const watch = watchMachine();
  progress(`binary ${BIN}, browser ${CHROMIUM}; ${load0}`);
  const pages = [];
  for (const name of opts.pages.split(',').map((x) => x.trim()).filter(Boolean)) {
    pages.push(await startPage(name));
    progress(`page "${name}": ${pages.at(-1).next()}`);
  }
  // The page of the round now: its next() is each visit's URL, title what it must read.
  let pg = pages[0];

  const contenders = [];
  let srv;
  let client;
  // One contender per browserai server: the binary under test, and with
  // --compare another build, in the same rounds (an A/B under one load).
  async function browseraiContender(key, bin) {
    const server = await startServer({ workers: opts.workers, bin, label: key });
    const cl = new Client(server.url, server.key);
    progress(`${key} (${bin}) serving on ${server.url} (${server.workers} worker slots)`);
    const c = {
      key,
      srv: server,
      client: cl,
      phases: [],
      server: [],
      label: `${key === 'browserai' ? 'browserai' : `browserai-b (${bin})`} (submit -> ${opts.wait === 'sse' ? 'SSE "end"' : `poll ${opts.pollMs} ms`})`,
      async once(measured) {
        const action = `Open ${pg.next()} and get the title`;
        const t0 = performance.now();
        const id = await cl.submit(action);
        const t = opts.wait === 'sse' ? await cl.events(id) : await cl.poll(id, { intervalMs: opts.pollMs });
        const ms = performance.now() - t0;
        if (t.status !== 'finalized' || t.result !== pg.title) {
          throw new Error(`${key}: task ${id} ended ${t.status} with result ${JSON.stringify(t.result)}: ${JSON.stringify(t.progress?.logs)}`);
        }
        if (measured) {
          const ph = phases(t, await cl.results(id));
          c.phases.push(ph);
          c.server.push(ph.total);
        }
        return { ms };
      },
    };
    contenders.push(c);
    return c;
  }
  if (only.has('browserai')) {
    const c = await browseraiContender('browserai', BIN);
    srv = c.srv;
    client = c.client;
  }
  if (opts.compare) await browseraiContender('browserai-b', opts.compare);
  if (only.has('floor')) {
    const b = await PipeBrowser.launch();
    const session = await b.newPage();
    progress('floor: Chromium over --remote-debugging-pipe, one open page');
    contenders.push({
      key: 'floor',
      label: 'floor: raw CDP, open page (navigate+load+evaluate)',
      async once() {
        const t0 = performance.now();
        const title = await b.title(session, pg.next());
        const ms = performance.now() - t0;
        if (title !== pg.title) throw new Error(`floor: title ${JSON.stringify(title)}`);
        return { ms };
      },
    });
  }
  // browserai's window is 1280x800; its last step captures a PNG of it.
  const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false };
  const SHOTS = [['png', { format: 'png' }], ['pngFast', { format: 'png', optimizeForSpeed: true }],
    ['jpeg', { format: 'jpeg', quality: 80 }]];
  const diag = { setup: [], png: [], pngFast: [], jpeg: [], n: 0 };
  if (only.has('floor-fresh')) {
    const b = await PipeBrowser.launch();
    progress('floor-fresh: Chromium over --remote-debugging-pipe, a fresh context per run');
    let next = await b.newContextPage();
    await b.send('Emulation.setDeviceMetricsOverride', VIEWPORT, next.sessionId);
    contenders.push({
      key: 'floor-fresh',
      label: 'diagnostic: raw CDP, fresh context made ahead',
      async once(measured) {
        const cur = next;
        const t0 = performance.now();
        const title = await b.title(cur.sessionId, pg.next());
        const ms = performance.now() - t0;
        if (title !== pg.title) throw new Error(`floor-fresh: title ${JSON.stringify(title)}`);
        // Three encodings of the same viewport, in a rotating order (the first
        // capture of a page also pays for producing a frame).
        const shots = {};
        for (let i = 0; i < SHOTS.length; i++) {
          const [k, params] = SHOTS[(i + diag.n) % SHOTS.length];
          const t1 = performance.now();
          await b.screenshot(cur.sessionId, params);
          shots[k] = performance.now() - t1;
        }
        diag.n++;
        await b.disposeContext(cur.contextId);
        next = await b.newContextPage();
        await b.send('Emulation.setDeviceMetricsOverride', VIEWPORT, next.sessionId);
        if (measured) {
          diag.setup.push(next.setupMs);
          for (const [k] of SHOTS) diag[k].push(shots[k]);
        }
        return { ms };
      },
    });
  }
  if (only.has('pw-launch')) {
    await import('./lib/chromium.mjs').then((m) => m.playwright());
    contenders.push({
      key: 'pw-launch',
      label: '(b) Playwright, a browser per task',
      async once() {
        const t0 = performance.now();
        const browser = await pwLaunch({ track: false });
        let title;
        let ms;
        try {
          const page = await browser.newPage();
          await page.goto(pg.next(), { waitUntil: 'load' });
          title = await page.title();
          ms = performance.now() - t0;
        } finally {
          await browser.close();
        }
        if (title !== pg.title) throw new Error(`pw-launch: title ${JSON.stringify(title)}`);
        return { ms, withClose: performance.now() - t0 };
      },
    });
  }
  if (only.has('pw-context')) {
    const browser = await pwLaunch();
    progress('pw-context: one warm Playwright browser');
    contenders.push({
      key: 'pw-context',
      label: '(c) Playwright, warm browser, context per task',
      async once() {
        const t0 = performance.now();
        const ctx = await browser.newContext();
        let title;
        let ms;
        try {
          const page = await ctx.newPage();
          await page.goto(pg.next(), { waitUntil: 'load' });
          title = await page.title();
          ms = performance.now() - t0;
        } finally {
          await ctx.close();
        }
        if (title !== pg.title) throw new Error(`pw-context: title ${JSON.stringify(title)}`);
        return { ms, withClose: performance.now() - t0 };
      },
    });
  }
  if (!contenders.length) throw new Error('--only names no contender');
  if (!pages.length) throw new Error('--pages names no page');

  const perPage = {};
  for (const p of pages) {
    pg = p;
    for (const c of contenders) {
      if (c.phases) {
        c.phases = [];
        c.server = [];
      }
    }
    for (const k of Object.keys(diag)) diag[k] = k === 'n' ? 0 : [];
    perPage[p.name] = await measurePage(p);
  }
  if (pages.length > 1) {
    console.log('\nsummary, p50 ms by page (same run):');
    console.log(table(['contender', ...pages.map((p) => p.name)],
      contenders.map((c) => [c.label, ...pages.map((p) => fmt(perPage[p.name].summaries[c.key].p50))])));
  }
  await writeJson(opts.json, { bench: 'latency', options: opts, workers: srv?.workers, pages: perPage });
  for (const c of contenders) c.client?.close();

  async function measurePage(p) {
    const url = p.next();
    progress(`measuring on page "${p.name}"`);
    const samples = new Map(contenders.map((c) => [c.key, { ms: [], withClose: [] }]));
    const total = opts.warmup + opts.runs;
    for (let round = 0; round < total; round++) {
      const measured = round >= opts.warmup;
      // Rotate who goes first, so no contender always follows the same one.
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
      const line = [];
      for (const c of order) {
        await sleep(opts.gapMs);
        const r = await c.once(measured);
        if (measured) {
          samples.get(c.key).ms.push(r.ms);
          if (r.withClose !== undefined) samples.get(c.key).withClose.push(r.withClose);
        }
        line.push(`${c.key} ${fmt(r.ms)}`);
      }
      progress(`${measured ? `run ${round - opts.warmup + 1}/${opts.runs}` : `warm-up ${round + 1}/${opts.warmup}`}: ${line.join(', ')} ms`);
    }

    // ---- report ----------------------------------------------------------------
    const S = Object.fromEntries(contenders.map((c) => [c.key, summary(samples.get(c.key).ms)]));
    console.log(`\n==== page "${p.name}" ====`);
    console.log(`latency: "Open ${url} and get the title", ${opts.runs} runs after ${opts.warmup} warm-ups, interleaved`);
    console.log(`machine: ${load0}`);
    console.log(`machine: ${await watch.line()}`);
    if (srv) console.log(`browserai: ${srv.workers} worker slots (server default${opts.workers != null ? ` overridden: ${opts.workers}` : ''})`);
    console.log('');
    console.log(table(['contender', 'n', 'p50 ms', 'p90 ms', 'min ms', 'max ms', 'mean ms', 'incl. close p50'],
      contenders.map((c) => {
        const s = S[c.key];
        const wc = samples.get(c.key).withClose;
        return [c.label, s.n, fmt(s.p50), fmt(s.p90), fmt(s.min), fmt(s.max), fmt(s.mean), wc.length ? fmt(percentile(wc, 50)) : '-'];
      })));

    const ratios = [];
    for (const [ours, who] of [['browserai', 'ours'], ['browserai-b', 'browserai-b']]) {
      if (!S[ours]) continue;
      for (const [k, name] of [['floor', 'floor'], ['pw-launch', '(b) pw-launch'], ['pw-context', '(c) pw-context'], ['browserai-b', 'browserai-b']]) {
        if (S[k] && k !== ours) ratios.push([`${who} / ${name}`, ratio(S[ours].p50, S[k].p50), ratio(S[ours].p90, S[k].p90)]);
      }
    }
    if (ratios.length) {
      console.log('');
      console.log(table(['ratio', 'p50', 'p90'], ratios));
    }

    let phaseRow = null;
    for (const c of contenders.filter((x) => x.phases?.length)) {
      const ph = c.phases;
      const keys = Object.keys(ph[0]).filter((k) => k !== 'launch' || ph.some((x) => x.launch));
      const row = Object.fromEntries(keys.map((k) => [k, percentile(ph.map((x) => x[k]), 50)]));
      if (c.key === 'browserai') phaseRow = row;
      const clientOver = S[c.key].p50 - percentile(c.server, 50);
      console.log(`\n${c.key}, where the time went (p50 of each phase over the measured runs, ms; server log times, 1 ms resolution):`);
      console.log(table(keys.map((k) => (k === 'total' ? 'server total' : k)).concat(['client - server']),
        [keys.map((k) => fmt(row[k], 0)).concat([fmt(clientOver, 1)])]));
    }
    if (contenders.some((x) => x.phases?.length)) {
      console.log('  queue = created -> started; plan = started -> "plan:"; context = new browser context, tab, place');
      console.log('  ("plan:" -> "opened a fresh browser context"); stepN = its duration_ms (step1 = open: navigate, wait for load,');
      console.log('  read the HTTP status; step2 = get the title);');
      console.log('  gapN = before step N; finish = last step end -> completed (last-step screenshot/HTML/console, store writes);');
      console.log('  client - server = p50 client-measured latency minus p50 server total (HTTP, SSE/poll lag, timestamp rounding).');
    }

    if (diag.setup.length) {
      const p = (k) => fmt(percentile(diag[k], 50));
      console.log('\ndiagnostic (raw CDP, p50 over the measured runs):');
      console.log(`  a fresh context's set-up (createBrowserContext + createTarget + attach + Page.enable): ${p('setup')} ms`);
      console.log(`  first navigation+load+title in a fresh context: ${fmt(S['floor-fresh'].p50)} ms (vs ${S.floor ? fmt(S.floor.p50) : '-'} ms on the floor's reused page)`);
      console.log(`  a 1280x800 capture (Page.captureScreenshot): PNG ${p('png')} ms, PNG optimizeForSpeed ${p('pngFast')} ms, JPEG q80 ${p('jpeg')} ms`);
    }

    const targets = [];
    if (S.browserai && S.floor) {
      const r = S.browserai.p50 / S.floor.p50;
      targets.push({ name: 'latency p50 within 1.3x of the floor', value: r, ok: r <= 1.3 });
    }
    if (S.browserai && S['pw-context']) {
      const r = S.browserai.p50 / S['pw-context'].p50;
      targets.push({ name: 'latency p50 at most 0.25x Playwright (c)', value: r, ok: r <= 0.25 });
    }
    for (const t of targets) console.log(`${t === targets[0] ? '\n' : ''}target (${p.name}): ${t.name}: ${t.value.toFixed(2)}x -> ${verdict(t.ok)}`);
    return {
      url, summaries: S, samples: Object.fromEntries([...samples].map(([k, v]) => [k, v])),
      phasesP50: phaseRow, targets, diagnostic: JSON.parse(JSON.stringify(diag)),
    };
  }
});

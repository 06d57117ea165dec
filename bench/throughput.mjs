// bench/throughput: a batch of crawler tasks submitted at once; tasks/s and
// p90 submit-to-completed, against Playwright with as many parallel contexts in
// one warm browser as the server has worker slots.
import { parseArgs } from './lib/args.mjs';
import { runMain, progress, sleep, treeCpuByKind, cpuDiff, machineCpu, busyShare } from './lib/procs.mjs';
import { startPage } from './lib/fixture.mjs';
import { startServer, Client, phases, BIN, TERMINAL } from './lib/browserai.mjs';
import { pwLaunch, CHROMIUM } from './lib/chromium.mjs';
import { summary, fmt, ratio, table, verdict, percentile, mean } from './lib/stats.mjs';
import { writeJson, loadLine, watchMachine } from './lib/report.mjs';

const opts = parseArgs(`
bench/throughput -- a batch of tasks at once: tasks/s and p90 latency.

browserai: TASKS tasks "Open <loopback page> and get the title" are POSTed at
once (over --submit-conns parallel connections) to a server at its default
concurrency (BROWSERAI_WORKERS unset; the count it prints is reported). The
client watches GET /api/v1/projects until all are terminal, then reads every
task: latency = its "completed" time - the moment its POST was sent.
Playwright (c): one warm browser, N = the same number of slots, N loops each
taking the next task: new context, new page, goto, title, then the same
captures as browserai's last step (a 1280x800 viewport PNG, the HTML, the
console messages; --pw-captures 0 leaves them out), close the context.
Latency = title in hand - batch start. tasks/s = TASKS / (last completion - batch start).
Before each batch, N warm-up tasks run (not counted). CPU: the machine's busy
share, and the CPU time of each contender's processes per task.
--page plain (default): issue 14's page (a console message, a favicon 404)
from python3 -m http.server, with ?b=N on every visit; --page fixture: the
benchmarks' own Node server.`, [
  { name: 'tasks', type: 'int', def: 200, help: 'tasks in the batch' },
  { name: 'workers', type: 'int', def: null, help: "BROWSERAI_WORKERS and Playwright's parallel contexts (none = the server's default)" },
  { name: 'submit-conns', type: 'int', def: 200, help: 'parallel connections submitting the batch' },
  { name: 'watch-ms', type: 'int', def: 100, help: 'interval of the GET /api/v1/projects watch' },
  { name: 'only', type: 'str', def: 'browserai,pw-context', help: 'contenders to run, comma-separated' },
  { name: 'timeout', type: 'int', def: 600, help: 'seconds a batch may take before the run is failed' },
  { name: 'quiet-wait', type: 'int', def: 0, help: 'seconds to wait, at most, for the machine to be under 25% busy before starting' },
  { name: 'page', type: 'str', def: 'plain', help: 'the page visited: plain | fixture | swagger | slides' },
  { name: 'pw-captures', type: 'int', def: 1, help: "1: Playwright also captures the screenshot, HTML and console, as browserai's last step does" },
  { name: 'json', type: 'str', def: '', help: 'also write the figures to this JSON file' },
]);
const only = new Set(opts.only.split(',').map((s) => s.trim()).filter(Boolean));

const sumv = (o) => Object.values(o).reduce((a, b) => a + b, 0);

async function pool(n, items, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  }));
}

runMain(async () => {
  const load0 = await loadLine(opts.quietWait);
  const watch = watchMachine();
  progress(load0);
  progress(`binary ${BIN}, browser ${CHROMIUM}`);
  const fx = await startPage(opts.page);
  const TITLE = fx.title;
  const url = fx.next();
  const action = () => `Open ${fx.next()} and get the title`;
  progress(`page "${fx.name}": ${url}`);
  const rows = {};
  let workers = opts.workers;
  let serverDefault = null;
  let ourPhases = null;

  if (only.has('browserai')) {
    // The per-key queue limit (100 by default) would refuse most of the batch.
    const srv = await startServer({ workers: opts.workers, env: { BROWSERAI_MAX_QUEUED: '1000000' } });
    workers = srv.workers;
    serverDefault = opts.workers == null;
    progress(`browserai serving on ${srv.url}: ${srv.workers} worker slots (${serverDefault ? "the server's default" : '--workers'})`);
    const client = new Client(srv.url, srv.key, { maxSockets: Math.max(1, opts.submitConns) });

    progress(`warm-up: ${workers} tasks`);
    const warm = await Promise.all(Array.from({ length: workers }, () => client.submit(action(), 'warmup')));
    await Promise.all(warm.map((id) => client.events(id, { timeoutMs: 120000 })));

    const project = 'throughput';
    const ids = new Array(opts.tasks);
    const sentAt = new Array(opts.tasks);
    progress(`submitting ${opts.tasks} tasks over ${opts.submitConns} connections`);
    const cpu0 = treeCpuByKind(srv.pid);
    const m0 = machineCpu();
    const t0 = Date.now();
    await pool(opts.submitConns, ids, async (_, i) => {
      sentAt[i] = Date.now();
      ids[i] = await client.submit(action(), project);
    });
    const submitted = Date.now();
    progress(`submitted in ${submitted - t0} ms; watching GET /api/v1/projects every ${opts.watchMs} ms`);
    const end = t0 + opts.timeout * 1000;
    let lastNote = 0;
    for (;;) {
      const p = (await client.projects()).find((x) => x.name === project);
      const done = p ? TERMINAL.reduce((a, s) => a + (p.counts[s] || 0), 0) : 0;
      if (done >= opts.tasks) break;
      if (Date.now() > end) throw new Error(`browserai: only ${done}/${opts.tasks} done after ${opts.timeout} s`);
      if (Date.now() - lastNote > 3000) {
        lastNote = Date.now();
        progress(`browserai: ${done}/${opts.tasks} done, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      await sleep(opts.watchMs);
    }
    const cpu1 = treeCpuByKind(srv.pid);
    const m1 = machineCpu();
    progress('reading back every task');
    const lat = [];
    const done = [];
    const ph = [];
    let ok = 0;
    await pool(8, ids, async (id, i) => {
      const t = await client.task(id);
      if (t.status === 'finalized' && t.result === TITLE) ok++;
      const c = Date.parse(t.completed);
      done.push(c);
      lat.push(c - sentAt[i]);
      ph.push(phases(t, await client.results(id)));
    });
    const makespan = Math.max(...done) - t0;
    rows.browserai = {
      label: `browserai (${workers} slots)`, tasks: opts.tasks, ok, makespanMs: makespan,
      tps: (opts.tasks * 1000) / makespan, lat: summary(lat), submitMs: submitted - t0,
      cpu: cpuDiff(cpu0, cpu1, opts.tasks), cpuMsPerTask: sumv(cpuDiff(cpu0, cpu1, opts.tasks)), busy: busyShare(m0, m1),
    };
    const keys = Object.keys(ph[0]).filter((k) => k !== 'launch' && k !== 'total' && k !== 'queue');
    ourPhases = Object.fromEntries(keys.map((k) => [k, { p50: percentile(ph.map((x) => x[k]), 50), mean: mean(ph.map((x) => x[k])) }]));
    client.close();
    progress('stopping browserai');
    await srv.stop();
  }

  if (only.has('pw-context')) {
    if (workers == null) {
      // No server to ask: start one just to read its default slot count.
      const probe = await startServer({ workers: opts.workers, label: 'probe' });
      workers = probe.workers;
      serverDefault = true;
      await probe.stop();
    }
    const browser = await pwLaunch();
    progress(`Playwright: one warm browser, ${workers} parallel contexts`);
    const one = async () => {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await ctx.newPage();
        const consoleMsgs = [];
        if (opts.pwCaptures) page.on('console', (m) => consoleMsgs.push({ type: m.type(), text: m.text() }));
        await page.goto(fx.next(), { waitUntil: 'load' });
        const title = await page.title();
        if (opts.pwCaptures) {
          // What browserai's last step stores: viewport PNG, HTML, console.
          await page.screenshot({ type: 'png' });
          await page.content();
          JSON.stringify(consoleMsgs);
        }
        return { title, at: Date.now() };
      } finally {
        await ctx.close();
      }
    };
    progress(`warm-up: ${workers} tasks`);
    await Promise.all(Array.from({ length: workers }, one));
    progress(`running ${opts.tasks} tasks, ${workers} at a time`);
    const cpu0 = treeCpuByKind(process.pid, { exclude: [fx.pid] });
    const m0 = machineCpu();
    const t0 = Date.now();
    const lat = [];
    let ok = 0;
    let finished = 0;
    let lastNote = t0;
    await pool(workers, new Array(opts.tasks).fill(0), async () => {
      const r = await one();
      if (r.title === TITLE) ok++;
      lat.push(r.at - t0);
      finished++;
      if (Date.now() - lastNote > 3000) {
        lastNote = Date.now();
        progress(`Playwright: ${finished}/${opts.tasks} done, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
    });
    const makespan = Date.now() - t0;
    const cpu1 = treeCpuByKind(process.pid, { exclude: [fx.pid] });
    const m1 = machineCpu();
    rows['pw-context'] = {
      label: `(c) Playwright, warm browser, ${workers} contexts${opts.pwCaptures ? ', same captures' : ', no captures'}`, tasks: opts.tasks, ok, makespanMs: makespan,
      tps: (opts.tasks * 1000) / makespan, lat: summary(lat), submitMs: 0,
      cpu: cpuDiff(cpu0, cpu1, opts.tasks), cpuMsPerTask: sumv(cpuDiff(cpu0, cpu1, opts.tasks)), busy: busyShare(m0, m1),
    };
    await browser.close();
  }

  // ---- report ----------------------------------------------------------------
  console.log(`\nthroughput: ${opts.tasks} x "Open ${url} and get the title", submitted at once (page "${fx.name}")`);
  console.log(`machine: ${load0}`);
  console.log(`machine: ${await watch.line()}`);
  if (workers != null) console.log(`concurrency: ${workers} (browserai's worker slots${serverDefault ? ", the server's default on this machine" : ', set by --workers'})`);
  console.log('');
  console.log(table(['contender', 'ok', 'tasks/s', 'makespan s', 'p50 ms', 'p90 ms', 'max ms', 'CPU ms/task', 'machine busy'],
    Object.values(rows).map((r) => [r.label, `${r.ok}/${r.tasks}`, fmt(r.tps, 2), fmt(r.makespanMs / 1000, 2),
      fmt(r.lat.p50, 0), fmt(r.lat.p90, 0), fmt(r.lat.max, 0), fmt(r.cpuMsPerTask, 0), `${fmt(r.busy * 100, 0)}%`])));
  console.log('  latency = submit -> completed (browserai: POST sent -> "completed" time; Playwright: batch start -> title).');
  console.log('  CPU ms/task: browserai = server + its Chromium; Playwright = this Node process + its Chromium.');
  const kinds = ['self', 'browser', 'renderers', 'gpu', 'network', 'utility', 'crashpad', 'other']
    .filter((k) => Object.values(rows).some((r) => Math.abs(r.cpu[k] || 0) >= 0.05));
  console.log('\nCPU ms per task by process (self = the browserai server / the Node process driving Playwright):');
  console.log(table(['contender', ...kinds, 'total'], Object.values(rows).map((r) => [r.label, ...kinds.map((k) => fmt(r.cpu[k] || 0, 1)), fmt(r.cpuMsPerTask, 1)])));
  console.log('  renderers = live renderers + exited ones (their time lands in the zygote that reaped them).');
  let target = null;
  if (rows.browserai && rows['pw-context']) {
    const a = rows.browserai;
    const b = rows['pw-context'];
    console.log('');
    console.log(table(['ratio', 'value'], [
      ['tasks/s ours / (c)', ratio(a.tps, b.tps)],
      ['p90 ours / (c)', ratio(a.lat.p90, b.lat.p90)],
      ['CPU/task ours / (c)', ratio(a.cpuMsPerTask, b.cpuMsPerTask)],
    ]));
    target = { name: 'throughput at least 1.2x Playwright (c)', value: a.tps / b.tps, ok: a.tps / b.tps >= 1.2 };
  }
  if (ourPhases) {
    const keys = Object.keys(ourPhases);
    console.log('\nbrowserai, per task while the batch ran (ms; p50 and mean of each phase, queue wait left out):');
    console.log(table(['', ...keys], [
      ['p50', ...keys.map((k) => fmt(ourPhases[k].p50, 0))],
      ['mean', ...keys.map((k) => fmt(ourPhases[k].mean, 1))],
    ]));
    const busy = keys.reduce((s, k) => s + ourPhases[k].mean, 0);
    console.log(`  slot-busy time per task (sum of means) ${fmt(busy, 1)} ms -> at most ${fmt((workers * 1000) / busy, 2)} tasks/s with ${workers} slots`);
  }
  if (target) console.log(`\ntarget: ${target.name}: ${target.value.toFixed(2)}x -> ${verdict(target.ok)}`);
  await writeJson(opts.json, { bench: 'throughput', options: opts, url, workers, rows, phases: ourPhases, target });
});

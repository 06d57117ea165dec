// bench/memory: the server's RSS idle and with tasks in flight, and Chromium's
// memory per busy slot; the same for Playwright (a Node process driving one
// warm browser with as many busy contexts).
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/args.mjs';
import { runMain, progress, sleep, spawnTracked, stopChild, rssOf, pssOf, treeMemory } from './lib/procs.mjs';
import { startFixture, TITLE } from './lib/fixture.mjs';
import { startServer, Client, BIN, TERMINAL } from './lib/browserai.mjs';
import { CHROMIUM } from './lib/chromium.mjs';
import { mib, ratio, table, verdict, percentile } from './lib/stats.mjs';
import { writeJson, loadLine, watchMachine } from './lib/report.mjs';

const opts = parseArgs(`
bench/memory -- memory of the server and of Chromium per busy slot.

browserai at its defaults: VmRSS (and PSS) of the server process right after
it starts (idle, no browser yet); after one task (browser up, nothing busy);
then with N tasks in flight, each opening a fixture page that answers only
after SLOW ms, so every slot holds a live context mid-navigation. Chromium is
every process under the server; its RSS double-counts shared pages, so PSS
(smaps_rollup) is given too. Per busy slot = browser tree / N; marginal =
(busy tree - idle tree) / N. The tasks are then cancelled.
Playwright: a Node process with playwright-core loaded (idle), then one warm
browser, then N contexts navigating to the same slow page; measured the same way.
Every figure is the median of SAMPLES readings 300 ms apart.`, [
  { name: 'tasks', type: 'int', def: null, help: "tasks in flight (none = the server's worker slots)" },
  { name: 'workers', type: 'int', def: null, help: "BROWSERAI_WORKERS (none = the server's default)" },
  { name: 'slow-ms', type: 'int', def: 20000, help: 'how long the slow page takes to answer (below the 30 s navigation timeout)' },
  { name: 'idle-wait', type: 'int', def: 2000, help: 'ms to wait after start before the idle reading' },
  { name: 'settle', type: 'int', def: 2000, help: 'ms to wait once all N are in flight before reading' },
  { name: 'samples', type: 'int', def: 5, help: 'readings per figure (median)' },
  { name: 'only', type: 'str', def: 'browserai,playwright', help: 'contenders to run, comma-separated' },
  { name: 'quiet-wait', type: 'int', def: 0, help: 'seconds to wait, at most, for the machine to be under 25% busy before starting' },
  { name: 'json', type: 'str', def: '', help: 'also write the figures to this JSON file' },
]);
const only = new Set(opts.only.split(',').map((s) => s.trim()).filter(Boolean));

/** Median readings of a process (self) and its descendants (the browser), KiB. */
async function read(pid) {
  const xs = [];
  for (let i = 0; i < Math.max(1, opts.samples); i++) {
    if (i) await sleep(300);
    const t = treeMemory(pid);
    xs.push({ selfRss: rssOf(pid).rss, selfPss: pssOf(pid), treeRss: t.rss, treePss: t.pss, treeN: t.n });
  }
  const med = (k) => percentile(xs.map((x) => x[k]), 50);
  return { selfRss: med('selfRss'), selfPss: med('selfPss'), treeRss: med('treeRss'), treePss: med('treePss'), treeN: med('treeN'), hwm: rssOf(pid).hwm };
}

async function slowInFlight(fx) {
  const r = await fetch(`${fx.url}/stats`);
  return (await r.json()).slowInFlight;
}

async function waitInFlight(fx, n, what) {
  const end = Date.now() + 30000;
  for (;;) {
    const k = await slowInFlight(fx);
    if (k >= n) return;
    if (Date.now() > end) throw new Error(`${what}: only ${k}/${n} slow requests in flight after 30 s`);
    await sleep(100);
  }
}

async function waitGone(fx, what) {
  const end = Date.now() + 30000;
  while ((await slowInFlight(fx)) > 0) {
    if (Date.now() > end) throw new Error(`${what}: slow requests still open after 30 s`);
    await sleep(100);
  }
}

runMain(async () => {
  const load0 = await loadLine(opts.quietWait);
  const watch = watchMachine();
  progress(load0);
  progress(`binary ${BIN}, browser ${CHROMIUM}`);
  const fx = await startFixture();
  const slowUrl = `${fx.url}/slow?ms=${opts.slowMs}`;
  let n = opts.tasks;
  const ours = {};
  const peer = {};
  let workers = opts.workers;

  if (only.has('browserai')) {
    const srv = await startServer({ workers: opts.workers });
    workers = srv.workers;
    if (n == null) n = srv.workers;
    progress(`browserai serving on ${srv.url} (${srv.workers} worker slots); idle for ${opts.idleWait} ms`);
    await sleep(opts.idleWait);
    ours.idle = await read(srv.pid);
    const client = new Client(srv.url, srv.key);
    progress('one task, to start the browser');
    const w = await client.events(await client.submit(`Open ${fx.url}/ and get the title`));
    if (w.status !== 'finalized' || w.result !== TITLE) throw new Error(`warm-up task ended ${w.status}`);
    await sleep(opts.settle);
    ours.warm = await read(srv.pid);
    progress(`${n} tasks opening ${slowUrl}`);
    const ids = await Promise.all(Array.from({ length: n }, () => client.submit(`Open ${slowUrl} and get the title`)));
    await waitInFlight(fx, n, 'browserai');
    await sleep(opts.settle);
    ours.busy = await read(srv.pid);
    progress('cancelling them');
    await Promise.all(ids.map((id) => client.request('POST', `/api/v1/tasks/${id}/cancel`)));
    for (const id of ids) {
      const end = Date.now() + 30000;
      while (!TERMINAL.includes((await client.task(id)).status)) {
        if (Date.now() > end) throw new Error(`task ${id} did not end after cancel`);
        await sleep(100);
      }
    }
    await waitGone(fx, 'browserai');
    client.close();
    await srv.stop();
  }

  if (only.has('playwright')) {
    if (n == null) {
      const probe = await startServer({ workers: opts.workers, label: 'probe' });
      n = probe.workers;
      workers = probe.workers;
      await probe.stop();
    }
    const child = spawnTracked(process.execPath, [fileURLToPath(new URL('./lib/pw-peer.mjs', import.meta.url))],
      { stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = 0;
    const answer = async (what) => {
      const end = Date.now() + 60000;
      for (;;) {
        const lines = child.out.split('\n').filter(Boolean);
        if (lines.length > seen) {
          const l = lines[seen++];
          if (l.startsWith('error')) throw new Error(`playwright peer: ${l}`);
          if (l !== what) throw new Error(`playwright peer said ${l}, expected ${what}`);
          return;
        }
        if (child.exitStatus || Date.now() > end) throw new Error(`playwright peer: no "${what}": ${child.err}`);
        await sleep(20);
      }
    };
    const cmd = (s) => child.stdin.write(`${s}\n`);
    await answer('ready');
    progress(`Playwright peer (pid ${child.pid}) loaded; idle for ${opts.idleWait} ms`);
    await sleep(opts.idleWait);
    peer.idle = await read(child.pid);
    progress('Playwright: launching a warm browser');
    cmd(`launch ${fx.url}/`);
    await answer('launched');
    await sleep(opts.settle);
    peer.warm = await read(child.pid);
    progress(`Playwright: ${n} contexts opening ${slowUrl}`);
    cmd(`busy ${n} ${slowUrl}`);
    await answer('busy');
    await waitInFlight(fx, n, 'playwright');
    await sleep(opts.settle);
    peer.busy = await read(child.pid);
    cmd('close');
    await answer('closed');
    cmd('exit');
    await Promise.race([child.exited, sleep(10000)]);
    await stopChild(child);
    await waitGone(fx, 'playwright');
  }

  // ---- report ----------------------------------------------------------------
  console.log(`\nmemory: ${n} tasks in flight (each on a page that answers after ${opts.slowMs} ms); KiB read from /proc, shown in MiB`);
  console.log(`machine: ${load0}`);
  console.log(`machine: ${await watch.line()}`);
  if (workers != null) console.log(`browserai: ${workers} worker slots${opts.workers == null ? " (the server's default)" : ''}\n`);
  const per = (x) => ({
    slot: x ? x.busy.treePss / n : NaN,
    slotRss: x ? x.busy.treeRss / n : NaN,
    marginal: x ? (x.busy.treePss - x.warm.treePss) / n : NaN,
  });
  const spg = (kib) => (Number.isFinite(kib) && kib > 0 ? ((1024 * 1024) / kib).toFixed(1) : '-');
  const po = per(ours.busy ? ours : null);
  const pp = per(peer.busy ? peer : null);
  const v = (o, k, sub) => mib(o?.[k]?.[sub]);
  const rows = [
    ['server / driver RSS, idle (just started)', v(ours, 'idle', 'selfRss'), v(peer, 'idle', 'selfRss')],
    ['server / driver PSS, idle', v(ours, 'idle', 'selfPss'), v(peer, 'idle', 'selfPss')],
    ['server / driver RSS, browser up, nothing busy', v(ours, 'warm', 'selfRss'), v(peer, 'warm', 'selfRss')],
    [`server / driver RSS, ${n} in flight`, v(ours, 'busy', 'selfRss'), v(peer, 'busy', 'selfRss')],
    ['browser processes, just started', String(ours.idle?.treeN ?? '-'), String(peer.idle?.treeN ?? '-')],
    ['browser tree PSS, just started', v(ours, 'idle', 'treePss'), v(peer, 'idle', 'treePss')],
    ['browser processes, nothing busy', String(ours.warm?.treeN ?? '-'), String(peer.warm?.treeN ?? '-')],
    [`browser processes, ${n} busy`, String(ours.busy?.treeN ?? '-'), String(peer.busy?.treeN ?? '-')],
    ['browser tree RSS, nothing busy', v(ours, 'warm', 'treeRss'), v(peer, 'warm', 'treeRss')],
    ['browser tree PSS, nothing busy', v(ours, 'warm', 'treePss'), v(peer, 'warm', 'treePss')],
    [`browser tree RSS, ${n} busy`, v(ours, 'busy', 'treeRss'), v(peer, 'busy', 'treeRss')],
    [`browser tree PSS, ${n} busy`, v(ours, 'busy', 'treePss'), v(peer, 'busy', 'treePss')],
    ['per busy slot: tree RSS / N', mib(po.slotRss), mib(pp.slotRss)],
    ['per busy slot: tree PSS / N', mib(po.slot), mib(pp.slot)],
    ['per busy slot, marginal: (busy - idle tree PSS) / N', mib(po.marginal), mib(pp.marginal)],
    // Sessions per GiB: how many busy tasks a GiB of browser memory holds, at
    // the tree's share per busy slot (the whole tree, idle parts included).
    ['sessions per GiB (1024 / per busy slot PSS)', spg(po.slot), spg(pp.slot)],
  ].map((r) => {
    const a = Number(r[1]);
    const b = Number(r[2]);
    return [...r, ratio(a, b)];
  });
  console.log(table(['MiB', 'browserai', 'Playwright (c)', 'ours / peer'], rows));
  console.log('  driver = the Node process running playwright-core (Playwright\'s equivalent of the server).');
  console.log('  "just started" = before any task; "nothing busy" = after one task; browser tree = every process under the server / driver.');
  const targets = [];
  if (ours.busy && peer.busy) {
    const r = po.slot / pp.slot;
    targets.push({ name: "browser memory per busy slot at most Playwright's", value: r, ok: r <= 1 });
    console.log(`\ntarget: browser memory per busy slot at most Playwright's: ${r.toFixed(2)}x -> ${verdict(r <= 1)}`);
  }
  if (ours.idle) {
    const r = ours.idle.selfRss / 1024;
    targets.push({ name: 'idle server RSS under 20 MiB', value: r, ok: r < 20 });
    console.log(`\ntarget: idle server RSS under 20 MiB: ${r.toFixed(1)} MiB -> ${verdict(r < 20)}`);
  }
  await writeJson(opts.json, { bench: 'memory', options: opts, n, workers, ours, peer, perSlot: { ours: po, peer: pp }, targets });
});

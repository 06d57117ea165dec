// The long run: 120 tasks (SOAK_TASKS), a browser crash, a cancel storm and a shutdown,
// then nothing of ours may be left running and the server's memory must not
// have grown with the work. Prints the figures it measured.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, descendants, killBrowsers, chromiumBaseline, leakedChromium,
  waitEmpty } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';

// 120 keep the memory check meaningful (80 tasks after the first 40)
// while the suite stays short: they load both cores for minutes, beside
// the other files; SOAK_TASKS=2000 for a longer soak by hand.
const TASKS = Number(process.env.SOAK_TASKS || 120);
const WARM = 40;

/** Resident memory of a process, in KiB. */
function rssKib(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

let fix, dataDir, server, api, baseline;
const figures = {};

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('soak');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'soak', workers: 4,
    // one key on purpose: the per-key cap (fairness.test.mjs) would leave a
    // slot idle here, and this file measures a busy server, not fairness
    env: { BROWSERAI_SHUTDOWN_GRACE: 2, BROWSERAI_MAX_QUEUED: 0, BROWSERAI_RUNNING_PER_KEY: 0 } }));
  api = new Api(server.url, token);
});

after(async () => {
  console.log(`soak figures: ${JSON.stringify(figures)}`);
  await teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] });
});

/** Submit n title tasks at once and wait for all of them; returns their statuses. */
async function batch(n) {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push(await api.submit(`open ${fix.url('/title.html')} and get the title`));
  const out = [];
  for (const id of ids) out.push((await api.waitTerminal(id, { timeout: 120000, interval: 50 })).status);
  return out;
}

describe(`${TASKS} tasks, a crash, a cancel storm and a shutdown`, () => {
  test(`${TASKS} tasks all complete and the server's memory stays flat`, async () => {
    const t0 = Date.now();
    const first = await batch(WARM);
    console.log(`soak: ${WARM} tasks in ${Date.now() - t0} ms`);
    figures.rss_after_warm_kib = rssKib(server.proc.pid);
    const rest = await batch(TASKS - WARM);
    figures.rss_after_all_kib = rssKib(server.proc.pid);
    figures.tasks_per_s = Number((TASKS / ((Date.now() - t0) / 1000)).toFixed(1));
    const statuses = [...first, ...rest];
    assert.equal(statuses.filter((s) => s === 'finalized').length, TASKS, JSON.stringify(statuses));
    // Stored rows grow SQLite's page cache a little; the server's own state
    // must not grow with tasks.
    const growth = figures.rss_after_all_kib - figures.rss_after_warm_kib;
    figures.rss_growth_kib = growth;
    assert.ok(growth < 16 * 1024, `RSS grew by ${growth} KiB between task ${WARM} and task ${TASKS}`);
  });

  test('a killed browser: the next tasks still complete', async () => {
    killBrowsers(server.proc.pid);
    const after = await batch(8);
    assert.deepEqual([...new Set(after)], ['finalized']);
  });

  test('a cancel storm: 40 hanging tasks cancelled at once all end stopped', async () => {
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push(await api.submit(`open ${fix.url('/hang')}`, { timeoutSeconds: 120 }));
    await new Promise((r) => setTimeout(r, 500));
    await Promise.all(ids.map((id) => api.cancel(id)));
    for (const id of ids) {
      const t = await api.waitTerminal(id, { timeout: 20000 });
      assert.equal(t.status, 'stopped');
    }
    const ok = await batch(4);
    assert.deepEqual([...new Set(ok)], ['finalized']);
  });

  test('after a shutdown no Chromium of ours is left', async () => {
    const pids = descendants(server.proc.pid).map((p) => p.pid);
    figures.processes_before_stop = pids.length;
    const r = await server.stop();
    assert.equal(r.graceful, true, 'exits on SIGTERM');
    const left = await waitEmpty(() => leakedChromium(baseline), 5000);
    assert.deepEqual(left, []);
    const alive = await waitEmpty(() => pids.filter((pid) => {
      try { return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
    }), 5000);
    assert.deepEqual(alive, [], 'every process the server started is gone');
  });
});

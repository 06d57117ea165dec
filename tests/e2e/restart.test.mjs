// Durability: a server killed mid-task (SIGKILL) or stopped (SIGTERM) loses
// no task; a restarted server on the same data directory runs them again,
// within the configured number of attempts. A killed server's chromium dies
// with it.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, waitEmpty, sleep } from './lib/server.mjs';
import { startFixtures, SLOW_TITLE } from './lib/fixtures.mjs';
import { Api, TERMINAL } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

let fix, baseline;
const dirs = [];
const servers = [];

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
});

after(() => teardown({ servers, fixtures: [fix], dirs }));

function textOf(result) {
  try { const v = JSON.parse(result); if (typeof v === 'string') return v; } catch { /* plain */ }
  return result;
}

async function start(dataDir, token, label, env = {}) {
  const s = watch(await startServer({
    dataDir, apiKey: token, workers: 1, label,
    // Script runners kept ready (the product's default): their folders are
    // among those a killed server leaves for the next start to remove.
    env: { BROWSERAI_LEASE_SECONDS: '2', BROWSERAI_SCRIPT_WARM_SECONDS: 600, ...env },
  }));
  servers.push(s);
  return s;
}

/** The temporary folders of the process pid (browserai-KIND-PID-XXXXXX). */
function leftFolders(pid) {
  const bases = new Set(['/tmp', os.tmpdir()]);
  return [...bases].flatMap((b) => fs.readdirSync(b).filter((n) => n.startsWith('browserai-') && n.includes(`-${pid}-`)).map((n) => path.join(b, n)));
}

/** Asserts the killed server's processes (chromium included) went away. */
async function assertChildrenGone(server) {
  const left = await waitEmpty(() => server.leftovers(), 3000);
  assert.deepEqual(left.map((p) => `${p.pid} ${p.cmdline.slice(0, 160)}`), [],
    'processes of the killed server still run (PDEATHSIG should take chromium down)');
}

describe('SIGKILL mid-run, then restart on the same data directory', () => {
  test('every task reaches "finalized"; the interrupted one was re-queued', async (t) => {
    const dataDir = await makeDataDir('restart');
    dirs.push(dataDir);
    const token = randomToken();
    const s1 = await start(dataDir, token, 'restart-1');
    const api1 = new Api(s1.url, token);

    // Each page URL carries a tag, to tell the tasks' requests apart.
    const since = Date.now();
    const ids = [];
    for (let i = 0; i < 4; i++) {
      const tag = `${i}${Math.random().toString(36).slice(2, 9)}`;
      ids.push({ tag, id: await api1.submit(`Open ${fix.url(`/slow?ms=2000&tag=${tag}`)} and get the title`, { project: 'durable' }) });
    }
    // Wait until one task is mid-navigation.
    let victim;
    const end = Date.now() + 20000;
    while (!victim) {
      for (const { tag, id } of ids) {
        if (fix.requests.some((q) => q.path === '/slow' && q.url.includes(`tag=${tag}`) && q.time >= since)) {
          const t = (await api1.getTask(id)).json;
          if (t.status === 'running') { victim = id; break; }
        }
      }
      if (!victim) {
        assert.ok(Date.now() < end, 'a task started running within 20 s');
        await sleep(50);
      }
    }
    const children = s1.snapshotChildren();
    assert.ok(children.length > 0, 'the server had started a browser');
    const pid1 = s1.proc.pid;
    await s1.kill();
    // The killed server could not remove its temporary folders (its
    // browser's profile, the egress gate's sockets): the next start does.
    // Read at once: any server that starts removes the folders of stopped
    // processes, and another file's may start beside this one.
    const left = leftFolders(pid1);
    assert.equal(s1.exit.signal, 'SIGKILL');
    await assertChildrenGone(s1);
    assert.ok(left.length >= 1, `the killed server left its temporary folders: ${left}`);

    const s2 = await start(dataDir, token, 'restart-2');
    assert.deepEqual(leftFolders(pid1), [], 'the next server removed the killed one\'s temporary folders');
    // The line is written as the folders go; node may read it from the
    // pipe a moment after the server said it was ready.
    const said = /removed \d+ temporary folders? of stopped processes/;
    await waitEmpty(() => (said.test(s2.err) ? [] : [1]), 5000);
    assert.match(s2.err, said);
    const api2 = new Api(s2.url, token);
    const deadline = Date.now() + 40000;
    const final = {};
    for (const { id } of ids) {
      final[id] = await api2.waitFor(id, TERMINAL, { timeout: Math.max(1000, deadline - Date.now()), interval: 200 });
    }
    for (const { id } of ids) {
      assert.equal(final[id].status, 'finalized', `task ${id} after restart: ${JSON.stringify(final[id])}`);
      assertSchema('GetTaskResponse', final[id]);
      const res = (await api2.getResults(id)).json;
      assertSchema('GetResultsResponse', res);
      assert.deepEqual(res.results.map((x) => x.history_index), res.results.map((_, i) => i), `task ${id}: history_index 0..n-1, no duplicates from the first attempt`);
      assert.equal(textOf(res.results.at(-1).result), SLOW_TITLE, `task ${id}: the title`);
    }
    const vLogs = final[victim].progress.logs.join('\n');
    t.diagnostic(`interrupted task ${victim}:\n${vLogs}`);
    assert.match(vLogs, /re-?queued|requeu|retr(y|ied|ying)|again|attempt 2/i, `the interrupted task says it was re-queued:\n${vLogs}`);
    const list = await api2.listTasks({ project: 'durable' });
    assert.equal(list.json.tasks.filter((t) => ids.some((x) => x.id === t.executionId)).length, 4, 'none lost');
    await assertCleanShutdown(s2, baseline);
  });
});

describe('attempts run out', () => {
  test('with BROWSERAI_MAX_ATTEMPTS=1 an interrupted task ends "failed" with the reason', async () => {
    const dataDir = await makeDataDir('attempts');
    dirs.push(dataDir);
    const token = randomToken();
    const env = { BROWSERAI_MAX_ATTEMPTS: '1' };
    const s1 = await start(dataDir, token, 'attempts-1', env);
    const api1 = new Api(s1.url, token);
    const since = Date.now();
    const id = await api1.submit(`Open ${fix.url('/slow?ms=4000&tag=attempts')} and get the title`);
    await api1.waitFor(id, 'running', { timeout: 20000, interval: 50 });
    await fix.waitForHit('/slow', { since, timeout: 20000 });
    await s1.kill();
    await assertChildrenGone(s1);

    const s2 = await start(dataDir, token, 'attempts-2', env);
    const api2 = new Api(s2.url, token);
    const t = await api2.waitTerminal(id, { timeout: 30000 });
    assert.equal(t.status, 'failed', JSON.stringify(t));
    assert.ok(t.error && t.error.length > 0, 'error says why');
    assert.match(`${t.error}\n${t.progress.logs.join('\n')}`, /attempt|lease|interrupt|died|lost|abandon|expired/i, `reason: ${t.error}`);
    await assertCleanShutdown(s2, baseline);
  });
});

describe('SIGTERM mid-run', () => {
  test('the running task is not lost: it completes before exit or after the restart', async () => {
    const dataDir = await makeDataDir('sigterm');
    dirs.push(dataDir);
    const token = randomToken();
    const s1 = await start(dataDir, token, 'sigterm-1');
    const api1 = new Api(s1.url, token);
    const since = Date.now();
    const id = await api1.submit(`Open ${fix.url('/slow?ms=2000&tag=sigterm')} and get the title`);
    await api1.waitFor(id, 'running', { timeout: 20000, interval: 50 });
    await fix.waitForHit('/slow', { since, timeout: 20000 });
    const r = await s1.stop();
    assert.equal(r.graceful, true, 'exits within 10 s of SIGTERM even with a task running');
    await assertChildrenGone(s1);

    const s2 = await start(dataDir, token, 'sigterm-2');
    const api2 = new Api(s2.url, token);
    const t = await api2.waitTerminal(id, { timeout: 30000 });
    assert.equal(t.status, 'finalized', JSON.stringify(t));
    await assertCleanShutdown(s2, baseline);
  });
});

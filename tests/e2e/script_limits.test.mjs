// Scripts that never end: an endless loop and a promise that never settles
// end "failed" (reason timeout) at timeoutSeconds, one that allocates without end fails
// on its memory limit, and a running script is stopped within a second or
// two. Each time the runner's processes (Node and Chromium) are killed and
// reaped, and the server goes on serving.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, listProcesses, sleep } from './lib/server.mjs';
import { Api } from './lib/api.mjs';

let dataDir, server, api, baseline;

before(async () => {
  baseline = chromiumBaseline();
  dataDir = await makeDataDir('script-limits');
  const token = randomToken();
  // 512 MiB for a script: the allocation test reaches it in a second or two.
  server = watch(await startServer({ dataDir, apiKey: token, label: 'script-limits',
    // Always warm: the limits are measured from a runner that is ready, not
    // from a cold start. One runner ahead: the tests run one task at a time
    // and wait for it (warm()); a second was a Node and a Chromium more for
    // the whole file (~2.5 CPU s) that no test used.
    env: { BROWSERAI_SCRIPT_MEMORY: 512, BROWSERAI_SCRIPT_RUNNERS: 1, BROWSERAI_SCRIPT_WARM_SECONDS: -1 } }));
  api = new Api(server.url, token);
  // Once a task ran, the pool is warm: later tasks start at once, so their
  // timeouts measure the scripts.
  const warm = await api.run(['return 1'], { type: 'script_automation' }, { timeout: 90000 });
  assert.equal(warm.task.status, 'finalized', JSON.stringify(warm.task));
});

after(() => teardown({ servers: [server], fixtures: [], dirs: [dataDir] }));

/** The private folder of the runner a task was given ("script runner PGID
 * ready" in its logs): its sandbox's --allow-fs-write. */
function runnerDir(task) {
  const m = task.progress.logs.map((l) => / script runner (\d+) ready/.exec(l)).find(Boolean);
  assert.ok(m, `the logs name the runner: ${task.progress.logs.join('\n')}`);
  for (const p of server.children()) {
    const dir = /--allow-fs-write=(\S+)/.exec(p.cmdline);
    if (p.pgrp === Number(m[1]) && dir) return dir[1];
  }
  return null;
}

/** Processes anywhere that still name dir, and whether dir still exists. */
function leftovers(dir) {
  const procs = listProcesses().filter((p) => p.state !== 'Z' && p.cmdline.includes(dir));
  return [...procs.map((p) => `${p.pid} ${p.cmdline.slice(0, 100)}`), ...(fs.existsSync(dir) ? [`folder ${dir}`] : [])];
}

async function assertGone(dir) {
  for (let i = 0; i < 50 && leftovers(dir).length; i++) await sleep(100);
  assert.deepEqual(leftovers(dir), [], 'the runner and its folder are gone');
}

/** Waits (at most 60 s) until the pool's runner is ready (a runner marks
 * its folder when it is), so a task's timeout measures its script, not a
 * runner's start. */
async function warm() {
  for (let i = 0; i < 600; i++) {
    const dirs = server.children().map((p) => /--allow-fs-write=(\S+)/.exec(p.cmdline)).filter(Boolean).map((m) => m[1]);
    if (dirs.length >= 1 && dirs.every((d) => fs.existsSync(`${d}/ready`))) return;
    await sleep(100);
  }
}

/** Submits steps once the pool is warm; resolves the task once its first step runs. */
async function running(steps, over = {}) {
  await warm();
  const id = await api.submit(steps, { type: 'script_automation', ...over });
  // A short limit on a loaded machine may end the task before its first step
  // logs: that end is what the tests check, so it counts as "running" too.
  const task = await api.waitFor(id, (t) => t.progress.logs.some((l) => / step 1\//.test(l)) ||
    ['finalized', 'failed', 'stopped'].includes(t.status), { timeout: 20000, interval: 50 });
  return { id, task, dir: runnerDir(task) };
}

describe('script limits', () => {
  test('an endless loop ends "failed" (reason timeout) at timeoutSeconds; its runner is killed', async () => {
    const { id, dir } = await running(['log("looping"); for (;;) {}'], { timeoutSeconds: 4 });
    const task = await api.waitTerminal(id, { timeout: 15000, interval: 100 });
    assert.equal(task.status, 'failed', JSON.stringify(task));
    assert.equal(task.failureReason, 'timeout', JSON.stringify(task));
    // Not before its limit (how soon after depends on the machine's load).
    const took = Date.parse(task.completed) - Date.parse(task.started);
    assert.ok(took >= 3900, `ended ${took} ms after it started`);
    assert.match(task.error, /ran longer than its limit of 4 s/);
    // A row for the step that was stopped, once it had begun: on a loaded
    // machine the runner may start so late that the limit ends the task
    // before its first step (no row then, and that is right).
    const res = (await api.getResults(id)).json;
    const began = task.progress.logs.some((l) => / step 1\//.test(l));
    assert.equal(res.results.length, began ? 1 : 0, `a row for the step that was stopped: ${JSON.stringify(task.progress.logs)}`);
    if (began) assert.match(res.results[0].metadata.error, /limit of 4 s/);
    await assertGone(dir);
  });

  test('a promise that never settles ends failed (reason timeout) too', async () => {
    const { id } = await running(['await new Promise(() => {})'], { timeoutSeconds: 2 });
    const task = await api.waitTerminal(id, { timeout: 15000, interval: 100 });
    assert.equal(task.status, 'failed', JSON.stringify(task));
    assert.equal(task.failureReason, 'timeout', JSON.stringify(task));
  });

  test('allocating without end fails on the memory limit (or the timeout), not the server', async () => {
    const { id } = await running(['const keep: number[][] = []; for (;;) keep.push(new Array(1 << 20).fill(7))'], { timeoutSeconds: 30 });
    const task = await api.waitTerminal(id, { timeout: 40000, interval: 200 });
    assert.equal(task.status, 'failed', JSON.stringify(task));
    if (task.failureReason !== 'timeout') assert.match(task.error, /memory/, task.error);
  });

  test('cancel mid-run: "stopped" within seconds, the runner killed', async () => {
    const { id, dir } = await running(['log("waiting for ever"); await new Promise(() => {})']);
    await api.waitFor(id, (t) => t.progress.logs.some((l) => l.endsWith('waiting for ever')), { timeout: 20000, interval: 100 });
    const t0 = Date.now();
    assert.equal((await api.cancel(id)).status, 200);
    const task = await api.waitFor(id, (t) => t.status !== 'running', { timeout: 5000, interval: 100 });
    assert.equal(task.status, 'stopped');
    assert.ok(Date.now() - t0 < 3000, `stopped after ${Date.now() - t0} ms`);
    await assertGone(dir);
  });

  test('the server is unharmed: no zombies, a script task still completes; clean shutdown', async () => {
    const r = await api.run(['return [1 + 1, typeof page.goto]'], { type: 'script_automation' }, { timeout: 30000 });
    assert.equal(r.task.status, 'finalized', JSON.stringify(r.task));
    assert.equal(r.task.result, '[2,"function"]');
    const zombies = () => listProcesses().filter((p) => p.ppid === server.proc.pid && p.state === 'Z');
    for (let i = 0; i < 30 && zombies().length; i++) await sleep(100);
    assert.deepEqual(zombies().map((p) => `${p.pid} ${fs.readFileSync(`/proc/${p.pid}/stat`, 'utf8').slice(0, 40)}`), [],
      'the server reaps what it started');
    await assertCleanShutdown(server, baseline);
  });
});

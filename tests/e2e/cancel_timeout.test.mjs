// Stopping tasks (the stop command, POST /tasks/{id}/command, and the cancel
// route, which is the same action), tasks that run past timeoutSeconds
// (failed, failureReason "timeout"), and the per-key queue limit (429).
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown, assertError } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, createKey } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

let fix, dataDir, server, api, baseline;
let hangSerial = 0;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('cancel');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, workers: 2, label: 'cancel' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** An instruction that opens the page that never answers. */
const hang = () => `Open ${fix.url(`/hang?n=${++hangSerial}`)} and get the title`;

/** Submits a hanging task and waits until its browser is waiting on the fixture. */
async function runningHang(a = api, over = {}) {
  const since = Date.now();
  const id = await a.submit(hang(), over);
  await a.waitFor(id, 'running', { timeout: 20000 });
  await fix.waitForHit('/hang', { since, timeout: 20000 });
  return id;
}

describe('stop', () => {
  test('the stop command on a running task: 200 and "stopped" in its own answer; results and logs say so', async () => {
    const id = await runningHang();
    const r = await api.command(id, { command: 'stop' });
    assert.equal(r.status, 200, r.text);
    assertSchema('GetTaskResponse', r.json);
    assert.equal(r.json.executionId, id);
    assert.equal(r.json.status, 'stopped', 'the answer already says stopped');
    assert.equal(r.json.failureReason, 'stopped');
    const task = (await api.getTask(id)).json;
    // stopped at once: the command's answer and the next read say so (no
    // wall-clock bound: a loaded machine may take a second to answer)
    assert.equal(task.status, 'stopped', JSON.stringify(task));
    assert.equal(task.failureReason, 'stopped');
    assert.ok(task.completed, 'completed is set');
    assert.ok(task.started, 'it had started');
    assert.match(task.error || '', /stopped by request/i, `error: ${task.error}`);
    assert.ok(task.progress.logs.some((l) => / stopped: stopped by request$/.test(l)), `logs: ${JSON.stringify(task.progress.logs)}`);
    assert.equal(task.progress.status, 'stopped');
    // The worker lets go of it too: the slot serves the next task.
    const next = await api.run(`Open ${fix.url('/title.html')} and get the title`, {}, { timeout: 30000 });
    assert.equal(next.task.status, 'finalized', JSON.stringify(next.task));
    // Stopping again: 409 with the final status, from either route.
    const again = await api.command(id);
    assertError(again, 409);
    assert.equal(again.json.status, 'stopped', again.text);
  });

  test('the stop command as the n8n node sends it (with sessionId in the body) on a queued task', async () => {
    const busy = [await runningHang(), await runningHang()];
    const queued = await api.submit(hang());
    assert.equal((await api.getTask(queued)).json.status, 'queued');
    const r = await api.command(queued, { sessionId: queued, command: 'stop' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'stopped');
    assert.equal(r.json.started, null, 'it never started');
    for (const id of busy) assert.equal((await api.command(id)).status, 200);
  });

  test('an unknown or missing command: 400 naming the known ones; nothing is stopped', async () => {
    const { id } = await api.run(`Open ${fix.url('/title.html')}`);
    const hung = await runningHang();
    for (const body of [{ command: 'pause' }, { command: 'STOP' }, {}, { command: 7 }]) {
      const r = await api.command(hung, body);
      assertError(r, 400);
      assert.ok(r.json.details.some((d) => /^command: .*the known commands are "stop"$/.test(d)), r.text);
    }
    const notJson = await api.req('POST', `/api/v1/tasks/${hung}/command`, { body: 'stop', headers: { 'Content-Type': 'application/json' } });
    assertError(notJson, 400);
    const wrongType = await api.req('POST', `/api/v1/tasks/${hung}/command`, { body: 'command=stop', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assertError(wrongType, 415);
    assert.equal((await api.getTask(hung)).json.status, 'running', 'still running');
    // Unknown task, another method, no key.
    assertError(await api.command('0'.repeat(36)), 404);
    assertError(await api.req('GET', `/api/v1/tasks/${id}/command`), 405);
    assertError(await api.withToken(null).command(hung), 401);
    assert.equal((await api.command(hung)).status, 200);
  });

  test('the cancel route is the same action: a running task ends "stopped"', async () => {
    const id = await runningHang();
    const t0 = Date.now();
    const r = await api.cancel(id);
    assert.equal(r.status, 200, r.text);
    assertSchema('GetTaskResponse', r.json);
    assert.equal(r.json.executionId, id);
    assert.equal(r.json.status, 'stopped');
    const task = await api.waitFor(id, (t) => t.status !== 'running', { timeout: 5000, interval: 100 });
    assert.equal(task.status, 'stopped', JSON.stringify(task));
    assert.ok(Date.now() - t0 < 5000);
    assert.equal(task.failureReason, 'stopped');
    assert.match(task.error || '', /stopped by request/i, `error: ${task.error}`);
    const res = await api.getResults(id);
    assert.equal(res.status, 200);
    assertSchema('GetResultsResponse', res.json);
    assert.equal(res.json.status, 'stopped');

    // Cancelling again: 409 with the final status; the task stays stopped.
    const again = await api.cancel(id);
    assertError(again, 409);
    assert.equal(again.json.status, 'stopped', `409 body carries the final status: ${again.text}`);
    assert.equal((await api.getTask(id)).json.status, 'stopped', 'terminal states never change');
  });

  test('a queued task: stopped at once, never started', async () => {
    const busy = [await runningHang(), await runningHang()];
    const queued = await api.submit(hang());
    const q = await api.getTask(queued);
    assert.equal(q.json.status, 'queued', `both workers are busy: ${q.text}`);
    assert.match(q.json.progress.status, /^queued/, `progress.status: ${q.json.progress.status}`);
    assert.equal(q.json.started, null);

    const r = await api.cancel(queued);
    assert.equal(r.status, 200, r.text);
    assertSchema('GetTaskResponse', r.json);
    assert.equal(r.json.status, 'stopped', 'a queued task is stopped immediately');
    assert.equal(r.json.started, null, 'started stays null');
    const after = await api.getTask(queued);
    assert.equal(after.json.status, 'stopped');
    assert.equal(after.json.started, null);
    const res = await api.getResults(queued);
    assert.equal(res.json.status, 'stopped');
    assert.deepEqual(res.json.results, []);

    for (const id of busy) assert.equal((await api.cancel(id)).status, 200);
    for (const id of busy) {
      const t = await api.waitFor(id, (x) => x.status !== 'running', { timeout: 5000, interval: 100 });
      assert.equal(t.status, 'stopped');
    }
  });

  test('after stops the workers are free for new tasks', async () => {
    const ids = [
      await api.submit(`Open ${fix.url('/title.html')} and get the title`),
      await api.submit(`Open ${fix.url('/title.html')} and get the url`),
    ];
    for (const id of ids) {
      const t = await api.waitTerminal(id, { timeout: 20000 });
      assert.equal(t.status, 'finalized', JSON.stringify(t));
    }
  });

  test('a finalized task: 409 with its status, from both routes', async () => {
    const { id, task } = await api.run(`Open ${fix.url('/title.html')}`);
    assert.equal(task.status, 'finalized');
    const r = await api.cancel(id);
    assertError(r, 409);
    assert.equal(r.json.status, 'finalized', r.text);
    const c = await api.command(id);
    assertError(c, 409);
    assert.equal(c.json.status, 'finalized', c.text);
    assert.equal((await api.getTask(id)).json.status, 'finalized');
    assert.equal((await api.getTask(id)).json.failureReason, null);
  });
});

describe('timeout', () => {
  test('timeoutSeconds: 2 on a page that never answers -> "failed", failureReason "timeout", in 2-6 s', async () => {
    const id = await api.submit(hang(), { timeoutSeconds: 2 });
    const running = await api.waitFor(id, (t) => t.status !== 'queued', { timeout: 10000, interval: 100 });
    const t0 = Date.now();
    const task = await api.waitFor(id, (t) => !['queued', 'running'].includes(t.status), { timeout: 10000, interval: 100 });
    const waited = Date.now() - t0;
    assert.equal(task.status, 'failed', JSON.stringify(task));
    assert.equal(task.failureReason, 'timeout', JSON.stringify(task));
    assert.ok(waited < 6000, `ended ${waited} ms after we saw it ${running.status}`);
    const ran = Date.parse(task.completed) - Date.parse(task.started);
    assert.ok(ran >= 1900 && ran <= 6000, `ran ${ran} ms between started and completed`);
    assert.match(task.error || '', /time(d)?[ _-]?out/i, `error: ${task.error}`);
    assert.ok(task.progress.logs.some((l) => /time(d)?[ _-]?out/i.test(l)), `logs: ${JSON.stringify(task.progress.logs)}`);
    const res = await api.getResults(id);
    assertSchema('GetResultsResponse', res.json);
    assert.equal(res.json.status, 'failed');
    // Terminal: stopping it now is a conflict.
    const c = await api.cancel(id);
    assertError(c, 409);
    assert.equal(c.json.status, 'failed');
    // The earlier word still filters: timed_out lists it, as failed does.
    const listed = await api.req('GET', '/api/v1/tasks?status=timed_out&limit=200');
    assert.equal(listed.status, 200, listed.text);
    assert.ok(listed.json.tasks.some((t) => t.executionId === id), 'status=timed_out lists it');
    assert.ok(listed.json.tasks.every((t) => t.status === 'failed' && t.failureReason === 'timeout'), listed.text);
  });
});

describe('429: the queue limit per key', () => {
  let limDir, lim, k1, k2;
  before(async () => {
    limDir = await makeDataDir('limit');
    lim = watch(await startServer({
      dataDir: limDir, apiKey: randomToken(), workers: 1, label: 'limit',
      env: { BROWSERAI_MAX_QUEUED: '2' },
    }));
    const a = await createKey(limDir, []);
    const b = await createKey(limDir, []);
    k1 = new Api(lim.url, a.token);
    k2 = new Api(lim.url, b.token);
  });
  after(() => teardown({ servers: [lim], dirs: [limDir] }));

  test('over the limit -> 429 with Retry-After; other keys are unaffected; room comes back', async () => {
    const mine = [await runningHang(k1, { project: 'lim' })];
    let over;
    for (let i = 0; i < 5 && !over; i++) {
      const r = await k1.createTask({ instructions: [{ action: hang() }], geoLocation: { country: 'US' }, project: 'lim', type: 'crawler_automation' });
      if (r.status === 201) mine.push(r.json.executionId);
      else over = r;
    }
    assert.ok(over, 'a POST was refused');
    assertError(over, 429);
    assert.ok(mine.length >= 2 && mine.length <= 3, `accepted ${mine.length} tasks before the 429 (limit 2 queued)`);
    const ra = over.headers.get('retry-after');
    assert.match(ra || '', /^\d+$/, `Retry-After: ${ra}`);
    assert.ok(Number(ra) >= 1);

    // Another key has its own limit.
    const other = await k2.createTask({ instructions: [{ action: hang() }], geoLocation: { country: 'US' }, project: 'lim', type: 'crawler_automation' });
    assert.equal(other.status, 201, other.text);
    assert.equal((await k2.cancel(other.json.executionId)).status, 200);

    // Cancelling a queued task makes room.
    const last = mine.pop();
    assert.equal((await k1.cancel(last)).status, 200);
    const again = await k1.createTask({ instructions: [{ action: hang() }], geoLocation: { country: 'US' }, project: 'lim', type: 'crawler_automation' });
    assert.equal(again.status, 201, again.text);
    mine.push(again.json.executionId);

    for (const id of mine) assert.equal((await k1.cancel(id)).status, 200);
    for (const id of mine) {
      const t = await k1.waitFor(id, (x) => !['queued', 'running'].includes(x.status), { timeout: 5000 });
      assert.equal(t.status, 'stopped');
    }
  });

  test('stops cleanly', async () => {
    await assertCleanShutdown(lim, baseline);
  });
});

test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
  await assertCleanShutdown(server, baseline);
});

// A cluster on real processes: one API node (`serve --no-workers`) and three
// worker nodes (`worker`) sharing a throw-away PostgreSQL server (initdb in a
// temporary folder, a unix socket there, as tests/lib/pg.sh makes it), and
// the faults of issue 13: a worker SIGKILLed mid-task, the API node
// SIGKILLed, PostgreSQL restarted mid-run, a worker SIGSTOPped past its
// lease. Every task ends, and ends once; a stale worker's late writes never
// reach the re-run's results (fencing by claim, store.h).
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { test, watch, teardown } from './lib/harness.mjs';
import { Server, WorkerNode, makeDataDir, randomToken, sleep } from './lib/server.mjs';
import { startFixtures, SLOW_TITLE } from './lib/fixtures.mjs';
import { Api, TERMINAL } from './lib/api.mjs';
import { Postgres } from './lib/pg.mjs';

const LEASE = 3; // seconds: short, so a lost worker's task moves on soon

// ---- nodes ----------------------------------------------------------------------

let pg, fix, token, api, apiNode, closedPort;
const workers = [];
const servers = [];
const dirs = [];

function nodeEnv(dataDir) {
  // No per-key queue limit: the 200-task batch is queued at once.
  return { BROWSERAI_STORE: pg.url, BROWSERAI_LEASE_SECONDS: String(LEASE), BROWSERAI_DATA_DIR: dataDir,
    BROWSERAI_MAX_QUEUED: '0' };
}

async function startApi(label) {
  const dataDir = await makeDataDir(label);
  dirs.push(dataDir);
  const s = watch(new Server({ dataDir, apiKey: token, workers: 0, label, args: ['--no-workers'], env: nodeEnv(dataDir) }));
  servers.push(s);
  await s.start({ timeout: 30000 });
  return s;
}

async function startWorker(label, args = []) {
  const dataDir = await makeDataDir(label);
  dirs.push(dataDir);
  const w = watch(new WorkerNode({ dataDir, apiKey: token, workers: 1, label, args, env: nodeEnv(dataDir) }));
  servers.push(w);
  await w.start({ timeout: 30000 });
  workers.push(w);
  return w;
}

before(async () => {
  pg = new Postgres();
  pg.start();
  fix = await startFixtures();
  closedPort = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port)); // free again: nothing answers there
    });
  });
  token = randomToken();
  apiNode = await startApi('api-1');
  api = new Api(apiNode.url, token);
  for (let i = 1; i <= 3; i++) await startWorker(`worker-${i}`, i === 1 ? ['--addr', '127.0.0.1:0'] : []);
});

after(async () => {
  for (const w of workers) if (w.proc && !w.exit) try { process.kill(w.proc.pid, 'SIGCONT'); } catch { /* gone */ }
  await teardown({ servers, fixtures: [fix], dirs });
  pg?.stop();
});

// ---- helpers --------------------------------------------------------------------

/**
 * Waits (bounded) until every id is terminal; returns the tasks by id. Reads
 * one task at a time, in the order given (about the order they end): a read
 * of all 200 every round kept the API node and PostgreSQL busy answering the
 * test instead of the workers.
 */
async function settle(ids, timeout = 120000) {
  const done = new Map();
  const end = Date.now() + timeout;
  for (const [i, id] of ids.entries()) {
    for (;;) {
      const r = await api.getTask(id);
      if (r.status === 200 && TERMINAL.includes(r.json.status)) break;
      if (Date.now() > end) assert.fail(`task ${i + 1} of ${ids.length} and maybe later ones not ended within ${timeout} ms: ${r.text.slice(0, 600)}`);
      await sleep(200);
    }
  }
  // Every task read again once all have ended: the state the assertions see
  // is the final one, a late write included.
  for (const id of ids) {
    const r = await api.getTask(id);
    assert.equal(r.status, 200, r.text);
    done.set(id, r.json);
  }
  return done;
}

const logsOf = (task) => (task.logs || task.progress?.logs || []).map(String);
const ends = (logs) => logs.filter((l) => /Z (completed in [\d.]+ s|failed after [\d.]+ s|stopped after [\d.]+ s|stopped: )/.test(l));
const starts = (logs) => logs.filter((l) => / started by worker /.test(l));

/** The pid in the last "started by worker host:PID/slot#N" line of a task. */
function runningPid(task) {
  const s = starts(logsOf(task));
  const m = s.length && / started by worker [^ ]*:(\d+)\/\d+#\d+ /.exec(s[s.length - 1]);
  return m ? Number(m[1]) : null;
}

/** Waits until the task runs its attempt `attempt` on some worker; returns the task. */
async function waitRunning(id, attempt = 1, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await api.getTask(id);
    if (r.status === 200 && starts(logsOf(r.json)).length >= attempt && runningPid(r.json) && r.json.status === 'running') return r.json;
    if (Date.now() > end) assert.fail(`task ${id} not running attempt ${attempt} within ${timeout} ms: ${r.text.slice(0, 600)}`);
    await sleep(100);
  }
}

/** Each ended task ended once: one end line, and a finalized one has its steps once. */
async function assertEndedOnce(tasks) {
  for (const [id, t] of tasks) {
    const e = ends(logsOf(t));
    assert.equal(e.length, 1, `task ${id} (${t.status}) has ${e.length} end lines:\n${logsOf(t).join('\n')}`);
    if (t.status !== 'finalized') continue;
    const r = await api.getResults(id);
    assert.equal(r.status, 200, r.text);
    const steps = r.json.results ?? r.json.steps ?? [];
    const idx = steps.map((s) => s.historyIndex ?? s.history_index ?? s.index);
    assert.equal(new Set(idx).size, idx.length, `task ${id}: a step recorded twice: ${r.text.slice(0, 400)}`);
  }
}

function workerByPid(pid) {
  return workers.find((w) => w.proc?.pid === pid && !w.exit);
}

// ---- the tests --------------------------------------------------------------------

describe('a cluster on PostgreSQL: 1 API node, 3 worker nodes', () => {
  test('200 mixed tasks: none lost, each ends once', async () => {
    const kinds = [
      [() => `Open ${fix.url('/title.html')} and get the title`, 'finalized'],
      [() => `Open ${fix.url(`/slow?ms=300&tag=${Math.random()}`)} and get the title`, 'finalized'],
      // A page nobody answers: a real failure that ends at once (an
      // instruction the page cannot fit waits LOCATE_WAIT_MS for late content).
      [() => `Open http://127.0.0.1:${closedPort}/ and get the title`, 'failed'],
    ];
    const sent = [];
    for (let i = 0; i < 200; i++) {
      const [make, want] = kinds[i % kinds.length];
      sent.push({ id: await api.submit(make(), { project: 'mixed' }), want });
    }
    // A bound for a lost task, not a speed test: a loaded machine takes longer.
    const tasks = await settle(sent.map((s) => s.id), 600000);
    for (const s of sent) assert.equal(tasks.get(s.id).status, s.want, `${s.id}: ${JSON.stringify(tasks.get(s.id)).slice(0, 600)}`);
    await assertEndedOnce(tasks);
    // Work spread over the nodes: more than one worker ran tasks.
    const pids = new Set([...tasks.values()].map(runningPid).filter(Boolean));
    assert.ok(pids.size >= 2, `tasks ran on ${pids.size} worker node(s)`);
  });

  test('a worker node serves /healthz and /metrics only, labelled with its node', async () => {
    const w = workers[0];
    assert.ok(w.url, `worker-1 printed no address:\n${w.output()}`);
    const h = await fetch(`${w.url}/healthz`);
    assert.equal(h.status, 200);
    const m = await (await fetch(`${w.url}/metrics`)).text();
    assert.match(m, new RegExp(`^browserai_node\\{node="[^"]+:${w.proc.pid}",role="worker",slots="1"\\} 1$`, 'm'));
    assert.match(m, /^browserai_workers_busy\{node="[^"]+"\} \d+$/m);
    assert.equal((await fetch(`${w.url}/api/v1/tasks`)).status, 404, 'no API on a worker node');
    const a = await api.get('/metrics');
    assert.match(a.text, /^browserai_node\{node="[^"]+",role="api",slots="0"\} 1$/m);
  });

  test('a stop taken by the API node reaches the worker running the task: its slot frees', async () => {
    // One long task per worker slot; stopped, every slot must free well
    // before the pages would have answered.
    const ids = [];
    for (let i = 0; i < workers.length; i++) ids.push(await api.submit(`Open ${fix.url(`/slow?ms=60000&tag=halt${i}`)} and get the title`, { project: 'stops' }));
    for (const id of ids) await waitRunning(id);
    for (const id of ids) assert.equal((await api.command(id)).status, 200);
    const quick = await api.submit(`Open ${fix.url('/title.html')} and get the title`, { project: 'stops' });
    const t = (await settle([quick], 40000)).get(quick);
    assert.equal(t.status, 'finalized', JSON.stringify(t).slice(0, 600));
    for (const [, s] of await settle(ids, 5000)) assert.equal(s.status, 'stopped');
  });

  test('SIGKILL of a worker mid-task: the task finishes elsewhere, attempt 2, once', async () => {
    const id = await api.submit(`Open ${fix.url(`/slow?ms=3000&tag=kill${Date.now()}`)} and get the title`, { project: 'faults' });
    const running = await waitRunning(id);
    const victim = workerByPid(runningPid(running));
    assert.ok(victim, `the task runs on no worker node of this test: ${runningPid(running)}`);
    await victim.kill();
    const t = (await settle([id], 90000)).get(id);
    assert.equal(t.status, 'finalized', JSON.stringify(t).slice(0, 800));
    assert.equal(starts(logsOf(t)).length, 2, logsOf(t).join('\n'));
    assert.notEqual(runningPid(t), victim.proc.pid);
    await assertEndedOnce(new Map([[id, t]]));
    const r = await api.getResults(id);
    const steps = r.json.results ?? r.json.steps ?? [];
    assert.ok(steps.length > 0, r.text.slice(0, 400));
    for (const s of steps) assert.equal((s.metadata ?? s.raw?.metadata)?.attempt, 2, JSON.stringify(s).slice(0, 400));
    await startWorker('worker-4'); // back to three
  });

  test('a worker SIGSTOPped past its lease: the task re-runs elsewhere; the late writes are refused', async () => {
    const id = await api.submit(`Open ${fix.url(`/slow?ms=2500&tag=stop${Date.now()}`)} and get the title`, { project: 'faults' });
    const running = await waitRunning(id);
    const frozen = workerByPid(runningPid(running));
    assert.ok(frozen, `the task runs on no worker node of this test: ${runningPid(running)}`);
    process.kill(frozen.proc.pid, 'SIGSTOP');
    let t;
    try {
      t = (await settle([id], 90000)).get(id);
    } finally {
      process.kill(frozen.proc.pid, 'SIGCONT');
    }
    assert.equal(t.status, 'finalized', JSON.stringify(t).slice(0, 800));
    assert.equal(starts(logsOf(t)).length, 2, logsOf(t).join('\n'));
    // The stale worker wakes up, finishes its page load and tries to write
    // (or first learns at its renewal that the task moved on): give it that
    // long, then read the task again.
    await sleep((LEASE + 2) * 1000);
    const again = await api.getTask(id);
    assert.equal(again.json.status, 'finalized');
    await assertEndedOnce(new Map([[id, again.json]]));
    const logs = logsOf(again.json);
    const second = logs.findIndex((l, i) => / started by worker /.test(l) && i > logs.findIndex((x) => / started by worker /.test(x)));
    const endAt = logs.findIndex((l) => /Z completed in /.test(l));
    assert.ok(endAt > second, logs.join('\n'));
    assert.equal(endAt, logs.length - 1, `lines after the end (a late write):\n${logs.join('\n')}`);
    const r = await api.getResults(id);
    const steps = r.json.results ?? r.json.steps ?? [];
    assert.ok(steps.length > 0, r.text.slice(0, 400));
    for (const s of steps) assert.equal((s.metadata ?? s.raw?.metadata)?.attempt, 2, `one set of results, attempt 2: ${r.text.slice(0, 600)}`);
    assert.ok(!frozen.exit, 'the thawed worker keeps running');
  });

  test('SIGKILL of the API node: workers keep working; a new API node serves every result', async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await api.submit(`Open ${fix.url(`/slow?ms=400&tag=api${i}`)} and get the title`, { project: 'api-down' }));
    await apiNode.kill();
    // With no API node up, the queue drains: the fixture sees every page.
    const end = Date.now() + 90000;
    const seen = () => new Set(fix.requests.filter((q) => q.path === '/slow' && /tag=api\d+/.test(q.url)).map((q) => /tag=(api\d+)/.exec(q.url)[1])).size;
    while (seen() < ids.length && Date.now() < end) await sleep(300);
    assert.equal(seen(), ids.length, 'the workers visited every page while the API node was down');
    apiNode = await startApi('api-2');
    api = new Api(apiNode.url, token);
    const tasks = await settle(ids, 60000);
    for (const [id, t] of tasks) {
      assert.equal(t.status, 'finalized', `${id}: ${JSON.stringify(t).slice(0, 400)}`);
      const r = await api.getResults(id);
      assert.equal(r.status, 200, r.text);
      assert.match(r.text, new RegExp(SLOW_TITLE));
    }
    await assertEndedOnce(tasks);
  });

  test('PostgreSQL restarted mid-run: nodes reconnect and say so; nothing is lost', async () => {
    const ids = [];
    for (let i = 0; i < 15; i++) ids.push(await api.submit(`Open ${fix.url(i % 2 ? '/title.html' : `/slow?ms=500&tag=pg${i}`)} and get the title`, { project: 'pg-restart' }));
    // Restart once work is under way (the first task started, or ended).
    const end = Date.now() + 60000;
    while (starts(logsOf((await api.getTask(ids[0])).json)).length === 0) {
      if (Date.now() > end) assert.fail('no task of the batch started within 60 s');
      await sleep(100);
    }
    pg.restart();
    const tasks = await settle(ids, 120000);
    for (const [id, t] of tasks) assert.equal(t.status, 'finalized', `${id}: ${JSON.stringify(t).slice(0, 600)}`);
    await assertEndedOnce(tasks);
    const live = [apiNode, ...workers.filter((w) => !w.exit)];
    const said = live.filter((n) => /reconnected/.test(n.err));
    assert.ok(said.length >= 1, `no node logged a reconnection:\n${live.map((n) => n.output(20)).join('\n')}`);
  });
});

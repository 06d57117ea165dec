// Live sessions (issue 11, item 2): `awaitable: true` keeps the task's page
// after its instructions (status awaiting), POST /tasks/{id}/instructions
// runs more on that page (same URL, same cookies), the session reads running
// while a follow-up runs; idle close, stop, the limits (429), the 4xx of a
// follow-up that cannot be taken; and, on a cluster sharing PostgreSQL, the
// death of the node holding a session (failed, session_lost).
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertError } from './lib/harness.mjs';
import { Server, WorkerNode, startServer, makeDataDir, randomToken, createKey, sleep } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api, TERMINAL, taskBody } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';
import { Postgres } from './lib/pg.mjs';

let fix;
const servers = [];
const dirs = [];

before(async () => {
  fix = await startFixtures();
});

after(() => teardown({ servers, fixtures: [fix], dirs }));

async function serve(label, env = {}, over = {}) {
  const dataDir = await makeDataDir(label);
  dirs.push(dataDir);
  const token = randomToken();
  const s = watch(await startServer({ dataDir, apiKey: token, workers: 2, label, env, ...over }));
  servers.push(s);
  return { server: s, api: new Api(s.url, token), dataDir };
}

const START = () => `Open ${fix.url('/sessions/start.html')}`;
const JAR = () => `Open ${fix.url('/sessions/jar.html')} and get the title`;
const hang = (n) => `Open ${fix.url(`/hang?session=${n}`)} and get the title`;

/** POST /tasks/{id}/instructions with the create body, as the vendor's MCP server sends it. */
function follow(api, id, actions, over = {}) {
  return api.post(`/api/v1/tasks/${encodeURIComponent(id)}/instructions`, taskBody(actions, { awaitable: true, type: 'natural_language', ...over }));
}

async function followId(api, id, actions, over) {
  const r = await follow(api, id, actions, over);
  assert.equal(r.status, 201, r.text);
  assertSchema('CreateTaskResponse', r.json);
  assert.equal(r.json.session, id);
  return r.json.executionId;
}

/** A new session whose first instructions have run: its id, awaiting. */
async function openSession(api, actions = START()) {
  const r = await api.createTask(taskBody(actions, { awaitable: true }));
  assert.equal(r.status, 201, r.text);
  assertSchema('CreateTaskResponse', r.json);
  const task = await api.waitFor(r.json.executionId, ['awaiting', ...TERMINAL], { timeout: 60000 });
  assert.equal(task.status, 'awaiting', JSON.stringify(task));
  return r.json.executionId;
}

describe('a live session on one node', () => {
  let api;
  before(async () => {
    ({ api } = await serve('sessions'));
  });

  test('follow-ups run on the same page: its URL, its cookies; the session reads running, then awaiting', async () => {
    const id = await openSession(api);
    const s = (await api.getTask(id)).json;
    assertSchema('GetTaskResponse', s);
    assert.equal(s.awaitable, true);
    assert.equal(s.result, 'Session Start', JSON.stringify(s));

    // No page opened: the title is the one the first instruction left.
    const f1 = await followId(api, id, 'get the title');
    const t1 = await api.waitFor(f1, ['awaiting', ...TERMINAL], { timeout: 60000 });
    assert.equal(t1.status, 'awaiting', JSON.stringify(t1));
    assert.equal(t1.session, id);
    assert.equal(t1.result, 'Session Start', JSON.stringify(t1));

    // The cookie the first page set is still in the context.
    const f2 = await followId(api, id, JAR());
    const t2 = await api.waitFor(f2, ['awaiting', ...TERMINAL], { timeout: 60000 });
    assert.equal(t2.status, 'awaiting', JSON.stringify(t2));
    assert.match(t2.result, /sid=s3ss10n-c00k1e/, JSON.stringify(t2));
    assert.equal((await api.getTask(id)).json.result, t2.result, "the session's result is the last instruction's");

    // While a follow-up runs, the session reads running; after it, awaiting.
    const since = Date.now();
    const f3 = await followId(api, id, `Open ${fix.url('/slow?ms=2500')} and get the title`);
    await fix.waitForHit('/slow', { since, timeout: 30000 });
    assert.equal((await api.getTask(id)).json.status, 'running');
    await api.waitFor(f3, ['awaiting', ...TERMINAL], { timeout: 60000 });
    assert.equal((await api.getTask(id)).json.status, 'awaiting');

    // awaitable false: the last follow-up ends it all.
    const f4 = await followId(api, id, 'get the title', { awaitable: false });
    const t4 = await api.waitTerminal(f4, { timeout: 60000 });
    assert.equal(t4.status, 'finalized', JSON.stringify(t4));
    const end = await api.waitTerminal(id, { timeout: 10000 });
    assert.equal(end.status, 'finalized', JSON.stringify(end));
    for (const f of [f1, f2, f3]) assert.equal((await api.getTask(f)).json.status, 'finalized');
  });

  test('a follow-up to an ended task is 409 with its status; to an unknown one 404; to a task made without awaitable 409', async () => {
    const { id } = await api.run(`Open ${fix.url('/title.html')} and get the title`);
    const ended = await follow(api, id, 'get the title');
    assertError(ended, 409);
    const plain = await api.submit(hang('plain'));
    const notSession = await follow(api, plain, 'get the title');
    assertError(notSession, 409);
    assert.match(notSession.text, /awaitable/);
    assert.equal((await api.command(plain)).status, 200);

    const stopped = await openSession(api);
    assert.equal((await api.command(stopped)).status, 200);
    const r = await follow(api, stopped, 'get the title');
    assertError(r, 409);
    assert.equal(r.json.status, 'stopped', r.text);

    assertError(await follow(api, '0000000000aaaaaaaaaaaaaaaaaaaaaaaaaa', 'get the title'), 404);
    assertError(await follow(api, 'nope', 'get the title'), 404);
    const bad = await api.post(`/api/v1/tasks/${stopped}/instructions`, { instructions: [], awaitable: 'yes' });
    assert.ok([400, 409].includes(bad.status), bad.text);
    const open = await openSession(api);
    const invalid = await api.post(`/api/v1/tasks/${open}/instructions`, { instructions: [], awaitable: 'yes' });
    assertError(invalid, 400);
    assert.match(invalid.text, /awaitable: must be true or false/);
    assert.match(invalid.text, /instructions: must have at least one item/);
    const created = await api.createTask(taskBody('get the title', { awaitable: 1 }));
    assertError(created, 400);
    assert.equal((await api.command(open)).status, 200);
  });

  test('stop on an awaiting session: stopped at once, with its running and queued follow-ups', async () => {
    const id = await openSession(api);
    const since = Date.now();
    const running = await followId(api, id, hang('stop'));
    await fix.waitForHit('/hang', { since, timeout: 30000 });
    const queued = await followId(api, id, 'get the title');
    assert.equal((await api.getTask(queued)).json.status, 'queued');
    const t0 = Date.now();
    const r = await api.command(id);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'stopped');
    assert.equal(r.json.failureReason, 'stopped');
    assert.equal((await api.getTask(queued)).json.status, 'stopped');
    const f = await api.waitTerminal(running, { timeout: 10000 });
    assert.equal(f.status, 'stopped', JSON.stringify(f));
    assert.ok(Date.now() - t0 < 5000, `follow-up stopped ${Date.now() - t0} ms after the command`);
    // The slots are free: a new task runs.
    const next = await api.run(`Open ${fix.url('/title.html')} and get the title`, {}, { timeout: 60000 });
    assert.equal(next.task.status, 'finalized');
  });
});

describe('idle close and limits', () => {
  test('an awaiting session idle past BROWSERAI_SESSION_IDLE_SECONDS closes and ends finalized', async () => {
    const { api } = await serve('sessions-idle', { BROWSERAI_SESSION_IDLE_SECONDS: '2' });
    const id = await openSession(api);
    const t = await api.waitTerminal(id, { timeout: 30000 });
    assert.equal(t.status, 'finalized', JSON.stringify(t));
    assert.ok(t.progress.logs.some((l) => /closed after 2 s without instructions/.test(l)), JSON.stringify(t.progress.logs));
    const r = await follow(api, id, 'get the title');
    assertError(r, 409);
    assert.equal(r.json.status, 'finalized');
  });

  test('open sessions per key and per node: 429 with Retry-After and the limit named', async () => {
    const { api, dataDir } = await serve('sessions-limits', { BROWSERAI_SESSIONS_PER_KEY: '1', BROWSERAI_SESSIONS_PER_NODE: '2' });
    const a = api.withToken((await createKey(dataDir)).token);
    const b = api.withToken((await createKey(dataDir)).token);
    const first = await openSession(a);
    const more = await a.createTask(taskBody(START(), { awaitable: true }));
    assertError(more, 429);
    assert.equal(more.headers.get('retry-after'), '5');
    assert.match(more.text, /open sessions/);
    // Tasks that are no session are not counted.
    assert.equal((await a.createTask(taskBody(START()))).status, 201);
    await openSession(b);
    const full = await api.createTask(taskBody(START(), { awaitable: true }));
    assertError(full, 429);
    assert.match(full.text, /this server already holds 2 open sessions/);
    // An ended session frees its place.
    assert.equal((await a.command(first)).status, 200);
    assert.equal((await a.createTask(taskBody(START(), { awaitable: true }))).status, 201);
  });
});

describe('a node that stops', () => {
  test('ends the sessions it holds failed, session_lost, at once (not when their leases run out)', async () => {
    const { server, api, dataDir } = await serve('sessions-stop', { BROWSERAI_LEASE_SECONDS: '600', BROWSERAI_SHUTDOWN_GRACE: '1' });
    const id = await openSession(api);
    const running = await followId(api, id, hang('shutdown'));
    await api.waitFor(running, ['running', ...TERMINAL], { timeout: 30000 });
    const r = await server.stop();
    assert.ok(r.graceful, JSON.stringify(r));
    const again = watch(await startServer({ dataDir, apiKey: server.apiKey, workers: 1, label: 'sessions-restarted' }));
    servers.push(again);
    const after = new Api(again.url, server.apiKey);
    for (const t of [id, running]) {
      const task = (await after.getTask(t)).json;
      assert.equal(task.status, 'failed', JSON.stringify(task));
      assert.equal(task.failureReason, 'session_lost', JSON.stringify(task));
    }
  });
});

// ---- a cluster ----------------------------------------------------------------------

const LEASE = 3;

describe('a cluster: the node holding a session dies', () => {
  let pg, api;
  const workers = [];
  const nodes = []; // the API node and the workers, stopped before PostgreSQL
  before(async () => {
    pg = new Postgres();
    pg.start();
    const token = randomToken();
    const env = (dataDir) => ({ BROWSERAI_STORE: pg.url, BROWSERAI_LEASE_SECONDS: String(LEASE), BROWSERAI_DATA_DIR: dataDir });
    const apiDir = await makeDataDir('sessions-api');
    dirs.push(apiDir);
    const a = watch(new Server({ dataDir: apiDir, apiKey: token, workers: 0, label: 'sessions-api', args: ['--no-workers'], env: env(apiDir) }));
    servers.push(a);
    nodes.push(a);
    await a.start({ timeout: 30000 });
    api = new Api(a.url, token);
    for (let i = 1; i <= 2; i++) {
      const dir = await makeDataDir(`sessions-worker-${i}`);
      dirs.push(dir);
      const w = watch(new WorkerNode({ dataDir: dir, apiKey: token, workers: 1, label: `sessions-worker-${i}`, env: env(dir) }));
      servers.push(w);
      nodes.push(w);
      await w.start();
      workers.push(w);
    }
  });

  // The nodes first: with PostgreSQL gone, a node stopping keeps
  // reconnecting and took the full 10 s grace before its SIGKILL (two of
  // them: 20 s of the file's wall).
  after(async () => {
    await teardown({ servers: nodes });
    pg?.stop();
  });

  test('a stop on the API node reaches the worker holding the session: it and its running follow-up end stopped', async () => {
    const id = await openSession(api);
    const since = Date.now();
    const running = await followId(api, id, hang('cluster-stop'));
    await fix.waitForHit('/hang', { since, timeout: 30000 });
    const r = await api.command(id);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'stopped');
    const f = await api.waitTerminal(running, { timeout: 10000 });
    assert.equal(f.status, 'stopped', JSON.stringify(f));
    assertError(await follow(api, id, 'get the title'), 409);
    // Both slots serve again: two tasks at once end.
    const both = await Promise.all([1, 2].map(() => api.run(`Open ${fix.url('/title.html')} and get the title`, {}, { timeout: 60000 })));
    for (const b of both) assert.equal(b.task.status, 'finalized', JSON.stringify(b.task));
  });

  test('the session, its running and its queued follow-ups end failed, session_lost; nothing hangs', async () => {
    const id = await openSession(api);
    const since = Date.now();
    const running = await followId(api, id, hang('lost'));
    await fix.waitForHit('/hang', { since, timeout: 30000 });
    const queued = await followId(api, id, 'get the title');
    // The node holding it: the one whose pid its log names.
    const logs = (await api.getTask(id)).json.progress.logs.join('\n');
    const holder = workers.find((w) => new RegExp(`worker \\S*${w.proc.pid}/`).test(logs));
    assert.ok(holder, `no worker's pid in: ${logs}`);
    await holder.kill();
    for (const t of [id, running, queued]) {
      const task = await api.waitTerminal(t, { timeout: 60000 });
      assert.equal(task.status, 'failed', JSON.stringify(task));
      assert.equal(task.failureReason, 'session_lost', JSON.stringify(task));
      assert.match(task.error, /session/, task.error);
    }
    // The other node goes on serving.
    const next = await api.run(`Open ${fix.url('/title.html')} and get the title`, {}, { timeout: 60000 });
    assert.equal(next.task.status, 'finalized');
  });
});

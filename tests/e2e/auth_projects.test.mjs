// API keys made with the CLI while the server runs, project scoping (a task of
// a project the key may not see is 404, never 403), revocation, listing with
// filters and cursor pagination, and the key `serve` creates on first start.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown, assertError } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, createKey, runCli, sleep } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

const TOKEN_RE = /^bai_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{32}$/;
const TASK_NOT_FOUND = { error: 'Task not found' };
const UNAUTHORIZED = { error: 'Unauthorized' };

let fix, dataDir, server, boot, baseline;
let A, B, AG; // keys: alpha; beta; alpha + gamma
let apiA, apiB, apiAG;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('auth');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'auth' }));
  boot = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

const titleTask = () => `Open ${fix.url('/title.html')} and get the title`;

describe('keys made with the CLI', () => {
  test('keys create prints the new token alone on the last line', async () => {
    A = await createKey(dataDir, ['alpha']);
    B = await createKey(dataDir, ['beta']);
    AG = await createKey(dataDir, ['alpha', 'gamma']);
    for (const k of [A, B, AG]) {
      assert.match(k.token, TOKEN_RE, `token line: ${JSON.stringify(k.stdout)}`);
      assert.match(k.id, /^[A-Za-z0-9]{12}$/);
    }
    assert.equal(new Set([A.token, B.token, AG.token]).size, 3, 'tokens differ');
    assert.equal(new Set([A.id, B.id, AG.id]).size, 3, 'ids differ');
    apiA = boot.withToken(A.token);
    apiB = boot.withToken(B.token);
    apiAG = boot.withToken(AG.token);
  });

  test('keys list shows each key with its projects, never the secret', async () => {
    const r = await runCli(['keys', 'list'], { dataDir });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    for (const [k, projects] of [[A, ['alpha']], [B, ['beta']], [AG, ['alpha', 'gamma']]]) {
      const line = lines.find((l) => l.includes(k.id));
      assert.ok(line, `keys list has ${k.id}:\n${r.stdout}`);
      for (const p of projects) assert.ok(line.includes(p), `line of ${k.id} names ${p}: ${line}`);
      assert.ok(!r.stdout.includes(k.token.split('_')[2]), 'keys list does not print secrets');
    }
  });

  test('keys made while the server runs work at once', async () => {
    for (const api of [apiA, apiB, apiAG]) {
      const r = await api.listTasks();
      assert.equal(r.status, 200, r.text);
      assertSchema('TaskList', r.json);
    }
  });
});

describe('project scoping', () => {
  const s = {};

  test("key A creates a task in alpha; key B (beta) cannot see it anywhere", async () => {
    assert.ok(apiA && apiB, 'keys were created');
    const r = await apiA.createTask({
      instructions: [{ action: titleTask() }], geoLocation: { country: 'US' }, project: 'alpha', type: 'crawler_automation',
    });
    assert.equal(r.status, 201, r.text);
    s.alphaId = r.json.executionId;
    const done = await apiA.waitTerminal(s.alphaId);
    assert.equal(done.status, 'finalized', JSON.stringify(done));
    assert.equal(done.project, 'alpha');

    const id = encodeURIComponent(s.alphaId);
    assertError(await apiB.get(`/api/v1/tasks/${id}`), 404, TASK_NOT_FOUND);
    assertError(await apiB.get(`/api/v1/results/${id}`), 404, TASK_NOT_FOUND);
    assertError(await apiB.req('POST', `/api/v1/tasks/${id}/cancel`), 404, TASK_NOT_FOUND);
    const ev = await apiB.events(s.alphaId, { timeout: 5000 });
    assert.equal(ev.status, 404, `events: ${ev.status}`);
    assert.deepEqual(ev.json, TASK_NOT_FOUND);
    // Key A and the bootstrap key do see it.
    assert.equal((await apiA.getResults(s.alphaId)).status, 200);
    assert.equal((await boot.getTask(s.alphaId)).status, 200);
    assert.equal((await apiAG.getTask(s.alphaId)).status, 200, 'a key of alpha and gamma sees alpha');
    // An ended task's reply is kept and served again as is: the same bytes,
    // and still only to keys that see its project.
    const [one, two] = [await apiA.getTask(s.alphaId), await apiA.getTask(s.alphaId)];
    assert.equal(one.text, two.text);
    assert.deepEqual(one.json, done);
    assertError(await apiB.get(`/api/v1/tasks/${id}`), 404, TASK_NOT_FOUND);
  });

  test('listings are scoped too', async () => {
    assert.ok(s.alphaId);
    const betaId = await apiB.submit(titleTask(), { project: 'beta' });
    s.betaId = betaId;
    await apiB.waitTerminal(betaId);

    const listB = await apiB.listTasks();
    assert.equal(listB.status, 200, listB.text);
    assertSchema('TaskList', listB.json);
    assert.ok(!listB.json.tasks.some((t) => t.executionId === s.alphaId), "B's list does not include A's task");
    assert.ok(listB.json.tasks.some((t) => t.executionId === betaId), "B's list includes its own task");
    assert.ok(listB.json.tasks.every((t) => t.project === 'beta'), 'B sees only beta');

    const listA = await apiA.listTasks();
    assert.ok(listA.json.tasks.some((t) => t.executionId === s.alphaId));
    assert.ok(!listA.json.tasks.some((t) => t.executionId === betaId));

    const all = await boot.listTasks();
    assert.ok(all.json.tasks.some((t) => t.executionId === s.alphaId), 'bootstrap key sees alpha');
    assert.ok(all.json.tasks.some((t) => t.executionId === betaId), 'bootstrap key sees beta');

    // Asking for a project the key may not see shows nothing of it.
    const peek = await apiB.listTasks({ project: 'alpha' });
    assert.ok(peek.status === 400 || peek.status === 200, `B asks for alpha: ${peek.status}`);
    if (peek.status === 200) assert.deepEqual(peek.json.tasks, [], "B's view of alpha is empty");
  });

  test('GET /api/v1/projects lists only the projects the key may see', async () => {
    assert.ok(s.betaId);
    const pb = await apiB.projects();
    assert.equal(pb.status, 200, pb.text);
    assertSchema('ProjectList', pb.json);
    assert.deepEqual(pb.json.projects.map((p) => p.name), ['beta']);
    assert.ok((pb.json.projects[0].counts.finalized || 0) >= 1, `counts: ${JSON.stringify(pb.json.projects[0].counts)}`);

    const pall = await boot.projects();
    assert.equal(pall.status, 200);
    assertSchema('ProjectList', pall.json);
    const names = pall.json.projects.map((p) => p.name);
    assert.ok(names.includes('alpha') && names.includes('beta'), `bootstrap key sees both: ${names}`);
    const alpha = pall.json.projects.find((p) => p.name === 'alpha');
    assert.ok((alpha.counts.finalized || 0) >= 1, `alpha counts: ${JSON.stringify(alpha.counts)}`);

    const pag = await apiAG.projects();
    const agNames = pag.json.projects.map((p) => p.name);
    assert.ok(agNames.includes('alpha') && !agNames.includes('beta'), `alpha+gamma key: ${agNames}`);
  });

  test('a key may not create tasks in a project outside its scope', async () => {
    const r = await apiA.createTask({
      instructions: [{ action: titleTask() }], geoLocation: { country: 'US' }, project: 'beta', type: 'crawler_automation',
    });
    assertError(r, 400);
    assert.ok(r.json.details?.some((l) => l.startsWith('project:')), `details: ${r.text}`);
  });
});

describe('revocation', () => {
  test('a revoked key gets 401 {"error":"Unauthorized"}', async () => {
    const D = await createKey(dataDir, ['delta']);
    const apiD = boot.withToken(D.token);
    assert.equal((await apiD.listTasks()).status, 200, 'works before revocation');
    const rv = await runCli(['keys', 'revoke', D.id], { dataDir });
    assert.equal(rv.code, 0, `keys revoke: ${rv.stdout}\n${rv.stderr}`);
    let r;
    const end = Date.now() + 2000;
    do {
      r = await apiD.listTasks();
      if (r.status === 401) break;
      await sleep(200);
    } while (Date.now() < end);
    assertError(r, 401, UNAUTHORIZED);
    assertError(await apiD.post('/api/v1/tasks', { instructions: [{ action: 'get the title' }], geoLocation: { country: 'US' }, project: 'delta', type: 'crawler_automation' }), 401, UNAUTHORIZED);
    const list = await runCli(['keys', 'list'], { dataDir });
    const line = list.stdout.split('\n').find((l) => l.includes(D.id));
    assert.ok(line && /revoked/i.test(line), `keys list marks ${D.id} revoked: ${line}`);
    // Other keys keep working.
    assert.equal((await apiA.listTasks()).status, 200);
  });

  test('keys revoke of an unknown id fails', async () => {
    const r = await runCli(['keys', 'revoke', 'nosuchkey123'], { dataDir });
    assert.notEqual(r.code, 0, `exit code ${r.code}: ${r.stdout}`);
  });
});

describe('GET /api/v1/tasks: filters and pagination', () => {
  const created = [];

  test('5 tasks, pages of 2 with nextCursor: 3 pages, no duplicates, newest first', async () => {
    for (let i = 0; i < 5; i++) {
      created.push(await boot.submit(titleTask(), { project: 'paging' }));
      await sleep(5);
    }
    for (const id of created) {
      const t = await boot.waitTerminal(id);
      assert.equal(t.status, 'finalized', JSON.stringify(t));
    }
    const pages = [];
    let cursor;
    for (let n = 0; n < 10; n++) {
      const q = { project: 'paging', status: 'finalized', limit: '2' };
      if (cursor) q.cursor = cursor;
      const r = await boot.listTasks(q);
      assert.equal(r.status, 200, r.text);
      assertSchema('TaskList', r.json);
      pages.push(r.json.tasks);
      cursor = r.json.nextCursor;
      if (!cursor) break;
    }
    assert.deepEqual(pages.map((p) => p.length), [2, 2, 1], 'page sizes');
    const ids = pages.flat().map((t) => t.executionId);
    assert.equal(new Set(ids).size, 5, 'no duplicates');
    assert.deepEqual(ids, [...created].reverse(), 'newest first');
    const createdTimes = pages.flat().map((t) => Date.parse(t.created));
    for (let i = 1; i < createdTimes.length; i++) assert.ok(createdTimes[i - 1] >= createdTimes[i], 'created is non-increasing');
    for (const t of pages.flat()) {
      assert.equal(t.project, 'paging');
      assert.equal(t.status, 'finalized');
    }
  });

  test('status filter', async () => {
    const r = await boot.listTasks({ project: 'paging', status: 'failed' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.tasks, []);
    const q = await boot.listTasks({ project: 'paging', status: 'finalized', limit: '200' });
    assert.equal(q.status, 200);
    assert.equal(q.json.tasks.length, 5);
    assert.ok(!q.json.nextCursor, 'no next page');
    // The earlier words stay accepted: completed is finalized, cancelled stopped.
    const old = await boot.listTasks({ project: 'paging', status: 'completed', limit: '200' });
    assert.equal(old.status, 200, old.text);
    assert.deepEqual(old.json.tasks.map((t) => t.executionId), q.json.tasks.map((t) => t.executionId));
    for (const status of ['cancelled', 'stopped', 'timed_out', 'awaiting']) {
      const none = await boot.listTasks({ project: 'paging', status });
      assert.equal(none.status, 200, none.text);
      assert.deepEqual(none.json.tasks, [], status);
    }
  });

  test('bad limit, status or cursor -> 400', async () => {
    for (const q of [{ limit: '0' }, { limit: '500' }, { limit: 'abc' }, { limit: '-1' }, { status: 'bogus' }, { status: 'Finalized' }]) {
      const r = await boot.listTasks(q);
      assertError(r, 400);
      assert.ok(r.json.error.length > 0);
    }
  });
});

describe('the key serve creates on first start', () => {
  let dir, first, second;
  after(() => teardown({ servers: [first, second], dirs: [dir] }));

  test('is printed once and works; a restart creates none', async () => {
    dir = await makeDataDir('firstkey');
    first = watch(await startServer({ dataDir: dir, label: 'firstkey' }));
    assert.ok(first.createdKey, `a "created API key" line:\n${first.output(20)}`);
    assert.match(first.createdKey, TOKEN_RE);
    const api = new Api(first.url, first.createdKey);
    const r = await api.createTask({
      instructions: [{ action: `Open ${fix.url('/title.html')}` }], geoLocation: { country: 'FR' }, project: 'anything', type: 'crawler_automation',
    });
    assert.equal(r.status, 201, r.text);
    await api.waitTerminal(r.json.executionId);
    assert.equal((await api.withToken(randomToken()).listTasks()).status, 401);
    await assertCleanShutdown(first, baseline);

    second = watch(await startServer({ dataDir: dir, label: 'firstkey-restart' }));
    assert.equal(second.createdKey, null, `no new key on restart:\n${second.output(20)}`);
    const again = new Api(second.url, first.createdKey);
    const t = await again.getTask(r.json.executionId);
    assert.equal(t.status, 200, 'the key and the task survive a restart');
    assert.equal(t.json.status, 'finalized');
    await assertCleanShutdown(second, baseline);
  });
});

test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
  await assertCleanShutdown(server, baseline);
});

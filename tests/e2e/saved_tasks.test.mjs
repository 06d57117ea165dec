// Saved tasks over real HTTP: POST /saved_tasks, GET /saved_tasks and
// GET /saved_tasks/name/{name} as the vendor's n8n node uses them, and ours,
// DELETE and run now; names, the account-wide 409, cron_settings and timezone
// errors, pages and project scoping, runs as ordinary tasks (savedTask), and
// a real scheduled run fired by the server's scheduler.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown, assertError } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, createKey } from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

let fix, dataDir, server, api, baseline, alphaKey, betaKey;
let everyMinuteAt; // when the every-minute saved task was made

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('saved');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, workers: 1, label: 'saved' }));
  api = new Api(server.url, token);
  alphaKey = api.withToken((await createKey(dataDir, ['alpha'])).token);
  betaKey = api.withToken((await createKey(dataDir, ['beta'])).token);
  // Made first, so the rest of the file runs while its minute comes.
  everyMinuteAt = Date.now();
  const r = await api.post('/api/v1/saved_tasks', saved('every minute', { cron_settings: '* * * * *' }));
  assert.equal(r.status, 201, r.text);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** A saved task body as the n8n node sends it (no timezone); `over` replaces fields. */
function saved(name, over = {}) {
  return {
    project: 'alpha',
    name,
    type: 'crawler_automation',
    instructions: [{ action: `Open ${fix.url('/title.html')} and get the title` }],
    cron_settings: '0 9 * * *',
    geoLocation: { country: 'US' },
    ...over,
  };
}

const byName = (a, name) => a.get(`/api/v1/saved_tasks/name/${encodeURIComponent(name)}`);

/** The next whole hour after t (ms), as an ISO string. */
const nextHour = (t) => new Date(Math.floor(t / 3600000) * 3600000 + 3600000).toISOString();

describe('create', () => {
  test('201 with the saved task, its Location and when it runs next', async () => {
    const t0 = Date.now();
    const r = await api.post('/api/v1/saved_tasks', saved('daily report', { cron_settings: '@hourly', type: 'natural_language' }));
    assert.equal(r.status, 201, r.text);
    assertSchema('SavedTask', r.json);
    assert.equal(r.headers.get('location'), '/api/v1/saved_tasks/name/daily%20report');
    assert.equal(r.json.name, 'daily report');
    assert.equal(r.json.project, 'alpha');
    assert.equal(r.json.type, 'crawler_automation', 'natural_language is crawler_automation by another name');
    assert.equal(r.json.cron_settings, '@hourly');
    assert.equal(r.json.timezone, 'UTC');
    assert.deepEqual(r.json.geoLocation, { country: 'US' });
    assert.equal(r.json.lastRun, null);
    assert.ok([nextHour(t0), nextHour(Date.now())].includes(r.json.nextRun), `nextRun ${r.json.nextRun}`);
  });

  test('a timezone: nextRun is that zone\'s wall-clock time', async () => {
    const r = await api.post('/api/v1/saved_tasks', saved('tokyo 9am', { cron_settings: '0 9 * * *', timezone: 'Asia/Tokyo' }));
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.timezone, 'Asia/Tokyo');
    const next = new Date(r.json.nextRun);
    assert.equal(next.getUTCHours(), 0, '09:00 in Tokyo is 00:00 UTC');
    assert.equal(next.getUTCMinutes(), 0);
    assert.ok(next - Date.now() > 0 && next - Date.now() <= 86400000, r.json.nextRun);
  });

  test('a taken name is 409, in any project of the account', async () => {
    const again = await api.post('/api/v1/saved_tasks', saved('daily report', { project: 'beta' }));
    assertError(again, 409);
    assert.match(again.json.details[0], /daily report/);
    const viaBeta = await betaKey.post('/api/v1/saved_tasks', saved('daily report', { project: 'beta' }));
    assertError(viaBeta, 409);
    // Names are exact.
    assert.equal((await api.post('/api/v1/saved_tasks', saved('Daily Report', { project: 'beta' }))).status, 201);
  });

  test('every problem in one 400: task fields, name, cron_settings and timezone', async () => {
    const r = await api.post('/api/v1/saved_tasks', saved('a/b', {
      instructions: [], geoLocation: { country: 'XX' }, cron_settings: '0 24 * * *', timezone: 'Mars/Olympus',
    }));
    assertError(r, 400);
    const d = r.json.details.join('\n');
    for (const want of ['instructions: must have at least one item', 'geoLocation.country:',
      'name: must be 1-100 printable characters', 'timezone: unknown time zone "Mars/Olympus"',
      'cron_settings: hour: 24 is out of range 0-23']) assert.ok(d.includes(want), `${want}\n${d}`);
  });

  test('what cron_settings takes and refuses', async () => {
    const bad = {
      '': 'expected 5 fields',
      '* * * *': 'got 4',
      '60 * * * *': 'minute: 60 is out of range 0-59',
      '5-2 * * * *': 'minute: range 5-2 goes backwards',
      '*/0 * * * *': 'minute: a step must be',
      '0 0 * foo *': 'month: "foo" is not a number or a name',
      '0 0 30 2 *': 'never fires',
      '@reboot': 'is not one of @yearly',
    };
    for (const [expr, why] of Object.entries(bad)) {
      const r = await api.post('/api/v1/saved_tasks', saved(`bad ${why}`, { cron_settings: expr }));
      assertError(r, 400);
      assert.ok(r.json.details.some((l) => l.startsWith('cron_settings: ') && l.includes(why)), `${expr}: ${r.text}`);
    }
    for (const [n, body] of [['no cron', { cron_settings: undefined }], ['number cron', { cron_settings: 5 }],
      ['no name', { name: undefined }], ['zone number', { timezone: 3 }], ['zone path', { timezone: '../../etc/passwd' }]]) {
      const b = saved(n, body);
      for (const k of Object.keys(body)) if (body[k] === undefined) delete b[k];
      assertError(await api.post('/api/v1/saved_tasks', b), 400);
    }
    const good = ['*/15 9-17 * * mon-fri', '0 0 1 jan,jul *', '30 2 * * 7', '@weekly', '0 12 29 2 *'];
    for (const [i, expr] of good.entries()) {
      const r = await api.post('/api/v1/saved_tasks', saved(`good ${i}`, { cron_settings: expr, timezone: 'Europe/Paris' }));
      assert.equal(r.status, 201, `${expr}: ${r.text}`);
    }
  });

  test('not JSON: 415; not an object: 400; no key: 401; another project: 400', async () => {
    assertError(await api.req('POST', '/api/v1/saved_tasks', { body: 'x', headers: { 'Content-Type': 'text/plain' } }), 415);
    assertError(await api.req('POST', '/api/v1/saved_tasks', { body: '[1]', headers: { 'Content-Type': 'application/json' } }), 400);
    assertError(await api.req('POST', '/api/v1/saved_tasks', { body: '{x', headers: { 'Content-Type': 'application/json' } }), 400);
    assertError(await api.withToken(null).post('/api/v1/saved_tasks', saved('nokey')), 401, { error: 'Unauthorized' });
    const r = await betaKey.post('/api/v1/saved_tasks', saved('not mine'));
    assertError(r, 400);
    assert.match(r.json.details[0], /may not use project "alpha"/);
  });
});

describe('read', () => {
  test('GET /saved_tasks: newest first, in pages, only the key\'s projects', async () => {
    const pages = [];
    let cursor = '';
    for (let i = 0; i < 20; i++) {
      const r = await api.get(`/api/v1/saved_tasks?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, r.text);
      assertSchema('SavedTaskList', r.json);
      pages.push(...r.json.savedTasks);
      if (!r.json.nextCursor) break;
      cursor = r.json.nextCursor;
    }
    const ids = pages.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length, 'no duplicates');
    assert.deepEqual(ids, [...ids].sort().reverse(), 'newest first');
    assert.ok(pages.some((t) => t.name === 'Daily Report' && t.project === 'beta'));
    const asBeta = await betaKey.get('/api/v1/saved_tasks');
    assert.equal(asBeta.status, 200);
    assert.deepEqual(asBeta.json.savedTasks.map((t) => t.name), ['Daily Report']);
    const onlyBeta = await api.get('/api/v1/saved_tasks?project=beta');
    assert.deepEqual(onlyBeta.json.savedTasks.map((t) => t.name), ['Daily Report']);
    assertError(await api.get('/api/v1/saved_tasks?limit=0'), 400);
    assertError(await api.get('/api/v1/saved_tasks?cursor=nope'), 400);
  });

  test('GET /saved_tasks/name/{name}: the saved task with lastRuns; 404 when missing or not visible', async () => {
    const r = await byName(api, 'daily report');
    assert.equal(r.status, 200, r.text);
    assertSchema('SavedTask', r.json);
    assert.deepEqual(r.json.lastRuns, []);
    // The n8n node puts the name in the URL as it is; a space arrives encoded.
    assert.equal((await api.get('/api/v1/saved_tasks/name/daily%20report')).status, 200);
    assertError(await byName(api, 'no such task'), 404, { error: 'Saved task not found' });
    assertError(await byName(betaKey, 'daily report'), 404, { error: 'Saved task not found' });
    assert.equal((await byName(alphaKey, 'daily report')).status, 200);
  });
});

describe('runs', () => {
  let runId;

  test('run now: 201 and a queued task whose savedTask is the name; it runs like any task', async () => {
    const before = (await byName(api, 'daily report')).json;
    const r = await alphaKey.post('/api/v1/saved_tasks/name/daily%20report/run');
    assert.equal(r.status, 201, r.text);
    assertSchema('CreateTaskResponse', r.json);
    assert.equal(r.json.savedTask, 'daily report');
    assert.equal(r.headers.get('location'), `/api/v1/tasks/${r.json.executionId}`);
    runId = r.json.executionId;
    const task = await api.waitTerminal(runId, { timeout: 60000 });
    assertSchema('GetTaskResponse', task);
    assert.equal(task.status, 'finalized', JSON.stringify(task.progress.logs));
    assert.equal(task.result, TITLE);
    assert.equal(task.savedTask, 'daily report');
    assert.equal(task.project, 'alpha');
    assert.match(task.progress.logs[0], /queued \(1 instruction\), a run of saved task "daily report"$/);
    // The schedule does not move for a run now.
    const after = (await byName(api, 'daily report')).json;
    assert.equal(after.nextRun, before.nextRun);
    assert.equal(after.lastRun, null);
    assert.equal(after.lastRuns.length, 1);
    const run = after.lastRuns[0];
    assertSchema('SavedTaskRun', run);
    assert.equal(run.executionId, runId);
    assert.equal(run.status, 'finalized');
    assert.equal(run.result, TITLE);
  });

  test('a run that answers in a JSON shape shows the object itself among lastRuns, as GET /tasks does', async () => {
    const r = await api.post('/api/v1/saved_tasks', saved('title as json', {
      cron_settings: '@yearly',
      instructions: [{ action: `Go to ${fix.url('/title.html')} and return the result as a JSON object with this exact format: {"title": "page title"}` }],
    }));
    assert.equal(r.status, 201, r.text);
    const run = await alphaKey.post('/api/v1/saved_tasks/name/title%20as%20json/run');
    assert.equal(run.status, 201, run.text);
    const task = await api.waitTerminal(run.json.executionId, { timeout: 60000 });
    assert.equal(task.status, 'finalized', JSON.stringify(task.progress.logs));
    assert.deepEqual(task.result, { title: TITLE });
    const last = (await byName(api, 'title as json')).json.lastRuns[0];
    assertSchema('SavedTaskRun', last);
    assert.deepEqual(last.result, { title: TITLE });
  });

  test('runs show in the task list with savedTask; other tasks have null', async () => {
    const r = await api.listTasks({ project: 'alpha', limit: '50' });
    assert.equal(r.status, 200);
    const mine = r.json.tasks.find((t) => t.executionId === runId);
    assert.equal(mine.savedTask, 'daily report');
    const plain = await api.run(`Open ${fix.url('/title.html')}`, { project: 'alpha' });
    assert.equal(plain.task.savedTask, null);
    assertError(await betaKey.post('/api/v1/saved_tasks/name/daily%20report/run'), 404);
    assertError(await api.post('/api/v1/saved_tasks/name/nothing/run'), 404);
  });

  test('the scheduler fires "* * * * *" once at the next minute; lastRun and nextRun move', async () => {
    const minute = Math.floor(everyMinuteAt / 60000) * 60000 + 60000;
    let t;
    for (let i = 0; i < 90; i++) {
      t = (await byName(api, 'every minute')).json;
      if (t.lastRuns.length >= 1) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    assert.ok(t.lastRuns.length >= 1, `no run by ${new Date().toISOString()}: ${JSON.stringify(t)}`);
    const first = t.lastRuns.at(-1);
    const created = Date.parse(first.created);
    assert.ok(created >= minute && created < minute + 5000, `fired at ${first.created}, due ${new Date(minute).toISOString()}`);
    assert.ok(Date.parse(t.lastRun) >= minute, `lastRun ${t.lastRun}`);
    assert.ok(Date.parse(t.nextRun) > Date.parse(t.lastRun), `nextRun ${t.nextRun}`);
    assert.equal(Date.parse(t.nextRun) % 60000, 0, 'on a whole minute');
    const task = await api.waitTerminal(first.executionId, { timeout: 60000 });
    assert.equal(task.savedTask, 'every minute');
    assert.equal(task.status, 'finalized', JSON.stringify(task.progress.logs));
    // One run per minute, never two.
    const minutes = t.lastRuns.map((x) => Math.floor(Date.parse(x.created) / 60000));
    assert.equal(new Set(minutes).size, minutes.length, JSON.stringify(t.lastRuns));
  });
});

describe('delete', () => {
  test('200 with what was deleted, then 404; its runs stay', async () => {
    assertError(await betaKey.req('DELETE', '/api/v1/saved_tasks/name/daily%20report'), 404);
    const r = await alphaKey.req('DELETE', '/api/v1/saved_tasks/name/daily%20report');
    assert.equal(r.status, 200, r.text);
    assertSchema('SavedTask', r.json);
    assert.equal(r.json.name, 'daily report');
    assertError(await byName(api, 'daily report'), 404);
    assertError(await api.req('DELETE', '/api/v1/saved_tasks/name/daily%20report'), 404);
    const list = await api.listTasks({ project: 'alpha', limit: '50' });
    assert.ok(list.json.tasks.some((t) => t.savedTask === 'daily report'), 'its run is still listed');
    // The name is free again.
    assert.equal((await api.post('/api/v1/saved_tasks', saved('daily report'))).status, 201);
    assert.equal((await api.req('DELETE', '/api/v1/saved_tasks/name/every%20minute')).status, 200);
  });

  test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
    await assertCleanShutdown(server, baseline);
  });
});

// GET /api/v1/tasks/{id}/events: server-sent events of a task's progress, and
// Last-Event-ID resumption.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown, assertError } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { startFixtures, SLOW_TITLE } from './lib/fixtures.mjs';
import { Api, LOG_LINE_RE } from './lib/api.mjs';
import { schemaErrors } from './lib/schema.mjs';

let fix, dataDir, server, api, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('events');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'events' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

const of = (events, name) => events.filter((e) => e.event === name);

/** Checks every event of a complete stream; returns { logs, steps, end }. */
function checkStream(r, what) {
  assert.equal(r.status, 200, `${what}: status ${r.status}`);
  assert.match(r.headers.get('content-type') || '', /^text\/event-stream/, `${what}: Content-Type`);
  assert.equal(r.closed, true, `${what}: the server closes the stream after "end" (events: ${r.events.map((e) => e.event).join(',')})`);
  const names = new Set(r.events.map((e) => e.event));
  for (const n of names) assert.ok(['log', 'status', 'step', 'end'].includes(n), `${what}: unknown event "${n}"`);
  const ends = of(r.events, 'end');
  assert.equal(ends.length, 1, `${what}: one "end" event`);
  assert.equal(r.events.at(-1).event, 'end', `${what}: "end" comes last`);
  const end = ends[0].json;
  assert.deepEqual(schemaErrors('GetTaskResponse', end), [], `${what}: end data is a GetTaskResponse: ${ends[0].data}`);
  for (const e of of(r.events, 'log')) {
    assert.match(e.data, LOG_LINE_RE, `${what}: log data`);
    assert.ok(e.id !== undefined && e.id !== '', `${what}: log events carry an id`);
  }
  for (const e of of(r.events, 'status')) {
    assert.deepEqual(schemaErrors('GetTaskResponse', e.json), [], `${what}: status data is a GetTaskResponse: ${e.data}`);
  }
  for (const e of of(r.events, 'step')) {
    assert.deepEqual(schemaErrors('TaskResult', e.json), [], `${what}: step data is a TaskResult: ${e.data}`);
    assert.ok(e.id !== undefined && e.id !== '', `${what}: step events carry an id`);
  }
  // Ids are resume points: log and step events each get their own; status and
  // end events may repeat the current one.
  const ids = r.events.filter((e) => e.id && (e.event === 'log' || e.event === 'step')).map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, `${what}: log and step event ids are unique: ${ids}`);
  return {
    logs: of(r.events, 'log').map((e) => e.data),
    steps: of(r.events, 'step').map((e) => e.json),
    end,
  };
}

describe('the event stream of a task', () => {
  const s = {};

  test('log, status, step and end events, then the stream closes', async () => {
    s.id = await api.submit(`Open ${fix.url('/slow?ms=800')} and get the title`);
    const r = await api.events(s.id, { timeout: 40000 });
    const { logs, steps, end } = checkStream(r, 'live stream');
    assert.equal(end.executionId, s.id);
    assert.equal(end.status, 'finalized', JSON.stringify(end));
    assert.ok(of(r.events, 'status').length >= 1, 'at least one status event');
    assert.ok(of(r.events, 'status').some((e) => e.json.status === 'running' || e.json.status === 'finalized'), 'status events follow the lifecycle');

    const task = (await api.getTask(s.id)).json;
    assert.deepEqual(logs, task.progress.logs, 'the log events are exactly the task\'s logs, in order');
    const results = (await api.getResults(s.id)).json.results;
    assert.equal(steps.length, results.length, 'one step event per result');
    assert.deepEqual(steps.map((x) => x.history_index), results.map((x) => x.history_index));
    assert.deepEqual(steps.map((x) => x.result), results.map((x) => x.result));
    assert.ok(steps.some((x) => (x.result || '').includes(SLOW_TITLE)), 'the title step is there');
    s.events = r.events;
    s.logs = logs;
  });

  test('reconnecting with Last-Event-ID replays only what came later', async () => {
    assert.ok(s.events, 'the first stream was read');
    const idx = s.events.findIndex((e) => e.event === 'step');
    assert.ok(idx > 0, 'there is a step event to resume from');
    const from = s.events[idx];
    const r = await api.events(s.id, { lastEventId: from.id, timeout: 20000 });
    const { logs, steps, end } = checkStream(r, 'resumed stream');
    assert.equal(end.status, 'finalized');
    const later = s.events.slice(idx + 1);
    assert.deepEqual(logs, of(later, 'log').map((e) => e.data), 'exactly the logs after that id');
    assert.deepEqual(steps.map((x) => x.history_index), of(later, 'step').map((e) => e.json.history_index), 'exactly the steps after that id');
    const before = new Set(s.events.slice(0, idx + 1).map((e) => e.id).filter(Boolean));
    for (const e of r.events.filter((x) => x.event === 'log' || x.event === 'step')) {
      assert.ok(!before.has(e.id), `event ${e.event} id ${e.id} was already delivered`);
    }
  });

  test('a stream opened after the end replays everything', async () => {
    assert.ok(s.logs);
    const r = await api.events(s.id, { timeout: 20000 });
    const { logs, steps, end } = checkStream(r, 'replay');
    assert.deepEqual(logs, s.logs);
    assert.equal(steps.length, 2);
    assert.equal(end.status, 'finalized');
  });
});

test('a client that drops and reconnects mid-run misses nothing and sees nothing twice', async () => {
  const id = await api.submit(`Open ${fix.url('/slow?ms=1500')} and get the title and get the url`);
  const first = await api.events(id, {
    timeout: 30000,
    stopAfter: (e, all) => all.filter((x) => x.event === 'log').length >= 2,
  });
  assert.equal(first.status, 200);
  assert.ok(first.stopped, `we dropped the stream early (closed: ${first.closed}, events: ${first.events.map((e) => e.event)})`);
  const lastId = first.events.filter((e) => e.id).at(-1)?.id;
  assert.ok(lastId, 'an event with an id arrived before we dropped');
  const beforeEnd = !first.events.some((e) => e.event === 'end');
  assert.ok(beforeEnd, 'dropped before the end');

  const second = await api.events(id, { lastEventId: lastId, timeout: 40000 });
  const rest = checkStream(second, 'resumed mid-run');
  const cut = first.events.findIndex((e) => e.id === lastId);
  const got = [...first.events.slice(0, cut + 1), ...second.events];
  const logs = of(got, 'log').map((e) => e.data);
  const task = (await api.getTask(id)).json;
  assert.equal(task.status, 'finalized', JSON.stringify(task));
  assert.deepEqual(logs, task.progress.logs, 'first part + resumed part = every log line once');
  const results = (await api.getResults(id)).json.results;
  assert.deepEqual(of(got, 'step').map((e) => e.json.history_index), results.map((x) => x.history_index), 'every step once');
  assert.equal(rest.end.status, 'finalized');
});

test('the stream of a failed task ends with its failure', async () => {
  const id = await api.submit('upload the file resume.pdf');
  const r = await api.events(id, { timeout: 30000 });
  const { logs, end } = checkStream(r, 'failed task');
  assert.equal(end.status, 'failed');
  assert.ok(logs.some((l) => l.includes('could not understand "upload the file resume.pdf"')), `logs: ${JSON.stringify(logs)}`);
});

test('events need a key; unknown tasks are 404', async () => {
  const id = await api.submit(`Open ${fix.url('/title.html')}`);
  const r = await api.get(`/api/v1/tasks/${id}/events`, { auth: false });
  assertError(r, 401, { error: 'Unauthorized' });
  const nf = await api.events('0190a1b2-0000-7000-8000-00000000abcd', { timeout: 5000 });
  assert.equal(nf.status, 404);
  assert.deepEqual(nf.json, { error: 'Task not found' });
  await api.waitTerminal(id);
});

test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
  await assertCleanShutdown(server, baseline);
});

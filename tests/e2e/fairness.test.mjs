// Fairness (#12 item 5): BROWSERAI_RUNNING_PER_KEY caps the tasks one API
// key has running, so a key that floods the queue with slow tasks cannot
// hold every worker slot: another key's quick task is claimed past the
// flood's queued tasks and ends while the flood still runs. /metrics shows
// each key's running and queued tasks (by key id, never the token) and the
// limit.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, createKey } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';

const FLOOD = 4;

let fix, dataDir, server, flooder, other, flooderId;

before(async () => {
  fix = await startFixtures();
  dataDir = await makeDataDir('fairness');
  const a = await createKey(dataDir);
  const b = await createKey(dataDir);
  flooderId = a.id;
  server = watch(await startServer({
    dataDir, apiKey: randomToken(), workers: 2, label: 'fairness',
    env: { BROWSERAI_RUNNING_PER_KEY: '1' },
  }));
  flooder = new Api(server.url, a.token);
  other = new Api(server.url, b.token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** The samples of a Prometheus text whose name is name: [{ labels, value }]. */
function samples(text, name) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels = {};
    for (const l of (m[3] || '').matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) labels[l[1]] = l[2];
    out.push({ labels, value: Number(m[4]) });
  }
  return out;
}

test('one key floods slow tasks: another key\'s quick task runs while the flood waits; /metrics shows both keys and the limit', async () => {
  // The flood: tasks that hang until stopped, more than there are slots.
  const flood = [];
  for (let i = 0; i < FLOOD; i++)
    flood.push(await flooder.submit(`Open ${fix.url(`/hang?fair=${i}`)} and get the title`, { timeoutSeconds: 300 }));
  await flooder.waitFor(flood[0], 'running', { timeout: 30000 });

  const quick = await other.submit(`Open ${fix.url('/title.html')} and get the title`);
  const done = await other.waitFor(quick, ['finalized', 'failed', 'stopped'], { timeout: 60000 });
  assert.equal(done.status, 'finalized', JSON.stringify(done));

  // The flood is still there: one task of it running (the limit), the rest
  // queued, in order (FIFO within the key).
  const states = [];
  for (const id of flood) states.push((await flooder.getTask(id)).json.status);
  assert.deepEqual(states, ['running', 'queued', 'queued', 'queued']);

  const r = await flooder.get('/metrics');
  assert.equal(r.status, 200, r.text.slice(0, 300));
  const limit = samples(r.text, 'browserai_running_per_key_limit');
  assert.deepEqual(limit.map((s) => s.value), [1], r.text);
  const keyTasks = samples(r.text, 'browserai_key_tasks');
  const of = (key, status) => keyTasks.find((s) => s.labels.key === key && s.labels.status === status)?.value;
  assert.equal(of(flooderId, 'running'), 1, r.text);
  assert.equal(of(flooderId, 'queued'), FLOOD - 1, r.text);
  assert.ok(!r.text.includes(flooder.token), 'no token in /metrics');

  // Stopping the running one lets the key's next (the oldest queued) run.
  assert.equal((await flooder.command(flood[0])).status, 200);
  await flooder.waitFor(flood[1], 'running', { timeout: 30000 });
  assert.equal((await flooder.getTask(flood[2])).json.status, 'queued');
  for (const id of flood) {
    const s = await flooder.command(id);
    assert.ok(s.status === 200 || s.status === 409, `${s.status} ${s.text}`);
  }
});

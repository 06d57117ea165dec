// Operations endpoints: /healthz, /metrics (Prometheus text) and the served
// copy of the contract.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import { OPENAPI_TEXT } from './lib/schema.mjs';

let fix, dataDir, server, api, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('metrics');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'metrics' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** Parses Prometheus text: [{ name, labels: {}, value }]. */
function parseMetrics(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+\d+)?$/.exec(line);
    assert.ok(m, `not a Prometheus sample line: ${JSON.stringify(line)}`);
    const labels = {};
    if (m[3]) {
      for (const l of m[3].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    }
    const value = m[4] === '+Inf' ? Infinity : Number(m[4]);
    assert.ok(!Number.isNaN(value) || m[4] === 'NaN', `value of ${line}`);
    out.push({ name: m[1], labels, value });
  }
  return out;
}

async function metrics() {
  const r = await api.get('/metrics');
  assert.equal(r.status, 200, r.text.slice(0, 300));
  assert.match(r.headers.get('content-type') || '', /^text\/plain/);
  return { text: r.text, samples: parseMetrics(r.text) };
}

const sample = (samples, name, labels = {}) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

test('/healthz answers 200 JSON without a key', async () => {
  const r = await api.get('/healthz', { auth: false });
  assert.equal(r.status, 200, r.text);
  assert.match(r.headers.get('content-type') || '', /application\/json/);
  assert.ok(r.json && typeof r.json === 'object' && !Array.isArray(r.json), `JSON object: ${r.text}`);
});

test('/metrics: task counts, a duration histogram, HTTP requests, queue depth', async () => {
  const ok = await api.run(`Open ${fix.url('/title.html')} and get the title`);
  assert.equal(ok.task.status, 'finalized', JSON.stringify(ok.task));
  const bad = await api.run('frobnicate the widget');
  assert.equal(bad.task.status, 'failed', JSON.stringify(bad.task));
  assert.equal((await api.getTask('0190a1b2-0000-7000-8000-000000000000')).status, 404);

  const { text, samples } = await metrics();
  assert.ok(sample(samples, 'browserai_tasks', { status: 'finalized' })?.value >= 1, 'browserai_tasks{status="finalized"} >= 1');
  assert.ok(sample(samples, 'browserai_tasks', { status: 'failed' })?.value >= 1, 'browserai_tasks{status="failed"} >= 1');

  assert.match(text, /^# TYPE browserai_task_duration_seconds histogram$/m);
  const buckets = samples.filter((s) => s.name === 'browserai_task_duration_seconds_bucket');
  assert.ok(buckets.length >= 2, 'histogram buckets');
  for (const b of buckets) assert.ok('le' in b.labels, 'bucket has le');
  assert.ok(buckets.some((b) => b.labels.le === '+Inf'), 'a +Inf bucket');
  const counts = samples.filter((s) => s.name === 'browserai_task_duration_seconds_count');
  const sums = samples.filter((s) => s.name === 'browserai_task_duration_seconds_sum');
  assert.ok(counts.reduce((a, c) => a + c.value, 0) >= 2, `_count: ${JSON.stringify(counts)}`);
  assert.ok(sums.reduce((a, c) => a + c.value, 0) > 0, `_sum: ${JSON.stringify(sums)}`);
  // Per label set: buckets are cumulative and the +Inf bucket equals _count.
  const series = new Map();
  for (const b of buckets) {
    const { le, ...rest } = b.labels;
    const k = JSON.stringify(rest);
    if (!series.has(k)) series.set(k, []);
    series.get(k).push([le === '+Inf' ? Infinity : Number(le), b.value]);
  }
  for (const [k, list] of series) {
    list.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < list.length; i++) assert.ok(list[i][1] >= list[i - 1][1], `cumulative buckets ${k}`);
    assert.equal(list.at(-1)[0], Infinity, `series ${k} has a +Inf bucket`);
    const c = counts.find((x) => JSON.stringify(x.labels) === k);
    assert.ok(c, `a _count for ${k}`);
    assert.equal(list.at(-1)[1], c.value, `+Inf bucket equals _count for ${k}`);
  }

  const http = samples.filter((s) => s.name === 'browserai_http_requests_total');
  assert.ok(http.length > 0, 'browserai_http_requests_total');
  for (const h of http) assert.ok('route' in h.labels && 'code' in h.labels, `labels route and code: ${JSON.stringify(h.labels)}`);
  assert.ok(http.some((h) => h.labels.code === '201' && h.value >= 2), 'the 201s of POST /tasks are counted');
  assert.ok(http.some((h) => h.labels.code === '404' && h.value >= 1), 'the 404 is counted');
  const routes = new Set(http.map((h) => h.labels.route));
  assert.ok(![...routes].some((r) => r.includes('0190a1b2')), `routes are templates, not raw paths: ${[...routes]}`);

  const depth = sample(samples, 'browserai_queue_depth');
  assert.ok(depth && Number.isInteger(depth.value) && depth.value >= 0, `browserai_queue_depth: ${depth?.value}`);
  // The pool: the browser that ran the task is still in service, and the
  // idle slots hold a page each for their next task (or are making it).
  const browsers = sample(samples, 'browserai_browsers');
  assert.ok(browsers && browsers.value >= 1, `browserai_browsers: ${browsers?.value}`);
  const prepared = sample(samples, 'browserai_pages_prepared');
  assert.ok(prepared && Number.isInteger(prepared.value) && prepared.value >= 0, `browserai_pages_prepared: ${prepared?.value}`);
});

test('/metrics follows the tasks', async () => {
  const before = sample((await metrics()).samples, 'browserai_tasks', { status: 'finalized' })?.value ?? 0;
  const { task } = await api.run(`Open ${fix.url('/title.html')}`);
  assert.equal(task.status, 'finalized', JSON.stringify(task));
  const afterV = sample((await metrics()).samples, 'browserai_tasks', { status: 'finalized' })?.value ?? 0;
  assert.equal(afterV, before + 1, 'one more finalized task');
});

test('/api/v1/openapi.yaml serves the contract as it is in the repository', async () => {
  const r = await api.get('/api/v1/openapi.yaml');
  assert.equal(r.status, 200);
  assert.equal(r.text, OPENAPI_TEXT);
});

test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
  await assertCleanShutdown(server, baseline);
});

// The vendor's n8n node, n8n-nodes-browserai 0.1.3, against the real server:
// every operation made exactly as the node makes it.
//
// Source: github.com/hola/n8n-nodes-browserai, nodes/BrowserAi/BrowserAi.node.ts
// at d2f218365d349b0a2150ca5f4bb0a70a227bcbda (the 0.1.3 the repository packs).
// The package is not on the npm registry (npm answers 404 for
// n8n-nodes-browserai), so its code cannot be pinned and loaded here; n8nExecute
// below does what the node's execute() does, step for step:
// - one base URL, https://browser.ai/api/v1/, for every operation (ours here);
// - the method by operation: POST for Create Task, Stop Task and Create Saved
//   Task, GET for the rest;
// - the body from the operation's parameters, in its order (Create Task:
//   project, country, city, zipcode, type, instructions, inspect; Stop Task:
//   sessionId, command; Create Saved Task: project, name, country, city,
//   zipcode, type, instructions, cron_settings), each kept unless undefined,
//   null or '' (so inspect: false is sent), instructions flattened to
//   [{action}], country/city/zipcode gathered into geoLocation, added last,
//   and a missing country refused for the two creates (a parameter left alone
//   has its default: '' for the strings, so skipped, false for inspect, so sent);
// - the URL: tasks, tasks/{sessionId}/command, tasks/{sessionId},
//   results/{sessionId}, saved_tasks, saved_tasks/name/{name} (the name put in
//   as it is);
// - headers Authorization: apikey <key>, Accept and Content-Type
//   application/json on every request, GET included; a body only for POST;
// - this.helpers.request with json: true, which parses the answer and throws on
//   a status of 400 or more, and each answer becomes one item's json.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { assertSchema } from './lib/schema.mjs';

let fix, dataDir, server, token, baseline;
const sent = []; // every request the "node" made: { method, path, headers, body }

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('n8n');
  token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, workers: 2, label: 'n8n' }));
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

// ---- the node -----------------------------------------------------------------

const ENDPOINT = {
  tasks: 'tasks', stopTask: 'tasks', getTaskMetadata: 'tasks', getTaskResults: 'tasks',
  createSavedTask: 'saved_tasks', getSavedTaskList: 'saved_tasks', getSavedTaskByName: 'saved_tasks/name',
};
const METHOD = {
  tasks: 'POST', stopTask: 'POST', getTaskMetadata: 'GET', getTaskResults: 'GET',
  createSavedTask: 'POST', getSavedTaskList: 'GET', getSavedTaskByName: 'GET',
};
const PARAMS = {
  tasks: ['project', 'country', 'city', 'zipcode', 'type', 'instructions', 'inspect'],
  stopTask: ['sessionId', 'command'],
  getTaskMetadata: ['sessionId'],
  getTaskResults: ['sessionId'],
  createSavedTask: ['project', 'name', 'country', 'city', 'zipcode', 'type', 'instructions', 'cron_settings'],
  getSavedTaskList: [],
  getSavedTaskByName: ['name'],
};

// The parameters' defaults in the node's description: n8n hands a shown
// parameter the user left alone its default ('' is then skipped, false kept).
const DEFAULTS = {
  sessionId: '', command: 'stop', project: '', name: '', country: '', city: '', zipcode: '',
  type: 'crawler_automation', inspect: false, instructions: {}, cron_settings: '',
};

/** n8n's this.helpers.request(options) with json: true, over node:http. */
function request({ method, url, headers, body }) {
  const u = new URL(url); // the request library escapes the path as url.parse does
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const h = { ...headers };
  if (payload !== undefined) h['content-length'] = Buffer.byteLength(payload);
  sent.push({ method, path: u.pathname + u.search, headers: h, body });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: u.pathname + u.search, headers: h }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = JSON.parse(text); } catch { json = text; }
        if (res.statusCode >= 400) {
          const e = new Error(`${res.statusCode} - ${text}`);
          e.statusCode = res.statusCode;
          e.error = json;
          reject(e);
        } else {
          resolve(json);
        }
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** The node's execute() for one operation and one input item with `params`. */
async function n8nExecute(operation, params) {
  const ctx = {
    getNodeParameter: (name, i, fallback) => {
      if (name === 'operation') return operation;
      if (name in params) return params[name];
      return name in DEFAULTS ? DEFAULTS[name] : fallback;
    },
    getCredentials: async () => ({ apiKey: token }),
    getInputData: () => [{ json: {} }],
    helpers: { request },
  };
  const baseUrl = `${server.url}/api/v1/`;
  const op = ctx.getNodeParameter('operation', 0);
  const endpoint = ENDPOINT[op];
  const method = METHOD[op] || 'POST';
  if (!endpoint) throw new Error(`Unsupported operation: ${op}`);
  const { apiKey } = await ctx.getCredentials('browseraiApi');
  const out = [];
  for (let i = 0; i < ctx.getInputData().length; i++) {
    const body = {};
    const geoLocation = {};
    for (const key of PARAMS[op] || []) {
      const value = ctx.getNodeParameter(key, i, false);
      if (value === undefined || value === null || value === '') continue;
      if (key === 'instructions') body.instructions = (value.instruction || []).map((x) => ({ action: x.action }));
      else if (['country', 'city', 'zipcode'].includes(key)) geoLocation[key] = value;
      else body[key] = value;
    }
    if (geoLocation.country) body.geoLocation = geoLocation;
    else if (['tasks', 'createSavedTask'].includes(op)) throw new Error('Country is required to build geoLocation.');
    let url = `${baseUrl}${endpoint}`;
    if (op === 'stopTask') url = `${baseUrl}tasks/${ctx.getNodeParameter('sessionId', i)}/command`;
    else if (op === 'getTaskMetadata') url = `${baseUrl}tasks/${ctx.getNodeParameter('sessionId', i)}`;
    else if (op === 'getTaskResults') url = `${baseUrl}results/${ctx.getNodeParameter('sessionId', i)}`;
    else if (op === 'getSavedTaskByName') url = `${baseUrl}saved_tasks/name/${ctx.getNodeParameter('name', i)}`;
    const options = {
      method,
      url,
      headers: { Authorization: `apikey ${apiKey}`, Accept: 'application/json', 'Content-Type': 'application/json' },
      json: true,
    };
    if (method === 'POST') options.body = body;
    out.push({ json: await ctx.helpers.request(options) });
  }
  return [out];
}

/** The one item's json of an operation. */
async function run(operation, params) {
  const [[item]] = await n8nExecute(operation, params);
  return item.json;
}

const instructions = (...actions) => ({ instruction: actions.map((action) => ({ action })) });

/** Get Task Metadata until the task has ended, as a workflow would poll it. */
async function metadataUntilEnd(sessionId, timeout = 60000) {
  const t0 = Date.now();
  for (;;) {
    const t = await run('getTaskMetadata', { sessionId });
    if (['finalized', 'failed', 'stopped'].includes(t.status)) return t;
    if (Date.now() - t0 > timeout) throw new Error(`task ${sessionId} still ${t.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// ---- the operations -------------------------------------------------------------

describe('n8n-nodes-browserai 0.1.3 operations', () => {
  let sessionId;

  test('Create Task: POST tasks with the node\'s body; 201 answer with executionId', async () => {
    const r = await run('tasks', {
      project: 'n8n', country: 'us', city: 'Boston', type: 'crawler_automation',
      instructions: instructions(`Open ${fix.url('/title.html')} and get the title`), inspect: false,
    });
    const req = sent.at(-1);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/api/v1/tasks');
    assert.deepEqual(Object.keys(req.body), ['project', 'type', 'instructions', 'inspect', 'geoLocation']);
    assert.deepEqual(req.body.geoLocation, { country: 'us', city: 'Boston' });
    assertSchema('CreateTaskResponse', r);
    assert.equal(r.scriptType, 'crawler_automation');
    assert.deepEqual(r.geoLocation, { country: 'US', city: 'Boston' });
    assert.ok(['queued', 'running'].includes(r.status), r.status);
    sessionId = r.executionId;
  });

  test('Get Task Metadata: GET tasks/{sessionId} (with Content-Type, no body) until "finalized"', async () => {
    const t = await metadataUntilEnd(sessionId);
    const req = sent.at(-1);
    assert.equal(req.method, 'GET');
    assert.equal(req.path, `/api/v1/tasks/${sessionId}`);
    assert.equal(req.body, undefined);
    assert.equal(req.headers['Content-Type'], 'application/json');
    assertSchema('GetTaskResponse', t);
    assert.equal(t.status, 'finalized', JSON.stringify(t.progress.logs));
    assert.equal(t.result, TITLE);
    assert.equal(t.failureReason, null);
  });

  test('Get Task Results: GET results/{sessionId}', async () => {
    const r = await run('getTaskResults', { sessionId });
    assert.equal(sent.at(-1).path, `/api/v1/results/${sessionId}`);
    assertSchema('GetResultsResponse', r);
    assert.equal(r.executionId, sessionId);
    assert.equal(r.status, 'finalized');
    assert.ok(r.results.length >= 2, JSON.stringify(r.results));
    assert.equal(r.results.at(-1).result, TITLE);
  });

  test('Create Task with natural_language and inspect: true', async () => {
    const r = await run('tasks', {
      project: 'n8n', country: 'DE', type: 'natural_language',
      instructions: instructions(`Open ${fix.url('/title.html')}`, 'get the title'), inspect: true,
    });
    assert.deepEqual(sent.at(-1).body.geoLocation, { country: 'DE' });
    assert.equal(r.scriptType, 'crawler_automation');
    const t = await metadataUntilEnd(r.executionId);
    assert.equal(t.status, 'finalized', JSON.stringify(t.progress.logs));
    assert.equal(t.inspect, true);
  });

  test('Stop Task: POST tasks/{sessionId}/command with {sessionId, command: "stop"}', async () => {
    const since = Date.now();
    const created = await run('tasks', {
      project: 'n8n', country: 'US', type: 'crawler_automation', instructions: instructions(`Open ${fix.url('/hang?n=n8n')}`),
    });
    await fix.waitForHit('/hang', { since, timeout: 20000 });
    const t0 = Date.now();
    const r = await run('stopTask', { sessionId: created.executionId, command: 'stop' });
    const req = sent.at(-1);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, `/api/v1/tasks/${created.executionId}/command`);
    assert.deepEqual(req.body, { sessionId: created.executionId, command: 'stop' });
    assertSchema('GetTaskResponse', r);
    assert.equal(r.status, 'stopped');
    const t = await run('getTaskMetadata', { sessionId: created.executionId });
    assert.equal(t.status, 'stopped');
    assert.equal(t.failureReason, 'stopped');
    assert.ok(Date.now() - t0 < 1000, `stopped within ${Date.now() - t0} ms`);
  });

  test('Create Saved Task: POST saved_tasks with name and cron_settings', async () => {
    const r = await run('createSavedTask', {
      project: 'n8n', name: 'nightly-titles', country: 'GB', zipcode: 'SW1A 1AA', type: 'crawler_automation',
      instructions: instructions(`Open ${fix.url('/title.html')} and get the title`), cron_settings: '0 2 * * *',
    });
    const req = sent.at(-1);
    assert.equal(req.path, '/api/v1/saved_tasks');
    assert.deepEqual(Object.keys(req.body), ['project', 'name', 'type', 'instructions', 'cron_settings', 'geoLocation']);
    assertSchema('SavedTask', r);
    assert.equal(r.name, 'nightly-titles');
    assert.equal(r.cron_settings, '0 2 * * *');
    assert.deepEqual(r.geoLocation, { country: 'GB', zipcode: 'SW1A 1AA' });
    const next = new Date(r.nextRun);
    assert.equal(next.getUTCHours(), 2);
    assert.equal(next.getUTCMinutes(), 0);
    // The same name again: the node's request throws with the 409.
    await assert.rejects(run('createSavedTask', {
      project: 'n8n', name: 'nightly-titles', country: 'GB', type: 'crawler_automation',
      instructions: instructions('get the title'), cron_settings: '@daily',
    }), (e) => e.statusCode === 409);
    // A name with a space, which the node puts in the URL as it is.
    await run('createSavedTask', {
      project: 'n8n', name: 'weekly report', country: 'US', type: 'crawler_automation',
      instructions: instructions('get the title'), cron_settings: '@weekly',
    });
  });

  test('Get List of Saved Tasks: GET saved_tasks', async () => {
    const r = await run('getSavedTaskList', {});
    const req = sent.at(-1);
    assert.equal(req.method, 'GET');
    assert.equal(req.path, '/api/v1/saved_tasks');
    assertSchema('SavedTaskList', r);
    assert.deepEqual(r.savedTasks.map((t) => t.name), ['weekly report', 'nightly-titles']);
  });

  test('Get Saved Task by Name: GET saved_tasks/name/{name}', async () => {
    const r = await run('getSavedTaskByName', { name: 'nightly-titles' });
    assert.equal(sent.at(-1).path, '/api/v1/saved_tasks/name/nightly-titles');
    assertSchema('SavedTask', r);
    assert.equal(r.name, 'nightly-titles');
    assert.deepEqual(r.lastRuns, []);
    const spaced = await run('getSavedTaskByName', { name: 'weekly report' });
    assert.equal(sent.at(-1).path, '/api/v1/saved_tasks/name/weekly%20report');
    assert.equal(spaced.name, 'weekly report');
    await assert.rejects(run('getSavedTaskByName', { name: 'missing' }), (e) => e.statusCode === 404);
  });

  test('every request carried the node\'s headers', () => {
    assert.ok(sent.length >= 10);
    for (const r of sent) {
      assert.equal(r.headers.Authorization, `apikey ${token}`);
      assert.equal(r.headers.Accept, 'application/json');
      assert.equal(r.headers['Content-Type'], 'application/json');
    }
  });

  test('the node refuses a create without a country before sending anything', async () => {
    const n = sent.length;
    await assert.rejects(run('tasks', { project: 'n8n', type: 'crawler_automation', instructions: instructions('x') }), /Country is required/);
    assert.equal(sent.length, n);
  });

  test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
    await assertCleanShutdown(server, baseline);
  });
});

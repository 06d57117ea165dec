// Bad requests: authentication, validation of POST /tasks, content types,
// body limits, unknown routes and ids, wrong methods. The server must answer
// each with the right status and an Error body, and keep running.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, watch, teardown, assertCleanShutdown, assertError } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api, taskBody, rawRequest } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

const UNAUTHORIZED = { error: 'Unauthorized' };
const NOT_FOUND = { error: 'Not found' };
const TASK_NOT_FOUND = { error: 'Task not found' };

let fix, dataDir, server, api, token, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('errors');
  token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'errors' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

const good = () => taskBody(`Open ${fix.url('/title.html')} and get the title`);

describe('authentication', () => {
  const badHeaders = () => [
    ['no Authorization header', null],
    ['a Bearer token', `Bearer ${token}`],
    ['a wrong token', `apikey ${randomToken()}`],
    ['the token in the wrong case', `apikey ${token.toUpperCase()}`],
    ['the word apikey alone', 'apikey'],
    ['Basic auth', `Basic ${Buffer.from('user:' + token).toString('base64')}`],
    ['the token without the word', token],
  ];

  test('bad or missing credentials get 401 with exactly {"error":"Unauthorized"}', async () => {
    for (const [what, header] of badHeaders()) {
      const headers = header == null ? {} : { Authorization: header };
      const calls = [
        ['GET /api/v1/tasks', () => api.get('/api/v1/tasks', { auth: false, headers })],
        ['POST /api/v1/tasks', () => api.post('/api/v1/tasks', good(), { auth: false, headers })],
        ['GET /api/v1/tasks/{unknown}', () => api.get('/api/v1/tasks/0190a1b2-0000-7000-8000-000000000000', { auth: false, headers })],
        ['GET /api/v1/results/{unknown}', () => api.get('/api/v1/results/0190a1b2-0000-7000-8000-000000000000', { auth: false, headers })],
        ['GET /api/v1/projects', () => api.get('/api/v1/projects', { auth: false, headers })],
      ];
      for (const [name, call] of calls) {
        const r = await call();
        assert.equal(r.status, 401, `${name} with ${what}: expected 401, got ${r.status} ${r.text}`);
        assert.deepEqual(r.json, UNAUTHORIZED, `${name} with ${what}: body ${r.text}`);
        assert.equal(r.text.trim(), '{"error":"Unauthorized"}', `${name} with ${what}: raw body`);
      }
    }
  });

  test('the word apikey is case-insensitive', async () => {
    for (const word of ['apikey', 'APIKEY', 'ApiKey', 'aPiKeY']) {
      const r = await api.get('/api/v1/tasks', { auth: false, headers: { Authorization: `${word} ${token}` } });
      assert.equal(r.status, 200, `${word}: ${r.status} ${r.text}`);
      assertSchema('TaskList', r.json, `GET /tasks with "${word}"`);
    }
  });
});

describe('validation of POST /api/v1/tasks', () => {
  // [what, body (from a valid one), the field path a details line must start with]
  const cases = () => [
    ['missing instructions', (b) => { delete b.instructions; }, 'instructions'],
    ['empty instructions', (b) => { b.instructions = []; }, 'instructions'],
    ['instructions not an array', (b) => { b.instructions = 'open example.com'; }, 'instructions'],
    ['instructions as an object', (b) => { b.instructions = { action: 'open example.com' }; }, 'instructions'],
    ['an instruction that is not an object', (b) => { b.instructions = [{ action: 'get the title' }, 'get the url']; }, 'instructions[1]'],
    ['instructions[1].action a number', (b) => { b.instructions.push({ action: 5 }); }, 'instructions[1].action'],
    ['instructions[1].action empty', (b) => { b.instructions.push({ action: '' }); }, 'instructions[1].action'],
    ['instructions[1].action missing', (b) => { b.instructions.push({}); }, 'instructions[1].action'],
    ['more than 100 instructions', (b) => { b.instructions = Array.from({ length: 101 }, () => ({ action: 'get the title' })); }, 'instructions'],
    ['an action over 20,000 characters', (b) => { b.instructions = [{ action: 'get the title ' + 'x'.repeat(20000) }]; }, 'instructions[0].action'],
    ['missing geoLocation', (b) => { delete b.geoLocation; }, 'geoLocation'],
    ['geoLocation a string', (b) => { b.geoLocation = 'US'; }, 'geoLocation'],
    ['geoLocation without country', (b) => { b.geoLocation = { city: 'Paris' }; }, 'geoLocation.country'],
    ['geoLocation.country "XX"', (b) => { b.geoLocation = { country: 'XX' }; }, 'geoLocation.country'],
    ['geoLocation.country "USA"', (b) => { b.geoLocation = { country: 'USA' }; }, 'geoLocation.country'],
    ['geoLocation.country 5', (b) => { b.geoLocation = { country: 5 }; }, 'geoLocation.country'],
    ['missing project', (b) => { delete b.project; }, 'project'],
    ['empty project', (b) => { b.project = ''; }, 'project'],
    ['project of 65 characters', (b) => { b.project = 'p'.repeat(65); }, 'project'],
    ['project with "/"', (b) => { b.project = 'team/demo'; }, 'project'],
    ['project a number', (b) => { b.project = 42; }, 'project'],
    ['missing type', (b) => { delete b.type; }, 'type'],
    ['unknown type', (b) => { b.type = 'quantum_automation'; }, 'type'],
    ['inspect not a boolean', (b) => { b.inspect = 'yes'; }, 'inspect'],
    ['timeoutSeconds 0', (b) => { b.timeoutSeconds = 0; }, 'timeoutSeconds'],
    ['timeoutSeconds "x"', (b) => { b.timeoutSeconds = 'x'; }, 'timeoutSeconds'],
    ['timeoutSeconds negative', (b) => { b.timeoutSeconds = -5; }, 'timeoutSeconds'],
    ['timeoutSeconds fractional', (b) => { b.timeoutSeconds = 1.5; }, 'timeoutSeconds'],
  ];

  for (const [what, mutate, path] of cases()) {
    test(`${what} -> 400 with a details line starting with "${path}"`, async () => {
      const body = good();
      mutate(body);
      const r = await api.createTask(body);
      assertError(r, 400);
      assert.ok(r.json.error.length > 0, 'error is a non-empty string');
      assert.ok(Array.isArray(r.json.details) && r.json.details.length >= 1, `details: ${r.text}`);
      assert.ok(r.json.details.some((l) => l.startsWith(path)), `no details line starts with "${path}": ${JSON.stringify(r.json.details)}`);
    });
  }

  test('several problems at once -> one details line per problem', async () => {
    const r = await api.createTask({
      instructions: [],
      geoLocation: { country: 'XX' },
      project: 'a/b',
      type: 'crawler_automation',
    });
    assertError(r, 400);
    assert.ok(r.json.details.length >= 3, `expected >= 3 details lines: ${JSON.stringify(r.json.details)}`);
    for (const p of ['instructions', 'geoLocation.country', 'project']) {
      assert.ok(r.json.details.some((l) => l.startsWith(p)), `no details line for ${p}: ${JSON.stringify(r.json.details)}`);
    }
  });

  test('a project name of exactly 64 characters and a charset parameter are accepted', async () => {
    const body = good();
    body.project = 'Proj_-. 9' + 'x'.repeat(55);
    assert.equal(body.project.length, 64);
    const r = await api.req('POST', '/api/v1/tasks', {
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    assert.equal(r.status, 201, r.text);
    assertSchema('CreateTaskResponse', r.json);
    await api.waitTerminal(r.json.executionId);
  });

  test('bodies that are not a JSON object -> 400', async () => {
    const bodies = [
      ['malformed JSON', '{'],
      ['a JSON array', '[{"action":"open example.com"}]'],
      ['a JSON string', '"open example.com"'],
      ['a JSON number', '42'],
      ['null', 'null'],
      ['an empty body', ''],
      ['broken UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])],
      ['trailing garbage', JSON.stringify(good()) + ' x'],
    ];
    for (const [what, body] of bodies) {
      const r = await api.req('POST', '/api/v1/tasks', { body, headers: { 'Content-Type': 'application/json' } });
      assert.equal(r.status, 400, `${what}: expected 400, got ${r.status} ${r.text}`);
      assertError(r, 400);
    }
  });

  test('a content type other than JSON -> 415', async () => {
    const text = JSON.stringify(good());
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await api.req('POST', '/api/v1/tasks', { body: text, headers: { 'Content-Type': ct } });
      assert.equal(r.status, 415, `${ct}: expected 415, got ${r.status} ${r.text}`);
      assertError(r, 415);
    }
  });

  test('a body over 1 MiB -> 413', async () => {
    const body = JSON.stringify(taskBody('get the title ' + 'a'.repeat(2 * 1024 * 1024)));
    assert.ok(body.length > 2 * 1024 * 1024);
    const r = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/v1/tasks',
      headers: { Authorization: `apikey ${token}`, 'Content-Type': 'application/json' },
      body,
    });
    assert.equal(r.status, 413, `expected 413, got ${r.status} ${r.text.slice(0, 300)}`);
    assertError({ ...r, headers: new Headers(r.headers) }, 413);
  });

  test('a body over 1 MiB announced with "Expect: 100-continue" -> 413 before a byte of it is sent', async () => {
    const file = path.join(os.tmpdir(), `browserai-e2e-big-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(taskBody('get the title ' + 'c'.repeat(2 * 1024 * 1024))));
    try {
      const out = execFileSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_upload}',
        '-H', `Authorization: apikey ${token}`, '-H', 'Content-Type: application/json',
        '-H', 'Expect: 100-continue', '--data-binary', `@${file}`, `${server.url}/api/v1/tasks`], { encoding: 'utf8' });
      const [code, uploaded] = out.trim().split(' ');
      assert.equal(code, '413');
      assert.equal(Number(uploaded), 0, `curl sent ${uploaded} bytes of the body`);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test('a chunked body over 1 MiB (no Content-Length) -> 413', async () => {
    const body = JSON.stringify(taskBody('get the title ' + 'b'.repeat(2 * 1024 * 1024)));
    const r = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/v1/tasks',
      headers: { Authorization: `apikey ${token}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Content-Length': undefined },
      body,
    });
    assert.equal(r.status, 413, `expected 413, got ${r.status} ${r.text.slice(0, 300)}`);
  });
});

describe('routes, methods and ids', () => {
  test('unknown routes -> 404 {"error":"Not found"}', async () => {
    for (const p of ['/api/v1/nope', '/foo', '/api/v2/tasks', '/api/v1/tasks/x/y/z']) {
      const r = await api.get(p);
      assertError(r, 404, NOT_FOUND);
    }
  });

  test('wrong methods -> 405 with Allow', async () => {
    const cases = [
      ['DELETE', '/api/v1/tasks', ['GET', 'POST']],
      ['PUT', '/api/v1/tasks', ['GET', 'POST']],
      ['PUT', '/api/v1/tasks/x', ['GET']],
      ['DELETE', '/api/v1/tasks/x', ['GET']],
      ['POST', '/api/v1/results/x', ['GET']],
      ['GET', '/api/v1/tasks/x/cancel', ['POST']],
      ['POST', '/api/v1/projects', ['GET']],
    ];
    for (const [method, p, allowed] of cases) {
      const r = await api.req(method, p, method === 'GET' ? {} : { json: {} });
      assert.equal(r.status, 405, `${method} ${p}: expected 405, got ${r.status} ${r.text}`);
      assertError(r, 405);
      const allow = (r.headers.get('allow') || '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
      for (const m of allowed) assert.ok(allow.includes(m), `${method} ${p}: Allow "${r.headers.get('allow')}" lacks ${m}`);
      assert.ok(!allow.includes(method), `${method} ${p}: Allow "${r.headers.get('allow')}" lists ${method}`);
    }
  });

  test('unknown task ids -> 404 exactly {"error":"Task not found"}', async () => {
    const ids = ['0190a1b2-0000-7000-8000-000000000000', 'nope', 'x'.repeat(300), 'abc.def'];
    for (const id of ids) {
      for (const p of [`/api/v1/tasks/${id}`, `/api/v1/results/${id}`]) {
        const r = await api.get(p);
        assertError(r, 404, TASK_NOT_FOUND);
      }
      const c = await api.req('POST', `/api/v1/tasks/${id}/cancel`);
      assertError(c, 404, TASK_NOT_FOUND);
      const e = await api.get(`/api/v1/tasks/${id}/events`);
      assertError(e, 404, TASK_NOT_FOUND);
    }
  });

  test('after all the bad input the server still answers', async () => {
    const h = await api.get('/healthz', { auth: false });
    assert.equal(h.status, 200, h.text);
    assert.ok(h.json && typeof h.json === 'object', `healthz is not JSON: ${h.text}`);
    const t = await api.run(`Open ${fix.url('/title.html')} and get the title`);
    assert.equal(t.task.status, 'finalized', JSON.stringify(t.task));
  });
});

test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
  await assertCleanShutdown(server, baseline);
});

// The main flow: create a crawler_automation task, follow it to "finalized",
// read its results and artifacts; scriptId, inspect, console capture, planner
// failures and the URL policy.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown, assertError } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, sleep } from './lib/server.mjs';
import { startFixtures, TITLE, CONSOLE_TEXT } from './lib/fixtures.mjs';
import { Api, taskBody, LOG_LINE_RE, SCRIPT_ID_RE } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ISO_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

let fix, dataDir, server, api, token, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('flow');
  token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'flow' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** Value of an extracted result: plain text, or JSON text of a string. */
function textOf(result) {
  try {
    const v = JSON.parse(result);
    if (typeof v === 'string') return v;
  } catch { /* plain text */ }
  return result;
}

function assertAbsoluteUrl(u, what) {
  assert.equal(typeof u, 'string', `${what} is not a string: ${u}`);
  const parsed = new URL(u);
  assert.match(parsed.protocol, /^https?:$/, `${what}: ${u}`);
  assert.ok(parsed.pathname.startsWith('/api/v1/artifacts/'), `${what} is not an artifact URL: ${u}`);
  return parsed;
}

describe('a crawler_automation task, from POST to results', () => {
  const state = {};

  test('POST /api/v1/tasks -> 201, Location and a CreateTaskResponse', async () => {
    const body = {
      instructions: [{ action: `Open ${fix.url('/title.html')} and get the title` }],
      geoLocation: { country: 'us' },
      project: 'demo',
      type: 'crawler_automation',
    };
    const r = await api.createTask(body);
    assert.equal(r.status, 201, r.text);
    assertSchema('CreateTaskResponse', r.json);
    const t = r.json;
    assert.match(t.executionId, /^[A-Za-z0-9._~-]{20,}$/, 'executionId is URL-safe and long enough to be unguessable');
    const loc = r.headers.get('location');
    assert.ok(loc === `/api/v1/tasks/${t.executionId}` || loc === `${server.url}/api/v1/tasks/${t.executionId}`,
      `Location: ${loc}`);
    assert.ok(['queued', 'running'].includes(t.status), `status ${t.status}`);
    assert.equal(t.scriptType, 'crawler_automation');
    assert.equal(t.geoLocation.country, 'US', 'country is normalized to upper case');
    assert.ok(t.started === null || ISO_RE.test(t.started), `started: ${t.started}`);
    if (t.status === 'queued') assert.equal(t.started, null, 'a queued task has not started');
    assert.match(r.headers.get('content-type') || '', /application\/json/);
    state.id = t.executionId;
    state.t0 = Date.now();
  });

  test('GET /api/v1/tasks/{id} reaches "finalized" with a valid GetTaskResponse', async () => {
    assert.ok(state.id, 'the create test ran');
    const seen = new Set();
    const task = await api.waitFor(state.id, (t) => {
      seen.add(t.status);
      assertSchema('GetTaskResponse', t, 'task while polling');
      return ['finalized', 'failed', 'stopped'].includes(t.status);
    });
    assert.equal(task.status, 'finalized', `${JSON.stringify(task, null, 1)}`);
    assert.equal(task.executionId, state.id);
    assert.match(task.scriptId, SCRIPT_ID_RE);
    assert.equal(task.scriptType, 'crawler_automation');
    assert.equal(task.project, 'demo');
    assert.ok(task.progress.status.startsWith('completed'), `progress.status: ${task.progress.status}`);
    assert.ok(task.progress.logs.length >= 3, `logs: ${JSON.stringify(task.progress.logs)}`);
    for (const line of task.progress.logs) assert.match(line, LOG_LINE_RE);
    const logs = task.progress.logs.join('\n');
    assert.match(logs, /step 1\/2/, 'logs name step 1/2');
    assert.match(logs, /step 2\/2/, 'logs name step 2/2');
    assert.match(logs, /completed in/, 'logs say "completed in"');
    // Log timestamps are in order.
    const stamps = task.progress.logs.map((l) => l.slice(0, 24));
    assert.deepEqual([...stamps].sort(), stamps, 'logs are oldest first');
    assert.ok(task.started && ISO_RE.test(task.started), `started: ${task.started}`);
    assert.ok(task.completed && ISO_RE.test(task.completed), `completed: ${task.completed}`);
    assert.ok(task.created && ISO_RE.test(task.created), `created: ${task.created}`);
    const [c, s, e] = [task.created, task.started, task.completed].map((x) => Date.parse(x));
    assert.ok(c <= s && s <= e, `created ${task.created} <= started ${task.started} <= completed ${task.completed}`);
    assert.ok(task.error == null, `a completed task has no error: ${task.error}`);
    state.task = task;
  });

  test('GET /api/v1/results/{id}: one entry per step, JSON text fields, artifacts on the last step', async () => {
    assert.ok(state.task, 'the task completed');
    const r = await api.getResults(state.id);
    assert.equal(r.status, 200, r.text);
    assertSchema('GetResultsResponse', r.json);
    const res = r.json;
    assert.equal(res.executionId, state.id);
    assert.equal(res.status, 'finalized');
    assert.equal(res.started, state.task.started);
    assert.equal(res.completed, state.task.completed);
    assert.equal(res.results.length, 2, `two steps (open + get title): ${JSON.stringify(res.results, null, 1)}`);
    res.results.forEach((step, i) => {
      assert.equal(step.history_index, i);
      const mo = JSON.parse(step.model_output);
      assert.equal(mo.planner, 'rules', `model_output: ${step.model_output}`);
      assert.equal(typeof mo.action, 'string', `model_output names its action: ${step.model_output}`);
      const st = JSON.parse(step.state);
      assert.equal(st.url, fix.url('/title.html'), `state.url: ${step.state}`);
      assert.equal(st.title, TITLE, `state.title: ${step.state}`);
      assert.equal(typeof step.metadata, 'object');
      assert.equal(typeof step.metadata.duration_ms, 'number', `metadata: ${JSON.stringify(step.metadata)}`);
      assert.ok(step.metadata.duration_ms >= 0);
    });
    assert.equal(textOf(res.results[1].result), TITLE, `the title step's result: ${res.results[1].result}`);
    const first = res.results[0];
    assert.equal(first.screenshot_url, null, 'no artifacts on a step that is not last (inspect off)');
    assert.equal(first.html_url, null);
    assert.equal(first.console_url, null);
    const last = res.results[1];
    for (const k of ['screenshot_url', 'html_url', 'console_url']) assertAbsoluteUrl(last[k], k);
    state.last = last;
  });

  test('artifact URLs work without the Authorization header', async () => {
    assert.ok(state.last, 'results were read');
    const png = await fetch(state.last.screenshot_url);
    assert.equal(png.status, 200);
    assert.match(png.headers.get('content-type') || '', /^image\/png/);
    const bytes = Buffer.from(await png.arrayBuffer());
    assert.ok(bytes.length > 100, `screenshot of ${bytes.length} bytes`);
    assert.deepEqual(bytes.subarray(0, 8), PNG_SIGNATURE, 'PNG signature');

    const html = await fetch(state.last.html_url);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') || '', /^text\/html/);
    assert.ok((await html.text()).includes(TITLE), 'HTML snapshot contains the title');

    const con = await fetch(state.last.console_url);
    assert.equal(con.status, 200);
    assert.match(con.headers.get('content-type') || '', /^application\/json/);
    assert.ok(Array.isArray(await con.json()), 'console artifact is a JSON array');
  });

  test('artifacts fetched the moment a task ends are there (the last capture follows the end)', async () => {
    // The last step's screenshot and HTML are captured right after the task
    // is marked ended; a request that comes first waits for them.
    for (const [instr, status] of [[`Open ${fix.url('/title.html')} and get the title`, 'finalized'],
      [`Open ${fix.url('/title.html')} and click "No such button anywhere"`, 'failed']]) {
      const id = await api.submit(instr);
      const t = await api.waitTerminal(id, { timeout: 60000, interval: 5 });
      assert.equal(t.status, status, JSON.stringify(t.progress.logs));
      const r = await api.getResults(id);
      const last = r.json.results.at(-1);
      const [png, html, con] = await Promise.all([last.screenshot_url, last.html_url, last.console_url].map((u) => fetch(u)));
      assert.equal(png.status, 200, `${status}: screenshot`);
      assert.deepEqual(Buffer.from(await png.arrayBuffer()).subarray(0, 8), PNG_SIGNATURE, 'PNG signature');
      assert.equal(html.status, 200, `${status}: HTML`);
      assert.ok((await html.text()).includes(TITLE), 'HTML snapshot contains the title');
      assert.equal(con.status, 200, `${status}: console`);
      assert.ok(Array.isArray(await con.json()));
    }
  });

  test('tampered, expired or unsigned artifact URLs -> 401; the API key works instead', async () => {
    assert.ok(state.last, 'results were read');
    const u = new URL(state.last.screenshot_url);
    const sig = u.searchParams.get('sig');
    const exp = u.searchParams.get('exp');
    assert.ok(sig && exp, `signed URL has sig and exp: ${u}`);
    assert.ok(Number(exp) > Date.now() / 1000, 'exp lies in the future');

    const variant = (fn) => { const v = new URL(u); fn(v.searchParams); return v.toString(); };
    const flip = (s) => s.slice(0, -1) + (s.at(-1) === 'A' ? 'B' : 'A');
    const bad = {
      'tampered sig': variant((p) => p.set('sig', flip(sig))),
      'tampered exp': variant((p) => p.set('exp', String(Number(exp) + 3600))),
      'expired exp': variant((p) => p.set('exp', String(Math.floor(Date.now() / 1000) - 60))),
      'no sig': variant((p) => p.delete('sig')),
      'no query': variant((p) => { p.delete('sig'); p.delete('exp'); }),
    };
    for (const [what, url] of Object.entries(bad)) {
      const r = await api.get(url, { auth: false });
      assert.equal(r.status, 401, `${what}: expected 401, got ${r.status}`);
      assertError(r, 401, { error: 'Unauthorized' });
    }
    const plain = `${u.origin}${u.pathname}`;
    const withKey = await api.get(plain);
    assert.equal(withKey.status, 200, `artifact with the API key: ${withKey.status} ${withKey.text.slice(0, 200)}`);
    assert.deepEqual(withKey.buf.subarray(0, 8), PNG_SIGNATURE);
  });

  test('the task shows up in GET /api/v1/tasks', async () => {
    const r = await api.listTasks({ project: 'demo' });
    assert.equal(r.status, 200, r.text);
    assertSchema('TaskList', r.json);
    const mine = r.json.tasks.find((t) => t.executionId === state.id);
    assert.ok(mine, 'listed');
    assert.equal(mine.status, 'finalized');
    assert.equal(mine.scriptId, state.task.scriptId);
  });

  test('scriptId: equal for the same type and instructions, different otherwise', async () => {
    assert.ok(state.task, 'the first task completed');
    const same = await api.createTask(taskBody(`Open ${fix.url('/title.html')} and get the title`, { project: 'other' }));
    const diff = await api.createTask(taskBody(`Open ${fix.url('/title.html')} and get the url`));
    const script = await api.createTask(taskBody(`Open ${fix.url('/title.html')} and get the title`, { type: 'script_automation' }));
    for (const r of [same, diff, script]) assert.equal(r.status, 201, r.text);
    const ids = {};
    for (const [k, r] of Object.entries({ same, diff, script })) {
      const t = await api.getTask(r.json.executionId);
      assert.equal(t.status, 200);
      assert.match(t.json.scriptId, SCRIPT_ID_RE);
      ids[k] = t.json.scriptId;
    }
    assert.equal(ids.same, state.task.scriptId, 'same type + instructions -> same scriptId');
    assert.notEqual(ids.diff, state.task.scriptId, 'other instructions -> other scriptId');
    assert.notEqual(ids.script, state.task.scriptId, 'other type -> other scriptId');
    for (const r of [same, diff, script]) await api.waitTerminal(r.json.executionId);
  });

  test('estimatedCompletion is an estimate once a similar task has completed', async () => {
    assert.ok(state.task, 'a similar task completed');
    const r = await api.createTask(taskBody(`Open ${fix.url('/title.html')} and get the title`));
    assert.equal(r.status, 201, r.text);
    const est = r.json.estimatedCompletion;
    assert.ok(est && ISO_RE.test(est), `estimatedCompletion: ${est}`);
    assert.ok(Date.parse(est) >= Date.now() - 5000, `estimate ${est} is not in the past`);
    assert.ok(Date.parse(est) <= Date.now() + 120000, `estimate ${est} is within two minutes`);
    await api.waitTerminal(r.json.executionId);
  });

  test('executionIds are time-ordered', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await api.submit(`Open ${fix.url('/title.html')}`));
      await sleep(5);
    }
    assert.deepEqual([...ids].sort(), ids, `ids sort in creation order: ${ids.join(' ')}`);
    assert.equal(new Set(ids).size, 3);
    for (const id of ids) await api.waitTerminal(id);
  });
});

describe('inspect, console and geoLocation', () => {
  test('inspect: true puts screenshot, HTML and console artifacts on every step', async () => {
    const { task, results } = await api.run(`Open ${fix.url('/title.html')} and get the title`, { inspect: true });
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    assertSchema('GetResultsResponse', results);
    assert.equal(results.results.length, 2);
    for (const step of results.results) {
      for (const k of ['screenshot_url', 'html_url', 'console_url']) {
        assertAbsoluteUrl(step[k], `step ${step.history_index} ${k}`);
        const r = await fetch(step[k]);
        assert.equal(r.status, 200, `step ${step.history_index} ${k}: ${r.status}`);
        await r.arrayBuffer();
      }
    }
  });

  test("a page's console output lands in the console artifact", async () => {
    const { task, results } = await api.run(`Open ${fix.url('/console.html')}`);
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    const last = results.results.at(-1);
    assertAbsoluteUrl(last.console_url, 'console_url');
    const r = await fetch(last.console_url);
    assert.equal(r.status, 200);
    const messages = await r.json();
    assert.ok(Array.isArray(messages));
    assert.ok(JSON.stringify(messages).includes(CONSOLE_TEXT), `console artifact: ${JSON.stringify(messages).slice(0, 1000)}`);
  });

  test('geoLocation is normalized and echoed; the browser speaks its language', async () => {
    const since = Date.now();
    const r = await api.createTask(taskBody(`Open ${fix.url('/headers?geo=de')}`, {
      geoLocation: { country: 'de', city: 'Berlin', zipcode: '10115' },
    }));
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.json.geoLocation, { country: 'DE', city: 'Berlin', zipcode: '10115' });
    const task = await api.waitTerminal(r.json.executionId);
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    const hit = fix.requests.find((q) => q.url === '/headers?geo=de' && q.time >= since);
    assert.ok(hit, 'the fixture was visited');
    assert.match(String(hit.headers['accept-language'] || ''), /^de\b/i, `Accept-Language: ${hit.headers['accept-language']}`);
  });
});

describe('failures', () => {
  test('an instruction the planner cannot understand fails the task and says why', async () => {
    const { task, results } = await api.run('upload the file resume.pdf');
    assert.equal(task.status, 'failed', JSON.stringify(task));
    assertSchema('GetTaskResponse', task);
    assertSchema('GetResultsResponse', results);
    const msg = 'could not understand "upload the file resume.pdf"';
    assert.ok((task.error || '').includes(msg), `error: ${task.error}`);
    assert.ok(task.progress.logs.some((l) => l.includes(msg)), `logs: ${JSON.stringify(task.progress.logs)}`);
    assert.ok(task.completed, 'a failed task has completed set');
  });

  test('file: URLs are refused', async () => {
    const { task } = await api.run('open file:///etc/passwd');
    assert.equal(task.status, 'failed', JSON.stringify(task));
    const text = `${task.error}\n${task.progress.logs.join('\n')}`;
    assert.match(text, /file/i);
    assert.match(text, /refused|not allowed/i);
    assert.ok(!text.includes('root:x:0:0'), 'no file content leaks');
  });
});

describe('a server without BROWSERAI_ALLOW_PRIVATE_NETWORKS', () => {
  let strict, strictApi, strictDir;
  const strictKey = randomToken();

  before(async () => {
    strictDir = await makeDataDir('strict');
    strict = watch(await startServer({ dataDir: strictDir, apiKey: strictKey, allowPrivate: false, workers: 1, label: 'strict' }));
    strictApi = new Api(strict.url, strictKey);
  });

  after(() => teardown({ servers: [strict], dirs: [strictDir] }));

  test('refuses loopback addresses and never reaches them', async () => {
    for (const host of [`127.0.0.1:${fix.port}`, `localhost:${fix.port}`]) {
      const path = `/title.html?strict=${encodeURIComponent(host)}`;
      const { task } = await strictApi.run(`open http://${host}${path}`);
      assert.equal(task.status, 'failed', JSON.stringify(task));
      const text = `${task.error}\n${task.progress.logs.join('\n')}`;
      assert.match(text, /loopback|refused/i, text);
      assert.equal(fix.requests.filter((q) => q.url === path).length, 0, `${host}: the fixture was not visited`);
    }
  });

  test('refuses file: URLs too', async () => {
    const { task } = await strictApi.run('open file:///etc/passwd');
    assert.equal(task.status, 'failed', JSON.stringify(task));
    assert.match(`${task.error}`, /file/i);
  });

  test('stops cleanly', async () => {
    await assertCleanShutdown(strict, baseline);
  });
});

test('SIGTERM stops the server cleanly, leaving no chromium behind', async () => {
  await assertCleanShutdown(server, baseline);
});

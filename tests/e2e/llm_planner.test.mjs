// The optional LLM planner through the API: a real server talks to a fake
// OpenAI-compatible chat-completions server (tests/fake_llm/server.mjs) that
// replies from a script. Checked: which clauses go to the model in "auto" and
// "llm" modes, what the model is shown (goal, URL, title, indexed elements,
// history), that its actions run on the page, that its raw replies are the
// steps' model_output, and that "fail" and bad keys fail the task clearly.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, REPO } from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

/** Start the fake LLM with rules; resolves { url, requests(), stop() }. */
async function startFakeLlm(rules, { apiKey } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-llm-'));
  const script = path.join(dir, 'script.json');
  const log = path.join(dir, 'requests.jsonl');
  fs.writeFileSync(script, JSON.stringify(apiKey ? { api_key: apiKey, rules } : rules));
  const child = spawn(process.execPath, [path.join(REPO, 'tests/fake_llm/server.mjs'), script,
    '--exit-on-stdin-close'], { env: { ...process.env, FAKE_LLM_LOG: log }, stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`fake LLM exited (${code}): ${out}`)));
  });
  return {
    url: `${url}/v1`,
    requests() {
      if (!fs.existsSync(log)) return [];
      return fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    },
    async stop() {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The last user message of a logged request. */
function userText(req) {
  const body = typeof req.body === 'string' ? JSON.parse(req.body) : req.body;
  const users = body.messages.filter((m) => m.role === 'user');
  return users[users.length - 1].content;
}

let fix;
const cleanup = { servers: [], fixtures: [], dirs: [] };
const fakes = [];

before(async () => {
  fix = await startFixtures();
  cleanup.fixtures.push(fix);
});

after(async () => {
  for (const f of fakes) await f.stop();
  await teardown(cleanup);
});

async function serverWith(llm, mode, label, extraEnv = {}) {
  const dataDir = await makeDataDir(label);
  const token = randomToken();
  const server = watch(await startServer({
    dataDir, apiKey: token, label,
    env: { BROWSERAI_PLANNER: mode, BROWSERAI_LLM_URL: llm.url, BROWSERAI_LLM_MODEL: 'fake-model',
      BROWSERAI_LLM_TIMEOUT: 10, ...extraEnv },
  }));
  cleanup.servers.push(server);
  cleanup.dirs.push(dataDir);
  return new Api(server.url, token);
}

describe('planner "auto": the rules first, the LLM for the rest', () => {
  let llm, api;
  before(async () => {
    llm = await startFakeLlm([
      { match: 'frobnicate the widget', reply: '{"action":"extract","what":"text"}' },
      { match: 'frobnicate the widget', reply: 'Sure! ```json\n{"action":"done","result":"frobnicated"}\n```' },
    ]);
    fakes.push(llm);
    api = await serverWith(llm, 'auto', 'llm-auto');
  });

  test('a clause the rules cannot read goes to the model, whose actions run', async () => {
    const { task, results } = await api.run(
      `Open ${fix.url('/title.html')}, get the title and then frobnicate the widget`);
    assert.equal(task.status, 'finalized', JSON.stringify(task.progress.logs));
    assertSchema('GetResultsResponse', results);
    // open + get title (rules), extract + done (LLM)
    assert.equal(results.results.length, 4);
    assert.equal(JSON.parse(results.results[0].model_output).planner, 'rules');
    assert.equal(results.results[1].result, TITLE);
    assert.equal(results.results[2].model_output, '{"action":"extract","what":"text"}',
      'the raw reply is the model_output');
    assert.ok(results.results[2].result.length > 0, 'the extract action ran on the page');
    assert.match(results.results[3].model_output, /"action":"done"/);
    assert.equal(results.result, 'frobnicated', 'done\'s result becomes the task result');
    assert.ok(task.progress.logs.some((l) => /asking the LLM: "frobnicate the widget"/.test(l)));
  });

  test('the model is shown the goal, the page and what happened so far', async () => {
    const reqs = llm.requests();
    assert.equal(reqs.length, 2, 'one request per action');
    const first = userText(reqs[0]);
    assert.match(first, /frobnicate the widget/);
    assert.ok(first.includes(fix.url('/title.html')), 'the URL');
    assert.ok(first.includes(TITLE), 'the title');
    const body = typeof reqs[0].body === 'string' ? JSON.parse(reqs[0].body) : reqs[0].body;
    assert.equal(body.model, 'fake-model');
    assert.equal(body.temperature, 0);
    const second = userText(reqs[1]);
    assert.match(second, /extract/, 'the history holds the first action');
  });
});

describe('planner "llm": every instruction goes to the model', () => {
  let llm, api;
  before(async () => {
    llm = await startFakeLlm([
      { match: 'read the greeting', reply: `{"action":"navigate","url":"${fix.url('/title.html')}"}` },
      { match: 'read the greeting', reply: '{"action":"done","result":"hello from the model"}' },
      { match: 'give up please', reply: '{"action":"fail","reason":"the page has no such thing"}' },
    ]);
    fakes.push(llm);
    api = await serverWith(llm, 'llm', 'llm-all');
  });

  test('even an instruction the rules understand is planned by the model', async () => {
    const { task, results } = await api.run('read the greeting');
    assert.equal(task.status, 'finalized', JSON.stringify(task.progress.logs));
    assert.equal(results.results.length, 2);
    const state = JSON.parse(results.results[0].state);
    assert.equal(state.url, fix.url('/title.html'), 'the navigate action ran');
    assert.equal(results.result, 'hello from the model');
    // The last step carries the artifacts, as for the rule planner.
    assert.ok(results.results[1].screenshot_url);
  });

  test('"fail" from the model fails the task with its reason', async () => {
    const { task } = await api.run('give up please');
    assert.equal(task.status, 'failed');
    assert.match(task.error, /the LLM gave up: the page has no such thing/);
  });
});

describe('LLM errors reach the task', () => {
  test('a wrong API key fails the task with the server\'s message', async () => {
    const llm = await startFakeLlm([{ reply: '{"action":"done"}', repeat: true }], { apiKey: 'sk-right' });
    fakes.push(llm);
    const api = await serverWith(llm, 'auto', 'llm-key', { BROWSERAI_LLM_API_KEY: 'sk-wrong' });
    const { task } = await api.run('frobnicate the widget');
    assert.equal(task.status, 'failed');
    assert.match(task.error, /401/);
    assert.doesNotMatch(JSON.stringify(task), /sk-wrong/, 'the key never shows');
  });

  test('without an LLM configured, "auto" is the rule planner alone', async () => {
    const dataDir = await makeDataDir('llm-none');
    const token = randomToken();
    const server = watch(await startServer({ dataDir, apiKey: token, label: 'llm-none' }));
    cleanup.servers.push(server);
    cleanup.dirs.push(dataDir);
    const api = new Api(server.url, token);
    const { task } = await api.run('upload the file resume.pdf');
    assert.equal(task.status, 'failed');
    assert.match(task.error, /could not understand "upload the file resume.pdf"/);
  });
});

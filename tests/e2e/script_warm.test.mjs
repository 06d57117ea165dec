// Script runners (a Node and a Chromium each) are started ahead of script
// tasks only while such tasks come in: an idle server holds none, the first
// task starts one, a replacement is kept warm after it, and once no script
// task came for BROWSERAI_SCRIPT_WARM_SECONDS the warm runners are retired.
// A task after that still runs (on a cold start).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, sleep } from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';

let fix, dataDir, server, api;

before(async () => {
  fix = await startFixtures();
  dataDir = await makeDataDir('script-warm');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'script-warm', workers: 1,
    env: { BROWSERAI_SCRIPT_RUNNERS: 1, BROWSERAI_SCRIPT_WARM_SECONDS: 3 } }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

const runners = () => server.children().filter((p) => /\/runner\.mjs\b/.test(p.cmdline)).length;

/** Waits up to ms for runners() to be n; returns the last count. */
async function runnersBecome(n, ms) {
  let c = runners();
  for (let t = 0; t < ms && c !== n; t += 100) {
    await sleep(100);
    c = runners();
  }
  return c;
}

async function titleTask() {
  const r = await api.run([`await page.goto(${JSON.stringify(fix.url('/title.html'))});`, 'return await page.title();'],
    { type: 'script_automation' }, { timeout: 90000 });
  assert.equal(r.task.status, 'finalized', JSON.stringify(r.task));
  assert.equal(r.task.result, JSON.stringify(TITLE));
}

describe('script runners warm only while scripts come in', () => {
  test('an idle server starts no runner', async () => {
    await sleep(1500);
    assert.equal(runners(), 0);
  });

  test('a script task starts one, and a replacement is kept warm after it', async () => {
    await titleTask();
    assert.equal(await runnersBecome(1, 30000), 1);
  });

  test('with no script task for the warm time, the warm runner is retired', async () => {
    assert.equal(await runnersBecome(0, 20000), 0);
  });

  test('a task after that runs on a cold start', async () => {
    await titleTask();
  });
});

// A runner that starts slowly (here: a Node that sleeps 2.5 s before it
// runs, as under a loaded machine) is not a broken install: with a start-up
// limit of 1 s, the first two starts are cut off, the limit doubles each time,
// and the task that waited runs on the third, rather than failing with "could
// not start a script runner" as after starts that died.
describe('a slow runner start-up gives the next one more time; the task waits', () => {
  let slowDir, slowData, slowServer, slowApi;

  before(async () => {
    slowDir = fs.mkdtempSync(path.join(os.tmpdir(), 'browserai-slow-node-'));
    fs.chmodSync(slowDir, 0o755);
    const node = path.join(slowDir, 'node');
    fs.writeFileSync(node, `#!/bin/sh\nsleep 2.5\nexec ${JSON.stringify(process.execPath)} "$@"\n`, { mode: 0o755 });
    slowData = await makeDataDir('script-slow');
    const token = randomToken();
    slowServer = watch(await startServer({ dataDir: slowData, apiKey: token, label: 'script-slow', workers: 1,
      env: { BROWSERAI_SCRIPT_RUNNERS: 1, BROWSERAI_SCRIPT_START_SECONDS: 1, BROWSERAI_NODE: node } }));
    slowApi = new Api(slowServer.url, token);
  });

  after(async () => {
    await teardown({ servers: [slowServer], dirs: [slowData] });
    fs.rmSync(slowDir, { recursive: true, force: true });
  });

  test('two starts cut off at 1 s and 2 s, then the task runs', async () => {
    const r = await slowApi.run(['return 6 * 7;'], { type: 'script_automation' }, { timeout: 90000 });
    assert.equal(r.task.status, 'finalized', JSON.stringify(r.task));
    assert.equal(r.task.result, '42');
    assert.match(slowServer.err, /not ready within 1 s .*the next start may take 2 s/);
    assert.match(slowServer.err, /not ready within 2 s .*the next start may take 4 s/);
  });
});

// The server bounds what a script runner sends, whatever the runner says: a
// script that escaped its sandbox can write frames straight to the server
// (issue: 5,006 log lines and ten 5 MiB results from one task, 62 MB of
// database in 16 s). tests/fixtures/hostile-runner is such a runner; each
// attack must end its task failed with the limit it broke, its runner
// killed, and nothing past the limit stored.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, REPO } from './lib/server.mjs';
import { Api } from './lib/api.mjs';

let dataDir, server, api, runnerDir;

/** A readable copy of the hostile runner with the stub packages the pool
 * looks for (node_modules are not committed). */
function hostileRunner() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bai-hostile-runner-'));
  for (const f of ['runner.mjs', 'broker.mjs'])
    fs.copyFileSync(path.join(REPO, 'tests/fixtures/hostile-runner', f), path.join(dir, f));
  for (const pkg of ['playwright-core', 'sucrase']) {
    fs.mkdirSync(path.join(dir, 'node_modules', pkg), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), `{"name":"${pkg}"}`);
  }
  fs.chmodSync(dir, 0o755);
  return dir;
}

before(async () => {
  runnerDir = hostileRunner();
  dataDir = await makeDataDir('script-caps');
  const token = randomToken();
  server = watch(await startServer({
    dataDir, apiKey: token, label: 'script-caps', env: { BROWSERAI_RUNNER_DIR: runnerDir },
  }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], dirs: [dataDir, runnerDir] }));

async function attack(name) {
  const { task, results } = await api.run([name], { type: 'script_automation' }, { timeout: 60000 });
  assert.equal(task.status, 'failed', `${name}: ${JSON.stringify(task)}`);
  assert.match(task.error, /the script's runner sent .*; it was stopped/, task.error);
  return { task, results };
}

test('a flood of log lines stops at the limit; the task fails saying so', async () => {
  const { task } = await attack('flood logs');
  assert.match(task.error, /more log lines than a task may write/);
  const forged = task.progress.logs.filter((l) => l.includes('forged line'));
  assert.ok(forged.length <= 1000, `${forged.length} forged lines were stored`);
});

test('more results than instructions: none past the one instruction is stored', async () => {
  const { task, results } = await attack('flood results');
  assert.match(task.error, /more results than the task has instructions/);
  assert.ok(results.results.length <= 1, `${results.results.length} result rows were stored`);
});

test('a result larger than a step may return is refused', async () => {
  const { task } = await attack('huge result');
  assert.match(task.error, /a result larger than a step may return/);
});

test('a step that is not one of the task\'s instructions is refused', async () => {
  const { task } = await attack('foreign step');
  assert.match(task.error, /a step that is not one of the task's instructions/);
});

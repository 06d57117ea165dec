// Minor holes of issue 12, each attacked: a signed artifact URL that kept
// working after its key was revoked; a Host header reflected into the
// artifact URLs the API hands out; a data folder left readable by others.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, createKey, runCli } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';

const OK = ['finalized', 'completed'];

/** GET with a Host header of our choosing (fetch forbids setting it). */
function getWithHost(url, host, headers = {}) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: u.hostname, port: u.port, path: u.pathname + u.search, method: 'GET',
      headers: { ...headers, Host: host },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('signed artifact URLs and the key that made them', () => {
  let fix, dir, server, boot, A, B, apiA, taskId, lastA;

  before(async () => {
    fix = await startFixtures();
    dir = await makeDataDir('security-minor');
    const token = randomToken();
    server = watch(await startServer({ dataDir: dir, apiKey: token, label: 'security-minor' }));
    boot = new Api(server.url, token);
    A = await createKey(dir, ['alpha']);
    B = await createKey(dir, ['alpha']);
    apiA = boot.withToken(A.token);
    const { id, task, results } = await apiA.run(
      `Open ${fix.url('/title.html')} and get the title`, { project: 'alpha' }, { timeout: 60000 });
    assert.ok(OK.includes(task.status), JSON.stringify(task));
    taskId = id;
    lastA = results.results[results.results.length - 1];
    assert.ok(lastA.screenshot_url, `a screenshot URL: ${JSON.stringify(lastA)}`);
  });

  after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dir] }));

  test('a URL made for a key names that key and works without Authorization', async () => {
    const u = new URL(lastA.screenshot_url);
    assert.equal(u.searchParams.get('kid'), A.id, lastA.screenshot_url);
    assert.equal((await fetch(lastA.screenshot_url)).status, 200);
    // The bootstrap key's URLs carry no kid and work too.
    const bootRes = await boot.getResults(taskId);
    const mine = bootRes.json.results.at(-1).screenshot_url;
    assert.equal(new URL(mine).searchParams.get('kid'), null, mine);
    assert.equal((await fetch(mine)).status, 200);
  });

  test('the signature covers the key: another kid, or none, is refused', async () => {
    const u = new URL(lastA.screenshot_url);
    u.searchParams.set('kid', B.id);
    assert.equal((await fetch(u)).status, 401, 'kid swapped for another key');
    u.searchParams.delete('kid');
    assert.equal((await fetch(u)).status, 401, 'kid removed (as if the bootstrap key\'s)');
  });

  test('once the key is revoked its URLs stop working', async () => {
    const rv = await runCli(['keys', 'revoke', A.id], { dataDir: dir });
    assert.equal(rv.code, 0, `keys revoke: ${rv.stdout}\n${rv.stderr}`);
    const r = await fetch(lastA.screenshot_url);
    assert.equal(r.status, 401, 'a revoked key\'s signed URL is refused');
    assert.deepEqual(await r.json(), { error: 'Unauthorized' });
    // Another key's URLs, and the key's own Authorization path, are unaffected.
    const viaB = await boot.withToken(B.token).getResults(taskId);
    assert.equal((await fetch(viaB.json.results.at(-1).screenshot_url)).status, 200);
  });

  test('a Host header is not reflected into artifact URLs', async () => {
    const evil = 'attacker.example.test:4444';
    const r = await getWithHost(`${server.url}/api/v1/results/${taskId}`, evil,
      { Authorization: `apikey ${B.token}` });
    assert.equal(r.status, 200, r.body);
    const last = JSON.parse(r.body).results.at(-1);
    for (const k of ['screenshot_url', 'html_url', 'console_url']) {
      assert.ok(!last[k].includes('attacker'), `${k}: ${last[k]}`);
      assert.ok(last[k].startsWith(`${server.url}/api/v1/artifacts/`), `${k}: ${last[k]}`);
    }
    // The event stream's URLs alike.
    const ev = await getWithHost(`${server.url}/api/v1/tasks/${taskId}/events`, evil,
      { Authorization: `apikey ${B.token}`, Accept: 'text/event-stream' });
    assert.equal(ev.status, 200);
    assert.ok(!ev.body.includes('attacker'), ev.body.slice(0, 2000));
    assert.match(ev.body, new RegExp(`${server.url.replace(/[.]/g, '\\.')}/api/v1/artifacts/`));
  });

  test('with BROWSERAI_PUBLIC_URL set, URLs use it whatever the Host', async () => {
    await server.stop();
    server = watch(await startServer({
      dataDir: dir, apiKey: randomToken(), label: 'security-minor-public', workers: 0,
      env: { BROWSERAI_PUBLIC_URL: 'https://browserai.example.test' },
    }));
    const r = await getWithHost(`${server.url}/api/v1/results/${taskId}`, 'attacker.example.test',
      { Authorization: `apikey ${B.token}` });
    assert.equal(r.status, 200, r.body);
    const url = JSON.parse(r.body).results.at(-1).screenshot_url;
    assert.ok(url.startsWith('https://browserai.example.test/api/v1/artifacts/'), url);
  });
});

describe('the data folder', () => {
  let dir;
  before(async () => { dir = await makeDataDir('security-perms'); });
  after(() => teardown({ dirs: [dir] }));

  test('a data folder readable by others is tightened to 0700, its files to 0600, and the log says so', async () => {
    fs.chmodSync(dir, 0o755);
    fs.mkdirSync(path.join(dir, 'old'), { mode: 0o755 });
    fs.chmodSync(path.join(dir, 'old'), 0o755);
    fs.writeFileSync(path.join(dir, 'old', 'notes.txt'), 'x', { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'browserai.db'), '', { mode: 0o666 });
    fs.chmodSync(path.join(dir, 'browserai.db'), 0o666);
    const r = await runCli(['keys', 'list'], { dataDir: dir });
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    const mode = (p) => fs.statSync(path.join(dir, p)).mode & 0o777;
    assert.equal(mode('.'), 0o700);
    assert.equal(mode('old'), 0o700);
    assert.equal(mode('old/notes.txt'), 0o600);
    assert.equal(mode('browserai.db'), 0o600);
    assert.match(r.stderr, /data folder .* was readable by others .*tightened to 0700, files 0600/);
    // A tight folder is left alone, and says nothing.
    const again = await runCli(['keys', 'list'], { dataDir: dir });
    assert.equal(again.code, 0);
    assert.doesNotMatch(again.stderr, /tightened/);
  });
});

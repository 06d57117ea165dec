// What a script may not do: read or write the server's files, start
// processes, load native code, open file: URLs or reach private addresses
// (this server does not allow them). Each attempt fails its task with a
// clear error; the server keeps serving. What a script that broke out of
// its vm context could still do is tested in security_script.test.mjs.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';

const PASSWD = fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0]; // "root:x:0:0:..."
const ROOT = process.getuid() === 0;

let fix, dataDir, server, api, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('script-sandbox');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, allowPrivate: false, label: 'script-sandbox' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** Runs each script as its own task, two at a time; resolves their ends. */
async function runAll(scripts) {
  const ids = [];
  for (const s of scripts) ids.push(await api.submit([s], { type: 'script_automation' }));
  const out = [];
  for (const id of ids) {
    const task = await api.waitTerminal(id, { timeout: 90000 });
    const results = (await api.getResults(id)).json;
    out.push({ task, results });
  }
  return out;
}

function assertNoSecret(r, what) {
  const text = JSON.stringify(r);
  assert.ok(!text.includes(PASSWD), `${what}: /etc/passwd leaked: ${text.slice(0, 400)}`);
}

/**
 * One task that tries each attempt in turn, catching what it throws, and
 * returns the error messages; checks each against its pattern.
 */
async function tryEach(attempts) {
  const body = attempts.map(([code]) =>
    `try { out.push('NOT REFUSED: ' + String(await (async () => { ${code} })()).slice(0, 200)); } catch (e: any) { out.push(String(e && e.message)); }`);
  const [{ task }] = await runAll([`const out: string[] = [];\n${body.join('\n')}\nreturn out;`]);
  assert.equal(task.status, 'finalized', JSON.stringify(task));
  assertNoSecret(task, 'the attempts');
  const got = JSON.parse(task.result);
  attempts.forEach(([code, want], i) => assert.match(got[i], want, `${code}\n-> ${got[i]}`));
}

/** Tasks whose scripts do not catch: each must fail with a clear error. */
async function assertFails(attempts) {
  const ends = await runAll(attempts.map(([s]) => s));
  ends.forEach(({ task }, i) => {
    assert.equal(task.status, 'failed', `${attempts[i][0]}: ${JSON.stringify(task)}`);
    assert.match(task.error, attempts[i][1], attempts[i][0]);
    assertNoSecret(task, attempts[i][0]);
  });
  return ends;
}

describe('the script sandbox', () => {
  test('no require, process, import() or fetch in scope', async () => {
    await tryEach([
      ["return require('fs').readFileSync('/etc/passwd', 'utf8')", /require is not defined/],
      ["return require('child_process').execSync('id').toString()", /require is not defined/],
      ["return process.binding('fs')", /process is not defined/],
      ["const fs = await import('fs'); return fs.readFileSync('/etc/passwd', 'utf8')", /dynamic import callback/],
      ["return await (await fetch('file:///etc/passwd')).text()", /fetch is not defined/],
    ]);
    await assertFails([
      ["return require('fs').readFileSync('/etc/passwd', 'utf8')", /^step 1: line 1: ReferenceError: require is not defined$/],
      ["const fs = await import('fs');\nreturn fs.readFileSync('/etc/passwd', 'utf8')", /^step 1: (line 1: )?Error: import\(\) is not available to scripts$/],
    ]);
  });

  test('the browser refuses file:, chrome: and private addresses, even over raw DevTools', async () => {
    await tryEach([
      ["await page.goto('file:///'); return await page.content()", /file: URLs are not allowed/],
      ["await page.goto('chrome://version'); return await page.content()", /chrome: URLs are not allowed/],
      ["const s = await context.newCDPSession(page); await s.send('Page.navigate', { url: 'file:///etc/passwd' }); return await page.content()", /file: URLs are not allowed/],
      ["const s = await context.newCDPSession(page); await s.send('Target.createTarget', { url: 'file:///etc/passwd' }); return 1", /file: URLs are not allowed/],
      ["const s = await context.newCDPSession(page); await s.send('Network.loadNetworkResource', { url: 'file:///etc/passwd', options: { disableCache: true, includeCredentials: false } }); return 1", /not available to scripts/],
      ["await page.setContent('<input type=file id=f>'); await page.setInputFiles('#f', '/etc/passwd'); return await page.evaluate(() => (document.getElementById('f') as any).files[0].text())", /restricted|refused/],
      ["await page.setContent('<p>x</p>'); return await page.evaluate(() => fetch('file:///etc/passwd').then((r) => r.text()))", /Failed to fetch/],
      [`return await (await page.request.get(${JSON.stringify(fix.url('/title.html?from=request'))})).text()`, /page\.request and context\.request are not available to scripts/],
    ]);
    const ends = await assertFails([
      ["await page.goto('file:///etc/passwd');\nreturn await page.content()", /^step 1: line 1: Error: page\.goto: Protocol error \(Page\.navigate\): refused: file: URLs are not allowed/],
      [`await page.goto(${JSON.stringify(fix.url('/title.html?from=script'))}); return await page.title()`, /ERR_BLOCKED_BY_CLIENT.*\(refused: 127\.0\.0\.1 is a loopback address; set BROWSERAI_ALLOW_PRIVATE_NETWORKS=1 to allow it\)/],
    ]);
    const logs = ends[1].task.progress.logs.join('\n');
    assert.match(logs, /the browser refused a request to http:\/\/127\.0\.0\.1:\d+\/title\.html\?from=script/, logs);
    assert.equal(fix.requests.filter((r) => /from=/.test(r.url)).length, 0, 'nothing reached the private address');
  });

  test('the server is unharmed: a script task still completes; clean shutdown', async () => {
    const [{ task }] = await runAll(["await page.setContent('<title>still here</title>'); return await page.title()"]);
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    assert.equal(task.result, '"still here"');
    const health = await api.get('/healthz');
    assert.equal(health.status, 200);
    await assertCleanShutdown(server, baseline);
  });
});

describe('a checkout the script user cannot read', () => {
  // As root, runners run as nobody; a checkout in /root or in a private
  // temporary folder is out of nobody's reach. The server then runs a
  // readable copy of runner/, removed when it stops.
  test('script tasks still run, from a copy of runner/ that the shutdown removes', { skip: !ROOT && 'needs root' }, async () => {
    const hidden = await makeDataDir('private-checkout'); // mode 0700
    const dir2 = await makeDataDir('script-copy');
    const token = randomToken();
    let srv;
    const base = chromiumBaseline();
    try {
      fs.cpSync(new URL('../../runner', import.meta.url), `${hidden}/runner`, { recursive: true, verbatimSymlinks: true });
      srv = watch(await startServer({ dataDir: dir2, apiKey: token, label: 'script-copy',
        env: { BROWSERAI_RUNNER_DIR: `${hidden}/runner` } }));
      const a = new Api(srv.url, token);
      const { task, results } = await a.run(["return 'from the copy'"], { type: 'script_automation' });
      assert.equal(task.status, 'finalized', JSON.stringify(task.progress.logs));
      assert.equal(JSON.parse(results.results[0].result), 'from the copy');
      const m = /using a copy in (\/tmp\/browserai-runner-[\w-]+)/.exec(srv.err);
      assert.ok(m, srv.output());
      assert.ok(fs.existsSync(m[1]));
      await assertCleanShutdown(srv, base);
      assert.ok(!fs.existsSync(m[1]), `${m[1]} is removed at stop`);
    } finally {
      await teardown({ servers: [srv].filter(Boolean), dirs: [hidden, dir2] });
    }
  });
});

// The script sandbox, attacked (issue 12, item 2): the usual vm escapes
// against the context, requests made from the runner process instead of
// the browser, and -- for a script that did get out, simulated by a runner
// that runs its instructions as plain JavaScript of the process
// (tests/fixtures/escaped-runner) -- what its process can still reach:
// another tenant's runner, the server, the network, the server's log.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, REPO, sleep } from './lib/server.mjs';
import { Api } from './lib/api.mjs';

const ROOT = process.getuid() === 0;
const OK = ['finalized', 'completed'];
const PASSWD = fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0];

/** A page on loopback that the operator allowed, logging its requests. */
async function startPage() {
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(req.url);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<title>allowed page</title><p>hello</p>');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    log, port: server.address().port,
    url: (p) => `http://127.0.0.1:${server.address().port}${p}`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/**
 * One task that tries each attempt in turn and returns what each gave
 * ("NOT REFUSED: <value>" or the error's message); checks each against its
 * pattern.
 */
async function tryEach(api, attempts) {
  const body = attempts.map(([code]) =>
    `try { out.push('NOT REFUSED: ' + String(await (async () => { ${code} })()).slice(0, 300)); } catch (e: any) { out.push(String(e && e.message)); }`);
  const { task } = await api.run([`const out: string[] = [];\n${body.join('\n')}\nreturn out;`],
    { type: 'script_automation' }, { timeout: 120000 });
  assert.ok(OK.includes(task.status), JSON.stringify(task));
  const got = JSON.parse(task.result);
  attempts.forEach(([code, want], i) => assert.match(got[i], want, `${code}\n-> ${got[i]}`));
}

// ---- the vm context ---------------------------------------------------------------

describe('the vm context exposes no host realm', () => {
  let page, dir, server, api;

  before(async () => {
    page = await startPage();
    dir = await makeDataDir('security-script');
    const token = randomToken();
    server = watch(await startServer({
      dataDir: dir, apiKey: token, allowPrivate: false, label: 'security-script',
      env: { BROWSERAI_ALLOW_ADDRESSES: `127.0.0.1:${page.port}` },
    }));
    api = new Api(server.url, token);
  });

  after(async () => {
    await page?.close();
    await teardown({ servers: [server], dirs: [dir] });
  });

  test('constructor chains from the global, page, log, input, console and promises reach no process', async () => {
    const noProcess = /process is not defined|Cannot read properties of (undefined|null)|is not a function/;
    await tryEach(api, [
      ["return this.constructor.constructor('return process')().pid", noProcess],
      ["return globalThis.constructor.constructor('return process')().pid", noProcess],
      ["return page.constructor.constructor('return process')().pid", noProcess],
      ["return page.mainFrame().constructor.constructor('return process')().pid", noProcess],
      ["return page.locator('p').constructor.constructor('return process')().pid", noProcess],
      ["return log.constructor.constructor('return process')().pid", noProcess],
      ["return input.constructor.constructor('return process')().pid", noProcess],
      ["return console.log.constructor.constructor('return process')().pid", noProcess],
      ["return setTimeout(() => {}, 1).constructor.constructor('return process')().pid", noProcess],
      ["return new URL('http://a/').constructor.constructor('return process')().pid", noProcess],
      ["return page.title().constructor.constructor('return process')().pid", noProcess],
      ["return (await page.title()).constructor.constructor('return process')().pid", noProcess],
      ["return page.title.call.constructor('return process')().pid", noProcess],
      ["return page.title.bind(page).constructor('return process')().pid", noProcess],
      ["return [Object.getPrototypeOf(page), Object.getPrototypeOf(log), Reflect.getPrototypeOf(page.title), page.__proto__].map(String).join()", /^NOT REFUSED: null,null,null,undefined$/],
      ["return [typeof page._channel, typeof page.request._innerFetch, typeof page._connection, Reflect.ownKeys(page).filter((k) => String(k).startsWith('_')).length].join()", /^NOT REFUSED: undefined,undefined,undefined,0$/],
      ["return typeof page.then", /^NOT REFUSED: undefined$/],
      ["return typeof Object.getOwnPropertyDescriptor(page, 'request')?.value?.constructor", /^NOT REFUSED: undefined$/],
    ]);
  });

  test('arguments.callee.caller, Error.prepareStackTrace, Symbol.for and a hijacked then reach nothing of ours', async () => {
    await tryEach(api, [
      // the caller of a callback the host calls
      [`await page.setContent('<p>x</p>'); let c: any = 'unset';
        page.once('console', function () { c = (arguments as any).callee.caller; });
        await page.evaluate(() => console.log('x')); await new Promise((r) => setTimeout(r, 300));
        return c === null ? 'no caller' : typeof c`, /^NOT REFUSED: no caller$/],
      // a stack trace hook that would collect call sites (this, functions) of host frames
      [`const E: any = Error; E.prepareStackTrace = (e: any, cs: any[]) => cs.map((c) => c.getThis());
        (globalThis as any).Error = { prepareStackTrace: (e: any, cs: any[]) => cs };
        let got: any; page.once('console', () => { got = new Error('x').stack; });
        await page.evaluate(() => console.log('y')); await new Promise((r) => setTimeout(r, 300));
        return typeof got + ' ' + typeof E.prepareStackTrace`, /^NOT REFUSED: string undefined$/],
      // util.inspect's custom hook, handed the host's inspect if we ever inspected a script object
      [`(Object.prototype as any)[Symbol.for('nodejs.util.inspect.custom')] = function (d: any, o: any, inspect: any) { (globalThis as any).leak = inspect; return 'x'; };
        log({ a: 1 }); console.log({ b: 2 });
        delete (Object.prototype as any)[Symbol.for('nodejs.util.inspect.custom')];
        return typeof (globalThis as any).leak`, /^NOT REFUSED: undefined$/],
      // a then that keeps the resolve functions it is given
      [`const orig = Promise.prototype.then; const kept: any[] = [];
        Promise.prototype.then = function (this: any, ok: any, fail: any) { kept.push(ok); return orig.call(this, ok, fail); } as any;
        await page.title();
        Promise.prototype.then = orig;
        const found = kept.map((f) => { try { return typeof f?.constructor('return process')()?.pid; } catch (e: any) { return 'no'; } });
        return found.includes('number') ? 'LEAK' : 'nothing'`, /^NOT REFUSED: nothing$/],
    ]);
  });

  test('requests from the runner process: page.request, _innerFetch, route.fetch(), browser types', async () => {
    const url = JSON.stringify(page.url('/from-runner'));
    await tryEach(api, [
      [`return await (await page.request.get(${url})).text()`, /page\.request and context\.request are not available to scripts/],
      [`return await (await context.request.fetch(${url})).text()`, /not available to scripts/],
      [`return await (page.request as any)._innerFetch({ url: ${url} })`, /is not a function|Cannot read/],
      [`let r = 'not called';
        await page.route('**/*', async (route) => { try { await route.fetch(); r = 'fetched'; } catch (e: any) { r = e.message; } await route.continue(); });
        await page.goto(${JSON.stringify(page.url('/routed'))});
        return r`, /^NOT REFUSED: route\.fetch\(\) is not available to scripts/],
      ["return await browser.browserType().launch()", /browser types are not available to scripts/],
      ["return await browser.browserType().connectOverCDP('http://127.0.0.1:9222')", /browser types are not available to scripts/],
    ]);
    assert.deepEqual(page.log.filter((u) => u === '/from-runner'), [], 'nothing was fetched from the runner process');
  });
});

// ---- a script that got out: its process ------------------------------------------------

/** A readable copy of the escaped runner beside the real broker, with the
 * stub packages the pool looks for. */
function escapedRunner() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bai-escaped-runner-'));
  fs.copyFileSync(path.join(REPO, 'tests/fixtures/escaped-runner/runner.mjs'), path.join(dir, 'runner.mjs'));
  for (const f of ['broker.mjs', 'policy.mjs']) fs.copyFileSync(path.join(REPO, 'runner', f), path.join(dir, f));
  for (const pkg of ['playwright-core', 'sucrase']) {
    fs.mkdirSync(path.join(dir, 'node_modules', pkg), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), `{"name":"${pkg}"}`);
  }
  fs.chmodSync(dir, 0o755);
  return dir;
}

const gateDirs = () => new Set(fs.readdirSync('/tmp').filter((d) => d.startsWith('browserai-gate-')));

describe('an escaped script: what its process can reach', { skip: !ROOT && 'the server is not root' }, () => {
  let runnerDir, dir, server, api, gateSock;
  const MARK = `forged-log-line-${process.pid}-${Date.now()}`;

  before(async () => {
    runnerDir = escapedRunner();
    dir = await makeDataDir('security-escaped');
    const token = randomToken();
    const before = gateDirs();
    server = watch(await startServer({
      dataDir: dir, apiKey: token, allowPrivate: false, label: 'security-escaped', workers: 2,
      env: { BROWSERAI_RUNNER_DIR: runnerDir, BROWSERAI_SCRIPT_RUNNERS: 2 },
    }));
    api = new Api(server.url, token);
    const mine = [...gateDirs()].filter((d) => !before.has(d));
    gateSock = mine.length === 1 ? `/tmp/${mine[0]}/gate-0.sock` : null;
  });

  after(async () => {
    await teardown({ servers: [server], dirs: [dir, runnerDir] });
  });

  const run = (code, opts) => api.run([code], { type: 'script_automation' }, { timeout: 90000, ...opts });

  test('each runner is a user of its own from the range, never root', async () => {
    const code = 'await new Promise((r) => setTimeout(r, 1500)); return process.getuid();';
    const ids = [await api.submit([code], { type: 'script_automation' }), await api.submit([code], { type: 'script_automation' })];
    const uids = [];
    for (const id of ids) {
      const task = await api.waitTerminal(id, { timeout: 90000 });
      assert.ok(OK.includes(task.status), JSON.stringify(task));
      uids.push(JSON.parse(task.result));
    }
    assert.notEqual(uids[0], uids[1], `two runners, two users: ${uids}`);
    for (const u of uids) assert.ok(u >= 60000 && u <= 60999, `${u} is in BROWSERAI_SCRIPT_UIDS`);
  });

  test("one task cannot kill another task's runner", async () => {
    const victim = await api.submit(['await new Promise((r) => setTimeout(r, 6000)); return "survived";'], { type: 'script_automation' });
    let pgid;
    for (let i = 0; i < 200 && !pgid; i++) {
      const t = (await api.getTask(victim)).json;
      const m = (t.progress?.logs || []).map((l) => /script runner (\d+) ready/.exec(l)).find(Boolean);
      if (m) pgid = Number(m[1]);
      else await sleep(100);
    }
    assert.ok(pgid, 'the victim runner started');
    const { task } = await run(`const out = [];
      for (const [target, sig] of [[-${pgid}, 'SIGKILL'], [${pgid}, 'SIGKILL'], [${pgid}, 0]])
        try { process.kill(target, sig); out.push('killed'); } catch (e) { out.push(e.code); }
      return out;`);
    assert.ok(OK.includes(task.status), JSON.stringify(task));
    assert.deepEqual(JSON.parse(task.result), ['EPERM', 'EPERM', 'EPERM']);
    const v = await api.waitTerminal(victim, { timeout: 60000 });
    assert.ok(OK.includes(v.status), `the victim's task: ${JSON.stringify(v)}`);
    assert.equal(v.result, '"survived"');
  });

  test('it cannot signal the server, reach the network or the server, or use the gate to get to loopback', async () => {
    const sock = JSON.stringify(gateSock);
    const { task } = await run(`const out = {};
      try { process.kill(process.ppid, 0); out.server = 'signalled'; } catch (e) { out.server = e.code; }
      const reach = (o) => new Promise((ok) => {
        const s = net.connect(o, () => { s.destroy(); ok('connected'); });
        s.on('error', (e) => ok(e.code));
        setTimeout(() => { s.destroy(); ok('timeout'); }, 3000);
      });
      out.api = await reach({ host: '127.0.0.1', port: ${server.port} });
      out.loopback = await reach({ host: '127.0.0.1', port: 1 });
      if (${sock}) out.gate = await new Promise((ok) => {
        const s = net.connect({ path: ${sock} }, () => s.write('GET http://127.0.0.1:${server.port}/healthz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n'));
        let text = '';
        s.on('data', (d) => { text += d; });
        s.on('end', () => ok(text.split('\\r\\n')[0]));
        s.on('error', (e) => ok(e.code));
      });
      return out;`);
    assert.ok(OK.includes(task.status), JSON.stringify(task));
    const out = JSON.parse(task.result);
    assert.equal(out.server, 'EPERM');
    assert.notEqual(out.api, 'connected', 'the API over loopback');
    assert.equal(out.loopback, 'ENETUNREACH', 'an empty network namespace: not even a loopback');
    if (gateSock) assert.match(out.gate, /^HTTP\/1\.1 403 /, 'through the gate, loopback is refused');
  });

  test("its stderr is its own: nothing reaches the server's log", async () => {
    const { task } = await run(`process.stderr.write('${MARK}\\n'); fs.writeSync(2, '${MARK}\\n'); console.error('${MARK}'); return 'written';`);
    assert.ok(OK.includes(task.status), JSON.stringify(task));
    await sleep(300);
    assert.ok(!server.err.includes(MARK) && !server.out.includes(MARK), 'the forged line reached the server log');
  });

  test('the permission model still refuses files, processes, workers and addons', async () => {
    const { task } = await run(`const out = [];
      const attempt = (f) => { try { f(); out.push('NOT REFUSED'); } catch (e) { out.push(e.code || e.message); } };
      attempt(() => fs.readFileSync('/etc/passwd', 'utf8'));
      attempt(() => fs.writeFileSync('/tmp/browserai-pwned', 'x'));
      attempt(() => process.getBuiltinModule('child_process').execSync('id'));
      attempt(() => new (process.getBuiltinModule('worker_threads').Worker)('1', { eval: true }));
      attempt(() => process.dlopen({ exports: {} }, '/usr/lib/x86_64-linux-gnu/libc.so.6'));
      return out;`);
    assert.ok(OK.includes(task.status), JSON.stringify(task));
    const out = JSON.parse(task.result);
    assert.ok(!out.includes('NOT REFUSED'), JSON.stringify(out));
    assert.ok(!JSON.stringify(task).includes(PASSWD));
    assert.ok(!fs.existsSync('/tmp/browserai-pwned'));
  });
});

// ---- a server that cannot isolate ---------------------------------------------------------

describe('a server that cannot isolate scripts', { skip: !ROOT && 'needs root to start a server as another user' }, () => {
  test('refuses script tasks with the reason instead of running them as itself', async () => {
    const dir = await makeDataDir('security-nonroot');
    fs.chmodSync(dir, 0o777);
    const wrapper = path.join(dir, 'as-nobody.sh');
    const bin = process.env.BROWSERAI_BIN || path.join(REPO, 'build/browserai');
    fs.writeFileSync(wrapper, `#!/bin/sh\nexec setpriv --reuid=65534 --regid=65534 --clear-groups ${bin} "$@"\n`, { mode: 0o755 });
    const token = randomToken();
    let srv;
    try {
      srv = watch(await startServer({ dataDir: path.join(dir, 'data'), apiKey: token, label: 'security-nonroot', bin: wrapper,
        env: { HOME: dir, TMPDIR: dir } }));
      const a = new Api(srv.url, token);
      const { task } = await a.run(['return 1'], { type: 'script_automation' }, { timeout: 60000 });
      assert.equal(task.status, 'failed', JSON.stringify(task));
      assert.match(task.error, /does not run as root.*will not run scripts as itself/);
      assert.equal((await a.get('/healthz')).status, 200, 'the server still serves');
    } finally {
      await teardown({ servers: [srv].filter(Boolean), dirs: [dir] });
    }
  });
});

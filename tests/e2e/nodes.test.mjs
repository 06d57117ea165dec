// GET /api/v1/nodes and the dashboard's #/nodes page (issue 13, item 6): each
// node's heartbeat keeps its row in the store. A single `serve` lists itself
// with its slots; a cluster of one API node (`serve --no-workers`) and two
// `worker` nodes on PostgreSQL (tests/lib/pg.sh's throw-away server) lists all
// three with their roles, from the API node; the dashboard shows them; a
// SIGKILLed worker stops beating and turns not alive.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown } from './lib/harness.mjs';
import { Server, WorkerNode, startServer, makeDataDir, randomToken, sleep, CHROMIUM } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { Postgres } from './lib/pg.mjs';
import { assertSchema } from './lib/schema.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core');

/** Polls GET /api/v1/nodes until pred(nodes) holds; returns the nodes. */
async function waitNodes(api, pred, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await api.get('/api/v1/nodes');
    assert.equal(r.status, 200, r.text);
    assertSchema('NodeList', r.json, 'GET /api/v1/nodes');
    if (pred(r.json.nodes)) return r.json.nodes;
    if (Date.now() > end) assert.fail(`${what} within ${timeout} ms: ${r.text}`);
    await sleep(250);
  }
}

/** The node of a process: its name is "host:PID". */
const byPid = (nodes, pid) => nodes.find((n) => n.name.endsWith(`:${pid}`));

describe('nodes of a single serve', () => {
  let dataDir, server, api;
  before(async () => {
    dataDir = await makeDataDir('nodes-single');
    const token = randomToken();
    server = watch(await startServer({ dataDir, apiKey: token, workers: 2, label: 'nodes-single' }));
    api = new Api(server.url, token);
  });
  after(async () => { await teardown({ servers: [server], dirs: [dataDir] }); });

  test('lists itself with its slots, alive', async () => {
    const nodes = await waitNodes(api, (v) => v.length === 1, 'the serve node listed');
    const n = nodes[0];
    assert.ok(n.name.endsWith(`:${server.proc.pid}`), n.name);
    assert.equal(n.role, 'serve');
    assert.equal(n.slots, 2);
    assert.equal(n.busy, 0);
    assert.equal(n.alive, true);
    assert.match(n.version, /^\d+\.\d+\.\d+/);
    assert.match(n.started, /^\d{4}-\d\d-\d\dT/);
    assert.match(n.lastSeen, /^\d{4}-\d\d-\d\dT/);
  });

  test('needs a key', async () => {
    const r = await api.get('/api/v1/nodes', { auth: false });
    assert.equal(r.status, 401);
  });
});

describe('nodes of a cluster', () => {
  let pg, token, api, apiNode, browser;
  const servers = [];
  const workers = [];
  const dirs = [];

  const nodeEnv = (dataDir) => ({ BROWSERAI_STORE: pg.url, BROWSERAI_DATA_DIR: dataDir });

  before(async () => {
    pg = new Postgres();
    pg.start();
    token = randomToken();
    const apiDir = await makeDataDir('nodes-api');
    dirs.push(apiDir);
    apiNode = watch(new Server({ dataDir: apiDir, apiKey: token, workers: 0, label: 'nodes-api', args: ['--no-workers'], env: nodeEnv(apiDir) }));
    servers.push(apiNode);
    await apiNode.start({ timeout: 30000 });
    api = new Api(apiNode.url, token);
    for (let i = 1; i <= 2; i++) {
      const dataDir = await makeDataDir(`nodes-worker-${i}`);
      dirs.push(dataDir);
      const w = watch(new WorkerNode({ dataDir, apiKey: token, workers: 1, label: `nodes-worker-${i}`, env: nodeEnv(dataDir) }));
      servers.push(w);
      await w.start();
      workers.push(w);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await teardown({ servers, dirs });
    pg?.stop();
  });

  test('the API node lists all three with their roles', async () => {
    const pids = [apiNode, ...workers].map((s) => s.proc.pid);
    const nodes = await waitNodes(api, (v) => pids.every((p) => byPid(v, p)?.alive), 'the three nodes alive');
    const a = byPid(nodes, apiNode.proc.pid);
    assert.equal(a.role, 'api');
    assert.equal(a.slots, 0);
    for (const w of workers) {
      const n = byPid(nodes, w.proc.pid);
      assert.equal(n.role, 'worker');
      assert.equal(n.slots, 1);
    }
  });

  test('the dashboard shows them', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    p.setDefaultTimeout(10000);
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${apiNode.url}/`);
    await p.fill('#apikey', token);
    await p.click('#signin-button');
    await p.waitForURL(/#\/projects$/);
    await p.click('#nav a[data-nav="nodes"]');
    await p.waitForURL(/#\/nodes$/);
    await p.waitForSelector('#nodes-box table.nodes tbody tr');
    const rows = await p.$$eval('#nodes-box tbody tr', (trs) => trs.map((tr) => ({
      name: tr.dataset.node, role: tr.dataset.role, alive: tr.dataset.alive, text: tr.innerText,
    })));
    for (const s of [apiNode, ...workers]) {
      const row = rows.find((r) => r.name.endsWith(`:${s.proc.pid}`));
      assert.ok(row, `a row for ${s.label}: ${JSON.stringify(rows)}`);
      assert.equal(row.alive, 'true');
      assert.match(row.text, /alive/);
      assert.match(row.text, s === apiNode ? /0 \/ 0/ : /0 \/ 1|1 \/ 1/);
    }
    assert.equal(rows.find((r) => r.name.endsWith(`:${apiNode.proc.pid}`)).role, 'api');
    assert.equal(await p.getAttribute('#nav a[data-nav="nodes"]', 'aria-current'), 'page');
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('a killed worker turns not alive', async () => {
    const w = workers[1];
    const pid = w.proc.pid;
    await w.kill();
    // Alive means a beat within three periods (15 s): wait past that, bounded.
    const nodes = await waitNodes(api, (v) => byPid(v, pid) && !byPid(v, pid).alive, 'the killed worker gone', 60000);
    assert.equal(byPid(nodes, workers[0].proc.pid).alive, true);
    assert.equal(byPid(nodes, apiNode.proc.pid).alive, true);
  });

  /* A node stops on SIGTERM by itself while its database is gone: its
   * calls give up soon once it is stopping (store_stopping) rather than
   * retrying for 30 s each, which left it to be SIGKILLed. */
  test('with PostgreSQL down, a worker running a task and the API node asked to stop exit by themselves', async () => {
    const id = await api.submit(['wait 30 seconds']);
    await api.waitFor(id, 'running');
    pg.stop();
    // The worker gives its task the shutdown grace (10 s), then hands it
    // back; with the database gone that fails at once rather than after
    // 30 s of retries for each call.
    for (const node of [workers[0], apiNode]) {
      const r = await node.stop({ graceMs: 25000 });
      assert.equal(r.graceful, true, `${node.label} exited on SIGTERM alone\n${node.err.slice(-2000)}`);
      assert.equal(r.code, 0, node.err.slice(-2000));
    }
    assert.match(workers[0].err + apiNode.err, /the node is stopping/);
  });
});

// The grounding fixture site (tests/fixtures/grounding/): small pages built
// the way real ones are (divs with classes, ARIA or none, icon-only buttons,
// labels that differ from the words a person uses), served on 127.0.0.1 and a
// free port. Pages report what a person did to them with
//   fetch('/api/event', {method: 'POST', body: JSON.stringify({...})})
// and every such event is recorded in `events` ({page, action, ..., time}).
//
//   /<name>.html     a page of the folder
//   /api/feed?page=N items N*10+1.. of an endless feed (JSON)
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, describe } from 'node:test';
import { test, watch, teardown, assertCleanShutdown } from './harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './server.mjs';
import { Api } from './api.mjs';
import assert from 'node:assert/strict';
import { crawl, lastExtract } from './site.mjs';

export const GROUNDING_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/grounding');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export async function startGrounding() {
  const events = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://grounding');
    const chunks = [];
    for await (const ch of req) chunks.push(ch);
    const body = Buffer.concat(chunks).toString('utf8');
    if (url.pathname === '/api/event') {
      let ev = {};
      try { ev = JSON.parse(body || '{}'); } catch { ev = { raw: body }; }
      events.push({ ...ev, time: Date.now() });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end('{"ok":true}');
    }
    if (url.pathname === '/api/feed') {
      const page = Math.max(0, Number(url.searchParams.get('page')) || 0);
      const items = [];
      for (let n = page * 10 + 1; n <= page * 10 + 10; n++) items.push({ n, title: n === 37 ? 'The rare orchid' : `Garden note ${n}` });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(JSON.stringify({ page, items }));
    }
    const rel = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = path.resolve(GROUNDING_DIR, '.' + rel);
    if (!file.startsWith(GROUNDING_DIR + path.sep)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const data = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(data);
    } catch {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end('<!doctype html><title>Not found</title><p>no such page</p>');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    base,
    url: (p) => base + (p.startsWith('/') ? p : '/' + p),
    events,
    /** Events since `since` (ms epoch) for which where(ev) holds. */
    eventsSince: (since, where = () => true) => events.filter((e) => e.time >= since && where(e)),
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/* Grouped runs: the set-up below (the site, a data folder, a server and its
 * Chromium) costs a file the same whatever its tests do, so make test runs
 * the grounding files several to a process (runGroup; tests/run.sh writes
 * the groups), where they share one set-up: `shared` is it, null when a
 * file runs alone. The files of a group run one after another, and every
 * check of the site's events reads those since its own run started
 * (run.since), so no file sees another's. */
let shared = null;

/* Into s, a part at a time: what started before a failure is torn down. */
async function setUp(s, label) {
  s.baseline = chromiumBaseline();
  s.site = await startGrounding();
  s.dataDir = await makeDataDir(label);
  const token = randomToken();
  s.server = watch(await startServer({ dataDir: s.dataDir, apiKey: token, label }));
  s.api = new Api(s.server.url, token);
}

const tearDown = (s) => teardown({ servers: [s.server], fixtures: [s.site], dirs: [s.dataDir] });

/**
 * A test file's set-up: the grounding site, a data folder and a server,
 * started before the tests and removed after (in a group, the group's,
 * shared). Returns an object whose site, server, api and baseline are set
 * once before() ran, and:
 *   G(path)                     the site's URL of a page;
 *   events(run, action, where)  the events of a run (of that action, and
 *                               where(e) holds), in order;
 *   one(run, action, where)     the one such event (asserted);
 *   nothingSent(page, said, action)  runs "Open <page>. <said>", which must
 *                               fail with no `action` event; the run.
 *   answers(page, cases)        runs each [instruction, answer] ({url} is the
 *                               page's address, else "Open <page> and ...")
 *                               and expects the last extraction to say
 *                               exactly the answer.
 */
export function useGrounding(label) {
  const g = { G: (p) => g.site.url(p) };
  g.events = (run, action, where = () => true) =>
    g.site.eventsSince(run.since, (e) => (!action || e.action === action) && where(e));
  g.one = (run, action, where) => {
    const e = g.events(run, action, where);
    assert.equal(e.length, 1, `one "${action}" event: ${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
    return e[0];
  };
  /* a request that must fail and send nothing: the run, after checking
   * the task failed and the page recorded no `action` event */
  g.nothingSent = async (page, said, action) => {
    const run = await crawl(g.api, `Open ${g.G(page)}. ${said}`, { expect: 'failed' });
    assert.equal(g.events(run, action).length, 0, `${said}\n${run.why}`);
    return run;
  };
  g.answers = async (page, cases) => {
    for (const [instr, want] of cases) {
      const run = await crawl(g.api, instr.includes('{url}') ? instr.replace('{url}', g.G(page)) : `Open ${g.G(page)} and ${instr}`);
      assert.equal(lastExtract(run).text, want, run.why);
    }
  };
  if (shared) {
    // The group's, read when the tests run: its before() sets them up.
    for (const k of ['baseline', 'site', 'dataDir', 'server', 'api']) Object.defineProperty(g, k, { get: () => shared[k] });
    return g;
  }
  before(() => setUp(g, label));
  after(() => tearDown(g));
  return g;
}

/**
 * A file's last test when it runs alone: its server stops cleanly
 * (assertCleanShutdown). In a group it adds none: the group's last test
 * stops the shared server so.
 */
export function stopsCleanly(g) {
  if (shared) return;
  test('the server stops cleanly', async () => {
    await assertCleanShutdown(g.server, g.baseline);
  });
}

/**
 * Runs the grounding files (absolute paths) in this process against one
 * set-up: each file a suite named after it, in order, then 'the shared
 * server stops cleanly'. The module tests/run.sh writes for a group calls
 * this; a file that cannot share (options of its own, or it starts or
 * stops a server itself) is left out there.
 */
export function runGroup(label, files) {
  shared = {};
  before(() => setUp(shared, label));
  for (const file of files) {
    describe(path.basename(file), async () => {
      try {
        await import(file);
      } catch (e) {
        // As when it runs alone, a file that does not load is a failed test
        // (a suite that fails by itself is counted in no summary line).
        test('the file loads', () => { throw e; });
      }
    });
  }
  test('the shared server stops cleanly', async () => {
    await assertCleanShutdown(shared.server, shared.baseline);
  });
  after(() => tearDown(shared));
}

// Standalone: `node tests/e2e/lib/grounding.mjs` serves the pages until ^C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startGrounding();
  console.log(`grounding: listening on ${s.base}`);
}

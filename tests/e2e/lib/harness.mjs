// Shared set-up of the test files: a `test` that remembers failures (so the
// servers' output is printed when something failed), and the clean-shutdown
// check every file ends with.
import nodeTest from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { leakedChromium, waitEmpty, removeDir } from './server.mjs';
import { schemaErrors } from './schema.mjs';

/* Two tiers (as SQLite's quick and full test runs): `make test` runs the
 * quick one, `make test-full` (E2E_TIER=full) also the further phrasings of
 * a behaviour that a kept case already tests. A phrasing is the planner's
 * breadth, and each costs a whole task (a context, a renderer, the agent:
 * about one CPU second), so the quick tier keeps one phrasing of each
 * behaviour and CI stays well under 15 minutes on two cores; the full tier
 * is for changes to the planner or the agent. */
export const FULL = process.env.E2E_TIER === 'full';

/** list in the full tier, [] in the quick one (further phrasings). */
export function full(list) {
  return FULL ? list : [];
}

let failures = 0;
const servers = new Set();

/** node:test's test(), counting failures. Same signature. */
export function test(name, opts, fn) {
  if (typeof opts === 'function') { fn = opts; opts = {}; }
  return nodeTest(name, opts, async (t) => {
    try {
      return await fn(t);
    } catch (e) {
      failures++;
      throw e;
    }
  });
}

/** test() in the full tier; in the quick one a skipped test, so that the
 * counts say what was left out. */
export function testFull(name, opts, fn) {
  if (FULL) return test(name, opts, fn);
  return nodeTest(name, { skip: 'full tier (make test-full)' }, () => {});
}

/** Remember a server so its output is shown when a test of the file failed. */
export function watch(server) {
  servers.add(server);
  return server;
}

/** Prints the output of every watched server when a test failed. */
export function dumpOnFailure() {
  if (!failures) return;
  for (const s of servers) process.stderr.write(`\n${s.output(120)}`);
}

/**
 * Stops every server (SIGTERM; SIGKILL after 10 s), closes the fixtures and
 * removes the directories. For after() hooks: never throws.
 */
export async function teardown({ servers: list = [], fixtures = [], dirs = [] } = {}) {
  dumpOnFailure();
  for (const s of list) {
    try { await s?.stop(); } catch (e) { process.stderr.write(`teardown: ${e.message}\n`); }
  }
  for (const f of fixtures) {
    try { await f?.close(); } catch { /* ignore */ }
  }
  // A SIGKILLed server cannot remove its chromium profiles: do it for it.
  for (const s of list) for (const d of s?.userDataDirs || []) await removeDir(d);
  for (const d of dirs) await removeDir(d);
}

/**
 * Stops server with SIGTERM and asserts: it exited on its own (no SIGKILL
 * needed), cleanly, and left no process behind: none of its descendants and
 * no new chromium browser since `baseline`.
 */
export async function assertCleanShutdown(server, baseline) {
  const before = server.snapshotChildren();
  const r = await server.stop();
  assert.ok(r, 'server was running');
  assert.equal(r.graceful, true, `server did not exit within 10 s of SIGTERM\n${server.output(40)}`);
  assert.ok(r.code === 0 || r.signal === 'SIGTERM', `server exited badly after SIGTERM: ${JSON.stringify(r)}\n${server.output(40)}`);
  const left = await waitEmpty(() => server.leftovers(), 5000);
  assert.deepEqual(left.map((p) => `${p.pid} ${p.cmdline.slice(0, 160)}`), [],
    `processes of the server still run after it exited (had ${before.length} children)`);
  const using = await waitEmpty(() => server.processesUsingDirs(), 5000);
  assert.deepEqual(using.map((p) => `${p.pid} ${p.cmdline.slice(0, 160)}`), [],
    'processes naming the data dir or a chromium user-data-dir of the server remain');
  const profiles = await waitEmpty(() => [...server.userDataDirs].filter((d) => fs.existsSync(d)), 5000);
  assert.deepEqual(profiles, [], 'the server removes its chromium profile directories when it stops');
  const leaked = await waitEmpty(() => leakedChromium(baseline), 5000);
  assert.deepEqual(leaked.map((p) => `${p.pid} ${p.cmdline.slice(0, 160)}`), [],
    'chromium browsers left running with no browserai parent');
}

/** Assert an error response: status, JSON body matching Error, optional exact body. */
export function assertError(r, status, exact) {
  assert.equal(r.status, status, `expected ${status}, got ${r.status}: ${r.text.slice(0, 500)}`);
  assert.ok(r.json && typeof r.json === 'object', `error body is not JSON: ${r.text.slice(0, 300)}`);
  const errs = schemaErrors('Error', r.json);
  assert.deepEqual(errs, [], `error body does not match Error: ${r.text.slice(0, 500)}`);
  assert.match(String(r.headers.get?.('content-type') ?? r.headers['content-type']), /application\/json/);
  if (exact !== undefined) {
    assert.deepEqual(r.json, exact);
    assert.equal(r.text.trim(), JSON.stringify(exact));
  }
}

// Request framing: a request whose body length can be read two ways (two
// Content-Length headers, Content-Length with Transfer-Encoding, a
// Transfer-Encoding other than chunked) is refused with 400 and the
// connection closed, so a request smuggled in its body is never answered.
// Raw sockets: no HTTP client sends such requests.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { exchange as rawExchange, statuses } from './lib/raw.mjs';

let dataDir, server, token, baseline, port;

before(async () => {
  baseline = chromiumBaseline();
  dataDir = await makeDataDir('framing');
  token = randomToken();
  // No worker slots: these tests need no browser.
  server = watch(await startServer({ dataDir, apiKey: token, workers: 0, label: 'framing' }));
  port = server.port;
});

after(() => teardown({ servers: [server], dirs: [dataDir] }));

const exchange = (bytes, opts) => rawExchange(port, bytes, opts);

// A request of its own, answered 200 if the server ever reads it as one.
const SMUGGLED = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';

const head = (lines) => `POST /api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: apikey ${token}\r\n` +
  `Content-Type: application/json\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`;

/** Sends the request and asserts: one answer, 400, then the connection closed. */
async function assertRefused(what, bytes, { ours = true } = {}) {
  const r = await exchange(bytes);
  const got = statuses(r.text);
  if (ours) assert.deepEqual(got, [400], `${what}: expected a single 400, got:\n${r.text.slice(0, 800)}`);
  else assert.ok(got.length && got.every((s) => s === 400), `${what}: expected 400, got:\n${r.text.slice(0, 800)}`);
  assert.match(r.text, /\r\nconnection: close\r\n/i, `${what}: the 400 says Connection: close\n${r.text.slice(0, 800)}`);
  assert.ok(r.closed, `${what}: the server must close the connection after the 400\n${r.text.slice(0, 800)}`);
  if (ours) assert.match(r.text, /\r\n\r\n\{"error":"[^"]+"/, `${what}: the 400 has an Error body`);
}

test('the reader sees pipelined answers: two plain requests get two answers', async () => {
  const r = await exchange(`${SMUGGLED}GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  assert.deepEqual(statuses(r.text), [200, 200], r.text.slice(0, 800));
});

test('two different Content-Length headers: 400, closed, the body never answered', async () => {
  await assertRefused('Content-Length 0 then 38', head(['Content-Length: 0', `Content-Length: ${SMUGGLED.length}`]) + SMUGGLED);
  await assertRefused('Content-Length 38 then 0', head([`Content-Length: ${SMUGGLED.length}`, 'Content-Length: 0']) + SMUGGLED);
});

test('a repeated Content-Length, even with the same value: 400, closed', async () => {
  const body = '{}';
  await assertRefused('Content-Length twice', head(['Content-Length: 2', 'Content-Length: 2']) + body + SMUGGLED);
  // libmicrohttpd refuses this one itself, before any handler, with its own
  // HTML body (and 0.9.75 writes its status line twice).
  await assertRefused('Content-Length listed twice in one header', head(['Content-Length: 2, 2']) + body + SMUGGLED,
    { ours: false });
});

test('Content-Length with Transfer-Encoding: 400, closed, the body never answered', async () => {
  // CL.TE: the chunked body ends at once; what follows is "another request".
  const chunked = `0\r\n\r\n${SMUGGLED}`;
  await assertRefused('Content-Length then chunked',
    head([`Content-Length: ${chunked.length}`, 'Transfer-Encoding: chunked']) + chunked);
  await assertRefused('chunked then Content-Length',
    head(['Transfer-Encoding: chunked', 'Content-Length: 3']) + chunked);
});

test('a Transfer-Encoding other than chunked: 400, closed', async () => {
  for (const te of ['gzip', 'chunked, gzip', 'gzip, chunked', 'identity', 'xchunked', 'chunked;x=1']) {
    await assertRefused(`Transfer-Encoding: ${te}`, head([`Transfer-Encoding: ${te}`]) + `0\r\n\r\n${SMUGGLED}`);
  }
  await assertRefused('Transfer-Encoding twice',
    head(['Transfer-Encoding: chunked', 'Transfer-Encoding: chunked']) + `0\r\n\r\n${SMUGGLED}`);
});

test('a GET with ambiguous framing is refused too, whatever the route', async () => {
  const get = (lines) => `GET /no-such-path HTTP/1.1\r\nHost: x\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`;
  await assertRefused('GET with two Content-Lengths', get(['Content-Length: 0', `Content-Length: ${SMUGGLED.length}`]) + SMUGGLED);
});

test('well-framed bodies still work: Content-Length alone and chunked alone', async () => {
  const body = '{}';
  const a = await exchange(head([`Content-Length: ${body.length}`, 'Connection: close']) + body);
  assert.deepEqual(statuses(a.text), [400], a.text.slice(0, 800)); // validation, not framing
  assert.match(a.text, /"details"/, 'a validation 400 names the fields');
  const b = await exchange(head(['Transfer-Encoding: chunked', 'Connection: close']) + `2\r\n${body}\r\n0\r\n\r\n`);
  assert.deepEqual(statuses(b.text), [400], b.text.slice(0, 800));
  assert.match(b.text, /"details"/, 'a validation 400 names the fields');
  const c = await exchange(`${SMUGGLED}${SMUGGLED}`, { timeout: 500 });
  assert.deepEqual(statuses(c.text), [200, 200], 'keep-alive: both answered, the connection stays open');
  assert.equal(c.closed, false, 'a well-framed keep-alive connection stays open');
});

test('the server shuts down cleanly', async () => {
  await assertCleanShutdown(server, baseline);
});

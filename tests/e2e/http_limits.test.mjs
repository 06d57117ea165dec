// Connections: many idle connections and event streams held at once while
// other clients are still served; a limit per client address that event
// streams count toward; a deadline for a request's headers that a client
// trickling them byte by byte cannot stretch (slowloris); an idle timeout
// that event streams are exempt from. No timing asserts beyond "closed
// eventually" and "answered": the machine may be busy.
import { before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, sleep } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { connect, exchange, statuses, within } from './lib/raw.mjs';

const PER_CLIENT = 64;

let baseline, token, dirs = [], held, tight, heldApi, tightApi;

before(async () => {
  baseline = chromiumBaseline();
  token = randomToken();
  dirs = [await makeDataDir('http-held'), await makeDataDir('http-tight')];
  // No worker slots: tasks stay queued, so their event streams stay open.
  held = watch(await startServer({
    dataDir: dirs[0], apiKey: token, workers: 0, label: 'held',
    env: { BROWSERAI_HTTP_MAX_PER_CLIENT: PER_CLIENT },
  }));
  // One event loop, not a pool: the same parking and deadlines without one.
  tight = watch(await startServer({
    dataDir: dirs[1], apiKey: token, workers: 0, label: 'tight',
    env: { BROWSERAI_HTTP_HEADER_TIMEOUT: 2, BROWSERAI_HTTP_IDLE_TIMEOUT: 2, BROWSERAI_HTTP_THREADS: 1 },
  }));
  heldApi = new Api(held.url, token);
  tightApi = new Api(tight.url, token);
});

after(() => teardown({ servers: [held, tight], dirs }));

const queuedTask = async (api) => api.submit('Open example.com and get the title');

/** An event stream over a raw socket; resolves once the first event arrived. */
async function openStream(port, id, { localAddress } = {}) {
  const c = await connect(port, { localAddress });
  c.sock.write(`GET /api/v1/tasks/${id}/events HTTP/1.1\r\nHost: x\r\nAuthorization: apikey ${token}\r\n` +
    'Accept: text/event-stream\r\n\r\n');
  for (let i = 0; i < 600 && !/event: status/.test(c.received()); i++) {
    if (c.isClosed()) throw new Error(`the stream closed before its first event: ${c.received().slice(0, 300)}`);
    await sleep(50);
  }
  assert.match(c.received(), /^HTTP\/1\.1 200 [^]*event: status/, 'the stream sends the task status first');
  return c;
}

/** Resolves true once the text received on c matches re, false after ms. */
async function heard(c, re, ms = 20000) {
  const end = Date.now() + ms;
  while (!re.test(c.received())) {
    if (Date.now() > end || c.isClosed()) return re.test(c.received());
    await sleep(50);
  }
  return true;
}

// The end event, then the chunked body's last chunk: the stream is over.
const STREAM_END = /event: end\n[^]*\r\n0\r\n\r\n$/;

/** n connections from the loopback address addr that send nothing. */
const idle = (port, n, addr) => Promise.all(Array.from({ length: n }, () => connect(port, { localAddress: addr })));

describe('many connections at once', () => {
  test('300 idle connections and 50 event streams: /healthz and a task still answer, every stream hears the end', async () => {
    const id = await queuedTask(heldApi);
    const sockets = [];
    // 6 addresses x 50 idle, under the per-client limit of 64.
    for (let a = 2; a < 8; a++) sockets.push(...await idle(held.port, 50, `127.0.0.${a}`));
    const streams = [];
    for (let i = 0; i < 50; i++) streams.push(await openStream(held.port, id, { localAddress: `127.0.0.${10 + (i % 5)}` }));

    const health = await heldApi.get('/healthz', { auth: false });
    assert.equal(health.status, 200, health.text);
    const task = await heldApi.getTask(id);
    assert.equal(task.status, 200, task.text);
    assert.equal(task.json.executionId, id);

    // News wakes every parked stream: cancel the task, each one ends.
    const cancel = await heldApi.cancel(id);
    assert.ok([200, 202].includes(cancel.status), `cancel: ${cancel.status} ${cancel.text}`);
    for (const [i, s] of streams.entries()) {
      assert.ok(await heard(s, STREAM_END), `stream ${i} did not end after the cancel: ${s.received().slice(-300)}`);
      s.sock.destroy();
    }
    assert.deepEqual(sockets.filter((s) => s.isClosed()).length, 0, 'the idle connections are still held');
    for (const s of sockets) s.sock.destroy();
  });
});

describe('connections per client address', () => {
  test(`a client past ${PER_CLIENT} connections is refused; another address is served meanwhile`, async () => {
    const id = await queuedTask(heldApi);
    const addr = '127.0.0.20';
    // Event streams count: 4 streams and 60 kept-alive connections, each
    // answered once so the server has surely taken it in.
    const mine = [];
    for (let i = 0; i < 4; i++) mine.push(await openStream(held.port, id, { localAddress: addr }));
    for (let i = 0; i < PER_CLIENT - 4; i++) {
      const c = await connect(held.port, { localAddress: addr });
      c.sock.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      for (let j = 0; j < 200 && !/\r\n\r\n\{/.test(c.received()); j++) await sleep(10);
      assert.deepEqual(statuses(c.received()), [200], `connection ${i} was answered`);
      mine.push(c);
    }
    const over = await exchange(held.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', { localAddress: addr, timeout: 10000 });
    assert.deepEqual(statuses(over.text), [], `connection ${PER_CLIENT + 1} of one address must not be served: ${over.text.slice(0, 200)}`);
    assert.ok(over.closed, 'and it is closed at once');
    const other = await exchange(held.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', { localAddress: '127.0.0.21' });
    assert.deepEqual(statuses(other.text), [200], 'another address is served');

    // One closed: the address may connect again.
    mine.pop().sock.destroy();
    let again;
    for (let i = 0; i < 50; i++) {
      again = await exchange(held.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', { localAddress: addr });
      if (statuses(again.text).length) break;
      await sleep(100);
    }
    assert.deepEqual(statuses(again.text), [200], 'after one of its connections closed, the address is served again');
    for (const c of mine) c.sock.destroy();
  });
});

describe('timeouts', () => {
  test('slowloris: headers trickled byte by byte are cut off by the header deadline; others are served meanwhile', async () => {
    const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: a-slow-client-sending-one-byte-at-a-time\r\n\r\n';
    // Each trickler sends a byte every 250 ms, well within the idle timeout
    // (2 s), so only the deadline for the whole headers (2 s) can stop it.
    const tricklers = await Promise.all(Array.from({ length: 20 }, () => connect(tight.port)));
    let sent = 0;
    const timer = setInterval(() => {
      for (const t of tricklers) if (!t.isClosed()) t.sock.write(request[sent]);
      sent++;
      if (sent >= request.length) clearInterval(timer);
    }, 250);
    try {
      for (let i = 0; i < 5; i++) {
        const r = await tightApi.get('/healthz', { auth: false });
        assert.equal(r.status, 200, 'another client is served while the tricklers trickle');
        await sleep(200);
      }
      for (const [i, t] of tricklers.entries()) {
        assert.ok(await within(t.closed, 20000), `trickler ${i} was not cut off`);
        assert.deepEqual(statuses(t.received()), [], `trickler ${i} got an answer: ${t.received().slice(0, 200)}`);
      }
      assert.ok(sent < request.length, `the server waited for all ${request.length} bytes (sent ${sent})`);
    } finally {
      clearInterval(timer);
      for (const t of tricklers) t.sock.destroy();
    }
  });

  test('a connection that sends nothing is closed; so is a kept-alive one after its reply', async () => {
    const silent = await connect(tight.port);
    assert.ok(await within(silent.closed, 20000), 'a silent connection is closed');
    const kept = await connect(tight.port);
    kept.sock.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.ok(await within(kept.closed, 20000), 'a kept-alive connection with no next request is closed');
    assert.deepEqual(statuses(kept.received()), [200]);
  });

  test('an event stream outlives the idle and header timeouts, and still hears the end', async () => {
    const id = await queuedTask(tightApi);
    const s = await openStream(tight.port, id);
    await sleep(5000); // more than twice both timeouts
    assert.equal(s.isClosed(), false, `the stream was closed: ${s.received().slice(-300)}`);
    const cancel = await tightApi.cancel(id);
    assert.ok([200, 202].includes(cancel.status), `cancel: ${cancel.status} ${cancel.text}`);
    assert.ok(await heard(s, STREAM_END), `the stream ends after the cancel: ${s.received().slice(-300)}`);
    s.sock.destroy();
  });
});

test('the servers shut down cleanly', async () => {
  await assertCleanShutdown(held, baseline);
  await assertCleanShutdown(tight, baseline);
});

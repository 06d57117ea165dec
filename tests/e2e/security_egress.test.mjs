// The egress gate, attacked: every side door of issue 12 that a page used to
// reach the server's own network, in both engines. The server refuses
// private networks; the attacking pages are served on 127.0.0.1 from a
// port the operator allowed (BROWSERAI_ALLOW_ADDRESSES), and each attack
// aims at a "secret" server on another loopback port (and on [::1]) that
// must see nothing at all: its own log of connections, requests and UDP
// datagrams is the evidence, not only what the page could read.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import dgram from 'node:dgram';
import http from 'node:http';
import net from 'node:net';
import { test, watch, teardown } from './lib/harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, makeDataDir, randomToken, sleep, BIN } from './lib/server.mjs';
import { Api } from './lib/api.mjs';

const SECRET = `SECRET-${crypto.randomBytes(8).toString('hex')}`;
const OK = ['finalized', 'completed'];

// ---- the secret: HTTP and WebSocket on 127.0.0.1 and [::1], UDP too -------------

/** One port on 127.0.0.1 and ::1 (TCP) and 127.0.0.1 (UDP) that logs
 * every connection, request and datagram, and answers with the secret. */
async function startSecret() {
  const log = [];
  const page = `<title>${SECRET}</title><p>${SECRET}</p>`;
  const web = http.createServer((req, res) => {
    log.push(`http ${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' });
    res.end(page);
  });
  web.on('connection', (s) => log.push(`tcp from ${s.remoteAddress}`));
  web.on('upgrade', (req, sock) => { // a WebSocket that sends the secret
    log.push(`ws ${req.url}`);
    const accept = crypto.createHash('sha1')
      .update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
    sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    sock.write(Buffer.concat([Buffer.from([0x81, SECRET.length]), Buffer.from(SECRET)]));
  });
  await new Promise((ok) => web.listen(0, '127.0.0.1', ok));
  const port = web.address().port;
  const web6 = http.createServer(web.listeners('request')[0]);
  web6.on('connection', (s) => log.push(`tcp6 from ${s.remoteAddress}`));
  web6.on('upgrade', web.listeners('upgrade')[0]);
  const has6 = await new Promise((ok) => web6.once('error', () => ok(false)).listen(port, '::1', () => ok(true)));
  const udp = dgram.createSocket('udp4');
  udp.on('message', (m, r) => log.push(`udp ${m.length} bytes from ${r.address}`));
  await new Promise((ok, fail) => udp.once('error', fail).bind(port, '127.0.0.1', ok));
  return {
    port, log, has6,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: async () => {
      web.closeAllConnections(); web6.closeAllConnections?.();
      await new Promise((r) => web.close(() => r()));
      if (has6) await new Promise((r) => web6.close(() => r()));
      udp.close();
    },
  };
}

// ---- the attacking pages ------------------------------------------------------

/** The attacks, as page scripts that end by setting document.title to what
 * they got (a leak shows the secret in the title). S is the secret's port. */
function attacks(S) {
  const secret = (host, path) => `http://${host}:${S}${path}`;
  return {
    websocket: `
      const got = [];
      const one = (url) => new Promise((ok) => {
        let ws;
        try { ws = new WebSocket(url); } catch (e) { ok('throws'); return; }
        ws.onmessage = (m) => ok('READ ' + m.data);
        ws.onerror = () => ok('error');
        setTimeout(() => ok('timeout'), 4000);
      });
      Promise.all([one('ws://127.0.0.1:${S}/ws4'), one('ws://[::1]:${S}/ws6'), one('ws://localhost:${S}/wsname')])
        .then((r) => { document.title = 'websocket: ' + r.join(', '); });`,
    beacons: `
      const a = document.createElement('a');
      a.href = '#landing'; a.ping = '${secret('127.0.0.1', '/ping')}'; a.textContent = 'x';
      document.body.append(a);
      const l = document.createElement('link');
      l.rel = 'prefetch'; l.href = '${secret('127.0.0.1', '/prefetch')}';
      document.head.append(l);
      navigator.sendBeacon('${secret('127.0.0.1', '/beacon')}', 'x');
      let read = 'no read';
      fetch('${secret('127.0.0.1', '/keepalive')}', { keepalive: true, mode: 'no-cors' }).then(() => { read = 'sent'; }, () => { read = 'failed'; });
      fetch('${secret('127.0.0.1', '/cors')}').then((r) => r.text()).then((t) => { read = 'READ ' + t; }, () => {});
      a.click();
      setTimeout(() => { document.title = 'beacons: ' + read; }, 2500);`,
    popup: `
      const b = document.createElement('button');
      b.textContent = 'Go';
      b.onclick = () => { window.open('${secret('127.0.0.1', '/popup')}'); };
      document.body.append(b);
      document.title = 'popup page';`,
    workers: `
      const code = "fetch('${secret('127.0.0.1', '/worker')}').then((r) => r.text()).then((t) => postMessage('READ ' + t), (e) => postMessage('failed'));" +
        "onconnect = (e) => { const p = e.ports[0]; fetch('${secret('127.0.0.1', '/shared')}').then((r) => r.text()).then((t) => p.postMessage('READ ' + t), () => p.postMessage('failed')); };";
      const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const got = {};
      const show = () => { document.title = 'workers: ' + JSON.stringify(got); };
      try { const w = new Worker(url); w.onmessage = (m) => { got.worker = m.data; show(); }; } catch (e) { got.worker = 'throws'; }
      try { const s = new SharedWorker(url); s.port.onmessage = (m) => { got.shared = m.data; show(); }; s.port.start(); } catch (e) { got.shared = 'throws'; }
      if (location.protocol === 'http:' && navigator.serviceWorker)
        navigator.serviceWorker.register('/sw.js').then(() => { got.sw = 'registered'; show(); }, (e) => { got.sw = 'refused'; show(); });
      show();`,
    webrtc: `
      const pc = new RTCPeerConnection({ iceServers: [
        { urls: 'stun:127.0.0.1:${S}' },
        { urls: ['turn:127.0.0.1:${S}?transport=udp', 'turn:127.0.0.1:${S}?transport=tcp'], username: 'u', credential: 'p' },
      ] });
      const cands = [];
      pc.onicecandidate = (e) => { if (e.candidate) cands.push(e.candidate.type); };
      pc.createDataChannel('x');
      pc.createOffer().then((o) => pc.setLocalDescription(o));
      setTimeout(() => { document.title = 'webrtc: ' + cands.join(','); }, 3500);`,
  };
}

/** The site the attacks are served from (allowed by the operator). */
async function startAttackSite(S) {
  const pages = attacks(S);
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(req.url);
    const name = req.url.slice(1).replace(/\.html.*$/, '');
    if (req.url === '/sw.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`fetch('http://127.0.0.1:${S}/serviceworker').catch(() => {});`);
      return;
    }
    if (!pages[name]) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>attack</title><body><script>${pages[name]}</script></body>`);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const port = server.address().port;
  return {
    port, log, pages,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

// ---- set-up ----------------------------------------------------------------------

let secret, site, dataDir, server, api;

before(async () => {
  secret = await startSecret();
  site = await startAttackSite(secret.port);
  dataDir = await makeDataDir('security-egress');
  const token = randomToken();
  server = watch(await startServer({
    dataDir, apiKey: token, allowPrivate: false, label: 'security-egress', workers: 2,
    env: { BROWSERAI_ALLOW_ADDRESSES: `127.0.0.1:${site.port}`, BROWSERAI_SCRIPT_RUNNERS: 1 },
  }));
  api = new Api(server.url, token);
});

after(async () => {
  await site?.close();
  await secret?.close();
  await teardown({ servers: [server], dirs: [dataDir] });
});

/** What the secret server saw since mark (its log is append-only). */
const seenSince = (mark) => secret.log.slice(mark);

/** Runs a crawler task on the attack page; returns { task, results, text, title, seen }. */
async function crawl(name, more = 'wait 4 seconds') {
  const mark = secret.log.length;
  const { task, results } = await api.run(`open ${site.url(`/${name}.html`)} then ${more} and get the title`, {},
    { timeout: 90000 });
  await sleep(1000); // beacons and pings may trail the page
  assert.ok(OK.includes(task.status), `the attack page must load (allowed address): ${JSON.stringify(task.progress?.logs ?? task)}`);
  return { task, results, text: JSON.stringify({ task, results }), seen: seenSince(mark) };
}

// Attacks whose page says when every attempt has ended, in its title: each
// WebSocket answered or failed; both workers' fetches (a page set with
// setContent has no service worker). A script waits for that, at most as
// long as the others wait.
const SETTLED = {
  websocket: "() => document.title.startsWith('websocket: ')",
  workers: `() => document.title.includes('"worker"') && document.title.includes('"shared"')`,
};

/** Runs a script task that puts the attack into a page and waits; same shape. */
async function script(name, extra = '') {
  const mark = secret.log.length;
  const wait = SETTLED[name]
    ? `await page.waitForFunction(${SETTLED[name]}, null, { timeout: 4500 }).catch((e) => { if (!/timeout/i.test(e.message)) throw e; });`
    : 'await page.waitForTimeout(4500);';
  const code = `await page.setContent(${JSON.stringify(`<!doctype html><title>attack</title><body><script>${site.pages[name]}</script></body>`)});
${extra}
${wait}
return { title: await page.title(), pages: context.pages().length };`;
  const { task, results } = await api.run([code], { type: 'script_automation' }, { timeout: 90000 });
  await sleep(1000);
  assert.ok(OK.includes(task.status), `the script must run: ${JSON.stringify(task)}`);
  return { task, results, text: JSON.stringify({ task, results }), seen: seenSince(mark) };
}

function assertNothingReached(r, what) {
  assert.deepEqual(r.seen, [], `${what}: the secret server was reached: ${r.seen.join('; ')}`);
  assert.ok(!r.text.includes(SECRET), `${what}: the secret came back: ${r.text.slice(0, 600)}`);
}

// ---- the attacks ---------------------------------------------------------------------

describe('(a) WebSockets to loopback', () => {
  test('crawler: ws://127.0.0.1, ws://[::1] and ws://localhost reach nothing', async () => {
    const r = await crawl('websocket');
    assertNothingReached(r, 'crawler websocket');
    assert.match(r.results.result ?? '', /^websocket: /, r.text.slice(0, 400));
  });
  test('script: the same from a page of a script task', async () => {
    const r = await script('websocket');
    assertNothingReached(r, 'script websocket');
  });
});

describe('(b) keepalive fetch, sendBeacon, <a ping>, <link rel=prefetch>', () => {
  test('crawler: none of them reaches the secret server', async () => {
    assertNothingReached(await crawl('beacons'), 'crawler beacons');
  });
  test('script: none of them reaches the secret server', async () => {
    assertNothingReached(await script('beacons'), 'script beacons');
  });
});

describe('(c) a pop-up opened by a click handler', () => {
  test('crawler: window.open to loopback loads nothing, and state.tabs does not carry its title', async () => {
    const r = await crawl('popup', 'click "Go" then wait 3 seconds');
    assertNothingReached(r, 'crawler popup');
    const tabs = r.results.results.flatMap((x) => {
      const s = typeof x.state === 'string' ? JSON.parse(x.state || '{}') : (x.state || {});
      return s.tabs || [];
    });
    assert.ok(!tabs.some((t) => String(t.title).includes(SECRET)), JSON.stringify(tabs));
  });
  test('script: window.open from the page loads nothing', async () => {
    const r = await script('popup', "await page.click('button');");
    assertNothingReached(r, 'script popup');
  });
});

describe('(d) workers', () => {
  test('crawler: a Worker, a SharedWorker and a service worker fetch nothing from loopback', async () => {
    const r = await crawl('workers');
    assertNothingReached(r, 'crawler workers');
  });
  test('script: a Worker and a SharedWorker fetch nothing from loopback', async () => {
    assertNothingReached(await script('workers'), 'script workers');
  });
});

describe('(f) WebRTC with STUN and TURN servers on loopback', () => {
  test('crawler: not a datagram or connection reaches them', async () => {
    assertNothingReached(await crawl('webrtc'), 'crawler webrtc');
  });
  test('script: not a datagram or connection reaches them', async () => {
    assertNothingReached(await script('webrtc'), 'script webrtc');
  });
});

// ---- (e) DNS rebinding ---------------------------------------------------------------
//
// A name that resolves first to an allowed address (127.0.0.1, on the
// operator's list for one port) and then to another (127.0.0.2, the same
// port, holding the secret). A policy that resolves to check and lets the
// browser resolve again to connect is fooled; a gate that resolves once
// and connects to what it checked is not. The server runs in a mount
// namespace of its own whose /etc/resolv.conf names a DNS server of this
// test on 127.0.0.153 (so nothing else on the machine is affected).

const REBIND = 'rebind.test';

/** A DNS server on 127.0.0.153:53 answering A queries for REBIND with the
 * next of answers, in turn; other names do not exist. */
async function startDns(answers) {
  const sock = dgram.createSocket('udp4');
  const asked = [];
  sock.on('message', (q, from) => {
    if (q.length < 17) return;
    let i = 12;
    const labels = [];
    while (i < q.length && q[i] !== 0) { labels.push(q.subarray(i + 1, i + 1 + q[i]).toString()); i += q[i] + 1; }
    const qtype = q.readUInt16BE(i + 1);
    const name = labels.join('.').toLowerCase();
    const question = q.subarray(12, i + 5);
    const header = Buffer.alloc(12);
    q.copy(header, 0, 0, 2);
    let answer = Buffer.alloc(0);
    let rcode = 0;
    if (name !== REBIND) rcode = 3; // NXDOMAIN
    else if (qtype === 1) {
      const addr = answers[asked.length % answers.length];
      asked.push(addr);
      answer = Buffer.concat([Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4]), Buffer.from(addr.split('.').map(Number))]);
    }
    header.writeUInt16BE(0x8180 | rcode, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answer.length ? 1 : 0, 6);
    sock.send(Buffer.concat([header, question, answer]), from.port, from.address);
  });
  await new Promise((ok, fail) => sock.once('error', fail).bind(53, '127.0.0.153', ok));
  return { asked, close: () => sock.close() };
}

/** An HTTP server on addr:port answering with body, logging requests. */
async function startPlain(addr, port, body) {
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(body);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, addr, ok));
  return { log, port: server.address().port, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

describe('(e) DNS rebinding', { skip: process.getuid() !== 0 && 'needs root: a mount namespace for resolv.conf' }, () => {
  let dns, good, evil, dir, srv, api2;

  before(async () => {
    good = await startPlain('127.0.0.1', 0, '<title>the allowed page</title>');
    evil = await startPlain('127.0.0.2', good.port, `<title>${SECRET}</title>`);
    dns = await startDns(['127.0.0.1', '127.0.0.2']);
    dir = await makeDataDir('security-dns');
    fs.writeFileSync(path.join(dir, 'resolv.conf'), 'nameserver 127.0.0.153\noptions attempts:1 timeout:2\n');
    const wrapper = path.join(dir, 'in-namespace.sh');
    fs.writeFileSync(wrapper, `#!/bin/sh\nexec unshare --mount --propagation private sh -c 'mount --bind "$0" /etc/resolv.conf && exec "$@"' ${path.join(dir, 'resolv.conf')} ${BIN} "$@"\n`, { mode: 0o755 });
    const token = randomToken();
    srv = watch(await startServer({
      dataDir: path.join(dir, 'data'), apiKey: token, allowPrivate: false, label: 'security-dns', workers: 1, bin: wrapper,
      env: { BROWSERAI_ALLOW_ADDRESSES: `127.0.0.1:${good.port}`, BROWSERAI_SCRIPT_RUNNERS: 1 },
    }));
    api2 = new Api(srv.url, token);
  });

  after(async () => {
    await teardown({ servers: [srv] });
    dns?.close();
    await good?.close();
    await evil?.close();
    await teardown({ dirs: [dir] });
  });

  test('crawler: three visits of a rebinding name never reach the second address', async () => {
    for (let i = 0; i < 3; i++) {
      const { task, results } = await api2.run(`open http://${REBIND}:${good.port}/visit${i} and get the title`, {}, { timeout: 60000 });
      const text = JSON.stringify({ task, results });
      assert.ok(!text.includes(SECRET), `visit ${i}: the secret came back: ${text.slice(0, 500)}`);
    }
    assert.ok(dns.asked.length >= 3, `the name was looked up: ${dns.asked}`);
    assert.deepEqual(evil.log, [], `the rebound address was reached: ${evil.log.join('; ')}`);
  });

  test('script: page.goto to a rebinding name never reaches the second address', async () => {
    const mark = evil.log.length;
    for (let i = 0; i < 2; i++) {
      const { task } = await api2.run([`await page.goto('http://${REBIND}:${good.port}/script${i}').catch(() => {}); return await page.content();`],
        { type: 'script_automation' }, { timeout: 90000 });
      assert.ok(!JSON.stringify(task).includes(SECRET), `script ${i}: the secret came back: ${JSON.stringify(task).slice(0, 500)}`);
    }
    assert.deepEqual(evil.log.slice(mark), [], `the rebound address was reached: ${evil.log.join('; ')}`);
  });
});

describe('the attack site itself', () => {
  test('was served (the tests above ran their attacks)', () => {
    for (const p of ['/websocket.html', '/beacons.html', '/popup.html', '/workers.html', '/webrtc.html'])
      assert.ok(site.log.includes(p), `${p} was loaded: ${site.log.join(' ')}`);
  });
});

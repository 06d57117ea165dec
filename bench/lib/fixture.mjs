// The fixture site every contender visits, on 127.0.0.1 at a free port, in its
// own process (so the browsers' requests never wait on a benchmark's event loop).
//   GET /            a small page titled TITLE
//   GET /slow?ms=N   the same page after N ms (the response starts only then)
//   GET /stats       {"slowInFlight": n}: /slow requests waiting now
// Run directly (`node bench/lib/fixture.mjs`), it prints
// "fixture: listening on http://127.0.0.1:PORT" and serves until killed.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs/promises';
import path from 'node:path';
import { spawnTracked, stopChild, sleep, tempDir } from './procs.mjs';

export const TITLE = 'Bench fixture';
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head>` +
  '<body><h1>Hello</h1><p>A loopback page for the benchmarks.</p></body></html>';

function serve() {
  let slowInFlight = 0;
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    const send = () => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(PAGE),
        'Cache-Control': 'no-store',
      });
      res.end(PAGE);
    };
    if (u.pathname === '/' || u.pathname === '/index.html') return send();
    if (u.pathname === '/slow') {
      const ms = Math.min(Number(u.searchParams.get('ms')) || 10000, 600000);
      slowInFlight++;
      let waiting = true;
      const over = () => {
        if (waiting) slowInFlight--;
        waiting = false;
      };
      const timer = setTimeout(() => { over(); send(); }, ms);
      res.on('close', () => { clearTimeout(timer); over(); });
      return undefined;
    }
    if (u.pathname === '/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(JSON.stringify({ slowInFlight }));
    }
    if (u.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found\n');
  });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => {
    console.log(`fixture: listening on http://127.0.0.1:${server.address().port}`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

/** Starts the fixture process; resolves { url, pid, stop() }. */
export async function startFixture() {
  const child = spawnTracked(process.execPath, [fileURLToPath(import.meta.url)]);
  const end = Date.now() + 10000;
  for (;;) {
    const m = /fixture: listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(child.out);
    if (m) return { url: m[1], pid: child.pid, stop: () => stopChild(child) };
    if (child.exitStatus || Date.now() > end) throw new Error(`fixture did not start: ${child.err}`);
    await sleep(20);
  }
}

// The plain page of issue 14, as a user's first try serves it: a static file
// with a console message, from `python3 -m http.server` (no favicon: the
// browser's request for one gets a 404, as it does on such a server).
export const PLAIN_TITLE = 'T';
const PLAIN = '<title>T</title><h1>x</h1><p>Hello</p><script>console.log("hi")</script>';

/**
 * Starts `python3 -m http.server` on 127.0.0.1 serving the plain page as
 * index.html; resolves { url (of index.html), pid, stop() }. Each visit should
 * add its own ?b=N, as the tasks do, so nothing is served from cache.
 */
export async function startPlain() {
  const dir = await tempDir('plain-site');
  await fs.writeFile(path.join(dir, 'index.html'), PLAIN);
  const child = spawnTracked('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir]);
  const end = Date.now() + 10000;
  for (;;) {
    const m = /port (\d+)/.exec(child.out);
    if (m) return { url: `http://127.0.0.1:${m[1]}/index.html`, pid: child.pid, stop: () => stopChild(child) };
    if (child.exitStatus || Date.now() > end) throw new Error(`python3 -m http.server did not start: ${child.err}`);
    await sleep(20);
  }
}

/**
 * The pages a benchmark may visit, by name: "fixture" (this file's server, a
 * page that is done at its load event) and "plain" (issue 14's page on a
 * Python server). Resolves { name, title, next() -> the URL of the next
 * visit, pid, stop() }.
 */
export async function startPage(name) {
  if (name === 'fixture') {
    const fx = await startFixture();
    return { name, title: TITLE, next: () => `${fx.url}/`, pid: fx.pid, stop: fx.stop };
  }
  if (name === 'plain') {
    const pl = await startPlain();
    let n = 0;
    return { name, title: PLAIN_TITLE, next: () => `${pl.url}?b=${++n}`, pid: pl.pid, stop: pl.stop };
  }
  throw new Error(`unknown page "${name}" (fixture | plain)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) serve();

// The fixture site every contender visits, on 127.0.0.1 at a free port, in its
// own process (so the browsers' requests never wait on a benchmark's event loop).
//   GET /            a small page titled TITLE
//   GET /slow?ms=N   the same page after N ms (the response starts only then)
//   GET /stats       {"slowInFlight": n}: /slow requests waiting now
// Run directly (`node bench/lib/fixture.mjs`), it prints
// "fixture: listening on http://127.0.0.1:PORT" and serves until killed.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { spawnTracked, stopChild, sleep } from './procs.mjs';

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) serve();

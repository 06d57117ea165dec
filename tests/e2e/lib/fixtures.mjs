// The fixture web server: static pages from tests/fixtures/ plus a few dynamic
// routes, on 127.0.0.1 and a free port.
//
//   /<file>            a file of tests/fixtures/ ("/" is index.html)
//   /slow?ms=N         an HTML page (title "Slow Fixture") sent after N ms (max 60 s)
//   /hang              accepts the request and never answers (for cancel and timeouts)
//   /headers           an HTML page whose title is "Headers Fixture"; the request's
//                      headers are recorded like every other request
//
// Every request is recorded in `requests` ({ method, path, url, headers, time }).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export const TITLE = 'BrowserAI Fixture Title';
export const CONSOLE_TEXT = 'fixture console says hello 7f3a9c';
export const SLOW_TITLE = 'Slow Fixture';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function page(title, body) {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><h1>${title}</h1>${body}</body></html>\n`;
}

export async function startFixtures() {
  const requests = [];
  const hanging = new Set();
  const timers = new Set();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://fixture');
    requests.push({ method: req.method, path: url.pathname, url: req.url, headers: req.headers, time: Date.now() });

    if (url.pathname === '/hang') {
      // Never answer; remember the response so close() can end it.
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (url.pathname === '/slow') {
      const ms = Math.min(Math.max(Number(url.searchParams.get('ms')) || 1000, 0), 60000);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (res.destroyed) return;
        res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
        res.end(page(SLOW_TITLE, `<p id="delay">answered after ${ms} ms</p>`));
      }, ms);
      timers.add(timer);
      res.on('close', () => { clearTimeout(timer); timers.delete(timer); });
      return;
    }
    if (url.pathname === '/headers') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
      res.end(page('Headers Fixture', `<pre id="al">${String(req.headers['accept-language'] || '')}</pre>`));
      return;
    }

    let rel = decodeURIComponent(url.pathname);
    if (rel === '/') rel = '/index.html';
    const file = path.resolve(FIXTURES_DIR, '.' + rel);
    if (!file.startsWith(FIXTURES_DIR + path.sep)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      res.end('forbidden\n');
      return;
    }
    try {
      const data = await fs.readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(data);
    } catch {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(page('Not Found', '<p>no such fixture</p>'));
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
    requests,
    /** Requests whose path is p. */
    hits: (p) => requests.filter((r) => r.path === p),
    /** Resolves when a request to path p arrived (after `since`, ms epoch). */
    async waitForHit(p, { since = 0, timeout = 20000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const hit = requests.find((r) => r.path === p && r.time >= since);
        if (hit) return hit;
        if (Date.now() > end) throw new Error(`fixture: no request to ${p} within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// Standalone: `node tests/e2e/lib/fixtures.mjs` serves the fixtures until ^C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const f = await startFixtures();
  console.log(`fixtures: listening on ${f.base}`);
}

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

/* Serves dir with `python3 -m http.server` on 127.0.0.1; resolves { url (of
 * the folder), pid, stop() }. */
async function startStatic(dir) {
  const child = spawnTracked('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir]);
  const end = Date.now() + 10000;
  for (;;) {
    const m = /port (\d+)/.exec(child.out);
    if (m) return { url: `http://127.0.0.1:${m[1]}/`, pid: child.pid, stop: () => stopChild(child) };
    if (child.exitStatus || Date.now() > end) throw new Error(`python3 -m http.server did not start: ${child.err}`);
    await sleep(20);
  }
}

const MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules');
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function copyInto(dir, from, names) {
  for (const n of names) {
    await fs.mkdir(path.dirname(path.join(dir, n)), { recursive: true });
    await fs.copyFile(path.join(from, n), path.join(dir, n));
  }
}

/* Two pages of real apps, from their npm packages (bench/package.json), served
 * as their users serve them (static files): Swagger UI rendering this
 * project's own API description (1.5 MB of script that builds the page after
 * its load event), and a reveal.js slide deck. Nothing they load leaves
 * loopback: Swagger's validator badge is off. */
export const SWAGGER_TITLE = 'Swagger UI';
const SWAGGER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${SWAGGER_TITLE}</title>
<link rel="stylesheet" href="swagger-ui.css"><link rel="stylesheet" href="index.css"><link rel="icon" type="image/png" href="favicon-32x32.png" sizes="32x32"></head>
<body><div id="swagger-ui"></div><script src="swagger-ui-bundle.js"></script><script src="swagger-ui-standalone-preset.js"></script>
<script>window.ui = SwaggerUIBundle({ url: 'openapi.yaml', dom_id: '#swagger-ui', validatorUrl: null, deepLinking: true,
presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], plugins: [SwaggerUIBundle.plugins.DownloadUrl], layout: 'StandaloneLayout' });</script></body></html>`;
export const SLIDES_TITLE = 'Quarterly review';
const SLIDES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${SLIDES_TITLE}</title>
<link rel="stylesheet" href="reset.css"><link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="theme/white.css"></head>
<body><div class="reveal"><div class="slides">
${Array.from({ length: 12 }, (_, i) => `<section><h2>Part ${i + 1}</h2><ul><li>Revenue up ${i + 3}%</li><li>Churn down ${i % 4 + 1} points</li><li>Next: ${['hiring', 'pricing', 'support', 'infra'][i % 4]}</li></ul></section>`).join('\n')}
</div></div><script src="reveal.js"></script><script>Reveal.initialize({ hash: true, controls: true, progress: true });</script></body></html>`;

async function startApp(name) {
  const dir = await tempDir(`${name}-site`);
  if (name === 'swagger') {
    await copyInto(dir, path.join(MODULES, 'swagger-ui-dist'), ['swagger-ui.css', 'index.css', 'favicon-32x32.png', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js']);
    await fs.copyFile(path.join(REPO, 'docs/api/openapi.yaml'), path.join(dir, 'openapi.yaml'));
    await fs.writeFile(path.join(dir, 'index.html'), SWAGGER);
  } else {
    await copyInto(dir, path.join(MODULES, 'reveal.js/dist'), ['reset.css', 'reveal.css', 'reveal.js', 'theme/white.css']);
    await fs.writeFile(path.join(dir, 'index.html'), SLIDES);
  }
  return startStatic(dir);
}

/**
 * The pages a benchmark may visit, by name: "fixture" (this file's server, a
 * page that is done at its load event), "plain" (issue 14's page on a
 * Python server), and two pages of real apps, "swagger" (Swagger UI showing
 * this project's API) and "slides" (a reveal.js deck). Resolves { name,
 * title, next() -> the URL of the next visit, pid, stop() }.
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
  if (name === 'swagger' || name === 'slides') {
    const app = await startApp(name);
    let n = 0;
    return { name, title: name === 'swagger' ? SWAGGER_TITLE : SLIDES_TITLE, next: () => `${app.url}index.html?b=${++n}`, pid: app.pid, stop: app.stop };
  }
  throw new Error(`unknown page "${name}" (fixture | plain | swagger | slides)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) serve();

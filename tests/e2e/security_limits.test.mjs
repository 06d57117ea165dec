// Browser limits of issue 12, both engines, against hostile pages: the
// crawler's Chromium runs as a user of its own when the server is root; a page
// that allocates memory in a loop loses its renderer past
// BROWSERAI_BROWSER_MEMORY_MB and its task fails saying so; a script that
// downloads past BROWSERAI_DOWNLOAD_MAX_BYTES has the download cancelled and
// fails saying so, while a small download still works.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBrowsers, descendants } from './lib/server.mjs';
import { Api } from './lib/api.mjs';

const MEMORY_MB = 600;
const DOWNLOAD_MAX = 5 << 20;
const MEMORY_RE = /used more memory than a browser may \(BROWSERAI_BROWSER_MEMORY_MB.*renderer was killed at \d+ MiB/;

// Allocates and touches 16 MiB every 10 ms, up to 4 GiB (so that a build
// without the limit cannot take the machine), while an image that never
// arrives holds up the load event.
const HOG = `<!doctype html><title>hog</title><p>eating</p><img src="/never">
<script>
const keep = [];
(function eat() {
  if (keep.length >= 256) return;
  const a = new Uint8Array(16 << 20);
  a.fill(7);
  keep.push(a);
  setTimeout(eat, 10);
})();
</script>`;

let site, dir, server, api;
const held = new Set();

/** The hostile site: /hog.html, /never (held open), /dl.html linking to
 * /big.bin (200 MiB, sent 1 MiB every 10 ms) and /small.bin (100 KiB). */
async function startSite() {
  const s = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    if (u.pathname === '/hog.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HOG);
    } else if (u.pathname === '/never') {
      held.add(res);
      res.on('close', () => held.delete(res));
    } else if (u.pathname === '/dl.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<title>files</title><a id="big" href="/big.bin">big</a> <a id="small" href="/small.bin">small</a>`);
    } else if (u.pathname === '/small.bin') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="small.bin"' });
      res.end(Buffer.alloc(100 << 10, 1));
    } else if (u.pathname === '/big.bin') {
      res.writeHead(200, {
        'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="big.bin"',
        'content-length': String(200 << 20),
      });
      let sent = 0;
      const chunk = Buffer.alloc(1 << 20, 2);
      const timer = setInterval(() => {
        if (res.destroyed || sent >= 200) { clearInterval(timer); res.end(); return; }
        res.write(chunk);
        sent++;
      }, 10);
      res.on('close', () => clearInterval(timer));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  return {
    url: (p) => `http://127.0.0.1:${s.address().port}${p}`,
    close: () => new Promise((r) => {
      for (const res of held) res.destroy();
      s.closeAllConnections();
      s.close(() => r());
    }),
  };
}

before(async () => {
  site = await startSite();
  dir = await makeDataDir('security-limits');
  const token = randomToken();
  server = watch(await startServer({
    dataDir: dir, apiKey: token, label: 'security-limits',
    env: { BROWSERAI_BROWSER_MEMORY_MB: String(MEMORY_MB), BROWSERAI_DOWNLOAD_MAX_BYTES: String(DOWNLOAD_MAX) },
  }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [site], dirs: [dir] }));

test('crawler: a page allocating in a loop loses its renderer, and the task fails with the reason', async () => {
  const { task } = await api.run(`Open ${site.url('/hog.html')} and get the title`, {}, { timeout: 90000 });
  assert.equal(task.status, 'failed', JSON.stringify(task));
  assert.match(task.error, MEMORY_RE, task.error);
  assert.match(server.err, /killed renderer \d+/, 'the server log says which renderer it killed');
  // The browser lives on: the next task on it works.
  const next = await api.run(`Open ${site.url('/dl.html')} and get the title`, {}, { timeout: 60000 });
  assert.equal(next.task.status, 'finalized', JSON.stringify(next.task));
});

test('script: a page allocating in a loop loses its renderer, and the task fails with the reason', async () => {
  const { task } = await api.run([
    // 60 s: on a loaded machine the page took 32 s to reach the cap
    `await page.goto(${JSON.stringify(site.url('/hog.html'))}, { waitUntil: 'domcontentloaded' }); await page.waitForTimeout(60000); return 'survived'`,
  ], { type: 'script_automation' }, { timeout: 150000 });
  assert.equal(task.status, 'failed', JSON.stringify(task));
  assert.match(task.error, MEMORY_RE, task.error);
  assert.ok(task.progress.logs.some((l) => MEMORY_RE.test(l)), 'the log says why');
});

test('script: a download past BROWSERAI_DOWNLOAD_MAX_BYTES is cancelled and the task fails with the reason', async () => {
  const { task } = await api.run([
    `await page.goto(${JSON.stringify(site.url('/dl.html'))});
     const [d] = await Promise.all([page.waitForEvent('download'), page.click('#big')]);
     const failure = await d.failure();
     await page.waitForTimeout(5000);
     return failure || 'complete'`,
  ], { type: 'script_automation' }, { timeout: 120000 });
  assert.equal(task.status, 'failed', JSON.stringify(task));
  assert.match(task.error, new RegExp(`downloads passed ${DOWNLOAD_MAX} bytes \\(BROWSERAI_DOWNLOAD_MAX_BYTES\\).*cancelled`), task.error);
});

test('script: a download under the cap works', async () => {
  const { task } = await api.run([
    `await page.goto(${JSON.stringify(site.url('/dl.html'))});
     const [d] = await Promise.all([page.waitForEvent('download'), page.click('#small')]);
     const saved = await d.path();
     return { saved: typeof saved === 'string', failure: await d.failure() }`,
  ], { type: 'script_automation' }, { timeout: 120000 });
  assert.equal(task.status, 'finalized', JSON.stringify(task));
  assert.deepEqual(JSON.parse(task.result), { saved: true, failure: null });
});

/** The real uid of a process, from /proc; null once it is gone (a renderer
 * that ended meanwhile). */
function uidOf(pid) {
  try {
    return Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  } catch {
    return null;
  }
}

test('crawler: as root, Chromium runs as a user of the runners\' range with its own profile', {
  skip: process.getuid() !== 0 && 'the server must run as root',
}, async () => {
  const { task } = await api.run(`Open ${site.url('/dl.html')} and get the title`, {}, { timeout: 60000 });
  assert.equal(task.status, 'finalized', JSON.stringify(task));
  const mine = descendants(server.proc.pid);
  const browsers = chromiumBrowsers(mine).filter((b) => b.ppid === server.proc.pid); // not their helpers
  assert.ok(browsers.length > 0, 'the server runs a crawler browser');
  for (const b of browsers) {
    const uid = uidOf(b.pid);
    assert.ok(uid >= 60000 && uid <= 60999, `browser ${b.pid} runs as ${uid}`);
    for (const p of descendants(b.pid, mine)) {
      const u = uidOf(p.pid);
      if (u !== null) assert.equal(u, uid, `${p.pid} (${p.cmdline.slice(0, 80)})`);
    }
    const profile = /--user-data-dir=(\S+)/.exec(b.cmdline)[1];
    const st = fs.statSync(profile);
    assert.equal(st.uid, uid, 'the profile belongs to the browser\'s user');
    assert.equal(st.mode & 0o077, 0, 'and to it alone');
  }
  // Two browsers never share a user.
  assert.equal(new Set(browsers.map((b) => uidOf(b.pid))).size, browsers.length);
});

// The Projects dashboard (web/, served at / by `browserai serve`) in a real
// browser: Debian's Chromium driven by playwright-core against the real
// server and loopback fixtures. Sign in (by keyboard too), the projects and
// project pages, a crawler task created from the form and followed live,
// a screenshot opened, a running task stopped, validation errors next to
// their fields, a key scoped to one project, and a 375 px wide screen.
// Screenshots of every page go to tests/artifacts/dashboard/; with
// DASHBOARD_DOCS_SCREENSHOT=1 the task page is also saved as docs/dashboard.png.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import {
  startServer, makeDataDir, randomToken, chromiumBaseline, chromiumBrowsers, descendants, createKey, REPO, CHROMIUM,
} from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import http from 'node:http';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core');

const SHOTS = path.join(REPO, 'tests/artifacts/dashboard');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

let fix, dataDir, server, api, token, baseline, browser, ctx, page;
const problems = [];       // page errors and CSP reports of every page
const requests = [];       // every request the main page made
const ids = {};            // tasks made along the way

before(async () => {
  baseline = chromiumBaseline();
  fs.mkdirSync(SHOTS, { recursive: true });
  fix = await startFixtures();
  dataDir = await makeDataDir('dashboard');
  token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, workers: 2, label: 'dashboard' }));
  api = new Api(server.url, token);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  ({ ctx, page } = await newPage());
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), headers: r.headers() }));
});

after(async () => {
  await browser?.close().catch(() => {});
  await teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] });
});

/** A fresh browser context (own sessionStorage) and page; console errors other than failed fetches are problems. */
async function newPage(viewport = { width: 1200, height: 900 }, colorScheme = 'light') {
  const c = await browser.newContext({ viewport, colorScheme });
  await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const p = await c.newPage();
  p.setDefaultTimeout(10000);
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { ctx: c, page: p };
}

/** Saves a screenshot of the page and checks the contrast of its text. */
async function shot(p, name, opts = {}) {
  await p.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, ...opts });
  for (const b of await lowContrast(p)) problems.push(`contrast on ${name}: ${b}`);
}

async function signIn(p, key) {
  await p.goto(`${server.url}/`);
  await p.waitForURL(/#\/signin$/);
  await p.fill('#apikey', key);
  await p.click('#signin-button');
  await p.waitForURL(/#\/projects$/);
  await p.locator('h1', { hasText: 'Projects' }).waitFor();
}

/**
 * Text whose colour has less than 4.5:1 contrast (WCAG AA) with the
 * background behind it, on the visible part of the page. Elements that are
 * disabled or faded (opacity < 1) are exempt, as WCAG exempts inactive controls.
 */
function lowContrast(p) {
  return p.evaluate(() => {
    const rgba = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
    };
    const faded = (el) => {
      for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1 || e.disabled) return true;
      return false;
    };
    const bad = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || !el.getClientRects().length || faded(el)) continue;
      if (el.closest('dialog:not([open]), .visually-hidden, .offscreen, .skip, [hidden], option')) continue;
      const a = lum(rgba(getComputedStyle(el).color).slice(0, 3));
      const b = lum(background(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) bad.push(`${el.tagName.toLowerCase()}.${el.className} "${n.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return bad;
  });
}

/** GET of a path sent exactly as written (fetch and URL would resolve "..") -> status. */
function rawGet(p) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.port, path: p }, (res) => { res.resume(); resolve(res.statusCode); })
      .on('error', reject);
  });
}

describe('dashboard', () => {
  test('is served from the binary with a strict CSP, framing refused, no file outside its set', async () => {
    const r = await api.get('/', { auth: false });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(r.headers.get('cache-control'), 'no-cache');
    assert.equal(r.headers.get('x-frame-options'), 'DENY');
    const csp = r.headers.get('content-security-policy') || '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(r.text, /<script src="\/ui\/app.js" defer><\/script>/);
    assert.doesNotMatch(r.text, /<script>|<style>| style=| on[a-z]+=/, 'no inline script, style or handler');
    for (const [file, type] of [['app.js', 'text/javascript'], ['style.css', 'text/css'], ['icon.svg', 'image/svg+xml']]) {
      const f = await api.get(`/ui/${file}`, { auth: false });
      assert.equal(f.status, 200, file);
      assert.equal(f.headers.get('content-type'), `${type}; charset=utf-8`);
      assert.match(f.headers.get('content-security-policy') || '', /default-src 'self'/);
    }
    for (const bad of ['/ui/nope.js', '/ui/../Makefile', '/ui/%2e%2e%2fMakefile', '/ui/..%2fsrc%2fmain.c', '/ui/app.js/x', '/ui/']) {
      const status = await rawGet(bad);
      assert.equal(status, 404, bad);
    }
    const post = await api.req('POST', '/', { auth: false });
    assert.equal(post.status, 405);
  });

  test('sign in: Tab reaches the key field and the button; a wrong key is refused; the key stays in sessionStorage', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/#\/signin$/);
    await page.locator('#apikey').waitFor();
    await shot(page, '01-signin');

    const reached = [];
    for (let i = 0; i < 8 && !reached.includes('signin-button'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    }
    assert.ok(reached.includes('apikey') && reached.includes('signin-button'), `Tab order: ${reached}`);
    assert.ok(reached.indexOf('apikey') < reached.indexOf('signin-button'));
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.ok(outline.style !== 'none' && outline.width >= 2, `focused button has a visible outline: ${JSON.stringify(outline)}`);

    await page.focus('#apikey');
    await page.keyboard.type('bai_wrongwrongwr_wrongwrongwrongwrongwrongwrongwr');
    await page.keyboard.press('Enter');
    await page.locator('#signin-error', { hasText: 'did not accept' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'a refused key is not kept');

    await page.fill('#apikey', token);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/projects$/);
    await page.locator('h1', { hasText: 'Projects' }).waitFor();
    const stored = await page.evaluate(() => ({ s: Object.values(sessionStorage), l: localStorage.length }));
    assert.deepEqual(stored, { s: [token], l: 0 }, 'the key is in sessionStorage only');
    assert.ok(!page.url().includes(token), 'the key is not in the URL');
  });

  test('a crawler task created from the form completes live: status and logs change without a reload', async () => {
    await page.click('#nav a[href="#/new"]');
    await page.locator('h1', { hasText: 'New task' }).waitFor();
    // A slow first page keeps the task running while its page opens.
    await page.fill('#instructions', `Open ${fix.url('/slow?ms=1500')}\nOpen ${fix.url('/title.html')} and get the title`);
    await page.fill('#project', 'demo');
    await page.fill('#country', 'de');
    await page.fill('#city', 'Berlin');
    await page.check('#inspect');
    await shot(page, '02-new-task');
    await page.click('#create');
    await page.waitForURL(/#\/tasks\/[0-9a-z]{36}$/);
    ids.live = page.url().split('/').pop();

    await page.evaluate(() => {
      window.__noReload = true;
      window.__seen = [];
      const note = () => {
        const s = document.querySelector('#task-status .badge')?.textContent;
        if (s && window.__seen.at(-1) !== s) window.__seen.push(s);
      };
      note();
      new MutationObserver(note).observe(document.getElementById('main'), { subtree: true, childList: true, characterData: true });
      window.__logsAtStart = document.querySelectorAll('#logs li').length;
    });
    await page.locator('#live[data-state="live"]').waitFor();
    await shot(page, '03-task-running');
    await page.locator('#task-status .badge', { hasText: 'finalized' }).waitFor({ timeout: 20000 });
    const seen = await page.evaluate(() => ({
      seen: window.__seen, still: window.__noReload, start: window.__logsAtStart,
      logs: [...document.querySelectorAll('#logs li')].map((li) => li.textContent),
    }));
    assert.equal(seen.still, true, 'the page was not reloaded');
    assert.ok(seen.seen.length >= 2 && seen.seen[0] !== 'finalized', `statuses seen live: ${seen.seen}`);
    assert.equal(seen.seen.at(-1), 'finalized');
    assert.ok(seen.logs.length > seen.start, `log lines arrived live (${seen.start} -> ${seen.logs.length})`);
    assert.ok(seen.logs.some((l) => /completed/i.test(l)), `logs: ${seen.logs.join('\n')}`);
    await page.locator('#live[data-state="ended"]').waitFor();
    await page.locator('#task-result', { hasText: TITLE }).waitFor();
    assert.ok(await page.locator('#steps article').count() >= 2, 'both steps are shown');
    assert.equal(await page.locator('#cancel').isVisible(), false, 'no cancel button on an ended task');

    // The events were read with the key in a header, never in a URL.
    const ev = requests.find((r) => r.url.includes(`/api/v1/tasks/${ids.live}/events`));
    assert.ok(ev, 'the page followed the event stream');
    assert.equal(ev.headers.authorization, `apikey ${token}`);
    assert.ok(!requests.some((r) => r.url.includes(token)), 'no request URL carries the key');

    const task = (await api.getTask(ids.live)).json;
    assert.equal(task.status, 'finalized');
    assert.equal(task.project, 'demo');
    await shot(page, '04-task-completed');
    if (process.env.DASHBOARD_DOCS_SCREENSHOT === '1') {
      await page.evaluate(() => { window.scrollTo(0, 0); document.getElementById('toast').classList.remove('show'); });
      await page.waitForFunction(() => document.querySelector('#steps .shot img')?.naturalWidth > 0);
      await page.waitForTimeout(300); // the toast fades out
      await page.screenshot({ path: path.join(REPO, 'docs/dashboard.png'), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1240 } });
    }

    // One click copies the session ID.
    await page.click('#task-copy');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ids.live);
  });

  test('a step\'s screenshot opens as an image; HTML and console artifacts are linked', async () => {
    const thumb = page.locator('#steps .shot img').first();
    await thumb.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const i = document.querySelector('#steps .shot img');
      return i && i.complete && i.naturalWidth > 0;
    });
    await page.locator('#steps .shot').first().click();
    const dlg = page.locator('#shot');
    await dlg.waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const i = document.getElementById('shot-img');
      return i.complete && i.naturalWidth > 0;
    });
    const size = await page.evaluate(() => document.getElementById('shot-img').naturalWidth);
    assert.ok(size > 100, `screenshot width ${size}`);
    await shot(page, '05-screenshot', { fullPage: false });
    await page.keyboard.press('Escape');
    await dlg.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('shot')), true, 'focus returns to the thumbnail');

    for (const [name, type] of [['HTML snapshot', /text\/html/], ['Console log', /application\/json/]]) {
      const link = page.locator('#steps article').last().getByRole('link', { name });
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
      const href = await link.getAttribute('href');
      assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/artifacts\/[0-9a-z]+\?exp=\d+&sig=[0-9a-f]{64}$/);
      const r = await fetch(href);
      assert.equal(r.status, 200, name);
      assert.match(r.headers.get('content-type'), type);
    }
  });

  test('projects page counts tasks by status; project page lists them newest first, filters and pages', async () => {
    // 21 tasks that fail at once (the planner does not understand them: no
    // page is opened, unlike an instruction no element fits, which waits for
    // late content) fill more than one page.
    ids.paging = [];
    for (let i = 0; i < 21; i++) ids.paging.push(await api.submit(`upload the file widget-${i}.pdf`, { project: 'paging' }));
    for (const id of ids.paging) await api.waitTerminal(id, { timeout: 20000 });

    await page.click('#nav a[href="#/projects"]');
    const demo = page.locator('tr[data-project="demo"]');
    await demo.waitFor();
    assert.equal(await demo.locator('td[data-status="finalized"]').textContent(), '1');
    await page.locator('tr[data-project="paging"] td[data-status="failed"]', { hasText: '21' }).waitFor();
    await shot(page, '06-projects');

    await page.click('a[href="#/projects/paging"]');
    await page.locator('h1', { hasText: 'paging' }).waitFor();
    await page.locator('tr[data-task]').first().waitFor();
    const newestFirst = [...ids.paging].reverse();
    const page1 = await page.locator('tr[data-task]').evaluateAll((rows) => rows.map((r) => r.dataset.task));
    assert.deepEqual(page1, newestFirst.slice(0, 20), 'page 1: the 20 newest, newest first');
    const row = page.locator('tr[data-task]').first();
    assert.match(await row.textContent(), /Crawler/);
    assert.match(await row.locator('.badge').textContent(), /failed/);
    await shot(page, '07-project');

    await page.click('#page-older');
    await page.locator('#page-no', { hasText: 'Page 2' }).waitFor();
    assert.deepEqual(await page.locator('tr[data-task]').evaluateAll((rows) => rows.map((r) => r.dataset.task)), newestFirst.slice(20));
    assert.equal(await page.locator('#page-older').isDisabled(), true);
    await page.click('#page-newer');
    await page.locator('#page-no', { hasText: 'Page 1' }).waitFor();
    assert.equal(await page.locator('tr[data-task]').count(), 20);

    await page.selectOption('#status-filter', 'finalized');
    await page.locator('.empty', { hasText: 'No finalized tasks' }).waitFor();
    assert.match(page.url(), /#\/projects\/paging\?status=finalized$/);
    await page.goto(`${server.url}/#/projects/demo?status=finalized`);
    await page.locator(`tr[data-task="${ids.live}"]`).waitFor();
    assert.equal(await page.locator('tr[data-task]').count(), 1);
  });

  test('a running task is stopped from its page (reached by keyboard) and the page shows it live', async () => {
    const since = Date.now();
    ids.hang = await api.submit(`Open ${fix.url('/hang?n=dashboard')} and get the title`, { project: 'demo' });
    await api.waitFor(ids.hang, 'running', { timeout: 20000 });
    await fix.waitForHit('/hang', { since, timeout: 20000 });

    // The first event stream is cut: the page reconnects with Last-Event-ID.
    let streams = 0;
    await page.route('**/api/v1/tasks/*/events', (route) => (streams++ === 0 ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/#/tasks/${ids.hang}`);
    await page.locator('#task-status .badge', { hasText: 'running' }).waitFor();
    await page.locator('#live[data-state="live"]').waitFor();
    await page.unroute('**/api/v1/tasks/*/events');
    const tries = requests.filter((r) => r.url.endsWith(`/api/v1/tasks/${ids.hang}/events`));
    assert.ok(tries.length >= 2, `the page reconnected (${tries.length} requests)`);
    const shown = await page.locator('#logs li').count();
    assert.equal(tries.at(-1).headers['last-event-id'], `${shown}.0`, 'it resumes after the log lines it has');
    await page.evaluate(() => { window.__noReload = true; });
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); d.accept(); });
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement.id === 'stop')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), 'stop', 'Tab reaches the stop button');
    await page.keyboard.press('Enter');
    await page.locator('#task-status .badge', { hasText: 'stopped' }).waitFor({ timeout: 8000 });
    assert.match(asked, /stop/i, 'the user is asked first');
    await page.locator('#task-error', { hasText: /stopped by request/i }).waitFor();
    await page.locator('#live[data-state="ended"]').waitFor();
    assert.equal(await page.locator('#stop').isVisible(), false);
    assert.ok(requests.some((r) => r.method === 'POST' && r.url.endsWith(`/api/v1/tasks/${ids.hang}/command`)), 'the page sent the stop command');
    assert.equal(await page.evaluate(() => window.__noReload), true);
    const final = (await api.getTask(ids.hang)).json;
    assert.equal(final.status, 'stopped');
    const lines = await page.locator('#logs li span').allTextContents();
    assert.deepEqual(lines, final.progress.logs.map((l) => l.slice(l.indexOf(' ') + 1)), 'every log line once, in order');
    await shot(page, '08-task-stopped');
  });

  test('validation errors of the API are shown next to their fields', async () => {
    await page.goto(`${server.url}/#/new`);
    await page.locator('h1', { hasText: 'New task' }).waitFor();
    await page.fill('#instructions', '   ');
    await page.fill('#project', '');
    await page.fill('#country', 'ZZ');
    await page.click('#create');
    await page.locator('#form-error').waitFor();
    const err = async (f) => (await page.locator(`#${f}-error`).isVisible()) ? page.locator(`#${f}-error`).textContent() : null;
    assert.match(await err('instructions'), /at least one/);
    assert.match(await err('project'), /characters/);
    assert.match(await err('country'), /"ZZ" is not an ISO 3166-1 alpha-2 code/);
    assert.equal(await err('city'), null);
    for (const f of ['instructions', 'project', 'country']) {
      assert.equal(await page.getAttribute(`#${f}`, 'aria-invalid'), 'true', f);
      assert.match(await page.getAttribute(`#${f}`, 'aria-describedby'), new RegExp(`${f}-error`), f);
    }
    assert.ok(['instructions', 'project', 'country'].includes(await page.evaluate(() => document.activeElement.id)), 'focus moves to a field in error');
    await shot(page, '09-new-task-errors');

    // Fixing one field clears its error at the next try.
    await page.fill('#country', 'us');
    await page.click('#create');
    await page.locator('#project-error').waitFor();
    assert.equal(await err('country'), null);
    assert.equal(await page.getAttribute('#country', 'aria-invalid'), null);
    assert.equal((await api.listTasks({ project: '' })).json.tasks.length, 23, 'nothing was created');

    // Script type: the field becomes a code editor where Tab indents and Esc, Tab leaves.
    await page.check('#type-script_automation');
    assert.equal(await page.textContent('label[for="instructions"]'), 'Script (TypeScript)');
    assert.match(await page.getAttribute('#instructions', 'class'), /\bcode\b/);
    await page.fill('#instructions', '');
    await page.focus('#instructions');
    await page.keyboard.type('if (x) {');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('return 1;');
    assert.equal(await page.inputValue('#instructions'), 'if (x) {\n  return 1;');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'instructions', 'Esc, Tab leaves the editor');
  });

  test('a run of a saved task names it on its page and in its project\'s list', async () => {
    const body = {
      name: 'dash nightly', project: 'saved-demo', geoLocation: { country: 'US' }, type: 'crawler_automation',
      instructions: [{ action: `Open ${fix.url('/title.html')} and get the title` }], cron_settings: '0 3 * * *',
    };
    assert.equal((await api.post('/api/v1/saved_tasks', body)).status, 201);
    const r = await api.post('/api/v1/saved_tasks/name/dash%20nightly/run');
    assert.equal(r.status, 201, r.text);
    const id = r.json.executionId;
    await api.waitTerminal(id, { timeout: 30000 });
    await page.goto(`${server.url}/#/tasks/${id}`);
    await page.locator('#task-saved', { hasText: 'dash nightly' }).waitFor();
    await page.goto(`${server.url}/#/projects/saved-demo`);
    await page.locator(`tr[data-task="${id}"] .saved-run`, { hasText: 'dash nightly' }).waitFor();
  });

  test('a key scoped to project alpha never sees beta\'s tasks', async () => {
    const alphaKey = (await createKey(dataDir, ['alpha'])).token;
    ids.alpha = await api.submit('upload the file alpha.pdf', { project: 'alpha' });
    ids.beta = await api.submit('upload the file beta.pdf', { project: 'beta' });
    const scoped = await newPage();
    try {
      const p = scoped.page;
      const seen = [];
      p.on('response', async (r) => { if (r.url().includes('/api/v1/')) seen.push(await r.text().catch(() => '')); });
      await signIn(p, alphaKey);
      await p.locator('tr[data-project="alpha"]').waitFor();
      const names = await p.locator('tr[data-project]').evaluateAll((rows) => rows.map((r) => r.dataset.project));
      assert.deepEqual(names, ['alpha']);
      await shot(p, '10-scoped-projects');

      await p.click('#nav a[href="#/tasks"]');
      await p.locator(`tr[data-task="${ids.alpha}"]`).waitFor();
      assert.equal(await p.locator('tr[data-task]').count(), 1, 'all tasks: only alpha\'s');

      await p.goto(`${server.url}/#/projects/beta`);
      await p.locator('h1', { hasText: 'beta' }).waitFor();
      await p.locator('#tasks-box .empty, #tasks-box .alert').first().waitFor();
      assert.equal(await p.locator('tr[data-task]').count(), 0, 'beta lists nothing');

      await p.goto(`${server.url}/#/tasks/${ids.beta}`);
      await p.locator('h1', { hasText: 'Task not found' }).waitFor();
      await shot(p, '11-scoped-not-found');

      await p.goto(`${server.url}/#/new?project=beta`);
      await p.fill('#instructions', 'Open example.com');
      await p.click('#create');
      await p.locator('#project-error', { hasText: 'may not use project "beta"' }).waitFor();

      const leaked = seen.filter((t) => t.includes(ids.beta) || t.includes(ids.live));
      assert.deepEqual(leaked, [], 'no API answer to the scoped key names another project\'s task');

      await p.click('#signout');
      await p.waitForURL(/#\/signin$/);
      assert.equal(await p.evaluate(() => sessionStorage.length), 0, 'signing out forgets the key');
      await p.goto(`${server.url}/#/projects`);
      await p.waitForURL(/#\/signin$/);
    } finally {
      await scoped.ctx.close();
    }
  });

  test('at 375 px wide (dark theme) every page fits without sideways scrolling', async () => {
    const narrow = await newPage({ width: 375, height: 740 }, 'dark');
    try {
      const p = narrow.page;
      await p.goto(`${server.url}/`);
      await p.locator('#apikey').waitFor();
      const pages = [
        ['signin', null, '#apikey'],
        ['projects', '#/projects', 'tr[data-project="demo"]'],
        ['project', '#/projects/paging', 'tr[data-task]'],
        ['task', `#/tasks/${ids.live}`, '#steps article'],
        ['new-task', '#/new', '#instructions'],
      ];
      for (const [name, hash, ready] of pages) {
        if (name === 'projects') await signIn(p, token);
        else if (hash) await p.goto(`${server.url}/${hash}`);
        await p.locator(ready).first().waitFor();
        const w = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(w.scroll <= w.client, `${name}: content ${w.scroll} px wide in a ${w.client} px window`);
        await shot(p, `12-narrow-${name}`);
      }
    } finally {
      await narrow.ctx.close();
    }
  });

  test('no script errors, CSP violations or text below 4.5:1 contrast on any page', () => {
    assert.deepEqual(problems, []);
  });

  test('the server shuts down cleanly', async () => {
    await browser.close();
    browser = null;
    // Chromiums that neither this server nor this file started (another
    // Playwright user on the machine) are not this server's leftovers.
    const ours = new Set(descendants(server.proc.pid).map((p) => p.pid));
    const foreign = chromiumBrowsers().filter((p) => !ours.has(p.pid)).map((p) => p.pid);
    await assertCleanShutdown(server, new Set([...baseline, ...foreign]));
  });
});

// The dashboard's saved-tasks pages (#/saved, #/saved/NAME) in a real
// Chromium against the real server: the list shows each saved task of the
// key's projects with its schedule, next and last run; the detail page shows
// the request and the last runs; "Run now" queues a run and opens it; "Delete"
// removes the saved task and keeps its runs; a key of another project sees
// neither the row nor the page.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, createKey, CHROMIUM } from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { Api, TERMINAL } from './lib/api.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core');

let fix, dataDir, server, api, betaToken, browser;

before(async () => {
  fix = await startFixtures();
  dataDir = await makeDataDir('dashsaved');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, workers: 1, label: 'dashsaved' }));
  api = new Api(server.url, token);
  betaToken = (await createKey(dataDir, ['beta'])).token;
  for (const [name, over] of [
    ['morning title', { cron_settings: '0 9 * * 1-5', timezone: 'Europe/Paris' }],
    ['hourly check', { cron_settings: '@hourly' }],
  ]) {
    const r = await api.post('/api/v1/saved_tasks', {
      project: 'alpha', name, type: 'crawler_automation', geoLocation: { country: 'US' },
      instructions: [{ action: `Open ${fix.url('/title.html')} and get the title` }], ...over,
    });
    assert.equal(r.status, 201, r.text);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close().catch(() => {});
  await teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] });
});

/** A fresh page signed in with key, on the saved-tasks list. */
async function savedPage(key) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const p = await ctx.newPage();
  p.setDefaultTimeout(10000);
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('dialog', (d) => d.accept());
  await p.goto(`${server.url}/`);
  await p.fill('#apikey', key);
  await p.click('#signin-button');
  await p.waitForURL(/#\/projects$/);
  await p.click('#nav a[data-nav="saved"]');
  await p.waitForURL(/#\/saved$/);
  await p.locator('h1', { hasText: 'Saved tasks' }).waitFor();
  return { p, ctx, errors };
}

describe('dashboard: saved tasks', () => {
  test('the list shows each saved task with its schedule, next run and last run', async () => {
    const { p, ctx, errors } = await savedPage(api.token);
    const row = p.locator('tr[data-saved="morning title"]');
    await row.waitFor();
    assert.match(await row.locator('[data-label="Schedule"]').innerText(), /0 9 \* \* 1-5 \(Europe\/Paris\)/);
    assert.equal(await row.locator('[data-label="Project"]').innerText(), 'alpha');
    assert.equal(await row.locator('[data-label="Last run"]').innerText(), 'never');
    const next = await row.locator('[data-label="Next run"] time').getAttribute('datetime');
    assert.ok(Date.parse(next) > Date.now(), `next run ${next} is in the future`);
    assert.equal(await p.locator('tr[data-saved]').count(), 2);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('the detail page: request, Run now opens the run, which then shows among the last runs', async () => {
    const { p, ctx, errors } = await savedPage(api.token);
    await p.click('tr[data-saved="hourly check"] a');
    await p.waitForURL(/#\/saved\/hourly%20check$/);
    assert.match(await p.locator('#saved-request').innerText(), /title\.html/);
    assert.match(await p.locator('#saved-facts').innerText(), /@hourly \(UTC\)/);
    await p.click('#run-now');
    await p.waitForURL(/#\/tasks\/[^/]+$/);
    const id = decodeURIComponent(p.url().split('/').pop());
    let t;
    for (let i = 0; i < 120; i++) {
      t = (await api.get(`/api/v1/tasks/${id}`)).json;
      if (TERMINAL.includes(t.status)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(t.status, 'finalized', JSON.stringify(t));
    assert.equal(t.savedTask, 'hourly check');
    await p.goto(`${server.url}/#/saved/hourly%20check`);
    const run = p.locator(`tr[data-task="${id}"]`);
    await run.waitFor();
    assert.equal(await run.getAttribute('data-status'), 'finalized');
    assert.ok(JSON.stringify(t.result ?? '').includes(TITLE), `the run's answer is the page's title: ${JSON.stringify(t.result)}`);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('a key of another project sees neither the row nor the page', async () => {
    const { p, ctx } = await savedPage(betaToken);
    await p.locator('#saved-box .empty').waitFor();
    assert.equal(await p.locator('tr[data-saved]').count(), 0);
    await p.goto(`${server.url}/#/saved/morning%20title`);
    await p.locator('.alert', { hasText: 'No such saved task' }).waitFor();
    await ctx.close();
  });

  test('Delete removes the saved task and keeps its runs', async () => {
    const { p, ctx, errors } = await savedPage(api.token);
    await p.click('tr[data-saved="hourly check"] a');
    await p.locator('#delete-saved').click();
    await p.waitForURL(/#\/saved$/);
    await p.locator('tr[data-saved="morning title"]').waitFor();
    assert.equal(await p.locator('tr[data-saved="hourly check"]').count(), 0);
    assert.equal((await api.get('/api/v1/saved_tasks/name/hourly%20check')).status, 404);
    const runs = (await api.get('/api/v1/tasks?limit=50')).json.tasks.filter((x) => x.savedTask === 'hourly check');
    assert.equal(runs.length, 1, 'the run made by Run now stays');
    assert.deepEqual(errors, []);
    await ctx.close();
  });
});

// crawler_automation end to end, navigation: open / visit / browse to, the
// history (back, forward, reload), the search intent, following links and
// results by name and ordinal, new tabs, slow and unanswered pages, and
// instructions the planner cannot read. Each test is one task against the
// Gadget Shop fixture site (lib/site.mjs), checked by where the browser ended
// up, what the site saw and what the steps returned.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { test, testFull, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';
import { startSite, crawl, lastExtract, searchCatalog } from './lib/site.mjs';

let site, dataDir, server, api, baseline;
const S = (p) => site.url(p);

before(async () => {
  baseline = chromiumBaseline();
  site = await startSite();
  dataDir = await makeDataDir('crawl-nav');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'crawler-nav' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [site], dirs: [dataDir] }));

/** The q parameter of a URL. */
const queryOf = (u) => new URL(u).searchParams.get('q');

describe('opening pages', () => {
  test('"Open <url> and get the title": the title is the step result and the task result', async () => {
    const run = await crawl(api, `Open ${S('/')} and get the title`);
    assertSchema('GetResultsResponse', run.results);
    assert.equal(run.steps.length, 2, run.why);
    assert.equal(run.steps[0].action, 'navigate', run.why);
    assert.equal(run.steps[0].state.url, S('/'), run.why);
    assert.equal(lastExtract(run).text, 'Gadget Shop - Home', run.why);
    assert.equal(run.results.result, 'Gadget Shop - Home', `task result\n${run.why}`);
    assert.equal(run.state.title, 'Gadget Shop - Home', run.why);
  });

  // "get the URL" is in the forward test below: the full tier
  testFull('"Visit <url>, then get the URL"', async () => {
    const run = await crawl(api, `Visit ${S('/pricing')}, then get the URL`);
    assert.equal(lastExtract(run).text, S('/pricing'), run.why);
    assert.equal(run.state.title, 'Pricing - Gadget Shop', run.why);
  });

  // full tier: the first test covers opening a page, crawler_extract '"take a screenshot"' the task result falling back to the title
  testFull('"go to <url>" alone: nothing extracted, so the task result is the page title', async () => {
    const run = await crawl(api, `go to ${S('/deals')}`);
    assert.equal(run.steps.length, 1, run.why);
    assert.equal(run.state.url, S('/deals'), run.why);
    assert.equal(run.results.result, 'Deals - Gadget Shop', `task result\n${run.why}`);
    assert.ok(site.hits('/deals', { since: run.since }).length >= 1, 'the site served /deals');
  });

  // a further phrasing of the first test: the full tier
  testFull('"load <url> and return the title"', async () => {
    const run = await crawl(api, `load ${S('/help')} and return the title`);
    assert.equal(lastExtract(run).text, 'Help Center - Gadget Shop', run.why);
  });

  test('a page nobody answers fails the step, as a browser without the egress gate would', async () => {
    // The gate answers a refused connection itself (HTTP 502): that is no
    // page of the site, and the task must not go on reading the gate's text.
    const port = await new Promise((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address();
        probe.close(() => resolve(p));
      });
    });
    const run = await crawl(api, `Open http://127.0.0.1:${port}/ and get the title`, { expect: 'failed' });
    assert.equal(run.steps.length, 1, run.why);
    assert.match(run.task.error, new RegExp(`could not load http://127\\.0\\.0\\.1:${port}/: cannot connect to the destination`), run.why);
  });
});

describe('history', () => {
  // "go back" is in the forward test below: the full tier
  testFull('"Browse to A, head to B, go back and get the title" -> A', async () => {
    const run = await crawl(api, `Browse to ${S('/deals')}, head to ${S('/help')}, go back and get the title`);
    assert.equal(lastExtract(run).text, 'Deals - Gadget Shop', run.why);
    assert.equal(run.steps[2].state.url, S('/deals'), `state after "go back"\n${run.why}`);
  });

  test('"Open A then open B; go back; go forward; read the URL" -> B', async () => {
    const run = await crawl(api, `Open ${S('/pricing')} then open ${S('/docs')}; go back; go forward; read the URL`);
    assert.equal(lastExtract(run).text, S('/docs'), run.why);
    assert.equal(run.steps[2].state.url, S('/pricing'), `after "go back"\n${run.why}`);
    assert.equal(run.steps[3].state.url, S('/docs'), `after "go forward"\n${run.why}`);
  });

  test('"reload the page" loads it again', async () => {
    const run = await crawl(api, `Open ${S('/late')} and reload the page, then get the title`);
    assert.equal(lastExtract(run).text, 'Late Content - Gadget Shop', run.why);
    assert.equal(site.hits('/late', { since: run.since }).length, 2, `GET /late twice (open + reload)\n${run.why}`);
  });

  // a further phrasing of "reload": the full tier
  testFull('"refresh the page" loads it again', async () => {
    const run = await crawl(api, `open ${S('/pricing')}\nrefresh the page`);
    assert.equal(site.hits('/pricing', { since: run.since }).length, 2, `GET /pricing twice (open + refresh)\n${run.why}`);
    assert.equal(run.state.url, S('/pricing'), run.why);
  });
});

describe('search', () => {
  test('"Open <shop> and search for AirPods" uses the search box and lands on the results', async () => {
    const run = await crawl(api, `Open ${S('/')} and search for AirPods`);
    const u = new URL(run.state.url);
    assert.equal(u.pathname, '/search', run.why);
    assert.equal(queryOf(run.state.url), 'AirPods', run.why);
    assert.equal(run.state.title, 'Search: AirPods - Gadget Shop', run.why);
  });

  // further phrasings of the search: the full tier
  testFull('search "usb hub" on <shop>: opens the site first, then searches', async () => {
    const run = await crawl(api, `search "usb hub" on ${S('/')} and get the title`);
    assert.equal(queryOf(run.state.url), 'usb hub', run.why);
    assert.equal(lastExtract(run).text, 'Search: usb hub - Gadget Shop', run.why);
    assert.ok(site.hits('/', { since: run.since }).length >= 1, 'the home page was opened first');
  });

  testFull('"look up mechanical keyboard" from another page of the shop', async () => {
    const run = await crawl(api, `Go to ${S('/deals')} and look up mechanical keyboard`);
    assert.equal(queryOf(run.state.url), 'mechanical keyboard', run.why);
  });
});

describe('links, results and tabs', () => {
  // full tier: crawler_dynamic '"click Accept all" ..., then use the page' clicks the Deals link and lands on /deals
  testFull('"click the Deals link" follows the navigation link', async () => {
    const run = await crawl(api, `Open ${S('/')}, click the Deals link`);
    assert.equal(run.state.url, S('/deals'), run.why);
    assert.equal(run.state.title, 'Deals - Gadget Shop', run.why);
  });

  // a further phrasing of the Deals link: the full tier
  testFull('"tap on Help"', async () => {
    const run = await crawl(api, `open ${S('/')} and tap on "Help"`);
    assert.equal(run.state.url, S('/help'), run.why);
  });

  test('"click the second result" opens the second product of the results', async () => {
    const run = await crawl(api, `Open ${S('/search?q=airpods')} and click the second result`);
    const second = searchCatalog('airpods')[1];
    assert.equal(run.state.url, S(`/product/${second.slug}`), run.why);
    assert.equal(run.state.title, `${second.name} - Gadget Shop`, run.why);
  });

  // a further ordinal: the full tier
  testFull('"click on the last result"', async () => {
    const run = await crawl(api, `Open ${S('/search?q=usb')} then click on the last result`);
    const last = searchCatalog('usb').at(-1);
    assert.equal(run.state.url, S(`/product/${last.slug}`), run.why);
  });

  test('a link with target=_blank opens a new tab, listed in state.tabs', async () => {
    const run = await crawl(api, `Open ${S('/help')} and click "Open docs in a new tab"`);
    const tabs = run.state.tabs || [];
    assert.ok(tabs.length >= 2, `two tabs: ${JSON.stringify(tabs)}\n${run.why}`);
    assert.ok(tabs.some((t) => t.url === S('/docs')), `a tab shows /docs: ${JSON.stringify(tabs)}\n${run.why}`);
    assert.ok(site.hits('/docs', { since: run.since }).length >= 1, 'the site served /docs');
  });

  test('"click the Slow report link, wait until the page loads and get the title"', async () => {
    const run = await crawl(api, `open ${S('/help')}, click the "Slow report" link, wait until the page loads and get the title`);
    assert.equal(lastExtract(run).text, 'Slow Page', run.why);
    assert.equal(run.state.url, S('/slow?delay=1500'), run.why);
  });
});

describe('slow and unanswered pages', () => {
  // a slow page is waited for in the Slow report link test: the full tier
  testFull('a page that answers after 2 s: the navigation waits for it', async () => {
    const run = await crawl(api, `Open ${S('/slow?delay=2000')} and get the title`);
    assert.equal(lastExtract(run).text, 'Slow Page', run.why);
    const nav = run.steps[0];
    assert.ok(nav.raw.metadata.duration_ms >= 1900, `the open step took ${nav.raw.metadata.duration_ms} ms\n${run.why}`);
  });

  test('a page that never answers: the task ends failed (reason timeout) at its timeoutSeconds', async () => {
    const t0 = Date.now();
    const run = await crawl(api, `open ${S('/never')} and get the title`, { expect: null, over: { timeoutSeconds: 4 } });
    assert.equal(run.task.status, 'failed', run.why);
    assert.equal(run.task.failureReason, 'timeout', run.why);
    assert.ok(Date.now() - t0 < 20000, `ended ${Date.now() - t0} ms after submission`);
    assert.ok(site.hits('/never', { since: t0 }).length >= 1, 'the browser asked for /never');
  });
});

describe('instructions the planner cannot read', () => {
  test('an unknown verb fails the task naming the clause', async () => {
    const run = await crawl(api, `Open ${S('/')} and frobnicate the shopping cart`, { expect: 'failed' });
    const msg = 'nothing on the page fits "frobnicate the shopping cart"';
    assert.ok((run.task.error || '').includes(msg), `error should contain ${msg}\n${run.why}`);
  });

  // a further phrasing of the unknown verb: the full tier
  testFull('gibberish in an instructions array names that clause', async () => {
    const run = await crawl(api, [`Open ${S('/')}`, 'wibble wobble the thing', 'get the title'], { expect: 'failed' });
    assert.ok((run.task.error || '').includes('nothing on the page fits "wibble wobble the thing"'), run.why);
  });
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(server, baseline);
});

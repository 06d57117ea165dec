// crawler_automation end to end, pages that move: content that JavaScript
// adds late, waits, infinite scroll and scrolling, a hover menu, alert() and
// confirm(), several buttons with the same text (ordinals), a cookie banner
// over the page, and elements that are ambiguous or missing. Each test is one
// task against the Gadget Shop fixture site (lib/site.mjs), checked by what
// the page sent back (recorded fetches and beacons), where the browser ended
// up and what the steps returned.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, testFull, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { startSite, crawl, lastExtract, stepsWith, CATALOG } from './lib/site.mjs';

let site, dataDir, server, api, baseline;
const S = (p) => site.url(p);

before(async () => {
  baseline = chromiumBaseline();
  site = await startSite();
  dataDir = await makeDataDir('crawl-dynamic');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'crawler-dynamic' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [site], dirs: [dataDir] }));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for a submission to path since the run began; fails with the run's account. */
async function sent(run, path, where = () => true, timeout = 3000) {
  try {
    return await site.waitForSubmission(path, { since: run.since, timeout, where });
  } catch (e) {
    return assert.fail(`${e.message}\n${run.why}`);
  }
}

/** The /api/details?n= values the run sent. */
const detailsSent = (run) => site.submissions('/api/details', { since: run.since }).map((s) => s.query.n);

// testFull: what a kept test of the same group shows again (a wait, a
// hover, an ordinal, a screenful): the full tier.
describe('content that arrives late', () => {
  test('"wait for X to appear and click X" on a list added after 1.5 s', async () => {
    const run = await crawl(api, `Open ${S('/late')}, wait for "Late item three" to appear and click Late item three`);
    assert.equal(run.state.url, S('/late/3'), run.why);
    assert.equal(run.state.title, 'Late item three - Gadget Shop', run.why);
  });

  testFull('"wait for Results, then get the text of the Results heading"', async () => {
    const run = await crawl(api, `Open ${S('/late')} and wait for Results, then get the text of the Results heading`);
    assert.equal(lastExtract(run).text.trim(), 'Results', run.why);
    const wait = stepsWith(run, 'wait')[0];
    assert.ok(wait, run.why);
    assert.ok(wait.raw.metadata.duration_ms < 10000, `the wait ended when the heading came: ${wait.raw.metadata.duration_ms} ms`);
  });

  test('"wait 2 seconds and get all links": the late links are there', async () => {
    const run = await crawl(api, `Open ${S('/late')}, wait 2 seconds and get all links`);
    const wait = stepsWith(run, 'wait')[0];
    assert.ok(wait && wait.raw.metadata.duration_ms >= 1900, `waited ${wait?.raw.metadata.duration_ms} ms\n${run.why}`);
    const links = lastExtract(run).value;
    assert.ok(Array.isArray(links), run.why);
    for (const n of ['one', 'two', 'three']) {
      assert.ok(links.some((l) => String(l.text).trim() === `Late item ${n}` && new URL(l.href, S('/late')).href === S(`/late/${['', 'one', 'two', 'three'].indexOf(n)}`)),
        `Late item ${n} among the links\n${run.why}`);
    }
  });

  testFull('clicking an element that appears 1.5 s after the page loaded, without saying "wait"', async () => {
    const run = await crawl(api, `Open ${S('/late')} and click "Late item two"`);
    assert.equal(run.state.url, S('/late/2'), run.why);
  });

  test('a button whose result comes from a slow fetch', async () => {
    const run = await crawl(api, `Open ${S('/loader')}, click "Load data", wait for "Data loaded" to appear and get the text of the status`);
    assert.equal(lastExtract(run).text.trim(), 'Data loaded: 42 items', run.why);
    await sent(run, '/api/report');
  });
});

describe('scrolling', () => {
  test('infinite scroll: scroll to the bottom until the needle is loaded, click it', async () => {
    const run = await crawl(api, `Open ${S('/feed')}, scroll to the bottom, scroll to the bottom, scroll to the bottom and click "Needle in the feed"`);
    assert.equal(run.state.url, S('/feed/item/45'), run.why);
    const pages = site.submissions('/api/feed', { since: run.since }).map((s) => Number(s.query.page));
    assert.ok(pages.includes(2), `the third page of posts was fetched: ${JSON.stringify(pages)}\n${run.why}`);
  });

  test('"scroll down 500 pixels, then scroll up 200 pixels"', async () => {
    const run = await crawl(api, `Open ${S('/feed')} and scroll down 500 pixels, then scroll up 200 pixels`);
    await sent(run, '/api/scroll', (s) => s.fields.y >= 250 && s.fields.y <= 350);
    const ys = site.submissions('/api/scroll', { since: run.since }).map((s) => s.fields.y);
    assert.ok(ys.some((y) => y >= 450 && y <= 550), `scrolled to about 500: ${JSON.stringify(ys)}\n${run.why}`);
    assert.ok(ys.at(-1) >= 250 && ys.at(-1) <= 350, `ended at about 300: ${JSON.stringify(ys)}\n${run.why}`);
  });

  test('"scroll to Reviews" brings a section far below the fold into view', async () => {
    const run = await crawl(api, `Open ${S('/article')} and scroll to "Reviews"`);
    await sent(run, '/api/seen', (s) => s.fields.section === 'reviews');
  });

  test('"scroll to the bottom then scroll to the top"', async () => {
    const run = await crawl(api, `Open ${S('/article')}, scroll to the bottom then scroll to the top`);
    await sent(run, '/api/seen', (s) => s.fields.section === 'footer');
    await sent(run, '/api/scroll', (s) => s.fields.y === 0);
    const ys = site.submissions('/api/scroll', { since: run.since }).map((s) => s.fields.y);
    assert.ok(Math.max(...ys) > 4000, `reached the bottom: ${JSON.stringify(ys)}\n${run.why}`);
    assert.equal(ys.at(-1), 0, `back at the top: ${JSON.stringify(ys)}\n${run.why}`);
  });

  testFull('"scroll down" moves by about a screenful', async () => {
    const run = await crawl(api, `Open ${S('/article')} and scroll down`);
    const s = await sent(run, '/api/scroll', (x) => x.fields.y >= 300);
    assert.ok(s.fields.y <= 1200, `scrolled ${s.fields.y} px\n${run.why}`);
  });
});

describe('hover menus and dialogs', () => {
  test('"hover over Account and click Settings": the entry only shows on hover', async () => {
    const run = await crawl(api, `Open ${S('/menu')}, hover over "Account" and click Settings`);
    assert.equal(run.state.url, S('/settings'), run.why);
    assert.equal(stepsWith(run, 'hover').length, 1, run.why);
  });

  testFull('"hover over the Account menu then click Log out"', async () => {
    const run = await crawl(api, `Open ${S('/menu')}, hover over the Account menu then click "Log out"`);
    assert.equal(run.state.url, S('/logout'), run.why);
    assert.equal(run.state.title, 'Signed Out - Gadget Shop', run.why);
  });

  // full tier: 'a button that opens confirm(): the task goes on, ...' covers a native dialog that does not block the task
  testFull('a button that opens alert(): the dialog does not block the task', async () => {
    const run = await crawl(api, `Open ${S('/dialogs')}, click "Show alert" and get the text of the status`);
    assert.equal(lastExtract(run).text.trim(), 'Alert closed', run.why);
  });

  test('a button that opens confirm(): the task goes on, and the page agrees with the answer', async () => {
    const run = await crawl(api, `Open ${S('/dialogs')}, press the "Delete item" button and read the text of the status`);
    const status = lastExtract(run).text.trim();
    assert.ok(['Item deleted', 'Deletion cancelled'].includes(status), `status: ${status}\n${run.why}`);
    await sleep(200);
    const deleted = site.submissions('/api/delete', { since: run.since }).length > 0;
    assert.equal(deleted, status === 'Item deleted', `the page sent /api/delete only when confirmed\n${run.why}`);
  });
});

describe('several buttons with the same text', () => {
  test('"click the 2nd Details button"', async () => {
    const run = await crawl(api, `Open ${S('/details')} and click the 2nd Details button`);
    await sent(run, '/api/details');
    assert.deepEqual(detailsSent(run), ['2'], run.why);
    const el = stepsWith(run, 'click')[0]?.state.interacted_element;
    assert.ok(el, `interacted_element is set after a click\n${run.why}`);
    assert.equal(String(el.tag).toLowerCase(), 'button', JSON.stringify(el));
    assert.equal(String(el.text).trim(), 'Details', JSON.stringify(el));
    assert.equal(typeof el.selector, 'string', JSON.stringify(el));
    assert.ok(el.box && typeof el.box === 'object', `interacted_element.box: ${JSON.stringify(el)}`);
  });

  // full tier: '"click the 2nd Details button"' covers these buttons by ordinal, "a button under the banner gets clicked" the last of several
  testFull('"press the last Details button"', async () => {
    const run = await crawl(api, `Open ${S('/details')}, press the last "Details" button`);
    await sent(run, '/api/details');
    assert.deepEqual(detailsSent(run), ['3'], run.why);
  });

  testFull('"tap the first Details button"', async () => {
    const run = await crawl(api, `go to ${S('/details')} and tap the first Details button`);
    await sent(run, '/api/details');
    assert.deepEqual(detailsSent(run), ['1'], run.why);
  });

  // Three equal matches and no ordinal: the first is clicked, as a person
  // reading top-down would, and the result says so and how to pick another.
  test('"click Details" with three of them clicks the first and says it was one of 3', async () => {
    const run = await crawl(api, `Open ${S('/details')} and click Details`);
    const click = run.results.results[1].result || '';
    assert.match(click, /first of 3 equal matches/, `the result tells of the others\n${run.why}`);
    await sleep(200);
    assert.deepEqual(detailsSent(run), ['1'], run.why);
  });

  test('a button that does not exist: fails listing the closest candidates', async () => {
    const run = await crawl(api, `Open ${S('/login')} and click the "Checkout" button`, { expect: 'failed' });
    const err = run.task.error || '';
    assert.ok(err.includes('Checkout'), `the error names what was not found\n${run.why}`);
    const onPage = ['Sign in', 'Search', 'Forgot your password?', 'Create an account', 'Remember me', 'Home', 'Deals', 'Account', 'Help', 'Cart (0)'];
    assert.ok(onPage.some((t) => err.includes(t)), `the error lists candidates from the page (one of ${onPage.join(', ')})\n${run.why}`);
    const failed = run.steps.at(-1);
    assert.ok(failed?.error, `the failed step has metadata.error\n${run.why}`);
  });
});

describe('the cookie banner', () => {
  test('"click Accept all" (a paragraph also says "accept all cookies"), then use the page', async () => {
    const run = await crawl(api, `Open ${S('/')}, click "Accept all" and click the Deals link`, { expect: null });
    await sleep(200);
    assert.deepEqual(site.submissions('/api/consent', { since: run.since }).map((x) => x.fields.choice), ['all'], run.why);
    assert.equal(run.task.status, 'finalized', run.why);
    assert.equal(run.state.url, S('/deals'), run.why);
  });

  test('"press Reject" is a click, not a key', async () => {
    const run = await crawl(api, `Open ${S('/')} and press Reject`, { expect: null });
    await sleep(200);
    assert.deepEqual(site.submissions('/api/consent', { since: run.since }).map((x) => x.fields.choice), ['reject'],
      `the site got these cookie choices; the user asked to reject\n${run.why}`);
    assert.equal(run.task.status, 'finalized', run.why);
  });

  test('a button under the banner gets clicked (dismissing the banner is allowed)', async () => {
    const run = await crawl(api, `Open ${S('/')} and click the last "Add to cart" button`);
    const last = CATALOG.filter((p) => p.featured).at(-1);
    const s = await sent(run, '/api/cart');
    assert.equal(s.fields.slug, last.slug, run.why);
    assert.equal(site.submissions('/api/cart', { since: run.since }).length, 1, `one click, one cart post\n${run.why}`);
  });
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(server, baseline);
});

// crawler_automation end to end, extraction and screenshots: titles and URLs,
// the text of an element or of the page, all links, a table, repeated items
// (product names and prices), the price of a named product; screenshots of
// the window, the whole page and one element. Each test is one task against
// the Gadget Shop fixture site (lib/site.mjs); structured values are JSON
// text in the step's `result`, and the task's `result` is the last
// extraction (or the page title when nothing was extracted).
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, testFull, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { startSite, crawl, lastExtract, stepsWith, searchCatalog, product, DEALS } from './lib/site.mjs';

let site, dataDir, server, api, baseline;
const S = (p) => site.url(p);

before(async () => {
  baseline = chromiumBaseline();
  site = await startSite();
  dataDir = await makeDataDir('crawl-extract');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'crawler-extract' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [site], dirs: [dataDir] }));

const PRICING = [
  { Plan: 'Free', Price: '$0', Seats: '1' },
  { Plan: 'Pro', Price: '$12/mo', Seats: '5' },
  { Plan: 'Team', Price: '$49/mo', Seats: '25' },
];

/** The step's result parsed as a JSON array (asserted). */
function listOf(step, run) {
  assert.ok(Array.isArray(step.value), `the result is JSON text of an array: ${step.result}\n${run.why}`);
  return step.value;
}

/** [{name, price}] of products, as the list extraction should give them. */
const namesAndPrices = (products) => products.map((p) => ({ name: p.name, price: p.price }));

/** Asserts the extracted items are exactly these products, in order (names and prices). */
function assertProducts(items, products, run) {
  const got = items.map((i) => ({ name: String(i.name ?? '').trim(), price: String(i.price ?? '').trim() }));
  assert.deepEqual(got, namesAndPrices(products), run.why);
}

/** Width and height of a PNG (from its IHDR chunk). */
function pngSize(buf) {
  assert.deepEqual([...buf.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The PNG of the step's screenshot_url. */
async function screenshotOf(step, run) {
  const u = step.raw.screenshot_url;
  assert.ok(u, `the screenshot step has a screenshot_url\n${run.why}`);
  const r = await fetch(u);
  assert.equal(r.status, 200, `GET ${u}`);
  assert.match(r.headers.get('content-type') || '', /^image\/png/);
  return pngSize(Buffer.from(await r.arrayBuffer()));
}

describe('tables', () => {
  test('"get the table": rows as objects keyed by the header row', async () => {
    const run = await crawl(api, `Open ${S('/pricing')} and get the table`);
    assert.deepEqual(listOf(lastExtract(run), run), PRICING, run.why);
    assert.deepEqual(JSON.parse(run.results.result), PRICING, `the task result is the last extraction\n${run.why}`);
  });

  // a further phrasing of the table above: the full tier
  testFull('"extract the pricing table"', async () => {
    const run = await crawl(api, `go to ${S('/pricing')}, extract the pricing table`);
    assert.deepEqual(listOf(lastExtract(run), run), PRICING, run.why);
  });
});

describe('lists of products', () => {
  test('search, then "get all product names and prices"', async () => {
    const run = await crawl(api, `Open ${S('/')}, search for AirPods and get all product names and prices`);
    assertProducts(listOf(lastExtract(run), run), searchCatalog('AirPods'), run);
  });

  // the same search results page as the AirPods one: the full tier
  testFull('"extract all product names and prices" of four results', async () => {
    const run = await crawl(api, `Open ${S('/search?q=usb')}, extract all product names and prices`);
    assertProducts(listOf(lastExtract(run), run), searchCatalog('usb'), run);
  });

  // full tier: 'search, then "get all product names and prices"' covers a list of products with their prices
  testFull('"return all product names and prices" on the deals page', async () => {
    const run = await crawl(api, `Open ${S('/deals')} and return all product names and prices`);
    assertProducts(listOf(lastExtract(run), run), DEALS.map(product), run);
  });
});

describe('prices', () => {
  test('the price of "Widget" next to "Widget Pro": the exact name wins', async () => {
    const run = await crawl(api, `Open ${S('/search?q=widget')} and get the price of "Widget"`);
    assert.equal(lastExtract(run).text.trim(), '$19.99', run.why);
  });

  // a product page's price is read in the test after this one: the full tier
  testFull('"read the price of AirPods Pro" on its product page', async () => {
    const run = await crawl(api, `Open ${S('/product/airpods-pro')} and read the price of AirPods Pro`);
    assert.equal(lastExtract(run).text.trim(), '$249.00', run.why);
  });

  // full tier: crawler_navigation '"click the second result"' covers a result opened by ordinal, 'the price of "Widget" ...' a price read
  testFull('search, open the first result, read its price', async () => {
    const run = await crawl(api, `Open ${S('/')}, search "keyboard", click the first result and read the price of Mechanical Keyboard`);
    assert.equal(run.state.url, S('/product/mechanical-keyboard'), run.why);
    assert.equal(lastExtract(run).text.trim(), '$129.00', run.why);
  });
});

describe('links and text', () => {
  // full tier: crawler_dynamic '"wait 2 seconds and get all links"' covers the links as [{text, href}]
  testFull('"get all links": [{text, href}] with the page\'s links', async () => {
    const run = await crawl(api, `Open ${S('/help')} and get all links`);
    const links = listOf(lastExtract(run), run);
    const abs = links.map((l) => ({ text: String(l.text ?? '').trim(), href: new URL(l.href, S('/help')).href }));
    for (const want of [
      { text: 'Open docs in a new tab', href: S('/docs') },
      { text: 'Slow report', href: S('/slow?delay=1500') },
      { text: 'Membership plans', href: S('/pricing') },
      { text: 'Deals', href: S('/deals') },
    ]) {
      assert.ok(abs.some((l) => l.text === want.text && l.href === want.href), `${JSON.stringify(want)} among the links\n${run.why}`);
    }
  });

  test('"get the text of the Reviews heading" far below the fold', async () => {
    const run = await crawl(api, `open ${S('/article')} and get the text of the Reviews heading`);
    assert.equal(lastExtract(run).text.trim(), 'Reviews', run.why);
  });

  // full tier: grounding_dynamic 'client-side tabs with hash routing: "open the Your Feed tab"' reads the page text
  testFull('"extract the text of the page"', async () => {
    const run = await crawl(api, `Open ${S('/pricing')} and extract the text of the page`);
    const text = lastExtract(run).text;
    for (const s of ['Membership plans', 'Team', '$49/mo', 'Annual billing saves 20%']) {
      assert.ok(text.includes(s), `page text contains ${s}\n${run.why}`);
    }
  });

  test('two extractions: each step has its own result; the task result is the last one', async () => {
    const run = await crawl(api, `Open ${S('/deals')}, get the title and get the URL`);
    const ex = stepsWith(run, 'extract');
    assert.equal(ex.length, 2, run.why);
    assert.equal(ex[0].text, 'Deals - Gadget Shop', run.why);
    assert.equal(ex[1].text, S('/deals'), run.why);
    assert.equal(run.results.result, S('/deals'), `task result\n${run.why}`);
  });
});

describe('screenshots', () => {
  test('"take a screenshot": a PNG of the window at the step; the task result falls back to the title', async () => {
    const run = await crawl(api, `Open ${S('/pricing')} and take a screenshot`);
    const shot = run.steps[1];
    assert.equal(shot.action, 'screenshot', run.why);
    const size = await screenshotOf(shot, run);
    // The window is 1280 wide; its height (the viewport) is not in the
    // contract: headless Chromium keeps some of an 800 px window for itself.
    assert.equal(size.width, 1280, `window-wide screenshot: ${JSON.stringify(size)}\n${run.why}`);
    assert.ok(size.height >= 600 && size.height <= 800, `window-high screenshot, not the whole page: ${JSON.stringify(size)}\n${run.why}`);
    assert.equal(run.results.result, 'Pricing - Gadget Shop', `nothing extracted: the task result is the title\n${run.why}`);
  });

  test('"take a full-page screenshot" of a long article is taller than the window', async () => {
    const run = await crawl(api, `Open ${S('/article')} and take a full-page screenshot`);
    const size = await screenshotOf(run.steps[1], run);
    assert.equal(size.width, 1280, run.why);
    assert.ok(size.height > 2000, `full-page screenshot height ${size.height}\n${run.why}`);
  });

  test('"screenshot the header": only that element', async () => {
    const run = await crawl(api, `Open ${S('/')} and screenshot the header`);
    const size = await screenshotOf(run.steps[1], run);
    assert.ok(size.height >= 40 && size.height <= 120, `header screenshot is about 64 px tall: ${JSON.stringify(size)}\n${run.why}`);
    assert.ok(size.width > 600 && size.width <= 1280, `header screenshot width: ${JSON.stringify(size)}\n${run.why}`);
  });
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(server, baseline);
});

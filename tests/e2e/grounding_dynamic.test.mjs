// Grounding, kind 8 of issue 10: pages that change. A click that opens a tab
// moves the task to it (logged) and "switch back to the first tab" returns;
// "click Load more until X shows"; an infinite list scrolled until an item
// or the end; "scroll down 500 pixels"; client-side tabs with hash routing.
import assert from 'node:assert/strict';
import { test, assertCleanShutdown } from './lib/harness.mjs';
import { crawl, stepsWith } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-dynamic');
const G = g.G;

test('a click that opens a new tab moves the task there; "switch back to the first tab" returns', async () => {
  const run = await crawl(g.api, [`Open ${G('/dynamic.html')}`, 'click Open the yearly report', 'get the title',
    'switch back to the first tab', 'get the title']);
  const titles = stepsWith(run, 'extract').map((s) => s.text);
  assert.deepEqual(titles, ['Yearly Report 2024', 'Birding Club'], run.why);
  const logs = (run.task.progress?.logs || []).join('\n');
  assert.match(logs, /opened a new tab: moved to it/, run.why);
});

test('the new tab is read by the agent too: "how many species were counted?" after the click that opened it', async () => {
  // The agent's isolated world belongs to one document of one tab: after
  // the task moved to the new tab, a question must be answered there, not
  // fail on the old tab's world ("Cannot find context with specified id").
  const run = await crawl(g.api, `Open ${G('/dynamic.html')}, click Open the yearly report (it opens a new tab) and tell me how many species were counted`);
  assert.match(stepsWith(run, 'extract').at(-1).text, /212/, run.why);
});

test('"click Load more until Blue heron shows"', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic.html')}, click Load more until "Blue heron" shows`);
  const shown = g.site.eventsSince(run.since, (e) => e.action === 'more').map((e) => e.shown);
  assert.ok(Math.max(...shown) >= 23 && Math.max(...shown) <= 25, `${JSON.stringify(shown)}\n${run.why}`);
});

test('"scroll down 500 pixels"', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic.html')} and scroll down 500 pixels`);
  await new Promise((r) => setTimeout(r, 400));
  const ys = g.site.eventsSince(run.since, (e) => e.action === 'scroll').map((e) => e.y);
  assert.ok(ys.some((y) => y >= 480 && y <= 520), `${JSON.stringify(ys)}\n${run.why}`);
});

test('an infinite list: "scroll until The rare orchid is visible and click it"', async () => {
  const run = await crawl(g.api, `Open ${G('/infinite.html')}, scroll until "The rare orchid" is visible and click it`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'open').map((e) => e.n), [37], run.why);
});

test('"keep loading until you find X" on a list with no Load more button: it scrolls', async () => {
  const run = await crawl(g.api, `Open ${G('/infinite.html')}, keep loading until you find "The rare orchid", then click it`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'open').map((e) => e.n), [37], run.why);
});

test('"scroll until the end" of an infinite list', async () => {
  const run = await crawl(g.api, `Open ${G('/infinite.html')} and scroll until the end`);
  const pages = g.site.eventsSince(run.since, (e) => e.page === 'infinite' && e.action === 'loaded').map((e) => e.pages);
  assert.equal(Math.max(...pages), 6, `all six pages of notes: ${JSON.stringify(pages)}\n${run.why}`);
});

test('client-side tabs with hash routing: "open the Your Feed tab"', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic.html')}, open the Your Feed tab and get the page text`);
  assert.match(run.state.url || '', /#\/mine$/, run.why);
  assert.match(stepsWith(run, 'extract').at(-1).text, /Owl at dusk/, run.why);
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(g.server, g.baseline);
});

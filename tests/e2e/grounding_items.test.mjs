// Grounding, items: a control inside the repeated item the words name (a
// mail row, a table row, a card, a chat message, a list entry), found by a
// person, subject words, an ordinal, a key or a status; shown only on hover
// or kept in the item's "More" menu; states and values set on an item
// (dropdowns, checkboxes, steppers, reactions, a thread's reply); and what
// the control opens (a dialog to fill, confirm or cancel, a toast's Undo, a
// confirm-by-typing box), plus banners closed without accepting them.
// Pages: tests/fixtures/grounding/items-*.html; the agent: 17-items.js.
import assert from 'node:assert/strict';
import { test } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-items');
const G = g.G;

/** The events of a run whose action is action (all when none given). */
function evs(run, action) {
  return g.site.eventsSince(run.since, (e) => !action || e.action === action);
}

/** The page's events of a run as "action:key" strings, in order. */
function said(run, keys = ['mail', 'who', 'msg', 'item', 'sku', 'inv', 'which', 'file', 'how']) {
  return evs(run).filter((e) => e.action !== 'consent' || keys.includes('how')).map((e) => {
    const k = keys.find((x) => e[x] != null);
    return k ? `${e.action}:${e[k]}` : e.action;
  });
}

/** Run each phrasing on a fresh page; check(run, phrase) asserts. */
async function each(page, phrases, check) {
  for (const p of phrases) {
    const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
    await check(run, p);
  }
}

test('mail: the control in the row the words name (sender, subject words, an icon shown on hover)', async () => {
  await each('/items-mail.html', [
    'archive the email from Shopmart',
    'Archive the Shopmart email',
  ], (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['archive:shop'], run.why));
  await each('/items-mail.html', [
    'archive Tom\'s email about sushi',
    'archive Tom\'s lunch email (the one about sushi)',
  ], (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['archive:tom-sushi'], run.why));
  await each('/items-mail.html', [
    'delete the message from Tomas with its bin icon',
    'delete the email about the printer',
  ], (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['delete:tomas'], run.why));
});

test('mail: both items, and a tie fails with the candidates', async () => {
  await each('/items-mail.html', [
    'star both emails from Lee Ho',
    'star all the emails from Lee Ho',
  ], (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')).sort(), ['star:lee-off', 'star:lee-q'], run.why));
  const run = await crawl(g.api, `Open ${G('/items-mail.html')}. archive the email from Tom Reyes`, { expect: 'failed' });
  assert.deepEqual(evs(run, 'archive'), [], run.why);
  assert.match(JSON.stringify(run.results), /alike|say which/, run.why);
});

test('mail: a state kept in the row\'s "More" menu', async () => {
  await each('/items-mail.html', [
    'mark the GitHub notification as read without opening it',
    'mark the email about PR 88 as read',
  ], (run) => {
    assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['read:gh'], run.why);
  });
});

test('mail: undo from the toast, and banners closed without accepting', async () => {
  let run = await crawl(g.api, `Open ${G('/items-mail.html')}. Archive the Shopmart email and then undo it from the notification`);
  assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['archive:shop', 'undo:shop'], run.why);
  for (const p of ['close the cookie banner with the X, without accepting', 'Close the cookie notice without accepting it']) {
    run = await crawl(g.api, `Open ${G('/items-mail.html')}. ${p}`);
    assert.deepEqual(said(run), ['consent:closed'], run.why);
  }
  run = await crawl(g.api, `Open ${G('/items-mail.html')}. refuse the optional cookies`);
  assert.deepEqual(said(run), ['consent:necessary'], run.why);
  run = await crawl(g.api, `Open ${G('/items-mail.html')}. dismiss the yellow promotion bar`);
  assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['promo:dismiss'], run.why);
});

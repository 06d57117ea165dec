// Grounding: superlatives, the item a person picks by comparing ("the
// cheapest lamp", "the thread with the most replies", "the newest post").
// The agent finds the page's list (cards, rows of a table, entries), reads
// the named field of each (a price split over elements with the old one
// struck out, stars in a label, "3 days ago", a column of dates) and takes
// the least or the most; the noun ("lamp") keeps the items that say it.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-compare');
const G = g.G;

const on = async (page, instr, read = true) => {
  const run = await crawl(g.api, `Open ${G(page)} and ${instr}`);
  return { run, text: read ? lastExtract(run).text : null };
};
const events = (run, action) => g.site.eventsSince(run.since, (e) => e.action === action);

test('"add the cheapest lamp to the cart": the lamps only, the current price', async () => {
  const { run } = await on('/shop.html', 'add the cheapest lamp to the cart', false);
  assert.deepEqual(events(run, 'cart').map((e) => e.item), ['Reading Lamp'], run.why);
});

// full tier: the cheapest lamp covers a price read from each card, the highest rating the most of a measure
testFull('"which product is the most expensive?": a price with a thousands separator', async () => {
  const { run, text } = await on('/shop.html', 'which product is the most expensive?');
  assert.equal(text, 'Espresso Machine', run.why);
});

test('"click the product with the highest rating": stars read from their label', async () => {
  const { run } = await on('/shop.html', 'click the product with the highest rating', false);
  assert.deepEqual(events(run, 'open').map((e) => e.item), ['Floor Lamp'], run.why);
});

// the cheapest by its current price (the lamp) and a field of the item a
// superlative picks (the newest post's author) are kept: the full tier
testFull('"what is the price of the cheapest product?"', async () => {
  const { run, text } = await on('/shop.html', 'what is the price of the cheapest product?');
  assert.equal(text, '$19.00', run.why);
});

// full tier: the highest rating covers the most of a measure, grounding_lists' longest tour a measure read from each item
testFull('"which thread has the most replies?": "1.2k replies"', async () => {
  const { run, text } = await on('/forum.html', 'which thread has the most replies?');
  assert.equal(text, 'Show us your squash harvest', run.why);
});

// full tier: "who wrote the newest post?" covers the newest item, the cheapest lamp a control of the item a superlative picks
testFull('"upvote the newest thread": "2 hours ago" is newer than "yesterday"', async () => {
  const { run } = await on('/forum.html', 'upvote the newest thread', false);
  assert.deepEqual(events(run, 'upvote').map((e) => e.thread), ['Best mulch for blueberries?'], run.why);
});

// full tier: the newest thread and the newest post cover the latest of the items by their dates
testFull('"which order has the latest delivery date?": a column of dates', async () => {
  const { run, text } = await on('/data.html', 'which order has the latest delivery date?');
  assert.equal(text, '#7733', run.why);
});

test('"who wrote the newest post?": a field of the item a superlative picks', async () => {
  const { run, text } = await on('/data.html', 'who wrote the newest post?');
  assert.equal(text, 'Omar Haddad', run.why);
});

stopsCleanly(g);

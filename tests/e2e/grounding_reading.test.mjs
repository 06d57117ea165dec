// Grounding, kind 7 of issue 10: reading what a person would read: the
// warning, a value beside its label, a table cell by its row's key and its
// column, the message an action shows, a tooltip after hovering, a count the
// page shows, every link of a page whose stories arrive late.
import assert from 'node:assert/strict';
import { test, testFull, FULL } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-reading');
const G = g.G;

const read = async (instr) => {
  const run = await crawl(g.api, `Open ${G('/data.html')} and ${instr}`);
  return { run, text: lastExtract(run).text };
};

test('"what does the warning say?"', async () => {
  const { run, text } = await read('what does the warning say?');
  assert.equal(text, 'Your card ending 4242 expires next month.', run.why);
});

test('"the delivery date of order 7731": a cell by row key and column', async () => {
  const { run, text } = await read('get the delivery date of order 7731');
  assert.equal(text, '14 May 2024', run.why);
});

// a further reading of a cell by row key and column: the full tier
testFull('"the status in the row of order #7733"', async () => {
  const { run, text } = await read('tell me the status in the row of order #7733');
  assert.equal(text, 'Packing', run.why);
});

// full tier: grounding_answers "a value beside its label, of the kind asked" covers a value beside its label
testFull('"the balance shown next to Credits": a value beside its label', async () => {
  const { run, text } = await read('get the balance shown next to Credits');
  assert.equal(text, '85.50', run.why);
});

// full tier: grounding_answers "a value beside its label, of the kind asked" covers a value beside its label
testFull('"get the loyalty points": a <dt> label, its <dd> value', async () => {
  const { run, text } = await read('get the loyalty points');
  assert.equal(text, '1,240', run.why);
});

// full tier: grounding_answers "tooltips: hovered, ..." ("hover over Sofía's status dot. When ...?") covers a hover, then the bubble read
testFull('hover, then "read what the info bubble says"', async () => {
  const { run, text } = await read('hover over the info icon, then read what the info bubble says');
  assert.equal(text, 'Credits expire after two years.', run.why);
});

// full tier: grounding_phrasing '"what does the toast say after clicking Refresh balance?"' reads the same message after the same click
testFull('the visible message after an action', async () => {
  const { run, text } = await read('click Refresh balance, wait 1 second and read the message');
  assert.equal(text, 'Balance updated: 85.50 credits', run.why);
});

// full tier: grounding_shapes 'a question as the instruction: "how many to-dos are left on <url> right now?"' reads the same counter
testFull('"how many to-dos are left?": the counter the page shows', async () => {
  const { run, text } = await read('how many to-dos are left?');
  assert.equal(text, '2', run.why);
});

// full tier: grounding_answers' "who wrote the top story, and for which outlet?" covers a field of the item a question names
testFull('questions about a thing: "who wrote Spring notes?", "when was Spring notes posted?"', async () => {
  const a = await read('who wrote Spring notes?');
  assert.equal(a.text, 'Ana Souza', a.run.why);
  if (FULL) { // a further question about the same thing
    const b = await read('when was Spring notes posted?');
    assert.equal(b.text, '2 Mar 2024', b.run.why);
  }
});

// a cell by its row's key (as the delivery date) and a row's button: the full tier
testFull('"what is the reorder level of the duct tape?", then "restock the duct tape"', async () => {
  const a = await read('what is the reorder level of the duct tape?');
  assert.equal(a.text, '15', a.run.why);
  const run = await crawl(g.api, `Open ${G('/data.html')} and restock the duct tape`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'restock').map((e) => e.item), ['Duct tape'], run.why);
});

test('"sort the stock table by on hand, highest first": its column header, twice', async () => {
  const { run, text } = await read('sort the stock table by on hand, highest first and get the stock table');
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'sort').at(-1);
  assert.deepEqual([ev?.column, ev?.dir], ['On hand', 'descending'], run.why);
  assert.equal(JSON.parse(text)[0].Item, 'Garden gloves', run.why);
});

test('"list every link" on a news page whose stories arrive late', async () => {
  const run = await crawl(g.api, `Open ${G('/news.html')} and list every link`);
  const links = JSON.parse(lastExtract(run).text);
  assert.deepEqual(links.map((l) => l.text), ['River festival returns', 'New bridge opens in June', 'Library extends hours'], run.why);
});

stopsCleanly(g);

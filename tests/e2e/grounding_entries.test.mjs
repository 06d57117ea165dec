// Grounding, entries of a list people keep (a TodoMVC look-alike), changed
// as people ask: an entry's text edited in place (a double click on it
// opens its field, as TodoMVC's "Double-click to edit a todo" says; the new
// text, or a part of the old one changed, then Enter); entries listed after
// a colon, numbered or not, an entry each; "the first two" as each of them
// by its place; "both" after entries just added as each of them; "clear out
// everything I've finished" as the list's own Clear completed; a thing a
// remark quoted ("I ticked 'X' by accident") as what "it" names after it;
// a few words naming the app before its address as no request. The page
// records its list after each change (tests/fixtures/grounding/apps-todos.html).
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-entries');
const G = g.G;
const TODOS = '/apps-todos.html';
const SEEDED = ['[x] Water the plants', '[ ] Renew passport', '[ ] Call the plumber', '[x] Pay the council tax', '[ ] Return library books'];

/* The list after a run (its last recorded state; null when nothing changed). */
const todos = (run) => g.events(run, 'state').at(-1)?.todos ?? null;
/* The seeded list with entry `from` replaced by `to`. */
const swapped = (from, to) => SEEDED.map((t) => (t === from ? to : t));

/* --- an entry's text, edited in place --- */

test("\"rename 'Renew passport' to 'Renew passport and visa'\": double-clicked, its field given the new text", async () => {
  const run = await crawl(g.api, `On ${G(TODOS)} rename 'Renew passport' to 'Renew passport and visa'`);
  assert.deepEqual(todos(run), swapped('[ ] Renew passport', '[ ] Renew passport and visa'), run.why);
  assert.match(run.why, /double-clicked/);
});

test("\"add 'Pick up kids at 3' ... then edit it to say 4 instead of 3\": the entry just added, its 3 made 4", async () => {
  const run = await crawl(g.api, `Add 'Pick up kids at 3' to ${G(TODOS)} and then edit it to say 4 instead of 3`);
  assert.deepEqual(todos(run), [...SEEDED, '[ ] Pick up kids at 4'], run.why);
});

testFull("\"change the plumber todo so it says 'Call the electrician' instead\": the entry its words name", async () => {
  const run = await crawl(g.api, `${G(TODOS)} — change the plumber todo so it says 'Call the electrician' instead`);
  assert.deepEqual(todos(run), swapped('[ ] Call the plumber', '[ ] Call the electrician'), run.why);
});

testFull('"replace plumber with electrician in the plumber one": a part of the text changed', async () => {
  const run = await crawl(g.api, `open ${G(TODOS)}, then replace plumber with electrician in the plumber one`);
  assert.deepEqual(todos(run), swapped('[ ] Call the plumber', '[ ] Call the electrician'), run.why);
});

test("\"rename 'Feed the cat' to ...\" where no entry says so: fails naming what is missing, nothing changed", async () => {
  const run = await crawl(g.api, `On ${G(TODOS)} rename 'Feed the cat' to 'Feed the dog'`, { expect: 'failed' });
  assert.equal(run.task.status, 'failed', run.why);
  assert.match(run.task.error, /Feed the cat/);
  assert.equal(todos(run), null, `nothing changed\n${run.why}`);
});

/* --- lists of entries, and entries by their place --- */

test('"add these: 1. book flights 2. reserve hotel 3. rent a car. Then mark the first two as done."', async () => {
  const run = await crawl(g.api, `On ${G(TODOS)} add these: 1. book flights 2. reserve hotel 3. rent a car. Then mark the first two as done.`);
  assert.deepEqual(todos(run), ['[x] Water the plants', '[x] Renew passport', '[ ] Call the plumber', '[x] Pay the council tax',
    '[ ] Return library books', '[ ] book flights', '[ ] reserve hotel', '[ ] rent a car'], run.why);
});

testFull('"put three things on my to-do list ... please: a, b, and c. thanks!": an entry each', async () => {
  const run = await crawl(g.api, `hey, could you put three things on my to-do list at ${G(TODOS)} please: call the bank, renew the car tax, and pay the gas bill. thanks!`);
  assert.deepEqual(todos(run), [...SEEDED, '[ ] call the bank', '[ ] renew the car tax', '[ ] pay the gas bill'], run.why);
});

testFull('a list a line each after the colon, with bullets', async () => {
  const run = await crawl(g.api, `open ${G(TODOS)}\nadd the following to my list:\n- buy bread\n- post the letter\n\nthanks`);
  assert.deepEqual(todos(run), [...SEEDED, '[ ] buy bread', '[ ] post the letter'], run.why);
});

testFull("\"todos at <url> — add 'Buy stamps' and 'Post the parcel', and tick both off\": the two just added", async () => {
  const run = await crawl(g.api, `todos at ${G(TODOS)} — add 'Buy stamps' and 'Post the parcel', and tick both off`);
  assert.deepEqual(todos(run), [...SEEDED, '[x] Buy stamps', '[x] Post the parcel'], run.why);
});

testFull('"delete the first two": the first entry twice, as the list closes up', async () => {
  const run = await crawl(g.api, `On ${G(TODOS)} delete the first two`);
  assert.deepEqual(todos(run), SEEDED.slice(2), run.why);
});

/* --- the list's own controls, and "it" --- */

test("\"Clear out everything I've already finished\": the list's Clear completed", async () => {
  const run = await crawl(g.api, `Clear out everything I've already finished on ${G(TODOS)}`);
  assert.deepEqual(todos(run), SEEDED.filter((t) => t.startsWith('[ ]')), run.why);
});

testFull("\"I ticked 'Water the plants' by accident, can you untick it?\": the entry the remark quoted", async () => {
  const run = await crawl(g.api, `${G(TODOS)} - I ticked 'Water the plants' by accident, can you untick it?`);
  assert.deepEqual(todos(run), swapped('[x] Water the plants', '[ ] Water the plants'), run.why);
});

testFull('"remove the plumber one": the entry by a word of it, not its neighbour in another state', async () => {
  const run = await crawl(g.api, `remove the plumber one from ${G(TODOS)}, I already called them`);
  assert.deepEqual(todos(run), SEEDED.filter((t) => t !== '[ ] Call the plumber'), run.why);
});

stopsCleanly(g);

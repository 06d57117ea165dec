// Grounding, places on a page (issue 10): what is under a tree's node is
// read as its children, its closed branches opened from the top down
// ("which albums are under Jazz?", "which albums does CDs Folk
// have?"); a part of the page in view that a request names is where, not
// what ("open the sidebar", "... from the catalogue"); the item the words
// name in a list is not the layout box around the list and a filter side
// bar, whose own drop-down is no item's menu; and a page named with a
// thing on it ("open Rumours on <url>") is opened, then the thing.
// Page: tests/fixtures/grounding/places-records.html (a record shop).
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-places');
const { answers, G } = g;

test("a tree node's children, its closed branches opened first", async () => {
  await answers('/places-records.html', [
    ['which albums are under Jazz?', 'Kind of Blue; A Love Supreme; Blue Train'],
    // further nodes of the same reading: the full tier
    ...full([
      ['which albums does CDs Folk have?', 'Pink Moon; Bryter Layter'],
      ['what is in the Soul group?', "What's Going On; Songs in A Minor"],
      ['what is under Vinyl?', 'Jazz; Soul'],
    ]),
  ]);
});

test('a part of the page in view says where: nothing to open, and the thing opened there', async () => {
  // further phrasings of the same place: the full tier
  for (const p of ['open the sidebar, then tell me which albums are under Soul', ...full(['show the catalogue. which albums are under Soul?', 'In the sidebar of {url}, which albums are under Soul?'])]) {
    const run = await crawl(g.api, p.includes('{url}') ? p.replace('{url}', G('/places-records.html')) : `Open ${G('/places-records.html')} and ${p}`);
    assert.equal(lastExtract(run).text, "What's Going On; Songs in A Minor", run.why);
    assert.equal(g.events(run, 'open').length, 0, run.why);
  }
  // full tier: the sidebar's question above covers a part of the page said as where, and the list's Rumours below an album opened
  for (const p of full(['open Blue Train from the catalogue', 'open Pink Moon in the sidebar', 'open Songs in A Minor from the side bar'])) {
    const run = await crawl(g.api, `Open ${G('/places-records.html')} and ${p}`);
    const e = g.one(run, 'open');
    assert.ok(['train', 'pinkmoon', 'aminor'].includes(e.album), run.why);
  }
});

test("an item of the list, not the layout box around the list and a filter side bar", async () => {
  // further phrasings of the same item: the full tier
  for (const [p, id] of [['open the Rumours page', 'rumours'], ...full([['open the Blue Lines listing', 'bluelines'], ['open the Homogenic album', 'homogenic']])]) {
    const run = await crawl(g.api, `Open ${G('/places-records.html')} and ${p}`);
    assert.equal(g.one(run, 'open', (e) => !e.from).album, id, run.why);
    assert.equal(g.events(run, 'format-menu').length, 0, run.why);
  }
});

// full tier: grounding_planner3 "an address inside the request, the values after it" covers the page said inside the request, the Rumours page above an album opened
testFull('a page named with a thing on it: the page, then the thing', async () => {
  // further phrasings of the same request: the full tier
  for (const [p, id] of [['Open Illmatic on {url}', 'illmatic'], ...full([['open Discovery at {url}', 'discovery'], ['Open Blue Lines from {url} please', 'bluelines']])]) {
    const run = await crawl(g.api, p.replace('{url}', G('/places-records.html')));
    assert.equal(g.one(run, 'open').album, id, run.why);
  }
});

// Grounding, places on a page (issue 10): what is under a tree's node is
// read as its children, its closed branches opened from the top down
// ("which plants are under Shrubs?", "which plants does Indoor Ferns
// have?"); a part of the page in view that a request names is where, not
// what ("open the sidebar", "... from the catalogue"); the item the words
// name in a list is not the layout box around the list and a filter side
// bar, whose own drop-down is no item's menu; and a page named with a
// thing on it ("open Climbers on <url>") is opened, then the thing.
// Page: tests/fixtures/grounding/places-nursery.html (a plant nursery).
import assert from 'node:assert/strict';
import { test } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-places');
const { answers, G } = g;

test("a tree node's children, its closed branches opened first", async () => {
  await answers('/places-nursery.html', [
    ['which plants are under Shrubs?', 'Lavender Hidcote; Rosemary Tuscan Blue; Box hedge'],
    ['what is in the Climbers group?', 'Clematis Montana; Wisteria'],
    ['which plants does Indoor Ferns have?', "Boston fern; Bird's nest fern"],
    ['what is under Outdoor?', 'Shrubs; Climbers'],
  ]);
});

test('a part of the page in view says where: nothing to open, and the thing opened there', async () => {
  for (const p of ['open the sidebar, then tell me which plants are under Climbers', 'show the catalogue. which plants are under Climbers?', 'In the sidebar of {url}, which plants are under Climbers?']) {
    const run = await crawl(g.api, p.includes('{url}') ? p.replace('{url}', G('/places-nursery.html')) : `Open ${G('/places-nursery.html')} and ${p}`);
    assert.equal(lastExtract(run).text, 'Clematis Montana; Wisteria', run.why);
    assert.equal(g.events(run, 'open').length, 0, run.why);
  }
  for (const p of ['open Wisteria from the catalogue', 'open Clematis Montana in the sidebar', 'open Rosemary Tuscan Blue from the side bar']) {
    const run = await crawl(g.api, `Open ${G('/places-nursery.html')} and ${p}`);
    const e = g.one(run, 'open');
    assert.ok(['wisteria', 'clematis', 'rosemary'].includes(e.plant), run.why);
  }
});

test("an item of the list, not the layout box around the list and a filter side bar", async () => {
  for (const [p, id] of [['open the Olive tree page', 'olive'], ['open the Black bamboo listing', 'bamboo'], ['open the Yucca Rostrata plant', 'yucca']]) {
    const run = await crawl(g.api, `Open ${G('/places-nursery.html')} and ${p}`);
    assert.equal(g.one(run, 'open', (e) => !e.from).plant, id, run.why);
    assert.equal(g.events(run, 'colour-menu').length, 0, run.why);
  }
});

test('a page named with a thing on it: the page, then the thing', async () => {
  for (const [p, id] of [['Open the Olive tree on {url}', 'olive'], ['open the Japanese maple at {url}', 'maple'], ['Open Fig Brown Turkey from {url} please', 'fig']]) {
    const run = await crawl(g.api, p.replace('{url}', G('/places-nursery.html')));
    assert.equal(g.one(run, 'open').plant, id, run.why);
  }
});

// Grounding, the same verb on several named things and items a list holds
// further down (issue 10): names in quotes are each their own thing ("save
// both "A" and "B"", "remove "A" and "B" from the list"), a state said of
// several things ("mark the lentils and the tahini as bought") is each one's
// box even when buttons in its row are named for it too, a thing named that
// the feed has not loaded yet is loaded first, and a role word in the plural
// before a noun says what kind of thing it is ("the photos email").
// Pages: tests/fixtures/grounding/items6-*.html.
import assert from 'node:assert/strict';
import { test, assertCleanShutdown } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-items3');
const G = g.G;

test('a feed: "save both "A" and "B"", the second loaded first (a name with "into" is a name)', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-reads.html')} and save both "Orchard cider wins a regional prize" and "Library opens a seed swap into the summer"`);
  const saved = g.events(run, 'save').map((e) => e.n);
  assert.deepEqual(saved, [23, 52], run.why);
  assert.match(run.why, /loaded more: "Library opens a seed swap into the summer" was not on the page yet/, run.why);
});

test('a list: "mark the lentils and the tahini as bought" ticks each box, not a stepper named for it', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')} and mark the lentils and the tahini as bought`);
  assert.deepEqual(g.events(run, 'got').map((e) => [e.item, e.done]), [['Lentils', true], ['Tahini', true]], run.why);
  assert.deepEqual(g.events(run, 'more').concat(g.events(run, 'fewer')), [], run.why);
});

test('a list: "remove "Pears" and "Green tea" from the list": each row\'s ×', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')} and remove "Pears" and "Green tea" from the list`);
  assert.deepEqual(g.events(run, 'remove').map((e) => e.item), ['Pears', 'Green tea'], run.why);
});

test('"open the photos email from Carla and tell me the album password": a message by its subject\'s word', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')}, open the photos email from Carla and tell me the album password`);
  assert.deepEqual(g.events(run, 'open').map((e) => e.subject), ['Photos from the lake'], run.why);
  assert.match(lastExtract(run).text, /lark-77/, run.why);
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(g.server, g.baseline);
});

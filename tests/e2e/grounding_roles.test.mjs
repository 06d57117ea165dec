// Grounding, kinds 1 and 4 of issue 10: role words bind ("press the button
// TWO" is the button, not a line of text saying TWO; "the radio widget";
// "dismiss the popup with its ×"), and ordinals count widgets of a kind,
// ARIA or not ("the third tab" of tabs made of list items, "the second
// text input"), states pick ("the collapsed section"). Pages of
// tests/fixtures/grounding/, each task checked by what the page reported.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-roles');
const G = g.G;

/** The page's events of a run, as [action, value] pairs. */
const acts = (run) => g.site.eventsSince(run.since).map((e) => [e.action, e.value ?? null]);

test('"press the button TWO": the button, not the line of text that says TWO', async () => {
  const run = await crawl(g.api, `Open ${G('/widgets.html')}, dismiss the popup with its × and press the button TWO`);
  assert.deepEqual(acts(run).filter(([a]) => a !== 'promo-closed'), [['choice', 'TWO']], run.why);
});

// the first test dismisses it too (the popup's backdrop covers TWO): the full tier
testFull('"dismiss the popup with its ×": the close glyph inside the dialog', async () => {
  const run = await crawl(g.api, `Open ${G('/widgets.html')} and dismiss the popup with its ×`);
  assert.deepEqual(acts(run), [['promo-closed', null]], run.why);
});

test('"click the radio widget": a widget named by its kind', async () => {
  const run = await crawl(g.api, [`Open ${G('/widgets.html')}`, 'close the popup', 'click the radio widget']);
  assert.ok(acts(run).some(([a]) => a === 'radio'), run.why);
  assert.ok(!acts(run).some(([a]) => a === 'checkbox'), run.why);
});

test('"open the third tab" of tabs built from list items, without ARIA', async () => {
  const run = await crawl(g.api, `Open ${G('/widgets.html')}, close the popup, open the third tab and get the text of the Reviews panel`);
  assert.ok(acts(run).some(([a, v]) => a === 'tab' && v === 'Reviews'), run.why);
});

// full tier: grounding_scope's closed details of an item covers a collapsed part opened, then a link inside it
testFull('"open the collapsed section" (aria-expanded="false"), then a link inside it', async () => {
  const run = await crawl(g.api, `Open ${G('/widgets.html')}, close the popup, open the collapsed section and click See the zones`);
  const a = acts(run);
  assert.ok(a.some(([x, v]) => x === 'expand' && v === 'Shipping abroad'), run.why);
  assert.ok(a.some(([x]) => x === 'zones'), run.why);
});

test('"click into the second text input": the second field of the form, then type', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}, click into the second text input, type Okafor and click Create account`);
  const sub = g.site.eventsSince(run.since, (e) => e.action === 'submit' && e.form === 'signup')[0];
  assert.ok(sub, run.why);
  assert.equal(sub.fields.family, 'Okafor', run.why);
  assert.equal(sub.fields.given, '', run.why);
});

// a further phrasing of "press the button TWO": the full tier
testFull('"click button TWO": a role word, then the name, without "the"', async () => {
  const run = await crawl(g.api, `Open ${G('/widgets.html')}, close the popup and click button TWO`);
  assert.deepEqual(acts(run).filter(([a]) => a === 'choice'), [['choice', 'TWO']], run.why);
});

// full tier: "open the third tab" above covers these tabs without ARIA, grounding_scope's recipes a thing in a closed tab
testFull('a link in a closed tab: "switch between the tabs to find and click on the link tincidunt"', async () => {
  const run = await crawl(g.api, `Open ${G('/explore.html')}. Switch between the tabs to find and click on the link "tincidunt".`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'word').map((e) => e.value), ['tincidunt'], run.why);
});

// full tier: grounding_trees 'drive: "Download budget.xlsx (it is in Projects / 2026 / Q2)"' covers a file in closed folders of a tree
testFull('a file in a closed folder of a tree, two levels down', async () => {
  const run = await crawl(g.api, `Open ${G('/explore.html')}. Navigate through the file tree. Find and click on the folder or file named "seeds.txt".`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'file').map((e) => e.value), ['seeds.txt'], run.why);
});

// full tier: '"press the button TWO"' covers a role word before the name
testFull('"click the button in the dialog box labeled OK": the anchor before the name', async () => {
  const run = await crawl(g.api, `Open ${G('/explore.html')} and click the button in the dialog box labeled "OK"`);
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'dialog-button');
  assert.deepEqual(ev.map((e) => [e.value, e.inDialog]), [['OK', true]], run.why);
});

stopsCleanly(g);

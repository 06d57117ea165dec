// Grounding, goals on an item: the item the words name and the control that
// does the verb, when the verb is not the control's label ("purchase" by a
// card's "Choose", "I no longer need X" by its ✕ titled "Remove from
// wishlist", "save" by a heart icon); which item by its words with
// qualifiers that cut ("the Wednesday evening one", "not the Paris one");
// an item with no such control opened at its own page (same tab or a new
// one) and the control pressed there; verbs alone after an item was opened,
// a key in a badge, and switchers (tabs, a board dropdown). A bare "add X"
// is the cart's "Add to cart", not the heart titled "Add to wishlist"; a
// place said first ("then in the cart raise ...") is where the clauses
// after it act.
// Pages: tests/fixtures/grounding/goal-*.html; the agent: 17-items.js (goal*).
import assert from 'node:assert/strict';
import { test, testFull, FULL, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-goals');
const G = g.G;

/** The page's events of a run as "action:key" strings, in order. */
function said(run) {
  return g.site.eventsSince(run.since, () => true).map((e) => {
    const k = ['item', 'talk', 'stay', 'pet', 'mod', 'track', 'kind'].find((x) => e[x] != null);
    return k ? `${e.action}:${e[k]}` : e.action;
  });
}

/** Run each phrasing on a fresh page; the events must be want. */
async function each(page, phrases, want) {
  for (const p of phrases) {
    const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
    assert.deepEqual(said(run).filter((e) => !e.startsWith('view:') || want.some((w) => w.startsWith('view:'))), want, `${p}\n${run.why}`);
  }
}

/** A phrasing that names no one item: the task fails naming the candidates. */
async function fails(page, phrase, re) {
  const run = await crawl(g.api, `Open ${G(page)}. ${phrase}`, { expect: 'failed' });
  assert.deepEqual(said(run).filter((e) => !e.startsWith('view:')), [], run.why);
  assert.match(JSON.stringify(run.results), re, run.why);
}

test('nursery: the verb is not the label (Choose, a heart titled Save, a ✕ to remove), the item by its pot size', async () => {
  await each('/goal-nursery.html', [
    'purchase the 21 cm monstera',
    // further phrasings of the same readings: the full tier
    ...full([
      'add the 21 cm Monstera to my basket',
      'I\'d like the Monstera deliciosa in the 21cm pot please',
    ]),
  ], ['basket:monstera-l']);
  await each('/goal-nursery.html', full([
    'I\'ll take the Arbequina olive',
    'buy the olive tree',
  ]), ['basket:olive']);
  /* full tier: grounding_itemacts "podcasts: a heart whose only name is its
   * title, a ✕ titled ..." covers "save X for later" by a titled heart and
   * "I don't need X anymore" by a titled ✕ */
  await each('/goal-nursery.html', full([
    'save the olive tree for later',
    'add the olive tree to my wishlist',
  ]), ['save:olive']);
  await each('/goal-nursery.html', full([
    'I don\'t need the Boston fern on my wishlist anymore',
    'take the Boston fern off my wishlist',
  ]), ['unwish:fern']);
  await each('/goal-nursery.html', full(['purchase the cheapest monstera']), ['basket:monstera-s']);
  await fails('/goal-nursery.html', 'buy the Monstera', /alike|say which/);
});

test('gear: "add the poles" is Add to cart, not the ♡ "Add to wishlist"; "then in the cart raise the quantity to 3 and check out"', async () => {
  const run = await crawl(g.api, `Open ${G('/goal-gear.html')}, add the Tind Trekking Poles, then in the cart raise the quantity to 3 and check out`);
  assert.deepEqual(said(run), ['add:poles', 'checkout:polesx3'], run.why);
});

test('nursery: an item with no such control is opened at its own page, and the control pressed there', async () => {
  await each('/goal-nursery.html', [
    'buy the fiddle-leaf fig',
    // further phrasings: the full tier
    ...full([
      'I\'d like a fiddle-leaf fig',
      'order one Fiddle-leaf fig',
    ]),
  ], ['view:fig', 'basket:fig']);
});

// full tier: "college modules (a table): a section by day and part of the day, ..." covers the item by its day and part of the day, grounding_itemacts' rota "I can't make Friday's delivery run anymore" a place given up
testFull('talks: the item by its day and part of the day, a negated qualifier, a seat given up', async () => {
  await each('/goal-talks.html', [
    'book a seat at the Wednesday evening Rust talk',
    // further phrasings (a negated qualifier stays in the quick tier on the modules): the full tier
    ...full([
      'reserve Intro to Rust (not the morning one)',
      'sign me up for Intro to Rust on Wednesday evening',
      'grab a seat for the 18:00 Rust session',
      'reserve a seat at the Wednesday evening one',
    ]),
  ], ['reserve:rust-pm']);
  await each('/goal-talks.html', full([
    'add the accessible forms talk to my favourites',
    'star Mei Tanaka\'s talk',
  ]), ['fav:a11y']);
  await each('/goal-talks.html', [
    'I can no longer attend the opening keynote',
    ...full([
      'give up my seat for the keynote',
      'I don\'t need my seat at the keynote anymore',
    ]),
  ], ['release:keynote']);
  /* a phrasing naming two items fails: kept in the quick tier on the nursery */
  if (FULL) await fails('/goal-talks.html', 'reserve Intro to Rust', /Intro to Rust/);
});

// full tier: the shelter's board dropdown ("switch to the Cats board") covers a switcher named with a kind noun
testFull('talks: a tab that switches what the page shows, named with a kind noun the page does not say', async () => {
  await each('/goal-talks.html', ['switch to the Workshop room track', ...full(['go to the Workshop room tab'])], ['track:workshop']);
  // further phrasings: the full tier
  await each('/goal-talks.html', full(['switch over to the Online stage']), ['track:online']);
});

test('stays: a heart icon by the city, not the one excluded; booking on the listing\'s own page (same tab, new tab)', async () => {
  // full tier: the modules' "(not the online one)" covers a qualifier that excludes, grounding_itemacts' podcasts a heart titled otherwise
  await each('/goal-stays.html', full([
    'save the Lyon loft (not the Paris one)',
    // further phrasings: the full tier
    ...full([
      'heart the sunny loft in Lyon',
      'add the loft in Lyon to my favourites',
    ]),
  ]), ['save:lyon']);
  // full tier: "nursery: an item with no such control is opened at its own page, ..." covers booking on the listing's own page (same tab)
  await each('/goal-stays.html', full([
    'book the one in Lisbon',
    'request to book the Lisbon flat',
  ]), ['view:lisbon', 'request:lisbon']);
  /* two sleep 4: the cheaper one (the full tier) */
  await each('/goal-stays.html', full(['book the cheapest place that sleeps 4']), ['view:lyon', 'request:lyon']);
  /* the Porto listing opens in a new tab: the control is pressed there */
  await each('/goal-stays.html', [
    'request the family house in Porto',
    ...full(['book the Porto house']),
  ], ['view:porto', 'request:porto']);
});

// full tier: the Porto house above and the nursery's fig cover an item's own page opened
testFull('stays: "open the one in Lisbon" opens its page, on the whole list and on a filtered one', async () => {
  // full tier: the same words on the filtered list below open the same listing
  await each('/goal-stays.html', full(['open the one in Lisbon', 'view the Lisbon listing']), ['view:lisbon']);
  await each('/goal-stays.html?city=Lisbon', ['open the one in Lisbon'], ['view:lisbon']);
});

test('shelter: a board dropdown, a card by the key in its badge, a verb alone after it was opened, a verb of no family', async () => {
  await each('/goal-shelter.html', ['switch to the Cats board', ...full(['show the Cats board'])], ['board:cats']);
  // further phrasings (the key in a badge and the verb alone stay in 'open the card DOG-12 and apply'): the full tier
  await each('/goal-shelter.html', full(['change to Small animals']), ['board:small']);
  await each('/goal-shelter.html', full(['open the card DOG-15', 'open DOG-15']), ['view:DOG-15']);
  await each('/goal-shelter.html', [
    ...full(['open Biscuit\'s page, then apply']),
    'open the card DOG-12 and apply to adopt',
    // full tier: "shelter: cards with a Details link ..." ("adopt Clover") covers a verb of no family opening the card
    ...full(['adopt Biscuit', 'I\'d like to adopt Biscuit']),
  ], ['view:DOG-12', 'apply:DOG-12']);
});

test('shelter: cards with a Details link (no card link): opened for a verb of no family; a ☆ titled Shortlist saves', async () => {
  await each('/goal-shelter.html?kind=small', ['adopt Clover', ...full(['apply to adopt Clover'])], ['view:RAB-02', 'apply:RAB-02']);
  // further phrasings: the full tier
  await each('/goal-shelter.html?kind=small', full(['I\'d like to adopt the guinea pig']), ['view:GP-05', 'apply:GP-05']);
  await each('/goal-shelter.html?kind=small', full(['open Clover']), ['view:RAB-02']);
  // full tier: grounding_itemacts 'gear hire: ..., a bookmark titled "Keep for later"' covers "save X for later" by a control titled otherwise
  await each('/goal-shelter.html?kind=small', full(['save Pip for later', 'put Pip on my shortlist']), ['shortlist:GP-05']);
});

// full tier: grounding_itemacts "podcasts: ...; an arrow titled Unarchive ..." covers "bring X back" by an arrow titled otherwise
testFull('shelter: bring back an adopted animal (a ↺ button titled "Put back on the adoption list")', async () => {
  await each('/goal-shelter.html', ['bring Pepper back', ...full(['put Pepper back on the list'])], ['relist:DOG-04']);
  // further phrasings: the full tier
  await each('/goal-shelter.html', full(['restore Noodle to the adoption list']), ['relist:CAT-03']);
});

test('college modules (a table): a section by day and part of the day, not the online one, a waitlist, a withdrawal', async () => {
  await each('/goal-courses.html', [
    'I want to take the Thursday evening Statistics section',
    ...full(['enrol me in Statistics on Thursday at 19:00']),
  ], ['enrol:stat-b']);
  // further phrasings (and the bookmarks, the second section, the failure kept on the nursery): the full tier
  await each('/goal-courses.html', full(['register for STA201 on Tuesday morning']), ['enrol:stat-a']);
  await each('/goal-courses.html', ['sign up for Linear Algebra (not the online one)'], ['enrol:lin-c']);
  // full tier: grounding_itemacts "rota: a waiting list by another name" covers "put me on the waitlist for X"
  await each('/goal-courses.html', full(['put me on the waitlist for Robotics']), ['waitlist:rob']);
  // full tier: grounding_itemacts' rota "I can't make Friday's delivery run anymore" covers giving up a place in one's own words
  await each('/goal-courses.html', full(['I no longer want to take Art History', 'drop Art History']), ['withdraw:art']);
  await each('/goal-courses.html', full(['bookmark the online Linear Algebra module']), ['bookmark:lin-o']);
  await each('/goal-courses.html', full(['save Robotics for later']), ['bookmark:rob']);
  if (FULL) await fails('/goal-courses.html', 'enrol me in Statistics', /Statistics/);
});

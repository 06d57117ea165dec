// Grounding, acting on the item a user names where the page hides it or asks
// again: an item in a tab panel not shown (the days of a timetable as tabs,
// "Thu" for Thursday) is reached by its tab; a dialog the item's control opens
// to ask again ("Reserve a wheel at Raku firing?", "Drop this session?") is
// answered by its button that does what was asked, not by "Keep my place";
// a key of letters and digits ("KLN-7") is one word, not "KLN" and a "7 Jan".
// Page: tests/fixtures/grounding/items2-studio.html; the agent: 17-items.js,
// 25-verbs.js.
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-items2');
const G = g.G;

/** The page's events of a run as "action:slot" strings, in order. */
function said(run) {
  return g.site.eventsSince(run.since, () => true).map((e) => `${e.action}:${e.slot}`);
}

/** Run each phrasing on a fresh page; the events must be want. */
async function each(page, phrases, want) {
  for (const p of phrases) {
    const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
    assert.deepEqual(said(run), want, `${p}\n${run.why}`);
  }
}

test('timetable: an item on a day tab not shown, its time of day, and the dialog that asks again', async () => {
  await each('/items2-studio.html', [
    'book me into the Thursday evening Raku firing (not the morning one)',
    // further phrasings (here and below): the full tier
    ...full(['reserve the Thursday evening Raku firing',
      'I\'d like to reserve the Raku firing on Thursday evening']),
  ], ['book:thu-1900-raku']);
  // full tier: the Raku firing above covers an item on a day tab not shown, grounding_itemacts' rota "put me on the waitlist for ..." the waitlist
  await each('/items2-studio.html', full(['put me on the waitlist for Saturday\'s Glaze lab',
    'Saturday\'s Glaze lab is full: put me on the waitlist for it',
    'I want to go on the standby list for the Saturday Glaze lab']), ['wait:sat-1100-glaze']);
});

// full tier: 'a thing named first, then the request points back at it ("that session", ...)' drops the same session through its dialog
testFull('my sessions: the dialog\'s "Drop session" does it, "Keep my place" does not', async () => {
  await each('/items2-studio.html', [
    'drop my Friday slab mugs session',
    ...full(['I can\'t make the slab mugs session anymore',
      'take me off the Friday handbuilding session']),
  ], ['drop:m-2']);
});

test('kiln queue: a key of letters and digits names one card, not its parts in another', async () => {
  await each('/items2-studio.html', [
    'open the card KLN-7',
    ...full(['open KLN-7',
      'view the KLN-7 card']),
  ], ['open:KLN-7']);
  // full tier: KLN-7 above is told apart from KLN-17 on the same page
  await each('/items2-studio.html', full(['show me the card KLN-17']), ['open:KLN-17']);
});

test('helpdesk: a hover-only "⋯" named "Ticket options" is the card\'s menu; a tag one letter off is not the card\'s name', async () => {
  // the quick tier keeps the escalation (its words also name the other card's
  // "Contrast" tag); assigning: the full tier
  await each('/items2-desk.html', full([
    'assign "Monitor contrast issue" to me',
    'assign Monitor contrast issue to me',
    'escalate the monitor contrast ticket',
  ].slice(0, 2)), ['mine:HD-31']);
  await each('/items2-desk.html', ['escalate the monitor contrast ticket'], ['esc:HD-31']);
});

// full tier: grounding_dynamic's infinite list ("scroll until The rare orchid is visible and click it") covers an item further down a list that loads as one scrolls
testFull('helpdesk: a named item further down a list that loads as one scrolls', async () => {
  await each('/items2-desk.html', [
    'bring back the closed ticket \'VPN drops on hotel wifi\'',
    ...full(['reopen "VPN drops on hotel wifi"',
      'reopen HD-10']),
  ], ['reopen:HD-10']);
});

test('plant page: stars in a shadow root whose host has no children of its own; a kind noun ("the plant") names its own page', async () => {
  await each('/items2-plants.html', [
    'give the plant four stars',
    ...full(['rate it 4 out of 5',
      'I\'d give this plant 4 stars']),
  ], ['rate:4']);
});

// full tier: the helpdesk's "Ticket options" above covers a control named by what it does over its glyph
testFull('plant page: where the words put the thing names the control ("Add to watering plan" over a "+"); one\'s own collection is no word of the item', async () => {
  await each('/items2-plants.html', [
    'add the care steps to my watering plan',
    ...full(['put the care steps on my watering plan',
      'add the care steps to the watering plan']),
  ], ['plan:monstera']);
  await each('/items2-plants.html', [
    'save the String of pearls plant to my collection',
    ...full(['save String of pearls to my favourites',
      'bookmark the String of pearls in my wishlist']),
  ], ['save:pearls']);
});

// full tier: grounding_chain's "don't send it" covers a form opened and not sent
testFull('loan kit: "open the request form for X" where X\'s one button says "Select"; the form is opened, not sent', async () => {
  await each('/items2-desk.html', [
    'open the request form for the Loaner laptop',
    ...full(['bring up the request form for the loaner laptop',
      'show the request dialog for Loaner laptop']),
  ], ['form:laptop']);
});

test('a thing named first, then the request points back at it ("that session", "it"); the thing on a page said after', async () => {
  await each('/items2-studio.html', [
    'I don\'t need \'Handbuilding: slab mugs\' anymore, drop that session',
    ...full(['The slab mugs session on Friday is too late for me: take me off it',
      'I don\'t need "Handbuilding: slab mugs" any more, so drop it']),
  ], ['drop:m-2']);
  const run = await crawl(g.api, `I don't need 'Handbuilding: pinch pots' anymore, drop that session on ${G('/items2-studio.html')}`);
  assert.deepEqual(said(run), ['drop:m-1'], run.why);
});

// full tier: grounding_things' glass teapot covers a stepper set to a number
testFull('plant page: "scale X up to 3 pots" sets the stepper the unit names', async () => {
  await each('/items2-plants.html', [
    'scale the monstera up to 3 pots',
    ...full(['bring the Monstera up to 3 pots',
      'resize the monstera order to 3 pots']),
  ], ['pots:2', 'pots:3']);
});

// full tier: grounding_trees' docs sidebar ("open the page about monitoring") covers a node by words of its title
testFull('notes: a tree labelled "Notebooks" calls its nodes notebooks; "the Garden notebook" is "Garden plans and seed orders"', async () => {
  await each('/items2-notes.html', [
    'open 2025 and then the Garden notebook',
    ...full(['open the Garden notebook',
      'In the sidebar open 2025, then the garden notebook']),
  ], ['open:garden']);
});

// full tier: grounding_phrasing 'remarks are no requests: ", which opens a new tab," ...' covers a remark on what the click does
testFull('plant page: "(it opens in a new tab)" is a remark on what the click does, no word of the control\'s name', async () => {
  await each('/items2-plants.html', [
    'print the care sheet (it opens in a new tab)',
    ...full(['open the Print care sheet (new tab)',
      'click Print care sheet (opens in a new window)']),
  ], ['print:monstera']);
});

// Grounding, an item's action named by what it does, not by its label: the
// user's verb and the control's words (text, aria-label, title, an icon's
// glyph or class) mapped to one family of actions ("put me on the waiting
// list" by "Join standby list" or "Notify me when back", "I can't make it"
// by "Can't make it", "bring back" by "Send back to Queued" or an arrow
// titled "Unarchive", "keep it for later" by a bookmark icon); the item by
// the heading it sits under (a day's column, an "Archived" section), its
// time of day and a negation; a kind noun no row says ("the episode about
// bees"); cards that open when clicked (no link, no role), icons that are
// plain spans inside them and menus drawn inside the card; a rating of plain
// squares in a box titled as what it does; an item's own page ("it").
// Pages: tests/fixtures/grounding/itemacts-*.html; the agent: 25-verbs.js,
// 17-items.js, 19-rating.js.
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-itemacts');
const G = g.G;

/** The page's events of a run as "action:key[:stars]" strings, in order. */
function said(run) {
  return g.site.eventsSince(run.since, () => true).map((e) => {
    const k = ['shift', 'ep', 'job', 'item', 'meet'].find((x) => e[x] != null);
    return [e.action, k ? e[k] : null, e.stars].filter((x) => x != null).join(':');
  });
}

/** Run each phrasing on a fresh page; the events must be want. The
 * phrasings in full([...]) rephrase a kept one: the full tier. */
async function each(page, phrases, want) {
  for (const p of phrases) {
    const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
    assert.deepEqual(said(run), want, `${p}\n${run.why}`);
  }
}

/** A phrasing that names no one item, or no control that does it: the
 * task fails and nothing happened on the page. */
async function fails(page, phrase, re) {
  const run = await crawl(g.api, `Open ${G(page)}. ${phrase}`, { expect: 'failed' });
  assert.deepEqual(said(run), [], run.why);
  assert.match(JSON.stringify(run.results), re, run.why);
}

test('rota: the day from its column\'s heading, the part of the day from the hours, a negation', async () => {
  // full tier: the meetups' Thursday evening Spanish exchange covers the part of the day and a negation, grounding_items2's timetable a day's heading
  await each('/itemacts-rota.html', full([
    'book me into the Wednesday evening sorting shift (not the morning one)',
    ...full([
      'put me down for sorting on Wednesday, not the morning one',
      'I\'d like to volunteer for sorting donations on Wednesday evening',
    ]),
  ]), ['take:wed-sort-pm']);
  await fails('/itemacts-rota.html', 'book me into the sorting shift', /alike|say which/);
});

test('rota: a waiting list by another name ("Join standby list"), dropping out in one\'s own words ("Can\'t make it")', async () => {
  await each('/itemacts-rota.html', [
    'put me on the waitlist for the market stall',
    ...full([
      'join the waiting list for Saturday\'s market stall shift',
      'I want to go on the standby list for the market stall',
    ]),
  ], ['standby:sat-stall']);
  await each('/itemacts-rota.html', [
    'I can\'t make Friday\'s delivery run anymore',
    ...full([
      'take me off the delivery run',
      'I don\'t need the Friday van shift anymore',
    ]),
  ], ['drop:fri-drive']);
});

test('podcasts: a heart whose only name is its title, a ✕ titled "Remove from Up next", a kind noun no row says', async () => {
  await each('/itemacts-podcasts.html', [
    'save the episode about beekeeping',
    ...full([
      'keep the beekeeping episode for later',
      'favourite Beekeeping for beginners',
    ]),
  ], ['fav:bees']);
  await each('/itemacts-podcasts.html', [
    'I don\'t need the composting episode anymore',
    ...full([
      'get rid of the hot composting episode',
      'take the composting episode off my Up next',
    ]),
  ], ['unqueue:compost']);
});

test('podcasts: a rating of plain squares in a box titled "Rate this episode"; an arrow titled Unarchive under "Archived"', async () => {
  await each('/itemacts-podcasts.html', [
    'I\'d give the sourdough one 4 out of 5',
    ...full([
      'give the sourdough episode four stars',
      'rate Sourdough science 4 stars',
    ]),
  ], ['rate:sourdough:4']);
  await each('/itemacts-podcasts.html', full(['give The chemistry of tea 2 out of 5']), ['rate:tea:2']);
  await each('/itemacts-podcasts.html', [
    'bring back the archived episode \'Tides and moons\'',
    ...full([
      'unarchive the tides episode',
      'restore Tides and moons',
    ]),
  ], ['unarchive:tides']);
});

test('cards that open when clicked (a box with a handler: no link, no button, no role)', async () => {
  await each('/itemacts-podcasts.html', [
    'open the episode about rivers',
    ...full([
      'show me Why rivers meander',
      'view the rivers episode',
    ]),
  ], ['open:rivers']);
  // full tier: the podcasts' "open the episode about rivers" above covers a card that opens when clicked
  await each('/itemacts-board.html', full([
    'open the card PRN-14',
    'open PRN-14',
    'show me the poster reprint job',
  ]), ['open:PRN-14']);
});

test('board: icons that are plain spans inside a clickable card, and a menu drawn inside the card', async () => {
  // full tier: "permanently delete the church newsletter" below covers a control inside the clickable card
  await each('/itemacts-board.html', full([
    'delete the festival flyers job',
    ...full([
      'get rid of the festival flyers card',
      'bin the Festival flyers',
    ]),
  ]), ['delete:PRN-3']);
  await each('/itemacts-board.html', ['permanently delete the church newsletter'], ['purge:PRN-2']);
  /* full tier: "permanently delete the church newsletter" covers the card's
   * menu, the podcasts' "bring back the archived episode ..." the verb */
  await each('/itemacts-board.html', full([
    'bring back the archived card \'Wedding invitations\'',
    'unarchive the wedding invitations card',
    'restore Wedding invitations',
  ]), ['restore:PRN-9']);
});

test('gear hire: "Notify me when back" is the waiting list, "Cancel hold" is not needing it, a bookmark titled "Keep for later"', async () => {
  /* full tier: the rota's "put me on the waitlist for the market stall" covers
   * a waiting list by another name, "put me on the waitlist for it" (below)
   * this item's "Notify me when back" */
  await each('/itemacts-hire.html', full([
    'put me on the waitlist for the two-seater kayak',
    'I want to join the waiting list for the sit-on two-seater',
    'notify me when the two-seater kayak is back',
  ]), ['waitlist:kayak2']);
  /* the single kayak is in stock: no waiting list of its own, and not the two-seater's */
  await fails('/itemacts-hire.html', 'join the waiting list for the single kayak', /waiting list|no control|nothing/);
  // full tier: the podcasts' "I don't need the composting episode anymore" covers not needing an item by a control named otherwise
  await each('/itemacts-hire.html', full([
    'I don\'t need the family tent anymore',
    'cancel my hold on the 4 person tent',
    'release the family tent',
  ]), ['unhold:tent4']);
  await each('/itemacts-hire.html', [
    'keep the camping stove for later',
    ...full([
      'save the camping stove',
      'bookmark the stove',
    ]),
  ], ['wish:stove']);
});

test('gear hire: on an item\'s own page "it" is the page\'s item; a rating of ☆ glyphs', async () => {
  await each('/itemacts-hire.html?item=kayak2', [
    'put me on the waitlist for it',
    ...full([
      'join the waiting list',
      'notify me when it is back',
    ]),
  ], ['waitlist:kayak2']);
  await each('/itemacts-hire.html?item=pack', full([
    'rate it 2 stars',
    'give it two stars',
  ]), ['rate:pack:2']);
  // full tier: the podcasts' sourdough covers a rating by the item's name, grounding_items2's "that session" a pronoun after the thing named
  await each('/itemacts-hire.html', full(['open the trail backpack, then rate it 2 stars']), ['rate:pack:2']);
});

test('meetups: icon buttons named only by class words and svg symbols, the part of the day from a group heading, "I\'m in"', async () => {
  await each('/itemacts-meetups.html', [
    'sign me up for the Thursday evening Spanish exchange',
    ...full([
      'I\'ll go to the Spanish meetup on Thursday, not the morning one',
      'count me in for Spanish on Thursday evening',
    ]),
  ], ['rsvp:es-thu-pm']);
  /* full tier: the rota's "I can't make Friday's delivery run anymore" covers
   * dropping out, the gear hire's "keep the camping stove for later" a
   * bookmark; the icons named only by class words stay in the others here */
  await each('/itemacts-meetups.html', full([
    'I can\'t make the German meetup anymore',
    'cancel my RSVP for the Saturday German exchange',
    'I\'m not going to the German meetup after all',
  ]), ['leave:de-sat-am']);
  await each('/itemacts-meetups.html', full([
    'bookmark the Japanese meetup',
    'save the Kissa Bar exchange for later',
    'keep the Japanese one for later',
  ]), ['bookmark:jp-fri-pm']);
  // full tier: the Spanish exchange above covers these icon buttons named only by class words
  await each('/itemacts-meetups.html', full([
    'I\'m not interested in the Japanese exchange',
    ...full([
      'hide the Japanese meetup',
      'dismiss the Kissa Bar exchange',
    ]),
  ]), ['hide:jp-fri-pm']);
  // full tier: the podcasts' "bring back the archived episode" covers bringing back by a control named otherwise
  await each('/itemacts-meetups.html', full([
    'unhide the Portuguese meetup',
    ...full([
      'bring back the hidden Portuguese exchange',
      'restore the Riverside meetup',
    ]),
  ]), ['unhide:pt-sun']);
});

// Grounding, the scope of a page: targets hidden in closed tabs, folders,
// sections, menus and hover rows are revealed the way a person would (the
// tab, summary or toggle clicked, the row hovered) before the step acts on
// them; a dialog a step opens holds the rest of the clause and is
// submitted when the clause is a goal; widgets inside open shadow roots
// (a help launcher, a star rating, a custom dropdown, a consent banner)
// are part of the page model. Pages: tests/fixtures/grounding/scope-*.
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-scope');
const G = g.G;

const { events: evs, one } = g;

async function go(page, words, opts) {
  return crawl(g.api, `Open ${G(page)} and ${words}`, opts);
}

// ---- hidden targets ------------------------------------------------------

// further phrasings of each behaviour below: the full tier
// full tier: the recipes' "save the Mushroom risotto ..." below covers a thing in a closed tab (one without ARIA)
for (const words of full(['book the Tuesday 16:45 crossing', 'book the 16:45 departure on Tuesday', 'reserve a seat on the Tuesday 16:45 sailing'])) {
  test(`a row in a closed day tab: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    const e = evs(run, 'open-booking');
    assert.ok(e.length >= 1, run.why);
    assert.deepEqual([e[0].day, e[0].at], ['Tuesday', '16:45'], run.why);
  });
}

// full tier: the closed details of an item below covers a control in a collapsed part
for (const words of full(['pay my unpaid fare F-2240', 'pay fare F-2240', 'settle the unpaid fare F-2240'])) {
  test(`a control in a collapsed section: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    assert.equal(one(run, 'pay').fare, 'Fare F-2240', run.why);
  });
}

for (const words of ['open the pets page in the luggage rules of Bergen to Haugesund', ...full(['click Travelling with pets under the Bergen to Haugesund luggage rules', 'in the luggage rules of Bergen to Haugesund, open Travelling with pets'])]) {
  test(`a link in a closed details of an item: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    assert.equal(one(run, 'pets').route, 'Bergen to Haugesund', run.why);
  });
}

// full tier: grounding_items "team table: an action in the row's ⋮ menu, ..." covers a control in a row's closed menu
for (const words of full(['change the seat of trip TR-91', 'change seat for TR-91', 'change seat on my Haugesund trip'])) {
  test(`a control in a closed menu of a row: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    assert.equal(one(run, 'seat').trip, 'TR-91', run.why);
  });
}

// full tier: grounding_items "mail: the control in the row the words name (..., an icon shown on hover)" covers a control shown on hover
for (const words of full(['share trip TR-91', 'share my Haugesund trip', 'click Share trip on TR-91'])) {
  test(`a control shown on hover: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    assert.equal(one(run, 'share').trip, 'TR-91', run.why);
  });
}

// ---- dialogs ---------------------------------------------------------------

// full tier: the recipes' risotto and the garage's "+ New job" below cover a dialog the step opens filled from the rest and sent
for (const words of full(['book the Wednesday 18:20 crossing with a sea view cabin', 'book Wednesday 18:20, sea view cabin, 2 passengers', 'book the 18:20 on Wednesday for 2 passengers with a sea view cabin'])) {
  test(`a dialog the step opens takes the rest and is confirmed: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    const e = one(run, 'booked');
    assert.deepEqual([e.day, e.at, e.cabin], ['Wednesday', '18:20', 'Sea view cabin'], run.why);
    if (/2 passengers/.test(words)) assert.equal(e.pax, '2', run.why);
    assert.equal(evs(run, 'booking-cancelled').length, 0, run.why);
  });
}

// full tier: grounding_items' "remove Nina Park from the workspace and confirm" and grounding_dialogs' native dialog cover a destructive action confirmed
for (const words of full(['cancel trip TR-88', 'cancel TR-88', 'cancel the trip TR-88 and confirm'])) {
  test(`a destructive action asked for is confirmed: "${words}"`, async () => {
    const run = await go('/scope-ferry.html', words);
    assert.equal(one(run, 'trip-cancelled').trip, 'TR-88', run.why);
  });
}

// ---- shadow widgets ---------------------------------------------------------

// full tier: grounding_items2 'plant page: stars in a shadow root ...' ("give the plant four stars") covers a star rating in a shadow root
for (const [words, stars] of full([['give Old sea maps four stars', 4], ['rate the Old sea maps exhibit 2 stars', 2], ['rate Old sea maps 5 out of 5', 5]])) {
  test(`a star rating in a shadow root: "${words}"`, async () => {
    const run = await go('/scope-museum.html', words);
    const e = one(run, 'rate');
    assert.deepEqual([e.ex, e.stars], ['maps', stars], run.why);
  });
}

for (const [words, stars] of [['rate the audio guide 3 stars', 3], ...full([['give the Audio guide a rating of 5', 5], ['the audio guide deserves 4 out of 5', 4]])]) {
  test(`a rating inside a same-origin frame: "${words}"`, async () => {
    const run = await go('/scope-museum.html', words);
    const e = one(run, 'rate');
    assert.deepEqual([e.ex, e.stars], ['guide', stars], run.why);
  });
}

// full tier: grounding_forms "a help widget in a shadow root: ask, then read the answer" covers a help widget's fields in a shadow root
for (const words of full(['ask the help widget whether the museum has step-free access, topic Accessibility',
  'use the help chat to ask "Is there step-free access?" about Accessibility',
  'open the help widget, then ask whether there is step-free access, with the topic Accessibility'])) {
  test(`a help widget behind its launcher: "${words}"`, async () => {
    const run = await go('/scope-museum.html', words);
    const e = one(run, 'help');
    assert.equal(e.topic, 'Accessibility', run.why);
    assert.match(e.text, /step-free access/, run.why);
  });
}

for (const words of ['choose German as the tour language and book a tour', ...full(['set Tour language to German, then click Book a tour', 'book a tour in German'])]) {
  test(`a custom dropdown in a shadow root: "${words}"`, async () => {
    const run = await go('/scope-museum.html', words);
    assert.equal(one(run, 'tour').lang, 'German', run.why);
  });
}

for (const words of ['close the cookie notice', ...full(['dismiss the cookie banner', 'click the × on the cookie bar'])]) {
  test(`a consent bar in a shadow root: "${words}"`, async () => {
    const run = await go('/scope-museum.html', words);
    assert.ok(evs(run, 'consent-closed').length >= 1, run.why);
  });
}

// ---- a second domain: tabs without ARIA, a native <dialog>, radios ----------

for (const words of ['save the Mushroom risotto to my Weeknight collection', ...full(['save Mushroom risotto in Weeknight', 'save Mushroom risotto from the Dinner tab to Weeknight'])]) {
  test(`a card in a closed tab (panels by index), its dialog filled and sent: "${words}"`, async () => {
    const run = await go('/scope-recipes.html', words);
    const e = one(run, 'saved');
    assert.deepEqual([e.recipe, e.col], ['risotto', 'Weeknight'], run.why);
    assert.equal(evs(run, 'save-closed').length, 0, run.why);
  });
}

// the quick tier keeps the radios (hidden inputs under ☆ glyphs); the buttons labelled "Rate N": the full tier
for (const [words, recipe, stars] of [['rate the Overnight oats 3 stars', 'oats', 3], ...full([['give Banana pancakes four stars', 'pancakes', 4], ['rate Overnight oats 5 out of 5', 'oats', 5]])]) {
  test(`radio and button ratings: "${words}"`, async () => {
    const run = await go('/scope-recipes.html', words);
    const e = one(run, 'rate');
    assert.deepEqual([e.recipe, e.stars], [recipe, stars], run.why);
  });
}

// full tier: grounding_dialogs' native dialog ("cancel Leo's 3:30 pm appointment because he is ill") covers a native dialog confirmed, grounding_items' team table a delete confirmed
for (const words of full(['delete the Lentil soup recipe', 'delete Chickpea curry', 'remove the Banana pancakes recipe'])) {
  test(`a delete asked for is confirmed in a native dialog: "${words}"`, async () => {
    const run = await go('/scope-recipes.html', words);
    const e = one(run, 'deleted');
    assert.ok(words.toLowerCase().includes({ soup: 'lentil', curry: 'chickpea', pancakes: 'pancakes' }[e.recipe]), run.why);
  });
}

// full tier: grounding_explore "a closed tab, section or tree node ..." ("how long does the highlights tour last?") covers a collapsed section opened for an answer
for (const [words, re] of full([['which allergens does the Overnight oats recipe list', /almonds/], ['which allergens are listed for the Overnight oats', /almonds/], ['which allergens are in the Overnight oats', /almonds/]])) {
  test(`an answer in a collapsed section is revealed: "${words}"`, async () => {
    const run = await crawl(g.api, `Open ${G('/scope-recipes.html')} and tell me ${words}`);
    assert.match(JSON.stringify(run.results), re, run.why);
  });
}

// ---- a third domain: a column's "+ New job" opens a sheet (no dialog role) ----

for (const words of ['add a new job to In the bay: registration EF 9012, work to do brake pads, mechanic Priya',
  ...full(['create a job in the In the bay column with registration EF 9012 and work to do brake pads, mechanic Priya',
    'new job in In the bay, registration EF 9012, work to do brake pads, mechanic Priya'])]) {
  test(`a column's add button, its sheet filled and created: "${words}"`, async () => {
    const run = await go('/scope-garage.html', words);
    const e = one(run, 'job');
    assert.deepEqual([e.col, e.reg, e.work, e.mech], ['bay', 'EF 9012', 'brake pads', 'Priya'], run.why);
    assert.equal(evs(run, 'discarded').length, 0, run.why);
  });
}

// Grounding, a thing named in the request and then acted on (issue 10). A
// kitchenware shop's grid: "add 3 <plural name> to the basket" sets that
// card's quantity (a number input on one card, a − / number / + stepper on
// another) and adds it, and "set the quantity of <product> to 2 and add it
// to the basket" adds that product ("it" is neither the quantity field nor
// the first card; "Add to basket" is no step of the count). A leisure club's
// membership page: "I'm done with <class>, take it off my list" removes that
// saved class; "<the 4:30 pm physio on Thursday 15 April> can't happen,
// please cancel it" cancels the appointment shown as "Thu 15 Apr, 4:30 pm"
// (by meaning, among others of the same day, time or kind); "I don't want the
// towel service anymore, cancel the add-on" presses that add-on's Cancel and
// confirms with "Yes, cancel add-on" (a yes whose name says cancel too).
// Pages: tests/fixtures/grounding/things-shop.html, things-account.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-things');
const G = g.G;
const SHOP = '/things-shop.html', ACCOUNT = '/things-account.html';

/** The run's events of these actions, as [action, id] pairs, in order. */
const acts = (run, actions) => g.events(run, null, (e) => actions.includes(e.action)).map((e) => [e.action, e.id]);

/* --- shop: a product grid, a quantity control on each card --- */

test('shop: "add 3 copper measuring cups to my basket": that card\'s number input set to 3, then its Add to basket', async () => {
  const run = await crawl(g.api, `Open ${G(SHOP)} and add 3 copper measuring cups to my basket`);
  const e = g.one(run, 'add');
  assert.deepEqual([e.sku, e.qty], ['KC-CUP-118', 3], run.why);
});

// full tier: the glass teapot below covers a stepper pressed up to the number, then the card's Add to basket
testFull('shop: "Please add 3 beechwood spoons to the basket": the stepper pressed up to 3, then that card\'s Add to basket', async () => {
  const run = await crawl(g.api, `${G(SHOP)}: please add 3 beechwood spoons to the basket`);
  const e = g.one(run, 'add');
  assert.deepEqual([e.sku, e.qty], ['KC-SPN-302', 3], run.why);
});

test('shop: "set the quantity of the glass teapot to 2 and add it to the basket": "it" is the teapot (a stepper), not the first card', async () => {
  const run = await crawl(g.api, `On ${G(SHOP)} set the quantity of the glass teapot to 2 and add it to the basket`);
  const e = g.one(run, 'add');
  assert.deepEqual([e.sku, e.qty], ['KC-TPT-077', 2], run.why);
});

// full tier: the copper cups (a number input) and the teapot ("it") cover this request
testFull('shop: "change the quantity of the enamel colander to 2, then add it to my basket": the colander (a number input) with 2', async () => {
  const run = await crawl(g.api, `Open ${G(SHOP)}. Change the quantity of the enamel colander to 2, then add it to my basket.`);
  const e = g.one(run, 'add');
  assert.deepEqual([e.sku, e.qty], ['KC-COL-019', 2], run.why);
});

/* --- account: add-ons, appointments and a saved list, each with its dialogs --- */

// full tier: the physio session below covers an item's cancel by its meaning, confirmed; grounding_itemacts' podcasts "I don't need X anymore"
testFull('account: "I\'m done with Sunrise yoga, take it off my list": that class\'s Remove, confirmed', async () => {
  const run = await crawl(g.api, `On ${G(ACCOUNT)}: I'm done with Sunrise yoga, take it off my list`);
  assert.deepEqual(acts(run, ['cancel-addon', 'cancel-booking', 'remove', 'keep']), [['remove', 'CL-83']], run.why);
});

test('account: "The 4:30 pm physio session on Thursday 15 April can\'t happen, please cancel it": the one shown "Thu 15 Apr, 4:30 pm"', async () => {
  /* beside it: a physio the same day at 11:00 am, a sports massage the
   * same day and time, physio sessions at 4:30 pm on other days */
  const run = await crawl(g.api, `Open ${G(ACCOUNT)}. The 4:30 pm physio session on Thursday 15 April can't happen, please cancel it.`);
  assert.deepEqual(acts(run, ['cancel-addon', 'cancel-booking', 'remove', 'keep']), [['cancel-booking', 'BK-5503']], run.why);
});

test('account: "I don\'t want the towel service anymore, cancel the add-on": its Cancel, then "Yes, cancel add-on" (a yes that says cancel)', async () => {
  const run = await crawl(g.api, `Open ${G(ACCOUNT)}. I don't want the towel service anymore, cancel the add-on`);
  assert.deepEqual(acts(run, ['cancel-addon', 'cancel-booking', 'remove', 'keep']), [['cancel-addon', 'AO-311']], run.why);
});

stopsCleanly(g);

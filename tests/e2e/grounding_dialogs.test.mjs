// Grounding, dialogs (issue 10): a task names the action, and the executor
// opens the dialog from the right item, fills what the words give and
// presses the button that does it. A native <dialog> asking for a reason
// ("because he is ill": Illness; "cancel" is the verb, so "Confirm
// cancellation", never "Keep appointment"), a date and a time from the
// item's Reschedule; stars in a dialog appended to <body> by the item's Rate
// ("give ... five stars" too); a promo code typed into the field of an
// offcanvas basket before its Apply, which is pressed once.
// Page: tests/fixtures/grounding/dialogs-portal.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-dialogs');
const P = '/dialogs-portal.html';

test('a native dialog: the reason the words give, confirmed; a date and a time, saved', async () => {
  let run = await crawl(g.api, `Open ${g.G(P)} and cancel Leo's 3:30 pm appointment because he is ill`);
  assert.deepEqual([g.one(run, 'cancel').id, g.one(run, 'cancel').reason], ['a2', 'Illness'], run.why);
  assert.equal(g.events(run, 'dismiss').length, 0, run.why);
  run = await crawl(g.api, `Open ${g.G(P)} and reschedule Leo's filling to 22 April 2027 at 2 pm`);
  const m = g.one(run, 'move');
  assert.deepEqual([m.id, m.date, m.at], ['a3', '2027-04-22', '14:00'], run.why);
});

// full tier: grounding_scope's recipe ratings and grounding_itemacts' podcast rating cover stars given to the item named; the native dialog above a dialog an item's button opens, filled and confirmed
testFull('stars in the dialog the item\'s Rate opens, then its Submit', async () => {
  const run = await crawl(g.api, `Open ${g.G(P)} and give The Quiet Orchard four stars`);
  const r = g.one(run, 'rate');
  assert.deepEqual([r.show, r.stars], ['orchard', 4], run.why);
});

test('a promo code typed into the basket drawer\'s field, then its Apply once', async () => {
  const run = await crawl(g.api, `Open ${g.G(P)} and apply the code SPRING10 in the basket`);
  assert.equal(g.one(run, 'promo').code, 'SPRING10', run.why);
  assert.equal(g.events(run, 'checkout').length, 0, run.why);
});

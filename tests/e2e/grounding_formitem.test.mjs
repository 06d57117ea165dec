// Grounding, a box of fields is the form the words fill, not an item whose
// button the verb names (issue 10): "book an evening swim for ana@x" on a
// page of boxes, one holding the lane, the session, the email and "Book a
// swim", fills those and presses "Book a swim"; it never presses the
// button alone (which the page refuses without an email).
// Page: tests/fixtures/grounding/formitem-pool.html (a lido's sessions).
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-formitem');
const PAGE = '/formitem-pool.html';
// The phrasings in full([...]) say a kept one again: the full tier.

test('the verb of the box\'s button, with the values the words give: filled, then sent', async () => {
  for (const [p, want] of [
    ['book an evening swim for ana@mail.test', { session: 'Evening', lane: 'slow', email: 'ana@mail.test' }],
    ...full([
      ['book a lunchtime session in the fast lane, email bo@mail.test', { session: 'Lunchtime', lane: 'fast', email: 'bo@mail.test' }],
      ['Book a morning swim in the medium lane for cy@mail.test', { session: 'Morning', lane: 'medium', email: 'cy@mail.test' }],
      ['Book one evening swim with email dee@mail.test', { session: 'Evening', lane: 'slow', email: 'dee@mail.test' }],
    ]),
  ]) {
    const run = await crawl(g.api, `Open ${g.G(PAGE)} and ${p}`);
    const e = g.one(run, 'book');
    assert.deepEqual({ session: e.session, lane: e.lane, email: e.email }, want, run.why);
    assert.equal(g.events(run, 'refused').length, 0, run.why);
  }
});

// full tier: grounding_forms2 "tickets: an option named alone, \"one\" before it, ..." covers a number before the thing chosen
testFull('a number before the thing chosen goes into a dropdown of counts', async () => {
  for (const [p, want] of [
    ['Book two lunchtime swims, email bo@mail.test', { swimmers: '2', session: 'Lunchtime' }],
    ...full([
      ['book 3 evening swims for ana@mail.test', { swimmers: '3', session: 'Evening' }],
      ['book a morning swim for cy@mail.test', { swimmers: '1', session: 'Morning' }],
    ]),
  ]) {
    const run = await crawl(g.api, `Open ${g.G(PAGE)} and ${p}`);
    const e = g.one(run, 'book');
    assert.deepEqual({ swimmers: e.swimmers, session: e.session }, want, run.why);
  }
});

// Page: tests/fixtures/grounding/formitem-permit.html (a parking permit):
// its "Buy permit" opens a check of the details holding "Pay £45 now".
// full tier: grounding_forms2 "tickets: ..., the wizard to Pay" covers the form's own button first, then the Pay it shows
testFull('"buy ..., then pay": the form\'s own button first, then the verb\'s control it shows', async () => {
  for (const p of [
    'buy a Zone B permit, vehicle registration KX19 ABC, email ana@mail.test, then pay',
    ...full([
      'fill in vehicle registration KX19 ABC and email ana@mail.test, choose Zone B. Pay.',
      'put KX19 ABC in the vehicle registration and ana@mail.test in the email field, select Zone B, then pay',
    ]),
  ]) {
    const run = await crawl(g.api, `Open ${g.G('/formitem-permit.html')} and ${p}`);
    const e = g.one(run, 'pay');
    assert.deepEqual({ zone: e.zone, reg: e.reg, email: e.email }, { zone: 'Zone B', reg: 'KX19 ABC', email: 'ana@mail.test' }, run.why);
  }
});

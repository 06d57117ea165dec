// Grounding, values whose control shows only after an earlier choice (issue 10,
// 16-form.js ipDefer): a service dropdown whose list of divs is drawn at the end of
// <body> when its button opens it, day tabs each with their own time-slot buttons
// ("02:30 PM"), and a postcode lookup whose addresses show after "Find address".
// Page: tests/fixtures/grounding/picker-later.html.
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-later');

test('bike repair: an option of a list drawn when opened, a day tab and its time slot, an address from a lookup', async () => {
  for (const [say, want] of [
    ['Open {url} and book a Wheel truing on 10 March 2027 at 2:30 pm, postcode BS1 4DJ, 12 Quay Street',
      ['Wheel truing', '2027-03-10', '14:30', '12 Quay Street, Bristol']],
    // the same three controls said one by one: the full tier
    ...full([['Open {url}. Service: Full service. On 12 March 2027, the 9:30 slot. Then book the repair.',
      ['Full service', '2027-03-12', '09:30', '']]]),
  ]) {
    const run = await crawl(g.api, say.replace('{url}', g.G('/picker-later.html')));
    const e = g.events(run, 'book');
    assert.ok(e.length >= 1, `a "book" event: ${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
    const got = e.at(-1);
    assert.deepEqual([got.service, got.day, got.slot, got.address], want, run.why);
  }
});

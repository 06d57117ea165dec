// Grounding, kind 5 of issue 10: dates and times into native inputs (an
// ISO value set as a picker sets it, never typed as keys), a date typed in
// the format a text field shows, an ARIA spinner and sliders, and an
// autocomplete ("pick the suggestion that begins with Portl").
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-values');
const G = g.G;

/** The booking the run sent (asserted). */
function booked(run) {
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'book').at(-1);
  assert.ok(ev, `no booking\n${run.why}`);
  return ev;
}

// full tier: grounding_tracker's New issue form ("the due date to 14 June 2025") covers a date into <input type=date>
testFull('"set the departure day to 3 March 2021": yyyy-mm-dd into <input type=date>', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, set the departure day to 3 March 2021 and click Book now`);
  assert.equal(booked(run).travel, '2021-03-03', run.why);
});

// full tier: grounding_forms2 "settings: two time fields by one sentence, a time with pm, ..." covers a time with pm into <input type=time>
testFull('"enter 7:45 PM as the pick-up time": 19:45 into <input type=time>', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, enter 7:45 PM as the pick-up time and click Book now`);
  assert.equal(booked(run).pickup, '19:45', run.why);
});

test('a date into a text field that shows dd/mm/yyyy', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, set the card expiry date to 14 February 2026 and click Book now`);
  assert.equal(booked(run).card_exp, '14/02/2026', run.why);
});

test('"set the spinner to 4" (an ARIA spinbutton) and "move the slider to 8"', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, set the spinner to 4, move the volume slider to 8, ` +
    'move the stars slider to 4 and click Book now');
  const b = booked(run);
  assert.equal(b.guests, '4', run.why);
  assert.equal(b.volume, '8', run.why);
  assert.equal(b.stars, '4', run.why);
});

test('a slider made of divs that only shows its value as text: "move the third slider to 7"', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, move the third slider to 7 and click Book now`);
  assert.equal(booked(run).bright, '7', run.why);
});

// full tier: grounding_forms2 "airport fields that suggest as one types" covers a suggestion picked after typing
testFull('an autocomplete: type, then "pick the suggestion that begins with Portl"', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, type Port into the destination city field, ` +
    'pick the suggestion that begins with Portl and click Book now');
  assert.equal(booked(run).city, 'Portland', run.why);
});

// full tier: grounding_pickers "campsite: a range picker of links ..., behind a read-only field" covers a read-only date field's calendar
testFull('a read-only date field with a calendar: "select 02/16/2016 as the date"', async () => {
  const run = await crawl(g.api, `Open ${G('/explore.html')}. Select 02/16/2016 as the date and hit submit.`);
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'submit')[0];
  assert.equal(ev?.date, '02/16/2016', run.why);
});

stopsCleanly(g);

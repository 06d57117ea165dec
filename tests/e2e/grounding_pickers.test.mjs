// Grounding, search forms with custom pickers (issue 10): a calendar a
// button or a read-only field opens, moved to the month by its own arrows
// (a grid of buttons with full-date aria-labels; a table of day numbers
// under a month caption), a range picker (the first day clicked starts the
// range, the second ends it, then its Done closes it), a dropdown that is a
// button and a list box, counters by their nouns, ports from suggestions;
// statements that carry a value for a field ("The driver is 23" into an
// age band, "I'll arrive late, around 11pm" into a dropdown of parts of the
// day); "Roscoff to Portsmouth": the place before a destination is the
// origin; a field set after the form went sends it again. Pages:
// tests/fixtures/grounding/picker-*.html. A calendar shown on the page with no
// field to open it takes the dates of a form that has no date field.
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-pickers');
const G = g.G;

/** The last event of a run whose action is action (asserted). */
function last(run, action) {
  const e = g.events(run, action);
  assert.ok(e.length >= 1, `a "${action}" event: ${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
  return e.at(-1);
}

/** Runs each [instruction, keys, values] and compares the last search's keys.
 * The cases in full([...]) fill the same form again: the full tier. */
async function cases(page, list) {
  for (const [say, keys, want] of list) {
    const run = await crawl(g.api, say.replace('{url}', G(page)));
    const e = last(run, 'search');
    assert.deepEqual(keys.map((k) => e[k]), want, run.why);
  }
}

// full tier: grounding_dates' mountain hut covers a range on month tables with full-date labels and counters, the ferry below an age band said as a statement
testFull('ski school: a range picker of buttons with full-date labels, a resort list box, counters, the youngest skier\'s age band', async () => {
  await cases('/picker-ski.html', [
    ['Open {url}. Find lessons at Lac Vert from Tuesday, 1 December 2026 to Thursday, 3 December 2026, just me (one adult). The youngest skier is 9.',
      ['resort', 'start', 'end', 'adults', 'children', 'age'], ['LAC', '2026-12-01', '2026-12-03', '1', '0', 'b']],
    ...full([
      ['Open {url} and look for a lesson at Pic du Loup from 14 February 2027 to 17 February 2027, 2 adults and 2 kids',
        ['resort', 'start', 'end', 'adults', 'children'], ['PIC', '2027-02-14', '2027-02-17', '2', '2']],
      ['Open {url} and find lessons in Crête Noire, 2027-03-29 to 2027-04-02, three adults and one child, our youngest is 13 years old',
        ['resort', 'start', 'end', 'adults', 'children', 'age'], ['CRE', '2027-03-29', '2027-04-02', '3', '1', 'c']],
    ]),
  ]);
});

test('ferry: a table calendar under its caption behind read-only fields, ports from suggestions, the driver\'s age and the time of arrival said as statements', async () => {
  await cases('/picker-ferry.html', [
    ['Open {url} and search sailings from Plymouth to Santander, out 14 February 2027, back 21 February 2027, 3 passengers with a car. The driver is 23. I will arrive late, around 11pm.',
      ['from', 'to', 'out', 'back', 'pax', 'vehicle', 'driverAge', 'checkin'], ['PLY', 'SDR', '2027-02-14', '2027-02-21', '3', 'car', 'young', 'l']],
    ...full([
      // full tier: the case above covers this calendar, the ports and the driver's age said as a statement
      ['Open {url}. Roscoff to Portsmouth, leaving 2027-03-05, returning 2027-03-12, 2 passengers and a motorbike. Our driver is 72. Search sailings.',
        ['from', 'to', 'out', 'back', 'pax', 'vehicle', 'driverAge'], ['RSC', 'PME', '2027-03-05', '2027-03-12', '2', 'bike', 'senior']],
      ['On {url} search for a crossing from Cherbourg to Plymouth on 20 January 2027, just me, we\'ll get to the port around 7:30 pm, I\'m travelling with a pet',
        ['from', 'to', 'out', 'back', 'pax', 'checkin', 'pet'], ['CER', 'PLY', '2027-01-20', '', '1', 'e', 'on']],
    ]),
  ]);
});

test('campsite: a range picker of links in a table under a month heading, behind a read-only field; "one night only", "new year\'s eve 2026", counters by their nouns', async () => {
  await cases('/picker-campsite.html', [
    ['Open {url}. We arrive on new year\'s eve 2026, one night only, a wooden camping pod please. Then press Show prices.',
      ['arrival', 'departure', 'kind'], ['2026-12-31', '2027-01-01', 'pod']],
    ...full([
      ['Open {url} and look for a lakeside pitch from 14 February 2027 to 17 February 2027, 2 adults and 2 kids, with our dog',
        ['arrival', 'departure', 'kind', 'adults', 'children', 'dogs'], ['2027-02-14', '2027-02-17', 'lake', '2', '2', 'on']],
      ['Open {url} and book 3 adults on 2 pitches, 3rd to 5th January 2027, hard standing for a caravan',
        ['arrival', 'departure', 'adults', 'pitches', 'kind'], ['2027-01-03', '2027-01-05', '3', '2', 'hard']],
    ]),
  ]);
});

test('rehearsal studio: the page\'s own today ("next Friday", "tomorrow", "the day after tomorrow"), hour and minute dropdowns, a length by its option, band members, the youngest player\'s age', async () => {
  await cases('/picker-studio.html', [
    ['Open {url} and book the drum booth next Friday at 7pm for 3 hours, we are 5 people',
      ['room', 'day', 'hh', 'mm', 'hours', 'people'], ['drum', '2027-03-12', '19', '00', '3', '5']],
    ...full([
      // full tier: "next Friday" above covers a day counted from the page's own today
      ['Open {url} and book the vocal booth the day after tomorrow at 6pm for 2 hours, we are 3 people',
        ['room', 'day', 'hh', 'mm', 'hours', 'people'], ['vox', '2027-03-10', '18', '00', '2', '3']],
      ['Open {url}. Live room A on 2027-04-02 at 09:30, 2 hours, 4 band members. The youngest player is 15. Then press Check availability.',
        ['room', 'day', 'hh', 'mm', 'hours', 'people', 'age'], ['a', '2027-04-02', '09', '30', '2', '4', '15']],
      ['Open {url} and hire the vocal booth tomorrow from 14:15 for one hour with backline; our youngest player is twelve',
        ['room', 'day', 'hh', 'mm', 'hours', 'age', 'backline'], ['vox', '2027-03-09', '14', '15', '1', '12', 'on']],
    ]),
  ]);
});

// full tier: the ferry's and the campsite's calendars cover dates picked in a calendar, moved by its arrows
testFull('holiday flat: a calendar shown on the page itself (no field opens it) takes the dates, its month arrows are no submit; guests by a counter', async () => {
  await cases('/picker-flat.html', [
    ['Open {url} and find a flat from Friday, 1 January 2027 to Monday, 4 January 2027 for 3 guests with a baby cot', ['from', 'to', 'guests', 'cot'], ['2027-01-01', '2027-01-04', '3', true]],
    ...full([
      ['Open {url} and look for a stay from 14 February 2027 to 17 February 2027, 4 guests', ['from', 'to', 'guests', 'cot'], ['2027-02-14', '2027-02-17', '4', false]],
      ['Open {url} and search 20 to 22 December 2026, just one guest', ['from', 'to', 'guests'], ['2026-12-20', '2026-12-22', '1']],
    ]),
  ]);
});

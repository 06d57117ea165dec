// Grounding, booking searches said as one request (issue 10, item 5): a
// request is read into typed parts (a date range with both ends, one date,
// a time or "both days" times, counts by their nouns, a place) and each part
// goes to the form's widget of that kind, read from the page: a range
// calendar of two months side by side (days as bare numbers under each
// month's heading, or buttons with full-date labels), native date inputs
// with time dropdowns beside them, counters with - and + around a number
// (inside a popup too), a place from a suggestion list; then the search
// button. Pages: tests/fixtures/grounding/dates-*.html (a pet boarding
// kennel, a mountain hut club, a camera hire shop, guided city walks).
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-dates');
const G = g.G;

/** Runs each [instruction, want] on page and compares the last search's
 * fields named in want. With DATES_ALL=1 every case runs and the failures
 * are listed together (a measure), else the first failure stops the test. */
async function cases(page, list) {
  const bad = [];
  for (const [say, want] of list) {
    const text = say.includes('{url}') ? say.replace('{url}', G(page)) : `Open ${G(page)} and ${say}`;
    const run = await crawl(g.api, text, { expect: null });
    const ev = g.events(run, 'search').at(-1);
    const got = ev ? Object.fromEntries(Object.keys(want).map((k) => [k, ev[k]])) : null;
    let ok = run.task.status === 'finalized' && ev;
    try { assert.deepEqual(got, want); } catch { ok = false; }
    if (ok) continue;
    const why = `got ${JSON.stringify(got)} want ${JSON.stringify(want)}\n${run.why}`;
    if (!process.env.DATES_ALL) assert.fail(why);
    bad.push(why);
  }
  if (bad.length) assert.fail(`${bad.length}/${list.length} failed:\n${bad.join('\n\n')}`);
}

test('pet boarding: a range on two months side by side (bare day numbers under each month\'s heading), dogs and cats counters around a read-only number, a kennel from suggestions', async () => {
  await cases('/dates-kennel.html', [
    ['board 2 dogs and 1 cat at Leeds North from 18 to 21 December 2026', { branch: 'LDN', from: '2026-12-18', to: '2026-12-21', dogs: '2', cats: '1' }],
    // further phrasings of the same readings: the full tier
    ...full([
      ['check availability Jan 3rd to Jan 5th 2027, just one dog', { from: '2027-01-03', to: '2027-01-05', dogs: '1', cats: '0' }],
      ['search for a kennel in York for our three cats, 14 February 2027 to 17 February 2027, no dogs', { branch: 'YRK', from: '2027-02-14', to: '2027-02-17', dogs: '0', cats: '3' }],
    ]),
  ]);
});

// full tier: grounding_pickers 'campsite: ..., "one night only", "new year\'s eve 2026"' covers a stay by its start and length; "pet boarding: a range on two months" this calendar
testFull('pet boarding: stays said by their start and length ("new year\'s eve 2026, one night only", "for 7 nights"), a box by its words', async () => {
  await cases('/dates-kennel.html', [
    ['we drop off on new year\'s eve 2026, one night only, 2 dogs with extra walks', { from: '2026-12-31', to: '2027-01-01', dogs: '2', walks: 'yes' }],
    // further phrasings of the same readings: the full tier
    ...full([
      ['book Preston Fields for one dog and two cats from 2027-03-01 for 7 nights', { branch: 'PRE', from: '2027-03-01', to: '2027-03-08', dogs: '1', cats: '2' }],
      ['Liverpool Docks, 2 dogs, arriving 30 January 2027, 3 nights, no cats', { branch: 'LIV', from: '2027-01-30', to: '2027-02-02', dogs: '2', cats: '0' }],
    ]),
  ]);
});

test('mountain hut: a range on two month tables with full-date labels behind a read-only field, adults and children counters in a popup its button opens', async () => {
  await cases('/dates-hut.html', [
    // further phrasings of the same readings: the full tier
    ...full([
      ['search for a bed from 18 to 21 December 2026 for 2 adults and 1 child', { arrive: '2026-12-18', leave: '2026-12-21', adults: '2', children: '1', rooms: '1' }],
      ['check availability Jan 3rd to Jan 5th 2027, just me', { arrive: '2027-01-03', leave: '2027-01-05', adults: '1', children: '0' }],
    ]),
    ['look for a stay at the Rifugio Vittorio Sella from 14 February 2027 to 17 February 2027, 2 adults and 2 kids', { hut: 'rif', arrive: '2027-02-14', leave: '2027-02-17', adults: '2', children: '2' }],
  ]);
});

// full tier: grounding_pickers 'campsite: ..., "one night only", "new year\'s eve 2026"' covers a stay with no verb by its start and length, the range above this hut's form
testFull('mountain hut: stays with no verb ("beds for new year\'s eve 2026, one night only"), rooms counted, the search sent', async () => {
  await cases('/dates-hut.html', [
    ['beds for new year\'s eve 2026, one night only, 3 adults in 2 rooms', { arrive: '2026-12-31', leave: '2027-01-01', adults: '3', rooms: '2' }],
    // further phrasings of the same readings: the full tier
    ...full([
      ['Berglihütte, 2027-03-01 for 3 nights, four adults', { hut: 'bern', arrive: '2027-03-01', leave: '2027-03-04', adults: '4' }],
      ['Refuge du Goûter from 27 December 2026 for 2 nights, 2 adults and a child', { hut: 'ref', arrive: '2026-12-27', leave: '2026-12-29', adults: '2', children: '1' }],
    ]),
  ]);
});

// full tier: the range below covers these date inputs and time dropdowns, its collection point from suggestions
testFull('camera hire: one day and hour into a native date input and the time dropdown beside it, a collection point picked from suggestions by all its words', async () => {
  await cases('/dates-gear.html', [
    // further phrasings of the same readings: the full tier
    ...full([
      ['I want to collect a drone kit at Porto station on 2027-04-02 at 09:30', { kit: 'drone', store: 'OPO-ST', cdate: '2027-04-02', ctime: '09:30' }],
    ]),
    ['I want to pick up the mirrorless starter kit at Porto Baixa shop on 3 May 2027 at 2:30 pm', { kit: 'mirrorless', store: 'OPO-DT', cdate: '2027-05-03', ctime: '14:30' }],
    ...full([
      ['rent studio lights at the Lisbon airport on 2027-05-20 at 8:00', { kit: 'lights', store: 'LIS-AP', cdate: '2027-05-20', ctime: '08:00' }],
    ]),
  ]);
});

test('camera hire: a range of days into two date inputs, "10:00 both days" and one time said with the range into both time dropdowns', async () => {
  await cases('/dates-gear.html', [
    // full tier: the case below covers these date inputs and time dropdowns, grounding_forms3 "bikes (an iframe): ..." "10:00 both days"
    ...full([['hire the cinema camera kit at the airport in Porto from 2027-03-12 to 2027-03-15 (10:00 both days)', { kit: 'cinema', store: 'OPO-AP', cdate: '2027-03-12', rdate: '2027-03-15', ctime: '10:00', rtime: '10:00' }]]),
    ['book studio lights at Lisbon Oriente station 1 to 8 June 2027, 10:00', { kit: 'lights', store: 'LIS-ST', cdate: '2027-06-01', rdate: '2027-06-08', ctime: '10:00', rtime: '10:00' }],
    // further phrasings of the same readings: the full tier
    ...full([
      ['rent a drone kit at Porto station from 2027-07-01 to 2027-07-04, collection 09:30, return 17:00', { kit: 'drone', store: 'OPO-ST', cdate: '2027-07-01', rdate: '2027-07-04', ctime: '09:30', rtime: '17:00' }],
    ]),
  ]);
});

test('city walks: a one-month calendar of divs with US-style labels behind a date toggle, 12-hour time options, icon counters, a meeting point whose suggestions come late', async () => {
  await cases('/dates-tours.html', [
    ['book Old Town Highlights on January 3rd 2027 at 9:30 am for 2 adults and a senior, meeting at the Cathedral steps', { tour: 'old', meet: 'Cathedral steps', day: '2027-01-03', start: '9:30 AM', adults: '2', seniors: '1' }],
    // further phrasings of the same readings: the full tier
    ...full([
      ['the food market tasting on Sunday, 14 February 2027, 11:00 AM, just me', { tour: 'food', day: '2027-02-14', start: '11:00 AM', adults: '1', seniors: '0', children: '0' }],
      ['Ghosts by Night, 2027-01-08 at 8 pm, three adults and two children, we meet at the Castle gate', { tour: 'night', meet: 'Castle gate', day: '2027-01-08', start: '8:00 PM', adults: '3', children: '2' }],
    ]),
  ]);
});

// Grounding, a whole request into a whole form (issue 10): dates said as a
// range ("from 18 to 21 December 2026", "Jan 3rd to Jan 5th", "December
// 27-30", "one night only") into the form's date controls in the order the
// page shows them (date inputs, text fields with a format, day/month/year
// dropdowns); times ("10:00 both days", hour and minute dropdowns, a
// dropdown of times); counts by the noun beside them, in words too ("two
// adults and two kids", "we are 6 people"); a place among a field's
// suggestions; boxes asked for with "with" or "bring"; statements into the
// dropdown option nearest in meaning ("the reason is that I'm moving
// abroad"); a counter "instead of" the number it shows. Forms in a shadow
// root and in an iframe. Pages: tests/fixtures/grounding/form3-*.html.
import assert from 'node:assert/strict';
import { test, testFull, full, FULL } from './lib/harness.mjs';
import { crawl, placeToday } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-forms3');
const G = g.G;

/** The last event of a run whose action is action (asserted). */
function last(run, action) {
  const e = g.site.eventsSince(run.since, (x) => x.action === action);
  assert.ok(e.length >= 1, `a "${action}" event: ${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
  return e.at(-1);
}

/** The day after today's date of that month and day ("3 January": the next one). */
function next(m, d) {
  const today = placeToday();
  let y = today.getFullYear();
  if (new Date(y, m - 1, d) < today) y++;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// full tier: the "4th of August" test below covers a stay into this form with its counts
testFull('campsite: "book a wooden cabin from 18 to 21 December 2026 for 2 adults, 1 child"; "I\'d like ..."', async () => {
  for (const say of [`Open ${G('/form3-campsite.html')} and book a wooden cabin from 18 to 21 December 2026 for 2 adults, 1 child`,
    // "I'd like ...": a further phrasing, the full tier
    ...full([`Open ${G('/form3-campsite.html')}. I'd like a wooden cabin from 18 to 21 December 2026 for 2 adults and 1 child`])]) {
    const run = await crawl(g.api, say);
    const e = last(run, 'search');
    assert.deepEqual([e.arrival, e.departure, e.adults, e.children, e.pitch], ['2026-12-18', '2026-12-21', '2', '1', 'cabin'], run.why);
  }
});

// days with no year (the next ones) and the form's button: kept in the hotel and "4th of August" tests; the full tier
testFull('campsite: "check availability Jan 3rd to Jan 5th": the next such days, then its button', async () => {
  const run = await crawl(g.api, `On ${G('/form3-campsite.html')} check availability Jan 3rd to Jan 5th`);
  const e = last(run, 'search');
  assert.deepEqual([e.arrival, e.departure], [next(1, 3), next(1, 5)], run.why);
});

// ISO dates, "with ...", "no extras" and dates with no year: kept in the bikes, vans and hotel tests; the full tier
testFull('campsite: ISO dates, "with breakfast", "no extras otherwise", an option by some of its words', async () => {
  let run = await crawl(g.api, `${G('/form3-campsite.html')}: a tent pitch from 2026-07-01 to 2026-07-08, 3 adults, with breakfast, no extras otherwise`);
  let e = last(run, 'search');
  assert.deepEqual([e.arrival, e.departure, e.adults, e.pitch, e.breakfast, e.power, e.dog], ['2026-07-01', '2026-07-08', '3', 'tent', 'on', undefined, undefined], run.why);
  run = await crawl(g.api, `Open ${G('/form3-campsite.html')} and book a caravan pitch December 27-30, 4 adults`);
  e = last(run, 'search');
  assert.deepEqual([e.arrival, e.departure, e.adults, e.pitch], [next(12, 27), next(12, 30), '4', 'caravan'], run.why);
});

test('campsite: "we arrive on the 4th of August 2026, one night only, two adults and two kids, we bring our dog"', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-campsite.html')}, we arrive on the 4th of August 2026, one night only, two adults and two kids, we bring our dog. Press Check availability`);
  const e = last(run, 'search');
  assert.deepEqual([e.arrival, e.departure, e.adults, e.children, e.dog], ['2026-08-04', '2026-08-05', '2', '2', 'on'], run.why);
});

// the next ferry test covers the same ports, dropdowns and radio: the full tier
testFull('ferry (a shadow root): ports by their options, a range into day/month/year dropdowns, a vehicle radio', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-ferry.html')} and look for sailings from Santander to Plymouth, 3 to 6 May 2026, 2 passengers, with a car`);
  const e = last(run, 'search');
  assert.deepEqual([e.from, e.to, e.out, e.ret, e.pax, e.veh], ['SDR', 'PLY', '2026-05-03', '2026-05-06', '2', 'car'], run.why);
});

test('ferry: two dates with no range word in the order shown, a dropdown of times, a van', async () => {
  let run = await crawl(g.api, `On ${G('/form3-ferry.html')}, Bilbao to Portsmouth, out on 14 June 2026, back 21 June 2026, the 11:30 sailing, 4 passengers with a van, then press Show sailings`);
  let e = last(run, 'search');
  assert.deepEqual([e.from, e.to, e.out, e.ret, e.sailing, e.pax, e.veh], ['BIO', 'PME', '2026-06-14', '2026-06-21', '11:30', '4', 'van'], run.why);
  if (FULL) { // a further phrasing: the full tier
    run = await crawl(g.api, `Open ${G('/form3-ferry.html')}. Roscoff to Plymouth on the 2nd of September 2026 returning 9 September 2026 for three passengers, then press Show sailings`);
    e = last(run, 'search');
    assert.deepEqual([e.from, e.to, e.out, e.ret, e.pax], ['RSC', 'PLY', '2026-09-02', '2026-09-09', '3'], run.why);
  }
});

test('bikes (an iframe): a station from the suggestions, dd/mm/yyyy dates, "10:00 both days" into hour/minute dropdowns and a time input, a counter', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-bikes.html')} and hire 3 bikes at Riverside Park from 2026-07-01 to 2026-07-08 (10:00 both days), no extras`);
  const e = last(run, 'find');
  assert.deepEqual([e.station, e.pick, e.ret, e.bikes, e.helmet, e.lock], ['Riverside Park', '01/07/2026 10:00', '08/07/2026 10:00', 3, '', ''], run.why);
});

// times by their labels and "with ...": kept in the bikes (an iframe) and the vans tests; the full tier
testFull('bikes: "pick up 09:30, return 17:00" by their labels, two dates in order, "with helmets"', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-bikes.html')}, two bikes at Old Town Gate on 3 May 2026 (pick up 09:30, return 17:00 on 4 May 2026), with helmets, find bikes`);
  const e = last(run, 'find');
  assert.deepEqual([e.station, e.pick, e.ret, e.bikes, e.helmet], ['Old Town Gate', '03/05/2026 09:30', '04/05/2026 17:00', 2, 'on'], run.why);
});

// full tier: the vans' range with its times and the bikes' "10:00 both days" cover times into the date's time fields
testFull('bikes: "return 14/06/2026 at 18:00": a time after a date goes to that date\'s time; "with an extra lock"', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-bikes.html')}, pick up at Central Station 12/06/2026 at 08:15, return 14/06/2026 at 18:00, 4 bikes, with an extra lock, then press Find bikes`);
  const e = last(run, 'find');
  assert.deepEqual([e.station, e.pick, e.ret, e.bikes, e.helmet, e.lock], ['Central Station', '12/06/2026 08:15', '14/06/2026 18:00', 4, '', 'on'], run.why);
});

test('council: statements carry values: a name, an e-mail, a reason by meaning, "we are 6 people", "referred by"', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-council.html')}. I'm Ana Ruiz, ana@x.example, the reason is that I'm moving abroad, we are 6 people, I was referred by Dana Obi. Send the enquiry`);
  const e = last(run, 'send');
  assert.deepEqual([e.name, e.email, e.reason, e.household, e.referrer], ['Ana Ruiz', 'ana@x.example', 'move', '6', 'Dana Obi'], run.why);
});

test('council: "Subject: ..." to its comma, "it\'s about repairs" picks the option, a phone with spaces', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-council.html')}. Subject: Damp in the bathroom and hall, it's about repairs, my phone is 0161 555 0101, name Tom Hale, tom@hale.example; send the enquiry`);
  const e = last(run, 'send');
  assert.deepEqual([e.subject, e.reason, e.phone, e.name, e.email, e.household], ['Damp in the bathroom and hall', 'repair', '0161 555 0101', 'Tom Hale', 'tom@hale.example', ''], run.why);
});

// full tier: the council's "we are 6 people" and "it's about repairs" cover a household and a reason by meaning
testFull('council: "it\'s about noise from the neighbours, we are a household of 3", a date into the visit, not the date of birth', async () => {
  const run = await crawl(g.api, `Open ${G('/form3-council.html')}, it's about noise from the neighbours, we are a household of 3, an officer may come on 3 June 2026, name Li Wen, li@wen.example, then press Send enquiry`);
  const e = last(run, 'send');
  assert.deepEqual([e.reason, e.household, e.visit, e.dob, e.name, e.email], ['noise', '3', '2026-06-03', '', 'Li Wen', 'li@wen.example'], run.why);
});

// a label with a colon: kept in the "Subject: ..." test; the full tier
testFull('clinic: "Patient: Ana Ruiz, ana@x.example, reason: sore throat": a name after a label with a colon', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-clinic.html')}. Patient: Ana Ruiz, ana@x.example, reason: sore throat, agree to the privacy policy and request the appointment`);
  const f = last(run, 'submit').fields;
  assert.deepEqual([f.given, f.family, f.email, f.reason, f.privacy], ['Ana', 'Ruiz', 'ana@x.example', 'sore throat', 'on'], run.why);
});

// full tier: the ferry's dropdown of times and the vans' range with times cover times into dropdowns, grounding_forms6's rooms "tomorrow"
testFull('desks: a time range into "between" and "and" dropdowns, "ask for ..." into the one text area, "tomorrow"', async () => {
  let run, e;
  if (FULL) { // the range and the text area again, as the second: the full tier
    run = await crawl(g.api, `Open ${G('/form3-desks.html')}. 2 desks on 2026-12-18, arriving between 14:00 and 16:00 and ask for a desk near a window, booking name Oda Lund`);
    e = last(run, 'reserve');
    assert.deepEqual([e.day, e.from, e.until, e.desks, e.who, e.requests], ['2026-12-18', '14:00', '16:00', '2', 'Oda Lund', 'A desk near a window'], run.why);
  }
  run = await crawl(g.api, `Open ${G('/form3-desks.html')}. A silent desk for tomorrow, we arrive between 9:00 and 10:00, mention that we need a monitor. Reserve`);
  e = last(run, 'reserve');
  const t = placeToday();
  const tomorrow = new Date(t.getFullYear(), t.getMonth(), t.getDate() + 1);
  assert.deepEqual([e.day, e.from, e.until, e.space, e.requests], [next(tomorrow.getMonth() + 1, tomorrow.getDate()), '09:00', '10:00', 'silent', 'We need a monitor'], run.why);
});

// full tier: the council's "it's about repairs" covers an option by meaning, grounding_forms6's garage a value by the field's example
testFull('tracker (a dialog): a resolution by meaning ("it is a duplicate", "we won\'t fix this"), "#198" by the field\'s example, its own submit', async () => {
  let run = await crawl(g.api, `Open ${G('/form3-tracker.html')}, press Close issue. It is a duplicate of #198, then submit`);
  let e = last(run, 'close');
  assert.deepEqual([e.resolution, e.related], ['dup', '#198'], run.why);
  if (FULL) { // further resolutions by meaning: the full tier
    run = await crawl(g.api, `Open ${G('/form3-tracker.html')}, press Close issue. We won't fix this; comment "Export needs a report selected"; submit`);
    e = last(run, 'close');
    assert.deepEqual([e.resolution, e.comment], ['wontfix', 'Export needs a report selected'], run.why);
    run = await crawl(g.api, `Open ${G('/form3-tracker.html')}, press Close issue. Resolution: cannot reproduce, comment: tried on two browsers, and submit`);
    e = last(run, 'close');
    assert.deepEqual([e.resolution, e.comment], ['norepro', 'tried on two browsers'], run.why);
  }
});

test('hotel (calendar buttons): "new year\'s eve, one night only", "from 3 to 6 May 2026"', async () => {
  let run = await crawl(g.api, `Open ${G('/forms-hotel.html')} and search rooms for new year's eve, one night only, 3 guests`);
  let e = last(run, 'search');
  const eve = next(12, 31);
  assert.deepEqual([e.in, e.out, e.guests], [eve, `${+eve.slice(0, 4) + 1}-01-01`, '3'], run.why);
  if (FULL) { // a plain range into the same calendar: the full tier
    run = await crawl(g.api, `Open ${G('/forms-hotel.html')}. Rooms from 3 to 6 May 2026 for 2 guests, search`);
    e = last(run, 'search');
    assert.deepEqual([e.in, e.out, e.guests], ['2026-05-03', '2026-05-06', '2'], run.why);
  }
});

test('vans: a place in a custom dropdown (a hidden list box), a range with its times into date-and-time fields, "no extras" unticks a ticked one', async () => {
  let run, e;
  if (FULL) { // the second covers the dropdown and a range with times too: the full tier
    run = await crawl(g.api, `Open ${G('/form3-vans.html')} and look for a medium van at Porto Campanhã, 3 to 6 May 2026 (pick up 09:30, return 17:00)`);
    e = last(run, 'search');
    assert.deepEqual([e.branch, e.van, e.pickup, e.dropoff, e.satnav], ['Porto Campanhã', 'medium', '2026-05-03T09:30', '2026-05-06T17:00', 'on'], run.why);
  }
  run = await crawl(g.api, `Open ${G('/form3-vans.html')}. Hire the Luton van at Faro Airport from 2026-07-01 to 2026-07-08 (10:00 both days), no extras`);
  e = last(run, 'search');
  assert.deepEqual([e.branch, e.van, e.pickup, e.dropoff, e.satnav, e.driver], ['Faro Airport', 'luton', '2026-07-01T10:00', '2026-07-08T10:00', undefined, undefined], run.why);
  if (FULL) { // a time after each date, as in the bikes test: the full tier
    run = await crawl(g.api, `Open ${G('/form3-vans.html')}, a small van from Lisbon Oriente, collect 12 June 2026 at 8:00 and drop off 13 June 2026 at 18:30, with moving blankets, then press Search vans`);
    e = last(run, 'search');
    assert.deepEqual([e.branch, e.van, e.pickup, e.dropoff, e.blankets], ['Lisbon Oriente', 'small', '2026-06-12T08:00', '2026-06-13T18:30', 'on'], run.why);
  }
});

// full tier: grounding_items3's "add two more tins of tomatoes" covers a counter stepped to a number
testFull('bakery: "for 12 buns instead of 8" steps the counter showing 8; "two places" in words', async () => {
  let run = await crawl(g.api, `Open ${G('/form3-bakery.html')} and make it for 12 buns instead of 8`);
  const ys = g.site.eventsSince(run.since, (x) => x.action === 'yield');
  assert.equal(ys.at(-1)?.y, 12, run.why);
  if (FULL) { // a plain counter, and a count in words as in the campsite test: the full tier
    run = await crawl(g.api, `Open ${G('/form3-bakery.html')} and set the yield to 6 buns`);
    assert.equal(g.site.eventsSince(run.since, (x) => x.action === 'yield').at(-1)?.y, 6, run.why);
    run = await crawl(g.api, `Open ${G('/form3-bakery.html')} and book two places on the laminated pastry weekend for Ida Berg`);
    const e = last(run, 'book');
    assert.deepEqual([e.places, e.level, e.name], ['2', 'laminated', 'Ida Berg'], run.why);
  }
});

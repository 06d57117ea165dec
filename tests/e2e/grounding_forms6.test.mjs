// Grounding, requests a person types into booking and search forms (issue
// 10). A room reservation: "today" is a date wherever it stands (not part
// of the library typed into a suggesting field), a length said beside the
// start ("today at 7pm for 30 minutes", "2 hours from 16:00") picks the
// length radio and leaves the time for the slot, "pick <branch>, <room>,
// tomorrow 13:30, 2 hours, 4 people, card ..." is one request of the form,
// "on <weekday>" after a comma is a day tab and no place, "until March
// 2027" fills a month input, and "the seminar room" is the option "Seminar
// room (up to 12)", never the "Any room" button that opens the list. A
// clinic: a date said as a statement ("I was born on ...") fills the date of
// birth, "who is a new patient" ticks the box rather than asking, a remark
// says which word of a name is the given one, "Dr." ends no sentence. A
// garage: a registration said in the shape of the field's example, a slot
// by its span or as "the first slot after 11", "2 new tyres" into a
// counter, an address after a postcode lookup ("Collect it from ...",
// "pick-up address <street>, <postcode>", "enter postcode ..., find the
// address and pick ..."), and "Book my <brand> in" whose brand is no
// stray value. Flights: "From: X. To: Y." sentences, "X → Y" and "X - Y",
// a year in brackets for both dates, "Use <url> to search ...", and "select
// the cheapest flight" among results whose cheapest is not the first.
// Pages: tests/fixtures/grounding/forms6-rooms.html, forms6-clinic.html,
// forms6-garage.html, forms6-trips.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, placeToday } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-forms6');
const G = g.G;

const pad = (n) => String(n).padStart(2, '0');
/** The date n days after today where the task runs (its browser's "today"), as YYYY-MM-DD. */
function day(n) {
  const t = placeToday();
  const d = new Date(t.getFullYear(), t.getMonth(), t.getDate() + n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
/** The weekday's name n days after today ("Thursday"). */
function weekday(n) {
  const t = placeToday();
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(t.getFullYear(), t.getMonth(), t.getDate() + n).getDay()];
}
const fields = (e, keys) => keys.map((k) => e[k]);

/* --- rooms: a library's study rooms (day tabs from today's date) --- */

const ROOM_KEYS = ['branch', 'room', 'day', 'start', 'length', 'people', 'projector', 'until', 'card'];

// full tier: the seminar room below covers this form and a length beside the start, grounding_pickers' rehearsal studio a day counted from today
testFull('rooms: "today at 7pm for 30 minutes": the library typed without "today", today\'s 19:00 slot, the 30 min length', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-rooms.html')} book the quiet pod at Elm Park Library today at 7pm for 30 minutes, library card 5531 0062`);
  const e = g.one(run, 'reserve');
  assert.deepEqual(fields(e, ROOM_KEYS), ['Elm Park Library', 'Quiet pod (1 person)', day(0), '19:00', '30', 1, false, '', '55310062'], run.why);
});

// full tier: the seminar room's "from 9:30 for 3 hours" below covers a length said beside the start
testFull('rooms: "2 hours from 16:00": the length radio, and the start stays the slot\'s', async () => {
  const run = await crawl(g.api, `${G('/forms6-rooms.html')}: reserve the recording booth at Harbourside Library tomorrow, 2 hours from 16:00, for 2 people, card 3390 1274`);
  const e = g.one(run, 'reserve');
  assert.deepEqual(fields(e, ROOM_KEYS), ['Harbourside Library', 'Recording booth (up to 2)', day(1), '16:00', '120', 2, false, '', '33901274'], run.why);
});

// full tier: the seminar room below covers the whole request of the form in one sentence
testFull('rooms: "pick <library>, <room>, tomorrow 13:30, 2 hours, 4 people, card ..., and reserve it" is one request of the form', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-rooms.html')} pick Castlegate Library, Group room, tomorrow 13:30, 2 hours, 4 people, card 7702 3185, and reserve it`);
  const e = g.one(run, 'reserve');
  assert.deepEqual(fields(e, ROOM_KEYS), ['Castlegate Library', 'Group room (up to 6)', day(1), '13:30', '120', 4, false, '', '77023185'], run.why);
});

test('rooms: ", on <weekday> from 9:30" is a day, not a place; "until March 2027" a month; "the seminar room" the option, not "Any room"', async () => {
  /* three days from today: a tab of its own ("Thu 10 Dec"), neither
   * "Today" nor "Tomorrow", and the next such weekday */
  const wd = weekday(3);
  const run = await crawl(g.api, `Open ${G('/forms6-rooms.html')}. I need the seminar room at Millbrook Library for 9 people with the projector, on ${wd} from 9:30 for 3 hours, library card 4471 8820, repeating weekly until March 2027. Reserve it.`);
  const e = g.one(run, 'reserve');
  assert.deepEqual(fields(e, ROOM_KEYS), ['Millbrook Library', 'Seminar room (up to 12)', day(3), '09:30', '180', 9, true, '2027-03', '44718820'], run.why);
});

/* --- clinic: an appointment request --- */

const CLINIC_KEYS = ['given', 'family', 'email', 'dob', 'department', 'clinician', 'newPatient', 'privacy'];

test('clinic: "<url>: I was born on 14 March 1979. Fill in my date of birth, ..." puts the statement\'s date in the date of birth', async () => {
  const run = await crawl(g.api, `${G('/forms6-clinic.html')}: I was born on 14 March 1979. Fill in my date of birth, name Lucia Ferrante, email lucia.ferrante@mailbox.example, accept the policy and submit`);
  const e = g.one(run, 'request');
  assert.deepEqual(fields(e, CLINIC_KEYS), ['Lucia', 'Ferrante', 'lucia.ferrante@mailbox.example', '1979-03-14', 'gp', 'any', false, true], run.why);
});

// full tier: the date-of-birth statement above covers a statement filling this form, grounding_statements' removals a fact setting a choice
testFull('clinic: "..., who is a new patient" ticks the new-patient box and is asked of no one', async () => {
  const run = await crawl(g.api, `Open ${G('/forms6-clinic.html')}. Tick the privacy policy, then request a Dermatology appointment for Samir Haddad, samir.haddad@post.example, who is a new patient.`);
  const e = g.one(run, 'request');
  assert.deepEqual(fields(e, CLINIC_KEYS), ['Samir', 'Haddad', 'samir.haddad@post.example', '', 'derm', 'any', true, true], run.why);
});

// full tier: grounding_forms2 "clinic: which part is the first name, ..." covers a remark naming the given name
testFull('clinic: "(Jiwoo is the first name)", "(Park is the surname)": the remark decides which word is the given name', async () => {
  for (const name of ['Jiwoo Park (Jiwoo is the first name)', 'Park Jiwoo (Park is the surname)']) {
    const run = await crawl(g.api, `On ${G('/forms6-clinic.html')} fill in name ${name}, email jiwoo.park@mail.example, accept the privacy policy and request the appointment`);
    const e = g.one(run, 'request');
    assert.deepEqual(fields(e, CLINIC_KEYS), ['Jiwoo', 'Park', 'jiwoo.park@mail.example', '', 'gp', 'any', false, true], `${name}\n${run.why}`);
  }
});

test('clinic: "choose Dr. Yuki Tanabe": the title\'s dot ends no sentence', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-clinic.html')} choose Dr. Yuki Tanabe, then fill in name Rosa Quint, email rosa.quint@inbox.example, department Physiotherapy, accept the privacy policy and request the appointment`);
  const e = g.one(run, 'request');
  assert.deepEqual(fields(e, CLINIC_KEYS), ['Rosa', 'Quint', 'rosa.quint@inbox.example', '', 'physio', 'tanabe', false, true], run.why);
});

/* --- garage: a service booking with a postcode lookup --- */

const GARAGE_KEYS = ['reg', 'service', 'make', 'mileage', 'tyres', 'postcode', 'address', 'day', 'slot', 'courtesy'];

// full tier: "Collect it from ..." below covers the registration and a slot by its span
testFull('garage: "for YT21 ROK" fills the registration by its example\'s shape; "in the 08:30–09:00 slot" clicks that slot', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-garage.html')} book an MOT test for YT21 ROK on 15 February 2027 in the 08:30–09:00 slot`);
  const e = g.one(run, 'book');
  assert.deepEqual(fields(e, GARAGE_KEYS), ['YT21 ROK', 'mot', '', '', 0, '', '', '2027-02-15', '08:30–09:00', false], run.why);
});

test('garage: "first slot after 11" is the first free one from 11:00 (11:00 is taken); "2 new tyres" sets the counter', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-garage.html')} book a full service and 2 new tyres for my Skoda, registration PK68 WDT, mileage 52000, on 3 March 2027, first slot after 11`);
  const e = g.one(run, 'book');
  assert.deepEqual(fields(e, GARAGE_KEYS), ['PK68 WDT', 'full', 'Skoda', '52000', 2, '', '', '2027-03-03', '11:30–12:00', false], run.why);
});

test('garage: "Collect it from 9 Laburnum Grove, postcode M14 5RT." after the booking: the postcode, Find address, that address', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-garage.html')} book an interim service for reg SN17 HAK on 2027-01-28 in the 10:00–10:30 slot. Collect it from 9 Laburnum Grove, postcode M14 5RT.`);
  const e = g.one(run, 'book');
  assert.deepEqual(fields(e, GARAGE_KEYS), ['SN17 HAK', 'interim', '', '', 0, 'M14 5RT', '9 Laburnum Grove, Manchester', '2027-01-28', '10:00–10:30', false], run.why);
});

// further phrasings of the postcode lookup ("Collect it from ..." above): the full tier
testFull('garage: "pick-up address 20 Ecclesall Terrace, S11 8QD": a postcode said without its word, then the address it finds', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-garage.html')} book an oil change for reg LD65 XRV on 2 February 2027 at 14:00, pick-up address 20 Ecclesall Terrace, S11 8QD`);
  const e = g.one(run, 'book');
  assert.deepEqual(fields(e, GARAGE_KEYS), ['LD65 XRV', 'oil', '', '', 0, 'S11 8QD', '20 Ecclesall Terrace, Sheffield', '2027-02-02', '14:00–14:30', false], run.why);
});

testFull('garage: "Book my Honda in, reg ...", "Book my Honda in: reg ...": the thing booked is no stray value (no make on the list is Honda)', async () => {
  /* both said, then both checked: what each sent is in the message */
  const got = [];
  for (const sep of [',', ':']) {
    const run = await crawl(g.api, `Open ${G('/forms6-garage.html')}. Book my Honda in${sep} reg WF70 BZN, MOT test, mileage 38400, on 19 January 2027 at 13:00, with a courtesy car.`, { expect: null });
    got.push({ run, events: g.events(run, 'book') });
  }
  for (const { run, events } of got) {
    assert.equal(run.task.status, 'finalized', run.why);
    assert.equal(events.length, 1, `one "book" event: ${JSON.stringify(events)}\n${run.why}`);
    assert.deepEqual(fields(events[0], GARAGE_KEYS), ['WF70 BZN', 'mot', '', '38400', 0, '', '', '2027-01-19', '13:00–13:30', true], run.why);
  }
});

testFull('garage: "enter postcode BD7 1HX, find the address and pick Flat 4, ..." presses the lookup, not a read of the URL', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-garage.html')} enter postcode BD7 1HX, find the address and pick Flat 4, 5 Thornbury Mews. Then book a full service for reg KM66 TOA on 2027-02-09 at 08:00.`);
  const e = g.one(run, 'book');
  assert.deepEqual(fields(e, GARAGE_KEYS), ['KM66 TOA', 'full', '', '', 0, 'BD7 1HX', 'Flat 4, 5 Thornbury Mews, Bradford', '2027-02-09', '08:00–08:30', false], run.why);
});

/* --- trips: a flight search and its results --- */

const TRIP_KEYS = ['from', 'to', 'trip', 'out', 'back', 'cabin', 'adults', 'children'];

test('trips: "From: Lisbon. To: Copenhagen. One way on 12 May 2027. Class: business." fills each field its label names', async () => {
  const run = await crawl(g.api, `Open ${G('/forms6-trips.html')}. From: Lisbon. To: Copenhagen. One way on 12 May 2027. Class: business. Search.`);
  const e = g.one(run, 'search');
  assert.deepEqual(fields(e, TRIP_KEYS), ['LIS', 'CPH', 'oneway', '2027-05-12', '', 'business', 1, 0], run.why);
});

// further phrasings of from and to ("From: Lisbon. To: Copenhagen." above): the full tier
testFull('trips: "Porto → Athens" and "Dublin - Vienna" go from the one to the other', async () => {
  let run = await crawl(g.api, `On ${G('/forms6-trips.html')} search Porto → Athens on 2027-06-03, one way`);
  let e = g.one(run, 'search');
  assert.deepEqual(fields(e, TRIP_KEYS), ['OPO', 'ATH', 'oneway', '2027-06-03', '', 'economy', 1, 0], run.why);
  run = await crawl(g.api, `On ${G('/forms6-trips.html')} search Dublin - Vienna, one way, on 10 June 2027`);
  e = g.one(run, 'search');
  assert.deepEqual(fields(e, TRIP_KEYS), ['DUB', 'VIE', 'oneway', '2027-06-10', '', 'economy', 1, 0], run.why);
});

// full tier: grounding_forms2 '"leaving March 20, coming back March 27"' covers two dates of one trip, grounding_clauses '"back on May 4"' this phrasing
testFull('trips: "out on April 30 and back on May 4 (2028)": the year in brackets is both dates\'', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-trips.html')} search a round trip from Edinburgh to Athens, out on April 30 and back on May 4 (2028), 2 adults and 1 child`);
  const e = g.one(run, 'search');
  assert.deepEqual(fields(e, TRIP_KEYS), ['EDI', 'ATH', 'return', '2028-04-30', '2028-05-04', 'economy', 2, 1], run.why);
});

test('trips: "Use <url> to search ..." is the request after "to"', async () => {
  const run = await crawl(g.api, `Use ${G('/forms6-trips.html')} to search one way flights from Vienna to Lisbon on 2027-03-18 for 3 adults`);
  const e = g.one(run, 'search');
  assert.deepEqual(fields(e, TRIP_KEYS), ['VIE', 'LIS', 'oneway', '2027-03-18', '', 'economy', 3, 0], run.why);
});

// full tier: grounding_compare '"add the cheapest lamp to the cart"' covers the control of the cheapest item, the From/To test this search
testFull('trips: "then select the cheapest flight" presses the Select of the lowest price, which is not the first', async () => {
  const run = await crawl(g.api, `On ${G('/forms6-trips.html')} search Madrid to Copenhagen, one way on 2027-05-20, then select the cheapest flight`);
  const s = g.one(run, 'search');
  assert.deepEqual(fields(s, ['from', 'to', 'trip', 'out']), ['MAD', 'CPH', 'oneway', '2027-05-20'], run.why);
  /* MAD → CPH shows WF 587 €253, NL 216 €212, AZ 645 €158, AP 274 €294 */
  const e = g.one(run, 'select');
  assert.deepEqual([e.flight, e.price], ['AZ 645', 158], run.why);
});

stopsCleanly(g);

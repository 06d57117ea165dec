// Grounding, questions whose answer is not in view (issue 10, items 7 and
// 8): the agent types the answer the question wants, grounds the thing it
// is about, and when that thing's part of the page lacks a value of the
// type, makes one reversible move and reads again: the entity's own
// details (a button that opens a dialog, a card that opens a drawer, a
// link to its own page), the entity chosen in a <select> that says whose
// record the page shows, or a closed tab, section or tree node whose label
// or content shares the question's words. It never presses a control that
// commits or destroys (Cancel appointment, a form's submit).
// Pages: tests/fixtures/grounding/explore-*.html (a vet practice's pet
// records and appointments, a train operator's routes, a maritime
// museum's collection).
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-explore');

/* runs "Open <page> and <q>" for each [q, want, check?] (want: the exact
 * answer or a pattern; check(run) asserts what the run did, before the
 * next run adds its events) and returns the runs */
async function asks(page, cases) {
  const runs = [];
  for (const [q, want, check] of cases) {
    const run = await crawl(g.api, `Open ${g.G(page)} and ${q}`);
    const got = lastExtract(run).text;
    if (want instanceof RegExp) assert.match(String(got), want, run.why);
    else assert.equal(got, want, run.why);
    if (check) check(run);
    nothingCommitted([run]);
    runs.push(run);
  }
  return runs;
}

/* the one event of that action the run made had `key` equal to `v` */
const did = (action, key, v) => (run) => assert.equal(g.one(run, action)[key], v, run.why);

/* nothing was cancelled, rebooked or sent while looking */
function nothingCommitted(runs) {
  for (const run of runs) {
    const bad = g.events(run, null, (e) => /^(cancel|rebook)$/.test(e.action));
    assert.deepEqual(bad, [], run.why);
  }
}

test('the entity\'s own details: its Details button opens a dialog, read there (a person, a place, a time, a duration, yes or no)', async () => {
  await asks('/explore-vet-visits.html', [
    /* full tier: the room and the time below read this dialog; a person
     * ("who painted ..."), a duration and a yes or no (the Coastal Line's)
     * are read in the tests below */
    ...full([['who will see Mochi at the blood test?', 'Dr Lena Hart']]),
    /* the dialog opened is the entity's own, not the first card's */
    ["which room is Mochi's blood test in?", 'Lab 3', did('details', 'd', 'd3')],
    // full tier: the room above covers the dialog of the entity named, read there
    ...full([["what time should we arrive for Pepper's booster vaccination?", '16:40', did('details', 'd', 'd2')]]),
    ...full([["how long does Mochi's blood test take?", '30 minutes'],
      ["is Biscuit's dental cleaning included in the wellness plan?", /^No: Not covered/]]),
    // further phrasings and entities of the same readings: the full tier
    ...full([
      ["who is the vet for Biscuit's dental cleaning?", 'Dr Amara Osei', did('details', 'd', 'd1')],
      ["where is Pepper's booster vaccination taking place?", 'Consulting room 1'],
      ["what time do we need to be there for Mochi's blood test?", '09:05'],
      ["how long will Pepper's booster vaccination take?", '15 minutes'],
      ["does the wellness plan cover Biscuit's dental cleaning?", /^No: Not covered/],
      ["does the wellness plan cover Mochi's blood test?", /^Yes: Covered/],
    ]),
  ]);
});

test('a card a person clicks opens its drawer: the artist, the gallery, the date of acquisition', async () => {
  await asks('/explore-museum.html', [
    ['who painted Harbour at Dusk?', 'Elin Varga', did('artwork', 'a', 'harbour')],
    // full tier: the drawers read here twice, and a place ("which room is Mochi's blood test in?") above
    ...full([['where is The Night Ferry displayed?', 'Room 9, first floor']]),
    // full tier: "who painted Harbour at Dusk?" covers the drawer of the card named
    ...full([['when did the museum acquire After the Gale?', '30 Jan 1962', did('artwork', 'a', 'gale')]]),
    // further phrasings and artworks of the same readings: the full tier
    ...full([
      ['who is the artist of The Night Ferry?', 'Samuel Oduya'],
      ['which room is Harbour at Dusk in?', 'Room 12, first floor'],
      ['when was Harbour at Dusk acquired?', '14 May 1987'],
      /* a year under the label the question names, not another date */
      ['tell me when The Night Ferry was painted', '1958'],
      ['which gallery shows Harbour at Dusk?', 'Room 12, first floor'],
    ]),
  ]);
});

test('the entity\'s own page, then the tab that holds it: the total duration (not a leg\'s, not a frequency), a fare, a refund policy', async () => {
  await asks('/explore-rail.html', [
    /* the card says "Every 30 minutes": how often, not how long */
    ['how long does the Coastal Line take?', '2 h 40 min'],
    // full tier: the route's page and its Fares tab are read by the question above and "can I cancel an Anytime ticket for free?" below
    ...full([['what does a Saver single cost on the Coastal Line?', '£24.50'],
      ['is the Saver ticket on the Coastal Line refundable?', /^No\b.*Non-refundable/]]),
    // further phrasings and routes of the same readings: the full tier
    ...full([
      ["what's the journey time on the Valley Line?", '1 h 50 min'],
      ['how long is the trip on the Valley Line?', '1 h 50 min'],
      ['how much is an Anytime single on the Valley Line?', '£29.50'],
      ['can I get a refund on a Saver ticket for the Valley Line?', /^No\b.*Non-refundable/],
    ]),
  ]);
  /* on the route's own page: the tab whose content answers */
  await asks('/explore-rail-coastal.html', [
    ['can I cancel an Anytime ticket for free?', /^Yes\b.*free cancellation/, did('tab', 'tab', 'Fares')],
    ...full([
      ['how long is the journey?', '2 h 40 min'],
      ['how much is the Anytime fare?', '£41.00'],
    ]),
  ]);
});

test('a dropdown says whose record the page shows: the pet the question names is chosen first', async () => {
  await asks('/explore-vet.html', [
    ["when is Pepper's rabies vaccination next due?", '21 Aug 2026', did('pet', 'v', 'pepper')],
    // further phrasings and pets of the same choice: the full tier
    ...full([
      ["when is Pepper's leptospirosis jab due next?", '2 Sep 2026'],
      ["when is Mochi's feline leukaemia vaccine next due?", '5 Jul 2026'],
      ['what did Mochi weigh at her last weigh-in?', '5.1 kg', did('pet', 'v', 'mochi')],
      ['how heavy is Pepper?', '17.8 kg'],
      ['which vet looks after Pepper?', 'Dr Tomasz Wren'],
      ["who is Mochi's vet?", 'Dr Lena Hart'],
    ]),
  ]);
  /* the record shown already: nothing to choose; the column the
   * question names ("due"), not the first date of the row */
  const [run] = await asks('/explore-vet.html', [["when is Biscuit's rabies booster due?", '3 Feb 2026']]);
  assert.deepEqual(g.events(run, 'pet'), [], run.why);
});

test('a closed tab, section or tree node whose label or content says the question\'s words: opened, then read', async () => {
  // the same tab as the bicycles' below (the Anytime ticket's Fares tab above covers a closed tab opened): the full tier
  await asks('/explore-rail-coastal.html', full([
    ['until what time is the café car open?', '19:00', did('tab', 'tab', 'On board')],
  ]));
  await asks('/explore-rail-valley.html', full([
    ['until when is the café car open?', '21:30'],
  ]));
  /* "allow 12 min" in the open tab says too little of "bicycles allowed" */
  // full tier: the Anytime ticket's Fares tab above covers a closed tab opened for the question
  await asks('/explore-rail-coastal.html', full([
    ['are bicycles allowed on the Coastal Line?', /^Yes\b.*Bicycles: 2 spaces/, did('tab', 'tab', 'On board')],
  ]));
  await asks('/explore-museum.html', [
    ['what temperature is the paper store kept at?', '16 °C', did('node', 'n', 'Conservation studio')],
    ['how long does the highlights tour last?', '45 minutes', did('section', 's', 'Highlights tour')],
    // further phrasings of the same node and section: the full tier
    ...full([
      ['how cold is the paper store?', '16 °C'],
      ['at what temperature is the paper store held?', '16 °C'],
      ['how many seats does the reading room have?', '40'],
      ['what time does the highlights tour start?', '11:00'],
      ['how much are curator talk tickets?', '£6'],
    ]),
  ]);
});

test('exploring never presses what commits or destroys: an entity with only Cancel and a submit fails with the reason', async () => {
  // further questions on the same entity: the full tier
  for (const q of ["who is the vet for Pepper's nail trim?", ...full(["which room is Pepper's nail trim in?", "what time should we arrive for Pepper's nail trim?"])]) {
    const run = await crawl(g.api, `Open ${g.G('/explore-vet-visits.html')} and ${q}`, { expect: null });
    assert.deepEqual(g.events(run), [], run.why);
    assert.equal(run.task.status, 'failed', run.why);
  }
});

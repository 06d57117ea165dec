// Grounding, an item's action and the form it opens, from one request:
// "enrol Tom Reyes (tom@reyes.io) in the Tuesday evening Spanish B1 course,
// pay by invoice" presses the course's Enrol, fills the form it opened from
// the rest of the words and sends it with the form's main button. The form
// comes as a dialog (a language school), as a new page in the same tab (a
// boat charter), as the second step of a wizard (a museum's ticket desk) and
// as a panel on the item's own page, reached by its title link (a tool
// library). "don't send it" fills and stops; data nothing on the form takes
// fails the step naming it, and nothing is sent.
// Pages: tests/fixtures/grounding/chain-*.html; the agent: 24-chain.js.
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-chain');
const G = g.G;

/** Runs phrase p on page: the page got one sending event (action) with the fields of want. */
async function sentOnce(page, p, action, want) {
  const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
  const evs = g.events(run, action);
  assert.equal(evs.length, 1, `one "${action}" event for: ${p}\n${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
  const got = {};
  for (const k of Object.keys(want)) got[k] = evs[0][k];
  assert.deepEqual(got, want, `${p}\n${run.why}`);
  return run;
}

/** Each phrasing sends once, and the result row says what was filled and sent. */
async function sends(page, phrases, action, want) {
  for (const p of phrases) {
    const run = await sentOnce(page, p, action, want);
    const text = run.steps.map((s) => String(s.result)).join(' | ');
    assert.match(text, /filled [^;]*=[^;]*; sent with "/, `${p}\n${run.why}`);
  }
}

// full tier: grounding_forms4 "kayak dialog: ..." covers an item's button opening a dialog filled from the words and sent, "don't send it" below this dialog
testFull('language school: the row\'s Enrol opens a dialog, filled from the words and confirmed', async () => {
  await sends('/chain-school.html', [
    // further phrasings: the full tier
    ...full([
      'sign Tom Reyes up for Spanish B1 on Tuesday evening, e-mail tom@reyes.io, payment: invoice',
      'I want to take the Tue 19:30 Spanish B1 class as Tom Reyes, tom@reyes.io, paying by invoice',
      'enrol Tom Reyes (tom@reyes.io) in the Tuesday evening Spanish B1 course, paying by invoice',
    ]),
    'enrol Tom Reyes (tom@reyes.io) in the Tuesday evening Spanish B1 course, pay by invoice',
  ], 'enrol', { course: 'es-b1-tue', name: 'Tom Reyes', email: 'tom@reyes.io', pay: 'Invoice' });
});

test('boat charter: the card\'s Get a quote opens a new page whose form is filled and sent', async () => {
  await sends('/chain-charter.html', [
    // further phrasings: the full tier
    ...full([
      'request a quote for the 12 m catamaran, dates 2 to 9 August 2026, 6 guests, name Lee Park, lee@park.io',
      'I\'d like a quote for Sea Breeze, 2026-08-02 to 2026-08-09, 6 guests, Lee Park, lee@park.io',
    ]),
    'ask for a quote on the 12 m catamaran (not the 14 m one): 6 guests, dates 2 to 9 August 2026, Lee Park (lee@park.io), with a skipper',
  ], 'quote', { boat: 'breeze', from: '2026-08-02', to: '2026-08-09', guests: '6', name: 'Lee Park', email: 'lee@park.io' });
});

// full tier: "tool library: the item's own page, its Borrow, then the panel of loan details" covers an item's control moving to the part then filled, grounding_forms2 "tickets: ..., the wizard to Pay" a wizard
testFull('museum: Select moves the wizard to its second step, which is filled and bought', async () => {
  await sends('/chain-museum.html', [
    'buy 3 tickets for the Saturday 14:00 entry for Ana Ruiz, ana@ruiz.es, with an audio guide',
    // further phrasings: the full tier
    ...full([
      'book the Saturday afternoon visit for Ana Ruiz (ana@ruiz.es), 3 tickets, with the audio guide',
      'reserve the Saturday 14:00 slot for Ana Ruiz, ana@ruiz.es, 3 tickets and an audio guide',
    ]),
  ], 'buy', { slot: 'sat-14', name: 'Ana Ruiz', email: 'ana@ruiz.es', tickets: '3', audio: true });
});

test('tool library: the item\'s own page, its Borrow, then the panel of loan details', async () => {
  await sends('/chain-tools.html', [
    // further phrasings: the full tier
    ...full([
      'I\'d like to borrow the 18V drill from 12 to 15 June 2026: Jo Lund, member number 5521, I accept the lending rules',
      'borrow the 18V cordless drill for Jo Lund (member number 5521) from 2026-06-12 to 2026-06-15, lending rules accepted',
    ]),
    'Borrow the cordless drill (not the compact one) for Jo Lund, number 5521, 12 to 15 June 2026, accepting the lending rules',
  ], 'borrow', { tool: 'drill-18', name: 'Jo Lund', number: '5521', out: '2026-06-12', back: '2026-06-15' });
});

test('language school: "don\'t send it" fills the dialog and leaves it open', async () => {
  for (const p of [
    'enrol Tom Reyes (tom@reyes.io) in the Saturday Spanish B1 course, but don\'t send it',
    // further phrasings: the full tier
    ...full([
      'sign Tom Reyes up for Spanish B1 on Saturday, e-mail tom@reyes.io, without confirming',
      'enrol Tom Reyes in the Saturday morning Spanish B1 course, tom@reyes.io, do not submit',
    ]),
  ]) {
    /* a second step lets the page's last reports out before the task ends */
    const run = await crawl(g.api, `Open ${G('/chain-school.html')}. ${p}. Then wait 1 second.`);
    assert.equal(g.events(run, 'enrol').length, 0, `${p}\n${run.why}`);
    assert.deepEqual(g.events(run, 'open').map((e) => e.course), ['es-b1-sat'], `${p}\n${run.why}`);
    const set = Object.fromEntries(g.events(run, 'field').map((e) => [e.field, e.value]));
    assert.deepEqual([set.fullname, set.mail], ['Tom Reyes', 'tom@reyes.io'], `${p}\n${run.why}`);
    assert.match(run.steps.map((s) => String(s.result)).join(' | '), /not sent/, `${p}\n${run.why}`);
  }
});

test('data no field of the form takes fails the step naming it, and nothing is sent', async () => {
  for (const [page, p, what, action] of [
    ['/chain-school.html', 'enrol Tom Reyes (tom@reyes.io) in the Tuesday evening Spanish B1 course, shoe size 44', 'shoe size 44', 'enrol'],
    // the same failure on the other forms: the full tier
    ...full([
      ['/chain-museum.html', 'buy 3 tickets for the Saturday 14:00 entry for Ana Ruiz, ana@ruiz.es, parking for a van', 'parking for a van', 'buy'],
      ['/chain-charter.html', 'request a quote for the 12 m catamaran, 6 guests, Lee Park, lee@park.io, departure port Split', 'departure port Split', 'quote'],
    ]),
  ]) {
    const run = await g.nothingSent(page, p, action);
    assert.match(run.why, new RegExp(`no place for "${what}"`), `${p}\n${run.why}`);
  }
});

// full tier: "boat charter: the card's Get a quote opens a new page ..." covers this form; grounding_forms4 "kayak dialog: the sentences after ..." the sentences after the opening one
testFull('the data in sentences of their own: the form the first opened is filled by the next and sent at the end', async () => {
  for (const [page, p, action, want] of [
    ['/chain-charter.html', 'Request a quote for the 12 m catamaran. Guests: 6. Dates: 2026-08-02 to 2026-08-09. Name: Lee Park, lee@park.io.', 'quote',
      { boat: 'breeze', from: '2026-08-02', to: '2026-08-09', guests: '6', name: 'Lee Park', email: 'lee@park.io' }],
    // the same on the other forms: the full tier
    ...full([
      ['/chain-school.html', 'Enrol in the Saturday Spanish B1 course. Full name: Tom Reyes. E-mail: tom@reyes.io. Payment: invoice.', 'enrol',
        { course: 'es-b1-sat', name: 'Tom Reyes', email: 'tom@reyes.io', pay: 'Invoice' }],
      ['/chain-museum.html', 'Select the Saturday 14:00 entry. Visitor: Ana Ruiz, ana@ruiz.es. 3 tickets, with an audio guide.', 'buy',
        { slot: 'sat-14', name: 'Ana Ruiz', email: 'ana@ruiz.es', tickets: '3', audio: true }],
    ]),
  ]) await sentOnce(page, p, action, want);
});

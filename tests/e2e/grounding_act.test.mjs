// Grounding, the act side of issue 10: a clause no intent reads is read
// against the page at run time (STEP_DO -> __bai.interpret): fields named by
// their labels and their values, the slots of a sentence, options named
// alone, a control the words name, a status or action on an item, tree
// paths, Load more until the thing shows; and a search on a page with no
// search box fills the page's form. Pages: tests/fixtures/grounding/act-*.
import assert from 'node:assert/strict';
import { test, testFull, FULL, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-act');
const G = g.G;

const { events: evs, one } = g;

test('field-and-value clauses, then the request: each value in the field its label names', async () => {
  const run = await crawl(g.api, `Open ${G('/act-clinic.html')}. Patient name Ada Park. Email: ada@x.io. ` +
    'Reason "sore throat". Telephone 555 0199. Then request the appointment');
  const f = one(run, 'submit').fields;
  assert.equal(f.patient, 'Ada Park', run.why);
  assert.equal(f.email, 'ada@x.io', run.why);
  assert.equal(f.reason, 'sore throat', run.why);
  assert.equal(f.phone, '555 0199', run.why);
});

test('fields by synonyms of their labels, in the form most of them are in (not the newsletter frame), a radio by its option', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}. First name Ada, surname Lovelace, e-mail ada@example.com, ` +
    'team Blue, ticket T-1815. Then create the account');
  const subs = g.site.eventsSince(run.since, (e) => e.action === 'submit' && e.form === 'signup');
  assert.equal(subs.length, 1, run.why);
  const f = subs[0].fields;
  assert.deepEqual([f.given, f.family, f.mail, f.team, f.ticket], ['Ada', 'Lovelace', 'ada@example.com', 'blue', 'T-1815'], run.why);
  assert.equal(g.site.eventsSince(run.since, (e) => e.page === 'newsletter').length, 0, run.why);
});

// full tier: grounding_forms2 "clinic: which part is the first name, an address in lowercase, ..." covers values as the words give them, "field-and-value clauses, then the request" this form
testFull('lower case slots, and a "for" that is no name stays in its value', async () => {
  const run = await crawl(g.api, `Open ${G('/act-clinic.html')}. Reason pain in the knee for two weeks. ` +
    'Book an appointment with dr lee for ada park');
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.reason, f.doctor, f.patient], ['pain in the knee for two weeks', 'Dr Amara Lee', 'ada park'], run.why);
});

// full tier: the coach booking below covers slots of a sentence with a date and a time, "lower case slots" above this form
testFull('a slot sentence: for NAME on DATE at TIME with DOCTOR, and the form is sent', async () => {
  const run = await crawl(g.api, `Open ${G('/act-clinic.html')} and request an appointment for Ada Park on 5 May 2026 at 2:45 pm with Dr Lee`);
  const f = one(run, 'submit').fields;
  assert.equal(f.patient, 'Ada Park', run.why);
  assert.equal(f.date, '2026-05-05', run.why);
  assert.equal(f.time, '14:45', run.why);
  assert.equal(f.doctor, 'Dr Amara Lee', run.why);
});

// full tier: "a site search box beside the form" covers slot words filling this flights form (one way and a class: grounding_forms2 "flights: a custom calendar")
testFull('"search one-way flights from A to B on D, business class": a form, not a search box', async () => {
  const run = await crawl(g.api, `Open ${G('/act-flights.html')} and search one-way flights from Oslo to Rome on 2 May 2026, business class`);
  const f = one(run, 'submit').fields;
  assert.deepEqual({ ...f }, { trip: 'oneway', origin: 'Oslo', destination: 'Rome', depart: '2026-05-02', cabin: 'Business', adults: '1' }, run.why);
});

// full tier: grounding_forms2 "airport fields that suggest as one types" covers picking each field's suggestion, then sending
testFull('fields that suggest as one types: the suggestion each value names is picked, then the form is sent', async () => {
  const run = await crawl(g.api, `Open ${G('/act-trains.html')} and search trains from Bergen to Oslo Central on 12 June 2026`);
  const e = one(run, 'search');
  assert.deepEqual([e.from, e.to, e.date], ['BGO', 'OSL', '2026-06-12'], run.why);
});

test('a site search box beside the form: slot words fill the form, a plain search uses the box', async () => {
  let run = await crawl(g.api, `Open ${G('/act-flights.html')} and search flights from Oslo to Rome on 2 May 2026`);
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.origin, f.destination, f.depart], ['Oslo', 'Rome', '2026-05-02'], run.why);
  assert.equal(evs(run, 'sitesearch').length, 0, run.why);
  run = await crawl(g.api, `Open ${G('/act-flights.html')} and search for baggage rules`);
  assert.equal(one(run, 'sitesearch').q, 'baggage rules', run.why);
  assert.equal(evs(run, 'submit').length, 0, run.why);
});

// full tier: grounding_dialogs "a promo code typed into the basket drawer's field" covers a code typed, then its Apply
testFull('"try the promo code SPRING": typed into the promo field, then its Apply', async () => {
  const run = await crawl(g.api, `Open ${G('/act-clinic.html')}, then try the promo code SPRING`);
  assert.equal(one(run, 'promo').code, 'SPRING', run.why);
});

// full tier: grounding_scope 'a consent bar in a shadow root: "close the cookie notice"' covers a banner answered without accepting
testFull('"refuse the optional cookies": the button that keeps only the necessary ones', async () => {
  const run = await crawl(g.api, `Open ${G('/act-clinic.html')}. Refuse the optional cookies`);
  assert.equal(one(run, 'cookies').choice, 'necessary', run.why);
});

// full tier: '"set X to Y", "reassign X to Y"' covers the Won button in the deal's row
testFull('status verbs: the control in the item the words name', async () => {
  let run = await crawl(g.api, `Open ${G('/act-crm.html')} and mark the Globex deal as won`);
  assert.deepEqual([one(run, 'status').deal, one(run, 'status').status], ['globex', 'won'], run.why);
  // further status verbs (a dropdown in a row stays in "reassign X to Y"): the full tier
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/act-crm.html')} and mark the Initech pilot as urgent`);
    assert.deepEqual([one(run, 'priority').deal, one(run, 'priority').value], ['initech', 'Urgent'], run.why);
    run = await crawl(g.api, `Open ${G('/act-crm.html')} and star Acme`);
    assert.equal(one(run, 'star').deal, 'acme', run.why);
  }
});

test('"set X to Y", "reassign X to Y": a button or a dropdown in X\'s row', async () => {
  let run = await crawl(g.api, `Open ${G('/act-crm.html')} and set the Acme deal to won`);
  assert.deepEqual([one(run, 'status').deal, one(run, 'status').status], ['acme', 'won'], run.why);
  run = await crawl(g.api, `Open ${G('/act-crm.html')} and reassign the Globex deal to Lee`);
  assert.deepEqual([one(run, 'owner').deal, one(run, 'owner').value], ['globex', 'Lee'], run.why);
});

// full tier: grounding_items "chat: reactions by name through the message's picker" covers a reaction on a message named by person and subject
testFull('"react with a heart to Mo\'s message about the lift": that message, that reaction', async () => {
  const run = await crawl(g.api, `Open ${G('/act-crm.html')} and react with a heart to Mo's message about the lift`);
  const e = one(run, 'react');
  assert.deepEqual([e.msg, e.emoji], ['mo-lift', 'heart'], run.why);
});

// full tier: grounding_items "chat: reactions by name through the message's picker" covers a message's control by person and subject
testFull('"pin the message from Sasha about the lift"', async () => {
  const run = await crawl(g.api, `Open ${G('/act-crm.html')} and pin the message from Sasha about the lift`);
  assert.equal(one(run, 'pin').msg, 'sasha-lift', run.why);
});

// full tier: grounding_forms2 'apps: "compose an email to ... and send it": Compose opens the form' covers the verb's button opening the form the rest fills
testFull('"log a call with outcome Busy": the button opens the form, the rest fills and saves it', async () => {
  const run = await crawl(g.api, `Open ${G('/act-crm.html')} and log a call with outcome Busy and notes call back on Monday`);
  const e = one(run, 'call');
  assert.deepEqual([e.outcome, e.notes], ['Busy', 'call back on Monday'], run.why);
});

// full tier: grounding_trees 'drive: "Download budget.xlsx (it is in Projects / 2026 / Q2)"' covers the path opened, then the file's row
testFull('a file in a collapsed folder: the path opened first, then the icon in that file\'s row', async () => {
  const run = await crawl(g.api, `Open ${G('/act-files.html')} and download readme.md (it is in Projects / 2026)`);
  assert.equal(one(run, 'download').what, '2026/readme.md', run.why);
});

// full tier: grounding_trees 'lazy role=tree: "open Regions › Europe › Portugal › Lisbon office"' covers a path of folders opened in order
testFull('"open Photos › Trips 2024": each folder in order', async () => {
  const run = await crawl(g.api, `Open ${G('/act-files.html')} and open Photos › Trips 2024`);
  assert.deepEqual(evs(run, 'toggle').map((e) => e.folder), ['Photos', 'Trips 2024'], run.why);
});

test('a coach booking: slots and an option named alone, Next, the passenger, then the booking', async () => {
  const run = await crawl(g.api, `Open ${G('/act-bus.html')}. I need a seat on the upper deck. ` +
    '2 tickets from Leeds to York on 03/06/2026 at 09:15. Full name Ada Park. Your e-mail ada@x.io. Confirm the booking');
  const j = one(run, 'journey');
  assert.deepEqual([j.from, j.to, j.day, j.dep, j.n, j.deck], ['Leeds', 'York', '03/06/2026', '09:15', '2', 'upper'], run.why);
  const b = one(run, 'book');
  assert.deepEqual([b.fullname, b.mail], ['Ada Park', 'ada@x.io'], run.why);
});

test('a button behind a step the words do not ask for: the step says so, nothing is pressed', async () => {
  const run = await crawl(g.api, `Open ${G('/act-bus.html')} and confirm the booking`, { expect: 'failed' });
  assert.match(run.task.error, /not shown/, run.why);
  assert.equal(g.site.eventsSince(run.since).length, 0, run.why);
});

// full tier: "field-and-value clauses, then the request" covers fields by what names them, grounding_forms6 '"From: Lisbon. To: Copenhagen. ..."' labels said with a colon
testFull('a mail form by its placeholders and aria labels: "To: ...", "subject ...", "reference ..."', async () => {
  const run = await crawl(g.api, `Open ${G('/act-mail.html')}. To: ana@x.io. Subject "Lunch on Friday". Reference 99812. Then send it`);
  const f = one(run, 'send').fields;
  assert.deepEqual([f.to, f.subject, f.ref, f.cc], ['ana@x.io', 'Lunch on Friday', '99812', ''], run.why);
});

test('"fill in ... Then send it" after the filling sent the form and the page moved on: done, sent once', async () => {
  // further phrasings of the tail: the full tier
  for (const tail of ['Then send it.', ...full(['and submit it', 'Then submit the form.'])]) {
    const run = await crawl(g.api, `Open ${G('/act-seeds.html')} and fill in: member number: 4471, variety: The Cherokee Purple, ` +
      `grower: Southern Exposure, type: Tomato, why: "it survived our July heat". ${tail}`);
    const sent = evs(run, 'suggest');
    assert.equal(sent.length, 1, run.why);
    assert.deepEqual(sent[0].fields, { member: '4471', variety: 'The Cherokee Purple', grower: 'Southern Exposure', type: 'Tomato',
      why: 'it survived our July heat' }, run.why);
    assert.match(run.last.text, /the step before sent the form|submitted|Send suggestion/, run.why);
  }
});

// full tier: grounding_planner "a path of menus, then the question in the next sentence" covers a menu path opened
testFull('navigation: "the Deals page using the navigation", "in the docs menu open Operations"', async () => {
  let run = await crawl(g.api, `Open ${G('/act-mail.html')} and go to the Deals page using the navigation`);
  assert.equal(one(run, 'nav').where, 'Deals', run.why);
  run = await crawl(g.api, `Open ${G('/act-mail.html')}, then in the docs menu open Operations`);
  assert.equal(one(run, 'nav').where, 'Operations', run.why);
});

test('load more until the thing named shows, and until all N show', async () => {
  let run;
  // full tier: grounding_planner '"find X (load more if needed). How much was it?"' covers loading until the thing named shows
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/act-crm.html')}. Find the payment to Ocean Books (load more if needed)`);
    const did = run.steps.filter((s) => s.action === 'do').map((s) => s.text).join(' | ');
    assert.match(did, /Load more/, run.why);
    assert.match(did, /Ocean Books/, run.why);
  }
  run = await crawl(g.api, `Open ${G('/act-crm.html')} and keep loading until it shows all 9`);
  assert.match(run.last.text, /Load more/, run.why);
  run = await crawl(g.api, `Open ${G('/act-crm.html')} and keep loading until it shows all 12`, { expect: 'failed' });
  assert.match(run.task.error, /did not reach 12 items, and nothing more loads/, run.why);
});

// full tier: grounding_trees "a handbook whose every link loads a page" covers a path of links each loading the next page
testFull('a path of links, each loading a new page that shows the next: "go to Guides › Deploy › Docker"', async () => {
  const run = await crawl(g.api, `Open ${G('/act-docs.html')} and go to Guides › Deploy › Docker`);
  assert.match(run.state.url || '', /\?p=docker$/, run.why);
});

test('nothing on the page fits: the step fails with the reason, no half success', async () => {
  const run = await crawl(g.api, `Open ${G('/act-crm.html')} and frobnicate the quantum widget`, { expect: 'failed' });
  assert.match(run.why, /nothing on the page fits|could not understand/, run.why);
  assert.equal(g.site.eventsSince(run.since).length, 0, run.why);
});

stopsCleanly(g);

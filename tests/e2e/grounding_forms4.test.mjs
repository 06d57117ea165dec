// Grounding, a request said over several sentences into one form (issue 10):
// the form reading's send is held while a later step of the plan acts, so the
// sentences after ("We'd like lunch.", "The band leader is 17.", "Note: ...")
// fill the same form before it goes (a dialog an item's button opened, a
// wizard's search step, a plain form); a box whose label starts with a verb
// ("Add a packed lunch") is ticked by its thing alone; "add the wetsuit
// rental" ticks that box, and the dialog the box opens to ask first is
// answered by its button that agrees. A form's button named by what it does
// ("send the request" for "Request appointment"), a form whose reply is
// another page, ARIA radios in a list of values ("..., one way, 5 May"), a
// place picked from suggestions by its first word when the whole name shows
// none, a field in another <form> than the one its button names, and a
// card's hosted fields, each in a frame, known by their autofill purpose.
// Pages: tests/fixtures/grounding/forms4-*.html, forms5-*.html.
import assert from 'node:assert/strict';
import { test, testFull, FULL } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-forms4');
const G = g.G;

test('kayak dialog: the sentences after the booking fill the dialog before it is sent', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-kayak.html')} reserve the Seal Island Loop for Mia Holm, mia.holm@posteo.se. We'd like lunch; we meet around 8am. Notes for the guide: first time in a kayak`);
  let e = g.one(run, 'reserve');
  assert.deepEqual([e.tour, e.name, e.email, e.meet, e.lunch, e.wetsuit, e.notes], ['seal', 'Mia Holm', 'mia.holm@posteo.se', '07:00–09:00', true, false, 'first time in a kayak'], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `Book the Glacier Edge Expedition on ${G('/forms4-kayak.html')} for Ola Berg, ola@berg.no. Add the packed lunch. Meeting time around 12:30.`);
    e = g.one(run, 'reserve');
    assert.deepEqual([e.tour, e.name, e.email, e.meet, e.lunch], ['glacier', 'Ola Berg', 'ola@berg.no', '11:00–13:00', true], run.why);
    run = await crawl(g.api, `On ${G('/forms4-kayak.html')} reserve the Sunrise Fjord Paddle for Kai Moe, kai@moe.no. Add the packed lunch. Note for the guide: we bring our own paddles`);
    e = g.one(run, 'reserve');
    assert.deepEqual([e.tour, e.name, e.lunch, e.notes], ['sunrise', 'Kai Moe', true, 'we bring our own paddles'], run.why);
  }
});

test('kayak dialog: "add the wetsuit rental" ticks the box, and its question is agreed to', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-kayak.html')} reserve the Seal Island Loop for Mia Holm (mia.holm@posteo.se) and add the wetsuit rental`);
  let e = g.one(run, 'reserve');
  assert.deepEqual([e.tour, e.name, e.wetsuit, e.lunch], ['seal', 'Mia Holm', true, false], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `${G('/forms4-kayak.html')}: reserve the Sunrise Fjord Paddle for Jon Lie, jon@lie.no. Add the wetsuit rental too.`);
    e = g.one(run, 'reserve');
    assert.deepEqual([e.tour, e.name, e.wetsuit], ['sunrise', 'Jon Lie', true], run.why);
  }
});

// full tier: the kayak dialog's sentences above cover sentences after the request filling the form it opened, grounding_forms2 "tickets: ..., the wizard to Pay" a wizard
testFull('studio wizard: a statement after the search fills its step before it is sent', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-studio.html')} look for Studio B on 2027-03-04 at 21:00. The band leader is 17.`);
  let e = g.one(run, 'search');
  assert.deepEqual([e.room, e.day, e.start, e.age], ['Studio B (6 people)', '2027-03-04', '21:00', 'Under 18'], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `Search ${G('/forms4-studio.html')} for Studio A on 2027-06-01 at 10:00. Our band leader is 30 years old.`);
    e = g.one(run, 'search');
    assert.deepEqual([e.room, e.day, e.start, e.age], ['Studio A (4 people)', '2027-06-01', '10:00', '26 or older'], run.why);
  }
});

// full tier: the kayak dialog's "Notes for the guide: ..." covers a note said after the fields
testFull('vet call back: a note said after the fields goes in before the form is sent', async () => {
  let run = await crawl(g.api, `${G('/forms4-vet.html')} please: owner Lena Vik, phone 0470 123 456, call in the morning. Note: "Bella is limping since Sunday"`);
  let e = g.one(run, 'callback');
  assert.deepEqual([e.owner, e.phone, e.when, e.notes], ['Lena Vik', '0470 123 456', 'Morning (8–12)', 'Bella is limping since Sunday'], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `${G('/forms4-vet.html')} - name Ana Ruiz, phone 0470 999 000, call me in the afternoon. Message: she needs her booster jab`);
    e = g.one(run, 'callback');
    assert.deepEqual([e.owner, e.when, e.notes], ['Ana Ruiz', 'Afternoon (12–17)', 'she needs her booster jab'], run.why);
    run = await crawl(g.api, `At ${G('/forms4-vet.html')} request a call back for Tom Reed, phone 0470 555 010. Tell the vet that the cat stopped eating.`);
    e = g.one(run, 'callback');
    assert.deepEqual([e.owner, e.phone], ['Tom Reed', '0470 555 010'], run.why);
    assert.match(e.notes, /cat stopped eating/, run.why);
  }
});

// full tier: grounding_dates "mountain hut: ..., adults and children counters in a popup its button opens" covers counters in a popup
testFull('cruise search: counters in a popup inside the form, opened by the control that shows what they set', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-cruise.html')} search for a cruise on 2027-05-08 for 2 adults and 1 child`);
  let e = g.one(run, 'search');
  assert.deepEqual([e.day, e.adults, e.children, e.cabins], ['2027-05-08', 2, 1, 1], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `${G('/forms4-cruise.html')}: find cruises on 14 June 2027, 3 adults in 2 cabins`);
    e = g.one(run, 'search');
    assert.deepEqual([e.day, e.adults, e.children, e.cabins], ['2027-06-14', 3, 0, 2], run.why);
    run = await crawl(g.api, `Go to ${G('/forms4-cruise.html')} and look for a sailing on 2027-09-02, 2 adults and 2 kids`);
    e = g.one(run, 'search');
    assert.deepEqual([e.day, e.adults, e.children], ['2027-09-02', 2, 2], run.why);
  }
});

test('cleaners (an iframe): "look up my order: ..." sends the lookup; a box said after it is ticked first', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-cleaners.html')} look up my order: reference DC-2231, surname Berg. Tick the box to get a text when it is ready.`);
  let e = g.one(run, 'lookup');
  assert.deepEqual([e.ref, e.surname, e.sms], ['DC-2231', 'Berg', 'yes'], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `On ${G('/forms4-cleaners.html')} look up my order: order reference DC-9001, surname Moen. Tick the box so I get an sms once it's ready.`);
    e = g.one(run, 'lookup');
    assert.deepEqual([e.ref, e.surname, e.sms], ['DC-9001', 'Moen', 'yes'], run.why);
    run = await crawl(g.api, `${G('/forms4-cleaners.html')} - look up order DC-4410, last name Okafor`);
    e = g.one(run, 'lookup');
    assert.deepEqual([e.ref, e.surname, e.sms], ['DC-4410', 'Okafor', null], run.why);
    run = await crawl(g.api, `At ${G('/forms4-cleaners.html')} look up order reference DC-5120, last name Smit, and tick text me when it is ready`);
    e = g.one(run, 'lookup');
    assert.deepEqual([e.ref, e.surname, e.sms], ['DC-5120', 'Smit', 'yes'], run.why);
  }
});

// full tier: grounding_statements' removals ("Call me rather than e-mailing") covers a channel picked by meaning
testFull('kayak dialog: "remind me by text message" picks the channel, not words for the notes', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-kayak.html')} reserve the Seal Island Loop for Mia Holm, mia.holm@posteo.se, and remind me by text message.`);
  let e = g.one(run, 'reserve');
  assert.deepEqual([e.tour, e.name, e.remind, e.notes], ['seal', 'Mia Holm', 'sms', ''], run.why);
  if (FULL) { // further phrasings: the full tier
    run = await crawl(g.api, `Reserve the Sunrise Fjord Paddle on ${G('/forms4-kayak.html')} for Jon Lie (jon@lie.no). Remind me via SMS please.`);
    e = g.one(run, 'reserve');
    assert.deepEqual([e.tour, e.name, e.remind, e.notes], ['sunrise', 'Jon Lie', 'sms', ''], run.why);
    run = await crawl(g.api, `${G('/forms4-kayak.html')}: reserve the Glacier Edge Expedition for Ola Berg, ola@berg.no, and remind us via text.`);
    e = g.one(run, 'reserve');
    assert.deepEqual([e.tour, e.name, e.remind, e.notes], ['glacier', 'Ola Berg', 'sms', ''], run.why);
  }
});

// full tier: the kayak dialog covers an item's action and the dialog it opens, filled from the rest
testFull('storage: "switch me to X, <term>, <extras>" is the item\'s action and the dialog it opens', async () => {
  let run, e;
  if (FULL) { // further phrasings: the full tier (the quick one keeps the one with an extra)
    run = await crawl(g.api, `Switch me to the Medium room on ${G('/forms4-storage.html')}, 1 month term, no insurance`);
    e = g.one(run, 'switch');
    assert.deepEqual([e.unit, e.term, e.insurance], ['Medium room', '1', false], run.why);
  }
  run = await crawl(g.api, `On ${G('/forms4-storage.html')} switch me to the Large garage for 6 months with contents insurance`);
  e = g.one(run, 'switch');
  assert.deepEqual([e.unit, e.term, e.insurance], ['Large garage', '6', true], run.why);
  if (FULL) {
    run = await crawl(g.api, `${G('/forms4-storage.html')} - switch me to the Large garage, 1 month, and add the contents insurance`);
    e = g.one(run, 'switch');
    assert.deepEqual([e.unit, e.term, e.insurance], ['Large garage', '1', true], run.why);
  }
});

// full tier: grounding_forms2 'apps: "compose an email to ... and send it"' covers a form sent by the request's verb
testFull('clinic: "send the request" presses "Request appointment"; the reply page ends the step', async () => {
  let run = await crawl(g.api, `On ${G('/forms4-clinic.html')} fill in full name Ada Lovelace, tick the privacy policy and send the request`);
  let e = g.one(run, 'sent');
  assert.deepEqual([e.name, e.privacy, e.reason], ['Ada Lovelace', 'yes', 'Check-up'], run.why);
  /* read as an item's control, the agent looks once more after its click;
   * the form's reply is another page, where nothing fits the words */
  run = await crawl(g.api, `Open ${G('/forms4-clinic.html')}. Enter Grace Hopper as the full name, reason Vaccination, agree to the privacy policy and request the appointment`);
  e = g.one(run, 'sent');
  assert.deepEqual([e.name, e.reason, e.privacy], ['Grace Hopper', 'Vaccination', 'yes'], run.why);
});

test('flights: "..., one way, 5 May 2026" sets the ARIA radio; "London Gatwick" is picked from what "London" suggests', async () => {
  const run = await crawl(g.api, `On ${G('/forms4-flights.html')} search for London Gatwick to Rome Fiumicino on the 5th of May 2026, one way, business class`);
  const e = g.one(run, 'search');
  /* the cabin is in a form of its own, beside the one the search button
   * names: the words fill both */
  assert.deepEqual([e.from, e.to, e.trip, e.depart, e.cabin], ['LGW', 'FCO', 'oneway', '2026-05-05', 'business'], run.why);
});

test('hosted card fields: each in a frame, known by its autofill purpose; a card\'s values by their shape', async () => {
  /* labels said in the words people use ("card", "exp", "cvc"), none of
   * them the page's: the frames' inputs say only "Secure input" and their
   * autocomplete token; a number is no value for "Name on card" */
  let run = await crawl(g.api, `On ${G('/forms5-pay.html')} enter card 5555 5555 5555 4444 exp 03/28 cvc 987, name on card Ada Byron, email ada@byron.uk and pay`);
  let e = g.one(run, 'pay');
  assert.deepEqual([e.number, e.expiry, e.cvc, e.name, e.email], ['5555555555554444', '03/28', '987', 'Ada Byron', 'ada@byron.uk'], run.why);
  /* no labels at all: the number by its digits, then its expiry and code */
  run = await crawl(g.api, `Go to ${G('/forms5-pay.html')} and pay with 4000 0566 5566 5556, 11/30, 321 (receipt to jo@lantern.example)`);
  e = g.one(run, 'pay');
  assert.deepEqual([e.number, e.expiry, e.cvc, e.email], ['4000056655665556', '11/30', '321', 'jo@lantern.example'], run.why);
});

test('an address said as one line: the place after the street is the town; a value no field takes sends nothing', async () => {
  let run = await crawl(g.api, `On ${G('/forms5-pay.html')} pay with card 4242 4242 4242 4242, exp 12/29, cvc 123, billing address: 4 Mill Lane, Galway, postcode H91 E2K3`);
  const e = g.one(run, 'pay');
  assert.deepEqual([e.number, e.street, e.town, e.postcode], ['4242424242424242', '4 Mill Lane', 'Galway', 'H91 E2K3'], run.why);
  /* "county Mayo" fits no field of the form: the request fails naming it,
   * rather than paying without it */
  run = await g.nothingSent('/forms5-pay.html', 'Pay with card 4242 4242 4242 4242, exp 12/29, cvc 123, street 4 Mill Lane, town Galway, county Mayo', 'pay');
  assert.match(run.why, /no field of the form takes "[^"]*Mayo/, run.why);
});

// full tier: the hosted card fields (values by their shape) and grounding_act's field-and-value clauses cover a value put where its shape fits
testFull('a phone number said without its label goes into the phone field, not nowhere', async () => {
  const run = await crawl(g.api, `On ${G('/forms4-vet.html')} request a call for Tom Reed (0470 555 010) in the afternoon`);
  const e = g.one(run, 'callback');
  assert.deepEqual([e.owner, e.phone, e.when], ['Tom Reed', '0470 555 010', 'Afternoon (12–17)'], run.why);
});

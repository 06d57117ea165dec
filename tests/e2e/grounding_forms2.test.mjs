// Grounding, forms and pickers (issue 10): a whole form said as one sentence,
// values matched to fields by what they are (a full name split into given and
// family name, an e-mail with no label, a box by some of its words, an option
// named alone, a number before the thing chosen), transforms ("in lowercase"),
// a field's own button (a promo code's Apply), wizards (Continue before Pay),
// date pickers, time fields, sliders, and card fields in a payment iframe.
// Pages: tests/fixtures/grounding/forms-*.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, placeToday } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-forms2');
const G = g.G;

const { events: evs, one } = g;

// a further phrasing of what another test covers: the full tier
testFull('clinic: "request an appointment for Jane Roe, email ..., agree to the privacy policy and submit"', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-clinic.html')} and request an appointment for Jane Roe, email jane@roe.io, agree to the privacy policy and submit`);
  const f = one(run, 'submit').fields;
  assert.equal(one(run, 'submit').form, 'book', run.why);
  assert.deepEqual([f.given, f.family, f.email, f.privacy], ['Jane', 'Roe', 'jane@roe.io', 'on'], run.why);
});

test('clinic: which part is the first name, an address in lowercase, "not urgent" unticks a box', async () => {
  const run = await crawl(g.api, `${G('/forms-clinic.html')} — request a visit for Wei Zhang (Wei is the first name), email WEI@ZHANG.CN in lowercase, not urgent, tick the privacy policy and submit`);
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.given, f.family, f.email, f.urgent, f.privacy], ['Wei', 'Zhang', 'wei@zhang.cn', undefined, 'on'], run.why);
});

// full tier: "clinic: which part is the first name, an address in lowercase, ..." covers this form said as one sentence (a quoted reason: grounding_act's clinic)
testFull('clinic: a name, a bare e-mail, a radio by its words, a quoted reason, "accept the policy"', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-clinic.html')}. Name Ana Lee, ana@lee.dev, I am a new patient, reason "cough", accept the policy, then request the appointment`);
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.given, f.family, f.email, f.patient, f.reason, f.privacy], ['Ana', 'Lee', 'ana@lee.dev', 'new', 'cough', 'on'], run.why);
});

test('tickets: an option named alone, "one" before it, a promo code applied with its button, the wizard to Pay', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-tickets.html')} and buy one Saturday day ticket with promo code LAKE10, email l@x.io, and pay`);
  const e = one(run, 'pay');
  assert.deepEqual([e.kind, e.qty, e.email, e.promo], ['sat', '1', 'l@x.io', 'LAKE10'], run.why);
  assert.equal(evs(run, 'apply').length, 1, run.why);
});

// a further phrasing of what another test covers: the full tier
testFull('tickets: "3 VIP weekend tickets to vip@x.io, pay for them": Continue and Continue to payment, then Pay', async () => {
  const run = await crawl(g.api, `On ${G('/forms-tickets.html')}, 3 VIP weekend tickets to vip@x.io, pay for them`);
  const e = one(run, 'pay');
  assert.deepEqual([e.kind, e.qty, e.email], ['vip', '3', 'vip@x.io'], run.why);
});

test('flights: a custom calendar of divs, an airport from the suggestions, a trip radio, a class, steppers', async () => {
  const run = await crawl(g.api, `On ${G('/forms-flights.html')} search flights from Lisbon to Berlin on 21 April 2026, one way, business class, 2 adults and 1 child`);
  const e = one(run, 'search');
  assert.deepEqual({ ...e, time: 0 }, { page: 'flights', action: 'search', trip: 'oneway', from: 'LIS', to: 'BER', depart: '2026-04-21', ret: '',
    cabin: 'Business', adults: 2, children: 1, time: 0 }, run.why);
});

// full tier: "flights: a custom calendar of divs, ..." and '"leaving March 20, coming back March 27"' cover both dates and a class on this form
testFull('flights: "departing 2026-09-01, returning the 5th of October 2026", an option named alone', async () => {
  const run = await crawl(g.api, `${G('/forms-flights.html')}: flights to Porto from Barcelona, departing 2026-09-01, returning the 5th of October 2026, 1 adult, premium economy. Search`);
  const e = evs(run, 'search').pop();
  assert.deepEqual([e?.from, e?.to, e?.depart, e?.ret, e?.cabin, e?.adults], ['BCN', 'OPO', '2026-09-01', '2026-10-05', 'Premium economy', 1], run.why);
});

// full tier: "airport fields that suggest as one types" below covers a suggestion picked for the words typed
testFull('flights: "type "new york" in Leaving from and choose Newark from the suggestions"', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-flights.html')}. Type "new york" in Leaving from and choose Newark from the suggestions, then click Search flights`);
  assert.equal(one(run, 'search').from, 'EWR', run.why);
});

// full tier: grounding_values' "set the spinner to 4" and "move the third slider to 7" cover sliders set to a value
testFull('settings: a range by a price, an ARIA slider that does not say its step, a text size, "the smallest"', async () => {
  let run = await crawl(g.api, `Open ${G('/forms-settings.html')}, set the max price slider to $150 and click Save preferences`);
  assert.equal(one(run, 'save').maxPrice, 150, run.why);
  run = await crawl(g.api, `Open ${G('/forms-settings.html')}. Widen the sidebar to 300 px, make the text size 18, then press Save preferences`);
  assert.deepEqual([one(run, 'save').sidebar, one(run, 'save').textSize], [300, 18], run.why);
  run = await crawl(g.api, `Open ${G('/forms-settings.html')}, choose the smallest text size and click Save preferences`);
  assert.equal(one(run, 'save').textSize, 12, run.why);
});

test('settings: two time fields by one sentence, a time with pm, a dropdown of times written another way', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-settings.html')}. Do not disturb from 23:30 to 06:45, daily reminder at 2:45 pm, backup time 2:30 am. Click Save preferences`);
  const e = one(run, 'save');
  assert.deepEqual([e.dndFrom, e.dndTo, e.reminder, e.backup], ['23:30', '06:45', '14:45', '02:30'], run.why);
});

// full tier: grounding_forms4 "hosted card fields: each in a frame, ..." covers card fields in a payment frame, the number without its spaces
testFull('checkout: card fields in a same-origin payment iframe, a card number without its spaces', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-checkout.html')}. Card number 4242 4242 4242 4242, expiry 12/28, CVC 123, name on card Alex M, billing email a@m.fr, accept the terms, then pay`);
  const e = one(run, 'pay');
  assert.deepEqual([e.number, e.exp, e.cvc, e.holder, e.billing, e.terms], ['4242424242424242', '12/28', '123', 'Alex M', 'a@m.fr', true], run.why);
});

test('apps: "compose an email to ... with the subject ... and the text ... and send it": Compose opens the form, sent once', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-apps.html')} and compose an email to ops@x.io with the subject "Disk alert" and the text "Disk 3 is at 95%" and send it`);
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.to, f.subject, f.body], ['ops@x.io', 'Disk alert', 'Disk 3 is at 95%'], run.why);
});

// full tier: grounding_forms "a help widget in a shadow root: ask, then read the answer" covers a help widget's fields in a shadow root
testFull('apps: a help chat in a shadow root, its e-mail and question fields', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-apps.html')}. In the help chat, email sam@o.com, question "Where is my invoice?", then send the question`);
  const e = one(run, 'help');
  assert.deepEqual([e.email, e.question], ['sam@o.com', 'Where is my invoice?'], run.why);
});

test('a form the page does not accept: the submit step fails with the page\'s own message', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-clinic.html')}. Given name Ada, email ada@x.io. Then submit the form`, { expect: 'failed' });
  assert.match(run.task.error, /not sent: Please agree to the privacy policy/, run.why);
  assert.equal(evs(run, 'submit').length, 0, run.why);
});

// full tier: 'apps: "compose an email to ... and send it"' covers a message's fields said in one sentence and sent
testFull('clinic: "write to the front desk as NAME (EMAIL) about TOPIC with the message "..." and send it"', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-clinic.html')} and write to the front desk as Nadia Haddad (nadia@h.io) about Prescriptions with the message "Please renew my inhaler" and send it`);
  const e = one(run, 'submit');
  assert.deepEqual([e.form, e.fields.name, e.fields.email, e.fields.topic, e.fields.message], ['desk', 'Nadia Haddad', 'nadia@h.io', 'Prescriptions', 'Please renew my inhaler'], run.why);
});

// full tier: grounding_clauses '"go back instead of paying"' covers the form's other button chosen over paying, grounding_act's field-and-value clauses a form filled and sent
testFull('bank: "pay £40 to Sam Patel with the reference "Pizza" and confirm"; "choose Edit rather than confirming"', async () => {
  let run = await crawl(g.api, `Open ${G('/forms-bank.html')}, pay £40 to Sam Patel with the reference "Pizza" and confirm`);
  const e = one(run, 'pay');
  assert.deepEqual([e.payee, e.amount, e.ref], ['Sam Patel', '40', 'Pizza'], run.why);
  run = await crawl(g.api, `Open ${G('/forms-bank.html')}. Send £12.50 to Ana Lee, reference "Cinema", then choose Edit rather than confirming`);
  assert.equal(evs(run, 'edit').length, 1, run.why);
  assert.equal(evs(run, 'pay').length, 0, run.why);
});

// full tier: "tickets: an option named alone, \"one\" before it, ..." covers a count before the thing, grounding_forms6's garage "2 new tyres" a quantity
testFull('apps: "add 2 frozen pizzas (aisle Frozen) to the list": the thing, its quantity and a dropdown', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-apps.html')} and add 2 frozen pizzas (aisle Frozen) to the list`);
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.item, f.qty, f.aisle], ['frozen pizzas', '2', 'Frozen'], run.why);
});

// a further phrasing of what another test covers: the full tier
testFull('flights: "set adults to 3 and children to 2": counters named, then the number', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-flights.html')}. Set adults to 3 and children to 2, then click Search flights`);
  const e = one(run, 'search');
  assert.deepEqual([e.adults, e.children], [3, 2], run.why);
});

// a further phrasing of what another test covers: the full tier
testFull('checkout: "pay with card 4242 4242 4242 4242, expiry 12/28, ...": the frame\'s fields, then the page\'s Pay', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-checkout.html')} and pay with card 4242 4242 4242 4242, expiry 12/28, CVC 123, name on card Alex M, billing email a@m.fr`);
  const e = one(run, 'pay');
  assert.deepEqual([e.number, e.exp, e.cvc, e.holder, e.billing], ['4242424242424242', '12/28', '123', 'Alex M', 'a@m.fr'], run.why);
});

// full tier: 'apps: "compose an email to ... and send it": Compose opens the form' covers the verb's button opening the form the rest fills
testFull('apps: "invite lena@x.io as an Admin to the Design team": the verb\'s button sends the form the rest fills', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-apps.html')}, invite lena@x.io as an Admin to the Design team`);
  const f = one(run, 'submit').fields;
  assert.deepEqual([f.emails, f.role, f.team], ['lena@x.io', 'Admin', 'Design'], run.why);
});

// a further phrasing of what another test covers: the full tier
testFull('clinic: "Book me in: name Ana Lee, ana@lee.dev, I am a new patient, reason "cough", accept the policy and submit"', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-clinic.html')}. Book me in: name Ana Lee, ana@lee.dev, I am a new patient, reason "cough", accept the policy and submit`);
  const f = evs(run, 'submit').pop()?.fields || {};
  assert.deepEqual([f.given, f.family, f.email, f.patient, f.reason, f.privacy], ['Ana', 'Lee', 'ana@lee.dev', 'new', 'cough', 'on'], run.why);
});

// full tier: grounding_forms3 "hotel (calendar buttons): ..." covers this calendar
testFull('hotel: a button that opens a calendar with month and year dropdowns ("Check-in 3 May 2026")', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-hotel.html')}. Check-in 3 May 2026, check-out 6 May 2026, guests 2. Click Search rooms`);
  const e = one(run, 'search');
  assert.deepEqual([e.in, e.out, e.guests], ['2026-05-03', '2026-05-06', '2'], run.why);
});

test('a form whose controls are named children, id and submit (they shadow the form\'s own properties)', async () => {
  // <input name="children"> makes form.children that input: the agent
  // walked it as a list of elements and failed ("p.children is not iterable").
  const run = await crawl(g.api, `Open ${G('/forms-guests.html')}, set Adults to 2 and Children to 1, then click Search cabins`);
  const e = one(run, 'search');
  assert.deepEqual([e.adults, e.children], ['2', '1'], run.why);
});

test('airport fields that suggest as one types: each suggestion picked before the next field is typed', async () => {
  // The lists close when their field loses focus: a suggestion looked for
  // after every field was typed is gone, and the page refuses the search.
  const run = await crawl(g.api, `Open ${G('/forms-airports.html')} and search flights from Oslo to Rome Ciampino`);
  const e = one(run, 'search');
  assert.deepEqual([e.from, e.to], ['OSL', 'CIA'], run.why);
});

test('a search the page refuses fails with the page\'s words, never a silent success', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-airports.html')} and search flights to Rome Fiumicino`, { expect: 'failed' });
  assert.equal(evs(run, 'search').length, 0, run.why);
  assert.match(run.why, /Choose both airports from the list/, run.why);
});

test('address: values never keep the words of another label ("street Torstraße 9 (postcode 10119)"), a quoted note', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-address.html')}. Name Lena Vogel, street Torstraße 9 (postcode 10119), city Berlin, country Germany, notes "Ring twice", then save the address`);
  const f = evs(run, 'submit').pop()?.fields || {};
  assert.deepEqual([f.name, f.street, f.postcode, f.city, f.country, f.notes], ['Lena Vogel', 'Torstraße 9', '10119', 'Berlin', 'Germany', 'Ring twice'], run.why);
});

// a further phrasing of what another test covers: the full tier
testFull('clinic: "send a Billing question from Sam Ortiz, sam@o.com: "Was my invoice paid?""', async () => {
  const run = await crawl(g.api, `On ${G('/forms-clinic.html')}, send a Billing question from Sam Ortiz, sam@o.com: "Was my invoice paid?"`);
  const e = one(run, 'submit');
  assert.deepEqual([e.form, e.fields.name, e.fields.email, e.fields.topic, e.fields.message], ['desk', 'Sam Ortiz', 'sam@o.com', 'Billing', 'Was my invoice paid?'], run.why);
});

test('flights: "leaving March 20, coming back March 27": days with no year are the next such days', async () => {
  const run = await crawl(g.api, `Open ${G('/forms-flights.html')}. Leaving March 20, coming back March 27. Click Search flights`);
  const today = placeToday();
  let y = today.getFullYear();
  if (new Date(y, 2, 20) < today) y++;
  const e = one(run, 'search');
  assert.deepEqual([e.depart, e.ret], [`${y}-03-20`, `${new Date(y, 2, 27) < today ? y + 1 : y}-03-27`], run.why);
});

stopsCleanly(g);

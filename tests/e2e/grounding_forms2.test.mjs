// Grounding, forms and pickers (issue 10): a whole form said as one sentence,
// values matched to fields by what they are (a full name split into given and
// family name, an e-mail with no label, a box by some of its words, an option
// named alone, a number before the thing chosen), transforms ("in lowercase"),
// a field's own button (a promo code's Apply), wizards (Continue before Pay),
// date pickers, time fields, sliders, and card fields in a payment iframe.
// Pages: tests/fixtures/grounding/forms-*.html.
import assert from 'node:assert/strict';
import { test, assertCleanShutdown } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-forms2');
const G = g.G;

/** The events of a run whose action is action. */
function evs(run, action) {
  return g.site.eventsSince(run.since, (e) => e.action === action);
}

/** The one event of a run of that action (asserted). */
function one(run, action, where = () => true) {
  const e = evs(run, action).filter(where);
  assert.equal(e.length, 1, `one "${action}" event: ${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
  return e[0];
}

test('clinic: "request an appointment for Jane Roe, email ..., agree to the privacy policy and submit"', async () => {
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

test('clinic: a name, a bare e-mail, a radio by its words, a quoted reason, "accept the policy"', async () => {
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

test('tickets: "3 VIP weekend tickets to vip@x.io, pay for them": Continue and Continue to payment, then Pay', async () => {
  const run = await crawl(g.api, `On ${G('/forms-tickets.html')}, 3 VIP weekend tickets to vip@x.io, pay for them`);
  const e = one(run, 'pay');
  assert.deepEqual([e.kind, e.qty, e.email], ['vip', '3', 'vip@x.io'], run.why);
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(g.server, g.baseline);
});

// Grounding, kinds 2, 3 and 10 of issue 10: several fields in one request
// ("put user jo and pass k9 in the fields", "register with ...", "type the
// code into both boxes", "tick alpha, beta and gamma"), values transformed
// ("in lowercase"), and fields in a same-origin iframe and in a shadow root,
// named by words that differ from their labels ("family name" for
// "Family name", "email" for "E-mail address").
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-forms');
const G = g.G;

/** The one submit of form the run made (asserted). */
function submitted(run, form) {
  const subs = g.site.eventsSince(run.since, (e) => e.action === 'submit' && e.form === form);
  assert.equal(subs.length, 1, `one submit of ${form}: ${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
  return subs[0].fields;
}

test('"put user jo and pass k9 in the fields and log in": each value into its field', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}, put user jo and pass k9 in the fields and log in`);
  assert.deepEqual(submitted(run, 'login'), { username: 'jo', password: 'k9' }, run.why);
  assert.ok(!JSON.stringify(run.steps.map((s) => s.raw.model_output)).includes('k9'), 'the password never shows in model_output');
});

// a further phrasing of the first test: the full tier
testFull('"enter the username "jo" and the password "k9" into the text fields"', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}. Enter the username "jo" and the password "k9" into the text fields and press Log in`);
  assert.deepEqual(submitted(run, 'login'), { username: 'jo', password: 'k9' }, run.why);
});

// full tier: grounding_act "fields by synonyms of their labels, in the form most of them are in ..." covers this sign-up form said as one sentence
testFull('"register with ...": a whole form by its labels, a select, a radio group, then its button', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')} and register with given name Ada, family name Lovelace, ` +
    'email ada@example.com, role Editor, ticket T-1815 and team Blue');
  const f = submitted(run, 'signup');
  assert.equal(f.given, 'Ada', run.why);
  assert.equal(f.family, 'Lovelace', run.why);
  assert.equal(f.mail, 'ada@example.com', run.why);
  assert.equal(f.role, 'Editor', run.why);
  assert.equal(f.ticket, 'T-1815', run.why);
  assert.equal(f.team, 'blue', run.why);
});

// full tier: '"put user jo and pass k9 in the fields and log in"' covers values of one request into the fields they name
testFull('"type the code 7Q into both boxes": the two code fields, not the others', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, type the code 7Q into both boxes and click Book now`);
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'book')[0];
  assert.ok(ev, run.why);
  assert.equal(ev.code1, '7Q', run.why);
  assert.equal(ev.code2, '7Q', run.why);
  assert.equal(ev.guest, '', run.why);
});

// full tier: grounding_items3 '"mark the lentils and the tahini as bought"' covers several boxes ticked by one request
testFull('"tick alpha, beta and gamma, then submit": three checkboxes, one form', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}, tick alpha, beta and gamma, then submit`);
  assert.deepEqual(submitted(run, 'topics').t, ['alpha', 'beta', 'gamma'], run.why);
});

// full tier: grounding_forms2 "clinic: which part is the first name, an address in lowercase, ..." covers a value typed as the words transform it
testFull('"enter MARTA in lowercase": the value as asked', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, enter MARTA in lowercase into Name on booking and click Book now`);
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'book')[0];
  assert.equal(ev?.guest, 'marta', run.why);
});

// full tier: grounding_phrasing 'places named by how the page is built: "inside the iframe", ...' fills this frame's field and presses Join
testFull('a newsletter field inside an iframe', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}, type me@example.com into the newsletter e-mail box and press Join`);
  const ev = g.site.eventsSince(run.since, (e) => e.page === 'newsletter')[0];
  assert.equal(ev?.email, 'me@example.com', run.why);
});

test('a help widget in a shadow root: ask, then read the answer', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}, type "Where is my order?" into the question box, click Ask and read the answer`);
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'help')[0];
  assert.equal(ev?.question, 'Where is my order?', run.why);
  assert.equal(lastExtract(run).text, 'Thanks, we got your question.', run.why);
});

stopsCleanly(g);

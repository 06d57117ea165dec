// How people phrase a whole task (the planner's side): a page address in
// the middle or at the end of a request opens first, and the rest stays one
// request with its values and remarks in parentheses; "it" with nothing
// named before is what the open page is about; a noun alone after a
// question asks the same of its thing ("And the deposit?"); "I mean ..."
// replaces the request before; "leave the rest alone" asks for nothing.
// "We are 5 people" next to a request is part of it (one form). A session's
// follow-up is read after the session's first instructions ("And the
// deposit?", "I mean the carpet cleaner").
// Pages: tests/fixtures/grounding/planner3-{pods,lot,loans,boats}.html.
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl, stepsWith, stepsOf, extractTexts } from './lib/site.mjs';
import { taskBody, TERMINAL } from './lib/api.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-planner3');
const G = g.G;

const answers = extractTexts;

/** The events of `page` with `action` since the run started. */
const events = (run, page, action) => g.events(run, action, (e) => e.page === page);

for (const say of [
  (u) => `reserve the group pod at ${u} (the big one) for Ana Lind, ana@lind.example`,
  // further phrasings of the same request: the full tier
  ...full([
    (u) => `please reserve the group pod on ${u} for Ana Lind, ana@lind.example`,
    (u) => `Please reserve the group pod on ${u} for Ana Lind (ana@lind.example)`,
    (u) => `reserve the group pod for Ana Lind at ${u}, ana@lind.example`,
  ]),
]) {
  test(`an address inside the request, the values after it: ${say('<url>')}`, async () => {
    const run = await crawl(g.api, say(G('/planner3-pods.html')));
    const e = events(run, 'pods', 'reserved');
    assert.equal(e.length, 1, run.why);
    assert.equal(e[0].pod, 'group', run.why);
    assert.equal(e[0].name, 'Ana Lind', run.why);
    assert.equal(e[0].mail, 'ana@lind.example', run.why);
  });
}

// full tier: grounding_itemacts 'gear hire: on an item's own page "it" is the page's item' covers "put me on the waitlist for it"
for (const say of full([
  (u) => `open ${u} and put me on the waitlist for it with jo@hale.example`,
  // further phrasings of the same request: the full tier
  ...full([
    (u) => `open ${u}, I want to join the waitlist for it, jo@hale.example`,
    (u) => `visit ${u}. put me on the waitlist for it: jo@hale.example`,
  ]),
])) {
  test(`"it" with nothing named before is the page's own item: ${say('<url>')}`, async () => {
    const run = await crawl(g.api, say(G('/planner3-lot.html')));
    const e = events(run, 'lot', 'waitlist');
    assert.equal(e.length, 1, run.why);
    assert.equal(e[0].mail, 'jo@hale.example', run.why);
    assert.equal(events(run, 'lot', 'watch').length, 0, run.why);
  });
}

for (const say of [
  (u) => `On ${u}, what is the loan period of the tile cutter? And the deposit?`,
  // further phrasings of the same request: the full tier
  ...full([
    (u) => `what's the loan period for the tile cutter on ${u}? what about the deposit?`,
    (u) => `${u} - tell me the loan period of the tile cutter, and the deposit?`,
  ]),
]) {
  test(`a noun alone after a question is asked of the same thing: ${say('<url>')}`, async () => {
    const run = await crawl(g.api, say(G('/planner3-loans.html')));
    const a = answers(run);
    assert.ok(a.length >= 2, run.why);
    assert.match(a.at(-2), /3 days/, run.why);
    assert.match(a.at(-1), /35/, run.why);
  });
}

for (const say of [
  (u) => `On ${u}, what is the deposit for the hedge trimmer? I mean the carpet cleaner`,
  // further phrasings of the same request: the full tier
  ...full([
    (u) => `${u} - what's the hedge trimmer's deposit? I meant the carpet cleaner.`,
    (u) => `open ${u}. how much is the deposit of the hedge trimmer? Sorry, I mean the carpet cleaner`,
  ]),
]) {
  test(`"I mean ..." asks the question before about the thing it names: ${say('<url>')}`, async () => {
    const run = await crawl(g.api, say(G('/planner3-loans.html')));
    const a = answers(run);
    assert.equal(a.length, 1, run.why);
    assert.match(a[0], /50/, run.why);
  });
}

for (const say of [
  (u) => `${u} - untick the SMS reminder and save reminders. Leave the rest alone.`,
  // further phrasings of the same request: the full tier
  ...full([
    (u) => `On ${u} switch off the SMS reminder, don't touch the other settings, then save reminders`,
    (u) => `open ${u}, turn off the SMS reminder and save reminders, nothing else`,
  ]),
]) {
  test(`words that ask for nothing more are no step: ${say('<url>')}`, async () => {
    const run = await crawl(g.api, say(G('/planner3-loans.html')));
    const e = events(run, 'loans', 'saved');
    assert.equal(e.length, 1, run.why);
    assert.equal(e[0].sms, false, run.why);
    assert.equal(e[0].mail, true, run.why);
    assert.equal(e[0].nick, 'toolfan', run.why);
  });
}

// full tier: grounding_forms3 "council: statements carry values: ..., \"we are 6 people\", ..." covers a statement of a count filling the form
for (const say of full([
  (u) => `On ${u} book a canal trip on 14 June 2026 at 14:00 for Ana Lind. We are 5 people.`,
  // further phrasings of the same request: the full tier
  ...full([
    (u) => `We are 5 people. Book a canal trip on ${u} for 14 June 2026 at 14:00, lead passenger Ana Lind`,
    (u) => `${u} - I would like a canal trip on 14 June 2026 at 14:00 for Ana Lind. There will be 5 of us.`,
  ]),
])) {
  test(`a statement of values is part of the request beside it, one form: ${say('<url>')}`, async () => {
    const run = await crawl(g.api, say(G('/planner3-boats.html')));
    const e = events(run, 'boats', 'booked');
    assert.equal(e.length, 1, run.why);
    assert.deepEqual({ ...e[0], time: 0 }, { page: 'boats', action: 'booked', date: '2026-06-14', dep: '14:00', people: '5', lead: 'Ana Lind', time: 0 }, run.why);
  });
}

/** A live session whose first instructions ran (awaiting), then one
 * follow-up that ends it: the follow-up's answers. */
async function followUp(first, then) {
  const r = await g.api.createTask(taskBody(first, { awaitable: true }));
  assert.equal(r.status, 201, r.text);
  const id = r.json.executionId;
  const t0 = await g.api.waitFor(id, ['awaiting', ...TERMINAL], { timeout: 60000 });
  assert.equal(t0.status, 'awaiting', JSON.stringify(t0));
  const f = await g.api.post(`/api/v1/tasks/${encodeURIComponent(id)}/instructions`, taskBody(then, { awaitable: false }));
  assert.equal(f.status, 201, f.text);
  const task = await g.api.waitTerminal(f.json.executionId, { timeout: 60000 });
  const res = await g.api.getResults(f.json.executionId);
  const steps = stepsOf(res.json);
  const why = `${first} / ${then}: ${task.status}\n${JSON.stringify(steps.map((s) => [s.action, s.text ?? s.error ?? '']))}`;
  assert.equal(task.status, 'finalized', why);
  return { answers: steps.filter((s) => s.action === 'extract').map((s) => s.text), why };
}

for (const [first, then, want] of [
  [(u) => `On ${u}, what is the loan period of the tile cutter?`, 'And the deposit?', /35/],
  // full tier: "I mean ..." above covers the correction read in one task, "And the deposit?" a session's follow-up
  ...full([[(u) => `open ${u} and tell me the deposit of the hedge trimmer`, 'I mean the carpet cleaner', /50/]]),
  // a further phrasing of "And the deposit?": the full tier
  ...full([
    [(u) => `what is the late fee per day for the hedge trimmer on ${u}?`, 'what about the deposit?', /20/],
  ]),
]) {
  test(`a session's follow-up points back to its first instructions: ${first('<url>')} / ${then}`, async () => {
    const { answers, why } = await followUp(first(G('/planner3-loans.html')), then);
    assert.equal(answers.length, 1, why);
    assert.match(answers[0], want, why);
  });
}

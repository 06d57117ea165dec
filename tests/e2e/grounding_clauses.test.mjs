// Grounding, the planner side of issue 10: clauses a rule cannot read
// whole are kept for the page. A verb alone presses the control it names
// ("Save.", "pay", "confirm it"); "it", "her", "them" point back to what an
// earlier clause or sentence named ("I don't want the SMS reminder, so
// untick it"); a hint where a thing is ("(look under Billing)", "It's in
// Notifications.") opens that place before the question; two questions in
// one are both answered; "go back instead of paying" is the form's Back.
// Pages: tests/fixtures/grounding/planner-{settings,tickets,team,profile}.html.
import assert from 'node:assert/strict';
import { test, testFull, full, FULL } from './lib/harness.mjs';
import { crawl, stepsWith, extractTexts } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-clauses');
const G = g.G;

const answers = extractTexts;

/** The events of `page` with `action` since the run started. */
const events = (run, page, action) => g.events(run, action, (e) => e.page === page);

test('a statement names what "it" is; a bare "Save." presses Save', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-settings.html')}. I don't want the SMS reminder, so untick it. Save.`);
  const e = events(run, 'settings', 'save');
  assert.equal(e.length, 1, run.why);
  assert.equal(e[0].sms, false, run.why);
  assert.equal(e[0].digest, true, run.why);
});

// full tier: 'a statement names what "it" is; a bare "Save."' covers the box a sentence before names, unticked, then Save
testFull('"them" is the thing of the sentence before; "save)" with a stray parenthesis', async () => {
  const run = await crawl(g.api, `${G('/planner-settings.html')} — the weekly e-mail digest is too much. Untick it and save)`);
  const e = events(run, 'settings', 'save');
  assert.equal(e.length, 1, run.why);
  assert.equal(e[0].digest, false, run.why);
  assert.equal(e[0].sms, true, run.why);
});

// full tier: '"(Devices tab)" and "It\'s in Notifications. ..." as hints' covers a hint in parentheses opening its tab
testFull('a hint in parentheses opens that tab before the question', async () => {
  const run = await crawl(g.api, `On ${G('/planner-settings.html')}, what is the plan price? (look under Billing)`);
  assert.match(answers(run).at(-1), /14\.50/, run.why);
});

test('"(Devices tab)" and "It\'s in Notifications. It\'s on <url>" as hints', async () => {
  let run = await crawl(g.api, `${G('/planner-settings.html')}: how many devices are signed in (Devices tab)?`);
  assert.match(answers(run).at(-1), /^3\b/, run.why);
  run = await crawl(g.api, `are security alerts on or off? It's in Notifications. It's on ${G('/planner-settings.html')}`);
  assert.equal(stepsWith(run, 'navigate').length, 1, run.why);
  assert.match(answers(run).at(-1), /\bon\b/i, run.why);
  assert.doesNotMatch(answers(run).at(-1), /\boff\b/i, run.why);
});

test('field and value after "fill in"; a value from the sentence before', async () => {
  const run = await crawl(g.api, `Go to ${G('/planner-profile.html')}. Fill in first name Ana and last name Sousa. I was born on 2 July 1988. Fill in my date of birth, then save profile`);
  const e = events(run, 'profile', 'save');
  assert.equal(e.length, 1, run.why);
  assert.equal(e[0].fields.first, 'Ana', run.why);
  assert.equal(e[0].fields.last, 'Sousa', run.why);
  assert.equal(e[0].fields.dob, '1988-07-02', run.why);
});

// full tier: 'field and value after "fill in"; a value from the sentence before' covers a value said in the sentence before
testFull('"My phone number is X. Put it in the phone field": the value the sentence before said', async () => {
  const run = await crawl(g.api, `${G('/planner-profile.html')} \u2014 my phone number is 555 0142. Put it in the phone field. First name Ana, last name Sousa. Save profile.`);
  const e = events(run, 'profile', 'save');
  assert.equal(e.length, 1, run.why);
  assert.equal(e[0].fields.phone, '555 0142', run.why);
  assert.equal(e[0].fields.first, 'Ana', run.why);
  assert.equal(e[0].fields.last, 'Sousa', run.why);
});

// full tier: '"go back instead of paying"' below covers this form's Pay pressed by its verb, the bare "Save." above a verb alone
testFull('"3 tickets to a@b.io, pay for them" and "confirm it" press the controls the verbs name', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-tickets.html')}. 3 tickets to ana@example.org, pay for them. Confirm it.`);
  const e = events(run, 'tickets', 'paid');
  assert.equal(e.length, 1, run.why);
  assert.equal(e[0].qty, '3', run.why);
  assert.equal(e[0].mail, 'ana@example.org', run.why);
});

test('"go back instead of paying" is the dialog\'s Back, not the browser\'s history', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-tickets.html')}, set the number of tickets to 2 and press Pay. Then go back instead of paying.`);
  assert.equal(events(run, 'tickets', 'back').length, 1, run.why);
  assert.equal(events(run, 'tickets', 'paid').length, 0, run.why);
  assert.equal(stepsWith(run, 'back').length, 0, run.why);
});

// full tier: '"go back instead of paying"' above covers the form's own way out instead of paying
testFull('"then change your mind and cancel" cancels the order', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-tickets.html')}, pay, then change your mind and cancel`);
  assert.equal(events(run, 'tickets', 'cancel').length, 1, run.why);
  assert.equal(events(run, 'tickets', 'paid').length, 0, run.why);
});

// full tier: grounding_find "found where it is shown: the question after it is about it" covers "find X, then tell me her role"
testFull('"find Mei Park and tell me her role": the answer is about Mei Park', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-team.html')}, find Mei Park and tell me her role`);
  assert.match(answers(run).at(-1), /Data Engineer/, run.why);
  assert.doesNotMatch(answers(run).at(-1), /Designer|Product Manager/, run.why);
});

// full tier: grounding_items "team table: an action in the row's ⋮ menu, then the confirmation ..." covers "start removing X but press Cancel"
testFull('"start removing Bob Stone but press Cancel in the confirmation"', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-team.html')}. Start removing Bob Stone but press Cancel in the confirmation.`);
  const asked = events(run, 'team', 'remove-asked');
  assert.equal(asked.length, 1, run.why);
  assert.equal(asked[0].who, 'Bob Stone', run.why);
  assert.equal(events(run, 'team', 'remove-cancelled').length, 1, run.why);
  assert.equal(events(run, 'team', 'removed').length, 0, run.why);
});

// full tier: grounding_forms6 '"Use <url> to search ..."' covers a request after "Use <url> to", grounding_shapes' to-dos left a question as the instruction
testFull('two questions in one are both answered; "look up the stock status of X" is a question', async () => {
  let run;
  // full tier: grounding_answers "a value beside its label" ("when is ... due, and what is the minimum?") covers two questions in one
  if (FULL) {
    run = await crawl(g.api, `${G('/planner-team.html')} — which supplier makes the claw hammer, and how many are on hand?`);
    assert.match(answers(run).at(-1), /Forge & Co/, run.why);
    assert.match(answers(run).at(-1), /\b14\b/, run.why);
  }
  run = await crawl(g.api, `Use ${G('/planner-team.html')} to look up the stock status of the duct tape`);
  assert.match(answers(run).at(-1), /Low stock/, run.why);
});

test('"check the Saturday line-up" opens that tab (check = look at), no box is ticked', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-festival.html')}, check the Saturday line-up and tell me who plays at 21:30`);
  const tabs = events(run, 'festival', 'tab');
  assert.equal(tabs.at(-1)?.tab, 'Saturday line-up', run.why);
  // the answer is read from the Saturday panel the step opened (which row
  // the answer picks is the answer agent's; tests/e2e/agent_answer)
  assert.match(answers(run).at(-1), /Mira Vale|Paper Boats/, run.why);
  assert.doesNotMatch(answers(run).at(-1), /Copper Owls|Lanterns/, run.why);
  assert.equal(stepsWith(run, 'check').length, 0, run.why);
});

// full tier: 'a statement names what "it" is; a bare "Save."' covers the box a statement names unticked, then a bare verb
testFull('"the eggs are not bought yet, untick them"; "the apples are in the basket, tick them"; a bare "sync"', async () => {
  const run = await crawl(g.api, `${G('/planner-groceries.html')} - the eggs are not bought yet, untick them. The apples are in the basket, tick them. Sync`);
  const e = events(run, 'groceries', 'sync');
  assert.equal(e.length, 1, run.why);
  assert.deepEqual(e[0].bought.sort(), ['apples', 'milk'], run.why);
});

// full tier: grounding_find "found further down, after loading more: the control beside it is pressed" covers a control of the person found
testFull('"he" is the person found before; "find X and remove him" presses Remove in X\'s card', async () => {
  let run;
  // full tier: grounding_find "found where it is shown: the question after it is about it" covers a question about the person found
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/planner-team.html')}. Look up Raj Patel and tell me what team he is on.`);
    assert.match(answers(run).at(-1), /Care/, run.why);
  }
  run = await crawl(g.api, `Open ${G('/planner-team.html')}, find Ines Moreau and remove her, then confirm`);
  const r = events(run, 'team', 'removed');
  assert.equal(r.length, 1, run.why);
  assert.equal(r[0].who, 'Ines Moreau', run.why);
});

// full tier: grounding_act "a site search box beside the form" covers a search typed into the page's box, 'a statement names what "it" is; a bare "Save."' a verb alone
testFull('"Search <url> for X" and a bare "Search." after typing', async () => {
  let run = await crawl(g.api, `Search ${G('/planner-team.html')} for Bob`);
  assert.equal(events(run, 'team', 'search').at(-1)?.q, 'bob', run.why);
  run = await crawl(g.api, `Open ${G('/planner-team.html')}. Type Mei into the search box. Search.`);
  assert.equal(events(run, 'team', 'search').at(-1)?.q, 'mei', run.why);
});

// full tier: '"(Devices tab)" and "It\'s in Notifications. It\'s on <url>" as hints' covers a hint and a page said around the question
testFull('lead-ins: "Go to <url> — ...?", "<url> (Billing tab): ...?", "Look under Billing on <url>: ...?", "...? Use <url>."', async () => {
  const url = G('/planner-settings.html');
  // the other lead-ins (each close to a hint kept above): the full tier
  for (const say of [
    ...full([
      `Go to ${url} \u2014 what's the plan price? (Billing tab)`,
      `${url} (Billing tab): what is the plan price?`,
    ]),
    `Look under Billing on ${url}: what is the plan price?`,
    ...full([`What is the plan price? Look under Billing. Use ${url}.`]),
  ]) {
    const run = await crawl(g.api, say);
    assert.equal(stepsWith(run, 'navigate').length, 1, run.why);
    assert.match(answers(run).at(-1), /14\.50/, run.why);
  }
});

test('"back on May 4" in a trip is the return date, never "go back"', async () => {
    // The plan keeps the whole trip in one request (how the form reads "out
  // on" and "back on" is the agent's: tests/e2e/grounding_forms); no step
  // is a browser "go back", whatever the page makes of the words.
  const run = await crawl(g.api, `On ${G('/planner-trip.html')}, find flights from Oslo to Rome, out on April 30 and back on May 4 (2026)`, { expect: null });
  assert.equal(stepsWith(run, 'back').length, 0, run.why);
  const s = stepsWith(run, 'search');
  assert.equal(s.length, 1, run.why);
  assert.match(s[0].model.query, /out on April 30 and back on May 4 \(2026\)/, run.why);
  assert.doesNotMatch(run.task.progress.logs.join('\n'), /go back/, run.why);
});

stopsCleanly(g);

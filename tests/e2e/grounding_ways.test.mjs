// Grounding, the way to the part of an app a request names. Each task starts
// on a multi-page app's home page (a dashboard of summaries, none of the
// controls or values the task needs) and names something that lives on
// another page: a person first follows the menu item leading there ("My
// loans", "Holds", "My account" then "Preferences"; "Menu" then "Billing &
// payments" then "Direct Debit"), then acts there: fills and sends a form,
// presses a row's action (confirming its dialog), flips a setting, or reads
// the answer to a question. A request for something no page of the app has
// fails and changes nothing. No task ever logs out (both apps have "Log out"
// links, in the header, the footer or the menu, that report it).
// Pages: tests/fixtures/grounding/ways-library/ (a public library account:
// index, loans, holds, account, preferences, suggest (no test: see docs/planner.md Known
// limits); a top nav bar and an
// account sidebar) and ways-energy/index.html (an energy supplier's account,
// a hash-routed one-page app whose nav is a drawer behind a "Menu" button,
// with a "Billing & payments" group that opens).
import assert from 'node:assert/strict';
import { test } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-ways');
const G = g.G;
const LIBRARY = '/ways-library/index.html', ENERGY = '/ways-energy/index.html';

/* Events that are neither a page view nor a catalogue search: what the run
 * changed, in order, without page and time. */
const changes = (run) => g.events(run, null, (e) => !['view', 'search'].includes(e.action))
  .map(({ page, time, ...rest }) => rest);

/** The run changed exactly `want` (a list of events without page and time); never logged out. */
function changed(run, want) {
  const got = changes(run);
  assert.equal(got.filter((e) => e.action === 'logout').length, 0, `the task logged out\n${run.why}`);
  assert.deepEqual(got, want, `${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
}

/** Runs a question: the last extraction says exactly `want`, and nothing changed. */
async function asks(instruction, want) {
  const run = await crawl(g.api, instruction);
  assert.equal(lastExtract(run).text, want, run.why);
  changed(run, []);
  return run;
}

/* --- a library account: nav bar (Home, My loans, Holds, My account), an account sidebar --- */

test('library: "renew The Overstory" (terse): My loans, that row\'s Renew, not Renew all', async () => {
  const run = await crawl(g.api, `${G(LIBRARY)}: renew The Overstory`);
  changed(run, [{ action: 'renew', title: 'The Overstory', due: '4 January 2027' }]);
});

test('library: "I\'ve changed my mind about Orbital, can you cancel my hold on it?": Holds, its Cancel hold, confirmed', async () => {
  const run = await crawl(g.api, `Open ${G(LIBRARY)}. I've changed my mind about Orbital, can you cancel my hold on it?`);
  changed(run, [{ action: 'cancel-hold', title: 'Orbital' }]);
});

test('library: "stop sending me the library newsletter": My account, then Preferences (two levels), that box unticked and saved, the rest kept', async () => {
  const run = await crawl(g.api, `Open ${G(LIBRARY)} and stop sending me the library newsletter`);
  changed(run, [{
    action: 'save', dueReminders: true, holdTexts: true, newsletter: false, partners: false, history: true, branch: 'Eastgate Library',
  }]);
});

test('library: "how much do I owe in fines?": read on My account (the total, not a line of it), Pay charges not pressed', async () => {
  await asks(`Open ${G(LIBRARY)} and tell me how much I owe in library fines`, '£3.60');
});

test("library: \"when's Braiding Sweetgrass due back?\": read in My loans, nothing renewed", async () => {
  await asks(`${G(LIBRARY)}: when's Braiding Sweetgrass due back?`, '21 December 2026');
});

test('library: a room booking no page has fails, and nothing is sent, held, paid or changed', async () => {
  const run = await crawl(g.api, `Open ${G(LIBRARY)} and book a study room at Eastgate for Tuesday at 3pm`, { expect: 'failed' });
  changed(run, []);
});

/* --- an energy account: a one-page app, its nav a drawer behind "Menu" --- */

test('energy: "submit a gas meter reading of 13877": Menu, Meter readings, the Gas meter chosen, the reading sent', async () => {
  const run = await crawl(g.api, `Open ${G(ENERGY)} and submit a gas meter reading of 13877`);
  const e = g.one(run, 'submit');
  assert.deepEqual([e.meter, e.reading], ['gas', '13877'], run.why);
  changed(run, [{ action: 'submit', meter: 'gas', reading: '13877', date: e.date }]);
});

test('energy: "please up my monthly direct debit to £95": Menu, Billing & payments, Direct Debit (two levels), the amount saved, the day kept', async () => {
  const run = await crawl(g.api, `${G(ENERGY)}: please up my monthly direct debit to £95`);
  const e = g.one(run, 'update');
  assert.equal(Number(e.amount), 95, run.why);
  assert.equal(e.day, '1', `the payment day was kept\n${run.why}`);
  changed(run, [{ action: 'update', amount: e.amount, day: '1' }]);
});

test('energy: "turn off marketing emails": Settings, that switch only (not marketing texts, not paperless billing)', async () => {
  const run = await crawl(g.api, `On ${G(ENERGY)}, turn off marketing emails`);
  changed(run, [{ action: 'set', setting: 'marketing-email', value: false }]);
});

test('energy: "which tariff am I on?": read on My plan (its own, not one it could switch to), nothing switched', async () => {
  await asks(`Open ${G(ENERGY)} and tell me which tariff I'm on`, 'Fixed Saver 24');
});

test('energy: "could you check how much I owe at the moment?": read on Bills and balance (the amount due, not a bill or a payment), Pay now not pressed', async () => {
  await asks(`On ${G(ENERGY)}, could you check how much I owe at the moment?`, '£84.17');
});

stopsCleanly(g);

// Grounding, kinds 6 and 9 of issue 10: verbs and shapes the verb table
// alone never read ("delete the message from Tomas with its bin icon", "on
// @sam's post, click Like", "find Omar in the address book and click his
// phone number", "in the file tree, open the file called notes", "use the X
// field to type Y"), and how people phrase a task as a whole: a page named
// inside the clause, a question as the instruction, pronouns.
import assert from 'node:assert/strict';
import { test, testFull, FULL } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-shapes');
const G = g.G;

const evs = (run, action) => g.site.eventsSince(run.since, (e) => e.action === action);

// the bin icon of a row stays in the quick tier with a page named inside the clause (Ana)
testFull('"delete the message from Tomas with its bin icon": the icon of that row', async () => {
  const run = await crawl(g.api, `Open ${G('/inbox.html')} and delete the message from Tomas with its bin icon`);
  assert.deepEqual(evs(run, 'delete').map((e) => e.from), ['Tomas Berg'], run.why);
});

// full tier: grounding_items "mail: both items, an item by its status (unread), ..." covers "star the ... email from X" by the row's star
testFull('"star the email from Izabel": a verb that names its control', async () => {
  const run = await crawl(g.api, `Open ${G('/inbox.html')} and star the email from Izabel`);
  assert.deepEqual(evs(run, 'star').map((e) => e.from), ['Izabel Moreau'], run.why);
});

test('"on @sam\'s post, click Like": a clause that says where the next acts', async () => {
  const run = await crawl(g.api, `Open ${G('/inbox.html')}. On @sam's post, click Like`);
  assert.deepEqual(evs(run, 'like').map((e) => e.who), ['@sam'], run.why);
});

// full tier: grounding_find "found further down, after loading more: the control beside it is pressed" covers finding a person, then their control
testFull('"find Omar in the address book and click his phone number"', async () => {
  const run = await crawl(g.api, `Open ${G('/data.html')}, find Omar in the address book and click his phone number`);
  assert.deepEqual(evs(run, 'call').map((e) => e.who), ['Omar Haddad'], run.why);
});

// full tier: grounding_phrasing '"open the docs folder and then the file notes"' opens the same file of this tree
testFull('"in the file tree, open the file called notes"', async () => {
  const run = await crawl(g.api, `Open ${G('/data.html')}. In the file tree, open the file called notes`);
  assert.deepEqual(evs(run, 'open').map((e) => e.node), ['notes'], run.why);
});

// full tier: the pronouns' "type Rome into the destination city field, replace it with Oslo" covers typing into this field, then Book now
testFull('"use the destination city field to type Prague, then hit Book now"', async () => {
  const run = await crawl(g.api, `Open ${G('/inputs.html')}, use the destination city field to type Prague, then hit Book now`);
  assert.equal(evs(run, 'book')[0]?.city, 'Prague', run.why);
});

test('a page named inside the clause: "<url> — delete the message from Ana with its bin icon"', async () => {
  const run = await crawl(g.api, `${G('/inbox.html')} — delete the message from Ana with its bin icon`);
  assert.deepEqual(evs(run, 'delete').map((e) => e.from), ['Ana Souza'], run.why);
});

// a further phrasing of "on @sam's post, click Like" with a page in the clause: the full tier
testFull('"on <url>, click Like on @lee\'s post"', async () => {
  const run = await crawl(g.api, `On ${G('/inbox.html')}, click Like on @lee's post`);
  assert.deepEqual(evs(run, 'like').map((e) => e.who), ['@lee'], run.why);
});

test('a question as the instruction: "how many to-dos are left on <url> right now?"', async () => {
  const run = await crawl(g.api, `How many to-dos are left on ${G('/data.html')} right now?`);
  assert.equal(lastExtract(run).text, '2', run.why);
});

test('pronouns: "click Reply on @ana\'s post and click it again", "replace it with"', async () => {
  const run = await crawl(g.api, `Open ${G('/inbox.html')}, click Reply on @ana's post and click it again`);
  assert.deepEqual(evs(run, 'reply').map((e) => e.who), ['@ana', '@ana'], run.why);
  const run2 = await crawl(g.api, `Open ${G('/inputs.html')}, type Rome into the destination city field, replace it with Oslo and click Book now`);
  assert.equal(evs(run2, 'book')[0]?.city, 'Oslo', run2.why);
});

/** The to-do list's last state in a run ("[x] Pay rent", ...). */
const todos = (run) => g.site.eventsSince(run.since, (e) => e.page === 'todo' && e.action === 'state').at(-1)?.todos;

// full tier: "add Call mom, mark all as complete and clear completed" below covers adding and marking to-dos, the to-dos left above the counter read
testFull('a to-do app: "add", "mark ... as done", "how many are left"', async () => {
  const run = await crawl(g.api, [`Open ${G('/todo.html')}`, 'add a to-do Buy milk', 'mark Water the plants as done',
    'how many items are left?']);
  assert.deepEqual(todos(run), ['[x] Water the plants', '[x] Pay rent', '[ ] Buy milk'], run.why);
  assert.equal(lastExtract(run).text, '1', run.why);
});

test('a to-do app: "delete the to-do Pay rent" (its button shows on hover), "clear completed"', async () => {
  // full tier: grounding_phrasing '"remove "Pay rent" from the list"' presses the same to-do's button shown on hover
  if (FULL) {
    const run = await crawl(g.api, `Open ${G('/todo.html')} and delete the to-do Pay rent`);
    assert.deepEqual(todos(run), ['[ ] Water the plants'], run.why);
  }
  const run2 = await crawl(g.api, `Open ${G('/todo.html')}, add Call mom, mark all as complete and clear completed`);
  assert.deepEqual(todos(run2), [], run2.why);
});

stopsCleanly(g);

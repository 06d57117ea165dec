// Grounding, reading (issue 10): a field a person names that the page never
// labels. Staff cards show a name, a role, an e-mail and a branch in bare
// boxes; a person knows which box is the branch because the page's own
// "Move to branch" form offers those values. The field named before the
// subject ("which branch Tomasz Wolny works in") is the field, not the
// name; a card whose branch is in no form ("Mobile library") is read where
// the other cards show a branch. A grid row says its cells' fields by the
// column headers above them: "who manages" is read under Manager, not on
// the account's own page that its link opens.
// "How many tins of tomatoes": the number a list's row shows with that
// unit (a stepper's − 6 + then "tins"), not a count of rows; the script's
// words ("list" in its code) are no words of the page.
// "The top post", "the second story": the item at that place of the list
// the noun names, each part of the question asked of it alone (a "Top"
// tab is no post, a "Posts" link no "3rd post").
// "What port are traces on?" of "Traces are exposed at /traces on port
// 4317": the field said with its value in the sentence, not the link
// beside the subject's own name in <code>; "which database is not
// supported?" is the name "We do not support MySQL" says.
// "Find the project ID in the Advanced tab" is a value to read (the tab
// opened first), not an element to scroll to.
// Pages: tests/fixtures/grounding/read-staff.html, read-accounts.html,
// read-groceries.html, read-board.html, read-docs.html, read-settings.html.
import { test, testFull, full } from './lib/harness.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-read2');
const { answers } = g;

test('a field the page offers values of, read in a card that does not label it', async () => {
  await answers('/read-staff.html', [
    ['tell me which branch Tomasz Wolny works in', 'Old Town'],
    // further phrasings and rows (here and below): the full tier
    ...full([['which branch is Priya Nair at?', 'Harbour']]),
  ]);
});

// full tier: the branch read in a card above covers a field the page does not label
testFull('a value in no form, read where the other cards show the field', async () => {
  await answers('/read-staff.html', [
    ['which branch is Ines Duarte at?', 'Mobile library'],
  ]);
});

// full tier: grounding_answers "a table cell: ..." and grounding_keys' grid cover a row's field under its column header
testFull("a row's field named by the column header above it, not looked for on its own page", async () => {
  await answers('/read-accounts.html', [
    ['Who manages the account at Fjord Freight?', 'Marta'],
    ['what tier is Alder Books on?', 'Gold'],
  ]);
});

test('how many of a unit: the number a row shows with that unit, not a count of rows', async () => {
  await answers('/read-groceries.html', [
    ['how many tins of tomatoes are on the list?', '6'],
    ...full([['how many bags of lentils do we need?', '4']]),
  ]);
});

test('the item at a place of the list: "the top post", "the second post", "the last post"', async () => {
  await answers('/read-board.html', [
    ['who wrote the top post?', 'Ines Moreau'],
    ...full([['how many replies does the second post have?', '27'],
      ['who posted the third post?', 'Dele Ade'],
      ['how many votes does the last post have?', '30']]),
    // the planner's target "3rd post" is that item, not the "Posts" link
    ['tell me the author of the 3rd post', 'Dele Ade'],
  ]);
});

test('a field said with its value in a sentence, not the link beside the subject\'s name', async () => {
  await answers('/read-docs.html', [
    ['What port are traces on?', '4317'],
    ...full([['how many days are logs kept?', '14 days']]),
    // the name a sentence says in the negative, not the section under "Databases"
    ['which database is not supported?', 'MySQL'],
  ]);
});

test('"find the <value> in the <tab>": the value read in that tab, not scrolled to', async () => {
  await answers('/read-settings.html', [
    ['find the project ID in the Advanced tab', 'prj_4471-KQ'],
  ]);
});

stopsCleanly(g);

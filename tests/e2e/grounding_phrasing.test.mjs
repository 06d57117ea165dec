// Grounding, kind 9 of issue 10 again: how people phrase a whole task. The
// page named in ways a person writes it ("Using <url>, ...", "check <url>
// and ..."), remarks that are no request (", which opens a new tab,",
// "(it opens a new tab)"), a link picked by what it does ("the link that
// opens in a new tab"), a place said once for the clause after it ("in the
// help widget, type ... and send it"), a container said after the thing
// ("remove X from the list"), loading more on a page that has no button.
import assert from 'node:assert/strict';
import { test, testFull, FULL } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-phrasing');
const G = g.G;

// full tier: grounding_forms6 '"Use <url> to search ..."' covers the page named before the request, the remarks below a link to a new tab
testFull('"Using <url>, click the link that opens in a new tab and get the title"', async () => {
  const run = await crawl(g.api, `Using ${G('/dynamic.html')}, click the link that opens in a new tab and get the title`);
  assert.equal(lastExtract(run).text, 'Yearly Report 2024', run.why);
});

// the page named as a person writes it: grounding_forms6's "Use <url> to search ..." keeps it in the quick tier
testFull('"check <url> and get the loyalty points": the address is where to look', async () => {
  const run = await crawl(g.api, `Check ${G('/data.html')} and get the loyalty points`);
  assert.equal(lastExtract(run).text, '1,240', run.why);
});

test('remarks are no requests: ", which opens a new tab," and "(it opens a new tab)"', async () => {
  const a = await crawl(g.api, `Open ${G('/dynamic.html')}, follow the "Open the yearly report" link, which opens a new tab, and get the title`);
  assert.equal(lastExtract(a).text, 'Yearly Report 2024', a.why);
  if (FULL) { // a further phrasing
    const b = await crawl(g.api, `Open ${G('/dynamic.html')}, click Open the yearly report (it opens a new tab) and get the title`);
    assert.equal(lastExtract(b).text, 'Yearly Report 2024', b.why);
  }
});

// full tier: grounding_forms "a help widget in a shadow root: ask, then read the answer" covers this widget's field and button
testFull('"in the help widget, type ... and send it": the field and button of a shadow-root widget', async () => {
  const run = await crawl(g.api, `Open ${G('/forms.html')}. In the help widget, type "Is there parking?" and send it`);
  const ev = g.site.eventsSince(run.since, (e) => e.action === 'help')[0];
  assert.equal(ev?.question, 'Is there parking?', run.why);
});

test('"remove "Pay rent" from the list": the container said after the thing', async () => {
  const run = await crawl(g.api, `Open ${G('/todo.html')} and remove "Pay rent" from the list`);
  const state = g.site.eventsSince(run.since, (e) => e.page === 'todo' && e.action === 'state').at(-1)?.todos;
  assert.deepEqual(state, ['[ ] Water the plants'], run.why);
});

const read = async (page, instr) => {
  const run = await crawl(g.api, `Open ${G(page)} and ${instr}`);
  return { run, text: lastExtract(run).text };
};
const evs = (run, page) => g.site.eventsSince(run.since, (e) => e.page === page);

// readings of a cell and a heading, as in grounding_reading.test.mjs: the full tier
testFull('questions: "which customer placed order #7733?", "the main heading"', async () => {
  const a = await read('/data.html', 'which customer placed order #7733?');
  assert.equal(a.text, 'Jon Ek', a.run.why);
  const b = await read('/data.html', 'what is the main heading?');
  assert.equal(b.text, 'Account Overview', b.run.why);
});

// a cell by its row's key and its column, as in grounding_reading.test.mjs: the full tier
testFull('"the value in the Status column for the row where Customer is Maya Chen"', async () => {
  const { run, text } = await read('/data.html', 'get the value in the Status column for the row where Customer is Maya Chen');
  assert.equal(text, 'Shipped', run.why);
});

test('"what does the toast say after clicking Refresh balance?": the click first', async () => {
  const { run, text } = await read('/data.html', 'what does the toast say after clicking Refresh balance?');
  assert.equal(text, 'Balance updated: 85.50 credits', run.why);
});

test('"open the docs folder and then the file notes": the verb again after "then"', async () => {
  const run = await crawl(g.api, `Open ${G('/data.html')}, open the docs folder and then the file notes`);
  assert.deepEqual(evs(run, 'data').filter((e) => e.action === 'open').map((e) => e.node), ['docs', 'notes'], run.why);
});

// full tier: grounding_roles '"press the button TWO"' closes the same popup with its × first
testFull('"close the offer by clicking the ×": the method is the request, in the thing named', async () => {
  const run = await crawl(g.api, `Open ${G('/widgets.html')} and close the dialog by clicking the ×`);
  assert.deepEqual(evs(run, 'widgets').map((e) => e.action), ['promo-closed'], run.why);
});

test('places named by how the page is built: "inside the iframe", "inside the shadow DOM"', async () => {
  const a = await crawl(g.api, `Open ${G('/forms.html')}, type me@example.com into the e-mail box inside the iframe and join`);
  assert.equal(evs(a, 'newsletter')[0]?.email, 'me@example.com', a.why);
  if (FULL) { // the shadow-root widget: the help widget test above
    const b = await crawl(g.api, `Open ${G('/forms.html')} and click the button inside the shadow DOM`);
    assert.deepEqual(g.site.eventsSince(b.since, (e) => e.action === 'help').length, 1, b.why);
  }
});

stopsCleanly(g);

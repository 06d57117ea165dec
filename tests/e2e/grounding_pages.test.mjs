// Grounding, pages that change: new tabs. A click that opens a tab moves
// the task there, however the page opens it (a link with target=_blank,
// window.open after a fetch or a timer, a blob of text), answers and
// readings are made on that tab, "switch back to the first tab" and "go
// back to the list" return, and a tab the page closes leaves the task on
// the tab before it. Pages: tests/fixtures/grounding/dynamic-reports.html
// (report cards) and the tabs it opens (dynamic-revenue, -churn, -label).
import assert from 'node:assert/strict';
import { test, testFull, FULL } from './lib/harness.mjs';
import { crawl, stepsWith } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-pages');
const G = g.G;
const logsOf = (run) => (run.task.progress?.logs || []).join('\n');
const answers = (run) => stepsWith(run, 'extract').map((s) => String(s.text ?? s.result ?? ''));

// the revenue tab: also the "go back" test's, the log line the closing tab's; the full tier
testFull('window.open after a fetch, from a button in a card: "tell me the total revenue" is read on the new tab', async () => {
  for (const phrase of [
    `On ${G('/dynamic-reports.html')}, click Open report on the Quarterly revenue card and tell me the total revenue`,
    `${G('/dynamic-reports.html')} — open the quarterly revenue report. What is the total revenue?`,
  ]) {
    const run = await crawl(g.api, phrase);
    assert.match(answers(run).at(-1), /1,284,500/, run.why);
    assert.match(logsOf(run), /opened a new tab: moved to it \(.*dynamic-revenue\.html\)/, run.why);
  }
});

// a window.open made later, as the one after the fetch: the full tier
testFull('window.open from a timer: "how many churned accounts are listed" counts on the new tab', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic-reports.html')}, open the churned accounts report (it opens in a new tab) and tell me how many churned accounts are listed`);
  assert.equal(answers(run).at(-1), '7', run.why);
  assert.match(run.state.url || '', /dynamic-churn\.html$/, run.why);
});

// the label's tab: also the second run of the "go back" test; the full tier
testFull('a link with target=_blank: "what is the barcode on it?"', async () => {
  const run = await crawl(g.api, `${G('/dynamic-reports.html')}: click "View label", then tell me what the barcode on it is`);
  assert.match(answers(run).at(-1), /4006381333931/, run.why);
});

// full tier: the "go back" test below covers reading on a tab a click opened
testFull('"Preview CSV" opens a blob of text in a new tab, and the page text is read there', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic-reports.html')}. Click Preview CSV, then read the page text`);
  assert.match(answers(run).at(-1), /Total,1284500/, run.why);
  assert.ok(g.site.eventsSince(run.since, (e) => e.page === 'reports' && e.action === 'csv').length === 1, run.why);
});

test('"switch back to the first tab" and "go back to the list" return to the reports; a second new tab is followed', async () => {
  let run;
  // full tier: grounding_dynamic 'a click that opens a new tab moves the task there; "switch back to the first tab" returns' covers the switch back
  if (FULL) {
    run = await crawl(g.api, [`Open ${G('/dynamic-reports.html')}`, 'open the Quarterly revenue report', 'get the title',
      'switch back to the first tab', 'get the title']);
    assert.deepEqual(answers(run), ['Quarterly revenue – Q3 2026', 'Northwind Reports'], run.why);
  }
  run = await crawl(g.api, `Open ${G('/dynamic-reports.html')}, open the revenue report, then go back to the list and click View label. What is the barcode?`);
  assert.match(answers(run).at(-1), /4006381333931/, run.why);
  assert.match(logsOf(run), /back to the tab showing .*dynamic-reports\.html/, run.why);
  if (FULL) { // going back and a second new tab again (the timer's): the full tier
    run = await crawl(g.api, `Open ${G('/dynamic-reports.html')}, open the revenue report, go back, then open the churned accounts report. How many churned accounts are listed?`);
    assert.equal(answers(run).at(-1), '7', run.why);
  }
});

// the click already moved there (the tests above): the full tier
testFull('"switch to the new tab" after the click that opened it stays there', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic-reports.html')}, click Open report for Churned accounts, switch to the new tab and get the title`);
  assert.equal(answers(run).at(-1), 'Churned accounts – week 48', run.why);
});

test('a tab the page closes leaves the task on the tab that opened it', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic-reports.html')}, click Peek, wait 4 seconds and get the title`);
  assert.match(logsOf(run), /opened a new tab: moved to it/, run.why);
  assert.match(logsOf(run), /the page closed its tab: back on .*dynamic-reports\.html/, run.why);
  assert.equal(answers(run).at(-1), 'Northwind Reports', run.why);
});

stopsCleanly(g);

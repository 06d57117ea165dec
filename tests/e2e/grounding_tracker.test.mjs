// Grounding on an issue tracker built as such apps are: an ARIA tree whose
// handlers sit on the words (not the row), a tab list with panels, a grid of
// divs with an icon-only delete button that asks to confirm in a modal
// ("Keep it" / "Yes, delete"), a toast, a form with a date, a time, a select
// and a range. Each task is one instruction, checked by what the page
// recorded or by what was read.
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';
const g = useGrounding('grounding-tracker');
const G = g.G;
const T = [
  // full tier: grounding_trees' lazy role=tree covers a node opened under its parent
  ...full([['expand Apollo in the project tree and open Sprint 12', (ev) => ev.filter((e) => e.action === 'node').map((e) => e.node).join(',') === 'Apollo,Sprint 12']]),
  // further phrasings of a tree node and a grid cell: the full tier
  ...full([['open Roadmap', (ev) => ev.some((e) => e.node === 'Roadmap')]]),
  // full tier: "go to the Closed tab and tell me who closed AP-093" covers a grid cell by the key
  ...full([['who is the assignee of AP-102?', null, 'Marco']]),
  ...full([['what is the priority of the issue "Dark mode colours"?', null, 'Medium']]),
  // full tier: 'delete AP-101, then click "Yes, delete" and read the message' covers the delete icon and its confirmation
  ...full([['delete issue AP-102 and confirm', (ev) => ev.some((e) => e.action === 'delete' && e.key === 'AP-102')]]),
  ['delete AP-101, then click "Yes, delete" and read the message', (ev) => ev.some((e) => e.key === 'AP-101'), 'AP-101 deleted'],
  ['go to the Closed tab and tell me who closed AP-093', null, 'Priya'],
  ['open the New issue tab, type Crash on save as the title, set the due date to 14 June 2025, the time to 9:30 PM, severity Critical, and create the issue', (ev) => { const c = ev.find((e) => e.action === 'create'); return c && c.fields.title === 'Crash on save' && c.fields.due === '2025-06-14' && c.fields.at === '21:30' && c.fields.severity === 'Critical'; }],
  // full tier: the New issue tab above covers this form, grounding_values' "move the volume slider to 8" a range input
  ...full([['open the New issue tab, set the effort slider to 8, enter Flaky test as title and submit', (ev) => { const c = ev.find((e) => e.action === 'create'); return c && c.fields.effort === '8' && c.fields.title === 'Flaky test'; }]]),
  // a count of the rows (grounding_answers' "how many unread emails do I have?" counts items): the full tier
  ...full([['how many open issues are there?', null, '3']]),
  // full tier: grounding_answers3's "Which jobs are there?" covers the names of a list's items
  ...full([['list the open issues', null, '[{"text":"Login page times out"},{"text":"Export to CSV"},{"text":"Dark mode colours"}]']]),
];
for (const [instr, check, want] of T) {
  test(instr, async () => {
    const run = await crawl(g.api, `Open ${G('/tracker.html')} and ${instr}`);
    const ev = g.site.eventsSince(run.since, () => true);
    if (check) assert.ok(check(ev), `${JSON.stringify(ev)}\n${run.why}`);
    if (want) assert.equal(lastExtract(run).text, want, run.why);
  });
}
stopsCleanly(g);

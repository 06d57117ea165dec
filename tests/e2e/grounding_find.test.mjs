// Grounding, "find X" on a page with no search box (issue 10): the words
// are looked for on the page itself, loading more of a list that grows
// ("Show more"), and the next clause acts on or asks about what was found
// ("... and tell me her role", "... then press Message"). A name the page
// never shows fails with the reason, and nothing is pressed.
// Page: tests/fixtures/grounding/find-crew.html (a film crew list).
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-find');
const PAGE = '/find-crew.html';
// The phrasings in full([...]) say a kept one again: the full tier.

test('found where it is shown: the question after it is about it', async () => {
  for (const [p, want] of [
    ['find Mei Tanaka, then tell me her role', 'Script supervisor'],
    ...full([
      ['find Ravi Shah and tell me his role', 'Gaffer'],
      ['look for Oskar Lind and tell me his role', 'Boom operator'],
    ]),
  ]) {
    const run = await crawl(g.api, `Open ${g.G(PAGE)} and ${p}`);
    assert.match(lastExtract(run).text, new RegExp(want), run.why);
  }
});

test('found further down, after loading more: the control beside it is pressed', async () => {
  for (const p of [
    'look for Nadia Okafor (she is further down), then press Message',
    ...full([
      'find Nadia Okafor and click her Message button',
      'locate "Nadia Okafor", then click Message',
    ]),
  ]) {
    const run = await crawl(g.api, `Open ${g.G(PAGE)} and ${p}`);
    assert.equal(g.one(run, 'message').id, 'nadia', run.why);
  }
});

test('a name the page never shows: the task fails with the reason, nothing pressed', async () => {
  const run = await crawl(g.api, `Open ${g.G(PAGE)} and find Zed Quill and click his Message button`, { expect: 'failed' });
  assert.equal(g.events(run, 'message').length, 0, run.why);
  assert.match(run.why, /Zed Quill|search box/, run.why);
});

// Grounding, a language picker (issue 10): the options list each language
// in its own words ("Español", "日本語") with its code as the value, and
// "set the language to Spanish" picks that option; a language the list
// lacks fails with the options.
// Page: tests/fixtures/grounding/lang-weather.html (a weather station's settings).
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-lang');
const PAGE = '/lang-weather.html';

test('a language by its English name is the option in its own words', async () => {
  for (const [p, want] of [
    ['change the language to Japanese and the units to Imperial, then save', 'ja'],
    // further languages and phrasings of the same choice: the full tier
    ...full([
      ['set the display language to Spanish and save the settings', 'es'],
      ['choose German as the display language, then click Save settings', 'de'],
      ['select Portuguese for the display language and save', 'pt-BR'],
    ]),
  ]) {
    const run = await crawl(g.api, `Open ${g.G(PAGE)} and ${p}`);
    assert.equal(g.one(run, 'save').lang, want, run.why);
  }
});

test('a language the list lacks: the task fails with the options, nothing saved', async () => {
  const run = await crawl(g.api, `Open ${g.G(PAGE)} and set the display language to Finnish, then save the settings`, { expect: 'failed' });
  assert.equal(g.events(run, 'save').length, 0, run.why);
});

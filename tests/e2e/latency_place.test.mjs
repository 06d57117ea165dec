// A slot's next page is prepared with the place of the task before it (the
// pool gives it that page's time zone, language and position ahead), and a
// task whose place is the same skips setting it again. Tasks of alternating
// countries on one slot must each see their own place, never the last one's.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { startFixtures } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';

let fix, dataDir, server, api, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('latency-place');
  const token = randomToken();
  // One slot: every task takes the page its predecessor's slot prepared.
  server = watch(await startServer({ dataDir, apiKey: token, workers: 1, label: 'latency-place' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** The place the task's log says it was given: { tz, locale }. */
function placeOf(task) {
  const line = task.progress.logs.find((l) => / place: /.test(l)) || '';
  const m = /\(([^,()]+), ([^,()]+)\)\s*$/.exec(line);
  assert.ok(m, `no place in the log: ${JSON.stringify(task.progress.logs)}`);
  return { tz: m[1], locale: m[2] };
}

describe('the place of a prepared page', () => {
  // Same country twice (the place prepared ahead is used), then others in
  // turn (the one prepared ahead is the wrong one and must be replaced).
  const runs = [
    ['us', 'Open {url} and get the title'],
    ['us', 'Go to {url} and read the page title'],
    ['de', 'Visit {url}, then tell me the title'],
    ['de', 'Open {url} and get the title'],
    ['jp', 'Go to {url} and read the page title'],
    ['us', 'Visit {url}, then tell me the title'],
  ];
  for (const [i, [country, phrasing]] of runs.entries()) {
    test(`task ${i + 1} (${country}): the page sees this task's place`, async () => {
      const since = Date.now();
      const path = `/grounding/latency-observatory.html?run=${i}`;
      const { task } = await api.run(phrasing.replace('{url}', fix.url(path)), { geoLocation: { country } });
      assert.equal(task.status, 'finalized', JSON.stringify(task));
      const { tz, locale } = placeOf(task);
      assert.equal(task.result, `zone=${tz} lang=${locale}`, JSON.stringify(task.progress.logs));
      const hit = fix.requests.find((q) => q.url === path && q.time >= since);
      assert.ok(hit, 'the page was visited');
      const lang = locale.split('-')[0];
      assert.match(String(hit.headers['accept-language'] || ''), new RegExp(`^${locale}\\b.*\\b${lang}\\b`, 'i'),
        `Accept-Language: ${hit.headers['accept-language']}`);
    });
  }

  test('the server stops cleanly', async () => {
    await assertCleanShutdown(server, baseline);
  });
});

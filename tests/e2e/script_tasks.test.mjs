// script_automation tasks through the API: TypeScript instructions run in
// order on one page, returned values as JSON text, log() lines in the
// progress logs while the task runs, console and page artifacts, thrown and
// syntax errors with their line, the task's place, and `browserai run`.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, runCli, sleep } from './lib/server.mjs';
import { startFixtures, TITLE, CONSOLE_TEXT } from './lib/fixtures.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let fix, dataDir, server, api, baseline;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('script');
  const token = randomToken();
  // Kept warm (the product's default, 600 s): the last test counts the
  // runners started ahead.
  server = watch(await startServer({ dataDir, apiKey: token, label: 'script',
    env: { BROWSERAI_SCRIPT_RUNNERS: 2, BROWSERAI_SCRIPT_WARM_SECONDS: 600 } }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [fix], dirs: [dataDir] }));

/** Submit a script task (one instruction per element) and wait for its end. */
async function script(steps, over = {}) {
  const r = await api.run(steps, { type: 'script_automation', ...over }, { timeout: 90000 });
  assertSchema('GetTaskResponse', r.task);
  assertSchema('GetResultsResponse', r.results);
  return r;
}

describe('script_automation', () => {
  test('several instructions share one page; return values, log() and artifacts', async () => {
    const { id, task, results } = await script([
      `await page.goto(${JSON.stringify(fix.url('/title.html'))});
log('opened', page.url());
return await page.title();`,
      `// the page is still the one the first instruction opened
const heading: string = await page.textContent('h1') as string;
await page.evaluate(() => { (window as any).marker = 41; });
console.log('script says', heading);
return { heading, url: page.url() };`,
      `await page.click('a');
await page.waitForLoadState('load');
const marker = await page.evaluate(() => (window as any).marker ?? null);
return [await page.title(), marker];`,
    ]);
    assert.equal(task.status, 'finalized', JSON.stringify(task, null, 1));
    assert.equal(task.scriptType, 'script_automation');
    const logs = task.progress.logs.join('\n');
    assert.match(logs, /step 1\/3: await page\.goto/, logs);
    assert.match(logs, /step 3\/3/, logs);
    assert.match(logs, new RegExp(`opened ${fix.url('/title.html').replace(/[.?]/g, '\\$&')}`), 'log() lines reach the progress logs');
    assert.match(logs, /completed in/);

    const steps = results.results;
    assert.equal(steps.length, 3, JSON.stringify(steps, null, 1));
    assert.deepEqual(steps.map((s) => s.history_index), [0, 1, 2]);
    assert.deepEqual(JSON.parse(steps[0].result), TITLE);
    assert.deepEqual(JSON.parse(steps[1].result), { heading: 'Fixture heading', url: fix.url('/title.html') });
    assert.deepEqual(JSON.parse(steps[2].result), ['Console Fixture', null], 'a new document: the marker is gone');
    assert.equal(task.result, steps[2].result, "the task's result is the last step's value");
    for (const s of steps) {
      assert.equal(JSON.parse(s.model_output).action, 'script');
      assert.equal(s.metadata.error, null);
      assert.equal(typeof s.metadata.duration_ms, 'number');
    }
    assert.equal(JSON.parse(steps[1].state).url, fix.url('/title.html'));
    assert.equal(JSON.parse(steps[2].state).title, 'Console Fixture');
    assert.equal(steps[0].screenshot_url, null, 'no artifacts before the last step without inspect');

    const last = steps[2];
    const png = Buffer.from(await (await fetch(last.screenshot_url)).arrayBuffer());
    assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
    assert.match(await (await fetch(last.html_url)).text(), /Console fixture/);
    const consoleEntries = await (await fetch(last.console_url)).json();
    const texts = consoleEntries.map((e) => e.text);
    assert.ok(texts.includes('script says Fixture heading'), `the script's console: ${JSON.stringify(consoleEntries)}`);
    assert.ok(texts.includes(CONSOLE_TEXT), `the page's console: ${JSON.stringify(consoleEntries)}`);
    for (const e of consoleEntries) assert.deepEqual(Object.keys(e).sort(), ['text', 'ts', 'type']);
    assert.ok(id);
  });

  test('returned values of every JSON type, and what JSON cannot hold', async () => {
    const cases = [
      ['return "text"', 'text'],
      ['return 42.5', 42.5],
      ['return true', true],
      ['return null', null],
      ['return', null],
      ['return { a: 1, b: [1, "x", { c: null }] }', { a: 1, b: [1, 'x', { c: null }] }],
      ['return [1, [2, [3]]]', [1, [2, [3]]]],
      ['return 2n ** 70n', '1180591620717411303424'],
      ['return [NaN, Infinity, undefined]', ['NaN', 'Infinity', null]],
      ['return new Uint8Array([104, 105])', 'aGk='],
      ['return new Map([["k", 1]])', { k: 1 }],
      ['return new Set([1, 2])', [1, 2]],
      ['return new Date(0)', '1970-01-01T00:00:00.000Z'],
      ['const o: any = { name: "loop" }; o.self = o; return o', { name: 'loop', self: '[Circular]' }],
    ];
    const { task, results } = await script(cases.map(([code]) => code));
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    assert.equal(results.results.length, cases.length);
    cases.forEach(([code, want], i) => {
      assert.deepEqual(JSON.parse(results.results[i].result), want, `${code} -> ${results.results[i].result}`);
    });
  });

  test('TypeScript: types, interfaces, enums, generics, casts', async () => {
    const { task, results } = await script([`
interface Point { x: number; y: number }
enum Color { Red = 'red', Green = 'green' }
type Pair<T> = [T, T];
function swap<T>(p: Pair<T>): Pair<T> { return [p[1], p[0]]; }
class Box<T> { constructor(private readonly v: T) {} get(): T { return this.v; } }
const p = { x: 1, y: 2 } as Point;
const n = <number>(p.x + p.y);
return { sum: n, color: Color.Green, swapped: swap<string>(['a', 'b']), boxed: new Box<number>(7).get() };`]);
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    assert.deepEqual(JSON.parse(results.results[0].result), { sum: 3, color: 'green', swapped: ['b', 'a'], boxed: 7 });
  });

  test('a thrown error fails the task with the message, the step and the line', async () => {
    const { task, results } = await script([
      'return 1',
      `const a = 1;
// the next line throws
throw new Error('boom ' + a);`,
      'return "never runs"',
    ]);
    assert.equal(task.status, 'failed', JSON.stringify(task));
    assert.equal(task.error, 'step 2: line 3: Error: boom 1');
    assert.ok(task.progress.logs.some((l) => l.includes('boom 1')), 'the logs say why');
    assert.equal(results.results.length, 2, 'the third instruction never ran');
    const failed = results.results[1];
    assert.equal(failed.result, null);
    assert.equal(failed.metadata.error, 'line 3: Error: boom 1');
    assert.ok(failed.screenshot_url && failed.html_url && failed.console_url, 'a failing step has its artifacts');
  });

  test('a syntax error fails the task with the message and the line', async () => {
    const { task, results } = await script(['return 1', 'const ok = 1;\nconst x = ;\nreturn x']);
    assert.equal(task.status, 'failed');
    assert.match(task.error, /^step 2: line 2: SyntaxError: /, task.error);
    assert.equal(results.results.length, 2);
    const js = await script(['const a = 1;\nlet let = 2;']);
    assert.equal(js.task.status, 'failed');
    assert.match(js.task.error, /^step 1: line 2: SyntaxError/, js.task.error);
  });

  test('inspect: every step has artifacts', async () => {
    const { task, results } = await script(['await page.setContent("<title>one</title>")', 'return 2'], { inspect: true });
    assert.equal(task.status, 'finalized');
    for (const s of results.results) {
      assert.ok(s.screenshot_url && s.html_url && s.console_url, JSON.stringify(s));
    }
    assert.match(await (await fetch(results.results[0].html_url)).text(), /<title>one<\/title>/);
  });

  test("the task's place: time zone, locale, Accept-Language, coordinates; input", async () => {
    const { task, results } = await script([`
await page.goto(${JSON.stringify(fix.url('/headers'))});
const pos = await page.evaluate(() => new Promise<number[]>((ok, ko) =>
  navigator.geolocation.getCurrentPosition((p) => ok([p.coords.latitude, p.coords.longitude]), ko)));
return {
  tz: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  lang: await page.evaluate(() => navigator.language),
  header: await page.textContent('#al'),
  pos, input,
};`], { geoLocation: { country: 'ca', city: 'Montréal' }, project: 'geo' });
    assert.equal(task.status, 'finalized', JSON.stringify(task));
    const v = JSON.parse(results.results[0].result);
    // The city's own zone, locale and coordinates, not the capital's (Ottawa).
    assert.equal(v.tz, 'America/Toronto');
    assert.equal(v.lang, 'fr-CA');
    assert.match(v.header, /^fr-CA/);
    assert.ok(Math.abs(v.pos[0] - 45.5) < 0.2 && Math.abs(v.pos[1] + 73.57) < 0.2, `coordinates: ${v.pos}`);
    assert.ok(task.progress.logs.some((l) => /place: Montr.al, Canada/.test(l)), task.progress.logs.join('\n'));
    assert.deepEqual(v.input, { geoLocation: { country: 'CA', city: 'Montréal' }, project: 'geo' });
  });

  test('log() lines are visible while the task runs', async () => {
    const id = await api.submit([`log('halfway there'); await page.waitForTimeout(2500); return 'done'`], { type: 'script_automation' });
    const running = await api.waitFor(id, (t) => t.progress.logs.some((l) => l.endsWith(' halfway there')), { timeout: 90000, interval: 100 });
    assert.equal(running.status, 'running', 'the log line came before the end');
    const end = await api.waitTerminal(id, { timeout: 30000 });
    assert.equal(end.status, 'finalized');
    assert.equal(end.result, '"done"');
  });

  test('browserai run --type script_automation prints the results', async () => {
    const out = path.join(dataDir, 'cli-out');
    const r = await runCli(['run', '--type', 'script_automation', '--out', out, 'const a: number = 20; return a + 22'],
      { dataDir: path.join(dataDir, 'cli'), timeout: 120000 });
    assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const json = JSON.parse(r.stdout);
    assert.equal(json.status, 'finalized');
    assert.equal(json.result, '42');
    assert.equal(json.results[0].result, '42');
  });

  test('runners are replaced after each task; a clean shutdown leaves nothing behind', async () => {
    // The pool starts a replacement for each runner used: at rest there are
    // as many as BROWSERAI_SCRIPT_RUNNERS says (2), each a broker and a sandbox (runner.mjs,
    // in runner/ or in the server's readable copy of it).
    let runners = [];
    for (let i = 0; i < 600; i++) {
      runners = server.children().filter((p) => /\/runner\.mjs\b/.test(p.cmdline));
      if (runners.length === 2) break;
      await sleep(100);
    }
    assert.equal(runners.length, 2, server.children().map((p) => p.cmdline.slice(0, 120)).join('\n'));
    await assertCleanShutdown(server, baseline);
  });
});

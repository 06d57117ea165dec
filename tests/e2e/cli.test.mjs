// The command line: --help of every subcommand, unknown subcommands, and
// `browserai run` (one task without a server, results JSON on stdout).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, teardown } from './lib/harness.mjs';
import { REPO, runCli, makeDataDir, chromiumBaseline, leakedChromium, waitEmpty } from './lib/server.mjs';
import { startFixtures, TITLE } from './lib/fixtures.mjs';
import { assertSchema } from './lib/schema.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let fix, dataDir, baseline;
let outN = 0;

before(async () => {
  baseline = chromiumBaseline();
  fix = await startFixtures();
  dataDir = await makeDataDir('cli');
});

after(() => teardown({ fixtures: [fix], dirs: [dataDir] }));

function textOf(result) {
  try { const v = JSON.parse(result); if (typeof v === 'string') return v; } catch { /* plain */ }
  return result;
}

/** `browserai run ...` with its own --out directory; parses stdout. */
async function run(args, { allowPrivate = true, timeout = 60000 } = {}) {
  const out = path.join(dataDir, `out-${++outN}`);
  const r = await runCli(['run', '--out', out, ...args], { dataDir, allowPrivate, timeout });
  let json;
  try { json = JSON.parse(r.stdout); } catch { json = undefined; }
  return { ...r, out, json };
}

/** The file an artifact "url" of `run` names, checked to lie inside dir. */
function artifactFile(u, dir, what) {
  assert.equal(typeof u, 'string', `${what}: ${u}`);
  const p = u.startsWith('file://') ? decodeURIComponent(new URL(u).pathname) : u;
  // Absolute, or relative to the working directory (the repo) or to --out.
  const abs = path.isAbsolute(p) ? p : [path.resolve(REPO, p), path.resolve(dir, p)].find((x) => fs.existsSync(x)) || path.resolve(REPO, p);
  const real = fs.realpathSync(dir);
  assert.ok(abs.startsWith(dir + path.sep) || abs.startsWith(real + path.sep), `${what} ${u} lies inside ${dir}`);
  assert.ok(fs.existsSync(abs), `${what}: ${abs} exists`);
  return abs;
}

test('--help of the program and of each subcommand exits 0 with usage', async () => {
  for (const args of [['--help'], ['serve', '--help'], ['keys', '--help'], ['run', '--help']]) {
    const r = await runCli(args, { dataDir, timeout: 10000 });
    assert.equal(r.code, 0, `browserai ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
    assert.match(r.stdout, /usage/i, `browserai ${args.join(' ')} prints usage on stdout:\n${r.stdout}`);
  }
  const top = await runCli(['--help'], { dataDir, timeout: 10000 });
  for (const sub of ['serve', 'keys', 'run']) assert.ok(top.stdout.includes(sub), `top-level help names ${sub}`);
  const run = await runCli(['run', '--help'], { dataDir, timeout: 10000 });
  for (const opt of ['--type', '--project', '--country', '--inspect', '--timeout', '--out']) {
    assert.ok(run.stdout.includes(opt), `run --help names ${opt}`);
  }
});

test('an unknown subcommand exits non-zero with a message', async () => {
  const r = await runCli(['frobnicate'], { dataDir, timeout: 10000 });
  assert.notEqual(r.code, 0, 'exit code');
  assert.ok((r.stderr + r.stdout).trim().length > 0, 'says something');
  assert.match(r.stderr + r.stdout, /frobnicate|unknown|usage/i);
});

test('run without instructions is a usage error', async () => {
  const r = await runCli(['run'], { dataDir, timeout: 10000 });
  assert.notEqual(r.code, 0);
  assert.ok(r.stderr.trim().length > 0, 'explains on stderr');
});

test('run: prints GetResultsResponse JSON, exit 0, artifacts are files in --out', async () => {
  const r = await run([`Open ${fix.url('/title.html')} and get the title`]);
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}\n${r.stdout}`);
  assert.ok(r.json, `stdout is JSON:\n${r.stdout.slice(0, 2000)}`);
  assertSchema('GetResultsResponse', r.json);
  assert.equal(r.json.status, 'finalized');
  assert.equal(r.json.results.length, 2);
  r.json.results.forEach((s, i) => assert.equal(s.history_index, i));
  assert.equal(textOf(r.json.results[1].result), TITLE);
  const last = r.json.results[1];
  const png = fs.readFileSync(artifactFile(last.screenshot_url, r.out, 'screenshot_url'));
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
  const html = fs.readFileSync(artifactFile(last.html_url, r.out, 'html_url'), 'utf8');
  assert.ok(html.includes(TITLE));
  const con = JSON.parse(fs.readFileSync(artifactFile(last.console_url, r.out, 'console_url'), 'utf8'));
  assert.ok(Array.isArray(con));
  assert.equal(r.json.results[0].screenshot_url, null, 'no artifacts on earlier steps without --inspect');
});

test('run: several instructions, --inspect, --type, --project, --country', async () => {
  const r = await run(['--inspect', '--type', 'crawler_automation', '--project', 'cli', '--country', 'de',
    `Open ${fix.url('/title.html')}`, 'get the title']);
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}`);
  assertSchema('GetResultsResponse', r.json);
  assert.equal(r.json.results.length, 2);
  for (const s of r.json.results) {
    for (const k of ['screenshot_url', 'html_url', 'console_url']) artifactFile(s[k], r.out, `step ${s.history_index} ${k}`);
  }
});

test('run: an instruction the planner cannot understand -> exit 1, status failed', async () => {
  const r = await run(['upload the file resume.pdf']);
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stderr}`);
  assert.ok(r.json, `stdout is JSON: ${r.stdout}`);
  assertSchema('GetResultsResponse', r.json);
  assert.equal(r.json.status, 'failed');
  assert.ok((r.stdout + r.stderr).includes('could not understand "upload the file resume.pdf"'), 'says why');
});

test('run: loopback is refused unless BROWSERAI_ALLOW_PRIVATE_NETWORKS=1', async () => {
  const since = Date.now();
  const r = await run([`Open ${fix.url('/title.html?cli=strict')}`], { allowPrivate: false });
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stderr}`);
  assert.equal(r.json?.status, 'failed', r.stdout);
  assert.match(r.stdout + r.stderr, /loopback|refused/i);
  assert.ok(!fix.requests.some((q) => q.url === '/title.html?cli=strict' && q.time >= since), 'never visited');
});

test('run --timeout 2 on a page that never answers -> exit 1, failed (reason: timeout)', async () => {
  const t0 = Date.now();
  const r = await run(['--timeout', '2', `Open ${fix.url('/hang?cli=1')}`], { timeout: 30000 });
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stderr}`);
  assert.equal(r.json?.status, 'failed', r.stdout);
  assert.match(r.stdout + r.stderr, /ran longer than its limit/);
  assert.ok(Date.now() - t0 < 15000, `took ${Date.now() - t0} ms`);
});

test('run leaves no chromium behind', async () => {
  const leaked = await waitEmpty(() => leakedChromium(baseline), 5000);
  assert.deepEqual(leaked.map((p) => `${p.pid} ${p.cmdline.slice(0, 160)}`), []);
});

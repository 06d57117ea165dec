// bench/script.mjs -- how long a script_automation task takes from POST to
// "completed", against the same Playwright script run directly with node
// (which launches its own browser), in the same run. Prints both medians and
// their ratio. Started by bench/script; no assertions, figures only.
//
//   bench/script [rounds]     (default 7 rounds of each, after one warm-up)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, makeDataDir, randomToken, removeDir, REPO } from '../tests/e2e/lib/server.mjs';
import { startFixtures } from '../tests/e2e/lib/fixtures.mjs';
import { Api } from '../tests/e2e/lib/api.mjs';

const rounds = Number(process.argv[2]) || 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/* CPU ticks (1/100 s) of a process from /proc: its own, and with kids
 * those of its children it has waited for (a server's spent runners and
 * browsers; a direct run's node and its browser). */
function ticks(pid, own, kids) {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (own ? +f[11] + +f[12] : 0) + (kids ? +f[13] + +f[14] : 0);
}

const fix = await startFixtures();
// The same code both ways: open a page, read it, return a value.
const code = `await page.goto(${JSON.stringify(fix.url('/title.html'))});
const title: string = await page.title();
const links = await page.evaluate(() => document.querySelectorAll('a').length);
return { title, links };`;

// The direct way: node, playwright-core, a browser of its own, the same place.
const direct = path.join(os.tmpdir(), `browserai-bench-direct-${process.pid}.mjs`);
fs.writeFileSync(direct, `import { chromium } from ${JSON.stringify(path.join(REPO, 'runner/node_modules/playwright-core/index.mjs'))};
const browser = await chromium.launch({ executablePath: process.env.BROWSERAI_CHROMIUM || '/usr/bin/chromium-headless-shell', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US', geolocation: { latitude: 38.9, longitude: -77.04 }, permissions: ['geolocation'] });
const page = await context.newPage();
const result = await (async () => { ${code.replace(/: string/, '')} })();
console.log(JSON.stringify(result));
await browser.close();
`);

function runDirect() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [direct], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (c) => (c === 0 ? resolve({ ms: performance.now() - t0, out: out.trim() }) : reject(new Error(`direct run exited ${c}`))));
  });
}

const dataDir = await makeDataDir('bench');
const token = randomToken();
const server = await startServer({ dataDir, apiKey: token, workers: 2, label: 'bench' });
const api = new Api(server.url, token);

async function runTask() {
  const t0 = performance.now();
  const id = await api.submit([code], { type: 'script_automation' });
  const task = await api.waitFor(id, ['finalized', 'failed', 'stopped'], { interval: 10, timeout: 60000 });
  const ms = performance.now() - t0;
  if (task.status !== 'finalized') throw new Error(`task ${task.status}: ${task.error}`);
  return { ms, out: task.result };
}

try {
  await runTask(); // warm-up: the pool's runners are started by then
  await runDirect();
  const t = [], d = [];
  let cpuTask = 0, cpuServer = 0, cpuDirect = 0;
  const sp = server.proc.pid;
  for (let i = 0; i < rounds; i++) {
    // a round of ours: the task, and its runner's end and replacement
    // (killed, reaped and started in the pause), as the tree's CPU
    const s0 = ticks(sp, true, true), o0 = ticks(sp, true, false);
    t.push((await runTask()).ms);
    await new Promise((r) => setTimeout(r, 300)); // let the pool start the replacement
    cpuTask += ticks(sp, true, true) - s0;
    cpuServer += ticks(sp, true, false) - o0;
    const d0 = ticks(process.pid, false, true);
    d.push((await runDirect()).ms);
    cpuDirect += ticks(process.pid, false, true) - d0;
  }
  const mt = median(t), md = median(d);
  console.log(`script task, POST to completed (median of ${rounds}): ${mt.toFixed(0)} ms  [${t.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`node + playwright-core, own browser (median of ${rounds}): ${md.toFixed(0)} ms  [${d.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`ratio task / direct: ${(mt / md).toFixed(2)}`);
  const per = (x) => (x / 100 / rounds).toFixed(2);
  console.log(`CPU per run, whole process tree (mean of ${rounds}): task ${per(cpuTask)} s (the server itself ${per(cpuServer)} s), direct ${per(cpuDirect)} s, ratio ${(cpuTask / cpuDirect).toFixed(2)}`);
} finally {
  await server.stop();
  await fix.close();
  await removeDir(dataDir);
  fs.rmSync(direct, { force: true });
}

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
  for (let i = 0; i < rounds; i++) {
    t.push((await runTask()).ms);
    d.push((await runDirect()).ms);
    await new Promise((r) => setTimeout(r, 300)); // let the pool start the replacement
  }
  const mt = median(t), md = median(d);
  console.log(`script task, POST to completed (median of ${rounds}): ${mt.toFixed(0)} ms  [${t.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`node + playwright-core, own browser (median of ${rounds}): ${md.toFixed(0)} ms  [${d.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`ratio task / direct: ${(mt / md).toFixed(2)}`);
} finally {
  await server.stop();
  await fix.close();
  await removeDir(dataDir);
  fs.rmSync(direct, { force: true });
}

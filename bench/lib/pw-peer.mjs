// The Playwright side of bench/memory, in its own process so that its memory
// can be read from /proc apart from the benchmark's. Reads commands on stdin,
// answers one line each on stdout:
//   launch URL       launch a warm browser, visit URL once in a context -> "launched"
//   busy N URL       open N contexts, each navigating to URL (not awaited) -> "busy"
//   close            close the contexts -> "closed"
//   exit             close the browser and exit
import readline from 'node:readline';
import { pwLaunch, playwright } from './chromium.mjs';

await playwright();
let browser;
let contexts = [];
const say = (s) => process.stdout.write(`${s}\n`);
say('ready');
const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  const [cmd, ...a] = line.trim().split(/\s+/);
  try {
    if (cmd === 'launch') {
      browser = await pwLaunch();
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(a[0], { waitUntil: 'load' });
      await ctx.close();
      say('launched');
    } else if (cmd === 'busy') {
      const n = Number(a[0]);
      for (let i = 0; i < n; i++) {
        const ctx = await browser.newContext();
        contexts.push(ctx);
        const page = await ctx.newPage();
        page.goto(a[1], { waitUntil: 'load', timeout: 0 }).catch(() => {});
      }
      say('busy');
    } else if (cmd === 'close') {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
      contexts = [];
      say('closed');
    } else if (cmd === 'exit') {
      await browser?.close();
      process.exit(0);
    } else {
      say(`error unknown command ${cmd}`);
    }
  } catch (e) {
    say(`error ${String(e.message).split('\n')[0]}`);
  }
}

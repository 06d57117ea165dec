// Machine-readable output of a benchmark (--json FILE), and the machine it ran on.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { CHROMIUM } from './chromium.mjs';
import { fileURLToPath } from 'node:url';
import { machineCpu, busyShare, sleep, treeCpuMs, clockTicks, spawnTracked } from './procs.mjs';

/** nproc, memory, CPU model, Chromium and Node versions, the date. */
export function machine() {
  let cpu = '';
  try { cpu = /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] || ''; } catch { /* none */ }
  let chromium = '';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }).trim();
  } catch { /* unknown */ }
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memMiB: Math.round(os.totalmem() / 1048576),
    cpu,
    chromium,
    node: process.version,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

/** Writes { machine, ...data } to file when a file was named. */
export async function writeJson(file, data) {
  if (!file) return;
  await fsp.writeFile(file, JSON.stringify({ machine: machine(), ...data }, null, 2) + '\n');
}

/**
 * How busy the machine was in the second before a benchmark starts (other work
 * skews every figure), its load average and core count, as one line.
 */
export async function loadLine(quietWaitS = 0) {
  let a = machineCpu();
  await sleep(1000);
  let busy = busyShare(a, machineCpu());
  // --quiet-wait: give other work on the machine up to that long to calm down.
  const end = Date.now() + quietWaitS * 1000;
  while (busy > 0.25 && Date.now() < end) {
    process.stderr.write(`bench: the machine is ${(busy * 100).toFixed(0)}% busy; waiting for it to calm down (--quiet-wait ${quietWaitS})\n`);
    await sleep(4000);
    a = machineCpu();
    await sleep(1000);
    busy = busyShare(a, machineCpu());
  }
  return `${os.availableParallelism?.() ?? os.cpus().length} cores, ${(busy * 100).toFixed(0)}% busy in the second before the start, ` +
    `load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`;
}

/**
 * Starts watching the machine: line() then tells how much of its CPU this
 * benchmark (this process and everything under it) and everything else used
 * since. Other work above 10% means the figures are skewed.
 */
export function watchMachine() {
  const m0 = machineCpu();
  const tree0 = treeCpuMs(process.pid);
  const t0 = Date.now();
  // This benchmark's CPU, two lower bounds: the tree's own + reaped-children
  // times (loses processes whose parent exits first) and a sampler's sum of
  // own times (loses the tail of each exited process); the larger is kept.
  const child = spawnTracked(process.execPath, [fileURLToPath(new URL('./cpu-watch.mjs', import.meta.url)), String(process.pid)],
    { stdio: ['pipe', 'pipe', 'ignore'] });
  const sampled = async () => {
    const before = child.out.length;
    child.stdin.write('\n');
    const end = Date.now() + 3000;
    while (child.out.length === before && Date.now() < end && !child.exitStatus) await sleep(10);
    const lines = child.out.trim().split('\n');
    return Number(lines[lines.length - 1]) || 0;
  };
  return {
    async shares() {
      const m1 = machineCpu();
      const total = ((m1.total - m0.total) * 1000) / clockTicks();
      const busy = ((m1.busy - m0.busy) * 1000) / clockTicks();
      const mine = Math.min(busy, Math.max(treeCpuMs(process.pid) - tree0, await sampled()));
      return { seconds: (Date.now() - t0) / 1000, busy: busy / total, mine: mine / total, others: Math.max(0, busy - mine) / total };
    },
    async line() {
      const s = await this.shares();
      return `during the run (${s.seconds.toFixed(0)} s) the machine was ${(s.busy * 100).toFixed(0)}% busy: ` +
        `${(s.mine * 100).toFixed(0)}% this benchmark, ${(s.others * 100).toFixed(0)}% other work (at most)` +
        (s.others > 0.15 ? ' -- over 15%: figures skewed, run again on a quieter machine' : '');
    },
  };
}

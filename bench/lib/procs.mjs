// Processes from /proc: trees, RSS and PSS; and the register of everything a
// benchmark starts, so that it all stops when the benchmark ends, fails or is
// interrupted (Ctrl-C).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listProcesses, descendants } from '../../tests/e2e/lib/server.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The process table, as the end-to-end tests read it (one reader for both).
export { listProcesses, descendants };

function field(text, name) {
  const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : NaN;
}

/** { rss, hwm } of pid in KiB (VmRSS, VmHWM), NaN when unreadable. */
export function rssOf(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rss: field(s, 'VmRSS'), hwm: field(s, 'VmHWM') };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/** PSS of pid in KiB (smaps_rollup): shared pages split among their users. */
export function pssOf(pid) {
  try {
    return field(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
  } catch {
    return NaN;
  }
}

/** Memory of the descendants of pid (not pid itself): { n, rss, pss } in KiB, with the processes. */
export function treeMemory(pid) {
  const procs = descendants(pid);
  let rss = 0;
  let pss = 0;
  const each = [];
  for (const p of procs) {
    const r = rssOf(p.pid).rss;
    const s = pssOf(p.pid);
    if (Number.isFinite(r)) rss += r;
    if (Number.isFinite(s)) pss += s;
    each.push({ ...p, rss: r, pss: s });
  }
  return { n: procs.length, rss, pss, procs: each };
}

let clkTck = 100;
try { clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { /* 100 */ }

/** Clock ticks per second of /proc times (USER_HZ). */
export const clockTicks = () => clkTck;

/** CPU time of pid in ms: its own user+system time plus that of its reaped children. */
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14-17 of stat (utime stime cutime cstime) are 11-14 after the name
    return ((Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 1000) / clkTck;
  } catch {
    return 0;
  }
}

/**
 * CPU ms of pid (unless self is false) and its descendants, leaving out the
 * subtrees rooted at the pids in `exclude`. Sample before and after: the
 * difference is what the tree used in between (exited processes count through
 * their parent's reaped-children time).
 */
export function treeCpuMs(pid, { self = true, exclude = [] } = {}) {
  const procs = listProcesses();
  const skip = new Set(exclude);
  for (const x of exclude) for (const d of descendants(x, procs)) skip.add(d.pid);
  let ms = self ? cpuMs(pid) : 0;
  for (const p of descendants(pid, procs)) if (!skip.has(p.pid)) ms += cpuMs(p.pid);
  return ms;
}

/** The machine's CPU jiffies so far: { busy, total } (from /proc/stat). */
export function machineCpu() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] || 0);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Busy share (0-1) of all cores between two machineCpu() samples. */
export const busyShare = (a, b) => (b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : NaN);

/** What a Chromium (or other) process is, from its command line. */
export function processKind(p, rootPid) {
  if (p.pid === rootPid) return 'self';
  const t = /--type=([\w-]+)/.exec(p.cmdline)?.[1];
  if (t === 'renderer' || t === 'zygote') return 'renderers';
  if (t === 'gpu-process') return 'gpu';
  if (t === 'utility') return /NetworkService/.test(p.cmdline) ? 'network' : 'utility';
  if (/crashpad/.test(p.cmdline)) return 'crashpad';
  if (/chrom/.test(p.cmdline)) return 'browser';
  return 'other';
}

/**
 * CPU ms of pid and its descendants by kind (self, browser, renderers, gpu,
 * network, utility, ...). Exited renderers count through the zygote that
 * reaped them, hence one "renderers" kind for both.
 */
export function treeCpuByKind(pid, { exclude = [] } = {}) {
  const procs = listProcesses();
  const skip = new Set(exclude);
  for (const x of exclude) for (const d of descendants(x, procs)) skip.add(d.pid);
  const self = procs.find((p) => p.pid === pid) || { pid, cmdline: '' };
  const out = {};
  for (const p of [self, ...descendants(pid, procs)]) {
    if (skip.has(p.pid)) continue;
    const k = processKind(p, pid);
    out[k] = (out[k] || 0) + cpuMs(p.pid);
  }
  return out;
}

/** b - a, kind by kind, divided by n. */
export function cpuDiff(a, b, n = 1) {
  const out = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) out[k] = ((b[k] || 0) - (a[k] || 0)) / n;
  return out;
}

/** { start, own } of pid from /proc/pid/stat: its start time and its own CPU ms; null when gone. */
function statOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { start: f[19], own: ((Number(f[11]) + Number(f[12])) * 1000) / clkTck };
  } catch {
    return null;
  }
}

/**
 * Counts the CPU time of this process and of everything it starts, down the
 * tree, while it runs: a sampler reads each process's own time every
 * intervalMs and keeps following it after its parent exits (a browser left to
 * init still counts). Reaped-children times are not used (a process and the
 * one that reaped it would count twice), so what a process burns after its
 * last sample, and processes shorter than one interval, are missed: a lower
 * bound, within a few percent. Returns { ms() (CPU ms so far), stop() }.
 */
export function cpuAccountant(root = process.pid, intervalMs = 100) {
  const tracked = new Map(); // pid -> { start, first, last }
  let gone = 0; // ms of processes that exited
  let firstRound = true;
  const sample = () => {
    for (const pid of [root, ...descendants(root).map((p) => p.pid)]) {
      if (tracked.has(pid)) continue;
      const st = statOf(pid);
      // Born during the watch: all its time is in the window.
      if (st) tracked.set(pid, { start: st.start, first: firstRound ? st.own : 0, last: st.own });
    }
    firstRound = false;
    for (const [pid, t] of tracked) {
      const st = statOf(pid);
      if (st && st.start === t.start) {
        t.last = st.own;
      } else {
        tracked.delete(pid);
        gone += t.last - t.first;
      }
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    ms() {
      sample();
      let sum = gone;
      for (const t of tracked.values()) sum += t.last - t.first;
      return sum;
    },
    stop() { clearInterval(timer); },
  };
}

// ---- what we started ----------------------------------------------------------

const children = new Set(); // ChildProcess
const dirs = new Set();
const hooks = []; // async () => {} run first at cleanup, newest first
let cleaning = null;

/** Spawns a process that cleanup() stops; stdout/stderr kept in .out/.err (tail). */
export function spawnTracked(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  child.out = '';
  child.err = '';
  const keep = (k) => (d) => {
    child[k] += d;
    if (child[k].length > 1 << 20) child[k] = child[k].slice(-(1 << 19));
  };
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', keep('out'));
  child.stderr?.on('data', keep('err'));
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    child.exitStatus = { code, signal };
    children.delete(child);
    resolve(child.exitStatus);
  }));
  child.on('error', (e) => { child.err += `\n[spawn error] ${e.message}\n`; });
  children.add(child);
  return child;
}

/**
 * Stops a tracked child: `signal` (SIGTERM), then SIGKILL after graceMs.
 * Descendants it leaves behind (recorded just before) are killed by pid.
 */
export async function stopChild(child, { signal = 'SIGTERM', graceMs = 10000 } = {}) {
  if (!child || child.exitStatus) return child?.exitStatus;
  const kids = descendants(child.pid);
  try { child.kill(signal); } catch { /* gone */ }
  let timer;
  const t = await Promise.race([child.exited, new Promise((r) => { timer = setTimeout(() => r(null), graceMs); })]);
  clearTimeout(timer);
  if (!t) {
    try { child.kill('SIGKILL'); } catch { /* gone */ }
    await child.exited;
  }
  await killLeftovers(kids);
  return child.exitStatus;
}

/** Kills (by pid) those of `recorded` that still run with the same command line. */
export async function killLeftovers(recorded, waitMs = 3000) {
  const alive = () => {
    const now = new Map(listProcesses().filter((p) => p.state !== 'Z').map((p) => [p.pid, p.cmdline]));
    return recorded.filter((p) => now.get(p.pid) === p.cmdline);
  };
  const end = Date.now() + waitMs;
  let left = alive();
  while (left.length && Date.now() < end) {
    await sleep(100);
    left = alive();
  }
  for (const p of left) {
    try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  return left.length;
}

export async function tempDir(label) {
  const d = await fsp.mkdtemp(path.join(os.tmpdir(), `browserai-bench-${label}-`));
  dirs.add(d);
  return d;
}

/** Registers an async clean-up step (closing a browser, say). */
export function onCleanup(fn) {
  hooks.push(fn);
}

export function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      for (const fn of hooks.splice(0).reverse()) {
        try {
          await Promise.race([fn(), sleep(15000)]);
        } catch { /* best effort */ }
      }
      await Promise.all([...children].map((c) => stopChild(c, { graceMs: 5000 })));
      for (const d of dirs) await fsp.rm(d, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
      dirs.clear();
    })();
  }
  return cleaning;
}

process.on('exit', () => {
  for (const c of children) {
    try { c.kill('SIGKILL'); } catch { /* gone */ }
  }
  for (const d of dirs) {
    try { fs.rmSync(d, { recursive: true, force: true }); } catch { /* best effort */ }
  }
});

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\nbench: ${sig}, stopping what was started...`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Runs main(), then cleans up; exit code 1 on an error. */
export async function runMain(main) {
  let code = 0;
  try {
    await main();
  } catch (e) {
    console.error(`\nbench: error: ${e?.stack || e}`);
    code = 1;
  }
  await cleanup();
  process.exit(code);
}

/** A progress line on stderr, prefixed with the time since start. */
const t0 = Date.now();
export function progress(msg) {
  process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);
}

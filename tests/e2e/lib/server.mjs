// Starting and stopping build/browserai, running its CLI, and watching the
// processes it leaves behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = process.env.BROWSERAI_BIN || path.join(REPO, 'build/browserai');
/** The browser tests launch themselves (Playwright): the one the server runs by default. */
export const CHROMIUM = '/usr/bin/chromium-headless-shell';
export const LOG_DIR = path.join(REPO, 'tests/artifacts/e2e');

const LISTEN_RE = /browserai: listening on (http:\/\/127\.0\.0\.1:(\d+))/;
const CREATED_KEY_RE = /browserai: created API key \(shown once\): (\S+)/;

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomAlnum(n) {
  const bytes = crypto.randomBytes(n);
  let s = '';
  for (const b of bytes) s += ALNUM[b % ALNUM.length];
  return s;
}

/** A fresh token in the server's own format, for BROWSERAI_API_KEY. */
export function randomToken() {
  return `bai_${randomAlnum(12)}_${randomAlnum(32)}`;
}

export async function makeDataDir(label = 'data') {
  return fsp.mkdtemp(path.join(os.tmpdir(), `browserai-e2e-${label}-`));
}

export async function removeDir(dir) {
  if (dir) await fsp.rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** process.env without BROWSERAI_* (so a developer's shell does not leak in), plus env. */
// not BROWSERAI_*: the server passes none of those on to its browsers
const OWNER_VAR = 'E2E_OWNER_PID';

export function cleanEnv(env = {}) {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('BROWSERAI_')) out[k] = v;
  // Which test process started it: its browsers inherit this, and
  // leakedChromium() counts only this process's (E2E_JOBS files run side by
  // side, and one's server killed on purpose leaves its browsers for its
  // own clean-up, not for another file's leak check).
  out[OWNER_VAR] = String(process.pid);
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || v === null) delete out[k];
    else out[k] = String(v);
  }
  return out;
}

// Every child we start, so a dying test process can take them along.
const live = new Set();
process.on('exit', () => {
  for (const child of live) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

function binaryMissing() {
  try {
    fs.accessSync(BIN, fs.constants.X_OK);
    return null;
  } catch {
    return `${BIN} does not exist or is not executable; run \`make\` first`;
  }
}

// ---- processes --------------------------------------------------------------

/** Every process of the machine: { pid, ppid, pgrp, state, cmdline }. */
export function listProcesses() {
  const out = [];
  let entries;
  try { entries = fs.readdirSync('/proc'); } catch { return out; }
  for (const d of entries) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: Number(d), ppid: Number(rest[1]), pgrp: Number(rest[2]), state: rest[0], cmdline });
    } catch { /* it exited meanwhile */ }
  }
  return out;
}

/** Live (non-zombie) descendants of pid. */
export function descendants(pid, procs = listProcesses()) {
  const children = new Map();
  for (const p of procs) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(p);
  }
  const out = [];
  const stack = [...(children.get(pid) || [])];
  while (stack.length) {
    const p = stack.pop();
    if (p.state !== 'Z') out.push(p);
    stack.push(...(children.get(p.pid) || []));
  }
  return out;
}

/**
 * Chromium processes of a browserai server: started with --remote-debugging-pipe and
 * the server's own profile folder (browserai-chromium-*). Browsers that other
 * programs run on the machine (Playwright, a developer's own) are not ours.
 */
export function chromiumBrowsers(procs = listProcesses()) {
  return procs.filter((p) => p.state !== 'Z' && p.cmdline.includes('remote-debugging-pipe') &&
    p.cmdline.includes('browserai-chromium'));
}

/**
 * SIGKILLs the Chromium browsers (started with --remote-debugging-pipe)
 * under the server process pid, as a crash would; a browser that exited
 * since it was listed is passed over. Returns the ones listed.
 */
export function killBrowsers(pid) {
  const browsers = descendants(pid).filter((p) => p.cmdline.includes('remote-debugging-pipe'));
  for (const b of browsers) try { process.kill(b.pid, 'SIGKILL'); } catch { /* exited since listed */ }
  return browsers;
}

/** Pids of chromium browser processes now; a baseline for leakedChromium(). */
export function chromiumBaseline() {
  return new Set(chromiumBrowsers().map((p) => p.pid));
}

/**
 * Chromium browsers started since `baseline` that no live browserai process
 * owns: leftovers of a server that exited. Browsers under some other running
 * browserai (another developer's server, its binary perhaps renamed
 * browserai-v2) are not counted: an orphan has no such ancestor.
 */
export function leakedChromium(baseline) {
  const procs = listProcesses();
  const ours = (p) => {
    let env;
    try { env = fs.readFileSync(`/proc/${p.pid}/environ`, 'utf8'); } catch { return true; /* unreadable, or gone: not excused */ }
    const m = new RegExp(`(?:^|\0)${OWNER_VAR}=(\\d+)`).exec(env);
    return !m || Number(m[1]) === process.pid;
  };
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const ownedByLiveServer = (p) => {
    for (let q = byPid.get(p.ppid), n = 0; q && n < 64; q = byPid.get(q.ppid), n++) {
      if (q.state !== 'Z' && /(^|\/)browserai[\w.-]*(\s|$)/.test(q.cmdline)) return true;
    }
    return false;
  };
  return chromiumBrowsers(procs).filter((p) => !baseline.has(p.pid) && !ownedByLiveServer(p) && ours(p));
}

/** Which of the processes (recorded earlier) still run with the same command line. */
export function stillAlive(recorded) {
  const now = new Map(listProcesses().filter((p) => p.state !== 'Z').map((p) => [p.pid, p]));
  return recorded.filter((p) => now.get(p.pid)?.cmdline === p.cmdline);
}

/** Waits up to timeout ms for fn() to return an empty array; returns its last value. */
export async function waitEmpty(fn, timeout = 5000) {
  const end = Date.now() + timeout;
  let v = fn();
  while (v.length && Date.now() < end) {
    await sleep(100);
    v = fn();
  }
  return v;
}

// ---- the server ---------------------------------------------------------------

let serial = 0;

export class Server {
  /**
   * opts: dataDir (required), apiKey (undefined = none set), allowPrivate (default
   * true), workers (default 2), env (extra env), label (for log files), bin (a
   * wrapper to start instead of BIN, given BIN's arguments).
   */
  constructor(opts) {
    this.opts = opts;
    this.dataDir = opts.dataDir;
    this.apiKey = opts.apiKey;
    this.label = opts.label || 'server';
    this.out = '';
    this.err = '';
    this.proc = null;
    this.exit = null; // { code, signal }
    this.port = null;
    this.url = null;
    this.createdKey = null;
    this.lastDescendants = [];
    this.userDataDirs = new Set(); // chromium --user-data-dir values seen
    this.id = ++serial;
  }

  env() {
    const o = this.opts;
    return cleanEnv({
      BROWSERAI_ADDR: '127.0.0.1:0',
      BROWSERAI_DATA_DIR: this.dataDir,
      BROWSERAI_API_KEY: this.apiKey,
      BROWSERAI_ALLOW_PRIVATE_NETWORKS: o.allowPrivate === false ? undefined : '1',
      BROWSERAI_WORKERS: o.workers ?? 2,
      // Script runners started for a task only, not ahead: the default (600)
      // starts a replacement (a Node and a Chromium, ~2.5 CPU s) after each
      // script task, and the one after a file's last task is never used.
      // The tests of the warm pool set their own (script_warm's first
      // server, script_limits, script_tasks).
      BROWSERAI_SCRIPT_WARM_SECONDS: 0,
      ...(o.env || {}),
    });
  }

  /** Output so far, stdout then stderr, for failure messages. */
  output(maxLines = 200) {
    const tail = (s) => s.split('\n').slice(-maxLines).join('\n');
    return `--- ${this.label} stdout ---\n${tail(this.out)}\n--- ${this.label} stderr ---\n${tail(this.err)}\n`;
  }

  async start({ timeout = 15000 } = {}) {
    const missing = binaryMissing();
    if (missing) throw new Error(missing);
    this.out = '';
    this.err = '';
    this.exit = null;
    const proc = spawn(this.opts.bin || BIN, ['serve', ...(this.opts.args || [])], {
      cwd: REPO,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    live.add(proc);
    this.exited = new Promise((resolve) => {
      proc.on('exit', (code, signal) => {
        this.exit = { code, signal };
        live.delete(proc);
        resolve(this.exit);
      });
    });
    proc.stdout.setEncoding('utf8');
    proc.stderr.setEncoding('utf8');
    proc.stdout.on('data', (d) => { this.out += d; });
    proc.stderr.on('data', (d) => { this.err += d; });
    proc.on('error', (e) => { this.err += `\n[spawn error] ${e.message}\n`; });

    const end = Date.now() + timeout;
    for (;;) {
      const m = LISTEN_RE.exec(this.out);
      if (m) {
        this.url = m[1];
        this.port = Number(m[2]);
        const k = CREATED_KEY_RE.exec(this.out);
        this.createdKey = k ? k[1] : null;
        return this;
      }
      if (this.exit) {
        throw new Error(`${this.label}: exited (${JSON.stringify(this.exit)}) before listening\n${this.output()}`);
      }
      if (Date.now() > end) {
        await this.kill();
        throw new Error(`${this.label}: no "browserai: listening on" line within ${timeout} ms\n${this.output()}`);
      }
      await sleep(50);
    }
  }

  /** Live descendants now (chromium and anything else it started). */
  children() {
    if (!this.proc || this.exit) return [];
    return descendants(this.proc.pid);
  }

  /** Records the descendants, to check after exit that they went away. */
  snapshotChildren() {
    const now = this.children();
    const seen = new Map(this.lastDescendants.map((p) => [p.pid, p]));
    for (const p of now) {
      seen.set(p.pid, p);
      const m = /--user-data-dir=(\S+)/.exec(p.cmdline);
      if (m) this.userDataDirs.add(m[1]);
    }
    this.lastDescendants = [...seen.values()];
    return now;
  }

  /** Live processes whose command line names the data dir or a chromium profile dir of this server. */
  processesUsingDirs() {
    const dirs = [this.dataDir, ...this.userDataDirs];
    return listProcesses().filter((p) => p.state !== 'Z' && p.pid !== process.pid && dirs.some((d) => p.cmdline.includes(d)));
  }

  /**
   * SIGTERM, then SIGKILL after graceMs. Returns { code, signal, graceful }
   * (graceful: it exited on SIGTERM alone). A no-op when not running.
   */
  async stop({ graceMs = 10000 } = {}) {
    if (!this.proc) return null;
    if (this.exit) return { ...this.exit, graceful: this.graceful ?? true };
    this.snapshotChildren();
    this.proc.kill('SIGTERM');
    // The grace timer must not keep the test process alive once the server
    // has exited.
    let timer;
    const grace = new Promise((r) => { timer = setTimeout(() => r(null), graceMs); });
    const t = await Promise.race([this.exited, grace]);
    clearTimeout(timer);
    if (t) {
      this.graceful = true;
    } else {
      this.graceful = false;
      this.err += `\n[e2e] ${this.label} did not exit within ${graceMs} ms of SIGTERM; sending SIGKILL\n`;
      this.proc.kill('SIGKILL');
      await this.exited;
    }
    this.saveLog();
    return { ...this.exit, graceful: this.graceful };
  }

  /** SIGKILL now (a crash), after recording the descendants. */
  async kill() {
    if (!this.proc || this.exit) return this.exit;
    this.snapshotChildren();
    this.proc.kill('SIGKILL');
    await this.exited;
    this.graceful = false;
    this.saveLog();
    return this.exit;
  }

  /** Descendants recorded while it ran that still run now. */
  leftovers() {
    return stillAlive(this.lastDescendants);
  }

  saveLog() {
    try {
      fs.mkdirSync(LOG_DIR, { recursive: true });
      const file = path.join(LOG_DIR, `${path.basename(process.argv[1] || 'e2e', '.mjs')}-${this.id}-${this.label}.log`);
      fs.writeFileSync(file, this.output(100000));
    } catch { /* logs are a convenience */ }
  }
}

/** A `browserai worker` node: Server's life cycle with the worker command (and
 * opts.args, e.g. ['--addr', '127.0.0.1:0']) and its ready line; url is its
 * /healthz and /metrics address when it was given one. */
export class WorkerNode extends Server {
  async start({ timeout = 30000 } = {}) {
    this.out = '';
    this.err = '';
    this.exit = null;
    const proc = spawn(BIN, ['worker', ...(this.opts.args || [])], { cwd: REPO, env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    this.exited = new Promise((resolve) => proc.on('exit', (code, signal) => { this.exit = { code, signal }; resolve(this.exit); }));
    proc.stdout.setEncoding('utf8');
    proc.stderr.setEncoding('utf8');
    proc.stdout.on('data', (d) => { this.out += d; });
    proc.stderr.on('data', (d) => { this.err += d; });
    const end = Date.now() + timeout;
    while (!/browserai: worker \S+ running/.test(this.out)) {
      if (this.exit) throw new Error(`${this.label}: exited before it ran\n${this.output()}`);
      if (Date.now() > end) throw new Error(`${this.label}: not running within ${timeout} ms\n${this.output()}`);
      await sleep(50);
    }
    const m = /health and metrics on (http:\/\/\S+?)\/?$/m.exec(this.out);
    if (m) this.url = m[1];
    return this;
  }
}

/** Starts a server; see Server for opts. */
export async function startServer(opts) {
  const s = new Server(opts);
  await s.start();
  return s;
}

// ---- the CLI --------------------------------------------------------------------

/**
 * Runs `browserai ...args` and resolves { code, signal, stdout, stderr }.
 * Asynchronous on purpose: the fixture server lives in this process.
 */
export function runCli(args, { dataDir, env = {}, timeout = 60000, allowPrivate = false } = {}) {
  const missing = binaryMissing();
  if (missing) return Promise.reject(new Error(missing));
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, {
      cwd: REPO,
      env: cleanEnv({
        BROWSERAI_DATA_DIR: dataDir,
        BROWSERAI_ALLOW_PRIVATE_NETWORKS: allowPrivate ? '1' : undefined,
        // As Server's: `run` has one task, and a runner started ahead after
        // it would only be killed at exit.
        BROWSERAI_SCRIPT_WARM_SECONDS: 0,
        ...env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      stderr += `\n[e2e] killed after ${timeout} ms\n`;
      child.kill('SIGKILL');
    }, timeout);
    child.on('error', (e) => { clearTimeout(timer); live.delete(child); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `keys create [--project P]...`: resolves { token, id, stdout }. */
export async function createKey(dataDir, projects = []) {
  const args = ['keys', 'create'];
  for (const p of projects) args.push('--project', p);
  const r = await runCli(args, { dataDir });
  if (r.code !== 0) throw new Error(`keys create failed (${r.code}): ${r.stdout}\n${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  const token = lines[lines.length - 1].trim();
  return { token, id: token.split('_')[1], stdout: r.stdout, stderr: r.stderr };
}

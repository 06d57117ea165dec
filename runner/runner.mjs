// runner.mjs -- the sandbox half of a script runner: runs one
// script_automation task's instructions, then exits.
//
// Started by the server (src/engine/script.c) under Node's permission model
// (reads: this folder only; writes: the runner's own temporary folder; no
// child processes, workers, addons or WASI), as an unprivileged user, in a
// network namespace of its own where the server can make one. It loads
// Playwright and connects to its browser ahead of demand, through the
// broker (broker.mjs) on fds 3 (in) and 4 (out), so a task starts at once.
//
// The server's protocol on stdin/stdout: frames of a 4-byte big-endian
// length and that many bytes of JSON.
//   in:  {"type":"task","steps":[src...],"inspect":b,"place":{...},"input":{...},"proxy":s}
//   out: {"type":"ready"}  {"type":"log","text"}  {"type":"step","index"}
//        {"type":"result","index","result","error","state","console","screenshot","html"}
//        {"type":"done","ok","error"}
// Each instruction is TypeScript, run as the body of an async function in a
// vm context holding only page, context, browser, log, input, console and a
// few pure helpers: no require, no process, no import(). None of them is
// one of our objects: they are seen through a membrane (membrane.mjs), so
// no constructor chain, stack trace hook or then leads back to this
// process's realm.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import vm from 'node:vm';
import { membrane } from './membrane.mjs';

const DIR = process.env.BAI_DIR;
const MAX_FRAME = 64 << 20;       // frames from the server
const MAX_RESULT = 4 << 20;       // JSON text of one returned value
const MAX_HTML = 8 << 20;         // characters of an HTML snapshot
const MAX_CONSOLE = 1000;         // console entries per step
const MAX_TEXT = 8192;            // characters of one console entry or log line
const MAX_LOGS = 1000;            // log() lines per task

// ---- frames to and from the server ----------------------------------------

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Write one frame whole, in order with the others: fd 1 may be
 * non-blocking, so partial writes and EAGAIN are waited out. */
function send(obj) {
  const body = Buffer.from(JSON.stringify(obj));
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32BE(body.length);
  body.copy(frame, 4);
  for (let off = 0; off < frame.length;) {
    try {
      off += fs.writeSync(1, frame, off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

function frames(onframe) {
  let buf = Buffer.alloc(0);
  process.stdin.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 4) {
      const n = buf.readUInt32BE(0);
      if (n > MAX_FRAME) process.exit(2);
      if (buf.length < 4 + n) break;
      const text = buf.subarray(4, 4 + n).toString('utf8');
      buf = buf.subarray(4 + n);
      onframe(JSON.parse(text));
    }
  });
  // The server let go of us: nothing left to do.
  process.stdin.on('end', () => process.exit(0));
}

// ---- the task's limits, which the broker watches ----------------------------------

// A limit the broker saw broken (downloads, memory): the step under way fails
// with its reason, whatever the script awaits.
let limitReason = null;
let rejectLimited;
const limited = new Promise((_, reject) => { rejectLimited = reject; });
limited.catch(() => {});
function limitBroken(reason) {
  if (limitReason) return;
  limitReason = reason;
  send({ type: 'log', text: reason });
  rejectLimited(new Error(reason));
}

// ---- DevTools to the broker: NUL-framed JSON on fds 3 and 4 --------------------

function brokerTransport() {
  const input = new net.Socket({ fd: 3, readable: true, writable: false });
  const output = new net.Socket({ fd: 4, readable: false, writable: true });
  const t = {
    send: (msg) => output.write(JSON.stringify(msg) + '\0'),
    close: () => { input.destroy(); output.destroy(); },
  };
  let chunks = [];
  input.on('data', (buf) => {
    let start = 0;
    for (let i = buf.indexOf(0); i >= 0; i = buf.indexOf(0, start)) {
      chunks.push(buf.subarray(start, i));
      const msg = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      chunks = [];
      start = i + 1;
      if (msg.method === 'Bai.limitBroken') {
        limitBroken(String(msg.params?.reason));
        continue;
      }
      // One message per macrotask, as Playwright's own transports deliver
      // them: its handlers rely on promise jobs running in between.
      setImmediate(() => t.onmessage?.(msg));
    }
    if (start < buf.length) chunks.push(buf.subarray(start));
  });
  const closed = () => t.onclose?.('the browser went away');
  input.on('end', closed);
  input.on('error', closed);
  return t;
}

// ---- values to JSON text -------------------------------------------------------

const tag = (x) => Object.prototype.toString.call(x).slice(8, -1);
let unwrap = (x) => x; // the membrane's proxies -> the objects behind them

/** What JSON cannot hold, made JSON: undefined -> null, BigInt and
 * non-finite numbers -> strings, bytes -> base64, Map/Set/Date/Error ->
 * their obvious forms, cycles -> "[Circular]", Playwright objects -> a name.
 * Works across realms (values made in the vm context). */
function jsonable(x, stack = []) {
  x = unwrap(x);
  if (x === undefined || typeof x === 'function' || typeof x === 'symbol') return x === undefined ? null : String(x);
  if (typeof x === 'bigint') return x.toString();
  if (typeof x === 'number') return Number.isFinite(x) ? x : String(x);
  if (x === null || typeof x !== 'object') return x;
  if (stack.includes(x)) return '[Circular]';
  if (stack.length > 200) return '[Too deep]';
  if (ArrayBuffer.isView(x)) return Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('base64');
  if (tag(x) === 'ArrayBuffer') return Buffer.from(x).toString('base64');
  if (tag(x) === 'Date') return Number.isNaN(x.getTime()) ? null : x.toISOString();
  if (tag(x) === 'Error') return { name: x.name, message: x.message };
  if (typeof x._guid === 'string' && typeof x._type === 'string') return `[${x._type}]`;
  const inner = [...stack, x];
  if (tag(x) === 'Map') return Object.fromEntries([...x].map(([k, v]) => [String(k), jsonable(v, inner)]));
  if (tag(x) === 'Set') return [...x].map((v) => jsonable(v, inner));
  if (Array.isArray(x)) return x.map((v) => jsonable(v, inner));
  if (typeof x.toJSON === 'function') return jsonable(x.toJSON(), inner);
  const out = {};
  for (const [k, v] of Object.entries(x)) if (v !== undefined) out[k] = jsonable(v, inner);
  return out;
}

// ---- compiling a step ---------------------------------------------------------

/** "line N: Name: message" for an error thrown by step n's code. */
function describe(e, file) {
  if (e && /^ERR_VM_DYNAMIC_IMPORT/.test(e.code)) return 'Error: import() is not available to scripts';
  const name = e && typeof e === 'object' ? String(e.name || 'Error') : 'Error';
  const message = e && typeof e === 'object' ? String(e.message) : `thrown: ${util.inspect(e)}`;
  let line;
  if (e && typeof e.stack === 'string') {
    const m = new RegExp(`${file.replace('.', '\\.')}:(\\d+)`).exec(e.stack);
    if (m) line = Number(m[1]);
  }
  const code = e && typeof e.code === 'string' && !message.includes(e.code) ? ` [${e.code}]` : '';
  const text = `${name}${code}: ${message}`.replace(/\n[\s\S]*$/, '');
  return line ? `line ${line}: ${text}` : text;
}

/** Step source -> an async function in ctx. Throws "line N: SyntaxError: ...". */
function compile(src, file, ctx) {
  // The wrapper's first line is line 0, so the user's lines keep their numbers.
  const wrapped = `(async function () {\n${src}\n})`;
  let js;
  try {
    js = transform(wrapped, { transforms: ['typescript'], disableESTransforms: true }).code;
  } catch (e) {
    const m = /\((\d+):(\d+)\)\s*$/.exec(e.message);
    const msg = e.message.replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new Error(m ? `line ${Number(m[1]) - 1}: SyntaxError: ${msg}` : `SyntaxError: ${msg}`);
  }
  let script;
  try {
    // No importModuleDynamically: import() in the script fails.
    script = new vm.Script(js, { filename: file, lineOffset: -1 });
  } catch (e) {
    const m = new RegExp(`^${file.replace('.', '\\.')}:(\\d+)`).exec(e.stack || '');
    throw new Error(`${m ? `line ${m[1]}: ` : ''}SyntaxError: ${e.message}`);
  }
  return script.runInContext(ctx);
}

// ---- one task -------------------------------------------------------------------

function truncate(s, n) {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

function makeConsole(push) {
  const c = {};
  const add = (type) => (...args) =>
    push({ type, text: truncate(util.format(...args), MAX_TEXT), ts: new Date().toISOString(), source: 'script' });
  for (const [m, type] of [['log', 'log'], ['info', 'info'], ['warn', 'warning'], ['error', 'error'], ['debug', 'debug'], ['trace', 'trace']])
    c[m] = add(type);
  return c;
}

async function state(page, context) {
  const title = await Promise.race([page.title(), new Promise((r) => setTimeout(() => r(''), 3000))]).catch(() => '');
  const tabs = await Promise.all(context.pages().map(async (p) => ({ url: p.url(), title: p === page ? title : await Promise.race([p.title(), new Promise((r) => setTimeout(() => r(''), 1000))]).catch(() => '') })));
  return { url: page.url(), title, tabs };
}

async function artifacts(page) {
  const out = {};
  try {
    out.screenshot = (await page.screenshot({ type: 'png', timeout: 15000 })).toString('base64');
  } catch { /* a page too broken to capture still gets its result */ }
  try {
    out.html = truncate(await page.content(), MAX_HTML);
  } catch { /* same */ }
  return out;
}

async function runTask(browser, task) {
  const p = task.place || {};
  const context = await browser.newContext({
    timezoneId: p.timezone,
    locale: p.locale,
    geolocation: p.latitude !== undefined ? { latitude: p.latitude, longitude: p.longitude } : undefined,
    permissions: ['geolocation'],
    viewport: { width: 1280, height: 800 },
    proxy: task.proxy ? { server: task.proxy } : undefined,
  });
  const page = await context.newPage();
  let entries = [];
  const push = (e) => { if (entries.length < MAX_CONSOLE) entries.push(e); };
  const now = () => new Date().toISOString();
  context.on('console', (m) => push({ type: m.type(), text: truncate(m.text(), MAX_TEXT), ts: now() }));
  context.on('weberror', (e) => push({ type: 'error', text: truncate(String(e.error()?.message ?? e.error()), MAX_TEXT), ts: now() }));
  // A promise the script forgot to await must not end the runner.
  process.on('unhandledRejection', (e) => push({ type: 'error', text: `unhandled rejection: ${truncate(String(e?.stack ?? e), MAX_TEXT)}`, ts: now(), source: 'script' }));
  process.on('uncaughtException', (e) => push({ type: 'error', text: `uncaught exception: ${truncate(String(e?.stack ?? e), MAX_TEXT)}`, ts: now(), source: 'script' }));
  let logs = 0;
  const log = (...args) => {
    if (++logs <= MAX_LOGS) send({ type: 'log', text: truncate(util.format(...args), MAX_TEXT) });
    else if (logs === MAX_LOGS + 1) send({ type: 'log', text: `log(): more than ${MAX_LOGS} lines; the rest are dropped` });
  };
  const scriptConsole = makeConsole(push);
  // The global object has no prototype of ours: this.constructor is the
  // context's own Object. Page requests (page.request, route.fetch) are
  // refused by the membrane: they would leave from this process.
  const ctx = vm.createContext(Object.create(null), { name: 'script', codeGeneration: { strings: true, wasm: false } });
  const mem = membrane(ctx);
  unwrap = mem.real;
  const scope = {
    page, context, browser, log, input: task.input || {}, console: scriptConsole,
    setTimeout, clearTimeout, setInterval, clearInterval, URL, URLSearchParams, TextEncoder, TextDecoder, atob, btoa,
  };
  for (const [name, value] of Object.entries(scope))
    Object.defineProperty(ctx, name, { value: mem.toCtx(value), writable: true, configurable: true });

  const n = task.steps.length;
  for (let i = 0; i < n; i++) {
    send({ type: 'step', index: i });
    const file = `step-${i + 1}.ts`;
    let result = null;
    let error = null;
    try {
      const value = await Promise.race([mem.settle(compile(task.steps[i], file, ctx)()), limited]);
      if (limitReason) throw new Error(limitReason);
      result = JSON.stringify(jsonable(value));
      if (result.length > MAX_RESULT)
        throw new Error(`the returned value is too large (${result.length} bytes of JSON; at most ${MAX_RESULT})`);
    } catch (e) {
      error = limitReason ? limitReason
        : e instanceof Error && /^(line \d+: )?SyntaxError: /.test(e.message) ? e.message : describe(e, file);
      result = null;
    }
    const last = i === n - 1;
    const now = await state(page, context).catch(() => ({}));
    /* a limit broken as the step ended: the broker's word comes a moment
     * after the page died, and the step fails with it all the same */
    if (!error && limitReason) {
      error = limitReason;
      result = null;
    }
    const frame = { type: 'result', index: i, result, error, state: now };
    if (error || last || task.inspect) {
      Object.assign(frame, await artifacts(page));
      frame.console = entries;
      entries = [];
    }
    send(frame);
    if (error) {
      send({ type: 'done', ok: false, error: `step ${i + 1}: ${error}` });
      return;
    }
  }
  send({ type: 'done', ok: true });
}

// ---- start: connect ahead of demand, then wait for the one task ---------------------

// Under the permission model Node 20's fs.existsSync throws for paths we may
// not read, where it should say false; Playwright probes a few such paths
// (WSL markers) as it loads, so it gets the answer later Nodes give.
const existsSync = fs.existsSync;
fs.existsSync = (p) => {
  try {
    return existsSync(p);
  } catch (e) {
    if (e.code === 'ERR_ACCESS_DENIED') return false;
    throw e;
  }
};
// Both are CommonJS: required, not imported. An import() of CommonJS has
// the ESM loader read each file and scan it for its exports before the
// CommonJS loader reads and compiles it again; required, a runner's start
// took about a quarter less CPU (0.25 s less of 1.1 s before it is ready).
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const { transform } = require('sucrase');

fs.mkdirSync(path.join(DIR, 'artifacts'), { recursive: true });
const browser = await chromium.connectOverCDP(brokerTransport(), { artifactsDir: path.join(DIR, 'artifacts'), timeout: 30000 });
browser.on('disconnected', () => {
  send({ type: 'done', ok: false, error: 'the browser of this task died' });
  process.exit(1);
});
// A first context and page start Chromium's renderer machinery (and leave
// a spare renderer process): done now, the task's own page opens fast.
{
  const warm = await browser.newContext();
  await warm.newPage();
  await warm.close();
}
let started = false;
frames((f) => {
  if (f.type !== 'task' || started) return;
  started = true;
  runTask(browser, f).catch((e) => send({ type: 'done', ok: false, error: `the runner failed: ${e.message}` }))
    .finally(() => process.exit(0));
});
send({ type: 'ready' });
fs.writeFileSync(path.join(DIR, 'ready'), ''); // for people (and tests) looking from outside

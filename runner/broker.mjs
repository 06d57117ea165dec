// broker.mjs -- the browser half of a script runner.
//
// The server (src/engine/script.c) starts two processes per runner, both as
// an unprivileged user, in one process group:
//   - this broker, which launches Chromium on a DevTools pipe and stands
//     between it and the sandbox: it sees every DevTools message;
//   - runner.mjs, the sandbox, which runs the user's code under Node's
//     permission model and talks DevTools to Chromium only through us.
// fds: 0 closes when the server lets go of the runner (we exit); 1 carries
// notes to the server, one JSON object a line ({"type":"refused",...});
// 3 and 4 are the sandbox's DevTools pipe (NUL-framed JSON, 3 in, 4 out).
//
// What we enforce, whatever the sandbox sends (even if user code broke out
// of its vm context):
//   - the browser's only way out is the server's egress gate (src/gate/):
//     Chromium's proxy is a bridge of ours on loopback (our network
//     namespace's own, when the server made us one) that carries each
//     connection to the gate's unix socket (BAI_GATE), where the URL policy
//     is applied to the address actually connected to. WebSockets, beacons,
//     pings, prefetches, pop-ups and workers all go that way; WebRTC may
//     not send UDP outside the proxy. A context the sandbox makes with an
//     operator's proxy gets the gate's route through that proxy instead.
//   - our own DevTools session on every target intercepts every request
//     with the Fetch domain and refuses what the URL policy refuses (file:,
//     chrome:, private addresses...), so a refused request fails with the
//     policy's reason in the task's log; the gate is the wall, this is the
//     explanation;
//   - the sandbox cannot see or use our sessions; DevTools domains and
//     methods that would read the server's disk, open ports or load
//     extensions are refused.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { refusal, parseAllowed } from './policy.mjs';

const env = process.env;
const DIR = env.BAI_DIR || '/tmp';
const ALLOW_PRIVATE = env.BAI_ALLOW_PRIVATE === '1';
const ALLOWED = parseAllowed(env.BAI_ALLOW_ADDRESSES);
const PROXIES = new Set((env.BAI_PROXIES || '').split(/\s+/).filter(Boolean));
// The gate's unix sockets: {"": direct, "<operator proxy URL>": through it}.
const GATE = env.BAI_GATE ? JSON.parse(env.BAI_GATE) : null;
// The task's limits (BROWSERAI_DOWNLOAD_MAX_BYTES, BROWSERAI_BROWSER_MEMORY_MB):
// "bytes:MiB"; a MiB of 0 is no memory limit.
const [DOWNLOAD_MAX, MEMORY_MIB] = (env.BAI_LIMITS || `${50 << 20}:0`).split(':').map(Number);
const DOWNLOADS = [path.join(DIR, 'artifacts'), path.join(DIR, 'Downloads')];
const OWN_IDS = 2 ** 30;          // our call ids; the sandbox's must stay below
const MAX_MESSAGE = 256 << 20;    // DevTools messages larger than this end the runner

const FLAGS = [
  '--headless=new', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions', '--disable-breakpad',
  '--mute-audio', '--hide-scrollbars', '--disable-dev-shm-usage', '--password-store=basic',
  '--use-mock-keychain', '--disable-back-forward-cache', '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  '--disable-field-trial-config', '--disable-hang-monitor', '--disable-popup-blocking',
  // Playwright's list for this Chromium, plus Translate: no omnibox or lens
  // WebUI renderers per window, no phoning home, no HTTPS upgrades.
  '--disable-features=Translate,AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,' +
    'HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,' +
    'ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,OptimizationHints,' +
    'NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  '--no-startup-window', '--window-size=1280,800', `--user-data-dir=${path.join(DIR, 'profile')}`,
];

// ---- the way out: bridges to the egress gate ----------------------------------

/** A loopback port whose connections are carried to the unix socket sock. */
async function bridge(sock) {
  const server = net.createServer({ allowHalfOpen: true }, (c) => {
    const g = net.connect({ path: sock, allowHalfOpen: true });
    c.pipe(g);
    g.pipe(c);
    c.on('error', () => g.destroy());
    g.on('error', () => c.destroy());
    c.on('close', () => g.destroy());
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${server.address().port}`;
}

// Operator proxy URL ("" for none) -> our bridge to the gate's route.
const routes = new Map();
if (GATE) {
  for (const [upstream, sock] of Object.entries(GATE)) routes.set(upstream, await bridge(sock));
  FLAGS.push(`--proxy-server=${routes.get('')}`,
    // Chromium sends loopback around a proxy unless told not to.
    '--proxy-bypass-list=<-loopback>',
    // WebRTC: no UDP that does not go through the proxy (which has none), so
    // ICE, STUN and TURN reach nothing the gate did not check. The full
    // browser reads the first flag, the headless shell only the second.
    '--webrtc-ip-handling-policy=disable_non_proxied_udp',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp');
}

// DevTools domains a script may use (what Playwright needs and more);
// anything else is refused.
const DOMAINS = new Set([
  'Accessibility', 'Animation', 'Audits', 'BackgroundService', 'Browser', 'CSS', 'CacheStorage',
  'Console', 'DOM', 'DOMDebugger', 'DOMSnapshot', 'DOMStorage', 'Debugger', 'DeviceOrientation',
  'Emulation', 'EventBreakpoints', 'Fetch', 'HeadlessExperimental', 'HeapProfiler', 'IO',
  'IndexedDB', 'Input', 'Inspector', 'LayerTree', 'Log', 'Media', 'Memory', 'Network', 'Overlay',
  'Page', 'Performance', 'PerformanceTimeline', 'Preload', 'Profiler', 'Runtime', 'Schema',
  'Security', 'ServiceWorker', 'Storage', 'SystemInfo', 'Target', 'Tracing', 'WebAuthn',
]);

// Methods of those domains that reach outside the browser's web content.
const METHODS = {
  'Network.loadNetworkResource': 'it loads URLs (file: too) from the browser process',
  'Target.exposeDevToolsProtocol': 'it hands DevTools to page scripts',
  'Target.setRemoteLocations': 'it makes the browser connect to other hosts',
  'Browser.executeBrowserCommand': 'it runs browser commands',
};

/** Why the sandbox may not send msg (a "refused: ..." text), or null. */
function commandRefusal(msg) {
  const m = String(msg.method || '');
  const p = msg.params || {};
  if (!Number.isInteger(msg.id) || msg.id < 0 || msg.id >= OWN_IDS) return 'refused: bad message id';
  if (msg.sessionId !== undefined && own.has(msg.sessionId)) return 'refused: not your session';
  if (p.sessionId !== undefined && own.has(p.sessionId)) return 'refused: not your session';
  if (!DOMAINS.has(m.split('.')[0])) return `refused: the DevTools domain ${m.split('.')[0]} is not available to scripts`;
  if (METHODS[m]) return `refused: ${m} is not available to scripts: ${METHODS[m]}`;
  if ((m === 'Page.navigate' || m === 'Target.createTarget') && typeof p.url === 'string' && p.url) {
    // The network check runs in the browser (Fetch); schemes fail here, clearly.
    if (!/^(https?|about|data|blob):/i.test(p.url.trim()))
      return `refused: ${(/^[a-z][a-z0-9+.-]*:/i.exec(p.url.trim()) || ['that'])[0]} URLs are not allowed; only http and https URLs are`;
  }
  if (m === 'DOM.setFileInputFiles' && (p.files || []).some((f) => !inside(f)))
    return 'refused: files on the server\'s disk cannot be uploaded';
  if (m === 'Input.dispatchDragEvent' && ((p.data && p.data.files) || []).some((f) => !inside(f)))
    return 'refused: files on the server\'s disk cannot be dropped';
  if (/\.setDownloadBehavior$/.test(m) && p.downloadPath && !DOWNLOADS.some((d) => inside(p.downloadPath, d)))
    return 'refused: downloads go to the runner\'s own folder';
  if (m === 'Target.createBrowserContext' && p.proxyServer && !PROXIES.has(p.proxyServer))
    return 'refused: only the proxies the operator configured may be used';
  if (m === 'Target.createBrowserContext' && GATE && p.proxyServer && !routes.has(p.proxyServer))
    return 'refused: that proxy has no route through the egress gate';
  return null;
}

/** A context's proxy is the gate's route through the operator's proxy;
 * without one, the browser's (the gate, directly). Returns the text to send. */
function rewrite(msg, text) {
  if (!GATE || msg.method !== 'Target.createBrowserContext') return text;
  const p = { ...(msg.params || {}) };
  delete p.proxyBypassList;
  if (p.proxyServer) {
    p.proxyServer = routes.get(p.proxyServer);
    p.proxyBypassList = '<-loopback>';
  }
  return JSON.stringify({ ...msg, params: p });
}

function inside(file, dir = DIR) {
  const f = path.resolve(String(file));
  return f === dir || f.startsWith(dir + path.sep);
}

// ---- NUL-framed JSON over a pair of streams --------------------------------

function framed(input, output, onmessage, onclose) {
  let chunks = [];
  let size = 0;
  input.on('data', (buf) => {
    let start = 0;
    for (let i = buf.indexOf(0); i >= 0; i = buf.indexOf(0, start)) {
      chunks.push(buf.subarray(start, i));
      const text = Buffer.concat(chunks).toString('utf8');
      chunks = [];
      size = 0;
      start = i + 1;
      onmessage(text);
    }
    if (start < buf.length) {
      chunks.push(buf.subarray(start));
      size += buf.length - start;
      if (size > MAX_MESSAGE) onclose('a DevTools message over the size limit');
    }
  });
  input.on('end', () => onclose('closed'));
  input.on('error', () => onclose('closed'));
  output.on('error', () => onclose('closed'));
  return { send: (text) => output.write(text + '\0') };
}

// ---- the browser and the sandbox ----------------------------------------------

const own = new Set();      // our DevTools sessions: never the sandbox's
const calls = new Map();    // our call id -> { resolve, reject }
let nextId = OWN_IDS;
let ready = false;
const held = [];            // sandbox messages that came before we were ready

function quit(code) {
  try { chrome.kill('SIGKILL'); } catch { /* gone */ }
  process.exit(code);
}

function note(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

const chrome = spawn(env.BAI_CHROMIUM || '/usr/bin/chromium-headless-shell', FLAGS, {
  stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  env: {
    PATH: env.PATH || '/usr/bin:/bin', HOME: DIR, TMPDIR: DIR, XDG_CONFIG_HOME: path.join(DIR, '.config'),
    XDG_CACHE_HOME: path.join(DIR, '.cache'), LANG: env.LANG || 'C.UTF-8', FONTCONFIG_PATH: env.FONTCONFIG_PATH,
  },
});
chrome.on('error', (e) => { note({ type: 'error', text: `cannot start Chromium: ${e.message}` }); quit(3); });
chrome.on('exit', () => quit(0));

const browser = framed(chrome.stdio[4], chrome.stdio[3], fromBrowser, () => quit(0));
const sandbox = framed(new net.Socket({ fd: 3, readable: true, writable: false }),
  new net.Socket({ fd: 4, readable: false, writable: true }), fromSandbox, () => quit(0));
process.stdin.on('data', () => {});
process.stdin.on('end', () => quit(0));
process.stdin.on('error', () => quit(0));

function call(method, params = {}, sessionId) {
  const id = nextId++;
  const msg = { id, method, params };
  if (sessionId) msg.sessionId = sessionId;
  browser.send(JSON.stringify(msg));
  return new Promise((resolve, reject) => calls.set(id, { resolve, reject }));
}

function fromBrowser(text) {
  let msg;
  try { msg = JSON.parse(text); } catch { return; }
  if (msg.id >= OWN_IDS) {
    const c = calls.get(msg.id);
    calls.delete(msg.id);
    if (c && msg.error) c.reject(new Error(msg.error.message));
    else if (c) c.resolve(msg.result);
    return;
  }
  if (msg.sessionId && own.has(msg.sessionId)) {
    onOwnEvent(msg).catch(() => {});
    return;
  }
  sandbox.send(text);
}

function fromSandbox(text) {
  if (!ready) {
    held.push(text);
    return;
  }
  let msg;
  try { msg = JSON.parse(text); } catch { return; }
  const why = commandRefusal(msg);
  if (!why) {
    browser.send(rewrite(msg, text));
    return;
  }
  const reply = { id: msg.id, error: { code: -32000, message: why } };
  if (msg.sessionId) reply.sessionId = msg.sessionId;
  sandbox.send(JSON.stringify(reply));
}

// ---- our sessions: interception on every target ----------------------------

const INTERCEPT = new Set(['page', 'iframe', 'worker', 'shared_worker', 'service_worker']);

async function onOwnEvent(msg) {
  const p = msg.params || {};
  if (msg.method === 'Target.attachedToTarget') {
    const s = p.sessionId;
    own.add(s);
    const type = p.targetInfo.type;
    if (p.targetInfo.browserContextId) contexts.add(p.targetInfo.browserContextId);
    try {
      if (INTERCEPT.has(type)) await call('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, s);
      if (type === 'page' || type === 'iframe')
        await call('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, s);
    } catch { /* a target that went away, or one without Fetch */ }
    if (p.waitingForDebugger) await call('Runtime.runIfWaitingForDebugger', {}, s).catch(() => {});
  } else if (msg.method === 'Target.detachedFromTarget') {
    own.delete(p.sessionId);
  } else if (msg.method === 'Fetch.requestPaused') {
    const url = p.request.url;
    const why = await refusal(url, ALLOW_PRIVATE, { allowed: ALLOWED });
    if (why) {
      note({ type: 'refused', url: url.slice(0, 2000), reason: why });
      await call('Fetch.failRequest', { requestId: p.requestId, errorReason: 'BlockedByClient' }, msg.sessionId);
    } else {
      await call('Fetch.continueRequest', { requestId: p.requestId }, msg.sessionId);
    }
  }
}

// ---- limits: the task's downloads, and its renderers' memory --------------------

const WATCH_MS = 200;              // a page allocating in a loop gains ~1 GiB/s
const contexts = new Set();        // browser context ids seen, for Browser.cancelDownload
let limited = null;                // the limit broken, once

/** Tell the sandbox (which fails the task with it) and the server's log. */
function limitBroken(reason) {
  if (limited) return;
  limited = reason;
  sandbox.send(JSON.stringify({ method: 'Bai.limitBroken', params: { reason } }));
}

/** Files under dir with their sizes (downloads are named by their guid). */
function files(dir, out = []) {
  let list = [];
  try { list = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of list) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) files(f, out);
    else try { out.push({ name: e.name, file: f, size: fs.statSync(f).size }); } catch { /* gone */ }
  }
  return out;
}

/** Past the cap: cancel every download (in whichever context it is) and
 * remove what it wrote. Counting the disk, not DevTools events, covers
 * downloads whatever asked for them. */
async function checkDownloads() {
  const all = DOWNLOADS.flatMap((d) => files(d));
  const total = all.reduce((n, f) => n + f.size, 0);
  if (total <= DOWNLOAD_MAX) return;
  for (const f of all) {
    const guid = f.name.replace(/\.crdownload$/, '');
    for (const id of [undefined, ...contexts])
      await call('Browser.cancelDownload', id ? { guid, browserContextId: id } : { guid }).catch(() => {});
    fs.rmSync(f.file, { force: true });
  }
  limitBroken(`the task's downloads passed ${DOWNLOAD_MAX} bytes (BROWSERAI_DOWNLOAD_MAX_BYTES): ` +
    `${total} bytes on disk; the downloads were cancelled and removed`);
}

// Our renderers' pids: found by a look at all of /proc once a second (a few
// ms), their RSS read every round.
const RESCAN_MS = 1000;
let known = [];
let scanned = 0;

/** pgrp and RSS (KiB) of pid from /proc/<pid>/stat; throws once it is gone. */
function statOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { pgrp: Number(f[2]), kib: Number(f[21]) * 4 }; // pages of 4 KiB
}

/** Our process group's renderers (we lead the group), with their RSS. */
function renderers() {
  if (Date.now() - scanned >= RESCAN_MS) {
    scanned = Date.now();
    known = [];
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (statOf(pid).pgrp !== process.pid) continue;
        // Chromium rewrites its process title: its arguments joined by spaces.
        if (/(^|[\s\0])--type=renderer([\s\0]|$)/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) known.push(pid);
      } catch { /* gone */ }
    }
  }
  const out = [];
  for (const pid of known) {
    try {
      const st = statOf(pid);
      if (st.pgrp === process.pid) out.push({ pid: Number(pid), kib: st.kib }); // not a reused pid
    } catch { /* gone */ }
  }
  return out;
}

/** Past the memory cap, the largest renderer is killed: its page crashes. */
function checkMemory() {
  const list = renderers();
  const total = list.reduce((n, r) => n + r.kib, 0);
  if (total <= MEMORY_MIB * 1024 || !list.length) return;
  const big = list.reduce((a, b) => (b.kib > a.kib ? b : a));
  try { process.kill(big.pid, 'SIGKILL'); } catch { return; }
  limitBroken(`the page used more memory than a browser may (BROWSERAI_BROWSER_MEMORY_MB, ` +
    `${MEMORY_MIB} MiB): its renderer was killed at ${Math.round(big.kib / 1024)} MiB`);
}

let watching = false;
async function watch() {
  if (watching) return;
  watching = true;
  try {
    if (MEMORY_MIB > 0) checkMemory();
    await checkDownloads();
  } finally {
    watching = false;
  }
}

// Our browser-wide session: auto-attach to every target, each paused until
// our interception is on, before the sandbox may say anything.
try {
  const { sessionId } = await call('Target.attachToBrowserTarget');
  own.add(sessionId);
  await call('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
} catch (e) {
  note({ type: 'error', text: `Chromium did not answer: ${e.message}` });
  quit(3);
}
ready = true;
for (const text of held.splice(0)) fromSandbox(text);
setInterval(watch, WATCH_MS).unref();
note({ type: 'ready', pid: chrome.pid });

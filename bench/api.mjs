// bench/api: GET /api/v1/tasks/{id} under wrk, against nginx serving the same
// JSON body as a static file; then the cost of 200 event streams and of
// 10,000 idle connections.
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from './lib/args.mjs';
import { runMain, progress, sleep, spawnTracked, stopChild, tempDir, treeCpuMs, machineCpu, busyShare, cpuMs, rssOf } from './lib/procs.mjs';
import { startFixture } from './lib/fixture.mjs';
import { startServer, Client, BIN } from './lib/browserai.mjs';
import { fmt, mib, ratio, summary, table, verdict } from './lib/stats.mjs';
import { writeJson, loadLine, watchMachine } from './lib/report.mjs';

const opts = parseArgs(`
bench/api -- GET /api/v1/tasks/{id} with wrk, against nginx.

A server at its defaults runs one task (so the body is a real, completed
task); then wrk --latency hits GET /api/v1/tasks/{id} (with the API key) for
DURATION seconds over CONNECTIONS connections. nginx (a private instance on a
free loopback port: temp config, daemon off, access_log off) then serves the
same body, byte for byte, as a static file at the same path, under the same
wrk command. Reports requests/s, p50/p90/p99 latency, errors, CPU per request
and the ratio. Two diagnostic runs (no target) take the server's cost apart:
an unknown path (404: the HTTP layer alone, no key check, no store) and the
task's path with a well-formed unknown key (401: the HTTP layer plus the key's
hash and look-up). wrk and nginx are Debian packages (bench/api installs them
when missing).

Then SSE: on a second server, API only (BROWSERAI_WORKERS=0, so nothing else
runs in it), STREAMS event streams follow a queued task (each wakes every
second and re-reads the store) and the server's CPU over SSE-SECONDS is
compared with the same time without them. Idle, on the first server after
everything above (its heap at its fullest): IDLE connections are
opened from this process (spread over loopback addresses 127.0.1.x, at most
PER-ADDRESS each, under the server's per-client limit) and send nothing;
the server's RSS is read and /healthz is timed over one more connection
while they are held. This process needs an open-file limit above IDLE:
bench/api raises it (ulimit -n) to the hard limit.

PIN (default auto): on a machine of 2 or more cores, wrk runs on the last
core and each server (browserai and its children, nginx's master and
workers) is started on the others, the same cores for both contenders;
each then runs one HTTP thread (browserai: one per core it may run on) or
worker process (nginx) per core it has. Unpinned, wrk's
threads and the server's take turns on the same cores, and the p99 is the
scheduler's time slice rather than the server's (bench/RESULTS.md: on 2
cores the same setting's p99 varied 2x from round to round). 'off' leaves
placement to the scheduler; 'WRK/SERVERS' gives cpu lists, e.g. '1/0'.`, [
  { name: 'duration', type: 'int', def: 10, help: 'seconds per wrk run' },
  { name: 'connections', type: 'int', def: 64, help: 'wrk connections' },
  { name: 'threads', type: 'int', def: null, help: "wrk threads (none: one per core wrk runs on: --pin's, else 2)" },
  { name: 'warmup', type: 'int', def: 3, help: 'seconds of wrk against each contender before the rounds, not counted (a fresh server\'s first seconds: caches, allocator)' },
  { name: 'rounds', type: 'int', def: 1, help: 'wrk runs per contender (alternating); the best of each is reported' },
  { name: 'workers', type: 'int', def: null, help: "BROWSERAI_WORKERS (none = the server's default)" },
  { name: 'nginx-workers', type: 'str', def: 'auto', help: 'nginx worker_processes' },
  { name: 'only', type: 'str', def: 'browserai,nginx,diagnose,sse,idle', help: 'parts to run, comma-separated (diagnose: the two diagnostic runs; sse: the event-stream flood; idle: the idle connections)' },
  { name: 'streams', type: 'int', def: 200, help: 'event streams of the SSE flood' },
  { name: 'sse-seconds', type: 'int', def: 10, help: 'seconds of CPU measured with and without the streams' },
  { name: 'idle', type: 'int', def: 10000, help: 'idle connections held' },
  { name: 'per-address', type: 'int', def: 250, help: 'idle connections per loopback client address' },
  { name: 'healthz', type: 'int', def: 200, help: '/healthz requests timed while the idle connections are held' },
  { name: 'pin', type: 'str', def: 'auto', help: "cores for wrk and for the servers: auto, off, or 'WRK/SERVERS' cpu lists" },
  { name: 'quiet-wait', type: 'int', def: 0, help: 'seconds to wait, at most, for the machine to be under 25% busy before starting' },
  { name: 'json', type: 'str', def: '', help: 'also write the figures to this JSON file' },
]);
/** How many cores a cpu list such as '0-2,5' names. */
function cpuCountOf(list) {
  return list.split(',').reduce((n, r) => {
    const [a, b] = r.split('-').map(Number);
    return n + (b == null ? 1 : b - a + 1);
  }, 0);
}

/** The cpu lists of wrk and the servers ({ wrk, servers }), or null: unpinned. */
function pinning() {
  if (opts.pin === 'off') return null;
  if (opts.pin === 'auto') {
    const n = os.availableParallelism();
    return n >= 2 ? { wrk: String(n - 1), servers: n === 2 ? '0' : `0-${n - 2}` } : null;
  }
  const m = /^([\d,-]+)\/([\d,-]+)$/.exec(opts.pin);
  if (!m) throw new Error(`--pin: want auto, off or 'WRK/SERVERS' cpu lists such as '1/0', not '${opts.pin}'`);
  return { wrk: m[1], servers: m[2] };
}
const pin = pinning();
// wrk's threads: one per core it has. Two threads on one core take turns,
// and a reply that waits for its thread's turn counts in the tail.
if (opts.threads == null) opts.threads = pin ? cpuCountOf(pin.wrk) : 2;

/** The command argv run on the cores of the list cpus (taskset), or as it is when none. */
const onCores = (cpus, argv) => (cpus ? ['taskset', '-c', cpus, ...argv] : argv);

/** nginx's worker_processes: as asked; 'auto' when pinned is one per pinned core. */
const nginxWorkers = () => (opts.nginxWorkers === 'auto' && pin ? String(cpuCountOf(pin.servers)) : opts.nginxWorkers);

const only = new Set(opts.only.split(',').map((s) => s.trim()).filter(Boolean));

const which = (cmd) => {
  for (const d of (process.env.PATH || '').split(':').concat(['/usr/sbin', '/sbin'])) {
    try {
      execFileSync('test', ['-x', path.join(d, cmd)]);
      return path.join(d, cmd);
    } catch { /* next */ }
  }
  return null;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const UNIT = { us: 0.001, ms: 1, s: 1000, m: 60000 };
const toMs = (v) => {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(v);
  return m ? Number(m[1]) * UNIT[m[2]] : NaN;
};

/** Parses wrk --latency output. */
function parseWrk(out) {
  const pct = (p) => toMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1] || '');
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    requests: Number(/(\d+) requests in/.exec(out)?.[1]),
    avg: toMs(/Latency\s+(\S+)/.exec(out)?.[1] || ''),
    p50: pct(50), p75: pct(75), p90: pct(90), p99: pct(99),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] || 0),
    socketErrors: sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
  };
}

async function wrk(url, headers, pidForCpu, seconds = opts.duration) {
  const args = ['-t', String(opts.threads), '-c', String(opts.connections), '-d', `${seconds}s`, '--latency'];
  for (const h of headers) args.push('-H', h);
  args.push(url);
  const cpu0 = treeCpuMs(pidForCpu);
  const m0 = machineCpu();
  const [cmd, ...argv] = onCores(pin?.wrk, [which('wrk'), ...args]);
  const child = spawnTracked(cmd, argv);
  const st = await Promise.race([child.exited, sleep((seconds + 60) * 1000).then(() => null)]);
  if (!st) {
    await stopChild(child);
    throw new Error('wrk did not finish in time');
  }
  if (st.code !== 0) throw new Error(`wrk failed (${JSON.stringify(st)}): ${child.out}\n${child.err}`);
  const r = parseWrk(child.out);
  r.cpuUsPerReq = ((treeCpuMs(pidForCpu) - cpu0) * 1000) / r.requests;
  r.busy = busyShare(m0, machineCpu());
  r.raw = child.out;
  return r;
}

async function startNginx(body, reqPath) {
  const nginx = which('nginx');
  if (!nginx) throw new Error('nginx is not installed (bench/api installs it: apt-get install nginx)');
  const dir = await tempDir('nginx');
  await fs.chmod(dir, 0o755); // nginx's workers may run as another user
  const file = path.join(dir, 'www', reqPath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, body);
  for (let d = path.dirname(file); d.startsWith(dir); d = path.dirname(d)) await fs.chmod(d, 0o755);
  await fs.chmod(file, 0o644);
  const port = await freePort();
  const conf = `# written by bench/api
worker_processes ${nginxWorkers()};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    types { }
    default_type application/json;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server {
        listen 127.0.0.1:${port};
        root ${dir}/www;
        location / { }
    }
}
`;
  await fs.writeFile(path.join(dir, 'nginx.conf'), conf);
  const [cmd, ...args] = onCores(pin?.servers, [nginx, '-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;']);
  const child = spawnTracked(cmd, args);
  const url = `http://127.0.0.1:${port}${reqPath}`;
  const end = Date.now() + 10000;
  for (;;) {
    try {
      const r = await fetch(url);
      const text = await r.text();
      if (r.status === 200 && text === body) break;
      throw new Error(`nginx answered ${r.status}`);
    } catch (e) {
      if (child.exitStatus || Date.now() > end) {
        let log = '';
        try { log = await fs.readFile(`${dir}/error.log`, 'utf8'); } catch { /* none */ }
        throw new Error(`nginx did not serve ${url}: ${e.message}\n${child.err}\n${log}`);
      }
      await sleep(50);
    }
  }
  const v = spawnSync(nginx, ['-v'], { encoding: 'utf8' });
  const version = (/nginx\/[\d.]+/.exec(`${v.stdout}${v.stderr}`) || ['nginx'])[0];
  return { url, pid: child.pid, child, version, stop: () => stopChild(child, { signal: 'SIGQUIT', graceMs: 5000 }) };
}

/** Open files this process may have (its soft RLIMIT_NOFILE). */
function openFileLimit() {
  const m = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return !m || m[1] === 'unlimited' ? Infinity : Number(m[1]);
}

/** Threads of pid now. */
function threadsOf(pid) {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  } catch {
    return NaN;
  }
}

/**
 * A raw connection; resolves once connected. first: a regexp the received
 * text must match before it resolves (after writing `send`).
 */
function rawConnect(port, { localAddress, send, first, timeoutMs = 30000 } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ port, host: '127.0.0.1', localAddress });
    let text = '';
    let ok = false;
    const st = { sock, closed: false };
    const timer = setTimeout(() => { if (!ok) { sock.destroy(); reject(new Error(`no answer in ${timeoutMs} ms`)); } }, timeoutMs);
    const done = () => { ok = true; clearTimeout(timer); resolve(st); };
    sock.on('data', (d) => {
      if (!first || ok) return;
      text += d.toString('latin1');
      if (first.test(text)) done();
    });
    sock.on('close', () => { st.closed = true; if (!ok) { clearTimeout(timer); reject(new Error(`closed early: ${text.slice(0, 200)}`)); } });
    sock.on('error', () => {});
    sock.on('connect', () => {
      if (send) sock.write(send);
      if (!first) done();
    });
  });
}

/** Server CPU ms per second over `seconds` (its own threads; it reaps no child meanwhile). */
async function cpuRate(pid, seconds) {
  const c0 = cpuMs(pid);
  const t0 = performance.now();
  await sleep(seconds * 1000);
  return ((cpuMs(pid) - c0) * 1000) / (performance.now() - t0);
}

/**
 * The SSE flood: the server's CPU while `streams` event streams follow a
 * queued task, against the same time without them.
 */
async function sseFlood(srv, client) {
  const id = await client.submit('Open example.com and get the title');
  const threadsBefore = threadsOf(srv.pid);
  const quiet = await cpuRate(srv.pid, opts.sseSeconds);
  const req = `GET /api/v1/tasks/${id}/events HTTP/1.1\r\nHost: x\r\nAuthorization: apikey ${srv.key}\r\n\r\n`;
  const socks = [];
  for (let i = 0; i < opts.streams; i++) socks.push(await rawConnect(srv.port, { send: req, first: /event: status/ }));
  const threads = threadsOf(srv.pid);
  const busy = await cpuRate(srv.pid, opts.sseSeconds);
  const open = socks.filter((s) => !s.closed).length;
  for (const s of socks) s.sock.destroy();
  return { streams: opts.streams, open, quietCpuMsPerS: quiet, cpuMsPerS: busy, threadsBefore, threads };
}

/** One keep-alive GET /healthz after another from its own address; ms each. */
async function timeHealthz(srv, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const status = await new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: srv.port, path: '/healthz', agent, localAddress: '127.0.2.1' }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
    });
    ms.push(performance.now() - t0);
    if (status !== 200) throw new Error(`/healthz answered ${status} with idle connections held`);
  }
  agent.destroy();
  return summary(ms);
}

/** Idle connections: open them, read the server's RSS, time /healthz, close them. */
async function idleHold(srv) {
  const limit = openFileLimit();
  if (limit < opts.idle + 256) {
    throw new Error(`this process may open ${limit} files, too few for ${opts.idle} connections: raise it (ulimit -n), as bench/api does`);
  }
  const rss0 = rssOf(srv.pid).rss;
  const socks = [];
  const t0 = performance.now();
  // In batches, so the listen queue never overflows (a dropped SYN costs a
  // second's retry and makes the opening time meaningless).
  for (let i = 0; i < opts.idle;) {
    const batch = [];
    for (let j = 0; j < 500 && i < opts.idle; j++, i++) {
      const a = 1 + Math.floor(i / opts.perAddress);
      batch.push(rawConnect(srv.port, { localAddress: `127.0.1.${a}` }));
    }
    socks.push(...await Promise.all(batch));
  }
  const openMs = performance.now() - t0;
  await sleep(500); // the server accepts what the kernel queued
  const rss = rssOf(srv.pid).rss;
  const threads = threadsOf(srv.pid);
  const healthz = await timeHealthz(srv, opts.healthz);
  const held = socks.filter((s) => !s.closed).length;
  for (const s of socks) s.sock.destroy();
  return { connections: opts.idle, held, openMs, rss0, rss, threads, healthz };
}

runMain(async () => {
  const load0 = await loadLine(opts.quietWait);
  const watch = watchMachine();
  progress(load0);
  if (!which('wrk')) throw new Error('wrk is not installed (bench/api installs it: apt-get install wrk)');
  progress(`binary ${BIN}`);
  const fx = await startFixture();
  const srv = await startServer({ workers: opts.workers, prefix: onCores(pin?.servers, []) });
  progress(`browserai serving on ${srv.url} (${srv.workers} worker slots); running one task for a real body`);
  const client = new Client(srv.url, srv.key);
  const id = await client.submit(`Open ${fx.url}/ and get the title`);
  const task = await client.events(id);
  if (task.status !== 'finalized') throw new Error(`the task ended ${task.status}`);
  const reqPath = `/api/v1/tasks/${id}`;
  const got = await client.request('GET', reqPath);
  if (got.status !== 200) throw new Error(`GET ${reqPath}: ${got.status}`);
  const body = got.text;
  client.close();
  if (pin) progress(`pinned: wrk on cpu ${pin.wrk}, the servers on cpu ${pin.servers}`);
  progress(`body: ${Buffer.byteLength(body)} bytes of JSON`);

  let ngx = null;
  if (only.has('nginx')) {
    ngx = await startNginx(body, reqPath);
    progress(`nginx (${ngx.version}) serving the same body on ${ngx.url}`);
  }
  const contenders = [
    only.has('browserai') && { name: 'browserai', url: `${srv.url}${reqPath}`, pid: srv.pid },
    ngx && { name: 'nginx', url: ngx.url, pid: ngx.pid },
  ].filter(Boolean);
  const headers = [`Authorization: apikey ${srv.key}`];
  if (opts.warmup > 0) {
    for (const k of contenders) {
      progress(`warm-up: wrk ${opts.warmup} s -> ${k.name} (not counted)`);
      await wrk(k.url, headers, k.pid, opts.warmup);
    }
  }
  const runs = { browserai: [], nginx: [] };
  for (let round = 0; round < opts.rounds; round++) {
    for (const k of contenders) {
      progress(`wrk -t${opts.threads} -c${opts.connections} -d${opts.duration}s --latency -> ${k.name} (round ${round + 1}/${opts.rounds})`);
      runs[k.name].push(await wrk(k.url, headers, k.pid));
    }
  }
  const diag = {};
  if (only.has('diagnose')) {
    progress('diagnostic: wrk -> browserai, an unknown path (404)');
    diag.notFound = await wrk(`${srv.url}/bench-no-such-path`, [], srv.pid);
    const badKey = `bai_${'x'.repeat(12)}_${'y'.repeat(32)}`;
    progress('diagnostic: wrk -> browserai, the task with an unknown key (401)');
    diag.badKey = await wrk(`${srv.url}${reqPath}`, [`Authorization: apikey ${badKey}`], srv.pid);
  }
  let sse = null;
  if (only.has('sse')) {
    const api = await startServer({ workers: 0, label: 'sse' });
    progress(`sse: an API-only server on ${api.url}; ${opts.streams} event streams follow a queued task; its CPU over ${opts.sseSeconds} s with and without them`);
    const c = new Client(api.url, api.key);
    sse = await sseFlood(api, c);
    c.close();
    await api.stop();
  }
  let idle = null;
  if (only.has('idle')) {
    progress(`idle: ${opts.idle} connections that send nothing, ${opts.perAddress} per loopback address; then ${opts.healthz} x GET /healthz`);
    idle = await idleHold(srv);
  }
  const best = (xs) => xs.reduce((a, b) => (!a || b.rps > a.rps ? b : a), null);
  const A = best(runs.browserai);
  const N = best(runs.nginx);

  console.log(`\napi: GET ${reqPath} (${Buffer.byteLength(body)} bytes), wrk -t${opts.threads} -c${opts.connections} -d${opts.duration}s --latency${opts.rounds > 1 ? `, best of ${opts.rounds} rounds` : ''}`);
  console.log(`machine: ${load0}`);
  console.log(`machine: ${await watch.line()}`);
  console.log(`browserai: ${srv.workers} worker slots (idle during the run); nginx: ${ngx ? `${ngx.version}, worker_processes ${nginxWorkers()}, static file, access_log off` : 'not run'}`);
  console.log(`placement: ${pin ? `wrk on cpu ${pin.wrk}; both servers on cpu ${pin.servers} (--pin)` : 'unpinned (--pin off): wrk and the servers share every core'}\n`);
  const rows = [];
  const row = (label, r) => [label, fmt(r.rps, 0), fmt(r.avg, 2), fmt(r.p50, 2), fmt(r.p90, 2), fmt(r.p99, 2),
    String(r.non2xx + r.socketErrors), fmt(r.cpuUsPerReq, 1), `${fmt(r.busy * 100, 0)}%`];
  if (A) rows.push(row('browserai', A));
  if (N) rows.push(row('nginx (static file)', N));
  if (diag.notFound) rows.push(row('diagnostic: browserai, 404 path', diag.notFound));
  if (diag.badKey) rows.push(row('diagnostic: browserai, unknown key (401)', diag.badKey));
  console.log(table(['server', 'requests/s', 'avg ms', 'p50 ms', 'p90 ms', 'p99 ms', 'errors', 'CPU us/req', 'machine busy'], rows));
  console.log('  errors = non-2xx responses + socket errors (the diagnostic runs answer 404/401 on purpose);');
  console.log('  CPU us/req = CPU time of the server process tree / requests');
  if (A && diag.notFound && diag.badKey) {
    const h = diag.notFound.cpuUsPerReq;
    const k = diag.badKey.cpuUsPerReq - h;
    console.log(`  browserai's CPU per request: the HTTP layer alone ~${fmt(h, 1)} us (404); an unknown key ~${fmt(k, 1)} us more` +
      ` (401 - 404: its hash and a store look-up); the GET of the ended task ~${fmt(A.cpuUsPerReq, 1)} us in all` +
      ' (HTTP, the hash of a bootstrap key, the cache of ended tasks)');
  }
  if (opts.rounds > 1) {
    for (const [k, xs] of Object.entries(runs)) {
      if (xs.length) console.log(`  ${k} every round: ${xs.map((r) => `${fmt(r.rps, 0)} req/s p99 ${fmt(r.p99, 2)} ms`).join('; ')}`);
    }
  }
  const targets = [];
  if (A && N) {
    console.log('');
    console.log(table(['ratio', 'value'], [
      ['requests/s ours / nginx', ratio(A.rps, N.rps)],
      ['p99 ours / nginx', ratio(A.p99, N.p99)],
      ['CPU/request ours / nginx', ratio(A.cpuUsPerReq, N.cpuUsPerReq)],
    ]));
    targets.push({ name: 'API at least 1.0x nginx requests/s', value: A.rps / N.rps, unit: 'x', ok: A.rps / N.rps >= 1.0 });
  }
  if (A) {
    // every round, not only the best: the worst round's p99
    const p99 = Math.max(...runs.browserai.map((r) => r.p99));
    targets.push({ name: `API p99 under 5 ms (the worst of ${runs.browserai.length} round${runs.browserai.length > 1 ? 's' : ''})`, value: p99, unit: 'ms', ok: p99 < 5 });
  }
  if (sse) {
    console.log(`\nsse: ${sse.streams} event streams following a queued task on an API-only server (${sse.open} still open at the end)`);
    console.log(table(['server', 'CPU ms/s', 'threads'], [
      ['without the streams', fmt(sse.quietCpuMsPerS, 1), String(sse.threadsBefore)],
      [`with ${sse.streams} streams`, fmt(sse.cpuMsPerS, 1), String(sse.threads)],
    ]));
    console.log(`  CPU ms/s = the server process's CPU time per second of wall time over ${opts.sseSeconds} s (1000 = one core);` +
      ` per stream: ${fmt((sse.cpuMsPerS - sse.quietCpuMsPerS) / sse.streams, 3)} ms/s`);
  }
  if (idle) {
    console.log(`\nidle: ${idle.connections} connections opened in ${fmt(idle.openMs / 1000, 1)} s, ${idle.held} still held after the /healthz runs`);
    console.log(table(['server', 'RSS MiB', 'threads'], [
      ['before', mib(idle.rss0), ''],
      [`with ${idle.connections} idle connections`, mib(idle.rss), String(idle.threads)],
    ]));
    console.log(`  RSS growth ${fmt((idle.rss - idle.rss0) / 1024, 1)} MiB (freed memory of the earlier parts is reused first);` +
      ` GET /healthz meanwhile (${idle.healthz.n}, one after another): p50 ${fmt(idle.healthz.p50, 2)} ms,` +
      ` p99 ${fmt(idle.healthz.p99, 2)} ms, max ${fmt(idle.healthz.max, 2)} ms`);
    targets.push({ name: `${idle.connections} idle connections: server RSS under 64 MiB`, value: idle.rss / 1024, unit: 'MiB',
      ok: idle.held === idle.connections && idle.rss < 64 * 1024 });
    targets.push({ name: `${idle.connections} idle connections: /healthz p99 under 10 ms`, value: idle.healthz.p99, unit: 'ms',
      ok: idle.healthz.p99 < 10 });
  }
  console.log('');
  for (const t of targets) {
    const v = t.unit === 'x' ? `${t.value.toFixed(2)}x` : `${fmt(t.value, t.unit === 'MiB' ? 1 : 2)} ${t.unit}`;
    console.log(`target: ${t.name}: ${v} -> ${verdict(t.ok)}`);
  }
  await writeJson(opts.json, {
    bench: 'api', options: opts, path: reqPath, bodyBytes: Buffer.byteLength(body), workers: srv.workers,
    nginx: ngx?.version, runs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map(({ raw, ...r }) => r)])),
    diagnostic: Object.fromEntries(Object.entries(diag).map(([k, { raw, ...r }]) => [k, r])),
    sse, idle, targets,
  });
  if (ngx) await ngx.stop();
  await srv.stop();
});

// bench/api: GET /api/v1/tasks/{id} under wrk, against nginx serving the same
// JSON body as a static file.
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { parseArgs } from './lib/args.mjs';
import { runMain, progress, sleep, spawnTracked, stopChild, tempDir, treeCpuMs, machineCpu, busyShare } from './lib/procs.mjs';
import { startFixture } from './lib/fixture.mjs';
import { startServer, Client, BIN } from './lib/browserai.mjs';
import { fmt, ratio, table, verdict } from './lib/stats.mjs';
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
when missing).`, [
  { name: 'duration', type: 'int', def: 10, help: 'seconds per wrk run' },
  { name: 'connections', type: 'int', def: 64, help: 'wrk connections' },
  { name: 'threads', type: 'int', def: 2, help: 'wrk threads' },
  { name: 'rounds', type: 'int', def: 1, help: 'wrk runs per contender (alternating); the best of each is reported' },
  { name: 'workers', type: 'int', def: null, help: "BROWSERAI_WORKERS (none = the server's default)" },
  { name: 'nginx-workers', type: 'str', def: 'auto', help: 'nginx worker_processes' },
  { name: 'only', type: 'str', def: 'browserai,nginx,diagnose', help: 'contenders to run, comma-separated (diagnose: the two diagnostic runs)' },
  { name: 'quiet-wait', type: 'int', def: 0, help: 'seconds to wait, at most, for the machine to be under 25% busy before starting' },
  { name: 'json', type: 'str', def: '', help: 'also write the figures to this JSON file' },
]);
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

async function wrk(url, headers, pidForCpu) {
  const args = ['-t', String(opts.threads), '-c', String(opts.connections), '-d', `${opts.duration}s`, '--latency'];
  for (const h of headers) args.push('-H', h);
  args.push(url);
  const cpu0 = treeCpuMs(pidForCpu);
  const m0 = machineCpu();
  const child = spawnTracked(which('wrk'), args);
  const st = await Promise.race([child.exited, sleep((opts.duration + 60) * 1000).then(() => null)]);
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
worker_processes ${opts.nginxWorkers};
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
  const child = spawnTracked(nginx, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;']);
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

runMain(async () => {
  const load0 = await loadLine(opts.quietWait);
  const watch = watchMachine();
  progress(load0);
  if (!which('wrk')) throw new Error('wrk is not installed (bench/api installs it: apt-get install wrk)');
  progress(`binary ${BIN}`);
  const fx = await startFixture();
  const srv = await startServer({ workers: opts.workers });
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
  progress(`body: ${Buffer.byteLength(body)} bytes of JSON`);

  let ngx = null;
  if (only.has('nginx')) {
    ngx = await startNginx(body, reqPath);
    progress(`nginx (${ngx.version}) serving the same body on ${ngx.url}`);
  }
  const runs = { browserai: [], nginx: [] };
  for (let round = 0; round < opts.rounds; round++) {
    if (only.has('browserai')) {
      progress(`wrk -t${opts.threads} -c${opts.connections} -d${opts.duration}s --latency -> browserai (round ${round + 1}/${opts.rounds})`);
      runs.browserai.push(await wrk(`${srv.url}${reqPath}`, [`Authorization: apikey ${srv.key}`], srv.pid));
    }
    if (ngx) {
      progress(`wrk -t${opts.threads} -c${opts.connections} -d${opts.duration}s --latency -> nginx (round ${round + 1}/${opts.rounds})`);
      runs.nginx.push(await wrk(ngx.url, [`Authorization: apikey ${srv.key}`], ngx.pid));
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
  const best = (xs) => xs.reduce((a, b) => (!a || b.rps > a.rps ? b : a), null);
  const A = best(runs.browserai);
  const N = best(runs.nginx);

  console.log(`\napi: GET ${reqPath} (${Buffer.byteLength(body)} bytes), wrk -t${opts.threads} -c${opts.connections} -d${opts.duration}s --latency${opts.rounds > 1 ? `, best of ${opts.rounds} rounds` : ''}`);
  console.log(`machine: ${load0}`);
  console.log(`machine: ${await watch.line()}`);
  console.log(`browserai: ${srv.workers} worker slots (idle during the run); nginx: ${ngx ? `${ngx.version}, worker_processes ${opts.nginxWorkers}, static file, access_log off` : 'not run'}\n`);
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
    const t = A.cpuUsPerReq - diag.badKey.cpuUsPerReq;
    console.log(`  browserai's CPU per GET, taken apart: HTTP layer ~${fmt(h, 1)} us (404), key check ~${fmt(k, 1)} us (401 - 404),` +
      ` task look-up + logs + JSON ~${fmt(t, 1)} us (200 - 401)`);
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
    targets.push({ name: 'API at least 0.8x nginx requests/s', value: A.rps / N.rps, ok: A.rps / N.rps >= 0.8 });
  }
  if (A) targets.push({ name: 'API p99 under 5 ms', value: A.p99, ok: A.p99 < 5 });
  console.log('');
  for (const t of targets) {
    console.log(`target: ${t.name}: ${t.name.includes('p99') ? `${fmt(t.value, 2)} ms` : `${t.value.toFixed(2)}x`} -> ${verdict(t.ok)}`);
  }
  await writeJson(opts.json, {
    bench: 'api', options: opts, path: reqPath, bodyBytes: Buffer.byteLength(body), workers: srv.workers,
    nginx: ngx?.version, runs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map(({ raw, ...r }) => r)])),
    diagnostic: Object.fromEntries(Object.entries(diag).map(([k, { raw, ...r }]) => [k, r])),
    targets,
  });
  if (ngx) await ngx.stop();
  await srv.stop();
});

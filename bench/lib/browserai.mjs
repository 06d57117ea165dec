// Our side: starting `build/browserai serve` on a free loopback port with a
// temporary data folder, and a small client of its task API (keep-alive HTTP,
// SSE, polling), plus the per-phase times read back from a task's own logs.
import { CHROMIUM } from './chromium.mjs';
import http from 'node:http';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTracked, stopChild, tempDir, sleep } from './procs.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.BROWSERAI_BIN || path.join(REPO, 'build/browserai');
export const TERMINAL = ['finalized', 'failed', 'stopped'];

const LISTEN_RE = /browserai: listening on (http:\/\/127\.0\.0\.1:(\d+)) \((\d+) worker slots?/;

function token() {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const s = (n) => [...crypto.randomBytes(n)].map((b) => a[b % a.length]).join('');
  return `bai_${s(12)}_${s(32)}`;
}

/**
 * Starts the server. opts.workers: BROWSERAI_WORKERS (undefined = the server's
 * default); opts.env: more variables; opts.bin: another binary than BIN (a
 * build to compare with). Resolves a Server: { url, port, key, workers (as
 * the server printed it), pid, child, stop() }.
 */
export async function startServer({ workers, env = {}, label = 'server', bin = BIN, prefix = [] } = {}) {
  const dataDir = await tempDir(`${label}-data`);
  const key = token();
  const childEnv = {};
  // A developer's BROWSERAI_* settings must not leak into a benchmark.
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('BROWSERAI_')) childEnv[k] = v;
  Object.assign(childEnv, {
    BROWSERAI_ADDR: '127.0.0.1:0',
    BROWSERAI_DATA_DIR: dataDir,
    BROWSERAI_API_KEY: key,
    BROWSERAI_ALLOW_PRIVATE_NETWORKS: '1',
    // A benchmark's one key is all the load: the fairness cap, which keeps a
    // slot free for other keys, would leave one of ours idle while the peer
    // uses as many contexts as we have slots.
    BROWSERAI_RUNNING_PER_KEY: '0',
    // The same browser as the peers (BENCH_CHROMIUM): equal work on both sides.
    BROWSERAI_CHROMIUM: CHROMIUM,
    ...(workers != null ? { BROWSERAI_WORKERS: String(workers) } : {}),
    ...env,
  });
  // prefix: a command that runs the server (bench/api: taskset, to pin it)
  const [cmd, ...args] = [...prefix, bin, 'serve'];
  const child = spawnTracked(cmd, args, { cwd: REPO, env: childEnv });
  const end = Date.now() + 20000;
  for (;;) {
    const m = LISTEN_RE.exec(child.out);
    if (m) {
      return {
        url: m[1], port: Number(m[2]), workers: Number(m[3]), key, pid: child.pid, child, dataDir,
        env: childEnv,
        stop: () => stopChild(child, { graceMs: 15000 }),
      };
    }
    if (child.exitStatus) throw new Error(`browserai exited before listening: ${child.out}\n${child.err}`);
    if (Date.now() > end) {
      await stopChild(child);
      throw new Error(`browserai did not print its listening line in 20 s: ${child.out}\n${child.err}`);
    }
    await sleep(20);
  }
}

/** The JSON body of a crawler task. */
export function taskBody(action, project = 'bench') {
  return { instructions: [{ action }], geoLocation: { country: 'US' }, project, type: 'crawler_automation' };
}

export class Client {
  constructor(base, key, { maxSockets = 64 } = {}) {
    this.base = new URL(base);
    this.key = key;
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** One request; resolves { status, text, json }. */
  request(method, p, body) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.base.hostname, port: this.base.port, path: p, method, agent: this.agent,
        headers: {
          Authorization: `apikey ${this.key}`,
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
        },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try { json = JSON.parse(text); } catch { /* not JSON */ }
          resolve({ status: res.statusCode, text, json });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** POST /api/v1/tasks; resolves the executionId. */
  async submit(action, project) {
    const r = await this.request('POST', '/api/v1/tasks', taskBody(action, project));
    if (r.status !== 201) throw new Error(`POST /api/v1/tasks: ${r.status} ${r.text.slice(0, 500)}`);
    return r.json.executionId;
  }

  async task(id) {
    const r = await this.request('GET', `/api/v1/tasks/${id}`);
    if (r.status !== 200) throw new Error(`GET /api/v1/tasks/${id}: ${r.status} ${r.text.slice(0, 500)}`);
    return r.json;
  }

  async results(id) {
    const r = await this.request('GET', `/api/v1/results/${id}`);
    if (r.status !== 200) throw new Error(`GET /api/v1/results/${id}: ${r.status} ${r.text.slice(0, 500)}`);
    return r.json;
  }

  async projects() {
    const r = await this.request('GET', '/api/v1/projects');
    if (r.status !== 200) throw new Error(`GET /api/v1/projects: ${r.status} ${r.text.slice(0, 500)}`);
    return r.json.projects;
  }

  /** Polls GET /tasks/{id} every intervalMs until a terminal status; resolves the task. */
  async poll(id, { intervalMs = 10, timeoutMs = 60000 } = {}) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const t = await this.task(id);
      if (TERMINAL.includes(t.status)) return t;
      if (Date.now() > end) throw new Error(`task ${id} not finished after ${timeoutMs} ms: ${t.status}`);
      await sleep(intervalMs);
    }
  }

  /** Follows GET /tasks/{id}/events until the "end" event; resolves its task JSON. */
  events(id, { timeoutMs = 60000 } = {}) {
    return new Promise((resolve, reject) => {
      let buf = '';
      let done = false;
      const finish = (err, v) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        req.destroy();
        if (err) reject(err); else resolve(v);
      };
      const timer = setTimeout(() => finish(new Error(`task ${id}: no "end" event in ${timeoutMs} ms`)), timeoutMs);
      const req = http.get({
        host: this.base.hostname, port: this.base.port, path: `/api/v1/tasks/${id}/events`, agent: false,
        headers: { Authorization: `apikey ${this.key}`, Accept: 'text/event-stream' },
      }, (res) => {
        if (res.statusCode !== 200) return finish(new Error(`events of ${id}: HTTP ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', (d) => {
          buf += d;
          let i;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const ev = /^event: (.*)$/m.exec(block)?.[1];
            if (ev === 'end') {
              const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
              try { finish(null, JSON.parse(data)); } catch (e) { finish(e); }
              return;
            }
          }
        });
        res.on('end', () => finish(new Error(`events of ${id}: stream closed before "end"`)));
        return undefined;
      });
      req.on('error', (e) => finish(e));
    });
  }

  close() {
    this.agent.destroy();
  }
}

const ts = (line) => Date.parse(line.slice(0, 24));

/**
 * Where a finished task's time went, in ms, from its own log lines and step
 * metadata: queue (created -> started), plan (started -> "plan:"), launch
 * (browser start, first task only), context (new browser context + place:
 * "plan:" -> "opened a fresh browser context"), then each step's duration_ms,
 * the gaps between steps, and finish (last step's end -> completed: last-step
 * artifacts, result rows, the final store write). All log times have 1 ms resolution.
 */
export function phases(task, results) {
  const logs = task.progress?.logs || [];
  const at = (re) => {
    const l = logs.find((x) => re.test(x.slice(25)));
    return l ? ts(l) : NaN;
  };
  const created = Date.parse(task.created);
  const started = Date.parse(task.started);
  const completed = Date.parse(task.completed);
  const plan = at(/^plan:/);
  const launched = logs.find((x) => /^launched browser in (\d+) ms/.test(x.slice(25)));
  const launch = launched ? Number(/in (\d+) ms/.exec(launched)[1]) : 0;
  const opened = at(/^opened a fresh browser context/);
  const steps = (results?.results || []).map((s) => {
    const m = s.metadata || {};
    return { start: Date.parse(m.step_start), end: Date.parse(m.step_end), ms: Number(m.duration_ms) };
  });
  const out = {
    total: completed - created,
    queue: started - created,
    plan: plan - started,
    launch,
    context: opened - plan - launch,
  };
  let prev = opened;
  steps.forEach((s, i) => {
    out[`gap${i + 1}`] = s.start - prev;
    out[`step${i + 1}`] = s.ms;
    prev = s.start + s.ms;
  });
  out.finish = completed - prev;
  return out;
}

// One evaluation suite's runner: fixture sites, one browserai server, every task
// submitted, waited for and checked by its effect. bench/eval/run.mjs and
// bench/holdout/run.mjs are this with their own sites, tasks and words.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../../lib/args.mjs';
import { startServer, Client, BIN } from '../../lib/browserai.mjs';
import { spawnTracked, stopChild, sleep, runMain, progress, descendants } from '../../lib/procs.mjs';
import { loadTasks, expand, KINDS } from './tasks.mjs';
import { answerOf } from './checks.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The API's terminal states (docs/api/README.md: Lifecycle), kept here so that the
// suite does not move with the benchmarks' helpers.
// The API's final states (the vendor's words), and the earlier ones of
// servers before the rename, so a baseline binary can still be measured.
const TERMINAL = ['finalized', 'failed', 'stopped', 'completed', 'cancelled', 'timed_out'];
const SUCCESS = ['finalized', 'completed'];

let opts;

function usage(s) {
  return `
Usage: node bench/${s.name}/run.mjs [flags]

Runs the ${s.title}: starts the fixture sites (bench/${s.name}/sites, one Node
process, a free 127.0.0.1 port per site) and one browserai server (BROWSERAI_BIN,
default build/browserai; BROWSERAI_PLANNER=rules, BROWSERAI_ALLOW_PRIVATE_NETWORKS=1,
a temporary data folder), submits each task of bench/${s.name}/tasks as a
crawler_automation task, waits for it to end, checks its effect (what the page
recorded, what the task extracted) and prints PASS/FAIL per task, pass rates per
kind, and "N passed, N failed". Two tasks of the same site never run at once.
Everything it started is stopped at the end and on Ctrl-C.

  --selftest   checks the checks instead, without browserai: every check must fail
               on an empty run, and tasks that carry a reference solution (solve)
               are driven in a raw-DevTools Chromium, after which their check must pass.
  --list       prints the selected tasks and exits.`;
}

const FLAGS = (s) => [
  { name: 'kind', type: 'str', def: '', help: `only tasks of these kinds (comma-separated: ${KINDS.join(', ')})` },
  { name: 'site', type: 'str', def: '', help: 'only tasks of these sites (comma-separated)' },
  { name: 'smoke', type: 'bool', def: false, help: s.smokeHelp },
  { name: 'only', type: 'str', def: '', help: 'only these task ids (comma-separated)' },
  { name: 'concurrency', type: 'int', def: 2, help: 'tasks at once (also the server\'s worker slots)' },
  { name: 'timeout', type: 'int', def: 60, help: 'seconds a task may run (its timeoutSeconds)' },
  { name: 'json', type: 'str', def: '', help: 'write every outcome to this file as JSON' },
  { name: 'selftest', type: 'bool', def: false, help: 'check the checks (see above)' },
  { name: 'list', type: 'bool', def: false, help: 'list the selected tasks and exit' },
  { name: 'verbose', type: 'bool', def: false, help: 'print each task\'s steps' },
];

let suite;

function select(tasks) {
  const set = (s) => (s ? new Set(s.split(',').map((x) => x.trim()).filter(Boolean)) : null);
  const kinds = set(opts.kind);
  const sites = set(opts.site);
  const only = set(opts.only);
  for (const k of kinds || []) if (!KINDS.includes(k)) throw new Error(`unknown kind "${k}" (kinds: ${KINDS.join(', ')})`);
  const out = tasks.filter((t) => (!kinds || kinds.has(t.kind)) && (!sites || sites.has(t.site)) &&
    (!only || only.has(t.id)) && (!opts.smoke || t.smoke));
  if (only) for (const id of only) if (!tasks.some((t) => t.id === id)) throw new Error(`no task "${id}"`);
  return out;
}

async function startFixtures(sites) {
  const child = spawnTracked(process.execPath, [path.join(HERE, 'fixtures.mjs'), sites.join(',')].concat(suite.sites ? [suite.sites] : []));
  const end = Date.now() + 15000;
  for (;;) {
    const m = /eval-fixtures: (\{.*\})/.exec(child.out);
    if (m) return { urls: JSON.parse(m[1]), child };
    if (child.exitStatus || Date.now() > end) throw new Error(`fixture sites did not start: ${child.err}`);
    await sleep(20);
  }
}

async function getJson(url, method = 'GET') {
  const r = await fetch(url, { method });
  return r.json();
}

const clip = (s, n = 220) => {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}...` : t;
};

function summarize(outcomes, tookS) {
  const rows = [];
  const by = (key) => {
    const m = new Map();
    for (const o of outcomes) {
      const k = o[key];
      if (!m.has(k)) m.set(k, { n: 0, pass: 0 });
      const e = m.get(k);
      e.n++;
      if (o.pass) e.pass++;
    }
    return m;
  };
  const pct = (e) => `${((100 * e.pass) / e.n).toFixed(0)}%`.padStart(5);
  const kinds = by('kind');
  rows.push('', 'kind        tasks  passed   rate');
  for (const k of KINDS) {
    const e = kinds.get(k);
    if (e) rows.push(`${k.padEnd(10)} ${String(e.n).padStart(6)} ${String(e.pass).padStart(7)}  ${pct(e)}`);
  }
  const tot = { n: outcomes.length, pass: outcomes.filter((o) => o.pass).length };
  if (tot.n) rows.push(`${'overall'.padEnd(10)} ${String(tot.n).padStart(6)} ${String(tot.pass).padStart(7)}  ${pct(tot)}`);
  const sites = by('site');
  rows.push('', 'site        tasks  passed   rate');
  for (const [k, e] of [...sites].sort()) rows.push(`${k.padEnd(10)} ${String(e.n).padStart(6)} ${String(e.pass).padStart(7)}  ${pct(e)}`);
  const statuses = {};
  for (const o of outcomes) statuses[o.status] = (statuses[o.status] || 0) + 1;
  rows.push('', `task statuses: ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')}; wall time ${tookS.toFixed(0)} s`);
  return rows.join('\n');
}

async function evaluate(tasks) {
  const t0 = Date.now();
  const siteNames = [...new Set(tasks.map((t) => t.site))];
  progress(`starting ${siteNames.length} fixture sites`);
  const fx = await startFixtures(siteNames);
  const env = {
    BROWSERAI_PLANNER: 'rules',
    BROWSERAI_ALLOW_PRIVATE_NETWORKS: '1',
    BROWSERAI_TASK_TIMEOUT: String(opts.timeout),
  };
  progress(`starting ${BIN} (rules planner, ${opts.concurrency} worker slots)`);
  let server = await startServer({ workers: opts.concurrency, env, label: suite.name });
  let client = new Client(server.url, server.key);
  const issues = [];
  const outcomes = [];
  const running = new Map(); // id -> task
  const busySites = new Set();
  const queue = [...tasks];
  let done = 0;
  let restarting = null;
  let interrupted = false; // Ctrl-C: bench/lib/procs.mjs stops every process; take no new task
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { interrupted = true; });

  async function ensureServer() {
    if (!server.child.exitStatus) return;
    if (!restarting) {
      restarting = (async () => {
        const msg = `browserai exited (${JSON.stringify(server.child.exitStatus)}) while running ${[...running.keys()].join(', ') || 'nothing'}; stderr tail: ${clip(server.child.err.slice(-800), 800)}`;
        issues.push(msg);
        progress(`ISSUE: ${msg}; restarting it`);
        client.close();
        server = await startServer({ workers: opts.concurrency, env, label: suite.name });
        client = new Client(server.url, server.key);
      })().finally(() => { restarting = null; });
    }
    await restarting;
  }

  async function runOne(task) {
    const base = fx.urls[task.site];
    const started = Date.now();
    const out = { id: task.id, site: task.site, kind: task.kind, smoke: !!task.smoke, pass: false, status: 'error' };
    try {
      await ensureServer();
      await getJson(`${base}/__reset`, 'POST');
      const body = {
        instructions: expand(task, base).map((action) => ({ action })),
        geoLocation: { country: 'US' },
        project: suite.name,
        type: 'crawler_automation',
        timeoutSeconds: opts.timeout,
      };
      out.instructions = body.instructions.map((i) => i.action);
      const r = await client.request('POST', '/api/v1/tasks', body);
      if (r.status !== 201) throw new Error(`POST /api/v1/tasks: ${r.status} ${clip(r.text)}`);
      const id = r.json.executionId;
      out.executionId = id;
      let t;
      const end = Date.now() + (opts.timeout + 30) * 1000;
      for (;;) {
        if (server.child.exitStatus) throw new Error('browserai exited during the task');
        t = await client.task(id);
        if (TERMINAL.includes(t.status)) break;
        if (Date.now() > end) {
          issues.push(`${task.id}: still "${t.status}" ${opts.timeout + 30} s after submit (${t.progress?.status}); cancelled`);
          await client.request('POST', `/api/v1/tasks/${id}/cancel`).catch(() => {});
          out.status = 'hung';
          break;
        }
        await sleep(200);
      }
      const results = await client.results(id).catch(() => null);
      await sleep(150); // a record posted by the page's last moment
      const records = await getJson(`${base}/__records`);
      out.status = out.status === 'hung' ? 'hung' : t.status;
      out.error = t.error;
      out.answer = answerOf(t, results);
      out.steps = (results?.results || []).map((s) => ({ action: s.model_output, result: s.result, error: s.metadata?.error }));
      out.records = records;
      out.logs = t.progress?.logs || []; // the task's own log, for reading a failure
      const c = task.check({ records, answer: out.answer, task: t, results });
      out.checkOk = c.ok;
      out.why = c.why;
      out.pass = c.ok && SUCCESS.includes(t.status);
      if (c.ok && !SUCCESS.includes(t.status)) out.why = `effect seen but the task ended ${t.status}`;
    } catch (e) {
      out.why = `runner error: ${e.message}`;
    }
    out.seconds = (Date.now() - started) / 1000;
    return out;
  }

  function line(o) {
    const head = `${o.pass ? 'PASS' : 'FAIL'} ${o.id} ${o.kind} (${o.seconds.toFixed(1)} s)`;
    if (o.pass) return head;
    const bits = [o.why];
    if (!SUCCESS.includes(o.status)) bits.push(`task ${o.status}${o.error ? `: ${clip(o.error, 200)}` : ''}`);
    else if (o.answer && !/^answer/.test(o.why || '')) bits.push(`result: ${clip(o.answer, 120)}`);
    return `${head}: ${bits.join(' | ')}`;
  }

  async function lane() {
    for (;;) {
      if (interrupted) return;
      const i = queue.findIndex((t) => !busySites.has(t.site));
      if (i < 0) {
        if (!queue.length) return;
        await sleep(50);
        continue;
      }
      const task = queue.splice(i, 1)[0];
      busySites.add(task.site);
      running.set(task.id, task);
      progress(`[${done + running.size}/${tasks.length}] ${task.id} (${task.kind}, ${task.site})`);
      const o = await runOne(task);
      if (interrupted) return;
      running.delete(task.id);
      busySites.delete(task.site);
      done++;
      outcomes.push(o);
      console.log(line(o));
      if (opts.verbose) for (const s of o.steps || []) console.log(`    ${clip(s.action, 120)} -> ${clip(s.result, 120)}${s.error ? ` [${clip(s.error, 120)}]` : ''}`);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));
  const tookS = (Date.now() - t0) / 1000;
  // servers: leftover Chromium of the server is killed by pid in stopChild
  const kids = descendants(server.pid);
  client.close();
  await server.stop();
  await stopChild(fx.child);
  progress(`stopped browserai (${kids.length} descendants) and the fixture sites`);
  outcomes.sort((a, b) => tasks.findIndex((t) => t.id === a.id) - tasks.findIndex((t) => t.id === b.id));
  if (interrupted) console.log(`\ninterrupted: ${outcomes.length} of ${tasks.length} tasks ran`);
  console.log(summarize(outcomes, tookS));
  if (issues.length) {
    console.log('\nissues seen in the service:');
    for (const i of issues) console.log(`  - ${i}`);
  }
  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify({ date: new Date().toISOString(), bin: BIN, tookS, issues, outcomes }, null, 2) + '\n');
    progress(`wrote ${opts.json}`);
  }
  const passed = outcomes.filter((o) => o.pass).length;
  console.log(`\n${passed} passed, ${outcomes.length - passed} failed`);
}

/**
 * Runs a suite from its run.mjs: s = {name, title, smokeHelp, sites (the path
 * of its sites module, or null for bench/eval's), tasks (its tasks folder, or
 * null for bench/eval's)}.
 */
export function runSuite(s) {
  suite = s;
  opts = parseArgs(usage(s), FLAGS(s));
  runMain(main);
}

async function main() {
  const all = await loadTasks(suite.tasks || undefined);
  const tasks = select(all);
  if (opts.list) {
    for (const t of tasks) console.log(`${t.id.padEnd(16)} ${t.kind.padEnd(8)} ${t.site.padEnd(10)} ${t.smoke ? 'smoke ' : ''}${t.instructions.join(' // ')}`);
    console.log(`\n${tasks.length} tasks`);
    return;
  }
  if (!tasks.length) throw new Error('no task selected');
  if (opts.selftest) {
    const { selftest } = await import('./selftest.mjs');
    await selftest(tasks, { startFixtures });
    return;
  }
  await evaluate(tasks);
}

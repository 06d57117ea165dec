// bench/scale: the store's queue without a browser, so it measures the store
// and not Chromium. For 1, 2, 4 and 8 worker processes, on SQLite and on
// PostgreSQL side by side: submit -> claim -> finish round trips per second
// and the claims' latency p50/p99, then how throughput grows from 1 to 8;
// and the CPU time per task of the bench's processes (and, on PostgreSQL,
// of the server's backends), the figure to compare on a shared machine,
// where other work moves the rates but not the work each task costs.
//
// The driver is `browserai bench-store` (src/bench/store_bench.c): it forks
// the workers, each with its own store handle, and submits TASKS tasks while
// they claim and finish. PostgreSQL is a throw-away server (initdb in a temp
// folder, a unix socket), as the tests start one.
//
// With --stats, the server runs pg_stat_statements and each PostgreSQL run
// prints its statements: calls per task and server time per call.
//
//   node bench/scale.mjs [--tasks N] [--workers 1,2,4,8] [--backends sqlite,postgresql] [--stats]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Postgres } from '../tests/e2e/lib/pg.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = process.env.BROWSERAI_BIN || path.join(REPO, 'build/browserai');

if (process.argv.includes('--help')) {
  console.log('usage: node bench/scale.mjs [--tasks N] [--workers 1,2,4,8] [--backends sqlite,postgresql] [--stats]  (BROWSERAI_BIN: the binary)');
  process.exit(0);
}

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}
const TASKS = Number(arg('tasks', '4000'));
const COUNTS = arg('workers', '1,2,4,8').split(',').map(Number);
const STATS = process.argv.includes('--stats');
const BACKENDS = arg('backends', 'sqlite,postgresql').split(',');
const SKIPPED = { per_s: 0, claim_p50_ms: 0, claim_p99_ms: 0, cpu_us_per_task: 0, done: 0 };

// CPU ms of a process and of its reaped children (/proc/PID/stat: utime,
// stime, cutime, cstime, in clock ticks of 10 ms).
function cpuMs(pid) {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 10;
}

// The postmaster reaps the backends, so its children's time holds theirs
// once they have exited (shortly after the bench closes its connections).
function run(store, workers, postmaster) {
  const bench0 = cpuMs(process.pid), server0 = postmaster ? cpuMs(postmaster) : 0;
  const out = execFileSync(BIN, ['bench-store', '--store', store, '--workers', String(workers), '--tasks', String(TASKS)],
    { encoding: 'utf8', timeout: 600000, stdio: ['ignore', 'pipe', 'inherit'] });
  if (postmaster) execFileSync('sleep', ['0.3']);
  const bench = cpuMs(process.pid) - bench0, server = postmaster ? cpuMs(postmaster) - server0 : 0;
  const r = JSON.parse(out.trim().split('\n').pop());
  const per = (ms) => (r.done ? Math.round((ms * 1000) / r.done) : 0);
  r.cpu_us_per_task = per(bench + server);
  r.cpu_bench_us_per_task = per(bench);
  r.cpu_server_us_per_task = per(server);
  return r;
}

const pg = new Postgres();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'browserai-scale-'));
const rows = [];
const psql = (sql) => pg.run('psql', ['-h', pg.dir, '-p', '5432', '-U', 'browserai', '-q', '-A', '-F', ' | ', '-t', '-c', sql, 'browserai']).toString();

// The statements of the last run: calls per task, server µs per call.
function statements(tasks) {
  const rows = psql('SELECT calls, total_exec_time, query FROM pg_stat_statements WHERE calls > 0 ORDER BY total_exec_time DESC LIMIT 8');
  for (const line of rows.trim().split('\n').filter(Boolean)) {
    const [calls, ms, ...q] = line.split(' | ');
    const text = q.join(' | ').replace(/\s+/g, ' ');
    process.stderr.write(`  ${(Number(calls) / tasks).toFixed(2).padStart(6)} calls/task ${((Number(ms) * 1000) / Number(calls)).toFixed(0).padStart(5)} µs/call  ${text.slice(0, 90)}\n`);
  }
}

try {
  pg.start();
  if (STATS) {
    psql("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    pg.restart();
  }
  const postmaster = Number(fs.readFileSync(`${pg.dir}/data/postmaster.pid`, 'utf8').split('\n')[0]);
  for (const n of COUNTS) {
    // A fresh store for every run: the queue starts empty.
    const sqlite = BACKENDS.includes('sqlite') ? run(`sqlite:${tmp}/scale-${n}.db`, n, 0) : SKIPPED;
    let postgres = SKIPPED;
    if (BACKENDS.includes('postgresql')) {
      psql('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      if (STATS) psql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()');
      postgres = run(pg.url, n, postmaster);
    }
    rows.push({ n, sqlite, postgres });
    process.stderr.write(`workers ${n}: sqlite ${sqlite.per_s}/s, postgresql ${postgres.per_s}/s\n`);
    if (STATS && postgres.done) statements(postgres.done);
  }
} finally {
  pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}

const f = (x) => x.toFixed(2);
console.log(`bench/scale: ${TASKS} tasks per run, submit -> claim -> finish (${os.cpus().length} cores)\n`);
console.log('workers | SQLite tasks/s | claim p50 ms | p99 ms | CPU µs/task | PostgreSQL tasks/s | claim p50 ms | p99 ms | CPU µs/task');
console.log('--------|----------------|--------------|--------|-------------|--------------------|--------------|--------|------------');
for (const { n, sqlite: s, postgres: p } of rows)
  console.log(`${String(n).padStart(7)} | ${String(s.per_s).padStart(14)} | ${f(s.claim_p50_ms).padStart(12)} | ${f(s.claim_p99_ms).padStart(6)} | ${String(s.cpu_us_per_task).padStart(11)} | ${String(p.per_s).padStart(18)} | ${f(p.claim_p50_ms).padStart(12)} | ${f(p.claim_p99_ms).padStart(6)} | ${String(p.cpu_us_per_task).padStart(11)}`);
console.log('\nCPU: the bench\'s processes, and on PostgreSQL the server\'s backends too.');
const first = rows[0], last = rows[rows.length - 1];
const growth = (k) => (first[k].per_s ? `x${(last[k].per_s / first[k].per_s).toFixed(2)}` : '-');
if (rows.length > 1)
  console.log(`\ngrowth ${first.n} -> ${last.n} workers: SQLite ${growth('sqlite')}, PostgreSQL ${growth('postgres')}`);
console.log(JSON.stringify({ bench: 'scale', tasks: TASKS, rows }));

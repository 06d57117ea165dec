// Runs end-to-end files with node's test runner in the order given (the
// longest first, tests/run.sh), JOBS at a time, each with the spec reporter
// and its own summary ("ℹ pass N" ...); exits 1 when a test failed.
// `node --test` would sort the files by name first. Ends with each file's
// wall time, set-up included, longest first: tests/lib/e2e-first is kept
// from these; then, if any failed, one "e2e failed: FILE > TEST" line per
// failed test (FILE > SUITE > TEST in a suite), so that the end of a long
// log names them (tests/run.sh repeats them under its closing line).
//   node tests/lib/e2e-run.mjs JOBS FILE...
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const [jobs, ...files] = process.argv.slice(2);
const queue = files.map((f) => path.resolve(f));
const times = [];
const failures = [];

// The CPU seconds of this process's children that ended and were waited
// for: each file runs in a child of ours, whose own children (servers,
// browsers, fixtures) are waited for inside it, so the figure grows by a
// file's whole tree as that file ends (Linux /proc/self/stat cutime and
// cstime; 0 elsewhere).
const TICKS = 100;
function childCpu() {
  try {
    const f = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / TICKS;
  } catch {
    return 0;
  }
}
let cpuSeen = childCpu();

async function runFile(file) {
  const t0 = Date.now();
  const stream = run({ files: [file] });
  // The suites a test is in (a grounding group's files are suites of its
  // file, tests/e2e/lib/grounding.mjs): tests start in the order they
  // are defined, so those of the test that fails are the last started
  // at each level above it.
  const within = [];
  stream.on('test:start', (t) => { within[t.nesting] = t.name; });
  stream.on('test:fail', (t) => {
    process.exitCode = 1;
    // A suite fails with its tests: name the tests themselves (one that
    // failed by itself, in a hook, is named).
    if (t.details?.type === 'suite' && t.details.error?.failureType === 'subtestsFailed') return;
    const why = String(t.details?.error?.cause?.message ?? t.details?.error?.message ?? '').split('\n')[0];
    const name = [path.basename(file), ...within.slice(0, t.nesting), t.name].join(' > ');
    failures.push(`${name}${why ? `: ${why.slice(0, 160)}` : ''}`);
  });
  const out = stream.compose(new spec());
  out.pipe(process.stdout, { end: false });
  await once(out, 'end');
  // What ended since the last file did: this file's tree (two files ending
  // at once share the figure of both).
  const now = childCpu();
  times.push([(Date.now() - t0) / 1000, path.basename(file), now - cpuSeen]);
  cpuSeen = now;
}

await Promise.all(Array.from({ length: Math.max(1, Number(jobs) || 1) }, async () => {
  while (queue.length) await runFile(queue.shift());
}));
times.sort((a, b) => b[0] - a[0]);
console.log(`e2e file times (wall s, CPU s):\n${times.map(([s, f, cpu]) => `${s.toFixed(1).padStart(8)} ${cpu.toFixed(1).padStart(7)} ${f}`).join('\n')}`);
for (const f of failures) console.log(`e2e failed: ${f}`);

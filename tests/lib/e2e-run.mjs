// Runs end-to-end files with node's test runner in the order given (the
// longest first, tests/run.sh), JOBS at a time, with the spec reporter; exits
// 1 when a test failed. `node --test` would sort the files by name first.
// Ends with each file's time (the sum of its top-level tests), longest
// first, from which tests/lib/e2e-first is kept up to date.
//   node tests/lib/e2e-run.mjs JOBS FILE...
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const [jobs, ...files] = process.argv.slice(2);
const seconds = new Map();
const stream = run({ files: files.map((f) => path.resolve(f)), concurrency: Number(jobs) || 1 });
const took = ({ file, nesting, details }) => {
  if (file && nesting === 0) seconds.set(file, (seconds.get(file) || 0) + (details?.duration_ms || 0) / 1000);
};
stream.on('test:pass', took);
stream.on('test:fail', (data) => { process.exitCode = 1; took(data); });
const out = stream.compose(new spec());
out.pipe(process.stdout);
out.on('end', () => {
  const rows = [...seconds].sort((a, b) => b[1] - a[1]);
  console.log(`e2e file times (s):\n${rows.map(([f, s]) => `${s.toFixed(1).padStart(8)} ${path.basename(f)}`).join('\n')}`);
});

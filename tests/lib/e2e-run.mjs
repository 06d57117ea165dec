// Runs end-to-end files with node's test runner in the order given (the
// longest first, tests/run.sh), JOBS at a time, with the spec reporter; exits
// 1 when a test failed. `node --test` would sort the files by name first.
//   node tests/lib/e2e-run.mjs JOBS FILE...
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const [jobs, ...files] = process.argv.slice(2);
const stream = run({ files: files.map((f) => path.resolve(f)), concurrency: Number(jobs) || 1 });
stream.on('test:fail', () => { process.exitCode = 1; });
stream.compose(new spec()).pipe(process.stdout);

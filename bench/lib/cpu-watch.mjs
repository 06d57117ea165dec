// A sampler in its own process (so that reading /proc never stalls a
// benchmark's event loop): follows the CPU time of the tree under the pid
// given as argument (see cpuAccountant in procs.mjs). Each line on stdin gets
// one line back: the CPU ms so far.
import readline from 'node:readline';
import { cpuAccountant } from './procs.mjs';

const acct = cpuAccountant(Number(process.argv[2]), 100);
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', () => process.stdout.write(`${acct.ms()}\n`));
rl.on('close', () => process.exit(0));

#!/usr/bin/env node
// The fourth ("fresh") evaluation suite: plain-English crawler_automation tasks on
// fixture sites of domains no other suite uses, written without looking at the
// product's source, tests or planner notes, nor at the other suites' sites and tasks,
// each checked by its effect. It is bench/eval's runner (bench/eval/lib) with its own
// sites and tasks. See README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from '../eval/lib/suite.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
runSuite({
  name: 'fresh',
  title: 'fresh evaluation suite',
  smokeHelp: 'only the smoke tasks (about 15, one or more of every kind)',
  sites: path.join(HERE, 'sites/index.mjs'),
  tasks: path.join(HERE, 'tasks'),
});

#!/usr/bin/env node
// The third ("blind") evaluation suite: plain-English crawler_automation tasks on
// fixture sites of domains neither other suite uses, written without looking at the
// product's rules, tests or the other suites' sites and tasks, each checked by its
// effect. It is bench/eval's runner (bench/eval/lib) with its own sites and tasks.
// See README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from '../eval/lib/suite.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
runSuite({
  name: 'blind',
  title: 'blind evaluation suite',
  smokeHelp: 'only the smoke tasks (about 15, one or more of every kind)',
  sites: path.join(HERE, 'sites/index.mjs'),
  tasks: path.join(HERE, 'tasks'),
});

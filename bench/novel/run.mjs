#!/usr/bin/env node
// The fifth ("novel") evaluation suite: plain-English crawler_automation tasks on
// fixture sites of domains no other suite uses (museum, garden centre, pharmacy,
// energy account, parcel courier), written without looking at the product's source,
// tests or planner notes, nor at the other suites' sites and tasks, each checked by
// its effect. It is bench/eval's runner (bench/eval/lib) with its own sites and
// tasks. See README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from '../eval/lib/suite.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
runSuite({
  name: 'novel',
  title: 'novel evaluation suite',
  smokeHelp: 'only the smoke tasks (15, one or more of every kind, three per site)',
  sites: path.join(HERE, 'sites/index.mjs'),
  tasks: path.join(HERE, 'tasks'),
});

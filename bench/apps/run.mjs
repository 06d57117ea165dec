#!/usr/bin/env node
// The "apps" development suite: plain-English crawler_automation tasks, phrased the
// way users phrase them, on look-alikes of realistic web apps (a TodoMVC-style app in
// two builds, an automation-practice site, a Conduit-style blogging SPA), each
// checked by its effect. It is bench/eval's runner (bench/eval/lib) with its own
// sites and tasks. Unlike bench/blind, planner engineers MAY read it. See README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from '../eval/lib/suite.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
runSuite({
  name: 'apps',
  title: 'apps development suite (TodoMVC, practice pages, Conduit look-alikes)',
  smokeHelp: 'only the smoke tasks (about 12, every site)',
  sites: path.join(HERE, 'sites/index.mjs'),
  tasks: path.join(HERE, 'tasks'),
});

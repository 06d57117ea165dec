#!/usr/bin/env node
// The evaluation suite: plain-English crawler_automation tasks on fixture sites
// that nobody tuned the planner for, each checked by its effect. See README.md.
import { runSuite } from './lib/suite.mjs';

runSuite({ name: 'eval', title: 'evaluation suite', smokeHelp: 'only the 30 smoke tasks', sites: null, tasks: null });

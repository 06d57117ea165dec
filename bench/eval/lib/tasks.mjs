// Loads every task file of tasks/ and validates the tasks' shape.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const KINDS = ['forms', 'tables', 'lists', 'dialogs', 'tabs', 'trees', 'pickers', 'iframes',
  'shadow', 'spa', 'scroll', 'newtab', 'reading'];

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../tasks');

// `dir`: another suite's tasks folder (bench/holdout/tasks), bench/eval/tasks by default.
export async function loadTasks(dir = DIR) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  const tasks = [];
  const ids = new Set();
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    for (const t of mod.default) {
      const where = `${f}: ${t.id}`;
      if (!t.id || !t.site || !t.kind || !t.check) throw new Error(`${where}: id, site, kind and check are required`);
      if (!KINDS.includes(t.kind)) throw new Error(`${where}: unknown kind ${t.kind}`);
      if (ids.has(t.id)) throw new Error(`${where}: duplicate id`);
      ids.add(t.id);
      const instr = [].concat(t.instructions ?? t.instruction);
      if (!instr.length || instr.some((s) => typeof s !== 'string')) throw new Error(`${where}: instruction(s) must be text`);
      if (!instr.some((s) => s.includes('{BASE}'))) throw new Error(`${where}: no {BASE} in the instructions`);
      tasks.push({ ...t, instructions: instr, file: f });
    }
  }
  return tasks;
}

/** The instructions with {BASE} replaced by the site's URL. */
export const expand = (task, base) => task.instructions.map((s) => s.replaceAll('{BASE}', base));

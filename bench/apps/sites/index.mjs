// The apps suite's fixture sites (each served on its own port by bench/eval/lib/fixtures.mjs).
import todo from './todo.mjs';
import practice from './practice.mjs';
import demo from './demo.mjs';

export const SITES = [todo, practice, demo];

// Helpers of the apps suite's task files: checks this suite needs beyond
// bench/eval/lib/checks.mjs, and the page helpers its reference solutions use.

const norm = (s, ci) => { const t = String(s ?? '').replace(/\s+/g, ' ').trim(); return ci ? t.toLowerCase() : t; };
const sameSet = (got, want, ci) => {
  const g = [].concat(got ?? []).map((x) => norm(x, ci)).sort();
  const w = [].concat(want).map((x) => norm(x, ci)).sort();
  return g.length === w.length && g.every((v, i) => v === w[i]);
};

/**
 * The LAST todos state the todo app posted has exactly these titles / done titles /
 * filter. `ci`: titles compare case-insensitively (for values the user wrote
 * unquoted, in lowercase, in running text).
 */
export function todos({ titles, done, filter, left, ci = false }) {
  return ({ records }) => {
    const st = records.filter((r) => r.type === 'state' && r.name === 'todos');
    if (!st.length) return { ok: false, why: 'no todos state recorded' };
    const last = st[st.length - 1];
    const bad = [];
    if (titles && !sameSet(last.titles, titles, ci)) bad.push(`titles ${JSON.stringify(last.titles)} (want ${JSON.stringify(titles)})`);
    if (done && !sameSet(last.done, done, ci)) bad.push(`done ${JSON.stringify(last.done)} (want ${JSON.stringify(done)})`);
    if (filter && last.filter !== filter) bad.push(`filter ${last.filter} (want ${filter})`);
    if (left !== undefined && last.left !== left) bad.push(`left ${last.left} (want ${left})`);
    return bad.length ? { ok: false, why: `todos: ${bad.join('; ')}` } : { ok: true, why: 'todos ok' };
  };
}

/** The answer names the last notification message the page showed, and no other. */
export function lastNotice(messages) {
  return ({ records, answer }) => {
    const shown = records.filter((r) => r.type === 'notice');
    if (!shown.length) return { ok: false, why: 'no notification was loaded' };
    const last = shown[shown.length - 1].message;
    const text = norm(answer, true);
    if (!text) return { ok: false, why: 'nothing extracted' };
    if (!text.includes(norm(last, true))) return { ok: false, why: `answer ${JSON.stringify(norm(answer).slice(0, 120))} lacks the last message "${last}"` };
    const others = messages.filter((m) => m !== last && !norm(last, true).includes(norm(m, true)) && text.includes(norm(m, true)));
    if (others.length) return { ok: false, why: `answer also has ${others.join(', ')}` };
    return { ok: true, why: 'notice ok' };
  };
}

/** The last state `name` has a numeric field `field` >= min. */
export function atLeast(name, field, min) {
  return ({ records }) => {
    const st = records.filter((r) => r.type === 'state' && r.name === name);
    if (!st.length) return { ok: false, why: `no "${name}" state recorded` };
    const v = Number(st[st.length - 1][field]);
    return v >= min ? { ok: true, why: `${field} ${v}` } : { ok: false, why: `${name}.${field} = ${v} (want >= ${min})` };
  };
}

// The page helpers of the reference solutions (each solution step is evaluated on
// its own, so every step carries them): q/qa, text lookup, a value setter that fires
// input/change like typing, key events, double click, sleep.
const HELP = `
const q = (s, r = document) => r.querySelector(s);
const qa = (s, r = document) => Array.from(r.querySelectorAll(s));
const byText = (sel, t, r = document) => qa(sel, r).find((e) => e.textContent.trim() === t) || qa(sel, r).find((e) => e.textContent.includes(t));
const setVal = (el, v) => {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  el.focus();
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const key = (el, k, code) => { for (const t of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new KeyboardEvent(t, { key: k, keyCode: code, which: code, bubbles: true, cancelable: true })); };
const dbl = (el) => el.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
`;

/** A solution step: the helpers, then `code` (statements; `return` gives the answer). */
export const js = (code) => `${HELP}\n${code};`;

// Checks by effect. A check is a function ({ records, answer, task, results }) ->
// { ok: boolean, why: string }. `records` are what the fixture site recorded while the
// task ran (form submits, clicks and states the page posted to /__record, page views
// with a query string); `answer` is the text the task extracted (the `result` of
// each step whose action was an extraction, joined; the task's `result` when no step
// extracted anything).
//
// Expected values: a string (equal after trimming and collapsing spaces; case
// matters), a RegExp, a number (numeric equality) or a function (value -> bool).

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

export function matchValue(exp, got) {
  if (exp instanceof RegExp) return exp.test(norm(Array.isArray(got) ? got.join(',') : got));
  if (typeof exp === 'function') return !!exp(got);
  if (Array.isArray(exp)) {
    const g = [].concat(got ?? []).map(norm).sort();
    const e = exp.map(norm).sort();
    return g.length === e.length && g.every((v, i) => v === e[i]);
  }
  if (typeof exp === 'number') return got !== undefined && got !== null && got !== '' && Number(norm(got).replace(/,/g, '')) === exp;
  if (exp === true || exp === false) return (got === true || got === 'true' || got === 'on') === exp;
  if (exp === null) return got === undefined || got === null || got === '';
  return norm(Array.isArray(got) ? got.join(',') : got) === norm(exp);
}

const show = (v) => (v instanceof RegExp ? String(v) : typeof v === 'function' ? 'fn' : JSON.stringify(v));

function fieldsMatch(fields, obj) {
  const bad = [];
  for (const [k, exp] of Object.entries(fields)) {
    if (!matchValue(exp, obj?.[k])) bad.push(`${k}=${JSON.stringify(obj?.[k])} (want ${show(exp)})`);
  }
  return bad;
}

const brief = (r) => JSON.stringify(r).slice(0, 300);

/** The LAST submit of form `form` has these fields (data of a native post or of rec('submit')). */
export function submitted(form, fields) {
  return ({ records }) => {
    const subs = records.filter((r) => r.type === 'submit' && r.form === form);
    if (!subs.length) return { ok: false, why: `no "${form}" submit recorded (records: ${records.map((r) => r.type).join(',') || 'none'})` };
    const last = subs[subs.length - 1];
    const bad = fieldsMatch(fields, last.data);
    return bad.length ? { ok: false, why: `"${form}" submitted with ${bad.join('; ')}` } : { ok: true, why: `"${form}" submitted as expected` };
  };
}

/**
 * Records of `type` include one matching `fields`; with exclusive (the default),
 * every record of that type must match (no other item was acted on).
 */
export function did(type, fields = {}, { exclusive = true, count } = {}) {
  return ({ records }) => {
    const all = records.filter((r) => r.type === type);
    const good = all.filter((r) => !fieldsMatch(fields, r).length);
    if (!good.length) return { ok: false, why: `no "${type}" with ${show(fields)}; got ${all.map(brief).join(' ') || 'none'}` };
    if (exclusive && good.length !== all.length) return { ok: false, why: `also "${type}" on others: ${all.filter((r) => !good.includes(r)).map(brief).join(' ')}` };
    if (count !== undefined && good.length !== count) return { ok: false, why: `"${type}" ${good.length} times, want ${count}` };
    return { ok: true, why: `${type} ok` };
  };
}

/** No record of `type` (matching fields, when given) happened. */
export function didNot(type, fields = {}) {
  return ({ records }) => {
    const bad = records.filter((r) => r.type === type && !fieldsMatch(fields, r).length);
    return bad.length ? { ok: false, why: `unexpected "${type}": ${bad.map(brief).join(' ')}` } : { ok: true, why: `no ${type}` };
  };
}

/** The LAST state the page posted (rec('state', {...})) of `name` has these fields. */
export function state(name, fields) {
  return ({ records }) => {
    const st = records.filter((r) => r.type === 'state' && r.name === name);
    if (!st.length) return { ok: false, why: `no "${name}" state recorded` };
    const bad = fieldsMatch(fields, st[st.length - 1]);
    return bad.length ? { ok: false, why: `"${name}" state: ${bad.join('; ')}` } : { ok: true, why: `${name} state ok` };
  };
}

/** A page view of `path` whose query has these fields (GET forms, links). */
export function viewed(path, query = {}) {
  return ({ records }) => {
    const v = records.filter((r) => r.type === 'view' && (path instanceof RegExp ? path.test(r.path) : r.path === path));
    const good = v.filter((r) => !fieldsMatch(query, r.query).length);
    return good.length ? { ok: true, why: 'viewed' } : { ok: false, why: `no view of ${path} with ${show(query)}; views: ${v.map(brief).join(' ') || 'none'}` };
  };
}

const answerNorm = (s) => norm(s).toLowerCase().replace(/[\u2018\u2019]/g, "'");

function contains(text, exp) {
  if (exp instanceof RegExp) return exp.test(text);
  const e = answerNorm(exp);
  // numbers and short tokens must stand alone ("12" is not in "120")
  if (/^[\w.,:$€£%-]+$/.test(e) && e.length <= 12) {
    const body = e.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');
    const before = /^\w/.test(e) ? '(^|[^\\w.])' : '';
    const after = /\w$/.test(e) ? '(?![\\w]|\\.\\d)' : '';
    const re = new RegExp(`${before}${body}${after}`, 'i');
    return re.test(text);
  }
  return text.includes(e);
}

/**
 * The extracted answer contains every one of `has` and none of `not` (the values
 * of the other rows / items, so that a dump of the whole page does not pass).
 */
export function answer(has, { not = [] } = {}) {
  const want = [].concat(has);
  return ({ answer: raw }) => {
    const text = answerNorm(raw);
    if (!text) return { ok: false, why: 'nothing extracted' };
    const missing = want.filter((h) => !contains(text, h));
    const extra = not.filter((n) => contains(text, n));
    if (missing.length || extra.length) {
      return {
        ok: false,
        why: `answer ${JSON.stringify(norm(raw).slice(0, 160))}${missing.length ? ` lacks ${missing.map(show).join(', ')}` : ''}${extra.length ? ` has wrong ${extra.map(show).join(', ')}` : ''}`,
      };
    }
    return { ok: true, why: 'answer ok' };
  };
}

/** Every check passes. */
export function all(...checks) {
  return (ctx) => {
    for (const c of checks) {
      const r = c(ctx);
      if (!r.ok) return r;
    }
    return { ok: true, why: 'all ok' };
  };
}

// 'do' is a clause the page model grounded into actions (fields filled, controls pressed):
// it acts, and its result says what it did, which is no answer.
const ACTING = new Set(['navigate', 'open', 'back', 'forward', 'reload', 'search', 'click', 'type', 'fill', 'select',
  'check', 'uncheck', 'key', 'press', 'submit', 'scroll', 'hover', 'wait', 'screenshot', 'login', 'switch_tab', 'close_tab',
  'do', 'tab']);

/**
 * The answer text of a finished task: what its extraction steps returned (steps whose
 * action is not one of the acting ones above), joined. The task's final `result`
 * alone is not used: when nothing was extracted it is the page title.
 */
export function answerOf(task, results) {
  const parts = [];
  for (const s of results?.results || []) {
    let mo = {};
    try { mo = JSON.parse(s.model_output || '{}'); } catch { /* not JSON */ }
    if (mo.action && ACTING.has(mo.action)) continue;
    if (s.result != null && s.result !== '') parts.push(String(s.result));
  }
  return parts.join('\n');
}

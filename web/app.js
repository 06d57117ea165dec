// The Projects dashboard of browserai: a single-page app on hash routes
//
//   #/signin            paste an API key
//   #/projects          every project the key sees, with task counts by status
//   #/projects/NAME     that project's tasks, newest first (?status=&cursor=)
//   #/tasks             every visible task, newest first
//   #/tasks/ID          one task: status, live log (SSE), steps, artifacts, stop
//   #/new               the new-task form (?project=NAME preselects a project)
//   #/saved             saved tasks: schedule, next and last run (?project=&cursor=)
//   #/saved/NAME        one saved task: its request, schedule, last runs, run now, delete
//   #/nodes             the nodes sharing the store: role, slots busy/total, last seen, alive
//
// It talks to /api/v1 only, with the key in the Authorization header. The key
// lives in sessionStorage (this tab, until it closes) and never goes into a
// URL, the console or the page. Text from the API is always inserted as text
// (h() below builds nodes; nothing is parsed as HTML).
'use strict';

(() => {
  const KEY_STORE = 'browserai.apiKey';
  // The vendor's status words (docs/api/README.md, Lifecycle).
  const STATUSES = ['queued', 'running', 'awaiting', 'finalized', 'failed', 'stopped'];
  const TERMINAL = new Set(['finalized', 'failed', 'stopped']);
  const TYPES = { crawler_automation: 'Crawler', script_automation: 'Script' };
  const PAGE_SIZE = 20;
  const REFRESH_MS = 5000;

  const main = document.getElementById('main');

  // ---- DOM -----------------------------------------------------------------

  /** Element tag with attributes (on* functions become listeners) and children (strings become text). */
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    append(el, kids);
    return el;
  }

  function append(el, kids) {
    for (const k of kids.flat(Infinity)) {
      if (k === undefined || k === null || k === false) continue;
      el.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return el;
  }

  /** Re-renders with fn() while keeping keyboard focus on the element of the same id. */
  function keepFocus(fn) {
    const id = document.activeElement && document.activeElement.id;
    fn();
    if (id && document.activeElement === document.body) {
      const el = document.getElementById(id);
      if (el) el.focus();
    }
  }

  let toastTimer = 0;
  /** A short message in the polite status region. */
  function toast(text) {
    const t = document.getElementById('toast');
    t.textContent = text;
    t.classList.add('show');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { t.classList.remove('show'); t.textContent = ''; }, 4000);
  }

  // ---- formatting ------------------------------------------------------------

  const enc = encodeURIComponent;

  function parseJSON(text) {
    if (typeof text !== 'string') return undefined;
    try { return JSON.parse(text); } catch { return undefined; }
  }

  function ms(iso) {
    const t = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(t) ? null : t;
  }

  function fmtDuration(d) {
    if (d === null || d === undefined || d < 0) return '—';
    if (d < 1000) return `${Math.round(d)} ms`;
    if (d < 60000) return `${(d / 1000).toFixed(1)} s`;
    const s = Math.round(d / 1000);
    if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
    return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  }

  /** How long the task ran: started to completed, or to now while it runs. */
  function taskDuration(t) {
    const a = ms(t.started);
    if (a === null) return null;
    const b = ms(t.completed);
    return (b === null ? (TERMINAL.has(t.status) ? null : Date.now()) : b) - a;
  }

  function timeEl(iso) {
    const t = ms(iso);
    if (t === null) return h('span', { class: 'muted' }, '—');
    const d = new Date(t);
    return h('time', { datetime: iso, title: iso },
      d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }));
  }

  function badge(status) {
    const s = STATUSES.includes(status) ? status : 'unknown';
    return h('span', { class: `badge s-${s}` }, String(status || 'unknown').replace('_', ' '));
  }

  /** An href for a URL from the API, only when it is http(s) (never javascript: or data:). */
  function safeHref(u) {
    try {
      const url = new URL(u, location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch { return null; }
  }

  function pretty(text) {
    const v = parseJSON(text);
    return v === undefined ? String(text) : (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  }

  // ---- the API -----------------------------------------------------------------

  const getKey = () => sessionStorage.getItem(KEY_STORE) || '';

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error) || `HTTP ${status}`);
      this.status = status;
      this.body = body || {};
    }
  }

  /**
   * Calls the API. Resolves the JSON body of a 2xx reply; rejects with an
   * ApiError (status 0 when the server could not be reached). A 401 also signs
   * out, unless opts.quiet401 (the sign-in form tries keys).
   */
  async function api(method, path, body, opts = {}) {
    const key = opts.key || getKey();
    const headers = { Accept: 'application/json', Authorization: `apikey ${key}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res;
    try {
      res = await fetch(path, {
        method, headers, cache: 'no-store', signal: opts.signal,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(0, { error: 'Cannot reach the server. Is `browserai serve` running?' });
    }
    const text = await res.text();
    const json = parseJSON(text);
    if (res.status === 401 && !opts.quiet401) signOut('The server did not accept your API key. Sign in again.');
    if (!res.ok) throw new ApiError(res.status, json && typeof json === 'object' ? json : { error: `HTTP ${res.status} ${res.statusText}` });
    return json;
  }

  /** A box saying what went wrong, with the API's details lines. */
  function errorBox(e, prefix) {
    const details = Array.isArray(e.body && e.body.details) ? e.body.details : [];
    return h('div', { class: 'alert', role: 'alert' },
      h('p', {}, prefix ? `${prefix}: ` : '', e.message || String(e)),
      details.length ? h('ul', {}, details.map((d) => h('li', {}, d))) : null);
  }

  const isAbort = (e) => e && e.name === 'AbortError';

  /** Incremental text/event-stream parser (HTML standard, section 9.2.6). */
  class SseParser {
    constructor(onEvent) {
      this.onEvent = onEvent;
      this.buf = '';
      this.reset();
    }

    reset() { this.data = []; this.event = ''; this.id = undefined; }

    push(text) {
      this.buf += text;
      for (;;) {
        const m = /\r\n|\r|\n/.exec(this.buf);
        if (!m || (m[0] === '\r' && m.index === this.buf.length - 1)) break;
        const line = this.buf.slice(0, m.index);
        this.buf = this.buf.slice(m.index + m[0].length);
        this.line(line);
      }
    }

    line(line) {
      if (line === '') {
        if (this.data.length) this.onEvent({ event: this.event || 'message', id: this.id, data: this.data.join('\n') });
        this.reset();
        return;
      }
      if (line.startsWith(':')) return;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      let value = i < 0 ? '' : line.slice(i + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') this.data.push(value);
      else if (field === 'event') this.event = value;
      else if (field === 'id' && !value.includes('\0')) this.id = value;
    }
  }

  function sleep(t, signal) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, t);
      signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
  }

  /**
   * Follows GET /tasks/{id}/events with fetch (EventSource cannot send the
   * Authorization header), reconnecting with Last-Event-ID after a drop, until
   * the "end" event, a 404, or ctx is aborted. on.event(ev) returns true after
   * the end; on.live(state) hears 'live', 'reconnecting' or 'ended'.
   */
  async function follow(id, lastId, ctx, on) {
    let delay = 1000;
    while (!ctx.signal.aborted) {
      let ended = false;
      try {
        const res = await fetch(`/api/v1/tasks/${enc(id)}/events`, {
          headers: { Accept: 'text/event-stream', Authorization: `apikey ${getKey()}`, 'Last-Event-ID': lastId },
          cache: 'no-store', signal: ctx.signal,
        });
        if (res.status === 401) { signOut('The server did not accept your API key. Sign in again.'); return; }
        if (res.status === 404) { on.live('ended'); return; }
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        on.live('live');
        delay = 1000;
        const parser = new SseParser((ev) => {
          if (ev.id !== undefined) lastId = ev.id;
          if (on.event(ev)) ended = true;
        });
        const reader = res.body.getReader();
        const dec = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(dec.decode(value, { stream: true }));
          if (ended) { reader.cancel().catch(() => {}); break; }
        }
      } catch (e) {
        if (ctx.signal.aborted) return;
      }
      if (ended) { on.live('ended'); return; }
      if (ctx.signal.aborted) return;
      on.live('reconnecting');
      await sleep(delay, ctx.signal);
      delay = Math.min(delay * 2, 10000);
    }
  }

  // ---- copying ---------------------------------------------------------------------

  async function copyText(text) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch { /* fall back below */ }
    const ta = h('textarea', { class: 'offscreen', readonly: true, 'aria-hidden': 'true' });
    ta.value = text;
    document.body.append(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    ta.remove();
    return ok;
  }

  /** The session ID as code plus a one-click copy button. */
  function sessionId(id, idPrefix) {
    const btn = h('button', {
      type: 'button', class: 'btn btn-small copy', id: idPrefix ? `${idPrefix}-copy` : null,
      'aria-label': `Copy session ID ${id}`, 'data-copy': id,
    }, 'Copy');
    btn.addEventListener('click', async () => {
      const ok = await copyText(id);
      btn.textContent = ok ? 'Copied' : 'Copy failed';
      toast(ok ? 'Session ID copied' : 'Could not copy; select the ID and copy it by hand');
      setTimeout(() => { btn.textContent = 'Copy'; }, 1500);
    });
    return btn;
  }

  // ---- routing -----------------------------------------------------------------------

  let current = null;      // the shown view's context: { signal, cleanups }
  let afterSignIn = '';    // where to go once a key is set
  let firstRender = true;

  function parseHash() {
    const raw = location.hash.replace(/^#/, '') || '/projects';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
    const segs = path.split('/').filter(Boolean).map((s) => {
      try { return decodeURIComponent(s); } catch { return s; }
    });
    return { segs, query };
  }

  function route(segs) {
    const [a, b, ...rest] = segs;
    if (rest.length) return null;
    if (a === 'signin' && b === undefined) return { nav: '', view: viewSignIn };
    if (a === 'projects' && b === undefined) return { nav: 'projects', view: viewProjects };
    if (a === 'projects') return { nav: 'projects', view: (ctx, q) => viewTasks(ctx, b, q) };
    if (a === 'tasks' && b === undefined) return { nav: 'tasks', view: (ctx, q) => viewTasks(ctx, '', q) };
    if (a === 'tasks') return { nav: '', view: (ctx) => viewTask(ctx, b) };
    if (a === 'new' && b === undefined) return { nav: 'new', view: viewNew };
    if (a === 'saved' && b === undefined) return { nav: 'saved', view: viewSavedList };
    if (a === 'saved') return { nav: 'saved', view: (ctx) => viewSaved(ctx, b) };
    if (a === 'nodes' && b === undefined) return { nav: 'nodes', view: viewNodes };
    return null;
  }

  function render() {
    if (current) {
      current.abort();
      for (const f of current.cleanups) f();
    }
    const ac = new AbortController();
    const ctx = current = { signal: ac.signal, abort: () => ac.abort(), cleanups: [] };
    ctx.every = (fn, t) => { const i = setInterval(fn, t); ctx.cleanups.push(() => clearInterval(i)); };

    const { segs, query } = parseHash();
    const signedIn = !!getKey();
    document.getElementById('nav').hidden = !signedIn;
    if (!signedIn && segs[0] !== 'signin') {
      afterSignIn = location.hash;
      location.replace('#/signin');
      return;
    }
    const r = route(segs);
    for (const a of document.querySelectorAll('#nav a')) {
      if (r && a.dataset.nav === r.nav) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const dlg = document.getElementById('shot');
    if (dlg.open) dlg.close();
    if (!r) {
      show('Not found', h('h1', { tabindex: '-1' }, 'Page not found'),
        h('p', {}, 'No such page. ', h('a', { href: '#/projects' }, 'Go to the projects.')));
    } else {
      r.view(ctx, query);
    }
    if (!firstRender) {
      const h1 = main.querySelector('h1');
      (h1 || main).focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    firstRender = false;
  }

  /** Replaces the page: title and content. */
  function show(title, ...nodes) {
    document.title = `${title} · BrowserAI`;
    main.replaceChildren(...nodes.flat());
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY_STORE);
    if (message) sessionStorage.setItem('browserai.signinMessage', message);
    if (parseHash().segs[0] === 'signin') {
      render();
      return;
    }
    afterSignIn = location.hash;
    location.hash = '#/signin';
  }

  // ---- sign in --------------------------------------------------------------------------

  function viewSignIn(ctx) {
    const note = sessionStorage.getItem('browserai.signinMessage');
    sessionStorage.removeItem('browserai.signinMessage');
    const err = h('div', { id: 'signin-error', role: 'alert', class: 'alert', hidden: !note }, note || '');
    const input = h('input', {
      id: 'apikey', name: 'apikey', type: 'password', autocomplete: 'off', spellcheck: 'false',
      autocapitalize: 'off', required: true, 'aria-describedby': 'apikey-hint',
    });
    const btn = h('button', { type: 'submit', class: 'btn btn-primary', id: 'signin-button' }, 'Sign in');
    const form = h('form', { class: 'card form narrow', novalidate: true },
      h('div', { class: 'field' },
        h('label', { for: 'apikey' }, 'API key'),
        input,
        h('p', { class: 'hint', id: 'apikey-hint' },
          'Kept in this tab\u2019s session storage only and sent as the Authorization header. ',
          '`browserai serve` prints a key when it first starts; `browserai keys create` makes more.')),
      err,
      h('div', { class: 'actions' }, btn));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const key = input.value.trim();
      err.hidden = true;
      if (!key) {
        err.textContent = 'Paste an API key first.';
        err.hidden = false;
        input.focus();
        return;
      }
      btn.disabled = true;
      btn.textContent = 'Signing in…';
      try {
        await api('GET', '/api/v1/projects', undefined, { key, quiet401: true, signal: ctx.signal });
        sessionStorage.setItem(KEY_STORE, key);
        input.value = '';
        const next = afterSignIn && !afterSignIn.startsWith('#/signin') ? afterSignIn : '#/projects';
        afterSignIn = '';
        location.hash = next;
      } catch (e) {
        if (isAbort(e)) return;
        err.textContent = e.status === 401 ? 'The server did not accept this API key.' : e.message;
        err.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      } finally {
        btn.disabled = false;
        btn.textContent = 'Sign in';
      }
    });
    show('Sign in', h('h1', { tabindex: '-1' }, 'Sign in'),
      h('p', { class: 'lead' }, 'See, start and inspect the browser automation tasks of your projects.'),
      form);
  }

  // ---- projects ------------------------------------------------------------------------

  function viewProjects(ctx) {
    const box = h('div', { class: 'loading' }, 'Loading projects…');
    const refresh = h('button', { type: 'button', class: 'btn', id: 'refresh' }, 'Refresh');
    show('Projects',
      h('div', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, 'Projects'),
        h('div', { class: 'toolbar' }, refresh, h('a', { class: 'btn btn-primary', href: '#/new' }, 'New task'))),
      box);
    let last = '';
    async function load() {
      let data;
      try {
        data = await api('GET', '/api/v1/projects', undefined, { signal: ctx.signal });
      } catch (e) {
        if (!isAbort(e)) box.replaceChildren(errorBox(e, 'Could not load the projects'));
        return;
      }
      const sig = JSON.stringify(data);
      if (sig === last) return;
      last = sig;
      box.className = '';
      keepFocus(() => box.replaceChildren(projectsTable(data.projects || [])));
    }
    refresh.addEventListener('click', () => { last = ''; load(); });
    load();
    ctx.every(() => { if (document.visibilityState === 'visible') load(); }, REFRESH_MS);
  }

  function projectsTable(projects) {
    if (!projects.length) {
      return h('div', { class: 'card empty' },
        h('p', {}, 'No projects yet: a project starts with its first task.'),
        h('a', { class: 'btn btn-primary', href: '#/new' }, 'Create a task'));
    }
    const total = (c) => STATUSES.reduce((n, s) => n + (c[s] || 0), 0);
    return h('table', { class: 'grid projects' },
      h('caption', { class: 'visually-hidden' }, 'Projects and their tasks by status'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Project'),
        STATUSES.map((s) => h('th', { scope: 'col', class: 'num' }, s.replace('_', ' '))),
        h('th', { scope: 'col', class: 'num' }, 'total'))),
      h('tbody', {}, projects.map((p) => {
        const c = p.counts || {};
        return h('tr', { 'data-project': p.name },
          h('th', { scope: 'row', 'data-label': 'Project' },
            h('a', { href: `#/projects/${enc(p.name)}`, id: `p-${p.name}` }, p.name)),
          STATUSES.map((s) => h('td', { class: `num${c[s] ? '' : ' zero'}`, 'data-label': s.replace('_', ' '), 'data-status': s }, String(c[s] || 0))),
          h('td', { class: 'num', 'data-label': 'total' }, String(total(c))));
      })));
  }

  // ---- a project's tasks -----------------------------------------------------------------

  function viewTasks(ctx, project, query) {
    let status = STATUSES.includes(query.get('status')) ? query.get('status') : '';
    let cursor = query.get('cursor') || '';
    const older = [];   // cursors of the pages before this one ('' = first page)
    const title = project || 'All tasks';

    const select = h('select', { id: 'status-filter' },
      h('option', { value: '' }, 'All statuses'),
      STATUSES.map((s) => h('option', { value: s }, s.replace('_', ' '))));
    select.value = status;
    const refresh = h('button', { type: 'button', class: 'btn', id: 'refresh' }, 'Refresh');
    const box = h('div', { class: 'loading', id: 'tasks-box' }, 'Loading tasks…');
    const prev = h('button', { type: 'button', class: 'btn', id: 'page-newer', disabled: true }, '← Newer');
    const next = h('button', { type: 'button', class: 'btn', id: 'page-older', disabled: true }, 'Older →');
    const pageNo = h('span', { class: 'muted', id: 'page-no' }, '');
    const newHref = project ? `#/new?project=${enc(project)}` : '#/new';

    show(title,
      h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
        h('a', { href: '#/projects' }, 'Projects'), h('span', { 'aria-hidden': 'true' }, ' / '),
        h('span', { 'aria-current': 'page' }, title)),
      h('div', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, title),
        h('div', { class: 'toolbar' },
          h('div', { class: 'field inline' }, h('label', { for: 'status-filter' }, 'Status'), select),
          refresh,
          h('a', { class: 'btn btn-primary', href: newHref }, 'New task'))),
      box,
      h('nav', { class: 'pager', 'aria-label': 'Pages' }, prev, pageNo, next));

    let last = '';
    let nextCursor = null;
    function syncUrl() {
      const q = new URLSearchParams();
      if (status) q.set('status', status);
      if (cursor) q.set('cursor', cursor);
      const base = project ? `#/projects/${enc(project)}` : '#/tasks';
      const qs = q.toString();
      history.replaceState(null, '', base + (qs ? `?${qs}` : ''));
    }
    async function load() {
      const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (project) q.set('project', project);
      if (status) q.set('status', status);
      if (cursor) q.set('cursor', cursor);
      let data;
      try {
        data = await api('GET', `/api/v1/tasks?${q}`, undefined, { signal: ctx.signal });
      } catch (e) {
        if (!isAbort(e)) box.replaceChildren(errorBox(e, 'Could not load the tasks'));
        return;
      }
      box.className = '';
      nextCursor = data.nextCursor || null;
      prev.disabled = !cursor;
      next.disabled = !nextCursor;
      pageNo.textContent = cursor ? `Page ${older.length + 1}` : 'Page 1';
      const sig = JSON.stringify(data.tasks.map((t) => [t.executionId, t.status, t.completed, t.started]));
      box.dataset.hasLive = String(data.tasks.some((t) => !TERMINAL.has(t.status)));
      if (sig === last) {
        // Only durations of running tasks move.
        for (const el of box.querySelectorAll('[data-running-since]')) {
          el.textContent = fmtDuration(Date.now() - Number(el.dataset.runningSince));
        }
        return;
      }
      last = sig;
      keepFocus(() => box.replaceChildren(tasksTable(data.tasks, !project, status)));
    }
    function go() {
      last = '';
      syncUrl();
      load();
    }
    select.addEventListener('change', () => { status = select.value; cursor = ''; older.length = 0; go(); });
    refresh.addEventListener('click', () => { last = ''; load(); });
    next.addEventListener('click', () => {
      if (!nextCursor) return;
      older.push(cursor);
      cursor = nextCursor;
      go();
    });
    prev.addEventListener('click', () => {
      cursor = older.length ? older.pop() : '';
      go();
      if (!cursor) next.focus();
    });
    load();
    ctx.every(() => {
      if (document.visibilityState === 'visible' && box.dataset.hasLive === 'true') load();
    }, REFRESH_MS);
  }

  function tasksTable(tasks, withProject, status) {
    if (!tasks.length) {
      return h('div', { class: 'card empty' },
        h('p', {}, status ? `No ${status.replace('_', ' ')} tasks.` : 'No tasks yet.'));
    }
    return h('table', { class: 'grid tasks' },
      h('caption', { class: 'visually-hidden' }, 'Tasks, newest first'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Session ID'),
        withProject ? h('th', { scope: 'col' }, 'Project') : null,
        h('th', { scope: 'col' }, 'Type'),
        h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col' }, 'Created'),
        h('th', { scope: 'col', class: 'num' }, 'Duration'))),
      h('tbody', {}, tasks.map((t) => {
        const d = taskDuration(t);
        const running = !TERMINAL.has(t.status) && ms(t.started) !== null;
        return h('tr', { 'data-task': t.executionId, 'data-status': t.status },
          h('td', { 'data-label': 'Session ID', class: 'idcell' },
            h('a', { href: `#/tasks/${enc(t.executionId)}`, class: 'mono', id: `t-${t.executionId}` }, t.executionId),
            ' ', sessionId(t.executionId, `t-${t.executionId}`)),
          withProject ? h('td', { 'data-label': 'Project' }, t.project || '') : null,
          h('td', { 'data-label': 'Type' }, TYPES[t.scriptType] || t.scriptType,
            t.savedTask ? h('span', { class: 'muted small saved-run' }, ` · run of “${t.savedTask}”`) : null),
          h('td', { 'data-label': 'Status' }, badge(t.status)),
          h('td', { 'data-label': 'Created' }, timeEl(t.created)),
          h('td', { 'data-label': 'Duration', class: 'num', 'data-running-since': running ? ms(t.started) : null }, fmtDuration(d)));
      })));
  }

  // ---- nodes ------------------------------------------------------------------------------

  const ROLES = { serve: 'API and workers', api: 'API only', worker: 'worker' };

  function viewNodes(ctx) {
    const box = h('div', { class: 'loading', id: 'nodes-box' }, 'Loading the nodes…');
    const refresh = h('button', { type: 'button', class: 'btn', id: 'refresh' }, 'Refresh');
    show('Nodes',
      h('div', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, 'Nodes'),
        h('div', { class: 'toolbar' }, refresh)),
      h('p', { class: 'muted' }, 'The processes sharing this store, from their heartbeats. A node is gone when it has not beaten for 15 seconds; it leaves the list after 10 minutes.'),
      box);
    async function load() {
      let data;
      try {
        data = await api('GET', '/api/v1/nodes', undefined, { signal: ctx.signal });
      } catch (e) {
        if (!isAbort(e)) box.replaceChildren(errorBox(e, 'Could not load the nodes'));
        return;
      }
      box.className = '';
      keepFocus(() => box.replaceChildren(nodesTable(data.nodes || [])));
    }
    refresh.addEventListener('click', load);
    load();
    ctx.every(() => { if (document.visibilityState === 'visible') load(); }, REFRESH_MS);
  }

  function nodesTable(list) {
    if (!list.length) return h('div', { class: 'card empty' }, h('p', {}, 'No node has beaten lately.'));
    return h('table', { class: 'grid nodes' },
      h('caption', { class: 'visually-hidden' }, 'Nodes'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Name'),
        h('th', { scope: 'col' }, 'Role'),
        h('th', { scope: 'col' }, 'Slots busy / total'),
        h('th', { scope: 'col' }, 'Version'),
        h('th', { scope: 'col' }, 'Last seen'),
        h('th', { scope: 'col' }, 'State'))),
      h('tbody', {}, list.map((n) => h('tr', { 'data-node': n.name, 'data-role': n.role, 'data-alive': String(!!n.alive) },
        h('th', { scope: 'row', 'data-label': 'Name', class: 'mono' }, n.name),
        h('td', { 'data-label': 'Role' }, ROLES[n.role] || n.role || ''),
        h('td', { 'data-label': 'Slots busy / total', class: 'num' }, `${n.busy} / ${n.slots}`),
        h('td', { 'data-label': 'Version', class: 'mono' }, n.version || ''),
        h('td', { 'data-label': 'Last seen' }, timeEl(n.lastSeen)),
        h('td', { 'data-label': 'State' },
          h('span', { class: `badge s-${n.alive ? 'running' : 'failed'}` }, n.alive ? 'alive' : 'gone'))))));
  }

  // ---- saved tasks ------------------------------------------------------------------------

  /** "0 9 * * 1-5" and its zone, as a person reads it next to the expression. */
  function scheduleText(t) {
    if (!t.cron_settings) return 'not scheduled (run now only)';
    return `${t.cron_settings} (${t.timezone || 'UTC'})`;
  }

  function viewSavedList(ctx, query) {
    let cursor = query.get('cursor') || '';
    const project = query.get('project') || '';
    const older = [];
    const box = h('div', { class: 'loading', id: 'saved-box' }, 'Loading saved tasks…');
    const refresh = h('button', { type: 'button', class: 'btn', id: 'refresh' }, 'Refresh');
    const prev = h('button', { type: 'button', class: 'btn', id: 'page-newer', disabled: true }, '← Newer');
    const next = h('button', { type: 'button', class: 'btn', id: 'page-older', disabled: true }, 'Older →');
    show('Saved tasks',
      h('div', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, project ? `Saved tasks of ${project}` : 'Saved tasks'),
        h('div', { class: 'toolbar' }, refresh)),
      h('p', { class: 'muted' }, 'Tasks saved with POST /api/v1/saved_tasks, and when their schedule runs them.'),
      box,
      h('nav', { class: 'pager', 'aria-label': 'Pages' }, prev, next));
    let nextCursor = null;
    async function load() {
      const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (project) q.set('project', project);
      if (cursor) q.set('cursor', cursor);
      let data;
      try {
        data = await api('GET', `/api/v1/saved_tasks?${q}`, undefined, { signal: ctx.signal });
      } catch (e) {
        if (!isAbort(e)) box.replaceChildren(errorBox(e, 'Could not load the saved tasks'));
        return;
      }
      box.className = '';
      nextCursor = data.nextCursor || null;
      prev.disabled = !cursor;
      next.disabled = !nextCursor;
      keepFocus(() => box.replaceChildren(savedTable(data.savedTasks || [])));
    }
    refresh.addEventListener('click', load);
    next.addEventListener('click', () => { if (nextCursor) { older.push(cursor); cursor = nextCursor; load(); } });
    prev.addEventListener('click', () => { cursor = older.length ? older.pop() : ''; load(); });
    load();
    ctx.every(() => { if (document.visibilityState === 'visible') load(); }, REFRESH_MS);
  }

  function savedTable(list) {
    if (!list.length) {
      return h('div', { class: 'card empty' },
        h('p', {}, 'No saved tasks yet. Save one with POST /api/v1/saved_tasks (see the API docs).'));
    }
    return h('table', { class: 'grid saved' },
      h('caption', { class: 'visually-hidden' }, 'Saved tasks'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Name'),
        h('th', { scope: 'col' }, 'Project'),
        h('th', { scope: 'col' }, 'Type'),
        h('th', { scope: 'col' }, 'Schedule'),
        h('th', { scope: 'col' }, 'Next run'),
        h('th', { scope: 'col' }, 'Last run'))),
      h('tbody', {}, list.map((t) => h('tr', { 'data-saved': t.name },
        h('th', { scope: 'row', 'data-label': 'Name' }, h('a', { href: `#/saved/${enc(t.name)}` }, t.name)),
        h('td', { 'data-label': 'Project' }, t.project || ''),
        h('td', { 'data-label': 'Type' }, TYPES[t.type] || t.type || ''),
        h('td', { 'data-label': 'Schedule', class: 'mono' }, scheduleText(t)),
        h('td', { 'data-label': 'Next run' }, t.nextRun ? timeEl(t.nextRun) : '—'),
        h('td', { 'data-label': 'Last run' }, t.lastRun ? timeEl(t.lastRun) : 'never')))));
  }

  async function viewSaved(ctx, name) {
    const box = h('div', { class: 'loading' }, 'Loading the saved task…');
    const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/saved' }, 'Saved tasks'), h('span', { 'aria-hidden': 'true' }, ' / '),
      h('span', { 'aria-current': 'page' }, name));
    show(name, crumbs, h('h1', { tabindex: '-1' }, name), box);
    const path = `/api/v1/saved_tasks/name/${enc(name)}`;
    let t;
    try {
      t = await api('GET', path, undefined, { signal: ctx.signal });
    } catch (e) {
      if (!isAbort(e)) box.replaceChildren(errorBox(e, e.status === 404 ? 'No such saved task' : 'Could not load the saved task'));
      return;
    }
    const runNow = h('button', { type: 'button', class: 'btn btn-primary', id: 'run-now' }, 'Run now');
    const del = h('button', { type: 'button', class: 'btn btn-danger', id: 'delete-saved' }, 'Delete');
    const dl = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
    const runs = t.lastRuns || [];
    box.className = '';
    box.replaceChildren(
      h('div', { class: 'toolbar' }, runNow, del),
      h('dl', { class: 'card facts', id: 'saved-facts' },
        dl('Project', t.project || ''),
        dl('Type', TYPES[t.type] || t.type || ''),
        dl('Schedule', h('span', { class: 'mono' }, scheduleText(t))),
        dl('Next run', t.nextRun ? timeEl(t.nextRun) : '—'),
        dl('Last run', t.lastRun ? timeEl(t.lastRun) : 'never'),
        dl('Created', timeEl(t.created))),
      h('h2', {}, 'Request'),
      h('pre', { class: 'card mono', id: 'saved-request' }, JSON.stringify({ instructions: t.instructions, geoLocation: t.geoLocation }, null, 2)),
      h('h2', {}, 'Last runs'),
      runs.length ? tasksTable(runs.map((r) => Object.assign({ scriptType: t.type, project: t.project }, r)), false, '')
        : h('div', { class: 'card empty' }, h('p', {}, 'It has not run yet.')));
    runNow.addEventListener('click', async () => {
      runNow.disabled = true;
      try {
        const r = await api('POST', `${path}/run`, {});
        location.hash = `#/tasks/${enc(r.executionId)}`;
      } catch (e) {
        runNow.disabled = false;
        box.prepend(errorBox(e, 'Could not run it'));
      }
    });
    del.addEventListener('click', async () => {
      if (!confirm(`Delete the saved task “${name}”? Its past runs stay.`)) return;
      try {
        await api('DELETE', path);
        toast(`Deleted “${name}”.`);
        location.hash = '#/saved';
      } catch (e) {
        box.prepend(errorBox(e, 'Could not delete it'));
      }
    });
  }

  // ---- one task ---------------------------------------------------------------------------

  async function viewTask(ctx, id) {
    show('Task', h('h1', { tabindex: '-1' }, 'Task'), h('p', { class: 'loading' }, 'Loading the task…'));
    let task, results;
    try {
      [task, results] = await Promise.all([
        api('GET', `/api/v1/tasks/${enc(id)}`, undefined, { signal: ctx.signal }),
        api('GET', `/api/v1/results/${enc(id)}`, undefined, { signal: ctx.signal }),
      ]);
    } catch (e) {
      if (isAbort(e) || ctx.signal.aborted) return;
      if (e.status === 404) {
        show('Task not found', h('h1', { tabindex: '-1' }, 'Task not found'),
          h('p', {}, 'No task with the session ID ', h('code', {}, id), ' is visible to your API key.'),
          h('p', {}, h('a', { href: '#/projects' }, 'Back to the projects')));
      } else {
        show('Task', h('h1', { tabindex: '-1' }, 'Task'), errorBox(e, 'Could not load the task'));
      }
      return;
    }
    if (ctx.signal.aborted) return;
    const page = taskPage(ctx, id, task);
    for (const line of task.progress.logs || []) page.addLog(line);
    for (const r of results.results || []) page.putStep(r);
    const wasFocused = document.activeElement === main.querySelector('h1');
    page.mount();
    if (wasFocused) main.querySelector('h1').focus({ preventScroll: true });
    if (TERMINAL.has(task.status)) {
      page.setLive('ended');
      return;
    }
    const lastId = `${(task.progress.logs || []).length}.${(results.results || []).length}`;
    follow(id, lastId, ctx, {
      live: (s) => page.setLive(s),
      event: (ev) => {
        if (ev.event === 'log') page.addLog(ev.data);
        else if (ev.event === 'step') { const r = parseJSON(ev.data); if (r) page.putStep(r); }
        else if (ev.event === 'status') { const t = parseJSON(ev.data); if (t) page.update(t); }
        else if (ev.event === 'end') {
          const t = parseJSON(ev.data);
          if (t) page.update(t);
          page.finish();
          return true;
        }
        return false;
      },
    });
  }

  /** The task page's parts and how they change as events arrive. */
  function taskPage(ctx, id, task) {
    const el = {
      badge: h('span', { id: 'task-status' }),
      phase: h('dd', { id: 'task-phase' }),
      started: h('dd', {}), completed: h('dd', {}), duration: h('dd', { id: 'task-duration' }),
      eta: h('dd', {}), etaRow: h('div', { class: 'kv' }),
      error: h('div', { class: 'alert', id: 'task-error', hidden: true }),
      stop: h('button', { type: 'button', class: 'btn btn-danger', id: 'stop', hidden: true }, 'Stop task'),
      live: h('p', { class: 'live', id: 'live' }),
      logs: h('ol', { class: 'logs', id: 'logs', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Progress log' }),
      logsEmpty: h('p', { class: 'muted' }, 'No log lines yet.'),
      steps: h('div', { class: 'steps', id: 'steps' }),
      stepsEmpty: h('p', { class: 'muted' }, 'No steps yet.'),
      result: h('pre', { class: 'result', id: 'task-result' }),
      resultBox: h('section', { class: 'card', hidden: true, 'aria-labelledby': 'result-h' }),
    };
    const steps = new Map();
    let cur = task;

    el.etaRow.append(h('dt', {}, 'Estimated completion'), el.eta);
    el.resultBox.append(h('h2', { id: 'result-h' }, 'Result'), el.result);
    el.stop.addEventListener('click', () => stopTask(ctx, id, el.stop, (t) => update(t)));

    function update(t) {
      cur = { ...cur, ...t };
      el.badge.replaceChildren(badge(cur.status));
      el.phase.textContent = (cur.progress && cur.progress.status) || '';
      el.started.replaceChildren(timeEl(cur.started));
      el.completed.replaceChildren(timeEl(cur.completed));
      el.duration.textContent = fmtDuration(taskDuration(cur));
      const done = TERMINAL.has(cur.status);
      el.etaRow.hidden = done || !cur.estimatedCompletion;
      el.eta.replaceChildren(timeEl(cur.estimatedCompletion));
      el.stop.hidden = done;
      el.error.hidden = !cur.error;
      const why = String(cur.error || '');
      // failureReason says what kind of failure; "error" (a step failed) needs no saying.
      const kind = cur.failureReason && cur.failureReason !== 'error' ? ` (${cur.failureReason})` : '';
      el.error.textContent = cur.status === 'stopped' ? why.charAt(0).toUpperCase() + why.slice(1) : `Error${kind}: ${why}`;
      el.stepsEmpty.textContent = done ? 'No step ran.' : 'No steps yet.';
      el.badge.dataset.status = cur.status;
    }

    function addLog(line) {
      const sp = String(line).indexOf(' ');
      const ts = sp > 0 ? line.slice(0, sp) : '';
      const msg = sp > 0 ? line.slice(sp + 1) : String(line);
      const t = ms(ts);
      el.logs.append(h('li', {},
        t === null ? null : h('time', { datetime: ts, title: ts }, new Date(t).toLocaleTimeString(undefined, { hour12: false }) + `.${String(t % 1000).padStart(3, '0')}`),
        ' ', h('span', {}, msg)));
      el.logsEmpty.hidden = true;
      const box = el.logs;
      if (box.scrollHeight - box.scrollTop - box.clientHeight < 80) box.scrollTop = box.scrollHeight;
    }

    function putStep(r) {
      const i = Number(r.history_index);
      const node = stepView(r);
      if (steps.has(i)) steps.get(i).replaceWith(node);
      else {
        const after = [...steps.keys()].filter((k) => k > i).sort((a, b) => a - b)[0];
        if (after !== undefined) steps.get(after).before(node);
        else el.steps.append(node);
      }
      steps.set(i, node);
      el.stepsEmpty.hidden = true;
      // The task's result is the last step's.
      const lastIdx = Math.max(...steps.keys());
      const lastRes = steps.get(lastIdx).dataset.result;
      el.resultBox.hidden = !lastRes;
      el.result.textContent = lastRes ? pretty(lastRes) : '';
    }

    function setLive(s) {
      el.live.dataset.state = s;
      el.live.textContent = s === 'live' ? 'Live: updates as the task runs'
        : s === 'reconnecting' ? 'Connection lost; reconnecting…' : 'Finished';
    }

    async function finish() {
      // The last step's artifacts are stored as the task ends: read the results once more.
      try {
        const res = await api('GET', `/api/v1/results/${enc(id)}`, undefined, { signal: ctx.signal });
        for (const r of res.results || []) putStep(r);
      } catch { /* the events already showed the steps */ }
    }

    function mount() {
      update(task);
      show(`Task ${id.slice(0, 10)}…`,
        h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
          h('a', { href: '#/projects' }, 'Projects'), h('span', { 'aria-hidden': 'true' }, ' / '),
          task.project ? [h('a', { href: `#/projects/${enc(task.project)}` }, task.project), h('span', { 'aria-hidden': 'true' }, ' / ')] : null,
          h('span', { 'aria-current': 'page' }, 'Task')),
        h('div', { class: 'page-head' },
          h('h1', { tabindex: '-1' }, 'Task ', el.badge),
          h('div', { class: 'toolbar' }, el.stop)),
        h('p', { class: 'sid' }, h('span', { class: 'muted' }, 'Session ID '), h('code', { id: 'session-id', class: 'mono' }, id), ' ', sessionId(id, 'task')),
        el.error,
        h('section', { class: 'card', 'aria-label': 'Summary' },
          h('dl', { class: 'summary' },
            h('div', { class: 'kv' }, h('dt', {}, 'Phase'), el.phase),
            h('div', { class: 'kv' }, h('dt', {}, 'Type'), h('dd', {}, TYPES[task.scriptType] || task.scriptType)),
            h('div', { class: 'kv' }, h('dt', {}, 'Project'), h('dd', {}, task.project || '—')),
            task.savedTask ? h('div', { class: 'kv' }, h('dt', {}, 'Saved task'), h('dd', { id: 'task-saved' }, task.savedTask)) : null,
            h('div', { class: 'kv' }, h('dt', {}, 'Created'), h('dd', {}, timeEl(task.created))),
            h('div', { class: 'kv' }, h('dt', {}, 'Started'), el.started),
            h('div', { class: 'kv' }, h('dt', {}, 'Completed'), el.completed),
            h('div', { class: 'kv' }, h('dt', {}, 'Duration'), el.duration),
            el.etaRow,
            h('div', { class: 'kv wide' }, h('dt', {}, 'Script ID'), h('dd', { class: 'mono small' }, task.scriptId || '—')))),
        el.resultBox,
        h('section', { class: 'card', 'aria-labelledby': 'logs-h' },
          h('div', { class: 'section-head' }, h('h2', { id: 'logs-h' }, 'Progress log'), el.live),
          el.logsEmpty, el.logs),
        h('section', { 'aria-labelledby': 'steps-h' },
          h('h2', { id: 'steps-h' }, 'Steps'), el.stepsEmpty, el.steps));
      ctx.every(() => {
        if (!TERMINAL.has(cur.status)) el.duration.textContent = fmtDuration(taskDuration(cur));
      }, 1000);
    }

    el.logsEmpty.hidden = false;
    return { update, addLog, putStep, setLive, finish, mount };
  }

  async function stopTask(ctx, id, btn, onTask) {
    if (!window.confirm('Stop this task? It stops at once and cannot be resumed.')) return;
    btn.disabled = true;
    try {
      const t = await api('POST', `/api/v1/tasks/${enc(id)}/command`, { command: 'stop' }, { signal: ctx.signal });
      onTask(t);
      toast(t.status === 'stopped' ? 'Task stopped' : 'Stopping the task…');
    } catch (e) {
      if (isAbort(e)) return;
      if (e.status === 409) {
        toast(`The task had already ended (${e.body.status || 'finished'})`);
        try { onTask(await api('GET', `/api/v1/tasks/${enc(id)}`, undefined, { signal: ctx.signal })); } catch { /* shown below */ }
      } else {
        toast(`Could not stop: ${e.message}`);
      }
    } finally {
      btn.disabled = false;
    }
  }

  /** One step: what the planner chose, what it produced, the page after it, its artifacts. */
  function stepView(r) {
    const n = Number(r.history_index) + 1;
    const mo = parseJSON(r.model_output);
    const state = parseJSON(r.state);
    const md = r.metadata && typeof r.metadata === 'object' ? r.metadata : {};
    const action = mo && typeof mo === 'object'
      ? [mo.action, mo.target || mo.url || mo.value || mo.what || ''].filter(Boolean).join(' ')
      : '';
    const shotHref = safeHref(r.screenshot_url);
    const htmlHref = safeHref(r.html_url);
    const consoleHref = safeHref(r.console_url);

    const facts = h('dl', { class: 'facts' });
    const fact = (k, v) => facts.append(h('div', { class: 'kv' }, h('dt', {}, k), h('dd', {}, v)));
    if (r.result !== null && r.result !== undefined && r.result !== '') fact('Result', h('pre', { class: 'result' }, pretty(r.result)));
    if (state && typeof state === 'object') {
      if (state.title !== undefined) fact('Page title', String(state.title));
      if (state.url !== undefined) fact('Page URL', h('span', { class: 'mono break' }, String(state.url)));
    }
    if (md.duration_ms !== undefined) fact('Duration', fmtDuration(Number(md.duration_ms)));
    if (md.attempt !== undefined) fact('Attempt', String(md.attempt));

    const links = [];
    if (htmlHref) links.push(h('a', { href: htmlHref, target: '_blank', rel: 'noopener noreferrer', class: 'artifact' }, 'HTML snapshot'));
    if (consoleHref) links.push(h('a', { href: consoleHref, target: '_blank', rel: 'noopener noreferrer', class: 'artifact' }, 'Console log'));

    const raw = (label, text) => (text === null || text === undefined ? null
      : h('details', {}, h('summary', {}, label), h('pre', { class: 'raw' }, typeof text === 'string' ? pretty(text) : JSON.stringify(text, null, 2))));

    let shot = null;
    if (shotHref) {
      const img = h('img', { src: shotHref, alt: `Screenshot after step ${n}`, loading: 'lazy', class: 'thumb' });
      shot = h('button', { type: 'button', class: 'shot', 'aria-label': `Open the screenshot of step ${n}` }, img);
      shot.addEventListener('click', () => openShot(shotHref, n, shot));
    }

    const node = h('article', { class: `card step${md.error ? ' step-failed' : ''}`, id: `step-${n}`, 'aria-labelledby': `step-${n}-h` },
      h('h3', { id: `step-${n}-h` }, `Step ${n}`, action ? h('span', { class: 'action' }, action) : null),
      md.error ? h('p', { class: 'alert' }, `Error: ${md.error}`) : null,
      h('div', { class: 'step-body' },
        shot ? h('div', { class: 'step-shot' }, shot) : null,
        h('div', { class: 'step-info' },
          facts,
          links.length ? h('p', { class: 'links' }, links.map((a, i) => [i ? ' · ' : '', a])) : null,
          raw('Model output', r.model_output),
          raw('State', r.state),
          raw('Metadata', md))));
    if (r.result !== null && r.result !== undefined) node.dataset.result = String(r.result);
    return node;
  }

  function openShot(href, n, opener) {
    const dlg = document.getElementById('shot');
    const img = document.getElementById('shot-img');
    document.getElementById('shot-title').textContent = `Screenshot after step ${n}`;
    document.getElementById('shot-open').href = href;
    img.src = href;
    img.alt = `Screenshot after step ${n}`;
    dlg.returnFocus = opener;
    dlg.showModal();
  }

  // ---- new task -------------------------------------------------------------------------------

  // Which field an API "details" line is about (the line starts with the field's path).
  const FIELD_OF = [
    [/^instructions/, 'instructions'],
    [/^geoLocation\.city/, 'city'],
    [/^geoLocation\.zipcode/, 'zipcode'],
    [/^geoLocation/, 'country'],
    [/^project/, 'project'],
    [/^type/, 'type'],
    [/^inspect/, 'inspect'],
    [/^timeoutSeconds/, 'timeout'],
  ];

  /** "instructions[2].action: must be ..." -> "Instruction 3: must be ..."; "project: x" -> "x". */
  function fieldMessage(line) {
    const m = /^instructions\[(\d+)\][^:]*:\s*(.*)$/.exec(line);
    if (m) return `Instruction ${Number(m[1]) + 1}: ${m[2]}`;
    const i = line.indexOf(': ');
    const msg = i > 0 ? line.slice(i + 2) : line;
    return msg.charAt(0).toUpperCase() + msg.slice(1);
  }

  function viewNew(ctx, query) {
    const field = (id, label, control, hint) => h('div', { class: 'field', id: `${id}-field` },
      h('label', { for: id }, label), control,
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));

    const typeRadio = (value, label) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'type', value, id: `type-${value}`, checked: value === 'crawler_automation' }), ` ${label}`);
    const instructions = h('textarea', { id: 'instructions', name: 'instructions', rows: 6, spellcheck: 'false', 'aria-describedby': 'instructions-hint' });
    const project = h('input', { id: 'project', name: 'project', type: 'text', list: 'project-list', autocomplete: 'off', 'aria-required': 'true', value: query.get('project') || '' });
    const projectList = h('datalist', { id: 'project-list' });
    const country = h('input', { id: 'country', name: 'country', type: 'text', autocomplete: 'off', 'aria-required': 'true', class: 'short', value: 'US', 'aria-describedby': 'country-hint' });
    const city = h('input', { id: 'city', name: 'city', type: 'text', autocomplete: 'off' });
    const zipcode = h('input', { id: 'zipcode', name: 'zipcode', type: 'text', autocomplete: 'off', class: 'short' });
    const inspect = h('input', { id: 'inspect', name: 'inspect', type: 'checkbox' });
    const timeout = h('input', { id: 'timeout', name: 'timeout', type: 'number', min: 1, step: 1, inputmode: 'numeric', class: 'short', 'aria-describedby': 'timeout-hint' });
    const summary = h('div', { class: 'alert', id: 'form-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'create' }, 'Create task');
    const instrLabel = h('label', { for: 'instructions' }, 'Instructions');
    const instrHint = h('p', { class: 'hint', id: 'instructions-hint' });

    const typeField = h('fieldset', { class: 'field', id: 'type-field', 'aria-describedby': 'type-error' },
      h('legend', {}, 'Type'),
      h('div', { class: 'choices' },
        typeRadio('crawler_automation', 'Crawler: plain-English instructions'),
        typeRadio('script_automation', 'Script: TypeScript run with Playwright')),
      h('p', { class: 'field-error', id: 'type-error', hidden: true }));

    const form = h('form', { class: 'card form', novalidate: true, id: 'new-task' },
      summary,
      typeField,
      h('div', { class: 'field', id: 'instructions-field' }, instrLabel, instructions, instrHint,
        h('p', { class: 'field-error', id: 'instructions-error', hidden: true })),
      field('project', 'Project', [project, projectList], 'Letters, digits, _ - . and space; a new name starts a new project.'),
      h('fieldset', { class: 'field group' },
        h('legend', {}, 'Location of the browser'),
        h('div', { class: 'row' },
          field('country', 'Country', country, 'Two-letter code, e.g. US, DE, JP'),
          field('city', 'City (optional)', city),
          field('zipcode', 'Zip code (optional)', zipcode))),
      h('div', { class: 'field', id: 'inspect-field' },
        h('label', { class: 'choice', for: 'inspect' }, inspect, ' Inspect: keep a screenshot, HTML and console log of every step, not only the last'),
        h('p', { class: 'field-error', id: 'inspect-error', hidden: true })),
      field('timeout', 'Timeout in seconds (optional)', timeout, 'The server\u2019s default applies when empty.'),
      h('div', { class: 'actions' }, submit, h('a', { class: 'btn', href: query.get('project') ? `#/projects/${enc(query.get('project'))}` : '#/projects' }, 'Cancel')));

    const isScript = () => form.querySelector('input[name="type"]:checked').value === 'script_automation';
    function syncType() {
      const script = isScript();
      instructions.classList.toggle('code', script);
      instructions.rows = script ? 14 : 6;
      instrLabel.textContent = script ? 'Script (TypeScript)' : 'Instructions (one per line)';
      instrHint.textContent = script
        ? 'Runs in an async function with page, context, browser, log() and input in scope; `return x` makes x the result. Tab indents; press Esc, then Tab, to leave the editor.'
        : 'Plain English, one instruction per line, e.g. “Open example.com and get the title”.';
      instructions.placeholder = script
        ? "await page.goto('https://example.com');\nreturn await page.title();"
        : 'Open example.com and get the title';
    }
    for (const r of form.querySelectorAll('input[name="type"]')) r.addEventListener('change', syncType);
    syncType();

    // In the script editor Tab indents, unless Esc was pressed just before.
    let escaped = false;
    instructions.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') { escaped = true; return; }
      if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') { ev.preventDefault(); form.requestSubmit(); return; }
      if (ev.key === 'Tab' && isScript() && !escaped && !ev.shiftKey && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
        ev.preventDefault();
        const { selectionStart: s, selectionEnd: e } = instructions;
        instructions.setRangeText('  ', s, e, 'end');
      }
      escaped = false;
    });

    function clearErrors() {
      summary.hidden = true;
      summary.replaceChildren();
      for (const p of form.querySelectorAll('.field-error')) { p.hidden = true; p.textContent = ''; }
      for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
      for (const c of form.querySelectorAll('[data-err]')) {
        c.setAttribute('aria-describedby', c.dataset.err);
        c.removeAttribute('data-err');
      }
    }

    function controlOf(name) {
      return name === 'type' ? form.querySelector('input[name="type"]:checked') : document.getElementById(name);
    }

    /** Puts each details line next to its field; returns the lines that fit no field. */
    function showFieldErrors(details) {
      const rest = [];
      let first = null;
      for (const line of details) {
        const hit = FIELD_OF.find(([re]) => re.test(line));
        if (!hit) { rest.push(line); continue; }
        const name = hit[1];
        const p = document.getElementById(`${name}-error`);
        p.hidden = false;
        append(p, [p.textContent ? ' ' : '', fieldMessage(line)]);
        const c = controlOf(name);
        c.setAttribute('aria-invalid', 'true');
        if (!c.hasAttribute('data-err')) {
          const was = c.getAttribute('aria-describedby') || '';
          c.dataset.err = was;
          c.setAttribute('aria-describedby', `${name}-error ${was}`.trim());
        }
        first = first || c;
      }
      return { rest, first };
    }

    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      clearErrors();
      const script = isScript();
      const text = instructions.value;
      const list = script
        ? (text.trim() ? [text] : [])
        : text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      const geo = { country: country.value.trim() };
      if (city.value.trim()) geo.city = city.value.trim();
      if (zipcode.value.trim()) geo.zipcode = zipcode.value.trim();
      const body = {
        type: script ? 'script_automation' : 'crawler_automation',
        instructions: list.map((action) => ({ action })),
        project: project.value.trim(),
        geoLocation: geo,
        inspect: inspect.checked,
      };
      if (timeout.value.trim()) {
        const n = Number(timeout.value);
        body.timeoutSeconds = Number.isInteger(n) ? n : timeout.value;
      }
      submit.disabled = true;
      form.setAttribute('aria-busy', 'true');
      submit.textContent = 'Creating…';
      try {
        const t = await api('POST', '/api/v1/tasks', body, { signal: ctx.signal });
        toast('Task created');
        location.hash = `#/tasks/${enc(t.executionId)}`;
      } catch (e) {
        if (isAbort(e)) return;
        const details = Array.isArray(e.body && e.body.details) ? e.body.details : [];
        const { rest, first } = e.status === 400 ? showFieldErrors(details) : { rest: details, first: null };
        const n = details.length - rest.length;
        summary.replaceChildren(
          h('p', {}, n ? `The task was not created: ${n === 1 ? 'one field needs' : `${n} fields need`} fixing. ` : 'The task was not created. ',
            e.status === 400 && !rest.length ? '' : e.message),
          rest.length ? h('ul', {}, rest.map((d) => h('li', {}, d))) : '');
        summary.hidden = false;
        (first || submit).focus();
      } finally {
        submit.disabled = false;
        form.removeAttribute('aria-busy');
        submit.textContent = 'Create task';
      }
    });

    show('New task', h('h1', { tabindex: '-1' }, 'New task'), form);

    // Known projects fill the suggestions (and the field when there is just one).
    api('GET', '/api/v1/projects', undefined, { signal: ctx.signal }).then((data) => {
      const names = (data.projects || []).map((p) => p.name);
      projectList.replaceChildren(...names.map((n) => h('option', { value: n })));
      if (!project.value && names.length === 1) project.value = names[0];
    }).catch(() => { /* suggestions are a convenience */ });
  }

  // ---- start ------------------------------------------------------------------------------------

  function init() {
    document.getElementById('signout').addEventListener('click', () => {
      sessionStorage.removeItem(KEY_STORE);
      afterSignIn = '';
      toast('Signed out');
      location.hash = '#/signin';
    });
    document.getElementById('skip').addEventListener('click', (ev) => {
      ev.preventDefault();
      const h1 = main.querySelector('h1');
      (h1 || main).focus();
    });
    const dlg = document.getElementById('shot');
    document.getElementById('shot-close').addEventListener('click', () => dlg.close());
    dlg.addEventListener('click', (ev) => { if (ev.target === dlg) dlg.close(); });
    dlg.addEventListener('close', () => {
      if (dlg.returnFocus && dlg.returnFocus.isConnected) dlg.returnFocus.focus();
      dlg.returnFocus = null;
    });
    window.addEventListener('hashchange', render);
    if (!location.hash) history.replaceState(null, '', '#/projects');
    render();
  }

  init();
})();

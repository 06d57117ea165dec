// A tiny client of the task API over real HTTP (Node's fetch), plus a raw
// node:http request for bodies fetch will not send, and an SSE reader.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { sleep } from './server.mjs';

// The vendor's words: a task ends finalized, failed or stopped.
export const TERMINAL = ['finalized', 'failed', 'stopped'];
export const LOG_LINE_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z .+/;
export const SCRIPT_ID_RE = /^sha256:[0-9a-f]{64}$/;

/** A valid CreateTaskRequest body; fields of `over` replace the defaults. */
export function taskBody(actions, over = {}) {
  const list = Array.isArray(actions) ? actions : [actions];
  return {
    instructions: list.map((a) => ({ action: a })),
    geoLocation: { country: 'us' },
    project: 'demo',
    type: 'crawler_automation',
    ...over,
  };
}

function parse(text) {
  try { return JSON.parse(text); } catch { return undefined; }
}

// A wait for a task follows its event stream (GET /tasks/{id}/events: an
// event whenever a log line, a step or the status comes, "end" and the close
// at its end): each event is followed by one look at the task, so a wait ends
// as the task gets there, not up to a poll interval later. The task is still
// looked at every interval beside it, so no wait is longer than by polling
// alone (a stream that breaks; a task run on another node, whose events this
// node's stream reads on its next one-second tick). At most FOLLOW_MAX
// streams at once (a file that waits for hundreds of tasks together polls
// the rest).
const FOLLOW_MAX = 16;
// How long waitFor waits by default: long, since no test measures time this
// way and a loaded CI machine took 26 s to start a script runner (load 20 on
// two cores); a test that wants an end sooner says so.
const WAIT_MS = 90000;
let following = 0;

export class Api {
  /** base: http://127.0.0.1:PORT; token: the API key (null = send no header). */
  constructor(base, token, { scheme = 'apikey' } = {}) {
    this.base = base;
    this.token = token;
    this.scheme = scheme;
  }

  withToken(token) {
    return new Api(this.base, token, { scheme: this.scheme });
  }

  authHeaders() {
    return this.token == null ? {} : { Authorization: `${this.scheme} ${this.token}` };
  }

  /**
   * req(method, path, { json, body, headers, auth }) -> { status, headers, text, json }.
   * json: a value sent as application/json; body: raw bytes/string (set the
   * Content-Type yourself); auth: false to send no Authorization header.
   */
  async req(method, path, { json, body, headers = {}, auth = true, signal } = {}) {
    const h = { ...(auth ? this.authHeaders() : {}), ...headers };
    let payload = body;
    if (json !== undefined) {
      payload = JSON.stringify(json);
      if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
    }
    const url = path.startsWith('http') ? path : this.base + path;
    const res = await fetch(url, { method, headers: h, body: payload, redirect: 'manual', signal });
    const buf = Buffer.from(await res.arrayBuffer());
    const text = buf.toString('utf8');
    return { status: res.status, headers: res.headers, text, buf, json: parse(text) };
  }

  get(path, opts) { return this.req('GET', path, opts); }
  post(path, json, opts = {}) { return this.req('POST', path, { json, ...opts }); }

  createTask(body) {
    // E2E_TASK_LOG=file: one line per task a test file creates (its name), to
    // count what each file costs when choosing its quick tier (lib/harness.mjs).
    if (process.env.E2E_TASK_LOG) {
      const f = process.argv.find((a) => a.endsWith('.test.mjs')) || 'unknown';
      fs.appendFileSync(process.env.E2E_TASK_LOG, `${path.basename(f)}\n`);
    }
    return this.post('/api/v1/tasks', body);
  }
  getTask(id) { return this.get(`/api/v1/tasks/${encodeURIComponent(id)}`); }
  getResults(id) { return this.get(`/api/v1/results/${encodeURIComponent(id)}`); }
  cancel(id) { return this.req('POST', `/api/v1/tasks/${encodeURIComponent(id)}/cancel`); }
  /** POST /tasks/{id}/command: {"command": "stop"} unless told otherwise. */
  command(id, body = { command: 'stop' }) { return this.req('POST', `/api/v1/tasks/${encodeURIComponent(id)}/command`, { json: body }); }
  listTasks(query = {}) {
    const qs = new URLSearchParams(query).toString();
    return this.get(`/api/v1/tasks${qs ? '?' + qs : ''}`);
  }
  projects() { return this.get('/api/v1/projects'); }

  /** POST a task and return its executionId; throws unless 201. */
  async submit(actions, over = {}) {
    const r = await this.createTask(taskBody(actions, over));
    if (r.status !== 201) throw new Error(`create task: ${r.status} ${r.text}`);
    return r.json.executionId;
  }

  /**
   * Reads GET /tasks/{id} until pred(task) is true (pred may be a status or a
   * list of statuses) and returns the task: after each event of the task's
   * stream, else every interval ms. Throws with the last body on timeout.
   */
  async waitFor(id, pred, { timeout = WAIT_MS, interval = 150 } = {}) {
    const test = typeof pred === 'function' ? pred
      : (t) => (Array.isArray(pred) ? pred : [pred]).includes(t.status);
    const end = Date.now() + timeout;
    const ac = new AbortController();
    let streaming = false;
    let news = 0; // events so far
    let wake = () => {};
    let ended = Promise.resolve();
    if (following < FOLLOW_MAX) {
      following++;
      streaming = true;
      const heard = (ev) => { news++; wake(); return ev.event === 'end'; };
      ended = this.events(id, { timeout, signal: ac.signal, stopAfter: heard })
        .catch(() => null)
        .finally(() => { streaming = false; following--; wake(); });
    }
    let last;
    try {
      for (;;) {
        const seen = news;
        last = await this.getTask(id);
        if (last.status === 200 && test(last.json)) return last.json;
        if (Date.now() > end) {
          throw new Error(`task ${id}: condition not met within ${timeout} ms; last: ${last.status} ${last.text.slice(0, 3000)}`);
        }
        if (!streaming) {
          await sleep(interval);
        } else if (news === seen) {
          let timer;
          await new Promise((resolve) => { wake = resolve; timer = setTimeout(resolve, interval); });
          clearTimeout(timer);
          wake = () => {};
        }
      }
    } finally {
      ac.abort();
      await ended;
    }
  }

  waitTerminal(id, opts) { return this.waitFor(id, TERMINAL, opts); }

  /** Submit, wait for a terminal state, return { id, task, results }. */
  async run(actions, over = {}, opts = {}) {
    const id = await this.submit(actions, over);
    const task = await this.waitTerminal(id, opts);
    const r = await this.getResults(id);
    return { id, task, results: r.json };
  }

  /**
   * Reads GET /tasks/{id}/events. Resolves { status, headers, events, closed }
   * when the server closes the stream, when stopAfter(event, events) returns
   * true (the request is then aborted), or after timeout ms (closed false).
   */
  async events(id, { lastEventId, stopAfter, timeout = 30000, headers = {}, signal } = {}) {
    const ac = new AbortController();
    if (signal) {
      if (signal.aborted) ac.abort();
      else signal.addEventListener('abort', () => ac.abort(), { once: true });
    }
    const h = { Accept: 'text/event-stream', ...this.authHeaders(), ...headers };
    if (lastEventId !== undefined) h['Last-Event-ID'] = String(lastEventId);
    const timer = setTimeout(() => ac.abort(), timeout);
    const events = [];
    let res;
    try {
      res = await fetch(`${this.base}/api/v1/tasks/${encodeURIComponent(id)}/events`, { headers: h, signal: ac.signal });
    } catch (e) {
      clearTimeout(timer);
      throw e;
    }
    if (res.status !== 200) {
      clearTimeout(timer);
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, json: parse(text), events, closed: true };
    }
    let closed = false;
    let stopped = false;
    const parser = new SseParser((ev) => {
      events.push(ev);
      if (!stopped && stopAfter && stopAfter(ev, events)) {
        stopped = true;
        ac.abort();
      }
    });
    try {
      const decoder = new TextDecoder();
      for await (const chunk of res.body) {
        parser.push(decoder.decode(chunk, { stream: true }));
        if (stopped) break;
      }
      if (!stopped) {
        parser.end();
        closed = true;
      }
    } catch (e) {
      if (e.name !== 'AbortError' && !stopped) throw e;
    } finally {
      clearTimeout(timer);
    }
    return { status: res.status, headers: res.headers, events, closed, stopped, timedOut: !closed && !stopped };
  }
}

/** Incremental text/event-stream parser (per the HTML living standard). */
export class SseParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buf = '';
    this.reset();
    this.lastId = undefined;
  }

  reset() {
    this.data = [];
    this.event = '';
    this.id = undefined;
    this.hasData = false;
  }

  push(text) {
    this.buf += text;
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buf);
      if (!m) break;
      // A lone \r at the end may be half of \r\n: wait for more.
      if (m[0] === '\r' && m.index === this.buf.length - 1) break;
      const line = this.buf.slice(0, m.index);
      this.buf = this.buf.slice(m.index + m[0].length);
      this.line(line);
    }
  }

  end() {
    if (this.buf) this.line(this.buf);
    this.buf = '';
    this.line('');
  }

  line(line) {
    if (line === '') {
      if (this.id !== undefined) this.lastId = this.id;
      if (this.hasData) {
        const data = this.data.join('\n');
        let json;
        try { json = JSON.parse(data); } catch { json = undefined; }
        this.onEvent({ event: this.event || 'message', id: this.id, lastId: this.lastId, data, json });
      }
      this.reset();
      return;
    }
    if (line.startsWith(':')) return; // comment / keep-alive
    const i = line.indexOf(':');
    const field = i < 0 ? line : line.slice(0, i);
    let value = i < 0 ? '' : line.slice(i + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') { this.data.push(value); this.hasData = true; }
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
  }
}

/**
 * A raw HTTP request with node:http, for bodies and cases fetch cannot do (a
 * huge body the server may refuse before reading it all). Resolves with the
 * response even when writing the rest of the body then fails.
 */
export function rawRequest(base, { method = 'POST', path = '/', headers = {}, body = null, timeout = 20000 } = {}) {
  const u = new URL(path, base);
  const h = { ...(body != null ? { 'Content-Length': Buffer.byteLength(body) } : {}), ...headers };
  for (const k of Object.keys(h)) if (h[k] === undefined) delete h[k];
  return new Promise((resolve, reject) => {
    let done = false;
    const req = http.request({
      host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', () => {});
      res.on('end', () => {
        done = true;
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, text, json: parse(text) });
      });
    });
    req.setTimeout(timeout, () => req.destroy(new Error(`raw request: no answer within ${timeout} ms`)));
    req.on('error', (e) => { if (!done) setTimeout(() => { if (!done) reject(e); }, 200); });
    if (body != null) req.end(body); else req.end();
  });
}

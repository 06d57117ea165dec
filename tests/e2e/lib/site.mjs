// Gadget Shop: the fixture web site of the crawler tests (tests/fixtures/site/),
// served on 127.0.0.1 and a free port, recording what the browser sent.
//
// Pages (each with its own <title>):
//   /                    the shop: header search box, nav links, cart count,
//                        featured product cards, a cookie banner over the bottom
//   /search?q=&sort=     products of catalog.json matching every word of q
//   /product/<slug>      name, price, description, Quantity, Color, Add to cart
//   /deals /cart /account /help /docs /pricing /article /menu /settings /logout
//   /login /members/login /register /late /loader /feed /widget /frame
//   /newsletter (the iframe of /frame) /dialogs /details
//   /late/<n> /feed/item/<n> /forgot   small pages that links lead to
//   /slow?delay=ms       "Slow Page", sent after the delay (default 1000 ms)
//   /never, /api/never   accepted, never answered
// Any request with ?delay=ms is answered after that many ms (at most 60 s).
//
// Recording: every request lands in `requests` ({method, path, url, time});
// every request to /submit/* or /api/* also lands in the submissions
// ({method, path, query, fields, body, time}, fields = query + parsed body).
import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/site');
export const CATALOG = JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'catalog.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#febd69"/></svg>';

/** The deals page's products, in order. */
export const DEALS = ['widget', 'usb-c-hub-7-in-1', 'bluetooth-speaker'];

/** The feed's posts: n = 1..60; post 45 is "Needle in the feed". */
export const FEED_SIZE = 60;
export const FEED_PAGE = 15;
export function feedTitle(n) {
  return n === 45 ? 'Needle in the feed' : `Post #${n}: gadget news`;
}

function priceValue(p) { return Number(p.price.replace(/[^0-9.]/g, '')); }

/** Products matching every word of q (name, tags, category), in catalogue order or sorted. */
export function searchCatalog(q, sort = 'relevance') {
  const words = String(q || '').toLowerCase().split(/\s+/).filter(Boolean);
  let found = CATALOG.filter((p) => {
    const hay = `${p.name} ${p.tags} ${p.category}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  if (sort === 'price-asc') found = [...found].sort((a, b) => priceValue(a) - priceValue(b));
  if (sort === 'price-desc') found = [...found].sort((a, b) => priceValue(b) - priceValue(a));
  return found;
}

export function product(slug) {
  return CATALOG.find((p) => p.slug === slug);
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function card(p) {
  return `    <div class="card">
      <div class="thumb"></div>
      <h3><a href="/product/${esc(p.slug)}">${esc(p.name)}</a></h3>
      <span class="price">${esc(p.price)}</span>
      <button type="button" data-add="${esc(p.slug)}">Add to cart</button>
    </div>`;
}

async function readSite(rel) {
  return fsp.readFile(path.join(SITE_DIR, rel), 'utf8');
}

/** Includes (<!--#include name-->), raw {{{vars}}} and escaped {{vars}}. */
async function render(rel, vars = {}) {
  let text = await readSite(rel);
  const names = [...new Set([...text.matchAll(/<!--#include ([\w-]+)-->/g)].map((m) => m[1]))];
  const parts = {};
  for (const n of names) parts[n] = (await readSite(`partials/${n}.html`)).trimEnd();
  text = text.replace(/<!--#include ([\w-]+)-->/g, (_, n) => parts[n]);
  text = text.replace(/\{\{\{(\w+)\}\}\}/g, (_, k) => (vars[k] ?? ''));
  text = text.replace(/\{\{(\w+)\}\}/g, (_, k) => esc(vars[k] ?? ''));
  return text;
}

function parseCookies(h) {
  const out = {};
  for (const part of String(h || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function paramsToObject(params) {
  const out = {};
  for (const [k, v] of params) {
    if (k in out) out[k] = [].concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

function parseBody(req, buf) {
  const type = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  const text = buf.toString('utf8');
  if (!text) return {};
  if (type === 'application/x-www-form-urlencoded') return paramsToObject(new URLSearchParams(text));
  if (type === 'application/json' || type === 'text/plain' || !type) {
    try {
      const v = JSON.parse(text);
      return v && typeof v === 'object' && !Array.isArray(v) ? v : { value: v };
    } catch {
      return type === 'application/json' ? { _raw: text } : paramsToObject(new URLSearchParams(text));
    }
  }
  if (type === 'multipart/form-data') {
    const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type']);
    const out = {};
    if (m) {
      for (const part of text.split(`--${m[1] || m[2]}`)) {
        const name = /name="([^"]*)"/.exec(part);
        const i = part.indexOf('\r\n\r\n');
        if (name && i >= 0) out[name[1]] = part.slice(i + 4).replace(/\r\n$/, '');
      }
    }
    return out;
  }
  return { _raw: text };
}

export async function startSite() {
  const requests = [];
  const submissions = [];
  const hanging = new Set();
  const timers = new Set();

  function send(res, status, body, type = TYPES['.html'], headers = {}) {
    if (res.destroyed) return;
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  }
  const json = (res, v, status = 200) => send(res, status, JSON.stringify(v), TYPES['.json']);
  const message = async (res, { title, heading, message: msg, page = 'message', status = 200, headers }) =>
    send(res, status, await render('templates/message.html', { title, heading, message: msg, page }), TYPES['.html'], headers);
  const notFound = (res) => message(res, {
    title: 'Page Not Found - Gadget Shop', heading: 'Page not found', message: 'There is no such page.', status: 404,
  });

  async function api(req, res, url, rec) {
    const p = url.pathname;
    if (p === '/api/feed') {
      const page = Math.max(0, Number(url.searchParams.get('page')) || 0);
      const items = [];
      for (let n = page * FEED_PAGE + 1; n <= Math.min((page + 1) * FEED_PAGE, FEED_SIZE); n++) {
        items.push({ n, title: feedTitle(n), text: n === 45 ? 'You found it.' : `Post number ${n} of the community feed.` });
      }
      return json(res, { page, items, more: (page + 1) * FEED_PAGE < FEED_SIZE });
    }
    if (p === '/api/report') return json(res, { items: 42 });
    if (p === '/api/cart') return json(res, { ok: true, cartCount: rec.fields.cartCount ?? null });
    return json(res, { ok: true });
  }

  async function submit(req, res, url, rec) {
    const f = rec.fields;
    switch (url.pathname) {
      case '/submit/login': {
        if (!f.email || !f.password) {
          return message(res, { title: 'Sign-in Failed - Gadget Shop', heading: 'Sign-in failed', message: 'Enter your email and password.', status: 400 });
        }
        res.writeHead(303, {
          Location: '/account',
          'Set-Cookie': `user=${encodeURIComponent(f.email)}; Path=/; HttpOnly; SameSite=Lax`,
          'Cache-Control': 'no-store',
        });
        return res.end();
      }
      case '/submit/members': {
        if (!f.username || !f.password) {
          return message(res, { title: 'Login Failed - Gadget Shop', heading: 'Login failed', message: 'Enter your username and password.', status: 400 });
        }
        res.writeHead(303, {
          Location: '/members',
          'Set-Cookie': `member=${encodeURIComponent(f.username)}; Path=/; HttpOnly; SameSite=Lax`,
          'Cache-Control': 'no-store',
        });
        return res.end();
      }
      case '/submit/register':
        return message(res, {
          title: 'Welcome Aboard - Gadget Shop', heading: `Thanks for registering, ${f.first_name || 'friend'}!`,
          message: `We sent a confirmation to ${f.email || 'your inbox'}.`, page: 'registered',
        });
      case '/submit/newsletter':
        return send(res, 200, await render('templates/bare.html', {
          title: 'Joined', heading: 'Thanks for joining!', message: `Look out for our mail at ${f.email || ''}.`,
        }));
      case '/submit/contact':
        return message(res, {
          title: 'Message Sent - Gadget Shop', heading: `Thanks, ${f.name || 'there'}!`,
          message: 'We will answer within one working day.', page: 'contacted',
        });
      case '/submit/order':
        return message(res, {
          title: 'Order Confirmed - Gadget Shop', heading: 'Order confirmed',
          message: `Your order ships with ${f.shipping === 'express' ? 'Express' : 'Standard'} shipping.`, page: 'ordered',
        });
      default:
        return message(res, { title: 'Submitted - Gadget Shop', heading: 'Submitted', message: 'Thank you.' });
    }
  }

  async function page(req, res, url) {
    const p = url.pathname.replace(/\/+$/, '') || '/';
    const cookies = parseCookies(req.headers.cookie);
    if (p === '/') {
      return send(res, 200, await render('index.html', { featured: CATALOG.filter((x) => x.featured).map(card).join('\n') }));
    }
    if (p === '/deals') {
      return send(res, 200, await render('deals.html', { deals: DEALS.map((s) => card(product(s))).join('\n') }));
    }
    if (p === '/search') {
      const q = url.searchParams.get('q') || '';
      const sort = url.searchParams.get('sort') || 'relevance';
      const found = searchCatalog(q, sort);
      return send(res, 200, await render('templates/search.html', {
        q,
        count: found.length ? `${found.length} result${found.length === 1 ? '' : 's'}` : `No products match \u201c${q}\u201d.`,
        cards: found.map(card).join('\n'),
        sel_relevance: sort === 'relevance' ? ' selected' : '',
        sel_price_asc: sort === 'price-asc' ? ' selected' : '',
        sel_price_desc: sort === 'price-desc' ? ' selected' : '',
      }));
    }
    let m = /^\/product\/([\w-]+)$/.exec(p);
    if (m) {
      const prod = product(m[1]);
      if (!prod) return notFound(res);
      return send(res, 200, await render('templates/product.html', {
        ...prod, category_q: prod.category.toLowerCase(),
      }));
    }
    if (p === '/account') {
      const user = cookies.user;
      return send(res, 200, await render('templates/account.html', user
        ? { heading: `Welcome, ${user.split('@')[0]}`, status: `Signed in as ${esc(user)}.` }
        : { heading: 'Your account', status: 'You are not signed in. <a href="/login">Sign in</a>' }));
    }
    if (p === '/members/login') return send(res, 200, await render('members-login.html'));
    if (p === '/members') {
      if (!cookies.member) {
        res.writeHead(303, { Location: '/members/login', 'Cache-Control': 'no-store' });
        return res.end();
      }
      return message(res, { title: 'Members - Gadget Shop', heading: `Hello, ${cookies.member}`, message: 'Early deals are on their way.', page: 'members' });
    }
    if (p === '/slow') {
      return message(res, { title: 'Slow Page', heading: 'Slow page', message: `Answered after ${url.searchParams.get('delay') || 1000} ms.`, page: 'slow' });
    }
    if (p === '/forgot') {
      return message(res, { title: 'Reset Password - Gadget Shop', heading: 'Reset your password', message: 'We will mail you a link.', page: 'forgot' });
    }
    m = /^\/late\/(\d+)$/.exec(p);
    if (m) {
      const word = ['zero', 'one', 'two', 'three'][Number(m[1])] || m[1];
      return message(res, { title: `Late item ${word} - Gadget Shop`, heading: `Late item ${word}`, message: 'Loaded late, opened now.', page: 'late-item' });
    }
    m = /^\/feed\/item\/(\d+)$/.exec(p);
    if (m) {
      const n = Number(m[1]);
      return message(res, { title: `${feedTitle(n)} - Gadget Shop`, heading: feedTitle(n), message: `Post ${n} of the feed.`, page: 'feed-item' });
    }
    if (p === '/favicon.ico') return send(res, 200, FAVICON, TYPES['.svg']);
    if (p === '/catalog.json') return send(res, 200, await readSite('catalog.json'), TYPES['.json']);
    if (p.startsWith('/assets/')) {
      const file = path.resolve(SITE_DIR, '.' + p);
      if (!file.startsWith(path.join(SITE_DIR, 'assets') + path.sep)) return notFound(res);
      try {
        return send(res, 200, await fsp.readFile(file), TYPES[path.extname(file)] || 'application/octet-stream');
      } catch {
        return notFound(res);
      }
    }
    // Any other page: <name>.html at the top of the site.
    m = /^\/([a-z][\w-]*)(?:\.html)?$/.exec(p);
    if (m && fs.existsSync(path.join(SITE_DIR, `${m[1]}.html`))) return send(res, 200, await render(`${m[1]}.html`));
    return notFound(res);
  }

  async function handle(req, res, url, body) {
    const rec = { method: req.method, path: url.pathname, url: req.url, time: Date.now() };
    if (url.pathname === '/never' || url.pathname === '/api/never') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    const isSubmit = url.pathname.startsWith('/submit/');
    const isApi = url.pathname.startsWith('/api/');
    if (isSubmit || isApi) {
      const query = paramsToObject(url.searchParams);
      delete query.delay;
      const sub = { ...rec, query, fields: { ...query, ...parseBody(req, body) }, body: body.toString('utf8') };
      submissions.push(sub);
      return isSubmit ? submit(req, res, url, sub) : api(req, res, url, sub);
    }
    return page(req, res, url);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://site');
    const rec = { method: req.method, path: url.pathname, url: req.url, time: Date.now(), headers: req.headers };
    requests.push(rec);
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const go = () => handle(req, res, url, body).catch((e) => {
        if (!res.headersSent) send(res, 500, `site error: ${e.stack}`, 'text/plain');
      });
      const delay = Math.min(Math.max(Number(url.searchParams.get('delay')) || 0, 0), 60000);
      if (!delay) return go();
      const timer = setTimeout(() => { timers.delete(timer); if (!res.destroyed) go(); }, delay);
      timers.add(timer);
      res.on('close', () => { clearTimeout(timer); timers.delete(timer); });
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;

  const matches = (r, p, since) => (p === undefined || (p instanceof RegExp ? p.test(r.path) : r.path === p)) && r.time >= since;

  return {
    port,
    base,
    url: (p = '/') => base + (p.startsWith('/') ? p : '/' + p),
    requests,
    /** Requests to path p (a string or RegExp) since `since` (ms epoch). */
    hits: (p, { since = 0 } = {}) => requests.filter((r) => matches(r, p, since)),
    /** Recorded /submit/* and /api/* requests to path p (all when p is undefined) since `since`. */
    submissions: (p, { since = 0 } = {}) => submissions.filter((r) => matches(r, p, since)),
    /** Resolves with the first submission to p since `since` for which where(sub) holds. */
    async waitForSubmission(p, { since = 0, timeout = 5000, where = () => true } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const hit = submissions.find((r) => matches(r, p, since) && where(r));
        if (hit) return hit;
        if (Date.now() > end) {
          const seen = submissions.filter((r) => matches(r, undefined, since)).map((r) => `${r.method} ${r.url} ${JSON.stringify(r.fields)}`);
          throw new Error(`site: no matching submission to ${p} within ${timeout} ms; since then: ${seen.join('\n  ') || 'none'}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- helpers of the crawler tests --------------------------------------------

/** JSON.parse, or undefined. */
export function parseJson(text) {
  try { return JSON.parse(text); } catch { return undefined; }
}

/** A step's `result` as text: JSON text of a string becomes the string. */
export function textOf(result) {
  const v = parseJson(result);
  return typeof v === 'string' ? v : result;
}

/** The parsed model_output, result (as JSON when it is JSON), state and error of each step. */
export function stepsOf(results) {
  return (results?.results || []).map((r) => ({
    raw: r,
    action: parseJson(r.model_output)?.action,
    model: parseJson(r.model_output),
    result: r.result,
    value: r.result == null ? undefined : parseJson(r.result),
    text: r.result == null ? null : textOf(r.result),
    state: parseJson(r.state) || {},
    error: r.metadata?.error ?? null,
  }));
}

/** A readable account of a run, for assertion messages. */
export function describeRun(instruction, run) {
  const lines = [`instruction: ${JSON.stringify(instruction)}`, `status: ${run.task?.status} error: ${run.task?.error ?? ''}`];
  for (const s of run.steps || []) {
    lines.push(`  [${s.raw.history_index}] ${s.raw.model_output} -> ${String(s.result).slice(0, 400)}` +
      `${s.error ? ` ERROR ${s.error}` : ''} @ ${s.state.url}`);
  }
  const logs = run.task?.progress?.logs || [];
  if (logs.length) lines.push('logs:', ...logs.slice(-12).map((l) => `  ${l}`));
  return lines.join('\n');
}

/**
 * Runs one crawler task through the API and waits for its end. Returns
 * { id, task, results, steps, last, state, since, why }: steps from
 * stepsOf(), state the last step's parsed state, `why` a description for
 * assertion messages. expect: the status it must end with (default
 * "finalized"; null to check nothing).
 */
/**
 * Today where a task runs by default (Washington: America/New_York), as a
 * local Date at midnight. "Tomorrow" and days said with no year are the
 * task's own, which near midnight UTC is not the machine's date.
 */
export function placeToday(tz = 'America/New_York') {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date()).split('-').map(Number);
  return new Date(y, m - 1, d);
}

export async function crawl(api, actions, { expect = 'finalized', over = {}, timeout = 60000 } = {}) {
  const since = Date.now();
  const { id, task, results } = await api.run(actions, over, { timeout });
  const steps = stepsOf(results);
  const run = { id, task, results, steps, last: steps.at(-1), state: steps.at(-1)?.state || {}, since };
  run.why = describeRun(actions, run);
  if (expect) assert.equal(task.status, expect, `expected the task to end ${expect}\n${run.why}`);
  return run;
}

/** The steps of a run whose model_output.action is `action`. */
export function stepsWith(run, action) {
  return run.steps.filter((s) => s.action === action);
}

/** The text of a run's extraction steps, in order. */
export function extractTexts(run) {
  return stepsWith(run, 'extract').map((s) => s.text);
}

/** The last extraction step of a run (asserts there is one). */
export function lastExtract(run) {
  const s = stepsWith(run, 'extract').at(-1);
  assert.ok(s, `no extract step\n${run.why}`);
  return s;
}

/** Path + search of a URL string (null when it is not one). */
export function pathOf(u) {
  try { const x = new URL(u); return x.pathname + x.search; } catch { return null; }
}

// Standalone: `node tests/e2e/lib/site.mjs` serves the site until ^C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startSite();
  console.log(`site: listening on ${s.base}`);
}

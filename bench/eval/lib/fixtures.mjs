// The fixture sites of the evaluation suite, each on its own 127.0.0.1 port, in one
// Node process (run.mjs starts it as a child so that the browsers' requests never
// wait on the runner's event loop).
//
// Every site gets, besides its own routes:
//   GET  /assets/app-core.js   window.rec(type, data): a synchronous POST to /__record
//   POST /__record             records {type, ...data} (what the page did)
//   POST /submit/NAME          a native form post: recorded as {type:'submit', form:NAME, data}
//                              and answered with the site's thank-you page
//   GET  /__records            the records so far (JSON), for the runner
//   POST /__reset              forgets the records
// and every HTML page served with a query string is recorded as {type:'view', path, query}.
//
// Run directly: prints one line `eval-fixtures: {"site": "http://127.0.0.1:PORT", ...}`.
import http from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SITES } from '../sites/index.mjs';

const CORE_JS = `(function(){
  window.rec = function(type, data){
    var body = JSON.stringify(Object.assign({type: type, page: location.pathname + location.hash}, data || {}));
    try { var x = new XMLHttpRequest(); x.open('POST', '/__record', false);
      x.setRequestHeader('Content-Type', 'application/json'); x.send(body); }
    catch (e) { try { navigator.sendBeacon('/__record', body); } catch (e2) {} }
  };
})();`;

function parseForm(text, type) {
  if (/json/.test(type || '')) { try { return JSON.parse(text); } catch { return { _raw: text }; } }
  const out = {};
  for (const [k, v] of new URLSearchParams(text)) {
    if (k in out) out[k] = [].concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

function thanks(site, form, data) {
  const title = site.thanksTitle || 'Thank you';
  const body = site.thanks ? site.thanks(form, data) : `<h1>${title}</h1><p>We received your request.</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} - ${site.title}</title></head><body>${body}</body></html>`;
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function serveSite(site) {
  const records = [];
  let seq = 0;
  const add = (r) => records.push({ seq: ++seq, at: Date.now(), ...r });
  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url, 'http://x');
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
      res.end(body);
    };
    try {
      if (u.pathname === '/__records') return send(200, 'application/json', JSON.stringify(records));
      if (u.pathname === '/__reset' && req.method === 'POST') { records.length = 0; return send(200, 'application/json', '{"ok":true}'); }
      if (u.pathname === '/assets/app-core.js') return send(200, 'text/javascript', CORE_JS);
      if (u.pathname === '/favicon.ico') return send(204, 'text/plain', '');
      if (u.pathname === '/__record' && req.method === 'POST') {
        const text = await readBody(req);
        let r;
        try { r = JSON.parse(text); } catch { r = { type: 'bad', raw: text }; }
        add(r);
        return send(200, 'application/json', '{"ok":true}');
      }
      const m = /^\/submit\/([\w-]+)$/.exec(u.pathname);
      if (m && req.method === 'POST') {
        const data = parseForm(await readBody(req), req.headers['content-type']);
        add({ type: 'submit', form: m[1], data });
        if (site.api && site.api[u.pathname]) return send(200, 'application/json', JSON.stringify(site.api[u.pathname](data)));
        return send(200, 'text/html; charset=utf-8', thanks(site, m[1], data));
      }
      if (site.api && site.api[u.pathname]) {
        const data = Object.fromEntries(u.searchParams);
        return send(200, 'application/json', JSON.stringify(site.api[u.pathname](data)));
      }
      let page = site.pages[u.pathname];
      if (page === undefined && site.fallback) page = site.fallback(u.pathname);
      if (page === undefined) return send(404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><h1>Page not found</h1>');
      if (typeof page === 'function') page = page(u);
      if (u.search && req.method === 'GET') add({ type: 'view', path: u.pathname, query: Object.fromEntries(u.searchParams) });
      return send(200, 'text/html; charset=utf-8', page);
    } catch (e) {
      return send(500, 'text/plain', String(e?.stack || e));
    }
  });
  server.keepAliveTimeout = 30000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

// `sites`: another suite's list of sites (bench/holdout), the eval sites by default.
export async function serveAll(only, sites = SITES) {
  const urls = {};
  for (const site of sites) {
    if (only && !only.includes(site.name)) continue;
    urls[site.name] = await serveSite(site);
  }
  return urls;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv[2] ? process.argv[2].split(',') : null;
  // argv[3]: the path of another suite's sites module (exporting SITES), e.g. bench/holdout/sites/index.mjs
  const load = process.argv[3] ? import(pathToFileURL(process.argv[3]).href).then((m) => m.SITES) : Promise.resolve(SITES);
  load.then((sites) => serveAll(only, sites)).then((urls) => console.log(`eval-fixtures: ${JSON.stringify(urls)}`));
  process.on('SIGTERM', () => process.exit(0));
  process.on('SIGINT', () => process.exit(0));
}

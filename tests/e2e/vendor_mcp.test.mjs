// The vendor's MCP server, @brightdata/browserai-mcp 1.9.4 (pinned in
// tests/e2e/mcp/package-lock.json, with the @modelcontextprotocol/sdk 1.11.x
// its fastmcp needs), against the real server: every one of its 9 tools
// driven over MCP stdio with the SDK's client, on loopback fixture pages.
//
// The package is copied to a temp folder and only its base URL constant,
// https://browser.ai/api/v1, is replaced in server.js and utils.js by the
// test server's; nothing else changes. Its tools poll GET /tasks/{id} every
// 3 s until finalized/awaiting/stopped and hand the task's `result` to the
// model as JSON.stringify({executionId, result}): the result must be the
// JSON object the instruction's template asked for, not a string of it.
//
// The session tools (all but start_new_session's first task and
// list_active_sessions) need live sessions: awaitable tasks and
// POST /tasks/{id}/instructions.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { test, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline, REPO } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { assertSchema } from './lib/schema.mjs';

const MCP_DIR = path.join(REPO, 'tests/e2e/mcp/node_modules');
const PKG = '@brightdata/browserai-mcp';
const BASE_CONST = 'https://browser.ai/api/v1';
const sdk = (p) => import(path.join(MCP_DIR, '@modelcontextprotocol/sdk/dist/esm', p));

const TITLE = 'Brass Lamp Shop';
const posted = []; // what the fixture's form received

// ---- fixture pages ---------------------------------------------------------------

const PAGES = {
  '/shop.html': `<!doctype html><html lang="en"><head><title>${TITLE}</title>
<meta name="description" content="Lamps of brass and glass">
<meta name="keywords" content="lamps, brass, lighting"></head>
<body><h1>Lamp Store</h1><p>The Brass Lamp costs $49.99.</p>
<p>Maker: Brass &amp; Co</p><dl><dt>Warranty</dt><dd>2 years</dd></dl>
<h2>Write to us</h2>
<form action="/send" method="post" aria-label="Contact">
<label>Message <input name="message" type="text"></label>
<button type="submit">Send</button></form>
<img src="/lamp.png" alt="A brass lamp">
<a href="/about.html">About us</a> <a href="/late.html">Late news</a>
</body></html>`,
  '/about.html': `<!doctype html><html><head><title>About the shop</title></head>
<body><h1>About us</h1><p>Since 1921.</p><a href="/shop.html">Back to the shop</a></body></html>`,
  '/late.html': `<!doctype html><html><head><title>Late news</title></head>
<body><h1>News</h1><div id="slot"></div>
<script>setTimeout(() => { document.getElementById('slot').innerHTML =
  '<p class="late-ready">Fresh news arrived</p>'; }, 2500);</script></body></html>`,
};

function startFixture() {
  const srv = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (req.method === 'POST' && url.pathname === '/send') {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        posted.push(Object.fromEntries(new URLSearchParams(body)));
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>Thanks</title><h1>Message received</h1><a href="/shop.html">Shop</a>');
      });
      return;
    }
    const page = PAGES[url.pathname];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html' });
    res.end(page || 'not found');
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => {
    resolve({ srv, url: (p) => `http://127.0.0.1:${srv.address().port}${p}`, close: () => new Promise((r) => srv.close(r)) });
  }));
}

// ---- the vendor's server, pointed at ours ------------------------------------------

/** Copies the installed packages to a temp folder and swaps the base URL. */
function copyPackage(apiBase) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bai-mcp-'));
  fs.cpSync(MCP_DIR, path.join(dir, 'node_modules'), { recursive: true });
  const pkg = path.join(dir, 'node_modules', PKG);
  for (const f of ['server.js', 'utils.js']) {
    const file = path.join(pkg, f);
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.includes(BASE_CONST), `${f} holds the base URL constant`);
    fs.writeFileSync(file, text.split(BASE_CONST).join(apiBase));
  }
  return { dir, server: path.join(pkg, 'server.js') };
}

let fix, dataDir, server, token, copy, client, baseline;
let mcpErr = ''; // the MCP server's log, shown when a tool fails

before(async () => {
  assert.ok(fs.existsSync(path.join(MCP_DIR, PKG, 'server.js')),
    'tests/e2e/mcp is installed (scripts/install-deps.sh: npm ci there)');
  baseline = chromiumBaseline();
  fix = await startFixture();
  dataDir = await makeDataDir('mcp');
  token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, workers: 2, label: 'mcp' }));
  copy = copyPackage(`${server.url}/api/v1`);
  const { Client } = await sdk('client/index.js');
  const { StdioClientTransport } = await sdk('client/stdio.js');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [copy.server],
    env: { PATH: process.env.PATH, API_TOKEN: token, PROJECT_NAME: 'mcp' },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d) => { mcpErr += d; });
  client = new Client({ name: 'browserai-e2e', version: '1.0.0' });
  await client.connect(transport);
});

after(async () => {
  try { await client?.close(); } catch { /* gone already */ }
  await teardown({ servers: [server], fixtures: [fix], dirs: [dataDir, copy?.dir].filter(Boolean) });
});

/** Calls a tool; its text parsed as JSON. A tool's failure throws its text. */
async function call(name, args, timeout = 120000) {
  const r = await client.callTool({ name, arguments: args }, undefined, { timeout, resetTimeoutOnProgress: true });
  const text = (r.content || []).map((c) => c.text).join('');
  if (r.isError) throw new Error(`${name}: ${text}\n--- MCP server log ---\n${mcpErr.slice(-4000)}`);
  return JSON.parse(text);
}

const hasLink = (els, name) => els.some((e) => typeof e === 'string' && e.startsWith(`link "${name}"`));

describe('the vendor MCP server (@brightdata/browserai-mcp 1.9.4)', () => {
  let session;

  test('it offers its 9 tools', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['batch_actions', 'extract_from_session',
      'get_page_info', 'get_session_status', 'interact_and_extract_in_session', 'list_active_sessions',
      'navigate_to_url', 'start_new_session', 'wait_for_element']);
  });

  test('list_active_sessions: none before the first session (it makes no request)', async () => {
    const r = await call('list_active_sessions', {});
    assert.equal(r.totalSessions, 0);
    assert.deepEqual(r.activeSessions, []);
  });

  test('start_new_session: the page\'s elements as a person names them, and its HTML', async () => {
    const r = await call('start_new_session', { instruction: `Go to ${fix.url('/shop.html')}` });
    assert.match(r.executionId, /^[0-9a-z]{36}$/);
    session = r.executionId;
    assert.equal(typeof r.result, 'object', `the result is the JSON object itself: ${JSON.stringify(r.result)}`);
    const els = r.result.interactive_elements;
    assert.ok(Array.isArray(els), JSON.stringify(r.result));
    assert.ok(hasLink(els, 'About us'), `a link "About us": ${JSON.stringify(els)}`);
    assert.ok(els.includes('button "Send"'), `the Send button: ${JSON.stringify(els)}`);
    assert.ok(els.some((e) => /field "Message"/.test(e)), `the Message field: ${JSON.stringify(els)}`);
    assert.match(r.result.html_markup, new RegExp(`<title>${TITLE}</title>`));
  });

  test('list_active_sessions: the session just started', async () => {
    const r = await call('list_active_sessions', {});
    assert.equal(r.totalSessions, 1);
    assert.equal(r.activeSessions[0].executionId, session);
  });

  test('get_session_status: the task as GET /tasks/{id} has it, awaiting', async () => {
    assert.ok(session, 'a session was started');
    const r = await call('get_session_status', { executionId: session });
    assert.equal(r.executionId, session);
    assert.equal(r.status, 'awaiting');
    assert.ok(Array.isArray(r.result.interactive_elements));
  });

  test('get_page_info: title, url, meta tags and the page\'s structure', async () => {
    assert.ok(session, 'a session was started');
    const { result } = await call('get_page_info', { executionId: session });
    assert.equal(result.title, TITLE);
    assert.equal(result.url, fix.url('/shop.html'));
    assert.equal(result.meta_description, 'Lamps of brass and glass');
    assert.equal(result.meta_keywords, 'lamps, brass, lighting');
    assert.deepEqual(result.page_structure.headings, ['Lamp Store', 'Write to us']);
    assert.equal(result.page_structure.forms.length, 1);
    assert.match(result.page_structure.forms[0], /Message/);
    assert.deepEqual(result.page_structure.images, ['A brass lamp']);
  });

  test('extract_from_session: the data the words ask for, as a clean JSON object', async () => {
    assert.ok(session, 'a session was started');
    const { result } = await call('extract_from_session', {
      executionId: session, instruction: 'Get the page title and meta description',
    });
    assert.deepEqual(result, { title: TITLE, meta_description: 'Lamps of brass and glass' });
  });

  test('interact_and_extract_in_session: the typed message reaches the site', async () => {
    assert.ok(session, 'a session was started');
    const { result } = await call('interact_and_extract_in_session', {
      executionId: session, instruction: 'Type hello-mcp into the Message field and click Send', waitTime: 1,
    });
    assert.deepEqual(posted.at(-1), { message: 'hello-mcp' });
    assert.ok(hasLink(result.interactive_elements, 'Shop'), JSON.stringify(result.interactive_elements));
    assert.match(result.html_markup, /Message received/);
  });

  test('navigate_to_url: the new page and its address', async () => {
    assert.ok(session, 'a session was started');
    const { result } = await call('navigate_to_url', { executionId: session, url: fix.url('/about.html') });
    assert.equal(result.current_url, fix.url('/about.html'));
    assert.ok(hasLink(result.interactive_elements, 'Back to the shop'), JSON.stringify(result.interactive_elements));
    assert.match(result.html_markup, /Since 1921/);
  });

  test('wait_for_element: an element that comes late is found; one that never comes is not', async () => {
    assert.ok(session, 'a session was started');
    await call('navigate_to_url', { executionId: session, url: fix.url('/late.html') });
    const found = await call('wait_for_element', { executionId: session, instruction: '.late-ready', timeout: 20 });
    assert.equal(found.result.element_found, true);
    assert.match(found.result.html_markup, /Fresh news arrived/);
    const missing = await call('wait_for_element', { executionId: session, instruction: '#never-there', timeout: 2 });
    assert.equal(missing.result.element_found, false);
    assert.equal(missing.result.error, 'Element not found within timeout');
  });

  test('batch_actions: each action in turn, then the final page', async () => {
    assert.ok(session, 'a session was started');
    await call('navigate_to_url', { executionId: session, url: fix.url('/shop.html') });
    const { result } = await call('batch_actions', {
      executionId: session, actions: ['Type batch-42 into the Message field', 'Click Send'], delayBetweenActions: 1,
    });
    assert.deepEqual(posted.at(-1), { message: 'batch-42' });
    assert.equal(result.actions_completed, 2);
    assert.match(result.html_markup, /Message received/);
  });

  test('over the API alone: the answer\'s object is the task\'s result; a key the page labels is read there; a key nothing fills is null, logged', async () => {
    const api = new Api(server.url, token);
    const { task, results } = await api.run([`Open ${fix.url('/shop.html')}`,
      'Return the result as a JSON object with this exact format: {"title": "t", "price": "p", "links": [...], "maker": "m", "warranty": "w", "sparkle_factor": 1}'],
    { project: 'mcp' }, { timeout: 60000 });
    assert.equal(task.status, 'finalized', task.error);
    const want = {
      title: TITLE, price: '$49.99',
      links: [{ text: 'About us', href: fix.url('/about.html') }, { text: 'Late news', href: fix.url('/late.html') }],
      maker: 'Brass & Co', warranty: '2 years',
      sparkle_factor: null,
    };
    assert.deepEqual(task.result, want);
    assert.ok(task.progress.logs.some((l) => l.includes('nothing on the page fills "sparkle_factor"')), task.progress.logs.join('\n'));
    assertSchema('GetTaskResponse', task);
    assertSchema('GetResultsResponse', results);
    assert.deepEqual(results.result, want);
    assert.deepEqual(JSON.parse(results.results.at(-1).result), want, 'the last step holds it as JSON text');
  });

  test('the MCP server and ours stop cleanly, leaving no process behind', async () => {
    await client.close();
    await assertCleanShutdown(server, baseline);
  });
});

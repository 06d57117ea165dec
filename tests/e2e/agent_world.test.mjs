// The in-page agent runs in an isolated world of its own: a page that
// defines window.__bai before it, and bends the DOM prototypes the agent
// measures with, changes nothing of what a task finds and clicks. Before
// the agent moved out of the page's main world, the page's own __bai
// answered the locator and the click landed where the page said.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { test, watch, teardown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken } from './lib/server.mjs';
import { Api } from './lib/api.mjs';

const LIAR = `<!doctype html><title>Liar</title>
<script>
  // A page that got there first: an agent of its own, and geometry that lies.
  const fake = () => ({ found: true, x: 1, y: 1, ref: 0, tag: 'p', text: 'fake', box: [0, 0, 1, 1] });
  Object.defineProperty(window, '__bai', {
    value: new Proxy({}, { get: () => fake }), writable: false, configurable: false,
  });
  Element.prototype.getBoundingClientRect = function () {
    return { x: 0, y: 0, left: 0, top: 0, right: 1, bottom: 1, width: 1, height: 1 };
  };
</script>
<body style="margin:0">
  <p style="margin:200px 0 0 200px">A page with a button further down.</p>
  <button id="real" style="margin:40px 0 0 300px;padding:20px"
    onclick="fetch('/clicked').then(() => { document.title = 'Clicked for real'; })">Send report</button>
  <p id="answer">The answer is <b>42</b>.</p>
</body>`;

let dataDir, server, api, site, clicks = 0;

before(async () => {
  site = http.createServer((req, res) => {
    if (req.url === '/clicked') clicks++;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(req.url === '/clicked' ? 'ok' : LIAR);
  });
  await new Promise((r) => site.listen(0, '127.0.0.1', r));
  dataDir = await makeDataDir('agent-world');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'agent-world' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [{ close: () => site.close() }], dirs: [dataDir] }));

test('a page that defines window.__bai and lies about geometry cannot steer the agent', async () => {
  const url = `http://127.0.0.1:${site.address().port}/`;
  const { task } = await api.run([`Open ${url}`, 'Click the Send report button', 'Get the title']);
  assert.equal(task.error ?? null, null, JSON.stringify(task.progress?.logs));
  assert.equal(clicks, 1, 'the real button was clicked once');
  assert.equal(task.result, 'Clicked for real');
});

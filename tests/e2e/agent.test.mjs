// The in-page agent (src/browser/agent/*.js, joined by make into agent.js
// beside the binary): window.__bai.* in a real Chromium.
// One browser for the whole file; pages come from tests/fixtures/agent/ or
// from inline HTML, both served by a loopback HTTP server (init scripts do not
// run for page.setContent, and iframes need real URLs).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, CHROMIUM } from './lib/server.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// The agent the binary under test embeds (make joins src/browser/agent/*.js
// and minifies them).
const AGENT = path.join(path.dirname(BIN), 'agent.js');
const FIXTURES = path.join(root, 'tests/fixtures/agent');

let browser, context, page, server, base;
const inline = new Map();
let inlineSeq = 0;

/** Serves html at a fresh URL; returns the URL. */
function serve(html) {
  const id = `/inline/${++inlineSeq}.html`;
  inline.set(id, html);
  return base + id;
}

async function open(urlOrHtml) {
  const url = urlOrHtml.startsWith('http') ? urlOrHtml : urlOrHtml.endsWith('.html') && !urlOrHtml.includes('<')
    ? `${base}/${urlOrHtml}` : serve(urlOrHtml);
  await page.goto(url, { waitUntil: 'load' });
  return url;
}

/** Calls window.__bai[fn](...args) in the page. */
function bai(fn, ...args) {
  return page.evaluate(([f, a]) => window.__bai[f](...a), [fn, args]);
}

function loc(q) {
  return bai('locate', { text: null, role: null, ordinal: 0, exact: false, purpose: 'any', ...q });
}

/** What the element at the top-level point (x, y) is, through iframes. */
function hitAt(x, y) {
  return page.evaluate(([x, y]) => {
    let doc = document, px = x, py = y, el = doc.elementFromPoint(px, py);
    for (;;) {
      while (el && el.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(px, py);
        if (!inner || inner === el) break;
        el = inner;
      }
      if (el && el.localName === 'iframe' && el.contentDocument) {
        const r = el.getBoundingClientRect();
        px -= r.left + el.clientLeft; py -= r.top + el.clientTop;
        doc = el.contentDocument;
        el = doc.elementFromPoint(px, py);
        continue;
      }
      break;
    }
    return el ? (el.id || el.textContent.trim().slice(0, 40)) : null;
  }, [x, y]);
}

before(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    let body = inline.get(u.pathname);
    if (body === undefined) {
      const f = path.join(FIXTURES, path.normalize(u.pathname).replace(/^(\.\.[/\\])+/, ''));
      if (f.startsWith(FIXTURES) && fs.existsSync(f) && fs.statSync(f).isFile()) body = fs.readFileSync(f);
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ path: AGENT });
  page = await context.newPage();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await new Promise((r) => server.close(r));
});

describe('installation', () => {
  it('installs once, is safe to evaluate twice and keeps its ref table', async () => {
    await open('<button>One</button>');
    const first = await loc({ text: 'One', purpose: 'click' });
    assert.equal(first.ok, true);
    const src = fs.readFileSync(AGENT, 'utf8');
    await page.evaluate(src);
    await page.evaluate(src);
    const again = await bai('element', first.ref);
    assert.equal(again.ok, true, 'a ref made before re-evaluation still resolves');
    assert.equal(again.text, 'One');
    assert.equal(await page.evaluate(() => window.__bai._refs instanceof Map), true);
  });

  it('never throws: bad arguments come back as {ok:false}', async () => {
    await open('<p>x</p>');
    const r = await bai('element', 99999);
    assert.deepEqual(r, { ok: false, error: 'the element is gone' });
    const e = await bai('extract', { kind: 'nonsense' });
    assert.equal(e.ok, false);
    assert.match(e.error, /unknown extract kind/);
    const l = await bai('locate', null);
    assert.equal(l.ok, false);
  });
});

describe('locate', () => {
  before(() => open('locate.html'));

  it('takes the ordinal-th of equally good matches in document order', async () => {
    const second = await loc({ text: 'Add to cart', role: 'button', ordinal: 2, purpose: 'click' });
    assert.equal(second.ok, true, JSON.stringify(second));
    assert.equal(second.text, 'Add to cart');
    const card = await page.evaluate((sel) => document.querySelector(sel).parentElement.querySelector('h3').textContent, second.selector);
    assert.equal(card, 'Blue Mug');
    assert.equal(second.count, 3, 'three exact matches; "Add to Cart (2)" is a weaker one');
    const last = await loc({ text: 'Add to cart', role: 'button', ordinal: -1, purpose: 'click' });
    assert.equal(await page.evaluate((s) => document.querySelector(s).parentElement.querySelector('h3').textContent, last.selector), 'Green Mug');
    const fifth = await loc({ text: 'Add to cart', role: 'button', ordinal: 5, purpose: 'click' });
    assert.equal(fifth.ok, false);
    assert.match(fifth.error, /only 3 elements matching "Add to cart"/);
  });

  it('scores a word-subset match lower than an exact one', async () => {
    const r = await loc({ text: 'Add to cart (2)', purpose: 'click' });
    assert.equal(r.text, 'Add to Cart (2)');
    const scores = await page.evaluate(() => [
      window.__bai._textScore('Add to cart', 'Add to cart'),
      window.__bai._textScore('Add to cart', 'Add to Cart (2)'),
    ]);
    assert.equal(scores[0], 1);
    assert.ok(scores[1] < 0.9 && scores[1] >= 0.6, `subset score ${scores[1]}`);
  });

  it('finds fields by label for=, by a wrapping label and by placeholder alone', async () => {
    const u = await loc({ text: 'username', role: 'field', purpose: 'type' });
    assert.equal(u.ok, true);
    assert.equal(u.tag, 'input');
    assert.equal(await page.evaluate((s) => document.querySelector(s).id, u.selector), 'uname');
    assert.equal(u.editable, true);
    assert.equal(u.value, '');

    const e = await loc({ text: 'Email address', purpose: 'type' });
    assert.equal(await page.evaluate((s) => document.querySelector(s).name, e.selector), 'mail');

    const ph = await loc({ text: 'phone number', role: 'field', purpose: 'type' });
    assert.equal(await page.evaluate((s) => document.querySelector(s).name, ph.selector), 'phone_number');

    const bio = await loc({ text: 'about yourself', purpose: 'type' });
    assert.equal(bio.tag, 'textarea');

    const pw = await loc({ text: 'password', purpose: 'type' });
    assert.equal(await page.evaluate((s) => document.querySelector(s).id, pw.selector), 'pw');
  });

  it('finds icon buttons by aria-label and title', async () => {
    const m = await loc({ text: 'menu', role: 'button', purpose: 'click' });
    assert.equal(m.ok, true);
    assert.equal(m.tag, 'button');
    assert.equal(m.name, 'Open menu');
    const cart = await loc({ text: 'shopping cart', purpose: 'click' });
    assert.equal(cart.tag, 'a');
    assert.match(cart.href, /\/cart$/);
  });

  it('forgives typos and plurals', async () => {
    const r = await loc({ text: 'Subcribe', role: 'button', purpose: 'click' });
    assert.equal(r.ok, true);
    assert.equal(r.text, 'Subscribe');
    assert.ok(r.score < 1 && r.score > 0.7, `typo score ${r.score}`);
    const h = await loc({ text: 'result', role: 'heading', purpose: 'read' });
    assert.equal(h.ok, true);
    assert.equal(h.tag, 'h2');
    assert.equal(h.text, 'Results');
  });

  it('never picks a hidden decoy, and prefers enabled to disabled', async () => {
    const r = await loc({ text: 'Subscribe', purpose: 'click' });
    assert.equal(await page.evaluate((s) => document.querySelector(s).id, r.selector), 'sub');
    const s = await loc({ text: 'Save', role: 'button', purpose: 'click' });
    assert.equal(await page.evaluate((x) => document.querySelector(x).id, s.selector), 'save2');
    assert.equal(s.disabled, false);
    /* a disabled one is still found, and says so */
    const d = await loc({ text: 'Save', role: 'button', ordinal: 1, purpose: 'click' });
    assert.equal(d.disabled, true);
  });

  it('scrolls an element below the fold into view and gives a center inside the viewport', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const r = await loc({ text: 'Load more', purpose: 'click' });
    assert.equal(r.ok, true);
    assert.equal(r.inViewport, true);
    assert.ok(await page.evaluate(() => window.scrollY) > 1500, 'the page scrolled');
    assert.ok(r.center.y > 0 && r.center.y < 720 && r.center.x > 0 && r.center.x < 1280, JSON.stringify(r.center));
    assert.equal(await hitAt(r.center.x, r.center.y), 'more');
    /* element(ref) re-measures after the page moved */
    await page.evaluate(() => window.scrollTo(0, 0));
    const again = await bai('element', r.ref);
    assert.equal(again.ok, true);
    assert.equal(again.inViewport, true);
    assert.equal(await hitAt(again.center.x, again.center.y), 'more');
  });

  it('looks into open shadow roots', async () => {
    const r = await loc({ text: 'Shadow action', role: 'button', purpose: 'click' });
    assert.equal(r.ok, true);
    assert.equal(r.tag, 'button');
    assert.match(r.selector, /#widget-host >>> /);
    assert.equal(await hitAt(r.center.x, r.center.y), 'shadow-btn');
  });

  it('checks: a hidden custom checkbox resolves to its label; a bare one by its following text', async () => {
    const t = await loc({ text: 'accept the terms', role: 'checkbox', purpose: 'check' });
    assert.equal(t.ok, true, JSON.stringify(t));
    assert.equal(t.tag, 'label', 'the input is invisible (opacity 0): its label is the thing to click');
    assert.equal(t.checked, false);
    const n = await loc({ text: 'Send me news', purpose: 'check' });
    assert.equal(n.tag, 'input');
    assert.equal(await page.evaluate((s) => document.querySelector(s).id, n.selector), 'news');
  });

  it('ranks elements of a role without text: the first, the last, too many', async () => {
    const first = await loc({ role: 'link', ordinal: 1, purpose: 'click' });
    assert.equal(first.tag, 'a');
    assert.match(first.href, /\/cart$/);
    const last = await loc({ role: 'link', ordinal: -1, purpose: 'click' });
    assert.equal(last.text, 'Log in');
    const none = await loc({ role: 'link', ordinal: 9, purpose: 'click' });
    assert.equal(none.ok, false);
    assert.match(none.error, /only 2 links/);
    const field = await loc({ role: 'field', ordinal: 2, purpose: 'type' });
    assert.equal(field.name, 'Email address');
    /* two checkboxes (labels are not counted again); the hidden one answers with its label */
    const boxes = await loc({ role: 'checkbox', ordinal: 1, purpose: 'check' });
    assert.equal(boxes.count, 2);
    assert.equal(boxes.tag, 'label');
    const third = await loc({ role: 'checkbox', ordinal: 3, purpose: 'check' });
    assert.match(third.error, /only 2 checkboxes/);
  });

  it('element() of an element that became hidden says so, with no center', async () => {
    const r = await loc({ text: 'Blue Mug', purpose: 'read' });
    assert.equal(r.visible, true);
    await page.evaluate((s) => { document.querySelector(s).style.display = 'none'; }, r.selector);
    const h = await bai('element', r.ref);
    assert.equal(h.ok, true);
    assert.equal(h.visible, false);
    assert.equal(h.center, null);
    assert.equal(h.inViewport, false);
    await page.evaluate((s) => { document.querySelector(s).style.display = ''; }, r.selector);
    await page.evaluate((s) => document.querySelector(s).remove(), r.selector);
    assert.deepEqual(await bai('element', r.ref), { ok: false, error: 'the element is gone' });
  });

  it('fails clearly with the closest candidates', async () => {
    const r = await loc({ text: 'Checkout now', role: 'button', purpose: 'click' });
    assert.equal(r.ok, false);
    assert.equal(r.error, 'no element matches "Checkout now" (button) well enough');
    assert.ok(Array.isArray(r.candidates) && r.candidates.length > 0 && r.candidates.length <= 5);
    for (const c of r.candidates) {
      assert.deepEqual(Object.keys(c).sort(), ['role', 'score', 'selector', 'tag', 'text']);
      assert.ok(c.score < 0.55);
    }
    const h = await loc({ text: 'Frobnicate', purpose: 'click' });
    assert.equal(h.ok, false);
    const sel = await loc({ text: 'Country', purpose: 'select' });
    assert.equal(sel.ok, false);
    assert.equal(sel.error, 'no dropdown on the page');
  });

  it('reports a hidden-only match in the error', async () => {
    await open('<button style="display:none">Secret</button><button>Other</button>');
    const r = await loc({ text: 'Secret', purpose: 'click' });
    assert.equal(r.ok, false);
    assert.match(r.error, /^no element matches "Secret" well enough \(a matching element exists but is hidden\)$/);
  });

  it('says when the page has nothing to type into', async () => {
    await open('<p>Just text</p><button>Go</button>');
    const r = await loc({ text: 'name', purpose: 'type' });
    assert.deepEqual(r, { ok: false, error: 'no text field on the page' });
  });

  it('types into the focused field when no field is named', async () => {
    await open('<input id=a placeholder=A><input id=b placeholder=B>');
    await page.focus('#b');
    const r = await loc({ purpose: 'type' });
    assert.equal(r.name, 'B');
  });

  it('reports a covered element with a point that still hits it, or covered:true', async () => {
    await open(`<style>body{margin:0}</style>
      <button id=big style="position:absolute;left:100px;top:100px;width:300px;height:100px">Big target</button>
      <div style="position:absolute;left:100px;top:100px;width:200px;height:100px;background:red"></div>
      <button id=hidden-under style="position:absolute;left:100px;top:300px;width:100px;height:40px">Buried</button>
      <div id=lid style="position:absolute;left:90px;top:290px;width:130px;height:60px;background:blue">lid</div>`);
    const r = await loc({ text: 'Big target', purpose: 'click' });
    assert.equal(r.covered, undefined);
    assert.ok(r.center.x > 300, `center moved right of the cover: ${JSON.stringify(r.center)}`);
    assert.equal(await hitAt(r.center.x, r.center.y), 'big');
    const b = await loc({ text: 'Buried', purpose: 'click' });
    assert.equal(b.ok, true);
    assert.equal(b.covered, true);
    assert.match(b.coveredBy, /^div#lid/);
  });
});

describe('same-origin iframes', () => {
  before(() => open('frame-outer.html'));

  it('finds fields in the frame and offsets box and center by the iframe position', async () => {
    const r = await loc({ text: 'Password', purpose: 'type' });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.match(r.selector, /^#f >>> #p$/);
    const inner = await page.frame({ url: /frame-inner/ }).evaluate(() => {
      const b = document.getElementById('p').getBoundingClientRect();
      return { x: b.left, y: b.top };
    });
    const fr = await page.evaluate(() => {
      const f = document.getElementById('f');
      const b = f.getBoundingClientRect();
      return { x: b.left + f.clientLeft, y: b.top + f.clientTop };
    });
    assert.ok(Math.abs(r.box.x - (inner.x + fr.x)) < 0.5, `box.x ${r.box.x} = ${inner.x} + ${fr.x}`);
    assert.ok(Math.abs(r.box.y - (inner.y + fr.y)) < 0.5, `box.y ${r.box.y} = ${inner.y} + ${fr.y}`);
    assert.ok(r.box.x > 150 && r.box.y > 120);
    assert.equal(await hitAt(r.center.x, r.center.y), 'p');
  });

  it('finds login fields inside the frame and submits its form', async () => {
    const l = await bai('loginFields');
    assert.equal(l.ok, true);
    assert.match(l.user.selector, />>> #e$/);
    assert.match(l.password.selector, />>> #p$/);
    assert.equal(l.submit.text, 'Sign in');
    const s = await bai('submitForm', l.password.ref);
    assert.equal(s.ok, true);
    assert.match(s.action, /\/session$/);
    assert.equal(await page.evaluate(() => window.__submitted), 1);
  });

  it('finds text in the frame', async () => {
    assert.deepEqual(await bai('findText', 'inner frame text', false), { ok: true, found: true, visible: true });
  });

  it('skips cross-origin iframes without failing', async () => {
    const other = serve('<button>Inside other origin</button>').replace('127.0.0.1', 'localhost');
    await open(`<button>Outside</button><iframe src="${other}"></iframe>`);
    const r = await loc({ text: 'Inside other origin', purpose: 'click' });
    assert.equal(r.ok, false);
    const o = await loc({ text: 'Outside', purpose: 'click' });
    assert.equal(o.ok, true);
  });
});

describe('search boxes', () => {
  it('finds input[type=search] and its button', async () => {
    await open(`<header><a href="/">Home</a><input type=text name=newsletter placeholder="Your e-mail">
      <input type=search id=s1 placeholder="Search products"><button id=b1 aria-label="Search"><svg width=10 height=10></svg></button></header>`);
    const r = await bai('searchBox');
    assert.equal(r.ok, true);
    assert.equal(r.selector, '#s1');
    const b = await bai('searchButton', r.ref);
    assert.equal(b.ok, true);
    assert.equal(b.selector, '#b1');
  });

  it('finds name=q in a form whose action is /search, and the form submit', async () => {
    await open(`<form action="/login"><input name=user id=u><input type=password name=pw><button>Log in</button></form>
      <form action="/search" method=get><input name=q id=q2 placeholder="What are you looking for?"><input type=submit value="Go"></form>`);
    const r = await bai('searchBox');
    assert.equal(r.selector, '#q2');
    const b = await bai('searchButton', r.ref);
    assert.equal(b.tag, 'input');
    assert.equal(b.text, 'Go');
  });

  it('finds a textarea[role=combobox] labelled Search (Google style) and an icon next to it', async () => {
    await open(`<div class="bar"><div class="wrap"><textarea id=t3 name=q role=combobox aria-label="Search" rows=1></textarea>
      <span class="icon-magnifier" onclick="void 0" style="display:inline-block;width:20px;height:20px"></span></div></div>
      <input id=other placeholder="Name">`);
    const r = await bai('searchBox');
    assert.equal(r.selector, '#t3');
    assert.equal(r.tag, 'textarea');
    const b = await bai('searchButton', r.ref);
    assert.equal(b.ok, true, JSON.stringify(b));
    assert.equal(b.tag, 'span');
  });

  it('locate with role searchbox and no text uses the same detection', async () => {
    const r = await loc({ role: 'searchbox', purpose: 'type' });
    assert.equal(r.selector, '#t3');
  });

  it('says when there is none', async () => {
    await open('<input name=firstname placeholder="First name"><button>Save</button>');
    assert.deepEqual(await bai('searchBox'), { ok: false, error: 'no search box on the page' });
  });
});

describe('login forms', () => {
  it('finds user, password and submit, ignoring search and newsletter fields', async () => {
    await open(`<header><input type=search name=q placeholder=Search></header>
      <form id=login action="/login" method=post onsubmit="return false">
        <label for=em>Email</label><input id=em type=email autocomplete=username>
        <label for=pw>Password</label><input id=pw type=password autocomplete=current-password>
        <a href="/forgot">Forgot password?</a>
        <button type=button>Sign in with Google</button>
        <button type=submit id=go>Sign in</button>
      </form>
      <footer><input name=newsletter placeholder="Newsletter e-mail"><button>Join</button></footer>`);
    const r = await bai('loginFields');
    assert.equal(r.ok, true);
    assert.equal(r.user.selector, '#em');
    assert.equal(r.password.selector, '#pw');
    assert.equal(r.submit.selector, '#go');
    assert.equal(r.submit.text, 'Sign in');
  });

  it('takes the login form, not the sign-up form, and works without a form element', async () => {
    await open(`<div id=signup><h2>Create account</h2><form><input name=username id=su-user><input type=password id=su-p1><input type=password id=su-p2><button>Sign up</button></form></div>
      <div id=signin><h2>Log in</h2><form><input name=login id=li-user placeholder="User name"><input type=password id=li-pw><button>Log in</button></form></div>`);
    const r = await bai('loginFields');
    assert.equal(r.password.selector, '#li-pw');
    assert.equal(r.user.selector, '#li-user');
    assert.equal(r.submit.text, 'Log in');
    await open(`<div><input id=u placeholder="Username"><input id=p type=password><div role=button id=b tabindex=0>Continue</div></div>`);
    const n = await bai('loginFields');
    assert.equal(n.user.selector, '#u');
    assert.equal(n.submit.selector, '#b');
  });

  it('measures all three in one scroll position, even far down a page', async () => {
    await open(`<div style="height:3000px">intro</div><form><input id=u name=username><input id=p type=password><button id=go>Log in</button></form><div style="height:3000px"></div>`);
    const r = await bai('loginFields');
    for (const [k, id] of [['user', 'u'], ['password', 'p'], ['submit', 'go']]) {
      assert.equal(r[k].inViewport, true, k);
      assert.equal(await hitAt(r[k].center.x, r[k].center.y), id, `${k} center hits it`);
    }
  });

  it('a first step with only the e-mail field still answers', async () => {
    await open('<form><input type=email id=only placeholder="Email"><button>Next</button></form>');
    const r = await bai('loginFields');
    assert.equal(r.ok, true);
    assert.equal(r.user.selector, '#only');
    assert.equal(r.password, null);
    assert.equal(r.submit.text, 'Next');
    await open('<p>nothing</p>');
    assert.deepEqual(await bai('loginFields'), { ok: false, error: 'no login form on the page' });
  });
});

describe('fields: focus, clear, blur, submit', () => {
  it('clears like a user deleting (input events) and focuses and blurs', async () => {
    await open(`<input id=f value="hello world"><textarea id=t>abc</textarea><div id=ce contenteditable>rich</div>
      <script>window.ev=[];for(const id of ['f','t','ce'])document.getElementById(id).addEventListener('input',e=>ev.push(id+':'+e.inputType))</script>`);
    const f = await bai('interactive', 10);
    const [inp, ta, ce] = f;
    assert.equal(inp.value, 'hello world');
    const fo = await bai('focus', inp.i);
    assert.deepEqual(fo, { ok: true, focused: true });
    const c1 = await bai('clear', inp.i);
    assert.deepEqual(c1, { ok: true, value: '' });
    assert.equal(await page.inputValue('#f'), '');
    const c2 = await bai('clear', ta.i);
    assert.equal(c2.ok, true);
    assert.equal(await page.inputValue('#t'), '');
    const c3 = await bai('clear', ce.i);
    assert.equal(c3.ok, true);
    assert.equal(await page.evaluate(() => document.getElementById('ce').textContent), '');
    assert.deepEqual(await page.evaluate(() => window.ev), ['f:deleteContentBackward', 't:deleteContentBackward', 'ce:deleteContentBackward']);
    assert.deepEqual(await bai('blur'), { ok: true });
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    const notField = await open('<button>b</button>').then(() => bai('interactive')).then((l) => bai('clear', l[0].i));
    assert.equal(notField.ok, false);
  });

  it('submits the form of a field, of the focused field, or the only form; reports invalid forms', async () => {
    await open(`<form id=a action="/go" onsubmit="event.preventDefault();window.sub=(window.sub||[]).concat('a')"><input id=x name=x required><button>Send</button></form>`);
    const [x] = await bai('interactive');
    const bad = await bai('submitForm', x.i);
    assert.equal(bad.ok, false);
    assert.match(bad.error, /^the form is not valid: /);
    await page.fill('#x', 'filled');
    const ok1 = await bai('submitForm', x.i);
    assert.deepEqual(ok1, { ok: true, action: `${base}/go`, method: 'get' });
    await page.focus('#x');
    assert.equal((await bai('submitForm', null)).ok, true);
    await bai('blur');
    assert.equal((await bai('submitForm', null)).ok, true, 'the only form');
    assert.deepEqual(await page.evaluate(() => window.sub), ['a', 'a', 'a']);
    await open('<form><input></form><form><input></form>');
    const two = await bai('submitForm', null);
    assert.equal(two.ok, false);
    assert.match(two.error, /2 forms/);
  });
});

describe('selectOption', () => {
  const html = `<label for=country>Country</label><select id=country><option value="">Choose…</option><option value="us">United States</option><option value="de">Germany</option><option value="fr">France</option></select>
    <label>Size <select id=size><option>Small</option><option>Medium</option><option>Large</option></select></label>
    <div id=custom role=combobox aria-haspopup=listbox aria-expanded=false tabindex=0>Pick a colour</div>
    <script>window.events=[];document.addEventListener('change',e=>events.push('change:'+e.target.id));document.addEventListener('input',e=>events.push('input:'+e.target.id))</script>`;

  it('selects by text, by value and with typos, firing input and change', async () => {
    await open(html);
    const c = await loc({ text: 'country', role: 'dropdown', purpose: 'select' });
    assert.equal(c.tag, 'select');
    const r = await bai('selectOption', c.ref, 'germany');
    assert.deepEqual(r, { ok: true, selected: 'Germany', value: 'de', ref: c.ref });
    assert.equal(await page.inputValue('#country'), 'de');
    assert.deepEqual(await page.evaluate(() => window.events), ['input:country', 'change:country']);
    const v = await bai('selectOption', c.ref, 'fr');
    assert.equal(v.selected, 'France');
    const t = await bai('selectOption', c.ref, 'Untied States');
    assert.equal(t.value, 'us');
  });

  it('finds the select that has the option when no ref is given', async () => {
    const r = await bai('selectOption', null, 'Large');
    assert.equal(r.ok, true);
    assert.equal(r.selected, 'Large');
    assert.equal(await page.inputValue('#size'), 'Large');
  });

  it('lists the options when none matches', async () => {
    const s = await loc({ text: 'size', purpose: 'select' });
    const r = await bai('selectOption', s.ref, 'XXL');
    assert.deepEqual(r, { ok: false, error: 'no option "XXL" in <select>; options: "Small", "Medium", "Large"' });
  });

  it('answers needClick for a custom dropdown', async () => {
    const d = await loc({ text: 'colour', purpose: 'select' });
    assert.equal(d.ok, true);
    assert.equal(d.role, 'dropdown');
    const r = await bai('selectOption', d.ref, 'Red');
    assert.equal(r.ok, false);
    assert.equal(r.needClick, true);
    await open('<div role=combobox aria-label="Colour">Pick</div>');
    const n = await bai('selectOption', null, 'Red');
    assert.equal(n.needClick, true);
    assert.equal(typeof n.ref, 'number');
  });
});

describe('extract', () => {
  it('lists a product grid with names and prices, skipping the nav menu', async () => {
    await open('products.html');
    const r = await bai('extract', { kind: 'list', target: null, fields: ['name', 'price'] });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.value, [
      { name: 'Widget', price: '$19.99' },
      { name: 'Gadget Pro', price: '$49.50' },
      { name: 'Gizmo', price: '19,99 €' },
      { name: 'Doohickey', price: 'EUR 5' },
    ]);
  });

  it('extracts links, images and ratings of list items', async () => {
    const r = await bai('extract', { kind: 'list', target: { text: 'products' }, fields: ['title', 'link', 'image', 'rating'] });
    assert.equal(r.value.length, 4);
    assert.deepEqual(r.value[1], {
      title: 'Gadget Pro', link: `${base}/p/gadget`, image: `${base}/img/gadget.png`, rating: '3.9 out of 5 stars',
    });
  });

  it('clicks "the first product": the primary link of the first card', async () => {
    const r = await loc({ text: 'product', ordinal: 1, purpose: 'click' });
    assert.equal(r.tag, 'a');
    assert.equal(r.text, 'Widget');
    assert.equal(r.count, 4);
  });

  it('finds the price of X near X', async () => {
    const g = await bai('extract', { kind: 'price', target: { text: 'Gadget Pro' }, fields: [] });
    assert.equal(g.ok, true);
    assert.equal(g.value, '$49.50', 'the current price, not the struck-out one');
    const w = await bai('extract', { kind: 'price', target: { text: 'gizmo' }, fields: [] });
    assert.equal(w.value, '19,99 €');
    const d = await bai('extract', { kind: 'price', target: { text: 'Doohickey' }, fields: [] });
    assert.equal(d.value, 'EUR 5');
    const none = await bai('extract', { kind: 'price', target: { text: 'Spaceship' }, fields: [] });
    assert.equal(none.ok, false);
    assert.match(none.error, /^no price near "Spaceship"/);
  });

  it('lists search results and clicks the second result', async () => {
    await open('results.html');
    const r = await bai('extract', { kind: 'list', target: { text: 'results' }, fields: ['title', 'url', 'snippet'] });
    assert.equal(r.ok, true);
    assert.equal(r.value.length, 4);
    assert.deepEqual(r.value[0], {
      title: 'The best kettles of 2024', url: 'https://example.com/best-kettles',
      snippet: 'We tested 40 kettles to find the fastest and quietest.',
    });
    assert.deepEqual(r.value.map((x) => x.title), ['The best kettles of 2024', 'Kettle buying guide', 'Kettles on sale', 'How to descale a kettle']);
    const second = await loc({ text: null, role: 'item', ordinal: 2, purpose: 'click' });
    assert.equal(second.tag, 'a');
    assert.equal(second.href, 'https://kettle.example.org/guide');
    const third = await loc({ text: 'result', ordinal: 3, purpose: 'click' });
    assert.equal(third.text, 'Kettles on sale');
    const last = await loc({ text: 'results', ordinal: -1, purpose: 'click' });
    assert.equal(last.text, 'How to descale a kettle');
  });

  it('lists the story rows of a table that alternates story, details and spacer rows', async () => {
    const rows = [1, 2, 3, 4].map((i) => `<tr class=athing><td class=title><span class=rank>${i}.</span></td>
      <td class=title><span class=titleline><a href="https://s${i}.example/">Story ${i} title</a> <span>(s${i}.example)</span></span></td></tr>
      <tr><td></td><td class=subtext><span class=score>${i} points</span> by <a class=hnuser href=/u${i}>user${i}</a></td></tr><tr class=spacer style="height:5px"></tr>`).join('');
    await open(`<table><tr><td><a href=/>Home</a> | <a href=/new>new</a></td></tr></table><table class=itemlist>${rows}</table>`);
    const r = await bai('extract', { kind: 'list', target: null, fields: ['title', 'link'] });
    assert.deepEqual(r.value, [1, 2, 3, 4].map((i) => ({ title: `Story ${i} title`, link: `https://s${i}.example/` })));
    const second = await loc({ text: null, role: 'item', ordinal: 2, purpose: 'click' });
    assert.equal(second.text, 'Story 2 title');
  });

  it('extracts a table with headers, by name or the largest', async () => {
    await open('tables.html');
    const big = await bai('extract', { kind: 'table', target: null, fields: [] });
    assert.equal(big.ok, true);
    assert.deepEqual(big.value, [
      { Region: 'North', Q1: '100', Q2: '120', Q3: '130' },
      { Region: 'South', Q1: '90', Q2: '95', Q3: '99' },
      { Region: 'East', Q1: '70', Q2: '80', Q3: '85' },
      { Region: 'West', Q1: '60', Q2: '65', Q3: '75' },
    ]);
    const staff = await bai('extract', { kind: 'table', target: { text: 'staff' }, fields: [] });
    assert.deepEqual(staff.value, [{ Name: 'Ann', Role: 'CEO' }]);
    const grid = await bai('extract', { kind: 'table', target: { text: 'shipping rates' }, fields: [] });
    assert.deepEqual(grid.value, [{ Zone: 'A', Rate: '$5' }, { Zone: 'B', Rate: '$9' }]);
    const no = await bai('extract', { kind: 'table', target: { text: 'planets' }, fields: [] });
    assert.equal(no.ok, false);
    assert.match(no.error, /^no table named "planets"/);
  });

  it('extracts visible links, absolute and deduped', async () => {
    const r = await bai('extract', { kind: 'links', target: null, fields: [] });
    assert.deepEqual(r.value, [
      { text: 'First link', href: `${base}/a` },
      { text: 'Second link', href: 'https://other.example/b' },
      { text: 'Same href other text', href: `${base}/a` },
    ]);
  });

  it('extracts the text of an element or of the page', async () => {
    await open('<h1>Title here</h1><p id=p>Some   <b>bold</b>\n text.</p><p style="display:none">hidden words</p><div id=h></div><script>document.getElementById("h").attachShadow({mode:"open"}).innerHTML="<i>shadow words</i>"</script>');
    const page1 = await bai('extract', { kind: 'text', target: null, fields: [] });
    assert.equal(page1.value, 'Title here\nSome bold text.\nshadow words');
    const h = await bai('extract', { kind: 'text', target: { text: null, role: 'heading', ordinal: 1 }, fields: [] });
    assert.equal(h.value, 'Title here');
    const p = await bai('extract', { kind: 'text', target: { text: 'Some bold text' }, fields: [] });
    assert.equal(p.value, 'Some bold text.');
  });
});

describe('findText, quiet, scroll', () => {
  it('finds visible text fuzzily, tells hidden text apart, looks into shadow roots', async () => {
    await open('<p>Your order has been placed successfully.</p><p style="display:none">Secret discount</p><div id=h></div><script>document.getElementById("h").attachShadow({mode:"open"}).innerHTML="<span>Shadow greeting</span>"</script>');
    assert.deepEqual(await bai('findText', 'order has been placed', false), { ok: true, found: true, visible: true });
    assert.deepEqual(await bai('findText', 'ORDER HAS BEEN PLACED!', false), { ok: true, found: true, visible: true });
    assert.deepEqual(await bai('findText', 'oder has been placed', false), { ok: true, found: true, visible: true }, 'typo');
    assert.deepEqual(await bai('findText', 'orders has been placed', false), { ok: true, found: true, visible: true }, 'plural');
    assert.deepEqual(await bai('findText', 'oder has been placed', true), { ok: true, found: false, visible: false }, 'exact: no typos');
    assert.deepEqual(await bai('findText', 'Secret discount', false), { ok: true, found: true, visible: false });
    assert.deepEqual(await bai('findText', 'shadow greeting', false), { ok: true, found: true, visible: true });
    assert.deepEqual(await bai('findText', 'payment failed', false), { ok: true, found: false, visible: false });
  });

  it('quiet resolves once mutations stop, or at maxMs', async () => {
    await open('<div id=d></div><script>let n=0;const t=setInterval(()=>{document.getElementById("d").textContent=++n;if(n>=8)clearInterval(t)},50)</script>');
    const r = await bai('quiet', 200, 5000);
    assert.equal(r.ok, true);
    assert.equal(r.quiet, true);
    assert.equal(await page.evaluate(() => document.getElementById('d').textContent), '8', 'resolved after the last mutation');
    assert.ok(r.waited >= 200 && r.waited < 2000, `waited ${r.waited}`);
    await open('<div id=d></div><script>setInterval(()=>{document.getElementById("d").textContent=Math.random()},30)</script>');
    const busy = await bai('quiet', 200, 600);
    assert.equal(busy.quiet, false);
    assert.ok(busy.waited >= 600 && busy.waited < 1000, `waited ${busy.waited}`);
  });

  it('scrolls the document down, up, to the bottom and the top', async () => {
    await open('<style>body{margin:0}</style><div style="height:5000px">tall</div>');
    const d = await bai('scroll', { kind: 'down', amount: 0 });
    assert.deepEqual(d, { ok: true, y: 612, atEnd: false, moved: true, container: null });
    const d2 = await bai('scroll', { kind: 'down', amount: 100 });
    assert.equal(d2.y, 712);
    const u = await bai('scroll', { kind: 'up', amount: 200 });
    assert.equal(u.y, 512);
    const b = await bai('scroll', { kind: 'bottom', amount: 0 });
    assert.equal(b.y, 5000 - 720);
    assert.equal(b.atEnd, true);
    const t = await bai('scroll', { kind: 'top', amount: 0 });
    assert.equal(t.y, 0);
    assert.equal(t.atEnd, true);
  });

  it('scrolls the main container when the document does not scroll', async () => {
    await open('<style>html,body{margin:0;height:100%;overflow:hidden}#side{position:fixed;left:0;top:0;width:100px;height:100%;overflow:auto}#app{margin-left:100px;height:100%;overflow-y:auto}</style><div id=side><div style="height:3000px"></div></div><div id=app><div style="height:4000px">app</div></div>');
    const r = await bai('scroll', { kind: 'down', amount: 300 });
    assert.equal(r.y, 300);
    assert.equal(r.container, '#app');
    assert.equal(await page.evaluate(() => document.getElementById('app').scrollTop), 300);
    const e = await bai('scroll', { kind: 'bottom', amount: 0 });
    assert.equal(e.atEnd, true);
    assert.equal(e.y, 4000 - 720);
  });
});

describe('interactive', () => {
  it('lists visible interactive elements in order with refs the other calls accept', async () => {
    await open(`<a href="/x">Home</a><button style="display:none">Ghost</button><input name=q placeholder="Search"><select name=s><option>One</option><option selected>Two</option></select>
      <label><input type=checkbox checked> Keep</label><div role=button tabindex=0>Custom</div><button disabled>Off</button><p>text</p>`);
    const l = await bai('interactive', 150);
    assert.deepEqual(l.map((x) => [x.tag, x.role, x.text || x.name || x.placeholder]), [
      ['a', 'link', 'Home'], ['input', 'field', 'Search'], ['select', 'dropdown', 's'], ['input', 'checkbox', 'Keep'],
      ['div', 'button', 'Custom'], ['button', 'button', 'Off'],
    ]);
    assert.equal(l[0].href, `${base}/x`);
    assert.equal(l[2].value, 'Two');
    assert.equal(l[3].checked, true);
    assert.equal(l[5].disabled, true);
    const e = await bai('element', l[4].i);
    assert.equal(e.text, 'Custom');
    assert.equal((await bai('interactive', 2)).length, 2);
  });
});

describe('dismissOverlays', () => {
  it('accepts a cookie banner, not its settings button', async () => {
    await open(`<p>content</p><div id=cb style="position:fixed;bottom:0;left:0;right:0;height:120px;background:#eee;z-index:999">
      We use cookies to improve your experience. <button onclick="window.clicked='settings'">Manage settings</button>
      <button onclick="window.clicked='accept';document.getElementById('cb').remove()">Accept all</button></div>`);
    const r = await bai('dismissOverlays');
    assert.equal(r.ok, true);
    assert.equal(r.dismissed, true);
    assert.equal(r.text, 'Accept all');
    assert.equal(await page.evaluate(() => window.clicked), 'accept');
    assert.deepEqual(await bai('dismissOverlays'), { ok: true, dismissed: false });
  });

  it('closes a newsletter modal by its × button and leaves sticky headers alone', async () => {
    await open(`<header style="position:sticky;top:0;height:60px;z-index:10;background:#fff"><button onclick="window.clicked='hdr'">Menu</button></header>
      <div style="height:3000px">page</div>
      <div class="modal-backdrop" style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:1000">
        <div class="modal" style="margin:100px auto;width:500px;height:300px;background:#fff">
          <h2>Join our newsletter</h2><input placeholder="email"><button onclick="window.clicked='join'">Subscribe</button>
          <button aria-label="Close" onclick="window.clicked='close';this.closest('.modal-backdrop').remove()">×</button></div></div>`);
    const r = await bai('dismissOverlays');
    assert.equal(r.dismissed, true);
    assert.equal(r.text, '×');
    assert.equal(await page.evaluate(() => window.clicked), 'close');
    assert.deepEqual(await bai('dismissOverlays'), { ok: true, dismissed: false });
  });

  const loginModal = `<main><h1>Shop</h1><p>Products and more products.</p><button id=behind onclick="window.clicked='behind'">Behind</button></main>
    <div class="modal-backdrop" style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:50">
      <div role=dialog aria-modal=true style="margin:80px auto;width:400px;height:300px;background:#fff">
        <h2>Sign in</h2><input id=user placeholder=Username><input type=password>
        <button onclick="window.clicked='signin'">Sign in</button>
        <button aria-label=Close onclick="window.clicked='close';this.closest('.modal-backdrop').remove()">×</button></div></div>`;

  it('leaves a modal the task opened (a login form) in place', async () => {
    await open(loginModal);
    assert.deepEqual(await bai('dismissOverlays'), { ok: true, dismissed: false, kept: 1 });
    const kept = await bai('dismissOverlays', { text: 'username', purpose: 'type' });
    assert.equal(kept.dismissed, false, 'the target is inside it');
    assert.equal(await page.evaluate(() => window.clicked), undefined);
  });

  it('given a target behind a modal, closes the modal', async () => {
    await open(loginModal);
    const r = await bai('dismissOverlays', { text: 'Behind', purpose: 'click' });
    assert.equal(r.dismissed, true);
    assert.equal(await page.evaluate(() => window.clicked), 'close');
  });

  it('leaves a full-screen app shell alone', async () => {
    await open(`<style>html,body{margin:0;height:100%}</style><div id=shell style="position:fixed;inset:0;z-index:1;background:#fff">
      <h1>Editor</h1><button onclick="window.clicked='cancel'">Cancel</button><button onclick="window.clicked='close'">Close</button></div>`);
    assert.deepEqual(await bai('dismissOverlays', { text: 'Editor', purpose: 'read' }), { ok: true, dismissed: false });
    assert.equal(await page.evaluate(() => window.clicked), undefined);
  });
});

// crawler_automation end to end, forms: typing into fields found by label,
// placeholder or role word, dropdowns, radio buttons and checkboxes, keys,
// submitting, the login intent, the header search box with its suggestions,
// a form in a same-origin iframe and a field in a shadow root. Each test is
// one task against the Gadget Shop fixture site (lib/site.mjs), checked by
// what the site received (form posts and fetches are recorded) and where the
// browser ended up.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { test, testFull, watch, teardown, assertCleanShutdown } from './lib/harness.mjs';
import { startServer, makeDataDir, randomToken, chromiumBaseline } from './lib/server.mjs';
import { Api } from './lib/api.mjs';
import { startSite, crawl, lastExtract, stepsWith, searchCatalog } from './lib/site.mjs';

let site, dataDir, server, api, baseline;
const S = (p) => site.url(p);

before(async () => {
  baseline = chromiumBaseline();
  site = await startSite();
  dataDir = await makeDataDir('crawl-forms');
  const token = randomToken();
  server = watch(await startServer({ dataDir, apiKey: token, label: 'crawler-forms' }));
  api = new Api(server.url, token);
});

after(() => teardown({ servers: [server], fixtures: [site], dirs: [dataDir] }));

/** The one submission to path the run made (asserted), with where(sub) true. */
async function submitted(run, path, where = () => true) {
  try {
    await site.waitForSubmission(path, { since: run.since, timeout: 3000, where });
  } catch (e) {
    assert.fail(`${e.message}\n${run.why}`);
  }
  const subs = site.submissions(path, { since: run.since });
  assert.equal(subs.length, 1, `exactly one submission to ${path}: ${JSON.stringify(subs.map((s) => s.fields))}\n${run.why}`);
  return subs[0];
}

const queryOf = (u) => new URL(u).searchParams.get('q');

describe('signing in', () => {
  test('type into fields by label, click the button: the site gets the form, the results describe each action', async () => {
    const instr = `Open ${S('/login')}, type alice@example.com into the Email field, enter secret in the password field and click Sign in`;
    const run = await crawl(api, instr);
    const sub = await submitted(run, '/submit/login');
    assert.equal(sub.method, 'POST');
    assert.equal(sub.fields.email, 'alice@example.com', run.why);
    assert.equal(sub.fields.password, 'secret', run.why);
    assert.equal(run.state.url, S('/account'), run.why);
    assert.equal(run.state.title, 'Your Account - Gadget Shop', run.why);
    // The step results describe what was done.
    const typed = stepsWith(run, 'type');
    assert.equal(typed.length, 2, run.why);
    assert.match(typed[0].text, /^typed\b/i, run.why);
    assert.ok(typed[0].text.includes('"alice@example.com"'), `type result names the text: ${typed[0].text}`);
    const click = stepsWith(run, 'click')[0];
    assert.ok(click, run.why);
    assert.match(click.text, /^clicked\b/i, run.why);
    assert.ok(click.text.includes('"Sign in"'), `click result names the button: ${click.text}`);
    assert.equal(click.state.interacted_element?.tag?.toLowerCase(), 'button', `interacted_element: ${JSON.stringify(click.state.interacted_element)}`);
  });

  test('one step per line: check, fill ... with, press Enter', async () => {
    const run = await crawl(api, `Go to ${S('/login')}\ncheck Remember me\nFill Email with "bob@example.com"\nfill in the password with "hunter2"\npress Enter`);
    const sub = await submitted(run, '/submit/login');
    assert.deepEqual({ ...sub.fields }, { email: 'bob@example.com', password: 'hunter2', remember: 'on' }, run.why);
    assert.equal(run.state.url, S('/account'), run.why);
  });

  test('"log in as <email> with password <pw>" then read the greeting', async () => {
    const run = await crawl(api, `Open ${S('/login')} and log in as alice@example.com with password secret, then get the text of the heading`);
    const sub = await submitted(run, '/submit/login');
    assert.equal(sub.fields.email, 'alice@example.com', run.why);
    assert.equal(sub.fields.password, 'secret', run.why);
    assert.equal(lastExtract(run).text, 'Welcome, alice', run.why);
  });

  // full tier: '"log in as <email> with password <pw>" then read the greeting' covers the verb, '"submit the form"' this username form
  testFull('log in as "carol" with password "pa55word" on a username form', async () => {
    const run = await crawl(api, `Open ${S('/members/login')} and log in as "carol" with password "pa55word"`);
    const sub = await submitted(run, '/submit/members');
    assert.equal(sub.fields.username, 'carol', run.why);
    assert.equal(sub.fields.password, 'pa55word', run.why);
    assert.equal(run.state.url, S('/members'), run.why);
    assert.equal(run.results.result, 'Members - Gadget Shop', `task result is the title\n${run.why}`);
  });

  test('click a field, type, Tab to the next, type, Enter', async () => {
    const run = await crawl(api, `open ${S('/login')}, click the Email field, type carol@example.com, press Tab, type opensesame and press Enter`);
    const sub = await submitted(run, '/submit/login');
    assert.equal(sub.fields.email, 'carol@example.com', run.why);
    assert.equal(sub.fields.password, 'opensesame', run.why);
  });

  test('"submit the form"', async () => {
    const run = await crawl(api, `Open ${S('/members/login')}, fill Username with dave, fill Password with letmein and submit the form`);
    const sub = await submitted(run, '/submit/members');
    assert.equal(sub.fields.username, 'dave', run.why);
    assert.equal(sub.fields.password, 'letmein', run.why);
    assert.equal(run.state.url, S('/members'), run.why);
  });
});

describe('registration', () => {
  test('labels, a placeholder-only field, a dropdown, a radio, check and uncheck, Submit', async () => {
    const run = await crawl(api, `Open ${S('/register')}, type Ada into First name, type Lovelace into the Last name field, ` +
      'put ada@example.com in the email box, select Germany from the Country dropdown, choose the "Pro" plan, ' +
      'check "I agree to the terms", uncheck Subscribe to newsletter and click Submit');
    const sub = await submitted(run, '/submit/register');
    assert.deepEqual({ ...sub.fields }, {
      first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', company: '', country: 'DE', plan: 'pro', terms: 'on',
    }, `no newsletter field: it was unchecked; Company name left empty\n${run.why}`);
    assert.equal(run.state.title, 'Welcome Aboard - Gadget Shop', run.why);
  });

  // further phrasings of the form above: the full tier
  testFull('the same form, one instruction per entry, other phrasings', async () => {
    const run = await crawl(api, [
      `go to ${S('/register')}`,
      'fill in First name with Grace',
      'fill in Last name with Hopper',
      'enter grace@example.com in the Email address field',
      'pick Japan in the Country dropdown',
      'pick Team',
      'check "I agree to the terms"',
      'hit Submit',
    ]);
    const sub = await submitted(run, '/submit/register');
    assert.deepEqual({ ...sub.fields }, {
      first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', company: '', country: 'JP', plan: 'team', terms: 'on', newsletter: 'on',
    }, `newsletter stays pre-checked; Company name left empty\n${run.why}`);
  });

  test('"First name" and "Last name" are labels, not ordinals (a "Company name" field follows them)', async () => {
    const run = await crawl(api, `Open ${S('/register')}, fill in Last name with Lovelace, fill in First name with Ada, ` +
      'check "I agree to the terms" and click Submit');
    const sub = await submitted(run, '/submit/register');
    assert.deepEqual({ ...sub.fields }, {
      first_name: 'Ada', last_name: 'Lovelace', email: '', company: '', country: '', plan: 'free', terms: 'on', newsletter: 'on',
    }, run.why);
  });

  test('a required checkbox left unticked: the browser does not send the form', async () => {
    const run = await crawl(api, `Open ${S('/register')}, enter Alan in First name, enter Turing in the Last name box, ` +
      'put alan@example.com into the Email address box and click Submit');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(site.submissions('/submit/register', { since: run.since }).map((s) => s.fields), [],
      `the click must not bypass the form's validation\n${run.why}`);
    assert.equal(run.state.url, S('/register'), run.why);
  });
});

describe('product page and cart', () => {
  test('set Quantity to 3, select Blue, click "Add to cart": the cart count follows', async () => {
    const run = await crawl(api, `Open ${S('/product/mechanical-keyboard')}, set Quantity to 3, ` +
      'select "Blue" from the Color dropdown, click "Add to cart" and get the text of the Cart link');
    const sub = await submitted(run, '/api/cart');
    assert.equal(sub.fields.slug, 'mechanical-keyboard', run.why);
    assert.equal(sub.fields.qty, 3, `quantity 3, not appended to the 1 already there\n${run.why}`);
    assert.equal(sub.fields.color, 'Blue', run.why);
    assert.equal(lastExtract(run).text.trim(), 'Cart (3)', run.why);
  });

  // full tier: 'set Quantity to 3, select Blue, click "Add to cart"' covers this dropdown and button, grounding_forms2 "tickets: an option named alone ..." an option said alone
  testFull('"choose Silver and press Add to cart" (a dropdown named by its option)', async () => {
    const run = await crawl(api, `go to ${S('/product/widget')}, choose Silver and press Add to cart`);
    const sub = await submitted(run, '/api/cart');
    assert.deepEqual([sub.fields.slug, sub.fields.qty, sub.fields.color], ['widget', 1, 'Silver'], run.why);
  });

  test('add to cart, go to the cart, choose Express shipping, place the order', async () => {
    const run = await crawl(api, `Open ${S('/product/usb-c-hub-7-in-1')} and click Add to cart, then go to ${S('/cart')}, ` +
      'choose Express shipping and click "Place order"');
    const sub = await submitted(run, '/submit/order');
    assert.equal(sub.fields.shipping, 'express', run.why);
    assert.deepEqual(JSON.parse(sub.fields.items), [{ slug: 'usb-c-hub-7-in-1', qty: 1, color: 'Black' }], run.why);
    assert.equal(run.state.title, 'Order Confirmed - Gadget Shop', run.why);
  });
});

describe('the header search box', () => {
  // typing and Enter are in the Escape test below: the full tier
  testFull('type into the search box and press Enter', async () => {
    const run = await crawl(api, `Open ${S('/')}, type "laptop stand" in the search box and press Enter`);
    assert.equal(queryOf(run.state.url), 'laptop stand', run.why);
  });

  test('click the field, type with no target, click the magnifier button (aria-label "Search")', async () => {
    const run = await crawl(api, `go to ${S('/')}, click the search field, enter webcam then click the Search button`);
    assert.equal(queryOf(run.state.url), 'webcam', run.why);
    assert.equal(new URL(run.state.url).pathname, '/search', run.why);
  });

  test('ArrowDown picks the first suggestion, Enter opens it', async () => {
    const run = await crawl(api, `Open ${S('/')}, type Air into the search box, press ArrowDown and press Enter`);
    const first = searchCatalog('').find((p) => p.name.toLowerCase().includes('air'));
    assert.equal(run.state.url, S(`/product/${first.slug}`), run.why);
  });

  test('Escape closes the suggestions, so Enter searches for the text', async () => {
    const run = await crawl(api, `Open ${S('/')}, type usb into the search box, press ArrowDown, press Escape, then press Enter`);
    assert.equal(new URL(run.state.url).pathname, '/search', run.why);
    assert.equal(queryOf(run.state.url), 'usb', run.why);
  });

  test('select a sort order from the "Sort by" dropdown', async () => {
    const run = await crawl(api, `Open ${S('/search?q=usb')}, select "Price: low to high" from the Sort by dropdown and get all product names and prices`);
    assert.equal(new URL(run.state.url).searchParams.get('sort'), 'price-asc', run.why);
    const items = lastExtract(run).value;
    assert.ok(Array.isArray(items), `a JSON list\n${run.why}`);
    assert.deepEqual(items.map((i) => i.name), searchCatalog('usb', 'price-asc').map((p) => p.name), run.why);
  });
});

describe('frames, shadow roots and other forms', () => {
  test('a form inside a same-origin iframe', async () => {
    const run = await crawl(api, `Open ${S('/frame')}, enter bob@example.com in "Your email" and hit Join`);
    const sub = await submitted(run, '/submit/newsletter');
    assert.equal(sub.fields.email, 'bob@example.com', run.why);
  });

  // full tier: grounding_forms "a help widget in a shadow root: ask, then read the answer" covers a field and a button in an open shadow root
  testFull('a field and a button in an open shadow root', async () => {
    const run = await crawl(api, `Open ${S('/widget')}, type 4711 into the Code field, click the Launch button and wait for "Launched!"`);
    const sub = await submitted(run, '/api/launch');
    assert.equal(sub.fields.code, '4711', run.why);
  });

  // full tier: "labels, a placeholder-only field, a dropdown, ..." covers fields and a dropdown by label, then a button by its text
  testFull('a textarea, a dropdown by label, a button named by its text', async () => {
    const run = await crawl(api, `Open ${S('/help')}, fill in "Your name" with Dana, choose Returns from the Topic dropdown, ` +
      'type "The hub arrived broken" into the Message box and press Send message');
    const sub = await submitted(run, '/submit/contact');
    assert.deepEqual({ ...sub.fields }, { name: 'Dana', topic: 'returns', message: 'The hub arrived broken' }, run.why);
    assert.equal(run.state.title, 'Message Sent - Gadget Shop', run.why);
  });
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(server, baseline);
});

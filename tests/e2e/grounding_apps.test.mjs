// Grounding, look-alikes of apps people automate, with requests phrased as
// users write them. A sign-in said beside the request ("(login: jo@x.test,
// pw river-88)", "(jo@x.test / river-88)") is done first through the app's
// own "Sign in" link, and the request after it: a heart favourites an
// article found in the Global Feed (Your Feed, shown after signing in, lists
// only followed authors); a comment goes back to the article the app left
// for its home page; a log out is Settings' "Or click here to logout."; a
// sign-in the page refuses (on its sign-in page) fails with the page's
// words. JavaScript dialogs (alert, confirm, prompt) are answered as the
// words say and the result line read. A to-do list takes a list said as
// one value as an entry each, a tick on an invisible checkbox laid over its
// drawn circle, and counts what is left. An answer waits while the page
// says "Loading...". A key pressed "in the input box" is pressed there.
// Pages: tests/fixtures/grounding/apps-*.html (a Conduit-style blog, hash
// routed; a page of JS alerts; a TodoMVC; a page loading for 3 s; a key
// press echo).
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-apps');
const G = g.G;
const BLOG = '/apps-blog.html', ALERTS = '/apps-alerts.html', TODOS = '/apps-todos.html';
const LOADING = '/apps-loading.html', KEYS = '/apps-keys.html';

/** The last event of a run of that action (undefined when none). */
const last = (run, action) => g.events(run, action).at(-1);

/** The blog's events of a run other than sign-ins, without page and time. */
const blogChanges = (run) => g.events(run, null, (e) => e.page === 'blog' && e.action !== 'signin')
  .map(({ page, time, ...rest }) => rest);

/** The run signed in once, as jo@x.test, and the app accepted it. */
function signedIn(run) {
  assert.deepEqual(g.events(run, 'signin').map((e) => [e.email, e.ok]), [['jo@x.test', true]], run.why);
}

/* The todos after a run (its last recorded state; null when nothing changed). */
const todos = (run) => last(run, 'state')?.todos ?? null;
const SEEDED = ['[x] Water the plants', '[ ] Renew passport', '[ ] Call the plumber', '[x] Pay the council tax', '[ ] Return library books'];

/* --- a blog: sign-in said beside the request --- */

// full tier: the comment below covers a sign-in said beside the request, found through the app's "Sign in" link
testFull('blog: "favourite <an article not in Your Feed> (login: ..., pw ...)": signed in, Global Feed, its heart', async () => {
  const run = await crawl(g.api, `favourite the article "Boring technology wins" on ${G(BLOG)} (login: jo@x.test, pw river-88)`);
  signedIn(run);
  assert.deepEqual(blogChanges(run), [{ action: 'favorite', slug: 'boring-technology-wins', favorited: true }], run.why);
});

test('blog: "post a comment on <an article> saying ... (login ... / ...)": signed in, back to the article from home, posted there', async () => {
  const run = await crawl(g.api, `post a comment on ${G(BLOG)}#/article/migrating-two-million-rows saying "Nice one." (login jo@x.test / river-88)`);
  signedIn(run);
  assert.deepEqual(blogChanges(run), [{ action: 'comment', slug: 'migrating-two-million-rows', body: 'Nice one.' }], run.why);
});

testFull('blog: "log in at <#/login> (..., ...) and then log out": the logout is in Settings', async () => {
  const run = await crawl(g.api, `log in at ${G(BLOG)}#/login (jo@x.test, river-88) and then log out`);
  signedIn(run);
  assert.deepEqual(blogChanges(run), [{ action: 'logout' }], run.why);
});

test('blog: a sign-in the page refuses (on its sign-in page) fails with its message, and nothing is favourited', async () => {
  const run = await crawl(g.api, `sign in to ${G(BLOG)}#/login as jo@x.test (password: wrong-pw) and favourite the first article`, { expect: 'failed' });
  assert.deepEqual(g.events(run, 'signin').map((e) => [e.email, e.ok]), [['jo@x.test', false]], run.why);
  assert.match(run.task.error || '', /email or password is invalid/, run.why);
  assert.deepEqual(blogChanges(run), [], run.why);
});

// full tier: the refusal above covers the page's message; here the sign-in
// is found through the app's "Sign in" link, and its refusal is still told
testFull('blog: a sign-in refused on the page its link opened fails with the page\'s message', async () => {
  const run = await crawl(g.api, `sign in to ${G(BLOG)} as jo@x.test (password: wrong-pw) and favourite the first article`, { expect: 'failed' });
  assert.match(run.task.error || '', /email or password is invalid/, run.why);
  assert.deepEqual(blogChanges(run), [], run.why);
});

/* --- JavaScript dialogs: answered as the words say, then the result read --- */

test('alerts: "click the JS Confirm button and dismiss it (cancel). what does the page say after that?"', async () => {
  const run = await crawl(g.api, `On ${G(ALERTS)} click the JS Confirm button and dismiss it (cancel). what does the page say after that?`);
  assert.deepEqual(g.events(run, 'result').map((e) => e.text), ['You clicked: Cancel'], run.why);
  assert.equal(lastExtract(run).text, 'You clicked: Cancel', run.why);
});

testFull("alerts: a prompt given 'hello there' and OK, the result line read", async () => {
  const run = await crawl(g.api, `${G(ALERTS)}: click for JS prompt, type 'hello there' into it and press OK, then report what the result line shows`);
  assert.deepEqual(g.events(run, 'result').map((e) => e.text), ['You entered: hello there'], run.why);
  assert.equal(lastExtract(run).text, 'You entered: hello there', run.why);
});

testFull('alerts: an alert accepted, the result read', async () => {
  const run = await crawl(g.api, `On ${G(ALERTS)} click the JS Alert button, accept it and tell me the result text`);
  assert.deepEqual(g.events(run, 'result').map((e) => e.text), ['You successfully clicked an alert'], run.why);
  assert.equal(lastExtract(run).text, 'You successfully clicked an alert', run.why);
});

/* --- a to-do list (TodoMVC) --- */

test('todos: "todo: add milk, eggs and bread": an entry each', async () => {
  const run = await crawl(g.api, `${G(TODOS)} — todo: add milk, eggs and bread`);
  assert.deepEqual(todos(run), [...SEEDED, '[ ] milk', '[ ] eggs', '[ ] bread'], run.why);
});

testFull("todos: \"add 'Buy stamps' and 'Post the parcel' to my list\": an entry each", async () => {
  const run = await crawl(g.api, `add 'Buy stamps' and 'Post the parcel' to my list at ${G(TODOS)}`);
  assert.deepEqual(todos(run), [...SEEDED, '[ ] Buy stamps', '[ ] Post the parcel'], run.why);
});

testFull("todos: \"mark 'Call the plumber' as done\": its invisible checkbox over the drawn circle ticked, nothing else", async () => {
  const run = await crawl(g.api, `On ${G(TODOS)}, mark 'Call the plumber' as done`);
  assert.deepEqual(todos(run), SEEDED.map((t) => (t === '[ ] Call the plumber' ? '[x] Call the plumber' : t)), run.why);
});

testFull('todos: "how many todos have I not done yet?": the unticked ones counted, nothing changed', async () => {
  const run = await crawl(g.api, `${G(TODOS)} how many todos have I not done yet?`);
  assert.equal(lastExtract(run).text, '3', run.why);
  assert.equal(todos(run), null, `nothing changed\n${run.why}`);
});

/* --- a page that says "Loading..." for 3 s --- */

test('loading: "hit Start and tell me what text shows up once it has finished loading": not "Loading..."', async () => {
  const run = await crawl(g.api, `On ${G(LOADING)}, hit Start and tell me what text shows up once it has finished loading`);
  assert.equal(g.events(run, 'start').length, 1, run.why);
  assert.equal(lastExtract(run).text, 'Hello World!', run.why);
});

/* --- a key pressed in a field --- */

test('keys: "press the Escape key in the input box": pressed in the field', async () => {
  const run = await crawl(g.api, `go to ${G(KEYS)}, press the Escape key in the input box`);
  assert.deepEqual(g.events(run, 'key').map((e) => e.key), ['ESCAPE'], run.why);
});

stopsCleanly(g);

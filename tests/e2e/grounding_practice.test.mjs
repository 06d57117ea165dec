// Grounding, look-alikes of an automation practice site, with requests as
// people write them: a right click in a box with a context menu of its own
// (no words on it) and the alert it opens accepted; "get rid of the ad
// popup" (its Close is a <p>); "add 3 elements" as three presses of the
// page's one "Add Element"; "enable the text box" as its Enable button,
// waited for, then typed in; a caption that shows only on hover read after
// hovering the picture the question names; the heading of the window a
// link opens; "try logging in as ..." with a refused account, the error
// read rather than the task failed; what a key press wrote "underneath".
// A blog's tag filtered by its own link, and a title it does not show
// asked about (no other article's author given). Pages:
// tests/fixtures/grounding/apps-practice-*.html, apps-keys.html, apps-blog.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-practice');
const G = g.G;
const P = (name) => G(`/apps-practice-${name}.html`);

test('"right-click inside the dashed box ... and accept the alert": a right click, its alert accepted', async () => {
  const run = await crawl(g.api, `right-click inside the dashed box on ${P('menu')} and accept the alert that pops up`);
  assert.equal(run.task.status, 'finalized', run.why);
  assert.deepEqual(g.events(run, 'context-menu').map((e) => e.button), [2], run.why);
  assert.deepEqual(g.events(run, 'left-click'), [], 'no left click');
});

test('"get rid of the ad popup": the Close of the modal (a <p>), once it shows', async () => {
  const run = await crawl(g.api, `${P('ad')} - get rid of the ad popup`);
  assert.equal(g.events(run, 'ad-closed').length, 1, run.why);
});

test('"add 3 elements, then remove one of them": three presses of "Add Element", one Delete', async () => {
  const run = await crawl(g.api, `${P('add')} add 3 elements, then remove one of them`);
  assert.deepEqual(g.events(run, 'elements').map((e) => e.count), [1, 2, 3, 2], run.why);
});

test('"enable the text box and type ... in it": Enable pressed, waited for, then typed', async () => {
  const run = await crawl(g.api, `${P('dynamic')} enable the text box and type 'now it works' in it`);
  assert.equal(g.events(run, 'typed').at(-1)?.value, 'now it works', run.why);
});

testFull('"what\'s the name that shows up under the third picture when you hover it?": hovered, then read', async () => {
  const run = await crawl(g.api, `${P('hovers')} — what's the name that shows up under the third picture when you hover it?`);
  assert.match(lastExtract(run).text, /user3/, run.why);
  assert.doesNotMatch(lastExtract(run).text, /user1|user2/, run.why);
});

testFull('"click the link, and tell me the heading of the window it opens": the new tab\'s heading', async () => {
  const run = await crawl(g.api, `${P('windows')}: click the link, and tell me the heading of the window it opens`);
  assert.equal(lastExtract(run).text, 'New Window', run.why);
});

test('"try logging in as ... and tell me the error you get": refused, the error read, the task done', async () => {
  const run = await crawl(g.api, `${P('login')} try logging in as 'admin' with password 'admin123' and tell me the error you get`);
  assert.equal(run.task.status, 'finalized', run.why);
  assert.deepEqual(g.events(run, 'signin').map((e) => [e.user, e.ok]), [['admin', false]], run.why);
  assert.match(lastExtract(run).text, /Your username is invalid!/, run.why);
});

test('"press the Escape key in the input box and tell me what it says underneath": the line it wrote', async () => {
  const run = await crawl(g.api, `go to ${G('/apps-keys.html')}, press the Escape key in the input box and tell me what it says underneath`);
  assert.equal(lastExtract(run).text, 'You entered: ESCAPE', run.why);
});

/* --- a blog's tags, and a title it does not show --- */

test('"show me only the articles tagged databases": the tag\'s own link', async () => {
  const run = await crawl(g.api, `On ${G('/apps-blog.html')} show me only the articles tagged databases`);
  assert.deepEqual(g.events(run, 'tag').map((e) => e.tag), ['databases'], run.why);
});

testFull('"filter by the javascript tag": the tag\'s own link', async () => {
  const run = await crawl(g.api, `open ${G('/apps-blog.html')} and filter by the javascript tag`);
  assert.deepEqual(g.events(run, 'tag').map((e) => e.tag), ['javascript'], run.why);
});

test('"who wrote "<a title the page does not show>"?": fails naming it, not another article\'s author', async () => {
  const run = await crawl(g.api, `who wrote "Ten habits of careful code reviewers"? ${G('/apps-blog.html')}`, { expect: 'failed' });
  assert.match(run.task.error, /Ten habits of careful code reviewers/, run.why);
});

stopsCleanly(g);

// Grounding, the planner side of issue 10: what the rules cannot read is
// kept as the words it is and grounded in the page when it runs. The page
// address wherever the sentence puts it opens first; a question no precise
// reader reads is answered from the page (EXTRACT_ANSWER); field-and-value
// clauses are read against the form (STEP_DO); sentences and colons split a
// request from the question after it; a path of menus is opened part by
// part; "(load more if needed)" loads before the question about "it"; a
// time is never a web address. Pages: tests/fixtures/grounding/planner-*.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, stepsWith, extractTexts } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-planner');
const G = g.G;

const answers = extractTexts;

// full tier: grounding_planner3 "a noun alone after a question ...: On <url>, what is ...?" covers the address inside the question
testFull('the address inside the question: "On <url> what rate does ... pay?"', async () => {
  const run = await crawl(g.api, `On ${G('/planner-bank.html')} what rate does the Gold account pay?`);
  assert.equal(stepsWith(run, 'navigate').length, 1, run.why);
  assert.equal(run.steps.at(-1).model.what, 'answer', run.why);
  assert.match(answers(run).at(-1), /3\.2\s?%/, run.why);
  assert.doesNotMatch(answers(run).at(-1), /1\.1|4\.05/, run.why);
});

test('"<url> — how many days is X valid?" reads the value in the text, not a count of elements', async () => {
  const run = await crawl(g.api, `${G('/planner-bank.html')} \u2014 how many days is the welcome voucher valid?`);
  assert.match(answers(run).at(-1), /45/, run.why);
  assert.doesNotMatch(answers(run).at(-1), /30/, run.why);
});

// full tier: grounding_answers "a value beside its label" ("when is ... due, and what is the minimum?") covers two questions as one, grounding_clauses' "<url>: how many devices ...?" the colon
testFull('two questions after a colon, asked as one: the values, not the labels', async () => {
  const run = await crawl(g.api, `${G('/planner-bank.html')}: when is the card payment due, and what is the minimum?`);
  const a = answers(run).at(-1);
  assert.match(a, /14 June 2026/, run.why);
  assert.match(a, /\$35\.00/, run.why);
  assert.doesNotMatch(a, /Payment due|Minimum payment|\$5,000/i, run.why);
});

test('"find X (load more if needed). How much was it?": loads, then answers about X', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-bank.html')}. Find the refund from Acme (load more if needed). How much was it?`);
  assert.ok(stepsWith(run, 'do').length === 1, run.why);
  assert.match(answers(run).at(-1), /120\.50/, run.why);
  assert.doesNotMatch(answers(run).at(-1), /8\.75|24\.00/, run.why);
});

// full tier: "a path of menus, then the question in the next sentence" covers a page opened, then the question answered there
testFull('"read the Setup page: which Node version is required?" opens the page, then answers', async () => {
  const run = await crawl(g.api, `Go to ${G('/planner-bank.html')} and read the Setup page: which Node version is required?`);
  assert.equal(stepsWith(run, 'click').length, 1, run.why);
  assert.match(answers(run).at(-1), /\b20\b/, run.why);
});

test('a path of menus, then the question in the next sentence', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-docs.html')}. Go to Guides \u203a Deploy \u203a Docker. What port is used?`);
  assert.match(answers(run).at(-1), /8080/, run.why);
  assert.doesNotMatch(answers(run).at(-1), /9000/, run.why);
});

test('"which band plays at 20:00?": a time is no web address', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-bank.html')}, then which band plays at 20:00?`);
  assert.equal(stepsWith(run, 'navigate').length, 1, run.why);
  assert.equal(run.steps.at(-1).model.question, 'which band plays at 20:00?', run.why);
  assert.doesNotMatch(run.task.progress.logs.join('\n'), /open https?:\/\/20:00/, run.why);
});

// full tier: grounding_act "field-and-value clauses, then the request" covers the same clauses and request
testFull('field-and-value clauses with no verb fill the form; the request sends it', async () => {
  const run = await crawl(g.api, `Open ${G('/planner-bank.html')}. Full name Ada Park, email ada@x.io. Message "card lost". Then send the message`);
  const e = g.site.eventsSince(run.since, (x) => x.action === 'contact');
  assert.equal(e.length, 1, run.why);
  assert.deepEqual(e[0].fields, { fullname: 'Ada Park', mail: 'ada@x.io', message: 'card lost' }, run.why);
});

stopsCleanly(g);

// Grounding, questions (issue 10): a question is answered with the small
// piece it asks for, read from the page as a person reads it: the cell
// where the column the words name crosses the row the other words name, the
// value beside a label of the kind asked, an item's field, the option names
// a product offers, a count of the items in a state or in a named folder,
// the message the last action made appear, a tooltip or title, a panel
// behind the tabs the words name. When nothing decides between two parts,
// the step fails with both. Pages: tests/fixtures/grounding/answer-*.html.
import assert from 'node:assert/strict';
import { test, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-answers');
const G = g.G;

/* The questions in full([...]) ask again what a kept one asks (another
 * phrasing, another row or label of the same kind): the full tier. */
const { answers } = g;

test('a table cell: the column the words name, the row the other words name', async () => {
  await answers('/answer-inventory.html', [
    ['On {url}, how many Wood screws 4 × 50 do we have on hand?', '1,250'],
    ...full([
      ['tell me who supplies SKU DR-31', 'Voltwerk GmbH'],
      ['find out how much was paid on 22 March', '€96.40'],
      ['{url} — which bin are the safety glasses in', 'C-03'],
      ['WHICH BIN ARE THE SAFETY GLASSES IN?', 'C-03'],
      ['which supplier do we buy the cordless drill from?', 'Voltwerk GmbH'],
      ['get the reorder level of the duct tape', '24'],
      ['where are the work gloves stored?', 'C-04'],
      ["what's the On Hand quantity for ws-430?", '380'],
      ['how many cordless drills are in stock', '7'],
      ['Who is the supplier for the work gloves (L)?', 'ClearView Ltd'],
      ['how many points does "Teachers vote on new lockers" have?', '17'],
    ]),
  ]);
  // full tier: the inventory's "how many Wood screws 4 × 50 ... on hand?" above covers a cell by its column and row
  await answers('/answer-docs.html', full([
    ["what's the default timeout (in seconds)?", '30'],
    ['what is the maximum page size?', '200'],
  ]));
});

test('"What was paid on 22 March?" asks for the thing paid, not the amount', async () => {
  await answers('/answer-inventory.html', [['{url}: What was paid on 22 March?', 'Pallet wrap (20 rolls)']]);
});

test('a value beside its label, of the kind asked', async () => {
  await answers('/answer-account.html', [
    ['when is the credit card payment due, and what is the minimum?', '28 March 2026; £25.00'],
    ...full([
      // full tier: the due date and minimum above cover a value beside its label, of the kind asked
      ['how big is the Brightwave deal?', '$48,000'],
      ['On {url} what is the open pipeline total?', '$187,050'],
      ['who owns the Corvid Labs deal?', 'Dana Fox'],
    ]),
  ]);
  // full tier: the due date and minimum above cover a value of the kind asked beside its label
  await answers('/answer-contact.html', full([
    ['what number do I call to reach the clinic?', '01632 960123'],
    ...full([
      ['tell me the Saturday opening hours', '09:00–13:00'],
      ['when is the clinic open on Saturday?', '09:00–13:00'],
      ["What is the clinic's phone number?", '01632 960123'],
      ["what is Tomás Ruiz's email address?", 't.ruiz@parkside-clinic.test'],
      ['which team is Hannah on', 'Vaccinations'],
      ['which team does Hannah Berg work in?', 'Vaccinations'],
    ]),
  ]));
  // full tier: grounding_planner '"<url> — how many days is X valid?"' covers a number read in a sentence about the thing named
  await answers('/answer-docs.html', full([
    ['how many job-minutes does the free tier include', '2,000'],
    ['How many requests per minute are allowed?', '120'],
  ]));
});

test('items and people: bylines, outlets, options, states, counts', async () => {
  await answers('/answer-feed.html', [
    ['who wrote the top story, and for which outlet?', 'Marta Lindqvist; Coastal Courier'],
    ...full([
      ['at what time did Lotte post about the parking garage?', '09:05'],
      ['when did Lotte write about the bakery?', '08:12'],
      ['which outlet published "Council approves the harbour wall repairs"?', 'Harbour Gazette'],
    ]),
  ]);
  // full tier: the top story's byline and outlet cover an item's fields, grounding_answers3's "Which jobs are there?" a list of names
  await answers('/answer-shop.html', full([
    ['which colours does the backpack come in?', 'Forest green, Ember red, Slate black'],
    ...full([
      ['what colors is the Ridge Trail Shoes available in?', 'Graphite, Lake blue'],
      ['which product has the most reviews?', 'Ridge Trail Shoes'],
      ['how many tins of chickpeas are on the list?', '4'],
    ]),
  ]));
  await answers('/answer-office.html', [
    ['how many unread emails do I have?', '3'],
    // full tier: "how many unread emails do I have?" covers a count of the items on this page
    ...full([['how many files are in the Invoices folder?', '4']]),
    // full tier: grounding_answers3's insurance claims covers a state in a list of states
    ...full([['what is the status of the Webhooks component?', 'Degraded performance']]),
    ...full([
      ['how many files does the Contracts folder contain?', '2'],
      ['who sent the email about the password expiry?', 'IT desk'],
      ['which component is not operational?', 'Webhooks'],
      ['which reason has the highest share?', 'Missing features'],
    ]),
  ]);
});

test('reading what an action made appear: a toast, a dialog, a new line, a status line', async () => {
  await answers('/answer-toasts.html', [
    ['click Place order and tell me the order number from the success message', 'ORD-4417'],
    // full tier: the order number above covers what a click made appear
    ...full([
      ['type hello into Message, click Send, then read the confirmation', 'Message received. Your ticket number is #58213; we reply within 2 working days.'],
      ['type Acme into Vendor, click Create PO and tell me the purchase order number shown afterwards', 'PO-2026-0193'],
      ['click Create share link. Tell me, from the notification, how long the link is valid', '7 days'],
      ['click Place order. What does the confirmation message say?', 'Thank you! Your order ORD-4417 has been placed.'],
      ['type hello into Message, click Send and tell me the ticket number', '#58213'],
      ['enter SPRING10 as the promo code, click Apply and tell me what the site says about the promo code', 'Code SPRING10 applied: 10% off, valid on orders over €20.'],
    ]),
  ]);
});

test('hidden content the question names: tabs it names, a tab that hides a label', async () => {
  await answers('/answer-tabs.html', [
    ['who opens the Forest stage on Sunday?', 'Juniper Lane'],
    ...full([
      ['{url} — what percentage comes from mobile?', '67%'],
      ['what share of traffic comes from tablets?', '4%'],
    ]),
  ]);
  // full tier: the Sunday Forest stage above covers a tab the question names opened before it is read
  await answers('/answer-docs.html', full([['which region is the workspace in?', 'eu-central-1']]));
});

test('tooltips: hovered, or read from the title the thing carries', async () => {
  await answers('/answer-team.html', [
    ["hover over Sofía's status dot. When was she last active?", '2 hours ago'],
    ...full([
      // full tier: Sofía's status dot above covers a status dot's tooltip
      ['when was Priya last active?', '3 days ago'],
      ['when was Marcus last active, according to the tooltip on his status?', '25 minutes ago'],
      ["what does the tooltip on Marcus's status dot say?", 'Last active 25 minutes ago'],
      ['hover the info icon next to paid seats and tell me when seats renew', '1 July 2026'],
    ]),
  ]);
});

test('two rows that fit equally: the step fails with both', async () => {
  const run = await crawl(g.api, `Open ${G('/answer-inventory.html')} and how many Wood screws do we have on hand?`, { expect: 'failed' });
  assert.match(run.task.error || '', /two rows fit equally/, run.why);
  assert.match(run.task.error || '', /WS-450/, run.why);
  assert.match(run.task.error || '', /WS-430/, run.why);
});

stopsCleanly(g);

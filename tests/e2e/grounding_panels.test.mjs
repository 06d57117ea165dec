// Grounding, where a thing lives on the page and how a person reaches it:
// a counter's "More nights" is a value's button, never a list's "load
// more"; a start date and a number of nights (or a start and an end) on
// a form with one date and a Nights counter; a page's address followed by
// a question with no mark between them; advice after the request ("You may
// need to scroll down") tried, not a step that fails; a section named by
// the words' own noun ("save the notification settings": its tab opened,
// its own Save pressed); a person named by a part of a message ("who
// announced ...?": the message's sender); trees whose leaf is named alone
// (a store picked in a popover's tree, a finder's room whose details
// panel answers, the rooms under a wing).
// Pages: tests/fixtures/grounding/panels-*.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-panels');
const G = g.G;
const P = (name) => G(`/panels-${name}.html`);

/* --- a counter's + loads nothing --- */

test('"read all the reviews and tell me what Imogen thought": Show more reviews pressed, never the Nights counter\'s "More nights"', async () => {
  const run = await crawl(g.api, `Open ${P('cottage')}, read all the reviews and tell me what Imogen thought`);
  assert.match(lastExtract(run).text, /stove smoked/, run.why);
  assert.equal(g.events(run, 'book').length, 0, run.why);
  assert.ok(!run.steps.some((s) => /More nights|"\+"/.test(s.result || '')), run.why);
});

testFull('"what is the very last review?": the list loaded to its end (Imogen\'s), the counter untouched', async () => {
  const run = await crawl(g.api, `what is the very last review on ${P('cottage')}?`);
  assert.match(lastExtract(run).text, /Imogen|stove smoked/, run.why);
});

/* --- a start and a length on a form with one date and a counter --- */

test('"book boarding for five nights from 9 June 2027 for 2 dogs and a cat": the start date, 5 nights, 2 dogs, 1 cat', async () => {
  const run = await crawl(g.api, `On ${P('kennel')} book boarding for five nights from 9 June 2027 for 2 dogs and a cat`);
  const ev = g.one(run, 'book');
  assert.deepEqual([ev.start, ev.nights, ev.dogs, ev.cats], ['2027-06-09', 5, 2, 1], run.why);
});

test('"our two dogs stay from 9 June 2027 until 14 June 2027. Book it.": the start, and the nights between the two dates', async () => {
  const run = await crawl(g.api, `${P('kennel')}: our two dogs stay from 9 June 2027 until 14 June 2027. Book it.`);
  const ev = g.one(run, 'book');
  assert.deepEqual([ev.start, ev.nights, ev.dogs], ['2027-06-09', 5, 2], run.why);
});

testFull('"Board two dogs from 9 June 2027 to 16 June 2027 and book it": the start, 7 nights', async () => {
  const run = await crawl(g.api, `Board two dogs from 9 June 2027 to 16 June 2027 at ${P('kennel')} and book it`);
  const ev = g.one(run, 'book');
  assert.deepEqual([ev.start, ev.nights, ev.dogs], ['2027-06-09', 7, 2], run.why);
});

/* --- tabs: the one the words name, its panel read, no other tab opened after --- */

test('"When does the last session end on Sundays?": the "Sunday & holidays" tab, the last row\'s Ends', async () => {
  const run = await crawl(g.api, `When does the last session end on Sundays? ${P('pool')}`);
  assert.equal(lastExtract(run).text, '16:20', run.why);
});

testFull('"what time does the first session begin on Saturday?": the Saturday tab, the first row\'s Starts', async () => {
  const run = await crawl(g.api, `${P('pool')} - what time does the first session begin on Saturday?`);
  assert.equal(lastExtract(run).text, '07:30', run.why);
});

testFull('"what time does the last session finish on Saturday?": "finish" reads the Ends column', async () => {
  const run = await crawl(g.api, `what time does the last session finish on Saturday? (${P('pool')})`);
  assert.equal(lastExtract(run).text, '18:45', run.why);
});

test('"what does an off-peak swim cost for members": the Members tab, the row "Swim" over "Swim and sauna"', async () => {
  const run = await crawl(g.api, `what does an off-peak swim cost for members on ${P('pool')}`);
  assert.match(lastExtract(run).text, /£0\.00/, run.why);
});

test('"I\'m a student. How much is a swim and sauna off-peak?": the Concessions tab, whose panel says students', async () => {
  const run = await crawl(g.api, `I'm a student. How much is a swim and sauna off-peak at ${P('pool')}?`);
  assert.match(lastExtract(run).text, /£5\.60/, run.why);
});

test('"save the notification settings as they are": the Notifications tab opened, its own Save pressed, its message read', async () => {
  const run = await crawl(g.api, `Go to ${P('settings')}, save the notification settings as they are and tell me what the confirmation says`);
  assert.deepEqual(g.events(run, 'save').map((e) => e.panel), ['notifications'], run.why);
  assert.match(lastExtract(run).text, /2 of 3 on/, run.why);
});

/* --- trees: a leaf named alone, in a popover or a finder --- */

test('"Reserve a collection at the Riverside Road store on 3 May 2027": the store tree opened down to its leaf, then the date, then Reserve', async () => {
  const run = await crawl(g.api, `Reserve a collection at the Riverside Road store on 3 May 2027 on ${P('collect')}`);
  const ev = g.one(run, 'reserve');
  assert.deepEqual([ev.store, ev.date], ['BRK-1', '2027-05-03'], run.why);
});

testFull('"book a collection from the Market Square store on 12 May 2027": the Alnford leaf', async () => {
  const run = await crawl(g.api, `On ${P('collect')}, book a collection from the Market Square store on 12 May 2027`);
  const ev = g.one(run, 'reserve');
  assert.deepEqual([ev.store, ev.date], ['ALN-1', '2027-05-12'], run.why);
});

test('"Is the textiles room step-free?": the leaf chosen under its closed branches, its details panel read', async () => {
  const run = await crawl(g.api, `Is the textiles room step-free? ${P('museum')}`);
  assert.match(lastExtract(run).text, /^No\b.*six steps/, run.why);
});

testFull('"is the maps room step-free?": yes, from its details', async () => {
  const run = await crawl(g.api, `is the maps room step-free at ${P('museum')}?`);
  assert.match(lastExtract(run).text, /^Yes\b/, run.why);
});

test('"what rooms are in the East wing?": the rooms under it, its Floor opened on the way (not "Floor 1")', async () => {
  const run = await crawl(g.api, `what rooms are in the East wing? ${P('museum')}`);
  assert.match(lastExtract(run).text, /Room 3 · Clocks; Room 5 · Maps/, run.why);
});

testFull('"Which rooms are on Floor 2 of the West wing?": its three rooms', async () => {
  const run = await crawl(g.api, `Which rooms are on Floor 2 of the West wing? ${P('museum')}`);
  assert.match(lastExtract(run).text, /Ceramics.*Textiles.*Glass/, run.why);
});

/* --- a row's dialog: its reason from the words, or the page's refusal told --- */

test('"cancel 5521 because the patient moved away": the row\'s ✕, the reason chosen in its dialog, confirmed once', async () => {
  const run = await crawl(g.api, `${P('dentist')}: cancel 5521 because the patient moved away`);
  const ev = g.one(run, 'cancel');
  assert.deepEqual([ev.id, ev.reason], ['5521', 'Moved away'], run.why);
});

test('"cancel appointment 5530" with no reason: the dialog the page refused fails the task with its words, nothing cancelled', async () => {
  const run = await crawl(g.api, `cancel appointment 5530 on ${P('dentist')}`, { expect: 'failed' });
  assert.equal(g.events(run, 'cancel').length, 0, run.why);
  assert.match(run.task.error || '', /Pick a reason first/, run.why);
});

/* --- a search: the kind of thing listed left out, a place into the form's Where --- */

test('"Search for python jobs in Leeds": "python" in What, "Leeds" in Where (not the whole phrase in one box)', async () => {
  const run = await crawl(g.api, `Search for python jobs in Leeds on ${P('jobs')}`);
  const ev = g.one(run, 'search');
  assert.deepEqual([ev.what, ev.where], ['python', 'Leeds'], run.why);
});

testFull('"search <url> for Data Analyst roles": "Data Analyst", no place', async () => {
  const run = await crawl(g.api, `search ${P('jobs')} for Data Analyst roles`);
  const ev = g.one(run, 'search');
  assert.deepEqual([ev.what, ev.where], ['Data Analyst', ''], run.why);
});

/* --- a form filled from prose: a name said first, a number in words to a range --- */

test('"Fill in the corporate form: Kestrel Design, about thirty of us would join, ... North and Quay sites": each value in its place', async () => {
  const run = await crawl(g.api, `Fill in the corporate form at ${P('corporate')}: Kestrel Design, about thirty of us would join, and we'd use the North and Quay sites. Contact is ops@kestrel.example. Send it.`);
  const ev = g.one(run, 'send');
  assert.deepEqual([ev.company, ev.staff, ev.sites, ev.email], ['Kestrel Design', '11-50', ['North', 'Quay'], 'ops@kestrel.example'], run.why);
});

testFull('"company Harbour Lane Ltd, forty-five of us would join": the company by its label, "forty-five" in "11 to 50"', async () => {
  const run = await crawl(g.api, `On ${P('corporate')}: company Harbour Lane Ltd, forty-five of us would join, the Central site only, email hr@harbour.example, then send it`);
  const ev = g.one(run, 'send');
  assert.deepEqual([ev.company, ev.staff, ev.sites], ['Harbour Lane Ltd', '11-50', ['Central']], run.why);
});

/* --- filters that are no text fields: a slider by a bound said, a list box by its option --- */

test('"narrow it to remote jobs paying at least 60k": the Minimum salary slider at 60000, Remote only ticked', async () => {
  const run = await crawl(g.api, `On ${P('filters')} narrow it to remote jobs paying at least 60k`);
  const last = g.events(run, 'filters').at(-1);
  assert.deepEqual([last?.min, last?.remote], [60000, true], run.why);
});

test('"only show jobs from the past week": the Date posted list box opened by its button (not its label), Past week chosen', async () => {
  const run = await crawl(g.api, `${P('filters')} - only show jobs from the past week`);
  assert.equal(g.events(run, 'filters').at(-1)?.posted, 'Past week', run.why);
});

/* --- "them": the things the sentence before lists --- */

test('"I\'ve got the seed trays and the slug pellets, tick them off": both ticked, nothing else', async () => {
  const run = await crawl(g.api, `On ${P('list')}: I've got the seed trays and the slug pellets, tick them off`);
  assert.deepEqual(g.events(run, 'tick').map((e) => e.item).sort(), ['Seed trays', 'Slug pellets'], run.why);
});

/* --- the part of the site that says it: a disruption on the alerts page --- */

test('"Is line 12 disrupted today?" on a journey planner\'s home: Lines says nothing of it, Service alerts does (Diverted)', async () => {
  const run = await crawl(g.api, `Is line 12 disrupted today? ${P('transit')}`);
  assert.match(lastExtract(run).text, /^Yes\b.*Diverted/i, run.why);
});

testFull('"Is line 40 disrupted?": no verdict read from line 12\'s card (the alerts page says no disruption word of it)', async () => {
  const run = await crawl(g.api, `Is line 40 disrupted? ${P('transit')}`, { expect: 'failed' });
  assert.doesNotMatch(run.task.error || '', /Diverted/, run.why);
});

/* --- a day with no year, from the page's today --- */

test('"book a facial on 20 May" on a form whose dates run from 13 May 2026: 2026-05-20, not next year\'s', async () => {
  const run = await crawl(g.api, `book a facial on 20 May at ${P('spa')}`);
  const ev = g.one(run, 'book');
  assert.deepEqual([ev.day, ev.treatment], ['2026-05-20', 'Facial'], run.why);
});

/* --- a person named by a part of a message --- */

test('"who announced that release 4.2 was tagged?": the sender of that message (a part classed "who")', async () => {
  const run = await crawl(g.api, `${P('chat')}: who announced that release 4.2 was tagged?`);
  assert.equal(lastExtract(run).text, 'Lotte', run.why);
});

testFull('"who said the deploy is green?": Kwame', async () => {
  const run = await crawl(g.api, `${P('chat')} who said the deploy is green?`);
  assert.equal(lastExtract(run).text, 'Kwame', run.why);
});

/* --- the page said first, a question after it with no mark --- */

test('"<url> are the cable ties in stock?": the page opened, then the question asked (not only the page)', async () => {
  const run = await crawl(g.api, `${P('stock')} are the cable ties in stock?`);
  assert.match(lastExtract(run).text, /^No\b/, run.why);
});

test('"look up the stock status of the wing nuts": a question (Low stock), not a search', async () => {
  const run = await crawl(g.api, `On ${P('stock')} look up the stock status of the wing nuts`);
  assert.match(lastExtract(run).text, /Low stock/, run.why);
  assert.equal(g.events(run, 'search').length, 0, run.why);
});

/* --- advice after the request is tried, not a step that fails --- */

test('"Tell me what Imogen thought of it. You may need to show more reviews.": answered, the advice tried', async () => {
  const run = await crawl(g.api, `Open ${P('cottage')}. Tell me what Imogen thought of it. You may need to show more reviews.`);
  assert.match(lastExtract(run).text, /stove smoked/, run.why);
});

stopsCleanly(g);

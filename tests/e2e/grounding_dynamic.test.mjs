// Grounding, kind 8 of issue 10: pages that change. A click that opens a tab
// moves the task to it (logged) and "switch back to the first tab" returns;
// "click Load more until X shows"; an infinite list scrolled until an item
// or the end; "scroll down 500 pixels"; client-side tabs with hash routing.
// Loading more before acting or answering (a bank's Load older, a chat's
// Load earlier messages at the top, a news feed that loads as one scrolls
// and ends with "You're all caught up", a digest's "Show more →" link at
// the bottom), tab widgets in two levels and sections, and waits with a
// limit. New tabs: grounding_pages.test.mjs.
import assert from 'node:assert/strict';
import { test, testFull, full, FULL } from './lib/harness.mjs';
import { crawl, stepsWith } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-dynamic');
const G = g.G;

test('a click that opens a new tab moves the task there; "switch back to the first tab" returns', async () => {
  const run = await crawl(g.api, [`Open ${G('/dynamic.html')}`, 'click Open the yearly report', 'get the title',
    'switch back to the first tab', 'get the title']);
  const titles = stepsWith(run, 'extract').map((s) => s.text);
  assert.deepEqual(titles, ['Yearly Report 2024', 'Birding Club'], run.why);
  const logs = (run.task.progress?.logs || []).join('\n');
  assert.match(logs, /opened a new tab: moved to it/, run.why);
});

// full tier: grounding_pages' "go back to the list and click View label. What is the barcode?" covers a question answered on the tab a click opened
testFull('the new tab is read by the agent too: "how many species were counted?" after the click that opened it', async () => {
  // The agent's isolated world belongs to one document of one tab: after
  // the task moved to the new tab, a question must be answered there, not
  // fail on the old tab's world ("Cannot find context with specified id").
  const run = await crawl(g.api, `Open ${G('/dynamic.html')}, click Open the yearly report (it opens a new tab) and tell me how many species were counted`);
  assert.match(stepsWith(run, 'extract').at(-1).text, /212/, run.why);
});

// "click X until Y shows": the digest's Show more below keeps it in the quick tier
testFull('"click Load more until Blue heron shows"', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic.html')}, click Load more until "Blue heron" shows`);
  const shown = g.site.eventsSince(run.since, (e) => e.action === 'more').map((e) => e.shown);
  assert.ok(Math.max(...shown) >= 23 && Math.max(...shown) <= 25, `${JSON.stringify(shown)}\n${run.why}`);
});

// full tier: crawler_dynamic '"scroll down 500 pixels, then scroll up 200 pixels"' covers a scroll by pixels
testFull('"scroll down 500 pixels"', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic.html')} and scroll down 500 pixels`);
  await new Promise((r) => setTimeout(r, 400));
  const ys = g.site.eventsSince(run.since, (e) => e.action === 'scroll').map((e) => e.y);
  assert.ok(ys.some((y) => y >= 480 && y <= 520), `${JSON.stringify(ys)}\n${run.why}`);
});

test('an infinite list: "scroll until The rare orchid is visible and click it"', async () => {
  const run = await crawl(g.api, `Open ${G('/infinite.html')}, scroll until "The rare orchid" is visible and click it`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'open').map((e) => e.n), [37], run.why);
});

// the scroll until an item of the test above, said as "keep loading": the full tier
testFull('"keep loading until you find X" on a list with no Load more button: it scrolls', async () => {
  const run = await crawl(g.api, `Open ${G('/infinite.html')}, keep loading until you find "The rare orchid", then click it`);
  assert.deepEqual(g.site.eventsSince(run.since, (e) => e.action === 'open').map((e) => e.n), [37], run.why);
});

// full tier: grounding_reveal '"scroll through" a list that loads as it scrolls' covers scrolling a loading list to its end
testFull('"scroll until the end" of an infinite list', async () => {
  const run = await crawl(g.api, `Open ${G('/infinite.html')} and scroll until the end`);
  const pages = g.site.eventsSince(run.since, (e) => e.page === 'infinite' && e.action === 'loaded').map((e) => e.pages);
  assert.equal(Math.max(...pages), 6, `all six pages of notes: ${JSON.stringify(pages)}\n${run.why}`);
});

test('client-side tabs with hash routing: "open the Your Feed tab"', async () => {
  const run = await crawl(g.api, `Open ${G('/dynamic.html')}, open the Your Feed tab and get the page text`);
  assert.match(run.state.url || '', /#\/mine$/, run.why);
  assert.match(stepsWith(run, 'extract').at(-1).text, /Owl at dusk/, run.why);
});

const answers = (run) => stepsWith(run, 'extract').map((s) => String(s.text ?? ''));
const events = (run, page, action) => g.site.eventsSince(run.since, (e) => e.page === page && e.action === action);

// full tier: 'a chat with "Load earlier messages" ...: who wrote the very first message' covers loading all, then reading the oldest
testFull('a bank list with Load older: "load every transaction" loads until the button is gone, then the oldest is read', async () => {
  for (const phrase of [
    `Open ${G('/dynamic-bank.html')}, load every transaction and tell me the date of the oldest one`,
    ...full([`${G('/dynamic-bank.html')} — Load all the transactions. What is the date of the oldest transaction?`]),
  ]) {
    const run = await crawl(g.api, phrase);
    assert.equal(Math.max(...events(run, 'bank', 'older').map((e) => e.shown)), 40, run.why);
    assert.match(answers(run).at(-1), /2 January 2026/, run.why);
  }
});

// full tier: grounding_planner '"find X (load more if needed). How much was it?"' covers loading until the thing a question names shows
testFull('a question about a transaction not shown yet loads older ones until it is there', async () => {
  // the answers: the full tier (the quick one keeps the run below, its last phrasing)
  for (const phrase of full([
    `Open ${G('/dynamic-bank.html')}. Load older transactions and tell me the amount of the Shell payment on 8 March`,
    `On ${G('/dynamic-bank.html')}, what did I pay at Shell?`,
  ])) {
    const run = await crawl(g.api, phrase);
    assert.match(answers(run).at(-1), /61\.80/, run.why);
  }
  const run = await crawl(g.api, `On ${G('/dynamic-bank.html')}, what did I pay at Shell?`);
  // loaded as far as the 8 March payment, not the whole history
  assert.ok(Math.max(...events(run, 'bank', 'older').map((e) => e.shown)) < 40, run.why);
  assert.match((run.task.progress?.logs || []).join('\n'), /loaded more \d+ times?: the words name what was not shown/, run.why);
});

// full tier: the chat's "load all older messages" below covers loading until nothing more comes
testFull('"keep clicking X until there are no more": until the control is gone, or stops adding', async () => {
  let run;
  // until the control is gone: as the bank test above, the full tier
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/dynamic-bank.html')}, keep clicking Load older transactions until there are no more, then tell me the date of the oldest transaction`);
    assert.equal(Math.max(...events(run, 'bank', 'older').map((e) => e.shown)), 40, run.why);
    assert.match(answers(run).at(-1), /2 January 2026/, run.why);
  }
  // the chat's button stays when the history is all there: the clicks end when nothing more comes
  run = await crawl(g.api, `On ${G('/dynamic-chat.html')} keep clicking "Load earlier messages" until nothing more loads`);
  const firsts = events(run, 'chat', 'earlier').map((e) => e.first);
  assert.equal(Math.min(...firsts), 0, run.why);
  assert.ok(firsts.length <= 6, `${JSON.stringify(firsts)}\n${run.why}`);
});

test('a chat with "Load earlier messages" at the top, which stays when there are no more: who wrote the very first message', async () => {
  for (const phrase of [
    `On ${G('/dynamic-chat.html')} load all older messages and tell me who wrote the very first message`,
    ...full([`${G('/dynamic-chat.html')}: load the earlier messages until "expense reports" shows`,
      `Open ${G('/dynamic-chat.html')}, load earlier messages until you find the one about expense reports`]),
  ]) {
    const run = await crawl(g.api, phrase);
    const firsts = events(run, 'chat', 'earlier').map((e) => e.first);
    if (/very first/.test(phrase)) {
      assert.equal(Math.min(...firsts), 0, run.why);
      assert.equal(answers(run).at(-1), 'Priya', run.why);
    } else {
      assert.ok(Math.min(...firsts) <= 4 && Math.min(...firsts) >= 3, `${JSON.stringify(firsts)}\n${run.why}`);
    }
  }
});

// full tier: the infinite list's orchid covers scrolling until an item shows, the bank's Shell payment a question loading what it names, the digest's "press Show more twice" loading a given number of times
testFull('an infinite news feed: scroll until a story shows, until the end, until 30 are loaded, or load more once', async () => {
  let run;
  // further phrasings of "until a story shows" (and "until the end", as on the infinite list above): the full tier
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/dynamic-feed.html')}, scroll until you find the story about robot lawnmowers and tell me who wrote it`);
    assert.equal(answers(run).at(-1), 'Dana Whitfield', run.why);
  }
  // a question about a story further down: the feed is scrolled until it is there
  run = await crawl(g.api, `Open ${G('/dynamic-feed.html')}. Who wrote the story about robot lawnmowers?`);
  assert.equal(answers(run).at(-1), 'Dana Whitfield', run.why);
  assert.ok(Math.max(...events(run, 'feed', 'loaded').map((e) => e.shown)) < 42, run.why);
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/dynamic-feed.html')}. Scroll the feed until 'Robot lawnmowers' shows up`);
    const loaded = Math.max(...events(run, 'feed', 'loaded').map((e) => e.shown));
    assert.ok(loaded >= 27 && loaded < 42, `${loaded}\n${run.why}`);
    run = await crawl(g.api, `Open ${G('/dynamic-feed.html')} and scroll to the very bottom until it says you're all caught up`);
    assert.equal(Math.max(...events(run, 'feed', 'loaded').map((e) => e.shown)), 42, run.why);
  }
  run = await crawl(g.api, `Open ${G('/dynamic-feed.html')}, keep scrolling until at least 30 stories are loaded, then click Save on the 30th story`);
  assert.ok(Math.max(...events(run, 'feed', 'loaded').map((e) => e.shown)) >= 30, run.why);
  assert.deepEqual(events(run, 'feed', 'save').map((e) => e.n), [30], run.why);
  // its own address: the task before may still be loading as it closes
  run = await crawl(g.api, `Open ${G('/dynamic-feed.html?run=more')} and load more stories`);
  assert.deepEqual(events(run, 'feed', 'loaded').filter((e) => e.at === '?run=more').map((e) => e.shown), [8, 16], run.why);
});

test('a "Show more →" link at the bottom of a digest: until a story shows, and "press Show more twice"', async () => {
  let run = await crawl(g.api, `Open ${G('/dynamic-digest.html')} and click Show more until the story "A solar kiln for drying wood" appears, then click Save on "A solar kiln for drying wood"`);
  assert.deepEqual(events(run, 'digest', 'save').map((e) => e.n), [19], run.why);
  assert.equal(Math.max(...events(run, 'digest', 'more').map((e) => e.shown)), 24, run.why);
  if (FULL) { // a further phrasing of the first
    run = await crawl(g.api, `Open ${G('/dynamic-digest.html')}, show more posts until "A solar kiln for drying wood" is visible`);
    assert.equal(Math.max(...events(run, 'digest', 'more').map((e) => e.shown)), 24, run.why);
  }
  run = await crawl(g.api, `Open ${G('/dynamic-digest.html')}, press "Show more" twice`);
  assert.deepEqual(events(run, 'digest', 'more').map((e) => e.shown), [6, 12, 18], run.why);
});

// full tier: grounding_answers "hidden content the question names: tabs it names" covers a day tab and a stage tab a question names
testFull('tabs in two levels: the day and the stage a question names are opened before it is answered', async () => {
  // the quick tier keeps the question that names both tabs and opens neither
  const cases = [
    ...full([[`Open ${G('/dynamic-fest.html')}, open the Sunday tab and tell me who plays at 21:30 on the Lake stage`, 'Glass Canoe']]),
    [`On ${G('/dynamic-fest.html')}, who plays on the Forest stage on Saturday at 20:00?`, 'Hollow Pines'],
    ...full([[`Open ${G('/dynamic-fest.html')} and click the Forest stage tab for Friday. Who plays at 21:30?`, 'Lantern Kids'],
      [`Open ${G('/dynamic-fest.html')}. Go to Saturday, then the Lake stage tab. Who plays at 22:00?`, 'Moon Swimmers']]),
  ];
  for (const [phrase, who] of cases) {
    const run = await crawl(g.api, phrase);
    assert.equal(answers(run).at(-1), who, run.why);
  }
});

// full tier: the hash-routed tabs above cover a tab opened and its panel read, grounding_answers' "hidden content the question names" a tab a question names
testFull('tab widgets made of links and a collapsed menu group: the panel shown is read', async () => {
  let run = await crawl(g.api, `Open ${G('/dynamic-settings.html')}, Advanced tab, what is the data retention?`);
  assert.equal(answers(run).at(-1), '180 days', run.why);
  assert.deepEqual(events(run, 'settings', 'tab').map((e) => e.tab), ['Advanced'], run.why);
  if (FULL) { // further readings of a link tab's panel
    // "read what it shows": the tab's panel, not its label
    run = await crawl(g.api, `Open ${G('/dynamic-settings.html')}, click the Notifications tab and read what it shows`);
    assert.equal(answers(run).at(-1), 'Email digest: Weekly Mobile push: Off', run.why);
    run = await crawl(g.api, `On ${G('/dynamic-settings.html')}: in Channels, which channel has 11 members?`);
    assert.equal(answers(run).at(-1), '#design', run.why);
  }
  // full tier: grounding_trees 'docs sidebar: "open Guides › Deploy › Docker"' covers a collapsed group of a side menu opened, then its entry
  if (FULL) {
    run = await crawl(g.api, `Open ${G('/dynamic-settings.html')}, expand Guides in the left menu and click Importing data`);
    assert.deepEqual(events(run, 'settings', 'group').map((e) => [e.name, e.open]), [['Guides', true]], run.why);
    assert.match(run.state.url || '', /#g2$/, run.why);
  }
});

test('"wait up to N s for X" honours N: it waits for what comes in time, and fails saying the limit when it does not', async () => {
  let run = await crawl(g.api, `Open ${G('/dynamic-wait.html?delay=2500')}, wait up to 6 s for the results and tell me the price of FR 8342`);
  assert.match(answers(run).at(-1), /€54/, run.why);
  run = await crawl(g.api, `Open ${G('/dynamic-wait.html?delay=20000')} and wait up to 3 seconds for the results`, { expect: 'failed' });
  assert.match(run.task.error || '', /"results" did not appear within 3\.0 s/, run.why);
});

test('"wait until the spinner is gone" and "wait for X to disappear" wait for it to go, within a limit when one is said', async () => {
  for (const phrase of [
    `Open ${G('/dynamic-wait.html?delay=2500')}, wait until the spinner is gone, then get the page text`,
    ...full([`Open ${G('/dynamic-wait.html?delay=2500')}. Wait for "Searching for the best fares" to disappear and read the page`]),
  ]) {
    const run = await crawl(g.api, phrase);
    assert.match(stepsWith(run, 'wait')[0].text || '', /was gone after/, run.why);
    assert.match(answers(run).at(-1), /FR 8342/, run.why);
  }
  const run = await crawl(g.api, `Open ${G('/dynamic-wait.html?delay=20000')} and wait up to 2 seconds until the loading spinner goes away`, { expect: 'failed' });
  assert.match(run.task.error || '', /still shows after 2\.0 s/, run.why);
});

stopsCleanly(g);

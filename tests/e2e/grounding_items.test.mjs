// Grounding, items: a control inside the repeated item the words name (a
// mail row, a table row, a card, a chat message, a list entry), found by a
// person, subject words, an ordinal, a key or a status; shown only on hover
// or kept in the item's "More" menu; states and values set on an item
// (dropdowns, checkboxes, steppers, reactions, a thread's reply); and what
// the control opens (a dialog to fill, confirm or cancel, a toast's Undo, a
// confirm-by-typing box), plus banners closed without accepting them.
// Pages: tests/fixtures/grounding/items-*.html; the agent: 17-items.js.
import assert from 'node:assert/strict';
import { test, testFull, full, FULL } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-items');
const G = g.G;

const { events: evs } = g;

/** The page's events of a run as "action:key" strings, in order. */
function said(run, keys = ['mail', 'who', 'msg', 'item', 'sku', 'inv', 'which', 'file', 'how']) {
  return evs(run).filter((e) => e.action !== 'consent' || keys.includes('how')).map((e) => {
    const k = keys.find((x) => e[x] != null);
    return k ? `${e.action}:${e[k]}` : e.action;
  });
}

/** Run each phrasing on a fresh page; check(run, phrase) asserts. */
async function each(page, phrases, check) {
  for (const p of phrases) {
    const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
    await check(run, p);
  }
}

test('mail: the control in the row the words name (sender, subject words, an icon shown on hover)', async () => {
  // the quick tier keeps the sender and subject words of one row (its tools
  // are all shown on hover); further phrasings and rows: the full tier
  await each('/items-mail.html', full([
    'archive the email from Shopmart',
    'Archive the Shopmart email',
  ]), (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['archive:shop'], run.why));
  await each('/items-mail.html', [
    'archive Tom\'s email about sushi',
    ...full(['archive Tom\'s lunch email (the one about sushi)']),
  ], (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['archive:tom-sushi'], run.why));
  await each('/items-mail.html', full([
    'delete the message from Tomas with its bin icon',
    'delete the email about the printer',
  ]), (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['delete:tomas'], run.why));
});

test('mail: both items, an item by its status (unread), and a tie fails with the candidates', async () => {
  // several items of one sender: the full tier (the quick one keeps a team's every row)
  await each('/items-mail.html', full([
    'star both emails from Lee Ho',
    'star all the emails from Lee Ho',
  ]), (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')).sort(), ['star:lee-off', 'star:lee-q'], run.why));
  await each('/items-mail.html', ['star the unread email from Lee Ho'],
    (run) => assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['star:lee-q'], run.why));
  const run = await crawl(g.api, `Open ${G('/items-mail.html')}. archive the email from Tom Reyes`, { expect: 'failed' });
  assert.deepEqual(evs(run, 'archive'), [], run.why);
  assert.match(JSON.stringify(run.results), /alike|say which/, run.why);
});

// full tier: "team table: an action in the row's ⋮ menu, ..." and "files: ..., a menu without ARIA, ..." cover an action kept in a row's menu
testFull('mail: a state kept in the row\'s "More" menu', async () => {
  await each('/items-mail.html', [
    'mark the GitHub notification as read without opening it',
    ...full(['mark the email about PR 88 as read']), // a further phrasing: the full tier
  ], (run) => {
    assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['read:gh'], run.why);
  });
});

test('mail: undo from the toast, and banners closed without accepting', async () => {
  let run = await crawl(g.api, `Open ${G('/items-mail.html')}. Archive the Shopmart email and then undo it from the notification`);
  assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['archive:shop', 'undo:shop'], run.why);
  // full tier: grounding_scope 'a consent bar in a shadow root: "close the cookie notice"' covers a banner closed without accepting
  for (const p of full(['close the cookie banner with the X, without accepting', 'Close the cookie notice without accepting it'])) {
    run = await crawl(g.api, `Open ${G('/items-mail.html')}. ${p}`);
    assert.deepEqual(said(run), ['consent:closed'], run.why);
  }
  if (FULL) { // further banners closed without accepting: the full tier
    run = await crawl(g.api, `Open ${G('/items-mail.html')}. refuse the optional cookies`);
    assert.deepEqual(said(run), ['consent:necessary'], run.why);
    run = await crawl(g.api, `Open ${G('/items-mail.html')}. dismiss the yellow promotion bar`);
    assert.deepEqual(said(run).filter((e) => !e.startsWith('consent')), ['promo:dismiss'], run.why);
  }
});

// full tier: grounding_act '"set X to Y", "reassign X to Y": ... a dropdown in X\'s row' covers reassigning by a row's dropdown, "make Tariq an Admin" below this table's
testFull('team table: a role or owner dropdown in the row, the row the name begins', async () => {
  // the quick tier keeps the owner by first names (a role: "make Tariq an Admin" below)
  const cases = [
    ...full([['change Jo Berg\'s role to Guest', 'role:jo:Guest'],
      ['Set Nina Park\'s role to editor', 'role:nina:Editor']]),
    ['reassign Victor to Alex', 'owner:victor:Alex Kim'],
    ...full([['hand Nina over to Jo Berg', 'owner:nina:Jo Berg']]),
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-team.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.who}:${e.value}`), [want], run.why);
  }
});

test('team table: an action in the row\'s ⋮ menu, then the confirmation answered as asked', async () => {
  let run = await crawl(g.api, `Open ${G('/items-team.html')}. remove Nina Park from the workspace and confirm`);
  assert.deepEqual(said(run), ['removed:nina'], run.why);
  for (const p of ['start removing Jo Berg but press Cancel in the confirmation', ...full(['Remove Tariq, then change your mind and cancel'])]) {
    run = await crawl(g.api, `Open ${G('/items-team.html')}. ${p}`);
    assert.equal(evs(run, 'removed').length, 0, run.why);
    assert.equal(evs(run, 'remove-cancelled').length, 1, run.why);
  }
  run = await crawl(g.api, `Open ${G('/items-team.html')}. delete the workspace acme-prod (type its name to confirm)`);
  assert.deepEqual(evs(run).map((e) => `${e.action}:${e.typed}`), ['ws-deleted:acme-prod'], run.why);
  if (FULL) { // a further phrasing, and a dialog closed with × (the files' rename below): the full tier
    run = await crawl(g.api, `Open ${G('/items-team.html')}. delete the acme-prod workspace, typing acme-prod to confirm`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.typed}`), ['ws-deleted:acme-prod'], run.why);
    run = await crawl(g.api, `Open ${G('/items-team.html')}. Click Invite people. Close that window with the × without inviting anyone`);
    assert.deepEqual(said(run), ['invite-closed'], run.why);
  }
});

// full tier: grounding_items3's "make Ada Quill a Maintainer" covers a row's control opening a dialog, filled and saved
testFull('stock: the row\'s button that opens a dialog with a quantity, filled and placed', async () => {
  const cases = [
    ['restock the Hex nut M8 with 400 units', 'restock:HX-M8:400'],
    ...full([['order 25 more duct tape (use the restock button on its row)', 'restock:TP-50:25']]), // a further phrasing
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-stock.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.sku}:${e.units}`), [want], run.why);
  }
});

test('stock: a button of the card or row named by a key, a status or an icon\'s title', async () => {
  // full tier: the overdue invoice below covers a row's button by what the row says
  await each('/items-stock.html', full(['print the label for the gloves in size L']), (run) => assert.deepEqual(said(run), ['label:GL-L'], run.why));
  // full tier: the overdue invoice below covers a button of the row its words name
  await each('/items-stock.html', full(['open the Q1 revenue report', 'Open the report on Q1 revenue']), (run) => assert.deepEqual(said(run), ['report:q1'], run.why));
  // by the key: the full tier (the quick one names files by theirs)
  await each('/items-stock.html', [...full(['view invoice INV-2077']), 'view the overdue invoice'], (run) => assert.deepEqual(said(run), ['view:INV-2077'], run.why));
  await each('/items-stock.html', full(['download INV-2076.pdf']), (run) => assert.deepEqual(said(run), ['download:INV-2076.pdf'], run.why));
});

test('chat: reactions by name through the message\'s picker, a pin shown on hover, a reply in its thread', async () => {
  // the quick tier keeps a reaction named otherwise than its title (through
  // the bar shown on hover); further ones and the replies: the full tier
  const cases = [
    ...full([['react with a thumbs up to Raj\'s message about the fire drill', 'react:raj-drill:\u{1F44D}'],
      ['put an eyes reaction on the last message', 'react:kwame-db:\u{1F440}'],
      ['React to Sam\'s message with a heart', 'react:sam-pr:\u2764\uFE0F']]),
    ['add a party popper reaction to Kwame\'s message about the deploy', 'react:kwame-deploy:\u{1F389}'],
    ...full([['pin the message asking for a review of PR 88', 'pin:sam-pr:undefined']]),
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-chat.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.msg}:${e.emoji}`), [want], run.why);
  }
  // full tier: the party popper above covers the message's bar shown on hover
  for (const [p, want] of full([['reply in the thread of Kwame\'s message about the migration with "great work"', 'kwame-db:great work'],
    ['reply to Raj\'s lunch message in a thread saying "count me in"', 'raj-lunch:count me in']])) {
    const run = await crawl(g.api, `Open ${G('/items-chat.html')}. ${p}`);
    assert.deepEqual(evs(run, 'reply').map((e) => `${e.msg}:${e.text}`), [want], run.why);
  }
});

// full tier: grounding_items3's lentils and tahini cover two items ticked, grounding_things' teapot a stepper to a number, "increase the coffee beans by one" below a stepper by one, grounding_shapes' "clear completed" a list's clear
testFull('shopping list: ticking items off, steppers to a number or by one, and the list\'s Clear done', async () => {
  // the quick tier keeps two items ticked and a stepper to a number (by one: below)
  const cases = [
    ...full([['mark the chickpeas as bought', ['done:chickpeas:true']],
      ['tick off the sourdough loaf', ['done:sourdough:true']]]),
    ['mark the bananas and the chickpeas as bought', ['done:bananas:true', 'done:chickpeas:true']],
    ['reduce the bananas to 4', ['qty:bananas:5', 'qty:bananas:4']],
    ...full([['add one more bag of coffee', ['qty:coffee:2']]]),
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-shop.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.item}:${e.action === 'qty' ? e.qty : e.done}`), want, run.why);
  }
  for (const p of ['clear the items that were already bought', ...full(['remove the items I already bought'])]) {
    const run = await crawl(g.api, `Open ${G('/items-shop.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.gone}`), ['clear:coffee,oat'], run.why);
  }
});

test('news: a story by its ordinal, its quoted title, its author or its subject (the links row under its title row)', async () => {
  // the quick tier keeps an ordinal and a quoted title (authors and subjects
  // name the mail and chat items); further ones: the full tier
  const cases = [
    ['save the third story', 'save:s3'],
    // full tier: the third story covers a story's links row, grounding_itemacts' "bring back the archived episode 'Tides and moons'" an item by its quoted title
    ...full([['hide the story "Bridge reopens"', 'hide:s2']]),
    ...full([['upvote the top story', 'upvote:s1'],
      ['Hide the last story', 'hide:s5'],
      ['save the story by lena', 'save:s4'],
      ['upvote the story about harbour seals', 'upvote:s4']]),
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-news.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.story}`), [want], run.why);
  }
});

test('files: row icons shown on hover (display none), a menu without ARIA, dialogs without roles', async () => {
  // the quick tier keeps a menu item without ARIA and an icon shown on hover
  // opening a dialog without roles, closed with ×; the others: the full tier
  const cases = [
    ...full([['download INV-0042.pdf', ['download:INV-0042.pdf']],
      ['delete budget.xlsx (confirm it)', ['deleted:budget.xlsx']],
      ['delete the budget file, then cancel', ['delete-cancelled:budget.xlsx']],
      ['share notes.txt', ['share:notes.txt']]]),
    ['star the INV-0041.pdf file', ['star:INV-0041.pdf']],
    ...full([['rename photo.png to beach.png', ['rename-open:photo.png', 'rename:photo.png']]]),
    ['open the rename dialog for photo.png and close it with ×', ['rename-open:photo.png', 'rename-closed:photo.png']],
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-files.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.file}`), want, run.why);
  }
});

test('team table and lists: "make X an Admin", one item\'s menu action, every item of a team, a stepper by one', async () => {
  let run = await crawl(g.api, `Open ${G('/items-team.html')}. make Tariq an Admin`);
  assert.deepEqual(evs(run).map((e) => `${e.action}:${e.who}:${e.value}`), ['role:tariq:Admin'], run.why);
  if (FULL) { // one item's menu action: the ⋮ menu's Remove above (quick tier)
    run = await crawl(g.api, `Open ${G('/items-team.html')}. send a password reset to Mark Bell`);
    assert.deepEqual(said(run), ['reset:mark'], run.why);
  }
  run = await crawl(g.api, `Open ${G('/items-team.html')}. Send password resets to everyone in the Sales team`);
  assert.deepEqual(said(run), ['reset:tariq', 'reset:mark', 'reset:nina'], run.why);
  run = await crawl(g.api, `Open ${G('/items-shop.html')}. increase the coffee beans by one`);
  assert.deepEqual(evs(run).map((e) => `${e.action}:${e.item}:${e.qty}`), ['qty:coffee:2'], run.why);
});

// full tier: grounding_shadow '"add the sourdough loaf in the 1 kg size to the basket"' covers an item and its control inside a web component
testFull('shadow DOM: the item and its control inside a web component', async () => {
  const cases = [
    ['resolve the ticket about the VPN', 'resolve:T-102'],
    ...full([['resolve T-101', 'resolve:T-101'], // further items: the full tier
      ['assign T-103 to me', 'assign:T-103']]),
  ];
  for (const [p, want] of cases) {
    const run = await crawl(g.api, `Open ${G('/items-shadow.html')}. ${p}`);
    assert.deepEqual(evs(run).map((e) => `${e.action}:${e.ticket}`), [want], run.why);
  }
});

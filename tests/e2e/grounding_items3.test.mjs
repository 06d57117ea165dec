// Grounding, the same verb on several named things and items a list holds
// further down (issue 10): names in quotes are each their own thing ("save
// both "A" and "B"", "remove "A" and "B" from the list"), a state said of
// several things ("mark the lentils and the tahini as bought") is each one's
// box even when buttons in its row are named for it too, a thing named that
// the feed has not loaded yet is loaded first, and a role word in the plural
// before a noun says what kind of thing it is ("the photos email"), and a
// question after opening a message reads the pane it opened, and an item's
// option said with it ("the raincoat in Ochre") is chosen before its button.
// A value is set through what a row's control opens (a menu's "Edit access
// level", then its dialog). Pages: tests/fixtures/grounding/items6-*.html,
// items7-crew.html, items8-repo.html and items9-*.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-items3');
const G = g.G;

test('a feed: "save both "A" and "B"", the second loaded first (a name with "into" is a name)', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-reads.html')} and save both "Orchard cider wins a regional prize" and "Library opens a seed swap into the summer"`);
  const saved = g.events(run, 'save').map((e) => e.n);
  assert.deepEqual(saved, [23, 52], run.why);
  assert.match(run.why, /loaded more: "Library opens a seed swap into the summer" was not on the page yet/, run.why);
});

test('a list: "mark the lentils and the tahini as bought" ticks each box, not a stepper named for it', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')} and mark the lentils and the tahini as bought`);
  assert.deepEqual(g.events(run, 'got').map((e) => [e.item, e.done]), [['Lentils', true], ['Tahini', true]], run.why);
  assert.deepEqual(g.events(run, 'more').concat(g.events(run, 'fewer')), [], run.why);
});

// full tier: the feed's "save both \"A\" and \"B\"" above covers names in quotes, each its own thing
testFull('a list: "remove "Pears" and "Green tea" from the list": each row\'s ×', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')} and remove "Pears" and "Green tea" from the list`);
  assert.deepEqual(g.events(run, 'remove').map((e) => e.item), ['Pears', 'Green tea'], run.why);
});

test('"open the photos email from Carla and tell me the album password": a message by its subject\'s word', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')}, open the photos email from Carla and tell me the album password`);
  assert.deepEqual(g.events(run, 'open').map((e) => e.subject), ['Photos from the lake'], run.why);
  assert.match(lastExtract(run).text, /lark-77/, run.why);
});

// full tier: "open the photos email ... and tell me the album password" above covers a question asked of the pane a message opened
testFull('a question after opening a message is asked of the pane it opened, not the counter that changed with it', async () => {
  let run = await crawl(g.api, `Open ${G('/items6-basket.html')}, open the invoice email and tell me when it is due`);
  assert.deepEqual(g.events(run, 'open').map((e) => e.subject), ['Invoice for March'], run.why);
  assert.match(lastExtract(run).text, /12 May/, run.why);
  // the seat, not the booking's code, which comes first
  run = await crawl(g.api, `Open ${G('/items6-basket.html')}, open the Skyway booking confirmation and get my seat number`);
  assert.equal(lastExtract(run).text, '22A', run.why);
});

testFull('"find X and tell me Y": asked of what was found, opened to read there (by its text, not its ☆)', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-basket.html')}, find the dinner email from Carla and tell me what time she suggests`);
  assert.deepEqual(g.events(run, 'open').map((e) => e.subject), ['Dinner on Friday?'], run.why);
  assert.deepEqual(g.events(run, 'star'), [], run.why);
  assert.match(lastExtract(run).text, /19:30/, run.why);
});

// full tier: grounding_shadow '"add the sourdough loaf in the 1 kg size to the basket"' covers an item's option chosen before its button, grounding_answers' order number a toast read
testFull('a card\'s option the words name is chosen before its button; the toast, not the cart\'s count, is what it says', async () => {
  const run = await crawl(g.api, `Open ${G('/items6-shop.html')}, add the Harbour Raincoat in Ochre to the cart and tell me what the confirmation says`);
  assert.deepEqual(g.events(run, 'add').map((e) => [e.name, e.color]), [['Harbour Raincoat', 'Ochre']], run.why);
  assert.match(lastExtract(run).text, /Harbour Raincoat \(Ochre\) added to your cart/, run.why);
});

// tests/fixtures/grounding/items7-crew.html: a card among like cards is the
// item its words name though two of its lines are alike (an e-mail that
// holds the name, a station), and a name glued to a badge by innerText
// ("Oona VeskDays") is still the name; the action is in a menu the page
// builds when its "⋮" opens.
test('a card of a grid: its menu, built when opened, holds the action ("send a shift reminder to Ines Faro")', async () => {
  const run = await crawl(g.api, `Open ${G('/items7-crew.html')} and send a shift reminder to Ines Faro`);
  assert.deepEqual(g.events(run, 'remind').map((e) => e.who), ['Ines Faro'], run.why);
});

// full tier: the shift reminder above covers a card among like cards by its name
testFull('a name that touches its badge is the name: "mark Oona Vesk as off sick"; every card of a station', async () => {
  let run = await crawl(g.api, `Open ${G('/items7-crew.html')} and mark Oona Vesk as off sick`);
  assert.deepEqual(g.events(run, 'off').map((e) => e.who), ['Oona Vesk'], run.why);
  run = await crawl(g.api, `Open ${G('/items7-crew.html')} and send shift reminders to everyone in the Galley`);
  assert.deepEqual(g.events(run, 'remind').map((e) => e.who).sort(), ['Ines Faro', 'Oona Vesk'], run.why);
});

// tests/fixtures/grounding/items8-repo.html: a value set through what a
// control of the row opens (its team's picker of values is no menu). The
// row's menu has no entry that is the value,
// only one that changes the setting ("Edit access level"); its dialog has
// the value as a select's option or a radio button, and a button to save.
test('"make Ada Quill a Maintainer": the menu\'s "Edit access level", the level in its dialog, saved', async () => {
  let run = await crawl(g.api, `Open ${G('/items8-repo.html')} and make Ada Quill a Maintainer`);
  assert.deepEqual(g.events(run, 'level').map((e) => [e.who, e.level]), [['Ada Quill', 'Maintain']], run.why);
  assert.deepEqual(g.events(run, 'remove').concat(g.events(run, 'resend'), g.events(run, 'team-picker')), [], run.why);
  run = await crawl(g.api, `Open ${G('/items8-repo.html')} and change Linus Marr's access to Triage`);
  assert.deepEqual(g.events(run, 'level').map((e) => [e.who, e.level]), [['Linus Marr', 'Triage']], run.why);
});

// full tier: "make Ada Quill a Maintainer" above covers a value set through what the row's control opens
testFull('"change Zoe Tan\'s plan to Enterprise": the row\'s own button opens radio buttons, the one named is chosen', async () => {
  const run = await crawl(g.api, `Open ${G('/items8-repo.html')} and change Zoe Tan's plan to Enterprise`);
  assert.deepEqual(g.events(run, 'plan').map((e) => [e.who, e.plan]), [['Zoe Tan', 'Enterprise']], run.why);
});

// tests/fixtures/grounding/items9-*.html: counts. "N more" of a thing the
// list holds is its stepper, not a new row of the add form below; "twice"
// does a grounded action twice; "the quantity" with no thing named is the
// one quantity on the page.
test('"add two more tins of tomatoes": the row\'s More, twice; no new row', async () => {
  let run = await crawl(g.api, `Open ${G('/items9-larder.html')} and add two more tins of tomatoes`);
  assert.deepEqual(g.events(run, 'count').map((e) => [e.item, e.n]), [['Tinned tomatoes', 2], ['Tinned tomatoes', 3]], run.why);
  assert.deepEqual(g.events(run, 'new'), [], run.why);
  run = await crawl(g.api, `Open ${G('/items9-larder.html')} and add another jar of honey`);
  assert.deepEqual(g.events(run, 'count').map((e) => [e.item, e.n]), [['Honey', 3]], run.why);
  assert.deepEqual(g.events(run, 'new'), [], run.why);
});

// full tier: "add two more tins of tomatoes" above covers a grounded action done twice
testFull('"add the Assam twice": the card\'s Add to bag, pressed twice', async () => {
  const run = await crawl(g.api, `Open ${G('/items9-larder.html')} and add the Assam twice`);
  assert.deepEqual(g.events(run, 'bag').map((e) => e.tea), ['Assam', 'Assam'], run.why);
});

// full tier: grounding_goals' gear ("then in the cart raise the quantity to 3 and check out") covers the one quantity on the page
testFull('"raise the quantity to 3 and check out": the one quantity on the page, by its buttons', async () => {
  const run = await crawl(g.api, `Open ${G('/items9-bag.html')}, raise the quantity to 3 and check out`);
  assert.deepEqual(g.events(run, 'checkout').map((e) => e.n), [3], run.why);
});

// full tier: grounding_roles '"press the button TWO"' covers a control named by the words whole
testFull('"reserve the room": the one control named by the words whole ("Reserve room"), not a control of a like group', async () => {
  const run = await crawl(g.api, `Open ${G('/items9-desk.html')} and reserve the room`);
  assert.deepEqual(g.events(run, 'reserve').map((e) => [e.room, e.people]), [['Any room', 1]], run.why);
  assert.deepEqual(g.events(run, 'people'), [], run.why);
});

stopsCleanly(g);

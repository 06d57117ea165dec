// Grounding, requests with words around them that are not the request: a
// written address inside a sentence shape that used to lose it ("I want a
// floor lamp. Locate it on <url> (it's further down) and put it in my
// cart", "On <url> add ..." with no comma, "(<url>, Specs tab)" in
// brackets after a question) opened first; a name said after a choice's
// option ("my cello Greta", "a violin called Nell") put into the field
// named for that thing, not the person's, beside the person's own name,
// email and phone; custom list-box dropdowns (a button with
// aria-haspopup=listbox, a hidden list of options, a hidden input), two on
// one form, each set by its own name, and a broken one whose options do
// nothing failing the task with what its button still shows; context
// before a request ("We moved house last week.", "Based on my order
// history at <url>, ...") taken as context, not a step that fails; a
// question asked back about a yes or no, the end of a range asked, the
// number a page states over the items it shows, a phone by its qualifier;
// day tabs read and booked by the weekday said whole; a grid that loads as
// the window scrolls.
// Pages: tests/fixtures/grounding/context-*.html.
import assert from 'node:assert/strict';
import { test, testFull } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-context');
const G = g.G;
const C = (name) => G(`/context-${name}.html`);

/* --- a written address, kept and opened first --- */

test('"I want a floor lamp. Locate it on <url> (it\'s further down) and put it in my cart": the page opened, the Floor lamp added', async () => {
  const run = await crawl(g.api, `I want a floor lamp. Locate it on ${C('shop')} (it's further down) and put it in my cart.`);
  assert.deepEqual(g.events(run, 'add').map((e) => e.item), ['Floor lamp'], run.why);
});

testFull('"Looking for a floor lamp. Find it on <url> (scroll down a bit) and add it to my basket": the Floor lamp added', async () => {
  const run = await crawl(g.api, `Looking for a floor lamp. Find it on ${C('shop')} (scroll down a bit) and add it to my basket.`);
  assert.deepEqual(g.events(run, 'add').map((e) => e.item), ['Floor lamp'], run.why);
});

test('"On <url> add the desk lamp to my cart" (no comma): the page opened, the Desk lamp added', async () => {
  const run = await crawl(g.api, `On ${C('shop')} add the desk lamp to my cart`);
  assert.deepEqual(g.events(run, 'add').map((e) => e.item), ['Desk lamp'], run.why);
});

testFull('"On <url> put the tripod lamp in my cart": the Tripod lamp added', async () => {
  const run = await crawl(g.api, `On ${C('shop')} put the tripod lamp in my cart`);
  assert.deepEqual(g.events(run, 'add').map((e) => e.item), ['Tripod lamp'], run.why);
});

test('"what\'s the battery size? (<url>, Specs tab)": the page opened, its Specs tab read', async () => {
  const run = await crawl(g.api, `what's the battery size? (${C('gadget')}, Specs tab)`);
  assert.match(lastExtract(run).text, /4,500 mAh/, run.why);
});

testFull('"how big is the battery? (see <url>, under Specs)": the Specs tab read', async () => {
  const run = await crawl(g.api, `how big is the battery? (see ${C('gadget')}, under Specs)`);
  assert.match(lastExtract(run).text, /4,500 mAh/, run.why);
});

/* --- a thing's name after a choice's option --- */

test('"Book a repair for my cello Greta on <url>; I\'m Jo Park, ...": Greta as the instrument\'s name, Cello chosen, Jo Park as the person\'s', async () => {
  const run = await crawl(g.api, `Book a repair for my cello Greta on ${C('repair')}; I'm Jo Park, jo@park.example, phone 020 7946 0123, and send it`);
  const e = g.one(run, 'book');
  assert.deepEqual({ name: e.name, inst: e.inst, kind: e.kind, phone: e.phone, email: e.email },
    { name: 'Jo Park', inst: 'Greta', kind: 'Cello', phone: '020 7946 0123', email: 'jo@park.example' }, run.why);
});

testFull('"... a repair for a violin called Nell. My name is Ana Ruiz, ...": Nell as the instrument\'s name, Violin chosen', async () => {
  const run = await crawl(g.api, `On ${C('repair')} book a repair for a violin called Nell. My name is Ana Ruiz, email ana@ruiz.example, phone 07700 900123. Send it.`);
  const e = g.one(run, 'book');
  assert.deepEqual({ name: e.name, inst: e.inst, kind: e.kind, phone: e.phone, email: e.email },
    { name: 'Ana Ruiz', inst: 'Nell', kind: 'Violin', phone: '07700 900123', email: 'ana@ruiz.example' }, run.why);
});

/* --- custom list-box dropdowns --- */

test('"On <url> pick colour Teal and save": the Colour list box set to teal, the oven mode left unset', async () => {
  const run = await crawl(g.api, `On ${C('oven')} pick colour Teal and save`);
  const e = g.one(run, 'save');
  assert.deepEqual({ mode: e.mode, colour: e.colour, nick: e.nick }, { mode: '', colour: 'teal', nick: 'Kitchen oven' }, run.why);
});

test('"On <url> set the oven mode to Fan 2x and save": "Fan 2×" chosen in Oven mode, the colour left unset', async () => {
  const run = await crawl(g.api, `On ${C('oven')} set the oven mode to Fan 2x and save`);
  const e = g.one(run, 'save');
  assert.deepEqual({ mode: e.mode, colour: e.colour }, { mode: 'Fan 2×', colour: '' }, run.why);
});

testFull('"On <url> change the colour to Navy, then save": navy, the oven mode left unset', async () => {
  const run = await crawl(g.api, `On ${C('oven')} change the colour to Navy, then save`);
  const e = g.one(run, 'save');
  assert.deepEqual({ mode: e.mode, colour: e.colour }, { mode: '', colour: 'navy' }, run.why);
});

testFull('"On <url> choose Grill for the oven mode and Navy for the colour, and save": both list boxes set', async () => {
  const run = await crawl(g.api, `On ${C('oven')} choose Grill for the oven mode and Navy for the colour, and save`);
  const e = g.one(run, 'save');
  assert.deepEqual({ mode: e.mode, colour: e.colour }, { mode: 'Grill', colour: 'navy' }, run.why);
});

test('"On <url> choose Navy in the broken colour list and save": fails, the dropdown still showing its old text, nothing saved', async () => {
  const run = await crawl(g.api, `On ${C('broken')} choose Navy in the broken colour list and save`, { expect: 'failed' });
  assert.match(run.task.error || '', /still shows/, run.why);
  assert.match(run.task.error || '', /Select a colour/, run.why);
  assert.deepEqual(g.events(run, 'save'), [], `nothing saved\n${run.why}`);
});

testFull('"On <url> set the colour to Cream and save" on the broken list: fails the same way', async () => {
  const run = await crawl(g.api, `On ${C('broken')} set the colour to Cream and save`, { expect: 'failed' });
  assert.match(run.task.error || '', /still shows/, run.why);
  assert.deepEqual(g.events(run, 'save'), [], `nothing saved\n${run.why}`);
});

/* --- the part of the app where the answer is --- */

test('"On <url>, what\'s the renewal date of my family membership?": the row that says Family, followed by its code to its own page', async () => {
  const run = await crawl(g.api, `On ${C('members')}, what's the renewal date of my family membership?`);
  assert.match(lastExtract(run).text, /12 June 2027/, run.why);
  assert.doesNotMatch(lastExtract(run).text, /2026|March 2027|Renew/, run.why);
});

test('"how much is a replacement card? <url>": the Fees page, not a caption of this one', async () => {
  const run = await crawl(g.api, `how much is a replacement card? ${C('members')}`);
  assert.match(lastExtract(run).text, /£5\.00/, run.why);
});

/* --- verbs that name a row's action --- */

test('"check out the guest in room 12 on <url>": that row\'s hover-only Check out, not another\'s', async () => {
  const run = await crawl(g.api, `check out the guest in room 12 on ${C('desk')}`);
  assert.deepEqual(g.events(run, 'checkout').map((e) => e.room), ['12'], run.why);
});

testFull('"On <url> check out Tom Beck": his row\'s Check out', async () => {
  const run = await crawl(g.api, `On ${C('desk')} check out Tom Beck`);
  assert.deepEqual(g.events(run, 'checkout').map((e) => e.room), ['14'], run.why);
});

test('"On <url> rent the scooter with the highest charge": the one its number picks', async () => {
  const run = await crawl(g.api, `On ${C('scooters')} rent the scooter with the highest charge`);
  assert.deepEqual(g.events(run, 'rent').map((e) => e.scooter), ['S-77'], run.why);
});

testFull('"On <url> rent the scooter with the lowest charge"', async () => {
  const run = await crawl(g.api, `On ${C('scooters')} rent the scooter with the lowest charge`);
  assert.deepEqual(g.events(run, 'rent').map((e) => e.scooter), ['S-31'], run.why);
});

test('"How spicy is the lamb curry? Its menu card on <url> should say.": the lamb\'s own card, read there', async () => {
  const run = await crawl(g.api, `How spicy is the lamb curry? Its menu card on ${C('menu')} should say.`);
  assert.match(lastExtract(run).text, /Hot/, run.why);
  assert.doesNotMatch(lastExtract(run).text, /Mild|Medium|£14/, run.why);
});

testFull('"How spicy is the dal? See its menu card on <url>": the dal\'s card', async () => {
  const run = await crawl(g.api, `How spicy is the dal? See its menu card on ${C('menu')}`);
  assert.match(lastExtract(run).text, /Mild/, run.why);
});

/* --- a report said as a story --- */

test('"A swing in Elm Park by the north gate is broken. Report it on <url> with the note ..., my email is ...": each part in its field, sent', async () => {
  const run = await crawl(g.api, `A swing in Elm Park by the north gate is broken. Report it on ${C('report')} with the note 'chain snapped', my email is kim@x.example`);
  const f = g.one(run, 'report').fields;
  assert.deepEqual({ kind: f.kind, park: f.park, near: f.near, email: f.email }, { kind: 'Broken equipment', park: 'Elm Park', near: 'north gate', email: 'kim@x.example' }, run.why);
  assert.match(f.what, /^chain snapped$/i, run.why);
});

testFull('"There\'s graffiti on the bandstand in Riverside Park. Report it at <url> — email me at ...": the type, the park', async () => {
  const run = await crawl(g.api, `There's graffiti on the bandstand in Riverside Park. Report it at ${C('report')} — email me at jo@y.example`);
  const f = g.one(run, 'report').fields;
  assert.deepEqual({ kind: f.kind, park: f.park, email: f.email }, { kind: 'Graffiti', park: 'Riverside Park', email: 'jo@y.example' }, run.why);
});

test('"Our parcel wasn\'t delivered on 2 March. Report it on <url>, phone 020 7946 0123": the last 2 March, not the next', async () => {
  const run = await crawl(g.api, `Our parcel wasn't delivered on 2 March. Report it on ${C('parcel')}, phone 020 7946 0123`);
  const now = new Date();
  const y = now.getMonth() > 2 || (now.getMonth() === 2 && now.getDate() >= 2) ? now.getFullYear() : now.getFullYear() - 1;
  const e = g.one(run, 'missed');
  assert.deepEqual({ date: e.date, phone: e.phone }, { date: `${y}-03-02`, phone: '020 7946 0123' }, run.why);
});

/* --- a dropdown's option by its place --- */

test('"On <url> choose the third option": the third a person can pick, past the placeholder', async () => {
  const run = await crawl(g.api, `On ${C('dropdown')} choose the third option`);
  assert.deepEqual(g.events(run, 'choose').map((e) => e.value), ['3'], run.why);
});

testFull('"On <url> select the first option": Option 1, not the placeholder', async () => {
  const run = await crawl(g.api, `On ${C('dropdown')} select the first option`);
  assert.deepEqual(g.events(run, 'choose').map((e) => e.value), ['1'], run.why);
});

test('"On <url> sort by the due column with the biggest amount first": the Due header until it sorts descending', async () => {
  const run = await crawl(g.api, `On ${C('sortable')} sort by the due column with the biggest amount first`);
  const last = g.events(run, 'sort').pop();
  assert.deepEqual(last && { column: last.column, order: last.order, top: last.top }, { column: 'Due', order: 'descending', top: 'Doe' }, run.why);
});

/* --- context before the request --- */

test('"We moved house last week. Update my address on <url> to 4 Elm Road and save": the address saved, the rest as it was', async () => {
  const run = await crawl(g.api, `We moved house last week. Update my address on ${C('profile')} to 4 Elm Road and save`);
  assert.deepEqual(g.one(run, 'save').fields,
    { name: 'Sam Rivers', email: 'sam.rivers@example.com', address: '4 Elm Road', postcode: 'NF4 2QT', phone: '01632 960555' }, run.why);
});

testFull('"My old flat was sold. Please change my address on <url> to 4 Elm Road and save it.": the address saved', async () => {
  const run = await crawl(g.api, `My old flat was sold. Please change my address on ${C('profile')} to 4 Elm Road and save it.`);
  assert.equal(g.one(run, 'save').fields.address, '4 Elm Road', run.why);
});

const OTHER_ORDERS = /5160|5149|5133|5118|5104|5091|305\.10|41\.75|76\.00|48\.20|210\.00|18\.40/;

test('"Based on my order history at <url>, what was my biggest order in May?": May\'s biggest, not April\'s or June\'s', async () => {
  const run = await crawl(g.api, `Based on my order history at ${C('orders')}, what was my biggest order in May?`);
  const said = lastExtract(run).text;
  assert.match(said, /GD-5127|132\.50/, run.why);
  assert.doesNotMatch(said, OTHER_ORDERS, run.why);
});

testFull('"Going through my orders at <url>, which order in May cost the most?": May\'s biggest', async () => {
  const run = await crawl(g.api, `Going through my orders at ${C('orders')}, which order in May cost the most?`);
  const said = lastExtract(run).text;
  assert.match(said, /GD-5127|132\.50/, run.why);
  assert.doesNotMatch(said, OTHER_ORDERS, run.why);
});

/* --- questions asked back, ranges, numbers the page states --- */

test('"Is a lift broken on <url>? Tell me which.": one question, the broken lift and not a working one', async () => {
  const run = await crawl(g.api, `Is a lift broken on ${C('status')}? Tell me which.`);
  const said = lastExtract(run).text;
  assert.match(said, /Lift B/, run.why);
  assert.doesNotMatch(said, /Lift A|Escalator/, run.why);
});

testFull('"Is any route delayed at <url>? If so, which one and why?": the route and its reason', async () => {
  const run = await crawl(g.api, `Is any route delayed at ${C('status')}? If so, which one and why?`);
  const said = lastExtract(run).text;
  assert.match(said, /Route 12/, run.why);
  assert.match(said, /roadworks/, run.why);
  assert.doesNotMatch(said, /Route 7|Route 20/, run.why);
});

test('"Is the pool open on Sundays at <url>? What time does it close then?": the end of Sunday\'s hours', async () => {
  const run = await crawl(g.api, `Is the pool open on Sundays at ${C('status')}? What time does it close then?`);
  const said = lastExtract(run).text;
  assert.match(said, /17:00/, run.why);
  assert.doesNotMatch(said, /21:00|07:00/, run.why);
});

testFull('"when does the pool open on Sundays? <url>": the start of Sunday\'s hours, a time', async () => {
  const run = await crawl(g.api, `when does the pool open on Sundays? ${C('status')}`);
  assert.match(lastExtract(run).text, /^09:00$/, run.why);
});

test('"how many issues of the newsletter have been published? <url>": the number the page states, not the four shown', async () => {
  const run = await crawl(g.api, `how many issues of the newsletter have been published? ${C('status')}`);
  assert.match(lastExtract(run).text, /^42$/, run.why);
});

test('"On <url>, which issue comes right after Tide Tables in the list?": the next item', async () => {
  const run = await crawl(g.api, `On ${C('status')}, which issue comes right after Tide Tables in the list?`);
  assert.match(lastExtract(run).text, /^Kelp Forests/, run.why);
});

test('"what\'s the after-hours number on <url>?": the phone after "after-hours", whole', async () => {
  const run = await crawl(g.api, `what's the after-hours number on ${C('status')}?`);
  assert.equal(lastExtract(run).text, '0100 000 999', run.why);
});

test('"look up where Lift B is on <url>": a question, its Location', async () => {
  const run = await crawl(g.api, `look up where Lift B is on ${C('status')}`);
  assert.match(lastExtract(run).text, /Platform 4/, run.why);
  assert.doesNotMatch(lastExtract(run).text, /Platform 1|Main hall/, run.why);
});

testFull('"find out which route is delayed on <url>": a question, the route', async () => {
  const run = await crawl(g.api, `find out which route is delayed on ${C('status')}`);
  assert.match(lastExtract(run).text, /\b12\b/, run.why);
  assert.doesNotMatch(lastExtract(run).text, /\b(7|20)\b|on time/, run.why);
});

/* --- day tabs: read and booked by the weekday said --- */

test('"On <url>, what time is the Sunday beginners session?": the Sun tab opened, its Beginners time', async () => {
  const run = await crawl(g.api, `On ${C('gym')}, what time is the Sunday beginners session?`);
  assert.equal(lastExtract(run).text, '14:00', run.why);
});

test('"how many places are left in Saturday\'s kids climb on <url>?": the Places of that row, under the Sat tab', async () => {
  const run = await crawl(g.api, `how many places are left in Saturday's kids climb on ${C('gym')}?`);
  assert.equal(lastExtract(run).text, '3', run.why);
});

test('"Book the 16:00 slot on Sunday on <url>": the Sun tab, then its 16:00', async () => {
  const run = await crawl(g.api, `Book the 16:00 slot on Sunday on ${C('gym')}`);
  assert.deepEqual(g.events(run, 'book').map((e) => [e.day, e.slot]), [['Sun 9 Mar', '16:00']], run.why);
});

testFull('"On <url> book Saturday at 11:00": the Sat tab, then its 11:00', async () => {
  const run = await crawl(g.api, `On ${C('gym')} book Saturday at 11:00`);
  assert.deepEqual(g.events(run, 'book').map((e) => [e.day, e.slot]), [['Sat 8 Mar', '11:00']], run.why);
});

/* --- a grid that loads as the window scrolls --- */

test('"On <url>, when was The Copper Road published?": the grid scrolled until it shows, its date', async () => {
  const run = await crawl(g.api, `On ${C('books')}, when was The Copper Road published?`);
  assert.match(lastExtract(run).text, /20 March 2026/, run.why);
});

test('"save \'The Copper Road\' to my reading list on <url>": its own heart, once it loaded', async () => {
  const run = await crawl(g.api, `save 'The Copper Road' to my reading list on ${C('books')}`);
  assert.deepEqual(g.events(run, 'save').map((e) => e.title), ['The Copper Road'], run.why);
});

stopsCleanly(g);

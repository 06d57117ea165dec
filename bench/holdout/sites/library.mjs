// Riverside Libraries: a catalogue table with hover-only "place hold" icons, a hold
// dialog with a custom branch dropdown, an account page with role=tab panels, a
// purchase-suggestion form, branch info, and title pages that open in a new tab.
import { doc } from '../../eval/sites/common.mjs';

const BOOKS = [
  { id: 'b1', title: 'Middlemarch', author: 'George Eliot', year: 1871, format: 'Hardback', shelf: 'F ELI 2', avail: '2 of 3 available', isbn: '978-0141439549' },
  { id: 'b2', title: 'Middlemarch', author: 'George Eliot', year: 1871, format: 'Large print', shelf: 'LP ELI', avail: '1 of 1 available', isbn: '978-0753153727' },
  { id: 'b3', title: 'The Salt Road', author: 'Jane Johnson', year: 2010, format: 'Paperback', shelf: 'F JOH', avail: 'On loan, due 19 Dec', isbn: '978-0241950203' },
  { id: 'b4', title: 'Piranesi', author: 'Susanna Clarke', year: 2020, format: 'Audiobook', shelf: 'AB CLA', avail: 'On loan, due 2 Jan', isbn: '978-1526622426' },
  { id: 'b5', title: 'Piranesi', author: 'Susanna Clarke', year: 2020, format: 'Hardback', shelf: 'F CLA', avail: '3 of 5 available', isbn: '978-1526622242' },
  { id: 'b6', title: 'Norwegian Wood', author: 'Haruki Murakami', year: 1987, format: 'Paperback', shelf: 'F MUR', avail: '4 of 6 available', isbn: '978-0099448822' },
  { id: 'b7', title: 'Klara and the Sun', author: 'Kazuo Ishiguro', year: 2021, format: 'eBook', shelf: 'Online', avail: '0 of 2 available', isbn: '978-0571364886' },
  { id: 'b8', title: 'The Overstory', author: 'Richard Powers', year: 2018, format: 'Paperback', shelf: 'F POW', avail: '1 of 2 available', isbn: '978-1784708245' },
];
const BRANCHES = ['Central', 'Eastgate', 'Mill Lane', 'Harbourside'];

const css = `
header{background:#0f4c5c;color:#fff;padding:10px 20px;display:flex;gap:18px;align-items:center}
header a{color:#d9f1f5;text-decoration:none} main{padding:18px 24px;max-width:1000px}
table.cat{width:100%;border-collapse:collapse;background:#fff} .cat td,.cat th{padding:8px 10px;border-bottom:1px solid #e3e6ea;text-align:left}
.cat tr .row-actions{visibility:hidden} .cat tr:hover .row-actions{visibility:visible}
.dd{position:relative;display:inline-block;min-width:200px} .dd-btn{border:1px solid #bbb;padding:6px 10px;border-radius:6px;background:#fff;cursor:pointer}
.dd-list{position:absolute;top:100%;left:0;right:0;background:#fff;border:1px solid #bbb;list-style:none;margin:2px 0;padding:4px 0;z-index:5}
.dd-list li{padding:6px 10px;cursor:pointer} .dd-list li:hover{background:#eef}
[role=tablist]{display:flex;gap:4px;border-bottom:2px solid #ddd} [role=tab]{padding:8px 14px;cursor:pointer;border:0;background:none;font:inherit}
[role=tab][aria-selected=true]{border-bottom:3px solid #0f4c5c;font-weight:600}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:12px 16px;margin:10px 0}
`;
const nav = `<header><strong>Riverside Libraries</strong><a href="/">Home</a><a href="/catalogue">Catalogue</a><a href="/account">My account</a><a href="/suggest">Suggest a purchase</a></header>`;

const home = doc({
  title: 'Riverside Libraries', css,
  body: `${nav}<main><h1>Welcome to Riverside Libraries</h1>
<p>Borrow books, audiobooks, eBooks and DVDs from any of our four branches.</p>
<h2>Branches</h2>
<div class="card"><h3>Central</h3><p>Mon–Fri 9:00–20:00 · Sat 9:00–17:00 · Sun 11:00–16:00</p></div>
<div class="card"><h3>Eastgate</h3><p>Mon–Fri 10:00–18:00 · Sat 10:00–13:30 · Sun closed</p></div>
<div class="card"><h3>Mill Lane</h3><p>Tue–Fri 9:30–17:00 · Sat 9:30–15:00 · Sun closed</p></div>
<div class="card"><h3>Harbourside</h3><p>Mon–Sat 8:00–19:00 · Sun 12:00–17:00</p></div>
<h2>Charges</h2>
<table class="cat"><tr><th>Item</th><th>Loan period</th><th>Late fee per day</th></tr>
<tr><td>Books</td><td>3 weeks</td><td>£0.25</td></tr>
<tr><td>Audiobooks</td><td>3 weeks</td><td>£0.40</td></tr>
<tr><td>DVDs</td><td>1 week</td><td>£0.75</td></tr>
<tr><td>Inter-library loans</td><td>4 weeks</td><td>£1.10</td></tr></table></main>`,
});

const catalogue = doc({
  title: 'Catalogue - Riverside Libraries', css,
  body: `${nav}<main><h1>Catalogue</h1>
<table class="cat"><thead><tr><th>Title</th><th>Author</th><th>Year</th><th>Format</th><th>Shelf mark</th><th>Availability</th><th></th></tr></thead><tbody>
${BOOKS.map((b) => `<tr data-id="${b.id}"><td><a href="/title/${b.id}" target="_blank">${b.title}</a></td><td>${b.author}</td><td>${b.year}</td><td>${b.format}</td><td>${b.shelf}</td><td>${b.avail}</td>
<td><span class="row-actions"><button class="icon-btn hold" aria-label="Place hold" data-id="${b.id}">📌</button><button class="icon-btn" title="Add to list" onclick="rec('list',{book:'${b.id}'});toast('Added to your list')">☆</button></span></td></tr>`).join('')}
</tbody></table>
<div id="dlg" class="overlay hidden"><div class="modal" role="dialog" aria-labelledby="dlgT">
<button class="icon-btn x" aria-label="Close" onclick="closeDlg()">✕</button>
<h2 id="dlgT">Place a hold</h2><p id="dlgBook"></p>
<p>Pickup branch</p><div class="dd" id="branch"><div class="dd-btn" tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox">Choose a branch ▾</div>
<ul class="dd-list hidden" role="listbox">${BRANCHES.map((b) => `<li role="option">${b}</li>`).join('')}</ul></div>
<p>Notify me by</p><label><input type="radio" name="notify" value="email" checked> Email</label> <label><input type="radio" name="notify" value="sms"> Text message (SMS)</label>
<p id="err" style="color:#b00"></p>
<div style="text-align:right"><button class="btn" onclick="closeDlg()">Cancel</button> <button class="btn btn-primary" id="confirm">Confirm hold</button></div></div></div>
<div id="toast" class="toast hidden"></div></main>`,
  script: `
var cur=null, branch=null;
function toast(t){var e=document.getElementById('toast');e.textContent=t;e.classList.remove('hidden');setTimeout(function(){e.classList.add('hidden')},3000)}
function closeDlg(){document.getElementById('dlg').classList.add('hidden')}
document.querySelectorAll('.hold').forEach(function(b){b.onclick=function(){cur=b.dataset.id;branch=null;
  var tr=b.closest('tr');document.getElementById('dlgBook').textContent=tr.children[0].textContent+' ('+tr.children[3].textContent+')';
  document.querySelector('#branch .dd-btn').textContent='Choose a branch ▾';document.getElementById('err').textContent='';
  document.getElementById('dlg').classList.remove('hidden')}});
var dd=document.getElementById('branch');
dd.querySelector('.dd-btn').onclick=function(){var l=dd.querySelector('.dd-list');l.classList.toggle('hidden');this.setAttribute('aria-expanded',!l.classList.contains('hidden'))};
dd.querySelectorAll('li').forEach(function(li){li.onclick=function(){branch=li.textContent;dd.querySelector('.dd-btn').textContent=branch+' ▾';dd.querySelector('.dd-list').classList.add('hidden')}});
document.getElementById('confirm').onclick=function(){if(!branch){document.getElementById('err').textContent='Please choose a pickup branch.';return}
  rec('hold',{book:cur,branch:branch,notify:document.querySelector('input[name=notify]:checked').value});closeDlg();toast('Hold placed. We will let you know when it is ready.')};
`,
});

const LOANS = [
  { id: 'L1', title: 'Norwegian Wood', due: '12 Dec', renewals: '0 of 3' },
  { id: 'L2', title: 'Circe', due: '15 Dec', renewals: '1 of 3' },
  { id: 'L3', title: 'The Remains of the Day', due: '9 Dec', renewals: '3 of 3' },
];
const HOLDS = [
  { id: 'H1', title: 'Piranesi (Audiobook)', pos: '2nd in queue', ready: 'expected around 8 January' },
  { id: 'H2', title: 'Klara and the Sun (eBook)', pos: '5th in queue', ready: 'expected around 3 February' },
  { id: 'H3', title: 'The Salt Road', pos: '1st in queue', ready: 'expected around 21 December' },
];
const account = doc({
  title: 'My account - Riverside Libraries', css,
  body: `${nav}<main><h1>My account</h1><p>Card 2847 1190 · Maya Okafor</p>
<div role="tablist" aria-label="Account">
<button role="tab" id="t-ov" aria-selected="true" aria-controls="p-ov">Overview</button>
<button role="tab" id="t-loans" aria-selected="false" aria-controls="p-loans">Loans (3)</button>
<button role="tab" id="t-holds" aria-selected="false" aria-controls="p-holds">Holds (3)</button>
<button role="tab" id="t-fines" aria-selected="false" aria-controls="p-fines">Fines</button></div>
<section role="tabpanel" id="p-ov"><p>You have 3 items on loan and 3 holds. Your card expires in March 2027.</p></section>
<section role="tabpanel" id="p-loans" hidden><table class="cat"><tr><th>Title</th><th>Due</th><th>Renewals used</th><th></th></tr>
${LOANS.map((l) => `<tr><td>${l.title}</td><td>${l.due}</td><td>${l.renewals}</td><td>${l.renewals === '3 of 3' ? '<span>No renewals left</span>' : `<button class="btn renew" data-id="${l.id}">Renew</button>`}</td></tr>`).join('')}</table></section>
<section role="tabpanel" id="p-holds" hidden>${HOLDS.map((h) => `<div class="card" data-id="${h.id}"><strong>${h.title}</strong><br>${h.pos}, ${h.ready}
<button class="icon-btn cancel" title="Cancel hold" data-id="${h.id}" style="float:right">🗑</button></div>`).join('')}</section>
<section role="tabpanel" id="p-fines" hidden><table class="cat"><tr><th>Item</th><th>Reason</th><th>Amount</th></tr>
<tr><td>The Remains of the Day</td><td>Overdue 4 days</td><td>£1.00</td></tr><tr><td>Paddington (DVD)</td><td>Overdue 3 days</td><td>£2.25</td></tr>
<tr><td>Atlas of Birds</td><td>Damaged cover</td><td>£3.50</td></tr></table><p><strong>Total outstanding: £6.75</strong></p><p>Paid this year: £12.40</p></section>
<div id="cdlg" class="overlay hidden"><div class="modal" role="alertdialog"><p id="ctext"></p><button class="btn" onclick="document.getElementById('cdlg').classList.add('hidden')">Keep hold</button> <button class="btn btn-primary" id="cyes">Yes, cancel it</button></div></div>
<div id="toast" class="toast hidden"></div></main>`,
  script: `
function toast(t){var e=document.getElementById('toast');e.textContent=t;e.classList.remove('hidden');setTimeout(function(){e.classList.add('hidden')},3000)}
document.querySelectorAll('[role=tab]').forEach(function(t){t.onclick=function(){document.querySelectorAll('[role=tab]').forEach(function(o){o.setAttribute('aria-selected','false');document.getElementById(o.getAttribute('aria-controls')).hidden=true});
 t.setAttribute('aria-selected','true');document.getElementById(t.getAttribute('aria-controls')).hidden=false}});
document.querySelectorAll('.renew').forEach(function(b){b.onclick=function(){rec('renew',{id:b.dataset.id});b.outerHTML='<span>Renewed</span>';toast('Renewed: new due date in 3 weeks')}});
var hid=null;
document.querySelectorAll('.cancel').forEach(function(b){b.onclick=function(){hid=b.dataset.id;document.getElementById('ctext').textContent='Cancel your hold on '+b.parentNode.querySelector('strong').textContent+'?';document.getElementById('cdlg').classList.remove('hidden')}});
document.getElementById('cyes').onclick=function(){rec('cancelHold',{id:hid});document.querySelector('.card[data-id='+hid+']').remove();document.getElementById('cdlg').classList.add('hidden');toast('Hold cancelled')};
`,
});

const suggest = doc({
  title: 'Suggest a purchase - Riverside Libraries', css,
  body: `${nav}<main><h1>Suggest a purchase</h1><form method="post" action="/submit/suggest" class="card">
<p><label>Library card number <input name="card" required></label></p>
<p><label>Title <input name="title" required></label></p>
<p><label>Author <input name="author"></label></p>
<p><label>Format <select name="format"><option value="">Any</option><option>Book</option><option>eBook</option><option>Audiobook</option><option>DVD</option></select></label></p>
<p><label>Why should we buy it? <textarea name="reason" rows="3"></textarea></label></p>
<p><label><input type="checkbox" name="hold" value="yes"> Place a hold for me if you buy it</label></p>
<button class="btn btn-primary">Send suggestion</button></form></main>`,
});

function title(u) {
  const b = BOOKS.find((x) => `/title/${x.id}` === u.pathname);
  return doc({ title: `${b.title} (${b.format}) - Riverside Libraries`, css, body: `${nav}<main><h1>${b.title}</h1><p>${b.author}, ${b.year}</p>
<dl><dt>Format</dt><dd>${b.format}</dd><dt>ISBN</dt><dd>${b.isbn}</dd><dt>Shelf mark</dt><dd>${b.shelf}</dd><dt>Availability</dt><dd>${b.avail}</dd></dl></main>` });
}

export default {
  name: 'library', title: 'Riverside Libraries',
  pages: { '/': home, '/catalogue': catalogue, '/account': account, '/suggest': suggest },
  fallback: (p) => (BOOKS.some((b) => `/title/${b.id}` === p) ? title : undefined),
  thanks: (form, d) => `<h1>Thanks!</h1><p>We received your suggestion of ${d.title || 'a title'}.</p>`,
};

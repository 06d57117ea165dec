// Harbourview Hotel front desk: arrivals / in-house / departures tabs (role=tab
// buttons) with tables keyed by confirmation number or room, hover-revealed
// icon-only row actions, check-in / edit / cancel / charge / check-out dialogs,
// toasts; a new-reservation form with a custom calendar, steppers, a custom
// listbox, radio cards and a switch; a rates and policies page.
import { doc, esc } from '../../eval/sites/common.mjs';

const CSS = `
header.top{background:#0f3d4c;color:#fff;padding:10px 20px;display:flex;gap:24px;align-items:center}
header.top a{color:#cfe8ef;text-decoration:none} header.top a.on{color:#fff;font-weight:600}
header.top .brand{font-weight:700;font-size:16px;margin-right:auto}
main{padding:18px 24px;max-width:1100px}
[role=tablist]{display:flex;gap:4px;border-bottom:2px solid #d7dce4;margin-bottom:12px}
[role=tab]{border:0;background:none;padding:8px 14px;cursor:pointer;font:inherit;border-bottom:3px solid transparent;margin-bottom:-2px}
[role=tab][aria-selected=true]{border-bottom-color:#0f7a8a;font-weight:600}
.badge{background:#e3e7ee;border-radius:10px;padding:0 7px;font-size:12px;margin-left:4px}
table.grid{border-collapse:collapse;width:100%;background:#fff}
table.grid th,table.grid td{padding:8px 10px;border-bottom:1px solid #e6e9ef;text-align:left}
table.grid th{font-size:12px;text-transform:uppercase;color:#5b6474;letter-spacing:.03em}
.row-actions{opacity:0;transition:opacity .1s;white-space:nowrap}
tr:hover .row-actions,tr:focus-within .row-actions{opacity:1}
.st{font-size:12px;padding:2px 8px;border-radius:10px;background:#e8f3ea}
.st.warn{background:#fdeccf} .st.done{background:#dfe7fb}
.modal label{display:block;margin:10px 0 4px;font-weight:600}
.modal select,.modal input[type=text],.modal input[type=number],.modal input[type=time],.modal textarea{width:100%;padding:6px;font:inherit}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}
.err{color:#b3261e;font-size:13px}
.stepper{display:inline-flex;align-items:center;border:1px solid #c9ced8;border-radius:6px;background:#fff}
.stepper button{border:0;background:none;width:30px;height:30px;cursor:pointer;font-size:16px}
.stepper input,.stepper output{width:40px;text-align:center;border:0;font:inherit}
.btn-danger{background:#b3261e;color:#fff;border-color:#b3261e}
.seg label{display:inline-block;margin:0 6px 0 0;font-weight:400}
`;

const NAV = (on) => `<header class="top"><span class="brand">Harbourview Hotel</span>
<a href="/" class="${on === 'desk' ? 'on' : ''}">Front desk</a>
<a href="/reservations/new" class="${on === 'new' ? 'on' : ''}">New reservation</a>
<a href="/rates" class="${on === 'rates' ? 'on' : ''}">Rates &amp; policies</a></header>`;

export const ARRIVALS = [
  { conf: '4471', guest: 'Margit Olsen', type: 'Deluxe Double', nights: 3, eta: '15:00', status: 'Confirmed' },
  { conf: '4472', guest: 'Tomás Herrera', type: 'Standard Twin', nights: 1, eta: '18:30', status: 'Confirmed' },
  { conf: '4475', guest: 'Priya Raman', type: 'Junior Suite', nights: 5, eta: '12:00', status: 'Guaranteed' },
  { conf: '4480', guest: 'Jonas Becker', type: 'Standard Double', nights: 2, eta: '21:00', status: 'Confirmed' },
  { conf: '4483', guest: 'Aiko Tanaka', type: 'Deluxe Double', nights: 4, eta: '14:00', status: 'Guaranteed' },
  { conf: '4490', guest: "Liam O'Connor", type: 'Family Room', nights: 2, eta: '16:45', status: 'Pending payment' },
];
export const INHOUSE = [
  { room: '108', guest: 'Henrik Dahl', arrived: 'Mon 8 Feb', departs: 'Sat 13 Feb', balance: '0.00' },
  { room: '214', guest: 'Sofia Marin', arrived: 'Tue 9 Feb', departs: 'Fri 12 Feb', balance: '86.50' },
  { room: '305', guest: 'Chen Wei', arrived: 'Sun 7 Feb', departs: 'Mon 15 Feb', balance: '412.00' },
  { room: '317', guest: 'Ana Beltrán', arrived: 'Wed 10 Feb', departs: 'Fri 12 Feb', balance: '0.00' },
  { room: '402', guest: 'Grace Mbeki', arrived: 'Tue 9 Feb', departs: 'Sun 14 Feb', balance: '57.20' },
];
export const DEPARTURES = [
  { room: '118', guest: 'Pavel Novák', nights: 3, balance: '0.00' },
  { room: '221', guest: 'Emma Laurent', nights: 2, balance: '134.90' },
  { room: '309', guest: 'Yusuf Demir', nights: 6, balance: '18.00' },
  { room: '410', guest: 'Hannah Schulz', nights: 1, balance: '0.00' },
];
const FREE = {
  'Deluxe Double': ['210 · 2nd floor, sea view', '212 · 2nd floor, courtyard', '216 · 2nd floor, sea view'],
  'Standard Twin': ['101 · ground floor', '103 · ground floor, accessible'],
  'Junior Suite': ['501 · 5th floor, terrace'],
  'Standard Double': ['105 · ground floor', '107 · ground floor'],
  'Family Room': ['120 · ground floor, garden'],
};

function desk() {
  const arr = ARRIVALS.map((a) => `<tr data-conf="${a.conf}"><td>${a.conf}</td><td>${esc(a.guest)}</td><td>${a.type}</td><td>${a.nights}</td><td>${a.eta}</td>
<td><span class="st ${a.status === 'Pending payment' ? 'warn' : ''}">${a.status}</span></td>
<td class="row-actions"><button class="icon-btn" aria-label="Check in" data-act="checkin">🛎</button><button class="icon-btn" title="Edit reservation" data-act="edit">✎</button><button class="icon-btn" aria-label="Cancel reservation" data-act="cancel">✕</button></td></tr>`).join('');
  const inh = INHOUSE.map((g) => `<tr data-room="${g.room}"><td>${g.room}</td><td>${esc(g.guest)}</td><td>${g.arrived}</td><td>${g.departs}</td><td>€${g.balance}</td>
<td class="row-actions"><button class="icon-btn" aria-label="Post charge to room" data-act="charge">＋</button><button class="icon-btn" title="Request housekeeping" data-act="hk">🧹</button></td></tr>`).join('');
  const dep = DEPARTURES.map((d) => `<tr data-room="${d.room}"><td>${d.room}</td><td>${esc(d.guest)}</td><td>${d.nights}</td><td>€${d.balance}</td>
<td><button class="btn" data-act="checkout">Check out</button></td></tr>`).join('');
  const body = `${NAV('desk')}<main>
<h1 style="font-size:20px">Today · Thursday 11 February 2027</h1>
<div role="tablist" aria-label="Guest lists">
<button role="tab" id="t-arr" aria-controls="p-arr" aria-selected="true">Arrivals<span class="badge">${ARRIVALS.length}</span></button>
<button role="tab" id="t-inh" aria-controls="p-inh" aria-selected="false" tabindex="-1">In house<span class="badge">${INHOUSE.length}</span></button>
<button role="tab" id="t-dep" aria-controls="p-dep" aria-selected="false" tabindex="-1">Departures<span class="badge">${DEPARTURES.length}</span></button>
</div>
<section role="tabpanel" id="p-arr" aria-labelledby="t-arr"><table class="grid"><thead><tr><th>Conf. no.</th><th>Guest</th><th>Room type</th><th>Nights</th><th>ETA</th><th>Status</th><th><span class="hidden">Actions</span></th></tr></thead><tbody>${arr}</tbody></table></section>
<section role="tabpanel" id="p-inh" aria-labelledby="t-inh" hidden><table class="grid"><thead><tr><th>Room</th><th>Guest</th><th>Arrived</th><th>Departs</th><th>Balance</th><th></th></tr></thead><tbody>${inh}</tbody></table></section>
<section role="tabpanel" id="p-dep" aria-labelledby="t-dep" hidden><table class="grid"><thead><tr><th>Room</th><th>Guest</th><th>Nights</th><th>Balance due</th><th></th></tr></thead><tbody>${dep}</tbody></table></section>
</main>
<div class="overlay hidden" id="ov"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="m-title" id="modal"></div></div>
<div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
var ARR = ${JSON.stringify(ARRIVALS)}, INH = ${JSON.stringify(INHOUSE)}, DEP = ${JSON.stringify(DEPARTURES)}, FREE = ${JSON.stringify(FREE)};
var tabs = document.querySelectorAll('[role=tab]');
tabs.forEach(function(t){ t.addEventListener('click', function(){
  tabs.forEach(function(o){ o.setAttribute('aria-selected', o === t ? 'true' : 'false'); o.tabIndex = o === t ? 0 : -1;
    document.getElementById(o.getAttribute('aria-controls')).hidden = o !== t; });
  rec('state', {name: 'tab', tab: t.id.slice(2)});
}); });
var ov = document.getElementById('ov'), modal = document.getElementById('modal');
function toast(msg){ var t = document.getElementById('toast'); t.textContent = msg; t.classList.remove('hidden'); clearTimeout(toast.h); toast.h = setTimeout(function(){ t.classList.add('hidden'); }, 4000); }
function open(html, role){ modal.setAttribute('role', role || 'dialog'); modal.innerHTML = '<button class="icon-btn x" aria-label="Close">×</button>' + html; ov.classList.remove('hidden');
  modal.querySelector('.x').onclick = close; var f = modal.querySelector('select,input,textarea'); if (f) f.focus(); }
function close(){ ov.classList.add('hidden'); modal.innerHTML = ''; }
function find(list, k, v){ return list.filter(function(x){ return x[k] === v; })[0]; }
function stepper(id, label, val, min, max){
  return '<div class="stepper" id="' + id + '"><button type="button" aria-label="Fewer ' + label + '" data-d="-1">−</button><output aria-live="polite">' + val + '</output><button type="button" aria-label="More ' + label + '" data-d="1">+</button></div>';
}
function wireStepper(el, min, max){ el.addEventListener('click', function(e){ var b = e.target.closest('button'); if (!b) return;
  var o = el.querySelector('output'); var v = Math.max(min, Math.min(max, Number(o.textContent) + Number(b.dataset.d))); o.textContent = v; }); }
document.addEventListener('click', function(e){
  var b = e.target.closest('[data-act]'); if (!b) return;
  var tr = b.closest('tr'); var act = b.dataset.act;
  if (act === 'checkin') {
    var a = find(ARR, 'conf', tr.dataset.conf);
    if (a.status === 'Checked in') { toast(a.guest + ' is already checked in'); return; }
    open('<h2 id="m-title">Check in ' + a.guest + ' (' + a.conf + ')</h2><p>' + a.type + ' · ' + a.nights + ' night' + (a.nights > 1 ? 's' : '') + '</p>' +
      '<label for="ci-room">Room</label><select id="ci-room"><option value="">Select a room</option>' + FREE[a.type].map(function(r){ return '<option value="' + r.slice(0, 3) + '">' + r + '</option>'; }).join('') + '</select>' +
      '<label id="ci-keys-l">Key cards</label>' + stepper('ci-keys', 'key cards', 2, 1, 4) +
      '<label style="font-weight:400"><input type="checkbox" id="ci-bf"> Breakfast included</label><p class="err" id="ci-err"></p>' +
      '<div class="actions"><button class="btn" id="ci-close">Close</button><button class="btn btn-primary" id="ci-go">Complete check-in</button></div>');
    wireStepper(document.getElementById('ci-keys'), 1, 4);
    document.getElementById('ci-close').onclick = close;
    document.getElementById('ci-go').onclick = function(){
      var room = document.getElementById('ci-room').value;
      if (!room) { document.getElementById('ci-err').textContent = 'Pick a room first.'; return; }
      var keys = Number(document.querySelector('#ci-keys output').textContent);
      rec('checkin', {conf: a.conf, room: room, keys: keys, breakfast: document.getElementById('ci-bf').checked});
      a.status = 'Checked in'; tr.querySelector('.st').textContent = 'Checked in'; tr.querySelector('.st').className = 'st done';
      close(); toast(a.guest + ' checked in to room ' + room + ' · ' + keys + ' key card' + (keys > 1 ? 's' : ''));
    };
  } else if (act === 'edit') {
    var a = find(ARR, 'conf', tr.dataset.conf);
    open('<h2 id="m-title">Edit reservation ' + a.conf + '</h2><p>' + a.guest + '</p>' +
      '<label for="ed-eta">Expected arrival</label><input type="time" id="ed-eta" value="' + a.eta + '">' +
      '<label for="ed-n">Nights</label><input type="number" id="ed-n" min="1" max="30" value="' + a.nights + '">' +
      '<label for="ed-note">Front desk note</label><textarea id="ed-note" rows="2"></textarea>' +
      '<div class="actions"><button class="btn" id="ed-close">Discard</button><button class="btn btn-primary" id="ed-go">Save changes</button></div>');
    document.getElementById('ed-close').onclick = close;
    document.getElementById('ed-go').onclick = function(){
      var eta = document.getElementById('ed-eta').value, n = Number(document.getElementById('ed-n').value), note = document.getElementById('ed-note').value;
      rec('edit', {conf: a.conf, eta: eta, nights: n, note: note});
      a.eta = eta; a.nights = n; tr.children[4].textContent = eta; tr.children[3].textContent = n;
      close(); toast('Reservation ' + a.conf + ' updated');
    };
  } else if (act === 'cancel') {
    var a = find(ARR, 'conf', tr.dataset.conf);
    open('<h2 id="m-title">Cancel reservation ' + a.conf + '?</h2><p>' + a.guest + ' · ' + a.type + ' · arriving today. This cannot be undone.</p>' +
      '<label for="cx-r">Reason</label><select id="cx-r"><option value="">— choose —</option><option>Guest request</option><option>No-show</option><option>Duplicate booking</option><option>Overbooking</option></select>' +
      '<label style="font-weight:400"><input type="checkbox" id="cx-w"> Waive the cancellation fee</label><p class="err" id="cx-err"></p>' +
      '<div class="actions"><button class="btn" id="cx-keep">Keep reservation</button><button class="btn btn-danger" id="cx-go">Cancel reservation</button></div>', 'alertdialog');
    document.getElementById('cx-keep').onclick = close;
    document.getElementById('cx-go').onclick = function(){
      var r = document.getElementById('cx-r').value;
      if (!r) { document.getElementById('cx-err').textContent = 'Choose a reason.'; return; }
      rec('cancel', {conf: a.conf, reason: r, waive: document.getElementById('cx-w').checked});
      tr.remove(); close(); toast('Reservation ' + a.conf + ' cancelled');
    };
  } else if (act === 'charge') {
    var g = find(INH, 'room', tr.dataset.room);
    open('<h2 id="m-title">Post charge · room ' + g.room + '</h2><p>' + g.guest + '</p>' +
      '<label for="ch-a">Amount (€)</label><input type="number" step="0.01" min="0" id="ch-a">' +
      '<label>Category</label><div class="seg" role="radiogroup" aria-label="Category">' + ['Minibar', 'Restaurant', 'Bar', 'Laundry', 'Parking'].map(function(c){ return '<label><input type="radio" name="ch-c" value="' + c + '"> ' + c + '</label>'; }).join('') + '</div>' +
      '<label for="ch-d">Description</label><input type="text" id="ch-d"><p class="err" id="ch-err"></p>' +
      '<div class="actions"><button class="btn" id="ch-close">Close</button><button class="btn btn-primary" id="ch-go">Post charge</button></div>');
    document.getElementById('ch-close').onclick = close;
    document.getElementById('ch-go').onclick = function(){
      var amt = document.getElementById('ch-a').value, c = modal.querySelector('input[name=ch-c]:checked');
      if (!amt || !c) { document.getElementById('ch-err').textContent = 'Enter an amount and pick a category.'; return; }
      rec('charge', {room: g.room, amount: Number(amt), category: c.value, description: document.getElementById('ch-d').value});
      g.balance = (Number(g.balance) + Number(amt)).toFixed(2); tr.children[4].textContent = '€' + g.balance;
      close(); toast('€' + Number(amt).toFixed(2) + ' ' + c.value.toLowerCase() + ' charge posted to room ' + g.room);
    };
  } else if (act === 'hk') {
    rec('housekeeping', {room: tr.dataset.room}); toast('Housekeeping requested for room ' + tr.dataset.room);
  } else if (act === 'checkout') {
    var d = find(DEP, 'room', tr.dataset.room); var owes = Number(d.balance) > 0;
    open('<h2 id="m-title">Check out room ' + d.room + '</h2><p>' + d.guest + ' · balance due <b>€' + d.balance + '</b></p>' +
      (owes ? '<fieldset style="border:0;padding:0"><legend style="font-weight:600">Settle balance with</legend>' +
        '<label style="font-weight:400"><input type="radio" name="co-p" value="card"> Card on file</label><label style="font-weight:400"><input type="radio" name="co-p" value="cash"> Cash</label><label style="font-weight:400"><input type="radio" name="co-p" value="company"> Bill to company</label></fieldset>' : '<p>Nothing to settle.</p>') +
      '<label style="font-weight:400"><input type="checkbox" id="co-r" checked> Email the receipt</label><p class="err" id="co-err"></p>' +
      '<div class="actions"><button class="btn" id="co-close">Not yet</button><button class="btn btn-primary" id="co-go">Complete check-out</button></div>');
    document.getElementById('co-close').onclick = close;
    document.getElementById('co-go').onclick = function(){
      var p = modal.querySelector('input[name=co-p]:checked');
      if (owes && !p) { document.getElementById('co-err').textContent = 'Choose how the balance is settled.'; return; }
      rec('checkout', {room: d.room, payment: p ? p.value : null, receipt: document.getElementById('co-r').checked});
      tr.remove(); close(); toast(d.guest + ' checked out of room ' + d.room);
    };
  }
});
ov.addEventListener('click', function(e){ if (e.target === ov) close(); });
document.addEventListener('keydown', function(e){ if (e.key === 'Escape') close(); });
`;
  return doc({ title: 'Front desk · Harbourview Hotel', css: CSS, body, script });
}

const ROOM_TYPES = [['Standard Double', 119], ['Standard Twin', 115], ['Deluxe Double', 149], ['Junior Suite', 189], ['Family Room', 169]];

function newRes() {
  const body = `${NAV('new')}<main><h1 style="font-size:20px">New reservation</h1>
<form id="f" novalidate style="background:#fff;padding:18px;border-radius:8px;max-width:640px">
<div class="fld"><label for="guest">Lead guest</label><input id="guest" name="guest" autocomplete="off"><span class="err" data-for="guest"></span></div>
<div class="fld"><label for="email">Email</label><input id="email" name="email" type="email"><span class="err" data-for="email"></span></div>
<div class="fld"><label for="phone">Phone <small>(optional)</small></label><input id="phone" name="phone" type="tel"></div>
<div class="fld"><span class="lbl" id="arr-l">Arrival</span>
  <button type="button" class="btn" id="arr-btn" aria-haspopup="dialog" aria-labelledby="arr-l arr-btn">Choose date</button><input type="hidden" name="arrival" id="arrival">
  <span id="depart" class="muted"></span><span class="err" data-for="arrival"></span>
  <div id="cal" class="cal hidden" role="dialog" aria-label="Choose arrival date"><div class="cal-h"><button type="button" class="icon-btn" aria-label="Previous month" id="prev">‹</button><b id="cal-m"></b><button type="button" class="icon-btn" aria-label="Next month" id="next">›</button></div>
  <table role="grid" id="cal-g"></table></div></div>
<div class="fld"><span class="lbl" id="n-l">Nights</span><div class="stepper" data-name="nights" data-min="1" data-max="14"><button type="button" aria-label="Decrease nights">−</button><input name="nights" value="1" aria-labelledby="n-l" inputmode="numeric"><button type="button" aria-label="Increase nights">+</button></div></div>
<div class="fld"><span class="lbl" id="rt-l">Room type</span>
  <div class="dd"><button type="button" id="rt-btn" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="rt-l rt-btn">Select room type</button>
  <ul role="listbox" id="rt-list" aria-labelledby="rt-l" class="hidden">${ROOM_TYPES.map(([t, p]) => `<li role="option" aria-selected="false" data-value="${t}">${t} <small>from €${p}</small></li>`).join('')}</ul></div>
  <input type="hidden" name="roomType" id="roomType"><span class="err" data-for="roomType"></span></div>
<div class="fld"><span class="lbl">Guests</span>
  <span id="ad-l">Adults</span> <div class="stepper" data-name="adults" data-min="1" data-max="4"><button type="button" aria-label="Remove adult">−</button><input name="adults" value="2" aria-labelledby="ad-l"><button type="button" aria-label="Add adult">+</button></div>
  &nbsp; <span id="ch-l">Children</span> <div class="stepper" data-name="children" data-min="0" data-max="3"><button type="button" aria-label="Remove child">−</button><input name="children" value="0" aria-labelledby="ch-l"><button type="button" aria-label="Add child">+</button></div></div>
<fieldset class="fld rates"><legend class="lbl">Rate</legend>
  <label class="card"><input type="radio" name="rate" value="flex" checked> <b>Flexible</b><small>Free cancellation until 48 h before arrival</small></label>
  <label class="card"><input type="radio" name="rate" value="nonref"> <b>Non-refundable</b><small>Save 12% · paid at booking</small></label>
  <label class="card"><input type="radio" name="rate" value="bb"> <b>Bed &amp; Breakfast</b><small>Breakfast for every guest</small></label></fieldset>
<div class="fld"><span class="lbl" id="tr-l">Airport pickup</span> <button type="button" role="switch" aria-checked="false" id="transfer" aria-labelledby="tr-l" class="sw"><span></span></button> <small>Driver meets the guest at arrivals, €45</small></div>
<div class="fld"><label for="notes">Requests for housekeeping</label><textarea id="notes" name="notes" rows="2"></textarea></div>
<button class="btn btn-primary" type="submit">Create reservation</button>
</form><div id="done" role="alert" style="margin-top:14px"></div></main>`;
  const css = CSS + `.fld{margin:0 0 14px} .fld>label,.lbl{display:block;font-weight:600;margin-bottom:4px} .fld input:not([type=radio]):not([type=hidden]),.fld textarea{padding:6px;font:inherit;width:100%;max-width:380px}
.stepper input{width:40px!important}
.muted{color:#5b6474;margin-left:8px}
.cal{position:absolute;background:#fff;border:1px solid #c9ced8;border-radius:8px;padding:8px;box-shadow:0 8px 24px rgba(0,0,0,.15);z-index:10}
.cal-h{display:flex;justify-content:space-between;align-items:center;margin-bottom:4px}
.cal td{padding:1px} .cal td button{width:34px;height:30px;border:0;background:#f1f3f7;border-radius:4px;cursor:pointer}
.cal td button[disabled]{color:#b5bac4;cursor:default} .cal td button[aria-selected=true]{background:#0f7a8a;color:#fff}
.dd{position:relative;display:inline-block} .dd>button{min-width:240px;text-align:left;padding:6px 10px;border:1px solid #c9ced8;border-radius:6px;background:#fff;font:inherit;cursor:pointer}
.dd ul{position:absolute;list-style:none;margin:2px 0 0;padding:4px 0;background:#fff;border:1px solid #c9ced8;border-radius:6px;min-width:240px;z-index:10}
.dd li{padding:6px 10px;cursor:pointer} .dd li:hover{background:#eef2f8} .dd li small{color:#5b6474}
.rates{border:0;padding:0} .card{display:block;border:1px solid #d7dce4;border-radius:8px;padding:8px 10px;margin:4px 0;max-width:380px;cursor:pointer}
.card small{display:block;color:#5b6474;margin-left:22px}
.sw{width:40px;height:22px;border-radius:11px;border:0;background:#c3c8d1;position:relative;cursor:pointer;vertical-align:middle}
.sw span{position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:left .1s}
.sw[aria-checked=true]{background:#0f7a8a} .sw[aria-checked=true] span{left:21px}`;
  const script = `
var MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
var DAYS = ['Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday'];
var today = new Date(2027, 1, 11), shown = new Date(2027, 1, 1), picked = null;
var pad = function(n){ return (n < 10 ? '0' : '') + n; };
var iso = function(d){ return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); };
var cal = document.getElementById('cal'), grid = document.getElementById('cal-g');
function draw(){
  document.getElementById('cal-m').textContent = MONTHS[shown.getMonth()] + ' ' + shown.getFullYear();
  var html = '<tr>' + ['Mo','Tu','We','Th','Fr','Sa','Su'].map(function(d){ return '<th scope="col">' + d + '</th>'; }).join('') + '</tr><tr>';
  var first = (shown.getDay() + 6) % 7, n = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate(), i;
  for (i = 0; i < first; i++) html += '<td></td>';
  for (var d = 1; d <= n; d++) {
    var dt = new Date(shown.getFullYear(), shown.getMonth(), d);
    html += '<td><button type="button" data-iso="' + iso(dt) + '" aria-label="' + DAYS[dt.getDay()] + ' ' + d + ' ' + MONTHS[dt.getMonth()] + ' ' + dt.getFullYear() + '"' +
      (dt < today ? ' disabled' : '') + (picked && iso(dt) === iso(picked) ? ' aria-selected="true"' : '') + '>' + d + '</button></td>';
    if ((first + d) % 7 === 0) html += '</tr><tr>';
  }
  grid.innerHTML = html + '</tr>';
}
document.getElementById('arr-btn').onclick = function(){ cal.classList.toggle('hidden'); draw(); };
document.getElementById('prev').onclick = function(){ shown = new Date(shown.getFullYear(), shown.getMonth() - 1, 1); draw(); };
document.getElementById('next').onclick = function(){ shown = new Date(shown.getFullYear(), shown.getMonth() + 1, 1); draw(); };
grid.addEventListener('click', function(e){ var b = e.target.closest('button[data-iso]'); if (!b || b.disabled) return;
  var p = b.dataset.iso.split('-'); picked = new Date(+p[0], +p[1] - 1, +p[2]);
  document.getElementById('arrival').value = b.dataset.iso;
  document.getElementById('arr-btn').textContent = DAYS[picked.getDay()].slice(0, 3) + ' ' + picked.getDate() + ' ' + MONTHS[picked.getMonth()].slice(0, 3) + ' ' + picked.getFullYear();
  cal.classList.add('hidden'); depart(); });
function depart(){ if (!picked) return; var n = Number(document.querySelector('input[name=nights]').value) || 1;
  var d = new Date(picked.getFullYear(), picked.getMonth(), picked.getDate() + n);
  document.getElementById('depart').textContent = 'Departure ' + DAYS[d.getDay()].slice(0, 3) + ' ' + d.getDate() + ' ' + MONTHS[d.getMonth()].slice(0, 3) + ' ' + d.getFullYear(); }
document.querySelectorAll('.stepper').forEach(function(s){
  var inp = s.querySelector('input'), min = +s.dataset.min, max = +s.dataset.max, bs = s.querySelectorAll('button');
  function set(v){ inp.value = Math.max(min, Math.min(max, v)); depart(); }
  bs[0].onclick = function(){ set((Number(inp.value) || 0) - 1); }; bs[1].onclick = function(){ set((Number(inp.value) || 0) + 1); };
  inp.addEventListener('change', function(){ set(Number(inp.value) || min); });
});
var rtBtn = document.getElementById('rt-btn'), rtList = document.getElementById('rt-list');
rtBtn.onclick = function(){ var open = rtList.classList.toggle('hidden') === false; rtBtn.setAttribute('aria-expanded', open); };
rtList.addEventListener('click', function(e){ var li = e.target.closest('li'); if (!li) return;
  rtList.querySelectorAll('li').forEach(function(o){ o.setAttribute('aria-selected', o === li); });
  document.getElementById('roomType').value = li.dataset.value; rtBtn.textContent = li.dataset.value;
  rtList.classList.add('hidden'); rtBtn.setAttribute('aria-expanded', 'false'); });
document.addEventListener('click', function(e){ if (!e.target.closest('.dd')) { rtList.classList.add('hidden'); rtBtn.setAttribute('aria-expanded', 'false'); } });
var sw = document.getElementById('transfer');
sw.onclick = function(){ sw.setAttribute('aria-checked', sw.getAttribute('aria-checked') === 'true' ? 'false' : 'true'); };
document.getElementById('f').addEventListener('submit', function(e){
  e.preventDefault(); var f = e.target, bad = false;
  document.querySelectorAll('.err').forEach(function(x){ x.textContent = ''; });
  function need(n, msg){ if (!f[n].value.trim()) { document.querySelector('.err[data-for=' + n + ']').textContent = msg; bad = true; } }
  need('guest', 'Enter the lead guest.'); need('email', 'Enter an email address.'); need('arrival', 'Choose an arrival date.'); need('roomType', 'Choose a room type.');
  if (f.email.value && !/@/.test(f.email.value)) { document.querySelector('.err[data-for=email]').textContent = 'That email address looks wrong.'; bad = true; }
  if (bad) return;
  var data = {guest: f.guest.value.trim(), email: f.email.value.trim(), phone: f.phone.value.trim(), arrival: f.arrival.value, nights: Number(f.nights.value),
    roomType: f.roomType.value, adults: Number(f.adults.value), children: Number(f.children.value), rate: f.querySelector('input[name=rate]:checked').value,
    transfer: sw.getAttribute('aria-checked') === 'true', notes: f.notes.value.trim()};
  rec('submit', {form: 'reservation', data: data});
  document.getElementById('done').innerHTML = '<div style="background:#e8f3ea;padding:10px;border-radius:6px">Reservation <b>5012</b> created for ' + data.guest.replace(/</g, '&lt;') + ' · ' + data.roomType + ' · ' + document.getElementById('arr-btn').textContent + ', ' + data.nights + ' night(s).</div>';
});
`;
  return doc({ title: 'New reservation · Harbourview Hotel', css, body, script });
}

function rates() {
  const body = `${NAV('rates')}<main><h1 style="font-size:20px">Rates &amp; policies</h1>
<table class="grid" style="max-width:720px"><caption style="text-align:left;padding:6px 0;font-weight:600">Nightly rates per room, 2027</caption>
<thead><tr><th>Room type</th><th>Low season (Nov–Mar)</th><th>High season (Apr–Oct)</th><th>Sleeps</th></tr></thead><tbody>
<tr><td>Standard Double</td><td>€119</td><td>€159</td><td>2</td></tr>
<tr><td>Standard Twin</td><td>€115</td><td>€155</td><td>2</td></tr>
<tr><td>Deluxe Double</td><td>€149</td><td>€199</td><td>2</td></tr>
<tr><td>Junior Suite</td><td>€189</td><td>€259</td><td>3</td></tr>
<tr><td>Family Room</td><td>€169</td><td>€229</td><td>4</td></tr></tbody></table>
<h2 style="font-size:16px;margin-top:24px">House policies</h2>
<dl class="pol">
<dt>Check-in</dt><dd>From 15:00. Early check-in from 10:00 costs €40, subject to availability.</dd>
<dt>Check-out</dt><dd>By 11:00. Late check-out is €25 per hour, until 16:00 at the latest.</dd>
<dt>Pets</dt><dd>Dogs are welcome in ground-floor rooms for €30 per night (one dog per room).</dd>
<dt>Parking</dt><dd>Underground garage, €18 per day; electric-car chargers on level −1.</dd>
<dt>City tax</dt><dd>€3.50 per adult per night, paid at the hotel.</dd>
<dt>Cancellation</dt><dd>Flexible rate: free until 48 hours before arrival, then the first night is charged. Non-refundable rate: no refund.</dd>
<dt>Breakfast</dt><dd>Served 06:30–10:30 in the Quay Room; €21 per adult when not included in the rate, children under 12 eat free.</dd>
</dl></main>`;
  const css = CSS + '.pol{display:grid;grid-template-columns:140px 1fr;gap:8px 16px;max-width:720px} .pol dt{font-weight:600} .pol dd{margin:0}';
  return doc({ title: 'Rates & policies · Harbourview Hotel', css, body });
}

export default {
  name: 'hotel',
  title: 'Harbourview Hotel',
  pages: { '/': desk, '/reservations/new': newRes, '/rates': rates },
};

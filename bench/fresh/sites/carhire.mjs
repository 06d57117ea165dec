// Rentola car hire: a search form whose pick-up branch is chosen in an ARIA tree
// (country > city > branch) inside a popover, custom month calendars for the
// dates, native time selects and an age checkbox; a cars table keyed by car with
// "Select" links; an extras page with steppers, radio cards, a switch; a checkout
// page with a driver form and the card payment in an iframe (promo code, deposit
// note); a branch finder tree with a details panel; "My bookings" with "⋯" menus
// opening cancel / change-times / add-driver dialogs and a past-rentals list with
// icon-only invoice buttons; help FAQs in <details>; a business enquiry form.
import { doc, esc } from '../../eval/sites/common.mjs';

export const TREE = [
  ['Portugal', [['Lisbon', [['PT-LIS-APT', 'Lisbon Airport'], ['PT-LIS-ORI', 'Lisbon Oriente station']]], ['Porto', [['PT-OPO-APT', 'Porto Airport'], ['PT-OPO-CAM', 'Porto Campanhã station']]]]],
  ['Spain', [['Madrid', [['ES-MAD-T4', 'Madrid Barajas Airport T4'], ['ES-MAD-ATO', 'Madrid Atocha station']]], ['Seville', [['ES-SVQ-SJU', 'Seville Santa Justa station']]]]],
  ['France', [['Lyon', [['FR-LYS-PDI', 'Lyon Part-Dieu station'], ['FR-LYS-APT', 'Lyon Saint-Exupéry Airport']]], ['Nice', [['FR-NCE-T2', "Nice Côte d'Azur Airport T2"]]]]],
  ['Germany', [['Munich', [['DE-MUC-APT', 'Munich Airport Terminal 2'], ['DE-MUC-HBF', 'Munich Hauptbahnhof']]], ['Berlin', [['DE-BER-APT', 'Berlin Brandenburg Airport']]]]],
  ['Italy', [['Milan', [['IT-MIL-CEN', 'Milano Centrale station'], ['IT-MIL-LIN', 'Milan Linate Airport']]], ['Rome', [['IT-ROM-TER', 'Roma Termini station'], ['IT-ROM-FCO', 'Rome Fiumicino Airport']]]]],
];
const NAMES = {};
for (const [, cities] of TREE) for (const [, bs] of cities) for (const [code, n] of bs) NAMES[code] = n;
// address, phone, [Mon–Fri, Sat, Sun]
const INFO = {
  'PT-LIS-APT': ['Alameda das Comunidades Portuguesas, 1700-111 Lisboa', '+351 21 840 2210', ['06:00 – 00:00', '06:00 – 00:00', '06:00 – 00:00']],
  'PT-LIS-ORI': ['Av. Dom João II, 1990-233 Lisboa', '+351 21 895 0414', ['08:00 – 20:00', '09:00 – 17:00', 'Closed']],
  'PT-OPO-APT': ['Aeroporto Francisco Sá Carneiro, 4470-558 Maia', '+351 22 943 1180', ['06:30 – 23:30', '06:30 – 23:30', '06:30 – 23:30']],
  'PT-OPO-CAM': ['Largo da Estação, 4300-173 Porto', '+351 22 519 7760', ['07:30 – 20:00', '08:00 – 16:00', '10:00 – 16:00']],
  'ES-MAD-T4': ['Terminal 4, Aeropuerto Adolfo Suárez, 28042 Madrid', '+34 91 746 3320', ['00:00 – 24:00', '00:00 – 24:00', '00:00 – 24:00']],
  'ES-MAD-ATO': ['Plaza del Emperador Carlos V, 28045 Madrid', '+34 91 527 8841', ['07:00 – 22:00', '08:00 – 20:00', '09:00 – 14:00']],
  'ES-SVQ-SJU': ['Av. Kansas City, 41007 Sevilla', '+34 95 453 0192', ['07:30 – 21:30', '08:30 – 14:30', 'Closed']],
  'FR-LYS-PDI': ['5 Place Charles Béraudier, 69003 Lyon', '+33 4 72 34 55 10', ['07:00 – 21:00', '08:00 – 18:00', '09:00 – 13:00']],
  'FR-LYS-APT': ['Aéroport Lyon Saint-Exupéry, 69125 Colombier-Saugnieu', '+33 4 26 00 71 44', ['06:30 – 23:30', '06:30 – 23:30', '06:30 – 23:30']],
  'FR-NCE-T2': ["Terminal 2, Aéroport Nice Côte d'Azur, 06200 Nice", '+33 4 93 21 40 87', ['07:00 – 23:00', '07:00 – 23:00', '08:00 – 22:00']],
  'DE-MUC-APT': ['Terminal 2, Ebene 03, 85356 München-Flughafen', '+49 89 9700 4410', ['05:30 – 23:30', '05:30 – 23:30', '05:30 – 23:30']],
  'DE-MUC-HBF': ['Bayerstraße 10a, 80335 München', '+49 89 5900 2210', ['07:00 – 21:00', '08:00 – 17:00', '08:00 – 14:00']],
  'DE-BER-APT': ['Melli-Beese-Ring 1, 12529 Schönefeld', '+49 30 6091 7730', ['06:00 – 23:00', '06:00 – 23:00', '06:00 – 23:00']],
  'IT-MIL-CEN': ['Piazza Duca d\'Aosta 1, 20124 Milano', '+39 02 6698 1120', ['07:00 – 21:00', '08:00 – 18:00', 'Closed']],
  'IT-MIL-LIN': ['Viale Forlanini, 20090 Segrate', '+39 02 7020 0450', ['06:30 – 23:00', '06:30 – 23:00', '07:00 – 22:00']],
  'IT-ROM-TER': ['Via Marsala 29, 00185 Roma', '+39 06 4782 3310', ['07:00 – 20:30', '08:00 – 18:00', '09:00 – 13:30']],
  'IT-ROM-FCO': ['Terminal 3, Aeroporto di Fiumicino, 00054 Fiumicino', '+39 06 6595 5120', ['06:00 – 00:00', '06:00 – 00:00', '06:00 – 00:00']],
};
export const CARS = [
  ['fiat-500', 'Fiat 500 or similar', 'Mini', 4, 'Manual', 1, 29],
  ['vw-polo', 'VW Polo or similar', 'Economy', 5, 'Manual', 2, 34],
  ['toyota-yaris-hybrid', 'Toyota Yaris Hybrid or similar', 'Economy', 5, 'Automatic', 2, 41],
  ['vw-golf', 'VW Golf or similar', 'Compact', 5, 'Manual', 3, 45],
  ['skoda-octavia-estate', 'Škoda Octavia Estate or similar', 'Intermediate estate', 5, 'Manual', 4, 52],
  ['peugeot-3008', 'Peugeot 3008 or similar', 'SUV', 5, 'Automatic', 3, 58],
  ['bmw-3', 'BMW 3 Series or similar', 'Premium', 5, 'Automatic', 3, 79],
  ['ford-galaxy', 'Ford Galaxy or similar', 'People carrier', 7, 'Manual', 4, 88],
  ['tesla-model-3', 'Tesla Model 3', 'Electric', 5, 'Automatic', 2, 84],
].map(([id, name, cls, seats, gear, bags, day]) => ({ id, name, cls, seats, gear, bags, day }));
const CAR = Object.fromEntries(CARS.map((c) => [c.id, c]));

const CSS = `
header.top{background:#fff;border-bottom:3px solid #ff7a00;padding:10px 22px;display:flex;gap:20px;align-items:center}
header.top .logo{font-weight:800;font-size:19px;color:#ff7a00;text-decoration:none;margin-right:auto}
header.top a{color:#333;text-decoration:none}
main{padding:18px 24px;max-width:1100px}
.panel{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.row{display:flex;gap:16px;flex-wrap:wrap;align-items:flex-end;margin-bottom:14px}
.row label,.lbl{display:block;font-weight:600;margin-bottom:4px}
.err{color:#b3261e;font-size:13px;display:block}
[role=tree],[role=group]{list-style:none;margin:0;padding-left:18px} [role=tree]{padding-left:0}
[role=treeitem]>.lab{display:inline-block;padding:3px 6px;border-radius:4px;cursor:pointer}
[role=treeitem]>.lab:hover{background:#fff1e3} [role=treeitem][aria-selected=true]>.lab{background:#ff7a00;color:#fff}
[role=treeitem]:focus{outline:none} [role=treeitem]:focus>.lab{outline:2px solid #ff7a00}
.tw{display:inline-block;width:14px;color:#888}
.pop{position:absolute;background:#fff;border:1px solid #ccc;border-radius:8px;padding:10px;box-shadow:0 8px 24px rgba(0,0,0,.15);z-index:20;min-width:300px}
.wrap{position:relative}
.cal-h{display:flex;justify-content:space-between;align-items:center;margin-bottom:4px}
.cal td button{width:34px;height:30px;border:0;background:#f4f4f4;border-radius:4px;cursor:pointer}
.cal td button[disabled]{color:#bbb;cursor:default} .cal td button[aria-pressed=true]{background:#ff7a00;color:#fff}
table.cars{border-collapse:collapse;width:100%;background:#fff} table.cars th,table.cars td{padding:9px 10px;border-bottom:1px solid #eee;text-align:left}
table.cars th{font-size:12px;color:#666;text-transform:uppercase}
.stepper{display:inline-flex;align-items:center;border:1px solid #ccc;border-radius:6px}
.stepper button{border:0;background:none;width:30px;height:30px;cursor:pointer;font-size:16px} .stepper output{width:30px;text-align:center}
.cards label{display:block;border:1px solid #ddd;border-radius:8px;padding:8px 12px;margin:6px 0;max-width:460px;cursor:pointer}
.sw{width:40px;height:22px;border-radius:11px;border:0;background:#c3c8d1;position:relative;cursor:pointer;vertical-align:middle}
.sw span{position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}
.sw[aria-checked=true]{background:#ff7a00} .sw[aria-checked=true] span{left:21px}
form.stack label{display:block;font-weight:600;margin:10px 0 4px} form.stack input:not([type=checkbox]):not([type=radio]),form.stack select,form.stack textarea{padding:7px;font:inherit;width:340px}
.menu{position:absolute;right:0;background:#fff;border:1px solid #ccc;border-radius:6px;list-style:none;margin:0;padding:4px 0;z-index:20;min-width:170px;box-shadow:0 6px 18px rgba(0,0,0,.12)}
.menu li{padding:6px 12px;cursor:pointer;white-space:nowrap} .menu li:hover{background:#fff1e3}
.modal label{display:block;font-weight:600;margin:10px 0 4px} .modal input:not([type=radio]),.modal select{padding:6px;font:inherit;width:100%}
.acts{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}
`;
const NAV = `<header class="top"><a class="logo" href="/">Rentola</a><a href="/">Book a car</a><a href="/branches">Branches</a><a href="/manage">My bookings</a><a href="/help">Help</a><a href="/business">Business</a></header>`;

function treeHtml() {
  let h = '<ul role="tree" aria-label="Rentola branches" class="tree">';
  TREE.forEach(([country, cities], i) => {
    h += `<li role="treeitem" aria-level="1" aria-expanded="false" tabindex="${i ? -1 : 0}"><span class="lab"><span class="tw" aria-hidden="true">▸</span>${country}</span><ul role="group" hidden>`;
    for (const [city, bs] of cities) {
      h += `<li role="treeitem" aria-level="2" aria-expanded="false" tabindex="-1"><span class="lab"><span class="tw" aria-hidden="true">▸</span>${city}</span><ul role="group" hidden>`;
      for (const [code, n] of bs) h += `<li role="treeitem" aria-level="3" aria-selected="false" tabindex="-1" data-code="${code}"><span class="lab">${esc(n)}</span></li>`;
      h += '</ul></li>';
    }
    h += '</ul></li>';
  });
  return `${h}</ul>`;
}
// onPick(li) is called when a branch is chosen.
const TREE_JS = `
function initTree(tree, onPick){
  function items(){ return [].slice.call(tree.querySelectorAll('[role=treeitem]')).filter(function(li){ return !li.closest('[role=group][hidden]'); }); }
  function toggle(li, open){ if (!li.hasAttribute('aria-expanded')) return; if (open === undefined) open = li.getAttribute('aria-expanded') !== 'true';
    li.setAttribute('aria-expanded', open); li.querySelector(':scope>ul').hidden = !open; li.querySelector(':scope>.lab .tw').textContent = open ? '▾' : '▸'; }
  function focus(li){ tree.querySelectorAll('[role=treeitem]').forEach(function(x){ x.tabIndex = -1; }); li.tabIndex = 0; li.focus(); }
  function pick(li){ tree.querySelectorAll('[aria-selected]').forEach(function(x){ x.setAttribute('aria-selected', x === li); }); onPick(li); }
  tree.addEventListener('click', function(e){ var lab = e.target.closest('.lab'); if (!lab) return; var li = lab.parentNode; focus(li);
    if (li.hasAttribute('aria-expanded')) toggle(li); else pick(li); });
  tree.addEventListener('keydown', function(e){ var li = e.target.closest('[role=treeitem]'); if (!li) return; var v = items(), i = v.indexOf(li);
    if (e.key === 'ArrowDown' && v[i + 1]) focus(v[i + 1]); else if (e.key === 'ArrowUp' && v[i - 1]) focus(v[i - 1]);
    else if (e.key === 'ArrowRight') { if (li.getAttribute('aria-expanded') === 'false') toggle(li, true); }
    else if (e.key === 'ArrowLeft') { if (li.getAttribute('aria-expanded') === 'true') toggle(li, false); else if (li.parentNode.closest('[role=treeitem]')) focus(li.parentNode.closest('[role=treeitem]')); }
    else if (e.key === 'Enter' || e.key === ' ') { if (li.hasAttribute('aria-expanded')) toggle(li); else pick(li); }
    else return; e.preventDefault(); });
}`;
const CAL_JS = `
var MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
var pad = function(n){ return (n < 10 ? '0' : '') + n; };
var iso = function(d){ return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); };
function parse(s){ var p = s.split('-'); return new Date(+p[0], +p[1] - 1, +p[2]); }
function initCal(box, opts){
  var shown = new Date(2027, 1, 1);
  function draw(){ var min = opts.min(), sel = opts.value();
    var html = '<div class="cal-h"><button type="button" class="icon-btn" data-m="-1" aria-label="Previous month">‹</button><b>' + MONTHS[shown.getMonth()] + ' ' + shown.getFullYear() + '</b><button type="button" class="icon-btn" data-m="1" aria-label="Next month">›</button></div><table class="cal" role="grid"><tr>' +
      ['Mo','Tu','We','Th','Fr','Sa','Su'].map(function(d){ return '<th>' + d + '</th>'; }).join('') + '</tr><tr>';
    var first = (shown.getDay() + 6) % 7, n = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
    for (var i = 0; i < first; i++) html += '<td></td>';
    for (var d = 1; d <= n; d++) { var dt = new Date(shown.getFullYear(), shown.getMonth(), d);
      html += '<td><button type="button" data-iso="' + iso(dt) + '" aria-label="' + d + ' ' + MONTHS[dt.getMonth()] + ' ' + dt.getFullYear() + '"' + (dt < min ? ' disabled' : '') + ' aria-pressed="' + (sel === iso(dt)) + '">' + d + '</button></td>';
      if ((first + d) % 7 === 0) html += '</tr><tr>'; }
    box.innerHTML = html + '</tr></table>'; }
  box.addEventListener('click', function(e){ var b = e.target.closest('button'); if (!b) return; e.stopPropagation();
    if (b.dataset.m) { shown = new Date(shown.getFullYear(), shown.getMonth() + Number(b.dataset.m), 1); draw(); }
    else if (!b.disabled) opts.pick(b.dataset.iso); });
  return { draw: function(){ var v = opts.value(); if (v) { var d = parse(v); shown = new Date(d.getFullYear(), d.getMonth(), 1); } draw(); } };
}
function nice(s){ var d = parse(s); return ['Sun','Mon','Tue','Wed','Thu','Fri','Sat'][d.getDay()] + ' ' + d.getDate() + ' ' + MONTHS[d.getMonth()].slice(0, 3) + ' ' + d.getFullYear(); }`;

const TIMES = [];
for (let h = 7; h <= 20; h++) for (const m of ['00', '30']) if (!(h === 20 && m === '30')) TIMES.push(`${String(h).padStart(2, '0')}:${m}`);
const timeSel = (name, id) => `<select name="${name}" id="${id}">${TIMES.map((t) => `<option${t === '10:00' ? ' selected' : ''}>${t}</option>`).join('')}</select>`;

function home() {
  const body = `${NAV}<main><h1>Hire a car across Europe</h1><form class="panel" id="f" action="/cars" method="get" novalidate>
<div class="row"><div class="wrap"><span class="lbl" id="pu-l">Pick-up branch</span><button type="button" class="btn" id="pu-btn" aria-haspopup="dialog" aria-labelledby="pu-l pu-btn">Choose a branch</button>
<input type="hidden" name="pickup" id="pickup"><span class="err" data-for="pickup"></span>
<div class="pop hidden" id="pu-pop" role="dialog" aria-label="Choose a pick-up branch">${treeHtml()}</div></div>
<label style="font-weight:400;align-self:center"><input type="checkbox" checked disabled> Return to the same branch <small>(one-way hires: call us)</small></label></div>
<div class="row"><div class="wrap"><span class="lbl" id="fd-l">Pick-up date</span><button type="button" class="btn" id="fd-btn" aria-labelledby="fd-l fd-btn">Select date</button><input type="hidden" name="from" id="from"><span class="err" data-for="from"></span><div class="pop hidden" id="fd-pop" role="dialog" aria-label="Pick-up date"></div></div>
<div><label for="ft">Pick-up time</label>${timeSel('fromTime', 'ft')}</div>
<div class="wrap"><span class="lbl" id="td-l">Return date</span><button type="button" class="btn" id="td-btn" aria-labelledby="td-l td-btn">Select date</button><input type="hidden" name="to" id="to"><span class="err" data-for="to"></span><div class="pop hidden" id="td-pop" role="dialog" aria-label="Return date"></div></div>
<div><label for="tt">Return time</label>${timeSel('toTime', 'tt')}</div></div>
<div class="row"><label style="font-weight:400"><input type="checkbox" id="agebox" checked> Driver aged between 25 and 70</label>
<span id="age-wrap" class="hidden"><label for="age" style="display:inline;font-weight:600">Driver's age</label> <input id="age" name="age" type="number" min="18" max="99" style="width:70px;padding:5px"></span></div>
<button class="btn btn-primary">Search cars</button></form></main>`;
  const script = `${TREE_JS}${CAL_JS}
var f = document.getElementById('f');
function pop(id, show){ document.querySelectorAll('.pop').forEach(function(p){ if (p.id !== id) p.classList.add('hidden'); }); var p = document.getElementById(id); p.classList.toggle('hidden', show === undefined ? undefined : !show); return !p.classList.contains('hidden'); }
document.getElementById('pu-btn').onclick = function(){ pop('pu-pop'); };
initTree(document.querySelector('#pu-pop [role=tree]'), function(li){ f.pickup.value = li.dataset.code; document.getElementById('pu-btn').textContent = li.textContent.trim(); pop('pu-pop', false); });
var fc = initCal(document.getElementById('fd-pop'), {min: function(){ return new Date(2027, 1, 11); }, value: function(){ return f.from.value; },
  pick: function(v){ f.from.value = v; document.getElementById('fd-btn').textContent = nice(v); if (f.to.value && f.to.value < v) { f.to.value = ''; document.getElementById('td-btn').textContent = 'Select date'; } pop('fd-pop', false); }});
var tc = initCal(document.getElementById('td-pop'), {min: function(){ return f.from.value ? parse(f.from.value) : new Date(2027, 1, 11); }, value: function(){ return f.to.value || f.from.value; },
  pick: function(v){ f.to.value = v; document.getElementById('td-btn').textContent = nice(v); pop('td-pop', false); }});
document.getElementById('fd-btn').onclick = function(){ if (pop('fd-pop')) fc.draw(); };
document.getElementById('td-btn').onclick = function(){ if (pop('td-pop')) tc.draw(); };
document.getElementById('agebox').onchange = function(){ document.getElementById('age-wrap').classList.toggle('hidden', this.checked); if (this.checked) f.age.value = ''; };
f.addEventListener('submit', function(e){ var bad = false; document.querySelectorAll('.err').forEach(function(x){ x.textContent = ''; });
  [['pickup', 'Choose a pick-up branch'], ['from', 'Choose a pick-up date'], ['to', 'Choose a return date']].forEach(function(p){ if (!f[p[0]].value) { bad = true; document.querySelector('.err[data-for=' + p[0] + ']').textContent = p[1]; } });
  if (bad) e.preventDefault(); else if (!f.age.value) f.age.disabled = true; });
`;
  return doc({ title: 'Rentola · Car hire', css: CSS, body, script });
}

const daysOf = (from, ft, to, tt) => {
  if (!from || !to) return 0;
  const a = new Date(`${from}T${ft || '10:00'}:00Z`);
  const b = new Date(`${to}T${tt || '10:00'}:00Z`);
  return Math.max(1, Math.ceil((b - a) / 86400000));
};

function cars(u) {
  const p = Object.fromEntries(u.searchParams);
  const days = daysOf(p.from, p.fromTime, p.to, p.toTime);
  const young = p.age && Number(p.age) < 25;
  const body = `${NAV}<main><h1>Cars at ${esc(NAMES[p.pickup] || 'your branch')}</h1>
<p>${p.from ? `${esc(p.from)} ${esc(p.fromTime || '10:00')} → ${esc(p.to || '?')} ${esc(p.toTime || '10:00')} · <b>${days} day${days === 1 ? '' : 's'}</b>` : 'Choose dates on the <a href="/">search page</a> to see totals.'}${young ? ' · young driver surcharge €15/day applies' : ''}</p>
<table class="cars"><thead><tr><th>Car</th><th>Class</th><th>Seats</th><th>Gearbox</th><th>Bags</th><th>Per day</th><th>Total</th><th></th></tr></thead><tbody>
${CARS.map((c) => `<tr data-car="${c.id}"><td><b>${c.name}</b>${c.id === 'ford-galaxy' || c.id === 'bmw-3' ? ' <small style="color:#b3261e">Only 1 left</small>' : ''}</td><td>${c.cls}</td><td>${c.seats}</td><td>${c.gear}</td><td>${c.bags}</td><td>€${c.day}</td><td>${days ? `€${(c.day + (young ? 15 : 0)) * days}` : '—'}</td>
<td><a class="btn btn-primary" href="/extras?car=${c.id}&days=${days || 1}">Select</a></td></tr>`).join('')}</tbody></table>
<p style="color:#666">All prices include basic cover, unlimited mileage and local taxes.</p></main>`;
  return doc({ title: 'Available cars · Rentola', css: CSS, body });
}

function extras(u) {
  const c = CAR[u.searchParams.get('car')] || CARS[0];
  const days = Number(u.searchParams.get('days')) || 1;
  const body = `${NAV}<main><h1>Extras for your ${c.name}</h1><p>${days} day${days === 1 ? '' : 's'} · car €${c.day * days}</p><div class="panel" id="x">
<div class="row"><div><span class="lbl" id="cs-l">Child seats <small>(€9/day each)</small></span><div class="stepper" data-k="childSeats"><button type="button" aria-label="Remove a child seat">−</button><output aria-labelledby="cs-l">0</output><button type="button" aria-label="Add a child seat">+</button></div></div>
<div><span class="lbl" id="bs-l">Booster seats <small>(€7/day each)</small></span><div class="stepper" data-k="boosters"><button type="button" aria-label="Remove a booster seat">−</button><output aria-labelledby="bs-l">0</output><button type="button" aria-label="Add a booster seat">+</button></div></div></div>
<fieldset class="cards" style="border:0;padding:0"><legend class="lbl">Protection</legend>
<label><input type="radio" name="cover" value="basic" checked> <b>Basic cover</b> — included · excess €1,500</label>
<label><input type="radio" name="cover" value="plus"> <b>Plus cover</b> — €12/day · excess €500</label>
<label><input type="radio" name="cover" value="full"> <b>Full protection</b> — €21/day · no excess, glass and tyres included</label></fieldset>
<p><span id="ad-l" style="font-weight:600">Additional driver</span> <button type="button" class="sw" role="switch" aria-checked="false" aria-labelledby="ad-l" id="ad"><span></span></button> <small>€8/day</small></p>
<p><label style="font-weight:400"><input type="checkbox" id="gps"> Sat nav (€6/day)</label></p>
<p>Extras total: <b id="tot">€0</b></p><button class="btn btn-primary" id="go">Continue to checkout</button></div></main>`;
  const script = `
var DAYS = ${days}, CAR = ${JSON.stringify(c.id)}, PRICE = ${c.day};
function val(k){ return Number(document.querySelector('.stepper[data-k=' + k + '] output').textContent); }
function cover(){ return document.querySelector('input[name=cover]:checked').value; }
function total(){ var t = (val('childSeats') * 9 + val('boosters') * 7 + ({basic: 0, plus: 12, full: 21})[cover()] + (document.getElementById('ad').getAttribute('aria-checked') === 'true' ? 8 : 0) + (document.getElementById('gps').checked ? 6 : 0)) * DAYS;
  document.getElementById('tot').textContent = '€' + t; return t; }
document.querySelectorAll('.stepper').forEach(function(s){ var o = s.querySelector('output'), b = s.querySelectorAll('button');
  b[0].onclick = function(){ o.textContent = Math.max(0, Number(o.textContent) - 1); total(); }; b[1].onclick = function(){ o.textContent = Math.min(3, Number(o.textContent) + 1); total(); }; });
document.querySelectorAll('input').forEach(function(i){ i.addEventListener('change', total); });
document.getElementById('ad').onclick = function(){ this.setAttribute('aria-checked', this.getAttribute('aria-checked') !== 'true'); total(); };
document.getElementById('go').onclick = function(){
  rec('submit', {form: 'extras', data: {car: CAR, days: DAYS, childSeats: val('childSeats'), boosters: val('boosters'), cover: cover(), extraDriver: document.getElementById('ad').getAttribute('aria-checked') === 'true', satnav: document.getElementById('gps').checked, extrasTotal: total()}});
  location.href = '/checkout?car=' + CAR + '&days=' + DAYS + '&extras=' + total(); };
`;
  return doc({ title: `Extras · ${c.name} · Rentola`, css: CSS, body, script });
}

function checkout(u) {
  const c = CAR[u.searchParams.get('car')] || CARS[0];
  const days = Number(u.searchParams.get('days')) || 1;
  const ex = Number(u.searchParams.get('extras')) || 0;
  const total = c.day * days + ex;
  const body = `${NAV}<main><h1>Checkout</h1><p>${c.name} · ${days} day${days === 1 ? '' : 's'} · total <b>€${total.toFixed(2)}</b></p>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:20px"><form class="panel stack" id="drv" novalidate><h2 style="margin-top:0;font-size:17px">Main driver</h2>
<label for="fn">First name</label><input id="fn" name="firstName"><label for="ln">Surname</label><input id="ln" name="lastName">
<label for="em">Email</label><input id="em" name="email" type="email"><label for="ph">Mobile</label><input id="ph" name="phone" type="tel">
<label for="lic">Driving licence number</label><input id="lic" name="licence"><label for="fl">Flight number <small>(so we can wait if you're late)</small></label><input id="fl" name="flight">
<p class="err" id="drv-err"></p><button class="btn btn-primary">Save driver details</button><p id="drv-ok" role="status"></p></form>
<div class="panel"><h2 style="margin-top:0;font-size:17px">Payment</h2><iframe src="/pay?car=${c.id}&amount=${total.toFixed(2)}" title="Secure card payment" style="width:100%;height:470px;border:0"></iframe></div></div></main>`;
  const script = `
document.getElementById('drv').addEventListener('submit', function(e){ e.preventDefault(); var f = e.target, miss = ['firstName', 'lastName', 'email', 'licence'].filter(function(n){ return !f[n].value.trim(); });
  document.getElementById('drv-err').textContent = miss.length ? 'Please fill in: ' + miss.join(', ') : ''; if (miss.length) return;
  var d = {}; ['firstName', 'lastName', 'email', 'phone', 'licence', 'flight'].forEach(function(n){ d[n] = f[n].value.trim(); });
  rec('submit', {form: 'driver', data: d}); document.getElementById('drv-ok').textContent = '✓ Driver details saved. Now pay to confirm the booking.'; });`;
  return doc({ title: 'Checkout · Rentola', css: CSS, body, script });
}

function pay(u) {
  const c = CAR[u.searchParams.get('car')] || CARS[0];
  const amount = Number(u.searchParams.get('amount')) || 0;
  const deposit = c.cls === 'Premium' || c.cls === 'Electric' ? 800 : 300;
  const body = `<form method="post" action="/submit/payment" id="pf" class="stack" autocomplete="off">
<input type="hidden" name="amount" id="amount" value="${amount.toFixed(2)}">
<label for="cn">Card number</label><input id="cn" name="card" inputmode="numeric" placeholder="1234 5678 9012 3456" required>
<div style="display:flex;gap:10px"><div><label for="ex">Expiry (MM/YY)</label><input id="ex" name="expiry" placeholder="MM/YY" style="width:100px" required></div>
<div><label for="cvc">Security code</label><input id="cvc" name="cvc" style="width:80px" required></div></div>
<label for="nm">Name on card</label><input id="nm" name="cardName" required>
<label for="pc">Promo code</label><div style="display:flex;gap:6px"><input id="pc" name="promo" style="width:160px"><button type="button" class="btn" id="apply">Apply</button></div><p id="pmsg" role="status"></p>
<p class="note">A deposit of €${deposit} will be held on this card at pick-up and released when the car is returned.</p>
<button class="btn btn-primary" id="paybtn">Pay €${amount.toFixed(2)}</button></form>`;
  const script = `
var AMOUNT = ${amount};
var cn = document.getElementById('cn');
cn.addEventListener('input', function(){ var d = cn.value.replace(/\\D/g, '').slice(0, 19); cn.value = d.replace(/(\\d{4})(?=\\d)/g, '$1 '); });
document.getElementById('apply').onclick = function(){ var code = document.getElementById('pc').value.trim().toUpperCase(), m = document.getElementById('pmsg');
  if (code === 'SPRING27') { var t = Math.round(AMOUNT * 85) / 100; document.getElementById('amount').value = t.toFixed(2); document.getElementById('paybtn').textContent = 'Pay €' + t.toFixed(2);
    m.textContent = 'SPRING27 applied: 15% off. New total €' + t.toFixed(2) + '.'; rec('promo', {code: code, ok: true}); }
  else { m.textContent = 'That code is not valid.'; rec('promo', {code: code, ok: false}); } };`;
  return doc({ title: 'Card payment', css: 'body{background:#fff;margin:0;padding:4px} form.stack label{display:block;font-weight:600;margin:10px 0 4px} form.stack input{padding:7px;font:inherit;width:100%} .note{background:#fff6ec;padding:8px;border-radius:6px;font-size:13px}', body, script });
}

function branches() {
  const body = `${NAV}<main><h1>Find a branch</h1><div style="display:grid;grid-template-columns:320px 1fr;gap:20px">
<div class="panel">${treeHtml()}</div><section class="panel" id="det" aria-live="polite"><p>Choose a branch on the left to see its address, phone number and opening hours.</p></section></div></main>`;
  const script = `${TREE_JS}
var INFO = ${JSON.stringify(INFO)};
initTree(document.querySelector('[role=tree]'), function(li){ var c = li.dataset.code, i = INFO[c];
  rec('state', {name: 'branch', code: c});
  document.getElementById('det').innerHTML = '<h2 style="margin-top:0">' + li.textContent.trim() + '</h2><p>' + i[0] + '</p><p>Phone: <a href="tel:' + i[1].replace(/ /g, '') + '">' + i[1] + '</a></p>' +
    '<table><caption style="text-align:left;font-weight:600">Opening hours</caption><tr><th style="text-align:left;padding-right:16px">Monday – Friday</th><td>' + i[2][0] + '</td></tr><tr><th style="text-align:left">Saturday</th><td>' + i[2][1] + '</td></tr><tr><th style="text-align:left">Sunday</th><td>' + i[2][2] + '</td></tr></table>'; });`;
  return doc({ title: 'Branches · Rentola', css: CSS, body, script });
}

export const BOOKINGS = [
  ['RNT-88213', 'VW Polo or similar', '2027-03-04', '10:00', '2027-03-09', '10:00', 'PT-LIS-APT', 'Confirmed'],
  ['RNT-88240', 'Peugeot 3008 or similar', '2027-03-20', '09:00', '2027-03-27', '09:00', 'FR-NCE-T2', 'Confirmed'],
  ['RNT-88251', 'Tesla Model 3', '2027-04-02', '12:00', '2027-04-06', '12:00', 'DE-MUC-HBF', 'Confirmed'],
  ['RNT-88267', 'Fiat 500 or similar', '2027-05-15', '08:30', '2027-05-18', '08:30', 'IT-ROM-TER', 'Awaiting payment'],
];
const PAST = [['RNT-87102', 'Porto Campanhã station', '3 – 10 January 2027', 'Renault Clio', '€212.40'], ['RNT-86544', 'Seville Santa Justa station', '14 – 17 October 2026', 'Seat Ibiza', '€118.00'],
  ['RNT-85990', 'Munich Airport Terminal 2', '2 – 9 August 2026', 'VW Touran', '€498.75'], ['RNT-85011', 'Porto Airport', '22 – 24 May 2026', 'Fiat 500', '€71.90']];

function manage() {
  const fmtD = (d) => { const [y, m, dd] = d.split('-').map(Number); return `${dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`; };
  const body = `${NAV}<main><h1>My bookings</h1><h2 style="font-size:16px">Upcoming</h2><table class="cars"><thead><tr><th>Booking</th><th>Car</th><th>Pick-up</th><th>Return</th><th>Branch</th><th>Status</th><th></th></tr></thead><tbody>
${BOOKINGS.map((b) => `<tr data-ref="${b[0]}"><td>${b[0]}</td><td>${b[1]}</td><td class="pu">${fmtD(b[2])}, ${b[3]}</td><td class="rt">${fmtD(b[4])}, ${b[5]}</td><td>${esc(NAMES[b[6]])}</td><td class="st">${b[7]}</td>
<td style="position:relative"><button class="icon-btn more" aria-label="Actions for ${b[0]}" aria-haspopup="menu" aria-expanded="false">⋯</button></td></tr>`).join('')}</tbody></table>
<h2 style="font-size:16px;margin-top:28px">Past rentals</h2><ul class="past" style="list-style:none;padding:0;max-width:720px">
${PAST.map((p) => `<li data-ref="${p[0]}" style="background:#fff;border-radius:8px;padding:10px 14px;margin-bottom:8px;display:flex;gap:12px;align-items:center"><div><b>${esc(p[1])}</b> · ${p[2]}<div style="color:#666;font-size:13px">${p[3]} · ${p[4]} · ${p[0]}</div></div>
<span style="margin-left:auto"><button class="icon-btn" aria-label="Download invoice" data-act="invoice">⬇</button><button class="icon-btn" title="Book again" data-act="rebook">↻</button></span></li>`).join('')}</ul></main>
<ul class="menu hidden" role="menu" id="menu"><li role="menuitem" tabindex="-1" data-act="modify">Change dates or times</li><li role="menuitem" tabindex="-1" data-act="driver">Add a driver</li><li role="menuitem" tabindex="-1" data-act="cancel">Cancel booking</li></ul>
<div class="overlay hidden" id="ov"><div class="modal" id="modal" role="dialog" aria-modal="true" aria-labelledby="m-t"></div></div><div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
var BK = {}; ${JSON.stringify(BOOKINGS)}.forEach(function(b){ BK[b[0]] = b; });
var TIMES = ${JSON.stringify(TIMES)};
var menu = document.getElementById('menu'), cur = null, ov = document.getElementById('ov'), modal = document.getElementById('modal');
function toast(m){ var t = document.getElementById('toast'); t.textContent = m; t.classList.remove('hidden'); clearTimeout(toast.h); toast.h = setTimeout(function(){ t.classList.add('hidden'); }, 4000); }
function close(){ ov.classList.add('hidden'); modal.innerHTML = ''; }
function open(html, role){ modal.setAttribute('role', role || 'dialog'); modal.innerHTML = '<button class="icon-btn x" aria-label="Close">×</button>' + html; ov.classList.remove('hidden'); modal.querySelector('.x').onclick = close; }
document.querySelectorAll('.more').forEach(function(b){ b.onclick = function(e){ e.stopPropagation(); cur = b.closest('tr').dataset.ref; b.parentNode.appendChild(menu);
  var o = menu.classList.toggle('hidden') === false; b.setAttribute('aria-expanded', o); if (o) menu.querySelector('li').focus(); }; });
document.addEventListener('click', function(){ menu.classList.add('hidden'); });
function sel(id, v){ return '<select id="' + id + '">' + TIMES.map(function(t){ return '<option' + (t === v ? ' selected' : '') + '>' + t + '</option>'; }).join('') + '</select>'; }
menu.addEventListener('click', function(e){ var li = e.target.closest('li'); if (!li) return; var b = BK[cur], tr = document.querySelector('tr[data-ref="' + cur + '"]'); menu.classList.add('hidden');
  if (li.dataset.act === 'cancel') {
    open('<h2 id="m-t">Cancel ' + b[0] + '?</h2><p>' + b[1] + '. Free cancellation up to 48 hours before pick-up.</p><p><b>Why are you cancelling?</b> (optional)</p>' +
      ['Plans changed', 'Found a better price', 'Booked by mistake', 'Other'].map(function(r){ return '<label style="font-weight:400;display:block"><input type="radio" name="why" value="' + r + '" style="width:auto"> ' + r + '</label>'; }).join('') +
      '<div class="acts"><button class="btn" id="keep">Keep booking</button><button class="btn btn-primary" id="yes">Yes, cancel it</button></div>', 'alertdialog');
    document.getElementById('keep').onclick = close;
    document.getElementById('yes').onclick = function(){ var w = modal.querySelector('input[name=why]:checked'); rec('cancel', {ref: b[0], reason: w ? w.value : null}); tr.querySelector('.st').textContent = 'Cancelled'; close(); toast('Booking ' + b[0] + ' cancelled. Refund in 3–5 days.'); };
  } else if (li.dataset.act === 'modify') {
    open('<h2 id="m-t">Change ' + b[0] + '</h2><label for="pd">Pick-up date</label><input type="date" id="pd" value="' + b[2] + '"><label for="ptm">Pick-up time</label>' + sel('ptm', b[3]) +
      '<label for="rd">Return date</label><input type="date" id="rd" value="' + b[4] + '"><label for="rtm">Return time</label>' + sel('rtm', b[5]) +
      '<div class="acts"><button class="btn" id="no">Cancel</button><button class="btn btn-primary" id="ok">Save changes</button></div>');
    document.getElementById('no').onclick = close;
    document.getElementById('ok').onclick = function(){ var v = function(id){ return document.getElementById(id).value; };
      rec('modify', {ref: b[0], pickupDate: v('pd'), pickupTime: v('ptm'), returnDate: v('rd'), returnTime: v('rtm')});
      b[2] = v('pd'); b[3] = v('ptm'); b[4] = v('rd'); b[5] = v('rtm'); tr.querySelector('.pu').textContent = b[2] + ', ' + b[3]; tr.querySelector('.rt').textContent = b[4] + ', ' + b[5]; close(); toast('Booking ' + b[0] + ' updated'); };
  } else {
    open('<h2 id="m-t">Add a driver to ' + b[0] + '</h2><p>€8 per day, paid at pick-up.</p><label for="dn">Full name</label><input id="dn"><label for="dl">Licence number</label><input id="dl"><label for="db">Date of birth</label><input type="date" id="db">' +
      '<p class="err" id="derr"></p><div class="acts"><button class="btn" id="no">Cancel</button><button class="btn btn-primary" id="ok">Add driver</button></div>');
    document.getElementById('no').onclick = close;
    document.getElementById('ok').onclick = function(){ var n = document.getElementById('dn').value.trim(), l = document.getElementById('dl').value.trim(), d = document.getElementById('db').value;
      if (!n || !l || !d) { document.getElementById('derr').textContent = 'Name, licence number and date of birth are all needed.'; return; }
      rec('adddriver', {ref: b[0], name: n, licence: l, dob: d}); close(); toast(n + ' added as a driver on ' + b[0]); };
  } });
document.querySelector('.past').addEventListener('click', function(e){ var b = e.target.closest('button'); if (!b) return; var ref = b.closest('li').dataset.ref;
  if (b.dataset.act === 'invoice') { rec('invoice', {ref: ref}); toast('Invoice ' + ref + '.pdf downloaded'); } else { rec('rebook', {ref: ref}); toast('Starting a new booking like ' + ref); } });
document.addEventListener('keydown', function(e){ if (e.key === 'Escape') { close(); menu.classList.add('hidden'); } });`;
  return doc({ title: 'My bookings · Rentola', css: CSS, body, script });
}

const FAQ = [
  ['What is your fuel policy?', 'Full to full: you get the car with a full tank and bring it back full. If it comes back with less, we charge €2.45 per litre plus a €25 refuelling service fee. Electric cars should be returned with at least 70% charge.'],
  ['Can I drive under 25?', 'Yes, from 21. Drivers aged 21–24 pay a young driver surcharge of €15 per day, and cannot hire Premium or Electric cars.'],
  ['Can I take the car to another country?', 'Within the EU, yes, if you tell us at pick-up. The cross-border fee is €45 per rental.'],
  ['What if I return the car late?', 'There is a 29-minute grace period. After that, each late hour costs a third of the daily rate, up to a full extra day.'],
  ['What documents do I need?', 'A driving licence held for at least one year, a passport or ID card, and a credit card in the main driver’s name.'],
];

function help() {
  const body = `${NAV}<main><h1>Help &amp; FAQs</h1>${FAQ.map(([q, a]) => `<details class="panel" style="margin-bottom:8px"><summary style="cursor:pointer;font-weight:600">${q}</summary><p>${a}</p></details>`).join('')}</main>`;
  return doc({ title: 'Help · Rentola', css: CSS, body });
}

function business() {
  const body = `${NAV}<main><h1>Open a business account</h1><p>Monthly invoicing, dedicated support and fleet discounts.</p>
<form class="panel stack" method="post" action="/submit/business" style="max-width:600px">
<label for="co">Company name</label><input id="co" name="company" required><label for="vat">VAT number</label><input id="vat" name="vat">
<label for="cn">Your name</label><input id="cn" name="contact" required><label for="we">Work email</label><input id="we" name="email" type="email" required>
<label for="fs">How many cars do you rent a year?</label><select id="fs" name="fleet"><option value="">Please choose</option><option value="1-5">1 to 5</option><option value="6-20">6 to 20</option><option value="21-50">21 to 50</option><option value="50+">More than 50</option></select>
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">Where do you need cars?</legend>${['Portugal', 'Spain', 'France', 'Germany', 'Italy'].map((c) => `<label style="display:inline;font-weight:400;margin-right:12px"><input type="checkbox" name="countries" value="${c}"> ${c}</label>`).join('')}</fieldset>
<label for="msg">Anything else?</label><textarea id="msg" name="message" rows="3"></textarea>
<p><button class="btn btn-primary">Send enquiry</button></p></form></main>`;
  return doc({ title: 'Business accounts · Rentola', css: CSS, body });
}

export default {
  name: 'carhire',
  title: 'Rentola',
  pages: { '/': home, '/cars': cars, '/extras': extras, '/checkout': checkout, '/pay': pay, '/branches': branches, '/manage': manage, '/help': help, '/business': business },
  thanks(form, data) {
    if (form === 'payment') return `<h1>Payment received</h1><p>€${esc(data.amount || '')} paid. Your booking is confirmed.</p>`;
    if (form === 'business') return `<h1>Thanks, ${esc(data.contact || '')}</h1><p>Our business team will contact ${esc(data.email || '')} within two working days.</p>`;
    return '<h1>Thank you</h1>';
  },
};

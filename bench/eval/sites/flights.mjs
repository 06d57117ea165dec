// Skyhop: a flight search with airport autocompletes (role=combobox + listbox), a
// custom calendar date picker (opens on "March 2026"), trip-type segmented radios,
// passenger steppers, a native cabin select, then results with a max-price slider.
import { doc } from './common.mjs';

export const AIRPORTS = [
  ['LIS', 'Lisbon', 'Humberto Delgado'], ['LHR', 'London', 'Heathrow'], ['LGW', 'London', 'Gatwick'], ['LAX', 'Los Angeles', 'International'],
  ['BER', 'Berlin', 'Brandenburg'], ['BCN', 'Barcelona', 'El Prat'], ['MAD', 'Madrid', 'Barajas'], ['OPO', 'Porto', 'Francisco Sá Carneiro'],
  ['CDG', 'Paris', 'Charles de Gaulle'], ['ORY', 'Paris', 'Orly'], ['AMS', 'Amsterdam', 'Schiphol'], ['DUB', 'Dublin', 'Dublin Airport'],
  ['NRT', 'Tokyo', 'Narita'], ['HND', 'Tokyo', 'Haneda'], ['JFK', 'New York', 'John F. Kennedy'], ['EWR', 'New York', 'Newark'],
];

const css = `main{max-width:980px;margin:20px auto;background:#fff;border-radius:12px;padding:20px}
.trip{display:inline-flex;border:1px solid #c9ced8;border-radius:20px;overflow:hidden;margin-bottom:14px}.trip [role=radio]{padding:6px 16px;cursor:pointer}.trip [aria-checked=true]{background:#2f5bea;color:#fff}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr 1fr;gap:10px}.f{position:relative}.f .lbl{font-size:12px;color:#5b6474;display:block;margin-bottom:3px}
.f input,.f select{width:100%;padding:9px;border:1px solid #c9ced8;border-radius:8px;font:inherit;background:#fff}
.lb{position:absolute;left:0;right:0;top:100%;background:#fff;border:1px solid #dde1e8;border-radius:8px;z-index:10;margin:2px 0;padding:4px 0;list-style:none;box-shadow:0 6px 18px rgba(0,0,0,.1)}
.lb li{padding:7px 10px;cursor:pointer}.lb li:hover,.lb li[aria-selected=true]{background:#eef2fd}.lb small{color:#6b7383}
.cal{position:absolute;top:100%;left:0;background:#fff;border:1px solid #dde1e8;border-radius:10px;padding:10px;z-index:10;box-shadow:0 6px 18px rgba(0,0,0,.12);width:270px}
.cal .hd{display:flex;justify-content:space-between;align-items:center;margin-bottom:6px}.cal .days{display:grid;grid-template-columns:repeat(7,1fr);gap:2px;text-align:center}
.cal .days span{font-size:11px;color:#8a92a1}.cal .day{border:0;background:none;padding:6px 0;border-radius:6px;cursor:pointer}.cal .day:hover{background:#eef2fd}.cal .day:disabled{color:#c5c9d1;cursor:default}
.pax{display:flex;align-items:center;gap:8px;margin:4px 0}.pax .cnt{width:24px;text-align:center}.pax button{width:28px;height:28px;border-radius:50%;border:1px solid #c9ced8;background:#fff;cursor:pointer}
.res{margin-top:18px}.flight{display:flex;justify-content:space-between;align-items:center;border:1px solid #e2e5ea;border-radius:8px;padding:10px 14px;margin:6px 0}.flight .price{font-weight:700;font-size:16px}`;

const body = `<main><h1>Where to next?</h1>
<div class="trip" role="radiogroup" aria-label="Trip type"><div role="radio" aria-checked="true" data-v="return" tabindex="0">Round trip</div><div role="radio" aria-checked="false" data-v="oneway" tabindex="-1">One way</div></div>
<div class="grid">
<div class="f"><label class="lbl" for="from">Leaving from</label><input id="from" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-controls="lb-from" placeholder="City or airport" autocomplete="off"><ul class="lb hidden" role="listbox" id="lb-from"></ul></div>
<div class="f"><label class="lbl" for="to">Going to</label><input id="to" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-controls="lb-to" placeholder="City or airport" autocomplete="off"><ul class="lb hidden" role="listbox" id="lb-to"></ul></div>
<div class="f"><label class="lbl" for="dep">Departure</label><input id="dep" readonly placeholder="Add date" data-cal="depart"></div>
<div class="f" id="ret-f"><label class="lbl" for="ret">Return</label><input id="ret" readonly placeholder="Add date" data-cal="return"></div>
</div>
<div class="grid" style="margin-top:12px">
<div class="f"><span class="lbl">Travellers</span>
<div class="pax" role="group" aria-label="Adults"><button aria-label="Remove an adult" data-p="adults" data-d="-1">−</button><span class="cnt" id="adults">1</span><span>Adults</span><button aria-label="Add an adult" data-p="adults" data-d="1">+</button></div>
<div class="pax" role="group" aria-label="Children"><button aria-label="Remove a child" data-p="children" data-d="-1">−</button><span class="cnt" id="children">0</span><span>Children (2–11)</span><button aria-label="Add a child" data-p="children" data-d="1">+</button></div></div>
<div class="f"><label class="lbl" for="cabin">Cabin</label><select id="cabin"><option value="economy">Economy</option><option value="premium">Premium economy</option><option value="business">Business</option><option value="first">First</option></select></div>
<div class="f"><span class="lbl">&nbsp;</span><label><input type="checkbox" id="direct"> Direct flights only</label></div>
<div class="f"><span class="lbl">&nbsp;</span><button class="btn btn-primary" id="go" style="width:100%;justify-content:center;padding:9px">Search flights</button></div></div>
<p id="err" role="alert" style="color:#c22"></p>
<div class="res hidden" id="res"><div style="display:flex;justify-content:space-between;align-items:center"><h2 id="res-h">Results</h2>
<label>Max price <input type="range" id="maxp" min="50" max="900" step="10" value="900" aria-label="Maximum price"> <output id="maxp-v">$900</output></label></div><div id="list"></div></div></main>`;

const script = `
var AP = ${JSON.stringify(AIRPORTS)};
var $ = function(s){ return document.querySelector(s); };
var MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
var TODAY = new Date(Date.UTC(2026, 2, 2));
var sel = {from: null, to: null, depart: '', ret: ''};
function pad(n){ return (n < 10 ? '0' : '') + n; }
function fmt(d){ return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()); }
function nice(iso){ var p = iso.split('-'); return (+p[2]) + ' ' + MONTHS[+p[1] - 1].slice(0, 3) + ' ' + p[0]; }
['from', 'to'].forEach(function(k){
  var inp = $('#' + k), lb = $('#lb-' + k);
  function close(){ lb.classList.add('hidden'); inp.setAttribute('aria-expanded', 'false'); }
  inp.addEventListener('input', function(){ sel[k] = null; var q = inp.value.trim().toLowerCase(); lb.innerHTML = '';
    if (q.length < 2) return close();
    var hits = AP.filter(function(a){ return a[0].toLowerCase() === q || a[1].toLowerCase().indexOf(q) === 0 || a[2].toLowerCase().indexOf(q) >= 0; });
    hits.forEach(function(a, i){ var li = document.createElement('li'); li.setAttribute('role', 'option'); li.id = k + '-opt-' + a[0]; li.dataset.code = a[0];
      li.innerHTML = a[1] + ' (' + a[0] + ') <small>' + a[2] + '</small>'; lb.appendChild(li); });
    if (!hits.length) lb.innerHTML = '<li aria-disabled="true">No airports match</li>';
    lb.classList.remove('hidden'); inp.setAttribute('aria-expanded', 'true'); });
  lb.addEventListener('mousedown', function(e){ var li = e.target.closest('li[data-code]'); if (!li) return; e.preventDefault(); pick(li.dataset.code); });
  function pick(code){ var a = AP.filter(function(x){ return x[0] === code; })[0]; sel[k] = code; inp.value = a[1] + ' (' + a[0] + ')'; close(); }
  inp.addEventListener('keydown', function(e){ var opts = [].slice.call(lb.querySelectorAll('li[data-code]')); if (!opts.length) return;
    var i = opts.findIndex(function(o){ return o.getAttribute('aria-selected') === 'true'; });
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); i = e.key === 'ArrowDown' ? Math.min(opts.length - 1, i + 1) : Math.max(0, i - 1); opts.forEach(function(o, j){ o.setAttribute('aria-selected', j === i); }); inp.setAttribute('aria-activedescendant', opts[i].id); }
    if (e.key === 'Enter') { e.preventDefault(); pick(opts[Math.max(0, i)].dataset.code); } if (e.key === 'Escape') close(); });
  inp.addEventListener('blur', function(){ setTimeout(close, 150); });
});
var cal = null;
function openCal(inp){ if (cal) cal.remove(); var which = inp.dataset.cal; var start = which === 'return' && sel.depart ? new Date(sel.depart + 'T00:00:00Z') : TODAY;
  var y = start.getUTCFullYear(), m = start.getUTCMonth();
  cal = document.createElement('div'); cal.className = 'cal'; cal.setAttribute('role', 'dialog'); cal.setAttribute('aria-label', 'Choose ' + (which === 'return' ? 'return' : 'departure') + ' date');
  function draw(){ var first = new Date(Date.UTC(y, m, 1)), n = new Date(Date.UTC(y, m + 1, 0)).getUTCDate(), lead = (first.getUTCDay() + 6) % 7;
    var h = '<div class="hd"><button class="icon-btn" aria-label="Previous month" data-nav="-1">‹</button><b class="mon" aria-live="polite">' + MONTHS[m] + ' ' + y + '</b><button class="icon-btn" aria-label="Next month" data-nav="1">›</button></div><div class="days">';
    ['Mo','Tu','We','Th','Fr','Sa','Su'].forEach(function(d){ h += '<span>' + d + '</span>'; });
    for (var i = 0; i < lead; i++) h += '<i></i>';
    for (var d = 1; d <= n; d++) { var iso = y + '-' + pad(m + 1) + '-' + pad(d); var past = iso < fmt(TODAY) || (which === 'return' && sel.depart && iso < sel.depart);
      h += '<button class="day" data-date="' + iso + '"' + (past ? ' disabled' : '') + '>' + d + '</button>'; }
    cal.innerHTML = h + '</div>'; }
  draw();
  cal.addEventListener('mousedown', function(e){ e.preventDefault(); });
  cal.addEventListener('click', function(e){ var nav = e.target.closest('[data-nav]'); if (nav) { m += +nav.dataset.nav; if (m < 0) { m = 11; y--; } if (m > 11) { m = 0; y++; } draw(); return; }
    var b = e.target.closest('.day'); if (!b || b.disabled) return; sel[which === 'return' ? 'ret' : 'depart'] = b.dataset.date; inp.value = nice(b.dataset.date); cal.remove(); cal = null; });
  inp.parentNode.appendChild(cal); }
['#dep', '#ret'].forEach(function(s){ $(s).addEventListener('click', function(){ openCal($(s)); }); $(s).addEventListener('focus', function(){ if (!cal) openCal($(s)); }); });
document.addEventListener('mousedown', function(e){ if (cal && !e.target.closest('.cal') && !e.target.closest('[data-cal]')) { cal.remove(); cal = null; } });
document.querySelectorAll('.trip [role=radio]').forEach(function(r){ r.onclick = function(){ document.querySelectorAll('.trip [role=radio]').forEach(function(o){ o.setAttribute('aria-checked', o === r); }); $('#ret-f').style.visibility = r.dataset.v === 'oneway' ? 'hidden' : ''; }; });
document.querySelectorAll('.pax button').forEach(function(b){ b.onclick = function(){ var el = $('#' + b.dataset.p); var v = +el.textContent + (+b.dataset.d); el.textContent = Math.max(b.dataset.p === 'adults' ? 1 : 0, Math.min(9, v)); }; });
var FL = [['TAP Air', '07:25', '11:05', 1, 189], ['Lufthansa', '09:40', '15:20', 2, 146], ['easyJet', '13:15', '16:50', 1, 98], ['Skyhop Air', '18:30', '22:10', 1, 232], ['Iberia', '06:05', '13:45', 2, 121]];
function drawRes(){ var max = +$('#maxp').value; $('#maxp-v').textContent = '$' + max; var direct = $('#direct').checked;
  $('#list').innerHTML = FL.filter(function(f){ return f[4] <= max && (!direct || f[3] === 1); }).map(function(f){ return '<div class="flight" data-airline="' + f[0] + '"><div><b>' + f[0] + '</b><div>' + f[1] + ' → ' + f[2] + ' · ' + (f[3] === 1 ? 'Direct' : (f[3] - 1) + ' stop') + '</div></div><div class="price">$' + f[4] + '</div><button class="btn select">Select</button></div>'; }).join('') || '<p>No flights under this price.</p>';
  rec('state', {name: 'filters', maxPrice: max, shown: document.querySelectorAll('.flight').length}); }
$('#maxp').addEventListener('input', drawRes); $('#maxp').addEventListener('change', drawRes);
$('#list').addEventListener('click', function(e){ var b = e.target.closest('.select'); if (!b) return; var f = b.closest('.flight'); rec('select', {airline: f.dataset.airline}); $('#res-h').textContent = 'Selected: ' + f.dataset.airline + ' — fare held for 20 minutes'; });
$('#go').onclick = function(){
  var trip = document.querySelector('.trip [aria-checked=true]').dataset.v;
  if (!sel.from || !sel.to) { $('#err').textContent = 'Choose both airports from the list.'; return; }
  if (!sel.depart) { $('#err').textContent = 'Add a departure date.'; return; }
  $('#err').textContent = '';
  var d = {from: sel.from, to: sel.to, trip: trip, depart: sel.depart, ret: trip === 'oneway' ? '' : sel.ret, adults: +$('#adults').textContent, children: +$('#children').textContent, cabin: $('#cabin').value, direct: $('#direct').checked};
  rec('submit', {form: 'search', data: d});
  $('#res').classList.remove('hidden'); $('#res-h').textContent = FL.length + ' flights ' + sel.from + ' → ' + sel.to + ', ' + nice(sel.depart); drawRes(); };
`;

export default {
  name: 'flights',
  title: 'Skyhop',
  pages: { '/': doc({ title: 'Skyhop · Cheap flights', css, body, script }) },
};

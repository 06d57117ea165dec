// Fieldnight festival: day tabs (div role=tablist with buttons), stage sub-tabs built
// from <li>, a ticket form (ticket type radio cards, quantity select, promo code with
// a message), a confirmation dialog and a role=alert success, a <seat-picker> with a
// shadow root for the accessible seating area, and a venue map in a new tab.
import { doc } from './common.mjs';

export const LINEUP = {
  Friday: { Main: [['18:00', 'The Lanterns'], ['19:30', 'Ruby Coast'], ['21:15', 'Northern Arc']], Forest: [['17:30', 'Moth Choir'], ['20:00', 'DJ Salt']] },
  Saturday: { Main: [['16:00', 'Paper Tigers'], ['18:15', 'Ola Sunde'], ['21:30', 'Glass Harbour']], Forest: [['15:00', 'Quiet Fields'], ['19:00', 'Kite Engine'], ['23:00', 'DJ Okra']] },
  Sunday: { Main: [['14:00', 'Brass Republic'], ['17:00', 'Wren & Fox'], ['20:00', 'Solen']], Forest: [['13:00', 'Lowtide'], ['16:30', 'Aurora Kids Choir']] },
};

const css = `main{max-width:900px;margin:20px auto}.box{background:#fff;border-radius:10px;padding:16px 20px;margin-bottom:16px}
.days{display:flex;gap:4px}.days button{border:1px solid #d5d9e1;background:#fff;padding:8px 16px;border-radius:8px 8px 0 0;cursor:pointer;font:inherit}.days button[aria-selected=true]{background:#2b1d3d;color:#fff}
ul.stages{list-style:none;display:flex;gap:14px;padding:0;margin:10px 0}ul.stages li{cursor:pointer;color:#6b7383;padding-bottom:3px}ul.stages li.active{color:#1d2330;border-bottom:2px solid #e05a2a;font-weight:600}
.slot{display:flex;gap:14px;padding:5px 0}.slot b{width:60px}.tt{display:flex;gap:10px}.tt label{border:1px solid #c9ced8;border-radius:8px;padding:10px;flex:1;cursor:pointer}.tt input{margin-right:6px}`;

const body = `<main><div class="box"><h1>Fieldnight 2026 · 12–14 June · Lake Varde</h1><a href="/map" target="_blank">Venue map & gates ↗</a> · <a href="/faq" target="_blank">Festival FAQ ↗</a></div>
<div class="box"><h2>Line-up</h2><div class="days" role="tablist" aria-label="Festival day">${Object.keys(LINEUP).map((d, i) => `<button role="tab" aria-selected="${i === 0}" data-day="${d}">${d}</button>`).join('')}</div>
<ul class="stages">${['Main', 'Forest'].map((s, i) => `<li class="${i === 0 ? 'active' : ''}" data-stage="${s}">${s} stage</li>`).join('')}</ul><div id="slots" role="tabpanel"></div></div>
<div class="box"><h2>Tickets</h2><div class="tt" role="radiogroup" aria-label="Ticket type">
<label><input type="radio" name="tt" value="day" checked> Day ticket <b>€69</b></label><label><input type="radio" name="tt" value="weekend"> Weekend pass <b>€159</b></label><label><input type="radio" name="tt" value="vip"> VIP weekend <b>€289</b></label></div>
<p id="dayp"><label>Which day? <select id="tday"><option>Friday</option><option>Saturday</option><option>Sunday</option></select></label></p>
<p><label>Number of tickets <select id="qty">${[1, 2, 3, 4, 5, 6].map((n) => `<option>${n}</option>`).join('')}</select></label></p>
<p><label>Need step-free seating? </label><seat-picker></seat-picker></p>
<p><label for="promo">Promo code</label> <input id="promo" style="padding:6px"> <button class="btn" id="apply">Apply</button> <span id="pmsg" role="status"></span></p>
<p><label>Email for the tickets <input id="tem" type="email" style="padding:6px;width:260px"></label></p>
<p>Total: <b id="total">€69</b></p><button class="btn btn-primary" id="buy">Buy tickets</button><div id="ok" role="alert" style="margin-top:10px;color:#16683b;font-weight:600"></div></div></main>
<div class="overlay hidden" id="cf"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="cf-t"><button class="icon-btn x" aria-label="Close" id="cf-x">×</button><h2 id="cf-t">Confirm your order</h2><p id="cf-s"></p><button class="btn" id="cf-back">Go back</button> <button class="btn btn-primary" id="cf-ok">Pay now</button></div></div>`;

const script = `
var L = ${JSON.stringify(LINEUP)}; var day = 'Friday', stage = 'Main', disc = 0, code = '';
var $ = function(s){ return document.querySelector(s); };
function slots(){ $('#slots').innerHTML = L[day][stage].map(function(s){ return '<div class="slot"><b>' + s[0] + '</b><span>' + s[1] + '</span></div>'; }).join(''); }
slots();
document.querySelectorAll('.days button').forEach(function(b){ b.onclick = function(){ document.querySelectorAll('.days button').forEach(function(o){ o.setAttribute('aria-selected', o === b); }); day = b.dataset.day; slots(); rec('tab', {day: day}); }; });
document.querySelectorAll('ul.stages li').forEach(function(li){ li.onclick = function(){ document.querySelectorAll('ul.stages li').forEach(function(o){ o.classList.toggle('active', o === li); }); stage = li.dataset.stage; slots(); rec('tab', {stage: stage}); }; });
var PRICE = {day: 69, weekend: 159, vip: 289};
function tt(){ return document.querySelector('[name=tt]:checked').value; }
function total(){ var t = PRICE[tt()] * +$('#qty').value; return Math.round(t * (1 - disc)); }
function upd(){ $('#total').textContent = '€' + total(); $('#dayp').style.display = tt() === 'day' ? '' : 'none'; }
document.querySelectorAll('[name=tt]').forEach(function(r){ r.onchange = upd; }); $('#qty').onchange = upd;
$('#apply').onclick = function(){ var c = $('#promo').value.trim().toUpperCase();
  if (c === 'LAKE10') { disc = 0.10; code = c; $('#pmsg').textContent = 'LAKE10 applied: 10% off.'; } else if (c === 'EARLYBIRD') { disc = 0; code = ''; $('#pmsg').textContent = 'Sorry, EARLYBIRD expired on 31 January.'; } else { disc = 0; code = ''; $('#pmsg').textContent = 'We don\\'t recognise that code.'; }
  rec('promo', {code: c}); upd(); };
customElements.define('seat-picker', class extends HTMLElement { connectedCallback(){ var r = this.attachShadow({mode: 'open'}); var self = this; this.value = 'none';
  r.innerHTML = '<style>button{border:1px solid #c9ced8;background:#fff;border-radius:14px;padding:3px 10px;margin-right:4px;cursor:pointer;font:inherit}button[aria-pressed=true]{background:#2b1d3d;color:#fff}</style>' +
    '<span role="group" aria-label="Accessible seating"><button aria-pressed="true" data-v="none">No</button><button aria-pressed="false" data-v="platform">Viewing platform</button><button aria-pressed="false" data-v="companion">Platform + companion seat</button></span>';
  r.querySelectorAll('button').forEach(function(b){ b.onclick = function(){ self.value = b.dataset.v; r.querySelectorAll('button').forEach(function(o){ o.setAttribute('aria-pressed', o === b); }); }; }); } });
$('#buy').onclick = function(){ if (!$('#tem').value.trim()) { $('#ok').style.color = '#c22'; $('#ok').textContent = 'Please enter an email address for your tickets.'; return; }
  $('#cf-s').textContent = $('#qty').value + ' × ' + {day: 'Day ticket (' + $('#tday').value + ')', weekend: 'Weekend pass', vip: 'VIP weekend'}[tt()] + ' — €' + total(); $('#cf').classList.remove('hidden'); };
$('#cf-back').onclick = function(){ $('#cf').classList.add('hidden'); rec('confirm-closed', {how: 'back'}); };
$('#cf-x').onclick = function(){ $('#cf').classList.add('hidden'); rec('confirm-closed', {how: 'x'}); };
$('#cf-ok').onclick = function(){ var d = {type: tt(), day: tt() === 'day' ? $('#tday').value : '', qty: +$('#qty').value, code: code, email: $('#tem').value.trim(), seating: document.querySelector('seat-picker').value, total: total()};
  rec('submit', {form: 'tickets', data: d}); $('#cf').classList.add('hidden'); $('#ok').style.color = '#16683b'; $('#ok').textContent = 'Order FN-' + (2200 + d.total % 97) + ' confirmed! Tickets are on their way to ' + d.email + '.'; };
`;

const map = doc({
  title: 'Venue map · Fieldnight',
  body: `<main style="max-width:700px;margin:20px auto;background:#fff;padding:20px;border-radius:10px"><h1>Venue map</h1><ul>
<li>Gate A (north car park): day tickets, opens 12:00</li><li>Gate B (shuttle bus stop): weekend and VIP passes, opens 11:00</li><li>Gate C (lake path): cyclists and pedestrians, opens 12:30</li></ul>
<p>Lockers are next to the Forest stage. First aid is behind the Main stage, tent 4.</p></main>`,
  script: "rec('tab-view', {page: 'map'});",
});
const faq = doc({
  title: 'FAQ · Fieldnight',
  body: `<main style="max-width:700px;margin:20px auto;background:#fff;padding:20px;border-radius:10px"><h1>Festival FAQ</h1>
<h3>Can I bring food?</h3><p>Sealed snacks only. Up to 1.5 litres of water in a plastic bottle.</p><h3>Are dogs allowed?</h3><p>Only assistance dogs.</p><h3>Is there camping?</h3><p>Yes, the lakeside campsite opens Thursday at 16:00.</p></main>`,
  script: "rec('tab-view', {page: 'faq'});",
});

export default {
  name: 'events',
  title: 'Fieldnight',
  pages: { '/': doc({ title: 'Fieldnight 2026 · Tickets', css, body, script }), '/map': map, '/faq': faq },
};

// The Lyric Playhouse box office: show cards whose programmes open in a new tab
// (target=_blank and window.open), a booking page with a role=tab per date and
// time buttons, a <seat-map> web component with an open shadow root, a concession
// stepper, a basket dialog (remove a seat, promo code, checkout).
import { page, esc } from './common.mjs';

const SITE = 'The Lyric Playhouse';
const head = `<header class="top"><div class="wrap"><span class="brand">🎭 The Lyric Playhouse</span><nav><a href="/">What's on</a><a href="/visit">Visit us</a></nav></div></header>`;

export const SHOWS = {
  hamlet: { title: 'Hamlet', venue: 'Main House', dates: '10 – 12 December', blurb: 'Shakespeare\'s tragedy in a stark modern-dress staging.',
    director: 'Nadia Farrow', running: '3 hours 5 minutes including one interval', age: '12+',
    cast: [['Hamlet', 'Kwame Adjei'], ['Ophelia', 'Isla Brennan'], ['Claudius', 'Rupert Vance'], ['Gertrude', 'Maeve Doherty'], ['Horatio', 'Sanjay Mistry']],
    perfs: [['thu', 'Thu 10 Dec', ['19:30']], ['fri', 'Fri 11 Dec', ['19:30']], ['sat', 'Sat 12 Dec', ['14:30', '19:30']]],
    prices: { A: 48, B: 48, C: 32, D: 32, E: 22 } },
  menagerie: { title: 'The Glass Menagerie', venue: 'Studio', dates: '11 – 13 December', blurb: 'Tennessee Williams\'s memory play, up close in the Studio.',
    director: 'Owen Pryce', running: '2 hours 20 minutes including an interval', age: '12+',
    cast: [['Amanda Wingfield', 'Cora Whitlock'], ['Laura Wingfield', 'Hana Sato'], ['Tom Wingfield', 'Felix Amari'], ['Jim O\'Connor', 'Daniel Osei']],
    perfs: [['fri', 'Fri 11 Dec', ['19:45']], ['sat', 'Sat 12 Dec', ['19:45']], ['sun', 'Sun 13 Dec', ['16:00']]],
    prices: { A: 26, B: 26, C: 26, D: 26, E: 26 } },
  pirates: { title: 'The Pirates of Penzance', venue: 'Main House', dates: '10 – 12 December', blurb: 'Gilbert & Sullivan\'s comic opera with a full orchestra.',
    director: 'Belinda Marsh', running: '2 hours 30 minutes including an interval', age: 'All ages',
    cast: [['The Pirate King', 'Gus Halloran'], ['Mabel', 'Rosa Lindqvist'], ['Frederic', 'Tomás Reyes'], ['Major-General Stanley', 'Ainsley Crowther']],
    perfs: [['thu', 'Thu 10 Dec', ['19:00']], ['sat', 'Sat 12 Dec', ['13:00', '19:00']]],
    prices: { A: 42, B: 42, C: 30, D: 30, E: 20 } },
  carol: { title: 'A Christmas Carol', venue: 'Main House', dates: '12 – 13 December', blurb: 'A family show with carols, snow and a very grumpy Scrooge.',
    director: 'Idris Kane', running: '1 hour 50 minutes, no interval', age: '6+',
    cast: [['Ebenezer Scrooge', 'Malcolm Tredwell'], ['Bob Cratchit', 'Lewis Obi'], ['Ghost of Christmas Past', 'Ines Moreau'], ['Tiny Tim', 'Alfie Dunn']],
    perfs: [['sat', 'Sat 12 Dec', ['11:00', '15:00']], ['sun', 'Sun 13 Dec', ['11:00', '15:00']]],
    prices: { A: 28, B: 28, C: 18, D: 18, E: 18 } },
};
const ROWS = ['A', 'B', 'C', 'D', 'E'];
const FORCE_FREE = { 'hamlet-fri-1930': ['C7', 'C8'], 'hamlet-sat-1430': ['E3', 'E4'], 'carol-sat-1100': ['D4', 'D5', 'D6'], 'menagerie-sun-1600': ['B5', 'B6', 'B7'] };
const FORCE_ROW = { 'pirates-thu-1900': { A: ['A2', 'A9'] } };
export function sold(perf) {
  const out = [];
  let h = 7;
  for (const ch of perf) h = (h * 31 + ch.charCodeAt(0)) % 100003;
  for (const r of ROWS) {
    for (let n = 1; n <= 10; n++) {
      h = (h * 1103 + 12345) % 100003;
      const seat = `${r}${n}`;
      const fr = FORCE_ROW[perf]?.[r];
      const isSold = fr ? !fr.includes(seat) : h % 3 === 0 && !(FORCE_FREE[perf] || []).includes(seat);
      if (isSold) out.push(seat);
    }
  }
  return out;
}

const home = page("What's on", `${head}<main class="wrap"><h1>What's on this December</h1>
${Object.entries(SHOWS).map(([slug, s], i) => `<div class="card show" data-show="${slug}"><h2>${esc(s.title)}</h2><p class="muted">${s.venue} · ${s.dates}</p><p>${esc(s.blurb)}</p>
<p><a class="btn primary" href="/book/${slug}">Book tickets</a> ${i % 2 === 0 ? `<a class="btn" href="/programme/${slug}" target="_blank" rel="noopener">Programme ↗</a>` : `<button class="btn prog" data-href="/programme/${slug}">Programme ↗</button>`}</p></div>`).join('')}
</main>`, { site: SITE, script: `document.querySelectorAll('.prog').forEach(function(b){ b.onclick=function(){ window.open(b.dataset.href, '_blank'); }; });` });

const programme = (slug) => {
  const s = SHOWS[slug];
  return page(`${s.title} — programme`, `<main class="wrap"><h1>${esc(s.title)}</h1><p class="muted">Digital programme · ${s.venue}</p>
<dl><dt>Director</dt><dd>${esc(s.director)}</dd><dt>Running time</dt><dd>${s.running}</dd><dt>Age guidance</dt><dd>${s.age}</dd></dl>
<h2>Cast</h2><table class="cast"><tbody>${s.cast.map(([r, a]) => `<tr><td>${esc(r)}</td><td>${esc(a)}</td></tr>`).join('')}</tbody></table></main>`, { site: SITE });
};

const SEATMAP_JS = `
class SeatMap extends HTMLElement {
  connectedCallback(){
    var root = this.shadowRoot || this.attachShadow({mode:'open'}), me=this;
    var sold = JSON.parse(this.dataset.sold), prices = JSON.parse(this.dataset.prices);
    this.selected = [];
    root.innerHTML = '<style>.row{display:flex;gap:4px;margin:3px 0;align-items:center}.lbl{width:60px;font-size:12px}button{width:30px;height:28px;border:1px solid #889;border-radius:4px;background:#e9f5ea;cursor:pointer}button[disabled]{background:#ccc;cursor:not-allowed}button[aria-pressed=true]{background:#1f5fbf;color:#fff}.stage{text-align:center;background:#333;color:#fff;border-radius:4px;margin-bottom:8px;width:380px}</style><div class="stage">STAGE</div>'+
      ['A','B','C','D','E'].map(function(r){ var b=''; for(var n=1;n<=10;n++){ var s=r+n, x=sold.indexOf(s)>=0;
        b+='<button data-seat="'+s+'" aria-pressed="false" '+(x?'disabled aria-label="Row '+r+' seat '+n+', sold"':'aria-label="Row '+r+' seat '+n+', £'+prices[r]+'" title="'+r+n+' · £'+prices[r]+'"')+'>'+n+'</button>'; }
        return '<div class="row" role="group" aria-label="Row '+r+'"><span class="lbl">Row '+r+' £'+prices[r]+'</span>'+b+'</div>'; }).join('')+
      '<p style="font-size:12px">Grey seats are sold. Row E has a restricted view.</p>';
    root.querySelectorAll('button:not([disabled])').forEach(function(b){ b.onclick=function(){ var s=b.dataset.seat, i=me.selected.indexOf(s);
      if(i>=0) me.selected.splice(i,1); else me.selected.push(s); b.setAttribute('aria-pressed', i<0); me.dispatchEvent(new CustomEvent('seats', {detail: me.selected.slice()})); }; });
  }
}
customElements.define('seat-map', SeatMap);
`;

const book = (slug) => {
  const s = SHOWS[slug];
  const perfs = s.perfs.map(([day, label, times]) => ({ day, label, times }));
  const data = {};
  for (const p of perfs) for (const t of p.times) data[`${slug}-${p.day}-${t.replace(':', '')}`] = { label: `${p.label}, ${t}`, sold: sold(`${slug}-${p.day}-${t.replace(':', '')}`) };
  return page(`Book — ${s.title}`, `${head}<main class="wrap"><p><a href="/">What's on</a></p><h1>Book: ${esc(s.title)}</h1><p class="muted">${s.venue}</p>
<h2>1. Choose a performance</h2>
<div class="tabs" id="dates"><div role="tablist" aria-label="Dates">${perfs.map((p, i) => `<div role="tab" id="t-${p.day}" aria-controls="p-${p.day}" aria-selected="${i === 0}" tabindex="${i ? -1 : 0}">${p.label}</div>`).join('')}</div>
${perfs.map((p, i) => `<div role="tabpanel" id="p-${p.day}" aria-labelledby="t-${p.day}" class="card"${i ? ' hidden' : ''}>${p.times.map((t) => `<button class="btn perf" data-perf="${slug}-${p.day}-${t.replace(':', '')}">${t}${t < '17:00' ? ' (matinee)' : ''}</button> `).join('')}</div>`).join('')}</div>
<div id="seatArea" hidden><h2>2. Choose seats — <span id="perfLabel"></span></h2><div id="mapHost"></div>
<div class="field"><span id="concLbl">Concessions (students, over-65s: £5 off each)</span> <button class="btn" id="cMinus" aria-label="Fewer concessions">−</button> <output id="conc" aria-labelledby="concLbl">0</output> <button class="btn" id="cPlus" aria-label="More concessions">+</button></div>
<p>Selected: <span id="selList">none</span></p><button class="btn primary" id="add">Add to basket</button></div>
<div class="backdrop" id="basket"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="bh"><h2 id="bh">Your basket</h2><p id="bPerf"></p><ul id="bSeats"></ul><p>Total: <b id="bTotal"></b></p>
<div class="field"><label for="promo">Promo code</label><input type="text" id="promo"> <button class="btn" id="apply">Apply</button> <span id="promoMsg" class="muted"></span></div>
<p><button class="btn" id="bClose">Continue browsing</button> <button class="btn primary" id="checkout">Checkout</button></p></div></div>
<div class="toast" id="toast"></div></main>`, { site: SITE, script: `${SEATMAP_JS}
var SLUG=${JSON.stringify(slug)}, PERFS=${JSON.stringify(data)}, PRICES=${JSON.stringify(s.prices)};
var perf=null, conc=0, seats=[], promo='';
document.querySelectorAll('[role=tab]').forEach(function(t){ t.onclick=function(){ document.querySelectorAll('[role=tab]').forEach(function(o){ o.setAttribute('aria-selected', o===t); o.tabIndex=o===t?0:-1; document.getElementById(o.getAttribute('aria-controls')).hidden=o!==t; }); }; });
document.querySelectorAll('.perf').forEach(function(b){ b.onclick=function(){ perf=b.dataset.perf; seats=[]; document.querySelectorAll('.perf').forEach(function(o){ o.classList.toggle('primary', o===b); });
  document.getElementById('perfLabel').textContent=PERFS[perf].label; document.getElementById('seatArea').hidden=false;
  var host=document.getElementById('mapHost'); host.innerHTML=''; var m=document.createElement('seat-map'); m.dataset.sold=JSON.stringify(PERFS[perf].sold); m.dataset.prices=JSON.stringify(PRICES);
  m.addEventListener('seats', function(e){ seats=e.detail; document.getElementById('selList').textContent=seats.join(', ')||'none'; }); host.appendChild(m); document.getElementById('selList').textContent='none'; }; });
function setConc(n){ conc=Math.max(0, Math.min(8, n)); document.getElementById('conc').textContent=conc; }
document.getElementById('cMinus').onclick=function(){ setConc(conc-1); }; document.getElementById('cPlus').onclick=function(){ setConc(conc+1); };
function total(){ var t=seats.reduce(function(a,s){ return a+PRICES[s[0]]; },0) - 5*Math.min(conc, seats.length); if(promo==='LYRIC10') t=Math.round(t*90)/100; return t; }
function drawBasket(){ document.getElementById('bPerf').textContent=document.querySelector('h1').textContent.replace('Book: ','')+' — '+PERFS[perf].label;
  document.getElementById('bSeats').innerHTML=seats.map(function(s){ return '<li class="item" data-seat="'+s+'">Seat '+s+' (£'+PRICES[s[0]]+') <button class="icon rm" aria-label="Remove seat '+s+'" title="Remove">🗑</button></li>'; }).join('')+(conc?'<li>'+conc+' concession(s) applied</li>':'');
  document.getElementById('bTotal').textContent='£'+total().toFixed(2);
  document.querySelectorAll('.rm').forEach(function(b){ b.onclick=function(){ var s=b.closest('li').dataset.seat; seats.splice(seats.indexOf(s),1); rec('remove',{perf:perf, seat:s}); drawBasket(); }; }); }
document.getElementById('add').onclick=function(){ if(!seats.length){ alert('Please choose at least one seat'); return; } seats.sort(); rec('basket',{perf:perf, seats:seats.slice(), concessions:conc}); drawBasket(); document.getElementById('basket').classList.add('open'); };
document.getElementById('apply').onclick=function(){ var c=document.getElementById('promo').value.trim().toUpperCase(); rec('promo',{code:c}); if(c==='LYRIC10'){ promo=c; document.getElementById('promoMsg').textContent='10% off applied'; } else document.getElementById('promoMsg').textContent='That code is not valid'; drawBasket(); };
document.getElementById('bClose').onclick=function(){ document.getElementById('basket').classList.remove('open'); };
document.getElementById('checkout').onclick=function(){ rec('checkout',{perf:perf, seats:seats.slice(), concessions:conc, promo:promo, total:total().toFixed(2)}); document.getElementById('basket').classList.remove('open'); var t=document.getElementById('toast'); t.textContent='Booking confirmed — LY-'+Math.floor(Math.random()*90000+10000); t.style.display='block'; };
` });
};

const visit = page('Visit us', `${head}<main class="wrap"><h1>Visit us</h1><div class="card"><p>Box office opens 10:00–20:00 Monday to Saturday and from 12:00 on Sundays.</p><p>Phone 0131 496 0550.</p><p>Bars open 90 minutes before each performance. Cloakroom £1.50 per item.</p></div>
<h2>Access bookings</h2><p>Tell us what you need and our access team will call you back to book.</p>
<form method="post" action="/submit/access" class="card">
<div class="field"><label for="ax-name">Name</label><input type="text" id="ax-name" name="name"></div>
<div class="field"><label for="ax-phone">Phone</label><input type="tel" id="ax-phone" name="phone"></div>
<div class="field"><label for="ax-show">Show</label><select id="ax-show" name="show"><option value="">Select a show</option>${Object.entries(SHOWS).map(([k, s]) => `<option value="${k}">${esc(s.title)}</option>`).join('')}</select></div>
<div class="field"><label for="ax-date">Performance date</label><input type="date" id="ax-date" name="date" min="2026-12-10" max="2026-12-13"></div>
<fieldset><legend>I need</legend>${[['wheelchair', 'A wheelchair space'], ['companion', 'A free companion seat'], ['loop', 'The hearing loop'], ['captions', 'A captioned performance'], ['aisle', 'An aisle seat']].map(([v, l]) => `<label><input type="checkbox" name="needs" value="${v}"> ${l}</label><br>`).join('')}</fieldset>
<div class="field"><label for="ax-notes">Anything else</label><textarea id="ax-notes" name="notes" rows="2"></textarea></div>
<button class="btn primary">Send request</button></form></main>`, { site: SITE });

const pages = { '/': home, '/visit': visit };
for (const slug of Object.keys(SHOWS)) { pages[`/programme/${slug}`] = programme(slug); pages[`/book/${slug}`] = book(slug); }
export default { name: 'theatre', title: SITE, pages, thanks: () => '<h1>Thank you</h1><p>Our access team will call you within two working days.</p>' };

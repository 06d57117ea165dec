// Parcelfox: a parcel courier's website. Tracking (GET form, a result page with a
// timeline); "change delivery" options as tabs made of plain divs (no ARIA) with a
// safe place select, neighbour fields, a ParcelPoint listbox and another-day strip
// with a time-window select; a five-step "send a parcel" flow (radio cards, weight
// stepper, service and cover, addresses, review); a size guide linked in a new tab;
// a collection booking (native form); a claim form in a same-origin iframe; a
// ParcelPoint finder as a flat ARIA tree (aria-level) with a details panel; printable
// labels opened with window.open; and "My account" as a pushState single-page app:
// incoming parcels as cards with hover-only buttons, sent parcels in a table with
// "⋯" menus (cancel and proof-of-delivery dialogs), delivery history that loads more
// as you scroll, an address book with an address-finder web component (open shadow
// root), and preference switches.
import { doc, esc } from '../../eval/sites/common.mjs';
import { client } from './_util.mjs';

const TODAY = '2026-05-13';

export const TRACK = {
  PF7301245568: { from: 'Kestrel Outdoor', status: 'Out for delivery', detail: 'Arriving today between 13:10 and 14:10. Your driver is Marek.',
    events: [['13 May 07:42', 'Out for delivery from Leeds depot'], ['12 May 22:10', 'Arrived at Leeds depot'], ['12 May 15:03', 'Collected from Kestrel Outdoor, Manchester']] },
  PF7301298810: { from: 'Oakridge Books', status: 'Ready to collect', detail: 'At Hilltop Pharmacy, 3 Hill Road, Leeds LS6 4EJ. Please collect it by Wednesday 20 May, or it will go back to the sender. Bring your collection code 4471.',
    events: [['12 May 11:20', 'Delivered to ParcelPoint: Hilltop Pharmacy'], ['11 May 19:55', 'Arrived at Leeds depot'], ['11 May 09:12', 'Collected from Oakridge Books, Hay-on-Wye']] },
  PF7301311122: { from: 'Lumen Home', status: 'Delivery scheduled', detail: 'Due on Friday 15 May between 09:00 and 18:00.', change: true,
    events: [['13 May 06:10', 'At Wakefield hub'], ['12 May 17:45', 'Collected from Lumen Home, Leicester']] },
  PF7301334490: { from: 'Hartley & Finch', status: 'Delivered', detail: 'Delivered on Monday 11 May at 10:52. Left in your safe place: porch.',
    events: [['11 May 10:52', 'Delivered, left in safe place (porch)'], ['11 May 07:30', 'Out for delivery'], ['8 May 16:40', 'Collected from Hartley & Finch, Norwich']] },
  PF7301350077: { from: 'Quill & Co', status: 'In transit', detail: 'Expected on Monday 18 May.',
    events: [['13 May 09:05', 'In transit to Leeds depot'], ['12 May 18:30', 'Collected from Quill & Co, London']] },
};

export const SENT = [
  ['PF7301120458', 'Priya Shah', 'Bristol BS1 4DJ', '13 May 2026', 'Standard', 6.49, 'Awaiting collection', 'BS1-4D-17'],
  ['PF7301099340', 'Jonas Berg', 'Edinburgh EH3 9QA', '11 May 2026', 'Next day by 12', 11.49, 'Delivered 12 May, 11:02', 'EH3-9Q-22'],
  ['PF7301002213', 'Priya Shah', 'Bristol BS1 4DJ', '6 May 2026', 'Standard', 4.19, 'In transit', 'BS1-4D-09'],
  ['PF7300981102', 'Tom Reed', 'York YO1 7PQ', '28 Apr 2026', 'Next day', 7.49, 'Delivered 29 Apr, 09:41', 'YO1-7P-03'],
  ['PF7300877120', 'Eastfield Returns', 'Northampton NN4 7XX', '19 Apr 2026', 'Standard', 3.89, 'Delivered 22 Apr, 14:15', 'NN4-7X-01'],
];

const SENDERS = ['Kestrel Outdoor', 'Lumen Home', 'Oakridge Books', 'Pippin & Pod', 'Northern Coffee Co', 'Greyhound Games', 'Meadow Skincare', 'Atlas Cycles',
  'Bluebird Stationery', 'Copperline Kitchen', 'Drift Surf Shop', 'Elm & Oak Furniture', 'Firefly Toys', 'Granite Gym Supply', 'Harbour Tea', 'Inkwell Prints',
  'Juniper Florals', 'Kite Electronics', 'Larch Candles', 'Maple Pet Supplies', 'Nettle Knitwear', 'Orchard Juice Co', 'Pebble Ceramics', 'Quayside Wines',
  'Rookery Records', 'Saffron Spice House', 'Thistle Outdoor', 'Brambly Seeds', 'Umber Leather', 'Velvet Hour Cosmetics', 'Willow Baby', 'Yarrow Herbal',
  'Zephyr Audio', 'Fenwick & Hale', 'Amber Lane Books', 'Bracken Boots', 'Cobalt Phone Repairs', 'Dovetail Tools', 'Ember Stoves', 'Foxglove Gardens'];
const HOW = ['Handed to you', 'Left in safe place (porch)', 'Handed to neighbour at no. 14', 'Posted through letterbox', 'Collected from ParcelPoint'];

export const HISTORY = SENDERS.map((s, i) => {
  let d = new Date(Date.UTC(2026, 4, 12) - i * 2 * 864e5);
  if (d.getUTCDay() === 0) d = new Date(d.getTime() - 864e5); // no Sunday deliveries
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const t = `${String(9 + ((i * 7) % 9)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`;
  return { id: `h${String(i + 1).padStart(2, '0')}`, sender: s, when: `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]} 2026, ${t}`, how: HOW[i % HOW.length] };
});

export const POINTS = [
  ['Yorkshire', [
    ['Leeds', [
      ['pp-hill', 'Hilltop Pharmacy', '3 Hill Road, Leeds LS6 4EJ', 'Shop', [['Mon–Fri', '08:30–19:00'], ['Saturday', '09:00–17:00'], ['Sunday', 'Closed']], 'Large'],
      ['pp-kirk', 'Kirkgate Newsagent', '21 Kirkgate, Leeds LS2 7HY', 'Shop', [['Mon–Fri', '06:00–21:00'], ['Saturday', '07:00–21:00'], ['Sunday', '08:00–18:00']], 'Medium'],
      ['pp-hds', 'Parcelfox Locker – Headingley Station', 'Station Approach, Leeds LS6 3LJ', 'Locker', [['Every day', 'Open 24 hours']], 'Medium'],
    ]],
    ['York', [
      ['pp-mick', 'Micklegate Post & Go', '88 Micklegate, York YO1 6JX', 'Shop', [['Mon–Fri', '09:00–17:30'], ['Saturday', '09:00–13:00'], ['Sunday', 'Closed']], 'Large'],
      ['pp-yst', 'Parcelfox Locker – York Station', 'Station Road, York YO24 1AB', 'Locker', [['Every day', 'Open 24 hours']], 'Medium'],
    ]],
    ['Harrogate', [
      ['pp-stp', 'Station Parade Convenience', '5 Station Parade, Harrogate HG1 1TT', 'Shop', [['Every day', '07:00–22:00']], 'Medium'],
    ]],
  ]],
  ['North West', [
    ['Manchester', [
      ['pp-anc', 'Ancoats Deli', '14 Blossom Street, Manchester M4 6BF', 'Shop', [['Mon–Sat', '08:00–18:00'], ['Sunday', '10:00–16:00']], 'Medium'],
      ['pp-pic', 'Parcelfox Locker – Piccadilly', 'Piccadilly Station, Manchester M1 2QF', 'Locker', [['Every day', 'Open 24 hours']], 'Medium'],
    ]],
    ['Liverpool', [
      ['pp-bold', 'Bold Street Books', '61 Bold Street, Liverpool L1 4DS', 'Shop', [['Mon–Sat', '10:00–18:00'], ['Sunday', '11:00–17:00']], 'Small'],
    ]],
  ]],
];

const CSS = `
[hidden]{display:none!important}
body{background:#fff7f0}
.hd{background:#ff6a13;color:#fff;display:flex;align-items:center;gap:22px;padding:12px 26px}.hd .logo{font-weight:900;font-size:22px;color:#fff;text-decoration:none;letter-spacing:-.02em}
.hd nav a{color:#fff;text-decoration:none;margin-right:14px}.hd .acc{margin-left:auto;color:#fff}
main{max-width:1060px;margin:0 auto;padding:22px 26px 40px}
.card{background:#fff;border:1px solid #f0dccd;border-radius:12px;padding:16px 18px;margin-bottom:14px}
.muted{color:#7a6a60}.btn-primary{background:#ff6a13;border-color:#ff6a13}
label.f{display:block;margin:12px 0 4px;font-weight:600}
input[type=text],input[type=email],input[type=tel],input[type=date],input[type=number],select,textarea{font:inherit;padding:7px 9px;border:1px solid #d6c4b8;border-radius:6px;min-width:240px}
.err{color:#b42318;font-size:13px}
.timeline{list-style:none;padding:0;border-left:3px solid #ff6a13;margin-left:8px}.timeline li{padding:4px 0 10px 14px}
`;

const page = ({ title, body, script = '', css = '' }) => doc({
  title: `${title} | Parcelfox`,
  css: CSS + css,
  body: `<header class="hd"><a class="logo" href="/">parcelfox</a><nav><a href="/track">Track</a><a href="/send">Send a parcel</a><a href="/points">ParcelPoints</a><a href="/collection">Book a collection</a><a href="/claims">Claims</a></nav><a class="acc" href="/account">My account</a></header>
<main>${body}</main>`,
  script,
});

// ---------------------------------------------------------------- home, tracking

const home = () => page({
  title: 'Send and track parcels',
  body: `<section class="card" style="background:#ff6a13;color:#fff;border:0"><h1>Track a parcel</h1>
<form action="/track" method="get"><label for="tn" class="hidden">Tracking number</label><input type="text" id="tn" name="number" placeholder="e.g. PF7301234567" style="min-width:320px"> <button class="btn">Track</button></form></section>
<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:14px">
<a class="card" href="/send" style="text-decoration:none;color:inherit"><h2>Send a parcel</h2><p>From £3.89. Drop it at a ParcelPoint or we'll collect.</p></a>
<a class="card" href="/points" style="text-decoration:none;color:inherit"><h2>Find a ParcelPoint</h2><p>Over 4,000 shops and lockers.</p></a>
<a class="card" href="/account" style="text-decoration:none;color:inherit"><h2>My account</h2><p>Incoming and sent parcels, addresses, preferences.</p></a></div>`,
});

const track = (u) => {
  const no = (u.searchParams.get('number') || '').replace(/\s+/g, '').toUpperCase();
  const p = TRACK[no];
  const form = `<form action="/track" method="get" class="card"><label class="f" for="tn">Tracking number</label><input type="text" id="tn" name="number" value="${esc(no)}"> <button class="btn btn-primary">Track</button></form>`;
  if (!no) return page({ title: 'Track a parcel', body: `<h1>Track a parcel</h1>${form}` });
  if (!p) return page({ title: 'Parcel not found', body: `<h1>We couldn't find that parcel</h1><p>Check the tracking number and try again. Numbers start with PF and have 10 digits after it.</p>${form}` });
  return page({
    title: `Tracking ${no}`,
    body: `<p class="muted">Tracking number ${no}</p><h1>${esc(p.status)}</h1><div class="card"><p style="font-size:17px">${esc(p.detail)}</p><p class="muted">From ${esc(p.from)}</p>
${p.change ? `<p><a class="btn btn-primary" href="/track/change?number=${no}">Change delivery</a></p>` : ''}</div>
<div class="card"><h2>Parcel history</h2><ul class="timeline">${p.events.map(([w, e]) => `<li><strong>${w}</strong><br>${esc(e)}</li>`).join('')}</ul></div>${form}`,
  });
};

function changeClient(CFG) {
  const $ = (s) => document.querySelector(s);
  const tabs = [...document.querySelectorAll('.opt-tab')];
  const sel = (t) => {
    tabs.forEach((x) => x.classList.toggle('selected', x === t));
    document.querySelectorAll('.opt-panel').forEach((p) => { p.style.display = p.dataset.opt === t.dataset.opt ? 'block' : 'none'; });
  };
  tabs.forEach((t) => {
    t.addEventListener('click', () => sel(t));
    t.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sel(t); } });
  });
  // ParcelPoint listbox
  const lb = $('#pp-list');
  let pick = '';
  const choose = (li) => { pick = li.dataset.id; lb.querySelectorAll('[role=option]').forEach((o) => o.setAttribute('aria-selected', String(o === li))); lb.setAttribute('aria-activedescendant', li.id); };
  lb.addEventListener('click', (e) => { const li = e.target.closest('[role=option]'); if (li) choose(li); });
  lb.addEventListener('keydown', (e) => {
    const opts = [...lb.querySelectorAll('[role=option]')];
    const i = opts.findIndex((o) => o.getAttribute('aria-selected') === 'true');
    if (e.key === 'ArrowDown') { e.preventDefault(); choose(opts[Math.min(opts.length - 1, i + 1)]); }
    if (e.key === 'ArrowUp') { e.preventDefault(); choose(opts[Math.max(0, i - 1)]); }
  });
  // another day
  let day = '';
  $('#days').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b || b.disabled) return;
    day = b.dataset.d;
    $('#days').querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
  });
  const done = (data, msg) => {
    window.rec('submit', { form: 'redirect', data: { number: CFG.number, ...data } });
    $('#opts').hidden = true;
    $('#ok').hidden = false;
    $('#ok-msg').textContent = msg;
  };
  const err = (id, m) => { $(id).textContent = m; return !m; };
  $('#go-safe').addEventListener('click', () => {
    const place = $('#safe-place').value;
    if (err('#e-safe', place ? '' : 'Choose a safe place.')) done({ option: 'safe', place, instructions: $('#safe-notes').value.trim() }, 'We will leave it in your safe place.');
  });
  $('#go-neighbour').addEventListener('click', () => {
    const house = $('#nb-house').value.trim();
    const name = $('#nb-name').value.trim();
    if (err('#e-neighbour', house && name ? '' : "Enter your neighbour's house number or name, and their name.")) done({ option: 'neighbour', house, neighbour: name }, `We will deliver to your neighbour at ${house}.`);
  });
  $('#go-point').addEventListener('click', () => {
    if (err('#e-point', pick ? '' : 'Choose a ParcelPoint.')) done({ option: 'point', point: pick }, 'We will take it to your chosen ParcelPoint.');
  });
  $('#go-day').addEventListener('click', () => {
    const w = $('#window').value;
    if (err('#e-day', day && w ? '' : 'Choose a day and a time window.')) done({ option: 'day', date: day, window: w }, 'Your delivery has been rescheduled.');
  });
}

const change = (u) => {
  const no = (u.searchParams.get('number') || '').toUpperCase();
  const p = TRACK[no];
  if (!p || !p.change) return page({ title: 'Change delivery', body: '<h1>This delivery can\'t be changed</h1><p>It may already be out for delivery or delivered.</p>' });
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const MON = ['January', 'February', 'March', 'April', 'May', 'June'];
  const days = [];
  for (let i = 1; i <= 7; i++) {
    const d = new Date(Date.UTC(2026, 4, 15 + i));
    days.push([d.toISOString().slice(0, 10), `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]}`, d.getUTCDay() === 0]);
  }
  return page({
    title: 'Change delivery',
    body: `<p class="muted">Parcel ${no} from ${esc(p.from)} · currently due Friday 15 May</p><h1>Change your delivery</h1>
<div id="opts" class="card"><div class="opt-tabs">
<div class="opt-tab selected" tabindex="0" data-opt="safe">🏠 Safe place</div><div class="opt-tab" tabindex="0" data-opt="neighbour">👋 Neighbour</div><div class="opt-tab" tabindex="0" data-opt="point">📍 ParcelPoint</div><div class="opt-tab" tabindex="0" data-opt="day">📅 Another day</div></div>
<div class="opt-panel" data-opt="safe"><label class="f" for="safe-place">Where should we leave it?</label><select id="safe-place"><option value="">Choose a place</option><option value="porch">Porch</option><option value="back-door">Back door</option><option value="garage">Garage</option><option value="shed">Shed</option><option value="other">Somewhere else</option></select>
<label class="f" for="safe-notes">Instructions for the driver</label><input type="text" id="safe-notes"><p class="err" id="e-safe"></p><button class="btn btn-primary" id="go-safe">Confirm safe place</button></div>
<div class="opt-panel" data-opt="neighbour" style="display:none"><label class="f" for="nb-house">Neighbour's house number or name</label><input type="text" id="nb-house">
<label class="f" for="nb-name">Neighbour's name</label><input type="text" id="nb-name"><p class="err" id="e-neighbour"></p><button class="btn btn-primary" id="go-neighbour">Confirm neighbour</button></div>
<div class="opt-panel" data-opt="point" style="display:none"><p id="pp-l"><strong>ParcelPoints near you</strong></p><ul id="pp-list" role="listbox" aria-labelledby="pp-l" tabindex="0">
<li role="option" id="o-hill" data-id="pp-hill" aria-selected="false">Hilltop Pharmacy · 0.3 miles</li><li role="option" id="o-hds" data-id="pp-hds" aria-selected="false">Parcelfox Locker – Headingley Station · 0.6 miles</li><li role="option" id="o-kirk" data-id="pp-kirk" aria-selected="false">Kirkgate Newsagent · 2.1 miles</li></ul>
<p class="err" id="e-point"></p><button class="btn btn-primary" id="go-point">Confirm ParcelPoint</button></div>
<div class="opt-panel" data-opt="day" style="display:none"><p><strong>Choose a day</strong></p><div id="days" class="days">${days.map(([iso, l, off]) => `<button type="button" data-d="${iso}" aria-pressed="false"${off ? ' disabled title="No deliveries on Sundays"' : ''}>${l}</button>`).join('')}</div>
<label class="f" for="window">Time window</label><select id="window"><option value="">Choose a time</option><option value="morning">Morning, 07:00–12:00</option><option value="afternoon">Afternoon, 12:00–17:00</option><option value="evening">Evening, 17:00–21:00 (+£1.50)</option></select>
<p class="err" id="e-day"></p><button class="btn btn-primary" id="go-day">Confirm new day</button></div></div>
<div id="ok" class="card" hidden><h2>Done!</h2><p id="ok-msg"></p></div>`,
    css: `.opt-tabs{display:flex;gap:0;border-bottom:2px solid #f0dccd;margin-bottom:12px}.opt-tab{padding:10px 16px;cursor:pointer;border-bottom:3px solid transparent;margin-bottom:-2px}
.opt-tab.selected{border-bottom-color:#ff6a13;font-weight:700}#pp-list{list-style:none;padding:0;border:1px solid #d6c4b8;border-radius:8px;max-width:460px}#pp-list li{padding:9px 12px;cursor:pointer;border-bottom:1px solid #f3e7de}
#pp-list li[aria-selected=true]{background:#ffe8d9;font-weight:600}.days{display:flex;flex-wrap:wrap;gap:6px}.days button{font:inherit;border:1px solid #d6c4b8;background:#fff;border-radius:6px;padding:8px 10px;cursor:pointer}
.days button[aria-pressed=true]{background:#ff6a13;color:#fff;border-color:#ff6a13}.days button:disabled{color:#bbb;cursor:default}`,
    script: client(changeClient, { number: no }),
  });
};

// ---------------------------------------------------------------- send a parcel

const PRICES = { standard: { small: 3.89, medium: 6.49, large: 11.99, xl: 19.99 }, 'next-day': { small: 5.99, medium: 8.99, large: 14.99, xl: 24.99 }, 'next-day-12': { small: 9.99, medium: 12.99, large: 18.99, xl: 29.99 } };
const COVER = { 25: 0, 100: 1.99, 250: 3.99, 500: 5.99 };

function sendClient(CFG) {
  const $ = (s) => document.querySelector(s);
  const { prices, cover, maxKg } = CFG;
  const st = { step: 1, weight: 1 };
  const show = (n) => { st.step = n; document.querySelectorAll('.sstep').forEach((s) => { s.hidden = Number(s.dataset.s) !== n; }); $('#crumb').textContent = `Step ${n} of 5`; if (n === 3) drawServices(); if (n === 5) review(); };
  const val = (id) => $(id).value.trim();
  const pc = (v) => /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i.test(v);
  const size = () => (document.querySelector('[name=size]:checked') || {}).value;
  const service = () => (document.querySelector('[name=service]:checked') || {}).value;
  const total = () => prices[service()][size()] + cover[$('#cover').value];
  const err = (n, m) => { $(`#err-${n}`).textContent = m; return !m; };
  $('#kg-dec').addEventListener('click', () => { st.weight = Math.max(1, st.weight - 1); $('#kg').value = st.weight; });
  $('#kg-inc').addEventListener('click', () => { st.weight = Math.min(30, st.weight + 1); $('#kg').value = st.weight; });
  $('#kg').addEventListener('change', () => { st.weight = Math.max(1, Math.min(30, Math.round(Number($('#kg').value) || 1))); $('#kg').value = st.weight; });
  function drawServices() {
    const s = size();
    $('#services').innerHTML = [['standard', 'Standard', '2–3 working days'], ['next-day', 'Next day', 'Next working day'], ['next-day-12', 'Next day by 12', 'Next working day before noon']].map(([k, l, d]) => `<label class="rc"><input type="radio" name="service" value="${k}"${k === (service() || 'x') ? ' checked' : ''}> <strong>${l}</strong> · ${d}<br><span class="price">£${prices[k][s].toFixed(2)}</span></label>`).join('');
  }
  document.addEventListener('click', (e) => {
    const b = e.target.closest('[data-next],[data-back]');
    if (!b) return;
    if (b.dataset.back) { show(Number(b.dataset.back)); return; }
    const n = st.step;
    if (n === 1 && !err(1, pc(val('#from')) && pc(val('#to')) ? '' : 'Enter both postcodes, for example LS6 2AB.')) return;
    if (n === 2) {
      if (!err(2, size() ? '' : 'Choose a parcel size.')) return;
      if (!err(2, st.weight <= maxKg[size()] ? '' : `That's too heavy for this size. The maximum is ${maxKg[size()]} kg.`)) return;
    }
    if (n === 3 && !err(3, service() ? '' : 'Choose a delivery service.')) return;
    if (n === 4) {
      const need = ['#s-name', '#s-line1', '#s-town', '#r-name', '#r-line1', '#r-town', '#r-pc'];
      if (!err(4, need.every((id) => val(id)) ? '' : 'Fill in both addresses.')) return;
    }
    if (n === 1) { $('#s-pc').value = val('#from').toUpperCase(); $('#r-pc').value = val('#to').toUpperCase(); }
    show(n + 1);
  });
  function review() {
    const rows = [['From', `${val('#s-name')}, ${val('#s-line1')}, ${val('#s-town')} ${val('#s-pc')}`], ['To', `${val('#r-name')}, ${val('#r-line1')}, ${val('#r-town')} ${val('#r-pc')}`],
      ['Parcel', `${size()}, ${st.weight} kg`], ['Service', service()], ['Cover', `up to £${$('#cover').value}`]];
    $('#sum').innerHTML = rows.map(([a, b]) => `<dt>${a}</dt><dd>${b.replace(/</g, '&lt;')}</dd>`).join('');
    $('#pay').textContent = `Pay £${total().toFixed(2)} and get your label`;
  }
  $('#pay').addEventListener('click', () => {
    window.rec('submit', { form: 'shipment', data: { from: val('#from').toUpperCase(), to: val('#to').toUpperCase(), size: size(), weight: st.weight, service: service(), cover: $('#cover').value,
      sender_name: val('#s-name'), sender_line1: val('#s-line1'), sender_town: val('#s-town'), sender_postcode: val('#s-pc'),
      recipient_name: val('#r-name'), recipient_line1: val('#r-line1'), recipient_town: val('#r-town'), recipient_postcode: val('#r-pc'), recipient_phone: val('#r-phone'), total: Number(total().toFixed(2)) } });
    document.querySelectorAll('.sstep').forEach((s) => { s.hidden = true; });
    $('#sent').hidden = false;
  });
}

const send = () => page({
  title: 'Send a parcel',
  body: `<h1>Send a parcel</h1><p class="muted" id="crumb">Step 1 of 5</p>
<section class="sstep card" data-s="1"><h2>Where is it going?</h2>
<label class="f" for="from">Collection postcode (from)</label><input type="text" id="from" autocomplete="postal-code">
<label class="f" for="to">Delivery postcode (to)</label><input type="text" id="to">
<p class="err" id="err-1" role="alert"></p><button class="btn btn-primary" data-next="1">Continue</button></section>
<section class="sstep card" data-s="2" hidden><h2>How big is it?</h2>
<div class="sizes"><label class="rc"><input type="radio" name="size" value="small"> <strong>Small</strong><br><small>Up to 45 × 35 × 16 cm<br>Shoebox, clothes</small></label>
<label class="rc"><input type="radio" name="size" value="medium"> <strong>Medium</strong><br><small>Up to 61 × 46 × 46 cm<br>Boots, small appliance</small></label>
<label class="rc"><input type="radio" name="size" value="large"> <strong>Large</strong><br><small>Up to 120 × 55 × 50 cm<br>Suitcase, golf bag</small></label>
<label class="rc"><input type="radio" name="size" value="xl"> <strong>Extra large</strong><br><small>Up to 175 cm long<br>Bike box, rolled rug</small></label></div>
<p><a href="/size-guide" target="_blank" rel="noopener">Not sure? Read our size and weight guide</a> (opens in a new tab)</p>
<div><span id="kg-l" style="font-weight:600">Weight</span> <div class="stepper"><button type="button" id="kg-dec" aria-label="Decrease weight">−</button><input type="number" id="kg" value="1" min="1" max="30" aria-labelledby="kg-l" style="min-width:0;width:64px;text-align:center"> kg<button type="button" id="kg-inc" aria-label="Increase weight">+</button></div></div>
<p class="err" id="err-2" role="alert"></p><button class="btn" data-back="1">Back</button> <button class="btn btn-primary" data-next="2">Continue</button></section>
<section class="sstep card" data-s="3" hidden><h2>Choose a service</h2><div id="services" class="sizes"></div>
<label class="f" for="cover">Compensation cover</label><select id="cover"><option value="25">Up to £25 (included)</option><option value="100">Up to £100 (+£1.99)</option><option value="250">Up to £250 (+£3.99)</option><option value="500">Up to £500 (+£5.99)</option></select>
<p class="err" id="err-3" role="alert"></p><button class="btn" data-back="2">Back</button> <button class="btn btn-primary" data-next="3">Continue</button></section>
<section class="sstep card" data-s="4" hidden><h2>Addresses</h2><div style="display:grid;grid-template-columns:1fr 1fr;gap:20px">
<fieldset><legend><strong>Sender (you)</strong></legend><label class="f" for="s-name">Full name</label><input type="text" id="s-name"><label class="f" for="s-line1">Address line 1</label><input type="text" id="s-line1">
<label class="f" for="s-town">Town</label><input type="text" id="s-town"><label class="f" for="s-pc">Postcode</label><input type="text" id="s-pc"></fieldset>
<fieldset><legend><strong>Recipient</strong></legend><label class="f" for="r-name">Full name</label><input type="text" id="r-name"><label class="f" for="r-line1">Address line 1</label><input type="text" id="r-line1">
<label class="f" for="r-town">Town</label><input type="text" id="r-town"><label class="f" for="r-pc">Postcode</label><input type="text" id="r-pc"><label class="f" for="r-phone">Phone (optional, for delivery updates)</label><input type="tel" id="r-phone"></fieldset></div>
<p class="err" id="err-4" role="alert"></p><button class="btn" data-back="3">Back</button> <button class="btn btn-primary" data-next="4">Continue</button></section>
<section class="sstep card" data-s="5" hidden><h2>Check and pay</h2><dl id="sum" class="sum"></dl><button class="btn" data-back="4">Back</button> <button class="btn btn-primary" id="pay">Pay</button></section>
<section id="sent" class="card" hidden><h2>Paid, thank you</h2><p>Your label is in your account. Print it and drop the parcel at any ParcelPoint.</p></section>`,
  css: `.sizes{display:grid;grid-template-columns:repeat(2,1fr);gap:10px}.rc{display:block;border:2px solid #f0dccd;border-radius:10px;padding:12px;cursor:pointer;background:#fff}.rc:has(input:checked){border-color:#ff6a13;background:#fff1e8}
.stepper{display:inline-flex;align-items:center;gap:6px}.stepper button{width:32px;height:32px;border-radius:50%;border:1px solid #ff6a13;background:#fff;color:#ff6a13;font-size:18px;cursor:pointer}
.sum{display:grid;grid-template-columns:120px 1fr;gap:6px}.sum dt{font-weight:700}.sum dd{margin:0}fieldset{border:1px solid #f0dccd;border-radius:8px}`,
  script: client(sendClient, { prices: PRICES, cover: COVER, maxKg: { small: 2, medium: 10, large: 20, xl: 30 } }),
});

const sizeGuide = () => doc({
  title: 'Size and weight guide | Parcelfox',
  css: 'body{max-width:820px;margin:0 auto;padding:26px;background:#fff} table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #eee;padding:8px;text-align:left}',
  body: `<h1>Parcel size and weight guide</h1>
<table><thead><tr><th>Size</th><th>Maximum dimensions</th><th>Maximum weight</th><th>Good for</th></tr></thead><tbody>
<tr><td>Small</td><td>45 × 35 × 16 cm</td><td>2 kg</td><td>Clothes, books, shoeboxes</td></tr>
<tr><td>Medium</td><td>61 × 46 × 46 cm</td><td>10 kg</td><td>Boots, small appliances, boxes of books</td></tr>
<tr><td>Large</td><td>120 × 55 × 50 cm</td><td>20 kg</td><td>Suitcases, golf bags, monitors</td></tr>
<tr><td>Extra large</td><td>175 cm longest side</td><td>30 kg</td><td>Bike boxes, rolled rugs</td></tr></tbody></table>
<h2>Things we can't carry</h2><ul><li>Aerosols and perfume over 100 ml</li><li>Lithium batteries on their own</li><li>Cash, jewellery worth more than £500</li><li>Anything alive or perishable</li></ul>
<p>Parcels over the size or weight for the chosen band are returned to the sender and a surcharge applies.</p>`,
});

const collection = () => page({
  title: 'Book a collection',
  body: `<h1>Book a collection</h1><p>We'll pick up from your door between your ready time and 18:00. £1.50 per collection, free for 3 parcels or more.</p>
<form method="post" action="/submit/collection" class="card" style="max-width:640px">
<label class="f" for="cd">Collection date</label><input type="date" id="cd" name="date" min="2026-05-14" required>
<label class="f" for="cr">Ready from</label><select id="cr" name="ready">${['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'].map((t) => `<option>${t}</option>`).join('')}</select>
<label class="f" for="cl">Address line 1</label><input type="text" id="cl" name="line1" required>
<label class="f" for="ctn">Town</label><input type="text" id="ctn" name="town" required>
<label class="f" for="cpc">Postcode</label><input type="text" id="cpc" name="postcode" required>
<label class="f" for="cn">Number of parcels</label><input type="number" id="cn" name="count" min="1" max="20" value="1" required>
<p><label><input type="checkbox" name="labelled" value="yes"> All parcels already have a Parcelfox label</label></p>
<label class="f" for="cno">Notes for the driver</label><textarea id="cno" name="notes" rows="2"></textarea>
<p><button class="btn btn-primary">Book collection</button></p></form>`,
});

const claims = () => page({
  title: 'Make a claim',
  body: `<h1>Make a claim</h1><p>Lost or damaged parcel? Claims are handled by our insurance partner, Assurely. Keep the packaging until your claim is settled.</p>
<iframe src="/embed/claim" title="Claim form" style="width:100%;max-width:640px;height:640px;border:1px solid #f0dccd;border-radius:10px;background:#fff"></iframe>`,
});

const claimEmbed = () => doc({
  title: 'Assurely claim',
  css: 'body{background:#fff;padding:18px} label.f{display:block;margin:12px 0 4px;font-weight:600} input[type=text],input[type=email],input[type=date],input[type=number],textarea{font:inherit;padding:7px;border:1px solid #bbb;border-radius:6px;width:100%;max-width:400px}',
  body: `<p style="font-size:12px;color:#777">Assurely · claims for Parcelfox</p><h2 style="margin-top:0">Tell us what happened</h2>
<form method="post" action="/submit/claim">
<label class="f" for="no">Tracking number</label><input type="text" id="no" name="number" required pattern="\\s*[Pp][Ff]\\s*\\d{10}\\s*">
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">What's the problem?</legend>
<label><input type="radio" name="type" value="lost" required> It never arrived</label><br><label><input type="radio" name="type" value="damaged"> It arrived damaged</label><br><label><input type="radio" name="type" value="missing-contents"> Something was missing from it</label></fieldset>
<label class="f" for="ds">Describe the item and the damage or loss</label><textarea id="ds" name="description" rows="3" required></textarea>
<label class="f" for="vl">Value of the item (£)</label><input type="number" id="vl" name="value" min="1" step="0.01" required>
<label class="f" for="dn">Date you noticed the problem</label><input type="date" id="dn" name="noticed" max="${TODAY}" required>
<label class="f" for="em">Email for updates</label><input type="email" id="em" name="email">
<p><button class="btn btn-primary" style="background:#ff6a13;border-color:#ff6a13">Submit claim</button></p></form>`,
});

// ---------------------------------------------------------------- ParcelPoint finder (flat ARIA tree)

function pointsClient(POINTS) {
  const tree = document.getElementById('pt');
  const items = () => [...tree.querySelectorAll('[role=treeitem]')];
  const by = {};
  for (const [, towns] of POINTS) for (const [, pts] of towns) for (const p of pts) by[p[0]] = p;
  function sync() {
    // an item is shown when every ancestor (previous items of a lower level) is expanded
    const stack = [];
    for (const it of items()) {
      const lvl = Number(it.getAttribute('aria-level'));
      while (stack.length && stack[stack.length - 1].lvl >= lvl) stack.pop();
      it.hidden = stack.some((s) => s.el.getAttribute('aria-expanded') !== 'true');
      stack.push({ lvl, el: it });
    }
  }
  const focus = (it) => { items().forEach((x) => { x.tabIndex = -1; }); it.tabIndex = 0; it.focus(); };
  function activate(it) {
    if (it.hasAttribute('aria-expanded')) { it.setAttribute('aria-expanded', String(it.getAttribute('aria-expanded') !== 'true')); sync(); return; }
    items().forEach((x) => x.setAttribute('aria-selected', String(x === it)));
    const p = by[it.dataset.id];
    document.getElementById('pd').innerHTML = `<h2>${p[1]}</h2><p>${p[2]}</p><p>${p[3] === 'Locker' ? 'Parcel locker' : 'Shop'} · takes parcels up to ${p[5]}</p>
<table>${p[4].map(([d, h]) => `<tr><th style="text-align:left;padding-right:14px">${d}</th><td>${h}</td></tr>`).join('')}</table>
<p><button class="btn btn-primary" id="pref">Set as my preferred ParcelPoint</button></p>`;
    document.getElementById('pref').addEventListener('click', () => {
      window.rec('preferred', { id: p[0] });
      const t = document.getElementById('toast');
      t.textContent = `${p[1]} is now your preferred ParcelPoint`;
      t.hidden = false;
    });
  }
  tree.addEventListener('click', (e) => { const it = e.target.closest('[role=treeitem]'); if (it) { focus(it); activate(it); } });
  tree.addEventListener('keydown', (e) => {
    const it = e.target.closest('[role=treeitem]');
    const vis = items().filter((x) => !x.hidden);
    const i = vis.indexOf(it);
    if (e.key === 'ArrowDown' && vis[i + 1]) focus(vis[i + 1]);
    else if (e.key === 'ArrowUp' && vis[i - 1]) focus(vis[i - 1]);
    else if (e.key === 'ArrowRight' && it.getAttribute('aria-expanded') === 'false') { it.setAttribute('aria-expanded', 'true'); sync(); }
    else if (e.key === 'ArrowLeft' && it.getAttribute('aria-expanded') === 'true') { it.setAttribute('aria-expanded', 'false'); sync(); }
    else if (e.key === 'Enter' || e.key === ' ') activate(it);
    else return;
    e.preventDefault();
  });
  sync();
}

const points = () => {
  const rows = [];
  let first = true;
  POINTS.forEach(([region, towns], ri) => {
    rows.push(`<div role="treeitem" aria-level="1" aria-expanded="false" aria-setsize="${POINTS.length}" aria-posinset="${ri + 1}" tabindex="${first ? 0 : -1}" class="l1">${region}</div>`);
    first = false;
    towns.forEach(([town, pts], ti) => {
      rows.push(`<div role="treeitem" aria-level="2" aria-expanded="false" aria-setsize="${towns.length}" aria-posinset="${ti + 1}" tabindex="-1" class="l2">${town} <span class="muted">(${pts.length})</span></div>`);
      pts.forEach((p, pi) => rows.push(`<div role="treeitem" aria-level="3" aria-selected="false" aria-setsize="${pts.length}" aria-posinset="${pi + 1}" tabindex="-1" class="l3" data-id="${p[0]}">${esc(p[1])}</div>`));
    });
  });
  return page({
    title: 'Find a ParcelPoint',
    body: `<h1>Find a ParcelPoint</h1><div style="display:grid;grid-template-columns:340px 1fr;gap:18px">
<div class="card"><div role="tree" aria-label="ParcelPoints by area" id="pt">${rows.join('')}</div></div><section class="card" id="pd" aria-live="polite"><p class="muted">Choose a ParcelPoint to see its opening hours.</p></section></div>
<div class="toast" id="toast" role="status" hidden></div>`,
    css: `[role=treeitem]{padding:5px 8px;cursor:pointer;border-radius:4px}.l2{padding-left:24px}.l3{padding-left:44px}[role=treeitem][aria-expanded]::before{content:"▸ "}[role=treeitem][aria-expanded=true]::before{content:"▾ "}
[role=treeitem][aria-selected=true]{background:#ff6a13;color:#fff}[role=treeitem]:focus{outline:2px solid #ffb27f}`,
    script: client(pointsClient, POINTS),
  });
};

const label = (u) => {
  const no = (u.searchParams.get('number') || '').toUpperCase();
  const s = SENT.find((x) => x[0] === no);
  if (!s) return page({ title: 'Label not found', body: '<h1>Label not found</h1>' });
  return doc({
    title: `Label ${no} | Parcelfox`,
    css: 'body{background:#fff;padding:30px} .lab{width:420px;border:3px solid #000;padding:16px;font-family:Arial,sans-serif} .route{font-size:40px;font-weight:900;letter-spacing:.04em;border:3px solid #000;padding:6px;text-align:center;margin:10px 0} .bc{font-family:monospace;font-size:22px;letter-spacing:.2em}',
    body: `<div class="lab"><div style="display:flex;justify-content:space-between"><strong>parcelfox</strong><span>${esc(s[4])}</span></div>
<p>TO:<br><strong>${esc(s[1])}</strong><br>${esc(s[2])}</p><p>FROM: Sam Okafor, 4 Beech Grove, Leeds LS6 2AB</p>
<div class="route">${s[7]}</div><div class="bc">||| ${no} |||</div><p style="font-size:12px">Sent ${s[3]}. Attach securely to the largest side of the parcel.</p></div>
<p><button onclick="window.print()">Print label</button></p>`,
  });
};

// ---------------------------------------------------------------- My account (pushState SPA)

function accountApp(D) {
  const $ = (s, r = document) => r.querySelector(s);
  const view = $('#view');
  const money = (n) => `£${Number(n).toFixed(2)}`;
  const toast = (m) => { const t = $('#toast'); t.textContent = m; t.hidden = false; clearTimeout(t._h); t._h = setTimeout(() => { t.hidden = true; }, 4000); };
  const prefs = { email: true, sms: false, photo: true, marketing: false };
  let addresses = [['home', 'Home', '4 Beech Grove', 'Leeds', 'LS6 2AB'], ['mum', "Mum's", '17 Castle Walk', 'Harrogate', 'HG1 2LB'], ['studio', 'Studio', 'Unit 2, Marsh Lane Yard', 'Leeds', 'LS9 8AH']];
  let defaultAddr = 'home';
  const hidden = new Set();

  function go(url) { history.pushState({}, '', url); render(); window.scrollTo(0, 0); }
  document.addEventListener('click', (e) => {
    const a = e.composedPath().find((n) => n.tagName === 'A');
    if (!a || a.target || e.ctrlKey || e.metaKey || a.origin !== location.origin || !a.pathname.startsWith('/account')) return;
    e.preventDefault();
    go(a.pathname);
  });
  window.addEventListener('popstate', render);

  let obs = null;
  function render() {
    if (obs) { obs.disconnect(); obs = null; }
    const p = location.pathname.replace(/\/$/, '');
    document.querySelectorAll('.atabs a').forEach((a) => { const on = a.pathname === (p || '/account'); a.classList.toggle('on', on); if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); });
    const fn = { '/account': incoming, '/account/sent': sent, '/account/history': historyView, '/account/addresses': addressBook, '/account/preferences': preferences }[p];
    if (fn) fn(); else view.innerHTML = '<h1>Page not found</h1>';
    const h = view.querySelector('h1');
    document.title = `${h ? h.textContent : 'My account'} | Parcelfox`;
  }

  function incoming() {
    const list = D.incoming;
    view.innerHTML = `<h1>Parcels on their way to you</h1><div class="pcards">${list.map(([no, from, status, when]) => `<article class="pcard" data-number="${no}"><h2>${from}</h2><p><strong>${status}</strong><br>${when}</p><p class="muted">${no}</p>
<div class="pacts"><a class="btn" href="/track?number=${no}">Track</a><button class="btn" data-a="notmine">Not mine?</button></div></article>`).join('')}</div>`;
    view.querySelector('.pcards').addEventListener('click', (e) => {
      const b = e.target.closest('[data-a=notmine]');
      if (!b) return;
      const card = b.closest('.pcard');
      window.rec('not-mine', { number: card.dataset.number });
      card.querySelector('.pacts').innerHTML = '<span class="muted">Thanks, we have told the sender. You may be contacted.</span>';
    });
  }

  function sent() {
    view.innerHTML = `<h1>Parcels you've sent</h1><table class="st"><thead><tr><th>Tracking number</th><th>To</th><th>Destination</th><th>Sent</th><th>Service</th><th>Price</th><th>Status</th><th><span class="hidden">Actions</span></th></tr></thead><tbody>
${D.sent.map(([no, to, dest, when, svc, price, status]) => `<tr data-number="${no}"><td>${no}</td><td>${to}</td><td>${dest}</td><td>${when}</td><td>${svc}</td><td>${money(price)}</td><td>${status}</td>
<td style="position:relative"><button class="icon-btn" aria-haspopup="menu" aria-expanded="false" aria-label="Actions for ${no}">⋯</button></td></tr>`).join('')}</tbody></table>`;
    const tbody = view.querySelector('tbody');
    const closeMenus = () => { view.querySelectorAll('.menu').forEach((m) => m.remove()); view.querySelectorAll('[aria-haspopup=menu]').forEach((b) => b.setAttribute('aria-expanded', 'false')); };
    tbody.addEventListener('click', (e) => {
      const b = e.target.closest('[aria-haspopup=menu]');
      const item = e.target.closest('[role=menuitem]');
      if (item) {
        const no = item.closest('tr').dataset.number;
        const s = D.sent.find((x) => x[0] === no);
        const act = item.dataset.act;
        closeMenus();
        if (item.getAttribute('aria-disabled') === 'true') return;
        if (act === 'track') location.href = `/track?number=${no}`;
        if (act === 'label') window.open(`/label?number=${no}`, `label-${no}`, 'width=600,height=700');
        if (act === 'cancel') { $('#cx-text').textContent = `Cancel the parcel to ${s[1]} (${no})? We'll refund ${money(s[5])} to your card.`; $('#cx').dataset.number = no; $('#cx').hidden = false; $('#cx-ok').focus(); }
        if (act === 'pod') { $('#pod-text').textContent = `${s[6]}. Signed for by ${s[1].split(' ')[0].toUpperCase()[0]}. ${s[1].split(' ').slice(-1)[0].toUpperCase()}.`; $('#pod').dataset.number = no; $('#pod-form').reset(); $('#pod-err').textContent = ''; $('#pod').hidden = false; $('#pod-email').focus(); }
        return;
      }
      if (b) {
        const open = b.getAttribute('aria-expanded') === 'true';
        closeMenus();
        if (open) return;
        const s = D.sent.find((x) => x[0] === b.closest('tr').dataset.number);
        const canCancel = s[6] === 'Awaiting collection';
        const delivered = s[6].startsWith('Delivered');
        b.setAttribute('aria-expanded', 'true');
        b.insertAdjacentHTML('afterend', `<ul class="menu" role="menu"><li role="none"><button role="menuitem" data-act="track">Track parcel</button></li><li role="none"><button role="menuitem" data-act="label">Print label</button></li>
<li role="none"><button role="menuitem" data-act="pod"${delivered ? '' : ' aria-disabled="true"'}>Proof of delivery</button></li><li role="none"><button role="menuitem" data-act="cancel"${canCancel ? '' : ' aria-disabled="true"'}>Cancel parcel</button></li></ul>`);
        b.nextElementSibling.querySelector('[role=menuitem]').focus();
      }
    });
    document.addEventListener('click', function off(e) { if (!document.body.contains(tbody)) { document.removeEventListener('click', off); return; } if (!e.target.closest('td')) closeMenus(); });
  }
  $('#cx-ok').addEventListener('click', () => { const no = $('#cx').dataset.number; window.rec('cancel', { number: no, reason: $('#cx-reason').value }); $('#cx').hidden = true; toast('Parcel cancelled. Your refund is on its way.'); });
  $('#pod-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const email = $('#pod-email').value.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) { $('#pod-err').textContent = 'Enter a valid email address.'; return; }
    window.rec('submit', { form: 'pod', data: { number: $('#pod').dataset.number, email } });
    $('#pod').hidden = true;
    toast('Proof of delivery sent.');
  });
  document.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => { b.closest('.overlay').hidden = true; }));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') document.querySelectorAll('.overlay').forEach((o) => { o.hidden = true; }); });

  function historyView() {
    view.innerHTML = `<h1>Delivery history</h1><p class="muted">Everything delivered to you in the last 3 months.</p><ul class="hist" id="hist"></ul><div id="more" class="muted" style="padding:14px;text-align:center">Loading…</div>`;
    const list = D.history.filter((h) => !hidden.has(h.id));
    let shown = 0;
    let busy = false;
    const load = () => {
      if (busy || shown >= list.length) return;
      busy = true;
      setTimeout(() => {
        const hist = document.getElementById('hist');
        if (!hist) return;
        hist.insertAdjacentHTML('beforeend', list.slice(shown, shown + 10).map((h) => `<li data-id="${h.id}"><div><strong>${h.sender}</strong><br><span class="muted">${h.when} · ${h.how}</span></div><button class="icon-btn hide" aria-label="Hide ${h.sender.replace(/"/g, '&quot;')} from history" title="Hide">🙈</button></li>`).join(''));
        shown = Math.min(list.length, shown + 10);
        busy = false;
        if (shown >= list.length) { $('#more').textContent = 'No more deliveries.'; if (obs) obs.disconnect(); }
        else if ($('#more').getBoundingClientRect().top < innerHeight) load();
      }, shown ? 400 : 0);
    };
    $('#hist').addEventListener('click', (e) => {
      const b = e.target.closest('button.hide');
      if (!b) return;
      const li = b.closest('li');
      hidden.add(li.dataset.id);
      window.rec('hide', { id: li.dataset.id });
      li.remove();
      toast('Hidden from your history');
    });
    obs = new IntersectionObserver((es) => { if (es.some((x) => x.isIntersecting)) load(); });
    obs.observe($('#more'));
    load();
  }

  function addressBook() {
    view.innerHTML = `<h1>Address book</h1><ul class="addr">${addresses.map(([id, lbl, l1, town, pc]) => `<li data-id="${id}"><div><strong>${lbl}</strong>${id === defaultAddr ? ' <span class="badge">Default</span>' : ''}<br>${l1}, ${town} ${pc}</div>
<div>${id === defaultAddr ? '' : `<button class="btn" data-a="default">Make default</button>`} <button class="btn" data-a="delete">Delete</button></div></li>`).join('')}</ul>
<h2>Add an address</h2><div class="cardish"><pf-address-finder></pf-address-finder></div>`;
    view.querySelector('.addr').addEventListener('click', (e) => {
      const b = e.target.closest('button[data-a]');
      if (!b) return;
      const id = b.closest('li').dataset.id;
      if (b.dataset.a === 'default') { defaultAddr = id; window.rec('default-address', { id }); toast('Default address updated'); }
      else { addresses = addresses.filter((a) => a[0] !== id); window.rec('delete-address', { id }); toast('Address deleted'); }
      addressBook();
    });
  }
  window.parcelfoxAddAddress = (a) => { addresses.push([`a${addresses.length + 1}`, a.label, a.line1, a.town, a.postcode]); window.rec('submit', { form: 'address', data: a }); toast(`Saved “${a.label}”`); addressBook(); };

  class PfAddressFinder extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>
:host{display:block}label{display:block;margin:10px 0 4px;font-weight:600}input{font:inherit;padding:7px 9px;border:1px solid #d6c4b8;border-radius:6px;width:240px}
button{font:inherit;border-radius:6px;padding:7px 12px;cursor:pointer;border:1px solid #ff6a13;background:#fff;color:#c24d05}.primary{background:#ff6a13;color:#fff}
ul{list-style:none;padding:0;margin:8px 0;border:1px solid #d6c4b8;border-radius:8px;max-width:420px}li{padding:8px 12px;cursor:pointer;border-bottom:1px solid #f3e7de}li[aria-selected=true]{background:#ffe8d9;font-weight:600}
.err{color:#b42318;font-size:13px}
</style>
<label for="pc">Postcode</label><input id="pc" autocomplete="postal-code"> <button type="button" id="find">Find address</button>
<div id="res" hidden><p id="rl" style="margin:10px 0 0">Select your address</p><ul role="listbox" id="list" aria-labelledby="rl"></ul></div>
<label for="lbl">Label (for example Work)</label><input id="lbl">
<p class="err" role="alert"></p><button type="button" class="primary" id="save">Save address</button>`;
      let chosen = null;
      const results = (pc) => {
        const k = pc.toUpperCase().replace(/\s+/g, '');
        if (k === 'LS14AP') return [1, 3, 5, 7].map((n) => [`Unit ${n}, Calder House`, '12 Wellington Street', 'Leeds', 'LS1 4AP']);
        if (/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(k)) return [[`1 ${k.slice(0, 2)} Road`, '', 'Leeds', pc.toUpperCase()], [`2 ${k.slice(0, 2)} Road`, '', 'Leeds', pc.toUpperCase()]];
        return [];
      };
      root.getElementById('find').addEventListener('click', () => {
        const r = results(root.getElementById('pc').value.trim());
        const ul = root.getElementById('list');
        chosen = null;
        root.querySelector('.err').textContent = r.length ? '' : 'Enter a full postcode.';
        ul.innerHTML = r.map(([a, b, t, p], i) => `<li role="option" id="ad${i}" aria-selected="false" data-i="${i}">${a}${b ? `, ${b}` : ''}, ${t} ${p}</li>`).join('');
        root.getElementById('res').hidden = !r.length;
        ul._r = r;
      });
      root.getElementById('list').addEventListener('click', (e) => {
        const li = e.target.closest('li');
        if (!li) return;
        const ul = root.getElementById('list');
        ul.querySelectorAll('li').forEach((x) => x.setAttribute('aria-selected', String(x === li)));
        chosen = ul._r[Number(li.dataset.i)];
      });
      root.getElementById('save').addEventListener('click', () => {
        const label = root.getElementById('lbl').value.trim();
        const err = !chosen ? 'Find and select an address first.' : !label ? 'Give the address a label.' : '';
        root.querySelector('.err').textContent = err;
        if (err) return;
        window.parcelfoxAddAddress({ label, line1: chosen[0], line2: chosen[1], town: chosen[2], postcode: chosen[3] });
      });
    }
  }
  customElements.define('pf-address-finder', PfAddressFinder);

  function preferences() {
    const ROWS = [['email', 'Email updates about my parcels'], ['sms', 'Text message updates'], ['photo', 'Photo when a parcel is left in a safe place'], ['marketing', 'News and offers from Parcelfox']];
    view.innerHTML = `<h1>Preferences</h1><div class="cardish">${ROWS.map(([k, l]) => `<label class="pref"><input type="checkbox" role="switch" class="sw" data-k="${k}"${prefs[k] ? ' checked' : ''}> <span>${l}</span></label>`).join('')}</div>
<p><button class="btn btn-primary" id="save-prefs">Save preferences</button></p>`;
    $('#save-prefs').addEventListener('click', () => {
      view.querySelectorAll('.sw').forEach((s) => { prefs[s.dataset.k] = s.checked; });
      window.rec('state', { name: 'prefs', ...prefs });
      toast('Preferences saved');
    });
  }

  render();
}

const INCOMING = [
  ['PF7301245568', 'Kestrel Outdoor', 'Out for delivery', 'Today, 13:10–14:10'],
  ['PF7301311122', 'Lumen Home', 'Delivery scheduled', 'Friday 15 May'],
  ['PF7301350077', 'Quill & Co', 'In transit', 'Expected Monday 18 May'],
  ['PF7301298810', 'Oakridge Books', 'Ready to collect', 'At Hilltop Pharmacy until 20 May'],
];

const account = () => page({
  title: 'My account',
  body: `<nav class="atabs" aria-label="My account"><a href="/account">Incoming</a><a href="/account/sent">Sent</a><a href="/account/history">History</a><a href="/account/addresses">Addresses</a><a href="/account/preferences">Preferences</a></nav>
<div id="view"></div>
<div class="overlay" id="cx" hidden><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="cx-t" aria-describedby="cx-text"><h2 id="cx-t">Cancel parcel</h2><p id="cx-text"></p>
<label class="f" for="cx-reason">Reason (optional)</label><select id="cx-reason"><option value="">Choose a reason</option><option value="changed-mind">I changed my mind</option><option value="wrong-address">Wrong address</option><option value="sending-another-way">Sending it another way</option></select>
<p><button class="btn" data-close>Keep parcel</button> <button class="btn btn-primary" id="cx-ok">Yes, cancel it</button></p></div></div>
<div class="overlay" id="pod" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="pod-t"><button class="icon-btn x" data-close aria-label="Close">✕</button><h2 id="pod-t">Proof of delivery</h2><p id="pod-text"></p>
<form id="pod-form" novalidate><label class="f" for="pod-email">Email a copy to</label><input type="email" id="pod-email"><p class="err" id="pod-err" role="alert"></p><button class="btn btn-primary">Send</button></form></div></div>
<div class="toast" id="toast" role="status" hidden></div>`,
  css: `.atabs{display:flex;gap:4px;border-bottom:2px solid #f0dccd;margin-bottom:16px}.atabs a{padding:9px 14px;color:#7a3a10;text-decoration:none}.atabs a.on{border-bottom:3px solid #ff6a13;font-weight:700;margin-bottom:-2px}
.pcards{display:grid;grid-template-columns:repeat(2,1fr);gap:14px}.pcard{background:#fff;border:1px solid #f0dccd;border-radius:12px;padding:14px}.pcard h2{margin:0 0 4px;font-size:17px}
.pcard .pacts [data-a]{visibility:hidden}.pcard:hover .pacts [data-a],.pcard:focus-within .pacts [data-a]{visibility:visible}
table.st{width:100%;border-collapse:collapse;background:#fff}table.st th,table.st td{padding:9px 8px;border-bottom:1px solid #f3e7de;text-align:left}
.menu{position:absolute;right:0;top:100%;z-index:10;background:#fff;border:1px solid #ccc;border-radius:6px;list-style:none;margin:0;padding:4px 0;min-width:180px;box-shadow:0 6px 18px rgba(0,0,0,.15)}
.menu [role=menuitem]{display:block;width:100%;text-align:left;border:0;background:none;padding:7px 12px;font:inherit;cursor:pointer}.menu [role=menuitem][aria-disabled=true]{color:#aaa;cursor:default}.menu [role=menuitem]:hover{background:#fff1e8}
.hist{list-style:none;padding:0}.hist li{display:flex;justify-content:space-between;align-items:center;background:#fff;border:1px solid #f0dccd;border-radius:8px;padding:10px 14px;margin-bottom:6px;min-height:56px}
.hist .hide{visibility:hidden}.hist li:hover .hide,.hist li:focus-within .hide{visibility:visible}
.addr{list-style:none;padding:0}.addr li{display:flex;justify-content:space-between;background:#fff;border:1px solid #f0dccd;border-radius:8px;padding:12px;margin-bottom:8px}.badge{background:#ff6a13;color:#fff;border-radius:8px;padding:1px 8px;font-size:12px}
.cardish{background:#fff;border:1px solid #f0dccd;border-radius:12px;padding:16px}.pref{display:flex;gap:10px;align-items:center;padding:10px 0;border-bottom:1px solid #f3e7de}.pref input{width:38px;height:20px;accent-color:#ff6a13}`,
  script: client(accountApp, { incoming: INCOMING, sent: SENT, history: HISTORY }),
});

export default {
  name: 'courier',
  title: 'Parcelfox',
  pages: {
    '/': home,
    '/track': track,
    '/track/change': change,
    '/send': send,
    '/size-guide': sizeGuide,
    '/collection': collection,
    '/claims': claims,
    '/embed/claim': claimEmbed,
    '/points': points,
    '/label': label,
    '/account': account,
  },
  fallback(p) {
    if (/^\/account\/[\w-]+\/?$/.test(p)) return account;
    return undefined;
  },
  thanks(form) {
    if (form === 'claim') return '<h2>Claim received</h2><p>Your claim reference is AS-99120. We will email you within 3 working days.</p>';
    if (form === 'collection') return '<h1>Collection booked</h1><p>Our driver will come between your ready time and 18:00.</p><p><a href="/">Back to Parcelfox</a></p>';
    return '<h1>Thank you</h1>';
  },
};

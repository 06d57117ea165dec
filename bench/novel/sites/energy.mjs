// Brightwatt Energy: a household energy account as a hash-routed single-page app
// (#/overview, #/usage, #/bills, #/meter, #/payments, #/tariffs, #/moving,
// #/settings, #/help). Overview cards, notifications with hover-only actions and a
// Priority Services dialog; usage in ARIA tabs (electricity / gas tables); bills
// table keyed by bill number with "Load older bills", bills opening in a new window
// (window.open) and a query dialog; meter reading form with a review step; Direct
// Debit editor (custom slider with buttons, custom listbox, confirm dialog); payment
// history and a one-off card payment in a same-origin iframe; tariff cards as web
// components with open shadow roots (details via window.open, switch with a confirm
// dialog in the page); moving-home form; preference switches; help page with a
// call-back form in an iframe.
import { doc, esc } from '../../eval/sites/common.mjs';
import { client } from './_util.mjs';

const TODAY = '2026-05-13';

export const BILLS = [
  ['B-2604', '2 May 2026', '1 Apr – 30 Apr 2026', 126.25, 'Due 22 May 2026', 74.88, 51.37],
  ['B-2603', '2 Apr 2026', '1 Mar – 31 Mar 2026', 153.61, 'Paid', 84.59, 69.02],
  ['B-2602', '3 Mar 2026', '1 Feb – 28 Feb 2026', 186.88, 'Paid', 93.07, 93.81],
  ['B-2601', '3 Feb 2026', '1 Jan – 31 Jan 2026', 213.71, 'Paid', 103.31, 110.4],
  ['B-2512', '5 Jan 2026', '1 Dec – 31 Dec 2025', 202.39, 'Paid', 99.84, 102.55],
  ['B-2511', '2 Dec 2025', '1 Nov – 30 Nov 2025', 162.32, 'Paid', 88.2, 74.12],
  ['B-2510', '3 Nov 2025', '1 Oct – 31 Oct 2025', 118.4, 'Paid', 70.15, 48.25],
  ['B-2509', '2 Oct 2025', '1 Sep – 30 Sep 2025', 96.15, 'Paid', 64.9, 31.25],
  ['B-2508', '2 Sep 2025', '1 Aug – 31 Aug 2025', 90.47, 'Paid', 66.02, 24.45],
  ['B-2507', '4 Aug 2025', '1 Jul – 31 Jul 2025', 88.02, 'Paid', 64.37, 23.65],
  ['B-2506', '2 Jul 2025', '1 Jun – 30 Jun 2025', 91.63, 'Paid', 63.81, 27.82],
  ['B-2505', '3 Jun 2025', '1 May – 31 May 2025', 104.58, 'Paid', 67.4, 37.18],
];

const USAGE = {
  electricity: [['November 2025', 312, 88.2], ['December 2025', 355, 99.84], ['January 2026', 368, 103.31], ['February 2026', 330, 93.07], ['March 2026', 298, 84.59], ['April 2026', 261, 74.88]],
  gas: [['November 2025', 1104, 74.12], ['December 2025', 1562, 102.55], ['January 2026', 1688, 110.4], ['February 2026', 1419, 93.81], ['March 2026', 1025, 69.02], ['April 2026', 742, 51.37]],
};

export const TARIFFS = [
  { code: 'FIX24', name: 'Brightwatt Fixed 24', current: true, kind: 'Fixed until 31 October 2026', elec: '24.50p', elecSc: '53.35p', gas: '6.10p', gasSc: '31.65p', exit: '£75 per fuel' },
  { code: 'FLEX', name: 'Brightwatt Flex', kind: 'Variable, follows the price cap', elec: '25.73p', elecSc: '53.80p', gas: '6.33p', gasSc: '32.67p', exit: 'None' },
  { code: 'GREEN', name: 'Green Tracker', kind: '100% renewable electricity, tracks wholesale prices', elec: '23.10p', elecSc: '49.99p', gas: '5.87p', gasSc: '30.20p', exit: '£50 per fuel' },
  { code: 'EV', name: 'Night Owl EV', kind: 'For electric vehicle owners, electricity only', elec: '29.40p day / 8.50p night', elecSc: '55.00p', gas: null, gasSc: null, exit: '£30' },
];

const PAYMENTS = [['1 May 2026', 'Direct Debit', 112, 'Collected'], ['1 Apr 2026', 'Direct Debit', 112, 'Collected'], ['18 Mar 2026', 'Card payment', 40, 'Received'],
  ['1 Mar 2026', 'Direct Debit', 104, 'Collected'], ['1 Feb 2026', 'Direct Debit', 104, 'Collected'], ['1 Jan 2026', 'Direct Debit', 104, 'Collected']];

const NOTES = [
  ['n1', '10 May', 'Time for a meter reading', 'Send us a reading so your next bill is accurate.'],
  ['n2', '2 May', 'Your April bill is ready', 'Bill B-2604 for £126.25 is due on 22 May.'],
  ['n3', '28 Apr', 'Book your smart meter installation', 'Free installation, takes about two hours. Pick a date that suits you.'],
  ['n4', '25 Apr', 'Price cap changes on 1 July', "You're on a fixed tariff, so your unit rates won't change."],
];

const CSS = `
[hidden]{display:none!important}
body{background:#f4f2fb}
.top{background:#3b1f8f;color:#fff;display:flex;align-items:center;gap:20px;padding:12px 24px}.top .logo{font-weight:800;font-size:20px}.top .logo span{color:#ffd23f}
.top .acct{margin-left:auto;font-size:13px;opacity:.9}
.layout{display:grid;grid-template-columns:210px 1fr;max-width:1150px;margin:0 auto;gap:24px;padding:20px 24px}
.side a{display:block;padding:9px 12px;border-radius:8px;color:#3b1f8f;text-decoration:none;margin-bottom:2px}.side a.on{background:#3b1f8f;color:#fff}
.card{background:#fff;border-radius:12px;padding:16px 18px;box-shadow:0 1px 3px rgba(40,20,90,.12);margin-bottom:14px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:14px}
.big{font-size:26px;font-weight:800;color:#3b1f8f}.muted{color:#6b6680}
table.t{width:100%;border-collapse:collapse}table.t th,table.t td{text-align:left;padding:8px;border-bottom:1px solid #ece9f5}
.btn-primary{background:#3b1f8f;border-color:#3b1f8f}
.note{display:flex;gap:12px;align-items:flex-start;border-bottom:1px solid #eee;padding:10px 0}.note .acts{margin-left:auto;visibility:hidden;white-space:nowrap}.note:hover .acts,.note:focus-within .acts{visibility:visible}
.note.read h3{font-weight:400}
[role=tablist]{display:flex;gap:6px;margin-bottom:10px}[role=tab]{font:inherit;border:1px solid #3b1f8f;background:#fff;color:#3b1f8f;border-radius:20px;padding:6px 16px;cursor:pointer}[role=tab][aria-selected=true]{background:#3b1f8f;color:#fff}
label.f{display:block;margin:12px 0 4px;font-weight:600}
input[type=text],input[type=email],input[type=tel],input[type=date],select,textarea{font:inherit;padding:7px 9px;border:1px solid #c7c1dc;border-radius:6px;min-width:240px}
.err{color:#b42318;font-size:13px}
.switch{width:44px;height:24px;border-radius:12px;border:0;background:#bbb;position:relative;cursor:pointer;flex:none}.switch::after{content:"";position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:#fff}
.switch[aria-checked=true]{background:#3b1f8f}.switch[aria-checked=true]::after{left:23px}
.pref{display:flex;align-items:center;gap:14px;padding:12px 0;border-bottom:1px solid #eee}
.slider{position:relative;height:8px;background:#e2ddf3;border-radius:4px;width:320px;margin:14px 0;cursor:pointer}.slider .fill{position:absolute;height:8px;background:#3b1f8f;border-radius:4px}
.slider .thumb{position:absolute;top:-7px;width:22px;height:22px;margin-left:-11px;border-radius:50%;background:#fff;border:3px solid #3b1f8f}
.slider:focus{outline:2px solid #ffd23f;outline-offset:8px}
.lb{position:relative;display:inline-block}.lb ul{position:absolute;z-index:9;background:#fff;border:1px solid #bbb;list-style:none;margin:2px 0;padding:4px 0;width:160px;max-height:220px;overflow:auto;box-shadow:0 6px 18px rgba(0,0,0,.15)}
.lb li{padding:5px 12px;cursor:pointer}.lb li.active{background:#ece9f5}.lb li[aria-selected=true]{font-weight:700}
.digits{font:inherit;font-family:ui-monospace,monospace;font-size:20px;letter-spacing:.3em;width:150px;min-width:0;padding:6px 10px}
`;

function energyApp(D) {
  const $ = (s, r = document) => r.querySelector(s);
  const view = $('#view');
  const money = (n) => `£${Number(n).toFixed(2)}`;
  const toast = (m) => { const t = $('#toast'); t.textContent = m; t.hidden = false; clearTimeout(t._h); t._h = setTimeout(() => { t.hidden = true; }, 4000); };
  const prefs = { paperless: false, emailBills: true, smsReadings: false, marketing: true };
  const dismissed = new Set();
  const read = new Set();
  let dd = { amount: 112, day: 1 };
  const ord = (n) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

  // dialogs (light DOM) used by several routes
  const openDlg = (id) => { $(id).hidden = false; const f = $(id).querySelector('input,select,textarea,button:not(.x)'); if (f) f.focus(); };
  document.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => { b.closest('.overlay').hidden = true; }));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') document.querySelectorAll('.overlay').forEach((o) => { o.hidden = true; }); });

  const ROUTES = { overview, usage, bills, meter, payments, tariffs, moving, settings, help };
  function render() {
    const r = (location.hash.replace(/^#\/?/, '') || 'overview').split('?')[0];
    const fn = ROUTES[r];
    document.querySelectorAll('.side a').forEach((a) => { const on = a.getAttribute('href') === `#/${r}`; a.classList.toggle('on', on); if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); });
    if (!fn) { view.innerHTML = '<h1>Page not found</h1><p><a href="#/overview">Go to your account overview</a></p>'; return; }
    fn();
    window.scrollTo(0, 0);
    const h = view.querySelector('h1');
    document.title = `${h ? h.textContent : 'Account'} | Brightwatt`;
  }
  window.addEventListener('hashchange', render);

  function overview() {
    view.innerHTML = `<h1>Hello, Jordan</h1>
<div class="cards">
<div class="card"><div class="muted">Account balance</div><div class="big">£86.42</div><div>in credit</div></div>
<div class="card"><div class="muted">Direct Debit</div><div class="big">${money(dd.amount)}</div><div>Next payment on 1 June 2026</div><a href="#/payments">Manage</a></div>
<div class="card"><div class="muted">Your tariff</div><div style="font-weight:700;font-size:17px">Brightwatt Fixed 24</div><div>Fixed until 31 October 2026</div><div class="muted">Exit fee £75 per fuel if you leave early</div><a href="#/tariffs">Compare tariffs</a></div>
</div>
<div class="card"><h2 style="margin-top:0">Notifications</h2><div id="notes">${D.notes.filter((n) => !dismissed.has(n[0])).map(([id, when, t, body]) => `<div class="note${read.has(id) ? ' read' : ''}" data-id="${id}"><div><h3 style="margin:0;font-size:15px">${t}</h3><div class="muted">${body}</div><small class="muted">${when}</small></div>
<div class="acts"><button class="icon-btn" data-a="read" aria-label="Mark as read" title="Mark as read">✓</button><button class="icon-btn" data-a="dismiss" aria-label="Dismiss" title="Dismiss">✕</button></div></div>`).join('') || '<p class="muted">No notifications.</p>'}</div></div>
<div class="card"><h2 style="margin-top:0">Account details</h2><table class="t"><tr><th>Account number</th><td>BW-4471-0923</td></tr><tr><th>Supply address</th><td>Flat 3, 18 Linden Road, Marlow Vale MV2 4RS</td></tr><tr><th>Account holder</th><td>Jordan Ellis</td></tr></table>
<p>Need extra support? <button class="btn" id="psr-open">Join the Priority Services Register</button></p></div>`;
    $('#notes').addEventListener('click', (e) => {
      const b = e.target.closest('button[data-a]');
      if (!b) return;
      const id = b.closest('.note').dataset.id;
      if (b.dataset.a === 'dismiss') { dismissed.add(id); window.rec('dismiss', { id }); toast('Notification dismissed'); }
      else { read.add(id); window.rec('read', { id }); }
      overview();
    });
    $('#psr-open').addEventListener('click', () => { $('#psr-form').reset(); $('#psr-err').textContent = ''; openDlg('#psr'); });
  }
  $('#psr-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    const needs = [...f.querySelectorAll('[name=needs]:checked')].map((x) => x.value);
    if (!needs.length) { $('#psr-err').textContent = 'Tick at least one reason.'; return; }
    window.rec('submit', { form: 'psr', data: { needs, password: f.password.value.trim() } });
    $('#psr').hidden = true;
    toast("You're on the Priority Services Register");
  });

  function usage() {
    const table = (k) => `<table class="t"><thead><tr><th>Month</th><th>Usage (kWh)</th><th>Cost</th></tr></thead><tbody>${D.usage[k].map(([m, kwh, c]) => `<tr><td>${m}</td><td>${kwh.toLocaleString('en-GB')}</td><td>${money(c)}</td></tr>`).join('')}</tbody></table>`;
    view.innerHTML = `<h1>Your energy use</h1><div class="card">
<div role="tablist" aria-label="Fuel"><button role="tab" id="tab-e" aria-controls="pan-e" aria-selected="true">Electricity</button><button role="tab" id="tab-g" aria-controls="pan-g" aria-selected="false" tabindex="-1">Gas</button></div>
<div role="tabpanel" id="pan-e" aria-labelledby="tab-e"><p class="muted">Economy 7 meter, day and night combined. Last 6 months.</p>${table('electricity')}</div>
<div role="tabpanel" id="pan-g" aria-labelledby="tab-g" hidden><p class="muted">Gas, converted to kWh. Last 6 months.</p>${table('gas')}</div></div>`;
    const tabs = [...view.querySelectorAll('[role=tab]')];
    const sel = (t) => tabs.forEach((x) => { const on = x === t; x.setAttribute('aria-selected', String(on)); x.tabIndex = on ? 0 : -1; $(`#${x.getAttribute('aria-controls')}`).hidden = !on; });
    tabs.forEach((t) => {
      t.addEventListener('click', () => sel(t));
      t.addEventListener('keydown', (e) => { if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { const n = tabs[(tabs.indexOf(t) + 1) % 2]; sel(n); n.focus(); } });
    });
  }

  let billsShown = 6;
  function bills() {
    view.innerHTML = `<h1>Bills</h1><div class="card"><table class="t" id="bills"><thead><tr><th>Bill</th><th>Issued</th><th>Period</th><th>Amount</th><th>Status</th><th><span class="hidden">Actions</span></th></tr></thead><tbody>
${D.bills.slice(0, billsShown).map(([id, issued, period, amt, status]) => `<tr data-bill="${id}"><td>${id}</td><td>${issued}</td><td>${period}</td><td>${money(amt)}</td><td>${status}</td><td><button class="btn" data-a="view">View bill</button> <button class="btn" data-a="query">Query</button></td></tr>`).join('')}
</tbody></table>${billsShown < D.bills.length ? '<p style="text-align:center"><button class="btn" id="older">Load older bills</button></p>' : '<p class="muted" style="text-align:center">No older bills.</p>'}</div>`;
    const older = $('#older');
    if (older) older.addEventListener('click', () => { older.disabled = true; older.textContent = 'Loading…'; setTimeout(() => { billsShown = D.bills.length; bills(); }, 400); });
    $('#bills').addEventListener('click', (e) => {
      const b = e.target.closest('button[data-a]');
      if (!b) return;
      const id = b.closest('tr').dataset.bill;
      if (b.dataset.a === 'view') { window.open(`/bill/${id}`, `bill-${id}`, 'width=820,height=900'); return; }
      $('#q-bill').textContent = `${id}, issued ${D.bills.find((x) => x[0] === id)[1]}`;
      $('#q-form').reset();
      $('#q-form').dataset.bill = id;
      $('#q-err').textContent = '';
      openDlg('#query');
    });
  }
  $('#q-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    if (!f.reason.value) { $('#q-err').textContent = 'Choose what is wrong with the bill.'; return; }
    window.rec('submit', { form: 'query', data: { bill: f.dataset.bill, reason: f.reason.value, message: f.message.value.trim(), reading: f.reading.value.trim() } });
    $('#query').hidden = true;
    toast('Thanks, we will look into your bill and reply within 5 working days.');
  });

  function meter() {
    view.innerHTML = `<h1>Submit a meter reading</h1><div class="card" id="m-card"><form id="m-form" novalidate>
<fieldset style="border:0;padding:0"><legend style="font-weight:600">Which meter?</legend>
<label><input type="radio" name="meter" value="electricity" checked> Electricity (E22K081734, Economy 7)</label><br><label><input type="radio" name="meter" value="gas"> Gas (G4A0055621)</label></fieldset>
<label class="f" for="m-date">Date of reading</label><input type="date" id="m-date" name="date" value="${D.today}" max="${D.today}">
<div id="m-elec"><label class="f" for="m-day">Day rate reading (R01)</label><input class="digits" id="m-day" name="day" inputmode="numeric" maxlength="5" placeholder="00000"><div class="muted">Last reading 41,906 on 12 April</div>
<label class="f" for="m-night">Night rate reading (R02)</label><input class="digits" id="m-night" name="night" inputmode="numeric" maxlength="5" placeholder="00000"><div class="muted">Last reading 18,650 on 12 April</div></div>
<div id="m-gas" hidden><label class="f" for="m-g">Gas reading</label><input class="digits" id="m-g" name="gas" inputmode="numeric" maxlength="5" placeholder="00000"><div class="muted">Last reading 08,914 on 12 April (ignore red numbers after the decimal point)</div></div>
<p class="err" id="m-err" role="alert"></p><button class="btn btn-primary">Continue</button></form>
<div id="m-review" hidden><h2>Check your reading</h2><dl id="m-sum"></dl><button class="btn" id="m-back">Change</button> <button class="btn btn-primary" id="m-send">Submit reading</button></div>
<div id="m-done" hidden><h2>Thanks, reading received</h2><p>We'll use it for your next bill.</p></div></div>`;
    const f = $('#m-form');
    f.addEventListener('change', (e) => { if (e.target.name === 'meter') { $('#m-elec').hidden = f.meter.value !== 'electricity'; $('#m-gas').hidden = f.meter.value !== 'gas'; } });
    let data = null;
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const m = f.meter.value;
      const five = (v) => /^\d{5}$/.test(v);
      let err = '';
      if (!f.date.value) err = 'Enter the date of the reading.';
      else if (m === 'electricity' && (!five(f.day.value.trim()) || !five(f.night.value.trim()))) err = 'Enter both readings as 5 digits, including any zeros at the start.';
      else if (m === 'electricity' && (Number(f.day.value) < 41906 || Number(f.night.value) < 18650)) err = 'That reading is lower than your last one. Please check it.';
      else if (m === 'gas' && !five(f.gas.value.trim())) err = 'Enter the reading as 5 digits, including any zeros at the start.';
      else if (m === 'gas' && Number(f.gas.value) < 8914) err = 'That reading is lower than your last one. Please check it.';
      $('#m-err').textContent = err;
      if (err) return;
      data = m === 'electricity' ? { meter: m, date: f.date.value, day: f.day.value.trim(), night: f.night.value.trim() } : { meter: m, date: f.date.value, gas: f.gas.value.trim() };
      $('#m-sum').innerHTML = Object.entries(data).map(([k, v]) => `<dt style="font-weight:700">${k}</dt><dd>${v}</dd>`).join('');
      f.hidden = true;
      $('#m-review').hidden = false;
    });
    $('#m-back').addEventListener('click', () => { f.hidden = false; $('#m-review').hidden = true; });
    $('#m-send').addEventListener('click', () => { window.rec('submit', { form: 'reading', data }); $('#m-review').hidden = true; $('#m-done').hidden = false; });
  }

  function payments() {
    view.innerHTML = `<h1>Payments</h1>
<div class="card"><h2 style="margin-top:0">Direct Debit</h2><p>You pay <strong id="dd-now">${money(dd.amount)}</strong> on the <strong>${ord(dd.day)}</strong> of each month. We recommend <strong>£118.00</strong> based on your last 12 months.</p>
<button class="btn" id="dd-edit" aria-expanded="false" aria-controls="dd-box">Change Direct Debit</button>
<div id="dd-box" hidden style="margin-top:12px"><div><span id="amt-l">Monthly amount</span>: <strong id="amt-v"></strong></div>
<div style="display:flex;align-items:center;gap:12px"><button type="button" class="icon-btn" id="amt-dec" aria-label="Decrease amount by £1">−</button>
<div class="slider" role="slider" tabindex="0" aria-labelledby="amt-l" aria-valuemin="50" aria-valuemax="250"><div class="fill"></div><div class="thumb"></div></div>
<button type="button" class="icon-btn" id="amt-inc" aria-label="Increase amount by £1">+</button></div>
<div class="lb"><span id="day-l">Payment date</span> <button type="button" class="btn" id="day-btn" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="day-l day-btn"></button>
<ul id="day-list" role="listbox" aria-labelledby="day-l" tabindex="-1" hidden>${Array.from({ length: 28 }, (_, i) => `<li role="option" id="dl-${i + 1}" data-d="${i + 1}">${ord(i + 1)} of the month</li>`).join('')}</ul></div>
<p><button class="btn btn-primary" id="dd-save">Save changes</button></p></div></div>
<div class="card"><h2 style="margin-top:0">Payment history</h2><table class="t"><thead><tr><th>Date</th><th>Type</th><th>Amount</th><th>Status</th></tr></thead><tbody>
${D.payments.map(([d, t, a, s]) => `<tr><td>${d}</td><td>${t}</td><td>${money(a)}</td><td>${s}</td></tr>`).join('')}</tbody></table></div>
<div class="card"><h2 style="margin-top:0">Make a one-off payment</h2><p class="muted">Pay towards your balance by debit or credit card.</p><button class="btn" id="pay-open">Pay by card</button><div id="pay-box" hidden></div></div>`;
    const draft = { ...dd };
    const sl = $('.slider');
    const setAmt = (v) => {
      draft.amount = Math.max(50, Math.min(250, Math.round(v)));
      const pct = ((draft.amount - 50) / 200) * 100;
      sl.setAttribute('aria-valuenow', draft.amount);
      sl.setAttribute('aria-valuetext', `£${draft.amount}`);
      $('.fill', sl).style.width = `${pct}%`;
      $('.thumb', sl).style.left = `${pct}%`;
      $('#amt-v').textContent = money(draft.amount);
    };
    const setDay = (d) => { draft.day = d; $('#day-btn').textContent = `${ord(d)} of the month ▾`; $('#day-list').querySelectorAll('li').forEach((li) => li.setAttribute('aria-selected', String(Number(li.dataset.d) === d))); };
    setAmt(draft.amount);
    setDay(draft.day);
    $('#dd-edit').addEventListener('click', (e) => { const box = $('#dd-box'); box.hidden = !box.hidden; e.currentTarget.setAttribute('aria-expanded', String(!box.hidden)); });
    $('#amt-dec').addEventListener('click', () => setAmt(draft.amount - 1));
    $('#amt-inc').addEventListener('click', () => setAmt(draft.amount + 1));
    sl.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[e.key];
      if (step) { e.preventDefault(); setAmt(draft.amount + step); }
      if (e.key === 'Home') setAmt(50);
      if (e.key === 'End') setAmt(250);
    });
    const fromX = (x) => { const r = sl.getBoundingClientRect(); return 50 + ((x - r.left) / r.width) * 200; };
    sl.addEventListener('pointerdown', (e) => {
      sl.setPointerCapture(e.pointerId);
      setAmt(fromX(e.clientX));
      const mv = (ev) => setAmt(fromX(ev.clientX));
      const up = () => { sl.removeEventListener('pointermove', mv); sl.removeEventListener('pointerup', up); };
      sl.addEventListener('pointermove', mv);
      sl.addEventListener('pointerup', up);
    });
    const list = $('#day-list');
    const btn = $('#day-btn');
    const open = (on) => { list.hidden = !on; btn.setAttribute('aria-expanded', String(on)); if (on) { mark(list.querySelector('[aria-selected=true]')); list.focus(); } };
    const mark = (li) => { list.querySelectorAll('.active').forEach((x) => x.classList.remove('active')); if (li) { li.classList.add('active'); list.setAttribute('aria-activedescendant', li.id); li.scrollIntoView({ block: 'nearest' }); } };
    btn.addEventListener('click', () => open(list.hidden));
    list.addEventListener('click', (e) => { const li = e.target.closest('li'); if (li) { setDay(Number(li.dataset.d)); open(false); btn.focus(); } });
    list.addEventListener('keydown', (e) => {
      const all = [...list.querySelectorAll('li')];
      const i = all.indexOf(list.querySelector('.active'));
      if (e.key === 'ArrowDown') { e.preventDefault(); mark(all[Math.min(27, i + 1)]); }
      if (e.key === 'ArrowUp') { e.preventDefault(); mark(all[Math.max(0, i - 1)]); }
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setDay(Number(all[i].dataset.d)); open(false); btn.focus(); }
      if (e.key === 'Escape') open(false);
    });
    $('#dd-save').addEventListener('click', () => {
      $('#ddc-text').textContent = `Your Direct Debit will change to ${money(draft.amount)} on the ${ord(draft.day)} of each month, starting next month.`;
      $('#ddc').dataset.amount = draft.amount;
      $('#ddc').dataset.day = draft.day;
      openDlg('#ddc');
    });
    $('#pay-open').addEventListener('click', () => { $('#pay-box').hidden = false; $('#pay-box').innerHTML = '<iframe src="/embed/card" title="Card payment" style="width:100%;max-width:520px;height:520px;border:1px solid #ddd;border-radius:8px;margin-top:10px;background:#fff"></iframe>'; });
  }
  $('#ddc-ok').addEventListener('click', () => {
    dd = { amount: Number($('#ddc').dataset.amount), day: Number($('#ddc').dataset.day) };
    window.rec('submit', { form: 'dd', data: dd });
    $('#ddc').hidden = true;
    toast('Direct Debit updated');
    if (location.hash === '#/payments') payments();
  });

  function tariffs() {
    view.innerHTML = `<h1>Tariffs</h1><p class="muted">Prices include VAT. Unit rates are per kWh, standing charges per day.</p><div class="cards" id="tcards">${D.tariffs.map((t) => `<bw-tariff code="${t.code}"></bw-tariff>`).join('')}</div>`;
  }
  class BwTariff extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const t = D.tariffs.find((x) => x.code === this.getAttribute('code'));
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>
:host{display:block}.c{background:#fff;border-radius:12px;padding:16px;box-shadow:0 1px 3px rgba(40,20,90,.15);height:100%;box-sizing:border-box;display:flex;flex-direction:column;gap:6px}
.cur{background:#ffd23f;color:#3b1f8f;font-size:12px;font-weight:700;border-radius:10px;padding:2px 8px;align-self:flex-start}
h3{margin:0;color:#3b1f8f}dl{display:grid;grid-template-columns:1fr auto;gap:4px 10px;margin:6px 0}dt{color:#6b6680}dd{margin:0;font-weight:600}
button{font:inherit;border-radius:6px;padding:7px 12px;cursor:pointer}.sw{background:#3b1f8f;color:#fff;border:0}.more{background:#fff;border:1px solid #3b1f8f;color:#3b1f8f}
</style><div class="c">${t.current ? '<span class="cur">Your current tariff</span>' : ''}<h3>${t.name}</h3><div style="color:#6b6680;font-size:13px">${t.kind}</div>
<dl><dt>Electricity unit rate</dt><dd>${t.elec}</dd><dt>Electricity standing charge</dt><dd>${t.elecSc}</dd>${t.gas ? `<dt>Gas unit rate</dt><dd>${t.gas}</dd><dt>Gas standing charge</dt><dd>${t.gasSc}</dd>` : '<dt>Gas</dt><dd>Not available</dd>'}<dt>Exit fee</dt><dd>${t.exit}</dd></dl>
<button class="more" type="button">Tariff details</button>${t.current ? '' : `<button class="sw" type="button">Switch to ${t.name}</button>`}</div>`;
      root.querySelector('.more').addEventListener('click', () => window.open(`/tariff-info/${t.code}`, `tariff-${t.code}`, 'width=760,height=800'));
      const sw = root.querySelector('.sw');
      if (sw) sw.addEventListener('click', () => { $('#sw-text').textContent = `Switch to ${t.name}? Your current tariff has an exit fee of £75 per fuel, which we'll add to your final statement.`; $('#sw').dataset.code = t.code; openDlg('#sw'); });
    }
  }
  customElements.define('bw-tariff', BwTariff);
  $('#sw-ok').addEventListener('click', () => { window.rec('switch-tariff', { code: $('#sw').dataset.code }); $('#sw').hidden = true; toast('Switch requested. It will take effect within 5 working days.'); });

  function moving() {
    view.innerHTML = `<h1>Moving home</h1><div class="card"><form id="mv" novalidate>
<label class="f" for="mv-date">Date you're moving out</label><input type="date" id="mv-date" name="date" min="${D.today}">
<h2>Your new address</h2>
<label class="f" for="mv-l1">Address line 1</label><input type="text" id="mv-l1" name="line1">
<label class="f" for="mv-town">Town or city</label><input type="text" id="mv-town" name="town">
<label class="f" for="mv-pc">Postcode</label><input type="text" id="mv-pc" name="postcode">
<fieldset style="border:0;padding:0;margin-top:12px"><legend style="font-weight:600">Would you like Brightwatt to supply your new home?</legend>
<label><input type="radio" name="keep" value="yes"> Yes, move my account with me</label><br><label><input type="radio" name="keep" value="no"> No, close my account</label></fieldset>
<h2>Final meter readings (optional)</h2><p class="muted">You can also send these on moving day.</p>
<label class="f" for="mv-e">Electricity day</label><input type="text" id="mv-e" name="elecDay" inputmode="numeric"><label class="f" for="mv-n">Electricity night</label><input type="text" id="mv-n" name="elecNight" inputmode="numeric"><label class="f" for="mv-g">Gas</label><input type="text" id="mv-g" name="gas" inputmode="numeric">
<p class="err" id="mv-err" role="alert"></p><button class="btn btn-primary">Tell us you're moving</button></form><div id="mv-ok" hidden><h2>Thanks, we've got it</h2><p>We'll send your final bill within 6 weeks of your move.</p></div></div>`;
    $('#mv').addEventListener('submit', (e) => {
      e.preventDefault();
      const f = e.target;
      const v = (n) => f[n].value.trim();
      const keep = (f.querySelector('[name=keep]:checked') || {}).value;
      const err = !v('date') ? 'Enter your moving date.' : !v('line1') || !v('town') || !v('postcode') ? 'Enter your new address.' : !keep ? 'Tell us if you want us to supply your new home.' : '';
      $('#mv-err').textContent = err;
      if (err) return;
      window.rec('submit', { form: 'moving', data: { date: v('date'), line1: v('line1'), town: v('town'), postcode: v('postcode'), keep, elecDay: v('elecDay'), elecNight: v('elecNight'), gas: v('gas') } });
      f.hidden = true;
      $('#mv-ok').hidden = false;
    });
  }

  function settings() {
    const ROWS = [['paperless', 'Paperless billing', 'Get bills by email instead of post'], ['emailBills', 'Email me when a bill is ready', ''], ['smsReadings', 'Text me meter reading reminders', ''], ['marketing', 'Offers and news by email', 'From Brightwatt and our partners']];
    view.innerHTML = `<h1>Settings</h1><div class="card"><h2 style="margin-top:0">Communication preferences</h2>${ROWS.map(([k, l, h]) => `<div class="pref"><button type="button" class="switch" role="switch" aria-checked="${prefs[k]}" aria-labelledby="pl-${k}" data-k="${k}"></button><div><div id="pl-${k}">${l}</div>${h ? `<small class="muted">${h}</small>` : ''}</div></div>`).join('')}
<p class="muted">Changes are saved automatically.</p></div>`;
    view.querySelectorAll('.switch').forEach((s) => s.addEventListener('click', () => {
      const k = s.dataset.k;
      prefs[k] = !prefs[k];
      s.setAttribute('aria-checked', String(prefs[k]));
      window.rec('state', { name: 'prefs', ...prefs });
      toast('Preferences saved');
    }));
  }

  function help() {
    view.innerHTML = `<h1>Help</h1><div class="card"><h2 style="margin-top:0">Common questions</h2>
<details><summary>Why is my bill higher than usual?</summary><p>Winter months use more energy. If we estimated your reading, send us a real one.</p></details>
<details><summary>How do I read an Economy 7 meter?</summary><p>It has two registers: R01 (day) and R02 (night). Send both.</p></details>
<details><summary>What is the Priority Services Register?</summary><p>Free extra support if you are of pension age, disabled, or rely on medical equipment.</p></details></div>
<div class="card"><h2 style="margin-top:0">Request a call back</h2><iframe src="/embed/callback" title="Request a call back" style="width:100%;max-width:560px;height:470px;border:0;background:#fff"></iframe></div>`;
  }

  if (!location.hash) history.replaceState(null, '', '#/overview');
  render();
}

const shell = () => doc({
  title: 'Your account | Brightwatt',
  css: CSS,
  body: `<header class="top"><div class="logo">bright<span>watt</span></div><div class="acct">Jordan Ellis · Account BW-4471-0923 · <a href="#/settings" style="color:#fff">Settings</a></div></header>
<div class="layout"><nav class="side" aria-label="Account">${[['overview', 'Overview'], ['usage', 'Usage'], ['bills', 'Bills'], ['meter', 'Meter readings'], ['payments', 'Payments'], ['tariffs', 'Tariffs'], ['moving', 'Moving home'], ['settings', 'Settings'], ['help', 'Help']].map(([k, l]) => `<a href="#/${k}">${l}</a>`).join('')}</nav>
<main id="view"></main></div>
<div class="overlay" id="psr" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="psr-t"><button class="icon-btn x" data-close aria-label="Close">✕</button>
<h2 id="psr-t">Priority Services Register</h2><form id="psr-form" novalidate><p>Tick everything that applies to your household.</p>
${[['pension-age', 'Someone is of State Pension age'], ['disability', 'Someone has a disability or long-term condition'], ['medical-equipment', 'Someone relies on medical equipment that needs power'], ['young-children', 'There are children under 5'], ['hearing-sight', 'Someone has hearing or sight difficulties'], ['recovering', 'Someone is recovering from an illness or injury (temporary)']].map(([v, l]) => `<label style="display:block;margin:4px 0"><input type="checkbox" name="needs" value="${v}"> ${l}</label>`).join('')}
<label class="f" for="psr-pw">Password for callers (so you know it's really us)</label><input type="text" id="psr-pw" name="password">
<p class="err" id="psr-err" role="alert"></p><button type="button" class="btn" data-close>Cancel</button> <button class="btn btn-primary">Join the register</button></form></div></div>
<div class="overlay" id="query" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="q-t"><button class="icon-btn x" data-close aria-label="Close">✕</button>
<h2 id="q-t">Query a bill</h2><p class="muted" id="q-bill"></p><form id="q-form" novalidate>
<label class="f" for="q-reason">What's the problem?</label><select id="q-reason" name="reason"><option value="">Choose</option><option value="estimated">The bill used an estimated reading</option><option value="wrong-tariff">I'm on the wrong tariff</option><option value="payment-missing">A payment isn't showing</option><option value="too-high">It's much higher than usual</option><option value="other">Something else</option></select>
<label class="f" for="q-msg">Tell us more</label><textarea id="q-msg" name="message" rows="3"></textarea>
<label class="f" for="q-read">Your actual reading, if you have one</label><input type="text" id="q-read" name="reading">
<p class="err" id="q-err" role="alert"></p><button type="button" class="btn" data-close>Cancel</button> <button class="btn btn-primary">Send query</button></form></div></div>
<div class="overlay" id="ddc" hidden><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="ddc-t" aria-describedby="ddc-text"><h2 id="ddc-t">Confirm your new Direct Debit</h2><p id="ddc-text"></p>
<button class="btn" data-close>Go back</button> <button class="btn btn-primary" id="ddc-ok">Confirm</button></div></div>
<div class="overlay" id="sw" hidden><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="sw-t" aria-describedby="sw-text"><h2 id="sw-t">Switch tariff</h2><p id="sw-text"></p>
<button class="btn" data-close>Cancel</button> <button class="btn btn-primary" id="sw-ok">Confirm switch</button></div></div>
<div class="toast" id="toast" role="status" hidden></div>`,
  script: client(energyApp, { bills: BILLS, usage: USAGE, tariffs: TARIFFS, payments: PAYMENTS, notes: NOTES, today: TODAY }),
});

function billPage(id) {
  const b = BILLS.find((x) => x[0] === id);
  if (!b) return undefined;
  const [, issued, period, total, status, elec, gas] = b;
  const newRates = id === 'B-2604';
  const days = Number((/– (\d+)/.exec(period) || [0, 30])[1]);
  const eSc = newRates ? 53.35 : 51.37;
  const gSc = newRates ? 31.65 : 30.12;
  return doc({
    title: `Bill ${id} | Brightwatt`,
    css: 'body{background:#fff;max-width:760px;margin:0 auto;padding:28px} table{width:100%;border-collapse:collapse;margin-bottom:16px} td,th{padding:6px 8px;border-bottom:1px solid #eee;text-align:left} td.n{text-align:right}',
    body: `<div style="display:flex;justify-content:space-between"><strong style="color:#3b1f8f;font-size:22px">brightwatt</strong><span>Bill ${id}<br>Issued ${issued}</span></div>
<h1>Your energy bill</h1><p>Jordan Ellis, Flat 3, 18 Linden Road, Marlow Vale MV2 4RS · Account BW-4471-0923</p><p>Billing period: <strong>${period}</strong> · Status: ${status}</p>
<h2>Electricity (Economy 7)</h2><table><tr><td>Energy used</td><td class="n">${newRates ? '24.50p' : '24.50p'} per kWh day / 15.20p per kWh night</td></tr><tr><td>Standing charge</td><td class="n">${days} days at ${eSc.toFixed(2)}p per day = £${((days * eSc) / 100).toFixed(2)}</td></tr><tr><th>Electricity total</th><td class="n"><strong>£${elec.toFixed(2)}</strong></td></tr></table>
<h2>Gas</h2><table><tr><td>Energy used</td><td class="n">6.10p per kWh</td></tr><tr><td>Standing charge</td><td class="n">${days} days at ${gSc.toFixed(2)}p per day = £${((days * gSc) / 100).toFixed(2)}</td></tr><tr><th>Gas total</th><td class="n"><strong>£${gas.toFixed(2)}</strong></td></tr></table>
<p>All charges include VAT at 5%.</p><h2>Total for this period: £${total.toFixed(2)}</h2>`,
  });
}

const TARIFF_INFO = {
  FIX24: 'Prices are fixed until 31 October 2026. If you leave before then, an exit fee of £75 per fuel applies.',
  FLEX: 'Prices follow the Ofgem price cap and can go up or down every three months. No exit fees, so you can leave at any time.',
  GREEN: 'Unit rates are set each month from wholesale prices, with a maximum of 30p per kWh. Exit fee £50 per fuel.',
  EV: 'Off-peak (night) rate: 8.50p per kWh from 00:30 to 05:30 every day. Peak rate: 29.40p per kWh at all other times. Needs a smart meter. Exit fee £30.',
};

function tariffInfo(code) {
  const t = TARIFFS.find((x) => x.code === code);
  if (!t) return undefined;
  return doc({
    title: `${t.name}: tariff information | Brightwatt`,
    css: 'body{background:#fff;max-width:760px;margin:0 auto;padding:28px}',
    body: `<h1>${esc(t.name)}</h1><h2>Tariff information label</h2><p>${esc(TARIFF_INFO[code])}</p>
<table><tr><th>Electricity unit rate</th><td>${t.elec}</td></tr><tr><th>Electricity standing charge</th><td>${t.elecSc} per day</td></tr>${t.gas ? `<tr><th>Gas unit rate</th><td>${t.gas}</td></tr><tr><th>Gas standing charge</th><td>${t.gasSc} per day</td></tr>` : ''}<tr><th>Exit fee</th><td>${t.exit}</td></tr></table>
<p style="color:#777">Questions? Our team is available 08:00 to 20:00, Monday to Saturday.</p>`,
  });
}

const cardEmbed = () => doc({
  title: 'Secure card payment',
  css: 'body{background:#fff;padding:18px} label.f{display:block;margin:10px 0 4px;font-weight:600;font-size:13px} input{font:inherit;padding:8px;border:1px solid #bbb;border-radius:6px;width:100%;max-width:360px} .row{display:flex;gap:12px} .row input{max-width:160px} .err{color:#b42318}',
  body: `<p style="font-size:12px;color:#777">🔒 PayFort secure payments</p>
<form method="post" action="/submit/payment" id="pf" novalidate>
<label class="f" for="amt">Amount (£)</label><input type="text" id="amt" name="amount" inputmode="decimal">
<label class="f" for="cn">Card number</label><input type="text" id="cn" name="card" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234">
<div class="row"><div><label class="f" for="ex">Expiry (MM/YY)</label><input type="text" id="ex" name="exp" autocomplete="cc-exp" placeholder="MM/YY"></div><div><label class="f" for="cvc">Security code</label><input type="text" id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc"></div></div>
<label class="f" for="nm">Name on card</label><input type="text" id="nm" name="name" autocomplete="cc-name">
<label class="f" for="pc">Billing postcode</label><input type="text" id="pc" name="postcode" autocomplete="postal-code">
<p class="err" id="err" role="alert"></p><button class="btn btn-primary" style="background:#3b1f8f;border-color:#3b1f8f">Pay now</button></form>`,
  script: `document.getElementById('pf').addEventListener('submit',function(e){
var f=e.target,err='';
if(!/^\\d+(\\.\\d{1,2})?$/.test(f.amount.value.replace(/^£/,'').trim())||Number(f.amount.value.replace(/^£/,''))<1) err='Enter an amount of at least £1.';
else if(f.card.value.replace(/\\s/g,'').length<15) err='Check your card number.';
else if(!/^\\d{2}\\/\\d{2}$/.test(f.exp.value.trim())) err='Enter the expiry date as MM/YY.';
else if(!/^\\d{3,4}$/.test(f.cvc.value.trim())) err='Enter the 3-digit security code.';
else if(!f.name.value.trim()) err='Enter the name on the card.';
document.getElementById('err').textContent=err; if(err) e.preventDefault();
});`,
});

const callbackEmbed = () => doc({
  title: 'Request a call back',
  css: 'body{background:#fff;padding:6px} label.f{display:block;margin:10px 0 4px;font-weight:600} input,select,textarea{font:inherit;padding:7px;border:1px solid #bbb;border-radius:6px;width:100%;max-width:380px}',
  body: `<form method="post" action="/submit/callback">
<label class="f" for="ph">Phone number</label><input type="tel" id="ph" name="phone" required>
<label class="f" for="tp">What's it about?</label><select id="tp" name="topic" required><option value="">Choose a topic</option><option value="billing">Billing and payments</option><option value="readings">Meter readings</option><option value="smart-meters">Smart meters</option><option value="moving">Moving home</option><option value="other">Something else</option></select>
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">Best time to call</legend>
<label><input type="radio" name="time" value="morning" checked> Morning (8am–12pm)</label><br><label><input type="radio" name="time" value="afternoon"> Afternoon (12pm–5pm)</label><br><label><input type="radio" name="time" value="evening"> Evening (5pm–8pm)</label></fieldset>
<label class="f" for="nt">Anything we should know? (optional)</label><textarea id="nt" name="notes" rows="2"></textarea>
<p><button class="btn btn-primary" style="background:#3b1f8f;border-color:#3b1f8f">Request call back</button></p></form>`,
});

export default {
  name: 'energy',
  title: 'Brightwatt Energy',
  pages: { '/': shell, '/embed/card': cardEmbed, '/embed/callback': callbackEmbed },
  fallback(p) {
    let m = /^\/bill\/([\w-]+)$/.exec(p);
    if (m) return billPage(m[1]);
    m = /^\/tariff-info\/(\w+)$/.exec(p);
    if (m) return tariffInfo(m[1]);
    return undefined;
  },
  thanks(form, data) {
    if (form === 'payment') return `<h2>Payment received</h2><p>Thank you. £${esc(String(data.amount || '').replace(/^£/, ''))} has been paid towards your account.</p>`;
    if (form === 'callback') return '<h2>Thanks, we will call you back</h2><p>Usually within one working day.</p>';
    return '<h1>Thank you</h1>';
  },
};

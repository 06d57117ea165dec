// Wellford Pharmacy: a pharmacy's patient account. Dashboard (next delivery, items to
// collect); prescriptions table keyed by Rx number with row checkboxes, hover-only
// icon actions and a "⋯" menu (request repeat, hide with a confirm alertdialog,
// report a side effect dialog); the repeat request dialog with an ARIA combobox of
// branches and a two-week calendar; a booking page for pharmacy services (radio
// cards, listbox button, week strip, time chips, split date of birth); family cards
// with "⋯" menus; add-a-dependant and transfer forms (native posts with validation);
// a medicine guide of nested <details> with medicine pages in ARIA tabs and patient
// leaflets opening in a new tab; a dose-reminder web component with an open shadow
// root; an online consultation (three steps) and a nomination form, each in a
// same-origin iframe; branch opening hours.
import { doc, esc } from '../../eval/sites/common.mjs';
import { client } from './_util.mjs';

const TODAY = '2026-05-13';

export const BRANCHES = [
  ['chesterton', 'Chesterton – High Street', '41 High Street, Chesterton CH4 1AB', '08:30–18:30', '09:00–17:00', 'Closed', '01632 960100'],
  ['cheswick', 'Cheswick – Market Square', '2 Market Square, Cheswick CW2 8DD', '09:00–18:00', '09:00–13:00', 'Closed', '01632 960211'],
  ['harrowgate', 'Harrowgate – Retail Park', 'Unit 7, Harrowgate Retail Park HG3 5TY', '08:00–22:00', '08:00–22:00', '10:00–16:00', '01632 960377'],
  ['linfield', 'Linfield – Station Road', '15 Station Road, Linfield LN6 2PQ', '09:00–17:30', '09:00–12:30', 'Closed', '01632 960452'],
];

export const RX = [
  ['RX-50213', 'Atorvastatin', '20 mg tablets', '28 tablets', 4, '23 Apr 2026', 'Out for delivery'],
  ['RX-50388', 'Salbutamol inhaler', '100 micrograms per dose', '1 inhaler', 2, '23 Apr 2026', 'Out for delivery'],
  ['RX-50412', 'Omeprazole', '20 mg capsules', '28 capsules', 5, '6 May 2026', 'Ready to collect'],
  ['RX-50477', 'Sertraline', '50 mg tablets', '28 tablets', 3, '15 Apr 2026', 'Available to request'],
  ['RX-50501', 'Levothyroxine', '75 micrograms tablets', '56 tablets', 6, '2 Apr 2026', 'Available to request'],
  ['RX-50529', 'Beclometasone inhaler (preventer)', '100 micrograms per dose', '1 inhaler', 0, '20 Mar 2026', 'GP review needed'],
  ['RX-50560', 'Cetirizine', '10 mg tablets', '30 tablets', 1, '28 Apr 2026', 'Available to request'],
];

const NAV = [['/', 'Home'], ['/prescriptions', 'Prescriptions'], ['/book', 'Book a service'], ['/family', 'Family'], ['/guide', 'Medicine guide'],
  ['/reminders', 'Reminders'], ['/online-doctor', 'Online doctor'], ['/branches', 'Branches']];

const CSS = `
[hidden]{display:none!important}
.bar{background:#0b6e69;color:#fff;padding:10px 24px;display:flex;align-items:center;gap:22px}
.bar .logo{font-weight:800;font-size:19px;color:#fff;text-decoration:none}.bar .who{margin-left:auto;font-size:13px}
.sub{background:#e6f2f1;padding:0 24px;display:flex;gap:4px;flex-wrap:wrap}
.sub a{padding:10px 12px;color:#0b4f4b;text-decoration:none}.sub a[aria-current]{background:#fff;font-weight:700;border-radius:6px 6px 0 0}
main{max-width:1060px;margin:0 auto;padding:20px 24px 40px}
.card{background:#fff;border:1px solid #dbe3e2;border-radius:10px;padding:16px;margin-bottom:14px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:14px}
.muted{color:#667}
label.f{display:block;margin:12px 0 3px;font-weight:600}
input[type=text],input[type=email],input[type=tel],input[type=date],input[type=number],select,textarea{font:inherit;padding:7px 9px;border:1px solid #b9c4c3;border-radius:6px;min-width:240px}
.err{color:#b42318;font-size:13px}
.btn-primary{background:#0b6e69;border-color:#0b6e69}
table.rx{width:100%;border-collapse:collapse;background:#fff}table.rx th,table.rx td{padding:9px 8px;border-bottom:1px solid #e3e8e8;text-align:left;vertical-align:middle}
table.rx .acts{visibility:hidden;white-space:nowrap;position:relative}table.rx tr:hover .acts,table.rx tr:focus-within .acts{visibility:visible}
.menu{position:absolute;right:0;top:100%;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 6px 20px rgba(0,0,0,.15);z-index:20;min-width:200px;padding:4px 0;list-style:none;margin:0}
.menu [role=menuitem]{display:block;width:100%;text-align:left;border:0;background:none;padding:7px 12px;font:inherit;cursor:pointer}
.menu [role=menuitem]:hover,.menu [role=menuitem]:focus{background:#e6f2f1}.menu [role=menuitem][aria-disabled=true]{color:#aaa}
.pill{font-size:12px;border-radius:10px;padding:2px 8px;background:#eef;white-space:nowrap}
`;

function page({ title, active = '', body, script = '', css = '', as = '' }) {
  return doc({
    title: `${title} – Wellford Pharmacy`,
    css: CSS + css,
    body: `<header class="bar"><a class="logo" href="/">✚ Wellford Pharmacy</a><span class="who">${as ? `Managing <strong>${esc(as)}</strong> · <a href="/" style="color:#fff">Back to your account</a>` : 'Signed in as <strong>Sam Okafor</strong>'} · <a href="#" style="color:#fff">Sign out</a></span></header>
<nav class="sub" aria-label="Account">${NAV.map(([h, l]) => `<a href="${h}"${h === active ? ' aria-current="page"' : ''}>${l}</a>`).join('')}</nav>
<main>${body}</main>`,
    script,
  });
}

// ---------------------------------------------------------------- dashboard, branches

const dashboard = (u) => {
  const as = u.searchParams.get('as');
  if (as === 'grace') {
    return page({ title: 'Home', active: '/', as: 'Grace Okafor', body: `<h1>Grace Okafor's account</h1><div class="card"><h2>Prescriptions</h2><p>Amlodipine 5 mg tablets – ready to request. Ramipril 2.5 mg capsules – requested 11 May.</p></div>` });
  }
  return page({
    title: 'Home',
    active: '/',
    body: `<h1>Hello, Sam</h1>
<div class="cards">
<section class="card"><h2>Next delivery</h2><p><strong>Thursday 21 May 2026</strong>, between 10:00 and 14:00</p><p class="muted">Atorvastatin 20 mg, Salbutamol inhaler. Someone will need to sign for it.</p><a href="/prescriptions">Track items</a></section>
<section class="card"><h2>Ready to collect</h2><p>Omeprazole 20 mg capsules</p><p class="muted">At Cheswick – Market Square. Please collect by Wednesday 20 May.</p></section>
<section class="card"><h2>Your nominated pharmacy</h2><p>Chesterton – High Street</p><p class="muted">Your GP sends prescriptions here electronically. <a href="/nominate">Change</a></p></section>
<section class="card"><h2>Messages</h2><p>1 new message from your pharmacist about your inhaler review.</p></section>
</div>
<p><a href="/transfer">Transfer your prescriptions to Wellford</a> · <a href="/family/add">Add someone to your family</a></p>`,
  });
};

const branches = () => page({
  title: 'Branches and opening hours',
  active: '/branches',
  body: `<h1>Our branches</h1>
<table class="rx"><thead><tr><th>Branch</th><th>Address</th><th>Mon–Fri</th><th>Saturday</th><th>Sunday</th><th>Phone</th></tr></thead><tbody>
${BRANCHES.map(([id, n, a, wk, sat, sun, ph]) => `<tr data-branch="${id}"><td><strong>${n}</strong></td><td>${a}</td><td>${wk}</td><td>${sat}</td><td>${sun}</td><td>${ph}</td></tr>`).join('')}
</tbody></table><p class="muted">Bank holiday hours may differ.</p>`,
});

// ---------------------------------------------------------------- prescriptions

function rxClient(D) {
  const $ = (s, r = document) => r.querySelector(s);
  const BY = Object.fromEntries(D.rx.map((r) => [r[0], r]));
  const toast = (m) => { const t = $('#toast'); t.textContent = m; t.hidden = false; clearTimeout(t._h); t._h = setTimeout(() => { t.hidden = true; }, 4000); };
  const selected = () => [...document.querySelectorAll('tbody input.pick:checked')].map((x) => x.value);
  const updateBtn = () => { const n = selected().length; $('#req-sel').disabled = !n; $('#req-sel').textContent = `Request selected (${n})`; };
  document.querySelector('tbody').addEventListener('change', updateBtn);
  let menuFor = null;
  const closeMenus = () => { document.querySelectorAll('.menu').forEach((m) => m.remove()); document.querySelectorAll('[aria-haspopup=menu]').forEach((b) => b.setAttribute('aria-expanded', 'false')); };
  document.addEventListener('click', (e) => {
    const more = e.target.closest('button.more');
    const info = e.target.closest('button.info');
    const item = e.target.closest('[role=menuitem]');
    if (item) {
      const act = item.dataset.act;
      const rx = menuFor;
      closeMenus();
      if (item.getAttribute('aria-disabled') === 'true') return;
      if (act === 'request') openRequest([rx]);
      if (act === 'hide') openHide(rx);
      if (act === 'side') openSide(rx);
      return;
    }
    if (more) {
      const open = more.getAttribute('aria-expanded') === 'true';
      closeMenus();
      if (open) return;
      menuFor = more.closest('tr').dataset.rx;
      const can = BY[menuFor][6] === 'Available to request';
      more.setAttribute('aria-expanded', 'true');
      more.insertAdjacentHTML('afterend', `<ul class="menu" role="menu"><li role="none"><button role="menuitem" data-act="request"${can ? '' : ' aria-disabled="true"'}>Request repeat</button></li><li role="none"><button role="menuitem" data-act="hide">Hide from list</button></li><li role="none"><button role="menuitem" data-act="side">Report a side effect</button></li></ul>`);
      more.nextElementSibling.querySelector('[role=menuitem]').focus();
      return;
    }
    if (info) {
      const tr = info.closest('tr');
      const next = tr.nextElementSibling;
      if (next && next.classList.contains('more-row')) { next.remove(); info.setAttribute('aria-expanded', 'false'); return; }
      const r = BY[tr.dataset.rx];
      tr.insertAdjacentHTML('afterend', `<tr class="more-row"><td></td><td colspan="7" class="muted">Prescribed by Dr A. Mensah, Chesterton Medical Practice. Directions: ${r[1].includes('inhaler') ? 'Use as directed' : 'Take ONE each day'}. Quantity per issue: ${r[3]}.</td></tr>`);
      info.setAttribute('aria-expanded', 'true');
      return;
    }
    if (!e.target.closest('.menu')) closeMenus();
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { closeMenus(); document.querySelectorAll('.overlay').forEach((o) => { o.hidden = true; }); } });

  // request dialog
  const req = { rx: [], branch: '', date: '' };
  const addDays = (s, n) => new Date(Date.parse(`${s}T12:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const long = (s) => { const d = new Date(`${s}T12:00:00Z`); return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };
  function drawDays() {
    const start = addDays(D.today, 2);
    let h = '';
    for (let i = 0; i < 14; i++) {
      const s = addDays(start, i);
      const wd = new Date(`${s}T12:00:00Z`).getUTCDay();
      const off = wd === 0 && req.branch !== 'harrowgate';
      h += `<button type="button" class="dd${s === req.date ? ' sel' : ''}" data-d="${s}" aria-label="${long(s)}" aria-pressed="${s === req.date}"${off ? ' disabled' : ''}><small>${DAYS[wd].slice(0, 3)}</small><br>${new Date(`${s}T12:00:00Z`).getUTCDate()} ${MON[new Date(`${s}T12:00:00Z`).getUTCMonth()].slice(0, 3)}</button>`;
    }
    $('#days').innerHTML = h;
  }
  function openRequest(list) {
    req.rx = list;
    req.branch = '';
    req.date = '';
    $('#req-items').innerHTML = list.map((id) => `<li>${BY[id][1]} ${BY[id][2]}</li>`).join('');
    $('#req-form').reset();
    $('#collect-box').hidden = true;
    $('#branch').value = '';
    $('#req-err').textContent = '';
    drawDays();
    $('#req-dlg').hidden = false;
    $('#req-form input[name=method]').focus();
  }
  $('#req-sel').addEventListener('click', () => openRequest(selected()));
  $('#req-form').addEventListener('change', (e) => { if (e.target.name === 'method') $('#collect-box').hidden = e.target.value !== 'collect'; });
  $('#days').addEventListener('click', (e) => { const b = e.target.closest('button.dd'); if (!b || b.disabled) return; req.date = b.dataset.d; drawDays(); });
  // branch combobox
  const cb = $('#branch');
  const lb = $('#branch-list');
  let active = -1;
  function suggest() {
    const q = cb.value.trim().toLowerCase();
    const hits = D.branches.filter((b) => !q || b[1].toLowerCase().includes(q) || b[2].toLowerCase().includes(q));
    lb.innerHTML = hits.map((b, i) => `<li role="option" id="bo-${b[0]}" data-id="${b[0]}" aria-selected="false">${b[1]}<br><small class="muted">${b[2]}</small></li>`).join('') || '<li class="muted" style="padding:6px 10px">No branches found</li>';
    lb.hidden = false;
    cb.setAttribute('aria-expanded', 'true');
    active = -1;
  }
  const closeLb = () => { lb.hidden = true; cb.setAttribute('aria-expanded', 'false'); cb.removeAttribute('aria-activedescendant'); };
  const choose = (li) => {
    const b = D.branches.find((x) => x[0] === li.dataset.id);
    req.branch = b[0];
    cb.value = b[1];
    closeLb();
    drawDays();
  };
  cb.addEventListener('input', () => { req.branch = ''; suggest(); });
  cb.addEventListener('focus', suggest);
  cb.addEventListener('keydown', (e) => {
    const opts = [...lb.querySelectorAll('[role=option]')];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (lb.hidden) suggest();
      active = Math.max(0, Math.min(opts.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
      opts.forEach((o, i) => { o.classList.toggle('active', i === active); o.setAttribute('aria-selected', String(i === active)); });
      if (opts[active]) cb.setAttribute('aria-activedescendant', opts[active].id);
    } else if (e.key === 'Enter') { if (opts[active]) { e.preventDefault(); choose(opts[active]); } }
    else if (e.key === 'Escape') closeLb();
  });
  lb.addEventListener('mousedown', (e) => e.preventDefault());
  lb.addEventListener('click', (e) => { const li = e.target.closest('[role=option]'); if (li) choose(li); });
  cb.addEventListener('blur', () => setTimeout(closeLb, 150));
  $('#req-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    const method = (f.querySelector('[name=method]:checked') || {}).value;
    let err = '';
    if (!method) err = 'Choose delivery or collection.';
    else if (method === 'collect' && !req.branch) err = 'Choose a branch from the list.';
    else if (method === 'collect' && !req.date) err = 'Choose a collection date.';
    $('#req-err').textContent = err;
    if (err) return;
    window.rec('submit', { form: 'repeat', data: { rx: req.rx, method, branch: method === 'collect' ? req.branch : '', date: method === 'collect' ? req.date : '', notes: f.notes.value.trim() } });
    $('#req-dlg').hidden = true;
    for (const id of req.rx) { const td = document.querySelector(`tr[data-rx="${id}"] .status`); if (td) td.textContent = 'Requested'; const box = document.querySelector(`tr[data-rx="${id}"] input.pick`); if (box) { box.checked = false; box.disabled = true; } }
    updateBtn();
    toast(`Request sent for ${req.rx.length} item${req.rx.length > 1 ? 's' : ''}. We'll text you when ${method === 'collect' ? 'they are ready' : 'they are on their way'}.`);
  });
  document.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => { b.closest('.overlay').hidden = true; }));

  // hide
  let hideRx = null;
  function openHide(rx) { hideRx = rx; $('#hide-name').textContent = BY[rx][1]; $('#hide-dlg').hidden = false; $('#hide-ok').focus(); }
  $('#hide-ok').addEventListener('click', () => {
    window.rec('hide', { rx: hideRx });
    $('#hide-dlg').hidden = true;
    document.querySelector(`tr[data-rx="${hideRx}"]`).remove();
    toast(`${BY[hideRx][1]} hidden. Show hidden items from Settings.`);
  });
  // side effect
  let sideRx = null;
  function openSide(rx) { sideRx = rx; $('#side-name').textContent = `${BY[rx][1]} ${BY[rx][2]}`; $('#side-form').reset(); $('#side-err').textContent = ''; $('#side-dlg').hidden = false; $('#symptom').focus(); }
  $('#side-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    const severity = (f.querySelector('[name=severity]:checked') || {}).value || '';
    if (!f.symptom.value.trim() || !severity) { $('#side-err').textContent = 'Describe the side effect and choose how bad it is.'; return; }
    window.rec('submit', { form: 'side-effect', data: { rx: sideRx, symptom: f.symptom.value.trim(), severity, started: f.started.value, still: (f.querySelector('[name=still]:checked') || {}).value || '' } });
    $('#side-dlg').hidden = true;
    toast('Thank you. A pharmacist will review your report and may call you.');
  });
}

const prescriptions = () => page({
  title: 'Your prescriptions',
  active: '/prescriptions',
  body: `<h1>Your prescriptions</h1>
<p class="muted">Tick the items you need and choose “Request selected”. Items needing a GP review can't be requested online.</p>
<p><button class="btn btn-primary" id="req-sel" disabled>Request selected (0)</button></p>
<table class="rx"><thead><tr><th><span class="hidden">Select</span></th><th>Medicine</th><th>Strength</th><th>Quantity</th><th>Repeats left</th><th>Last issued</th><th>Status</th><th><span class="hidden">Actions</span></th></tr></thead><tbody>
${RX.map(([id, med, str, qty, rep, last, status]) => `<tr data-rx="${id}"><td><input type="checkbox" class="pick" value="${id}" aria-label="Select ${esc(med)}"${status === 'Available to request' ? '' : ' disabled'}></td>
<td><strong>${esc(med)}</strong><br><small class="muted">${id}</small></td><td>${str}</td><td>${qty}</td><td>${rep}</td><td>${last}</td><td><span class="pill status">${status}</span></td>
<td class="acts"><button class="icon-btn info" aria-label="Details" aria-expanded="false" title="Details">ⓘ</button><button class="icon-btn more" aria-label="More actions for ${esc(med)}" aria-haspopup="menu" aria-expanded="false">⋯</button></td></tr>`).join('')}
</tbody></table>

<div class="overlay" id="req-dlg" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="req-t" style="max-width:600px">
<button class="icon-btn x" data-close aria-label="Close">✕</button><h2 id="req-t">Request repeat prescriptions</h2><ul id="req-items"></ul>
<form id="req-form" novalidate><fieldset style="border:0;padding:0"><legend><strong>How would you like to get them?</strong></legend>
<label style="display:block"><input type="radio" name="method" value="delivery"> Free home delivery (2–3 working days after your GP approves)</label>
<label style="display:block"><input type="radio" name="method" value="collect"> Collect from a branch</label></fieldset>
<div id="collect-box" hidden>
<label class="f" for="branch">Branch</label><div style="position:relative"><input type="text" id="branch" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="branch-list" autocomplete="off" placeholder="Start typing a town or street">
<ul id="branch-list" role="listbox" aria-label="Branches" hidden style="position:absolute;z-index:5;background:#fff;border:1px solid #aaa;list-style:none;margin:0;padding:0;width:320px;box-shadow:0 6px 18px rgba(0,0,0,.15)"></ul></div>
<p class="f">Collection date</p><div id="days" class="days" role="group" aria-label="Collection date"></div></div>
<label class="f" for="notes">Notes for the pharmacist (optional)</label><textarea id="notes" name="notes" rows="2"></textarea>
<p class="err" id="req-err" role="alert"></p>
<button type="button" class="btn" data-close>Cancel</button> <button class="btn btn-primary">Send request</button></form></div></div>

<div class="overlay" id="hide-dlg" hidden><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="hide-t" aria-describedby="hide-d">
<h2 id="hide-t">Hide <span id="hide-name"></span>?</h2><p id="hide-d">It will no longer appear in your list. You can show hidden items again from Settings.</p>
<button class="btn" data-close>Cancel</button> <button class="btn btn-primary" id="hide-ok">Hide</button></div></div>

<div class="overlay" id="side-dlg" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="side-t"><button class="icon-btn x" data-close aria-label="Close">✕</button>
<h2 id="side-t">Report a side effect</h2><p class="muted" id="side-name"></p><form id="side-form" novalidate>
<label class="f" for="symptom">What happened?</label><textarea id="symptom" name="symptom" rows="3"></textarea>
<fieldset style="border:0;padding:0"><legend class="f">How bad is it?</legend><label><input type="radio" name="severity" value="mild"> Mild</label> <label><input type="radio" name="severity" value="moderate"> Moderate</label> <label><input type="radio" name="severity" value="severe"> Severe</label></fieldset>
<label class="f" for="started">When did it start?</label><input type="date" id="started" name="started" max="${TODAY}">
<fieldset style="border:0;padding:0"><legend class="f">Are you still taking it?</legend><label><input type="radio" name="still" value="yes"> Yes</label> <label><input type="radio" name="still" value="no"> No</label></fieldset>
<p class="err" id="side-err" role="alert"></p><button type="button" class="btn" data-close>Cancel</button> <button class="btn btn-primary">Send report</button></form></div></div>
<div class="toast" id="toast" role="status" hidden></div>`,
  css: `.days{display:grid;grid-template-columns:repeat(7,1fr);gap:4px}.dd{font:inherit;border:1px solid #b9c4c3;background:#fff;border-radius:6px;padding:4px;cursor:pointer}
.dd:disabled{color:#bbb;background:#f5f5f5}.dd.sel{background:#0b6e69;color:#fff}#branch-list li{padding:6px 10px;cursor:pointer}#branch-list li.active,#branch-list li:hover{background:#e6f2f1}`,
  script: client(rxClient, { rx: RX, branches: BRANCHES, today: TODAY }),
});

// ---------------------------------------------------------------- book a service

const TAKEN = { '2026-05-24': ['10:00', '10:20', '11:00', '11:40'], '2026-05-19': ['09:00', '09:20'], '2026-05-20': ['14:00'] };

function bookClient(D) {
  const $ = (s) => document.querySelector(s);
  const st = { branch: '', date: '', time: '', week: 0 };
  const addDays = (s, n) => new Date(Date.parse(`${s}T12:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const d8 = (s) => new Date(`${s}T12:00:00Z`);
  // branch listbox button
  const btn = $('#br-btn');
  const lb = $('#br-list');
  const open = (on) => { lb.hidden = !on; btn.setAttribute('aria-expanded', String(on)); if (on) { lb.focus(); mark(lb.querySelector('[aria-selected=true]') || lb.firstElementChild); } };
  const mark = (li) => { lb.querySelectorAll('.active').forEach((x) => x.classList.remove('active')); if (li) { li.classList.add('active'); lb.setAttribute('aria-activedescendant', li.id); } };
  const choose = (li) => {
    st.branch = li.dataset.id;
    lb.querySelectorAll('li').forEach((x) => x.setAttribute('aria-selected', String(x === li)));
    btn.firstChild.textContent = li.dataset.name + ' ';
    open(false);
    btn.focus();
    st.date = '';
    st.time = '';
    week();
  };
  btn.addEventListener('click', () => open(lb.hidden));
  lb.addEventListener('click', (e) => { const li = e.target.closest('li'); if (li) choose(li); });
  lb.addEventListener('keydown', (e) => {
    const all = [...lb.querySelectorAll('li')];
    const i = all.indexOf(lb.querySelector('.active'));
    if (e.key === 'ArrowDown') { e.preventDefault(); mark(all[Math.min(all.length - 1, i + 1)]); }
    if (e.key === 'ArrowUp') { e.preventDefault(); mark(all[Math.max(0, i - 1)]); }
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(all[i]); }
    if (e.key === 'Escape') { open(false); btn.focus(); }
  });
  document.addEventListener('click', (e) => { if (!e.target.closest('.brpick')) open(false); });
  // week strip
  function week() {
    const first = addDays(D.today, 1 + st.week * 7);
    let h = '';
    for (let i = 0; i < 7; i++) {
      const s = addDays(first, i);
      const wd = d8(s).getUTCDay();
      const off = !st.branch || (wd === 0 && st.branch !== 'harrowgate');
      h += `<button type="button" class="wd${s === st.date ? ' sel' : ''}" data-d="${s}" aria-label="${DAYS[wd]} ${d8(s).getUTCDate()} ${MON[d8(s).getUTCMonth()]}" aria-pressed="${s === st.date}"${off ? ' disabled' : ''}>${DAYS[wd].slice(0, 3)}<br><strong>${d8(s).getUTCDate()}</strong></button>`;
    }
    $('#week').innerHTML = h;
    $('#wk-label').textContent = `${d8(first).getUTCDate()} ${MON[d8(first).getUTCMonth()]} – ${d8(addDays(first, 6)).getUTCDate()} ${MON[d8(addDays(first, 6)).getUTCMonth()]}`;
    $('#wk-prev').disabled = st.week === 0;
    $('#wk-next').disabled = st.week >= 3;
    times();
  }
  function times() {
    if (!st.date) { $('#times').innerHTML = `<p class="muted">${st.branch ? 'Choose a day to see times.' : 'Choose a branch first.'}</p>`; return; }
    const sunday = d8(st.date).getUTCDay() === 0;
    const slots = [];
    for (let m = sunday ? 600 : 540; m < (sunday ? 960 : 1020); m += 20) slots.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    const taken = D.taken[st.date] || [];
    $('#times').innerHTML = slots.map((t) => `<button type="button" class="tm${t === st.time ? ' sel' : ''}" data-t="${t}" aria-pressed="${t === st.time}"${taken.includes(t) ? ' disabled aria-label="' + t + ' unavailable"' : ''}>${t}</button>`).join('');
  }
  $('#week').addEventListener('click', (e) => { const b = e.target.closest('button'); if (!b || b.disabled) return; st.date = b.dataset.d; st.time = ''; week(); });
  $('#times').addEventListener('click', (e) => { const b = e.target.closest('button'); if (!b || b.disabled) return; st.time = b.dataset.t; times(); });
  $('#wk-prev').addEventListener('click', () => { st.week--; week(); });
  $('#wk-next').addEventListener('click', () => { st.week++; week(); });
  week();
  $('#book').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    const service = (f.querySelector('[name=service]:checked') || {}).value;
    const day = f.dob_day.value.trim();
    const mon = f.dob_month.value;
    const yr = f.dob_year.value.trim();
    let err = '';
    if (!service) err = 'Choose a service.';
    else if (!st.branch) err = 'Choose a branch.';
    else if (!st.date || !st.time) err = 'Choose a day and a time.';
    else if (!f.name.value.trim()) err = 'Enter your full name.';
    else if (!/^\d{1,2}$/.test(day) || !mon || !/^\d{4}$/.test(yr)) err = 'Enter your date of birth, for example 27 March 1985.';
    else if (!f.phone.value.trim()) err = 'Enter a phone number.';
    $('#b-err').textContent = err;
    if (err) return;
    const dob = `${yr}-${String(mon).padStart(2, '0')}-${day.padStart(2, '0')}`;
    window.rec('submit', { form: 'appointment', data: { service, branch: st.branch, date: st.date, time: st.time, name: f.name.value.trim(), dob, phone: f.phone.value.trim() } });
    f.hidden = true;
    $('#b-ok').hidden = false;
  });
}

const book = () => page({
  title: 'Book a pharmacy service',
  active: '/book',
  body: `<h1>Book a pharmacy service</h1>
<form id="book" novalidate>
<fieldset class="card"><legend><strong>1. Service</strong></legend><div class="svc">
<label><input type="radio" name="service" value="bp"> <strong>Blood pressure check</strong><br><small>Free · 15 minutes</small></label>
<label><input type="radio" name="service" value="travel"> <strong>Travel vaccinations consultation</strong><br><small>£25 · 20 minutes</small></label>
<label><input type="radio" name="service" value="cholesterol"> <strong>Cholesterol test</strong><br><small>£30 · 20 minutes</small></label>
<label><input type="radio" name="service" value="weight"> <strong>Weight management</strong><br><small>Free · 30 minutes</small></label></div></fieldset>
<div class="card"><strong>2. Branch</strong><div class="brpick" style="position:relative;margin-top:6px"><span id="br-l" class="hidden">Branch</span>
<button type="button" class="btn" id="br-btn" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="br-l br-btn">Select a branch <span aria-hidden="true">▾</span></button>
<ul id="br-list" role="listbox" aria-labelledby="br-l" tabindex="-1" hidden>${BRANCHES.map(([id, n, a]) => `<li role="option" id="bl-${id}" data-id="${id}" data-name="${n}" aria-selected="false">${n}<br><small class="muted">${a}</small></li>`).join('')}</ul></div></div>
<div class="card"><strong>3. Day and time</strong><div style="display:flex;align-items:center;gap:10px;margin:8px 0"><button type="button" class="icon-btn" id="wk-prev" aria-label="Previous week">‹</button><span id="wk-label"></span><button type="button" class="icon-btn" id="wk-next" aria-label="Next week">›</button></div>
<div id="week" class="week" role="group" aria-label="Day"></div><div id="times" class="times" role="group" aria-label="Time" style="margin-top:10px"></div></div>
<div class="card"><strong>4. Your details</strong>
<label class="f" for="b-name">Full name</label><input type="text" id="b-name" name="name">
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">Date of birth</legend>
<label>Day <input type="text" name="dob_day" inputmode="numeric" style="min-width:0;width:60px"></label>
<label>Month <select name="dob_month" style="min-width:0"><option value="">Month</option>${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m, i) => `<option value="${i + 1}">${m}</option>`).join('')}</select></label>
<label>Year <input type="text" name="dob_year" inputmode="numeric" style="min-width:0;width:80px"></label></fieldset>
<label class="f" for="b-phone">Phone</label><input type="tel" id="b-phone" name="phone"></div>
<p class="err" id="b-err" role="alert"></p><button class="btn btn-primary">Book appointment</button></form>
<div id="b-ok" class="card" hidden><h2>You're booked in</h2><p>We've sent a confirmation text.</p></div>`,
  css: `.svc{display:grid;grid-template-columns:repeat(2,1fr);gap:8px}.svc label{border:2px solid #dbe3e2;border-radius:8px;padding:10px;cursor:pointer}.svc label:has(input:checked){border-color:#0b6e69;background:#e6f2f1}
#br-list{position:absolute;z-index:5;background:#fff;border:1px solid #aaa;list-style:none;margin:2px 0;padding:0;width:340px;box-shadow:0 6px 18px rgba(0,0,0,.15)}#br-list li{padding:6px 10px;cursor:pointer}#br-list li.active{background:#e6f2f1}
.week{display:grid;grid-template-columns:repeat(7,80px);gap:6px}.wd,.tm{font:inherit;border:1px solid #b9c4c3;background:#fff;border-radius:6px;padding:6px;cursor:pointer}.wd:disabled,.tm:disabled{color:#bbb;background:#f4f4f4;text-decoration:line-through}
.wd.sel,.tm.sel{background:#0b6e69;color:#fff}.times{display:flex;flex-wrap:wrap;gap:6px}`,
  script: client(bookClient, { today: TODAY, taken: TAKEN }),
});

// ---------------------------------------------------------------- family

const FAMILY = [
  ['ada', 'Ada Okafor', 'Daughter · 9 years old', 'Chesterton – High Street', '2 items on repeat'],
  ['theo', 'Theo Okafor', 'Son · 4 years old', 'Chesterton – High Street', '1 item on repeat'],
  ['grace', 'Grace Okafor', 'Mother · 71 years old', 'Cheswick – Market Square', '5 items on repeat · you have carer access'],
];

function familyClient(FAMILY) {
  const $ = (s) => document.querySelector(s);
  const close = () => { document.querySelectorAll('.menu').forEach((m) => { m.hidden = true; }); document.querySelectorAll('[aria-haspopup=menu]').forEach((b) => b.setAttribute('aria-expanded', 'false')); };
  let target = null;
  document.addEventListener('click', (e) => {
    const b = e.target.closest('[aria-haspopup=menu]');
    const item = e.target.closest('[role=menuitem]');
    if (b) {
      const m = b.nextElementSibling;
      const was = !m.hidden;
      close();
      if (!was) { m.hidden = false; b.setAttribute('aria-expanded', 'true'); m.querySelector('[role=menuitem]').focus(); }
      return;
    }
    if (item) {
      const id = item.closest('.person').dataset.id;
      const who = FAMILY.find((p) => p[0] === id);
      close();
      if (item.dataset.act === 'switch') { window.rec('switch', { id }); location.href = `/?as=${id}`; }
      if (item.dataset.act === 'view') { window.rec('view-prescriptions', { id }); location.href = `/?as=${id}`; }
      if (item.dataset.act === 'remove') { target = id; $('#rm-name').textContent = who[1]; $('#rm-dlg').hidden = false; $('#rm-ok').focus(); }
      if (item.dataset.act === 'edit') { window.rec('edit-member', { id }); $('#toast').textContent = 'Editing is not available online yet. Please call us.'; $('#toast').hidden = false; }
      return;
    }
    close();
  });
  document.addEventListener('keydown', (e) => {
    const m = e.target.closest('.menu');
    if (e.key === 'Escape') { close(); $('#rm-dlg').hidden = true; }
    if (m && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const items = [...m.querySelectorAll('[role=menuitem]')];
      const i = items.indexOf(document.activeElement);
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length].focus();
    }
  });
  $('#rm-cancel').addEventListener('click', () => { $('#rm-dlg').hidden = true; });
  $('#rm-ok').addEventListener('click', () => {
    window.rec('remove-member', { id: target });
    $('#rm-dlg').hidden = true;
    document.querySelector(`.person[data-id="${target}"]`).remove();
    $('#toast').textContent = 'Removed from your family.';
    $('#toast').hidden = false;
  });
}

const family = () => page({
  title: 'Family',
  active: '/family',
  body: `<h1>Family</h1><p class="muted">Manage prescriptions for people you care for.</p>
<div class="cards">${FAMILY.map(([id, n, rel, br, items]) => `<article class="card person" data-id="${id}" style="position:relative">
<h2 style="margin:0 0 4px">${n}</h2><p class="muted" style="margin:0">${rel}</p><p>Pharmacy: ${br}<br>${items}</p>
<div style="position:absolute;right:12px;top:12px"><button class="icon-btn" aria-haspopup="menu" aria-expanded="false" aria-label="Manage ${n}">⋯</button>
<ul class="menu" role="menu" hidden aria-label="Manage ${n}"><li role="none"><button role="menuitem" data-act="view">View prescriptions</button></li><li role="none"><button role="menuitem" data-act="switch">Switch to ${n.split(' ')[0]}'s account</button></li><li role="none"><button role="menuitem" data-act="edit">Edit details</button></li><li role="none"><button role="menuitem" data-act="remove">Remove from family</button></li></ul></div></article>`).join('')}</div>
<p><a class="btn" href="/family/add">+ Add someone</a></p>
<div class="overlay" id="rm-dlg" hidden><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="rm-t"><h2 id="rm-t">Remove <span id="rm-name"></span>?</h2>
<p>You will no longer be able to order their prescriptions. Their own records are not deleted.</p><button class="btn" id="rm-cancel">Keep</button> <button class="btn btn-primary" id="rm-ok">Remove</button></div></div>
<div class="toast" id="toast" role="status" hidden></div>`,
  script: client(familyClient, FAMILY),
});

const familyAdd = () => page({
  title: 'Add someone to your family',
  active: '/family',
  body: `<h1>Add someone to your family</h1><p class="muted">You can add children under 16, or adults who have given you permission.</p>
<form method="post" action="/submit/dependant" id="dep" class="card" style="max-width:640px" novalidate>
<label class="f" for="fn">First name</label><input type="text" id="fn" name="first_name" required>
<label class="f" for="ln">Last name</label><input type="text" id="ln" name="last_name" required>
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">Date of birth</legend>
<label>Day <input type="text" name="dob_day" inputmode="numeric" maxlength="2" style="min-width:0;width:56px" required></label>
<label>Month <select name="dob_month" style="min-width:0" required><option value="">Month</option>${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m, i) => `<option value="${i + 1}">${m}</option>`).join('')}</select></label>
<label>Year <input type="text" name="dob_year" inputmode="numeric" maxlength="4" style="min-width:0;width:76px" required></label></fieldset>
<label class="f" for="rel">Their relationship to you</label><select id="rel" name="relationship" required><option value="">Choose</option><option value="child">My child</option><option value="partner">My partner</option><option value="parent">My parent</option><option value="other">Someone I care for</option></select>
<label class="f" for="gp">Their GP surgery</label><input type="text" id="gp" name="gp" required>
<label class="f" for="nhs">NHS number (optional)</label><input type="text" id="nhs" name="nhs" inputmode="numeric" aria-describedby="nhs-h nhs-err"><div class="muted" id="nhs-h">10 digits, for example 485 777 3456</div><div class="err" id="nhs-err"></div>
<p><label><input type="checkbox" name="consent" value="yes" required> I have permission to manage this person's prescriptions</label></p>
<div class="err" id="dep-err" role="alert"></div>
<button class="btn btn-primary">Add to my family</button></form>`,
  script: `document.getElementById('dep').addEventListener('submit', function(e){
  var f=e.target, err='', nhs=f.nhs.value.replace(/\\s+/g,'');
  document.getElementById('nhs-err').textContent='';
  if(!f.first_name.value.trim()||!f.last_name.value.trim()) err='Enter their first and last name.';
  else if(!/^\\d{1,2}$/.test(f.dob_day.value.trim())||!f.dob_month.value||!/^\\d{4}$/.test(f.dob_year.value.trim())) err='Enter their date of birth.';
  else if(!f.relationship.value) err='Choose how they are related to you.';
  else if(!f.gp.value.trim()) err='Enter their GP surgery.';
  else if(nhs && !/^\\d{10}$/.test(nhs)) { err='Check the NHS number.'; document.getElementById('nhs-err').textContent='NHS number must be 10 digits.'; }
  else if(!f.consent.checked) err='You must confirm you have permission.';
  document.getElementById('dep-err').textContent=err;
  if(err) e.preventDefault();
});`,
});

const transfer = () => page({
  title: 'Transfer your prescriptions',
  body: `<h1>Transfer your prescriptions to Wellford</h1><p>Tell us where your prescriptions go now and we'll arrange the move with your GP.</p>
<form method="post" action="/submit/transfer" class="card" style="max-width:640px">
<label class="f" for="cp">Current pharmacy name</label><input type="text" id="cp" name="current_pharmacy" required>
<label class="f" for="ct">Town</label><input type="text" id="ct" name="town" required>
<label class="f" for="it">Which medicines? (one per line)</label><textarea id="it" name="items" rows="4" required></textarea>
<label class="f" for="rs">Why are you moving?</label><select id="rs" name="reason"><option value="">Prefer not to say</option><option value="moved">I've moved house</option><option value="closer">Wellford is closer</option><option value="delivery">I want home delivery</option><option value="service">Unhappy with my current pharmacy</option><option value="other">Something else</option></select>
<fieldset style="border:0;padding:0;margin-top:12px"><legend style="font-weight:600">How should we contact you?</legend>
<label><input type="radio" name="contact" value="email" checked> Email</label> <label><input type="radio" name="contact" value="phone"> Phone call</label> <label><input type="radio" name="contact" value="text"> Text message</label></fieldset>
<p><button class="btn btn-primary">Request transfer</button></p></form>`,
});

// ---------------------------------------------------------------- medicine guide

const GUIDE = [
  ['Allergies', [['Hay fever', ['Cetirizine', 'Loratadine', 'Beclometasone nasal spray']], ['Skin allergies', ['Hydrocortisone cream', 'Chlorphenamine']]]],
  ['Heart and circulation', [['High cholesterol', ['Atorvastatin', 'Simvastatin']], ['High blood pressure', ['Amlodipine', 'Ramipril']]]],
  ['Stomach and digestion', [['Acid reflux and heartburn', ['Omeprazole', 'Lansoprazole', 'Gaviscon']], ['Constipation', ['Lactulose', 'Senna']]]],
  ['Breathing', [['Asthma', ['Salbutamol inhaler', 'Beclometasone inhaler']]]],
  ['Pain', [['Aches and pains', ['Paracetamol', 'Ibuprofen', 'Naproxen']]]],
  ['Mental health', [['Depression and anxiety', ['Sertraline', 'Citalopram']]]],
];
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const MED_INDEX = {};
for (const [, conds] of GUIDE) for (const [cond, meds] of conds) for (const m of meds) MED_INDEX[slug(m)] = { name: m, cond };

const MEDS = {
  omeprazole: {
    overview: 'Omeprazole reduces the amount of acid your stomach makes. It is used for heartburn, acid reflux and stomach ulcers.',
    how: 'Usual adult dose: 20 mg once a day, in the morning. Swallow the capsule whole with a drink of water, before food.',
    side: 'Common side effects (more than 1 in 100 people): headaches, feeling sick, diarrhoea, stomach pain, constipation, wind. Serious side effects are rare.',
    inter: 'Tell your pharmacist if you take clopidogrel, warfarin, digoxin, methotrexate or St John\'s wort.',
  },
  lansoprazole: {
    overview: 'Lansoprazole is a proton pump inhibitor that lowers stomach acid.',
    how: 'Usual adult dose: 15 mg or 30 mg once a day, taken 30 minutes before breakfast.',
    side: 'Common: headaches, diarrhoea, feeling sick, tiredness.',
    inter: 'Check with a pharmacist before taking it with theophylline, tacrolimus or fluvoxamine.',
  },
  ibuprofen: {
    overview: 'Ibuprofen is an anti-inflammatory painkiller for aches, pains and swelling.',
    how: 'Adults: 200 mg to 400 mg three times a day, with or after food. Do not take more than 1,200 mg in 24 hours unless a doctor tells you to.',
    side: 'Common: indigestion, feeling sick, wind, heartburn.',
    inter: 'Sertraline, citalopram and other SSRI antidepressants: taking ibuprofen with these increases the risk of bleeding, especially in the stomach. Speak to a pharmacist before taking them together. Also check before using it with blood pressure medicines such as ramipril.',
  },
  atorvastatin: {
    overview: 'Atorvastatin is a statin that lowers cholesterol and reduces the risk of heart attacks and strokes.',
    how: 'Take it once a day, at any time, with or without food. Keep taking it even if you feel well.',
    side: 'Common: headaches, nosebleeds, sore throat, feeling sick, muscle and joint pain.',
    inter: 'Avoid large amounts of grapefruit juice. Tell your pharmacist if you take clarithromycin or ciclosporin.',
  },
};

function medPage(s) {
  const m = MED_INDEX[s];
  if (!m) return undefined;
  const d = MEDS[s] || {
    overview: `${m.name} is used for ${m.cond.toLowerCase()}.`,
    how: 'Follow the directions on the pharmacy label. Ask your pharmacist if you are not sure.',
    side: 'Like all medicines it can cause side effects, although not everybody gets them. See the leaflet for the full list.',
    inter: 'Ask a pharmacist before taking it with other medicines, including ones you buy.',
  };
  const tabs = [['overview', 'Overview', d.overview], ['how', 'How and when to take it', d.how], ['side', 'Side effects', d.side], ['inter', 'Taking it with other medicines', d.inter]];
  return page({
    title: m.name,
    active: '/guide',
    body: `<p class="muted"><a href="/guide">Medicine guide</a> › ${esc(m.cond)}</p><h1>${esc(m.name)}</h1>
<div role="tablist" aria-label="About ${esc(m.name)}" class="mtabs">${tabs.map(([k, l], i) => `<button role="tab" id="t-${k}" aria-controls="p-${k}" aria-selected="${i === 0}" tabindex="${i ? -1 : 0}">${l}</button>`).join('')}</div>
${tabs.map(([k, , txt], i) => `<section role="tabpanel" id="p-${k}" aria-labelledby="t-${k}" tabindex="0" class="card"${i ? ' hidden' : ''}><p>${esc(txt)}</p></section>`).join('')}
<p><a href="/leaflet/${s}" target="_blank" rel="noopener">Patient information leaflet</a> (opens in a new tab)</p>
<p class="muted">This guide is for information only. Always read the leaflet that comes with your medicine.</p>`,
    css: '.mtabs{display:flex;gap:4px;margin:10px 0 0}.mtabs [role=tab]{font:inherit;border:1px solid #b9c4c3;border-bottom:0;background:#f1f5f5;padding:8px 14px;border-radius:8px 8px 0 0;cursor:pointer}.mtabs [role=tab][aria-selected=true]{background:#fff;font-weight:700}',
    script: `(function(){var tabs=[].slice.call(document.querySelectorAll('[role=tab]'));function sel(t){tabs.forEach(function(x){var on=x===t;x.setAttribute('aria-selected',on);x.tabIndex=on?0:-1;document.getElementById(x.getAttribute('aria-controls')).hidden=!on;});}
tabs.forEach(function(t,i){t.addEventListener('click',function(){sel(t);});t.addEventListener('keydown',function(e){var n=e.key==='ArrowRight'?tabs[(i+1)%tabs.length]:e.key==='ArrowLeft'?tabs[(i+tabs.length-1)%tabs.length]:null;if(n){sel(n);n.focus();}});});})();`,
  });
}

const LEAFLETS = {
  atorvastatin: [
    ['1. What atorvastatin is and what it is used for', 'Atorvastatin belongs to a group of medicines called statins. It lowers the levels of fats called cholesterol and triglycerides in the blood.'],
    ['2. Before you take atorvastatin', 'Do not take it if you are pregnant or breast-feeding, or if you have active liver disease.'],
    ['3. How to take atorvastatin', 'The usual starting dose is 10 mg once a day. Your doctor may increase the dose every 4 weeks or more if needed, up to a maximum of 80 mg once a day. Swallow the tablets whole with water.'],
    ['4. Possible side effects', 'Stop taking it and see a doctor straight away if you get unexplained muscle pain, tenderness or weakness.'],
    ['5. How to store atorvastatin', 'Do not store above 30°C. Keep out of the sight and reach of children.'],
  ],
};

function leafletPage(s) {
  const m = MED_INDEX[s];
  if (!m) return undefined;
  const secs = LEAFLETS[s] || [['1. What it is for', `${m.name} is used for ${m.cond.toLowerCase()}.`], ['2. How to take it', 'Follow your prescriber\'s directions.'], ['3. Side effects', 'See your pharmacist if you are worried about a side effect.']];
  return doc({
    title: `Package leaflet: ${m.name}`,
    css: 'body{max-width:760px;margin:0 auto;padding:30px;background:#fff;font-family:Georgia,serif;line-height:1.55}',
    body: `<p style="font-size:12px;color:#777">Package leaflet: information for the patient</p><h1>${esc(m.name)}</h1><p><em>Read all of this leaflet carefully before you start taking this medicine.</em></p>${secs.map(([h, t]) => `<h2>${esc(h)}</h2><p>${esc(t)}</p>`).join('')}`,
  });
}

const guide = () => page({
  title: 'Medicine guide',
  active: '/guide',
  body: `<h1>Medicine guide</h1><p class="muted">Browse by condition. Select a medicine to read about it.</p>
<div class="card gtree">${GUIDE.map(([area, conds]) => `<details><summary>${esc(area)}</summary>${conds.map(([c, meds]) => `<details class="inner"><summary>${esc(c)}</summary><ul>${meds.map((m) => `<li><a href="/guide/${slug(m)}">${esc(m)}</a></li>`).join('')}</ul></details>`).join('')}</details>`).join('')}</div>`,
  css: '.gtree summary{cursor:pointer;padding:5px 0;font-weight:600}.gtree details.inner{margin-left:18px}.gtree details.inner summary{font-weight:400}.gtree ul{margin:2px 0 6px 14px}',
});

// ---------------------------------------------------------------- reminders (shadow DOM)

function reminderClient(MEDS) {
  class DoseReminder extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
      root.innerHTML = `<style>
:host{display:block;background:#fff;border:1px solid #dbe3e2;border-radius:10px;padding:16px}
label.f{display:block;margin:12px 0 4px;font-weight:600}select,input{font:inherit;padding:6px 8px;border:1px solid #b9c4c3;border-radius:6px}
.days{display:flex;gap:6px}.days button{font:inherit;border:1px solid #0b6e69;background:#fff;color:#0b6e69;border-radius:50%;width:44px;height:44px;cursor:pointer}
.days button[aria-pressed=true]{background:#0b6e69;color:#fff}
.quick{font-size:13px;margin-top:4px}.quick button{background:none;border:0;color:#0b6e69;text-decoration:underline;cursor:pointer;font:inherit;padding:0 6px 0 0}
.save{font:inherit;background:#0b6e69;color:#fff;border:0;border-radius:6px;padding:8px 16px;margin-top:14px;cursor:pointer}.err{color:#b42318}
</style>
<h2 style="margin-top:0">New reminder</h2>
<label class="f" for="med">Medicine</label><select id="med"><option value="">Choose a medicine</option>${MEDS.map(([id, n, s]) => `<option value="${id}">${n} ${s}</option>`).join('')}</select>
<label class="f" for="time">Time</label><input type="time" id="time" value="08:00">
<div class="f" id="dl" style="font-weight:600;margin:12px 0 4px">Repeat on</div>
<div class="days" role="group" aria-labelledby="dl">${DAYS.map((d) => `<button type="button" aria-pressed="true" data-d="${d}">${d}</button>`).join('')}</div>
<div class="quick">Quick pick: <button type="button" data-q="all">Every day</button><button type="button" data-q="week">Weekdays</button><button type="button" data-q="end">Weekends</button></div>
<fieldset style="border:0;padding:0;margin-top:12px"><legend style="font-weight:600">Remind me by</legend>
<label><input type="radio" name="ch" value="push" checked> App notification</label> <label><input type="radio" name="ch" value="sms"> Text message</label> <label><input type="radio" name="ch" value="email"> Email</label></fieldset>
<p class="err" role="alert"></p><button class="save" type="button">Save reminder</button>
<p class="ok" hidden>Reminder saved.</p>`;
      const btns = [...root.querySelectorAll('.days button')];
      btns.forEach((b) => b.addEventListener('click', () => b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'))));
      root.querySelectorAll('.quick button').forEach((q) => q.addEventListener('click', () => {
        const on = { all: DAYS, week: DAYS.slice(0, 5), end: DAYS.slice(5) }[q.dataset.q];
        btns.forEach((b) => b.setAttribute('aria-pressed', String(on.includes(b.dataset.d))));
      }));
      root.querySelector('.save').addEventListener('click', () => {
        const days = btns.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.d);
        const data = { medicine: root.getElementById('med').value, time: root.getElementById('time').value, days, channel: root.querySelector('[name=ch]:checked').value };
        const err = !data.medicine ? 'Choose a medicine.' : !data.time ? 'Choose a time.' : !days.length ? 'Choose at least one day.' : '';
        root.querySelector('.err').textContent = err;
        if (err) return;
        window.rec('submit', { form: 'reminder', data });
        root.querySelector('.ok').hidden = false;
        const li = document.createElement('li');
        li.textContent = `${MEDS.find((m) => m[0] === data.medicine)[1]} – ${days.length === 7 ? 'every day' : days.join(', ')} at ${data.time}`;
        document.getElementById('existing').appendChild(li);
      });
    }
  }
  customElements.define('dose-reminder', DoseReminder);
}

const reminders = () => page({
  title: 'Medicine reminders',
  active: '/reminders',
  body: `<h1>Medicine reminders</h1><div class="card"><h2>Your reminders</h2><ul id="existing"><li>Atorvastatin 20 mg – every day at 21:00 (app notification)</li></ul></div>
<dose-reminder></dose-reminder>`,
  script: client(reminderClient, RX.filter((r) => r[6] !== 'GP review needed').map(([id, n, s]) => [id, n, s])),
});

// ---------------------------------------------------------------- iframes: online doctor, nomination

const onlineDoctor = () => page({
  title: 'Online doctor',
  active: '/online-doctor',
  body: `<h1>Online doctor</h1><p>Answer a few questions and one of our prescribers will review them within 24 hours. Consultations are provided by our clinical partner, MedConnect.</p>
<iframe src="/embed/consult" title="Online consultation" style="width:100%;max-width:680px;height:660px;border:1px solid #ccc;border-radius:8px;background:#fff"></iframe>`,
});

const consultEmbed = () => doc({
  title: 'MedConnect consultation',
  css: 'body{background:#fff;padding:18px} fieldset.step{border:0;padding:0} label.f{display:block;margin:12px 0 4px;font-weight:600} input[type=text],input[type=email],input[type=date],select,textarea{font:inherit;padding:7px;border:1px solid #bbb;border-radius:6px;width:100%;max-width:420px} .opts label{display:block;margin:5px 0} .err{color:#b42318}',
  body: `<p style="font-size:12px;color:#777">MedConnect · secure consultation</p>
<form method="post" action="/submit/consult" id="c" novalidate>
<fieldset class="step" data-s="1"><legend><h2 style="margin:0">What would you like help with?</h2></legend><div class="opts">
<label><input type="radio" name="condition" value="hay-fever"> Hay fever</label><label><input type="radio" name="condition" value="acid-reflux"> Acid reflux and heartburn</label>
<label><input type="radio" name="condition" value="cystitis"> Cystitis (women aged 16 to 64)</label><label><input type="radio" name="condition" value="travel-sickness"> Travel sickness</label><label><input type="radio" name="condition" value="hair-loss"> Hair loss</label></div>
<p class="err"></p><button type="button" class="btn btn-primary next">Next</button></fieldset>
<fieldset class="step" data-s="2" hidden><legend><h2 style="margin:0">About your symptoms</h2></legend>
<label class="f" for="dur">How long have you had symptoms?</label><select id="dur" name="duration"><option value="">Choose</option><option value="under-1-week">Less than a week</option><option value="1-2-weeks">1 to 2 weeks</option><option value="2-4-weeks">2 to 4 weeks</option><option value="over-4-weeks">More than 4 weeks</option></select>
<div class="f">Have you tried any treatment already?</div><label><input type="radio" name="tried" value="yes"> Yes</label> <label><input type="radio" name="tried" value="no"> No</label>
<label class="f" for="tw">If yes, what did you try and did it help?</label><input type="text" id="tw" name="tried_what">
<label class="f" for="om">Do you take any other medicines? List them, or write "none".</label><textarea id="om" name="other_meds" rows="2"></textarea>
<p class="err"></p><button type="button" class="btn back">Back</button> <button type="button" class="btn btn-primary next">Next</button></fieldset>
<fieldset class="step" data-s="3" hidden><legend><h2 style="margin:0">Your details</h2></legend>
<label class="f" for="nm">Full name</label><input type="text" id="nm" name="name">
<label class="f" for="db">Date of birth</label><input type="date" id="db" name="dob">
<label class="f" for="em">Email</label><input type="email" id="em" name="email">
<p><label><input type="checkbox" name="confirm" value="yes"> I confirm my answers are true and complete</label></p>
<p class="err"></p><button type="button" class="btn back">Back</button> <button type="submit" class="btn btn-primary">Send to a prescriber</button></fieldset>
</form>`,
  script: `(function(){
var f=document.getElementById('c'), steps=[].slice.call(f.querySelectorAll('.step')), cur=0;
function show(i){ cur=i; steps.forEach(function(s,j){ s.hidden = j!==i; }); }
function check(i){
  if(i===0 && !f.querySelector('[name=condition]:checked')) return 'Choose what you need help with.';
  if(i===1){ if(!f.duration.value) return 'Tell us how long you have had symptoms.'; if(!f.querySelector('[name=tried]:checked')) return 'Tell us if you have tried any treatment.'; if(!f.other_meds.value.trim()) return 'List your other medicines, or write none.'; }
  if(i===2){ if(!f.name.value.trim()||!f.dob.value||!/@/.test(f.email.value)) return 'Fill in your name, date of birth and email.'; if(!f.confirm.checked) return 'Please confirm your answers.'; }
  return '';
}
f.addEventListener('click',function(e){
  if(e.target.classList.contains('next')){ var m=check(cur); steps[cur].querySelector('.err').textContent=m; if(!m) show(cur+1); }
  if(e.target.classList.contains('back')) show(cur-1);
});
f.addEventListener('submit',function(e){ var m=check(2); steps[2].querySelector('.err').textContent=m; if(m) e.preventDefault(); });
})();`,
});

const nominate = () => page({
  title: 'Nominate a pharmacy',
  body: `<h1>Choose your nominated pharmacy</h1><p>Your GP will send your electronic prescriptions to the pharmacy you nominate. This form is provided by the NHS Spine Connect service.</p>
<iframe src="/embed/nominate" title="Nominate a pharmacy" style="width:100%;max-width:640px;height:560px;border:1px solid #ccc;border-radius:8px;background:#fff"></iframe>`,
});

const nominateEmbed = () => doc({
  title: 'Nominate a pharmacy',
  css: 'body{background:#fff;padding:18px} label.f{display:block;margin:12px 0 4px;font-weight:600} input[type=text],input[type=date],select{font:inherit;padding:7px;border:1px solid #bbb;border-radius:6px;width:100%;max-width:380px}',
  body: `<p style="font-size:12px;color:#777">Spine Connect · nomination service</p><h2>Nominate a pharmacy</h2>
<form method="post" action="/submit/nominate">
<label class="f" for="nhs">NHS number</label><input type="text" id="nhs" name="nhs" inputmode="numeric" required>
<label class="f" for="sn">Surname</label><input type="text" id="sn" name="surname" required>
<label class="f" for="dob">Date of birth</label><input type="date" id="dob" name="dob" required>
<label class="f" for="br">Pharmacy</label><select id="br" name="branch" required><option value="">Choose a pharmacy</option>${BRANCHES.map(([id, n]) => `<option value="${id}">Wellford Pharmacy, ${n}</option>`).join('')}</select>
<p><label><input type="checkbox" name="consent" value="yes" required> I agree to my prescriptions being sent to this pharmacy</label></p>
<button class="btn btn-primary">Save nomination</button></form>`,
});

export default {
  name: 'pharmacy',
  title: 'Wellford Pharmacy',
  pages: {
    '/': dashboard,
    '/branches': branches,
    '/prescriptions': prescriptions,
    '/book': book,
    '/family': family,
    '/family/add': familyAdd,
    '/transfer': transfer,
    '/guide': guide,
    '/reminders': reminders,
    '/online-doctor': onlineDoctor,
    '/embed/consult': consultEmbed,
    '/nominate': nominate,
    '/embed/nominate': nominateEmbed,
  },
  fallback(p) {
    let m = /^\/guide\/([\w-]+)$/.exec(p);
    if (m) return medPage(m[1]);
    m = /^\/leaflet\/([\w-]+)$/.exec(p);
    if (m) return leafletPage(m[1]);
    return undefined;
  },
  thanks(form) {
    const msg = {
      dependant: ['Added to your family', 'We will link their records within one working day.'],
      transfer: ['Transfer requested', "We'll contact your GP and let you know when it's done."],
      consult: ['Consultation sent', 'A prescriber will review your answers within 24 hours.'],
      nominate: ['Nomination saved', 'Your GP will now send prescriptions to this pharmacy.'],
    }[form] || ['Thank you', ''];
    return `<h1>${msg[0]}</h1><p>${msg[1]}</p><p><a href="/">Back to your account</a></p>`;
  },
};

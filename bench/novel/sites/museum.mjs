// Halden Museum of Science & Art: a museum's website. Home page with ARIA "What's
// on" tabs and opening hours; visit page (description list, café hours, floor plan in
// a popup window); timed-entry ticket booking in four steps (custom month calendar,
// time-slot listbox button, steppers, add-ons, details with validation); collection
// explorer as an ARIA tree with a details panel and an image-request dialog; events
// with "Load more events" and hover-only save / calendar buttons; membership as a web
// component with an open shadow root; donation form in a same-origin iframe; group
// booking (native form) and lost property (script-validated form); an exhibition page
// whose large-print guide opens in a new tab.
import { doc, esc } from '../../eval/sites/common.mjs';
import { client } from './_util.mjs';

const TODAY = '2026-05-13';

const NAV = [['/visit', 'Visit'], ['/tickets', 'Tickets'], ['/events', "What's on"], ['/collection', 'Collection'],
  ['/membership', 'Membership'], ['/support', 'Support us']];

const CSS = `
[hidden]{display:none!important}
.mast{display:flex;align-items:center;gap:24px;padding:12px 28px;background:#111;color:#fff}
.brand{color:#fff;text-decoration:none;font-weight:800;letter-spacing:.12em;font-size:20px;display:flex;flex-direction:column;line-height:1.1}
.brand span{font-weight:400;letter-spacing:0;font-size:11px;color:#bbb}
.mast nav{display:flex;gap:18px;flex:1}
.mast nav a{color:#eee;text-decoration:none}
.mast nav a[aria-current]{border-bottom:2px solid #f5c518}
.mast .book{background:#f5c518;border-color:#f5c518;color:#111;font-weight:600}
main{max-width:1040px;margin:0 auto;padding:22px 28px 40px}
.foot{background:#222;color:#bbb;padding:18px 28px;font-size:13px}
.foot a{color:#ddd;margin-right:16px}
h1{font-size:28px;margin:8px 0 12px}
.card{background:#fff;border:1px solid #e1e3e8;border-radius:8px;padding:14px 16px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:14px}
table.simple{border-collapse:collapse;background:#fff}
table.simple th,table.simple td{border-bottom:1px solid #e4e6ea;padding:7px 12px;text-align:left}
.muted{color:#6b7280}
.err{color:#b42318;font-size:13px;margin-top:3px}
label.f{display:block;margin:10px 0 3px;font-weight:600}
input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],select,textarea{font:inherit;padding:7px 9px;border:1px solid #c4c9d2;border-radius:6px;min-width:260px}
`;

function page({ title, active = '', body, script = '', css = '' }) {
  return doc({
    title: `${title} | Halden Museum`,
    css: CSS + css,
    body: `<header class="mast"><a class="brand" href="/">HALDEN<span>Museum of Science &amp; Art</span></a>
<nav aria-label="Main">${NAV.map(([h, l]) => `<a href="${h}"${h === active ? ' aria-current="page"' : ''}>${l}</a>`).join('')}</nav>
<a class="btn book" href="/tickets">Book tickets</a></header>
<main id="main">${body}</main>
<footer class="foot"><a href="/groups">Group visits</a><a href="/lost-property">Lost property</a><a href="/visit">Accessibility</a><a href="/support">Donate</a>
<p>Halden Museum of Science &amp; Art is a registered charity (no. 1093442).</p></footer>`,
    script,
  });
}

// ---------------------------------------------------------------- home

function tabsClient() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (t) => {
    for (const x of tabs) {
      const on = x === t;
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
      document.getElementById(x.getAttribute('aria-controls')).hidden = !on;
    }
  };
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => select(t));
    t.addEventListener('keydown', (e) => {
      let n = null;
      if (e.key === 'ArrowRight') n = tabs[(i + 1) % tabs.length];
      if (e.key === 'ArrowLeft') n = tabs[(i + tabs.length - 1) % tabs.length];
      if (e.key === 'Home') n = tabs[0];
      if (e.key === 'End') n = tabs[tabs.length - 1];
      if (n) { e.preventDefault(); select(n); n.focus(); }
    });
  });
}

const WHATS_ON = [
  ['exh', 'Exhibitions', [
    ['Moving Pictures: 100 Years of Animation', 'Until 6 September 2026', '£16 (members free)', '/exhibitions/moving-pictures'],
    ['Clockwork Worlds', 'Permanent gallery, First floor', 'Included with admission', null],
    ['Nile: Life and Afterlife', 'Permanent gallery, Second floor', 'Included with admission', null],
  ]],
  ['talks', 'Talks & tours', [
    ["Curator's tour: Moving Pictures", 'Wed 20 May, 18:30', '£12', null],
    ['Conservation in focus', 'Thu 28 May, 13:00', 'Free, drop in', null],
    ['Highlights tour', 'Daily, 11:00 and 15:00', 'Free with admission', null],
    ['Behind the lens: a photography talk', 'Tue 2 June, 19:00', '£8', null],
  ]],
  ['fam', 'Families', [
    ['Tiny Explorers', 'Tuesdays and Thursdays, 10:00–11:00 (under 5s)', 'Free', null],
    ['Build-a-Robot workshop', 'Saturdays, 14:00 (ages 7–12)', '£6 per child', null],
    ['Dino Detectives trail', 'Sundays, 10:30 (all ages)', 'Free', null],
    ['Family Sketch Club', 'Sundays, 14:00 (ages 5+)', '£3', null],
  ]],
  ['lates', 'Lates', [
    ['Museum Late: Jazz in the Engine Hall', 'Fri 15 May, 19:00–22:00', '£15', null],
    ['Museum Late: Night of the Robots', 'Fri 29 May, 19:00–22:00', '£15', null],
  ]],
];

const home = () => page({
  title: 'Home',
  body: `<section class="card" style="background:#f5c518;border:0;padding:26px">
<h1>Halden Museum of Science &amp; Art</h1>
<p>Three floors of clocks, engines, mummies and masterpieces on Carrow Quay. Book a timed entry slot before you come.</p>
<a class="btn" href="/tickets">Book tickets</a> <a class="btn" href="/visit">Plan your visit</a></section>
<section style="margin-top:26px"><h2>What's on</h2>
<div role="tablist" aria-label="What's on" class="tabbar">
${WHATS_ON.map(([id, label], i) => `<button role="tab" id="tab-${id}" aria-controls="panel-${id}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}">${esc(label)}</button>`).join('')}
</div>
${WHATS_ON.map(([id, , items], i) => `<div role="tabpanel" id="panel-${id}" aria-labelledby="tab-${id}"${i === 0 ? '' : ' hidden'}><div class="grid">
${items.map(([t, when, price, href]) => `<div class="card"><h3>${href ? `<a href="${href}">${esc(t)}</a>` : esc(t)}</h3><p class="muted">${esc(when)}</p><p>${esc(price)}</p></div>`).join('')}
</div></div>`).join('\n')}
</section>
<section style="margin-top:26px;display:flex;gap:30px;flex-wrap:wrap">
<div><h2>Opening hours</h2>
<table class="simple"><tbody>
<tr><th>Monday</th><td>Closed</td></tr>
<tr><th>Tuesday – Thursday</th><td>10:00 – 17:30</td></tr>
<tr><th>Friday</th><td>10:00 – 21:00 <span class="muted">(late opening)</span></td></tr>
<tr><th>Saturday – Sunday</th><td>10:00 – 18:00</td></tr>
</tbody></table>
<p class="muted">Last entry 45 minutes before closing. Closed 24–26 December.</p></div>
<div><h2>Admission</h2>
<table class="simple"><tbody>
<tr><th>Adult</th><td>£18</td></tr><tr><th>Concession</th><td>£12</td></tr>
<tr><th>Child (5–15)</th><td>£8</td></tr><tr><th>Under 5</th><td>Free</td></tr></tbody></table></div>
</section>`,
  css: `.tabbar{display:flex;gap:4px;border-bottom:2px solid #ddd;margin-bottom:14px}
.tabbar [role=tab]{font:inherit;border:0;background:transparent;padding:8px 14px;cursor:pointer;border-bottom:3px solid transparent;margin-bottom:-2px}
.tabbar [role=tab][aria-selected=true]{border-bottom-color:#111;font-weight:700}`,
  script: client(tabsClient),
});

// ---------------------------------------------------------------- visit, floor plan, exhibition

const visit = () => page({
  title: 'Plan your visit',
  active: '/visit',
  body: `<h1>Plan your visit</h1>
<dl class="facts">
<dt>Address</dt><dd>Halden Museum, 4 Carrow Quay, Halden HD1 2QP</dd>
<dt>Getting here</dt><dd>Halden Central station is an 8-minute walk. Buses 12 and 40 stop on Quay Street.</dd>
<dt>Parking</dt><dd>Quayside car park (not run by the museum), £2.50 per hour. Two Blue Badge bays outside the main entrance.</dd>
<dt>Cloakroom</dt><dd>£1 per item. Lockers on the Lower ground floor.</dd>
<dt>Wi-Fi</dt><dd>Free, network "Halden-Guest".</dd>
</dl>
<h2>Quay Café</h2>
<table class="simple" aria-label="Café opening hours"><tbody>
<tr><th>Monday – Friday</th><td>10:00 – 16:30</td></tr>
<tr><th>Saturday – Sunday</th><td>09:30 – 17:30</td></tr></tbody></table>
<p class="muted">The café is closed on Mondays when the museum is closed.</p>
<h2>Finding your way</h2>
<p>Galleries are spread over four levels, connected by the central staircase and two lifts.</p>
<button class="btn" id="plan">View floor plan</button>
<h2>Accessibility</h2>
<p>Step-free access through the Quay Street entrance. Wheelchairs can be borrowed from the welcome desk. Quiet hours every Tuesday 10:00–12:00.</p>`,
  css: `.facts{display:grid;grid-template-columns:160px 1fr;gap:8px 16px;background:#fff;padding:16px;border-radius:8px;border:1px solid #e1e3e8}.facts dt{font-weight:700}.facts dd{margin:0}`,
  script: `document.getElementById('plan').addEventListener('click', function(){ window.open('/floorplan', 'halden-floorplan', 'width=900,height=700'); });`,
});

const FLOOR = [['Steam & Engines', 'Ground', '3'], ['Ceramics', 'Ground', '6'], ['Natural History', 'First floor', '11'],
  ['Clockwork Worlds (timekeeping)', 'First floor', '14'], ['Photography', 'First floor', '16'], ['Nile: Life and Afterlife (Ancient Egypt)', 'Second floor', '21'],
  ['European Paintings', 'Second floor', '24'], ['Moving Pictures (special exhibition)', 'Lower ground', '2']];

const floorplan = () => doc({
  title: 'Floor plan | Halden Museum',
  css: 'body{padding:20px} table{border-collapse:collapse;background:#fff} td,th{padding:6px 12px;border-bottom:1px solid #ddd;text-align:left}',
  body: `<h1>Floor plan</h1><p>Lifts are next to the central staircase on every level.</p>
<table><thead><tr><th>Gallery</th><th>Level</th><th>Room</th></tr></thead><tbody>
${FLOOR.map(([g, l, r]) => `<tr><td>${esc(g)}</td><td>${l}</td><td>Room ${r}</td></tr>`).join('')}
</tbody></table>
<h2>Facilities</h2><ul><li>Toilets: every level</li><li>Baby change: Ground and First floor</li><li>Quay Café: Ground, next to Room 3</li><li>Shop: Ground, by the main entrance</li></ul>`,
});

const exhibition = () => page({
  title: 'Moving Pictures: 100 Years of Animation',
  active: '/events',
  body: `<p class="muted"><a href="/">Home</a> › Exhibitions</p>
<h1>Moving Pictures: 100 Years of Animation</h1>
<p><strong>Until 6 September 2026 · Lower ground, Room 2 · £16, members free</strong></p>
<p>From spinning paper discs to render farms: a century of making drawings move. See original cels, stop-motion puppets and the machines that made it all possible.</p>
<p><a class="btn btn-primary" href="/tickets?exhibition=moving-pictures">Book with exhibition entry</a></p>
<h2>Access</h2>
<p>Some rooms are dark and have flashing images. <a href="/exhibitions/moving-pictures/large-print" target="_blank" rel="noopener">Large-print guide</a> (opens in a new tab) · <a href="/visit">Accessibility at Halden</a></p>`,
});

const LARGE_PRINT = [
  ['Before the Movies', ['Magic lantern and painted slides, about 1860', 'Phenakistoscope disc', 'Zoetrope with twelve picture strips', 'Praxinoscope theatre']],
  ['Drawn by Hand', ['Animation desk with light box', 'Hand-painted cels from "The Lighthouse Keeper" (1938)', 'Storyboards and exposure sheets']],
  ['Stop Motion', ['Wire armatures and clay puppets', 'Miniature sets from "Pebble and Gull"', 'A 16mm camera used frame by frame']],
  ['Pixels', ['An early computer animation workstation', 'Wireframe teapot model', 'Interactive: animate your own flip book']],
];

const largePrint = () => doc({
  title: 'Large-print guide: Moving Pictures | Halden Museum',
  css: 'body{padding:24px;font-size:22px;line-height:1.5;max-width:900px} h2{margin-top:32px}',
  body: `<h1>Moving Pictures: 100 Years of Animation</h1><p>Large-print guide. Please return this guide at the exit.</p>
${LARGE_PRINT.map(([h, items], i) => `<section><h2>Section ${i + 1}: ${esc(h)}</h2><ul>${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></section>`).join('')}`,
});

// ---------------------------------------------------------------- tickets

function ticketsClient(CFG) {
  const { today, soldOut, prices } = CFG;
  const $ = (s) => document.querySelector(s);
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const SLOTS = ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00'];
  const TYPES = [['adult', 'Adult', '16 and over'], ['concession', 'Concession', 'Students, 65+, jobseekers (ID needed)'], ['child', 'Child', 'Ages 5–15'], ['under5', 'Under 5', 'Free, must come with an adult']];
  const st = { step: 1, y: 2026, m: 4, date: null, time: null, n: { adult: 0, concession: 0, child: 0, under5: 0 },
    audio: false, exhibition: new URLSearchParams(location.search).get('exhibition') === 'moving-pictures', donation: true };
  const pad = (n) => String(n).padStart(2, '0');
  const iso = (y, m, d) => `${y}-${pad(m + 1)}-${pad(d)}`;
  const dow = (y, m, d) => (new Date(Date.UTC(y, m, d)).getUTCDay() + 6) % 7;
  const long = (s) => { const [y, m, d] = s.split('-').map(Number); return `${DAYS[dow(y, m - 1, d)]} ${d} ${MONTHS[m - 1]} ${y}`; };
  const paying = () => st.n.adult + st.n.concession + st.n.child;
  const total = () => st.n.adult * prices.adult + st.n.concession * prices.concession + st.n.child * prices.child +
    (st.audio ? 4 * paying() : 0) + (st.exhibition ? 6 * paying() : 0) + (st.donation ? 2 : 0);

  function show(step) {
    st.step = step;
    document.querySelectorAll('.step').forEach((s) => { s.hidden = Number(s.dataset.step) !== step; });
    document.querySelectorAll('.progress li').forEach((li, i) => { li.classList.toggle('on', i + 1 === step); if (i + 1 === step) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current'); });
    if (step === 4) review();
    window.scrollTo(0, 0);
  }

  function renderCal() {
    const { y, m } = st;
    $('#cal-title').textContent = `${MONTHS[m]} ${y}`;
    const start = dow(y, m, 1);
    const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    let h = '<tr>' + ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((d) => `<th scope="col">${d}</th>`).join('') + '</tr><tr>';
    for (let i = 0; i < start; i++) h += '<td></td>';
    for (let d = 1; d <= days; d++) {
      const s = iso(y, m, d);
      const wd = dow(y, m, d);
      const closed = wd === 0;
      const off = s < today || closed || s > '2026-08-31';
      h += `<td><button type="button" class="day${s === st.date ? ' sel' : ''}" data-date="${s}" aria-label="${long(s)}${closed ? ', closed' : ''}"${s === st.date ? ' aria-pressed="true"' : ''}${off ? ' disabled' : ''}>${d}</button></td>`;
      if ((start + d) % 7 === 0 && d < days) h += '</tr><tr>';
    }
    $('#cal tbody').innerHTML = h + '</tr>';
    $('#prev').disabled = y === 2026 && m <= 4;
    $('#next').disabled = y === 2026 && m >= 7;
  }

  function slots() {
    const sold = soldOut[st.date] || [];
    return SLOTS.map((t) => ({ t, sold: sold.includes(t) }));
  }

  function renderTime() {
    const btn = $('#time-btn');
    btn.disabled = !st.date;
    btn.querySelector('span').textContent = st.time || (st.date ? 'Select a time' : 'Choose a date first');
    $('#time-list').innerHTML = st.date ? slots().map(({ t, sold }) => `<li role="option" id="opt-${t.replace(':', '')}" data-time="${t}" aria-selected="${t === st.time}"${sold ? ' aria-disabled="true"' : ''}>${t}${sold ? ' <em>Sold out</em>' : ''}</li>`).join('') : '';
    $('#chosen').textContent = st.date ? `${long(st.date)}${st.time ? ` at ${st.time}` : ''}` : '';
  }

  function openList(open) {
    const list = $('#time-list');
    list.hidden = !open;
    $('#time-btn').setAttribute('aria-expanded', String(open));
    if (open) {
      const cur = list.querySelector('[aria-selected=true]') || list.querySelector('[role=option]:not([aria-disabled])');
      setActive(cur);
      list.focus();
    }
  }
  function setActive(li) {
    const list = $('#time-list');
    list.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
    if (li) { li.classList.add('active'); list.setAttribute('aria-activedescendant', li.id); li.scrollIntoView({ block: 'nearest' }); }
  }
  function pick(li) {
    if (!li || li.getAttribute('aria-disabled') === 'true') return;
    st.time = li.dataset.time;
    $('#err-1').textContent = '';
    openList(false);
    renderTime();
    $('#time-btn').focus();
  }

  $('#cal').addEventListener('click', (e) => {
    const b = e.target.closest('button.day');
    if (!b || b.disabled) return;
    st.date = b.dataset.date;
    st.time = null;
    renderCal();
    renderTime();
  });
  $('#prev').addEventListener('click', () => { st.m--; renderCal(); });
  $('#next').addEventListener('click', () => { st.m++; renderCal(); });
  $('#time-btn').addEventListener('click', () => openList($('#time-list').hidden));
  $('#time-list').addEventListener('click', (e) => pick(e.target.closest('[role=option]')));
  $('#time-list').addEventListener('keydown', (e) => {
    const opts = [...$('#time-list').querySelectorAll('[role=option]:not([aria-disabled])')];
    const cur = $('#time-list .active');
    let i = opts.indexOf(cur);
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive(opts[Math.min(opts.length - 1, i + 1)]); }
    if (e.key === 'ArrowUp') { e.preventDefault(); setActive(opts[Math.max(0, i - 1)]); }
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(cur); }
    if (e.key === 'Escape') { openList(false); $('#time-btn').focus(); }
  });
  document.addEventListener('click', (e) => { if (!e.target.closest('.timepick')) { $('#time-list').hidden = true; $('#time-btn').setAttribute('aria-expanded', 'false'); } });
  $('#go-2').addEventListener('click', () => {
    if (!st.date || !st.time) { $('#err-1').textContent = !st.date ? 'Choose a date for your visit.' : 'Choose an entry time.'; return; }
    show(2);
  });

  // step 2
  function renderTickets() {
    $('#types').innerHTML = TYPES.map(([k, label, hint]) => `<div class="trow"><div><strong>${label}</strong> <span class="muted">${hint}</span></div>
<div class="price">${prices[k] ? `£${prices[k]}` : 'Free'}</div>
<div class="stepper"><button type="button" data-k="${k}" data-d="-1" aria-label="Remove one ${label} ticket"${st.n[k] === 0 ? ' disabled' : ''}>−</button><output aria-live="polite" aria-label="${label} tickets">${st.n[k]}</output><button type="button" data-k="${k}" data-d="1" aria-label="Add one ${label} ticket">+</button></div></div>`).join('');
    $('#total-2').textContent = `£${total().toFixed(2)}`;
  }
  $('#types').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-k]');
    if (!b) return;
    const k = b.dataset.k;
    st.n[k] = Math.max(0, Math.min(10, st.n[k] + Number(b.dataset.d)));
    renderTickets();
    $('#err-2').textContent = '';
  });
  for (const k of ['audio', 'exhibition', 'donation']) {
    const box = document.getElementById(`opt-${k}`);
    box.checked = st[k];
    box.addEventListener('change', () => { st[k] = box.checked; renderTickets(); });
  }
  $('#go-3').addEventListener('click', () => {
    const n = st.n;
    if (n.adult + n.concession + n.child + n.under5 === 0) { $('#err-2').textContent = 'Add at least one ticket.'; return; }
    if ((n.under5 || n.child) && !(n.adult + n.concession)) { $('#err-2').textContent = 'Children must be accompanied by an adult.'; return; }
    show(3);
  });

  // step 3
  $('#go-4').addEventListener('click', () => {
    let ok = true;
    const req = (id, msg, test) => {
      const el = document.getElementById(id);
      const bad = !el.value.trim() || (test && !test(el.value.trim()));
      document.getElementById(`${id}-err`).textContent = bad ? msg : '';
      el.setAttribute('aria-invalid', String(bad));
      if (bad) ok = false;
    };
    req('name', 'Enter your full name.');
    req('email', 'Enter an email address like name@example.com.', (v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v));
    req('postcode', 'Enter your postcode.');
    if (ok) show(4);
  });
  document.querySelectorAll('[data-back]').forEach((b) => b.addEventListener('click', () => show(Number(b.dataset.back))));

  function review() {
    const n = st.n;
    const lines = [['Date', long(st.date)], ['Entry time', st.time]];
    for (const [k, label] of TYPES) if (n[k]) lines.push([`${label} tickets`, String(n[k])]);
    if (st.audio) lines.push(['Audio guides', String(paying())]);
    if (st.exhibition) lines.push(['Moving Pictures entry', String(paying())]);
    if (st.donation) lines.push(['Donation', '£2.00']);
    lines.push(['Name', $('#name').value], ['Email', $('#email').value]);
    $('#summary').innerHTML = lines.map(([a, b]) => `<dt>${a}</dt><dd>${b.replace(/</g, '&lt;')}</dd>`).join('');
    $('#pay').textContent = `Pay £${total().toFixed(2)}`;
  }
  $('#pay').addEventListener('click', () => {
    const data = { date: st.date, time: st.time, adult: st.n.adult, concession: st.n.concession, child: st.n.child, under5: st.n.under5,
      audio: st.audio, exhibition: st.exhibition, donation: st.donation, name: $('#name').value.trim(), email: $('#email').value.trim(),
      postcode: $('#postcode').value.trim(), news: $('#news').checked, total: total() };
    window.rec('submit', { form: 'tickets', data });
    document.querySelectorAll('.step').forEach((s) => { s.hidden = true; });
    $('#done').hidden = false;
    $('#done-ref').textContent = 'HM-' + String(48213 + paying());
    $('#done-when').textContent = `${long(st.date)} at ${st.time}`;
  });

  renderCal();
  renderTime();
  renderTickets();
}

const SOLD_OUT = {
  '2026-05-16': ['10:00', '10:30'],
  '2026-05-23': ['10:00', '10:30', '14:00', '14:30'],
  '2026-05-28': ['11:00'],
  '2026-05-30': ['10:00', '11:00', '11:30'],
  '2026-06-05': ['12:00', '12:30'],
  '2026-06-06': ['10:00', '10:30', '11:00'],
};

const tickets = () => page({
  title: 'Book tickets',
  active: '/tickets',
  body: `<h1>Book tickets</h1>
<ol class="progress"><li>Date &amp; time</li><li>Tickets</li><li>Your details</li><li>Review &amp; pay</li></ol>
<section class="step" data-step="1">
<h2>When would you like to visit?</h2>
<div class="calwrap"><div class="calhead"><button type="button" class="icon-btn" id="prev" aria-label="Previous month">‹</button><strong id="cal-title" aria-live="polite"></strong><button type="button" class="icon-btn" id="next" aria-label="Next month">›</button></div>
<table id="cal" role="presentation"><tbody></tbody></table>
<p class="muted">We're closed on Mondays.</p></div>
<div class="timepick"><label id="time-label">Entry time</label>
<button type="button" id="time-btn" class="btn" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="time-label time-btn"><span></span> ▾</button>
<ul id="time-list" role="listbox" tabindex="-1" aria-labelledby="time-label" hidden></ul></div>
<p id="chosen" class="muted"></p>
<p class="err" id="err-1" role="alert"></p>
<button type="button" class="btn btn-primary" id="go-2">Continue</button>
</section>
<section class="step" data-step="2" hidden>
<h2>Choose your tickets</h2>
<div id="types"></div>
<fieldset class="extras"><legend>Extras</legend>
<label><input type="checkbox" id="opt-exhibition"> Add <strong>Moving Pictures</strong> exhibition entry (+£6 per person, under 5s free)</label>
<label><input type="checkbox" id="opt-audio"> Add an audio guide for each ticket holder (+£4 each)</label>
<label><input type="checkbox" id="opt-donation"> Add a £2 donation to help care for the collection</label>
</fieldset>
<p>Total: <strong id="total-2"></strong></p>
<p class="err" id="err-2" role="alert"></p>
<button type="button" class="btn" data-back="1">Back</button> <button type="button" class="btn btn-primary" id="go-3">Continue</button>
</section>
<section class="step" data-step="3" hidden>
<h2>Your details</h2>
<label class="f" for="name">Full name</label><input type="text" id="name" autocomplete="name"><div class="err" id="name-err"></div>
<label class="f" for="email">Email</label><input type="email" id="email" autocomplete="email"><div class="err" id="email-err"></div>
<label class="f" for="postcode">Postcode</label><input type="text" id="postcode" autocomplete="postal-code"><div class="err" id="postcode-err"></div>
<p><label><input type="checkbox" id="news"> Keep me updated about exhibitions and events</label></p>
<button type="button" class="btn" data-back="2">Back</button> <button type="button" class="btn btn-primary" id="go-4">Review order</button>
</section>
<section class="step" data-step="4" hidden>
<h2>Review and pay</h2>
<dl id="summary" class="summary"></dl>
<button type="button" class="btn" data-back="3">Back</button> <button type="button" class="btn btn-primary" id="pay">Pay</button>
</section>
<section id="done" hidden class="card"><h2>Booking confirmed</h2><p>Reference <strong id="done-ref"></strong> for <span id="done-when"></span>. Your e-tickets are on their way.</p></section>`,
  css: `.progress{display:flex;gap:10px;list-style:none;padding:0;counter-reset:s}
.progress li{counter-increment:s;color:#888}.progress li::before{content:counter(s) ". "}.progress li.on{color:#111;font-weight:700}
.calwrap{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px;display:inline-block}
.calhead{display:flex;justify-content:space-between;align-items:center;margin-bottom:6px}
#cal td{padding:2px}#cal th{font-size:12px;color:#777;font-weight:500}
.day{width:36px;height:34px;border:1px solid #e0e0e0;background:#fff;border-radius:6px;cursor:pointer;font:inherit}
.day:disabled{color:#bbb;background:#f4f4f4;cursor:default;text-decoration:line-through}
.day.sel{background:#111;color:#fff}
.timepick{position:relative;display:inline-block;vertical-align:top;margin-left:30px}
.timepick label{display:block;font-weight:600;margin-bottom:4px}
#time-list{position:absolute;z-index:5;background:#fff;border:1px solid #bbb;border-radius:6px;list-style:none;margin:2px 0;padding:4px 0;max-height:220px;overflow:auto;min-width:170px;box-shadow:0 6px 20px rgba(0,0,0,.15)}
#time-list li{padding:6px 12px;cursor:pointer}#time-list li.active{background:#fff3c4}
#time-list li[aria-disabled=true]{color:#aaa;cursor:not-allowed}#time-list li em{font-size:12px}
.trow{display:grid;grid-template-columns:1fr 80px 140px;align-items:center;background:#fff;border:1px solid #e4e4e4;padding:10px 14px;margin-bottom:6px;border-radius:6px}
.stepper{display:flex;align-items:center;gap:8px}.stepper button{width:30px;height:30px;border-radius:50%;border:1px solid #999;background:#fff;cursor:pointer;font-size:16px}
.stepper output{min-width:20px;text-align:center;font-weight:700}
.extras{border:1px solid #ddd;border-radius:8px;background:#fff;margin:12px 0}.extras label{display:block;margin:6px 0}
.summary{display:grid;grid-template-columns:180px 1fr;gap:6px;background:#fff;padding:14px;border-radius:8px}.summary dt{font-weight:700}.summary dd{margin:0}`,
  script: client(ticketsClient, { today: TODAY, soldOut: SOLD_OUT, prices: { adult: 18, concession: 12, child: 8, under5: 0 } }),
});

// ---------------------------------------------------------------- collection (ARIA tree)

export const COLLECTION = [
  ['Science & Industry', [
    ['Timekeeping', [
      ['HAL.1931.044', 'Longcase clock', 'Thomas Tompion', 'about 1690', 'Walnut, brass, steel', 'Room 14'],
      ['HAL.1958.112', 'Marine chronometer', 'John Arnold & Son', '1792', 'Brass, mahogany box', 'Room 14'],
      ['HAL.2004.009', 'Pocket watch', 'Abraham-Louis Breguet', '1808', 'Gold, enamel', 'In store'],
    ]],
    ['Steam & Engines', [
      ['HAL.1899.301', 'Model beam engine', 'Carrow Ironworks apprentices', '1884', 'Cast iron, brass', 'Room 3'],
      ['HAL.1972.015', 'Locomotive nameplate "Carrow Star"', 'Halden & Western Railway', '1911', 'Cast brass', 'Room 3'],
    ]],
    ['Photography', [
      ['HAL.1950.220', 'Daguerreotype camera', 'Alphonse Giroux', '1839', 'Wood, brass lens', 'Room 16'],
      ['HAL.1988.431', 'Box Brownie No. 2', 'Kodak', '1901', 'Card, leatherette', 'Room 16'],
    ]],
  ]],
  ['Art', [
    ['European Paintings', [
      ['HAL.1923.007', '"Harbour at Dusk"', 'Marguerite Lenoir', '1887', 'Oil on canvas', 'Room 24'],
      ['HAL.1911.052', '"The Weaver\'s Daughter"', 'Jan Velthuis', '1664', 'Oil on panel', 'Room 24'],
    ]],
    ['Ceramics', [
      ['HAL.1965.118', 'Blue-and-white charger', 'Delft, De Porceleyne Fles', 'about 1700', 'Tin-glazed earthenware', 'Room 6'],
      ['HAL.1979.260', 'Lustreware jug', 'Sunderland pottery', 'about 1830', 'Earthenware, pink lustre', 'Room 6'],
    ]],
  ]],
  ['World Cultures', [
    ['Ancient Egypt', [
      ['HAL.1906.001', 'Coffin of Nesmin', 'Unknown, Akhmim', '300–250 BC', 'Painted wood', 'Room 21'],
      ['HAL.1930.077', 'Faience hippopotamus', 'Unknown, Meir', 'about 1950 BC', 'Blue faience', 'Room 21'],
      ['HAL.1930.081', 'Shabti of Hori', 'Unknown, Thebes', 'about 1250 BC', 'Painted limestone', 'In store'],
    ]],
  ]],
];

function treeHtml() {
  let n = 0;
  const leaf = ([acc, title]) => `<li role="treeitem" aria-selected="false" tabindex="-1" data-acc="${acc}" id="ti-${++n}"><span class="lbl">${esc(title)}</span></li>`;
  const branch = (label, kids, inner) => `<li role="treeitem" aria-expanded="false" tabindex="${n === 0 ? 0 : -1}" id="ti-${++n}"><span class="lbl">${esc(label)}</span><ul role="group">${kids.map(inner).join('')}</ul></li>`;
  return `<ul role="tree" aria-label="Collection" id="tree">${COLLECTION.map(([d, gals]) => branch(d, gals, ([g, objs]) => branch(g, objs, leaf))).join('')}</ul>`;
}

function collectionClient(OBJECTS) {
  const tree = document.getElementById('tree');
  const visible = () => [...tree.querySelectorAll('[role=treeitem]')].filter((li) => !li.parentElement.closest('[aria-expanded=false]'));
  const focusItem = (li) => { tree.querySelectorAll('[role=treeitem]').forEach((x) => { x.tabIndex = -1; }); li.tabIndex = 0; li.focus(); };
  let current = null;
  function select(li) {
    tree.querySelectorAll('[aria-selected=true]').forEach((x) => x.setAttribute('aria-selected', 'false'));
    li.setAttribute('aria-selected', 'true');
    const o = OBJECTS[li.dataset.acc];
    current = o;
    document.getElementById('detail').innerHTML = `<h2>${o.title}</h2><dl class="meta"><dt>Accession number</dt><dd>${o.acc}</dd><dt>Maker</dt><dd>${o.maker}</dd><dt>Date</dt><dd>${o.date}</dd><dt>Materials</dt><dd>${o.material}</dd><dt>On display</dt><dd>${o.where}</dd></dl>
<button class="btn" id="req">Request an image</button>`;
    document.getElementById('req').addEventListener('click', openDlg);
  }
  function toggle(li, open) { if (li.hasAttribute('aria-expanded')) li.setAttribute('aria-expanded', String(open ?? li.getAttribute('aria-expanded') !== 'true')); }
  tree.addEventListener('click', (e) => {
    const lbl = e.target.closest('.lbl');
    if (!lbl) return;
    const li = lbl.parentElement;
    focusItem(li);
    if (li.hasAttribute('aria-expanded')) toggle(li); else select(li);
  });
  tree.addEventListener('keydown', (e) => {
    const li = e.target.closest('[role=treeitem]');
    if (!li) return;
    const vis = visible();
    const i = vis.indexOf(li);
    if (e.key === 'ArrowDown' && vis[i + 1]) focusItem(vis[i + 1]);
    else if (e.key === 'ArrowUp' && vis[i - 1]) focusItem(vis[i - 1]);
    else if (e.key === 'ArrowRight') { if (li.getAttribute('aria-expanded') === 'false') toggle(li, true); else if (li.hasAttribute('aria-expanded')) focusItem(li.querySelector('[role=treeitem]')); }
    else if (e.key === 'ArrowLeft') { if (li.getAttribute('aria-expanded') === 'true') toggle(li, false); else { const p = li.parentElement.closest('[role=treeitem]'); if (p) focusItem(p); } }
    else if (e.key === 'Enter' || e.key === ' ') { if (li.hasAttribute('aria-expanded')) toggle(li); else select(li); }
    else return;
    e.preventDefault();
    e.stopPropagation();
  });

  const ov = document.getElementById('dlg');
  function openDlg() {
    document.getElementById('dlg-obj').textContent = `${current.title} (${current.acc})`;
    document.getElementById('img-form').reset();
    document.getElementById('img-err').textContent = '';
    ov.hidden = false;
    document.getElementById('r-name').focus();
  }
  const close = () => { ov.hidden = true; };
  document.getElementById('dlg-x').addEventListener('click', close);
  document.getElementById('dlg-cancel').addEventListener('click', close);
  ov.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  document.getElementById('r-usage').addEventListener('change', (e) => {
    document.getElementById('fee').hidden = !['publication', 'commercial'].includes(e.target.value);
  });
  document.getElementById('img-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    const data = { object: current.acc, title: current.title, name: f.name.value.trim(), email: f.email.value.trim(), usage: f.usage.value, resolution: (f.querySelector('[name=resolution]:checked') || {}).value || '' };
    if (!data.name || !/@/.test(data.email) || !data.usage) { document.getElementById('img-err').textContent = 'Please fill in your name, email and how you will use the image.'; return; }
    window.rec('submit', { form: 'image', data });
    close();
    const t = document.getElementById('toast');
    t.textContent = 'Thanks, our picture library will email you within 5 working days.';
    t.hidden = false;
    setTimeout(() => { t.hidden = true; }, 5000);
  });
}

const collection = () => {
  const objects = {};
  for (const [, gals] of COLLECTION) for (const [, objs] of gals) for (const [acc, title, maker, date, material, where] of objs) objects[acc] = { acc, title, maker, date, material, where };
  return page({
    title: 'Explore the collection',
    active: '/collection',
    body: `<h1>Explore the collection</h1><p class="muted">Browse by department and gallery. Select an object to see its record.</p>
<div class="split"><nav class="treebox">${treeHtml()}</nav><section id="detail" aria-live="polite" class="card"><p class="muted">Nothing selected.</p></section></div>
<div class="overlay" id="dlg" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
<button class="icon-btn x" id="dlg-x" aria-label="Close">✕</button>
<h2 id="dlg-title">Request an image</h2><p class="muted" id="dlg-obj"></p>
<form id="img-form" novalidate>
<label class="f" for="r-name">Your name</label><input type="text" id="r-name" name="name">
<label class="f" for="r-email">Email</label><input type="email" id="r-email" name="email">
<label class="f" for="r-usage">How will you use the image?</label>
<select id="r-usage" name="usage"><option value="">Select…</option><option value="personal">Personal use</option><option value="academic">Academic research or study</option><option value="publication">Publication (book, magazine, website)</option><option value="commercial">Commercial use</option></select>
<p id="fee" class="muted" hidden>A licence fee may apply.</p>
<fieldset style="border:0;padding:0;margin:10px 0"><legend style="font-weight:600">Resolution</legend>
<label><input type="radio" name="resolution" value="standard" checked> Standard (JPEG, 1200 px)</label><br>
<label><input type="radio" name="resolution" value="high"> High resolution (TIFF, for print)</label></fieldset>
<p class="err" id="img-err" role="alert"></p>
<button type="button" class="btn" id="dlg-cancel">Cancel</button> <button class="btn btn-primary">Send request</button>
</form></div></div>
<div class="toast" id="toast" role="status" hidden></div>`,
    css: `.split{display:grid;grid-template-columns:320px 1fr;gap:18px}
.treebox{background:#fff;border:1px solid #e1e3e8;border-radius:8px;padding:10px}
[role=tree],[role=group]{list-style:none;padding-left:14px;margin:0}
[role=tree]{padding-left:0}
[role=treeitem]>.lbl{display:block;padding:4px 6px;border-radius:4px;cursor:pointer}
[role=treeitem][aria-expanded]>.lbl::before{content:"▸ ";color:#777}
[role=treeitem][aria-expanded=true]>.lbl::before{content:"▾ "}
[role=treeitem][aria-expanded=false]>[role=group]{display:none}
[role=treeitem][aria-selected=true]>.lbl{background:#111;color:#fff}
[role=treeitem]:focus{outline:none}[role=treeitem]:focus>.lbl{box-shadow:0 0 0 2px #f5c518}
.meta{display:grid;grid-template-columns:150px 1fr;gap:6px}.meta dt{font-weight:700}.meta dd{margin:0}`,
    script: client(collectionClient, objects),
  });
};

// ---------------------------------------------------------------- events (load more, hover actions)

export const EVENTS = [
  ['ev01', 'Thu 14 May', '10:00', 'Tiny Explorers: Shapes', 'Families', 'Free'],
  ['ev02', 'Thu 14 May', '18:30', 'Lecture: The Clockmakers of Halden', 'Talks', '£8'],
  ['ev03', 'Fri 15 May', '19:00', 'Museum Late: Jazz in the Engine Hall', 'Lates', '£15'],
  ['ev04', 'Sat 16 May', '14:00', 'Build-a-Robot workshop', 'Families', '£6'],
  ['ev05', 'Sun 17 May', '10:30', 'Dino Detectives trail', 'Families', 'Free'],
  ['ev06', 'Tue 19 May', '13:00', 'Lunchtime talk: Sunderland lustreware', 'Talks', 'Free'],
  ['ev07', 'Wed 20 May', '18:30', "Curator's tour: Moving Pictures", 'Tours', '£12'],
  ['ev08', 'Thu 21 May', '10:00', 'Tiny Explorers: Colours', 'Families', 'Free'],
  ['ev09', 'Thu 21 May', '19:00', 'Film night: early animation shorts', 'Lates', '£10'],
  ['ev10', 'Sat 23 May', '11:00', 'Sketching in the galleries', 'Adults', '£5'],
  ['ev11', 'Sun 24 May', '14:00', 'Family Sketch Club', 'Families', '£3'],
  ['ev12', 'Tue 26 May', '18:00', "Members' evening: Egypt after hours", 'Members', 'Free'],
  ['ev13', 'Thu 28 May', '13:00', 'Conservation in focus', 'Talks', 'Free'],
  ['ev14', 'Fri 29 May', '19:00', 'Museum Late: Night of the Robots', 'Lates', '£15'],
  ['ev15', 'Sat 30 May', '10:00', 'Watch repair demonstration', 'Adults', 'Free'],
  ['ev16', 'Sun 31 May', '11:00', 'Planetarium show: Stargazing for beginners', 'Families', '£7'],
  ['ev17', 'Tue 2 Jun', '19:00', 'Behind the lens: a photography talk', 'Talks', '£8'],
  ['ev18', 'Wed 3 Jun', '10:00', 'Baby mornings: sensory gallery', 'Families', 'Free'],
  ['ev19', 'Thu 4 Jun', '18:30', 'Behind the scenes: conservation lab tour', 'Tours', '£14'],
  ['ev20', 'Sat 6 Jun', '14:00', 'Lego engineering challenge', 'Families', '£6'],
  ['ev21', 'Sun 7 Jun', '15:00', 'Chamber concert in the Paintings gallery', 'Adults', '£18'],
  ['ev22', 'Tue 9 Jun', '13:00', "Lunchtime talk: The Weaver's Daughter", 'Talks', 'Free'],
  ['ev23', 'Thu 11 Jun', '19:00', 'Quiz night: Objects of Halden', 'Lates', '£5'],
  ['ev24', 'Fri 12 Jun', '21:30', 'Telescopes on the roof terrace: a night of stargazing', 'Adults', '£9'],
  ['ev25', 'Sat 13 Jun', '10:30', 'Fossil handling session', 'Families', '£4'],
  ['ev26', 'Tue 16 Jun', '18:30', 'Lecture: Steam and the city', 'Talks', '£8'],
  ['ev27', 'Thu 18 Jun', '10:00', 'Tiny Explorers: Sounds', 'Families', 'Free'],
  ['ev28', 'Sat 20 Jun', '14:00', 'Printmaking workshop', 'Adults', '£20'],
  ['ev29', 'Sun 21 Jun', '16:00', "Midsummer garden party", 'Members', '£10'],
  ['ev30', 'Tue 23 Jun', '19:00', 'Lecture: Women of the observatory', 'Talks', '£8'],
];

function eventsClient(EVENTS) {
  let shown = 0;
  let filter = 'All';
  const list = document.getElementById('events');
  const more = document.getElementById('more');
  const saved = new Set();
  const card = ([id, day, time, title, type, price]) => `<article class="ev" data-id="${id}" data-type="${type}">
<div class="when"><strong>${day}</strong><span>${time}</span></div>
<div class="what"><h3>${title}</h3><span class="tag">${type}</span> <span class="price">${price}</span></div>
<div class="acts"><button class="icon-btn save" aria-label="Save ${title.replace(/"/g, '&quot;')}" aria-pressed="false" title="Save">♡</button><button class="icon-btn cal" aria-label="Add ${title.replace(/"/g, '&quot;')} to calendar" title="Add to calendar">📅</button></div></article>`;
  function load() {
    const next = EVENTS.slice(shown, shown + 8);
    list.insertAdjacentHTML('beforeend', next.map(card).join(''));
    shown += next.length;
    more.hidden = shown >= EVENTS.length;
    applyFilter();
    document.getElementById('count').textContent = `Showing ${shown} of ${EVENTS.length} events`;
  }
  function applyFilter() {
    list.querySelectorAll('.ev').forEach((el) => { el.hidden = filter !== 'All' && el.dataset.type !== filter; });
  }
  more.addEventListener('click', () => {
    more.disabled = true;
    more.textContent = 'Loading…';
    setTimeout(() => { load(); more.disabled = false; more.textContent = 'Load more events'; }, 400);
  });
  document.getElementById('chips').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    filter = b.textContent;
    document.querySelectorAll('#chips button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    applyFilter();
  });
  list.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    const ev = b.closest('.ev');
    const id = ev.dataset.id;
    const title = ev.querySelector('h3').textContent;
    const t = document.getElementById('toast');
    if (b.classList.contains('save')) {
      if (saved.has(id)) { saved.delete(id); window.rec('unsave', { id, title }); b.textContent = '♡'; b.setAttribute('aria-pressed', 'false'); t.textContent = `Removed “${title}” from your saved events`; }
      else { saved.add(id); window.rec('save', { id, title }); b.textContent = '♥'; b.setAttribute('aria-pressed', 'true'); t.textContent = `Saved “${title}”`; }
    } else {
      window.rec('calendar', { id, title });
      t.textContent = `“${title}” added to your calendar`;
    }
    t.hidden = false;
    clearTimeout(t._h);
    t._h = setTimeout(() => { t.hidden = true; }, 4000);
  });
  load();
}

const events = () => page({
  title: "What's on",
  active: '/events',
  body: `<h1>What's on</h1>
<div id="chips" class="chips" aria-label="Filter events">${['All', 'Families', 'Adults', 'Talks', 'Tours', 'Lates', 'Members'].map((c, i) => `<button class="chip" aria-pressed="${i === 0}">${c}</button>`).join('')}</div>
<p class="muted" id="count"></p>
<div id="events" class="evlist"></div>
<p style="text-align:center"><button class="btn" id="more">Load more events</button></p>
<div class="toast" id="toast" role="status" hidden></div>`,
  css: `.chips{display:flex;gap:6px;margin-bottom:8px}.chip{font:inherit;border:1px solid #bbb;background:#fff;border-radius:16px;padding:4px 12px;cursor:pointer}.chip[aria-pressed=true]{background:#111;color:#fff}
.ev{display:grid;grid-template-columns:110px 1fr 90px;gap:12px;background:#fff;border:1px solid #e1e3e8;border-radius:8px;padding:12px;margin-bottom:8px;align-items:center}
.ev .when{display:flex;flex-direction:column}.ev h3{margin:0 0 4px;font-size:16px}
.tag{font-size:12px;background:#eee;border-radius:10px;padding:1px 8px}
.ev .acts{visibility:hidden;display:flex;gap:4px;justify-content:flex-end}
.ev:hover .acts,.ev:focus-within .acts{visibility:visible}`,
  script: client(eventsClient, EVENTS),
});

// ---------------------------------------------------------------- membership (shadow DOM)

function membershipClient() {
  const PLANS = [
    ['individual', 'Individual', 65, 5.75, 'Free entry for one, plus exhibitions'],
    ['joint', 'Joint', 95, 8.25, 'Two adults at the same address'],
    ['family', 'Family', 120, 10.5, 'Two adults and up to four children'],
    ['young', 'Young Friend (16–25)', 30, 2.75, 'For 16 to 25 year olds'],
  ];
  class HmMembership extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      this.billing = 'annual';
      root.innerHTML = `<style>
:host{display:block;font-family:inherit}
.plans{display:grid;grid-template-columns:repeat(2,1fr);gap:10px}
.plan{display:block;border:2px solid #ddd;border-radius:10px;padding:12px;background:#fff;cursor:pointer}
.plan input{position:absolute;opacity:0}
.plan:has(input:checked){border-color:#111;background:#fffbe6}
.plan strong{display:block;font-size:16px}
.seg{display:inline-flex;border:1px solid #111;border-radius:20px;overflow:hidden;margin:14px 0}
.seg button{font:inherit;border:0;background:#fff;padding:6px 16px;cursor:pointer}
.seg button[aria-pressed=true]{background:#111;color:#fff}
label.f{display:block;margin:10px 0 3px;font-weight:600}
input[type=text],input[type=email]{font:inherit;padding:7px 9px;border:1px solid #c4c9d2;border-radius:6px;width:300px}
.err{color:#b42318;font-size:13px}
.go{font:inherit;background:#111;color:#fff;border:0;border-radius:6px;padding:9px 18px;cursor:pointer;margin-top:14px}
</style>
<form novalidate>
<fieldset style="border:0;padding:0"><legend><strong>Choose a membership</strong></legend><div class="plans">
${PLANS.map(([k, n, y, m, d], i) => `<label class="plan"><input type="radio" name="plan" value="${k}"${i === 0 ? ' checked' : ''}><strong>${n}</strong><span class="price" data-y="${y}" data-m="${m}">£${y} a year</span><br><small>${d}</small></label>`).join('')}
</div></fieldset>
<div class="seg" role="group" aria-label="How would you like to pay?"><button type="button" data-b="annual" aria-pressed="true">Pay annually</button><button type="button" data-b="monthly" aria-pressed="false">Pay monthly</button></div>
<div><label><input type="checkbox" name="gift"> This membership is a gift</label></div>
<div class="gift" hidden>
<label class="f" for="rn">Recipient's full name</label><input type="text" id="rn" name="recipient">
<label class="f" for="re">Recipient's email</label><input type="email" id="re" name="recipientEmail"></div>
<label class="f" for="yn">Your full name</label><input type="text" id="yn" name="name">
<label class="f" for="ye">Your email</label><input type="email" id="ye" name="email">
<p class="err" role="alert"></p>
<button class="go" type="submit">Continue to payment</button>
</form>
<div class="done" hidden><h3>Thank you!</h3><p>We've sent the payment link to your email.</p></div>`;
      const f = root.querySelector('form');
      root.querySelectorAll('.seg button').forEach((b) => b.addEventListener('click', () => {
        this.billing = b.dataset.b;
        root.querySelectorAll('.seg button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
        root.querySelectorAll('.price').forEach((p) => { p.textContent = this.billing === 'annual' ? `£${p.dataset.y} a year` : `£${Number(p.dataset.m).toFixed(2)} a month`; });
      }));
      f.gift.addEventListener('change', () => { root.querySelector('.gift').hidden = !f.gift.checked; });
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        const data = { plan: f.querySelector('[name=plan]:checked').value, billing: this.billing, gift: f.gift.checked,
          recipient: f.gift.checked ? f.recipient.value.trim() : '', recipientEmail: f.gift.checked ? f.recipientEmail.value.trim() : '',
          name: f.name.value.trim(), email: f.email.value.trim() };
        const err = root.querySelector('.err');
        if (!data.name || !/@/.test(data.email)) { err.textContent = 'Please enter your name and email.'; return; }
        if (data.gift && !data.recipient) { err.textContent = "Please enter the recipient's name."; return; }
        if (data.plan === 'young' && data.billing === 'monthly') { err.textContent = 'Young Friend membership is paid annually.'; return; }
        window.rec('submit', { form: 'membership', data });
        f.hidden = true;
        root.querySelector('.done').hidden = false;
      });
    }
  }
  customElements.define('hm-membership', HmMembership);
}

const membership = () => page({
  title: 'Become a member',
  active: '/membership',
  body: `<h1>Become a member</h1><p>Unlimited free entry to every exhibition, members' evenings and 10% off in the shop and café.</p>
<div class="card"><hm-membership></hm-membership></div>`,
  script: client(membershipClient),
});

// ---------------------------------------------------------------- support (donation iframe)

const support = () => page({
  title: 'Support us',
  active: '/support',
  body: `<h1>Support us</h1><p>Halden is a charity. Every gift helps us conserve the collection and run free school visits.</p>
<iframe src="/embed/donate" title="Donation form" style="width:100%;max-width:620px;height:640px;border:1px solid #ddd;border-radius:8px;background:#fff"></iframe>
<p class="muted">Donations are processed securely by our payments partner.</p>`,
});

const donateEmbed = () => doc({
  title: 'Donate',
  css: `body{background:#fff;padding:16px}.pills{display:flex;gap:8px;flex-wrap:wrap}.pills label{border:1px solid #999;border-radius:20px;padding:6px 14px;cursor:pointer}
.pills input{position:absolute;opacity:0}.pills label:has(input:checked){background:#111;color:#fff}
label.f{display:block;margin:12px 0 3px;font-weight:600}input[type=text],input[type=email],input[type=number]{font:inherit;padding:7px;border:1px solid #bbb;border-radius:6px;width:280px}
.err{color:#b42318}`,
  body: `<form method="post" action="/submit/donation" id="don" novalidate>
<h2>Make a donation</h2>
<fieldset style="border:0;padding:0"><legend class="f">How often?</legend><div class="pills">
<label><input type="radio" name="frequency" value="one-off" checked> Give once</label><label><input type="radio" name="frequency" value="monthly"> Give monthly</label></div></fieldset>
<fieldset style="border:0;padding:0"><legend class="f">Amount</legend><div class="pills">
<label><input type="radio" name="preset" value="10"> £10</label><label><input type="radio" name="preset" value="25" checked> £25</label><label><input type="radio" name="preset" value="50"> £50</label><label><input type="radio" name="preset" value="other"> Other</label></div>
<div id="otherbox" hidden><label class="f" for="other">Other amount (£)</label><input type="number" id="other" min="2" step="1"></div></fieldset>
<input type="hidden" name="amount" id="amount">
<label style="display:block;margin-top:12px"><input type="checkbox" name="giftaid" value="yes"> Yes, I am a UK taxpayer and want to Gift Aid my donation</label>
<label class="f" for="fn">First name</label><input type="text" id="fn" name="first_name">
<label class="f" for="ln">Last name</label><input type="text" id="ln" name="last_name">
<label class="f" for="em">Email</label><input type="email" id="em" name="email">
<p class="err" id="err" role="alert"></p>
<button class="btn btn-primary" type="submit">Donate now</button></form>`,
  script: `(function(){
var f=document.getElementById('don');
f.addEventListener('change',function(){ document.getElementById('otherbox').hidden = f.querySelector('[name=preset]:checked').value!=='other'; });
f.addEventListener('submit',function(e){
  var p=f.querySelector('[name=preset]:checked').value;
  var amt = p==='other' ? document.getElementById('other').value.trim() : p;
  var err='';
  if(!amt || Number(amt)<2) err='Please enter an amount of at least £2.';
  else if(!f.first_name.value.trim()||!f.last_name.value.trim()) err='Please enter your name.';
  else if(!/@/.test(f.email.value)) err='Please enter a valid email address.';
  if(err){ e.preventDefault(); document.getElementById('err').textContent=err; return; }
  document.getElementById('amount').value=amt;
});
})();`,
});

// ---------------------------------------------------------------- group booking (native form)

const groups = () => page({
  title: 'Group visits',
  body: `<h1>Group visits</h1><p>Groups of 10 or more get 20% off admission. Schools visit free. Tell us about your visit and our bookings team will confirm within two working days.</p>
<form method="post" action="/submit/group" class="card" style="max-width:620px">
<label class="f" for="org">Organisation or school</label><input type="text" id="org" name="organisation" required>
<label class="f" for="gtype">Type of group</label><select id="gtype" name="type" required><option value="">Please choose</option><option value="school">School (primary or secondary)</option><option value="college">College or university</option><option value="adult">Adult group or society</option><option value="tour">Tour operator</option></select>
<label class="f" for="gsize">Number of visitors (including staff)</label><input type="number" id="gsize" name="size" min="10" max="120" required>
<label class="f" for="gdate">Preferred date</label><input type="date" id="gdate" name="date" min="${TODAY}" required>
<label class="f" for="garr">Arrival time</label><select id="garr" name="arrival">${['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00'].map((t) => `<option>${t}</option>`).join('')}</select>
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">Do you need the lunch room?</legend>
<label><input type="radio" name="lunch" value="yes"> Yes</label> <label><input type="radio" name="lunch" value="no" checked> No</label></fieldset>
<label class="f" for="gname">Lead contact name</label><input type="text" id="gname" name="name" required>
<label class="f" for="gemail">Email</label><input type="email" id="gemail" name="email" required>
<label class="f" for="gphone">Phone</label><input type="tel" id="gphone" name="phone">
<label class="f" for="gnotes">Anything else we should know?</label><textarea id="gnotes" name="notes" rows="3"></textarea>
<p><button class="btn btn-primary">Send booking request</button></p></form>`,
});

// ---------------------------------------------------------------- lost property (script validation)

function lostClient() {
  const f = document.getElementById('lost');
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const errs = [];
    const set = (name, msg) => { document.getElementById(`${name}-err`).textContent = msg || ''; if (msg) errs.push(msg); };
    const v = (n) => f[n].value.trim();
    set('visit_date', /^\d{2}\/\d{2}\/\d{4}$/.test(v('visit_date')) ? '' : 'Enter the date as DD/MM/YYYY, for example 09/05/2026.');
    set('item', v('item') ? '' : 'Tell us what you lost.');
    set('where', v('where') ? '' : 'Choose where you think you lost it.');
    set('name', v('name') ? '' : 'Enter your name.');
    set('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v('email')) ? '' : 'Enter a valid email address.');
    document.getElementById('summary').hidden = !errs.length;
    document.getElementById('summary').querySelector('ul').innerHTML = errs.map((x) => `<li>${x}</li>`).join('');
    if (errs.length) return;
    window.rec('submit', { form: 'lost', data: { visit_date: v('visit_date'), item: v('item'), description: v('description'), where: v('where'), name: v('name'), email: v('email'), phone: v('phone') } });
    f.hidden = true;
    document.getElementById('ok').hidden = false;
  });
}

const lost = () => page({
  title: 'Lost property',
  body: `<h1>Report lost property</h1><p>Items handed in are kept for 30 days. Fill in the form and we'll check our log.</p>
<div id="summary" class="card" role="alert" hidden style="border-color:#b42318"><strong>There is a problem</strong><ul></ul></div>
<form id="lost" novalidate class="card" style="max-width:620px">
<label class="f" for="visit_date">Date of your visit</label><input type="text" id="visit_date" name="visit_date" placeholder="DD/MM/YYYY"><div class="err" id="visit_date-err"></div>
<label class="f" for="item">What did you lose?</label><input type="text" id="item" name="item"><div class="err" id="item-err"></div>
<label class="f" for="description">Description (colour, brand, anything distinctive)</label><textarea id="description" name="description" rows="3"></textarea>
<label class="f" for="where">Where do you think you lost it?</label>
<select id="where" name="where"><option value="">Select</option><option value="not-sure">Not sure</option><option value="cafe">Quay Café</option><option value="shop">Shop</option><option value="cloakroom">Cloakroom or lockers</option><option value="toilets">Toilets</option><option value="steam">Steam &amp; Engines</option><option value="clocks">Clockwork Worlds</option><option value="egypt">Nile: Life and Afterlife</option><option value="paintings">European Paintings</option><option value="moving-pictures">Moving Pictures exhibition</option></select><div class="err" id="where-err"></div>
<label class="f" for="name">Your name</label><input type="text" id="name" name="name"><div class="err" id="name-err"></div>
<label class="f" for="email">Email</label><input type="email" id="email" name="email"><div class="err" id="email-err"></div>
<label class="f" for="phone">Phone (optional)</label><input type="tel" id="phone" name="phone">
<p><button class="btn btn-primary">Submit report</button></p></form>
<div id="ok" class="card" hidden><h2>Thanks, we've logged your report</h2><p>We'll email you if it turns up.</p></div>`,
  script: client(lostClient),
});

export default {
  name: 'museum',
  title: 'Halden Museum',
  pages: {
    '/': home,
    '/visit': visit,
    '/floorplan': floorplan,
    '/exhibitions/moving-pictures': exhibition,
    '/exhibitions/moving-pictures/large-print': largePrint,
    '/tickets': tickets,
    '/collection': collection,
    '/events': events,
    '/membership': membership,
    '/support': support,
    '/embed/donate': donateEmbed,
    '/groups': groups,
    '/lost-property': lost,
  },
  thanks(form, data) {
    if (form === 'donation') return `<h2>Thank you, ${esc(data.first_name || '')}!</h2><p>Your ${data.frequency === 'monthly' ? 'monthly ' : ''}gift of £${esc(data.amount || '')} makes a real difference.</p>`;
    if (form === 'group') return '<h1>Request received</h1><p>Our bookings team will be in touch within two working days.</p><p><a href="/">Back to Halden Museum</a></p>';
    return '<h1>Thank you</h1>';
  },
};

// Metrolinq, a city transport site as a hash-routed single-page app: a journey
// planner web component with an open shadow root (stop suggestions, swap button,
// leave-at / arrive-by, avoid checkboxes, results), a network ARIA tree (mode >
// line > stops), line pages with <li role=tab> day tabs, first/last timetables,
// an alerts bell and a printable timetable (window.open), fares in tabs, service
// alerts, a travel-card account with top-up and a trips tab, a report form, and a
// zone map in a new tab (target=_blank).
import { doc, esc } from '../../eval/sites/common.mjs';

// id, mode, name, route name, stops, offsets (minutes from the first stop),
// {weekdays, saturday, sunday}: [first, last, every]
export const LINES = [
  ['M1', 'Metro', 'M1 Red line', ['Airport', 'Expo', 'Riverside', 'Central Station', 'Old Town', 'University', 'Northgate'], [0, 3, 7, 12, 15, 18, 22],
    { weekdays: ['05:00', '23:45', '4–6 min'], saturday: ['05:30', '23:45', '6 min'], sunday: ['06:30', '23:15', '8 min'] }],
  ['M2', 'Metro', 'M2 Blue line', ['Westpark', 'Museum Quarter', 'Central Station', 'Harbour Square', 'Docklands', 'Eastfield'], [0, 4, 8, 11, 15, 19],
    { weekdays: ['05:15', '23:55', '5 min'], saturday: ['05:45', '23:55', '7 min'], sunday: ['06:45', '23:25', '10 min'] }],
  ['T4', 'Tram', 'Tram T4', ['Old Town', 'Market Hall', 'Cathedral', 'Riverside', 'Botanic Garden'], [0, 4, 7, 11, 16],
    { weekdays: ['05:30', '23:30', '8 min'], saturday: ['06:15', '23:50', '10 min'], sunday: ['07:00', '23:00', '15 min'] }],
  ['T7', 'Tram', 'Tram T7', ['University', 'Science Park', 'Museum Quarter', 'Opera', 'Harbour Square', 'Lighthouse'], [0, 5, 9, 13, 18, 24],
    { weekdays: ['05:40', '23:20', '10 min'], saturday: ['06:20', '23:20', '12 min'], sunday: ['07:20', '22:50', '15 min'] }],
  ['12', 'Bus', 'Bus 12', ['Central Station', 'Hospital', 'Greenway', 'Airport'], [0, 9, 17, 31],
    { weekdays: ['05:10', '23:40', '15 min'], saturday: ['06:10', '23:40', '20 min'], sunday: ['07:10', '22:40', '30 min'] }],
  ['23', 'Bus', 'Bus 23', ['Harbour Square', 'Docklands', 'Ferry Terminal', 'Northfield'], [0, 6, 11, 25],
    { weekdays: ['06:00', '22:30', '20 min'], saturday: ['07:00', '22:30', '30 min'], sunday: ['08:00', '21:00', '40 min'] }],
  ['48', 'Bus', 'Bus 48', ['Hillcrest', 'Cemetery Gates', 'Market Hall', 'Central Station', 'Stadium'], [0, 6, 14, 22, 30],
    { weekdays: ['06:05', '23:05', '12 min'], saturday: ['06:35', '23:05', '15 min'], sunday: ['07:35', '22:05', '20 min'] }],
  ['F1', 'Ferry', 'Ferry F1', ['Ferry Terminal', 'Lighthouse', 'Island Pier'], [0, 25, 45],
    { weekdays: ['07:00', '21:00', '60 min'], saturday: ['08:00', '21:00', '60 min'], sunday: ['09:00', '19:00', '90 min'] }],
  ['F2', 'Ferry', 'Ferry F2', ['Ferry Terminal', 'Southbeach'], [0, 35],
    { weekdays: ['08:00', '20:00', '90 min'], saturday: ['09:00', '19:30', '90 min'], sunday: ['10:00', '17:30', '150 min'] }],
].map(([id, mode, name, stops, off, days]) => ({ id, mode, name, stops, off, days }));
const LINE = Object.fromEntries(LINES.map((l) => [l.id, l]));
const STOPS = [...new Set(LINES.flatMap((l) => l.stops))].sort();
const ZONES = {
  1: ['Central Station', 'Old Town', 'Harbour Square', 'Museum Quarter', 'Market Hall', 'Cathedral', 'Opera'],
  2: ['Riverside', 'University', 'Westpark', 'Docklands', 'Science Park', 'Expo', 'Hospital', 'Ferry Terminal'],
  3: ['Airport', 'Northgate', 'Eastfield', 'Northfield', 'Island Pier', 'Southbeach', 'Hillcrest', 'Lighthouse', 'Greenway', 'Botanic Garden', 'Stadium', 'Cemetery Gates'],
};
const NOTES = {
  M2: 'Step-free access at every station except Museum Quarter, where the lift is under repair until 30 April 2027.',
};
const ALERTS = [
  ['T4', 'Planned works', 'Replacement buses run between Cathedral and Botanic Garden on 13–14 February 2027 while the track is renewed. Allow 15 extra minutes.'],
  ['M2', 'Accessibility', 'The lift at Museum Quarter is out of order until 30 April 2027. Use Central Station for step-free access.'],
  ['23', 'Diversion', 'Bus 23 is diverted via Quay Street; the Ferry Terminal stop is closed until 1 March 2027.'],
  ['F2', 'Suspended', 'Ferry F2 is suspended today because of high winds. F1 is running normally.'],
];

const CSS = `
header.top{background:#1f2a44;color:#fff;padding:10px 22px;display:flex;gap:18px;align-items:center}
header.top .logo{font-weight:800;font-size:18px;color:#ffd23f;text-decoration:none;margin-right:auto}
header.top a{color:#dfe4f0;text-decoration:none}
main{padding:18px 24px;max-width:1000px}
.panel{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.08);margin-bottom:14px}
[role=tree],[role=group]{list-style:none;margin:0;padding-left:20px} [role=tree]{padding-left:0}
[role=treeitem]>.lab{display:inline-block;padding:3px 6px;border-radius:4px;cursor:pointer} [role=treeitem]>.lab:hover{background:#eef1f7}
.tw{display:inline-block;width:14px;color:#889}
[role=tablist]{display:flex;gap:4px;list-style:none;padding:0;margin:0 0 10px;border-bottom:2px solid #d9dee8}
[role=tab]{padding:8px 14px;cursor:pointer;border-bottom:3px solid transparent;margin-bottom:-2px;background:none;border-top:0;border-left:0;border-right:0;font:inherit}
[role=tab][aria-selected=true]{border-bottom-color:#ffb400;font-weight:600}
table.tt{border-collapse:collapse;background:#fff;min-width:420px} table.tt th,table.tt td{padding:7px 12px;border-bottom:1px solid #e5e8ef;text-align:left}
.sev{font-size:12px;padding:2px 8px;border-radius:10px;background:#fdeccf;margin-left:6px}
.amts button{margin-right:6px} .amts button[aria-pressed=true]{background:#1f2a44;color:#fff}
form.stack label{display:block;font-weight:600;margin:10px 0 4px} form.stack input,form.stack select,form.stack textarea{padding:7px;font:inherit;width:340px}
.sw{width:40px;height:22px;border-radius:11px;border:0;background:#c3c8d1;position:relative;cursor:pointer;vertical-align:middle}
.sw span{position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff} .sw[aria-checked=true]{background:#1f7a4d} .sw[aria-checked=true] span{left:21px}
`;

function shell() {
  const body = `<header class="top"><a class="logo" href="#/">Metrolinq</a><a href="#/">Plan a journey</a><a href="#/lines">Lines</a><a href="#/alerts">Service alerts</a><a href="#/fares">Fares</a><a href="#/account">My account</a><a href="#/report">Report a problem</a>
<a href="/map" target="_blank" rel="noopener">Network map ↗</a></header><main id="app"></main><div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
var LINES = ${JSON.stringify(LINES)}, STOPS = ${JSON.stringify(STOPS)}, ALERTS = ${JSON.stringify(ALERTS)};
var LINE = {}; LINES.forEach(function(l){ LINE[l.id] = l; });
var following = {};
function toast(m){ var t = document.getElementById('toast'); t.textContent = m; t.classList.remove('hidden'); clearTimeout(toast.h); toast.h = setTimeout(function(){ t.classList.add('hidden'); }, 3500); }
function mins(t){ var p = t.split(':'); return +p[0] * 60 + +p[1]; }
function hhmm(m){ m = ((m % 1440) + 1440) % 1440; var h = Math.floor(m / 60), n = m % 60; return (h < 10 ? '0' : '') + h + ':' + (n < 10 ? '0' : '') + n; }

class JourneyPlanner extends HTMLElement {
  connectedCallback(){
    if (this.shadowRoot) return;
    var s = this.attachShadow({mode: 'open'});
    s.innerHTML = '<style>:host{display:block;font-family:system-ui,sans-serif}.box{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.1);max-width:620px}' +
      'label{display:block;font-weight:600;margin:8px 0 4px}.f{position:relative}input[type=text]{padding:8px;font:inherit;width:100%;box-sizing:border-box}' +
      'ul{position:absolute;left:0;right:0;list-style:none;margin:2px 0 0;padding:4px 0;background:#fff;border:1px solid #ccd;border-radius:6px;z-index:5}li{padding:6px 10px;cursor:pointer}li:hover{background:#eef1f7}' +
      '.row{display:flex;gap:10px;align-items:flex-end}.row>*{flex:1}.swap{flex:0;border:1px solid #ccd;background:#fff;border-radius:50%;width:34px;height:34px;cursor:pointer}' +
      '.seg label{display:inline;font-weight:400;margin-right:10px}button.go{margin-top:12px;background:#ffb400;border:0;padding:8px 16px;border-radius:6px;font:inherit;font-weight:600;cursor:pointer}' +
      '.err{color:#b3261e}.opt{border-top:1px solid #e5e8ef;padding:8px 0}.opt b{font-size:15px}[hidden]{display:none}</style>' +
      '<div class="box"><div class="row"><div class="f"><label for="from">From</label><input type="text" id="from" autocomplete="off" placeholder="Stop or station" role="combobox" aria-autocomplete="list" aria-expanded="false"><ul role="listbox" hidden></ul></div>' +
      '<button class="swap" aria-label="Swap origin and destination" title="Swap">⇅</button>' +
      '<div class="f"><label for="to">To</label><input type="text" id="to" autocomplete="off" placeholder="Stop or station" role="combobox" aria-autocomplete="list" aria-expanded="false"><ul role="listbox" hidden></ul></div></div>' +
      '<div class="row"><div class="seg" role="radiogroup" aria-label="When"><label><input type="radio" name="when" value="depart" checked> Leave at</label><label><input type="radio" name="when" value="arrive"> Arrive by</label></div>' +
      '<div><label for="time">Time</label><input type="time" id="time" value="08:00"></div></div>' +
      '<fieldset style="border:0;padding:0;margin-top:8px"><legend style="font-weight:600">Avoid</legend><label style="display:inline;font-weight:400"><input type="checkbox" name="avoid" value="bus"> Buses</label> ' +
      '<label style="display:inline;font-weight:400;margin-left:10px"><input type="checkbox" name="avoid" value="tram"> Trams</label> <label style="display:inline;font-weight:400;margin-left:10px"><input type="checkbox" name="avoid" value="ferry"> Ferries</label></fieldset>' +
      '<button class="go">Plan journey</button><p class="err" role="alert"></p><div class="res" aria-live="polite"></div></div>';
    ['from', 'to'].forEach(function(id){ var inp = s.getElementById(id), ul = inp.nextElementSibling;
      inp.addEventListener('input', function(){ var v = inp.value.trim().toLowerCase(); var m = v ? STOPS.filter(function(x){ return x.toLowerCase().indexOf(v) >= 0; }).slice(0, 6) : [];
        ul.innerHTML = m.map(function(x){ return '<li role="option">' + x + '</li>'; }).join(''); ul.hidden = !m.length; inp.setAttribute('aria-expanded', !!m.length); });
      ul.addEventListener('mousedown', function(e){ var li = e.target.closest('li'); if (!li) return; e.preventDefault(); inp.value = li.textContent; ul.hidden = true; inp.setAttribute('aria-expanded', 'false'); });
      inp.addEventListener('blur', function(){ setTimeout(function(){ ul.hidden = true; }, 150); }); });
    s.querySelector('.swap').onclick = function(){ var a = s.getElementById('from'), b = s.getElementById('to'), t = a.value; a.value = b.value; b.value = t; };
    s.querySelector('.go').onclick = function(){
      var canon = function(v){ v = v.trim().toLowerCase(); return STOPS.filter(function(x){ return x.toLowerCase() === v; })[0]; };
      var from = canon(s.getElementById('from').value), to = canon(s.getElementById('to').value), err = s.querySelector('.err');
      if (!from || !to) { err.textContent = 'Choose both stops from the suggestions.'; return; }
      if (from === to) { err.textContent = 'From and To are the same stop.'; return; }
      err.textContent = '';
      var when = s.querySelector('input[name=when]:checked').value, time = s.getElementById('time').value || '08:00';
      var avoid = [].slice.call(s.querySelectorAll('input[name=avoid]:checked')).map(function(x){ return x.value; });
      rec('state', {name: 'journey', from: from, to: to, when: when, time: time, avoid: avoid});
      s.querySelector('.res').innerHTML = '<h3>Journeys from ' + from + ' to ' + to + '</h3>' + options(from, to, when, time, avoid).map(function(o){
        return '<div class="opt"><b>' + hhmm(o.dep) + ' → ' + hhmm(o.arr) + '</b> · ' + (o.arr - o.dep) + ' min · ' + (o.changes ? o.changes + (o.changes > 1 ? ' changes' : ' change') : 'Direct') + '<br><small>' + o.legs + '</small></div>'; }).join('');
    };
  }
}
function options(from, to, when, time, avoid){
  var t = mins(time), key = from + '>' + to, o;
  if (key === 'Central Station>University') o = [{d: -46, len: 31, changes: 2, legs: 'Bus 48 → T4 → T7'}, {d: -31, len: 23, changes: 1, legs: 'M2 → T7'}, {d: -27, len: 15, changes: 0, legs: 'M1 Red line'}];
  else { var h = 0; for (var i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 997;
    o = [{d: -50, len: 20 + h % 17, changes: 1, legs: avoid.indexOf('tram') < 0 ? 'M1 → T4' : 'M1 → M2'}, {d: -38, len: 26 + h % 11, changes: 0, legs: avoid.indexOf('bus') < 0 ? 'Bus 12' : 'M2'}, {d: -22, len: 18 + h % 13, changes: 2, legs: 'M2 → M1 → walk'}]; }
  return o.map(function(x){ var dep = when === 'arrive' ? t + x.d : t + x.d + 52; return {dep: dep, arr: dep + x.len, changes: x.changes, legs: x.legs}; });
}
customElements.define('journey-planner', JourneyPlanner);

var app = document.getElementById('app');
function render(){
  var h = location.hash || '#/', m; rec('state', {name: 'route', hash: h}); window.scrollTo(0, 0);
  if (h === '#/' || h === '#') app.innerHTML = '<h1>Plan a journey</h1><journey-planner></journey-planner>';
  else if (h === '#/lines') lines();
  else if ((m = /^#\\/line\\/(\\w+)$/.exec(h)) && LINE[m[1]]) line(LINE[m[1]]);
  else if (h === '#/alerts') alerts();
  else if (h === '#/fares') fares();
  else if (h === '#/account') account();
  else if (h === '#/report') report();
  else app.innerHTML = '<h1>Not found</h1><p><a href="#/">Back to the planner</a></p>';
  document.title = (app.querySelector('h1') ? app.querySelector('h1').textContent + ' · ' : '') + 'Metrolinq';
}
window.addEventListener('hashchange', render);
function lines(){
  var modes = ['Metro', 'Tram', 'Bus', 'Ferry'];
  app.innerHTML = '<h1>Lines and stops</h1><div class="panel"><ul role="tree" aria-label="Network">' + modes.map(function(md, i){
    return '<li role="treeitem" aria-expanded="false" tabindex="' + (i ? -1 : 0) + '"><span class="lab"><span class="tw">▸</span>' + md + '</span><ul role="group" hidden>' + LINES.filter(function(l){ return l.mode === md; }).map(function(l){
      return '<li role="treeitem" aria-expanded="false" tabindex="-1"><span class="lab"><span class="tw">▸</span>' + l.name + ' <small>' + l.stops[0] + ' – ' + l.stops[l.stops.length - 1] + '</small></span> <a href="#/line/' + l.id + '">Timetable ›</a><ul role="group" hidden>' +
        l.stops.map(function(s){ return '<li role="treeitem" tabindex="-1"><span class="lab">' + s + '</span></li>'; }).join('') + '</ul></li>'; }).join('') + '</ul></li>'; }).join('') + '</ul></div>';
  var tree = app.querySelector('[role=tree]');
  function toggle(li, open){ if (!li.hasAttribute('aria-expanded')) return; if (open === undefined) open = li.getAttribute('aria-expanded') !== 'true';
    li.setAttribute('aria-expanded', open); li.querySelector(':scope>ul').hidden = !open; li.querySelector(':scope>.lab .tw').textContent = open ? '▾' : '▸'; }
  function vis(){ return [].slice.call(tree.querySelectorAll('[role=treeitem]')).filter(function(li){ return !li.closest('[role=group][hidden]'); }); }
  function focus(li){ tree.querySelectorAll('[role=treeitem]').forEach(function(x){ x.tabIndex = -1; }); li.tabIndex = 0; li.focus(); }
  tree.addEventListener('click', function(e){ var lab = e.target.closest('.lab'); if (!lab) return; focus(lab.parentNode); toggle(lab.parentNode); });
  tree.addEventListener('keydown', function(e){ var li = e.target.closest('[role=treeitem]'), v = vis(), i = v.indexOf(li);
    if (e.key === 'ArrowDown' && v[i + 1]) focus(v[i + 1]); else if (e.key === 'ArrowUp' && v[i - 1]) focus(v[i - 1]);
    else if (e.key === 'ArrowRight') toggle(li, true); else if (e.key === 'ArrowLeft') toggle(li, false); else if (e.key === 'Enter') { var a = li.querySelector(':scope>a'); if (a) a.click(); else toggle(li); } else return; e.preventDefault(); });
}
function line(l){
  var days = [['weekdays', 'Weekdays'], ['saturday', 'Saturday'], ['sunday', 'Sunday & holidays']];
  var on = !!following[l.id];
  app.innerHTML = '<p><a href="#/lines">‹ All lines</a></p><h1>' + l.name + '</h1><p>' + l.stops[0] + ' – ' + l.stops[l.stops.length - 1] + ' · ' + l.stops.length + ' stops ' +
    '<button class="icon-btn" id="bell" aria-label="Get alerts for this line" aria-pressed="' + on + '">' + (on ? '🔔' : '🔕') + '</button> <button class="btn" id="print">Printable timetable</button></p>' +
    '<ul role="tablist" aria-label="Day">' + days.map(function(d, i){ return '<li role="tab" id="tab-' + d[0] + '" aria-controls="pan-' + d[0] + '" aria-selected="' + (i === 0) + '" tabindex="' + (i ? -1 : 0) + '">' + d[1] + '</li>'; }).join('') + '</ul>' +
    days.map(function(d, i){ var t = l.days[d[0]];
      return '<section role="tabpanel" id="pan-' + d[0] + '" aria-labelledby="tab-' + d[0] + '"' + (i ? ' hidden' : '') + '><table class="tt"><caption style="text-align:left;padding:4px 0">' + d[1] + ': every ' + t[2] + ' during the day. Direction ' + l.stops[l.stops.length - 1] + '.</caption>' +
        '<thead><tr><th>Stop</th><th>First</th><th>Last</th></tr></thead><tbody>' + l.stops.map(function(s, k){ return '<tr><th scope="row">' + s + '</th><td>' + hhmm(mins(t[0]) + l.off[k]) + '</td><td>' + hhmm(mins(t[1]) + l.off[k]) + '</td></tr>'; }).join('') + '</tbody></table></section>'; }).join('');
  var tabs = app.querySelectorAll('[role=tab]');
  tabs.forEach(function(t, i){ t.addEventListener('click', function(){ tabs.forEach(function(o){ o.setAttribute('aria-selected', o === t); o.tabIndex = o === t ? 0 : -1; document.getElementById(o.getAttribute('aria-controls')).hidden = o !== t; }); });
    t.addEventListener('keydown', function(e){ var j = e.key === 'ArrowRight' ? (i + 1) % 3 : e.key === 'ArrowLeft' ? (i + 2) % 3 : -1; if (j >= 0) { tabs[j].click(); tabs[j].focus(); } }); });
  document.getElementById('bell').onclick = function(){ following[l.id] = !following[l.id]; this.setAttribute('aria-pressed', following[l.id]); this.textContent = following[l.id] ? '🔔' : '🔕';
    rec('follow', {line: l.id, on: following[l.id]}); toast(following[l.id] ? 'You will get alerts for ' + l.name : 'Alerts for ' + l.name + ' turned off'); };
  document.getElementById('print').onclick = function(){ var d = app.querySelector('[role=tab][aria-selected=true]').id.slice(4); window.open('/timetable/' + l.id + '?day=' + d, '_blank'); };
}
function alerts(){
  app.innerHTML = '<h1>Service alerts</h1>' + ALERTS.map(function(a){ return '<div class="panel"><b>' + LINE[a[0]].name + '</b><span class="sev">' + a[1] + '</span><p>' + a[2] + '</p></div>'; }).join('');
}
function fares(){
  var Z = '<thead><tr><th>Ticket</th><th>Zones 1–2</th><th>Zones 1–3</th><th>All zones</th></tr></thead>';
  var T = [['single', 'Single tickets', [['Single (90 minutes, transfers included)', '€2.20', '€2.80', '€3.40'], ['10-trip carnet', '€19.00', '€24.50', '€29.00']]],
    ['passes', 'Passes', [['Day pass', '€7.20', '€8.80', '€10.40'], ['7-day pass', '€24.00', '€30.00', '€36.00'], ['Monthly pass', '€68.00', '€84.00', '€99.00']]],
    ['conc', 'Concessions', [['Single', '€1.10', '€1.40', '€1.70'], ['Day pass', '€3.60', '€4.40', '€5.20'], ['Monthly pass', '€24.50', '€31.00', '€39.50']]]];
  app.innerHTML = '<h1>Fares</h1><div role="tablist" aria-label="Ticket types">' + T.map(function(t, i){ return '<button role="tab" id="ft-' + t[0] + '" aria-controls="fp-' + t[0] + '" aria-selected="' + (i === 0) + '">' + t[1] + '</button>'; }).join('') + '</div>' +
    T.map(function(t, i){ return '<div role="tabpanel" id="fp-' + t[0] + '" aria-labelledby="ft-' + t[0] + '"' + (i ? ' hidden' : '') + '>' + (t[0] === 'conc' ? '<p>For under-18s, students and over-65s with a Metrolinq concession card.</p>' : '') +
      '<table class="tt">' + Z + '<tbody>' + t[2].map(function(r){ return '<tr><th scope="row">' + r[0] + '</th><td>' + r[1] + '</td><td>' + r[2] + '</td><td>' + r[3] + '</td></tr>'; }).join('') + '</tbody></table></div>'; }).join('') +
    '<p style="margin-top:18px;font-size:13px;color:#555">Travelling without a valid ticket: penalty fare €60, reduced to €30 if paid within 14 days. Children under 6 travel free.</p>';
  var tabs = app.querySelectorAll('[role=tab]');
  tabs.forEach(function(t){ t.onclick = function(){ tabs.forEach(function(o){ o.setAttribute('aria-selected', o === t); document.getElementById(o.getAttribute('aria-controls')).hidden = o !== t; }); }; });
}
function account(){
  var TRIPS = [['9 Feb 2027', 'Central Station', 'University', '€2.20'], ['5 Feb 2027', 'Harbour Square', 'Airport', '€3.40'], ['2 Feb 2027', 'Westpark', 'Docklands', '€2.80'], ['29 Jan 2027', 'Hillcrest', 'Stadium', '€1.40']];
  app.innerHTML = '<h1>My account</h1><div role="tablist" aria-label="Account"><button role="tab" id="at-card" aria-controls="ap-card" aria-selected="true">Travel card</button><button role="tab" id="at-trips" aria-controls="ap-trips" aria-selected="false">Trips</button></div>' +
    '<div role="tabpanel" id="ap-card" aria-labelledby="at-card"><div class="panel"><p>Card ending <b>4417</b> · balance <b id="bal">€4.60</b></p><h2 style="font-size:16px">Add money</h2>' +
    '<div class="amts" role="group" aria-label="Amount"><button class="btn" aria-pressed="false" data-a="10">€10</button><button class="btn" aria-pressed="false" data-a="20">€20</button><button class="btn" aria-pressed="false" data-a="50">€50</button>' +
    '<label style="margin-left:10px">or other amount € <input id="other" type="number" min="5" max="200" style="width:80px;padding:5px"></label></div>' +
    '<p><button class="btn btn-primary" id="topup">Add to card</button> <span id="terr" style="color:#b3261e"></span></p>' +
    '<p><span id="auto-l">Automatic top-up when the balance drops below €5</span> <button class="sw" role="switch" aria-checked="false" aria-labelledby="auto-l" id="auto"><span></span></button></p></div></div>' +
    '<div role="tabpanel" id="ap-trips" aria-labelledby="at-trips" hidden><table class="tt"><thead><tr><th>Date</th><th>From</th><th>To</th><th>Fare</th></tr></thead><tbody>' +
    TRIPS.map(function(t){ return '<tr><td>' + t[0] + '</td><td>' + t[1] + '</td><td>' + t[2] + '</td><td>' + t[3] + '</td></tr>'; }).join('') + '</tbody></table></div>';
  var tabs = app.querySelectorAll('[role=tab]');
  tabs.forEach(function(t){ t.onclick = function(){ tabs.forEach(function(o){ o.setAttribute('aria-selected', o === t); document.getElementById(o.getAttribute('aria-controls')).hidden = o !== t; }); }; });
  var amt = 0, bal = 4.6;
  app.querySelectorAll('.amts button').forEach(function(b){ b.onclick = function(){ app.querySelectorAll('.amts button').forEach(function(o){ o.setAttribute('aria-pressed', o === b); }); amt = Number(b.dataset.a); document.getElementById('other').value = ''; }; });
  document.getElementById('other').oninput = function(){ app.querySelectorAll('.amts button').forEach(function(o){ o.setAttribute('aria-pressed', 'false'); }); amt = Number(this.value) || 0; };
  document.getElementById('topup').onclick = function(){ if (amt < 5) { document.getElementById('terr').textContent = 'Choose an amount of at least €5.'; return; }
    document.getElementById('terr').textContent = ''; rec('topup', {amount: amt}); bal += amt; document.getElementById('bal').textContent = '€' + bal.toFixed(2); toast('€' + amt + ' added. New balance €' + bal.toFixed(2)); };
  document.getElementById('auto').onclick = function(){ var v = this.getAttribute('aria-checked') !== 'true'; this.setAttribute('aria-checked', v); rec('state', {name: 'autotopup', on: v}); };
}
function report(){
  app.innerHTML = '<h1>Report a problem</h1><form class="panel stack" id="rf" novalidate><label for="st">Stop or station</label><select id="st" name="stop"><option value="">Select…</option>' +
    STOPS.map(function(s){ return '<option>' + s + '</option>'; }).join('') + '</select>' +
    '<label for="ty">What is wrong?</label><select id="ty" name="type"><option value="">Select…</option><option>Broken ticket machine</option><option>Lift or escalator out of order</option><option>Damaged shelter</option><option>Lighting</option><option>Cleanliness</option><option>Something else</option></select>' +
    '<label for="de">Details</label><textarea id="de" name="details" rows="3"></textarea><label for="em">Email for updates <small>(optional)</small></label><input id="em" name="email" type="email">' +
    '<p id="rerr" style="color:#b3261e"></p><button class="btn btn-primary">Send report</button></form>';
  document.getElementById('rf').onsubmit = function(e){ e.preventDefault(); var f = e.target;
    if (!f.stop.value || !f.type.value) { document.getElementById('rerr').textContent = 'Choose the stop and what is wrong.'; return; }
    rec('submit', {form: 'report', data: {stop: f.stop.value, type: f.type.value, details: f.details.value.trim(), email: f.email.value.trim()}});
    app.innerHTML = '<h1>Thanks for your report</h1><p>Reference <b>PR-5521</b>. Our team at ' + f.stop.value + ' has been told.</p>'; };
}
render();
`;
  return doc({ title: 'Metrolinq', css: CSS, body, script });
}

const hhmm = (m) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const mins = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

function timetable(l, u) {
  const day = ['weekdays', 'saturday', 'sunday'].includes(u.searchParams.get('day')) ? u.searchParams.get('day') : 'weekdays';
  const t = l.days[day];
  return doc({ title: `${l.name} timetable (${day}) · Metrolinq`, css: 'body{background:#fff;padding:24px} td,th{padding:5px 14px;border-bottom:1px solid #ddd;text-align:left}',
    body: `<h1>${l.name}</h1><h2>${day === 'weekdays' ? 'Monday to Friday' : day === 'saturday' ? 'Saturday' : 'Sunday and public holidays'}</h2>
<table><thead><tr><th>Stop</th><th>First</th><th>Last</th></tr></thead><tbody>${l.stops.map((s, k) => `<tr><td>${s}</td><td>${hhmm(mins(t[0]) + l.off[k])}</td><td>${hhmm(mins(t[1]) + l.off[k])}</td></tr>`).join('')}</tbody></table>
<p>Trains every ${t[2]} during the day.</p><p style="border-top:1px solid #ccc;padding-top:8px;font-size:13px"><b>Note:</b> ${NOTES[l.id] || 'All stops on this line are step-free.'}</p>` });
}

function map() {
  const pos = {};
  let i = 0;
  for (const z of [1, 2, 3]) for (const s of ZONES[z]) { const a = (i++ * 137.5 * Math.PI) / 180; const r = z * 90 - 40 + (i % 3) * 12; pos[s] = [300 + Math.cos(a) * r, 300 + Math.sin(a) * r, z]; }
  const svg = `<svg viewBox="0 0 600 600" width="600" height="600" role="img" aria-label="Metrolinq zone map">
<circle cx="300" cy="300" r="290" fill="#f2f4f8" stroke="#aab"/><circle cx="300" cy="300" r="200" fill="#e6ebf3" stroke="#aab"/><circle cx="300" cy="300" r="110" fill="#d9e1ee" stroke="#aab"/>
${Object.entries(pos).map(([s, [x, y, z]]) => `<g><circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="5" fill="#1f2a44"><title>${s}, zone ${z}</title></circle><text x="${(x + 7).toFixed(0)}" y="${(y + 4).toFixed(0)}" font-size="11">${s}</text></g>`).join('')}
<text x="300" y="300" font-size="14" text-anchor="middle" fill="#667">1</text><text x="300" y="140" font-size="14" text-anchor="middle" fill="#667">2</text><text x="300" y="40" font-size="14" text-anchor="middle" fill="#667">3</text></svg>`;
  return doc({ title: 'Network map · Metrolinq', css: 'body{background:#fff;padding:20px}',
    body: `<h1>Network and fare zones</h1><p>Zone 1 is the inner ring, zone 3 the outer ring. Hover a station for its zone.</p>${svg}
<details><summary>Stations by zone (text version)</summary>${[1, 2, 3].map((z) => `<h3>Zone ${z}</h3><p>${ZONES[z].join(', ')}</p>`).join('')}</details>` });
}

export default {
  name: 'transit',
  title: 'Metrolinq',
  pages: { '/': shell, '/map': map },
  fallback(p) {
    const m = /^\/timetable\/(\w+)$/.exec(p);
    if (m && LINE[m[1]]) return (u) => timetable(LINE[m[1]], u);
    return undefined;
  },
};

// Hireline, a job board: search with a location autocomplete (ARIA combobox), a
// results page with live filters (range slider, checkboxes, custom "date posted"
// listbox), bookmark / hover-only "not interested" buttons and "Show more jobs";
// job pages with an application form in an iframe modal, a company profile in a
// new tab (target=_blank), a map link; a salary guide in a popup window; saved
// jobs with hover-only actions; a job-alert form (native post).
import { doc, esc } from '../../eval/sites/common.mjs';

// id, title, company slug, city, salary text, min salary, contract, posted days, deadline, screening?
const J = [
  ['J-2041', 'Data Analyst', 'harbor', 'Leeds', '£32,000–£38,000', 32000, 'Permanent', 1, '28 February 2027'],
  ['J-2043', 'Senior Data Analyst', 'northwind', 'Leeds', '£52,000–£60,000', 52000, 'Permanent', 2, '14 March 2027'],
  ['J-2044', 'Junior Backend Developer', 'brightwave', 'Manchester', '£30,000–£35,000', 30000, 'Permanent', 3, '5 March 2027'],
  ['J-2045', 'Staff Nurse (Band 5)', 'sherwood', 'Mansfield', '£28,400–£34,500', 28400, 'Permanent', 1, '1 March 2027'],
  ['J-2046', 'UX Designer', 'pebble', 'Bristol', '£45,000–£55,000', 45000, 'Permanent', 5, '7 March 2027'],
  ['J-2047', 'Python Developer', 'quanta', 'Remote', '£60,000–£70,000', 60000, 'Contract', 2, '21 March 2027'],
  ['J-2048', 'Data Analyst (Public Health)', 'leedscc', 'Leeds', '£35,000–£40,000', 35000, 'Temporary', 6, '26 February 2027'],
  ['J-2049', 'Barista', 'bean', 'Bristol', '£11.44 per hour', 23000, 'Part-time', 1, '20 February 2027'],
  ['J-2050', 'Frontend Developer', 'brightwave', 'Manchester', '£45,000–£52,000', 45000, 'Permanent', 4, '12 March 2027'],
  ['J-2051', 'Warehouse Operative', 'parcelpoint', 'Leicester', '£24,500', 24500, 'Temporary', 2, '19 February 2027', 'Do you hold a valid counterbalance forklift licence?'],
  ['J-2052', 'Senior Frontend Developer', 'loop', 'London', '£70,000–£85,000', 70000, 'Permanent', 8, '31 March 2027'],
  ['J-2053', 'Night Shift Security Officer', 'guardline', 'Birmingham', '£26,000', 26000, 'Permanent', 3, '24 February 2027'],
  ['J-2054', 'Community Nurse', 'sherwood', 'Nottingham', '£31,000–£37,000', 31000, 'Permanent', 9, '3 March 2027'],
  ['J-2055', 'DevOps Engineer', 'quanta', 'Remote', '£65,000–£75,000', 65000, 'Permanent', 1, '15 March 2027'],
  ['J-2056', 'Mechanical Engineer', 'forge', 'Sheffield', '£42,000–£48,000', 42000, 'Permanent', 12, '10 March 2027'],
  ['J-2057', 'Data Engineer', 'northwind', 'Leeds', '£55,000–£65,000', 55000, 'Permanent', 2, '18 March 2027'],
  ['J-2058', 'Marketing Assistant', 'pebble', 'Bristol', '£24,000–£27,000', 24000, 'Permanent', 6, '27 February 2027'],
  ['J-2059', 'Civil Engineer', 'arden', 'Birmingham', '£40,000–£50,000', 40000, 'Permanent', 4, '11 March 2027'],
  ['J-2060', 'Teaching Assistant', 'stmarys', 'York', '£19,500', 19500, 'Part-time', 3, '22 February 2027'],
  ['J-2061', 'Software Engineer in Test', 'loop', 'London', '£55,000–£62,000', 55000, 'Contract', 7, '9 March 2027'],
  ['J-2062', 'Marine Biologist', 'ocean', 'Plymouth', '£33,000–£38,000', 33000, 'Temporary', 10, '2 April 2027'],
  ['J-2063', 'Electrical Engineer', 'forge', 'Sheffield', '£44,000–£50,000', 44000, 'Permanent', 5, '16 March 2027'],
  ['J-2064', 'Payroll Administrator', 'harbor', 'Leeds', '£27,000–£30,000', 27000, 'Permanent', 2, '6 March 2027'],
  ['J-2065', 'Data Scientist', 'quanta', 'Remote', '£70,000–£80,000', 70000, 'Permanent', 3, '25 March 2027'],
  ['J-2066', 'Bus Driver', 'citylink', 'Manchester', '£29,000', 29000, 'Permanent', 1, '4 March 2027'],
  ['J-2067', 'Site Reliability Engineer', 'northwind', 'Remote', '£75,000–£90,000', 75000, 'Permanent', 15, '30 March 2027'],
];
const CO = {
  harbor: { name: 'Harbor Foods', hq: 'Leeds', staff: 'about 640', founded: 1988, sector: 'Food manufacturing', addr: '2 Kirkstall Road, Leeds LS3 1LH' },
  northwind: { name: 'Northwind Analytics', hq: 'Leeds', staff: 'about 1,350', founded: 2009, sector: 'Data and analytics consultancy', addr: '40 Wellington Street, Leeds LS1 4DL' },
  brightwave: { name: 'Brightwave', hq: 'Manchester', staff: '85', founded: 2017, sector: 'Software', addr: '3 Hardman Square, Manchester M3 3EB' },
  sherwood: { name: 'Sherwood Care Group', hq: 'Mansfield', staff: 'about 2,900', founded: 1996, sector: 'Healthcare', addr: 'Sherwood House, Rosemary Street, Mansfield NG18 1QL' },
  pebble: { name: 'Pebble Studio', hq: 'Bristol', staff: '42', founded: 2014, sector: 'Design agency', addr: '14 Wapping Road, Bristol BS1 4RW' },
  quanta: { name: 'Quanta Labs', hq: 'Remote-first (registered in Cambridge)', staff: '210', founded: 2015, sector: 'Machine learning', addr: 'Fully remote' },
  leedscc: { name: 'Leeds City Council', hq: 'Leeds', staff: 'about 14,000', founded: 1974, sector: 'Local government', addr: 'Civic Hall, Calverley Street, Leeds LS1 1UR' },
  bean: { name: 'Bean There', hq: 'Bristol', staff: '30', founded: 2012, sector: 'Hospitality', addr: '9 Gloucester Road, Bristol BS7 8AA' },
  parcelpoint: { name: 'Parcelpoint', hq: 'Leicester', staff: 'about 3,100', founded: 2004, sector: 'Logistics', addr: 'Unit 7, Meridian Business Park, Leicester LE19 1WZ' },
  loop: { name: 'Loop Finance', hq: 'London', staff: '380', founded: 2016, sector: 'Fintech', addr: '1 Finsbury Avenue, London EC2M 2PF' },
  guardline: { name: 'Guardline', hq: 'Birmingham', staff: 'about 900', founded: 2001, sector: 'Security services', addr: '55 Colmore Row, Birmingham B3 2AA' },
  forge: { name: 'Forge & Pike', hq: 'Sheffield', staff: '260', founded: 1979, sector: 'Engineering', addr: 'Attercliffe Works, Sheffield S9 3RS' },
  arden: { name: 'Arden Infrastructure', hq: 'Birmingham', staff: '1,100', founded: 1992, sector: 'Civil engineering', addr: '2 Brindleyplace, Birmingham B1 2JB' },
  stmarys: { name: "St Mary's Primary School", hq: 'York', staff: '48', founded: 1903, sector: 'Education', addr: 'Bishophill, York YO1 6EN' },
  ocean: { name: 'Ocean Trust', hq: 'Plymouth', staff: '120', founded: 1999, sector: 'Marine conservation charity', addr: 'Citadel Hill, Plymouth PL1 2PB' },
  citylink: { name: 'Citylink Buses', hq: 'Manchester', staff: 'about 2,200', founded: 1986, sector: 'Public transport', addr: 'Hyde Road Depot, Manchester M12 5JX' },
};
export const JOBS = J.map(([id, title, co, city, salary, min, contract, days, deadline, screening]) => ({ id, title, co, company: CO[co].name, city, salary, min, contract, days, deadline, screening }));
const BYID = Object.fromEntries(JOBS.map((j) => [j.id, j]));
const CITIES = [['Birmingham', 'West Midlands'], ['Brighton', 'East Sussex'], ['Bristol', 'City of Bristol'], ['Cardiff', 'Wales'], ['Edinburgh', 'Scotland'], ['Glasgow', 'Scotland'],
  ['Leeds', 'West Yorkshire'], ['Leicester', 'Leicestershire'], ['Liverpool', 'Merseyside'], ['London', 'Greater London'], ['Manchester', 'Greater Manchester'], ['Mansfield', 'Nottinghamshire'],
  ['Newcastle upon Tyne', 'Tyne and Wear'], ['Nottingham', 'Nottinghamshire'], ['Plymouth', 'Devon'], ['Sheffield', 'South Yorkshire'], ['York', 'North Yorkshire'], ['Remote', 'Work from home']];
const posted = (d) => (d === 1 ? 'Posted today' : `Posted ${d} days ago`);

const CSS = `
header.top{background:#13294b;color:#fff;padding:10px 22px;display:flex;gap:20px;align-items:center}
header.top .logo{font-weight:800;font-size:18px;color:#7fd1ae;text-decoration:none;margin-right:auto}
header.top a,header.top button.linkish{color:#dfe7f5;text-decoration:none;background:none;border:0;font:inherit;cursor:pointer}
main{padding:18px 24px;max-width:1100px}
.searchbox{display:flex;gap:10px;align-items:flex-end;background:#fff;padding:16px;border-radius:10px;flex-wrap:wrap}
.searchbox label{display:block;font-weight:600;margin-bottom:4px} .searchbox input[type=text],.searchbox input:not([type]){padding:8px;font:inherit;width:260px}
.combo{position:relative} .combo ul{position:absolute;top:100%;left:0;right:0;list-style:none;margin:2px 0 0;padding:4px 0;background:#fff;border:1px solid #c9ced8;border-radius:6px;z-index:10}
.combo li{padding:6px 10px;cursor:pointer} .combo li[aria-selected=true],.combo li:hover{background:#e6f2ec} .combo li small{color:#667}
.layout{display:grid;grid-template-columns:240px 1fr;gap:22px}
aside.filters{background:#fff;border-radius:10px;padding:14px} aside h3{font-size:13px;text-transform:uppercase;color:#556;margin:14px 0 6px}
.dd{position:relative} .dd>button{width:100%;text-align:left;padding:6px 8px;border:1px solid #c9ced8;border-radius:6px;background:#fff;font:inherit;cursor:pointer}
.dd ul{position:absolute;left:0;right:0;list-style:none;margin:2px 0 0;padding:4px 0;background:#fff;border:1px solid #c9ced8;border-radius:6px;z-index:10}
.dd li{padding:6px 10px;cursor:pointer} .dd li:hover{background:#eef2f8}
ol.results{list-style:none;padding:0;margin:0} .job{background:#fff;border-radius:10px;padding:12px 16px;margin-bottom:10px;display:flex;gap:12px}
.job h3{margin:0 0 4px;font-size:16px} .job h3 a{color:#13294b} .job .meta{color:#556;font-size:13px} .job .acts{margin-left:auto;display:flex;gap:2px;align-items:flex-start}
.job .hide-btn{visibility:hidden} .job:hover .hide-btn{visibility:visible}
.pill{display:inline-block;background:#eef2f8;border-radius:10px;padding:1px 8px;margin-right:4px;font-size:12px}
.saved li{background:#fff;border-radius:8px;padding:10px 14px;margin-bottom:8px;display:flex;align-items:center;gap:10px}
.saved .acts{margin-left:auto;visibility:hidden} .saved li:hover .acts,.saved li:focus-within .acts{visibility:visible}
.status{font-size:12px;padding:2px 8px;border-radius:10px;background:#eef2f8} .status.int{background:#fdeccf}
form.stack label{display:block;font-weight:600;margin:12px 0 4px} form.stack input:not([type=radio]):not([type=checkbox]),form.stack select{padding:7px;font:inherit;width:320px}
form.stack .inline label{display:inline;font-weight:400;margin-right:12px}
`;
const NAV = `<header class="top"><a class="logo" href="/">Hireline</a><a href="/">Find jobs</a><a href="/saved">Saved jobs</a><a href="/alerts">Job alerts</a>
<button class="linkish" onclick="window.open('/salary-guide','salaryguide','width=820,height=640')">Salary guide</button></header>`;

function home() {
  const body = `${NAV}<main><h1>Find your next job</h1>
<form class="searchbox" action="/jobs" method="get" role="search">
<div><label for="q">What</label><input id="q" name="q" placeholder="Job title, skill or company"></div>
<div class="combo"><label for="where">Where</label><input id="where" name="where" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="where-list" autocomplete="off" placeholder="Town, city or “Remote”">
<ul id="where-list" role="listbox" class="hidden"></ul></div>
<label style="font-weight:400"><input type="checkbox" name="remote" value="1"> Remote only</label>
<button class="btn btn-primary">Find jobs</button></form>
<p style="margin-top:20px">${JOBS.length} live jobs from ${Object.keys(CO).length} employers.</p></main>`;
  const script = `
var CITIES = ${JSON.stringify(CITIES)};
var inp = document.getElementById('where'), ul = document.getElementById('where-list'), act = -1;
function show(){ var v = inp.value.trim().toLowerCase();
  var m = v ? CITIES.filter(function(c){ return c[0].toLowerCase().indexOf(v) === 0; }) : [];
  ul.innerHTML = m.map(function(c, i){ return '<li role="option" id="opt-' + i + '" data-value="' + c[0] + '">' + c[0] + ', <small>' + c[1] + '</small></li>'; }).join('');
  ul.classList.toggle('hidden', !m.length); inp.setAttribute('aria-expanded', !!m.length); act = -1; }
inp.addEventListener('input', show);
inp.addEventListener('keydown', function(e){ var o = ul.querySelectorAll('li'); if (!o.length || ul.classList.contains('hidden')) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); act = (act + (e.key === 'ArrowDown' ? 1 : o.length - 1)) % o.length;
    o.forEach(function(x, i){ x.setAttribute('aria-selected', i === act); }); inp.setAttribute('aria-activedescendant', o[act].id); }
  else if (e.key === 'Enter' && act >= 0) { e.preventDefault(); pick(o[act]); } else if (e.key === 'Escape') ul.classList.add('hidden'); });
function pick(li){ inp.value = li.dataset.value; ul.classList.add('hidden'); inp.setAttribute('aria-expanded', 'false'); }
ul.addEventListener('mousedown', function(e){ var li = e.target.closest('li'); if (li) { e.preventDefault(); pick(li); } });
inp.addEventListener('blur', function(){ setTimeout(function(){ ul.classList.add('hidden'); }, 150); });
`;
  return doc({ title: 'Hireline · Find jobs', css: CSS, body, script });
}

function match(q, where, remote) {
  const words = (q || '').toLowerCase().split(/\s+/).filter(Boolean);
  return JOBS.filter((j) => {
    const t = `${j.title} ${j.company}`.toLowerCase();
    if (!words.every((w) => t.includes(w))) return false;
    if (where && !j.city.toLowerCase().startsWith(where.trim().toLowerCase())) return false;
    if (remote && j.city !== 'Remote') return false;
    return true;
  });
}

function results(u) {
  const q = u.searchParams.get('q') || '';
  const where = u.searchParams.get('where') || '';
  const found = match(q, where, u.searchParams.get('remote'));
  const body = `${NAV}<main>
<form class="searchbox" action="/jobs" method="get" role="search" style="margin-bottom:16px">
<div><label for="q">What</label><input id="q" name="q" value="${esc(q)}"></div><div><label for="where">Where</label><input id="where" name="where" value="${esc(where)}"></div>
<button class="btn btn-primary">Search</button></form>
<div class="layout"><aside class="filters" aria-label="Filters"><h2 style="font-size:16px;margin:0">Refine</h2>
<h3 id="sal-l">Minimum salary</h3><input type="range" id="sal" min="0" max="100000" step="5000" value="0" aria-labelledby="sal-l" style="width:100%"><output id="sal-o" for="sal">Any</output>
<h3>Contract type</h3>${['Permanent', 'Contract', 'Temporary', 'Part-time'].map((c) => `<label style="display:block"><input type="checkbox" name="contract" value="${c}"> ${c}</label>`).join('')}
<h3 id="dp-l">Date posted</h3><div class="dd"><button type="button" id="dp" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="dp-l dp">Any time</button>
<ul role="listbox" id="dp-list" class="hidden" aria-labelledby="dp-l"><li role="option" data-v="any" aria-selected="true">Any time</li><li role="option" data-v="1d">Last 24 hours</li><li role="option" data-v="3d">Last 3 days</li><li role="option" data-v="7d">Last 7 days</li></ul></div>
<p><button class="btn" id="reset" type="button">Clear filters</button></p></aside>
<section><p id="count" aria-live="polite"></p><ol class="results" id="list"></ol><p><button class="btn" id="more">Show more jobs</button></p></section></div></main>
<div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
var FOUND = ${JSON.stringify(found)}, shown = 10, f = {minSalary: 0, contract: [], posted: 'any'}, hidden = {}, saved = {};
var DAYS = {any: 1e9, '1d': 1, '3d': 3, '7d': 7};
function toast(m){ var t = document.getElementById('toast'); t.innerHTML = m; t.classList.remove('hidden'); clearTimeout(toast.h); toast.h = setTimeout(function(){ t.classList.add('hidden'); }, 4000); }
function visible(){ return FOUND.filter(function(j){ return !hidden[j.id] && j.min >= f.minSalary && (!f.contract.length || f.contract.indexOf(j.contract) >= 0) && j.days <= DAYS[f.posted]; }); }
function draw(){ var v = visible();
  document.getElementById('count').textContent = v.length ? 'Showing ' + Math.min(shown, v.length) + ' of ' + v.length + ' jobs' : 'No jobs match. Try removing a filter.';
  document.getElementById('list').innerHTML = v.slice(0, shown).map(function(j){ return '<li class="job" data-job="' + j.id + '"><div><h3><a href="/job/' + j.id + '">' + j.title + '</a></h3>' +
    '<div class="meta">' + j.company + ' · ' + j.city + '</div><div class="meta"><b>' + j.salary + '</b> <span class="pill">' + j.contract + '</span> ' + (j.days === 1 ? 'Posted today' : 'Posted ' + j.days + ' days ago') + '</div></div>' +
    '<div class="acts"><button class="icon-btn hide-btn" title="Not interested">🚫</button><button class="icon-btn save-btn" aria-label="Save job" aria-pressed="' + !!saved[j.id] + '">' + (saved[j.id] ? '★' : '☆') + '</button></div></li>'; }).join('');
  document.getElementById('more').classList.toggle('hidden', shown >= v.length); }
function emit(){ rec('state', {name: 'filters', minSalary: f.minSalary, contract: f.contract.slice(), posted: f.posted, results: visible().length}); }
document.getElementById('more').onclick = function(){ shown += 10; draw(); };
var sal = document.getElementById('sal');
sal.addEventListener('input', function(){ document.getElementById('sal-o').textContent = +sal.value ? '£' + Number(sal.value).toLocaleString('en-GB') + '+' : 'Any'; });
sal.addEventListener('change', function(){ f.minSalary = Number(sal.value); shown = 10; draw(); emit(); });
document.querySelectorAll('input[name=contract]').forEach(function(c){ c.addEventListener('change', function(){
  f.contract = [].slice.call(document.querySelectorAll('input[name=contract]:checked')).map(function(x){ return x.value; }); shown = 10; draw(); emit(); }); });
var dp = document.getElementById('dp'), dpl = document.getElementById('dp-list');
dp.onclick = function(){ var o = dpl.classList.toggle('hidden') === false; dp.setAttribute('aria-expanded', o); };
dpl.addEventListener('click', function(e){ var li = e.target.closest('li'); if (!li) return; dpl.querySelectorAll('li').forEach(function(x){ x.setAttribute('aria-selected', x === li); });
  dp.textContent = li.textContent; f.posted = li.dataset.v; dpl.classList.add('hidden'); dp.setAttribute('aria-expanded', 'false'); shown = 10; draw(); emit(); });
document.getElementById('reset').onclick = function(){ f = {minSalary: 0, contract: [], posted: 'any'}; sal.value = 0; sal.dispatchEvent(new Event('input'));
  document.querySelectorAll('input[name=contract]').forEach(function(c){ c.checked = false; }); dp.textContent = 'Any time'; draw(); emit(); };
document.getElementById('list').addEventListener('click', function(e){ var b = e.target.closest('button'); if (!b) return; var id = b.closest('li').dataset.job;
  if (b.classList.contains('save-btn')) { saved[id] = !saved[id]; rec('save', {job: id, saved: saved[id]}); toast(saved[id] ? 'Job saved' : 'Removed from saved jobs'); draw(); }
  else { hidden[id] = true; rec('hide', {job: id}); draw(); toast('We won’t show you this job again.'); } });
draw();
`;
  return doc({ title: `${q ? `${esc(q)} jobs` : 'All jobs'}${where ? ` in ${esc(where)}` : ''} · Hireline`, css: CSS, body, script });
}

function jobPage(j) {
  const c = CO[j.co];
  const more = JOBS.filter((x) => x.co === j.co && x.id !== j.id);
  const body = `${NAV}<main><p><a href="/jobs">‹ All jobs</a></p><div class="layout" style="grid-template-columns:1fr 280px"><article style="background:#fff;border-radius:10px;padding:18px">
<h1 style="margin-top:0">${j.title}</h1><p><a href="/company/${j.co}" target="_blank" rel="noopener">${c.name}</a> · ${j.city} · <a href="/map?job=${j.id}" target="_blank">View on map</a></p>
<dl style="display:grid;grid-template-columns:120px 1fr;gap:6px"><dt>Salary</dt><dd style="margin:0">${j.salary}</dd><dt>Contract</dt><dd style="margin:0">${j.contract}</dd><dt>Job reference</dt><dd style="margin:0">${j.id}</dd><dt>Posted</dt><dd style="margin:0">${posted(j.days)}</dd></dl>
<h2 style="font-size:16px">About the role</h2><p>${c.name} is looking for a ${j.title.toLowerCase()} to join the team in ${j.city === 'Remote' ? 'a fully remote setup' : j.city}. You will work closely with colleagues across the business and report to the team lead.</p>
<p><button class="btn btn-primary" id="apply">Apply now</button> <button class="btn" id="save" aria-pressed="false">☆ Save</button></p></article>
<aside style="background:#fff;border-radius:10px;padding:14px"><h2 style="font-size:15px;margin-top:0">More jobs at ${c.name}</h2>${more.length ? `<ul>${more.map((x) => `<li><a href="/job/${x.id}">${x.title}</a><br><small>${x.salary}</small></li>`).join('')}</ul>` : '<p>No other openings right now.</p>'}</aside></div></main>
<div class="overlay hidden" id="ov"><div class="modal" role="dialog" aria-modal="true" aria-label="Apply for ${esc(j.title)}" style="max-width:640px;width:640px"><button class="icon-btn x" aria-label="Close" id="x">×</button>
<h2 style="margin-top:0">Apply: ${j.title}</h2><iframe src="/apply/${j.id}" title="Application form" style="width:100%;height:520px;border:1px solid #d7dce4;border-radius:6px"></iframe></div></div>
<div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
document.getElementById('apply').onclick = function(){ document.getElementById('ov').classList.remove('hidden'); };
document.getElementById('x').onclick = function(){ document.getElementById('ov').classList.add('hidden'); };
document.getElementById('save').onclick = function(){ var on = this.getAttribute('aria-pressed') !== 'true'; this.setAttribute('aria-pressed', on); this.textContent = on ? '★ Saved' : '☆ Save';
  rec('save', {job: ${JSON.stringify(j.id)}, saved: on}); var t = document.getElementById('toast'); t.textContent = on ? 'Job saved' : 'Removed from saved jobs'; t.classList.remove('hidden'); };
`;
  return doc({ title: `${j.title} at ${c.name} · Hireline`, css: CSS, body, script });
}

function applyFrame(j) {
  return doc({ title: `Application ${j.id}`, css: 'body{background:#fff;padding:12px} form.stack label{display:block;font-weight:600;margin:10px 0 4px} form.stack input:not([type=radio]):not([type=checkbox]),form.stack textarea{padding:6px;font:inherit;width:100%} .note{background:#f3f6fa;padding:8px;border-radius:6px;font-size:13px}',
    body: `<form class="stack" method="post" action="/submit/apply"><input type="hidden" name="job" value="${j.id}">
<p class="note">Ref ${j.id}. Applications close <b>${j.deadline}</b>. Fields marked * are required.</p>
<label for="nm">Full name *</label><input id="nm" name="name" required autocomplete="off">
<label for="em">Email address *</label><input id="em" name="email" type="email" required>
<label for="ph">Mobile number</label><input id="ph" name="phone" type="tel">
<label for="ex">Years of relevant experience</label><input id="ex" name="experience" type="number" min="0" max="50">
${j.screening ? `<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">${j.screening} *</legend><label style="display:inline;font-weight:400"><input type="radio" name="screening" value="yes" required> Yes</label> <label style="display:inline;font-weight:400;margin-left:12px"><input type="radio" name="screening" value="no"> No</label></fieldset>` : ''}
<label for="cv">Covering message</label><textarea id="cv" name="cover" rows="3"></textarea>
<label style="font-weight:400"><input type="checkbox" name="rtw"> I have the right to work in the UK</label>
<p><button class="btn btn-primary">Send application</button></p></form>` });
}

const GUIDE = [['Staff nurse', '£31,200', '£28,400 – £37,000'], ['Data analyst', '£36,500', '£30,000 – £48,000'], ['UX designer', '£50,000', '£40,000 – £62,000'],
  ['Backend developer', '£55,000', '£35,000 – £80,000'], ['Warehouse operative', '£24,000', '£21,500 – £27,000'], ['Teaching assistant', '£20,300', '£18,000 – £23,500'], ['Civil engineer', '£45,500', '£34,000 – £60,000']];

function saved() {
  const S = [['J-2049', 'Not applied'], ['J-2044', 'Not applied'], ['J-2046', 'Interview on Thursday 18 February 2027, 10:30'], ['J-2057', 'Applied on 3 February 2027'], ['J-2060', 'Not applied']];
  const body = `${NAV}<main><h1>Saved jobs</h1><ul class="saved" style="list-style:none;padding:0;max-width:760px">${S.map(([id, st]) => {
    const j = BYID[id];
    return `<li data-job="${id}"><div><a href="/job/${id}"><b>${j.title}</b></a><div style="color:#556;font-size:13px">${j.company} · ${j.city} · ${j.salary}</div></div>
<span class="status ${/Interview/.test(st) ? 'int' : ''}">${st}</span><span class="acts"><button class="icon-btn" title="Mark as applied" data-act="applied">✓</button><button class="icon-btn" aria-label="Remove from saved" data-act="unsave">🗑</button></span></li>`;
  }).join('')}</ul></main><div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
document.querySelector('.saved').addEventListener('click', function(e){ var b = e.target.closest('button'); if (!b) return; var li = b.closest('li'), id = li.dataset.job, t = document.getElementById('toast');
  if (b.dataset.act === 'unsave') { rec('unsave', {job: id}); li.remove(); t.textContent = 'Removed from saved jobs'; }
  else { rec('applied', {job: id}); li.querySelector('.status').textContent = 'Applied today'; t.textContent = 'Marked as applied'; }
  t.classList.remove('hidden'); });`;
  return doc({ title: 'Saved jobs · Hireline', css: CSS, body, script });
}

function alerts() {
  const body = `${NAV}<main><h1>Create a job alert</h1><p>We'll email you new jobs that match.</p>
<form class="stack" method="post" action="/submit/alert" style="background:#fff;padding:18px;border-radius:10px;max-width:560px">
<label for="kw">Job title or keywords</label><input id="kw" name="keywords" required>
<label for="loc">Location</label><input id="loc" name="location" placeholder="Any location">
<label><input type="checkbox" name="remote" value="yes" style="width:auto"> Remote jobs only</label>
<label for="sal">Salary</label><select id="sal" name="salary"><option value="">Any salary</option><option value="30000">£30,000 and above</option><option value="40000">£40,000 and above</option><option value="50000">£50,000 and above</option><option value="60000">£60,000 and above</option></select>
<fieldset style="border:0;padding:0;margin:12px 0 0"><legend style="font-weight:600">How often?</legend><div class="inline"><label><input type="radio" name="frequency" value="daily" checked> Every day</label><label><input type="radio" name="frequency" value="weekly"> Once a week</label></div></fieldset>
<label for="ae">Send alerts to</label><input id="ae" name="email" type="email" required placeholder="you@example.com">
<p><button class="btn btn-primary">Create alert</button></p></form></main>`;
  return doc({ title: 'Job alerts · Hireline', css: CSS, body });
}

export default {
  name: 'jobs',
  title: 'Hireline',
  pages: {
    '/': home, '/jobs': results, '/saved': saved, '/alerts': alerts,
    '/salary-guide': () => doc({ title: 'Salary guide 2027 · Hireline', css: 'body{background:#fff;padding:20px} td,th{padding:6px 12px;border-bottom:1px solid #ddd;text-align:left}',
      body: `<h1>UK salary guide 2027</h1><p>Median base salaries from jobs advertised on Hireline in 2026.</p><table><thead><tr><th>Role</th><th>Median</th><th>Typical range</th></tr></thead><tbody>${GUIDE.map((g) => `<tr><td>${g[0]}</td><td>${g[1]}</td><td>${g[2]}</td></tr>`).join('')}</tbody></table>` }),
    '/map': (u) => {
      const j = BYID[u.searchParams.get('job')];
      if (!j) return doc({ title: 'Map · Hireline', body: '<p>Unknown job.</p>' });
      const c = CO[j.co];
      return doc({ title: `Map: ${c.name} · Hireline`, css: 'body{background:#fff;padding:20px} .map{height:300px;background:repeating-linear-gradient(45deg,#e3eee6,#e3eee6 10px,#d6e6da 10px,#d6e6da 20px);border-radius:8px;display:flex;align-items:center;justify-content:center;font-size:28px}',
        body: `<h1>${c.name}</h1><div class="map" role="img" aria-label="Map of the office location">📍</div><address style="margin-top:12px;font-style:normal">${c.addr}</address>` });
    },
  },
  fallback(p) {
    let m;
    if ((m = /^\/job\/(J-\d+)$/.exec(p)) && BYID[m[1]]) return jobPage(BYID[m[1]]);
    if ((m = /^\/apply\/(J-\d+)$/.exec(p)) && BYID[m[1]]) return applyFrame(BYID[m[1]]);
    if ((m = /^\/company\/(\w+)$/.exec(p)) && CO[m[1]]) {
      const c = CO[m[1]];
      return doc({ title: `${c.name} · Company profile · Hireline`, css: 'body{padding:20px} dl{display:grid;grid-template-columns:160px 1fr;gap:8px;background:#fff;padding:16px;border-radius:8px;max-width:560px} dd{margin:0}',
        body: `<h1>${c.name}</h1><p>${c.sector}</p><dl><dt>Headquarters</dt><dd>${c.hq}</dd><dt>Employees</dt><dd>${c.staff}</dd><dt>Founded</dt><dd>${c.founded}</dd><dt>Open jobs</dt><dd>${JOBS.filter((j) => j.co === m[1]).length}</dd></dl>` });
    }
    return undefined;
  },
  thanks(form, data) {
    if (form === 'apply') return `<h1>Application sent</h1><p>Thanks ${esc(data.name || '')}, ${BYID[data.job]?.company || 'the employer'} will be in touch about ${esc(data.job || '')}.</p>`;
    if (form === 'alert') return `<h1>Alert created</h1><p>We'll email ${esc(data.email || '')} ${data.frequency === 'weekly' ? 'once a week' : 'every day'} with new “${esc(data.keywords || '')}” jobs.</p>`;
    return '<h1>Thank you</h1>';
  },
};

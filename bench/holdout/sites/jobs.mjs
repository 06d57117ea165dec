// Hireloop careers: a job list with department checkboxes, a custom location listbox,
// a remote switch and save icons; hash-routed job pages (#/job/ID) whose "Apply"
// shows the application form in a same-origin iframe (native post, a referral field
// that appears for one source); a salary-band table and a job-alert form.
import { doc } from '../../eval/sites/common.mjs';

const JOBS = [
  { id: 'j1', title: 'Senior Backend Engineer', dept: 'Engineering', loc: 'Berlin', remote: false, pay: '€85k–€105k', years: '5+', mgr: 'Katrin Vogel', body: 'Own our payments API in Go and PostgreSQL.' },
  { id: 'j2', title: 'Frontend Engineer', dept: 'Engineering', loc: 'Remote', remote: true, pay: '€60k–€78k', years: '2+', mgr: 'Dev Patel', body: 'Build our React design system and the customer dashboard.' },
  { id: 'j3', title: 'Product Designer', dept: 'Design', loc: 'Lisbon', remote: false, pay: '€48k–€62k', years: '3+', mgr: 'Inês Carvalho', body: 'Design onboarding and billing flows end to end.' },
  { id: 'j4', title: 'Brand Designer', dept: 'Design', loc: 'Lisbon', remote: false, pay: '€42k–€55k', years: '2+', mgr: 'Inês Carvalho', body: 'Shape our visual identity across web and print.' },
  { id: 'j5', title: 'UX Researcher', dept: 'Design', loc: 'Remote', remote: true, pay: '€55k–€70k', years: '4+', mgr: 'Hana Sato', body: 'Run interviews and usability studies with merchants.' },
  { id: 'j6', title: 'Staff Data Engineer', dept: 'Engineering', loc: 'Toronto', remote: false, pay: 'CA$165k–CA$190k', years: '8+', mgr: 'Owen Clarke', body: 'Lead the warehouse and streaming pipelines (Kafka, dbt, Snowflake).' },
  { id: 'j7', title: 'Site Reliability Engineer', dept: 'Engineering', loc: 'Remote', remote: true, pay: '€70k–€90k', years: '4+', mgr: 'Marta Nowak', body: 'Keep our Kubernetes clusters boring. On-call one week in six.' },
  { id: 'j8', title: 'Account Executive', dept: 'Sales', loc: 'Berlin', remote: false, pay: '€55k + commission', years: '3+', mgr: 'Felix Braun', body: 'Close mid-market deals in DACH.' },
  { id: 'j9', title: 'Customer Success Manager', dept: 'Support', loc: 'Toronto', remote: false, pay: 'CA$75k–CA$88k', years: '2+', mgr: 'Grace Kim', body: 'Onboard and grow our North American accounts.' },
  { id: 'j10', title: 'Customer Success Manager', dept: 'Support', loc: 'Berlin', remote: false, pay: '€50k–€60k', years: '2+', mgr: 'Felix Braun', body: 'Onboard and grow our German-speaking accounts.' },
  { id: 'j11', title: 'Support Specialist', dept: 'Support', loc: 'Lisbon', remote: false, pay: '€28k–€34k', years: '1+', mgr: 'Rita Lopes', body: 'Answer merchant questions by chat and email in English and Portuguese.' },
];
const DEPTS = ['Engineering', 'Design', 'Sales', 'Support'];
const LOCS = ['Any location', 'Berlin', 'Lisbon', 'Toronto', 'Remote'];

const css = `
header{background:#14213d;color:#fca311;padding:14px 24px;font-weight:700;display:flex;gap:18px} header a{color:#e5e5e5;font-weight:400;text-decoration:none}
.wrap{display:flex;gap:20px;padding:18px 24px} aside{width:230px;background:#fff;padding:12px;border-radius:8px;height:fit-content} #view{flex:1}
.job{background:#fff;border-radius:8px;padding:12px 16px;margin-bottom:10px;display:flex;justify-content:space-between} .job h3{margin:0 0 4px;font-size:16px} .job a{color:#14213d}
.lb{position:relative} .lb-btn{border:1px solid #bbb;border-radius:6px;padding:6px 10px;cursor:pointer;background:#fff}
.lb ul{position:absolute;left:0;right:0;background:#fff;border:1px solid #bbb;list-style:none;margin:2px 0;padding:0;z-index:5} .lb li{padding:6px 10px;cursor:pointer} .lb li:hover{background:#eef}
.switch{display:inline-block;width:38px;height:20px;border-radius:10px;background:#bbb;position:relative;cursor:pointer;vertical-align:middle} .switch[aria-checked=true]{background:#fca311}
.switch::after{content:'';position:absolute;width:16px;height:16px;top:2px;left:2px;background:#fff;border-radius:50%;transition:left .1s} .switch[aria-checked=true]::after{left:20px}
iframe{width:100%;height:560px;border:1px solid #ccc;border-radius:8px;background:#fff}
table{border-collapse:collapse;background:#fff} td,th{border:1px solid #ddd;padding:6px 10px}
`;
const nav = '<header>hireloop<a href="/jobs">Open roles</a><a href="/salaries">Salary bands</a><a href="/alerts">Job alerts</a></header>';

const jobs = doc({
  title: 'Open roles · Hireloop', css,
  body: `${nav}<div class="wrap"><aside aria-label="Filters"><h3>Filters</h3><input id="q" placeholder="Search roles" style="width:100%;padding:6px">
<h4>Department</h4>${DEPTS.map((d) => `<label style="display:block"><input type="checkbox" class="dept" value="${d}"> ${d}</label>`).join('')}
<h4>Location</h4><div class="lb" id="loc"><div class="lb-btn" role="button" aria-haspopup="listbox" tabindex="0">Any location ▾</div><ul role="listbox" class="hidden">${LOCS.map((l) => `<li role="option">${l}</li>`).join('')}</ul></div>
<h4>Remote</h4><span class="switch" role="switch" aria-checked="false" tabindex="0" aria-label="Remote only" id="remote"></span> Remote only
<p><a href="#" id="clear">Clear filters</a></p></aside><section id="view"></section></div><div id="toast" class="toast hidden"></div>`,
  script: `
var J=${JSON.stringify(JOBS)},F={dept:[],loc:'Any location',remote:false,q:''};
function toast(t){var e=document.getElementById('toast');e.textContent=t;e.classList.remove('hidden');setTimeout(function(){e.classList.add('hidden')},2500)}
function post(){rec('state',{name:'filters',dept:F.dept.slice(),loc:F.loc,remote:F.remote,q:F.q});if(!/^#\\/job/.test(location.hash))list()}
document.querySelectorAll('.dept').forEach(function(c){c.onchange=function(){F.dept=[].map.call(document.querySelectorAll('.dept:checked'),function(x){return x.value});post()}});
var lb=document.getElementById('loc');lb.querySelector('.lb-btn').onclick=function(){lb.querySelector('ul').classList.toggle('hidden')};
lb.querySelectorAll('li').forEach(function(li){li.onclick=function(){F.loc=li.textContent;lb.querySelector('.lb-btn').textContent=F.loc+' ▾';lb.querySelector('ul').classList.add('hidden');post()}});
var sw=document.getElementById('remote');sw.onclick=function(){F.remote=!F.remote;sw.setAttribute('aria-checked',F.remote);post()};
document.getElementById('q').oninput=function(){F.q=this.value;post()};
document.getElementById('clear').onclick=function(e){e.preventDefault();F={dept:[],loc:'Any location',remote:false,q:''};document.querySelectorAll('.dept').forEach(function(c){c.checked=false});sw.setAttribute('aria-checked','false');lb.querySelector('.lb-btn').textContent='Any location ▾';document.getElementById('q').value='';post()};
function list(){var m=J.filter(function(j){return (!F.dept.length||F.dept.indexOf(j.dept)>=0)&&(F.loc==='Any location'||j.loc===F.loc)&&(!F.remote||j.remote)&&(!F.q||j.title.toLowerCase().indexOf(F.q.toLowerCase())>=0)});
 document.getElementById('view').innerHTML='<h1>'+m.length+' open role'+(m.length===1?'':'s')+'</h1>'+m.map(function(j){return '<div class="job" data-id="'+j.id+'"><div><h3><a href="#/job/'+j.id+'">'+j.title+'</a></h3><div>'+j.dept+' · '+j.loc+' · '+j.pay+'</div></div><button class="icon-btn save" aria-label="Save job" data-id="'+j.id+'">🔖</button></div>'}).join('');
 document.querySelectorAll('.save').forEach(function(b){b.onclick=function(){rec('saveJob',{id:b.dataset.id});b.textContent='✅';toast('Job saved')}});document.title='Open roles · Hireloop'}
function detail(id,apply){var j=J.find(function(x){return x.id===id});if(!j){document.getElementById('view').innerHTML='<p>Not found</p>';return}
 document.getElementById('view').innerHTML='<p><a href="#/">← All roles</a></p><h1>'+j.title+'</h1><p>'+j.dept+' · '+j.loc+' · '+j.pay+'</p><p>'+j.body+'</p><h3>What we look for</h3><ul><li>'+j.years+' years of relevant experience</li><li>Clear written English</li></ul><p>Hiring manager: <b>'+j.mgr+'</b></p>'+
 (apply?'<iframe src="/apply-frame?job='+j.id+'" title="Application form"></iframe>':'<a class="btn btn-primary" href="#/job/'+j.id+'/apply">Apply for this job</a>');document.title=j.title+' · Hireloop'}
function route(){var m=/^#\\/job\\/(\\w+)(\\/apply)?/.exec(location.hash);if(m)detail(m[1],!!m[2]);else list()}
addEventListener('hashchange',route);route();
`,
});

function applyFrame(u) {
  const j = JOBS.find((x) => x.id === u.searchParams.get('job')) || JOBS[0];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Apply</title><style>body{font-family:system-ui;margin:14px;font-size:14px}label{display:block;margin:8px 0}input,textarea,select{display:block;width:95%;padding:6px}</style></head><body>
<h2>Apply: ${j.title}</h2><p>Applications for this role close on ${j.id === 'j6' ? '31 January 2027' : '15 January 2027'}. We reply within 10 working days.</p>
<form method="post" action="/submit/apply"><input type="hidden" name="job" value="${j.id}">
<label>Full name * <input name="name" required></label><label>Email * <input name="email" type="email" required></label><label>Phone <input name="phone"></label>
<label>LinkedIn or portfolio URL <input name="portfolio"></label>
<label>How did you hear about us? <select name="source" id="src"><option value="">Choose…</option><option>LinkedIn</option><option>Job board</option><option>Referral</option><option>Conference</option><option>Other</option></select></label>
<label id="refl" style="display:none">Who referred you? <input name="referrer"></label>
<label>Cover letter <textarea name="cover" rows="4"></textarea></label>
<label style="display:flex;gap:6px"><input type="checkbox" name="consent" value="yes" required style="width:auto"> I agree that Hireloop stores my data for 12 months.</label>
<button>Submit application</button></form>
<script>document.getElementById('src').onchange=function(){document.getElementById('refl').style.display=this.value==='Referral'?'block':'none'}</script></body></html>`;
}

const BANDS = [
  ['Backend Engineer', 'Mid', 'Berlin', '€62k', '€80k'], ['Backend Engineer', 'Senior', 'Berlin', '€85k', '€105k'], ['Backend Engineer', 'Senior', 'Toronto', 'CA$140k', 'CA$168k'],
  ['Frontend Engineer', 'Mid', 'Remote (EU)', '€60k', '€78k'], ['Data Engineer', 'Staff', 'Toronto', 'CA$165k', 'CA$190k'], ['Product Designer', 'Mid', 'Lisbon', '€48k', '€62k'],
  ['Product Designer', 'Senior', 'Lisbon', '€63k', '€79k'], ['Customer Success Manager', 'Mid', 'Toronto', 'CA$75k', 'CA$88k'], ['Account Executive', 'Mid', 'Berlin', '€55k', '€70k'],
];
const salaries = doc({
  title: 'Salary bands · Hireloop', css,
  body: `${nav}<div style="padding:18px 24px"><h1>Salary bands 2027</h1><p>Base salary before bonus and equity.</p><table><thead><tr><th>Role</th><th>Level</th><th>Location</th><th>Minimum</th><th>Maximum</th></tr></thead><tbody>
${BANDS.map((b) => `<tr>${b.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`,
});
const alerts = doc({
  title: 'Job alerts · Hireloop', css,
  body: `${nav}<div style="padding:18px 24px"><h1>Get job alerts</h1><form method="post" action="/submit/alert" style="background:#fff;padding:16px;border-radius:8px;max-width:480px">
<p><label>Email <input name="email" type="email" required style="width:100%"></label></p><p><label>Keywords <input name="keywords" placeholder="e.g. designer, react" style="width:100%"></label></p>
<fieldset><legend>Departments</legend>${DEPTS.map((d) => `<label><input type="checkbox" name="dept" value="${d}"> ${d}</label> `).join('')}</fieldset>
<fieldset><legend>How often?</legend><label><input type="radio" name="freq" value="daily"> Daily</label> <label><input type="radio" name="freq" value="weekly" checked> Weekly</label> <label><input type="radio" name="freq" value="monthly"> Monthly</label></fieldset>
<p><button class="btn btn-primary">Create alert</button></p></form></div>`,
});

export default {
  name: 'jobs', title: 'Hireloop',
  pages: { '/': jobs, '/jobs': jobs, '/apply-frame': applyFrame, '/salaries': salaries, '/alerts': alerts },
  thanks: (form) => (form === 'apply' ? '<h2>Thanks, your application is in!</h2><p>We reply within 10 working days.</p>' : '<h1>Alert created</h1>'),
};

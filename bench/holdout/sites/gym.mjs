// Pulse Fitness: a weekly timetable with one role=tab per day, instructor tooltips,
// booking and waitlist dialogs, "my bookings" with a late-cancel confirm, member
// reviews that load as you scroll, and membership plans as custom elements with
// shadow roots.
import { doc } from '../../eval/sites/common.mjs';

const STAFF = {
  Leah: 'Leah Byrne: mobility and yoga, 12 years teaching, specialises in prenatal yoga',
  Marco: 'Marco Silva: former amateur boxer, strength and conditioning coach',
  Ines: 'Ines Duarte: Pilates instructor, specialises in reformer and rehab after injury',
  Tom: 'Tom Achebe: cycling coach and triathlete',
  Kai: 'Kai Lindqvist: HIIT and kettlebells, ex-military fitness trainer',
};
const T = (day, time, name, who, studio, left) => ({ id: `${day.toLowerCase()}-${time.replace(':', '')}-${name.split(' ')[0].toLowerCase()}`, day, time, name, who, studio, left });
const CLASSES = [
  T('Mon', '07:00', 'Spin 45', 'Tom', 'Cycle studio', 6), T('Mon', '12:15', 'Yoga Flow', 'Leah', 'Studio 2', 9), T('Mon', '18:00', 'Reformer Pilates', 'Ines', 'Reformer room', 0), T('Mon', '19:15', 'Boxfit', 'Marco', 'Studio 1', 4),
  T('Tue', '07:00', 'Spin 45', 'Tom', 'Cycle studio', 2), T('Tue', '17:30', 'HIIT 30', 'Kai', 'Studio 1', 11), T('Tue', '19:00', 'Yoga Flow', 'Leah', 'Studio 2', 5),
  T('Wed', '07:00', 'Spin 45', 'Tom', 'Cycle studio', 8), T('Wed', '12:15', 'Reformer Pilates', 'Ines', 'Reformer room', 3), T('Wed', '18:30', 'Spin 45', 'Tom', 'Cycle studio', 1), T('Wed', '19:30', 'Kettlebells', 'Kai', 'Studio 1', 7),
  T('Thu', '06:45', 'HIIT 30', 'Kai', 'Studio 1', 10), T('Thu', '18:15', 'Yoga Flow', 'Leah', 'Studio 2', 12), T('Thu', '19:30', 'Boxfit', 'Marco', 'Studio 1', 0),
  T('Fri', '07:00', 'Spin 45', 'Tom', 'Cycle studio', 5), T('Fri', '12:15', 'Boxfit', 'Marco', 'Studio 1', 6), T('Fri', '17:00', 'Reformer Pilates', 'Ines', 'Reformer room', 2),
  T('Sat', '09:00', 'HIIT 30', 'Marco', 'Studio 1', 3), T('Sat', '10:30', 'Yoga Flow', 'Leah', 'Studio 2', 14), T('Sat', '11:45', 'Spin 45', 'Tom', 'Cycle studio', 9),
  T('Sun', '10:00', 'Reformer Pilates', 'Ines', 'Reformer room', 4), T('Sun', '11:30', 'Yoga Flow', 'Leah', 'Studio 2', 16),
];
const DAYS = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };

const css = `
header{background:#111;color:#c6ff3d;padding:12px 24px;font-weight:700;letter-spacing:1px;display:flex;gap:20px} header a{color:#eee;font-weight:400;text-decoration:none}
main{padding:16px 24px;max-width:900px}
.tabs{display:flex;gap:2px} .tabs [role=tab]{padding:10px 16px;background:#e4e4e4;cursor:pointer;border-radius:6px 6px 0 0}
.tabs [role=tab][aria-selected=true]{background:#fff;font-weight:700}
[role=tabpanel]{background:#fff;padding:10px 16px}
.cls{display:grid;grid-template-columns:70px 1fr 160px 130px 110px;align-items:center;padding:10px 0;border-bottom:1px solid #eee}
.who{position:relative;text-decoration:underline dotted;cursor:help} .who .tt{display:none;position:absolute;left:0;top:20px;background:#222;color:#fff;padding:6px 8px;border-radius:4px;width:260px;z-index:5;font-size:12px}
.who:hover .tt{display:block}
.rev{background:#fff;padding:20px 16px;margin:10px 0;border-radius:8px;min-height:90px}
`;
const nav = '<header>PULSE FITNESS<a href="/timetable">Timetable</a><a href="/bookings">My bookings</a><a href="/reviews">Reviews</a><a href="/memberships">Memberships</a></header>';

const timetable = doc({
  title: 'Timetable · Pulse Fitness', css,
  body: `${nav}<main><h1>Class timetable</h1><p>Week of 7 December 2026</p>
<div class="tabs" role="tablist">${Object.keys(DAYS).map((d, i) => `<div role="tab" tabindex="${i ? -1 : 0}" id="tab-${d}" aria-selected="${i === 0}" aria-controls="panel-${d}">${d}</div>`).join('')}</div>
${Object.keys(DAYS).map((d, i) => `<div role="tabpanel" id="panel-${d}" aria-labelledby="tab-${d}"${i ? ' hidden' : ''}><h2>${DAYS[d]}</h2>
${CLASSES.filter((c) => c.day === d).map((c) => `<div class="cls" data-cls="${c.id}"><b>${c.time}</b><span>${c.name}</span><span class="who">${c.who}<span class="tt" role="tooltip">${STAFF[c.who]}</span></span><span>${c.left ? `${c.left} spaces left` : 'Full'}</span>
<span>${c.left ? `<button class="btn book" data-cls="${c.id}">Book</button>` : `<button class="btn wait" data-cls="${c.id}">Join waitlist</button>`}</span></div>`).join('')}</div>`).join('')}
<div id="dlg" class="overlay hidden"><div class="modal" role="dialog" aria-modal="true"><h2 id="dT"></h2><p id="dP"></p>
<label id="gl"><input type="checkbox" id="guest"> Bring a guest (£8 guest pass)</label>
<p><button class="btn" id="dn">Not now</button> <button class="btn btn-primary" id="dy">Confirm</button></p></div></div>
<div id="toast" class="toast hidden"></div></main>`,
  script: `
var CL=${JSON.stringify(CLASSES)},DAYS=${JSON.stringify(DAYS)},cur=null,mode=null;
function toast(t){var e=document.getElementById('toast');e.textContent=t;e.classList.remove('hidden');setTimeout(function(){e.classList.add('hidden')},3000)}
document.querySelectorAll('[role=tab]').forEach(function(t){t.addEventListener('click',function(){document.querySelectorAll('[role=tab]').forEach(function(o){o.setAttribute('aria-selected','false');o.tabIndex=-1;document.getElementById(o.getAttribute('aria-controls')).hidden=true});
 t.setAttribute('aria-selected','true');t.tabIndex=0;document.getElementById(t.getAttribute('aria-controls')).hidden=false})});
function open(id,m){cur=CL.find(function(c){return c.id===id});mode=m;document.getElementById('dT').textContent=(m==='book'?'Book ':'Join the waitlist for ')+cur.name+'?';
 document.getElementById('dP').textContent=DAYS[cur.day]+' '+cur.time+' with '+cur.who+', '+cur.studio+'.';document.getElementById('gl').style.display=m==='book'?'':'none';document.getElementById('guest').checked=false;
 document.getElementById('dlg').classList.remove('hidden')}
document.querySelectorAll('.book').forEach(function(b){b.onclick=function(){open(b.dataset.cls,'book')}});
document.querySelectorAll('.wait').forEach(function(b){b.onclick=function(){open(b.dataset.cls,'wait')}});
document.getElementById('dn').onclick=function(){document.getElementById('dlg').classList.add('hidden')};
document.getElementById('dy').onclick=function(){if(mode==='book'){rec('book',{cls:cur.id,guest:document.getElementById('guest').checked});toast('Booked: '+cur.name)}else{rec('waitlist',{cls:cur.id});toast('You are on the waitlist')}
 document.getElementById('dlg').classList.add('hidden')};
`,
});

const MINE = [
  { id: 'bk-41', cls: 'Spin 45', when: 'Tuesday 07:00', who: 'Tom' },
  { id: 'bk-42', cls: 'HIIT 30', when: 'Thursday 06:45', who: 'Kai' },
  { id: 'bk-43', cls: 'Boxfit', when: 'Friday 12:15', who: 'Marco' },
  { id: 'bk-44', cls: 'Yoga Flow', when: 'Sunday 11:30', who: 'Leah' },
];
const bookings = doc({
  title: 'My bookings · Pulse Fitness', css,
  body: `${nav}<main><h1>My bookings</h1>${MINE.map((b) => `<div class="cls" data-id="${b.id}" style="grid-template-columns:200px 1fr 120px 60px"><b>${b.when}</b><span>${b.cls}</span><span>with ${b.who}</span>
<button class="icon-btn cancel" aria-label="Cancel booking" title="Cancel booking" data-id="${b.id}">✖</button></div>`).join('')}
<p>Late cancellations (less than 12 hours before the class) cost £5.</p>
<div id="dlg" class="overlay hidden"><div class="modal" role="alertdialog"><h2>Cancel this booking?</h2><p id="dP"></p><p><button class="btn" id="dn">Keep it</button> <button class="btn btn-primary" id="dy">Cancel booking</button></p></div></div>
<div id="toast" class="toast hidden"></div></main>`,
  script: `
var cur=null;
document.querySelectorAll('.cancel').forEach(function(b){b.onclick=function(){cur=b.dataset.id;document.getElementById('dP').textContent=b.parentNode.children[1].textContent+', '+b.parentNode.children[0].textContent;document.getElementById('dlg').classList.remove('hidden')}});
document.getElementById('dn').onclick=function(){document.getElementById('dlg').classList.add('hidden')};
document.getElementById('dy').onclick=function(){rec('cancel',{id:cur});document.querySelector('.cls[data-id='+cur+']').remove();document.getElementById('dlg').classList.add('hidden');var t=document.getElementById('toast');t.textContent='Booking cancelled';t.classList.remove('hidden')};
`,
});

const NAMES = ['Rosa M.', 'Ben T.', 'Aisha K.', 'Jon P.', 'Mei L.', 'Carlos R.', 'Hanna S.', 'Olu A.', 'Pete W.', 'Sara N.', 'Ivan D.', 'Lucy F.', 'Raj P.', 'Nora E.', 'Tim C.', 'Dana K.', 'Yusuf B.', 'Elin H.', 'Omar Z.', 'Kate G.', 'Leo V.', 'Fatima Q.'];
const CLS = ['Spin 45', 'Yoga Flow', 'HIIT 30', 'Boxfit', 'Kettlebells', 'Reformer Pilates'];
const TEXTS = ['Great energy, I left soaked.', 'Good class but the room was too warm.', 'Clear cues and a friendly vibe.', 'Music was way too loud for me.', 'Perfect for a lunch break.', 'Hard but fun, will come back.'];
const REVIEWS = NAMES.map((n, i) => ({ who: n, cls: CLS[i % 6], stars: (i * 7) % 5 + 1, text: TEXTS[i % 6] }));
REVIEWS[15] = { who: 'Dana K.', cls: 'Reformer Pilates', stars: 5, text: 'Ines fixed my posture in two sessions; my lower back pain is finally gone.' };
REVIEWS[18] = { who: 'Omar Z.', cls: 'Boxfit', stars: 2, text: 'Too crowded on Thursday evening, we could barely move.' };
const reviews = doc({
  title: 'Member reviews · Pulse Fitness', css,
  body: `${nav}<main><h1>What members say</h1><div id="list"></div><p id="more" style="color:#888">Loading more reviews…</p></main>`,
  script: `
var R=${JSON.stringify(REVIEWS)},n=0,busy=false;
function add(k){R.slice(n,n+k).forEach(function(r){var d=document.createElement('div');d.className='rev';d.innerHTML='<b>'+r.who+'</b> on <i>'+r.cls+'</i> · '+'★'.repeat(r.stars)+'☆'.repeat(5-r.stars)+' <span class="sr">('+r.stars+' of 5 stars)</span><p>'+r.text+'</p>';document.getElementById('list').appendChild(d)});n+=k;
 if(n>=R.length)document.getElementById('more').textContent='That is all the reviews.'}
add(8);
addEventListener('scroll',function(){if(busy||n>=R.length)return;if(document.getElementById('more').getBoundingClientRect().top<innerHeight+40){busy=true;setTimeout(function(){add(5);busy=false},500)}});
`,
});

const PLANS = [
  { id: 'monthly', name: 'Monthly', price: '£39 / month', note: 'Rolling, cancel with 30 days notice' },
  { id: '10class', name: '10-class pass', price: '£85', note: 'Valid for 4 months' },
  { id: 'annual', name: 'Annual', price: '£32 / month', note: 'Billed yearly as £384, includes 4 guest passes' },
  { id: 'offpeak', name: 'Off-peak', price: '£27 / month', note: 'Weekdays before 16:00 and weekends' },
];
const memberships = doc({
  title: 'Memberships · Pulse Fitness', css,
  body: `${nav}<main><h1>Memberships</h1><div id="plans" style="display:flex;gap:12px;flex-wrap:wrap">${PLANS.map((p) => `<plan-card plan="${p.id}"></plan-card>`).join('')}</div><div id="toast" class="toast hidden"></div></main>`,
  script: `
var PLANS=${JSON.stringify(PLANS)};
customElements.define('plan-card',class extends HTMLElement{connectedCallback(){var p=PLANS.find(function(x){return x.id===this.getAttribute('plan')}.bind(this)),r=this.attachShadow({mode:'open'});
 r.innerHTML='<style>.c{background:#fff;border-radius:10px;padding:16px;width:200px;box-shadow:0 1px 4px rgba(0,0,0,.15)}.p{font-size:22px;font-weight:700}button{background:#111;color:#c6ff3d;border:0;padding:8px 14px;border-radius:6px;cursor:pointer}</style>'+
 '<div class="c"><h3>'+p.name+'</h3><div class="p">'+p.price+'</div><p>'+p.note+'</p><button part="buy">Choose plan</button></div>';
 r.querySelector('button').onclick=function(){rec('buy',{plan:p.id});var t=document.getElementById('toast');t.textContent=p.name+' added to your account';t.classList.remove('hidden')}}});
`,
});

export default { name: 'gym', title: 'Pulse Fitness', pages: { '/': timetable, '/timetable': timetable, '/bookings': bookings, '/reviews': reviews, '/memberships': memberships } };

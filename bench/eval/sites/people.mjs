// Crewbase: team members as cards with a "⋯" menu (no name in its label), a role
// dialog, a removal confirmation, a password-reset toast, an invite modal with a ×,
// and tooltips that exist only while hovering (status dots, a help icon).
import { doc, esc } from './common.mjs';

export const PEOPLE = [
  { id: 'u1', name: 'Dana Wu', role: 'Owner', email: 'dana@crewbase.example', team: 'Platform', seen: 'Active now', status: 'online' },
  { id: 'u2', name: 'Marcus Bell', role: 'Admin', email: 'marcus.bell@crewbase.example', team: 'Platform', seen: 'Last active 3 hours ago', status: 'away' },
  { id: 'u3', name: 'Sofía Ruiz', role: 'Member', email: 'sofia.ruiz@crewbase.example', team: 'Design', seen: 'Last active 2 days ago', status: 'offline' },
  { id: 'u4', name: 'Tariq Aziz', role: 'Member', email: 'tariq@crewbase.example', team: 'Sales', seen: 'Active now', status: 'online' },
  { id: 'u5', name: 'Hannah Schulz', role: 'Billing manager', email: 'h.schulz@crewbase.example', team: 'Finance', seen: 'Last active 26 minutes ago', status: 'away' },
  { id: 'u6', name: 'Oluwaseun Adeyemi', role: 'Member', email: 'seun@crewbase.example', team: 'Design', seen: 'Last active 5 weeks ago', status: 'offline' },
  { id: 'u7', name: 'Mei Lin', role: 'Guest', email: 'mei.lin@partner.example', team: 'External', seen: 'Invitation pending', status: 'pending' },
  { id: 'u8', name: 'Jonas Berg', role: 'Member', email: 'jonas.berg@crewbase.example', team: 'Sales', seen: 'Last active yesterday', status: 'offline' },
];

const css = `main{max-width:980px;margin:20px auto}.head{display:flex;justify-content:space-between;align-items:center}
.grid{display:grid;grid-template-columns:repeat(2,1fr);gap:12px}.member{background:#fff;border-radius:10px;padding:14px;display:flex;gap:12px;align-items:center;position:relative}
.av{width:40px;height:40px;border-radius:50%;background:#dfe6f7;display:flex;align-items:center;justify-content:center;font-weight:700;color:#2f5bea}
.who{flex:1}.who .nm{font-weight:600}.who .em{color:#6b7383;font-size:12px}.badge{font-size:11px;background:#eef1f6;border-radius:10px;padding:2px 8px;margin-left:6px}
.dot{width:10px;height:10px;border-radius:50%;display:inline-block}.dot.online{background:#2bb24c}.dot.away{background:#f0a500}.dot.offline{background:#b8bec9}.dot.pending{background:#fff;border:2px dashed #b8bec9}
.menu{position:absolute;right:12px;top:44px;background:#fff;border:1px solid #dde1e8;border-radius:8px;box-shadow:0 6px 18px rgba(0,0,0,.12);z-index:5;min-width:170px}
.menu [role=menuitem]{display:block;padding:8px 12px;cursor:pointer}.menu [role=menuitem]:hover{background:#f2f4f8}
.tip{position:absolute;background:#1d2330;color:#fff;padding:5px 8px;border-radius:5px;font-size:12px;z-index:20;white-space:nowrap}
.stats{display:flex;gap:22px;background:#fff;border-radius:10px;padding:12px 16px;margin-bottom:12px}.stats .n{font-size:20px;font-weight:700}`;

const cards = PEOPLE.map((p) => `<div class="member" data-id="${p.id}"><div class="av" aria-hidden="true">${p.name.split(' ').map((w) => w[0]).join('')}</div>
<div class="who"><div><span class="nm">${esc(p.name)}</span><span class="badge role">${p.role}</span></div><div class="em">${p.email}</div><div class="em">${p.team}</div></div>
<span class="dot ${p.status}" data-tip="${esc(p.seen)}" tabindex="0"></span>
<button class="icon-btn more" aria-label="More actions" aria-haspopup="menu">⋯</button></div>`).join('\n');

const body = `<main><div class="head"><h1>Team members</h1><button class="btn btn-primary" id="invite">+ Invite people</button></div>
<div class="stats"><div><div class="n">8</div>members</div><div><div class="n">2</div>online</div><div><div class="n">10</div>paid seats <span class="icon-btn" id="seat-help" data-tip="Seats renew on 12 May; 2 are unused." tabindex="0">ⓘ</span></div></div>
<div class="grid" role="list">${cards}</div><p id="msg" role="status"></p></main>
<div class="overlay hidden" id="inv"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="inv-t"><button class="icon-btn x" aria-label="Close" id="inv-x">×</button>
<h2 id="inv-t">Invite people</h2><p><label>Email addresses<br><input id="inv-em" placeholder="name@company.com, …" style="width:100%"></label></p>
<p><label>Role <select id="inv-role"><option>Member</option><option>Admin</option><option>Guest</option><option>Billing manager</option></select></label></p>
<p><label>Add to team <select id="inv-team"><option>Platform</option><option>Design</option><option>Sales</option><option>Finance</option></select></label></p>
<button class="btn btn-primary" id="inv-send">Send invitations</button></div></div>
<div class="overlay hidden" id="role"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="role-t"><button class="icon-btn x" aria-label="Close" id="role-x">×</button>
<h2 id="role-t">Change role</h2><fieldset id="role-opts" style="border:0;padding:0">${['Admin', 'Member', 'Billing manager', 'Guest'].map((r) => `<label style="display:block;margin:4px 0"><input type="radio" name="r" value="${r}"> ${r}</label>`).join('')}</fieldset>
<button class="btn btn-primary" id="role-ok">Update role</button></div></div>
<div class="overlay hidden" id="rm"><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="rm-t"><h2 id="rm-t">Remove member</h2><p id="rm-s"></p>
<button class="btn" id="rm-no">Cancel</button> <button class="btn btn-primary" id="rm-ok" style="background:#d93030;border-color:#d93030">Remove</button></div></div>
<div class="toast hidden" id="toast" role="status"></div>`;

const script = `
var P = ${JSON.stringify(PEOPLE)};
var $ = function(s){ return document.querySelector(s); };
var cur = null, menu = null, tip = null;
function person(el){ var c = el.closest('.member'); return P.filter(function(p){ return p.id === c.dataset.id; })[0]; }
function toast(t){ var e = $('#toast'); e.textContent = t; e.classList.remove('hidden'); setTimeout(function(){ e.classList.add('hidden'); }, 7000); }
function closeMenu(){ if (menu) { menu.remove(); menu = null; } }
document.addEventListener('click', function(e){
  var more = e.target.closest('.more');
  if (more) { e.stopPropagation(); closeMenu(); cur = person(more); menu = document.createElement('div'); menu.className = 'menu'; menu.setAttribute('role', 'menu');
    menu.innerHTML = '<div role="menuitem" data-m="role">Change role</div><div role="menuitem" data-m="reset">Send password reset</div><div role="menuitem" data-m="remove" style="color:#c22">Remove from workspace</div>';
    more.closest('.member').appendChild(menu); return; }
  var mi = e.target.closest('[role=menuitem]');
  if (mi) { var m = mi.dataset.m; closeMenu();
    if (m === 'role') { document.querySelectorAll('#role-opts input').forEach(function(i){ i.checked = i.value === cur.role; }); $('#role-t').textContent = 'Change role of ' + cur.name; $('#role').classList.remove('hidden'); }
    if (m === 'reset') { rec('reset', {id: cur.id}); toast('Password reset link sent to ' + cur.email + '. It expires in 24 hours.'); }
    if (m === 'remove') { $('#rm-s').textContent = 'Remove ' + cur.name + ' from Crewbase? They lose access immediately.'; $('#rm').classList.remove('hidden'); }
    return; }
  if (!e.target.closest('.menu')) closeMenu();
});
$('#role-ok').onclick = function(){ var v = (document.querySelector('#role-opts input:checked') || {}).value; rec('role', {id: cur.id, role: v}); document.querySelector('[data-id=' + cur.id + '] .role').textContent = v; cur.role = v; $('#role').classList.add('hidden'); $('#msg').textContent = cur.name + ' is now ' + v + '.'; };
$('#role-x').onclick = function(){ $('#role').classList.add('hidden'); };
$('#rm-ok').onclick = function(){ rec('remove', {id: cur.id}); document.querySelector('[data-id=' + cur.id + ']').remove(); $('#rm').classList.add('hidden'); $('#msg').textContent = cur.name + ' was removed.'; };
$('#rm-no').onclick = function(){ rec('remove-cancelled', {id: cur.id}); $('#rm').classList.add('hidden'); };
$('#invite').onclick = function(){ $('#inv').classList.remove('hidden'); };
$('#inv-x').onclick = function(){ rec('invite-closed', {}); $('#inv').classList.add('hidden'); };
$('#inv-send').onclick = function(){ var em = $('#inv-em').value.split(/[,;\\s]+/).filter(Boolean); rec('submit', {form: 'invite', data: {emails: em, role: $('#inv-role').value, team: $('#inv-team').value}});
  $('#inv').classList.add('hidden'); toast(em.length + ' invitation' + (em.length === 1 ? '' : 's') + ' sent.'); };
document.addEventListener('mouseover', function(e){ var t = e.target.closest('[data-tip]'); if (!t || tip) return;
  tip = document.createElement('div'); tip.className = 'tip'; tip.setAttribute('role', 'tooltip'); tip.textContent = t.dataset.tip; var r = t.getBoundingClientRect();
  tip.style.left = (r.left + window.scrollX - 40) + 'px'; tip.style.top = (r.bottom + window.scrollY + 6) + 'px'; document.body.appendChild(tip);
  t.addEventListener('mouseleave', function(){ if (tip) { tip.remove(); tip = null; } }, {once: true}); });
`;

export default {
  name: 'people',
  title: 'Crewbase',
  pages: { '/': doc({ title: 'Members · Crewbase', css, body, script }) },
};

// Harbourside Veterinary Clinic: front-desk day list with hover-only row actions
// (check in, reschedule dialog, cancel dialog), a patient file with role=tab tabs and
// a refill dialog, an appointment request form (custom species dropdown, radios,
// native date, time-slot buttons), opening hours.
import { page, esc, dropdown, DROPDOWN_JS, tabs, TABS_JS } from './common.mjs';

const SITE = 'Harbourside Vets';
const head = `<header class="top"><div class="wrap"><span class="brand">🐾 Harbourside Veterinary Clinic</span><nav><a href="/">Home</a><a href="/today">Today</a><a href="/records">Patient records</a><a href="/book">Book</a></nav></div></header>`;

export const APPTS = [
  { id: 'a1', time: '09:10', pet: 'Biscuit', species: 'Dog (Beagle)', owner: 'Tom Hargreaves', reason: 'Annual vaccination', room: 'Room 2', status: 'Checked in' },
  { id: 'a2', time: '09:30', pet: 'Mochi', species: 'Cat', owner: 'Priya Nair', reason: 'Dental check', room: 'Room 1', status: 'Booked' },
  { id: 'a3', time: '10:00', pet: 'Pepper', species: 'Rabbit', owner: 'Gwen Alder', reason: 'Nail trim', room: 'Nurse room', status: 'Booked' },
  { id: 'a4', time: '10:40', pet: 'Luna', species: 'Dog (Husky)', owner: 'Marcus Webb', reason: 'Limping, front left leg', room: 'Room 2', status: 'Booked' },
  { id: 'a5', time: '11:20', pet: 'Luna', species: 'Cat', owner: 'Priya Nair', reason: 'Skin rash', room: 'Room 1', status: 'Booked' },
  { id: 'a6', time: '13:50', pet: 'Rocky', species: 'Tortoise', owner: 'Dev Chauhan', reason: 'Shell check', room: 'Room 3', status: 'Booked' },
  { id: 'a7', time: '14:20', pet: 'Ziggy', species: 'Guinea pig', owner: 'Hannah Frost', reason: 'Weight loss', room: 'Room 3', status: 'Booked' },
  { id: 'a8', time: '15:05', pet: 'Bramble', species: 'Dog (Springer Spaniel)', owner: 'Oliver Reyes', reason: 'Post-op check', room: 'Room 2', status: 'Booked' },
];
const FREE = ['11:50', '12:10', '15:40', '16:20', '16:50'];

const home = page('Harbourside Veterinary Clinic', `${head}<main class="wrap">
<h1>Caring for Portside's pets since 1987</h1>
<div class="card"><h2>Opening hours</h2><dl class="hours">
<dt>Monday – Friday</dt><dd>8:00 – 19:00</dd><dt>Saturday</dt><dd>9:00 – 13:00</dd><dt>Sunday &amp; bank holidays</dt><dd>Closed</dd></dl>
<p>Reception: <a href="tel:01614960118">0161 496 0118</a></p></div>
<div class="card"><h2>Emergencies</h2><p>During opening hours just call reception. Out of hours our emergency cover is provided by
<b>NightPaws Emergency Vets</b>, 22 Dock Road — <a href="tel:01614960732">0161 496 0732</a>.</p></div>
<div class="card"><h2>Nurse clinics</h2><ul><li>Nail clipping — £12</li><li>Weight check — free</li><li>Microchipping — £19.50</li><li>Anal gland expression — £24</li></ul></div>
<p><a class="btn primary" href="/book">Request an appointment</a></p></main>`, { site: SITE });

const today = page('Today', `${head}<main class="wrap"><h1>Today's appointments</h1><p class="muted">Thursday 10 December</p>
<table id="day"><thead><tr><th>Time</th><th>Patient</th><th>Species</th><th>Owner</th><th>Reason</th><th>Room</th><th>Status</th><th><span class="sr">Actions</span></th></tr></thead><tbody>
${APPTS.map((a) => `<tr data-id="${a.id}"><td>${a.time}</td><td>${esc(a.pet)}</td><td>${esc(a.species)}</td><td>${esc(a.owner)}</td><td>${esc(a.reason)}</td><td>${a.room}</td><td class="st">${a.status}</td>
<td><span class="row-actions"><button class="icon ci" aria-label="Check in">✔</button><button class="icon rs" title="Reschedule">⟳</button><button class="icon cx" aria-label="Cancel appointment">✕</button></span></td></tr>`).join('')}
</tbody></table>
<div class="backdrop" id="cancelDlg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="cxh"><h2 id="cxh">Cancel appointment</h2><p id="cxp"></p>
<div class="field"><label for="cxr">Reason</label><select id="cxr"><option value="">Select a reason</option><option>Owner request</option><option>Pet unwell</option><option>Clinic rescheduled</option><option>Other</option></select></div>
<p><button class="btn" id="cxKeep">Keep appointment</button> <button class="btn primary" id="cxGo">Cancel appointment</button></p><p id="cxErr" class="muted"></p></div></div>
<div class="backdrop" id="rsDlg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="rsh"><h2 id="rsh">Reschedule</h2><p id="rsp"></p>
<div class="field"><label for="rst">New time (today)</label><select id="rst">${FREE.map((t) => `<option>${t}</option>`).join('')}</select></div>
<p><button class="btn" id="rsClose">Close</button> <button class="btn primary" id="rsGo">Move appointment</button></p></div></div>
<div class="toast" id="toast"></div></main>`, { site: SITE, script: `
var cur = null;
function row(b){ return b.closest('tr'); }
function toast(t){ var e=document.getElementById('toast'); e.textContent=t; e.style.display='block'; setTimeout(function(){e.style.display='none';}, 3000); }
document.querySelectorAll('.ci').forEach(function(b){ b.onclick=function(){ var r=row(b); rec('checkin',{id:r.dataset.id, pet:r.children[1].textContent}); r.querySelector('.st').textContent='Checked in'; toast(r.children[1].textContent+' checked in'); }; });
document.querySelectorAll('.cx').forEach(function(b){ b.onclick=function(){ cur=row(b); document.getElementById('cxp').textContent='Cancel '+cur.children[1].textContent+' ('+cur.children[3].textContent+') at '+cur.children[0].textContent+'?'; document.getElementById('cxr').value=''; document.getElementById('cancelDlg').classList.add('open'); }; });
document.querySelectorAll('.rs').forEach(function(b){ b.onclick=function(){ cur=row(b); document.getElementById('rsp').textContent='Move '+cur.children[1].textContent+' ('+cur.children[0].textContent+') to:'; document.getElementById('rsDlg').classList.add('open'); }; });
document.getElementById('cxKeep').onclick=function(){ document.getElementById('cancelDlg').classList.remove('open'); };
document.getElementById('cxGo').onclick=function(){ var r=document.getElementById('cxr').value; if(!r){ document.getElementById('cxErr').textContent='Please choose a reason.'; return; }
  rec('cancel',{id:cur.dataset.id, pet:cur.children[1].textContent, reason:r}); cur.querySelector('.st').textContent='Cancelled'; document.getElementById('cancelDlg').classList.remove('open'); toast('Appointment cancelled'); };
document.getElementById('rsClose').onclick=function(){ document.getElementById('rsDlg').classList.remove('open'); };
document.getElementById('rsGo').onclick=function(){ var t=document.getElementById('rst').value; rec('reschedule',{id:cur.dataset.id, pet:cur.children[1].textContent, time:t}); cur.children[0].textContent=t; document.getElementById('rsDlg').classList.remove('open'); toast('Moved to '+t); };
` });

const MEDS = [
  { id: 'melox', name: 'Meloxicam oral suspension', dose: '0.5 mg/ml — 0.4 ml once daily with food', left: '3 days left' },
  { id: 'gaba', name: 'Gabapentin capsules', dose: '50 mg, 90 minutes before vet visits', left: '4 capsules left' },
  { id: 'milb', name: 'Milbemax worming tablet', dose: 'One tablet every 3 months', left: 'Next due January' },
];
const records = page('Mochi — patient record', `${head}<main class="wrap"><h1>Mochi</h1><p class="muted">Cat · British Shorthair · female, spayed · born 2019 · owner Priya Nair · patient #HV-20417</p>
${tabs('rec', [
  { id: 'ov', label: 'Overview', html: `<dl><dt>Microchip</dt><dd>985 112 004 338 721</dd><dt>Allergies</dt><dd>Chicken protein</dd><dt>Insurance</dt><dd>PetGuard, policy PG-556120</dd></dl>` },
  { id: 'vac', label: 'Vaccinations', html: `<table><thead><tr><th>Vaccine</th><th>Last given</th><th>Next due</th></tr></thead><tbody>
<tr><td>Cat flu &amp; enteritis (FVRCP)</td><td>12 Mar 2026</td><td>12 Mar 2027</td></tr>
<tr><td>Feline leukaemia (FeLV)</td><td>3 Jun 2025</td><td>3 Jun 2026 <b>(overdue)</b></td></tr>
<tr><td>Rabies</td><td>19 Aug 2024</td><td>19 Aug 2027</td></tr></tbody></table>` },
  { id: 'med', label: 'Medications', html: `<ul class="meds">${MEDS.map((m) => `<li class="item" data-med="${m.id}"><b>${m.name}</b> — ${m.dose} <span class="muted">(${m.left})</span> <button class="btn refill">Request refill</button></li>`).join('')}</ul>` },
  { id: 'wt', label: 'Weight', html: `<table><thead><tr><th>Date</th><th>Weight</th></tr></thead><tbody><tr><td>14 Jan 2026</td><td>4.6 kg</td></tr><tr><td>22 Mar 2026</td><td>4.9 kg</td></tr><tr><td>30 Jun 2026</td><td>5.3 kg</td></tr><tr><td>8 Sep 2026</td><td>5.1 kg</td></tr></tbody></table>` },
  { id: 'nt', label: 'Notes', html: `<p>Nervous in the carrier — spray Feliway in the consult room ten minutes before. Prefers being examined on the floor.</p>` },
])}
<div class="backdrop" id="rfDlg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="rfh"><h2 id="rfh">Request a refill</h2><p id="rfm"></p>
<div class="field"><label for="rfq">Quantity</label><select id="rfq"><option value="1">1 pack</option><option value="2">2 packs</option><option value="3">3 packs</option></select></div>
<fieldset><legend>How would you like it?</legend><label><input type="radio" name="how" value="collect" checked> Collect from reception</label><br><label><input type="radio" name="how" value="post"> Post it to me (£3.95)</label></fieldset>
<p><button class="btn" id="rfX">Close</button> <button class="btn primary" id="rfGo">Send request</button></p></div></div><div class="toast" id="toast"></div></main>`, { site: SITE, script: TABS_JS + `
var med=null;
document.querySelectorAll('.refill').forEach(function(b){ b.onclick=function(){ med=b.closest('li').dataset.med; document.getElementById('rfm').textContent=b.closest('li').querySelector('b').textContent; document.getElementById('rfDlg').classList.add('open'); }; });
document.getElementById('rfX').onclick=function(){ document.getElementById('rfDlg').classList.remove('open'); };
document.getElementById('rfGo').onclick=function(){ rec('refill',{med:med, qty:document.getElementById('rfq').value, how:document.querySelector('input[name=how]:checked').value}); document.getElementById('rfDlg').classList.remove('open'); var t=document.getElementById('toast'); t.textContent='Refill requested'; t.style.display='block'; };
` });

const SLOTS = ['09:00', '09:20', '09:40', '10:20', '11:00', '14:00', '14:40', '16:00', '17:20', '18:10'];
const book = page('Request an appointment', `${head}<main class="wrap"><h1>Request an appointment</h1>
<form method="post" action="/submit/appointment" class="card" id="f">
<div class="field"><label for="owner">Your full name</label><input type="text" id="owner" name="owner" required></div>
<div class="field"><label for="phone">Mobile number</label><input type="tel" id="phone" name="phone"></div>
<div class="field"><label for="email">Email</label><input type="email" id="email" name="email"></div>
<div class="field"><label for="pet">Pet's name</label><input type="text" id="pet" name="pet" required></div>
${dropdown('species', 'Species', ['Dog', 'Cat', 'Rabbit', 'Guinea pig', 'Ferret', 'Bird', 'Reptile', 'Other'], { placeholder: 'Select species' })}
<fieldset class="field"><legend>Reason for visit</legend>
${['Vaccination', 'Check-up', 'Illness or injury', 'Dental', 'Nurse clinic'].map((r) => `<label><input type="radio" name="reason" value="${r}"> ${r}</label> `).join('')}</fieldset>
<div class="field"><label for="date">Preferred date</label><input type="date" id="date" name="date" min="2026-12-01"></div>
<div class="field"><span id="slotLbl">Preferred time</span><div role="group" aria-labelledby="slotLbl" class="slots">${SLOTS.map((s) => `<button type="button" class="btn slot" aria-pressed="false">${s}</button>`).join(' ')}</div><input type="hidden" name="slot" id="slot"></div>
<div class="field"><label><input type="checkbox" name="new_client" value="yes"> This is our first visit to Harbourside</label></div>
<div class="field"><label for="notes">Anything we should know?</label><textarea id="notes" name="notes" rows="3"></textarea></div>
<button class="btn primary" type="submit">Request appointment</button></form></main>`, { site: SITE, script: DROPDOWN_JS + `
document.querySelectorAll('.slot').forEach(function(b){ b.onclick=function(){ document.querySelectorAll('.slot').forEach(function(o){ o.setAttribute('aria-pressed', o===b); o.classList.toggle('primary', o===b); }); document.getElementById('slot').value=b.textContent; }; });
` });

export default {
  name: 'vet',
  title: SITE,
  pages: { '/': home, '/today': today, '/records': records, '/book': book },
  thanks: (form, d) => `<h1>Thanks${d.owner ? `, ${esc(d.owner)}` : ''}</h1><p>We'll text you to confirm ${esc(d.pet || 'your pet')}'s appointment.</p>`,
};

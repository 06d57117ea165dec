// Three portals whose actions all go through dialogs, built the ways real sites build
// them: a dentist's patient portal (native <dialog> with showModal, a reason select, a
// date and time), a streaming watchlist (a11y-dialog style containers appended to the end
// of <body>: role=dialog / alertdialog with aria-modal, a side drawer, star buttons), and a
// gym's member area (Bootstrap-like .modal divs toggled by classes, a basket drawer with a
// promo code and Apply).
import { doc } from './common.mjs';

const css = `.top{display:flex;justify-content:space-between;align-items:center;background:#29435c;color:#fff;padding:12px 24px}
.top a{color:#dbe7f3;margin-left:16px;text-decoration:none}.brand{font-weight:700;font-size:18px}
main{max-width:860px;margin:24px auto;background:#fff;padding:22px 26px;border-radius:10px}
.card{border:1px solid #dde2ea;border-radius:8px;padding:12px 14px;margin:10px 0;display:flex;justify-content:space-between;align-items:center;gap:12px}
.card h3{margin:0 0 4px;font-size:15px}.muted{color:#60697a;font-size:12px}
dialog{border:0;border-radius:10px;padding:18px 20px;min-width:380px;box-shadow:0 12px 40px rgba(0,0,0,.3)}
dialog::backdrop{background:rgba(20,24,33,.45)}
.fg{margin:10px 0}.fg label.lbl{display:block;font-weight:600;font-size:13px;margin-bottom:3px}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:14px}
.close{position:absolute;right:10px;top:6px;border:0;background:none;font-size:20px;cursor:pointer}
.dialog-container[aria-hidden=true]{display:none}
.dialog-container{position:fixed;inset:0;z-index:60;display:flex}
.dialog-overlay{position:fixed;inset:0;background:rgba(0,0,0,.5)}
.dialog-content{position:relative;margin:auto;background:#fff;border-radius:10px;padding:20px;min-width:360px;max-width:480px}
.drawer .dialog-content{margin:0 0 0 auto;height:100%;border-radius:0;width:380px;max-width:380px}
.stars button{font-size:26px;border:0;background:none;cursor:pointer;color:#bbb}.stars button.on{color:#f5a623}
.modal{display:none;position:fixed;inset:0;background:rgba(0,0,0,.45);z-index:70;overflow:auto}
.modal.show{display:block}.modal-dialog{max-width:500px;margin:60px auto}.modal-content{background:#fff;border-radius:8px}
.modal-header,.modal-footer{display:flex;justify-content:space-between;align-items:center;padding:12px 16px;border-bottom:1px solid #eee}
.modal-footer{border-top:1px solid #eee;border-bottom:0;justify-content:flex-end;gap:8px}.modal-body{padding:14px 16px}
.btn-close{border:0;background:none;font-size:20px;cursor:pointer}
.offcanvas{position:fixed;top:0;right:0;bottom:0;width:360px;background:#fff;box-shadow:-8px 0 30px rgba(0,0,0,.2);z-index:65;padding:18px;transform:translateX(100%);visibility:hidden;transition:transform .2s}
.offcanvas.show{transform:none;visibility:visible}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}.tile{border:1px solid #dde2ea;border-radius:8px;padding:12px}
.tile h3{margin:0 0 6px;font-size:15px}.tile .row{display:flex;gap:6px;flex-wrap:wrap;margin-top:8px}
.toast{position:fixed;right:16px;bottom:16px;background:#1d2330;color:#fff;padding:10px 14px;border-radius:8px;z-index:90}`;

const toast = `function toast(t){var d=document.createElement('div');d.className='toast';d.setAttribute('role','status');d.textContent=t;document.body.appendChild(d);setTimeout(function(){d.remove();},4000);}`;

// ---- Brightsmile Dental: native <dialog> ----
const dnav = `<header class="top"><div class="brand">🦷 Brightsmile Dental · Patient portal</div>
<nav><a href="/dental/appointments">Appointments</a><a href="/dental/prescriptions">Prescriptions</a></nav></header>`;
const APPTS = [
  ['a1', 'Mia Lopez', 'Check-up and clean', 'Tue 13 Apr 2027', '3:00 pm', 'Dr. Anna Hahn', 'Cancelling is free until 24 hours before.'],
  ['a2', 'Mia Lopez', 'Fluoride treatment', 'Fri 16 Apr 2027', '9:30 am', 'Hygienist Ravi Patel', 'Cancelling is free until 24 hours before.'],
  ['a3', 'Leo Lopez', 'Check-up', 'Tue 13 Apr 2027', '3:30 pm', 'Dr. Anna Hahn', 'Cancelling is free until 24 hours before.'],
  ['a4', 'Leo Lopez', 'Filling (lower left molar)', 'Mon 19 Apr 2027', '11:00 am', 'Dr. Jonas Weber', 'This visit reserves 60 minutes of surgery time: cancelling less than 48 hours before costs a £40 late cancellation fee.'],
];
const appointments = doc({
  title: 'Appointments · Brightsmile Dental', css,
  body: `${dnav}<main><h1>Upcoming appointments</h1><p class="muted">Family account: Mia Lopez and Leo Lopez</p>
${APPTS.map(([id, who, what, day, time, doc_]) => `<div class="card" data-id="${id}"><div><h3>${what}</h3><div>${who} · ${day}, ${time}</div><div class="muted">${doc_} · Harbour Road surgery</div></div>
<div><button class="btn" data-act="move" data-id="${id}">Reschedule</button> <button class="btn" data-act="cancel" data-id="${id}">Cancel</button></div></div>`).join('\n')}
</main>
<dialog id="dlg-cancel" aria-labelledby="dc-t"><button class="close" aria-label="Close" data-close>×</button>
<h2 id="dc-t">Cancel appointment</h2><p id="dc-what"></p><p id="dc-fee" class="muted"></p>
<div class="fg"><label class="lbl" for="dc-reason">Reason for cancelling</label><select id="dc-reason"><option value="">Please choose…</option><option>Illness</option><option>Schedule conflict</option><option>Transport problems</option><option>Found another dentist</option><option>Other</option></select></div>
<div class="actions"><button class="btn" data-close>Keep appointment</button><button class="btn btn-primary" id="dc-yes">Confirm cancellation</button></div></dialog>
<dialog id="dlg-move" aria-labelledby="dm-t"><button class="close" aria-label="Close" data-close>×</button>
<h2 id="dm-t">Reschedule appointment</h2><p id="dm-what"></p>
<div class="fg"><label class="lbl" for="dm-date">New date</label><input type="date" id="dm-date" min="2027-04-01" max="2027-06-30"></div>
<div class="fg"><label class="lbl" for="dm-time">New time</label><select id="dm-time"><option value="">Choose a time</option><option value="09:00">9:00 am</option><option value="10:00">10:00 am</option><option value="11:30">11:30 am</option><option value="14:00">2:00 pm</option><option value="16:15">4:15 pm</option></select></div>
<div class="actions"><button class="btn" data-close>Cancel</button><button class="btn btn-primary" id="dm-yes">Save new time</button></div></dialog>`,
  script: `${toast}
var A=${JSON.stringify(APPTS)};var cur=null;
function row(id){return A.find(function(a){return a[0]===id;});}
document.querySelectorAll('[data-act]').forEach(function(b){b.onclick=function(){cur=row(b.dataset.id);
 if(b.dataset.act==='cancel'){document.getElementById('dc-what').textContent='Cancel '+cur[1]+"'s "+cur[2].toLowerCase()+' on '+cur[3]+' at '+cur[4]+'?';document.getElementById('dc-fee').textContent=cur[6];document.getElementById('dc-reason').value='';document.getElementById('dlg-cancel').showModal();}
 else{document.getElementById('dm-what').textContent=cur[1]+': '+cur[2]+', now '+cur[3]+' at '+cur[4];document.getElementById('dm-date').value='';document.getElementById('dm-time').value='';document.getElementById('dlg-move').showModal();}};});
document.querySelectorAll('[data-close]').forEach(function(b){b.onclick=function(){b.closest('dialog').close();};});
document.getElementById('dc-yes').onclick=function(){var r=document.getElementById('dc-reason').value;if(!r){alert('Please choose a reason');return;}
 rec('cancel',{id:cur[0],reason:r});document.getElementById('dlg-cancel').close();document.querySelector('.card[data-id='+cur[0]+']').remove();toast('Appointment cancelled.');};
document.getElementById('dm-yes').onclick=function(){var d=document.getElementById('dm-date').value,t=document.getElementById('dm-time').value;if(!d||!t)return;
 rec('reschedule',{id:cur[0],date:d,time:t});document.getElementById('dlg-move').close();toast('Moved to '+d+' at '+t+'.');};`,
});

const RX = [
  ['rx1', 'Chlorhexidine mouthwash 0.12%', 'Mia Lopez', '2 refills left'],
  ['rx2', 'Fluoride toothpaste 5000 ppm', 'Leo Lopez', '1 refill left'],
  ['rx3', 'Ibuprofen 400 mg', 'Leo Lopez', '3 refills left'],
];
const prescriptions = doc({
  title: 'Prescriptions · Brightsmile Dental', css,
  body: `${dnav}<main><h1>Prescriptions</h1>
<table style="width:100%;border-collapse:collapse"><thead><tr><th align="left">Medicine</th><th align="left">Patient</th><th align="left">Refills</th><th></th></tr></thead><tbody>
${RX.map(([id, m, p, r]) => `<tr data-id="${id}"><td>${m}</td><td>${p}</td><td>${r}</td><td><button class="btn" data-rx="${id}">Request refill</button></td></tr>`).join('\n')}
</tbody></table></main>`,
  script: `${toast}
var R=${JSON.stringify(RX)};
document.querySelectorAll('[data-rx]').forEach(function(b){b.onclick=function(){open_(R.find(function(r){return r[0]===b.dataset.rx;}));};});
function open_(r){var w=document.createElement('div');w.className='dialog-container';w.setAttribute('aria-hidden','false');
 w.innerHTML='<div class="dialog-overlay"></div><div class="dialog-content" role="dialog" aria-modal="true" aria-labelledby="rf-t"><button class="close" aria-label="Close this dialog">×</button><h2 id="rf-t">Refill: '+r[1]+'</h2>'+
 '<fieldset class="fg"><legend class="lbl">Collect from</legend><label><input type="radio" name="ph" value="Main Street Pharmacy" checked> Main Street Pharmacy</label><br><label><input type="radio" name="ph" value="CityCare Harbour"> CityCare Harbour</label><br><label><input type="radio" name="ph" value="Home delivery"> Home delivery (2–3 days)</label></fieldset>'+
 '<div class="fg"><label class="lbl" for="rf-by">Needed by</label><input type="date" id="rf-by"></div>'+
 '<div class="fg"><label class="lbl" for="rf-note">Note for the pharmacist</label><textarea id="rf-note" rows="2"></textarea></div>'+
 '<div class="actions"><button class="btn" data-x>Cancel</button><button class="btn btn-primary" data-go>Send request</button></div></div>';
 document.body.appendChild(w);
 w.querySelectorAll('.close,[data-x],.dialog-overlay').forEach(function(x){x.onclick=function(){w.remove();};});
 w.querySelector('[data-go]').onclick=function(){rec('refill',{rx:r[0],pharmacy:w.querySelector('input[name=ph]:checked').value,by:w.querySelector('#rf-by').value,note:w.querySelector('#rf-note').value.trim()});w.remove();toast('Refill requested.');};}`,
});

// ---- Reelhouse: a11y-dialog containers at the end of <body>, a drawer, stars ----
const SHOWS = [
  ['harbour', 'Harbour Lights', 'Drama · 2 seasons', 'A retired lighthouse keeper, Ada Morrow, returns to Skerry Point when the lamp she tended for thirty years starts flashing again at night.', 'Directed by Niamh Kelly'],
  ['orchard', 'The Quiet Orchard', 'Mystery · 1 season', 'Two sisters inherit a cider farm in Herefordshire and find a ledger of debts their father never mentioned.', 'Directed by Tomasz Wrona'],
  ['glass', 'Glass Cities', 'Documentary · 6 episodes', 'How architects in Dubai, Oslo and Singapore build towers that keep cool without air conditioning.', 'Directed by Lena Park'],
  ['night', 'Night Shift Diaries', 'Comedy · 3 seasons', 'Four nurses on the late shift at St Brigid\\u2019s keep a ward running with one working kettle.', 'Directed by Sam Otieno'],
];
const snav = `<header class="top" style="background:#141414"><div class="brand">▶ Reelhouse</div><nav><a href="/stream/watchlist">My list</a><a href="/stream/channels">Channels</a></nav></header>`;
const watchlist = doc({
  title: 'My list · Reelhouse', css,
  body: `${snav}<main><h1>My list</h1><div class="grid" id="grid">
${SHOWS.map(([id, t, g]) => `<div class="tile" data-show="${id}"><h3>${t}</h3><div class="muted">${g}</div><div class="row">
<button class="btn" data-a="info" data-show="${id}" aria-label="More info about ${t}">ⓘ Info</button><button class="btn" data-a="rate" data-show="${id}">Rate</button><button class="btn" data-a="remove" data-show="${id}" aria-label="Remove ${t} from My list">✕</button></div></div>`).join('\n')}
</div></main>
<div class="dialog-container drawer" id="d-info" aria-hidden="true"><div class="dialog-overlay" data-a11y-dialog-hide></div>
<div class="dialog-content" role="dialog" aria-modal="true" aria-labelledby="i-t"><button class="close" data-a11y-dialog-hide aria-label="Close">×</button>
<h2 id="i-t"></h2><p class="muted" id="i-g"></p><h4>Synopsis</h4><p id="i-s"></p><p id="i-d"></p><button class="btn btn-primary">▶ Play episode 1</button></div></div>
<div class="dialog-container" id="d-rate" aria-hidden="true"><div class="dialog-overlay" data-a11y-dialog-hide></div>
<div class="dialog-content" role="dialog" aria-modal="true" aria-labelledby="r-t"><button class="close" data-a11y-dialog-hide aria-label="Close">×</button>
<h2 id="r-t"></h2><p>How would you rate it?</p><div class="stars" role="group" aria-label="Your rating">${[1, 2, 3, 4, 5].map((n) => `<button data-n="${n}" aria-label="${n} star${n > 1 ? 's' : ''}">★</button>`).join('')}</div>
<div class="actions"><button class="btn" data-a11y-dialog-hide>Not now</button><button class="btn btn-primary" id="r-go">Submit rating</button></div></div></div>
<div class="dialog-container" id="d-rm" aria-hidden="true"><div class="dialog-overlay"></div>
<div class="dialog-content" role="alertdialog" aria-modal="true" aria-labelledby="x-t" aria-describedby="x-d"><h2 id="x-t">Remove from My list?</h2><p id="x-d"></p>
<div class="actions"><button class="btn" data-a11y-dialog-hide>Keep it</button><button class="btn btn-primary" id="x-go">Yes, remove</button></div></div></div>`,
  script: `${toast}
var S=${JSON.stringify(SHOWS)};var cur=null,stars=0;
function sh(id){return S.find(function(s){return s[0]===id;});}
function show(id){document.getElementById(id).setAttribute('aria-hidden','false');}
function hide(el){el.closest('.dialog-container').setAttribute('aria-hidden','true');}
document.querySelectorAll('[data-a11y-dialog-hide]').forEach(function(b){b.onclick=function(){hide(b);};});
document.getElementById('grid').onclick=function(e){var b=e.target.closest('[data-a]');if(!b)return;cur=sh(b.dataset.show);
 if(b.dataset.a==='info'){document.getElementById('i-t').textContent=cur[1];document.getElementById('i-g').textContent=cur[2];document.getElementById('i-s').textContent=cur[3];document.getElementById('i-d').textContent=cur[4];show('d-info');}
 if(b.dataset.a==='rate'){stars=0;paint();document.getElementById('r-t').textContent='Rate '+cur[1];show('d-rate');}
 if(b.dataset.a==='remove'){document.getElementById('x-d').textContent=cur[1]+' will be removed from My list. Your progress is kept.';show('d-rm');}};
function paint(){document.querySelectorAll('.stars button').forEach(function(b){b.classList.toggle('on',+b.dataset.n<=stars);b.setAttribute('aria-pressed',+b.dataset.n<=stars?'true':'false');});}
document.querySelectorAll('.stars button').forEach(function(b){b.onclick=function(){stars=+b.dataset.n;paint();};});
document.getElementById('r-go').onclick=function(){if(!stars)return;rec('rate',{show:cur[0],stars:stars});hide(this);toast('Thanks for rating '+cur[1]+'.');};
document.getElementById('x-go').onclick=function(){rec('remove',{show:cur[0]});hide(this);document.querySelector('.tile[data-show='+cur[0]+']').remove();toast(cur[1]+' removed.');};`,
});

// ---- Ironworks Gym: Bootstrap-like .modal, an offcanvas basket with a promo code ----
const gnav = `<header class="top" style="background:#7a1f1f"><div class="brand">🏋 Ironworks Gym</div><nav><a href="/gym/membership">Membership</a><a href="/gym/shop">Shop</a></nav></header>`;
const membership = doc({
  title: 'Membership · Ironworks Gym', css,
  body: `${gnav}<main><h1>Your membership</h1>
<div class="card"><div><h3>Standard · £34/month</h3><div class="muted">Member since March 2024 · next payment 1 May 2027</div></div>
<div><button class="btn" data-bs-toggle="modal" data-bs-target="#planModal">Change plan</button> <button class="btn" data-bs-toggle="modal" data-bs-target="#freezeModal">Freeze membership</button></div></div>
<div class="card"><div><h3>Personal training add-on</h3><div class="muted">4 sessions a month with Coach Dana</div></div><div><button class="btn" data-bs-toggle="modal" data-bs-target="#ptModal">Cancel add-on</button></div></div>
</main>
<div class="modal fade" id="planModal" tabindex="-1" aria-labelledby="pl-t" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="pl-t">Change plan</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close">×</button></div>
<div class="modal-body"><label><input type="radio" name="plan" value="Off-peak"> Off-peak · £24/month (before 4 pm)</label><br><label><input type="radio" name="plan" value="Standard" checked> Standard · £34/month</label><br><label><input type="radio" name="plan" value="Premium"> Premium · £49/month (classes and sauna included)</label>
<div class="fg"><label class="lbl" for="pl-when">Start</label><select id="pl-when"><option value="next">From my next payment</option><option value="now">Straight away</option></select></div></div>
<div class="modal-footer"><button type="button" class="btn" data-bs-dismiss="modal">Close</button><button type="button" class="btn btn-primary" id="pl-go">Confirm change</button></div></div></div></div>
<div class="modal fade" id="freezeModal" tabindex="-1" aria-labelledby="fr-t" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="fr-t">Freeze membership</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close">×</button></div>
<div class="modal-body"><p>While frozen you pay £5 a month and keep your joining rate.</p>
<div class="fg"><label class="lbl" for="fr-from">Freeze from</label><input type="date" id="fr-from"></div>
<div class="fg"><label class="lbl" for="fr-len">Length</label><select id="fr-len"><option value="1">1 month</option><option value="2">2 months</option><option value="3">3 months</option></select></div>
<fieldset class="fg"><legend class="lbl">Why are you freezing?</legend><label><input type="radio" name="why" value="Travel"> Travel</label> <label><input type="radio" name="why" value="Injury or illness"> Injury or illness</label> <label><input type="radio" name="why" value="Pregnancy"> Pregnancy</label> <label><input type="radio" name="why" value="Other"> Other</label></fieldset></div>
<div class="modal-footer"><button type="button" class="btn" data-bs-dismiss="modal">Cancel</button><button type="button" class="btn btn-primary" id="fr-go">Freeze</button></div></div></div></div>
<div class="modal fade" id="ptModal" tabindex="-1" aria-labelledby="pt-t" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="pt-t">Cancel personal training?</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close">×</button></div>
<div class="modal-body"><p>Your remaining 2 sessions this month stay bookable until 30 April.</p></div>
<div class="modal-footer"><button type="button" class="btn" data-bs-dismiss="modal">Keep personal training</button><button type="button" class="btn btn-primary" id="pt-go">Yes, cancel it</button></div></div></div></div>`,
  script: `${toast}
function open_(m){m.classList.add('show');m.style.display='block';m.removeAttribute('aria-hidden');m.setAttribute('aria-modal','true');m.setAttribute('role','dialog');}
function close_(m){m.classList.remove('show');m.style.display='none';m.setAttribute('aria-hidden','true');m.removeAttribute('aria-modal');m.removeAttribute('role');}
document.querySelectorAll('[data-bs-toggle=modal]').forEach(function(b){b.onclick=function(){open_(document.querySelector(b.dataset.bsTarget));};});
document.querySelectorAll('[data-bs-dismiss=modal]').forEach(function(b){b.onclick=function(){close_(b.closest('.modal'));};});
document.getElementById('pl-go').onclick=function(){rec('plan',{plan:document.querySelector('input[name=plan]:checked').value,start:document.getElementById('pl-when').value});close_(this.closest('.modal'));toast('Plan changed.');};
document.getElementById('fr-go').onclick=function(){var w=document.querySelector('input[name=why]:checked');var f=document.getElementById('fr-from').value;if(!f)return;
 rec('freeze',{from:f,months:document.getElementById('fr-len').value,reason:w?w.value:''});close_(this.closest('.modal'));toast('Membership frozen.');};
document.getElementById('pt-go').onclick=function(){rec('cancelPT',{});close_(this.closest('.modal'));toast('Personal training cancelled.');};`,
});

const PRODUCTS = [['shaker', 'Protein shaker 700 ml', 12], ['towel', 'Microfibre gym towel', 15], ['bands', 'Resistance band set', 22], ['gloves', 'Lifting gloves', 18]];
const shop = doc({
  title: 'Shop · Ironworks Gym', css,
  body: `${gnav}<main><div style="display:flex;justify-content:space-between;align-items:center"><h1>Member shop</h1><button class="btn" id="basket-btn" data-bs-toggle="offcanvas" aria-controls="basket">🛒 Basket (<span id="bc">2</span>)</button></div>
<div class="grid">${PRODUCTS.map(([id, n, p]) => `<div class="tile"><h3>${n}</h3><div>£${p}.00</div><div class="row"><button class="btn" data-add="${id}">Add to basket</button></div></div>`).join('')}</div></main>
<div class="offcanvas offcanvas-end" tabindex="-1" id="basket" aria-labelledby="bk-t"><div style="display:flex;justify-content:space-between"><h5 id="bk-t">Your basket</h5><button type="button" class="btn-close" aria-label="Close" id="bk-x">×</button></div>
<ul id="lines"></ul><div class="fg"><label class="lbl" for="promo">Promo code</label><div style="display:flex;gap:6px"><input id="promo" placeholder="Enter code"><button class="btn" id="apply">Apply</button></div><div id="pmsg" class="muted" role="status"></div></div>
<p>Subtotal <b id="sub"></b></p><p>Discount <b id="disc">£0.00</b></p><p>Total <b id="tot"></b></p><button class="btn btn-primary" id="checkout">Checkout</button></div>`,
  script: `${toast}
var P=${JSON.stringify(PRODUCTS)};var basket=['towel','bands'];var code='';var CODES={SPRING10:0.10,GYM5:0.05};
function sum(){return basket.reduce(function(s,id){return s+P.find(function(p){return p[0]===id;})[2];},0);}
function f(n){return '£'+n.toFixed(2);}
function draw(){document.getElementById('bc').textContent=basket.length;document.getElementById('lines').innerHTML=basket.map(function(id){var p=P.find(function(q){return q[0]===id;});return '<li>'+p[1]+' — '+f(p[2])+'</li>';}).join('');
 var s=sum(),d=code?Math.round(s*CODES[code]*100)/100:0;document.getElementById('sub').textContent=f(s);document.getElementById('disc').textContent=f(d);document.getElementById('tot').textContent=f(s-d);}
draw();
var bk=document.getElementById('basket');
function openB(){bk.classList.add('show');bk.setAttribute('role','dialog');bk.setAttribute('aria-modal','true');}
document.getElementById('basket-btn').onclick=openB;document.getElementById('bk-x').onclick=function(){bk.classList.remove('show');bk.removeAttribute('role');bk.removeAttribute('aria-modal');};
document.querySelectorAll('[data-add]').forEach(function(b){b.onclick=function(){basket.push(b.dataset.add);rec('add',{item:b.dataset.add});draw();toast('Added to basket.');};});
document.getElementById('apply').onclick=function(){var c=document.getElementById('promo').value.trim().toUpperCase();rec('promo',{code:c});
 if(CODES[c]){code=c;document.getElementById('pmsg').textContent='Code '+c+' applied: '+(CODES[c]*100)+'% off.';}else{document.getElementById('pmsg').textContent='That code is not valid.';}draw();};
document.getElementById('checkout').onclick=function(){rec('checkout',{items:basket.slice().sort(),code:code,total:(sum()-(code?Math.round(sum()*CODES[code]*100)/100:0)).toFixed(2)});toast('Order placed.');};`,
});

export default {
  name: 'dialogs',
  title: 'Brightsmile Dental, Reelhouse and Ironworks Gym',
  pages: {
    '/': doc({ title: 'Portals', css, body: `<main><a href="/dental/appointments">Brightsmile Dental</a> · <a href="/stream/watchlist">Reelhouse</a> · <a href="/gym/membership">Ironworks Gym</a></main>` }),
    '/dental/appointments': appointments, '/dental/prescriptions': prescriptions,
    '/stream/watchlist': watchlist, '/gym/membership': membership, '/gym/shop': shop,
  },
};

// Hotel Alba: a search bar with a custom two-month date-range calendar and a guests
// popover with steppers (GET /rooms?...), a room list with policy tooltips, a booking
// dialog with a custom arrival-time dropdown and a nested "add transfer" confirm.
import { doc } from '../../eval/sites/common.mjs';

const ROOMS = [
  { id: 'standard', name: 'Standard Double', price: 120, sleeps: 2, view: 'Courtyard view', policy: 'Free cancellation until 48 hours before arrival' },
  { id: 'twin', name: 'Superior Twin', price: 135, sleeps: 2, view: 'Garden view', policy: 'Free cancellation until 24 hours before arrival' },
  { id: 'deluxe', name: 'Deluxe King', price: 189, sleeps: 2, view: 'Sea view with balcony', policy: 'Non-refundable: paid in full at booking' },
  { id: 'family', name: 'Family Suite', price: 240, sleeps: 4, view: 'Courtyard view', policy: 'Free cancellation until 7 days before arrival' },
  { id: 'loft', name: 'Garden Loft', price: 265, sleeps: 5, view: 'Garden view', policy: 'Free cancellation until 14 days before arrival' },
  { id: 'access', name: 'Accessible Double', price: 120, sleeps: 2, view: 'Ground floor, step-free', policy: 'Free cancellation until 48 hours before arrival' },
];

const css = `
header{background:#3b2f2a;color:#f3e9dc;padding:14px 24px;font-size:18px} main{padding:20px 24px;max-width:980px}
.search{display:flex;gap:10px;background:#fff;padding:12px;border-radius:10px;box-shadow:0 2px 8px rgba(0,0,0,.08);position:relative}
.field{border:1px solid #c9c1b8;border-radius:8px;padding:8px 12px;cursor:pointer;background:#fff;min-width:220px}
.cal{position:absolute;top:64px;left:12px;background:#fff;border:1px solid #ccc;border-radius:10px;padding:12px;display:flex;gap:24px;z-index:10}
.month h4{text-align:center;margin:4px 0} .grid{display:grid;grid-template-columns:repeat(7,34px);gap:2px}
.grid span{text-align:center;color:#888;font-size:12px} .day{height:32px;border:0;background:#f4f1ed;border-radius:4px;cursor:pointer}
.day.sel{background:#3b2f2a;color:#fff} .day.in{background:#d9cbb9}
.pop{position:absolute;top:64px;left:250px;background:#fff;border:1px solid #ccc;border-radius:10px;padding:12px;z-index:10;width:260px}
.step{display:flex;align-items:center;justify-content:space-between;margin:6px 0} .step button{width:30px;height:30px;border-radius:50%;border:1px solid #999;background:#fff;cursor:pointer}
.room{background:#fff;border-radius:10px;padding:14px 18px;margin:12px 0;display:flex;justify-content:space-between;align-items:center}
.tip{position:relative;cursor:help;color:#776} .tip .bubble{display:none;position:absolute;left:20px;top:-4px;background:#222;color:#fff;padding:6px 8px;border-radius:6px;width:240px;font-size:12px;z-index:3}
.tip:hover .bubble{display:block}
.sel-box{position:relative} .opts{position:absolute;background:#fff;border:1px solid #aaa;list-style:none;padding:0;margin:0;width:100%;z-index:70} .opts li{padding:6px 10px;cursor:pointer} .opts li:hover{background:#eee}
label.row{display:block;margin:8px 0} label.row input,label.row textarea{width:100%;padding:6px}
`;

const home = doc({
  title: 'Hotel Alba · Book direct', css,
  body: `<header>Hotel Alba · Porto</header><main><h1>Book your stay</h1>
<form class="search" action="/rooms" method="get" id="sf">
<div class="field" id="dates" role="button" tabindex="0" aria-label="Check-in and check-out dates">📅 <span id="datesTxt">Check-in — Check-out</span></div>
<div class="field" id="guests" role="button" tabindex="0" aria-label="Guests and rooms">👤 <span id="guestsTxt">2 adults · 0 children · 1 room</span></div>
<input type="hidden" name="checkin" id="ci"><input type="hidden" name="checkout" id="co">
<input type="hidden" name="adults" id="ad" value="2"><input type="hidden" name="children" id="ch" value="0"><input type="hidden" name="rooms" id="rm" value="1">
<button class="btn btn-primary" type="submit">Search</button>
<div class="cal hidden" id="cal"><button type="button" class="icon-btn" aria-label="Previous month" id="prev">‹</button><div class="month" id="m0"></div><div class="month" id="m1"></div><button type="button" class="icon-btn" aria-label="Next month" id="next">›</button></div>
<div class="pop hidden" id="pop">
${['adults', 'children', 'rooms'].map((k) => `<div class="step"><span>${k[0].toUpperCase() + k.slice(1)}</span><span><button type="button" aria-label="Decrease ${k}" data-k="${k}" data-d="-1">−</button> <b id="v-${k}">${k === 'adults' ? 2 : k === 'rooms' ? 1 : 0}</b> <button type="button" aria-label="Increase ${k}" data-k="${k}" data-d="1">+</button></span></div>`).join('')}
<button type="button" class="btn" id="done">Done</button></div>
</form><p id="msg" style="color:#b00"></p>
<p>Rooms from £120 per night. Breakfast £16 per person.</p></main>`,
  script: `
var MONTHS=['January','February','March','April','May','June','July','August','September','October','November','December'];
var DOW=['Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday'];
var first=[2026,11], ci=null, co=null, g={adults:2,children:0,rooms:1};
function iso(y,m,d){return y+'-'+String(m+1).padStart(2,'0')+'-'+String(d).padStart(2,'0')}
function render(){[0,1].forEach(function(i){var y=first[0],m=first[1]+i;if(m>11){m-=12;y++}
 var el=document.getElementById('m'+i),h='<h4>'+MONTHS[m]+' '+y+'</h4><div class="grid">'+['Mo','Tu','We','Th','Fr','Sa','Su'].map(function(d){return '<span>'+d+'</span>'}).join('');
 var off=(new Date(y,m,1).getDay()+6)%7;for(var k=0;k<off;k++)h+='<i></i>';var n=new Date(y,m+1,0).getDate();
 for(var d=1;d<=n;d++){var s=iso(y,m,d),c='day'+((s===ci||s===co)?' sel':'')+(ci&&co&&s>ci&&s<co?' in':'');
  h+='<button type="button" class="'+c+'" data-date="'+s+'" aria-label="'+DOW[new Date(y,m,d).getDay()]+', '+d+' '+MONTHS[m]+' '+y+'">'+d+'</button>'}
 el.innerHTML=h+'</div>'});
 document.querySelectorAll('.day').forEach(function(b){b.onclick=function(){var s=b.dataset.date;if(!ci||co||s<=ci){ci=s;co=null}else{co=s;document.getElementById('cal').classList.add('hidden')}
  document.getElementById('ci').value=ci||'';document.getElementById('co').value=co||'';document.getElementById('datesTxt').textContent=(ci||'')+' — '+(co||'Check-out');render()}})}
render();
document.getElementById('dates').onclick=function(){document.getElementById('cal').classList.toggle('hidden');document.getElementById('pop').classList.add('hidden')};
document.getElementById('prev').onclick=function(){first[1]--;if(first[1]<0){first[1]=11;first[0]--}render()};
document.getElementById('next').onclick=function(){first[1]++;if(first[1]>11){first[1]=0;first[0]++}render()};
document.getElementById('guests').onclick=function(){document.getElementById('pop').classList.toggle('hidden');document.getElementById('cal').classList.add('hidden')};
document.querySelectorAll('.step button').forEach(function(b){b.onclick=function(){var k=b.dataset.k,min=k==='children'?0:1;g[k]=Math.max(min,Math.min(8,g[k]+Number(b.dataset.d)));
 document.getElementById('v-'+k).textContent=g[k];document.getElementById(k==='adults'?'ad':k==='children'?'ch':'rm').value=g[k];
 document.getElementById('guestsTxt').textContent=g.adults+' adult'+(g.adults>1?'s':'')+' · '+g.children+' child'+(g.children===1?'':'ren')+' · '+g.rooms+' room'+(g.rooms>1?'s':'')}});
document.getElementById('done').onclick=function(){document.getElementById('pop').classList.add('hidden')};
document.getElementById('sf').onsubmit=function(e){if(!ci||!co){e.preventDefault();document.getElementById('msg').textContent='Please choose your check-in and check-out dates.'}};
`,
});

function rooms(u) {
  const q = u.searchParams;
  const ci = q.get('checkin') || '2026-12-18';
  const co = q.get('checkout') || '2026-12-21';
  const nights = Math.max(1, Math.round((Date.parse(co) - Date.parse(ci)) / 86400000));
  return doc({
    title: 'Available rooms · Hotel Alba', css,
    body: `<header>Hotel Alba · Porto</header><main><h1>Available rooms</h1><p>${ci} to ${co} · ${nights} night${nights > 1 ? 's' : ''} · ${q.get('adults') || 2} adults</p>
${ROOMS.map((r) => `<div class="room" data-room="${r.id}"><div><h3>${r.name} <span class="tip" aria-label="Cancellation policy">ⓘ<span class="bubble" role="tooltip">${r.policy}</span></span></h3>
<div>${r.view} · sleeps ${r.sleeps}</div></div><div><strong>£${r.price}</strong> / night<br><button class="btn btn-primary pick" data-room="${r.id}">Select</button></div></div>`).join('')}
<div id="dlg" class="overlay hidden"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="dT">
<button class="icon-btn x" aria-label="Close" id="dx">✕</button><h2 id="dT">Complete your booking</h2>
<p id="sum"></p>
<label class="row">Full name <input id="f-name"></label><label class="row">Email <input id="f-email" type="email"></label>
<div class="row">Estimated arrival <div class="sel-box"><button type="button" class="btn" id="arrBtn" aria-haspopup="listbox">I don't know yet ▾</button>
<ul class="opts hidden" role="listbox" id="arr">${["I don't know yet", '14:00–16:00', '16:00–18:00', '18:00–20:00', '20:00–22:00', 'After 22:00'].map((t) => `<li role="option">${t}</li>`).join('')}</ul></div></div>
<label class="row"><input type="checkbox" id="f-bf" style="width:auto"> Add breakfast (£16 per person per day)</label>
<label class="row"><input type="checkbox" id="f-tr" style="width:auto"> Airport transfer</label>
<label class="row">Special requests <textarea id="f-req" rows="2"></textarea></label>
<p id="err" style="color:#b00"></p><button class="btn btn-primary" id="book">Book now</button></div></div>
<div id="tdlg" class="overlay hidden" style="z-index:80"><div class="modal" role="alertdialog"><p>An airport transfer costs £45 each way and is charged at the hotel. Add it to your booking?</p>
<button class="btn" id="tno">No thanks</button> <button class="btn btn-primary" id="tyes">Add transfer</button></div></div>
<div id="toast" class="toast hidden"></div></main>`,
    script: `
var ROOMS=${JSON.stringify(ROOMS)}, NIGHTS=${nights}, CI='${ci}', CO='${co}', room=null, arrival="I don't know yet";
document.querySelectorAll('.pick').forEach(function(b){b.onclick=function(){room=ROOMS.find(function(r){return r.id===b.dataset.room});
 document.getElementById('sum').innerHTML=room.name+' · '+NIGHTS+' nights × £'+room.price+' = <strong>Total £'+(room.price*NIGHTS)+'</strong>';
 document.getElementById('dlg').classList.remove('hidden');rec('open',{room:room.id})}});
document.getElementById('dx').onclick=function(){document.getElementById('dlg').classList.add('hidden')};
document.getElementById('arrBtn').onclick=function(){document.getElementById('arr').classList.toggle('hidden')};
document.querySelectorAll('#arr li').forEach(function(li){li.onclick=function(){arrival=li.textContent;document.getElementById('arrBtn').textContent=arrival+' ▾';document.getElementById('arr').classList.add('hidden')}});
var tr=document.getElementById('f-tr');tr.onchange=function(){if(tr.checked){tr.checked=false;document.getElementById('tdlg').classList.remove('hidden')}};
document.getElementById('tyes').onclick=function(){tr.checked=true;document.getElementById('tdlg').classList.add('hidden')};
document.getElementById('tno').onclick=function(){document.getElementById('tdlg').classList.add('hidden')};
document.getElementById('book').onclick=function(){var n=document.getElementById('f-name').value.trim(),e=document.getElementById('f-email').value.trim();
 if(!n||!e){document.getElementById('err').textContent='Please enter your name and email.';return}
 rec('submit',{form:'booking',data:{room:room.id,checkin:CI,checkout:CO,name:n,email:e,arrival:arrival,breakfast:document.getElementById('f-bf').checked,transfer:tr.checked,requests:document.getElementById('f-req').value}});
 document.getElementById('dlg').classList.add('hidden');var t=document.getElementById('toast');t.textContent='Booked! Confirmation sent to '+e;t.classList.remove('hidden')};
`,
  });
}

export default { name: 'hotel', title: 'Hotel Alba', pages: { '/': home, '/rooms': rooms } };

// Eastgate Library study-room reservations: the branch is an ARIA combobox whose listbox
// is rendered at the end of <body>, the room a button (aria-haspopup=listbox) opening a
// list of <li role=option>, day tabs for the next seven days (role=tab) each with its own
// grid of start times ("9:30"), people as <input type=number> between − and + buttons,
// the length as a segmented control of radios hidden behind their labels, a projector
// switch (a div with role=switch), and "repeat weekly until" as <input type=month>.
import { doc } from './common.mjs';

const css = `main{max-width:760px;margin:24px auto;background:#fff;padding:24px 28px;border-radius:12px}
.fg{margin-bottom:16px}.lbl{display:block;font-weight:600;margin-bottom:6px;font-size:13px}
input.t{padding:7px 9px;border:1px solid #c9ced8;border-radius:6px;font:inherit;width:280px}
.lb{position:absolute;list-style:none;margin:0;padding:4px 0;background:#fff;border:1px solid #c9ced8;border-radius:6px;box-shadow:0 6px 20px rgba(0,0,0,.15);z-index:20;min-width:280px}
.lb li{padding:7px 12px;cursor:pointer}.lb li[aria-selected=true],.lb li:hover{background:#eef3ff}
[role=tablist]{display:flex;gap:4px;border-bottom:1px solid #dde1e8}[role=tab]{border:0;background:none;padding:8px 10px;cursor:pointer;border-bottom:2px solid transparent}[role=tab][aria-selected=true]{border-color:#6a3fc4;font-weight:600}
.times[hidden]{display:none}.times{display:flex;flex-wrap:wrap;gap:6px;padding:10px 0}.times button{padding:6px 10px;border:1px solid #c9ced8;border-radius:6px;background:#fff;cursor:pointer}.times button.on{background:#6a3fc4;color:#fff}.times button:disabled{text-decoration:line-through;opacity:.4}
.num{display:inline-flex;align-items:center}.num button{width:32px;height:32px;border:1px solid #c9ced8;background:#f4f5f8;cursor:pointer}.num input{width:50px;height:32px;text-align:center;border:1px solid #c9ced8;border-left:0;border-right:0}
.segr{display:inline-flex;border:1px solid #6a3fc4;border-radius:8px;overflow:hidden}.segr input{position:absolute;opacity:0;width:1px;height:1px}.segr label{padding:7px 14px;cursor:pointer}.segr input:checked+label{background:#6a3fc4;color:#fff}
.sw{display:inline-flex;gap:10px;align-items:center;cursor:pointer}.sw [role=switch]{width:40px;height:22px;border-radius:11px;background:#ccd;position:relative}.sw [role=switch][aria-checked=true]{background:#2a9d5c}`;

const BRANCHES = ['Eastgate Central', 'Eastgate North (Millbrook)', 'Harbourside', 'Hillcrest', 'Riverside Community Library'];
const ROOMS = [['quiet', 'Quiet study pod (1–2 people)'], ['group', 'Group study room (up to 6)'], ['seminar', 'Seminar room (up to 12)'], ['media', 'Media lab']];

const page = doc({
  title: 'Reserve a room · Eastgate Library', css,
  body: `<main><h1>Reserve a study room</h1>
<form id="f" method="post" action="/submit/room">
<div class="fg"><label class="lbl" for="br">Library branch</label><input class="t" id="br" role="combobox" aria-expanded="false" aria-controls="br-lb" aria-autocomplete="list" autocomplete="off" placeholder="Start typing a branch"><input type="hidden" name="branch" id="brv"></div>
<div class="fg"><span class="lbl" id="rm-l">Room</span><button type="button" class="btn" id="rm" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="rm-l rm">Any room</button><input type="hidden" name="room" id="rmv"></div>
<div class="fg"><span class="lbl">Day and start time</span><div role="tablist" id="tabs" aria-label="Day"></div><div id="panels"></div><input type="hidden" name="date" id="date"><input type="hidden" name="start" id="start"></div>
<div class="fg"><span class="lbl">Length</span><div class="segr" role="radiogroup" aria-label="Length">
<input type="radio" name="length" id="l30" value="30"><label for="l30">30 min</label><input type="radio" name="length" id="l60" value="60" checked><label for="l60">1 hour</label><input type="radio" name="length" id="l120" value="120"><label for="l120">2 hours</label><input type="radio" name="length" id="l180" value="180"><label for="l180">3 hours</label></div></div>
<div class="fg"><label class="lbl" for="ppl">Number of people</label><div class="num"><button type="button" aria-label="Decrease" id="pm">−</button><input id="ppl" name="people" type="number" min="1" max="12" value="1"><button type="button" aria-label="Increase" id="pp">+</button></div></div>
<div class="fg"><div class="sw" id="pj-w"><div role="switch" tabindex="0" aria-checked="false" id="pj" aria-label="Projector"></div><span>Projector</span></div><input type="hidden" name="projector" id="pjv" value="off"></div>
<div class="fg"><label class="lbl" for="rep">Repeat weekly until (optional)</label><input class="t" id="rep" name="until" type="month"></div>
<div class="fg"><label class="lbl" for="card">Library card number</label><input class="t" id="card" name="card"></div>
<input type="hidden" name="today" id="today">
<button class="btn btn-primary" type="submit">Reserve room</button></form></main>`,
  script: `var BR=${JSON.stringify(BRANCHES)},RM=${JSON.stringify(ROOMS)};var pad=function(n){return String(n).padStart(2,'0')};var iso=function(d){return d.getFullYear()+'-'+pad(d.getMonth()+1)+'-'+pad(d.getDate())};
var now=new Date();now.setHours(0,0,0,0);document.getElementById('today').value=iso(now);
var lb=null;function closeLb(){if(lb){lb.remove();lb=null}document.getElementById('br').setAttribute('aria-expanded','false')}
var br=document.getElementById('br');br.oninput=function(){closeLb();var q=br.value.toLowerCase().trim();if(!q)return;var hits=BR.filter(function(b){return b.toLowerCase().indexOf(q)>=0});if(!hits.length)return;
 lb=document.createElement('ul');lb.className='lb';lb.id='br-lb';lb.setAttribute('role','listbox');var r=br.getBoundingClientRect();lb.style.left=(r.left+scrollX)+'px';lb.style.top=(r.bottom+scrollY+2)+'px';
 hits.forEach(function(h){var li=document.createElement('li');li.setAttribute('role','option');li.textContent=h;li.onmousedown=function(e){e.preventDefault();br.value=h;document.getElementById('brv').value=h;closeLb()};lb.appendChild(li)});
 document.body.appendChild(lb);br.setAttribute('aria-expanded','true')};br.onblur=function(){setTimeout(closeLb,150)};
var rl=null;var rb=document.getElementById('rm');rb.onclick=function(e){e.stopPropagation();if(rl){rl.remove();rl=null;rb.setAttribute('aria-expanded','false');return}
 rl=document.createElement('ul');rl.className='lb';rl.setAttribute('role','listbox');var r=rb.getBoundingClientRect();rl.style.left=(r.left+scrollX)+'px';rl.style.top=(r.bottom+scrollY+2)+'px';
 RM.forEach(function(o){var li=document.createElement('li');li.setAttribute('role','option');li.textContent=o[1];li.onclick=function(){document.getElementById('rmv').value=o[0];rb.textContent=o[1];rl.remove();rl=null;rb.setAttribute('aria-expanded','false')};rl.appendChild(li)});
 document.body.appendChild(rl);rb.setAttribute('aria-expanded','true')};document.addEventListener('click',function(){if(rl){rl.remove();rl=null;rb.setAttribute('aria-expanded','false')}});
var D=['Sun','Mon','Tue','Wed','Thu','Fri','Sat'],MO=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];var tabs=document.getElementById('tabs'),panels=document.getElementById('panels');
for(var i=0;i<7;i++){(function(i){var d=new Date(now);d.setDate(d.getDate()+i);var t=document.createElement('button');t.type='button';t.setAttribute('role','tab');t.id='t'+i;t.setAttribute('aria-controls','p'+i);t.setAttribute('aria-selected',i===0);
 t.textContent=(i===0?'Today':i===1?'Tomorrow':D[d.getDay()])+' '+d.getDate()+' '+MO[d.getMonth()];var p=document.createElement('div');p.setAttribute('role','tabpanel');p.id='p'+i;p.className='times';p.hidden=i!==0;
 for(var m=9*60;m<=19*60+30;m+=30){(function(m){var b=document.createElement('button');b.type='button';var tm=(m/60|0)+':'+pad(m%60);b.textContent=tm;if((m/30+i)%5===0)b.disabled=true;
  b.onclick=function(){document.getElementById('date').value=iso(d);document.getElementById('start').value=pad(m/60|0)+':'+pad(m%60);document.querySelectorAll('.times button').forEach(function(x){x.classList.toggle('on',x===b)})};p.appendChild(b)})(m)}
 t.onclick=function(){tabs.querySelectorAll('[role=tab]').forEach(function(x){x.setAttribute('aria-selected',x===t)});panels.querySelectorAll('[role=tabpanel]').forEach(function(x){x.hidden=x!==p})};tabs.appendChild(t);panels.appendChild(p)})(i)}
var ppl=document.getElementById('ppl');document.getElementById('pm').onclick=function(){ppl.value=Math.max(1,+ppl.value-1)};document.getElementById('pp').onclick=function(){ppl.value=Math.min(12,+ppl.value+1)};
function pj(){var s=document.getElementById('pj');var on=s.getAttribute('aria-checked')!=='true';s.setAttribute('aria-checked',on);document.getElementById('pjv').value=on?'on':'off'}
document.getElementById('pj-w').onclick=pj;document.getElementById('pj').onkeydown=function(e){if(e.key===' '||e.key==='Enter'){e.preventDefault();pj()}};`,
});

export default {
  name: 'rooms',
  title: 'Eastgate Library',
  thanksTitle: 'Room reserved',
  thanks: (form, d) => `<h1>Room reserved</h1><p>Your room is held for ${String(d.date || '').replace(/</g, '')} from ${String(d.start || '').replace(/</g, '')}.</p>`,
  pages: { '/': page, '/reserve': page },
};

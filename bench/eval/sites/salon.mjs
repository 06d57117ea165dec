// Fringe & Fade hair salon: a booking form built the way salon widgets are: a service
// dropdown that is a button opening a list of divs rendered at the end of <body> (no
// ARIA), stylist radio cards (the whole card is the label of a hidden radio), an inline
// calendar of day buttons for the page's own month, time slots as buttons ("09:30 AM")
// shown once a day is picked, and a reminder switch (role=switch). Posts natively.
import { doc } from './common.mjs';

const css = `main{max-width:720px;margin:24px auto;background:#fff;padding:24px 28px;border-radius:12px}
.fg{margin-bottom:16px}.lbl{display:block;font-weight:600;margin-bottom:6px;font-size:13px}
.dd{width:100%;text-align:left;justify-content:space-between}
.menu{position:absolute;background:#fff;border:1px solid #c9ced8;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.15);min-width:320px;z-index:30}
.menu .opt{padding:8px 12px;cursor:pointer;display:flex;justify-content:space-between}.menu .opt:hover{background:#f0f3fa}
.cards{display:flex;gap:10px}.card{flex:1;border:2px solid #dde1e8;border-radius:10px;padding:10px;cursor:pointer}
.card input{position:absolute;opacity:0;pointer-events:none}.card.sel{border-color:#b0366b;background:#fdf2f7}.card small{display:block;color:#667}
.cal{border:1px solid #dde1e8;border-radius:10px;padding:10px;width:300px}.cal .hd{display:flex;justify-content:space-between;align-items:center;margin-bottom:6px}
.cal .grid{display:grid;grid-template-columns:repeat(7,1fr);gap:3px;text-align:center}.cal .dow{font-size:11px;color:#889}
.cal .day{border:0;background:#f4f5f8;border-radius:6px;padding:6px 0;cursor:pointer}.cal .day.sel{background:#b0366b;color:#fff}.cal .day:disabled{opacity:.35;cursor:default}
.slots{display:flex;flex-wrap:wrap;gap:6px}.slot{padding:6px 10px;border:1px solid #c9ced8;border-radius:16px;background:#fff;cursor:pointer}.slot.sel{background:#b0366b;color:#fff}
.sw{display:inline-flex;align-items:center;gap:10px;cursor:pointer}.track{width:40px;height:22px;border-radius:11px;background:#ccd;position:relative;border:0}
.track[aria-checked=true]{background:#2a9d5c}.track::after{content:'';position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:left .1s}.track[aria-checked=true]::after{left:21px}`;

const SERVICES = [['cut', "Women's cut & blow-dry", '£45'], ['mens', "Men's cut", '£25'], ['colour', 'Full head colour', '£80'], ['balayage', 'Balayage', '£120'], ['kids', 'Kids cut (under 12)', '£15']];
const STYLISTS = [['maya', 'Maya', 'Senior stylist'], ['jon', 'Jon', 'Stylist'], ['priya', 'Priya', 'Colour specialist'], ['any', 'Anyone', 'First available']];

const book = doc({
  title: 'Book online · Fringe & Fade', css,
  body: `<main><h1>Book an appointment</h1>
<form id="f" method="post" action="/submit/salon">
<div class="fg"><span class="lbl" id="svc-l">Service</span><button type="button" class="btn dd" id="svc-btn"><span id="svc-txt">Select a service</span><span>▾</span></button>
<input type="hidden" name="service" id="svc"></div>
<div class="fg"><span class="lbl">Stylist</span><div class="cards">${STYLISTS.map(([v, n, r]) => `<label class="card${v === 'any' ? ' sel' : ''}"><input type="radio" name="stylist" value="${v}"${v === 'any' ? ' checked' : ''}><strong>${n}</strong><small>${r}</small></label>`).join('')}</div></div>
<div class="fg"><span class="lbl">Date</span><div class="cal"><div class="hd"><button type="button" class="icon-btn" id="prev" title="Previous month">‹</button><b id="mon"></b><button type="button" class="icon-btn" id="next" title="Next month">›</button></div>
<div class="grid" id="grid"></div></div><input type="hidden" name="date" id="date"></div>
<div class="fg"><span class="lbl">Time</span><div class="slots" id="slots"><span class="note">Pick a day to see free times.</span></div><input type="hidden" name="time" id="time"></div>
<div class="fg"><label class="lbl" for="nm">Your name</label><input id="nm" name="name" style="width:100%;padding:7px"></div>
<div class="fg"><label class="lbl" for="ph">Mobile</label><input id="ph" name="phone" type="tel" style="width:100%;padding:7px"></div>
<div class="fg"><span class="sw" id="sw-l"><button type="button" class="track" role="switch" aria-checked="false" id="rem" aria-labelledby="rem-t"></button><span id="rem-t">Text me a reminder</span></span>
<input type="hidden" name="reminder" id="remv" value="no"></div>
<input type="hidden" name="today" id="today">
<button class="btn btn-primary" type="submit">Confirm booking</button></form></main>`,
  script: `var SV=${JSON.stringify(SERVICES)};
var pad=function(n){return String(n).padStart(2,'0')};var iso=function(d){return d.getFullYear()+'-'+pad(d.getMonth()+1)+'-'+pad(d.getDate())};
var now=new Date();now.setHours(0,0,0,0);document.getElementById('today').value=iso(now);
var menu=null;document.getElementById('svc-btn').onclick=function(e){e.stopPropagation();if(menu){menu.remove();menu=null;return}
 menu=document.createElement('div');menu.className='menu';var r=this.getBoundingClientRect();menu.style.left=(r.left+scrollX)+'px';menu.style.top=(r.bottom+scrollY+4)+'px';
 SV.forEach(function(s){var o=document.createElement('div');o.className='opt';o.innerHTML='<span>'+s[1]+'</span><span>'+s[2]+'</span>';o.onclick=function(){document.getElementById('svc').value=s[0];document.getElementById('svc-txt').textContent=s[1];menu.remove();menu=null};menu.appendChild(o)});
 document.body.appendChild(menu)};
document.addEventListener('click',function(){if(menu){menu.remove();menu=null}});
document.querySelectorAll('.card input').forEach(function(i){i.onchange=function(){document.querySelectorAll('.card').forEach(function(c){c.classList.toggle('sel',c.contains(document.querySelector('.card input:checked')))})}});
var view=new Date(now.getFullYear(),now.getMonth(),1);var M=['January','February','March','April','May','June','July','August','September','October','November','December'];
function draw(){document.getElementById('mon').textContent=M[view.getMonth()]+' '+view.getFullYear();var g=document.getElementById('grid');g.innerHTML='';
 ['Mo','Tu','We','Th','Fr','Sa','Su'].forEach(function(d){var s=document.createElement('span');s.className='dow';s.textContent=d;g.appendChild(s)});
 var off=(view.getDay()+6)%7;for(var i=0;i<off;i++)g.appendChild(document.createElement('span'));
 var n=new Date(view.getFullYear(),view.getMonth()+1,0).getDate();for(var d=1;d<=n;d++){(function(d){var b=document.createElement('button');b.type='button';b.className='day';b.textContent=d;
  var dt=new Date(view.getFullYear(),view.getMonth(),d);if(dt<now||dt.getDay()===0)b.disabled=true;if(document.getElementById('date').value===iso(dt))b.classList.add('sel');
  b.onclick=function(){document.getElementById('date').value=iso(dt);document.getElementById('time').value='';draw();slots(dt)};g.appendChild(b)})(d)}}
function slots(dt){var s=document.getElementById('slots');s.innerHTML='';var last=dt.getDay()===6?13:17;for(var h0=9;h0<last;h0++)[0,30].forEach(function(m){var h=+this;
 var b=document.createElement('button');b.type='button';b.className='slot';var h12=h>12?h-12:h;b.textContent=pad(h12)+':'+pad(m)+' '+(h<12?'AM':'PM');
 b.onclick=function(){document.getElementById('time').value=pad(h)+':'+pad(m);s.querySelectorAll('.slot').forEach(function(x){x.classList.toggle('sel',x===b)})};s.appendChild(b)},h0)}
document.getElementById('prev').onclick=function(){view.setMonth(view.getMonth()-1);draw()};document.getElementById('next').onclick=function(){view.setMonth(view.getMonth()+1);draw()};draw();
document.getElementById('sw-l').onclick=function(){var t=document.getElementById('rem');var on=t.getAttribute('aria-checked')!=='true';t.setAttribute('aria-checked',on);document.getElementById('remv').value=on?'yes':'no'};`,
});

export default {
  name: 'salon',
  title: 'Fringe & Fade',
  thanksTitle: 'Booked',
  thanks: (form, d) => `<h1>You're booked in</h1><p>See you on ${String(d.date || '').replace(/</g, '')} at ${String(d.time || '').replace(/</g, '')}.</p>`,
  pages: { '/': book, '/book': book },
};

// Kwik Lane Motors car service booking: a postcode lookup (type, press Find address, pick
// one of the addresses that appear as a list of buttons), a segmented control of buttons
// (aria-pressed), a native <select>, a tyre stepper (− and + around a read-only number), an
// <input type=number>, a native date input whose time slots ("08:00–08:30") appear as
// buttons once a day is set, and a courtesy-car checkbox styled as a toggle. Posts natively.
import { doc } from './common.mjs';

const css = `main{max-width:720px;margin:24px auto;background:#fff;padding:24px 28px;border-radius:12px}
.fg{margin-bottom:16px}.lbl{display:block;font-weight:600;margin-bottom:6px;font-size:13px}
input.t,select{padding:7px 9px;border:1px solid #c9ced8;border-radius:6px;font:inherit}
.addr{list-style:none;padding:0;margin:8px 0;border:1px solid #dde1e8;border-radius:8px;max-height:220px;overflow:auto}.addr button{display:block;width:100%;text-align:left;border:0;background:#fff;padding:8px 10px;cursor:pointer}.addr button:hover{background:#eef3ff}
.seg{display:inline-flex;border:1px solid #2f5bea;border-radius:8px;overflow:hidden}.seg button{border:0;background:#fff;padding:7px 14px;cursor:pointer}.seg button[aria-pressed=true]{background:#2f5bea;color:#fff}
.step{display:inline-flex;align-items:center;gap:8px}.step button{width:30px;height:30px;border-radius:50%;border:1px solid #c9ced8;background:#fff;cursor:pointer}
.slots{display:grid;grid-template-columns:repeat(4,1fr);gap:6px}.slots button{padding:6px;border:1px solid #c9ced8;border-radius:6px;background:#fff;cursor:pointer}.slots button.on{background:#2f5bea;color:#fff}
.toggle{display:inline-flex;gap:10px;align-items:center;cursor:pointer}.toggle input{appearance:none;width:40px;height:22px;border-radius:11px;background:#ccd;position:relative;margin:0;cursor:pointer}
.toggle input:checked{background:#2a9d5c}.toggle input::after{content:'';position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}.toggle input:checked::after{left:21px}`;

const ADDR = {
  'LS6 2AB': ['12 Cardigan Road, Leeds', '14 Cardigan Road, Leeds', 'Flat 3, 16 Cardigan Road, Leeds', '18 Cardigan Road, Leeds', '2 Ash Grove, Leeds'],
  'M14 5RT': ['1 Wilmslow Road, Manchester', '3 Wilmslow Road, Manchester', '7A Wilmslow Road, Manchester', 'The Old Bakery, Wilmslow Road, Manchester'],
};

const book = doc({
  title: 'Book a service · Kwik Lane Motors', css,
  body: `<main><h1>Book your car in</h1>
<form id="f" method="post" action="/submit/service">
<div class="fg"><label class="lbl" for="reg">Registration</label><input class="t" id="reg" name="reg" placeholder="e.g. AB12 CDE"></div>
<div class="fg"><span class="lbl">Service type</span><div class="seg" role="group" aria-label="Service type">
<button type="button" aria-pressed="false" data-v="interim">Interim</button><button type="button" aria-pressed="true" data-v="full">Full</button><button type="button" aria-pressed="false" data-v="major">Major</button></div>
<input type="hidden" name="type" id="type" value="full"></div>
<div class="fg"><label class="lbl" for="make">Make</label><select id="make" name="make"><option value="">Select make</option><option>Ford</option><option>Vauxhall</option><option>Volkswagen</option><option>Toyota</option><option>Škoda</option><option>BMW</option></select></div>
<div class="fg"><label class="lbl" for="miles">Current mileage</label><input class="t" id="miles" name="mileage" type="number" min="0" step="1"></div>
<div class="fg"><span class="lbl" id="ty-l">Tyres to replace</span><div class="step"><button type="button" id="ty-m" aria-label="Remove a tyre">−</button><span id="ty" aria-labelledby="ty-l">0</span><button type="button" id="ty-p" aria-label="Add a tyre">+</button></div><input type="hidden" name="tyres" id="tyv" value="0"></div>
<div class="fg"><label class="lbl" for="pc">Collection postcode</label><input class="t" id="pc" autocomplete="postal-code"> <button type="button" class="btn" id="find">Find address</button>
<div id="addrs"></div><input type="hidden" name="address" id="addr"><p class="note" id="addr-show"></p></div>
<div class="fg"><label class="lbl" for="day">Drop-off date</label><input class="t" id="day" name="date" type="date"></div>
<div class="fg"><span class="lbl">Drop-off time</span><div class="slots" id="slots"><span class="note">Choose a date first.</span></div><input type="hidden" name="slot" id="slot"></div>
<div class="fg"><label class="toggle"><input type="checkbox" name="courtesy" value="yes"> Courtesy car</label></div>
<button class="btn btn-primary" type="submit">Book service</button></form></main>`,
  script: `var ADDR=${JSON.stringify(ADDR)};
document.querySelectorAll('.seg button').forEach(function(b){b.onclick=function(){document.querySelectorAll('.seg button').forEach(function(x){x.setAttribute('aria-pressed',x===b)});document.getElementById('type').value=b.dataset.v}});
function ty(d){var v=Math.max(0,Math.min(4,+document.getElementById('tyv').value+d));document.getElementById('tyv').value=v;document.getElementById('ty').textContent=v}
document.getElementById('ty-m').onclick=function(){ty(-1)};document.getElementById('ty-p').onclick=function(){ty(1)};
document.getElementById('find').onclick=function(){var q=document.getElementById('pc').value.toUpperCase().replace(/\\s+/g,'');var box=document.getElementById('addrs');box.innerHTML='<p class="note">Searching…</p>';
 setTimeout(function(){var k=Object.keys(ADDR).find(function(k){return k.replace(/\\s+/g,'')===q});if(!k){box.innerHTML='<p class="note">No addresses found</p>';return}
  var ul=document.createElement('ul');ul.className='addr';ADDR[k].forEach(function(a){var li=document.createElement('li');var b=document.createElement('button');b.type='button';b.textContent=a;
   b.onclick=function(){document.getElementById('addr').value=a+', '+k;document.getElementById('addr-show').textContent='Collect from: '+a+', '+k;box.innerHTML=''};li.appendChild(b);ul.appendChild(li)});
  box.innerHTML='<p class="note">'+ADDR[k].length+' addresses found. Select yours:</p>';box.appendChild(ul)},400)};
var pad=function(n){return String(n).padStart(2,'0')};
document.getElementById('day').onchange=function(){var s=document.getElementById('slots');s.innerHTML='';document.getElementById('slot').value='';if(!this.value)return;
 for(var m=8*60;m<12*60;m+=30){(function(m){var b=document.createElement('button');b.type='button';var t=pad(m/60|0)+':'+pad(m%60),u=pad((m+30)/60|0)+':'+pad((m+30)%60);b.textContent=t+'–'+u;
  b.onclick=function(){document.getElementById('slot').value=t;s.querySelectorAll('button').forEach(function(x){x.classList.toggle('on',x===b)})};s.appendChild(b)})(m)}};`,
});

export default {
  name: 'garage',
  title: 'Kwik Lane Motors',
  thanksTitle: 'Service booked',
  thanks: (form, d) => `<h1>Service booked</h1><p>We'll see ${String(d.reg || 'your car').replace(/</g, '')} on ${String(d.date || '').replace(/</g, '')}.</p>`,
  pages: { '/': book, '/book': book },
};

// Rodaway car rental: a four-step wizard (location autocompletes, native dates with
// time selects, driver age; car cards with a conditions dialog; extras with steppers
// and radios; driver details with the card fields in a same-origin iframe), rental
// terms shown in an iframe, and a "manage booking" lookup form inside an iframe.
import { doc } from '../../eval/sites/common.mjs';

const PLACES = ['Lisbon Airport (LIS)', 'Lisbon Oriente Station', 'Porto Airport (OPO)', 'Porto Campanhã Station', 'Faro Airport (FAO)', 'Madrid Barajas Airport (MAD)', 'Madrid Atocha Station', 'Seville Santa Justa Station'];
const CARS = [
  { id: 'fiat500', name: 'Fiat 500', cls: 'Mini', seats: 4, bags: 1, day: 31, gear: 'Manual', miles: 'Unlimited', deposit: '€300' },
  { id: 'golf', name: 'VW Golf', cls: 'Compact', seats: 5, bags: 2, day: 38, gear: 'Manual', miles: 'Unlimited', deposit: '€300' },
  { id: 'corolla', name: 'Toyota Corolla Touring', cls: 'Estate', seats: 5, bags: 4, day: 47, gear: 'Automatic', miles: 'Unlimited', deposit: '€450' },
  { id: 'p5008', name: 'Peugeot 5008', cls: 'SUV', seats: 7, bags: 3, day: 64, gear: 'Automatic', miles: '1,500 km included, then €0.20/km', deposit: '€600' },
  { id: 'tesla', name: 'Tesla Model 3', cls: 'Premium electric', seats: 5, bags: 2, day: 89, gear: 'Automatic', miles: '250 km per day, then €0.35/km', deposit: '€1,500' },
  { id: 'transit', name: 'Ford Transit Minibus', cls: 'Van', seats: 9, bags: 6, day: 120, gear: 'Manual', miles: '200 km per day, then €0.30/km', deposit: '€1,000' },
];
const TIMES = []; for (let h = 8; h <= 20; h++) for (const m of ['00', '30']) if (!(h === 20 && m === '30')) TIMES.push(`${String(h).padStart(2, '0')}:${m}`);

const css = `
header{background:#d7263d;color:#fff;padding:12px 24px;font-size:18px;font-weight:700} main{padding:18px 24px;max-width:900px}
.steps{display:flex;gap:8px;margin-bottom:14px} .steps span{padding:4px 10px;border-radius:12px;background:#ddd;font-size:12px} .steps span.on{background:#d7263d;color:#fff}
.panel{background:#fff;border-radius:10px;padding:16px 20px} .g{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.combo{position:relative} .combo input{width:100%;padding:8px} .combo ul{position:absolute;left:0;right:0;background:#fff;border:1px solid #aaa;list-style:none;margin:0;padding:0;z-index:9}
.combo li{padding:7px 10px;cursor:pointer} .combo li:hover,.combo li[aria-selected=true]{background:#fde3e6}
.car{display:grid;grid-template-columns:1fr 150px 120px;border-bottom:1px solid #eee;padding:12px 0;align-items:center}
.stepper{display:inline-flex;align-items:center;gap:8px} .stepper button{width:28px;height:28px}
label.f{display:block;margin:6px 0} label.f input{display:block;width:100%;padding:7px}
iframe{border:1px solid #ccc;border-radius:8px;width:100%;height:220px;background:#fff}
.err{color:#b00}
`;

const home = doc({
  title: 'Rodaway · Car hire in Portugal and Spain', css,
  body: `<header>Rodaway car hire</header><main>
<div class="steps"><span id="st1" class="on">1 Search</span><span id="st2">2 Choose a car</span><span id="st3">3 Extras</span><span id="st4">4 Driver &amp; payment</span></div>
<section class="panel" id="s1"><h1>Find a rental car</h1>
<div class="g"><div><label for="pickup">Pick-up location</label><div class="combo"><input id="pickup" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="pl" placeholder="City, airport or station" autocomplete="off"><ul id="pl" role="listbox" class="hidden"></ul></div></div>
<div><label style="display:block;margin-top:22px"><input type="checkbox" id="diff"> Return to a different location</label>
<div id="dropWrap" class="hidden"><label for="dropoff">Return location</label><div class="combo"><input id="dropoff" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="dl" placeholder="City, airport or station" autocomplete="off"><ul id="dl" role="listbox" class="hidden"></ul></div></div></div>
<div><label>Pick-up date <input type="date" id="from" min="2026-12-01" max="2027-12-31"></label> <label>time <select id="fromTime">${TIMES.map((t) => `<option${t === '10:00' ? ' selected' : ''}>${t}</option>`).join('')}</select></label></div>
<div><label>Return date <input type="date" id="to" min="2026-12-01" max="2027-12-31"></label> <label>time <select id="toTime">${TIMES.map((t) => `<option${t === '10:00' ? ' selected' : ''}>${t}</option>`).join('')}</select></label></div>
<div><label>Driver's age <select id="age"><option>18–20</option><option>21–24</option><option selected>25–69</option><option>70+</option></select></label></div></div>
<p class="err" id="e1"></p><button class="btn btn-primary" id="go1">Search cars</button></section>
<section class="panel hidden" id="s2"><h2>Choose your car</h2><p id="sum2"></p>
${CARS.map((c) => `<div class="car" data-car="${c.id}"><div><h3 style="margin:0">${c.name} <small style="color:#888">or similar · ${c.cls}</small></h3><div>${c.seats} seats · ${c.bags} bags · ${c.gear}</div>
<a href="#" class="cond" data-car="${c.id}">Rental conditions</a></div><div><b>€${c.day}</b> / day<br><span class="tot"></span></div><div><button class="btn btn-primary choose" data-car="${c.id}">Choose</button></div></div>`).join('')}
<button class="btn" id="back2">← Change search</button></section>
<section class="panel hidden" id="s3"><h2>Extras</h2>
<p>Child seat (€7/day) <span class="stepper"><button aria-label="Remove child seat" data-k="childSeats" data-d="-1">−</button><output id="childSeats">0</output><button aria-label="Add child seat" data-k="childSeats" data-d="1">+</button></span></p>
<p>Booster seat (€5/day) <span class="stepper"><button aria-label="Remove booster seat" data-k="boosters" data-d="-1">−</button><output id="boosters">0</output><button aria-label="Add booster seat" data-k="boosters" data-d="1">+</button></span></p>
<p><label><input type="checkbox" id="extraDriver"> Additional driver (€9/day)</label></p>
<fieldset><legend>Protection</legend><label><input type="radio" name="ins" value="basic" checked> Basic (included, €1,200 excess)</label><br><label><input type="radio" name="ins" value="full"> Full protection (€19/day, no excess)</label></fieldset>
<p><button class="btn" id="back3">← Back</button> <button class="btn btn-primary" id="go3">Continue</button></p></section>
<section class="panel hidden" id="s4"><h2>Driver details</h2><div class="g">
<label class="f">First name<input id="first"></label><label class="f">Last name<input id="last"></label>
<label class="f">Email<input id="email" type="email"></label><label class="f">Mobile phone<input id="phone" type="tel"></label>
<label class="f">Flight number (optional)<input id="flight"></label></div>
<h3>Payment</h3><iframe id="pay" src="/pay-frame" title="Secure card payment"></iframe>
<p class="err" id="e4"></p><p><button class="btn" id="back4">← Back</button> <button class="btn btn-primary" id="book">Book now</button></p></section>
<section class="panel hidden" id="s5"><h2>Booking confirmed</h2><p id="conf"></p></section>
<div id="dlg" class="overlay hidden"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="cT"><button class="icon-btn x" aria-label="Close" id="cx">✕</button><h2 id="cT"></h2><dl id="cD"></dl></div></div>
</main>`,
  script: `
var PLACES=${JSON.stringify(PLACES)},CARS=${JSON.stringify(CARS)},S={pickup:null,dropoff:null,childSeats:0,boosters:0,car:null};
function show(n){[1,2,3,4,5].forEach(function(i){document.getElementById('s'+i).classList.toggle('hidden',i!==n);var st=document.getElementById('st'+i);if(st)st.classList.toggle('on',i===n)})}
function combo(inp,list,key){inp.addEventListener('input',function(){S[key]=null;var q=inp.value.trim().toLowerCase();if(q.length<2){list.classList.add('hidden');return}
 var m=PLACES.filter(function(p){return p.toLowerCase().indexOf(q)>=0});list.innerHTML=m.map(function(p){return '<li role="option">'+p+'</li>'}).join('')||'<li role="option" aria-disabled="true">No locations found</li>';
 list.classList.remove('hidden');inp.setAttribute('aria-expanded','true');
 list.querySelectorAll('li').forEach(function(li){li.onmousedown=function(e){e.preventDefault();if(li.getAttribute('aria-disabled'))return;S[key]=li.textContent;inp.value=li.textContent;list.classList.add('hidden');inp.setAttribute('aria-expanded','false')}})});
 inp.addEventListener('blur',function(){setTimeout(function(){list.classList.add('hidden')},150)})}
combo(document.getElementById('pickup'),document.getElementById('pl'),'pickup');combo(document.getElementById('dropoff'),document.getElementById('dl'),'dropoff');
document.getElementById('diff').onchange=function(){document.getElementById('dropWrap').classList.toggle('hidden',!this.checked)};
function days(){return Math.max(1,Math.round((Date.parse(v('to'))-Date.parse(v('from')))/86400000))}
function v(id){return document.getElementById(id).value}
document.getElementById('go1').onclick=function(){var e=document.getElementById('e1');
 if(!S.pickup){e.textContent='Please choose a pick-up location from the list.';return}
 if(document.getElementById('diff').checked&&!S.dropoff){e.textContent='Please choose a return location from the list.';return}
 if(!v('from')||!v('to')||v('to')<v('from')){e.textContent='Please choose valid pick-up and return dates.';return}e.textContent='';
 S.search={pickup:S.pickup,dropoff:document.getElementById('diff').checked?S.dropoff:S.pickup,from:v('from'),fromTime:v('fromTime'),to:v('to'),toTime:v('toTime'),age:v('age')};
 rec('search',S.search);document.getElementById('sum2').textContent=S.search.pickup+' → '+S.search.dropoff+', '+S.search.from+' '+S.search.fromTime+' to '+S.search.to+' '+S.search.toTime+' ('+days()+' days)';
 document.querySelectorAll('.car').forEach(function(el){var c=CARS.find(function(x){return x.id===el.dataset.car});el.querySelector('.tot').textContent='€'+(c.day*days())+' total'});show(2)};
document.querySelectorAll('.cond').forEach(function(a){a.onclick=function(e){e.preventDefault();var c=CARS.find(function(x){return x.id===a.dataset.car});
 document.getElementById('cT').textContent='Rental conditions: '+c.name;document.getElementById('cD').innerHTML='<dt>Mileage</dt><dd>'+c.miles+'</dd><dt>Security deposit</dt><dd>'+c.deposit+'</dd><dt>Transmission</dt><dd>'+c.gear+'</dd><dt>Minimum driver age</dt><dd>'+(c.day>80?'25':'21')+'</dd>';
 document.getElementById('dlg').classList.remove('hidden')}});
document.getElementById('cx').onclick=function(){document.getElementById('dlg').classList.add('hidden')};
document.querySelectorAll('.choose').forEach(function(b){b.onclick=function(){S.car=b.dataset.car;show(3)}});
document.querySelectorAll('.stepper button').forEach(function(b){b.onclick=function(){var k=b.dataset.k;S[k]=Math.max(0,Math.min(3,S[k]+Number(b.dataset.d)));document.getElementById(k).textContent=S[k]}});
document.getElementById('back2').onclick=function(){show(1)};document.getElementById('back3').onclick=function(){show(2)};document.getElementById('back4').onclick=function(){show(3)};
document.getElementById('go3').onclick=function(){show(4)};
document.getElementById('book').onclick=function(){var f=document.getElementById('pay').contentDocument,e=document.getElementById('e4');
 var card={cardNumber:f.getElementById('cc').value.trim(),expiry:f.getElementById('exp').value.trim(),cvc:f.getElementById('cvc').value.trim(),cardName:f.getElementById('holder').value.trim()};
 if(!v('first')||!v('last')||!v('email')){e.textContent='Please fill in the driver details.';return}
 if(!card.cardNumber||!card.expiry||!card.cvc){e.textContent='Please enter your card details.';return}
 rec('submit',{form:'rental',data:Object.assign({},S.search,{car:S.car,childSeats:S.childSeats,boosters:S.boosters,extraDriver:document.getElementById('extraDriver').checked,insurance:document.querySelector('input[name=ins]:checked').value,
  first:v('first').trim(),last:v('last').trim(),email:v('email').trim(),phone:v('phone').trim(),flight:v('flight').trim()},card)});
 document.getElementById('conf').textContent='Your booking reference is RX-51207. A confirmation was sent to '+v('email');show(5)};
`,
});

const payFrame = `<!doctype html><html><head><meta charset="utf-8"><title>Secure payment</title><style>body{font-family:system-ui;margin:10px;font-size:14px}label{display:block;margin:6px 0}input{padding:6px;width:100%}.row{display:flex;gap:10px}</style></head><body>
<div>🔒 Secure payment by PayNorth</div><label>Card number<input id="cc" inputmode="numeric" autocomplete="cc-number" placeholder="1234 5678 9012 3456"></label>
<div class="row"><label>Expiry (MM/YY)<input id="exp" placeholder="MM/YY"></label><label>CVC<input id="cvc" maxlength="4"></label></div><label>Name on card<input id="holder"></label></body></html>`;

const TERMS = `<!doctype html><html><head><meta charset="utf-8"><title>Rental terms</title><style>body{font-family:Georgia,serif;margin:14px;line-height:1.5}h2{font-size:16px}</style></head><body>
<h2>1. Fuel policy</h2><p>Full to full: you receive the car with a full tank and return it full. If it is not full we charge the missing fuel plus a €25 refuelling fee. Electric cars must be returned with at least 70% charge.</p>
<h2>2. Security deposit</h2><p>A deposit is blocked on the main driver's credit card at pick-up: €300 for Mini and Compact, €450 for Estate, €600 for SUV, €1,000 for vans and €1,500 for Premium electric cars. Debit cards are not accepted for the deposit.</p>
<h2>3. Cross-border travel</h2><p>Driving between Portugal and Spain is allowed with a cross-border fee of €60 per rental. Travel to Morocco or by ferry to the islands is not allowed.</p>
<h2>4. Young drivers</h2><p>Drivers aged 21–24 pay a young driver surcharge of €12 per day; drivers aged 18–20 pay €20 per day and can only rent Mini cars.</p>
<h2>5. Late return</h2><p>There is a 59-minute grace period. After that, each extra day is charged at the daily rate plus €15.</p></body></html>`;
const terms = doc({ title: 'Rental terms · Rodaway', css, body: `<header>Rodaway car hire</header><main><h1>Rental terms and conditions</h1><p>Version of 1 November 2026.</p><iframe src="/terms-frame" title="Rental terms" style="height:420px"></iframe></main>` });

const LOOKUP = `<!doctype html><html><head><meta charset="utf-8"><title>Find booking</title><style>body{font-family:system-ui;margin:12px}label{display:block;margin:8px 0}input{padding:6px}</style></head><body>
<form method="post" action="/submit/lookup" target="_top"><label>Booking reference <input name="ref" placeholder="RX-00000"></label><label>Driver's last name <input name="surname"></label>
<label><input type="checkbox" name="sendCopy" value="yes"> Email me a copy of the voucher</label><button>Find my booking</button></form></body></html>`;
const manage = doc({ title: 'Manage booking · Rodaway', css, body: `<header>Rodaway car hire</header><main><h1>Manage your booking</h1><p>Change dates, add extras or cancel for free up to 48 hours before pick-up.</p><iframe src="/lookup-frame" title="Find your booking" style="height:200px"></iframe></main>` });

export default {
  name: 'carhire', title: 'Rodaway',
  pages: { '/': home, '/pay-frame': payFrame, '/terms': terms, '/terms-frame': TERMS, '/manage': manage, '/lookup-frame': LOOKUP },
  thanks: (form, d) => `<h1>Booking ${d.ref || ''}</h1><p>Fiat 500, Lisbon Airport, 12–15 March 2027. Status: confirmed.</p>`,
};

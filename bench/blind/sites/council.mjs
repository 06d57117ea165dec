// Ashworth Borough Council: a collapsed ARIA tree of services leading to service
// pages, "report a problem" and "pay Council Tax" forms each inside a same-origin
// iframe (a third-party look), a bin collection lookup (postcode, then a custom
// address list, then a schedule and a reminders form), a missed-bin form.
import { page, esc } from './common.mjs';

const SITE = 'Ashworth Borough Council';
const head = `<header class="top"><div class="wrap"><span class="brand">Ashworth Borough Council</span><nav><a href="/">Services</a><a href="/bins">Bin days</a><a href="/report">Report it</a><a href="/pay">Pay</a></nav></div></header>`;

const SERVICES = {
  'missed-bin': ['Report a missed bin', `<p>Missed collections must be reported within <b>2 working days</b> of your collection day. We will return within 3 working days.</p>
<form method="post" action="/submit/missed" class="card"><div class="field"><label for="mb-addr">Your address</label><input type="text" id="mb-addr" name="address"></div>
<div class="field"><label for="mb-pc">Postcode</label><input type="text" id="mb-pc" name="postcode"></div>
<fieldset><legend>Which bin was missed?</legend>${['General waste (black)', 'Recycling (blue)', 'Garden waste (green)', 'Food caddy'].map((b) => `<label><input type="radio" name="bin" value="${b}"> ${b}</label><br>`).join('')}</fieldset>
<div class="field"><label for="mb-date">Collection day that was missed</label><input type="date" id="mb-date" name="date"></div>
<div class="field"><label><input type="checkbox" name="assisted" value="yes"> I get an assisted collection</label></div>
<div class="field"><label for="mb-email">Email for updates</label><input type="email" id="mb-email" name="email"></div>
<button class="btn primary">Report missed bin</button></form>`],
  'bulky-waste': ['Bulky waste collection', '<p>We collect up to 5 large items for <b>£38</b>; each extra item is £6. Fridges and freezers cost <b>£22 each</b> and are booked separately. Mattresses must be dry.</p>'],
  'garden-waste': ['Garden waste subscription', '<p>£48 per bin per year. Subscriptions run from April to March; collections fortnightly, none in January.</p>'],
  'resident-permit': ['Resident parking permit', '<p>£65 a year for your first car, £110 for a second. Proof of address and the V5C log book are required.</p>'],
  'visitor-permit': ['Visitor parking permit', '<p>Visitor permits cost <b>£3.50 per day</b>, or a book of 10 for £30. Each household may use up to 60 days a year.</p>'],
  'business-permit': ['Business parking permit', '<p>£420 a year, one per business address, not valid in zones R1 to R3.</p>'],
  'blue-badge': ['Blue Badge', '<p>A Blue Badge costs £10 and lasts 3 years. Apply online with a recent photo and proof of benefits.</p>'],
  'single-person': ['Single person discount', '<p>If you are the only adult in your home you get <b>25% off</b> your bill. Tell us within 21 days of becoming the only adult.</p>'],
  'student-exemption': ['Student exemption', '<p>A home where everyone is a full-time student does not pay Council Tax. Send us a <b>student certificate from your university or college</b> for each resident (a student ID card is not enough).</p>'],
  'disabled-band': ['Disabled band reduction', '<p>If your home was adapted for a disabled person, your bill may be charged at the band below yours (band A homes get a reduction of one ninth).</p>'],
  bands: ['Council Tax bands 2026/27', `<table id="bands"><thead><tr><th>Band</th><th>Annual charge</th></tr></thead><tbody>${[['A', '£1,402.18'], ['B', '£1,635.88'], ['C', '£1,869.58'], ['D', '£2,103.28'], ['E', '£2,570.67'], ['F', '£3,038.06'], ['G', '£3,505.47'], ['H', '£4,206.56']].map(([b, v]) => `<tr><td>${b}</td><td>${v}</td></tr>`).join('')}</tbody></table>`],
  'recycling-centres': ['Household recycling centres', `<div class="card"><h2>Kiln Road</h2><p>April–September 8:00–18:00, October–March 8:00–16:00. <b>Closed on Wednesdays.</b> Van permit needed for vans and trailers.</p></div>
<div class="card"><h2>Stoneley Lane</h2><p>Every day 9:00–17:00 except <b>Tuesdays</b>. Accepts plasterboard (£4 a bag) and tyres.</p></div>`],
  allotments: ['Allotments', '<p>Full plot £62 a year, half plot <b>£34</b> a year (50% off for over-65s). The waiting list is around 18 months.</p>'],
};

const TREE = [
  ['Bins and recycling', [['Collection days', '/bins'], ['Report a missed bin', '/service/missed-bin'], ['Bulky waste collection', '/service/bulky-waste'], ['Garden waste subscription', '/service/garden-waste']]],
  ['Roads, parking and transport', [['Report a problem on the street', '/report'], ['Parking permits', [['Resident permit', '/service/resident-permit'], ['Visitor permit', '/service/visitor-permit'], ['Business permit', '/service/business-permit']]], ['Blue Badge', '/service/blue-badge']]],
  ['Council Tax', [['Pay your bill', '/pay'], ['Discounts and exemptions', [['Single person discount', '/service/single-person'], ['Student exemption', '/service/student-exemption'], ['Disabled band reduction', '/service/disabled-band']]], ['Bands and charges', '/service/bands']]],
  ['Leisure and environment', [['Recycling centres', '/service/recycling-centres'], ['Allotments', '/service/allotments']]],
];
const treeHtml = (nodes) => nodes.map(([label, kids]) => (Array.isArray(kids)
  ? `<li role="treeitem" aria-expanded="false"><span class="tw">▸ ${esc(label)}</span><ul role="group" hidden>${treeHtml(kids)}</ul></li>`
  : `<li role="treeitem"><a href="${kids}">${esc(label)}</a></li>`)).join('');

const home = page(SITE, `${head}<main class="wrap"><h1>Find a council service</h1>
<div class="card"><ul role="tree" aria-label="Council services" class="tree">${treeHtml(TREE)}</ul></div>
<div class="card"><h2>Contact us</h2><p>Town Hall, Market Place, Ashworth AS1 1TH. Open Monday to Friday 9:00–17:00.</p><p>Phone <b>01632 960 400</b> · out-of-hours emergencies (flooding, dangerous structures) <b>01632 960 999</b></p></div></main>`,
{ site: SITE, head: '<style>.tree,.tree ul{list-style:none;padding-left:18px}.tw{cursor:pointer}</style>', script: `
document.querySelectorAll('.tw').forEach(function(s){ s.addEventListener('click', function(){ var li=s.parentNode, open=li.getAttribute('aria-expanded')!=='true';
  li.setAttribute('aria-expanded', open); li.querySelector(':scope > ul').hidden=!open; s.textContent=(open?'▾ ':'▸ ')+s.textContent.slice(2); }); });` });

const reportPage = page('Report a problem', `${head}<main class="wrap"><h1>Report a problem on the street</h1>
<p>Reports are handled by our partner FixMyBorough. Emergencies: call 01632 960 999.</p>
<iframe src="/frames/report" title="Report form" style="width:100%;height:620px;border:1px solid #ccd">
</iframe></main>`, { site: SITE });
const reportFrame = page('FixMyBorough', `<div class="wrap"><h2>FixMyBorough · Ashworth</h2>
<form method="post" action="/submit/report"><div class="field"><label for="type">Problem</label><select id="type" name="type"><option value="">Please choose</option><option>Pothole</option><option>Street light not working</option><option>Fly-tipping</option><option>Graffiti</option><option>Blocked drain</option></select></div>
<div class="field"><label for="street">Street name</label><input type="text" id="street" name="street"></div>
<div class="field"><label for="where">Nearest house number or landmark</label><input type="text" id="where" name="where"></div>
<div class="field"><label for="desc">Describe the problem</label><textarea id="desc" name="description" rows="3"></textarea></div>
<div class="field"><label for="em">Your email</label><input type="email" id="em" name="email"></div>
<div class="field"><label><input type="checkbox" name="updates" value="yes" checked> Email me updates about this report</label></div>
<button class="btn primary">Send report</button></form></div>`);

const payPage = page('Pay your Council Tax', `${head}<main class="wrap"><h1>Pay your Council Tax</h1><p>Your account number is the 8-digit number at the top of your bill.</p>
<iframe src="/frames/pay" title="Secure payment" style="width:100%;height:560px;border:1px solid #ccd"></iframe></main>`, { site: SITE });
const payFrame = page('PayBridge secure payment', `<div class="wrap"><h2>🔒 PayBridge</h2><p class="muted">Paying: Ashworth Borough Council — Council Tax</p>
<form method="post" action="/submit/ctax"><div class="field"><label for="acct">Council Tax account number</label><input type="text" id="acct" name="account" maxlength="8"></div>
<div class="field"><label for="amt">Amount (£)</label><input type="text" id="amt" name="amount"></div>
<div class="field"><label for="cn">Name on card</label><input type="text" id="cn" name="card_name"></div>
<div class="field"><label for="num">Card number</label><input type="text" id="num" name="card_number" inputmode="numeric"></div>
<div class="field"><label for="exp">Expiry (MM/YY)</label><input type="text" id="exp" name="expiry"></div>
<div class="field"><label for="cvc">Security code</label><input type="text" id="cvc" name="cvc" maxlength="4"></div>
<button class="btn primary">Pay now</button></form></div>`);

export const ADDR = {
  'AS3 7TR': ['2 Mill Lane', '4 Mill Lane', '6 Mill Lane', '8 Mill Lane', '10 Mill Lane', '12 Mill Lane', '14 Mill Lane', 'Flat 1, 16 Mill Lane'],
  'AS1 2BQ': ['1 Chapel Row', '3 Chapel Row', '5 Chapel Row', '7 Chapel Row', '9 Chapel Row'],
};
const ROUNDS = {
  A: { general: 'Tuesday 8 December', recycling: 'Tuesday 15 December', garden: 'Friday 11 December' },
  B: { general: 'Thursday 10 December', recycling: 'Thursday 17 December', garden: 'Monday 14 December' },
  C: { general: 'Monday 7 December', recycling: 'Monday 14 December', garden: 'Not subscribed' },
};
const bins = page('Bin collection days', `${head}<main class="wrap"><h1>When is my bin collected?</h1>
<div class="card"><div class="field"><label for="pc">Postcode</label><input type="text" id="pc" placeholder="e.g. AS3 7TR" autocomplete="off"> <button class="btn" id="find">Find address</button></div>
<div id="pick"></div></div><div id="out"></div></main>`, { site: SITE, script: `
var ADDR=${JSON.stringify(ADDR)}, R=${JSON.stringify(ROUNDS)};
function round(a){ if(/Chapel/.test(a)) return 'C'; var n=parseInt(a.replace(/^Flat \\d+, /,''),10); return n<=8?'A':'B'; }
document.getElementById('find').onclick=function(){ var pc=document.getElementById('pc').value.trim().toUpperCase().replace(/\\s+/g,' ');
  if(!/ /.test(pc) && pc.length>3) pc=pc.slice(0,-3)+' '+pc.slice(-3);
  var list=ADDR[pc], p=document.getElementById('pick'); document.getElementById('out').innerHTML='';
  if(!list){ p.innerHTML='<p role="alert">We could not find that postcode in Ashworth.</p>'; return; }
  p.innerHTML='<p id="al">Select your address</p><div role="listbox" aria-labelledby="al" class="addrs" style="border:1px solid #ccd;border-radius:6px;max-width:360px">'+list.map(function(a){ return '<div role="option" tabindex="0" class="addr" style="padding:6px 10px;cursor:pointer">'+a+'</div>'; }).join('')+'</div>';
  p.querySelectorAll('.addr').forEach(function(o){ o.onclick=function(){ show(o.textContent, pc); }; });
};
document.getElementById('pc').addEventListener('keydown', function(e){ if(e.key==='Enter') document.getElementById('find').click(); });
function show(a, pc){ var r=R[round(a)];
  document.getElementById('out').innerHTML='<div class="card"><h2>Collections for '+a+', '+pc+'</h2><table id="sched"><thead><tr><th>Bin</th><th>Next collection</th></tr></thead><tbody><tr><td>General waste (black)</td><td>'+r.general+'</td></tr><tr><td>Recycling (blue)</td><td>'+r.recycling+'</td></tr><tr><td>Garden waste (green)</td><td>'+r.garden+'</td></tr></tbody></table></div>'+
  '<form method="post" action="/submit/reminders" class="card"><h3>Get a reminder the evening before</h3><input type="hidden" name="address" value="'+a+'"><input type="hidden" name="postcode" value="'+pc+'">'+
  '<div class="field"><label for="rem-email">Email</label><input type="email" id="rem-email" name="email"></div><fieldset><legend>Remind me about</legend><label><input type="checkbox" name="bins" value="general"> General waste</label> <label><input type="checkbox" name="bins" value="recycling"> Recycling</label> <label><input type="checkbox" name="bins" value="garden"> Garden waste</label></fieldset><button class="btn primary">Sign up</button></form>';
}` });

const pages = { '/': home, '/report': reportPage, '/frames/report': reportFrame, '/pay': payPage, '/frames/pay': payFrame, '/bins': bins };
for (const [slug, [title, html]] of Object.entries(SERVICES)) pages[`/service/${slug}`] = page(title, `${head}<main class="wrap"><p><a href="/">Services</a> › ${esc(title)}</p><h1>${esc(title)}</h1>${html}</main>`, { site: SITE });

export default {
  name: 'council', title: SITE, pages,
  thanks: (form) => ({ report: '<h2>Thanks — report FMB-88213 received</h2>', ctax: '<h2>Payment received</h2><p>Reference PB-55102</p>', reminders: '<h1>You are signed up</h1>', missed: '<h1>Missed bin reported</h1>' }[form] || '<h1>Thank you</h1>'),
};

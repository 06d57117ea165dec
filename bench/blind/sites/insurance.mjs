// Bramble Mutual customer portal: a hash-routed app (#/policies, #/policy/ID with
// role=tab tabs and documents opening in new tabs, #/claims, a four-step claim
// wizard #/claim/1..4 that records its submit), a policy wording viewer and a
// direct debit form in same-origin iframes.
import { page, esc } from './common.mjs';

const SITE = 'Bramble Mutual';
export const POLICIES = [
  { id: 'BM-H-204417', type: 'Home — buildings & contents', what: '27 Alder Close, Wrenbury WB4 2JN', renews: '3 Mar 2027', premium: '£412.80',
    cover: [['Buildings', 'up to £450,000'], ['Contents', 'up to £60,000'], ['Single item limit', '£2,000'], ['Accidental damage', 'Included for buildings and contents'], ['Home emergency', 'Included']],
    excess: [['Standard excess', '£250'], ['Escape of water', '£500'], ['Subsidence', '£1,000'], ['Storm and flood', '£350']],
    named: [['Engagement ring', '£4,200'], ['Road bike (Canyon Endurace)', '£2,650']], holders: 'Robin Keane and Sasha Keane' },
  { id: 'BM-C-88130', type: 'Contents only', what: 'Flat 4, 19 Quay Street, Wrenbury WB1 7QS', renews: '17 Jun 2027', premium: '£96.00',
    cover: [['Contents', 'up to £30,000'], ['Single item limit', '£1,500'], ['Accidental damage', 'Not included'], ['Personal possessions away from home', 'up to £2,500']],
    excess: [['Standard excess', '£100'], ['Escape of water', '£350'], ['Theft', '£150']],
    named: [['Laptop (MacBook Pro 14)', '£2,100']], holders: 'Sasha Keane' },
  { id: 'BM-T-55021', type: 'Travel — annual multi-trip (Europe)', what: 'Robin and Sasha Keane', renews: '1 Sep 2027', premium: '£64.50',
    cover: [['Medical expenses', '£5 million'], ['Cancellation', '£3,000 per person'], ['Baggage', '£1,500 per person'], ['Delayed baggage', '£250 after 12 hours'], ['Winter sports', 'Not included']],
    excess: [['Standard excess', '£75'], ['Baggage', '£50']], named: [], holders: 'Robin Keane and Sasha Keane' },
];
export const CLAIMS = [
  ['CL-7781', 'BM-H-204417', 'Storm damage to garden fence', '14 Oct 2026', 'Settled', '£1,240.00'],
  ['CL-7920', 'BM-C-88130', 'Stolen bicycle', '2 Nov 2026', 'Awaiting documents', '—'],
  ['CL-8015', 'BM-T-55021', 'Delayed baggage, Lisbon', '20 Nov 2026', 'In review', '—'],
  ['CL-8102', 'BM-H-204417', 'Leak under kitchen sink', '1 Dec 2026', 'Loss adjuster visit booked for 9 Dec', '—'],
];

const app = page('Bramble Mutual', `<header class="top"><div class="wrap"><span class="brand">🦔 Bramble Mutual</span><nav>
<a href="#/policies">My policies</a><a href="#/claims">Claims</a><a href="#/claim/1">Make a claim</a><a href="#/payments">Payments</a></nav></div></header>
<main class="wrap" id="view"></main><div class="toast" id="toast" role="status"></div>`, { site: SITE, script: `
var POL=${JSON.stringify(POLICIES)}, CLAIMS=${JSON.stringify(CLAIMS)};
var claim={policy:'', type:'', date:'', description:'', police_ref:'', items:[{name:'', value:''}]};
function $(s){ return document.querySelector(s); }
function pol(id){ return POL.find(function(p){ return p.id===id; }); }
function toast(t){ var e=$('#toast'); e.textContent=t; e.style.display='block'; clearTimeout(toast.t); toast.t=setTimeout(function(){ e.style.display='none'; }, 3500); }
function kv(rows){ return '<table>'+rows.map(function(r){ return '<tr><th>'+r[0]+'</th><td>'+r[1]+'</td></tr>'; }).join('')+'</table>'; }
var TYPES=['Escape of water','Storm or flood','Theft','Accidental damage','Fire','Lost or delayed baggage'];
var views={
  policies:function(){ return '<h1>My policies</h1><table id="pols"><thead><tr><th>Policy</th><th>Type</th><th>Covers</th><th>Renews</th><th>Premium (yearly)</th></tr></thead><tbody>'+POL.map(function(p){ return '<tr><td><a href="#/policy/'+p.id+'">'+p.id+'</a></td><td>'+p.type+'</td><td>'+p.what+'</td><td>'+p.renews+'</td><td>'+p.premium+'</td></tr>'; }).join('')+'</tbody></table>'; },
  policy:function(id){ var p=pol(id); if(!p) return '<p>Policy not found.</p>';
    var T=[['cover','What\\'s covered',kv(p.cover)],['excess','Excess',kv(p.excess)],['docs','Documents','<ul><li><a href="/doc/'+p.id+'/schedule" target="_blank" rel="noopener">Policy schedule ↗</a></li><li><a href="/doc/'+p.id+'/ipid" target="_blank" rel="noopener">Insurance product information (IPID) ↗</a></li></ul>'],['wording','Policy wording','<iframe title="Policy wording" src="/frames/wording?policy='+p.id+'" style="width:100%;height:360px;border:1px solid #ccd"></iframe>']];
    return '<p><a href="#/policies">← My policies</a></p><h1>'+p.type+'</h1><p class="muted">'+p.id+' · '+p.what+' · renews '+p.renews+'</p><div role="tablist">'+T.map(function(t,i){ return '<div role="tab" id="tab-'+t[0]+'" aria-controls="panel-'+t[0]+'" aria-selected="'+(i===0)+'" tabindex="'+(i?-1:0)+'">'+t[1]+'</div>'; }).join('')+'</div>'+
      T.map(function(t,i){ return '<div role="tabpanel" class="card" id="panel-'+t[0]+'" aria-labelledby="tab-'+t[0]+'"'+(i?' hidden':'')+'>'+t[2]+'</div>'; }).join(''); },
  claims:function(){ return '<h1>Your claims</h1><table id="claims"><thead><tr><th>Claim</th><th>Policy</th><th>What happened</th><th>Opened</th><th>Status</th><th>Paid</th></tr></thead><tbody>'+CLAIMS.map(function(c){ return '<tr>'+c.map(function(x){ return '<td>'+x+'</td>'; }).join('')+'</tr>'; }).join('')+'</tbody></table>'; },
  payments:function(){ return '<h1>Payments</h1><p>Your premiums are paid by Direct Debit from the account ending 4471 on the 28th of each month.</p><h2>Change bank details</h2><iframe title="Direct Debit" src="/frames/dd" style="width:100%;height:460px;border:1px solid #ccd"></iframe>'; },
  claim:function(step){ step=Number(step)||1; var h='<h1>Make a claim</h1><ol class="steps" style="display:flex;gap:18px;list-style:none;padding:0">'+['Policy','What happened','Items','Review'].map(function(s,i){ return '<li'+(i+1===step?' aria-current="step" style="font-weight:700"':' class="muted"')+'>'+(i+1)+'. '+s+'</li>'; }).join('')+'</ol><div class="card" id="step">';
    if(step===1) h+='<fieldset><legend>Which policy is this claim for?</legend>'+POL.map(function(p){ return '<label style="display:block;margin:6px 0"><input type="radio" name="policy" value="'+p.id+'"'+(claim.policy===p.id?' checked':'')+'> '+p.type+' <span class="muted">('+p.id+')</span></label>'; }).join('')+'</fieldset><div class="field"><label for="ctype">Type of claim</label><select id="ctype"><option value="">Choose…</option>'+TYPES.map(function(t){ return '<option'+(claim.type===t?' selected':'')+'>'+t+'</option>'; }).join('')+'</select></div>';
    if(step===2) h+='<div class="field"><label for="cdate">When did it happen?</label><input type="date" id="cdate" max="2026-12-31" value="'+claim.date+'"></div><div class="field"><label for="cdesc">Tell us what happened</label><textarea id="cdesc" rows="4">'+claim.description+'</textarea></div>'+(claim.type==='Theft'?'<div class="field"><label for="cpol">Police crime reference</label><input type="text" id="cpol" value="'+claim.police_ref+'"></div>':'');
    if(step===3) h+='<p>List what was damaged or lost.</p><table id="items"><thead><tr><th>Item</th><th>Estimated value (£)</th><th></th></tr></thead><tbody>'+claim.items.map(function(it,i){ return '<tr><td><input type="text" class="iname" aria-label="Item '+(i+1)+' description" value="'+it.name+'"></td><td><input type="number" class="ival" aria-label="Item '+(i+1)+' value" value="'+it.value+'"></td><td>'+(i?'<button type="button" class="icon idel" aria-label="Remove item '+(i+1)+'">✕</button>':'')+'</td></tr>'; }).join('')+'</tbody></table><button type="button" class="btn" id="iadd">+ Add another item</button>';
    if(step===4) h+='<h2>Check your claim</h2>'+kv([['Policy',claim.policy],['Type',claim.type],['Date',claim.date],['What happened',claim.description]].concat(claim.type==='Theft'?[['Police reference',claim.police_ref]]:[]).concat(claim.items.filter(function(i){return i.name;}).map(function(i){ return ['Item', i.name+' — £'+i.value]; })))+'<div class="field"><label><input type="checkbox" id="truth"> I confirm the information is true and complete</label></div>';
    h+='<p id="err" role="alert" style="color:#b00"></p><p>'+(step>1?'<button type="button" class="btn" id="back">Back</button> ':'')+(step<4?'<button type="button" class="btn primary" id="cont">Continue</button>':'<button type="button" class="btn primary" id="submitClaim">Submit claim</button>')+'</p></div>';
    return h; },
};
function save(step){ if(step===1){ var r=document.querySelector('input[name=policy]:checked'); claim.policy=r?r.value:''; claim.type=$('#ctype').value; if(!claim.policy||!claim.type) return 'Choose a policy and a type of claim.'; }
  if(step===2){ claim.date=$('#cdate').value; claim.description=$('#cdesc').value; if($('#cpol')) claim.police_ref=$('#cpol').value; if(!claim.date||!claim.description) return 'Tell us when and what happened.'; }
  if(step===3){ claim.items=[].map.call(document.querySelectorAll('#items tbody tr'), function(r){ return {name:r.querySelector('.iname').value, value:r.querySelector('.ival').value}; }); }
  return ''; }
function render(){ var h=location.hash.replace(/^#\\/?/,'')||'policies', p=h.split('/'); var v=views[p[0]]||views.policies; $('#view').innerHTML=v(p[1]);
  document.title=({policies:'My policies',policy:p[1],claims:'Claims',claim:'Make a claim',payments:'Payments'}[p[0]]||'My policies')+' · Bramble Mutual'; }
window.addEventListener('hashchange', render); render();
document.addEventListener('click', function(e){ var t=e.target, step=Number((location.hash.split('/')[2])||1);
  if(t.getAttribute('role')==='tab'){ document.querySelectorAll('[role=tab]').forEach(function(o){ o.setAttribute('aria-selected', o===t); o.tabIndex=o===t?0:-1; document.getElementById(o.getAttribute('aria-controls')).hidden=o!==t; }); }
  else if(t.id==='cont'){ var err=save(step); if(err){ $('#err').textContent=err; return; } location.hash='#/claim/'+(step+1); }
  else if(t.id==='back'){ save(step); location.hash='#/claim/'+(step-1); }
  else if(t.id==='iadd'){ save(3); claim.items.push({name:'',value:''}); render(); }
  else if(t.closest('.idel')){ save(3); var i=[].indexOf.call(document.querySelectorAll('#items tbody tr'), t.closest('tr')); claim.items.splice(i,1); render(); }
  else if(t.id==='submitClaim'){ if(!$('#truth').checked){ $('#err').textContent='Please confirm the declaration.'; return; }
    var items=claim.items.filter(function(i){ return i.name; });
    rec('submit',{form:'claim', data:{policy:claim.policy, type:claim.type, date:claim.date, description:claim.description, police_ref:claim.police_ref, items:items.map(function(i){ return i.name+': '+i.value; }), total:items.reduce(function(a,i){ return a+Number(i.value||0); },0)}});
    $('#view').innerHTML='<h1>Claim submitted</h1><p>Your claim reference is <b>CL-8140</b>. We will be in touch within 2 working days.</p>'; }
});
` });

const doc = (id, kind) => {
  const p = POLICIES.find((x) => x.id === id);
  if (!p) return undefined;
  if (kind === 'schedule') {
    return page(`Policy schedule ${id}`, `<main class="wrap"><h1>Policy schedule</h1><p>Policy ${id} · ${esc(p.type)}</p><dl><dt>Policyholders</dt><dd>${esc(p.holders)}</dd><dt>Insured address / persons</dt><dd>${esc(p.what)}</dd><dt>Period</dt><dd>to ${p.renews}</dd><dt>Annual premium</dt><dd>${p.premium} (including Insurance Premium Tax)</dd></dl>
<h2>Named items</h2>${p.named.length ? `<ul>${p.named.map(([n, v]) => `<li>${esc(n)} — ${v}</li>`).join('')}</ul>` : '<p>None.</p>'}</main>`, { site: SITE });
  }
  if (kind === 'ipid') {
    return page(`Insurance product information — ${id}`, `<main class="wrap"><h1>Insurance product information document</h1><p>${esc(p.type)}</p>
<h2>What is not insured?</h2><ul><li>Wear and tear or gradual deterioration</li><li>Damage by pets (chewing, scratching)</li><li>Loss when the home is unoccupied for more than 60 days in a row</li></ul>
<h2>Can I cancel?</h2><p>You can cancel within <b>14 days</b> of buying or renewing and get a full refund if you have not claimed. After that, we refund the unused premium less a £25 fee.</p></main>`, { site: SITE });
  }
  return undefined;
};

const wording = (u) => {
  const id = u.searchParams.get('policy') || '';
  const travel = /-T-/.test(id);
  return page('Policy wording', `<div class="wrap"><h3>Policy wording — ${esc(id)}</h3>${travel
    ? '<p><b>Section 4, Baggage.</b> We pay up to £1,500 per person. Valuables are covered up to £300 in total and only if carried in your hand luggage.</p><p><b>General condition 2.</b> You must report any theft to the local police within 24 hours and get a written report.</p>'
    : '<p><b>Section 1, Buildings.</b> We cover loss or damage to the buildings caused by fire, storm, flood, escape of water, theft and subsidence.</p><p><b>Unoccupancy.</b> If your home is unoccupied for more than <b>60 consecutive days</b>, cover for escape of water, theft and malicious damage stops until it is lived in again.</p><p><b>Section 2, Contents.</b> Bicycles are covered up to £750 each unless named on your schedule.</p><p><b>Claims condition 5.</b> You must tell us about a claim within 30 days.</p>'}</div>`);
};

const dd = page('Direct Debit', `<div class="wrap"><h3>Direct Debit instruction</h3><p class="muted">Service user number 412 887 · Bramble Mutual</p>
<form method="post" action="/submit/dd"><div class="field"><label for="holder">Account holder name</label><input type="text" id="holder" name="holder"></div>
<div class="field"><label for="sort">Sort code</label><input type="text" id="sort" name="sort_code" placeholder="00-00-00"></div>
<div class="field"><label for="acc">Account number</label><input type="text" id="acc" name="account" maxlength="8"></div>
<div class="field"><label for="day">Payment day</label><select id="day" name="day">${[1, 8, 15, 22, 28].map((d) => `<option value="${d}"${d === 28 ? ' selected' : ''}>${d}${d === 1 ? 'st' : d === 22 ? 'nd' : 'th'} of the month</option>`).join('')}</select></div>
<div class="field"><label><input type="checkbox" name="authorise" value="yes"> I am the account holder and can authorise debits on my own</label></div>
<button class="btn primary">Save bank details</button></form></div>`);

export default {
  name: 'insurance', title: SITE,
  pages: { '/': app, '/frames/wording': wording, '/frames/dd': dd },
  fallback: (p) => { const m = /^\/doc\/([\w-]+)\/(schedule|ipid)$/.exec(p); return m ? doc(m[1], m[2]) : undefined; },
  thanks: () => '<h3>Bank details saved</h3><p>Your next payment will come from the new account.</p>',
};

// Commons Cowork desk booking: an ARIA tree of buildings > floors > zones > desks
// with a details panel; the booking form is a same-origin iframe with a custom
// date-range calendar; "My bookings" table with hover-only cancel + confirm
// dialog; meeting rooms with a role=tab per building.
import { page, esc, tabs, TABS_JS } from './common.mjs';

const SITE = 'Commons Cowork';
const head = `<header class="top"><div class="wrap"><span class="brand">▦ Commons Cowork</span><nav><a href="/">Desks</a><a href="/bookings">My bookings</a><a href="/rooms">Meeting rooms</a></nav></div></header>`;

const D = (id, feats, price) => ({ id, feats, price });
export const TREE = [
  ['North building', [
    ['Floor 1', [
      ['Open zone', [D('N1-O01', ['Dual 27" monitors', 'USB-C dock'], 18), D('N1-O02', ['Single 24" monitor'], 18), D('N1-O03', ['No monitor', 'Window seat'], 16)]],
      ['Phone booths', [D('N1-P01', ['Soundproof booth', 'Seats 1'], 8), D('N1-P02', ['Soundproof booth', 'Seats 2'], 10)]],
    ]],
    ['Floor 2', [
      ['Quiet zone', [D('N2-Q01', ['Standing desk', 'Single 27" monitor'], 22), D('N2-Q02', ['Window seat', 'Single 24" monitor'], 22), D('N2-Q03', ['Standing desk', 'Window seat'], 24), D('N2-Q04', ['Dual 27" monitors', 'USB-C dock'], 24)]],
      ['Team zone', [D('N2-T01', ['Bench desk', 'Single 24" monitor'], 15), D('N2-T02', ['Bench desk'], 14), D('N2-T03', ['Bench desk', 'Window seat'], 15)]],
    ]],
  ]],
  ['South building', [
    ['Floor 1', [['Café zone', [D('S1-C01', ['High table', 'Near coffee bar'], 12), D('S1-C02', ['Sofa booth'], 12)]]]],
    ['Floor 3', [
      ['Quiet zone', [D('S3-Q01', ['Standing desk', 'Dual 24" monitors'], 23), D('S3-Q02', ['Window seat', 'Dual 27" monitors'], 26)]],
      ['Studio', [D('S3-S01', ['Podcast studio', 'Two microphones', 'Acoustic panels'], 40)]],
    ]],
  ]],
];
const treeHtml = (nodes) => nodes.map(([label, kids]) => `<li role="treeitem" aria-expanded="false"><span class="tw">▸ ${esc(label)}</span><ul role="group" hidden>${kids.map((k) => (Array.isArray(k)
  ? treeHtml([k]) : `<li role="treeitem" aria-selected="false" class="desk" data-desk="${k.id}" tabindex="-1">${k.id}</li>`)).join('')}</ul></li>`).join('');
const DESKS = {};
(function walk(nodes, path) { for (const n of nodes) { if (Array.isArray(n)) walk(n[1], path.concat(n[0])); else DESKS[n.id] = { ...n, where: path.join(' › ') }; } })(TREE, []);

const home = page('Desks', `${head}<main class="wrap"><h1>Book a desk</h1><div style="display:flex;gap:18px;align-items:flex-start">
<div class="card" style="min-width:280px"><ul role="tree" aria-label="Spaces" class="tree">${treeHtml(TREE)}</ul></div>
<div style="flex:1"><div class="card" id="details"><p class="muted">Select a desk in the list to see its details.</p></div><div id="bookHost"></div></div></div></main>`,
{ site: SITE, head: '<style>.tree,.tree ul{list-style:none;padding-left:16px}.tw,.desk{cursor:pointer}.desk[aria-selected=true]{background:#dfe9fb;font-weight:600}</style>', script: `
var DESKS=${JSON.stringify(DESKS)};
document.querySelectorAll('.tw').forEach(function(s){ s.onclick=function(){ var li=s.parentNode, open=li.getAttribute('aria-expanded')!=='true'; li.setAttribute('aria-expanded', open); li.querySelector(':scope > ul').hidden=!open; s.textContent=(open?'▾ ':'▸ ')+s.textContent.slice(2); }; });
document.querySelectorAll('.desk').forEach(function(li){ li.onclick=function(){ document.querySelectorAll('.desk').forEach(function(o){ o.setAttribute('aria-selected', o===li); });
  var d=DESKS[li.dataset.desk]; document.getElementById('bookHost').innerHTML='';
  document.getElementById('details').innerHTML='<h2>Desk '+d.id+'</h2><p class="muted">'+d.where+'</p><ul>'+d.feats.map(function(f){ return '<li>'+f+'</li>'; }).join('')+'</ul><p>£'+d.price+' per day</p><button class="btn primary" id="bookBtn">Book this desk</button>';
  document.getElementById('bookBtn').onclick=function(){ document.getElementById('bookHost').innerHTML='<iframe title="Booking" src="/frames/book?desk='+d.id+'" style="width:100%;height:640px;border:1px solid #ccd;border-radius:8px"></iframe>'; };
}; });` });

const bookFrame = (u) => {
  const desk = u.searchParams.get('desk') || '';
  return page('Booking', `<div class="wrap"><h2>Book desk ${esc(desk)}</h2>
<form method="post" action="/submit/booking" id="bf"><input type="hidden" name="desk" value="${esc(desk)}"><input type="hidden" name="from" id="from"><input type="hidden" name="to" id="to">
<div class="field"><span id="calL">Dates (pick the first day, then the last day)</span>
<div id="cal" aria-labelledby="calL"><div style="display:flex;gap:8px;align-items:center"><button type="button" class="btn" id="prev" aria-label="Previous month">‹</button><b id="month"></b><button type="button" class="btn" id="next" aria-label="Next month">›</button></div>
<table role="grid" id="grid" style="width:auto"></table></div><p id="range" aria-live="polite">No dates chosen</p></div>
<div class="field"><label for="nm">Name</label><input type="text" id="nm" name="name"></div>
<div class="field"><label for="em">Work email</label><input type="email" id="em" name="email"></div>
<div class="field"><label for="co">Company (optional)</label><input type="text" id="co" name="company"></div>
<div class="field"><label><input type="checkbox" name="locker" value="yes"> I need a locker (£2/day)</label></div>
<button class="btn primary">Confirm booking</button></form></div>`, { head: '<style>#grid td{padding:2px}#grid button{width:34px;height:30px;border:1px solid #ccd;background:#fff;border-radius:4px;cursor:pointer}#grid button[disabled]{color:#bbb;cursor:default}#grid button.in{background:#dfe9fb}#grid button.end{background:#1f5fbf;color:#fff}</style>', script: `
var months=[[2026,11],[2027,0]], mi=0, from=null, to=null;
var MN=['January','February','March','April','May','June','July','August','September','October','November','December'], DN=['Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday'];
function iso(d){ return d.getFullYear()+'-'+String(d.getMonth()+1).padStart(2,'0')+'-'+String(d.getDate()).padStart(2,'0'); }
function draw(){ var y=months[mi][0], m=months[mi][1], first=new Date(y,m,1), days=new Date(y,m+1,0).getDate();
  document.getElementById('month').textContent=MN[m]+' '+y; document.getElementById('prev').disabled=mi===0; document.getElementById('next').disabled=mi===months.length-1;
  var h='<tr>'+['Mo','Tu','We','Th','Fr','Sa','Su'].map(function(d){ return '<th>'+d+'</th>'; }).join('')+'</tr><tr>', pad=(first.getDay()+6)%7;
  for(var i=0;i<pad;i++) h+='<td></td>';
  for(var d=1; d<=days; d++){ var dt=new Date(y,m,d), wk=dt.getDay()===0||dt.getDay()===6, s=iso(dt), cls=(s===from||s===to)?'end':(from&&to&&s>from&&s<to?'in':'');
    h+='<td><button type="button" data-d="'+s+'" class="'+cls+'" aria-label="'+DN[dt.getDay()]+' '+d+' '+MN[m]+' '+y+'"'+(wk?' disabled':'')+' aria-pressed="'+(cls!=='')+'">'+d+'</button></td>'; if((pad+d)%7===0) h+='</tr><tr>'; }
  document.getElementById('grid').innerHTML=h+'</tr>';
  document.querySelectorAll('#grid button[data-d]').forEach(function(b){ b.onclick=function(){ var s=b.dataset.d; if(!from||to||s<from){ from=s; to=null; } else { to=s; } show(); draw(); }; }); }
function nice(s){ var p=s.split('-'); return Number(p[2])+' '+MN[Number(p[1])-1]+' '+p[0]; }
function show(){ document.getElementById('from').value=from||''; document.getElementById('to').value=to||from||''; document.getElementById('range').textContent=from?(nice(from)+(to&&to!==from?' – '+nice(to):' (one day)')):'No dates chosen'; }
document.getElementById('prev').onclick=function(){ mi=Math.max(0,mi-1); draw(); }; document.getElementById('next').onclick=function(){ mi=Math.min(months.length-1,mi+1); draw(); };
draw();
document.getElementById('bf').addEventListener('submit', function(e){ if(!from){ e.preventDefault(); alert('Please choose your dates'); } });
` });
};

export const BOOKINGS = [
  ['CW-4460', 'N2-Q02', '7 – 8 Dec 2026', 'Confirmed'],
  ['CW-4471', 'S3-Q01', '10 Dec 2026', 'Confirmed'],
  ['CW-4479', 'N1-O01', '15 – 17 Dec 2026', 'Pending approval'],
  ['CW-4502', 'S1-C02', '22 Dec 2026', 'Waitlisted'],
  ['CW-4388', 'N2-T02', '1 Dec 2026', 'Completed'],
];
const bookings = page('My bookings', `${head}<main class="wrap"><h1>My bookings</h1><table id="bk"><thead><tr><th>Reference</th><th>Desk</th><th>Dates</th><th>Status</th><th></th></tr></thead><tbody>
${BOOKINGS.map(([r, d, when, s]) => `<tr data-ref="${r}"><td>${r}</td><td>${d}</td><td>${when}</td><td class="st">${s}</td><td>${s === 'Completed' ? '' : '<span class="row-actions"><button class="icon cx" aria-label="Cancel booking" title="Cancel booking">✕</button></span>'}</td></tr>`).join('')}
</tbody></table>
<div class="backdrop" id="dlg"><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="dh" aria-describedby="dp"><h2 id="dh">Cancel this booking?</h2><p id="dp"></p>
<p><button class="btn" id="no">No, keep it</button> <button class="btn primary" id="yes">Yes, cancel booking</button></p></div></div><div class="toast" id="toast"></div></main>`, { site: SITE, script: `
var cur=null;
document.querySelectorAll('.cx').forEach(function(b){ b.onclick=function(){ cur=b.closest('tr'); document.getElementById('dp').textContent=cur.children[0].textContent+' — desk '+cur.children[1].textContent+', '+cur.children[2].textContent+'. Cancelling less than 24 hours before is charged in full.'; document.getElementById('dlg').classList.add('open'); }; });
document.getElementById('no').onclick=function(){ document.getElementById('dlg').classList.remove('open'); };
document.getElementById('yes').onclick=function(){ rec('cancel',{ref:cur.dataset.ref}); cur.querySelector('.st').textContent='Cancelled'; document.getElementById('dlg').classList.remove('open'); var t=document.getElementById('toast'); t.textContent='Booking '+cur.dataset.ref+' cancelled'; t.style.display='block'; };
` });

const room = (rows) => `<table><thead><tr><th>Room</th><th>Seats</th><th>Equipment</th><th>Per hour</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const rooms = page('Meeting rooms', `${head}<main class="wrap"><h1>Meeting rooms</h1>${tabs('bld', [
  { id: 'north', label: 'North building', html: room([['Harbour', '6', 'TV screen', '£25'], ['Lantern', '12', 'Projector, conference phone', '£45'], ['Nook', '2', 'None', '£10']]) },
  { id: 'south', label: 'South building', html: room([['Kelp', '8', 'TV screen', '£30'], ['Tidewater', '20', 'Projector, two microphones', '£70'], ['Driftwood', '4', 'Whiteboard wall', '£18']]) },
])}<p class="muted">Rooms are booked at reception. Members get 4 free hours a month.</p></main>`, { site: SITE, script: TABS_JS });

export default {
  name: 'desks', title: SITE,
  pages: { '/': home, '/frames/book': bookFrame, '/bookings': bookings, '/rooms': rooms },
  thanks: (form, d) => `<h2>Booked!</h2><p>Desk ${esc(d.desk || '')} from ${esc(d.from || '')} to ${esc(d.to || '')}. Reference CW-4${Math.floor(Math.random() * 900 + 100)}.</p>`,
};

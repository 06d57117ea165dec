// Loop City Bikes: a hash-routed single-page app (#/stations, #/station/ID,
// #/rides, #/account, #/favourites, #/pricing). Stations table with a hover-only
// reserve action, station pages with bikes to reserve and a favourite star, ride
// history with "Load more rides" and a report dialog, a change-plan dialog.
import { page } from './common.mjs';

export const STATIONS = [
  { id: 's1', name: 'Harbour Square', district: 'Docklands', bikes: 7, ebikes: 2, docks: 5, status: 'Open', address: 'Harbour Square, beside the ferry terminal, PT1 4QA' },
  { id: 's2', name: 'Riverside Market', district: 'Old Town', bikes: 3, ebikes: 4, docks: 11, status: 'Open', address: '12 Quay Street, PT2 8LD' },
  { id: 's3', name: 'Old Mill', district: 'Eastgate', bikes: 1, ebikes: 1, docks: 14, status: 'Open', address: 'Mill Lane car park, PT5 2RE' },
  { id: 's4', name: 'Canal Street', district: 'Eastgate', bikes: 9, ebikes: 0, docks: 3, status: 'Open', address: '88 Canal Street, PT5 1AB' },
  { id: 's5', name: 'University', district: 'Northfield', bikes: 12, ebikes: 5, docks: 8, status: 'Open', address: 'Library Walk, Northfield Campus, PT7 3UX' },
  { id: 's6', name: 'Central Station', district: 'Old Town', bikes: 2, ebikes: 6, docks: 17, status: 'Open', address: 'Station Approach (east exit), PT1 1AA' },
  { id: 's7', name: 'Eastgate Park', district: 'Eastgate', bikes: 5, ebikes: 3, docks: 9, status: 'Open', address: 'Park Road gates, PT5 6PK' },
  { id: 's8', name: 'Botanic Gardens', district: 'Northfield', bikes: 0, ebikes: 0, docks: 0, status: 'Maintenance', address: 'Glasshouse Lane, PT7 9BG' },
];
const BATT = [91, 34, 67, 12, 78, 55, 23, 88, 46, 70];
function bikesOf(s, i) {
  const out = [];
  for (let k = 0; k < s.ebikes; k++) out.push({ id: `E-${(2217 + i * 131 + k * 377) % 9000 + 1000}`, type: 'E-bike', battery: BATT[(i * 3 + k) % BATT.length] });
  for (let k = 0; k < s.bikes; k++) out.push({ id: `B-${(4410 + i * 97 + k * 53) % 9000 + 1000}`, type: 'Classic' });
  return out;
}
STATIONS.forEach((s, i) => { s.list = bikesOf(s, i); });

export const RIDES = [
  ['r20', '4 Dec', 'University', 'Central Station', 14, 'Classic', '£1.70'],
  ['r19', '3 Dec', 'Central Station', 'University', 16, 'Classic', '£1.80'],
  ['r18', '1 Dec', 'Harbour Square', 'Riverside Market', 9, 'E-bike', '£2.35'],
  ['r17', '29 Nov', 'Riverside Market', 'Harbour Square', 11, 'E-bike', '£2.65'],
  ['r16', '27 Nov', 'Canal Street', 'Eastgate Park', 6, 'Classic', '£1.30'],
  ['r15', '24 Nov', 'University', 'Botanic Gardens', 8, 'Classic', '£1.40'],
  ['r14', '21 Nov', 'Old Mill', 'University', 23, 'E-bike', '£4.45'],
  ['r13', '18 Nov', 'Central Station', 'Canal Street', 12, 'Classic', '£1.60'],
  ['r12', '15 Nov', 'Eastgate Park', 'Central Station', 19, 'Classic', '£1.95'],
  ['r11', '11 Nov', 'Harbour Square', 'University', 27, 'E-bike', '£5.05'],
  ['r10', '8 Nov', 'University', 'Harbour Square', 31, 'Classic', '£2.55'],
  ['r9', '5 Nov', 'Riverside Market', 'Old Mill', 10, 'Classic', '£1.50'],
  ['r8', '2 Nov', 'Central Station', 'Riverside Market', 7, 'E-bike', '£2.05'],
  ['r7', '29 Oct', 'Botanic Gardens', 'University', 13, 'Classic', '£1.65'],
  ['r6', '26 Oct', 'Canal Street', 'Harbour Square', 21, 'E-bike', '£4.15'],
  ['r5', '22 Oct', 'University', 'Canal Street', 17, 'Classic', '£1.85'],
  ['r4', '19 Oct', 'Harbour Square', 'Central Station', 15, 'Classic', '£1.75'],
  ['r3', '14 Oct', 'Old Mill', 'Eastgate Park', 5, 'Classic', '£1.25'],
  ['r2', '9 Oct', 'Eastgate Park', 'Old Mill', 4, 'Classic', '£1.20'],
  ['r1', '3 Oct', 'Central Station', 'Botanic Gardens', 24, 'E-bike', '£4.60'],
].map(([id, date, from, to, min, type, cost]) => ({ id, date, from, to, min, type, cost }));

const app = page('Loop City Bikes', `<header class="top"><div class="wrap"><span class="brand">🚲 Loop</span><nav>
<a href="#/stations">Stations</a><a href="#/favourites">Favourites</a><a href="#/rides">My rides</a><a href="#/account">Account</a><a href="#/pricing">Pricing</a></nav></div></header>
<main class="wrap" id="view"></main>
<div class="backdrop" id="dlg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="dlgH"><h2 id="dlgH"></h2><div id="dlgB"></div></div></div>
<div class="toast" id="toast" role="status"></div>`, { site: 'Loop City Bikes', script: `
var ST = ${JSON.stringify(STATIONS)}, RIDES = ${JSON.stringify(RIDES)};
var favs = ['s1','s5','s4'], shown = 5, plan = 'Monthly';
function $(s){ return document.querySelector(s); }
function toast(t){ var e=$('#toast'); e.textContent=t; e.style.display='block'; clearTimeout(toast.t); toast.t=setTimeout(function(){e.style.display='none';}, 3500); }
function dlg(h, body){ $('#dlgH').textContent=h; $('#dlgB').innerHTML=body; $('#dlg').classList.add('open'); }
function closeDlg(){ $('#dlg').classList.remove('open'); }
function st(id){ return ST.find(function(s){ return s.id===id; }); }
function reserve(s, bike){ rec('reserve', {station:s.id, bike:bike}); toast('Bike '+bike+' at '+s.name+' is held for you for 15 minutes'); }
var views = {
  stations: function(){ return '<h1>Stations</h1><table id="stations"><thead><tr><th>Station</th><th>District</th><th>Classic bikes</th><th>E-bikes</th><th>Free docks</th><th>Status</th><th></th></tr></thead><tbody>'+
    ST.map(function(s){ return '<tr data-id="'+s.id+'"><td><a href="#/station/'+s.id+'">'+s.name+'</a></td><td>'+s.district+'</td><td>'+s.bikes+'</td><td>'+s.ebikes+'</td><td>'+s.docks+'</td><td>'+s.status+'</td><td><span class="row-actions"><button class="icon qr" aria-label="Reserve a bike here" title="Reserve">🔒</button></span></td></tr>'; }).join('')+'</tbody></table>'; },
  station: function(id){ var s=st(id); if(!s) return '<p>Unknown station</p>';
    var fav = favs.indexOf(id)>=0;
    return '<p><a href="#/stations">← All stations</a></p><h1>'+s.name+' <button class="icon star" aria-label="'+(fav?'Remove from favourites':'Add to favourites')+'" aria-pressed="'+fav+'">'+(fav?'★':'☆')+'</button></h1><p>'+s.address+'</p><p class="muted">'+s.district+' · '+s.docks+' free docks · '+s.status+'</p>'+
    (s.list.length ? '<h2>Bikes here</h2><ul class="bikes">'+s.list.map(function(b){ return '<li class="item" data-bike="'+b.id+'">'+b.type+' <b>'+b.id+'</b>'+(b.battery!==undefined?' — battery '+b.battery+'%':'')+' <button class="btn rsv">Reserve</button></li>'; }).join('')+'</ul>' : '<p>No bikes available.</p>'); },
  favourites: function(){ return '<h1>Favourite stations</h1>'+(favs.length?'<ul class="favs">'+favs.map(function(id){ var s=st(id); return '<li class="item" data-id="'+id+'"><a href="#/station/'+id+'">'+s.name+'</a> — '+s.bikes+' classic, '+s.ebikes+' e-bikes <span class="row-actions"><button class="icon unfav" aria-label="Remove from favourites">✕</button></span></li>'; }).join('')+'</ul>':'<p>No favourites yet.</p>'); },
  rides: function(){ return '<h1>My rides</h1><ol class="rides">'+RIDES.slice(0, shown).map(function(r){ return '<li class="item ride" data-ride="'+r.id+'"><b>'+r.date+'</b> · '+r.from+' → '+r.to+' · '+r.min+' min · '+r.type+' · '+r.cost+' <a href="#" class="report">Report a problem</a></li>'; }).join('')+'</ol>'+
    (shown < RIDES.length ? '<button class="btn" id="more">Load more rides</button>' : '<p class="muted">That\\'s all your rides since you joined in October.</p>'); },
  account: function(){ return '<h1>Account</h1><div class="card"><p>Name: Alex Moreno</p><p>Member since: 1 October 2026</p><p>Plan: <b id="plan">'+plan+'</b>'+(plan==='Monthly'?' (£9.99 a month, renews on 1 January 2027)':'')+'</p><button class="btn" id="chg">Change plan</button></div>'; },
  pricing: function(){ return '<h1>Pricing</h1><table><tr><th>Unlock fee</th><td>£1.00 per ride</td></tr><tr><th>Classic bike</th><td>5p per minute</td></tr><tr><th>E-bike</th><td>15p per minute</td></tr><tr><th>Day pass</th><td>£6 — unlimited 30-minute classic rides for 24 hours</td></tr><tr><th>Late return</th><td>£2 for every 30 minutes over 3 hours</td></tr><tr><th>Lost or unreturned bike</th><td>£350</td></tr></table>'; },
};
function render(){
  var h = location.hash.replace(/^#\\/?/, '') || 'stations', parts = h.split('/');
  var v = views[parts[0]] || views.stations;
  $('#view').innerHTML = v(parts[1]); closeDlg();
  document.title = ({stations:'Stations',station:(st(parts[1])||{}).name,favourites:'Favourites',rides:'My rides',account:'Account',pricing:'Pricing'}[parts[0]]||'Stations') + ' · Loop City Bikes';
}
window.addEventListener('hashchange', render); render();
document.addEventListener('click', function(e){
  var t = e.target;
  if (t.closest('.qr')) { var s=st(t.closest('tr').dataset.id); if(!s.list.length){ toast('No bikes available at '+s.name); return; } reserve(s, s.list[0].id); }
  else if (t.closest('.rsv')) { reserve(st(location.hash.split('/')[2]), t.closest('li').dataset.bike); }
  else if (t.closest('.star')) { var id=location.hash.split('/')[2], on=favs.indexOf(id)<0; if(on) favs.push(id); else favs.splice(favs.indexOf(id),1); rec('favourite',{station:id, on:on}); render(); toast(on?'Added to favourites':'Removed from favourites'); }
  else if (t.closest('.unfav')) { var id2=t.closest('li').dataset.id; favs.splice(favs.indexOf(id2),1); rec('favourite',{station:id2, on:false}); render(); toast('Removed from favourites'); }
  else if (t.id==='more') { shown=Math.min(RIDES.length, shown+5); var y=scrollY; render(); scrollTo(0,y); }
  else if (t.closest('.report')) { e.preventDefault(); var r=t.closest('li').dataset.ride, ride=RIDES.find(function(x){return x.id===r;});
    dlg('Report a problem', '<p>'+ride.date+' · '+ride.from+' → '+ride.to+'</p><div class="field"><label for="cat">What went wrong?</label><select id="cat"><option value="">Choose…</option><option>Bike fault</option><option>Overcharged</option><option>Dock did not lock</option><option>Other</option></select></div><div class="field"><label for="det">Details</label><textarea id="det" rows="3"></textarea></div><p><button class="btn" id="x">Cancel</button> <button class="btn primary" id="send" data-ride="'+r+'">Send report</button></p>'); }
  else if (t.id==='send') { if(!$('#cat').value){ alert('Please choose what went wrong'); return; } rec('report',{ride:t.dataset.ride, category:$('#cat').value, text:$('#det').value}); closeDlg(); toast('Thanks — we\\'ll look into it'); }
  else if (t.id==='x') closeDlg();
  else if (t.id==='chg') dlg('Change plan', '<form id="pf">'+[['payg','Pay as you go','no monthly fee'],['monthly','Monthly','£9.99 a month'],['annual','Annual','£89 a year'],['student','Student annual','£59 a year, needs a student email']].map(function(p){ return '<label style="display:block;margin:6px 0"><input type="radio" name="plan" value="'+p[0]+'"'+(p[1]===plan?' checked':'')+'> <b>'+p[1]+'</b> — '+p[2]+'</label>'; }).join('')+'</form><p><button class="btn" id="x">Keep my plan</button> <button class="btn primary" id="conf">Confirm change</button></p>');
  else if (t.id==='conf') { var p=document.querySelector('#pf input:checked').value; rec('plan',{plan:p}); plan={payg:'Pay as you go',monthly:'Monthly',annual:'Annual',student:'Student annual'}[p]; render(); toast('Your plan is now '+plan); }
});
` });

export default { name: 'bikes', title: 'Loop City Bikes', pages: { '/': app } };

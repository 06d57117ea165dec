// Tidepool, a podcast web player: a hash-routed app (#/discover, #/show/ID,
// #/queue, #/library, #/settings). A show's episodes load 8 at a time as the list
// scrolls (IntersectionObserver), icon-only row buttons, show-notes dialog; a
// queue with hover-only remove and move-up; unsubscribe confirm and rating dialogs;
// settings with a custom speed dropdown and a switch.
import { page } from './common.mjs';

const SALT = ['The Wreck of the Royal Charter', 'Smugglers of the Cornish Coast', "Grace Darling's Rescue", 'The Mary Celeste Mystery', 'Whalers of Dundee',
  'The Lighthouse Keepers', 'Messages in Bottles', 'The Longitude Problem', 'Wreckers: Myth and Truth', "The Tea Clippers' Race", 'Press Gangs',
  'The Flannan Isles Disappearance', 'Pirate Queens', 'The Herring Girls', "Titanic's Wireless Operators", 'Lifeboats Before the RNLI', 'The Sea Shanty Revival',
  'Charting the Arctic', 'The Great Storm of 1703', 'Lightships', 'Figureheads', 'The Cod Wars', 'Submarine Cables', "The Sailors' Home", 'Harbour Pilots',
  'The Last Sailing Barges', 'Ghost Ships', 'Foghorns and Sirens', 'Salvage Divers', 'The Christmas Truce at Sea'];
const GUESTS = { 4: 'Dr Helen Achterberg, maritime historian', 6: 'Ruth Penhallow, whose grandfather kept the Longships light', 12: 'Callum MacLeod, author of "Three Men Missing"', 22: 'Captain Sigríður Jónsdóttir (ret.)', 27: 'folklorist Dr Amara Nwosu' };
export const dur = (n) => 28 + ((n * 17) % 37);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const dateOf = (n) => { const d = new Date(Date.UTC(2026, 11, 1) - (30 - n) * 7 * 86400000); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };
export const EPISODES = SALT.map((t, i) => ({ n: i + 1, title: t, min: dur(i + 1), date: dateOf(i + 1),
  notes: GUESTS[i + 1] ? `Maya and Tom are joined by ${GUESTS[i + 1]}.` : 'Just Maya and Tom this week — no guest.' })).reverse();

export const SHOWS = [
  { id: 'salt', name: 'Salt & Signal', by: 'Maya Quist & Tom Arde', about: 'Stories from maritime history, every Tuesday.', subscribed: true },
  { id: 'law', name: 'Byte Sized Law', by: 'Priyanka Shah', about: 'Ten-minute answers to everyday legal questions.', subscribed: true },
  { id: 'garden', name: 'The Slow Gardener', by: 'Hal Benton', about: 'Unhurried advice for small gardens.', subscribed: false },
  { id: 'night', name: 'Night Shift Stories', by: 'Lou Carver', about: 'People who work while the city sleeps.', subscribed: true },
  { id: 'chess', name: 'Endgame Hour', by: 'Vera Kosch', about: 'Chess history and famous games, move by move.', subscribed: false },
];
const QUEUE = [
  { id: 'salt-30', show: 'Salt & Signal', title: 'The Christmas Truce at Sea', min: dur(30) },
  { id: 'law-14', show: 'Byte Sized Law', title: 'Can My Landlord Do That?', min: 12 },
  { id: 'garden-52', show: 'The Slow Gardener', title: 'Dahlias, Lifted and Stored', min: 38 },
  { id: 'night-8', show: 'Night Shift Stories', title: "The Bus Driver's Story", min: 44 },
  { id: 'law-13', show: 'Byte Sized Law', title: 'Returning Things You Bought Online', min: 11 },
];

const app = page('Tidepool', `<header class="top"><div class="wrap"><span class="brand">🌊 Tidepool</span><nav>
<a href="#/discover">Discover</a><a href="#/library">Library</a><a href="#/queue">Up next</a><a href="#/settings" aria-label="Settings" title="Settings">⚙</a></nav></div></header>
<main class="wrap" id="view"></main>
<div class="backdrop" id="dlg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="dlgH"><h2 id="dlgH"></h2><div id="dlgB"></div></div></div>
<div class="toast" id="toast" role="status"></div>`, { site: 'Tidepool', head: '<style>.ep{padding:12px 4px;border-bottom:1px solid #e3e6ea;min-height:84px}.ep .t{font-weight:600}.switch{display:inline-block;width:42px;height:22px;border-radius:11px;background:#bbb;position:relative;border:0;cursor:pointer}.switch[aria-checked=true]{background:#1f5fbf}</style>', script: `
var SHOWS=${JSON.stringify(SHOWS)}, EPS=${JSON.stringify(EPISODES)}, queue=${JSON.stringify(QUEUE)};
var loaded=0, io=null, settings={speed:'1', skipSilence:false, sleep:'off'};
function $(s){ return document.querySelector(s); }
function toast(t){ var e=$('#toast'); e.textContent=t; e.style.display='block'; clearTimeout(toast.t); toast.t=setTimeout(function(){e.style.display='none';}, 3000); }
function dlg(h,b){ $('#dlgH').textContent=h; $('#dlgB').innerHTML=b; $('#dlg').classList.add('open'); }
function closeDlg(){ $('#dlg').classList.remove('open'); }
function show(id){ return SHOWS.find(function(s){ return s.id===id; }); }
function epRow(e){ return '<div class="ep item" data-ep="'+e.n+'"><div class="t">#'+e.n+' · '+e.title+'</div><div class="muted">'+e.date+' · '+e.min+' min</div>'+
  '<button class="icon play" aria-label="Play">▶</button><button class="icon addq" title="Add to queue">＋</button><button class="icon notes" aria-label="Show notes">ⓘ</button><button class="icon played" aria-label="Mark as played">✓</button></div>'; }
function more(){ var list=$('#eps'); if(!list) return; var sp=$('#spin'); sp.hidden=false;
  setTimeout(function(){ var next=EPS.slice(loaded, loaded+8); loaded+=next.length; list.insertAdjacentHTML('beforeend', next.map(epRow).join('')); sp.hidden=true;
    if(loaded>=EPS.length){ io&&io.disconnect(); $('#end').hidden=false; } }, 350); }
function recQueue(){ rec('state',{name:'queue', order:queue.map(function(q){return q.id;}), first:queue[0]&&queue[0].id}); }
var views={
  discover:function(){ return '<h1>Discover</h1>'+SHOWS.map(function(s){ return '<div class="card"><h2><a href="#/show/'+s.id+'">'+s.name+'</a></h2><p class="muted">by '+s.by+'</p><p>'+s.about+'</p>'+
    (s.subscribed?'<span class="muted">✓ Subscribed</span>':'<button class="icon sub" data-show="'+s.id+'" aria-label="Subscribe to '+s.name+'" title="Subscribe">🔔</button>')+'</div>'; }).join(''); },
  show:function(id){ var s=show(id); if(id!=='salt') return '<h1>'+s.name+'</h1><p>'+s.about+'</p><p class="muted">Episodes are loading slowly for this show; try again later.</p>';
    return '<h1>'+s.name+'</h1><p class="muted">by '+s.by+' · '+EPS.length+' episodes</p><p>'+s.about+'</p><div id="eps" role="list"></div><p id="spin" hidden>Loading…</p><p id="end" hidden class="muted">You have reached the first episode.</p><div id="sentinel" style="height:4px"></div>'; },
  queue:function(){ return '<h1>Up next</h1><ol id="queue">'+queue.map(function(q){ return '<li class="item" data-id="'+q.id+'"><b>'+q.title+'</b> — '+q.show+' · '+q.min+' min <span class="row-actions"><button class="icon up" title="Move up">↑</button><button class="icon rmq" aria-label="Remove from queue">✕</button></span></li>'; }).join('')+'</ol>'; },
  library:function(){ return '<h1>Your library</h1><ul class="lib">'+SHOWS.filter(function(s){return s.subscribed;}).map(function(s){ return '<li class="item card" data-show="'+s.id+'"><a href="#/show/'+s.id+'">'+s.name+'</a> <button class="btn rate">Rate</button> <button class="btn unsub">Unsubscribe</button></li>'; }).join('')+'</ul>'; },
  settings:function(){ return '<h1>Playback settings</h1><div class="card">'+
    '<div class="field"><span id="spdL">Playback speed</span> <div class="dd" id="spd"><button type="button" class="btn dd-btn" aria-haspopup="listbox" aria-labelledby="spdL spdV"><span id="spdV">'+settings.speed+'×</span> ▾</button><ul class="dd-list" role="listbox" aria-labelledby="spdL">'+['0.8','1','1.2','1.5','1.8','2'].map(function(v){ return '<li role="option" data-v="'+v+'">'+v+'×</li>'; }).join('')+'</ul></div></div>'+
    '<div class="field"><span id="ssL">Skip silences</span> <button class="switch" role="switch" id="ss" aria-labelledby="ssL" aria-checked="'+settings.skipSilence+'"></button></div>'+
    '<div class="field"><label for="sleep">Sleep timer</label><select id="sleep"><option value="off">Off</option><option value="15">15 minutes</option><option value="30">30 minutes</option><option value="60">1 hour</option><option value="episode">End of episode</option></select></div>'+
    '<button class="btn primary" id="save">Save settings</button></div>'; },
};
function render(){ var h=location.hash.replace(/^#\\/?/,'')||'discover', p=h.split('/'); var v=views[p[0]]||views.discover;
  if(io){ io.disconnect(); io=null; } closeDlg(); $('#view').innerHTML=v(p[1]); loaded=0;
  document.title=({discover:'Discover',show:(show(p[1])||{}).name,queue:'Up next',library:'Library',settings:'Settings'}[p[0]]||'Discover')+' · Tidepool';
  if($('#sentinel')){ io=new IntersectionObserver(function(en){ if(en[0].isIntersecting && $('#spin').hidden && loaded<EPS.length) more(); }); io.observe($('#sentinel')); }
  if(p[0]==='settings'){ $('#sleep').value=settings.sleep; }
}
window.addEventListener('hashchange', render); render();
document.addEventListener('click', function(e){ var t=e.target, ep=t.closest('.ep'), n=ep&&Number(ep.dataset.ep), E=ep&&EPS.find(function(x){return x.n===n;});
  if(t.closest('.play')){ rec('play',{show:'salt', ep:n}); toast('Playing #'+n+' '+E.title); }
  else if(t.closest('.addq')){ queue.push({id:'salt-'+n, show:'Salt & Signal', title:E.title, min:E.min}); rec('queue',{show:'salt', ep:n}); toast('Added to Up next'); }
  else if(t.closest('.notes')){ dlg('#'+n+' '+E.title, '<p>'+E.date+' · '+E.min+' min</p><p>'+E.notes+'</p><p><button class="btn" id="x">Close</button></p>'); }
  else if(t.closest('.played')){ rec('played',{show:'salt', ep:n}); ep.style.opacity=.5; toast('Marked as played'); }
  else if(t.closest('.sub')){ var s=show(t.closest('.sub').dataset.show); s.subscribed=true; rec('subscribe',{show:s.id}); render(); toast('Subscribed to '+s.name); }
  else if(t.closest('.rmq')){ var id=t.closest('li').dataset.id; queue=queue.filter(function(q){return q.id!==id;}); rec('unqueue',{id:id}); recQueue(); render(); }
  else if(t.closest('.up')){ var id2=t.closest('li').dataset.id, i=queue.findIndex(function(q){return q.id===id2;}); if(i>0){ var x=queue[i-1]; queue[i-1]=queue[i]; queue[i]=x; } recQueue(); render(); }
  else if(t.closest('.unsub')){ var s2=show(t.closest('li').dataset.show); dlg('Unsubscribe?', '<p>Stop following '+s2.name+'? Downloaded episodes will be deleted.</p><p><button class="btn" id="x">Cancel</button> <button class="btn primary" id="unsubGo" data-show="'+s2.id+'">Unsubscribe</button></p>'); }
  else if(t.id==='unsubGo'){ var s3=show(t.dataset.show); s3.subscribed=false; rec('unsubscribe',{show:s3.id}); render(); toast('Unsubscribed'); }
  else if(t.closest('.rate')){ var s4=show(t.closest('li').dataset.show); dlg('Rate '+s4.name, '<div role="radiogroup" aria-label="Stars">'+[1,2,3,4,5].map(function(k){ return '<button class="icon star" role="radio" aria-checked="false" aria-label="'+k+' star'+(k>1?'s':'')+'" data-k="'+k+'">☆</button>'; }).join('')+'</div><div class="field"><label for="rv">Review (optional)</label><textarea id="rv" rows="2"></textarea></div><p><button class="btn" id="x">Cancel</button> <button class="btn primary" id="rateGo" data-show="'+s4.id+'">Submit rating</button></p>'); }
  else if(t.closest('.star')){ var k=Number(t.closest('.star').dataset.k); document.querySelectorAll('.star').forEach(function(b){ var on=Number(b.dataset.k)<=k; b.textContent=on?'★':'☆'; b.setAttribute('aria-checked', Number(b.dataset.k)===k); }); $('#dlg').dataset.stars=k; }
  else if(t.id==='rateGo'){ rec('rate',{show:t.dataset.show, stars:Number($('#dlg').dataset.stars||0), review:$('#rv').value}); closeDlg(); toast('Thanks for rating'); }
  else if(t.id==='x'){ closeDlg(); }
  else if(t.closest('#spd .dd-btn')){ e.stopPropagation(); $('#spd').classList.toggle('open'); }
  else if(t.closest('#spd [role=option]')){ settings.speed=t.dataset.v; $('#spdV').textContent=settings.speed+'×'; $('#spd').classList.remove('open'); }
  else if(t.id==='ss'){ var on=t.getAttribute('aria-checked')!=='true'; t.setAttribute('aria-checked', on); }
  else if(t.id==='save'){ settings.skipSilence=$('#ss').getAttribute('aria-checked')==='true'; settings.sleep=$('#sleep').value; rec('state',Object.assign({name:'settings'}, settings)); toast('Settings saved'); }
});
` });

export default { name: 'podcast', title: 'Tidepool', pages: { '/': app } };

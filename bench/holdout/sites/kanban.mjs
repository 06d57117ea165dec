// Trellis: a hash-routed kanban board (#/board/ID, #/card/ID, #/archive) with a
// collapsible role=tree sidebar of workspaces, hover-only card menus (move, assign,
// archive, delete with confirm), an "add card" dialog with a custom assignee
// dropdown, card pages with checklists and comments, and an archive that loads more
// cards as you scroll.
import { doc } from '../../eval/sites/common.mjs';

const PEOPLE = { PN: 'Priya Nair', JW: 'Jonas Weber', AM: 'Ama Mensah', LO: 'Luis Ortega', SR: 'Sam Reid' };
const C = (id, title, col, who, due, labels, desc, check = [], comments = []) => ({ id, title, col, who, due, labels, desc, check, comments });
const BOARDS = {
  website: { name: 'Website relaunch', cards: [
    C('WEB-3', 'Old banner assets', 'To do', 'AM', '12 Dec', ['Design'], 'Remove the 2024 banner images from the CDN.'),
    C('WEB-5', 'Cookie consent copy', 'To do', null, '15 Dec', ['Content', 'Legal'], 'Rewrite the consent banner text with Legal.'),
    C('WEB-8', 'Duplicate: hero video', 'To do', 'LO', null, [], 'Duplicate of WEB-11.'),
    C('WEB-9', 'Pricing page layout', 'In progress', 'PN', '10 Dec', ['Design'], 'New three-tier layout for the pricing page.', [['Wireframe', 1], ['Copy from marketing', 1], ['Desktop build', 1], ['Mobile build', 0], ['QA on Safari', 0]]),
    C('WEB-11', 'Hero video compression', 'In progress', 'JW', '11 Dec', ['Performance'], 'Get the hero video under 4 MB without visible banding.'),
    C('WEB-14', 'Accessibility audit fixes', 'Review', 'AM', '9 Dec', ['A11y'], 'Fix the 17 issues from the November audit: contrast, focus order, alt text.', [], [['JW', 'Contrast fixes look good.']]),
    C('WEB-16', 'Blog RSS feed', 'Review', 'LO', '14 Dec', ['Content'], 'Expose /blog/feed.xml with full text.'),
    C('WEB-2', 'Choose hosting provider', 'Done', 'JW', null, [], 'We picked Fly.io.'),
  ] },
  newsletter: { name: 'Newsletter', cards: [
    C('NL-1', 'December issue outline', 'To do', 'PN', '16 Dec', ['Content'], 'Five sections, lead with the relaunch.'),
    C('NL-2', 'Subscriber survey results', 'In progress', 'LO', '13 Dec', ['Research'], 'Summarise the 312 survey answers.'),
    C('NL-4', 'Unsubscribe flow bug', 'In progress', 'JW', '11 Dec', ['Bug'], 'One-click unsubscribe returns a 500 for Gmail users.'),
    C('NL-5', 'Template dark mode', 'Done', 'AM', null, ['Design'], 'Dark-mode-safe colours in the template.'),
  ] },
  mobile: { name: 'Mobile app', cards: [
    C('MOB-3', 'Crash on login', 'To do', 'JW', '10 Dec', ['Bug'], 'App crashes after entering the one-time code on some devices.'),
    C('MOB-7', 'Push notification opt-in', 'In progress', 'PN', '18 Dec', ['Growth'], 'Ask for permission after the first order, not at launch.'),
    C('MOB-8', 'Offline cart', 'In progress', 'LO', '20 Dec', [], 'Keep the cart when the network drops.'),
    C('MOB-9', 'App Store screenshots', 'Review', 'AM', '12 Dec', ['Design'], 'Six screenshots per locale.'),
  ] },
  api: { name: 'Public API', cards: [
    C('API-2', 'Rate limiting', 'In progress', 'JW', '17 Dec', ['Backend'], 'Acceptance criteria: 600 requests per minute per key; a 429 with a Retry-After header beyond that; limits shown in the dashboard.'),
    C('API-4', 'Webhooks retries', 'To do', 'LO', '22 Dec', ['Backend'], 'Retry failed webhooks 5 times with exponential backoff.'),
  ] },
};
const COLS = ['To do', 'In progress', 'Review', 'Done'];
const ARCHIVE = ['Spring campaign teaser', 'Team offsite agenda', 'Logo refresh v1', 'Press kit PDF', 'Careers page copy', 'Old FAQ migration', 'Beta invite emails',
  'Podcast landing page', 'Partner logos strip', 'Status page link', 'Footer redesign', 'Legacy redirects', 'Summer sale banner', 'Webinar sign-up form', 'Case study: Nordlys',
  'Newsletter signup A/B test', 'Image CDN switch', 'Sitemap cleanup', 'Black Friday countdown', 'Font licensing', 'Customer quotes carousel', 'Holiday sale landing page', 'Old pricing table', 'Cookie wall removal']
  .map((t, i) => ({ id: `ARC-${i + 1}`, title: t, archived: `${(i % 28) + 1} ${i < 12 ? 'Oct' : 'Nov'} 2026` }));

const css = `
body{display:flex;min-height:100vh} aside{width:230px;background:#1f2a44;color:#dfe6f3;padding:14px} main{flex:1;padding:16px 20px;overflow:auto}
[role=tree],[role=group]{list-style:none;padding-left:12px;margin:0} [role=treeitem]{padding:3px 0;cursor:pointer} [role=treeitem] > span:hover{text-decoration:underline}
[role=treeitem][aria-expanded=false] > [role=group]{display:none}
.cols{display:flex;gap:12px;align-items:flex-start} .col{background:#e9ecf2;border-radius:8px;width:230px;padding:8px}
.col h3{font-size:13px;text-transform:uppercase;color:#555;margin:4px 6px 8px;display:flex;justify-content:space-between}
.kcard{background:#fff;border-radius:6px;padding:8px 10px;margin:6px 0;box-shadow:0 1px 2px rgba(0,0,0,.15);position:relative;cursor:pointer}
.kcard .more{position:absolute;right:4px;top:4px;visibility:hidden} .kcard:hover .more{visibility:visible}
.av{display:inline-block;width:22px;height:22px;border-radius:50%;background:#7b8cde;color:#fff;font-size:10px;text-align:center;line-height:22px}
.lab{font-size:11px;background:#ffe4b3;padding:1px 6px;border-radius:8px;margin-right:3px}
.menu{position:absolute;right:0;top:26px;background:#fff;border:1px solid #ccc;border-radius:6px;z-index:20;min-width:170px;box-shadow:0 4px 14px rgba(0,0,0,.2)}
.menu [role=menuitem]{display:block;padding:6px 12px;cursor:pointer;white-space:nowrap} .menu [role=menuitem]:hover{background:#eef}
.arch{background:#fff;margin:8px 0;padding:18px 12px;border-radius:6px;display:flex;justify-content:space-between}
.dd{position:relative} .dd ul{position:absolute;background:#fff;border:1px solid #aaa;list-style:none;padding:0;margin:0;z-index:70;width:220px} .dd li{padding:6px 10px;cursor:pointer} .dd li:hover{background:#eee}
`;

const page = doc({
  title: 'Trellis', css,
  body: `<aside><h2 style="margin-top:0">Trellis</h2><nav aria-label="Workspaces"><ul role="tree">
<li role="treeitem" aria-expanded="false"><span>Marketing</span><ul role="group">
<li role="treeitem" data-board="website"><span>Website relaunch</span></li><li role="treeitem" data-board="newsletter"><span>Newsletter</span></li></ul></li>
<li role="treeitem" aria-expanded="false"><span>Product</span><ul role="group">
<li role="treeitem" data-board="mobile"><span>Mobile app</span></li><li role="treeitem" data-board="api"><span>Public API</span></li></ul></li>
<li role="treeitem" data-route="#/archive"><span>Archive</span></li></ul></nav></aside>
<main id="view"></main>
<div id="dlg" class="overlay hidden"></div><div id="toast" class="toast hidden"></div>`,
  script: `
var BOARDS=${JSON.stringify(BOARDS)}, PEOPLE=${JSON.stringify(PEOPLE)}, COLS=${JSON.stringify(COLS)}, ARCHIVE=${JSON.stringify(ARCHIVE)};
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]})}
function toast(t){var e=document.getElementById('toast');e.textContent=t;e.classList.remove('hidden');setTimeout(function(){e.classList.add('hidden')},3000)}
function find(id){for(var b in BOARDS)for(var c of BOARDS[b].cards)if(c.id===id)return {b:b,c:c};return null}
document.querySelectorAll('[role=treeitem]').forEach(function(li){li.firstElementChild.onclick=function(e){e.stopPropagation();
 if(li.hasAttribute('aria-expanded'))li.setAttribute('aria-expanded',li.getAttribute('aria-expanded')==='true'?'false':'true');
 if(li.dataset.board)location.hash='#/board/'+li.dataset.board; if(li.dataset.route)location.hash=li.dataset.route}});
function board(id){var B=BOARDS[id];if(!B)return '<p>No such board</p>';
 return '<h1>'+B.name+'</h1><div class="cols">'+COLS.map(function(col){var cs=B.cards.filter(function(c){return c.col===col});
  return '<section class="col" aria-label="'+col+'"><h3>'+col+' <span>'+cs.length+'</span></h3>'+cs.map(function(c){
   return '<div class="kcard" data-card="'+c.id+'"><div class="kt">'+esc(c.title)+'</div><div style="font-size:12px;color:#777;margin-top:4px">'+c.id+(c.due?' · due '+c.due:'')+'</div><div>'+c.labels.map(function(l){return '<span class="lab">'+l+'</span>'}).join('')+
   (c.who?'<span class="av" title="'+PEOPLE[c.who]+'">'+c.who+'</span>':'')+'</div><button class="icon-btn more" aria-label="Card actions" data-card="'+c.id+'">⋯</button></div>'}).join('')+
   '<button class="btn add" data-col="'+col+'" style="width:100%;margin-top:6px">+ Add a card</button></section>'}).join('')+'</div>'}
function cardView(id){var f=find(id);if(!f)return '<p>Card not found</p>';var c=f.c,done=c.check.filter(function(x){return x[1]}).length;
 return '<p><a href="#/board/'+f.b+'">← '+BOARDS[f.b].name+'</a></p><h1>'+esc(c.title)+'</h1><p>'+c.id+' · '+c.col+(c.due?' · due '+c.due:'')+'</p>'+
 '<p>Assignee: <strong>'+(c.who?PEOPLE[c.who]:'Unassigned')+'</strong></p><h3>Description</h3><p>'+esc(c.desc)+'</p>'+
 (c.check.length?'<h3>Checklist ('+done+' of '+c.check.length+' done)</h3><ul>'+c.check.map(function(x){return '<li><input type="checkbox" disabled '+(x[1]?'checked':'')+'> '+x[0]+'</li>'}).join('')+'</ul>':'')+
 '<h3>Comments</h3><div id="comments">'+c.comments.map(function(x){return '<p><b>'+PEOPLE[x[0]]+':</b> '+esc(x[1])+'</p>'}).join('')+'</div>'+
 '<textarea id="ctext" rows="3" cols="50" placeholder="Write a comment…"></textarea><br><button class="btn btn-primary" id="csave">Save comment</button>'}
var shown=12;
function archive(){return '<h1>Archived cards</h1><p>'+ARCHIVE.length+' archived cards</p><div id="alist">'+ARCHIVE.slice(0,shown).map(function(a){return '<div class="arch"><span>'+a.title+' <small style="color:#888">archived '+a.archived+'</small></span><button class="btn restore" data-id="'+a.id+'">Restore</button></div>'}).join('')+'</div>'+(shown<ARCHIVE.length?'<p id="loading" style="color:#888">Loading more…</p>':'')}
function route(){var h=location.hash||'#/board/website',m,v=document.getElementById('view');
 if((m=/^#\\/board\\/(\\w+)/.exec(h)))v.innerHTML=board(m[1]); else if((m=/^#\\/card\\/([\\w-]+)/.exec(h)))v.innerHTML=cardView(m[1]); else if(h==='#/archive'){shown=12;v.innerHTML=archive()} else v.innerHTML='<p>Not found</p>';
 document.title=(document.querySelector('#view h1')||{}).textContent+' · Trellis';wire()}
function wire(){
 document.querySelectorAll('.kcard').forEach(function(k){k.onclick=function(e){if(e.target.closest('.more,.menu'))return;location.hash='#/card/'+k.dataset.card}});
 document.querySelectorAll('.more').forEach(function(b){b.onclick=function(e){e.stopPropagation();document.querySelectorAll('.menu').forEach(function(m){m.remove()});var id=b.dataset.card,f=find(id);
  var m=document.createElement('div');m.className='menu';m.setAttribute('role','menu');
  m.innerHTML='<span role="menuitem" data-a="assign">Assign to me</span>'+COLS.filter(function(c){return c!==f.c.col}).map(function(c){return '<span role="menuitem" data-a="move" data-to="'+c+'">Move to '+c+'</span>'}).join('')+'<span role="menuitem" data-a="archive">Archive</span><span role="menuitem" data-a="delete" style="color:#b00">Delete…</span>';
  b.parentNode.appendChild(m);
  m.querySelectorAll('[role=menuitem]').forEach(function(it){it.onclick=function(ev){ev.stopPropagation();m.remove();var a=it.dataset.a;
   if(a==='assign'){rec('assign',{card:id,to:'SR'});f.c.who='SR';route();toast('Assigned to you')}
   if(a==='move'){rec('move',{card:id,to:it.dataset.to});f.c.col=it.dataset.to;route();toast('Moved to '+it.dataset.to)}
   if(a==='archive'){rec('archive',{card:id});BOARDS[f.b].cards=BOARDS[f.b].cards.filter(function(c){return c.id!==id});route();toast('Card archived')}
   if(a==='delete')confirmDelete(id,f)}})}});
 document.querySelectorAll('.add').forEach(function(b){b.onclick=function(){addCard(b.dataset.col)}});
 var cs=document.getElementById('csave');if(cs)cs.onclick=function(){var t=document.getElementById('ctext').value.trim();if(!t)return;var id=/card\\/([\\w-]+)/.exec(location.hash)[1];
  rec('comment',{card:id,text:t});find(id).c.comments.push(['SR',t]);route();toast('Comment saved')};
 document.querySelectorAll('.restore').forEach(function(b){b.onclick=function(){rec('restore',{card:b.dataset.id});b.parentNode.remove();toast('Card restored to its board')}});
}
function dlg(html){var d=document.getElementById('dlg');d.innerHTML='<div class="modal" role="dialog" aria-modal="true">'+html+'</div>';d.classList.remove('hidden');return d}
function closeDlg(){document.getElementById('dlg').classList.add('hidden')}
function confirmDelete(id,f){var d=dlg('<h2>Delete card?</h2><p>“'+esc(f.c.title)+'” will be deleted for everyone. This cannot be undone.</p><button class="btn" id="dn">Cancel</button> <button class="btn btn-primary" id="dy" style="background:#c62828;border-color:#c62828">Delete card</button>');
 d.querySelector('#dn').onclick=closeDlg;d.querySelector('#dy').onclick=function(){rec('delete',{card:id});BOARDS[f.b].cards=BOARDS[f.b].cards.filter(function(c){return c.id!==id});closeDlg();route();toast('Card deleted')}}
function addCard(col){var who=null;var d=dlg('<button class="icon-btn x" aria-label="Close" id="dx">✕</button><h2>New card in '+col+'</h2><p><label>Title<br><input id="nt" size="40"></label></p>'+
 '<div class="dd"><span>Assignee</span><br><button type="button" class="btn" id="wb" aria-haspopup="listbox">Unassigned ▾</button><ul class="hidden" role="listbox" id="wl"><li role="option" data-k="">Unassigned</li>'+Object.keys(PEOPLE).map(function(k){return '<li role="option" data-k="'+k+'">'+PEOPLE[k]+'</li>'}).join('')+'</ul></div>'+
 '<p>Labels: '+['Design','Content','Bug','Legal','Performance'].map(function(l){return '<label><input type="checkbox" class="nl" value="'+l+'"> '+l+'</label> '}).join('')+'</p><p><label>Due date <input type="date" id="nd"></label></p><button class="btn btn-primary" id="ns">Create card</button>');
 d.querySelector('#dx').onclick=closeDlg;d.querySelector('#wb').onclick=function(){d.querySelector('#wl').classList.toggle('hidden')};
 d.querySelectorAll('#wl li').forEach(function(li){li.onclick=function(){who=li.dataset.k||null;d.querySelector('#wb').textContent=li.textContent+' ▾';d.querySelector('#wl').classList.add('hidden')}});
 d.querySelector('#ns').onclick=function(){var t=d.querySelector('#nt').value.trim();if(!t)return;
  rec('create',{column:col,title:t,assignee:who?PEOPLE[who]:null,labels:[].map.call(d.querySelectorAll('.nl:checked'),function(x){return x.value}),due:d.querySelector('#nd').value});closeDlg();toast('Card created')}}
window.addEventListener('scroll',moreArchive);document.getElementById('view').addEventListener('scroll',moreArchive);document.querySelector('main').addEventListener('scroll',moreArchive);
function moreArchive(){if(location.hash!=='#/archive'||shown>=ARCHIVE.length)return;var l=document.getElementById('loading');if(!l)return;var r=l.getBoundingClientRect();
 if(r.top<window.innerHeight+50&&!moreArchive.busy){moreArchive.busy=true;setTimeout(function(){shown+=6;var y=window.scrollY;document.getElementById('view').innerHTML=archive();wire();window.scrollTo(0,y);moreArchive.busy=false},400)}}
window.addEventListener('hashchange',route);route();
`,
});

export default { name: 'kanban', title: 'Trellis', pages: { '/': page } };

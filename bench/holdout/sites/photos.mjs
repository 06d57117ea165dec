// Lumen photos: a hash-routed album viewer (#/album/ID, #/favourites) with a nested
// role=tree of years/groups/albums, a grid whose hover-only icons open a photo in a
// new tab (window.open) or delete it (confirm), album rename through a dialog, and
// photo pages with EXIF details, a favourite button, a share page in a new tab
// (target=_blank) and a star rating widget in a shadow root.
import { doc } from '../../eval/sites/common.mjs';

const P = (id, album, title, camera, exposure, place, date) => ({ id, album, title, camera, exposure, place, date });
const PHOTOS = [
  P('p1', 'lisbon', 'Alfama rooftops', 'Fujifilm X100V', '1/500 s', 'Alfama, Lisbon', '3 May 2026'),
  P('p2', 'lisbon', 'Pastéis de nata', 'iPhone 15 Pro', '1/120 s', 'Belém, Lisbon', '4 May 2026'),
  P('p3', 'lisbon', 'Tram 28', 'Sony A7 IV', '1/250 s', 'Graça, Lisbon', '4 May 2026'),
  P('p4', 'lisbon', 'Sunset at Miradouro', 'Fujifilm X100V', '1/60 s', 'Miradouro da Senhora do Monte', '5 May 2026'),
  P('p5', 'birthday', 'Balloons', 'Pixel 8', '1/100 s', 'Home, Manchester', '12 Aug 2026'),
  P('p6', 'birthday', 'Cake time', 'Pixel 8', '1/50 s', "Nonna's garden, Salford", '12 Aug 2026'),
  P('p7', 'birthday', 'Sofia opening presents', 'Canon R6', '1/200 s', 'Home, Manchester', '12 Aug 2026'),
  P('p8', 'iceland', 'Black sand beach', 'Nikon Z6', '1/800 s', 'Reynisfjara', '20 Feb 2025'),
  P('p9', 'iceland', 'Northern lights over Vík', 'Nikon Z6', '15 s', 'Vík í Mýrdal', '21 Feb 2025'),
  P('p10', 'iceland', 'Blurry test shot', 'Nikon Z6', '1/8 s', 'Vík í Mýrdal', '21 Feb 2025'),
  P('p11', 'iceland', 'Skógafoss', 'Nikon Z6', '1/4 s', 'Skógafoss', '22 Feb 2025'),
  P('p12', 'iceland', 'Glacier hike', 'GoPro Hero 11', '1/1000 s', 'Sólheimajökull', '23 Feb 2025'),
  P('p13', 'wedding', 'First dance', 'Canon R5', '1/160 s', 'Hotel Ambassador, Brno', '14 Jun 2025'),
  P('p14', 'wedding', 'The rings', 'Canon R5', '1/250 s', 'Hotel Ambassador, Brno', '14 Jun 2025'),
  P('p15', 'harvest', 'Apple picking', 'Pixel 6', '1/320 s', 'Wyevale Farm', '2 Oct 2024'),
  P('p16', 'newyear', 'Fireworks', 'Sony RX100', '2 s', 'Primrose Hill, London', '1 Jan 2024'),
];
const ALBUMS = { lisbon: 'Lisbon trip', birthday: "Sofia's 6th birthday", iceland: 'Iceland road trip', wedding: "Tomáš & Eva's wedding", harvest: 'Harvest weekend', newyear: 'New Year 2024' };
const FAVS = ['p4', 'p9', 'p13'];
const SHARE = { p1: 'LMN-7Q2X', p3: 'LMN-3K8D', p13: 'LMN-9WQ4', p14: 'LMN-2RT6', p8: 'LMN-5HB1' };

const css = `
body{display:flex;min-height:100vh} aside{width:240px;background:#fafafa;border-right:1px solid #e5e5e5;padding:14px} main{flex:1;padding:16px 22px}
[role=tree],[role=group]{list-style:none;padding-left:14px;margin:0} [role=treeitem]>span{display:block;padding:4px 6px;border-radius:4px;cursor:pointer} [role=treeitem]>span:hover{background:#eee}
[role=treeitem][aria-expanded=false]>[role=group]{display:none} [role=treeitem][aria-current=page]>span{background:#dbeafe}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px} .ph{position:relative;background:#ddd;height:150px;border-radius:8px;display:flex;align-items:flex-end}
.ph .cap{background:rgba(0,0,0,.55);color:#fff;width:100%;padding:6px 8px;font-size:12px;border-radius:0 0 8px 8px} .ph .tools{position:absolute;top:6px;right:6px;display:none;gap:4px} .ph:hover .tools{display:flex}
.ph .tools button{background:#fff;border:0;border-radius:4px;cursor:pointer;padding:3px 6px}
`;

const app = doc({
  title: 'Lumen photos', css,
  body: `<aside><h2 style="margin-top:0">Lumen</h2><ul role="tree" aria-label="Albums">
<li role="treeitem" data-route="#/favourites"><span>★ Favourites</span></li>
<li role="treeitem" aria-expanded="false"><span>2026</span><ul role="group"><li role="treeitem" data-album="lisbon"><span>Lisbon trip</span></li>
  <li role="treeitem" aria-expanded="false"><span>Family</span><ul role="group"><li role="treeitem" data-album="birthday"><span>Sofia's 6th birthday</span></li></ul></li></ul></li>
<li role="treeitem" aria-expanded="false"><span>2025</span><ul role="group"><li role="treeitem" data-album="iceland"><span>Iceland road trip</span></li><li role="treeitem" data-album="wedding"><span>Tomáš &amp; Eva's wedding</span></li></ul></li>
<li role="treeitem" aria-expanded="false"><span>2024</span><ul role="group"><li role="treeitem" data-album="harvest"><span>Harvest weekend</span></li><li role="treeitem" data-album="newyear"><span>New Year 2024</span></li></ul></li>
</ul></aside><main id="view"></main>
<div id="dlg" class="overlay hidden"></div><div id="toast" class="toast hidden"></div>`,
  script: `
var PH=${JSON.stringify(PHOTOS)},AL=${JSON.stringify(ALBUMS)},FAV=${JSON.stringify(FAVS)};
function toast(t){var e=document.getElementById('toast');e.textContent=t;e.classList.remove('hidden');setTimeout(function(){e.classList.add('hidden')},2500)}
document.querySelectorAll('[role=treeitem]').forEach(function(li){li.firstElementChild.onclick=function(){if(li.hasAttribute('aria-expanded'))li.setAttribute('aria-expanded',li.getAttribute('aria-expanded')!=='true');
 if(li.dataset.album)location.hash='#/album/'+li.dataset.album;if(li.dataset.route)location.hash=li.dataset.route}});
function grid(list){return '<div class="grid">'+list.map(function(p){return '<figure class="ph" data-id="'+p.id+'" style="margin:0"><div class="tools"><button class="nt" aria-label="Open in new tab" title="Open in new tab" data-id="'+p.id+'">↗</button><button class="del" aria-label="Delete photo" title="Delete" data-id="'+p.id+'">🗑</button></div><figcaption class="cap">'+p.title+'</figcaption></figure>'}).join('')+'</div>'}
function route(){var h=location.hash||'#/album/lisbon',m,v=document.getElementById('view');
 document.querySelectorAll('[role=treeitem]').forEach(function(li){li.removeAttribute('aria-current')});
 if((m=/^#\\/album\\/(\\w+)/.exec(h))&&AL[m[1]]){var id=m[1],list=PH.filter(function(p){return p.album===id});
  v.innerHTML='<h1 id="atitle">'+AL[id]+'</h1><p>'+list.length+' photos · <button class="btn" id="ren">✎ Rename album</button></p>'+grid(list);
  var t=document.querySelector('[data-album='+id+']');if(t)t.setAttribute('aria-current','page');
  document.getElementById('ren').onclick=function(){rename(id)}}
 else if(h==='#/favourites'){v.innerHTML='<h1>Favourites</h1>'+grid(PH.filter(function(p){return FAV.indexOf(p.id)>=0}))}
 else v.innerHTML='<p>Album not found</p>';
 document.title=v.querySelector('h1').textContent+' · Lumen';
 v.querySelectorAll('.nt').forEach(function(b){b.onclick=function(e){e.stopPropagation();window.open('/photo/'+b.dataset.id,'_blank')}});
 v.querySelectorAll('.del').forEach(function(b){b.onclick=function(e){e.stopPropagation();del(b.dataset.id)}})}
function dlg(h){var d=document.getElementById('dlg');d.innerHTML='<div class="modal" role="dialog" aria-modal="true">'+h+'</div>';d.classList.remove('hidden');return d}
function close(){document.getElementById('dlg').classList.add('hidden')}
function rename(id){var d=dlg('<h2>Rename album</h2><p><label>Album name <input id="nn" value="'+AL[id].replace(/"/g,'&quot;')+'" size="30"></label></p><button class="btn" id="dn">Cancel</button> <button class="btn btn-primary" id="dy">Save</button>');
 d.querySelector('#dn').onclick=close;d.querySelector('#dy').onclick=function(){var n=d.querySelector('#nn').value.trim();if(!n)return;rec('rename',{album:id,name:n});AL[id]=n;close();route();toast('Album renamed')}}
function del(pid){var p=PH.find(function(x){return x.id===pid});var d=dlg('<h2>Delete photo?</h2><p>“'+p.title+'” will move to the bin for 30 days.</p><button class="btn" id="dn">Cancel</button> <button class="btn btn-primary" id="dy">Move to bin</button>');
 d.querySelector('#dn').onclick=close;d.querySelector('#dy').onclick=function(){rec('delete',{id:pid});PH=PH.filter(function(x){return x.id!==pid});close();route();toast('Moved to bin')}}
addEventListener('hashchange',route);route();
`,
});

function photo(u) {
  const p = PHOTOS.find((x) => `/photo/${x.id}` === u.pathname);
  return doc({
    title: `${p.title} · Lumen`, css: 'main{padding:20px 28px} dl{display:grid;grid-template-columns:140px 1fr;gap:4px}',
    body: `<main><div style="background:#ccc;height:260px;border-radius:8px;display:flex;align-items:center;justify-content:center">${p.title}</div><h1>${p.title}</h1>
<p>From <a href="/#/album/${p.album}">${ALBUMS[p.album]}</a></p><dl><dt>Taken</dt><dd>${p.date}</dd><dt>Camera</dt><dd>${p.camera}</dd><dt>Exposure</dt><dd>${p.exposure}</dd><dt>Location</dt><dd>${p.place}</dd></dl>
<p><button class="btn" id="fav" aria-pressed="false">☆ Add to favourites</button> <a class="btn" href="/share/${p.id}" target="_blank">Share…</a></p>
<p>Your rating: <star-rating photo="${p.id}"></star-rating></p><div id="toast" class="toast hidden"></div></main>`,
    script: `document.getElementById('fav').onclick=function(){rec('fav',{id:'${p.id}'});this.textContent='★ In favourites';this.setAttribute('aria-pressed','true')};
customElements.define('star-rating',class extends HTMLElement{connectedCallback(){var r=this.attachShadow({mode:'open'}),id=this.getAttribute('photo');
 r.innerHTML='<style>button{border:0;background:none;font-size:22px;cursor:pointer;color:#bbb}button.on{color:#f59e0b}</style>'+[1,2,3,4,5].map(function(i){return '<button aria-label="'+i+' star'+(i>1?'s':'')+'" data-v="'+i+'">★</button>'}).join('')+'<span class="t"></span>';
 r.querySelectorAll('button').forEach(function(b){b.onclick=function(){var v=+b.dataset.v;r.querySelectorAll('button').forEach(function(x){x.classList.toggle('on',+x.dataset.v<=v)});r.querySelector('.t').textContent=' '+v+' of 5';rec('rate',{id:id,stars:v})}})}});`,
  });
}
function share(u) {
  const p = PHOTOS.find((x) => `/share/${x.id}` === u.pathname);
  return doc({ title: `Share ${p.title} · Lumen`, body: `<main style="padding:24px"><h1>Share “${p.title}”</h1><p>Anyone with this code can view the photo: <code>${SHARE[p.id] || `LMN-${p.id.toUpperCase()}0`}</code></p><p>The link expires in 7 days.</p></main>` });
}

export default {
  name: 'photos', title: 'Lumen',
  pages: { '/': app },
  fallback: (p) => (PHOTOS.some((x) => `/photo/${x.id}` === p) ? photo : PHOTOS.some((x) => `/share/${x.id}` === p) ? share : undefined),
};

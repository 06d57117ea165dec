// Driveline: a file manager with an ARIA tree (role=tree/treeitem, folders collapsed,
// carets to expand), a details panel for the selected file, a toolbar of icon buttons
// acting on the selection (rename dialog, delete confirmation, download, share).
import { doc } from './common.mjs';

export const TREE = ['Drive', [
  ['Projects', [
    ['2025', [['roadmap-2025.pdf', 812, 'Nov 3, 2025', 'Dana Wu'], ['retro-notes.md', 14, 'Dec 19, 2025', 'Marcus Bell']]],
    ['2026', [
      ['Q1', [['budget-q1.xlsx', 236, 'Jan 8, 2026', 'Hannah Schulz'], ['kickoff-slides.pptx', 4120, 'Jan 12, 2026', 'Dana Wu'], ['hiring-plan.docx', 58, 'Feb 2, 2026', 'Tariq Aziz']]],
      ['Q2', [['budget-q2.xlsx', 241, 'Mar 30, 2026', 'Hannah Schulz'], ['offsite-agenda.docx', 37, 'Apr 2, 2026', 'Priya Raman']]]]],
    ['brand-guidelines.pdf', 9650, 'Aug 14, 2025', 'Sofía Ruiz']]],
  ['Photos', [
    ['Lisbon trip', [['IMG_2041.jpg', 3480, 'Apr 22, 2025', 'Carla Mendes'], ['IMG_2042.jpg', 3311, 'Apr 22, 2025', 'Carla Mendes'], ['tram-28.heic', 2760, 'Apr 23, 2025', 'Carla Mendes']]],
    ['team-photo-2025.png', 5120, 'Jun 30, 2025', 'Dana Wu']]],
  ['Invoices', [['INV-0091.pdf', 88, 'Jan 31, 2026', 'Hannah Schulz'], ['INV-0092.pdf', 91, 'Feb 28, 2026', 'Hannah Schulz'], ['INV-0093.pdf', 95, 'Mar 31, 2026', 'Hannah Schulz']]],
  ['readme.txt', 2, 'Jan 1, 2025', 'Dana Wu'],
]];

const css = `.app{display:grid;grid-template-columns:320px 1fr;height:100vh}.tree{background:#fff;border-right:1px solid #e2e5ea;padding:10px;overflow:auto}
.toolbar{display:flex;gap:2px;padding:8px 12px;border-bottom:1px solid #e2e5ea;background:#fff}
[role=tree],[role=group]{list-style:none;margin:0;padding:0}[role=group]{padding-left:16px}
[role=treeitem]>.node{display:flex;align-items:center;gap:4px;padding:3px 4px;border-radius:4px;cursor:pointer}[role=treeitem]>.node:hover{background:#f1f3f7}
[role=treeitem][aria-selected=true]>.node{background:#dfe6f7}.caret{width:16px;display:inline-block;color:#7b8392;transition:transform .1s}
[role=treeitem][aria-expanded=true]>.node>.caret{transform:rotate(90deg)}[role=treeitem][aria-expanded=false]>[role=group]{display:none}
.details{padding:20px}.details dl{display:grid;grid-template-columns:140px 1fr;gap:6px}.details dt{color:#6b7383}`;

let n = 0;
function node([name, a, b, c]) {
  const id = `n${++n}`;
  if (Array.isArray(a)) {
    return `<li role="treeitem" aria-expanded="false" aria-selected="false" id="${id}" data-kind="folder" data-name="${name}"><div class="node"><span class="caret" aria-hidden="true">▸</span>📁 <span class="nm">${name}</span></div><ul role="group">${a.map(node).join('')}</ul></li>`;
  }
  return `<li role="treeitem" aria-selected="false" id="${id}" data-kind="file" data-name="${name}" data-size="${a}" data-mod="${b}" data-owner="${c}"><div class="node"><span class="caret"></span>📄 <span class="nm">${name}</span></div></li>`;
}
const treeHtml = `<ul role="tree" aria-label="Files">${TREE[1].map(node).join('')}</ul>`;

const body = `<div class="app"><div class="tree"><b style="display:block;margin:4px 4px 10px">My drive</b>${treeHtml}</div>
<div><div class="toolbar"><button class="icon-btn" title="New folder" id="mk">📁+</button><button class="icon-btn" title="Rename" id="ren">✏️</button><button class="icon-btn" aria-label="Download" id="dl">⬇</button><button class="icon-btn" aria-label="Share" id="sh">🔗</button><button class="icon-btn" aria-label="Move to trash" id="del">🗑</button></div>
<div class="details" id="det"><p style="color:#8a92a1">Select a file to see its details.</p></div><p id="msg" role="status" style="padding:0 20px"></p></div></div>
<div class="overlay hidden" id="dlg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="dlg-t"><button class="icon-btn x" aria-label="Close" id="dlg-x">×</button><h2 id="dlg-t"></h2>
<label><span id="dlg-l">Name</span> <input id="dlg-in" style="width:100%"></label><p><button class="btn" id="dlg-no">Cancel</button> <button class="btn btn-primary" id="dlg-ok">OK</button></p></div></div>
<div class="overlay hidden" id="cf"><div class="modal" role="alertdialog" aria-modal="true"><h2>Move to trash?</h2><p id="cf-s"></p><button class="btn" id="cf-no">Cancel</button> <button class="btn btn-primary" id="cf-ok">Move to trash</button></div></div>`;

const script = `
var $ = function(s){ return document.querySelector(s); };
var sel = null, mode = null;
function path(li){ var p = []; for (var x = li; x; x = x.parentNode.closest('[role=treeitem]')) p.unshift(x.dataset.name); return p.join('/'); }
$('[role=tree]').addEventListener('click', function(e){ var nd = e.target.closest('.node'); if (!nd) return; var li = nd.parentNode;
  document.querySelectorAll('[role=treeitem]').forEach(function(t){ t.setAttribute('aria-selected', t === li); }); sel = li;
  if (li.dataset.kind === 'folder') { var open = li.getAttribute('aria-expanded') !== 'true'; li.setAttribute('aria-expanded', open); rec('toggle', {path: path(li), open: open});
    $('#det').innerHTML = '<h2>' + li.dataset.name + '</h2><p>Folder · ' + li.querySelectorAll(':scope > ul > li').length + ' items</p>'; return; }
  var kb = +li.dataset.size; rec('select', {path: path(li)});
  $('#det').innerHTML = '<h2>' + li.dataset.name + '</h2><dl><dt>Size</dt><dd>' + (kb >= 1024 ? (kb / 1024).toFixed(1) + ' MB' : kb + ' KB') + '</dd><dt>Modified</dt><dd>' + li.dataset.mod + '</dd><dt>Owner</dt><dd>' + li.dataset.owner + '</dd><dt>Location</dt><dd>' + path(li).split('/').slice(0, -1).join(' / ') + '</dd></dl>'; });
$('[role=tree]').addEventListener('keydown', function(e){ if (!sel) return; if (e.key === 'ArrowRight' && sel.dataset.kind === 'folder') { sel.setAttribute('aria-expanded', 'true'); rec('toggle', {path: path(sel), open: true}); } if (e.key === 'ArrowLeft' && sel.dataset.kind === 'folder') sel.setAttribute('aria-expanded', 'false'); });
function need(){ if (!sel) { $('#msg').textContent = 'Select a file or folder first.'; return false; } return true; }
function dialog(m, title, label, val){ mode = m; $('#dlg-t').textContent = title; $('#dlg-l').textContent = label; $('#dlg-in').value = val; $('#dlg').classList.remove('hidden'); $('#dlg-in').select(); }
$('#ren').onclick = function(){ if (need()) dialog('rename', 'Rename', 'New name', sel.dataset.name); };
$('#mk').onclick = function(){ dialog('mkdir', 'New folder', 'Folder name', 'Untitled folder'); };
$('#dlg-ok').onclick = function(){ var v = $('#dlg-in').value.trim();
  if (mode === 'rename') { rec('rename', {from: path(sel), to: v}); sel.dataset.name = v; sel.querySelector('.nm').textContent = v; $('#msg').textContent = 'Renamed to ' + v + '.'; }
  else { var parent = sel && sel.dataset.kind === 'folder' ? path(sel) : (sel ? path(sel).split('/').slice(0, -1).join('/') : ''); rec('mkdir', {parent: parent, name: v}); $('#msg').textContent = 'Folder ' + v + ' created in ' + (parent || 'My drive') + '.'; }
  $('#dlg').classList.add('hidden'); };
$('#dlg-no').onclick = $('#dlg-x').onclick = function(){ $('#dlg').classList.add('hidden'); rec('dialog-cancel', {mode: mode}); };
$('#dl').onclick = function(){ if (need()) { rec('download', {path: path(sel)}); $('#msg').textContent = 'Downloading ' + sel.dataset.name + '…'; } };
$('#sh').onclick = function(){ if (need()) { rec('share', {path: path(sel)}); $('#msg').textContent = 'Link copied: https://drv.example/s/' + sel.id + 'k' + sel.dataset.name.length; } };
$('#del').onclick = function(){ if (need()) { $('#cf-s').textContent = sel.dataset.name + ' will be moved to the trash.'; $('#cf').classList.remove('hidden'); } };
$('#cf-ok').onclick = function(){ rec('trash', {path: path(sel)}); sel.remove(); sel = null; $('#cf').classList.add('hidden'); $('#msg').textContent = 'Moved to trash.'; };
$('#cf-no').onclick = function(){ $('#cf').classList.add('hidden'); rec('trash-cancelled', {}); };
`;

export default {
  name: 'files',
  title: 'Driveline',
  pages: { '/': doc({ title: 'My drive · Driveline', css, body, script }) },
};

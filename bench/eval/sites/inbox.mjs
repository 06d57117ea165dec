// Swiftmail: an inbox of message rows (divs) with hover-only icon actions, a reading
// pane, a compose dialog, a delete confirmation and an undo toast.
import { doc, esc } from './common.mjs';

export const MAILS = [
  { id: 'm1', from: 'Priya Raman', addr: 'priya@northwind.example', subject: 'Offsite agenda (draft 2)', snippet: 'Here is the updated agenda for the Lisbon offsite…', time: '09:42', unread: true,
    body: 'Hi all, here is the updated agenda for the Lisbon offsite. We start Tuesday at 10:00 in the Alfama room. Please send talk proposals by 18 April.' },
  { id: 'm2', from: 'GitHub', addr: 'noreply@github.example', subject: '[infra] Pull request #482 merged', snippet: 'deploy: pin chromium to 156…', time: '09:10', unread: true,
    body: 'Pull request #482 "deploy: pin chromium to 156" was merged into main by ktanaka.' },
  { id: 'm3', from: 'Dealzone', addr: 'offers@dealzone.example', subject: 'Last chance: 40% off headphones', snippet: 'Our spring sale ends tonight…', time: '08:55', unread: false,
    body: 'Our spring sale ends tonight at midnight. Use code SPRING40.' },
  { id: 'm4', from: 'Ben Okafor', addr: 'ben.okafor@northwind.example', subject: 'Re: Q2 budget', snippet: 'I moved the contractor line to June…', time: 'Yesterday', unread: false,
    body: 'I moved the contractor line to June, the new total for Q2 is $184,500. Can you approve by Friday?' },
  { id: 'm5', from: 'Carla Mendes', addr: 'carla@mendes.example', subject: 'Photos from the weekend', snippet: 'Finally uploaded them, link inside…', time: 'Yesterday', unread: true,
    body: 'Finally uploaded them! The album password is heron-42.' },
  { id: 'm6', from: 'HR Team', addr: 'hr@northwind.example', subject: 'Benefits enrollment closes soon', snippet: 'Reminder: choose your plan before…', time: 'Mon', unread: false,
    body: 'Reminder: choose your health plan before 30 April. After that the default plan (Silver) applies.' },
  { id: 'm7', from: 'Ben Okafor', addr: 'ben.okafor@northwind.example', subject: 'Lunch?', snippet: 'Tacos at 12:30?', time: 'Mon', unread: false,
    body: 'Tacos at 12:30? The new place on Fifth.' },
  { id: 'm8', from: 'Skyhop', addr: 'trips@skyhop.example', subject: 'Your booking SK7Q2M is confirmed', snippet: 'Lisbon → Berlin, 21 April…', time: 'Sun', unread: false,
    body: 'Booking SK7Q2M: Lisbon (LIS) to Berlin (BER), 21 April, departs 07:25, seat 14C.' },
  { id: 'm9', from: 'Northwind IT', addr: 'it@northwind.example', subject: 'Password expires in 5 days', snippet: 'Change it from the portal…', time: 'Sat', unread: true,
    body: 'Your password expires in 5 days. Change it from the self-service portal.' },
];

const css = `.app{display:grid;grid-template-columns:190px 1fr 1fr;height:100vh}
aside{background:#eef1f6;padding:14px}aside .folder{display:block;padding:7px 10px;border-radius:6px;color:#1d2330;text-decoration:none}aside .folder.on{background:#dfe6f7;font-weight:600}
.list{border-right:1px solid #e2e5ea;overflow:auto;background:#fff}.msg-row{display:grid;grid-template-columns:20px 1fr auto;gap:8px;padding:10px 12px;border-bottom:1px solid #eef0f3;cursor:pointer;position:relative}
.msg-row.unread .sender,.msg-row.unread .subj{font-weight:700}.msg-row .snip{color:#6b7383;font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.msg-row .tools{position:absolute;right:8px;top:8px;background:#fff;display:none}.msg-row:hover .tools{display:block}.msg-row:hover .time{visibility:hidden}
.pane{padding:18px;background:#fff}.star{color:#c6cbd4;border:0;background:none;cursor:pointer;font-size:16px}.star[aria-pressed=true]{color:#e6a800}
.compose label{display:block;margin:8px 0 2px;font-size:12px;color:#5b6474}.compose input,.compose textarea{width:100%;padding:6px 8px;border:1px solid #c9ced8;border-radius:6px;font:inherit}`;

const rows = MAILS.map((m) => `<div class="msg-row${m.unread ? ' unread' : ''}" data-id="${m.id}">
<button class="star" aria-label="Star" aria-pressed="false">★</button>
<div><div class="sender">${esc(m.from)}</div><div class="subj">${esc(m.subject)}</div><div class="snip">${esc(m.snippet)}</div></div>
<div class="time">${m.time}</div>
<div class="tools"><button class="icon-btn" aria-label="Archive" data-a="archive">🗄</button><button class="icon-btn" title="${m.unread ? 'Mark as read' : 'Mark as unread'}" data-a="read">✉</button><button class="icon-btn" aria-label="Delete" data-a="delete">🗑</button></div></div>`).join('\n');

const body = `<div class="app"><aside><button class="btn btn-primary" id="compose-btn" style="width:100%;margin-bottom:12px">✎ Compose</button>
<a class="folder on" href="#inbox">Inbox <span id="count">${MAILS.filter((m) => m.unread).length}</span></a><a class="folder" href="#starred">Starred</a><a class="folder" href="#sent">Sent</a><a class="folder" href="#archive">Archive</a></aside>
<div class="list" role="list" aria-label="Messages">${rows}</div>
<div class="pane" id="pane"><p style="color:#8a92a1">Select a conversation to read it.</p></div></div>
<div class="overlay hidden" id="cmp"><div class="modal compose" role="dialog" aria-modal="true" aria-label="New message"><button class="icon-btn x" aria-label="Discard draft" id="cmp-x">×</button>
<h2 style="margin-top:0">New message</h2><label for="to">To</label><input id="to" placeholder="Recipients"><label for="cc">Cc</label><input id="cc">
<label for="sub">Subject</label><input id="sub"><label for="bd">Message</label><textarea id="bd" rows="6"></textarea><p><button class="btn btn-primary" id="send">Send</button></p></div></div>
<div class="overlay hidden" id="del"><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="del-t"><h2 id="del-t">Delete this conversation?</h2><p id="del-s"></p>
<button class="btn" id="del-no">Cancel</button> <button class="btn btn-primary" id="del-ok">Delete</button></div></div>
<div class="toast hidden" id="toast" role="status"><span id="toast-t"></span> <button class="btn" id="undo" style="margin-left:8px">Undo</button></div>`;

const script = `
var MAILS = ${JSON.stringify(MAILS)};
var $ = function(s){ return document.querySelector(s); };
var byId = function(id){ return MAILS.filter(function(m){ return m.id === id; })[0]; };
var last = null;
function toast(t, undo){ $('#toast-t').textContent = t; $('#undo').classList.toggle('hidden', !undo); $('#toast').classList.remove('hidden'); clearTimeout(window._t); window._t = setTimeout(function(){ $('#toast').classList.add('hidden'); }, 8000); }
function count(){ $('#count').textContent = document.querySelectorAll('.msg-row.unread').length; }
document.querySelector('.list').addEventListener('click', function(e){
  var r = e.target.closest('.msg-row'); if (!r) return; var m = byId(r.dataset.id);
  var star = e.target.closest('.star');
  if (star) { var on = star.getAttribute('aria-pressed') !== 'true'; star.setAttribute('aria-pressed', on); star.setAttribute('aria-label', on ? 'Unstar' : 'Star'); rec('star', {id: m.id, on: on}); return; }
  var b = e.target.closest('[data-a]');
  if (b) { var a = b.dataset.a;
    if (a === 'archive') { rec('archive', {id: m.id}); r.remove(); last = {row: r, m: m}; toast('Conversation archived.', true); count(); }
    if (a === 'read') { var unread = !r.classList.contains('unread'); r.classList.toggle('unread', unread); b.title = unread ? 'Mark as read' : 'Mark as unread'; rec('read', {id: m.id, unread: unread}); count(); }
    if (a === 'delete') { last = {row: r, m: m}; $('#del-s').textContent = '"' + m.subject + '" from ' + m.from + ' will be moved to Trash.'; $('#del').classList.remove('hidden'); }
    return; }
  r.classList.remove('unread'); count(); rec('open', {id: m.id});
  $('#pane').innerHTML = '<h2></h2><div class="meta"></div><p class="body"></p><p><button class="btn" id="reply">Reply</button> <button class="btn" id="fwd">Forward</button></p>';
  $('#pane h2').textContent = m.subject; $('#pane .meta').textContent = m.from + ' <' + m.addr + '> · ' + m.time; $('#pane .body').textContent = m.body;
  $('#reply').onclick = function(){ openCompose(m.addr, 'Re: ' + m.subject); };
  $('#fwd').onclick = function(){ openCompose('', 'Fwd: ' + m.subject, '\\n\\n---------- Forwarded message ----------\\n' + m.body); };
});
function openCompose(to, sub, bd){ $('#to').value = to || ''; $('#cc').value = ''; $('#sub').value = sub || ''; $('#bd').value = bd || ''; $('#cmp').classList.remove('hidden'); }
$('#compose-btn').onclick = function(){ openCompose(); };
$('#cmp-x').onclick = function(){ $('#cmp').classList.add('hidden'); rec('discard', {to: $('#to').value, subject: $('#sub').value}); };
$('#send').onclick = function(){ if (!$('#to').value.trim()) { alert('Please specify at least one recipient.'); return; }
  rec('submit', {form: 'mail', data: {to: $('#to').value.trim(), cc: $('#cc').value.trim(), subject: $('#sub').value.trim(), body: $('#bd').value.trim()}});
  $('#cmp').classList.add('hidden'); toast('Message sent.', false); };
$('#del-no').onclick = function(){ $('#del').classList.add('hidden'); rec('delete-cancelled', {id: last.m.id}); };
$('#del-ok').onclick = function(){ $('#del').classList.add('hidden'); rec('delete', {id: last.m.id}); last.row.remove(); toast('Conversation moved to Trash.', true); count(); };
$('#undo').onclick = function(){ if (last) { document.querySelector('.list').insertBefore(last.row, document.querySelector('.list').firstChild); rec('undo', {id: last.m.id}); } $('#toast').classList.add('hidden'); count(); };
`;

export default {
  name: 'inbox',
  title: 'Swiftmail',
  pages: { '/': doc({ title: 'Inbox · Swiftmail', css, body, script }) },
};

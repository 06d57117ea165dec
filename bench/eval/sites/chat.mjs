// Parley: a team chat. Channels in a sidebar, a message list that loads older
// messages with a button at the top, hover actions per message (react, reply, pin),
// and the composer and the emoji picker as custom elements with open shadow roots.
import { doc } from './common.mjs';

const people = ['Ines', 'Kwame', 'Lotte', 'Raj', 'Mia', 'Omar'];
const lines = [
  'Morning all ☀️', 'Standup moved to 10:15 today', 'Who has the keys to room 4?', 'The staging deploy is green', 'Lunch order closes at 11:30',
  'Reminder: expense reports are due Friday', 'I pushed the fix for the login loop', 'Can someone review PR 1288?', 'Coffee machine on floor 2 is broken again',
  'Design review is at 15:00 in the big room', 'Customer call went well, they signed for 40 seats', 'I\'m out tomorrow, Lotte covers support',
  'New wifi password is on the whiteboard', 'Retro notes are in the shared drive', 'Release 2.14 is tagged', 'Fire drill at 14:00, take your laptops',
  'Who wants the last croissant?', 'The printer is out of toner', 'Welcome Mia to the team! 🎉', 'Q3 planning doc is ready for comments',
  'Database migration finished in 12 minutes', 'Friday demo: 3 slots left', 'Parking garage closes at 20:00 this week', 'Thanks for the help with the outage',
];
export const MESSAGES = lines.map((text, i) => ({ id: `c${i + 1}`, who: people[(i * 5) % 6], text, time: `${String(8 + Math.floor((i * 23) / 60)).padStart(2, '0')}:${String((i * 23) % 60).padStart(2, '0')}` }));

const css = `.app{display:grid;grid-template-columns:220px 1fr;height:100vh}.side{background:#2b1d3d;color:#d8cfe6;padding:14px}.side a{display:block;color:#d8cfe6;text-decoration:none;padding:4px 8px;border-radius:5px}.side a.on{background:#54407a;color:#fff}
.main{display:flex;flex-direction:column;height:100vh}.hd{padding:10px 16px;border-bottom:1px solid #e2e5ea;background:#fff}.msgs{flex:1;overflow:auto;background:#fff;padding:8px 16px}
.m{padding:6px 8px;border-radius:6px;position:relative}.m:hover{background:#f6f4fa}.m .who{font-weight:700}.m .tm{color:#8a92a1;font-size:11px;margin-left:6px}.m .acts{position:absolute;right:8px;top:-10px;background:#fff;border:1px solid #ddd;border-radius:6px;display:none}.m:hover .acts{display:block}
.reacts span{display:inline-block;border:1px solid #d7cfe8;border-radius:10px;padding:0 6px;font-size:12px;margin-right:4px}.pinned{background:#fff8e1}`;

const script = `
var ALL = ${JSON.stringify(MESSAGES)};
var shown = 12, pickerFor = null;
var list = document.getElementById('msgs');
function msgEl(m){ var d = document.createElement('div'); d.className = 'm'; d.dataset.id = m.id;
  d.innerHTML = '<span class="who"></span><span class="tm">' + m.time + '</span><div class="tx"></div><div class="reacts"></div><div class="acts"><button class="icon-btn" aria-label="Add reaction" data-a="react">☺</button><button class="icon-btn" aria-label="Reply in thread" data-a="reply">💬</button><button class="icon-btn" title="Pin message" data-a="pin">📌</button></div>';
  d.querySelector('.who').textContent = m.who; d.querySelector('.tx').textContent = m.text; return d; }
function draw(){ list.querySelectorAll('.m').forEach(function(x){ x.remove(); }); ALL.slice(ALL.length - shown).forEach(function(m){ list.appendChild(msgEl(m)); });
  document.getElementById('older').style.display = shown >= ALL.length ? 'none' : ''; rec('state', {name: 'chat', shown: shown}); }
document.getElementById('older').onclick = function(){ var b = this; b.textContent = 'Loading…'; setTimeout(function(){ shown = Math.min(ALL.length, shown + 6); b.textContent = 'Load older messages'; draw(); list.scrollTop = 0; }, 350); };
draw(); list.scrollTop = list.scrollHeight;
list.addEventListener('click', function(e){ var b = e.target.closest('[data-a]'); if (!b) return; var m = b.closest('.m');
  if (b.dataset.a === 'pin') { m.classList.add('pinned'); rec('pin', {id: m.dataset.id}); }
  if (b.dataset.a === 'reply') { rec('thread', {id: m.dataset.id}); document.querySelector('chat-composer').setThread(m.querySelector('.who').textContent); }
  if (b.dataset.a === 'react') { pickerFor = m; var p = document.querySelector('emoji-picker'); p.hidden = false; var r = b.getBoundingClientRect(); p.style.top = (r.bottom + 4) + 'px'; p.style.left = Math.max(230, r.left - 200) + 'px'; } });
customElements.define('emoji-picker', class extends HTMLElement { connectedCallback(){ var r = this.attachShadow({mode: 'open'}); var self = this; this.hidden = true; this.style.position = 'fixed'; this.style.zIndex = 30;
  var E = [['👍', 'thumbs up'], ['❤️', 'heart'], ['😂', 'laughing'], ['🎉', 'party popper'], ['👀', 'eyes'], ['✅', 'check mark']];
  r.innerHTML = '<style>div{background:#fff;border:1px solid #ccc;border-radius:8px;padding:6px;box-shadow:0 4px 14px rgba(0,0,0,.15)}button{font-size:18px;border:0;background:none;cursor:pointer}</style><div role="dialog" aria-label="Pick a reaction">' + E.map(function(e){ return '<button aria-label="' + e[1] + '" title="' + e[1] + '">' + e[0] + '</button>'; }).join('') + '</div>';
  r.querySelectorAll('button').forEach(function(b){ b.onclick = function(){ if (!pickerFor) return; rec('react', {id: pickerFor.dataset.id, emoji: b.getAttribute('aria-label')}); var s = document.createElement('span'); s.textContent = b.textContent + ' 1'; pickerFor.querySelector('.reacts').appendChild(s); self.hidden = true; pickerFor = null; }; }); } });
customElements.define('chat-composer', class extends HTMLElement { connectedCallback(){ var r = this.attachShadow({mode: 'open'}); var self = this; this.thread = null;
  r.innerHTML = '<style>.w{border-top:1px solid #e2e5ea;padding:10px 16px;background:#fff}.box{display:flex;gap:8px;border:1px solid #c9ced8;border-radius:8px;padding:6px}textarea{flex:1;border:0;resize:none;font:inherit;outline:none}button{border:0;background:#54407a;color:#fff;border-radius:6px;padding:6px 12px;cursor:pointer}.th{font-size:12px;color:#54407a;margin-bottom:4px}label{font-size:12px;color:#555}</style>' +
    '<div class="w"><div class="th" hidden></div><div class="box"><textarea rows="2" placeholder="Message #' + this.getAttribute('channel') + '" aria-label="Message"></textarea><button aria-label="Send message">➤</button></div><label><input type="checkbox" class="urgent"> Mark as urgent</label></div>';
  var ta = r.querySelector('textarea');
  function send(){ var t = ta.value.trim(); if (!t) return; rec('submit', {form: 'message', data: {text: t, thread: self.thread, urgent: r.querySelector('.urgent').checked}});
    ALL.push({id: 'c' + (ALL.length + 1), who: 'You', text: t, time: '12:05'}); shown++; draw(); list.scrollTop = list.scrollHeight; ta.value = ''; }
  r.querySelector('button').onclick = send; ta.addEventListener('keydown', function(e){ if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
  this.setThread = function(who){ self.thread = who; var th = r.querySelector('.th'); th.hidden = false; th.textContent = 'Replying in thread to ' + who; }; } });
`;

const body = `<div class="app"><nav class="side"><b style="display:block;margin-bottom:10px;color:#fff">Parley · Northwind</b>
<a href="#" class="on"># general</a><a href="#"># design</a><a href="#"># random</a><div style="margin-top:14px;font-size:12px">Direct messages</div><a href="#">Ines</a><a href="#">Kwame</a></nav>
<div class="main"><div class="hd"><b># general</b> <span style="color:#8a92a1">· 48 members · Company-wide announcements</span></div>
<div class="msgs" id="msgs" role="log" aria-label="Messages"><p style="text-align:center"><button class="btn" id="older">Load older messages</button></p></div>
<chat-composer channel="general"></chat-composer></div></div><emoji-picker></emoji-picker>`;

export default {
  name: 'chat',
  title: 'Parley',
  pages: { '/': doc({ title: '#general · Parley', css, body, script }) },
};

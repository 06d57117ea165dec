// Acme Cloud workspace settings: tabs built from <li role="tab">, switches, a text-size
// slider, a custom stepper, radio cards, a toast after saving, a delete confirmation.
import { doc } from './common.mjs';

const css = `.wrap{max-width:860px;margin:24px auto;background:#fff;border-radius:10px;padding:0 0 20px}
.wrap h1{padding:18px 24px 0;margin:0 0 10px;font-size:20px}
ul.tabs{list-style:none;display:flex;gap:4px;margin:0;padding:0 24px;border-bottom:1px solid #e2e5ea}
ul.tabs li{padding:10px 14px;cursor:pointer;color:#5b6474;border-bottom:2px solid transparent}
ul.tabs li[aria-selected=true]{color:#2f5bea;border-color:#2f5bea;font-weight:600}
.panel{padding:18px 24px}.field{margin-bottom:14px}.field>.lbl{display:block;font-weight:600;font-size:13px;margin-bottom:4px}
.field input[type=text],.field select,.field textarea{width:360px;padding:7px 9px;border:1px solid #c9ced8;border-radius:6px;font:inherit}
.sw{display:flex;align-items:center;justify-content:space-between;width:460px;padding:8px 0;border-bottom:1px solid #f0f1f4}
.switch{width:40px;height:22px;border-radius:11px;border:0;background:#c9ced8;position:relative;cursor:pointer}
.switch::after{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:left .1s}
.switch[aria-checked=true]{background:#2f5bea}.switch[aria-checked=true]::after{left:21px}
.cards{display:flex;gap:10px}.card{border:1px solid #c9ced8;border-radius:8px;padding:12px 18px;cursor:pointer}.card[aria-checked=true]{border-color:#2f5bea;box-shadow:0 0 0 2px #c8d4fb}
.stepper{display:inline-flex;align-items:center;border:1px solid #c9ced8;border-radius:6px}.stepper button{border:0;background:#f3f4f7;width:30px;height:30px;cursor:pointer;font-size:16px}
.stepper output{width:56px;text-align:center}.kv{display:flex;padding:6px 0;border-bottom:1px dashed #eceef2;width:480px}.kv .k{width:180px;color:#5b6474}
.danger{border:1px solid #f1b4b4;border-radius:8px;padding:14px;margin-top:10px}.btn-danger{background:#d93030;color:#fff;border-color:#d93030}`;

const body = `<div class="wrap"><h1>Workspace settings</h1>
<ul class="tabs" role="tablist">
<li role="tab" id="t-profile" aria-selected="true" aria-controls="p-profile">Profile</li>
<li role="tab" id="t-notif" aria-selected="false" aria-controls="p-notif">Notifications</li>
<li role="tab" id="t-look" aria-selected="false" aria-controls="p-look">Appearance</li>
<li role="tab" id="t-bill" aria-selected="false" aria-controls="p-bill">Billing</li>
<li role="tab" id="t-adv" aria-selected="false" aria-controls="p-adv">Advanced</li></ul>

<section class="panel" role="tabpanel" id="p-profile" aria-labelledby="t-profile">
<div class="field"><label class="lbl" for="dn">Display name</label><input type="text" id="dn" value="Robin Avery"></div>
<div class="field"><label class="lbl" for="jt">Job title</label><input type="text" id="jt" value="Platform engineer"></div>
<div class="field"><label class="lbl" for="tz">Time zone</label><select id="tz"><option>UTC</option><option selected>Europe/London</option><option>Europe/Berlin</option><option>America/New_York</option><option>America/Los_Angeles</option><option>Asia/Tokyo</option></select></div>
<div class="field"><label class="lbl" for="lang">Language</label><select id="lang"><option value="en" selected>English</option><option value="de">Deutsch</option><option value="fr">Français</option><option value="es">Español</option><option value="ja">日本語</option></select></div>
<button class="btn btn-primary" data-save="profile">Save changes</button></section>

<section class="panel hidden" role="tabpanel" id="p-notif" aria-labelledby="t-notif">
<div class="sw"><span id="l-digest">Weekly email digest</span><button class="switch" role="switch" aria-checked="true" aria-labelledby="l-digest" data-k="digest"></button></div>
<div class="sw"><span id="l-push">Push notifications on mobile</span><button class="switch" role="switch" aria-checked="false" aria-labelledby="l-push" data-k="push"></button></div>
<div class="sw"><span id="l-mention">Email me when someone mentions me</span><button class="switch" role="switch" aria-checked="true" aria-labelledby="l-mention" data-k="mentions"></button></div>
<div class="sw"><span id="l-news">Product news and offers</span><button class="switch" role="switch" aria-checked="false" aria-labelledby="l-news" data-k="news"></button></div>
<div class="field" style="margin-top:14px"><span class="lbl">Do not disturb</span> from <input type="time" id="dnd-from" aria-label="Do not disturb from" value="22:00"> to <input type="time" id="dnd-to" aria-label="Do not disturb until" value="07:00"></div>
<button class="btn btn-primary" data-save="notifications">Save changes</button></section>

<section class="panel hidden" role="tabpanel" id="p-look" aria-labelledby="t-look">
<div class="field"><span class="lbl">Theme</span><div class="cards" role="radiogroup" aria-label="Theme">
<div class="card" role="radio" tabindex="0" aria-checked="true" data-v="light">☀️ Light</div><div class="card" role="radio" tabindex="-1" aria-checked="false" data-v="dark">🌙 Dark</div><div class="card" role="radio" tabindex="-1" aria-checked="false" data-v="system">🖥️ Match system</div></div></div>
<div class="field"><label class="lbl" for="fs">Text size</label><input type="range" id="fs" min="12" max="24" step="1" value="14"> <span id="fs-v">14 px</span></div>
<div class="field"><span class="lbl" id="l-sb">Sidebar width</span><div class="stepper" role="group" aria-labelledby="l-sb"><button aria-label="Narrower" data-d="-20">−</button><output id="sbw">240</output><button aria-label="Wider" data-d="20">+</button></div> px</div>
<div class="field"><label class="lbl" for="dens">Density</label><select id="dens"><option>Comfortable</option><option selected>Default</option><option>Compact</option></select></div>
<button class="btn btn-primary" data-save="appearance">Save changes</button></section>

<section class="panel hidden" role="tabpanel" id="p-bill" aria-labelledby="t-bill">
<div class="kv"><span class="k">Plan</span><span class="v">Team (annual)</span></div>
<div class="kv"><span class="k">Seats</span><span class="v">12 of 15 in use</span></div>
<div class="kv"><span class="k">Renews on</span><span class="v">1 February 2027</span></div>
<div class="kv"><span class="k">Payment method</span><span class="v">Visa ending in 4242</span></div>
<div class="kv"><span class="k">Billing contact</span><span class="v">finance@acme.example</span></div>
<p><button class="btn" id="add-seats">Add seats</button> <button class="btn" id="inv">Download last invoice</button></p></section>

<section class="panel hidden" role="tabpanel" id="p-adv" aria-labelledby="t-adv">
<div class="kv"><span class="k">Workspace ID</span><span class="v">ws_8QK2-71ZD</span></div>
<div class="kv"><span class="k">Region</span><span class="v">eu-west-2 (London)</span></div>
<p><button class="btn" id="export">Export all data</button></p>
<div class="danger"><b>Delete workspace</b><p>This removes every project of <code>acme-prod</code>. It cannot be undone.</p><button class="btn btn-danger" id="del">Delete workspace…</button></div></section></div>

<div class="overlay hidden" id="confirm"><div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="ct"><button class="icon-btn x" aria-label="Close" id="c-x">×</button>
<h2 id="ct">Delete workspace?</h2><p>Type <b>acme-prod</b> to confirm.</p><input type="text" id="c-name" aria-label="Workspace name"><p>
<button class="btn" id="c-cancel">Keep workspace</button> <button class="btn btn-danger" id="c-ok">Delete forever</button></p><p id="c-err" style="color:#d93030"></p></div></div>
<div class="overlay hidden" id="seats"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="st"><button class="icon-btn x" aria-label="Close" id="s-x">×</button>
<h2 id="st">Add seats</h2><label>How many extra seats? <input type="number" id="s-n" min="1" max="50" value="1"></label><p>$9 per seat per month.</p><button class="btn btn-primary" id="s-ok">Add to plan</button></div></div>
<div class="toast hidden" id="toast" role="status"></div>`;

const script = `
var $ = function(s){ return document.querySelector(s); };
document.querySelectorAll('[role=tab]').forEach(function(t){ t.onclick = function(){
  document.querySelectorAll('[role=tab]').forEach(function(o){ o.setAttribute('aria-selected', o === t ? 'true' : 'false'); document.getElementById(o.getAttribute('aria-controls')).classList.toggle('hidden', o !== t); });
  rec('tab', {tab: t.textContent.trim()});
};});
document.querySelectorAll('.switch').forEach(function(s){ s.onclick = function(){ s.setAttribute('aria-checked', s.getAttribute('aria-checked') === 'true' ? 'false' : 'true'); }; });
document.querySelectorAll('[role=radio]').forEach(function(c){ c.onclick = function(){ document.querySelectorAll('[role=radio]').forEach(function(o){ o.setAttribute('aria-checked', o === c ? 'true' : 'false'); }); }; });
$('#fs').oninput = function(){ $('#fs-v').textContent = this.value + ' px'; };
document.querySelectorAll('.stepper button').forEach(function(b){ b.onclick = function(){ var v = +$('#sbw').textContent + (+b.dataset.d); $('#sbw').textContent = Math.max(160, Math.min(400, v)); }; });
function toast(msg){ var t = $('#toast'); t.textContent = msg; t.classList.remove('hidden'); clearTimeout(window._tt); window._tt = setTimeout(function(){ t.classList.add('hidden'); }, 6000); }
var sw = function(k){ return document.querySelector('[data-k=' + k + ']').getAttribute('aria-checked') === 'true'; };
document.querySelectorAll('[data-save]').forEach(function(b){ b.onclick = function(){
  var w = b.dataset.save, d;
  if (w === 'profile') d = {name: $('#dn').value, title: $('#jt').value, timezone: $('#tz').value, language: $('#lang').value};
  if (w === 'notifications') d = {digest: sw('digest'), push: sw('push'), mentions: sw('mentions'), news: sw('news'), dndFrom: $('#dnd-from').value, dndTo: $('#dnd-to').value};
  if (w === 'appearance') d = {theme: document.querySelector('[role=radio][aria-checked=true]').dataset.v, textSize: +$('#fs').value, sidebar: +$('#sbw').textContent, density: $('#dens').value};
  rec('submit', {form: w, data: d});
  toast(w === 'profile' ? 'Profile saved.' : w === 'notifications' ? 'Notification preferences updated (' + [d.digest, d.push, d.mentions, d.news].filter(Boolean).length + ' of 4 on).' : 'Appearance saved. Reload to see every change.');
};});
$('#export').onclick = function(){ rec('export', {}); toast('Export started. We will email a download link to robin@acme.example within 15 minutes.'); };
$('#del').onclick = function(){ $('#confirm').classList.remove('hidden'); $('#c-name').value=''; };
function closeC(how){ $('#confirm').classList.add('hidden'); rec('delete-dialog', {closed: how}); }
$('#c-x').onclick = function(){ closeC('x'); }; $('#c-cancel').onclick = function(){ closeC('cancel'); };
$('#c-ok').onclick = function(){ if ($('#c-name').value.trim() !== 'acme-prod') { $('#c-err').textContent = 'The name does not match.'; return; } rec('delete-workspace', {name: 'acme-prod'}); $('#confirm').classList.add('hidden'); toast('Workspace scheduled for deletion.'); };
$('#add-seats').onclick = function(){ $('#seats').classList.remove('hidden'); };
$('#s-x').onclick = function(){ $('#seats').classList.add('hidden'); rec('seats-dialog', {closed: 'x'}); };
$('#s-ok').onclick = function(){ rec('add-seats', {count: +$('#s-n').value}); $('#seats').classList.add('hidden'); toast('Added ' + $('#s-n').value + ' seats. New total: ' + (15 + +$('#s-n').value) + '.'); };
$('#inv').onclick = function(){ rec('invoice', {}); toast('Invoice INV-2026-0117 downloaded.'); };
document.addEventListener('keydown', function(e){ if (e.key === 'Escape') { if (!$('#confirm').classList.contains('hidden')) closeC('escape'); if (!$('#seats').classList.contains('hidden')) { $('#seats').classList.add('hidden'); rec('seats-dialog', {closed: 'escape'}); } } });
`;

export default {
  name: 'settings',
  title: 'Acme Cloud',
  pages: { '/': doc({ title: 'Settings · Acme Cloud', css, body, script }) },
};

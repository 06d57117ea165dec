// Voltbox broadband: a support widget that lives in an open shadow root (launcher,
// its own tabs, a custom topic dropdown, a bot reply, a problem-report form, a
// service status list), bills as shadow-DOM cards with a pay confirm inside the
// shadow root, preference switches in shadow rows, plan switching and account
// closing dialogs, and two plain forms (moving home, call back).
import { doc } from '../../eval/sites/common.mjs';

const css = `
header{background:#5b21b6;color:#fff;padding:12px 24px;display:flex;gap:18px;align-items:center} header a{color:#e9d5ff;text-decoration:none} main{padding:18px 24px;max-width:960px}
.plans{display:flex;gap:12px} .plan{background:#fff;border-radius:10px;padding:14px;flex:1} label.f{display:block;margin:8px 0} label.f input,label.f select,label.f textarea{display:block;width:100%;padding:6px}
`;
const nav = '<header><b>voltbox</b><a href="/">Home</a><a href="/plans">Plans</a><a href="/account">My account</a><a href="/settings">Settings</a><a href="/move">Moving home</a><a href="/callback">Call me back</a></header>';

const WIDGET = `
customElements.define('support-widget',class extends HTMLElement{connectedCallback(){var r=this.attachShadow({mode:'open'});
r.innerHTML='<style>.launch{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;background:#5b21b6;color:#fff;border:0;font-size:24px;cursor:pointer;z-index:40}'+
'.panel{position:fixed;right:20px;bottom:86px;width:340px;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);font:14px system-ui;z-index:40}.hidden{display:none}'+
'.tabs{display:flex;border-bottom:1px solid #ddd}.tabs button{flex:1;border:0;background:none;padding:10px;cursor:pointer}.tabs button[aria-selected=true]{border-bottom:3px solid #5b21b6;font-weight:600}'+
'.body{padding:12px}.dd{position:relative}.dd ul{position:absolute;left:0;right:0;background:#fff;border:1px solid #aaa;list-style:none;margin:0;padding:0;z-index:3}.dd li{padding:6px 10px;cursor:pointer}.dd li:hover{background:#f3e8ff}'+
'textarea,input[type=text]{width:100%;box-sizing:border-box;padding:6px}label{display:block;margin:6px 0}.msg{background:#f3e8ff;border-radius:8px;padding:8px;margin:6px 0}.st{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}</style>'+
'<button class="launch" aria-label="Open support chat" title="Help">💬</button><div class="panel hidden" role="dialog" aria-label="Voltbox support">'+
'<div class="tabs" role="tablist"><button role="tab" aria-selected="true" data-p="chat">Chat</button><button role="tab" aria-selected="false" data-p="report">Report a problem</button><button role="tab" aria-selected="false" data-p="status">Service status</button></div>'+
'<div class="body" data-panel="chat"><div class="dd"><button type="button" class="topic" aria-haspopup="listbox">Choose a topic ▾</button><ul role="listbox" class="hidden">'+['Billing','Outage','Moving home','Router and Wi-Fi','Something else'].map(function(t){return '<li role="option">'+t+'</li>'}).join('')+'</ul></div>'+
'<div class="log"></div><textarea rows="3" placeholder="Type your message" aria-label="Message"></textarea><button type="button" class="send">Send</button></div>'+
'<div class="body hidden" data-panel="report"><label>Account number<input type="text" name="account" placeholder="VB-000000"></label><p>What is wrong?</p>'+
['No connection','Slow speeds','Wi-Fi drops','TV not working'].map(function(t,i){return '<label><input type="radio" name="ptype" value="'+t+'"'+(i?'':' checked')+'> '+t+'</label>'}).join('')+
'<label>Describe the problem<textarea rows="3" name="desc"></textarea></label><label>Contact me by <select name="contact"><option>Email</option><option>Phone</option><option>SMS</option></select></label><button type="button" class="rsend">Send report</button><p class="rok"></p></div>'+
'<div class="body hidden" data-panel="status">'+[['Broadband','Operational'],['TV','Major outage in Leeds since 07:40'],['Email','Degraded performance: delays of up to 30 minutes'],['Mobile','Operational'],['Landline','Operational']].map(function(s){return '<div class="st"><span>'+s[0]+'</span><span>'+s[1]+'</span></div>'}).join('')+'</div></div>';
var $=function(s){return r.querySelector(s)},topic=null;
$('.launch').onclick=function(){$('.panel').classList.toggle('hidden')};
r.querySelectorAll('[role=tab]').forEach(function(t){t.onclick=function(){r.querySelectorAll('[role=tab]').forEach(function(o){o.setAttribute('aria-selected',o===t)});r.querySelectorAll('[data-panel]').forEach(function(p){p.classList.toggle('hidden',p.dataset.panel!==t.dataset.p)})}});
$('.topic').onclick=function(){$('.dd ul').classList.toggle('hidden')};
r.querySelectorAll('.dd li').forEach(function(li){li.onclick=function(){topic=li.textContent;$('.topic').textContent=topic+' ▾';$('.dd ul').classList.add('hidden')}});
var REPLY={'Billing':'Your November bill included the annual price change of £3.50 a month. You can see every bill under My account.','Outage':'We know about an outage affecting postcode areas M14 and M15. Engineers expect to fix it by 18:00 today.','Moving home':'Tell us your move date at least 14 days ahead on the Moving home page.','Router and Wi-Fi':'Try restarting your router: unplug it for 30 seconds.','Something else':'An agent will reply within 2 hours.'};
$('.send').onclick=function(){var t=$('[data-panel=chat] textarea').value.trim();if(!t)return;if(!topic){$('.log').innerHTML+='<div class="msg">Please choose a topic first.</div>';return}
 rec('chat',{topic:topic,text:t});$('.log').innerHTML+='<div class="msg" style="background:#eee">You: '+t.replace(/</g,'&lt;')+'</div><div class="msg">Volt bot: '+REPLY[topic]+'</div>';$('[data-panel=chat] textarea').value=''};
$('.rsend').onclick=function(){var a=$('[name=account]').value.trim();if(!a){$('.rok').textContent='Please enter your account number.';return}
 rec('submit',{form:'ticket',data:{account:a,type:$('[name=ptype]:checked').value,desc:$('[name=desc]').value,contact:$('[name=contact]').value}});$('.rok').textContent='Thanks, ticket T-88213 was created.'};
}});`;
const withWidget = (title, body, script = '') => doc({ title, css, body: `${body}<support-widget></support-widget>`, script: WIDGET + script });

const home = withWidget('Voltbox · Broadband that just works', `${nav}<main><h1>Broadband that just works</h1><p>Fibre up to 900 Mbps, no price rises mid-contract. Need help? Use the chat button at the bottom right.</p></main>`);

const PLANS = [['Fibre 150', '150 Mbps', '30 Mbps', '£26'], ['Fibre 500', '500 Mbps', '75 Mbps', '£34'], ['Fibre 900', '900 Mbps', '110 Mbps', '£45']];
const plans = withWidget('Plans · Voltbox', `${nav}<main><h1>Plans</h1><p>Your current plan: <b>Fibre 150</b></p><div class="plans">${PLANS.map((p) => `<div class="plan"><h3>${p[0]}</h3><p>Download ${p[1]}<br>Upload ${p[2]}</p><p><b>${p[3]}</b> / month</p>${p[0] === 'Fibre 150' ? '<span>Current plan</span>' : `<button class="btn btn-primary sw" data-plan="${p[0]}">Switch to ${p[0]}</button>`}</div>`).join('')}</div>
<div id="dlg" class="overlay hidden"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="dT"><h2 id="dT"></h2><p>Contract length</p><label><input type="radio" name="m" value="12"> 12 months</label><br><label><input type="radio" name="m" value="24" checked> 24 months (save £3 a month)</label>
<p><label><input type="checkbox" id="eng"> Book an engineer visit (£0)</label></p><p><button class="btn" id="dn">Cancel</button> <button class="btn btn-primary" id="dy">Confirm switch</button></p></div></div><div id="toast" class="toast hidden"></div></main>`,
`var plan=null;document.querySelectorAll('.sw').forEach(function(b){b.onclick=function(){plan=b.dataset.plan;document.getElementById('dT').textContent='Switch to '+plan+'?';document.getElementById('dlg').classList.remove('hidden')}});
document.getElementById('dn').onclick=function(){document.getElementById('dlg').classList.add('hidden')};
document.getElementById('dy').onclick=function(){rec('switch',{plan:plan,months:document.querySelector('input[name=m]:checked').value,engineer:document.getElementById('eng').checked});document.getElementById('dlg').classList.add('hidden');var t=document.getElementById('toast');t.textContent='Plan change requested';t.classList.remove('hidden')};`);

const BILLS = [['2026-11', 'November 2026', '£29.50', 'Due 5 December'], ['2026-10', 'October 2026', '£26.00', 'Overdue'], ['2026-09', 'September 2026', '£31.20', 'Paid on 4 October'], ['2026-08', 'August 2026', '£26.00', 'Paid on 5 September']];
const account = withWidget('My account · Voltbox', `${nav}<main><h1>My account</h1><p>Account VB-220931 · Fibre 150</p><h2>Bills</h2><div id="bills">${BILLS.map((b) => `<bill-card bill="${b[0]}" month="${b[1]}" amount="${b[2]}" status="${b[3]}"></bill-card>`).join('')}</div>
<h2>Danger zone</h2><button class="btn" id="close">Close my account</button>
<div id="dlg" class="overlay hidden"><div class="modal" role="dialog" aria-modal="true"><h2>Close your account?</h2><p><label>Why are you leaving? <select id="why"><option value="">Choose…</option><option>Moving abroad</option><option>Too expensive</option><option>Slow speeds</option><option>Switching provider</option></select></label></p>
<p>Type <b>CLOSE</b> to confirm <input id="conf"></p><p id="err" style="color:#b00"></p><button class="btn" id="dn">Keep my account</button> <button class="btn btn-primary" id="dy">Close account</button></div></div><div id="toast" class="toast hidden"></div></main>`,
`customElements.define('bill-card',class extends HTMLElement{connectedCallback(){var r=this.attachShadow({mode:'open'}),a=this.getAttribute.bind(this),due=!/^Paid/.test(a('status'));
 r.innerHTML='<style>.b{background:#fff;border-radius:8px;padding:10px 14px;margin:8px 0;display:flex;justify-content:space-between;align-items:center;font:14px system-ui}.ov{color:#b00;font-weight:600}.c{display:none;background:#faf5ff;padding:8px;border-radius:6px;margin-top:6px}.c.on{display:block}</style>'+
 '<div><div class="b"><span><b>'+a('month')+'</b> · '+a('amount')+' · <span class="'+(a('status')==='Overdue'?'ov':'')+'">'+a('status')+'</span></span><span><button class="pdf" title="Download PDF">⤓</button> '+(due?'<button class="pay">Pay now</button>':'')+'</span></div>'+
 '<div class="c" role="dialog" aria-label="Confirm payment">Pay '+a('amount')+' with Visa ending 4421? <button class="no">Cancel</button> <button class="yes">Pay '+a('amount')+'</button></div></div>';
 var c=r.querySelector('.c'),self=this;if(due){r.querySelector('.pay').onclick=function(){c.classList.add('on')};r.querySelector('.no').onclick=function(){c.classList.remove('on')};
 r.querySelector('.yes').onclick=function(){rec('pay',{bill:a('bill')});c.textContent='Paid, thank you.'}}
 r.querySelector('.pdf').onclick=function(){rec('pdf',{bill:a('bill')})}}});
document.getElementById('close').onclick=function(){document.getElementById('dlg').classList.remove('hidden')};document.getElementById('dn').onclick=function(){document.getElementById('dlg').classList.add('hidden')};
document.getElementById('dy').onclick=function(){var w=document.getElementById('why').value,c=document.getElementById('conf').value.trim();if(!w||c!=='CLOSE'){document.getElementById('err').textContent='Choose a reason and type CLOSE.';return}
 rec('close',{reason:w});document.getElementById('dlg').classList.add('hidden');var t=document.getElementById('toast');t.textContent='Your account will close at the end of the billing month.';t.classList.remove('hidden')};`);

const PREFS = [['paperless', 'Paperless billing', false], ['marketingEmail', 'Offers by email', true], ['marketingSms', 'Offers by text message', true], ['outageSms', 'Outage alerts by text', false]];
const settings = withWidget('Settings · Voltbox', `${nav}<main><h1>Communication settings</h1>${PREFS.map((p) => `<pref-row key="${p[0]}" label="${p[1]}" ${p[2] ? 'on' : ''}></pref-row>`).join('')}</main>`,
`var P=${JSON.stringify(Object.fromEntries(PREFS.map((p) => [p[0], p[2]])))};
customElements.define('pref-row',class extends HTMLElement{connectedCallback(){var r=this.attachShadow({mode:'open'}),k=this.getAttribute('key');
 r.innerHTML='<style>.r{display:flex;justify-content:space-between;background:#fff;padding:12px;margin:6px 0;border-radius:8px;font:14px system-ui}.s{width:40px;height:22px;border-radius:11px;background:#ccc;position:relative;cursor:pointer}.s[aria-checked=true]{background:#5b21b6}.s::after{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}.s[aria-checked=true]::after{left:21px}</style>'+
 '<div class="r"><span id="l">'+this.getAttribute('label')+'</span><span class="s" role="switch" tabindex="0" aria-labelledby="l" aria-checked="'+P[k]+'"></span></div>';
 var s=r.querySelector('.s');s.onclick=function(){P[k]=!P[k];s.setAttribute('aria-checked',P[k]);rec('state',Object.assign({name:'prefs'},P))}}});`);

const move = doc({
  title: 'Moving home · Voltbox', css,
  body: `${nav}<main><h1>Moving home</h1><form method="post" action="/submit/move" style="background:#fff;padding:16px;border-radius:8px;max-width:560px">
<label class="f">Account number<input name="account"></label><label class="f">New address, first line<input name="address"></label><label class="f">Postcode<input name="postcode"></label>
<label class="f">Moving date<input type="date" name="date"></label><p>Your plan at the new home</p><label><input type="radio" name="plan" value="same" checked> Keep my current plan</label><br><label><input type="radio" name="plan" value="review"> Call me to review my options</label>
<p><label><input type="checkbox" name="router" value="yes"> Send a new router</label></p><button class="btn btn-primary">Tell us about your move</button></form></main>`,
});
const callback = doc({
  title: 'Call me back · Voltbox', css,
  body: `${nav}<main><h1>Request a call back</h1><form method="post" action="/submit/callback" style="background:#fff;padding:16px;border-radius:8px;max-width:520px">
<label class="f">Your name<input name="name"></label><label class="f">Phone number<input name="phone" type="tel"></label>
<label class="f">Best time to call<select name="slot"><option value="">Any time</option><option>Morning (8–12)</option><option>Afternoon (12–17)</option><option>Evening (17–20)</option></select></label>
<label class="f">What is it about?<select name="reason"><option>New customer</option><option>Billing</option><option>Technical problem</option><option>Leaving Voltbox</option></select></label>
<label class="f">Anything we should know?<textarea name="notes" rows="3"></textarea></label><button class="btn btn-primary">Request call</button></form></main>`,
});

export default {
  name: 'support', title: 'Voltbox',
  pages: { '/': home, '/plans': plans, '/account': account, '/settings': settings, '/move': move, '/callback': callback },
  thanks: (form) => `<h1>Thanks</h1><p>${form === 'move' ? 'We will confirm your move by email.' : 'We will call you back.'}</p>`,
};

// Pipeline CRM: a single-page app routed with history.pushState (/app/contacts,
// /app/contacts/:id, /app/deals, /app/deals/:id, /app/tasks); every /app/* path
// serves the same shell. Contacts and deals are div-based grids (role=grid).
import { doc } from './common.mjs';

export const CONTACTS = [
  { id: 'c101', name: 'Amelia Hart', company: 'Brightwave Energy', title: 'Head of Procurement', phone: '+44 20 7946 0321', email: 'amelia.hart@brightwave.example', owner: 'Sam', stage: 'Customer' },
  { id: 'c102', name: 'Diego Navarro', company: 'Lumen Health', title: 'CTO', phone: '+34 91 555 0142', email: 'diego@lumen.example', owner: 'Priya', stage: 'Lead' },
  { id: 'c103', name: 'Grace Kim', company: 'Foxglove Foods', title: 'Operations Director', phone: '+1 415 555 0198', email: 'grace.kim@foxglove.example', owner: 'Sam', stage: 'Opportunity' },
  { id: 'c104', name: 'Henrik Larsen', company: 'Nordlys Shipping', title: 'CFO', phone: '+45 33 55 0177', email: 'h.larsen@nordlys.example', owner: 'Jo', stage: 'Customer' },
  { id: 'c105', name: 'Aisha Bello', company: 'Kora Fintech', title: 'VP Engineering', phone: '+234 1 555 0110', email: 'aisha@kora.example', owner: 'Priya', stage: 'Opportunity' },
  { id: 'c106', name: 'Victor Chen', company: 'Brightwave Energy', title: 'IT Manager', phone: '+44 20 7946 0388', email: 'victor.chen@brightwave.example', owner: 'Jo', stage: 'Lead' },
];
export const DEALS = [
  { id: 'd201', name: 'Brightwave fleet renewal', contact: 'c101', amount: 48000, stage: 'Negotiation', close: '2026-04-30', prob: 70 },
  { id: 'd202', name: 'Lumen pilot', contact: 'c102', amount: 12500, stage: 'Qualification', close: '2026-05-15', prob: 20 },
  { id: 'd203', name: 'Foxglove warehouse rollout', contact: 'c103', amount: 96000, stage: 'Proposal', close: '2026-06-01', prob: 45 },
  { id: 'd204', name: 'Nordlys expansion', contact: 'c104', amount: 31000, stage: 'Closed won', close: '2026-02-20', prob: 100 },
  { id: 'd205', name: 'Kora API bundle', contact: 'c105', amount: 22750, stage: 'Proposal', close: '2026-05-05', prob: 50 },
  { id: 'd206', name: 'Brightwave IT add-on', contact: 'c106', amount: 7800, stage: 'Qualification', close: '2026-07-10', prob: 15 },
];

const css = `.app{display:grid;grid-template-columns:200px 1fr;min-height:100vh}.nav{background:#10223f;padding:16px}.nav a{display:block;color:#b9c6de;padding:7px 10px;text-decoration:none;border-radius:6px}.nav a.on{background:#22406f;color:#fff}
.view{padding:20px 28px}.grid{background:#fff;border-radius:8px;overflow:hidden}.gr{display:grid;grid-template-columns:1.3fr 1.3fr 1fr 0.8fr 0.8fr;padding:9px 12px;border-bottom:1px solid #eef0f3}.gr.h{font-size:12px;color:#6b7383;text-transform:uppercase;background:#fafbfc}
.gr a{color:#2f5bea;text-decoration:none}.card{background:#fff;border-radius:8px;padding:16px 20px;max-width:640px}.kv{display:flex;padding:6px 0;border-bottom:1px dashed #eceef2}.kv .k{width:160px;color:#6b7383}`;

const script = `
var C = ${JSON.stringify(CONTACTS)}, D = ${JSON.stringify(DEALS)};
var $ = function(s){ return document.querySelector(s); };
var money = function(n){ return '$' + n.toLocaleString('en-US'); };
var cById = function(id){ return C.filter(function(c){ return c.id === id; })[0]; };
function link(href, text){ return '<a href="' + href + '" data-link>' + text + '</a>'; }
function kv(k, v){ return '<div class="kv"><span class="k">' + k + '</span><span class="v">' + v + '</span></div>'; }
function render(){ var p = location.pathname, v = $('#view'), m;
  document.querySelectorAll('.nav a').forEach(function(a){ a.classList.toggle('on', p.indexOf(a.getAttribute('href')) === 0); });
  if (p === '/app' || p === '/app/' || p === '/app/contacts') { document.title = 'Contacts · Pipeline';
    v.innerHTML = '<h1>Contacts</h1><div class="grid" role="grid" aria-label="Contacts"><div class="gr h" role="row"><span role="columnheader">Name</span><span role="columnheader">Company</span><span role="columnheader">Owner</span><span role="columnheader">Stage</span><span role="columnheader">Deals</span></div>' +
      C.map(function(c){ return '<div class="gr" role="row"><span role="gridcell">' + link('/app/contacts/' + c.id, c.name) + '</span><span role="gridcell">' + c.company + '</span><span role="gridcell">' + c.owner + '</span><span role="gridcell">' + c.stage + '</span><span role="gridcell">' + D.filter(function(d){ return d.contact === c.id; }).length + '</span></div>'; }).join('') + '</div>'; }
  else if ((m = /^\\/app\\/contacts\\/(\\w+)$/.exec(p)) && cById(m[1])) { var c = cById(m[1]); document.title = c.name + ' · Pipeline';
    v.innerHTML = '<p>' + link('/app/contacts', '← Contacts') + '</p><div class="card"><h1></h1>' + kv('Company', c.company) + kv('Title', c.title) + kv('Phone', c.phone) + kv('Email', c.email) + kv('Owner', c.owner) + kv('Lifecycle stage', c.stage) +
      '<p><button class="btn" id="call">📞 Log a call</button> <button class="btn" id="own">Reassign owner</button></p><div id="extra"></div><p id="msg" role="status"></p><h3>Deals</h3>' + D.filter(function(d){ return d.contact === c.id; }).map(function(d){ return '<div>' + link('/app/deals/' + d.id, d.name) + ' · ' + money(d.amount) + '</div>'; }).join('') + '</div>';
    v.querySelector('h1').textContent = c.name;
    $('#call').onclick = function(){ $('#extra').innerHTML = '<label>Call notes<br><textarea id="notes" rows="3" cols="50"></textarea></label><br><label>Outcome <select id="outcome"><option>Connected</option><option>Left voicemail</option><option>No answer</option></select></label> <button class="btn btn-primary" id="save-call">Save call</button>';
      $('#save-call').onclick = function(){ rec('call', {contact: c.id, notes: $('#notes').value.trim(), outcome: $('#outcome').value}); $('#extra').innerHTML = ''; $('#msg').textContent = 'Call logged for ' + c.name + '.'; }; };
    $('#own').onclick = function(){ $('#extra').innerHTML = '<label>New owner <select id="newowner"><option>Sam</option><option>Priya</option><option>Jo</option><option>Alex</option></select></label> <button class="btn btn-primary" id="save-own">Reassign</button>';
      $('#save-own').onclick = function(){ rec('owner', {contact: c.id, owner: $('#newowner').value}); c.owner = $('#newowner').value; render(); }; }; }
  else if (p === '/app/deals') { document.title = 'Deals · Pipeline';
    v.innerHTML = '<h1>Deals</h1><div class="grid" role="grid" aria-label="Deals"><div class="gr h" role="row"><span role="columnheader">Deal</span><span role="columnheader">Contact</span><span role="columnheader">Amount</span><span role="columnheader">Stage</span><span role="columnheader">Close date</span></div>' +
      D.map(function(d){ return '<div class="gr" role="row"><span role="gridcell">' + link('/app/deals/' + d.id, d.name) + '</span><span role="gridcell">' + cById(d.contact).name + '</span><span role="gridcell">' + money(d.amount) + '</span><span role="gridcell">' + d.stage + '</span><span role="gridcell">' + d.close + '</span></div>'; }).join('') + '</div><p>Open pipeline: ' + money(D.filter(function(d){ return d.stage !== 'Closed won'; }).reduce(function(a, d){ return a + d.amount; }, 0)) + '</p>'; }
  else if ((m = /^\\/app\\/deals\\/(\\w+)$/.exec(p)) && D.some(function(d){ return d.id === m[1]; })) { var d = D.filter(function(x){ return x.id === m[1]; })[0]; document.title = d.name + ' · Pipeline';
    v.innerHTML = '<p>' + link('/app/deals', '← Deals') + '</p><div class="card"><h1></h1>' + kv('Amount', money(d.amount)) + kv('Stage', d.stage) + kv('Probability', d.prob + '%') + kv('Expected close', d.close) + kv('Contact', link('/app/contacts/' + d.contact, cById(d.contact).name)) +
      '<p><button class="btn btn-primary" id="won">Mark as won</button> <button class="btn" id="lost">Mark as lost</button></p><p id="msg" role="status"></p></div>';
    v.querySelector('h1').textContent = d.name;
    $('#won').onclick = function(){ rec('deal', {deal: d.id, result: 'won'}); d.stage = 'Closed won'; $('#msg').textContent = 'Nice! ' + d.name + ' moved to Closed won.'; };
    $('#lost').onclick = function(){ rec('deal', {deal: d.id, result: 'lost'}); d.stage = 'Closed lost'; $('#msg').textContent = d.name + ' marked as lost.'; }; }
  else if (p === '/app/tasks') { document.title = 'Tasks · Pipeline'; v.innerHTML = '<h1>My tasks</h1><ul><li>Send proposal to Foxglove — due 12 Mar</li><li>Call Diego about pilot scope — due 14 Mar</li><li>Renewal review with Brightwave — due 20 Mar</li></ul>'; }
  else { v.innerHTML = '<h1>Not found</h1>'; }
  rec('route', {path: p}); }
document.addEventListener('click', function(e){ var a = e.target.closest('a[data-link]'); if (!a || e.ctrlKey || e.metaKey) return; e.preventDefault(); history.pushState({}, '', a.getAttribute('href')); render(); window.scrollTo(0, 0); });
window.addEventListener('popstate', render); render();
`;

const shell = doc({
  title: 'Pipeline', css,
  body: `<div class="app"><nav class="nav"><b style="color:#fff;display:block;margin-bottom:14px">◢ Pipeline</b><a href="/app/contacts" data-link>Contacts</a><a href="/app/deals" data-link>Deals</a><a href="/app/tasks" data-link>Tasks</a></nav><main class="view" id="view"></main></div>`,
  script,
});

export default {
  name: 'crm',
  title: 'Pipeline',
  pages: { '/': shell },
  fallback: (p) => (p === '/app' || p.startsWith('/app/') ? shell : undefined),
};

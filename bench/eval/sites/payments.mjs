// Ledgerly billing: a checkout whose card number, expiry and CVC are each in their
// own same-origin iframe (as hosted payment fields do), a billing address form in
// another iframe, an invoices page that shows the chosen invoice in an iframe viewer
// (with its own buttons), and a help widget in an iframe.
import { doc } from './common.mjs';

export const INVOICES = {
  'INV-2031': { date: '3 Jan 2026', due: '17 Jan 2026', status: 'Paid', lines: [['Team plan, January', 240], ['Extra storage 50 GB', 15]], },
  'INV-2058': { date: '3 Feb 2026', due: '17 Feb 2026', status: 'Paid', lines: [['Team plan, February', 240], ['Extra storage 50 GB', 15], ['Priority support', 49]] },
  'INV-2077': { date: '3 Mar 2026', due: '17 Mar 2026', status: 'Overdue', lines: [['Team plan, March', 240], ['Extra seats × 3', 36]] },
  'INV-2090': { date: '3 Apr 2026', due: '17 Apr 2026', status: 'Open', lines: [['Team plan, April', 240], ['Extra seats × 3', 36], ['Onboarding workshop', 300]] },
};
const total = (inv) => inv.lines.reduce((a, l) => a + l[1], 0);

const css = `main{max-width:820px;margin:20px auto;background:#fff;border-radius:10px;padding:20px 24px}.sum td{padding:4px 10px}.sum td:last-child{text-align:right}
.f{margin:10px 0}.f .lbl{display:block;font-size:12px;color:#5b6474;margin-bottom:3px}.f input{width:100%;padding:8px;border:1px solid #c9ced8;border-radius:6px;font:inherit}
iframe.field{width:100%;height:40px;border:1px solid #c9ced8;border-radius:6px}.row{display:flex;gap:12px}.row>div{flex:1}
table.inv{width:100%;border-collapse:collapse}table.inv td,table.inv th{padding:8px;border-bottom:1px solid #eceef2;text-align:left}`;

const FIELD = {
  number: ['Card number', '1234 1234 1234 1234', 'cc-number'],
  expiry: ['Expiration date', 'MM / YY', 'cc-exp'],
  cvc: ['Security code', 'CVC', 'cc-csc'],
};
function fieldPage(u) {
  const f = FIELD[u.searchParams.get('f')] || FIELD.number;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}input{border:0;outline:none;width:100%;height:38px;padding:0 10px;font:15px system-ui;box-sizing:border-box}</style></head>
<body><input name="v" aria-label="${f[0]}" placeholder="${f[1]}" autocomplete="${f[2]}" inputmode="numeric"></body></html>`;
}
const address = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font:14px system-ui}label{display:block;font-size:12px;color:#5b6474;margin:8px 0 3px}input,select{width:100%;padding:7px;border:1px solid #c9ced8;border-radius:6px;box-sizing:border-box;font:inherit}</style></head><body>
<label for="l1">Street address</label><input id="l1" autocomplete="address-line1"><label for="city">Town / city</label><input id="city">
<label for="pc">Postcode</label><input id="pc"><label for="ct">Country or region</label><select id="ct"><option value="GB">United Kingdom</option><option value="IE">Ireland</option><option value="DE">Germany</option><option value="FR">France</option><option value="NL">Netherlands</option><option value="US">United States</option></select></body></html>`;

const checkout = doc({
  title: 'Checkout · Ledgerly', css,
  body: `<main><h1>Upgrade to Business</h1><table class="sum"><tr><td>Business plan, annual</td><td>$588.00</td></tr><tr><td>VAT (8%)</td><td>$47.04</td></tr><tr><td><b>Due today</b></td><td><b>$635.04</b></td></tr></table>
<div class="row"><div class="f"><label class="lbl" for="em">Billing email</label><input id="em" type="email"></div><div class="f"><label class="lbl" for="nm">Name on card</label><input id="nm"></div></div>
<div class="f"><span class="lbl">Card number</span><iframe class="field" title="Secure card number input" src="/embed/field?f=number" id="if-number"></iframe></div>
<div class="row"><div class="f"><span class="lbl">Expiry</span><iframe class="field" title="Secure expiration date input" src="/embed/field?f=expiry" id="if-expiry"></iframe></div>
<div class="f"><span class="lbl">CVC</span><iframe class="field" title="Secure CVC input" src="/embed/field?f=cvc" id="if-cvc"></iframe></div></div>
<h3>Billing address</h3><iframe title="Billing address" src="/embed/address" id="if-addr" style="width:100%;height:260px;border:0"></iframe>
<p><label><input type="checkbox" id="save"> Save this card for future payments</label></p>
<button class="btn btn-primary" id="pay">Pay $635.04</button><p id="res" role="alert"></p></main>`,
  script: `function fv(id){ return document.getElementById(id).contentDocument.querySelector('input').value.trim(); }
document.getElementById('pay').onclick = function(){ var a = document.getElementById('if-addr').contentDocument; var q = function(s){ return a.querySelector(s).value.trim(); };
  var d = {email: document.getElementById('em').value.trim(), name: document.getElementById('nm').value.trim(), number: fv('if-number').replace(/\\s+/g, ''), expiry: fv('if-expiry').replace(/\\s+/g, ''), cvc: fv('if-cvc'),
    street: q('#l1'), city: q('#city'), postcode: q('#pc'), country: q('#ct'), save: document.getElementById('save').checked};
  rec('submit', {form: 'payment', data: d});
  var r = document.getElementById('res'); if (!/^\\d{15,16}$/.test(d.number)) { r.textContent = 'Your card number is incomplete.'; return; }
  r.textContent = 'Payment received. Receipt LDG-' + d.number.slice(-4) + '-' + (d.postcode.length * 7) + ' was sent to ' + d.email + '.'; };`,
});

const rows = Object.entries(INVOICES).map(([id, v]) => `<tr><td>${id}</td><td>${v.date}</td><td>$${total(v).toFixed(2)}</td><td>${v.status}</td><td><button class="btn view" data-id="${id}">View</button></td></tr>`).join('');
const invoices = doc({
  title: 'Invoices · Ledgerly', css,
  body: `<main><h1>Invoices</h1><table class="inv"><thead><tr><th>Number</th><th>Issued</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>${rows}</tbody></table>
<h3 id="vh">Preview</h3><iframe id="viewer" title="Invoice preview" src="/embed/invoice?id=INV-2090" style="width:100%;height:330px;border:1px solid #e2e5ea;border-radius:8px"></iframe></main>
<iframe title="Help chat" src="/embed/help" style="position:fixed;right:16px;bottom:16px;width:300px;height:290px;border:1px solid #ccc;border-radius:12px;background:#fff"></iframe>`,
  script: `document.querySelectorAll('.view').forEach(function(b){ b.onclick = function(){ document.getElementById('viewer').src = '/embed/invoice?id=' + b.dataset.id; }; });`,
});

function invoicePage(u) {
  const id = u.searchParams.get('id');
  const v = INVOICES[id];
  if (!v) return '<p>No such invoice</p>';
  return doc({
    title: id,
    css: 'body{background:#fff;padding:12px 16px}td{padding:3px 8px}td:last-child{text-align:right}',
    body: `<h2 style="margin:0">Invoice ${id}</h2><p>Issued ${v.date} · <b>Due ${v.due}</b> · Status: ${v.status}</p><table>${v.lines.map((l) => `<tr><td>${l[0]}</td><td>$${l[1].toFixed(2)}</td></tr>`).join('')}<tr><td><b>Total</b></td><td><b>$${total(v).toFixed(2)}</b></td></tr></table>
<p><button class="btn" id="dl">Download PDF</button> <button class="btn" id="disp">Dispute this invoice</button></p><div id="dd" class="hidden" role="dialog" aria-label="Dispute"><label>Reason <select id="why"><option>Charged twice</option><option>Wrong amount</option><option>Service not received</option><option>Other</option></select></label> <button class="btn btn-primary" id="dsend">Submit dispute</button></div><p id="m" role="status"></p>`,
    script: `document.getElementById('dl').onclick = function(){ rec('download', {invoice: '${id}'}); document.getElementById('m').textContent = '${id}.pdf downloaded.'; };
document.getElementById('disp').onclick = function(){ document.getElementById('dd').classList.remove('hidden'); };
document.getElementById('dsend').onclick = function(){ rec('dispute', {invoice: '${id}', reason: document.getElementById('why').value}); document.getElementById('dd').classList.add('hidden'); document.getElementById('m').textContent = 'Dispute D-${id.slice(4)} opened. We reply within 3 business days.'; };`,
  });
}

const help = doc({
  title: 'Help',
  css: 'body{background:#fff;padding:10px;font-size:13px}input,textarea{width:100%;margin:3px 0 8px;padding:6px;border:1px solid #ccc;border-radius:6px;font:inherit}',
  body: `<b>💬 Need help with billing?</b><div id="f"><label>Your email<input id="he" type="email"></label><label>Question<textarea id="hq" rows="3"></textarea></label><button class="btn btn-primary" id="hs">Ask</button></div><p id="ok" class="hidden">Thanks! An agent will answer at <span id="to"></span>. Typical wait: 9 minutes.</p>`,
  script: `document.getElementById('hs').onclick = function(){ rec('submit', {form: 'help', data: {email: document.getElementById('he').value.trim(), question: document.getElementById('hq').value.trim()}}); document.getElementById('to').textContent = document.getElementById('he').value; document.getElementById('f').classList.add('hidden'); document.getElementById('ok').classList.remove('hidden'); };`,
});

export default {
  name: 'payments',
  title: 'Ledgerly',
  pages: { '/': checkout, '/checkout': checkout, '/invoices': invoices, '/embed/field': fieldPage, '/embed/address': address, '/embed/invoice': invoicePage, '/embed/help': help },
};

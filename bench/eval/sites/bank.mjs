// Northbank online banking: a hash-routed app (#/overview, #/transactions,
// #/transfer, #/statements). Values beside labels on the overview, a transactions
// table that grows with "Load more", a transfer form with a native date input and a
// review dialog, and statements shown in a same-origin iframe.
import { doc } from './common.mjs';

const DESCS = [['Tesco Stores', 'Groceries', -54.21], ['Salary ACME LTD', 'Income', 3120.00], ['TfL Travel', 'Transport', -7.80], ['Netflix', 'Subscriptions', -10.99], ['Pret A Manger', 'Eating out', -6.45],
  ['Thames Water', 'Bills', -38.50], ['Amazon Marketplace', 'Shopping', -23.99], ['Gym Plus', 'Health', -29.00], ['Shell Garage', 'Transport', -61.30], ['Waitrose', 'Groceries', -41.87],
  ['Octopus Energy', 'Bills', -96.00], ['Deliveroo', 'Eating out', -18.40], ['Boots', 'Health', -12.35], ['Spotify', 'Subscriptions', -11.99], ['Sam Patel', 'Transfers', 25.00]];
export const TX = Array.from({ length: 40 }, (_, i) => {
  const [desc, cat, amt] = DESCS[(i * 7) % DESCS.length];
  const day = 28 - Math.floor(i * 0.7);
  return { id: `t${i + 1}`, date: `2026-03-${String(Math.max(1, day)).padStart(2, '0')}`, desc: i === 23 ? 'Vet Clinic Riverton' : desc, cat: i === 23 ? 'Pets' : cat, amt: i === 23 ? -142.60 : amt };
});

const css = `.top{background:#0b3b2e;color:#fff;padding:12px 24px;display:flex;gap:18px;align-items:center}.top a{color:#c8e6da;text-decoration:none}.top a.on{color:#fff;font-weight:700}
main{max-width:900px;margin:20px auto}.card{background:#fff;border-radius:10px;padding:16px 20px;margin-bottom:14px}.lv{display:flex;justify-content:space-between;padding:5px 0;border-bottom:1px dashed #eceef2;max-width:420px}.lv .l{color:#6b7383}
table{width:100%;border-collapse:collapse}td,th{padding:7px 8px;border-bottom:1px solid #eef0f3;text-align:left}td.amt{text-align:right;font-variant-numeric:tabular-nums}td.in{color:#16683b}
.f{margin:10px 0}.f label{display:block;font-size:13px;font-weight:600;margin-bottom:3px}.f input,.f select{padding:7px;border:1px solid #c9ced8;border-radius:6px;font:inherit;width:320px}`;

const body = `<div class="top"><b>▣ Northbank</b><a href="#/overview">Overview</a><a href="#/transactions">Transactions</a><a href="#/transfer">Pay & transfer</a><a href="#/statements">Statements</a></div><main id="view"></main>
<div class="overlay hidden" id="rv"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="rv-t"><button class="icon-btn x" aria-label="Close" id="rv-x">×</button><h2 id="rv-t">Check your payment</h2><p id="rv-s"></p>
<button class="btn" id="rv-edit">Edit</button> <button class="btn btn-primary" id="rv-ok">Confirm payment</button></div></div>`;

const script = `
var TX = ${JSON.stringify(TX)};
var $ = function(s){ return document.querySelector(s); };
var gbp = function(n){ return (n < 0 ? '−' : '') + '£' + Math.abs(n).toLocaleString('en-GB', {minimumFractionDigits: 2, maximumFractionDigits: 2}); };
var shown = 10, pending = null;
function lv(l, v){ return '<div class="lv"><span class="l">' + l + '</span><span class="v">' + v + '</span></div>'; }
function txRows(){ return TX.slice(0, shown).map(function(t){ return '<tr data-id="' + t.id + '"><td>' + t.date + '</td><td>' + t.desc + '</td><td>' + t.cat + '</td><td class="amt' + (t.amt > 0 ? ' in' : '') + '">' + gbp(t.amt) + '</td></tr>'; }).join(''); }
function render(){ var r = location.hash.replace(/^#\\/?/, '') || 'overview', v = $('#view');
  document.querySelectorAll('.top a').forEach(function(a){ a.classList.toggle('on', a.getAttribute('href') === '#/' + r); });
  if (r === 'overview') { document.title = 'Overview · Northbank';
    v.innerHTML = '<div class="card"><h2>Everyday account ••• 4471</h2>' + lv('Available balance', '£2,418.37') + lv('Current balance', '£2,603.12') + lv('Arranged overdraft', '£500.00') + lv('Sort code', '40-12-76') + '</div>' +
      '<div class="card"><h2>Easy saver ••• 9902</h2>' + lv('Balance', '£12,750.00') + lv('Interest rate', '3.10% AER') + lv('Interest paid', 'monthly, on the 1st') + '</div>' +
      '<div class="card"><h2>Credit card ••• 0815</h2>' + lv('Balance', '£412.80') + lv('Minimum payment', '£25.00') + lv('Payment due', '28 March 2026') + lv('Credit limit', '£4,000.00') + '</div>'; }
  else if (r === 'transactions') { document.title = 'Transactions · Northbank';
    v.innerHTML = '<div class="card"><h2>Everyday account ••• 4471</h2><table aria-label="Transactions"><thead><tr><th>Date</th><th>Description</th><th>Category</th><th style="text-align:right">Amount</th></tr></thead><tbody id="tb">' + txRows() + '</tbody></table><p style="text-align:center"><button class="btn" id="more">Load more transactions</button></p><p id="cnt" style="color:#6b7383"></p></div>';
    var upd = function(){ $('#tb').innerHTML = txRows(); $('#cnt').textContent = 'Showing ' + shown + ' of ' + TX.length; $('#more').style.display = shown >= TX.length ? 'none' : ''; rec('state', {name: 'tx', shown: shown}); };
    upd(); $('#more').onclick = function(){ var b = this; b.disabled = true; b.textContent = 'Loading…'; setTimeout(function(){ shown = Math.min(TX.length, shown + 10); b.disabled = false; b.textContent = 'Load more transactions'; upd(); }, 400); }; }
  else if (r === 'transfer') { document.title = 'Pay & transfer · Northbank';
    v.innerHTML = '<div class="card"><h2>Pay someone or move money</h2><div class="f"><label for="from">Pay from</label><select id="from"><option value="4471">Everyday account ••• 4471 (£2,418.37)</option><option value="9902">Easy saver ••• 9902 (£12,750.00)</option></select></div>' +
      '<div class="f"><label for="to">Pay to</label><select id="to"><option value="">Choose a payee</option><option value="gray">M. Gray (landlord)</option><option value="patel">Sam Patel</option><option value="hmrc">HMRC Self Assessment</option><option value="saver">My Easy saver ••• 9902</option></select></div>' +
      '<div class="f"><label for="amt">Amount (£)</label><input id="amt" inputmode="decimal"></div><div class="f"><label for="when">Payment date</label><input type="date" id="when" value="2026-03-30" min="2026-03-30"></div>' +
      '<div class="f"><label for="ref">Reference (shown to the payee)</label><input id="ref" maxlength="18"></div><button class="btn btn-primary" id="cont">Continue</button><p id="err" role="alert" style="color:#c22"></p><p id="done" role="status"></p></div>';
    $('#cont').onclick = function(){ var a = parseFloat($('#amt').value.replace(/[£,\\s]/g, '')); if (!$('#to').value) { $('#err').textContent = 'Choose who to pay.'; return; } if (!(a > 0)) { $('#err').textContent = 'Enter an amount.'; return; }
      $('#err').textContent = ''; pending = {from: $('#from').value, to: $('#to').value, amount: a.toFixed(2), date: $('#when').value, ref: $('#ref').value.trim()};
      $('#rv-s').textContent = 'Send ' + gbp(a) + ' to ' + $('#to').selectedOptions[0].textContent + ' on ' + pending.date + (pending.ref ? ' with reference "' + pending.ref + '"' : '') + '?'; $('#rv').classList.remove('hidden'); }; }
  else if (r === 'statements') { document.title = 'Statements · Northbank';
    v.innerHTML = '<div class="card"><h2>Statements</h2><label>Month <select id="m"><option value="2026-02">February 2026</option><option value="2026-01">January 2026</option><option value="2025-12">December 2025</option></select></label> <button class="btn" id="sv">View</button>' +
      '<iframe id="st" title="Statement" src="/statement?m=2026-02" style="width:100%;height:300px;border:1px solid #e2e5ea;border-radius:8px;margin-top:12px"></iframe></div>';
    $('#sv').onclick = function(){ $('#st').src = '/statement?m=' + $('#m').value; }; }
  rec('route', {route: r}); }
$('#rv-ok').onclick = function(){ rec('submit', {form: 'transfer', data: pending}); $('#rv').classList.add('hidden'); $('#done').textContent = 'Payment scheduled. Confirmation code NB-' + pending.amount.replace('.', '').slice(-4) + '.'; };
$('#rv-edit').onclick = function(){ $('#rv').classList.add('hidden'); rec('review-closed', {how: 'edit'}); };
$('#rv-x').onclick = function(){ $('#rv').classList.add('hidden'); rec('review-closed', {how: 'x'}); };
window.addEventListener('hashchange', render); render();
`;

const STATEMENTS = {
  '2026-02': ['£1,982.40', '£3,145.00', '£2,709.51', '£2,417.89'],
  '2026-01': ['£2,240.15', '£3,120.00', '£3,377.75', '£1,982.40'],
  '2025-12': ['£1,874.02', '£3,620.00', '£3,253.87', '£2,240.15'],
};
function statement(u) {
  const m = u.searchParams.get('m');
  const s = STATEMENTS[m];
  if (!s) return '<p>No statement</p>';
  const [y, mo] = m.split('-');
  const name = new Date(Date.UTC(+y, +mo - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return doc({
    title: `Statement ${m}`, css: 'body{background:#fff;padding:10px 16px}td{padding:4px 14px 4px 0}',
    body: `<h3 style="margin-top:0">Everyday account ••• 4471 — ${name}</h3><table><tr><td>Opening balance</td><td>${s[0]}</td></tr><tr><td>Money in</td><td>${s[1]}</td></tr><tr><td>Money out</td><td>${s[2]}</td></tr><tr><td><b>Closing balance</b></td><td><b>${s[3]}</b></td></tr></table>
<p><button class="btn" id="pdf">Download PDF</button> <span id="m"></span></p>`,
    script: `document.getElementById('pdf').onclick = function(){ rec('statement-pdf', {month: '${m}'}); document.getElementById('m').textContent = 'statement-${m}.pdf saved'; };`,
  });
}

export default {
  name: 'bank',
  title: 'Northbank',
  pages: { '/': doc({ title: 'Northbank', css, body, script }), '/statement': statement },
};

// Stockroom: a warehouse stock table with icon-only row actions (restock dialog,
// edit-bin inline, remove with confirmation), a filter box, sortable headers, a
// second location on another page, and a "Print label" that opens a new tab.
import { doc, esc } from './common.mjs';

export const ITEMS = [
  ['HB-1008', 'Hex bolt M8 × 40', 'A-02', 1840, 500, 'Fastenal'],
  ['HB-1010', 'Hex bolt M10 × 60', 'A-03', 320, 400, 'Fastenal'],
  ['WN-2208', 'Wing nut M8', 'A-07', 0, 250, 'Würth'],
  ['CT-0300', 'Cable ties 300 mm (100 pk)', 'B-11', 76, 40, 'Hellermann'],
  ['DT-4450', 'Duct tape, silver 50 m', 'B-04', 12, 30, 'Tesa'],
  ['GL-0912', 'Nitrile gloves, size L (box)', 'C-01', 58, 20, 'Ansell'],
  ['GL-0911', 'Nitrile gloves, size M (box)', 'C-02', 41, 20, 'Ansell'],
  ['SF-7701', 'Safety glasses, clear', 'C-04', 9, 15, '3M'],
  ['DR-3120', 'Drill bit set HSS 19 pc', 'D-10', 23, 10, 'Bosch'],
  ['SC-0405', 'Wood screws 4 × 50 (500 pk)', 'A-12', 134, 60, 'Spax'],
  ['PL-6001', 'Pallet wrap 500 mm', 'E-01', 7, 12, 'Raja'],
  ['LB-0060', 'Shipping labels 100 × 150', 'E-03', 2200, 1000, 'Avery'],
  ['BT-9V00', 'Battery 9 V alkaline', 'D-02', 64, 48, 'Duracell'],
  ['HM-0016', 'Claw hammer 16 oz', 'D-08', 15, 6, 'Stanley'],
];
const status = (q, r) => (q === 0 ? 'Out of stock' : q < r ? 'Low' : 'In stock');

const css = `main{max-width:1080px;margin:20px auto;background:#fff;border-radius:10px;padding:18px 22px}
.bar{display:flex;justify-content:space-between;align-items:center;margin-bottom:12px}.bar input{padding:7px 10px;width:280px;border:1px solid #c9ced8;border-radius:6px}
table{border-collapse:collapse;width:100%}th,td{padding:8px 10px;border-bottom:1px solid #eceef2;text-align:left}th{font-size:12px;text-transform:uppercase;color:#5b6474;cursor:pointer;user-select:none}
td.num{text-align:right;font-variant-numeric:tabular-nums}.pill{padding:2px 8px;border-radius:10px;font-size:12px}.pill.ok{background:#e3f6ea;color:#16683b}.pill.low{background:#fff1d6;color:#8a5a00}.pill.out{background:#fde2e2;color:#a11}
nav.loc a{margin-right:14px}.acts{white-space:nowrap}`;

function table(items) {
  return `<table id="stock" aria-label="Stock levels"><thead><tr><th data-c="0">SKU</th><th data-c="1">Product</th><th data-c="2">Bin</th><th data-c="3" class="num">On hand</th><th data-c="4" class="num">Reorder at</th><th data-c="5">Supplier</th><th>Status</th><th><span class="sr" style="position:absolute;left:-9999px">Actions</span></th></tr></thead><tbody>
${items.map(([sku, name, bin, q, r, sup]) => `<tr data-sku="${sku}"><td>${sku}</td><td>${esc(name)}</td><td class="bin">${bin}</td><td class="num">${q.toLocaleString('en-US')}</td><td class="num">${r}</td><td>${esc(sup)}</td><td><span class="pill ${q === 0 ? 'out' : q < r ? 'low' : 'ok'}">${status(q, r)}</span></td>
<td class="acts"><button class="icon-btn" aria-label="Restock" data-a="restock">↻</button><button class="icon-btn" title="Edit bin" data-a="edit">✎</button><button class="icon-btn" title="Print label" data-a="label">🏷</button><button class="icon-btn" aria-label="Remove" data-a="remove">🗑</button></td></tr>`).join('\n')}
</tbody></table>`;
}

const script = `
var $ = function(s){ return document.querySelector(s); };
var cur = null;
function row(el){ return el.closest('tr'); }
function nameOf(tr){ return tr.children[1].textContent; }
document.querySelector('#stock tbody').addEventListener('click', function(e){
  var b = e.target.closest('button'); if (!b) return; var tr = row(b); cur = tr;
  var a = b.dataset.a;
  if (a === 'restock') { $('#rs-title').textContent = 'Restock ' + nameOf(tr); $('#rs-qty').value = ''; $('#rs').classList.remove('hidden'); $('#rs-qty').focus(); }
  if (a === 'remove') { $('#rm-name').textContent = nameOf(tr); $('#rm').classList.remove('hidden'); }
  if (a === 'label') { window.open('/label/' + tr.dataset.sku, '_blank'); }
  if (a === 'edit') { var td = tr.querySelector('.bin'); if (td.querySelector('input')) return; var old = td.textContent;
    td.innerHTML = '<input aria-label="Bin" size="5" value="' + old + '"> <button class="btn" data-save>Save</button>';
    td.querySelector('[data-save]').onclick = function(ev){ ev.stopPropagation(); var v = td.querySelector('input').value.trim(); rec('edit-bin', {sku: tr.dataset.sku, bin: v}); td.textContent = v; }; }
});
$('#rs-ok').onclick = function(){ var q = +$('#rs-qty').value; if (!q) { $('#rs-err').textContent = 'Enter a quantity'; return; }
  rec('restock', {sku: cur.dataset.sku, qty: q}); var td = cur.children[3]; var n = +td.textContent.replace(/,/g, '') + q; td.textContent = n.toLocaleString('en-US');
  $('#rs').classList.add('hidden'); $('#msg').textContent = 'Purchase order PO-' + (5100 + q) + ' created for ' + nameOf(cur) + '. New on-hand: ' + n + '.'; };
$('#rs-x').onclick = function(){ $('#rs').classList.add('hidden'); };
$('#rm-ok').onclick = function(){ rec('remove', {sku: cur.dataset.sku}); cur.remove(); $('#rm').classList.add('hidden'); $('#msg').textContent = 'Item removed.'; };
$('#rm-no').onclick = function(){ $('#rm').classList.add('hidden'); rec('remove-cancelled', {sku: cur.dataset.sku}); };
$('#filter').oninput = function(){ var q = this.value.toLowerCase(); document.querySelectorAll('#stock tbody tr').forEach(function(tr){ tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none'; }); };
var dir = {};
document.querySelectorAll('#stock th[data-c]').forEach(function(th){ th.onclick = function(){ var c = +th.dataset.c; dir[c] = !dir[c];
  var rows = [].slice.call(document.querySelectorAll('#stock tbody tr'));
  rows.sort(function(a, b){ var x = a.children[c].textContent, y = b.children[c].textContent; var nx = +x.replace(/,/g, ''), ny = +y.replace(/,/g, '');
    var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y); return dir[c] ? r : -r; });
  rows.forEach(function(r){ r.parentNode.appendChild(r); }); }; });
`;

const dialogs = `<div class="overlay hidden" id="rs"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="rs-title"><button class="icon-btn x" aria-label="Close" id="rs-x">×</button>
<h2 id="rs-title">Restock</h2><label>Quantity to order <input type="number" id="rs-qty" min="1"></label><p id="rs-err" style="color:#a11"></p><button class="btn btn-primary" id="rs-ok">Create purchase order</button></div></div>
<div class="overlay hidden" id="rm"><div class="modal" role="alertdialog" aria-modal="true"><h2>Remove item?</h2><p><span id="rm-name"></span> will be removed from this location.</p>
<button class="btn" id="rm-no">Cancel</button> <button class="btn btn-primary" id="rm-ok">Yes, remove</button></div></div>`;

function page(title, items, loc) {
  return doc({
    title: `${title} · Stockroom`, css,
    body: `<main><nav class="loc">Location: <a href="/">Main warehouse</a><a href="/annex">Annex</a></nav><div class="bar"><h1>${title}</h1><input id="filter" placeholder="Filter by SKU or product" aria-label="Filter"></div>
<p id="msg" role="status" aria-live="polite"></p>${table(items)}<p style="color:#60697a">${items.length} items · location ${loc}</p></main>${dialogs}`,
    script,
  });
}

const ANNEX = [
  ['HB-1008', 'Hex bolt M8 × 40', 'X-01', 260, 100, 'Fastenal'],
  ['PL-6001', 'Pallet wrap 500 mm', 'X-05', 44, 12, 'Raja'],
  ['LD-0200', 'Loading strap 5 m', 'X-09', 18, 10, 'Mammut'],
  ['TR-1100', 'Hand truck, folding', 'X-12', 3, 2, 'Harper'],
];

export default {
  name: 'warehouse',
  title: 'Stockroom',
  pages: { '/': page('Stock levels', ITEMS, 'WH-1'), '/annex': page('Annex stock', ANNEX, 'WH-2') },
  fallback: (p) => {
    const m = /^\/label\/([\w-]+)$/.exec(p);
    const it = m && ITEMS.find((i) => i[0] === m[1]);
    if (!it) return undefined;
    return doc({ title: `Label ${it[0]}`, body: `<div style="margin:30px;border:2px solid #000;padding:20px;width:380px;background:#fff"><div style="font-size:28px;font-weight:700">${it[0]}</div><div>${esc(it[1])}</div><div>Bin <b>${it[2]}</b></div><div>Barcode: <code>40${it[0].replace(/\D/g, '')}${it[3] % 97}</code></div></div>`, script: `rec('label-view', {sku: '${it[0]}'});` });
  },
};

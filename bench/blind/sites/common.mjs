// The page shell of the blind suite's sites: every page loads /assets/app-core.js
// (window.rec(type, data), a synchronous POST to /__record) and a little shared CSS.
const CSS = `
*{box-sizing:border-box} body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
a{color:#1f5fbf} .wrap{max-width:1080px;margin:0 auto;padding:16px 20px}
header.top{background:#fff;border-bottom:1px solid #dde1e6} header.top .wrap{display:flex;gap:18px;align-items:center}
.brand{font-weight:700;font-size:18px;margin-right:auto} nav a{margin-left:14px;text-decoration:none}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:14px 16px;margin:12px 0}
table{border-collapse:collapse;width:100%;background:#fff} th,td{padding:7px 9px;border-bottom:1px solid #e6e9ed;text-align:left}
.btn{display:inline-block;border:1px solid #b8c0ca;background:#fff;border-radius:6px;padding:6px 12px;cursor:pointer;font:inherit}
.btn.primary{background:#1f5fbf;color:#fff;border-color:#1f5fbf} .icon{border:0;background:none;cursor:pointer;font-size:16px;padding:3px 6px}
.row-actions{visibility:hidden} tr:hover .row-actions,li:hover .row-actions,.item:hover .row-actions{visibility:visible}
.backdrop{position:fixed;inset:0;background:rgba(20,25,30,.45);display:none;align-items:center;justify-content:center;z-index:50}
.backdrop.open{display:flex} .modal{background:#fff;border-radius:10px;padding:18px 20px;min-width:340px;max-width:520px}
.toast{position:fixed;bottom:18px;right:18px;background:#1d232b;color:#fff;padding:10px 14px;border-radius:6px;display:none;z-index:60}
[role=tablist]{display:flex;gap:4px;border-bottom:1px solid #cfd5dc} [role=tab]{padding:7px 14px;cursor:pointer;border:1px solid transparent;border-bottom:0}
[role=tab][aria-selected=true]{background:#fff;border-color:#cfd5dc;border-radius:6px 6px 0 0;font-weight:600}
.field{margin:8px 0} .field label{display:block;font-size:13px;color:#4a5562;margin-bottom:2px}
input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],select,textarea{font:inherit;padding:6px 8px;border:1px solid #b8c0ca;border-radius:5px;min-width:240px}
.dd{position:relative;display:inline-block;min-width:240px} .dd-btn{width:100%;text-align:left}
.dd-list{position:absolute;left:0;right:0;top:100%;background:#fff;border:1px solid #b8c0ca;border-radius:5px;margin:2px 0 0;padding:4px 0;list-style:none;display:none;z-index:20;max-height:260px;overflow:auto}
.dd.open .dd-list{display:block} .dd-list li{padding:5px 10px;cursor:pointer} .dd-list li:hover{background:#eef3fb}
.muted{color:#5d6875;font-size:13px} .tip{position:relative} .tip .tiptext{display:none;position:absolute;left:0;top:120%;background:#1d232b;color:#fff;padding:5px 8px;border-radius:4px;font-size:12px;white-space:nowrap;z-index:30}
.tip:hover .tiptext{display:block}
`;

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole page: title, body HTML, optional script (run at the end of body) and extra head. */
export function page(title, body, { script = '', head = '', site = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}${site ? ` · ${esc(site)}` : ''}</title><style>${CSS}</style>${head}<script src="/assets/app-core.js"></script></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** A custom dropdown (button + listbox of li[role=option]) that mirrors its value into a hidden input. */
export function dropdown(name, label, options, { placeholder = 'Choose…', id = name } = {}) {
  return `<div class="field"><label id="${id}-lbl">${esc(label)}</label>
<div class="dd" data-dd="${id}"><button type="button" class="btn dd-btn" aria-haspopup="listbox" aria-labelledby="${id}-lbl ${id}-val"><span id="${id}-val">${esc(placeholder)}</span> ▾</button>
<ul class="dd-list" role="listbox" aria-labelledby="${id}-lbl">${options.map((o) => `<li role="option" data-value="${esc(o)}">${esc(o)}</li>`).join('')}</ul>
<input type="hidden" name="${name}" id="${id}-input"></div></div>`;
}

/** The script that drives every dropdown() of a page. */
export const DROPDOWN_JS = `
document.querySelectorAll('.dd').forEach(function(dd){
  var btn = dd.querySelector('.dd-btn'), id = dd.dataset.dd;
  btn.addEventListener('click', function(e){ e.stopPropagation(); document.querySelectorAll('.dd.open').forEach(function(o){ if (o!==dd) o.classList.remove('open'); }); dd.classList.toggle('open'); btn.setAttribute('aria-expanded', dd.classList.contains('open')); });
  dd.querySelectorAll('[role=option]').forEach(function(li){ li.addEventListener('click', function(){
    dd.querySelectorAll('[role=option]').forEach(function(o){ o.setAttribute('aria-selected', o===li); });
    document.getElementById(id + '-val').textContent = li.dataset.value;
    document.getElementById(id + '-input').value = li.dataset.value;
    dd.classList.remove('open'); btn.setAttribute('aria-expanded', 'false');
    dd.dispatchEvent(new CustomEvent('change', {detail: li.dataset.value}));
  }); });
});
document.addEventListener('click', function(){ document.querySelectorAll('.dd.open').forEach(function(o){ o.classList.remove('open'); }); });
`;

/** role=tablist widget: tabs [{id, label, html}], the first selected. */
export function tabs(id, list, selected = 0) {
  return `<div class="tabs" id="${id}"><div role="tablist">${list.map((t, i) => `<div role="tab" tabindex="${i === selected ? 0 : -1}" id="${id}-t-${t.id}" aria-controls="${id}-p-${t.id}" aria-selected="${i === selected}">${esc(t.label)}</div>`).join('')}</div>
${list.map((t, i) => `<div role="tabpanel" id="${id}-p-${t.id}" aria-labelledby="${id}-t-${t.id}" class="card"${i === selected ? '' : ' hidden'}>${t.html}</div>`).join('')}</div>`;
}

export const TABS_JS = `
document.querySelectorAll('.tabs').forEach(function(w){
  var tabs = w.querySelectorAll('[role=tab]');
  tabs.forEach(function(t){ t.addEventListener('click', function(){
    tabs.forEach(function(o){ o.setAttribute('aria-selected', o===t); o.tabIndex = o===t ? 0 : -1; document.getElementById(o.getAttribute('aria-controls')).hidden = o!==t; });
    if (window.onTab) window.onTab(w.id, t.textContent.trim());
  }); });
});
`;

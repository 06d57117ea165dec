// Shared page shell for the fixture sites: a full HTML document that loads
// /assets/app-core.js (window.rec) before the page's own script.
export function doc({ title, css = '', body, script = '', head = '' }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/assets/app-core.js"></script>
<style>
*{box-sizing:border-box} body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9;font-size:14px}
.btn{display:inline-flex;align-items:center;gap:4px;padding:6px 12px;border:1px solid #c9ced8;background:#fff;border-radius:6px;cursor:pointer;font:inherit}
.btn-primary{background:#2f5bea;color:#fff;border-color:#2f5bea}
.icon-btn{border:0;background:transparent;cursor:pointer;padding:4px 6px;border-radius:4px;font-size:15px;line-height:1}
.icon-btn:hover{background:#e8ebf1}
.hidden{display:none!important}
.overlay{position:fixed;inset:0;background:rgba(20,24,33,.45);display:flex;align-items:center;justify-content:center;z-index:50}
.modal{background:#fff;border-radius:10px;min-width:360px;max-width:520px;padding:18px 20px;box-shadow:0 12px 40px rgba(0,0,0,.25);position:relative}
.modal .x{position:absolute;right:10px;top:8px}
.toast{position:fixed;right:16px;bottom:16px;background:#1d2330;color:#fff;padding:10px 14px;border-radius:8px;z-index:60}
${css}
</style>${head}
</head>
<body>
${body}
<script>
${script}
</script>
</body></html>`;
}

export const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

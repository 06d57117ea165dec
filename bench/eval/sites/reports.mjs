// Metricly: an analytics portal. Report cards open the full report with window.open
// (a new tab), "Preview CSV" links use target=_blank, and each report page has a
// tabs widget (buttons with role=tab) with Overview / Channels / Devices panels.
import { doc } from './common.mjs';

export const REPORTS = {
  'r-traffic-q1': { title: 'Website traffic — Q1 2026', total: ['Visits', '482,130'], bounce: '41.2%', channels: [['Organic search', '46%'], ['Direct', '22%'], ['Social', '17%'], ['Email', '9%'], ['Paid', '6%']], devices: [['Mobile', '61%'], ['Desktop', '35%'], ['Tablet', '4%']], owner: 'Nina Kowalski' },
  'r-revenue-q1': { title: 'Revenue — Q1 2026', total: ['Revenue', '$1,284,400'], bounce: 'n/a', channels: [['Direct sales', '58%'], ['Partners', '27%'], ['Self-serve', '15%']], devices: [['Desktop', '72%'], ['Mobile', '25%'], ['Tablet', '3%']], owner: 'Tom Reilly' },
  'r-signups-mar': { title: 'Sign-ups — March 2026', total: ['Sign-ups', '3,917'], bounce: '28.9%', channels: [['Organic search', '39%'], ['Referral', '31%'], ['Social', '20%'], ['Paid', '10%']], devices: [['Mobile', '54%'], ['Desktop', '44%'], ['Tablet', '2%']], owner: 'Grace Obi' },
  'r-churn-q1': { title: 'Churn — Q1 2026', total: ['Churned accounts', '214'], bounce: 'n/a', channels: [['Price', '38%'], ['Missing features', '29%'], ['Switched to competitor', '21%'], ['Other', '12%']], devices: [['Desktop', '80%'], ['Mobile', '18%'], ['Tablet', '2%']], owner: 'Pedro Alves' },
};

const css = `main{max-width:960px;margin:20px auto}.cards{display:grid;grid-template-columns:repeat(2,1fr);gap:14px}.rc{background:#fff;border-radius:10px;padding:16px}.rc h3{margin:0 0 6px}
.rc .meta{color:#6b7383;font-size:12px;margin-bottom:10px}[role=tablist]{display:flex;gap:6px;border-bottom:1px solid #e2e5ea;margin:14px 0}[role=tab]{border:0;background:none;padding:8px 12px;cursor:pointer;font:inherit;color:#5b6474;border-bottom:2px solid transparent}
[role=tab][aria-selected=true]{color:#2f5bea;border-color:#2f5bea}.big{font-size:30px;font-weight:800}table{border-collapse:collapse}td{padding:5px 14px 5px 0}`;

const dash = doc({
  title: 'Reports · Metricly', css,
  body: `<main><h1>Reports</h1><div class="cards">${Object.entries(REPORTS).map(([id, r]) => `<div class="rc" data-id="${id}"><h3>${r.title}</h3><div class="meta">Owner: ${r.owner} · updated daily</div>
<button class="btn btn-primary open">Open report ↗</button> <a class="btn" href="/csv/${id}" target="_blank">Preview CSV</a> <button class="icon-btn share" aria-label="Share report" title="Share">🔗</button></div>`).join('')}</div>
<p id="msg" role="status"></p></main>`,
  script: `document.querySelectorAll('.rc').forEach(function(c){ c.querySelector('.open').onclick = function(){ window.open('/report/' + c.dataset.id, '_blank', 'noopener'); };
  c.querySelector('.share').onclick = function(){ var w = window.open('/share/' + c.dataset.id, 'share', 'width=480,height=320'); }; });`,
});

function report(id) {
  const r = REPORTS[id];
  const tbl = (rows) => `<table>${rows.map(([a, b]) => `<tr><td>${a}</td><td><b>${b}</b></td></tr>`).join('')}</table>`;
  return doc({
    title: `${r.title} · Metricly`, css,
    body: `<main style="background:#fff;padding:20px;border-radius:10px"><h1>${r.title}</h1><div role="tablist" aria-label="Report sections">
<button role="tab" aria-selected="true" aria-controls="pv" id="tv">Overview</button><button role="tab" aria-selected="false" aria-controls="pc" id="tc">Channels</button><button role="tab" aria-selected="false" aria-controls="pd" id="td">Devices</button></div>
<section role="tabpanel" id="pv" aria-labelledby="tv"><div>${r.total[0]}</div><div class="big">${r.total[1]}</div><p>Bounce rate: ${r.bounce}</p></section>
<section role="tabpanel" id="pc" aria-labelledby="tc" hidden>${tbl(r.channels)}</section><section role="tabpanel" id="pd" aria-labelledby="td" hidden>${tbl(r.devices)}</section>
<p><button class="btn" id="sub">Subscribe to weekly email</button></p><p id="msg" role="status"></p></main>`,
    script: `rec('tab-view', {page: 'report', id: '${id}'});
document.querySelectorAll('[role=tab]').forEach(function(t){ t.onclick = function(){ document.querySelectorAll('[role=tab]').forEach(function(o){ o.setAttribute('aria-selected', o === t); document.getElementById(o.getAttribute('aria-controls')).hidden = o !== t; }); rec('tab', {id: '${id}', tab: t.textContent}); }; });
document.getElementById('sub').onclick = function(){ rec('subscribe', {id: '${id}'}); document.getElementById('msg').textContent = 'Subscribed. The first email goes out on Monday at 08:00.'; };`,
  });
}
function csv(id) {
  const r = REPORTS[id];
  return `<!doctype html><html><head><meta charset="utf-8"><title>${id}.csv</title><script src="/assets/app-core.js"></script></head><body><pre>section,label,value
total,${r.total[0]},"${r.total[1]}"
${r.channels.map(([a, b]) => `channel,${a},${b}`).join('\n')}
${r.devices.map(([a, b]) => `device,${a},${b}`).join('\n')}
</pre><script>rec('tab-view', {page: 'csv', id: '${id}'});</script></body></html>`;
}
function share(id) {
  return doc({ title: 'Share report', body: `<div style="padding:16px"><h2>Share “${REPORTS[id].title}”</h2><p>Anyone with this link can view: <code>https://metricly.example/s/${id.slice(2, 6)}-${REPORTS[id].owner.split(' ')[0].toLowerCase()}</code></p><button class="btn" id="copy">Copy link</button></div>`, script: `rec('tab-view', {page: 'share', id: '${id}'}); document.getElementById('copy').onclick = function(){ rec('copy', {id: '${id}'}); this.textContent = 'Copied!'; };` });
}

export default {
  name: 'reports',
  title: 'Metricly',
  pages: { '/': dash },
  fallback: (p) => {
    const m = /^\/(report|csv|share)\/([\w-]+)$/.exec(p);
    if (!m || !REPORTS[m[2]]) return undefined;
    return m[1] === 'report' ? report(m[2]) : m[1] === 'csv' ? csv(m[2]) : share(m[2]);
  },
};

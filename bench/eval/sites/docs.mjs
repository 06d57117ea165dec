// Quarkly docs: a hash-routed single-page docs site with a collapsible nested nav
// (buttons with aria-expanded, collapsed by default), pages with specific facts, an
// "On this page" list, and links that open the changelog / status page in a new tab.
import { doc } from './common.mjs';

export const NAV = [
  ['Getting started', [['Installation', 'start/install'], ['Configuration', 'start/config'], ['Your first project', 'start/first']]],
  ['Guides', [['Authentication', 'guides/auth'], ['Webhooks', 'guides/webhooks'], ['Rate limits', 'guides/rate-limits'], ['Migrating from v2', 'guides/migrate']]],
  ['API reference', [['Projects', 'api/projects'], ['Users', null, [['List users', 'api/users/list'], ['Invite a user', 'api/users/invite'], ['Deactivate a user', 'api/users/deactivate']]], ['Billing', 'api/billing']]],
  ['Operations', [['Backups', 'ops/backups'], ['Upgrades', 'ops/upgrades'], ['Monitoring', 'ops/monitoring']]],
];
export const PAGES = {
  '': ['Quarkly documentation', 'Welcome. Quarkly is a job queue for small teams. Pick a topic in the menu on the left.'],
  'start/install': ['Installation', 'Install the CLI with <code>pipx install quarkly</code>. Quarkly needs Python 3.10 or newer and Redis 7.2 or newer.'],
  'start/config': ['Configuration', 'Settings live in <code>quarkly.toml</code>. The default worker concurrency is 8 and the default queue name is <code>default</code>.'],
  'start/first': ['Your first project', 'Run <code>quarkly init demo</code>, then <code>quarkly run</code>. The dashboard opens on port 7401.'],
  'guides/auth': ['Authentication', 'API tokens start with <code>qk_live_</code>. Tokens expire after 90 days unless you set <code>ttl = 0</code>.'],
  'guides/webhooks': ['Webhooks', 'Webhooks are signed with HMAC-SHA256 in the <code>Quarkly-Signature</code> header. Failed deliveries are retried 6 times over 12 hours.'],
  'guides/rate-limits': ['Rate limits', 'The API allows 120 requests per minute per token, and bursts of up to 40. Over the limit you get HTTP 429 with a <code>Retry-After</code> header.'],
  'guides/migrate': ['Migrating from v2', 'v3 renamed <code>enqueue_in</code> to <code>schedule</code>. Support for v2 ends on 30 September 2026.'],
  'api/projects': ['Projects', '<code>GET /v3/projects</code> lists projects, 50 per page. Project slugs are at most 40 characters.'],
  'api/users/list': ['List users', '<code>GET /v3/users</code> returns users sorted by creation date, 25 per page by default, 200 at most.'],
  'api/users/invite': ['Invite a user', '<code>POST /v3/users/invite</code> sends an invitation that stays valid for 7 days.'],
  'api/users/deactivate': ['Deactivate a user', '<code>POST /v3/users/{id}/deactivate</code>. Deactivated users keep their jobs for 30 days, then the jobs are deleted.'],
  'api/billing': ['Billing', '<code>GET /v3/billing/usage</code> reports job-minutes. The free tier includes 2,000 job-minutes per month.'],
  'ops/backups': ['Backups', 'Snapshots are taken every 6 hours and kept for 14 days. Restore with <code>quarkly restore SNAPSHOT_ID</code>.'],
  'ops/upgrades': ['Upgrades', 'Upgrade one minor version at a time. The current stable release is 3.8.2.'],
  'ops/monitoring': ['Monitoring', 'Metrics are exposed at <code>/metrics</code> on port 9464. Alert when queue latency stays above 30 seconds.'],
};

const css = `.layout{display:grid;grid-template-columns:260px 1fr;min-height:100vh}
.side{background:#fbfbfd;border-right:1px solid #e6e8ee;padding:14px}.side .logo{font-weight:800;font-size:18px;margin-bottom:12px}
.side button.sec{display:flex;width:100%;justify-content:space-between;border:0;background:none;padding:7px 6px;font:inherit;font-weight:600;cursor:pointer;text-align:left}
.side button.sec .car{transition:transform .1s}.side button.sec[aria-expanded=true] .car{transform:rotate(90deg)}
.side ul{list-style:none;margin:0 0 0 10px;padding:0}.side li a{display:block;padding:5px 8px;color:#3d4555;text-decoration:none;border-radius:5px}.side li a.on{background:#e8edfc;color:#2f5bea}
.content{padding:26px 40px;max-width:760px}.content code{background:#f1f2f6;padding:1px 4px;border-radius:4px}.crumbs{color:#7b8392;font-size:12px}
.top{display:flex;justify-content:flex-end;gap:16px;padding:10px 40px;border-bottom:1px solid #eef0f3}`;

function navHtml() {
  const item = ([label, route, kids]) => (kids
    ? `<li><button class="sec sub" aria-expanded="false">${label} <span class="car">›</span></button><ul class="hidden">${kids.map(item).join('')}</ul></li>`
    : `<li><a href="#/${route}" data-route="${route}">${label}</a></li>`);
  return NAV.map(([sec, items]) => `<div class="group"><button class="sec" aria-expanded="false">${sec} <span class="car">›</span></button><ul class="hidden">${items.map(item).join('')}</ul></div>`).join('');
}

const body = `<div class="layout"><nav class="side" aria-label="Documentation"><div class="logo">◆ Quarkly docs</div>
<input id="q" placeholder="Filter topics…" aria-label="Filter topics" style="width:100%;padding:6px;margin-bottom:10px;border:1px solid #d5d9e1;border-radius:6px">${navHtml()}</nav>
<div><div class="top"><a href="/changelog" target="_blank" rel="noopener">Changelog ↗</a><a href="/status" target="_blank" rel="noopener">System status ↗</a><a href="#/">Home</a></div>
<article class="content" id="content"></article></div></div>`;

const script = `
var PAGES = ${JSON.stringify(PAGES)};
function render(){ var r = location.hash.replace(/^#\\/?/, ''); var p = PAGES[r] || ['Not found', 'No page at this address.'];
  document.getElementById('content').innerHTML = '<div class="crumbs">Docs / ' + (r || 'home') + '</div><h1></h1><p>' + p[1] + '</p><p><a href="#/">← All topics</a></p>';
  document.querySelector('#content h1').textContent = p[0]; document.title = p[0] + ' · Quarkly docs';
  document.querySelectorAll('.side a').forEach(function(a){ a.classList.toggle('on', a.dataset.route === r); });
  rec('route', {route: r}); }
window.addEventListener('hashchange', render); render();
document.querySelector('.side').addEventListener('click', function(e){ var b = e.target.closest('button.sec'); if (!b) return;
  var open = b.getAttribute('aria-expanded') !== 'true'; b.setAttribute('aria-expanded', open); b.nextElementSibling.classList.toggle('hidden', !open); });
document.getElementById('q').addEventListener('input', function(){ var q = this.value.toLowerCase();
  document.querySelectorAll('.side li a').forEach(function(a){ var hit = !q || a.textContent.toLowerCase().indexOf(q) >= 0; a.parentNode.style.display = hit ? '' : 'none';
    if (q && hit) { var ul = a.closest('ul'); while (ul) { ul.classList.remove('hidden'); ul.previousElementSibling.setAttribute('aria-expanded', 'true'); ul = ul.parentNode.closest('ul'); } } }); });
`;

const changelog = doc({
  title: 'Changelog · Quarkly',
  body: `<main style="max-width:720px;margin:24px auto;background:#fff;padding:20px;border-radius:10px"><h1>Changelog</h1>
<h2>3.8.2 <small>— 24 Feb 2026</small></h2><ul><li>Fixed retries of webhooks that timed out.</li><li>Dashboard shows queue latency.</li></ul>
<h2>3.8.1 <small>— 9 Feb 2026</small></h2><ul><li>Security: tokens are compared in constant time.</li></ul>
<h2>3.8.0 <small>— 20 Jan 2026</small></h2><ul><li>New: scheduled jobs with cron syntax.</li><li>Removed: Python 3.9 support.</li></ul></main>`,
  script: "rec('tab-view', {page: 'changelog'});",
});
const status = doc({
  title: 'Status · Quarkly',
  body: `<main style="max-width:720px;margin:24px auto;background:#fff;padding:20px;border-radius:10px"><h1>System status</h1>
<table><tr><td>API</td><td>Operational</td></tr><tr><td>Dashboard</td><td>Operational</td></tr><tr><td>Webhooks</td><td>Degraded performance</td></tr><tr><td>Scheduler</td><td>Operational</td></tr></table>
<p>Uptime over the last 90 days: 99.982%</p></main>`,
  script: "rec('tab-view', {page: 'status'});",
});

export default {
  name: 'docs',
  title: 'Quarkly docs',
  pages: { '/': doc({ title: 'Quarkly docs', css, body, script }), '/changelog': changelog, '/status': status },
};

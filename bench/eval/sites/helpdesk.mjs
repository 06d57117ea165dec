// Assistly help centre: FAQ accordions (buttons with aria-expanded controlling
// hidden panels), <details>/<summary> policy sections, an agent queue with counts
// and ⓘ icons whose tooltips appear only on hover, and a ticket form (native post).
import { doc } from './common.mjs';

const FAQ = [
  ['Orders', [['How do I track my order?', 'Use the tracking link in your shipping email. Tracking updates every 4 hours.'],
    ['Can I change my delivery address?', 'Yes, until the order is packed. After that, contact the courier with reference code ADDR-7.']]],
  ['Returns', [['How long do I have to return an item?', 'You have 45 days from delivery to start a return.'],
    ['Who pays for return shipping?', 'Returns are free for members; otherwise a $6.95 label fee is taken from the refund.']]],
  ['Payments', [['Which cards do you accept?', 'Visa, Mastercard and American Express. We do not accept Diners Club.'],
    ['When will I get my refund?', 'Refunds reach your card 5 to 7 business days after we receive the item.']]],
  ['Account', [['How do I reset my password?', 'Click "Forgot password" on the sign-in page. The reset link is valid for 30 minutes.'],
    ['Can I merge two accounts?', 'Not yourself: ask support and quote both email addresses. Merging takes up to 2 days.']]],
];

const css = `main{max-width:900px;margin:20px auto}.box{background:#fff;border-radius:10px;padding:16px 20px;margin-bottom:16px}
.acc-sec h3{margin:14px 0 4px;font-size:13px;text-transform:uppercase;color:#6b7383}.acc-trigger{display:flex;justify-content:space-between;width:100%;border:0;border-bottom:1px solid #eceef2;background:none;padding:10px 2px;font:inherit;cursor:pointer;text-align:left}
.acc-trigger::after{content:"+";color:#2f5bea}.acc-trigger[aria-expanded=true]::after{content:"−"}.acc-panel{padding:8px 4px 12px;color:#3d4555}
details{border-bottom:1px solid #eceef2;padding:8px 0}summary{cursor:pointer;font-weight:600}.q{display:flex;gap:26px}.q .n{font-size:26px;font-weight:800}
.info{cursor:help;color:#6b7383;position:relative}.tip{position:absolute;left:20px;top:-4px;background:#1d2330;color:#fff;padding:5px 8px;border-radius:5px;font-size:12px;white-space:nowrap;z-index:9}
.tk label{display:block;font-weight:600;font-size:13px;margin:10px 0 3px}.tk input,.tk select,.tk textarea{width:100%;padding:7px;border:1px solid #c9ced8;border-radius:6px;font:inherit}`;

const body = `<main><h1>How can we help?</h1>
<div class="box q" aria-label="Queue"><div><div class="n">7</div>open tickets <span class="info" data-tip="Open = waiting for an agent. 3 of them are older than 24 h." tabindex="0">ⓘ</span></div>
<div><div class="n">2</div>waiting on customer <span class="info" data-tip="Auto-closed after 5 days without a reply." tabindex="0">ⓘ</span></div>
<div><div class="n">1 h 40 min</div>median first reply <span class="info" data-tip="Target is 2 hours on weekdays, 6 hours on weekends." tabindex="0">ⓘ</span></div></div>
<div class="box"><h2>Frequently asked questions</h2>${FAQ.map(([sec, qs], i) => `<div class="acc-sec"><h3>${sec}</h3>${qs.map(([q, a], j) => `<button class="acc-trigger" aria-expanded="false" aria-controls="a${i}${j}" id="q${i}${j}">${q}</button><div class="acc-panel" id="a${i}${j}" role="region" aria-labelledby="q${i}${j}" hidden>${a}</div>`).join('')}</div>`).join('')}</div>
<div class="box"><h2>Policies</h2>
<details data-k="warranty"><summary>Warranty</summary><p>Electronics carry a 2-year warranty; furniture carries 5 years. Keep your receipt.</p></details>
<details data-k="price"><summary>Price match</summary><p>We match a lower price from a major retailer within 14 days of your purchase, once per item.</p></details>
<details data-k="gift"><summary>Gift cards</summary><p>Gift cards never expire and cannot be exchanged for cash. Check the balance with the 16-digit code.</p></details></div>
<div class="box tk"><h2>Still stuck? Open a ticket</h2><form method="post" action="/submit/ticket">
<label for="t-email">Email</label><input id="t-email" name="email" type="email" required>
<label for="t-order">Order number (optional)</label><input id="t-order" name="order" placeholder="e.g. 100-4821">
<label for="t-cat">What is it about?</label><select id="t-cat" name="category"><option value="">Pick a topic</option><option value="delivery">Delivery</option><option value="return">Return or refund</option><option value="damaged">Damaged item</option><option value="account">Account</option><option value="other">Something else</option></select>
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600;font-size:13px">How urgent?</legend><label style="display:inline;font-weight:400"><input type="radio" name="priority" value="low" style="width:auto" checked> Not urgent</label>
<label style="display:inline;font-weight:400;margin-left:12px"><input type="radio" name="priority" value="normal" style="width:auto"> Normal</label><label style="display:inline;font-weight:400;margin-left:12px"><input type="radio" name="priority" value="high" style="width:auto"> Urgent</label></fieldset>
<label for="t-desc">Describe the problem</label><textarea id="t-desc" name="description" rows="4" required></textarea>
<p><button class="btn btn-primary" type="submit">Submit ticket</button></p></form></div></main>`;

const script = `
document.querySelectorAll('.acc-trigger').forEach(function(b){ b.onclick = function(){ var open = b.getAttribute('aria-expanded') !== 'true'; b.setAttribute('aria-expanded', open); document.getElementById(b.getAttribute('aria-controls')).hidden = !open; rec('faq', {q: b.textContent, open: open}); }; });
document.querySelectorAll('details').forEach(function(d){ d.addEventListener('toggle', function(){ rec('policy', {k: d.dataset.k, open: d.open}); }); });
var tip = null;
document.querySelectorAll('.info').forEach(function(i){ i.addEventListener('mouseenter', function(){ tip = document.createElement('span'); tip.className = 'tip'; tip.setAttribute('role', 'tooltip'); tip.textContent = i.dataset.tip; i.appendChild(tip); });
  i.addEventListener('mouseleave', function(){ if (tip) tip.remove(); tip = null; }); });
`;

export default {
  name: 'helpdesk',
  title: 'Assistly',
  thanksTitle: 'Ticket received',
  thanks: (form, d) => `<h1>Ticket received</h1><p>Your ticket number is <b>AS-${{ delivery: 3011, return: 3027, damaged: 3042, account: 3056, other: 3063 }[d.category] || 3000}</b>. ${d.priority === 'high' ? 'Urgent tickets are answered within 1 hour.' : 'We answer within one business day.'}</p>`,
  pages: { '/': doc({ title: 'Help centre · Assistly', css, body, script }) },
};

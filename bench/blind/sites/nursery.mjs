// Fernhill Plant Nursery: a grid of <plant-card> web components (open shadow roots:
// pot-size radio buttons, quantity stepper, add-to-basket, wishlist heart, a light
// icon with a tooltip, a care guide link opening in a new tab) that loads more cards
// as the window scrolls; a wishlist with hover actions; a basket with steppers.
import { page, esc } from './common.mjs';

const SITE = 'Fernhill Plant Nursery';
const head = `<header class="top"><div class="wrap"><span class="brand">🌿 Fernhill Plant Nursery</span><nav><a href="/">Plants</a><a href="/wishlist">Wishlist</a><a href="/basket">Basket</a><a href="/delivery">Delivery</a></nav></div></header>`;

const P = (sku, name, latin, sizes, light, water, pets) => ({ sku, name, latin, sizes, light, water, pets });
export const PLANTS = [
  P('lavender', "Lavender 'Hidcote'", 'Lavandula angustifolia', { '9cm': 4.5, '2L': 9.99, '5L': 17.5 }, 'Full sun', 'Water sparingly: once every two weeks once established.', 'Safe for cats and dogs'),
  P('maple', "Japanese maple 'Bloodgood'", 'Acer palmatum', { '2L': 24, '5L': 39 }, 'Partial shade', 'Keep the compost moist; water twice a week in summer.', 'Safe for cats and dogs'),
  P('hosta', "Hosta 'Frances Williams'", 'Hosta sieboldiana', { '9cm': 5.25, '2L': 11.5 }, 'Shade', 'Water weekly; slugs love it.', 'Toxic to cats and dogs'),
  P('rosemary', 'Rosemary', 'Salvia rosmarinus', { '9cm': 3.95, '2L': 8.5, '5L': 15 }, 'Full sun', 'Let the soil dry out between waterings.', 'Safe for cats and dogs'),
  P('fern', 'Boston fern', 'Nephrolepis exaltata', { '9cm': 6, '2L': 13 }, 'Bright indirect light', 'Mist daily and keep the soil evenly moist.', 'Safe for cats and dogs'),
  P('hydrangea', "Hydrangea 'Annabelle'", 'Hydrangea arborescens', { '2L': 14.99, '5L': 26 }, 'Partial shade', 'Water deeply twice a week in dry spells.', 'Toxic to cats and dogs'),
  P('echinacea', "Coneflower 'Magnus'", 'Echinacea purpurea', { '9cm': 4.75, '2L': 10.5 }, 'Full sun', 'Drought tolerant once established.', 'Safe for cats and dogs'),
  P('foxglove', 'Foxglove', 'Digitalis purpurea', { '9cm': 3.5, '2L': 7.99 }, 'Partial shade', 'Water weekly in its first summer.', 'All parts are poisonous to people and pets'),
  P('olive', 'Olive tree', 'Olea europaea', { '2L': 19.99, '5L': 45 }, 'Full sun', 'Water once a week in summer and once a month in winter.', 'Safe for cats and dogs'),
  P('clematis', "Clematis 'Nelly Moser'", 'Clematis', { '2L': 12.99, '5L': 22 }, 'Partial shade', 'Keep the roots cool and moist.', 'Toxic to cats and dogs'),
  P('heuchera', "Heuchera 'Palace Purple'", 'Heuchera micrantha', { '9cm': 4.99, '2L': 9.5 }, 'Partial shade', 'Water weekly.', 'Safe for cats and dogs'),
  P('hellebore', "Hellebore 'Christmas Carol'", 'Helleborus niger', { '9cm': 7.5, '2L': 14.5 }, 'Shade', 'Water in dry weather; feed in spring.', 'Toxic to cats and dogs'),
  P('fuchsia', "Fuchsia 'Hawkshead'", 'Fuchsia', { '2L': 11, '5L': 19 }, 'Partial shade', 'Water every two to three days in summer.', 'Safe for cats and dogs'),
  P('box-ball', 'Box ball', 'Buxus sempervirens', { '2L': 16, '5L': 32 }, 'Full sun or shade', 'Water weekly; clip in June.', 'Toxic to cats and dogs'),
  P('mint', "Mint 'Moroccan'", 'Mentha spicata', { '9cm': 2.99 }, 'Partial shade', 'Keep moist; grow in a pot so it does not spread.', 'Mildly toxic to cats and dogs'),
  P('snake-plant', 'Snake plant', 'Dracaena trifasciata', { '9cm': 8, '2L': 16.5 }, 'Any indoor light', 'Water every three to four weeks; never let it sit in water.', 'Toxic to cats and dogs'),
  P('peace-lily', 'Peace lily', 'Spathiphyllum wallisii', { '9cm': 7, '2L': 15 }, 'Low to bright indirect light', 'Water when the leaves droop slightly, about once a week.', 'Toxic to cats and dogs'),
  P('agapanthus', "Agapanthus 'Blue Giant'", 'Agapanthus', { '2L': 13.5, '5L': 24 }, 'Full sun', 'Water weekly while in flower.', 'Toxic to cats and dogs'),
  P('stipa', 'Mexican feather grass', 'Stipa tenuissima', { '9cm': 4.25, '2L': 8.99 }, 'Full sun', 'Very drought tolerant.', 'Safe for cats and dogs'),
  P('camellia', "Camellia 'Donation'", 'Camellia × williamsii', { '2L': 18, '5L': 34 }, 'Partial shade', 'Use rainwater; keep moist in late summer when buds form.', 'Safe for cats and dogs'),
  P('verbena', 'Purpletop vervain', 'Verbena bonariensis', { '9cm': 3.75, '2L': 8.25 }, 'Full sun', 'Water in its first summer only.', 'Safe for cats and dogs'),
  P('fig', "Fig 'Brown Turkey'", 'Ficus carica', { '5L': 29.99 }, 'Full sun', 'Water twice a week while fruit is swelling.', 'Sap irritates skin; toxic to cats and dogs'),
  P('skimmia', "Skimmia 'Rubella'", 'Skimmia japonica', { '2L': 12.5, '5L': 21 }, 'Shade', 'Keep moist; acid compost.', 'Toxic to cats and dogs'),
  P('sweet-pea', 'Sweet pea seedlings (pack of 6)', 'Lathyrus odoratus', { '9cm': 3.25 }, 'Full sun', 'Water daily in hot weather once in flower.', 'Seeds are toxic to people and pets'),
];
const money = (v) => `£${v.toFixed(2)}`;

const CARD_JS = `
class PlantCard extends HTMLElement {
  connectedCallback(){
    if (this.shadowRoot) return;
    var p = JSON.parse(this.dataset.plant), root = this.attachShadow({mode:'open'}), me = this;
    var sizes = Object.keys(p.sizes), size = sizes[0], qty = 1;
    root.innerHTML = '<style>:host{display:block;background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:12px;min-height:250px}h3{margin:4px 0}.pic{height:70px;background:#dfeedd;border-radius:6px;text-align:center;font-size:40px}.sz button{border:1px solid #99a;background:#fff;border-radius:4px;margin:2px;padding:3px 7px;cursor:pointer}.sz button[aria-checked=true]{background:#2d6a3e;color:#fff}.q{display:inline-flex;gap:4px;align-items:center}.q button{width:26px}.tip{position:relative;cursor:help}.tip .tt{display:none;position:absolute;top:120%;left:0;background:#222;color:#fff;padding:3px 6px;border-radius:4px;font-size:12px;white-space:nowrap}.tip:hover .tt{display:block}.heart{float:right;border:0;background:none;font-size:18px;cursor:pointer}.add{background:#2d6a3e;color:#fff;border:0;border-radius:5px;padding:6px 10px;cursor:pointer}</style>'+
      '<button class="heart" aria-label="Add '+p.name+' to wishlist" aria-pressed="false">♡</button><div class="pic" aria-hidden="true">🪴</div><h3>'+p.name+'</h3><div><i>'+p.latin+'</i> <span class="tip" tabindex="0" aria-describedby="tt">☀<span class="tt" role="tooltip" id="tt">'+p.light+'</span></span></div>'+
      '<div class="price">'+money(p.sizes[size])+'</div><div class="sz" role="radiogroup" aria-label="Pot size">'+sizes.map(function(s,i){ return '<button role="radio" aria-checked="'+(i===0)+'" data-s="'+s+'">'+s+'</button>'; }).join('')+'</div>'+
      '<div class="q"><button class="minus" aria-label="Decrease quantity">−</button><span class="qty" aria-live="polite">1</span><button class="plus" aria-label="Increase quantity">+</button></div> <button class="add">Add to basket</button>'+
      '<p><a href="/care/'+p.sku+'" target="_blank" rel="noopener">Care guide ↗</a></p>';
    function money(v){ return '£'+v.toFixed(2); }
    root.querySelectorAll('.sz button').forEach(function(b){ b.onclick=function(){ size=b.dataset.s; root.querySelectorAll('.sz button').forEach(function(o){ o.setAttribute('aria-checked', o===b); }); root.querySelector('.price').textContent=money(p.sizes[size]); }; });
    root.querySelector('.minus').onclick=function(){ qty=Math.max(1,qty-1); root.querySelector('.qty').textContent=qty; };
    root.querySelector('.plus').onclick=function(){ qty=Math.min(20,qty+1); root.querySelector('.qty').textContent=qty; };
    root.querySelector('.add').onclick=function(){ rec('add',{sku:p.sku, size:size, qty:qty}); var b=document.getElementById('bcount'); b.textContent=Number(b.textContent)+qty; toast(qty+' × '+p.name+' ('+size+') added to your basket'); };
    var heart=root.querySelector('.heart');
    heart.onclick=function(){ var on=heart.getAttribute('aria-pressed')!=='true'; heart.setAttribute('aria-pressed', on); heart.textContent=on?'♥':'♡'; heart.setAttribute('aria-label', (on?'Remove ':'Add ')+p.name+(on?' from':' to')+' wishlist'); rec('wish',{sku:p.sku, on:on}); };
  }
}
customElements.define('plant-card', PlantCard);
function toast(t){ var e=document.getElementById('toast'); e.textContent=t; e.style.display='block'; clearTimeout(toast.t); toast.t=setTimeout(function(){ e.style.display='none'; }, 3000); }
`;

const shop = page('Plants', `${head}<main class="wrap"><h1>Plants <small class="muted">${PLANTS.length} varieties in stock</small></h1><p class="muted">Basket: <span id="bcount">6</span> items</p>
<div id="grid" style="display:grid;grid-template-columns:repeat(3,1fr);gap:14px"></div><p id="loading" hidden>Loading more plants…</p><p id="end" class="muted" hidden>That's everything we have this week.</p><div class="toast" id="toast"></div></main>`, { site: SITE, script: `${CARD_JS}
var ALL=${JSON.stringify(PLANTS)}, shown=0, busy=false;
function more(){ if(busy || shown>=ALL.length) return; busy=true; document.getElementById('loading').hidden=false;
  setTimeout(function(){ ALL.slice(shown, shown+6).forEach(function(p){ var c=document.createElement('plant-card'); c.dataset.plant=JSON.stringify(p); c.id='plant-'+p.sku; document.getElementById('grid').appendChild(c); });
    shown=Math.min(ALL.length, shown+6); busy=false; document.getElementById('loading').hidden=true; if(shown>=ALL.length) document.getElementById('end').hidden=false; }, 300); }
more();
window.addEventListener('scroll', function(){ if(innerHeight+scrollY >= document.body.scrollHeight-250) more(); });
` });

const WISH = ['camellia', 'olive', 'hellebore'];
const wishlist = page('Wishlist', `${head}<main class="wrap"><h1>Your wishlist</h1><ul id="wish" style="list-style:none;padding:0">
${WISH.map((s) => { const p = PLANTS.find((x) => x.sku === s); const sz = Object.keys(p.sizes)[0]; return `<li class="item card" data-sku="${s}"><b>${esc(p.name)}</b> — ${sz} pot, ${money(p.sizes[sz])} <span class="row-actions"><button class="icon mv" title="Move to basket">🛒</button><button class="icon rm" aria-label="Remove from wishlist">✕</button></span></li>`; }).join('')}
</ul><div class="toast" id="toast"></div></main>`, { site: SITE, script: `
var SIZES=${JSON.stringify(Object.fromEntries(WISH.map((s) => [s, Object.keys(PLANTS.find((x) => x.sku === s).sizes)[0]])))};
function toast(t){ var e=document.getElementById('toast'); e.textContent=t; e.style.display='block'; }
document.querySelectorAll('#wish li').forEach(function(li){ var s=li.dataset.sku;
  li.querySelector('.mv').onclick=function(){ rec('add',{sku:s, size:SIZES[s], qty:1, from:'wishlist'}); rec('wish',{sku:s, on:false}); li.remove(); toast('Moved to basket'); };
  li.querySelector('.rm').onclick=function(){ rec('wish',{sku:s, on:false}); li.remove(); toast('Removed'); }; });
` });

const BASKET = [['rosemary', '9cm', 3], ['fern', '2L', 1], ['box-ball', '5L', 2]];
const basket = page('Basket', `${head}<main class="wrap"><h1>Your basket</h1><table id="basket"><thead><tr><th>Plant</th><th>Pot</th><th>Price</th><th>Quantity</th><th>Subtotal</th><th></th></tr></thead><tbody>
${BASKET.map(([s, sz, q]) => { const p = PLANTS.find((x) => x.sku === s); return `<tr data-sku="${s}" data-price="${p.sizes[sz]}"><td>${esc(p.name)}</td><td>${sz}</td><td>${money(p.sizes[sz])}</td><td><button class="icon dec" aria-label="Decrease quantity of ${esc(p.name)}">−</button> <span class="q">${q}</span> <button class="icon inc" aria-label="Increase quantity of ${esc(p.name)}">+</button></td><td class="sub">${money(p.sizes[sz] * q)}</td><td><button class="icon del" aria-label="Remove ${esc(p.name)}">🗑</button></td></tr>`; }).join('')}
</tbody></table><p>Total: <b id="total"></b> <span class="muted" id="deliv"></span></p><p><button class="btn primary" id="checkout">Go to checkout</button></p></main>`, { site: SITE, script: `
function recalc(){ var t=0, st={name:'basket'}; document.querySelectorAll('#basket tbody tr').forEach(function(r){ var q=Number(r.querySelector('.q').textContent); t+=q*Number(r.dataset.price); r.querySelector('.sub').textContent='£'+(q*Number(r.dataset.price)).toFixed(2); st[r.dataset.sku]=q; });
  document.getElementById('total').textContent='£'+t.toFixed(2); document.getElementById('deliv').textContent=t>=60?'(free delivery)':'(+ £6.95 delivery)'; return st; }
function save(){ rec('state', recalc()); }
recalc();
document.querySelectorAll('#basket tbody tr').forEach(function(r){
  r.querySelector('.dec').onclick=function(){ var q=r.querySelector('.q'); q.textContent=Math.max(1, Number(q.textContent)-1); save(); };
  r.querySelector('.inc').onclick=function(){ var q=r.querySelector('.q'); q.textContent=Number(q.textContent)+1; save(); };
  r.querySelector('.del').onclick=function(){ r.remove(); save(); }; });
document.getElementById('checkout').onclick=function(){ rec('checkout', recalc()); location.href='/checkout'; };
` });

const delivery = page('Delivery', `${head}<main class="wrap"><h1>Delivery &amp; collection</h1>
<div class="card"><p>Standard delivery is <b>£6.95</b>, free on orders of £60 or more. We deliver Tuesday to Friday; trees and anything in a 5L pot or bigger go out on <b>Thursdays</b> only.</p>
<p>Click &amp; collect from the nursery on Fernhill Lane is free — ready within 2 hours, Wednesday to Sunday 9:00–16:30.</p><p>Plants that arrive damaged are replaced if you send a photo within <b>7 days</b>.</p></div></main>`, { site: SITE });

const care = (s) => { const p = PLANTS.find((x) => x.sku === s); return p && page(`${p.name} — care guide`, `<main class="wrap"><h1>Care guide: ${esc(p.name)}</h1><p><i>${esc(p.latin)}</i></p>
<dl><dt>Light</dt><dd>${esc(p.light)}</dd><dt>Watering</dt><dd>${esc(p.water)}</dd><dt>Pets</dt><dd>${esc(p.pets)}</dd><dt>Feeding</dt><dd>A balanced liquid feed every four weeks from April to September.</dd></dl></main>`, { site: SITE }); };

export default {
  name: 'nursery', title: SITE,
  pages: { '/': shop, '/wishlist': wishlist, '/basket': basket, '/delivery': delivery, '/checkout': page('Checkout', `${head}<main class="wrap"><h1>Checkout</h1><p>Checkout is closed for maintenance.</p></main>`) },
  fallback: (p) => { const m = /^\/care\/([\w-]+)$/.exec(p); return m ? care(m[1]) : undefined; },
};

// Nordkit: an outdoor-gear shop built from web components with open shadow roots
// (<product-card> with its own colour swatches and "Add to cart" button, a
// <promo-bar> with a close button, a <qty-stepper>), and a cart drawer.
import { doc } from './common.mjs';

export const PRODUCTS = [
  { sku: 'NK-101', name: 'Fjell 40L Backpack', price: 129, colors: ['Moss', 'Slate', 'Rust'], rating: 4.6, reviews: 212 },
  { sku: 'NK-102', name: 'Tind Trekking Poles', price: 74, colors: ['Black'], rating: 4.2, reviews: 88 },
  { sku: 'NK-103', name: 'Lyng Merino Base Layer', price: 59, colors: ['Navy', 'Heather'], rating: 4.8, reviews: 341 },
  { sku: 'NK-104', name: 'Skog 2-Person Tent', price: 289, colors: ['Olive'], rating: 4.4, reviews: 57 },
  { sku: 'NK-105', name: 'Bre Insulated Bottle 750 ml', price: 32, colors: ['Ice', 'Coral', 'Black'], rating: 4.7, reviews: 506 },
  { sku: 'NK-106', name: 'Vind Softshell Jacket', price: 149, colors: ['Slate', 'Red'], rating: 3.9, reviews: 41 },
  { sku: 'NK-107', name: 'Stien Trail Runners', price: 119, colors: ['Grey', 'Lime'], rating: 4.3, reviews: 133 },
  { sku: 'NK-108', name: 'Lys Headlamp 400', price: 39, colors: ['Orange'], rating: 4.5, reviews: 270 },
];

const css = `header{background:#14342b;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:12px 24px}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;max-width:1100px;margin:18px auto}
.drawer{position:fixed;top:0;right:0;bottom:0;width:380px;background:#fff;box-shadow:-8px 0 30px rgba(0,0,0,.2);z-index:60;padding:16px;overflow:auto}
.line{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-bottom:1px solid #eee}`;

const script = `
var PRODUCTS = ${JSON.stringify(PRODUCTS)};
var cart = [];
customElements.define('promo-bar', class extends HTMLElement { connectedCallback(){ var r = this.attachShadow({mode: 'open'});
  r.innerHTML = '<style>div{background:#f6c945;padding:8px 40px;text-align:center;position:relative}button{position:absolute;right:10px;top:4px;border:0;background:none;font-size:18px;cursor:pointer}</style><div>Free shipping over $150 · code <b>TRAIL15</b> takes 15% off boots <button aria-label="Dismiss promotion">×</button></div>';
  var self = this; r.querySelector('button').onclick = function(){ rec('promo', {closed: true}); self.remove(); }; } });
customElements.define('qty-stepper', class extends HTMLElement { connectedCallback(){ var r = this.attachShadow({mode: 'open'}); var self = this; this.value = +this.getAttribute('value') || 1;
  r.innerHTML = '<style>span{display:inline-block;width:28px;text-align:center}button{width:26px;height:26px;border:1px solid #ccc;background:#fafafa;border-radius:4px;cursor:pointer}</style><button aria-label="Decrease quantity">−</button><span role="spinbutton" aria-label="Quantity" aria-valuemin="0" aria-valuemax="10"></span><button aria-label="Increase quantity">+</button>';
  var sp = r.querySelector('span'); function show(){ sp.textContent = self.value; sp.setAttribute('aria-valuenow', self.value); } show();
  r.querySelectorAll('button')[0].onclick = function(){ self.value = Math.max(0, self.value - 1); show(); self.dispatchEvent(new Event('change')); };
  r.querySelectorAll('button')[1].onclick = function(){ self.value = Math.min(10, self.value + 1); show(); self.dispatchEvent(new Event('change')); }; } });
customElements.define('product-card', class extends HTMLElement { connectedCallback(){ var p = PRODUCTS.filter(function(x){ return x.sku === this.getAttribute('sku'); }, this)[0]; var r = this.attachShadow({mode: 'open'}); this.p = p; this.color = p.colors[0];
  r.innerHTML = '<style>.c{background:#fff;border-radius:10px;padding:14px;height:100%;display:flex;flex-direction:column;gap:6px}.img{height:110px;background:#e7ece9;border-radius:8px;display:flex;align-items:center;justify-content:center;font-size:40px}.n{font-weight:600}.pr{font-size:17px;font-weight:700}.sw{display:flex;gap:6px}.sw button{border:1px solid #ccc;border-radius:12px;padding:2px 8px;background:#fff;cursor:pointer;font-size:12px}.sw button[aria-pressed=true]{border-color:#14342b;background:#14342b;color:#fff}.add{margin-top:auto;padding:8px;border:0;border-radius:6px;background:#14342b;color:#fff;cursor:pointer}.rt{color:#8a6d00;font-size:12px}.wish{position:absolute;right:22px;top:22px;border:0;background:#fff;border-radius:50%;width:28px;height:28px;cursor:pointer}</style>' +
    '<div class="c" style="position:relative"><div class="img" aria-hidden="true">⛰</div><button class="wish" title="Add to wishlist">♡</button><div class="n"></div><div class="rt"></div><div class="pr"></div><div class="sw" role="group" aria-label="Colour"></div><button class="add">Add to cart</button></div>';
  r.querySelector('.n').textContent = p.name; r.querySelector('.pr').textContent = '$' + p.price; r.querySelector('.rt').textContent = '★ ' + p.rating + ' (' + p.reviews + ' reviews)';
  var self = this; p.colors.forEach(function(c, i){ var b = document.createElement('button'); b.textContent = c; b.setAttribute('aria-pressed', i === 0); b.onclick = function(){ self.color = c; r.querySelectorAll('.sw button').forEach(function(o){ o.setAttribute('aria-pressed', o === b); }); }; r.querySelector('.sw').appendChild(b); });
  r.querySelector('.add').onclick = function(){ addToCart(p, self.color); };
  r.querySelector('.wish').onclick = function(){ rec('wishlist', {sku: p.sku}); this.textContent = '♥'; }; } });
function addToCart(p, color){ var l = cart.filter(function(x){ return x.sku === p.sku && x.color === color; })[0]; if (l) l.qty++; else cart.push({sku: p.sku, name: p.name, color: color, qty: 1, price: p.price});
  rec('add', {sku: p.sku, color: color}); count(); toast(p.name + ' (' + color + ') added to your cart.'); }
function count(){ document.getElementById('cc').textContent = cart.reduce(function(a, l){ return a + l.qty; }, 0); }
function toast(t){ var e = document.getElementById('toast'); e.textContent = t; e.classList.remove('hidden'); setTimeout(function(){ e.classList.add('hidden'); }, 5000); }
function total(){ return cart.reduce(function(a, l){ return a + l.qty * l.price; }, 0); }
function drawCart(){ var d = document.getElementById('lines'); d.innerHTML = cart.length ? '' : '<p>Your cart is empty.</p>';
  cart.forEach(function(l){ var row = document.createElement('div'); row.className = 'line'; row.innerHTML = '<div><b></b><div style="font-size:12px;color:#666"></div></div><qty-stepper value="' + l.qty + '"></qty-stepper><div>$' + (l.qty * l.price) + '</div>';
    row.querySelector('b').textContent = l.name; row.querySelector('div div').textContent = l.color + ' · $' + l.price;
    row.querySelector('qty-stepper').addEventListener('change', function(){ l.qty = this.value; if (!l.qty) cart.splice(cart.indexOf(l), 1); count(); drawCart(); }); d.appendChild(row); });
  document.getElementById('total').textContent = '$' + total(); }
document.getElementById('cart-btn').onclick = function(){ drawCart(); document.getElementById('drawer').classList.remove('hidden'); rec('cart-open', {}); };
document.getElementById('drawer-x').onclick = function(){ document.getElementById('drawer').classList.add('hidden'); };
document.getElementById('checkout').onclick = function(){ rec('submit', {form: 'checkout', data: {items: cart.map(function(l){ return l.sku + ':' + l.color + ':' + l.qty; }).sort().join(','), total: total()}}); document.getElementById('lines').innerHTML = '<p>Order NK-' + (880 + cart.length) + ' placed. Thank you!</p>'; cart = []; count(); };
`;

const body = `<promo-bar></promo-bar><header><b>▲ Nordkit</b><nav><input placeholder="Search gear" aria-label="Search gear" style="padding:5px 8px;border-radius:6px;border:0;width:240px"></nav>
<button class="btn" id="cart-btn" aria-label="Cart">🛒 <span id="cc">0</span></button></header>
<div class="grid">${PRODUCTS.map((p) => `<product-card sku="${p.sku}"></product-card>`).join('')}</div>
<aside class="drawer hidden" id="drawer" role="dialog" aria-label="Shopping cart"><button class="icon-btn" style="float:right" aria-label="Close cart" id="drawer-x">✕</button><h2>Your cart</h2><div id="lines"></div>
<p style="display:flex;justify-content:space-between"><b>Total</b><b id="total">$0</b></p><button class="btn btn-primary" id="checkout" style="width:100%;justify-content:center">Check out</button></aside>
<div class="toast hidden" id="toast" role="status"></div>`;

export default {
  name: 'shop',
  title: 'Nordkit',
  pages: { '/': doc({ title: 'Nordkit · Outdoor gear', css, body, script }) },
};

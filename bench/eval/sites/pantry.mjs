// Basket: a shared grocery list. Each item row has a "got it" checkbox, a quantity
// stepper (− / + with aria-labels naming the item), a unit, a note, and a ×
// remove button; a counter says how many items are left to buy; an add-item form.
import { doc } from './common.mjs';

export const ITEMS = [
  { id: 'i1', name: 'Oat milk', qty: 2, unit: 'cartons', aisle: 'Dairy & alternatives', note: 'barista edition', done: false },
  { id: 'i2', name: 'Eggs', qty: 12, unit: '', aisle: 'Dairy & alternatives', note: 'free range', done: true },
  { id: 'i3', name: 'Sourdough loaf', qty: 1, unit: '', aisle: 'Bakery', note: '', done: false },
  { id: 'i4', name: 'Bananas', qty: 6, unit: '', aisle: 'Fruit & veg', note: 'not too ripe', done: false },
  { id: 'i5', name: 'Cherry tomatoes', qty: 2, unit: 'punnets', aisle: 'Fruit & veg', note: '', done: true },
  { id: 'i6', name: 'Basmati rice', qty: 1, unit: 'kg bag', aisle: 'Dry goods', note: 'the big one', done: false },
  { id: 'i7', name: 'Chickpeas', qty: 3, unit: 'tins', aisle: 'Dry goods', note: '', done: false },
  { id: 'i8', name: 'Dish soap', qty: 1, unit: 'bottle', aisle: 'Household', note: 'lemon', done: false },
  { id: 'i9', name: 'Coffee beans', qty: 2, unit: 'bags', aisle: 'Drinks', note: 'Ethiopian if they have it', done: false },
];

const css = `main{max-width:640px;margin:20px auto}.list{background:#fff;border-radius:10px;padding:6px 14px}.aisle{font-size:12px;color:#6b7383;text-transform:uppercase;margin:12px 0 2px}
.it{display:flex;align-items:center;gap:10px;padding:8px 0;border-bottom:1px solid #f0f1f4}.it .nm{flex:1}.it.done .nm{text-decoration:line-through;color:#9aa1ad}.it .note{font-size:12px;color:#8a92a1}
.st{display:inline-flex;align-items:center;border:1px solid #d5d9e1;border-radius:6px}.st button{border:0;background:#f3f4f7;width:26px;height:26px;cursor:pointer}.st span{width:28px;text-align:center}
.left{font-weight:600;margin:10px 0}.add{display:flex;gap:8px;margin-top:12px}.add input,.add select{padding:7px;border:1px solid #c9ced8;border-radius:6px;font:inherit}`;

const script = `
var ITEMS = ${JSON.stringify(ITEMS)};
var list = document.getElementById('list');
function state(){ rec('state', {name: 'list', items: ITEMS.map(function(i){ return i.id + ':' + i.qty + (i.done ? ':done' : ''); }).join(',')}); }
function draw(){ var aisles = []; ITEMS.forEach(function(i){ if (aisles.indexOf(i.aisle) < 0) aisles.push(i.aisle); }); list.innerHTML = '';
  aisles.forEach(function(a){ var h = document.createElement('div'); h.className = 'aisle'; h.textContent = a; list.appendChild(h);
    ITEMS.filter(function(i){ return i.aisle === a; }).forEach(function(i){ var r = document.createElement('div'); r.className = 'it' + (i.done ? ' done' : ''); r.dataset.id = i.id;
      r.innerHTML = '<input type="checkbox" aria-label="Got ' + i.name + '"' + (i.done ? ' checked' : '') + '><div class="nm"><div></div><div class="note"></div></div><div class="st"><button aria-label="Less ' + i.name + '">−</button><span aria-live="polite"></span><button aria-label="More ' + i.name + '">+</button></div><span class="unit"></span><button class="icon-btn" aria-label="Remove ' + i.name + '">×</button>';
      r.querySelector('.nm div').textContent = i.name; r.querySelector('.note').textContent = i.note; r.querySelector('.st span').textContent = i.qty; r.querySelector('.unit').textContent = i.unit;
      r.querySelector('input').onchange = function(){ i.done = this.checked; rec('got', {id: i.id, done: i.done}); draw(); state(); };
      r.querySelectorAll('.st button')[0].onclick = function(){ i.qty = Math.max(1, i.qty - 1); draw(); state(); };
      r.querySelectorAll('.st button')[1].onclick = function(){ i.qty = Math.min(99, i.qty + 1); draw(); state(); };
      r.querySelector('[aria-label^=Remove]').onclick = function(){ rec('remove', {id: i.id}); ITEMS.splice(ITEMS.indexOf(i), 1); draw(); state(); };
      list.appendChild(r); }); });
  var left = ITEMS.filter(function(i){ return !i.done; }).length; document.getElementById('left').textContent = left + ' item' + (left === 1 ? '' : 's') + ' left to buy'; }
draw();
document.getElementById('addf').onsubmit = function(e){ e.preventDefault(); var n = document.getElementById('new-name').value.trim(); if (!n) return;
  var it = {id: 'n' + (ITEMS.length + 1), name: n, qty: +document.getElementById('new-qty').value || 1, unit: '', aisle: document.getElementById('new-aisle').value, note: '', done: false};
  ITEMS.push(it); rec('submit', {form: 'add', data: {name: it.name, qty: it.qty, aisle: it.aisle}}); this.reset(); draw(); state(); };
document.getElementById('clear').onclick = function(){ var n = ITEMS.filter(function(i){ return i.done; }).length; ITEMS = ITEMS.filter(function(i){ return !i.done; }); rec('clear-done', {count: n}); draw(); state(); };
`;

const body = `<main><h1>Weekend shop</h1><p style="color:#6b7383">Shared with Sam and Alex · last edited by Sam</p><p class="left" id="left" role="status"></p>
<div class="list" id="list" role="list" aria-label="Shopping list"></div>
<form class="add" id="addf"><input id="new-name" placeholder="Add an item" aria-label="Item"><input id="new-qty" type="number" min="1" value="1" aria-label="How many" style="width:70px">
<select id="new-aisle" aria-label="Aisle"><option>Fruit & veg</option><option>Bakery</option><option>Dairy & alternatives</option><option>Dry goods</option><option>Drinks</option><option>Household</option><option>Frozen</option></select><button class="btn btn-primary">Add</button></form>
<p><button class="btn" id="clear">Clear bought items</button></p></main>`;

export default {
  name: 'pantry',
  title: 'Basket',
  pages: { '/': doc({ title: 'Weekend shop · Basket', css, body, script }) },
};

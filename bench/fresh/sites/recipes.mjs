// Pinch & Simmer, a recipe site as a pushState single-page app: featured and
// browse cards are <recipe-card> web components with open shadow roots (save
// heart, add-to-list cart), the browse page loads 12 more cards as the sentinel
// scrolls into view, recipe pages have a <servings-scaler> shadow component, star
// rating radiogroup, "Load more reviews", a print view (window.open) and nutrition
// facts (target=_blank); a shopping list with custom checkboxes and hover removes.
import { doc, esc } from '../../eval/sites/common.mjs';

const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// name, author, cuisine, category, prep, cook, rating, kcal, servings, slug?
const ROWS = [
  ['Shakshuka', 'Dalia Haddad', 'Middle Eastern', 'Breakfast', 10, 25, 4.7, 310, 2],
  ['Overnight oats with berries', 'Mia Kowalczyk', 'Modern European', 'Breakfast', 10, 0, 4.2, 340, 1],
  ['Thai green curry with tofu', 'Ploy Sukjai', 'Thai', 'Mains', 20, 20, 4.8, 450, 4, 'green-curry'],
  ['Buttermilk pancakes', 'Jack Whitmore', 'American', 'Breakfast', 10, 15, 4.6, 420, 4],
  ['Miso-glazed aubergine', 'Kenji Mori', 'Japanese', 'Mains', 15, 30, 4.5, 260, 2],
  ['Lemon drizzle cake', 'Harriet Cole', 'British', 'Baking', 20, 45, 4.9, 330, 10],
  ['Crispy gnocchi traybake', 'Luca Bernardi', 'Italian', 'Mains', 10, 30, 4.4, 520, 3],
  ['Red lentil dal', 'Anjali Desai', 'Indian', 'Mains', 10, 30, 4.6, 380, 4],
  ['Huevos rancheros', 'Rosa Jiménez', 'Mexican', 'Breakfast', 15, 20, 4.3, 480, 2],
  ['Spiced lentil soup', 'Anjali Desai', 'Indian', 'Soups', 15, 35, 4.8, 290, 4],
  ['French onion soup', 'Claire Dubois', 'French', 'Soups', 15, 60, 4.5, 410, 4],
  ['Caesar salad', 'Jack Whitmore', 'American', 'Salads', 20, 10, 4.1, 390, 2],
  ['Lentil and chorizo stew', 'Pilar Ortega', 'Spanish', 'Mains', 15, 40, 4.3, 510, 4],
  ['Sourdough focaccia', 'Luca Bernardi', 'Italian', 'Baking', 30, 25, 4.7, 240, 8],
  ['Chicken katsu curry', 'Kenji Mori', 'Japanese', 'Mains', 25, 30, 4.6, 640, 4],
  ['Greek salad', 'Eleni Pappas', 'Greek', 'Salads', 15, 0, 4.4, 280, 2],
  ['Banana bread', 'Harriet Cole', 'British', 'Baking', 15, 60, 4.8, 300, 10],
  ['Mushroom risotto', 'Luca Bernardi', 'Italian', 'Mains', 10, 30, 4.5, 470, 4],
  ['French lentil salad', 'Claire Dubois', 'French', 'Salads', 15, 25, 4.1, 350, 4],
  ['Chocolate mousse', 'Claire Dubois', 'French', 'Desserts', 20, 0, 4.7, 360, 6],
  ['Pad thai', 'Ploy Sukjai', 'Thai', 'Mains', 20, 15, 4.4, 560, 2],
  ['Eggs Benedict', 'Jack Whitmore', 'American', 'Breakfast', 15, 15, 4.5, 610, 2],
  ['Tomato and basil soup', 'Mia Kowalczyk', 'Modern European', 'Soups', 10, 30, 4.2, 210, 4],
  ['Lamb tagine', 'Dalia Haddad', 'Moroccan', 'Mains', 25, 120, 4.7, 590, 6],
  ['Apple crumble', 'Harriet Cole', 'British', 'Desserts', 20, 40, 4.6, 420, 6],
  ['Tabbouleh', 'Dalia Haddad', 'Middle Eastern', 'Salads', 20, 0, 4.3, 220, 4],
  ['Cardamom buns', 'Oona Lindqvist', 'Scandinavian', 'Baking', 80, 30, 4.8, 260, 12],
  ['Prawn laksa', 'Ploy Sukjai', 'Malaysian', 'Soups', 20, 25, 4.5, 530, 2],
  ['Spanakopita', 'Eleni Pappas', 'Greek', 'Baking', 30, 45, 4.4, 380, 8],
  ['Beef pho', 'Minh Tran', 'Vietnamese', 'Soups', 30, 180, 4.7, 480, 4],
  ['Smoky black bean chilli', 'Rosa Jiménez', 'Mexican', 'Mains', 15, 45, 4.6, 430, 4],
  ['Panna cotta', 'Luca Bernardi', 'Italian', 'Desserts', 15, 5, 4.5, 310, 4],
  ['Kimchi fried rice', 'Min-ji Park', 'Korean', 'Mains', 10, 15, 4.4, 450, 2],
  ['Carrot cake', 'Harriet Cole', 'British', 'Baking', 25, 50, 4.6, 450, 12],
  ['Gazpacho', 'Pilar Ortega', 'Spanish', 'Soups', 20, 0, 4.2, 160, 4],
  ['Fish tacos', 'Rosa Jiménez', 'Mexican', 'Mains', 20, 15, 4.5, 410, 4],
  ['Tiramisu', 'Luca Bernardi', 'Italian', 'Desserts', 30, 0, 4.8, 450, 8],
  ['Bircher muesli', 'Mia Kowalczyk', 'Swiss', 'Breakfast', 10, 0, 4.0, 330, 2],
  ['Paella', 'Pilar Ortega', 'Spanish', 'Mains', 20, 40, 4.6, 560, 4],
  ['Rhubarb and custard tart', 'Harriet Cole', 'British', 'Desserts', 40, 45, 4.5, 390, 8],
];

const DETAIL = {
  shakshuka: {
    ing: [[4, '', 'eggs'], [400, 'g', 'chopped tomatoes'], [2, '', 'red peppers'], [1, '', 'onion'], [2, '', 'garlic cloves'], [1, 'tsp', 'ground cumin'], [1, 'tsp', 'smoked paprika'], [100, 'g', 'feta'], [1, 'handful', 'coriander']],
    steps: ['Soften the onion and peppers in olive oil for 10 minutes.', 'Add the garlic and spices, cook for a minute, then tip in the tomatoes and simmer for 12 minutes until thick.',
      'Make four wells in the sauce, crack in the eggs, cover and cook for 6–8 minutes until the whites are set.', 'Crumble over the feta and coriander and serve with warm bread.'],
    nutrition: { Energy: '310 kcal', Fat: '18 g', Saturates: '7 g', Carbohydrate: '19 g', Sugars: '12 g', Fibre: '5.2 g', Protein: '21 g', Salt: '1.4 g' },
    equipment: 'Large lidded frying pan', oven: 'Not needed',
  },
  'green-curry': {
    ing: [[400, 'ml', 'coconut milk'], [3, 'tbsp', 'green curry paste'], [400, 'g', 'firm tofu'], [1, '', 'aubergine'], [150, 'g', 'green beans'], [1, 'tbsp', 'soy sauce'], [1, '', 'lime'], [1, 'handful', 'Thai basil']],
    steps: ['Press the tofu and cut it into cubes; fry until golden.', 'Fry the curry paste for 2 minutes, add the coconut milk and bring to a simmer.', 'Add the aubergine and beans and cook for 10 minutes.', 'Return the tofu, season with soy sauce and lime, scatter over the basil.'],
    equipment: 'Wok or large deep frying pan; rice cooker or saucepan', oven: 'Not needed',
  },
  'miso-glazed-aubergine': {
    ing: [[2, '', 'aubergines'], [2, 'tbsp', 'white miso'], [1, 'tbsp', 'mirin'], [1, 'tsp', 'sugar'], [1, 'tsp', 'sesame seeds'], [2, '', 'spring onions']],
    steps: ['Halve the aubergines, score the flesh and roast until soft.', 'Mix the miso, mirin and sugar; spread over the aubergines.', 'Grill until the glaze bubbles, then scatter with sesame seeds and spring onions.'],
    equipment: 'Roasting tray', oven: '200°C (180°C fan), gas 6',
  },
  'lemon-drizzle-cake': {
    ing: [[225, 'g', 'softened butter'], [225, 'g', 'caster sugar'], [4, '', 'eggs'], [225, 'g', 'self-raising flour'], [2, '', 'lemons'], [85, 'g', 'granulated sugar']],
    steps: ['Heat the oven and line a 2 lb loaf tin.', 'Beat the butter and caster sugar until pale, then beat in the eggs one at a time.', 'Fold in the flour and the zest of both lemons; bake for 45 minutes.', 'Mix the lemon juice with the granulated sugar and spoon it over the warm cake.'],
    equipment: '2 lb loaf tin, electric whisk', oven: '170°C (150°C fan), gas 3',
    reviews: [['Sam P.', 5, 'Perfectly moist, the drizzle makes it.'], ['Aoife', 5, "Made it for my mum's birthday — gone in an hour."], ['Dev R.', 4, 'A bit sweet for me, but great texture.'],
      ['Tobias', 5, 'I used limes instead of lemons. Lovely.'], ['Nora K.', 4, 'Needed 5 extra minutes in my oven.'],
      ['Marguerite', 5, 'I swapped half the sugar for honey and it still set beautifully.'], ['Ben', 5, 'Best loaf cake recipe I know.']],
  },
};

export const RECIPES = ROWS.map(([name, author, cuisine, category, prep, cook, rating, kcal, servings, slug]) => {
  const s = slug || slugify(name);
  const d = DETAIL[s] || {};
  return {
    slug: s, name, author, cuisine, category, prep, cook, total: prep + cook, rating, kcal, servings,
    ing: d.ing || [[2, 'tbsp', 'olive oil'], [1, '', 'onion'], [1, 'pinch', 'sea salt'], [1, 'portion', `${name.toLowerCase()} base (see method)`]],
    steps: d.steps || [`Prepare everything for the ${name.toLowerCase()}.`, 'Cook as described in the notes, tasting as you go.', 'Serve straight away.'],
    reviews: d.reviews || [['Chris', 5, `Our favourite ${name.toLowerCase()} so far.`], ['Jo', 4, 'Easy to follow.']],
    equipment: d.equipment || 'Chopping board, sharp knife, saucepan',
    oven: d.oven || 'See method',
    nutrition: d.nutrition || { Energy: `${kcal} kcal`, Fat: `${Math.round(kcal / 30)} g`, Saturates: `${Math.round(kcal / 90)} g`, Carbohydrate: `${Math.round(kcal / 12)} g`, Sugars: `${Math.round(kcal / 50)} g`, Fibre: `${(kcal / 110).toFixed(1)} g`, Protein: `${Math.round(kcal / 25)} g`, Salt: `${(kcal / 500).toFixed(1)} g` },
  };
});
const BY = Object.fromEntries(RECIPES.map((r) => [r.slug, r]));
const FEATURED = ['shakshuka', 'green-curry', 'crispy-gnocchi-traybake', 'lemon-drizzle-cake', 'miso-glazed-aubergine', 'red-lentil-dal'];
const CATS = ['Breakfast', 'Mains', 'Soups', 'Salads', 'Baking', 'Desserts'];
const fmt = (m) => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}` : `${m} min`);

const CSS = `
header.top{background:#fff7ee;border-bottom:1px solid #f0dcc4;padding:10px 22px;display:flex;gap:18px;align-items:center}
header.top .logo{font-weight:800;font-size:18px;color:#b5471b;text-decoration:none;margin-right:8px}
header.top nav a{color:#5a3a22;text-decoration:none;margin-right:14px}
header.top form{margin-left:auto;display:flex;gap:4px} header.top input{padding:6px 10px;border:1px solid #e0c9ad;border-radius:16px;width:220px;font:inherit}
main{padding:18px 24px;max-width:1100px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}
.cats a{display:inline-block;margin:4px 6px 4px 0;padding:6px 12px;border-radius:16px;background:#fbe9d7;color:#5a3a22;text-decoration:none}
.times{display:flex;gap:22px} .times dt{font-size:12px;color:#7a6552} .times dd{margin:0;font-weight:600}
.bar{display:flex;gap:8px;align-items:center;margin:10px 0}
#ing li{margin:3px 0} .stars span{font-size:22px;cursor:pointer;color:#d0c3b4} .stars span.on{color:#e69b00}
.review{border-top:1px solid #eadfd2;padding:8px 0}
.results li{margin:6px 0} .muted{color:#7a6552}
ul.shop{list-style:none;padding:0;max-width:480px} ul.shop li{display:flex;align-items:center;gap:10px;padding:8px;border-bottom:1px solid #eadfd2;background:#fff}
ul.shop [role=checkbox]{width:18px;height:18px;border:2px solid #b5471b;border-radius:4px;display:inline-block;cursor:pointer;text-align:center;line-height:14px;font-size:12px}
ul.shop [role=checkbox][aria-checked=true]{background:#b5471b;color:#fff} ul.shop [role=checkbox][aria-checked=true]::after{content:'✓'}
ul.shop li.done .nm{text-decoration:line-through;color:#9b8a7a} ul.shop .qty{margin-left:auto;color:#7a6552}
ul.shop .rm{visibility:hidden} ul.shop li:hover .rm{visibility:visible}
#sentinel{height:40px;text-align:center;color:#7a6552}
`;

function shell(title) {
  const body = `<header class="top"><a class="logo" href="/" data-link>Pinch &amp; Simmer</a>
<nav><a href="/recipes" data-link>Browse recipes</a><a href="/saved" data-link>Saved</a><a href="/shopping-list" data-link>Shopping list</a></nav>
<form id="search" role="search"><input name="q" aria-label="Search recipes" placeholder="Search 40 recipes…"><button class="btn">Search</button></form></header>
<main id="app"></main><div class="toast hidden" role="status" id="toast"></div>`;
  const script = `
var RECIPES = ${JSON.stringify(RECIPES)}, FEATURED = ${JSON.stringify(FEATURED)}, CATS = ${JSON.stringify(CATS)};
var BY = {}; RECIPES.forEach(function(r){ BY[r.slug] = r; });
function fmt(m){ return m >= 60 ? Math.floor(m / 60) + ' h' + (m % 60 ? ' ' + (m % 60) + ' min' : '') : m + ' min'; }
function h(s){ return String(s).replace(/[&<>"]/g, function(c){ return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]; }); }
function load(k, d){ try { var v = JSON.parse(sessionStorage.getItem(k)); return v == null ? d : v; } catch (e) { return d; } }
function store(k, v){ sessionStorage.setItem(k, JSON.stringify(v)); }
var INITIAL = [{id:'eggs',name:'Eggs',qty:'12'},{id:'feta',name:'Feta',qty:'200 g'},{id:'peppers',name:'Red peppers',qty:'3'},{id:'coconut',name:'Coconut milk',qty:'400 ml'},
  {id:'coriander',name:'Fresh coriander',qty:'1 bunch'},{id:'limes',name:'Limes',qty:'2'},{id:'arborio',name:'Arborio rice',qty:'300 g',done:true},{id:'parmesan',name:'Parmesan',qty:'80 g',done:true}];
function list(){ return load('list', INITIAL); }
function saved(){ return load('saved', []); }
function toast(msg){ var t = document.getElementById('toast'); t.textContent = msg; t.classList.remove('hidden'); clearTimeout(toast.h); toast.h = setTimeout(function(){ t.classList.add('hidden'); }, 3500); }
function toggleSave(slug){ var s = saved(), on = s.indexOf(slug) < 0; s = on ? s.concat([slug]) : s.filter(function(x){ return x !== slug; }); store('saved', s);
  rec('save', {slug: slug, saved: on}); toast(on ? 'Saved "' + BY[slug].name + '"' : 'Removed "' + BY[slug].name + '" from saved'); return on; }
function addToList(slug){ var l = list(); BY[slug].ing.forEach(function(i){ var id = i[2].toLowerCase().replace(/[^a-z]+/g, '-'); if (!l.some(function(x){ return x.id === id; })) l.push({id: id, name: i[2].charAt(0).toUpperCase() + i[2].slice(1), qty: (i[0] + ' ' + i[1]).trim()}); });
  store('list', l); rec('addlist', {slug: slug}); toast(BY[slug].ing.length + ' ingredients added to your shopping list'); }

class RecipeCard extends HTMLElement {
  connectedCallback(){
    if (this.shadowRoot) return;
    var r = BY[this.getAttribute('slug')], s = this.attachShadow({mode: 'open'}), on = saved().indexOf(r.slug) >= 0;
    s.innerHTML = '<style>article{background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 1px 4px rgba(0,0,0,.1);font-family:system-ui,sans-serif}' +
      '.img{height:110px;background:linear-gradient(135deg,#f6c89f,#e07a4a)}.b{padding:10px 12px}a{color:#3b2414;font-weight:700;text-decoration:none;font-size:15px}' +
      '.by,.meta{margin:4px 0;color:#7a6552;font-size:13px}.acts{display:flex;justify-content:flex-end;gap:4px}button{border:0;background:none;cursor:pointer;font-size:18px;padding:4px}</style>' +
      '<article><div class="img" role="img" aria-label="Photo of ' + h(r.name) + '"></div><div class="b"><a href="/recipe/' + r.slug + '">' + h(r.name) + '</a>' +
      '<p class="by">by ' + h(r.author) + '</p><p class="meta">' + fmt(r.total) + ' · <span title="Average rating">★ ' + r.rating.toFixed(1) + '</span></p>' +
      '<div class="acts"><button class="cart" title="Add ingredients to shopping list">🛒</button><button class="heart" aria-label="Save recipe" aria-pressed="' + on + '">' + (on ? '♥' : '♡') + '</button></div></div></article>';
    s.querySelector('a').addEventListener('click', function(e){ e.preventDefault(); go('/recipe/' + r.slug); });
    var heart = s.querySelector('.heart');
    heart.addEventListener('click', function(){ var v = toggleSave(r.slug); heart.setAttribute('aria-pressed', v); heart.textContent = v ? '♥' : '♡'; });
    s.querySelector('.cart').addEventListener('click', function(){ addToList(r.slug); });
  }
}
customElements.define('recipe-card', RecipeCard);

class ServingsScaler extends HTMLElement {
  connectedCallback(){
    if (this.shadowRoot) return;
    var s = this.attachShadow({mode: 'open'}), me = this, v = Number(this.getAttribute('value'));
    s.innerHTML = '<style>div{display:inline-flex;align-items:center;gap:6px;font-family:system-ui,sans-serif}button{width:28px;height:28px;border-radius:50%;border:1px solid #b5471b;background:#fff;cursor:pointer}input{width:44px;text-align:center;padding:4px;font:inherit}</style>' +
      '<div><span id="l">Servings</span><button aria-label="Fewer servings">−</button><input type="number" min="1" max="24" aria-labelledby="l" value="' + v + '"><button aria-label="More servings">+</button></div>';
    var inp = s.querySelector('input'), bs = s.querySelectorAll('button');
    function set(n){ n = Math.max(1, Math.min(24, n || 1)); inp.value = n; me.dispatchEvent(new CustomEvent('servings', {detail: n, bubbles: true, composed: true})); }
    bs[0].onclick = function(){ set(Number(inp.value) - 1); }; bs[1].onclick = function(){ set(Number(inp.value) + 1); };
    inp.addEventListener('change', function(){ set(Number(inp.value)); });
  }
}
customElements.define('servings-scaler', ServingsScaler);

var app = document.getElementById('app');
function go(path){ history.pushState(null, '', path); render(); }
document.addEventListener('click', function(e){ var a = e.target.closest && e.target.closest('a[data-link]'); if (!a) return; e.preventDefault(); go(a.getAttribute('href')); });
window.addEventListener('popstate', render);
document.getElementById('search').addEventListener('submit', function(e){ e.preventDefault(); var q = this.q.value.trim(); go('/search?q=' + encodeURIComponent(q)); });
var obs = null;
function render(){
  var p = location.pathname, m; if (obs) { obs.disconnect(); obs = null; }
  rec('state', {name: 'route', path: p + location.search});
  window.scrollTo(0, 0);
  if (p === '/') home();
  else if (p === '/recipes') browse();
  else if (p === '/saved') savedPage();
  else if (p === '/shopping-list') shop();
  else if (p === '/search') search(new URLSearchParams(location.search).get('q') || '');
  else if ((m = /^\\/recipe\\/([\\w-]+)$/.exec(p)) && BY[m[1]]) recipe(BY[m[1]]);
  else if ((m = /^\\/category\\/(\\w+)$/.exec(p))) category(m[1]);
  else app.innerHTML = '<h1>Page not found</h1><p><a href="/" data-link>Back to the home page</a></p>';
  document.title = (app.querySelector('h1') ? app.querySelector('h1').textContent + ' · ' : '') + 'Pinch & Simmer';
}
function home(){
  app.innerHTML = '<h1>Cook something good tonight</h1><h2>Featured this week</h2><div class="cards">' + FEATURED.map(function(s){ return '<recipe-card slug="' + s + '"></recipe-card>'; }).join('') + '</div>' +
    '<h2>Browse by category</h2><p class="cats">' + CATS.map(function(c){ return '<a href="/category/' + c.toLowerCase() + '" data-link>' + c + '</a>'; }).join('') + '</p>';
}
function browse(){
  var n = 0;
  app.innerHTML = '<h1>All recipes</h1><p class="muted">Newest first</p><div class="cards" id="grid"></div><div id="sentinel">Loading more recipes…</div>';
  var grid = document.getElementById('grid'), sen = document.getElementById('sentinel'), busy = false;
  function more(){ if (busy || n >= RECIPES.length) return; busy = true;
    setTimeout(function(){ RECIPES.slice(n, n + 12).forEach(function(r){ var c = document.createElement('recipe-card'); c.setAttribute('slug', r.slug); grid.appendChild(c); });
      n = Math.min(RECIPES.length, n + 12); busy = false;
      if (n >= RECIPES.length) { sen.textContent = "That's all " + RECIPES.length + ' recipes.'; if (obs) obs.disconnect(); }
      else { var r = sen.getBoundingClientRect(); if (r.top < innerHeight) more(); } }, n ? 400 : 0); }
  obs = new IntersectionObserver(function(es){ if (es[0].isIntersecting) more(); }); obs.observe(sen); more();
}
function category(c){
  var cat = CATS.filter(function(x){ return x.toLowerCase() === c; })[0];
  if (!cat) { app.innerHTML = '<h1>No such category</h1>'; return; }
  var rs = RECIPES.filter(function(r){ return r.category === cat; });
  app.innerHTML = '<p><a href="/" data-link>Home</a> › ' + cat + '</p><h1>' + cat + '</h1><p class="muted">' + rs.length + ' recipes</p><ol class="results">' +
    rs.map(function(r){ return '<li><a href="/recipe/' + r.slug + '" data-link>' + h(r.name) + '</a> <span class="muted">· ' + fmt(r.total) + ' · ★ ' + r.rating.toFixed(1) + '</span></li>'; }).join('') + '</ol>';
}
function search(q){
  var words = q.toLowerCase().split(/\\s+/).filter(Boolean);
  var rs = RECIPES.filter(function(r){ var t = (r.name + ' ' + r.cuisine).toLowerCase(); return words.length && words.every(function(w){ return t.indexOf(w) >= 0; }); });
  rec('state', {name: 'search', q: q});
  document.querySelector('#search input').value = q;
  app.innerHTML = '<h1>Results for “' + h(q) + '”</h1><p class="muted">' + rs.length + ' recipe' + (rs.length === 1 ? '' : 's') + '</p><ul class="results">' +
    rs.map(function(r){ return '<li><a href="/recipe/' + r.slug + '" data-link>' + h(r.name) + '</a> <span class="muted">· ' + fmt(r.total) + ' · ★ ' + r.rating.toFixed(1) + '</span></li>'; }).join('') + '</ul>';
}
function amount(q, base, n){ var v = q * n / base; v = Math.round(v * 10) / 10; return v; }
function recipe(r){
  var on = saved().indexOf(r.slug) >= 0, shown = 3;
  app.innerHTML = '<p><a href="/" data-link>Home</a> › <a href="/category/' + r.category.toLowerCase() + '" data-link>' + r.category + '</a></p>' +
    '<h1>' + h(r.name) + '</h1><p>by <b>' + h(r.author) + '</b> · ' + r.cuisine + ' · ★ ' + r.rating.toFixed(1) + '</p>' +
    '<dl class="times"><div><dt>Prep</dt><dd>' + fmt(r.prep) + '</dd></div><div><dt>Cook</dt><dd>' + fmt(r.cook) + '</dd></div><div><dt>Total</dt><dd>' + fmt(r.total) + '</dd></div></dl>' +
    '<div class="bar"><button class="btn" id="save" aria-pressed="' + on + '">' + (on ? '♥ Saved' : '♡ Save') + '</button><button class="icon-btn" id="print" title="Print recipe">🖨</button>' +
    '<a href="/nutrition/' + r.slug + '" target="_blank" rel="noopener">Nutrition facts ↗</a></div>' +
    '<h2>Ingredients</h2><servings-scaler value="' + r.servings + '"></servings-scaler><ul id="ing"></ul>' +
    '<h2>Method</h2><ol>' + r.steps.map(function(s){ return '<li>' + h(s) + '</li>'; }).join('') + '</ol>' +
    '<h2>Rate this recipe</h2><div class="stars" role="radiogroup" aria-label="Your rating">' + [1,2,3,4,5].map(function(i){ return '<span role="radio" tabindex="0" aria-checked="false" aria-label="' + i + (i > 1 ? ' stars' : ' star') + '" data-v="' + i + '">★</span>'; }).join('') + '</div>' +
    '<h2>Reviews (' + r.reviews.length + ')</h2><div id="reviews"></div><button class="btn" id="more">Load more reviews</button>';
  function ing(n){ document.getElementById('ing').innerHTML = r.ing.map(function(i){ return '<li>' + (amount(i[0], r.servings, n) + ' ' + i[1]).trim() + ' ' + h(i[2]) + '</li>'; }).join(''); }
  ing(r.servings);
  app.querySelector('servings-scaler').addEventListener('servings', function(e){ ing(e.detail); rec('state', {name: 'servings', slug: r.slug, servings: e.detail}); });
  function reviews(){ document.getElementById('reviews').innerHTML = r.reviews.slice(0, shown).map(function(v){ return '<div class="review"><b>' + h(v[0]) + '</b> <span aria-label="' + v[1] + ' stars">' + '★★★★★'.slice(0, v[1]) + '</span><p>' + h(v[2]) + '</p></div>'; }).join('');
    document.getElementById('more').classList.toggle('hidden', shown >= r.reviews.length); }
  reviews();
  document.getElementById('more').onclick = function(){ shown += 2; reviews(); };
  document.getElementById('save').onclick = function(){ var v = toggleSave(r.slug); this.setAttribute('aria-pressed', v); this.textContent = v ? '♥ Saved' : '♡ Save'; };
  document.getElementById('print').onclick = function(){ window.open('/print/' + r.slug, '_blank'); };
  var stars = app.querySelectorAll('.stars span');
  stars.forEach(function(st){ function pick(){ var v = Number(st.dataset.v); stars.forEach(function(o){ o.classList.toggle('on', Number(o.dataset.v) <= v); o.setAttribute('aria-checked', o === st); });
    rec('rate', {slug: r.slug, stars: v}); toast('Thanks! You rated ' + r.name + ' ' + v + ' out of 5.'); }
    st.addEventListener('click', pick); st.addEventListener('keydown', function(e){ if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } }); });
}
function savedPage(){
  var s = saved();
  app.innerHTML = '<h1>Saved recipes</h1>' + (s.length ? '<ul class="results">' + s.map(function(x){ return '<li><a href="/recipe/' + x + '" data-link>' + h(BY[x].name) + '</a></li>'; }).join('') + '</ul>' : '<p class="muted">Nothing saved yet. Tap ♡ on a recipe to keep it here.</p>');
}
function shop(){
  var l = list();
  function left(){ return l.filter(function(i){ return !i.done; }).length; }
  function save(){ store('list', l); rec('state', {name: 'list', checked: l.filter(function(i){ return i.done; }).map(function(i){ return i.id; }), items: l.map(function(i){ return i.id; })}); }
  function draw(){
    app.innerHTML = '<h1>Shopping list</h1><p id="left" aria-live="polite">' + left() + ' item' + (left() === 1 ? '' : 's') + ' left</p>' +
      '<form id="add" style="display:flex;gap:6px;max-width:480px"><input id="new" aria-label="New item" placeholder="Add an item…" style="flex:1;padding:6px;font:inherit"><button class="btn" aria-label="Add item">+</button></form>' +
      '<ul class="shop">' + l.map(function(i){ return '<li data-item="' + i.id + '" class="' + (i.done ? 'done' : '') + '"><span role="checkbox" tabindex="0" aria-checked="' + !!i.done + '" aria-labelledby="n-' + i.id + '"></span>' +
        '<span class="nm" id="n-' + i.id + '">' + h(i.name) + '</span><span class="qty">' + h(i.qty) + '</span><button class="icon-btn rm" aria-label="Remove ' + h(i.name) + '">×</button></li>'; }).join('') + '</ul>' +
      '<button class="btn" id="clear">Clear ticked items</button>';
    app.querySelectorAll('[role=checkbox]').forEach(function(cb){ function t(){ var it = l.filter(function(x){ return x.id === cb.parentNode.dataset.item; })[0]; it.done = !it.done; rec('tick', {item: it.id, checked: it.done}); save(); draw(); }
      cb.addEventListener('click', t); cb.addEventListener('keydown', function(e){ if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); t(); } }); });
    app.querySelectorAll('.rm').forEach(function(b){ b.onclick = function(){ var id = b.parentNode.dataset.item; l = l.filter(function(x){ return x.id !== id; }); rec('remove', {item: id}); save(); draw(); toast('Removed from your list'); }; });
    document.getElementById('clear').onclick = function(){ var gone = l.filter(function(x){ return x.done; }).map(function(x){ return x.id; }); l = l.filter(function(x){ return !x.done; }); rec('clear', {items: gone}); save(); draw(); };
    document.getElementById('add').onsubmit = function(e){ e.preventDefault(); var v = document.getElementById('new').value.trim(); if (!v) return;
      var id = v.toLowerCase().replace(/[^a-z0-9]+/g, '-'); l.push({id: id, name: v, qty: ''}); rec('additem', {name: v}); save(); draw(); };
  }
  draw();
}
render();
`;
  return doc({ title, css: CSS, body, script });
}

function printPage(r) {
  return doc({ title: `${r.name} (print) · Pinch & Simmer`, css: 'body{background:#fff;padding:24px;max-width:720px} h1{margin-top:0}',
    body: `<h1>${esc(r.name)}</h1><p>${esc(r.author)} · serves ${r.servings} · ready in ${fmt(r.total)}</p>
<p><b>Oven:</b> ${r.oven}</p><p><b>Equipment:</b> ${esc(r.equipment)}</p>
<h2>Ingredients</h2><ul>${r.ing.map((i) => `<li>${`${i[0]} ${i[1]}`.trim()} ${esc(i[2])}</li>`).join('')}</ul>
<h2>Method</h2><ol>${r.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol><p style="color:#777">pinchandsimmer.example/recipe/${r.slug}</p>` });
}

function nutritionPage(r) {
  return doc({ title: `Nutrition: ${r.name} · Pinch & Simmer`, css: 'body{background:#fff;padding:24px} td,th{padding:6px 14px;border-bottom:1px solid #ddd;text-align:left}',
    body: `<h1>Nutrition facts</h1><h2>${esc(r.name)}</h2><table><thead><tr><th>Per serving</th><th></th></tr></thead><tbody>${Object.entries(r.nutrition).map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>
<p style="color:#777">Values are estimates for one of ${r.servings} servings.</p>` });
}

export default {
  name: 'recipes',
  title: 'Pinch & Simmer',
  pages: { '/': () => shell('Pinch & Simmer'), '/recipes': () => shell('All recipes · Pinch & Simmer'), '/saved': () => shell('Saved · Pinch & Simmer'),
    '/shopping-list': () => shell('Shopping list · Pinch & Simmer'), '/search': () => shell('Search · Pinch & Simmer') },
  fallback(p) {
    let m;
    if ((m = /^\/recipe\/([\w-]+)$/.exec(p)) && BY[m[1]]) return () => shell(`${BY[m[1]].name} · Pinch & Simmer`);
    if (/^\/category\/\w+$/.test(p)) return () => shell('Pinch & Simmer');
    if ((m = /^\/print\/([\w-]+)$/.exec(p)) && BY[m[1]]) return printPage(BY[m[1]]);
    if ((m = /^\/nutrition\/([\w-]+)$/.exec(p)) && BY[m[1]]) return nutritionPage(BY[m[1]]);
    return undefined;
  },
};

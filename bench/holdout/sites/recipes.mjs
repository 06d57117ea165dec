// Crumb: a recipe feed that loads more cards as you scroll (images lazy-loaded), save
// hearts, recipe pages with a servings stepper that rescales the ingredients, a
// shopping-list button, a print version and author/video pages opened in new tabs,
// and a saved-recipes list with hover-only remove buttons.
import { doc } from '../../eval/sites/common.mjs';

const NAMES = [
  ['shakshuka', 'Shakshuka', 25, 'Noor Haddad', 4.7], ['pad-thai', 'Prawn pad thai', 30, 'Mali Chaiyaporn', 4.5], ['lasagne', 'Classic beef lasagne', 95, 'Giulia Rossi', 4.8],
  ['miso-soup', 'Miso soup with tofu', 15, 'Ken Aoki', 4.2], ['greek-salad', 'Greek salad', 10, 'Eleni Pappas', 4.4], ['ramen', 'Chicken shoyu ramen', 70, 'Ken Aoki', 4.6],
  ['banana-bread', 'Banana bread', 65, 'Sarah Cole', 4.9], ['dal', 'Red lentil dal', 35, 'Priya Shah', 4.7], ['tacos', 'Fish tacos with lime slaw', 28, 'Diego Ruiz', 4.3],
  ['risotto', 'Mushroom risotto', 40, 'Giulia Rossi', 4.5], ['pancakes', 'Fluffy pancakes', 20, 'Sarah Cole', 4.6], ['pho', 'Beef pho', 180, 'Linh Tran', 4.8],
  ['falafel', 'Baked falafel', 45, 'Noor Haddad', 4.1], ['gazpacho', 'Gazpacho', 12, 'Diego Ruiz', 4.0], ['curry', 'Thai green curry', 33, 'Mali Chaiyaporn', 4.6],
  ['pierogi', 'Potato and cheese pierogi', 85, 'Tomasz Nowak', 4.7], ['quiche', 'Leek and gruyère quiche', 75, 'Sarah Cole', 4.4], ['bibimbap', 'Bibimbap', 50, 'Ji-woo Park', 4.6],
  ['chili', 'Smoky black bean chili', 55, 'Ana Torres', 4.5], ['couscous', 'Herby couscous salad', 18, 'Noor Haddad', 4.2], ['goulash', 'Hungarian goulash', 150, 'Tomasz Nowak', 4.3],
  ['sushi-bowl', 'Salmon sushi bowl', 22, 'Ken Aoki', 4.5], ['brownies', 'Fudgy brownies', 42, 'Sarah Cole', 4.9], ['paella', 'Seafood paella', 60, 'Diego Ruiz', 4.6],
  ['cardamom-buns', 'Cardamom buns', 140, 'Elsa Lund', 4.8], ['frittata', 'Spinach frittata', 24, 'Giulia Rossi', 4.1], ['laksa', 'Laksa', 48, 'Linh Tran', 4.7],
  ['flapjacks', 'Oat flapjacks', 38, 'Sarah Cole', 4.0], ['tagine', 'Lamb and apricot tagine', 130, 'Noor Haddad', 4.6], ['pavlova', 'Berry pavlova', 165, 'Elsa Lund', 4.7],
].map(([id, title, mins, cook, rating]) => ({ id, title, mins, cook, rating }));

const COOKS = {
  'Noor Haddad': 'Food writer based in Amman, Jordan', 'Mali Chaiyaporn': 'Street-food cook based in Chiang Mai, Thailand', 'Giulia Rossi': 'Home cook based in Bologna, Italy',
  'Elsa Lund': 'Baker based in Gothenburg, Sweden', 'Ana Torres': 'Chef based in Oaxaca, Mexico',
};
// Detailed recipes: base servings, ingredients [qty, unit, name], steps, oven, kcal, code, video
const DETAIL = {
  shakshuka: { serves: 2, ing: [[4, '', 'eggs'], [400, 'g', 'chopped tomatoes'], [1, '', 'red pepper'], [1, 'tsp', 'cumin'], [2, 'tbsp', 'olive oil']], steps: ['Soften the pepper and onion in the oil for 8 minutes.', 'Add the tomatoes and spices and simmer for 10 minutes.', 'Make wells, crack in the eggs, cover and cook until set.'], kcal: 310, code: 'CR-4471', video: '6:12' },
  'pad-thai': { serves: 2, ing: [[200, 'g', 'rice noodles'], [180, 'g', 'prawns'], [2, '', 'eggs'], [3, 'tbsp', 'tamarind paste'], [50, 'g', 'peanuts']], steps: ['Soak the noodles for 20 minutes.', 'Stir-fry the prawns, push aside and scramble the eggs.', 'Add noodles and sauce, toss for 2 minutes.'], kcal: 540, code: 'CR-2290', video: '8:45' },
  lasagne: { serves: 6, ing: [[500, 'g', 'beef mince'], [3, '', 'eggs'], [12, '', 'lasagne sheets'], [750, 'ml', 'milk'], [150, 'g', 'parmesan']], steps: ['Make the ragù and simmer for 45 minutes.', 'Make the béchamel.', 'Layer and bake at 180°C for 40 minutes.'], oven: '180°C', kcal: 690, code: 'CR-1038', video: '12:30' },
  'cardamom-buns': { serves: 12, ing: [[500, 'g', 'strong white flour'], [250, 'ml', 'milk'], [75, 'g', 'butter'], [2, 'tsp', 'ground cardamom'], [7, 'g', 'dried yeast']], steps: ['Make the dough and prove for 1 hour.', 'Roll out, spread with cardamom butter, fold and cut into strips.', 'Twist into knots, prove 30 minutes and bake at 200°C for 12 minutes.'], oven: '200°C', kcal: 265, code: 'CR-7710', video: '14:05' },
  chili: { serves: 4, ing: [[2, 'tins', 'black beans'], [1, '', 'onion'], [2, 'tsp', 'smoked paprika'], [1, '', 'chipotle in adobo']], steps: ['Fry the onion.', 'Add everything and simmer 40 minutes.'], kcal: 420, code: 'CR-5521', video: '5:50' },
};
const fmt = (n) => (Math.round(n * 10) / 10).toString();

const css = `
header{background:#fff7ed;border-bottom:1px solid #f0d9bd;padding:12px 24px;display:flex;gap:20px;align-items:center} header b{font-size:20px;color:#c2410c} header a{color:#7c2d12}
main{padding:16px 24px;max-width:1000px} .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.rc{background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.12);position:relative}
.rc .img{height:150px;background:#eee} .rc .body{padding:10px 12px} .rc a{color:#1d2330;text-decoration:none;font-weight:600}
.rc .heart{position:absolute;top:8px;right:8px;background:#fff;border-radius:50%;width:32px;height:32px}
.stepper{display:inline-flex;gap:8px;align-items:center;border:1px solid #ccc;border-radius:20px;padding:2px 6px} .stepper button{border:0;background:none;font-size:18px;cursor:pointer}
.saved{display:flex;justify-content:space-between;background:#fff;padding:12px;margin:6px 0;border-radius:8px} .saved .rm{visibility:hidden} .saved:hover .rm{visibility:visible}
`;
const nav = '<header><b>crumb</b><a href="/">Recipes</a><a href="/saved">Saved</a></header>';

const home = doc({
  title: 'Crumb · Everyday recipes', css,
  body: `${nav}<main><h1>Latest recipes</h1><div class="grid" id="grid"></div><p id="more" style="text-align:center;color:#999">Loading more recipes…</p><div id="toast" class="toast hidden"></div></main>`,
  script: `
var R=${JSON.stringify(NAMES)},n=0,busy=false;
function card(r){return '<article class="rc" data-id="'+r.id+'"><div class="img" data-src="/img/'+r.id+'.jpg" role="img" aria-label="'+r.title+'"></div><button class="icon-btn heart" aria-label="Save recipe" title="Save">♡</button>'+
 '<div class="body"><a href="/r/'+r.id+'">'+r.title+'</a><div style="color:#777;font-size:12px;margin-top:4px">⏱ '+r.mins+' min · ★ '+r.rating+' · by '+r.cook+'</div></div></article>'}
function add(k){var g=document.getElementById('grid');R.slice(n,n+k).forEach(function(r){g.insertAdjacentHTML('beforeend',card(r))});n+=k;
 g.querySelectorAll('.heart').forEach(function(h){h.onclick=function(){var id=h.closest('.rc').dataset.id;rec('save',{id:id});h.textContent='♥';h.setAttribute('aria-pressed','true');
  var t=document.getElementById('toast');t.textContent='Saved to your recipes';t.classList.remove('hidden');setTimeout(function(){t.classList.add('hidden')},2500)}});
 if(n>=R.length)document.getElementById('more').textContent="You've reached the end: "+R.length+' recipes.'}
add(9);
addEventListener('scroll',function(){if(busy||n>=R.length)return;if(document.getElementById('more').getBoundingClientRect().top<innerHeight+60){busy=true;setTimeout(function(){add(6);busy=false},600)}});
`,
});

function recipe(u) {
  const id = u.pathname.split('/')[2];
  const r = NAMES.find((x) => x.id === id);
  const d = DETAIL[id] || { serves: 4, ing: [[1, 'kg', 'main ingredient'], [1, 'tbsp', 'oil']], steps: ['Prepare.', 'Cook.'], kcal: 400, code: 'CR-0000', video: '4:00' };
  return doc({
    title: `${r.title} · Crumb`, css,
    body: `${nav}<main><h1>${r.title}</h1><p>⏱ ${r.mins} min · ★ ${r.rating} · by <a href="/cooks/${encodeURIComponent(r.cook)}" target="_blank" rel="noopener">${r.cook}</a></p>
<p><button class="btn" id="print">🖨 Print</button> <a class="btn" href="/v/${id}" target="_blank">▶ Watch video</a> <button class="btn" id="shop">🛒 Add to shopping list</button></p>
<h2>Ingredients</h2><p>Servings <span class="stepper"><button aria-label="Fewer servings" id="minus">−</button><b id="serv">${d.serves}</b><button aria-label="More servings" id="plus">+</button></span></p>
<ul id="ing"></ul><h2>Method</h2><ol>${d.steps.map((s) => `<li>${s}</li>`).join('')}</ol>
<details><summary>Nutrition per serving</summary><p>${d.kcal} kcal</p></details><div id="toast" class="toast hidden"></div></main>`,
    script: `
var ING=${JSON.stringify(d.ing)},BASE=${d.serves},s=BASE;
function fmt(n){return String(Math.round(n*10)/10)}
function draw(){document.getElementById('serv').textContent=s;document.getElementById('ing').innerHTML=ING.map(function(i){var q=i[0]*s/BASE;return '<li>'+fmt(q)+(i[1]?' '+i[1]:'')+' '+(i[1]===''&&q===1?i[2].replace(/s$/,''):i[2])+'</li>'}).join('')}
draw();
document.getElementById('minus').onclick=function(){if(s>1){s--;draw()}};document.getElementById('plus').onclick=function(){if(s<24){s++;draw()}};
document.getElementById('print').onclick=function(){window.open('/r/${id}/print?servings='+s,'_blank')};
document.getElementById('shop').onclick=function(){rec('shop',{id:'${id}',servings:s});var t=document.getElementById('toast');t.textContent=ING.length+' ingredients added to your shopping list';t.classList.remove('hidden')};
`,
  });
}
function print(u) {
  const id = u.pathname.split('/')[2];
  const r = NAMES.find((x) => x.id === id);
  const d = DETAIL[id] || { steps: [], code: 'CR-0000' };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Print: ${r.title}</title></head><body style="font-family:Georgia;margin:30px"><h1>${r.title}</h1><p>Serves ${u.searchParams.get('servings') || ''}</p>
<ol>${d.steps.map((s) => `<li>${s}</li>`).join('')}</ol><footer><small>Printed from Crumb · recipe code ${d.code}</small></footer></body></html>`;
}
function cook(u) {
  const name = decodeURIComponent(u.pathname.split('/')[2]);
  return doc({ title: `${name} · Crumb`, css, body: `${nav}<main><h1>${name}</h1><p>${COOKS[name] || 'Crumb contributor'}</p><p>${NAMES.filter((x) => x.cook === name).length} recipes on Crumb.</p></main>` });
}
function video(u) {
  const id = u.pathname.split('/')[2];
  const r = NAMES.find((x) => x.id === id);
  const d = DETAIL[id] || { video: '4:00' };
  return doc({ title: `Video: ${r.title} · Crumb`, css, body: `${nav}<main><h1>${r.title}: the video</h1><div style="background:#000;height:300px;color:#fff;display:flex;align-items:center;justify-content:center">▶</div><p>Duration ${d.video} · filmed in our test kitchen</p></main>` });
}

const SAVED = ['lasagne', 'greek-salad', 'dal', 'pho', 'brownies'].map((id) => NAMES.find((x) => x.id === id));
const saved = doc({
  title: 'Saved recipes · Crumb', css,
  body: `${nav}<main><h1>Saved recipes (${SAVED.length})</h1>${SAVED.map((r) => `<div class="saved" data-id="${r.id}"><span><a href="/r/${r.id}">${r.title}</a> <small>${r.mins} min · ${r.cook}</small></span><button class="icon-btn rm" aria-label="Remove from saved" data-id="${r.id}">✕</button></div>`).join('')}
<div id="toast" class="toast hidden"></div></main>`,
  script: `document.querySelectorAll('.rm').forEach(function(b){b.onclick=function(){rec('unsave',{id:b.dataset.id});b.parentNode.remove();var t=document.getElementById('toast');t.textContent='Removed';t.classList.remove('hidden')}});`,
});

export default {
  name: 'recipes', title: 'Crumb',
  pages: { '/': home, '/saved': saved },
  fallback: (p) => {
    let m;
    if ((m = /^\/r\/([\w-]+)\/print$/.exec(p)) && NAMES.some((x) => x.id === m[1])) return print;
    if ((m = /^\/r\/([\w-]+)$/.exec(p)) && NAMES.some((x) => x.id === m[1])) return recipe;
    if ((m = /^\/v\/([\w-]+)$/.exec(p)) && NAMES.some((x) => x.id === m[1])) return video;
    if (/^\/cooks\/[^/]+$/.test(p)) return cook;
    if (/^\/img\//.test(p)) return '';
    return undefined;
  },
};

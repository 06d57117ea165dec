// Greenhaven Garden Centre: an online garden-centre shop as a pushState single-page
// app. A category menu of nested lists with toggle buttons (no ARIA), category pages
// whose product cards are <gh-product> web components with open shadow roots (pot
// size select, quantity stepper, add to basket, wishlist heart), a filter bar (custom
// price slider, pet-safe switch, sort listbox), product pages with tabs made of links
// (no ARIA), an "All plants" grid that loads more as you scroll, a basket drawer
// (dialog with steppers), a checkout with delivery or click & collect (popup
// calendar, slot chips), order history with hover-only row actions and a returns
// dialog, a wishlist with hover-only buttons, and an "Ask an expert" form in an iframe.
import { doc, esc } from '../../eval/sites/common.mjs';
import { client } from './_util.mjs';

const TODAY = '2026-05-13';

const TREE = [
  ['Plants', null, [
    ['Perennials', null, [['Salvias', 'salvias'], ['Geraniums', 'geraniums'], ['Lavender', 'lavender'], ['Grasses', 'grasses']]],
    ['Shrubs', null, [['Hydrangeas', 'hydrangeas'], ['Roses', 'roses']]],
    ['Trees', null, [['Fruit trees', 'fruit-trees'], ['Ornamental trees', 'ornamental']]],
    ['Houseplants', 'houseplants'],
  ]],
  ['Outdoor living', null, [
    ['Pots & planters', null, [['Terracotta', 'terracotta'], ['Glazed', 'glazed'], ['Plastic', 'plastic']]],
    ['Garden furniture', 'furniture'],
  ]],
  ['Tools & watering', null, [['Hand tools', 'hand-tools'], ['Watering', 'watering']]],
  ['Compost & soil', 'compost'],
];

// sku, name, category, sizes [label, price], pet safe
const P = (sku, name, cat, sizes, pet = true) => ({ sku, name, cat, sizes, pet });
export const PRODUCTS = [
  P('SAL-AMI', "Salvia 'Amistad'", 'salvias', [['9cm', 6.99], ['2L', 12.99], ['5L', 22.99]]),
  P('SAL-HOT', "Salvia 'Hot Lips'", 'salvias', [['9cm', 5.99], ['2L', 11.99]]),
  P('SAL-NEM', "Salvia nemorosa 'Caradonna'", 'salvias', [['9cm', 5.49], ['2L', 10.99]]),
  P('SAL-BLK', "Salvia 'Black and Blue'", 'salvias', [['2L', 13.49]]),
  P('GER-ROZ', "Geranium 'Rozanne'", 'geraniums', [['9cm', 6.49], ['2L', 12.49]]),
  P('GER-JOH', "Geranium 'Johnson's Blue'", 'geraniums', [['2L', 10.99]]),
  P('GER-MAC', 'Geranium macrorrhizum', 'geraniums', [['2L', 9.99]]),
  P('LAV-HID', "Lavender 'Hidcote'", 'lavender', [['9cm', 4.99], ['2L', 9.49]], false),
  P('LAV-MUN', "Lavender 'Munstead'", 'lavender', [['9cm', 4.49]], false),
  P('LAV-STO', 'French lavender', 'lavender', [['2L', 9.99]], false),
  P('GRS-STI', 'Stipa tenuissima', 'grasses', [['2L', 8.99]]),
  P('GRS-MIS', "Miscanthus 'Morning Light'", 'grasses', [['5L', 24.99]]),
  P('GRS-PEN', "Pennisetum 'Hameln'", 'grasses', [['2L', 11.49]]),
  P('HYD-ANN', "Hydrangea 'Annabelle'", 'hydrangeas', [['5L', 27.99]], false),
  P('HYD-LIM', "Hydrangea 'Limelight'", 'hydrangeas', [['5L', 29.99]], false),
  P('HYD-BLU', "Hydrangea 'Blue Wave'", 'hydrangeas', [['3L', 19.99]], false),
  P('ROS-GJ', "Rose 'Gertrude Jekyll'", 'roses', [['4L', 24.99]]),
  P('ROS-ICE', "Rose 'Iceberg'", 'roses', [['4L', 19.99]]),
  P('ROS-MUN', "Rose 'Munstead Wood'", 'roses', [['4L', 26.99]]),
  P('ROS-DES', "Rose 'Desdemona'", 'roses', [['4L', 25.99]]),
  P('FRT-APL', "Apple 'Cox's Orange Pippin'", 'fruit-trees', [['12L', 39.99]]),
  P('FRT-PEA', "Pear 'Conference'", 'fruit-trees', [['12L', 39.99]]),
  P('FRT-PLM', "Plum 'Victoria'", 'fruit-trees', [['12L', 42.99]]),
  P('FRT-CHY', "Cherry 'Stella'", 'fruit-trees', [['12L', 44.99]]),
  P('FRT-FIG', "Fig 'Brown Turkey'", 'fruit-trees', [['10L', 34.99]]),
  P('FRT-LEM', 'Lemon tree (Citrus limon)', 'fruit-trees', [['5L', 29.99]], false),
  P('ORN-ACR', "Acer palmatum 'Bloodgood'", 'ornamental', [['10L', 59.99]]),
  P('ORN-OLV', 'Olive tree, half standard', 'ornamental', [['15L', 79.99]]),
  P('ORN-AME', 'Amelanchier lamarckii', 'ornamental', [['12L', 49.99]]),
  P('HSE-MON', 'Monstera deliciosa', 'houseplants', [['12cm', 14.99], ['17cm', 24.99], ['24cm', 44.99]], false),
  P('HSE-CAL', 'Calathea orbifolia', 'houseplants', [['14cm', 18.99]]),
  P('HSE-SPI', 'Spider plant', 'houseplants', [['12cm', 7.99]]),
  P('HSE-PIL', 'Pilea peperomioides', 'houseplants', [['12cm', 9.99]]),
  P('HSE-SNK', 'Snake plant', 'houseplants', [['17cm', 19.99]], false),
  P('HSE-POT', "Pothos 'Golden'", 'houseplants', [['12cm', 8.99]], false),
  P('HSE-FRN', 'Boston fern', 'houseplants', [['17cm', 16.99]]),
  P('HSE-PAR', 'Parlour palm', 'houseplants', [['14cm', 12.99]]),
  P('HSE-ZZ', 'ZZ plant', 'houseplants', [['17cm', 22.99]], false),
  P('HSE-BIR', "Bird's nest fern", 'houseplants', [['12cm', 11.49]]),
  P('HSE-ORC', 'Moth orchid', 'houseplants', [['12cm', 21.99]]),
  P('POT-T20', 'Terracotta pot 20cm', 'terracotta', [['20cm', 6.99]]),
  P('POT-T30', 'Terracotta pot 30cm', 'terracotta', [['30cm', 12.99]]),
  P('POT-T40', 'Terracotta pot 40cm', 'terracotta', [['40cm', 21.99]]),
  P('POT-TLT', 'Long Tom terracotta pot 25cm', 'terracotta', [['25cm', 9.99]]),
  P('POT-GB30', 'Glazed pot, cobalt blue 30cm', 'glazed', [['30cm', 24.99]]),
  P('POT-GB40', 'Glazed pot, cobalt blue 40cm', 'glazed', [['40cm', 34.99]]),
  P('POT-GG40', 'Glazed pot, sage green 40cm', 'glazed', [['40cm', 34.99]]),
  P('POT-GK40', 'Glazed pot, charcoal 40cm', 'glazed', [['40cm', 32.99]]),
  P('POT-P25', 'Recycled plastic pot 25cm', 'plastic', [['25cm', 3.99]]),
  P('POT-P35', 'Recycled plastic pot 35cm', 'plastic', [['35cm', 5.99]]),
  P('FUR-BEN', 'Acacia garden bench', 'furniture', [['2-seater', 149]]),
  P('FUR-BIS', 'Folding bistro set', 'furniture', [['Table + 2 chairs', 119]]),
  P('FUR-LOU', 'Rattan sun lounger', 'furniture', [['Single', 229]]),
  P('TL-TRW', 'Stainless steel trowel', 'hand-tools', [['Standard', 9.99]]),
  P('TL-TRN', 'Narrow transplanting trowel', 'hand-tools', [['Standard', 8.49]]),
  P('TL-TRC', 'Carbon steel trowel', 'hand-tools', [['Standard', 14.99]]),
  P('TL-SEC', 'Bypass secateurs', 'hand-tools', [['Standard', 19.99]]),
  P('TL-FRK', 'Hand fork', 'hand-tools', [['Standard', 9.49]]),
  P('TL-KNF', 'Hori hori knife', 'hand-tools', [['Standard', 24.99]]),
  P('TL-CAN', 'Watering can 9L', 'watering', [['9L', 16.99]]),
  P('TL-HOS', 'Hose reel 30m', 'watering', [['30m', 44.99]]),
  P('TL-SPR', 'Spray gun', 'watering', [['Standard', 7.99]]),
  P('CMP-50', 'Peat-free multipurpose compost 50L', 'compost', [['50L', 8.99]]),
  P('CMP-JI3', 'John Innes No. 3, 25L', 'compost', [['25L', 7.49]]),
  P('CMP-ERI', 'Ericaceous compost 40L', 'compost', [['40L', 9.49]]),
];

const ALL_ORDER = ['houseplants', 'salvias', 'geraniums', 'lavender', 'grasses', 'compost', 'hand-tools', 'watering', 'terracotta', 'glazed', 'plastic',
  'furniture', 'hydrangeas', 'roses', 'fruit-trees', 'ornamental'];

const DETAILS = {
  'ROS-GJ': {
    desc: "One of the best-loved English roses: rich pink, old-rose scent and a strong, upright habit. Named after the great garden designer.",
    care: [['Position', 'Full sun or light shade'], ['Watering', 'Water well in dry spells, especially during the first year'], ['Hardiness', 'H6, very hardy (-15 to -20°C)'],
      ['Flowering', 'June to September, repeat flowering'], ['Pruning', 'Cut back by a third in late winter']],
    delivery: 'Potted roses are delivered all year round. Bare-root roses are dispatched from November to March only. Free delivery on orders over £50; returns within 30 days.',
    reviews: [['Helen, Kent', 5, 'The scent is incredible. Arrived in a huge pot.'], ['Mark, Leeds', 4, 'Slow to establish but flowering well in its second year.']],
  },
  'HSE-MON': {
    desc: 'The Swiss cheese plant: big split leaves, easy-going, fast growing. Supplied with a moss pole in the 24cm size.',
    care: [['Position', 'Bright, indirect light; keep out of direct sun'], ['Watering', 'Water every 7–10 days, when the top 5cm of compost is dry; less in winter'],
      ['Humidity', 'Likes a humid room; mist the leaves now and then'], ['Feeding', 'Monthly from April to September'], ['Pets', 'Toxic to cats and dogs']],
    delivery: 'Houseplants are delivered in 3–5 working days, wrapped and boxed. Free delivery on orders over £50; returns within 30 days.',
    reviews: [['Sofia, Bristol', 5, 'Huge healthy plant, three new leaves already.'], ['Tom, York', 3, 'One leaf was torn in transit.']],
  },
};

const CSS = `
[hidden]{display:none!important}
.top{display:flex;align-items:center;gap:18px;background:#234d20;color:#fff;padding:10px 22px}
.logo{color:#fff;font-weight:800;font-size:20px;text-decoration:none}.logo small{font-weight:400;color:#cfe3c8;font-size:12px;display:block}
.top form{flex:1}.top input{width:100%;max-width:420px;padding:7px 10px;border-radius:18px;border:0;font:inherit}
.top a.tl{color:#fff;text-decoration:none}
#basket-btn{background:#f3c623;border:0;border-radius:18px;padding:7px 14px;font:inherit;font-weight:600;cursor:pointer}
.wrap{display:grid;grid-template-columns:230px 1fr;gap:22px;max-width:1180px;margin:0 auto;padding:18px 22px}
.side h2{font-size:13px;text-transform:uppercase;color:#666;letter-spacing:.05em}
.tree,.tree ul{list-style:none;margin:0;padding:0}.tree ul{padding-left:14px;display:none}.tree li.open>ul{display:block}
.tree .twisty{background:none;border:0;font:inherit;cursor:pointer;padding:4px 0;text-align:left;width:100%}
.tree .twisty::before{content:"+ ";color:#6a8f5f;font-weight:700}.tree li.open>.twisty::before{content:"− "}
.tree a{display:inline-block;padding:3px 0;color:#234d20;text-decoration:none}.tree a[aria-current]{font-weight:700;text-decoration:underline}
.tree small{color:#888}
.crumbs{color:#777;font-size:13px}
.pgrid{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:14px}
.filters{display:flex;gap:26px;align-items:center;background:#fff;border:1px solid #e3e6df;border-radius:8px;padding:10px 14px;margin:10px 0;flex-wrap:wrap}
.slider{position:relative;width:180px;height:6px;background:#d7dfd3;border-radius:3px;cursor:pointer;margin:8px 0}
.slider .fill{position:absolute;left:0;top:0;height:6px;background:#234d20;border-radius:3px}
.slider .thumb{position:absolute;top:-6px;width:18px;height:18px;border-radius:50%;background:#fff;border:2px solid #234d20;margin-left:-9px}
.slider:focus{outline:2px solid #f3c623;outline-offset:6px}
.switch{width:42px;height:22px;border-radius:11px;border:0;background:#bbb;position:relative;cursor:pointer;vertical-align:middle}
.switch::after{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:left .1s}
.switch[aria-checked=true]{background:#234d20}.switch[aria-checked=true]::after{left:23px}
.lb{position:relative;display:inline-block}.lb ul{position:absolute;z-index:9;background:#fff;border:1px solid #bbb;list-style:none;margin:2px 0;padding:4px 0;min-width:190px;box-shadow:0 6px 18px rgba(0,0,0,.15)}
.lb li{padding:6px 12px;cursor:pointer}.lb li[aria-selected=true]{font-weight:700}.lb li.active,.lb li:hover{background:#eef5ea}
.drawer{position:fixed;top:0;right:0;bottom:0;width:400px;background:#fff;box-shadow:-8px 0 30px rgba(0,0,0,.2);z-index:55;padding:18px;overflow:auto}
.line{display:grid;grid-template-columns:1fr auto;gap:6px;border-bottom:1px solid #eee;padding:10px 0}
.qty{display:inline-flex;align-items:center;border:1px solid #bbb;border-radius:6px}.qty button{border:0;background:#f4f4f4;width:28px;height:28px;cursor:pointer;font-size:15px}.qty span,.qty input{min-width:34px;text-align:center;border:0;font:inherit}
.linkish{background:none;border:0;color:#b42318;text-decoration:underline;cursor:pointer;font:inherit;padding:0}
table.orders{width:100%;border-collapse:collapse;background:#fff}table.orders th,table.orders td{padding:9px 10px;border-bottom:1px solid #e6e6e6;text-align:left;vertical-align:top}
table.orders .acts{visibility:hidden;white-space:nowrap}table.orders tr:hover .acts,table.orders tr:focus-within .acts{visibility:visible}
.wish{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:14px}.wcard{background:#fff;border:1px solid #e3e6df;border-radius:8px;padding:14px;position:relative}
.wcard .wacts{visibility:hidden;margin-top:8px}.wcard:hover .wacts,.wcard:focus-within .wacts{visibility:visible}
.wcard .rm{position:absolute;right:8px;top:6px;visibility:hidden}.wcard:hover .rm,.wcard:focus-within .rm{visibility:visible}
.ptabs{display:flex;gap:0;border-bottom:1px solid #ccc;margin-top:22px}.ptabs a{padding:8px 16px;text-decoration:none;color:#444;border:1px solid transparent;border-bottom:0}
.ptabs a.active{border-color:#ccc;background:#fff;color:#111;font-weight:600;margin-bottom:-1px}
.ppanel{background:#fff;border:1px solid #ccc;border-top:0;padding:14px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:10px;list-style:none;padding:0}
.tile{background:#fff;border:1px solid #e3e6df;border-radius:8px;padding:12px;display:flex;flex-direction:column;gap:6px}
.radio-cards{display:flex;gap:10px}.radio-cards label{border:2px solid #ccc;border-radius:8px;padding:10px 14px;background:#fff;cursor:pointer}.radio-cards label:has(input:checked){border-color:#234d20;background:#eef5ea}
.chips button{font:inherit;border:1px solid #999;background:#fff;border-radius:16px;padding:5px 12px;margin:3px;cursor:pointer}.chips button[aria-pressed=true]{background:#234d20;color:#fff;border-color:#234d20}
.calpop{position:absolute;z-index:20;background:#fff;border:1px solid #aaa;border-radius:8px;padding:10px;box-shadow:0 8px 24px rgba(0,0,0,.18)}
.calpop button.d{width:34px;height:30px;border:0;background:#f2f5f0;border-radius:4px;cursor:pointer;margin:1px;font:inherit}.calpop button.d:disabled{background:none;color:#bbb}
.calpop button.d.sel{background:#234d20;color:#fff}
label.f{display:block;margin:10px 0 3px;font-weight:600}
input[type=text],input[type=email],input[type=tel],select,textarea{font:inherit;padding:7px 9px;border:1px solid #c4c9d2;border-radius:6px;min-width:260px}
.err{color:#b42318;font-size:13px}
`;

function treeHtml() {
  const count = (slug) => PRODUCTS.filter((p) => p.cat === slug).length;
  const item = ([label, slug, kids]) => (slug
    ? `<li><a href="/shop/${slug}" data-cat="${slug}">${esc(label)}</a> <small>(${count(slug)})</small></li>`
    : `<li class="branch"><button type="button" class="twisty">${esc(label)}</button><ul>${kids.map(item).join('')}</ul></li>`);
  return `<ul class="tree">${TREE.map(item).join('')}<li><a href="/shop/all" data-cat="all">All plants &amp; products</a></li></ul>`;
}

function catNames() {
  const out = {};
  const walk = (nodes, path) => {
    for (const [label, slug, kids] of nodes) {
      if (slug) out[slug] = { name: label, path: [...path, label] };
      else walk(kids, [...path, label]);
    }
  };
  walk(TREE, []);
  return out;
}

const ORDERS = [
  ['GH-21102', '9 May 2026', [['TL-HOS', 'Hose reel 30m', 1]], 44.99, 'Processing'],
  ['GH-21044', '2 May 2026', [['LAV-HID', "Lavender 'Hidcote' 9cm", 6], ['POT-T30', 'Terracotta pot 30cm', 1]], 42.93, 'Dispatched'],
  ['GH-20930', '14 Apr 2026', [['FUR-BEN', 'Acacia garden bench', 1]], 149.0, 'Delivered'],
  ['GH-20761', '21 Mar 2026', [['ROS-ICE', "Rose 'Iceberg'", 1], ['TL-SEC', 'Bypass secateurs', 1]], 39.98, 'Delivered'],
  ['GH-20598', '3 Mar 2026', [['CMP-50', 'Peat-free multipurpose compost 50L', 4], ['SED-CHA', "Seed potatoes 'Charlotte' 2kg", 1]], 41.45, 'Delivered'],
  ['GH-20417', '12 Jan 2026', [['BRD-FDR', 'Bird feeder station', 1], ['BRD-FAT', 'Fat balls, 50 pack', 1]], 38.48, 'Delivered'],
];

function gardenApp(D) {
  const $ = (s, r = document) => r.querySelector(s);
  const view = $('#view');
  const BY = Object.fromEntries(D.products.map((p) => [p.sku, p]));
  const money = (n) => `£${Number(n).toFixed(2)}`;
  const escH = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const load = (k, seed) => { try { const v = JSON.parse(sessionStorage.getItem(k)); if (v) return v; } catch (e) { /* none */ } return seed; };
  let basket = load('gh-basket', [{ sku: 'CMP-50', size: '50L', qty: 2 }, { sku: 'POT-T30', size: '30cm', qty: 1 }, { sku: 'LAV-HID', size: '9cm', qty: 6 }]);
  let wish = load('gh-wish', ['ORN-OLV', 'POT-GG40', 'ORN-ACR', 'TL-CAN', 'GRS-MIS']);
  const priceOf = (sku, size) => { const p = BY[sku]; const s = p.sizes.find((x) => x[0] === size) || p.sizes[0]; return s[1]; };

  function toast(msg) {
    const t = $('#toast');
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(t._h);
    t._h = setTimeout(() => { t.hidden = true; }, 3500);
  }
  function saveBasket(record = true) {
    sessionStorage.setItem('gh-basket', JSON.stringify(basket));
    $('#basket-count').textContent = basket.reduce((a, l) => a + l.qty, 0);
    if (record) {
      const flat = {};
      for (const l of basket) flat[l.sku] = (flat[l.sku] || 0) + l.qty;
      window.rec('state', { name: 'basket', ...flat });
    }
    if (!$('#drawer').hidden) drawLines();
  }
  function saveWish() { sessionStorage.setItem('gh-wish', JSON.stringify(wish)); }
  const app = {
    add(sku, size, qty) {
      qty = Math.max(1, Number(qty) || 1);
      const l = basket.find((x) => x.sku === sku && x.size === size);
      if (l) l.qty += qty; else basket.push({ sku, size, qty });
      window.rec('basket-add', { sku, size, qty });
      saveBasket(false);
      toast(`Added ${qty} × ${BY[sku].name} (${size}) to your basket`);
    },
    toggleWish(sku) {
      if (wish.includes(sku)) { wish = wish.filter((x) => x !== sku); window.rec('wishlist-remove', { sku }); toast(`Removed ${BY[sku].name} from your wishlist`); }
      else { wish.push(sku); window.rec('wishlist-add', { sku }); toast(`Saved ${BY[sku].name} to your wishlist`); }
      saveWish();
      return wish.includes(sku);
    },
    inWish: (sku) => wish.includes(sku),
    product: (sku) => BY[sku],
    go,
  };
  window.greenhaven = app;

  // <gh-product sku="..."> with an open shadow root
  class GhProduct extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const p = BY[this.getAttribute('sku')];
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>
:host{display:block}.card{background:#fff;border:1px solid #e3e6df;border-radius:10px;padding:12px;display:flex;flex-direction:column;gap:8px;position:relative;height:100%}
.img{height:90px;border-radius:6px;background:linear-gradient(135deg,#dfeed8,#b9d7ad);display:flex;align-items:center;justify-content:center;font-size:34px}
a{color:#1d2330;font-weight:600;text-decoration:none}a:hover{text-decoration:underline}
.price{font-size:17px;font-weight:700;color:#234d20}.pet{font-size:11px;color:#2f6b2a}
select{font:inherit;padding:4px}.row{display:flex;gap:8px;align-items:center}
.qty{display:inline-flex;border:1px solid #bbb;border-radius:6px}.qty button{border:0;background:#f4f4f4;width:26px;cursor:pointer}.qty input{width:34px;border:0;text-align:center;font:inherit}
.add{background:#234d20;color:#fff;border:0;border-radius:6px;padding:7px;cursor:pointer;font:inherit}
.heart{position:absolute;right:10px;top:10px;border:0;background:#fff;border-radius:50%;width:30px;height:30px;cursor:pointer;font-size:16px}
</style>
<div class="card"><div class="img" aria-hidden="true">🌿</div>
<button class="heart" aria-label="Add ${escH(p.name)} to wishlist" aria-pressed="${app.inWish(p.sku)}">${app.inWish(p.sku) ? '♥' : '♡'}</button>
<a href="/p/${p.sku}">${escH(p.name)}</a>
<span class="price"></span>${p.pet ? '<span class="pet">✓ Pet safe</span>' : ''}
${p.sizes.length > 1 ? `<label class="row">Pot size <select>${p.sizes.map(([s, pr]) => `<option value="${s}">${s} – ${money(pr)}</option>`).join('')}</select></label>` : `<span class="row">Size: ${p.sizes[0][0]}</span>`}
<div class="row"><span>Qty</span><span class="qty"><button type="button" aria-label="Decrease quantity">−</button><input type="number" min="1" max="20" value="1" aria-label="Quantity"><button type="button" aria-label="Increase quantity">+</button></span></div>
<button class="add" type="button">Add to basket</button></div>`;
      const sel = root.querySelector('select');
      const size = () => (sel ? sel.value : p.sizes[0][0]);
      const price = () => { root.querySelector('.price').textContent = money(priceOf(p.sku, size())); };
      price();
      if (sel) sel.addEventListener('change', price);
      const qty = root.querySelector('input');
      const [dec, inc] = root.querySelectorAll('.qty button');
      dec.addEventListener('click', () => { qty.value = Math.max(1, Number(qty.value) - 1); });
      inc.addEventListener('click', () => { qty.value = Math.min(20, Number(qty.value) + 1); });
      root.querySelector('.add').addEventListener('click', () => app.add(p.sku, size(), qty.value));
      const heart = root.querySelector('.heart');
      heart.addEventListener('click', () => { const on = app.toggleWish(p.sku); heart.textContent = on ? '♥' : '♡'; heart.setAttribute('aria-pressed', String(on)); });
    }
  }
  customElements.define('gh-product', GhProduct);

  // ---- routing
  function go(url) { history.pushState({}, '', url); render(); window.scrollTo(0, 0); }
  document.addEventListener('click', (e) => {
    const a = e.composedPath().find((n) => n.tagName === 'A');
    if (!a || a.target || e.ctrlKey || e.metaKey || e.shiftKey || a.origin !== location.origin) return;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    e.preventDefault();
    go(a.pathname + a.search);
  });
  window.addEventListener('popstate', render);
  $('#search').addEventListener('submit', (e) => { e.preventDefault(); go(`/search?q=${encodeURIComponent($('#q').value.trim())}`); });
  document.querySelectorAll('.tree .twisty').forEach((b) => b.addEventListener('click', () => b.parentElement.classList.toggle('open')));

  function markTree(slug) {
    document.querySelectorAll('.tree a').forEach((a) => {
      const on = a.dataset.cat === slug;
      if (on) { a.setAttribute('aria-current', 'page'); let li = a.closest('li').parentElement.closest('li'); while (li) { li.classList.add('open'); li = li.parentElement.closest('li'); } }
      else a.removeAttribute('aria-current');
    });
  }

  let scrollObs = null;
  function render() {
    if (scrollObs) { scrollObs.disconnect(); scrollObs = null; }
    const p = location.pathname;
    let m;
    markTree(null);
    if (p === '/' || p === '') home();
    else if (p === '/shop/all') all();
    else if ((m = /^\/shop\/([\w-]+)$/.exec(p)) && D.cats[m[1]]) category(m[1]);
    else if ((m = /^\/p\/([\w-]+)$/.exec(p)) && BY[m[1]]) product(m[1]);
    else if (p === '/search') search(new URLSearchParams(location.search).get('q') || '');
    else if (p === '/account/orders') orders();
    else if (p === '/account/wishlist') wishlist();
    else if (p === '/checkout') checkout();
    else if (p === '/ask') ask();
    else { document.title = 'Page not found | Greenhaven'; view.innerHTML = '<h1>Sorry, we can\'t find that page</h1><p><a href="/">Back to the shop</a></p>'; }
  }

  function home() {
    document.title = 'Greenhaven Garden Centre | Plants, pots and tools';
    view.innerHTML = `<section style="background:#eef5ea;border-radius:10px;padding:22px"><h1>May in the garden</h1><p>Perennials are in full swing. Free delivery on orders over £50.</p></section>
<h2>Popular right now</h2><div class="pgrid">${['SAL-AMI', 'ROS-GJ', 'HSE-MON', 'TL-SEC'].map((s) => `<gh-product sku="${s}"></gh-product>`).join('')}</div>
<p><a href="/shop/all">Browse everything →</a> · <a href="/ask">Ask our plant experts</a></p>`;
  }

  function category(slug) {
    markTree(slug);
    const c = D.cats[slug];
    document.title = `${c.name} | Greenhaven`;
    const st = { maxPrice: 100, petSafe: false, sort: 'recommended' };
    const SORTS = [['recommended', 'Recommended'], ['price-asc', 'Price: low to high'], ['price-desc', 'Price: high to low'], ['name', 'Name: A to Z']];
    view.innerHTML = `<p class="crumbs">${c.path.map(escH).join(' › ')}</p><h1>${escH(c.name)}</h1>
<div class="filters">
<div><span id="pl">Max price</span>: <strong id="pv">£100</strong>
<div class="slider" role="slider" tabindex="0" aria-labelledby="pl" aria-valuemin="0" aria-valuemax="100" aria-valuenow="100" aria-valuetext="£100"><div class="fill"></div><div class="thumb"></div></div></div>
<label><button type="button" class="switch" role="switch" aria-checked="false" id="pet"></button> Pet-safe only</label>
<div class="lb"><span id="sortl">Sort by</span> <button type="button" class="btn" id="sortb" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="sortl sortb">Recommended ▾</button>
<ul role="listbox" id="sortlist" aria-labelledby="sortl" tabindex="-1" hidden>${SORTS.map(([v, l]) => `<li role="option" id="so-${v}" data-v="${v}" aria-selected="${v === 'recommended'}">${l}</li>`).join('')}</ul></div>
</div>
<p class="crumbs" id="count"></p><div class="pgrid" id="grid"></div>`;
    const items = D.products.filter((p) => p.cat === slug);
    function draw(record) {
      let list = items.filter((p) => p.sizes[0][1] <= st.maxPrice && (!st.petSafe || p.pet));
      if (st.sort === 'price-asc') list = [...list].sort((a, b) => a.sizes[0][1] - b.sizes[0][1]);
      if (st.sort === 'price-desc') list = [...list].sort((a, b) => b.sizes[0][1] - a.sizes[0][1]);
      if (st.sort === 'name') list = [...list].sort((a, b) => a.name.localeCompare(b.name));
      $('#grid').innerHTML = list.map((p) => `<gh-product sku="${p.sku}"></gh-product>`).join('') || '<p>No products match these filters.</p>';
      $('#count').textContent = `${list.length} of ${items.length} products`;
      if (record) window.rec('state', { name: 'filters', category: slug, maxPrice: st.maxPrice, petSafe: st.petSafe, sort: st.sort });
    }
    const sl = $('.slider');
    const setPrice = (v, record) => {
      st.maxPrice = Math.max(0, Math.min(100, Math.round(v)));
      sl.setAttribute('aria-valuenow', st.maxPrice);
      sl.setAttribute('aria-valuetext', `£${st.maxPrice}`);
      $('.fill', sl).style.width = `${st.maxPrice}%`;
      $('.thumb', sl).style.left = `${st.maxPrice}%`;
      $('#pv').textContent = `£${st.maxPrice}`;
      draw(record);
    };
    setPrice(100, false);
    sl.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[e.key];
      if (step) { e.preventDefault(); setPrice(st.maxPrice + step, true); }
      if (e.key === 'Home') { e.preventDefault(); setPrice(0, true); }
      if (e.key === 'End') { e.preventDefault(); setPrice(100, true); }
    });
    const fromX = (x) => { const r = sl.getBoundingClientRect(); return ((x - r.left) / r.width) * 100; };
    sl.addEventListener('pointerdown', (e) => {
      sl.setPointerCapture(e.pointerId);
      setPrice(fromX(e.clientX), false);
      const move = (ev) => setPrice(fromX(ev.clientX), false);
      const up = (ev) => { sl.removeEventListener('pointermove', move); sl.removeEventListener('pointerup', up); setPrice(fromX(ev.clientX), true); };
      sl.addEventListener('pointermove', move);
      sl.addEventListener('pointerup', up);
    });
    $('#pet').addEventListener('click', (e) => { st.petSafe = !st.petSafe; e.currentTarget.setAttribute('aria-checked', String(st.petSafe)); draw(true); });
    const list = $('#sortlist');
    const btn = $('#sortb');
    const open = (on) => { list.hidden = !on; btn.setAttribute('aria-expanded', String(on)); if (on) { activate(list.querySelector('[aria-selected=true]')); list.focus(); } };
    const activate = (li) => { list.querySelectorAll('.active').forEach((x) => x.classList.remove('active')); if (li) { li.classList.add('active'); list.setAttribute('aria-activedescendant', li.id); } };
    const choose = (li) => {
      if (!li) return;
      st.sort = li.dataset.v;
      list.querySelectorAll('li').forEach((x) => x.setAttribute('aria-selected', String(x === li)));
      btn.textContent = `${li.textContent} ▾`;
      open(false);
      btn.focus();
      draw(true);
    };
    btn.addEventListener('click', () => open(list.hidden));
    list.addEventListener('click', (e) => choose(e.target.closest('li')));
    list.addEventListener('keydown', (e) => {
      const opts = [...list.querySelectorAll('li')];
      const i = opts.indexOf(list.querySelector('.active'));
      if (e.key === 'ArrowDown') { e.preventDefault(); activate(opts[Math.min(opts.length - 1, i + 1)]); }
      if (e.key === 'ArrowUp') { e.preventDefault(); activate(opts[Math.max(0, i - 1)]); }
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(opts[i]); }
      if (e.key === 'Escape') open(false);
    });
    document.addEventListener('click', function off(e) { if (!document.body.contains(list)) { document.removeEventListener('click', off); return; } if (!e.target.closest('.lb')) open(false); });
  }

  function all() {
    markTree('all');
    document.title = 'All plants & products | Greenhaven';
    const list = D.allOrder.flatMap((c) => D.products.filter((p) => p.cat === c));
    view.innerHTML = `<h1>All plants &amp; products</h1><p class="crumbs">${list.length} products</p><ul class="tiles" id="tiles"></ul><div id="sentinel" style="height:40px"></div><p id="loading" class="crumbs" hidden>Loading more…</p>`;
    let shown = 0;
    let busy = false;
    const more = () => {
      if (busy || shown >= list.length) return;
      busy = true;
      $('#loading').hidden = false;
      setTimeout(() => {
        const next = list.slice(shown, shown + 12);
        $('#tiles').insertAdjacentHTML('beforeend', next.map((p) => `<li class="tile" data-sku="${p.sku}"><a href="/p/${p.sku}">${escH(p.name)}</a><span>${p.sizes[0][0]} · <strong>${money(p.sizes[0][1])}</strong></span><button type="button" class="btn" data-add="${p.sku}" aria-label="Add ${escH(p.name)} to basket">Add</button></li>`).join(''));
        shown += next.length;
        busy = false;
        if (document.getElementById('loading')) $('#loading').hidden = true;
        if (shown >= list.length && scrollObs) { scrollObs.disconnect(); $('#sentinel').textContent = "That's everything."; }
        else { const r = $('#sentinel').getBoundingClientRect(); if (r.top < innerHeight) more(); }
      }, shown === 0 ? 0 : 350);
    };
    $('#tiles').addEventListener('click', (e) => { const b = e.target.closest('[data-add]'); if (b) app.add(b.dataset.add, BY[b.dataset.add].sizes[0][0], 1); });
    scrollObs = new IntersectionObserver((es) => { if (es.some((x) => x.isIntersecting)) more(); });
    more();
    scrollObs.observe($('#sentinel'));
  }

  function product(sku) {
    const p = BY[sku];
    markTree(p.cat);
    document.title = `${p.name} | Greenhaven`;
    const d = D.details[sku] || {
      desc: `${p.name}: a reliable choice, grown in our own nursery in Ashby.`,
      care: [['Position', 'See the plant label'], ['Watering', 'Keep moist until established'], ['Hardiness', 'H4, hardy in most of the UK']],
      delivery: 'Delivered in 3–5 working days. Free delivery on orders over £50; returns within 30 days.',
      reviews: [],
    };
    view.innerHTML = `<p class="crumbs">${D.cats[p.cat].path.map(escH).join(' › ')} › ${escH(p.name)}</p>
<div style="display:grid;grid-template-columns:260px 1fr;gap:22px"><div style="height:240px;border-radius:10px;background:linear-gradient(135deg,#dfeed8,#9cc58c);display:flex;align-items:center;justify-content:center;font-size:80px" aria-hidden="true">🌱</div>
<div><h1>${escH(p.name)}</h1><p style="font-size:22px;font-weight:700;color:#234d20" id="pp"></p>${p.pet ? '<p>✓ Safe for cats and dogs</p>' : ''}
<fieldset style="border:0;padding:0"><legend><strong>Size</strong></legend>${p.sizes.map(([s, pr], i) => `<label style="display:block;margin:4px 0"><input type="radio" name="size" value="${s}"${i === 0 ? ' checked' : ''}> ${s} – ${money(pr)}</label>`).join('')}</fieldset>
<p><label>Quantity <input type="number" id="pq" value="1" min="1" max="20" style="width:70px;min-width:0"></label></p>
<button class="btn btn-primary" id="padd" style="background:#234d20;border-color:#234d20">Add to basket</button> <button class="btn" id="pwish">${app.inWish(sku) ? '♥ On your wishlist' : '♡ Add to wishlist'}</button></div></div>
<nav class="ptabs"><a href="#desc" class="active" data-t="desc">Description</a><a href="#care" data-t="care">Care guide</a><a href="#delivery" data-t="delivery">Delivery &amp; returns</a><a href="#reviews" data-t="reviews">Reviews (${d.reviews.length})</a></nav>
<div class="ppanel" data-p="desc"><p>${escH(d.desc)}</p></div>
<div class="ppanel" data-p="care" hidden><table>${d.care.map(([k, v]) => `<tr><th style="text-align:left;padding-right:18px">${k}</th><td>${escH(v)}</td></tr>`).join('')}</table></div>
<div class="ppanel" data-p="delivery" hidden><p>${escH(d.delivery)}</p></div>
<div class="ppanel" data-p="reviews" hidden>${d.reviews.map(([who, stars, txt]) => `<p><strong>${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</strong> ${escH(txt)} <span class="crumbs">– ${escH(who)}</span></p>`).join('') || '<p>No reviews yet.</p>'}</div>`;
    const size = () => view.querySelector('[name=size]:checked').value;
    const price = () => { $('#pp').textContent = money(priceOf(sku, size())); };
    price();
    view.querySelectorAll('[name=size]').forEach((r) => r.addEventListener('change', price));
    $('#padd').addEventListener('click', () => app.add(sku, size(), $('#pq').value));
    $('#pwish').addEventListener('click', (e) => { const on = app.toggleWish(sku); e.currentTarget.textContent = on ? '♥ On your wishlist' : '♡ Add to wishlist'; });
    view.querySelectorAll('.ptabs a').forEach((a) => a.addEventListener('click', (e) => {
      e.preventDefault();
      view.querySelectorAll('.ptabs a').forEach((x) => x.classList.toggle('active', x === a));
      view.querySelectorAll('.ppanel').forEach((pn) => { pn.hidden = pn.dataset.p !== a.dataset.t; });
    }));
  }

  function search(q) {
    document.title = `Search: ${q} | Greenhaven`;
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = D.products.filter((p) => words.length && words.every((w) => `${p.name} ${D.cats[p.cat].path.join(' ')}`.toLowerCase().includes(w)));
    view.innerHTML = `<h1>Results for “${escH(q)}”</h1><p class="crumbs">${hits.length} products</p><div class="pgrid">${hits.map((p) => `<gh-product sku="${p.sku}"></gh-product>`).join('') || '<p>Nothing found. Try a shorter search.</p>'}</div>`;
  }

  function orders() {
    document.title = 'Your orders | Greenhaven';
    view.innerHTML = `<p class="crumbs"><a href="/account/orders">Your account</a> › Orders</p><h1>Your orders</h1>
<table class="orders"><thead><tr><th>Order</th><th>Placed</th><th>Items</th><th>Total</th><th>Status</th><th><span class="hidden">Actions</span></th></tr></thead><tbody>
${D.orders.map(([no, date, items, total, status]) => `<tr data-order="${no}"><td>${no}</td><td>${date}</td><td>${items.map(([, n, q]) => `${escH(n)}${q > 1 ? ` × ${q}` : ''}`).join('<br>')}</td><td>${money(total)}</td><td>${status}</td>
<td class="acts"><button class="icon-btn" data-act="again" title="Buy again" aria-label="Buy again">↻</button><button class="icon-btn" data-act="return" title="Return items" aria-label="Return items"${status === 'Delivered' ? '' : ' disabled'}>↩</button></td></tr>`).join('')}
</tbody></table><p class="crumbs">Items can be returned within 30 days of delivery, or any time if faulty.</p>
<div class="overlay" id="ret" hidden><div class="modal" role="dialog" aria-modal="true" aria-labelledby="ret-t"><button class="icon-btn x" id="ret-x" aria-label="Close">✕</button>
<h2 id="ret-t">Return items</h2><p class="crumbs" id="ret-o"></p><form id="ret-f" novalidate>
<fieldset style="border:0;padding:0"><legend><strong>Which items?</strong></legend><div id="ret-items"></div></fieldset>
<label class="f" for="ret-reason">Reason</label><select id="ret-reason" name="reason"><option value="">Choose a reason</option><option value="damaged">Damaged or faulty</option><option value="not-as-described">Not as described</option><option value="wrong-item">Wrong item sent</option><option value="changed-mind">Changed my mind</option></select>
<fieldset style="border:0;padding:0;margin-top:10px"><legend><strong>Refund to</strong></legend><label><input type="radio" name="refund" value="original" checked> Original payment method</label><br><label><input type="radio" name="refund" value="credit"> Greenhaven store credit (+10%)</label></fieldset>
<label class="f" for="ret-c">Comments</label><textarea id="ret-c" name="comments" rows="2"></textarea>
<p class="err" id="ret-err" role="alert"></p><button type="button" class="btn" id="ret-cancel">Cancel</button> <button class="btn btn-primary">Request return</button></form></div></div>`;
    let cur = null;
    const ov = $('#ret');
    const close = () => { ov.hidden = true; };
    view.querySelector('tbody').addEventListener('click', (e) => {
      const b = e.target.closest('button[data-act]');
      if (!b) return;
      const no = b.closest('tr').dataset.order;
      const o = D.orders.find((x) => x[0] === no);
      if (b.dataset.act === 'again') { window.rec('reorder', { order: no }); toast(`Items from ${no} added to your basket`); return; }
      cur = o;
      $('#ret-o').textContent = `Order ${no}, placed ${o[1]}`;
      $('#ret-items').innerHTML = o[2].map(([s, n, q]) => `<label style="display:block"><input type="checkbox" name="items" value="${s}"> ${escH(n)}${q > 1 ? ` × ${q}` : ''}</label>`).join('');
      $('#ret-f').reset();
      $('#ret-err').textContent = '';
      ov.hidden = false;
    });
    $('#ret-x').addEventListener('click', close);
    $('#ret-cancel').addEventListener('click', close);
    $('#ret-f').addEventListener('submit', (e) => {
      e.preventDefault();
      const f = e.target;
      const items = [...f.querySelectorAll('[name=items]:checked')].map((x) => x.value);
      if (!items.length || !f.reason.value) { $('#ret-err').textContent = 'Choose at least one item and a reason.'; return; }
      window.rec('submit', { form: 'return', data: { order: cur[0], items, reason: f.reason.value, refund: f.querySelector('[name=refund]:checked').value, comments: f.comments.value.trim() } });
      close();
      toast('Return requested. We have emailed you a returns label.');
    });
  }

  function wishlist() {
    document.title = 'Your wishlist | Greenhaven';
    const draw = () => {
      view.innerHTML = `<p class="crumbs"><a href="/account/orders">Your account</a> › Wishlist</p><h1>Your wishlist</h1>
<div class="wish">${wish.map((s) => { const p = BY[s]; return `<div class="wcard" data-sku="${s}"><button class="icon-btn rm" data-act="rm" aria-label="Remove ${escH(p.name)} from wishlist">✕</button><h3 style="margin:0 0 6px;font-size:15px"><a href="/p/${s}">${escH(p.name)}</a></h3><p>${money(p.sizes[0][1])}</p><div class="wacts"><button class="btn" data-act="move">Move to basket</button></div></div>`; }).join('') || '<p>Your wishlist is empty.</p>'}</div>`;
    };
    draw();
    wishDraw = draw;
  }
  let wishDraw = null;
  view.addEventListener('click', (e) => {
    if (location.pathname !== '/account/wishlist') return;
    const b = e.target.closest('.wcard button[data-act]');
    if (!b) return;
    const sku = b.closest('.wcard').dataset.sku;
    wish = wish.filter((x) => x !== sku);
    saveWish();
    if (b.dataset.act === 'rm') { window.rec('wishlist-remove', { sku }); toast(`${BY[sku].name} removed from your wishlist`); }
    else {
      window.rec('wishlist-move', { sku });
      const size = BY[sku].sizes[0][0];
      const l = basket.find((x) => x.sku === sku && x.size === size);
      if (l) l.qty += 1; else basket.push({ sku, size, qty: 1 });
      saveBasket(false);
      toast(`${BY[sku].name} moved to your basket`);
    }
    wishDraw();
  });

  function ask() {
    document.title = 'Ask our experts | Greenhaven';
    view.innerHTML = `<h1>Ask our plant experts</h1><p>Our horticulturists answer within two working days.</p><iframe src="/embed/ask" title="Ask an expert" style="width:100%;max-width:640px;height:620px;border:1px solid #ccc;border-radius:8px;background:#fff"></iframe>`;
  }

  // ---- basket drawer
  function drawLines() {
    const sub = basket.reduce((a, l) => a + l.qty * priceOf(l.sku, l.size), 0);
    $('#lines').innerHTML = basket.map((l, i) => `<div class="line" data-i="${i}"><div><strong>${escH(BY[l.sku].name)}</strong><br><span class="crumbs">${l.size} · ${money(priceOf(l.sku, l.size))} each</span><br><button class="linkish" data-a="rm">Remove</button></div>
<div class="qty"><button data-a="dec" aria-label="Decrease quantity of ${escH(BY[l.sku].name)}">−</button><span aria-live="polite">${l.qty}</span><button data-a="inc" aria-label="Increase quantity of ${escH(BY[l.sku].name)}">+</button></div></div>`).join('') || '<p>Your basket is empty.</p>';
    $('#subtotal').textContent = money(sub);
    $('#to-checkout').disabled = !basket.length;
  }
  function openDrawer(on) {
    $('#drawer').hidden = !on;
    $('#scrim').hidden = !on;
    $('#basket-btn').setAttribute('aria-expanded', String(on));
    if (on) { drawLines(); $('#drawer-x').focus(); }
  }
  $('#basket-btn').addEventListener('click', () => openDrawer(true));
  $('#drawer-x').addEventListener('click', () => openDrawer(false));
  $('#scrim').addEventListener('click', () => openDrawer(false));
  $('#drawer').addEventListener('keydown', (e) => { if (e.key === 'Escape') openDrawer(false); });
  $('#lines').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-a]');
    if (!b) return;
    const i = Number(b.closest('.line').dataset.i);
    const l = basket[i];
    if (b.dataset.a === 'inc') l.qty = Math.min(20, l.qty + 1);
    if (b.dataset.a === 'dec') { if (l.qty > 1) l.qty -= 1; else basket.splice(i, 1); }
    if (b.dataset.a === 'rm') basket.splice(i, 1);
    saveBasket();
  });
  $('#to-checkout').addEventListener('click', () => { openDrawer(false); go('/checkout'); });

  // ---- checkout
  function checkout() {
    document.title = 'Checkout | Greenhaven';
    const sub = basket.reduce((a, l) => a + l.qty * priceOf(l.sku, l.size), 0);
    const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const dd = (s) => { const d = new Date(`${s}T12:00:00Z`); return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]}`; };
    const addDays = (s, n) => new Date(Date.parse(`${s}T12:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
    const deliveryDays = [];
    for (let n = 2; deliveryDays.length < 5; n++) { const s = addDays(D.today, n); const w = new Date(`${s}T12:00:00Z`).getUTCDay(); if (w !== 0 && w !== 6) deliveryDays.push(s); }
    view.innerHTML = `<h1>Checkout</h1>
<div style="display:grid;grid-template-columns:1fr 300px;gap:24px"><form id="co" novalidate>
<h2>1. How would you like your order?</h2>
<div class="radio-cards"><label><input type="radio" name="method" value="delivery" checked> Home delivery<br><small>${sub >= 50 ? 'Free' : '£4.95'}</small></label><label><input type="radio" name="method" value="collect"> Click &amp; collect<br><small>Free, ready in 2 hours</small></label></div>
<div id="m-delivery"><h2>2. Delivery address</h2>
<label class="f" for="co-name">Full name</label><input type="text" id="co-name" name="name" autocomplete="name">
<label class="f" for="co-addr">Address</label><input type="text" id="co-addr" name="address" autocomplete="address-line1">
<label class="f" for="co-town">Town</label><input type="text" id="co-town" name="town">
<label class="f" for="co-pc">Postcode</label><input type="text" id="co-pc" name="postcode">
<p><strong>Delivery day</strong></p><div class="chips" id="ddays">${deliveryDays.map((s, i) => `<button type="button" data-d="${s}" aria-pressed="${i === 0}">${dd(s)}</button>`).join('')}</div></div>
<div id="m-collect" hidden><h2>2. Collection</h2>
<label class="f" for="co-store">Store</label><select id="co-store" name="store"><option value="">Choose a store</option><option value="ashby">Greenhaven Ashby</option><option value="brockley">Greenhaven Brockley</option><option value="cotterill">Greenhaven Cotterill</option></select>
<label class="f" id="cdl">Collection date</label><div style="position:relative"><button type="button" class="btn" id="cd-btn" aria-haspopup="dialog" aria-labelledby="cdl cd-btn">📅 <span>Choose a date</span></button><div class="calpop" id="calpop" role="dialog" aria-label="Choose a collection date" hidden></div></div>
<p><strong>Collection time</strong></p><div class="chips" id="slots" role="group" aria-label="Collection time">${['09:00–11:00', '11:00–13:00', '13:00–15:00', '15:00–17:00'].map((s) => `<button type="button" data-s="${s}" aria-pressed="false">${s}</button>`).join('')}</div>
<label class="f" for="co-cname">Name of the person collecting</label><input type="text" id="co-cname" name="cname"></div>
<h2>3. Contact details</h2>
<label class="f" for="co-email">Email</label><input type="email" id="co-email" name="email" autocomplete="email">
<label class="f" for="co-phone">Mobile number</label><input type="tel" id="co-phone" name="phone" autocomplete="tel">
<div class="err" id="co-err" role="alert"></div>
<p><button class="btn btn-primary" style="background:#234d20;border-color:#234d20">Place order</button></p></form>
<aside class="card" style="background:#fff;padding:14px;border-radius:8px;border:1px solid #e3e6df;align-self:start"><h3>Your basket</h3>${basket.map((l) => `<p>${l.qty} × ${escH(BY[l.sku].name)} (${l.size})</p>`).join('') || '<p>Empty</p>'}<p><strong>Subtotal ${money(sub)}</strong></p></aside></div>
<div id="placed" hidden><h2>Thank you! Your order GH-21187 is confirmed.</h2></div>`;
    const f = $('#co');
    const st = { day: deliveryDays[0], date: null, slot: null, y: 2026, m: 4 };
    f.addEventListener('change', (e) => {
      if (e.target.name === 'method') { $('#m-delivery').hidden = f.method.value !== 'delivery'; $('#m-collect').hidden = f.method.value !== 'collect'; }
    });
    $('#ddays').addEventListener('click', (e) => { const b = e.target.closest('button'); if (!b) return; st.day = b.dataset.d; $('#ddays').querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b))); });
    $('#slots').addEventListener('click', (e) => { const b = e.target.closest('button'); if (!b) return; st.slot = b.dataset.s.replace('–', '-'); $('#slots').querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b))); });
    const pop = $('#calpop');
    const first = addDays(D.today, 1);
    const last = addDays(D.today, 31);
    function drawCal() {
      const start = (new Date(Date.UTC(st.y, st.m, 1)).getUTCDay() + 6) % 7;
      const n = new Date(Date.UTC(st.y, st.m + 1, 0)).getUTCDate();
      let cells = '';
      for (let i = 0; i < start; i++) cells += '<span style="display:inline-block;width:36px"></span>';
      for (let d = 1; d <= n; d++) {
        const s = `${st.y}-${String(st.m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const off = s < first || s > last;
        cells += `<button type="button" class="d${s === st.date ? ' sel' : ''}" data-d="${s}" aria-label="${dd(s)} ${st.y}"${off ? ' disabled' : ''}>${d}</button>${(start + d) % 7 === 0 ? '<br>' : ''}`;
      }
      pop.innerHTML = `<div style="display:flex;justify-content:space-between;align-items:center"><button type="button" class="icon-btn" data-nav="-1" aria-label="Previous month">◀</button><strong>${MON[st.m]} ${st.y}</strong><button type="button" class="icon-btn" data-nav="1" aria-label="Next month">▶</button></div>
<div style="font-size:11px;color:#888">${['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((x) => `<span style="display:inline-block;width:36px;text-align:center">${x}</span>`).join('')}</div><div>${cells}</div>`;
    }
    $('#cd-btn').addEventListener('click', () => { pop.hidden = !pop.hidden; if (!pop.hidden) drawCal(); });
    pop.addEventListener('click', (e) => {
      const nav = e.target.closest('[data-nav]');
      if (nav) { st.m += Number(nav.dataset.nav); if (st.m < 4) st.m = 4; if (st.m > 5) st.m = 5; drawCal(); return; }
      const b = e.target.closest('button.d');
      if (!b || b.disabled) return;
      st.date = b.dataset.d;
      $('#cd-btn span').textContent = dd(st.date);
      pop.hidden = true;
    });
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = (n) => (f[n] ? f[n].value.trim() : '');
      const method = f.method.value;
      let err = '';
      if (method === 'delivery' && (!v('name') || !v('address') || !v('town') || !v('postcode'))) err = 'Please complete the delivery address.';
      if (method === 'collect' && (!v('store') || !st.date || !st.slot || !v('cname'))) err = 'Please choose a store, a collection date and time, and who is collecting.';
      if (!err && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v('email'))) err = 'Please enter a valid email address.';
      if (!err && !v('phone')) err = 'Please enter a mobile number.';
      $('#co-err').textContent = err;
      if (err) return;
      const data = method === 'delivery'
        ? { method, name: v('name'), address: v('address'), town: v('town'), postcode: v('postcode'), day: st.day }
        : { method, store: v('store'), date: st.date, slot: st.slot, name: v('cname') };
      Object.assign(data, { email: v('email'), phone: v('phone'), items: basket.map((l) => `${l.sku}:${l.size}:${l.qty}`) });
      window.rec('submit', { form: 'order', data });
      f.hidden = true;
      $('#placed').hidden = false;
    });
  }

  saveBasket(false);
  render();
}

const shell = () => doc({
  title: 'Greenhaven Garden Centre',
  css: CSS,
  body: `<header class="top"><a class="logo" href="/">Greenhaven<small>Garden Centre · since 1974</small></a>
<form id="search" role="search"><input id="q" type="search" placeholder="Search plants, pots, tools…" aria-label="Search"></form>
<a class="tl" href="/account/wishlist">♡ Wishlist</a><a class="tl" href="/account/orders">Orders</a>
<button id="basket-btn" aria-haspopup="dialog" aria-expanded="false">Basket (<span id="basket-count">0</span>)</button></header>
<div class="wrap"><aside class="side"><nav aria-label="Categories"><h2>Shop by category</h2>${treeHtml()}</nav></aside><main id="view"></main></div>
<div class="overlay" id="scrim" hidden style="background:rgba(0,0,0,.3)"></div>
<div class="drawer" id="drawer" role="dialog" aria-modal="true" aria-labelledby="drawer-t" hidden><button class="icon-btn" id="drawer-x" aria-label="Close basket" style="float:right">✕</button>
<h2 id="drawer-t">Your basket</h2><div id="lines"></div><p>Subtotal <strong id="subtotal"></strong></p><button class="btn btn-primary" id="to-checkout" style="width:100%;justify-content:center;background:#234d20;border-color:#234d20">Checkout</button></div>
<div class="toast" id="toast" role="status" hidden></div>`,
  script: client(gardenApp, { products: PRODUCTS, cats: catNames(), details: DETAILS, orders: ORDERS, allOrder: ALL_ORDER, today: TODAY }),
});

const askEmbed = () => doc({
  title: 'Ask an expert',
  css: 'body{background:#fff;padding:16px} label.f{display:block;margin:12px 0 3px;font-weight:600} input[type=text],input[type=email],input[type=tel],select,textarea{font:inherit;padding:7px;border:1px solid #bbb;border-radius:6px;width:100%;max-width:440px}',
  body: `<form method="post" action="/submit/ask">
<h2 style="margin-top:0">Ask an expert</h2>
<label class="f" for="topic">Topic</label><select id="topic" name="topic" required><option value="">Choose a topic</option><option value="problems">Plant problems (pests, diseases, yellowing)</option><option value="lawns">Lawn care</option><option value="design">Garden design</option><option value="houseplants">Houseplants</option><option value="grow">Grow your own</option><option value="other">Something else</option></select>
<label class="f" for="plant">Which plant? (optional)</label><input type="text" id="plant" name="plant">
<label class="f" for="question">Your question</label><textarea id="question" name="question" rows="5" required></textarea>
<fieldset style="border:0;padding:0;margin-top:10px"><legend style="font-weight:600">How should we reply?</legend>
<label><input type="radio" name="reply" value="email" checked> By email</label> <label><input type="radio" name="reply" value="phone"> Phone me</label></fieldset>
<label class="f" for="email">Email</label><input type="email" id="email" name="email" required>
<label class="f" for="phone">Phone (if you'd like a call)</label><input type="tel" id="phone" name="phone">
<p><button class="btn btn-primary" style="background:#234d20;border-color:#234d20">Send question</button></p></form>`,
});

export default {
  name: 'garden',
  title: 'Greenhaven Garden Centre',
  pages: { '/': shell, '/embed/ask': askEmbed },
  fallback(p) {
    if (/^\/(shop|p|account|checkout|search|ask)(\/|$)/.test(p)) return shell;
    return undefined;
  },
  thanks(form) {
    if (form === 'ask') return '<h2>Thanks, your question is with our experts</h2><p>We usually reply within two working days.</p>';
    return '<h1>Thank you</h1>';
  },
};

// Tasks of the garden site (Greenhaven Garden Centre).
import { submitted, did, state, answer } from '../../eval/lib/checks.mjs';
import { fill, click, clickText } from './_solve.mjs';

const SR = (sku) => `document.querySelector('gh-product[sku="${sku}"]').shadowRoot`;
const key = (sel, k, n = 1) => `(function(){ var e = document.querySelector(${JSON.stringify(sel)}); for (var i = 0; i < ${n}; i++) e.dispatchEvent(new KeyboardEvent('keydown', {key: ${JSON.stringify(k)}, bubbles: true})); })();`;
const line = (name, act) => `[...document.querySelectorAll('#lines .line')].find(l => l.textContent.includes(${JSON.stringify(name)})).querySelector('[data-a=${act}]').click()`;

export default [
  {
    id: 'gar-01', site: 'garden', kind: 'shadow', smoke: true,
    instruction: 'Add 3 Salvia Amistad in the 2 litre pots to my basket, {BASE}/shop/salvias',
    check: did('basket-add', { sku: 'SAL-AMI', size: '2L', qty: 3 }),
    solve: [{ go: '/shop/salvias' }, fill('select', '2L', SR('SAL-AMI')), click('.qty button[aria-label="Increase quantity"]', SR('SAL-AMI')),
      click('.qty button[aria-label="Increase quantity"]', SR('SAL-AMI')), click('.add', SR('SAL-AMI'))],
  },
  {
    id: 'gar-02', site: 'garden', kind: 'shadow',
    instruction: '{BASE}/shop/hand-tools - put the hori hori knife on my wishlist',
    check: did('wishlist-add', { sku: 'TL-KNF' }),
    solve: [{ go: '/shop/hand-tools' }, click('.heart', SR('TL-KNF'))],
  },
  {
    id: 'gar-03', site: 'garden', kind: 'spa',
    instruction: 'Open {BASE}/ , go to Houseplants, open the Monstera and add the 17cm one to my basket',
    check: did('basket-add', { sku: 'HSE-MON', size: '17cm', qty: 1 }),
    solve: [{ go: '/' }, clickText('.tree .twisty', 'Plants'), click('a[data-cat=houseplants]'), click('a[href="/p/HSE-MON"]', SR('HSE-MON')),
      click('input[name=size][value="17cm"]'), click('#padd')],
  },
  {
    id: 'gar-04', site: 'garden', kind: 'spa',
    instruction: ['Go to {BASE}/', 'Head over to compost & soil and put two bags of the ericaceous compost in the basket.'],
    check: did('basket-add', { sku: 'CMP-ERI', qty: 2 }),
  },
  {
    id: 'gar-05', site: 'garden', kind: 'trees', smoke: true,
    instruction: 'I need a big blue glazed pot, the 40 cm one. Can you add it to my basket? Greenhaven is at {BASE}/',
    check: did('basket-add', { sku: 'POT-GB40' }),
    solve: [{ go: '/' }, clickText('.tree .twisty', 'Outdoor living'), clickText('.tree .twisty', 'Pots & planters'), click('a[data-cat=glazed]'), click('.add', SR('POT-GB40'))],
  },
  {
    id: 'gar-06', site: 'garden', kind: 'trees',
    instruction: 'How many diffrent fruit trees does {BASE}/ sell?',
    check: answer([/\b6\b|\bsix\b/i], { not: ['(3)', '(4)', '(7)', '(11)'] }),
  },
  {
    id: 'gar-07', site: 'garden', kind: 'scroll',
    instruction: "On the 'all plants' page {BASE}/shop/all add a Victoria plum tree to my basket.",
    check: did('basket-add', { sku: 'FRT-PLM' }),
    solve: [{ go: '/shop/all' },
      "for (let i = 0; i < 12 && !document.querySelector('[data-add=FRT-PLM]'); i++) { window.scrollTo(0, document.body.scrollHeight); await new Promise(r => setTimeout(r, 500)); }",
      "document.querySelector('[data-add=FRT-PLM]').click()"],
  },
  {
    id: 'gar-08', site: 'garden', kind: 'scroll',
    instruction: "how much is the Stella cherry tree? it's somewhere in {BASE}/shop/all",
    check: answer(['£44.99'], { not: ['£39.99', '£42.99', '£34.99', '£29.99'] }),
  },
  {
    id: 'gar-09', site: 'garden', kind: 'pickers',
    instruction: "I've got a cat. On {BASE}/ show me the houseplants that are safe for pets and cost less than £15, cheapest first.",
    check: state('filters', { category: 'houseplants', maxPrice: (v) => Number(v) >= 13 && Number(v) <= 15, petSafe: true, sort: 'price-asc' }),
    solve: [{ go: '/shop/houseplants' }, key('.slider', 'PageDown', 8), key('.slider', 'ArrowLeft', 5), click('#pet'), click('#sortb'), click('#sortlist li[data-v=price-asc]')],
  },
  {
    id: 'gar-10', site: 'garden', kind: 'pickers',
    instruction: "Click and collect what's in my basket from the Brockley store on Friday 29 May, the 1-3pm slot. Name Joe Park, joe.park@example.com, mobile 07700 900882. {BASE}/",
    check: submitted('order', { method: 'collect', store: 'brockley', date: '2026-05-29', slot: '13:00-15:00', name: 'Joe Park', email: 'joe.park@example.com', phone: '07700 900882' }),
    solve: [{ go: '/checkout' }, click('input[name=method][value=collect]'), fill('#co-store', 'brockley'), click('#cd-btn'), click('#calpop button.d[data-d="2026-05-29"]'),
      click('#slots button[data-s="13:00–15:00"]'), fill('#co-cname', 'Joe Park'), fill('#co-email', 'joe.park@example.com'), fill('#co-phone', '07700 900882'),
      "document.querySelector('#co').requestSubmit()"],
  },
  {
    id: 'gar-11', site: 'garden', kind: 'dialogs', smoke: true,
    instruction: '{BASE}/ - in my basket, I only need 4 of the lavender, and take the terracotta pot out',
    check: state('basket', { 'LAV-HID': 4, 'POT-T30': null, 'CMP-50': 2 }),
    solve: [{ go: '/' }, click('#basket-btn'), line('Lavender', 'dec'), line('Lavender', 'dec'), line('Terracotta', 'rm')],
  },
  {
    id: 'gar-12', site: 'garden', kind: 'dialogs',
    instruction: 'The secateurs I bought in March arrived broken. Please return them and refund my card. Orders are at {BASE}/account/orders',
    check: submitted('return', { order: 'GH-20761', items: ['TL-SEC'], reason: 'damaged', refund: 'original' }),
    solve: [{ go: '/account/orders' }, click('tr[data-order=GH-20761] [data-act=return]'), click('#ret-items input[value=TL-SEC]'), fill('#ret-reason', 'damaged'),
      "document.querySelector('#ret-f').requestSubmit()"],
  },
  {
    id: 'gar-13', site: 'garden', kind: 'forms',
    instruction: 'Check out my basket at {BASE}/ for home delivery to Nadia Petrova, 27 Willow Crescent, Ashby, AB3 9QF. Email nadia.p@example.com, phone 07700 900417.',
    check: submitted('order', { method: 'delivery', name: 'Nadia Petrova', address: '27 Willow Crescent', town: 'Ashby', postcode: 'AB3 9QF', email: 'nadia.p@example.com', phone: '07700 900417' }),
  },
  {
    id: 'gar-14', site: 'garden', kind: 'tabs',
    instruction: 'When does the Gertrude Jekyll rose flower? {BASE}/p/ROS-GJ',
    check: answer([/june/i, /september/i], { not: [/november/i, /march/i] }),
    solve: [{ go: '/p/ROS-GJ' }, click('.ptabs a[data-t=care]'), "return [...document.querySelectorAll('.ppanel[data-p=care] tr')].find(r => r.textContent.includes('Flowering')).innerText"],
  },
  {
    id: 'gar-15', site: 'garden', kind: 'tabs',
    instruction: "Just bought a monstera - how often am I meant to water it? Greenhaven's care guide is on {BASE}/p/HSE-MON",
    check: answer([/7\s*(–|-|to)\s*10\s*days/i], { not: [/3\s*(–|-|to)\s*5\s*working/i] }),
  },
  {
    id: 'gar-16', site: 'garden', kind: 'tables',
    instruction: 'Buy again whatever I ordered on 3 March ({BASE}/account/orders)',
    check: did('reorder', { order: 'GH-20598' }),
    solve: [{ go: '/account/orders' }, click('tr[data-order=GH-20598] [data-act=again]')],
  },
  {
    id: 'gar-17', site: 'garden', kind: 'tables',
    instruction: "What's happening with my hose reel order? {BASE}/account/orders",
    check: answer(['Processing'], { not: ['Dispatched', 'Delivered'] }),
  },
  {
    id: 'gar-18', site: 'garden', kind: 'lists',
    instruction: 'take the acer off my wishlist - {BASE}/account/wishlist',
    check: did('wishlist-remove', { sku: 'ORN-ACR' }),
    solve: [{ go: '/account/wishlist' }, click('.wcard[data-sku=ORN-ACR] [data-act=rm]')],
  },
  {
    id: 'gar-19', site: 'garden', kind: 'lists',
    instruction: 'On {BASE}/account/wishlist, move the sage green pot into my basket, please.',
    check: did('wishlist-move', { sku: 'POT-GG40' }),
  },
  {
    id: 'gar-20', site: 'garden', kind: 'iframes',
    instruction: "My hydrangea's leaves are going yellow with brown spots. Ask Greenhaven's plant experts about it at {BASE}/ask and have them email me at li.wei@example.com",
    check: submitted('ask', { topic: 'problems', question: /hydrangea|yellow/i, email: 'li.wei@example.com', reply: 'email' }),
    solve: [{ go: '/ask' }, { wait: 300 },
      "const d = document.querySelector('iframe').contentDocument; d.querySelector('#topic').value = 'problems'; d.querySelector('#plant').value = 'Hydrangea'; d.querySelector('#question').value = 'The leaves on my hydrangea are going yellow with brown spots. What should I do?'; d.querySelector('#email').value = 'li.wei@example.com'; d.querySelector('button').click();",
      { wait: 300 }],
  },
];

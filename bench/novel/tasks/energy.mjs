// Tasks of the energy site (Brightwatt Energy account).
import { submitted, did, state, answer } from '../../eval/lib/checks.mjs';
import { fill, click, check } from './_solve.mjs';

const IF = "document.querySelector('iframe').contentDocument";
const TSR = (code) => `document.querySelector('bw-tariff[code=${code}]').shadowRoot`;

export default [
  {
    id: 'ene-01', site: 'energy', kind: 'reading', smoke: true,
    instruction: '{BASE}/ - am I in credit or do I owe Brightwatt money? How much?',
    check: answer([/86\.42/, /credit/i], { not: ['112.00', '126.25'] }),
    solve: [{ go: '/#/overview' }, "return document.querySelector('.cards .card').innerText"],
  },
  {
    id: 'ene-02', site: 'energy', kind: 'reading',
    instruction: "When does my fixed energy deal end, and what's the fee if I leave before then? My account: {BASE}/",
    check: answer([/31(st)?\s+oct/i, '£75'], { not: ['£50', '£30'] }),
  },
  {
    id: 'ene-03', site: 'energy', kind: 'lists',
    instruction: 'Dismiss the smart meter notification on my Brightwatt account ({BASE}/).',
    check: did('dismiss', { id: 'n3' }),
    solve: [{ go: '/#/overview' }, click('.note[data-id=n3] [data-a=dismiss]')],
  },
  {
    id: 'ene-04', site: 'energy', kind: 'dialogs',
    instruction: "Please add us to the priority services register on {BASE}/. We've got a baby (under 5) and my partner uses a home oxygen machine. Password for callers: bluebell",
    check: submitted('psr', { needs: ['young-children', 'medical-equipment'], password: 'bluebell' }),
    solve: [{ go: '/#/overview' }, click('#psr-open'), check('input[name=needs][value=young-children]'), check('input[name=needs][value=medical-equipment]'),
      fill('#psr-pw', 'bluebell'), "document.querySelector('#psr-form').requestSubmit()"],
  },
  {
    id: 'ene-05', site: 'energy', kind: 'tabs',
    instruction: 'How many kWh of gas did we use in February? {BASE}/#/usage',
    check: answer([/1,?419/], { not: ['330', '1,562', '1,025', '1,688'] }),
    solve: [{ go: '/#/usage' }, click('#tab-g'), "return [...document.querySelectorAll('#pan-g tr')].find(r => r.textContent.includes('February')).innerText"],
  },
  {
    id: 'ene-06', site: 'energy', kind: 'spa',
    instruction: ['Open {BASE}/', 'Go to the usage section. Which month did we use the most electricity?'],
    check: answer([/\bjan(uary)?\b/i], { not: ['355', '330', '312'] }),
  },
  {
    id: 'ene-07', site: 'energy', kind: 'tables',
    instruction: "Which of my energy bills hasn't been paid yet, and how much is it for? {BASE}/#/bills",
    check: answer(['£126.25'], { not: ['£153.61', '£186.88', '£213.71'] }),
    solve: [{ go: '/#/bills' }, "return [...document.querySelectorAll('#bills tbody tr')].find(r => r.textContent.includes('Due')).innerText"],
  },
  {
    id: 'ene-08', site: 'energy', kind: 'tables',
    instruction: 'How much was the bill covering December 2025? ({BASE}/#/bills)',
    check: answer(['£202.39'], { not: ['£162.32', '£213.71', '£186.88'] }),
  },
  {
    id: 'ene-09', site: 'energy', kind: 'dialogs',
    instruction: "I want to query the bill issued on 3 March - it's way too high, I think they used an estimated reading. {BASE}/#/bills",
    check: submitted('query', { bill: 'B-2602', reason: 'estimated' }),
    solve: [{ go: '/#/bills' }, click('tr[data-bill=B-2602] [data-a=query]'), fill('#q-reason', 'estimated'), fill('#q-msg', 'Way too high, looks like an estimate.'),
      "document.querySelector('#q-form').requestSubmit()"],
  },
  {
    id: 'ene-10', site: 'energy', kind: 'scroll',
    instruction: 'On {BASE}/#/bills, how much was the bill for July 2025 (the one covering that month)?',
    check: answer(['£88.02'], { not: ['£90.47', '£91.63', '£96.15'] }),
    solve: [{ go: '/#/bills' }, click('#older'), { wait: 700 }, "return document.querySelector('tr[data-bill=B-2507]').innerText"],
  },
  {
    id: 'ene-11', site: 'energy', kind: 'newtab',
    instruction: "Open my latest bill (from {BASE}/#/bills) and tell me the electricity standing charge per day.",
    check: answer([/53\.35/], { not: [/31\.65/, /51\.37/] }),
    solve: [{ go: '/bill/B-2604' }, "return [...document.querySelectorAll('table')][0].rows[1].innerText"],
  },
  {
    id: 'ene-12', site: 'energy', kind: 'newtab',
    instruction: '{BASE}/#/tariffs: open the full details of the Night Owl EV tariff. What hours count as night (off-peak)?',
    check: answer([/00[:.]30|12[:.]30\s*am/i, /\b0?5[:.]30/], { not: ['08:00', '20:00'] }),
  },
  {
    id: 'ene-13', site: 'energy', kind: 'spa',
    instruction: 'Submit my electricity meter reading on {BASE}/ - day 42310, night 18977.',
    check: submitted('reading', { meter: 'electricity', day: '42310', night: '18977', date: '2026-05-13' }),
    solve: [{ go: '/#/meter' }, fill('#m-day', '42310'), fill('#m-night', '18977'), "document.querySelector('#m-form').requestSubmit()", click('#m-send')],
  },
  {
    id: 'ene-14', site: 'energy', kind: 'spa',
    instruction: 'When was my last direct debit taken and how much was it? {BASE}/',
    check: answer([/\b1(st)?\s+may\b|\bmay\s+1(st)?\b/i, /112/], { not: ['104.00', '40.00'] }),
  },
  {
    id: 'ene-15', site: 'energy', kind: 'spa', smoke: true,
    instruction: '{BASE}/ - switch me to paperless billing, and stop the marketing emails while you are there.',
    check: state('prefs', { paperless: true, marketing: false, emailBills: true, smsReadings: false }),
    solve: [{ go: '/#/settings' }, click('.switch[data-k=paperless]'), click('.switch[data-k=marketing]')],
  },
  {
    id: 'ene-16', site: 'energy', kind: 'pickers', smoke: true,
    instruction: 'change my monthly direct debit to £125 and move it to the 15th. {BASE}/#/payments',
    check: submitted('dd', { amount: 125, day: 15 }),
    solve: [{ go: '/#/payments' }, click('#dd-edit'), ...Array.from({ length: 13 }, () => click('#amt-inc')), click('#day-btn'), click('#dl-15'), click('#dd-save'), click('#ddc-ok')],
  },
  {
    id: 'ene-17', site: 'energy', kind: 'iframes',
    instruction: 'Pay £60 towards my Brightwatt balance ({BASE}/#/payments). Card 4242 4242 4242 4242, expiry 09/28, CVC 123, name J Ellis, billing postcode MV2 4RS.',
    check: submitted('payment', { amount: (v) => Number(String(v ?? '').replace(/[£\s]/g, '')) === 60, card: /^4242\s?4242\s?4242\s?4242$/, exp: '09/28', cvc: '123', name: 'J Ellis', postcode: 'MV2 4RS' }),
    solve: [{ go: '/#/payments' }, click('#pay-open'), { wait: 500 },
      `const d = ${IF}; d.querySelector('#amt').value = '60'; d.querySelector('#cn').value = '4242 4242 4242 4242'; d.querySelector('#ex').value = '09/28'; d.querySelector('#cvc').value = '123'; d.querySelector('#nm').value = 'J Ellis'; d.querySelector('#pc').value = 'MV2 4RS'; d.querySelector('button').click();`,
      { wait: 300 }],
  },
  {
    id: 'ene-18', site: 'energy', kind: 'iframes',
    instruction: 'Can you ask Brightwatt to call me back about my smart meter? Evenings are best, my number is 07700 900123. Their help page is {BASE}/#/help',
    check: submitted('callback', { phone: '07700 900123', time: 'evening', topic: 'smart-meters' }),
  },
  {
    id: 'ene-19', site: 'energy', kind: 'shadow',
    instruction: 'Switch me over to the Green Tracker tariff ({BASE}/#/tariffs)',
    check: did('switch-tariff', { code: 'GREEN' }),
    solve: [{ go: '/#/tariffs' }, click('.sw', TSR('GREEN')), click('#sw-ok')],
  },
  {
    id: 'ene-20', site: 'energy', kind: 'shadow',
    instruction: "Which of Brightwatt's tariffs has no exit fee, and what's its electricity unit rate? {BASE}/#/tariffs",
    check: answer(['Flex', /25\.73/], { not: [/24\.50/, /23\.10/, /29\.40/] }),
  },
  {
    id: 'ene-21', site: 'energy', kind: 'forms',
    instruction: "We're moving out on 12 June 2026. The new place is 7 Harbour View, Kelsey, KE1 3NW, and yes, we want to stay with Brightwatt there. Let them know via {BASE}/#/moving",
    check: submitted('moving', { date: '2026-06-12', line1: '7 Harbour View', town: 'Kelsey', postcode: 'KE1 3NW', keep: 'yes' }),
    solve: [{ go: '/#/moving' }, fill('#mv-date', '2026-06-12'), fill('#mv-l1', '7 Harbour View'), fill('#mv-town', 'Kelsey'), fill('#mv-pc', 'KE1 3NW'),
      click('input[name=keep][value=yes]'), "document.querySelector('#mv').requestSubmit()"],
  },
];

// Tasks of the courier site (Parcelfox).
import { submitted, did, state, answer } from '../../eval/lib/checks.mjs';
import { fill, click, clickText, check } from './_solve.mjs';

const IF = "document.querySelector('iframe').contentDocument";
const AF = "document.querySelector('pf-address-finder').shadowRoot";

export default [
  {
    id: 'cou-01', site: 'courier', kind: 'reading',
    instruction: "Where's my parcel PF7301245568, and when will it get here? ({BASE}/)",
    check: answer([/13[:.]10|\b1[:.]10\s*pm/i]),
    solve: [{ go: '/track?number=PF7301245568' }, "return document.querySelector('h1').innerText + ' ' + document.querySelector('.card').innerText"],
  },
  {
    id: 'cou-02', site: 'courier', kind: 'reading',
    instruction: 'Got a card saying my Parcelfox parcel PF7301298810 is waiting at a pickup point. Where do I collect it, and by when? {BASE}/',
    check: answer(['Hilltop Pharmacy', /\b20(th)?\s+may|\bmay\s+20/i]),
  },
  {
    id: 'cou-03', site: 'courier', kind: 'tabs', smoke: true,
    instruction: 'Leave my Lumen Home parcel (PF7301311122) with my neighbour at number 14, Mrs Patel. {BASE}/',
    check: submitted('redirect', { number: 'PF7301311122', option: 'neighbour', house: /^(no\.?\s*|number\s*)?14$/i, neighbour: /patel/i }),
    solve: [{ go: '/track/change?number=PF7301311122' }, click('.opt-tab[data-opt=neighbour]'), fill('#nb-house', '14'), fill('#nb-name', 'Mrs Patel'), click('#go-neighbour')],
  },
  {
    id: 'cou-04', site: 'courier', kind: 'pickers',
    instruction: "{BASE}/track/change?number=PF7301311122 I won't be in on Friday. Move it to Tuesday evening instead.",
    check: submitted('redirect', { number: 'PF7301311122', option: 'day', date: '2026-05-19', window: 'evening' }),
    solve: [{ go: '/track/change?number=PF7301311122' }, click('.opt-tab[data-opt=day]'), click('#days button[data-d="2026-05-19"]'), fill('#window', 'evening'), click('#go-day')],
  },
  {
    id: 'cou-05', site: 'courier', kind: 'forms',
    instruction: 'I need to send a 6kg box (50 x 40 x 30 cm) from LS6 2AB to my brother Tom Reed, 22 Mill Street, York YO1 7PQ. Cheapest service, and add the £100 cover. My details: Sam Okafor, 4 Beech Grove, Leeds LS6 2AB. {BASE}/send',
    check: submitted('shipment', { from: 'LS6 2AB', to: 'YO1 7PQ', size: 'medium', weight: 6, service: 'standard', cover: '100', sender_name: 'Sam Okafor', sender_line1: '4 Beech Grove', recipient_name: 'Tom Reed', recipient_line1: '22 Mill Street', recipient_town: 'York', recipient_postcode: 'YO1 7PQ' }),
    solve: [{ go: '/send' }, fill('#from', 'LS6 2AB'), fill('#to', 'YO1 7PQ'), click('[data-next="1"]'), click('input[name=size][value=medium]'),
      ...Array.from({ length: 5 }, () => click('#kg-inc')), click('[data-next="2"]'), click('input[name=service][value=standard]'), fill('#cover', '100'), click('[data-next="3"]'),
      fill('#s-name', 'Sam Okafor'), fill('#s-line1', '4 Beech Grove'), fill('#s-town', 'Leeds'), fill('#r-name', 'Tom Reed'), fill('#r-line1', '22 Mill Street'), fill('#r-town', 'York'),
      click('[data-next="4"]'), click('#pay')],
  },
  {
    id: 'cou-06', site: 'courier', kind: 'forms', smoke: true,
    instruction: 'Book a Parcelfox pickup from 4 Beech Grove, Leeds LS6 2AB on 20 May 2026, ready from 10am. 3 parcels, all already labelled. {BASE}/collection',
    check: submitted('collection', { date: '2026-05-20', ready: '10:00', line1: '4 Beech Grove', town: 'Leeds', postcode: 'LS6 2AB', count: 3, labelled: 'yes' }),
    solve: [{ go: '/collection' }, fill('#cd', '2026-05-20'), fill('#cr', '10:00'), fill('#cl', '4 Beech Grove'), fill('#ctn', 'Leeds'), fill('#cpc', 'LS6 2AB'), fill('#cn', '3'),
      check('input[name=labelled]'), "document.querySelector('form[action=\"/submit/collection\"] button').click()", { wait: 300 }],
  },
  {
    id: 'cou-07', site: 'courier', kind: 'iframes',
    instruction: 'My parcel PF7301334490 arrived with a smashed vase inside, it was worth £45. I noticed on 11 May. Please file a claim at {BASE}/claims',
    check: submitted('claim', { number: /^\s*PF7301334490\s*$/i, type: 'damaged', value: 45, noticed: '2026-05-11', description: /vase/i }),
    solve: [{ go: '/claims' }, { wait: 300 },
      `const d = ${IF}; d.querySelector('#no').value = 'PF7301334490'; d.querySelector('[name=type][value=damaged]').click(); d.querySelector('#ds').value = 'Vase arrived smashed'; d.querySelector('#vl').value = '45'; d.querySelector('#dn').value = '2026-05-11'; d.querySelector('button').click();`,
      { wait: 300 }],
  },
  {
    id: 'cou-08', site: 'courier', kind: 'lists', smoke: true,
    instruction: "One of the parcels coming to me is from Quill & Co and I never ordered anything from them. Can you flag it as not mine? {BASE}/account",
    check: did('not-mine', { number: 'PF7301350077' }),
    solve: [{ go: '/account' }, click('.pcard[data-number=PF7301350077] [data-a=notmine]')],
  },
  {
    id: 'cou-09', site: 'courier', kind: 'tables',
    instruction: 'When did my parcel to Jonas Berg get delivered? {BASE}/account/sent',
    check: answer([/\b12(th)?\s+may|\bmay\s+12/i], { not: [/\b29(th)?\s+apr/i, /\b22(nd)?\s+apr/i] }),
  },
  {
    id: 'cou-10', site: 'courier', kind: 'tables',
    instruction: 'Of the parcels I have sent ({BASE}/account/sent), which one cost the most to send, and who was it to?',
    check: answer(['Jonas Berg', '£11.49'], { not: ['Tom Reed', 'Priya Shah', 'Eastfield'] }),
    solve: [{ go: '/account/sent' }, "return document.querySelector('tr[data-number=PF7301099340]').innerText"],
  },
  {
    id: 'cou-11', site: 'courier', kind: 'dialogs',
    instruction: "Cancel the parcel to Priya that hasn't been picked up yet. {BASE}/account/sent",
    check: did('cancel', { number: 'PF7301120458' }),
    solve: [{ go: '/account/sent' }, click('tr[data-number=PF7301120458] [aria-haspopup=menu]'), click('.menu [data-act=cancel]'), click('#cx-ok')],
  },
  {
    id: 'cou-12', site: 'courier', kind: 'dialogs',
    instruction: 'Could you email me the proof of delivery for the parcel I sent Tom? Send it to sam.okafor@example.com. My sent parcels are at {BASE}/account/sent',
    check: submitted('pod', { number: 'PF7300981102', email: 'sam.okafor@example.com' }),
  },
  {
    id: 'cou-13', site: 'courier', kind: 'newtab',
    instruction: "How heavy can a Large parcel be with Parcelfox? There's a size guide linked from {BASE}/send",
    check: answer([/\b20\s*kg/i], { not: [/\b10\s*kg/i, /\b30\s*kg/i] }),
  },
  {
    id: 'cou-14', site: 'courier', kind: 'newtab',
    instruction: "I need to reprint the label for my parcel to Priya, the one that's still waiting for collection ({BASE}/account/sent). What routing code is printed on it?",
    check: answer(['BS1-4D-17'], { not: ['BS1-4D-09'] }),
    solve: [{ go: '/label?number=PF7301120458' }, "return document.querySelector('.route').innerText"],
  },
  {
    id: 'cou-15', site: 'courier', kind: 'trees',
    instruction: 'make the Headingley station locker my preferred parcelpoint - {BASE}/points',
    check: did('preferred', { id: 'pp-hds' }),
    solve: [{ go: '/points' }, clickText('[role=treeitem]', 'Yorkshire'), clickText('[role=treeitem]', 'Leeds'), click('[role=treeitem][data-id=pp-hds]'), click('#pref')],
  },
  {
    id: 'cou-16', site: 'courier', kind: 'shadow',
    instruction: 'Add my office to my Parcelfox address book ({BASE}/account/addresses): postcode LS1 4AP, it is Unit 5, Calder House. Label it Work.',
    check: submitted('address', { label: 'Work', line1: 'Unit 5, Calder House', postcode: 'LS1 4AP' }),
    solve: [{ go: '/account/addresses' }, fill('#pc', 'LS1 4AP', AF), click('#find', AF), clickText('li', 'Unit 5', AF), fill('#lbl', 'Work', AF), click('#save', AF)],
  },
  {
    id: 'cou-17', site: 'courier', kind: 'spa',
    instruction: ['Go to {BASE}/account', 'In my preferences, turn on text message updates and turn off the email ones.'],
    check: state('prefs', { sms: true, email: false }),
    solve: [{ go: '/account' }, click('.atabs a[href="/account/preferences"]'), click('.sw[data-k=sms]'), click('.sw[data-k=email]'), click('#save-prefs')],
  },
  {
    id: 'cou-18', site: 'courier', kind: 'spa',
    instruction: "On {BASE}/account, go into my address book and make Mum's address the default one.",
    check: did('default-address', { id: 'mum' }),
  },
  {
    id: 'cou-19', site: 'courier', kind: 'scroll',
    instruction: 'When was the parcel from Fenwick & Hale delivered? It should be in my delivery history: {BASE}/account/history',
    check: answer([/\b7(th)?\s+mar|\bmar\w*\s+7(th)?\b/i], { not: [/\b9(th)?\s+mar/i, /\b5(th)?\s+mar/i] }),
    solve: [{ go: '/account/history' },
      "for (let i = 0; i < 10 && !document.querySelector('li[data-id=h34]'); i++) { window.scrollTo(0, document.body.scrollHeight); await new Promise(r => setTimeout(r, 600)); }",
      "return document.querySelector('li[data-id=h34]').innerText"],
  },
  {
    id: 'cou-20', site: 'courier', kind: 'scroll',
    instruction: 'Please hide the Brambly Seeds delivery from my history on {BASE}/account/history',
    check: did('hide', { id: 'h28' }),
  },
];

import { answer, did, submitted, all, matchValue } from '../../eval/lib/checks.mjs';

// The LAST record of `type` has these fields (the page's final state: a second search
// or rating replaces the first, as it would for a user).
const last = (type, fields) => ({ records }) => {
  const rs = records.filter((r) => r.type === type);
  if (!rs.length) return { ok: false, why: `no "${type}" recorded` };
  const r = rs[rs.length - 1];
  const bad = Object.entries(fields).filter(([k, v]) => !matchValue(v, r[k])).map(([k, v]) => `${k}=${JSON.stringify(r[k])} (want ${v})`);
  return bad.length ? { ok: false, why: `last "${type}": ${bad.join('; ')}` } : { ok: true, why: `${type} ok` };
};


const place = (id, q, pick) => [`const i=document.getElementById('${id}');i.focus();i.value='${q}';i.dispatchEvent(new Event('input',{bubbles:true}));return null`,
  `[...document.querySelectorAll('#${id === 'pickup' ? 'pl' : 'dl'} li')].find(l=>l.textContent==='${pick}').dispatchEvent(new MouseEvent('mousedown',{bubbles:true}))`];
const val = (id, v) => `document.getElementById('${id}').value='${v}';return null`;
const search = (from, to) => [{ go: '/' }, ...place('pickup', 'lisb', 'Lisbon Airport (LIS)'), val('from', from), val('to', to), "document.getElementById('go1').click()"];
const LIS = { pickup: 'Lisbon Airport (LIS)', dropoff: 'Lisbon Airport (LIS)' };

export default [
  { id: 'ch-01', site: 'carhire', kind: 'pickers',
    instruction: 'On {BASE}/ search for a car at Lisbon Airport from 12 March 2027 10:00 to 15 March 2027 10:00.',
    check: last('search', { ...LIS, from: '2027-03-12', fromTime: '10:00', to: '2027-03-15', toTime: '10:00' }),
    solve: search('2027-03-12', '2027-03-15') },
  { id: 'ch-02', site: 'carhire', kind: 'pickers',
    instruction: '{BASE} — I want to pick up a car at Porto Campanhã station on 2027-04-02 at 09:30 and drop it off at Faro airport on 2027-04-09 at 18:00. Search for cars.',
    check: last('search', { pickup: 'Porto Campanhã Station', dropoff: 'Faro Airport (FAO)', from: '2027-04-02', fromTime: '09:30', to: '2027-04-09', toTime: '18:00' }),
    solve: [{ go: '/' }, ...place('pickup', 'campa', 'Porto Campanhã Station'), "document.getElementById('diff').click()", ...place('dropoff', 'faro', 'Faro Airport (FAO)'),
      val('from', '2027-04-02'), val('fromTime', '09:30'), val('to', '2027-04-09'), val('toTime', '18:00'), "document.getElementById('go1').click()"] },
  { id: 'ch-03', site: 'carhire', kind: 'pickers',
    instruction: 'search {BASE}/ for a rental at Madrid Atocha, 20 to 22 May 2027 (pick up 14:00, return 12:00). The driver is 23.',
    check: last('search', { pickup: 'Madrid Atocha Station', dropoff: 'Madrid Atocha Station', from: '2027-05-20', fromTime: '14:00', to: '2027-05-22', toTime: '12:00', age: '21–24' }) },
  { id: 'ch-04', site: 'carhire', kind: 'forms', smoke: true,
    instruction: 'Rent the Fiat 500 on {BASE}/ at Lisbon Airport from 2027-03-12 to 2027-03-15 (10:00 both days), no extras. Driver: Claire Moreau, claire.moreau@free.fr, +33 6 12 34 56 78. Card 4111 1111 1111 1111, expiry 09/29, CVC 123, name on card Claire Moreau.',
    check: submitted('rental', { ...LIS, from: '2027-03-12', to: '2027-03-15', car: 'fiat500', childSeats: 0, extraDriver: false, insurance: 'basic', first: 'Claire', last: 'Moreau', email: 'claire.moreau@free.fr', cardNumber: /^4111 ?1111 ?1111 ?1111$/, expiry: '09/29', cvc: '123' }),
    solve: [...search('2027-03-12', '2027-03-15'), "document.querySelector('.choose[data-car=fiat500]').click()", "document.getElementById('go3').click()",
      "['first','Claire','last','Moreau','email','claire.moreau@free.fr','phone','+33 6 12 34 56 78'].forEach((x,i,a)=>{if(i%2==0)document.getElementById(x).value=a[i+1]});return null",
      "const f=document.getElementById('pay').contentDocument;f.getElementById('cc').value='4111 1111 1111 1111';f.getElementById('exp').value='09/29';f.getElementById('cvc').value='123';f.getElementById('holder').value='Claire Moreau';return null",
      "document.getElementById('book').click()"] },
  { id: 'ch-05', site: 'carhire', kind: 'forms',
    instruction: 'Go to {BASE}/ and book a VW Golf from Lisbon Airport, 1 to 8 June 2027, 10:00. Add one child seat, an additional driver and full protection. Driver Jonas Berg, jonas.berg@gmail.com, phone 0046 70 123 45 67, flight SK1425. Pay with card 5555 5555 5555 4444 exp 11/28 cvc 321.',
    check: submitted('rental', { ...LIS, from: '2027-06-01', to: '2027-06-08', car: 'golf', childSeats: 1, boosters: 0, extraDriver: true, insurance: 'full', first: 'Jonas', last: 'Berg', email: 'jonas.berg@gmail.com', flight: 'SK1425', cardNumber: /^5555 ?5555 ?5555 ?4444$/, expiry: '11/28', cvc: '321' }) },
  { id: 'ch-06', site: 'carhire', kind: 'forms',
    instruction: '{BASE}/: we are 7 people. Book the cheapest car with 7 or more seats at Faro Airport from 2027-07-03 to 2027-07-10 (pick up 12:00, return 12:00), with two booster seats. Driver name: Rui Costa, email: rui.costa@sapo.pt. Card: 4000 0566 5566 5556, 03/30, CVC 777.',
    check: submitted('rental', { pickup: 'Faro Airport (FAO)', from: '2027-07-03', to: '2027-07-10', fromTime: '12:00', toTime: '12:00', car: 'p5008', boosters: 2, first: 'Rui', last: 'Costa', email: 'rui.costa@sapo.pt', cardNumber: /^4000 ?0566 ?5566 ?5556$/ }) },
  { id: 'ch-07', site: 'carhire', kind: 'iframes', smoke: true,
    instruction: "What's the fuel policy? It's in the terms on {BASE}/terms",
    check: answer([/full to full/i], { not: ['€60', '59-minute', '€1,500'] }),
    solve: [{ go: '/terms' }, "document.querySelector('iframe').contentDocument.querySelectorAll('p')[0].textContent"] },
  { id: 'ch-08', site: 'carhire', kind: 'iframes',
    instruction: '{BASE}/terms: how big is the security deposit for a premium electric car?',
    check: answer(['€1,500'], { not: ['€300', '€450', '€600', '€1,000'] }),
    solve: [{ go: '/terms' }, "/[^.]*Premium electric[^.]*/.exec(document.querySelector('iframe').contentDocument.body.innerText)[0].replace(/.*€1,000 for vans and/, '')"] },
  { id: 'ch-09', site: 'carhire', kind: 'iframes',
    instruction: 'On {BASE}/manage look up my booking: reference RX-40418, surname Moreau. Tick the box to get the voucher by email too.',
    check: submitted('lookup', { ref: 'RX-40418', surname: 'Moreau', sendCopy: 'yes' }),
    solve: [{ go: '/manage' }, "const d=document.querySelector('iframe').contentDocument;d.querySelector('[name=ref]').value='RX-40418';d.querySelector('[name=surname]').value='Moreau';d.querySelector('[name=sendCopy]').checked=true;d.forms[0].submit();return null", { wait: 500 }] },
  { id: 'ch-10', site: 'carhire', kind: 'iframes',
    instruction: 'How much extra per day do I pay on {BASE}/terms if the driver is 22?',
    check: answer(['€12'], { not: ['€20', '€25', '€15'] }) },
  { id: 'ch-11', site: 'carhire', kind: 'iframes',
    instruction: 'Enter my card on {BASE}/ for a Tesla Model 3 at Porto Airport 2027-02-10 → 2027-02-12 (10:00): number 4242 4242 4242 4242, expiry 12/27, CVC 9876, cardholder Amira Saleh; driver Amira Saleh, amira@saleh.io. Then book.',
    check: submitted('rental', { pickup: 'Porto Airport (OPO)', car: 'tesla', cardNumber: /^4242 ?4242 ?4242 ?4242$/, expiry: '12/27', cvc: '9876', cardName: 'Amira Saleh', first: 'Amira', last: 'Saleh', email: 'amira@saleh.io' }) },
  { id: 'ch-12', site: 'carhire', kind: 'dialogs',
    instruction: 'On {BASE}/ search Lisbon Airport 2027-03-12 to 2027-03-15, then open the rental conditions of the Tesla and tell me its mileage limit.',
    check: answer(['250 km'], { not: ['1,500 km', '200 km', 'Unlimited'] }),
    solve: [...search('2027-03-12', '2027-03-15'), "document.querySelector('.cond[data-car=tesla]').click()", "document.getElementById('cD').children[1].textContent"] },
  { id: 'ch-13', site: 'carhire', kind: 'reading',
    instruction: '{BASE}/ — search Lisbon Airport from 12 to 15 March 2027 and tell me what the Toyota costs in total for those days.',
    check: answer(['€141'], { not: ['€93', '€114', '€192', '€267', '€360'] }),
    solve: [...search('2027-03-12', '2027-03-15'), "document.querySelector('.car[data-car=corolla] .tot').textContent"] },
];

// Harbourview Hotel front desk (sites/hotel.mjs).
import { submitted, did, answer, all } from '../../eval/lib/checks.mjs';

const CONFS = ['4471', '4472', '4475', '4480', '4483', '4490'];
const others = (c) => CONFS.filter((x) => x !== c);

// Reference-solution helper: fills the new-reservation form through its widgets.
const fillRes = ({ guest, email, date, nights, type, adults, children, rate }) => `
  var f = document.getElementById('f');
  f.guest.value = ${JSON.stringify(guest)}; f.email.value = ${JSON.stringify(email)};
  document.getElementById('arr-btn').click();
  for (var i = 0; i < 6 && !document.querySelector('#cal-g button[data-iso="${date}"]'); i++) document.getElementById('next').click();
  document.querySelector('#cal-g button[data-iso="${date}"]').click();
  var st = function(n, v){ var s = document.querySelector('.stepper[data-name=' + n + ']'), inp = s.querySelector('input'), b = s.querySelectorAll('button');
    while (Number(inp.value) < v) b[1].click(); while (Number(inp.value) > v) b[0].click(); };
  st('nights', ${nights}); st('adults', ${adults ?? 2}); st('children', ${children ?? 0});
  document.getElementById('rt-btn').click();
  document.querySelector('#rt-list li[data-value="${type}"]').click();
  document.querySelector('input[name=rate][value=${rate ?? 'flex'}]').click();
  f.querySelector('button[type=submit]').click(); return null;`;

export default [
  { id: 'ho-01', site: 'hotel', kind: 'dialogs',
    instruction: '{BASE} cancel booking 4472, the guest asked us to',
    check: did('cancel', { conf: '4472', reason: 'Guest request' }) },
  { id: 'ho-02', site: 'hotel', kind: 'tables', smoke: true,
    instruction: 'On {BASE}, what time is Priya Raman expected to arrive?',
    check: answer(['12:00'], { not: ['15:00', '18:30', '21:00', '14:00', '16:45'] }),
    solve: [{ go: '/' }, "document.querySelector('tr[data-conf=\"4475\"]').children[4].textContent"] },
  { id: 'ho-03', site: 'hotel', kind: 'dialogs',
    instruction: 'Check in the Tanaka reservation at {BASE} — put her in room 216 and give her just one key card.',
    check: did('checkin', { conf: '4483', room: '216', keys: 1 }),
    solve: [{ go: '/' }, "document.querySelector('tr[data-conf=\"4483\"] [data-act=checkin]').click(); return null;",
      "document.getElementById('ci-room').value = '216'; document.querySelector('#ci-keys button[data-d=\"-1\"]').click(); document.getElementById('ci-go').click(); return null;"] },
  { id: 'ho-04', site: 'hotel', kind: 'tables',
    instruction: "{BASE} — which of today's arrivals hasn't paid yet? I need the confirmation number.",
    check: answer(['4490'], { not: others('4490') }) },
  { id: 'ho-05', site: 'hotel', kind: 'tables',
    instruction: 'How many nights is Jonas Becker staying with us? (front desk: {BASE})',
    check: answer(['2'], { not: ['3', '1', '5', '4'] }) },
  { id: 'ho-06', site: 'hotel', kind: 'tabs', smoke: true,
    instruction: 'Open {BASE}, go to Departures and check out Pavel Novák.',
    check: did('checkout', { room: '118' }),
    solve: [{ go: '/' }, "document.getElementById('t-dep').click(); document.querySelector('tr[data-room=\"118\"] [data-act=checkout]').click(); return null;",
      "document.getElementById('co-go').click(); return null;"] },
  { id: 'ho-07', site: 'hotel', kind: 'tabs',
    instruction: 'Room 221 is leaving — settle their bill on the card we have on file and check them out. {BASE}',
    check: did('checkout', { room: '221', payment: 'card' }) },
  { id: 'ho-08', site: 'hotel', kind: 'tabs',
    instruction: 'Which in-house guests are due to leave on Friday the 12th, and what does each of them still owe? ({BASE})',
    check: answer(['Sofia Marin', '86.50', 'Beltrán'], { not: ['Henrik Dahl', 'Chen Wei', 'Grace Mbeki', '412.00', '57.20'] }),
    solve: [{ go: '/' }, "document.getElementById('t-inh').click(); return [...document.querySelectorAll('#p-inh tbody tr')].filter(r => /12 Feb/.test(r.children[3].textContent)).map(r => r.children[1].textContent + ' ' + r.children[4].textContent).join('; ');"] },
  { id: 'ho-09', site: 'hotel', kind: 'dialogs',
    instruction: 'On {BASE}, post a 12.50 minibar charge to room 305.',
    check: did('charge', { room: '305', amount: 12.5, category: 'Minibar' }) },
  { id: 'ho-10', site: 'hotel', kind: 'dialogs',
    instruction: "Jonas Becker (4480) called: he'll now arrive at 23:15. Update his reservation on {BASE}.",
    check: did('edit', { conf: '4480', eta: '23:15' }),
    solve: [{ go: '/' }, "document.querySelector('tr[data-conf=\"4480\"] [title=\"Edit reservation\"]').click(); return null;",
      "document.getElementById('ed-eta').value = '23:15'; document.getElementById('ed-go').click(); return null;"] },
  { id: 'ho-11', site: 'hotel', kind: 'dialogs',
    instruction: '{BASE}: cancel 4480, it is a duplicate. Waive the fee.',
    check: did('cancel', { conf: '4480', reason: 'Duplicate booking', waive: true }) },
  { id: 'ho-12', site: 'hotel', kind: 'tabs',
    instruction: "Please send housekeeping to Grace Mbeki's room. {BASE}",
    check: did('housekeeping', { room: '402' }) },
  { id: 'ho-13', site: 'hotel', kind: 'tables',
    instruction: 'On {BASE}, find the guest due at 18:30, check them into room 103 and tell me their name and confirmation number.',
    check: all(did('checkin', { conf: '4472', room: '103' }), answer(['Herrera', '4472'], { not: others('4472') })) },
  { id: 'ho-14', site: 'hotel', kind: 'forms', smoke: true,
    instruction: 'Book Daniel Kovac (daniel.kovac@example.net) into a Standard Twin for 2 nights from 3 March 2027 on the non-refundable rate. {BASE}/reservations/new',
    check: submitted('reservation', { guest: 'Daniel Kovac', email: 'daniel.kovac@example.net', arrival: '2027-03-03', nights: 2, roomType: 'Standard Twin', rate: 'nonref' }),
    solve: [{ go: '/reservations/new' }, fillRes({ guest: 'Daniel Kovac', email: 'daniel.kovac@example.net', date: '2027-03-03', nights: 2, type: 'Standard Twin', rate: 'nonref' })] },
  { id: 'ho-15', site: 'hotel', kind: 'forms',
    instruction: 'New reservation on {BASE}: guest Ines Duarte, ines@duarte.pt, phone +351 912 345 678, Family Room, arriving 20 February 2027 for 3 nights, 2 adults and 2 children. She wants an airport pickup; note for housekeeping: cot needed.',
    check: submitted('reservation', { guest: 'Ines Duarte', email: 'ines@duarte.pt', phone: '+351 912 345 678', roomType: 'Family Room', arrival: '2027-02-20', nights: 3, adults: 2, children: 2, transfer: true, notes: /^cot needed\.?$/i }) },
  { id: 'ho-16', site: 'hotel', kind: 'forms',
    instruction: "Go to {BASE}/reservations/new and enter the lead guest's name in capitals: Ruth Abernathy. Email ruth.a@example.com, Junior Suite, one night on the 1st of March 2027, bed and breakfast.",
    check: submitted('reservation', { guest: 'RUTH ABERNATHY', email: 'ruth.a@example.com', arrival: '2027-03-01', nights: 1, roomType: 'Junior Suite', rate: 'bb' }) },
  { id: 'ho-17', site: 'hotel', kind: 'pickers',
    instruction: 'I need a Family Room for 3 adults and 1 child, 6 nights starting 15 March 2027 — guest Sam Whitfield, sam@whitfield.io. {BASE}/reservations/new',
    check: submitted('reservation', { guest: 'Sam Whitfield', email: 'sam@whitfield.io', arrival: '2027-03-15', nights: 6, roomType: 'Family Room', adults: 3, children: 1 }),
    solve: [{ go: '/reservations/new' }, fillRes({ guest: 'Sam Whitfield', email: 'sam@whitfield.io', date: '2027-03-15', nights: 6, type: 'Family Room', adults: 3, children: 1 })] },
  { id: 'ho-18', site: 'hotel', kind: 'pickers',
    instruction: '{BASE}/reservations/new — Olga Petrova (olga.p@example.com), Junior Suite, arriving 2 April 2027, 3 nights, just one adult, with breakfast.',
    check: submitted('reservation', { guest: 'Olga Petrova', email: 'olga.p@example.com', arrival: '2027-04-02', nights: 3, roomType: 'Junior Suite', adults: 1, rate: 'bb' }) },
  { id: 'ho-19', site: 'hotel', kind: 'pickers',
    instruction: 'Make a reservation for Leo Brandt, leo@brandt.de: Deluxe Double, checking in on Sunday 28 February 2027 and leaving on 4 March 2027. Use {BASE}/reservations/new.',
    check: submitted('reservation', { guest: 'Leo Brandt', email: 'leo@brandt.de', arrival: '2027-02-28', nights: 4, roomType: 'Deluxe Double' }),
    solve: [{ go: '/reservations/new' }, fillRes({ guest: 'Leo Brandt', email: 'leo@brandt.de', date: '2027-02-28', nights: 4, type: 'Deluxe Double' })] },
  { id: 'ho-20', site: 'hotel', kind: 'reading', smoke: true,
    instruction: "What's the late checkout charge per hour at {BASE}/rates?",
    check: answer(['25'], { not: ['40', '30', '18', '21'] }),
    solve: [{ go: '/rates' }, "[...document.querySelectorAll('.pol dt')].find(d => d.textContent === 'Check-out').nextElementSibling.textContent"] },
  { id: 'ho-21', site: 'hotel', kind: 'reading',
    instruction: 'how much is a junior suite per night in high season? ({BASE}/rates)',
    check: answer(['259'], { not: ['189', '199', '229', '159', '155'] }) },
];

// Tasks of the pharmacy site (Wellford Pharmacy).
import { submitted, did, answer } from '../../eval/lib/checks.mjs';
import { fill, click, clickText, check } from './_solve.mjs';

const IF = "document.querySelector('iframe').contentDocument";

export default [
  {
    id: 'pha-01', site: 'pharmacy', kind: 'tables', smoke: true,
    instruction: 'Order a repeat of my levothyroxine, delivered to home. {BASE}/prescriptions',
    check: submitted('repeat', { rx: ['RX-50501'], method: 'delivery' }),
    solve: [{ go: '/prescriptions' }, click('input.pick[value=RX-50501]'), click('#req-sel'), click('#req-form input[name=method][value=delivery]'),
      "document.querySelector('#req-form').requestSubmit()"],
  },
  {
    id: 'pha-02', site: 'pharmacy', kind: 'tables',
    instruction: 'How many repeats have I got left on the sertraline? ({BASE}/prescriptions)',
    check: answer(['3'], { not: ['4', '2', '5', '6', '0', '1'] }),
  },
  {
    id: 'pha-03', site: 'pharmacy', kind: 'pickers',
    instruction: 'Please request my cetirizine and sertraline repeats for collection at the Market Square branch on Tuesday the 19th of May. {BASE}/prescriptions',
    check: submitted('repeat', { rx: ['RX-50560', 'RX-50477'], method: 'collect', branch: 'cheswick', date: '2026-05-19' }),
    solve: [{ go: '/prescriptions' }, click('input.pick[value=RX-50560]'), click('input.pick[value=RX-50477]'), click('#req-sel'),
      click('#req-form input[name=method][value=collect]'), fill('#branch', 'Market'), click('#bo-cheswick'), click('.dd[data-d="2026-05-19"]'),
      "document.querySelector('#req-form').requestSubmit()"],
  },
  {
    id: 'pha-04', site: 'pharmacy', kind: 'pickers',
    instruction: "Book me a blood pressure check at Wellford's Harrowgate branch on Sunday 24 May at 11:20. I'm Sam Okafor, born 2 March 1961, phone 07700 900555. {BASE}/book",
    check: submitted('appointment', { service: 'bp', branch: 'harrowgate', date: '2026-05-24', time: '11:20', name: 'Sam Okafor', dob: '1961-03-02', phone: '07700 900555' }),
    solve: [{ go: '/book' }, click('input[name=service][value=bp]'), click('#br-btn'), click('#bl-harrowgate'), click('#wk-next'), click('.wd[data-d="2026-05-24"]'),
      click('.tm[data-t="11:20"]'), fill('#b-name', 'Sam Okafor'), fill('input[name=dob_day]', '2'), fill('select[name=dob_month]', '3'), fill('input[name=dob_year]', '1961'),
      fill('#b-phone', '07700 900555'), "document.querySelector('#book').requestSubmit()"],
  },
  {
    id: 'pha-05', site: 'pharmacy', kind: 'forms',
    instruction: "Add my dad to my family account at {BASE}/family/add : Emmanuel Okafor, born 14/09/1952. His GP is Cheswick Medical Centre, NHS number 485 777 3456. And yes, I'm allowed to manage his meds.",
    check: submitted('dependant', { first_name: 'Emmanuel', last_name: 'Okafor', dob_day: (v) => Number(v) === 14, dob_month: '9', dob_year: '1952', relationship: 'parent', gp: 'Cheswick Medical Centre', nhs: /^485\s?777\s?3456$/, consent: 'yes' }),
    solve: [{ go: '/family/add' }, fill('#fn', 'Emmanuel'), fill('#ln', 'Okafor'), fill('input[name=dob_day]', '14'), fill('select[name=dob_month]', '9'), fill('input[name=dob_year]', '1952'),
      fill('#rel', 'parent'), fill('#gp', 'Cheswick Medical Centre'), fill('#nhs', '485 777 3456'), check('input[name=consent]'), click('#dep button'), { wait: 300 }],
  },
  {
    id: 'pha-06', site: 'pharmacy', kind: 'forms',
    instruction: "I want to move my prescriptions over to Wellford from Bellamy's Chemist in Linfield - it's the ramipril and the amlodipine. Reason: we moved house. Contact me by text. ({BASE}/transfer)",
    check: submitted('transfer', { current_pharmacy: /bellamy/i, town: 'Linfield', items: (v) => /ramipril/i.test(v) && /amlodipine/i.test(v), reason: 'moved', contact: 'text' }),
  },
  {
    id: 'pha-07', site: 'pharmacy', kind: 'dialogs',
    instruction: "Hide the beclometasone from my prescriptions list, I don't use it any more. {BASE}/prescriptions",
    check: did('hide', { rx: 'RX-50529' }),
    solve: [{ go: '/prescriptions' }, click('tr[data-rx=RX-50529] button.more'), click('.menu [data-act=hide]'), click('#hide-ok')],
  },
  {
    id: 'pha-08', site: 'pharmacy', kind: 'dialogs',
    instruction: 'Since about the 10th of May the atorvastatin has been giving me aching muscles. Can you report it as a side effect on {BASE}/prescriptions ? I would call it moderate, and I am still taking it.',
    check: submitted('side-effect', { rx: 'RX-50213', symptom: /muscle|ach/i, severity: 'moderate', started: '2026-05-10', still: 'yes' }),
    solve: [{ go: '/prescriptions' }, click('tr[data-rx=RX-50213] button.more'), click('.menu [data-act=side]'), fill('#symptom', 'Aching muscles'),
      click('input[name=severity][value=moderate]'), fill('#started', '2026-05-10'), click('input[name=still][value=yes]'), "document.querySelector('#side-form').requestSubmit()"],
  },
  {
    id: 'pha-09', site: 'pharmacy', kind: 'trees',
    instruction: 'Which medicines does the guide at {BASE}/guide list for acid reflux?',
    check: answer(['Omeprazole', 'Lansoprazole', 'Gaviscon'], { not: ['Lactulose', 'Senna', 'Amlodipine', 'Cetirizine'] }),
    solve: [{ go: '/guide' }, clickText('summary', 'Stomach and digestion'), clickText('summary', 'Acid reflux'),
      "return [...document.querySelectorAll('details.inner')].find(d => d.textContent.includes('Acid reflux')).querySelector('ul').innerText"],
  },
  {
    id: 'pha-10', site: 'pharmacy', kind: 'trees',
    instruction: ['Go to {BASE}/guide', 'find lansoprazole (it is under the stomach stuff) and tell me the usual adult dose'],
    check: answer([/\b(15|30)\s*mg/i], { not: [/\b20\s*mg/i] }),
  },
  {
    id: 'pha-11', site: 'pharmacy', kind: 'tabs', smoke: true,
    instruction: 'What are the common side effects of omeprazole? {BASE}/guide/omeprazole',
    check: answer([/headache/i, /diarrh/i], { not: [/clopidogrel/i, /warfarin/i] }),
    solve: [{ go: '/guide/omeprazole' }, click('#t-side'), "return document.querySelector('#p-side').innerText"],
  },
  {
    id: 'pha-12', site: 'pharmacy', kind: 'tabs',
    instruction: "Can I take ibuprofen while I'm on sertraline? Check what Wellford's guide says: {BASE}/guide/ibuprofen",
    check: answer([/bleed/i], { not: [/indigestion/i] }),
  },
  {
    id: 'pha-13', site: 'pharmacy', kind: 'lists',
    instruction: "switch to my mum's account on {BASE}/family",
    check: did('switch', { id: 'grace' }),
    solve: [{ go: '/family' }, click('.person[data-id=grace] [aria-haspopup=menu]'), click('.person[data-id=grace] [data-act=switch]'), { wait: 300 }],
  },
  {
    id: 'pha-14', site: 'pharmacy', kind: 'lists',
    instruction: "Theo's prescriptions are handled by his dad now, so please take him off my familly list ({BASE}/family).",
    check: did('remove-member', { id: 'theo' }),
  },
  {
    id: 'pha-15', site: 'pharmacy', kind: 'iframes', smoke: true,
    instruction: "I'd like an online consultation for hay fever: I've had symptoms for about three weeks and already tried loratadine, which didn't help. Other medicines: atorvastatin. Sam Okafor, date of birth 2 March 1961, sam.okafor@example.com. {BASE}/online-doctor",
    check: submitted('consult', { condition: 'hay-fever', duration: '2-4-weeks', tried: 'yes', tried_what: /loratadine/i, other_meds: /atorvastatin/i, name: 'Sam Okafor', dob: '1961-03-02', email: 'sam.okafor@example.com', confirm: 'yes' }),
    solve: [{ go: '/online-doctor' }, { wait: 300 },
      `const d = ${IF}; d.querySelector('[name=condition][value=hay-fever]').click(); d.querySelector('[data-s="1"] .next').click();`,
      `const d = ${IF}; d.querySelector('#dur').value = '2-4-weeks'; d.querySelector('[name=tried][value=yes]').click(); d.querySelector('#tw').value = "Loratadine, didn't help"; d.querySelector('#om').value = 'Atorvastatin'; d.querySelector('[data-s="2"] .next').click();`,
      `const d = ${IF}; d.querySelector('#nm').value = 'Sam Okafor'; d.querySelector('#db').value = '1961-03-02'; d.querySelector('#em').value = 'sam.okafor@example.com'; d.querySelector('[name=confirm]').click(); d.querySelector('button[type=submit]').click();`,
      { wait: 300 }],
  },
  {
    id: 'pha-16', site: 'pharmacy', kind: 'iframes',
    instruction: 'Set Linfield Station Road as my nominated pharmacy using the form on {BASE}/nominate. NHS no. 721 558 0946, surname Okafor, DOB 02/03/1961.',
    check: submitted('nominate', { nhs: /^721\s?558\s?0946$/, surname: 'Okafor', dob: '1961-03-02', branch: 'linfield', consent: 'yes' }),
    solve: [{ go: '/nominate' }, { wait: 300 },
      `const d = ${IF}; d.querySelector('#nhs').value = '7215580946'; d.querySelector('#sn').value = 'Okafor'; d.querySelector('#dob').value = '1961-03-02'; d.querySelector('#br').value = 'linfield'; d.querySelector('[name=consent]').click(); d.querySelector('button').click();`,
      { wait: 300 }],
  },
  {
    id: 'pha-17', site: 'pharmacy', kind: 'newtab',
    instruction: "Open the patient leaflet for atorvastatin from {BASE}/guide/atorvastatin - what's the maximum daily dose it gives?",
    check: answer([/\b80\s*mg/i]),
  },
  {
    id: 'pha-18', site: 'pharmacy', kind: 'shadow',
    instruction: 'Set a reminder for my levothyroxine at 7:30 in the morning, weekdays only, by text message. {BASE}/reminders',
    check: submitted('reminder', { medicine: 'RX-50501', time: '07:30', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], channel: 'sms' }),
    solve: [{ go: '/reminders' },
      "const r = document.querySelector('dose-reminder').shadowRoot; r.getElementById('med').value = 'RX-50501'; r.getElementById('time').value = '07:30'; r.querySelector('[data-q=week]').click(); r.querySelector('[name=ch][value=sms]').click(); r.querySelector('.save').click();"],
  },
  {
    id: 'pha-19', site: 'pharmacy', kind: 'reading',
    instruction: 'when is my next pharmacy delivery coming? {BASE}/',
    check: answer([/\b21(st)?\s+may|\bmay\s+21/i], { not: [/\b20(th)?\s+may/i] }),
    solve: [{ go: '/' }, "return [...document.querySelectorAll('section.card')].find(s => s.textContent.includes('Next delivery')).innerText"],
  },
  {
    id: 'pha-20', site: 'pharmacy', kind: 'reading',
    instruction: "What time does Wellford's Market Square branch shut on Saturdays? ({BASE}/branches)",
    check: answer([/\b13[:.]00\b|\b1\s*pm\b/i], { not: ['17:00', '22:00', '12:30'] }),
  },
];

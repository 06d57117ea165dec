// Tasks of the museum site (Halden Museum of Science & Art).
import { submitted, did, answer } from '../../eval/lib/checks.mjs';
import { fill, click, clickText, check } from './_solve.mjs';

const ticketsDetails = (name, email, postcode) => [
  fill('#name', name), fill('#email', email), fill('#postcode', postcode), click('#go-4'), click('#pay'),
];
const addTicket = (k, times = 1) => Array.from({ length: times }, () => click(`button[data-k=${k}][data-d="1"]`));

export default [
  {
    id: 'mus-01', site: 'museum', kind: 'pickers', smoke: true,
    instruction: 'Book tickets at {BASE}/tickets for Saturday 23 May, 11:30 entry, two adults. Name Harriet Cole, email harriet.cole@example.org, postcode HD4 7TT. No donation please.',
    check: submitted('tickets', { date: '2026-05-23', time: '11:30', adult: 2, concession: 0, child: 0, under5: 0, donation: false, name: 'Harriet Cole', email: 'harriet.cole@example.org', postcode: 'HD4 7TT' }),
    solve: [{ go: '/tickets' }, click('button.day[data-date="2026-05-23"]'), click('#time-btn'), click('#time-list [data-time="11:30"]'), click('#go-2'),
      ...addTicket('adult', 2), check('#opt-donation', false), click('#go-3'), ...ticketsDetails('Harriet Cole', 'harriet.cole@example.org', 'HD4 7TT')],
  },
  {
    id: 'mus-02', site: 'museum', kind: 'pickers',
    instruction: "We're coming to Halden with the kids on the fifth of June - me, my husband, our 8 year old and the little one who's 3. Can you get us the earliest afternoon entry that's still available? Details: Tomasz Nowak, tnowak@example.net, HD2 9LP. Booking page: {BASE}/tickets",
    check: submitted('tickets', { date: '2026-06-05', time: '13:00', adult: 2, concession: 0, child: 1, under5: 1, name: 'Tomasz Nowak', email: 'tnowak@example.net' }),
    solve: [{ go: '/tickets' }, click('#next'), click('button.day[data-date="2026-06-05"]'), click('#time-btn'), click('#time-list [data-time="13:00"]'), click('#go-2'),
      ...addTicket('adult', 2), ...addTicket('child'), ...addTicket('under5'), click('#go-3'), ...ticketsDetails('Tomasz Nowak', 'tnowak@example.net', 'HD2 9LP')],
  },
  {
    id: 'mus-03', site: 'museum', kind: 'pickers',
    instruction: "{BASE}/tickets - one student ticket and one adult for Thursday 28th May at 3pm, with audio guides and the Moving Pictures exhibition added on. I'm Leila Haddad (leila.h@example.com, HD1 5RW).",
    check: submitted('tickets', { date: '2026-05-28', time: '15:00', adult: 1, concession: 1, child: 0, under5: 0, audio: true, exhibition: true, name: 'Leila Haddad', email: 'leila.h@example.com' }),
  },
  {
    id: 'mus-04', site: 'museum', kind: 'trees',
    instruction: "What's the accession number for the marine chronometer in Halden's collection? {BASE}/collection",
    check: answer(['HAL.1958.112'], { not: ['HAL.1931.044', 'HAL.2004.009', 'HAL.1899.301'] }),
    solve: [{ go: '/collection' }, clickText('.lbl', 'Science & Industry'), clickText('.lbl', 'Timekeeping'), clickText('.lbl', 'Marine chronometer'),
      "return document.querySelector('#detail').innerText"],
  },
  {
    id: 'mus-05', site: 'museum', kind: 'trees',
    instruction: "I'm writing my dissertation and need a high-res image of the faience hippo from the Egyptian section. Could you request it through {BASE}/collection ? Name: Priya Raman, email p.raman@example.ac.uk.",
    check: submitted('image', { object: 'HAL.1930.077', usage: 'academic', resolution: 'high', name: 'Priya Raman', email: 'p.raman@example.ac.uk' }),
    solve: [{ go: '/collection' }, clickText('.lbl', 'World Cultures'), clickText('.lbl', 'Ancient Egypt'), clickText('.lbl', 'Faience hippopotamus'), click('#req'),
      fill('#r-name', 'Priya Raman'), fill('#r-email', 'p.raman@example.ac.uk'), fill('#r-usage', 'academic'), check('input[name=resolution][value=high]'),
      "document.querySelector('#img-form').requestSubmit()"],
  },
  {
    id: 'mus-06', site: 'museum', kind: 'forms',
    instruction: 'Group booking please: Westbrook Primary School, 32 of us including teachers, arriving 10:30 on 18 June 2026, and we will need the lunch room. Lead contact is me, Mr Aaron Fisher, a.fisher@westbrook.sch.uk, 01632 960431. The form is at {BASE}/groups',
    check: submitted('group', { organisation: 'Westbrook Primary School', type: 'school', size: 32, date: '2026-06-18', arrival: '10:30', lunch: 'yes', name: /Aaron Fisher/, email: 'a.fisher@westbrook.sch.uk', phone: '01632 960431' }),
    solve: [{ go: '/groups' }, fill('#org', 'Westbrook Primary School'), fill('#gtype', 'school'), fill('#gsize', '32'), fill('#gdate', '2026-06-18'), fill('#garr', '10:30'),
      check('input[name=lunch][value=yes]'), fill('#gname', 'Aaron Fisher'), fill('#gemail', 'a.fisher@westbrook.sch.uk'), fill('#gphone', '01632 960431'),
      "document.querySelector('form[action=\"/submit/group\"] button').click()", { wait: 300 }],
  },
  {
    id: 'mus-07', site: 'museum', kind: 'forms',
    instruction: 'I think I left my grey wool scarf in the cafe when I visited Halden on Sunday 10 May 2026. Can you report it on their lost property page ({BASE}/lost-property)? My name is Ruth Adeyemi and my email is ruth.a@example.com',
    check: submitted('lost', { visit_date: '10/05/2026', item: /scarf/i, where: 'cafe', name: 'Ruth Adeyemi', email: 'ruth.a@example.com' }),
    solve: [{ go: '/lost-property' }, fill('#visit_date', '10/05/2026'), fill('#item', 'Scarf'), fill('#description', 'Grey wool scarf'), fill('#where', 'cafe'),
      fill('#name', 'Ruth Adeyemi'), fill('#email', 'ruth.a@example.com'), "document.querySelector('#lost').requestSubmit()"],
  },
  {
    id: 'mus-08', site: 'museum', kind: 'shadow',
    instruction: 'sign me up for a joint membership at {BASE}/membership , paying monthly. Daniel Okoro, dan.okoro@example.com',
    check: submitted('membership', { plan: 'joint', billing: 'monthly', gift: false, name: 'Daniel Okoro', email: 'dan.okoro@example.com' }),
    solve: [{ go: '/membership' },
      "const r = document.querySelector('hm-membership').shadowRoot; r.querySelector('input[value=joint]').click(); r.querySelector('[data-b=monthly]').click();",
      fill('#yn', 'Daniel Okoro', "document.querySelector('hm-membership').shadowRoot"), fill('#ye', 'dan.okoro@example.com', "document.querySelector('hm-membership').shadowRoot"),
      "document.querySelector('hm-membership').shadowRoot.querySelector('.go').click()"],
  },
  {
    id: 'mus-09', site: 'museum', kind: 'shadow',
    instruction: "I'd like to give my sister a Family membership for her birthday, paid yearly. She's Ana Ruiz, ana.ruiz@example.org. I'm Marta Ruiz, marta@example.org. Museum site: {BASE}/membership",
    check: submitted('membership', { plan: 'family', billing: 'annual', gift: true, recipient: 'Ana Ruiz', recipientEmail: 'ana.ruiz@example.org', name: 'Marta Ruiz', email: 'marta@example.org' }),
  },
  {
    id: 'mus-10', site: 'museum', kind: 'newtab', smoke: true,
    instruction: "There's a floor plan on Halden's visit page ({BASE}/visit). Which room are the ceramics in?",
    check: answer(['6'], { not: ['3', '11', '14', '16', '21', '24', '2'] }),
    solve: [{ go: '/floorplan' }, "return [...document.querySelectorAll('tr')].find(r => r.textContent.includes('Ceramics')).innerText"],
  },
  {
    id: 'mus-11', site: 'museum', kind: 'newtab',
    instruction: 'Open {BASE}/exhibitions/moving-pictures and find the large-print guide - which section is the zoetrope in?',
    check: answer(['Before the Movies'], { not: ['Drawn by Hand', 'Stop Motion', 'Pixels'] }),
  },
  {
    id: 'mus-12', site: 'museum', kind: 'scroll', smoke: true,
    instruction: "Can you save the rooftop stargazing night for me? It's on the events page, {BASE}/events, probably quite far down.",
    check: did('save', { id: 'ev24' }),
    solve: [{ go: '/events' }, click('#more'), { wait: 600 }, click('#more'), { wait: 600 },
      "document.querySelector('.ev[data-id=ev24] .save').click()"],
  },
  {
    id: 'mus-13', site: 'museum', kind: 'scroll',
    instruction: "When's the behind-the-scenes tour of the conservation lab, and what does it cost? {BASE}/events",
    check: answer([/\b4(th)?\s+jun|\bjun\w*\s+4(th)?\b/i, '£14'], { not: ['£12', '£18', '£9', '£6', '£20'] }),
  },
  {
    id: 'mus-14', site: 'museum', kind: 'lists',
    instruction: ['{BASE}/events', 'save the jazz late to my events'],
    check: did('save', { id: 'ev03' }),
    solve: [{ go: '/events' }, "document.querySelector('.ev[data-id=ev03] .save').click()"],
  },
  {
    id: 'mus-15', site: 'museum', kind: 'lists',
    instruction: "Please put the curator's tour of Moving Pictures in my calender - it's listed on {BASE}/events",
    check: did('calendar', { id: 'ev07' }),
  },
  {
    id: 'mus-16', site: 'museum', kind: 'tabs',
    instruction: "what's the family activity on sunday mornings at halden? just the name. ({BASE}/)",
    check: answer(['Dino Detectives'], { not: ['Tiny Explorers', 'Build-a-Robot', 'Family Sketch Club'] }),
    solve: [{ go: '/' }, click('#tab-fam'), "return [...document.querySelectorAll('#panel-fam .card')].find(c => c.textContent.includes('Sundays, 10:30')).querySelector('h3').innerText"],
  },
  {
    id: 'mus-17', site: 'museum', kind: 'tabs',
    instruction: 'On {BASE}/ how much is the curator’s tour of the animation exhibition?',
    check: answer(['£12'], { not: ['£16', '£8', '£15'] }),
  },
  {
    id: 'mus-18', site: 'museum', kind: 'iframes',
    instruction: 'Set up a £40 monthly donation to the museum with Gift Aid, using the form on {BASE}/support. Donor: Olivia Brandt, olivia.brandt@example.com',
    check: submitted('donation', { amount: 40, frequency: 'monthly', giftaid: 'yes', first_name: 'Olivia', last_name: 'Brandt', email: 'olivia.brandt@example.com' }),
    solve: [{ go: '/support' }, { wait: 300 },
      "const d = document.querySelector('iframe').contentDocument; d.querySelector('[name=frequency][value=monthly]').click(); d.querySelector('[name=preset][value=other]').click(); d.querySelector('#other').value = '40'; d.querySelector('[name=giftaid]').click(); d.querySelector('#fn').value = 'Olivia'; d.querySelector('#ln').value = 'Brandt'; d.querySelector('#em').value = 'olivia.brandt@example.com'; d.querySelector('button[type=submit]').click();",
      { wait: 300 }],
  },
  {
    id: 'mus-19', site: 'museum', kind: 'reading',
    instruction: 'How late is the museum open on Fridays? {BASE}/',
    check: answer([/\b21[:.]00\b|\b9\s*(pm|p\.m\.)/i], { not: ['17:30', '18:00'] }),
    solve: [{ go: '/' }, "return [...document.querySelectorAll('tr')].find(r => r.textContent.includes('Friday')).innerText"],
  },
  {
    id: 'mus-20', site: 'museum', kind: 'reading',
    instruction: 'Going to Halden on Saturday morning, what time does the cafe open? {BASE}/visit',
    check: answer([/\b0?9[:.]30\b|\b9\.?30\s*am/i], { not: ['10:00', '16:30'] }),
  },
];

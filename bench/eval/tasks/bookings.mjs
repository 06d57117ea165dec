// Pickers on three booking pages of new kinds (sites salon, garage, rooms): custom
// dropdowns rendered at the end of <body>, radio cards, day buttons of a calendar, time
// slots as buttons, a postcode lookup, steppers, switches, segmented controls, native
// date, number and month inputs. Relative days ("tomorrow", "on Wednesday") are checked
// against the day the page itself says is today (its hidden `today` field).
import { submitted } from '../lib/checks.mjs';

const day = (iso, n) => { const d = new Date(`${iso}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
// the next `dow` (0 Sunday) strictly after the page's today
const nextDow = (iso, dow) => { const d = new Date(`${iso}T12:00:00Z`); return day(iso, ((dow - d.getUTCDay() + 6) % 7) + 1); };
// submitted(), with the date computed from the submitted `today`
const rel = (form, fields, field, when) => ({ records }) => {
  const subs = records.filter((r) => r.type === 'submit' && r.form === form);
  const want = subs.length ? when(subs[subs.length - 1].data.today) : '';
  return submitted(form, { ...fields, [field]: want })({ records });
};

export default [
  { id: 'salon-01', site: 'salon', kind: 'pickers',
    instruction: 'On {BASE}/book book a Balayage with Priya on 18 December 2026 at 2:30 pm for Chloe Martin, mobile 07700 900123, and confirm',
    check: submitted('salon', { service: 'balayage', stylist: 'priya', date: '2026-12-18', time: '14:30', name: 'Chloe Martin', phone: '07700 900123', reminder: 'no' }) },
  { id: 'salon-02', site: 'salon', kind: 'pickers',
    instruction: "{BASE}/book — men's cut with Jon on Saturday at 10am, name Sam Reid. Text me a reminder. Confirm the booking.",
    check: rel('salon', { service: 'mens', stylist: 'jon', time: '10:00', name: 'Sam Reid', reminder: 'yes' }, 'date', (t) => nextDow(t, 6)) },
  { id: 'salon-03', site: 'salon', kind: 'pickers',
    instruction: 'Open {BASE}/book. I want a kids cut on the 14th of January 2027, the 9:30 slot, with anyone. Name: Leo Grant. Book it.',
    check: submitted('salon', { service: 'kids', stylist: 'any', date: '2027-01-14', time: '09:30', name: 'Leo Grant' }) },
  { id: 'salon-04', site: 'salon', kind: 'pickers',
    instruction: 'On {BASE}/book choose Full head colour, stylist Maya, Tuesday 22 December 2026 at 11:00, name Ava Stone, phone 07700 900456, turn on the reminder, then confirm',
    check: submitted('salon', { service: 'colour', stylist: 'maya', date: '2026-12-22', time: '11:00', name: 'Ava Stone', reminder: 'yes' }) },
  { id: 'salon-05', site: 'salon', kind: 'pickers',
    instruction: "at {BASE}/book get me a women's cut & blow-dry next Thursday at 4pm, any stylist, for Nina Cole (07700 900789)",
    check: rel('salon', { service: 'cut', stylist: 'any', time: '16:00', name: 'Nina Cole' }, 'date', (t) => nextDow(t, 4)) },
  { id: 'salon-06', site: 'salon', kind: 'pickers',
    instruction: 'Go to {BASE}/book. Service: Balayage. Date: 5 January 2027. Time: 12:30 PM. Stylist: Priya (colour specialist). Name Ruth Ade. Confirm.',
    check: submitted('salon', { service: 'balayage', stylist: 'priya', date: '2027-01-05', time: '12:30', name: 'Ruth Ade' }) },

  { id: 'garage-01', site: 'garage', kind: 'pickers',
    instruction: 'On {BASE}/book book a major service for AB12 CDE, a Toyota, mileage 48200, drop-off 17 December 2026 in the 08:30–09:00 slot. Collect it from 14 Cardigan Road, postcode LS6 2AB. Book the service.',
    check: submitted('service', { reg: 'AB12 CDE', type: 'major', make: 'Toyota', mileage: 48200, date: '2026-12-17', slot: '08:30', address: '14 Cardigan Road, Leeds, LS6 2AB', tyres: 0, courtesy: null }) },
  { id: 'garage-02', site: 'garage', kind: 'pickers',
    instruction: '{BASE}/book: interim service for my Ford (reg KL19 XYZ), 2 new tyres, I need a courtesy car, drop off on 2026-12-21 at 10:00. Address: postcode M14 5RT, 7A Wilmslow Road. Book it.',
    check: submitted('service', { reg: 'KL19 XYZ', type: 'interim', make: 'Ford', tyres: 2, courtesy: 'yes', date: '2026-12-21', slot: '10:00', address: '7A Wilmslow Road, Manchester, M14 5RT' }) },
  { id: 'garage-03', site: 'garage', kind: 'pickers',
    instruction: 'Go to {BASE}/book, enter postcode LS6 2AB, find the address and pick Flat 3, 16 Cardigan Road. Registration YT70 ABC, make Škoda, full service, drop-off on December 22 2026 at 11:30. Submit.',
    check: submitted('service', { reg: 'YT70 ABC', type: 'full', make: 'Škoda', date: '2026-12-22', slot: '11:30', address: 'Flat 3, 16 Cardigan Road, Leeds, LS6 2AB' }) },
  { id: 'garage-04', site: 'garage', kind: 'pickers',
    instruction: 'On {BASE}/book set tyres to replace to 4, mileage 102000, make Volkswagen, reg VW15 AAA, drop off 18/12/2026 at 9 am, and book the service',
    check: submitted('service', { reg: 'VW15 AAA', type: 'full', make: 'Volkswagen', mileage: 102000, tyres: 4, date: '2026-12-18', slot: '09:00' }) },
  { id: 'garage-05', site: 'garage', kind: 'pickers',
    instruction: 'Book my VW in at {BASE}/book: reg GF66 KLM, Volkswagen, major service, 3 tyres, with a courtesy car, Friday 18 December 2026, first slot after 11. Pick-up address 18 Cardigan Road, LS6 2AB.',
    check: submitted('service', { reg: 'GF66 KLM', type: 'major', make: 'Volkswagen', tyres: 3, courtesy: 'yes', date: '2026-12-18', slot: '11:00', address: '18 Cardigan Road, Leeds, LS6 2AB' }) },

  { id: 'rooms-01', site: 'rooms', kind: 'pickers',
    instruction: 'On {BASE}/reserve reserve a group study room at Harbourside tomorrow at 14:00 for 2 hours, 4 people, library card 2900 1234.',
    check: rel('room', { branch: 'Harbourside', room: 'group', start: '14:00', length: '120', people: 4, card: '2900 1234', projector: 'off' }, 'date', (t) => day(t, 1)) },
  { id: 'rooms-02', site: 'rooms', kind: 'pickers',
    instruction: '{BASE}/reserve — I need the seminar room at Eastgate North for 8 people with the projector, on Wednesday from 9:30 for 3 hours, card 2900 5555, repeating weekly until March 2027. Reserve it.',
    check: rel('room', { branch: 'Eastgate North (Millbrook)', room: 'seminar', start: '09:30', length: '180', people: 8, projector: 'on', until: '2027-03', card: '2900 5555' }, 'date', (t) => nextDow(t, 3)) },
  { id: 'rooms-03', site: 'rooms', kind: 'pickers',
    instruction: 'Open {BASE}/reserve and book a quiet study pod at Hillcrest today at 7pm for 30 minutes, just me, card number 2900 0042, then reserve the room.',
    check: rel('room', { branch: 'Hillcrest', room: 'quiet', start: '19:00', length: '30', people: 1, card: '2900 0042' }, 'date', (t) => t) },
  { id: 'rooms-04', site: 'rooms', kind: 'pickers',
    instruction: 'On {BASE}/reserve choose Riverside Community Library, Media lab, tomorrow 10:00, 1 hour, 3 people, card 2900 7777, and reserve the room',
    check: rel('room', { branch: 'Riverside Community Library', room: 'media', start: '10:00', length: '60', people: 3, card: '2900 7777' }, 'date', (t) => day(t, 1)) },
  { id: 'rooms-05', site: 'rooms', kind: 'pickers',
    instruction: 'Reserve a room at {BASE}/reserve: branch Eastgate Central, room type Group study room, the day after tomorrow at 11:00, two hours, five of us, switch the projector on, card 2900 3141.',
    check: rel('room', { branch: 'Eastgate Central', room: 'group', start: '11:00', length: '120', people: 5, projector: 'on', card: '2900 3141' }, 'date', (t) => day(t, 2)) },
];

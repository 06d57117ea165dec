import { answer, did, matchValue } from '../../eval/lib/checks.mjs';

// The LAST record of `type` has these fields (the page's final state: a second search
// or rating replaces the first, as it would for a user).
const last = (type, fields) => ({ records }) => {
  const rs = records.filter((r) => r.type === type);
  if (!rs.length) return { ok: false, why: `no "${type}" recorded` };
  const r = rs[rs.length - 1];
  const bad = Object.entries(fields).filter(([k, v]) => !matchValue(v, r[k])).map(([k, v]) => `${k}=${JSON.stringify(r[k])} (want ${v})`);
  return bad.length ? { ok: false, why: `last "${type}": ${bad.join('; ')}` } : { ok: true, why: `${type} ok` };
};


const dd = (i) => `document.querySelectorAll('dd')[${i}].textContent`;
const star = (n) => `document.querySelector('star-rating').shadowRoot.querySelector('[data-v="${n}"]').click()`;
const node = (n) => `[...document.querySelectorAll('[role=treeitem]>span')].find(s=>s.textContent===${JSON.stringify(n)}).click()`;

export default [
  { id: 'ph-01', site: 'photos', kind: 'newtab',
    instruction: "On {BASE}/#/album/lisbon open the photo 'Tram 28' in a new tab and tell me which camera took it",
    check: answer(['Sony A7 IV'], { not: ['Fujifilm X100V', 'iPhone 15 Pro', 'Nikon Z6', 'Canon R5'] }),
    solve: [{ go: '/photo/p3' }, dd(1)] },
  { id: 'ph-02', site: 'photos', kind: 'newtab',
    instruction: '{BASE}/#/album/iceland — open "Black sand beach" on its own page (new tab) and add it to my favourites',
    check: did('fav', { id: 'p8' }),
    solve: [{ go: '/photo/p8' }, "document.getElementById('fav').click()"] },
  { id: 'ph-03', site: 'photos', kind: 'newtab',
    instruction: 'What exposure time was used for the northern lights photo in the Iceland album at {BASE}/#/album/iceland? Open it in a new tab to see the details.',
    check: answer(['15 s'], { not: ['1/800 s', '1/8 s', '1/4 s', '1/1000 s'] }),
    solve: [{ go: '/photo/p9' }, dd(2)] },
  { id: 'ph-04', site: 'photos', kind: 'newtab',
    instruction: "I need the share code for 'First dance' from the wedding album at {BASE}/#/album/wedding. Open the photo, then Share (opens another tab).",
    check: answer(['LMN-9WQ4'], { not: ['LMN-2RT6', 'LMN-7Q2X', 'LMN-3K8D'] }),
    solve: [{ go: '/share/p13' }, "document.querySelector('code').textContent"] },
  { id: 'ph-05', site: 'photos', kind: 'newtab',
    instruction: "Where was 'Cake time' taken? It's in Sofia's birthday album on {BASE}/ — open the photo in a new tab",
    check: answer([/Nonna's garden/i], { not: ['Home, Manchester', 'Reynisfjara', 'Brno'] }) },
  { id: 'ph-06', site: 'photos', kind: 'trees', smoke: true,
    instruction: 'In the sidebar of {BASE}/ open 2025 and then the Iceland album. How many photos does it have?',
    check: answer([/\b5\b/], { not: ['4 photos', '2 photos', '3 photos'] }),
    solve: [{ go: '/' }, node('2025'), node('Iceland road trip'), { wait: 200 }, "document.querySelector('#view p').textContent"] },
  { id: 'ph-07', site: 'photos', kind: 'trees',
    instruction: 'Which albums are under 2024 on {BASE}/?',
    check: answer(['Harvest weekend', 'New Year 2024'], { not: ['Lisbon trip', 'Iceland road trip', "Sofia's 6th birthday"] }),
    solve: [{ go: '/' }, node('2024'), "document.querySelectorAll('[role=tree] > [role=treeitem]')[3].querySelector('[role=group]').innerText"] },
  { id: 'ph-08', site: 'photos', kind: 'trees',
    instruction: "{BASE}/ — go to 2026, Family, Sofia's 6th birthday. What is the caption of the last photo in that album?",
    check: answer(['Sofia opening presents'], { not: ['Balloons', 'Cake time', 'Tram 28'] }),
    solve: [{ go: '/' }, node('2026'), node('Family'), node("Sofia's 6th birthday"), { wait: 200 }, "[...document.querySelectorAll('#view .cap')].pop().textContent"] },
  { id: 'ph-09', site: 'photos', kind: 'spa',
    instruction: 'rename the album at {BASE}/#/album/lisbon to "Lisbon, May 2026"',
    check: did('rename', { album: 'lisbon', name: 'Lisbon, May 2026' }),
    solve: [{ go: '/#/album/lisbon' }, "document.getElementById('ren').click()", "document.getElementById('nn').value='Lisbon, May 2026';document.getElementById('dy').click();return null"] },
  { id: 'ph-10', site: 'photos', kind: 'spa',
    instruction: 'Which photos are in my favourites on {BASE}/?',
    check: answer(['Sunset at Miradouro', 'Northern lights over Vík', 'First dance'], { not: ['Tram 28', 'Black sand beach', 'The rings', 'Balloons'] }),
    solve: [{ go: '/#/favourites' }, "document.querySelector('.grid').innerText"] },
  { id: 'ph-11', site: 'photos', kind: 'spa',
    instruction: 'On {BASE}/#/album/iceland delete the photo "Blurry test shot"',
    check: did('delete', { id: 'p10' }),
    solve: [{ go: '/#/album/iceland' }, "document.querySelector('.del[data-id=p10]').click()", "document.getElementById('dy').click()"] },
  { id: 'ph-12', site: 'photos', kind: 'shadow',
    instruction: 'Give the photo at {BASE}/photo/p3 four stars',
    check: last('rate', { id: 'p3', stars: 4 }),
    solve: [{ go: '/photo/p3' }, star(4)] },
  { id: 'ph-13', site: 'photos', kind: 'shadow',
    instruction: "Open 'The rings' from the wedding album at {BASE}/#/album/wedding in a new tab and rate it 2 stars (it wasn't sharp)",
    check: last('rate', { id: 'p14', stars: 2 }) },
];

import { did, state, answer, all } from '../lib/checks.mjs';

const S = 'news';
const shownAtLeast = (name, n) => ({ records }) => {
  const st = records.filter((r) => r.type === 'state' && r.name === name);
  const max = Math.max(0, ...st.map((r) => r.shown));
  return max >= n ? { ok: true, why: `${max} shown` } : { ok: false, why: `only ${max || 'the first'} items loaded (want ${n})` };
};

export default [
  { id: 'news-01', site: S, kind: 'scroll', smoke: true,
    instruction: 'Open {BASE}/ and save the story "City zoo welcomes twin red pandas" for later. You may need to scroll down, more stories load as you go.',
    check: did('save', { id: 's26', on: true }),
    solve: [{ go: '/' }, "return await new Promise(async r=>{ for (let i=0;i<20 && !document.querySelector('[data-id=s26]');i++){ window.scrollTo(0, document.body.scrollHeight); await new Promise(x=>setTimeout(x,600)); } document.querySelector('[data-id=s26] .save').click(); r(null); })"] },
  { id: 'news-02', site: S, kind: 'scroll',
    instruction: 'On {BASE}/ scroll until you find the story about robot lawnmowers and tell me who wrote it',
    check: answer(['Lars Eriksen'], { not: ['Grace Obi', 'Pedro Alves'] }) },
  { id: 'news-03', site: S, kind: 'scroll',
    instruction: '{BASE}/ — how many points does "Teachers vote to accept pay offer" have?',
    check: answer(['287'], { not: ['221', '98'] }) },
  { id: 'news-04', site: S, kind: 'scroll',
    instruction: 'Scroll to the very bottom of {BASE}/ until it says you\'re all caught up, then tell me the title of the last story',
    check: all(shownAtLeast('feed', 50), answer([/last video rental shop/i], { not: [/orchestra/i] })) },
  { id: 'news-05', site: S, kind: 'scroll',
    instruction: 'Open {BASE}/ and hide the story "Police appeal after lighthouse break-in"',
    check: did('hide', { id: 's48' }) },
  { id: 'news-06', site: S, kind: 'scroll',
    instruction: 'On {BASE}/ find "Postal service trials Sunday deliveries" and open its comments',
    check: did('comments', { id: 's38' }) },
  { id: 'news-07', site: S, kind: 'scroll',
    instruction: 'Go to {BASE}/. Which outlet published "Two new ferries ordered from a local shipyard"?',
    check: answer(['Metro Wire'], { not: ['The Ledger', 'Northern Post'] }) },
  { id: 'news-08', site: S, kind: 'scroll',
    instruction: 'On {BASE}/ keep scrolling until at least 30 stories are loaded, then save the 30th one',
    check: all(shownAtLeast('feed', 30), did('save', { id: 's30', on: true })) },
  { id: 'news-09', site: S, kind: 'scroll',
    instruction: '{BASE}/latest: click Show more until the story "Night trains return to the southern route" appears and save it',
    check: did('save', { id: 'l14', on: true }) },
  { id: 'news-10', site: S, kind: 'scroll',
    instruction: 'Open {BASE}/latest, load more stories and tell me how many comments "Street food festival returns in June" has',
    check: answer(['86'], { not: ['80', '92'] }) },
  { id: 'news-11', site: S, kind: 'scroll',
    instruction: 'On {BASE}/latest press "Show more" twice, then tell me the author of the 20th story',
    check: all(shownAtLeast('latest', 24), answer(['Yuki Mori'], { not: ['Nina Kowalski', 'Lars Eriksen'] })) },
  { id: 'news-12', site: S, kind: 'scroll',
    instruction: 'At {BASE}/latest, find "Bakery chain recalls seeded rolls" (it is far down) and hide it',
    check: did('hide', { id: 'l28' }) },
  { id: 'news-13', site: S, kind: 'scroll',
    instruction: '{BASE}/ – save both "Late goal sends Riverton FC into the cup final" and "Bus fares frozen for another year"',
    check: ({ records }) => {
      const ids = new Set(records.filter((r) => r.type === 'save' && r.on).map((r) => r.id));
      const ok = ids.has('s42') && ids.has('s35') && ids.size === 2;
      return { ok, why: ok ? 'both saved' : `saved ${[...ids].join(',') || 'nothing'} (want s35, s42)` };
    } },
  { id: 'news-14', site: S, kind: 'lists',
    instruction: 'Open {BASE}/ and save the third story',
    check: did('save', { id: 's3', on: true }) },
  { id: 'news-15', site: S, kind: 'lists',
    instruction: 'On {BASE}/ who wrote the top story, and for which outlet?',
    check: answer(['Ana Duarte', 'The Ledger'], { not: ['Tom Reilly'] }) },
  { id: 'news-16', site: S, kind: 'reading',
    instruction: 'On {BASE}/, how many comments does the story about water prices have?',
    check: answer(['7'], { not: ['72', '0 comments'] }) },
];

// Dailyloop: a news feed with infinite scroll (10 stories at first, 10 more each
// time a sentinel near the bottom comes into view, after a short delay, up to 50),
// Save/Hide icon buttons per story, and a "Latest" page with a "Show more" button.
import { doc } from './common.mjs';

const HEADLINES = [
  'Riverton approves its largest solar farm', 'Rail strike called off after late-night talks', 'Local chess prodigy, 12, wins national final', 'Coral reef near Port Ellis shows signs of recovery',
  'Startup funding in the region doubled last year', 'Heat pump sales overtake gas boilers for the first time', 'Spring marathon draws a record 40,000 runners', 'Maritime museum reopens after two-year renovation',
  'Water prices to rise 6% in April', 'Council election poll tightens in the north', 'New bike lanes planned for the old town', 'University team builds error-corrected quantum chip',
  'Harbour bridge closed at night for repairs', 'Vaccine trial enters its final phase', 'Library budget cut by a third', 'Jazz festival announces its summer line-up',
  'Wildfire season starts early in the hills', 'Space telescope sends its first images', 'Housing plan faces a new vote', 'Ferry timetable changes from Monday',
  'School meals to go fully organic', 'Tram line extension opens to the airport', 'Bakery chain recalls seeded rolls', 'Hospital opens a new children\'s wing',
  'Drought restrictions lifted after wet winter', 'City zoo welcomes twin red pandas', 'Airport noise complaints hit a five-year high', 'Farmers market moves to the riverside',
  'Robot lawnmowers blamed for hedgehog decline', 'Street food festival returns in June', 'Wind turbines approved off the east coast', 'Teachers vote to accept pay offer',
  'Old cinema to become a climbing gym', 'River swimming spots pass water tests', 'Bus fares frozen for another year', 'Startup turns coffee grounds into bricks',
  'Night trains return to the southern route', 'Postal service trials Sunday deliveries', 'Castle roof repairs uncover medieval coins', 'Record heat forecast for the bank holiday',
  'Community fridge scheme expands to ten sites', 'Late goal sends Riverton FC into the cup final', 'Power outage hits 8,000 homes overnight', 'Botanical garden opens a desert glasshouse',
  'Two new ferries ordered from a local shipyard', 'Electric taxis to get priority ranks', 'Archive digitises a century of local papers', 'Police appeal after lighthouse break-in',
  'Orchestra plays a free concert in the park', 'Last video rental shop closes its doors',
];
const AUTHORS = ['Ana Duarte', 'Tom Reilly', 'Yuki Mori', 'Fatima Zahra', 'Lars Eriksen', 'Grace Obi', 'Pedro Alves', 'Nina Kowalski'];
const SOURCES = ['The Ledger', 'Metro Wire', 'Coastline', 'Northern Post', 'Daily Signal'];
export const STORIES = HEADLINES.map((title, i) => ({
  id: `s${i + 1}`,
  title,
  author: AUTHORS[(i * 3) % 8],
  source: SOURCES[(i * 2 + Math.floor(i / 5)) % 5],
  points: 40 + ((i * 37) % 300),
  comments: (i * 13) % 97,
  hours: 1 + Math.floor(i / 3),
}));

const css = `main{max-width:720px;margin:16px auto}.story{background:#fff;border-radius:8px;padding:12px 14px;margin:8px 0;display:flex;gap:12px}
.story .rank{color:#9aa1ad;width:26px;text-align:right}.story .t{font-weight:600;font-size:15px}.story .meta{color:#6b7383;font-size:12px;margin-top:3px}
.story .acts{margin-left:auto;white-space:nowrap}.loading{text-align:center;color:#8a92a1;padding:14px}.story.saved .save{color:#e6a800}
header{background:#fff;border-bottom:1px solid #e2e5ea;padding:10px 20px;display:flex;gap:16px;align-items:center;position:sticky;top:0;z-index:5}`;

const itemJs = `function card(s, i){ var d = document.createElement('article'); d.className = 'story'; d.dataset.id = s.id;
  d.innerHTML = '<div class="rank">' + (i + 1) + '.</div><div><div class="t"></div><div class="meta">by <span class="au"></span> · <span class="src"></span> · ' + s.points + ' points · ' + s.hours + ' h ago · <a href="#" class="cm">' + s.comments + ' comments</a></div></div>' +
    '<div class="acts"><button class="icon-btn save" aria-label="Save story" title="Save for later">🔖</button><button class="icon-btn hide" aria-label="Hide story" title="Hide">✕</button></div>';
  d.querySelector('.t').textContent = s.title; d.querySelector('.au').textContent = s.author; d.querySelector('.src').textContent = s.source; return d; }
document.addEventListener('click', function(e){ var st = e.target.closest('.story'); if (!st) return;
  if (e.target.closest('.save')) { st.classList.toggle('saved'); rec('save', {id: st.dataset.id, on: st.classList.contains('saved')}); }
  if (e.target.closest('.hide')) { rec('hide', {id: st.dataset.id}); st.remove(); }
  if (e.target.closest('.cm')) { e.preventDefault(); rec('comments', {id: st.dataset.id}); } });`;

const feed = doc({
  title: 'Top stories · Dailyloop', css,
  body: `<header><b>◎ Dailyloop</b><a href="/">Top</a><a href="/latest">Latest</a></header><main><div id="feed" role="feed" aria-busy="false"></div><div class="loading" id="sentinel">Loading more stories…</div></main>`,
  script: `var S = ${JSON.stringify(STORIES)}; var shown = 0, busy = false;
${itemJs}
function more(){ if (busy || shown >= S.length) return; busy = true; document.getElementById('feed').setAttribute('aria-busy', 'true');
  setTimeout(function(){ for (var i = shown; i < Math.min(shown + 10, S.length); i++) document.getElementById('feed').appendChild(card(S[i], i)); shown = Math.min(shown + 10, S.length);
    busy = false; document.getElementById('feed').setAttribute('aria-busy', 'false'); rec('state', {name: 'feed', shown: shown});
    if (shown >= S.length) document.getElementById('sentinel').textContent = 'You are all caught up.'; else check(); }, shown ? 450 : 0); }
function check(){ var r = document.getElementById('sentinel').getBoundingClientRect(); if (r.top < innerHeight + 200) more(); }
new IntersectionObserver(function(es){ if (es[0].isIntersecting) more(); }, {rootMargin: '200px'}).observe(document.getElementById('sentinel'));
more();`,
});

const LATEST = STORIES.slice(10).reverse().map((s, i) => ({ ...s, id: `l${i + 1}`, hours: 0 }));
const latest = doc({
  title: 'Latest · Dailyloop', css,
  body: `<header><b>◎ Dailyloop</b><a href="/">Top</a><a href="/latest">Latest</a></header><main><h1>Latest</h1><div id="feed"></div><p style="text-align:center"><button class="btn" id="more">Show more</button></p></main>`,
  script: `var S = ${JSON.stringify(LATEST.slice(0, 32))}; var shown = 0;
${itemJs}
function more(){ var n = Math.min(shown + 8, S.length); for (var i = shown; i < n; i++) document.getElementById('feed').appendChild(card(S[i], i)); shown = n; if (shown >= S.length) document.getElementById('more').remove(); }
more(); document.getElementById('more').onclick = function(){ this.disabled = true; var b = this; setTimeout(function(){ more(); b.disabled = false; rec('state', {name: 'latest', shown: shown}); }, 300); };`,
});

export default {
  name: 'news',
  title: 'Dailyloop',
  pages: { '/': feed, '/latest': latest },
};

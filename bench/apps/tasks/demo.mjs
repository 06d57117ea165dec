// Tasks on the Conduit-style blogging SPA (sites/demo.mjs). Seeded account:
// jo.rivers@conduit.test / river-run-88 (username jo_rivers, follows amara.okoye,
// has favourited "A gentle introduction to CSS grid", wrote "Testing async code
// without tears", commented on the Postgres indexes article).
import { all, did, state, answer } from '../../eval/lib/checks.mjs';
import { js } from '../lib.mjs';

const EMAIL = 'jo.rivers@conduit.test';
const PW = 'river-run-88';
const AUTHORS = ['amara.okoye', 'sasha_k', 'mkowalski', 'theo-lindgren', 'jo_rivers'];
const others = (list, keep) => list.filter((x) => ![].concat(keep).includes(x));
const TITLES = {
  sasha_k: ['Shipping a side project in thirty days', 'The case for boring technology in startups', 'An honest review of my standing desk'],
  mkowalski: ['Why we rewrote our build scripts in Go', 'What I learned migrating 2 million rows', 'Debugging memory leaks in Node services', 'Postgres indexes explained with library cards'],
  'amara.okoye': ['A gentle introduction to CSS grid', 'Hand-rolled state machines for UI', 'Accessibility checks you can do in five minutes'],
  'theo-lindgren': ['Notes from a year of remote pairing', 'Writing release notes people actually read', 'Sourdough and software: patience as a skill'],
  jo_rivers: ['Testing async code without tears'],
};
const ALL_TITLES = Object.values(TITLES).flat();

// solution steps
const signIn = [
  js("location.hash = '#/login'"), { wait: 300 },
  js(`setVal(q('input[placeholder=Email]'), '${EMAIL}'); setVal(q('input[placeholder=Password]'), '${PW}'); q('.auth-form').requestSubmit()`), { wait: 600 },
];
const openArticle = (slug) => [js(`location.hash = '#/article/${slug}'`), { wait: 300 }];

export default [
  {
    id: 'demo-01', site: 'demo', kind: 'forms', smoke: true,
    instruction: `Sign in to {BASE}/ with ${EMAIL} and the password ${PW}`,
    check: did('signin', { email: EMAIL, ok: true }, { exclusive: false }),
    solve: [{ go: '/' }, ...signIn],
  },
  {
    id: 'demo-02', site: 'demo', kind: 'forms', smoke: true,
    instruction: `On {BASE}/#/login, log in (email ${EMAIL}, password ${PW}) and publish an article titled 'Five things I learned from code review', about 'Lessons from a year of reviews', with the text 'Be kind. Be specific. Review the tests first.' and the tags review and teams`,
    check: did('publish', { title: 'Five things I learned from code review', description: 'Lessons from a year of reviews', body: 'Be kind. Be specific. Review the tests first.', tags: ['review', 'teams'] }),
    solve: [{ go: '/#/login' }, ...signIn, js("location.hash = '#/editor'"), { wait: 300 },
      js(`setVal(q('input[placeholder="Article Title"]'), 'Five things I learned from code review');
        setVal(q('input[placeholder="What\\'s this article about?"]'), 'Lessons from a year of reviews');
        setVal(q('textarea[placeholder="Write your article (in markdown)"]'), 'Be kind. Be specific. Review the tests first.');
        const t = q('input[placeholder="Enter tags"]'); setVal(t, 'review'); key(t, 'Enter', 13); setVal(t, 'teams'); key(t, 'Enter', 13);
        byText('button', 'Publish Article').click()`), { wait: 400 }],
  },
  {
    id: 'demo-03', site: 'demo', kind: 'lists', smoke: true,
    instruction: `{BASE}/ — log in as ${EMAIL} / ${PW} and favourite the article "Debugging memory leaks in Node services"`,
    check: did('favorite', { slug: 'debugging-memory-leaks-in-node-services', favorited: true }),
    solve: [{ go: '/' }, ...signIn, js("byText('.feed-toggle a', 'Global Feed').click()"), { wait: 500 },
      js("const p = qa('.article-preview').find((x) => x.querySelector('h1') && x.querySelector('h1').textContent === 'Debugging memory leaks in Node services'); p.querySelector('button').click()")],
  },
  {
    id: 'demo-04', site: 'demo', kind: 'spa',
    instruction: `follow whoever wrote "Why we rewrote our build scripts in Go" on {BASE}/ (login: ${EMAIL}, pw ${PW})`,
    check: did('follow', { username: 'mkowalski', following: true }),
    solve: [{ go: '/' }, ...signIn, ...openArticle('why-we-rewrote-our-build-scripts-in-go'), js("q('[data-follow]').click()")],
  },
  {
    id: 'demo-05', site: 'demo', kind: 'lists',
    instruction: `Leave a comment saying "Great read, thanks!" on the Hand-rolled state machines for UI article. Site: {BASE}/ — my login is ${EMAIL} with password ${PW}`,
    check: did('comment', { slug: 'hand-rolled-state-machines-for-ui', body: 'Great read, thanks!' }),
    solve: [{ go: '/' }, ...signIn, ...openArticle('hand-rolled-state-machines-for-ui'),
      js("setVal(q('textarea[placeholder=\"Write a comment...\"]'), 'Great read, thanks!'); q('.comment-form').requestSubmit()")],
  },
  {
    id: 'demo-06', site: 'demo', kind: 'tabs', smoke: true,
    instruction: 'On {BASE}/ show me only the articles tagged postgres',
    check: state('feed', { tab: 'tag', tag: 'postgres' }),
    solve: [{ go: '/' }, { wait: 400 }, js("q('.sidebar [data-tag=postgres]').click()"), { wait: 500 }],
  },
  {
    id: 'demo-07', site: 'demo', kind: 'reading',
    instruction: 'who wrote "Accessibility checks you can do in five minutes"? {BASE}/',
    check: answer(['amara.okoye'], { not: others(AUTHORS, 'amara.okoye') }),
    solve: [{ go: '/' }, ...openArticle('accessibility-checks-you-can-do-in-five-minutes'), js("return q('.banner .author').textContent")],
  },
  {
    id: 'demo-08', site: 'demo', kind: 'reading',
    instruction: '{BASE}/ when was "Notes from a year of remote pairing" published?',
    check: answer([/feb(ruary)?\.? 14\b/], { not: [/feb(ruary)?\.? (20|27|9)\b/] }),
    solve: [{ go: '/' }, ...openArticle('notes-from-a-year-of-remote-pairing'), js("return q('.banner .date').textContent")],
  },
  {
    id: 'demo-09', site: 'demo', kind: 'forms',
    instruction: `Change my bio on {BASE}/ to "Coffee, code, mountains." — you'll need to sign in first: ${EMAIL} / ${PW}`,
    check: did('settings', { bio: 'Coffee, code, mountains.', username: 'jo_rivers', email: EMAIL }),
    solve: [{ go: '/' }, ...signIn, js("location.hash = '#/settings'"), { wait: 300 },
      js("setVal(q('textarea[placeholder=\"Short bio about you\"]'), 'Coffee, code, mountains.'); q('.settings-form').requestSubmit()"), { wait: 400 }],
  },
  {
    id: 'demo-10', site: 'demo', kind: 'forms',
    instruction: `log in at {BASE}/#/login (${EMAIL}, ${PW}) and then log out`,
    check: all(did('signin', { ok: true }, { exclusive: false }), did('logout')),
    solve: [{ go: '/#/login' }, ...signIn, js("location.hash = '#/settings'"), { wait: 300 }, js("q('[data-logout]').click()"), { wait: 300 }],
  },
  {
    id: 'demo-11', site: 'demo', kind: 'spa',
    instruction: '{BASE}/ — go to page 2 of the global feed',
    check: state('feed', { tab: 'all', page: 2 }),
    solve: [{ go: '/' }, { wait: 400 }, js("byText('.pagination a', '2').click()"), { wait: 500 }],
  },
  {
    id: 'demo-12', site: 'demo', kind: 'reading',
    instruction: 'How many favourites does "The case for boring technology in startups" have on {BASE}/ ?',
    check: answer(['77'], { not: ['41', '18', '56', '9', '23', '14'] }),
    solve: [{ go: '/' }, { wait: 400 }, js("const p = qa('.article-preview').find((x) => x.querySelector('h1').textContent === 'The case for boring technology in startups'); return p.querySelector('button').textContent.trim()")],
  },
  {
    id: 'demo-13', site: 'demo', kind: 'tabs',
    instruction: "On {BASE}/#/profile/amara.okoye, show her favorited articles",
    check: state('view', { route: '/profile/amara.okoye/favorites' }),
    solve: [{ go: '/#/profile/amara.okoye' }, { wait: 300 }, js("byText('.articles-toggle a', 'Favorited Articles').click()"), { wait: 400 }],
  },
  {
    id: 'demo-14', site: 'demo', kind: 'reading',
    instruction: '{BASE}/#/profile/mkowalski — list the titles of his articles',
    check: answer(TITLES.mkowalski, { not: others(ALL_TITLES, TITLES.mkowalski) }),
    solve: [{ go: '/#/profile/mkowalski' }, { wait: 500 }, js("return qa('.article-preview h1').map((h) => h.textContent).join('\\n')")],
  },
  {
    id: 'demo-15', site: 'demo', kind: 'lists',
    instruction: `I want to unfavourite "A gentle introduction to CSS grid" — {BASE}/ , account ${EMAIL}, pw ${PW}`,
    check: did('favorite', { slug: 'a-gentle-introduction-to-css-grid', favorited: false }),
    solve: [{ go: '/' }, ...signIn, ...openArticle('a-gentle-introduction-to-css-grid'), js("q('[data-fav]').click()")],
  },
  {
    id: 'demo-16', site: 'demo', kind: 'lists',
    instruction: `sign in to {BASE}/ (${EMAIL} / ${PW}) and delete the comment I left on the Postgres indexes article`,
    check: did('comment-delete', { slug: 'postgres-indexes-explained-with-library-cards', body: 'Saving this for our next onboarding week.' }),
    solve: [{ go: '/' }, ...signIn, ...openArticle('postgres-indexes-explained-with-library-cards'), js("q('.mod-options i').click()")],
  },
  {
    id: 'demo-17', site: 'demo', kind: 'forms',
    instruction: 'create an account on {BASE}/ — username lena_park, email lena.park@example.com, password Sunflower-77',
    check: did('signup', { username: 'lena_park', email: 'lena.park@example.com' }),
    solve: [{ go: '/#/register' }, { wait: 300 },
      js("setVal(q('input[placeholder=Username]'), 'lena_park'); setVal(q('input[placeholder=Email]'), 'lena.park@example.com'); setVal(q('input[placeholder=Password]'), 'Sunflower-77'); q('.auth-form').requestSubmit()"), { wait: 400 }],
  },
  {
    id: 'demo-18', site: 'demo', kind: 'reading',
    instruction: 'what tags does "What I learned migrating 2 million rows" have? {BASE}/',
    check: answer(['databases', 'postgres'], { not: ['go', 'tooling', 'performance', 'frontend', 'productivity'] }),
    solve: [{ go: '/' }, ...openArticle('what-i-learned-migrating-2-million-rows'), js("return qa('.article-content .tag-list li').map((l) => l.textContent).join(', ')")],
  },
  {
    id: 'demo-19', site: 'demo', kind: 'tabs',
    instruction: `{BASE}/ — once you're logged in as ${EMAIL} (password ${PW}), switch to the global feed`,
    check: all(did('signin', { ok: true }, { exclusive: false }), state('feed', { tab: 'all' })),
    solve: [{ go: '/' }, ...signIn, js("byText('.feed-toggle a', 'Global Feed').click()"), { wait: 500 }],
  },
  {
    id: 'demo-20', site: 'demo', kind: 'reading',
    instruction: `Log into {BASE}/ with ${EMAIL} / ${PW}. Which articles are in my feed?`,
    check: all(did('signin', { ok: true }, { exclusive: false }), answer(TITLES['amara.okoye'], { not: others(ALL_TITLES, TITLES['amara.okoye']) })),
    solve: [{ go: '/' }, ...signIn, { wait: 300 }, js("return qa('.article-preview h1').map((h) => h.textContent).join('\\n')")],
  },
  {
    id: 'demo-21', site: 'demo', kind: 'forms',
    instruction: `on {BASE}/ sign in (${EMAIL}, ${PW}), open my article about testing async code and change its description to "Fake timers and awaited promises."`,
    check: did('update', { slug: 'testing-async-code-without-tears', description: 'Fake timers and awaited promises.', title: 'Testing async code without tears' }),
    solve: [{ go: '/' }, ...signIn, ...openArticle('testing-async-code-without-tears'), js("byText('a', 'Edit Article').click()"), { wait: 300 },
      js("setVal(q('input[placeholder=\"What\\'s this article about?\"]'), 'Fake timers and awaited promises.'); byText('button', 'Publish Article').click()"), { wait: 300 }],
  },
  {
    id: 'demo-22', site: 'demo', kind: 'reading',
    instruction: '{BASE}/ open the post about rewriting build scripts in Go and tell me how many lines of Bash they started with',
    check: answer([/four hundred|\b400\b/]),
    solve: [{ go: '/' }, ...openArticle('why-we-rewrote-our-build-scripts-in-go'), js("return q('.article-content p').textContent")],
  },
  {
    id: 'demo-23', site: 'demo', kind: 'lists',
    instruction: `sign in to {BASE}/ as ${EMAIL} (password: ${PW}), filter by the javascript tag and favourite the first article listed`,
    check: all(state('feed', { tab: 'tag', tag: 'javascript' }), did('favorite', { slug: 'testing-async-code-without-tears', favorited: true })),
    solve: [{ go: '/' }, ...signIn, js("q('.sidebar [data-tag=javascript]').click()"), { wait: 500 }, js("q('.article-preview button').click()")],
  },
  {
    id: 'demo-24', site: 'demo', kind: 'lists',
    instruction: `post a comment on {BASE}/#/article/an-honest-review-of-my-standing-desk saying "Mine is just a very expensive shelf now." (login ${EMAIL} / ${PW})`,
    check: did('comment', { slug: 'an-honest-review-of-my-standing-desk', body: 'Mine is just a very expensive shelf now.' }),
    solve: [{ go: '/#/article/an-honest-review-of-my-standing-desk' }, ...signIn, ...openArticle('an-honest-review-of-my-standing-desk'),
      js("setVal(q('.comment-form textarea'), 'Mine is just a very expensive shelf now.'); byText('button', 'Post Comment').click()")],
  },
];

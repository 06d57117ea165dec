// demo: a "Conduit"-style blogging app (the RealWorld demo app), as a hash-routed SPA
// with its markup: navbar, home with Your Feed / Global Feed / #tag tabs and a
// Popular Tags sidebar, article previews (author, date, heart button with a count,
// "Read more..."), pagination of 10, Sign in / Sign up, Settings, Editor, Article page
// (follow, favourite, comments, trash icon on one's own comments), Profile page with
// My Articles / Favorited Articles. Its forms are "controlled": only input events
// change what gets sent. Data is seeded in JS and kept in sessionStorage (per tab).
// Seeded account: jo.rivers@conduit.test / river-run-88 (username jo_rivers).
// Records:
//   signin {email, ok}, signup {username, email}, logout {}
//   settings {image, username, bio, email, password}
//   publish {title, description, body, tags}, update {slug, title, description, body, tags}, article-delete {slug}
//   favorite {slug, title, favorited}, follow {username, following}
//   comment {slug, title, body}, comment-delete {slug, title, body}
//   state feed {tab: feed|all|tag, tag, page}, state view {route}
import { page } from './shell.mjs';

const av = (hue, initial) => `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="32" fill="hsl(${hue},45%,60%)"/><text x="32" y="41" font-size="26" font-family="sans-serif" fill="#fff" text-anchor="middle">${initial}</text></svg>`)}`;

const USERS = [
  { username: 'jo_rivers', email: 'jo.rivers@conduit.test', password: 'river-run-88', bio: 'Weekend hiker, weekday coder.', image: av(200, 'J'), following: ['amara.okoye'] },
  { username: 'amara.okoye', email: 'amara@conduit.test', password: 'x-amara-x', bio: 'Front-end developer in Lagos. I write about CSS and accessibility.', image: av(20, 'A'), following: [] },
  { username: 'sasha_k', email: 'sasha@conduit.test', password: 'x-sasha-x', bio: 'Indie maker. Two products, zero investors.', image: av(120, 'S'), following: [] },
  { username: 'mkowalski', email: 'mk@conduit.test', password: 'x-mk-x', bio: 'Backend and databases. Occasional Go evangelist.', image: av(280, 'M'), following: [] },
  { username: 'theo-lindgren', email: 'theo@conduit.test', password: 'x-theo-x', bio: 'Engineering manager; writes about teams and baking.', image: av(330, 'T'), following: [] },
];

const A = (slug, title, description, author, date, tags, favs, body, favoritedBy = []) =>
  ({ slug, title, description, author, createdAt: date, tagList: tags, favoritesCount: favs, favoritedBy, body });

const ARTICLES = [
  A('shipping-a-side-project-in-thirty-days', 'Shipping a side project in thirty days', 'Scope, deadlines and the one feature I cut on day 29.', 'sasha_k', '2024-03-03', ['productivity', 'side-projects'], 41,
    'I gave myself thirty days and a hard rule: whatever exists on day 30 ships.\n\n## Week one\n\nI wrote the landing page first. It forced me to decide what the product was.\n\n## The cut\n\nOn day 29 I removed team accounts. Nobody has asked for them since.'),
  A('why-we-rewrote-our-build-scripts-in-go', 'Why we rewrote our build scripts in Go', 'Four hundred lines of Bash became a single binary.', 'mkowalski', '2024-02-27', ['go', 'tooling'], 18,
    'Our build scripts had grown to four hundred lines of Bash.\n\nWe rewrote them as a small Go program. Builds got **faster** and, more importantly, understandable.'),
  A('a-gentle-introduction-to-css-grid', 'A gentle introduction to CSS grid', 'Rows, columns and the fr unit, with no framework in sight.', 'amara.okoye', '2024-02-20', ['css', 'frontend'], 56,
    'Grid is the layout tool I wish I had ten years ago.\n\n- define columns with `grid-template-columns`\n- use the `fr` unit for flexible tracks\n- name your areas\n\nStart small: a two-column page is a great first grid.', ['jo_rivers']),
  A('notes-from-a-year-of-remote-pairing', 'Notes from a year of remote pairing', 'What worked, what did not, and the headset we all bought.', 'theo-lindgren', '2024-02-14', ['remote', 'teams'], 9,
    'A year ago our team went fully remote and kept pairing.\n\nShort sessions beat long ones. Rotating driver every 25 minutes kept both people awake.'),
  A('testing-async-code-without-tears', 'Testing async code without tears', 'Fake timers, awaited promises and one weird trick with queues.', 'jo_rivers', '2024-02-09', ['testing', 'javascript'], 23,
    'Asynchronous code is where flaky tests come from.\n\nUse fake timers, await every promise you start, and never sleep in a test.'),
  A('the-case-for-boring-technology-in-startups', 'The case for boring technology in startups', 'Innovation tokens are scarce. Spend them on the product.', 'sasha_k', '2024-02-02', ['architecture', 'startups'], 77,
    'Every new technology costs you an innovation token.\n\nA startup has very few. Spend them where customers can see the difference, and use a boring database.'),
  A('hand-rolled-state-machines-for-ui', 'Hand-rolled state machines for UI', 'You do not need a library to model a form as states.', 'amara.okoye', '2024-01-25', ['javascript', 'frontend'], 14,
    'A form is idle, editing, submitting, failed or done.\n\nWrite those states down and most of your boolean flags disappear.'),
  A('what-i-learned-migrating-2-million-rows', 'What I learned migrating 2 million rows', 'Batches, checkpoints and a very long Saturday.', 'mkowalski', '2024-01-18', ['databases', 'postgres'], 31,
    'We moved two million rows between schemas without downtime.\n\nBatch in thousands, checkpoint every batch, and measure before you guess.'),
  A('writing-release-notes-people-actually-read', 'Writing release notes people actually read', 'Lead with what changed for the reader, not for the codebase.', 'theo-lindgren', '2024-01-11', ['writing', 'teams'], 6,
    'Release notes are for users, not for the commit log.\n\nLead with the change a reader will notice. Link the details.'),
  A('debugging-memory-leaks-in-node-services', 'Debugging memory leaks in Node services', 'Heap snapshots, retained sizes and the closure that held everything.', 'mkowalski', '2024-01-05', ['javascript', 'performance'], 48,
    'The service grew by 40 MB an hour.\n\nTwo heap snapshots and a diff later, we found a cache keyed by request objects.'),
  A('sourdough-and-software-patience-as-a-skill', 'Sourdough and software: patience as a skill', 'What a starter taught me about long feedback loops.', 'theo-lindgren', '2023-12-28', ['career'], 12,
    'A sourdough starter takes a week to become useful.\n\nSo does a new team member. Feed both regularly.'),
  A('an-honest-review-of-my-standing-desk', 'An honest review of my standing desk', 'Eighteen months in: mostly sitting at it.', 'sasha_k', '2023-12-19', ['productivity'], 3,
    'I bought a standing desk eighteen months ago.\n\nI stand for about an hour a day. The motor is excellent. My posture is the same.'),
  A('accessibility-checks-you-can-do-in-five-minutes', 'Accessibility checks you can do in five minutes', 'Keyboard, zoom, contrast and your screen reader of choice.', 'amara.okoye', '2023-12-11', ['accessibility', 'frontend'], 65,
    'Unplug your mouse and try to use your own site.\n\nThen zoom to 200%, check contrast, and listen to one page with a screen reader.'),
  A('postgres-indexes-explained-with-library-cards', 'Postgres indexes explained with library cards', 'B-trees for people who remember card catalogues.', 'mkowalski', '2023-12-02', ['databases', 'postgres'], 27,
    'An index is a card catalogue for your table.\n\nA B-tree keeps the cards sorted, so the database can jump to the right drawer.'),
];

const COMMENTS = {
  'the-case-for-boring-technology-in-startups': [
    { id: 2, body: 'Boring is a feature. Our pager agrees.', author: 'amara.okoye', createdAt: '2024-02-04' },
    { id: 1, body: 'We learned this the hard way with a shiny queue.', author: 'theo-lindgren', createdAt: '2024-02-03' },
  ],
  'testing-async-code-without-tears': [
    { id: 3, body: 'Never sleep in a test: printing this out for the office.', author: 'mkowalski', createdAt: '2024-02-10' },
  ],
  'postgres-indexes-explained-with-library-cards': [
    { id: 5, body: 'The drawer analogy finally made it click.', author: 'sasha_k', createdAt: '2023-12-05' },
    { id: 4, body: 'Saving this for our next onboarding week.', author: 'jo_rivers', createdAt: '2023-12-03' },
  ],
};

const TAGS = ['frontend', 'javascript', 'databases', 'postgres', 'productivity', 'teams', 'css', 'testing', 'go', 'tooling',
  'architecture', 'startups', 'remote', 'writing', 'performance', 'career', 'accessibility', 'side-projects'];

const CSS = `
body { margin: 0; font-family: 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #373a3c; }
a { color: #5cb85c; text-decoration: none; } a:hover { text-decoration: underline; color: #3d8b3d; }
.container { max-width: 1140px; margin: 0 auto; padding: 0 15px; }
.row { display: flex; flex-wrap: wrap; margin: 0 -15px; } .row > * { padding: 0 15px; box-sizing: border-box; }
.col-md-9 { width: 75%; } .col-md-3 { width: 25%; } .col-md-12, .col-xs-12 { width: 100%; }
.col-md-6.offset-md-3 { width: 50%; margin-left: 25%; } .col-md-10.offset-md-1 { width: 83.33%; margin-left: 8.33%; } .col-md-8.offset-md-2 { width: 66.66%; margin-left: 16.66%; }
.navbar { padding: .5rem 1rem; } .navbar .container { display: flex; justify-content: space-between; align-items: center; }
.navbar-brand { font-family: 'Titillium Web', sans-serif; font-size: 1.5rem; font-weight: 700; color: #5cb85c; }
.nav { list-style: none; margin: 0; padding: 0; display: flex; } .nav-item { margin-left: 1rem; }
.navbar .nav-link { color: rgba(0,0,0,.3); } .navbar .nav-link.active, .navbar .nav-link:hover { color: rgba(0,0,0,.8); text-decoration: none; }
.user-pic { height: 26px; border-radius: 50px; float: left; margin-right: 5px; }
.banner { background: #5cb85c; color: #fff; padding: 2rem 0; margin-bottom: 2rem; box-shadow: inset 0 8px 8px -8px rgba(0,0,0,.3), inset 0 -8px 8px -8px rgba(0,0,0,.3); }
.home-page .banner { text-align: center; } .home-page .banner h1 { font-size: 3.5rem; margin: 0; font-weight: 700; } .home-page .banner p { font-size: 1.5rem; font-weight: 300; margin: 0; }
.article-page .banner { background: #333; } .article-page .banner h1 { font-size: 2.8rem; margin: 0 0 1rem; }
.feed-toggle, .articles-toggle { margin-bottom: -1px; } .nav-pills { border-bottom: 1px solid rgba(0,0,0,.1); }
.nav-pills .nav-item { margin-left: 0; } .nav-pills .nav-link { display: block; padding: .5em 1em; color: #aaa; } .nav-pills .nav-link.active { color: #5cb85c; border-bottom: 2px solid #5cb85c; text-decoration: none; }
.article-preview { border-top: 1px solid rgba(0,0,0,.1); padding: 1.5rem 0; }
.article-meta { display: flex; align-items: center; margin: 0 0 1rem; } .article-meta img { width: 32px; height: 32px; border-radius: 30px; }
.article-meta .info { margin: 0 1.5rem 0 .3rem; line-height: 1rem; } .article-meta .info .author { display: block; font-weight: 500; } .article-meta .info .date { color: #bbb; font-size: .8rem; display: block; }
.pull-xs-right { margin-left: auto; } .preview-link { color: inherit; } .preview-link:hover { text-decoration: none; }
.preview-link h1 { font-weight: 600; font-size: 1.5rem; margin: 0 0 3px; } .preview-link p { font-weight: 300; color: #999; margin: 0 0 15px; font-size: 1.1rem; } .preview-link span { font-size: .8rem; color: #bbb; }
.btn { display: inline-block; font-weight: 400; text-align: center; border: 1px solid transparent; padding: .5rem 1rem; font-size: 1rem; border-radius: .25rem; cursor: pointer; background: none; }
.btn-sm { padding: .25rem .5rem; font-size: .875rem; border-radius: .2rem; } .btn-lg { padding: .75rem 1.5rem; font-size: 1.25rem; }
.btn-primary { color: #fff; background: #5cb85c; border-color: #5cb85c; } .btn-outline-primary { color: #5cb85c; border-color: #5cb85c; }
.btn-secondary { color: #fff; background: #ccc; border-color: #ccc; } .btn-outline-secondary { color: #ccc; border-color: #ccc; }
.btn-outline-danger { color: #b85c5c; border-color: #b85c5c; }
.tag-list { list-style: none; padding: 0; margin: 0; display: inline-block; float: right; } .tag-list li { display: inline-block; }
.tag-pill { padding: 0 .6em; border-radius: 10rem; font-size: .8rem; margin: 0 3px 3px 0; display: inline-block; }
.tag-default { color: #fff; background: #818a91; } .tag-outline { border: 1px solid #ddd; color: #aaa; background: none; }
.sidebar { padding: 5px 10px 10px; background: #f3f3f3; border-radius: 4px; } .sidebar p { margin: 0 0 .2rem; } .sidebar .tag-list { float: none; }
.sidebar .tag-pill { color: #fff; background: #818a91; } .sidebar .tag-pill:hover { background: #687077; text-decoration: none; }
.pagination { display: flex; list-style: none; padding: 0; margin: 1rem 0; } .page-link { display: block; padding: .5rem .75rem; border: 1px solid #ddd; margin-left: -1px; }
.page-item.active .page-link { background: #5cb85c; border-color: #5cb85c; color: #fff; }
.page { margin-top: 1.5rem; } .text-xs-center { text-align: center; }
.form-group { border: 0; padding: 0; margin: 0 0 1rem; } fieldset { border: 0; padding: 0; margin: 0; }
.form-control { display: block; width: 100%; box-sizing: border-box; padding: .5rem .75rem; font-size: 1rem; border: 1px solid rgba(0,0,0,.15); border-radius: .25rem; font-family: inherit; }
.form-control-lg { padding: .75rem 1.5rem; font-size: 1.25rem; }
.error-messages { color: #b85c5c; font-weight: 700; }
.article-content { font-size: 1.2rem; font-family: 'Source Serif Pro', serif; line-height: 1.8rem; margin-bottom: 2rem; } .article-content .tag-list { float: none; }
.article-actions { text-align: center; margin: 1.5rem 0 3rem; } .article-actions .article-meta { justify-content: center; }
.card { border: 1px solid #e5e5e5; border-radius: .25rem; margin-bottom: .75rem; } .card-block { padding: 1.25rem; } .card-text { margin: 0; }
.card-footer { display: flex; align-items: center; padding: .75rem 1.25rem; background: #f5f5f5; border-top: 1px solid #e5e5e5; font-size: .8rem; }
.comment-author-img { width: 20px; height: 20px; border-radius: 30px; } .comment-form .card-footer .btn { margin-left: auto; } .comment-form .form-control { border: 0; }
.date-posted { margin-left: 5px; color: #bbb; } .mod-options { margin-left: auto; cursor: pointer; color: #333; }
.user-info { text-align: center; background: #f3f3f3; padding: 2rem 0 1rem; margin-bottom: 2rem; } .user-img { width: 100px; height: 100px; border-radius: 100px; }
.user-info .action-btn { float: right; } .user-info p { color: #aaa; font-weight: 300; }
footer.app-footer { background: #f3f3f3; margin-top: 3rem; padding: 1rem 0; font-size: .8rem; color: #bbb; }
.logo-font { font-family: 'Titillium Web', sans-serif; }
.ion-heart::before { content: '\\2665'; } .ion-plus-round::before { content: '+'; } .ion-compose::before { content: '\\270E'; }
.ion-gear-a::before { content: '\\2699'; } .ion-trash-a::before { content: '\\1F5D1'; } .ion-edit::before { content: '\\270E'; }
.ion-close-round::before { content: '\\00D7'; } .ion-pound::before { content: '#'; }
`;

// The client app (serialized into the page; no build step).
function conduit(SEED) {
  var KEY = 'conduit-db';
  var db;
  try { db = JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { db = null; }
  if (!db) db = { users: SEED.users, articles: SEED.articles, comments: SEED.comments, nextComment: 100 };
  function save() { sessionStorage.setItem(KEY, JSON.stringify(db)); }
  function me() { var t = sessionStorage.getItem('jwtToken'); return t ? db.users.filter(function (u) { return u.username === t; })[0] || null : null; }
  function user(name) { return db.users.filter(function (u) { return u.username === name; })[0]; }
  function article(slug) { return db.articles.filter(function (a) { return a.slug === slug; })[0]; }
  function h(s) { return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function fmt(d) { var p = d.split('-'); return MONTHS[+p[1] - 1] + ' ' + (+p[2]) + ', ' + p[0]; }
  function today() { var d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }
  function md(src) {
    return src.split(/\n\n+/).map(function (b) {
      var x = h(b).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`([^`]+)`/g, '<code>$1</code>');
      if (/^## /.test(b)) return '<h2>' + x.slice(3) + '</h2>';
      if (/^# /.test(b)) return '<h1>' + x.slice(2) + '</h1>';
      if (/^- /.test(b)) return '<ul>' + x.split('\n').map(function (l) { return '<li>' + l.replace(/^- /, '') + '</li>'; }).join('') + '</ul>';
      return '<p>' + x.replace(/\n/g, '<br>') + '</p>';
    }).join('');
  }
  var app = document.getElementById('app');
  var feed = { tab: null, tag: null, page: 1 };
  var form = {};       // controlled form state: only input events change it
  var editorTags = [];
  var errors = [];

  function nav() {
    var u = me(), r = location.hash.replace(/^#/, '') || '/';
    function li(href, text, extra) { return '<li class="nav-item"><a class="nav-link' + (r === href ? ' active' : '') + '" href="#' + href + '">' + (extra || '') + text + '</a></li>'; }
    return '<nav class="navbar navbar-light"><div class="container"><a class="navbar-brand" href="#/">conduit</a><ul class="nav navbar-nav pull-xs-right">' +
      li('/', 'Home') +
      (u ? li('/editor', '&nbsp;New Article', '<i class="ion-compose"></i>') + li('/settings', '&nbsp;Settings', '<i class="ion-gear-a"></i>') +
        li('/profile/' + u.username, h(u.username), '<img class="user-pic" src="' + h(u.image) + '" alt="">')
        : li('/login', 'Sign in') + li('/register', 'Sign up')) +
      '</ul></div></nav>';
  }
  var FOOTER = '<footer class="app-footer"><div class="container"><a href="#/" class="logo-font">conduit</a> <span class="attribution">A demo blogging app. Code &amp; design licensed under MIT.</span></div></footer>';

  function favBtn(a, big) {
    var u = me(), on = !!(u && a.favoritedBy.indexOf(u.username) >= 0);
    if (big) return '<button class="btn btn-sm ' + (on ? 'btn-primary' : 'btn-outline-primary') + '" data-fav="' + a.slug + '"><i class="ion-heart"></i>&nbsp; ' + (on ? 'Unfavorite' : 'Favorite') + ' Post <span class="counter">(' + a.favoritesCount + ')</span></button>';
    return '<button class="btn btn-sm pull-xs-right ' + (on ? 'btn-primary' : 'btn-outline-primary') + '" data-fav="' + a.slug + '"><i class="ion-heart"></i> ' + a.favoritesCount + '</button>';
  }
  function followBtn(name, cls) {
    var u = me(), on = !!(u && u.following.indexOf(name) >= 0);
    return '<button class="btn btn-sm ' + (on ? 'btn-secondary' : 'btn-outline-secondary') + (cls ? ' ' + cls : '') + '" data-follow="' + h(name) + '"><i class="ion-plus-round"></i>&nbsp; ' + (on ? 'Unfollow ' : 'Follow ') + h(name) + '</button>';
  }
  function preview(a) {
    var au = user(a.author);
    return '<div class="article-preview"><div class="article-meta">' +
      '<a href="#/profile/' + h(a.author) + '"><img src="' + h(au.image) + '" alt=""></a>' +
      '<div class="info"><a href="#/profile/' + h(a.author) + '" class="author">' + h(a.author) + '</a><span class="date">' + fmt(a.createdAt) + '</span></div>' +
      favBtn(a) + '</div>' +
      '<a href="#/article/' + a.slug + '" class="preview-link"><h1>' + h(a.title) + '</h1><p>' + h(a.description) + '</p><span>Read more...</span>' +
      '<ul class="tag-list">' + a.tagList.map(function (t) { return '<li class="tag-default tag-pill tag-outline">' + h(t) + '</li>'; }).join('') + '</ul></a></div>';
  }
  function sorted(list) { return list.slice().sort(function (a, b) { return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0; }); }
  function listHtml(list, pg) {
    if (!list.length) return '<div class="article-preview">No articles are here... yet.</div>';
    var pages = Math.ceil(list.length / 10);
    var out = list.slice((pg - 1) * 10, pg * 10).map(preview).join('');
    if (pages > 1) {
      out += '<nav><ul class="pagination">';
      for (var i = 1; i <= pages; i++) out += '<li class="page-item' + (i === pg ? ' active' : '') + '"><a class="page-link" href="" data-page="' + i + '">' + i + '</a></li>';
      out += '</ul></nav>';
    }
    return out;
  }
  var loadTimer = null;
  function loadInto(el, list, pg, after) {
    el.innerHTML = '<div class="article-preview">Loading articles...</div>';
    clearTimeout(loadTimer);
    loadTimer = setTimeout(function () { el.innerHTML = listHtml(list, pg); if (after) after(); }, 250);
  }

  function home() {
    var u = me();
    if (!feed.tab) feed.tab = u ? 'feed' : 'all';
    if (feed.tab === 'feed' && !u) feed.tab = 'all';
    function tab(id, text) { return '<li class="nav-item"><a class="nav-link' + (feed.tab === id ? ' active' : '') + '" href="" data-tab="' + id + '">' + text + '</a></li>'; }
    app.innerHTML = nav() + '<div class="home-page">' +
      (u ? '' : '<div class="banner"><div class="container"><h1 class="logo-font">conduit</h1><p>A place to share your knowledge.</p></div></div>') +
      '<div class="container page"><div class="row"><div class="col-md-9"><div class="feed-toggle"><ul class="nav nav-pills outline-active">' +
      (u ? tab('feed', 'Your Feed') : '') + tab('all', 'Global Feed') +
      (feed.tab === 'tag' ? '<li class="nav-item"><a class="nav-link active" href=""><i class="ion-pound"></i> ' + h(feed.tag) + '</a></li>' : '') +
      '</ul></div><div class="article-list"></div></div>' +
      '<div class="col-md-3"><div class="sidebar"><p>Popular Tags</p><div class="tag-list">' +
      SEED.tags.map(function (t) { return '<a href="" class="tag-pill tag-default" data-tag="' + h(t) + '">' + h(t) + '</a>'; }).join('') +
      '</div></div></div></div></div></div>' + FOOTER;
    var list = db.articles;
    if (feed.tab === 'feed') list = list.filter(function (a) { return u.following.indexOf(a.author) >= 0; });
    if (feed.tab === 'tag') list = list.filter(function (a) { return a.tagList.indexOf(feed.tag) >= 0; });
    var pages = Math.max(1, Math.ceil(list.length / 10));
    if (feed.page > pages) feed.page = 1;
    loadInto(app.querySelector('.article-list'), sorted(list), feed.page, function () {
      rec('state', { name: 'feed', tab: feed.tab, tag: feed.tab === 'tag' ? feed.tag : null, page: feed.page });
    });
  }

  function articleMeta(a) {
    var u = me(), au = user(a.author), own = u && u.username === a.author;
    return '<div class="article-meta"><a href="#/profile/' + h(a.author) + '"><img src="' + h(au.image) + '" alt=""></a>' +
      '<div class="info"><a href="#/profile/' + h(a.author) + '" class="author">' + h(a.author) + '</a><span class="date">' + fmt(a.createdAt) + '</span></div>' +
      (own ? '<span><a class="btn btn-outline-secondary btn-sm" href="#/editor/' + a.slug + '"><i class="ion-edit"></i> Edit Article</a> ' +
        '<button class="btn btn-outline-danger btn-sm" data-delete-article="' + a.slug + '"><i class="ion-trash-a"></i> Delete Article</button></span>'
        : '<span>' + followBtn(a.author) + '&nbsp;&nbsp;' + favBtn(a, true) + '</span>') + '</div>';
  }
  function articlePage(slug) {
    var a = article(slug), u = me();
    if (!a) { app.innerHTML = nav() + '<div class="container page"><p>Article not found.</p></div>' + FOOTER; return; }
    var cs = db.comments[slug] || [];
    app.innerHTML = nav() + '<div class="article-page"><div class="banner"><div class="container"><h1>' + h(a.title) + '</h1>' + articleMeta(a) + '</div></div>' +
      '<div class="container page"><div class="row article-content"><div class="col-md-12"><div>' + md(a.body) + '</div>' +
      '<ul class="tag-list">' + a.tagList.map(function (t) { return '<li class="tag-default tag-pill tag-outline">' + h(t) + '</li>'; }).join('') + '</ul></div></div>' +
      '<hr><div class="article-actions">' + articleMeta(a) + '</div>' +
      '<div class="row"><div class="col-xs-12 col-md-8 offset-md-2">' +
      (u ? '<form class="card comment-form"><div class="card-block"><textarea class="form-control" placeholder="Write a comment..." rows="3" data-field="comment"></textarea></div>' +
        '<div class="card-footer"><img src="' + h(u.image) + '" class="comment-author-img" alt=""><button class="btn btn-sm btn-primary">Post Comment</button></div></form>'
        : '<p><a href="#/login">Sign in</a> or <a href="#/register">sign up</a> to add comments on this article.</p>') +
      cs.map(function (c) {
        var cu = user(c.author);
        return '<div class="card"><div class="card-block"><p class="card-text">' + h(c.body) + '</p></div><div class="card-footer">' +
          '<a href="#/profile/' + h(c.author) + '" class="comment-author"><img src="' + h(cu.image) + '" class="comment-author-img" alt=""></a>&nbsp;' +
          '<a href="#/profile/' + h(c.author) + '" class="comment-author">' + h(c.author) + '</a><span class="date-posted">' + fmt(c.createdAt) + '</span>' +
          (u && u.username === c.author ? '<span class="mod-options"><i class="ion-trash-a" data-del-comment="' + c.id + '"></i></span>' : '') + '</div></div>';
      }).join('') + '</div></div></div></div>' + FOOTER;
    form = { comment: '' };
  }

  function profile(name, favs) {
    var p = user(name), u = me();
    if (!p) { app.innerHTML = nav() + '<div class="container page"><p>Profile not found.</p></div>' + FOOTER; return; }
    app.innerHTML = nav() + '<div class="profile-page"><div class="user-info"><div class="container"><div class="row"><div class="col-xs-12 col-md-10 offset-md-1">' +
      '<img src="' + h(p.image) + '" class="user-img" alt=""><h4>' + h(p.username) + '</h4><p>' + h(p.bio) + '</p>' +
      (u && u.username === p.username ? '<a class="btn btn-sm btn-outline-secondary action-btn" href="#/settings"><i class="ion-gear-a"></i>&nbsp; Edit Profile Settings</a>' : followBtn(p.username, 'action-btn')) +
      '</div></div></div></div><div class="container"><div class="row"><div class="col-xs-12 col-md-10 offset-md-1"><div class="articles-toggle"><ul class="nav nav-pills outline-active">' +
      '<li class="nav-item"><a class="nav-link' + (favs ? '' : ' active') + '" href="#/profile/' + h(p.username) + '">My Articles</a></li>' +
      '<li class="nav-item"><a class="nav-link' + (favs ? ' active' : '') + '" href="#/profile/' + h(p.username) + '/favorites">Favorited Articles</a></li>' +
      '</ul></div><div class="article-list"></div></div></div></div></div>' + FOOTER;
    var list = db.articles.filter(function (a) { return favs ? a.favoritedBy.indexOf(p.username) >= 0 : a.author === p.username; });
    loadInto(app.querySelector('.article-list'), sorted(list), 1);
  }

  function errs() { return '<ul class="error-messages">' + errors.map(function (e) { return '<li>' + h(e) + '</li>'; }).join('') + '</ul>'; }
  function auth(register) {
    form = { username: '', email: '', password: '' };
    app.innerHTML = nav() + '<div class="auth-page"><div class="container page"><div class="row"><div class="col-md-6 offset-md-3 col-xs-12">' +
      '<h1 class="text-xs-center">' + (register ? 'Sign up' : 'Sign in') + '</h1>' +
      '<p class="text-xs-center">' + (register ? '<a href="#/login">Have an account?</a>' : '<a href="#/register">Need an account?</a>') + '</p>' + errs() +
      '<form class="auth-form">' +
      (register ? '<fieldset class="form-group"><input class="form-control form-control-lg" type="text" placeholder="Username" data-field="username"></fieldset>' : '') +
      '<fieldset class="form-group"><input class="form-control form-control-lg" type="email" placeholder="Email" data-field="email"></fieldset>' +
      '<fieldset class="form-group"><input class="form-control form-control-lg" type="password" placeholder="Password" data-field="password"></fieldset>' +
      '<button class="btn btn-lg btn-primary pull-xs-right" type="submit">' + (register ? 'Sign up' : 'Sign in') + '</button></form></div></div></div></div>' + FOOTER;
    errors = [];
  }
  function settings() {
    var u = me();
    if (!u) { location.hash = '#/login'; return; }
    form = { image: u.image.indexOf('data:') === 0 ? '' : u.image, username: u.username, bio: u.bio, email: u.email, password: '' };
    app.innerHTML = nav() + '<div class="settings-page"><div class="container page"><div class="row"><div class="col-md-6 offset-md-3 col-xs-12">' +
      '<h1 class="text-xs-center">Your Settings</h1>' + errs() + '<form class="settings-form"><fieldset>' +
      '<fieldset class="form-group"><input class="form-control" type="text" placeholder="URL of profile picture" data-field="image" value="' + h(form.image) + '"></fieldset>' +
      '<fieldset class="form-group"><input class="form-control form-control-lg" type="text" placeholder="Your Name" data-field="username" value="' + h(form.username) + '"></fieldset>' +
      '<fieldset class="form-group"><textarea class="form-control form-control-lg" rows="8" placeholder="Short bio about you" data-field="bio">' + h(form.bio) + '</textarea></fieldset>' +
      '<fieldset class="form-group"><input class="form-control form-control-lg" type="text" placeholder="Email" data-field="email" value="' + h(form.email) + '"></fieldset>' +
      '<fieldset class="form-group"><input class="form-control form-control-lg" type="password" placeholder="New Password" data-field="password"></fieldset>' +
      '<button class="btn btn-lg btn-primary pull-xs-right" type="submit">Update Settings</button></fieldset></form>' +
      '<hr><button class="btn btn-outline-danger" data-logout="1">Or click here to logout.</button></div></div></div></div>' + FOOTER;
    errors = [];
  }
  function editor(slug) {
    var u = me();
    if (!u) { location.hash = '#/login'; return; }
    var a = slug ? article(slug) : null;
    form = { title: a ? a.title : '', description: a ? a.description : '', body: a ? a.body : '', tag: '', slug: a ? a.slug : '' };
    editorTags = a ? a.tagList.slice() : [];
    app.innerHTML = nav() + '<div class="editor-page"><div class="container page"><div class="row"><div class="col-md-10 offset-md-1 col-xs-12">' + errs() +
      '<form class="editor-form"><fieldset>' +
      '<fieldset class="form-group"><input type="text" class="form-control form-control-lg" placeholder="Article Title" data-field="title" value="' + h(form.title) + '"></fieldset>' +
      '<fieldset class="form-group"><input type="text" class="form-control" placeholder="What\'s this article about?" data-field="description" value="' + h(form.description) + '"></fieldset>' +
      '<fieldset class="form-group"><textarea class="form-control" rows="8" placeholder="Write your article (in markdown)" data-field="body">' + h(form.body) + '</textarea></fieldset>' +
      '<fieldset class="form-group"><input type="text" class="form-control" placeholder="Enter tags" data-field="tag"><div class="tag-list editor-tags"></div></fieldset>' +
      '<button class="btn btn-lg pull-xs-right btn-primary" type="button" data-publish="1">Publish Article</button></fieldset></form></div></div></div></div>' + FOOTER;
    drawTags();
    errors = [];
  }
  function drawTags() {
    var el = app.querySelector('.editor-tags');
    if (el) el.innerHTML = editorTags.map(function (t, i) { return '<span class="tag-default tag-pill"><i class="ion-close-round" data-untag="' + i + '"></i> ' + h(t) + '</span>'; }).join('');
  }
  function slugify(t) {
    var s = t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article', base = s, n = 2;
    while (article(s)) s = base + '-' + n++;
    return s;
  }

  function route() {
    var r = location.hash.replace(/^#/, '') || '/', m;
    window.scrollTo(0, 0);
    if (r === '/' || r === '') home();
    else if (r === '/login') auth(false);
    else if (r === '/register') auth(true);
    else if (r === '/settings') settings();
    else if (r === '/editor') editor(null);
    else if ((m = /^\/editor\/(.+)$/.exec(r))) editor(decodeURIComponent(m[1]));
    else if ((m = /^\/article\/(.+)$/.exec(r))) articlePage(decodeURIComponent(m[1]));
    else if ((m = /^\/profile\/([^/]+)\/favorites$/.exec(r))) profile(decodeURIComponent(m[1]), true);
    else if ((m = /^\/profile\/([^/]+)$/.exec(r))) profile(decodeURIComponent(m[1]), false);
    else home();
    rec('state', { name: 'view', route: r });
  }

  app.addEventListener('input', function (e) {
    var f = e.target.getAttribute('data-field');
    if (f) form[f] = e.target.value;
  });
  app.addEventListener('keydown', function (e) {
    if (e.target.getAttribute('data-field') === 'tag' && (e.key === 'Enter' || e.keyCode === 13)) {
      e.preventDefault();
      var t = (form.tag || '').trim();
      if (t && editorTags.indexOf(t) < 0) editorTags.push(t);
      form.tag = ''; e.target.value = ''; drawTags();
    }
  });
  function needAuth() { if (!me()) { location.hash = '#/login'; return true; } return false; }
  app.addEventListener('click', function (e) {
    var el = e.target.closest('[data-tab],[data-tag],[data-page],[data-fav],[data-follow],[data-del-comment],[data-delete-article],[data-logout],[data-publish],[data-untag]');
    if (!el) return;
    var u = me();
    if (el.hasAttribute('data-tab')) { e.preventDefault(); feed.tab = el.getAttribute('data-tab'); feed.page = 1; home(); }
    else if (el.hasAttribute('data-tag')) { e.preventDefault(); feed.tab = 'tag'; feed.tag = el.getAttribute('data-tag'); feed.page = 1; home(); }
    else if (el.hasAttribute('data-page')) {
      e.preventDefault(); feed.page = +el.getAttribute('data-page');
      if ((location.hash.replace(/^#/, '') || '/') === '/') home();
      else { var list = app.querySelector('.article-list'); if (list) { var r = location.hash; route(); } }
    }
    else if (el.hasAttribute('data-fav')) {
      e.preventDefault(); if (needAuth()) return;
      var a = article(el.getAttribute('data-fav')), i = a.favoritedBy.indexOf(u.username);
      if (i >= 0) { a.favoritedBy.splice(i, 1); a.favoritesCount--; } else { a.favoritedBy.push(u.username); a.favoritesCount++; }
      save(); rec('favorite', { slug: a.slug, title: a.title, favorited: i < 0 });
      if (/^#\/article\//.test(location.hash)) app.querySelectorAll('.article-meta').forEach(function (m) { var b = m.querySelector('[data-fav]'); if (b) b.outerHTML = favBtn(a, true); });
      else el.outerHTML = favBtn(a);
    }
    else if (el.hasAttribute('data-follow')) {
      e.preventDefault(); if (needAuth()) return;
      var name = el.getAttribute('data-follow'), j = u.following.indexOf(name);
      if (j >= 0) u.following.splice(j, 1); else u.following.push(name);
      save(); rec('follow', { username: name, following: j < 0 });
      app.querySelectorAll('[data-follow]').forEach(function (b) { if (b.getAttribute('data-follow') === name) b.outerHTML = followBtn(name, b.classList.contains('action-btn') ? 'action-btn' : ''); });
    }
    else if (el.hasAttribute('data-del-comment')) {
      var slug = location.hash.replace(/^#\/article\//, ''), id = +el.getAttribute('data-del-comment');
      var c = (db.comments[slug] || []).filter(function (x) { return x.id === id; })[0];
      db.comments[slug] = (db.comments[slug] || []).filter(function (x) { return x.id !== id; });
      save(); rec('comment-delete', { slug: slug, title: article(slug).title, body: c ? c.body : '' }); articlePage(slug);
    }
    else if (el.hasAttribute('data-delete-article')) {
      var s = el.getAttribute('data-delete-article');
      db.articles = db.articles.filter(function (x) { return x.slug !== s; }); save(); rec('article-delete', { slug: s }); location.hash = '#/';
    }
    else if (el.hasAttribute('data-logout')) { sessionStorage.removeItem('jwtToken'); feed.tab = null; rec('logout', {}); location.hash = '#/'; }
    else if (el.hasAttribute('data-untag')) { editorTags.splice(+el.getAttribute('data-untag'), 1); drawTags(); }
    else if (el.hasAttribute('data-publish')) {
      var pending = (form.tag || '').trim();
      if (pending && editorTags.indexOf(pending) < 0) editorTags.push(pending);
      var t = (form.title || '').trim(), d = (form.description || '').trim(), b = form.body || '';
      var bad = [];
      if (!t) bad.push("title can't be blank");
      if (!d) bad.push("description can't be blank");
      if (!b.trim()) bad.push("body can't be blank");
      if (bad.length) { errors = bad; var keep = { f: form, t: editorTags }; app.querySelector('.error-messages').outerHTML = errs(); errors = []; return; }
      var art;
      if (form.slug) {
        art = article(form.slug); art.title = t; art.description = d; art.body = b; art.tagList = editorTags.slice();
        rec('update', { slug: art.slug, title: t, description: d, body: b, tags: art.tagList });
      } else {
        art = { slug: slugify(t), title: t, description: d, body: b, tagList: editorTags.slice(), createdAt: today(), author: u.username, favoritesCount: 0, favoritedBy: [] };
        db.articles.push(art);
        rec('publish', { title: t, description: d, body: b, tags: art.tagList });
      }
      save(); location.hash = '#/article/' + art.slug;
    }
  });
  app.addEventListener('submit', function (e) {
    e.preventDefault();
    var f = e.target, u = me();
    if (f.classList.contains('auth-form')) {
      if (f.querySelector('[data-field=username]')) {
        var name = (form.username || '').trim(), em = (form.email || '').trim();
        var bad = [];
        if (!name) bad.push("username can't be blank");
        if (!em) bad.push("email can't be blank");
        if (!form.password) bad.push("password can't be blank");
        if (db.users.some(function (x) { return x.username === name; })) bad.push('username has already been taken');
        if (db.users.some(function (x) { return x.email === em; })) bad.push('email has already been taken');
        if (bad.length) { errors = bad; f.parentNode.querySelector('.error-messages').outerHTML = errs(); errors = []; return; }
        db.users.push({ username: name, email: em, password: form.password, bio: '', image: SEED.defaultImage, following: [] });
        save(); rec('signup', { username: name, email: em });
        sessionStorage.setItem('jwtToken', name); feed.tab = null; location.hash = '#/';
      } else {
        var em2 = (form.email || '').trim();
        var who = db.users.filter(function (x) { return x.email === em2 && x.password === form.password; })[0];
        rec('signin', { email: em2, ok: !!who });
        if (!who) { errors = ['email or password is invalid']; f.parentNode.querySelector('.error-messages').outerHTML = errs(); errors = []; return; }
        sessionStorage.setItem('jwtToken', who.username); feed.tab = null; location.hash = '#/';
      }
    } else if (f.classList.contains('settings-form')) {
      var old = u.username, nu = (form.username || '').trim() || old;
      rec('settings', { image: form.image, username: nu, bio: form.bio, email: form.email, password: form.password });
      if (form.image) u.image = form.image;
      u.bio = form.bio; u.email = (form.email || '').trim() || u.email;
      if (form.password) u.password = form.password;
      if (nu !== old) {
        u.username = nu;
        db.articles.forEach(function (a) { if (a.author === old) a.author = nu; a.favoritedBy = a.favoritedBy.map(function (x) { return x === old ? nu : x; }); });
        Object.keys(db.comments).forEach(function (k) { db.comments[k].forEach(function (c) { if (c.author === old) c.author = nu; }); });
        sessionStorage.setItem('jwtToken', nu);
      }
      save(); location.hash = '#/profile/' + encodeURIComponent(nu);
    } else if (f.classList.contains('comment-form')) {
      var body = (form.comment || '').trim();
      if (!body || !u) return;
      var slug = location.hash.replace(/^#\/article\//, '');
      (db.comments[slug] = db.comments[slug] || []).unshift({ id: db.nextComment++, body: body, author: u.username, createdAt: today() });
      save(); rec('comment', { slug: slug, title: article(slug).title, body: body }); articlePage(slug);
    }
  });
  window.addEventListener('hashchange', route);
  route();
}

const SEED = {
  users: USERS, articles: ARTICLES, comments: COMMENTS, tags: TAGS, defaultImage: av(60, '?'),
};

const APP = page({
  title: 'Conduit',
  head: `<style>${CSS}</style>`,
  body: `<div id="app"></div>
<script>(${conduit.toString()})(${JSON.stringify(SEED).replace(/</g, '\\u003c')});</script>`,
});

export default {
  name: 'demo',
  title: 'Conduit',
  pages: { '/': APP, '/index.html': APP },
};

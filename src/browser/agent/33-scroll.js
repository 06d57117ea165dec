  /* ------------------------------------------------------------------ */
  /* scrolling, text, quiet                                              */

  function pageScrolls() {
    const se = document.scrollingElement || document.documentElement;
    if (se.scrollHeight <= window.innerHeight + 2) return false;
    const hs = getComputedStyle(document.documentElement).overflowY, bs = document.body ? getComputedStyle(document.body).overflowY : '';
    return !(hs === 'hidden' || hs === 'clip' || (bs === 'hidden' && hs !== 'auto' && hs !== 'scroll'));
  }

  function mainScroller(c) {
    let best = null, ba = 0;
    for (const el of c.all()) {
      if (el.ownerDocument !== document) continue;
      if (el.scrollHeight <= el.clientHeight + 10 || el.clientHeight < 50) continue;
      const s = styleOf(el, c);
      if (!/(auto|scroll|overlay)/.test(s.overflowY)) continue;
      if (!isVisible(el, c)) continue;
      const r = el.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, window.innerWidth) - Math.max(r.left, 0));
      const h = Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
      if (w * h > ba) { ba = w * h; best = el; }
    }
    return best;
  }

  function scroll(q) {
    q = q && typeof q === 'object' ? q : { kind: String(q || 'down') };
    const kind = q.kind || 'down';
    const c = newCtx();
    let useWin = pageScrolls();
    let el = useWin ? null : mainScroller(c);
    if (useWin) {
      /* a page that scrolls a little around a big scrolling pane */
      const se0 = document.scrollingElement || document.documentElement;
      const range = se0.scrollHeight - window.innerHeight;
      if (range < window.innerHeight * 0.5) {
        const pane = mainScroller(c);
        if (pane && pane.scrollHeight - pane.clientHeight > range) { el = pane; useWin = false; }
      }
    }
    const se = document.scrollingElement || document.documentElement;
    const view = el ? el.clientHeight : window.innerHeight;
    const amount = q.amount > 0 ? Number(q.amount) : Math.round(view * 0.85);
    const getY = () => (el ? el.scrollTop : window.scrollY);
    const maxY = () => (el ? el.scrollHeight - el.clientHeight : se.scrollHeight - window.innerHeight);
    const y0 = getY();
    let target;
    switch (kind) {
      case 'up': target = y0 - amount; break;
      case 'top': target = 0; break;
      case 'bottom': target = maxY(); break;
      default: target = y0 + amount; break;
    }
    if (el) el.scrollTo({ top: target, behavior: 'instant' });
    else window.scrollTo({ top: target, left: window.scrollX, behavior: 'instant' });
    const y = getY();
    const down = kind === 'down' || kind === 'bottom';
    const atEnd = down ? y >= maxY() - 2 : y <= 1;
    return { ok: true, y: Math.round(y), atEnd, moved: Math.abs(y - y0) >= 1, container: el ? selectorOf(el) : null };
  }

  function hiddenText(c) {
    const parts = [];
    const roots = [];
    for (const el of c.all()) {
      if (el.localName === 'body') roots.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    for (const r of roots) {
      const tw = (r.ownerDocument || r).createTreeWalker(r, 4);
      let n;
      while ((n = tw.nextNode())) {
        const p = n.parentElement;
        if (p && !SKIP_TAGS.has(p.localName)) parts.push(n.data);
      }
    }
    return parts.join(' ');
  }

  function fuzzyContains(hay, q, exact) {
    const nh = norm(hay), nq = norm(q);
    if (!nq) {
      const rq = collapse(q).toLowerCase();
      return !!rq && collapse(hay).toLowerCase().includes(rq);
    }
    if (exact) {
      return (' ' + nh + ' ').includes(' ' + nq + ' ') || collapse(hay).toLowerCase().includes(collapse(q).toLowerCase());
    }
    if (nh.includes(nq)) return true;
    const ht = nh.split(' ').map(stem), qt = nq.split(' ').map(stem);
    const n = qt.length;
    outer: for (let i = 0; i + n <= ht.length; i++) {
      for (let j = 0; j < n; j++) if (!tokenEq(qt[j], ht[i + j])) continue outer;
      return true;
    }
    /* "log in" vs "login": compare without spaces */
    if (n > 1 && nh.replace(/ /g, '').includes(nq.replace(/ /g, ''))) return true;
    return false;
  }

  function findText(text, exact) {
    const c = newCtx();
    const q = String(text == null ? '' : text);
    if (!q.trim()) return { ok: false, error: 'no text to find' };
    const vis = pageText(c) + '\n' + document.title;
    if (fuzzyContains(vis, q, !!exact)) return { ok: true, found: true, visible: true };
    const hid = hiddenText(c);
    const found = fuzzyContains(hid, q, !!exact);
    return { ok: true, found, visible: false };
  }

  function quiet(quietMs, maxMs) {
    quietMs = quietMs > 0 ? Number(quietMs) : 500;
    maxMs = maxMs > 0 ? Number(maxMs) : 5000;
    return new Promise((resolve) => {
      const t0 = Date.now();
      let last = t0, done = false, mo = null, timer = null;
      const finish = (isQuiet) => {
        if (done) return;
        done = true;
        if (mo) mo.disconnect();
        if (timer) clearTimeout(timer);
        resolve({ ok: true, waited: Date.now() - t0, quiet: isQuiet });
      };
      try {
        mo = new MutationObserver(() => { last = Date.now(); });
        mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      } catch (e) {
        finish(true);
        return;
      }
      const tick = () => {
        const now = Date.now();
        if (now - last >= quietMs) return finish(true);
        if (now - t0 >= maxMs) return finish(false);
        timer = setTimeout(tick, Math.max(10, Math.min(quietMs - (now - last), maxMs - (now - t0), 100)));
      };
      timer = setTimeout(tick, Math.min(quietMs, maxMs));
    });
  }


  /* ------------------------------------------------------------------ */
  /* loading more: the control a list offers for its next part, how long */
  /* the list is, and what a clause asks to load                          */

  /* "Load more", "Show more →", "↑ Load earlier messages", "See all",
   * "Older posts": a list's own control for more of it (a pager's "Next
   * page" leaves the page, and is no such control). */
  const MORE_NAME = /^(?:(?:load|show|see|view|get|fetch|display|read)(?: \w+)? (?:more|older|earlier|previous|all|the rest)\b|more\b|(?:older|earlier|previous) (?:posts|messages|items|entries|stories|transactions|results|comments|activity)\b)/;

  function moreControl(q) {
    const c = newCtx();
    let best = null, counters = null;
    for (const el of c.all()) {
      if (!isClickable(el, c) || isDisabled(el) || !isVisible(el, c)) continue;
      const nm = norm(accName(el, c));
      if (!nm || nm.length > 48 || !MORE_NAME.test(nm)) continue;
      /* a counter's + ("More nights" beside "Fewer nights") changes a
       * value; it loads nothing (34-ranges.js) */
      if ((counters || (counters = rgCounters(c))).some((s) => composedContains(s.plus, el) || composedContains(el, s.plus))) continue;
      /* a control inside another that matched (a span in the button) */
      if (best && composedContains(best, el)) continue;
      best = el;
      break;
    }
    const size = listSize(c);
    return best ? describe(best, c, { found: true, size }, !!(q && q.probe)) : { ok: true, found: false, size };
  }

  /* The longest run of like siblings (same tag and class) on the page:
   * the items of the list that loads. */
  function longestList(c) {
    let most = 0;
    for (const p of c.all()) {
      if (!kidsOf(p) || kidsOf(p).length < 2) continue;
      const by = new Map();
      for (const k of kidsOf(p)) {
        if (SKIP_TAGS.has(k.localName)) continue;
        const key = k.localName + '.' + (typeof k.className === 'string' ? k.className : '');
        const n = (by.get(key) || 0) + 1;
        by.set(key, n);
        if (n > most) most = n;
      }
    }
    return most;
  }

  /* What grows as a list loads: its items, and the page's elements. */
  function listSize(c) {
    c = c || newCtx();
    /* below: the page goes on past the window (a scroll may load more) */
    const se = document.scrollingElement || document.documentElement;
    const below = se ? se.scrollHeight - (se.scrollTop + window.innerHeight) > 40 : false;
    return { items: longestList(c), all: c.all().length, below };
  }

  /* Nouns of the things lists hold: "load more stories" names no one thing. */
  const LOAD_NOUNS = new Set(['item', 'story', 'post', 'message', 'transaction', 'result', 'entry', 'comment',
    'row', 'record', 'product', 'article', 'email', 'mail', 'review', 'notification', 'photo', 'image', 'video',
    'event', 'order', 'payment', 'note', 'news', 'thread', 'reply', 'update', 'activity', 'page', 'one', 'content',
    'listing', 'card', 'tweet', 'chat', 'headline', 'feed', 'list', 'data', 'everything', 'thing', 'stuff']);
  const LOAD_FILLER = new Set(['load', 'loading', 'loaded', 'keep', 'continue', 'show', 'see', 'view', 'fetch', 'get',
    'scroll', 'scrolling', 'more', 'all', 'every', 'each', 'the', 'a', 'an', 'of', 'older', 'earlier', 'previous',
    'rest', 'remaining', 'whole', 'entire', 'until', 'till', 'there', 'are', 'is', 'at', 'least', 'shown', 'showing',
    'visible', 'displayed', 'on', 'screen', 'down', 'to', 'bottom', 'end', 'it', 'stops', 'nothing', 'in', 'have',
    'has', 'been', 'them', 'you', 'can', 'possible', 'available', 'any', 'left', 'so', 'that', 'please', 'just',
    'now', 'by', 'clicking', 'button', 'link', 'again', 'and', 'then', 'loads', 'some', 'additional', 'extra']);

  /* Whether a clause only asks to load ("load every transaction", "load
   * more stories", "keep scrolling until at least 30 stories are loaded"):
   * {load, all, count}; a clause that names a thing to find is not. */
  function loadAsk(q) {
    /* "On <url>, load ...", "<url> — load ...": the page is opened already */
    const clause = collapse(String((q && q.clause) || '')).toLowerCase()
      .replace(/^(?:(?:on|at|in|using|use|open|visit|go to)\s+)?(?:the page\s+)?[a-z][\w+.-]*:\/\/\S+\s*(?:[,:;\u2014\u2013-]+\s*|and\s+|then\s+)*/, '');
    if (!/^(?:please )?(?:keep |continue )?(?:load|loading|show|see|view|fetch|get|scroll|scrolling)\b/.test(clause)) return { ok: true, load: false };
    const count = /\b(?:at least|first|the first)?\s*(\d{1,4})\s+(?:\w+\s+){0,2}?(?:\w+)\s*(?:are|have been|is|get)?\s*(?:loaded|shown|showing|visible|displayed|on (?:the )?(?:page|screen))\b/.exec(clause) ||
      /\buntil (?:there are |you see |it shows |it says )?(?:at least |all (?:the )?)?(\d{1,4})\b/.exec(clause);
    /* "scroll the feed until 'Robot lawnmowers' shows up": loaded until
     * that text shows (asked for with q.until) */
    const um = q && q.until ? /\buntil (?:you (?:see|find|reach|get to) |i (?:see|find) |it (?:shows|says) |there is |)(?:(?:the|a) (?:story|post|message|item|entry|transaction|article|one|comment) )?(?:about |called |named |titled )?(.+?)(?: (?:shows(?: up)?|appears|is (?:visible|shown|loaded|there|listed)|comes up|loads|pops up))?$/.exec(clause) : null;
    if (um && !count) {
      const raw = collapse(String(q.clause)).slice(-um[0].length + um[0].indexOf(um[1])).slice(0, um[1].length);
      const text = raw.replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '').trim();
      if (text && !/^(?:the )?(?:end|bottom|nothing|no more|there are no more|it stops)\b/i.test(text)) return { ok: true, load: true, all: true, count: 0, text };
    }
    /* "scroll through the member reviews": the whole list, whatever it is called */
    if (/^(?:please )?(?:keep |continue )?scroll(?:ing)? (?:all the way )?through\b/.test(clause) && !/\buntil\b/.test(clause)) return { ok: true, load: true, all: true, count: 0 };
    const words = norm(clause).split(' ').filter(Boolean);
    const rest = words.filter((w) => !LOAD_FILLER.has(w) && !LOAD_NOUNS.has(stem(w)) && !LOAD_NOUNS.has(w) && !/^\d+$/.test(w));
    if (rest.length) return { ok: true, load: false, rest: rest.join(' ') };
    const all = !!count || !/\bmore\b/.test(clause) || /\b(all|every|each|rest|remaining|whole|entire|until|till|keep|continue)\b/.test(clause);
    return { ok: true, load: true, all, count: count ? Number(count[1]) : 0 };
  }

  /* The words of a question that name its subject and that the page does
   * not hold yet (not even hidden): names ("Shell"), numbers and dates
   * ("8 March"), quoted text, what it is "about". A list that loads more
   * may hold them further down. */
  function missingSubject(q) {
    const question = String((q && q.question) || '');
    /* "what's the very last post in the feed?": its end is not shown
     * while the list offers more */
    const la = listAsk(question);
    if (la && la.pos === 'last') return { ok: true, missing: ['the end of the list'] };
    const want = [];
    for (const m of question.matchAll(/["\u201c]([^"\u201d]{2,60})["\u201d]/g)) want.push(m[1]);
    const ab = /\babout ((?:[\w'-]+ ?){1,4})/i.exec(question);
    if (ab) for (const w of ab[1].split(' ')) if (w.length >= 4) want.push(w);
    question.replace(/["\u201c][^"\u201d]*["\u201d]/g, ' ').split(/\s+/).forEach((w, i) => {
      w = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['\u2019]s$/, '');
      if (!w || /^(I|I'm|OK|On|In|At|The|And|Then|What|Who|Which|When|Where|How|Why|Tell|Is|Are|Was|Did|Does|Do|Please)$/.test(w)) return;
      if ((i > 0 && /^\p{Lu}/u.test(w)) || /\d/.test(w)) want.push(w);
    });
    if (!want.length) return { ok: true, missing: [] };
    const c = newCtx();
    const hay = ' ' + norm(pageText(c) + ' ' + hiddenText(c) + ' ' + document.title) + ' ';
    const missing = want.filter((w) => { const n = norm(w); return n && !hay.includes(' ' + n + ' '); });
    return { ok: true, missing };
  }

  /* One of a row of short like siblings of which another is marked the
   * current one (class active / current / selected, aria-current): tabs
   * built without their role ("<ul class=stages><li class=current>"). */
  function segmentLike(el, c) {
    const p = el.parentElement;
    if (!p || kidsOf(p).length < 2 || kidsOf(p).length > 12) return false;
    const sib = Array.from(kidsOf(p));
    if (!sib.every((k) => k.localName === el.localName && textOf(k, c).length <= 40)) return false;
    return sib.some((k) => k !== el && stateOf(k, 'active') === true);
  }

  /* A tab the question names that is not the one shown ("who plays on the
   * Forest stage on Saturday?": the Saturday tab, then Forest stage): the
   * first in page order, so an outer tab opens before the tabs it holds. */
  function tabNamed(q) {
    const said = String((q && q.question) || '');
    const hay = ' ' + norm(said) + ' ';
    const c = newCtx();
    const days = [];
    for (const el of c.all()) {
      if (!(isTabLike(el, c) || segmentLike(el, c)) || !isVisible(el, c)) continue;
      const on = stateOf(el, 'selected') === true || stateOf(el, 'active') === true;
      const nm = norm(accName(el, c));
      if (dayMeant(accName(el, c), said)) days.push({ el, on });
      if (on || nm.length < 3 || nm.split(' ').length > 4 || !hay.includes(' ' + nm + ' ')) continue;
      return describe(el, c, { found: true });
    }
    /* "the Sunday session" of tabs "Thu 6 Mar", "Sun 9 Mar": the one tab
     * of the day said, when it is not the one shown */
    if (days.length === 1 && !days[0].on) return describe(days[0].el, c, { found: true });
    /* "I'm a student" of tabs Standard | Concessions: the one tab whose
     * hidden panel says a word the words say and the shown page does not
     * ("For students and the over-65s") */
    const p = q && q.panels ? panelSaying(said, c) : null;
    if (p) return describe(p, c, { found: true, panel: true });
    return { ok: true, found: false };
  }

  function panelSaying(said, c) {
    const vis = Array.from(new Set(tokens(pageText(c))));
    const words = tokens(said).filter((w) => w.length >= 4 && !Q_STOP.has(w) && !vis.some((v) => wordsMeet(w, v)));
    if (!words.length) return null;
    const hits = [];
    for (const el of c.all()) {
      if (!isTabLike(el, c) || !isVisible(el, c) || tabShown(el)) continue;
      const pid = (el.getAttribute('aria-controls') || '').split(/\s+/)[0];
      const panel = pid ? byIdIn(el, pid) : el.id ? document.querySelector('[role=tabpanel][aria-labelledby~="' + CSS.escape(el.id) + '"]') : null;
      if (!panel || isVisible(panel, c)) continue;
      const pt = tokens(panel.textContent || '');
      if (words.some((w) => pt.some((t) => wordsMeet(w, t)))) hits.push(el);
    }
    return hits.length === 1 ? hits[0] : null;
  }

  const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  /* Whether a tab's label of a day ("Sun 9 Mar", "Saturday", "9 March")
   * is the day the words say ("on Sunday", "Saturday's", "the 9 March
   * one"): its weekday written whole, or its date. */
  function dayMeant(label, words) {
    const l = collapse(label).toLowerCase();
    if (l.length > 30) return false;
    const w = String(words).toLowerCase();
    const wd = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|s|urday|sday|nesday|rsday|r|rs|urs|tues|t)?\.?(?=\s|,|$)/.exec(l);
    if (wd) {
      const k = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(wd[1]);
      if (new RegExp('\\b' + WEEKDAY_NAMES[k] + "(?:s|'s|\u2019s)?\\b").test(w)) return true;
    }
    const d = ipButtonDay(l);
    if (!d) return false;
    const m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\b|\b([a-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;
    let x;
    while ((x = m.exec(w))) {
      const mo = monthOf(x[2] || x[3]), dd = +(x[1] || x[4]);
      if (mo && mo === d.m && dd === d.d) return true;
    }
    return false;
  }

  /* Whether what "wait until X is gone" names still shows: a spinner,
   * loader or progress bar when the words name one (by role, aria-busy or
   * class words), else the words as visible text or as the class words of
   * a visible element. */
  const SPIN_WORDS = /\b(spinner|spinners|loader|loading|progress|busy|skeleton|throbber|overlay)\b/;
  function stillShown(q) {
    const text = String((q && q.text) || '');
    const words = norm(text);
    if (!words) return { ok: false, error: 'nothing named to wait for' };
    const c = newCtx();
    const spin = SPIN_WORDS.test(words);
    for (const el of c.all()) {
      if (!isVisible(el, c)) continue;
      const aw = ' ' + norm(attrWords(el)) + ' ';
      const busy = attrRole(el) === 'progressbar' || el.getAttribute('aria-busy') === 'true' || SPIN_WORDS.test(aw);
      if ((spin && busy) || aw.includes(' ' + words + ' ')) return { ok: true, shown: true, what: shortDesc(el) };
    }
    if (fuzzyContains(pageText(c), text, !!(q && q.exact))) return { ok: true, shown: true, what: '"' + clip(text, 60) + '"' };
    return { ok: true, shown: false };
  }

  /* What a tab shows: its panel (aria-controls, href="#id", else the
   * visible tabpanel or the first visible block after its tab list),
   * read as text. "read what the Notifications tab shows" wants that, not
   * the tab's own label. */
  function tabPanel(ref) {
    const el = deref(ref);
    if (!el) return GONE;
    const c = newCtx();
    const ids = [el.getAttribute('aria-controls'), (el.getAttribute('href') || '').replace(/^#/, '')];
    for (const id of ids) {
      if (!id || /[\/?:]/.test(id)) continue;
      const p = byIdIn(el, id.split(/\s+/)[0]);
      if (p && isVisible(p, c) && textOf(p, c)) return { ok: true, text: clip(textOf(p, c), 4000), ref: refOf(p) };
    }
    const list = closestComposed(el, '[role=tablist]', 4) || el.parentElement;
    for (let box = list, up = 0; box && up < 3; box = box.parentElement, up++) {
      for (let s = box.nextElementSibling; s; s = s.nextElementSibling) {
        if (SKIP_TAGS.has(s.localName) || !isVisible(s, c) || !textOf(s, c)) continue;
        return { ok: true, text: clip(textOf(s, c), 4000), ref: refOf(s) };
      }
    }
    return { ok: false, error: 'no panel shows for the tab' };
  }

/* agent.js -- the in-page agent of browserai.
 *
 * Installed into a page's top document when the C executor first needs it
 * there (page_agent_eval in page.c; same-origin frames are reached from the
 * top), and called by the C executor through Runtime.evaluate (returnByValue,
 * awaitPromise) as window.__bai.<fn>(...). It finds elements the way a person
 * names them ("the second Add to cart button", "the username field"), measures
 * them for real mouse and keyboard input, and reads data out of pages.
 *
 * Rules: plain ES2020 (plus WeakRef when present), no dependencies; installs
 * once per window (evaluating it again is a no-op); every API function returns
 * plain JSON-serializable data and never throws: failures are
 * {ok:false, error:"..."}. Elements are handed out as integer refs
 * (window.__bai._refs: ref -> WeakRef(element)); locate, interactive and the
 * other finders share one ref table.
 *
 * Coordinates (box, center) are CSS pixels of the top-level viewport, with
 * same-origin iframe offsets added. Same-origin iframes and open shadow roots
 * are searched; cross-origin iframes and closed shadow roots are not. */
(function () {
  'use strict';
  if (typeof window === 'undefined' || window.__bai) return;

  const VERSION = 1;
  const MAX_WALK = 40000;     /* elements visited per call, at most */
  const THRESHOLD = 0.55;     /* least score locate accepts */
  const TIE = 0.03;           /* scores this close count as "equally good" */

  /* ------------------------------------------------------------------ */
  /* text: normalization and fuzzy matching                               */

  function norm(s) {
    return String(s == null ? '' : s)
      .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2019`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }

  /* plural -> singular, crude but symmetric (applied to both sides) */
  function stem(w) {
    if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (w.length > 4 && /(?:sses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
    if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  function tokens(s) {
    const n = norm(s);
    return n ? n.split(' ').map(stem) : [];
  }

  /* "userName", "user_name", "user-name" -> "user name" */
  function humanize(s) {
    return String(s || '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.:[\]]+/g, ' ');
  }

  function collapse(s) {
    return String(s == null ? '' : s).replace(/[\s\u00a0]+/g, ' ').trim();
  }

  function clip(s, n) {
    s = collapse(s);
    return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
  }

  /* Damerau-Levenshtein (optimal string alignment) distance, or max+1 when
   * it exceeds max. */
  function dl(a, b, max) {
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > max) return max + 1;
    if (a === b) return 0;
    let p2 = null, p1 = new Array(lb + 1), cur;
    for (let j = 0; j <= lb; j++) p1[j] = j;
    for (let i = 1; i <= la; i++) {
      cur = new Array(lb + 1);
      cur[0] = i;
      let rowMin = i;
      for (let j = 1; j <= lb; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
        if (p2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      p2 = p1;
      p1 = cur;
    }
    return p1[lb];
  }

  /* The typo distance between a and b when it is small enough to forgive,
   * else -1: two from 8 letters, one from 5; in 4-letter words only a
   * missing, extra or swapped letter ("oder", "Nxet"), not a different one
   * ("Text" is not "Next"); none in shorter ones. */
  function typoDist(a, b) {
    const mn = Math.min(a.length, b.length);
    const allow = mn >= 8 ? 2 : mn >= 4 ? 1 : 0;
    if (!allow) return -1;
    const d = dl(a, b, allow);
    if (d > allow) return -1;
    if (mn === 4 && a.length === b.length && a.split('').sort().join('') !== b.split('').sort().join('')) return -1;
    return d;
  }

  /* 1 = same token, 0.8 = a typo away, 0 = different */
  function tokenEq(a, b) {
    if (a === b) return 1;
    if (/^\d+$/.test(a) || /^\d+$/.test(b)) return 0;
    return typoDist(a, b) > 0 ? 0.8 : 0;
  }

  /* How well candidate text c matches query text q: 0..1.
   * 1 equal (case, punctuation, spacing aside); 0.96 equal but for plurals;
   * 0.94 equal but for spaces ("log in"/"login"); 0.86/0.78 one/two typos;
   * 0.6..0.88 every query word is in the candidate ("Add to cart" in
   * "Add to Cart (2)"), more when the candidate has few other words;
   * 0.3..0.8 the candidate is a part of the query; less for partial overlap. */
  function textScore(q, c) {
    const nq = norm(q), nc = norm(c);
    if (!nq || !nc) {
      const rq = collapse(q).toLowerCase(), rc = collapse(c).toLowerCase();
      return rq && rq === rc ? 1 : 0;
    }
    if (nq === nc) return 1;
    const tq = nq.split(' ').map(stem), tc = nc.split(' ').map(stem);
    if (tq.join(' ') === tc.join(' ')) return 0.96;
    const cq = tq.join(''), cc = tc.join('');
    if (cq === cc) return 0.94;
    /* "Add to Cart (2)" is no typo of "Add to cart": differing digits are words */
    if (Math.abs(cq.length - cc.length) <= 2 && cq.replace(/\d/g, '') !== cc.replace(/\d/g, '')) {
      const d = typoDist(cq, cc);
      if (d > 0) return d === 1 ? 0.86 : 0.78;
    }
    if (tc.length > 400) return 0;
    /* every query word in the candidate */
    let got = 0, typos = 0, pos = -1, inOrder = true;
    const used = new Array(tc.length).fill(false);
    for (const w of tq) {
      let hit = -1, hv = 0;
      for (let j = 0; j < tc.length; j++) {
        if (used[j]) continue;
        const v = tokenEq(w, tc[j]);
        if (v > hv) { hv = v; hit = j; if (v === 1) break; }
      }
      if (hit >= 0) {
        used[hit] = true;
        got++;
        if (hv < 1) typos++;
        if (hit < pos) inOrder = false;
        pos = hit;
      }
    }
    if (got === tq.length) {
      let s = 0.6 + 0.28 * (tq.length / tc.length) + (inOrder ? 0.02 : 0);
      if (typos) s *= 0.93;
      return Math.min(s, 0.9);
    }
    /* every candidate word in the query ("Login" for "login button") */
    let back = 0;
    for (const w of tc) if (tq.some((x) => tokenEq(w, x) === 1)) back++;
    if (back === tc.length) return 0.3 + 0.5 * (tc.length / tq.length);
    /* a word prefix: "subscr" of "subscribe" */
    if (cq.length >= 4 && cc.startsWith(cq)) return 0.45 + 0.2 * (cq.length / cc.length);
    const union = tq.length + tc.length - got;
    const overlap = union ? 0.5 * (got / union) : 0;
    return Math.max(overlap, 0.4 * dice(cq, cc));
  }

  /* bigram similarity: a weak signal, only to rank near misses */
  function dice(a, b) {
    if (a.length < 2 || b.length < 2 || b.length > 3 * a.length + 10 || a.length > 3 * b.length + 10) return 0;
    const m = new Map();
    for (let i = 0; i < a.length - 1; i++) {
      const g = a.substr(i, 2);
      m.set(g, (m.get(g) || 0) + 1);
    }
    let hit = 0;
    for (let i = 0; i < b.length - 1; i++) {
      const g = b.substr(i, 2);
      const n = m.get(g);
      if (n) { hit++; m.set(g, n - 1); }
    }
    return (2 * hit) / (a.length + b.length - 2);
  }

  /* ------------------------------------------------------------------ */
  /* prices                                                              */

  const SYM = '[$\u20ac\u00a3\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa\u20ab\u0e3f\u20b4\u20a6\u20b1]';
  const CODES = 'USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|RUB|CNY|RMB|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|TRY|KRW|SGD|HKD|AED|SAR|ILS|UAH|RON|BGN|THB|IDR|MYR|PHP|VND|ARS|CLP|COP';
  const NUM = "(?:\\d{1,3}(?:[,.\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  const PRICE_SRC =
    '(?:(?:[A-Z]{1,3})?' + SYM + '\\s?' + NUM +
    '|' + NUM + '\\s?' + SYM + '(?!\\s?\\d)' +
    '|\\b(?:' + CODES + ')\\s?' + NUM +
    '|' + NUM + '\\s?(?:' + CODES + ')\\b' +
    '|' + NUM + '\\s?(?:kr|z\u0142|K\u010d|Ft|lei|\u0440\u0443\u0431)\\.?(?![\\p{L}])' +
    '|\\b(?:Rs\\.?|R\\$)\\s?' + NUM + ')';
  const PRICE_RE = new RegExp(PRICE_SRC, 'u');

  function priceIn(s) {
    const m = PRICE_RE.exec(String(s || ''));
    return m ? m[0].replace(/[\u00a0\u202f]/g, ' ').trim() : null;
  }

  /* ------------------------------------------------------------------ */
  /* the element walk, per-call caches                                   */

  const SKIP_TAGS = new Set(['html', 'head', 'script', 'style', 'noscript', 'template', 'meta', 'link',
    'title', 'base', 'br', 'wbr', 'param', 'source', 'track', 'col', 'colgroup', 'datalist']);
  const SVG_INNER = new Set(['path', 'g', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'defs',
    'use', 'symbol', 'clippath', 'clipPath', 'mask', 'lineargradient', 'linearGradient', 'stop', 'tspan']);

  function newCtx() {
    const c = {
      _all: null, order: new Map(), vis: new Map(), text: new Map(), style: new Map(), src: new Map(),
      frameVisible: new Map(),
    };
    c.all = function () {
      if (!c._all) c._all = walkAll(c);
      return c._all;
    };
    return c;
  }

  /* Every element in document order; an open shadow root's content follows
   * its host, a same-origin iframe's document follows the iframe. */
  function walkAll(c) {
    const out = [];
    function visit(root, doc, frameOk) {
      c.frameVisible.set(doc, frameOk);
      const tw = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
      let n = tw.nextNode();
      while (n && out.length < MAX_WALK) {
        c.order.set(n, out.length);
        out.push(n);
        if (n.shadowRoot) visit(n.shadowRoot, doc, frameOk);
        const ln = n.localName;
        if (ln === 'iframe' || ln === 'frame') {
          let d = null;
          try { d = n.contentDocument; } catch (e) { d = null; }
          if (d && d.documentElement) visit(d, d, frameOk && isVisible(n, c));
        }
        n = tw.nextNode();
      }
    }
    visit(document, document, true);
    return out;
  }

  function winOf(el) {
    return (el.ownerDocument && el.ownerDocument.defaultView) || window;
  }

  function styleOf(el, c) {
    if (c) {
      const s = c.style.get(el);
      if (s) return s;
    }
    const s = winOf(el).getComputedStyle(el);
    if (c) c.style.set(el, s);
    return s;
  }

  /* parent in the composed tree: through shadow roots and out of iframes */
  function parentOf(n) {
    if (!n) return null;
    if (n.parentNode) {
      const p = n.parentNode;
      if (p.nodeType === 11 && p.host) return p.host;
      if (p.nodeType === 9) {
        const fe = p.defaultView && frameEl(p.defaultView);
        return fe || null;
      }
      return p;
    }
    return n.host || null;
  }

  function frameEl(win) {
    try { return win.frameElement; } catch (e) { return null; }
  }

  function composedContains(a, b) {
    for (let n = b; n; n = parentOf(n)) if (n === a) return true;
    return false;
  }

  function depthOf(el) {
    let d = 0;
    for (let n = el; n; n = parentOf(n)) d++;
    return d;
  }

  function closestComposed(el, sel, maxUp) {
    let n = el, i = 0;
    while (n && n.nodeType === 1 && i <= (maxUp == null ? 1e9 : maxUp)) {
      if (n.matches && n.matches(sel)) return n;
      n = parentOf(n);
      i++;
    }
    return null;
  }

  /* iframe elements between the top document and el, outermost first */
  function framesOf(el) {
    const chain = [];
    let doc = el.ownerDocument;
    while (doc && doc !== document) {
      const fe = doc.defaultView && frameEl(doc.defaultView);
      if (!fe) break;
      chain.unshift(fe);
      doc = fe.ownerDocument;
    }
    return chain;
  }

  /* ------------------------------------------------------------------ */
  /* geometry and visibility                                             */

  function rectOf(el) {
    let r = el.getBoundingClientRect();
    if (r.width > 1 && r.height > 1) return r;
    /* an inline element around blocks, or a zero-size wrapper */
    let l = Infinity, t = Infinity, rr = -Infinity, b = -Infinity;
    const add = (x) => {
      if (x.width > 1 && x.height > 1) {
        l = Math.min(l, x.left); t = Math.min(t, x.top);
        rr = Math.max(rr, x.right); b = Math.max(b, x.bottom);
      }
    };
    for (const x of el.getClientRects()) add(x);
    if (l === Infinity && el.children) for (const ch of el.children) add(ch.getBoundingClientRect());
    if (l === Infinity) return r;
    return { left: l, top: t, right: rr, bottom: b, width: rr - l, height: b - t, x: l, y: t };
  }

  function isVisible(el, c) {
    if (!el || el.nodeType !== 1) return false;
    if (c && c.vis.has(el)) return c.vis.get(el);
    const v = computeVisible(el, c);
    if (c) c.vis.set(el, v);
    return v;
  }

  function computeVisible(el, c) {
    const doc = el.ownerDocument;
    if (!doc || !doc.defaultView) return false;
    if (c && c.frameVisible.get(doc) === false) return false;
    if (SKIP_TAGS.has(el.localName) || el.localName === 'option') return false;
    if (typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    } else {
      for (let n = el; n && n.nodeType === 1; n = parentOf(n)) {
        const s = styleOf(n, c);
        if (s.display === 'none' || parseFloat(s.opacity) === 0) return false;
        if (n === el && s.visibility !== 'visible') return false;
      }
    }
    if (el.closest && el.closest('[inert]')) return false;
    const r = rectOf(el);
    if (r.width <= 1 || r.height <= 1) return false;
    const w = doc.defaultView;
    /* pushed off the page to the left or top ("visually hidden" tricks) */
    if (r.right + w.scrollX <= 0 || r.bottom + w.scrollY <= 0) return false;
    return true;
  }

  function ariaHidden(el) {
    return !!(el.closest && el.closest('[aria-hidden="true"]'));
  }

  function contentOffset(fe) {
    const r = fe.getBoundingClientRect();
    const s = winOf(fe).getComputedStyle(fe);
    const pl = parseFloat(s.paddingLeft) || 0, pt = parseFloat(s.paddingTop) || 0;
    const pr = parseFloat(s.paddingRight) || 0, pb = parseFloat(s.paddingBottom) || 0;
    const x = r.left + fe.clientLeft + pl, y = r.top + fe.clientTop + pt;
    return { x, y, w: Math.max(0, fe.clientWidth - pl - pr), h: Math.max(0, fe.clientHeight - pt - pb) };
  }

  function deepHit(doc, x, y) {
    let h = doc.elementFromPoint(x, y);
    while (h && h.shadowRoot) {
      const inner = h.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === h) break;
      h = inner;
    }
    return h;
  }

  /* Where el is in the top-level viewport: box, the part in view, a point
   * that really hits it. */
  function measure(el) {
    const chain = framesOf(el);
    let ox = 0, oy = 0;
    let vx0 = 0, vy0 = 0, vx1 = window.innerWidth, vy1 = window.innerHeight;
    const offs = [];
    for (const fe of chain) {
      const o = contentOffset(fe);
      const cx = ox + o.x, cy = oy + o.y;
      offs.push({ fe, dx: o.x, dy: o.y });
      vx0 = Math.max(vx0, cx); vy0 = Math.max(vy0, cy);
      vx1 = Math.min(vx1, cx + o.w); vy1 = Math.min(vy1, cy + o.h);
      ox = cx; oy = cy;
    }
    const r = rectOf(el);
    const box = { x: r.left + ox, y: r.top + oy, width: r.width, height: r.height };
    const ix0 = Math.max(box.x, vx0), iy0 = Math.max(box.y, vy0);
    const ix1 = Math.min(box.x + box.width, vx1), iy1 = Math.min(box.y + box.height, vy1);
    const out = { box: roundBox(box), center: null, inViewport: false, covered: false, coveredBy: null };
    if (ix1 - ix0 < 1 || iy1 - iy0 < 1) return out;
    const visArea = (ix1 - ix0) * (iy1 - iy0);
    const vpArea = Math.max(1, (vx1 - vx0) * (vy1 - vy0));
    out.inViewport = visArea >= 0.5 * Math.min(box.width * box.height, vpArea);
    const fr = [0.5, 0.3, 0.7, 0.12, 0.88];
    let firstHit = null;
    for (const fy of fr) {
      for (const fx of fr) {
        const x = ix0 + (ix1 - ix0) * fx, y = iy0 + (iy1 - iy0) * fy;
        const h = hitAt(el, offs, x, y);
        if (h.ok) {
          out.center = { x: round2(x), y: round2(y) };
          return out;
        }
        if (!firstHit) firstHit = h.hit;
      }
    }
    out.center = { x: round2((ix0 + ix1) / 2), y: round2((iy0 + iy1) / 2) };
    out.covered = true;
    out.coveredBy = firstHit ? shortDesc(firstHit) : null;
    return out;
  }

  function hitAt(el, offs, x, y) {
    let doc = document, px = x, py = y;
    for (const o of offs) {
      const h = deepHit(doc, px, py);
      if (h !== o.fe) return { ok: false, hit: h };
      px -= o.dx; py -= o.dy;
      doc = o.fe.contentDocument;
      if (!doc) return { ok: false, hit: null };
    }
    const h = deepHit(doc, px, py);
    return { ok: !!h && composedContains(el, h), hit: h };
  }

  function round2(v) { return Math.round(v * 100) / 100; }
  function roundBox(b) {
    return { x: round2(b.x), y: round2(b.y), width: round2(b.width), height: round2(b.height) };
  }

  function scrollIntoView(el) {
    try {
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    } catch (e) {
      try { el.scrollIntoView(); } catch (e2) { /* detached */ }
    }
  }

  /* ------------------------------------------------------------------ */
  /* what an element is                                                  */

  const TEXT_TYPES = new Set(['text', 'email', 'password', 'search', 'number', 'tel', 'url', 'date',
    'datetime-local', 'month', 'week', 'time']);
  const CLICK_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
    'option', 'checkbox', 'radio', 'switch', 'treeitem', 'combobox', 'gridcell']);

  function attrRole(el) {
    const r = el.getAttribute && el.getAttribute('role');
    return r ? r.trim().split(/\s+/)[0].toLowerCase() : '';
  }

  function isTextInput(el) {
    return el.localName === 'input' && TEXT_TYPES.has(el.type);
  }

  function isEditable(el) {
    const t = el.localName;
    if (t === 'textarea' || isTextInput(el)) return true;
    if (t === 'input' || t === 'select' || t === 'button') return false;
    if (el.isContentEditable) return !(el.parentElement && el.parentElement.isContentEditable);
    const r = attrRole(el);
    return r === 'textbox' || r === 'searchbox';
  }

  /* takes a value one types or sets: text fields, and date, time, range,
   * color and number inputs, ARIA sliders and spinners */
  function isValueInput(el) {
    if (isEditable(el)) return true;
    if (el.localName === 'input' && /^(date|time|datetime-local|month|week|range|color|number)$/.test(el.type)) return true;
    const r = attrRole(el);
    if (r === 'slider' || r === 'spinbutton') return true;
    /* a slider made of divs: its handle */
    return /slider|range/i.test(attrWords(el)) && (el.tabIndex >= 0 || /handle|thumb|knob/i.test(attrWords(el)));
  }

  function isDisabled(el) {
    try {
      if (el.matches(':disabled')) return true;
    } catch (e) { /* not a form element */ }
    return !!(el.closest && el.closest('[aria-disabled="true"],[inert]'));
  }

  function isReadOnly(el) {
    return !!(el.readOnly || (el.getAttribute && el.getAttribute('aria-readonly') === 'true'));
  }

  function isCheckable(el) {
    if (el.localName === 'input') return el.type === 'checkbox' || el.type === 'radio';
    const r = attrRole(el);
    return r === 'checkbox' || r === 'radio' || r === 'switch' || r === 'menuitemcheckbox' || r === 'menuitemradio';
  }


  function isDropdown(el) {
    if (el.localName === 'select') return true;
    const r = attrRole(el);
    if (r === 'combobox' || r === 'listbox') return true;
    const hp = el.getAttribute && el.getAttribute('aria-haspopup');
    if (hp && hp !== 'false') return true;
    return false;
  }

  function isClickable(el, c) {
    const t = el.localName;
    if (t === 'a' && el.hasAttribute('href')) return true;
    if (t === 'button' || t === 'summary' || t === 'label' || t === 'select') return true;
    if (t === 'input') return el.type !== 'hidden';
    if (CLICK_ROLES.has(attrRole(el))) return true;
    if (el.hasAttribute('onclick') || typeof el.onclick === 'function') return true;
    if (el.hasAttribute('jsaction') || el.hasAttribute('ng-click') || el.hasAttribute('@click') || el.hasAttribute('v-on:click')) return true;
    try {
      if (styleOf(el, c).cursor === 'pointer') {
        const p = el.parentElement;
        if (!p || styleOf(p, c).cursor !== 'pointer') return true;
      }
    } catch (e) { /* no style */ }
    return false;
  }

  function labelControl(label) {
    if (label.localName !== 'label') return null;
    try { return label.control || null; } catch (e) { return null; }
  }

  /* the planner's word for what el is */
  function kindOf(el) {
    const r = attrRole(el);
    switch (r) {
      case 'button': return 'button';
      case 'link': return 'link';
      case 'checkbox': case 'switch': case 'menuitemcheckbox': return 'checkbox';
      case 'radio': case 'menuitemradio': return 'radio';
      case 'tab': return 'tab';
      case 'textbox': return 'field';
      case 'searchbox': return 'searchbox';
      case 'combobox': return el.localName === 'input' ? 'field' : 'dropdown';
      case 'listbox': return 'dropdown';
      case 'img': case 'image': return 'image';
      case 'heading': return 'heading';
      case 'menu': case 'menubar': case 'menuitem': return 'menu';
      case 'option': case 'listitem': case 'row': case 'article': case 'treeitem': return 'item';
      default: break;
    }
    const t = el.localName;
    switch (t) {
      case 'a': return el.hasAttribute('href') ? 'link' : 'text';
      case 'button': case 'summary': return 'button';
      case 'select': return 'dropdown';
      case 'textarea': return 'field';
      case 'img': case 'svg': case 'picture': case 'canvas': return 'image';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'li': case 'article': return 'item';
      case 'p': return 'paragraph';
      case 'label': return 'label';
      case 'table': return 'table';
      case 'form': return 'form';
      case 'iframe': return 'frame';
      case 'input':
        switch (el.type) {
          case 'submit': case 'button': case 'reset': return 'button';
          case 'image': return 'button';
          case 'checkbox': return 'checkbox';
          case 'radio': return 'radio';
          case 'search': return 'searchbox';
          case 'hidden': return 'hidden';
          case 'file': return 'file';
          case 'range': return 'slider';
          case 'color': return 'button';
          default: return 'field';
        }
      default: break;
    }
    if (el.isContentEditable) return 'field';
    if (el.hasAttribute && (el.hasAttribute('onclick') || el.hasAttribute('tabindex'))) return 'button';
    return 'text';
  }

  /* ------------------------------------------------------------------ */
  /* the page model: ARIA roles (explicit or implicit), states           */

  const INPUT_ROLE = {
    button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox', radio: 'radio',
    range: 'slider', number: 'spinbutton', search: 'searchbox', color: 'button', file: 'button', hidden: '',
  };
  const TAG_ROLE = {
    button: 'button', summary: 'button', textarea: 'textbox', option: 'option', h1: 'heading', h2: 'heading',
    h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', ul: 'list', ol: 'list', li: 'listitem', table: 'table',
    tr: 'row', td: 'cell', nav: 'navigation', dialog: 'dialog', article: 'article', form: 'form', progress: 'progressbar',
    output: 'status', iframe: 'frame', frame: 'frame', main: 'main', aside: 'complementary', p: 'paragraph',
    details: 'group', fieldset: 'group', dl: 'list', menu: 'list', header: 'banner', footer: 'contentinfo',
  };

  /* The element's ARIA role as a screen reader would say it: the role
   * attribute, else the one its tag implies; "" for none. */
  function roleOf(el) {
    const r = attrRole(el);
    if (r && r !== 'presentation' && r !== 'none' && r !== 'generic') return r;
    const t = el.localName;
    switch (t) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : '';
      case 'input':
        if (el.type === 'checkbox' && el.hasAttribute('switch')) return 'switch';
        if (el.type in INPUT_ROLE) return INPUT_ROLE[el.type];
        return el.hasAttribute('list') ? 'combobox' : 'textbox';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'th': return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
      case 'img': return el.getAttribute('alt') === '' ? '' : 'img';
      case 'svg': return el.getAttribute('aria-label') || (el.querySelector && el.querySelector('title')) ? 'img' : '';
      default: break;
    }
    if (TAG_ROLE[t] !== undefined) return TAG_ROLE[t];
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return 'textbox';
    return '';
  }

  const TABLIST_WORDS = /(^|[\s_-])(tabs|tab-?list|tab-?bar|tab-?nav|nav-?tabs|tabset|tab-?strip|tab-?header|tab-?links|tab-?buttons|segmented)([\s_-]|$)/i;
  const TAB_WORDS = /(^|[\s_-])(tabs?|tab-?item|tab-?link|tab-?button|tablinks?)([\s_-]|$)/i;

  function attrWords(el) {
    return (typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '')) + ' ' + (el.id || '');
  }

  /* A tab of a tab widget, with or without ARIA: role=tab, or one of at
   * least two sibling controls in a container named like a tab list
   * ("tabs", "nav-tabs", "tab-bar"), or with tab-like names themselves. */
  function isTabLike(el, c) {
    const r = attrRole(el);
    if (r === 'tab') return true;
    if (r === 'tablist' || TABLIST_WORDS.test(attrWords(el))) return false;
    const t = el.localName;
    if (!(t === 'li' || t === 'a' || t === 'button' || isClickable(el, c) || TAB_WORDS.test(attrWords(el)))) return false;
    /* its list: the nearest ancestor that names itself a tab list */
    let n = el.parentElement;
    for (let i = 0; n && i < 3; i++, n = n.parentElement) {
      if (attrRole(n) === 'tablist' || TABLIST_WORDS.test(attrWords(n))) {
        /* one entry per tab: an <a> in an <li> is the same tab as its <li> */
        return n.children.length >= 2 && (i === 0 || (el.parentElement && el.parentElement.children.length === 1) || TAB_WORDS.test(attrWords(el)));
      }
    }
    if (TAB_WORDS.test(attrWords(el)) && el.parentElement) {
      const sib = Array.from(el.parentElement.children).filter((x) => TAB_WORDS.test(attrWords(x)));
      return sib.length >= 2;
    }
    return false;
  }

  /* Is el collapsed, expanded, ...: the states a person names. null when the
   * element has no such state. */
  function stateOf(el, state) {
    const ae = el.getAttribute && el.getAttribute('aria-expanded');
    const details = el.localName === 'summary' && el.parentElement && el.parentElement.localName === 'details' ? el.parentElement : null;
    switch (state) {
      case 'collapsed': case 'closed':
        if (ae != null) return ae === 'false';
        if (details) return !details.open;
        if (/(^|[\s_-])collapsed([\s_-]|$)/i.test(attrWords(el))) return true;
        return null;
      case 'expanded': case 'open':
        if (ae != null) return ae === 'true';
        if (details) return details.open;
        return null;
      case 'checked': case 'selected': case 'on': {
        const ctl = labelControl(el) || el;
        const ch = checkedOf(ctl);
        if (ch != null) return ch;
        const as = el.getAttribute && el.getAttribute('aria-selected');
        if (as != null) return as === 'true';
        if (ctl.localName === 'option') return ctl.selected;
        return null;
      }
      case 'unchecked': case 'unselected': case 'off': {
        const v = stateOf(el, 'checked');
        return v == null ? null : !v;
      }
      case 'newtab': { /* a link that opens a new tab or window */
        const a = el.closest && el.closest('a[target],area[target],form[target]');
        const tg = a ? (a.getAttribute('target') || '').toLowerCase() : '';
        if (tg && !/^_(self|top|parent)$/.test(tg)) return true;
        const words = [el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('onclick'), el.textContent].join(' ');
        return /new (browser )?(tab|window)|window\.open|external/i.test(words);
      }
      case 'disabled': return isDisabled(el);
      case 'enabled': return !isDisabled(el);
      case 'empty': {
        const v = valueOf(labelControl(el) || el);
        return v == null ? null : v === '';
      }
      case 'filled': {
        const v = valueOf(labelControl(el) || el);
        return v == null ? null : v !== '';
      }
      case 'required': return !!(el.required || (el.getAttribute && el.getAttribute('aria-required') === 'true'));
      case 'active': case 'current':
        if (el.getAttribute('aria-current') && el.getAttribute('aria-current') !== 'false') return true;
        if (el.getAttribute('aria-selected') === 'true') return true;
        return /(^|[\s_-])(active|current|selected)([\s_-]|$)/i.test(attrWords(el));
      default: return null;
    }
  }

  /* Things one expands or collapses: aria-expanded controls, <summary>,
   * accordion headers. */
  function isExpandable(el) {
    if (el.getAttribute && el.getAttribute('aria-expanded') != null) return true;
    if (el.localName === 'summary') return true;
    return /(^|[\s_-])(accordion-?(header|button|toggle|title|trigger)|collaps(ible|e-?toggle)|expander|toggle)([\s_-]|$)/i.test(attrWords(el));
  }

  const ITEM_NOUNS = new Set(['result', 'item', 'product', 'article', 'entry', 'card', 'post', 'listing', 'hit',
    'story', 'video', 'repo', 'repository', 'offer', 'deal', 'job', 'question', 'thread', 'search result']);

  /* How well el fits a planner role word: 1 fits, <1 less so. A role the
   * words named binds: an element of another kind keeps a low score, so
   * "the button TWO" is the button, not a line of text saying TWO. */
  function roleFit(el, role, c) {
    if (!role) return 1;
    const k = kindOf(el);
    const ar = roleOf(el);
    const cls = typeof el.className === 'string' ? el.className : '';
    switch (role) {
      case 'button':
        if (k === 'button') return 1;
        if (/(^|[\s_-])(btn|button)([\s_-]|$)/i.test(cls)) return 1;
        if (el.localName === 'label' && labelControl(el)) return 0.85;
        if (k === 'link') return 0.85;
        return isClickable(el, c) ? 0.85 : 0.45;
      case 'link':
        if (k === 'link') return 1;
        if (k === 'button') return 0.85;
        return isClickable(el, c) ? 0.85 : 0.6;
      case 'field': case 'textbox': case 'input': case 'box':
        if (isEditable(el)) return 1;
        if (ar === 'spinbutton' || (el.localName === 'input' && /^(date|time|datetime-local|month|week|number|range|color)$/.test(el.type))) return 0.95;
        if (isDropdown(el)) return 0.75;
        return 0.5;
      case 'searchbox':
        if (k === 'searchbox') return 1;
        if (isEditable(el)) return 0.95;
        return 0.5;
      case 'checkbox': case 'switch': case 'toggle': {
        const ctl = labelControl(el) || el;
        if (kindOf(ctl) === 'checkbox') return 1;
        if (kindOf(ctl) === 'radio') return 0.8;
        if (el.getAttribute('aria-pressed')) return 0.9;
        return 0.5;
      }
      case 'radio': {
        const ctl = labelControl(el) || el;
        if (kindOf(ctl) === 'radio') return 1;
        if (kindOf(ctl) === 'checkbox') return 0.8;
        return 0.5;
      }
      case 'dropdown': case 'select': case 'combobox': case 'list box':
        if (isDropdown(el)) return 1;
        if (/select|dropdown|combo/i.test(cls)) return 0.95;
        return k === 'button' ? 0.8 : 0.5;
      case 'tab':
        if (attrRole(el) === 'tab') return 1;
        if (isTabLike(el, c)) return 0.97;
        return k === 'link' || k === 'button' ? 0.8 : 0.55;
      case 'image': case 'icon': case 'logo': case 'picture':
        if (k === 'image') return 1;
        if (el.localName === 'input' && el.type === 'image') return 1;
        if ((k === 'link' || k === 'button') && el.querySelector && el.querySelector('img,svg') && !collapse(el.innerText)) return 0.95;
        return 0.6;
      case 'heading': case 'title':
        return k === 'heading' ? 1 : 0.6;
      case 'paragraph':
        return k === 'paragraph' ? 1 : 0.5;
      case 'menu': {
        if (k === 'menu') return 1;
        const hp = el.getAttribute('aria-haspopup');
        if (hp === 'menu' || hp === 'true') return 1;
        if (el.localName === 'nav') return 1;
        if (closestComposed(el, 'nav,[role=navigation],[role=menu],[role=menubar]', 4)) return 0.9;
        return k === 'button' || k === 'link' ? 0.8 : 0.6;
      }
      case 'item': case 'result': case 'product': case 'row':
        if (role === 'row' && (ar === 'row' || ar === 'listitem')) return 1;
        if (k === 'item') return 1;
        return 0.8;
      case 'option':
        if (ar === 'option' || ar === 'menuitem' || ar === 'treeitem') return 1;
        if (ar === 'listitem' || /(^|[\s_-])(option|suggestion|item|result|choice)s?([\s_-]|$)/i.test(cls)) return 0.95;
        return isClickable(el, c) ? 0.8 : 0.6;
      case 'slider':
        if (ar === 'slider') return 1;
        /* a slider made of divs: its handle takes the keys */
        if (/slider|range/i.test(cls)) return el.tabIndex >= 0 || /handle|thumb|knob/i.test(cls) ? 0.97 : 0.9;
        return 0.5;
      case 'spinbutton':
        if (ar === 'spinbutton') return 1;
        if (/spin|stepper|number/i.test(cls) && isEditable(el)) return 0.95;
        return isEditable(el) ? 0.8 : 0.5;
      case 'treeitem':
        if (ar === 'treeitem') return 1;
        if (closestComposed(el, '[role=tree],[class*=tree i]', 6)) return 0.97;
        return isClickable(el, c) ? 0.85 : 0.6;
      case 'cell':
        return ar === 'cell' || ar === 'gridcell' || ar === 'columnheader' || ar === 'rowheader' ? 1 : 0.6;
      case 'dialog':
        if (ar === 'dialog' || ar === 'alertdialog') return 1;
        return /modal|dialog|popup|pop-up|lightbox/i.test(cls) ? 0.95 : 0.5;
      case 'alert':
        if (ar === 'alert' || ar === 'status' || ar === 'alertdialog' || ar === 'log') return 1;
        if (el.getAttribute('aria-live')) return 0.97;
        return /alert|toast|flash|notif|message|snackbar|error|warning|success|notice|feedback/i.test(cls) ? 0.95 : 0.5;
      case 'tooltip':
        if (ar === 'tooltip') return 1;
        return /tooltip|popover|bubble|tippy|hint/i.test(cls) ? 0.95 : 0.5;
      case 'frame':
        return ar === 'frame' ? 1 : 0.4;
      case 'table':
        return ar === 'table' || ar === 'grid' || ar === 'treegrid' ? 1 : 0.5;
      case 'list':
        return ar === 'list' || ar === 'listbox' || ar === 'tree' ? 1 : 0.6;
      case 'expandable':
        return isExpandable(el) ? 1 : isClickable(el, c) ? 0.7 : 0.5;
      default:
        return 1;
    }
  }

  /* ------------------------------------------------------------------ */
  /* element texts and names                                             */

  function textOf(el, c) {
    if (c && c.text.has(el)) return c.text.get(el);
    let t = typeof el.innerText === 'string' ? el.innerText : (el.textContent || '');
    t = collapse(t);
    if (c) c.text.set(el, t);
    return t;
  }

  function hasOwnText(el) {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && /\S/.test(n.data)) return true;
    }
    return false;
  }

  /* a label's text without the text of controls inside it */
  function labelText(label) {
    let s = '';
    const rec = (n) => {
      for (let ch = n.firstChild; ch; ch = ch.nextSibling) {
        if (ch.nodeType === 3) s += ch.data;
        else if (ch.nodeType === 1) {
          const t = ch.localName;
          if (t === 'select' || t === 'textarea' || t === 'option' || t === 'script' || t === 'style' || t === 'input') continue;
          if (t === 'br' || t === 'div' || t === 'p') s += ' ';
          rec(ch);
        }
      }
    };
    rec(label);
    return collapse(s);
  }

  function byIdIn(el, id) {
    const root = el.getRootNode ? el.getRootNode() : el.ownerDocument;
    if (root && root.getElementById) return root.getElementById(id);
    return el.ownerDocument.getElementById(id);
  }

  function labelledBy(el) {
    const ids = el.getAttribute && el.getAttribute('aria-labelledby');
    if (!ids) return '';
    return collapse(ids.split(/\s+/).map((id) => {
      const x = byIdIn(el, id);
      return x ? x.textContent : '';
    }).join(' '));
  }

  /* label elements of el. el.labels scans the whole document on each call,
   * so a call's context maps controls to labels once. */
  function labelEls(el, c) {
    if (c) {
      if (!c.labels) {
        c.labels = new Map();
        for (const x of c.all()) {
          if (x.localName !== 'label') continue;
          const ctl = labelControl(x);
          if (!ctl) continue;
          const a = c.labels.get(ctl);
          if (a) a.push(x); else c.labels.set(ctl, [x]);
        }
      }
      return c.labels.get(el) || [];
    }
    try {
      return el.labels ? Array.from(el.labels) : [];
    } catch (e) {
      return [];
    }
  }

  function labelsOf(el, c) {
    return labelEls(el, c).map(labelText).filter(Boolean);
  }

  /* text a field's unlabelled neighbours give it: "<td>Name</td><td><input>" */
  function nearbyText(el, c) {
    const short = (t) => (t && t.length <= 60 ? t : '');
    let n = el.previousSibling;
    while (n && n.nodeType === 3 && !/\S/.test(n.data)) n = n.previousSibling;
    if (n && n.nodeType === 3) return short(collapse(n.data));
    if (n && n.nodeType === 1) {
      if (isEditable(n) || /^(input|select|textarea|button)$/.test(n.localName) || n.querySelector('input,select,textarea,button')) return '';
      const t = short(textOf(n, c));
      if (t) return t;
    }
    const p = el.parentElement;
    if (p && p.children.length <= 2) {
      let q = p.previousElementSibling;
      if (q && !q.querySelector('input,select,textarea')) return short(textOf(q, c));
      if (!q && p.parentElement && p.parentElement.children.length <= 3) {
        q = p.parentElement.previousElementSibling;
        if (q && !q.querySelector('input,select,textarea')) return short(textOf(q, c));
      }
    }
    return '';
  }

  /* text that follows a bare checkbox: "<input type=checkbox> Remember me" */
  function followingText(el, c) {
    let n = el.nextSibling;
    while (n && n.nodeType === 3 && !/\S/.test(n.data)) n = n.nextSibling;
    if (n && n.nodeType === 3) return collapse(n.data).slice(0, 80);
    if (n && n.nodeType === 1) {
      if (n.childElementCount > 2 || n.querySelector('input,select,textarea,button') || /^(ul|ol|table|nav|form|section|select|textarea|input|button)$/.test(n.localName)) return '';
      const t = textOf(n, c);
      return t.length <= 80 ? t : '';
    }
    const p = el.parentElement;
    if (p && p.querySelectorAll('input,select,textarea').length === 1) {
      const t = textOf(p, c);
      if (t.length <= 80) return t;
    }
    return '';
  }

  const GLYPH_CLOSE = /^[\u00d7\u2715\u2716\u2a2f\u274c\u2573xX]$/;

  /* Words class names, <use href="#..."> and data-icon give an icon, mapped
   * to what a person calls it: "fa fa-trash-o" -> trash, "icon-times" ->
   * close. Only these words count: a class name is no name otherwise. */
  const ICON_MAP = new Map(Object.entries({
    close: 'close', times: 'close', xmark: 'close', cross: 'close', dismiss: 'close',
    trash: 'trash', bin: 'trash', delete: 'trash', remove: 'trash', garbage: 'trash', trashcan: 'trash', rubbish: 'trash',
    destroy: 'trash',
    edit: 'edit', pencil: 'edit', pen: 'edit',
    search: 'search', magnifier: 'search', magnify: 'search', magnifying: 'search', loupe: 'search',
    menu: 'menu', hamburger: 'menu', bars: 'menu', burger: 'menu',
    like: 'like', heart: 'like', love: 'like', thumbs: 'like',
    star: 'star', favorite: 'star', favourite: 'star', bookmark: 'bookmark',
    settings: 'settings', gear: 'settings', cog: 'settings', cogs: 'settings',
    plus: 'add', add: 'add', minus: 'minus', subtract: 'minus',
    info: 'info', information: 'info', help: 'help', question: 'help',
    share: 'share', reply: 'reply', retweet: 'retweet', comment: 'comment', comments: 'comment',
    cart: 'cart', basket: 'cart', user: 'user', profile: 'user', avatar: 'user', home: 'home',
    bell: 'notifications', notification: 'notifications', notifications: 'notifications',
    download: 'download', upload: 'upload', refresh: 'refresh', reload: 'refresh', sync: 'refresh',
    print: 'print', copy: 'copy', save: 'save', check: 'check', checkmark: 'check',
    next: 'next', forward: 'next', prev: 'previous', previous: 'previous', back: 'back',
    expand: 'expand', collapse: 'collapse', filter: 'filter', sort: 'sort', calendar: 'calendar',
    envelope: 'mail', mail: 'mail', email: 'mail', phone: 'phone', lock: 'lock', logout: 'logout',
    eye: 'view', play: 'play', pause: 'pause', more: 'more', dots: 'more', ellipsis: 'more', kebab: 'more',
    flag: 'flag', pin: 'pin', paperclip: 'attach', attach: 'attach', camera: 'camera', archive: 'archive',
  }));
  const GLYPHS = [
    [/[\u00d7\u2715\u2716\u2717\u2718\u2a2f\u274c\u2573]/, 'close'], [/\ud83d\uddd1/, 'trash'],
    [/[\u270e\u270f\u2710\ud83d\udd89]/, 'edit'], [/[\u2630\u2261]/, 'menu'], [/[\u2665\u2764\u2661]/, 'like'],
    [/[\u2605\u2606\u2b50]/, 'star'], [/\u2699/, 'settings'], [/\ud83d\udd0d|\ud83d\udd0e/, 'search'],
    [/^\+$/, 'add'], [/^[\u2212-]$/, 'minus'], [/^[\u203a\u00bb>\u2192]$/, 'next'], [/^[\u2039\u00ab<\u2190]$/, 'previous'],
    [/^[\u22ee\u22ef\u2026]$/, 'more'], [/[\u21bb\u27f3]/, 'refresh'], [/^[\u2713\u2714]$/, 'check'],
    [/^[\u24d8\u2139]$/, 'info'], [/^\?$/, 'help'], [/\ud83d\udc4d/, 'like'], [/\ud83d\udd14/, 'notifications'],
  ];

  function iconWords(el, c) {
    const out = new Set();
    const from = (s) => {
      for (const w of String(s || '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) {
        const m = ICON_MAP.get(w);
        if (m) { out.add(m); if (w !== m) out.add(w); }
      }
    };
    const scan = (n, depth) => {
      if (!n || n.nodeType !== 1) return;
      from(typeof n.className === 'string' ? n.className : n.getAttribute('class'));
      from(n.id);
      from(n.getAttribute('data-icon'));
      if (n.localName === 'use') from((n.getAttribute('href') || n.getAttribute('xlink:href') || '').replace(/^.*#/, ''));
      if (depth < 3) for (const ch of n.children) scan(ch, depth + 1);
    };
    scan(el, 0);
    const t = textOf(el, c);
    if (t.length <= 3) for (const [re, w] of GLYPHS) if (re.test(t)) out.add(w);
    return Array.from(out);
  }

  /* What the element's href says it is: a phone number, an e-mail address. */
  function hrefWords(el) {
    const h = el.localName === 'a' ? (el.getAttribute('href') || '') : '';
    if (/^tel:/i.test(h)) return 'phone number';
    if (/^mailto:/i.test(h)) return 'email address';
    return '';
  }

  /* The texts el is known by, each with a weight. */
  function sources(el, c) {
    if (c && c.src.has(el)) return c.src.get(el);
    const out = [];
    const add = (t, w) => {
      t = collapse(t);
      if (t) out.push([t, w]);
    };
    const t = el.localName;
    add(labelledBy(el), 1);
    add(el.getAttribute('aria-label'), 1);
    for (const l of labelsOf(el, c)) add(l, 1);
    const named = out.length > 0;
    const isField = t === 'input' || t === 'textarea' || t === 'select';
    let txt = '';
    if (isField) {
      add(el.getAttribute('placeholder'), 0.95);
      if (t === 'input' && /^(submit|button|reset)$/.test(el.type)) add(el.value, 1);
      if (t === 'input' && el.type === 'image') add(el.getAttribute('alt'), 1);
      if (t === 'input' && TEXT_TYPES.has(el.type) && el.type !== 'text') add(el.type, 0.8);
      if (t === 'select' && el.selectedOptions && el.selectedOptions[0]) add(el.selectedOptions[0].text, 0.6);
      if (isCheckable(el)) {
        if (!named) add(followingText(el, c), 0.9);
        add(el.value && el.value !== 'on' ? humanize(el.value) : '', 0.6);
      } else if (!named && !(t === 'input' && /^(submit|button|reset|image)$/.test(el.type))) add(nearbyText(el, c), 0.85);
      if (!named) add(groupLabel(el, c), 0.8);
    } else {
      txt = textOf(el, c);
      if (txt.length <= 300) add(txt, 1);
      if (GLYPH_CLOSE.test(txt)) add('close', 0.9);
      if (t === 'img' || t === 'area') add(el.getAttribute('alt'), 0.95);
      if (!txt && el.querySelector) {
        const img = el.querySelector('img[alt],[aria-label],svg title');
        if (img) add(img.localName === 'title' ? img.textContent : (img.getAttribute('alt') || img.getAttribute('aria-label')), 0.9);
      }
      if (isCheckable(el) && !named && !txt) add(followingText(el, c), 0.9);
      if (el.isContentEditable) {
        add(el.getAttribute('data-placeholder') || el.getAttribute('placeholder'), 0.9);
        if (!(el.parentElement && el.parentElement.isContentEditable)) add('text editor', 0.8);
      }
      add(hrefWords(el), 0.85);
    }
    add(el.getAttribute('title'), 0.9);
    if (/^(footer|header|nav|main|aside|form|table)$/.test(t)) add(t === 'nav' ? 'navigation menu' : t, 0.75);
    const nm = el.getAttribute('name');
    if (nm) add(humanize(nm), 0.7);
    if (el.id) add(humanize(el.id), 0.7);
    const tid = el.getAttribute('data-testid') || el.getAttribute('data-test') || el.getAttribute('data-qa');
    if (tid) add(humanize(tid), 0.6);
    /* icons: what their classes and glyphs show, for controls with little
     * or no text of their own */
    if (txt.length <= 3 && (isClickable(el, c) || isEditable(el) || el.localName === 'svg' || el.localName === 'i')) {
      for (const w of iconWords(el, c)) add(w, 0.88);
    }
    /* what the class names say the element is ("alert alert-warning",
     * "tooltip"): weaker than any text */
    for (const w of classHints(el)) add(w, 0.7);
    /* a control in a part of the page that has a name: "the newsletter
     * e-mail box" is the e-mail field of the Newsletter frame or section */
    if (isField || t === 'button') {
      const ctx = contextName(el, c);
      const own = out.length ? out[0][0] : '';
      if (ctx && own) add(ctx + ' ' + own, 0.85);
    }
    if (c) c.src.set(el, out);
    return out;
  }

  /* The name of the part of the page a control is in: its frame's title,
   * its fieldset's legend, the heading just before it in its form or
   * section (at most 5 levels up). */
  function contextName(el, c) {
    const fs = framesOf(el);
    const fe = fs.length ? fs[fs.length - 1] : null;
    const parts = [];
    if (fe) parts.push(fe.getAttribute('title') || fe.getAttribute('aria-label') || humanize(fe.getAttribute('name') || ''));
    const lg = el.closest && el.closest('fieldset');
    if (lg && lg.querySelector('legend')) parts.push(textOf(lg.querySelector('legend'), c));
    let n = el;
    for (let up = 0; n && up < 5 && parts.length < 2; up++, n = n.parentElement) {
      let sib = n.previousElementSibling, found = null;
      for (let k = 0; sib && k < 6 && !found; k++, sib = sib.previousElementSibling) {
        if (/^h[1-6]$/.test(sib.localName) || attrRole(sib) === 'heading') found = sib;
        else if (sib.querySelector && sib.querySelector('input,select,textarea,button')) break;
      }
      if (found) { parts.push(textOf(found, c)); break; }
    }
    return collapse(parts.filter(Boolean).join(' ')).slice(0, 80);
  }

  /* Class words that describe what an element is for. */
  const CLASS_HINTS = new Set(['alert', 'warning', 'error', 'danger', 'success', 'info', 'notice', 'notification',
    'message', 'toast', 'flash', 'snackbar', 'status', 'tooltip', 'popover', 'bubble', 'hint', 'banner', 'badge',
    'counter', 'count', 'total', 'balance', 'price', 'result', 'results', 'title', 'subtitle', 'summary', 'footer',
    'header', 'sidebar', 'modal', 'dialog', 'popup', 'spinner', 'slider', 'close', 'delete', 'remove', 'edit', 'like',
    'share', 'reply', 'send', 'search', 'menu', 'cart', 'logo', 'avatar', 'username', 'author', 'date', 'time', 'timestamp',
    'email', 'phone', 'address', 'name', 'description', 'caption', 'label', 'value', 'amount', 'score', 'rating']);

  function classHints(el) {
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '');
    if (!cls) return [];
    const out = [];
    for (const w of humanize(cls).toLowerCase().split(/[^a-z]+/)) if (CLASS_HINTS.has(w) && !out.includes(w)) out.push(w);
    return out;
  }

  /* The name of the group a control is in: a fieldset's legend, a radio
   * group's label ("Role: ( ) Admin ( ) User"). */
  function groupLabel(el, c) {
    const fs = el.closest && el.closest('fieldset');
    if (fs) {
      const lg = fs.querySelector('legend');
      if (lg) return textOf(lg, c);
    }
    const g = el.closest && el.closest('[role=radiogroup],[role=group]');
    if (g) return labelledBy(g) || g.getAttribute('aria-label') || '';
    return '';
  }

  function classWords(el) {
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '');
    return new Set(tokens(humanize(cls)));
  }

  /* Words people use for the same thing, as groups (compared after norm
   * and stem): "bin" finds the trash icon, "surname" the Last name field. */
  const SYNONYMS = [
    ['close', 'x', 'dismiss', 'times', 'cross'],
    ['delete', 'trash', 'bin', 'remove', 'garbage', 'rubbish', 'discard', 'trash can'],
    ['edit', 'pencil', 'modify'],
    ['search', 'magnifier', 'magnifying glass', 'find'],
    ['menu', 'hamburger', 'hamburger menu'],
    ['like', 'heart', 'love', 'thumbs up'],
    ['star', 'favorite', 'favourite'],
    ['settings', 'gear', 'cog', 'preferences'],
    ['add', 'plus'],
    ['more', 'dots', 'ellipsis', 'more options'],
    ['info', 'information', 'i'],
    ['next', 'forward'],
    ['previous', 'prev', 'back'],
    ['refresh', 'reload'],
    ['cart', 'basket', 'shopping cart', 'bag'],
    ['username', 'user name', 'user', 'login', 'login name', 'user id', 'account name'],
    ['password', 'pass', 'pwd', 'passcode', 'passphrase', 'pw'],
    ['email', 'e mail', 'mail', 'email address', 'e mail address'],
    ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'cell', 'mobile number', 'telephone number'],
    ['zip', 'zip code', 'postal code', 'postcode', 'post code'],
    ['first name', 'given name', 'forename'],
    ['last name', 'surname', 'family name'],
    ['company', 'organization', 'organisation', 'employer'],
    ['message', 'comment', 'comments', 'your message'],
    ['address', 'street', 'street address'],
    ['city', 'town'],
    ['birthday', 'date of birth', 'dob', 'birth date'],
    ['submit', 'send'],
    ['log in', 'sign in'],
    ['log out', 'sign out'],
    ['sign up', 'register', 'create account'],
    ['quantity', 'qty'],
    ['author', 'by', 'written by', 'posted by', 'writer', 'creator'],
    ['sender', 'from', 'sent by'],
    ['owner', 'owned by'],
    ['assignee', 'assigned to', 'owner'],
    ['due date', 'due', 'deadline', 'due on'],
    ['location', 'address', 'place', 'venue', 'where'],
    ['date', 'posted', 'published', 'posted on', 'created'],
    ['expiry date', 'expires', 'expiration date', 'expiry'],
    ['renewal date', 'renews', 'renewal', 'next renewal'],
  ].map((g) => g.map((m) => tokens(m).join(' ')));

  /* q and what its words become with synonyms: [[text, factor], ...] */
  function variants(q) {
    const nq = tokens(q).join(' ');
    const out = [[q, 1]];
    if (!nq) return out;
    const seen = new Set([nq]);
    for (const g of SYNONYMS) {
      for (const m of g) {
        const at = (' ' + nq + ' ').indexOf(' ' + m + ' ');
        if (at < 0) continue;
        for (const o of g) {
          if (o === m) continue;
          const v = (nq.slice(0, at) + o + nq.slice(at + m.length)).trim();
          if (!seen.has(v) && out.length < 16) { seen.add(v); out.push([v, 0.93]); }
        }
      }
    }
    return out;
  }

  /* best [score, rawTextScore] of q against el's names */
  function matchEl(q, el, c, vs) {
    let best = 0, raw = 0;
    vs = vs || variants(q);
    for (const [t, w] of sources(el, c)) {
      for (const [v, f] of vs) {
        const s = textScore(v, t) * f;
        if (s * w > best) { best = s * w; raw = s; }
      }
    }
    /* icon-only controls: their class words ("btn search-btn") */
    if (best < THRESHOLD && (isClickable(el, c) || isEditable(el)) && !textOf(el, c)) {
      const cw = classWords(el);
      const tq = tokens(q);
      if (tq.length && tq.every((w) => cw.has(w))) {
        if (0.6 > best) { best = 0.6; raw = 0.6; }
      }
    }
    return [best, raw];
  }

  function accName(el, c) {
    const lb = labelledBy(el);
    if (lb) return clip(lb, 200);
    const al = el.getAttribute('aria-label');
    if (al && al.trim()) return clip(al, 200);
    const ls = labelsOf(el, c);
    if (ls.length) return clip(ls.join(' '), 200);
    const t = el.localName;
    if (t === 'img' || t === 'area' || (t === 'input' && el.type === 'image')) {
      const alt = el.getAttribute('alt');
      if (alt) return clip(alt, 200);
    }
    if (t === 'input' && /^(submit|button|reset)$/.test(el.type)) return clip(el.value, 200);
    if (t !== 'input' && t !== 'textarea' && t !== 'select') {
      const x = textOf(el, c);
      if (x) return clip(x, 200);
      if (el.querySelector) {
        const img = el.querySelector('img[alt],[aria-label]');
        if (img) return clip(img.getAttribute('alt') || img.getAttribute('aria-label'), 200);
      }
    }
    const ti = el.getAttribute('title');
    if (ti) return clip(ti, 200);
    const ph = el.getAttribute('placeholder');
    if (ph) return clip(ph, 200);
    if (t === 'input' || t === 'textarea' || t === 'select') {
      const nb = nearbyText(el, c);
      if (nb) return clip(nb, 200);
    }
    return '';
  }

  /* ------------------------------------------------------------------ */
  /* refs and the answer shape                                           */

  const refs = new Map();
  const idOf = new WeakMap();
  let nextRef = 1;
  const hasWeakRef = typeof WeakRef === 'function';

  function refOf(el) {
    const id = idOf.get(el);
    if (id && refs.has(id)) return id;
    if (refs.size > 20000) {
      for (const [k, w] of refs) if (!(hasWeakRef ? w.deref() : w)) refs.delete(k);
    }
    const n = nextRef++;
    idOf.set(el, n);
    refs.set(n, hasWeakRef ? new WeakRef(el) : el);
    return n;
  }

  function deref(ref) {
    if (ref == null) return null;
    if (typeof ref === 'object' && ref.ref != null) ref = ref.ref;
    const w = refs.get(Number(ref));
    if (!w) return null;
    const el = hasWeakRef ? w.deref() : w;
    if (!el || !el.isConnected || !el.ownerDocument || !el.ownerDocument.defaultView) return null;
    return el;
  }

  const GONE = { ok: false, error: 'the element is gone' };

  function checkedOf(el) {
    if (el.localName === 'input' && (el.type === 'checkbox' || el.type === 'radio')) return !!el.checked;
    const ac = el.getAttribute && el.getAttribute('aria-checked');
    if (ac != null) return ac === 'true';
    const ap = el.getAttribute && el.getAttribute('aria-pressed');
    if (ap != null && isCheckable(el)) return ap === 'true';
    return null;
  }

  function valueOf(el, c) {
    const t = el.localName;
    if (t === 'input') {
      if (el.type === 'password') return '\u2022'.repeat(el.value.length);
      if (el.type === 'checkbox' || el.type === 'radio') return el.value;
      return el.value;
    }
    if (t === 'textarea') return el.value;
    if (t === 'select') return el.value;
    if (el.isContentEditable) return clip(el.innerText, 2000);
    if (attrRole(el) === 'combobox' || attrRole(el) === 'textbox') return clip(textOf(el, c), 200);
    return null;
  }

  function cssIdent(s) {
    return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : String(s).replace(/[^\w-]/g, (ch) => '\\' + ch);
  }

  /* a CSS selector for el within its document or shadow root */
  function cssPath(el) {
    const root = el.getRootNode ? el.getRootNode() : el.ownerDocument;
    const parts = [];
    let n = el;
    while (n && n.nodeType === 1) {
      if (n.id) {
        const sel = '#' + cssIdent(n.id);
        let unique = false;
        try { unique = root.querySelectorAll(sel).length === 1; } catch (e) { unique = false; }
        if (unique) { parts.unshift(sel); break; }
      }
      let part = cssIdent(n.localName);
      const p = n.parentNode;
      if (p && (p.nodeType === 1 || p.nodeType === 11)) {
        let same = 0, idx = 0;
        for (const s of p.children) {
          if (s.localName === n.localName) {
            same++;
            if (s === n) idx = same;
          }
        }
        if (same > 1) part += ':nth-of-type(' + idx + ')';
      }
      parts.unshift(part);
      if (!p || p.nodeType !== 1) break;
      n = p;
    }
    return parts.join(' > ');
  }

  /* the selector, with "host >>> " / "iframe >>> " for nested roots */
  function selectorOf(el) {
    const segs = [];
    let n = el;
    while (n) {
      segs.unshift(cssPath(n));
      const root = n.getRootNode ? n.getRootNode() : null;
      if (root && root.nodeType === 11 && root.host) { n = root.host; continue; }
      const doc = n.ownerDocument;
      if (doc && doc !== document && doc.defaultView) {
        const fe = frameEl(doc.defaultView);
        if (fe) { n = fe; continue; }
      }
      break;
    }
    return segs.join(' >>> ');
  }

  function shortDesc(el) {
    if (!el || el.nodeType !== 1) return null;
    let s = el.localName;
    if (el.id) s += '#' + el.id;
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    if (cls) s += '.' + cls;
    const t = clip(textOf(el), 40);
    return t ? s + ' "' + t + '"' : s;
  }

  function displayText(el, c) {
    const t = el.localName;
    if (t !== 'input' && t !== 'select' && t !== 'textarea') {
      const x = textOf(el, c);
      if (x) return clip(x, 200);
    }
    return accName(el, c);
  }

  /* The answer for an element: scrolls it into view first (unless
   * noScroll: then it is measured where it is). */
  function describe(el, c, extra, noScroll) {
    if (!noScroll) scrollIntoView(el);
    const m = measure(el);
    const ctl = labelControl(el) || el;
    const o = {
      ok: true,
      ref: refOf(el),
      tag: el.localName,
      role: kindOf(el),
      text: displayText(el, c),
      name: accName(el, c),
      selector: selectorOf(el),
      box: m.box,
      center: m.center,
      score: 1,
      inViewport: m.inViewport,
      visible: isVisible(el, c),
      checked: checkedOf(ctl),
      value: valueOf(ctl, c),
      editable: isEditable(el) && !isDisabled(el) && !isReadOnly(el),
      disabled: isDisabled(ctl),
    };
    if (ctl !== el) o.control = { tag: ctl.localName, role: kindOf(ctl) };
    /* a column header's sort, itself or on its header cell */
    const sh = el.closest && el.closest('[aria-sort]');
    if (sh && sh.getAttribute('aria-sort') !== 'none') o.sort = sh.getAttribute('aria-sort');
    if (m.covered) { o.covered = true; o.coveredBy = m.coveredBy; }
    if (el.localName === 'a' && typeof el.href === 'string' && el.href) o.href = el.href;
    if (extra) Object.assign(o, extra);
    if (typeof o.score === 'number') o.score = Math.round(Math.min(1, Math.max(0, o.score)) * 1000) / 1000;
    return o;
  }

  function candDesc(el, score, c) {
    return { tag: el.localName, role: kindOf(el), text: clip(displayText(el, c), 80), score: Math.round(score * 1000) / 1000, selector: selectorOf(el) };
  }

  /* ------------------------------------------------------------------ */
  /* locate                                                              */

  const PURPOSES = new Set(['click', 'type', 'select', 'check', 'hover', 'scroll', 'read', 'any']);
  const NOUN_OF = { type: 'text field', select: 'dropdown', check: 'checkbox or radio button' };
  const ROLE_NOUN = { field: 'text field', searchbox: 'search box', dropdown: 'dropdown', checkbox: 'checkbox', radio: 'radio button', image: 'image', item: 'item' };

  function normQuery(q) {
    q = q && typeof q === 'object' ? q : { text: q == null ? null : String(q) };
    const str = (v) => (v == null ? null : String(v).trim() || null);
    const low = (v) => (str(v) ? str(v).toLowerCase() : null);
    let ordinal = parseInt(q.ordinal, 10);
    if (!isFinite(ordinal)) ordinal = 0;
    const purpose = PURPOSES.has(q.purpose) ? q.purpose : 'any';
    return {
      text: str(q.text), role: low(q.role), ordinal, exact: !!q.exact, purpose,
      prefix: !!q.prefix, all: !!q.all, state: low(q.state),
      anchor: str(q.anchor), anchorRole: low(q.anchor_role || q.anchorRole), near: !!q.near,
    };
  }

  /* what a purpose acts on, given a matched element: the element itself, a
   * control for its label, a clickable ancestor; null when it cannot */
  function purposeTarget(el, purpose, c) {
    switch (purpose) {
      case 'type': {
        if (isValueInput(el)) return el;
        const ctl = labelControl(el);
        return ctl && isValueInput(ctl) ? ctl : null;
      }
      case 'select': {
        if (isDropdown(el)) return el;
        const ctl = labelControl(el);
        if (ctl && isDropdown(ctl)) return ctl;
        const cls = typeof el.className === 'string' ? el.className : '';
        if (/select|dropdown|combo/i.test(cls) && isClickable(el, c)) return el;
        return null;
      }
      case 'check': {
        if (isCheckable(el)) return el;
        const ctl = labelControl(el);
        if (ctl && isCheckable(ctl)) return ctl; /* its label may stand in later */
        if (el.getAttribute('aria-pressed') != null) return el;
        return null;
      }
      case 'click': case 'hover': {
        if (isClickable(el, c)) return el;
        /* a hidden name is no name of what shows around it (a collapsed
         * folder's child is not the folder) */
        const hid = !isVisible(el, c);
        let n = parentOf(el);
        for (let i = 0; n && n.nodeType === 1 && i < 5; i++, n = parentOf(n)) {
          if (n.localName === 'body' || n.localName === 'html') break;
          if (hid && isVisible(n, c)) break;
          if (isClickable(n, c)) return n;
        }
        return el;
      }
      default:
        return el;
    }
  }


  /* visible for the purpose: a hidden checkbox counts when its label shows */
  function visibleFor(el, purpose, c) {
    if (isVisible(el, c)) return true;
    if (purpose === 'check' && isCheckable(el)) {
      try {
        for (const l of labelEls(el, c)) if (isVisible(l, c)) return true;
      } catch (e) { /* none */ }
    }
    return false;
  }

  function checkLabelOrSelf(el, c) {
    if (isVisible(el, c)) return el;
    try {
      for (const l of labelEls(el, c)) if (isVisible(l, c)) return l;
    } catch (e) { /* none */ }
    return el;
  }

  function candidateEl(el) {
    const t = el.localName;
    if (t === 'body') return el.isContentEditable && el.ownerDocument !== document; /* an editor's frame */
    if (SKIP_TAGS.has(t) || SVG_INNER.has(t) || t === 'option' || t === 'optgroup') return false;
    return true;
  }

  const NAMED_TAGS = new Set(['input', 'select', 'textarea', 'button', 'img', 'a', 'label', 'summary', 'area', 'svg',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'footer', 'header', 'nav', 'main', 'aside', 'form', 'table', 'th', 'td', 'dt', 'dd']);
  const NAME_ATTRS = ['aria-label', 'aria-labelledby', 'title', 'role', 'onclick', 'placeholder', 'tabindex', 'alt', 'data-testid'];

  /* cheap test: could el be named by text at all? (Skips text-less
   * containers, whose innerText would be most of the page.) */
  function mayBeNamed(el) {
    if (hasOwnText(el) || NAMED_TAGS.has(el.localName)) return true;
    for (const a of NAME_ATTRS) if (el.hasAttribute(a)) return true;
    if (el.isContentEditable) return true;
    const n = el.childElementCount;
    return n > 0 && n <= 4 && el.textContent.length <= 200;
  }

  function roleNoun(role, purpose) {
    if (role) return ROLE_NOUN[role] || role;
    return NOUN_OF[purpose] || 'element';
  }

  function plural(noun, n) {
    if (n === 1) return noun;
    if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
    if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
    return noun + 's';
  }

  function ordinalWord(n) {
    if (n === -1) return 'last';
    const s = ['th', 'st', 'nd', 'rd'], v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  function pickOrdinal(list, ordinal) {
    if (!list.length) return null;
    if (ordinal === -1) return list[list.length - 1];
    const i = ordinal > 0 ? ordinal - 1 : 0;
    return i < list.length ? list[i] : null;
  }

  function byOrder(c) {
    return (a, b) => (c.order.get(a.el !== undefined ? a.el : a) || 0) - (c.order.get(b.el !== undefined ? b.el : b) || 0);
  }

  function deepActive() {
    let a = document.activeElement;
    for (let i = 0; a && i < 20; i++) {
      if (a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; continue; }
      if (a.localName === 'iframe' || a.localName === 'frame') {
        let d = null;
        try { d = a.contentDocument; } catch (e) { d = null; }
        if (d && d.activeElement && d.activeElement !== d.body) { a = d.activeElement; continue; }
      }
      break;
    }
    return a;
  }

  /* elements of a role (or purpose, or state) in document order, visible.
   * One entry per control: a span[role=button] in a button is the button;
   * but a container of several matches (a "tabs" list, a button group) is
   * none of them. */
  function elementsOfKind(c, role, purpose, state) {
    const found = [];
    for (const el of c.all()) {
      if (!candidateEl(el)) continue;
      /* a checkbox's label stands in for it later, when needed */
      if (el.localName === 'label' && role !== 'label') continue;
      let ok;
      if (role) {
        ok = roleFit(el, role, c) >= 0.95;
        if (ok && role === 'link' && kindOf(el) !== 'link') ok = false;
        if (ok && role === 'button' && !isClickable(el, c)) ok = false;
        if (ok && role === 'item' && kindOf(el) !== 'item') ok = false;
      } else if (state) {
        ok = stateOf(el, state) === true && (isClickable(el, c) || isExpandable(el) || isCheckable(el) || isEditable(el));
      } else {
        ok = purpose === 'type' ? isValueInput(el)
          : purpose === 'select' ? isDropdown(el)
            : purpose === 'check' ? isCheckable(el) : false;
      }
      if (!ok) continue;
      if (purpose === 'type' && !isValueInput(el)) continue;
      if (purpose === 'select' && !isDropdown(el)) continue;
      if (purpose === 'check' && !isCheckable(el) && roleFit(el, 'checkbox', c) < 0.9) continue;
      if (!visibleFor(el, purpose, c)) continue;
      found.push(el);
    }
    const out = [];
    for (let i = 0; i < found.length; i++) {
      const el = found[i];
      let inner = 0;
      for (let j = i + 1; j < found.length && inner < 2; j++) if (composedContains(el, found[j])) inner++;
      if (inner >= 2) continue;
      if (out.length && composedContains(out[out.length - 1], el)) continue;
      out.push(el);
    }
    return out;
  }

  /* ---- anchors: "in the row of order #10482", "next to Credits" ---- */

  /* Words of an anchor that say what kind of thing it is, not which one. */
  const ANCHOR_NOISE = new Set(['the', 'a', 'an', 'of', 'from', 'by', 'for', 'with', 'to', 'in', 'on', 'at', 'row', 'item',
    'entry', 'record', 'line', 'user', 'email', 'mail', 'message', 'post', 'card', 'order', 'named', 'called', 'titled',
    'person', 'product', 'one', 'that', 'which', 'who', 'is', 'section', 'list', 'contact', 'customer', 'account']);

  const ANCHOR_ROLE_SEL = {
    footer: 'footer,[role=contentinfo]', header: 'header,[role=banner]', banner: 'header,[role=banner]',
    nav: 'nav,[role=navigation]', navigation: 'nav,[role=navigation]', navbar: 'nav,[role=navigation]',
    menu: 'nav,[role=navigation],[role=menu],[role=menubar]', sidebar: 'aside,[role=complementary]',
    dialog: 'dialog[open],[role=dialog],[role=alertdialog],[aria-modal=true]', modal: 'dialog[open],[role=dialog],[role=alertdialog],[aria-modal=true]',
    popup: 'dialog[open],[role=dialog],[role=alertdialog],[aria-modal=true]', form: 'form', table: 'table,[role=table],[role=grid]',
    row: 'tr,[role=row]', list: 'ul,ol,[role=list],[role=listbox]', tree: '[role=tree]', toolbar: '[role=toolbar]',
    frame: 'iframe,frame', iframe: 'iframe,frame', tablist: '[role=tablist]', main: 'main,[role=main]',
  };
  /* Anchors that name how a page is built, not a thing on it: "inside the
   * shadow DOM", "in the web component", "in the embedded page". */
  const SHADOW_ANCHOR = /^(the )?(shadow( dom| root)?|web component|custom element|component|widget)$/i;
  const FRAME_ANCHOR = /^(the )?(i?frame|embedded( (page|form|frame|content|document|widget))?|embed)$/i;
  const ANCHOR_ROLE_CLASS = { sidebar: /sidebar|side-?bar/i, dialog: /modal|dialog|popup|lightbox/i, modal: /modal|dialog|popup/i,
    popup: /modal|dialog|popup/i, tree: /(^|[\s_-])tree/i, toolbar: /toolbar/i, menu: /menu|navbar/i, list: /list/i };

  /* The words that single the anchor out: numbers, names, @handles, else
   * every word that is not noise. */
  function anchorKeys(anchor) {
    const words = String(anchor).split(/\s+/).filter(Boolean);
    const strong = words.filter((w) => /\d|^[@#]|^[A-Z\u00c0-\u00de]/.test(w) && !ANCHOR_NOISE.has(norm(w)));
    const pick = strong.length ? strong : words.filter((w) => !ANCHOR_NOISE.has(norm(w)));
    const keys = tokens((pick.length ? pick : words).join(' '));
    return keys;
  }

  function hasTokens(text, keys) {
    if (!keys.length) return false;
    const tt = tokens(text);
    if (!tt.length) return false;
    return keys.every((k) => tt.some((t) => t === k || (k.length >= 5 && tokenEq(k, t) > 0)));
  }

  /* The elements an anchor names: the smallest visible ones whose text
   * holds its words, within the kind of container it names. */
  function anchorEls(q, c) {
    const said = collapse([q.anchor, q.anchorRole].filter(Boolean).join(' '));
    if (SHADOW_ANCHOR.test(said) || FRAME_ANCHOR.test(said)) {
      const shadow = SHADOW_ANCHOR.test(said);
      const hosts = c.all().filter((el) => (shadow ? !!el.shadowRoot : el.localName === 'iframe' || el.localName === 'frame') && isVisible(el, c));
      if (hosts.length) return hosts;
    }
    let scopes = null;
    const sel = q.anchorRole && ANCHOR_ROLE_SEL[q.anchorRole];
    if (sel || (q.anchorRole && ANCHOR_ROLE_CLASS[q.anchorRole])) {
      scopes = [];
      const cre = ANCHOR_ROLE_CLASS[q.anchorRole];
      for (const el of c.all()) {
        const hit = (sel && el.matches(sel)) || (cre && cre.test(attrWords(el)) && el.children.length > 0);
        if (!hit || !isVisible(el, c)) continue;
        if (scopes.some((s) => composedContains(s, el))) continue;
        scopes.push(el);
      }
      if (!scopes.length) scopes = null;
    }
    if (!q.anchor) return scopes;
    /* "of the cheapest lamp": the item a superlative picks */
    const sx = anchorExtreme(q.anchor);
    if (sx) {
      const r = extremeItem(sx.ext, sx.noun, c);
      return r.ok ? [r.el] : scopes;
    }
    /* "for the first product": the nth item of the page's list */
    const om = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|(\d+)(?:st|nd|rd|th))\s+(.+)$/i.exec(q.anchor);
    if (om) {
      const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
      const w = om[1].toLowerCase();
      const ord = w === 'last' ? -1 : om[2] ? parseInt(om[2], 10) : words.indexOf(w) + 1;
      const items = itemsFor(c, tokens(om[3]).join(' '), 'read');
      const it = items ? pickOrdinal(items, ord) : null;
      if (it) return [it];
    }
    const keys = anchorKeys(q.anchor);
    if (!keys.length) return scopes;
    const hits = [];
    for (const el of c.all()) {
      if (!candidateEl(el) || el.localName === 'body') continue;
      const tc = el.textContent || '';
      /* a widget's own tag names it too: <help-widget> */
      const attrs = [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt'),
        el.localName === 'input' ? el.value : '', el.localName.includes('-') ? humanize(el.localName) : ''].filter(Boolean).join(' ');
      if (tc.length > 5000 && !attrs) continue;
      if (!hasTokens(tc + ' ' + attrs, keys)) continue;
      if (!isVisible(el, c)) continue;
      hits.push(el);
    }
    /* within the kind of container named, when any is (a to-do list of
     * divs is a "list" too) */
    const inScope = scopes ? hits.filter((el) => scopes.some((s) => composedContains(s, el))) : hits;
    const pool = inScope.length ? inScope : hits;
    /* the smallest: drop hits that hold another hit */
    const small = pool.filter((h) => !pool.some((o) => o !== h && composedContains(h, o)));
    return small.length ? small : scopes;
  }

  function lca(a, b) {
    const up = new Set();
    for (let n = a; n; n = parentOf(n)) up.add(n);
    for (let n = b; n; n = parentOf(n)) if (up.has(n)) return n;
    return null;
  }

  function gap(a, b) {
    const ra = centerBox(a), rb = centerBox(b);
    const dx = Math.max(0, ra.x - (rb.x + rb.w), rb.x - (ra.x + ra.w));
    const dy = Math.max(0, ra.y - (rb.y + rb.h), rb.y - (ra.y + ra.h));
    /* what follows a label (to its right, or below it) is what it labels */
    const after = rb.x >= ra.x + ra.w - 2 || rb.y >= ra.y + ra.h - 2;
    return Math.hypot(dx, dy * 1.5) * (after ? 1 : 1.6);
  }

  function centerBox(el) {
    const m = measure(el).box;
    return { x: m.x, y: m.y, w: m.width, h: m.height };
  }

  /* Rank entries ({el, match}) by how they sit to the anchor's elements:
   * for "in", the fewest rivals sharing the smallest container with an
   * anchor; for "near", the least distance. Returns the entries that fit
   * best, best first; all of them when the anchor singles none out. */
  function anchorRank(entries, anchors, near, c) {
    if (!anchors || !anchors.length || !entries.length) return { list: entries, used: false };
    const top = entries.slice(0, 120), as = anchors.slice(0, 12);
    for (const e of top) {
      e.k = Infinity; e.up = Infinity; e.d = Infinity;
      for (const a of as) {
        if (near) {
          if (composedContains(a, e.el) || composedContains(e.el, a)) continue;
          const d = gap(a, e.el);
          if (d < e.d) e.d = d;
          continue;
        }
        const l = lca(e.el, a);
        if (!l) continue;
        let k = 0;
        for (const o of top) if (o.match >= e.match - 2 * TIE && composedContains(l, o.el)) k++;
        let up = 0;
        for (let n = e.el; n && n !== l; n = parentOf(n)) up++;
        if (k < e.k || (k === e.k && up < e.up)) { e.k = k; e.up = up; }
      }
    }
    if (near) {
      const ok = top.filter((e) => isFinite(e.d));
      if (!ok.length) return { list: entries, used: false };
      ok.sort((a, b) => (a.d - b.d) || (b.match - a.match));
      return { list: ok, used: true };
    }
    const minK = Math.min(...top.map((e) => e.k));
    if (!isFinite(minK) || minK >= top.length && top.length > 1) return { list: entries, used: false };
    const group = top.filter((e) => e.k === minK);
    group.sort((a, b) => (b.match - a.match) || (a.up - b.up) || (c.order.get(a.el) - c.order.get(b.el)));
    return { list: group, used: true, minK };
  }

  /* a name of el starts with text ("the suggestion that begins with Por") */
  function prefixMatch(text, el, c) {
    const nq = norm(text);
    let best = 0;
    for (const [t, w] of sources(el, c)) {
      const nt = norm(t);
      if (nq && nt.startsWith(nq)) best = Math.max(best, w * (0.9 + 0.1 * nq.length / nt.length));
    }
    return [best, best];
  }

  /* Scored candidates for a named target: [{el, base, match, raw}], before
   * the threshold; and the best score of a hidden match. */
  function scoreNamed(q, c, low) {
    const { text, role, purpose } = q;
    const vs = variants(text);
    const byEl = new Map();
    let hiddenBest = 0, hiddenEl = null, anyOfPurpose = false;
    const hidden = [];
    for (const el of c.all()) {
      if (!candidateEl(el)) continue;
      if (purpose === 'type' || purpose === 'select' || purpose === 'check') {
        const isKind = purpose === 'type' ? isValueInput(el)
          : purpose === 'select' ? isDropdown(el)
            : isCheckable(el) || (el.getAttribute('aria-pressed') != null);
        if (isKind) anyOfPurpose = anyOfPurpose || visibleFor(el, purpose, c);
        if (!isKind && el.localName !== 'label' && !(purpose === 'select' || purpose === 'check')) continue;
      }
      if (!mayBeNamed(el)) continue;
      const [s0, raw] = q.prefix ? prefixMatch(text, el, c) : matchEl(text, el, c, vs);
      if (s0 <= 0.05) continue;
      let target = purposeTarget(el, purpose, c);
      if (!target) continue;
      if (!visibleFor(target, purpose, c)) {
        const hs = s0 * roleFit(target, role, c);
        if (hs > hiddenBest) { hiddenBest = hs; hiddenEl = target; }
        if (hs >= THRESHOLD && hidden.length < 60) hidden.push({ el: target, base: hs, match: hs, raw });
        continue;
      }
      /* match: how well the words fit (text, role, kind); base: with the
       * element's state (disabled, read-only, aria-hidden) */
      let s = s0 * roleFit(target, role, c);
      if (purpose === 'click' || purpose === 'hover') {
        if (!isClickable(target, c)) s *= 0.92;
      }
      const match = s;
      if (purpose === 'type' && isReadOnly(target)) s *= 0.7;
      if (isDisabled(target)) s *= 0.85;
      if (ariaHidden(target)) s *= 0.8;
      const prev = byEl.get(target);
      if (!prev || prev.base < s) byEl.set(target, { el: target, base: s, match, raw, depth: 0 });
    }
    return { all: Array.from(byEl.values()), hiddenBest, hiddenEl, hidden, anyOfPurpose, low };
  }

  /* nested duplicates (a span in a button, a heading around a link): keep
   * the better; on ties the clickable, then the deeper */
  function dedupe(list, purpose, c) {
    const clickish = purpose === 'click' || purpose === 'hover' || purpose === 'check';
    for (const e of list) {
      e.depth = depthOf(e.el);
      e.click = clickish && isClickable(e.el, c) ? 1 : 0;
    }
    list.sort((a, b) => (b.base - a.base) || (b.click - a.click) || (b.depth - a.depth));
    const kept = [];
    const keptSet = new Set(), aboveKept = new Set();
    for (const e of list) {
      if (aboveKept.has(e.el)) continue;
      let nested = false;
      const ups = [];
      for (let n = parentOf(e.el); n; n = parentOf(n)) {
        if (keptSet.has(n)) { nested = true; break; }
        ups.push(n);
      }
      if (nested) continue;
      kept.push(e);
      keptSet.add(e.el);
      for (const u of ups) aboveKept.add(u);
    }
    return kept;
  }

  function whatNoun(q) {
    const noun = roleNoun(q.role, q.purpose);
    return (q.state ? q.state + ' ' : '') + noun;
  }

  const AFFIRM = /^(confirm|ok|okay|yes|sure|continue|proceed|accept|agree|i agree|approve|apply|done)$/;
  const NEGATE = /^(cancel|no|keep|keep it|back|go back|dismiss|not now|later|abort|decline|reject)$/;

  /* The button of the open dialog that answers as the words do: yes/ok/the
   * action itself (or a primary, danger button; else the last), or no /
   * cancel / keep (else the first). null without an open dialog. */
  function dialogAnswer(text, c) {
    const w = norm(text);
    const yes = AFFIRM.test(w), no = NEGATE.test(w);
    if (!yes && !no) return null;
    const dialogs = c.all().filter((el) => isVisible(el, c) && (el.matches('dialog[open],[role=dialog],[role=alertdialog],[aria-modal=true]') ||
      /(^|[\s_-])(modal|dialog|popup|confirm)([\s_-]|$)/i.test(attrWords(el))));
    const d = dialogs.sort((a, b) => zOf(b, c) - zOf(a, c) || c.order.get(b) - c.order.get(a))[0];
    if (!d) return null;
    const btns = Array.from(d.querySelectorAll('button,[role=button],input[type=submit],input[type=button],a[href]')).filter((b) => isVisible(b, c) && !isDisabled(b));
    if (!btns.length) return null;
    const said = (b) => norm(textOf(b, c) || b.value || b.getAttribute('aria-label') || '');
    const cls = (b) => attrWords(b);
    if (yes) {
      return btns.find((b) => /^(yes|ok|okay|confirm|continue|proceed|accept|agree|delete|remove|sure|submit|save|done|apply)\b/.test(said(b))) ||
        btns.find((b) => /primary|danger|confirm|destructive|ok/i.test(cls(b))) ||
        btns.filter((b) => !NEGATE.test(said(b)) && !/^(close|x|×)$/.test(said(b))).pop() || null;
    }
    return btns.find((b) => /^(no|cancel|keep|back|go back|dismiss|not now|later|abort|decline|close)\b/.test(said(b))) ||
      btns.find((b) => /secondary|cancel|ghost|dismiss/i.test(cls(b))) || btns[0];
  }

  /* Find what q names. Returns {ok, el, score, count, els (all matches,
   * best first, for q.all), anchored} or {ok:false, error, candidates}. */
  function locateEl(q, c) {
    const { text, role, ordinal, purpose } = q;

    /* "the main heading": the page's h1, else its first heading */
    if (role === 'heading' && text && /^(main|page|top|primary|big|biggest|largest)$/.test(norm(text))) {
      const hs = elementsOfKind(c, 'heading', purpose, null);
      const h1 = hs.find((h) => h.localName === 'h1' || h.getAttribute('aria-level') === '1');
      if (h1 || hs.length) return { ok: true, el: h1 || hs[0], score: 1, count: 1 };
    }

    /* "the cheapest lamp": the item whose price is the least */
    const ext = extremeOf(q.state);
    if (ext) {
      const r = extremeItem(ext, text, c);
      if (!r.ok) return r;
      const el = purpose === 'click' || purpose === 'hover' ? primaryLink(r.el, c) : r.el;
      return { ok: true, el, item: r.el, score: 1, count: 1, extreme: r.value };
    }

    /* "the second result", "the first product" */
    const noun = text ? tokens(text).join(' ') : '';
    const itemMode = !q.anchor && !q.anchorRole && ((!text && (role === 'item' || role === 'result' || role === 'product'))
      || (text && ITEM_NOUNS.has(noun) && ordinal !== 0 && (!role || role === 'item' || role === 'link')));
    if (itemMode) {
      const r = itemsFor(c, text ? noun : null, purpose);
      if (r) {
        if (q.all) return { ok: true, el: r[0], els: r, score: 1, count: r.length };
        const el = pickOrdinal(r, ordinal);
        if (!el) return { ok: false, error: 'there ' + (r.length === 1 ? 'is' : 'are') + ' only ' + r.length + ' ' + plural(noun || 'item', r.length) + ' on the page', count: r.length };
        return { ok: true, el, score: 1, count: r.length };
      }
      if (text) return { ok: false, error: 'no list of ' + plural(noun, 2) + ' on the page' };
    }

    const anchors = q.anchor || q.anchorRole ? anchorEls(q, c) : null;
    let entries;
    let nearMiss = null;
    if (!text) {
      const plain = !q.anchor && !q.anchorRole && !q.state && !q.all;
      if (plain && role === 'searchbox' && ordinal <= 1) {
        const sb = searchBoxEl(c);
        if (sb) return { ok: true, el: sb, score: 1 };
      }
      if (plain && !role && ordinal === 0 && purpose === 'type') {
        const a = deepActive();
        if (a && isEditable(a) && isVisible(a, c)) return { ok: true, el: a, score: 1 };
      }
      if (!role && !NOUN_OF[purpose] && !q.state) return { ok: false, error: 'say which element to ' + (purpose === 'any' ? 'use' : purpose) };
      let list = elementsOfKind(c, role, purpose, role ? null : q.state);
      if (role === 'item' && !list.length) list = itemsFor(c, null, purpose) || [];
      if (!list.length) return { ok: false, error: 'no ' + whatNoun(q) + ' on the page' };
      if (plain && ordinal === 0 && purpose === 'type' && role) {
        const a = deepActive();
        if (a && list.includes(a)) return { ok: true, el: a, score: 1, count: list.length };
      }
      entries = list.map((el) => ({ el, base: 1, match: 1, raw: 1 }));
    } else {
      /* with an anchor, weaker names count: the anchor vouches */
      const low = anchors ? 0.3 : THRESHOLD;
      const sc = scoreNamed(q, c, low);
      if (NOUN_OF[purpose] && !sc.anyOfPurpose) return { ok: false, error: 'no ' + NOUN_OF[purpose] + ' on the page' };
      let list = sc.all.filter((e) => e.match >= low);
      /* "both boxes" named by what goes in them ("the code"): all the boxes
       * when none is named so */
      if (!list.length && q.all && (role || NOUN_OF[purpose])) return locateEl(Object.assign({}, q, { text: null }), c);
      if (!list.length && (purpose === 'click' || purpose === 'any')) {
        /* "confirm", "cancel" in a dialog whose buttons say "Yes, delete",
         * "Keep it": its answer of that kind */
        const ans = dialogAnswer(text, c);
        if (ans) return { ok: true, el: ans, score: 0.6, count: 1 };
      }
      if (!list.length) {
        const near = sc.all.sort((a, b) => (b.base - a.base) || (c.order.get(a.el) - c.order.get(b.el)))
          .slice(0, 5).map((e) => candDesc(e.el, e.base, c));
        let err = 'no element matches "' + text + '"' + (role ? ' (' + role + ')' : NOUN_OF[purpose] ? ' (' + NOUN_OF[purpose] + ')' : '') + ' well enough';
        if (sc.hiddenBest >= THRESHOLD) {
          err += ' (a matching element exists but is hidden)';
          /* in a closed tab, folder or section, or shown on hover: what reveals it */
          let h = sc.hiddenEl;
          if (anchors && sc.hidden.length > 1) { /* the one in the anchor's item: "delete the to-do Pay rent" */
            const ar = anchorRank(sc.hidden, anchors, q.near, c);
            if (ar.used) h = ar.list[0].el;
          }
          const rv = revealer(h, c);
          if (rv) return { ok: false, error: err, candidates: near, reveal: refOf(rv.how === 'click' ? clickSpot(rv.el, null, c) : rv.el), revealHow: rv.how, revealText: clip(displayText(rv.el, c), 80) };
        }
        return { ok: false, error: err, candidates: near };
      }
      if (q.exact) {
        const ex = list.filter((e) => e.raw >= 0.999);
        if (ex.length) list = ex;
      }
      entries = dedupe(list, purpose, c);
      nearMiss = entries;
    }

    if (q.state) {
      const st = entries.filter((e) => stateOf(e.el, q.state) === true);
      if (!st.length) {
        return { ok: false, error: 'no ' + whatNoun(q) + (text ? ' matching "' + text + '"' : '') + ' on the page',
          candidates: entries.slice(0, 5).map((e) => candDesc(e.el, e.base, c)) };
      }
      entries = st;
    }

    let anchored = false;
    if (anchors) {
      const r = anchorRank(entries, anchors, q.near, c);
      entries = r.list;
      anchored = r.used;
    }
    if (text) {
      const strong = entries.filter((e) => e.match >= THRESHOLD);
      /* a weak name only when the anchor singles it out */
      if (!strong.length && !(anchored && entries.length)) {
        return { ok: false, error: 'no element matches "' + text + '"' + (role ? ' (' + role + ')' : '') + ' well enough near "' + (q.anchor || q.anchorRole) + '"',
          candidates: (nearMiss || entries).slice(0, 5).map((e) => candDesc(e.el, e.base, c)) };
      }
      if (strong.length && !anchored) entries = strong;
    }

    if (q.all) {
      const bestMatch = Math.max(...entries.map((e) => e.match));
      const group = entries.filter((e) => e.match >= bestMatch - 0.15).sort(byOrder(c));
      const els = group.map((e) => (purpose === 'check' ? checkLabelOrSelf(e.el, c) : e.el));
      return { ok: true, el: els[0], els, score: group[0].base, count: els.length, anchored };
    }

    if (ordinal !== 0) {
      /* "the first Save button" is the first in the page, enabled or not */
      const bestMatch = Math.max(...entries.map((e) => e.match));
      const group = (anchored && q.near ? entries : entries.filter((e) => e.match >= bestMatch - TIE)).slice().sort(byOrder(c));
      const pick = pickOrdinal(group, ordinal);
      if (!pick) {
        return {
          ok: false,
          error: 'there ' + (group.length === 1 ? 'is only 1 ' : 'are only ' + group.length + ' ') + (text ? plural('element', group.length) + ' matching "' + text + '"' + (role ? ' (' + role + ')' : '') : plural(whatNoun(q), group.length)) + ', not a ' + ordinalWord(ordinal),
          count: group.length,
        };
      }
      let el = pick.el;
      if (purpose === 'check') el = checkLabelOrSelf(el, c);
      return { ok: true, el, score: pick.base, count: group.length, anchored };
    }

    if (anchored || !text) {
      const first = anchored ? entries[0] : entries.slice().sort(byOrder(c))[0];
      let el = first.el;
      if (purpose === 'check') el = checkLabelOrSelf(el, c);
      const count = anchored ? entries.filter((e) => e.match >= first.match - TIE && (q.near ? e.d <= first.d * 1.05 : true)).length : entries.length;
      return { ok: true, el, score: first.base, count: text ? count : entries.length, anchored };
    }

    /* slight preference for what is in view already */
    const best = entries[0].base;
    for (const e of entries.slice(0, 60)) {
      const r = rectOf(e.el);
      const w = winOf(e.el);
      const inView = r.bottom > 0 && r.right > 0 && r.top < w.innerHeight && r.left < w.innerWidth;
      e.fin = e.base * (inView ? 1 : 0.97);
    }
    const top = entries.slice(0, 60).sort((a, b) => (b.fin - a.fin) || (c.order.get(a.el) - c.order.get(b.el)));
    let el = top[0].el;
    if (purpose === 'check') el = checkLabelOrSelf(el, c);
    return { ok: true, el, score: top[0].base, count: entries.filter((e) => e.base >= best - TIE).length };
  }

  /* What a person would do to see a hidden element: click the tab,
   * summary, folder or header that controls the part hiding it, or hover
   * the item it belongs to. {el, how: 'click'|'hover'} or null. */
  function revealer(h, c) {
    if (!h) return null;
    let a = h;
    for (let p = parentOf(a); p && p.nodeType === 1 && !isVisible(p, c); p = parentOf(p)) a = p;
    const host = parentOf(a);
    if (!host || host.nodeType !== 1) return null;
    const ok = (el) => el && el !== h && isVisible(el, c) && !composedContains(a, el) ? el : null;
    const root = a.getRootNode ? a.getRootNode() : document;
    if (a.id && root.querySelectorAll) {
      const id = cssIdent(a.id);
      for (const el of root.querySelectorAll('[aria-controls~="' + a.id.replace(/"/g, '') + '"],a[href="#' + a.id.replace(/"/g, '') + '"],[data-target="#' + id + '"],[data-bs-target="#' + id + '"]')) {
        if (ok(el)) return { el, how: 'click' };
      }
    }
    const lb = a.getAttribute && a.getAttribute('aria-labelledby');
    if (lb) {
      const el = byIdIn(a, lb.split(/\s+/)[0]);
      if (ok(el)) return { el, how: 'click' };
    }
    if (host.localName === 'details' && !host.open) {
      const sm = host.querySelector('summary');
      if (ok(sm)) return { el: sm, how: 'click' };
    }
    /* a panel among sibling panels, and a tab list of as many tabs */
    const panels = Array.from(host.children).filter((x) => x.localName === a.localName && attrWords(x) === attrWords(a));
    if (panels.length >= 2) {
      const tabs = c.all().filter((el) => isTabLike(el, c) && isVisible(el, c));
      const groups = new Map();
      for (const t of tabs) { const g = t.parentElement; groups.set(g, (groups.get(g) || []).concat([t])); }
      for (const [, g] of groups) if (g.length === panels.length) return { el: g[panels.indexOf(a)], how: 'click' };
    }
    /* a header, folder name or toggle right before it */
    for (let s = a.previousElementSibling, k = 0; s && k < 2; s = s.previousElementSibling, k++) {
      if (!isVisible(s, c)) continue;
      const t = isClickable(s, c) || isExpandable(s) ? s : Array.from(s.querySelectorAll('*')).find((x) => isClickable(x, c) || isExpandable(x));
      if (ok(t)) return { el: t, how: 'click' };
      if (textOf(s, c) && textOf(s, c).length <= 80) return { el: s, how: 'click' };
    }
    /* shown on hover: the item it belongs to */
    for (let n = host, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
      const r = roleOf(n);
      if (r === 'listitem' || r === 'row' || r === 'article' || n.localName === 'li' || (n.children.length > 1 && textOf(n, c).length <= 300)) {
        if (isVisible(n, c)) return { el: n, how: 'hover' };
      }
    }
    return null;
  }

  /* Where a person clicks an element wider than its words (a tree item, a
   * row of a list): on the words, which its handler hears as well; not on
   * the empty middle of the row, which a handler on the words never does. */
  function clickSpot(el, text, c) {
    if (/^(a|button|input|select|textarea|label|summary|option|img)$/.test(el.localName) || !el.querySelector) return el;
    const leaves = textLeaves(el, c, 30).filter((x) => x !== el && isVisible(x, c) &&
      (!x.parentElement || x.parentElement.closest(el.localName) === el));
    if (!leaves.length) return el;
    let best = leaves[0], bs = 0;
    if (text) {
      for (const x of leaves) {
        const s = textScore(text, textOf(x, c));
        if (s > bs) { bs = s; best = x; }
      }
    }
    const r = rectOf(el), lr = rectOf(best);
    return lr.width * lr.height * 2 > r.width * r.height ? el : best;
  }

  function locate(q) {
    q = normQuery(q);
    const c = newCtx();
    const r = locateEl(q, c);
    if (!r.ok) return r;
    if ((q.purpose === 'click' || q.purpose === 'hover') && !r.els) r.el = clickSpot(r.el, q.text, c);
    const extra = { score: r.score };
    if (r.count != null) extra.count = r.count;
    if (r.anchored) extra.anchored = true;
    if (r.els) extra.refs = r.els.map(refOf);
    return describe(r.el, c, extra);
  }

  function element(ref) {
    const el = deref(ref);
    if (!el) return GONE;
    return describe(el, newCtx());
  }

  /* ------------------------------------------------------------------ */
  /* repeated structures: lists of results, products, rows               */

  const NAV_SEL = 'nav,header,footer,aside,[role=navigation],[role=banner],[role=contentinfo],[role=menu],[role=menubar],[role=tablist],[role=complementary]';

  function textLeaves(item, c, limit) {
    const out = [];
    const tw = item.ownerDocument.createTreeWalker(item, 1);
    let n = item;
    while (n && out.length < (limit || 40)) {
      if (n.nodeType === 1 && hasOwnText(n) && !SKIP_TAGS.has(n.localName)) out.push(n);
      n = tw.nextNode();
    }
    return out;
  }

  function itemAttrs(el) {
    const parts = [typeof el.className === 'string' ? el.className : '', el.id || '', el.getAttribute('itemtype') || '',
      el.getAttribute('data-component-type') || '', el.getAttribute('data-testid') || '', el.getAttribute('data-type') || '',
      el.getAttribute('aria-label') || ''];
    return tokens(humanize(parts.join(' ')));
  }

  function findRepeated(c, opts) {
    opts = opts || {};
    const nounToks = opts.noun ? tokens(opts.noun) : [];
    const fields = (opts.fields || []).map((f) => stem(norm(f)));
    const wantPrice = fields.some((f) => f === 'price' || f === 'cost');
    const within = opts.within || null;
    const vw = window.innerWidth, vh = window.innerHeight;
    let best = null;
    for (const p of c.all()) {
      const kids = p.children;
      if (!kids || kids.length < 2) continue;
      const pt = p.localName;
      if (pt === 'select' || pt === 'datalist' || pt === 'head' || pt === 'tr' || pt === 'svg' || pt === 'optgroup') continue;
      if (within && !composedContains(within, p) && !composedContains(p, within)) continue;
      const byTag = new Map();
      for (const k of kids) {
        if (SKIP_TAGS.has(k.localName) || k.localName === 'option') continue;
        const a = byTag.get(k.localName);
        if (a) a.push(k); else byTag.set(k.localName, [k]);
      }
      for (const [, arr] of byTag) {
        if (arr.length < 2) continue;
        /* the siblings of one tag, and those sharing one of their commonest
         * classes (rows of a table alternate: story, details, spacer) */
        const cc = new Map();
        for (const k of arr) for (const cl of k.classList) cc.set(cl, (cc.get(cl) || 0) + 1);
        const sets = [arr];
        Array.from(cc).filter(([, n]) => n >= 3 && n < arr.length).sort((a, b) => b[1] - a[1]).slice(0, 3)
          .forEach(([cl]) => sets.push(arr.filter((k) => k.classList.contains(cl))));
        for (const items of sets) {
          const g = scoreGroup(p, items);
          if (g && (!best || g.score > best.score)) best = g;
        }
      }
    }
    return best;

    function scoreGroup(p, items) {
        /* a table's header row is no item */
        const vis = items.filter((k) => isVisible(k, c) && textOf(k, c).length > 0 &&
          !(isRow(k) && cellsOf(k).length && cellsOf(k).every(isHeadCell)));
        if (vis.length < 2) return null;
        const sample = vis.slice(0, 12);
        let len = 0, pieces = 0, link = 0, img = 0, price = 0, head = 0, nounHit = 0, area = 0;
        for (const it of sample) {
          len += Math.min(textOf(it, c).length, 400);
          pieces += Math.min(textLeaves(it, c, 12).length, 12);
          if ((it.localName === 'a' && it.hasAttribute('href')) || it.querySelector('a[href]')) link++;
          if (it.querySelector('img,picture,svg[role=img]')) img++;
          if (priceIn(textOf(it, c))) price++;
          if (it.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]')) head++;
          if (nounToks.length && nounToks.every((w) => itemAttrs(it).includes(w))) nounHit++;
        }
        for (const it of vis.slice(0, 60)) {
          const r = rectOf(it);
          area += Math.max(0, r.width) * Math.max(0, r.height);
        }
        const n = sample.length;
        len /= n; pieces /= n;
        let s = Math.sqrt(Math.min(vis.length, 60)) * (1 + Math.log2(1 + pieces));
        s *= len < 10 ? 0.3 : len < 25 ? 0.7 : 1;
        s *= (1 + 0.5 * link / n) * (1 + 0.3 * img / n) * (1 + 0.3 * head / n);
        s *= 0.6 + 0.4 * Math.min(1, area / (vw * vh));
        if (closestComposed(p, NAV_SEL)) s *= 0.25;
        else if (closestComposed(p, 'main,[role=main]')) s *= 1.3;
        if (wantPrice) s *= price / n >= 0.5 ? 2 : 0.6;
        if (nounToks.length) {
          if (nounHit / n >= 0.5 || nounToks.every((w) => itemAttrs(p).includes(w))) s *= 2.5;
        }
        /* items of one kind: the same tag and classes */
        const sig = new Map();
        for (const it of vis) {
          const k = it.localName + '.' + Array.from(it.classList).sort().join('.');
          sig.set(k, (sig.get(k) || 0) + 1);
        }
        const h = Math.max(...sig.values()) / vis.length;
        s *= h * h;
        /* Two items make a list only when they look like what was asked for
         * (a search with two hits): otherwise pairs are everywhere. */
        if (vis.length === 2 && !((wantPrice && price === n) || (nounToks.length && nounHit === n))) s *= 0.2;
        return { parent: p, items: vis, score: s };
    }
  }

  function primaryLink(item, c) {
    if (item.localName === 'a' && item.hasAttribute('href')) return item;
    const hl = item.querySelectorAll('h1 a[href],h2 a[href],h3 a[href],h4 a[href],h5 a[href],h6 a[href],[role=heading] a[href],a[href] h1,a[href] h2,a[href] h3,a[href] h4');
    for (const x of hl) {
      const a = x.localName === 'a' ? x : x.closest('a[href]');
      if (a && isVisible(a, c)) return a;
    }
    let bestA = null, bestL = 0;
    for (const a of item.querySelectorAll('a[href]')) {
      if (!isVisible(a, c)) continue;
      const l = textOf(a, c).length;
      if (l >= 3 && !priceIn(textOf(a, c)) && l > bestL) { bestA = a; bestL = l; }
      if (!bestA && !bestL) bestA = a;
    }
    if (bestA) return bestA;
    const up = item.closest && item.closest('a[href]');
    if (up) return up;
    const b = item.querySelector('button,[role=button],[role=link]');
    return b && isVisible(b, c) ? b : item;
  }

  /* the items of the main list; for clicking, their primary links */
  function itemsFor(c, noun, purpose) {
    let g = findRepeated(c, { noun });
    /* The site's own menus are not "the results": with no other list (a
     * search with one hit), the linked headings of the content stand in. */
    if (g && closestComposed(g.parent, NAV_SEL)) g = null;
    const items = g ? g.items : loneItems(c);
    if (!items || !items.length) return null;
    if (purpose === 'click' || purpose === 'hover') return items.map((it) => primaryLink(it, c));
    return items;
  }

  /* Content items when no repeated structure exists: articles, and headings
   * that link somewhere, outside navigation, in document order. */
  function loneItems(c) {
    const out = [];
    for (const el of c.all()) {
      const t = el.localName;
      const item = t === 'article' || attrRole(el) === 'article' ||
        (/^h[1-6]$/.test(t) && el.querySelector('a[href]'));
      if (!item || !isVisible(el, c) || closestComposed(el, NAV_SEL)) continue;
      if (out.some((o) => composedContains(o, el))) continue;
      out.push(el);
    }
    return out;
  }

  /* ------------------------------------------------------------------ */
  /* fields of a list item                                               */

  function priceEls(root, c) {
    const out = [];
    const seen = new Set();
    const doc = root.ownerDocument || root;
    const tw = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    let n;
    while ((n = tw.nextNode())) {
      const p = n.parentElement;
      if (!p || SKIP_TAGS.has(p.localName)) continue;
      const v = priceIn(n.data);
      if (!v || !isVisible(p, c)) continue;
      if (!seen.has(p)) { seen.add(p); out.push({ el: p, text: v }); }
    }
    /* prices split over elements: <span class=price>$<b>19</b>.99</span> */
    const els = root.querySelectorAll ? root.querySelectorAll('[class*=price i],[itemprop=price],[data-price],[class*=amount i]') : [];
    for (const el of els) {
      if (seen.has(el) || !isVisible(el, c)) continue;
      let inner = false;
      for (const s of seen) if (el.contains(s)) { inner = true; break; }
      if (inner) continue;
      const v = priceIn(textOf(el, c).replace(/\s+(?=\d)|(?<=\d)\s+(?=[.,]?\d)/g, ''));
      if (v) { seen.add(el); out.push({ el, text: v }); }
    }
    return out;
  }

  function isOldPrice(el, c) {
    if (el.closest('del,s,strike')) return true;
    for (let n = el, i = 0; n && n.nodeType === 1 && i < 3; n = n.parentElement, i++) {
      const cls = typeof n.className === 'string' ? n.className : '';
      if (/(^|[\s_-])(old|was|strike|striked|original|regular|compare|before|list-?price|crossed|rrp|msrp)/i.test(cls)) return true;
      try {
        if (/line-through/.test(styleOf(n, c).textDecorationLine)) return true;
      } catch (e) { /* no style */ }
    }
    return false;
  }

  function bestPriceIn(item, c) {
    const ps = priceEls(item, c);
    if (!ps.length) return null;
    const cur = ps.filter((p) => !isOldPrice(p.el, c));
    return (cur.length ? cur : ps)[0];
  }

  function attrMatch(el, words) {
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '');
    const s = ' ' + tokens(humanize([cls, el.getAttribute('itemprop') || '', el.getAttribute('data-field') || '',
      el.getAttribute('data-testid') || '', el.id || ''].join(' '))).join(' ') + ' ';
    return words.some((w) => s.includes(' ' + w + ' '));
  }

  /* the first element in item whose class, itemprop, id ... names one of
   * words and that has some letters in it */
  function findByAttr(item, words, c) {
    if (attrMatch(item, words) && item.children.length === 0) return item;
    for (const el of item.querySelectorAll('*')) {
      if (attrMatch(el, words) && isVisible(el, c) && /\p{L}.*\p{L}|\p{L}\d|\d\p{L}/u.test(textOf(el, c) || el.getAttribute('aria-label') || '')) return el;
    }
    return null;
  }

  /* an element's text, or that of the link making most of it */
  function mainText(el, c) {
    const t = textOf(el, c);
    for (const a of el.querySelectorAll('a[href]')) {
      const at = textOf(a, c);
      if (at.length >= 3 && at.length >= t.length * 0.5) return at;
    }
    return t;
  }

  const FIELD_WORDS = {
    name: ['name', 'title', 'headline', 'heading', 'product name'],
    description: ['description', 'desc', 'summary', 'snippet', 'excerpt', 'abstract', 'subtitle', 'teaser', 'content', 'body', 'text', 'blurb'],
    author: ['author', 'byline', 'by', 'creator', 'user', 'username', 'owner', 'seller'],
    date: ['date', 'time', 'published', 'posted', 'timestamp', 'date published', 'updated', 'ago'],
    rating: ['rating', 'star', 'stars', 'score', 'review', 'reviews', 'rating value'],
  };

  function nameOf(item, c) {
    const ip = item.querySelector('[itemprop=name],[itemprop=headline]');
    if (ip && isVisible(ip, c) && textOf(ip, c)) return textOf(ip, c);
    for (const h of item.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')) {
      if (isVisible(h, c) && textOf(h, c)) return textOf(h, c);
    }
    const byCls = findByAttr(item, ['name', 'title', 'headline', 'heading'], c);
    if (byCls && textOf(byCls, c) && !priceIn(textOf(byCls, c))) return mainText(byCls, c);
    for (const a of item.querySelectorAll('a[href]')) {
      const t = textOf(a, c);
      if (t.length >= 3 && isVisible(a, c) && !priceIn(t)) return t.length > 200 ? textOf(textLeaves(a, c, 1)[0] || a, c) : t;
    }
    /* the most prominent text */
    let bestT = '', bestS = 0;
    for (const el of textLeaves(item, c, 30)) {
      if (!isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (!t || priceIn(t) === t) continue;
      const st = styleOf(el, c);
      const s = (parseFloat(st.fontSize) || 12) * ((parseInt(st.fontWeight, 10) || 400) >= 600 ? 1.3 : 1);
      if (s > bestS) { bestS = s; bestT = t; }
    }
    return bestT || null;
  }

  function fieldOf(item, field, c, name) {
    const f = stem(norm(field));
    switch (f) {
      case 'name': case 'title': case 'headline': case 'heading': case 'product': case 'product name':
        return nameOf(item, c);
      case 'price': case 'cost': case 'amount': {
        const p = bestPriceIn(item, c);
        return p ? p.text : null;
      }
      case 'link': case 'url': case 'href': {
        const a = primaryLink(item, c);
        return a && typeof a.href === 'string' && a.href ? a.href : null;
      }
      case 'image': case 'img': case 'picture': case 'photo': case 'thumbnail': case 'image url': {
        const img = item.localName === 'img' ? item : item.querySelector('img');
        if (!img) return null;
        return img.currentSrc || img.src || img.getAttribute('data-src') || null;
      }
      case 'rating': case 'star': case 'score': {
        const ip = item.querySelector('[itemprop=ratingValue]');
        if (ip) return collapse(ip.getAttribute('content') || textOf(ip, c));
        const el = findByAttr(item, FIELD_WORDS.rating, c) || item.querySelector('[aria-label*="star" i],[aria-label*="rating" i],[title*="star" i]');
        if (el) {
          const t = textOf(el, c);
          const al = el.getAttribute('aria-label') || el.getAttribute('title') || '';
          if (al && (!t || /^[\u2605\u2606\u2b50\s]+$/.test(t))) return collapse(al);
          return t || collapse(al) || null;
        }
        const m = /(\d(?:[.,]\d)?)\s*(?:out of|\/)\s*5\b|(\d(?:[.,]\d)?)\s*stars?/i.exec(textOf(item, c));
        return m ? m[0] : null;
      }
      case 'date': case 'time': case 'published': {
        const el = item.querySelector('time,[itemprop=datePublished],[itemprop=dateCreated]') || findByAttr(item, FIELD_WORDS.date, c);
        if (el) return textOf(el, c) || el.getAttribute('datetime') || el.getAttribute('content') || null;
        const m = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d+ (?:minute|hour|day|week|month|year)s? ago)\b/i.exec(textOf(item, c));
        return m ? m[0] : null;
      }
      case 'author': case 'by': case 'user': case 'seller': {
        const el = item.querySelector('[itemprop=author],[rel=author],[rel="author"]') || findByAttr(item, FIELD_WORDS.author, c);
        if (el) return textOf(el, c).replace(/^by\s+/i, '') || null;
        const m = /\bby\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})/.exec(textOf(item, c));
        return m ? m[1] : null;
      }
      case 'description': case 'desc': case 'summary': case 'snippet': case 'text': case 'excerpt': {
        const el = item.querySelector('[itemprop=description]') || findByAttr(item, FIELD_WORDS.description, c);
        if (el && textOf(el, c)) return textOf(el, c);
        let bestT = '';
        for (const x of textLeaves(item, c, 40)) {
          if (x.closest('a[href]') && x.closest('h1,h2,h3,h4,h5,h6')) continue;
          const t = textOf(x, c);
          if (t.length > bestT.length && t !== name && !priceIn(t)) bestT = t;
        }
        if (!bestT && f === 'text') return textOf(item, c);
        return bestT || null;
      }
      default: {
        const w = [f, ...tokens(humanize(field))];
        const el = findByAttr(item, w, c);
        if (el) return textOf(el, c) || null;
        /* "Color: red"; "closed by Priya" */
        const by = /\bby$/i.test(field);
        const re = new RegExp('\\b' + field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (by ? '\\s*:?\\s*([^\\n,;()]{1,60})' : 's?\\s*:\\s*([^\\n]{1,80})'), 'i');
        const m = re.exec(typeof item.innerText === 'string' ? item.innerText : item.textContent);
        return m ? collapse(m[1]) : null;
      }
    }
  }

  /* ------------------------------------------------------------------ */
  /* superlatives: "the cheapest lamp", "the post with the most likes"   */

  /* "min:price" -> {dir, field}; null for other states */
  function extremeOf(state) {
    const m = /^(min|max):(.+)$/.exec(state || '');
    return m ? { dir: m[1], field: m[2].replace(/_/g, ' ') } : null;
  }

  /* a superlative anchor ("max:price lamp"): {ext, noun} or null */
  function anchorExtreme(anchor) {
    const m = /^((?:min|max):\S+)(?:\s+(.*))?$/.exec(anchor || '');
    return m ? { ext: extremeOf(m[1]), noun: m[2] || null } : null;
  }

  /* the first number in s: "1,299.00" -> 1299, "1.2k" -> 1200 */
  function numberIn(s) {
    const m = /(\d[\d,.\u00a0\u202f ]*\d|\d)\s*([km])?\b/i.exec(String(s || ''));
    if (!m) return null;
    let t = m[1].replace(/[\u00a0\u202f ]/g, '');
    const lc = t.lastIndexOf(','), ld = t.lastIndexOf('.');
    if (lc >= 0 && ld >= 0) t = lc > ld ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
    else if (lc >= 0) t = /,\d{3}$/.test(t) && !/,\d{1,2}$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
    else if ((t.match(/\./g) || []).length > 1) t = t.replace(/\./g, '');
    let v = parseFloat(t);
    if (isNaN(v)) return null;
    if (m[2]) v *= /k/i.test(m[2]) ? 1e3 : 1e6;
    return v;
  }

  const AGO_MS = { second: 1e3, minute: 6e4, min: 6e4, hour: 36e5, hr: 36e5, day: 864e5, week: 6048e5, month: 2592e6, year: 31536e6 };

  /* a date's time in ms: "2024-05-01", "May 1, 2024", "3 days ago", "yesterday" */
  function timeIn(s) {
    s = collapse(s);
    if (!s) return null;
    const now = Date.now();
    const ago = /(\d+|an?)\s*(second|minute|min|hour|hr|day|week|month|year)s?\s+ago/i.exec(s);
    if (ago) return now - (/^\d/.test(ago[1]) ? parseInt(ago[1], 10) : 1) * AGO_MS[ago[2].toLowerCase()];
    if (/\b(just now|today)\b/i.test(s)) return now;
    if (/\byesterday\b/i.test(s)) return now - AGO_MS.day;
    if (/^\d{4}-\d\d-\d\dT/.test(s) && !isNaN(Date.parse(s))) return Date.parse(s);
    const d = parseDate(s);
    if (d) return Date.UTC(d.y, d.m - 1, d.d);
    const t = Date.parse(s);
    return isNaN(t) ? null : t;
  }

  /* a value to compare for field: a date's time, stars, else its number */
  function measureIn(s, field) {
    if (s == null) return null;
    if (/(^| )(date|time|published|posted|updated|created|when)$/.test(field)) return timeIn(s);
    if (/^(rating|star|score)$/.test(field) && !/\d/.test(s)) {
      const stars = (String(s).match(/[\u2605\u2b50]/g) || []).length;
      return stars || null;
    }
    return numberIn(field === 'price' ? priceIn(s) || s : s);
  }

  /* "12 likes", "Likes: 12", or a number in an element named for the
   * field (<button aria-label="Likes">12</button>) */
  function countIn(item, field, c) {
    const f = stem(norm(field));
    const esc = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const t = textOf(item, c);
    let m = new RegExp('(\\d[\\d,.]*\\s*[km]?)\\s*' + esc + '(?:e?s)?\\b', 'i').exec(t) ||
      new RegExp('\\b' + esc + '(?:e?s)?\\s*[:\uff1a]?\\s*(\\d[\\d,.]*\\s*[km]?)', 'i').exec(t);
    if (m) return m[1];
    for (const el of item.querySelectorAll('*')) {
      const named = tokens(humanize(attrWords(el) + ' ' + (el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('title') || '')));
      if (!named.includes(f)) continue;
      const n = /\d[\d,.]*\s*[km]?/i.exec(textOf(el, c) || el.getAttribute('aria-label') || '');
      if (n) return n[0];
    }
    return null;
  }

  function isRow(el) {
    return el.localName === 'tr' || roleOf(el) === 'row';
  }

  /* how well a column header names a field ("Price (USD)" for price) */
  function headScore(field, head) {
    const words = [field].concat(FIELD_WORDS[field] || (field === 'price' ? ['cost', 'amount', 'total'] : []));
    return Math.max(...words.map((w) => nameScore(w, head) * (w === field ? 1 : 0.95)));
  }

  /* a row's cell under the header that names field */
  function rowCell(row, field, c) {
    const table = closestComposed(row, 'table,[role=table],[role=grid],[role=treegrid]');
    if (!table) return null;
    const head = rowsOf(table).find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); });
    if (!head || head === row) return null;
    let col = -1, best = 0;
    cellsOf(head).forEach((h, i) => { const s = headScore(field, textOf(h, c)); if (s > best) { best = s; col = i; } });
    const cells = cellsOf(row);
    return best >= 0.7 && col < cells.length ? cells[col] : null;
  }

  /* a field of an item: a row's cell, "Label: value" inside it, or the
   * field a list reads */
  function itemField(item, field, c) {
    if (isRow(item)) {
      const cell = rowCell(item, field, c);
      if (cell) return textOf(cell, c);
    }
    const v = labelValue(field, [item], c);
    if (v) return v.value;
    return fieldOf(item, field, c, null) || countIn(item, field, c);
  }

  /* the name a person calls an item by: a row's first cell */
  function itemName(item, c) {
    if (isRow(item)) {
      const cell = cellsOf(item).find((x) => textOf(x, c));
      if (cell) return textOf(cell, c);
    }
    return nameOf(item, c) || textOf(item, c);
  }

  /* The item (a table row, a card, a list entry) whose field holds the
   * least or the most ("the cheapest lamp"): {ok, el, value} or
   * {ok:false, error, candidates}. The lists: tables with a column the
   * field names, and the page's main list; the one the noun names first
   * (its class, its heading: "orders", "Journal" for posts), else a table;
   * within it, the items that say the noun when some do ("lamp"). */
  function extremeItem(ext, noun, c) {
    const field = stem(norm(ext.field));
    const keys = noun ? tokens(noun) : [];
    const generic = !noun || ITEM_NOUNS.has(keys.join(' ')) || /^(one|thing|option|row|entry)$/.test(norm(noun));
    const groups = [];
    for (const t of c.all()) {
      const r = roleOf(t);
      if ((r !== 'table' && r !== 'grid' && r !== 'treegrid') || !isVisible(t, c)) continue;
      const rows = rowsOf(t).filter((x) => isVisible(x, c) && !cellsOf(x).every(isHeadCell));
      const items = rows.map((row) => { const cell = rowCell(row, field, c); return cell ? { el: row, text: textOf(cell, c) } : null; }).filter(Boolean);
      if (items.length >= 2) groups.push({ box: t, items });
    }
    const g = findRepeated(c, { noun: generic ? null : noun, fields: [field] });
    const list = g ? g.items : loneItems(c);
    if (list && list.length) {
      groups.push({ box: g ? g.parent : null, items: list.map((it) => {
        const tm = /date|time/.test(field) ? it.querySelector('time[datetime]') : null;
        return { el: it, text: tm ? tm.getAttribute('datetime') : itemField(it, field, c) };
      }) });
    }
    for (const gr of groups) {
      for (const x of gr.items) x.v = measureIn(x.text, field);
      gr.valued = gr.items.filter((x) => x.v != null && isFinite(x.v));
      const said = (el) => hasTokens(textOf(el, c) + ' ' + itemAttrs(el).join(' '), keys);
      gr.named = keys.length ? gr.valued.filter((x) => said(x.el)) : [];
      gr.fit = keys.length && ((gr.box && hasTokens(itemAttrs(gr.box).join(' ') + ' ' + contextName(gr.box, c), keys)) ||
        gr.named.length >= gr.valued.length / 2) ? 1 : 0;
    }
    const ok = groups.filter((gr) => gr.valued.length >= 1);
    ok.sort((x, y) => (y.fit - x.fit) || ((y.valued.length >= 2) - (x.valued.length >= 2)) || ((!generic && y.named.length > 0) - (!generic && x.named.length > 0)));
    if (!ok.length) {
      const items = groups.length ? groups[0].items : [];
      return { ok: false, error: items.length ? 'no ' + ext.field + ' to compare in the ' + plural(noun || 'item', 2) : 'no list of ' + plural(noun || 'item', 2) + ' on the page',
        candidates: items.slice(0, 5).map((x) => candDesc(x.el, 0, c)) };
    }
    const gr = ok[0];
    const pool = !generic && gr.named.length ? gr.named : gr.valued;
    let best = pool[0];
    for (const x of pool) if (ext.dir === 'min' ? x.v < best.v : x.v > best.v) best = x;
    return { ok: true, el: best.el, value: collapse(best.text), count: pool.length };
  }

  /* ------------------------------------------------------------------ */
  /* extract                                                             */

  function pageText(c) {
    const parts = [];
    for (const el of c.all()) {
      if (el.shadowRoot && isVisible(el, c)) {
        let s = '';
        for (const ch of el.shadowRoot.children) {
          if (SKIP_TAGS.has(ch.localName) || ch.localName === 'slot') continue;
          s += (typeof ch.innerText === 'string' ? ch.innerText : '') + '\n';
        }
        if (s.trim()) parts.push({ order: c.order.get(el), text: s });
      }
      if ((el.localName === 'iframe' || el.localName === 'frame') && c.frameVisible.get(el.ownerDocument) !== false && isVisible(el, c)) {
        let d = null;
        try { d = el.contentDocument; } catch (e) { d = null; }
        if (d && d.body) parts.push({ order: c.order.get(el), text: d.body.innerText || '' });
      }
    }
    let main = document.body ? document.body.innerText || '' : '';
    if (parts.length) main += '\n' + parts.map((p) => p.text).join('\n');
    return main;
  }

  function collapseLines(s, max) {
    const out = String(s || '').split(/\n+/).map((l) => l.replace(/[ \t\u00a0\r\f\v]+/g, ' ').trim()).filter(Boolean).join('\n');
    return out.length > max ? out.slice(0, max) : out;
  }

  function targetQuery(t, purpose) {
    if (!t) return null;
    if (typeof t === 'string') return normQuery({ text: t, purpose });
    return normQuery(Object.assign({}, t, { purpose }));
  }

  /* ------------------------------------------------------------------ */
  /* reading what a person reads: values by label, cells by row and      */
  /* column, messages, tooltips, counts, frames                          */

  /* What changed lately (added, or its text or class changed), by a
   * sequence number: "the message after the action" is a fresh one. */
  const changed = new WeakMap();
  let changeSeq = 0;
  let lastHover = null;
  let lastAction = 0;
  try {
    new MutationObserver((muts) => {
      const t = ++changeSeq;
      for (const m of muts) {
        /* what changed itself: an added node, a text, an attribute; not
         * the container that gained a child (the body would be fresh) */
        const n = m.type === 'characterData' ? m.target.parentElement : m.type === 'attributes' ? m.target : null;
        if (n && n.nodeType === 1) changed.set(n, t);
        for (const a of m.addedNodes || []) {
          const e = a.nodeType === 1 ? a : a.parentElement;
          if (e) changed.set(e, t);
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'] });
    document.addEventListener('mouseover', (e) => { lastHover = (e.composedPath && e.composedPath()[0]) || e.target; }, true);
    /* a person's last action, by the same sequence: a message older than
     * it is not what the action said */
    for (const ev of ['click', 'keydown', 'submit']) {
      document.addEventListener(ev, (e) => { if (e.isTrusted || ev === 'submit') lastAction = ++changeSeq; }, true);
    }
  } catch (e) { /* no DOM to watch */ }

  function freshness(el) {
    let f = 0;
    for (let n = el, i = 0; n && n.nodeType === 1 && i < 3; n = n.parentElement, i++) f = Math.max(f, changed.get(n) || 0);
    const kids = el.querySelectorAll ? el.querySelectorAll('*') : [];
    for (let i = 0; i < kids.length && i < 30; i++) f = Math.max(f, changed.get(kids[i]) || 0);
    return f;
  }

  const MESSAGE_WORDS = new Set(['message', 'alert', 'warning', 'error', 'notification', 'notice', 'toast', 'flash',
    'status', 'feedback', 'confirmation', 'result', 'response', 'snackbar', 'success', 'output', 'answer', 'info',
    'flash message', 'error message', 'success message', 'status message', 'confirmation message', 'alert message',
    'warning message', 'result message', 'validation message', 'notification message']);
  const TOOLTIP_WORDS = new Set(['tooltip', 'bubble', 'info bubble', 'popover', 'hint', 'tip', 'hover text', 'help text',
    'tool tip', 'tooltip text', 'bubble text', 'popup text']);

  function isMessageQuery(tq) {
    if (tq.anchor) return false;
    if (tq.role === 'alert') return true;
    return !!tq.text && MESSAGE_WORDS.has(tokens(tq.text).join(' '));
  }

  function isTooltipQuery(tq) {
    if (tq.role === 'tooltip') return true;
    return !!tq.text && TOOLTIP_WORDS.has(tokens(tq.text).join(' '));
  }

  /* The visible message the page shows: alerts, toasts, flash and status
   * lines; the freshest first, then those whose kind the words name. */
  function messageText(tq, c) {
    const want = tq.text ? tokens(tq.text) : [];
    const cands = [];
    for (const el of c.all()) {
      if (!candidateEl(el) || roleFit(el, 'alert', c) < 0.95) continue;
      if (!isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 600) continue;
      if (cands.some((o) => composedContains(o.el, el))) continue;
      const hint = classHints(el).concat([roleOf(el)]);
      const named = want.some((w) => hint.includes(w)) ? 1 : 0;
      cands.push({ el, t, fresh: freshness(el), named });
    }
    if (!cands.length) return null;
    /* "the warning", "the error": that kind first; "the message": the freshest */
    const kind = want.some((w) => /^(warning|error|danger|success|info|notice)$/.test(w));
    cands.sort((a, b) => (kind ? (b.named - a.named) || (b.fresh - a.fresh) : (b.fresh - a.fresh) || (b.named - a.named)) ||
      (c.order.get(a.el) - c.order.get(b.el)));
    const best = cands[0];
    /* the close button's "×" is no part of the message */
    const v = collapseLines(typeof best.el.innerText === 'string' ? best.el.innerText : best.t, 100000).replace(/\s*[\u00d7\u2715\u2716]\s*$/, '');
    /* stale: shown before the last action (the step may wait for a new one) */
    return { ok: true, value: v, ref: refOf(best.el), stale: lastAction > 0 && best.fresh < lastAction };
  }

  function tooltipText(c) {
    const cands = [];
    for (const el of c.all()) {
      if (!candidateEl(el) || roleFit(el, 'tooltip', c) < 0.95 || !isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (t && t.length <= 1000 && !cands.some((o) => composedContains(o.el, el))) cands.push({ el, t, fresh: freshness(el) });
    }
    if (cands.length) {
      cands.sort((a, b) => b.fresh - a.fresh);
      return { ok: true, value: cands[0].t, ref: refOf(cands[0].el) };
    }
    /* the hovered element's own title or description */
    for (let n = lastHover, i = 0; n && n.nodeType === 1 && i < 4; n = parentOf(n), i++) {
      const d = n.getAttribute('aria-describedby');
      const dt = d ? collapse(d.split(/\s+/).map((id) => { const x = byIdIn(n, id); return x ? x.textContent : ''; }).join(' ')) : '';
      const v = dt || n.getAttribute('title') || n.getAttribute('data-tooltip') || n.getAttribute('data-title') || n.getAttribute('data-tip');
      if (v) return { ok: true, value: collapse(v) };
    }
    return null;
  }

  /* The text of the nth frame, or of the frame the words name. */
  function frameText(tq, c) {
    const frames = c.all().filter((el) => (el.localName === 'iframe' || el.localName === 'frame') && isVisible(el, c));
    const docOf = (f) => { try { return f.contentDocument; } catch (e) { return null; } };
    /* frames that show text, not framesets of other frames */
    const leaves = frames.filter((f) => { const d = docOf(f); return d && d.body && d.body.localName === 'body'; });
    let pick = null;
    if (tq.text) {
      let bs = 0;
      for (const f of leaves) {
        const names = [f.getAttribute('name'), f.getAttribute('title'), f.id, f.getAttribute('aria-label')].filter(Boolean);
        for (const n of names) { const s = textScore(tq.text, humanize(n)); if (s > bs) { bs = s; pick = f; } }
      }
      if (bs < THRESHOLD) pick = null;
    }
    if (!pick) pick = pickOrdinal(leaves, tq.ordinal);
    if (!pick) return { ok: false, error: tq.ordinal ? 'there ' + (leaves.length === 1 ? 'is only 1 frame' : 'are only ' + leaves.length + ' frames') + ' on the page, not a ' + ordinalWord(tq.ordinal) : 'no frame on the page' };
    const d = docOf(pick);
    return { ok: true, value: collapseLines(d.body.innerText || d.body.textContent || '', 100000), ref: refOf(pick) };
  }

  function cellsOf(row) {
    if (row.localName === 'tr') return Array.from(row.cells);
    return Array.from(row.querySelectorAll('[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]')).filter((x) => x.closest('[role=row]') === row);
  }

  function rowsOf(t) {
    if (t.localName === 'table') return Array.from(t.rows);
    return Array.from(t.querySelectorAll('[role=row]'));
  }

  function isHeadCell(x) {
    return x.localName === 'th' || roleOf(x) === 'columnheader';
  }

  function nameScore(q, t) {
    let best = 0;
    for (const [v, f] of variants(q)) best = Math.max(best, textScore(v, t.replace(/[:*]\s*$/, '')) * f);
    return best;
  }

  /* A table cell by its row (the row that holds the anchor's words) and
   * its column (the header the field names); or, in a two-column table,
   * the cell beside the one the field names. */
  function cellLookup(field, keys, c) {
    let best = null;
    for (const t of c.all()) {
      const r = roleOf(t);
      if (r !== 'table' && r !== 'grid' && r !== 'treegrid') continue;
      if (!isVisible(t, c)) continue;
      const rows = rowsOf(t).filter((x) => isVisible(x, c));
      if (!rows.length) continue;
      const head = rows.find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); }) || null;
      if (head && keys && keys.length) {
        const hs = cellsOf(head);
        let col = -1, cs = 0, second = 0;
        hs.forEach((h, i) => {
          const s2 = nameScore(field, textOf(h, c));
          if (s2 > cs) { second = cs; cs = s2; col = i; } else if (s2 > second) second = s2;
        });
        /* "the due amount" for a column "Due": the one header that fits */
        if (cs < 0.7 && !(cs >= 0.5 && cs - second >= 0.15)) continue;
        for (const row of rows) {
          if (row === head) continue;
          const cells = cellsOf(row);
          if (col >= cells.length || !hasTokens(textOf(row, c), keys)) continue;
          const cand = { value: textOf(cells[col], c), el: cells[col], score: cs };
          if (!best || cand.score > best.score) best = cand;
          break;
        }
      } else if (!keys || !keys.length) {
        for (const row of rows) {
          const cells = cellsOf(row);
          if (cells.length < 2) continue;
          const s = nameScore(field, textOf(cells[0], c));
          if (s >= 0.8 && (!best || s > best.score)) best = { value: textOf(cells[1], c), el: cells[1], score: s };
        }
      }
    }
    return best;
  }

  /* The value a label element stands beside: "<dt>Credits</dt><dd>120</dd>",
   * "<span>Credits:</span> <b>120</b>", "Credits: 120", a row's next cell,
   * a labelled field's value. */
  function valueBeside(lab, c) {
    const lt = textOf(lab, c);
    const ok = (v) => { v = collapse(v); return v && v.length <= 300 && v !== lt ? v : null; };
    const ctl = labelControl(lab);
    if (ctl) return ok(valueOf(ctl, c));
    if (lab.localName === 'dt') {
      let n = lab.nextElementSibling;
      while (n && n.localName !== 'dd' && n.localName !== 'dt') n = n.nextElementSibling;
      if (n && n.localName === 'dd') return ok(textOf(n, c));
    }
    const cell = lab.closest && lab.closest('th,td,[role=cell],[role=gridcell],[role=rowheader]');
    if (cell && cell.parentElement) {
      const cs = cellsOf(cell.parentElement.localName === 'tr' || roleOf(cell.parentElement) === 'row' ? cell.parentElement : cell);
      const i = cs.indexOf(cell);
      if (i >= 0 && i + 1 < cs.length) return ok(textOf(cs[i + 1], c));
    }
    /* "Credits: 120" in one text */
    const m = /^(.{1,80}?)\s*[:\uff1a]\s*(.+)$/.exec(lt);
    if (m && m[2]) return ok(m[2]);
    let n = lab;
    for (let up = 0; n && up < 3; up++, n = n.parentElement) {
      for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
        if (!isVisible(s, c)) continue;
        const f = s.matches('input,select,textarea') ? s : s.querySelector && s.querySelector('input,select,textarea');
        if (f && !textOf(s, c)) return ok(valueOf(f, c));
        const v = ok(textOf(s, c));
        if (v) return v;
        break;
      }
      const p = n.parentElement;
      if (!p) break;
      const pt = textOf(p, c);
      if (pt.length > lt.length && pt.length <= 200 && pt.startsWith(lt)) return ok(pt.slice(lt.length).replace(/^\s*[:\uff1a-]\s*/, ''));
      if (pt.length > 200) break;
    }
    return null;
  }

  /* Elements whose own short text is the label the words name, best first. */
  function labelEls2(label, within, c) {
    const out = [];
    for (const el of c.all()) {
      if (!candidateEl(el) || !hasOwnText(el)) continue;
      if (within && !within.some((w) => composedContains(w, el))) continue;
      const t = textOf(el, c);
      if (!t || t.length > 80) continue;
      const head = t.replace(/\s*[:\uff1a].*$/, '');
      const s = Math.max(nameScore(label, t), nameScore(label, head));
      if (s >= 0.8 && isVisible(el, c)) out.push({ el, s });
    }
    out.sort((a, b) => (b.s - a.s) || (c.order.get(a.el) - c.order.get(b.el)));
    return out.map((x) => x.el);
  }

  function labelValue(label, within, c) {
    for (const lab of labelEls2(label, within, c).slice(0, 8)) {
      const v = valueBeside(lab, c);
      if (v) return { ok: true, value: v, ref: refOf(lab), label: clip(textOf(lab, c), 80) };
    }
    return null;
  }

  /* The containers an anchor sits in, smallest first, up to the first that
   * also holds a label the field names. */
  function scopesOf(anchors, field, c) {
    const out = [];
    for (const a of anchors.slice(0, 6)) {
      for (let n = a, up = 0; n && up < 8; n = parentOf(n), up++) {
        if (n.localName === 'body' || n.localName === 'html') break;
        if (labelEls2(field, [n], c).length) { out.push(n); break; }
      }
    }
    return out;
  }

  /* "the delivery date of order 7731", "the balance next to Credits",
   * "the status in the row of #10482": a value the page shows. */
  function valueLookup(tq, c) {
    const field = tq.text;
    if (tq.near && tq.anchor) {
      const v = labelValue(tq.anchor, null, c);
      if (v) return v;
    }
    if (!field) return null;
    const sx = anchorExtreme(tq.anchor);
    if (sx) { /* "the author of the newest post" */
      const r = extremeItem(sx.ext, sx.noun, c);
      if (!r.ok) return r;
      const v = itemField(r.el, field, c);
      return v ? { ok: true, value: collapse(v), ref: refOf(r.el) } : { ok: false, error: 'no ' + field + ' in "' + clip(itemName(r.el, c), 60) + '"' };
    }
    const keys = tq.anchor && !tq.near ? anchorKeys(tq.anchor) : null;
    const cell = cellLookup(field, keys, c);
    if (cell) return { ok: true, value: cell.value, ref: refOf(cell.el) };
    if (keys && keys.length) {
      const anchors = anchorEls(tq, c) || [];
      const scopes = scopesOf(anchors, field, c);
      if (scopes.length) {
        const v = labelValue(field, scopes, c);
        if (v) return v;
      }
      /* a field of a list item: the item that holds the anchor, read as a
       * list reads its fields (author, date, price, "Field: value") */
      const rep = findRepeated(c, {});
      for (const a of anchors.slice(0, 6)) {
        const item = rep && rep.items.find((it) => composedContains(it, a));
        const scopes2 = item ? [item] : [];
        for (let n = a, up = 0; !item && n && up < 4; n = n.parentElement, up++) scopes2.push(n);
        for (const n of scopes2) {
          const v = fieldOf(n, field, c, null);
          if (v && !hasTokens(v, anchorKeys(tq.anchor))) return { ok: true, value: collapse(v) };
        }
      }
      return null;
    }
    return labelValue(field, null, c);
  }

  /* "how many to-dos are left": a counter the page shows ("2 items
   * left"), else the number of things the words name. */
  function extractCount(q, c) {
    const tq = targetQuery(q.target, 'read') || normQuery({});
    const qual = tokens(q.qualifier || '').filter((w) => !ANCHOR_NOISE.has(w) && !/^(are|there|do|does|have|has|i|you|we)$/.test(w));
    const noun = tq.text ? tokens(tq.text) : [];
    if (qual.length) {
      let best = null, bs = 0;
      for (const el of c.all()) {
        if (!candidateEl(el) || !hasOwnText(el) && el.childElementCount > 3) continue;
        const t = textOf(el, c);
        if (!t || t.length > 80 || !/\d/.test(t) || !isVisible(el, c)) continue;
        const tt = tokens(t);
        const s = qual.filter((w) => tt.includes(w)).length * 2 + noun.filter((w) => tt.includes(w)).length;
        if (qual.some((w) => tt.includes(w)) && s > bs) { bs = s; best = el; }
      }
      if (best) {
        const m = /\d[\d,.]*/.exec(textOf(best, c));
        return { ok: true, value: m ? m[0].replace(/[,.]$/, '') : textOf(best, c), text: textOf(best, c), ref: refOf(best) };
      }
    }
    const state = qual.find((w) => /^(checked|unchecked|selected|disabled|enabled|expanded|collapsed|empty|completed|done|active)$/.test(w));
    if (tq.role) {
      let els = elementsOfKind(c, tq.role, 'any');
      if (state) els = els.filter((e) => stateOf(e, state === 'completed' || state === 'done' ? 'checked' : state) === true);
      return { ok: true, value: String(els.length) };
    }
    if (noun.length) {
      const g = findRepeated(c, { noun: noun.join(' ') });
      if (g && (g.items.length > 0)) {
        let items = g.items;
        if (state) {
          const st = state === 'completed' || state === 'done' ? 'checked' : state;
          items = items.filter((it) => {
            const box = it.querySelector('input[type=checkbox],[role=checkbox]');
            if (box) return stateOf(box, st) === true;
            return /(^|[\s_-])(completed|done|checked)([\s_-]|$)/i.test(attrWords(it)) === (st === 'checked');
          });
        }
        return { ok: true, value: String(items.length) };
      }
    }
    return { ok: false, error: 'nothing on the page counts ' + (tq.text ? '"' + tq.text + '"' : 'that') };
  }

  /* an element that only names a value ("Total:"), not a value itself */
  function isLabelOnly(el, text, c) {
    if (!text || /^(heading|button|link|tab|option|menuitem|textbox|combobox)$/.test(roleOf(el))) return false;
    const t = textOf(el, c);
    if (!t || t.length > 60 || el.querySelector('input,select,textarea,button,a[href]')) return false;
    return nameScore(text, t.replace(/\s*[:\uff1a]\s*$/, '')) >= 0.85;
  }

  function extractText(q, c) {
    const tq = targetQuery(q.target, 'read');
    if (!tq || (!tq.text && !tq.role && !tq.anchor && !tq.state)) return { ok: true, value: collapseLines(pageText(c), 100000) };
    if (tq.role === 'frame') return frameText(tq, c);
    if (isMessageQuery(tq)) {
      const m = messageText(tq, c);
      if (m) return m;
    }
    if (isTooltipQuery(tq)) {
      const m = tooltipText(c);
      if (m) return m;
    }
    if (tq.anchor) {
      const v = valueLookup(tq, c);
      if (v) return v;
    }
    const r = locateEl(tq, c);
    if (!r.ok) {
      /* a label whose value sits beside it, which names no element itself */
      const v = tq.text && !tq.anchor ? valueLookup(tq, c) : null;
      return v || r;
    }
    const el = r.el;
    if (r.item) return { ok: true, value: clip(itemName(r.item, c), 300), ref: refOf(r.item), [extremeOf(tq.state).field]: r.extreme };
    if (isLabelOnly(el, tq.text, c)) {
      const v = valueBeside(el, c);
      if (v) return { ok: true, value: v, ref: refOf(el), label: clip(textOf(el, c), 80) };
    }
    let v;
    if (el.localName === 'iframe' || el.localName === 'frame') return frameText(Object.assign({}, tq, { text: null, ordinal: 0 }), c);
    if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select') {
      v = el.localName === 'select' ? (el.selectedOptions[0] ? el.selectedOptions[0].text : '') : el.value;
    } else if (el.localName === 'img') v = el.getAttribute('alt') || '';
    else v = typeof el.innerText === 'string' ? el.innerText : el.textContent;
    return { ok: true, value: collapseLines(v, 100000), ref: refOf(el) };
  }

  function hrefOf(a) {
    if (typeof a.href === 'string') return a.href;
    if (a.href && a.href.baseVal) {
      try { return new URL(a.href.baseVal, a.baseURI).href; } catch (e) { return ''; }
    }
    const h = a.getAttribute('href');
    if (!h) return '';
    try { return new URL(h, a.baseURI).href; } catch (e) { return ''; }
  }

  function extractLinks(q, c) {
    let within = null;
    const tq = targetQuery(q.target, 'read');
    if (tq && (tq.text || tq.role)) {
      const r = locateEl(tq, c);
      if (!r.ok) return r;
      within = r.el;
    }
    const out = [], seen = new Set();
    for (const el of c.all()) {
      if (el.localName !== 'a' && attrRole(el) !== 'link') continue;
      if (!el.hasAttribute('href')) continue;
      if (within && !composedContains(within, el)) continue;
      if (!isVisible(el, c)) continue;
      const href = hrefOf(el);
      if (!href || /^javascript:/i.test(href)) continue;
      let text = textOf(el, c) || collapse(el.getAttribute('aria-label')) || collapse(el.getAttribute('title'));
      if (!text) {
        const img = el.querySelector('img[alt]');
        if (img) text = collapse(img.getAttribute('alt'));
      }
      text = clip(text, 300);
      const k = href + '\n' + text;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ text, href });
    }
    return { ok: true, value: out };
  }

  function tableRows(t, c) {
    const isTable = t.localName === 'table';
    let rows;
    if (isTable) rows = Array.from(t.rows);
    else {
      rows = Array.from(t.querySelectorAll('[role=row]')).filter((r) => r.parentElement && r.parentElement.closest('table,[role=table],[role=grid],[role=treegrid]') === t);
    }
    const out = [];
    for (const r of rows) {
      if (!isVisible(r, c)) continue;
      const cells = isTable ? Array.from(r.cells)
        : Array.from(r.querySelectorAll('[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]')).filter((x) => x.closest('[role=row]') === r);
      if (!cells.length) continue;
      out.push({
        cells: cells.map((x) => ({
          text: textOf(x, c),
          th: x.localName === 'th' || attrRole(x) === 'columnheader',
          span: Math.max(1, Math.min(50, x.colSpan || parseInt(x.getAttribute('aria-colspan'), 10) || 1)),
        })),
        head: (r.parentElement && r.parentElement.localName === 'thead'),
      });
    }
    return out;
  }

  function tableNames(t, c) {
    const names = [];
    const cap = t.localName === 'table' && t.caption ? textOf(t.caption, c) : '';
    if (cap) names.push([cap, 1]);
    const al = t.getAttribute('aria-label');
    if (al) names.push([al, 1]);
    const lb = labelledBy(t);
    if (lb) names.push([lb, 1]);
    const sm = t.getAttribute('summary') || t.getAttribute('title');
    if (sm) names.push([sm, 0.9]);
    /* the nearest heading before it */
    let n = t, found = false;
    for (let up = 0; n && up < 4 && !found; up++, n = n.parentElement) {
      let s = n.previousElementSibling;
      for (let k = 0; s && k < 4; k++, s = s.previousElementSibling) {
        const h = /^h[1-6]$/.test(s.localName) || attrRole(s) === 'heading' ? s
          : s.querySelector && Array.from(s.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')).pop();
        if (h) { names.push([textOf(h, c), 0.95]); found = true; break; }
        const st = textOf(s, c);
        if (st && st.length <= 80 && (s.localName === 'p' || s.localName === 'strong' || s.localName === 'b' || s.localName === 'div')) {
          names.push([st, 0.8]);
        }
        if (s.localName === 'table') break;
      }
    }
    if (t.id) names.push([humanize(t.id), 0.7]);
    const cls = typeof t.className === 'string' ? t.className : '';
    if (cls) names.push([humanize(cls), 0.5]);
    return names;
  }

  function extractTable(q, c) {
    const tables = [];
    for (const el of c.all()) {
      const r = attrRole(el);
      const isT = (el.localName === 'table' && r !== 'presentation' && r !== 'none') || r === 'table' || r === 'grid' || r === 'treegrid';
      if (!isT || !isVisible(el, c)) continue;
      tables.push(el);
    }
    if (!tables.length) return { ok: false, error: 'no table on the page' };
    const tq = targetQuery(q.target, 'read');
    let table = null;
    const info = tables.map((t) => {
      const rows = tableRows(t, c);
      const cells = rows.reduce((a, r) => a + r.cells.length, 0);
      const nested = tables.some((o) => o !== t && composedContains(t, o));
      return { t, rows, cells, nested };
    });
    if (tq && tq.text) {
      let bs = 0;
      for (const x of info) {
        let s = 0;
        for (const [name, w] of tableNames(x.t, c)) s = Math.max(s, textScore(tq.text, name) * w);
        if (s > bs) { bs = s; table = x; }
      }
      if (bs < THRESHOLD) {
        const real = info.filter((x) => x.rows.length >= 2);
        if (real.length === 1) table = real[0];
        else {
          table = null;
          const names = info.map((x) => {
            const n = tableNames(x.t, c)[0];
            return n ? '"' + clip(n[0], 40) + '"' : null;
          }).filter(Boolean);
          return { ok: false, error: 'no table named "' + tq.text + '"' + (names.length ? '; tables: ' + names.join(', ') : '') };
        }
      }
    }
    if (!table) {
      const pool = info.filter((x) => x.rows.length >= 1);
      pool.sort((a, b) => ((a.nested ? 1 : 0) - (b.nested ? 1 : 0)) || (b.cells - a.cells));
      table = pool[0];
    }
    if (!table) return { ok: false, error: 'no table on the page' };
    const rows = table.rows;
    const hi = rows.findIndex((r) => r.head || (r.cells.length > 0 && r.cells.every((x) => x.th)));
    const expand = (r, repeat) => {
      const out = [];
      for (const x of r.cells) {
        out.push(x.text);
        for (let i = 1; i < x.span; i++) out.push(repeat ? x.text : '');
      }
      return out;
    };
    let value;
    let headers = null;
    if (hi >= 0 && hi <= 1) {
      headers = expand(rows[hi], true).map((h, i) => h || 'column ' + (i + 1));
      const seen = new Map();
      headers = headers.map((h) => {
        const k = seen.get(h) || 0;
        seen.set(h, k + 1);
        return k ? h + ' (' + (k + 1) + ')' : h;
      });
      value = [];
      for (let i = hi + 1; i < rows.length; i++) {
        if (rows[i].head) continue;
        const cells = expand(rows[i], false);
        if (!cells.some((x) => x)) continue;
        const o = {};
        headers.forEach((h, j) => { o[h] = j < cells.length ? cells[j] : ''; });
        for (let j = headers.length; j < cells.length; j++) o['column ' + (j + 1)] = cells[j];
        value.push(o);
      }
    } else {
      value = rows.map((r) => expand(r, false)).filter((r) => r.some((x) => x));
    }
    const cap = tableNames(table.t, c)[0];
    return { ok: true, value, headers, rows: value.length, name: cap ? clip(cap[0], 100) : null, ref: refOf(table.t) };
  }

  function extractList(q, c) {
    let fields = Array.isArray(q.fields) ? q.fields.map(String).filter((f) => f.trim()) : [];
    const tq = targetQuery(q.target, 'read');
    let noun = null, within = null;
    if (tq && tq.text) {
      const tk = tokens(tq.text);
      const last = tk[tk.length - 1];
      if (ITEM_NOUNS.has(tk.join(' ')) || (tk.length <= 2 && ITEM_NOUNS.has(last))) noun = last;
      else {
        noun = tk.length <= 2 ? tk[tk.length - 1] : null;
        const r = locateEl(Object.assign({}, tq, { purpose: 'read' }), c);
        if (r.ok && r.score >= 0.8) {
          /* a heading names the list: look in its section */
          let sec = r.el;
          for (let i = 0; i < 4 && sec.parentElement; i++) {
            sec = sec.parentElement;
            if (sec.children.length >= 2 && textOf(sec, c).length > textOf(r.el, c).length + 20) break;
          }
          within = sec;
        }
      }
    }
    let g = findRepeated(c, { noun, fields, within });
    if (!g && within) g = findRepeated(c, { noun, fields });
    if (!g) return { ok: false, error: 'no list on the page' };
    let defaulted = false;
    if (!fields.length) {
      defaulted = true;
      fields = ['name', 'link'];
      if (g.items.slice(0, 5).some((it) => priceIn(textOf(it, c)))) fields.splice(1, 0, 'price');
    }
    const value = [];
    for (const it of g.items.slice(0, 1000)) {
      const o = {};
      let any = false;
      let name = null;
      for (const f of fields) {
        let v = fieldOf(it, f, c, name);
        if (typeof v === 'string') v = clip(v, 500);
        if (v === '') v = null;
        if (stem(norm(f)) === 'name' || stem(norm(f)) === 'title') name = v;
        o[f] = v;
        if (v != null) any = true;
      }
      if (any) value.push(o);
    }
    return { ok: true, value, count: value.length, fields, defaultFields: defaulted, container: selectorOf(g.parent) };
  }

  function domDistance(a, b) {
    const pa = [];
    for (let n = a; n; n = parentOf(n)) pa.push(n);
    const idx = new Map(pa.map((n, i) => [n, i]));
    let up2 = 0;
    for (let n = b; n; n = parentOf(n), up2++) {
      if (idx.has(n)) return { up: idx.get(n), down: up2 };
    }
    return { up: 1e6, down: 1e6 };
  }

  function centerOf(el) {
    const m = rectOf(el);
    const fs = framesOf(el);
    let ox = 0, oy = 0;
    for (const fe of fs) { const o = contentOffset(fe); ox += o.x; oy += o.y; }
    return { x: m.left + ox + m.width / 2, y: m.top + oy + m.height / 2 };
  }

  function extractPrice(q, c) {
    const tq = targetQuery(q.target, 'read');
    const all = [];
    const docRoots = new Set();
    for (const el of c.all()) {
      if (el.localName === 'body') docRoots.add(el);
      if (el.shadowRoot) docRoots.add(el.shadowRoot);
    }
    for (const r of docRoots) for (const p of priceEls(r, c)) all.push(p);
    if (!all.length) return { ok: false, error: tq && tq.text ? 'no price near "' + tq.text + '"' : 'no price on the page' };
    if (!tq || (!tq.text && !extremeOf(tq.state))) {
      /* the most prominent current price */
      let best = null, bs = -1;
      for (const p of all) {
        const st = styleOf(p.el, c);
        const r = rectOf(p.el);
        let s = parseFloat(st.fontSize) || 12;
        if (isOldPrice(p.el, c)) s *= 0.3;
        if (r.top > window.innerHeight * 1.5) s *= 0.7;
        if (s > bs) { bs = s; best = p; }
      }
      return { ok: true, value: best.text, ref: refOf(best.el) };
    }
    const r = locateEl(tq, c);
    if (!r.ok) {
      /* prose: "The Kettle costs $40." names the item and its price in one block */
      const keys = tokens(tq.text);
      for (const p of all) {
        const block = p.el.closest('p,li,td,tr,div,section,article') || p.el;
        const t = textOf(block, c);
        if (t.length <= 400 && hasTokens(t, keys)) return { ok: true, value: p.text, ref: refOf(p.el), near: clip(t, 100) };
      }
      return { ok: false, error: 'no price near "' + tq.text + '": ' + r.error, candidates: r.candidates };
    }
    const target = r.el;
    /* nearest in the tree: fewest steps up from the target to a common
     * ancestor; then current before struck-out prices, fewest steps down,
     * and the nearest on screen */
    let minUp = Infinity;
    for (const p of all) {
      p.d = domDistance(target, p.el);
      if (p.d.up < minUp) minUp = p.d.up;
    }
    /* a price far away in the tree is no price "of" the target */
    if (minUp > 8) return { ok: false, error: 'no price near "' + tq.text + '"' };
    const tc = centerOf(target);
    let best = null, bk = null;
    for (const p of all) {
      if (p.d.up !== minUp) continue;
      const pc = centerOf(p.el);
      const key = [isOldPrice(p.el, c) ? 1 : 0, p.d.down, Math.hypot(pc.x - tc.x, pc.y - tc.y)];
      if (!bk || key[0] < bk[0] || (key[0] === bk[0] && (key[1] < bk[1] || (key[1] === bk[1] && key[2] < bk[2])))) {
        bk = key; best = p;
      }
    }
    return { ok: true, value: best.text, ref: refOf(best.el), near: clip(displayText(target, c), 100) };
  }

  function extract(q) {
    q = q && typeof q === 'object' ? q : { kind: 'text' };
    const c = newCtx();
    switch (q.kind) {
      case 'text': return extractText(q, c);
      case 'links': return extractLinks(q, c);
      case 'table': return extractTable(q, c);
      case 'list': {
        /* "get the loyalty points": no list of them, but a value so named */
        const r = extractList(q, c);
        const f = Array.isArray(q.fields) ? q.fields : [];
        if ((!r.ok || !r.value.length) && f.length === 1 && f[0] !== 'text') {
          const t = q.target && q.target.text ? q.target.text + ' ' + f[0] : f[0];
          const v = extractText({ target: { text: t } }, c);
          if (v.ok && v.value) return v;
        }
        return r;
      }
      case 'price': return extractPrice(q, c);
      case 'count': return extractCount(q, c);
      default: return { ok: false, error: 'unknown extract kind "' + q.kind + '"' };
    }
  }

  /* ------------------------------------------------------------------ */
  /* fields: focus, clear, select, submit                                */

  function focus(ref) {
    const el = deref(ref);
    if (!el) return GONE;
    scrollIntoView(el);
    try { el.focus({ preventScroll: true }); } catch (e) { /* not focusable */ }
    const a = deepActive();
    return { ok: true, focused: a === el || composedContains(el, a) };
  }

  function blur() {
    const a = deepActive();
    if (a && a.blur && a.localName !== 'body') a.blur();
    return { ok: true };
  }

  function clear(ref) {
    const el = deref(ref);
    if (!el) return GONE;
    if (!isEditable(el)) return { ok: false, error: 'the element is not a text field' };
    const win = winOf(el), doc = el.ownerDocument;
    try { el.focus({ preventScroll: true }); } catch (e) { /* ignore */ }
    if (el.localName === 'input' || el.localName === 'textarea') {
      if (el.value === '') return { ok: true, value: '' };
      try { el.select(); } catch (e) { try { el.setSelectionRange(0, el.value.length); } catch (e2) { /* no selection API */ } }
      let done = false;
      try { done = doc.execCommand('delete', false); } catch (e) { done = false; }
      if (!done || el.value !== '') {
        const proto = el.localName === 'input' ? win.HTMLInputElement.prototype : win.HTMLTextAreaElement.prototype;
        const d = Object.getOwnPropertyDescriptor(proto, 'value');
        if (d && d.set) d.set.call(el, ''); else el.value = '';
        el.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
      }
      return { ok: el.value === '', value: el.value };
    }
    /* contenteditable */
    const sel = (el.getRootNode && el.getRootNode().getSelection) ? el.getRootNode().getSelection() : win.getSelection();
    try {
      const range = doc.createRange();
      range.selectNodeContents(el);
      sel.removeAllRanges();
      sel.addRange(range);
      doc.execCommand('delete', false);
    } catch (e) { /* fall through */ }
    if (collapse(el.textContent)) {
      el.textContent = '';
      el.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
    }
    return { ok: true, value: collapse(el.textContent) };
  }

  function optionScore(text, o) {
    return Math.max(textScore(text, o.text), textScore(text, o.label || ''), o.value ? textScore(text, o.value) * 0.98 : 0);
  }

  function bestOption(sel, text) {
    let best = null, bs = 0;
    for (const o of sel.options) {
      let s = optionScore(text, o);
      if (o.disabled) s *= 0.8;
      if (s > bs) { bs = s; best = o; }
    }
    return { opt: best, score: bs };
  }

  function optionList(sel) {
    const list = Array.from(sel.options).map((o) => '"' + clip(o.text, 40) + '"');
    return list.slice(0, 20).join(', ') + (list.length > 20 ? ', ... (' + list.length + ' options)' : '');
  }

  function setOption(sel, opt) {
    const win = winOf(sel);
    try { sel.focus({ preventScroll: true }); } catch (e) { /* ignore */ }
    if (sel.multiple) opt.selected = true;
    else sel.selectedIndex = opt.index;
    sel.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    sel.dispatchEvent(new win.Event('change', { bubbles: true }));
    return { ok: true, selected: collapse(opt.text), value: opt.value, ref: refOf(sel) };
  }

  function selectOption(ref, text) {
    text = text == null ? '' : String(text);
    const c = newCtx();
    if (ref != null) {
      let el = deref(ref);
      if (!el) return GONE;
      const ctl = labelControl(el);
      if (ctl) el = ctl;
      if (el.localName !== 'select') {
        /* a wrapper around a <select> */
        const inner = el.querySelector && el.querySelector('select');
        if (inner) el = inner;
      }
      if (el.localName !== 'select') return { ok: false, needClick: true, error: 'not a native <select>: click it open, then click the option', ref: refOf(el) };
      if (el.disabled) return { ok: false, error: 'the dropdown is disabled' };
      const { opt, score } = bestOption(el, text);
      if (!opt || score < THRESHOLD) return { ok: false, error: 'no option "' + text + '" in <select>; options: ' + optionList(el) };
      return setOption(el, opt);
    }
    const sels = c.all().filter((e) => e.localName === 'select' && isVisible(e, c));
    if (!sels.length) {
      const custom = c.all().filter((e) => (attrRole(e) === 'combobox' || attrRole(e) === 'listbox' || (e.getAttribute('aria-haspopup') === 'listbox')) && isVisible(e, c));
      if (custom.length) return { ok: false, needClick: true, error: 'the dropdown is not a native <select>: click it open, then click the option', ref: refOf(custom[0]) };
      return { ok: false, error: 'no dropdown on the page' };
    }
    let best = null;
    for (const s of sels) {
      const r = bestOption(s, text);
      if (r.opt && (!best || r.score > best.score + 0.001 || (Math.abs(r.score - best.score) <= 0.001 && !s.disabled && best.sel.disabled))) best = { sel: s, opt: r.opt, score: r.score };
    }
    if (!best || best.score < THRESHOLD) {
      const lists = sels.slice(0, 3).map((s) => optionList(s)).join('; ');
      return { ok: false, error: 'no option "' + text + '" in ' + (sels.length === 1 ? '<select>' : 'any <select>') + '; options: ' + lists };
    }
    return setOption(best.sel, best.opt);
  }

  function formOf(el) {
    if (!el) return null;
    if (el.form) return el.form;
    const f = el.closest && el.closest('form');
    if (f) return f;
    const ctl = labelControl(el);
    return ctl && ctl.form ? ctl.form : null;
  }

  function submitterOf(form, c) {
    const all = Array.from(form.elements || []).filter((e) => (e.localName === 'button' && e.type === 'submit') || (e.localName === 'input' && (e.type === 'submit' || e.type === 'image')));
    return all.find((e) => isVisible(e, c) && !e.disabled) || null;
  }

  /* The button a person presses to send what the focused field holds: its
   * form's submit button, else the first button after the field in the
   * smallest part of the page around it that has one (a chat box, a
   * widget with no form). */
  function submitter() {
    const c = newCtx();
    const a = deepActive();
    const field = a && isEditable(a) ? a : null;
    let form = formOf(field);
    if (!field && !form) {
      const vis = c.all().filter((e) => e.localName === 'form' && (isVisible(e, c) || Array.from(e.elements).some((x) => isVisible(x, c))));
      if (vis.length === 1) form = vis[0];
    }
    if (form) {
      /* an invalid form: submitForm says why */
      if (!form.checkValidity()) return { ok: false, error: 'the form is not valid' };
      const sub = submitterOf(form, c);
      return sub ? { ok: true, el: describe(sub, c) } : { ok: false, error: 'the form has no submit button' };
    }
    if (!field) return { ok: false, error: 'no form on the page' };
    const SEL = 'button,[role=button],input[type=submit],input[type=button],input[type=image]';
    for (let n = parentOf(field), up = 0; n && up < 6 && n.localName !== 'body'; n = parentOf(n), up++) {
      const btns = Array.from(n.querySelectorAll(SEL)).concat(n.shadowRoot ? Array.from(n.shadowRoot.querySelectorAll(SEL)) : [])
        .filter((x) => isVisible(x, c) && !isDisabled(x));
      if (!btns.length) continue;
      const after = btns.find((x) => field.compareDocumentPosition(x) & 4 /* FOLLOWING */) || btns[0];
      return { ok: true, el: describe(after, c) };
    }
    return { ok: false, error: 'no button beside the field' };
  }

  function submitForm(ref) {
    const c = newCtx();
    let form = null;
    if (ref != null) {
      const el = deref(ref);
      if (!el) return GONE;
      form = formOf(el);
      if (!form) return { ok: false, error: 'the element is not in a form' };
    } else {
      form = formOf(deepActive());
      if (!form) {
        const forms = c.all().filter((e) => e.localName === 'form');
        const vis = forms.filter((f) => isVisible(f, c) || Array.from(f.elements).some((x) => isVisible(x, c)));
        if (vis.length === 1) form = vis[0];
        else if (!forms.length) return { ok: false, error: 'no form on the page' };
        else return { ok: false, error: 'there are ' + vis.length + ' forms on the page; say which field to submit' };
      }
    }
    if (!form.checkValidity()) {
      const bad = Array.from(form.elements).find((e) => e.willValidate && !e.checkValidity());
      try { form.reportValidity(); } catch (e) { /* ignore */ }
      return { ok: false, error: 'the form is not valid' + (bad ? ': ' + (accName(bad, c) || bad.name || bad.localName) + ': ' + bad.validationMessage : ''), invalid: bad ? refOf(bad) : null };
    }
    const sub = submitterOf(form, c);
    const action = form.action;
    try {
      if (typeof form.requestSubmit === 'function') form.requestSubmit(sub || undefined);
      else form.submit();
    } catch (e) {
      form.submit();
    }
    return { ok: true, action, method: (form.method || 'get').toLowerCase() };
  }

  /* ------------------------------------------------------------------ */
  /* values into widgets: dates, times, sliders, spinners; whole forms   */

  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

  function monthOf(w) {
    const i = MONTHS.indexOf(String(w).toLowerCase().slice(0, 3));
    return i >= 0 && /^[a-z]+\.?$/i.test(w) ? i + 1 : 0;
  }

  function pad(n, w) { return String(n).padStart(w || 2, '0'); }

  /* "3 March 2021", "March 3, 2021", "2021-03-03", "03/03/2021" (month
   * first unless the first number cannot be a month, or dmy says so),
   * "today", "tomorrow": {y, m, d}, or null. */
  function parseDate(s, dmy) {
    s = collapse(s).toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
    const now = new Date();
    const rel = { today: 0, tomorrow: 1, yesterday: -1 }[s];
    if (rel !== undefined) {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + rel);
      return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
    }
    let m;
    const ok = (y, mo, d) => (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y: y < 100 ? 2000 + y : y, m: mo, d } : null);
    if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s))) return ok(+m[1], +m[2], +m[3]);
    if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s))) {
      const a = +m[1], b = +m[2], y = +m[3];
      if (a > 12) return ok(y, b, a);
      if (b > 12) return ok(y, a, b);
      return dmy || s.includes('.') ? ok(y, b, a) : ok(y, a, b);
    }
    if ((m = /^(\d{1,2}) (?:of )?([a-z]+\.?) (\d{2,4})$/.exec(s)) && monthOf(m[2])) return ok(+m[3], monthOf(m[2]), +m[1]);
    if ((m = /^([a-z]+\.?) (\d{1,2}) (\d{2,4})$/.exec(s)) && monthOf(m[1])) return ok(+m[3], monthOf(m[1]), +m[2]);
    return null;
  }

  /* "7:45 PM", "19:45", "7 pm", "noon": {h, m, s}, or null. */
  function parseTime(s) {
    s = collapse(s).toLowerCase();
    if (s === 'noon' || s === 'midday') return { h: 12, m: 0, s: 0 };
    if (s === 'midnight') return { h: 0, m: 0, s: 0 };
    const m = /(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(s);
    if (!m || (!m[2] && !m[4])) return null;
    let h = +m[1];
    const ap = m[4] ? m[4][0] : '';
    if (ap === 'p' && h < 12) h += 12;
    if (ap === 'a' && h === 12) h = 0;
    if (h > 23 || +(m[2] || 0) > 59) return null;
    return { h, m: +(m[2] || 0), s: +(m[3] || 0) };
  }

  /* The text a native date/time/range/color input takes for value. */
  function nativeValue(type, value, el) {
    const v = String(value).trim();
    if (type === 'date' || type === 'month' || type === 'week') {
      const d = parseDate(v);
      if (!d) return null;
      if (type === 'month') return d.y + '-' + pad(d.m);
      if (type === 'week') {
        const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
        const day = t.getUTCDay() || 7;
        t.setUTCDate(t.getUTCDate() + 4 - day);
        const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
        return t.getUTCFullYear() + '-W' + pad(Math.ceil(((t - y0) / 86400000 + 1) / 7));
      }
      return pad(d.y, 4) + '-' + pad(d.m) + '-' + pad(d.d);
    }
    if (type === 'time') {
      const t = parseTime(v);
      return t ? pad(t.h) + ':' + pad(t.m) + (t.s ? ':' + pad(t.s) : '') : null;
    }
    if (type === 'datetime-local') {
      const m = /^(.*?)(?:\s+at\s+|\s*[T ]\s*)(\d{1,2}(?::\d{2})?(?::\d{2})?\s*(?:[ap]\.?m\.?)?)$/i.exec(v);
      const d = parseDate(m ? m[1] : v), t = m ? parseTime(m[2]) : { h: 0, m: 0 };
      return d && t ? pad(d.y, 4) + '-' + pad(d.m) + '-' + pad(d.d) + 'T' + pad(t.h) + ':' + pad(t.m) : null;
    }
    if (type === 'range' || type === 'number') {
      let n = parseFloat(v.replace(/,/g, ''));
      if (!isFinite(n)) return null;
      if (type === 'range') {
        const min = el.min !== '' ? parseFloat(el.min) : 0, max = el.max !== '' ? parseFloat(el.max) : 100;
        n = Math.min(max, Math.max(min, n));
      }
      return String(n);
    }
    if (type === 'color') return /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : null;
    return v;
  }

  function setNative(el, v) {
    const win = winOf(el);
    try { el.focus({ preventScroll: true }); } catch (e) { /* not focusable */ }
    const proto = el.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
    const d = Object.getOwnPropertyDescriptor(proto, 'value');
    if (d && d.set) d.set.call(el, v); else el.value = v;
    el.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new win.Event('change', { bubbles: true }));
  }

  /* The date format a text field shows in its placeholder, pattern or
   * current value ("mm/dd/yyyy", "dd.mm.yyyy", "yyyy-mm-dd"), or null. */
  function dateFormatOf(el) {
    const hints = [el.getAttribute('placeholder'), el.getAttribute('data-format'), el.getAttribute('data-date-format'),
      el.getAttribute('aria-label'), el.getAttribute('title')].filter(Boolean).join(' ');
    const m = /\b((?:dd|d|mm|m|yyyy|yy)([./-])(?:dd|d|mm|m|yyyy|yy)\2(?:dd|d|mm|m|yyyy|yy))\b/i.exec(hints);
    if (m) return m[1].toLowerCase();
    if (/date|birth|dob|calendar|datepicker/i.test(hints + ' ' + attrWords(el) + ' ' + (el.name || ''))) return 'mm/dd/yyyy';
    return null;
  }

  function formatDate(d, fmt) {
    return fmt.replace(/yyyy|yy|mm|m|dd|d/g, (t) => ({
      yyyy: pad(d.y, 4), yy: pad(d.y % 100), mm: pad(d.m), m: String(d.m), dd: pad(d.d), d: String(d.d),
    })[t]);
  }

  /* How to give the element value: set it now (native date, time, range,
   * color inputs: their value and the input and change events, as a
   * picker does), press keys (an ARIA slider), or type this text (a date
   * in the field's own format). */
  function prepareValue(ref, value) {
    let el = deref(ref);
    if (!el) return GONE;
    el = labelControl(el) || el;
    value = value == null ? '' : String(value);
    const t = el.localName === 'input' ? el.type : '';
    if (/^(date|time|datetime-local|month|week|range|color)$/.test(t)) {
      const v = nativeValue(t, value, el);
      if (v == null) return { ok: false, error: '"' + value + '" is not a ' + (t === 'datetime-local' ? 'date and time' : t === 'range' ? 'number' : t) };
      setNative(el, v);
      return { ok: el.value === v || (t === 'range' && parseFloat(el.value) === parseFloat(v)), mode: 'set', value: el.value, wanted: v,
        error: el.value === v ? undefined : 'the field kept "' + el.value + '" instead of "' + v + '"' };
    }
    const r = roleOf(el);
    /* a slider that does not say its value: arrow keys, reading the number it shows */
    if (r !== 'slider' && el.localName !== 'input' && /slider|range|handle|thumb/i.test(attrWords(el))) {
      const want = parseFloat(value.replace(/,/g, ''));
      if (!isFinite(want)) return { ok: false, error: '"' + value + '" is not a number' };
      return { ok: true, mode: 'probe', wanted: want, ref: refOf(el) };
    }
    if (r === 'slider' || (r === 'spinbutton' && !isEditable(el))) {
      const now = parseFloat(el.getAttribute('aria-valuenow'));
      const want = parseFloat(value.replace(/,/g, ''));
      if (!isFinite(want)) return { ok: false, error: '"' + value + '" is not a number' };
      if (!isFinite(now)) return { ok: false, error: 'the ' + r + ' does not say its value' };
      const step = parseFloat(el.getAttribute('aria-valuestep') || el.getAttribute('data-step')) || 1;
      const n = Math.round((want - now) / step);
      const up = r === 'slider' ? 'ArrowRight' : 'ArrowUp', down = r === 'slider' ? 'ArrowLeft' : 'ArrowDown';
      return { ok: true, mode: 'keys', key: n >= 0 ? up : down, count: Math.min(Math.abs(n), 500), now, wanted: want, ref: refOf(el) };
    }
    /* a read-only date field opens a calendar: pick the day there */
    if (el.localName === 'input' && isReadOnly(el) && dateFormatOf(el) && parseDate(value)) {
      return { ok: true, mode: 'pick', ref: refOf(el) };
    }
    if (isEditable(el) && el.localName === 'input') {
      const fmt = dateFormatOf(el);
      const d = fmt ? parseDate(value, /^d/.test(fmt)) : null;
      if (d && /[a-z]/i.test(value) || (d && fmt && !new RegExp('^' + fmt.replace(/[a-z]+/g, '\\d+').replace(/[./-]/g, '\\$&') + '$').test(value))) {
        return { ok: true, mode: 'type', value: formatDate(d, fmt), format: fmt };
      }
    }
    return { ok: true, mode: 'type', value };
  }

  const MONTH_RE = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{4})\b/i;

  /* A visible calendar: the element that holds the most day numbers (1 to
   * 31 in cells), nearest the field. */
  function calendarOf(field, c) {
    let best = null, bs = 0;
    for (const el of c.all()) {
      const r = roleOf(el);
      if (!(el.localName === 'table' || r === 'grid' || /calendar|datepicker|date-picker|picker/i.test(attrWords(el)))) continue;
      if (!isVisible(el, c) || el === field) continue;
      const cells = el.querySelectorAll('td,[role=gridcell],button');
      let days = 0;
      for (const x of cells) if (/^\d{1,2}$/.test(collapse(x.textContent))) days++;
      if (days < 28) continue;
      const score = days - (composedContains(el, field) ? 0 : 0.01 * gap(field, el));
      if (!best || score > bs || (/calendar|datepicker|picker/i.test(attrWords(el)) && !composedContains(best, el))) { best = el; bs = score; }
    }
    /* the widget around the grid: its header says the month */
    let w = best;
    for (let up = 0; w && up < 4 && !MONTH_RE.test(textOf(w, c)); up++) w = w.parentElement;
    return best ? { grid: best, widget: w && MONTH_RE.test(textOf(w, c)) ? w : best } : null;
  }

  /* One move toward value on the calendar of a date field: open it, go to
   * the next or previous month, or click the day. The caller clicks and
   * asks again: {ok, click: element, done} or {ok:false, error}. */
  function pickDate(ref, value) {
    const field = deref(ref);
    if (!field) return GONE;
    const d = parseDate(value);
    if (!d) return { ok: false, error: '"' + value + '" is not a date' };
    const c = newCtx();
    const cal = calendarOf(field, c);
    if (!cal) return { ok: true, click: describe(field, c), opening: true };
    /* month and year dropdowns: set them */
    for (const sel of cal.widget.querySelectorAll('select')) {
      const opts = Array.from(sel.options);
      const byYear = opts.find((o) => collapse(o.text) === String(d.y));
      const byMonth = opts.find((o) => monthOf(collapse(o.text)) === d.m);
      const o = byYear || byMonth;
      if (o && !o.selected) { setOption(sel, o); return { ok: true, again: true }; }
    }
    const m = MONTH_RE.exec(textOf(cal.widget, c));
    if (m) {
      const shown = +m[2] * 12 + monthOf(m[1]) - 1, want = d.y * 12 + d.m - 1;
      if (shown !== want) {
        const fwd = want > shown;
        const word = fwd ? /next|forward|\u203a|\u00bb|>/i : /prev|back|\u2039|\u00ab|</i;
        for (const b of cal.widget.querySelectorAll('a,button,[role=button],span,div,th')) {
          if (!isVisible(b, c) || !(isClickable(b, c) || b.localName === 'a' || b.localName === 'button')) continue;
          const names = [textOf(b, c), b.getAttribute('title'), b.getAttribute('aria-label'), attrWords(b)].filter(Boolean).join(' ');
          if (names.length <= 60 && word.test(names) && !/^\d+$/.test(textOf(b, c))) return { ok: true, click: describe(b, c), month: m[0] };
        }
        return { ok: false, error: 'the calendar shows ' + m[0] + ' and has no ' + (fwd ? 'next' : 'previous') + ' month button' };
      }
    }
    const OTHER = /other-?month|outside|disabled|muted|prev-?month|next-?month|old|new/i;
    for (const x of cal.grid.querySelectorAll('td,[role=gridcell],button,a')) {
      if (collapse(x.textContent) !== String(d.d) || !isVisible(x, c)) continue;
      const cell = x.closest('td,[role=gridcell]') || x;
      if (OTHER.test(attrWords(cell)) || OTHER.test(attrWords(x)) || cell.getAttribute('aria-disabled') === 'true') continue;
      const t = x.querySelector && x.querySelector('a,button') ? x.querySelector('a,button') : x;
      return { ok: true, click: describe(t, c), done: true };
    }
    return { ok: false, error: 'no day ' + d.d + ' on the calendar' };
  }

  /* The number a slider shows: its aria-valuenow, or the number written
   * next to it that changed last. */
  function sliderValue(ref) {
    const el = deref(ref);
    if (!el) return GONE;
    const now = parseFloat(el.getAttribute('aria-valuenow'));
    if (isFinite(now)) return { ok: true, value: now };
    let best = null, bf = -1;
    for (let n = el.parentElement, up = 0; n && up < 3; n = n.parentElement, up++) {
      for (const x of [n, ...n.querySelectorAll('*')]) {
        if (composedContains(el, x) || !hasOwnText(x)) continue;
        const t = collapse(Array.from(x.childNodes).filter((k) => k.nodeType === 3).map((k) => k.data).join(' '));
        const m = /^[^\d-]{0,20}?(-?\d+(?:\.\d+)?)\s*%?$/.exec(t);
        if (!m || t.length > 30) continue;
        const f = freshness(x);
        if (f > bf) { bf = f; best = parseFloat(m[1]); }
      }
      if (best != null) break;
    }
    return { ok: true, value: best };
  }

  /* The value an element holds now, as a person reads it. */
  function valueNow(ref) {
    const el0 = deref(ref);
    if (!el0) return GONE;
    const el = labelControl(el0) || el0;
    if (roleOf(el) === 'slider' || roleOf(el) === 'spinbutton') {
      const v = el.localName === 'input' ? el.value : el.getAttribute('aria-valuetext') || el.getAttribute('aria-valuenow');
      return { ok: true, value: v == null ? null : String(v) };
    }
    if (el.localName === 'select') return { ok: true, value: el.selectedOptions[0] ? collapse(el.selectedOptions[0].text) : '' };
    const v = valueOf(el, newCtx());
    return { ok: true, value: v == null ? null : String(v), checked: checkedOf(el) };
  }

  /* Form controls a value can go into, one entry per radio group. */
  function formControls(c) {
    const out = [], groups = new Map();
    for (const el of c.all()) {
      if (!candidateEl(el) || isDisabled(el)) continue;
      const t = el.localName, r = roleOf(el);
      let kind = null;
      if (t === 'input' && el.type === 'radio') kind = 'radio';
      else if (isCheckable(el)) kind = r === 'radio' ? 'radio' : 'check';
      else if (t === 'select') kind = 'select';
      else if (t === 'input' && /^(date|time|datetime-local|month|week|range|color)$/.test(el.type)) kind = 'value';
      else if (r === 'slider' || r === 'spinbutton') kind = 'value';
      else if (isEditable(el)) kind = 'text';
      else if (r === 'combobox' || r === 'listbox') kind = 'select';
      if (!kind || !visibleFor(el, kind === 'radio' || kind === 'check' ? 'check' : 'any', c)) continue;
      if (kind === 'radio') {
        const key = (el.name || '') + '|' + (formOf(el) ? c.order.get(formOf(el)) : '') + '|' + (el.name ? '' : c.order.get(el.parentElement));
        let g = groups.get(key);
        if (!g) { g = { kind: 'radio', el, radios: [] }; groups.set(key, g); out.push(g); }
        g.radios.push(el);
        continue;
      }
      out.push({ kind, el });
    }
    return out;
  }

  function groupNames(g, c) {
    const names = [];
    const el = g.el;
    const gl = groupLabel(el, c);
    if (gl) names.push([gl, 1]);
    if (el.name) names.push([humanize(el.name), 0.85]);
    /* the text before the group: "Role: ( ) Admin ( ) User" */
    const first = g.radios[0];
    let p = first.parentElement;
    for (let up = 0; p && up < 3; up++, p = p.parentElement) {
      if (g.radios.every((r) => p.contains(r))) {
        const prev = p.previousElementSibling;
        if (prev && textOf(prev, c).length <= 60) names.push([textOf(prev, c), 0.85]);
        const own = Array.from(p.childNodes).filter((n) => n.nodeType === 3).map((n) => n.data).join(' ');
        if (collapse(own)) names.push([collapse(own), 0.8]);
        break;
      }
    }
    return names;
  }

  function controlScore(label, ctl, c) {
    const names = ctl.kind === 'radio' ? groupNames(ctl, c) : sources(ctl.el, c);
    let best = 0;
    for (const [t, w] of names) best = Math.max(best, nameScore(label, t) * w);
    return best;
  }

  function radioFor(g, value, c) {
    let best = null, bs = 0;
    for (const r of g.radios) {
      for (const [t, w] of sources(r, c)) {
        const s = textScore(value, t) * w;
        if (s > bs) { bs = s; best = r; }
      }
    }
    return bs >= THRESHOLD ? best : null;
  }

  /* "given name Ada" read as label "given", value "name Ada": words move
   * from the value to the label while a field's name fits them better. */
  function resplit(p, ctls, c) {
    const best = (label) => Math.max(0, ...ctls.map((k) => controlScore(label, k, c)));
    let top = p, ts = best(p.label);
    const words = p.value.split(/\s+/);
    for (let k = 1; k < words.length && k <= 3; k++) {
      const label = p.label + ' ' + words.slice(0, k).join(' ');
      const s = best(label);
      if (s > ts + 0.1) { ts = s; top = { i: p.i, label, value: words.slice(k).join(' ') }; }
    }
    return top;
  }

  /* For a whole form ("name Ada, email a@b.c, role Admin"): the control
   * each label names, each control used once, best pairs first. pairs:
   * [{label, value}]. Returns {ok, fields: [{label, value, kind, ref}]}
   * or {ok:false, error, candidates}. */
  function fillPlan(pairs) {
    const c = newCtx();
    const ctls = formControls(c);
    if (!ctls.length) return { ok: false, error: 'no form fields on the page' };
    pairs = (Array.isArray(pairs) ? pairs : []).map((p, i) => resplit({ i, label: String(p.label || ''), value: String(p.value == null ? '' : p.value) }, ctls, c));
    const cells = [];
    for (const p of pairs) {
      for (let j = 0; j < ctls.length; j++) {
        let s = controlScore(p.label, ctls[j], c);
        /* a radio group whose option is the value ("role Admin") */
        if (ctls[j].kind === 'radio' && s < THRESHOLD && radioFor(ctls[j], p.value, c)) s = Math.max(s, 0.5);
        if (ctls[j].kind === 'select' && ctls[j].el.localName === 'select' && s < THRESHOLD && bestOption(ctls[j].el, p.value).score >= 0.9) s = Math.max(s, 0.5);
        if (s >= 0.45) cells.push({ p, j, s });
      }
    }
    cells.sort((a, b) => b.s - a.s);
    const usedP = new Set(), usedC = new Set(), plan = new Array(pairs.length).fill(null);
    for (const x of cells) {
      if (usedP.has(x.p.i) || usedC.has(x.j)) continue;
      usedP.add(x.p.i); usedC.add(x.j);
      plan[x.p.i] = x;
    }
    const fields = [];
    for (const p of pairs) {
      const x = plan[p.i];
      if (!x) {
        return { ok: false, error: 'no field for "' + p.label + '"', candidates: ctls.slice(0, 8).map((k) => candDesc(k.el, controlScore(p.label, k, c), c)) };
      }
      const ctl = ctls[x.j];
      let el = ctl.el;
      if (ctl.kind === 'radio') {
        el = radioFor(ctl, p.value, c);
        if (!el) return { ok: false, error: 'no choice "' + p.value + '" for "' + p.label + '"' };
        el = checkLabelOrSelf(el, c);
      }
      fields.push({ label: p.label, value: p.value, kind: ctl.kind, ref: refOf(el), name: clip(accName(el, c), 80), score: Math.round(x.s * 1000) / 1000 });
    }
    return { ok: true, fields };
  }

  /* ------------------------------------------------------------------ */
  /* search boxes, login forms                                           */

  const SEARCH_WORD = /^(search|query|find|keyword|lookup|suche|buscar|recherche|cerca|zoeken|szukaj|pesquisa)/;

  function wordsOf(s) {
    return norm(humanize(s)).split(' ').filter(Boolean);
  }

  function searchScore(el, c) {
    const t = el.localName;
    const role = attrRole(el);
    const okTag = (t === 'input' && (el.type === 'text' || el.type === 'search' || el.type === 'url' || !el.getAttribute('type')))
      || t === 'textarea' || role === 'searchbox' || (role === 'combobox' && t === 'input') || (role === 'textbox' && isEditable(el));
    if (!okTag) return 0;
    let s = 0;
    if (t === 'input' && el.type === 'search') s += 5;
    if (role === 'searchbox') s += 5;
    const nm = (el.getAttribute('name') || '').toLowerCase();
    if (/^(q|query|s|search|k|keyword|keywords|field-keywords|search_query|searchterm|search-term|search_term|term|text|w|p|wd|kw|st)$/.test(nm)) s += nm === 'text' || nm === 'p' || nm === 'w' ? 1 : 4;
    let wordHits = 0;
    const srcs = [el.getAttribute('name'), el.id, el.getAttribute('placeholder'), el.getAttribute('aria-label'), el.getAttribute('title'),
      typeof el.className === 'string' ? el.className : '', el.getAttribute('data-testid'), labelledBy(el), ...labelsOf(el, c)];
    for (const x of srcs) {
      if (!x) continue;
      if (wordsOf(x).some((w) => SEARCH_WORD.test(w) || w === 'q')) wordHits++;
    }
    s += Math.min(6, wordHits * 3);
    const form = formOf(el);
    if (form) {
      const act = (form.getAttribute('action') || '').toLowerCase();
      if (/search|find|query|\/s(\?|$|\/)/.test(act)) s += 3;
      if (attrRole(form) === 'search' || wordsOf((form.id || '') + ' ' + (typeof form.className === 'string' ? form.className : '') + ' ' + (form.getAttribute('name') || '')).some((w) => SEARCH_WORD.test(w))) s += 2;
      if (form.querySelector('input[type=password]')) s -= 5;
    }
    if (closestComposed(el, '[role=search],search')) s += 3;
    if ((el.getAttribute('enterkeyhint') || '').toLowerCase() === 'search' || (el.getAttribute('inputmode') || '').toLowerCase() === 'search') s += 2;
    if (s <= 0) return 0;
    if (closestComposed(el, 'header,[role=banner],nav')) s += 1;
    return s;
  }

  function searchBoxEl(c) {
    let best = null, bs = 0;
    for (const el of c.all()) {
      const s = searchScore(el, c);
      if (s < 3 || !isVisible(el, c) || isDisabled(el)) continue;
      const r = rectOf(el);
      const s2 = s + (r.top < 250 ? 0.5 : 0);
      if (s2 > bs) { bs = s2; best = el; }
    }
    return best;
  }

  const SEARCH_BTN = /\b(search|go|find|submit|suche|buscar|rechercher|cerca)\b|magnif|loupe|\ud83d\udd0d|\ud83d\udd0e/i;

  function searchOpener(c) {
    for (const el of c.all()) {
      if (!isClickable(el, c) || el.localName === 'input' || !isVisible(el, c)) continue;
      const names = [el.getAttribute('aria-label'), el.getAttribute('title'), textOf(el, c), typeof el.className === 'string' ? el.className : ''];
      if (names.some((n) => n && n.length < 60 && /\bsearch\b|search[-_]?(toggle|open|button|btn|icon|trigger)/i.test(humanize(n)))) return el;
    }
    return null;
  }

  function searchBox() {
    const c = newCtx();
    const el = searchBoxEl(c);
    if (el) return describe(el, c);
    const op = searchOpener(c);
    if (op) return { ok: false, error: 'no search box on the page; a search button may open one', opener: describe(op, c) };
    return { ok: false, error: 'no search box on the page' };
  }

  function buttonWords(el, c) {
    return [el.getAttribute('aria-label'), el.getAttribute('title'), textOf(el, c), el.localName === 'input' ? el.value : '',
      typeof el.className === 'string' ? humanize(el.className) : '', el.id ? humanize(el.id) : '', el.getAttribute('name'),
      (el.querySelector && el.querySelector('svg title')) ? el.querySelector('svg title').textContent : '',
      (el.querySelector && el.querySelector('img[alt]')) ? el.querySelector('img[alt]').getAttribute('alt') : ''].filter(Boolean).join(' | ');
  }

  function searchButton(ref) {
    const c = newCtx();
    let input = ref == null ? searchBoxEl(c) : deref(ref);
    if (!input) return ref == null ? { ok: false, error: 'no search box on the page' } : GONE;
    const form = formOf(input);
    const isBtn = (e) => (e.localName === 'button' && e.type !== 'reset') || (e.localName === 'input' && /^(submit|image|button)$/.test(e.type)) || attrRole(e) === 'button';
    if (form) {
      const btns = Array.from(form.querySelectorAll('button,input[type=submit],input[type=image],input[type=button],[role=button]'))
        .filter((e) => isBtn(e) && isVisible(e, c) && (e.localName !== 'button' || e.type === 'submit' || SEARCH_BTN.test(buttonWords(e, c))));
      const named = btns.find((e) => SEARCH_BTN.test(buttonWords(e, c)));
      const pick = named || btns.find((e) => e.type === 'submit') || null;
      if (pick) return describe(pick, c);
    }
    /* a button near the box */
    let scope = input.parentElement;
    for (let up = 0; scope && up < 4; up++, scope = scope.parentElement) {
      const cands = Array.from(scope.querySelectorAll('button,input[type=submit],input[type=image],[role=button],a,[onclick],span[class],div[class],i[class],svg'))
        .filter((e) => e !== input && !e.contains(input) && isVisible(e, c));
      const pick = cands.find((e) => SEARCH_BTN.test(buttonWords(e, c)) && (isClickable(e, c) || isBtn(e)));
      if (pick) return describe(purposeTarget(pick, 'click', c) || pick, c);
      const svgOnly = cands.find((e) => isBtn(e) && !textOf(e, c));
      if (svgOnly && up >= 1) return describe(svgOnly, c);
    }
    return { ok: false, error: 'no search button near the search box; press Enter instead' };
  }

  const USER_WORD = /^(user|username|login|email|e ?mail|mail|account|userid|uid|identifier|phone|member|signin|log ?in|benutzer|usuario|utilisateur)/;

  function userScore(el, c) {
    if (!isTextInput(el) || el.type === 'password' || el.type === 'search' || el.type === 'number') return 0;
    let s = 0;
    if (el.type === 'email') s += 5;
    const ac = (el.getAttribute('autocomplete') || '').toLowerCase();
    if (/\b(username|email)\b/.test(ac)) s += 5;
    const srcs = [el.getAttribute('name'), el.id, el.getAttribute('placeholder'), el.getAttribute('aria-label'), labelledBy(el), ...labelsOf(el, c), nearbyText(el, c)];
    let hits = 0;
    for (const x of srcs) {
      if (!x) continue;
      const ws = wordsOf(x);
      if (ws.some((w) => USER_WORD.test(w)) || /e-?mail|user ?name|login/i.test(x)) hits++;
    }
    s += Math.min(6, hits * 3);
    if (searchScore(el, c) >= 4) s -= 4;
    /* a newsletter or coupon box is no login */
    const around = srcs.join(' ') + ' ' + (formOf(el) ? textOf(formOf(el), c).slice(0, 300) + ' ' + (formOf(el).getAttribute('action') || '') : '');
    if (/newsletter|subscri|coupon|promo|voucher|gift card|zip|postal/i.test(around)) s -= 6;
    return s;
  }

  const LOGIN_BTN = /^(log ?in|login|sign ?in|signin|continue|next|submit|enter|go|weiter|anmelden|einloggen|connexion|se connecter|entrar|iniciar sesion|accedi)$/i;

  function loginSubmit(scope, pwd, c) {
    const btns = Array.from(scope.querySelectorAll('button,input[type=submit],input[type=image],[role=button],a[href]'))
      .filter((e) => isVisible(e, c) && !(e.localName === 'button' && e.type === 'reset'));
    let best = null, bs = 0;
    for (const b of btns) {
      const t = norm(b.localName === 'input' ? b.value || b.getAttribute('aria-label') || '' : textOf(b, c) || b.getAttribute('aria-label') || '');
      let s = 0;
      if (LOGIN_BTN.test(t)) s = 5;
      else if (/\b(log ?in|sign ?in)\b/.test(t)) s = 4;
      else if (/\b(continue|next|submit)\b/.test(t)) s = 2;
      if ((b.localName === 'button' && b.type === 'submit') || (b.localName === 'input' && b.type === 'submit')) s += 2;
      if (b.localName === 'a') s -= 1;
      if (/forgot|reset|sign ?up|register|create|google|facebook|apple|github|microsoft/.test(t)) s -= 6;
      if (pwd && (c.order.get(b) || 0) < (c.order.get(pwd) || 0)) s -= 1;
      if (s > bs) { bs = s; best = b; }
    }
    return bs >= 2 ? best : null;
  }

  function loginFields() {
    const c = newCtx();
    const pwds = c.all().filter((e) => e.localName === 'input' && e.type === 'password' && isVisible(e, c) && !isDisabled(e));
    /* a login form has one password field; sign-up forms have two */
    let pwd = null;
    for (const p of pwds) {
      const f = formOf(p);
      const n = f ? Array.from(f.elements).filter((x) => x.type === 'password').length : 1;
      const ac = (p.getAttribute('autocomplete') || '').toLowerCase();
      if (ac === 'current-password' || n === 1) { pwd = p; break; }
    }
    if (!pwd && pwds.length) pwd = pwds[0];
    const form = pwd ? formOf(pwd) : null;
    let user = null, us = 0;
    for (const el of c.all()) {
      if (!isVisible(el, c) || isDisabled(el)) continue;
      let s = userScore(el, c);
      if (s <= 0) continue;
      if (form) {
        if (formOf(el) === form) s += 2; else s -= 2;
      }
      if (pwd) {
        const d = (c.order.get(pwd) || 0) - (c.order.get(el) || 0);
        if (d > 0 && d < 60) s += 2;
      }
      if (s > us) { us = s; user = el; }
    }
    if (!user && form) {
      /* the text field just before the password */
      const els = Array.from(form.elements).filter((e) => isTextInput(e) && e.type !== 'password' && isVisible(e, c));
      const before = els.filter((e) => (c.order.get(e) || 0) < (c.order.get(pwd) || 0));
      user = before.length ? before[before.length - 1] : null;
    }
    if (!pwd && user && us < 5) user = null; /* without a password field, only a clear user field */
    if (!user && !pwd) return { ok: false, error: 'no login form on the page' };
    const scopeEl = form || formOf(user) || document.body;
    const sub = loginSubmit(scopeEl, pwd, c);
    /* one scroll for all three, so their centers hold together: the
     * password field (between the other two) to the middle of the view */
    scrollIntoView(pwd || user);
    const userD = user ? describe(user, c, null, true) : null;
    const pwdD = pwd ? describe(pwd, c, null, true) : null;
    const subD = sub ? describe(sub, c, null, true) : null;
    return { ok: true, user: userD, password: pwdD, submit: subD };
  }

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
  /* interactive elements for an LLM                                     */

  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'switch', 'combobox', 'textbox', 'searchbox', 'slider', 'spinbutton', 'listbox', 'treeitem']);

  function isInteractive(el, c) {
    const t = el.localName;
    if (t === 'a') return el.hasAttribute('href') || el.hasAttribute('onclick');
    if (t === 'button' || t === 'select' || t === 'textarea' || t === 'summary') return true;
    if (t === 'input') return el.type !== 'hidden';
    if (INTERACTIVE_ROLES.has(attrRole(el))) return true;
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return true;
    if (el.hasAttribute('onclick')) return true;
    if (t === 'label' || t === 'body' || t === 'html') return false;
    if (el.hasAttribute('tabindex') && el.tabIndex >= 0 && isClickable(el, c)) return true;
    return false;
  }

  function interactive(limit) {
    limit = limit > 0 ? Math.floor(limit) : 150;
    const c = newCtx();
    const out = [];
    let last = null;
    const rep = findRepeated(c, {});
    const items = rep ? new Set(rep.items) : new Set();
    for (const el of c.all()) {
      if (out.length >= limit) break;
      if (!isInteractive(el, c)) continue;
      let vis = isVisible(el, c);
      if (!vis && isCheckable(el)) {
        try { for (const l of labelEls(el, c)) if (isVisible(l, c)) vis = true; } catch (e) { /* none */ }
      }
      if (!vis) continue;
      /* a <span role=button> inside a <button>: one entry */
      if (last && composedContains(last, el) && kindOf(last) === kindOf(el) && el.localName !== 'input') continue;
      const o = { i: refOf(el), tag: el.localName, role: kindOf(el) };
      const txt = el.localName === 'select' ? '' : clip(textOf(el, c), 80);
      const nm = clip(accName(el, c) || el.getAttribute('name') || '', 80);
      if (txt) o.text = txt;
      if (nm && nm !== txt) o.name = nm;
      if (el.localName === 'input' && el.type) o.type = el.type;
      const ph = el.getAttribute('placeholder');
      if (ph) o.placeholder = clip(ph, 80);
      if (el.localName === 'a' && el.hasAttribute('href')) o.href = hrefOf(el);
      const v = valueOf(el, c);
      if (v != null && v !== '' && !(el.localName === 'input' && /^(submit|button|reset)$/.test(el.type))) o.value = clip(v, 80);
      if (el.localName === 'select' && el.selectedOptions && el.selectedOptions[0]) o.value = clip(el.selectedOptions[0].text, 80);
      const ch = checkedOf(el);
      if (ch != null) o.checked = ch;
      if (isDisabled(el)) o.disabled = true;
      const ex = el.getAttribute('aria-expanded');
      if (ex != null) o.expanded = ex === 'true';
      /* where it is: "row 7731, column Status", "item @sam", "Newsletter" */
      const pl = placeOf(el, items, c);
      const where = [pl.item ? 'item ' + pl.item : '', pl.row ? 'row ' + pl.row : '', pl.column ? 'column ' + pl.column : '',
        !pl.item && !pl.row ? contextName(el, c) : ''].filter(Boolean).join(', ');
      if (where) o.in = clip(where, 80);
      out.push(o);
      last = el;
    }
    return out;
  }

  /* ------------------------------------------------------------------ */
  /* the page model as data: what a person sees and can use              */

  const READABLE_ROLES = new Set(['heading', 'alert', 'status', 'dialog', 'alertdialog', 'img', 'tooltip', 'columnheader',
    'rowheader', 'cell', 'progressbar', 'log']);

  /* A snapshot of the page: interactive elements and the readable ones
   * (headings, alerts, images, table cells), in every same-origin frame and
   * open shadow root, each {i (ref), role, name, tag, states, value, box,
   * ctx: {section (heading above), label, row (its row's first cell),
   * column (its header), item (the repeated item it is in)}}. limit: most
   * entries (default 300). */
  function snapshot(limit) {
    limit = limit > 0 ? Math.floor(limit) : 300;
    const c = newCtx();
    const out = [];
    let section = '';
    const rep = findRepeated(c, {});
    const items = rep ? new Set(rep.items) : new Set();
    for (const el of c.all()) {
      if (out.length >= limit) break;
      const r = roleOf(el);
      if (r === 'heading' && isVisible(el, c)) section = clip(textOf(el, c), 80);
      const inter = isInteractive(el, c);
      if (!inter && !READABLE_ROLES.has(r) && !(el.getAttribute && el.getAttribute('aria-live'))) continue;
      if (r === 'cell' && !inter) continue;
      if (!isVisible(el, c) && !(isCheckable(el) && labelEls(el, c).some((l) => isVisible(l, c)))) continue;
      const o = { i: refOf(el), role: r || kindOf(el), name: clip(accName(el, c), 100), tag: el.localName };
      const st = [];
      const ch = checkedOf(labelControl(el) || el);
      if (ch != null) st.push(ch ? 'checked' : 'unchecked');
      const ex = el.getAttribute('aria-expanded');
      if (ex != null) st.push(ex === 'true' ? 'expanded' : 'collapsed');
      if (el.getAttribute('aria-selected') === 'true') st.push('selected');
      if (isDisabled(el)) st.push('disabled');
      if (st.length) o.states = st;
      const v = valueOf(el, c);
      if (v != null && v !== '' && !(el.localName === 'input' && /^(submit|button|reset)$/.test(el.type))) o.value = clip(v, 80);
      if (el.localName === 'select' && el.selectedOptions && el.selectedOptions[0]) o.value = clip(el.selectedOptions[0].text, 80);
      const now = el.getAttribute('aria-valuenow');
      if (now != null) o.value = now;
      const m = measure(el);
      o.box = m.box;
      const ctx = placeOf(el, items, c);
      if (section) ctx.section = section;
      if (Object.keys(ctx).length) o.ctx = ctx;
      out.push(o);
    }
    return { ok: true, url: location.href, title: document.title, elements: out };
  }

  /* Where an element sits, as a person would say it: its table row's key
   * and its column's header, the repeated item it is part of. */
  function placeOf(el, items, c) {
    const ctx = {};
    const row = el.closest && el.closest('tr,[role=row]');
    if (row) {
      const cells = cellsOf(row);
      if (cells.length && !composedContains(cells[0], el)) ctx.row = clip(textOf(cells[0], c), 60);
      const cell = el.closest('td,th,[role=cell],[role=gridcell]');
      const table = row.closest('table,[role=table],[role=grid]');
      if (cell && table) {
        const head = rowsOf(table).find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); });
        const i = cellsOf(row).indexOf(cell);
        if (head && i >= 0 && cellsOf(head)[i]) ctx.column = clip(textOf(cellsOf(head)[i], c), 60);
      }
    }
    for (let n = el, up = 0; n && up < 8; n = n.parentElement, up++) {
      if (items.has(n)) { ctx.item = clip(nameOf(n, c) || textOf(n, c), 80); break; }
    }
    return ctx;
  }

  /* ------------------------------------------------------------------ */
  /* cookie banners and modal overlays                                   */

  const CONSENT_TEXT = /cookie|consent|gdpr|we use|datenschutz|personal data|your data/i;
  const MODALISH = /modal|popup|pop-up|overlay|dialog|lightbox|newsletter|subscribe|interstitial|consent|cookie|banner|gdpr/i;
  /* modals nobody opened on purpose */
  const PROMO = /newsletter|subscribe|subscription|sign up for|join our|discount|\d+ ?% ?off|coupon|promo|special offer|free shipping|notifications|get the app|download (the|our) app|open in (the )?app|survey|feedback|don.t miss|exclusive|interstitial|popup|pop-up/i;

  function overlayButtonScore(b, c) {
    const raw = collapse(b.localName === 'input' ? b.value : (textOf(b, c) || b.getAttribute('aria-label') || b.getAttribute('title') || ''));
    const t = norm(raw);
    const extra = norm(humanize([b.getAttribute('aria-label') || '', b.getAttribute('title') || '', typeof b.className === 'string' ? b.className : '', b.id || ''].join(' ')));
    if (/settings|manage|customi|preferences|more info|learn more|details|options|privacy policy|cookie policy|read more/.test(t)) return { s: 0, raw };
    if (/^(accept all|accept all cookies|allow all|allow all cookies|accept cookies|allow cookies|i accept|accept|agree|i agree|agree and continue|agree and close|accept and continue|accept and close|yes i agree|alle akzeptieren|akzeptieren|tout accepter|accepter|aceptar|aceptar todo|accetta|accetta tutti)$/.test(t)) return { s: 10, raw };
    if (/^(got it|ok|okay|allow|continue|understood|i understand|fine|sounds good|yes)$/.test(t)) return { s: 8, raw };
    if (/\b(accept|agree|allow)\b/.test(t)) return { s: 7, raw };
    if (/^(close|dismiss|no thanks|not now|maybe later|skip|no thank you|later|continue to site|close dialog)$/.test(t) || GLYPH_CLOSE.test(raw) || /\b(close|dismiss)\b/.test(extra)) return { s: 6, raw: raw || 'close' };
    if (/^(reject all|reject|decline|refuse|necessary only|only necessary|essential only|reject cookies|deny)$/.test(t)) return { s: 3, raw };
    return { s: 0, raw };
  }

  function zOf(el, c) {
    let z = 0;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const v = parseInt(styleOf(n, c).zIndex, 10);
      if (isFinite(v)) z = Math.max(z, v);
    }
    return z;
  }

  function findOverlays(c) {
    const vw = window.innerWidth, vh = window.innerHeight, va = vw * vh;
    const found = [];
    for (const el of c.all()) {
      if (el.ownerDocument !== document) continue;
      const t = el.localName;
      if (t === 'body' || t === 'html' || SKIP_TAGS.has(t)) continue;
      const role = attrRole(el);
      const isDialog = (t === 'dialog' && el.open) || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
      let pos = '';
      if (!isDialog) {
        const s = styleOf(el, c);
        pos = s.position;
        if (pos !== 'fixed' && pos !== 'sticky') continue;
      }
      if (!isVisible(el, c)) continue;
      /* the outermost fixed box only */
      if (found.some((f) => composedContains(f.el, el))) continue;
      const r = el.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)), h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
      const cover = (w * h) / va;
      const txt = textOf(el, c).slice(0, 3000);
      const consent = CONSENT_TEXT.test(txt) || CONSENT_TEXT.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
      const modalish = isDialog || MODALISH.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
      const nInteractive = el.querySelectorAll('a[href],button,input,select,textarea').length;
      let kind = null;
      if (consent && (pos === 'fixed' || pos === 'sticky' || isDialog) && txt.length < 3000) kind = 'consent';
      else if (cover > 0.3 && (isDialog || modalish || (zOf(el, c) > 0 && nInteractive < 15)) && coversContent(el, c)) kind = 'modal';
      if (kind) {
        const promo = PROMO.test(txt.slice(0, 1500)) || PROMO.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
        found.push({ el, kind, cover, z: zOf(el, c), txt, promo });
      }
    }
    return found;
  }

  /* Is there page content under el (it overlays something, it is not the
   * page itself in a fixed frame)? */
  function coversContent(el, c) {
    const r = el.getBoundingClientRect();
    const x0 = Math.max(0, r.left), y0 = Math.max(0, r.top);
    const x1 = Math.min(window.innerWidth, r.right), y1 = Math.min(window.innerHeight, r.bottom);
    for (const [fx, fy] of [[0.5, 0.5], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8], [0.5, 0.1], [0.5, 0.9]]) {
      const x = x0 + (x1 - x0) * fx, y = y0 + (y1 - y0) * fy;
      for (const e of document.elementsFromPoint(x, y)) {
        if (e === el || composedContains(el, e) || e.localName === 'html' || e.localName === 'body') continue;
        if (composedContains(e, el)) continue;
        if (hasOwnText(e) || /^(img|button|a|input|select|textarea|video|canvas|svg)$/.test(e.localName)) return true;
      }
    }
    return false;
  }

  /* q (optional): the target the next step looks for. Without it only
   * cookie/consent banners and promotional modals (newsletter, discount,
   * "get the app") are dismissed: a modal the task itself opened (a login
   * form, a product's details) must stay. With it, any modal overlay that
   * does not hold the target is dismissed too. */
  function dismissOverlays(q) {
    const c = newCtx();
    const ovs = findOverlays(c);
    if (!ovs.length) return { ok: true, dismissed: false };
    let target = null;
    const tq = q && typeof q === 'object' && (q.text || q.role) ? normQuery(q) : null;
    if (tq) {
      const r = locateEl(tq, c);
      if (r.ok) target = r.el;
    }
    ovs.sort((a, b) => (a.kind === 'consent' ? 0 : 1) - (b.kind === 'consent' ? 0 : 1) || b.z - a.z);
    let firstText = null, kept = 0;
    for (const ov of ovs) {
      /* The step acts inside this overlay ("press Reject" on a cookie
       * banner): it is what the person wants to use, not what is in the way. */
      if (target && composedContains(ov.el, target)) { kept++; continue; }
      if (ov.kind === 'modal' && !ov.promo && !tq) { kept++; continue; }
      const btns = Array.from(ov.el.querySelectorAll('button,a,[role=button],input[type=button],input[type=submit],[onclick],[class*=close i],[aria-label*=close i]'))
        .filter((b) => isVisible(b, c));
      let best = null, bs = 0, braw = '';
      for (const b of btns) {
        const { s, raw } = overlayButtonScore(b, c);
        if (s > bs) { bs = s; best = b; braw = raw; }
      }
      if (!best) {
        if (!firstText) firstText = clip(ov.txt, 200);
        continue;
      }
      const btn = purposeTarget(best, 'click', c) || best;
      try { btn.click(); } catch (e) { continue; }
      return { ok: true, dismissed: true, text: clip(braw, 100), overlay: clip(ov.txt, 200), kind: ov.kind };
    }
    if (firstText) return { ok: true, dismissed: false, text: firstText, kept, error: 'an overlay covers the page but has no accept or close button' };
    return kept ? { ok: true, dismissed: false, kept } : { ok: true, dismissed: false };
  }

  /* ------------------------------------------------------------------ */
  /* the API                                                             */

  function safe(name, fn) {
    return function () {
      try {
        const r = fn.apply(null, arguments);
        if (r && typeof r.then === 'function') {
          return r.catch((e) => ({ ok: false, error: name + ': internal error: ' + (e && e.message ? e.message : String(e)) }));
        }
        return r;
      } catch (e) {
        return { ok: false, error: name + ': internal error: ' + (e && e.message ? e.message : String(e)) };
      }
    };
  }

  const api = {
    version: VERSION,
    _refs: refs,
    locate: safe('locate', locate),
    element: safe('element', element),
    focus: safe('focus', focus),
    clear: safe('clear', clear),
    blur: safe('blur', blur),
    selectOption: safe('selectOption', selectOption),
    searchBox: safe('searchBox', searchBox),
    searchButton: safe('searchButton', searchButton),
    loginFields: safe('loginFields', loginFields),
    submitForm: safe('submitForm', submitForm),
    submitter: safe('submitter', submitter),
    scroll: safe('scroll', scroll),
    findText: safe('findText', findText),
    quiet: safe('quiet', quiet),
    extract: safe('extract', extract),
    interactive: safe('interactive', interactive),
    dismissOverlays: safe('dismissOverlays', dismissOverlays),
    prepareValue: safe('prepareValue', prepareValue),
    pickDate: safe('pickDate', pickDate),
    sliderValue: safe('sliderValue', sliderValue),
    valueNow: safe('valueNow', valueNow),
    fillPlan: safe('fillPlan', fillPlan),
    snapshot: safe('snapshot', snapshot),
    /* for tests and debugging */
    _textScore: textScore,
    _price: priceIn,
  };
  try {
    Object.defineProperty(window, '__bai', { value: Object.freeze(api), configurable: true, enumerable: false, writable: false });
  } catch (e) {
    window.__bai = api;
  }
})();

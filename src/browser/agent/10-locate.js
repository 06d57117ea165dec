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
        const hit = (sel && el.matches(sel)) || (cre && cre.test(attrWords(el)) && kidsOf(el).length > 0);
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
      /* where it is names it too: "the Tuesday 16:45 crossing" in the Tuesday tab */
      let place = '';
      if (!hasTokens(tc + ' ' + attrs, keys)) {
        if (tc.length > 400 || !rgKeysIn(tc + ' ' + attrs, keys) || !isVisible(el, c)) continue;
        place = rgLabel(el, c);
        if (!place || !hasTokens(tc + ' ' + attrs + ' ' + place, keys)) continue;
      }
      if (!isVisible(el, c)) continue;
      /* a folder holds its closed files' names but does not show them */
      if (!attrs && !hasTokens(textOf(el, c) + ' ' + place, keys)) continue;
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

    /* "reserve the room", read as Reserve of the room: one control named
     * with both words and no other ("Reserve room") is it, before a
     * Reserve is looked for in a room */
    if (purpose === 'click' && text && q.anchor && !q.near && !q.all && !ordinal && /^[a-z]+(?: [a-z]+)?$/.test(q.anchor)) {
      const whole = ipNamedWhole(text + ' ' + q.anchor, c);
      if (whole) return { ok: true, el: whole, score: 1, count: 1 };
    }
    const anchors = q.anchor || q.anchorRole ? anchorEls(q, c) : null;
    /* the thing named as the anchor is on the page but hidden ("download
     * readme.md" with its folder closed): not the first match elsewhere */
    if (q.anchor && !anchors && text) {
      const hid = rgHiddenAnchor(anchorKeys(q.anchor), c);
      if (hid) {
        const rv = revealer(hid, c);
        const err = '"' + q.anchor + '" is on the page but not shown (in a closed folder, tab or section?)';
        if (rv) return { ok: false, error: err, candidates: [], reveal: refOf(rv.how === 'click' ? clickSpot(rv.el, null, c) : rv.el), revealHow: rv.how, revealText: clip(displayText(rv.el, c), 80) };
        return { ok: false, error: err, candidates: [] };
      }
    }
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
        /* "open the help widget": the launcher of the widget named so */
        const wl = rgWidgetLauncher(text, c);
        if (wl) return { ok: true, el: wl, score: 0.6, count: 1 };
      }
      if (!list.length) {
        const near = sc.all.sort((a, b) => (b.base - a.base) || (c.order.get(a.el) - c.order.get(b.el)))
          .slice(0, 5).map((e) => candDesc(e.el, e.base, c));
        let err = 'no element matches "' + text + '"' + (role ? ' (' + role + ')' : NOUN_OF[purpose] ? ' (' + NOUN_OF[purpose] + ')' : '') + ' well enough';
        if (sc.hiddenBest >= THRESHOLD) {
          err += ' (a matching element exists but is hidden)';
          /* in a closed tab, folder or section, or shown on hover: what reveals it */
          let h = sc.hiddenEl;
          if (anchors && h) { /* the one in the anchor's item: "delete the to-do Pay rent" */
            const inItem = rgNearAnchor(sc.hidden, anchors, c, h);
            const ar = inItem ? null : anchorRank(sc.hidden, anchors, q.near, c);
            if (inItem) h = inItem.el;
            else if (ar.used) h = ar.list[0].el;
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
    const count = entries.filter((e) => e.base >= best - TIE).length;
    /* "Reopen of HD-10" where no part of the page says HD-10 and every row
     * has a Reopen: the anchor was to pick one, so the first is no answer */
    if (q.anchor && !anchors && count > 1) {
      return { ok: false, error: count + ' elements match "' + text + '" alike and nothing on the page is "' + q.anchor + '"',
        candidates: top.slice(0, 5).map((e) => candDesc(e.el, e.base, c)) };
    }
    return { ok: true, el, score: top[0].base, count };
  }

  /* What a person would do to see a hidden element: click the tab,
   * summary, folder or header that controls the part hiding it, or hover
   * the item it belongs to. {el, how: 'click'|'hover'} or null. */
  function revealer(h, c) {
    if (!h) return null;
    let a = h;
    /* a widget's host with no box of its own (its launcher is fixed) is
     * where the hidden part is, not a hidden part itself */
    const shown = (p) => isVisible(p, c) || (p.shadowRoot && typeof p.checkVisibility === 'function' && p.checkVisibility({ visibilityProperty: true }));
    for (let p = parentOf(a); p && p.nodeType === 1 && !shown(p); p = parentOf(p)) a = p;
    const host = parentOf(a);
    if (!host || host.nodeType !== 1) return null;
    const ok = (el) => el && el !== h && isVisible(el, c) && !composedContains(a, el) ? el : null;
    const root = a.getRootNode ? a.getRootNode() : document;
    const aid = a.getAttribute && a.getAttribute('id'); /* not a.id: a form's control may be named id */
    if (aid && root.querySelectorAll) {
      const id = cssIdent(aid);
      for (const el of root.querySelectorAll('[aria-controls~="' + aid.replace(/"/g, '') + '"],a[href="#' + aid.replace(/"/g, '') + '"],[data-target="#' + id + '"],[data-bs-target="#' + id + '"]')) {
        if (ok(el)) return { el, how: 'click' };
      }
    }
    const lb = a.getAttribute && a.getAttribute('aria-labelledby');
    if (lb) {
      /* a tab names its panel; a list box's label ("Date posted" beside
       * its button) opens nothing */
      const el = byIdIn(a, lb.split(/\s+/)[0]);
      if (ok(el) && (isClickable(el, c) || isTabLike(el, c) || isExpandable(el))) return { el, how: 'click' };
    }
    if (host.localName === 'details' && !host.open) {
      const sm = host.querySelector('summary');
      if (ok(sm)) return { el: sm, how: 'click' };
    }
    /* a panel among sibling panels, and a tab list of as many tabs */
    const tab = rgPanelTab(a, c);
    if (ok(tab)) return { el: tab, how: 'click' };
    /* a header, folder name or toggle right before it; not before a
     * control hidden by itself (a row's hover button) */
    const selfHidden = a === h && (isClickable(h, c) || h.matches('button,a[href],input,[role=button],[role=link]'));
    for (let s = selfHidden ? null : a.previousElementSibling, k = 0; s && k < 2; s = s.previousElementSibling, k++) {
      if (!isVisible(s, c)) continue;
      const nx = wizardNext(s, c); /* a wizard's step before: its Continue */
      if (ok(nx)) return { el: nx, how: 'click' };
      const t = isClickable(s, c) || isExpandable(s) ? s : Array.from(s.querySelectorAll('*')).find((x) => isClickable(x, c) || isExpandable(x));
      if (ok(t)) return { el: t, how: 'click' };
      /* a plain header before a part with words of its own (not a row's
       * buttons, which its hover shows) */
      if (textOf(s, c) && textOf(s, c).length <= 80 && !controlsOnly(a)) return { el: s, how: 'click' };
    }
    /* shown on hover: the item it belongs to */
    for (let n = host, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
      const r = roleOf(n);
      if (r === 'listitem' || r === 'row' || r === 'article' || n.localName === 'li' || (kidsOf(n).length > 1 && textOf(n, c).length <= 300)) {
        if (isVisible(n, c)) return { el: n, how: 'hover' };
      }
    }
    return null;
  }

  /* Where a person clicks an element wider than its words (a tree item, a
   * row of a list): on the words, which its handler hears as well; not on
   * the empty middle of the row, which a handler on the words never does. */
  const CONTROL_SEL = 'a[href],button,input,select,textarea,[role=button],[role=checkbox],[role=switch],[role=link]';
  function clickSpot(el, text, c) {
    if (/^(a|button|input|select|textarea|label|summary|option|img)$/.test(el.localName) || !el.querySelector) return el;
    const leaves = textLeaves(el, c, 30).filter((x) => x !== el && isVisible(x, c) &&
      (!x.parentElement || x.parentElement.closest(el.localName) === el));
    if (!leaves.length) return el;
    /* with no words to match, the item's own text: not a control inside it
     * (a row's ★ would star it, not open it) */
    const inner = (x) => { const k = closestComposed(x, CONTROL_SEL, 4); return !!k && k !== el && composedContains(el, k); };
    const own = text ? leaves : leaves.filter((x) => !inner(x));
    let best = own[0] || leaves[0], bs = 0;
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

  /* "right-click in the box": the one shown element with a context menu
   * of the page's own (an oncontextmenu handler), when the words name
   * nothing the page says; {found: false} when none or several. */
  function contextSpot() {
    const c = newCtx();
    const xs = c.all().filter((x) => x.hasAttribute && x.hasAttribute('oncontextmenu') && isVisible(x, c));
    return xs.length === 1 ? Object.assign(describe(xs[0], c), { found: true }) : { found: false };
  }

  function element(ref) {
    const el = touch(deref(ref));
    if (!el) return GONE;
    return describe(el, newCtx());
  }


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

  /* the elements this document's steps acted on (located for a click,
   * focused, cleared, given a value or an option): a change among them
   * may want its form saved (26-explore.js saveFor) */
  const touched = new Set();

  function touch(el) {
    if (el && touched.size < 500) touched.add(el);
    return el;
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
        for (const s of kidsOf(p)) {
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
    touch(el);
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


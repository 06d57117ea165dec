  /* ------------------------------------------------------------------ */
  /* the element walk, per-call caches                                   */

  const SKIP_TAGS = new Set(['html', 'head', 'script', 'style', 'noscript', 'template', 'meta', 'link',
    'title', 'base', 'br', 'wbr', 'param', 'source', 'track', 'col', 'colgroup', 'datalist']);
  const SVG_INNER = new Set(['path', 'g', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'defs',
    'use', 'symbol', 'clippath', 'clipPath', 'mask', 'lineargradient', 'linearGradient', 'stop', 'tspan']);

  /* An element's child elements, by Element's own getter: a form's named
   * controls shadow its properties (<input name="children"> makes
   * form.children that input, and a loop over it throws), so el.children
   * is never read directly. A shadow root or document has its own. */
  const ELEMENT_CHILDREN = Object.getOwnPropertyDescriptor(Element.prototype, 'children').get;
  function kidsOf(n) {
    if (!n) return [];
    return n.nodeType === 1 ? ELEMENT_CHILDREN.call(n) : n.children || [];
  }

  function newCtx() {
    const c = {
      _all: null, order: new Map(), vis: new Map(), text: new Map(), style: new Map(), src: new Map(),
      frameVisible: new Map(), hostUp: new Set(),
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
        if (n.shadowRoot) {
          for (let p = parentOf(n); p && p.nodeType === 1 && !c.hostUp.has(p); p = parentOf(p)) c.hostUp.add(p);
          visit(n.shadowRoot, doc, frameOk);
        }
        const ln = n.localName;
        /* innerText does not follow a slot either: what holds one is read
         * through it */
        if (ln === 'slot' && root.host) for (let p = n.parentNode; p && p.nodeType === 1 && !c.hostUp.has(p); p = p.parentNode) c.hostUp.add(p);
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

  /* An element's text as shown, as innerText gives it but through open
   * shadow roots: a host's innerText is its light children only, so a
   * product card built as a component said its slotted name and not its
   * price, sizes or stock. The flat tree is read (a root's content, each
   * slot's assigned nodes) where a shadow host is below; the rest is
   * innerText. */
  function shownText(el, c) {
    if (typeof el.innerText !== 'string') return el.textContent || '';
    if (!el.shadowRoot && !(c && (c.all(), c.hostUp.has(el)))) return el.innerText;
    const out = [];
    const rec = (n) => {
      if (n.nodeType === 3) { out.push(n.data.replace(/[\s]+/g, ' ')); return; }
      if (n.nodeType !== 1 || SKIP_TAGS.has(n.localName)) return;
      if (n.localName === 'br') { out.push('\n'); return; }
      const st = styleOf(n, c);
      if (st.display === 'none') return;
      const block = !/^(inline|contents)/.test(st.display) ? '\n' : st.display === 'table-cell' ? ' ' : '';
      if (!n.shadowRoot && n.localName !== 'slot' && !(c && c.hostUp.has(n))) {
        out.push(block, typeof n.innerText === 'string' ? n.innerText : n.textContent || '', block);
        return;
      }
      out.push(block);
      let kids = n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
      if (n.localName === 'slot' && n.assignedNodes) {
        const a = n.assignedNodes({ flatten: true });
        if (a.length) kids = a;
      }
      for (const k of kids) rec(k);
      out.push(block);
    };
    rec(el);
    return out.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
  }

  /* querySelectorAll through the open shadow roots below n (a card built
   * as a component holds its stepper's buttons in a root of a root) */
  function deepAll(n, sel, c) {
    if (!n.shadowRoot && !(c && (c.all(), c.hostUp.has(n)))) return n.querySelectorAll ? Array.from(n.querySelectorAll(sel)) : [];
    const out = [];
    const rec = (r) => {
      for (const el of r.querySelectorAll('*')) {
        if (el.matches(sel)) out.push(el);
        if (el.shadowRoot) rec(el.shadowRoot);
      }
    };
    if (n.shadowRoot) rec(n.shadowRoot);
    if (n.querySelectorAll) rec(n);
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


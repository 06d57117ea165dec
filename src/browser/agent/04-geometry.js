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
    if (l === Infinity && kidsOf(el)) for (const ch of kidsOf(el)) add(ch.getBoundingClientRect());
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
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !clearControl(el, c)) return false;
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

  /* A box or button made transparent over its own drawing (TodoMVC's
   * .toggle, opacity 0 beside a label that is not its own): a click at it
   * lands on it, so a person can use it. One with a label of its own is
   * used through that label (the label is what a person sees and clicks). */
  function clearControl(el, c) {
    if (!/^(input|button)$/.test(el.localName) || el.type === 'hidden') return false;
    if (el.labels && el.labels.length) return false;
    if (!el.checkVisibility({ visibilityProperty: true }) || parseFloat(styleOf(el, c).opacity) !== 0) return false;
    for (let n = parentOf(el); n && n.nodeType === 1; n = parentOf(n)) if (parseFloat(styleOf(n, c).opacity) === 0) return false;
    const r = rectOf(el);
    if (r.width <= 1 || r.height <= 1) return false;
    const h = deepHit(el.ownerDocument, r.left + r.width / 2, r.top + r.height / 2);
    return h === el;
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


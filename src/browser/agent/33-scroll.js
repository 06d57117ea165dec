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


  /* ------------------------------------------------------------------ */
  /* extract                                                             */

  function pageText(c) {
    const parts = [];
    for (const el of c.all()) {
      if (el.shadowRoot && isVisible(el, c)) {
        let s = '';
        for (const ch of kidsOf(el.shadowRoot)) {
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


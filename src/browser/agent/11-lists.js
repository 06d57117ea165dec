  /* ------------------------------------------------------------------ */
  /* repeated structures: lists of results, products, rows               */

  const NAV_SEL = 'nav,header,footer,aside,[role=navigation],[role=banner],[role=contentinfo],[role=menu],[role=menubar],[role=tablist],[role=complementary]';

  /* the elements with text of their own in an item, through its open
   * shadow roots (a product card built as a component) */
  function textLeaves(item, c, limit) {
    const out = [];
    const visit = (root) => {
      const tw = (root.ownerDocument || document).createTreeWalker(root, 1);
      let n = root.nodeType === 1 ? root : tw.nextNode();
      while (n && out.length < (limit || 40)) {
        /* a picture's glyph hidden from readers (aria-hidden) is no text of it */
        if (n.nodeType === 1 && hasOwnText(n) && !SKIP_TAGS.has(n.localName) && !n.closest('[aria-hidden=true]')) out.push(n);
        if (n.shadowRoot) visit(n.shadowRoot);
        n = tw.nextNode();
      }
    };
    visit(item);
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
      const kids = kidsOf(p);
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


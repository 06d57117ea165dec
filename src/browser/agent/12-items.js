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
    if (attrMatch(item, words) && kidsOf(item).length === 0) return item;
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


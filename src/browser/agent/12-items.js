  /* ------------------------------------------------------------------ */
  /* fields of a list item                                               */

  function priceEls(root, c) {
    const out = [];
    const seen = new Set();
    const doc = root.ownerDocument || root;
    /* a card built as a component says its price in its shadow root */
    const roots = [root];
    if (root.nodeType === 1 && (root.shadowRoot || (c && c.hostUp.has(root)))) for (const h of [root].concat(deepAll(root, '*', c))) if (h.shadowRoot) roots.push(h.shadowRoot);
    for (const r of roots) {
      const tw = doc.createTreeWalker(r, 4 /* SHOW_TEXT */);
      let n;
      while ((n = tw.nextNode())) {
        const p = n.parentElement;
        if (!p || SKIP_TAGS.has(p.localName)) continue;
        const v = priceIn(n.data);
        if (!v || !isVisible(p, c)) continue;
        if (!seen.has(p)) { seen.add(p); out.push({ el: p, text: v }); }
      }
    }
    /* prices split over elements: <span class=price>$<b>19</b>.99</span> */
    const els = root.querySelectorAll ? deepAll(root, '[class*=price i],[itemprop=price],[data-price],[class*=amount i]', c) : [];
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
    for (const el of deepAll(item, '*', c)) {
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
  /* lists answered: "which tours are led by Marta?", "what's in my      */
  /* wishlist?", "which Friday tours still have spaces? give me their   */
  /* start times", "which of my saved books is the shortest?"            */
  /*                                                                     */
  /* The items are the page's repetition (cards, rows, entries, a        */
  /* board's cards across its columns); a condition is the question's    */
  /* words said by an item's own parts or by the heading of the part of  */
  /* the list it is under (a column, a folder); the words a person names */
  /* ("led by Marta") are read in one part of the item (its byline), not */
  /* anywhere in it; the answer is each item's name and the fields asked.*/

  /* words that tie a field to its value, said by nothing the item holds */
  const LIST_GLUE = new Set(['which', 'what', 'thing', 'item', 'one', 'all', 'only', 'still', 'currently', 'left', 'there', 'list', 'show']);
  /* a part of an item that says a word's opposite: "Out of stock", "Sold
   * out", "0 spaces", "No seats" */
  const LIST_NEG = /(?:^|\s)(?:out of|sold out|no|not|none|without|0|zero|full|closed|unavailable)(?:\s|$)|n t(?:\s|$)/;

  function notNounWord(w) {
    return Q_STOP.has(w) || LIST_GLUE.has(w) || /^(name|names|time|date|page|minute|hour|day|week|month|year|step|word)$/.test(w);
  }

  /* the list a question asks for: {noun, cond, fields, ext, pos, only}
   * or null */
  /* the form a list says its items' makers in ("Led by", "Taught by") */
  const LIST_PAST = { lead: 'led', run: 'run', teach: 'taught', write: 'written', take: 'taken', give: 'given',
    hold: 'held', make: 'made', build: 'built', draw: 'drawn', sing: 'sung', speak: 'spoken', drive: 'driven',
    host: 'hosted', guide: 'guided', organise: 'organised', organize: 'organized', present: 'presented' };

  function listAsk(q) {
    let l = ' ' + String(q).toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, ' ') + ' ';
    let fields = null;
    /* "..., give me their start times", "... only the names" */
    const tail = /(?:[?.!,;:]|\band\b|\bjust\b|\bonly\b|\s)\s*(?:(?:please\s+)?(?:give|tell|show|send|list|get)\s+(?:me\s+)?|(?:and|with|plus|including)\s+|(?:i\s+)?(?:need|want)\s+)?(?:only\s+|just\s+)?(?:their|its|the|each one's|each)\s+((?:[a-z-]+\s*,?\s*(?:and\s+)?){1,6}?)(?:\s+(?:too|as well|please|only))?\s*[?.!]?\s*$/.exec(l);
    if (tail && /\b(?:give|tell|show|send|get|need|want|with|plus|including|their|its|only|just|each)\b/.test(l.slice(tail.index, tail.index + 30)) && tail.index > 8) {
      const fs = tail[1].split(/\s*,\s*|\s+and\s+/).map((f) => collapse(f)).filter(Boolean);
      const head = l.slice(0, tail.index);
      /* "only the names": no field beside the name */
      const said = l.slice(tail.index, tail.index + 16);
      if ((fs.length && (/[?.!,;]\s*$/.test(head) || /[?.!,;]/.test(said[0]) || /\b(?:give|tell|show|send|get|need|want)\b/.test(said))) || /^\s*(?:only|just)\b/.test(l.slice(tail.index + 1))) {
        fields = fs.filter((f) => !/^(?:name|names|title|titles)$/.test(f));
        l = head + ' ';
      }
    }
    /* "... and who wrote it?", "and when was it posted": a field of the
     * item asked beside it */
    const by = /\s*(?:[,;?]\s*(?:and\s+)?|\sand\s+)(who|when|where)\b(?:\s+[a-z']+){0,3}?\s+(?:it|them|that|they|this one)\b.*$/.exec(l);
    if (by) {
      fields = (fields || []).concat([by[1] === 'who' ? 'author' : by[1] === 'when' ? 'date' : 'place']);
      l = l.slice(0, by.index) + ' ';
    }
    let m, noun = null, rest = '', ext = null;
    /* "what are the rules on ...": a verb or an article is no noun's */
    const notNoun = (x) => !x || notNounWord(x.split(' ').pop()) || x.split(' ').some((y) => /^(are|is|was|were|the|a|an|do|does|did|have|has)$/.test(y));
    /* "how many jobs are tagged urgent?": the items that fit, counted */
    if ((m = /^\s*how many ((?:[a-z-]+ ){0,2}?[a-z-]+s) (?:(?:are|is|were|was|have|has|do|does)\s+)?(.+)$/.exec(l)) && !notNoun(m[1])) {
      const w = m[1].split(' ');
      /* the other count readers know a list of no name; here, one the noun names */
      return { noun: stem(w.pop()), cond: w.join(' ') + ' ' + m[2], fields: [], ext: null, within: false, count: true, strict: true };
    }
    /* "what did Kim R. say about the night tour?", "find what Kim Rowe
     * said about the night tour": the text of the item by that person
     * about that subject */
    if ((m = /\bwhat (?:did |does |has )?(.+?) (?:said|say|says|wrote|write|writes|posted|post|thinks?|thought) about (.+)$/.exec(l)) &&
        !/^(?:time|day|date|hour|year|month|week|the|a|an|this|that|it|its|site|page|they|he|she|you|i|we)\b/.test(m[1])) {
      return { noun: null, cond: m[1] + ' ' + m[2], who: m[1], fields: ['text'], only: true, ext: null, within: true };
    }
    /* "what's the very last post in the feed?", "tell me the last one":
     * an item by its place in the list */
    if ((m = /^\s*(?:(?:please\s+)?(?:what(?:'s| is| was| are)|tell me|show me|give me|read(?: me)?|get(?: me)?)\s+)?the (?:very )?(last|final|bottom|first|top)\s+([a-z-]+)\b(.*)$/.exec(l)) && (m[2] === 'one' || !notNounWord(m[2]))) {
      return { noun: m[2] === 'one' ? null : stem(m[2]), cond: m[3], fields: fields || [], ext: null, within: true,
        pos: /^(last|final|bottom)$/.test(m[1]) ? 'last' : 'first' };
    }
    const sup = /\b(shortest|longest|briefest|quickest|smallest|largest|biggest|thinnest|thickest|cheapest|priciest|most expensive|least expensive|newest|oldest|latest|earliest)\b/.exec(l);
    if ((m = /^\s*(?:what(?:'s| is| are)|what do i have|what have i got) (?:in|on|under) (?:my|the|your|our|this) ([a-z-]+(?: [a-z-]+){0,2}?)(?: (?:list|page|column|folder))?\s*(.*)$/.exec(l))) {
      return { noun: null, cond: m[1] + ' ' + m[2], fields: fields || [], ext: null, within: true };
    }
    /* "which comic in my wishlist is the longest?": one, at an end */
    if (sup && (m = /\bwhich ((?:[a-z-]+ ){0,2}?[a-z-]+) (?=(?:is|was|in|on|of|from|has|at)\b)(.*)$/.exec(l)) && !notNoun(m[1])) {
      noun = m[1]; rest = m[2];
    } else if ((m = /\bwhich (?:(?:one|ones) )?of (?:my|the|your|our|these|those|all) ((?:[a-z-]+ ){0,3}?[a-z-]+s)\b(.*)$/.exec(l)) ||
        (m = /\b(?:which|what) ((?:[a-z-]+ ){0,3}?[a-z-]+s) (?=(?:are|is|were|was|do|does|did|have|has|can|could|will|on|in|at|from|by|with|under|that|still|cost|need|start|run|take|got|belong)\b)(.*)$/.exec(l)) ||
        (m = /^\s*(?:which|what) ((?:[a-z-]+ ){0,3}?[a-z-]+s)()\s*[?.!]?\s*$/.exec(l))) {
      noun = m[1]; rest = m[2];
    } else return null;
    if (notNoun(noun)) return null;
    /* "what tours does Marta Quintero lead?": a list says who did it as
     * "Led by Marta Quintero" */
    const done = /^\s*(?:does|do|did)\s+(.+?)\s+([a-z]+)\s*[?.!]?\s*$/.exec(rest);
    if (done && LIST_PAST[done[2]]) rest = LIST_PAST[done[2]] + ' by ' + done[1];
    /* "what happens on cloudy nights?": after "what", a word and a
     * preposition may be a verb; the list must say it */
    const strict = /^\s*what\b/.test(l) && /^\s*(?:on|in|at|from|by|with|under|that)\b/.test(rest);
    if (sup) ext = sup[1];
    const w = noun.split(' ');
    noun = w.pop();
    if (ext && new RegExp('\\b' + ext + '\\b').test(w.join(' '))) w.length = 0;
    return { noun: stem(noun), cond: (w.join(' ') + ' ' + rest).replace(new RegExp('\\b' + (ext || '\\0') + '\\b'), ' '), fields: fields || [], ext, within: false, strict };
  }

  /* the visible items of one look (tag and classes) across the page whose
   * parents look alike too: a board's cards in all its columns */
  function widenItems(g, c) {
    const sig = (el) => el.localName + '.' + Array.from(el.classList || []).sort().join('.');
    const s = sig(g.items[0]);
    if (!g.items[0].classList || !g.items[0].classList.length) return g.items;
    const ps = sig(g.parent);
    const out = [];
    for (const el of c.all()) {
      if (sig(el) !== s || !isVisible(el, c) || !textOf(el, c)) continue;
      const p = parentOf(el);
      if (!p || p.nodeType !== 1 || sig(p) !== ps || closestComposed(el, NAV_SEL)) continue;
      out.push(el);
    }
    return out.length >= g.items.length ? out : g.items;
  }

  /* items that are boxes of items (a board's columns, a tree's folders):
   * the inner items, when each box holds two or more of one look */
  function innerItems(items, c) {
    const sig = (el) => el.localName + '.' + Array.from(el.classList || []).sort().join('.');
    const counts = new Map();
    for (const it of items) {
      const seen = new Map();
      for (const k of it.querySelectorAll('*')) {
        if (!k.classList || !k.classList.length || !isVisible(k, c) || textOf(k, c).length < 2) continue;
        const s = sig(k);
        if (kidsOf(k).length === 0) continue;
        seen.set(s, (seen.get(s) || 0) + 1);
      }
      for (const [s, n] of seen) if (n >= 2) counts.set(s, (counts.get(s) || 0) + 1);
    }
    let best = null;
    for (const [s, n] of counts) if (n >= Math.max(2, items.length - 1) && (!best || n > best[1])) best = [s, n];
    if (!best) return null;
    const out = [];
    for (const it of items) for (const k of it.querySelectorAll('*')) if (sig(k) === best[0] && isVisible(k, c)) out.push(k);
    return out.filter((k) => !out.some((o) => o !== k && composedContains(o, k)));
  }

  /* the words that name a list: its box's class and label, the heading
   * before it, the page's title and first heading */
  function listNames(parent, c) {
    const ws = [itemAttrs(parent).join(' '), contextName(parent, c)];
    for (let n = parent, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) ws.push(n.getAttribute('aria-label') || '');
    const h1 = document.querySelector('h1');
    ws.push(document.title || '', h1 ? textOf(h1, c) : '');
    return tokens(ws.join(' '));
  }

  /* the items of the list the noun names: {items, names} or null when the
   * noun names something else on the page ("which languages does she
   * speak?" on a page of people) */
  function listItems(noun, c, scope, strict, cond) {
    const g0 = findRepeated(c, { noun, within: scope || null });
    if (!g0 || closestComposed(g0.parent, NAV_SEL)) return null;
    let items = widenItems(g0, c);
    const inner = innerItems(items, c);
    if (inner && inner.length > items.length) items = inner;
    if (scope) items = items.filter((it) => composedContains(scope, it));
    if (items.length < 2) return null;
    /* "which vets are there?" where an item is headed "Meet the vets":
     * the list is inside that item */
    if (noun && items.some((it) => tokens(nameOf(it, c) || '').some((t) => t === stem(noun)))) return null;
    if (noun) {
      const nt = tokens(noun);
      const named = listNames(g0.parent, c).concat(itemAttrs(items[0]));
      const fits = (ws) => nt.every((w) => ws.some((t) => wordsMeet(w, t)));
      /* the page's words as read (innerText: "Languages" of a <dt> apart
       * from its <dd>) */
      if (!c.listToks) c.listToks = new Set(tokens(document.body ? document.body.innerText || '' : ''));
      /* "how many comics on my wishlist ...": the list named by the words after the noun */
      const listSaid = tokens(cond || '').some((w) => w.length >= 4 && !Q_STOP.has(w) && named.some((t) => wordsMeet(w, t)));
      if (!fits(named) && !(strict && listSaid) && (strict || c.listToks.has(nt[nt.length - 1]))) return null;
    }
    return items;
  }

  /* an item's parts: its text leaves, and the labels of the boxes it is
   * under within the list (a column's heading, a folder's name) */
  function itemParts(item, items, c) {
    const parts = textLeaves(item, c, 40).filter((x) => isVisible(x, c)).map((x) => ({ el: x, t: textOf(x, c) }));
    for (const a of item.querySelectorAll('[aria-label],[title]')) parts.push({ el: a, t: a.getAttribute('aria-label') || a.getAttribute('title') });
    let top = parentOf(items[0]);
    while (top && !items.every((it) => composedContains(top, it))) top = parentOf(top);
    for (let n = parentOf(item); n && n !== top && n.nodeType === 1; n = parentOf(n)) {
      const lab = n.getAttribute('aria-label');
      if (lab) parts.push({ el: n, t: lab, box: true });
      for (const k of kidsOf(n)) {
        if (k === item || composedContains(k, item) || items.some((o) => composedContains(k, o))) continue;
        if (/^h[1-6]$/.test(k.localName) || attrRole(k) === 'heading' || k.localName === 'summary' || k.localName === 'legend' ||
            (hasOwnText(k) && textOf(k, c).length <= 60 && !k.querySelector('input,button'))) {
          parts.push({ el: k, t: textOf(k, c), box: true });
          break;
        }
      }
    }
    return parts;
  }

  /* "under €10", "more than 100 pages": {cmp, v, unit} */
  function listBound(cond) {
    const m = /\b(under|below|less than|cheaper than|at most|up to|no more than|over|above|more than|at least|longer than|shorter than)\s+([€$£¥]?\s?\d[\d.,]*\s?[€$£¥]?)\s*([a-z]+)?/.exec(cond);
    if (!m) return null;
    const lt = /^(under|below|less than|cheaper than|at most|up to|no more than|shorter than)$/.test(m[1]);
    return { lt, eq: /^(at most|up to|no more than|at least)$/.test(m[1]), v: numberIn(m[2]), money: /[€$£¥]/.test(m[2]), unit: m[3] ? stem(m[3]) : null, text: m[0] };
  }

  /* the number an item holds for a unit: "412 pages", "1.5 h" in minutes */
  const LEN_UNITS = [[/^(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)$/i, 60], [/^(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?)$/i, 1]];
  function itemMeasure(item, unit, c) {
    const t = textOf(item, c);
    if (unit) {
      const m = new RegExp('(\\d[\\d.,]*)\\s*' + unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\w*', 'i').exec(t);
      return m ? numberIn(m[1]) : null;
    }
    for (const x of textLeaves(item, c, 40)) {
      const s = collapse(textOf(x, c));
      for (const [re, k] of LEN_UNITS) { const m = re.exec(s); if (m) return numberIn(m[1]) * k; }
      const p = /(\d[\d.,]*)\s*(pages?|pp|words|km|mi|miles|min|minutes)\b/i.exec(s);
      if (p) return numberIn(p[1]);
    }
    return null;
  }

  /* a field of an item a person names ("start time", "author", "price"):
   * the part whose class names it (whatever its text: "10:00"), the value
   * after its label, the item's field, else a value of the kind it holds */
  function listField(item, field, c) {
    const f = stem(norm(field));
    const words = [f].concat(tokens(humanize(field))).concat(FIELD_WORDS[f] || []);
    for (const el of item.querySelectorAll('*')) {
      if (attrMatch(el, words) && isVisible(el, c) && textOf(el, c) && textOf(el, c).length <= 80 && !Array.from(kidsOf(el)).some((k) => attrMatch(k, words))) {
        return textOf(el, c).replace(/^(?:by|led by|written by|posted by|with)\s+/i, '');
      }
    }
    const v = itemField(item, f, c);
    if (v && v.length <= 80) return v;
    const kind = fieldKind(f);
    const re = kind && KIND_RE[kind];
    if (kind === 'money') { const p = bestPriceIn(item, c); return p ? p.text : null; }
    if (kind === 'person') return fieldOf(item, 'author', c);
    if (re) {
      re.lastIndex = 0;
      const m = re.exec(textOf(item, c));
      return m ? m[0] : null;
    }
    return null;
  }

  /* answer a list question: {ok, text, ref, how, why} or null */
  function answerListItems(q, scope, c) {
    const ask = listAsk(q);
    if (!ask) return null;
    const items = listItems(ask.noun, c, scope, ask.strict, ask.cond);
    if (!items) return null;
    const noun = ask.noun || 'item';
    const bound = listBound(ask.cond);
    let cond = bound ? ask.cond.replace(bound.text, ' ') : ask.cond;
    const cw = Array.from(new Set(tokens(cond).filter((w) => !Q_STOP.has(w) && !LIST_GLUE.has(w) && w !== stem(noun) && !/^\d+$/.test(w))));
    const negQ = LIST_NEG.test(' ' + norm(cond) + ' ');
    const info = items.map((it) => ({ el: it, parts: itemParts(it, items, c).map((p) => Object.assign(p, { tt: tokens(p.t), neg: LIST_NEG.test(' ' + norm(p.t) + ' ') })) }));
    /* a word said by no item is no condition on them ("saved", "page") */
    const says = (p, w) => p.tt.some((t) => wordsMeet(w, t));
    const active = cw.filter((w) => info.some((x) => x.parts.some((p) => says(p, w))));
    /* the words the question says not of ("sold out", "out of stock", "no
     * seats"): a part says them only in the negative; the others ("Saturday
     * tours that are sold out") as they are, in a negative question */
    const span = negQ ? / (?:out of|sold out|no|not|none|without|0|zero|full|closed|unavailable)(?: \S+)?/.exec(' ' + norm(cond) + ' ') : null;
    const negWords = new Set(span ? tokens(span[0]) : []);
    const sign = (p, w) => says(p, w) && (p.box || (negWords.has(w) ? p.neg : !p.neg || negQ));
    /* a word said in one part of most items (the guide's line) and in
     * another part of a few (a blurb that names the guide): those few do
     * not say it as the field */
    const slot = (p) => p.box ? 'box' : p.el.localName + '.' + Array.from(p.el.classList || []).sort().join('.');
    const mainSlot = new Map();
    for (const w of active) {
      const n = new Map();
      for (const x of info) for (const sl of new Set(x.parts.filter((p) => sign(p, w)).map(slot))) n.set(sl, (n.get(sl) || 0) + 1);
      const top = Array.from(n).sort((a, b) => b[1] - a[1])[0];
      if (top && top[1] >= 2 && top[0] !== 'box') mainSlot.set(w, top[0]);
    }
    const inSlot = (p, w) => !mainSlot.has(w) || slot(p) === mainSlot.get(w);
    const fits = (p, w) => sign(p, w) && inSlot(p, w);
    for (const x of info) {
      x.ok = active.every((w) => x.parts.some((p) => fits(p, w)));
      /* the most words said in one part: "Led by Marta" over a blurb that
       * names Marta */
      x.co = Math.max(0, ...x.parts.map((p) => active.filter((w) => fits(p, w)).length));
    }
    /* "what did Kim say about ...": an item by that person, or no answer here */
    if (ask.who && !tokens(ask.who).some((w) => active.includes(w))) return null;
    let keep = info.filter((x) => x.ok);
    const topCo = Math.max(0, ...keep.map((x) => x.co));
    if (topCo >= 2) keep = keep.filter((x) => x.co === topCo);
    if (bound) {
      keep = keep.filter((x) => {
        const v = bound.money || !bound.unit ? numberIn((bestPriceIn(x.el, c) || {}).text) : itemMeasure(x.el, bound.unit, c);
        if (v == null) return false;
        return bound.lt ? (bound.eq ? v <= bound.v : v < bound.v) : (bound.eq ? v >= bound.v : v > bound.v);
      });
    }
    if (!keep.length) {
      /* "what did Mo say about the lift?" names one item: when no item of
       * the list says both, another reader (a byline beside the message)
       * may; "none" answers only a question about the list */
      if ((!active.length && !bound) || ask.who) return null;
      if (ask.count) return { ok: true, text: '0', ref: refOf(items[0]), how: 'list', why: 'no ' + plural(noun, 2) + ' of the ' + items.length + ' fit' };
      return { ok: true, text: 'none', ref: refOf(items[0]), how: 'list', why: 'no ' + plural(noun, 2) + ' of the ' + items.length + ' say ' + active.concat(bound ? [bound.text] : []).join(', ') };
    }
    /* "which colours does the backpack come in?": the words name an item
     * by its own name; what is asked is of that item, not a list of them */
    if (active.length && keep.length && keep.every((x) => active.every((w) => tokens(itemName(x.el, c)).some((t) => wordsMeet(w, t))))) return null;
    if (ask.count) {
      if (!active.length && !bound) return null;
      return { ok: true, text: String(keep.length), ref: refOf(keep[0].el), how: 'list',
        why: keep.length + ' of the ' + items.length + ' ' + plural(noun, 2) + ' say ' + active.concat(bound ? [bound.text] : []).join(', ') };
    }
    if (ask.pos) {
      keep = [ask.pos === 'last' ? keep[keep.length - 1] : keep[0]];
    } else if (ask.ext) {
      const dir = /^(shortest|briefest|quickest|smallest|thinnest|cheapest|least expensive|oldest|earliest)$/.test(ask.ext) ? 'min' : 'max';
      const money = /cheap|expensive|pric/.test(ask.ext);
      const date = /new|old|late|earl/.test(ask.ext);
      const vals = keep.map((x) => ({ x, v: money ? numberIn((bestPriceIn(x.el, c) || {}).text) : date ? timeIn(itemField(x.el, 'date', c)) : itemMeasure(x.el, null, c) })).filter((o) => o.v != null);
      if (vals.length < 2) return null;
      let best = vals[0];
      for (const o of vals) if (dir === 'min' ? o.v < best.v : o.v > best.v) best = o;
      keep = [best.x];
    } else if (!active.length && !bound && !ask.within && cw.length) {
      /* words that say nothing of the items: not this list's question */
      return null;
    }
    const lines = keep.map((x) => {
      const name = clip(itemName(x.el, c), 100);
      const vals = ask.fields.map((f) => listField(x.el, f, c)).filter((v) => v && norm(v) !== norm(name)).map((v) => clip(v, ask.only ? ANSWER_MAX : 60));
      if (ask.only) return vals.length ? vals.join(', ') : name;
      return vals.length ? name + ' (' + vals.join(', ') + ')' : name;
    });
    return { ok: true, text: clip(lines.join('; '), ANSWER_MAX * 3), ref: refOf(keep[0].el), how: 'list',
      why: keep.length + ' of the ' + items.length + ' ' + plural(noun, 2) + (active.length ? ' that say ' + active.join(', ') : '') + (bound ? ' ' + bound.text : '') + (ask.ext ? ', the ' + ask.ext : '') };
  }

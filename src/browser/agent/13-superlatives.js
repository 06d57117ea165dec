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
    const n = nameOf(item, c);
    /* "07:00 Spin 45 Tom 2 spaces left": a time or a day in bold is when
     * the item is, not its name; the first text of words that is no
     * value of a kind, no control and no bubble names it */
    if (n && whenOnly(n)) {
      for (const el of textLeaves(item, c, 30)) {
        if (!isVisible(el, c) || el.closest('button,[role=button],[role=tooltip],select,input,label')) continue;
        const t = textOf(el, c);
        if (t && t.length <= 80 && /^\p{L}/u.test(t) && !whenOnly(t) && !priceIn(t) && !/^(?:with|by|led by|at)\s/i.test(t)) return t;
      }
    }
    return n || textOf(item, c);
  }

  /* a text that says only a time, a date or a day ("Tuesday 07:00") */
  function whenOnly(t) {
    const rest = String(t).replace(KIND_RE.time, ' ').replace(KIND_RE.date, ' ')
      .replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?/gi, ' ').replace(/\b(?:today|tomorrow|tonight|yesterday)\b/gi, ' ');
    return rest !== String(t) && !/\p{L}{2,}/u.test(rest);
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
    /* "the biggest order", "the largest payment": of things that have no
     * size, the amount */
    if (!ok.length && field === 'size' && /^(orders?|payments?|purchases?|transactions?|invoices?|bills?|donations?|sales?|refunds?|expenses?)$/.test(norm(noun || ''))) return extremeItem(Object.assign({}, ext, { field: 'price' }), noun, c);
    if (!ok.length) {
      const items = groups.length ? groups[0].items : [];
      return { ok: false, error: items.length ? 'no ' + ext.field + ' to compare in the ' + plural(noun || 'item', 2) : 'no list of ' + plural(noun || 'item', 2) + ' on the page',
        candidates: items.slice(0, 5).map((x) => candDesc(x.el, 0, c)) };
    }
    const gr = ok[0];
    let pool = !generic && gr.named.length ? gr.named : gr.valued;
    /* "in May": the items that say it, when some do and others not */
    const within = (ext.within || []).filter((w) => !keys.includes(w));
    const part = within.length ? pool.filter((x) => hasTokens(textOf(x.el, c), within)) : pool;
    if (part.length && part.length < pool.length) pool = part;
    let best = pool[0];
    for (const x of pool) if (ext.dir === 'min' ? x.v < best.v : x.v > best.v) best = x;
    return { ok: true, el: best.el, value: collapse(best.text), count: pool.length };
  }


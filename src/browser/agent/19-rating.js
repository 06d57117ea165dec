  /* ------------------------------------------------------------------ */
  /* ratings: "give the photo four stars", "rate it 2 out of 5"           */
  /*                                                                     */
  /* A rating widget is a row of 3 to 10 like controls, read from what   */
  /* they are: star glyphs, radio inputs valued 1..n, buttons named "4   */
  /* stars" or "Rate 4"; inside shadow roots too (kidsOf). The one of the */
  /* item the rest of the words name gets its n-th control pressed.      */

  const RT_NUM = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1, single: 1 };
  const RT_GLYPH = /^[\u2605\u2606\u2b50\u2729\u272a\u272b\u272c\u272d\u272e\u272f\u2730\u2764\u2661\u2665]$/;
  /* "4 stars", "four stars", "4 out of 5", "4/5", "a rating of 4", "rate ... 4" */
  const RT_SAID = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|single)[- ](?:full )?(?:stars?|hearts?|points?)\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:out of|\/) ?(\d{1,2}|five|ten)\b|\b(?:rating|score) (?:of )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

  function rtNumber(w) {
    if (w == null) return null;
    const n = /^\d+$/.test(w) ? +w : RT_NUM[w.toLowerCase()];
    return n >= 1 && n <= 10 ? n : null;
  }

  /* The value a rating control stands for, when it says: its value,
   * its aria-label or title ("4 stars", "Rate 4"); else null. */
  function rtValueOf(el) {
    const said = [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('data-value'), el.getAttribute('data-rating'), el.localName === 'input' ? el.value : null]
      .filter(Boolean).join(' ');
    const m = /(\d{1,2})/.exec(said);
    return m ? +m[1] : null;
  }

  /* like controls in a row, as a rating widget: [els] or null */
  function rtGroup(p, c) {
    const kids = Array.from(kidsOf(p)).filter((k) => k.localName !== 'style' && k.localName !== 'script');
    if (kids.length < 3 || kids.length > 11) return null;
    const one = (k) => {
      if (k.localName === 'input' && k.type === 'radio') return k;
      if (k.localName === 'label') { const i = k.querySelector('input[type=radio]'); if (i) return i; }
      return k;
    };
    const els = kids.map(one);
    const starry = (k) => RT_GLYPH.test(collapse(k.textContent || '')) || /(^|[\s_-])(star|rating|rate|heart)/i.test(attrWords(k)) ||
      /\b(\d{1,2}) ?(stars?|hearts?|points?)\b|^rate \d/i.test(k.getAttribute('aria-label') || k.getAttribute('title') || '');
    const radios = els.filter((k) => k.localName === 'input' && k.type === 'radio' && /^\d{1,2}$/.test(k.value));
    const stars = els.filter((k) => starry(k) || (k.localName === 'input' && k.type === 'radio' && /star|rat/i.test(k.name + ' ' + attrWords(k))));
    if (radios.length >= 3 && radios.length >= els.length - 1) return radios;
    if (stars.length >= 3 && stars.length >= els.length - 1) return stars;
    /* plain like controls (empty squares, svg stars) in a box that says
     * what they are: its title, label or class words ("Rate this episode") */
    if (p.nodeType === 1 && rtBoxSays(p) && els.every((k) => k.localName === els[0].localName && k.className === els[0].className) &&
        els.every((k) => k.matches('button,a,input,[role=button],[role=radio],[tabindex]') || isClickable(k, c))) return els;
    return null;
  }

  function rtBoxSays(p) {
    const said = [p.getAttribute('title'), p.getAttribute('aria-label'), labelledBy(p), attrWords(p)].filter(Boolean).join(' ');
    return /(^|[\s_-])(stars?|ratings?|rate|score|hearts?)([\s_-]|$)/i.test(humanize(said));
  }

  function rtGroups(c) {
    if (c.rtGroups) return c.rtGroups;
    const out = [];
    const seen = new Set();
    for (const el of c.all()) {
      if (seen.has(el)) continue;
      /* a shadow root's own row (its host has no light children) */
      if (el.shadowRoot) {
        const g2 = rtGroup(el.shadowRoot, c);
        if (g2) out.push({ box: el, els: g2 });
      }
      if (!kidsOf(el).length) continue;
      const g = rtGroup(el, c);
      if (g && g.some((x) => isVisible(x, c) || (x.labels && x.labels[0] && isVisible(x.labels[0], c)))) { out.push({ box: el, els: g }); g.forEach((x) => seen.add(x)); }
    }
    c.rtGroups = out;
    return out;
  }

  /* The number of stars the words give, or null. */
  function rtSaid(clause) {
    const m = RT_SAID.exec(clause || '');
    return m ? rtNumber(m[1] || m[2] || m[4]) : null;
  }

  /* The rating the words give, in the one rating widget of a box (the
   * dialog an item's Rate opened): {actions} or null. */
  function rtIn(clause, box, c) {
    const n = rtSaid(clause);
    const gs = n ? rtGroups(newCtx()).filter((g) => composedContains(box, g.box)) : [];
    if (gs.length !== 1) return null;
    const els = gs[0].els;
    const el = els.find((x) => rtValueOf(x) === n) || (n <= els.length ? els[n - 1] : null);
    if (!el) return null;
    const target = el.localName === 'input' && !isVisible(el, c) && el.labels && el.labels[0] ? el.labels[0] : el;
    return { actions: [{ act: 'click', ref: refOf(target), why: n + ' of ' + els.length + ' in the rating of the dialog' }] };
  }

  /* Reading: a rating given to the item the words name. */
  function rtReading(ws, c, clause) {
    const m = RT_SAID.exec(clause);
    let n = m ? rtNumber(m[1] || m[2] || m[4]) : null;
    /* "rate the mug 4": the verb rate and a lone number at the end */
    if (!n) { const r = /^(?:please )?(?:rate|score|grade)\b.*?\b(\d{1,2}|one|two|three|four|five)\s*$/i.exec(clause); if (r) n = rtNumber(r[1]); }
    if (!n) return null;
    const groups = rtGroups(c);
    if (!groups.length) return null;
    const rest = collapse(clause.replace(m ? m[0] : /\d+\s*$/, ' '));
    /* "I'd give the sourdough one 4": words that point or link name nothing */
    const words = ipWords(rest).filter((w) => !IP_FILLER.has(w.n) && !IT_LINK.has(w.n) && !/^(rate|rating|give|leave|score|star|stars|out|of|id|ill|im|ive|would|will)$/.test(w.n) && tokens(w.raw).length)
      /* "give the photo four stars": a kind of item names none (it, its own page) */
      .filter((w) => w.quoted || !IT_KINDS.has(stem(w.n)));
    let best = null, tie = false;
    for (const g of groups) {
      /* the item around the widget: the largest part holding no other widget */
      let it = g.box;
      for (let p = parentOf(g.box), up = 0; p && p.nodeType === 1 && up < 6 && p.localName !== 'body'; p = parentOf(p), up++) {
        if (groups.some((o) => o !== g && composedContains(p, o.box)) || (p.textContent || '').length > 1500) break;
        it = p;
      }
      const s = words.length ? rvCover(words, textOf(it, c) + ' ' + rgLabel(it, c) + ' ' + (g.box.getAttribute('aria-label') || '')) : 0.5;
      if (!best || s > best.s + 0.01) { best = { g, s, it }; tie = false; } else if (Math.abs(s - best.s) <= 0.01) tie = true;
    }
    if (!best || (words.length && best.s < 0.5) || (tie && groups.length > 1)) return null;
    const els = best.g.els;
    let el = els.find((x) => rtValueOf(x) === n && (x.localName === 'input' || /star|rate|heart|point/i.test((x.getAttribute('aria-label') || '') + (x.getAttribute('title') || '')) || x.localName === 'button'));
    if (!el) {
      if (n > els.length) return { kind: 'rating', score: 0.9, actions: [], error: 'the rating has ' + els.length + ' steps, not ' + n };
      el = els[n - 1];
    }
    const target = el.localName === 'input' && !isVisible(el, c) && el.labels && el.labels[0] ? el.labels[0] : el;
    /* "4 stars", "5 out of 5" are explained by nothing else: over an item's
     * control ("Rate 1") that reads only the name */
    return { kind: 'rating', score: m ? 1.1 : 0.96, actions: [{ act: 'click', ref: refOf(target), why: n + ' of ' + els.length + ' in the rating' + (words.length ? ' of "' + clip(textOf(best.it, c), 50) + '"' : '') }], why: 'a rating the words give' };
  }

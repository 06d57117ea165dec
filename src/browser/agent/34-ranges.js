  /* ------------------------------------------------------------------ */
  /* booking searches said as one request (16-form.js calls these): the  */
  /* counters of a form, shown or in a popup a button opens; "just me",  */
  /* "no dogs"; a place said after "at" / "in" into a field that         */
  /* suggests; one time said with a date range into both time controls.  */

  /* Counters set with - and + buttons around a number ("Adults − 1 +"):
   * what each counts (its own text, else its + button's name, else the
   * row it stands in), its buttons, the number it shows; one hidden in a
   * popup ("Guests: 2 adults · 1 room") with the control that opens the
   * popup (opener) and the popup (pop). Read once a look. */
  function rgCounters(c) {
    if (c.rgCounters) return c.rgCounters.slice();
    const out = [];
    const btns = ipClickables(c).filter((b) => !isDisabled(b));
    for (const plus of btns) {
      const pn = collapse(ipName(plus, c));
      if (!IP_PLUS.test(pn) || pn.length > 40) continue;
      const shown = isVisible(plus, c);
      const pop = shown ? null : rgPopOf(plus, c);
      if (!shown && !pop) continue;
      for (let n = plus.parentElement, up = 0; n && up < 3 && n.localName !== 'body'; n = n.parentElement, up++) {
        const minus = btns.find((b) => b !== plus && composedContains(n, b) && IP_MINUS.test(collapse(ipName(b, c))));
        if (!minus) continue;
        const num = Array.from(n.querySelectorAll('*')).find((x) => !kidsOf(x).length && /^\d+$/.test(collapse(x.textContent)) && !composedContains(plus, x) && !composedContains(minus, x) && (!shown || isVisible(x, c)));
        const input = n.querySelector('input');
        const value = num ? +collapse(num.textContent) : input && /^\d+$/.test(input.value) ? +input.value : null;
        if (value == null) break;
        const label = rgCounterLabel(n, plus, c, false) || collapse(pn.replace(IP_PLUS, ' ')) || rgCounterLabel(n, plus, c, true);
        out.push({ plus, minus, value, label, el: n, pop, opener: pop && rgOpenerOf(pop, c) });
        break;
      }
    }
    c.rgCounters = out.filter((x) => !x.pop || x.opener);
    return c.rgCounters.slice();
  }

  /* what a counter counts: the text of its group without numbers and
   * signs (60 characters at most); or (row) the first words of the row
   * around it that holds no other counter ("Dogs" beside "− 1 +",
   * "Children" over "under 16"); '' when none says it */
  function rgCounterLabel(n, plus, c, row) {
    const bare = (t) => collapse(t.replace(/\d+/g, ' ').replace(/[+\u2212\u2013\uff0b-]/g, ' '));
    if (!row) {
      const t = bare(textOf(n, c));
      return t.length <= 60 ? t : '';
    }
    for (let el = n.parentElement, up = 0; el && up < 3 && el.localName !== 'body' && el.localName !== 'form'; el = el.parentElement, up++) {
      if (Array.from(el.querySelectorAll('button,[role=button]')).some((b) => b !== plus && IP_PLUS.test(collapse(ipName(b, c))) && !composedContains(n, b))) return '';
      const walk = (el.ownerDocument || document).createTreeWalker(el, 4);
      for (let t = walk.nextNode(); t; t = walk.nextNode()) {
        const w = bare(t.data);
        if (w && !composedContains(n, t)) return w.length <= 60 ? w : '';
      }
    }
    return '';
  }

  /* the hidden part of the page a hidden element is in: its outermost
   * hidden ancestor whose own parent shows (a popup, a closed panel) */
  function rgPopOf(el, c) {
    let n = el;
    for (let up = 0; n.parentElement && up < 8; up++) {
      if (isVisible(n.parentElement, c)) return n === el ? null : n;
      n = n.parentElement;
    }
    return null;
  }

  /* the shown control that opens pop: one that says it controls it, else
   * one beside it that says it opens something (aria-expanded, -haspopup),
   * else the one shown just before it in its part of the page */
  function rgOpenerOf(pop, c) {
    if (pop.id) {
      for (const el of ipClickables(c)) if ((el.getAttribute('aria-controls') || '').split(/\s+/).includes(pop.id) && isVisible(el, c)) return el;
    }
    for (let p = pop.parentElement, up = 0; p && up < 2 && p.localName !== 'body'; p = p.parentElement, up++) {
      const near = ipClickables(c, p).filter((b) => isVisible(b, c) && !composedContains(pop, b) && !(formOf(b) && submitterOf(formOf(b), c) === b));
      const says = near.filter((b) => b.hasAttribute('aria-expanded') || b.hasAttribute('aria-haspopup'));
      if (says.length === 1) return says[0];
      const before = near.filter((b) => (c.order.get(b) || 0) < (c.order.get(pop) || 0));
      if (near.length === 1 || before.length === 1) return near.length === 1 ? near[0] : before[0];
      /* "Guests: 2 adults · 0 children · 1 room" over counters of Adults,
       * Children, Rooms: the one control that shows what the popup sets */
      const named = rgNamesPop(near, pop, c);
      if (named) return named;
      if (p.localName === 'form') break;
    }
    return null;
  }

  /* of the controls near, the one whose name and text share the most words
   * with the popup pop's own text (what it sets), when one alone does */
  function rgNamesPop(near, pop, c) {
    const popWords = new Set(tokens(rgText(pop)).filter((t) => t.length >= 3 && !/^\d/.test(t)).map((t) => ipRoot(t)));
    let best = null, bn = 0, tie = false;
    for (const b of near) {
      const n = new Set(tokens(ipName(b, c) + ' ' + textOf(b, c)).filter((t) => t.length >= 3 && !/^\d/.test(t)).map((t) => ipRoot(t)));
      const k = Array.from(n).filter((t) => popWords.has(t)).length;
      if (k > bn) { best = b; bn = k; tie = false; } else if (k && k === bn) tie = true;
    }
    return best && !tie && bn >= 2 ? best : null;
  }

  /* a popup's own control that closes it keeping what was set (Done, Apply) */
  function rgPopCloser(pop, c) {
    const word = /^(done|close|ok|okay|apply|confirm|save|set|update|\u00d7|\u2715|\u2716)$/i;
    return Array.from(pop.querySelectorAll('button,[role=button],a')).find((b) => word.test(collapse(ipName(b, c)))) || null;
  }

  /* "just me", "only me", "on my own", "by myself", "alone": one, into the
   * first counter of the page (the people going), when no count said set it */
  const RG_ALONE = [['just', 'me'], ['only', 'me'], ['me', 'alone'], ['on', 'my', 'own'], ['by', 'myself'], ['myself'], ['alone'], ['solo']];
  function rgAlone(ws, used) {
    for (let i = 0; i < ws.length; i++) {
      for (const p of RG_ALONE) {
        if (p.every((t, k) => ws[i + k] && !used[i + k] && !ws[i + k].quoted && ws[i + k].n === t)) return { i, j: i + p.length };
      }
    }
    return null;
  }

  /* The counter clicks the words ask for (16-form.js's ipSteppers), with
   * "just me" (one) and "no dogs" (none); a counter in a popup is set
   * after its opener is pressed, and the popup closed by its own Done. */
  function rgSteppers(ws, c, used) {
    const acts = ipSteppers(ws, c, used);
    const list = rgCounters(c);
    const set = new Set(acts.map((a) => a.ref));
    const free = list.filter((st) => !set.has(refOf(st.plus)) && !set.has(refOf(st.minus)));
    /* "no dogs", "zero children", "without kids"; "a senior", "an adult" */
    for (let i = 0; i + 1 < ws.length; i++) {
      if (used[i] || !/^(no|zero|without|a|an)$/.test(ws[i].n) || used[i + 1]) continue;
      let best = null, bs = 0, bj = 0;
      for (let j = i + 2; j <= Math.min(ws.length, i + 3); j++) {
        if (used[j - 1] || ws[j - 1].kind || ws[j - 1].quoted) break;
        for (const st of free) {
          const sc = textScore(ipCounted(ipJoin(ws, i + 1, j)), ipCounted(st.label));
          if (sc > bs) { best = st; bs = sc; bj = j; }
        }
        if (ws[j - 1].sep) break;
      }
      if (!best || bs < 0.8) continue;
      free.splice(free.indexOf(best), 1);
      for (let k = i; k < bj; k++) used[k] = 'qty';
      ipStep(acts, best, /^an?$/.test(ws[i].n) ? 1 : 0, '"' + ipJoin(ws, i, bj) + '"');
    }
    const alone = list.length && !set.has(refOf(list[0].plus)) && !set.has(refOf(list[0].minus)) && free.includes(list[0]) ? rgAlone(ws, used) : null;
    if (alone) {
      for (let k = alone.i; k < alone.j; k++) used[k] = 'qty';
      ipStep(acts, list[0], 1, '"' + ipJoin(ws, alone.i, alone.j) + '"');
    }
    return rgOpenFirst(acts, list, c);
  }

  /* the clicks on counters in a popup, after a click on its opener and
   * before its Done; each popup opened once */
  function rgOpenFirst(acts, list, c) {
    const popOf = new Map();
    for (const st of list) if (st.pop) { popOf.set(refOf(st.plus), st); popOf.set(refOf(st.minus), st); }
    if (!popOf.size) return acts;
    const out = [];
    let open = null;
    const shut = () => {
      const b = open && rgPopCloser(open.pop, c);
      if (b) out.push({ act: 'click', ref: refOf(b), why: '"' + ipName(b, c) + '" closes the counters of "' + ipName(open.opener, c) + '"' });
      open = null;
    };
    for (const a of acts) {
      const st = a.act === 'click' ? popOf.get(a.ref) : null;
      if (open && (!st || st.pop !== open.pop)) shut();
      if (st && !open) {
        out.push({ act: 'click', ref: refOf(st.opener), why: '"' + ipName(st.opener, c) + '" opens the counters' });
        open = st;
      }
      out.push(a);
    }
    shut();
    return out;
  }

  /* A field that suggests as one types, by its structure: a list box (or
   * a list) beside it, shown or not, that it may fill. */
  function rgListBeside(el) {
    if (el.localName !== 'input' || !/^(text|search|)$/.test(el.type)) return false;
    const p = el.parentElement;
    if (!p) return false;
    for (const x of kidsOf(p)) {
      if (x === el) continue;
      if (attrRole(x) === 'listbox' || (/^(ul|ol)$/.test(x.localName) && /suggest|autocomplete|typeahead|results|options/i.test(attrWords(x)))) return true;
    }
    return false;
  }

  /* "at Porto station", "in York", "at the airport in Porto": a place said
   * after at / in / near (or a name alone where a request's part starts),
   * into the first free field that suggests as one types. Its capitalized words (the name) are typed, and the suggestion
   * that fits all its words is picked (the act's pick). The place runs to
   * a comma, a date, a time, a number or a word that opens another slot. */
  function rgPlaces(ws, ctls, c, used, usedCtl, take) {
    const fields = ctls.filter((k) => !usedCtl.has(k) && k.kind === 'text' && k.el.localName === 'input' && isEditable(k.el) && ipSuggests(k.el));
    if (!fields.length) return;
    for (let i = 0; i + 1 < ws.length && fields.length; i++) {
      /* "at most $200", "at least 3" are no places */
      if (used[i] || !/^(at|in|near)$/.test(ws[i].n) || ws[i].quoted || ws[i].sep || /^(most|least|all|once|first|last)$/.test(ws[i + 1].n)) continue;
      let j = i + 1;
      while (j < ws.length && !used[j] && !ws[j].kind && !ws[j].quoted && !/^(on|from|for|with|to|between|by|until|and|at|during|starting)$/.test(ws[j].n)) { j++; if (ws[j - 1].sep) break; }
      const words = ws.slice(i + 1, j).filter((w) => !IP_FILLER.has(w.n));
      const name = words.filter((w) => /^\p{Lu}/u.test(w.raw));
      if (!words.length || words.length > 5 || ipNum(words[0]) != null || (!name.length && words.length > 2)) continue;
      const field = fields.shift();
      const pick = words.map((w) => w.raw).join(' ');
      const typed = (name.length ? name : words).map((w) => w.raw).join(' ');
      take(field, i, j, { act: 'type', ref: refOf(field.el), value: typed, pick, label: ipName(field.el, c), why: 'the place "' + ipJoin(ws, i + 1, j) + '"' }, 1, 'value');
      i = j - 1;
    }
    /* a place by its name alone, at the start of the words, after a comma
     * or after the verb: "book Preston Fields for ...", "Liverpool Docks, 2 dogs",
     * "choose Riverside Library, Media lab, ..." */
    for (let i = 0; i < ws.length && fields.length; i++) {
      const lead = i === 0 || ws[i - 1].sep || ((IP_SEND.test(ws[i - 1].n) || /^(choose|pick|select)$/.test(ws[i - 1].n)) && !used[i - 1]);
      /* not a person speaking: "I'm", "We'll" */
      /* "From: Madrid": a name before a colon is a label */
      if (!lead || used[i] || ws[i].quoted || ws[i].kind || ws[i].colon || !/^\p{Lu}/u.test(ws[i].raw) || IP_FILLER.has(ws[i].n) || IP_SEND.test(ws[i].n) ||
        /^(i|we|you|he|she|they|it|there|here|that|this)(['\u2019]|$)/i.test(ws[i].raw)) continue;
      let j = i + 1;
      while (j < ws.length && j - i < 4 && !ws[j - 1].sep && !used[j] && !ws[j].quoted && !ws[j].kind && /^\p{Lu}/u.test(ws[j].raw)) j++;
      /* "To: Tokyo": the field the label before the colon names; else the
       * first one still empty */
      const named = i > 0 && ws[i - 1].colon ? fields.find((k) => ipLabelScore(ws[i - 1].raw, ipControlNames(k, c)) >= 0.6) : null;
      const field = named || fields.find((k) => !k.el.value) || fields[0];
      fields.splice(fields.indexOf(field), 1);
      const name = ipJoin(ws, i, j);
      take(field, i, j, { act: 'type', ref: refOf(field.el), value: name, pick: name, label: ipName(field.el, c), why: 'the place "' + name + '"' }, 1, 'value');
      i = j - 1;
    }
  }

  /* "1 to 8 June 2027, 10:00": one time said after a range of dates that
   * went into two date controls, into both time controls left (the same
   * hour both days); not a time the words give a control of its own. */
  function rgRangeTime(ws, ctls, c, used, usedCtl, take) {
    const dates = ws.filter((w, k) => w.kind === 'date' && used[k]).length;
    const times = [];
    ws.forEach((w, k) => { if (w.kind === 'time') times.push(k); });
    if (dates !== 2 || times.length !== 1 || used[times[0]]) return;
    const i = times[0];
    const before = i > 0 && ws[i - 1].n === 'at' ? i - 2 : i - 1;
    if (before < 0 || !(ws[before].kind === 'date' || ws[before].sep || /^(from|to)$/.test(ws[before].n))) return;
    const free = ipWhenCtls(ctls.filter((k) => !usedCtl.has(k)), c).filter((w) => w.when === 'time');
    if (free.length !== 2) return;
    for (const w of free) {
      const acts = ipWhenActs(w, ws[i].raw, c, '"' + ws[i].raw + '" with the range of dates: both times');
      acts.forEach((a, n) => take(w.ctls[Math.min(n, w.ctls.length - 1)], i, i + 1, a, 1, 'value'));
      for (const k of w.ctls) usedCtl.add(k);
    }
  }

  /* "I want to pick up a car at ...", "we'd like to collect ...": a wish
   * to do a thing is asked of the form's button, as a verb that sends is */
  function rgWants(ws) {
    for (let k = 0; k + 2 < ws.length; k++) {
      if (/^(want|wanna|like|need|wish|hope|hoping|plan|planning|looking)$/.test(ws[k].n) && ws[k + 1].n === 'to' && !/^(know|see|ask|check|be)$/.test(ws[k + 2].n)) return true;
    }
    return false;
  }

  /* the number of a counter shown in a field of its own ("− [1] +"): no
   * field to type into, its buttons set it */
  function rgCounterNumber(el) {
    if (el.localName !== 'input' || !isReadOnly(el) || !/^\d+$/.test(el.value)) return false;
    for (let p = el.parentElement, up = 0; p && up < 2; p = p.parentElement, up++) {
      if (p.querySelectorAll('input,select,textarea').length > 1) return false;
      const names = Array.from(p.querySelectorAll('button,[role=button]')).map((b) => collapse(b.getAttribute('aria-label') || b.textContent));
      if (names.some((t) => IP_PLUS.test(t)) && names.some((t) => IP_MINUS.test(t))) return true;
    }
    return false;
  }

  /* a search form (its button says search, find, show, check ...) that
   * the words fill two fields of or more is sent: what to look for said
   * with no verb ("rooms for new year's eve, 3 adults in 2 rooms") asks
   * for the results, and a search changes nothing that must be undone */
  function rgSearches(form, acts, c) {
    const btn = form && ipSubmitOf(form, acts, c);
    if (!btn || acts.filter((a) => a.act === 'type' || a.act === 'select').length + (acts.some((a) => a.act === 'click') ? 1 : 0) < 2) return false;
    /* "Check availability", never "Check out"; no "Get a quote" (a request) */
    return /^(search|find|show|check(?! ?out)|look|see|view|go|explore|browse)\b/i.test(collapse(ipName(btn, c))) || attrRole(form) === 'search' || !!closestComposed(btn, '[role=search],search');
  }

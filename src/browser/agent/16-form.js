  /* ------------------------------------------------------------------ */
  /* interpret, the form reading: fields named with their values ("name  */
  /* Ada Park", "Email: a@b.io") and the slots a sentence fills ("from   */
  /* Oslo to Rome on 2 May 2026"), their form and its submit control.    */
  /* Called by interpret() (15-interpret.js) like its other readings.    */

  /* verbs that ask for the form to be sent */
  const IP_SEND = /^(request|book|send|submit|register|order|pay|reserve|search|find|apply|sign|subscribe|log|schedule|buy|create|add|save|post|file|report|place|make|try|redeem|confirm|get|check|join|rent|hire)$/;
  /* prepositions that name a slot, and the labels they stand for */
  const IP_PREP = {
    from: ['from', 'origin', 'departure', 'depart from', 'leaving from', 'flying from', 'departure airport', 'start'],
    to: ['to', 'destination', 'arrival', 'going to', 'flying to', 'arrival airport', 'recipient', 'end'],
    on: ['date', 'day', 'on', 'departure date', 'depart', 'when', 'check in'],
    at: ['time', 'at', 'slot', 'hour'],
    with: ['with', 'doctor', 'staff', 'provider', 'practitioner', 'specialist', 'stylist', 'agent', 'therapist', 'dentist', 'host', 'person', 'assignee'],
    for: ['name', 'full name', 'patient', 'passenger', 'guest', 'customer', 'for', 'patient name', 'your name'],
    by: ['by', 'sort', 'sort by'],
    until: ['return', 'return date', 'until', 'end date', 'check out'],
    returning: ['return', 'return date', 'inbound', 'back'],
    back: ['return', 'return date', 'inbound'],
    departing: ['departure', 'depart', 'departure date', 'outbound', 'date', 'leaving'],
    leaving: ['departure', 'depart', 'departure date', 'outbound', 'date'],
    via: ['via', 'method'],
    in: ['class', 'cabin', 'in'],
  };
  /* words of travel around a slot: "coming back March 27" */
  const IP_GOING = /^(coming|going|flying|travelling|traveling|heading|getting)$/;
  /* slots whose value is a person: it is written as a name */
  const IP_PERSON_PREP = /^(for|with)$/;
  function ipNamey(w) {
    if (!w || w.kind === 'number' || w.kind === 'date' || w.kind === 'time') return false;
    return w.quoted || !/^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the|some|few|several|next|this|that|last|each|every|all|more|less|about|around|up|over|under|at|least|most|\d.*)$/i.test(w.raw);
  }
  /* what a slot preposition's value must be */
  const IP_PREP_KIND = { on: 'date', at: 'time', until: 'date', returning: 'date', back: 'date', departing: 'date', leaving: 'date' };

  /* how well the words ws[i..j) name a control: the best of its names */
  function ipLabelScore(text, names) {
    let best = 0;
    const vs = variants(text);
    for (const [t, w] of names) {
      const nt = tokens(t).filter((x) => !IP_FILLER.has(x) || tokens(t).length === 1).join(' ');
      for (const [v, f] of vs) {
        const s = Math.max(textScore(v, t), nt ? textScore(v, nt) : 0) * f * w;
        if (s > best) best = s;
      }
    }
    return best;
  }

  /* the example value a field's placeholder shows ("e.g. AB12 CDE",
   * "#123", "XY-0000"), or '' */
  function ipExample(el) {
    const ph = collapse(el.getAttribute ? el.getAttribute('placeholder') || '' : '');
    const m = /^(?:e\.?\s?g\.?|for example|example|ex\.|such as)[:,]?\s+(.+)$/i.exec(ph);
    if (m) return m[1];
    /* "#123", "XY-0000": a value's shape, with no word of a name in it */
    return /\d/.test(ph) && ph.split(' ').length <= 3 && !/\b[a-z]{3,}\b/.test(ph) ? ph : '';
  }

  function ipControlNames(ctl, c) {
    if (ctl.names) return ctl.names;
    /* a name with its section's heading in front is no label of its own */
    const ctx = ctl.kind === 'radio' ? '' : contextName(ctl.el, c);
    /* "e.g. AB12 CDE": an example of a value is no name of the field */
    const example = ipExample(ctl.el);
    ctl.names = ctl.kind === 'radio' ? groupNames(ctl, c) : sources(ctl.el, c).filter(([t]) => t.length <= 60 && !(ctx && t.startsWith(ctx + ' ')) && !(example && collapse(t).endsWith(example)));
    if (ctl.kind === 'select' && ctl.el.localName === 'select') {
      /* the selected option is a value, not a name */
      const cur = ctl.el.selectedOptions && ctl.el.selectedOptions[0] ? collapse(ctl.el.selectedOptions[0].text) : null;
      ctl.names = ctl.names.filter(([t, w]) => !(t === cur && w < 0.7));
    }
    return ctl.names;
  }

  /* a control's names as one text, for the tests of its words */
  function ipNamesText(ctl, c) {
    if (ctl.namesText === undefined) ctl.namesText = ipControlNames(ctl, c).map(([t]) => t).join(' , ');
    return ctl.namesText;
  }

  /* what kind of value a control takes */
  function ipControlType(ctl) {
    const el = ctl.el;
    if (ctl.date) return 'date';
    if (ctl.kind === 'radio' || ctl.kind === 'check') return ctl.kind;
    if (ctl.kind === 'select') return 'select';
    const t = el.localName === 'input' ? el.type : '';
    if (t === 'email') return 'email';
    if (t === 'tel') return 'tel';
    if (t === 'date' || t === 'datetime-local') return 'date';
    if (t === 'time') return 'time';
    if (t === 'number' || attrRole(el) === 'spinbutton') return 'number';
    return 'text';
  }

  /* A payment card's values by their shape: the number (13-19 digits, in
   * groups or not), the expiry (MM/YY or MM/YYYY), the security code. */
  const IP_CARD_NUMBER = /^\d(?:[ -]?\d){12,18}$/;
  const IP_CARD_EXPIRY = /^(0?[1-9]|1[0-2])\s?[/.-]\s?(\d{2}|20\d{2})$/;
  const IP_CARD_CODE = /^\d{3,4}$/;
  /* A text field's role in a card or an address: by its autofill purpose
   * (sure), else by its names, unless they say it is another thing's (a
   * gift card's number, a passport's expiry). [role, purposes, names] */
  const IP_ROLES = [
    ['number', ['cc-number'], /^(?!.*\bname\b).*(\b(card|cc) ?(number|no|nr)\b|\bcredit card\b(?! ?holder))/],
    ['expiry', ['cc-exp'], /\b(expir\w*|expiry|exp|valid thru|mm ?yy)\b/],
    ['code', ['cc-csc'], /\b(cvc|cvv|csc|card code)\b/],
    ['city', ['address-level2'], /\b(city|town|locality|suburb)\b/],
    ['street', ['street-address', 'address-line1'], /\b(street|address line 1|street address)\b|^(home |billing |postal )?address$/],
  ];
  const IP_NOT_ROLE = /\b(gift|loyalty|member\w*|library|rewards?|club|voucher|id|identity|passport|licen[cs]e|visa|insurance|health|student|travel|e ?mail)\b/;
  function ipFieldRole(ctl, c) {
    if (ctl.fieldRole === undefined) ctl.fieldRole = ipFieldRoleOf(ctl, c);
    return ctl.fieldRole;
  }
  function ipFieldRoleOf(ctl, c) {
    if (ctl.kind !== 'text' || ipControlType(ctl) !== 'text') return null;
    const pu = fieldPurpose(ctl.el);
    for (const [role, purposes] of IP_ROLES) if (purposes.includes(pu)) return { role, sure: true };
    if (pu) return null;
    const ns = norm(ipNamesText(ctl, c));
    if (IP_NOT_ROLE.test(ns)) return null;
    for (const [role, , names] of IP_ROLES) if (names.test(ns)) return { role, sure: false };
    return null;
  }
  const ipRoleIs = (ctl, c, role) => (ipFieldRole(ctl, c) || {}).role === role;

  /* does value v fit control ctl? 0..1 */
  function ipFits(ctl, v, c) {
    const type = ipControlType(ctl);
    const kind = v.length === 1 ? v[0].kind : null;
    const s = v.map((w) => w.raw).join(' ');
    /* a card's fields take values of their shape, and a name is no number
     * ("card 5555 5555 5555 4444" is not for Name on card) */
    const role = ipFieldRole(ctl, c);
    const shape = role && { number: IP_CARD_NUMBER, expiry: IP_CARD_EXPIRY, code: IP_CARD_CODE }[role.role];
    if (shape) return shape.test(s) ? 1 : role.sure ? 0.1 : 0.55;
    if (type === 'text' && /^[\d\s/().+-]+$/.test(s) && /\bname\b/i.test(ipNamesText(ctl, c))) return 0.1;
    if (type === 'select') {
      if (ctl.el.localName !== 'select') {
        /* a custom dropdown whose options are known: how well the value names one */
        const opts = ipListOptions(ctl.el);
        return opts.length ? Math.max(...opts.map((o) => textScore(s, collapse(o.textContent)))) : 0.8;
      }
      const near = optionByWords(ctl.el, s);
      return Math.max(bestOption(ctl.el, s).score, near ? near.score : 0, ipSpanOption(ctl.el, s) ? 0.9 : 0);
    }
    if (type === 'radio') return radioFor(ctl, s, c) ? 1 : 0;
    if (type === 'check') return /^(yes|no|on|off|true|false|checked|unchecked)$/i.test(s) ? 1 : 0;
    if (type === 'email') return kind === 'email' ? 1 : 0.3;
    if (type === 'tel') return /^[+\d][\d\s().-]{4,}$/.test(s) ? 1 : 0.2;
    if (type === 'date') return parseDate(s) ? 1 : 0;
    if (type === 'time') return parseTime(s) ? 1 : 0;
    if (type === 'number') return /^\d+([.,]\d+)?$/.test(s) ? 1 : 0;
    if (kind === 'email') {
      const names = ipNamesText(ctl, c);
      return /mail/i.test(names) ? 1 : 0.5;
    }
    if (kind === 'date') return /date|day|when|birth|depart|return|arriv/i.test(ipNamesText(ctl, c)) ? 1 : 0.6;
    return 0.9;
  }

  /* Every place in the clause that names a field: [{i, j, ctl, s, how}]. */
  function ipLabelSpans(ws, ctls, c) {
    const out = [];
    for (let i = 0; i < ws.length; i++) {
      if (ws[i].quoted || ws[i].kind) continue;
      const w0 = ws[i].n;
      /* a preposition that names a slot */
      const prep = IP_PREP[w0];
      for (const ctl of ctls) {
        const names = ipControlNames(ctl, c);
        for (let j = i + 1; j <= Math.min(ws.length, i + 4); j++) {
          if (ws[j - 1].quoted || ws[j - 1].kind) break;
          const text = ipJoin(ws, i, j);
          if (j - i === 1 && IP_FILLER.has(w0) && !prep) break;
          const s = ipLabelScore(text, names);
          /* a verb or filler words name a field only by its whole name */
          const weak = ws.slice(i, j).every((w) => IP_FILLER.has(w.n) || IP_SEND.test(w.n) || IP_PLAIN.test(w.n));
          if (s >= (weak ? 0.95 : 0.6)) out.push({ i, j, ctl, s, how: 'label' });
          if (ws[j - 1].sep) break;
        }
        if (prep) {
          let s = 0;
          for (const p of prep) s = Math.max(s, ipLabelScore(p, names) * 0.9);
          if (s >= 0.5) out.push({ i, j: i + 1, ctl, s, how: 'prep' });
          else out.push({ i, j: i + 1, ctl, s: 0.45, how: 'prep-kind' });
        }
      }
    }
    return out;
  }

  /* The words after a label up to the next label, a comma, or "and". */
  /* The words after a label up to the next label, a comma, "and", or a
   * preposition that opens a slot of the page ("from Oslo to Rome"; not
   * the "on" of "call back on Monday" where no date field takes it). */
  function ipValueEnd(ws, from, stops, slots, colon) {
    let j = from;
    while (j < ws.length && !stops.has(j)) {
      j++;
      if (ws[j - 1].sep) break;
      if (j < ws.length && ws[j].n === 'and' && !ws[j].quoted && !colon) break;
      if (j < ws.length && slots.has(j) && j > from) break;
    }
    return j;
  }

  /* where a preposition may open a slot: a field its word names, or one of
   * the kind of the value after it */
  function ipSlotStarts(ws, spans) {
    const out = new Set();
    for (const sp of spans) {
      const w = ws[sp.i];
      if (!IP_PREP[w.n] || sp.j - sp.i !== 1) continue;
      if (IP_PERSON_PREP.test(w.n) && !(ws[sp.j] && ipNamey(ws[sp.j]))) continue;
      if (sp.how === 'prep' && sp.s >= 0.5) { out.add(sp.i); continue; }
      const k = ws[sp.j] ? ws[sp.j].kind : null;
      const want = { on: 'date', at: 'time', to: 'email', until: 'date', returning: 'date', back: 'date', departing: 'date', leaving: 'date' }[w.n];
      if (want && k === want) out.add(sp.i);
    }
    return out;
  }

  /* Reading 1: fields and their values, slots, options. The fields of one
   * sentence are those of one form: each form of the page is read alone
   * too, and the one whose button or heading the words name ("request an
   * appointment": Request appointment) wins a tie; values that belong to
   * two forms (a promo code beside the order) read best over the page. */
  function ipReadFields(ws, c, roundInfo) {
    const ctls = ipCtls(c);
    /* "notes call back on Monday" on a form with no date to set: the
     * named day stays words of the note */
    ipNow = ipPageToday(c);
    ws = ipDates(ws, ctls.some((x) => ipControlType(x) === 'date' || /\bdate\b/i.test(ipName(x.el, c) || '')) || ipWhenCtls(ctls, c).some((w) => w.when === 'date') || ipDayButtons(c).length > 0);
    const pick = ipPickSuggestion(ws, c) || ipFormOpener(ws, c, roundInfo);
    if (pick) return pick;
    const first = ipReadFieldsIn(ws, c, roundInfo, null, ctls);
    const forms = new Map();
    for (const ctl of ctls) {
      const f = ipFormOf([{ ref: refOf(ctl.el) }], c);
      if (!f) continue;
      if (!forms.has(f)) forms.set(f, []);
      forms.get(f).push(ctl);
    }
    let best = first, bs = first ? first.score : -1;
    /* the words a reading leaves unplaced: a form that its name favours
     * ("Search flights") does not win by dropping words another reading
     * places ("business class" into a Cabin outside the <form>) */
    const lost = (r) => (r && r.unplaced ? r.unplaced.reduce((n, t) => n + t.split(/\s+/).length, 0) : 0);
    for (const [f, own] of forms.size < 2 ? [] : forms) {
      const r = ipReadFieldsIn(ws, c, roundInfo, f, own);
      if (!r) continue;
      const s = r.score + 0.03 * Math.min(3, ipFormNamed(ws, f, c));
      if (s > bs + 0.001 && (!best || lost(r) <= lost(best))) { best = r; bs = s; }
    }
    /* the button that sends the form: a submit step right after it, with
     * nothing typed since, does not press it again (30-fields.js) */
    let last = best && best.actions[best.actions.length - 1];
    /* "Find lessons ... for two. The youngest skier is 9.": a field of the
     * form an earlier clause sent is set after it went; it goes again */
    const sentBtn = formSent && deref(formSent.ref);
    if (best && last && !/^the form is sent/.test(last.why || '') && sentBtn && isVisible(sentBtn, c) && !best.actions.some((a) => a.act === 'click' || a.act === 'press') &&
        composedContains(ipFormOf(best.actions, c) || sentBtn, sentBtn) && ipFormOf(best.actions, c)) {
      last = { act: 'click', ref: formSent.ref, sends: true, why: 'the form is sent with "' + ipName(sentBtn, c) + '" again (it went before these words)' };
      best.actions.push(last);
    }
    if (last && last.act === 'click' && /^the form is sent/.test(last.why)) formSent = { ref: last.ref, input: null };
    return best;
  }

  /* the controls a value can go into, shown (a box or radio may be drawn
   * over by a styled label) */
  function ipCtls(c) {
    const out = formControls(c).filter((k) => isVisible(k.el, c) || k.kind === 'radio' || k.kind === 'check');
    /* a button that opens a calendar ("Check-in: Select date") takes a date */
    for (const el of ipClickables(c)) {
      if (el.localName === 'a' || !isVisible(el, c) || formOf(el) && submitterOf(formOf(el), c) === el) continue;
      if (dateOpener(el, c)) out.push({ kind: 'text', el, date: true });
      /* a button that opens a list box of options ("Resort: Choose a resort") is a dropdown */
      else if (ipPopsList(el) && !out.some((k) => k.el === el) && ipListOptions(el).length) out.push({ kind: 'select', el });
    }
    /* buttons pressed one at a time ("Home size: Studio | 1-2 bedrooms |
     * 3+ bedrooms"): a radio group */
    out.push(...ipSegments(c));
    /* no field takes a date, but the page shows a calendar: its days are picked there */
    if (!ipWhenCtls(out, c).some((w) => w.when === 'date')) {
      const cal = calendarOf(null, c);
      if (cal) { out.push({ kind: 'text', el: cal.grid, date: true, label: 'the calendar' }); ipCalWidgets.add(cal.widget); }
    }
    return out;
  }

  /* calendars shown on the page that take a form's dates: their month
   * buttons send no form */
  const ipCalWidgets = new WeakSet();
  function ipInCalendar(el) {
    for (let n = el; n; n = parentOf(n)) if (ipCalWidgets.has(n)) return n;
    return null;
  }

  /* a control that says it opens a list box of options */
  function ipPopsList(el) {
    const hp = el.getAttribute('aria-haspopup');
    return hp === 'listbox' || ((hp === 'true' || el.hasAttribute('aria-expanded')) && /^(button|div|span)$/.test(el.localName) && !!el.getAttribute('aria-controls'));
  }

  /* the heading of the card a form of divs is part of (a product card's
   * quantity and Add button, its title slotted into its shadow root) */
  function ipFormItemTitle(form, c) {
    if (form.localName === 'form') return '';
    const it = itItemUp(form, c);
    const h = it ? deepAll(it, 'h1,h2,h3,h4,h5,h6,[role=heading]', c)[0] : null;
    return h ? textOf(h, c) : '';
  }

  /* how many words of the clause name the form: its button, its heading */
  function ipFormNamed(ws, form, c) {
    const btn = ipSubmitOf(form, [], c);
    const said = new Set(tokens([btn ? ipName(btn, c) : '', form.getAttribute('aria-label') || '', contextName(form, c),
      Array.from(form.querySelectorAll('h1,h2,h3,h4,legend')).slice(0, 2).map((h) => textOf(h, c)).join(' '), ipFormItemTitle(form, c)].join(' ')));
    let n = 0;
    for (const w of ws) if (!w.quoted && !w.kind && !IP_FILLER.has(w.n) && w.n.split(' ').every((t) => said.has(t))) n++;
    return n;
  }

  function ipReadFieldsIn(ws, c, roundInfo, form0, ctls) {
    if (!ctls.length) return null;
    const spans = ipLabelSpans(ws, ctls, c);
    const used = new Array(ws.length).fill(null);
    const usedCtl = new Set();
    const acts = [];
    let fitSum = 0;
    const trs = ipTransforms(ws, used);
    const take = (ctl, i, j, act, fit, tag) => {
      usedCtl.add(ctl);
      for (let k = i; k < j; k++) used[k] = tag;
      act.wi = i;
      act.wj = j;
      acts.push(act);
      fitSum += fit;
    };
    /* the name of a thing chosen: "my cello Greta" */
    ipThingNames(ws, ctls, c, used, usedCtl, take);
    /* "in Elm Park by the north gate" */
    ipPlacePhrases(ws, ctls, c, used, usedCtl, take);
    /* a person's name: given and family name fields split it */
    for (const p of ipPersonNames(ws, ctls, c, used)) {
      for (const [ctl, value, why] of p.fills) take(ctl, p.i, p.j, ipFillAct(ctl, value, c, why), 1, 'name');
      for (const k of p.extra) used[k] = 'name';
    }
    /* dates and times as ranges, stays, "both days"; one named just before */
    const placed = new Map();
    ipWhenRanges(ws, ctls, c, used, usedCtl, take, placed);
    rgRangeTime(ws, ctls, c, used, usedCtl, take);
    /* "I'll arrive late, around 11pm": a time said of what a field names */
    ipStatements(ws, ctls, c, used, usedCtl, take, 'time');
    ipWhenLeft(ws, ctls, c, used, usedCtl, take, placed);
    /* "Special request: a quiet room, near the lift.": the text after a
     * lead that names a text area (or its kind) runs to the sentence's end */
    ipFreeText(ws, ctls, c, used, usedCtl, take);
    /* a value of a kind only one field takes, said without its label: an
     * e-mail address, a long quoted text (the message) */
    ipKindValues(ws, ctls, c, used, usedCtl, spans, take);
    /* "add 2 frozen pizzas (aisle Frozen) to the list": the thing added */
    ipThingAdded(ws, ctls, c, used, usedCtl, spans, take);
    /* a number before a noun: "3 adult tickets" */
    for (let i = 0; i + 1 < ws.length; i++) {
      /* not a number inside a value ("street Torstraße 9 (postcode ...)") */
      const n = ipNum(ws[i]);
      if (n == null || used[i] || ws[i].sep || (i > 0 && !ws[i - 1].sep && !IP_FILLER.has(ws[i - 1].n) && !IP_SEND.test(ws[i - 1].n) && !IP_COUNT_LEAD.test(ws[i - 1].n))) continue;
      let best = null;
      for (const ctl of ctls) {
        if (usedCtl.has(ctl)) continue;
        const type = ipControlType(ctl);
        if (type !== 'number' && type !== 'select' && type !== 'text') continue;
        const num = { raw: n, n, kind: 'number' };
        for (let j = i + 2; j <= Math.min(ws.length, i + 3); j++) {
          if (used[j - 1] || ws[j - 1].kind || ws[j - 1].quoted) break;
          const s = Math.max(ipLabelScore(ipJoin(ws, i + 1, j), ipControlNames(ctl, c)), ipCountNoun(ipJoin(ws, i + 1, j), ctl, c)) * ipFits(ctl, [num], c);
          if (s >= 0.6 && (!best || s > best.s)) best = { ctl, s, j };
          if (ws[j - 1].sep) break;
        }
      }
      if (best) {
        usedCtl.add(best.ctl);
        for (let k = i; k < best.j; k++) used[k] = 'qty';
        acts.push(ipFillAct(best.ctl, n, c, 'the number before "' + ipJoin(ws, i + 1, best.j) + '"'));
        fitSum += best.s;
      }
    }
    /* options named alone: "one way", "business class" */
    for (const ctl of ctls) {
      const on = usedCtl.has(ctl) ? null : ipOptionNames(ctl, c);
      if (!on) continue;
      const { listed, aria, opts } = on;
      let best = null;
      for (let i = 0; i < ws.length; i++) {
        if (used[i]) continue;
        for (let j = i + 1; j <= Math.min(ws.length, i + 3); j++) {
          if (used[j - 1]) break;
          const text = ipJoin(ws, i, j).replace(/-/g, ' ');
          if (j - i === 1 && (IP_FILLER.has(ws[i].n) || ws[i].kind === 'number')) continue;
          for (const [o, names] of opts) {
            const s = Math.max(...names.map((t) => (tokens(t).length <= 4 ? textScore(text, t) : 0)));
            /* a bare "no" or "yes" says which only with the field named ("there's no lift") */
            if (j - i === 1 && /^(yes|no)$/.test(ws[i].n)) continue;
            /* "e-mail tom@x.nl": the label of a field before its value, not the option E-mail */
            if (ws[j] && (ws[j].kind === 'email' || ws[j].kind === 'date' || ws[j].kind === 'time') &&
                ctls.some((k) => k !== ctl && k.kind === 'text' && ipLabelScore(text, ipControlNames(k, c)) >= 0.86)) continue;
            if (s >= 0.86 && (!best || s > best.s || (s === best.s && j - i > best.j - best.i))) best = { o, s, i, j };
          }
        }
      }
      if (!best) continue;
      /* a label of the same control just before it is part of it */
      usedCtl.add(ctl);
      for (let k = best.i; k < best.j; k++) used[k] = 'option';
      const why = 'the option "' + ipJoin(ws, best.i, best.j) + '"';
      if (ctl.kind === 'radio') acts.push(ipPickAct(ctl, best.o, c, why));
      else if (listed) acts.push({ act: 'type', ref: refOf(ctl.el), value: best.o.value, label: ipName(ctl.el, c), why: why + ' of its suggestions' });
      else if (aria) acts.push({ act: 'select', ref: refOf(ctl.el), value: collapse(best.o.textContent), label: ipName(ctl.el, c), why });
      else acts.push({ act: 'select', ref: refOf(ctl.el), value: collapse(best.o.text), label: ipName(ctl.el, c), why });
      Object.assign(acts[acts.length - 1], { wi: best.i, wj: best.j });
      fitSum += best.s;
    }
    /* "3 VIP weekend tickets", "one Saturday day ticket": the number before
     * the thing chosen goes into the form's one quantity field */
    ipQuantity(ws, ctls, c, used, usedCtl, take);
    /* "the smallest text size", "max price to the maximum" */
    for (const [ctl, i, j, value, why] of ipExtremes(ws, ctls, c, used, usedCtl)) take(ctl, i, j, ipFillAct(ctl, value, c, why), 1, 'value');
    /* "paying at least 60k", "under £900": a bound into the slider or
     * number field named for that end (Minimum salary, Max price) */
    for (const [ctl, i, j, value, why] of ipBounds(ws, ctls, c, used, usedCtl)) take(ctl, i, j, ipFillAct(ctl, value, c, why), 1, 'value');
    /* "for 12 buns instead of 8" into the one number field showing 8 */
    for (const x of ipInsteadOf(ws, used)) {
      const hit = ctls.filter((k) => !usedCtl.has(k) && ipControlType(k) === 'number' && +valueOf(k.el, c) === x.old && String(valueOf(k.el, c)) !== '');
      if (hit.length === 1) take(hit[0], x.i, x.j, ipFillAct(hit[0], x.n, c, '"' + ipJoin(ws, x.i, x.j) + '": ' + (ipName(hit[0].el, c) || 'the field') + ' shows ' + x.old), 1, 'qty');
    }
    /* "2 adults and 1 child": counters with - and + buttons */
    for (const a of rgSteppers(ws, c, used)) { acts.push(a); fitSum += 1; }
    /* "at Porto station": a place into the field that suggests (34-ranges.js) */
    rgPlaces(ws, ctls, c, used, usedCtl, take);
    /* labels, best first, each field once */
    const slots = ipSlotStarts(ws, spans);
    spans.sort((a, b) => b.s - a.s || (b.j - b.i) - (a.j - a.i));
    const chosen = [];
    for (const sp of spans) {
      if (usedCtl.has(sp.ctl)) continue;
      let free = true;
      for (let k = sp.i; k < sp.j; k++) if (used[k]) free = false;
      if (!free) continue;
      /* its value: the words after it up to the next label */
      const stops = new Set();
      for (let k = 0; k < ws.length; k++) if (used[k]) stops.add(k);
      for (const o of chosen) stops.add(o.i);
      /* another field named by its whole label ("... with the subject X") */
      /* and a value of numbers ends at the word after it that names another
       * field ("card 5555 5555 5555 4444 exp 03/27 cvc 987") */
      for (const o of spans) {
        if (o.ctl === sp.ctl || o.how !== 'label' || o.i <= sp.j || usedCtl.has(o.ctl)) continue;
        if (o.s >= 0.95 || (!/^\d/.test(ws[o.i].raw) && ws.slice(sp.j, o.i).every((w) => /^[\d/().+-]+$/.test(w.raw)))) stops.add(o.i);
      }
      /* "Subject: Revision for maths,": after a colon, the value runs to the next comma */
      let end = ws[sp.j - 1].sep && sp.how === 'label' ? ipValueEnd(ws, sp.j, stops, new Set(), true) : ipValueEnd(ws, sp.j, stops, slots);
      if (end <= sp.j) continue;
      /* an e-mail, a date, a time is the whole value */
      const kindAt = ws.slice(sp.j, end).findIndex((w) => w.kind === 'email' || w.kind === 'date' || w.kind === 'time');
      if (kindAt >= 0 && ws.slice(sp.j, sp.j + kindAt).every((w) => IP_FILLER.has(w.n))) end = sp.j + kindAt + 1;
      let v = ws.slice(sp.j, end);
      /* a value that starts with a filler word: "to the Oslo office" keeps it;
       * after a label's colon an article is the value's ("title: The Overstory") */
      const colon = ws[sp.j - 1].sep && sp.how === 'label';
      while (v.length > 1 && ((/^(the|a|is|as|of|to|that|are|was|were)$/.test(v[0].n) && !(colon && /^(the|a|an)$/.test(v[0].n))) || (/^(no|nr|num|number|#)$/.test(v[0].n) && /^\d/.test(v[1].raw)) || (v[0].n === 'at' && v[1].kind === 'time') || (v[0].n === 'by' && ipNamey(v[1]))) && !v[0].quoted) v = v.slice(1);
      /* "booking: reference RX-40418" into Booking reference: a word of the
       * field's own name first is more of the label, not of the value */
      while (colon && v.length > 1 && !v[0].quoted && !v[0].kind && !v[0].sep && ipLabelScore(v[0].raw, ipControlNames(sp.ctl, c)) >= 0.6) v = v.slice(1);
      /* filler words are no value; "go to the Deals page" is no "To" field */
      if (v.every((w) => IP_FILLER.has(w.n) && !w.quoted)) continue;
      /* "mark the message as urgent": a state the message is given (a box
       * or a toggle), not the message's text */
      if (ws[sp.j].n === 'as' && !ws[sp.j].quoted && ws.slice(Math.max(0, sp.i - 3), sp.i).some((w) => /^(mark|flag|tag|label|set)$/.test(w.n))) continue;
      /* "to at most $200": a bound is a number's, not a text field's value */
      if (v.length > 1 && !v[0].quoted && ((v[0].n === 'at' && /^(most|least)$/.test(v[1].n)) || (v[0].n === 'up' && v[1].n === 'to')) && !/^(number|select)$/.test(ipControlType(sp.ctl))) continue;
      if (sp.j - sp.i === 1 && IP_PREP[ws[sp.i].n] && sp.i > 0 && IP_MOTION.test(ws[sp.i - 1].n)) continue;
      const pw = IP_PREP[ws[sp.i].n] && sp.j - sp.i === 1 ? ws[sp.i].n : null;
      if (pw && IP_PREP_KIND[pw] && !(v.length === 1 && v[0].kind === IP_PREP_KIND[pw])) continue;
      /* "for Ada Park", "with Dr Lee": a name, not "for two weeks" */
      if (pw && IP_PERSON_PREP.test(pw) && !ipNamey(v[0])) continue;
      /* "my dog Pixel needs a full groom": a name is its capitalized words */
      if (!colon && sp.how === 'label' && ipControlType(sp.ctl) === 'text' && !v[0].quoted && IP_NAME_WORD.test(v[0].raw) &&
          /\bname\b/i.test(ipNamesText(sp.ctl, c))) {
        let n = 1;
        while (n < v.length && !v[n - 1].sep && !v[n].quoted && IP_NAME_WORD.test(v[n].raw)) n++;
        end -= v.length - n;
        v = v.slice(0, n);
      }
      /* a group of Yes and No takes yes or no: "no lift at the new address" is a fact (ipFacts) */
      if (sp.ctl.kind === 'radio' && ipYesNo(sp.ctl, c) && !/^(yes|no|y|n)$/.test(v[0].n)) continue;
      const fit = ipFits(sp.ctl, v, c);
      const type = ipControlType(sp.ctl);
      let s = sp.s;
      if (sp.how === 'prep-kind') {
        /* "on 2 May" into the only date field, "at 3 pm" into the time */
        const k = v.length === 1 ? v[0].kind : null;
        const want = { on: 'date', at: 'time', to: 'email', until: 'date', returning: 'date', back: 'date', departing: 'date', leaving: 'date' }[ws[sp.i].n];
        if (!(want && k === want && type === want) && !(ws[sp.i].n === 'with' && type === 'select' && fit >= 0.8)) continue;
        s = 0.8;
      }
      if (fit < 0.5) continue;
      const score = s * (0.6 + 0.4 * fit);
      chosen.push({ ...sp, end, v, score, type });
      usedCtl.add(sp.ctl);
      for (let k = sp.i; k < end; k++) used[k] = k < sp.j ? 'label' : 'value';
      const value = v.map((w) => w.raw).join(' ');
      acts.push(Object.assign(ipFillAct(sp.ctl, value, c, '"' + ipJoin(ws, sp.i, sp.j) + '" names ' + (ipName(sp.ctl.el, c) ? '"' + ipName(sp.ctl.el, c) + '"' : 'the field')), { wi: sp.j, wj: end }));
      fitSum += score;
    }
    /* "Roscoff to Portsmouth": the place before a "to" that took a
     * destination goes into the field "from" names */
    ipOriginBefore(ws, ctls, c, used, usedCtl, chosen, take);
    /* "12 Harbour Road, Cork, postcode ...": the place after the street */
    ipAddressLine(ws, ctls, c, used, usedCtl, chosen, take);
    /* "the driver is 23", "I'll arrive late, around 11pm": a value said
     * of a thing a field's name says */
    ipStatements(ws, ctls, c, used, usedCtl, take, 'number');
    /* "it's a duplicate", "we'd like the caravan pitch": words no label
     * took, into the dropdown with the one option nearest in meaning */
    /* "and ask for a quiet room", "mention that we arrive late": the
     * words said for the staff, into the form's one text area */
    ipSaidText(ws, ctls, c, used, usedCtl, take);
    ipOptionsMeant(ws, ctls, c, used, usedCtl, take);
    /* "there's no lift at the new place", "she weighs 18 kilos": a
     * sentence that states a fact, grounded in a choice field */
    ipFacts(ws, ctls, c, used, usedCtl, take);
    /* a checkbox named alone: "urgent", "subscribe to the newsletter" */
    for (const ctl of ctls) {
      if (usedCtl.has(ctl) || ctl.kind !== 'check') continue;
      for (let i = 0; i < ws.length; i++) {
        if (used[i] || IP_FILLER.has(ws[i].n)) continue;
        for (let j = Math.min(ws.length, i + 6); j > i; j--) {
          let free = true;
          for (let k = i; k < j; k++) if (used[k]) free = false;
          if (!free) continue;
          let s = Math.max(j - i <= 4 ? ipLabelScore(ipJoin(ws, i, j), ipControlNames(ctl, c)) : 0, ipBoxWords(ws, i, j, ctl, c));
          const lead = ipBoxLead(ws, i, used);
          if (s < 0.86 && lead < i && ipBoxWords(ws, lead, j, ctl, c) >= 0.86) { s = 0.88; i = lead; }
          if (s >= 0.86) {
            usedCtl.add(ctl);
            for (let k = i; k < j; k++) used[k] = 'check';
            const no = (i > 0 && /^(no|not|dont|without|un|never)$/.test(ws[i - 1].n)) || /^(untick|uncheck|clear|deselect|disable)$/.test(ws[i].n) ||
              (i > 1 && /^(untick|uncheck|deselect|disable)$/.test(ws[i - 2].n));
            if (no) used[i - 1] = 'check';
            acts.push({ act: no ? 'uncheck' : 'check', ref: refOf(checkLabelOrSelf(ctl.el, c)), label: ipName(ctl.el, c), why: '"' + ipJoin(ws, i, j) + '" names the box' });
            fitSum += s;
            j = i;
            i = ws.length;
          }
        }
      }
    }
    /* "no extras", "without add-ons": the boxes of the group so named stay unticked */
    ipNoneOfGroup(ws, ctls, c, used, usedCtl, take);
    /* "we need to store our things for 3 months": the words of a sentence
     * around a value taken that say its field (Storage) are its words */
    ipAbsorb(ws, ctls, c, used, acts);
    ipFieldButtons(acts, c);
    fitSum += ipDefer(ws, ctls, c, used, usedCtl, acts);
    if (!acts.length) return null;
    /* "request the appointment": an option of a dropdown named by the words
     * of a button is no value; the words name the button */
    if (acts.every((a) => a.act === 'select' && /^the option/.test(a.why))) {
      const said = new Set();
      ws.forEach((w, k) => { if (used[k] === 'option') for (const t of tokens(w.raw)) said.add(t); });
      const named = ipClickables(c).some((b) => isVisible(b, c) && Array.from(said).every((t) => tokens(ipName(b, c)).includes(t)));
      if (named) return null;
    }
    ipApplyTransforms(trs, acts, c);
    /* the rest of the words: fillers, the verb that sends the form, words
     * of the form's heading or its button */
    const form = ipFormOf(acts, c);
    /* its text, and the heading it stands under ("Write to the front desk") */
    const formWords = new Set(tokens(form ? textOf(form, c).slice(0, 2000) + ' ' + contextName(form, c) + ' ' + (form.getAttribute('aria-label') || '') : ''));
    for (const a of roundInfo.doneNames) for (const t of tokens(a)) formWords.add(t);
    let send = false, explained = 0, weight = 0;
    const left = new Array(ws.length).fill(false);
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k];
      /* a web address said before the request ("On <url>, ...") */
      const wt = w.quoted || w.kind ? 2 : IP_FILLER.has(w.n) || IP_GOING.test(w.n) || /^(https?:\/\/|www\.)/i.test(w.raw) ? 0.3 : 1;
      weight += wt;
      if (used[k]) { explained += wt; continue; }
      /* "sign up", "look up my booking", "look for a stay": the verb of a search */
      const look = (w.n === 'look' && ws[k + 1] && /^(up|for)$/.test(ws[k + 1].n)) || (/^(up|for)$/.test(w.n) && k > 0 && ws[k - 1].n === 'look' && !used[k - 1]);
      if (IP_SEND.test(w.n) || (w.n === 'up' && k > 0 && ws[k - 1].n === 'sign') || look) { send = true; explained += wt; continue; }
      /* "fill in the form", "complete the form": the request, no value */
      if (/^(fill|complete|form|forms)$/.test(w.n)) { explained += wt; continue; }
      if (IP_FILLER.has(w.n) || IP_GOING.test(w.n)) { explained += wt; continue; }
      if (!w.quoted && !w.kind && w.n.split(' ').every((t) => formWords.has(t))) { explained += wt * 0.8; continue; }
      left[k] = !IP_PLAIN.test(w.n);
    }
    /* the words no field took, by sentence or piece: what a failure names */
    const runs = ipFactRuns(ws, used).filter(([i, j]) => left.slice(i, j).some(Boolean));
    const unplaced = runs.map(([i, j]) => ipJoin(ws, i, j));
    /* those that hold a value a person said to go somewhere: a number, a
     * quoted text, an e-mail, a date, a name (a capital inside a sentence):
     * a form filled without them is half of the request ("12 Harbour Road,
     * Cork, postcode ...": Cork in no field) */
    /* "Book my VW in, reg ...": the thing a request's verb is about, said
     * right after it, is no value */
    const object = (k) => k >= 2 && k <= 3 && /^(my|our|his|her|their)$/.test(ws[k - 1].n) && IP_SEND.test(ws[0].n) && !ws.slice(0, k).some((x) => x.sep);
    const said = (w, k) => left[k] && (w.quoted || !!w.kind || /\d/.test(w.raw) ||
      (/^\p{Lu}/u.test(w.raw) && k > 0 && !ws[k - 1].end && !/^I(['\u2019]\w+)?$/.test(w.raw) && !IP_FILLER.has(w.n) && !IP_PLAIN.test(w.n) && !object(k)));
    const strays = runs.filter(([i, j]) => ws.slice(i, j).some((w, n) => said(w, i + n))).map(([i, j]) => ipJoin(ws, i, j));
    /* a whole sentence of several that no field takes: not a part of the form */
    const lost = ws.some((w, k) => w.end && k < ws.length - 1) && runs.some(([i, j]) => (i === 0 || ws[i - 1].end) && (j === ws.length || ws[j - 1].end));
    if (!send && (rgWants(ws) || (!roundInfo.later && rgSearches(form, acts, c)))) send = true;
    /* a field's own button pressed last (a promo code's Apply) is what sends it */
    const fieldBtn = acts.length && acts[acts.length - 1].act === 'click' ? acts[acts.length - 1].ref : null;
    const btn0 = form ? ipSubmitOf(form, acts, c) : null;
    if (!send && btn0) {
      const bt = new Set(tokens(ipName(btn0, c)));
      send = ws.some((w, k) => !used[k] && !w.quoted && !w.kind && !IP_FILLER.has(w.n) && bt.has(w.n));
    }
    const cover = weight ? explained / weight : 0;
    const labelled = fitSum / acts.length;
    /* send when the words ask for it, or the form is now full */
    if ((send || (acts.length >= 3 && form && ipFormFull(form, acts, c))) && !(fieldBtn && (!btn0 || refOf(btn0) === fieldBtn))) {
      const btn = ipSubmitOf(form, acts, c) || (send ? ipVerbButton(ws, c) : null);
      /* sends: the page's answer to it is checked (an error line, a field it stopped) */
      if (btn) acts.push({ act: 'click', ref: refOf(btn), sends: true, why: 'the form is sent with "' + ipName(btn, c) + '"' });
      else if (send && form) acts.push({ act: 'press', value: 'Enter', why: 'the form has no button: Enter sends it' });
    }
    return { kind: 'fields', score: cover * (0.7 + 0.3 * Math.min(1, labelled)) * (lost ? 0.8 : 1), actions: acts, why: 'fields the words name', unplaced, strays };
  }

  /* The options of a choice control and the names each goes by
   * ({listed, aria, opts: [[option, names]]}), or null when it offers none:
   * a dropdown, a radio group, a text field with suggestions of its own (a
   * datalist), a custom dropdown (the options of the list box it controls,
   * shown or not). */
  function ipOptionNames(ctl, c) {
    const listed = ctl.kind === 'text' && ctl.el.localName === 'input' && ctl.el.list && ctl.el.list.options.length > 0;
    const aria = ctl.kind === 'select' && ctl.el.localName !== 'select' ? ipListOptions(ctl.el) : null;
    if (ctl.kind !== 'radio' && !(ctl.kind === 'select' && ctl.el.localName === 'select') && !listed && !(aria && aria.length)) return null;
    /* a radio's names, not its group's ("team" is no option of Team) */
    const own = (r) => sources(r, c).map(([t]) => t).filter((t) => t !== humanize(r.name || '') && t !== humanize(r.id || ''));
    const opts = ctl.kind === 'radio' ? ctl.radios.map((r) => [r, own(r).concat(own(r).map(ipBareOption))]) : aria ? aria.map((o) => [o, [collapse(o.textContent), ipBareOption(collapse(o.textContent))]]) :
      Array.from((listed ? ctl.el.list : ctl.el).options).filter((o) => o.value !== '').map((o) => [o, [o.text || o.value, ipBareOption(o.text || o.value)]]);
    return { listed, aria, opts };
  }

  /* "my cello Greta", "a violin called Nell": a name after an option of a
   * choice (Instrument: Cello) goes into the text field named for that
   * choice's thing ("Instrument's name", "Name of the instrument"), not
   * into the person's; the option is still the choice's (the options read
   * later). */
  function ipThingNames(ws, ctls, c, used, usedCtl, take) {
    for (const t of ctls) {
      if (usedCtl.has(t) || ipControlType(t) !== 'text') continue;
      const tn = tokens(ipNamesText(t, c));
      const whose = tn.filter((x) => x !== 'name' && x !== 's' && !IP_FILLER.has(x));
      if (!tn.includes('name') || !whose.length) continue;
      for (const s of ctls) {
        const on = s === t ? null : ipOptionNames(s, c);
        if (!on || !tokens(ipNamesText(s, c)).some((x) => whose.includes(x))) continue;
        for (let i = 0; i + 1 < ws.length; i++) {
          if (used[i] || ws[i].quoted || ws[i].sep) continue;
          if (!on.opts.some(([, names]) => names.some((n) => tokens(n).length === 1 && textScore(ws[i].raw, n) >= 0.86))) continue;
          const j = /^(called|named)$/.test(ws[i + 1].n) && !ws[i + 1].sep ? i + 2 : i + 1;
          let k = j;
          while (k < ws.length && k - j < 3 && !used[k] && !ws[k].quoted && !ws[k].kind && IP_NAME_WORD.test(ws[k].raw) && (k === j || !ws[k - 1].sep)) k++;
          if (k === j) continue;
          const name = ws.slice(j, k).map((w) => w.raw).join(' ');
          take(t, i + 1, k, ipFillAct(t, name, c, 'the name "' + name + '" of the ' + ws[i].raw), 1, 'name');
          break;
        }
        if (usedCtl.has(t)) break;
      }
    }
  }

  /* "A swing in Elm Park by the north gate is broken": a place said by its
   * name, whose last word is a word of a field's label ("Elm Park" into
   * "Park or street"), and a landmark after by, near, next to, outside ...
   * into the field whose label asks near what (a landmark, a spot). */
  const IP_NEAR = /^(by|near|beside|outside|opposite|behind)$/;
  const IP_PLACE_WORDS = /^(park|street|road|avenue|lane|square|station|school|library|building|estate|close|drive|way|place|garden|gardens|common|green|market|centre|center|hall|church|bridge|wharf|quay|beach|field|wood|hill)$/;
  function ipPlacePhrases(ws, ctls, c, used, usedCtl, take) {
    const texts = ctls.filter((k) => !usedCtl.has(k) && ipControlType(k) === 'text' && k.el.localName !== 'textarea');
    for (const k of texts) {
      const lw = tokens(ipNamesText(k, c));
      for (let i = 1; i < ws.length && !usedCtl.has(k); i++) {
        if (used[i] || ws[i].quoted || !/^(in|at|on|from|to|near|by)$/.test(ws[i - 1].n)) continue;
        let j = i;
        while (j < ws.length && j - i < 4 && !used[j] && !ws[j].quoted && !ws[j].kind && IP_NAME_WORD.test(ws[j].raw) && (j === i || !ws[j - 1].sep)) j++;
        const head = tokens(ws[j - 1].raw)[0];
        if (j - i < 2 || !lw.includes(head) || !IP_PLACE_WORDS.test(head)) continue;
        const v = ipJoin(ws, i, j);
        take(k, i, j, ipFillAct(k, v, c, '"' + v + '" is a ' + ws[j - 1].raw.toLowerCase() + ': ' + ipName(k.el, c)), 1, 'value');
      }
    }
    const near = texts.filter((k) => !usedCtl.has(k) && /\b(near|landmark|beside|next to|nearest|spot|exact location|where exactly)\b/i.test(ipNamesText(k, c)));
    if (near.length !== 1) return;
    for (let i = 0; i + 1 < ws.length; i++) {
      const two = ws[i].n === 'next' && ws[i + 1].n === 'to';
      if (used[i] || ws[i].quoted || (!IP_NEAR.test(ws[i].n) && !two)) continue;
      /* "broken by vandals": "by" says who, "by the north gate" where */
      if (ws[i].n === 'by' && !(ws[i + 1] && ws[i + 1].n === 'the')) continue;
      let a = i + (two ? 2 : 1);
      if (a < ws.length && /^(the|a|an)$/.test(ws[a].n) && !ws[a].quoted) a++;
      let j = a;
      while (j < ws.length && j - a < 5 && !used[j] && !ws[j].quoted && !ws[j].kind && !/^(is|are|was|were|and|but|has|have)$/.test(ws[j].n)) { j++; if (ws[j - 1].sep || ws[j - 1].end) break; }
      if (j === a) continue;
      const v = ipJoin(ws, a, j);
      take(near[0], i, j, ipFillAct(near[0], v, c, '"' + ipJoin(ws, i, j) + '" says where: ' + ipName(near[0].el, c)), 1, 'value');
      return;
    }
  }

  /* Runs of words no reading took (up to a comma or a taken word), each
   * read against every dropdown left by its options' meaning: the run and
   * dropdown with the best one option, while one fits. */
  function ipOptionsMeant(ws, ctls, c, used, usedCtl, take) {
    for (;;) {
      const sels = ctls.filter((k) => !usedCtl.has(k) && k.kind === 'select' && k.el.localName === 'select');
      if (!sels.length) return;
      let best = null;
      for (let i = 0; i < ws.length; i++) {
        if (used[i]) continue;
        let j = i;
        while (j < ws.length && !used[j] && !ws[j].kind && !ws[j].quoted) { j++; if (ws[j - 1].sep) break; }
        if (j === i) continue;
        const text = ipJoin(ws, i, j);
        for (const k of sels) {
          const near = optionByWords(k.el, text);
          if (near && (!best || near.score > best.near.score)) best = { k, near, i, j };
        }
        i = j - 1;
      }
      if (!best) return;
      take(best.k, best.i, best.j, { act: 'select', ref: refOf(best.k.el), value: collapse(best.near.opt.text), label: ipName(best.k.el, c),
        why: '"' + ipJoin(ws, best.i, best.j) + '": the option nearest in meaning' }, best.near.score, 'option');
    }
  }

  const IP_SAY = /^(ask|request|mention|tell|say|note|remind|let|explain|add)$/;
  function ipSaidText(ws, ctls, c, used, usedCtl, take) {
    const areas = ctls.filter((k) => !usedCtl.has(k) && k.kind === 'text' && (k.el.localName === 'textarea' || k.el.isContentEditable) && !String(valueOf(k.el, c) || ''));
    if (areas.length !== 1) return;
    /* "request an appointment ..." where the form sends with "Request
     * appointment": the verb of the request itself, not words for the staff */
    const form = areas[0].el.form;
    const send = form ? submitterOf(form, c) : null;
    const sendWords = new Set(send ? tokens(displayText(send, c) || send.value || '') : []);
    for (let i = 0; i + 1 < ws.length; i++) {
      if (used[i] || ws[i].quoted || !IP_SAY.test(ws[i].n) || sendWords.has(ws[i].n)) continue;
      /* "remind me by text message": how to reach the person, not words for the staff */
      if (ws[i + 2] && /^(me|us)$/.test(ws[i + 1].n) && /^(by|via|through|over)$/.test(ws[i + 2].n)) continue;
      let k = i + 1;
      while (k < ws.length && !used[k] && /^(for|that|them|him|her|us|the|staff|host|team|to|know|about)$/.test(ws[k].n) && !ws[k - 1].sep) k++;
      /* "let them know": the words after are what is said */
      let j = k;
      while (j < ws.length && !used[j]) { j++; if (ws[j - 1].sep) break; }
      if (j - k < 2 && !(j > k && ws[k].quoted)) continue;
      const text = ipJoin(ws, k, j);
      /* "add the humidity check": a box of the form the words name */
      if (ctls.some((x) => x.kind === 'check' && !usedCtl.has(x) && (ipBoxWords(ws, i, j, x, c) >= 0.86 || ipLabelScore(text, ipControlNames(x, c)) >= 0.86))) continue;
      take(areas[0], i, j, ipFillAct(areas[0], text.charAt(0).toUpperCase() + text.slice(1), c, '"' + ipJoin(ws, i, k) + '": what is said for ' + (ipName(areas[0].el, c) || 'the text area')), 0.9, 'value');
      return;
    }
  }

  /* "Roscoff to Portsmouth, ...": the capitalized words right before a
   * "to" whose value went into a destination field, with no "from" said,
   * into the one free field the word "from" names (origin, departure). */
  function ipOriginBefore(ws, ctls, c, used, usedCtl, chosen, take) {
    const to = chosen.find((sp) => sp.how === 'prep' && ws[sp.i].n === 'to');
    if (!to || to.i === 0 || ws[to.i - 1].sep) return;
    let i = to.i;
    while (i > 0 && to.i - i < 3 && !used[i - 1] && !ws[i - 1].quoted && !ws[i - 1].kind && IP_NAME_WORD.test(ws[i - 1].raw) && !(i - 1 < to.i - 1 && ws[i - 1].sep)) i--;
    if (i === to.i || (i > 0 && !ws[i - 1].sep && !used[i - 1] && !IP_FILLER.has(ws[i - 1].n) && !IP_SEND.test(ws[i - 1].n))) return;
    let best = null, tie = false;
    for (const ctl of ctls) {
      if (usedCtl.has(ctl) || (ctl.kind !== 'text' && ctl.kind !== 'select')) continue;
      let sc = 0;
      for (const t of IP_PREP.from) sc = Math.max(sc, ipLabelScore(t, ipControlNames(ctl, c)) * 0.9);
      if (sc < 0.5 || ipFits(ctl, ws.slice(i, to.i), c) < 0.5) continue;
      if (!best || sc > best.s + 1e-9) { best = { ctl, s: sc }; tie = false; } else if (Math.abs(sc - best.s) <= 1e-9) tie = true;
    }
    if (!best || tie) return;
    take(best.ctl, i, to.i, ipFillAct(best.ctl, ipJoin(ws, i, to.i), c, '"' + ipJoin(ws, i, to.i + 1) + '": the place it leaves from'), best.s, 'value');
  }

  /* A value said in a statement about the thing a field is named after:
   * "The driver is 23" (Driver's age: 18-24), "our youngest is nine"
   * (Youngest skier's age), "I'll arrive late, around 11pm" (Arrival
   * time: After 22:00). The value is a number or a time no reading took;
   * the words before it in its sentence (one comma back) must share a
   * word stem with the field's name, and the value must fit the field
   * (a number field, an option whose span holds it). One field only. */
  function ipStatements(ws, ctls, c, used, usedCtl, take, kind) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const n = w.kind === 'time' ? null : ipNum(w);
      if (used[i] || w.quoted || (kind === 'time' ? w.kind !== 'time' : n == null) || (w.n === 'one' && ws[i + 1] && !ws[i + 1].sep && !/^(year|years|yr|yrs|old)$/.test(ws[i + 1].n))) continue;
      /* "9 years old", "aged 9": the unit is part of the value */
      let j = i + 1;
      while (j < ws.length && j < i + 3 && !used[j] && /^(year|years|yr|yrs|old|y\/o|oclock)$/.test(ws[j].n) && !ws[j - 1].sep) j++;
      const said = [];
      const LINK = /^(is|are|am|was|were|will|be|im|ill|aged|age|about|around|roughly|by)$/;
      for (let k = i - 1, commas = 0; k >= 0 && !used[k] && !ws[k].quoted; k--) {
        if (ws[k].sep && ++commas > 1) break;
        /* another value between ("return 14/06/2026 at 18:00"): the words
         * before it say that one; the time goes with its date */
        if (ws[k].kind) break;
        if (!IP_FILLER.has(ws[k].n) && !ws[k].kind && !LINK.test(ws[k].n)) said.push([k, ws[k].n]);
      }
      if (!said.length || said.length > 5) continue;
      const value = w.kind === 'time' ? w.raw : n;
      let best = null, tie = false;
      for (const ctl of ctls) {
        if (usedCtl.has(ctl)) continue;
        const type = ipControlType(ctl);
        if (type !== 'select' && type !== 'number' && !(type === 'time' && w.kind === 'time')) continue;
        const names = tokens(ipNamesText(ctl, c)).filter((t) => !IP_FILLER.has(t));
        const hit = said.filter(([, t]) => t.split(' ').some((x) => names.some((h) => sameStem(x, h) || (x.length >= 5 && h.length >= 5 && x.slice(0, 5) === h.slice(0, 5)))));
        const hits = hit.length;
        if (!hits) continue;
        const fit = type === 'select' && ctl.el.localName === 'select' ? Math.max(0, ...Array.from(ctl.el.options).map((o) => inSpan(value, o.text) || sameWhen(value, o.text) || (textScore(value, o.text) >= 0.99 ? 1 : 0))) :
          ipFits(ctl, [{ raw: value, kind: w.kind || 'number' }], c);
        if (fit < 0.85) continue;
        const s = Math.min(1, 0.7 + 0.1 * hits) * fit;
        if (!best || s > best.s + 1e-9) { best = { ctl, s, k: hit[hit.length - 1][0] }; tie = false; } else if (Math.abs(s - best.s) <= 1e-9) tie = true;
      }
      if (!best || tie) continue;
      /* the words taken: from the first that names the field, with the
       * fillers just before it ("our youngest player is", "I will arrive") */
      let from = best.k;
      while (from > 0 && !used[from - 1] && !ws[from - 1].sep && !ws[from - 1].quoted && (IP_FILLER.has(ws[from - 1].n) || LINK.test(ws[from - 1].n))) from--;
      take(best.ctl, from, j, ipFillAct(best.ctl, value, c, '"' + ipJoin(ws, from, j) + '" says ' + (ipName(best.ctl.el, c) ? '"' + ipName(best.ctl.el, c) + '"' : 'the field')), best.s, 'value');
      i = j - 1;
    }
  }

  /* ------------------------------------------------------------------ */
  /* Statements of fact about the request ("we'll be home from about   */
  /* 1:30pm", "she weighs 18 kilos", "there's no lift at the new place",*/
  /* "remind me by text", "I'm bringing a friend"): each run of words no */
  /* other reading took, up to a comma or a sentence's end, is scored    */
  /* against every choice field left (a dropdown, a radio group, buttons */
  /* pressed one at a time, a box): the words of its options by root, a  */
  /* number or a time inside an option's span (a number with the noun   */
  /* said beside it: "three bedrooms" is "3-4 bedrooms"), the words of   */
  /* its label, and yes or no by a word that denies. The run and field   */
  /* with a clear best score go together; two alike, or none, leave the  */
  /* run, and the clause then says what no field took.                  */

  /* words that deny what the rest of a statement says */
  const IP_NEG = /^(no|not|never|none|nothing|nobody|without|neither|nor)$/;
  const IP_NEG_CONTR = /^(do|does|did|is|are|was|were|has|have|had|wo|would|ca|could|should|must|need)n['\u2019]?t$/i;
  /* after these a statement says what it does not want ("call me rather than e-mailing") */
  const IP_BUT_NOT = /^(rather|instead|except)$/;
  /* words of a statement that say nothing of which field or option */
  const IP_PLAIN = /^(have|has|had|get|got|will|would|shall|should|there|here|she|he|they|them|their|her|his|him|who|what|also|very|really|about|around|roughly|approximately|thanks?|please|let|know|like|want|need|think|guess|just|only|home|be|been|being|was|were)$/;
  /* words of one meaning on forms (contact channels, units), as roots */
  const IP_KIN = [['text', 'sms', 'txt'], ['call', 'phone', 'telephone', 'ring'], ['email', 'mail'], ['kg', 'kilo', 'kilogram'],
    ['km', 'kilometre', 'kilometer'], ['month', 'mo'], ['hour', 'hr'], ['minute', 'min']];

  /* a word without its ending: "bringing" bring, "moved" mov, "reminder" remind */
  function ipRoot(t) {
    let w = t;
    if (w.length > 5 && /ing$/.test(w)) w = w.slice(0, -3);
    else if (w.length > 4 && /(ed|er)$/.test(w)) w = w.slice(0, -2);
    else if (w.length > 6 && /(age|ment|ion)$/.test(w)) w = w.slice(0, /ment$/.test(w) ? -4 : -3);
    if (w.length > 3 && /e$/.test(w)) w = w.slice(0, -1);
    return w;
  }

  /* do words a and b (tokens) say the same thing? */
  function ipAkin(a, b) {
    if (a === b || sameStem(a, b)) return true;
    const ra = ipRoot(a), rb = ipRoot(b);
    if (ra.length >= 3 && ra === rb) return true;
    return IP_KIN.some((g) => g.includes(ra) && g.includes(rb)) || IP_KIN.some((g) => g.includes(a) && g.includes(b));
  }

  /* the words of a text that can say which: no fillers, numbers or prices */
  function ipMeaningWords(text) {
    return tokens(ipBareOption(text)).filter((t) => t.length >= 2 && !/^\d/.test(t) && !IP_FILLER.has(t) && !OPT_STOP.has(t) && !IP_PLAIN.test(t));
  }

  /* the runs of words no reading took, each up to a comma or a sentence's end */
  function ipFactRuns(ws, used) {
    const out = [];
    for (let i = 0; i < ws.length; i++) {
      if (used[i]) continue;
      let j = i;
      while (j < ws.length && !used[j]) { j++; if (ws[j - 1].sep || ws[j - 1].end) break; }
      out.push([i, j]);
      i = j - 1;
    }
    return out;
  }

  /* what the run ws[i..j) states: {content: [token], neg, values: [{v, time}]} */
  function ipFact(ws, i, j) {
    let stop = j;
    for (let k = i + 1; k < j; k++) if (IP_BUT_NOT.test(ws[k].n) && !ws[k].quoted) { stop = k; break; }
    const content = [], values = [];
    let neg = false;
    for (let k = i; k < stop; k++) {
      const w = ws[k];
      if (w.quoted) continue;
      if (IP_NEG.test(w.n) || IP_NEG_CONTR.test(w.raw) || /^(dont|doesnt|didnt|isnt|arent|wasnt|hasnt|havent|wont|cant|shouldnt)$/.test(w.n)) { neg = true; continue; }
      const sp = !w.kind || w.kind === 'time' ? spanPoint(w.raw) : null;
      const num = ipNum(w);
      if (w.kind === 'time' || (sp && sp.time)) values.push({ v: w.raw, time: true });
      else if (num != null) values.push({ v: String(num), time: false });
      else if (!w.kind) content.push(...ipMeaningWords(w.raw));
    }
    return { content, neg, values };
  }

  /* "two years ago" in "1 to 3 years ago", "1:30pm" in "Early afternoon
   * (12:00-15:00)": the one option of a dropdown whose span holds the
   * number or time the text says, or null */
  function ipSpanOption(sel, text) {
    const ws = ipWords(text);
    const f = ipFact(ws, 0, ws.length);
    if (!f.values.length) return null;
    const hits = Array.from(sel.options).filter((o) => o.value !== '' && f.values.some((v) => inSpan(v.v, o.text) || (v.time && sameWhen(v.v, o.text))));
    return hits.length === 1 ? hits[0] : null;
  }

  /* is ctl a choice of Yes and No? */
  function ipYesNo(ctl, c) {
    const opts = ipChoices(ctl, c);
    return opts.length === 2 && opts.every((o) => /^(yes|no)\b/i.test(o.text));
  }

  /* the options of a choice field: [{el, text}] */
  function ipChoices(ctl, c) {
    if (ctl.kind === 'radio') return ctl.radios.map((r) => ({ el: r, text: ipName(r, c) || r.value || '' }));
    if (ctl.kind !== 'select') return [];
    if (ctl.el.localName === 'select') return Array.from(ctl.el.options).filter((o) => o.value !== '' && !o.disabled).map((o) => ({ el: o, text: collapse(o.text) }));
    return ipListOptions(ctl.el).map((o) => ({ el: o, text: collapse(o.textContent) }));
  }

  /* how well fact fits the choice field ctl: {ctl, s, act} or null */
  function ipFactFit(fact, ctl, c, said, elsewhere) {
    if (ctl.kind !== 'check' && ctl.kind !== 'radio' && ctl.kind !== 'select') return null;
    const name = ipNamesText(ctl, c);
    /* a box's verb ("Add a packed lunch", "Include insurance") says the
     * ticking, not what is ticked */
    const nameWords = Array.from(new Set(ipMeaningWords(name))).filter((t) => ctl.kind !== 'check' || !(IP_COMMAND.test(t) || /^(include|includ|get|receive|want)$/.test(t)));
    const labelHit = fact.content.filter((t) => nameWords.some((h) => ipAkin(t, h)));
    const why = '"' + said + '" says ' + ((ctl.kind === 'radio' ? clip(ipControlNames(ctl, c).map(([t]) => t)[0] || '', 60) : ipName(ctl.el, c)) || 'the field');
    if (ctl.kind === 'check') {
      /* a box: half its words said at least, one of them a real word */
      if (!labelHit.length || labelHit.length * 2 < nameWords.length || !labelHit.some((t) => t.length >= 4)) return null;
      return { ctl, s: Math.min(0.9, 0.62 + 0.1 * labelHit.length), act: { act: fact.neg ? 'uncheck' : 'check', ref: refOf(checkLabelOrSelf(ctl.el, c)), label: ipName(ctl.el, c), why } };
    }
    const opts = ipChoices(ctl, c);
    if (opts.length < 2) return null;
    const words = opts.map((o) => ipMeaningWords(o.text));
    /* a word most options share ("bedrooms" of every size) tells none apart */
    const common = (t) => words.filter((ow) => ow.some((h) => ipAkin(t, h))).length >= Math.max(2, opts.length / 2);
    const yesNo = ipYesNo(ctl, c);
    let best = null, tie = false;
    opts.forEach((o, n) => {
      const ow = words[n];
      const negOpt = /^(no|none|not|never|without|don'?t|do not)\b/i.test(o.text);
      let s = 0, read = null;
      /* yes or no: a word of the question no other field says ("moved") */
      if (yesNo) s = labelHit.some((t) => !elsewhere(t, ctl)) && /^no\b/i.test(o.text) === fact.neg ? 0.8 : 0;
      else if (fact.neg && negOpt) s = labelHit.length || fact.content.some((t) => ow.some((h) => ipAkin(t, h))) ? 0.8 : 0;
      else if (!fact.neg || !negOpt) {
        const hit = fact.content.filter((t) => !labelHit.includes(t) && ow.some((h) => !common(h) && ipAkin(t, h))).length;
        if (hit && !fact.neg) s = Math.min(0.85, 0.62 + 0.12 * hit);
        for (const v of fact.values) {
          const nums = o.text.match(/\d+(?:[.,]\d+)?/g) || [];
          let x = inSpan(v.v, o.text) || (v.time ? sameWhen(v.v, o.text) : nums.length === 1 && parseFloat(nums[0]) === parseFloat(v.v) ? 0.9 : 0);
          /* a number says which only with its noun: the option's or the field's */
          const nouns = ow.filter((t) => !/^(to|and|or|more|less|under|over|than|up|plus|from|ago|between)$/.test(t));
          if (x && !v.time && !(nouns.length ? fact.content.some((t) => nouns.some((h) => ipAkin(t, h))) : labelHit.length)) x = 0;
          if (x && 0.9 > s) { s = 0.9; read = v.v; }
        }
      }
      if (!s) return;
      if (!best || s > best.s + 1e-9) { best = { o, s, read }; tie = false; } else if (Math.abs(s - best.s) <= 1e-9) tie = true;
    });
    if (!best || tie) return null;
    const s = best.s + 0.05 * Math.min(2, labelHit.length);
    const v = collapse(best.o.text);
    const act = ctl.kind === 'radio' ? ipPickAct(ctl, best.o.el, c, why + ': "' + v + '"') :
      { act: 'select', ref: refOf(ctl.el), value: v, label: ipName(ctl.el, c), why: why + ': "' + v + '"' };
    return { ctl, s, act, read: best.read };
  }

  const IP_COMMAND = /^(increase|decrease|raise|lower|reduce|add|subtract|bump|double|halve|make|turn|enter|type|fill|give|book|reserve|buy|order|send|submit|tick|untick|check|uncheck|toggle|clear|empty|save|put)$/;
  function ipFacts(ws, ctls, c, used, usedCtl, take) {
    /* the words each field says, in its name and its options */
    const said = new Map(ctls.map((k) => [k, ipMeaningWords(ipControlNames(k, c).map(([t]) => t).concat(ipChoices(k, c).map((o) => o.text)).join(' , '))]));
    const elsewhere = (t, ctl) => ctls.some((k) => k !== ctl && said.get(k).some((h) => ipAkin(t, h)));
    for (let guard = 0; guard < 12; guard++) {
      let best = null;
      for (const [i, j] of ipFactRuns(ws, used)) {
        /* a run that starts a sentence with a verb of doing ("increase the
         * coffee beans by one") asks for an act: it states nothing */
        if ((i === 0 || ws[i - 1].end) && (IP_COMMAND.test(ws[i].n) || IP_CONTROL_VERB.test(ws[i].n) || IP_STATUS.test(ws[i].n) || IP_ITEM_VERBS.test(ws[i].n))) continue;
        const fact = ipFact(ws, i, j);
        if (!fact.content.length && !fact.values.length) continue;
        const hits = ctls.filter((k) => !usedCtl.has(k)).map((k) => ipFactFit(fact, k, c, ipJoin(ws, i, j), elsewhere)).filter(Boolean).sort((a, b) => b.s - a.s);
        /* two fields alike: the words do not say which */
        if (!hits.length || (hits[1] && hits[1].s > hits[0].s - 0.03)) continue;
        if (!best || hits[0].s > best.s) best = Object.assign(hits[0], { i, j });
      }
      if (!best) return;
      take(best.ctl, best.i, best.j, best.act, best.s, 'value');
      /* a date or time of the run the fit did not read stays for what
       * takes it: in "today at 7pm for 30 minutes" the length is 30 min,
       * and 7pm and today are still the start's */
      for (let k = best.i; k < best.j; k++) {
        if (!/^(date|time)$/.test(ws[k].kind || '') || ws[k].raw === best.read) continue;
        used[k] = null;
        if (k > best.i && /^(at|on|from|until|by)$/.test(ws[k - 1].n)) used[k - 1] = null;
      }
    }
  }

  /* The control an action of the form reading sets, or null. */
  function ipActCtl(a, ctls) {
    const el = deref(a.ref);
    const x = el && (labelControl(el) || el);
    return x ? ctls.find((k) => k.el === x || (k.radios && k.radios.includes(x))) || null : null;
  }

  function ipAbsorb(ws, ctls, c, used, acts) {
    /* the words of the form's button ("sailings" of Search sailings) send it */
    const form = acts.length ? ipFormOf(acts, c) : null, btn = form ? ipSubmitOf(form, acts, c) : null;
    const bt = new Set(btn ? tokens(ipName(btn, c)) : []);
    for (const [i, j] of ipFactRuns(ws, used)) {
      const said = ipFact(ws, i, j).content;
      if (!said.length) continue;
      /* a verb that sends the form is no word of a field */
      if (ws.slice(i, j).some((w) => IP_SEND.test(w.n) || bt.has(w.n))) continue;
      for (const a of acts) {
        /* right before or after the value, in the same sentence */
        if (a.wi == null || (a.wi !== j && a.wj !== i)) continue;
        if (ws.slice(Math.min(i, a.wi), Math.max(j, a.wj) - 1).some((w) => w.end)) continue;
        const ctl = ipActCtl(a, ctls);
        const names = ctl ? ipMeaningWords(ipNamesText(ctl, c)) : [];
        if (!said.some((t) => names.some((h) => ipAkin(t, h)))) continue;
        for (let k = i; k < j; k++) used[k] = 'label';
        break;
      }
    }
  }

  /* the action that picks option r of the radio group ctl: a radio is
   * checked, a button of a group pressed one at a time is clicked */
  function ipPickAct(ctl, r, c, why) {
    return { act: ctl.seg ? 'click' : 'check', ref: refOf(ctl.seg ? r : checkLabelOrSelf(r, c)), label: ipName(r, c), why };
  }

  /* buttons pressed one at a time ("Home size: Studio | 1-2 bedrooms"):
   * a radio group of the form, [{kind: 'radio', el, radios, seg}] */
  function ipSegments(c) {
    const out = [], seen = new Set();
    for (const b of ipClickables(c)) {
      if (seen.has(b) || !b.hasAttribute('aria-pressed') || isCheckable(b) || !isVisible(b, c)) continue;
      const p = parentOf(b);
      const group = p ? Array.from(kidsOf(p)).filter((x) => x.hasAttribute && x.hasAttribute('aria-pressed')) : [];
      for (const x of group) seen.add(x);
      /* a toolbar of toggles (several pressed) is no choice of one */
      if (group.length >= 2 && group.filter((x) => x.getAttribute('aria-pressed') === 'true').length <= 1) out.push({ kind: 'radio', el: group[0], radios: group, seg: true });
    }
    return out;
  }

  /* "Note: the gate code is 4411, ring twice.", "Special request: a cot":
   * a lead that names a text area, or says free text (a note, a request,
   * comments, a message, details), then the words to the sentence's end */
  const IP_FREE_KIN = /^(note|comment|message|request|remark|detail|instruction|question|info|information|wish|requirement|anything|additional|extra|mention|ps)$/;
  function ipFreeText(ws, ctls, c, used, usedCtl, take) {
    for (let i = 0; i < ws.length; i++) {
      if (used[i] || ws[i].quoted || ws[i].kind || (i > 0 && !ws[i - 1].sep)) continue;
      const areas = ctls.filter((k) => !usedCtl.has(k) && k.kind === 'text' && (k.el.localName === 'textarea' || k.el.isContentEditable));
      if (!areas.length) return;
      let k = i;
      while (k < ws.length && k - i < 3 && !ws[k].sep && !used[k] && !ws[k].quoted && !ws[k].kind) k++;
      if (k >= ws.length - 1 || k - i >= 3 || !ws[k].sep || ws[k].end || used[k] || ws[k].quoted || ws[k].kind) continue;
      const lead = ipJoin(ws, i, k + 1);
      let best = null, bs = 0;
      for (const a of areas) {
        const s = ipLabelScore(lead, ipControlNames(a, c));
        if (s > bs + 1e-9) { best = a; bs = s; }
      }
      if (bs < 0.6) {
        if (areas.length !== 1 || !tokens(lead).some((t) => IP_FREE_KIN.test(t) || IP_FREE_KIN.test(ipRoot(t)))) continue;
        best = areas[0];
      }
      let e = k + 1;
      while (e < ws.length && !used[e]) { e++; if (ws[e - 1].end) break; }
      if (e <= k + 1) continue;
      /* the text as said: its commas and full stops kept */
      const value = e === k + 2 && ws[k + 1].quoted ? ws[k + 1].raw :
        ws.slice(k + 1, e).map((w, n) => w.raw + (n === e - k - 2 ? '' : w.end ? '.' : w.sep ? ',' : '')).join(' ');
      take(best, i, e, ipFillAct(best, value, c, '"' + lead + '" says what goes into ' + (ipName(best.el, c) ? '"' + ipName(best.el, c) + '"' : 'the text area')), 1, 'value');
      i = e - 1;
    }
  }

  /* The options of the list box a custom dropdown controls (aria-controls,
   * aria-owns, or the one list box beside it), shown or hidden: [el] */
  function ipListOptions(el) {
    const root = el.getRootNode ? el.getRootNode() : document;
    let box = null;
    for (const a of ['aria-controls', 'aria-owns']) {
      const id = el.getAttribute(a);
      if (id && root.getElementById) box = root.getElementById(id.split(/\s+/)[0]);
      if (box) break;
    }
    for (let n = parentOf(el), up = 0; !box && n && up < 2; n = parentOf(n), up++) {
      const lists = n.querySelectorAll ? n.querySelectorAll('[role=listbox]') : [];
      if (lists.length === 1) box = lists[0];
    }
    return box ? Array.from(box.querySelectorAll('[role=option]')).filter((o) => collapse(o.textContent)) : [];
  }

  /* does reading r (a form's) set the custom dropdown that reading over
   * would only open? Then over is part of it, not a reading of its own. */
  function ipSetsOpened(r, over) {
    const a0 = over && over.actions && over.actions[0];
    if (!(r && r.kind === 'fields' && a0)) return false;
    if (r.actions.some((a) => a.act === 'select' && a.ref === a0.ref)) return true;
    /* a day number of a calendar a date field opens is no target of its own */
    const el = deref(a0.ref);
    return !!(el && r.actions.length >= 2 && (calendarField(el, newCtx()) || dateOpener(el, newCtx())));
  }

  /* The words from k on that are groups of one number ("4242 4242 ...",
   * "07700 900789"), each free and of the shape re, to a comma: [the end,
   * their digits]. */
  function ipDigitRun(ws, k, free, re) {
    let j = k, digits = '';
    while (j < ws.length && free(j) && !ws[j].quoted && (!ws[j].kind || ws[j].kind === 'number') && re.test(ws[j].raw) && digits.length < 19) {
      digits += ws[j++].raw.replace(/\D/g, '');
      if (ws[j - 1].sep) break;
    }
    return [j, digits];
  }

  /* An address said as one line ("12 Harbour Road, Cork, postcode T12
   * X2Y3"): the place named after the street, up to its comma, goes into
   * the form's city field when no label said it. */
  function ipAddressLine(ws, ctls, c, used, usedCtl, chosen, take) {
    const street = chosen.find((o) => ipRoleIs(o.ctl, c, 'street'));
    const city = street && ws[street.end - 1].sep ? ctls.find((x) => !usedCtl.has(x) && ipRoleIs(x, c, 'city')) : null;
    if (!city) return;
    const i = street.end;
    let j = i;
    while (j < ws.length && j - i < 3 && !used[j] && !ws[j].quoted && !ws[j].kind && /^\p{Lu}/u.test(ws[j].raw)) if (ws[j++].sep) break;
    if (j === i || (j < ws.length && !ws[j - 1].sep && !used[j])) return;
    take(city, i, j, ipFillAct(city, ipJoin(ws, i, j), c, '"' + ipJoin(ws, i, j) + '" after the street: the city'), 1, 'value');
  }

  /* Name fields of a form: given, family, and one for a whole name. */
  function ipNameCtls(ctls, c) {
    const out = {};
    for (const ctl of ctls) {
      const el = ctl.el;
      if (ctl.kind !== 'text' || el.localName === 'textarea' || (el.localName === 'input' && !/^(text|search)$/.test(el.type))) continue;
      const ns = norm(ipControlNames(ctl, c).map(([x]) => x).join(' , ') + ' ' + (el.getAttribute('autocomplete') || ''));
      if (/\b(given|first|fore) ?name\b/.test(ns)) out.given = out.given || ctl;
      else if (/\b(family|last|sur) ?name\b/.test(ns)) out.family = out.family || ctl;
      else if (/\b(name|patient|guest|passenger|customer|attendee|holder)\b/.test(ns) && !/\b(user|company|business|file|team|project|street|city|pet|card number|event|list|group|item|product|display)\b/.test(ns)) out.full = out.full || ctl;
    }
    return out;
  }

  /* words before a person's name */
  const IP_NAME_LEAD = /^(for|as|from|name|named|called|by|am|im|is|patient|guest|passenger|customer|attendee)$/;
  const IP_NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*\.?$/u;

  /* "for Jane Roe", "as Nadia Haddad", "name Ana Lee": a capitalized name
   * after such a word, into Given name and Family name when the form has
   * both (the first word given, unless the words say which: "Wei is the
   * first name"), else into the field for a whole name. */
  function ipPersonNames(ws, ctls, c, used) {
    const f = ipNameCtls(ctls, c);
    const out = [];
    for (let i = 0; i + 1 < ws.length; i++) {
      if (used[i] || ws[i].quoted || !IP_NAME_LEAD.test(ws[i].n)) continue;
      let j = i + 1;
      while (j < ws.length && j - i <= 3 && !used[j] && !ws[j].quoted && !ws[j].kind && IP_NAME_WORD.test(ws[j].raw) && (!ws[j - 1].sep || (j === i + 1 && !/^(for|as|from|by|am|im|is)$/.test(ws[i].n)))) j++;
      const one = j - i === 2 && /^(is|named|called)$/.test(ws[i].n) && i > 0 && !ws[i - 1].sep && !IP_FILLER.has(ws[i - 1].n);
      if (j === i + 1 || (j - i === 2 && /^(from|by|is|as)$/.test(ws[i].n) && !one)) continue;
      /* "referred by Dana Obi": the words before name a field of their own */
      if (/^(by|from)$/.test(ws[i].n) && i > 0 && !IP_FILLER.has(ws[i - 1].n) &&
          ctls.some((k) => k !== f.full && k !== f.given && k !== f.family && k.kind === 'text' && ipLabelScore(ws[i - 1].raw, ipControlNames(k, c)) >= 0.6)) continue;
      const parts = ws.slice(i + 1, j).map((w) => w.raw);
      const extra = [];
      /* "(Wei is the first name)", "first name Wei" said beside it */
      let given = parts[0];
      for (let k = j; k + 3 < ws.length + 1 && k < j + 6; k++) {
        const a = ws[k], b = ws[k + 1], t = ws[k + 2], n = ws[k + 3];
        if (a && b && t && n && parts.includes(a.raw) && b.n === 'is' && /^(the|my|his|her|their)$/.test(t.n) && /^(first|given|last|family|sur)/.test(n.n)) {
          const last = ws[k + 4] && ws[k + 4].n === 'name' ? k + 5 : k + 4;
          given = /^(first|given)/.test(n.n) ? a.raw : parts.find((x) => x !== a.raw) || parts[0];
          for (let q = k; q < last; q++) extra.push(q);
          break;
        }
      }
      const fills = [];
      const why = 'the name "' + parts.join(' ') + '"';
      /* "Owner's name Ana Silva": the words before "name" say whose (a
       * form may ask for several names: the owner's, the pet's) */
      const whose = i > 0 && !used[i - 1] && !ws[i - 1].sep && /^(name|is|named|called)$/.test(ws[i].n) ?
        ctls.find((k) => k.kind === 'text' && (ipLabelScore(ipJoin(ws, i - 1, i) + ' name', ipControlNames(k, c)) >= 0.9 ||
          (ws[i].n === 'name' && ipLabelScore(ipJoin(ws, i - 1, i + 1), ipControlNames(k, c)) >= 0.9))) : null;
      /* "the dog is Pixel and the owner is Ana Silva": each name to its field */
      if (!f.full && !f.given && !whose) continue;
      if (whose && whose !== f.given && whose !== f.family && (whose !== f.full || ws[i].n !== 'name') && !out.some((o) => o.fills[0][0] === whose)) {
        out.push({ i: i - 1, j, fills: [[whose, parts.join(' '), why]], extra });
        continue;
      }
      if (one) continue;
      if (f.given && f.family && parts.length >= 2) {
        fills.push([f.given, given, why + ': its given name'], [f.family, parts.filter((x) => x !== given).join(' '), why + ': its family name']);
      } else if (f.full) fills.push([f.full, parts.join(' '), why]);
      else if (f.given && parts.length === 1) fills.push([f.given, given, why]);
      else continue;
      out.push({ i, j, fills, extra });
      break;
    }
    /* "Kestrel Design, about thirty of us ...": a name said first, alone
     * before its comma, with no word to lead it: the person's name field,
     * or the one field for an organisation's name */
    let i0 = 0;
    /* ("Fill in the corporate form: Kestrel Design, ...": after its lead) */
    const lead = /^(fill|complete)$/.test(ws[0] ? ws[0].n : '') ? ws.findIndex((w, k) => k < 6 && /^forms?$/.test(w.n)) : -1;
    if (lead > 0) i0 = lead + 1;
    while (i0 < ws.length && !used[i0] && IP_FILLER.has(ws[i0].n) && !ws[i0].sep) i0++;
    let j0 = i0;
    while (j0 < ws.length && j0 - i0 < 4 && !used[j0] && !ws[j0].quoted && !ws[j0].kind && IP_NAME_WORD.test(ws[j0].raw) && (j0 === i0 || !ws[j0 - 1].sep)) j0++;
    if (!out.length && j0 > i0 && j0 - i0 <= 4 && ws[j0 - 1].sep && j0 < ws.length) {
      const org = ctls.filter((k) => k.kind === 'text' && ipControlType(k) === 'text' && /\b(company|organi[sz]ation|business|employer|firm|club|school|team)\b/i.test(ipNamesText(k, c)));
      const to = f.full && !org.length ? f.full : org.length === 1 ? org[0] : null;
      const parts = ws.slice(i0, j0).map((w) => w.raw);
      if (to && (to !== f.full || parts.length >= 2)) out.push({ i: i0, j: j0, fills: [[to, parts.join(' '), 'the name "' + parts.join(' ') + '" said first']], extra: [] });
    }
    return out;
  }

  /* A value only one kind of field takes, said with no label before it:
   * an e-mail address into the form's e-mail field (several into as many
   * fields, or all into the one), a long quoted text into its text area. */
  function ipKindValues(ws, ctls, c, used, usedCtl, spans, take) {
    const labelled = new Set(spans.filter((sp) => sp.how === 'label' && sp.s >= 0.6).map((sp) => sp.j));
    const free = (k) => !used[k] && !labelled.has(k);
    const mails = [];
    for (let k = 0; k < ws.length; k++) if (ws[k].kind === 'email' && free(k)) mails.push(k);
    if (mails.length) {
      const fields = ctls.filter((k) => !usedCtl.has(k) && k.kind === 'text' &&
        (ipControlType(k) === 'email' || /mail/i.test(ipNamesText(k, c))));
      if (fields.length === 1) {
        take(fields[0], mails[0], mails[mails.length - 1] + 1, ipFillAct(fields[0], mails.map((k) => ws[k].raw).join(', '), c, 'an e-mail address: the e-mail field'), 1, 'value');
        for (const k of mails) used[k] = 'value';
      } else if (fields.length >= mails.length) {
        mails.forEach((k, n) => take(fields[n], k, k + 1, ipFillAct(fields[n], ws[k].raw, c, 'an e-mail address, in the order of the e-mail fields'), 1, 'value'));
      }
    }
    /* "pay with 4242 4242 4242 4242, 01/30, 555": a card's values said
     * without their labels, each into the one field of its part */
    const cardCtl = (part) => {
      const f = ctls.filter((x) => !usedCtl.has(x) && ipRoleIs(x, c, part));
      return f.length === 1 ? f[0] : null;
    };
    const number = cardCtl('number');
    for (let k = 0; number && k < ws.length; k++) {
      const [j, digits] = ipDigitRun(ws, k, free, /^\d+$/);
      if (digits.length < 13 || !IP_CARD_NUMBER.test(digits)) continue;
      take(number, k, j, ipFillAct(number, ipJoin(ws, k, j), c, 'a card number: ' + (ipName(number.el, c) || 'the field')), 1, 'value');
      const expiry = cardCtl('expiry'), code = cardCtl('code');
      let e = -1;
      for (let m = j; expiry && m < Math.min(ws.length, j + 3); m++) if (free(m) && IP_CARD_EXPIRY.test(ws[m].raw)) { e = m; break; }
      if (e >= 0) take(expiry, e, e + 1, ipFillAct(expiry, ws[e].raw, c, 'a card\'s expiry after its number'), 1, 'value');
      const from = e >= 0 ? e + 1 : j;
      for (let m = from; code && m < Math.min(ws.length, from + 3); m++) {
        if (!free(m) || !IP_CARD_CODE.test(ws[m].raw)) continue;
        take(code, m, m + 1, ipFillAct(code, ws[m].raw, c, 'a card\'s security code after its number'), 1, 'value');
        break;
      }
      break;
    }
    /* "18 Cardigan Road, LS6 2AB": a postcode of letters and digits (UK,
     * Canada, the Netherlands) said without its label, into the one
     * postcode field */
    const posts = ctls.filter((x) => !usedCtl.has(x) && x.kind === 'text' && (fieldPurpose(x.el) === 'postal-code' || /\b(post ?code|postal ?code|zip( ?code)?|postcode)\b/i.test(ipNamesText(x, c))));
    for (let k = 0; posts.length === 1 && k + 1 < ws.length; k++) {
      if (!free(k) || !free(k + 1) || ws[k].sep || ws[k].quoted || ws[k + 1].quoted) continue;
      const v = ws[k].raw + ' ' + ws[k + 1].raw.replace(/[.,;]$/, '');
      if (!/^([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d|\d{4} [A-Z]{2})$/.test(v)) continue;
      take(posts[0], k, k + 2, ipFillAct(posts[0], v, c, '"' + v + '" is a postcode: ' + (ipName(posts[0].el, c) || 'the postcode field')), 1, 'value');
      break;
    }
    /* "for Nina Cole (07700 900789)": a phone number said without its
     * label (7 to 15 digits, in groups or not), into the one phone field */
    const phones = ctls.filter((x) => !usedCtl.has(x) && x.kind === 'text' && (ipControlType(x) === 'tel' || /^tel/.test(fieldPurpose(x.el)) ||
      /\b(phone|mobile|telephone|tel)\b/i.test(ipNamesText(x, c))));
    /* "phone 020 7946 0123": its own label before it starts it */
    const own = new Set(spans.filter((sp) => phones.length === 1 && sp.ctl === phones[0]).map((sp) => sp.j));
    for (let k = 0; phones.length === 1 && k < ws.length; k++) {
      const [j, digits] = ipDigitRun(ws, k, (x) => free(x) || (x === k && own.has(x) && !used[x]), /^\+?\d[\d().-]*$/);
      if (digits.length < 7 || digits.length > 15) { k = Math.max(k, j - 1); continue; }
      take(phones[0], k, j, ipFillAct(phones[0], ipJoin(ws, k, j), c, 'a phone number: ' + (ipName(phones[0].el, c) || 'the phone field')), 1, 'value');
      break;
    }
    /* "#198" where one field's placeholder is "#123", "AB-1234" where it
     * is "XY-0000": a value of the shape a field shows as its example */
    const shape = (t) => String(t).replace(/\d+/g, '9').replace(/\p{L}+/gu, 'a');
    for (let k = 0; k < ws.length; k++) {
      if (!free(k) || ws[k].kind || !/\d/.test(ws[k].raw) || !/[^\d]/.test(ws[k].raw)) continue;
      /* "AB12 CDE" of "e.g. AB12 CDE": as many words as the example has */
      for (const n of [3, 2, 1]) {
        if (k + n > ws.length || ws.slice(k, k + n).some((w, q) => !free(k + q) || w.quoted || (q < n - 1 && w.sep))) continue;
        const v = ipJoin(ws, k, k + n);
        const hits = ctls.filter((x) => !usedCtl.has(x) && x.kind === 'text' && /\d/.test(ipExample(x.el)) && ipExample(x.el).split(' ').length === n &&
          shape(ipExample(x.el)) === shape(v));
        if (hits.length !== 1) continue;
        take(hits[0], k, k + n, ipFillAct(hits[0], v, c, '"' + v + '" has the shape of ' + (ipName(hits[0].el, c) || 'the field') + '\'s example'), 1, 'value');
        break;
      }
    }
    /* "pay £40 to ...": a sum of money into the amount field, without its sign */
    for (let k = 0; k < ws.length; k++) {
      if (!free(k) || ws[k].quoted || !/^[£$€¥]\s?\d[\d,]*(\.\d+)?$|^\d[\d,]*(\.\d+)?\s?(€|eur|usd|gbp|chf)$/i.test(ws[k].raw)) continue;
      const sums = ctls.filter((x) => !usedCtl.has(x) && (x.kind === 'text' || ipControlType(x) === 'number') &&
        /\b(amount|sum|total|price|value|how much|pay)\b/i.test(ipNamesText(x, c)));
      if (sums.length === 1) take(sums[0], k, k + 1, ipFillAct(sums[0], ws[k].raw.replace(/[^\d.,]/g, ''), c, 'a sum of money: the amount'), 1, 'value');
    }
    for (let k = 0; k < ws.length; k++) {
      if (!ws[k].quoted || !free(k) || tokens(ws[k].raw).length < 3) continue;
      const areas = ctls.filter((x) => !usedCtl.has(x) && x.kind === 'text' && (x.el.localName === 'textarea' || x.el.isContentEditable));
      if (areas.length === 1) take(areas[0], k, k + 1, ipFillAct(areas[0], ws[k].raw, c, 'a quoted text: the text area'), 1, 'value');
    }
  }

  /* words that ask for a thing a box adds: "with breakfast", "bring our
   * dog", "plus a helmet" */
  const IP_BOX_LEAD = /^(with|plus|bring|bringing|including|include|incl|want|need|add|adding|having|taking)$/;
  /* where the words asking for a box begin: the lead word before i (over
   * filler words), or i when there is none */
  function ipBoxLead(ws, i, used) {
    for (let b = i - 1; b >= 0 && b >= i - 3 && !used[b] && !ws[b].sep; b--) {
      if (IP_BOX_LEAD.test(ws[b].n)) return b;
      if (!IP_FILLER.has(ws[b].n)) break;
    }
    return i;
  }

  function ipNoneOfGroup(ws, ctls, c, used, usedCtl, take) {
    for (let i = 0; i + 1 < ws.length; i++) {
      if (used[i] || !/^(no|without|skip|none)$/.test(ws[i].n)) continue;
      let j = i + 1;
      while (j < ws.length && /^(the|any|of|extra)$/.test(ws[j].n) && ws[j + 1] && !ws[j].sep) j++;
      const boxes = ctls.filter((k) => k.kind === 'check' && !usedCtl.has(k) && groupLabel(k.el, c) && textScore(ipJoin(ws, j, j + 1), groupLabel(k.el, c)) >= 0.86);
      if (!boxes.length || used[j]) continue;
      let k0 = j + 1;
      if (ws[k0] && /^(otherwise|else|please|thanks|at all)$/.test(ws[k0].n) && !ws[j].sep) k0++;
      for (const b of boxes) {
        usedCtl.add(b);
        if (checkedOf(b.el)) take(b, i, k0, { act: 'uncheck', ref: refOf(checkLabelOrSelf(b.el, c)), label: ipName(b.el, c), why: '"' + ipJoin(ws, i, k0) + '"' }, 1, 'check');
      }
      for (let k = i; k < k0; k++) used[k] = 'check';
    }
  }

  /* A box named by some of its words after a verb of consent: "agree to
   * the privacy policy", "accept the policy", "save the card for future
   * payments" (0.88), else 0. */
  const IP_CONSENT = /^(agree|accept|consent|tick|check|confirm|acknowledge|allow|opt|want|save|remember|keep|subscribe|send|receive|enable|include|add|untick|uncheck|clear|deselect|disable|with|plus|bring|bringing|including|incl|need|adding|having|taking)$/;
  function ipBoxWords(ws, i, j, ctl, c) {
    let k = i;
    const verb = IP_CONSENT.test(ws[k].n);
    while (k < j && (IP_CONSENT.test(ws[k].n) || IP_FILLER.has(ws[k].n))) k++;
    const content = ws.slice(k, j).filter((w) => !IP_FILLER.has(w.n));
    if (!content.length || content.some((w) => w.quoted || w.kind)) return 0;
    const have = new Set();
    for (const [t] of ipControlNames(ctl, c)) for (const x of tokens(t)) have.add(x);
    if (!content.every((w) => w.n.split(' ').every((t) => have.has(t))) || !content.some((w) => w.n.length >= (verb ? 3 : 4))) return 0;
    const labelContent = Array.from(have).filter((x) => !IP_FILLER.has(x)).length;
    return verb || content.length * 2 >= labelContent ? 0.88 : 0;
  }

  /* "in lowercase", "(lowercase it)", "but type the address in uppercase",
   * "without spaces": [{k, how, noun}] and the words marked used. */
  const IP_TRANSFORMS = [
    [['in', 'lowercase'], 'lower'], [['in', 'lower', 'case'], 'lower'], [['lowercase', 'it'], 'lower'], [['lowercased'], 'lower'],
    [['in', 'all', 'lowercase'], 'lower'], [['all', 'lowercase'], 'lower'], [['in', 'small', 'letter'], 'lower'], [['lowercase'], 'lower'],
    [['in', 'uppercase'], 'upper'], [['in', 'upper', 'case'], 'upper'], [['uppercase', 'it'], 'upper'], [['in', 'capital'], 'upper'],
    [['in', 'cap'], 'upper'], [['all', 'cap'], 'upper'], [['in', 'all', 'cap'], 'upper'], [['uppercased'], 'upper'], [['uppercase'], 'upper'],
    [['without', 'space'], 'nospace'], [['with', 'no', 'space'], 'nospace'], [['no', 'space'], 'nospace'], [['remove', 'the', 'space'], 'nospace'],
    [['without', 'the', 'space'], 'nospace'], [['digit', 'only'], 'nospace'],
  ];
  function ipTransforms(ws, used) {
    const out = [];
    for (let k = 0; k < ws.length; k++) {
      if (used[k] || ws[k].quoted) continue;
      for (const [seq, how] of IP_TRANSFORMS) {
        if (!seq.every((t, n) => ws[k + n] && !ws[k + n].quoted && ws[k + n].n === t)) continue;
        let from = k, noun = null;
        /* "but type the address in lowercase" */
        if (k >= 2 && /^(type|enter|write|put|make|use|give)$/.test(ws[k - 3] ? ws[k - 3].n : '') && ws[k - 2].n === 'the') { noun = ws[k - 1].n; from = k - 3; }
        else if (k >= 2 && /^(type|enter|write|put|make|use|give)$/.test(ws[k - 2].n)) { noun = ws[k - 1].n; from = k - 2; }
        if (from > 0 && ws[from - 1].n === 'but') from--;
        for (let q = from; q < k + seq.length; q++) used[q] = 'transform';
        out.push({ k: from, how, noun });
        k += seq.length - 1;
        break;
      }
    }
    return out;
  }

  function ipApplyTransforms(trs, acts, c) {
    for (const tr of trs) {
      const typed = acts.filter((a) => a.act === 'type' && a.wi != null);
      let a = null;
      if (tr.noun) {
        const mail = /^(address|email|e mail|mail)$/.test(tr.noun);
        a = typed.find((x) => (mail && /@/.test(x.value)) || tokens(x.label || '').includes(tr.noun)) || null;
      }
      if (!a) for (const x of typed) if (x.wj <= tr.k && (!a || x.wj > a.wj)) a = x;
      if (!a) continue;
      a.value = tr.how === 'lower' ? a.value.toLowerCase() : tr.how === 'upper' ? a.value.toUpperCase() : a.value.replace(/[\s-]+/g, '');
      a.why += ' (' + (tr.how === 'nospace' ? 'without spaces' : tr.how + 'case') + ')';
    }
  }

  /* an option's text without a price or a note in parentheses:
   * "Saturday day ticket (£45)" is "Saturday day ticket" */
  function ipBareOption(t) {
    return collapse(String(t).replace(/\([^)]*\)|[-\u2013\u2014:,]?\s*(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|gbp))/gi, ' ')) || t;
  }

  const IP_NUMWORDS = { a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, pair: 2, couple: 2 };
  function ipNum(w) {
    if (!w || w.quoted) return null;
    if (w.kind === 'number') return w.raw;
    if (IP_NUMWORDS[w.n] && w.n !== 'a' && w.n !== 'an') return String(IP_NUMWORDS[w.n]);
    const n = ipTens(w.n);
    return n ? String(n) : null;
  }

  /* "thirty", "forty-five", "a hundred": a number said in words past twelve */
  const IP_TEENS = { thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
  const IP_TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100 };
  function ipTens(s) {
    const m = /^(\w+?)(?:[ -](\w+))?$/.exec(String(s || ''));
    if (!m) return 0;
    if (IP_TEENS[m[1]] && !m[2]) return IP_TEENS[m[1]];
    const t = IP_TENS[m[1]];
    if (!t) return 0;
    if (!m[2]) return t;
    const u = IP_NUMWORDS[m[2]];
    return t < 100 && u && u < 10 && m[2] !== 'a' && m[2] !== 'an' ? t + u : 0;
  }

  /* "at least 60k", "no more than £900", "over 3 stars": [ctl, i, j,
   * value, why] for the one free slider or number field whose name says
   * that end (min, minimum, from, at least; max, maximum, up to, under),
   * or the one slider of the form when its name says neither */
  const IP_LOW_SAID = /^(?:at least|min|minimum|from|over|above|more than|starting at|no less than)$/;
  const IP_HIGH_SAID = /^(?:at most|max|maximum|up to|under|below|less than|no more than)$/;
  function ipBounds(ws, ctls, c, used, usedCtl) {
    const out = [];
    const free = ctls.filter((k) => !usedCtl.has(k) && (ipControlType(k) === 'number' || (k.el.localName === 'input' && k.el.type === 'range')));
    if (!free.length) return out;
    for (let i = 0; i < ws.length; i++) {
      if (used[i]) continue;
      const two = i + 1 < ws.length ? ws[i].n + ' ' + ws[i + 1].n : '', three = i + 2 < ws.length ? two + ' ' + ws[i + 2].n : '';
      const n = IP_LOW_SAID.test(three) || IP_HIGH_SAID.test(three) ? 3 : IP_LOW_SAID.test(two) || IP_HIGH_SAID.test(two) ? 2 : IP_LOW_SAID.test(ws[i].n) || IP_HIGH_SAID.test(ws[i].n) ? 1 : 0;
      if (!n || i + n >= ws.length || used[i + n]) continue;
      const low = IP_LOW_SAID.test([ws[i].n, two, three][n - 1]);
      const m = /^[£$€]?\s*(\d+(?:[.,]\d+)?)\s*([km])?$/i.exec(ws[i + n].raw.replace(/,(?=\d{3}\b)/g, ''));
      if (!m) continue;
      const v = Math.round(parseFloat(m[1].replace(',', '.')) * (/k/i.test(m[2] || '') ? 1000 : /m/i.test(m[2] || '') ? 1e6 : 1));
      const end = (k) => { const t = norm(ipNamesText(k, c)); return /\b(min|minimum|from|at least|lowest)\b/.test(t) ? 'low' : /\b(max|maximum|up to|to|highest|budget)\b/.test(t) ? 'high' : ''; };
      let hit = free.filter((k) => end(k) === (low ? 'low' : 'high'));
      if (!hit.length) hit = free.filter((k) => k.el.type === 'range' && !end(k));
      if (hit.length !== 1) continue;
      out.push([hit[0], i, i + n + 1, String(v), '"' + ipJoin(ws, i, i + n + 1) + '" sets ' + (ipName(hit[0].el, c) || 'the slider')]);
      free.splice(free.indexOf(hit[0]), 1);
      i += n;
    }
    return out;
  }

  function ipQuantity(ws, ctls, c, used, usedCtl, take) {
    /* a dropdown of counts ("Number of tickets": 1 ... 6) is one too */
    const counts = (el) => el.localName === 'select' && el.options.length > 1 && Array.from(el.options).every((o) => /^\d+$/.test(collapse(o.text)));
    const qty = ctls.filter((k) => !usedCtl.has(k) && (ipControlType(k) === 'number' || (k.kind === 'text' && /^(numeric)$/.test(k.el.inputMode || '')) || counts(k.el)) &&
      /\b(qty|quantity|how many|number of|count|amount of|tickets?|items?|pieces?|people|persons?|guests?|seats?|units?|copies)\b/i.test(ipNamesText(k, c)));
    if (qty.length !== 1) return;
    for (let i = 0; i + 1 < ws.length; i++) {
      const n = ipNum(ws[i]);
      if (n == null || used[i] || !used[i + 1] || used[i + 1] === 'transform' || ws[i].sep) continue;
      if (i > 0 && !ws[i - 1].sep && !IP_FILLER.has(ws[i - 1].n) && !IP_SEND.test(ws[i - 1].n) && !IP_COUNT_LEAD.test(ws[i - 1].n)) continue;
      take(qty[0], i, i + 1, ipFillAct(qty[0], n, c, 'the number before "' + ws[i + 1].raw + '": ' + (ipName(qty[0].el, c) || 'the quantity')), 1, 'qty');
      return;
    }
  }

  /* A field with a button of its own beside it (a promo code's Apply, a
   * voucher's Redeem): typed into, then that button, before the form's. */
  const IP_FIELD_BTN = /^(apply|redeem|use|validate|verify|check|add|ok|go|set|find|look ?up|lookup)\b/i;
  function ipFieldButtonOf(el, c) {
    for (let n = parentOf(el), up = 0; n && up < 2 && n.localName !== 'form' && n.localName !== 'body'; n = parentOf(n), up++) {
      const fields = n.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]),textarea,select');
      if (fields.length > 1) return null;
      const b = Array.from(n.querySelectorAll('button,[role=button],input[type=button],input[type=submit]')).find((x) => isVisible(x, c) && IP_FIELD_BTN.test(collapse(ipName(x, c))));
      if (b) return b;
    }
    return null;
  }

  function ipFieldButtons(acts, c) {
    for (let k = acts.length - 1; k >= 0; k--) {
      if (acts[k].act !== 'type') continue;
      const el = deref(acts[k].ref);
      const b = el && isEditable(el) && ipFieldButtonOf(el, c);
      if (b) acts.splice(k + 1, 0, { act: 'click', ref: refOf(b), why: '"' + ipName(b, c) + '" takes what "' + acts[k].label + '" holds' });
    }
  }

  /* ------------------------------------------------------------------ */
  /* values whose control the page shows only later (played a round at a
   * time by 15-interpret.js, as the suggestions of a field are): a time
   * with no time control, among the slot buttons shown once its day is
   * set ("9:30", "02:30 PM", "14:00–14:30"); a day with no date control,
   * among the day tabs or buttons ("Tue 8 Dec", "Tomorrow 7 Dec"); words
   * no field took while a dropdown whose list is drawn only when it opens
   * is free (a button that opens a list of divs at the end of <body>), or
   * after a lookup's own button ("Find address"): the option they name,
   * once shown. */

  /* the start a slot button's text says, in minutes, or -1 */
  function ipSlotMinutes(text) {
    const t = collapse(text);
    if (t.length > 24) return -1;
    const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?\s*(?:$|[-\u2013\u2014]|to\s)/i.exec(t);
    if (!m || (!m[2] && !m[3])) return -1;
    let h = +m[1];
    const ap = (m[3] || '').toLowerCase();
    if (ap === 'p' && h < 12) h += 12;
    if (ap === 'a' && h === 12) h = 0;
    return h > 23 || +(m[2] || 0) > 59 ? -1 : h * 60 + +(m[2] || 0);
  }

  const ipEnabled = (el, c) => isVisible(el, c) && !el.disabled && el.getAttribute('aria-disabled') !== 'true';

  function ipSlotButtons(c) {
    return ipClickables(c).filter((el) => ipEnabled(el, c) && ipSlotMinutes(textOf(el, c)) >= 0);
  }

  /* the day a tab's or button's short text says ("Tue 8 Dec", "Dec 8",
   * "Tomorrow"): {m, d}, or null */
  function ipButtonDay(text) {
    const t = collapse(text).toLowerCase();
    if (t.length > 30) return null;
    let m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?=\s|$)/.exec(t);
    if (m && monthOf(m[2])) return { m: monthOf(m[2]), d: +m[1] };
    m = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s|$)/.exec(t);
    if (m && monthOf(m[1])) return { m: monthOf(m[1]), d: +m[2] };
    const rel = /^(today|tomorrow)$/.exec(t);
    if (!rel) return null;
    const now = ipNow || ipToday();
    const x = new Date(now.getFullYear(), now.getMonth(), now.getDate() + (rel[1] === 'today' ? 0 : 1));
    return { m: x.getMonth() + 1, d: x.getDate() };
  }

  function ipDayButtons(c) {
    const out = ipClickables(c).filter((el) => ipEnabled(el, c) && (attrRole(el) === 'tab' || el.localName === 'button' || attrRole(el) === 'button') && ipButtonDay(textOf(el, c)));
    return out.length >= 3 ? out : [];
  }

  /* buttons that open a list of options not in the page yet */
  function ipClosedLists(ctls, c) {
    const out = [];
    for (const el of ipClickables(c)) {
      if (!ipEnabled(el, c) || el.localName === 'a' || ctls.some((k) => k.el === el) || attrRole(el) === 'tab' || el.hasAttribute('aria-pressed')) continue;
      if ((formOf(el) && submitterOf(formOf(el), c) === el) || dateOpener(el, c) || el.closest('nav,header,footer,[role=menubar],[role=navigation]')) continue;
      const text = collapse(textOf(el, c));
      const pops = el.getAttribute('aria-haspopup') === 'listbox' || attrRole(el) === 'combobox';
      const looks = /[\u25be\u25bc\u2304\u2335\u02c5\u23f7\u2228]\s*$/.test(text) || (/^(select|choose|pick)\b/i.test(text) && !!formOf(el));
      if ((pops || looks) && !ipListOptions(el).length && text.length <= 60) out.push(el);
    }
    return out;
  }

  /* the short text just before a control in its box ("Service" above
   * its button): [[text, weight]] */
  function ipShortLabelBefore(el, c) {
    for (let n = el, up = 0; n && up < 2; n = parentOf(n), up++) {
      for (let p = n.previousElementSibling; p; p = p.previousElementSibling) {
        const t = collapse(textOf(p, c));
        if (t) return t.length <= 40 && isVisible(p, c) ? [[t, 0.95]] : [];
      }
    }
    return [];
  }

  /* the shown option that fits words best: {el, s}, or null. The buttons
   * that open the lists (triggers) are no options of their own ("Any
   * room" is no "seminar room"). */
  function ipOptionShown(value, c, triggers) {
    let best = null;
    const seen = new Set();
    const words = value.split(' ');
    for (const el of c.all().filter((e) => attrRole(e) === 'option').concat(ipClickables(c))) {
      if (seen.has(el) || !ipEnabled(el, c) || triggers.some((t) => composedContains(t, el)) || isEditable(el)) continue;
      seen.add(el);
      const first = el.firstElementChild && collapse(textOf(el.firstElementChild, c));
      /* "Seminar room (up to 12)": a remark in brackets is no part of its name */
      const bare = collapse(textOf(el, c).replace(/\([^)]*\)/g, ' '));
      /* "room type Group study room": the words of the list's name in front are no part of it */
      let s = 0;
      /* the words after a list's name ("room type Group study room") fit
       * an option, not the button that sends the form ("Reserve room") */
      const sends = el.type === 'submit' || (formOf(el) && submitterOf(formOf(el), c) === el);
      words.slice(0, 3).forEach((x, k) => {
        if (k && sends) return;
        const v = words.slice(k).join(' ');
        if (v) s = Math.max(s, Math.max(textScore(v, textOf(el, c)), first ? textScore(v, first) : 0, bare ? textScore(v, bare) : 0) * (1 - 0.01 * k));
      });
      if (s >= 0.75 && (!best || s > best.s + 0.001)) best = { el, s };
    }
    return best;
  }

  function ipDefer(ws, ctls, c, used, usedCtl, acts) {
    const later = [];
    const dated = ws.some((w, k) => used[k] && w.kind === 'date');
    const days = ipDayButtons(c);
    const slots = ipSlotButtons(c).length >= 3;
    const eat = (i) => {
      used[i] = 'later';
      if (i > 0 && !used[i - 1] && /^(at|from|on|for)$/.test(ws[i - 1].n)) used[i - 1] = 'later';
      if (ws[i + 1] && !used[i + 1] && /^(slot|time|appointment)$/.test(ws[i + 1].n)) used[i + 1] = 'later';
    };
    /* "first slot after 11", "the earliest time", "next available
     * appointment from 2 pm": the first slot shown that starts then or later */
    for (let i = 0; i + 1 < ws.length && (slots || days.length || dated); i++) {
      if (used[i] || !/^(first|earliest|next|soonest)$/.test(ws[i].n)) continue;
      let j = i + 1;
      if (/^(available|free|open)$/.test(ws[j].n) && ws[j + 1]) j++;
      if (!/^(slot|slots|time|times|appointment|one)$/.test(ws[j].n)) continue;
      let after = 0, end = j + 1;
      if (ws[end] && /^(after|from)$/.test(ws[end].n) && ws[end + 1]) {
        const t = ws[end + 1].kind === 'time' ? parseTime(ws[end + 1].raw) : ipNum(ws[end + 1]) != null && ipNum(ws[end + 1]) < 24 ? { h: ipNum(ws[end + 1]), m: 0 } : null;
        if (!t) continue;
        after = t.h * 60 + t.m;
        end += 2;
      }
      later.push({ act: 'later', pick: 'slot', after, said: ipJoin(ws, i, end), order: 2 });
      for (let k = i; k < end; k++) used[k] = 'later';
    }
    for (let i = 0; i < ws.length; i++) {
      if (used[i] || ws[i].quoted) continue;
      if (ws[i].kind === 'date' && days.length) {
        const d = parseDate(ws[i].raw);
        if (d) { later.push({ act: 'later', pick: 'day', m: d.m, d: d.d, said: ws[i].said || ws[i].raw, order: 1 }); eat(i); }
      } else if (ws[i].kind === 'time' && (slots || dated || days.length || later.some((x) => x.pick === 'day'))) {
        const t = parseTime(ws[i].raw);
        if (t) { later.push({ act: 'later', pick: 'slot', minutes: t.h * 60 + t.m, said: ws[i].said || ws[i].raw, order: 2 }); eat(i); }
      }
    }
    const lists = ipClosedLists(ctls, c);
    const finder = acts.find((a) => a.act === 'click' && / takes what /.test(a.why || ''));
    const lookup = !!finder;
    /* "choose Riverside Library", "pick Flat 3, 16 Cardigan Road": an option shown, or one to show */
    const choosing = /^(choose|pick|select)$/.test(ws.length ? ws[0].n : '');
    const combo = choosing ? ctls.find((k) => !usedCtl.has(k) && k.kind === 'text' && ipSuggests(k.el) && !k.el.value) : null;
    if (lists.length || lookup || choosing) {
      const form = ipFormOf(acts, c) || (lists[0] && formOf(lists[0]));
      const known = new Set(tokens((form ? textOf(form, c).slice(0, 3000) : '') + ' ' + lists.map((el) => ipName(el, c)).join(' ')));
      /* "pick it up at Eastgate": the verb's particle is no value */
      const lead = (w) => IP_FILLER.has(w.n) || IP_SEND.test(w.n) || IP_PLAIN.test(w.n) || /^(with|for|at|on|in|to|and|choose|pick|select|set|is|from|of|up)$/.test(w.n);
      const runs = ipFactRuns(ws, used);
      for (let r = 0; r < runs.length; r++) {
        const i = runs[r][0];
        let j = runs[r][1], a = i, b = j;
        /* "Service: Balayage": a run that is a list's name, then its value */
        const named = runs[r + 1] && runs[r + 1][0] === j && lists.find((el) => ipLabelScore(ipJoin(ws, i, j), ipControlNames({ kind: 'select', el }, c).concat(ipShortLabelBefore(el, c))) >= 0.8);
        if (named) { a = j; j = b = runs[++r][1]; }
        /* "pick Flat 3, 16 Cardigan Road": all the words after the verb */
        if (choosing && !acts.length && i === 0) { j = b = ws.length; r = runs.length; }
        while (a < b && !ws[a].quoted && lead(ws[a])) a++;
        /* "collect it from 14 Cardigan Road": where the thing goes or comes from */
        const it = ws.slice(a, Math.min(b, a + 3)).findIndex((w) => /^(it|them)$/.test(w.n));
        if (it >= 0 && a + it + 2 < b && /^(from|to|at|on)$/.test(ws[a + it + 1].n)) a += it + 2;
        while (b > a && !ws[b - 1].quoted && (IP_FILLER.has(ws[b - 1].n) || /^(with|for|at|on|in|to|and|please|next|this|coming|up)$/.test(ws[b - 1].n))) b--;
        if (a >= b || ws.slice(a, b).some((w) => w.kind === 'email' || w.kind === 'date' || w.kind === 'time')) continue;
        /* "Service: Balayage", "room type Group study room": the list its first words name */
        let own = named || null;
        for (const el of named ? [] : lists) {
          const names = ipControlNames({ kind: 'select', el }, c).concat(ipShortLabelBefore(el, c));
          for (let k = b - 1; k > a && !own; k--) if (ipLabelScore(ipJoin(ws, a, k), names) >= 0.8) { own = el; a = k; }
        }
        while (a < b && /^(is|to|as)$/.test(ws[a].n)) a++;
        if (a >= b) continue;
        const value = ipJoin(ws, a, b);
        /* a clause of its own names its list ("Service: Balayage") */
        if ((!acts.length && !own && !(i === 0 && choosing)) || !/\p{L}/u.test(value) || tokens(value).every((t) => known.has(t) || IP_FILLER.has(t))) continue;
        /* after a lookup's button ("Find address"): an address, its number and name */
        if (!lists.length && !choosing && !(/\d/.test(value) && /\p{Lu}/u.test(value))) continue;
        if (combo && !own && !lists.length) {
          usedCtl.add(combo);
          acts.push({ act: 'type', ref: refOf(combo.el), value, label: ipName(combo.el, c), why: 'the choice "' + value + '" among what "' + ipName(combo.el, c) + '" suggests' });
        } else later.push({ act: 'later', pick: 'option', value, said: value, lists: (own ? [own] : lists).map(refOf), triggers: lists.map(refOf).concat(finder ? [finder.ref] : []), combo: combo && !own ? refOf(combo.el) : null, strict: !!own || choosing, order: 0 });
        /* the verb that sends the form stays the form's */
        for (let k = i; k < j; k++) if ((k >= a && k < b) || !IP_SEND.test(ws[k].n)) used[k] = 'later';
      }
    }
    later.sort((x, y) => x.order - y.order);
    for (const x of later) acts.push(Object.assign(x, { why: 'the ' + (x.pick === 'slot' ? 'time slot' : x.pick === 'day' ? 'day' : 'option') + ' "' + x.said + '", once shown' }));
    return 0.8 * (later.length + (combo && usedCtl.has(combo) ? 1 : 0));
  }

  /* one round of a value played later: {actions, done} or {error} */
  function ipLaterRound(a, c) {
    a.waits = a.waits || 0;
    const wait = () => (a.waits++ < 5 ? { actions: [], done: false } : null);
    if (a.pick === 'slot' || a.pick === 'day') {
      const all = a.pick === 'slot' ? ipSlotButtons(c) : ipDayButtons(c);
      const hit = all.find((el) => {
        if (a.pick === 'slot') return a.after != null ? ipSlotMinutes(textOf(el, c)) >= a.after : ipSlotMinutes(textOf(el, c)) === a.minutes;
        const d = ipButtonDay(textOf(el, c));
        return d && d.m === a.m && d.d === a.d;
      });
      if (hit) return { done: true, actions: [{ act: 'click', ref: refOf(hit), why: 'the ' + (a.pick === 'slot' ? 'time' : 'day') + ' "' + a.said + '"' }] };
      const w = wait();
      if (w) return w;
      const shown = all.slice(0, 8).map((el) => '"' + clip(textOf(el, c), 24) + '"').join(', ');
      return { error: 'no ' + (a.pick === 'slot' ? 'time' : 'day') + ' "' + a.said + '" to pick on the page' + (shown ? ' (shown: ' + shown + ')' : '') };
    }
    const open = a.open != null ? deref(a.open) : null;
    const best = ipOptionShown(a.value, c, (a.triggers || []).map(deref).concat(open ? [open] : []).filter(Boolean));
    if (best) return { done: true, actions: [{ act: 'click', ref: refOf(best.el), why: 'the option "' + clip(textOf(best.el, c), 60) + '" for "' + a.value + '"' }] };
    if ((open || !a.lists.length) && a.waits < (open ? 2 : 5)) { a.waits++; return { actions: [], done: false }; }
    const acts = [];
    /* the list opened holds no such option: closed again, the next one opened */
    if (open && isVisible(open, c)) acts.push({ act: 'click', ref: a.open, why: 'closes the list that has no "' + a.value + '"' });
    const next = a.lists.length ? deref(a.lists.shift()) : null;
    /* no list holds it: typed into the field that suggests, its suggestion picked */
    if (!next && a.combo != null && deref(a.combo)) {
      acts.push({ act: 'type', ref: a.combo, value: a.value, label: ipName(deref(a.combo), c), why: 'typed for its suggestions' });
      Object.assign(a, { combo: null, open: null, waits: 0 });
      return { actions: acts, done: false };
    }
    /* words no field took, said with no list's name: left as they were */
    if (!next && !a.strict) return { actions: acts, done: true };
    if (!next) return { error: 'no option fits "' + a.value + '"' + (open ? ' in the list of "' + ipName(open, c) + '"' : ' on the page') };
    a.open = refOf(next);
    a.waits = 0;
    acts.push({ act: 'click', ref: a.open, why: 'opens "' + ipName(next, c) + '" for "' + a.value + '"' });
    return { actions: acts, done: false };
  }

  /* the names of a counter's + and - buttons (34-ranges.js reads counters) */
  const IP_PLUS = /^(\+|\uff0b|more|add|increase|increment|plus|up)\b|^\+$/i;
  const IP_MINUS = /^(-|\u2212|\u2013|fewer|less|remove|decrease|decrement|minus|down)\b|^[-\u2212\u2013]$/i;
  /* words before a count that leave it a count: "we are 6 people" */
  const IP_COUNT_LEAD = /^(are|were|be|will|total|party|group|only|plus|about|exactly|of)$/;
  /* a counted noun that is a word of a number control's name ("6 people":
   * Number of people in your household; "2 kids": Children (3-12)): 0.75 */
  function ipCountNoun(noun, ctl, c) {
    const type = ipControlType(ctl);
    if (type !== 'number' && type !== 'select' && !(ctl.kind === 'text' && /^(numeric)$/.test(ctl.el.inputMode || ''))) return 0;
    const want = tokens(ipCounted(noun)).filter((t) => !IP_FILLER.has(t));
    if (!want.length || want.some((t) => t.length < 3)) return 0;
    const have = new Set(tokens(ipCounted(ipNamesText(ctl, c))));
    return want.every((t) => have.has(t)) ? 0.75 : 0;
  }

  /* the singular of a counted noun: "children" is "child" */
  function ipCounted(s) {
    return tokens(s).map((t) => ({ children: 'child', kid: 'child', people: 'person', adult: 'adult', infant: 'infant', babie: 'baby', senior: 'senior' })[t] || t).join(' ');
  }

  /* the clicks of - or + that take a counter from its value to n */
  function ipStep(acts, st, n, said) {
    const diff = Math.max(-20, Math.min(20, +n - st.value));
    const b = diff > 0 ? st.plus : st.minus;
    for (let k = 0; k < Math.abs(diff); k++) acts.push({ act: 'click', ref: refOf(b), why: said + ': ' + st.label + ' from ' + st.value + ' to ' + n });
  }

  /* "for 12 buns instead of 8", "make it 6, not 4": the counter that
   * shows the old number takes the new one: [{i, j, n, old}] */
  function ipInsteadOf(ws, used) {
    const out = [];
    for (let i = 0; i < ws.length; i++) {
      const n = ipNum(ws[i]);
      if (n == null || used[i]) continue;
      for (let k = i + 1; k < Math.min(ws.length, i + 4); k++) {
        const two = ws[k + 1] && ws[k].n === 'instead' && ws[k + 1].n === 'of' ? 2 : /^(not|rather)$/.test(ws[k].n) ? (ws[k + 1] && ws[k + 1].n === 'than' ? 2 : 1) : 0;
        if (!two) { if (ws[k].sep || ws[k].kind) break; continue; }
        const old = ipNum(ws[k + two]);
        if (old != null && old !== n) out.push({ i, j: k + two + 1, n, old: +old });
        break;
      }
    }
    return out;
  }

  function ipSteppers(ws, c, used) {
    const list = rgCounters(c);
    if (!list.length) return [];
    const acts = [];
    for (const x of ipInsteadOf(ws, used)) {
      const st = list.filter((s) => s.value === x.old);
      if (st.length !== 1) continue;
      list.splice(list.indexOf(st[0]), 1);
      for (let k = x.i; k < x.j; k++) used[k] = 'qty';
      ipStep(acts, st[0], x.n, '"' + ipJoin(ws, x.i, x.j) + '"');
    }
    for (let i = 0; i + 1 < ws.length; i++) {
      const n = ipNum(ws[i]);
      if (n == null || used[i] || used[i + 1]) continue;
      let best = null, bs = 0, bj = 0;
      for (let j = i + 2; j <= Math.min(ws.length, i + 3); j++) {
        /* "2 new tyres": a word that says which kind, before the noun */
        for (const a of j - i === 3 && !ws[i + 1].sep ? [i + 1, i + 2] : [i + 1]) {
          const noun = ipCounted(ipJoin(ws, a, j));
          for (const st of list) {
            const sc = textScore(noun, ipCounted(st.label)) * (a > i + 1 ? 0.95 : 1);
            if (sc > bs) { best = st; bs = sc; bj = j; }
          }
        }
      }
      if (!best || bs < 0.6) continue;
      list.splice(list.indexOf(best), 1);
      for (let k = i; k < bj; k++) used[k] = 'qty';
      ipStep(acts, best, n, '"' + ipJoin(ws, i, bj) + '"');
    }
    /* "set guests to 3", "adults: 2": the counter's name, then the number */
    for (const st of list) {
      for (let i = 0; i < ws.length; i++) {
        let j = i + 1, done = false;
        for (; j <= Math.min(ws.length, i + 3) && !done; j++) {
          if (ws.slice(i, j).some((w, k) => used[i + k] || w.quoted || w.kind)) break;
          if (textScore(ipCounted(ipJoin(ws, i, j)), ipCounted(st.label)) < 0.8) continue;
          let k = j;
          while (k < ws.length && /^(to|at|of|is|be)$/.test(ws[k].n)) k++;
          const n = ipNum(ws[k]);
          if (n == null || used[k]) continue;
          for (let q = i; q <= k; q++) used[q] = 'qty';
          ipStep(acts, st, n, '"' + ipJoin(ws, i, k + 1) + '"');
          done = true;
        }
        if (done) break;
      }
    }
    return acts;
  }

  /* today: the page's own when it says one ("Today is Friday, 20
   * November 2026", <time datetime> beside "today"), else the clock's;
   * set for a reading by ipReadFields */
  let ipNow = null;
  function ipToday() {
    const n = ipNow || new Date();
    return new Date(n.getFullYear(), n.getMonth(), n.getDate());
  }
  function ipPageToday(c) {
    for (const el of c.all()) {
      if (kidsOf(el).length > 4 || !/\btoday\b/i.test(el.textContent || '') || (el.textContent || '').length > 120 || !isVisible(el, c)) continue;
      const t = el.querySelector && el.querySelector('time[datetime]');
      const text = collapse(el.textContent).replace(/^.*?\btoday\b\s*(?:is|:)?\s*/i, '').replace(/^(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,?\s+/i, '').replace(/[.;)]+$/, '');
      const d = (t && parseDate(t.getAttribute('datetime').slice(0, 10))) || parseDate(text);
      if (d) return new Date(d.y, d.m - 1, d.d);
    }
    /* a calendar's day marked as today (aria-current="date"), else the
     * earliest day a booking's date field allows (its min, when it is
     * no birth date's): the page's today, whatever the machine's clock */
    for (const el of c.all()) {
      if (el.getAttribute('aria-current') !== 'date') continue;
      const s = el.getAttribute('data-date') || el.getAttribute('datetime') || el.getAttribute('aria-label') || '';
      const d = parseDate(s);
      if (d) return new Date(d.y, d.m - 1, d.d);
    }
    const clock = new Date();
    const mins = Array.from(document.querySelectorAll('input[type=date][min]')).map((i) => parseDate(i.getAttribute('min'))).filter((d) => d && d.y >= clock.getFullYear() - 2);
    if (mins.length) {
      const d = mins.sort((a, b) => a.y - b.y || a.m - b.m || a.d - b.d)[0];
      return new Date(d.y, d.m - 1, d.d);
    }
    return null;
  }
  /* the next day (today included) of month m and day d; the coming weekday wd */
  function ipNextDay(m, d) {
    const t = ipToday();
    const x = new Date(t.getFullYear(), m - 1, d);
    return x < t ? new Date(t.getFullYear() + 1, m - 1, d) : x;
  }
  function ipLastDay(m, d) {
    const t = ipToday();
    const x = new Date(t.getFullYear(), m - 1, d);
    return x > t ? new Date(t.getFullYear() - 1, m - 1, d) : x;
  }
  /* the sentence of the word at i tells of the past ("wasn't delivered",
   * "we missed", "it happened") */
  const IP_PAST = /^(was|were|wasnt|werent|didnt|hadnt|happened|arrived|missed|delivered|came|went|took|broke|lost|fell|stopped|ate|yesterday|ago)$/;
  function ipPastSaid(ws, i) {
    let a = i;
    while (a > 0 && !ws[a - 1].end && !ws[a - 1].sep) a--;
    for (let k = a; k < i; k++) if (!ws[k].quoted && IP_PAST.test(ws[k].n)) return true;
    return false;
  }
  function ipNextWeekday(wd) {
    const t = ipToday();
    return new Date(t.getFullYear(), t.getMonth(), t.getDate() + (((wd - t.getDay() + 7) % 7) || 7));
  }
  const IP_WEEKDAY = /^(sun|mon|tues|wednes|thurs|fri|satur)day$/;
  const IP_NAMED_DAYS = [
    [['new', 'year', 'eve'], () => ipNextDay(12, 31)], [['new', 'year', 'day'], () => ipNextDay(1, 1)],
    [['christma', 'eve'], () => ipNextDay(12, 24)], [['christma', 'day'], () => ipNextDay(12, 25)], [['boxing', 'day'], () => ipNextDay(12, 26)],
    [['today'], () => ipToday()], [['tonight'], () => ipToday()],
    /* before "tomorrow": the longer name is read first */
    [['day', 'after', 'tomorrow'], () => { const n = ipToday(); return new Date(n.getFullYear(), n.getMonth(), n.getDate() + 2); }],
    [['tomorrow'], () => { const n = ipToday(); return new Date(n.getFullYear(), n.getMonth(), n.getDate() + 1); }],
  ].concat(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((n, wd) => [[n], () => ipNextWeekday(wd)]));

  /* Dates the words split: "the 5th of October 2026" as one; "March 20"
   * and "20 March" with no year: the next such day from today. */
  function ipDates(ws, namedDays = true) {
    const out = ws.slice();
    const day = (w) => w && !w.quoted && (!w.kind || w.kind === 'number') && /^\d{1,2}(st|nd|rd|th)?$/i.test(w.raw);
    const mon = (w) => w && !w.quoted && !w.kind && /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i.test(w.raw);
    const year = (w) => w && !w.quoted && w.kind === 'number' && /^\d{4}$/.test(w.raw);
    const merged = (i, len, raw) => out.splice(i, len, { raw, n: norm(raw), quoted: false, sep: out[i + len - 1].sep, end: out[i + len - 1].end, kind: 'date' });
    for (let i = 0; i < out.length; i++) {
      if (day(out[i]) && out[i + 1] && out[i + 1].n === 'of' && mon(out[i + 2]) && year(out[i + 3])) { merged(i, 4, out[i].raw + ' ' + out[i + 2].raw + ' ' + out[i + 3].raw); continue; }
      const md = mon(out[i]) && day(out[i + 1]) && !out[i].sep ? 1 : day(out[i]) && mon(out[i + 1]) && !out[i].sep ? 2 : 0;
      if (!md || year(out[i + 2])) continue;
      const d = out[md === 1 ? i + 1 : i].raw.replace(/\D+$/, ''), m = monthOf(out[md === 1 ? i : i + 1].raw);
      /* "our parcel wasn't delivered on 2 March": a day past, the last one */
      const when = ipPastSaid(out, i) ? ipLastDay(m, +d) : ipNextDay(m, +d);
      merged(i, 2, d + ' ' + MONTHS[m - 1] + ' ' + when.getFullYear());
    }
    /* days by their names: "tomorrow", "on Friday" (the coming one), "new
     * year's eve" and the other fixed days of the calendar */
    for (let i = 0; namedDays && i < out.length; i++) {
      for (const [words, when] of IP_NAMED_DAYS) {
        if (!words.every((t, k) => out[i + k] && !out[i + k].quoted && !out[i + k].kind && out[i + k].n === t)) continue;
        /* "Tuesday, 1 December 2026": the weekday of the date after it is no date of its own */
        const weekday = words.length === 1 && IP_WEEKDAY.test(words[0]);
        if (weekday && out[i + 1] && out[i + 1].kind === 'date' && !out[i + 1].said) { out.splice(i, 1); i--; break; }
        /* a weekday is a date after a word that says when ("on Friday"), not
         * a name ("Saturday day ticket"); "today" is a date wherever it is */
        if (weekday && !(i > 0 && /^(on|this|next|coming|for|until|till|from|to|by|before|after)$/.test(out[i - 1].n))) continue;
        let d = when(), len = words.length;
        /* "new year's eve 2026": the year said */
        if (words.length > 1 && year(out[i + len]) && !out[i + len - 1].sep) { d = new Date(+out[i + len].raw, d.getMonth(), d.getDate()); len++; }
        const raw = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
        out.splice(i, len, { raw, n: norm(raw), quoted: false, sep: out[i + len - 1].sep, kind: 'date', said: words.join(' ') });
        break;
      }
    }
    /* "18 to 21 December 2026", "3-6 May", "December 18-21": both ends
     * take the month and year of the one that says them */
    for (let i = 0; i < out.length; i++) {
      const w = out[i];
      if (w.quoted) continue;
      const span = /^(\d{1,2})(?:st|nd|rd|th)?[-\u2013](\d{1,2})(?:st|nd|rd|th)?$/i.exec(w.raw);
      if (span && mon(out[i + 1]) && !w.sep) {
        const rest = year(out[i + 2]) ? ' ' + out[i + 2].raw : '';
        const a = ipDates([{ raw: span[1], n: span[1], kind: 'number' }, { raw: out[i + 1].raw, n: norm(out[i + 1].raw) }].concat(rest ? [out[i + 2]] : []));
        const b = ipDates([{ raw: span[2], n: span[2], kind: 'number' }, { raw: out[i + 1].raw, n: norm(out[i + 1].raw) }].concat(rest ? [out[i + 2]] : []));
        if (a.length === 1 && b.length === 1) {
          out.splice(i, rest ? 3 : 2, { raw: a[0].raw, n: norm(a[0].raw), quoted: false, sep: false, kind: 'date' }, { raw: 'to', n: 'to', quoted: false, sep: false },
            { raw: b[0].raw, n: norm(b[0].raw), quoted: false, sep: out[i + (rest ? 2 : 1)].sep, kind: 'date' });
          continue;
        }
      }
      if (mon(w) && !w.sep && out[i + 1] && /^\d{1,2}(?:st|nd|rd|th)?[-\u2013]\d{1,2}(?:st|nd|rd|th)?$/i.test(out[i + 1].raw)) {
        const swapped = out.slice();
        swapped[i] = Object.assign({}, out[i + 1], { sep: false });
        swapped[i + 1] = Object.assign({}, w, { sep: out[i + 1].sep });
        return ipDates(swapped, namedDays);
      }
      /* "18 to 21 December 2026": the first end is a bare day */
      if (day(w) && out[i + 1] && IP_RANGE_JOIN.test(out[i + 1].n) && out[i + 2] && out[i + 2].kind === 'date' && !w.sep) {
        const d2 = parseDate(out[i + 2].raw);
        const d1 = d2 && +w.raw.replace(/\D+$/, '');
        if (d1 && d1 <= 31) {
          const y = d1 > d2.d && d2.m === 1 ? d2.y - 1 : d2.y, m = d1 > d2.d ? (d2.m === 1 ? 12 : d2.m - 1) : d2.m;
          out.splice(i, 1, { raw: d1 + ' ' + MONTHS[m - 1] + ' ' + y, n: '', quoted: false, sep: false, kind: 'date' });
          out[i].n = norm(out[i].raw);
        }
      }
      /* "the 4th of August": no year, the next such day */
      if (day(w) && out[i + 1] && out[i + 1].n === 'of' && mon(out[i + 2]) && !year(out[i + 3])) {
        const t = ipDates([{ raw: w.raw, n: w.n, kind: 'number' }, out[i + 2]]);
        if (t.length === 1 && t[0].kind === 'date') out.splice(i, 3, Object.assign({}, t[0], { sep: out[i + 2].sep }));
      }
    }
    return out;
  }

  /* ------------------------------------------------------------------ */
  /* dates and times said as a range ("from 18 to 21 December 2026",    */
  /* "Jan 3rd to Jan 5th", "one night only", "between 14:00 and 16:00", */
  /* "10:00 both days") into the form's date and time controls, in the  */
  /* order the page shows them: the first date is the stay's start      */
  /* (check-in, arrival, pick-up), the second its end. A date control   */
  /* is a date input, a calendar button, a text field with a date       */
  /* format, or a day, month and year dropdown side by side; a time     */
  /* control a time input, a dropdown of times, or hour and minute ones. */

  const IP_RANGE_JOIN = /^(to|until|till|through|thru|and|-|\u2013|\u2014)$/;
  const IP_NIGHTS = /^(night|day)$/;

  /* the numbers a dropdown's options say: [n] (NaN for none) */
  function ipOptNums(sel) {
    return Array.from(sel.options).filter((o) => o.value !== '' || /\d/.test(o.text)).map((o) => (/^\s*\d+\s*$/.test(o.text) ? +o.text : NaN));
  }

  /* what a dropdown holds: 'day', 'month', 'year', 'hour', 'minute', 'time' or null */
  function ipSelectPart(sel, c) {
    const opts = Array.from(sel.options).filter((o) => o.value !== '' || /\d/.test(o.text));
    if (!opts.length) return null;
    const nums = ipOptNums(sel).filter((n) => !isNaN(n));
    const names = norm(sources(sel, c).map(([t]) => t).join(' ') + ' ' + (sel.name || '') + ' ' + (sel.id || ''));
    if (opts.filter((o) => parseTime(o.text) && /[:.]|[ap]\.?m/i.test(o.text)).length >= Math.max(2, opts.length * 0.8)) return 'time';
    if (opts.filter((o) => monthOf(collapse(o.text))).length >= 10) return 'month';
    if (nums.length >= opts.length * 0.8) {
      const lo = Math.min(...nums), hi = Math.max(...nums);
      if (lo >= 1900 && hi <= 2100) return 'year';
      if (/\b(min|mins|minute|minutes|mm)\b/.test(names) || (hi <= 59 && hi > 31 && nums.every((n) => n % 5 === 0))) return 'minute';
      if (/\b(hour|hours|hr|hh)\b/.test(names) || (hi <= 23 && opts.length >= 12 && opts.length <= 24 && !/\bday\b/.test(names))) return 'hour';
      if (/\bmonth\b/.test(names) && hi <= 12) return 'month';
      if (hi >= 28 && hi <= 31 && lo <= 1) return 'day';
    }
    return null;
  }

  /* Date and time controls of the clause's candidates, in page order:
   * [{when: 'date'|'time', el, parts?: {day, month, year}|{hour, minute},
   * ctls: [the form controls it takes]}] */
  function ipWhenCtls(ctls, c) {
    const out = [];
    const taken = new Set();
    const sels = ctls.filter((k) => k.kind === 'select' && k.el.localName === 'select');
    const part = new Map(sels.map((k) => [k, ipSelectPart(k.el, c)]));
    for (const k of sels) {
      if (taken.has(k)) continue;
      const p = part.get(k);
      if (p !== 'day' && p !== 'month' && p !== 'hour') continue;
      /* its siblings within two levels up: the other parts */
      const want = p === 'hour' ? ['hour', 'minute'] : ['day', 'month', 'year'];
      for (let n = parentOf(k.el), up = 0; n && up < 2; n = parentOf(n), up++) {
        const mates = sels.filter((x) => !taken.has(x) && composedContains(n, x.el) && want.includes(part.get(x)));
        const parts = {};
        for (const x of mates) if (!parts[part.get(x)]) parts[part.get(x)] = x;
        if (!want.every((w) => parts[w])) continue;
        for (const w of want) taken.add(parts[w]);
        out.push({ when: p === 'hour' ? 'time' : 'date', el: parts[want[0]].el, parts, ctls: want.map((w) => parts[w]) });
        break;
      }
    }
    for (const k of ctls) {
      if (taken.has(k)) continue;
      const el = k.el, t = el.localName === 'input' ? el.type : '';
      const names = norm(ipControlNames(k, c).map(([x]) => x).join(' , ') + ' ' + (el.getAttribute('placeholder') || ''));
      let when = null;
      /* a date of birth is no part of a stay or a trip: its label must say it */
      if (/\bbirth|\bdob\b|\bborn\b/.test(names)) continue;
      if (k.date || t === 'date' || t === 'datetime-local') when = 'date';
      else if (t === 'time') when = 'time';
      else if (k.kind === 'select' && el.localName === 'select') when = part.get(k) === 'time' ? 'time' : null;
      else if (k.kind === 'text' && el.localName === 'input' && /^(text|)$/.test(t)) {
        if (/\b(dd|mm|yyyy)\b/i.test(el.getAttribute('placeholder') || '') || /\bdate\b/.test(names) || calendarField(el, c)) when = 'date';
        else if (/\btime\b|\bhh ?mm\b/.test(names)) when = 'time';
      }
      if (when) out.push({ when, el, ctls: [k] });
    }
    out.sort((a, b) => (c.order.get(a.el) || 0) - (c.order.get(b.el) || 0));
    return out;
  }

  /* "3 to 6 May (pick up 09:30, return 17:00)", "(10:00 both days)" into
   * date-and-time fields given their day: each time joins the day of the
   * field its words name, else the next one in order, or all for "both" */
  function ipDateTimes(ws, c, used, placed) {
    const dts = [];
    for (const [k, w] of placed) if (w.when === 'date' && w.el.localName === 'input' && w.el.type === 'datetime-local') dts.push({ k, w });
    if (!dts.length) return;
    dts.sort((a, b) => (c.order.get(a.w.el) || 0) - (c.order.get(b.w.el) || 0));
    const acts = (w) => w.acts && w.acts[0];
    const join = (d, t, i, from, why) => {
      const a = acts(d.w);
      if (!a || /\d{1,2}:\d{2}|\b[ap]\.?m\b/i.test(a.value)) return false;
      a.value += ' ' + t;
      a.why += '; ' + why;
      for (let q = from; q <= i; q++) used[q] = 'value';
      return true;
    };
    let nextDt = 0;
    for (let i = 0; i < ws.length; i++) {
      if (used[i] || ws[i].kind !== 'time') continue;
      let j = i + 1;
      if (ws[j] && /^(both|each|every)$/.test(ws[j].n) && !used[j]) {
        j += ws[j + 1] && /^(day|way|time|end|date)$/.test(ws[j + 1].n) ? 2 : 1;
        for (const d of dts) join(d, ws[i].raw, i, i, '"' + ipJoin(ws, i, j) + '"');
        for (let q = i; q < j; q++) used[q] = 'value';
        continue;
      }
      /* "12 June 2026 at 8:00": the day just before it */
      const k = i >= 2 && /^(at|from|by)$/.test(ws[i - 1].n) ? i - 2 : i - 1;
      let hit = dts.find((d) => d.k === k) || null, from = hit ? k + 1 : i;
      for (let a = Math.max(0, i - 3); a < i && !hit; a++) {
        if (ws.slice(a, i).some((w, n) => used[a + n] || w.kind || w.quoted)) continue;
        hit = dts.find((d) => ipLabelScore(ipJoin(ws, a, i), ipWhenNames(d.w, c)) >= 0.6) || null;
        if (hit) from = a;
      }
      while (!hit && nextDt < dts.length) { const d = dts[nextDt++]; if (acts(d.w) && !/\d{1,2}:\d{2}/.test(acts(d.w).value)) hit = d; }
      if (hit) join(hit, ws[i].raw, i, from, '"' + ipJoin(ws, from, i + 1) + '"');
    }
  }

  /* the names of a date or time control: its own, or its group's legend */
  function ipWhenNames(w, c) {
    if (!w.parts) return ipControlNames(w.ctls[0], c);
    const gl = groupLabel(w.el, c) || contextName(w.el, c);
    return (gl ? [[gl, 1]] : []).concat(ipControlNames(w.ctls[0], c).map(([t, x]) => [t, x * 0.8]));
  }

  /* the actions that give control w the date or time v */
  function ipWhenActs(w, v, c, why) {
    if (!w.parts) return [ipFillAct(w.ctls[0], v, c, why)];
    const opt = (k, test) => Array.from(k.el.options).find((o) => (o.value !== '' || /\d/.test(o.text)) && test(collapse(o.text), o.value));
    const acts = [];
    const sel = (k, o) => o && acts.push({ act: 'select', ref: refOf(k.el), value: collapse(o.text), label: ipName(k.el, c), why });
    if (w.when === 'date') {
      const d = parseDate(v);
      if (!d) return [];
      sel(w.parts.day, opt(w.parts.day, (t) => +t === d.d));
      sel(w.parts.month, opt(w.parts.month, (t, val) => monthOf(t) === d.m || (/^\d+$/.test(t) && +t === d.m) || (!monthOf(t) && +val === d.m)));
      sel(w.parts.year, opt(w.parts.year, (t) => +t === d.y));
      return acts.length === 3 ? acts : [];
    }
    const t = parseTime(v);
    if (!t) return [];
    sel(w.parts.hour, opt(w.parts.hour, (x) => +x === t.h || (+x === t.h - 12 && t.h > 12)));
    sel(w.parts.minute, opt(w.parts.minute, (x) => +x === t.m));
    return acts.length === 2 ? acts : [];
  }

  function ipIso(d) {
    return pad(d.y, 4) + '-' + pad(d.m) + '-' + pad(d.d);
  }

  /* the dates or times of the clause as ranges and single values:
   * [{kind, values: [raw...], i, j}] (i..j the words they take) */
  function ipWhenSaid(ws, used) {
    const out = [];
    for (let i = 0; i < ws.length; i++) {
      const k = ws[i].kind;
      if (used[i] || (k !== 'date' && k !== 'time')) continue;
      let from = i;
      if (i > 0 && !used[i - 1] && /^(from|between)$/.test(ws[i - 1].n)) from = i - 1;
      const j = i + 2;
      if (j < ws.length && !used[j] && ws[j].kind === k && IP_RANGE_JOIN.test(ws[i + 1].raw.toLowerCase()) && !ws[i].sep) {
        out.push({ kind: k, values: [ws[i].raw, ws[j].raw], i: from, j: j + 1 });
        i = j;
        continue;
      }
      out.push({ kind: k, values: [ws[i].raw], i: from === i ? i : i, j: i + 1 });
    }
    return out;
  }

  /* "one night only", "for 3 nights", "2 nights": a stay's length, or null */
  function ipNights(ws, used) {
    for (let i = 0; i + 1 < ws.length; i++) {
      const n = ipNum(ws[i]) || (/^(a|an)$/.test(ws[i].n) ? '1' : null);
      if (n == null || used[i] || used[i + 1] || !IP_NIGHTS.test(ws[i + 1].n) || ws[i + 1].raw.toLowerCase() === 'day' && n === '1') continue;
      let j = i + 2;
      if (ws[j] && /^(only|stay|long)$/.test(ws[j].n)) j++;
      const from = i > 0 && ws[i - 1].n === 'for' && !used[i - 1] ? i - 1 : i;
      return { n: +n, i: from, j };
    }
    return null;
  }

  /* a free control that holds a stay's length: a number field or
   * dropdown named for nights, days or weeks; {k, unit} or null */
  function ipLengthCtl(ctls, c, usedCtl) {
    for (const k of ctls) {
      if (usedCtl.has(k) || !(k.kind === 'text' || k.kind === 'select' || ipControlType(k) === 'number')) continue;
      const m = /\b(night|day|week)s?\b/.exec(norm(ipControlNames(k, c).map(([t]) => t).join(' ')));
      if (m) return { k, unit: m[1] };
    }
    return null;
  }

  /* a date control that is picked on a calendar (a button that opens
   * one, a read-only date field): one such can take a whole range */
  function ipRangePicker(w) {
    return !w.parts && w.ctls.length === 1 && (!!w.ctls[0].date || (w.el.localName === 'input' && isReadOnly(w.el) && !/^date/.test(w.el.type)));
  }

  /* Ranges and stays into the form's date and time controls; a time said
   * with "both days" or "each way" into every time control. */
  function ipWhenRanges(ws, ctls, c, used, usedCtl, take, placed) {
    const all = ipWhenCtls(ctls.filter((k) => !usedCtl.has(k)), c);
    if (!all.length) return;
    const said = ipWhenSaid(ws, used);
    const fill = (w, v, i, j, why, at) => {
      const acts = ipWhenActs(w, v, c, why);
      if (!acts.length) return false;
      placed.set(at == null ? j - 1 : at, w);
      w.acts = (w.acts && usedCtl.has(w.ctls[0]) ? w.acts : []).concat(acts);
      acts.forEach((a, n) => take(w.ctls[Math.min(n, w.ctls.length - 1)], n ? j : i, j, a, 1, 'value'));
      for (const k of w.ctls) usedCtl.add(k);
      return true;
    };
    /* the controls a range's two ends go into: the first two free, or
     * one calendar for both (a range picker: the first day clicked starts
     * the range, the second ends it) */
    const ends = (kind) => {
      const f = all.filter((w) => w.when === kind && !w.ctls.some((k) => usedCtl.has(k)));
      if (f.length >= 2) return f.slice(0, 2);
      return f.length === 1 && kind === 'date' && ipRangePicker(f[0]) ? [f[0], f[0]] : null;
    };
    for (const kind of ['date', 'time']) {
      const free = () => all.filter((w) => w.when === kind && !w.ctls.some((k) => usedCtl.has(k)));
      const mine = said.filter((s) => s.kind === kind);
      for (const s of mine) {
        const e = s.values.length === 2 && ends(kind);
        if (!e) continue;
        const why = 'the ' + kind + 's "' + ipJoin(ws, s.i, s.j) + '": ';
        if (fill(e[0], s.values[0], s.i, s.j, why + 'the first', s.j - 3) && fill(e[1], s.values[1], s.j - 1, s.j, why + 'the second')) s.done = true;
      }
      if (kind === 'date') {
        /* "from 9 June until 14 June" on a form with one date and a
         * number of nights (days, weeks): the start, and the length
         * between the two */
        for (const s of mine) {
          const f = free();
          if (s.done || s.values.length !== 2 || f.length !== 1 || ipRangePicker(f[0])) continue;
          const a = parseDate(s.values[0]), b = parseDate(s.values[1]);
          const days = a && b ? Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 864e5) : 0;
          const len = days > 0 && days <= 366 ? ipLengthCtl(ctls, c, usedCtl) : null;
          const n = len && (len.unit === 'week' ? days / 7 : days);
          if (!n || !Number.isInteger(n)) continue;
          const why = 'the dates "' + ipJoin(ws, s.i, s.j) + '": ';
          if (!fill(f[0], s.values[0], s.i, s.j, why + 'the first day', s.j - 3)) continue;
          take(len.k, s.j - 1, s.j, ipFillAct(len.k, String(n), c, why + n + ' ' + len.unit + (n === 1 ? '' : 's')), 1, 'value');
          usedCtl.add(len.k);
          s.done = true;
        }
        /* "arriving 4 August, one night only": the end is the start plus the nights */
        const st = ipNights(ws, used);
        const one = mine.filter((s) => !s.done && s.values.length === 1);
        const d = st && one.length === 1 && parseDate(one[0].values[0]);
        const e = d && ends(kind);
        if (e) {
          const end = new Date(d.y, d.m - 1, d.d + st.n);
          const why = '"' + one[0].values[0] + '" and ' + st.n + ' night' + (st.n === 1 ? '' : 's');
          if (fill(e[0], one[0].values[0], one[0].i, one[0].j, why + ': the first day')) {
            fill(e[1], ipIso({ y: end.getFullYear(), m: end.getMonth() + 1, d: end.getDate() }), st.i, st.j, why + ': the last');
            one[0].done = true;
          }
        }
      }
      if (kind === 'time') {
        /* "10:00 both days", "at 9:30 each way" */
        for (const s of mine) {
          if (s.done || s.values.length !== 1) continue;
          let j = s.j;
          if (ws[j] && /^(both|each|every)$/.test(ws[j].n) && !used[j]) j += ws[j + 1] && /^(day|way|time|end|date)$/.test(ws[j + 1].n) ? 2 : 1;
          else if (ws[j] && ws[j].n === 'for' && ws[j + 1] && /^(both|each|every)$/.test(ws[j + 1].n)) j += ws[j + 2] && /^(day|way|time|date)$/.test(ws[j + 2].n) ? 3 : 2;
          if (j === s.j || free().length < 2) continue;
          for (const w of free()) fill(w, s.values[0], s.i, j, '"' + ipJoin(ws, s.i, j) + '": every time');
          s.done = true;
        }
      }
    }
  }

  /* A date or time no label took: into the date or time control whose
   * name the words just before it say ("pick up 09:30", "outbound 3 May"),
   * else the one such control left. */
  function ipWhenLeft(ws, ctls, c, used, usedCtl, take, placed) {
    const all = ipWhenCtls(ctls.filter((k) => !usedCtl.has(k)), c);
    const free = (kind) => all.filter((w) => w.when === kind && !w.ctls.some((k) => usedCtl.has(k)));
    const put = (w, i, from, s, why) => {
      const acts = ipWhenActs(w, ws[i].raw, c, why);
      if (acts.length) { placed.set(i, w); w.acts = acts; }
      acts.forEach((a, n) => take(w.ctls[Math.min(n, w.ctls.length - 1)], n ? i : from, i + 1, a, s, 'value'));
      for (const k of w.ctls) usedCtl.add(k);
      return acts.length > 0;
    };
    for (let i = 0; i < ws.length; i++) {
      const kind = ws[i].kind;
      if (used[i] || (kind !== 'date' && kind !== 'time') || !free(kind).length) continue;
      let best = null, from = i;
      for (let a = Math.max(0, i - 3); a < i; a++) {
        if (ws.slice(a, i).some((w, n) => used[a + n] || w.kind || w.quoted) || ws.slice(a, i - 1).some((w) => w.sep)) continue;
        for (const w of free(kind)) {
          const names = ipWhenNames(w, c);
          let s = ipLabelScore(ipJoin(ws, a, i), names);
          /* "back 21 June": a word of travel that names a slot (IP_PREP) */
          const slot = i - a <= 2 && IP_PREP[ws[a].n] && IP_PREP_KIND[ws[a].n] === 'date' && kind === 'date' ? IP_PREP[ws[a].n] : null;
          if (slot) for (const t of slot) s = Math.max(s, ipLabelScore(t, names) * 0.9);
          if (s >= 0.6 && (!best || s > best.s)) { best = { w, s }; from = a; }
        }
      }
      if (best) put(best.w, i, from, best.s, '"' + ipJoin(ws, from, i + 1) + '" names ' + (ipName(best.w.el, c) ? '"' + ipName(best.w.el, c) + '"' : 'the field'));
    }
    /* "return 14/06/2026 at 18:00": a time right after a date placed goes
     * to the time control that shares a word of that date control's name
     * (Return date, Return time), else the first one after it */
    for (let i = 1; i < ws.length; i++) {
      if (used[i] || ws[i].kind !== 'time') continue;
      const k = i >= 2 && /^(at|from|by)$/.test(ws[i - 1].n) ? i - 2 : i - 1;
      const d = placed.get(k);
      if (!d || d.when !== 'date' || ws[k].sep) continue;
      const words = new Set(tokens(ipWhenNames(d, c).map(([t]) => t).join(' ')).filter((t) => !IP_FILLER.has(t) && !/^(date|day|month|year)$/.test(t)));
      const left = free('time');
      const mate = left.find((w) => tokens(ipWhenNames(w, c).map(([t]) => t).join(' ')).some((t) => words.has(t))) ||
        left.find((w) => (c.order.get(w.el) || 0) > (c.order.get(d.el) || 0));
      if (mate) put(mate, i, k + 1, 0.85, '"' + ipJoin(ws, k, i + 1) + '": the time of ' + (ipName(d.el, c) ? '"' + ipName(d.el, c) + '"' : 'that date'));
    }
    /* as many dates (times) said as such controls left: in the order shown */
    for (const kind of ['date', 'time']) {
      /* the times of date-and-time fields first */
      if (kind === 'time') ipDateTimes(ws, c, used, placed);
      const said = [];
      for (let i = 0; i < ws.length; i++) if (!used[i] && ws[i].kind === kind) said.push(i);
      const left = free(kind);
      /* fewer said than shown: the first ones ("out on 14 June" before its return) */
      if (!said.length || said.length > left.length) continue;
      said.forEach((i, n) => put(left[n], i, i, 0.8, '"' + ws[i].raw + '": the ' + (n + 1) + (['st', 'nd', 'rd'][n] || 'th') + ' ' + kind + ' said, the ' + (n + 1) + (['st', 'nd', 'rd'][n] || 'th') + ' ' + kind + ' field'));
    }
  }

  /* "choose Newark from the suggestions": the suggestion shown that the
   * words name, clicked. */
  function ipPickSuggestion(ws, c) {
    const m = /^(?:choose|pick|select|click|take|tap)\s+(?:the\s+)?(.+?)\s+(?:from|in|among|on|of)\s+(?:the\s+)?(?:suggestions?|suggested \w+|list|drop-?down|options|results|autocomplete|matches)$/i.exec(ws.map((w) => w.quoted ? '"' + w.raw + '"' : w.raw).join(' '));
    if (!m) return null;
    const want = m[1].replace(/^"|"$/g, '');
    let best = null, bs = 0;
    for (const el of c.all()) {
      if (!(attrRole(el) === 'option' || (/^(li|a|button)$/.test(el.localName) && el.closest('[role=listbox],[class*=suggest],[class*=autocomplete],[class*=typeahead],[class*=dropdown]')))) continue;
      if (!isVisible(el, c)) continue;
      const sc = textScore(want, textOf(el, c));
      if (sc > bs + 0.001) { bs = sc; best = el; }
    }
    if (!best || bs < 0.6) return null;
    return { kind: 'fields', score: 1, actions: [{ act: 'click', ref: refOf(best), why: 'the suggestion "' + clip(textOf(best, c), 60) + '"' }], why: 'the suggestion the words name' };
  }

  /* The lowest or highest value a control takes: a range's or a slider's
   * bounds, a dropdown's first or last option. */
  const IP_LOW = /^(smallest|lowest|minimum|min|least|narrowest|shortest|slowest|fewest)$/;
  const IP_HIGH = /^(largest|biggest|highest|maximum|max|most|widest|longest|fastest|greatest)$/;
  function ipBound(ctl, high) {
    const el = ctl.el;
    if (el.localName === 'select') {
      const opts = Array.from(el.options).filter((o) => o.value !== '' && !o.disabled);
      const o = high ? opts[opts.length - 1] : opts[0];
      return o ? collapse(o.text) : null;
    }
    const a = el.localName === 'input' ? (high ? el.max : el.min) : el.getAttribute(high ? 'aria-valuemax' : 'aria-valuemin');
    return a != null && a !== '' ? String(a) : null;
  }

  function ipExtremes(ws, ctls, c, used, usedCtl) {
    const out = [];
    const ranged = ctls.filter((k) => !usedCtl.has(k) && (k.kind === 'value' || k.kind === 'select' || ipControlType(k) === 'number'));
    for (let i = 0; i < ws.length; i++) {
      if (used[i] || !(IP_LOW.test(ws[i].n) || IP_HIGH.test(ws[i].n))) continue;
      const high = IP_HIGH.test(ws[i].n);
      let best = null;
      /* "the smallest text size" (after) or "text size to the minimum" (before) */
      for (const [a, b] of [[i + 1, i + 4], [Math.max(0, i - 5), i]]) {
        for (let x = a; x < b && x < ws.length; x++) {
          for (let y = x + 1; y <= Math.min(b, ws.length); y++) {
            if (ws.slice(x, y).some((w, n) => used[x + n] || w.quoted || w.kind)) break;
            for (const k of ranged) {
              if (out.some((o) => o[0] === k)) continue;
              const sc = ipLabelScore(ipJoin(ws, x, y), ipControlNames(k, c));
              if (sc >= 0.6 && (!best || sc > best.s)) best = { k, s: sc, x, y };
            }
          }
        }
        if (best) break;
      }
      const v = best && ipBound(best.k, high);
      if (v == null) continue;
      out.push([best.k, Math.min(i, best.x), Math.max(i + 1, best.y), v, '"' + ws[i].raw + '": the ' + (high ? 'highest' : 'lowest') + ' ' + (ipName(best.k.el, c) || 'value')]);
      for (let k = Math.min(i, best.x); k < Math.max(i + 1, best.y); k++) used[k] = 'value';
    }
    return out;
  }

  /* A button right after a field shown beside it ("Tour language
   * [English v] [Book a tour]") sends what that field holds: it opens no
   * form. */
  function ipSendsBeside(el, c) {
    let x = el.previousElementSibling;
    for (let n = 0; x && n < 3; n++, x = x.previousElementSibling) {
      if (x.localName === 'label' || x.localName === 'br') continue;
      const fields = [x].concat(Array.from(x.querySelectorAll('*')));
      if (x.shadowRoot) fields.push(...x.shadowRoot.querySelectorAll('*'));
      return fields.some((f) => f.matches('input:not([type=hidden]):not([type=button]):not([type=submit]),select,textarea,[role=combobox],[role=listbox],[role=spinbutton]') && isVisible(f, c));
    }
    return false;
  }

  /* "apply the code SPRING10", "redeem the voucher "GIFT 42"": the value
   * the words give (quoted, or a code in capitals) for the empty field a
   * button sends beside it, when the words name that field too: typed
   * before the button is pressed ({ref, value, label}); {ok} otherwise. */
  function besideValue(ref, words) {
    const c = newCtx();
    const el = deref(ref);
    const m = /"([^"]+)"|\u201c([^\u201d]+)\u201d|(?:^|\s)((?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{2,})(?=[\s,.;:!?)]|$)/.exec(words || '');
    if (!el || !m || !ipSendsBeside(el, c)) return { ok: true };
    const value = m[1] || m[2] || m[3];
    let x = el.previousElementSibling;
    for (let n = 0; x && n < 3 && /^(label|br)$/.test(x.localName); n++) x = x.previousElementSibling;
    const field = x && [x].concat(Array.from(x.querySelectorAll('input,textarea'))).find((f) => isTextInput(f) && isVisible(f, c) && !isDisabled(f));
    if (!field || String(field.value || '') !== '') return { ok: true };
    const said = tokens(collapse((words || '').replace(m[0], ' ')));
    if (!m[1] && !m[2] && !tokens(ipName(field, c)).some((t) => said.some((w) => w === t || stem(w) === stem(t)))) return { ok: true };
    return { ok: true, ref: refOf(field), value, label: ipName(field, c) };
  }

  /* "compose an email to ...": the first words name the button (no form's
   * own) that shows a hidden form; it is pressed, and the words read again
   * on the form it opened. */
  function ipFormOpener(ws, c, roundInfo) {
    if (!c.all().some((el) => ((el.localName === 'input' && /^(text|email|search|tel|url|)$/.test(el.type)) || el.localName === 'textarea') && !isVisible(el, c))) return null;
    const content = ipContent(ws, 0, ws.length);
    if (content.length < 3) return null;
    /* "Make an appointment. My dog ...": a first sentence that is the
     * button's whole name, and statements after it */
    const first = ws.findIndex((w) => w.end);
    const heads = [[2, 0.95], [1, 0.95]];
    /* "Make an appointment for Bruno, ...": the first words as said */
    for (let n = 2; n <= 5 && n < ws.length; n++) if (!ws.slice(0, n - 1).some((w) => w.sep)) heads.unshift([ipJoin(ws, 0, n), 0.95]);
    if (first >= 0 && first + 1 < ws.length && first < 6) heads.unshift([ipJoin(ws, 0, first + 1), 0.9]);
    for (const [n, least] of heads) {
      const head = typeof n === 'string' ? n : content.slice(0, n).map((w) => w.raw).join(' ');
      for (const el of ipClickables(c)) {
        if (!isVisible(el, c) || roundInfo.doneRefs.has(refOf(el)) || formOf(el) || el.localName === 'a') continue;
        if (matchEl(head, el, c)[0] < least || ipSendsBeside(el, c)) continue;
        /* a control every row repeats ("Cancel" of each appointment) is
         * the item reading's, which knows which row; unless the words say
         * the heading of one copy's section ("new job in In the bay": each
         * column's "+ New job"), which is then the one pressed */
        const nm = norm(ipName(el, c));
        const copies = ipClickables(c).filter((x) => isVisible(x, c) && norm(ipName(x, c)) === nm);
        let btn = el;
        if (copies.length > 1) {
          const said = ' ' + norm(ipJoin(ws, 0, ws.length)) + ' ';
          const named = copies.filter((x) => { const h = norm(vbHeading(x, c)); return h && said.includes(' ' + h + ' '); });
          if (named.length !== 1) continue;
          btn = named[0];
        }
        return { kind: 'fields', score: 1, again: true, actions: [{ act: 'click', ref: refOf(btn), why: '"' + head + '" opens the form for the rest' }], why: 'the button that opens the form' };
      }
    }
    return null;
  }

  /* "add 2 frozen pizzas (aisle Frozen) to the list", "create a task Pay
   * rent due Friday": after a verb that adds, the words up to the next
   * label or "to the" name the thing, into the form's one field for it
   * (Item, Name, Title, Task, Product); a number before them is left to
   * the quantity. */
  function ipThingAdded(ws, ctls, c, used, usedCtl, spans, take) {
    /* "Note: ..." is a lead of its own text, not the verb */
    if (!ws.length || !/^(add|create|new|log|list|record|enter|put|note)$/.test(ws[0].n) || ws[0].sep) return;
    const fields = ctls.filter((x) => !usedCtl.has(x) && x.kind === 'text' && x.el.localName !== 'textarea' && x.el.type !== 'search' && roleOf(x.el) !== 'searchbox' &&
      /\b(item|name|title|task|product|thing|what|entry|description)\b/i.test(ipNamesText(x, c)) &&
      !/\bsearch\b/i.test(ipNamesText(x, c)));
    /* a field an earlier step filled ("type Crash on save as the title") is
     * not the thing: "create the issue" then names the form's button */
    if (fields.length !== 1 || String(fields[0].el.value || '').trim()) return;
    const starts = new Set(spans.filter((sp) => sp.how === 'label' && sp.s >= 0.6 && sp.ctl !== fields[0]).map((sp) => sp.i));
    let i = 1;
    while (i < ws.length && (IP_FILLER.has(ws[i].n) || (ipNum(ws[i]) != null && !ws[i].quoted))) i++;
    let j = i;
    while (j < ws.length && !used[j] && !starts.has(j) && !(IP_PREP[ws[j].n] && !ws[j].quoted)) { j++; if (ws[j - 1].sep) break; }
    if (j <= i || j - i > 6) return;
    take(fields[0], i, j, ipFillAct(fields[0], ipJoin(ws, i, j), c, 'the thing added: "' + ipJoin(ws, i, j) + '"'), 1, 'value');
  }

  /* fields with no form around them (a card form in a frame): the one
   * button of the page whose first word is the clause's sending verb
   * ("pay ...": Pay €36.00) */
  function ipVerbButton(ws, c) {
    const verbs = new Set(ws.filter((w) => IP_SEND.test(w.n)).map((w) => w.n));
    if (!verbs.size) return null;
    const hits = ipClickables(c).filter((b) => isVisible(b, c) && !isDisabled(b) && b.localName !== 'a' && verbs.has(tokens(ipName(b, c))[0]));
    return hits.length === 1 ? hits[0] : null;
  }

  function ipFillAct(ctl, value, c, why) {
    const type = ipControlType(ctl);
    if (type === 'radio') {
      const r = radioFor(ctl, value, c);
      return ipPickAct(ctl, r, c, why);
    }
    if (type === 'check') return { act: /^(no|off|false|unchecked)$/i.test(value) ? 'uncheck' : 'check', ref: refOf(checkLabelOrSelf(ctl.el, c)), label: ipName(ctl.el, c), why };
    /* "4242 4242 4242 4242" into a field that takes digits only */
    const el = ctl.el;
    if (type !== 'select' && /^\d[\d -]*\d$/.test(value) && /[ -]/.test(value) && el.localName === 'input' && !parseDate(value) &&
        (/^(numeric|decimal)$/.test(el.inputMode || '') || /^\[?\\d|^\[0-9\]/.test(el.getAttribute('pattern') || '') || (el.maxLength > 0 && el.maxLength < value.length))) value = value.replace(/[ -]/g, '');
    if (type === 'select' && el.localName === 'select' && bestOption(el, value).score < 0.86) {
      const near = optionByWords(el, value);
      const span = !near && ipSpanOption(el, value);
      if (near) { value = collapse(near.opt.text); why += ' (the option nearest in meaning)'; }
      else if (span) { value = collapse(span.text); why += ' (the option that holds it)'; }
    }
    return { act: type === 'select' ? 'select' : 'type', ref: refOf(ctl.el), value, label: ctl.label || ipName(ctl.el, c) || 'the field', why };
  }

  function ipFormOf(acts, c) {
    for (const a of acts) {
      const el = deref(a.ref);
      if (!el) continue;
      const f = formOf(labelControl(el) || el);
      if (f) return f;
      /* a form made of divs: the smallest part around the field with a
       * button (for a calendar shown on the page, one outside it) */
      const cal = ipInCalendar(el);
      for (let n = parentOf(cal || el), up = 0; n && up < 6 && n.localName !== 'body'; n = parentOf(n), up++) {
        if (n.querySelector && deepAll(n, 'button,[role=button],input[type=submit]', c).some((b) => (!cal || !composedContains(cal, b)) && isVisible(b, c) && !ipStepButton(b, c))) return n;
      }
    }
    return null;
  }

  function ipFormFull(form, acts, c) {
    const filled = new Set(acts.map((a) => a.ref));
    for (const ctl of formControls(c)) {
      if (!composedContains(form, ctl.el) || ctl.kind === 'check' || ctl.kind === 'radio') continue;
      if (filled.has(refOf(ctl.el))) continue;
      const v = valueOf(ctl.el, c);
      if (v == null || String(v) === '') return false;
    }
    return true;
  }

  /* a stepper's − or + (its own box is no form, it sends none) */
  function ipStepButton(b, c) {
    const nm = collapse(ipName(b, c));
    return /^[+−–＋-]$/.test(nm) || /^(increase|decrease|increment|decrement)\b/i.test(nm);
  }

  function ipSubmitOf(form, acts, c) {
    if (!form) return null;
    if (form.localName === 'form') {
      const s = submitterOf(form, c);
      if (s) return s;
    }
    const last = acts.length ? deref(acts[acts.length - 1].ref) : null;
    const btns = deepAll(form, 'button,[role=button],input[type=submit],input[type=button]', c).filter((b) => isVisible(b, c) && !isDisabled(b) && !ipInCalendar(b) &&
      !/^(reset|cancel|clear|back|close|edit|previous|prev)$/i.test(norm(ipName(b, c))) && !(IP_FIELD_BTN.test(collapse(ipName(b, c))) && ipFieldButtonOf(b, c)) &&
      !ipStepButton(b, c));
    const main = btns.filter((b) => IP_WIZARD_NEXT.test(collapse(ipName(b, c))) || /^(submit|send|save|pay|book|buy|order|confirm|checkout|place|request|register|sign|search|find|show|reserve|create|post|invite)\b/i.test(collapse(ipName(b, c))));
    const after = (list) => list.find((b) => last && (c.order.has(b) && c.order.has(last) ? c.order.get(b) > c.order.get(last) : last.compareDocumentPosition(b) & 4));
    return after(main) || main[main.length - 1] || after(btns) || btns[btns.length - 1] || null;
  }

  /* A wizard: the control the words name ("pay", "confirm") shows only
   * after a step's Continue / Next / Review; that button is pressed, and
   * the words read again on the next step. A press that moved nothing (the
   * step did not validate) fails with what the page says. */
  const IP_WIZARD_NEXT = /^(next|continue|proceed|review|go to (the )?(payment|checkout|review|next step|summary)|continue to \w+|next step|review (your )?(order|booking|details|request)|to (payment|checkout)|checkout)\b/i;
  /* the visible Continue / Next of a wizard's step within scope, or null */
  function wizardNext(scope, c) {
    const btn = ipClickables(c, scope).find((b) => isVisible(b, c) && !isDisabled(b) && IP_WIZARD_NEXT.test(collapse(ipName(b, c))));
    if (!btn) return null;
    /* a step left empty is no step the words went through */
    const texts = Array.from(scope.querySelectorAll('input,textarea')).filter((x) => isEditable(x) && isVisible(x, c));
    return texts.length && texts.every((x) => !x.value) ? null : btn;
  }

  function ipWizard(hidden, c, roundInfo) {
    const sig = () => c.all().filter((e) => (e.localName === 'h2' || e.localName === 'h3' || e.localName === 'button') && isVisible(e, c)).map((e) => textOf(e, c)).join('|');
    for (let scope = parentOf(hidden), up = 0; scope && up < 8 && scope.localName !== 'html'; scope = parentOf(scope), up++) {
      const btn = wizardNext(scope, c);
      if (!btn) continue;
      const st = ipState.wizard && ipState.wizard.clause === ipState.clause ? ipState.wizard : (ipState.wizard = { clause: ipState.clause, n: 0, sig: null, ref: null });
      if ((st.ref === refOf(btn) && st.sig === sig()) || st.n >= 6) {
        const msg = c.all().find((e) => isVisible(e, c) && (attrRole(e) === 'alert' || /(^|\s)(error|invalid|alert)/i.test(typeof e.className === 'string' ? e.className : '')) && collapse(textOf(e, c)));
        return { ok: false, error: '"' + ipName(btn, c) + '" did not lead to "' + ipName(hidden, c) + '"' + (msg ? ': the page says "' + clip(textOf(msg, c), 160) + '"' : ''), candidates: [] };
      }
      st.n++;
      st.ref = refOf(btn);
      st.sig = sig();
      return { ok: true, again: true, score: 1, actions: [{ act: 'click', ref: refOf(btn), why: '"' + ipName(btn, c) + '" is the step before "' + ipName(hidden, c) + '"' }], why: 'the steps of the form before "' + ipName(hidden, c) + '"' };
    }
    return null;
  }

  /* ------------------------------------------------------------------ */
  /* A send held for the steps after: a request said over several        */
  /* sentences ("Search ... 20 to 22 May. The driver is 23.", "book the  */
  /* twin for Ana. We'd like breakfast.") is one form's. While a later   */
  /* step of the plan acts (q.later), the form reading's own send is not */
  /* pressed: it is held (19-reveal.js dlgState, kind 'held'). Before    */
  /* each next step it stays held while that step's words fill a field   */
  /* of the same form; a step that sends the form itself ("press Search")*/
  /* takes it over; any other step has it pressed first. After the last  */
  /* acting step it is pressed (dlgFinish), once, unless sent since.     */

  /* r, the reading interpret() chose, with its closing send held */
  function ipHoldSend(q, r) {
    if (!q || !q.later || q.probe || !r || r.ok === false || !Array.isArray(r.actions) || !r.actions.length) return r;
    const i = r.actions.length - 1, a = r.actions[i];
    if (a.act !== 'click' || !a.sends || !/^(the form is sent|"[^"]*" sends the form)/.test(a.why || '')) return r;
    const btn = deref(a.ref);
    if (!btn) return r;
    const c = newCtx();
    const form = ipFormOf(r.actions.slice(0, i), c) || formOf(btn) || parentOf(btn);
    ipHold(form, btn, c, a.why);
    r.actions = r.actions.slice(0, i);
    r.why = (r.why || '') + '; the steps after may fill more of the form, so it is sent after them';
    return r;
  }

  /* hold btn, the button that sends form, until the steps after are done */
  function ipHold(form, btn, c, why) {
    const p = { kind: 'held', dlg: new WeakRef(form), btn: new WeakRef(btn), why: why + ', after the steps that filled more of it' };
    const used = () => { p.used = true; };
    btn.addEventListener('click', used, true);
    if (formOf(btn)) formOf(btn).addEventListener('submit', used, true);
    dlgState.pending = p;
  }

  /* what the step with these words does to a held form: 'keep' (its words
   * fill a field of it), 'own' (they send it themselves), or 'press' */
  function ipHeldNext(clause, p, c) {
    const form = p.dlg.deref(), btn = p.btn.deref();
    if (!form || !btn) return 'press';
    const bt = new Set(tokens(ipName(btn, c)));
    const ws = tokens(clause).filter((t) => !IP_FILLER.has(t) && !/^(it|this|that|them|form|button|now|then|and|press|click|hit|tap|for|me|us)$/.test(t));
    /* "pay", "confirm" after "Buy tickets" was held: a later stage the
     * held button leads to (a confirmation holding "Pay now"), unless a
     * control the words name shows now; "submit", "send it" take the
     * send over */
    const later = ws.length && ws.some((t) => !bt.has(t) && /^(pay|confirm|checkout|purchase|complete|finish|proceed)$/.test(t)) &&
      !ipClickables(c).some((el) => el !== btn && isVisible(el, c) && matchEl(ws.join(' '), el, c)[0] >= 0.7);
    if (later) return 'press';
    if (ws.length && ws.every((t) => bt.has(t) || IP_SEND.test(t))) return 'own';
    let r = null;
    try { r = ipReadFields(ipWords(clause), c, { round: 0, doneRefs: new Set(), doneNames: [], later: true }); } catch (e) { r = null; }
    const fills = r && r.actions && r.actions.some((a) => {
      if (a.sends || a.act === 'press') return false;
      const el = a.ref != null ? deref(a.ref) : null;
      return el && composedContains(form, el);
    });
    if (fills) return 'keep';
    /* "tick the box to get the voucher by email too": the words name a
     * control of the form by two words of its label or more */
    const said = ipMeaningWords(clause);
    const names = formControls(c).some((k) => composedContains(form, k.el) && (() => {
      const own = ipMeaningWords(ipNamesText(k, c));
      return own.filter((h) => said.some((t) => ipAkin(t, h))).length >= Math.min(2, own.length);
    })());
    if (names) return 'keep';
    /* "turn on the reminder": a control of the form that is no field (a
     * toggle button, a switch) named by the words */
    const words = ws.filter((t) => !/^(turn|switch|toggle|enable|disable|on|off|tick|untick|check|uncheck|set|press|select|choose|pick)$/.test(t)).join(' ');
    const own = words && ipClickables(c).some((el) => el !== btn && composedContains(form, el) && isVisible(el, c) && matchEl(words, el, c)[0] >= 0.65);
    return own ? 'keep' : 'press';
  }

  /* Does the form reading explain the clause at least as well as score (an
   * item reading's), setting a field, a box or an option (not only
   * pressing)? "add the airport transfer" ticks the dialog's box "Airport
   * transfer"; the dialog is no item whose menu holds it. */
  function ipFieldsOver(clause, c, score, item) {
    let r = null;
    try { r = ipReadFields(ipWords(clause), c, { round: 0, doneRefs: new Set(), doneNames: [] }); } catch (e) { r = null; }
    if (!r || r.score < IP_MIN || !r.actions.some((a) => a.act !== 'click' && a.act !== 'press')) return false;
    /* "add 2 frozen pizzas (aisle Frozen) to the list": the form reading
     * presses the item reading's "Add to list" too, after filling what the
     * words say, whatever the scores ('all') */
    if (item && ipDoesAll(r, item)) return 'all';
    return r.score >= score;
  }

  /* Reading f presses every control reading it presses. */
  function ipDoesAll(f, it) {
    return it.actions.length > 0 && it.actions.every((x) => f.actions.some((y) => y.ref === x.ref));
  }

  /* A box that asks before it ticks ("An airport transfer costs £45 each
   * way. Add it to your booking?" [No thanks] [Add transfer]): after a
   * click left it as it was, the dialog shown over it (not holding it)
   * and that dialog's button that agrees, by a word of the box's label
   * or a yes; {ok, ref, why}, or {ok} when there is none. */
  function boxConfirm(q) {
    const c = newCtx();
    const box = q && q.ref != null ? deref(q.ref) : null;
    if (!box) return { ok: true };
    const ctl = labelControl(box) || box;
    const said = ipMeaningWords(ipBareOption(ipName(ctl, c) || ipName(box, c) || ''));
    const dlgs = dlgOpen(c).filter((d) => !composedContains(d, ctl));
    const dlg = dlgs[dlgs.length - 1];
    if (!dlg) return { ok: true };
    const btns = ipClickables(c, dlg).filter((b) => isVisible(b, c) && !isDisabled(b) && !DLG_NO.test(norm(ipName(b, c))) && !/^(no|x|\u00d7|\u2715)$/i.test(norm(ipName(b, c))));
    const names = (b) => ipMeaningWords(ipName(b, c));
    const yes = btns.find((b) => names(b).some((t) => said.some((h) => ipAkin(t, h)))) ||
      btns.find((b) => /^(yes|ok|okay|confirm|continue|accept|add|agree)\b/i.test(norm(ipName(b, c))));
    return yes ? { ok: true, ref: refOf(yes), why: '"' + ipName(yes, c) + '" agrees to what the box "' + clip(ipName(ctl, c), 40) + '" asked' } : { ok: true };
  }

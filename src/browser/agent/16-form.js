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
    returning: ['return', 'return date'],
    via: ['via', 'method'],
    in: ['class', 'cabin', 'in'],
  };
  /* slots whose value is a person: it is written as a name */
  const IP_PERSON_PREP = /^(for|with)$/;
  function ipNamey(w) {
    if (!w || w.kind === 'number' || w.kind === 'date' || w.kind === 'time') return false;
    return w.quoted || !/^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the|some|few|several|next|this|that|last|each|every|all|more|less|about|around|up|over|under|at|least|most|\d.*)$/i.test(w.raw);
  }
  /* what a slot preposition's value must be */
  const IP_PREP_KIND = { on: 'date', at: 'time', until: 'date', returning: 'date' };

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

  function ipControlNames(ctl, c) {
    if (ctl.names) return ctl.names;
    /* a name with its section's heading in front is no label of its own */
    const ctx = ctl.kind === 'radio' ? '' : contextName(ctl.el, c);
    ctl.names = ctl.kind === 'radio' ? groupNames(ctl, c) : sources(ctl.el, c).filter(([t]) => t.length <= 60 && !(ctx && t.startsWith(ctx + ' ')));
    if (ctl.kind === 'select' && ctl.el.localName === 'select') {
      /* the selected option is a value, not a name */
      const cur = ctl.el.selectedOptions && ctl.el.selectedOptions[0] ? collapse(ctl.el.selectedOptions[0].text) : null;
      ctl.names = ctl.names.filter(([t, w]) => !(t === cur && w < 0.7));
    }
    return ctl.names;
  }

  /* what kind of value a control takes */
  function ipControlType(ctl) {
    const el = ctl.el;
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

  /* does value v fit control ctl? 0..1 */
  function ipFits(ctl, v, c) {
    const type = ipControlType(ctl);
    const kind = v.length === 1 ? v[0].kind : null;
    const s = v.map((w) => w.raw).join(' ');
    if (type === 'select') {
      if (ctl.el.localName !== 'select') return 0.8;
      return bestOption(ctl.el, s).score;
    }
    if (type === 'radio') return radioFor(ctl, s, c) ? 1 : 0;
    if (type === 'check') return /^(yes|no|on|off|true|false|checked|unchecked)$/i.test(s) ? 1 : 0;
    if (type === 'email') return kind === 'email' ? 1 : 0.3;
    if (type === 'tel') return /^[+\d][\d\s().-]{4,}$/.test(s) ? 1 : 0.2;
    if (type === 'date') return parseDate(s) ? 1 : 0;
    if (type === 'time') return parseTime(s) ? 1 : 0;
    if (type === 'number') return /^\d+([.,]\d+)?$/.test(s) ? 1 : 0;
    if (kind === 'email') {
      const names = ipControlNames(ctl, c).map(([t]) => t).join(' ');
      return /mail/i.test(names) ? 1 : 0.5;
    }
    if (kind === 'date') return /date|day|when|birth|depart|return|arriv/i.test(ipControlNames(ctl, c).map(([t]) => t).join(' ')) ? 1 : 0.6;
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
          const weak = ws.slice(i, j).every((w) => IP_FILLER.has(w.n) || IP_SEND.test(w.n));
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
  function ipValueEnd(ws, from, stops, slots) {
    let j = from;
    while (j < ws.length && !stops.has(j)) {
      j++;
      if (ws[j - 1].sep) break;
      if (j < ws.length && ws[j].n === 'and' && !ws[j].quoted) break;
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
      const want = { on: 'date', at: 'time', to: 'email', until: 'date', returning: 'date' }[w.n];
      if (want && k === want) out.add(sp.i);
    }
    return out;
  }

  /* Reading 1: fields and their values, slots, options. */
  function ipReadFields(ws, c, roundInfo) {
    const first = ipReadFieldsIn(ws, c, roundInfo, null);
    if (!first || first.actions.length < 2) return first;
    /* the fields of one form: where most of them are, the others give way */
    const forms = new Map();
    for (const a of first.actions) {
      const f = ipFormOf([a], c);
      if (f) forms.set(f, (forms.get(f) || 0) + 1);
    }
    if (forms.size < 2) return first;
    const main = Array.from(forms).sort((a, b) => b[1] - a[1])[0][0];
    const again = ipReadFieldsIn(ws, c, roundInfo, main);
    return again && again.score >= first.score - 0.02 ? again : first;
  }

  function ipReadFieldsIn(ws, c, roundInfo, prefer) {
    const ctls = formControls(c).filter((k) => isVisible(k.el, c) || k.kind === 'radio' || k.kind === 'check');
    if (!ctls.length) return null;
    const spans = ipLabelSpans(ws, ctls, c);
    if (prefer) for (const sp of spans) sp.s *= composedContains(prefer, sp.ctl.el) ? 1 : 0.75;
    const used = new Array(ws.length).fill(null);
    const usedCtl = new Set();
    const acts = [];
    let fitSum = 0;
    /* a number before a noun: "3 adult tickets" */
    for (let i = 0; i + 1 < ws.length; i++) {
      if (ws[i].kind !== 'number') continue;
      let best = null;
      for (const ctl of ctls) {
        const type = ipControlType(ctl);
        if (type !== 'number' && type !== 'select' && type !== 'text') continue;
        for (let j = i + 2; j <= Math.min(ws.length, i + 3); j++) {
          const s = ipLabelScore(ipJoin(ws, i + 1, j), ipControlNames(ctl, c)) * ipFits(ctl, [ws[i]], c);
          if (s >= 0.6 && (!best || s > best.s)) best = { ctl, s, j };
        }
      }
      if (best && !usedCtl.has(best.ctl)) {
        usedCtl.add(best.ctl);
        for (let k = i; k < best.j; k++) used[k] = 'qty';
        acts.push(ipFillAct(best.ctl, ws[i].raw, c, 'the number before "' + ipJoin(ws, i + 1, best.j) + '"'));
        fitSum += best.s;
      }
    }
    /* options named alone: "one way", "business class" */
    for (const ctl of ctls) {
      if (usedCtl.has(ctl) || (ctl.kind !== 'radio' && !(ctl.kind === 'select' && ctl.el.localName === 'select'))) continue;
      /* a radio's names, not its group's ("team" is no option of Team) */
      const own = (r) => sources(r, c).map(([t]) => t).filter((t) => t !== humanize(r.name || '') && t !== humanize(r.id || ''));
      const opts = ctl.kind === 'radio' ? ctl.radios.map((r) => [r, own(r)]) : Array.from(ctl.el.options).filter((o) => o.value !== '').map((o) => [o, [o.text]]);
      let best = null;
      for (let i = 0; i < ws.length; i++) {
        if (used[i]) continue;
        for (let j = i + 1; j <= Math.min(ws.length, i + 3); j++) {
          if (used[j - 1]) break;
          const text = ipJoin(ws, i, j).replace(/-/g, ' ');
          if (j - i === 1 && (IP_FILLER.has(ws[i].n) || ws[i].kind === 'number')) continue;
          for (const [o, names] of opts) {
            const s = Math.max(...names.map((t) => (tokens(t).length <= 4 ? textScore(text, t) : 0)));
            if (s >= 0.86 && (!best || s > best.s || (s === best.s && j - i > best.j - best.i))) best = { o, s, i, j };
          }
        }
      }
      if (!best) continue;
      /* a label of the same control just before it is part of it */
      usedCtl.add(ctl);
      for (let k = best.i; k < best.j; k++) used[k] = 'option';
      const why = 'the option "' + ipJoin(ws, best.i, best.j) + '"';
      if (ctl.kind === 'radio') acts.push({ act: 'check', ref: refOf(checkLabelOrSelf(best.o, c)), label: ipName(best.o, c), why });
      else acts.push({ act: 'select', ref: refOf(ctl.el), value: collapse(best.o.text), label: ipName(ctl.el, c), why });
      fitSum += best.s;
    }
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
      let end = ipValueEnd(ws, sp.j, stops, slots);
      if (end <= sp.j) continue;
      let v = ws.slice(sp.j, end);
      /* a value that starts with a filler word: "to the Oslo office" keeps it */
      while (v.length > 1 && (v[0].n === 'the' || v[0].n === 'a' || v[0].n === 'is' || v[0].n === 'as' || v[0].n === 'of') && !v[0].quoted) v = v.slice(1);
      /* filler words are no value; "go to the Deals page" is no "To" field */
      if (v.every((w) => IP_FILLER.has(w.n) && !w.quoted)) continue;
      if (sp.j - sp.i === 1 && IP_PREP[ws[sp.i].n] && sp.i > 0 && IP_MOTION.test(ws[sp.i - 1].n)) continue;
      const pw = IP_PREP[ws[sp.i].n] && sp.j - sp.i === 1 ? ws[sp.i].n : null;
      if (pw && IP_PREP_KIND[pw] && !(v.length === 1 && v[0].kind === IP_PREP_KIND[pw])) continue;
      /* "for Ada Park", "with Dr Lee": a name, not "for two weeks" */
      if (pw && IP_PERSON_PREP.test(pw) && !ipNamey(v[0])) continue;
      const fit = ipFits(sp.ctl, v, c);
      const type = ipControlType(sp.ctl);
      let s = sp.s;
      if (sp.how === 'prep-kind') {
        /* "on 2 May" into the only date field, "at 3 pm" into the time */
        const k = v.length === 1 ? v[0].kind : null;
        const want = { on: 'date', at: 'time', to: 'email', until: 'date', returning: 'date' }[ws[sp.i].n];
        if (!(want && k === want && type === want) && !(ws[sp.i].n === 'with' && type === 'select' && fit >= 0.8)) continue;
        s = 0.8;
      }
      if (fit < 0.5) continue;
      const score = s * (0.6 + 0.4 * fit);
      chosen.push({ ...sp, end, v, score, type });
      usedCtl.add(sp.ctl);
      for (let k = sp.i; k < end; k++) used[k] = k < sp.j ? 'label' : 'value';
      const value = v.map((w) => w.raw).join(' ');
      acts.push(ipFillAct(sp.ctl, value, c, '"' + ipJoin(ws, sp.i, sp.j) + '" names ' + (ipName(sp.ctl.el, c) ? '"' + ipName(sp.ctl.el, c) + '"' : 'the field')));
      fitSum += score;
    }
    /* a checkbox named alone: "urgent", "subscribe to the newsletter" */
    for (const ctl of ctls) {
      if (usedCtl.has(ctl) || ctl.kind !== 'check') continue;
      for (let i = 0; i < ws.length; i++) {
        if (used[i] || IP_FILLER.has(ws[i].n)) continue;
        for (let j = Math.min(ws.length, i + 4); j > i; j--) {
          let free = true;
          for (let k = i; k < j; k++) if (used[k]) free = false;
          if (!free) continue;
          const s = ipLabelScore(ipJoin(ws, i, j), ipControlNames(ctl, c));
          if (s >= 0.86) {
            usedCtl.add(ctl);
            for (let k = i; k < j; k++) used[k] = 'check';
            const no = i > 0 && /^(no|not|don t|without|un)$/.test(ws[i - 1].n);
            if (no) used[i - 1] = 'check';
            acts.push({ act: no ? 'uncheck' : 'check', ref: refOf(checkLabelOrSelf(ctl.el, c)), label: ipName(ctl.el, c), why: '"' + ipJoin(ws, i, j) + '" names the box' });
            fitSum += s;
            j = i;
            i = ws.length;
          }
        }
      }
    }
    if (!acts.length) return null;
    /* the rest of the words: fillers, the verb that sends the form, words
     * of the form's heading or its button */
    const form = ipFormOf(acts, c);
    const formWords = new Set(tokens(form ? textOf(form, c).slice(0, 2000) : ''));
    for (const a of roundInfo.doneNames) for (const t of tokens(a)) formWords.add(t);
    let send = false, explained = 0, weight = 0;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k];
      const wt = w.quoted || w.kind ? 2 : IP_FILLER.has(w.n) ? 0.3 : 1;
      weight += wt;
      if (used[k]) { explained += wt; continue; }
      if (IP_SEND.test(w.n) || (w.n === 'up' && k > 0 && ws[k - 1].n === 'sign')) { send = true; explained += wt; continue; }
      if (IP_FILLER.has(w.n)) { explained += wt; continue; }
      if (!w.quoted && !w.kind && w.n.split(' ').every((t) => formWords.has(t))) { explained += wt * 0.8; continue; }
    }
    const btn0 = form ? ipSubmitOf(form, acts, c) : null;
    if (!send && btn0) {
      const bt = new Set(tokens(ipName(btn0, c)));
      send = ws.some((w, k) => !used[k] && !w.quoted && !w.kind && !IP_FILLER.has(w.n) && bt.has(w.n));
    }
    const cover = weight ? explained / weight : 0;
    const labelled = fitSum / acts.length;
    /* send when the words ask for it, or the form is now full */
    if (send || (acts.length >= 3 && form && ipFormFull(form, acts, c))) {
      const btn = ipSubmitOf(form, acts, c);
      if (btn) acts.push({ act: 'click', ref: refOf(btn), why: 'the form is sent with "' + ipName(btn, c) + '"' });
      else if (send && form) acts.push({ act: 'press', value: 'Enter', why: 'the form has no button: Enter sends it' });
    }
    return { kind: 'fields', score: cover * (0.7 + 0.3 * Math.min(1, labelled)), actions: acts, why: 'fields the words name' };
  }

  function ipFillAct(ctl, value, c, why) {
    const type = ipControlType(ctl);
    if (type === 'radio') {
      const r = radioFor(ctl, value, c);
      return { act: 'check', ref: refOf(checkLabelOrSelf(r, c)), label: ipName(r, c), why };
    }
    if (type === 'check') return { act: /^(no|off|false|unchecked)$/i.test(value) ? 'uncheck' : 'check', ref: refOf(checkLabelOrSelf(ctl.el, c)), label: ipName(ctl.el, c), why };
    return { act: type === 'select' ? 'select' : 'type', ref: refOf(ctl.el), value, label: ipName(ctl.el, c) || 'the field', why };
  }

  function ipFormOf(acts, c) {
    for (const a of acts) {
      const el = deref(a.ref);
      if (!el) continue;
      const f = formOf(labelControl(el) || el);
      if (f) return f;
      /* a form made of divs: the smallest part around the field with a button */
      for (let n = parentOf(el), up = 0; n && up < 6 && n.localName !== 'body'; n = parentOf(n), up++) {
        if (n.querySelector && n.querySelector('button,[role=button],input[type=submit]')) return n;
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

  function ipSubmitOf(form, acts, c) {
    if (!form) return null;
    if (form.localName === 'form') {
      const s = submitterOf(form, c);
      if (s) return s;
    }
    const last = deref(acts[acts.length - 1].ref);
    const btns = Array.from(form.querySelectorAll('button,[role=button],input[type=submit],input[type=button]')).filter((b) => isVisible(b, c) && !isDisabled(b) && !/^(reset|cancel|clear|back|close)$/i.test(norm(ipName(b, c))));
    return btns.find((b) => last && (last.compareDocumentPosition(b) & 4)) || btns[btns.length - 1] || null;
  }

  /* ------------------------------------------------------------------ */
  /* interpret, the chain reading: one request that acts on an item AND  */
  /* carries the data the form it opens needs ("book the Harbour View    */
  /* berth for Mia Sato (mia@sato.jp), arriving after 21:00"). The words */
  /* are split by the page: a piece whose words an item of the page      */
  /* holds describes the item; a piece of values the page does not show  */
  /* (a person, an e-mail, a date, a count, "pay by invoice") is data.   */
  /* The item part is read as a clause of its own (the goal machinery of */
  /* 17-items.js: its control, its own page, hover, menus), then the     */
  /* data part is handed to the form reading (16-form.js ipReadFields)   */
  /* on what the control opened (a dialog, a panel, a new page, a        */
  /* wizard's next step) and the form is sent with its primary button,   */
  /* unless the words say not to ("don't send it", "just open the form").*/
  /* Data no field takes fails the step naming it; nothing is sent then. */
  /* The state lives in sessionStorage too: the form may be on a new     */
  /* page, where the agent starts afresh. Called first by interpret().   */

  const CH_KEY = '__bai_chain';
  let chState = null;
  /* "don't send it", "without submitting", "just open the form" */
  const CH_NOSEND = /(?:,\s*|\s+)(?:but |and |then )*(?:(?:don'?t|do not|without|no need to|never)\s+(?:actually\s+)?(?:send|submit|book|confirm|pay|order|finish|complete|press|click|hit|sending|submitting|booking|confirming|paying|ordering|finishing|completing|pressing|clicking)\b[^,;]*|(?:just|only) (?:open|fill|show|prepare)\b[^,;]*|leave it (?:open|unsent|unsubmitted)\b[^,;]*)/i;
  const CH_PARTICLE = /^(up|in|on|off|out|down|back)$/;
  /* a reason said: "because ...", "due to ...", "the reason is ...", "as I'm ..." */
  const CH_WHY = /^(?:because(?: of)?|due to|owing to|reason(?: is)?|the reason is|as (?:i|i'?m|we|we'?re|he|she|he'?s|she'?s|they|they'?re)\b)\s*/i;
  const CH_WHY_FILLER = /^(because|due|owing|reason|the|is|are|am|was|were|has|have|had|got|he|she|they|we|you|him|her|them|us|im|hes|shes|theyre|were|ive|cant|can|not|will|wont|be|been|being|some|any|very|really|too|so|of|to|a|an|my|our|his|their|its|it|that|this)$/;

  function chSave(st) {
    chState = st;
    try { if (st) sessionStorage.setItem(CH_KEY, JSON.stringify(st)); else sessionStorage.removeItem(CH_KEY); } catch (e) { /* storage refused: this page only */ }
  }

  function chLoad(clause) {
    if (chState && chState.clause === clause) return chState;
    try {
      const s = JSON.parse(sessionStorage.getItem(CH_KEY) || 'null');
      /* a new page: what the item's control opened, unless it was the
       * item's own page, where the control is yet to be pressed */
      if (s && s.clause === clause) {
        if (s.phase === 'item' && !s.onward) s.phase = 'form';
        return (chState = s);
      }
    } catch (e) { /* nothing kept */ }
    return null;
  }

  /* The clause in pieces at commas, semicolons, colons, parentheses and
   * before the prepositions that start a phrase: [{text, lead}] (lead:
   * the separator before it, kept so data is rejoined as it was said). */
  function chPieces(clause) {
    const out = [];
    const re = /\s*\(([^)]*)\)\s*|\s*(?:[,;]|:(?!\d\d))\s*|\s+(?=(?:for|as|with|from|on|in|at|into|by|to|and|under|using|via|paying|arriving|leaving|starting|ending|returning|including|plus|because|due to)\s)/gi;
    let at = 0, lead = '', m;
    while ((m = re.exec(clause))) {
      if (m.index > at) out.push({ text: clause.slice(at, m.index).trim(), lead });
      if (m[1] != null) { out.push({ text: m[1].trim(), lead: ' (', paren: true }); lead = ') '; } else lead = m[0].trim() ? m[0].trim() + ' ' : ' ';
      at = re.lastIndex;
      if (!m[0].length) re.lastIndex++;
    }
    if (at < clause.length) out.push({ text: clause.slice(at).trim(), lead });
    return out.filter((p) => p.text);
  }

  /* The parts of the page an item can be: the rows, cards and boxes
   * around each shown control (not the page as a whole). */
  function chItemParts(c) {
    if (c.chParts) return c.chParts;
    /* the rows, cards and messages of the page, and the parts around its
     * shown controls (an item whose controls show on hover has none) */
    const out = new Set(ipItems(c).filter((el) => textOf(el, c).length <= 600));
    for (const el of ipClickables(c)) {
      if (!isVisible(el, c)) continue;
      for (let n = parentOf(el), up = 0; n && n.nodeType === 1 && up < 6; n = parentOf(n), up++) {
        if (n.localName === 'body' || n.localName === 'html' || n.localName === 'main') break;
        if (textOf(n, c).length > 600) break;
        out.add(n);
      }
      if (out.size > 3000) break;
    }
    return (c.chParts = Array.from(out));
  }

  /* Does an item of the page hold the piece's words (0..1)? */
  function chHeld(text, c) {
    const all = itKeys(ipWords(text)).keys;
    /* "invoice", "payment": a kind noun alone is held only where said */
    const keys = all.some((k) => !k.kind) ? all.filter((k) => !k.kind) : all.map((k) => Object.assign({}, k, { kind: false }));
    if (!keys.length) return 1;
    let best = 0;
    for (const it of chItemParts(c)) best = Math.max(best, itFit(keys, it, c));
    return best;
  }

  /* A value a form takes: an e-mail, a number, a date, a time, a quote, a
   * capitalized name, a "label: value". */
  function chValue(text) {
    return /[^\s@]+@[^\s@]+\.\w{2,}|\d|"[^"]+"|\u201c[^\u201d]+\u201d|'[^']{2,}'|(?:^|\s)[A-Z\u00c0-\u00de][\p{L}'-]+/u.test(text);
  }

  /* Names the page shows ("from Lee Ho" where Lee Ho's rows are): words
   * that describe, not data, though no item part holds the rest. */
  function chShown(text, c) {
    if (/\d|@|"|\u201c/.test(text)) return false;
    const names = (text.match(/(?:^|\s)[A-Z\u00c0-\u00de][\p{L}'-]+/gu) || []).map((w) => norm(w));
    if (!names.length) return false;
    const body = c.chBody || (c.chBody = new Set(tokens(textOf(document.body, c))));
    return names.every((n) => tokens(n).every((t) => body.has(t)));
  }

  /* Splits the clause into {item, data, verb, nosend}; null when it has no
   * data the page does not already show, or no words of an item. */
  function chSplit(clause, c) {
    let s = collapse(clause);
    let nosend = false;
    const ns = CH_NOSEND.exec(s);
    if (ns) { nosend = true; s = collapse(s.slice(0, ns.index) + ' ' + s.slice(ns.index + ns[0].length)); }
    const parts = chPieces(s);
    if (parts.length < 2) return null;
    /* the first piece: the verb, then words of the item or a person */
    const head = /^(\S+)(?:\s+(.+))?$/.exec(parts[0].text);
    if (!head) return null;
    let verb = head[1];
    const item = [], data = [];
    let rest = head[2] || '';
    const ws = rest.split(' ');
    if (ws.length > 1 && CH_PARTICLE.test(ws[ws.length - 1]) && chHeld(ws.slice(0, -1).join(' '), c) < 0.6) {
      /* "sign Tom Reyes up for ...": the person between a verb and its particle */
      verb += ' ' + ws.pop();
      data.push({ text: 'for ' + ws.join(' '), lead: '' });
      rest = '';
    }
    if (rest) {
      /* "enrol Tom Reyes in ...": whom the action is for, as the form reads it */
      /* ("cancel my RSVP for ...": one's own thing, the object, not a person) */
      if (chValue(rest) && !/^(?:my|our|your|the|a|an|this|that|its|his|her|their)\s/i.test(rest) && chHeld(rest, c) < 0.6 && !chShown(rest, c)) data.push({ text: (/^[A-Z\u00c0-\u00de]/.test(rest) ? 'for ' : '') + rest, lead: '' }); else item.push(rest);
    }
    for (const p of parts.slice(1)) {
      /* "(not the 14 m one)": a qualifier of the item */
      if (/^(?:but )?not\b/i.test(p.text)) { item.push(p.paren ? '(' + p.text + ')' : 'not ' + p.text.replace(/^(?:but )?not\s+/i, '')); continue; }
      if (!/\S/.test(p.text.replace(/\b(and|then|also|please|too)\b/gi, ''))) continue;
      const held = chHeld(p.text, c);
      if ((held >= 0.6 && !/[^\s@]+@[^\s@]+\.\w{2,}/.test(p.text)) || chShown(p.text, c)) item.push(p.text);
      /* a name alone ("..., Lee Park, lee@park.io") is whom it is for */
      else if (/^[A-Z\u00c0-\u00de][\p{L}'-]+(?: [A-Z\u00c0-\u00de][\p{L}'-]+){1,2}$/u.test(p.text)) data.push(Object.assign({}, p, { text: 'for ' + p.text }));
      else data.push(p);
    }
    if (!item.length || !data.length || !data.some((p) => chValue(p.text) || CH_WHY.test(p.text))) return null;
    const dataText = collapse(data.map((p, k) => (k ? p.lead : '') + p.text + (p.lead === ' (' ? ')' : '')).join('')).replace(/^[,;:\s]+|[,;:\s]+$/g, '');
    /* the pieces each must find a place: "payment: invoice" is one */
    const pieces = dataText.split(/\s*[,;()]\s*|\s+(?:and|plus)\s+/).map((x) => x.trim()).filter((x) => /\S/.test(x.replace(/\b(and|then|also|please|too)\b/gi, '')));
    return { item: verb + ' ' + item.join(' '), data: dataText, verb: verb.split(' ')[0], nosend, pieces };
  }

  /* The first round: whether the clause is an item's action and its data;
   * {st} to go on with, or null (the other readings take the clause). */
  function chStart(q, clause, c, roundInfo) {
    const sp = chSplit(clause, c);
    if (!sp) return null;
    /* a look only: the item's own page is not marked as opened */
    let opened = null;
    try { opened = sessionStorage.getItem('__bai_goal_opened'); } catch (e) { opened = null; }
    /* a clause that reads as a form of this page ("pick up at Central
     * Station 12/06/2026 at 08:15, return ...") is the form reading's,
     * decided before the item readings run (they keep state of their own) */
    const fields = ipReadFields(ipWords(clause), c, Object.assign({ round: 0 }, roundInfo));
    const filled = fields ? fields.actions.filter((a) => a.act !== 'click' && a.act !== 'press').length : 0;
    if (fields && fields.score >= IP_MIN && filled >= 2) return null;
    /* "select Row C, seat 7": the words after the verb name one control
     * whole, no item and its data */
    if (itWholeControl(ipWords(clause).slice(1).map((w) => w.raw).join(' '), c)) return null;
    const part = ipReadItems(ipWords(sp.item), c, sp.item);
    try { if (opened == null) sessionStorage.removeItem('__bai_goal_opened'); else sessionStorage.setItem('__bai_goal_opened', opened); } catch (e) { /* storage refused */ }
    if (!part || !part.actions.length || part.error || part.score < IP_MIN) return null;
    /* "add the raincoat in Ochre to the cart": the data is an option of
     * the item itself, chosen with its control (17-items.js itOption) */
    if (part.option) return null;
    /* the control sends a form already on the page ("request an
     * appointment for Ada Park on 5 May"): the form reading's */
    const form0 = part.el && formOf(part.el);
    if (form0 && formControls(c).some((k) => k.kind === 'text' && composedContains(form0, k.el) && isVisible(k.el, c))) return null;
    /* the clause as a whole already says what follows the control (a
     * reply's text, a dialog's value), or reads better as a form here */
    const whole = ipReadItems(ipWords(clause), c, clause);
    if (whole && whole.actions.length && !whole.error && (whole.state && whole.state.after && !whole.state.after.soft || whole.score > part.score + 0.05)) return null;
    if (fields && (fields.score >= Math.max(IP_MIN, part.score) || (fields.score >= 0.5 && filled >= 2))) return null;
    return Object.assign({ clause, phase: 'item', waits: 0, sent: null, filled: [] }, sp);
  }

  /* The form the item's control opened, filled from the data part; its
   * primary button pressed unless the words say not to. */
  function chForm(st, c, roundInfo) {
    const dlg = itDialog(c, null);
    const inScope = (a) => { const el = a.ref != null ? deref(a.ref) : null; return !dlg || (el && composedContains(dlg, el)); };
    const info = Object.assign({ round: 0 }, roundInfo);
    const fill = (text) => { const r = ipReadFields(ipWords(text), c, info); return (r && r.actions ? r.actions : []).filter((a) => !a.sends && a.act !== 'press' && inScope(a)); };
    const acts = fill(st.data);
    /* "because he is ill": the reason the dialog asks to choose */
    if (!acts.some((a) => a.act !== 'click')) for (const p of st.pieces) { const w = chReason(p, dlg, c); if (w) acts.push(w); }
    /* "..., the patient has moved away": a statement is the reason a
     * choice labelled for one asks (Reason: Moved away) */
    if (!acts.some((a) => a.act !== 'click')) for (const p of st.pieces) { const w = CH_WHY.test(p) ? null : chReason(p, dlg, c, true); if (w) { acts.push(w); break; } }
    if (!acts.some((a) => a.act !== 'click')) {
      if (st.waits++ < 3) { chSave(st); return { ok: true, again: true, actions: [], score: 1, why: 'waiting for the form "' + clip(st.item, 60) + '" opens' }; }
      /* no form came: the item's control opened something else (a folder
       * of a tree, "open Rate limits, under Guides"); the clause goes back
       * to the other readers, on the page as it is now */
      chSave(null);
      return null;
    }
    /* each piece of data said must have a place on the form; a piece read
     * alone may place what the whole missed ("..., 3 tickets and an audio
     * guide"): its fields not yet set are added */
    const had = new Map(acts.map((a) => [a.ref, a.value]));
    const form = dlg || ipFormOf(acts, c);
    const missing = st.pieces.filter((p) => {
      /* a piece that only puts another value where the whole put one ("a
       * van" as a name) has no place of its own */
      const own = fill(p).filter((a) => a.act !== 'click' && (!had.has(a.ref) || had.get(a.ref) === a.value));
      const box = own.length ? null : chBox(p, form, c) || chReason(p, dlg, c);
      if (box) own.push(box);
      for (const a of own) if (!had.has(a.ref)) { had.set(a.ref, a.value); acts.push(a); }
      return !own.length;
    });
    if (missing.length) {
      chSave(null);
      const names = form ? formControls(c).filter((k) => composedContains(form, k.el) && (isVisible(k.el, c) || k.kind === 'check' || k.kind === 'radio')).map((k) => ipName(k.el, c)).filter(Boolean).slice(0, 8) : [];
      return { ok: false, error: 'the form "' + clip(st.item, 60) + '" opened has no place for ' + missing.map((p) => '"' + clip(p, 60) + '"').join(', ') +
        (names.length ? ' (its fields: ' + names.join(', ') + ')' : '') + '; nothing was sent', candidates: [] };
    }
    st.filled = acts.filter((a) => a.act !== 'click').map((a) => (a.label || 'a field') + (a.value != null ? ' = ' + a.value : a.act === 'uncheck' ? ' off' : ' on'));
    if (st.nosend) {
      if (dlg) dlgKeep(dlg);
      st.phase = 'check';
      chSave(st);
      return { ok: true, again: true, actions: acts, score: 1, why: 'the form the words fill' };
    }
    let btn = dlg ? dlgGoalButton(dlg, st.verb, st.data, c) || itDialogButton(dlg, 'confirm', c, st.verb) : ipSubmitOf(form, acts, c);
    if (btn && DLG_NO.test(norm(ipName(btn, c)))) btn = null;
    if (!btn) {
      chSave(null);
      return { ok: false, error: 'the form "' + clip(st.item, 60) + '" opened has no button that sends it (filled: ' + st.filled.join(', ') + ')', candidates: [] };
    }
    st.sent = ipName(btn, c);
    st.phase = 'check';
    chSave(st);
    return { ok: true, again: true, score: 1, why: 'the form filled from the words, then sent',
      actions: acts.concat([{ act: 'click', ref: refOf(btn), sends: true, why: '"' + st.sent + '" sends the form "' + clip(st.item, 60) + '" opened' }]) };
  }

  /* A piece that names a box of the form and nothing else ("an audio
   * guide", "no insurance"): the one box whose label holds its words,
   * ticked (unticked after no / without / not); null when none or two. */
  function chBox(piece, form, c) {
    if (!form) return null;
    const no = /^(?:no|without|not|none of)\b/i.test(piece);
    const want = tokens(piece).filter((t) => !IP_FILLER.has(t) && !/^(no|without|not|none|yes|please|too)$/.test(t));
    if (!want.length) return null;
    const hits = formControls(c).filter((k) => k.kind === 'check' && composedContains(form, k.el) && (() => {
      const have = tokens(ipName(k.el, c));
      return want.every((t) => have.some((h) => h === t || tokenEq(t, h) > 0));
    })());
    if (hits.length !== 1) return null;
    const el = hits[0].el;
    return { act: no ? 'uncheck' : 'check', ref: refOf(checkLabelOrSelf(el, c)), label: ipName(el, c), why: '"' + piece + '" names the box' };
  }

  /* A reason said in words ("because he is ill", "due to an injury", "as
   * I'm travelling"): the option of the form's one choice of a reason (a
   * select or radios whose label asks why, or the only choice there is)
   * sharing a word's stem with it ("ill": Illness, "travelling": Travel);
   * null when none or two fit alike. said: a statement with no reason's
   * lead ("the patient has moved away"), for a choice labelled as one. */
  function chReason(piece, form, c, said) {
    if (!form || !(said || CH_WHY.test(piece))) return null;
    const want = tokens(piece.replace(CH_WHY, ' ')).filter((t) => t.length > 2 && !IP_FILLER.has(t) && !CH_WHY_FILLER.test(t));
    if (!want.length) return null;
    const fit = (text) => {
      const have = tokens(text);
      return want.filter((w) => have.some((h) => h === w || stem(h) === stem(w) || tokenEq(w, h) > 0 || (Math.min(w.length, h.length) >= 3 && (h.startsWith(w) || w.startsWith(h))))).length;
    };
    const choices = [];
    for (const sel of form.querySelectorAll('select')) {
      if (!isVisible(sel, c) || isDisabled(sel)) continue;
      const opts = Array.from(sel.options).filter((o) => o.value !== '' && !o.disabled).map((o) => ({ text: collapse(o.text), el: o }));
      choices.push({ el: sel, name: ipName(sel, c), opts });
    }
    const groups = new Map();
    for (const r of form.querySelectorAll('input[type=radio]')) {
      if (!isVisible(r, c) && !(r.labels && r.labels[0] && isVisible(r.labels[0], c))) continue;
      if (!groups.has(r.name)) groups.set(r.name, []);
      groups.get(r.name).push({ text: collapse((r.labels && r.labels[0] ? textOf(r.labels[0], c) : '') || r.value), el: r });
    }
    for (const [, opts] of groups) {
      const fs = opts[0].el.closest('fieldset,[role=radiogroup]');
      choices.push({ el: null, name: fs ? textOf(fs.querySelector('legend') || fs, c) : ipName(opts[0].el, c), opts });
    }
    const asks = choices.filter((k) => /\b(reason|why|because|cause)\b/i.test(k.name));
    let best = null, bs = 0, tie = false;
    for (const k of asks.length ? asks : choices.length === 1 && !said ? choices : []) {
      for (const o of k.opts) {
        const s = fit(o.text);
        if (s > bs) { best = { k, o }; bs = s; tie = false; } else if (s && s === bs) tie = true;
      }
    }
    if (!best || tie) return null;
    const why = '"' + clip(piece, 40) + '" is the reason "' + best.o.text + '"';
    if (best.k.el) return { act: 'select', ref: refOf(best.k.el), value: best.o.text, label: best.k.name, why };
    return { act: 'check', ref: refOf(checkLabelOrSelf(best.o.el, c)), label: clip(best.k.name, 40), value: best.o.text, why };
  }

  /* After sending: what the page says now, for the step's result. */
  function chCheck(st, c) {
    chSave(null);
    const said = c.all().filter((el) => (attrRole(el) === 'status' || attrRole(el) === 'alert' || el.getAttribute('aria-live')) && isVisible(el, c) && collapse(textOf(el, c)))
      .map((el) => clip(textOf(el, c), 100));
    const filled = 'filled ' + (st.filled.join(', ') || 'nothing');
    const why = st.nosend ? filled + '; not sent, as the words say' : filled + '; sent with "' + st.sent + '"' + (said.length ? '; the page says "' + said.join(' / ') + '"' : '');
    return { ok: true, again: false, actions: [], score: 1, why };
  }

  /* Does el send fields shown with it: a field right before it, or its
   * form's text fields in view? */
  function chSendsShown(el, c) {
    if (ipSendsBeside(el, c)) return true;
    const f = formOf(el);
    return !!f && Array.from(f.querySelectorAll('input,textarea')).some((x) => isTextInput(x) && isVisible(x, c));
  }

  /* interpret's hook: null when the clause is no chain (the other readings
   * take it); else this round's reply. */
  function chInterpret(q, clause, c, roundInfo) {
    if (q.probe || q.chainInner) return null;
    const round = q.round | 0;
    let st = round === 0 ? null : chLoad(clause);
    if (round === 0) {
      chSave(null);
      st = chStart(q, clause, c, roundInfo);
      if (!st) return null;
      chSave(st);
    }
    if (!st) return null;
    if (st.phase === 'item') {
      const r = interpret(Object.assign({}, q, { clause: st.item, chainInner: true }));
      if (!r.ok) { chSave(null); return r; }
      /* the item's control sends a form already shown beside it ("Your
       * e-mail [ ] [Join the waitlist]"): filled first, then sent once */
      const one = round === 0 && r.actions.length === 1 && r.actions[0].act === 'click' ? deref(r.actions[0].ref) : null;
      if (one && chSendsShown(one, c)) st.phase = 'form';
      else if (r.again || r.actions.length) {
        if (!r.again) st.phase = 'form';
        st.onward = !!r.onward;
        chSave(st);
        return Object.assign({}, r, { again: true });
      }
      st.phase = 'form';
    }
    if (st.phase === 'form') return chForm(st, c, roundInfo);
    return chCheck(st, c);
  }

  /* ------------------------------------------------------------------ */
  /* reveal: the part of the page a thing is in, and how a person shows it */
  /*                                                                     */
  /* A target can be on the page and hidden: in a closed tab, a folded    */
  /* section or details, a closed menu, a row's hover controls. The words */
  /* name it with its place ("the Tuesday 16:45 crossing": Tuesday is the */
  /* tab's label, 16:45 is in its panel), so an element's place counts as */
  /* part of what names it (rgLabel). rvReading is interpret's reading of */
  /* a clause whose target is hidden: open what hides it (revealer in     */
  /* 10-locate.js: the tab, summary, toggle or menu button clicked, the   */
  /* row hovered; never a style changed), look again, act on the target,  */
  /* then the rest of the clause in the dialog the target opened, and the */
  /* dialog's primary button when the clause is a goal. A closed panel of */
  /* fields (a help widget behind its launcher, in a shadow root) is      */
  /* opened and its form filled: options named, the message, its Send.    */
  /* dlgMark / dlgAfter: the C executor asks, around a step, whether the   */
  /* step opened a dialog: a confirmation of what the words asked for is   */
  /* confirmed; a dialog with fields that a goal's step opened is sent by */
  /* its primary button once the steps that fill it are done.             */

  /* A panel among sibling panels (same tag and class) and the tab that
   * shows it: the tab group of as many visible tabs, by index; or the tab
   * whose label the panel's heading repeats. null when none. */
  function rgPanelTab(a, c) {
    const host = parentOf(a);
    if (!host || host.nodeType !== 1 || !a.localName) return null;
    /* like panels: one tag, a class in common ("tab-panel on", "tab-panel") */
    const cls = (x) => (typeof x.className === 'string' ? x.className : '').split(/\s+/).filter(Boolean);
    const mine = cls(a);
    const panels = Array.from(kidsOf(host)).filter((x) => x.localName === a.localName && (mine.length ? cls(x).some((k) => mine.includes(k)) : !cls(x).length && attrWords(x) === attrWords(a)));
    if (panels.length < 2) return null;
    if (!c.rgTabs) {
      c.rgTabs = new Map();
      for (const t of c.all()) {
        if (!isTabLike(t, c) || !isVisible(t, c)) continue;
        const g = t.parentElement;
        c.rgTabs.set(g, (c.rgTabs.get(g) || []).concat([t]));
      }
    }
    const hd = a.querySelector && a.querySelector('h1,h2,h3,h4,h5,h6,[role=heading],legend,caption');
    const head = hd ? textOf(hd, c) : '';
    for (const [, g] of c.rgTabs) {
      if (g.some((t) => composedContains(a, t))) continue; /* tabs inside the panel */
      if (head) {
        const t = g.find((x) => textScore(textOf(x, c), head) >= 0.85);
        if (t) return t;
      }
      if (g.length === panels.length) return g[panels.indexOf(a)];
    }
    return null;
  }

  /* What labels the part n is from outside it: a tab panel's tab, the
   * toggle whose aria-controls names it, a details' summary, the tab of a
   * panel among panels. '' when nothing does. */
  function rgOwnLabel(n, c) {
    if (!c.rgOwn) c.rgOwn = new Map();
    if (c.rgOwn.has(n)) return c.rgOwn.get(n);
    let el = null;
    const role = attrRole(n);
    const lb = n.getAttribute('aria-labelledby');
    if (lb && (role === 'tabpanel' || role === 'region' || role === 'group')) el = byIdIn(n, lb.split(/\s+/)[0]);
    /* the attribute, not n.id: a form with a control named "id" answers
     * n.id with that control */
    const nid = n.getAttribute('id');
    if (!el && nid) {
      const root = n.getRootNode ? n.getRootNode() : document;
      const id = nid.replace(/["\\]/g, '');
      el = root.querySelector ? root.querySelector('[aria-controls~="' + id + '"]') : null;
    }
    if (!el && n.localName === 'details') el = n.querySelector('summary');
    /* a widget of its own: <help-launcher> names what is in it */
    if (!el && n.shadowRoot && n.localName.includes('-')) {
      const out0 = collapse(humanize(n.localName) + ' ' + (n.getAttribute('aria-label') || n.getAttribute('title') || ''));
      c.rgOwn.set(n, out0);
      return out0;
    }
    if (!el && (role === 'tabpanel' || /(^|[\s_-])(tab-?pane|tab-?panel|panel|pane|tab-?content)([\s_-]|$)/i.test(attrWords(n)))) el = rgPanelTab(n, c);
    const out = el && el !== n && !composedContains(n, el) ? clip(textOf(el, c) || accName(el, c) || '', 80) : '';
    c.rgOwn.set(n, out);
    return out;
  }

  /* The labels of the parts el is in, innermost first, joined. */
  function rgLabel(el, c) {
    const out = [];
    for (let n = el, up = 0; n && n.nodeType === 1 && up < 14 && n.localName !== 'body'; n = parentOf(n), up++) {
      const l = rgOwnLabel(n, c);
      if (l) out.push(l);
    }
    return out.join(' ');
  }

  /* An element's words, its text nodes apart ("F-2240" and "NOK 95" in
   * two cells are two words, not "F-2240NOK"), shown or not. */
  function rgText(el) {
    const out = [];
    const rec = (n) => {
      for (let ch = n.firstChild; ch && out.length < 300; ch = ch.nextSibling) {
        if (ch.nodeType === 3) out.push(ch.data);
        else if (ch.nodeType === 1 && ch.localName !== 'script' && ch.localName !== 'style') rec(ch);
      }
      if (n.shadowRoot) rec(n.shadowRoot);
    };
    rec(el);
    return collapse(out.join(' '));
  }

  /* Of hidden matches, the one in the item of an anchor (the anchor and
   * it under one part of at most 400 characters), the smallest such; a
   * hidden element named as like is in that item counts too (the same
   * hover button in every row). null when none. */
  function rgNearAnchor(entries, anchors, c, like) {
    let best = null, bl = Infinity;
    const name = (x) => collapse((x.getAttribute('aria-label') || '') + ' ' + (x.textContent || ''));
    const same = like ? name(like) : null;
    for (const a of anchors) {
      for (let p = a, up = 0; p && p.nodeType === 1 && up < 5 && p.localName !== 'body'; p = parentOf(p), up++) {
        const len = (p.textContent || '').length;
        if (len > 400 || len >= bl) break;
        let e = entries.find((x) => composedContains(p, x.el));
        if (!e && same) {
          const x = Array.from(p.querySelectorAll(like.localName)).find((y) => y !== like && !isVisible(y, c) && name(y) === same);
          if (x) e = { el: x };
        }
        if (e) { best = e; bl = len; break; }
      }
    }
    return best;
  }

  /* words that say what kind of widget, not which */
  const RG_WIDGET = /^(widget|panel|launcher|chat|bubble|assistant|window|box|popup|pop|up|drawer|tray|button|icon|thing|bot)$/;

  /* "open the help widget": a widget of its own (a custom element or a
   * shadow host) whose tag, label or headings hold the words, and the one
   * control of it that shows (its launcher). null when none or several. */
  function rgWidgetLauncher(text, c) {
    const words = tokens(text).filter((t) => !RG_WIDGET.test(t));
    if (!words.length) return null;
    let hit = null;
    for (const el of c.all()) {
      if (!el.shadowRoot && !el.localName.includes('-')) continue;
      const heads = [el].concat(Array.from((el.shadowRoot || el).querySelectorAll('h1,h2,h3,h4,[role=heading],[aria-label]'))).map((h) => h === el ? '' : rgText(h) + ' ' + (h.getAttribute('aria-label') || ''));
      const name = humanize(el.localName) + ' ' + (el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('title') || '') + ' ' + heads.join(' ');
      const have = tokens(name);
      if (!words.every((w) => have.some((h) => h === w || tokenEq(w, h) > 0))) continue;
      const inside = ipClickables(c, el).filter((x) => x !== el && isVisible(x, c));
      if (inside.length !== 1) continue;
      if (hit && hit !== inside[0]) return null;
      hit = inside[0];
    }
    return hit;
  }

  /* whether every word in el is a control's name (a row's buttons) */
  function controlsOnly(el) {
    for (const x of [el].concat(Array.from(el.querySelectorAll('*')))) {
      if (hasOwnText(x) && !closestComposed(x, 'button,a,[role=button],[role=menuitem],[role=link],label')) return false;
    }
    return true;
  }

  /* How many of keys a text holds (as hasTokens counts one). */
  function rgKeysIn(text, keys) {
    const tt = tokens(text);
    let n = 0;
    for (const k of keys) if (tt.some((t) => t === k || (k.length >= 5 && tokenEq(k, t) > 0))) n++;
    return n;
  }

  /* The smallest hidden part whose words, with the labels of where it is,
   * hold every key: "Tuesday 16:45" in a closed Tuesday tab. null when
   * none. */
  function rgHiddenAnchor(keys, c) {
    if (!keys.length) return null;
    let best = null, bl = Infinity;
    for (const el of c.all()) {
      if (!hasOwnText(el) || isVisible(el, c) || SKIP_TAGS.has(el.localName)) continue;
      if (!rgKeysIn(el.textContent || '', keys)) continue;
      for (let it = el, up = 0; it && it.nodeType === 1 && up < 5 && it.localName !== 'body'; it = parentOf(it), up++) {
        const tc = rgText(it);
        if (tc.length > 400 || tc.length >= bl) break;
        if (rgKeysIn(tc + ' ' + rgLabel(it, c), keys) === keys.length) { best = it; bl = tc.length; break; }
      }
    }
    return best;
  }

  /* The item a control belongs to: the largest part around it (at most
   * 300 characters) that holds no other control of its name. */
  function rgItemOf(el, c) {
    const nm = norm(ipName(el, c));
    let it = el;
    for (let p = parentOf(el), up = 0; p && p.nodeType === 1 && up < 6 && p.localName !== 'body'; p = parentOf(p), up++) {
      if (rgText(p).length > 300) break;
      if (Array.from(p.querySelectorAll(IP_CLICKABLE)).some((x) => x !== el && norm(ipName(x, c)) === nm)) break;
      it = p;
    }
    return it;
  }

  const rvState = { clause: null, target: null, rest: null, step: '' };

  /* The share of the words a text holds, 0..1; a word that names (a
   * number, a capital, a quote) counts twice. */
  function rvCover(words, text) {
    const have = tokens(text);
    let got = 0, all = 0, strong = 0;
    for (const w of words) {
      const ts = tokens(w.raw);
      const wt = w.quoted || /\d|^[A-Z\u00c0-\u00de]/.test(w.raw) ? 2 : 1;
      all += wt;
      if (ts.every((t) => have.some((h) => h === t || tokenEq(t, h) > 0))) { got += wt; if (wt > 1) strong++; }
    }
    rvCover.strong = strong;
    return all ? got / all : 0;
  }

  /* in a dialog, which a step opens, not a reveal */
  function rvInDialog(el) {
    return !!closestComposed(el, 'dialog,[role=dialog],[role=alertdialog],[aria-modal=true]');
  }

  /* Reading: the control the clause names is hidden. Each control scored
   * by the share of the clause its name, its item and its place hold; a
   * hidden one that explains more than every shown one is revealed, then
   * pressed; a dialog it opens takes the rest of the words. */
  function rvReading(ws, c, roundInfo, clause, round, over) {
    if (rvPending(clause, round)) return rvFollow(c, roundInfo);
    const words = ws.filter((w) => (w.quoted || !IP_FILLER.has(w.n)) && tokens(w.raw).length);
    if (words.length < 2) return null;
    let unseen = null;
    if (over) {
      /* a look at all only when a word that names is nowhere in sight */
      const seen = tokens(textOf(document.body, c));
      unseen = words.slice(1).filter((w) => (w.quoted || /\d|^[A-Z\u00c0-\u00de]/.test(w.raw)) && !tokens(w.raw).every((t) => seen.includes(t)));
      if (!unseen.length) return null;
    }
    const clicks = ipClickables(c);
    /* the fields too: a closed panel's form ("ask the help chat ...") */
    const fields = c.all().filter((el) => /^(select|textarea)$/.test(el.localName) || (el.localName === 'input' && !/^(hidden|button|submit|reset|image)$/.test(el.type)));
    let hid = null, vis = 0, visStrong = 0, visNamed = 0;
    const clickSet = new Set(clicks);
    for (const el of clicks.concat(fields)) {
      const shown = isVisible(el, c);
      if (!shown && rvInDialog(el)) continue;
      /* a hidden control that holds others (a tree's branch, named by all
       * its leaves) is their place, not a target */
      if (!shown && el.querySelector && Array.from(el.querySelectorAll('*')).some((x) => clickSet.has(x))) continue;
      const it = rgItemOf(el, c);
      const name = ipName(el, c) + (el.localName === 'select' ? ' ' + Array.from(el.options).map((o) => o.text).join(' ') : '');
      /* a shown control by what shows around it; a hidden one by all of
       * it; the words its own name holds tell apart controls of one item */
      let s = rvCover(words, name + ' ' + (shown ? textOf(it, c) : rgText(it)) + ' ' + rgLabel(it, c));
      const strong = rvCover.strong;
      s += 0.1 * rvCover(words, name);
      /* the names (capitalized or quoted words, not numbers: "2" and "2026"
       * of a stay are no calendar day's name) its own name says */
      const own = tokens(name);
      const named = words.filter((w) => (w.quoted || /^[A-Z\u00c0-\u00de]/.test(w.raw)) && !/\d/.test(w.raw) && tokens(w.raw).every((t) => own.includes(t))).length;
      if (shown) { vis = Math.max(vis, s); visStrong = Math.max(visStrong, strong); visNamed = Math.max(visNamed, named); } else if (!hid || named > hid.named || (named === hid.named && s > hid.s)) hid = { el, s, it, strong, named };
    }
    /* most of the words, or two that name (a day and a time) with the rest
     * for what the control opens; over another reading only when it holds
     * more of the words that name (a hidden recipe's title), or its own
     * name says two that no shown control's does ("Riverside Road" in a
     * closed branch of a tree, beside a form whose words cover the rest) */
    if (!hid || (hid.s < 0.5 && !(hid.s >= 0.3 && hid.strong >= 2))) return null;
    if (hid.s <= vis + 0.1 && !(hid.named >= 2 && hid.named > visNamed)) return null;
    /* ... and the hidden one holds what is not in sight (not a value to type) */
    if (over && (!(hid.strong > visStrong) || !rvCover(unseen, ipName(hid.el, c) + ' ' + rgText(hid.it) + ' ' + rgLabel(hid.it, c)))) return null;
    const rv = revealer(hid.el, c);
    if (!rv || roundInfo.doneRefs.has(refOf(rv.el))) return null;
    /* one of like openers ("+ New job" in each column): the one in the
     * part the words name */
    if (rv.how === 'click') {
      const nm = norm(ipName(rv.el, c));
      const like = clicks.filter((x) => x !== rv.el && isVisible(x, c) && norm(ipName(x, c)) === nm);
      if (like.length && like.length < 12) {
        const fit = (x) => { const it = rgItemOf(x, c); return rvCover(words, textOf(it, c) + ' ' + rgLabel(it, c)); };
        let bs = fit(rv.el);
        for (const x of like) { const f = fit(x); if (f > bs + 0.01) { bs = f; rv.el = x; } }
      }
    }
    /* the words the target and its place explain; the rest is for what it opens */
    const ctx = ipName(hid.el, c) + ' ' + rgText(hid.it) + ' ' + rgLabel(hid.it, c);
    const rest = ws.filter((w) => w.quoted || IP_FILLER.has(w.n) || !rvCover([w], ctx));
    /* a field: once its panel shows, the panel's form takes the clause */
    const isField = !clicks.includes(hid.el);
    let top = hid.el;
    for (let p = parentOf(top); p && p.nodeType === 1 && !isVisible(p, c) && !p.shadowRoot; p = parentOf(p)) top = p;
    rvState.panel = isField ? refOf(top) : null;
    rvState.full = clause;
    Object.assign(rvState, { clause, target: isField ? null : refOf(hid.el), rest: rest.some((w) => !IP_FILLER.has(w.n)) ? rest.map((w) => (w.quoted ? '"' + w.raw + '"' : w.raw)).join(' ') : null, step: 'reveal', verb: ws[0].raw });
    return { kind: 'reveal', score: Math.max(IP_MIN, hid.s), again: true, ok: true,
      actions: [{ act: rv.how === 'hover' ? 'hover' : 'click', ref: refOf(rv.how === 'click' ? clickSpot(rv.el, null, c) : rv.el), why: (rv.how === 'hover' ? 'hovers "' : 'opens "') + clip(ipName(rv.el, c) || textOf(rv.el, c), 40) + '", where "' + ipName(hid.el, c) + '" is' }],
      why: 'reveals the control the words name' };
  }

  /* whether a reveal of this clause is under way (a later round) */
  function rvPending(clause, round) {
    return round > 0 && rvState.clause === clause && (rvState.target != null || rvState.panel != null);
  }

  /* A round after a reveal: the target again (another layer may hide it),
   * pressed once shown; then the dialog it opened. */
  function rvFollow(c, roundInfo) {
    const done = (acts, why, again) => ({ kind: 'reveal', score: 1, ok: true, again: !!again, actions: acts, why });
    if (rvState.panel != null) {
      const panel = deref(rvState.panel);
      rvState.panel = null;
      rvState.clause = null;
      return panel && isVisible(panel, c) ? rvPanelFill(panel, c) : null;
    }
    const el = deref(rvState.target);
    if (rvState.step === 'reveal') {
      if (!el) { rvState.target = null; return { ok: false, error: 'what the words name went away while it was being revealed' }; }
      if (!isVisible(el, c)) {
        const rv = revealer(el, c);
        if (!rv || roundInfo.doneRefs.has(refOf(rv.el))) { rvState.target = null; return { ok: false, error: '"' + ipName(el, c) + '" stays hidden after opening what holds it' }; }
        return done([{ act: rv.how === 'hover' ? 'hover' : 'click', ref: refOf(rv.el), why: 'opens "' + clip(ipName(rv.el, c), 40) + '" too' }], 'reveals one more layer', true);
      }
      rvState.step = 'pressed';
      rvState.before = itDialog(c, null);
      return done([{ act: 'click', ref: refOf(el), why: '"' + ipName(el, c) + '", now shown' }], 'the control the words name, revealed', true);
    }
    rvState.target = null;
    const dlg = itDialog(c, null);
    if (!dlg || dlg === rvState.before) {
      /* no dialog: the rest of the words are the page's form's ("at the
       * Riverside Road store on 3 May": the store picked in its tree,
       * then the date, then Reserve) */
      const fr = rvState.rest ? ipReadFields(ipWords(rvState.rest), c, Object.assign({ round: 0 }, roundInfo)) : null;
      /* (never the control just pressed again: "uncheck X" pressed X) */
      const rest = fr && fr.actions && !fr.error ? fr.actions.filter((a) => { const x = a.ref != null ? deref(a.ref) : null; return !x || !el || !(x === el || composedContains(x, el) || composedContains(el, x)); }) : [];
      if (rest.length) return done(rest, 'pressed; then the form: ' + (fr.why || 'the rest of the words'), !!fr.again);
      return done([], 'pressed');
    }
    const acts = [];
    if (rvState.rest) {
      const fr = ipReadFields(ipWords(rvState.rest), c, Object.assign({ round: 0 }, roundInfo));
      if (fr && fr.actions) for (const a of fr.actions) { const f = deref(a.ref); if (f && composedContains(dlg, f) && a.act !== 'click' && a.act !== 'press') acts.push(a); }
    }
    const b = dlgGoalButton(dlg, rvState.verb, rvState.rest || '', c);
    if (b) acts.push({ act: 'click', ref: refOf(b), sends: true, why: '"' + ipName(b, c) + '" sends the dialog' });
    return done(acts, 'the dialog the control opened');
  }

  /* The words of a message: a quoted text, else what follows "whether",
   * "if", "that", "saying" or a colon, without the option words said. */
  function rvMessage(clause, said) {
    const q = /"([^"]+)"|\u201c([^\u201d]+)\u201d/.exec(clause);
    if (q) return q[1] || q[2];
    const m = /(?:\b(?:whether|if|that|saying|asking)\b|:)\s*(.+)$/i.exec(clause);
    if (!m) return null;
    let t = m[1];
    const esc = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [opt, label] of said) {
      const lab = label ? '(?:' + esc(label) + ')' : '(?!)';
      t = t.replace(new RegExp('[,;]?\\s*(?:\\b(?:with|and|under|in|about|as|on|for)\\s+)?(?:the\\s+)?(?:' + lab + '\\s*:?\\s+)?' + esc(opt) + '(?:\\s+' + lab + ')?\\b', 'i'), ' ');
    }
    t = collapse(t).replace(/[,;]\s*$/, '');
    return t || null;
  }

  /* A panel just opened (a help or chat widget): its dropdowns set to the
   * options the clause names, its one free-text box given the message,
   * and its send button pressed. null when it has no text box. */
  function rvPanelFill(panel, c, words) {
    const clause = words || rvState.full || '';
    const all = [panel].concat(Array.from(panel.querySelectorAll('*')));
    const boxes = all.filter((el) => isVisible(el, c) && (el.localName === 'textarea' || el.isContentEditable || (el.localName === 'input' && /^(text|search|)$/.test(el.type || ''))));
    if (boxes.length !== 1) return null;
    const acts = [], said = [];
    const low = norm(clause);
    for (const sel of all.filter((el) => el.localName === 'select' && isVisible(el, c))) {
      const opt = Array.from(sel.options).filter((o) => o.value !== '' && o.text.trim() && new RegExp('(^|\\s)' + norm(o.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '($|\\s)').test(low))
        .sort((a, b) => b.text.length - a.text.length)[0];
      if (opt) { acts.push({ act: 'select', ref: refOf(sel), value: collapse(opt.text), label: ipName(sel, c), why: 'the option "' + collapse(opt.text) + '" the words name' }); said.push([collapse(opt.text), norm(ipName(sel, c))]); }
    }
    const msg = rvMessage(clause, said);
    if (!msg) return null;
    acts.push({ act: 'type', ref: refOf(boxes[0]), value: msg, why: 'the message' });
    const b = itDialogButton(panel, 'confirm', c, null);
    if (b && !DLG_NO.test(norm(ipName(b, c)))) acts.push({ act: 'click', ref: refOf(b), why: '"' + ipName(b, c) + '" sends it' });
    return { kind: 'reveal', score: 1, ok: true, again: false, actions: acts, why: 'the form of the panel the words opened' };
  }

  /* Reading of last resort: a message for the one text box of the page
   * ("ask whether ...", "send \"...\""), the box's part holding its send
   * button; null when the words hold no message or boxes are several. */
  function rvCompose(clause, c) {
    const boxes = c.all().filter((el) => (el.localName === 'textarea' || (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable))) && isVisible(el, c) && !isDisabled(el));
    if (boxes.length !== 1 || !rvMessage(clause, [])) return null;
    for (let p = parentOf(boxes[0]), up = 0; p && p.nodeType === 1 && up < 5 && p.localName !== 'body'; p = parentOf(p), up++) {
      const b = itDialogButton(p, 'confirm', c, null);
      if (b && !DLG_NO.test(norm(ipName(b, c)))) return rvPanelFill(p, c, clause);
    }
    return null;
  }

  /* The open dialogs (and modal layers) of the page. */
  function dlgOpen(c) {
    const out = [];
    for (const el of c.all()) {
      const t = el.localName, role = attrRole(el);
      const isDlg = (t === 'dialog' && el.open) || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
      if (isDlg && isVisible(el, c) && !out.some((o) => composedContains(o, el))) out.push(el);
    }
    if (!out.length) { const d = itDialog(c, null); if (d) out.push(d); }
    return out;
  }

  const DLG_NO = /\b(cancel|close|dismiss|keep|never ?mind|don'?t|do not|no thanks|go back|abort)\b/i;
  const DLG_LOOK = /^(open|show|view|see|display|bring|expand|click|press|tap|go|navigate|visit|start|launch)$/i;

  /* The button that sends a dialog for a goal: one that repeats the
   * clause's verb, else the one primary (confirm, save, submit, ok ...),
   * never a cancel or close. null when the words only open or look, ask
   * to cancel, or the dialog has no single such button. */
  function dlgGoalButton(dlg, verb, words, c) {
    /* "cancel Leo's appointment": the verb is what to do, not a no; the
     * words after it may still say no ("book it, then cancel") */
    const nw = norm(words), at = verb ? nw.indexOf(norm(verb)) : -1;
    const after = at >= 0 && /^(please |kindly )?$/.test(nw.slice(0, at)) ? nw.slice(at + norm(verb).length) : words;
    if (!verb || DLG_LOOK.test(verb) || DLG_NO.test(after)) return null;
    const b = itDialogButton(dlg, 'confirm', c, verb);
    if (!b) return null;
    const nm = norm(ipName(b, c));
    /* "Yes, cancel it" does the verb cancel; "Cancel" alone never does */
    if (DLG_NO.test(nm) && !(tokens(nm).length > 1 && matchEl(verb, b, c)[0] >= 0.7)) return null;
    /* a weak fit (no verb, no primary word) among several: none */
    const others = ipClickables(c, dlg).filter((x) => x !== b && isVisible(x, c) && !DLG_NO.test(norm(ipName(x, c))) && !GLYPH_CLOSE.test(collapse(textOf(x, c))) && (x.localName === 'button' || attrRole(x) === 'button' || x.type === 'submit'));
    if (others.length && !matchEl(verb, b, c)[0] && !/^(confirm|yes|ok|okay|save|submit|send|done|apply|continue|book|reserve|add|create|place)\b/.test(nm) && !b.matches('[type=submit]')) return null;
    return b;
  }

  const dlgState = { before: [], pending: null };
  const DLG_ANSWER = /\b(yes|no|ok|okay|confirm|sure|cancel|keep|close|dismiss|go back)\b/i;

  /* The button a pending dialog is to be pressed by, while it is open. */
  function dlgPendingButton(c) {
    const p = dlgState.pending;
    if (!p) return null;
    const dlg = p.dlg.deref(), b = p.btn.deref();
    if (!dlg || !b || !isVisible(dlg, c) || !isVisible(b, c) || isDisabled(b)) return null;
    /* a form a step showed: sent by no step since, and filled since */
    if (p.kind === 'held' && p.used) return null;
    if (p.kind === 'form' && (p.used || !p.fields.some((w) => { const el = w.deref(); return el && String(valueOf(el, c) || '') !== ''; }))) return null;
    return b;
  }

  /* Before a step: a confirmation an earlier step opened, which these
   * words do not answer, is confirmed ({ref, why}); then the dialogs open
   * now are noted, so the step's own are told apart after it. */
  function dlgMark(q) {
    const c = newCtx();
    const clause = collapse((q && q.clause) || '');
    let out = { ok: true };
    const p = dlgState.pending;
    if (p && p.kind === 'confirm') {
      dlgState.pending = null;
      const b = dlgPendingButton(c);
      if (b && !DLG_ANSWER.test(clause)) out = { ok: true, ref: refOf(b), why: p.why };
    } else if (p && p.kind === 'held') {
      /* a send held for the steps after (16-form.js ipHeldNext) */
      const b = dlgPendingButton(c);
      const next = b ? ipHeldNext(clause, p, c) : 'own';
      if (next !== 'keep') dlgState.pending = null;
      if (next === 'press') out = { ok: true, ref: refOf(b), why: p.why };
    }
    dlgState.before = dlgOpen(c).map((d) => new WeakRef(d));
    dlgState.shown = new WeakSet(dlgTextFields(c));
    /* the presses of the step, to tell a dialog it acted in from one it opened */
    dlgState.pressed = [];
    if (!dlgState.heard) { dlgState.heard = true; document.addEventListener('click', (e) => { if (dlgState.pressed) dlgState.pressed.push(new WeakRef(e.target)); }, true); }
    return out;
  }

  /* the text fields a person sees now */
  function dlgTextFields(c) {
    return formControls(c).filter((k) => k.kind === 'text' && isVisible(k.el, c) && !isDisabled(k.el)).map((k) => k.el);
  }

  /* A form a goal's step showed (a new page, a panel, a wizard's step)
   * with its fields empty: {form, btn} to send once later steps filled
   * it ("Rent the blue Vespa. Rider: Jo Lund, jo@lund.se."), or null. */
  function dlgNewForm(c) {
    const shown = dlgState.shown;
    const fresh = dlgTextFields(c).filter((el) => !(shown && shown.has(el)));
    if (fresh.length < 2 || fresh.some((el) => String(valueOf(el, c) || '') !== '' && !el.readOnly)) return null;
    const form = ipFormOf([{ ref: refOf(fresh[0]) }], c);
    const btn = form ? ipSubmitOf(form, [], c) : null;
    if (!btn || DLG_NO.test(norm(ipName(btn, c)))) return null;
    return { form, btn, fields: fresh };
  }

  /* A dialog the step opened and left open on purpose ("fill it in but
   * don't send it", 24-chain.js): counted as there before the step, so
   * dlgAfter keeps no button of it to press. */
  function dlgKeep(dlg) {
    if (dlg && !dlgState.before.some((w) => w.deref() === dlg)) dlgState.before.push(new WeakRef(dlg));
  }

  /* Whether a press on t acted in the dialog dlg: t is in it, on a control
   * (or inside one). A click that landed on its heading or text ("confirm
   * the payment" matched "Confirm your order") did nothing there, and the
   * dialog's own button is still to press. */
  function dlgPressedIn(dlg, t, c) {
    if (!t || !composedContains(dlg, t)) return false;
    for (let n = t; n && n !== dlg; n = parentOf(n)) if (n.nodeType === 1 && isClickable(n, c)) return true;
    return false;
  }

  /* After a step that went well: a dialog it opened is kept to press
   * later. A confirmation ("Are you sure?", a yes and a no) of what the
   * clause asked for, with no word against it: its yes, pressed before
   * the next step unless that step answers it, or at the end. A dialog
   * with fields that a goal's step opened: its primary button, pressed
   * once the steps that fill it are done (dlgFinish). */
  function dlgAfter(q) {
    q = q || {};
    const c = newCtx();
    const clause = collapse(q.clause || '');
    const was = dlgState.before.map((w) => w.deref()).filter(Boolean);
    const fresh = dlgOpen(c).filter((d) => !was.includes(d));
    /* the step's verb: the clause's first word, or the control's words
     * when the clause opens with none ("I've changed my mind ..., can you
     * cancel my hold on it?") */
    const first = (/^\s*(?:please\s+)?([\w']+)/.exec(clause) || [])[1] || '';
    const verbless = /^(?:i|i'm|im|i've|ive|we|we're|my|our|can|could|would|will|so|ok|okay|well|hi|hello|sorry)$/i.test(first);
    const verb = (verbless && (/^\s*(\w+)/.exec(collapse(q.verb || '')) || [])[1]) || (/^\s*(?:please\s+)?(\w+)/.exec(clause) || [])[1] || '';
    if (!fresh.length) {
      const nf = !dlgState.pending && verb && !DLG_LOOK.test(verb) && !DLG_NO.test(clause) ? dlgNewForm(c) : null;
      if (!nf) return { ok: true };
      /* sent at the end only when later steps fill it, and once */
      const p = { kind: 'form', dlg: new WeakRef(nf.form), btn: new WeakRef(nf.btn), fields: nf.fields.map((el) => new WeakRef(el)), why: '"' + ipName(nf.btn, c) + '" sends the form "' + clip(clause, 60) + '" showed, once filled' };
      nf.btn.addEventListener('click', () => { p.used = true; }, true);
      if (formOf(nf.btn)) formOf(nf.btn).addEventListener('submit', () => { p.used = true; }, true);
      dlgState.pending = p;
      return { ok: true, pending: 'form' };
    }
    const dlg = fresh[fresh.length - 1];
    /* a drawer the step opened to press a button in it ("apply the code
     * SPRING10 in the basket"): done in it already, nothing kept */
    if ((dlgState.pressed || []).some((w) => dlgPressedIn(dlg, w.deref(), c)) && !(dlgState.pending && dlgState.pending.kind === 'held')) { dlgState.pending = null; return { ok: true }; }
    /* the step filled it and left its sending to the steps after (16-form.js ipHoldSend) */
    if (dlgState.pending && dlgState.pending.kind === 'held' && composedContains(dlg, dlgState.pending.btn.deref())) return { ok: true, pending: 'held' };
    dlgState.pending = null;
    const fields = Array.from(dlg.querySelectorAll('input,select,textarea,[role=combobox],[contenteditable=true]')).filter((f) => isVisible(f, c) && !/^(hidden|submit|button|checkbox|radio)$/.test(f.type || ''));
    const text = textOf(dlg, c);
    const asks = /\?|\bsure\b|cannot be undone|can't be undone|permanently|confirm/i.test(text);
    if (!fields.length && asks) {
      if (!verb || DLG_LOOK.test(verb) || DLG_NO.test(clause.slice(clause.toLowerCase().indexOf(verb.toLowerCase()) + verb.length))) return { ok: true, dialog: 'a confirmation the words do not answer' };
      const yes = itDialogButton(dlg, 'confirm', c, verb);
      /* "Yes, cancel add-on" says yes, though it says "cancel" too */
      const yesName = norm(ipName(yes || document.body, c));
      if (!yes || (DLG_NO.test(yesName) && !/^(?:yes|ok|okay|confirm|sure)\b/.test(yesName) && !(matchEl(verb, yes, c)[0] >= 0.7))) return { ok: true };
      if (!(matchEl(verb, yes, c)[0] >= 0.7 || /^(yes|ok|okay|confirm|continue|proceed|sure)\b/.test(norm(ipName(yes, c))) || yes.matches('.danger,.btn-danger,.primary,.btn-primary'))) return { ok: true };
      dlgState.pending = { kind: 'confirm', dlg: new WeakRef(dlg), btn: new WeakRef(yes), why: '"' + ipName(yes, c) + '" confirms what the words asked for ("' + clip(text, 60) + '")' };
      return { ok: true, pending: 'confirm' };
    }
    const b = fields.length ? dlgGoalButton(dlg, verb, clause, c) : null;
    if (b) dlgState.pending = { kind: 'submit', dlg: new WeakRef(dlg), btn: new WeakRef(b), why: '"' + ipName(b, c) + '" sends the dialog the words filled' };
    return { ok: true, pending: b ? 'submit' : null };
  }

  /* When no later step acts: a pending dialog still open, confirmed or
   * sent by its button ({ref, why}); {ok:true} when there is none. */
  function dlgFinish() {
    const p = dlgState.pending;
    const b = dlgPendingButton(newCtx());
    dlgState.pending = null;
    return b ? { ok: true, ref: refOf(b), why: p.why } : { ok: true };
  }

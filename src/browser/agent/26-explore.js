  /* ------------------------------------------------------------------ */
  /* explore: going where the answer is, as a person would               */
  /*                                                                     */
  /* "where is The Night Ferry displayed?" on a grid of artwork cards    */
  /* that say only their titles: the answer is in the card's details    */
  /* panel. "what did Mochi weigh?" on a page that shows Biscuit's       */
  /* record until Mochi is chosen in a <select>. answer (22-answer.js)  */
  /* grounds the thing the question is about (the entity: the smallest   */
  /* part that says the question's names, widened to its item), checks   */
  /* whether that part holds a value of the asked type, and when it does */
  /* not, hands back one reversible move as `reveal`: the entity chosen  */
  /* in a switcher, the entity's own control (its card, link or details  */
  /* button, never one that commits or destroys), or a closed tab,       */
  /* section or tree node whose label shares the question's words. The   */
  /* executor makes the move and asks again (at most REVEALS_MAX times   */
  /* in actions.c); a control once used is not offered again.            */

  /* a control a look must never press: what it does commits, sends or
   * destroys ("Cancel appointment", "Delete", "Book", "Pay") */
  const EX_COMMITS = /\b(?:re)?(?:delete|remove|cancel|discard|archive|unsubscribe|deactivate|disable|revoke|reset|clear|empty|erase|destroy|sign ?out|log ?out|logout|pay|buy|purchase|order|checkout|check ?out|book|reserve|submit|send|confirm|apply|save|publish|post|accept|decline|reject|approve|transfer|withdraw|block|report|leave|join|subscribe|unfollow|follow|like|vote|add|upload|download|print|share|edit|rename|move|copy|mark|close|dismiss)\b/i;

  /* controls used by a look in this document: never offered twice */
  const exUsed = new WeakSet();

  /* el may be pressed to look: no submit, no toggle of a state, no word
   * of committing or destroying in its name */
  function exSafe(el, c) {
    if (!el || !el.getAttribute || exUsed.has(el) || isDisabled(el)) return false;
    const t = el.localName;
    if (t === 'input' || t === 'select' || t === 'textarea' || t === 'option' || isCheckable(el)) return false;
    if (t === 'button' && (el.getAttribute('type') || 'submit').toLowerCase() === 'submit' && el.form) return false;
    const r = attrRole(el);
    if (r === 'checkbox' || r === 'radio' || r === 'switch' || r === 'menuitemcheckbox' || r === 'menuitemradio' || r === 'slider') return false;
    if (t === 'a' && el.hasAttribute('href')) {
      const h = el.getAttribute('href') || '';
      if (/^\s*(?:javascript:|mailto:|tel:)/i.test(h) || el.hasAttribute('download') || /^(?:delete|post|put|patch)$/i.test(el.getAttribute('data-method') || '')) return false;
    }
    /* an open part's toggle closes it; a chosen tab is open already */
    if (el.getAttribute('aria-expanded') === 'true' || el.getAttribute('aria-selected') === 'true') return false;
    const name = collapse([textOf(el, c), el.getAttribute('aria-label') || '', el.getAttribute('title') || ''].join(' '));
    /* an icon that says nothing ("✎", "↓") may do anything, unless it
     * says it opens a part */
    const opens = el.getAttribute('aria-expanded') === 'false' || el.hasAttribute('aria-controls') || (el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false');
    if (!tokens(name).length && !opens) return false;
    return !EX_COMMITS.test(name);
  }

  /* the kinds whose values valuesIn recognises: a part that holds none
   * of them lacks the answer */
  const EX_TYPED = /^(money|percent|date|time|when|duration|size|speed|temperature|phone|email|url)$/;

  /* the words that say what is asked (the field's, the question's other
   * words), the subject's own left out */
  function exAskedWords(ask, keys, qwords) {
    const subj = new Set(keys.strong.concat(keys.weak));
    const out = [];
    for (const f of fieldWords(ask)) for (const w of tokens(f)) if (!Q_STOP.has(w)) out.push(w);
    if (ask.noun) for (const w of tokens(ask.noun)) if (!Q_STOP.has(w)) out.push(w);
    for (const w of qwords) if (w.length >= 3 && !subj.has(w)) out.push(w);
    /* "mochis" of "Mochi's" is the subject still */
    return Array.from(new Set(out)).filter((w) => !Array.from(subj).some((k) => wordsMeet(k, w)));
  }

  /* the part holds what is asked: a value of the type, or for an untyped
   * question (a person, a place, a yes or no) a word of what is asked */
  function exHolds(text, ask, keys, qwords, ent, c) {
    if (EX_TYPED.test(ask.kind || '')) return valuesIn(exNoFrequency(text), ask.kind, ask.unit).length > 0;
    /* a person's full name beside the entity's is its person */
    if (ask.kind === 'person' && ent && exFit(exPlainText(ent.item, c), ask, keys)) return true;
    /* ... and one in a part named for a person ("Mia" in its class "who") */
    if (ask.kind === 'person' && ent && ent.item.querySelector && findByAttr(ent.item, PERSON_FIELDS, c)) return true;
    const tt = tokens(text);
    const words = exAskedWords(ask, keys, qwords);
    /* the question's plain words that do not name the entity ("covered
     * by the wellness plan" of "Biscuit's dental check") ask of it */
    if (ent && ent.el) {
      const nt = tokens(textOf(ent.el, c));
      for (const w of keys.weak.concat(keys.strong)) if (!nt.some((t) => wordsMeet(w, t))) words.push(w);
    }
    if (!words.length) return true;
    /* a yes or no is said of all it names ("bicycles allowed"), not of
     * one word ("allow 12 min") */
    return ask.kind === 'yesno' ? exSaysEnough(tt, words) : words.some((w) => tt.some((t) => wordsMeet(w, t)));
  }

  /* "every 30 minutes", "each hour": how often, no duration */
  function exNoFrequency(text) {
    return String(text || '').replace(/\b(?:every|each|per)\s+(?:\d+(?:[.,]\d+)?\s*)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b/gi, ' ');
  }

  /* the entity: the smallest visible part that says the most of the
   * question's names, widened to its item (the card, row or entry of a
   * list; else the block around it). The names no visible part says
   * (a fare type on a list of routes) are left to the view to come.
   * {el, item, hits} or null */
  function exEntity(keys, c) {
    if (!keys.strong.length) return null;
    let best = null;
    for (const el of c.all()) {
      if (!candidateEl(el) || !hasOwnText(el) || !isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 300) continue;
      const h = keyHits(t, keys);
      if (!h.strong) continue;
      if (!best || h.strong > best.h.strong || (h.strong === best.h.strong && (h.s > best.h.s || (h.s === best.h.s && t.length < best.len)))) best = { el, h, len: t.length };
    }
    if (!best) return null;
    /* the page's own heading: the page is the entity's */
    if (best.el.localName === 'h1') return { el: best.el, item: closestComposed(best.el, 'main,[role=main]') || document.body, hits: best.h, page: true };
    const g = findRepeated(c);
    let item = g ? g.items.find((it) => composedContains(it, best.el)) : null;
    /* the same names said by other items too: no one entity */
    if (item && g.items.some((it) => { const o = keyHits(textOf(it, c), keys); return it !== item && o.strong >= best.h.strong && o.s >= best.h.s; })) return null;
    /* a folder's item holds its files' rows: the row of the name */
    const inner = item ? closestComposed(best.el, 'li,[role=treeitem],[role=row],tr,article', 6) : null;
    if (inner && inner !== item && composedContains(item, inner)) item = inner;
    if (!item) {
      item = best.el;
      for (let n = parentOf(item), up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
        if (n === document.body || textOf(n, c).length > 400) break;
        item = n;
        if (kidsOf(n).length > 1 && /^(li|tr|article|section|dialog|details|aside)$/.test(n.localName)) break;
      }
    }
    return { el: best.el, item, hits: best.h };
  }

  /* the entity: the part the step's target names, unless the question's
   * words name another better ("Pepper's nail trim" when the target
   * "Pepper" found Pepper's first card) */
  function exGround(keys, scope, c) {
    const sc = scope ? exScoped(scope, c) : null;
    const en = exEntity(keys, c);
    if (!sc || !en) return sc || en;
    return keyHits(textOf(en.item, c), keys).s > keyHits(textOf(sc.item, c), keys).s ? en : sc;
  }

  /* the part a target of the step names, as the entity */
  function exScoped(scope, c) {
    if (closestComposed(scope, 'select,option,form', 6)) return null;
    /* the page as a whole is no entity of it */
    if (scope === document.body || scope === document.documentElement || scope.localName === 'main' || textOf(scope, c).length > 600) return null;
    const g = findRepeated(c);
    let item = g ? g.items.find((it) => composedContains(it, scope)) : null;
    const inner = item ? closestComposed(scope, 'li,[role=treeitem],[role=row],tr,article', 6) : null;
    if (inner && inner !== item && composedContains(item, inner)) item = inner;
    return { el: scope, item: item || scope, hits: null };
  }

  /* the entity's own way in: the item itself when a person clicks it
   * (a card that opens a panel), a closed header of it, a link to its
   * own page, a button that opens its details. The safe one that most
   * says it opens something, first in the page's order of equals. */
  function exOwnControl(ent, c) {
    if (ent.page) return null;
    const cands = [];
    const add = (el, s) => { if (el && isVisible(el, c) && exSafe(el, c)) cands.push({ el, s }); };
    const item = ent.item;
    if (isClickable(item, c) && item.localName !== 'label') add(item, 3);
    for (let n = ent.el; n && n !== item && n.nodeType === 1; n = parentOf(n)) if (isClickable(n, c) && n.localName !== 'label') add(n, 3);
    for (const el of item.querySelectorAll('a[href],button,summary,[role=button],[role=link],[role=tab],[aria-expanded],[aria-haspopup],[onclick]')) {
      let s = 1;
      if (el.getAttribute('aria-expanded') === 'false' || el.localName === 'summary' || (el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false')) s += 2;
      if (el.getAttribute('aria-controls')) s += 1;
      /* the item's name as a link: its own page */
      if ((el.localName === 'a' && composedContains(el, ent.el)) || composedContains(ent.el, el)) s += 1;
      if (el.localName === 'a') {
        let to = null;
        try { to = new URL(el.getAttribute('href') || '', location.href); } catch (e) { to = null; }
        if (!to || to.origin !== location.origin) continue;
        /* a link to a place on this same page opens nothing; one back
         * to the page we came from, or the site's menus, is no way in */
        if (to.pathname === location.pathname && to.search === location.search) continue;
        if (document.referrer && to.href.split('#')[0] === document.referrer.split('#')[0]) continue;
        if (closestComposed(el, NAV_SEL)) continue;
        s += 1;
      }
      add(el, s);
    }
    if (!cands.length) return null;
    cands.sort((a, b) => (b.s - a.s) || (c.order.get(a.el) - c.order.get(b.el)));
    return cands[0].el;
  }

  /* before any other reading: a bubble to hover (exHiddenTip), or on
   * the page of the thing asked about (its heading says some of the
   * question's names) a value whose label says what is asked ("Exposure
   * 15 s" for "what exposure time was used for the northern lights
   * photo?"), read at once: the other names are where it came from */
  function exFirst(ask, keys, qwords, c) {
    const tip = exHiddenTip(ask, keys, qwords, null, c);
    if (tip) return tip;
    if (!ask.field || ask.kind === 'yesno' || ask.kind === 'count' || ask.kind === 'extreme' || ask.kind === 'message' || ask.kind === 'tooltip') return null;
    const h1 = Array.from(document.querySelectorAll('h1')).find((h) => isVisible(h, c));
    if (!h1) return null;
    const ht = tokens(textOf(h1, c));
    const said = keys.strong.concat(keys.weak).filter((w) => ht.some((t) => wordsMeet(w, t)));
    if (!said.length || said.length < Math.min(2, keys.weak.length + keys.strong.length)) return null;
    const view = closestComposed(h1, 'main,[role=main],article') || document.body;
    const p = exReadPairs(view, ask, keys, qwords, c);
    if (!p || !p.named || !/^the "/.test(p.why)) return null;
    return { ok: true, text: clip(p.v, ANSWER_MAX), ref: refOf(p.el), how: 'view', why: p.why + ' (on the page of "' + clip(textOf(h1, c), 40) + '")' };
  }

  /* the one item of the page's repeated items that the names the page's
   * heading does not say name best, as the entity; null when none or
   * several alike */
  function exItemOnPage(keys, ent, c) {
    const k2 = exLessName(keys, textOf(ent.el, c));
    if (!k2) return null;
    const words = { strong: [], weak: k2.strong.concat(k2.weak), phrases: [] };
    if (!words.weak.length) return null;
    const g = findRepeated(c);
    if (!g) return null;
    const sc = g.items.filter((it) => isVisible(it, c)).map((it) => ({ it, s: keyHits(textOf(it, c), words).s })).sort((a, b) => b.s - a.s);
    if (!sc.length || !sc[0].s || (sc[1] && sc[1].s === sc[0].s)) return null;
    /* an item that opens (its own control, or tools shown on hover) */
    const it = { el: sc[0].it, item: sc[0].it, hits: null };
    return exOwnControl(it, c) || exHoverTools(it, c) ? it : null;
  }

  /* "the Year 9 Biology Genetics unit": on a tree, the node below the
   * entity's whose path of labels says more of the question's names
   * (the deepest of equals), shown or not; null when none says more */
  function exTreeLeaf(keys, ent, c) {
    const ti = closestComposed(ent.el, '[role=treeitem]', 4);
    if (!ti) return null;
    const words = keys.strong.concat(keys.weak);
    const own = (n) => { const f = Array.from(kidsOf(n)).find((k) => k.nodeType === 1 && attrRole(k) !== 'group' && k.localName !== 'ul'); return collapse((f || n).textContent || ''); };
    const said = (path) => { const tt = tokens(path); return words.filter((w) => tt.some((t) => wordsMeet(w, t))).length; };
    const base = said(own(ti));
    let best = null;
    for (const d of ti.querySelectorAll('[role=treeitem]')) {
      let path = '', depth = 0;
      for (let n = d; n && n !== ti; n = parentOf(n)) if (attrRole(n) === 'treeitem') { path += ' ' + own(n); depth++; }
      const sc = said(own(ti) + path);
      if (sc > base && (!best || sc > best.sc || (sc === best.sc && depth > best.depth))) best = { d, sc, depth };
    }
    if (!best) return null;
    const lab = Array.from(kidsOf(best.d)).find((k) => k.nodeType === 1 && attrRole(k) !== 'group' && k.localName !== 'ul') || best.d;
    return { el: lab, item: best.d, hits: null };
  }

  /* the item hides safe controls of its own until it is hovered (a
   * grid's tools), and is not hovered yet */
  function exHoverTools(ent, c) {
    if (ent.page || exUsed.has(ent.item) || !isVisible(ent.item, c) || (lastHover && composedContains(ent.item, lastHover))) return false;
    for (const el of ent.item.querySelectorAll('a[href],button,[role=button],[role=link]')) {
      if (isVisible(el, c) || exUsed.has(el)) continue;
      const name = collapse([textOf(el, c) || el.textContent || '', el.getAttribute('aria-label') || '', el.getAttribute('title') || ''].join(' '));
      if (tokens(name).length && !EX_COMMITS.test(name)) return true;
    }
    return false;
  }

  /* a closed tab, section header or tree node whose label shares the
   * question's words ("Year 3" of "when is the Year 3 gala?", "Fares"
   * of "how much is the fare?") */
  function exNamedClosed(keys, asked, c, ask) {
    const words = Array.from(new Set(keys.strong.concat(keys.weak, asked)));
    if (!words.length) return null;
    let best = null;
    for (const el of c.all()) {
      if (!isVisible(el, c) || !exSafe(el, c)) continue;
      const r = roleOf(el);
      const closed = (r === 'tab' && el.getAttribute('aria-selected') === 'false') || el.getAttribute('aria-expanded') === 'false' ||
        (el.localName === 'summary' && el.parentElement && !el.parentElement.open);
      if (!closed) continue;
      const own = el.getAttribute('role') === 'treeitem' ? Array.from(kidsOf(el)).filter((k) => k.nodeType === 1 && isVisible(k, c)).map((k) => textOf(k, c)).join(' ') : textOf(el, c);
      const tt = tokens(own);
      if (!tt.length || tt.length > 6) continue;
      let n = words.filter((w) => tt.some((t) => wordsMeet(w, t))).length * 2;
      /* what the part it opens says: the question's words, a value of
       * the type asked ("Café car: open until 19:00" under "On board") */
      const part = exPartOf(el, c);
      if (part) {
        const pt = collapse(part.textContent || '');
        const h = keyHits(pt, keys);
        if (h.s && (!keys.strong.length || h.strong)) n += h.s + (ask && EX_TYPED.test(ask.kind || '') && valuesIn(exNoFrequency(pt), ask.kind, ask.unit).length ? 2 : 0);
      }
      if (n && (!best || n > best.n)) best = { el, n };
    }
    return best ? best.el : null;
  }

  /* the hidden part a closed control opens: what it controls, a tree
   * node's group, the panel after a header */
  function exPartOf(el, c) {
    const id = el.getAttribute('aria-controls');
    const byId = id ? byIdIn(el, id.split(/\s+/)[0]) : null;
    if (byId) return isVisible(byId, c) ? null : byId;
    if (el.localName === 'summary') return el.parentElement;
    const grp = Array.from(kidsOf(el)).find((k) => k.nodeType === 1 && (attrRole(k) === 'group' || k.localName === 'ul') && !isVisible(k, c));
    if (grp) return grp;
    const nx = el.nextElementSibling;
    return nx && !isVisible(nx, c) ? nx : null;
  }

  /* a <select> that chooses whose data the page shows, one of whose
   * other options the question names: {el, value} or null */
  function selectSwitch(q, keys, c) {
    const said = new Set(keys.strong);
    if (!said.size) return null;
    for (const el of c.all()) {
      if (el.localName !== 'select' || el.multiple || !isVisible(el, c) || isDisabled(el)) continue;
      /* a field of a form that is sent ("Which day?" of a ticket order)
       * takes a value; it shows nothing of the page */
      if (exFormField(el, c)) continue;
      const opts = Array.from(el.options || []);
      if (opts.length < 2 || opts.length > 60) continue;
      for (const o of opts) {
        const t = tokens(o.textContent || '');
        if (!t.length || t.length > 4 || o.selected || o.disabled || !t.every((w) => said.has(w))) continue;
        return { el, value: collapse(o.textContent || '') };
      }
    }
    return null;
  }

  /* Is el a field of a form, with or without a <form>: its form has a
   * submit button, or the box around it holds two more fields and a
   * button (a ticket order of divs: type, day, quantity, Buy). */
  function exFormField(el, c) {
    if (el.form && submitterOf(el.form, c)) return true;
    for (let n = parentOf(el), up = 0; n && n.nodeType === 1 && up < 5 && n !== document.body; n = parentOf(n), up++) {
      const fields = Array.from(n.querySelectorAll('input,select,textarea')).filter((f) => f !== el && f.type !== 'hidden' && f.type !== 'search' && isVisible(f, c));
      if (fields.length >= 2) return !!n.querySelector('button,input[type=submit],[role=button]');
    }
    return false;
  }

  /* the move to make, as a refusal with `reveal`, or null */
  function exMove(el, how, why, c, value) {
    exUsed.add(el);
    /* the tab open now is where we were: not a place to go back to */
    if (roleOf(el) === 'tab') {
      const list = closestComposed(el, '[role=tablist]', 3);
      if (list) for (const t of list.querySelectorAll('[role=tab][aria-selected=true]')) exUsed.add(t);
    }
    const at = how === 'click' ? clickSpot(el, null, c) : el;
    const r = { ok: false, error: why, candidates: [candDesc(el, 0, c)], reveal: refOf(at), revealHow: how, revealText: clip(value || displayText(el, c), 80), view: true };
    if (value != null) r.revealValue = value;
    return r;
  }

  /* el or a small part around it says one of the question's names */
  function exNear(el, keys, c) {
    for (let n = el, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
      const t = textOf(n, c);
      if (t.length > 400) break;
      if (keyHits(t, { strong: keys.strong, weak: [] }).strong) return true;
    }
    return false;
  }

  /* the tokens say at least half of the words, a verb's form ("allowed",
   * "parking") weighing half a thing's name ("bicycles") */
  function exSaysEnough(tt, words) {
    const w8 = (w) => (/(?:ed|ing)$/.test(w) ? 0.5 : 1);
    const all = words.reduce((a, w) => a + w8(w), 0);
    const said = words.filter((w) => tt.some((t) => wordsMeet(w, t))).reduce((a, w) => a + w8(w), 0);
    return said > 0 && said >= all / 2;
  }

  /* text says every one of the question's names */
  function exSaysAll(text, keys) {
    return keys.strong.every((k) => keyHits(String(text || ''), { strong: [k], weak: [] }).strong > 0);
  }

  /* the answer given from the page as it is (res) reads the entity's
   * own words back, or a part that is not the entity's: a guess */
  function exDoubtful(res, ent, keys, c, ask, qwords) {
    if (!res || !res.ok) return true;
    /* on the entity's own page: its name is said by the page; a yes or
     * no is doubtful when its sentence says too little of the question */
    if (ent.page) {
      if (exControl(deref(res.ref) || document.body)) return true;
      if (ask && ask.kind === 'yesno' && res.how === 'sentence') {
        const k2 = exLessName(keys, textOf(ent.el, c)) || keys;
        return !exSaysEnough(tokens(String(res.text || '')), k2.weak.concat(exAskedWords(ask, keys, qwords || [])));
      }
      return false;
    }
    /* one of the values the page offers for the field asked: no guess */
    if (res.vocab) return false;
    const tt = tokens(String(res.text || ''));
    if (tt.length && tt.every((t) => keys.strong.concat(keys.weak).some((k) => wordsMeet(k, t)) || Q_STOP.has(t))) return true;
    /* a sentence that does not name what the question names */
    if (res.how === 'sentence' && !exSaysAll(res.text, keys)) return true;
    const el = deref(res.ref);
    if (!el) return false;
    if (exControl(el)) return true;
    /* read where nothing around says the entity's names: another thing's */
    if (keys.strong.length && !exNear(el, keys, c)) return true;
    /* read inside the entity's item, which lacks what is asked; a state
     * read there ("Closed" in the Sunday row) is the yes or no itself */
    if (composedContains(ent.item, el) || composedContains(el, ent.item)) return !(res.how === 'state' || (ask && ask.kind === 'yesno'));
    return false;
  }

  /* explore(q, ask, keys, qwords, scope, res, c): the move that brings
   * the answer into view when the entity's part lacks it and the reading
   * res is a failure or a guess; null to keep res */
  function explore(q, ask, keys, qwords, scope, res, c) {
    if (ask.kind === 'count' || ask.kind === 'extreme' || ask.kind === 'health' || ask.kind === 'message' || ask.kind === 'tooltip') return null;
    const asked = exAskedWords(ask, keys, qwords);
    /* a bubble shown on hover that says what is asked */
    const tip = exHiddenTip(ask, keys, qwords, res, c);
    if (tip) return tip;
    /* a dialog a look opened that names the entity is its view now */
    const dlg = exDialog(keys, c);
    let ent = dlg ? { el: dlg, item: dlg, hits: null } : exGround(keys, scope, c);
    /* on a page named by some of the question's names, the rest name one
     * of its items ("the northern lights photo" on the Iceland album) */
    if (ent && ent.page && ask.kind !== 'yesno') ent = exItemOnPage(keys, ent, c) || ent;
    /* a tree node: the node under it whose path says the most names */
    if (ent && !ent.page) ent = exTreeLeaf(keys, ent, c) || ent;
    /* a move the reading chose outside the entity (a "Details" of another
     * card before a hidden label): the entity's own comes first */
    if (res && res.reveal) {
      const at = deref(res.reveal);
      if (!ent || !at || composedContains(ent.item, at) || exHolds(itemSays(ent.item, c), ask, keys, qwords, ent, c)) return null;
      const own = exOwnControl(ent, c);
      if (own) return exMove(own, 'click', 'what the question asks is not on "' + clip(textOf(ent.item, c), 60) + '"; open "' + clip(displayText(own, c), 40) + '" to read there', c);
      /* another item's view says it of that item, not of this one */
      const g = ent.hits ? findRepeated(c) : null;
      const other = g && g.items.some((it) => !composedContains(it, ent.item) && composedContains(it, at));
      if (other) return { ok: false, error: 'what the question asks is not on "' + clip(textOf(ent.item, c), 60) + '", and nothing of it opens its own details (only controls that change it)', candidates: [candDesc(ent.item, 0, c)] };
      return null;
    }
    /* nothing names the entity: a closed part whose label does */
    if (!ent) {
      const named = res && !res.ok ? exNamedClosed(keys, [], c, ask) : null;
      return named ? exMove(named, 'click', 'what the question names may be behind "' + clip(displayText(named, c), 60) + '"; open it to read there', c) : null;
    }
    if (exHolds(itemSays(ent.item, c), ask, keys, qwords, ent, c)) return null;
    if (!exDoubtful(res, ent, keys, c, ask, qwords)) return null;
    const own = exOwnControl(ent, c);
    if (own) return exMove(own, 'click', 'what the question asks is not on "' + clip(textOf(ent.item, c), 60) + '"; open "' + clip(displayText(own, c), 40) + '" to read there', c);
    /* a tree node in a closed branch: the branch opens, from the top */
    if (!isVisible(ent.item, c) && attrRole(ent.item) === 'treeitem') {
      let top = null;
      for (let n = parentOf(ent.item); n && n.nodeType === 1; n = parentOf(n)) if (attrRole(n) === 'treeitem' && n.getAttribute('aria-expanded') === 'false') top = n;
      const lab = top ? Array.from(kidsOf(top)).find((k) => k.nodeType === 1 && attrRole(k) !== 'group' && k.localName !== 'ul') : null;
      if (lab && isVisible(lab, c) && !exUsed.has(lab)) return exMove(lab, 'click', 'what the question names is in the closed branch "' + clip(textOf(lab, c), 40) + '"; open it', c);
    }
    /* its controls show only while it is hovered (a photo's ↗) */
    if (exHoverTools(ent, c)) return exMove(ent.item, 'hover', 'what the question asks is not on "' + clip(textOf(ent.item, c), 60) + '"; its own controls show on hover', c);
    /* on the entity's own page its name is said already */
    const named = exNamedClosed(ent.page ? exLessName(keys, textOf(ent.el, c)) || keys : keys, asked, c, ask);
    if (named) return exMove(named, 'click', 'what the question asks may be behind "' + clip(displayText(named, c), 60) + '"; open it to read there', c);
    /* on the entity's own page: a link that says what is asked */
    const nameT = tokens(textOf(ent.el, c));
    const link = ent.page ? exAskedLink(asked.concat(keys.strong, keys.weak).filter((w) => !nameT.some((t) => wordsMeet(w, t))), c) : null;
    if (link) return exMove(link, 'click', 'what the question asks is not on the page of "' + clip(textOf(ent.el, c), 60) + '"; "' + clip(displayText(link, c), 40) + '" says it', c);
    /* a button's label read as the value ("Rebook" as a vet) */
    const at = res && res.ok ? deref(res.ref) : null;
    if (at && exControl(at)) return { ok: false, error: 'what the question asks is not on "' + clip(textOf(ent.item, c), 60) + '", and nothing of it opens its own details (only controls that change it)', candidates: [candDesc(ent.item, 0, c)] };
    return null;
  }

  /* a bubble the page makes only on hover (a role=tooltip or a tip-like
   * class, hidden under a visible trigger: a name with a bio, an ⓘ with a
   * policy, a 💬 with a comment) whose words, or its trigger's label,
   * say what the question asks, beside the question's names: the trigger
   * to hover, or null. res: the reading so far; a bubble must say more
   * of what is asked than the part res read. */
  let exTipOpen = null;
  function exHiddenTip(ask, keys, qwords, res, c) {
    if (res && (res.how === 'tooltip' || res.reveal)) return null;
    if (ask.kind === 'count' || ask.kind === 'extreme' || ask.kind === 'health' || ask.kind === 'message' || ask.kind === 'tooltip') return null;
    /* the bubble a hover of ours showed: read there */
    const open = exTipOpen && exTipOpen.deref();
    if (open && isVisible(open, c)) {
      exTipOpen = null;
      const t = collapse(textOf(open, c) || open.textContent || '');
      let v = t;
      if (EX_TYPED.test(ask.kind || '')) {
        const vs = valuesIn(exNoFrequency(t), ask.kind, ask.unit);
        if (vs.length === 1) v = vs[0].v;
      }
      if (ask.kind === 'yesno' && !/^(?:yes|no)\b/i.test(v)) v = (NEGATES.test(v) ? 'No: ' : 'Yes: ') + v;
      return { ok: true, text: clip(v, ANSWER_MAX), ref: refOf(open), how: 'tooltip', why: 'the bubble hovering showed: "' + clip(t, 80) + '"' };
    }
    const asked = exAskedWords(ask, keys, qwords);
    const tips = [];
    for (const el of c.all()) {
      if (!el.getAttribute || isVisible(el, c)) continue;
      if (attrRole(el) !== 'tooltip' && !/(^|[\s_-])(tooltip|bubble|popover|tippy)([\s_-]|$)/i.test(attrWords(el))) continue;
      const hidden = collapse(el.textContent || '');
      if (!hidden || hidden.length > 400) continue;
      let trig = parentOf(el);
      for (let up = 0; trig && trig.nodeType === 1 && !isVisible(trig, c) && up < 3; up++) trig = parentOf(trig);
      if (!trig || trig.nodeType !== 1 || !isVisible(trig, c) || trig === lastHover || composedContains(trig, lastHover)) continue;
      tips.push({ el, trig, hidden, sig: (trig.getAttribute('aria-label') || '') + '|' + (trig.getAttribute('class') || trig.localName) });
    }
    if (!tips.length) return null;
    const meetN = (text) => { const tt = tokens(text); return asked.filter((w) => tt.some((t) => wordsMeet(w, t))).length; };
    const at = res && res.ok ? deref(res.ref) : null;
    const had = at ? meetN(textOf(closestComposed(at, 'tr,li,[role=row],[role=listitem],article') || at, c) + ' ' + String(res.text || '')) : 0;
    let best = null;
    for (const tp of tips) {
      const label = [tp.trig.getAttribute('aria-label') || '', tp.trig.getAttribute('title') || ''].join(' ');
      /* the question's plain words its line does not say ask of it too
       * ("cancel" of "can I cancel the Deluxe King for free?") */
      const lineText = textOf(closestComposed(tp.trig, 'tr,li,[role=row],[role=listitem],article') || parentOf(tp.trig) || tp.trig, c);
      const line = tokens(lineText);
      const more = keys.weak.filter((w) => !asked.includes(w) && !line.some((t) => wordsMeet(w, t)));
      const tt = tokens(tp.hidden + ' ' + label);
      let m = meetN(tp.hidden + ' ' + label) + more.filter((w) => tt.some((t) => wordsMeet(w, t))).length;
      /* a value of the type asked, which its line lacks */
      const typed = EX_TYPED.test(ask.kind || '');
      const lineHas = typed && valuesIn(exNoFrequency(lineText), ask.kind, ask.unit).length > 0;
      if (typed && !lineHas && valuesIn(exNoFrequency(tp.hidden), ask.kind, ask.unit).length) m += 1;
      /* the trigger's own line or item says the question's names: up to
       * the part that holds the same bubble of another line */
      let h = null;
      for (let n = tp.trig, up = 0; n && n.nodeType === 1 && up < 5; n = parentOf(n), up++) {
        if (n !== tp.trig && tips.some((o) => o !== tp && o.sig === tp.sig && composedContains(n, o.trig))) break;
        const hh = keyHits(textOf(n, c), keys);
        if (hh.s && (!keys.strong.length || hh.strong)) { h = { s: hh.s + hh.strong - up * 0.1, up }; break; }
      }
      if (!h && (keys.strong.length || keys.weak.length)) continue;
      /* a bubble of the named thing itself (a name with its bio) is its
       * own view, when its line lacks what is asked */
      const lacks = asked.concat(more);
      if (!m && h && h.up === 0 && keys.strong.length && !lineHas && lacks.length && !lacks.some((w) => line.some((t) => wordsMeet(w, t)))) m = 0.5;
      if (!m || m <= had) continue;
      const s = m * 2 + (h ? h.s : 0);
      if (!best || s > best.s) best = { s, tp };
    }
    if (best) exTipOpen = new WeakRef(best.tp.el);
    return best ? exMove(best.tp.trig, 'hover', 'what the question asks shows in the bubble of "' + clip(displayText(best.tp.trig, c) || best.tp.trig.getAttribute('aria-label') || '', 40) + '" on hover; hover it to read there', c) : null;
  }

  /* "what's the fuel policy?" on terms that head a section "1. Fuel
   * policy": a heading that says every word of the thing asked (and no
   * more than a few others) names a section whose opening sentence is
   * the answer. Any heading level, in frames and shadow roots too; not
   * the page's own title. {ok, text, ...} or null. */
  function exSection(ask, keys, c) {
    if (ask.kind !== 'field' && ask.kind !== 'text' && ask.kind !== 'choice') return null;
    const fw = tokens(ask.field || ask.noun || '').filter((w) => !Q_STOP.has(w));
    const sw = keys.strong.concat(keys.weak);
    const want = Array.from(new Set(fw.concat(sw)));
    if (!want.length || want.length > 6) return null;
    let best = null;
    for (const el of c.all()) {
      if (!el.getAttribute || roleOf(el) !== 'heading' || el.localName === 'h1' || !isVisible(el, c)) continue;
      const ht = tokens(textOf(el, c)).filter((t) => !/^\d+$/.test(t));
      if (!ht.length || ht.length > 6) continue;
      /* the heading says all the question names, or the question all the
       * heading says ("rules for young drivers": "Young drivers") */
      const meets = want.filter((w) => ht.some((t) => wordsMeet(w, t))).length;
      const named = ht.every((t) => want.some((w) => wordsMeet(w, t)));
      if (!meets || (meets < Math.min(2, want.length) && !named)) continue;
      if (meets < want.length && !named) continue;
      /* the heading names what is asked, not only the thing it is of
       * ("Dental cleaning" is no answer to who the vet is) */
      if (fw.length && !fw.some((w) => ht.some((t) => wordsMeet(w, t))) && !fw.every((w) => EX_GENERIC.test(w))) continue;
      /* the section: what follows the heading up to the next heading */
      const parts = [];
      for (let n = el.nextElementSibling; n && parts.join(' ').length < 600; n = n.nextElementSibling) {
        if (roleOf(n) === 'heading' || n.querySelector('h1,h2,h3,h4,h5,h6')) break;
        /* prose only: a table, a list or a control is no policy */
        if (!/^(p|div|blockquote)$/.test(n.localName) || n.querySelector('table,ul,ol,dl,button,input,select,textarea,form')) break;
        if (isVisible(n, c) && textOf(n, c)) parts.push(textOf(n, c));
      }
      const body = collapse(parts.join(' '));
      if (!body || tokens((sentencesOf(body)[0] || '')).length < 5) continue;
      const extra = ht.length - meets;
      if (!best || meets > best.meets || (meets === best.meets && extra < best.extra)) best = { el, body, para: collapse(parts[0] || ''), extra, meets };
    }
    if (!best) return null;
    /* its first paragraph when short ("You may take photos for personal
     * use. Flash and tripods are not allowed."), else its first sentence */
    const first = sentencesOf(best.para).length <= 3 && best.para.length <= ANSWER_MAX ? best.para : (sentencesOf(best.body)[0] || best.body).trim();
    return { ok: true, text: clip(first, ANSWER_MAX), ref: refOf(best.el), how: 'section', why: 'the opening of the section "' + clip(textOf(best.el, c), 60) + '"' };
  }

  /* a link whose words say what the question asks ("Apply for this
   * job" of "until when can I apply for it?", "Reviews" of "what did
   * reviewers say"): its page holds the answer. A link is reversible
   * even when its word commits, if the question says that word (it asks
   * about doing it, and following a link does not do it). null when
   * none. */
  function exAskedLink(asked, c) {
    if (!asked.length) return null;
    let best = null;
    for (const el of c.all()) {
      if (!el.getAttribute || !isVisible(el, c) || exUsed.has(el) || closestComposed(el, NAV_SEL)) continue;
      const t = el.localName;
      const link = t === 'a' && el.hasAttribute('href');
      if (!link && !(t === 'button' || attrRole(el) === 'button' || attrRole(el) === 'link')) continue;
      const name = collapse([textOf(el, c), el.getAttribute('aria-label') || ''].join(' '));
      const nt = tokens(name);
      if (!nt.length || nt.length > 6) continue;
      const said = asked.filter((w) => nt.some((x) => wordsMeet(w, x)));
      if (!said.length) continue;
      if (!exSafe(el, c)) {
        if (!link) continue;
        const h = el.getAttribute('href') || '';
        if (/^\s*(?:javascript:|mailto:|tel:)/i.test(h) || el.hasAttribute('download') || el.hasAttribute('data-method')) continue;
        let to = null;
        try { to = new URL(h, location.href); } catch (e) { to = null; }
        if (!to || to.origin !== location.origin) continue;
        const rest = nt.filter((x) => !said.some((w) => wordsMeet(w, x))).join(' ');
        if (EX_COMMITS.test(rest)) continue;
      }
      const s = said.length * 2 - nt.length * 0.1;
      if (!best || s > best.s) best = { el, s };
    }
    return best ? best.el : null;
  }

  /* the words of a part outside its controls (a button's "Details
   * Cancel" is no name) */
  function exPlainText(el, c) {
    return textLeaves(el, c, 200).filter((x) => !closestComposed(x, 'button,a,[role=button],[role=link],input,select,textarea,label', 4)).map((x) => textOf(x, c)).join(' \u00b7 ');
  }

  /* a control, whose words say what it does, not a value */
  function exControl(el) {
    const b = closestComposed(el, 'button,[role=button],input,select,textarea', 3);
    return !!b;
  }

  /* ------------------------------------------------------------------ */
  /* reading the entity's own view: its labelled values                  */
  /*                                                                     */
  /* A details panel or an item's page says its attributes as label and  */
  /* value ("Artist  Elin Varga", "Arrive by 16:40", "Journey time 1 h   */
  /* 50 min · Change at Kelby"). The question names the attribute by a   */
  /* word the page may not use ("who painted": Artist; "where is it      */
  /* displayed": Gallery, Room 9): the pair is chosen by what the label  */
  /* shares with the question, the label's own kind (fieldKind) and the  */
  /* value's shape for the type asked.                                   */

  /* [{label, value, el, ctx}] of a part: dt/dd, a table's cells under
   * their headers (the row as context), "Label: value" lines, and the
   * segments of a line split by ·, | or ; */
  function exPairs(view, c) {
    const out = [];
    const push = (label, value, el, ctx) => {
      label = collapse(label || ''); value = collapse(value || '');
      if (value && value.length <= 200 && label.length <= 60) out.push({ label, value, el, ctx: ctx || '' });
    };
    for (const dt of view.querySelectorAll('dt')) {
      let dd = dt.nextElementSibling;
      while (dd && dd.localName === 'dt') dd = dd.nextElementSibling;
      if (dd && dd.localName === 'dd' && isVisible(dd, c)) push(textOf(dt, c), textOf(dd, c), dd);
    }
    for (const tr of view.querySelectorAll('tr')) {
      if (!isVisible(tr, c)) continue;
      const cells = cellsOf(tr);
      for (const cell of cells) {
        const h = headerOf(cell, c);
        if (h && !isHeadCell(cell)) push(h, textOf(cell, c), cell, textOf(tr, c));
      }
      if (cells.length === 2 && !headerOf(cells[1], c)) push(textOf(cells[0], c), textOf(cells[1], c), cells[1]);
    }
    for (const el of view.querySelectorAll('p,li,span,div,dd,td,small,strong')) {
      if (!isVisible(el, c) || !hasOwnText(el)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 200) continue;
      /* its row says what it is the value of ("20:00" beside "DJ Salt") */
      const up = parentOf(el);
      const row = up && up !== view && composedContains(view, up) ? textOf(up, c) : '';
      const ctx = row && row.length <= 120 ? row : t;
      for (const seg of t.split(/\s+[\u00b7|\u2022]\s+|;\s+/)) {
        /* "14:05" is no label and value */
        const m = /^([^:]{1,40}):(?!\d)\s*(.+)$/.exec(seg);
        if (m) push(m[1], m[2], el, ctx);
        else push('', seg, el, ctx);
      }
    }
    return out;
  }

  /* the value of the type asked inside a value text, or null when the
   * text does not fit the type */
  function exFit(value, ask, keys) {
    const k = ask.kind;
    if (EX_TYPED.test(k || '')) {
      const vs = valuesIn(exNoFrequency(value), k, ask.unit);
      return vs.length ? vs[0].v : null;
    }
    if (k === 'person') {
      const own = keys.strong.concat(keys.weak);
      const ps = valuesIn(value, 'person').filter((p) => !tokens(p.v).some((t) => own.some((w) => wordsMeet(w, t))) && !/\d/.test(p.v));
      /* a full name: a title, or two capitalized words */
      const full = ps.find((p) => /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|DJ|MC)\.?\s/.test(p.v) || p.v.split(/\s+/).filter((w) => /^[A-Z\u00c0-\u00de]/.test(w)).length >= 2);
      return full ? full.v : null;
    }
    if (k === 'place') {
      /* a place says a place's word or a number of one ("Room 9", "Lab 3") */
      if (valuesIn(value, 'date').length) return null; /* "12 Aug 2026" is no "Room 9" */
      return tokens(value).some((t) => fieldKind(t) === 'place') || /\b[A-Z][a-z]+\s+\d+[A-Z]?\b/.test(value) ? value : null;
    }
    return value;
  }

  /* what a question calls a section of prose, not a value's name */
  const EX_GENERIC = /^(rules?|polic(?:y|ies)|terms?|conditions?|info|information|details?|requirements?|guidelines?|regulations?)$/;

  /* a label of how long something runs */
  const EX_LENGTH = /\b(?:duration|length|runtime|run(?:ning)? ?time|play(?:ing)? ?time|total time|lasts?)\b/i;

  /* the best pair of the view for the question: {v, el, why} or null */
  function exReadPairs(view, ask, keys, qwords, c) {
    if (!view || ask.kind === 'yesno' || ask.kind === 'count') return null;
    const asked = exAskedWords(ask, keys, qwords);
    /* the plain words the view's own name does not say ask of it ("the
     * museum acquire" of "After the Gale") */
    const head = view.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]');
    const nt = tokens(head ? textOf(head, c) : '');
    for (const w of keys.weak) if (!nt.some((t) => wordsMeet(w, t)) && !asked.includes(w)) asked.push(w);
    const own = keys.strong.concat(keys.weak.filter((w) => !asked.includes(w)));
    /* the words the question itself says of what it asks */
    const said = exAskedWords({ kind: 'field', field: ask.field, noun: ask.noun }, keys, qwords);
    const shaped = EX_TYPED.test(ask.kind || '') || ask.kind === 'person' || ask.kind === 'place';
    let best = null;
    for (const p of exPairs(view, c)) {
      const lt = tokens(p.label);
      const meet = asked.filter((w) => lt.some((t) => wordsMeet(w, t))).length;
      const lk = lt.length ? fieldKind(p.label.toLowerCase()) || fieldKind(lt[lt.length - 1]) : null;
      const kindLabel = lk && (lk === ask.kind || (ask.kind === 'when' && (lk === 'date' || lk === 'time'))) ? 1 : 0;
      /* a label-less segment: the rest after words the question says
       * ("Journey time 1 h 50 min") */
      let value = p.value;
      let lead = 0;
      if (!p.label) {
        const vt = value.split(/\s+/);
        while (lead < vt.length - 1 && lead < 4 && said.some((w) => tokens(vt[lead]).some((t) => wordsMeet(w, t)))) lead++;
        /* "Room 12": a place says its own kind word */
        if (lead && ask.kind !== 'place') value = vt.slice(lead).join(' ');
      }
      /* a label that says every word of the field asked holds its value
       * whatever its form ("Journey time 1 h 50 min" for a "time") */
      const lw = p.label ? lt : tokens(p.value.split(/\s+/).slice(0, lead).join(' '));
      /* or every word but the kind's own ("Exposure" for "exposure time") */
      const whole = ask.field && value.length <= 60 && tokens(ask.field).every((w) => lw.some((t) => wordsMeet(w, t)) || (meet && (w === ask.kind || fieldKind(w) === ask.kind)));
      /* "Painted 1958": a year is the date a label the question names says */
      const year = meet && /^(when|date)$/.test(ask.kind) && /^\s*(?:c\.\s*|circa\s+)?\d{4}s?\s*$/.test(value) ? value : null;
      /* "Duration 14:05", "Running time 1:32:10": a clock form after a
       * label of a length is a duration, not a time of day */
      const cm = ask.kind === 'duration' ? /^(.{1,30}?):?\s+(\d{1,2}:\d{2}(?::\d{2})?)$/.exec(collapse((p.label ? p.label + ' ' : '') + p.value)) : null;
      const clock = cm && (EX_LENGTH.test(cm[1]) || asked.some((w) => tokens(cm[1]).some((t) => wordsMeet(w, t)))) ? cm[2] : null;
      if (clock) lead = Math.max(lead, 1);
      /* a place label ("Location") holds a place whatever its words */
      const placed = ask.kind === 'place' && kindLabel && p.label && value.length <= 60 && !valuesIn(value, 'date').length ? value : null;
      const fit = clock || exFit(value, ask, keys) || (whole ? value : null) || year || placed;
      if (!fit) continue;
      /* the entity's own words are its name, not its value */
      if (tokens(fit).length && tokens(fit).every((t) => own.some((w) => wordsMeet(w, t)))) continue;
      const ctx = p.ctx ? keyHits(p.ctx, keys).s : 0;
      /* a label that says the field asked beats one that says another
       * word of the question ("Altitude", not "Collected") */
      const fm = p.label ? tokens(ask.field || '').filter((w) => lt.some((t) => wordsMeet(w, t))).length : 0;
      const s = meet * 3 + lead * 3 + kindLabel * 2 + fm * 4 + ctx * 0.5 + (shaped ? 1 : 0);
      if (s < (shaped ? 1 : 2)) continue;
      if (!best || s > best.s) best = { s, v: fit, el: p.el, named: meet + lead, why: p.label ? 'the "' + clip(p.label, 40) + '" of its own view' : lead ? 'after "' + clip(p.value.split(/\s+/).slice(0, lead).join(' '), 40) + '" in its own view' : 'the ' + ask.kind + ' its own view says' };
    }
    return best;
  }

  /* the view the entity's answer lives in: an open dialog or drawer that
   * names it, else the entity's item */
  function exView(keys, scope, c) {
    const dlg = exDialog(keys, c);
    if (dlg) return dlg;
    const ent = exGround(keys, scope, c);
    if (ent) return ent.item;
    /* a page about what the question names ("how long is the video?" on
     * "Cardamom buns: the video"): its main part */
    const h1 = Array.from(document.querySelectorAll('h1')).find((h) => isVisible(h, c));
    const ht = h1 ? tokens(textOf(h1, c)) : [];
    if (!scope && keys.weak.length && keys.weak.some((w) => ht.some((t) => wordsMeet(w, t)))) return closestComposed(h1, 'main,[role=main],article') || document.body;
    return null;
  }

  function isDialogEl(el) {
    const r = attrRole(el);
    return r === 'dialog' || r === 'alertdialog' || (el.localName === 'dialog' && el.open) || el.getAttribute('aria-modal') === 'true';
  }

  /* an open dialog or drawer that names the entity (a look opened it) */
  function exDialog(keys, c) {
    if (!keys.strong.length && !keys.weak.length) return null;
    for (const el of c.all()) {
      if (!el.getAttribute || !isDialogEl(el) || !isVisible(el, c)) continue;
      const h = keyHits(textOf(el, c), keys);
      if (keys.strong.length ? h.strong >= 1 : h.s > 0) return el;
    }
    return null;
  }

  /* the reading from the entity's own view, when res is a failure, a
   * sentence or the entity's own words: {ok, text, ...} or null */
  function exAnswer(q, ask, keys, qwords, scope, res, c) {
    /* "which vet": a choice of a noun that names a kind of value */
    const wn = ask.kind === 'text' ? /\bwhich ([a-z]+)\b/i.exec(q) : null;
    const nk = (ask.kind === 'choice' || ask.kind === 'field' || wn) ? fieldKind(wn ? wn[1].toLowerCase() : ask.noun || ask.field || '') : null;
    if (nk && nk !== 'count') ask = Object.assign({}, ask, { kind: nk });
    if (ask.kind === 'count' || ask.kind === 'extreme' || ask.kind === 'yesno' || ask.kind === 'message' || ask.kind === 'tooltip' || ask.kind === 'health') return null;
    if (res && res.reveal) return null;
    /* a section the question names by its heading: its opening */
    if (!(res && res.ok && (res.how === 'view' || res.how === 'tooltip' || res.how === 'list' || res.how === 'negation'))) {
      const sec = exSection(ask, keys, c);
      if (sec) return sec;
    }
    const echo = res && res.ok && tokens(String(res.text || '')).every((t) => keys.strong.concat(keys.weak).some((k) => wordsMeet(k, t)) || Q_STOP.has(t));
    const view = exView(keys, scope, c);
    if (!view) return null;
    const inView = res && res.ok && deref(res.ref) && composedContains(view, deref(res.ref));
    /* a value picked from running text beside others of its kind: a
     * label the question names says which ("Next due", not "Given") */
    const loose = res && res.ok && (res.how === 'text' || (ask.kind === 'person' && !/\s/.test(String(res.text || '').trim())));
    /* read behind the dialog a look opened */
    const outside = isDialogEl(view) && !inView;
    if (res && res.ok && !echo && !loose && !outside && res.how !== 'sentence') return null;
    const p = exReadPairs(view, ask, keys, qwords, c);
    /* a full name beats a lone capitalized word read as a person */
    const fuller = ask.kind === 'person' && /\s/.test(p ? p.v : '') && !/\s/.test(String(res && res.text || '').trim());
    if (!p || (loose && !outside && !echo && ((!p.named && !fuller) || p.v === res.text))) return null;
    /* the value read already stands inside the pair's ("91%" in "on db-2
     * is at 91%, ..."): the narrower reading keeps */
    if (loose && !outside && res.text && String(p.v).includes(String(res.text))) return null;
    return { ok: true, text: clip(p.v, ANSWER_MAX), ref: refOf(p.el), how: 'view', why: p.why };
  }

  /* keys without the names a page's heading says, or null when it says
   * none of them */
  function exLessName(keys, name) {
    const nt = tokens(name || '');
    const inName = (w) => nt.some((t) => wordsMeet(w, t));
    const strong = keys.strong.filter((w) => !inName(w));
    if (strong.length === keys.strong.length) return null;
    return { strong, weak: keys.weak.filter((w) => !inName(w)), phrases: (keys.phrases || []).filter((ph) => !ph.every(inName)) };
  }

  /* On the entity's own page its name is the page's: "is the Saver
   * ticket on the Coastal Line refundable?" on the Coastal Line's page
   * asks of the Saver row, which never says "Coastal Line". When the
   * reading res failed or is a guess, the names the page's heading says
   * leave the subject (while one remains) and the question is read
   * again. The answer, or null. */
  function exInPage(q, ask, keys, qwords, scope, res, c) {
    if (!keys.strong.length || (res && res.reveal)) return null;
    if (res && res.ok && !(res.how === 'sentence' && !exSaysAll(res.text, keys))) return null;
    const h1 = Array.from(document.querySelectorAll('h1')).find((h) => isVisible(h, c));
    const nt = tokens(h1 ? textOf(h1, c) : document.title || '');
    if (!nt.length) return null;
    const k2 = exLessName(keys, nt.join(' '));
    if (!k2 || !k2.strong.length) return null;
    const inName = (w) => nt.some((t) => wordsMeet(w, t));
    const r2 = answerKind(q, ask, k2, qwords.filter((w) => !inName(w)), scope, c);
    if (!r2.ok) return null;
    r2.why = (r2.why || '') + ' (on the page of "' + clip(h1 ? textOf(h1, c) : document.title, 40) + '")';
    /* a yes or no said by a policy line ("Non-refundable.") */
    if (ask.kind === 'yesno' && r2.how === 'sentence' && !/^(?:yes|no)\b/i.test(r2.text)) r2.text = (NEGATES.test(r2.text) ? 'No: ' : 'Yes: ') + r2.text;
    return r2;
  }

  /* ------------------------------------------------------------------ */
  /* the way: the part of a multi-page app where the words fit           */
  /*                                                                     */
  /* "remove Canal Street from my favourites" said on an app's home      */
  /* page: a person opens "Favourites" in the menu first, then acts     */
  /* there. When nothing on the page fits a request or a question, the   */
  /* executor asks for a way (actions.c, find_way): the link, tab or     */
  /* menu item whose name says the request's words (or, failing that,    */
  /* names the section such words belong to), never one that signs out  */
  /* or destroys; the menu button first when the links are folded away. */
  /* The executor opens it and tries the words again there.              */

  /* a section's name, and the words of a request that belong to it
   * though the name does not say them ("turn off marketing emails":
   * Settings; "how much do I owe": Billing) */
  const WAY_SECTIONS = [
    [/^(?:setting|preference|notification|privacy|option|communication)$/, /^(?:logout|signout|log|email|newsletter|marketing|notify|notification|alert|reminder|sms|text|language|theme|dark|password|subscribe|unsubscribe|opt|turn|toggle|enable|disable|mode|plan|subscription)$/],
    [/^(?:billing|payment|invoice|bill|charge|statement|wallet|balance)$/, /^(?:pay|paid|owe|charge|charged|bill|invoice|balance|card|refund|fee|due|debit|statement|spent|plan|subscription)$/],
    [/^(?:profile|account|detail|me|personal)$/, /^(?:name|address|phone|email|birthday|profile|password|photo|avatar|membership|member|plan|subscription|newsletter|notification|preference|setting|reminder|marketing|owe|fine|balance|charge)$/],
    [/^(?:booking|reservation|appointment|schedule|calendar|agenda|class|session|trip|order|loan|timetable)$/, /^(?:cancel|reschedule|book|booked|reserve|appointment|upcoming|session|class|slot|trip|order|loan|renew|borrowed|due|return)$/],
    [/^(?:history|activity|past|ride|transaction|usage|journey|visit)$/, /^(?:last|past|previous|history|ago|yesterday|earlier|receipt|ride|trip|transaction|journey|visit)$/],
    [/^(?:plan|membership|subscription|pricing|tariff|price|fee|charge|rate|cost)$/, /^(?:plan|membership|subscription|upgrade|downgrade|tier|renew|renewal|annual|monthly|tariff|cost|price|fee|charge)$/],
    [/^(?:sign|signin|login|log|logon)$/, /^(?:sign|signin|login|log|logon|account|password)$/],
    [/^(?:help|support|contact|faq|report)$/, /^(?:help|contact|support|complaint|report|problem|issue|broken|fault)$/],
    /* where a service says what is wrong with it: "is the 4 disrupted?",
     * "is the east room closed this weekend?" */
    [/^(?:alert|notice|status|disruption|update|news|closure|incident|announcement|bulletin)$/, /^(?:disrupted|disruption|delay|delayed|closed|closure|closing|works|engineering|outage|suspended|diverted|strike|running|affected|incident|cancelled|canceled|broken|lift|elevator)$/],
    /* a service's own page: its times, first and last */
    [/^(?:line|route|timetable|schedule|service|stop|station)$/, /^(?:first|last|departure|depart|departs|leave|leaves|timetable|frequency|stop|route|line|bus|tram|train|ferry|metro|service)$/],
    [/^(?:fare|ticket|price|pricing|tariff)$/, /^(?:fare|ticket|price|cost|concession|pass|single|return|child|senior|student|zone)$/],
    [/^(?:saved|favourite|favorite|wishlist|shortlist|bookmark|starred|watchlist)$/, /^(?:saved|save|favourite|favorite|bookmarked|bookmark|wishlist|shortlisted|starred|watchlist)$/],
    [/^(?:card|wallet|topup|top|credit)$/, /^(?:top|topup|credit|balance|card|trip)$/],
  ];

  /* a link that makes a thing, and the words that ask to make one */
  const WAY_MAKE = /^(?:\+\s*)?(?:new|create|add|compose|write|start)\b/i;
  const WAY_MAKES = /\b(?:new|create|add|compose|write|start|post|publish|draft|make|open a|submit|raise|file|log a|report)\b/i;

  /* the view of every item a list has */
  const WAY_ALL = /^(?:global|all|everything|everyone|explore|browse|show all|view all|see all)(?: (?:feed|articles|posts|items|products|stories|tasks|todos|messages|results|entries))?$/i;

  /* a link a look never follows: it ends the session or destroys */
  const WAY_NEVER = /\b(?:log ?out|logout|sign ?out|signout|delete|remove|unsubscribe|cancel|deactivate|close (?:my )?account|reset|clear|erase)\b/i;

  /* a button that unfolds the page's menu ("☰", "Menu") */
  const WAY_MENU = /^(?:(?:open |main |site )?(?:menu|navigation|nav)|☰|≡|more)$/i;

  /* the containers of an app's navigation */
  const WAY_NAV = 'nav,[role=navigation],[role=menubar],[role=menu],[role=tablist],header,aside';

  /* the words of a request that could name a part of the app; not those
   * of the site's own name ("library" on "My loans - Eastmoor Libraries"),
   * which every part says */
  function wayWords(clause) {
    const site = new Set(tokens(siteName()));
    const ws = Array.from(new Set(tokens(clause))).filter((w) => w.length >= 3 && (!Q_STOP.has(w) || /^ow(?:e|ed|ing)$/.test(w)) && !/\d/.test(w) && !site.has(w));
    /* "how much is a replacement card?": a price's, where fees are listed */
    if (/\bhow much\b/i.test(String(clause || ''))) ws.push('price');
    return ws;
  }

  /* the site's name: the part of the title that the page's banner says
   * too ("Eastmoor Libraries" of "My loans - Eastmoor Libraries", with the
   * name in its header), not this page's own ("Tides" of "Coastal Science
   * Evenings — Tides"); '' when no part is the banner's */
  function siteName() {
    const parts = String(document.title || '').split(/\s+[-|\u2013\u2014\u00b7:]\s+/);
    const banner = document.querySelector('header,[role=banner],nav,[role=navigation]');
    const said = norm(banner ? banner.textContent : '');
    if (parts.length < 2 || !said) return '';
    /* the longest such part: "Home" of "Home - Eastmoor Libraries" is a
     * link of the banner too */
    return parts.filter((p) => { const n = norm(p); return n && (' ' + said + ' ').includes(' ' + n + ' '); })
      .sort((a, b) => b.length - a.length)[0] || '';
  }

  /* one word of the request and one of a name: the same, a typo away,
   * or one the other's start ("book" of "Bookings", "renew" of
   * "Renewals"), not a short one inside a longer ("car" of "Careers") */
  function wayMeet(a, b) {
    if (a === b || tokenEq(a, b)) return true;
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    return s.length >= 4 && l.startsWith(s) && l.length - s.length <= 4;
  }

  /* how well a control's name leads to where the words fit: the words
   * it says (more when they are all of its name), else half a point when
   * it names the section such words belong to; 0 when neither */
  function wayScore(name, words) {
    const nt = tokens(name).filter((w) => !Q_STOP.has(w) && !/^\d+$/.test(w));
    if (!nt.length) return 0;
    let hit = 0;
    for (const v of nt) if (words.some((w) => wayMeet(w, v))) hit++;
    if (hit) return hit + hit / nt.length;
    for (const [sec, asks] of WAY_SECTIONS) {
      if (nt.some((v) => sec.test(v)) && words.some((w) => asks.test(w))) return 0.5;
    }
    /* a thing not in this view ("Your Feed", "Active") may be in the view
     * of everything: "Global Feed", "All" */
    if (WAY_ALL.test(collapse(name))) return 0.3;
    return 0;
  }

  /* a control that goes to another part of the app: a link of this site
   * (not to this very page), or a tab, menu item or button in the app's
   * navigation that commits nothing */
  function wayControl(el, c) {
    const t = el.localName, r = attrRole(el);
    if (t === 'a' && el.hasAttribute('href')) {
      const h = (el.getAttribute('href') || '').trim();
      /* href="" or "#": a script's link, a way only as a tab of a nav
       * list ("Global Feed" of a blog's feed toggle) */
      if (!h || h === '#') return !!closestComposed(el, WAY_NAV + ',.nav,.tabs,.nav-tabs,.nav-pills', 6) && exSafe(el, c);
      if (/^(?:javascript:|mailto:|tel:|data:)/i.test(h) || el.hasAttribute('download')) return false;
      if (typeof el.href === 'string' && el.origin && el.origin !== location.origin) return false;
      if (el.href === location.href) return false;
      return true;
    }
    if (r === 'tab' || r === 'menuitem' || r === 'link' || (t === 'button' && closestComposed(el, WAY_NAV, 10))) return exSafe(el, c);
    return false;
  }

  /* q: {clause, tried: [names opened before]}. The way to take:
   * {found: true, way: name, menu: bool, ...element} or {found: false} */
  /* "the renewal date of my family membership" where the row that says
   * "Family" links by its code ("GM-7731"): the link of the one row of a
   * table or list whose text says a word of the request no other row says,
   * the thing's own page. Its score, or 0. */
  function rowWay(el, to, words, c) {
    if (!to) return 0;
    const row = closestComposed(el, 'tr,[role=row],li,article,[role=listitem]', 4);
    const list = row && parentOf(row);
    if (!list) return 0;
    /* the rows that lead somewhere (not a header row of the table) */
    const rows = Array.from(kidsOf(list) || []).filter((r) => r.localName === row.localName && r.querySelector && r.querySelector('a[href]'));
    if (rows.length < 2) return 0;
    const said = rows.map((r) => new Set(tokens(textOf(r, c)).filter((t) => words.some((w) => wayMeet(w, t)))));
    /* the words each row alone says; only one row may say any */
    const own = said.map((s, k) => Array.from(s).filter((t) => !said.some((o, j) => j !== k && o.has(t))));
    const with_ = own.filter((o) => o.length);
    const mine = own[rows.indexOf(row)] || [];
    return with_.length === 1 && mine.length ? 1 + mine.length * 0.5 : 0;
  }

  function wayTo(q) {
    const c = newCtx();
    const words = wayWords(q && q.clause);
    const tried = new Set(((q && q.tried) || []).map((s) => norm(s)));
    if (!words.length) return { ok: true, found: false };
    let best = null, folded = null;
    const seen = new Set();
    const makes = WAY_MAKES.test(collapse((q && q.clause) || ''));
    for (const el of c.all()) {
      if (!wayControl(el, c) || isDisabled(el)) continue;
      if (el.getAttribute('aria-current') && el.getAttribute('aria-current') !== 'false') continue;
      if (el.getAttribute('aria-selected') === 'true') continue;
      const name = collapse(accName(el, c) || textOf(el, c));
      if (!name || name.length > 60 || WAY_NEVER.test(name) || tried.has(norm(name))) continue;
      /* two links to one place: the first; a link to the page shown is no way */
      const to = el.localName === 'a' && (el.getAttribute('href') || '').replace('#', '') ? el.href : null;
      if (to && (seen.has(to) || to === location.href)) continue;
      /* the view shown now: "Your Feed" marked active */
      if (el.classList && (el.classList.contains('active') || el.classList.contains('current'))) continue;
      let s = wayScore(name, words) || rowWay(el, to, words, c);
      if (!s) continue;
      /* "New Article" makes one: a way only for a request that makes one,
       * not for "favourite the article ..." */
      if (WAY_MAKE.test(name) && !makes) continue;
      if (to) seen.add(to);
      if (closestComposed(el, WAY_NAV, 10)) s += 0.25;
      if (closestComposed(el, 'footer', 10)) s -= 0.5;
      if (s <= 0) continue;
      if (!isVisible(el, c)) {
        if (!folded || s > folded.s) folded = { el, name, s };
        continue;
      }
      if (!best || s > best.s) best = { el, name, s };
    }
    if (best) return describe(best.el, c, { found: true, way: clip(best.name, 80), menu: false }, false);
    /* the links that fit are folded into a menu: its button first */
    if (folded) {
      for (const el of c.all()) {
        if (!isClickable(el, c) || !isVisible(el, c) || isDisabled(el)) continue;
        const name = collapse(accName(el, c) || textOf(el, c));
        const opens = el.getAttribute('aria-expanded') === 'false';
        if (tried.has(norm(name || 'menu'))) continue;
        if (WAY_MENU.test(name) || (opens && !name) || (opens && closestComposed(el, 'header,nav', 6))) {
          return describe(el, c, { found: true, way: clip(name || 'menu', 80), menu: true }, false);
        }
      }
    }
    return { ok: true, found: false };
  }

  /* ------------------------------------------------------------------ */
  /* saving a change: "stop sending me the newsletter" on a preferences  */
  /* form is done when the form is saved, as a person would save it.     */
  /* After a task's last step (crawl.c), when that step asked for a      */
  /* change and sent no form: the form holding what the steps acted on,  */
  /* if its values now differ from those it loaded with, and its one     */
  /* button that saves ("Save", "Save preferences", "Update") is the way */
  /* to keep them. Not when the words say not to, nor for a button that  */
  /* searches, sends, books, pays or destroys.                           */

  const SAVE_ASKS = /^(?:(?:please|kindly|now|then|and|just|can you|could you|would you|i want to|i'd like to|i would like to|i need to|id like to|help me)\s+)*(?:change|set|update|turn|switch|make|stop|start|up|raise|increase|lower|reduce|decrease|drop|enable|disable|opt|edit|rename|unsubscribe|subscribe|move|put)\b/i;
  const SAVE_NOT = /\b(?:don'?t|do not|without|never|no need to)\s+(?:actually\s+)?(?:sav|submit|send|confirm|apply|press|click)/i;
  const SAVE_NAME = /^(?:save|update|apply|keep)(?:\s+(?:changes?|preferences|settings|details|profile|my \w+|\w+))?$/i;

  /* a control whose value differs from the one its page loaded with */
  function saveChanged(el) {
    const t = el.localName, type = (el.type || '').toLowerCase();
    if (t === 'input' && (type === 'checkbox' || type === 'radio')) return el.checked !== el.defaultChecked;
    if (t === 'input' || t === 'textarea') return type !== 'hidden' && type !== 'submit' && type !== 'button' && el.value !== el.defaultValue;
    if (t === 'select') return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    return false;
  }

  /* q: {clause}. The button to save with: {found: true, ...element} */
  function saveFor(q) {
    const clause = collapse((q && q.clause) || '');
    if (!SAVE_ASKS.test(clause) || SAVE_NOT.test(clause)) return { ok: true, found: false };
    const c = newCtx();
    const seen = new Set();
    for (const el of touched) {
      if (!el.isConnected) continue;
      /* the form, or the part of the page around the control that has
       * its own save button (a settings panel with no <form>) */
      let box = formOf(el);
      for (let n = parentOf(el), up = 0; !box && n && n.nodeType === 1 && up < 6; n = parentOf(n), up++) {
        if (n === document.body) break;
        if (n.querySelector && n.querySelector('button,[role=button],input[type=submit]') && n.querySelectorAll('input,select,textarea').length) box = n;
      }
      if (!box || seen.has(box)) continue;
      seen.add(box);
      const ctls = Array.from(box.querySelectorAll('input,select,textarea'));
      if (!ctls.some(saveChanged)) continue;
      const saves = Array.from(box.querySelectorAll('button,[role=button],input[type=submit],input[type=button]'))
        .filter((b) => isVisible(b, c) && !isDisabled(b) && SAVE_NAME.test(collapse(accName(b, c) || textOf(b, c) || b.value || '')));
      if (saves.length !== 1) continue;
      return describe(saves[0], c, { found: true, name: clip(accName(saves[0], c) || textOf(saves[0], c), 60) }, false);
    }
    return { ok: true, found: false };
  }

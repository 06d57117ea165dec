  /* ------------------------------------------------------------------ */
  /* keys: the view an answer lives in, and the key it is under          */
  /*                                                                     */
  /* A question names the view its value is in as well as the value:     */
  /* "what did the van spend on fuel in April?" on a page that shows the */
  /* Sedan's May costs. These read the page's own controls: a switcher   */
  /* (a button that opens a menu and shows its current choice, "Vehicle: */
  /* Sedan ▾") whose other choice the question names; an item whose own */
  /* page holds what its card lacks; a sentence whose condition the      */
  /* question's number meets ("Seniors (65 and over) pay €4.20" for "if  */
  /* I'm 67"). answer (22-answer.js) asks them and hands the control     */
  /* back as `reveal`, which the executor clicks before asking again.    */

  const KEY_OPTION = '[role=menuitem],[role=menuitemradio],[role=option],li,a,button';

  /* the menu a switcher opens: the element its aria-controls names, else
   * a menu or list next to it in its parent */
  function switchMenu(opener) {
    const id = opener.getAttribute('aria-controls') || opener.getAttribute('aria-owns');
    const byId = id ? byIdIn(opener, id.split(/\s+/)[0]) : null;
    if (byId) return byId;
    const p = parentOf(opener);
    if (!p) return null;
    for (const k of kidsOf(p)) {
      if (k === opener || k.nodeType !== 1) continue;
      const r = attrRole(k);
      if (r === 'menu' || r === 'listbox' || k.localName === 'ul' || k.localName === 'ol' || /menu|dropdown|popover|options/i.test(attrWords(k))) return k;
    }
    return null;
  }

  /* "Vehicle: Sedan ▾" with a menu of Sedan, Van, Pickup: the question
   * says "van", which the opener does not show. Returns the element to
   * click (the choice when its menu is open, else the opener), or null.
   * An opener that shows none of its menu's choices is a menu of actions
   * or links (a nav menu), no switcher. */
  function menuSwitch(q, c) {
    const said = new Set(tokens(q).filter((w) => !Q_STOP.has(w)));
    if (!said.size) return null;
    for (const op of c.all()) {
      const hp = op.getAttribute && op.getAttribute('aria-haspopup');
      if (!hp || hp === 'false' || !isVisible(op, c)) continue;
      const menu = switchMenu(op);
      if (!menu) continue;
      const shown = tokens(textOf(op, c));
      const opts = Array.from(menu.querySelectorAll(KEY_OPTION)).filter((o) => !o.querySelector(KEY_OPTION));
      const names = opts.map((o) => tokens(textOf(o, c) || o.textContent || ''));
      const current = names.filter((t) => t.length && t.every((w) => shown.includes(w)));
      if (current.length !== 1) continue;
      for (let i = 0; i < opts.length; i++) {
        const t = names[i];
        if (!t.length || t.length > 4 || t === current[0] || !t.every((w) => said.has(w))) continue;
        if (t.every((w) => shown.includes(w))) continue;
        return isVisible(opts[i], c) ? opts[i] : op;
      }
    }
    return null;
  }

  /* "who is the instructor of the Advanced Pottery course?" on a list of
   * courses whose cards say a price and a day but no instructor: the one
   * item the subject names, when it lacks what is asked (no value of the
   * kind, no word of the field) and links to a page of its own, is opened
   * as a person opens it to read there. Returns that link, or null. */
  function itemPage(ask, keys, qwords, c) {
    if (!keys.strong.length || ask.kind === 'yesno' || ask.kind === 'count' || ask.kind === 'choice') return null;
    const g = findRepeated(c);
    if (!g) return null;
    const named = g.items.filter((it) => keyHits(textOf(it, c), keys).strong >= keys.strong.length);
    if (named.length !== 1) return null;
    const it = named[0];
    const a = primaryLink(it, c);
    if (!a || a.localName !== 'a' || !isVisible(a, c)) return null;
    let to = null;
    try { to = new URL(a.getAttribute('href') || '', location.href); } catch (e) { to = null; }
    if (!to || to.protocol !== location.protocol || (to.pathname === location.pathname && to.search === location.search)) return null;
    /* what the card says besides its name */
    const own = tokens(textOf(a, c));
    const rest = textOf(it, c);
    const restToks = tokens(rest).filter((t) => !own.includes(t));
    const typed = !/^(field|text|person|place|status)$/.test(ask.kind || 'field');
    if (typed && valuesIn(rest, ask.kind, ask.unit).length) return null;
    const words = [];
    for (const f of fieldWords(ask)) for (const w of tokens(f)) if (!Q_STOP.has(w)) words.push(w);
    for (const w of qwords) if (w.length >= 3) words.push(w);
    if (words.some((w) => restToks.some((t) => wordsMeet(w, t)))) return null;
    return a;
  }

  /* ------------------------------------------------------------------ */
  /* verbs: what a control does, by meaning rather than by its label     */
  /*                                                                     */
  /* A small table of action families (acquire, wait, remove, hide,      */
  /* restore, save, open, edit, apply) maps a request's verb and a       */
  /* control's words to what they do: "put me on the waiting list" and a */
  /* button "Notify me when back" are one family; "I can't make it       */
  /* anymore" and "Can't make it"; "bring back" and "Send back to        */
  /* Queued". A control is read by its name's head first ("Remove from   */
  /* wishlist" removes), then its object when the head is a verb of      */
  /* joining ("Join waitlist"), then its icon (a glyph, an icon class,   */
  /* an svg symbol), then its class words as a last resort. Also what    */
  /* the item reading needs of the page's build: the heading an item     */
  /* sits under (a day's column, an "Archived" section), icons that are  */
  /* plain spans inside a clickable card, cards that open when clicked,  */
  /* words that name an item's kind, "it" on an item's own page. Used by */
  /* 17-items.js.                                                        */

  /* families of actions that mean the same; each a few words, generic */
  const GOAL_FAM = {
    acquire: ['buy', 'purchase', 'order', 'get', 'choose', 'select', 'pick', 'book', 'reserve', 'hold', 'subscribe', 'take',
      'want', 'add to cart', 'add to basket', 'add to bag', 'add to trolley', 'checkout', 'rent', 'hire', 'sign up', 'register',
      'enrol', 'enroll', 'join', 'claim', 'grab', 'attend', 'redeem', 'volunteer', 'count me in', 'put me down', "i'm in",
      "i'm going", 'going', 'rsvp', "i'll be there"],
    wait: ['waitlist', 'wait list', 'waiting list', 'waitinglist', 'standby', 'stand by', 'notify me', 'notify', 'alert me',
      'remind me', 'let me know', 'tell me when', 'backorder', 'register interest', 'reserve list'],
    remove: ['remove', 'delete', 'cancel', 'return', 'discard', 'unsave', 'drop', 'release', 'give up', 'withdraw', 'leave',
      'trash', 'unsubscribe', 'unbook', 'unfavourite', 'unfavorite', 'unstar', 'unlike', 'unfollow', 'unwatch', 'free up',
      'get rid of', 'throw away', 'erase', 'cant make it', 'cant make', 'cannot make it', 'cant attend', 'cant come',
      'cant go', 'not going', 'opt out', 'drop out', 'back out', 'pull out', 'take off', 'cross off', 'bin'],
    hide: ['hide', 'dismiss', 'not interested', 'ignore', 'mute', 'skip', 'snooze', 'show less', 'see less'],
    restore: ['restore', 'unarchive', 'bring back', 'undo', 'recover', 'undelete', 'reinstate', 'reactivate', 'unhide', 'put back',
      'move back', 'send back', 'revive', 'reopen', 'retrieve'],
    save: ['save', 'bookmark', 'favourite', 'favorite', 'heart', 'star', 'like', 'wishlist', 'shortlist', 'watch',
      'watchlist', 'add to favourites', 'add to favorites', 'add to wishlist', 'keep', 'remember', 'pin', 'love'],
    open: ['open', 'view', 'details', 'detail', 'see more', 'read more', 'learn more', 'more info', 'show', 'see', 'visit',
      'look at', 'go to', 'check out', 'expand'],
    edit: ['edit', 'rename', 'modify', 'amend', 'edit details'],
    reschedule: ['reschedule', 'rebook', 'postpone', 'move', 'change date', 'change time', 'change the date', 'change the time',
      'push back', 'bring forward', 'new time', 'new date'],
    apply: ['apply', 'submit', 'send', 'request', 'enquire', 'inquire', 'contact', 'ask', 'propose'],
  };
  /* an icon's word (iconWords, 07-names.js) and the family it does */
  const GOAL_ICON = { like: 'save', star: 'save', bookmark: 'save', save: 'save', trash: 'remove', close: ['remove', 'hide'],
    cart: 'acquire', add: 'acquire', view: 'open', next: 'open', pin: 'save', edit: 'edit' };
  /* glyphs iconWords does not name: arrows back (restore), a bell (wait) */
  const VB_GLYPHS = [[/^[\u21a9\u21ba\u21b6\u27f2\u293a\u2b8c\u{1F519}]$/u, 'restore'], [/^\u{1F514}$/u, 'wait'],
    [/^[\u2661\u2665\u2764\u2606\u2605\u2b50\u{1F516}]\uFE0F?$/u, 'save'], [/^[\u{1F5D1}\u2715\u2716\u00d7\u2717\u2718]\uFE0F?$/u, 'remove'], [/^[\u2715\u2716\u00d7\u2717\u2718]$/u, 'hide']];
  /* verbs that join a list or collection: the object says which ("Join waitlist") */
  const VB_JOINING = /^(join|add|put|get|go|be|sign|move|send|bring|mark|set|take|keep|stay)$/;

  /* The families whose words the phrase holds, as whole words: a Set. */
  function goalFams(phrase) {
    const ts = ' ' + tokens(phrase).join(' ') + ' ';
    const out = new Set();
    if (ts.trim() === '') return out;
    for (const [f, ws] of Object.entries(GOAL_FAM)) {
      for (const w of ws) if (ts.includes(' ' + vbToks(w) + ' ')) { out.add(f); break; }
    }
    return out;
  }

  function vbToks(w) {
    const memo = vbToks.memo || (vbToks.memo = new Map());
    if (!memo.has(w)) memo.set(w, tokens(w).join(' '));
    return memo.get(w);
  }

  /* Is el an icon: no words of its own beyond a glyph or two? */
  function vbIconSized(el, c) {
    return textOf(el, c).replace(/[\s\uFE0F]/g, '').length <= 3;
  }

  /* The families of the longest phrase of the table that begins the
   * tokens ts (stemmed): {fams: Set, n: tokens taken}; n 0 when none. */
  function vbPrefix(ts) {
    let fams = new Set(), n = 0;
    const at = ' ' + ts.join(' ') + ' ';
    for (const [f, ws] of Object.entries(GOAL_FAM)) {
      for (const w of ws) {
        const t = vbToks(w);
        if (!at.startsWith(' ' + t + ' ')) continue;
        const k = t.split(' ').length;
        if (k > n) { n = k; fams = new Set([f]); } else if (k === n) fams.add(f);
      }
    }
    return { fams, n };
  }

  /* The families control el does: a Map family -> how surely (1 its
   * name's head, 0.97 its object after a verb of joining, 0.95 its whole
   * name, 0.9 its icon, 0.85 its class words). */
  function goalElFams(el, c) {
    const out = new Map();
    /* a star of a rating row ("4 stars") rates; it saves nothing (19-rating.js) */
    if (rtGroups(c).some((g) => g.els.includes(el))) return out;
    const add = (fams, w) => { for (const f of fams) if (!out.has(f) || out.get(f) < w) out.set(f, w); };
    for (const t of [ipName(el, c), el.getAttribute('title') || '', el.getAttribute('aria-label') || '']) {
      /* the name's head says what it does: "Remove from wishlist" removes,
       * "Add to basket" acquires, "Send back to Queued" restores; "Join
       * waitlist" joins the list its object names */
      const ts = tokens(t).slice(0, 6);
      if (!ts.length) continue;
      const head = vbPrefix(ts);
      if (!head.n) { add(goalFams(ts.join(' ')), 0.95); continue; }
      add(head.fams, 1);
      if (VB_JOINING.test(ts[0]) && ts.length > head.n) {
        const rest = goalFams(ts.slice(head.n).join(' '));
        rest.delete('open');
        add(rest, 0.97);
      }
    }
    if (vbIconSized(el, c)) {
      for (const w of iconWords(el, c)) if (GOAL_ICON[w]) add([].concat(GOAL_ICON[w]), 0.9);
      const g = collapse(textOf(el, c));
      for (const [re, f] of VB_GLYPHS) if (re.test(g)) add([f], 0.9);
      /* the last resort: what its class words say ("btn-unarchive") */
      if (!out.size) add(goalFams(humanize(attrWords(el))), 0.85);
    }
    return out;
  }

  /* How related the words' verb is to control el: 0..1. */
  function goalRel(r, el, c) {
    if (!r.fam || !r.fam.size) return 0;
    const fams = goalElFams(el, c);
    let best = 0;
    for (const f of r.fam) if (fams.has(f)) best = Math.max(best, fams.get(f));
    return best ? 0.78 * (0.9 + 0.1 * best) : 0;
  }

  /* A verb phrase of the family table at the start of the words ("get rid
   * of the flyers", "drop out of Friday's run", "bring back X"):
   * {verb, fam, rest} or null. Only phrases of two words or more: one
   * word is the generic reading's. */
  function vbLead(t) {
    const raw = t.split(/\s+/);
    const head = vbPrefix(tokens(t));
    if (head.n < 2) return null;
    /* the same words in the raw text, then the link words after them */
    let at = 0, seen = 0;
    while (at < raw.length && seen < head.n) { seen += tokens(raw[at]).length; at++; }
    const rest = raw.slice(at).join(' ').replace(/^(?:of|from|for|on|to|with|out of|off|in)\s+/i, '');
    if (!rest) return null;
    return { verb: raw.slice(0, at).join(' '), fam: head.fams, rest };
  }

  /* The heading an item sits under, as a person reads it: the nearest
   * heading before it or before a box around it (a day's column, an
   * "Archived" section), not one of a peer section. '' when none. */
  function vbHeading(item, c) {
    for (let n = item, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
      if (n.localName === 'body' || n.localName === 'main') break;
      for (let s = n.previousElementSibling, k = 0; s && k < 40; s = s.previousElementSibling, k++) {
        if (/^h[1-6]$/.test(s.localName) || attrRole(s) === 'heading' || s.localName === 'legend' || s.localName === 'caption') {
          const t = textOf(s, c);
          return t.length <= 80 ? t : '';
        }
        /* items like it (cards with titles of their own) are passed over;
         * another section with a heading of its own ends the search */
        if (s.localName === n.localName && s.className === n.className) continue;
        if (s.querySelector && s.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]')) return '';
      }
    }
    return '';
  }

  /* An icon that is a plain element (a span, an i) with a pointer inside
   * a clickable card: its cursor is the card's too, so isClickable does not
   * count it, but its title, label or glyph says it is a control. */
  function vbIconControl(el, c) {
    if (!/^(span|i|div|em|svg|img)$/.test(el.localName) || !vbIconSized(el, c)) return false;
    if (!el.getAttribute('title') && !el.getAttribute('aria-label') && !VB_GLYPHS.some(([re]) => re.test(collapse(textOf(el, c)))) &&
        !iconWords(el, c).length) return false;
    if (el.localName !== 'svg' && el.querySelector('span,div,p,a,button')) return false;
    /* the glyph inside a button is the button's */
    if (el.parentElement && el.parentElement.closest('button,a[href],[role=button],[role=link],[role=menuitem],[role=tab]')) return false;
    try { return styleOf(el, c).cursor === 'pointer' && isVisible(el, c); } catch (e) { return false; }
  }

  /* A card that opens when clicked: a clickable box (pointer, tabindex, a
   * role of button or link) that holds words of its own beyond a label. */
  function vbCard(el, c) {
    if (/^(body|html|main|a|button|input|select|textarea|label|summary|option|details)$/.test(el.localName)) return false;
    /* a tree's branch opens and closes what is under it: no card */
    if (el.matches('[role=treeitem],[role=tree],[role=group]') || el.querySelector('[role=treeitem],[role=group]') ||
        (el.localName === 'li' && el.querySelector('ul,ol'))) return false;
    const r = attrRole(el);
    if (!(isClickable(el, c) || el.hasAttribute('tabindex') || r === 'button' || r === 'link')) return false;
    const t = textOf(el, c);
    return t.length > 12 && t.length <= 600 && el.querySelectorAll('*').length >= 2 && isVisible(el, c);
  }

  /* Where a person clicks a card: its first words that are no control of
   * their own (its title), not its middle, which may be a button. */
  function vbCardSpot(el, c) {
    if (el.localName === 'a') return el;
    for (const x of el.querySelectorAll('*')) {
      if (x.childElementCount || !isVisible(x, c) || textOf(x, c).length < 3) continue;
      let inCtl = false;
      for (let n = x; n && n !== el; n = parentOf(n)) if (n.matches(IP_CLICKABLE) || vbIconControl(n, c)) { inCtl = true; break; }
      if (!inCtl) return x;
    }
    return el;
  }

  /* The item's words less those that name its kind ("episode", "job",
   * "shift"): plain lower-case words that no row, card or box of the page
   * holds, nor the heading it sits under. null when none is dropped or
   * nothing would be left. */
  function vbKindCut(r, c) {
    const parts = chItemParts(c);
    const held = (w) => parts.some((p) => itFit([w], p, c) >= 0.6);
    /* "the String of pearls plant": a plain word after a name says its
     * kind, though another item ("ZZ plant") holds it */
    const last = r.item[r.item.length - 1];
    const kindAfterName = (w) => w === last && r.item.slice(0, -1).some((x) => x.quoted || /^[A-Z0-9]/.test(x.raw));
    const drop = (w) => !w.quoted && !w.kind && /^[a-z][a-z-]{2,}$/.test(w.raw) && !IT_KINDS.has(stem(w.n)) &&
      !IP_FILLER.has(w.n) && !IT_LINK.has(w.n) && IT_ORD[w.n] == null && !IT_MULTI.test(w.n) && !GOAL_TOD[w.n] && (!held(w) || kindAfterName(w));
    const keep = r.item.filter((w) => !drop(w));
    if (keep.length === r.item.length || !itKeys(keep).keys.some((k) => !k.kind)) return null;
    return keep;
  }

  /* Do the item's words only point back ("it", "this one", "them")? */
  function vbPronoun(words) {
    const ns = words.map((w) => w.n).filter(Boolean);
    return ns.length > 0 && ns.some((n) => /^(it|this|that|them|these|those)$/.test(n)) &&
      ns.every((n) => /^(it|this|that|them|these|those|one|ones|the|its|item|thing)$/.test(n));
  }

  /* The one shown control of the page that does what r asks (an item's
   * own page: one "Join waitlist"), as an item reading's pick; null when
   * none does or two do alike. */
  function vbOnlyControl(r, c, avoid) {
    const got = [];
    for (const el of c.all()) {
      if (!itIsControl(el, c) || !itShown(el, c) || itIsMenu(el, c)) continue;
      const g = itGrade(el, r, c, avoid);
      if (g && g.act !== 'card') got.push({ el, g });
    }
    got.sort((a, b) => b.g.s - a.g.s);
    if (!got.length || (got[1] && got[1].g.s > got[0].g.s - 0.1 && !composedContains(got[0].el, got[1].el) && !composedContains(got[1].el, got[0].el))) return null;
    const { el, g } = got[0];
    return { el, it: itItemUp(el, c) || closestComposed(el, 'main,[role=main],article,form,section') || document.body, fit: 0.9, cs: g.s, act: g.act, value: g.value };
  }

  /* The tab that shows the item the words name when it sits in a hidden
   * panel ("the Wednesday evening spin class" where the timetable shows
   * one day at a time, its tabs "Mon", "Tue", "Wed"): the one tab not
   * chosen whose name, or its panel's heading, is a word of the item's;
   * a tab's short name is a word's start ("Wed" for Wednesday). null when
   * none or two fit. */
  function vbTabFor(r, c) {
    /* a kind's word too: "the notification settings" under "Notifications" */
    const keys = itKeys(r.item).keys.map((k) => norm(k.raw)).filter((k) => k.length >= 3);
    if (!keys.length) return null;
    const names = (t) => {
      const out = [norm(textOf(t, c))];
      const pid = (t.getAttribute('aria-controls') || '').split(/\s+/)[0];
      const panel = pid ? byIdIn(t, pid) : null;
      if (panel && isVisible(panel, c)) return null; /* its panel shows already */
      const hd = panel && panel.querySelector('h1,h2,h3,h4,h5,h6,[role=heading],legend,caption');
      if (hd) out.push(norm(hd.textContent || ''));
      return out.filter(Boolean);
    };
    const hits = [];
    for (const t of c.all()) {
      if (!isTabLike(t, c) || !isVisible(t, c) || t.getAttribute('aria-selected') === 'true' || t.getAttribute('aria-current')) continue;
      const ns = names(t);
      if (!ns) continue;
      /* a word of the item's said of the tab ("the notification settings"
       * under "Notifications") */
      const fit = ns.some((n) => keys.some((k) => n === k || (!/\s/.test(n) && n.length >= 3 && /^[a-z]+$/.test(n) && (k.startsWith(n) || tokens(k).some((w) => stem(w) === stem(n))))));
      if (fit) hits.push(t);
    }
    return hits.length === 1 ? hits[0] : null;
  }

  /* Does control el do one of the families fams by its name (not its icon)? */
  function vbDoes(el, fams, c) {
    if (!fams || !fams.size) return false;
    const got = goalElFams(el, c);
    for (const f of fams) if ((got.get(f) || 0) >= 0.95) return true;
    return false;
  }

  /* What follows an item's control when the words say nothing of it: a
   * dialog that opens to ask again ("Book Spin 45?", "Cancel this
   * booking?") is answered by its button that does it, for a verb that
   * changes something (joining, leaving, restoring); soft: no dialog, or
   * none with such a button, and the action is done. null when the verb
   * only opens or edits. */
  function vbSoftAfter(r) {
    if (!ipState.soft || r.form) return null;
    const fams = r.fam && r.fam.size ? r.fam : goalFams((r.ctl || []).join(' '));
    if (!fams.size || fams.has('open') || fams.has('edit') || r.verb === 'qty' || r.verb === 'set' || r.verb === 'react') return null;
    return { mode: 'confirm', soft: true, fams };
  }

  /* The item the words name by its own name ("'Holiday sale landing
   * page'", "Order 2041") is nowhere on the page, whose list loads more
   * as one scrolls or by a "Load more": more is loaded and the words read
   * again. A reading {again} while that goes on; null when the item is on
   * the page, no name is said, or nothing more comes (15-interpret.js). */
  function vbLoadFor(r, c) {
    const keys = itKeys(r.item).keys.filter((k) => !k.kind);
    if (!keys.length || !keys.some((k) => k.quoted || /^[A-Z0-9]/.test(k.raw))) return null;
    if (chItemParts(c).some((p) => itFit(keys, p, c) >= 0.6)) return null;
    /* on the page but not shown (a closed tab, a folded section): the
     * reveal reading's (19-reveal.js), not more to load */
    const all = ' ' + norm(vbPageText()) + ' ';
    if (keys.every((k) => all.includes(' ' + norm(k.raw) + ' '))) return null;
    const m = ipLoadMore(ipWords(keys.map((k) => k.raw).join(' ')), c, keys.map((k) => k.raw).join(' '));
    if (!m || m.error) return null;
    return { kind: 'item', score: 0.7, again: true, actions: m.actions, why: m.actions.length ? m.actions[0].why : 'loads more until "' + clip(keys.map((k) => k.raw).join(' '), 60) + '" shows' };
  }

  /* The one shown control named by where the words put the thing ("Add
   * to shopping list" for "add the ingredients to my shopping list"), as
   * an item reading's pick; null when none or two are so named. */
  function vbDestControl(r, c, avoid) {
    const got = [];
    for (const el of ipClickables(c)) {
      if (!isVisible(el, c) || isDisabled(el)) continue;
      const s = matchEl(r.dest, el, c)[0];
      if (s >= 0.8 && !(avoid && avoid.some((a) => a && matchEl(a, el, c)[0] >= 0.7))) got.push({ el, s });
    }
    got.sort((a, b) => b.s - a.s);
    if (!got.length || (got[1] && got[1].s > got[0].s - 0.05)) return null;
    const el = got[0].el;
    return { el, it: itItemUp(el, c) || closestComposed(el, 'main,[role=main],article,form,section') || document.body, fit: 0.9, cs: got[0].s, act: 'click' };
  }

  /* "open the booking form for the Garden Loft" where the item's button
   * says "Select": the one button of the one item the words name (a
   * tooltip's icon or a link is no button), as an item reading's pick;
   * null when no item or several fit, or it has more buttons than one. */
  function vbFormOpener(r, c) {
    const keys = itKeys(r.item).keys;
    if (!keys.some((k) => !k.kind)) return null;
    let its = chItemParts(c).filter((p) => itFit(keys, p, c) >= 0.9);
    its = its.filter((p) => !its.some((o) => o !== p && composedContains(p, o)));
    if (its.length !== 1) return null;
    for (let it = its[0], up = 0; it && up < 3; it = parentOf(it), up++) {
      const btns = itControls(it, c).filter((x) => itShown(x, c) && x.matches('button,input[type=button],input[type=submit],[role=button]') && !itIsMenu(x, c));
      if (btns.length > 1) return null;
      if (btns.length === 1) return { el: btns[0], it, fit: 0.9, cs: 0.75, act: 'click' };
      if (it.localName === 'main' || it.localName === 'body') break;
    }
    return null;
  }

  /* The words of the page, shown or hidden, less its scripts and styles
   * (a page's data in a script is nothing it shows). */
  function vbPageText() {
    if (!document.body) return '';
    const out = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && /^(script|style|noscript|template)$/.test(n.parentElement.localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    for (let n = w.nextNode(), k = 0; n && k < 20000; n = w.nextNode(), k++) out.push(n.data);
    return out.join(' ');
  }

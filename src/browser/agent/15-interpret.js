  /* ------------------------------------------------------------------ */
  /* interpret: a clause no intent reads, grounded in the page model      */
  /*                                                                     */
  /* interpret({clause, round, done}) reads the words against what the    */
  /* page has: the labels of its fields ("name Ada Park", "Email: a@b.io"),*/
  /* the slots a sentence fills ("from Oslo to Rome on 2 May 2026"), the  */
  /* options it names ("one way"), the control it names ("request the     */
  /* appointment"), an item and a control in it ("mark the Acme deal as   */
  /* won"), a path in a tree ("open Photos › Trips"), a list to load more */
  /* of. Each reading is scored by how much of the clause it explains; the */
  /* best wins only when it explains the clause well and beats the next.  */
  /* Returns {ok, actions: [{act, ref, value?, label?, why}], again?,     */
  /* score, why} (again: act, then ask once more) or {ok:false, error,    */
  /* candidates}.                                                        */

  const IP_FILLER = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'please', 'kindly', 'i', 'we', 'me', 'us', 'need',
    'want', 'would', 'like', 'to', 'and', 'also', 'then', 'just', 'it', 'its', 'of', 'is', 'as', 'be', 'for', 'with',
    'in', 'on', 'at', 'this', 'that', 'some', 'd', 'll', 'm', 'can', 'could', 'you', 'go', 'ahead', 'now', 'so',
    'field', 'box', 'input', 'value', 'set', 'enter', 'fill', 'put', 'type', 'choose', 'pick', 'select', 'use']);
  /* verbs of going: "go to the Deals page" names a place, not a To field */
  const IP_MOTION = /^(go|navigate|head|switch|move|jump|return|back|get|take|bring|scroll|proceed|continue|browse|come)$/;
  /* words around a control's name that are not part of it */
  const IP_NOISE = /\b(?:(?:using|via|from|in|on|through|with) (?:the )?(?:top |main |side |left |right |site )?(?:navigation|nav|menu|navbar|nav bar|sidebar|side bar|header|toolbar|tabs?)( bar| menu)?|(?:page|tab|link|button|screen|view|section|item|option|entry)$)/gi;
  const IP_CONTROL_VERB = /^(open|click|press|tap|hit|visit|select|choose|pick|go|navigate|show|view|see|use|follow|activate|push|look|check|switch)$/;
  const IP_STATUS = /^(mark|set|flag|move|change|switch|label|tag|put|update)$/;
  const IP_ITEM_VERBS = /^(pin|unpin|star|unstar|archive|unarchive|favorite|favourite|like|unlike|bookmark|delete|remove|download|share|rename|edit|duplicate|copy|mute|snooze|flag|upvote|downvote|follow|unfollow|approve|reject|open|expand|collapse|restore|resolve|close|reopen|dismiss|hide|report|accept|decline|cancel|complete|retry|move)$/;
  const IP_REFUSE = /\b(refuse|reject|decline|deny|dismiss|turn down|opt out|only (the )?(necessary|essential|required))\b/i;
  const IP_ITEM_SEL = 'li,tr,article,[role=row],[role=listitem],[role=article],[role=treeitem],[role=option],[role=gridcell],dd,section,fieldset';
  const IP_ITEM_CLASS = /(^|[\s_-])(card|item|row|message|msg|entry|post|comment|deal|task|ticket|file|folder|node|tile|result|record|lead|contact|note|event|transaction|tx|payment|thread|conversation|chat|bubble|issue|order|line|product|listing|email|mail)s?([\s_-]|$)/i;
  const IP_CLICKABLE = 'button,a[href],[role=button],[role=link],[role=menuitem],[role=tab],[role=option],[role=treeitem],input[type=button],input[type=submit],summary,[onclick],[tabindex]';
  const IP_MIN = 0.72;   /* least share of the clause a reading must explain */
  const IP_MARGIN = 0.06;
  const ipState = { clause: null, height: 0, still: 0, clicked: false, opened: new Set(), item: null, itemFirst: null, said: null };

  /* The clause as words: [{raw, n (normalized, stemmed), quoted, kind, sep}];
   * sep: a comma, colon or semicolon follows. A quoted text, an e-mail, a
   * date and a time are one word each. */
  function ipWords(clause) {
    const out = [];
    const re = /"([^"]*)"|\u201c([^\u201d]*)\u201d|'([^']{2,})'(?=[\s,.;:!?]|$)|(\S+)/g;
    let m;
    while ((m = re.exec(clause))) {
      if (m[4] == null) {
        const raw = m[1] != null ? m[1] : m[2] != null ? m[2] : m[3];
        out.push({ raw, n: '', quoted: true, sep: /^[,;:]/.test(clause.slice(re.lastIndex)), end: /^[.!?]/.test(clause.slice(re.lastIndex)) });
        continue;
      }
      let raw = m[4], sep = false, colon = false;
      const tail = /[,;:]+$/.exec(raw);
      if (tail && !/^\d{1,2}:$/.test(raw)) { raw = raw.slice(0, -tail[0].length); sep = true; colon = tail[0].includes(':'); }
      raw = raw.replace(/[.!?)]+$/, '').replace(/^[(]+/, '').replace(/^(\p{L}+)['\u2019]s$/u, '$1');
      if (/[)]/.test(m[4]) || /\.$/.test(m[4])) sep = true;
      /* end: a sentence ends after it (a statement's free text runs to it) */
      const end = /[.!?]$/.test(m[4]) && !/^\d{1,2}:$/.test(m[4]);
      if (!raw) { if (out.length) Object.assign(out[out.length - 1], { sep: true, end: out[out.length - 1].end || end }); continue; }
      out.push(Object.assign({ raw, n: tokens(raw).join(' '), quoted: false, sep, end }, colon ? { colon } : {}));
    }
    /* dates ("2 May 2026", "May 2, 2026") and times ("2:45 pm") as one word */
    for (let i = 0; i < out.length; i++) {
      for (const len of [3, 2]) {
        const part = out.slice(i, i + len);
        if (part.length < len || part.some((w) => w.quoted) || part.slice(0, -1).some((w) => w.sep && !/^\d/.test(w.raw) && !monthOf(w.raw))) continue;
        const s = part.map((w) => w.raw).join(' ');
        if ((len === 3 && parseDate(s)) || (len === 2 && /^\d{1,2}([:.]\d{2})?$/.test(part[0].raw) && /^[ap]\.?m\.?$/i.test(part[1].raw))) {
          out.splice(i, len, { raw: s, n: norm(s), quoted: false, sep: part[len - 1].sep, end: part[len - 1].end, kind: len === 3 ? 'date' : 'time' });
          break;
        }
      }
    }
    for (const w of out) {
      if (w.kind) continue;
      /* "the 08:30\u201309:00 slot": a span of time is its start */
      const span = /^(\d{1,2}[:.]\d{2})\s*[-\u2013\u2014]\s*\d{1,2}[:.]\d{2}$/.exec(w.raw);
      if (span) Object.assign(w, { said: w.raw, raw: span[1], n: norm(span[1]), kind: 'time' });
      else if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(w.raw)) w.kind = 'email';
      else if (parseDate(w.raw) && /\d/.test(w.raw) && /[-/]/.test(w.raw)) w.kind = 'date';
      else if (/^\d{1,2}[:.]\d{2}$/.test(w.raw) || /^\d{1,2}(am|pm)$/i.test(w.raw)) w.kind = 'time';
      else if (/^\d+$/.test(w.raw)) w.kind = 'number';
    }
    return out;
  }

  function ipJoin(ws, i, j) {
    return ws.slice(i, j).map((w) => w.raw).join(' ');
  }

  function ipName(el, c) {
    return clip(accName(el, c) || displayText(el, c) || el.getAttribute('title') || '', 80);
  }

  /* the clickable things of the page (or of root) with their names */
  function ipClickables(c, root) {
    if (!root && c.ipClick) return c.ipClick;
    const out = [];
    /* within root: its own subtree (and its shadow roots'), not the page */
    const pool = root ? [root].concat(Array.from(root.querySelectorAll('*'))) : c.all();
    if (root) for (const el of pool.slice()) if (el.shadowRoot) pool.push(...el.shadowRoot.querySelectorAll('*'));
    for (const el of pool) {
      if (!(el.matches && el.matches(IP_CLICKABLE)) && !isClickable(el, c)) continue;
      if (el.localName === 'input' && !/^(button|submit|image|reset)$/.test(el.type)) continue;
      if (el.localName === 'label' || el.localName === 'select') continue;
      out.push(el);
    }
    if (!root) c.ipClick = out;
    return out;
  }

  function ipContent(ws, from, to) {
    return ws.slice(from, to).filter((w) => !IP_FILLER.has(w.n) || w.quoted);
  }

  /* Reading 2: the clause names a control ("request the appointment",
   * "refuse the optional cookies"). */
  function ipReadControl(ws, c, clause, roundInfo) {
    /* "in the docs menu open Operations": the place said, then the name */
    let scope = null;
    const sm = /^(?:in|on|from|under) (?:the )?(.+?) (menu|navigation|sidebar|section|panel|tab|toolbar|list),? (.+)$/i.exec(clause);
    if (sm) { scope = sm[1]; ws = ipWords(sm[3]); }
    let content = ipContent(ws, 0, ws.length);
    if (content.length > 1 && IP_CONTROL_VERB.test(content[0].n)) content = content.slice(1);
    if (!content.length) return null;
    const full = content.map((w) => w.raw).join(' ');
    const bare = collapse(collapse(full.replace(IP_NOISE, ' ')).replace(IP_NOISE, ' ')) || full;
    const refuse = IP_REFUSE.test(clause);
    const send = ipSendWords(content);
    let best = null, second = null, hidden = null;
    const cands = [];
    for (const el of ipClickables(c)) {
      const vis = isVisible(el, c);
      let s = Math.max(matchEl(full, el, c)[0], bare !== full ? matchEl(bare, el, c)[0] : 0, ipSendsForm(el, c, send));
      if (refuse && /cookie|consent|tracking|optional/i.test(clause)) {
        const nm = norm(ipName(el, c));
        if (/\b(reject|decline|refuse|deny|necessary|essential|required only|only required)\b/.test(nm)) s = Math.max(s, 0.9);
        else if (/\baccept|allow|agree\b/.test(nm)) s = Math.min(s, 0.3);
      }
      if (!vis) {
        /* hidden: what a person clicks to see it (a menu, a folder, a tab) */
        if (s >= IP_MIN && (!hidden || s > hidden.s)) hidden = { el, s };
        s *= 0.5;
      }
      cands.push([el, s]);
      if (!best || s > best.s) { second = best; best = { el, s, vis }; } else if (!second || s > second.s) second = { el, s };
    }
    if ((!best || best.s < IP_MIN) && hidden) {
      /* a control that opens things: a menu, folder, tab or summary; once */
      const opens = (el) => el && (el.matches('button,a,summary,[role=button],[role=tab],[role=treeitem],[role=menuitem]') || el.hasAttribute('aria-expanded')) && !roundInfo.doneRefs.has(refOf(el));
      let rv = revealer(hidden.el, c);
      if (rv && !(rv.how === 'click' && opens(rv.el))) rv = null;
      if (scope && !rv) {
        const sc = ipFindNamed(scope, c, null);
        if (sc && opens(sc.el)) rv = { el: sc.el, how: 'click' };
      }
      if (rv) {
        return { kind: 'control', score: hidden.s, again: true, hidden: true, el: hidden.el, cands: ipTop(cands, c),
          actions: [{ act: 'click', ref: refOf(rv.el), why: 'opens "' + ipName(rv.el, c) + '", where "' + ipName(hidden.el, c) + '" is' }], why: 'reveals the control the words name' };
      }
      return { kind: 'control', score: 0, actions: [], hidden: true, el: hidden.el, cands: ipTop(cands, c) };
    }
    if (!best || best.s < 0.55) return { kind: 'control', score: 0, actions: [], cands: ipTop(cands, c) };
    /* as good a fit elsewhere: the words do not say which */
    const same = cands.filter(([el, x]) => x > best.s - 0.02 && !composedContains(el, best.el) && !composedContains(best.el, el)).length;
    if (same > 0) {
      return { kind: 'control', score: 0, actions: [], cands: ipTop(cands, c),
        error: (same + 1) + ' controls fit "' + clip(full, 60) + '" alike ("' + ipName(best.el, c) + '"); say which (the one in or next to what)' };
    }
    return {
      kind: 'control', score: best.s, hidden: !best.vis, el: best.el,
      actions: [{ act: 'click', ref: refOf(best.el), why: 'the words name "' + ipName(best.el, c) + '"' }],
      cands: ipTop(cands, c), why: 'the control the words name',
    };
  }

  /* "send the request", "book the service": the words of a request to
   * send a form, by a verb of 25-verbs.js's families and a short object:
   * {fams, generic (submit, send: any form's own button), obj (tokens)};
   * null when the words do not start with such a verb. */
  function ipSendWords(content) {
    const ts = tokens(content.map((w) => w.raw).join(' '));
    const vp = ts.length ? vbPrefix(ts) : { n: 0 };
    if (!vp.n || ts.length - vp.n > 3) return null;
    return { fams: vp.fams, generic: vp.n === 1 && /^(submit|send)$/.test(ts[0]), obj: ts.slice(vp.n) };
  }

  /* How well el sends a form as the words send (ipSendWords): a form's
   * submit button named by what it does rather than by the words. Its
   * name's verb is of the words' family ("Request appointment" for "send
   * the request": both apply), or any for submit and send; and the object
   * said is in its name or the form's heading. Then 0.8, else 0: a match
   * by the words themselves (matchEl) scores as before. */
  function ipSendsForm(el, c, send) {
    if (!send || !send.obj.length || !el.form || !el.matches('button[type=submit],button:not([type]),input[type=submit]')) return 0;
    if (!send.generic) {
      const fams = goalElFams(el, c);
      if (![...send.fams].some((f) => (fams.get(f) || 0) >= 0.95)) return 0;
    }
    const have = new Set(tokens(ipName(el, c) + ' ' + vbHeading(el.form, c)));
    return send.obj.some((t) => have.has(t)) ? 0.8 : 0;
  }

  function ipTop(cands, c) {
    return cands.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([el, s]) => candDesc(el, s, c));
  }

  /* the items of the page: rows, cards, messages, list entries */
  function ipItems(c) {
    const out = [];
    for (const el of c.all()) {
      if (!isVisible(el, c)) continue;
      const t = el.localName;
      if (t === 'body' || t === 'html' || t === 'main' || t === 'form' || t === 'table' || t === 'ul' || t === 'ol') continue;
      const cls = (typeof el.className === 'string' ? el.className : '') + ' ' + (el.getAttribute('data-testid') || '');
      if ((el.matches && el.matches(IP_ITEM_SEL)) || IP_ITEM_CLASS.test(cls)) out.push(el);
    }
    return out;
  }

  /* How well an item's text holds the words that name it: 0..1. */
  function ipItemScore(words, item, c) {
    const text = textOf(item, c);
    if (!text || text.length > 3000) return 0;
    const have = new Set(tokens(text));
    const low = norm(text);
    let got = 0, n = 0;
    for (const w of words) {
      const ts = tokens(w.raw);
      if (!ts.length) continue;
      n++;
      if (ts.every((t) => have.has(t)) || (w.quoted && low.includes(norm(w.raw)))) got++;
      else if (ts.some((t) => Array.from(have).some((h) => tokenEq(t, h) > 0))) got += 0.7;
    }
    return n ? got / n : 0;
  }

  /* Nouns that say what kind of item, not which: "the Acme deal" */
  const IP_ITEM_NOUNS = new Set(['deal', 'message', 'item', 'row', 'card', 'entry', 'post', 'comment', 'task', 'ticket', 'file',
    'folder', 'one', 'lead', 'contact', 'note', 'event', 'transaction', 'payment', 'thread', 'conversation', 'chat', 'issue',
    'order', 'line', 'product', 'listing', 'email', 'mail', 'document', 'record', 'about', 'from', 'by', 'that', 'which',
    'says', 'say', 'mentions', 'mentioning', 'called', 'named', 'titled', 'who', 'where', 'wrote', 'posted', 's', 'saying']);

  /* The control in the item the words name whose name says what; or a
   * dropdown in it offering what; or a box named what. */
  function ipInItem(itemWords, what, c, verb) {
    const key = itemWords.filter((w) => !IP_ITEM_NOUNS.has(w.n) && !IP_FILLER.has(w.n));
    const items = ipItems(c);
    const scored = [];
    for (const it of items) {
      const s = key.length ? ipItemScore(key, it, c) : 0;
      if (key.length && s < 0.6) continue;
      /* the control in it */
      let best = null;
      for (const el of ipClickables(c, it).concat(Array.from(it.querySelectorAll('select,input[type=checkbox],[role=checkbox],[role=switch]')))) {
        if (!isVisible(el, c) && !isCheckable(el)) continue;
        let cs = 0;
        if (el.localName === 'select') {
          const r = bestOption(el, what);
          cs = r.score >= 0.8 ? r.score * 0.95 : 0;
          if (cs && (!best || cs > best.s)) best = { el, s: cs, act: 'select', value: collapse(r.opt.text) };
          continue;
        }
        cs = Math.max(matchEl(what, el, c)[0], matchEl((verb || 'mark as') + ' ' + what, el, c)[0] * 0.98);
        if (cs >= 0.6 && (!best || cs > best.s)) best = { el, s: cs, act: isCheckable(el) ? 'check' : 'click' };
      }
      if (!best) continue;
      /* the smallest item that holds the words and the control */
      const size = textOf(it, c).length;
      scored.push({ it, s: s * 0.6 + best.s * 0.4, ctl: best, size });
    }
    if (!scored.length) return null;
    scored.sort((a, b) => b.s - a.s || a.size - b.size);
    const top = scored[0];
    /* the same control through an item inside another is one answer */
    const rival = scored.find((x) => x.ctl.el !== top.ctl.el && x.s > top.s - 0.02 && !composedContains(x.it, top.it) && !composedContains(top.it, x.it));
    return { top, rival };
  }

  /* Reading 3: a status or an action on an item ("mark the Acme deal as
   * won", "pin the message about X", "react with a heart to Mo's
   * message", "download report.pdf"). */
  function ipReadItem(ws, c) {
    if (!ws.length) return null;
    let verb = ws[0].n, what = null, itemWords = null;
    /* "mark X as Y", "set X to Y", "move X to Y", "reassign X to Y": the
     * last "as" or "to" parts the item from the state */
    let asAt = -1;
    for (let k = ws.length - 2; k > 1 && asAt < 0; k--) if ((ws[k].n === 'as' || ws[k].n === 'to') && !ws[k].quoted) asAt = k;
    if ((IP_STATUS.test(verb) || /^(assign|reassign|transfer|hand)$/.test(verb)) && asAt > 0) {
      itemWords = ws.slice(1, asAt);
      what = ipContent(ws, asAt + 1, ws.length).map((w) => w.raw).join(' ') || ipJoin(ws, asAt + 1, ws.length);
      verb = IP_STATUS.test(verb) ? 'mark as' : verb;
    } else if (verb === 'react' && ws.length > 3) {
      /* react with a heart to X / react to X with a heart */
      const withAt = ws.findIndex((w) => w.n === 'with'), toAt = ws.findIndex((w) => w.n === 'to');
      if (withAt < 0 || toAt < 0) return null;
      if (withAt < toAt) { what = ipContent(ws, withAt + 1, toAt).map((w) => w.raw).join(' '); itemWords = ws.slice(toAt + 1); } else { itemWords = ws.slice(toAt + 1, withAt); what = ipContent(ws, withAt + 1, ws.length).map((w) => w.raw).join(' '); }
      verb = 'react';
    } else if (IP_ITEM_VERBS.test(verb) && ws.length > 1) {
      what = ws[0].raw;
      itemWords = ws.slice(1);
    } else return null;
    if (!what) return null;
    const got = ipInItem(itemWords, what, c, verb === 'mark as' ? 'mark as' : verb);
    if (!got) return { kind: 'item', score: 0, actions: [], why: 'no item with a control "' + what + '"' };
    const { top, rival } = got;
    const a = { act: top.ctl.act, ref: refOf(top.ctl.act === 'check' ? checkLabelOrSelf(top.ctl.el, c) : top.ctl.el), why: '"' + ipName(top.ctl.el, c) + '" in the item "' + clip(textOf(top.it, c), 60) + '"' };
    if (top.ctl.value) a.value = top.ctl.value;
    if (top.ctl.act === 'select') a.label = ipName(top.ctl.el, c);
    return { kind: 'item', score: Math.min(1, top.s + 0.1) * (rival ? 0.8 : 1), actions: [a], it: top.it, why: 'a control in the item the words name' };
  }

  /* a path in a tree or menu: "Photos › Trips 2024", "Projects / 2026" */
  function ipPath(s) {
    const parts = s.split(/\s*(?:\u203a|\u00bb|>|\u2192|->|\s\/\s)\s*/).map((p) => collapse(p)).filter(Boolean);
    return parts.length >= 2 ? parts : null;
  }

  function ipFindNamed(name, c, within, after) {
    let best = null;
    for (const el of ipClickables(c).concat(c.all().filter((e) => attrRole(e) === 'treeitem' || e.localName === 'summary'))) {
      if (!isVisible(el, c)) continue;
      if (within && !composedContains(within, el) && !(after && (after.compareDocumentPosition(el) & 4))) continue;
      const [s] = matchEl(name, el, c);
      if (s >= 0.7 && (!best || s > best.s + 0.001)) best = { el, s };
    }
    return best;
  }

  function ipExpanded(el) {
    const x = el.getAttribute('aria-expanded') || (el.closest && el.closest('[aria-expanded]') && el.closest('[aria-expanded]').getAttribute('aria-expanded'));
    if (x === 'true') return true;
    const d = el.closest && el.closest('details');
    return !!(d && d.open);
  }

  /* notes that part k of a path is being opened (always null) */
  function ipOpened(parts, k) {
    ipState.opened.add(parts.slice(0, k + 1).join('\u203a'));
    return null;
  }

  /* Reading 4: open a path, each part in order (a round each). */
  function ipReadPath(parts, c, roundInfo, last) {
    let prev = null;
    for (let k = 0; k < parts.length; k++) {
      const scope = prev ? (prev.closest('li,[role=treeitem],details,[role=group]') || prev.parentElement) : null;
      const hit = ipFindNamed(parts[k], c, scope, prev) || ipFindNamed(parts[k], c, null);
      if (!hit) {
        return { kind: 'path', score: k ? 0.9 : 0, actions: [], error: '"' + parts[k] + '" is not on the page' + (k ? ' after opening "' + parts[k - 1] + '"' : '') };
      }
      const isLast = k === parts.length - 1;
      /* opened before, though the page may have been loaded anew since */
      const clicked = roundInfo.doneRefs.has(refOf(hit.el)) || ipState.opened.has(parts.slice(0, k + 1).join('\u203a')) ||
        roundInfo.doneNames.some((n) => textScore(parts[k], n) >= 0.9);
      if (!isLast) {
        const next = ipFindNamed(parts[k + 1], c, hit.el.closest('li,[role=treeitem],details,[role=group]') || hit.el.parentElement, hit.el);
        if (!next && !clicked && !ipExpanded(hit.el)) return ipOpened(parts, k) || { kind: 'path', score: 1, again: true, actions: [{ act: 'click', ref: refOf(hit.el), why: 'opens "' + parts[k] + '" on the way to "' + parts[parts.length - 1] + '"' }] };
        if (!next && clicked) return { kind: 'path', score: 0.9, actions: [], error: 'opening "' + parts[k] + '" showed no "' + parts[k + 1] + '"' };
      } else {
        /* a folder the thing is in: opened too */
        if (!last) {
          if (!clicked && !ipExpanded(hit.el)) return ipOpened(parts, k) || { kind: 'path', score: 1, again: true, actions: [{ act: 'click', ref: refOf(hit.el), why: 'opens "' + parts[k] + '", where the thing is' }] };
          return { kind: 'path', score: 1, actions: [], found: hit.el };
        }
        if (clicked) return { kind: 'path', score: 1, actions: [], why: 'opened ' + parts.join(' \u203a ') };
        return ipOpened(parts, k) || { kind: 'path', score: 1, actions: [{ act: 'click', ref: refOf(hit.el), why: 'the last of ' + parts.join(' \u203a ') }] };
      }
      prev = hit.el;
    }
    return null;
  }

  /* Reading 5: load more until the thing named shows. */
  const IP_MORE = /\b(load(ing)? (the )?(more|older|earlier|previous|all)|show (more|older|earlier|all)|keep (loading|scrolling)|scroll (down )?until|load the (earlier|older|previous)|if needed)\b/i;

  function ipLoadMore(ws, c, clause) {
    /* the words that name what should show */
    const stripped = clause.replace(/\((?:[^)]*\b(?:load|scroll)[^)]*)\)/ig, ' ')
      .replace(/\b(load(ing)?|show|keep|scroll(ing)?)( (the|down|more|older|earlier|previous|all|messages|items|entries|posts))*\b/ig, ' ')
      .replace(/\b(if needed|until( you (see|find))?|it shows|shows|appears|is shown|all|find|look for|locate|the|a|an)\b/ig, ' ');
    const want = ipWords(stripped).filter((w) => !IP_FILLER.has(w.n) && !IP_ITEM_NOUNS.has(w.n));
    /* the smallest part of the page that holds every word */
    const shows = () => {
      if (!want.length) return false;
      let best = null, bl = Infinity;
      for (const el of c.all()) {
        if (!isVisible(el, c) || !hasOwnText(el)) continue;
        for (let it = el, up = 0; it && up < 4 && it.localName !== 'body'; it = parentOf(it), up++) {
          const len = textOf(it, c).length;
          if (len > 400 || len >= bl) break;
          if (ipItemScore(want, it, c) >= 0.99) { best = it; bl = len; break; }
        }
      }
      return best || false;
    };
    /* "until it shows all 40": the main list's items are counted */
    const all = /\ball (?:the )?(\d+)\b/i.exec(clause);
    if (all) {
      /* the longest list of like items (same tag and class) on the page */
      let most = 0;
      for (const p of c.all()) {
        if (!kidsOf(p) || kidsOf(p).length < 2) continue;
        const by = new Map();
        for (const k of kidsOf(p)) {
          const key = k.localName + '.' + (typeof k.className === 'string' ? k.className : '');
          by.set(key, (by.get(key) || 0) + 1);
        }
        for (const n of by.values()) most = Math.max(most, n);
      }
      if (most >= +all[1]) return { kind: 'more', score: 1, actions: [], why: 'the list shows ' + most + ' items' };
      want.length = 0;
    }
    const hit = all ? null : shows();
    if (hit) {
      scrollIntoView(hit);
      ipState.still = 0;
      return { kind: 'more', score: 1, actions: [], why: '"' + clip(textOf(hit, c), 80) + '" shows' };
    }
    const se = document.scrollingElement || document.documentElement;
    const size = se.scrollHeight + c.all().length;
    if (size === ipState.height) ipState.still++; else ipState.still = 0;
    ipState.height = size;
    if (ipState.still >= 3) {
      /* "load the earlier messages": done when nothing more comes */
      if (!want.length && !all) return { kind: 'more', score: 1, actions: [], why: 'loaded all there is' };
      return { kind: 'more', score: 1, actions: [], error: (all ? 'the list did not reach ' + all[1] + ' items' : '"' + want.map((w) => w.raw).join(' ') + '" did not show') + ', and nothing more loads' };
    }
    let btn = null;
    for (const el of ipClickables(c)) {
      if (!isVisible(el, c) || isDisabled(el)) continue;
      const nm = norm(ipName(el, c));
      if (/^(load|show|see|view)( \w+)? (more|older|earlier|previous|all)\b|^more( \w+)?$|^load more/.test(nm)) { btn = el; break; }
    }
    if (btn) ipState.clicked = true;
    if (btn) return { kind: 'more', score: 1, again: true, actions: [{ act: 'click', ref: refOf(btn), why: 'loads more until ' + (all ? all[1] + ' items' : want.length ? '"' + want.map((w) => w.raw).join(' ') + '"' : 'nothing more comes') + ' show' }] };
    if (!want.length && !all && ipState.clicked) return { kind: 'more', score: 1, actions: [], why: 'loaded all there is' };
    window.scrollTo(0, se.scrollHeight);
    const sc = mainScroller(c);
    if (sc) sc.scrollTop = sc.scrollHeight;
    return { kind: 'more', score: 1, again: true, actions: [] };
  }

  /* A field that offers suggestions as one types (an airport, a city, a
   * person): the value counts once a suggestion is picked. */
  function ipSuggests(el) {
    if (!el || el.localName === 'select') return false;
    const r = attrRole(el);
    if (r === 'combobox' || el.hasAttribute('aria-autocomplete') || el.getAttribute('aria-haspopup') === 'listbox') return true;
    return /(^|\s)(autocomplete|auto complete|typeahead|type ahead|suggest|combo ?box)/i.test(attrWords(el)) || rgListBeside(el);
  }

  function ipSuggestionEls(field, c) {
    const out = [];
    for (const a of ['aria-controls', 'aria-owns']) {
      const id = field.getAttribute(a);
      const root = id ? byIdIn(field, id.split(/\s+/)[0]) : null;
      if (root) out.push(...root.querySelectorAll('[role=option],li,a,button'));
    }
    if (!out.length) {
      for (const el of c.all()) {
        if (attrRole(el) === 'option' || (/^(li|a|button)$/.test(el.localName) && el.closest('[role=listbox],[class*=suggest],[class*=autocomplete],[class*=typeahead],[class*=dropdown]'))) out.push(el);
      }
    }
    return out.filter((el) => el !== field && isVisible(el, c) && textOf(el, c));
  }

  /* Fields that suggest as one types, a round at a time: the actions up
   * to such a field's typing, then the suggestion its value names, picked
   * before the next field is typed (most lists close when the field loses
   * focus), then the form's button the clause asked for. */
  function ipSuggestRound(c, done) {
    const st = ipState.suggest;
    /* the suggestion clicked last round is not among the actions done (the
     * list redrew under the click): it is picked again */
    if (st.picking && !done.some((a) => a && a.ref === st.picking.ref)) st.cur = Object.assign(st.picking.cur, { waited: false });
    st.picking = null;
    const cur = st.cur;
    if (cur) {
      const field = deref(cur.ref);
      let best = null, bs = 0;
      for (const el of field ? ipSuggestionEls(field, c) : []) {
        /* a place typed by its name is picked by all its words (34-ranges.js) */
        const sc = textScore(cur.pick || cur.value, textOf(el, c));
        if (sc > bs + 0.001) { bs = sc; best = el; }
      }
      if (best && bs >= 0.6) {
        st.cur = null;
        const pick = { act: 'click', ref: refOf(best), why: 'the suggestion "' + clip(textOf(best, c), 60) + '" for "' + cur.value + '"' };
        st.picking = { ref: pick.ref, cur };
        return { ok: true, again: true, score: 1, actions: [pick] };
      }
      if (!cur.waited) { cur.waited = true; return { ok: true, again: true, score: 1, actions: [] }; }
      /* none shows for the whole words ("London Gatwick" where the list
       * says "London (LGW) Gatwick" and matches what is typed as one
       * string): its first word typed instead, as a person would, and the
       * suggestion then picked by all the words */
      const head = !cur.short && String(cur.value).split(/\s+/).length >= 2 ? /^[^\s,(]{3,}/.exec(String(cur.value)) : null;
      /* a list that closed before it was read (the field before it blurred
       * and its timer closed the list): the words typed once more */
      if (!head && !cur.again && field && isVisible(field, c)) {
        Object.assign(cur, { again: true, waited: false });
        return { ok: true, again: true, score: 1, actions: [{ act: 'type', ref: cur.ref, value: String(cur.value), why: '"' + cur.value + '" typed again: no suggestion showed' }] };
      }
      if (head) {
        Object.assign(cur, { short: head[0], waited: false });
        return { ok: true, again: true, score: 1, actions: [{ act: 'type', ref: cur.ref, value: head[0], why: '"' + head[0] + '", the start of "' + cur.value + '", for the list to suggest it' }] };
      }
      st.cur = null; /* none shows: the typed value stands */
    }
    const k = st.queue.findIndex((a) => (a.act === 'type' && ipSuggests(deref(a.ref))) || a.act === 'later');
    /* a value whose control shows only later (16-form.js): what comes
     * before it, then it, a round at a time */
    if (k > 0 && st.queue[k].act === 'later') return { ok: true, again: true, score: 1, actions: st.queue.splice(0, k), why: 'the fields before a value picked once shown' };
    if (k === 0 && st.queue[0].act === 'later') {
      const r = ipLaterRound(st.queue[0], c);
      if (r.error) { ipState.suggest = null; return { ok: false, error: r.error, candidates: [] }; }
      if (r.done) st.queue.shift();
      return { ok: true, again: true, score: 1, actions: r.actions, why: st.queue[0] ? st.queue[0].why : 'a value picked once shown' };
    }
    if (k >= 0) {
      const now = st.queue.splice(0, k + 1);
      st.cur = { ref: now[k].ref, value: now[k].value, pick: now[k].pick, waited: false };
      return { ok: true, again: true, score: 1, actions: now, why: 'typed into a field that suggests' };
    }
    const rest = st.queue.splice(0);
    ipState.suggest = null;
    return { ok: true, again: false, score: 1, actions: st.submit ? rest.concat([st.submit]) : rest, why: 'the fields hold the suggestions picked' };
  }

  /* A part of the page in view that the words name: a landmark (a side
   * bar, the navigation) or a region its label, id, class or heading
   * names. The element, or null. */
  const IP_REGION_WORDS = { aside: 'sidebar side bar aside panel', nav: 'navigation nav menu sidebar', header: 'header top bar banner', footer: 'footer bottom' };
  function ipRegionNamed(phrase, c) {
    const want = tokens(phrase).filter((t) => !/^(on|of|the|page|left|right|top|main)$/.test(t));
    if (!want.length) return null;
    for (const el of c.all()) {
      if (el.nodeType !== 1 || !el.matches('aside,nav,header,footer,section,details[open],[role=navigation],[role=complementary],[role=region],[role=banner],[aria-label]')) continue;
      if (!isVisible(el, c)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 40 || r.height < 40) continue;
      const head = el.querySelector('h1,h2,h3,h4,h5,h6,summary,legend');
      const words = new Set(tokens([IP_REGION_WORDS[el.localName] || '', el.getAttribute('aria-label') || '', (el.id || '').replace(/[-_]/g, ' '),
        typeof el.className === 'string' ? el.className.replace(/[-_]/g, ' ') : '', head ? textOf(head, c) : ''].join(' ')));
      if (want.every((t) => words.has(t) || words.has(stem(t)))) return el;
    }
    return null;
  }

  /* "open the sidebar", "show the filters panel" with it in view: nothing
   * to do. Why, or null. */
  function ipAlreadyShown(strip, c) {
    const m = /^(?:open|show|expand|view|display|go to|bring up|reveal)\s+(?:up\s+)?(?:the\s+|my\s+|your\s+)?(.{2,60})$/i.exec(strip);
    return m && ipRegionNamed(m[1], c) ? '"' + clip(m[1], 60) + '" is already shown' : null;
  }

  /* "open the Newsletter board from the sidebar": the part of the page in
   * view that a trailing phrase names says where, not what; the clause
   * without it. */
  function ipDropRegion(clause, c) {
    const m = /^(.*\S)\s+(?:in|from|on|inside|within|via|using)\s+(?:the|your|my)\s+([a-z][\w -]{1,30})$/i.exec(clause);
    return m && tokens(m[1]).length >= 2 && ipRegionNamed(m[2], c) ? m[1] : clause;
  }

  /* the reading of the clause, its closing send held while a later step
   * acts (16-form.js ipHoldSend) */
  function interpret(q) {
    /* the words as said, for what a reading of a part of them needs of
     * the rest (an item's option, 17-items.js itOption) */
    if (q && typeof q === 'object' && !q.chainInner) ipState.said = String(q.clause || '');
    return ipHoldSend(q, interpretClause(q));
  }

  function ipNameRemark(clause) {
    const m = /\s*\(\s*(\p{Lu}[\p{L}'-]*) is (?:the |my |his |her |their )?(first|given|family|last|sur) ?name\s*\)/u.exec(clause);
    if (!m) return clause;
    const before = clause.slice(0, m.index), after = clause.slice(m.index + m[0].length);
    const pair = new RegExp('(\\p{Lu}[\\p{L}\'-]*) (\\p{Lu}[\\p{L}\'-]*)$', 'u').exec(before);
    if (!pair || (pair[1] !== m[1] && pair[2] !== m[1])) return clause;
    const given = /^(first|given)$/.test(m[2]) ? m[1] : pair[1] === m[1] ? pair[2] : pair[1];
    const family = given === pair[1] ? pair[2] : pair[1];
    return before.slice(0, pair.index) + given + ' ' + family + after;
  }

  /* How people write a trip, into the words the form reader reads:
   * "Heathrow \u2192 Paris", "Lisbon - Berlin": from one to the other;
   * "out on April 30 and back on May 4 (2026)": the year said once, in
   * brackets, is each date's. */
  function ipTravelWords(clause, c) {
    /* only where a form asks where from and where to: "Guides \u2192
     * Migrating" elsewhere is a path */
    if (!formControls(c).some((k) => /\b(from|to|origin|destination|leaving|going|depart\w*|arriv\w*|return\w*)\b/i.test(ipNamesText(k, c)))) return clause;
    let out = clause.replace(/\s*(?:\u2192|->|\u27f6|\u2794|\u279c)\s*/g, ' to ');
    if (!/\bto\b/i.test(out)) out = out.replace(/(\p{Lu}[\p{L}.]*) [-\u2013] (\p{Lu})/u, '$1 to $2');
    const y = /\s*\((\d{4})\)/.exec(out);
    if (y && (out.match(/\b\d{4}\b/g) || []).length === 1) {
      const mon = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
      const dated = new RegExp('\\b(' + mon + ' \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?' + mon + ')\\b(?!,? \\d{4})', 'gi');
      out = out.slice(0, y.index) + out.slice(y.index + y[0].length);
      out = out.replace(dated, (m) => m + ' ' + y[1]);
    }
    return out;
  }

  function interpretClause(q) {
    q = q && typeof q === 'object' ? q : { clause: String(q || '') };
    /* "(it opens in a new tab)": a remark on what the click does, no name */
    let clause = collapse(collapse(q.clause || '').replace(/\s*\((?:it |this |that )?(?:opens |will open |should open |comes up )?(?:in )?(?:a |the )?new (?:tab|window)\)/gi, ' ')).replace(/[.!]+$/, '');
    /* "name Wei Zhang (Wei is the first name)", "Zhang Wei (Zhang is the
     * surname)": a remark that says which word of a name is which puts the
     * name in the order the fields take it (given, then family) */
    /* the page as it is now: no step acts before the words are read */
    const c = newCtx();
    clause = ipNameRemark(clause);
    clause = ipTravelWords(clause, c);
    /* "the street to Torstra\u00dfe 9 (postcode 10119)": a field and its value
     * in brackets after a value is said as the next one */
    clause = clause.replace(/\s*\(((?:\p{Ll}+ ){1,2})([^()]*[\d@][^()]*)\)/gu, (m, label, value) => (IP_FILLER.has(label.split(' ')[0]) || /^(it|its|up|in|on|at|under|inside|within|which|located|found|about|around|approx|ca|max|min|was|now)$/.test(label.split(' ')[0]) ? m : ', ' + label + value));
    /* "Book my Honda in: reg ...": the request, then its data, as after a comma */
    clause = clause.replace(/^((?:\S+ ){0,4}\S+):(?=\s)/, (m, head) => (IP_SEND.test(norm(head.split(' ')[0])) ? head + ',' : m));
    clause = ipDropRegion(clause, c);
    const round = q.round | 0;
    /* an item's action may answer the dialog it opens when no later step
     * or outer reading will (17-items.js vbSoftAfter) */
    /* an e-mail, a long number or a labelled value in the words: data the
     * form it opens takes (24-chain.js), no answer to a question */
    const data = /@|\d{5,}|\b(name|e-?mail|phone|card)\s*:/i.test(clause.replace(/(["'\u2018\u201c])[^"'\u2019\u201d]*["'\u2019\u201d]/g, ' '));
    ipState.soft = !q.later && !q.chainInner && !q.probe && !data;
    if (round === 0 || ipState.clause !== clause) Object.assign(ipState, { clause, height: 0, still: 0, clicked: false, opened: new Set() });
    if (round === 0) { ipState.suggest = null; ipState.item = null; }
    const done = Array.isArray(q.done) ? q.done : [];
    if (round > 0 && ipState.suggest) return ipSuggestRound(c, done);
    /* an item's action and the data of the form it opens (24-chain.js) */
    const chained = chInterpret(q, clause, c, { doneRefs: new Set(done.map((a) => a && a.ref).filter((r) => r != null)), doneNames: [] });
    if (chained) return chained;
    if (round > 0 && ipState.item && ipState.item.clause === clause) {
      /* what the item's control opened: a menu, a picker, a dialog */
      const f = itFollow(c);
      if (f.error) return { ok: false, error: f.error, candidates: [] };
      return { ok: true, actions: f.actions, again: !!f.again, score: 1, why: f.why };
    }
    if (q.probe === 'item') {
      /* a path in a tree, or a thing named with its place (18-tree.js) */
      if (trProbe(clause, c)) return { ok: true, kind: 'item', score: 1, why: 'a path in a tree' };
      /* a step the rules read ("click archive of the Shopmart email") asks
       * whether its whole clause names a control in an item better */
      /* ... unless one control is named by the clause's words whole
       * ("reserve the room": "Reserve room"), which the step's own locate
       * takes (10-locate.js) */
      if (!q.read && ipNamedWhole(clause, c)) return { ok: true, kind: null, score: 0, why: 'a control named by the words whole' };
      const r = ipReadItems(ipWords(clause), c, clause, true, !!q.read);
      const fits = !!(r && r.actions.length && !r.error && r.score >= 0.72);
      const over = fits && ipFieldsOver(clause, c, r.score, r);
      const ok = fits && !over;
      /* items that fit the words alike: the step fails saying which */
      const tie = !!(r && r.error && r.tie);
      ipState.itemFirst = ok || tie ? clause : null;
      /* "reschedule Mia's check-up to 14 April, 10:00": an item's control
       * and the data of the form it opens (24-chain.js). Not for a step the
       * rules read as typing into a field: "change my display name to
       * Robin A. Avery" is that field's, and a type step that finds no
       * such field is read whole after all (actions.c regrounds) */
      if (!ok && !tie && !q.read && !q.typed && chStart(q, clause, c, { round: 0, doneRefs: new Set(), doneNames: [], later: false })) return { ok: true, kind: 'item', score: 0.8, why: 'an item\'s action and the data of its form' };
      /* "add the sourdough in the 1 kg size": the form reading of the
       * item's box (its size, then its Add) does the item's control and
       * more; a plain click of the step would not, the clause is read whole.
       * Only then: "check Remember me" is a plain step, though the words
       * would also fill a search box that suggests ("the place Remember") */
      if (over === 'all' && !q.read) return { ok: true, kind: 'item', score: r.score, why: 'the fields of an item and its control' };
      return { ok: true, kind: ok || tie ? 'item' : null, score: r ? Math.round(r.score * 1000) / 1000 : 0, why: r ? r.why || r.error : '', cands: r && r.cands };
    }
    const roundInfo = {
      doneRefs: new Set(done.map((a) => a && a.ref).filter((r) => r != null)),
      doneNames: done.filter((a) => a && a.act === 'click').map((a) => { const el = deref(a.ref); return el ? ipName(el, c) : ''; }),
      later: !!q.later,
    };
    if (!clause) return { ok: false, error: 'interpret: no words to read' };
    /* a path or a name in a tree (18-tree.js): opened, or the rest read with that place open */
    const tr = q.probe ? null : trInterpret(clause, c, roundInfo, round);
    if (tr && !tr.rest) return tr;
    if (tr) clause = tr.rest;
    /* "(it is in Projects / 2026)": open that path first */
    const inPath = /\((?:it is |it's |which is |located |found )?(?:in|under|inside) ([^)]+)\)/i.exec(clause);
    if (inPath) {
      const parts = ipPath(inPath[1]) || [collapse(inPath[1])];
      const rest = collapse(clause.replace(inPath[0], ' '));
      const restHit = ipRest(rest, c, roundInfo, round, true);
      if (restHit && restHit.ok) return restHit;
      const p = ipReadPath(parts, c, roundInfo, false);
      if (p && p.again) return { ok: true, again: true, actions: p.actions, score: 1, why: p.actions[0].why };
      clause = rest;
    }
    if (q.probe) {
      const r = ipRest(clause, c, roundInfo, 0, true, true);
      return r || { ok: true, kind: null, fields: 0, actions: [] };
    }
    return ipRest(clause, c, roundInfo, round, false);
  }

  const IP_COUNT = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  /* "add 3 elements", "create two new rows": the control that makes one
   * ("Add Element", "New row"), pressed that many times; null when no
   * control's name is the verb and the thing. */
  function ipTimesControl(strip, c) {
    const m = /^(add|create|insert|append|make|generate|spawn) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:new |more |extra )?([a-z][a-z-]*(?: [a-z][a-z-]*)?)$/i.exec(strip);
    if (!m) return null;
    const n = IP_COUNT[m[2].toLowerCase()] || parseInt(m[2], 10);
    if (!(n >= 2 && n <= 20)) return null;
    const one = stem(m[3].toLowerCase());
    const names = [m[1] + ' ' + one, 'add ' + one, 'new ' + one, 'add new ' + one, 'add an ' + one, 'add a ' + one];
    const xs = ipClickables(c).filter((el) => isVisible(el, c) && !isDisabled(el) &&
      names.some((nm) => tokens(ipName(el, c)).map(stem).join(' ') === tokens(nm).map(stem).join(' ')));
    if (xs.length !== 1) return null;
    const ref = refOf(xs[0]);
    const acts = [];
    for (let i = 0; i < n; i++) acts.push({ act: 'click', ref, why: '"' + clip(ipName(xs[0], c), 40) + '" (' + (i + 1) + ' of ' + n + ')' });
    return { ok: true, actions: acts, score: 1, final: true, why: 'the control that makes one ' + one + ', ' + n + ' times' };
  }

  /* "enable the text box and type ...": a field the page keeps disabled
   * until its own Enable button is pressed; then waited for (a few rounds)
   * until it takes input. */
  function ipEnableFor(strip, c, round) {
    if (round === 0) ipState.enabling = null;
    const m = /^(?:enable|unlock|activate|turn on) (?:the )?(.+)$/i.exec(strip);
    if (!m) return null;
    const off = c.all().filter((x) => isVisible(x, c) && (isTextInput(x) || x.localName === 'textarea' || x.localName === 'select') && isDisabled(x));
    const want = m[1].toLowerCase();
    const field = off.find((x) => matchEl(want, x, c)[0] >= 0.7) || (off.length === 1 && /\b(text ?box|field|input|box|text area|textarea)\b/.test(want) ? off[0] : null);
    if (!field) {
      /* pressed already: done once the field it turned on takes input */
      if (round > 0 && ipState.enabling) { ipState.enabling = null; return { ok: true, actions: [], score: 1, why: 'the field takes input now' }; }
      return null;
    }
    if (round > 0 && ipState.enabling) {
      if (ipState.enabling++ > 12) { ipState.enabling = null; return { ok: false, error: 'the field stayed disabled after "Enable" was pressed' }; }
      return { ok: true, actions: [], again: true, score: 1, why: 'waits for the field to be enabled' };
    }
    const btn = ipClickables(c).find((b) => isVisible(b, c) && !isDisabled(b) && /^(enable|unlock|activate|turn on)\b/i.test(collapse(ipName(b, c))));
    if (!btn) return null;
    ipState.enabling = 1;
    return { ok: true, actions: [{ act: 'click', ref: refOf(btn), why: '"' + clip(ipName(btn, c), 40) + '" enables the field' }], again: true, score: 1, why: 'the button that enables the field' };
  }

  /* "show me only the articles tagged postgres", "filter by the javascript
   * tag": the link or button that says the tag, a tag list's first (a
   * side bar's "Popular Tags") over a tag on one item; null when none. */
  function ipTagFilter(strip, c) {
    const m = /^(?:show(?: me)?|list|see|view|display|find|filter(?: down)?(?: to)?|only show|just show)? ?(?:only |just )?(?:the |all )?(?:articles|posts|stories|items|entries|products|results|questions|notes|ones)? ?(?:that are |which are )?(?:tagged(?: with)?|with the tag|labell?ed(?: with)?|in the (?:tag|category)) ["'\u2018\u201c]?([\w .#+-]+?)["'\u2019\u201d]?$/i.exec(strip) ||
      /^(?:filter|narrow(?: down)?|sort) (?:it |them |the list |the feed )?(?:by|on|to|for) (?:the )?["'\u2018\u201c]?([\w.#+-]+(?: [\w.#+-]+)?)["'\u2019\u201d]? (?:tag|label|category|topic)$/i.exec(strip);
    if (!m) return null;
    const want = norm(m[1]).replace(/^#/, '');
    const xs = ipClickables(c).filter((el) => isVisible(el, c) && norm(textOf(el, c)).replace(/^#/, '') === want);
    if (!xs.length) return null;
    const inList = (el) => { for (let n = el.parentElement, k = 0; n && k < 5; n = n.parentElement, k++) if (/\btag|categor|topic|label/i.test((typeof n.className === 'string' ? n.className : '') + ' ' + (n.id || '') + ' ' + collapse((n.querySelector('h1,h2,h3,h4,h5,h6,p,.title') || {}).textContent || '').slice(0, 40)) && n.querySelectorAll('a,button').length >= 3) return true; return false; };
    const best = xs.find(inList) || xs[0];
    return { ok: true, actions: [{ act: 'click', ref: refOf(best), why: 'the tag "' + clip(textOf(best, c), 40) + '"' }], score: 1, final: true, why: 'the tag the words name' };
  }

  function ipRest(clause, c, roundInfo, round, quiet, probe) {
    /* "choose Edit rather than confirming": what is not asked is no part of it */
    const strip = clause.replace(/^(please |kindly |now |then |and )+/i, '').replace(/,?\s+(?:rather than|instead of)\s+\w+(?: it| them| the \w+)?$/i, '');
    /* a path: "open Guides › Deploy › Docker" */
    const pm = /^(?:open|go to|navigate to|expand|browse to|click|show)?\s*(.*)$/i.exec(strip);
    const parts = pm && !probe && ipPath(pm[1].replace(/\s+(in|from|using) the (\w+ )?(menu|navigation|tree|sidebar)$/i, ''));
    if (parts) {
      const p = ipReadPath(parts, c, roundInfo, true);
      if (p && !p.error) return { ok: true, actions: p.actions, again: !!p.again, score: p.score, why: p.why || (p.actions[0] && p.actions[0].why) };
      if (!quiet) return { ok: false, error: p ? p.error : 'no path ' + parts.join(' \u203a ') + ' on the page' };
      return null;
    }
    /* "use the browser's back button", "go back a page" */
    const hist = /^(?:(?:use|press|click|hit|tap) (?:the )?(?:browser'?s? |web browser'?s? )?(back|forward|reload|refresh) button|go (back|forward)(?: (?:a|one) page| in the browser)?|(reload|refresh) the page)$/i.exec(strip);
    if (hist && !probe) {
      const w = (hist[1] || hist[2] || hist[3]).toLowerCase();
      return { ok: true, actions: [{ act: w === 'refresh' ? 'reload' : w, why: 'the browser\'s ' + w }], score: 1, why: 'the browser\'s ' + w };
    }
    if (IP_MORE.test(strip) && !probe) {
      const m = ipLoadMore(ipWords(strip), c, strip);
      if (m.error) return quiet ? null : { ok: false, error: m.error };
      return { ok: true, actions: m.actions, again: !!m.again, score: 1, why: m.why || 'loading more' };
    }
    /* "add 3 elements" where the page's "Add Element" makes one each press */
    const times = probe ? null : ipTimesControl(strip, c);
    if (times) return times;
    /* "enable the text box" where an Enable button turns it on */
    const en = probe ? null : ipEnableFor(strip, c, round);
    if (en) return en;
    /* "show me only the articles tagged postgres": the tag's own link */
    const tag = probe ? null : ipTagFilter(strip, c);
    if (tag) return tag;
    const ws = ipWords(strip);
    /* a reveal under way (19-reveal.js): its target, then what it opened */
    const rvr = !probe && rvPending(clause, round) ? rvFollow(c, roundInfo) : null;
    if (rvr) return rvr;
    const readings = [];
    const info = Object.assign({ round }, roundInfo);
    let items = ipReadItems(ws, c, clause);
    /* "give The Quiet Orchard five stars" where no stars show: the item's
     * Rate, as "rate ..." reads it (its dialog answered in 17-items.js) */
    const give = rtSaid(strip) && (!items || items.error || items.score < IP_MIN) ? /^(?:please )?(?:give|leave|award|put)\s+(.+)$/i.exec(strip) : null;
    if (give) { const r2 = ipReadItems(ipWords('rate ' + give[1]), c, 'rate ' + give[1]); if (r2 && !r2.error && r2.score >= IP_MIN) items = r2; }
    const first = ipState.itemFirst === clause && items;
    ipState.itemFirst = null;
    for (const r of first ? [items] : [ipReadFields(ws, c, info), ipItemBest(items, ipReadItem(ws, c)), ipReadControl(ws, c, strip, roundInfo), rtReading(ws, c, strip)]) if (r) readings.push(r);
    readings.sort((a, b) => b.score - a.score);
    ipFormOverItem(readings, c);
    /* the thing the words name is in a closed part: revealed first (19-reveal.js) */
    const over = !probe && !quiet && readings[0] && readings[0].score >= IP_MIN ? rvReading(ws, c, roundInfo, clause, round, true) : null;
    /* ... unless it only opens a custom dropdown the form reading sets (16-form.js) */
    if (over && !ipSetsOpened(readings[0], over)) return over;
    const best = readings[0], second = readings[1];
    const cands = (readings.find((r) => r.cands) || {}).cands || [];
    if (!best || best.score < IP_MIN || !best.actions.length) {
      if (quiet) return null;
      const ctl = readings.find((r) => r.kind === 'control' && r.hidden);
      /* "log a call with outcome Busy": a control the first words name
       * opens the form the rest fills */
      const amb0 = readings.some((r) => r.kind === 'control' && r.error);
      /* what the words name is hidden: revealed, then pressed (19-reveal.js) */
      const rv = !readings.some((r) => r.error && (r.kind === 'control' || r.score > 0 || r.tie)) ? rvReading(ws, c, roundInfo, clause, round) || rvCompose(clause, c) : null;
      if (rv) return rv;
      /* the item is under a tab its words name (17-items.js): that tab first */
      const tabR = readings.find((r) => r.tabReveal && r.actions.length);
      if (tabR) return { ok: true, actions: tabR.actions, again: true, score: tabR.score, why: tabR.why };
      const opener = round < 3 && !amb0 ? ipOpener(ws, c, roundInfo) : null;
      if (opener) return opener;
      const amb = readings.find((r) => r.kind === 'control' && r.error) || readings.find((r) => r.kind === 'item' && r.error && r.score > 0);
      if (amb && !readings.some((r) => r.score >= IP_MIN)) return { ok: false, error: amb.error, candidates: cands };
      if (ctl) return ipWizard(ctl.el, c, roundInfo) || { ok: false, error: '"' + ipName(ctl.el, c) + '" is on the page but not shown yet: it may appear after an earlier step (such as Next), which the words do not ask for', candidates: cands };
      /* a form read in part (16-form.js): the words no field of it takes */
      const part = readings.find((r) => r.kind === 'fields' && r.actions.length && r.unplaced && r.unplaced.length);
      if (part) return ipNoField(part, part.unplaced, cands);
      const shown = ipAlreadyShown(strip, c);
      if (shown) return { ok: true, actions: [], score: 1, why: shown };
      return { ok: false, error: 'nothing on the page fits "' + clip(clause, 120) + '"' + (best ? ' (best reading: ' + best.kind + ', score ' + Math.round(best.score * 100) / 100 + ')' : ''), candidates: cands };
    }
    if (second && second.score > best.score - IP_MARGIN && second.actions.length && !ipSameActs(best, second)) {
      if (quiet) return null;
      return { ok: false, error: '"' + clip(clause, 120) + '" fits two ways: ' + best.why + ' (' + best.actions.map((a) => a.why).join('; ') + ') or ' + second.why + ' (' + second.actions.map((a) => a.why).join('; ') + ')', candidates: cands };
    }
    /* a form sent, or left as done, without a value the words said: no
     * half success (the request fails naming the words no field takes); a
     * round that fills what shows and reads the rest once more fields show
     * is not the end */
    const ends = (a) => a.sends || a.act === 'press';
    if (best.kind === 'fields' && best.strays && best.strays.length && !probe &&
        (best.actions.some(ends) || (!best.again && !best.actions.some((a) => a.act === 'later')))) {
      return quiet ? null : ipNoField(best, best.strays, cands);
    }
    /* a look only: how many fields the words fill (a search step asks) */
    if (probe) return { ok: true, kind: best.kind, fields: best.kind === 'fields' ? best.actions.filter((a) => a.act !== 'click' && a.act !== 'press').length : 0, unplaced: (best.unplaced || []).length, actions: [] };
    let acts = best.actions;
    if (best.state) { best.state.clause = ipState.clause; ipState.item = best.state; }
    /* fields that suggest as one types: pick the suggestions before sending */
    const sugg = best.kind === 'fields' ? acts.filter((a) => (a.act === 'type' && ipSuggests(deref(a.ref))) || a.act === 'later') : [];
    if (sugg.length) {
      const last = acts[acts.length - 1];
      const submit = last.act === 'click' || last.act === 'press' ? last : null;
      ipState.suggest = { queue: submit ? acts.slice(0, -1) : acts.slice(), submit, cur: null };
      const first = ipSuggestRound(c, []);
      return Object.assign(first, { score: Math.round(best.score * 1000) / 1000, why: best.why });
    }
    /* final: these actions are what the words ask, and a round after them
     * only checks they took (a menu, dialog or next item may follow); not
     * a tab, reveal or item page opened on the way (actions.c moved_on) */
    const final = /^(item|control|fields)$/.test(best.kind) && !best.onward && !best.tabReveal && !best.hidden;
    return { ok: true, actions: acts, again: !!best.again, onward: !!best.onward, final, score: Math.round(best.score * 1000) / 1000, why: best.why };
  }

  /* the failure of a form reading r that left the words ws in no field */
  function ipNoField(r, ws, cands) {
    return { ok: false, error: 'no field of the form takes ' + ws.map((t) => '"' + clip(t, 80) + '"').join(', ') + ' (the rest: ' + clip(r.actions.map((a) => a.why).join('; '), 200) + ')', candidates: cands };
  }

  /* the item reading of 17-items.js, or the older one here when it fits
   * better ("mark the Acme deal as won" by a button named Won) */
  /* The one shown control whose name is the words of the clause, all of
   * them and no more, an article or "my" aside ("reserve the room" is
   * "Reserve room"). The element, or null. */
  function ipNamedWhole(clause, c) {
    const ws = tokens(clause).filter((w) => !/^(the|a|an|my|our|this|that|your)$/.test(w));
    if (ws.length < 2 || ws.length > 4) return null;
    const named = ipClickables(c).filter((el) => {
      if (!isVisible(el, c) || isDisabled(el)) return false;
      const nm = tokens(ipName(el, c));
      return nm.length === ws.length && ws.every((w) => nm.includes(w));
    });
    return named.length === 1 ? named[0] : null;
  }

  /* "buy a Friday day ticket for kay@x.io": a box holding the fields the
   * words fill is the form they go to, not an item whose button the verb
   * names. The fields reading goes first when the two are close, or
   * whatever their scores when it presses that same button after filling
   * what the words say (it does all the item reading does, and more). */
  function ipFormOverItem(readings, c) {
    const it = readings.find((r) => r.kind === 'item' && r.actions.length), f = readings.find((r) => r.kind === 'fields');
    if (!it || !f || f.score < IP_MIN || readings.indexOf(it) > 1 || readings.indexOf(f) > 1) return;
    /* "add one more bag of coffee beans" where the list has Coffee beans:
     * more of that item (its stepper), not a new one the add form makes */
    const r = it.state && it.state.r;
    /* ... and "add the Assam" where a card says Assam, over typing it as
     * a new one: "the" names a thing the page has (new text is said
     * without it: "add milk") */
    const adds = it.el && (tokens(ipName(it.el, c)).includes('add') || collapse(textOf(it.el, c)) === '+');
    const named = r && r.item && r.item.length && adds && /^(?:please )?add the\b/i.test(it.state.clause || '') && f.actions.some((x) => x.act === 'type');
    if (r && ((r.verb === 'qty' && r.by != null) || named) && it.score >= IP_MIN) {
      readings.splice(readings.indexOf(f), 1);
      return;
    }
    const fills = f.actions.filter((x) => x.act !== 'click' && x.act !== 'press' && x.ref != null && deref(x.ref));
    const holds = it.it && Math.abs(it.score - f.score) <= IP_MARGIN && fills.some((x) => composedContains(it.it, deref(x.ref)));
    const more = fills.length > 0 && ipDoesAll(f, it);
    if (holds || more) readings.splice(readings.indexOf(it), 1);
  }

  function ipItemBest(a, b) {
    if (!a || !a.actions.length) return b && b.actions.length ? b : (a && a.error ? a : b);
    if (!b || !b.actions.length) return a;
    return b.score > a.score + 0.05 ? b : a;
  }

  function ipSameActs(a, b) {
    return a.actions.length === b.actions.length && a.actions.every((x, i) => x.ref === b.actions[i].ref && x.act === b.actions[i].act);
  }

  /* The first words name a button that opens the form for the rest. */
  function ipOpener(ws, c, roundInfo) {
    for (let j = Math.min(ws.length - 1, 4); j >= 1; j--) {
      const head = ipContent(ws, 0, j).map((w) => w.raw).join(' ');
      /* the rest is what the opened form takes: two words at least */
      if (!head || ipContent(ws, j, ws.length).length < 2) continue;
      let best = null, alike = 0;
      for (const el of ipClickables(c)) {
        if (!isVisible(el, c) || roundInfo.doneRefs.has(refOf(el))) continue;
        const [s] = matchEl(head, el, c);
        if (best && Math.abs(s - best.s) < 0.02) alike++;
        if (s >= 0.8 && (!best || s > best.s + 0.02)) { best = { el, s }; alike = 0; }
      }
      if (best && !alike) return { ok: true, again: true, score: best.s, actions: [{ act: 'click', ref: refOf(best.el), why: '"' + ipJoin(ws, 0, j) + '" opens "' + ipName(best.el, c) + '" for the rest' }] };
    }
    return null;
  }

  /* ------------------------------------------------------------------ */
  /* reading what a person reads: values by label, cells by row and      */
  /* column, messages, tooltips, counts, frames                          */

  /* What changed lately (added, or its text or class changed), by a
   * sequence number: "the message after the action" is a fresh one. */
  const changed = new WeakMap();
  /* the same, for new content only: added nodes and changed text, not a
   * class or style set on what was there */
  const added = new WeakMap();
  let changeSeq = 0;
  let lastHover = null;
  let lastAction = 0;
  /* when the DOM last changed or scrolled (or the agent came), for still() */
  let lastChange = Date.now();
  try {
    new MutationObserver((muts) => {
      const t = ++changeSeq;
      lastChange = Date.now();
      for (const m of muts) {
        /* what changed itself: an added node, a text, an attribute; not
         * the container that gained a child (the body would be fresh) */
        const n = m.type === 'characterData' ? m.target.parentElement : m.type === 'attributes' ? m.target : null;
        if (n && n.nodeType === 1) changed.set(n, t);
        if (n && n.nodeType === 1 && m.type === 'characterData') added.set(n, t);
        for (const a of m.addedNodes || []) {
          const e = a.nodeType === 1 ? a : a.parentElement;
          if (e) changed.set(e, t), added.set(e, t);
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'] });
    document.addEventListener('mouseover', (e) => { lastHover = (e.composedPath && e.composedPath()[0]) || e.target; }, true);
    /* a scroll (ours too: a look scrolls to what it weighs) may make the
     * page load more a moment later: the page is not still */
    document.addEventListener('scroll', () => { lastChange = Date.now(); }, { capture: true, passive: true });
    /* a person's last action, by the same sequence: a message older than
     * it is not what the action said */
    for (const ev of ['click', 'keydown', 'submit']) {
      document.addEventListener(ev, (e) => { if (e.isTrusted || ev === 'submit') lastAction = ++changeSeq; }, true);
    }
  } catch (e) { /* no DOM to watch */ }

  /* How long the DOM has not changed, in ms: a page still rendering may
   * fit words a moment later, a still one will not (the executor's look
   * again, with page_net_idle_ms for the network). */
  function still() {
    return { ok: true, ms: Date.now() - lastChange };
  }

  function freshness(el) {
    let f = 0;
    for (let n = el, i = 0; n && n.nodeType === 1 && i < 3; n = n.parentElement, i++) f = Math.max(f, changed.get(n) || 0);
    const kids = el.querySelectorAll ? el.querySelectorAll('*') : [];
    for (let i = 0; i < kids.length && i < 30; i++) f = Math.max(f, changed.get(kids[i]) || 0);
    return f;
  }

  const MESSAGE_WORDS = new Set(['message', 'alert', 'warning', 'error', 'notification', 'notice', 'toast', 'flash',
    'status', 'feedback', 'confirmation', 'result', 'response', 'snackbar', 'success', 'output', 'answer', 'info',
    'flash message', 'error message', 'success message', 'status message', 'confirmation message', 'alert message',
    'warning message', 'result message', 'validation message', 'notification message']);
  const TOOLTIP_WORDS = new Set(['tooltip', 'bubble', 'info bubble', 'popover', 'hint', 'tip', 'hover text', 'help text',
    'tool tip', 'tooltip text', 'bubble text', 'popup text']);

  function isMessageQuery(tq) {
    if (tq.anchor) return false;
    if (tq.role === 'alert') return true;
    return !!tq.text && MESSAGE_WORDS.has(tokens(tq.text).join(' '));
  }

  function isTooltipQuery(tq) {
    if (tq.role === 'tooltip') return true;
    return !!tq.text && TOOLTIP_WORDS.has(tokens(tq.text).join(' '));
  }

  /* The visible message the page shows: alerts, toasts, flash and status
   * lines; the freshest first, then those whose kind the words name. */
  function messageText(tq, c) {
    const want = tq.text ? tokens(tq.text) : [];
    const cands = [];
    for (const el of c.all()) {
      if (!candidateEl(el) || roleFit(el, 'alert', c) < 0.95) continue;
      if (!isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 600) continue;
      if (cands.some((o) => composedContains(o.el, el))) continue;
      const hint = classHints(el).concat([roleOf(el)]);
      const named = want.some((w) => hint.includes(w)) ? 1 : 0;
      cands.push({ el, t, fresh: freshness(el), named });
    }
    if (!cands.length) return null;
    /* "the warning", "the error": that kind first; "the message": the freshest */
    const kind = want.some((w) => /^(warning|error|danger|success|info|notice)$/.test(w));
    cands.sort((a, b) => (kind ? (b.named - a.named) || (b.fresh - a.fresh) : (b.fresh - a.fresh) || (b.named - a.named)) ||
      (c.order.get(a.el) - c.order.get(b.el)));
    const best = cands[0];
    /* the close button's "×" is no part of the message */
    const v = collapseLines(shownText(best.el, c) || best.t, 100000).replace(/\s*[\u00d7\u2715\u2716]\s*$/, '');
    /* stale: shown before the last action (the step may wait for a new one) */
    return { ok: true, value: v, ref: refOf(best.el), stale: lastAction > 0 && best.fresh < lastAction };
  }

  /* What the last action made appear: a toast, an alert, a status line,
   * a dialog, a new paragraph; the freshest visible one, its text without
   * its buttons ("OK", "×"). {el, t} or null. */
  function freshMessage(c) {
    if (!lastAction) return null;
    let best = null;
    for (const el of c.all()) {
      const f = changed.get(el) || 0;
      if (f < lastAction || !candidateEl(el) || /^(button|input|select|textarea|option|body|html)$/.test(el.localName)) continue;
      if (tableView(el)) continue;
      if (best && best.f >= f && composedContains(best.el, el)) continue;
      if (!isVisible(el, c)) continue;
      const t = messageWords(el, c);
      if (!t || t.length > 600) continue;
      /* of one action's changes, a badge or counter ("1" in the cart)
       * says less than the status line beside it ("Added to your cart") */
      if (!best || f > best.f || composedContains(el, best.el) || (f === best.f && letterWords(best.t) < 2 && letterWords(t) >= 2 && statusLine(el, c))) best = { el, f, t };
    }
    return best && (freshPane(best.f, c) || best);
  }

  /* a line the page says things in: a status or alert region, or a toast
   * (fixed on the screen) */
  function statusLine(el, c) {
    const r = attrRole(el);
    return r === 'status' || r === 'alert' || el.hasAttribute('aria-live') || /^(fixed|sticky)$/.test(styleOf(el, c).position);
  }

  /* how many words of letters t holds */
  function letterWords(t) {
    return t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  }

  /* a table a tab or a switcher drew is the view it shows, no message */
  function tableView(el) {
    return /^(table|tr|td|th|thead|tbody)$/.test(el.localName) || !!(el.querySelector && el.querySelector('table,[role=table],[role=grid],[role=row]'));
  }

  /* What one change drew in several parts (a reading pane's subject,
   * sender and body, each set on its own): the part that holds them all,
   * rather than the first changed thing in the page's order (the unread
   * counter beside it, or the row clicked, whose class changed). Parts of
   * fewer than two words (a badge's "4") are no part of it. {el, f, t} or
   * null. */
  function freshPane(f, c) {
    const says = (el) => letterWords(textOf(el, c) || '') >= 2;
    const parts = c.all().filter((el) => added.get(el) === f && isVisible(el, c) && says(el));
    if (parts.length < 2) return null;
    let top = parts[0];
    while (top && !parts.every((p) => composedContains(top, p))) top = parentOf(top);
    if (!top || /^(body|html)$/.test(top.localName) || !candidateEl(top)) return null;
    if (tableView(top)) return null;
    const t = messageWords(top, c);
    return t && t.length <= 600 ? { el: top, f, t, pane: true } : null;
  }

  function messageWords(el, c) {
    let t = collapseLines(shownText(el, c) || textOf(el, c), 2000);
    for (const b of el.querySelectorAll ? el.querySelectorAll('button,[role=button]') : []) {
      const bt = textOf(b, c);
      if (bt) t = t.split('\n').filter((l) => l.trim() !== bt).join('\n');
    }
    /* its lines apart: "Mobile 67%", "Tablet 4%" are read one by one */
    return t.replace(/\s*[\u00d7\u2715\u2716]\s*$/, '').trim();
  }

  function tooltipText(c) {
    const cands = [];
    for (const el of c.all()) {
      if (!candidateEl(el) || roleFit(el, 'tooltip', c) < 0.95 || !isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (t && t.length <= 1000 && !cands.some((o) => composedContains(o.el, el))) cands.push({ el, t, fresh: freshness(el) });
    }
    if (cands.length) {
      cands.sort((a, b) => b.fresh - a.fresh);
      return { ok: true, value: cands[0].t, ref: refOf(cands[0].el) };
    }
    /* the hovered element's own title or description */
    for (let n = lastHover, i = 0; n && n.nodeType === 1 && i < 4; n = parentOf(n), i++) {
      const d = n.getAttribute('aria-describedby');
      const dt = d ? collapse(d.split(/\s+/).map((id) => { const x = byIdIn(n, id); return x ? x.textContent : ''; }).join(' ')) : '';
      const v = dt || n.getAttribute('title') || n.getAttribute('data-tooltip') || n.getAttribute('data-title') || n.getAttribute('data-tip');
      if (v) return { ok: true, value: collapse(v) };
    }
    return null;
  }

  /* The text of the nth frame, or of the frame the words name. */
  function frameText(tq, c) {
    const frames = c.all().filter((el) => (el.localName === 'iframe' || el.localName === 'frame') && isVisible(el, c));
    const docOf = (f) => { try { return f.contentDocument; } catch (e) { return null; } };
    /* frames that show text, not framesets of other frames */
    const leaves = frames.filter((f) => { const d = docOf(f); return d && d.body && d.body.localName === 'body'; });
    let pick = null;
    if (tq.text) {
      let bs = 0;
      for (const f of leaves) {
        const names = [f.getAttribute('name'), f.getAttribute('title'), f.id, f.getAttribute('aria-label')].filter(Boolean);
        for (const n of names) { const s = textScore(tq.text, humanize(n)); if (s > bs) { bs = s; pick = f; } }
      }
      if (bs < THRESHOLD) pick = null;
    }
    if (!pick) pick = pickOrdinal(leaves, tq.ordinal);
    if (!pick) return { ok: false, error: tq.ordinal ? 'there ' + (leaves.length === 1 ? 'is only 1 frame' : 'are only ' + leaves.length + ' frames') + ' on the page, not a ' + ordinalWord(tq.ordinal) : 'no frame on the page' };
    const d = docOf(pick);
    return { ok: true, value: collapseLines(d.body.innerText || d.body.textContent || '', 100000), ref: refOf(pick) };
  }

  function cellsOf(row) {
    if (row.localName === 'tr') return Array.from(row.cells);
    return Array.from(row.querySelectorAll('[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]')).filter((x) => x.closest('[role=row]') === row);
  }

  function rowsOf(t) {
    if (t.localName === 'table') return Array.from(t.rows);
    return Array.from(t.querySelectorAll('[role=row]'));
  }

  function isHeadCell(x) {
    return x.localName === 'th' || roleOf(x) === 'columnheader';
  }

  function nameScore(q, t) {
    let best = 0;
    for (const [v, f] of variants(q)) best = Math.max(best, textScore(v, t.replace(/[:*]\s*$/, '')) * f);
    return best;
  }

  /* A table cell by its row (the row that holds the anchor's words) and
   * its column (the header the field names); or, in a two-column table,
   * the cell beside the one the field names. */
  function cellLookup(field, keys, c) {
    let best = null;
    for (const t of c.all()) {
      const r = roleOf(t);
      if (r !== 'table' && r !== 'grid' && r !== 'treegrid') continue;
      if (!isVisible(t, c)) continue;
      const rows = rowsOf(t).filter((x) => isVisible(x, c));
      if (!rows.length) continue;
      const head = rows.find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); }) || null;
      if (head && keys && keys.length) {
        const hs = cellsOf(head);
        let col = -1, cs = 0, second = 0;
        hs.forEach((h, i) => {
          const s2 = nameScore(field, textOf(h, c));
          if (s2 > cs) { second = cs; cs = s2; col = i; } else if (s2 > second) second = s2;
        });
        /* "the due amount" for a column "Due": the one header that fits */
        if (cs < 0.7 && !(cs >= 0.5 && cs - second >= 0.15)) continue;
        for (const row of rows) {
          if (row === head) continue;
          const cells = cellsOf(row);
          if (col >= cells.length || !hasTokens(textOf(row, c), keys)) continue;
          const cand = { value: textOf(cells[col], c), el: cells[col], score: cs };
          if (!best || cand.score > best.score) best = cand;
          break;
        }
      } else if (!keys || !keys.length) {
        for (const row of rows) {
          const cells = cellsOf(row);
          if (cells.length < 2) continue;
          const s = nameScore(field, textOf(cells[0], c));
          if (s >= 0.8 && (!best || s > best.score)) best = { value: textOf(cells[1], c), el: cells[1], score: s };
        }
      }
    }
    return best;
  }

  /* The value a label element stands beside: "<dt>Credits</dt><dd>120</dd>",
   * "<span>Credits:</span> <b>120</b>", "Credits: 120", a row's next cell,
   * a labelled field's value. */
  function valueBeside(lab, c) {
    const lt = textOf(lab, c);
    const ok = (v) => { v = collapse(v); return v && v.length <= 300 && v !== lt ? v : null; };
    const ctl = labelControl(lab);
    if (ctl) return ok(valueOf(ctl, c));
    if (lab.localName === 'dt') {
      let n = lab.nextElementSibling;
      while (n && n.localName !== 'dd' && n.localName !== 'dt') n = n.nextElementSibling;
      if (n && n.localName === 'dd') return ok(textOf(n, c));
    }
    const cell = lab.closest && lab.closest('th,td,[role=cell],[role=gridcell],[role=rowheader]');
    if (cell && cell.parentElement) {
      const cs = cellsOf(cell.parentElement.localName === 'tr' || roleOf(cell.parentElement) === 'row' ? cell.parentElement : cell);
      const i = cs.indexOf(cell);
      if (i >= 0 && i + 1 < cs.length) return ok(textOf(cs[i + 1], c));
    }
    /* "Credits: 120" in one text */
    const m = /^(.{1,80}?)\s*[:\uff1a]\s*(.+)$/.exec(lt);
    if (m && m[2]) return ok(m[2]);
    let n = lab;
    for (let up = 0; n && up < 3; up++, n = n.parentElement) {
      for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
        if (!isVisible(s, c)) continue;
        const f = s.matches('input,select,textarea') ? s : s.querySelector && s.querySelector('input,select,textarea');
        if (f && !textOf(s, c)) return ok(valueOf(f, c));
        const v = ok(textOf(s, c));
        /* an icon beside the label (ⓘ, ▾) is no value: the next one is */
        if (v && !/[\p{L}\p{N}]/u.test(v)) continue;
        if (v) return v;
        break;
      }
      const p = n.parentElement;
      if (!p) break;
      const pt = textOf(p, c);
      if (pt.length > lt.length && pt.length <= 200 && pt.startsWith(lt)) return ok(pt.slice(lt.length).replace(/^\s*[:\uff1a-]\s*/, ''));
      /* the value before its name in one row ("19:00 Kite Engine" of a
       * line-up), the label last in it: that row's, not the next row's */
      if (pt.length > lt.length && pt.length <= 200 && pt.endsWith(lt) && !n.nextElementSibling) return ok(pt.slice(0, pt.length - lt.length).replace(/\s*[:\uff1a-]\s*$/, ''));
      if (pt.length > 200) break;
    }
    return null;
  }

  /* Elements whose own short text is the label the words name, best first. */
  /* w and what is inside it, in the walk's order: the walk visits a
   * subtree (its shadow roots and frames too) in one run */
  function subtreeOf(w, c) {
    const all = c.all();
    const i0 = c.order.get(w);
    if (i0 == null) return all.filter((el) => composedContains(w, el));
    let i = i0 + 1;
    while (i < all.length && composedContains(w, all[i])) i++;
    return all.slice(i0, i);
  }

  function labelEls2(label, within, c) {
    const out = [];
    const pool = within ? [].concat(...within.map((w) => subtreeOf(w, c))) : c.all();
    for (const el of pool) {
      if (!candidateEl(el) || !hasOwnText(el) || (el.textContent || '').length > 400) continue;
      const t = textOf(el, c);
      if (!t || t.length > 80) continue;
      const head = t.replace(/\s*[:\uff1a].*$/, '');
      /* "Discount (SPRING)": the words in brackets say which, not what */
      const bare = head.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      const s = Math.max(nameScore(label, t), nameScore(label, head), bare && bare !== head ? nameScore(label, bare) * 0.98 : 0);
      if (s >= 0.8 && isVisible(el, c)) out.push({ el, s });
    }
    out.sort((a, b) => (b.s - a.s) || (c.order.get(a.el) - c.order.get(b.el)));
    return out.map((x) => x.el);
  }

  function labelValue(label, within, c) {
    for (const lab of labelEls2(label, within, c).slice(0, 8)) {
      const v = valueBeside(lab, c);
      if (v) return { ok: true, value: v, ref: refOf(lab), label: clip(textOf(lab, c), 80) };
    }
    return null;
  }

  /* The containers an anchor sits in, smallest first, up to the first that
   * also holds a label the field names. */
  function scopesOf(anchors, field, c) {
    const out = [];
    for (const a of anchors.slice(0, 6)) {
      for (let n = a, up = 0; n && up < 8; n = parentOf(n), up++) {
        if (n.localName === 'body' || n.localName === 'html') break;
        if (labelEls2(field, [n], c).length) { out.push(n); break; }
      }
    }
    return out;
  }

  /* "the delivery date of order 7731", "the balance next to Credits",
   * "the status in the row of #10482": a value the page shows. */
  function valueLookup(tq, c) {
    const field = tq.text;
    if (tq.near && tq.anchor) {
      const v = labelValue(tq.anchor, null, c);
      if (v) return v;
    }
    if (!field) return null;
    const sx = anchorExtreme(tq.anchor);
    if (sx) { /* "the author of the newest post" */
      const r = extremeItem(sx.ext, sx.noun, c);
      if (!r.ok) return r;
      const v = itemField(r.el, field, c);
      return v ? { ok: true, value: collapse(v), ref: refOf(r.el) } : { ok: false, error: 'no ' + field + ' in "' + clip(itemName(r.el, c), 60) + '"' };
    }
    const keys = tq.anchor && !tq.near ? anchorKeys(tq.anchor) : null;
    const cell = cellLookup(field, keys, c);
    if (cell) return { ok: true, value: cell.value, ref: refOf(cell.el) };
    if (keys && keys.length) {
      const anchors = anchorEls(tq, c) || [];
      const scopes = scopesOf(anchors, field, c);
      if (scopes.length) {
        const v = labelValue(field, scopes, c);
        if (v) return v;
      }
      /* a field of a list item: the item that holds the anchor, read as a
       * list reads its fields (author, date, price, "Field: value") */
      const rep = findRepeated(c, {});
      for (const a of anchors.slice(0, 6)) {
        const item = rep && rep.items.find((it) => composedContains(it, a));
        const scopes2 = item ? [item] : [];
        for (let n = a, up = 0; !item && n && up < 4; n = n.parentElement, up++) scopes2.push(n);
        for (const n of scopes2) {
          const v = fieldOf(n, field, c, null);
          if (v && !hasTokens(v, anchorKeys(tq.anchor))) return { ok: true, value: collapse(v) };
        }
      }
      return null;
    }
    return labelValue(field, null, c);
  }

  /* "how many to-dos are left": a counter the page shows ("2 items
   * left"), else the number of things the words name. */
  function extractCount(q, c) {
    const tq = targetQuery(q.target, 'read') || normQuery({});
    const qual = tokens(q.qualifier || '').filter((w) => !ANCHOR_NOISE.has(w) && !/^(are|there|do|does|have|has|i|you|we)$/.test(w));
    const noun = tq.text ? tokens(tq.text) : [];
    if (qual.length) {
      let best = null, bs = 0;
      for (const el of c.all()) {
        if (!candidateEl(el) || !hasOwnText(el) && el.childElementCount > 3) continue;
        const t = textOf(el, c);
        if (!t || t.length > 80 || !/\d/.test(t) || !isVisible(el, c)) continue;
        const tt = tokens(t);
        const s = qual.filter((w) => tt.includes(w)).length * 2 + noun.filter((w) => tt.includes(w)).length;
        if (qual.some((w) => tt.includes(w)) && s > bs) { bs = s; best = el; }
      }
      if (best) {
        const m = /\d[\d,.]*/.exec(textOf(best, c));
        return { ok: true, value: m ? m[0].replace(/[,.]$/, '') : textOf(best, c), text: textOf(best, c), ref: refOf(best) };
      }
    }
    const state = qual.find((w) => /^(checked|unchecked|selected|disabled|enabled|expanded|collapsed|empty|completed|done|active)$/.test(w));
    if (tq.role) {
      let els = elementsOfKind(c, tq.role, 'any');
      if (state) els = els.filter((e) => stateOf(e, state === 'completed' || state === 'done' ? 'checked' : state) === true);
      return { ok: true, value: String(els.length) };
    }
    if (noun.length) {
      const g = findRepeated(c, { noun: noun.join(' ') });
      if (g && (g.items.length > 0)) {
        let items = g.items;
        if (state) {
          const st = state === 'completed' || state === 'done' ? 'checked' : state;
          items = items.filter((it) => {
            const box = it.querySelector('input[type=checkbox],[role=checkbox]');
            if (box) return stateOf(box, st) === true;
            return /(^|[\s_-])(completed|done|checked)([\s_-]|$)/i.test(attrWords(it)) === (st === 'checked');
          });
        }
        return { ok: true, value: String(items.length) };
      }
    }
    return { ok: false, error: 'nothing on the page counts ' + (tq.text ? '"' + tq.text + '"' : 'that') };
  }

  /* an element that only names a value ("Total:"), not a value itself */
  function isLabelOnly(el, text, c) {
    if (!text || /^(heading|button|link|tab|option|menuitem|textbox|combobox)$/.test(roleOf(el))) return false;
    const t = textOf(el, c);
    if (!t || t.length > 60 || el.querySelector('input,select,textarea,button,a[href]')) return false;
    /* a sentence ("Some bold text.") says itself, it labels no value beside it */
    if (/\s\S+[.!?]$/.test(t)) return false;
    return nameScore(text, t.replace(/\s*[:\uff1a]\s*$/, '')) >= 0.85;
  }

  function extractText(q, c) {
    const tq = targetQuery(q.target, 'read');
    if (!tq || (!tq.text && !tq.role && !tq.anchor && !tq.state)) return { ok: true, value: collapseLines(pageText(c), 100000) };
    if (tq.role === 'frame') return frameText(tq, c);
    if (isMessageQuery(tq)) {
      const m = messageText(tq, c);
      if (m) return m;
    }
    if (isTooltipQuery(tq)) {
      const m = tooltipText(c);
      if (m) return m;
    }
    if (tq.anchor) {
      const v = valueLookup(tq, c);
      if (v) return v;
    }
    const r = locateEl(tq, c);
    if (!r.ok) {
      /* a label whose value sits beside it, which names no element itself */
      const v = tq.text && !tq.anchor ? valueLookup(tq, c) : null;
      return v || r;
    }
    const el = r.el;
    if (r.item) return { ok: true, value: clip(itemName(r.item, c), 300), ref: refOf(r.item), [extremeOf(tq.state).field]: r.extreme };
    if (isLabelOnly(el, tq.text, c)) {
      const v = valueBeside(el, c);
      if (v) return { ok: true, value: v, ref: refOf(el), label: clip(textOf(el, c), 80) };
    }
    let v;
    if (el.localName === 'iframe' || el.localName === 'frame') return frameText(Object.assign({}, tq, { text: null, ordinal: 0 }), c);
    if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select') {
      v = el.localName === 'select' ? (el.selectedOptions[0] ? el.selectedOptions[0].text : '') : el.value;
    } else if (el.localName === 'img') v = el.getAttribute('alt') || '';
    else v = shownText(el, c);
    /* "hover the ⓘ and tell me what it says": an icon hovered says its
     * bubble, not its glyph */
    if (collapse(v).length <= 2 && lastHover && (lastHover === el || composedContains(el, lastHover))) {
      const tip = tooltipText(c);
      if (tip) return tip;
    }
    const caption = el.localName === 'button' || el.localName === 'a' || /^(button|link|tab|menuitem)$/.test(attrRole(el) || '');
    const wrong = caption ? kindMissing(tq, v) : null;
    if (wrong) return { ok: false, error: wrong, candidates: [candDesc(el, r.score || 0, c)] };
    return { ok: true, value: collapseLines(v, 100000), ref: refOf(el) };
  }

  /* "the renewal date of my family membership" read off a "Renew
   * membership" button: the words name a kind of value (a date, a price, a
   * phone number, an e-mail address) and the text holds none of it. The
   * reason (the words' thing is not here: another part of the app may show
   * it), or null. */
  const KIND_NOUNS = { date: 'date', price: 'money', cost: 'money', fee: 'money', amount: 'money', phone: 'phone', email: 'email' };
  function kindMissing(tq, v) {
    const ws = tokens(tq.text || '');
    const kind = ws.length ? KIND_NOUNS[ws[ws.length - 1]] : null;
    if (!kind || kindFits(collapse(v), { kind })) return null;
    return 'no ' + clip(tq.text, 60) + (tq.anchor ? ' of "' + clip(tq.anchor, 60) + '"' : '') + ' on the page: "' + clip(collapse(v), 60) + '" holds no ' + ws[ws.length - 1];
  }

  function hrefOf(a) {
    if (typeof a.href === 'string') return a.href;
    if (a.href && a.href.baseVal) {
      try { return new URL(a.href.baseVal, a.baseURI).href; } catch (e) { return ''; }
    }
    const h = a.getAttribute('href');
    if (!h) return '';
    try { return new URL(h, a.baseURI).href; } catch (e) { return ''; }
  }

  function extractLinks(q, c) {
    let within = null;
    const tq = targetQuery(q.target, 'read');
    if (tq && (tq.text || tq.role)) {
      const r = locateEl(tq, c);
      if (!r.ok) return r;
      within = r.el;
      /* "the links under Top stories": a heading or tab holds no links,
       * its part does */
      if (!within.querySelector('a[href]') && !within.closest('a[href]')) {
        const part = partNamed(within, c);
        if (part.hidden) return closedTab(part.hidden, c);
        within = part.el;
      }
    }
    const out = [], seen = new Set();
    for (const el of c.all()) {
      if (el.localName !== 'a' && attrRole(el) !== 'link') continue;
      if (!el.hasAttribute('href')) continue;
      if (within && !composedContains(within, el)) continue;
      if (!isVisible(el, c)) continue;
      const href = hrefOf(el);
      if (!href || /^javascript:/i.test(href)) continue;
      let text = textOf(el, c) || collapse(el.getAttribute('aria-label')) || collapse(el.getAttribute('title'));
      if (!text) {
        const img = el.querySelector('img[alt]');
        if (img) text = collapse(img.getAttribute('alt'));
      }
      text = clip(text, 300);
      const k = href + '\n' + text;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ text, href });
    }
    return { ok: true, value: out };
  }

  function tableRows(t, c) {
    const isTable = t.localName === 'table';
    let rows;
    if (isTable) rows = Array.from(t.rows);
    else {
      rows = Array.from(t.querySelectorAll('[role=row]')).filter((r) => r.parentElement && r.parentElement.closest('table,[role=table],[role=grid],[role=treegrid]') === t);
    }
    const out = [];
    for (const r of rows) {
      if (!isVisible(r, c)) continue;
      const cells = isTable ? Array.from(r.cells)
        : Array.from(r.querySelectorAll('[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]')).filter((x) => x.closest('[role=row]') === r);
      if (!cells.length) continue;
      out.push({
        cells: cells.map((x) => ({
          text: textOf(x, c),
          th: x.localName === 'th' || attrRole(x) === 'columnheader',
          span: Math.max(1, Math.min(50, x.colSpan || parseInt(x.getAttribute('aria-colspan'), 10) || 1)),
        })),
        head: (r.parentElement && r.parentElement.localName === 'thead'),
      });
    }
    return out;
  }

  function tableNames(t, c) {
    const names = [];
    const cap = t.localName === 'table' && t.caption ? textOf(t.caption, c) : '';
    if (cap) names.push([cap, 1]);
    const al = t.getAttribute('aria-label');
    if (al) names.push([al, 1]);
    const lb = labelledBy(t);
    if (lb) names.push([lb, 1]);
    const sm = t.getAttribute('summary') || t.getAttribute('title');
    if (sm) names.push([sm, 0.9]);
    /* the nearest heading before it */
    let n = t, found = false;
    for (let up = 0; n && up < 4 && !found; up++, n = n.parentElement) {
      let s = n.previousElementSibling;
      for (let k = 0; s && k < 4; k++, s = s.previousElementSibling) {
        const h = /^h[1-6]$/.test(s.localName) || attrRole(s) === 'heading' ? s
          : s.querySelector && Array.from(s.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')).pop();
        if (h) { names.push([textOf(h, c), 0.95]); found = true; break; }
        const st = textOf(s, c);
        if (st && st.length <= 80 && (s.localName === 'p' || s.localName === 'strong' || s.localName === 'b' || s.localName === 'div')) {
          names.push([st, 0.8]);
        }
        if (s.localName === 'table') break;
      }
    }
    if (t.id) names.push([humanize(t.id), 0.7]);
    const cls = typeof t.className === 'string' ? t.className : '';
    if (cls) names.push([humanize(cls), 0.5]);
    return names;
  }

  function extractTable(q, c) {
    const tables = [];
    for (const el of c.all()) {
      const r = attrRole(el);
      const isT = (el.localName === 'table' && r !== 'presentation' && r !== 'none') || r === 'table' || r === 'grid' || r === 'treegrid';
      if (!isT || !isVisible(el, c)) continue;
      tables.push(el);
    }
    if (!tables.length) return { ok: false, error: 'no table on the page' };
    const tq = targetQuery(q.target, 'read');
    let table = null;
    const info = tables.map((t) => {
      const rows = tableRows(t, c);
      const cells = rows.reduce((a, r) => a + r.cells.length, 0);
      const nested = tables.some((o) => o !== t && composedContains(t, o));
      return { t, rows, cells, nested };
    });
    if (tq && tq.text) {
      let bs = 0;
      for (const x of info) {
        let s = 0;
        for (const [name, w] of tableNames(x.t, c)) s = Math.max(s, textScore(tq.text, name) * w);
        if (s > bs) { bs = s; table = x; }
      }
      if (bs < THRESHOLD) {
        const real = info.filter((x) => x.rows.length >= 2);
        if (real.length === 1) table = real[0];
        else {
          table = null;
          const names = info.map((x) => {
            const n = tableNames(x.t, c)[0];
            return n ? '"' + clip(n[0], 40) + '"' : null;
          }).filter(Boolean);
          return { ok: false, error: 'no table named "' + tq.text + '"' + (names.length ? '; tables: ' + names.join(', ') : '') };
        }
      }
    }
    if (!table) {
      const pool = info.filter((x) => x.rows.length >= 1);
      pool.sort((a, b) => ((a.nested ? 1 : 0) - (b.nested ? 1 : 0)) || (b.cells - a.cells));
      table = pool[0];
    }
    if (!table) return { ok: false, error: 'no table on the page' };
    const rows = table.rows;
    const hi = rows.findIndex((r) => r.head || (r.cells.length > 0 && r.cells.every((x) => x.th)));
    const expand = (r, repeat) => {
      const out = [];
      for (const x of r.cells) {
        out.push(x.text);
        for (let i = 1; i < x.span; i++) out.push(repeat ? x.text : '');
      }
      return out;
    };
    let value;
    let headers = null;
    if (hi >= 0 && hi <= 1) {
      headers = expand(rows[hi], true).map((h, i) => h || 'column ' + (i + 1));
      const seen = new Map();
      headers = headers.map((h) => {
        const k = seen.get(h) || 0;
        seen.set(h, k + 1);
        return k ? h + ' (' + (k + 1) + ')' : h;
      });
      value = [];
      for (let i = hi + 1; i < rows.length; i++) {
        if (rows[i].head) continue;
        const cells = expand(rows[i], false);
        if (!cells.some((x) => x)) continue;
        const o = {};
        headers.forEach((h, j) => { o[h] = j < cells.length ? cells[j] : ''; });
        for (let j = headers.length; j < cells.length; j++) o['column ' + (j + 1)] = cells[j];
        value.push(o);
      }
    } else {
      value = rows.map((r) => expand(r, false)).filter((r) => r.some((x) => x));
    }
    const cap = tableNames(table.t, c)[0];
    return { ok: true, value, headers, rows: value.length, name: cap ? clip(cap[0], 100) : null, ref: refOf(table.t) };
  }

  /* The part of the page an element names as a place: a tab's panel, a
   * heading's section (its wrapper, or what follows it up to the next
   * heading), else the nearest ancestor with more in it. {el} or, for a
   * closed tab, {hidden: tab}. */
  function partNamed(el, c) {
    if (roleOf(el) === 'tab' || isTabLike(el, c)) {
      const id = el.getAttribute('aria-controls') || (/^#./.test(el.getAttribute('href') || '') ? el.getAttribute('href').slice(1) : null);
      const panel = id ? byIdIn(el, id.split(/\s+/)[0]) : null;
      if (panel) return isVisible(panel, c) ? { el: panel } : { hidden: el };
    }
    const hl = /^h([1-6])$/.exec(el.localName);
    if (hl || roleOf(el) === 'heading') {
      const lvl = hl ? +hl[1] : 6;
      const isHead = (x) => { const m = /^h([1-6])$/.exec(x.localName); return m && +m[1] <= lvl; };
      const p = el.parentElement;
      if (p && p.localName !== 'body' && !Array.from(kidsOf(p)).some((x) => x !== el && isHead(x))) return { el: p };
      for (let s = el.nextElementSibling; s && !isHead(s); s = s.nextElementSibling) {
        if (isVisible(s, c) && (kidsOf(s).length >= 2 || /^(ul|ol|dl|table)$/.test(s.localName))) return { el: s };
      }
    }
    let sec = el;
    for (let i = 0; i < 4 && sec.parentElement; i++) {
      sec = sec.parentElement;
      if (kidsOf(sec).length >= 2 && textOf(sec, c).length > textOf(el, c).length + 20) break;
    }
    return { el: sec };
  }

  /* the things a part lists when no repeated structure in it stands out:
   * its children with text (through one wrapper) */
  function childItems(part, c) {
    let p = part;
    for (let i = 0; i < 3; i++) {
      const kids = Array.from(kidsOf(p)).filter((k) => !SKIP_TAGS.has(k.localName) && isVisible(k, c) && textOf(k, c));
      if (kids.length === 1 && kids[0].children.length) { p = kids[0]; continue; }
      return kids.length ? { parent: p, items: kids, score: 0 } : null;
    }
    return null;
  }

  function closedTab(tab, c) {
    return { ok: false, error: 'the list is in the closed tab "' + clip(textOf(tab, c), 60) + '"; open it first', reveal: refOf(tab), revealHow: 'click', revealText: clip(textOf(tab, c), 80) };
  }

  function extractList(q, c) {
    let fields = Array.isArray(q.fields) ? q.fields.map(String).filter((f) => f.trim()) : [];
    let tq = targetQuery(q.target, 'read');
    let noun = null, within = null;
    /* "the acts on the Main stage on Friday" with those tabs chosen: the
     * words say the view shown now, its panel holds the list */
    const said = tq ? tokens((tq.text || '') + ' ' + (tq.anchor || '')).filter((w) => !Q_STOP.has(w)) : [];
    const shown = new Set();
    for (const g of tabGroups(c)) for (const w of tokens(textOf(g.chosen, c))) shown.add(w);
    if (said.length && said.every((w) => shown.has(w))) {
      const panels = c.all().filter((el) => attrRole(el) === 'tabpanel' && isVisible(el, c));
      tq = null;
      within = panels.length === 1 ? panels[0] : null;
    }
    if (tq && tq.anchor) {
      /* "the names on the Reporters tab" */
      const said = /^(.+?)\s+(tab|section|panel|heading)$/i.exec(tq.anchor);
      const a = locateEl(normQuery({ text: said ? said[1] : tq.anchor, role: tq.anchorRole || (said && /tab/i.test(said[2]) ? 'tab' : null), purpose: 'read' }), c);
      if (a.ok && a.score >= 0.8) {
        const part = partNamed(a.el, c);
        if (part.hidden) return closedTab(part.hidden, c);
        within = part.el;
      }
    }
    if (tq && tq.text && !within) {
      const tk = tokens(tq.text);
      const last = tk[tk.length - 1];
      if (ITEM_NOUNS.has(tk.join(' ')) || (tk.length <= 2 && ITEM_NOUNS.has(last))) noun = last;
      else {
        noun = tk.length <= 2 ? tk[tk.length - 1] : null;
        const r = locateEl(Object.assign({}, tq, { purpose: 'read' }), c);
        if (r.ok && r.score >= 0.8) {
          /* a heading or a tab names the list: look in its part */
          const part = partNamed(r.el, c);
          if (part.hidden) return closedTab(part.hidden, c);
          within = part.el;
        }
      }
    } else if (tq && tq.text) noun = tokens(tq.text).pop();
    let g = findRepeated(c, { noun, fields, within });
    /* a group around the part is no list of it: the part's own children */
    if (within && (!g || !composedContains(within, g.parent))) g = childItems(within, c) || g;
    if (!g && within) g = findRepeated(c, { noun, fields });
    if (!g) return { ok: false, error: 'no list on the page' };
    let defaulted = false;
    if (!fields.length) {
      defaulted = true;
      fields = ['name', 'link'];
      if (g.items.slice(0, 5).some((it) => priceIn(textOf(it, c)))) fields.splice(1, 0, 'price');
    }
    const value = [];
    for (const it of g.items.slice(0, 1000)) {
      const o = {};
      let any = false;
      let name = null;
      for (const f of fields) {
        let v = fieldOf(it, f, c, name);
        if (typeof v === 'string') v = clip(v, 500);
        if (v === '') v = null;
        if (stem(norm(f)) === 'name' || stem(norm(f)) === 'title') name = v;
        o[f] = v;
        if (v != null) any = true;
      }
      if (any) value.push(o);
    }
    /* "list the acts": no item says an "act"; the items may be the acts,
     * each named by its first words that are no time, date, price or
     * number (extractOnce takes them when no value is so named) */
    const named = () => g.items.slice(0, 1000).map((it) => {
      const parts = [it].concat(Array.from(it.querySelectorAll('*'))).filter((el) => hasOwnText(el) && isVisible(el, c)).map((el) => collapse(textOf(el, c)));
      const v = parts.find((t) => /\p{L}{2}/u.test(t) && !parseTime(t) && !parseDate(t) && !priceIn(t)) || fieldOf(it, 'name', c, null);
      return v ? { [fields[0]]: clip(v, 500) } : null;
    }).filter(Boolean);
    const out = { ok: true, value, count: value.length, fields, defaultFields: defaulted, container: selectorOf(g.parent) };
    if (!value.length && fields.length === 1 && !defaulted && g.items.length) out.named = named;
    return out;
  }

  function domDistance(a, b) {
    const pa = [];
    for (let n = a; n; n = parentOf(n)) pa.push(n);
    const idx = new Map(pa.map((n, i) => [n, i]));
    let up2 = 0;
    for (let n = b; n; n = parentOf(n), up2++) {
      if (idx.has(n)) return { up: idx.get(n), down: up2 };
    }
    return { up: 1e6, down: 1e6 };
  }

  function centerOf(el) {
    const m = rectOf(el);
    const fs = framesOf(el);
    let ox = 0, oy = 0;
    for (const fe of fs) { const o = contentOffset(fe); ox += o.x; oy += o.y; }
    return { x: m.left + ox + m.width / 2, y: m.top + oy + m.height / 2 };
  }

  function extractPrice(q, c) {
    const tq = targetQuery(q.target, 'read');
    const all = [];
    const docRoots = new Set();
    for (const el of c.all()) {
      if (el.localName === 'body') docRoots.add(el);
      if (el.shadowRoot) docRoots.add(el.shadowRoot);
    }
    for (const r of docRoots) for (const p of priceEls(r, c)) all.push(p);
    if (!all.length) return { ok: false, error: tq && tq.text ? 'no price near "' + tq.text + '"' : 'no price on the page' };
    if (!tq || (!tq.text && !extremeOf(tq.state))) {
      /* the most prominent current price */
      let best = null, bs = -1;
      for (const p of all) {
        const st = styleOf(p.el, c);
        const r = rectOf(p.el);
        let s = parseFloat(st.fontSize) || 12;
        if (isOldPrice(p.el, c)) s *= 0.3;
        if (r.top > window.innerHeight * 1.5) s *= 0.7;
        if (s > bs) { bs = s; best = p; }
      }
      return { ok: true, value: best.text, ref: refOf(best.el) };
    }
    const r = locateEl(tq, c);
    if (!r.ok) {
      /* prose: "The Kettle costs $40." names the item and its price in one block */
      const keys = tokens(tq.text);
      for (const p of all) {
        const block = p.el.closest('p,li,td,tr,div,section,article') || p.el;
        const t = textOf(block, c);
        if (t.length <= 400 && hasTokens(t, keys)) return { ok: true, value: p.text, ref: refOf(p.el), near: clip(t, 100) };
      }
      return { ok: false, error: 'no price near "' + tq.text + '": ' + r.error, candidates: r.candidates };
    }
    const target = r.el;
    /* nearest in the tree: fewest steps up from the target to a common
     * ancestor; then current before struck-out prices, fewest steps down,
     * and the nearest on screen */
    let minUp = Infinity;
    for (const p of all) {
      p.d = domDistance(target, p.el);
      if (p.d.up < minUp) minUp = p.d.up;
    }
    /* a price far away in the tree is no price "of" the target */
    if (minUp > 8) return { ok: false, error: 'no price near "' + tq.text + '"' };
    const tc = centerOf(target);
    let best = null, bk = null;
    for (const p of all) {
      if (p.d.up !== minUp) continue;
      const pc = centerOf(p.el);
      const key = [isOldPrice(p.el, c) ? 1 : 0, p.d.down, Math.hypot(pc.x - tc.x, pc.y - tc.y)];
      if (!bk || key[0] < bk[0] || (key[0] === bk[0] && (key[1] < bk[1] || (key[1] === bk[1] && key[2] < bk[2])))) {
        bk = key; best = p;
      }
    }
    return { ok: true, value: best.text, ref: refOf(best.el), near: clip(displayText(target, c), 100) };
  }

  /* The question a text, price or count extraction asks, for answer() to
   * read when the extraction itself finds nothing: "the author of about the
   * cake" -> "what is the author of about the cake?" */
  function questionOf(q) {
    const t = q.target && typeof q.target === 'object' ? q.target : { text: q.target };
    const text = collapse(t.text || ''), anchor = collapse(t.anchor || '');
    if (!text && !anchor) return null;
    if (q.kind === 'price') return 'how much is ' + [text, anchor].filter(Boolean).join(' ') + '?';
    if (q.kind === 'count') return text ? 'how many ' + text + (q.qualifier ? ' are ' + q.qualifier : '') + '?' : null;
    if (t.near || !anchor) return text ? 'what is ' + text + (anchor ? ' next to ' + anchor : '') + '?' : null;
    return 'what is the ' + (text || 'value') + ' of ' + anchor + '?';
  }

  /* The clause a text, count, price or list extraction came from, when it
   * is a question the answer reader reads whole ("how many wood screws do
   * we have on hand", "tell me the order number from the success
   * message"); a list asked for as a list stays a list. */
  function clauseQuestion(q, t) {
    /* "On <url>, how many ...", "<url> — who ...": the address opened the page */
    const cl = collapse(q.clause || '').replace(/^(?:(?:on|at|from|using|use|visit|open|go to)\s+)?(?:https?:\/\/|www\.)\S+\s*(?:[,:;\u2014\u2013-]\s*)?/i, '').replace(/[.!]+$/, '');
    if (!cl || t.role === 'frame') return null;
    const wh = /^(?:(?:please|now|then|also|and|finally)\s+)*(?:(?:tell|show|give) me|let me know|find out|report(?: back)?|what|what's|whats|which|who|whom|whose|when|where|how)\b/i.test(cl);
    if (q.kind === 'list') return wh && !/\b(?:all|every|each|list)\b/i.test(cl) && (q.fields || []).length <= 1 ? cl : null;
    if (wh) return cl;
    return t.anchor && !t.near && /^(?:get|read|fetch)\b/i.test(cl) ? cl : null;
  }

  /* "Loading articles...", "Fetching…": a placeholder the page shows until
   * its data comes, read as the answer a moment too early; the executor
   * looks again (refused, not missing) */
  const LOADING_SAID = /(?:^|[\s"'\[{:(])(?:loading|fetching|retrieving|please wait)\b[^"\n]{0,40}?(?:\.\.\.|\u2026)/i;
  function notLoading(r) {
    if (!r || !r.ok) return r;
    const v = r.value !== undefined ? r.value : r.text;
    const t = typeof v === 'string' ? v : JSON.stringify(v);
    if (!t || !LOADING_SAID.test(t)) return r;
    return { ok: false, error: 'the page is still loading (' + clip(collapse(LOADING_SAID.exec(t)[0]), 60) + ')', candidates: [] };
  }

  const STATE_QUALIFIER = /^(?:are |is )?(?:currently |still )?(in stock|out of stock|sold out|available|unavailable|open|closed|unread|overdue|paid|unpaid|online|offline|booked|free|full)$/i;

  function extract(q) {
    q = q && typeof q === 'object' ? q : { kind: 'text' };
    const t = q.target && typeof q.target === 'object' ? q.target : {};
    /* "hover the ⓘ ... and tell me what it says": what the thing hovered
     * says is the bubble its hover shows; so does the icon read by its
     * glyph ("ⓘ next to Deposit", the words then naming "it" Deposit) */
    const glyph = t.text && collapse(t.text).length <= 2 && lastHover && collapse(lastHover.textContent || '') === collapse(t.text);
    if (q.kind === 'text' && lastHover && (glyph || /\bwhat (?:it|that|this|the (?:icon|bubble|tooltip)) (?:says|shows|reads)\b|\bwhat (?:does|did) (?:it|that|this) (?:say|show|read)\b/i.test(q.clause || ''))) {
      const tip = tooltipText(newCtx());
      if (tip && tip.ref != null) return tip;
    }
    /* a count of items in a state ("lamps" in stock): out of stock is not */
    const stated = q.kind === 'count' && q.qualifier && STATE_QUALIFIER.test(collapse(q.qualifier));
    /* "list them with times" after a question a list answered: that
     * question again, with the fields */
    const fl = Array.isArray(q.fields) ? q.fields.filter((f) => f && f !== 'text') : [];
    if (q.kind === 'list' && lastListQ && fl.length && /^(?:them|those|these|they|those ones|all of them|each(?: of them)?)(?:\s+with)?$/i.test(collapse(t.text || ''))) {
      const a = answer({ question: lastListQ.replace(/[?.!\s]+$/, '') + ', with their ' + fl.join(' and ') + '?' });
      if (a.ok) return { ok: true, value: a.text, ref: a.ref, how: 'answer: ' + a.how, why: a.why };
    }
    const cq = /^(text|count|price|list)$/.test(q.kind) ? clauseQuestion(q, t) : null;
    /* the answer is in another view (a switcher's other choice, the
     * item's own page): that view is opened when nothing here reads */
    let other = null;
    if (cq) {
      const a = answer({ question: cq });
      if (a.ok) return { ok: true, value: a.text, ref: a.ref, how: 'answer: ' + a.how, why: a.why };
      /* a message the last action shows is not there yet: wait for it */
      if (a.wait) return a;
      if (a.reveal) other = a;
    }
    const r = stated ? { ok: false } : extractOnce(q);
    /* a field of a thing read as the whole thing ("Lee Wong — Phone: ..."
     * for "the phone number of Lee"): the answer reader finds the field */
    const whole = r.ok && q.kind === 'text' && t.anchor && t.text && !t.near && typeof r.value === 'string' &&
      r.value.length > 40 && hasTokens(r.value, anchorKeys(t.anchor));
    /* a view the question names (a switcher's choice, the item's page, a
     * bubble made by hovering) over what this view shows */
    if (other && (other.view || !r.ok || whole)) return other;
    if ((r.ok && !whole) || r.reveal || !/^(text|price|count)$/.test(q.kind) || t.role === 'frame') return r;
    const question = cq || questionOf(q);
    const a = question ? answer({ question }) : null;
    if (a && a.reveal && !a.ok) return a;
    if (!a || !a.ok) return stated ? extractOnce(q) : r;
    return { ok: true, value: a.text, ref: a.ref, how: 'answer: ' + a.how, why: a.why };
  }

  function extractOnce(q) {
    const c = newCtx();
    switch (q.kind) {
      case 'text': return extractText(q, c);
      case 'links': return extractLinks(q, c);
      case 'table': return extractTable(q, c);
      case 'list': {
        /* "get the loyalty points": no list of them, but a value so named */
        const r = extractList(q, c);
        const f = Array.isArray(q.fields) ? q.fields : [];
        if ((!r.ok || !r.value.length) && f.length === 1 && f[0] !== 'text') {
          const t = q.target && q.target.text ? q.target.text + ' ' + f[0] : f[0];
          const v = extractText({ target: { text: t } }, c);
          if (v.ok && v.value) return v;
        }
        if (r.named) {
          const value = r.named();
          Object.assign(r, { value, count: value.length });
        }
        delete r.named;
        return r;
      }
      case 'price': return extractPrice(q, c);
      case 'count': return extractCount(q, c);
      default: return { ok: false, error: 'unknown extract kind "' + q.kind + '"' };
    }
  }


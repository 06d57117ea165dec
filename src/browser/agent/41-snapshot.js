  /* ------------------------------------------------------------------ */
  /* the page model as data: what a person sees and can use              */

  const READABLE_ROLES = new Set(['heading', 'alert', 'status', 'dialog', 'alertdialog', 'img', 'tooltip', 'columnheader',
    'rowheader', 'cell', 'progressbar', 'log']);

  /* A snapshot of the page: interactive elements and the readable ones
   * (headings, alerts, images, table cells), in every same-origin frame and
   * open shadow root, each {i (ref), role, name, tag, states, value, box,
   * ctx: {section (heading above), label, row (its row's first cell),
   * column (its header), item (the repeated item it is in)}}. limit: most
   * entries (default 300). */
  function snapshot(limit) {
    limit = limit > 0 ? Math.floor(limit) : 300;
    const c = newCtx();
    const out = [];
    let section = '';
    const rep = findRepeated(c, {});
    const items = rep ? new Set(rep.items) : new Set();
    for (const el of c.all()) {
      if (out.length >= limit) break;
      const r = roleOf(el);
      if (r === 'heading' && isVisible(el, c)) section = clip(textOf(el, c), 80);
      const inter = isInteractive(el, c);
      if (!inter && !READABLE_ROLES.has(r) && !(el.getAttribute && el.getAttribute('aria-live'))) continue;
      if (r === 'cell' && !inter) continue;
      if (!isVisible(el, c) && !(isCheckable(el) && labelEls(el, c).some((l) => isVisible(l, c)))) continue;
      const o = { i: refOf(el), role: r || kindOf(el), name: clip(accName(el, c), 100), tag: el.localName };
      const st = [];
      const ch = checkedOf(labelControl(el) || el);
      if (ch != null) st.push(ch ? 'checked' : 'unchecked');
      const ex = el.getAttribute('aria-expanded');
      if (ex != null) st.push(ex === 'true' ? 'expanded' : 'collapsed');
      if (el.getAttribute('aria-selected') === 'true') st.push('selected');
      if (isDisabled(el)) st.push('disabled');
      if (st.length) o.states = st;
      const v = valueOf(el, c);
      if (v != null && v !== '' && !(el.localName === 'input' && /^(submit|button|reset)$/.test(el.type))) o.value = clip(v, 80);
      if (el.localName === 'select' && el.selectedOptions && el.selectedOptions[0]) o.value = clip(el.selectedOptions[0].text, 80);
      const now = el.getAttribute('aria-valuenow');
      if (now != null) o.value = now;
      const m = measure(el);
      o.box = m.box;
      const ctx = placeOf(el, items, c);
      if (section) ctx.section = section;
      if (Object.keys(ctx).length) o.ctx = ctx;
      out.push(o);
    }
    return { ok: true, url: location.href, title: document.title, elements: out };
  }

  /* Where an element sits, as a person would say it: its table row's key
   * and its column's header, the repeated item it is part of. */
  function placeOf(el, items, c) {
    const ctx = {};
    const row = el.closest && el.closest('tr,[role=row]');
    if (row) {
      const cells = cellsOf(row);
      if (cells.length && !composedContains(cells[0], el)) ctx.row = clip(textOf(cells[0], c), 60);
      const cell = el.closest('td,th,[role=cell],[role=gridcell]');
      const table = row.closest('table,[role=table],[role=grid]');
      if (cell && table) {
        const head = rowsOf(table).find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); });
        const i = cellsOf(row).indexOf(cell);
        if (head && i >= 0 && cellsOf(head)[i]) ctx.column = clip(textOf(cellsOf(head)[i], c), 60);
      }
    }
    for (let n = el, up = 0; n && up < 8; n = n.parentElement, up++) {
      if (items.has(n)) { ctx.item = clip(nameOf(n, c) || textOf(n, c), 80); break; }
    }
    return ctx;
  }


  /* ------------------------------------------------------------------ */
  /* interactive elements for an LLM                                     */

  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'switch', 'combobox', 'textbox', 'searchbox', 'slider', 'spinbutton', 'listbox', 'treeitem']);

  function isInteractive(el, c) {
    const t = el.localName;
    if (t === 'a') return el.hasAttribute('href') || el.hasAttribute('onclick');
    if (t === 'button' || t === 'select' || t === 'textarea' || t === 'summary') return true;
    if (t === 'input') return el.type !== 'hidden';
    if (INTERACTIVE_ROLES.has(attrRole(el))) return true;
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return true;
    if (el.hasAttribute('onclick')) return true;
    if (t === 'label' || t === 'body' || t === 'html') return false;
    if (el.hasAttribute('tabindex') && el.tabIndex >= 0 && isClickable(el, c)) return true;
    return false;
  }

  function interactive(limit) {
    limit = limit > 0 ? Math.floor(limit) : 150;
    const c = newCtx();
    const out = [];
    let last = null;
    const rep = findRepeated(c, {});
    const items = rep ? new Set(rep.items) : new Set();
    for (const el of c.all()) {
      if (out.length >= limit) break;
      if (!isInteractive(el, c)) continue;
      let vis = isVisible(el, c);
      if (!vis && isCheckable(el)) {
        try { for (const l of labelEls(el, c)) if (isVisible(l, c)) vis = true; } catch (e) { /* none */ }
      }
      if (!vis) continue;
      /* a <span role=button> inside a <button>: one entry */
      if (last && composedContains(last, el) && kindOf(last) === kindOf(el) && el.localName !== 'input') continue;
      const o = { i: refOf(el), tag: el.localName, role: kindOf(el) };
      const txt = el.localName === 'select' ? '' : clip(textOf(el, c), 80);
      const nm = clip(accName(el, c) || el.getAttribute('name') || '', 80);
      if (txt) o.text = txt;
      if (nm && nm !== txt) o.name = nm;
      if (el.localName === 'input' && el.type) o.type = el.type;
      const ph = el.getAttribute('placeholder');
      if (ph) o.placeholder = clip(ph, 80);
      if (el.localName === 'a' && el.hasAttribute('href')) o.href = hrefOf(el);
      const v = valueOf(el, c);
      if (v != null && v !== '' && !(el.localName === 'input' && /^(submit|button|reset)$/.test(el.type))) o.value = clip(v, 80);
      if (el.localName === 'select' && el.selectedOptions && el.selectedOptions[0]) o.value = clip(el.selectedOptions[0].text, 80);
      const ch = checkedOf(el);
      if (ch != null) o.checked = ch;
      if (isDisabled(el)) o.disabled = true;
      const ex = el.getAttribute('aria-expanded');
      if (ex != null) o.expanded = ex === 'true';
      /* where it is: "row 7731, column Status", "item @sam", "Newsletter" */
      const pl = placeOf(el, items, c);
      const where = [pl.item ? 'item ' + pl.item : '', pl.row ? 'row ' + pl.row : '', pl.column ? 'column ' + pl.column : '',
        !pl.item && !pl.row ? contextName(el, c) : ''].filter(Boolean).join(', ');
      if (where) o.in = clip(where, 80);
      out.push(o);
      last = el;
    }
    return out;
  }


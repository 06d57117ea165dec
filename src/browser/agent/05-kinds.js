  /* ------------------------------------------------------------------ */
  /* what an element is                                                  */

  const TEXT_TYPES = new Set(['text', 'email', 'password', 'search', 'number', 'tel', 'url', 'date',
    'datetime-local', 'month', 'week', 'time']);
  const CLICK_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
    'option', 'checkbox', 'radio', 'switch', 'treeitem', 'combobox', 'gridcell']);

  function attrRole(el) {
    const r = el.getAttribute && el.getAttribute('role');
    return r ? r.trim().split(/\s+/)[0].toLowerCase() : '';
  }

  function isTextInput(el) {
    return el.localName === 'input' && TEXT_TYPES.has(el.type);
  }

  function isEditable(el) {
    const t = el.localName;
    if (t === 'textarea' || isTextInput(el)) return true;
    if (t === 'input' || t === 'select' || t === 'button') return false;
    if (el.isContentEditable) return !(el.parentElement && el.parentElement.isContentEditable);
    const r = attrRole(el);
    return r === 'textbox' || r === 'searchbox';
  }

  /* takes a value one types or sets: text fields, and date, time, range,
   * color and number inputs, ARIA sliders and spinners */
  function isValueInput(el) {
    if (isEditable(el)) return true;
    if (el.localName === 'input' && /^(date|time|datetime-local|month|week|range|color|number)$/.test(el.type)) return true;
    const r = attrRole(el);
    if (r === 'slider' || r === 'spinbutton') return true;
    /* a slider made of divs: its handle */
    return /slider|range/i.test(attrWords(el)) && (el.tabIndex >= 0 || /handle|thumb|knob/i.test(attrWords(el)));
  }

  function isDisabled(el) {
    try {
      if (el.matches(':disabled')) return true;
    } catch (e) { /* not a form element */ }
    return !!(el.closest && el.closest('[aria-disabled="true"],[inert]'));
  }

  function isReadOnly(el) {
    return !!(el.readOnly || (el.getAttribute && el.getAttribute('aria-readonly') === 'true'));
  }

  function isCheckable(el) {
    if (el.localName === 'input') return el.type === 'checkbox' || el.type === 'radio';
    const r = attrRole(el);
    return r === 'checkbox' || r === 'radio' || r === 'switch' || r === 'menuitemcheckbox' || r === 'menuitemradio';
  }


  function isDropdown(el) {
    if (el.localName === 'select') return true;
    const r = attrRole(el);
    if (r === 'combobox' || r === 'listbox') return true;
    const hp = el.getAttribute && el.getAttribute('aria-haspopup');
    if (hp && hp !== 'false') return true;
    return false;
  }

  function isClickable(el, c) {
    const t = el.localName;
    if (t === 'a' && el.hasAttribute('href')) return true;
    if (t === 'button' || t === 'summary' || t === 'label' || t === 'select') return true;
    if (t === 'input') return el.type !== 'hidden';
    if (CLICK_ROLES.has(attrRole(el))) return true;
    if (el.hasAttribute('onclick') || typeof el.onclick === 'function') return true;
    if (el.hasAttribute('jsaction') || el.hasAttribute('ng-click') || el.hasAttribute('@click') || el.hasAttribute('v-on:click')) return true;
    try {
      if (styleOf(el, c).cursor === 'pointer') {
        const p = el.parentElement;
        if (!p || styleOf(p, c).cursor !== 'pointer') return true;
      }
    } catch (e) { /* no style */ }
    return false;
  }

  function labelControl(label) {
    if (label.localName !== 'label') return null;
    try { return label.control || null; } catch (e) { return null; }
  }

  /* the planner's word for what el is */
  function kindOf(el) {
    const r = attrRole(el);
    switch (r) {
      case 'button': return 'button';
      case 'link': return 'link';
      case 'checkbox': case 'switch': case 'menuitemcheckbox': return 'checkbox';
      case 'radio': case 'menuitemradio': return 'radio';
      case 'tab': return 'tab';
      case 'textbox': return 'field';
      case 'searchbox': return 'searchbox';
      case 'combobox': return el.localName === 'input' ? 'field' : 'dropdown';
      case 'listbox': return 'dropdown';
      case 'img': case 'image': return 'image';
      case 'heading': return 'heading';
      case 'menu': case 'menubar': case 'menuitem': return 'menu';
      case 'option': case 'listitem': case 'row': case 'article': case 'treeitem': return 'item';
      default: break;
    }
    const t = el.localName;
    switch (t) {
      case 'a': return el.hasAttribute('href') ? 'link' : 'text';
      case 'button': case 'summary': return 'button';
      case 'select': return 'dropdown';
      case 'textarea': return 'field';
      case 'img': case 'svg': case 'picture': case 'canvas': return 'image';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'li': case 'article': return 'item';
      case 'p': return 'paragraph';
      case 'label': return 'label';
      case 'table': return 'table';
      case 'form': return 'form';
      case 'iframe': return 'frame';
      case 'input':
        switch (el.type) {
          case 'submit': case 'button': case 'reset': return 'button';
          case 'image': return 'button';
          case 'checkbox': return 'checkbox';
          case 'radio': return 'radio';
          case 'search': return 'searchbox';
          case 'hidden': return 'hidden';
          case 'file': return 'file';
          case 'range': return 'slider';
          case 'color': return 'button';
          default: return 'field';
        }
      default: break;
    }
    if (el.isContentEditable) return 'field';
    if (el.hasAttribute && (el.hasAttribute('onclick') || el.hasAttribute('tabindex'))) return 'button';
    return 'text';
  }


  /* ------------------------------------------------------------------ */
  /* the page model: ARIA roles (explicit or implicit), states           */

  const INPUT_ROLE = {
    button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox', radio: 'radio',
    range: 'slider', number: 'spinbutton', search: 'searchbox', color: 'button', file: 'button', hidden: '',
  };
  const TAG_ROLE = {
    button: 'button', summary: 'button', textarea: 'textbox', option: 'option', h1: 'heading', h2: 'heading',
    h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', ul: 'list', ol: 'list', li: 'listitem', table: 'table',
    tr: 'row', td: 'cell', nav: 'navigation', dialog: 'dialog', article: 'article', form: 'form', progress: 'progressbar',
    output: 'status', iframe: 'frame', frame: 'frame', main: 'main', aside: 'complementary', p: 'paragraph',
    details: 'group', fieldset: 'group', dl: 'list', menu: 'list', header: 'banner', footer: 'contentinfo',
  };

  /* The element's ARIA role as a screen reader would say it: the role
   * attribute, else the one its tag implies; "" for none. */
  function roleOf(el) {
    const r = attrRole(el);
    if (r && r !== 'presentation' && r !== 'none' && r !== 'generic') return r;
    const t = el.localName;
    switch (t) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : '';
      case 'input':
        if (el.type === 'checkbox' && el.hasAttribute('switch')) return 'switch';
        if (el.type in INPUT_ROLE) return INPUT_ROLE[el.type];
        return el.hasAttribute('list') ? 'combobox' : 'textbox';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'th': return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
      case 'img': return el.getAttribute('alt') === '' ? '' : 'img';
      case 'svg': return el.getAttribute('aria-label') || (el.querySelector && el.querySelector('title')) ? 'img' : '';
      default: break;
    }
    if (TAG_ROLE[t] !== undefined) return TAG_ROLE[t];
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return 'textbox';
    return '';
  }

  const TABLIST_WORDS = /(^|[\s_-])(tabs|tab-?list|tab-?bar|tab-?nav|nav-?tabs|tabset|tab-?strip|tab-?header|tab-?links|tab-?buttons|segmented)([\s_-]|$)/i;
  const TAB_WORDS = /(^|[\s_-])(tabs?|tab-?item|tab-?link|tab-?button|tablinks?)([\s_-]|$)/i;

  function attrWords(el) {
    return (typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '')) + ' ' + (el.id || '');
  }

  /* A tab of a tab widget, with or without ARIA: role=tab, or one of at
   * least two sibling controls in a container named like a tab list
   * ("tabs", "nav-tabs", "tab-bar"), or with tab-like names themselves. */
  function isTabLike(el, c) {
    const r = attrRole(el);
    if (r === 'tab') return true;
    if (r === 'tablist' || TABLIST_WORDS.test(attrWords(el))) return false;
    const t = el.localName;
    if (!(t === 'li' || t === 'a' || t === 'button' || isClickable(el, c) || TAB_WORDS.test(attrWords(el)))) return false;
    /* its list: the nearest ancestor that names itself a tab list */
    let n = el.parentElement;
    for (let i = 0; n && i < 3; i++, n = n.parentElement) {
      if (attrRole(n) === 'tablist' || TABLIST_WORDS.test(attrWords(n))) {
        /* one entry per tab: an <a> in an <li> is the same tab as its <li> */
        return kidsOf(n).length >= 2 && (i === 0 || (el.parentElement && kidsOf(el.parentElement).length === 1) || TAB_WORDS.test(attrWords(el)));
      }
    }
    if (TAB_WORDS.test(attrWords(el)) && el.parentElement) {
      const sib = Array.from(kidsOf(el.parentElement)).filter((x) => TAB_WORDS.test(attrWords(x)));
      return sib.length >= 2;
    }
    return false;
  }

  /* Is el collapsed, expanded, ...: the states a person names. null when the
   * element has no such state. */
  function stateOf(el, state) {
    const ae = el.getAttribute && el.getAttribute('aria-expanded');
    const details = el.localName === 'summary' && el.parentElement && el.parentElement.localName === 'details' ? el.parentElement : null;
    switch (state) {
      case 'collapsed': case 'closed':
        if (ae != null) return ae === 'false';
        if (details) return !details.open;
        if (/(^|[\s_-])collapsed([\s_-]|$)/i.test(attrWords(el))) return true;
        return null;
      case 'expanded': case 'open':
        if (ae != null) return ae === 'true';
        if (details) return details.open;
        return null;
      case 'checked': case 'selected': case 'on': {
        const ctl = labelControl(el) || el;
        const ch = checkedOf(ctl);
        if (ch != null) return ch;
        const as = el.getAttribute && el.getAttribute('aria-selected');
        if (as != null) return as === 'true';
        if (ctl.localName === 'option') return ctl.selected;
        return null;
      }
      case 'unchecked': case 'unselected': case 'off': {
        const v = stateOf(el, 'checked');
        return v == null ? null : !v;
      }
      case 'newtab': { /* a link that opens a new tab or window */
        const a = el.closest && el.closest('a[target],area[target],form[target]');
        const tg = a ? (a.getAttribute('target') || '').toLowerCase() : '';
        if (tg && !/^_(self|top|parent)$/.test(tg)) return true;
        const words = [el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('onclick'), el.textContent].join(' ');
        return /new (browser )?(tab|window)|window\.open|external/i.test(words);
      }
      case 'disabled': return isDisabled(el);
      case 'enabled': return !isDisabled(el);
      case 'empty': {
        const v = valueOf(labelControl(el) || el);
        return v == null ? null : v === '';
      }
      case 'filled': {
        const v = valueOf(labelControl(el) || el);
        return v == null ? null : v !== '';
      }
      case 'required': return !!(el.required || (el.getAttribute && el.getAttribute('aria-required') === 'true'));
      case 'active': case 'current':
        if (el.getAttribute('aria-current') && el.getAttribute('aria-current') !== 'false') return true;
        if (el.getAttribute('aria-selected') === 'true') return true;
        return /(^|[\s_-])(active|current|selected)([\s_-]|$)/i.test(attrWords(el));
      default: return null;
    }
  }

  /* Things one expands or collapses: aria-expanded controls, <summary>,
   * accordion headers. */
  function isExpandable(el) {
    if (el.getAttribute && el.getAttribute('aria-expanded') != null) return true;
    if (el.localName === 'summary') return true;
    return /(^|[\s_-])(accordion-?(header|button|toggle|title|trigger)|collaps(ible|e-?toggle)|expander|toggle)([\s_-]|$)/i.test(attrWords(el));
  }

  const ITEM_NOUNS = new Set(['result', 'item', 'product', 'article', 'entry', 'card', 'post', 'listing', 'hit',
    'story', 'video', 'repo', 'repository', 'offer', 'deal', 'job', 'question', 'thread', 'search result']);

  /* How well el fits a planner role word: 1 fits, <1 less so. A role the
   * words named binds: an element of another kind keeps a low score, so
   * "the button TWO" is the button, not a line of text saying TWO. */
  function roleFit(el, role, c) {
    if (!role) return 1;
    const k = kindOf(el);
    const ar = roleOf(el);
    const cls = typeof el.className === 'string' ? el.className : '';
    switch (role) {
      case 'button':
        if (k === 'button') return 1;
        if (/(^|[\s_-])(btn|button)([\s_-]|$)/i.test(cls)) return 1;
        if (el.localName === 'label' && labelControl(el)) return 0.85;
        if (k === 'link') return 0.85;
        return isClickable(el, c) ? 0.85 : 0.45;
      case 'link':
        if (k === 'link') return 1;
        if (k === 'button') return 0.85;
        return isClickable(el, c) ? 0.85 : 0.6;
      case 'field': case 'textbox': case 'input': case 'box':
        if (isEditable(el)) return 1;
        if (ar === 'spinbutton' || (el.localName === 'input' && /^(date|time|datetime-local|month|week|number|range|color)$/.test(el.type))) return 0.95;
        if (isDropdown(el)) return 0.75;
        return 0.5;
      case 'searchbox':
        if (k === 'searchbox') return 1;
        if (isEditable(el)) return 0.95;
        return 0.5;
      case 'checkbox': case 'switch': case 'toggle': {
        const ctl = labelControl(el) || el;
        if (kindOf(ctl) === 'checkbox') return 1;
        if (kindOf(ctl) === 'radio') return 0.8;
        if (el.getAttribute('aria-pressed')) return 0.9;
        return 0.5;
      }
      case 'radio': {
        const ctl = labelControl(el) || el;
        if (kindOf(ctl) === 'radio') return 1;
        if (kindOf(ctl) === 'checkbox') return 0.8;
        return 0.5;
      }
      case 'dropdown': case 'select': case 'combobox': case 'list box':
        if (isDropdown(el)) return 1;
        if (/select|dropdown|combo/i.test(cls)) return 0.95;
        return k === 'button' ? 0.8 : 0.5;
      case 'tab':
        if (attrRole(el) === 'tab') return 1;
        if (isTabLike(el, c)) return 0.97;
        return k === 'link' || k === 'button' ? 0.8 : 0.55;
      case 'image': case 'icon': case 'logo': case 'picture':
        if (k === 'image') return 1;
        if (el.localName === 'input' && el.type === 'image') return 1;
        if ((k === 'link' || k === 'button') && el.querySelector && el.querySelector('img,svg') && !collapse(el.innerText)) return 0.95;
        return 0.6;
      case 'heading': case 'title':
        return k === 'heading' ? 1 : 0.6;
      case 'paragraph':
        return k === 'paragraph' ? 1 : 0.5;
      case 'menu': {
        if (k === 'menu') return 1;
        const hp = el.getAttribute('aria-haspopup');
        if (hp === 'menu' || hp === 'true') return 1;
        if (el.localName === 'nav') return 1;
        if (closestComposed(el, 'nav,[role=navigation],[role=menu],[role=menubar]', 4)) return 0.9;
        return k === 'button' || k === 'link' ? 0.8 : 0.6;
      }
      case 'item': case 'result': case 'product': case 'row':
        if (role === 'row' && (ar === 'row' || ar === 'listitem')) return 1;
        if (k === 'item') return 1;
        return 0.8;
      case 'option':
        if (ar === 'option' || ar === 'menuitem' || ar === 'treeitem') return 1;
        if (ar === 'listitem' || /(^|[\s_-])(option|suggestion|item|result|choice)s?([\s_-]|$)/i.test(cls)) return 0.95;
        return isClickable(el, c) ? 0.8 : 0.6;
      case 'slider':
        if (ar === 'slider') return 1;
        /* a slider made of divs: its handle takes the keys */
        if (/slider|range/i.test(cls)) return el.tabIndex >= 0 || /handle|thumb|knob/i.test(cls) ? 0.97 : 0.9;
        return 0.5;
      case 'spinbutton':
        if (ar === 'spinbutton') return 1;
        if (/spin|stepper|number/i.test(cls) && isEditable(el)) return 0.95;
        return isEditable(el) ? 0.8 : 0.5;
      case 'treeitem':
        if (ar === 'treeitem') return 1;
        if (closestComposed(el, '[role=tree],[class*=tree i]', 6)) return 0.97;
        return isClickable(el, c) ? 0.85 : 0.6;
      case 'cell':
        return ar === 'cell' || ar === 'gridcell' || ar === 'columnheader' || ar === 'rowheader' ? 1 : 0.6;
      case 'dialog':
        if (ar === 'dialog' || ar === 'alertdialog') return 1;
        return /modal|dialog|popup|pop-up|lightbox/i.test(cls) ? 0.95 : 0.5;
      case 'alert':
        if (ar === 'alert' || ar === 'status' || ar === 'alertdialog' || ar === 'log') return 1;
        if (el.getAttribute('aria-live')) return 0.97;
        return /alert|toast|flash|notif|message|snackbar|error|warning|success|notice|feedback/i.test(cls) ? 0.95 : 0.5;
      case 'tooltip':
        if (ar === 'tooltip') return 1;
        return /tooltip|popover|bubble|tippy|hint/i.test(cls) ? 0.95 : 0.5;
      case 'frame':
        return ar === 'frame' ? 1 : 0.4;
      case 'table':
        return ar === 'table' || ar === 'grid' || ar === 'treegrid' ? 1 : 0.5;
      case 'list':
        return ar === 'list' || ar === 'listbox' || ar === 'tree' ? 1 : 0.6;
      case 'expandable':
        return isExpandable(el) ? 1 : isClickable(el, c) ? 0.7 : 0.5;
      default:
        return 1;
    }
  }


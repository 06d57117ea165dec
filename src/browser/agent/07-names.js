  /* ------------------------------------------------------------------ */
  /* element texts and names                                             */

  function textOf(el, c) {
    if (c && c.text.has(el)) return c.text.get(el);
    let t = shownText(el, c);
    /* inside a closed <details> innerText is empty: what it would show */
    if (!t && el.textContent && el.closest && el.closest('details:not([open])')) t = el.textContent;
    t = collapse(t);
    if (c) c.text.set(el, t);
    return t;
  }

  function hasOwnText(el) {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && /\S/.test(n.data)) return true;
    }
    return false;
  }

  /* a label's text without the text of controls inside it */
  function labelText(label) {
    let s = '';
    const rec = (n) => {
      for (let ch = n.firstChild; ch; ch = ch.nextSibling) {
        if (ch.nodeType === 3) s += ch.data;
        else if (ch.nodeType === 1) {
          const t = ch.localName;
          if (t === 'select' || t === 'textarea' || t === 'option' || t === 'script' || t === 'style' || t === 'input') continue;
          if (t === 'br' || t === 'div' || t === 'p') s += ' ';
          rec(ch);
        }
      }
    };
    rec(label);
    return collapse(s);
  }

  function byIdIn(el, id) {
    const root = el.getRootNode ? el.getRootNode() : el.ownerDocument;
    if (root && root.getElementById) return root.getElementById(id);
    return el.ownerDocument.getElementById(id);
  }

  function labelledBy(el) {
    const ids = el.getAttribute && el.getAttribute('aria-labelledby');
    if (!ids) return '';
    return collapse(ids.split(/\s+/).map((id) => {
      const x = byIdIn(el, id);
      return x ? x.textContent : '';
    }).join(' '));
  }

  /* label elements of el. el.labels scans the whole document on each call,
   * so a call's context maps controls to labels once. */
  function labelEls(el, c) {
    if (c) {
      if (!c.labels) {
        c.labels = new Map();
        for (const x of c.all()) {
          if (x.localName !== 'label') continue;
          const ctl = labelControl(x);
          if (!ctl) continue;
          const a = c.labels.get(ctl);
          if (a) a.push(x); else c.labels.set(ctl, [x]);
        }
      }
      return c.labels.get(el) || [];
    }
    try {
      return el.labels ? Array.from(el.labels) : [];
    } catch (e) {
      return [];
    }
  }

  function labelsOf(el, c) {
    return labelEls(el, c).map(labelText).filter(Boolean);
  }

  /* text a field's unlabelled neighbours give it: "<td>Name</td><td><input>" */
  function nearbyText(el, c) {
    const short = (t) => (t && t.length <= 60 ? t : '');
    let n = el.previousSibling;
    while (n && n.nodeType === 3 && !/\S/.test(n.data)) n = n.previousSibling;
    if (n && n.nodeType === 3) return short(collapse(n.data));
    if (n && n.nodeType === 1) {
      if (isEditable(n) || /^(input|select|textarea|button)$/.test(n.localName) || n.querySelector('input,select,textarea,button')) return '';
      const t = short(textOf(n, c));
      if (t) return t;
    }
    const p = el.parentElement;
    if (p && kidsOf(p).length <= 2) {
      let q = p.previousElementSibling;
      if (q && !q.querySelector('input,select,textarea')) return short(textOf(q, c));
      if (!q && p.parentElement && kidsOf(p.parentElement).length <= 3) {
        q = p.parentElement.previousElementSibling;
        if (q && !q.querySelector('input,select,textarea')) return short(textOf(q, c));
      }
    }
    return '';
  }

  /* text that follows a bare checkbox: "<input type=checkbox> Remember me" */
  function followingText(el, c) {
    let n = el.nextSibling;
    while (n && n.nodeType === 3 && !/\S/.test(n.data)) n = n.nextSibling;
    if (n && n.nodeType === 3) return collapse(n.data).slice(0, 80);
    if (n && n.nodeType === 1) {
      if (n.childElementCount > 2 || n.querySelector('input,select,textarea,button') || /^(ul|ol|table|nav|form|section|select|textarea|input|button)$/.test(n.localName)) return '';
      const t = textOf(n, c);
      return t.length <= 80 ? t : '';
    }
    const p = el.parentElement;
    if (p && p.querySelectorAll('input,select,textarea').length === 1) {
      const t = textOf(p, c);
      if (t.length <= 80) return t;
    }
    return '';
  }

  const GLYPH_CLOSE = /^[\u00d7\u2715\u2716\u2a2f\u274c\u2573xX]$/;

  /* Words class names, <use href="#..."> and data-icon give an icon, mapped
   * to what a person calls it: "fa fa-trash-o" -> trash, "icon-times" ->
   * close. Only these words count: a class name is no name otherwise. */
  const ICON_MAP = new Map(Object.entries({
    close: 'close', times: 'close', xmark: 'close', cross: 'close', dismiss: 'close',
    trash: 'trash', bin: 'trash', delete: 'trash', remove: 'trash', garbage: 'trash', trashcan: 'trash', rubbish: 'trash',
    destroy: 'trash',
    edit: 'edit', pencil: 'edit', pen: 'edit',
    search: 'search', magnifier: 'search', magnify: 'search', magnifying: 'search', loupe: 'search',
    menu: 'menu', hamburger: 'menu', bars: 'menu', burger: 'menu',
    like: 'like', heart: 'like', love: 'like', thumbs: 'like',
    star: 'star', favorite: 'star', favourite: 'star', bookmark: 'bookmark',
    settings: 'settings', gear: 'settings', cog: 'settings', cogs: 'settings',
    plus: 'add', add: 'add', minus: 'minus', subtract: 'minus',
    info: 'info', information: 'info', help: 'help', question: 'help',
    share: 'share', reply: 'reply', retweet: 'retweet', comment: 'comment', comments: 'comment',
    cart: 'cart', basket: 'cart', user: 'user', profile: 'user', avatar: 'user', home: 'home',
    bell: 'notifications', notification: 'notifications', notifications: 'notifications',
    download: 'download', upload: 'upload', refresh: 'refresh', reload: 'refresh', sync: 'refresh',
    print: 'print', copy: 'copy', save: 'save', check: 'check', checkmark: 'check',
    next: 'next', forward: 'next', prev: 'previous', previous: 'previous', back: 'back',
    expand: 'expand', collapse: 'collapse', filter: 'filter', sort: 'sort', calendar: 'calendar',
    envelope: 'mail', mail: 'mail', email: 'mail', phone: 'phone', lock: 'lock', logout: 'logout',
    eye: 'view', play: 'play', pause: 'pause', more: 'more', dots: 'more', ellipsis: 'more', kebab: 'more',
    flag: 'flag', pin: 'pin', paperclip: 'attach', attach: 'attach', camera: 'camera', archive: 'archive',
  }));
  const GLYPHS = [
    [/[\u00d7\u2715\u2716\u2717\u2718\u2a2f\u274c\u2573]/, 'close'], [/\ud83d\uddd1/, 'trash'],
    [/[\u270e\u270f\u2710\ud83d\udd89]/, 'edit'], [/[\u2630\u2261]/, 'menu'], [/[\u2665\u2764\u2661]/, 'like'],
    [/[\u2605\u2606\u2b50]/, 'star'], [/\u2699/, 'settings'], [/\ud83d\udd0d|\ud83d\udd0e/, 'search'],
    [/^\+$/, 'add'], [/^[\u2212-]$/, 'minus'], [/^[\u203a\u00bb>\u2192]$/, 'next'], [/^[\u2039\u00ab<\u2190]$/, 'previous'],
    [/^[\u22ee\u22ef\u2026]$/, 'more'], [/[\u21bb\u27f3]/, 'refresh'], [/^[\u2713\u2714]$/, 'check'],
    [/^[\u24d8\u2139]$/, 'info'], [/^\?$/, 'help'], [/\ud83d\udc4d/, 'like'], [/\ud83d\udd14/, 'notifications'],
  ];

  function iconWords(el, c) {
    const out = new Set();
    const from = (s) => {
      for (const w of String(s || '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) {
        const m = ICON_MAP.get(w);
        if (m) { out.add(m); if (w !== m) out.add(w); }
      }
    };
    const scan = (n, depth) => {
      if (!n || n.nodeType !== 1) return;
      from(typeof n.className === 'string' ? n.className : n.getAttribute('class'));
      from(n.id);
      from(n.getAttribute('data-icon'));
      if (n.localName === 'use') from((n.getAttribute('href') || n.getAttribute('xlink:href') || '').replace(/^.*#/, ''));
      if (depth < 3) for (const ch of kidsOf(n)) scan(ch, depth + 1);
    };
    scan(el, 0);
    const t = textOf(el, c);
    if (t.length <= 3) for (const [re, w] of GLYPHS) if (re.test(t)) out.add(w);
    return Array.from(out);
  }

  /* What the element's href says it is: a phone number, an e-mail address. */
  function hrefWords(el) {
    const h = el.localName === 'a' ? (el.getAttribute('href') || '') : '';
    if (/^tel:/i.test(h)) return 'phone number';
    if (/^mailto:/i.test(h)) return 'email address';
    return '';
  }

  /* The texts el is known by, each with a weight. */
  /* What a field is for, as the page tells the browser's autofill
   * (autocomplete="billing cc-number"): the token the HTML standard names
   * it by, or ''. A page's own words may be anything ("Secure card number
   * input", an unlabelled box in a payment frame); this one is standard. */
  const FIELD_PURPOSES = {
    'name': 'full name', 'given-name': 'first name', 'additional-name': 'middle name', 'family-name': 'last name',
    'honorific-prefix': 'title', 'nickname': 'nickname', 'username': 'username', 'current-password': 'password',
    'new-password': 'new password', 'one-time-code': 'one time code', 'organization': 'company',
    'organization-title': 'job title', 'street-address': 'street address', 'address-line1': 'street address',
    'address-line2': 'address line 2', 'address-level1': 'state', 'address-level2': 'city', 'country': 'country',
    'country-name': 'country', 'postal-code': 'postcode', 'cc-name': 'name on card', 'cc-number': 'card number',
    'cc-exp': 'expiry date', 'cc-exp-month': 'expiry month', 'cc-exp-year': 'expiry year', 'cc-csc': 'security code',
    'cc-type': 'card type', 'bday': 'date of birth', 'sex': 'gender', 'tel': 'phone', 'tel-national': 'phone',
    'email': 'email', 'url': 'website', 'language': 'language',
  };
  function fieldPurpose(el) {
    const ac = el.getAttribute && el.getAttribute('autocomplete');
    if (!ac) return '';
    const ts = ac.toLowerCase().trim().split(/\s+/);
    for (let i = ts.length - 1; i >= 0; i--) if (Object.prototype.hasOwnProperty.call(FIELD_PURPOSES, ts[i])) return ts[i];
    return '';
  }

  function sources(el, c) {
    if (c && c.src.has(el)) return c.src.get(el);
    const out = [];
    const add = (t, w) => {
      t = collapse(t);
      if (t) out.push([t, w]);
    };
    const t = el.localName;
    add(labelledBy(el), 1);
    add(el.getAttribute('aria-label'), 1);
    for (const l of labelsOf(el, c)) add(l, 1);
    const named = out.length > 0;
    const isField = t === 'input' || t === 'textarea' || t === 'select';
    let txt = '';
    if (isField) {
      add(el.getAttribute('placeholder'), 0.95);
      const pu = fieldPurpose(el);
      if (pu) add(FIELD_PURPOSES[pu], 0.9);
      if (t === 'input' && /^(submit|button|reset)$/.test(el.type)) add(el.value, 1);
      if (t === 'input' && el.type === 'image') add(el.getAttribute('alt'), 1);
      if (t === 'input' && TEXT_TYPES.has(el.type) && el.type !== 'text') add(el.type, 0.8);
      if (t === 'select' && el.selectedOptions && el.selectedOptions[0]) add(el.selectedOptions[0].text, 0.6);
      if (isCheckable(el)) {
        if (!named) add(followingText(el, c), 0.9);
        add(el.value && el.value !== 'on' ? humanize(el.value) : '', 0.6);
      } else if (!named && !(t === 'input' && /^(submit|button|reset|image)$/.test(el.type))) add(nearbyText(el, c), 0.85);
      if (!named) add(groupLabel(el, c), 0.8);
    } else {
      txt = textOf(el, c);
      if (txt.length <= 300) add(txt, 1);
      if (GLYPH_CLOSE.test(txt)) add('close', 0.9);
      if (t === 'img' || t === 'area') add(el.getAttribute('alt'), 0.95);
      if (!txt && el.querySelector) {
        const img = el.querySelector('img[alt],[aria-label],svg title');
        if (img) add(img.localName === 'title' ? img.textContent : (img.getAttribute('alt') || img.getAttribute('aria-label')), 0.9);
      }
      if (isCheckable(el) && !named && !txt) add(followingText(el, c), 0.9);
      if (el.isContentEditable) {
        add(el.getAttribute('data-placeholder') || el.getAttribute('placeholder'), 0.9);
        if (!(el.parentElement && el.parentElement.isContentEditable)) add('text editor', 0.8);
      }
      add(hrefWords(el), 0.85);
    }
    add(el.getAttribute('title'), 0.9);
    if (/^(footer|header|nav|main|aside|form|table)$/.test(t)) add(t === 'nav' ? 'navigation menu' : t, 0.75);
    const nm = el.getAttribute('name');
    if (nm) add(humanize(nm), 0.7);
    if (el.id) add(humanize(el.id), 0.7);
    const tid = el.getAttribute('data-testid') || el.getAttribute('data-test') || el.getAttribute('data-qa');
    if (tid) add(humanize(tid), 0.6);
    /* icons: what their classes and glyphs show, for controls with little
     * or no text of their own */
    if (txt.length <= 3 && (isClickable(el, c) || isEditable(el) || el.localName === 'svg' || el.localName === 'i')) {
      for (const w of iconWords(el, c)) add(w, 0.88);
    }
    /* what the class names say the element is ("alert alert-warning",
     * "tooltip"): weaker than any text */
    for (const w of classHints(el)) add(w, 0.7);
    /* a control in a part of the page that has a name: "the newsletter
     * e-mail box" is the e-mail field of the Newsletter frame or section */
    if (txt && txt.length <= 3 && !isField && isClickable(el, c)) for (const ln of lineNames(el, txt, c)) add(ln, 0.95);
    if (isField || t === 'button') {
      const ctx = contextName(el, c);
      const own = out.length ? out[0][0] : '';
      if (ctx && own) add(ctx + ' ' + own, 0.85);
    }
    if (c) c.src.set(el, out);
    return out;
  }

  /* A seat of a seat map, a slot of a grid: a control whose own text is a
   * short number or letter ("7"), one of a line of like controls, is known
   * with its line's label (a short text at the line's start, its
   * aria-label, a row attribute) and the words the line's tag and classes
   * say ("seat-row"): "C7", "seat row C 7". The line may be the host of
   * the shadow root the controls are in, or their cells' row. */
  function lineNames(el, own, c) {
    let cell = el;
    for (let up = 0; up < 2 && cell; up++, cell = parentOf(cell)) {
      const box = cell.parentNode, line = parentOf(cell);
      if (!box || !line || line.nodeType !== 1) return [];
      const kids = Array.from(kidsOf(box));
      if (kids.filter((k) => k.localName === cell.localName).length < 3) continue;
      let label = collapse(line.getAttribute('aria-label') || labelledBy(line) || '');
      if (!label || label.length > 16) {
        label = '';
        for (const k of kids) {
          if (k === cell) break;
          if (k.localName === cell.localName) continue;
          const kt = textOf(k, c);
          if (kt && kt.length <= 4 && !(k.querySelector && k.querySelector('button,input,a'))) { label = kt; break; }
        }
      }
      if (!label) label = collapse(line.getAttribute('data-row') || line.getAttribute('row') || '');
      if (!label || label.length > 16) return [];
      const cls = (n) => (n.localName.includes('-') ? n.localName : '') + ' ' + (typeof n.className === 'string' ? n.className : '') + ' ' + (n.getAttribute('role') || '');
      const hints = [];
      for (const w of humanize(cls(line) + ' ' + cls(el)).toLowerCase().split(/[^a-z]+/)) if (w.length >= 3 && !hints.includes(w) && hints.length < 4) hints.push(w);
      return [label + own, hints.join(' ') + ' ' + label + ' ' + own, hints.join(' ') + ' ' + label + own];
    }
    return [];
  }

  /* The name of the part of the page a control is in: its frame's title,
   * its fieldset's legend, the heading just before it in its form or
   * section (at most 5 levels up). */
  function contextName(el, c) {
    const fs = framesOf(el);
    const fe = fs.length ? fs[fs.length - 1] : null;
    const parts = [];
    if (fe) parts.push(fe.getAttribute('title') || fe.getAttribute('aria-label') || humanize(fe.getAttribute('name') || ''));
    const lg = el.closest && el.closest('fieldset');
    if (lg && lg.querySelector('legend')) parts.push(textOf(lg.querySelector('legend'), c));
    let n = el;
    for (let up = 0; n && up < 5 && parts.length < 2; up++, n = n.parentElement) {
      let sib = n.previousElementSibling, found = null;
      for (let k = 0; sib && k < 6 && !found; k++, sib = sib.previousElementSibling) {
        if (/^h[1-6]$/.test(sib.localName) || attrRole(sib) === 'heading') found = sib;
        else if (sib.querySelector && sib.querySelector('input,select,textarea,button')) break;
      }
      if (found) { parts.push(textOf(found, c)); break; }
    }
    return collapse(parts.filter(Boolean).join(' ')).slice(0, 80);
  }

  /* Class words that describe what an element is for. */
  const CLASS_HINTS = new Set(['alert', 'warning', 'error', 'danger', 'success', 'info', 'notice', 'notification',
    'message', 'toast', 'flash', 'snackbar', 'status', 'tooltip', 'popover', 'bubble', 'hint', 'banner', 'badge',
    'counter', 'count', 'total', 'balance', 'price', 'result', 'results', 'title', 'subtitle', 'summary', 'footer',
    'header', 'sidebar', 'modal', 'dialog', 'popup', 'spinner', 'slider', 'close', 'delete', 'remove', 'edit', 'like',
    'share', 'reply', 'send', 'search', 'menu', 'cart', 'logo', 'avatar', 'username', 'author', 'date', 'time', 'timestamp',
    'email', 'phone', 'address', 'name', 'description', 'caption', 'label', 'value', 'amount', 'score', 'rating']);

  function classHints(el) {
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '');
    if (!cls) return [];
    const out = [];
    for (const w of humanize(cls).toLowerCase().split(/[^a-z]+/)) if (CLASS_HINTS.has(w) && !out.includes(w)) out.push(w);
    return out;
  }

  /* The name of the group a control is in: a fieldset's legend, a radio
   * group's label ("Role: ( ) Admin ( ) User"). */
  function groupLabel(el, c) {
    const fs = el.closest && el.closest('fieldset');
    if (fs) {
      const lg = fs.querySelector('legend');
      if (lg) return textOf(lg, c);
    }
    const g = el.closest && el.closest('[role=radiogroup],[role=group]');
    if (g) return labelledBy(g) || g.getAttribute('aria-label') || '';
    return '';
  }

  function classWords(el) {
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') || '');
    return new Set(tokens(humanize(cls)));
  }

  /* Words people use for the same thing, as groups (compared after norm
   * and stem): "bin" finds the trash icon, "surname" the Last name field. */
  const SYNONYMS = [
    ['close', 'x', 'dismiss', 'times', 'cross'],
    ['delete', 'trash', 'bin', 'remove', 'garbage', 'rubbish', 'discard', 'trash can'],
    ['edit', 'pencil', 'modify'],
    ['search', 'magnifier', 'magnifying glass', 'find'],
    ['menu', 'hamburger', 'hamburger menu'],
    /* a heart is how many apps favourite (a blog's ♥ with its count) */
    ['like', 'heart', 'love', 'thumbs up', 'favorite', 'favourite'],
    ['star', 'favorite', 'favourite'],
    ['settings', 'gear', 'cog', 'preferences'],
    ['add', 'plus'],
    ['more', 'dots', 'ellipsis', 'more options'],
    ['info', 'information', 'i'],
    ['next', 'forward'],
    ['previous', 'prev', 'back'],
    ['refresh', 'reload'],
    ['cart', 'basket', 'shopping cart', 'bag'],
    ['username', 'user name', 'user', 'login', 'login name', 'user id', 'account name'],
    ['log out', 'logout', 'sign out', 'signout', 'log off'],
    ['password', 'pass', 'pwd', 'passcode', 'passphrase', 'pw'],
    ['email', 'e mail', 'mail', 'email address', 'e mail address'],
    ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'cell', 'mobile number', 'telephone number'],
    ['zip', 'zip code', 'postal code', 'postcode', 'post code'],
    ['first name', 'given name', 'forename'],
    ['last name', 'surname', 'family name'],
    ['company', 'organization', 'organisation', 'employer'],
    ['message', 'comment', 'comments', 'your message'],
    ['address', 'street', 'street address'],
    ['city', 'town'],
    ['birthday', 'date of birth', 'dob', 'birth date'],
    ['submit', 'send'],
    ['log in', 'sign in'],
    ['log out', 'sign out'],
    ['sign up', 'register', 'create account'],
    ['quantity', 'qty'],
    ['author', 'by', 'written by', 'posted by', 'writer', 'creator'],
    ['sender', 'from', 'sent by'],
    ['owner', 'owned by'],
    ['assignee', 'assigned to', 'owner'],
    ['due date', 'due', 'deadline', 'due on'],
    ['location', 'address', 'place', 'venue', 'where'],
    ['date', 'posted', 'published', 'posted on', 'created'],
    ['expiry date', 'expires', 'expiration date', 'expiry', 'exp', 'exp date', 'expiration', 'valid thru', 'valid until', 'mm yy'],
    ['security code', 'cvc', 'cvv', 'csc', 'cvv2', 'cvc2', 'card code', 'card security code', 'cvc code', 'cvv code'],
    ['card number', 'card no', 'card nr', 'credit card number', 'debit card number', 'cc number', 'long card number'],
    ['renewal date', 'renews', 'renewal', 'next renewal'],
  ].map((g) => g.map((m) => tokens(m).join(' ')));

  /* q and what its words become with synonyms: [[text, factor], ...]
   * (remembered, 01-text.js memoTable: callers only read the lists) */
  const variantsMemo = memoTable();
  function variants(q) {
    const k = q == null ? '' : String(q);
    return memoGet(variantsMemo, k, variantsOf, k);
  }

  function variantsOf(q) {
    const nq = tokens(q).join(' ');
    const out = [[q, 1]];
    if (!nq) return out;
    const seen = new Set([nq]);
    for (const g of SYNONYMS) {
      for (const m of g) {
        const at = (' ' + nq + ' ').indexOf(' ' + m + ' ');
        if (at < 0) continue;
        for (const o of g) {
          if (o === m) continue;
          const v = (nq.slice(0, at) + o + nq.slice(at + m.length)).trim();
          if (!seen.has(v) && out.length < 16) { seen.add(v); out.push([v, 0.93]); }
        }
      }
    }
    return out;
  }

  /* best [score, rawTextScore] of q against el's names */
  function matchEl(q, el, c, vs) {
    let best = 0, raw = 0;
    vs = vs || variants(q);
    for (const [t, w] of sources(el, c)) {
      for (const [v, f] of vs) {
        const s = textScore(v, t) * f;
        if (s * w > best) { best = s * w; raw = s; }
      }
    }
    /* icon-only controls: their class words ("btn search-btn") */
    if (best < THRESHOLD && (isClickable(el, c) || isEditable(el)) && !textOf(el, c)) {
      const cw = classWords(el);
      const tq = tokens(q);
      if (tq.length && tq.every((w) => cw.has(w))) {
        if (0.6 > best) { best = 0.6; raw = 0.6; }
      }
    }
    return [best, raw];
  }

  function accName(el, c) {
    const lb = labelledBy(el);
    if (lb) return clip(lb, 200);
    const al = el.getAttribute('aria-label');
    if (al && al.trim()) return clip(al, 200);
    const ls = labelsOf(el, c);
    if (ls.length) return clip(ls.join(' '), 200);
    const t = el.localName;
    if (t === 'img' || t === 'area' || (t === 'input' && el.type === 'image')) {
      const alt = el.getAttribute('alt');
      if (alt) return clip(alt, 200);
    }
    if (t === 'input' && /^(submit|button|reset)$/.test(el.type)) return clip(el.value, 200);
    if (t !== 'input' && t !== 'textarea' && t !== 'select') {
      const x = textOf(el, c);
      if (x) return clip(x, 200);
      if (el.querySelector) {
        const img = el.querySelector('img[alt],[aria-label]');
        if (img) return clip(img.getAttribute('alt') || img.getAttribute('aria-label'), 200);
      }
    }
    const ti = el.getAttribute('title');
    if (ti) return clip(ti, 200);
    const ph = el.getAttribute('placeholder');
    if (ph) return clip(ph, 200);
    if (t === 'input' || t === 'textarea' || t === 'select') {
      const nb = nearbyText(el, c);
      if (nb) return clip(nb, 200);
    }
    return '';
  }


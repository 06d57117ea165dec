  /* ------------------------------------------------------------------ */
  /* values into widgets: dates, times, sliders, spinners; whole forms   */

  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

  function monthOf(w) {
    const i = MONTHS.indexOf(String(w).toLowerCase().slice(0, 3));
    return i >= 0 && /^[a-z]+\.?$/i.test(w) ? i + 1 : 0;
  }

  function pad(n, w) { return String(n).padStart(w || 2, '0'); }

  /* "3 March 2021", "March 3, 2021", "2021-03-03", "03/03/2021" (month
   * first unless the first number cannot be a month, or dmy says so),
   * "today", "tomorrow": {y, m, d}, or null. */
  function parseDate(s, dmy) {
    s = collapse(s).toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
    const now = new Date();
    const rel = { today: 0, tomorrow: 1, yesterday: -1 }[s];
    if (rel !== undefined) {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + rel);
      return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
    }
    let m;
    const ok = (y, mo, d) => (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y: y < 100 ? 2000 + y : y, m: mo, d } : null);
    if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:t| )\d{1,2}:\d{2}\S*)?$/.exec(s))) return ok(+m[1], +m[2], +m[3]);
    if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s))) {
      const a = +m[1], b = +m[2], y = +m[3];
      if (a > 12) return ok(y, b, a);
      if (b > 12) return ok(y, a, b);
      return dmy || s.includes('.') ? ok(y, b, a) : ok(y, a, b);
    }
    if ((m = /^(\d{1,2}) (?:of )?([a-z]+\.?) (\d{2,4})$/.exec(s)) && monthOf(m[2])) return ok(+m[3], monthOf(m[2]), +m[1]);
    if ((m = /^([a-z]+\.?) (\d{1,2}) (\d{2,4})$/.exec(s)) && monthOf(m[1])) return ok(+m[3], monthOf(m[1]), +m[2]);
    return null;
  }

  /* "7:45 PM", "19:45", "7 pm", "noon": {h, m, s}, or null. */
  function parseTime(s) {
    s = collapse(s).toLowerCase();
    if (s === 'noon' || s === 'midday') return { h: 12, m: 0, s: 0 };
    if (s === 'midnight') return { h: 0, m: 0, s: 0 };
    const m = /(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(s);
    if (!m || (!m[2] && !m[4])) return null;
    let h = +m[1];
    const ap = m[4] ? m[4][0] : '';
    if (ap === 'p' && h < 12) h += 12;
    if (ap === 'a' && h === 12) h = 0;
    if (h > 23 || +(m[2] || 0) > 59) return null;
    return { h, m: +(m[2] || 0), s: +(m[3] || 0) };
  }

  /* The number a value says: "$150", "300 px", "1,500", "18pt"; NaN when
   * it says none. */
  function numIn(v) {
    const m = /-?\d+(?:\.\d+)?/.exec(String(v).replace(/(\d),(?=\d{3}\b)/g, '$1'));
    return m ? parseFloat(m[0]) : NaN;
  }

  /* The text a native date/time/range/color input takes for value. */
  function nativeValue(type, value, el) {
    const v = String(value).trim();
    if (type === 'month') {
      /* "March 2027", "Mar 2027", "2027-03", "03/2027": a month has no day */
      const m = /^([a-z]+)\.?,? (\d{4})$/i.exec(v) || /^(\d{4})[-/.](\d{1,2})$/.exec(v) || /^(\d{1,2})[-/.](\d{4})$/.exec(v);
      if (m) {
        const mo = /^\d{4}$/.test(m[1]) ? +m[2] : /^\d+$/.test(m[1]) ? +m[1] : monthOf(m[1]);
        const y = /^\d{4}$/.test(m[1]) ? m[1] : m[2];
        if (mo >= 1 && mo <= 12) return y + '-' + pad(mo);
      }
    }
    if (type === 'date' || type === 'month' || type === 'week') {
      const d = parseDate(v);
      if (!d) return null;
      if (type === 'month') return d.y + '-' + pad(d.m);
      if (type === 'week') {
        const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
        const day = t.getUTCDay() || 7;
        t.setUTCDate(t.getUTCDate() + 4 - day);
        const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
        return t.getUTCFullYear() + '-W' + pad(Math.ceil(((t - y0) / 86400000 + 1) / 7));
      }
      return pad(d.y, 4) + '-' + pad(d.m) + '-' + pad(d.d);
    }
    if (type === 'time') {
      const t = parseTime(v);
      return t ? pad(t.h) + ':' + pad(t.m) + (t.s ? ':' + pad(t.s) : '') : null;
    }
    if (type === 'datetime-local') {
      const m = /^(.*?)(?:\s+at\s+|\s*[T ]\s*)(\d{1,2}(?::\d{2})?(?::\d{2})?\s*(?:[ap]\.?m\.?)?)$/i.exec(v);
      const d = parseDate(m ? m[1] : v), t = m ? parseTime(m[2]) : { h: 0, m: 0 };
      return d && t ? pad(d.y, 4) + '-' + pad(d.m) + '-' + pad(d.d) + 'T' + pad(t.h) + ':' + pad(t.m) : null;
    }
    if (type === 'range' || type === 'number') {
      let n = numIn(v);
      if (!isFinite(n)) return null;
      if (type === 'range') {
        const min = el.min !== '' ? parseFloat(el.min) : 0, max = el.max !== '' ? parseFloat(el.max) : 100;
        n = Math.min(max, Math.max(min, n));
      }
      return String(n);
    }
    if (type === 'color') return /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : null;
    return v;
  }

  function setNative(el, v) {
    const win = winOf(el);
    try { el.focus({ preventScroll: true }); } catch (e) { /* not focusable */ }
    const proto = el.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
    const d = Object.getOwnPropertyDescriptor(proto, 'value');
    if (d && d.set) d.set.call(el, v); else el.value = v;
    el.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new win.Event('change', { bubbles: true }));
  }

  /* The date format a text field shows in its placeholder, pattern or
   * current value ("mm/dd/yyyy", "dd.mm.yyyy", "yyyy-mm-dd"), or null. */
  function dateFormatOf(el) {
    const hints = [el.getAttribute('placeholder'), el.getAttribute('data-format'), el.getAttribute('data-date-format'),
      el.getAttribute('aria-label'), el.getAttribute('title')].filter(Boolean).join(' ');
    const m = /\b((?:dd|d|mm|m|yyyy|yy)([./-])(?:dd|d|mm|m|yyyy|yy)\2(?:dd|d|mm|m|yyyy|yy))\b/i.exec(hints);
    if (m) return m[1].toLowerCase();
    if (/date|birth|dob|calendar|datepicker/i.test(hints + ' ' + attrWords(el) + ' ' + (el.name || ''))) return 'mm/dd/yyyy';
    return null;
  }

  function formatDate(d, fmt) {
    return fmt.replace(/yyyy|yy|mm|m|dd|d/g, (t) => ({
      yyyy: pad(d.y, 4), yy: pad(d.y % 100), mm: pad(d.m), m: String(d.m), dd: pad(d.d), d: String(d.d),
    })[t]);
  }

  /* How to give the element value: set it now (native date, time, range,
   * color inputs: their value and the input and change events, as a
   * picker does), press keys (an ARIA slider), or type this text (a date
   * in the field's own format). */
  function prepareValue(ref, value) {
    let el = touch(deref(ref));
    if (!el) return GONE;
    el = labelControl(el) || el;
    value = value == null ? '' : String(value);
    const t = el.localName === 'input' ? el.type : '';
    if (/^(date|time|datetime-local|month|week|range|color)$/.test(t)) {
      const v = nativeValue(t, value, el);
      if (v == null) return { ok: false, error: '"' + value + '" is not a ' + (t === 'datetime-local' ? 'date and time' : t === 'range' ? 'number' : t) };
      setNative(el, v);
      return { ok: el.value === v || (t === 'range' && parseFloat(el.value) === parseFloat(v)), mode: 'set', value: el.value, wanted: v,
        error: el.value === v ? undefined : 'the field kept "' + el.value + '" instead of "' + v + '"' };
    }
    const r = roleOf(el);
    /* a slider that does not say its value: arrow keys, reading the number it shows */
    if (r !== 'slider' && el.localName !== 'input' && /slider|range|handle|thumb/i.test(attrWords(el))) {
      const want = numIn(value);
      if (!isFinite(want)) return { ok: false, error: '"' + value + '" is not a number' };
      return { ok: true, mode: 'probe', wanted: want, ref: refOf(el) };
    }
    /* a spinbutton no key reaches (not focusable): its own − and +
     * buttons, one press at a time (stepTo) */
    if (r === 'spinbutton' && !isEditable(el) && el.tabIndex < 0 && stepButtons(el, newCtx())) {
      if (!isFinite(numIn(value))) return { ok: false, error: '"' + value + '" is not a number' };
      return { ok: true, mode: 'steps', wanted: numIn(value), ref: refOf(el) };
    }
    if (r === 'slider' || (r === 'spinbutton' && !isEditable(el))) {
      const now = parseFloat(el.getAttribute('aria-valuenow'));
      const want = numIn(value);
      if (!isFinite(want)) return { ok: false, error: '"' + value + '" is not a number' };
      if (!isFinite(now)) return { ok: false, error: 'the ' + r + ' does not say its value' };
      const step = parseFloat(el.getAttribute('aria-valuestep') || el.getAttribute('data-step')) || 1;
      const n = Math.round((want - now) / step);
      const up = r === 'slider' ? 'ArrowRight' : 'ArrowUp', down = r === 'slider' ? 'ArrowLeft' : 'ArrowDown';
      return { ok: true, mode: 'keys', key: n >= 0 ? up : down, count: Math.min(Math.abs(n), 500), now, wanted: want, ref: refOf(el) };
    }
    /* a button that opens a calendar ("Select date"): pick the day there */
    if (!isEditable(el) && el.localName !== 'input' && parseDate(value) && (dateOpener(el, newCtx()) || (calendarOf(el, newCtx()) || {}).grid === el)) return { ok: true, mode: 'pick', ref: refOf(el) };
    /* a read-only date field opens a calendar: pick the day there */
    if (calendarField(el, newCtx()) && parseDate(value)) {
      return { ok: true, mode: 'pick', ref: refOf(el) };
    }
    if (isEditable(el) && el.localName === 'input') {
      const fmt = dateFormatOf(el);
      const d = fmt ? parseDate(value, /^d/.test(fmt)) : null;
      if (d && /[a-z]/i.test(value) || (d && fmt && !new RegExp('^' + fmt.replace(/[a-z]+/g, '\\d+').replace(/[./-]/g, '\\$&') + '$').test(value))) {
        return { ok: true, mode: 'type', value: formatDate(d, fmt), format: fmt };
      }
    }
    return { ok: true, mode: 'type', value };
  }

  const MONTH_RE = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{4})\b/i;

  /* A button (not a field) that opens a calendar: its name or label says a
   * date, or it says it opens a popup and its classes say date. */
  const DATE_NAMES = /\b(date|dates|day|days|calendar|check ?in|check ?out|depart(ure)?|return|arrival|arrive|when|stay)\b/i;
  function dateOpener(el, c) {
    if (isEditable(el) || /^(input|select|textarea|a)$/.test(el.localName)) return false;
    /* one that shows the dates picked on it so far ("2026-12-18 \u2192 ?") */
    if (showsDates(textOf(el, c)) && (attrRole(el) === 'button' || el.hasAttribute('aria-haspopup') || el.hasAttribute('tabindex'))) return true;
    const names = sources(el, c).map(([t]) => t).join(' ') + ' ' + attrWords(el);
    return DATE_NAMES.test(names) &&
      (el.hasAttribute('aria-haspopup') || /date|calendar|picker/i.test(attrWords(el)) || /\b(select|pick|choose|add|enter|set|any)\s+(a |the |your )?(dates?|days?)\b/i.test(textOf(el, c)));
  }

  /* Whether a text is a date or a range of dates and little else: what a
   * calendar's button shows once a day is picked. */
  const DATE_IN = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?(\s+\d{4})?\b|\b[a-z]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?\b(,?\s+\d{4})?/gi;
  function showsDates(t) {
    const found = (t.match(DATE_IN) || []).filter((x) => /^\d/.test(x) && !/[a-z]/i.test(x) || monthOf(x.replace(/[^a-z]+/gi, ' ').trim().split(' ')[0]));
    return found.length > 0 && found.length <= 2 && t.length <= 60 && collapse(t.replace(DATE_IN, ' ')).replace(/[\s\u2013\u2014\u2192\u2026?>-]+/g, ' ').trim().split(' ').filter(Boolean).length <= 2;
  }

  /* A read-only text field that a calendar fills: it shows a date format,
   * or its names say a date and it says it opens a popup or a picker. */
  function calendarField(el, c) {
    if (el.localName !== 'input' || !/^(text|)$/.test(el.type) || !isReadOnly(el)) return false;
    if (dateFormatOf(el)) return true;
    const names = sources(el, c).map(([t]) => t).join(' ') + ' ' + (el.getAttribute('placeholder') || '') + ' ' + attrWords(el);
    return DATE_NAMES.test(names) && (el.hasAttribute('aria-haspopup') || /date|calendar|picker/i.test(attrWords(el)) || /\u2013|\u2014| - | to /.test(el.getAttribute('placeholder') || ''));
  }

  /* The day cells of a part of the page: its leaves that say a day number. */
  function dayLeaves(root, c) {
    const out = [];
    for (const x of root.querySelectorAll('td,th,[role=gridcell],button,a,span,div,li,abbr,time')) {
      /* its children first: a part with several is no day, and reading the
       * text of every wrapper of a big page costs */
      if (kidsOf(x).length > 1) continue;
      const t = collapse(x.textContent);
      if (!/^\d{1,2}$/.test(t) || +t < 1 || +t > 31) continue;
      if (kidsOf(x).length === 1 && collapse(kidsOf(x)[0].textContent) !== t) continue;
      if (kidsOf(x).length === 1 && kidsOf(x)[0].localName !== 'span' && !/^(a|button|abbr|time)$/.test(kidsOf(x)[0].localName)) continue;
      out.push(x);
    }
    return out;
  }

  /* A visible calendar: the smallest part of the page that shows 28 day
   * numbers or more (a table, a grid of divs or buttons), nearest the
   * field; its widget is the part around it whose header says the month. */
  function calendarOf(field, c) {
    /* a calendar shown on the page itself (no field opens it) is its own field */
    if (field && !isEditable(field) && field.localName !== 'input' && new Set(dayLeaves(field, c).filter((x) => isVisible(x, c)).map((x) => collapse(x.textContent))).size >= 28) return calendarAround(field, c);
    let best = null, bs = -Infinity;
    for (const el of dayGrids(field ? field.ownerDocument || document : document, c)) {
      if (field && (el === field || composedContains(el, field))) continue;
      /* the smallest, then the nearest */
      const score = -el.querySelectorAll('*').length - (field ? 0.01 * gap(field, el) : 0);
      if (score > bs) { best = el; bs = score; }
    }
    return best ? calendarAround(best, c) : null;
  }

  /* a calendar's grid and its widget: the part around it whose header says the month */
  function calendarAround(grid, c) {
    let w = grid;
    for (let up = 0; w && up < 5 && !MONTH_RE.test(textOf(w, c)) && !w.querySelector('select'); up++) w = w.parentElement;
    return { grid, widget: w && (MONTH_RE.test(textOf(w, c)) || w.querySelector('select')) ? w : grid };
  }

  /* The month a calendar shows: its header's "April 2026", or its month
   * and year dropdowns; months since year 0, or null. */
  function calendarMonth(cal, c) {
    /* its dropdowns first: their options are no header */
    let mo = 0, yr = 0;
    for (const sel of cal.widget.querySelectorAll('select')) {
      const t = sel.selectedOptions[0] ? collapse(sel.selectedOptions[0].text) : '';
      if (monthOf(t)) mo = monthOf(t);
      else if (/^\d{4}$/.test(t)) yr = +t;
    }
    const m = MONTH_RE.exec(collapse(Array.from(cal.widget.querySelectorAll('*')).filter((x) => !x.closest('select') && !kidsOf(x).length).map((x) => x.textContent).join(' ')));
    if (m && !(mo && yr)) return { at: +m[2] * 12 + monthOf(m[1]) - 1, text: m[0] };
    return mo && yr ? { at: yr * 12 + mo - 1, text: mo + '/' + yr } : null;
  }

  /* The control that moves a calendar a month forward (fwd) or back: the
   * smallest clickable whose name or glyph says so, in the calendar or
   * the popup around it (a bar of arrows above months side by side), the
   * nearest first; never past the form or the page. */
  function calendarStep(cal, fwd, c) {
    const word = fwd ? /\bnext\b|forward|later|\u203a|\u00bb|\u2192|\u25b6|\u276f|^>$|chevron-?right|arrow-?right/i : /\bprev(ious)?\b|back|earlier|\u2039|\u00ab|\u2190|\u25c0|\u276e|^<$|chevron-?left|arrow-?left/i;
    let best = null, bn = Infinity;
    for (let root = cal.widget, up = 0; root && up < 4 && !best && root.localName !== 'body' && (up < 2 || root.localName !== 'form'); root = root.parentElement, up++) {
      for (const b of root.querySelectorAll('a,button,[role=button],span,div,th,i,svg')) {
        /* a page's own handlers are not seen from here: a part that can
         * take the focus, or says its name, may be the arrow too */
        if (!isVisible(b, c) || !(isClickable(b, c) || /^(a|button)$/.test(b.localName) || b.hasAttribute('tabindex') || b.hasAttribute('title') || b.hasAttribute('aria-label'))) continue;
        const own = collapse(b.textContent);
        if (own.length > 20 || /^\d+$/.test(own)) continue;
        const names = [own, b.getAttribute('title'), b.getAttribute('aria-label'), attrWords(b)].filter(Boolean).join(' ');
        if (!word.test(names)) continue;
        const n = b.querySelectorAll('*').length;
        if (n < bn) { best = b; bn = n; }
      }
    }
    return best;
  }

  /* The smallest parts of root (not root itself, nor the page's body)
   * that show 28 day numbers or more, each a month's grid, in page order. */
  function dayGrids(root, c) {
    const counts = new Map();
    for (const x of dayLeaves(root, c)) {
      if (!isVisible(x, c)) continue;
      const d = collapse(x.textContent);
      for (let n = x.parentElement, up = 0; n && up < 5 && n !== root && n.localName !== 'body'; n = n.parentElement, up++) {
        let set = counts.get(n);
        if (!set) counts.set(n, (set = new Set()));
        set.add(d);
      }
    }
    const big = Array.from(counts).filter(([, set]) => set.size >= 28).map(([el]) => el);
    return big.filter((el) => !big.some((o) => o !== el && el.contains(o)));
  }

  /* The months a calendar shows side by side (two months in one popup):
   * each grid with the month its own header says, earliest first
   * ([{grid, widget, at, text}]); the calendar alone when it shows one. */
  function calendarPanes(cal, c) {
    const own = calendarMonth(cal, c);
    const one = [Object.assign({}, cal, own || {})];
    for (let box = cal.widget, up = 0; up < 3 && box.parentElement && !/^(body|form)$/.test(box.parentElement.localName); up++) {
      box = box.parentElement;
      const grids = dayGrids(box, c);
      if (grids.length < 2) continue;
      const panes = grids.map((g) => { const a = calendarAround(g, c); return Object.assign(a, calendarMonth(a, c) || {}); });
      if (panes.some((p) => p.at == null) || new Set(panes.map((p) => p.at)).size !== panes.length) return one;
      return panes.sort((a, b) => a.at - b.at).map((p) => Object.assign(p, { box }));
    }
    return one;
  }

  /* A day of a calendar whose cells say their whole date ("Thursday 31
   * December 2026" as aria-label or title): the one that says d. */
  function calendarDayByLabel(root, d, c) {
    for (const x of root.querySelectorAll('[aria-label],[title]')) {
      /* "Sunday, January 3, 2027", "3 January 2027 (available)" */
      const t = collapse(x.getAttribute('aria-label') || x.getAttribute('title')).replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
      const p = /\d/.test(t) && t.length < 60 ? parseDate(t) || parseDate(t.replace(/\s*[(;].*$|,\s*[a-z][^,]*$/i, '')) : null;
      if (p && p.y === d.y && p.m === d.m && p.d === d.d && isVisible(x, c) && !x.disabled && x.getAttribute('aria-disabled') !== 'true') return x;
    }
    return null;
  }

  /* The cell of day d in a month's grid: one that is no day of another
   * month or disabled; its link or button when it holds one. */
  function calendarDay(grid, d, c) {
    const OTHER = /other-?month|outside|disabled|muted|prev-?month|next-?month|\bold\b|\bnew\b|adjacent|blank|empty/i;
    for (const x of dayLeaves(grid, c)) {
      if (collapse(x.textContent) !== String(d.d) || !isVisible(x, c)) continue;
      const cell = x.closest('td,[role=gridcell]') || x;
      if (OTHER.test(attrWords(cell)) || OTHER.test(attrWords(x)) || cell.getAttribute('aria-disabled') === 'true' || x.disabled) continue;
      return x.querySelector && x.querySelector('a,button') ? x.querySelector('a,button') : x;
    }
    return null;
  }

  /* The control that closes an open calendar keeping what was picked: a
   * button of its widget (or its popup) named done, close, apply, ok, or
   * a close glyph; never a day or a month step. */
  function calendarCloser(cal, c) {
    const word = /^(done|close|ok|okay|apply|confirm|save|select|choose|set|use (these|this) dates?|select dates?|apply dates?|confirm dates?|\u00d7|\u2715|\u2716|x)$/i;
    for (let root = cal.widget, up = 0; root && up < 3 && root.localName !== 'body' && root.localName !== 'form'; root = root.parentElement, up++) {
      for (const b of root.querySelectorAll('button,[role=button],a')) {
        if (!isVisible(b, c) || composedContains(cal.grid, b)) continue;
        const names = [collapse(b.textContent), b.getAttribute('aria-label'), b.getAttribute('title')].filter(Boolean);
        if (names.some((t) => word.test(t.trim()))) return b;
      }
    }
    return null;
  }

  /* The − and + of a stepper: the buttons beside its number (in its
   * parent, or the parent's parent), read as an item's quantity buttons
   * are (17-items.js itGrade). {plus, minus}, or null without both. */
  function stepButtons(el, c) {
    const qty = { verb: 'qty' };
    for (let box = parentOf(el), k = 0; box && k < 2; box = parentOf(box), k++) {
      const got = { plus: [], minus: [] };
      for (const b of ipClickables(c, box)) {
        if (!isVisible(b, c) || isDisabled(b)) continue;
        const g = itGrade(b, qty, c);
        if (g && (g.act === 'plus' || g.act === 'minus')) got[g.act].push(b);
      }
      /* more than one pair: a list of steppers, whose is whose unknown */
      if (got.plus.length > 1 || got.minus.length > 1) return null;
      if (got.plus.length && got.minus.length) return { plus: got.plus[0], minus: got.minus[0] };
    }
    return null;
  }

  /* the way each stepper was last pressed (stepTo) */
  const STEP_DIR = new WeakMap();

  /* One move of a stepper toward wanted: the button to press, or done
   * once its number is wanted (read from aria-valuenow, else its text). */
  function stepTo(ref, wanted) {
    const el = deref(ref), c = newCtx();
    if (!el) return GONE;
    const now = parseFloat(el.getAttribute('aria-valuenow') != null ? el.getAttribute('aria-valuenow') : textOf(el, c));
    if (!isFinite(now)) return { ok: false, error: 'the stepper does not say its number' };
    if (now === wanted) { STEP_DIR.delete(el); return { ok: true, done: true }; }
    /* a press that carried the number past wanted: its step skips it */
    const dir = Math.sign(wanted - now), was = STEP_DIR.get(el);
    if (was && was !== dir) {
      STEP_DIR.delete(el);
      return { ok: false, error: 'the stepper goes past ' + wanted + ' (it shows ' + now + ')' };
    }
    STEP_DIR.set(el, dir);
    const b = stepButtons(el, c);
    const btn = b && (now < wanted ? b.plus : b.minus);
    if (!btn) return { ok: false, error: 'the stepper has no button to go from ' + now + ' to ' + wanted };
    return { ok: true, click: describe(btn, c) };
  }

  /* One move toward value on the calendar of a date field: open it, go to
   * the next or previous month, or click the day. The caller clicks and
   * asks again: {ok, click: element, done} or {ok:false, error}. */
  function pickDate(ref, value, close) {
    const field = deref(ref);
    if (!field) return GONE;
    const d = parseDate(value);
    if (!d) return { ok: false, error: '"' + value + '" is not a date' };
    const c = newCtx();
    const cal = calendarOf(field, c);
    /* the day is picked: a calendar still open (it would cover what is
     * next) is closed by its own Done / Close / Apply control */
    if (close) {
      const b = cal && calendarCloser(cal, c);
      return { ok: true, click: b ? describe(b, c) : undefined, done: true };
    }
    if (!cal) return { ok: true, click: describe(field, c), opening: true };
    /* month and year dropdowns: set them */
    for (const sel of cal.widget.querySelectorAll('select')) {
      const opts = Array.from(sel.options);
      const byYear = opts.find((o) => collapse(o.text) === String(d.y));
      const byMonth = opts.find((o) => monthOf(collapse(o.text)) === d.m);
      const o = byYear || byMonth;
      if (o && !o.selected) { setOption(sel, o); return { ok: true, again: true }; }
    }
    /* months side by side: the day under its own month's header, or the
     * arrows until one of them shows it */
    const panes = calendarPanes(cal, c);
    const labelled = calendarDayByLabel(panes[0].box || cal.widget, d, c);
    if (labelled) return { ok: true, click: describe(labelled, c), done: true };
    const want = d.y * 12 + d.m - 1;
    const hit = panes.find((p) => p.at === want);
    const shown = (hit || panes[0].at == null) ? null : panes[0];
    if (shown) {
      const fwd = want > shown.at;
      const last = panes[panes.length - 1];
      const b = calendarStep(panes.length > 1 ? { widget: shown.box } : cal, fwd, c);
      if (b) return { ok: true, click: describe(b, c), month: panes.length > 1 ? shown.text + ' to ' + last.text : shown.text };
      return { ok: false, error: 'the calendar shows ' + (panes.length > 1 ? shown.text + ' to ' + last.text : shown.text) + ' and has no ' + (fwd ? 'next' : 'previous') + ' month button' };
    }
    const day = calendarDay(hit ? hit.grid : cal.grid, d, c);
    if (day) return { ok: true, click: describe(day, c), done: true };
    if (!hit && panes[0].at == null && !calendarMonth(cal, c)) return { ok: false, error: 'the calendar does not say which month it shows' };
    return { ok: false, error: 'no day ' + d.d + ' on the calendar' };
  }

  /* The number a slider shows: its aria-valuenow, or the number written
   * next to it that changed last. */
  function sliderValue(ref) {
    const el = deref(ref);
    if (!el) return GONE;
    const now = parseFloat(el.getAttribute('aria-valuenow'));
    if (isFinite(now)) return { ok: true, value: now };
    let best = null, bf = -1;
    for (let n = el.parentElement, up = 0; n && up < 3; n = n.parentElement, up++) {
      for (const x of [n, ...n.querySelectorAll('*')]) {
        if (composedContains(el, x) || !hasOwnText(x)) continue;
        const t = collapse(Array.from(x.childNodes).filter((k) => k.nodeType === 3).map((k) => k.data).join(' '));
        const m = /^[^\d-]{0,20}?(-?\d+(?:\.\d+)?)\s*%?$/.exec(t);
        if (!m || t.length > 30) continue;
        const f = freshness(x);
        if (f > bf) { bf = f; best = parseFloat(m[1]); }
      }
      if (best != null) break;
    }
    return { ok: true, value: best };
  }

  /* The value an element holds now, as a person reads it. */
  function valueNow(ref) {
    const el0 = deref(ref);
    if (!el0) return GONE;
    const el = labelControl(el0) || el0;
    if (roleOf(el) === 'slider' || roleOf(el) === 'spinbutton') {
      const v = el.localName === 'input' ? el.value : el.getAttribute('aria-valuetext') || el.getAttribute('aria-valuenow');
      return { ok: true, value: v == null ? null : String(v) };
    }
    if (el.localName === 'select') return { ok: true, value: el.selectedOptions[0] ? collapse(el.selectedOptions[0].text) : '' };
    const v = valueOf(el, newCtx());
    return { ok: true, value: v == null ? null : String(v), checked: checkedOf(el) };
  }

  /* Form controls a value can go into, one entry per radio group. */
  function formControls(c) {
    const out = [], groups = new Map();
    for (const el of c.all()) {
      if (!candidateEl(el) || isDisabled(el) || rgCounterNumber(el)) continue;
      const t = el.localName, r = roleOf(el);
      let kind = null;
      if (t === 'input' && el.type === 'radio') kind = 'radio';
      else if (isCheckable(el)) kind = r === 'radio' ? 'radio' : 'check';
      else if (t === 'select') kind = 'select';
      else if (t === 'input' && /^(date|time|datetime-local|month|week|range|color)$/.test(el.type)) kind = 'value';
      else if (r === 'slider' || r === 'spinbutton') kind = 'value';
      else if (isEditable(el)) kind = 'text';
      else if (r === 'combobox' || r === 'listbox') kind = 'select';
      if (!kind || !visibleFor(el, kind === 'radio' || kind === 'check' ? 'check' : 'any', c)) continue;
      if (kind === 'radio') {
        /* a name groups radios of one tree: each card's shadow root has its own "size" */
        const root = el.getRootNode();
        const key = (el.name || '') + '|' + (formOf(el) ? c.order.get(formOf(el)) : '') + '|' + (el.name ? '' : c.order.get(el.parentElement)) + '|' + (root.host ? c.order.get(root.host) : '');
        let g = groups.get(key);
        if (!g) { g = { kind: 'radio', el, radios: [] }; groups.set(key, g); out.push(g); }
        g.radios.push(el);
        continue;
      }
      out.push({ kind, el });
    }
    return out;
  }

  function groupNames(g, c) {
    const names = [];
    const el = g.el;
    const gl = groupLabel(el, c);
    if (gl) names.push([gl, 1]);
    if (el.name) names.push([humanize(el.name), 0.85]);
    /* the text before the group: "Role: ( ) Admin ( ) User" */
    const first = g.radios[0];
    let p = first.parentElement;
    for (let up = 0; p && up < 3; up++, p = p.parentElement) {
      if (g.radios.every((r) => p.contains(r))) {
        const prev = p.previousElementSibling;
        if (prev && textOf(prev, c).length <= 60) names.push([textOf(prev, c), 0.85]);
        const own = Array.from(p.childNodes).filter((n) => n.nodeType === 3).map((n) => n.data).join(' ');
        if (collapse(own)) names.push([collapse(own), 0.8]);
        break;
      }
    }
    return names;
  }

  function controlScore(label, ctl, c) {
    const names = ctl.kind === 'radio' ? groupNames(ctl, c) : sources(ctl.el, c);
    let best = 0;
    for (const [t, w] of names) best = Math.max(best, nameScore(label, t) * w);
    return best;
  }

  function radioFor(g, value, c) {
    let best = null, bs = 0;
    for (const r of g.radios) {
      for (const [t, w] of sources(r, c)) {
        const s = textScore(value, t) * w;
        if (s > bs) { bs = s; best = r; }
      }
    }
    return bs >= THRESHOLD ? best : null;
  }

  /* "given name Ada" read as label "given", value "name Ada": words move
   * from the value to the label while a field's name fits them better. */
  function resplit(p, ctls, c) {
    const best = (label) => Math.max(0, ...ctls.map((k) => controlScore(label, k, c)));
    let top = p, ts = best(p.label);
    const words = p.value.split(/\s+/);
    for (let k = 1; k < words.length && k <= 3; k++) {
      const label = p.label + ' ' + words.slice(0, k).join(' ');
      const s = best(label);
      if (s > ts + 0.1) { ts = s; top = { i: p.i, label, value: words.slice(k).join(' ') }; }
    }
    return top;
  }

  /* For a whole form ("name Ada, email a@b.c, role Admin"): the control
   * each label names, each control used once, best pairs first. pairs:
   * [{label, value}]. Returns {ok, fields: [{label, value, kind, ref}]}
   * or {ok:false, error, candidates}. */
  function fillPlan(pairs) {
    const c = newCtx();
    const ctls = formControls(c);
    if (!ctls.length) return { ok: false, error: 'no form fields on the page' };
    pairs = (Array.isArray(pairs) ? pairs : []).map((p, i) => resplit({ i, label: String(p.label || ''), value: String(p.value == null ? '' : p.value) }, ctls, c));
    const cells = [];
    for (const p of pairs) {
      for (let j = 0; j < ctls.length; j++) {
        let s = controlScore(p.label, ctls[j], c);
        /* a radio group whose option is the value ("role Admin") */
        if (ctls[j].kind === 'radio' && s < THRESHOLD && radioFor(ctls[j], p.value, c)) s = Math.max(s, 0.5);
        if (ctls[j].kind === 'select' && ctls[j].el.localName === 'select' && s < THRESHOLD && bestOption(ctls[j].el, p.value).score >= 0.9) s = Math.max(s, 0.5);
        if (s >= 0.45) cells.push({ p, j, s });
      }
    }
    cells.sort((a, b) => b.s - a.s);
    const usedP = new Set(), usedC = new Set(), plan = new Array(pairs.length).fill(null);
    for (const x of cells) {
      if (usedP.has(x.p.i) || usedC.has(x.j)) continue;
      usedP.add(x.p.i); usedC.add(x.j);
      plan[x.p.i] = x;
    }
    const fields = [];
    for (const p of pairs) {
      const x = plan[p.i];
      if (!x) {
        return { ok: false, error: 'no field for "' + p.label + '"', candidates: ctls.slice(0, 8).map((k) => candDesc(k.el, controlScore(p.label, k, c), c)) };
      }
      const ctl = ctls[x.j];
      let el = ctl.el;
      if (ctl.kind === 'radio') {
        el = radioFor(ctl, p.value, c);
        if (!el) return { ok: false, error: 'no choice "' + p.value + '" for "' + p.label + '"' };
        el = checkLabelOrSelf(el, c);
      }
      fields.push({ label: p.label, value: p.value, kind: ctl.kind, ref: refOf(el), name: clip(accName(el, c), 80), score: Math.round(x.s * 1000) / 1000 });
    }
    return { ok: true, fields };
  }


  /* ------------------------------------------------------------------ */
  /* fields: focus, clear, select, submit                                */

  function focus(ref) {
    const el = touch(deref(ref));
    if (!el) return GONE;
    scrollIntoView(el);
    try { el.focus({ preventScroll: true }); } catch (e) { /* not focusable */ }
    const a = deepActive();
    return { ok: true, focused: a === el || composedContains(el, a) };
  }

  function blur() {
    const a = deepActive();
    if (a && a.blur && a.localName !== 'body') a.blur();
    return { ok: true };
  }

  function clear(ref) {
    const el = touch(deref(ref));
    if (!el) return GONE;
    if (!isEditable(el)) return { ok: false, error: 'the element is not a text field' };
    const win = winOf(el), doc = el.ownerDocument;
    try { el.focus({ preventScroll: true }); } catch (e) { /* ignore */ }
    if (el.localName === 'input' || el.localName === 'textarea') {
      if (el.value === '') return { ok: true, value: '' };
      try { el.select(); } catch (e) { try { el.setSelectionRange(0, el.value.length); } catch (e2) { /* no selection API */ } }
      let done = false;
      try { done = doc.execCommand('delete', false); } catch (e) { done = false; }
      if (!done || el.value !== '') {
        const proto = el.localName === 'input' ? win.HTMLInputElement.prototype : win.HTMLTextAreaElement.prototype;
        const d = Object.getOwnPropertyDescriptor(proto, 'value');
        if (d && d.set) d.set.call(el, ''); else el.value = '';
        el.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
      }
      return { ok: el.value === '', value: el.value };
    }
    /* contenteditable */
    const sel = (el.getRootNode && el.getRootNode().getSelection) ? el.getRootNode().getSelection() : win.getSelection();
    try {
      const range = doc.createRange();
      range.selectNodeContents(el);
      sel.removeAllRanges();
      sel.addRange(range);
      doc.execCommand('delete', false);
    } catch (e) { /* fall through */ }
    if (collapse(el.textContent)) {
      el.textContent = '';
      el.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
    }
    return { ok: true, value: collapse(el.textContent) };
  }

  function optionScore(text, o) {
    const s = Math.max(textScore(text, o.text), textScore(text, o.label || ''), o.value ? textScore(text, o.value) * 0.98 : 0);
    return s >= 0.99 ? s : Math.max(s, sameWhen(text, o.text) || sameWhen(text, o.value || ''), inSpan(text, o.text), sameLanguage(text, o));
  }

  /* A language picker lists each language in its own words ("Español",
   * "日本語") or by its code ("es", "pt-BR"): "set the language to
   * Spanish" is that option. English name, own name, code. */
  const LANGUAGES = [['english', 'english', 'en'], ['spanish', 'español', 'es'], ['french', 'français', 'fr'], ['german', 'deutsch', 'de'],
    ['italian', 'italiano', 'it'], ['portuguese', 'português', 'pt'], ['dutch', 'nederlands', 'nl'], ['polish', 'polski', 'pl'],
    ['swedish', 'svenska', 'sv'], ['norwegian', 'norsk', 'no'], ['danish', 'dansk', 'da'], ['finnish', 'suomi', 'fi'],
    ['japanese', '日本語', 'ja'], ['chinese', '中文', 'zh'], ['korean', '한국어', 'ko'], ['russian', 'русский', 'ru'],
    ['ukrainian', 'українська', 'uk'], ['arabic', 'العربية', 'ar'], ['hebrew', 'עברית', 'he'], ['turkish', 'türkçe', 'tr'],
    ['greek', 'ελληνικά', 'el'], ['czech', 'čeština', 'cs'], ['hungarian', 'magyar', 'hu'], ['romanian', 'română', 'ro'],
    ['catalan', 'català', 'ca'], ['welsh', 'cymraeg', 'cy'], ['irish', 'gaeilge', 'ga'], ['hindi', 'हिन्दी', 'hi'],
    ['thai', 'ไทย', 'th'], ['vietnamese', 'tiếng việt', 'vi'], ['indonesian', 'bahasa indonesia', 'id'], ['croatian', 'hrvatski', 'hr'],
    ['slovak', 'slovenčina', 'sk'], ['bulgarian', 'български', 'bg'], ['icelandic', 'íslenska', 'is'], ['estonian', 'eesti', 'et']];
  function sameLanguage(text, o) {
    const t = collapse(text).toLowerCase();
    const lang = LANGUAGES.find((l) => l[0] === t || l[1] === t);
    if (!lang) return 0;
    const own = collapse(o.text).toLowerCase().replace(/\s*\(.*\)$/, '');
    const code = collapse(o.value || '').toLowerCase().split(/[-_]/)[0];
    return own === lang[0] || own === lang[1] || code === lang[2] ? 0.95 : 0;
  }

  /* A number or a time said alone ("23", "around 11pm") as a point on
   * one scale: {at, time}, or null. Times count in minutes of the day. */
  function spanPoint(text) {
    const t = collapse(text).replace(/^(about|around|roughly|approximately|approx\.?|circa|ca\.?|by|at)\s+/i, '');
    if (/^\d+([.,]\d+)?$/.test(t)) return { at: parseFloat(t.replace(',', '.')), time: false };
    const tm = /\d/.test(t) && /[:.]\d\d|[ap]\.?m\.?$/i.test(t) && t.length <= 12 ? parseTime(t) : null;
    return tm ? { at: tm.h * 60 + tm.m, time: true } : null;
  }

  /* 0.9 when the option names a span of numbers or times that holds the
   * value ("23" in "18-24", "70+", "Under 18", "25 or older"; "11pm" in
   * "After 22:00", "20:00 - 22:00"), else 0: a dropdown of age bands or
   * of parts of the day takes the number said, not only its own words. */
  function inSpan(text, opt) {
    const p = spanPoint(text);
    if (!p) return 0;
    const t = collapse(opt).toLowerCase();
    const NUM = p.time ? '(\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?)' : '(\\d+(?:[.,]\\d+)?)';
    const val = (x) => {
      if (!p.time) return parseFloat(x.replace(',', '.'));
      const tm = parseTime(/[:.]|[ap]\.?m/i.test(x) ? x : x + ':00');
      return tm ? tm.h * 60 + tm.m : NaN;
    };
    if (p.time && !/[:.]\d\d|[ap]\.?m|\bnoon\b|\bmidnight\b/.test(t)) return 0;
    if (!p.time && /[:.]\d\d\b|\d\s*[ap]\.?m\b/.test(t)) return 0;
    let lo = -Infinity, hi = Infinity, m;
    if ((m = new RegExp(NUM + '\\s*(?:-|\u2013|\u2014|to|until|till|and)\\s*' + NUM).exec(t))) { lo = val(m[1]); hi = val(m[2]); }
    else if ((m = new RegExp(NUM + '\\s*(?:\\+|or (?:more|older|over|above|later)|and (?:over|above|up|older|later)|plus)').exec(t)) ||
      (m = new RegExp('(?:over|above|from|after|at least|older than|more than|later than|min(?:imum)?\\.?)\\s*' + NUM).exec(t))) lo = val(m[1]);
    else if ((m = new RegExp('(?:under|below|before|less than|younger than|up to|until|till|at most|max(?:imum)?\\.?|earlier than)\\s*' + NUM).exec(t)) ||
      (m = new RegExp(NUM + '\\s*(?:or (?:less|younger|under|below|earlier)|and (?:under|below|younger|earlier))').exec(t))) hi = val(m[1]);
    else return 0;
    if (isNaN(lo) || isNaN(hi)) return 0;
    /* "under 18", "before 18:00", "over 70", "after 22:00": the bound itself is outside */
    const open = /\b(under|below|before|less than|younger than|earlier than)\b/.test(t) ? 'hi' : /\b(over|above|after|older than|more than|later than)\b/.test(t) ? 'lo' : '';
    if (p.time && hi < lo) return p.at >= lo || p.at <= hi ? 0.9 : 0; /* "22:00 - 02:00" over midnight */
    const ok = (open === 'lo' ? p.at > lo : p.at >= lo) && (open === 'hi' ? p.at < hi : p.at <= hi);
    return ok ? 0.9 : 0;
  }

  /* 1 when a and b say the same time ("2:45 pm", "14:45") or the same day
   * ("21 April 2026", "2026-04-21"), else 0: an option of a time or date
   * dropdown written another way */
  function sameWhen(a, b) {
    const ta = /\d/.test(a) && parseTime(a), tb = ta && parseTime(b);
    if (ta && tb && ta.h === tb.h && ta.m === tb.m && /[:.]|[ap]\.?m/i.test(b)) return 1;
    const da = /\d/.test(a) && parseDate(a), db = da && parseDate(b);
    return da && db && da.y === db.y && da.m === db.m && da.d === db.d ? 1 : 0;
  }

  function bestOption(sel, text) {
    let best = null, bs = 0;
    for (const o of sel.options) {
      let s = optionScore(text, o);
      if (o.disabled) s *= 0.8;
      if (s > bs) { bs = s; best = o; }
    }
    return { opt: best, score: bs };
  }

  /* words that carry no meaning an option could share */
  const OPT_STOP = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'i', 'im', 'we', 'me', 'us', 'it', 'its', 'is', 'are', 'was', 'be', 'to', 'of',
    'and', 'or', 'for', 'with', 'that', 'this', 'in', 'on', 'at', 'as', 'by', 'because', 'about', 'so', 'some', 'other', 'please', 'reason', 'just']);
  /* two words of one stem: equal, a typo apart, or sharing their first
   * six letters ("relocating", "relocation") */
  function sameStem(a, b) {
    if (a === b) return true;
    if (/\d/.test(a) || /\d/.test(b)) return false;
    if (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6)) return true;
    return a.length >= 5 && b.length >= 5 && typoDist(a, b) > 0;
  }

  /* The option of a dropdown nearest in meaning to a statement ("the
   * reason is that I'm moving abroad": Moving home or relocation; "it's
   * a duplicate": Duplicate of another issue): the one option sharing the
   * most words (by stem) with it, {opt, score 0.6..0.85}, or null when
   * none shares one or two share as many. */
  function optionByWords(sel, text) {
    const opts = Array.from(sel.options).filter((o) => !o.disabled && o.value !== '');
    /* a word most options share ("desk" of three kinds of desk) tells none apart */
    const common = (t) => opts.filter((o) => tokens(o.text).some((h) => sameStem(t, h))).length >= Math.max(2, opts.length / 2);
    const want = tokens(text).filter((t) => !OPT_STOP.has(t) && t.length >= 3 && !common(t));
    if (!want.length) return null;
    let best = null, bs = 0, tie = false;
    for (const o of opts) {
      const have = tokens(o.text).filter((t) => !OPT_STOP.has(t));
      if (!have.length) continue;
      const hit = want.filter((t) => have.some((h) => sameStem(t, h))).length;
      if (!hit) continue;
      const s = hit + hit / have.length;
      if (s > bs + 1e-9) { best = o; bs = s; tie = false; } else if (Math.abs(s - bs) < 1e-9) tie = true;
    }
    if (!best || tie) return null;
    const have = tokens(best.text).filter((t) => !OPT_STOP.has(t)).length;
    const hit = Math.floor(bs);
    return { opt: best, score: Math.min(0.85, 0.6 + 0.25 * Math.min(1, hit / Math.min(have, want.length))) };
  }

  function optionList(sel) {
    const list = Array.from(sel.options).map((o) => '"' + clip(o.text, 40) + '"');
    return list.slice(0, 20).join(', ') + (list.length > 20 ? ', ... (' + list.length + ' options)' : '');
  }

  function setOption(sel, opt) {
    const win = winOf(sel);
    try { sel.focus({ preventScroll: true }); } catch (e) { /* ignore */ }
    if (sel.multiple) opt.selected = true;
    else sel.selectedIndex = opt.index;
    sel.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    sel.dispatchEvent(new win.Event('change', { bubbles: true }));
    return { ok: true, selected: collapse(opt.text), value: opt.value, ref: refOf(sel) };
  }

  /* "choose the third option": the nth option a person can pick (not a
   * disabled "Please select" placeholder), counted from the end when n < 0 */
  function nthOption(sel, n) {
    const opts = Array.from(sel.options).filter((o) => !o.disabled && !(o.index === 0 && o.value === ''));
    return opts[n > 0 ? n - 1 : opts.length + n] || null;
  }

  function selectOption(ref, text) {
    text = text == null ? '' : String(text);
    const c = newCtx();
    const nth = /^#(-?\d+)$/.exec(text);
    if (nth) {
      let sel = ref != null ? touch(deref(ref)) : null;
      if (sel && sel.localName !== 'select') sel = labelControl(sel) || (sel.querySelector && sel.querySelector('select'));
      if (!sel) {
        const sels = c.all().filter((e) => e.localName === 'select' && isVisible(e, c) && !e.disabled);
        if (sels.length !== 1) return { ok: false, error: sels.length ? sels.length + ' dropdowns on the page; say which' : 'no dropdown on the page' };
        sel = sels[0];
      }
      const opt = sel && sel.localName === 'select' ? nthOption(sel, +nth[1]) : null;
      if (!opt) return { ok: false, error: 'the dropdown has no option ' + nth[1] + '; options: ' + (sel && sel.options ? optionList(sel) : 'none') };
      return setOption(sel, opt);
    }
    if (ref != null) {
      let el = touch(deref(ref));
      if (!el) return GONE;
      const ctl = labelControl(el);
      if (ctl) el = ctl;
      /* a list box named by its label: its trigger opens and shows it */
      const trig = attrRole(el) === 'listbox' ? listTrigger(el) : null;
      if (trig) el = trig;
      if (el.localName !== 'select') {
        /* a wrapper around a <select> */
        const inner = el.querySelector && el.querySelector('select');
        if (inner) el = inner;
      }
      if (el.localName !== 'select') return { ok: false, needClick: true, error: 'not a native <select>: click it open, then click the option', ref: refOf(el) };
      if (el.disabled) return { ok: false, error: 'the dropdown is disabled' };
      const { opt, score } = bestOption(el, text);
      if (!opt || score < THRESHOLD) return { ok: false, error: 'no option "' + text + '" in <select>; options: ' + optionList(el) };
      return setOption(el, opt);
    }
    const sels = c.all().filter((e) => e.localName === 'select' && isVisible(e, c));
    const custom = c.all().filter((e) => (attrRole(e) === 'combobox' || attrRole(e) === 'listbox' || (e.getAttribute('aria-haspopup') === 'listbox')) && isVisible(e, c));
    const pick = customPick(custom, text, c);
    const needClick = (el, option) => ({ ok: false, needClick: true, error: 'the dropdown is not a native <select>: click it open, then click the option', ref: refOf(el), option });
    if (!sels.length) {
      if (pick) return needClick(pick.el, pick.option);
      if (custom.length) return needClick(custom[0]);
      return { ok: false, error: 'no dropdown on the page' };
    }
    let best = null;
    for (const s of sels) {
      const r = bestOption(s, text);
      if (r.opt && (!best || r.score > best.score + 0.001 || (Math.abs(r.score - best.score) <= 0.001 && !s.disabled && best.sel.disabled))) best = { sel: s, opt: r.opt, score: r.score };
    }
    if (pick && (!best || pick.score > best.score)) return needClick(pick.el, pick.option);
    if (!best || best.score < THRESHOLD) {
      const lists = sels.slice(0, 3).map((s) => optionList(s)).join('; ');
      return { ok: false, error: 'no option "' + text + '" in ' + (sels.length === 1 ? '<select>' : 'any <select>') + '; options: ' + lists };
    }
    return setOption(best.sel, best.opt);
  }

  /* The custom dropdown (a trigger of a list box: ARIA, not <select>) whose
   * list holds the option text names, {el, option, score}, or null. The
   * words may name the dropdown first ("colour Teal": Teal of Colour). */
  function customPick(triggers, text, c) {
    const ws = collapse(text).split(' ');
    let best = null;
    for (const el of triggers) {
      const opts = ipListOptions(el).map((o) => collapse(o.textContent));
      const name = accName(el, c) + ' ' + collapse((el.labels && el.labels[0] && el.labels[0].textContent) || '');
      for (let k = 0; k < ws.length; k++) {
        const label = ws.slice(0, k).join(' '), want = ws.slice(k).join(' ');
        if (k && textScore(label, name) < 0.6) continue;
        for (const o of opts) {
          const s = textScore(want, o) - k * 0.01;
          if (s >= THRESHOLD && (!best || s > best.score)) best = { el, option: o, score: s };
        }
      }
    }
    return best;
  }

  /* The control that opens the list box el: the one whose aria-controls
   * or aria-owns names it, else the one list-box trigger beside it. */
  function listTrigger(el) {
    const root = el.getRootNode ? el.getRootNode() : document;
    if (el.id && root.querySelector) {
      const id = CSS.escape(el.id);
      const t = root.querySelector('[aria-controls~="' + id + '"],[aria-owns~="' + id + '"]');
      if (t && t !== el) return t;
    }
    for (let n = parentOf(el), up = 0; n && up < 2; n = parentOf(n), up++) {
      const ts = n.querySelectorAll ? Array.from(n.querySelectorAll('[aria-haspopup=listbox],[role=combobox]')).filter((x) => x !== el) : [];
      if (ts.length === 1) return ts[0];
    }
    return null;
  }

  /* After a custom dropdown's option was clicked (pick_by_clicks in
   * actions.c): {ok: false, shows} when a list box's trigger still shows
   * what it showed before (before), not the option, and no option of its
   * list is marked chosen: the click did not take. Other dropdowns (a menu
   * that acts at once) cannot say, and pass. */
  function pickShown(ref, option, before) {
    const el = deref(ref);
    if (!el) return { ok: true };
    const c = newCtx();
    const now = displayText(el, c);
    const has = (s) => !!s && (textScore(option, s) >= THRESHOLD || norm(s).includes(norm(option)));
    if (has(now) || has(String(valueOf(el, c) || ''))) return { ok: true };
    const box = el.getAttribute('aria-haspopup') === 'listbox' || /^(combobox|listbox)$/.test(attrRole(el) || '');
    if (!box || now !== before) return { ok: true };
    const opts = ipListOptions(el);
    if (opts.some((o) => o.getAttribute('aria-selected') === 'true' && has(collapse(o.textContent)))) return { ok: true };
    /* a picker whose chosen option leaves its list (a tag added) */
    if (!opts.some((o) => has(collapse(o.textContent)))) return { ok: true };
    return { ok: false, shows: now, error: 'clicked "' + clip(option, 60) + '" but the dropdown still shows "' + clip(now, 60) + '"' };
  }

  function formOf(el) {
    if (!el) return null;
    if (el.form) return el.form;
    const f = el.closest && el.closest('form');
    if (f) return f;
    const ctl = labelControl(el);
    return ctl && ctl.form ? ctl.form : null;
  }

  function submitterOf(form, c) {
    const all = Array.from(form.elements || []).filter((e) => (e.localName === 'button' && e.type === 'submit') || (e.localName === 'input' && (e.type === 'submit' || e.type === 'image')));
    const shown = all.filter((e) => isVisible(e, c) && !e.disabled);
    /* a dialog's form sends with its Close issue, not the Cancel before it
     * (a button that skips validation, or whose name takes the form back) */
    const back = (e) => e.formNoValidate || /^(cancel|back|close|dismiss|discard|never ?mind|no|reset)$/i.test(collapse(e.value && e.localName === 'input' ? e.value : e.textContent));
    return shown.find((e) => !back(e)) || shown[0] || null;
  }

  /* The button a person presses to send what the focused field holds: its
   * form's submit button, else the first button after the field in the
   * smallest part of the page around it that has one (a chat box, a
   * widget with no form). */
  /* The button a clause's form reading pressed to send its form, and the
   * count of input events when it was pressed: a "submit" right after it,
   * with nothing typed since, would send that form twice. */
  let formSent = null, inputSeq = 0;
  try {
    document.addEventListener('input', () => { inputSeq++; }, true);
    document.addEventListener('click', (e) => {
      const b = formSent && deref(formSent.ref);
      if (b && e.isTrusted && composedContains(b, (e.composedPath && e.composedPath()[0]) || e.target)) formSent.input = inputSeq;
    }, true);
  } catch (e) { /* no document */ }

  /* did the step before send the form with btn, nothing typed since, and
   * the page said nothing against it? */
  function sentBefore(btn) {
    return !!(formSent && formSent.ref === refOf(btn) && formSent.input === inputSeq && !formError(refOf(btn)).error);
  }

  function submitter() {
    const c = newCtx();
    const a = deepActive();
    /* the last field set may be a dropdown or a box as well as a text */
    const field = a && (isEditable(a) || a.localName === 'select' || /^(checkbox|radio)$/.test(a.type || '')) ? a : null;
    let form = formOf(field || (a && a.localName !== 'body' ? a : null));
    if (!field && !form) {
      const vis = c.all().filter((e) => e.localName === 'form' && (isVisible(e, c) || Array.from(e.elements).some((x) => isVisible(x, c))));
      if (vis.length === 1) form = vis[0];
    }
    if (form) {
      /* an invalid form: submitForm says why */
      if (!form.checkValidity()) return { ok: false, error: 'the form is not valid' };
      const sub = submitterOf(form, c);
      if (sub && sentBefore(sub)) return { ok: true, el: describe(sub, c), sent: true };
      return sub ? { ok: true, el: describe(sub, c) } : { ok: false, error: 'the form has no submit button' };
    }
    if (!field) return { ok: false, error: 'no form on the page' };
    const SEL = 'button,[role=button],input[type=submit],input[type=button],input[type=image]';
    for (let n = parentOf(field), up = 0; n && up < 6 && n.localName !== 'body'; n = parentOf(n), up++) {
      const btns = Array.from(n.querySelectorAll(SEL)).concat(n.shadowRoot ? Array.from(n.shadowRoot.querySelectorAll(SEL)) : [])
        .filter((x) => isVisible(x, c) && !isDisabled(x));
      if (!btns.length) continue;
      const after = btns.find((x) => field.compareDocumentPosition(x) & 4 /* FOLLOWING */) || btns[0];
      if (sentBefore(after)) return { ok: true, el: describe(after, c), sent: true };
      return { ok: true, el: describe(after, c) };
    }
    return { ok: false, error: 'no button beside the field' };
  }

  function submitForm(ref) {
    const c = newCtx();
    let form = null;
    if (ref != null) {
      const el = deref(ref);
      if (!el) return GONE;
      form = formOf(el);
      if (!form) return { ok: false, error: 'the element is not in a form' };
    } else {
      form = formOf(deepActive());
      if (!form) {
        const forms = c.all().filter((e) => e.localName === 'form');
        const vis = forms.filter((f) => isVisible(f, c) || Array.from(f.elements).some((x) => isVisible(x, c)));
        if (vis.length === 1) form = vis[0];
        else if (!forms.length) return { ok: false, error: 'no form on the page' };
        else return { ok: false, error: 'there are ' + vis.length + ' forms on the page; say which field to submit' };
      }
    }
    if (!form.checkValidity()) {
      const bad = Array.from(form.elements).find((e) => e.willValidate && !e.checkValidity());
      try { form.reportValidity(); } catch (e) { /* ignore */ }
      return { ok: false, error: 'the form is not valid' + (bad ? ': ' + (accName(bad, c) || bad.name || bad.localName) + ': ' + bad.validationMessage : ''), invalid: bad ? refOf(bad) : null };
    }
    const sub = submitterOf(form, c);
    const action = form.action;
    try {
      if (typeof form.requestSubmit === 'function') form.requestSubmit(sub || undefined);
      else form.submit();
    } catch (e) {
      form.submit();
    }
    return { ok: true, action, method: (form.method || 'get').toLowerCase() };
  }


  /* After a form's button (ref) was pressed: what the page says is wrong
   * when the form was not sent: the message of a field the browser's own
   * validation stopped, or an error line that appeared since the press.
   * {ok, error: text or null}; null too when the button is gone (the page
   * moved on). */
  function formError(ref) {
    const c = newCtx();
    const btn = ref != null ? deref(ref) : null;
    if (!btn || !btn.isConnected || !isVisible(btn, c)) return { ok: true, error: null };
    const form = formOf(btn);
    if (form && !form.noValidate && !form.checkValidity()) {
      const bad = Array.from(form.elements).find((e) => e.willValidate && !e.checkValidity());
      if (bad) return { ok: true, error: (accName(bad, c) || bad.name || bad.localName) + ': ' + bad.validationMessage };
    }
    /* a dialog still open after its button: a line it shows since says why */
    const dlg = closestComposed(btn, 'dialog,[role=dialog],[role=alertdialog],[aria-modal=true]', 12);
    for (const el of c.all()) {
      const cls = typeof el.className === 'string' ? el.className : '';
      const said = attrRole(el) === 'alert' || el.getAttribute('aria-live') === 'assertive' || /(^|[\s_-])(err|error|errors|invalid|danger|warning)([\s_-]|$)/i.test(cls);
      if (!said && !(dlg && composedContains(dlg, el) && hasOwnText(el))) continue;
      if (!isVisible(el, c) || freshness(el) <= lastAction) continue;
      const t = collapse(textOf(el, c));
      if (t && t.length <= 200 && !saysDone(t)) return { ok: true, error: t };
    }
    return { ok: true, error: null };
  }

  /* "Booked! See you in the water.", "Order FN-2231 confirmed": an alert
   * that says the form went through, not why it did not. */
  function saysDone(t) {
    return /\b(thank(s| you)|success(ful(ly)?)?|confirmed|booked|reserved|registered|scheduled|requested|ordered|placed|paid|applied|subscribed|updated|created|sent|saved|received|added|issued|submitted|all set|see you|welcome|on (its|their) way)\b|[\u2713\u2714]/i.test(t) &&
      !/\b(please|required|invalid|error|must|cannot|can't|couldn't|could not|not|failed|sorry|missing|too|enter|choose)\b/i.test(t);
  }

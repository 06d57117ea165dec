  /* ------------------------------------------------------------------ */
  /* search boxes, login forms                                           */

  const SEARCH_WORD = /^(search|query|find|keyword|lookup|suche|buscar|recherche|cerca|zoeken|szukaj|pesquisa)/;

  function wordsOf(s) {
    return norm(humanize(s)).split(' ').filter(Boolean);
  }

  function searchScore(el, c) {
    const t = el.localName;
    const role = attrRole(el);
    const okTag = (t === 'input' && (el.type === 'text' || el.type === 'search' || el.type === 'url' || !el.getAttribute('type')))
      || t === 'textarea' || role === 'searchbox' || (role === 'combobox' && t === 'input') || (role === 'textbox' && isEditable(el));
    if (!okTag) return 0;
    let s = 0;
    if (t === 'input' && el.type === 'search') s += 5;
    if (role === 'searchbox') s += 5;
    const nm = (el.getAttribute('name') || '').toLowerCase();
    if (/^(q|query|s|search|k|keyword|keywords|field-keywords|search_query|searchterm|search-term|search_term|term|text|w|p|wd|kw|st)$/.test(nm)) s += nm === 'text' || nm === 'p' || nm === 'w' ? 1 : 4;
    let wordHits = 0;
    const srcs = [el.getAttribute('name'), el.id, el.getAttribute('placeholder'), el.getAttribute('aria-label'), el.getAttribute('title'),
      typeof el.className === 'string' ? el.className : '', el.getAttribute('data-testid'), labelledBy(el), ...labelsOf(el, c)];
    for (const x of srcs) {
      if (!x) continue;
      if (wordsOf(x).some((w) => SEARCH_WORD.test(w) || w === 'q')) wordHits++;
    }
    s += Math.min(6, wordHits * 3);
    const form = formOf(el);
    if (form) {
      const act = (form.getAttribute('action') || '').toLowerCase();
      if (/search|find|query|\/s(\?|$|\/)/.test(act)) s += 3;
      if (attrRole(form) === 'search' || wordsOf((form.id || '') + ' ' + (typeof form.className === 'string' ? form.className : '') + ' ' + (form.getAttribute('name') || '')).some((w) => SEARCH_WORD.test(w))) s += 2;
      if (form.querySelector('input[type=password]')) s -= 5;
    }
    if (closestComposed(el, '[role=search],search')) s += 3;
    if ((el.getAttribute('enterkeyhint') || '').toLowerCase() === 'search' || (el.getAttribute('inputmode') || '').toLowerCase() === 'search') s += 2;
    if (s <= 0) return 0;
    if (closestComposed(el, 'header,[role=banner],nav')) s += 1;
    return s;
  }

  function searchBoxEl(c) {
    let best = null, bs = 0;
    for (const el of c.all()) {
      const s = searchScore(el, c);
      if (s < 3 || !isVisible(el, c) || isDisabled(el)) continue;
      const r = rectOf(el);
      const s2 = s + (r.top < 250 ? 0.5 : 0);
      if (s2 > bs) { bs = s2; best = el; }
    }
    return best;
  }

  const SEARCH_BTN = /\b(search|go|find|submit|suche|buscar|rechercher|cerca)\b|magnif|loupe|\ud83d\udd0d|\ud83d\udd0e/i;

  function searchOpener(c) {
    for (const el of c.all()) {
      if (!isClickable(el, c) || el.localName === 'input' || !isVisible(el, c)) continue;
      const names = [el.getAttribute('aria-label'), el.getAttribute('title'), textOf(el, c), typeof el.className === 'string' ? el.className : ''];
      if (names.some((n) => n && n.length < 60 && /\bsearch\b|search[-_]?(toggle|open|button|btn|icon|trigger)/i.test(humanize(n)))) return el;
    }
    return null;
  }

  function searchBox() {
    const c = newCtx();
    const el = searchBoxEl(c);
    if (el) return describe(el, c);
    const op = searchOpener(c);
    if (op) return { ok: false, error: 'no search box on the page; a search button may open one', opener: describe(op, c) };
    return { ok: false, error: 'no search box on the page' };
  }

  /* The words a search box takes, and a place its form asks for apart:
   * "python jobs in Leeds" on a form with What and Where is "python" in
   * the box and "Leeds" in Where. The kind of thing the site lists ("jobs",
   * "roles", "recipes") says no word of a title, and leaves the box when
   * other words stay. {what, where?: {ref, value}} */
  const SEARCH_KINDS = /^(jobs?|roles?|positions?|vacanc(?:y|ies)|openings?|listings?|recipes?|books?|titles?|courses?|classes|events?|items?|products?|results?|posts?|articles?|offers?|deals?|properties|homes?|flats?|apartments?|rentals?)$/i;
  const SEARCH_PLACE = /\b(where|location|town|city|place|area|region|postcode|zip|near|locality)\b/;
  function searchSplit(q) {
    const c = newCtx();
    let what = collapse(String((q && q.query) || ''));
    const box = q && q.ref != null ? deref(q.ref) : searchBoxEl(c);
    const out = { ok: true, what };
    if (!box) return out;
    const form = formOf(box) || closestComposed(box, '[role=search],form,section,div', 4);
    const place = form ? Array.from(form.querySelectorAll('input,[role=combobox]')).find((x) => x !== box && isVisible(x, c) && !/^(hidden|submit|button|checkbox|radio|date|number)$/.test(x.type || '') &&
      SEARCH_PLACE.test(norm(accName(x, c) + ' ' + (x.getAttribute('placeholder') || '') + ' ' + (x.name || '') + ' ' + (x.id || '')))) : null;
    const m = place ? /^(.+?)\s+(?:in|near|around|at)\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s*){1,3})$/u.exec(what) : null;
    if (m) {
      what = m[1];
      out.where = { ref: refOf(place), value: m[2].trim() };
    }
    /* "python jobs": python */
    const ws = what.split(/\s+/);
    while (ws.length > 1 && SEARCH_KINDS.test(ws[ws.length - 1])) ws.pop();
    out.what = ws.join(' ');
    return out;
  }

  function buttonWords(el, c) {
    return [el.getAttribute('aria-label'), el.getAttribute('title'), textOf(el, c), el.localName === 'input' ? el.value : '',
      typeof el.className === 'string' ? humanize(el.className) : '', el.id ? humanize(el.id) : '', el.getAttribute('name'),
      (el.querySelector && el.querySelector('svg title')) ? el.querySelector('svg title').textContent : '',
      (el.querySelector && el.querySelector('img[alt]')) ? el.querySelector('img[alt]').getAttribute('alt') : ''].filter(Boolean).join(' | ');
  }

  function searchButton(ref) {
    const c = newCtx();
    let input = ref == null ? searchBoxEl(c) : deref(ref);
    if (!input) return ref == null ? { ok: false, error: 'no search box on the page' } : GONE;
    const form = formOf(input);
    const isBtn = (e) => (e.localName === 'button' && e.type !== 'reset') || (e.localName === 'input' && /^(submit|image|button)$/.test(e.type)) || attrRole(e) === 'button';
    if (form) {
      const btns = Array.from(form.querySelectorAll('button,input[type=submit],input[type=image],input[type=button],[role=button]'))
        .filter((e) => isBtn(e) && isVisible(e, c) && (e.localName !== 'button' || e.type === 'submit' || SEARCH_BTN.test(buttonWords(e, c))));
      const named = btns.find((e) => SEARCH_BTN.test(buttonWords(e, c)));
      const pick = named || btns.find((e) => e.type === 'submit') || null;
      if (pick) return describe(pick, c);
    }
    /* a button near the box */
    let scope = input.parentElement;
    for (let up = 0; scope && up < 4; up++, scope = scope.parentElement) {
      const cands = Array.from(scope.querySelectorAll('button,input[type=submit],input[type=image],[role=button],a,[onclick],span[class],div[class],i[class],svg'))
        .filter((e) => e !== input && !e.contains(input) && isVisible(e, c));
      const pick = cands.find((e) => SEARCH_BTN.test(buttonWords(e, c)) && (isClickable(e, c) || isBtn(e)));
      if (pick) return describe(purposeTarget(pick, 'click', c) || pick, c);
      const svgOnly = cands.find((e) => isBtn(e) && !textOf(e, c));
      if (svgOnly && up >= 1) return describe(svgOnly, c);
    }
    return { ok: false, error: 'no search button near the search box; press Enter instead' };
  }

  const USER_WORD = /^(user|username|login|email|e ?mail|mail|account|userid|uid|identifier|phone|member|signin|log ?in|benutzer|usuario|utilisateur)/;

  function userScore(el, c) {
    if (!isTextInput(el) || el.type === 'password' || el.type === 'search' || el.type === 'number') return 0;
    let s = 0;
    if (el.type === 'email') s += 5;
    const ac = (el.getAttribute('autocomplete') || '').toLowerCase();
    if (/\b(username|email)\b/.test(ac)) s += 5;
    const srcs = [el.getAttribute('name'), el.id, el.getAttribute('placeholder'), el.getAttribute('aria-label'), labelledBy(el), ...labelsOf(el, c), nearbyText(el, c)];
    let hits = 0;
    for (const x of srcs) {
      if (!x) continue;
      const ws = wordsOf(x);
      if (ws.some((w) => USER_WORD.test(w)) || /e-?mail|user ?name|login/i.test(x)) hits++;
    }
    s += Math.min(6, hits * 3);
    if (searchScore(el, c) >= 4) s -= 4;
    /* a newsletter or coupon box is no login */
    const around = srcs.join(' ') + ' ' + (formOf(el) ? textOf(formOf(el), c).slice(0, 300) + ' ' + (formOf(el).getAttribute('action') || '') : '');
    if (/newsletter|subscri|coupon|promo|voucher|gift card|zip|postal/i.test(around)) s -= 6;
    return s;
  }

  const LOGIN_BTN = /^(log ?in|login|sign ?in|signin|continue|next|submit|enter|go|weiter|anmelden|einloggen|connexion|se connecter|entrar|iniciar sesion|accedi)$/i;

  function loginSubmit(scope, pwd, c) {
    const btns = Array.from(scope.querySelectorAll('button,input[type=submit],input[type=image],[role=button],a[href]'))
      .filter((e) => isVisible(e, c) && !(e.localName === 'button' && e.type === 'reset'));
    let best = null, bs = 0;
    for (const b of btns) {
      const t = norm(b.localName === 'input' ? b.value || b.getAttribute('aria-label') || '' : textOf(b, c) || b.getAttribute('aria-label') || '');
      let s = 0;
      if (LOGIN_BTN.test(t)) s = 5;
      else if (/\b(log ?in|sign ?in)\b/.test(t)) s = 4;
      else if (/\b(continue|next|submit)\b/.test(t)) s = 2;
      if ((b.localName === 'button' && b.type === 'submit') || (b.localName === 'input' && b.type === 'submit')) s += 2;
      if (b.localName === 'a') s -= 1;
      if (/forgot|reset|sign ?up|register|create|google|facebook|apple|github|microsoft/.test(t)) s -= 6;
      if (pwd && (c.order.get(b) || 0) < (c.order.get(pwd) || 0)) s -= 1;
      if (s > bs) { bs = s; best = b; }
    }
    return bs >= 2 ? best : null;
  }

  function loginFields() {
    const c = newCtx();
    const pwds = c.all().filter((e) => e.localName === 'input' && e.type === 'password' && isVisible(e, c) && !isDisabled(e));
    /* a login form has one password field; sign-up forms have two */
    let pwd = null;
    for (const p of pwds) {
      const f = formOf(p);
      const n = f ? Array.from(f.elements).filter((x) => x.type === 'password').length : 1;
      const ac = (p.getAttribute('autocomplete') || '').toLowerCase();
      if (ac === 'current-password' || n === 1) { pwd = p; break; }
    }
    if (!pwd && pwds.length) pwd = pwds[0];
    const form = pwd ? formOf(pwd) : null;
    let user = null, us = 0;
    for (const el of c.all()) {
      if (!isVisible(el, c) || isDisabled(el)) continue;
      let s = userScore(el, c);
      if (s <= 0) continue;
      if (form) {
        if (formOf(el) === form) s += 2; else s -= 2;
      }
      if (pwd) {
        const d = (c.order.get(pwd) || 0) - (c.order.get(el) || 0);
        if (d > 0 && d < 60) s += 2;
      }
      if (s > us) { us = s; user = el; }
    }
    if (!user && form) {
      /* the text field just before the password */
      const els = Array.from(form.elements).filter((e) => isTextInput(e) && e.type !== 'password' && isVisible(e, c));
      const before = els.filter((e) => (c.order.get(e) || 0) < (c.order.get(pwd) || 0));
      user = before.length ? before[before.length - 1] : null;
    }
    if (!pwd && user && us < 5) user = null; /* without a password field, only a clear user field */
    if (!user && !pwd) return { ok: false, error: 'no login form on the page' };
    const scopeEl = form || formOf(user) || document.body;
    const sub = loginSubmit(scopeEl, pwd, c);
    /* one scroll for all three, so their centers hold together: the
     * password field (between the other two) to the middle of the view */
    scrollIntoView(pwd || user);
    const userD = user ? describe(user, c, null, true) : null;
    const pwdD = pwd ? describe(pwd, c, null, true) : null;
    const subD = sub ? describe(sub, c, null, true) : null;
    return { ok: true, user: userD, password: pwdD, submit: subD };
  }


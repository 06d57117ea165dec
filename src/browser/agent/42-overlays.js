  /* ------------------------------------------------------------------ */
  /* cookie banners and modal overlays                                   */

  const CONSENT_TEXT = /cookie|consent|gdpr|we use|datenschutz|personal data|your data/i;
  const MODALISH = /modal|popup|pop-up|overlay|dialog|lightbox|newsletter|subscribe|interstitial|consent|cookie|banner|gdpr/i;
  /* modals nobody opened on purpose */
  const PROMO = /newsletter|subscribe|subscription|sign up for|join our|discount|\d+ ?% ?off|coupon|promo|special offer|free shipping|notifications|get the app|download (the|our) app|open in (the )?app|survey|feedback|don.t miss|exclusive|interstitial|popup|pop-up/i;

  function overlayButtonScore(b, c) {
    const raw = collapse(b.localName === 'input' ? b.value : (textOf(b, c) || b.getAttribute('aria-label') || b.getAttribute('title') || ''));
    const t = norm(raw);
    const extra = norm(humanize([b.getAttribute('aria-label') || '', b.getAttribute('title') || '', typeof b.className === 'string' ? b.className : '', b.id || ''].join(' ')));
    if (/settings|manage|customi|preferences|more info|learn more|details|options|privacy policy|cookie policy|read more/.test(t)) return { s: 0, raw };
    if (/^(accept all|accept all cookies|allow all|allow all cookies|accept cookies|allow cookies|i accept|accept|agree|i agree|agree and continue|agree and close|accept and continue|accept and close|yes i agree|alle akzeptieren|akzeptieren|tout accepter|accepter|aceptar|aceptar todo|accetta|accetta tutti)$/.test(t)) return { s: 10, raw };
    if (/^(got it|ok|okay|allow|continue|understood|i understand|fine|sounds good|yes)$/.test(t)) return { s: 8, raw };
    if (/\b(accept|agree|allow)\b/.test(t)) return { s: 7, raw };
    if (/^(close|dismiss|no thanks|not now|maybe later|skip|no thank you|later|continue to site|close dialog)$/.test(t) || GLYPH_CLOSE.test(raw) || /\b(close|dismiss)\b/.test(extra)) return { s: 6, raw: raw || 'close' };
    if (/^(reject all|reject|decline|refuse|necessary only|only necessary|essential only|reject cookies|deny)$/.test(t)) return { s: 3, raw };
    return { s: 0, raw };
  }

  function zOf(el, c) {
    let z = 0;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const v = parseInt(styleOf(n, c).zIndex, 10);
      if (isFinite(v)) z = Math.max(z, v);
    }
    return z;
  }

  function findOverlays(c) {
    const vw = window.innerWidth, vh = window.innerHeight, va = vw * vh;
    const found = [];
    for (const el of c.all()) {
      if (el.ownerDocument !== document) continue;
      const t = el.localName;
      if (t === 'body' || t === 'html' || SKIP_TAGS.has(t)) continue;
      const role = attrRole(el);
      const isDialog = (t === 'dialog' && el.open) || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
      let pos = '';
      if (!isDialog) {
        const s = styleOf(el, c);
        pos = s.position;
        if (pos !== 'fixed' && pos !== 'sticky') continue;
      }
      if (!isVisible(el, c)) continue;
      /* the outermost fixed box only */
      if (found.some((f) => composedContains(f.el, el))) continue;
      const r = el.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)), h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
      const cover = (w * h) / va;
      const txt = textOf(el, c).slice(0, 3000);
      const consent = CONSENT_TEXT.test(txt) || CONSENT_TEXT.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
      const modalish = isDialog || MODALISH.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
      const nInteractive = el.querySelectorAll('a[href],button,input,select,textarea').length;
      let kind = null;
      if (consent && (pos === 'fixed' || pos === 'sticky' || isDialog) && txt.length < 3000) kind = 'consent';
      else if (cover > 0.3 && (isDialog || modalish || (zOf(el, c) > 0 && nInteractive < 15)) && coversContent(el, c)) kind = 'modal';
      if (kind) {
        const promo = PROMO.test(txt.slice(0, 1500)) || PROMO.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
        found.push({ el, kind, cover, z: zOf(el, c), txt, promo });
      }
    }
    return found;
  }

  /* Is there page content under el (it overlays something, it is not the
   * page itself in a fixed frame)? */
  function coversContent(el, c) {
    const r = el.getBoundingClientRect();
    const x0 = Math.max(0, r.left), y0 = Math.max(0, r.top);
    const x1 = Math.min(window.innerWidth, r.right), y1 = Math.min(window.innerHeight, r.bottom);
    for (const [fx, fy] of [[0.5, 0.5], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8], [0.5, 0.1], [0.5, 0.9]]) {
      const x = x0 + (x1 - x0) * fx, y = y0 + (y1 - y0) * fy;
      for (const e of document.elementsFromPoint(x, y)) {
        if (e === el || composedContains(el, e) || e.localName === 'html' || e.localName === 'body') continue;
        if (composedContains(e, el)) continue;
        if (hasOwnText(e) || /^(img|button|a|input|select|textarea|video|canvas|svg)$/.test(e.localName)) return true;
      }
    }
    return false;
  }

  /* Do the words of target q name overlay ov: its kind ("the cookie
   * banner", "that dialog") or words of its own text? */
  const OVERLAY_WORDS = /\b(cookies?|consent|banner|popup|pop-up|modal|dialog|window|notice|overlay|prompt|bar|toast|privacy)\b/i;
  function overlayNamed(ov, q, c) {
    const words = [q.text, q.anchor, q.clause].filter(Boolean).join(' ');
    if (!words) return false;
    if (OVERLAY_WORDS.test(words)) return true;
    const own = new Set(tokens(ov.txt.slice(0, 600)));
    return tokens(words).filter((w) => w.length >= 4).some((w) => own.has(w));
  }

  /* q (optional): the target the next step looks for. Without it only
   * cookie/consent banners and promotional modals (newsletter, discount,
   * "get the app") are dismissed: a modal the task itself opened (a login
   * form, a product's details) must stay. With it, any modal overlay that
   * does not hold the target is dismissed too. */
  function dismissOverlays(q) {
    const c = newCtx();
    const ovs = findOverlays(c);
    if (!ovs.length) return { ok: true, dismissed: false };
    let target = null;
    const tq = q && typeof q === 'object' && (q.text || q.role) ? normQuery(q) : null;
    if (tq) {
      const r = locateEl(tq, c);
      if (r.ok) target = r.el;
    }
    ovs.sort((a, b) => (a.kind === 'consent' ? 0 : 1) - (b.kind === 'consent' ? 0 : 1) || b.z - a.z);
    let firstText = null, kept = 0;
    for (const ov of ovs) {
      /* The step acts inside this overlay ("press Reject" on a cookie
       * banner): it is what the person wants to use, not what is in the way. */
      if (target && composedContains(ov.el, target)) { kept++; continue; }
      /* the words are about this overlay ("close the cookie banner with
       * the X, without accepting"): the step itself deals with it */
      if (tq && !target && overlayNamed(ov, q, c)) { kept++; continue; }
      if (ov.kind === 'modal' && !ov.promo && !tq) { kept++; continue; }
      const btns = Array.from(ov.el.querySelectorAll('button,a,[role=button],input[type=button],input[type=submit],[onclick],[class*=close i],[aria-label*=close i]'))
        .filter((b) => isVisible(b, c));
      let best = null, bs = 0, braw = '';
      for (const b of btns) {
        const { s, raw } = overlayButtonScore(b, c);
        if (s > bs) { bs = s; best = b; braw = raw; }
      }
      if (!best) {
        if (!firstText) firstText = clip(ov.txt, 200);
        continue;
      }
      const btn = purposeTarget(best, 'click', c) || best;
      try { btn.click(); } catch (e) { continue; }
      return { ok: true, dismissed: true, text: clip(braw, 100), overlay: clip(ov.txt, 200), kind: ov.kind };
    }
    if (firstText) return { ok: true, dismissed: false, text: firstText, kept, error: 'an overlay covers the page but has no accept or close button' };
    return kept ? { ok: true, dismissed: false, kept } : { ok: true, dismissed: false };
  }


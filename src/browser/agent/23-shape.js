  /* ------------------------------------------------------------------ */
  /* answers in a shape: what the page offers for a JSON template's keys   */

  /* A key's words, lower case and singular: "metaDescription",
   * "meta-description", "page_structure" -> ["meta", "description"]. */
  function shapeWords(key) {
    return String(key || '')
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((w) => (w.length > 3 && /ies$/.test(w) ? w.slice(0, -3) + 'y' : w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
  }

  const SHAPE_HTML_MAX = 1000000;
  const SHAPE_TEXT_MAX = 20000;
  const SHAPE_LIST_MAX = 200;

  /* An element as a person would name it: its kind and its visible name. */
  function shapeKind(o) {
    if (o.role === 'field' || o.role === 'searchbox') {
      const t = o.type && !/^(text|search)$/.test(o.type) ? o.type + ' field' : o.role === 'searchbox' ? 'search box' : 'text field';
      return t;
    }
    return o.role || o.tag;
  }

  function shapeName(o) {
    return o.text || o.name || o.placeholder || o.value || '';
  }

  function shapeDescribe(o) {
    const name = shapeName(o);
    let s = shapeKind(o) + (name ? ' "' + name + '"' : '');
    if (o.role === 'link' && o.href) s += ' (' + o.href + ')';
    if (o.checked != null) s += o.checked ? ' (checked)' : ' (not checked)';
    if (o.disabled) s += ' (disabled)';
    return s;
  }

  function shapeInteractive(want) {
    const all = interactive(SHAPE_LIST_MAX);
    const keep = want ? all.filter(want) : all;
    return keep.map(shapeDescribe);
  }

  function shapeMeta(names) {
    for (const n of names) {
      const m = document.querySelector('meta[name="' + n + '" i], meta[property="' + n + '" i]');
      if (m && m.getAttribute('content') != null) return m.getAttribute('content').trim();
    }
    return null;
  }

  function shapeHeadings(c) {
    const out = [];
    for (const el of c.all()) {
      if (out.length >= SHAPE_LIST_MAX) break;
      if (kindOf(el) !== 'heading' || !isVisible(el, c)) continue;
      const t = clip(textOf(el, c), 200);
      if (t) out.push(t);
    }
    return out;
  }

  /* A form as a person reads it: its name, then its fields and buttons. */
  function shapeForms(c) {
    const out = [];
    for (const f of document.querySelectorAll('form')) {
      if (out.length >= SHAPE_LIST_MAX) break;
      const parts = [];
      for (const el of f.querySelectorAll('input, select, textarea, button, [role]')) {
        if (!isInteractive(el, c) || kindOf(el) === 'hidden') continue;
        const nm = clip(accName(el, c) || el.getAttribute('placeholder') || el.getAttribute('name') || '', 60);
        const type = el.localName === 'input' && el.type && !/^(text|submit|button)$/.test(el.type) ? el.type + ' ' : '';
        parts.push((nm ? nm + ' ' : '') + '(' + type + kindOf(el) + ')');
      }
      const name = clip(accName(f, c) || f.getAttribute('name') || f.id || '', 60);
      out.push((name ? name + ' form: ' : 'form: ') + parts.join(', '));
    }
    return out;
  }

  function shapeImages(c) {
    const out = [];
    for (const img of document.querySelectorAll('img, [role="img"]')) {
      if (out.length >= SHAPE_LIST_MAX) break;
      if (!isVisible(img, c)) continue;
      const alt = clip(accName(img, c) || img.getAttribute('alt') || img.getAttribute('title') || '', 120);
      const src = img.currentSrc || img.src || '';
      out.push(alt || src.split('/').pop() || 'image');
    }
    return out;
  }

  function shapeLinks() {
    return interactive(SHAPE_LIST_MAX).filter((o) => o.role === 'link').map((o) => ({ text: o.text || o.name || '', href: o.href || '' }));
  }

  function shapeMainName(c) {
    const h1 = document.querySelector('h1');
    if (h1 && isVisible(h1, c)) return clip(textOf(h1, c), 200);
    return shapeMeta(['og:title']) || document.title || null;
  }

  function shapePrice(c) {
    return priceIn(pageText(c));
  }

  /* The rules: the words a key must hold (all of them), and what fills it.
   * The first rule whose words all appear wins; longer rules come first. */
  const SHAPE_RULES = [
    [['interactive', 'element'], () => shapeInteractive()],
    [['clickable'], () => shapeInteractive()],
    [['page', 'structure'], (c, ex, ctx) => shapeStructure(c, ex, ctx)],
    [['structure'], (c, ex, ctx) => shapeStructure(c, ex, ctx)],
    [['element', 'found'], (c, ex, ctx) => (ctx.found == null ? undefined : !!ctx.found)],
    [['found'], (c, ex, ctx) => (ctx.found == null ? undefined : !!ctx.found)],
    [['action', 'completed'], (c, ex) => (typeof ex === 'number' ? ex : undefined)],
    [['meta', 'description'], () => shapeMeta(['description', 'og:description'])],
    [['meta', 'keyword'], () => shapeMeta(['keywords'])],
    [['keyword'], () => shapeMeta(['keywords'])],
    [['description'], () => shapeMeta(['description', 'og:description'])],
    [['html'], () => {
      const h = document.documentElement ? document.documentElement.outerHTML : '';
      return h.length > SHAPE_HTML_MAX ? h.slice(0, SHAPE_HTML_MAX) : h;
    }],
    [['markup'], () => (document.documentElement ? document.documentElement.outerHTML.slice(0, SHAPE_HTML_MAX) : '')],
    [['url'], () => location.href],
    [['uri'], () => location.href],
    [['link'], () => shapeLinks()],
    [['button'], () => interactive(SHAPE_LIST_MAX).filter((o) => o.role === 'button').map(shapeName)],
    [['input'], () => shapeInteractive((o) => /field|searchbox|dropdown|checkbox|radio|slider|file/.test(o.role))],
    [['field'], () => shapeInteractive((o) => /field|searchbox|dropdown|checkbox|radio|slider|file/.test(o.role))],
    [['heading'], (c) => shapeHeadings(c)],
    [['h1'], (c) => shapeHeadings(c).slice(0, 1)[0]],
    [['form'], (c) => shapeForms(c)],
    [['image'], (c) => shapeImages(c)],
    [['img'], (c) => shapeImages(c)],
    [['title'], () => document.title],
    [['price'], (c) => shapePrice(c)],
    [['cost'], (c) => shapePrice(c)],
    [['name'], (c) => shapeMainName(c)],
    [['text'], (c) => collapseLines(pageText(c), SHAPE_TEXT_MAX)],
    [['content'], (c) => collapseLines(pageText(c), SHAPE_TEXT_MAX)],
    [['language'], () => document.documentElement.lang || null],
    [['lang'], () => document.documentElement.lang || null],
    [['error'], (c, ex, ctx) => (ctx.found === false ? 'Element not found within timeout' : null)],
  ];

  function shapeStructure(c, ex, ctx) {
    if (ex && typeof ex === 'object' && !Array.isArray(ex)) return undefined; /* its keys are filled one by one */
    return { headings: shapeHeadings(c), forms: shapeForms(c), images: shapeImages(c) };
  }

  /* Fill one key: the value, or undefined when no rule fills it. */
  function shapeValue(key, ex, c, ctx) {
    const words = shapeWords(key);
    for (const [need, fn] of SHAPE_RULES) {
      if (!need.every((w) => words.includes(w))) continue;
      const v = fn(c, ex, ctx);
      if (v !== undefined) return v;
      break;
    }
    return undefined;
  }

  /* A key no rule knows, read where the page labels it with the key's
   * words: "Author: Ada Park", <dt>Reading time</dt><dd>4 minutes</dd>, a
   * table header and its cell. The value, or undefined. */
  function shapeLabeled(key, c) {
    const phrase = shapeWords(key).join(' ');
    if (!phrase) return undefined;
    const norm = (t) => collapse(t).toLowerCase().replace(/s\b/g, '');
    const want = norm(phrase);
    for (const el of c.all()) {
      if (SKIP_TAGS.has(el.localName) || !isVisible(el, c)) continue;
      const t = collapse(textOf(el, c));
      if (!t || t.length > 200) continue;
      const m = /^([^:]{1,60}):\s*(.+)$/.exec(t);
      if (m && norm(m[1]) === want) return clip(m[2], 500);
      if (norm(t.replace(/:$/, '')) !== want || kidsOf(el).length > 1) continue;
      const next = el.nextElementSibling;
      const v = next && isVisible(next, c) ? collapse(textOf(next, c)) : '';
      if (v) return clip(v, 500);
    }
    return undefined;
  }

  function shapeFill(tpl, c, ctx, path, unfilled) {
    const out = {};
    for (const key of Object.keys(tpl)) {
      const ex = tpl[key];
      const p = path ? path + '.' + key : key;
      let v = shapeValue(key, ex, c, ctx);
      if (v === undefined && ex && typeof ex === 'object' && !Array.isArray(ex)) v = shapeFill(ex, c, ctx, p, unfilled);
      if (v === undefined && !(ex && typeof ex === 'object')) v = shapeLabeled(key, c);
      if (v === undefined) {
        unfilled.push(p);
        v = null;
      }
      out[key] = v;
    }
    return out;
  }

  /* shape(template, {found}) -> {ok, value, unfilled: [key paths]}:
   * template is the JSON object the words gave; each key is filled from
   * the page by what its name means; keys no rule fills are null and named
   * in unfilled. found: whether an awaited element appeared (null: none
   * was awaited). */
  function shape(template, ctx) {
    if (!template || typeof template !== 'object' || Array.isArray(template)) return { ok: false, error: 'shape: the template is no JSON object' };
    const c = newCtx();
    const unfilled = [];
    const value = shapeFill(template, c, ctx || {}, '', unfilled);
    /* what the vendor's words ask for when the awaited element never came:
     * {"element_found": false, "error": "Element not found within timeout"} */
    if (ctx && ctx.found === false && !('error' in value)) value.error = 'Element not found within timeout';
    return { ok: true, value, unfilled };
  }

  /* shapeFind(what) -> {ok, found}: the element a "wait for this element"
   * names is on the page and visible: a CSS selector, or its words. */
  function shapeFind(what) {
    const q = String(what == null ? '' : what).trim().replace(/^["'\u201c]|["'\u201d]$/g, '');
    if (!q) return { ok: false, error: 'no element to wait for' };
    const c = newCtx();
    if (/^[#.\[]|^[a-z][a-z0-9-]*([#.\[:]|$)/i.test(q) && !/\s[a-z]+\s/i.test(q)) {
      try {
        for (const el of document.querySelectorAll(q)) if (isVisible(el, c)) return { ok: true, found: true, how: 'selector' };
      } catch (e) { /* not a selector: its words */ }
    }
    const r = findText(q, false);
    if (r.ok && r.visible) return { ok: true, found: true, how: 'text' };
    const loc = locateEl(normQuery({ text: q, purpose: 'read' }), c);
    return { ok: true, found: !!(loc && loc.ok && loc.el && isVisible(loc.el, c)), how: 'locate' };
  }

  /* ------------------------------------------------------------------ */
  /* keys: the view an answer lives in, and the key it is under          */
  /*                                                                     */
  /* A question names the view its value is in as well as the value:     */
  /* "what did the van spend on fuel in April?" on a page that shows the */
  /* Sedan's May costs. These read the page's own controls: a switcher   */
  /* (a button that opens a menu and shows its current choice, "Vehicle: */
  /* Sedan ▾") whose other choice the question names; an item whose own */
  /* page holds what its card lacks; a sentence whose condition the      */
  /* question's number meets ("Seniors (65 and over) pay €4.20" for "if  */
  /* I'm 67"). answer (22-answer.js) asks them and hands the control     */
  /* back as `reveal`, which the executor clicks before asking again.    */

  /* the refusal that asks the executor to change the view (click or
   * hover el) and ask again; `view` says this view does not hold it */
  function viewReveal(el, how, error, c) {
    const at = how === 'click' ? clickSpot(el, null, c) : el;
    return { ok: false, error, candidates: [candDesc(el, 0, c)], reveal: refOf(at), revealHow: how, revealText: clip(displayText(el, c), 80), view: true };
  }

  const KEY_OPTION = '[role=menuitem],[role=menuitemradio],[role=option],li,a,button';

  /* the menu a switcher opens: the element its aria-controls names, else
   * a menu or list next to it in its parent */
  function switchMenu(opener) {
    const id = opener.getAttribute('aria-controls') || opener.getAttribute('aria-owns');
    const byId = id ? byIdIn(opener, id.split(/\s+/)[0]) : null;
    if (byId) return byId;
    const p = parentOf(opener);
    if (!p) return null;
    for (const k of kidsOf(p)) {
      if (k === opener || k.nodeType !== 1) continue;
      const r = attrRole(k);
      if (r === 'menu' || r === 'listbox' || k.localName === 'ul' || k.localName === 'ol' || /menu|dropdown|popover|options/i.test(attrWords(k))) return k;
    }
    return null;
  }

  /* the switchers of the page: an opener (aria-haspopup) whose menu's
   * one choice it shows ("Vehicle: Sedan ▾" of Sedan, Van, Pickup). An
   * opener that shows none of its menu's choices is a menu of actions or
   * links (a nav menu), no switcher. [{op, opts, names, current}] */
  function switchers(c) {
    const out = [];
    for (const op of c.all()) {
      const hp = op.getAttribute && op.getAttribute('aria-haspopup');
      if (!hp || hp === 'false' || !isVisible(op, c)) continue;
      const menu = switchMenu(op);
      if (!menu) continue;
      const shown = tokens(textOf(op, c));
      const opts = Array.from(menu.querySelectorAll(KEY_OPTION)).filter((o) => !o.querySelector(KEY_OPTION));
      const names = opts.map((o) => tokens(textOf(o, c) || o.textContent || ''));
      const current = names.filter((t) => t.length && t.every((w) => shown.includes(w)));
      if (current.length === 1) out.push({ op, opts, names, shown, current: current[0] });
    }
    return out;
  }

  /* the words of the choices the page's switchers show: what the view
   * is of ("2025/26" for the table under a season switcher) */
  function switchShown(c) {
    return [].concat(...switchers(c).map((s) => s.current));
  }

  /* the question says "van", which the switcher does not show: the
   * element to click (the choice when its menu is open, else the opener),
   * or null */
  function menuSwitch(q, c) {
    const said = new Set(tokens(q).filter((w) => !Q_STOP.has(w)));
    if (!said.size) return null;
    for (const sw of switchers(c)) {
      /* "Leo" for "Leo Adeyemi (Year 7)" beside "Emma Adeyemi (Year 9)":
       * the words one choice has and the others lack name it */
      const own = ownWords(sw.names);
      const named = (t, i) => t.length && (t.length <= 4 && t.every((w) => said.has(w)) ||
        own[i].length > 0 && own[i].every((w) => said.has(w) || /^\d+$/.test(w)) && own[i].some((w) => said.has(w)));
      const cur = sw.names.indexOf(sw.current);
      if (cur >= 0 && named(sw.current, cur)) continue;
      for (let i = 0; i < sw.opts.length; i++) {
        const t = sw.names[i];
        if (t === sw.current || !named(t, i)) continue;
        if (t.every((w) => sw.shown.includes(w))) continue;
        return isVisible(sw.opts[i], c) ? sw.opts[i] : sw.op;
      }
    }
    return null;
  }

  /* the words of each of a group's names that not every name has
   * ("Spring" of "Spring term" beside "Autumn term") */
  function ownWords(names) {
    const common = names.length > 1 ? names[0].filter((w) => names.every((n) => n.includes(w))) : [];
    return names.map((n) => n.filter((w) => !common.includes(w)));
  }

  /* is a tab the chosen one of its group */
  function tabChosen(el) {
    if (el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true') return true;
    const cur = el.getAttribute('aria-current');
    if (cur && cur !== 'false') return true;
    return /(^|[\s_-])(active|is-active|selected|is-selected|current|chosen|on)([\s_-]|$)/i.test(attrWords(el));
  }

  /* the tab groups of the page with one chosen tab: [{tabs, chosen,
   * own, heads}], own the words each tab has and the others lack ("Spring"
   * of "Spring term"), heads the heading of each tab's own panel */
  function tabGroups(c) {
    if (c.tabGroups) return c.tabGroups;
    const groups = new Map();
    for (const el of c.all()) {
      if (!(roleOf(el) === 'tab' || isTabLike(el, c)) || !isVisible(el, c)) continue;
      let g = parentOf(el);
      for (let i = 0; g && i < 3 && attrRole(g) !== 'tablist' && kidsOf(g).length < 2; i++) g = parentOf(g);
      if (!g) continue;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(el);
    }
    /* pills a person reads as tabs: short clickable siblings (no links),
     * one of them marked chosen ("Main stage" with class active beside
     * "Forest stage") */
    for (const el of c.all()) {
      /* a pressed button or a checked one sets a value of a form: no tab */
      if (el.localName === 'a' || roleOf(el) === 'tab' || el.hasAttribute('aria-pressed') || el.hasAttribute('aria-checked') || formOf(el) ||
        !tabChosen(el) || !isVisible(el, c) || !parentOf(el) || groups.has(parentOf(el))) continue;
      const sibs = Array.from(kidsOf(parentOf(el))).filter((x) => x.localName === el.localName);
      if (sibs.length < 2 || sibs.length > 8 || !sibs.every((x) => isVisible(x, c) && isClickable(x, c) && collapse(textOf(x, c)).length <= 30 && !x.querySelector('a[href],input,select,textarea'))) continue;
      groups.set(parentOf(el), sibs);
    }
    const out = [];
    for (const tabs of groups.values()) {
      if (tabs.length < 2 || tabs.length > 20) continue;
      const chosen = tabs.filter(tabChosen);
      if (chosen.length !== 1) continue;
      const own = ownWords(tabs.map((t) => tokens(textOf(t, c))));
      /* the heading of a tab's own panel says its name in full */
      const heads = tabs.map((t) => {
        const id = t.getAttribute('aria-controls');
        const p = id ? byIdIn(t, id.split(/\s+/)[0]) : null;
        const h = p && tabs.filter((o) => o.getAttribute('aria-controls') === id).length === 1 ? p.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]') : null;
        return h ? tokens(h.textContent || '') : [];
      });
      out.push({ tabs, chosen: chosen[0], own, heads });
    }
    return (c.tabGroups = out);
  }

  /* the words of said that name tab i of group g: [words, fit] with fit 2
   * for its words in full, 1 for a short name the start of a said word
   * ("Thu" of "Thursday"), 0 for none */
  function tabSaid(g, i, said) {
    const h = g.heads[i];
    if (h.length && h.length <= 4 && h.every((w) => said.includes(w))) return [h, 2];
    const o = g.own[i];
    if (!o.length || o.length > 4) return [[], 0];
    if (o.every((w) => said.includes(w))) return [o, 2];
    const abbr = (w) => said.find((s) => s === w || (/^\p{L}{3,4}$/u.test(w) && s.length > w.length && s.startsWith(w)));
    return o.every(abbr) ? [o.map(abbr), 1] : [[], 0];
  }

  /* "what time is Yoga Flow on Thursday?" on a timetable whose "Mon" tab
   * is chosen: a tab of a group whose own words the question says, when
   * the chosen tab of that group is not named; the element to click, or
   * null */
  function tabSwitch(q, c) {
    const said = tokens(q).filter((w) => !Q_STOP.has(w));
    if (!said.length) return null;
    for (const g of tabGroups(c)) {
      const fits = g.tabs.map((t, i) => tabSaid(g, i, said)[1]);
      if (fits[g.tabs.indexOf(g.chosen)]) continue;
      const top = Math.max(...fits);
      const named = g.tabs.filter((t, i) => fits[i] === top);
      if (top && named.length === 1) return named[0];
    }
    return null;
  }

  /* the words of the question the view shown already says: the chosen
   * tab's name ("Thursday" once "Thu" is chosen), a switcher's current
   * choice ("Harbour Lab"); they name where the answer is, not the thing
   * it is of */
  function viewWords(q, c) {
    const said = tokens(q).filter((w) => !Q_STOP.has(w));
    const out = new Set();
    for (const g of tabGroups(c)) {
      const [ws, fit] = tabSaid(g, g.tabs.indexOf(g.chosen), said);
      if (fit) for (const w of ws) out.add(w);
    }
    for (const sw of switchers(c)) {
      const own = ownWords(sw.names)[sw.names.indexOf(sw.current)] || [];
      if (own.some((w) => said.includes(w))) for (const w of sw.current) if (said.includes(w)) out.add(w);
    }
    return out;
  }

  /* "who is the instructor of the Advanced Pottery course?" on a list of
   * courses whose cards say a price and a day but no instructor: the one
   * item the subject names, when it lacks what is asked (no value of the
   * kind, no word of the field) and links to a page of its own, is opened
   * as a person opens it to read there. Returns that link, or null. */
  /* what an item says: its text, and a row its cells' column headers
   * too ("Jo" under Owner says who owns it) */
  function itemSays(it, c) {
    return textOf(it, c) + (isRow(it) ? ' ' + cellsOf(it).map((cell) => headerOf(cell, c) || '').join(' ') : '');
  }

  function itemPage(ask, keys, qwords, c) {
    if (!keys.strong.length || ask.kind === 'yesno' || ask.kind === 'count' || ask.kind === 'choice') return null;
    const g = findRepeated(c);
    if (!g) return null;
    const named = g.items.filter((it) => keyHits(textOf(it, c), keys).strong >= keys.strong.length);
    if (named.length !== 1) return null;
    const it = named[0];
    const a = primaryLink(it, c);
    if (!a || a.localName !== 'a' || !isVisible(a, c)) return null;
    let to = null;
    try { to = new URL(a.getAttribute('href') || '', location.href); } catch (e) { to = null; }
    if (!to || to.protocol !== location.protocol || (to.pathname === location.pathname && to.search === location.search)) return null;
    /* what the card says besides its name */
    const own = tokens(textOf(a, c));
    const rest = itemSays(it, c);
    const restToks = tokens(rest).filter((t) => !own.includes(t));
    const typed = !/^(field|text|person|place|status)$/.test(ask.kind || 'field');
    if (typed && valuesIn(rest, ask.kind, ask.unit).length) return null;
    const words = [];
    for (const f of fieldWords(ask)) for (const w of tokens(f)) if (!Q_STOP.has(w)) words.push(w);
    for (const w of qwords) if (w.length >= 3) words.push(w);
    if (words.some((w) => restToks.some((t) => wordsMeet(w, t)))) return null;
    return a;
  }

  /* ------------------------------------------------------------------ */
  /* A sentence that answers under a condition                            */

  const COND_UNIT = '(years?|yrs?|months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?|kg|kilos?|g|lbs?|km|miles?|m|cm|people|persons?|guests?|adults?|children|kids|pages?|items?|seats?)';
  /* the unit a number is said in, one family a name ("yrs" is "year") */
  function condUnit(u) {
    const x = String(u || '').toLowerCase().replace(/s$/, '');
    return ({ yr: 'year', kilo: 'kg', hr: 'hour', min: 'minute', lb: 'lb', person: 'person', people: 'person', guest: 'person', adult: 'person', children: 'person', kid: 'person' })[x] || x;
  }

  /* the number the asker says of themself or their thing: "if I'm 67",
   * "my 9 year old", "a 12-year-old dog", "for 3 guests", "a 20 kg dog" */
  function askedNumber(q) {
    const re = new RegExp('(\\d+(?:[.,]\\d+)?)(?:\\s*[- ]?\\s*' + COND_UNIT + '\\b)?', 'gi');
    let m;
    while ((m = re.exec(q))) {
      const pre = q.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
      const after = q.slice(m.index + m[0].length, m.index + m[0].length + 3);
      /* a time, a date, a price, an ordinal or a part of a code is no condition */
      if (/[\w.,:\/€$£-]$/.test(pre) || /^(?:[:\/.]\d|st\b|nd\b|rd\b|th\b)/i.test(after)) continue;
      if (m[2] || /\b(?:i'?m|i am|aged?|is|are|my|our|a|an|for|of|with|weigh(?:s|ing)?|turn(?:s|ing)?)\s+$/.test(pre)) {
        return { n: parseFloat(m[1].replace(',', '.')), unit: m[2] ? condUnit(m[2]) : null };
      }
    }
    return null;
  }

  /* the ranges a text sets: "(65 and over)", "65+", "under 4", "4 to 15",
   * "10–25 kg", "up to 8", "at least 14 years": [{lo, hi, unit, i, end}] */
  function condRanges(text) {
    const out = [];
    const N = '(\\d+(?:[.,]\\d+)?)';
    const U = '(?:\\s*[- ]?' + COND_UNIT + ')?';
    const pats = [
      [new RegExp(N + U + '\\s*(?:-|\u2013|\u2014|to|and)\\s*' + N + U, 'gi'), (m) => ({ lo: +m[1], hi: +m[3], unit: m[4] || m[2] })],
      [new RegExp(N + U + '\\s*(?:\\+|and (?:over|above|older|up|more)|or (?:over|above|older|more))', 'gi'), (m) => ({ lo: +m[1], hi: Infinity, unit: m[2] })],
      [new RegExp('\\b(?:over|above|more than|older than|from|at least|min(?:imum)?\\.?|aged)\\s+' + N + U, 'gi'), (m) => ({ lo: /over|above|more|older/i.test(m[0]) ? +m[1] + 1e-9 : +m[1], hi: Infinity, unit: m[2] })],
      [new RegExp('\\b(?:under|below|less than|younger than|up to|max(?:imum)?\\.?|at most|no more than)\\s+' + N + U, 'gi'), (m) => ({ lo: -Infinity, hi: /up to|max|at most|no more/i.test(m[0]) ? +m[1] : +m[1] - 1e-9, unit: m[2] })],
    ];
    for (const [re, mk] of pats) {
      let m;
      while ((m = re.exec(text))) {
        /* prices and times are no ranges of a condition */
        const pre = text.slice(Math.max(0, m.index - 1), m.index + 1);
        if (/[€$£]/.test(m[0]) || /[€$£]/.test(pre) || /\d:\d/.test(m[0])) continue;
        if (out.some((o) => m.index < o.end && m.index + m[0].length > o.i)) continue;
        const r = mk(m);
        r.unit = r.unit ? condUnit(r.unit) : null;
        r.i = m.index; r.end = m.index + m[0].length;
        out.push(r);
      }
    }
    return out.sort((a, b) => a.i - b.i);
  }

  /* "how much is a swim if I'm 67?" on "Adults pay €6.50. Seniors (65 and
   * over) pay €4.20.": of the sentences (or a list's lines) that set a
   * range, the one the asker's number falls in; the value of the kind
   * asked that follows its range (before the next range), else the
   * sentence. A part that says the question's words counts first. */
  function conditionAnswer(q, ask, keys, qwords, scope, c) {
    const num = askedNumber(q);
    if (!num) return null;
    const cands = [], plain = [];
    const typed = !/^(field|text|yesno|choice)$/.test(ask.kind);
    for (const u of answerUnits({ strong: [], weak: [], phrases: [] }, scope, c)) {
      if (u.len > 1200) continue;
      const ctx = keyHits(u.text, keys).s + qwords.filter((w) => tokens(u.text).includes(w)).length;
      const ss = sentencesOf(u.text);
      let ranged = false;
      for (const s of ss) {
        const rs = condRanges(s);
        rs.forEach((r, k) => {
          if (r.unit && num.unit && r.unit !== num.unit) return;
          ranged = true;
          if (num.n < r.lo || num.n > r.hi) return;
          /* the range of a thing the asker has no unit for ("under 4" in
           * "children under 4" for "I'm 67") fits; one said in other units
           * than the question's (months for years) does not */
          const tail = s.slice(r.end, rs[k + 1] ? rs[k + 1].i : s.length);
          const head = s.slice(k ? rs[k - 1].end : 0, r.i);
          const vs = typed ? valuesIn(tail, ask.kind, ask.unit).concat(valuesIn(head, ask.kind, ask.unit)) : [];
          /* "Children under 4 swim free": no amount, the sentence says it */
          if (!vs.length && typed && !(ask.kind === 'money' && /\b(?:free|no charge|nothing)\b/i.test(head + tail))) return;
          const own = keyHits(s, keys).s + qwords.filter((w) => tokens(s).includes(w)).length;
          cands.push({ u, s, v: vs.length ? vs[0].v : s, score: own * 2 + ctx + (r.unit && num.unit ? 2 : 0) - u.len / 5000 });
        });
      }
      /* "Adults pay €6.50" beside the ranges of children and seniors: the
       * case no range sets, for a number no range holds */
      if (ranged && typed) {
        for (const s of ss) {
          if (condRanges(s).length) continue;
          const vs = valuesIn(s, ask.kind, ask.unit);
          if (vs.length) plain.push({ u, s, v: vs[0].v, score: ctx - u.len / 5000 });
        }
      }
    }
    if (!cands.length && plain.length) {
      plain.sort((a, b) => a.u.len - b.u.len);
      const fst = plain.filter((p) => p.u === plain[0].u);
      if (fst.length === 1) cands.push(fst[0]);
    }
    if (!cands.length) return null;
    cands.sort((a, b) => b.score - a.score);
    const top = cands[0];
    if (cands[1] && cands[1].score === top.score && cands[1].v !== top.v) return null;
    return { ok: true, text: clip(top.v, ANSWER_MAX), ref: refOf(top.u.el), how: 'condition', why: 'the range ' + num.n + (num.unit ? ' ' + num.unit : '') + ' falls in: "' + clip(top.s, 100) + '"' };
  }

  /* "until when can I cancel for free?", "by when must I collect my dog
   * to avoid a fee?": a deadline said relative to an event ("up to 4
   * hours before the class starts"), in the sentence that says the most
   * of the question's words; the phrase itself is the answer */
  const DEADLINE_Q = /\b(?:until when|till when|by when|up to when|how late|how long before|how long after|how early|latest|deadline|last (?:moment|minute|time))\b|\bwhen\b.{0,60}\b(?:for free|free of charge|without (?:a |any |paying |being charged )?(?:fee|charge|cost|penalty|extra)|at no (?:extra )?(?:cost|charge)|no (?:extra )?(?:fee|charge)|avoid (?:a |any |the )?(?:fee|charge|penalty)|at the latest)\b/i;
  const DEADLINE_RE = /\b(?:up to|until|no later than|at (?:the )?latest|at least|within|before)\s+[^.;,]{0,40}?\b(?:before|after|prior to|from|of)\b[^.;,]*/gi;
  function deadlineAnswer(q, keys, qwords, scope, c) {
    if (!DEADLINE_Q.test(q)) return null;
    let best = null;
    for (const u of answerUnits({ strong: [], weak: [], phrases: [] }, scope, c)) {
      if (u.len > 1200) continue;
      for (const s of sentencesOf(u.text)) {
        DEADLINE_RE.lastIndex = 0;
        const m = DEADLINE_RE.exec(s);
        if (!m || !/\d|\b(?:day|hour|minute|week|month|one|two|three)\b/i.test(m[0])) continue;
        const sc = keyHits(s, keys).s + qwords.filter((w) => keyHits(s, { strong: [], weak: [w] }).s).length;
        if (sc && (!best || sc > best.sc || (sc === best.sc && u.len < best.u.len))) best = { u, s, v: collapse(m[0]), sc };
      }
    }
    if (!best) return null;
    return { ok: true, text: clip(best.v, ANSWER_MAX), ref: refOf(best.u.el), how: 'condition', why: 'the deadline in "' + clip(best.s, 100) + '"' };
  }

  /* "what does the info bubble next to Deposit say?" where the bubble is
   * made only when the ⓘ is hovered: the small icon (a glyph or an image,
   * focusable, or marked info / help / hint, or a help cursor) whose own
   * line says the subject; null when none */
  const TIP_ICON = /(^|[\s_-])(info|information|help|hint|tip|tooltip|question|more-info)([\s_-]|$)/i;
  function hoverTip(keys, c) {
    if (!keys.strong.length && !keys.weak.length) return null;
    const icons = [];
    for (const el of c.all()) {
      if (!el.getAttribute || !isVisible(el, c) || (el.localName === 'a' && el.hasAttribute('href'))) continue;
      const t = collapse(el.textContent || '');
      if (t.length > 2 && !(t.length <= 12 && el.getAttribute('aria-label'))) continue;
      if (!t && !el.querySelector('svg,img') && !el.getAttribute('aria-label')) continue;
      let cue = el.hasAttribute('tabindex') || TIP_ICON.test(attrWords(el)) || TIP_ICON.test(el.getAttribute('aria-label') || '');
      if (!cue) { try { cue = getComputedStyle(el).cursor === 'help'; } catch (e) { cue = false; } }
      if (cue && !icons.some((o) => composedContains(o, el))) icons.push(el);
    }
    let best = null;
    for (const el of icons) {
      for (let n = parentOf(el), up = 1; n && n.nodeType === 1 && up <= 3; n = parentOf(n), up++) {
        if (icons.some((o) => o !== el && composedContains(n, o))) break;
        const h = keyHits(textOf(n, c) + ' ' + (el.getAttribute('aria-label') || ''), keys);
        if (h.s && h.strong >= keys.strong.length) {
          if (!best || h.s - up > best.s) best = { el, s: h.s - up };
          break;
        }
      }
    }
    return best ? best.el : null;
  }

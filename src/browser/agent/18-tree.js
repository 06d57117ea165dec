  /* ------------------------------------------------------------------ */
  /* trees: a path or a name in a tree, a nested menu or a folder list    */
  /*                                                                     */
  /* The page's tree is read as nodes, hidden ones too: an li of nested  */
  /* lists, a role=treeitem, a details, and a button that controls a     */
  /* list (aria-controls, or the list right after it). A node has a      */
  /* label (the link, button or text naming it), a toggle (a caret, the  */
  /* summary, its controlling button, or the label itself) and a parent. */
  /* A path ("Photos › Trips 2024", "API reference, then Users, and open */
  /* List users", "Rate limits, under Guides") is a chain of nodes, each */
  /* inside the one before (levels between may be skipped); a name alone */
  /* ("the page about monitoring") is the node whose label holds those   */
  /* words, anywhere in the tree. The collapsed ancestors are opened one */
  /* round at a time (children loaded late are waited for), then the     */
  /* node is clicked, or, for a place named with the thing in it         */
  /* ("download INV-0092.pdf from the Invoices folder", "(it is in       */
  /* Projects / 2026 / Q1)"), the folder is opened and the thing acted  */
  /* on in its own row (download, share, rename with its dialog, trash), */
  /* or the rest of the words read by the other readings. Folders that   */
  /* are entered rather than unfolded (a file table with a breadcrumb)   */
  /* are clicked in turn. Called by interpret() (15-interpret.js) before */
  /* its own readings (trInterpret), and asked by a step the rules read  */
  /* whether its clause is a tree's (trProbe).                           */

  const TR_ITEM = 'li,[role=treeitem],details';
  const TR_SEP = /\s*(?:\u203a|\u00bb|\u2192|->|=>|>|\s\/\s|(?<=\S)\/(?=\S)|,?\s+and then\s+|,?\s+then\s+|,\s*and\s+(?=(?:open|expand|click|select|go to|choose)\b)|,)\s*/i;
  const TR_VERB = /^(?:(?:please|then|now|and)\s+)*(?:open(?:\s+up)?|go\s+to|navigate\s+to|browse\s+to|expand|click(?:\s+on)?|select|choose|show|view|visit|read|find|locate|drill\s+(?:down\s+)?(?:in)?to|get\s+to)\s+/i;
  /* how a person says where the tree is: no part of a name */
  const TR_WHERE = /\b(?:(?:in|on|from|using|via|through|with)\s+(?:the\s+)?(?:left\s+|right\s+|side\s+|main\s+|top\s+|site\s+|docs?\s+|file\s+|folder\s+)?(?:tree|folder\s+tree|file\s+tree|sidebar|side\s+bar|side\s+menu|menu|navigation|nav|left\s+nav|table\s+of\s+contents|toc|explorer|file\s+browser|drive))\b,?/gi;
  const TR_NOUN = /^(?:the\s+)?(?:(?:file|folder|page|doc|document|article|section|entry|item|node|topic|directory|subfolder|sub-folder)\s+)?(?:(?:called|named|titled|about|on|for|that\s+covers|covering|describing)\s+)?/i;
  const TR_TOGGLE_TEXT = /^[\s\u25b6\u25b8\u25b9\u25ba\u25bc\u25be\u25bf\u25c2\u25c0\u203a\u2039\u00bb+\u2212\u2013\-><^\u2304\u2303\u02c5\u02c4\u2795\u2796\u276f\u276e\u232a]*$/;
  const trState = { clause: null, waits: 0, hovered: null, revealed: false, made: 0, flat: -1, clicked: new Set() };

  /* the letters of a label: an arrow or a caret alone names nothing */
  function trNamed(el) {
    const t = collapse(el.textContent || '');
    return t && !TR_TOGGLE_TEXT.test(t) ? t : '';
  }

  /* inside a nested list or group of it (not its own row) */
  function trNested(el, it) {
    for (let p = el.parentElement; p && p !== it; p = p.parentElement) if (p.matches('ul,ol,[role=group],details,[role=tree]')) return true;
    return false;
  }

  /* the element that names an item */
  function trLabel(it) {
    if (it.localName === 'details') return it.querySelector(':scope > summary') || it;
    for (const el of it.querySelectorAll('*')) {
      if (trNested(el, it) || !trNamed(el)) continue;
      if (el.matches('a,button,summary,[role=treeitem],[role=button],[role=link]') || hasOwnText(el)) return el;
    }
    return it;
  }

  /* the control that opens and closes an item */
  function trToggle(n) {
    if (n.it.localName === 'details') return n.label;
    if (n.ctl) return n.ctl;
    for (const el of n.it.querySelectorAll('button,[role=button],[aria-expanded],summary,[class*=toggle],[class*=caret],[class*=chevron],[class*=twist],[class*=arrow]')) {
      if (trNested(el, n.it) || el === n.label) continue;
      const al = norm(el.getAttribute('aria-label') || el.getAttribute('title') || '');
      if (el.hasAttribute('aria-expanded') || isExpandable(el) || /^(expand|collapse|toggle|open|show|close)\b/.test(al) || !trNamed(el)) return el;
    }
    return n.label;
  }

  /* The nodes of the page's trees, hidden ones too: [{it, label, name, parent, ctl, region}] */
  function trNodes(c) {
    if (c.trNodes) return c.trNodes;
    const byEl = new Map(), out = [], regions = new Map();
    const add = (it, label, ctl, region) => {
      if (byEl.has(it)) return byEl.get(it);
      const name = collapse(label.textContent || '') || collapse(label.getAttribute('aria-label') || '');
      const n = { it, label, name: clip(name, 120), parent: null, ctl: ctl || null, region: region || null };
      byEl.set(it, n);
      out.push(n);
      return n;
    };
    for (const el of c.all()) {
      if (el.nodeType !== 1) continue;
      if (el.matches('li') && !el.closest('[role=menu],[role=listbox],[role=tablist]')) {
        if (!el.querySelector('ul,ol,[role=group]') && !el.parentElement.closest('li,[role=treeitem],nav,aside,[role=tree],[role=navigation]') && !el.querySelector('a,button')) continue;
      } else if (!el.matches('[role=treeitem],details')) {
        /* a button that shows a list: its region's nodes are its children */
        const ids = el.getAttribute('aria-controls');
        let region = ids ? byIdIn(el, ids.split(/\s+/)[0]) : null;
        const nx = el.nextElementSibling;
        if (!region && nx && nx.matches('ul,ol,[role=group]') && (isClickable(el, c) || isExpandable(el)) && !el.closest('li,[role=treeitem]')) region = nx;
        if (region && region.querySelector('li,a,[role=treeitem]') && trNamed(el)) regions.set(region, add(el, el, el, region));
        continue;
      }
      const label = trLabel(el);
      if (trNamed(label)) add(el, label);
    }
    for (const n of out) {
      for (let p = parentOf(n.it); p && p.nodeType === 1; p = parentOf(p)) {
        if (regions.has(p) && regions.get(p) !== n) { n.parent = regions.get(p); break; }
        if (byEl.has(p) && p !== n.it) { n.parent = byEl.get(p); break; }
      }
    }
    c.trNodes = out;
    return out;
  }

  function trAbove(a, n) {
    for (let p = n.parent, d = 1; p; p = p.parent, d++) if (p === a) return d;
    return 0;
  }

  function trKids(n, c) {
    return trNodes(c).filter((k) => k.parent === n);
  }

  function trHasKids(n, c) {
    return n.it.localName === 'details' || !!n.region || n.it.hasAttribute('aria-expanded') || n.label.hasAttribute('aria-expanded') ||
      trToggle(n) !== n.label || trKids(n, c).length > 0;
  }

  /* open: it says so, or its children show */
  function trOpen(n, c) {
    if (n.it.localName === 'details') return n.it.open;
    const kids = trKids(n, c);
    if (kids.length) return kids.some((k) => isVisible(k.label, c));
    for (const el of [n.it, n.label, trToggle(n)]) {
      const x = el.getAttribute('aria-expanded');
      if (x) return x === 'true';
    }
    return false;
  }

  /* The words the tree or side bar a node is in calls its nodes by (its
   * label "Albums", "Workspaces"), stemmed: a Set. */
  function trKindWords(n) {
    if (n.kinds) return n.kinds;
    n.kinds = new Set();
    for (let p = n.it.parentElement; p; p = p.parentElement) {
      if (!p.matches('[role=tree],nav,aside,[role=navigation]')) continue;
      for (const t of tokens([p.getAttribute('aria-label'), labelledBy(p)].filter(Boolean).join(' '))) n.kinds.add(stem(t));
      if (n.kinds.size) break;
    }
    return n.kinds;
  }

  /* Is every word of the words that names a node (not its kind, not a
   * filler) a word of node n's name? */
  function trAllWords(words, n) {
    const kinds = trKindWords(n);
    const want = tokens(words).filter((t) => !IP_FILLER.has(t) && !kinds.has(stem(t)));
    const have = tokens(n.name);
    return want.length > 0 && want.every((t) => have.includes(t));
  }

  /* How well a node's name holds the words: 0..1 */
  function trScore(words, n) {
    if (!n.name) return 0;
    const s = textScore(words, n.name);
    let want = tokens(words).filter((t) => !IP_FILLER.has(t));
    /* "the Iceland album" in a tree labelled "Albums": the kind of its
     * nodes names none of them */
    const kinds = trKindWords(n);
    const named = want.filter((t) => !kinds.has(stem(t)));
    if (named.length && named.length < want.length) want = named;
    if (!want.length) return s;
    const have = tokens(n.name);
    const got = want.filter((t) => have.some((h) => h === t || tokenEq(t, h) > 0)).length / want.length;
    return Math.max(s, got * (0.78 + 0.2 * Math.min(1, want.length / Math.max(1, have.length))));
  }

  /* "which boards are under Product?", "what's in the 2024 folder?": the
   * children of the tree node the question names, its branch opened first
   * when closed. An answer ({ok, text} or the reveal answer() gives back),
   * or null when no node with children fits. */
  const TR_ASK_UNDER = /^(?:which|what)\b.*?\b(?:under|inside|within|beneath|below|in|on)\s+(?:the\s+)?["\u201c']?(.+?)["\u201d']?(?:\s+(?:folder|section|group|node|category|workspace|directory|menu|branch))?\s*\??$/i;
  const TR_ASK_HAVE = /^(?:which|what)\s+\S+\s+(?:does|do|did)\s+(?:the\s+)?(.+?)\s+(?:have|hold|contain|include|cover)\s*\??$/i;
  /* how well node n, with the names of the nodes above it, is the thing
   * the words name ("Year 9 Chemistry": Chemistry under Year 9) */
  function trPathScore(words, n) {
    const s = trScore(words, n);
    const want = tokens(words).filter((t) => !IP_FILLER.has(t));
    const have = tokens(n.name);
    if (!want.length || !have.length || !have.every((h) => want.includes(h))) return s;
    const above = new Set();
    for (let p = n.parent; p; p = p.parent) for (const t of tokens(p.name)) above.add(t);
    return want.every((t) => have.includes(t) || above.has(t)) ? Math.max(s, 0.9) : s;
  }
  /* The highest closed node of n's branches, n included: the first a
   * person opens on the way down to it; null when all are open. */
  function trShut(n, c) {
    const path = [];
    for (let p = n; p; p = p.parent) path.unshift(p);
    return path.find((x) => !trOpen(x, c)) || null;
  }

  function trChildren(question, c) {
    const m = TR_ASK_UNDER.exec(question) || TR_ASK_HAVE.exec(question);
    if (!m) return null;
    let best = null, bs = 0;
    for (const n of trNodes(c)) {
      if (!trHasKids(n, c) || !trKids(n, c).length) continue;
      const s = trPathScore(m[1], n);
      if (s > bs + 0.01 || (s >= bs - 0.01 && best && isVisible(n.label, c) && !isVisible(best.label, c))) { bs = s; best = n; }
    }
    if (!best || bs < 0.85) return null;
    /* the branches down to it, the highest closed one first */
    const shut = trShut(best, c);
    if (shut) {
      return { ok: false, error: '"' + clip(shut.name, 60) + '" is closed; click it to show what is under "' + clip(best.name, 60) + '"', candidates: [candDesc(best.label, bs, c)],
        reveal: refOf(trToggle(shut)), revealHow: 'click', revealText: clip(shut.name, 80) };
    }
    /* "what rooms are in the East wing?" of wings, floors and rooms: the
     * rooms under it, a level of branches ("Floor 1") opened on the way,
     * unless their names say the noun asked ("which floors ...") */
    const nm = /^(?:which|what)\s+([a-z]+)/i.exec(question);
    const noun = nm ? stem(norm(nm[1])) : null;
    let level = [best];
    for (let d = 0; d < 3; d++) {
      const kids = level.flatMap((n) => trKids(n, c));
      if (!kids.length || !kids.every((k) => trHasKids(k, c))) break;
      if (!noun || kids.some((k) => tokens(k.name).includes(noun))) break;
      const closed = kids.find((k) => !trOpen(k, c));
      if (closed) {
        return { ok: false, error: '"' + clip(closed.name, 60) + '" is closed; click it to show what is under it', candidates: [candDesc(closed.label, bs, c)],
          reveal: refOf(trToggle(closed)), revealHow: 'click', revealText: clip(closed.name, 80) };
      }
      level = kids;
    }
    const names = level.flatMap((n) => trKids(n, c)).filter((k) => isVisible(k.label, c)).map((k) => k.name.replace(/^[\u25b8\u25be\u25b6\u25bc\u25ba+\u2212-]\s*/, '')).filter(Boolean);
    if (!names.length) return null;
    return { ok: true, text: names.join('; '), ref: refOf(best.label), how: 'tree', why: 'what is under "' + clip(best.name, 60) + '"' };
  }

  /* "Is the textiles room step-free?" of a finder whose tree's leaf
   * ("Room 14 · Textiles", under closed branches) fills a details panel
   * when chosen: the one leaf that says a word of the question that the
   * page shows nowhere outside the tree, its branches opened and then it
   * chosen (a reveal the executor makes, then asks again). null when no
   * leaf is so named, or several, or the word shows already (the panel
   * says it once the leaf is chosen). */
  function trSubject(keys, c) {
    const nodes = trNodes(c);
    if (!nodes.length) return null;
    const words = keys.strong.concat(keys.weak).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
    if (!words.length) return null;
    const trees = Array.from(new Set(nodes.map((n) => closestComposed(n.it, '[role=tree],nav,aside,ul,ol', 12)).filter(Boolean)));
    const outside = [];
    for (const leaf of textLeaves(document.body, c, 4000)) {
      if (!isVisible(leaf, c) || trees.some((t) => composedContains(t, leaf))) continue;
      outside.push(...tokens(textOf(leaf, c)));
    }
    const fresh = words.filter((w) => !outside.some((t) => wordsMeet(w, t)));
    if (!fresh.length) return null;
    /* a leaf whose short name says a name of the question's, or two of
     * its words with one not shown ("Room 14 · Textiles" of "the textiles
     * room"); not one that says a sentence ("First floor: Rooms 7–14,
     * paintings" of "when was it painted") */
    const meets = (n, ws) => tokens(n.name).filter((t) => ws.some((w) => wordsMeet(w, t))).length;
    const hits = nodes.filter((n) => !trHasKids(n, c) && n.name.length <= 40 && !/[:;.]\s/.test(n.name) && meets(n, fresh) &&
      (keys.strong.some((w) => fresh.includes(w)) || meets(n, words) >= 2));
    if (hits.length !== 1) return null;
    const leaf = hits[0];
    const shut = leaf.parent ? trShut(leaf.parent, c) : null;
    /* (a leaf that says more than a name holds its own answer, and one
     * hidden with no closed branch above it is no tree's to open) */
    if (leaf.name.length > 60 || (!shut && !isVisible(leaf.label, c))) return null;
    /* a leaf shown with more than its name ("brand-guidelines.pdf 2.4 MB")
     * answers in place */
    if (!shut && tokens(textOf(leaf.it, c)).length > tokens(leaf.name).length) return null;
    const at = shut ? trToggle(shut) : leaf.label;
    return { ok: false, error: '"' + clip(leaf.name, 60) + '" is in the tree; ' + (shut ? 'open "' + clip(shut.name, 40) + '" on the way to it' : 'choose it to show its details'),
      candidates: [candDesc(leaf.label, 0, c)], reveal: refOf(at), revealHow: 'click', revealText: clip(shut ? shut.name : leaf.name, 80) };
  }

  /* The chain of nodes a path names, best first; null when no first part fits. */
  function trChain(parts, c) {
    const nodes = trNodes(c);
    let layer = nodes.map((n) => ({ n, s: trScore(parts[0], n), prev: null })).filter((x) => x.s >= 0.7);
    if (!layer.length) return null;
    let k = 1;
    for (; k < parts.length; k++) {
      const next = [];
      for (const n of nodes) {
        const s = trScore(parts[k], n);
        if (s < 0.7) continue;
        let best = null;
        for (const y of layer) {
          const d = trAbove(y.n, n);
          if (!d) continue;
          const t = y.s + s - 0.05 * (d - 1);
          if (!best || t > best.s) best = { n, s: t, prev: y };
        }
        if (best) next.push(best);
      }
      if (!next.length) break;
      layer = next;
    }
    layer.sort((a, b) => b.s - a.s);
    const out = [];
    for (let x = layer[0]; x; x = x.prev) out.unshift(x.n);
    const alike = layer.filter((x) => x.s > layer[0].s - 0.01 && x.n !== layer[0].n);
    return { nodes: out, whole: k === parts.length, alike };
  }

  /* The parts of a path as said: "A › B", "A/B", "A, then B, and open C",
   * "C, under B" (reversed). */
  /* a part that is a value of a form, no folder: "from 16:00, for 2
   * people, card 3390 1274" is a booking's time, not a path from "16:00" */
  function trValue(p) {
    return /^\d{1,2}([:.]\d{2}|\s*[ap]\.?m\b)/i.test(p) || /@/.test(p) || /\d{4}[\s-]\d{4}/.test(p);
  }

  function trParts(s) {
    let under = null;
    const um = /^(.+?),?\s+(?:under|inside|within|in)\s+(?:the\s+)?(.+?)(?:\s+(?:folder|section|menu|group))?$/i.exec(s);
    if (um && TR_SEP.test(um[2]) === false && /,\s*(?:under|inside|within)\s/i.test(s)) under = [um[2], um[1]];
    const parts = (under || s.split(TR_SEP)).map((p) => collapse(collapse(p).replace(TR_VERB, '').replace(TR_NOUN, '').replace(/\s+(?:folder|section|page|menu|group)$/i, '').replace(/^["\u201c']|["\u201d']$/g, ''))).filter(Boolean);
    return parts;
  }

  function trWhy(nodes) {
    return nodes.map((n) => n.name).join(' \u203a ');
  }

  /* A click the tree reading asks for, remembered by element: a page that
   * loads anew numbers its elements anew, so a ref of the page before may
   * name another element now. */
  function trClick(el, why, again) {
    trState.clicked.add(el);
    return { ok: true, again, score: 1, actions: [{ act: 'click', ref: refOf(el), why }], why };
  }

  function trDid(el) {
    return trState.clicked.has(el);
  }

  /* One round of opening a chain: the outermost collapsed ancestor's
   * toggle, a wait while children load, or null when the last shows. */
  function trReveal(chain, c, roundInfo, openLast) {
    const last = chain[chain.length - 1];
    const ups = [];
    for (let p = last.parent; p; p = p.parent) ups.unshift(p);
    if (openLast && trHasKids(last, c)) ups.push(last);
    for (let i = 0; i < ups.length; i++) {
      const n = ups[i];
      const onWay = i + 1 < ups.length ? ups[i + 1] : n === last ? null : last;
      const shown = onWay ? isVisible(onWay.label, c) : trOpen(n, c);
      if (shown) continue;
      if (!isVisible(n.label, c) && !isVisible(trToggle(n), c)) continue;
      const tg = trToggle(n);
      if (trDid(tg) || (n === last && trDid(n.label))) {
        /* clicked already: children that load late are waited for */
        if (trState.waits++ < 3) return { ok: true, again: true, actions: [], score: 1, why: 'waits for "' + n.name + '" to show what is in it' };
        return { ok: false, error: 'opening "' + n.name + '" showed ' + (onWay ? 'no "' + onWay.name + '"' : 'nothing in it'), candidates: trKids(n, c).slice(0, 8).map((k) => candDesc(k.label, 0.5, c)) };
      }
      trState.revealed = true;
      return trClick(tg, 'opens "' + n.name + '" on the way to ' + trWhy(chain), true);
    }
    return null;
  }

  /* a place said with the thing in it: "(it is in A / B)", "from the A
   * folder", "inside A/B", "It's under A, B, C" */
  const TR_PLACE = [
    /\s*\((?:(?:it|which|that|they|this)\s*(?:is|'s|\u2019s|are|lives|sits)?\s+|located\s+|found\s+|stored\s+|saved\s+|look\s+)?(?:in|under|inside|within)\s+(?:the\s+)?([^)]+)\)/i,
    /\s*\(([^)]*(?:\u203a|\u00bb|\u2192|->|>|\/)[^)]*)\)/,
    /,?\s+(?:from|in|inside|within|under)\s+(?:the\s+)?((?:[^\s,]+\s*(?:\u203a|\u00bb|\u2192|->|>|\/|,)\s*)+[^\s,].*?|[^,]+?\s+folder|folder\s+\S.*?)\s*$/i,
  ];

  function trPlace(clause) {
    for (const re of TR_PLACE) {
      const m = re.exec(clause);
      if (!m) continue;
      const place = m[1].replace(/^folder\s+/i, '').replace(/\s+folder$/i, '');
      const rest = collapse(clause.slice(0, m.index) + ' ' + clause.slice(m.index + m[0].length));
      if (rest) return { parts: trParts(place), rest };
    }
    return null;
  }

  const TR_CREATE = /^(?:create|make|add|new)\b/i;

  /* selected: the page marks it so */
  function trSelected(n) {
    for (let el = n.label; el && el !== n.it.parentElement; el = el.parentElement) {
      if (el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-current') || /(^|[\s_-])(sel|selected|active|current)([\s_-]|$)/i.test(typeof el.className === 'string' ? el.className : '')) return true;
    }
    return false;
  }

  /* The node the words name by its whole name, anywhere in the clause,
   * hidden in a collapsed branch ("rename tram.heic to ..."): one only. */
  function trNamedIn(clause, c, hidden, within) {
    const low = ' ' + norm(clause) + ' ';
    let best = null, alike = false;
    for (const n of trNodes(c)) {
      const nm = norm(n.name);
      if (nm.length < 4 || !/[.\d_-]/.test(n.name) || !low.includes(' ' + nm + ' ') || !n.parent) continue;
      if ((hidden && isVisible(n.label, c)) || (within && !trAbove(within, n))) continue;
      if (best && nm.length === norm(best.name).length) alike = true;
      else if (!best || nm.length > norm(best.name).length) { best = n; alike = false; }
    }
    return best && !alike ? best : null;
  }

  /* A folder shown as a row or a link, outside the breadcrumb (which says
   * where one is, not what to open): the best visible thing so named. */
  const TR_NOT_FOLDER = /^(radio|checkbox|switch|option|slider|spinbutton|textbox|combobox|searchbox|menuitemradio|menuitemcheckbox)$/;
  function trFlatEl(name, c) {
    let best = null, bs = 0;
    for (const el of c.all()) {
      if (el.nodeType !== 1 || (!/^(td|th|a|button|span|div|li|summary)$/.test(el.localName) && !attrRole(el))) continue;
      /* a choice of a form ("Round trip | One way" as ARIA radios) is a
       * value to set, not a folder: "Dublin to Orly, one way, 12 June" is
       * a form's data, not a path */
      if (TR_NOT_FOLDER.test(attrRole(el) || '') || el.closest('[role=radiogroup],[role=listbox]')) continue;
      if (!hasOwnText(el) && !isClickable(el, c)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 80 || !isVisible(el, c)) continue;
      if (el.closest('[class*=breadcrumb],[class*=crumbs],[aria-label*=readcrumb],[aria-label*=path i]')) continue;
      const sc = textScore(name, t) + (isClickable(el, c) ? 0.01 : 0);
      if (sc > bs + 0.001 || (Math.abs(sc - bs) <= 0.001 && best && best.contains(el))) { best = el; bs = sc; }
    }
    return bs >= 0.86 ? best : null;
  }

  /* One round of a path whose folders are entered, not unfolded (a file
   * table with a breadcrumb): the deepest part shown after the last one
   * entered is clicked. */
  function trFlat(parts, c, roundInfo, place) {
    for (let k = parts.length - 1; k > trState.flat; k--) {
      const el = trFlatEl(parts[k], c);
      if (!el) continue;
      trState.flat = k;
      trState.waits = 0;
      const last = k === parts.length - 1;
      return trClick(el, last ? 'the last of ' + parts.join(' \u203a ') : 'opens "' + parts[k] + '" on the way to "' + parts[parts.length - 1] + '"', !last || place);
    }
    if (trState.flat === parts.length - 1) return null;
    if (trState.waits++ < 3) return { ok: true, again: true, actions: [], score: 1, why: 'waits for "' + parts[trState.flat + 1] + '" to show' };
    return { ok: false, error: '"' + parts[trState.flat + 1] + '" is not on the page' + (trState.flat >= 0 ? ' after opening "' + parts[trState.flat] + '"' : ''), candidates: [] };
  }

  /* What the clause says of the tree: {kind: 'place', chain, parts, rest},
   * {kind: 'path', chain, parts, verb}, {kind: 'hint'} (where the tree is,
   * nothing more), {kind: 'hidden', node}; or null. */
  function trRead(clause, c, roundInfo) {
    const place = trPlace(clause);
    if (place && place.parts.length) {
      const ch = trChain(place.parts, c);
      if (ch && ch.whole) {
        /* "open the Q2 folder under Projects/2026": one path */
        const more = TR_VERB.test(place.rest) ? trParts(place.rest) : [];
        const ch2 = more.length === 1 ? trChain(place.parts.concat(more), c) : null;
        if (ch2 && ch2.whole) return { kind: 'path', chain: ch2, parts: place.parts.concat(more), verb: 'open' };
        return { kind: 'place', chain: ch, parts: place.parts, rest: place.rest };
      }
      if (trState.flat >= 0 || (place.parts.length >= 2 && !place.parts.some(trValue) && trFlatEl(place.parts[0], c))) return { kind: 'flat', parts: place.parts, rest: place.rest };
    }
    const where = TR_WHERE.test(clause);
    TR_WHERE.lastIndex = 0;
    const bare = collapse(clause.replace(TR_WHERE, (m) => (/,$/.test(m) ? ', ' : ' ')).replace(/^[,;:\s]+|[,;:\s]+$/g, ''));
    if (where && !bare) return { kind: 'hint' };
    const verb = (TR_VERB.exec(bare) || [''])[0].trim().toLowerCase();
    const parts = trParts(bare);
    const named = /\b(called|named|titled|about|covering)\b/i.test(bare);
    if (parts.length >= 2 || ((where || named) && parts.length === 1 && verb)) {
      const ch = trChain(parts, c);
      /* a chain cut short at a branch: its children may come later */
      if (ch && (ch.whole || (parts.length >= 2 && trState.flat < 0 && trHasKids(ch.nodes[ch.nodes.length - 1], c) && !(ch.nodes.length === 1 && trFlatEl(parts[1], c))))) return { kind: 'path', chain: ch, parts, verb };
      if (parts.length >= 2 && !parts.some(trValue) && (trState.flat >= 0 || trFlatEl(parts[0], c) || trFlatEl(parts[1], c))) return { kind: 'flat', parts };
    }
    if (parts.length === 1 && !/\s(?:to|as|into|with)\s/i.test(bare)) {
      /* one name: a branch to expand ("expand Users", "Users" after
       * "then"), or a node in a collapsed branch ("open Rate limits") */
      const ch = trChain(parts, c);
      const n = ch && ch.whole && !ch.alike.length ? ch.nodes[0] : null;
      /* "the Iceland album" for "Iceland road trip" in the tree "Albums":
       * every word that names one is the node's */
      const all = n && trAllWords(parts[0], n);
      if (n && (trScore(parts[0], n) >= 0.9 || all) && (!verb || /^(expand|open|show)/.test(verb))) {
        const shown = isVisible(n.label, c);
        if (!shown && n.parent) return { kind: 'path', chain: ch, parts, verb };
        if (all && shown && !trHasKids(n, c) && !trSelected(n)) return { kind: 'path', chain: ch, parts, verb: verb || 'open' };
        const tg = trToggle(n);
        if (shown && trHasKids(n, c) && (!/^open|^show/.test(verb) || tg === n.label) && (!trOpen(n, c) || trDid(tg))) return { kind: 'expand', node: n };
      }
    }
    const hid = trNamedIn(clause, c, true, null) || (trState.revealed || TR_ROW.some(([re]) => re.test(clause)) ? trNamedIn(clause, c, false, null) : null);
    return hid ? { kind: 'hidden', node: hid } : null;
  }

  /* Whether a step the rules read ("click Regions/Europe/Oslo office in
   * the tree") is a tree's to read as a whole. */
  function trProbe(clause, c) {
    trReset(clause);
    if (/\?|^(?:please\s+)?(?:tell me|find out|what|who|whom|whose|which|how|when|where|why|is|are|does|do|did|can|could)\b/i.test(clause)) return false;
    const t = trRead(clause, c);
    /* "download q3-summary.pdf" where the toolbar acts on what is chosen:
     * the node is to be chosen first, which a plain click of ⬇ skips */
    if (t && t.kind === 'hidden') {
      const { v } = trRowVerb(clause);
      return !!(v && !trRowCtl(v, t.node, c) && trBarCtl(v, c));
    }
    return !!t && (t.kind === 'place' || t.kind === 'flat' || (t.kind === 'path' && t.parts.length >= 2));
  }

  /* "create a folder named "Q3"": the page's New folder (Create folder,
   * Add folder, + Folder), then the name typed into the field it shows and
   * confirmed; null when the page has no such control. */
  function trCreate(rest, c, roundInfo) {
    const m = /^(?:create|make|add|new)\s+(?:a\s+|an\s+)?(?:new\s+)?([\p{L}-]+)/iu.exec(rest);
    const nm = /\b(?:named|called|titled|name)\s+(?:"([^"]+)"|\u201c([^\u201d]+)\u201d|'([^']+)'|(\S+))/i.exec(rest) || /"([^"]+)"|\u201c([^\u201d]+)\u201d/.exec(rest);
    if (!m || !nm) return null;
    const noun = stem(m[1].toLowerCase()), name = nm[1] || nm[2] || nm[3] || nm[4];
    const open = () => c.all().find((el) => (el.localName === 'dialog' ? el.open : attrRole(el) === 'dialog') && isVisible(el, c));
    const dlg = open();
    if (!dlg) {
      if (trState.made) return trState.made++ < 3 ? { ok: true, again: true, actions: [], score: 1, why: 'waits for the form of the new ' + m[1] } : { ok: false, error: 'no form to name the new ' + m[1] + ' showed' };
      /* by its words, or its title when they are an icon ("📁+", "New folder") */
      const makes = (t) => new RegExp('^(?:\\+\\s*)?(?:(?:new|create|add|make)(?: an?| new)?\\s+)?' + noun + '\\w*$|^(?:new|create|add)(?: an?| new)? ' + noun).test(norm(t)) && /new|create|add|\+/i.test(t);
      const btn = ipClickables(c).find((el) => isVisible(el, c) && !roundInfo.doneRefs.has(refOf(el)) &&
        [ipName(el, c), el.getAttribute('title') || '', el.getAttribute('aria-label') || ''].some(makes));
      if (!btn) return null;
      trState.made = 1;
      return { ok: true, again: true, score: 1, actions: [{ act: 'click', ref: refOf(btn), why: '"' + ipName(btn, c) + '" makes the new ' + m[1] }] };
    }
    return trDialogFill(dlg, name, 'the new ' + m[1], c);
  }

  function trDialog(c) {
    return c.all().find((el) => (el.localName === 'dialog' ? el.open : attrRole(el) === 'dialog' || attrRole(el) === 'alertdialog') && isVisible(el, c));
  }

  /* the name typed into a dialog's text field, and the dialog confirmed */
  function trDialogFill(dlg, value, what, c) {
    const field = Array.from(dlg.querySelectorAll('input:not([type]),input[type=text],textarea')).find((el) => isVisible(el, c));
    const ok = ipClickables(c, dlg).find((el) => isVisible(el, c) && /^(create|save|ok|add|confirm|done|apply|make|rename|update)\b/.test(norm(ipName(el, c))));
    if (!field || !ok) return { ok: false, error: 'the form for ' + what + ' has ' + (field ? 'no button to confirm it' : 'no field for its name') };
    return { ok: true, score: 1, actions: [{ act: 'type', ref: refOf(field), value, why: 'the name of ' + what }, { act: 'click', ref: refOf(ok), why: 'confirms ' + what }], why: what + ': "' + value + '"' };
  }

  /* what a verb does to a file or folder, and the names its control goes by */
  const TR_ROW = [
    [/^(?:download|save)\b/i, /download|save|export/],
    [/^share\b/i, /share/],
    [/^rename\b/i, /rename|edit name/],
    [/^(?:delete|remove|trash|bin|discard)\b|^move\b.*\b(?:trash|bin|recycle)/i, /trash|delete|remove|bin|recycle/],
    [/^(?:star|favou?rite)\b/i, /star|favou?rite/],
    [/^(?:copy|duplicate)\b/i, /copy|duplicate/],
  ];

  /* "download INV-0092.pdf", "rename tram.heic to tram-alfama.heic": the
   * control in the node's own row (not its folder's), shown by hovering
   * the row; a rename's dialog filled with the new name. */
  /* The clause past its leads ("please", "now", "then") and the entry of
   * TR_ROW its verb is (v undefined when none). */
  function trRowVerb(clause) {
    const verb = clause.replace(/^(?:please\s+|now\s+|then\s+)+/i, '');
    return { verb, v: TR_ROW.find(([re]) => re.test(verb)) };
  }

  function trRowAct(clause, n, c, roundInfo) {
    const { verb, v } = trRowVerb(clause);
    if (!v) return null;
    if (trState.renamed) {
      const dlg = trDialog(c);
      if (dlg) { trState.renamed = null; return trDialogFill(dlg, trState.renamedTo, '"' + n.name + '"', c); }
      if (trState.waits++ < 3) return { ok: true, again: true, actions: [], score: 1, why: 'waits for the form that renames "' + n.name + '"' };
      return { ok: false, error: 'renaming "' + n.name + '" showed no form for the new name' };
    }
    const ctl = trRowCtl(v, n, c);
    if (!ctl) return trBarAct(verb, v, n, c);
    if (!isVisible(ctl, c)) {
      if (trState.hovered === n.it) return { ok: false, error: '"' + ipName(ctl, c) + '" of "' + n.name + '" did not show when its row was pointed at' };
      return trPoint(n);
    }
    const to = trNoteRename(verb);
    return { ok: true, again: !!to, score: 1, actions: [{ act: 'click', ref: refOf(ctl), why: '"' + ipName(ctl, c) + '" in the row of "' + n.name + '"' }], why: 'the control in the row of "' + n.name + '"' };
  }

  /* What a control says it does: its name and its title. */
  function trCtlWords(el, c) {
    return norm(ipName(el, c) + ' ' + (el.getAttribute('title') || ''));
  }

  /* The control in node n's own row for the verb v (of TR_ROW), or null. */
  function trRowCtl(v, n, c) {
    return ipClickables(c, n.it).find((el) => el !== n.label && !trNested(el, n.it) && v[1].test(trCtlWords(el, c))) || null;
  }

  /* A shown control outside the tree for the verb v: a toolbar's, which
   * acts on what is chosen in the tree; or null. */
  function trBarCtl(v, c) {
    const inTree = (el) => trNodes(c).some((m) => m.it.contains(el));
    return ipClickables(c).find((el) => isVisible(el, c) && !inTree(el) && v[1].test(trCtlWords(el, c))) || null;
  }

  /* "rename tram.heic to tram-alfama.heic": the new name noted for the
   * dialog the control opens (trRowAct); whether the verb renames so. */
  function trNoteRename(verb) {
    const to = /^rename\b/i.test(verb) && /\s(?:to|as|into)\s+(?:"([^"]+)"|\u201c([^\u201d]+)\u201d|(\S+))\s*$/i.exec(verb);
    if (to) Object.assign(trState, { renamed: true, renamedTo: to[1] || to[2] || to[3], waits: 0 });
    return !!to;
  }

  /* No control in the node's row, but a toolbar's that acts on what is
   * chosen ("⬇" of "📁+ ✏️ ⬇ 🔗 🗑 Invoices Folder · 3 items"): the node
   * is chosen first (a click on its name; the page marks it selected),
   * then the toolbar's control. Pointing at the row chooses nothing, and
   * the control would act on the folder an earlier click chose. */
  function trBarAct(verb, v, n, c) {
    const bar = trBarCtl(v, c);
    if (!bar) return null;
    if (!trSelected(n)) {
      if (trDid(n.label)) return { ok: false, error: '"' + n.name + '" stays unchosen after a click, so "' + ipName(bar, c) + '" would act on something else' };
      return trClick(n.label, 'chooses "' + n.name + '": "' + ipName(bar, c) + '" acts on what is chosen', true);
    }
    const to = trNoteRename(verb);
    return { ok: true, again: !!to, score: 1, actions: [{ act: 'click', ref: refOf(bar), why: '"' + ipName(bar, c) + '" of the toolbar, "' + n.name + '" chosen' }], why: 'the toolbar\'s control for "' + n.name + '"' };
  }

  /* The pointer moved onto the row of the thing the words name, once: the
   * icons a row shows on hover are then that row's, not the folder's the
   * last click left the pointer on. */
  function trPoint(n) {
    if (trState.hovered === n.it) return null;
    trState.hovered = n.it;
    return { ok: true, again: true, score: 1, actions: [{ act: 'hover', ref: refOf(n.label), why: 'points at "' + n.name + '", the thing the words name' }] };
  }

  function trReset(clause) {
    Object.assign(trState, { clause, waits: 0, hovered: null, revealed: false, made: 0, renamed: null, flat: -1, clicked: new Set() });
  }

  /* The tree reading of a clause; null when it is no tree's. A reply with
   * `rest` asks the other readings to read those words, the place open. */
  function trInterpret(clause, c, roundInfo, round) {
    if (round === 0 || trState.clause !== clause) trReset(clause);
    const t = trRead(clause, c, roundInfo);
    if (!t) return null;
    if (t.kind === 'hint') return { ok: true, actions: [], score: 1, why: 'says where to look; the words after it say what' };
    if (t.kind === 'hidden') return trReveal([t.node], c, roundInfo, false) || trRowAct(clause, t.node, c, roundInfo) || trPoint(t.node);
    if (t.kind === 'expand') {
      const tg = trToggle(t.node);
      if (!trDid(tg)) return trClick(tg, 'expands "' + t.node.name + '"', true);
      if (trOpen(t.node, c) && (trKids(t.node, c).some((k) => isVisible(k.label, c)) || trState.waits >= 3)) return { ok: true, actions: [], score: 1, why: 'expanded "' + t.node.name + '"' };
      trState.waits++;
      return { ok: true, again: true, actions: [], score: 1, why: 'waits for what is in "' + t.node.name + '"' };
    }
    if (t.kind === 'flat') {
      const f = trFlat(t.parts, c, roundInfo, !!t.rest);
      if (f) return f;
      return t.rest ? { rest: t.rest } : { ok: true, actions: [], score: 1, why: 'opened ' + t.parts.join(' \u203a ') };
    }
    const nodes = t.chain.nodes, last = nodes[nodes.length - 1];
    if (t.kind === 'place') {
      /* a new thing made in the place: the place is chosen first (a click
       * that may close it again: it is chosen all the same) */
      const create = TR_CREATE.test(t.rest);
      if (create && trDid(last.label)) return trCreate(t.rest, c, roundInfo) || { rest: t.rest, within: last.it };
      const r = trReveal(nodes, c, roundInfo, true);
      if (r) return r;
      const named = create ? null : trNamedIn(t.rest, c, false, last);
      const ra = named && trRowAct(t.rest, named, c, roundInfo);
      if (ra) return ra;
      const pt = named && trPoint(named);
      if (pt) return pt;
      if (create && !trSelected(last)) {
        return trClick(last.label, 'chooses "' + last.name + '", where the new thing goes', true);
      }
      return (create && trCreate(t.rest, c, roundInfo)) || { rest: t.rest, within: last.it };
    }
    const parts = t.parts;
    if (!t.chain.whole) {
      const got = nodes.length;
      const r = trReveal(nodes, c, roundInfo, true);
      if (r) return r;
      if (trState.waits++ < 3 && round < 12) return { ok: true, again: true, actions: [], score: 1, why: 'waits for "' + parts[got] + '" in "' + last.name + '"' };
      return { ok: false, error: '"' + parts[got] + '" is not in ' + trWhy(nodes), candidates: trKids(last, c).slice(0, 8).map((k) => candDesc(k.label, trScore(parts[got], k), c)) };
    }
    if (t.chain.alike.length) {
      return { ok: false, error: (t.chain.alike.length + 1) + ' entries of the tree fit "' + parts.join(' \u203a ') + '" alike; say which (the path to it)', candidates: [last].concat(t.chain.alike.map((x) => x.n)).slice(0, 6).map((n) => candDesc(n.label, 0.8, c)) };
    }
    const r = trReveal(nodes, c, roundInfo, false);
    if (r) return r;
    if (trDid(last.label) || trDid(trToggle(last))) return { ok: true, actions: [], score: 1, why: 'opened ' + trWhy(nodes) };
    /* a branch already open stays open; anything else is clicked */
    if (trHasKids(last, c) && trOpen(last, c) && trToggle(last) === last.label) return { ok: true, actions: [], score: 1, why: trWhy(nodes) + ' is open' };
    return trClick(last.label, 'the last of ' + trWhy(nodes), false);
  }

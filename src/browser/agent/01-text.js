  /* ------------------------------------------------------------------ */
  /* text: normalization and fuzzy matching                               */

  /* Pure functions of strings, remembered. One call scores the same names
   * against the same words many times over (every label of a form against
   * every span of the words, every item against every clause part), and a
   * step asks again each round: norm, variants and textScore were two
   * fifths of an interpret call's time. A table is forgotten whole once
   * its keys pass MEMO_CHARS characters. */
  const MEMO_CHARS = 1 << 21;
  function memoTable() {
    return { m: new Map(), chars: 0 };
  }
  /* t's value for key k, else fn(a, b) remembered under it */
  function memoGet(t, k, fn, a, b) {
    const v = t.m.get(k);
    if (v !== undefined) return v;
    const out = fn(a, b);
    if ((t.chars += k.length) > MEMO_CHARS) { t.m = new Map(); t.chars = k.length; }
    t.m.set(k, out);
    return out;
  }
  const normMemo = memoTable();

  function norm(s) {
    const k = s == null ? '' : String(s);
    return memoGet(normMemo, k, normOf, k);
  }

  function normOf(s) {
    return s
      .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2019`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }

  /* plural -> singular, crude but symmetric (applied to both sides) */
  function stem(w) {
    if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (w.length > 4 && /(?:sses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
    if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  function tokens(s) {
    const n = norm(s);
    return n ? n.split(' ').map(stem) : [];
  }

  /* "userName", "user_name", "user-name" -> "user name" */
  function humanize(s) {
    return String(s || '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.:[\]]+/g, ' ');
  }

  function collapse(s) {
    return String(s == null ? '' : s).replace(/[\s\u00a0]+/g, ' ').trim();
  }

  function clip(s, n) {
    s = collapse(s);
    if (s.length <= n) return s;
    /* never half of a surrogate pair (an emoji): a lone one breaks the reply's JSON */
    const cut = /[\ud800-\udbff]/.test(s[n - 2]) ? n - 2 : n - 1;
    return s.slice(0, cut) + '\u2026';
  }

  /* Damerau-Levenshtein (optimal string alignment) distance, or max+1 when
   * it exceeds max. */
  function dl(a, b, max) {
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > max) return max + 1;
    if (a === b) return 0;
    let p2 = null, p1 = new Array(lb + 1), cur;
    for (let j = 0; j <= lb; j++) p1[j] = j;
    for (let i = 1; i <= la; i++) {
      cur = new Array(lb + 1);
      cur[0] = i;
      let rowMin = i;
      for (let j = 1; j <= lb; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
        if (p2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      p2 = p1;
      p1 = cur;
    }
    return p1[lb];
  }

  /* The typo distance between a and b when it is small enough to forgive,
   * else -1: two from 8 letters, one from 5; in 4-letter words only a
   * missing, extra or swapped letter ("oder", "Nxet"), not a different one
   * ("Text" is not "Next"); none in shorter ones. */
  function typoDist(a, b) {
    const mn = Math.min(a.length, b.length);
    const allow = mn >= 8 ? 2 : mn >= 4 ? 1 : 0;
    if (!allow) return -1;
    const d = dl(a, b, allow);
    if (d > allow) return -1;
    if (mn === 4 && a.length === b.length && a.split('').sort().join('') !== b.split('').sort().join('')) return -1;
    return d;
  }

  /* 1 = same token, 0.8 = a typo away, 0 = different */
  function tokenEq(a, b) {
    if (a === b) return 1;
    if (/^\d+$/.test(a) || /^\d+$/.test(b)) return 0;
    return typoDist(a, b) > 0 ? 0.8 : 0;
  }

  /* How well candidate text c matches query text q: 0..1.
   * 1 equal (case, punctuation, spacing aside); 0.96 equal but for plurals;
   * 0.94 equal but for spaces ("log in"/"login"); 0.86/0.78 one/two typos;
   * 0.6..0.88 every query word is in the candidate ("Add to cart" in
   * "Add to Cart (2)"), more when the candidate has few other words;
   * 0.3..0.8 the candidate is a part of the query; less for partial overlap. */
  const scoreMemo = memoTable();

  function textScore(q, c) {
    const a = q == null ? '' : String(q), b = c == null ? '' : String(c);
    return memoGet(scoreMemo, a + '\u0000' + b, textScoreOf, a, b);
  }

  function textScoreOf(q, c) {
    const nq = norm(q), nc = norm(c);
    if (!nq || !nc) {
      const rq = collapse(q).toLowerCase(), rc = collapse(c).toLowerCase();
      return rq && rq === rc ? 1 : 0;
    }
    if (nq === nc) return 1;
    const tq = nq.split(' ').map(stem), tc = nc.split(' ').map(stem);
    if (tq.join(' ') === tc.join(' ')) return 0.96;
    const cq = tq.join(''), cc = tc.join('');
    if (cq === cc) return 0.94;
    /* "Add to Cart (2)" is no typo of "Add to cart": differing digits are words */
    if (Math.abs(cq.length - cc.length) <= 2 && cq.replace(/\d/g, '') !== cc.replace(/\d/g, '')) {
      const d = typoDist(cq, cc);
      if (d > 0) return d === 1 ? 0.86 : 0.78;
    }
    if (tc.length > 400) return 0;
    /* every query word in the candidate */
    let got = 0, typos = 0, pos = -1, inOrder = true;
    const used = new Array(tc.length).fill(false);
    for (const w of tq) {
      let hit = -1, hv = 0;
      for (let j = 0; j < tc.length; j++) {
        if (used[j]) continue;
        const v = tokenEq(w, tc[j]);
        if (v > hv) { hv = v; hit = j; if (v === 1) break; }
      }
      if (hit >= 0) {
        used[hit] = true;
        got++;
        if (hv < 1) typos++;
        if (hit < pos) inOrder = false;
        pos = hit;
      }
    }
    if (got === tq.length) {
      let s = 0.6 + 0.28 * (tq.length / tc.length) + (inOrder ? 0.02 : 0);
      if (typos) s *= 0.93;
      return Math.min(s, 0.9);
    }
    /* every candidate word in the query ("Login" for "login button") */
    let back = 0;
    for (const w of tc) if (tq.some((x) => tokenEq(w, x) === 1)) back++;
    if (back === tc.length) return 0.3 + 0.5 * (tc.length / tq.length);
    /* a word prefix: "subscr" of "subscribe" */
    if (cq.length >= 4 && cc.startsWith(cq)) return 0.45 + 0.2 * (cq.length / cc.length);
    const union = tq.length + tc.length - got;
    const overlap = union ? 0.5 * (got / union) : 0;
    return Math.max(overlap, 0.4 * dice(cq, cc));
  }

  /* bigram similarity: a weak signal, only to rank near misses */
  function dice(a, b) {
    if (a.length < 2 || b.length < 2 || b.length > 3 * a.length + 10 || a.length > 3 * b.length + 10) return 0;
    const m = new Map();
    for (let i = 0; i < a.length - 1; i++) {
      const g = a.substr(i, 2);
      m.set(g, (m.get(g) || 0) + 1);
    }
    let hit = 0;
    for (let i = 0; i < b.length - 1; i++) {
      const g = b.substr(i, 2);
      const n = m.get(g);
      if (n) { hit++; m.set(g, n - 1); }
    }
    return (2 * hit) / (a.length + b.length - 2);
  }


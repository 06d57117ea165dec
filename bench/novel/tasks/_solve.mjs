// Helpers that write the page-side JavaScript of the reference solutions (--selftest).
// Not a task file: its default export is an empty list.
export default [];

const q = (s) => JSON.stringify(s);

/** Sets a field's value (input, select, textarea) the way typing would, firing input and change. */
export const fill = (sel, value, root = 'document') =>
  `(function(e){ if(!e) throw new Error('no field ' + ${q(sel)}); e.focus(); e.value = ${q(value)}; e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true})); })(${root}.querySelector(${q(sel)}));`;

/** Clicks the element matched by the selector (throws when missing). */
export const click = (sel, root = 'document') =>
  `(function(e){ if(!e) throw new Error('nothing matches ' + ${q(sel)}); e.click(); })(${root}.querySelector(${q(sel)}));`;

/** Clicks the first element matching sel whose text contains text. */
export const clickText = (sel, text, root = 'document') =>
  `(function(){ var e = [...${root}.querySelectorAll(${q(sel)})].find(function(x){ return x.textContent.includes(${q(text)}); }); if(!e) throw new Error('no ' + ${q(sel)} + ' with ' + ${q(text)}); e.click(); })();`;

/** The text of the element matched by sel. */
export const text = (sel, root = 'document') => `return ${root}.querySelector(${q(sel)}).innerText;`;

/** Checks a checkbox or radio (clicks it when not already checked). */
export const check = (sel, on = true, root = 'document') =>
  `(function(e){ if(!e) throw new Error('no box ' + ${q(sel)}); if(e.checked !== ${on}) e.click(); })(${root}.querySelector(${q(sel)}));`;

// Small helpers of the novel suite's sites (not a site: index.mjs does not list it).

/** JSON safe to put inside a <script> element. */
export const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028|\u2029/g, ' ');

/**
 * The source of a browser-side function called with the given data: the function is
 * written as ordinary JavaScript in the site module and runs in the page.
 */
export const client = (fn, ...args) => `(${fn.toString()})(${args.map(json).join(', ')});`;

export const money = (n) => `£${Number(n).toFixed(2)}`;

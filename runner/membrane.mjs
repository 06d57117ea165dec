// membrane.mjs -- the wall between a script's vm context and this process.
//
// A vm context is a separate realm, but every host object put into it
// carries its realm along: page.constructor.constructor is this process's
// Function, and Function('return process')() is this process. So nothing
// of ours enters the context as itself:
//   - plain data (arrays, plain objects, dates, errors) is copied into
//     objects made by the context;
//   - promises become the context's promises, settled by us;
//   - every other object or function (Playwright's page, locators,
//     responses; log, console, timers, URL...) is seen through a Proxy whose
//     target is a function or object made by the context, and whose traps
//     answer for the real one: no prototype, no "constructor", "__proto__",
//     "caller", "callee", "arguments", "prototype" or "then", no
//     underscore-prefixed internals (page._channel, request._innerFetch), no
//     symbols but the iterators, nothing writable. What a trap returns goes
//     through the membrane again;
//   - what the script hands to us is copied out the same way: its functions
//     become functions of ours that call them with wrapped arguments (and
//     still print their source, for page.evaluate), its promises are awaited
//     through a then captured before the script ran, so a script that
//     replaces Promise.prototype.then never gets a function of ours;
//   - Error.prepareStackTrace is fixed to undefined in the context, so
//     stack frames (and their this and functions) cannot be reached.
// Some capabilities are refused outright, whatever the path to them:
// requests made from this process (APIRequestContext, route.fetch) and
// launching or connecting browsers (BrowserType).
import util from 'node:util';
import vm from 'node:vm';

const DENIED_NAMES = new Set(['constructor', '__proto__', 'prototype', 'caller', 'callee', 'arguments',
  'then', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
const ALLOWED_SYMBOLS = new Set([Symbol.iterator, Symbol.asyncIterator, Symbol.toStringTag]);
const MAX_DEPTH = 100;

/** Why a script may not have the value of real[prop], or null. */
function refusedCapability(real, prop) {
  const type = real && typeof real === 'object' ? real._type : undefined;
  if (type === 'APIRequestContext')
    return 'page.request and context.request are not available to scripts; fetch from the page instead: page.evaluate(() => fetch(url).then(r => r.text()))';
  if (type === 'Route' && prop === 'fetch')
    return 'route.fetch() is not available to scripts; use route.continue() or route.fulfill()';
  if (type === 'BrowserType') return 'browser types are not available to scripts: they launch and connect browsers';
  return null;
}

const hidden = (prop) => (typeof prop === 'symbol' ? !ALLOWED_SYMBOLS.has(prop)
  : DENIED_NAMES.has(prop) || prop.startsWith('_'));

/**
 * The membrane of the context ctx (made with vm.createContext). Call before
 * any script code runs in it. Returns { toCtx, toHost, real }:
 * toCtx(host value) -> what the context may hold; toHost(context value) ->
 * what our code may use; real(x) -> the host object behind a proxy, or x.
 */
export function membrane(ctx) {
  // Made in the context before the script can change anything there.
  const c = vm.runInContext(`(() => {
    'use strict';
    const P = Promise, then = P.prototype.then, resolve = P.resolve, E = Error;
    const toStr = Function.prototype.toString;
    // Node asks globalThis.Error.prepareStackTrace of the error's realm to
    // format its stack, with call sites that reach every frame's function
    // and this: neither the hook nor the global Error may change.
    Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, configurable: false });
    Object.defineProperty(globalThis, 'Error', { value: Error, writable: false, configurable: false });
    return {
      fn: () => (function () {}).bind(null),   // callable, constructible, no own 'prototype'
      obj: () => Object.create(null),
      array: () => [],
      object: () => ({}),
      date: (t) => new Date(t),
      error: (name, message, stack) => {
        const e = new E(message);
        Object.defineProperty(e, 'name', { value: name, writable: true, configurable: true });
        Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true });
        return e;
      },
      promise: (start) => new P(start),
      settle: (p, ok, fail) => { then.call(resolve.call(P, p), (v) => { ok(v); }, (e) => { fail(e); }); },
      source: (f) => toStr.call(f),
    };
  })()`, ctx);

  const proxies = new WeakMap();  // host object -> its proxy
  const reals = new WeakMap();    // proxy -> host object
  const hostFns = new WeakMap();  // context function -> our function calling it
  const ctxFns = new WeakMap();   // our function -> the context function

  function ctxError(e) {
    if (reals.has(e) || !e || typeof e !== 'object') return toCtx(e);
    return c.error(String(e.name ?? 'Error'), String(e.message ?? e), String(e.stack ?? ''));
  }

  function call(fn) {
    try {
      return toCtx(fn());
    } catch (e) {
      throw ctxError(e);
    }
  }

  function refused(why) {
    return proxyOf(new Proxy(Object.create(null), { get: () => () => { throw new Error(why); } }));
  }

  function proxyOf(real) {
    let p = proxies.get(real);
    if (p) return p;
    const handler = {
      get: (t, prop) => {
        if (hidden(prop)) return undefined;
        const why = refusedCapability(real, prop);
        if (why) return toCtx(() => { throw new Error(why); });
        return call(() => {
          const v = Reflect.get(real, prop, real);
          const inner = refusedCapability(v, prop);
          // A refused object: each of its methods throws why.
          return inner ? refused(inner) : v;
        });
      },
      has: (t, prop) => !hidden(prop) && prop in real,
      ownKeys: () => Reflect.ownKeys(real).filter((k) => !hidden(k)),
      getOwnPropertyDescriptor: (t, prop) => {
        if (hidden(prop)) return undefined;
        const d = Reflect.getOwnPropertyDescriptor(real, prop);
        if (!d) return undefined;
        const value = 'value' in d ? toCtx(d.value) : call(() => Reflect.get(real, prop, real));
        return { value, writable: false, enumerable: d.enumerable, configurable: true };
      },
      getPrototypeOf: () => null,
      setPrototypeOf: () => false,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
      preventExtensions: () => false,
      apply: (t, self, args) => call(() => Reflect.apply(real, toHost(self), args.map((a) => toHost(a)))),
      construct: (t, args) => call(() => Reflect.construct(real, args.map((a) => toHost(a)))),
    };
    p = new Proxy(typeof real === 'function' ? c.fn() : c.obj(), handler);
    proxies.set(real, p);
    reals.set(p, real);
    return p;
  }

  /** A host value as the context may hold it. */
  function toCtx(v, depth = 0) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (reals.has(v)) return v; // already one of our proxies
    if (ctxFns.has(v)) return ctxFns.get(v);
    if (depth > MAX_DEPTH) return undefined;
    if (util.types.isPromise(v))
      return c.promise((ok, fail) => { v.then((x) => ok(toCtx(x)), (e) => fail(ctxError(e))); });
    if (typeof v === 'function') return proxyOf(v);
    if (Array.isArray(v)) {
      const a = c.array();
      for (const x of v) a.push(toCtx(x, depth + 1));
      return a;
    }
    if (util.types.isDate(v)) return c.date(v.getTime());
    if (util.types.isNativeError(v)) return ctxError(v);
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const o = c.object();
      for (const [k, x] of Object.entries(v)) o[k] = toCtx(x, depth + 1);
      return o;
    }
    return proxyOf(v);
  }

  /** A function of ours that calls the context's fn with wrapped arguments. */
  function hostFn(fn) {
    let h = hostFns.get(fn);
    if (h) return h;
    const source = c.source(fn);
    h = function (...args) {
      const r = Reflect.apply(fn, toCtx(this), args.map((a) => toCtx(a)));
      if (r !== null && (typeof r === 'object' || typeof r === 'function') && !reals.has(r))
        return new Promise((ok, fail) => c.settle(r, (x) => ok(toHost(x)), (e) => fail(toHost(e))));
      return toHost(r);
    };
    // page.evaluate(fn) sends String(fn) to the page: the script's source.
    Object.defineProperty(h, 'toString', { value: () => source });
    hostFns.set(fn, h);
    ctxFns.set(h, fn);
    return h;
  }

  /** A context value as our code may use it. */
  function toHost(v, depth = 0, seen = new Map()) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (reals.has(v)) return reals.get(v);
    if (typeof v === 'function') return hostFn(v);
    if (depth > MAX_DEPTH) return undefined;
    if (seen.has(v)) return seen.get(v);
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    if (tag === 'RegExp') return new RegExp(String(v.source), String(v.flags));
    if (tag === 'Date') return new Date(Number(v.getTime()));
    if (ArrayBuffer.isView(v)) return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    if (tag === 'ArrayBuffer') return Buffer.from(new Uint8Array(v));
    if (Array.isArray(v)) {
      const a = [];
      seen.set(v, a);
      for (let i = 0; i < v.length; i++) a.push(toHost(v[i], depth + 1, seen));
      return a;
    }
    const o = {};
    seen.set(v, o);
    for (const k of Object.keys(v)) o[k] = toHost(v[k], depth + 1, seen);
    if (tag === 'Error' && !('message' in o)) o.message = String(v.message);
    return o;
  }

  /** A promise of ours for the context's value v (a promise or not),
   * settled through the context's own then as it was before the script. */
  const settle = (v) => new Promise((ok, fail) => c.settle(v, ok, fail));

  return { toCtx, toHost, settle, real: (x) => (reals.has(x) ? reals.get(x) : x) };
}

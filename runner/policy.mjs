// policy.mjs -- which URLs a script's browser may load: the rules of
// src/engine/urlpolicy.c, for URLs Chromium has already parsed (so the host
// is canonical: lower case, IPv4 as a dotted quad, IPv6 in brackets).
//
// Only http and https (and ws/wss) reach the network. Unless private
// networks are allowed, a host that is, or resolves to, a loopback,
// private, link-local, CGNAT or otherwise reserved address is refused.
import dns from 'node:dns/promises';
import net from 'node:net';

const HINT = 'set BROWSERAI_ALLOW_PRIVATE_NETWORKS=1 to allow it';

// [first address, prefix length, reason]; the first match wins.
const V4 = [
  ['255.255.255.255', 32, 'broadcast'], ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'], ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'], ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'], ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'], ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'], ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'], ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
].map(([a, p, r]) => [v4num(a), p, r]);

function v4num(a) {
  return a.split('.').reduce((n, x) => n * 256 + Number(x), 0);
}

function v4reason(n) {
  for (const [net4, p, r] of V4) {
    const size = 2 ** (32 - p);
    if (Math.floor(n / size) === Math.floor(net4 / size)) return r;
  }
  return null;
}

/** The 16 bytes of an IPv6 address (text without brackets). */
function v6bytes(text) {
  let s = text;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = v4num(v4[1]);
    s = s.slice(0, -v4[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === null ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const out = [];
  for (const g of groups) {
    const v = parseInt(g || '0', 16);
    out.push(v >> 8, v & 0xff);
  }
  return out;
}

function v6reason(b) {
  const starts = (prefix, bits) => {
    for (let i = 0; i < bits; i++) {
      const bit = (x) => (x[i >> 3] >> (7 - (i & 7))) & 1;
      if (bit(b) !== bit(prefix)) return false;
    }
    return true;
  };
  const z = (n) => Array(n).fill(0);
  const embedded = (at) => v4reason(((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3]);
  if (b.every((x) => x === 0)) return 'unspecified';
  if (starts([...z(15), 1], 128)) return 'loopback';
  if (starts([...z(10), 0xff, 0xff], 96) || starts(z(12), 96)) return embedded(12);
  if (starts([0, 0x64, 0xff, 0x9b, ...z(8)], 96)) return embedded(12);
  if (starts([0xfc], 7)) return 'private';
  if (starts([0xfe, 0x80], 10)) return 'link-local';
  if (starts([0xfe, 0xc0], 10)) return 'private';
  if (starts([0xff], 8)) return 'multicast';
  if (starts([0x20, 0x01, 0x0d, 0xb8], 32) || starts([0x3f, 0xff], 20)) return 'documentation';
  if (starts([0x20, 0x01, 0, 0], 32) || starts([0x20, 0x01, 0, 0x10], 28) || starts([0x20, 0x01, 0, 0x20], 28)) return 'reserved';
  if (starts([0x20, 0x02], 16)) return embedded(2);
  if ((b[0] & 0xe0) !== 0x20) return 'reserved';
  return null;
}

/** Why the address (text) is not public, or null when it is. */
export function addressReason(addr) {
  const kind = net.isIP(addr);
  if (kind === 4) return v4reason(v4num(addr));
  if (kind === 6) return v6reason(v6bytes(addr));
  return 'unsupported';
}

const an = (w) => ('aeiou'.includes(w[0]) ? 'an' : 'a');
const resolved = new Map(); // host:port -> Promise<reason text | null>

/** The 16 bytes of an address as a key, IPv4 mapped into IPv6. */
function addrKey(addr) {
  return (net.isIP(addr) === 4 ? v6bytes(`::ffff:${addr}`) : v6bytes(addr)).join('.');
}

/**
 * The operator's exceptions (BROWSERAI_ALLOW_ADDRESSES): exact address:port
 * pairs ("127.0.0.1:8000,[::1]:8000") let through although not public.
 */
export function parseAllowed(list) {
  const out = new Set();
  for (const item of String(list || '').split(/[\s,]+/).filter(Boolean)) {
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(item);
    if (m && net.isIP(m[1])) out.add(`${addrKey(m[1])}|${Number(m[2])}`);
  }
  return out;
}

const isAllowed = (allowed, addr, port) => allowed.has(`${addrKey(addr)}|${port}`);

async function hostReason(host, port, allowed) {
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (net.isIP(literal)) {
    const r = addressReason(literal);
    if (r && isAllowed(allowed, literal, port)) return null;
    return r && `refused: ${host} is ${an(r)} ${r} address; ${HINT}`;
  }
  if (host === 'localhost' || host.endsWith('.localhost'))
    return `refused: ${host} is a loopback address; ${HINT}`;
  let list;
  try {
    list = await dns.lookup(host, { all: true, verbatim: true });
  } catch {
    return `refused: cannot resolve ${host}`;
  }
  for (const { address } of list) {
    const r = addressReason(address);
    if (r && !isAllowed(allowed, address, port)) return `refused: ${host} resolves to ${address}, ${an(r)} ${r} address; ${HINT}`;
  }
  return null;
}

/** Schemes that never touch the network or the disk. */
const LOCAL = new Set(['about:', 'data:', 'blob:', 'javascript:']);

/**
 * Why the browser may not load url (a "refused: ..." text), or null.
 * network: the URL is a request about to leave (http/https/ws/wss only);
 * otherwise a navigation target, where about:, data: and blob: also pass.
 */
export async function refusal(url, allowPrivate, { network = true, allowed = new Set() } = {}) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return 'refused: not an absolute URL; it must start with http:// or https://';
  }
  const web = ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol);
  if (!web) {
    if (!network && LOCAL.has(u.protocol)) return null;
    return `refused: ${u.protocol} URLs are not allowed; only http and https URLs are`;
  }
  if (allowPrivate) return null;
  const port = Number(u.port) || (u.protocol === 'https:' || u.protocol === 'wss:' ? 443 : 80);
  const key = `${u.hostname}:${port}`;
  let p = resolved.get(key);
  if (!p) {
    p = hostReason(u.hostname, port, allowed);
    resolved.set(key, p);
  }
  return p;
}

// Percentiles, summaries and plain-text tables.

/** The p-th percentile (0-100) of xs by nearest rank: the smallest value with
 * at least p% of the samples at or below it. NaN for no samples. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

export function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/** { n, min, p50, p90, p99, max, mean } of xs. */
export function summary(xs) {
  return {
    n: xs.length,
    min: xs.length ? Math.min(...xs) : NaN,
    p50: percentile(xs, 50),
    p90: percentile(xs, 90),
    p99: percentile(xs, 99),
    max: xs.length ? Math.max(...xs) : NaN,
    mean: mean(xs),
  };
}

/** A number with d decimals, or "-" when it is not a number. */
export function fmt(x, d = 1) {
  return Number.isFinite(x) ? x.toFixed(d) : '-';
}

/** a / b as "1.23x", or "-". */
export function ratio(a, b, d = 2) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(d)}x` : '-';
}

/** Bytes or KiB to MiB text. */
export const mib = (kib) => (Number.isFinite(kib) ? (kib / 1024).toFixed(1) : '-');

/** Prints rows (arrays of cells) under headers, columns padded; numbers right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const w = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] || '').length)));
  const numeric = headers.map((_, i) => rows.every((r) => /^[-+]?[\d.]+(x|%| ms| MiB)?$|^-$/.test(String(r[i] ?? ''))));
  const line = (r) => r.map((c, i) => (numeric[i] && i > 0 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  const out = [line(cells[0]), w.map((n) => '-'.repeat(n)).join('  ')];
  for (const r of cells.slice(1)) out.push(line(r));
  return out.join('\n');
}

/** Whether `ok` holds, as text for a target line. */
export const verdict = (ok) => (ok ? 'MET' : 'MISSED');

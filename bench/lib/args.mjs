// Command-line flags of the benchmarks: --name value, --name=value, --flag;
// --help prints the usage and every flag with its default.

/**
 * parseArgs(usage, options): options is a list of
 * { name, type: 'int' | 'num' | 'str' | 'bool', def, help }.
 * Returns an object keyed by name (dashes become camelCase).
 */
export function parseArgs(usage, options, argv = process.argv.slice(2)) {
  const key = (n) => n.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const byName = new Map(options.map((o) => [o.name, o]));
  const out = {};
  for (const o of options) out[key(o.name)] = o.def;
  const help = () => {
    const lines = [usage.trim(), '', 'Flags:'];
    for (const o of options) {
      const left = o.type === 'bool' ? `  --${o.name}` : `  --${o.name} ${o.type === 'str' ? 'S' : 'N'}`;
      const def = o.type === 'bool' ? '' : ` (default: ${o.def === '' || o.def == null ? 'none' : o.def})`;
      lines.push(`${left.padEnd(26)} ${o.help}${def}`);
    }
    lines.push(`  ${'--help'.padEnd(24)} this text`);
    return lines.join('\n');
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(help());
      process.exit(0);
    }
    if (!a.startsWith('--')) fail(`unexpected argument "${a}"`);
    a = a.slice(2);
    let val;
    const eq = a.indexOf('=');
    if (eq >= 0) {
      val = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    let o = byName.get(a);
    if (!o && a.startsWith('no-') && byName.get(a.slice(3))?.type === 'bool') {
      out[key(a.slice(3))] = false;
      continue;
    }
    if (!o) fail(`unknown flag --${a} (see --help)`);
    if (o.type === 'bool') {
      out[key(o.name)] = val === undefined ? true : !/^(0|false|no|off)$/i.test(val);
      continue;
    }
    if (val === undefined) {
      if (i + 1 >= argv.length) fail(`--${a} needs a value`);
      val = argv[++i];
    }
    if (o.type === 'int' || o.type === 'num') {
      const n = Number(val);
      if (!Number.isFinite(n) || (o.type === 'int' && !Number.isInteger(n)) || n < 0) {
        fail(`--${a}: "${val}" is not a ${o.type === 'int' ? 'whole ' : ''}number >= 0`);
      }
      out[key(o.name)] = n;
    } else {
      out[key(o.name)] = val;
    }
  }
  return out;

  function fail(msg) {
    console.error(`${msg}\n\n${help()}`);
    process.exit(2);
  }
}

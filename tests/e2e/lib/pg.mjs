// A throw-away PostgreSQL server, as tests/lib/pg.sh starts one: initdb in a
// temporary folder (as the postgres user, or nobody, when root), listening
// only on a unix socket in that folder. For the cluster tests and
// bench/scale.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's newest server binaries, or PG_BIN. */
export function pgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  let dirs = [];
  try { dirs = fs.readdirSync('/usr/lib/postgresql'); } catch { return null; }
  dirs.sort((a, b) => Number(a) - Number(b));
  for (const v of dirs.reverse()) {
    const bin = `/usr/lib/postgresql/${v}/bin`;
    if (fs.existsSync(`${bin}/initdb`)) return bin;
  }
  return null;
}

/** start(), restart(), stop(); url is a libpq URL once started. */
export class Postgres {
  constructor() {
    this.bin = pgBin();
    this.dir = null;
    this.as = [];
  }

  run(prog, args) {
    const [cmd, ...pre] = this.as.length ? this.as : [path.join(this.bin, prog)];
    const argv = this.as.length ? [...pre, path.join(this.bin, prog), ...args] : args;
    return execFileSync(cmd, argv, { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 90000 });
  }

  start() {
    if (!this.bin) throw new Error('no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)');
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browserai-pg-'));
    if (process.getuid() === 0) {
      let user = 'postgres';
      try { execFileSync('id', ['-u', user], { stdio: 'ignore' }); } catch { user = 'nobody'; }
      execFileSync('chown', [user, this.dir]);
      this.as = ['runuser', '-u', user, '--'];
    }
    this.run('initdb', ['-D', `${this.dir}/data`, '-U', 'browserai', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    this.run('pg_ctl', ['-D', `${this.dir}/data`, '-l', `${this.dir}/server.log`, '-w', '-t', '60', '-o',
      `-c listen_addresses='' -c unix_socket_directories='${this.dir}' -c port=5432 -c fsync=off ` +
      '-c synchronous_commit=off -c full_page_writes=off -c max_connections=300', 'start']);
    this.run('createdb', ['-h', this.dir, '-p', '5432', '-U', 'browserai', 'browserai']);
    this.url = `postgresql://browserai@/browserai?host=${this.dir}&port=5432`;
  }

  restart() {
    this.run('pg_ctl', ['-D', `${this.dir}/data`, '-l', `${this.dir}/server.log`, '-m', 'fast', '-w', '-t', '60', 'restart']);
  }

  stop() {
    if (!this.dir) return;
    const pidFile = `${this.dir}/data/postmaster.pid`;
    try {
      if (fs.existsSync(pidFile)) this.run('pg_ctl', ['-D', `${this.dir}/data`, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // pg_ctl failed: stop the postmaster by its pid (SIGQUIT: immediate).
      try { process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGQUIT'); } catch { /* gone */ }
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}

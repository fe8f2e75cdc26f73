// A real PostgreSQL server for the tests of the backend's PostgreSQL store: a throwaway cluster
// in a temporary directory, made with the Debian package's initdb (scripts/setup installs
// postgresql; nothing needs to run beforehand), started on a free loopback TCP port with fsync
// on and password authentication, one database per test file. PostgreSQL refuses to run as
// root: under root the cluster belongs to the `postgres` system user and the server runs as it.
// Each test file starts its own cluster on its own port, so files never share state; stop()
// in afterAll removes it, and a process that exits without stop() still takes its server
// along (an exit hook, and setpriv --pdeathsig for a SIGKILL).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const DEBIAN_VERSIONS = '/usr/lib/postgresql';
const SUPERUSER = 'posrt';

export interface PostgresServer {
  readonly port: number;
  /** The postmaster's process id while it runs (bench/fleet sums its processes' CPU). */
  pid(): number | undefined;
  /** The superuser's password, for a test that checks it never reaches a log or an error. */
  readonly password: string;
  /** Creates a database and gives its connection URL (password included). Its collation is
   *  ICU's en-US, as a fleet's database likely has, so a listing that sorts by the locale's
   *  rules rather than byte order shows in a test. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown) and keeps the cluster, for a test of the store going away. */
  halt(): Promise<void>;
  /** Starts it again on the same port after halt(). */
  resume(): Promise<void>;
  /** Stops the server and removes the cluster. */
  stop(): Promise<void>;
}

/** The newest installed server's bin directory, e.g. /usr/lib/postgresql/15/bin. */
function serverBinaries(): string {
  const versions = existsSync(DEBIAN_VERSIONS) ? readdirSync(DEBIAN_VERSIONS).filter((v) => /^\d+$/.test(v) && existsSync(join(DEBIAN_VERSIONS, v, 'bin', 'postgres'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) {
    throw new Error(`PostgreSQL server binaries not found under ${DEBIAN_VERSIONS}/<version>/bin: run bash scripts/setup (it installs the postgresql package), or apt-get install -y postgresql`);
  }
  return join(DEBIAN_VERSIONS, newest, 'bin');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Root runs the server's programs as the postgres user; anyone else runs them as themselves. */
function asServerUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string): number => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid === 0) throw new Error('running as root, but there is no postgres system user to run PostgreSQL as: run bash scripts/setup (the postgresql package creates it)');
  return { uid, gid: id('-g') };
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = serverBinaries();
  if (!existsSync('/usr/bin/setpriv')) throw new Error('/usr/bin/setpriv not found: it runs the server as its user and ties its life to ours (Debian: util-linux)');
  const owner = asServerUser();
  const dir = mkdtempSync(join(tmpdir(), 'posrt-pg-'));
  const data = join(dir, 'data');
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (owner) for (const path of [dir, pwfile]) chownSync(path, owner.uid, owner.gid);
  // setpriv switches user (when root) and asks for the child's death with ours, in one exec:
  // the server is our direct child, so killing it reaches the postmaster itself.
  const run = (program: string, args: string[]): [string, string[]] => [
    '/usr/bin/setpriv',
    [...(owner ? ['--reuid', String(owner.uid), '--regid', String(owner.gid), '--clear-groups'] : []), '--pdeathsig', 'KILL', join(bin, program), ...args],
  ];
  // --no-sync only for initdb's own files: a throwaway cluster need not survive a power cut
  // before it starts; the server itself runs with fsync on, as a fleet's would.
  const [initdb, initArgs] = run('initdb', ['-D', data, '-U', SUPERUSER, '--pwfile', pwfile, '--auth', 'scram-sha-256', '--encoding', 'UTF8', '--locale', 'C', '--no-sync']);
  const made = spawnSync(initdb, initArgs, { cwd: dir, encoding: 'utf8' });
  if (made.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${made.status}): ${made.stderr}`);
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  let log = '';
  const reap = (): void => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', reap);

  const admin = (): pg.Client => new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });

  const resume = async (): Promise<void> => {
    const [postgres, args] = run('postgres', ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'fsync=on', '-c', 'synchronous_commit=on']);
    const started = spawn(postgres, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    child = started;
    started.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<never>((_, reject) => {
      started.once('exit', (code) => reject(new Error(`postgres exited (${code}) before accepting connections: ${log}`)));
      started.once('error', (e) => reject(new Error(`postgres could not be started: ${e.message}`)));
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const client = admin();
      try {
        await Promise.race([client.connect(), exited]);
        await client.end();
        return;
      } catch (e) {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline || started.exitCode !== null) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };

  /** SIGINT is a fast shutdown (sessions ended, a checkpoint, the cluster clean); SIGQUIT an
   *  immediate one, for a cluster about to be removed: no checkpoint to wait for, after a file
   *  that wrote a few dozen databases. */
  const shutDown = async (signal: 'SIGINT' | 'SIGQUIT'): Promise<void> => {
    const running = child;
    if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    await exited;
  };

  try {
    await resume();
  } catch (e) {
    reap();
    process.off('exit', reap);
    throw e;
  }

  return {
    port,
    password,
    pid: () => child?.pid,
    async createDatabase(name) {
      const client = admin();
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`);
      } finally {
        await client.end();
      }
      return `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    halt: () => shutDown('SIGINT'),
    resume,
    async stop() {
      await shutDown('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
      process.off('exit', reap);
    },
  };
}

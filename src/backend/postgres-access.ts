// The PostgreSQL store's connection pool (node-postgres), shared by the repository and the
// stores composed into it: one statement in autocommit, or several in one transaction on one
// connection. Every failure of the server or the connection comes out as E-BACKEND-0010 naming
// the server, never the password.
import pg from 'pg';
import { PosError } from '../errors/index.js';
import { describePostgresUrl } from './postgres-url.js';

/** int8 and numeric (what sum() over bigint gives) are read as BigInt from their decimal
 *  text: pg's default leaves them strings, and a Number would round amounts past 2^53. Set on
 *  this pool's clients only, not on pg's process-wide parsers. */
const exactIntegers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? (text: string) => BigInt(text) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PostgresOptions {
  /** Connections the pool keeps at most (pg's default, 10, unless given). */
  readonly poolSize?: number;
}

export class PostgresAccess {
  private readonly pool: pg.Pool;
  /** describePostgresUrl's form, for E-BACKEND-0010's context. */
  private readonly server: string;
  /** Scrubbed from every driver message that reaches an error, should one ever echo it. */
  private readonly password: string;
  /** The name each SQL text is prepared under (query). */
  private readonly statementNames = new Map<string, string>();

  constructor(url: string, options: PostgresOptions = {}) {
    this.pool = new pg.Pool({
      connectionString: url,
      types: exactIntegers,
      // A server that stops answering fails the write in bounded time (E-BACKEND-0010), rather
      // than holding the session's acknowledgement for as long as TCP keeps trying.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      ...(options.poolSize === undefined ? {} : { max: options.poolSize }),
    });
    // An idle connection the server drops (restart, admin kill) is an 'error' event on the pool,
    // which would end the process unheard; the pool has already discarded it, and the next
    // query connects anew or fails with E-BACKEND-0010.
    this.pool.on('error', () => undefined);
    this.server = describePostgresUrl(url);
    let password = '';
    try {
      password = decodeURIComponent(new URL(url).password);
    } catch {
      // Unparsable: pg refuses it on the first connect, which reports it as E-BACKEND-0010.
    }
    this.password = password;
  }

  /** One statement, in its own transaction (autocommit). Each SQL text is a named prepared
   *  statement, parsed and planned once per connection (pg keeps the names per client) where an
   *  unnamed one is parsed and planned on every call: every heartbeat and upload runs the same
   *  few statements. */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    let name = this.statementNames.get(sql);
    if (name === undefined) {
      name = `posrt-${this.statementNames.size}`;
      this.statementNames.set(sql, name);
    }
    try {
      return await this.pool.query<R>({ name, text: sql, values: params });
    } catch (e) {
      throw this.unavailable(e);
    }
  }

  /** BEGIN, `work` on one connection, COMMIT; ROLLBACK on any failure. A connection that
   *  failed mid-way is destroyed rather than returned to the pool. */
  async transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw this.unavailable(e);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch((lost: Error) => (broken = lost));
      throw this.unavailable(e);
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** E-BACKEND-0010 with the server and PostgreSQL's SQLSTATE (or the socket's error code); the
   *  driver's message scrubbed of the password. No `cause`: a logger that prints the cause
   *  chain gets nothing the context does not already say. */
  private unavailable(e: unknown): PosError {
    if (e instanceof PosError) return e;
    const code = (e as { code?: unknown } | null)?.code;
    const message = e instanceof Error ? e.message : String(e);
    return new PosError('E-BACKEND-0010', {
      store: 'postgresql',
      server: this.server,
      code: typeof code === 'string' ? code : undefined,
      postgres: this.password === '' ? message : message.split(this.password).join('***'),
    });
  }
}

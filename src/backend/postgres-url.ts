// A PostgreSQL connection string as logs and errors may show it. Apart from the driver, so the
// embedded backend on SQLite describes its store without loading pg.
/** Where a connection string points, for errors and logs: user, host, port and database, and
 *  never the password (which pg may also take from PGPASSWORD or ~/.pgpass). */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://(unparsable connection string)';
  }
}

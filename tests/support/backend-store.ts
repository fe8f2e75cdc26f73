// Writes to a running backend's store from a test, as a damaged or compromised backend would
// (WAL lets a writer in beside the backend process), and a copy of a store signing with another
// key: a backend the terminals know (they are enrolled there) that is not the one they pinned.
import Database from 'better-sqlite3';

export function tamperStore(db: string, sql: string, ...params: unknown[]): void {
  const handle = new Database(db);
  try {
    handle.prepare(sql).run(...params);
  } finally {
    handle.close();
  }
}

/** Copies the store to `copy` with a new signing seed and no commands or offers of its own. */
export function copyStoreWithAnotherKey(db: string, copy: string): void {
  const source = new Database(db);
  try {
    source.prepare('VACUUM INTO ?').run(copy);
  } finally {
    source.close();
  }
  tamperStore(copy, "UPDATE settings SET value = randomblob(32) WHERE name = 'signing-seed'");
  tamperStore(copy, 'DELETE FROM commands');
  tamperStore(copy, 'DELETE FROM firmware_offers');
}

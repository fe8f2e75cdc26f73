// Where the backend keeps its rows, from `pos backend --db`: a postgres:// or postgresql:// URL
// is a PostgreSQL database (the fleet store), anything else a SQLite file (the embedded
// default). A URL of another scheme is refused rather than taken for a file named "mysql:".
import { PosError } from '../errors/index.js';
import type { PostgresOptions } from './postgres-access.js';
import { describePostgresUrl } from './postgres-url.js';
import type { BackendRepository } from './repository.js';
import { SqliteRepository } from './sqlite-repository.js';

export type StoreLocation = { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgresql'; readonly url: string };

export function parseStoreLocation(text: string, field = '--db'): StoreLocation {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'sqlite', path: text };
  if (scheme === 'postgres' || scheme === 'postgresql') return { kind: 'postgresql', url: text };
  throw new PosError('E-BACKEND-0011', { field, scheme, reason: 'a file path (SQLite) or a postgres:// URL' });
}

/** The location as a log line or an error may show it: a URL without its password. */
export function describeStore(location: StoreLocation): string {
  return location.kind === 'sqlite' ? location.path : describePostgresUrl(location.url);
}

/** Opens the store, creating its tables when missing; E-BACKEND-0010 when it cannot. */
export async function openRepository(location: StoreLocation, postgres: PostgresOptions = {}): Promise<BackendRepository> {
  switch (location.kind) {
    case 'sqlite':
      return SqliteRepository.open(location.path);
    case 'postgresql': {
      // pg and the PostgreSQL stores load only for a fleet store: the embedded backend on SQLite
      // starts beside every npm start.
      const { PostgresRepository } = await import('./postgres-repository.js');
      return PostgresRepository.open(location.url, postgres);
    }
  }
}

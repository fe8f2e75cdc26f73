// `pos backend --db`: a postgres:// or postgresql:// URL is the PostgreSQL store, anything else a
// SQLite file, another URL scheme refused; what a log line shows of a URL leaves its password out.
import { describe, expect, it } from 'vitest';
import { describeStore, parseStoreLocation } from '../../src/backend/store-location.js';
import { errorOf } from '../support/pos-error.js';

describe('parseStoreLocation', () => {
  it('takes postgres:// and postgresql:// URLs as PostgreSQL, whatever their case', () => {
    expect(parseStoreLocation('postgres://posrt@db.example:5432/fleet')).toEqual({ kind: 'postgresql', url: 'postgres://posrt@db.example:5432/fleet' });
    expect(parseStoreLocation('PostgreSQL://db/fleet')).toEqual({ kind: 'postgresql', url: 'PostgreSQL://db/fleet' });
  });

  it('takes anything without a scheme as a SQLite file, relative or absolute', () => {
    expect(parseStoreLocation('posrt-backend.db')).toEqual({ kind: 'sqlite', path: 'posrt-backend.db' });
    expect(parseStoreLocation('/var/lib/posrt/backend.db')).toEqual({ kind: 'sqlite', path: '/var/lib/posrt/backend.db' });
  });

  it('refuses another scheme with E-BACKEND-0011 naming --db, rather than making a file of it', () => {
    const e = errorOf(() => parseStoreLocation('mysql://root:hunter2@db/fleet'));
    expect(e.code).toBe('E-BACKEND-0011');
    expect(e.context).toMatchObject({ field: '--db', scheme: 'mysql' });
    expect(e.message).not.toContain('hunter2');
  });
});

describe('describeStore', () => {
  it('shows a URL with its user, host, port and database, never its password', () => {
    const shown = describeStore(parseStoreLocation('postgres://posrt:s3cr%40t@db.example:5433/fleet?sslmode=require'));
    expect(shown).toBe('postgres://posrt@db.example:5433/fleet');
  });

  it('shows a SQLite file as its path', () => {
    expect(describeStore(parseStoreLocation('/var/lib/posrt/backend.db'))).toBe('/var/lib/posrt/backend.db');
  });
});

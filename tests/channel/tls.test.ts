// The channel over TLS: the backend process with a certificate from a throwaway CA, the
// terminal trusting that CA only. A terminal that trusts another CA never opens a session; a
// CA file that is not there is E-CHAN-0101 before anything is sent.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enrolTerminal } from '../../src/channel/enrolment-client.js';
import { pinBackendKey } from '../../src/channel/identity.js';
import { rejectionOf } from '../support/pos-error.js';
import { makeTestPki } from '../support/test-ca.js';
import { makeTerminal, readStore, startBackend, tempDir, until, uploadPayload, writeBackendConfig } from '../support/backend-process.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('the channel over TLS', () => {
  it('enrols, opens a session and delivers uploads to a backend whose certificate the pinned CA signed', async () => {
    const dir = tempDir('posrt-tls-');
    const pki = makeTestPki(dir);
    const other = makeTestPki(dir, 'other');
    const b = await startBackend({ db: join(dir, 'backend.db'), tokens: ['tok'], config: writeBackendConfig(dir), extra: ['--tls-cert', pki.certFile, '--tls-key', pki.keyFile] });
    cleanup.push(() => b.kill());
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-TLS');
    const facts = { deviceSerial: 'SN-TLS', model: 'posrt-dev', firmwareVersion: '0.1.0', capabilities: [], provisioningToken: 'tok' };

    const untrusted = await rejectionOf(enrolTerminal({ address, tls: { caFile: other.caFile } }, t.identity, facts, { timeoutMs: 5_000 }));
    expect(untrusted.code).toBe('E-CHAN-0102');
    const missing = await rejectionOf(enrolTerminal({ address, tls: { caFile: join(dir, 'nowhere.pem') } }, t.identity, facts));
    expect([missing.code, missing.context.errno]).toEqual(['E-CHAN-0101', 'ENOENT']);

    const enrolled = await enrolTerminal({ address, tls: { caFile: pki.caFile } }, t.identity, facts);
    pinBackendKey(t.dir, enrolled.backendPublicKey);
    t.outbox.enqueue('transaction-upload', 'tls-0', uploadPayload('tls-txn-0', 500));
    const client = t.client(address, { link: { address, tls: { caFile: pki.caFile } } });
    cleanup.push(() => client.stop());
    client.start();
    await until('the upload is acknowledged', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
    expect(readStore(join(dir, 'backend.db'), 'SELECT transaction_id FROM transactions')).toEqual([{ transaction_id: 'tls-txn-0' }]);
  });
});

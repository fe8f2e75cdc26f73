// One sale through the payment engine on the real PC/SC stack: the UnionPay virtual card dialled
// into pcscd's vpcd contact slot, read through the pcsc driver the registry found, the online
// PIN from the keyed pad, approved by pos backend as a process over the real channel, both
// slips through the ESC/POS driver into the virtual printer; then that card's balance inquiry
// the same way. Run only as
//   flock /tmp/posrt-hil.lock npx vitest run tests/hil/engine-sale.test.ts
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PcscDiscovery } from '../../src/devices/pcsc/index.js';
import { createCard } from '../../src/emulators/card/index.js';
import { VpcdLink } from '../../src/emulators/vpcd/link.js';
import { VPCD_READERS, usePcscd, type Pcscd } from '../../src/emulators/vpcd/pcscd.js';
import { createLogger, DeviceRegistry, type CardReader } from '../../src/kernel/index.js';
import { startHost, UNIONPAY_BALANCE, type Host } from '../payment/engine/host.js';
import { engineRig, type EngineRig } from '../payment/engine/rig.js';
import { readStore, until } from '../support/backend-process.js';

const log = createLogger({ name: 'hil', level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

let pcscd: Pcscd;
let registry: DeviceRegistry;
let host: Host;
let rig: EngineRig | undefined;
let link: VpcdLink | undefined;

beforeAll(async () => {
  host = await startHost('SN-ENGINE-HIL');
  pcscd = await usePcscd();
  registry = new DeviceRegistry({ providers: [new PcscDiscovery({ log, backoff: { initialMs: 100, maxMs: 500 }, transmitTimeoutMs: 5_000 })], log });
  await registry.start();
}, 60_000);

afterAll(async () => {
  await rig?.close();
  await link?.detach();
  await registry?.stop();
  await pcscd?.release();
  await host?.stop();
});

describe('the engine on pcscd + vpcd', () => {
  it('sells 200.00 on the UnionPay card in the vpcd contact slot: online PIN, approved by the backend, uploaded, both slips printed', async () => {
    const reader: CardReader = await registry.waitFor('card-reader', (r) => r.identity.path === VPCD_READERS[0], 15_000);
    link = new VpcdLink(createCard('unionpay', { interface: 'contact' }), { slot: 0 });
    await link.attach();
    await until('pcscd sees the card', () => reader.presence().kind === 'present');
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456', readers: { contact: reader } });
    const outcome = await rig.engine.sale({ amount: 20_000n });
    expect(outcome.kind, 'error' in outcome ? `${outcome.error.code} ${JSON.stringify(outcome.error.context)}` : '').toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(outcome.transaction).toMatchObject({ entryMode: 'contact', scheme: 'unionpay', maskedPan: '621234******1232', decision: 'online', responseCode: '00' });
    expect(outcome.receipts).toMatchObject({ merchant: { kind: 'printed' }, customer: { kind: 'printed' } });
    await until('the upload reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
  }, 60_000);

  it("asks the same card's balance (9C 31, online PIN): the backend's issuer answers it, the screen shows it, the cardholder's slip prints it, and no batch total counts it", async () => {
    const reader: CardReader = await registry.waitFor('card-reader', (r) => r.identity.path === VPCD_READERS[0], 15_000);
    await rig?.close();
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, pin: '123456', readers: { contact: reader } });
    const outcome = await rig.engine.balance();
    expect(outcome.kind, 'error' in outcome ? `${outcome.error.code} ${JSON.stringify(outcome.error.context)}` : '').toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(outcome.transaction).toMatchObject({ type: 'balance', amount: 0n, entryMode: 'contact', maskedPan: '621234******1232', decision: 'online', balance: UNIONPAY_BALANCE });
    expect(rig.shown.at(-1)).toMatchObject({ id: 'balance', maskedPan: '621234******1232', balance: UNIONPAY_BALANCE });
    const customer = rig.printer.receipts[1]!.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : [])).join('\n');
    expect(customer).toContain('CNY 88888.00');
    expect(rig.journal.xReport().totals.map((t) => t.type)).not.toContain('balance');
    await until('the upload reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
  }, 60_000);
});

// Technical fallback through the engine: a chip that cannot be read (the virtual card's first
// answer truncated, so selection fails with E-CARD-0006 and the kernel says try another
// interface), then the same card swiped on the MSR emulator on a pty through the real driver,
// and the tracks sent online to pos backend as a process, whose issuer simulator approves a
// track that reads (the message's PAN, not expired) by its rules: what is checked is that the
// swipe went online, once, as a fallback, was approved, and that the tracks stayed out of every
// file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MagStripeDiscovery } from '../../../src/devices/msr/index.js';
import { createCard } from '../../../src/emulators/card/index.js';
import { createLogger, DeviceRegistry, type MagStripe } from '../../../src/kernel/index.js';
import { posrt } from '../../../src/protos/index.js';
import { startPtyRig, until, type PtyRig } from '../../support/pty-rig.js';
import { startHost, type Host } from './host.js';
import { engineRig, type EngineRig } from './rig.js';

const PAN = '4761739001010010';
const TRACK2 = `${PAN}=2812201${'1000012300000'}`;

let host: Host;
let rig: EngineRig;
let pty: PtyRig;
let registry: DeviceRegistry;

beforeAll(async () => {
  host = await startHost('SN-ENGINE-MSR');
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

afterEach(async () => {
  await rig?.close();
  await registry?.stop();
  await pty?.stop();
});

/** The MSR emulator on a pty behind the real driver, found by the registry. */
async function startMsr(): Promise<MagStripe> {
  pty = await startPtyRig({ serve: 'src/emulators/msr/serve.ts', args: (port) => ['--port', port] });
  registry = new DeviceRegistry({ providers: [new MagStripeDiscovery({ paths: [pty.terminalPath], retryMs: 200 })], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  return registry.waitFor('mag-stripe', () => true, 5_000);
}

describe('swipe after a chip that cannot be read', () => {
  it("falls back to the stripe: the track 2 goes online in the track field with no cryptogram, journaled as fallback, and the backend's answer recorded", async () => {
    const msr = await startMsr();
    const sent: { tracks: boolean; arqc: number; pan: string }[] = [];
    const recorded = host.recording();
    rig = await engineRig({
      terminal: host.terminal,
      magStripe: msr,
      host: (t) => {
        const real = recorded.authorisation(t);
        return { authorise: (r) => (sent.push({ tracks: r.tracks !== undefined, arqc: r.arqc.length, pan: r.pan }), real.authorise(r)) };
      },
    });
    rig.contact.present(createCard('visa', { interface: 'contact', faults: [{ kind: 'malformed-response', atApdu: 1, damage: 'truncated' }] }));
    const sale = rig.engine.sale({ amount: 1_500n });
    await until(() => rig.shown.some((s) => s.id === 'book-a' && s.message === 'insert-swipe-or-try-another-card'), 5_000, 'the fallback prompt');
    pty.type(`swipe ${JSON.stringify({ track2: TRACK2 })}`);
    const outcome = await sale;
    expect(sent).toEqual([{ tracks: true, arqc: 0, pan: PAN }]);
    // The message over the channel says fallback (a swipe after the chip), not a tap's mag-stripe mode.
    expect(recorded.sent.map((m) => m.entryMode)).toEqual([posrt.channel.v1.EntryMode.ENTRY_MODE_FALLBACK]);
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(outcome.transaction).toMatchObject({ entryMode: 'fallback', scheme: 'visa', maskedPan: '476173******0010', responseCode: '00' });
    const files = readdirSync(rig.dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
    for (const f of files) expect(readFileSync(f).includes(Buffer.from(PAN, 'ascii')), f).toBe(false);
  });

  it('authorises a stripe-only card swiped at that prompt (service code 1xx) as a plain mag-stripe swipe, not a fallback', async () => {
    const msr = await startMsr();
    const recorded = host.recording();
    rig = await engineRig({ terminal: host.terminal, magStripe: msr, host: recorded.authorisation });
    rig.contact.present(createCard('visa', { interface: 'contact', faults: [{ kind: 'malformed-response', atApdu: 1, damage: 'truncated' }] }));
    const sale = rig.engine.sale({ amount: 1_500n });
    await until(() => rig.shown.some((s) => s.id === 'book-a' && s.message === 'insert-swipe-or-try-another-card'), 5_000, 'the fallback prompt');
    pty.type(`swipe ${JSON.stringify({ track2: `${PAN}=2812101${'1000012300000'}` })}`);
    const outcome = await sale;
    expect(recorded.sent.map((m) => m.entryMode)).toEqual([posrt.channel.v1.EntryMode.ENTRY_MODE_MAG_STRIPE]);
    expect(outcome).toMatchObject({ kind: 'approved', transaction: { entryMode: 'mag-stripe', maskedPan: '476173******0010' } });
  });
});

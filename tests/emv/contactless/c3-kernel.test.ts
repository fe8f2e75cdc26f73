// Kernel 3 (EMV Contactless Book C-3, Visa qVSDC) run whole against the virtual card's quick
// GPO (src/emulators/card/quick-gpo.ts), activated by hand as Entry Point would (Book B §3.4).
// Each case names the Book C-3 section it exercises; the card's answers are the virtual card's
// own, so every expectation below follows from the profile (profiles/quick-variants.ts).
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { c3Kernel } from '../../../src/emv/contactless/c3/index.js';
import { newTvr } from '../../../src/emv/dictionary/index.js';
import { activation, TTQ, withQuick, type Tap } from './c3-c7-activation.js';

const run = async (tap: Tap) => c3Kernel.run(await activation(tap));
const tvrOf = (record: ReadonlyMap<number, Uint8Array> | undefined) => newTvr(record?.get(0x95));

describe('Kernel 3 (Book C-3)', () => {
  it('approves offline a TC whose fDDA signature verifies (§5.4, §5.7), no CVM below the CVM limit', async () => {
    const result = await run({ profile: 'visa-qvsdc', amount: 2000n, ttq: TTQ.noCvm });
    expect(result.kernel).toBe(3);
    expect(result.outcome.status).toBe('approved');
    expect(result.outcome.cvm).toBe('no-cvm');
    expect(result.outcome.receipt).toBe(false);
    expect(result.outcome.uiRequestOnOutcome).toMatchObject({ message: 'approved', status: 'card-read-successfully' });
    expect(result.cryptogram?.type).toBe('TC');
    // The Data Record carries the cryptogram and what it was computed over (§5.8).
    const record = result.dataRecord!;
    expect(toHex(record.get(0x9f26)!)).toBe(toHex(result.cryptogram!.value));
    expect(toHex(record.get(0x9f27)!)).toBe('40');
    expect(toHex(record.get(0x9f02)!)).toBe('000000002000');
    expect(toHex(record.get(0x9f66)!)).toBe(TTQ.noCvm);
    expect(toHex(record.get(0x9f37)!)).toBe('11223344');
    expect(record.get(0x9f36)?.length).toBe(2);
    expect(record.get(0x9f10)).toBeDefined();
    expect(tvrOf(record).has('ddaFailed')).toBe(false);
    expect(tvrOf(record).has('offlineDataAuthenticationNotPerformed')).toBe(false);
    expect(result.maskedPan).toMatch(/^476173\*+0010$/);
  });

  it('declines the same TC when the fDDA cannot verify (no CA key for the card): offline approval rests on fDDA (§5.4)', async () => {
    const result = await run({ profile: 'visa-qvsdc', amount: 2000n, ttq: TTQ.noCvm, caKeys: false });
    expect(result.outcome.status).toBe('declined');
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('not-authorised');
    expect(tvrOf(result.dataRecord).has('ddaFailed')).toBe(true);
  });

  it('asks for online authorisation when the card answers ARQC above its offline limit (§5.7)', async () => {
    const result = await run({ profile: 'visa-qvsdc', amount: 8000n, ttq: TTQ.noCvm });
    expect(result.outcome).toMatchObject({ status: 'online-request', start: 'n/a', onlineResponseData: 'n/a', cvm: 'no-cvm' });
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('authorising-please-wait');
    expect(result.cryptogram?.type).toBe('ARQC');
    expect(toHex(result.dataRecord!.get(0x9f27)!)).toBe('80');
  });

  it('sends an online-only card online, and the reader\'s "online cryptogram required" does the same for an offline card (§5.7)', async () => {
    expect((await run({ profile: 'visa-online-only', amount: 100n, ttq: TTQ.noCvm })).outcome.status).toBe('online-request');
    expect((await run({ profile: 'visa-qvsdc', amount: 100n, ttq: TTQ.onlineCryptogramRequired })).cryptogram?.type).toBe('ARQC');
  });

  it('declines on an AAC: an offline-only reader and an amount the card will not approve offline (§5.7)', async () => {
    const result = await run({ profile: 'visa-qvsdc', amount: 8000n, ttq: TTQ.offlineOnly });
    expect(result.cryptogram?.type).toBe('AAC');
    expect(result.outcome.status).toBe('declined');
    expect(result.dataRecord!.get(0x9f26)).toBeDefined();
  });

  it('asks for online PIN when the reader requires a CVM and the CTQ says "online PIN required" (§5.5)', async () => {
    const result = await run({ profile: 'visa-qvsdc', amount: 2000n, ttq: TTQ.cvmRequired });
    expect(result.cryptogram?.type).toBe('ARQC');
    expect(result.outcome).toMatchObject({ status: 'online-request', cvm: 'online-pin' });
    expect(toHex(result.dataRecord!.get(0x9f6c)!)).toBe('8000');
  });

  it('approves with signature when the CTQ says "signature required" (§5.5): receipt and "approved, please sign"', async () => {
    const result = await run({ profile: 'visa-qvsdc-signature', amount: 2000n, ttq: TTQ.cvmRequired });
    expect(result.outcome).toMatchObject({ status: 'approved', cvm: 'signature', receipt: true });
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('approved-please-sign');
  });

  it('takes the phone\'s consumer device CVM as Confirmation Code Verified (CTQ byte 2 b8, checked against 9F69) (§5.5)', async () => {
    const result = await run({ profile: 'visa-phone-cdcvm', amount: 2000n, ttq: TTQ.cvmRequired });
    expect(result.outcome).toMatchObject({ status: 'approved', cvm: 'confirmation-code-verified', receipt: false });
    expect(toHex(result.dataRecord!.get(0x9f6c)!)).toBe('0080');
  });

  it('ends with Try Again and "see phone" when the phone answers GPO 6986 (§5.2)', async () => {
    const result = await run({ profile: 'visa-phone-see-phone', amount: 2000n, ttq: TTQ.cvmRequired });
    expect(result.outcome).toMatchObject({ status: 'try-again', start: 'B' });
    expect(result.outcome.uiRequestOnOutcome).toMatchObject({ message: 'see-phone', status: 'not-ready' });
    expect(result.outcome.uiRequestOnRestart?.message).toBe('present-card');
    expect(result.outcome.fieldOffHoldMs).toBeGreaterThan(0);
    expect(result.dataRecord).toBeUndefined();
  });

  describe('fDDA failure on a TC (§5.4, §5.7, CTQ byte 1 b6-b5)', () => {
    it('declines when the CTQ asks for nothing else', async () => {
      const result = await run({ profile: 'visa-bad-fdda', amount: 2000n, ttq: TTQ.noCvm });
      expect(result.cryptogram?.type).toBe('TC');
      expect(result.outcome.status).toBe('declined');
      expect(tvrOf(result.dataRecord).has('ddaFailed')).toBe(true);
    });

    it('goes online when the CTQ says "go online if ODA fails"', async () => {
      const result = await run({ profile: withQuick('visa-bad-fdda', { ctq: '2000' }), amount: 2000n, ttq: TTQ.noCvm });
      expect(result.outcome.status).toBe('online-request');
      expect(tvrOf(result.dataRecord).has('ddaFailed')).toBe(true);
    });

    it('switches to the contact interface when the CTQ says "switch interface if ODA fails"', async () => {
      const result = await run({ profile: withQuick('visa-bad-fdda', { ctq: '1000' }), amount: 2000n, ttq: TTQ.noCvm });
      expect(result.outcome).toMatchObject({ status: 'try-another-interface', alternateInterfacePreference: 'contact-chip' });
    });
  });

  it('marks but does not stop an online authorisation whose fDDA fails (ODA for online, TTQ byte 1 b1)', async () => {
    const result = await run({ profile: withQuick('visa-bad-fdda', {}), amount: 8000n, ttq: TTQ.noCvm });
    expect(result.outcome.status).toBe('online-request');
    expect(tvrOf(result.dataRecord).has('ddaFailed')).toBe(true);
  });

  it('declines an expired application\'s TC, or sends it online when the CTQ says "go online if application expired" (§5.6)', async () => {
    const expired = await run({ profile: withQuick('visa-qvsdc', {}, '251031'), amount: 2000n, ttq: TTQ.noCvm });
    expect(expired.outcome.status).toBe('declined');
    expect(tvrOf(expired.dataRecord).has('expiredApplication')).toBe(true);
    const online = await run({ profile: withQuick('visa-qvsdc', { ctq: '0800' }, '251031'), amount: 2000n, ttq: TTQ.noCvm });
    expect(online.outcome.status).toBe('online-request');
  });

  it('shows the Available Offline Spending Amount (9F5D) and goes online above it (§5.8 UI Request value)', async () => {
    const result = await run({ profile: 'visa-over-offline-limit', amount: 1000n, ttq: TTQ.noCvm });
    expect(result.outcome.status).toBe('online-request');
    expect(result.outcome.uiRequestOnOutcome?.value).toEqual({ kind: 'balance', amount: 500n, currencyCode: '0840' });
    expect(toHex(result.discretionaryData!.get(0x9f5d)!)).toBe('000000000500');
  });

  it('ends with Try Again and "present card again" when the card leaves the field (Book A §6.2)', async () => {
    // APDU 1 is the SELECT, 2 the GPO, 3 the first READ RECORD.
    const result = await run({ profile: 'visa-qvsdc', amount: 2000n, ttq: TTQ.noCvm, faults: [{ kind: 'removal', atApdu: 3 }] });
    expect(result.outcome).toMatchObject({ status: 'try-again', start: 'B' });
    expect(result.outcome.uiRequestOnRestart).toMatchObject({ message: 'present-card-again', status: 'ready-to-read' });
    expect(result.error?.code).toBe('E-CTLS-0304');
    expect(result.cryptogram).toBeUndefined();
  });

  it('ends the application with a coded error when the card answers GPO the contact way (no cryptogram)', async () => {
    const result = await run({ profile: 'visa', amount: 2000n, ttq: TTQ.noCvm });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0301');
  });

  it('ends the application on a damaged GPO answer', async () => {
    const result = await run({ profile: 'visa-qvsdc', amount: 2000n, ttq: TTQ.noCvm, faults: [{ kind: 'malformed-response', atApdu: 2, damage: 'truncated' }] });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toMatch(/^E-/);
  });
});

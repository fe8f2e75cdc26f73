// Kernel 2 (EMV Contactless Book C-2) whole transactions against the virtual Mastercard cards,
// in-process: the Outcome Parameter Set (Book A §6.2.2), the Data Record (Book C-2 Table 4-7),
// the Error Indication in the Discretionary Data (Annex A DF8115) and the CVM Results.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { DATA_RECORD_TAGS } from '../../../src/emv/contactless/c2/index.js';
import { KERNEL_CONFIG, TERMINAL_DATA, tap } from './c2-run.js';

const hex = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : toHex(v));
const errorIndication = (r: Pick<Awaited<ReturnType<typeof tap>>, 'result'>) => hex(r.result.discretionaryData?.get(0xdf8115));

describe('Kernel 2 EMV mode, whole taps (Book C-2 §6-§7)', () => {
  it('approves offline with a CDA-verified TC under the floor and CVM limits (S910.1-6, S910.74)', async () => {
    const { result, apdus } = await tap({ profile: 'mastercard-c2', amount: 1000n });
    expect(result.outcome.status).toBe('approved');
    expect(result.outcome.cvm).toBe('no-cvm');
    expect(result.outcome.receipt).toBe(false);
    expect(result.outcome.uiRequestOnOutcome).toEqual({ message: 'approved', status: 'not-ready', holdTimeMs: 1300 });
    expect(result.cryptogram?.type).toBe('TC');
    expect(result.maskedPan).toBe('541333******0491');
    const dr = result.dataRecord!;
    // The AC from inside the CDA signature, the CID of a TC, no TVR bit set (CDA passed) but
    // byte 5 '01', RRP not performed (S3.65: the card has no relay resistance protocol).
    expect(hex(dr.get(0x9f26))).toBe(hex(result.cryptogram?.value));
    expect(hex(dr.get(0x9f27))).toBe('40');
    expect(hex(dr.get(0x95))).toBe('0000000001');
    // CVM.21 via the list: 1F03 'No CVM required, if terminal supports' performed, successful.
    expect(hex(dr.get(0x9f34))).toBe('1F0302');
    // S456.33: Terminal Capabilities byte 2 is the CVM Capability – No CVM Required (DF8119).
    expect(hex(dr.get(0x9f33))).toBe('E008C8');
    expect(hex(dr.get(0x82))).toBe('3D80');
    expect([...dr.keys()].every((t) => DATA_RECORD_TAGS.includes(t))).toBe(true);
    expect(errorIndication({ result })).toBe('0000000000FF');
    // SELECT, GPO, the records the AFL names less the mag-stripe record '08 01 01 00' (S3.32),
    // one GENERATE AC: nothing after the cryptogram.
    expect(apdus).toBeLessThanOrEqual(7);
  });

  it('asks to go online over the floor limit and reports online PIN above the CVM limit (CVM.18, S910.74)', async () => {
    const { result } = await tap({ profile: 'mastercard-c2', amount: 6000n });
    expect(result.outcome.status).toBe('online-request');
    expect(result.outcome.cvm).toBe('online-pin');
    // S456.30: over the Reader CVM Required Limit a receipt is due.
    expect(result.outcome.receipt).toBe(true);
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('authorising-please-wait');
    expect(result.cryptogram?.type).toBe('ARQC');
    const dr = result.dataRecord!;
    // 4203: enciphered PIN online, apply next if unsuccessful, if terminal supports; result unknown.
    expect(hex(dr.get(0x9f34))).toBe('420300');
    // TVR byte 3 b3 online PIN entered, byte 4 b8 floor limit exceeded, byte 5 RRP not performed.
    expect(hex(dr.get(0x95))).toBe('0000048001');
    expect(hex(dr.get(0x9f33))).toBe('E060C8');
    expect(hex(dr.get(0x9f02))).toBe('000000006000');
  });

  it('chooses a signature when the CVM Capability – CVM Required offers only signature (CVM.18)', async () => {
    const { result } = await tap({ profile: 'mastercard-c2', amount: 4000n, config: { ...KERNEL_CONFIG, DF8118: '20' } });
    // 40.00 is under the floor limit: the card approves offline, the receipt is for signing.
    expect(result.outcome.status).toBe('approved');
    expect(result.outcome.cvm).toBe('signature');
    expect(result.outcome.receipt).toBe(true);
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('approved-please-sign');
    expect(hex(result.dataRecord?.get(0x9f34))).toBe('1E0300');
  });

  it('goes online when the card is over its own offline limit though the terminal asked for a TC', async () => {
    const { result } = await tap({ profile: 'mastercard-c2-low-offline', amount: 2000n });
    expect(result.outcome.status).toBe('online-request');
    expect(result.cryptogram?.type).toBe('ARQC');
    // The terminal found nothing to go online for.
    expect(hex(result.dataRecord?.get(0x95))).toBe('0000000001');
  });

  it('sends an AAC card to the contact interface, and declines where the terminal has none (S910.74-75)', async () => {
    const contact = await tap({ profile: 'mastercard-c2-declines', amount: 1000n });
    expect(contact.result.outcome.status).toBe('try-another-interface');
    expect(contact.result.outcome.alternateInterfacePreference).toBe('contact-chip');
    expect(contact.result.outcome.uiRequestOnOutcome?.message).toBe('please-insert-card');
    expect(contact.result.cryptogram?.type).toBe('AAC');
    expect(hex(contact.result.dataRecord?.get(0x9f27))).toBe('00');

    const noContact = new Map(TERMINAL_DATA);
    noContact.set(0x9f33, Uint8Array.of(0x40, 0xf8, 0xc8));
    const declined = await tap({ profile: 'mastercard-c2-declines', amount: 1000n, terminalData: noContact });
    expect(declined.result.outcome.status).toBe('declined');
    expect(declined.result.outcome.uiRequestOnOutcome?.message).toBe('not-authorised');
  });

  it('reports confirmation code verified for a phone that verified the cardholder (CVM.1-3)', async () => {
    const { result } = await tap({ profile: 'mastercard-phone-cdcvm', amount: 6000n });
    expect(result.outcome.status).toBe('online-request');
    expect(result.outcome.cvm).toBe('confirmation-code-verified');
    expect(hex(result.dataRecord?.get(0x9f34))).toBe('010002');
    expect(hex(result.dataRecord?.get(0x82))).toBe('3F80');
  });

  it('needs no CVM from the phone up to the CVM limit, and ignores on-device CVM the kernel is not configured for', async () => {
    const small = await tap({ profile: 'mastercard-phone-cdcvm', amount: 1000n });
    expect(small.result.outcome.cvm).toBe('no-cvm');
    expect(hex(small.result.dataRecord?.get(0x9f34))).toBe('3F0002');
    // DF811B without b6: the phone is treated as a card and walks the CVM List.
    const notConfigured = await tap({ profile: 'mastercard-phone-cdcvm', amount: 6000n, config: { ...KERNEL_CONFIG, DF811B: '00' } });
    expect(notConfigured.result.outcome.cvm).toBe('online-pin');
  });

  it('ends the application when the CDA signature cannot be verified after the field is off (S910.7, S910.50)', async () => {
    const { result } = await tap({ profile: 'mastercard-c2-bad-cda', amount: 1000n });
    expect(result.outcome.status).toBe('end-application');
    expect(result.outcome.uiRequestOnOutcome?.message).toBe('insert-swipe-or-try-another-card');
    expect(result.error?.code).toBe('E-CTLS-0206');
    expect(result.dataRecord).toBeUndefined();
    // L2 'CAM failed', message on error 1C.
    expect(errorIndication({ result })).toBe('00020000001C');
  });

  it('asks for the card again when it leaves the field while records are read (L1 error, S4.6)', async () => {
    // APDU 1 SELECT, 2 GPO, 3 the first READ RECORD: the card leaves there.
    const first = await tap({ profile: 'mastercard-c2', faults: [{ kind: 'removal', atApdu: 3 }] });
    expect(first.result.outcome.status).toBe('try-again');
    expect(first.result.outcome.start).toBe('B');
    expect(first.result.outcome.uiRequestOnRestart).toEqual({ message: 'present-card-again', status: 'ready-to-read', holdTimeMs: 0 });
    expect(first.result.error?.code).toBe('E-CTLS-0201');
    expect(errorIndication(first)).toBe('020000000021');
  });

  it('asks for the card again when it leaves at GENERATE AC, with no cryptogram (S9.9-10)', async () => {
    const clean = await tap({ profile: 'mastercard-c2' });
    const atGenerateAc = clean.apdus;
    const { result } = await tap({ profile: 'mastercard-c2', faults: [{ kind: 'removal', atApdu: atGenerateAc }] });
    expect(result.outcome.status).toBe('try-again');
    expect(result.cryptogram).toBeUndefined();
  });

  it('ends the application with a parsing error when a record is malformed (S4.27)', async () => {
    const { result } = await tap({ profile: 'mastercard-c2', faults: [{ kind: 'malformed-response', atApdu: 3, damage: 'truncated' }] });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0202');
    expect(errorIndication({ result })?.slice(0, 4)).toBe('0004');
  });

  it('hands the next combination its chance when GPO is refused (S3.12) or the amount is over the limit (S456.15)', async () => {
    const refused = await tap({ profile: 'mastercard-c2', faults: [{ kind: 'status-word', sw: 0x6985, when: { ins: 0xa8 } }] });
    expect(refused.result.outcome.status).toBe('select-next');
    expect(refused.result.outcome.start).toBe('C');
    expect(refused.result.error?.code).toBe('E-CTLS-0204');
    expect(errorIndication(refused)).toBe('0003006985FF');

    const over = await tap({ profile: 'mastercard-c2', amount: 15000n });
    expect(over.result.outcome.status).toBe('select-next');
    expect(over.result.error?.code).toBe('E-CTLS-0207');
    // The phone's on-device-CVM limit (DF8125, 500.00) lets the same amount through.
    const phone = await tap({ profile: 'mastercard-phone-cdcvm', amount: 15000n });
    expect(phone.result.outcome.status).toBe('online-request');
  });

  it('ends a card without EMV mode when the configuration rules mag-stripe mode out (S3.17)', async () => {
    const { result } = await tap({ profile: 'mastercard-magstripe', config: { ...KERNEL_CONFIG, DF811B: 'A0' } });
    expect(result.outcome.status).toBe('end-application');
    expect(result.error?.code).toBe('E-CTLS-0208');
    expect(errorIndication({ result })?.slice(0, 4)).toBe('0007');
  });
});

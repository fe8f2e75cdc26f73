// issue 6: parameters and keys are verified against the pinned backend key before use, are for
// this terminal, and only ever move forward in version.
import { describe, expect, it } from 'vitest';
import { createSignedVerifier, openParameterSet, type ParameterSetKind } from '../../../src/channel/identity.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../../../src/protos/index.js';
import { BACKEND, OTHER_BACKEND, expectCode, signAs } from './fixtures.js';

const verifier = createSignedVerifier(BACKEND.publicKey);
const header = (version: bigint, deviceSerial = 'SN0001'): posrt.channel.v1.IParameterSetHeader => ({ version: toLong(version, true), deviceSerial, issuedAtMs: toLong(1_790_000_000_000n) });
const held = (versions: Partial<Record<ParameterSetKind, bigint>>) => (kind: ParameterSetKind): bigint => versions[kind] ?? 0n;

function aidTable(version: bigint, serial?: string, key = BACKEND): posrt.channel.v1.ISigned {
  const bytes = posrt.channel.v1.AidTable.encode({
    header: header(version, serial),
    aids: [{ aid: Uint8Array.from(Buffer.from('A0000000031010', 'hex')), label: 'Visa', tacDenial: Uint8Array.of(0, 0x10, 0, 0, 0), floorLimitMinorUnits: toLong(0n) }],
  }).finish();
  return signAs(key, PAYLOAD_TYPES.aidTable, bytes);
}

describe('openParameterSet', () => {
  it('opens a signed AID table newer than the one held, as a kind-tagged set', () => {
    const set = openParameterSet(aidTable(8n), verifier, 'SN0001', held({ 'aid-table': 7n }));
    expect(set.kind).toBe('aid-table');
    expect(set.version).toBe(8n);
    if (set.kind !== 'aid-table') throw new Error('kind');
    expect(set.set.aids[0]?.label).toBe('Visa');
  });

  it('opens every kind of set by its payload type', () => {
    const cases = [
      [PAYLOAD_TYPES.terminalParameters, posrt.channel.v1.TerminalParameters, 'terminal'],
      [PAYLOAD_TYPES.contactlessTable, posrt.channel.v1.ContactlessTable, 'contactless'],
      [PAYLOAD_TYPES.caPublicKeyTable, posrt.channel.v1.CaPublicKeyTable, 'ca-keys'],
      [PAYLOAD_TYPES.operatorTable, posrt.channel.v1.OperatorTable, 'operators'],
      [PAYLOAD_TYPES.merchantData, posrt.channel.v1.MerchantData, 'merchant'],
    ] as const;
    for (const [type, codec, kind] of cases) {
      const bytes = (codec as { encode(m: { header: posrt.channel.v1.IParameterSetHeader }): { finish(): Uint8Array } }).encode({ header: header(1n) }).finish();
      expect(openParameterSet(signAs(BACKEND, type, bytes), verifier, 'SN0001', held({})).kind).toBe(kind);
    }
  });

  it('refuses a replayed or older version (E-CHAN-0015)', () => {
    expectCode('E-CHAN-0015', () => openParameterSet(aidTable(7n), verifier, 'SN0001', held({ 'aid-table': 7n })));
    expectCode('E-CHAN-0015', () => openParameterSet(aidTable(3n), verifier, 'SN0001', held({ 'aid-table': 7n })));
  });

  it('refuses a set for another terminal (E-CHAN-0013) and one without a header (E-CHAN-0017)', () => {
    expectCode('E-CHAN-0013', () => openParameterSet(aidTable(8n, 'SN0002'), verifier, 'SN0001', held({})));
    const headless = signAs(BACKEND, PAYLOAD_TYPES.aidTable, posrt.channel.v1.AidTable.encode({ aids: [] }).finish());
    expectCode('E-CHAN-0017', () => openParameterSet(headless, verifier, 'SN0001', held({})));
  });

  it('refuses a set signed by another key (E-CHAN-0007), tampered (E-CHAN-0006), or not a parameter set at all (E-CHAN-0008)', () => {
    expectCode('E-CHAN-0007', () => openParameterSet(aidTable(8n, undefined, OTHER_BACKEND), verifier, 'SN0001', held({})));
    const signed = aidTable(8n);
    const payload = Uint8Array.from(signed.payload!);
    payload[payload.length - 1]! ^= 0x01;
    expectCode('E-CHAN-0006', () => openParameterSet({ ...signed, payload }, verifier, 'SN0001', held({})));
    expectCode('E-CHAN-0008', () => openParameterSet({ ...signed, payloadType: PAYLOAD_TYPES.remoteCommand }, verifier, 'SN0001', held({})));
    expectCode('E-CHAN-0008', () => openParameterSet({ ...signed, payloadType: 'toString' }, verifier, 'SN0001', held({})));
  });
});

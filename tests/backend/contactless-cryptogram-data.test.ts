// The issuer's rebuild of what a contactless cryptogram covers, from the message's ICC data by
// the configured lists: which rule applies, the TVR a quick cryptogram signed at GPO (zero), an
// object the message lacks as zeros, an object of another length refused; and the
// configuration's refusals, each naming the field.
import { describe, expect, it } from 'vitest';
import { contactlessCryptogramData, parseCryptogramDataRules } from '../../src/backend/contactless-cryptogram-data.js';
import { errorOf } from '../support/pos-error.js';

const rules = parseCryptogramDataRules(
  [
    { whenTag: '9F66', tvrAtGpo: true, objects: ['9F66:4', '9F02:6', '95:5'] },
    { objects: ['9F02:6', '9F45:2', '95:5'] },
  ],
  'issuer.contactlessCryptogramData',
);
const tlv = (tag: number, hex: string) => ({ tag, value: Buffer.from(hex, 'hex') });

describe('contactless cryptogram data', () => {
  it('takes the quick rule when the TTQ is there, with the TVR as it was at GPO (zero), whatever the message’s final TVR', () => {
    const data = contactlessCryptogramData(rules, [tlv(0x9f66, '36004000'), tlv(0x9f02, '000000002000'), tlv(0x95, '0000008000')]);
    expect(Buffer.from(data!).toString('hex')).toBe('36004000' + '000000002000' + '0000000000');
  });

  it('takes the rule without a tag otherwise, an absent object counting as zeros and the final TVR as sent', () => {
    const data = contactlessCryptogramData(rules, [tlv(0x9f02, '000000020000'), tlv(0x95, '0000008000')]);
    expect(Buffer.from(data!).toString('hex')).toBe('000000020000' + '0000' + '0000008000');
  });

  it('refuses an object of another length than its list says, and answers nothing without a rule', () => {
    expect(contactlessCryptogramData(rules, [tlv(0x9f02, '2000')])).toBeUndefined();
    expect(contactlessCryptogramData([], [tlv(0x9f02, '000000002000')])).toBeUndefined();
  });

  it('refuses a configuration it cannot read with E-BACKEND-0011 naming the entry', () => {
    for (const [bad, where] of [
      [{}, 'not a list'],
      [[{ objects: ['9F02'] }], '[0].objects[0]'],
      [[{ objects: ['9F02:0'] }], '[0].objects[0]'],
      [[{ whenTag: 'XYZ', objects: [] }], '[0].whenTag'],
    ] as const) {
      const e = errorOf(() => parseCryptogramDataRules(bad, 'issuer.contactlessCryptogramData'));
      expect([e.code, e.context.detail]).toEqual(['E-BACKEND-0011', where]);
    }
    expect(parseCryptogramDataRules(undefined, 'x')).toEqual([]);
  });
});

// EMV QRCPS Merchant-Presented Mode: the terminal's payload builder, the parser that judges a
// payload, and the module matrix a screen draws. Vectors: the specification's own worked example
// payload (EMV QRCPS-MPM v1.0 and v1.1: BEST TRANSPORT, BEIJING, 最佳运输, CRC A13A) and the CRC
// RevEng catalogue's check value for CRC-16/CCITT-FALSE ("123456789" -> 29B1).
import { describe, expect, it } from 'vitest';
import { buildMerchantQr, mpmCrc, parseMerchantQr, qrMatrix, withCrc, type MerchantQrInput } from '../../src/payment/qr/index.js';
import { readQr, type Picture } from '../support/png.js';
import { errorOf } from '../support/pos-error.js';

const SPEC_EXAMPLE =
  '00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING' +
  '64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A';

const UNIONPAY_DYNAMIC: MerchantQrInput = {
  initiation: 'dynamic',
  accounts: [{ kind: 'primitive', id: '15', value: '898310048161234' }],
  mcc: '5411',
  currency: 156,
  amount: 4_900n,
  country: 'CN',
  merchantName: 'FRESH MART',
  city: 'SHANGHAI',
  additional: { billNumber: 'SO20261130000123', referenceLabel: '633421000123', terminalLabel: '10021042' },
  alternateLanguage: { language: 'ZH', name: '鲜果便利店', city: '上海' },
};

/** The payload with its CRC made right again after an edit, so a test reaches the check after it. */
const recrc = (payload: string) => {
  const body = payload.slice(0, payload.lastIndexOf('6304') + 4);
  return body + mpmCrc(body);
};

describe('CRC-16/CCITT-FALSE of the merchant-presented payload', () => {
  it('gives the catalogue check value 29B1 for "123456789"', () => {
    expect(mpmCrc('123456789')).toBe('29B1');
  });

  it('gives A13A over the specification example up to and including 6304', () => {
    expect(mpmCrc(SPEC_EXAMPLE.slice(0, -4))).toBe('A13A');
  });
});

describe('parseMerchantQr', () => {
  it('reads the specification example field by field', () => {
    const qr = parseMerchantQr(SPEC_EXAMPLE);
    expect(qr).toMatchObject({
      initiation: 'dynamic',
      mcc: '4111',
      currency: 156,
      amount: '23.72',
      country: 'CN',
      merchantName: 'BEST TRANSPORT',
      city: 'BEIJING',
      tip: { kind: 'prompt' },
      additional: { storeLabel: '1234', customerLabel: '***', terminalLabel: 'A6008667', consumerDataRequest: 'ME' },
      alternateLanguage: { language: 'ZH', name: '最佳运输', city: '北京' },
    });
    expect(qr.accounts).toEqual([
      { kind: 'template', id: '29', guid: 'D15600000000', data: [{ id: '05', value: 'A93FO3230Q' }] },
      { kind: 'template', id: '31', guid: 'D15600000001', data: [{ id: '03', value: '12345678' }] },
    ]);
    expect(qr.unreserved).toEqual([{ id: '91', guid: 'A011223344998877', data: [{ id: '07', value: '12345678' }] }]);
  });

  it('encodes the example\'s objects in its order back to the very same payload, lengths counted in characters', () => {
    const objects = [
      ['00', '01'], ['01', '12'], ['29', '0012D156000000000510A93FO3230Q'], ['31', '0012D15600000001030812345678'], ['52', '4111'],
      ['58', 'CN'], ['59', 'BEST TRANSPORT'], ['60', 'BEIJING'], ['64', '0002ZH0104最佳运输0202北京'], ['54', '23.72'], ['53', '156'],
      ['55', '01'], ['62', '030412340603***0708A60086670902ME'], ['91', '0016A011223344998877070812345678'],
    ].map(([id, value]) => ({ id: id!, value: value! }));
    expect(withCrc(objects)).toBe(SPEC_EXAMPLE);
  });

  it('refuses a payload whose CRC does not match (E-QR-0002), also when only one character changed', () => {
    expect(errorOf(() => parseMerchantQr(SPEC_EXAMPLE.replace('23.72', '93.72'))).code).toBe('E-QR-0002');
    expect(errorOf(() => parseMerchantQr(`${SPEC_EXAMPLE.slice(0, -4)}A13B`)).code).toBe('E-QR-0002');
  });

  it('accepts the CRC in lower case hex', () => {
    expect(parseMerchantQr(`${SPEC_EXAMPLE.slice(0, -4)}a13a`).merchantName).toBe('BEST TRANSPORT');
  });

  it('refuses broken structure with E-QR-0001: a length past the end, a length of 00, an ID twice', () => {
    expect(errorOf(() => parseMerchantQr(SPEC_EXAMPLE.slice(0, -2))).context).toMatchObject({ id: '63', reason: 'value runs past the end' });
    expect(errorOf(() => parseMerchantQr('000201010012')).code).toBe('E-QR-0001');
    const twice = errorOf(() => parseMerchantQr(recrc(SPEC_EXAMPLE.replace('5802CN', '5802CN5802CN'))));
    expect([twice.code, twice.context.id]).toEqual(['E-QR-0001', '58']);
  });

  it('refuses a payload without its mandatory objects or with them out of place (E-QR-0003)', () => {
    const noName = errorOf(() => parseMerchantQr(recrc(SPEC_EXAMPLE.replace('5914BEST TRANSPORT', ''))));
    expect([noName.code, noName.context.id]).toEqual(['E-QR-0003', '59']);
    const noAccount = errorOf(() => parseMerchantQr(recrc(SPEC_EXAMPLE.replace('29300012D156000000000510A93FO3230Q31280012D15600000001030812345678', ''))));
    expect([noAccount.code, noAccount.context.id]).toEqual(['E-QR-0003', '02-51']);
    expect(errorOf(() => parseMerchantQr(recrc(`010212000201${SPEC_EXAMPLE.slice(12)}`))).context).toMatchObject({ id: '00' });
    const crcNotLast = `${SPEC_EXAMPLE}5802CN`;
    expect(errorOf(() => parseMerchantQr(crcNotLast)).context).toMatchObject({ id: '63', reason: 'CRC is not last' });
    const noGuid = errorOf(() => parseMerchantQr(recrc(SPEC_EXAMPLE.replace('29300012D156000000000510A93FO3230Q', '29140510A93FO3230Q'))));
    expect([noGuid.code, noGuid.context.id]).toEqual(['E-QR-0003', '29.00']);
  });

  it('refuses values out of form (E-QR-0004): amount, point of initiation, currency, a name not in ASCII', () => {
    const cases: [string, string, string][] = [
      ['540523.72', '540523,72', '54'],
      ['010212', '010213', '01'],
      ['5303156', '53031X6', '53'],
      ['5914BEST TRANSPORT', '5904最佳运输', '59'],
      ['000201', '000202', '00'],
    ];
    for (const [from, to, id] of cases) {
      const e = errorOf(() => parseMerchantQr(recrc(SPEC_EXAMPLE.replace(from, to))));
      expect([e.code, e.context.id]).toEqual(['E-QR-0004', id]);
    }
  });
});

describe('buildMerchantQr', () => {
  it('builds a dynamic UnionPay code that reads back with amount, labels and the Chinese name', () => {
    const payload = buildMerchantQr(UNIONPAY_DYNAMIC);
    expect(payload.startsWith('000201010212')).toBe(true);
    expect(payload).toContain('1515898310048161234');
    expect(payload).toContain('5303156');
    expect(payload).toContain('540549.00');
    expect(payload).toContain('62480116SO20261130000123051263342100012307081002104264');
    expect(payload).toContain('64210002ZH0105鲜果便利店0202上海6304');
    expect(payload).toMatch(/6304[0-9A-F]{4}$/);
    expect(parseMerchantQr(payload)).toEqual({
      initiation: 'dynamic',
      accounts: [{ kind: 'primitive', id: '15', value: '898310048161234' }],
      mcc: '5411',
      currency: 156,
      amount: '49.00',
      country: 'CN',
      merchantName: 'FRESH MART',
      city: 'SHANGHAI',
      additional: { billNumber: 'SO20261130000123', referenceLabel: '633421000123', terminalLabel: '10021042' },
      alternateLanguage: { language: 'ZH', name: '鲜果便利店', city: '上海' },
      unreserved: [],
    });
  });

  it('puts Visa (02) and Mastercard (04) accounts and a template in ascending ID order, static without an amount', () => {
    const payload = buildMerchantQr({
      ...UNIONPAY_DYNAMIC,
      initiation: 'static',
      amount: undefined,
      accounts: [
        { kind: 'template', id: '26', guid: 'CN.POSRT.WWW', data: [{ id: '01', value: 'M-0001' }] },
        { kind: 'primitive', id: '04', value: '5100000000000001234' },
        { kind: 'primitive', id: '02', value: '4000000000001234' },
      ],
    });
    expect(payload.startsWith('0002010102110216400000000000123404195100000000000001234')).toBe(true);
    const qr = parseMerchantQr(payload);
    expect(qr.accounts.map((a) => a.id)).toEqual(['02', '04', '26']);
    expect(qr.amount).toBeUndefined();
  });

  it('refuses what the specification does not allow, naming the data object', () => {
    const cases: [Partial<MerchantQrInput>, string, string][] = [
      [{ merchantName: 'FRESH MART AND GREENGROCERY' }, 'E-QR-0004', '59'],
      [{ city: '上海' }, 'E-QR-0004', '60'],
      [{ mcc: '541' }, 'E-QR-0004', '52'],
      [{ amount: 0n }, 'E-QR-0004', '54'],
      [{ currency: 999 }, 'E-QR-0004', '53'],
      [{ accounts: [] }, 'E-QR-0003', '02-51'],
      [{ accounts: [{ kind: 'primitive', id: '26', value: 'x' }] }, 'E-QR-0004', '26'],
      [{ additional: { terminalLabel: 'T'.repeat(26) } }, 'E-QR-0004', '62.07'],
      [{ alternateLanguage: { language: 'ZHO', name: '鲜果' } }, 'E-QR-0004', '64.00'],
    ];
    for (const [change, code, id] of cases) {
      const e = errorOf(() => buildMerchantQr({ ...UNIONPAY_DYNAMIC, ...change }));
      expect([e.code, e.context.id]).toEqual([code, id]);
    }
  });
});

describe('qrMatrix', () => {
  /** The matrix drawn as a screen would: 4 pixels a module, a 4-module quiet zone. */
  function draw(m: { size: number; modules: readonly (readonly boolean[])[] }): Picture {
    const scale = 4;
    const side = (m.size + 8) * scale;
    const rgba = new Uint8Array(side * side * 4).fill(255);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const r = Math.floor(y / scale) - 4;
        const c = Math.floor(x / scale) - 4;
        if (m.modules[r]?.[c] === true) rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
      }
    }
    return { width: side, height: side, rgba };
  }

  it('gives a square matrix that a QR decoder reads back as the payload, Chinese included', () => {
    const payload = buildMerchantQr(UNIONPAY_DYNAMIC);
    const m = qrMatrix(payload);
    expect(m.modules).toHaveLength(m.size);
    expect(m.modules.every((r) => r.length === m.size)).toBe(true);
    expect((m.size - 17) % 4).toBe(0);
    expect(readQr(draw(m))).toBe(payload);
  });
});

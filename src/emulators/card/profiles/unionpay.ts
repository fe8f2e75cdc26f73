// UnionPay PBOC 3.0-style test card (JR/T 0025, on EMV Book 3): debit with SDA and credit with
// DDA, both in PSE and PPSE (kernel 7), Chinese first in the language preference, CNY.
// TEST DATA ONLY: the PANs are made-up 62 numbers with a valid Luhn digit; the IMKs are not real keys.
import type { ApplicationProfile, CardProfile } from '../profile.js';

const CDOL1 = '9F02069F03069F1A0295055F2A029A039C019F37049F21039F4E14';
const CDOL2 = '8A029F02069F03069F1A0295055F2A029A039C019F3704';

// What both applications share; each spreads it and adds its own records and keys.
const pboc = {
  priority: 1,
  languagePreference: 'zhen',
  issuerCodeTableIndex: 1,
  issuerDiscretionary: [['9F4D', '0B0A']],
  logFormat: '9A039F21039F02069F03069F1A025F2A029F4E149C01',
  contact: { pdol: '9F7A019F02065F2A02' },
  contactless: { pdol: '9F66049F02069F03069F1A0295055F2A029A039C019F3704', kernelId: '07' },
  responseFormat: 'format1',
} as const satisfies Partial<ApplicationProfile>;

export const unionpay: CardProfile = {
  name: 'unionpay',
  description: 'UnionPay PBOC debit (SDA, TC up to 100.00 CNY) and credit (DDA, always online), zh/en, CNY',
  atr: { contact: '3B600000', contactless: '3B80800101' },
  directory: { languagePreference: 'zhen', issuerCodeTableIndex: 1 },
  pin: { digits: '123456', tryLimit: 3 },
  applications: [
    {
      ...pboc,
      aid: 'A000000333010101',
      label: 'UnionPay Debit',
      preferredName: 'UnionPay Debit',
      processingOptions: { kind: 'answer', aip: '5C00' },
      records: [
        {
          sfi: 1,
          number: 1,
          signed: true,
          data: [
            ['57', '6212345678901232D30122010000000000000F'],
            ['5F20', '554E494F4E50415920544553542F43415244203033'],
            ['5A', '6212345678901232'],
            ['5F24', '301231'],
            ['5F25', '200101'],
            ['5F34', '01'],
            ['5F28', '0156'],
            ['9F07', 'FF00'],
            ['9F08', '0030'],
            ['9F42', '0156'],
          ],
        },
        {
          sfi: 2,
          number: 1,
          signed: true,
          data: [
            ['8E', '0000000000000000420341031E031F03'],
            ['8C', CDOL1],
            ['8D', CDOL2],
            ['9F0D', 'D84000A800'],
            ['9F0E', '0010000000'],
            ['9F0F', 'D84004F800'],
            ['9F4A', '82'],
          ],
        },
      ],
      authentication: {
        kind: 'sda',
        sfi: 3,
        issuerKey: 'unionpay',
        issuerCertificate: { expiry: '1230', serialNumber: '000003' },
        dataAuthenticationCode: 'DAC1',
      },
      cryptogram: { imk: '33333333333333334444444444444444', imkSmi: '33333333333333335555555555555555', imkSmc: '33333333333333336666666666666666', cvn: 0x01, derivationKeyIndex: 1, decision: { kind: 'offline-up-to', limit: 10000n } },
      counters: { atc: 0x0001, lastOnlineAtc: 0x0000 },
    },
    {
      ...pboc,
      aid: 'A000000333010102',
      label: 'UnionPay Credit',
      preferredName: 'UnionPay Credit',
      priority: 2,
      processingOptions: { kind: 'answer', aip: '3C00' },
      records: [
        {
          sfi: 1,
          number: 1,
          signed: false,
          data: [
            ['57', '6250947000000014D30122010000000000000F'],
            ['5F20', '554E494F4E50415920544553542F43415244203033'],
          ],
        },
        {
          sfi: 2,
          number: 1,
          signed: true,
          data: [
            ['5A', '6250947000000014'],
            ['5F24', '301231'],
            ['5F25', '200101'],
            ['5F34', '01'],
            ['5F28', '0156'],
            ['9F07', 'FF00'],
            ['9F08', '0030'],
            ['9F42', '0156'],
            ['8E', '0000000000000000420341031E031F03'],
            ['8C', CDOL1],
            ['8D', CDOL2],
            ['9F49', '9F3704'],
            ['9F4A', '82'],
          ],
        },
      ],
      authentication: {
        kind: 'dda',
        sfi: 3,
        issuerKey: 'unionpay',
        issuerCertificate: { expiry: '1230', serialNumber: '000003' },
        iccKey: 'unionpay-credit',
        iccCertificate: { expiry: '1230', serialNumber: '000103' },
      },
      cryptogram: { imk: '55555555555555556666666666666666', imkSmi: '55555555555555557777777777777777', imkSmc: '55555555555555558888888888888888', cvn: 0x01, derivationKeyIndex: 1, decision: { kind: 'always-online' } },
      counters: { atc: 0x0001, lastOnlineAtc: 0x0000 },
    },
  ],
};

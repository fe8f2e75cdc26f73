// Mastercard-style test card (M/Chip data set over EMV Book 3): PSE and PPSE, CDA (and DDA),
// answers in format 2, TC offline up to 50.00.
// TEST DATA ONLY: PAN 5413330089010491 is a published Mastercard test PAN; the IMK is not a real key.
import type { CardProfile } from '../profile.js';

const CDOL1 = '9F02069F03069F1A0295055F2A029A039C019F37049F35019F45029F3403';
const CDOL2 = '8A029F02069F03069F1A0295055F2A029A039C019F3704';

export const mastercard: CardProfile = {
  name: 'mastercard',
  description: 'Mastercard credit, contact and contactless (kernel 2), CDA, format 2 responses, TC up to 50.00',
  atr: { contact: '3B600000', contactless: '3B80800101' },
  directory: { languagePreference: 'en', issuerCodeTableIndex: 1 },
  pin: { digits: '4315', tryLimit: 3 },
  applications: [
    {
      aid: 'A0000000041010',
      label: 'MASTERCARD',
      preferredName: 'Mastercard',
      priority: 1,
      languagePreference: 'en',
      issuerCodeTableIndex: 1,
      issuerDiscretionary: [['9F4D', '0B0A']],
      logFormat: '9F27019F02065F2A029A039F3602',
      contact: { pdol: '9F3501' },
      contactless: { pdol: '9F3501', kernelId: '02' },
      processingOptions: { kind: 'answer', aip: '3D00' },
      responseFormat: 'format2',
      records: [
        {
          sfi: 1,
          number: 1,
          signed: false,
          data: [
            ['57', '5413330089010491D30122010000000000000F'],
            ['5F20', '4D41535445524341524420544553542F43415244203032'],
          ],
        },
        {
          sfi: 2,
          number: 1,
          signed: true,
          data: [
            ['5A', '5413330089010491'],
            ['5F24', '301231'],
            ['5F25', '200101'],
            ['5F34', '00'],
            ['5F28', '0840'],
            ['9F07', 'FF00'],
            ['9F08', '0002'],
            ['9F42', '0840'],
            ['8E', '0000000000000000410342031E031F03'],
            ['8C', CDOL1],
            ['8D', CDOL2],
          ],
        },
        {
          // SFI 11-30 records enter the static data whole, tag and length included (Book 3 §10.3).
          sfi: 12,
          number: 1,
          signed: true,
          data: [
            ['9F0D', 'B450840000'],
            ['9F0E', '0000000000'],
            ['9F0F', 'B470848000'],
            ['9F49', '9F3704'],
            ['9F4A', '82'],
          ],
        },
      ],
      authentication: {
        kind: 'cda',
        sfi: 3,
        issuerKey: 'mastercard',
        issuerCertificate: { expiry: '1230', serialNumber: '000002' },
        iccKey: 'mastercard',
        iccCertificate: { expiry: '1230', serialNumber: '000102' },
      },
      cryptogram: { imk: '11111111111111112222222222222222', imkSmi: '11111111111111113333333333333333', imkSmc: '11111111111111114444444444444444', cvn: 0x01, derivationKeyIndex: 1, decision: { kind: 'offline-up-to', limit: 5000n } },
      counters: { atc: 0x0020, lastOnlineAtc: 0x001f },
    },
  ],
};

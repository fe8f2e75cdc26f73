// Visa-style test card (VIS 1.6 / EMV Book 3 data set): PSE and PPSE, DDA, answers in format 1.
// TEST DATA ONLY: PAN 4761739001010010 is a published Visa test PAN; the IMK is not a real key.
import type { CardProfile } from '../profile.js';

const CDOL1 = '9F02069F03069F1A0295055F2A029A039C019F37049F35019F3403';
const CDOL2 = '8A029F02069F03069F1A0295055F2A029A039C019F3704';

export const visa: CardProfile = {
  name: 'visa',
  description: 'Visa credit, contact and contactless (kernel 3), DDA, format 1 responses, ARQC for every purchase',
  atr: { contact: '3B600000', contactless: '3B80800101' },
  directory: { languagePreference: 'en', issuerCodeTableIndex: 1 },
  pin: { digits: '1234', tryLimit: 3 },
  applications: [
    {
      aid: 'A0000000031010',
      label: 'VISA CREDIT',
      preferredName: 'Visa Credit',
      priority: 1,
      languagePreference: 'en',
      issuerCodeTableIndex: 1,
      issuerDiscretionary: [['9F4D', '0B0A']],
      logFormat: '9F27019F02065F2A029A039F3602',
      contact: { pdol: '9F1A02' },
      // TTQ (9F66) in the PDOL is what makes a reader run qVSDC; this card still answers GPO
      // the contact way on both interfaces.
      contactless: { pdol: '9F66049F02069F03069F1A0295055F2A029A039C019F3704', kernelId: '03' },
      processingOptions: { kind: 'answer', aip: '3C00' },
      responseFormat: 'format1',
      records: [
        {
          sfi: 1,
          number: 1,
          signed: false,
          data: [
            ['57', '4761739001010010D30122010000000000000F'],
            ['5F20', '5649534120544553542F43415244203031'],
          ],
        },
        {
          sfi: 2,
          number: 1,
          signed: true,
          data: [
            ['5A', '4761739001010010'],
            ['5F24', '301231'],
            ['5F25', '200101'],
            ['5F34', '01'],
            ['5F28', '0840'],
            ['9F07', 'FF00'],
            ['9F08', '0096'],
            ['9F42', '0840'],
            ['5F30', '0201'],
          ],
        },
        {
          sfi: 2,
          number: 2,
          signed: true,
          data: [
            ['8E', '0000000000000000410342031E031F03'],
            ['8C', CDOL1],
            ['8D', CDOL2],
            ['9F0D', 'F040008800'],
            ['9F0E', '0010000000'],
            ['9F0F', 'F040009800'],
            ['9F49', '9F3704'],
            ['9F4A', '82'],
          ],
        },
      ],
      authentication: {
        kind: 'dda',
        sfi: 3,
        issuerKey: 'visa',
        issuerCertificate: { expiry: '1230', serialNumber: '000001' },
        iccKey: 'visa',
        iccCertificate: { expiry: '1230', serialNumber: '000101' },
      },
      cryptogram: { imk: '0123456789ABCDEFFEDCBA9876543210', imkSmi: '89ABCDEF0123456776543210FEDCBA98', imkSmc: '0123456789ABCDEF89ABCDEF01234567', cvn: 0x01, derivationKeyIndex: 1, decision: { kind: 'always-online' } },
      counters: { atc: 0x0010, lastOnlineAtc: 0x000f },
    },
  ],
};

// What Kernel 3 (EMV Contactless Book C-3, Visa qVSDC) sets in the shared quick flow: its
// error codes, the Available Offline Spending Amount (9F5D) as the balance, TTQ byte 1 b1
// "ODA for online authorisations", and the Data Record of Book C-3 §5.8 (the online and
// clearing message's chip data: cryptogram, its inputs, and the card's identity).
import type { QuickFlavour } from '../quick/session.js';

export const visaFlavour: QuickFlavour = {
  kernel: 3,
  errors: { missingData: 'E-CTLS-0301', refused: 'E-CTLS-0302', badObject: 'E-CTLS-0303', removed: 'E-CTLS-0304' },
  balanceTags: [0x9f5d],
  odaForOnline: true,
  readsElectronicCashBalance: false,
  dataRecordTags: [
    0x9f02, 0x9f03, 0x9f26, 0x82, 0x9f36, 0x9f27, 0x9f10, 0x9f1a, 0x95, 0x5f2a, 0x9a, 0x9c, 0x9f37, 0x9f66, 0x9f6c, 0x9f6e, 0x9f7c, 0x57, 0x5a, 0x5f34, 0x5f24,
    0x84, 0x9f33, 0x9f35, 0x9f09, 0x9f21, 0x9f5d,
  ],
};

// What Kernel 7 (EMV Contactless Book C-7, UnionPay QuickPass qPBOC / qUICS) sets in the shared
// quick flow: its error codes; the electronic cash balance (9F79, else the Available Offline
// Spending Amount 9F5D) as the balance shown; no fDDA for online authorisations (TTQ byte 1
// b1 is not defined for qPBOC, so an ARQC is sent without ODA); and the Data Record with the
// EC Issuer Authorisation Code (9F74) and Card Product Identification (9F63) beside the
// cryptogram data.
import type { QuickFlavour } from '../quick/session.js';

export const unionpayFlavour: QuickFlavour = {
  kernel: 7,
  errors: { missingData: 'E-CTLS-0701', refused: 'E-CTLS-0702', badObject: 'E-CTLS-0703', removed: 'E-CTLS-0704' },
  balanceTags: [0x9f79, 0x9f5d],
  odaForOnline: false,
  readsElectronicCashBalance: true,
  dataRecordTags: [
    0x9f02, 0x9f03, 0x9f26, 0x82, 0x9f36, 0x9f27, 0x9f10, 0x9f1a, 0x95, 0x5f2a, 0x9a, 0x9c, 0x9f37, 0x9f66, 0x9f6c, 0x57, 0x5a, 0x5f34, 0x5f24, 0x84, 0x9f33,
    0x9f35, 0x9f09, 0x9f21, 0x9f1e, 0x9f63, 0x9f74, 0x9f79, 0x9f5d,
  ],
};

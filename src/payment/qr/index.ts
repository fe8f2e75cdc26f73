// Scan-to-pay: the EMV merchant-presented code the terminal shows and prints, and the
// consumer-presented codes its scanner reads.
export type { MerchantQr, MerchantQrInput, MerchantAccount, AdditionalData, AlternateLanguage, SubObject, TipIndicator } from './merchant-qr.js';
export { buildMerchantQr } from './mpm-build.js';
export { parseMerchantQr } from './mpm-parse.js';
export { mpmCrc, withCrc } from './mpm-data-objects.js';
export { qrMatrix, type QrMatrix } from './qr-matrix.js';
export { merchantQrSlipJob, type MerchantQrSlip } from './merchant-qr-slip.js';
export { paymentCode, type PaymentCode, type Wallet, type CpmApplication } from './payment-code.js';

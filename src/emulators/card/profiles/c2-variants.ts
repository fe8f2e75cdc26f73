// Contactless Kernel 2 (Mastercard, EMV Contactless Book C-2) variants of the Mastercard
// profile. Book C-2 S3.15-S3.17 takes the EMV mode path only when the AIP's byte 2 b8 'EMV mode
// is supported' is set: the base profile's AIP 3D00 is a mag-stripe-mode-only card to Kernel 2,
// so these set 3D80 (CDA, cardholder verification, terminal risk management, issuer
// authentication, EMV mode). The AIP is signed (9F4A = 82), so the certificates follow it.
// TEST DATA ONLY, as the base profile.
import type { ApplicationProfile, CardProfile, CryptogramDecision } from '../profile.js';
import { mastercard } from './mastercard.js';

function variant(name: string, description: string, change: (app: ApplicationProfile) => ApplicationProfile): CardProfile {
  return { ...mastercard, name, description, applications: mastercard.applications.map((app) => change(emvMode(app))) };
}

function emvMode(app: ApplicationProfile, aip = '3D80'): ApplicationProfile {
  return { ...app, processingOptions: { kind: 'answer', aip } };
}

function withDecision(app: ApplicationProfile, decision: CryptogramDecision): ApplicationProfile {
  return { ...app, cryptogram: { ...app.cryptogram, decision } };
}

export const c2Variants: readonly CardProfile[] = [
  variant('mastercard-c2', 'Mastercard card in Kernel 2 EMV mode (AIP 3D80), CDA, TC up to 50.00', (app) => app),
  // AIP byte 1 b2: the phone verified the cardholder itself (Book C-2 CVM.1); wallets go online.
  variant('mastercard-phone-cdcvm', 'Mastercard phone wallet with on-device cardholder verification (AIP 3F80), CDA, always online', (app) =>
    withDecision(emvMode(app, '3F80'), { kind: 'always-online' }),
  ),
  variant('mastercard-c2-low-offline', 'Mastercard Kernel 2 card whose own offline limit is 10.00: above it the card answers ARQC to a TC request', (app) =>
    withDecision(app, { kind: 'offline-up-to', limit: 1000n }),
  ),
  variant('mastercard-c2-declines', 'Mastercard Kernel 2 card that answers every GENERATE AC with an AAC', (app) => withDecision(app, { kind: 'always-decline' })),
  // Book 2 §6.4: the ICC Public Key Certificate is signed by another issuer key, so the ICC key
  // cannot be recovered and the CDA signature of the GENERATE AC answer cannot be verified.
  // AIP byte 2 b1: the relay resistance protocol (Book C-2 §5.3). The card says it answers ERRD
  // in 1.6 to 4.8 ms and sends its answer in 2.4 ms (units of 100 µs).
  variant('mastercard-c2-rrp', 'Mastercard Kernel 2 card with the relay resistance protocol (AIP 3D81): EXCHANGE RELAY RESISTANCE DATA, CDA over the exchanged data', (app) => ({
    ...emvMode(app, '3D81'),
    relayResistance: { minTime: 0x0010, maxTime: 0x0030, estimatedTransmissionTime: 0x0018 },
  })),
  variant('mastercard-c2-bad-cda', 'Mastercard Kernel 2 card whose ICC public key certificate is signed by the wrong issuer key (CDA fails)', (app) =>
    app.authentication.kind === 'cda' ? { ...app, authentication: { ...app.authentication, wrongSigner: 'visa' } } : app,
  ),
];

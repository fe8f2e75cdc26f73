// Variants of the scheme profiles that drive the contact kernel's failure branches: offline data
// authentication (EMV Book 2 §5-6), processing restrictions (Book 3 §10.4), cardholder
// verification (§10.5), terminal risk management (§10.6), card action analysis (§10.8) and
// issuer authentication (§10.9). Each fault is in the card's data or cryptography — an expired
// or wrongly signed certificate is really expired or wrongly signed — never a flag the terminal
// could read. The revoked certificate is issuer certificate serial 0000A5 under RID A000000003,
// CA index F1 (REVOKED_ISSUER_CERTIFICATE); a test puts that entry in the kernel's revocation list.
import { PosError } from '../../../errors/index.js';
import type { ApplicationProfile, CardProfile, CryptogramDecision, DataObject, OfflineAuthentication } from '../profile.js';
import { mastercard } from './mastercard.js';
import { visa } from './visa.js';

const ENCIPHERED_PIN_CVM_LIST = '000000000000000044031E031F03';

export const REVOKED_ISSUER_CERTIFICATE = { rid: 'A000000003', caIndex: 0xf1, serialNumber: '0000A5' } as const;

function variant(base: CardProfile, name: string, description: string, change: (app: ApplicationProfile) => ApplicationProfile, pin = base.pin): CardProfile {
  return { ...base, name, description, pin, applications: base.applications.map(change) };
}

/** Replaces the value of `tag` wherever a record holds it, or adds it to the first signed record. */
function withData(app: ApplicationProfile, tag: string, value: string): ApplicationProfile {
  const present = app.records.some((r) => r.data.some(([t]) => t === tag));
  const firstSigned = app.records.findIndex((r) => r.signed);
  return {
    ...app,
    records: app.records.map((r, i) => ({
      ...r,
      data: present
        ? r.data.map(([t, v]): DataObject => (t === tag ? [t, value] : [t, v]))
        : i === firstSigned
          ? [...r.data, [tag, value] as const]
          : r.data,
    })),
  };
}

function withAuthentication(app: ApplicationProfile, aip: string, authentication: OfflineAuthentication): ApplicationProfile {
  return { ...app, processingOptions: { ...app.processingOptions, aip }, authentication };
}

function withDecision(app: ApplicationProfile, decision: CryptogramDecision, arpcRequired = false): ApplicationProfile {
  return { ...app, cryptogram: { ...app.cryptogram, decision, arpcRequired } };
}

function visaAuthentication(app: ApplicationProfile): Extract<OfflineAuthentication, { kind: 'dda' | 'cda' }> {
  if (app.authentication.kind !== 'dda') throw new PosError('E-EMU-0003', { field: 'visa profile authentication', aid: app.aid });
  return app.authentication;
}

function mastercardAuthentication(app: ApplicationProfile): Extract<OfflineAuthentication, { kind: 'dda' | 'cda' }> {
  if (app.authentication.kind !== 'cda') throw new PosError('E-EMU-0003', { field: 'mastercard profile authentication', aid: app.aid });
  return app.authentication;
}

export const faultVariants: readonly CardProfile[] = [
  // AIP 5C00: SDA, cardholder verification, terminal risk management, issuer authentication.
  variant(visa, 'sda-card', 'Visa data set with SDA only (AIP 5C00)', (app) =>
    withAuthentication(app, '5C00', { kind: 'sda', sfi: 3, issuerKey: 'visa', issuerCertificate: { expiry: '1230', serialNumber: '000011' }, dataAuthenticationCode: 'DAC1' }),
  ),
  // AIP 3C00: DDA without CDA.
  variant(mastercard, 'dda-card', 'Mastercard data set with DDA and no CDA (AIP 3C00)', (app) => withAuthentication(app, '3C00', { ...mastercardAuthentication(app), kind: 'dda' })),
  variant(mastercard, 'expired-issuer-cert', 'Mastercard CDA card whose issuer public key certificate expired in 01/20', (app) => ({
    ...app,
    authentication: { ...mastercardAuthentication(app), issuerCertificate: { expiry: '0120', serialNumber: '000002' } },
  })),
  variant(visa, 'revoked-issuer-cert', 'Visa DDA card whose issuer certificate (serial 0000A5, RID A000000003, CA F1) a revocation list can name', (app) => ({
    ...app,
    authentication: { ...visaAuthentication(app), issuerCertificate: { expiry: '1230', serialNumber: REVOKED_ISSUER_CERTIFICATE.serialNumber } },
  })),
  variant(visa, 'bad-signature', 'SDA card whose Signed Static Application Data is signed with another issuer key', (app) =>
    withAuthentication(app, '5C00', {
      kind: 'sda',
      sfi: 3,
      issuerKey: 'visa',
      issuerCertificate: { expiry: '1230', serialNumber: '000012' },
      dataAuthenticationCode: 'DAC2',
      wrongSigner: 'mastercard',
    }),
  ),
  // AIP 3C00 announces DDA, but the card holds neither 8F nor the certificates.
  variant(visa, 'missing-certificates', 'Visa DDA card personalised without its CA index and certificates', (app) => ({ ...app, authentication: { kind: 'none' } })),
  variant(mastercard, 'pin-tries-exceeded', 'Mastercard card whose PIN Try Counter (9F17) is 0', (app) => app, { ...mastercard.pin, initialTries: 0 }),
  variant(visa, 'expired-card', 'Visa card whose Application Expiration Date (5F24) is 2025-12-31', (app) => withData(app, '5F24', '251231')),
  variant(visa, 'not-yet-effective', 'Visa card whose Application Effective Date (5F25) is 2027-01-01', (app) => withData(app, '5F25', '270101')),
  // 9F14 LCOL 2, 9F23 UCOL 5; ATC 0x30 − Last Online ATC 0x20 = 16 offline transactions.
  variant(mastercard, 'velocity', 'Mastercard card 16 transactions past its last online one, with LCOL 2 and UCOL 5', (app) => ({
    ...withData(withData(app, '9F14', '02'), '9F23', '05'),
    counters: { atc: 0x30, lastOnlineAtc: 0x20 },
  })),
  variant(mastercard, 'online-only', 'Mastercard card that answers every TC request with an ARQC', (app) => withDecision(app, { kind: 'always-online' })),
  variant(mastercard, 'always-decline', 'Mastercard card that answers every first GENERATE AC with an AAC', (app) => withDecision(app, { kind: 'always-decline' })),
  variant(visa, 'arpc-required', 'Visa card that declines (AAC) in the second GENERATE AC unless issuer authentication succeeded', (app) =>
    withDecision(app, { kind: 'always-online' }, true),
  ),
  // CVN 02 (src/security/generic-cvn.ts): EXTERNAL AUTHENTICATE carries ARPC (4) || CSU (4), the
  // card checks it by Book 2 §8.2.2 and takes the issuer's decision from the CSU it authenticated.
  variant(visa, 'arpc-method-2', 'Visa card of CVN 02: checks an ARPC by method 2 (ARPC || CSU) and requires it for a TC', (app) => {
    const online = withDecision(app, { kind: 'always-online' }, true);
    return { ...online, cryptogram: { ...online.cryptogram, cvn: 0x02 } };
  }),
  // AIP 3900: no "issuer authentication supported", so the terminal sends no EXTERNAL
  // AUTHENTICATE; 91 (ARPC || ARC, 10 bytes) comes in CDOL2 and the card declines without it.
  variant(mastercard, 'cdol2-issuer-auth', 'Mastercard CDA card that takes 91 in CDOL2 and requires a right ARPC for a TC', (app) => ({
    ...withDecision(withData(app, '8D', `910A${cdol2(app)}`), { kind: 'always-online' }, true),
    processingOptions: { ...app.processingOptions, aip: '3900' },
  })),
  // CVM list (Book 3 Annex C3): enciphered PIN verified by the ICC, applying the next rule if it
  // fails, when the terminal supports it (4403); then signature (1E03); then no CVM (1F03).
  variant(visa, 'enciphered-pin', 'Visa DDA card whose CVM list asks for offline enciphered PIN under its ICC key', (app) => withData(app, '8E', ENCIPHERED_PIN_CVM_LIST)),
  // An SDA card has no ICC key: its PIN encipherment key (9F2D) is all enciphered PIN can use.
  variant(visa, 'enciphered-pin-key', 'Visa SDA card with an ICC PIN Encipherment key (9F2D) and offline enciphered PIN', (app) => ({
    ...withAuthentication(withData(app, '8E', ENCIPHERED_PIN_CVM_LIST), '5C00', {
      kind: 'sda',
      sfi: 3,
      issuerKey: 'visa',
      issuerCertificate: { expiry: '1230', serialNumber: '000013' },
      dataAuthenticationCode: 'DAC3',
    }),
    pinEncipherment: { key: 'unionpay-credit', certificate: { expiry: '1230', serialNumber: '000014' } },
  })),
];

function cdol2(app: ApplicationProfile): string {
  const found = app.records.flatMap((r) => r.data).find(([t]) => t === '8D');
  if (!found) throw new PosError('E-EMU-0003', { field: 'missing record data', aid: app.aid, tag: '8D' });
  return found[1];
}

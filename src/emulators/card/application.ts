// Personalisation of one application from its profile: the AFL (EMV Book 3 §10.2), the static
// data to be authenticated (Book 3 §10.3, Book 2 §5.4 and §6.4) and the certificate records
// that sign it (Book 2 §5.3, §5.4, §6.4). Done once when a card is made.
import { PosError } from '../../errors/index.js';
import { concatBytes, fromHex, toHex } from '../../bytes/hex.js';
import { encodeTlv, type TlvInput } from '../../emv/tlv/index.js';
import { parseDol, type DolEntry } from '../../emv/dol/index.js';
import { iccCertificate, issuerCertificate, signedStaticData } from './certificates.js';
import { cvc3InitialValue, cvc3Key, DEFAULT_UDOL } from './cvc3.js';
import { caKeyPair, iccKeyPair, issuerKeyPair, type RsaKeyPair } from './keys/test-keys.js';
import type { ApplicationProfile, CardInterface, CertificateData, DataObject, RecordProfile } from './profile.js';

const RECORD_TEMPLATE = 0x70;
const AIP_SDA = 0x40;
const AIP_DDA = 0x20;
const AIP_CDA = 0x01;
const UNPREDICTABLE_NUMBER = 0x9f37;

export interface BuiltApplication {
  readonly profile: ApplicationProfile;
  readonly aid: Uint8Array;
  readonly aip: Uint8Array;
  readonly afl: Uint8Array;
  /** Each record as READ RECORD returns it (70 template), keyed by recordKey(sfi, number). */
  readonly records: ReadonlyMap<number, Uint8Array>;
  readonly pdol: Readonly<Record<CardInterface, readonly DolEntry[] | null>>;
  readonly cdol1: readonly DolEntry[];
  readonly cdol2: readonly DolEntry[];
  /** 5A and 5F34 digits, for the ICC master key. */
  readonly pan: string;
  readonly panSequenceNumber: string;
  /** Signs INTERNAL AUTHENTICATE and CDA answers; null for an SDA-only or no-ODA application. */
  readonly iccKey: RsaKeyPair | null;
  /** Deciphers an enciphered offline PIN (Book 2 §7.2): the PIN key, else the ICC key. */
  readonly pinKey: RsaKeyPair | null;
  readonly cdaSupported: boolean;
  /** Mag-stripe mode: the UDOL (9F69, else the Default UDOL) and the CVC3 key and initial values. */
  readonly magStripe: BuiltMagStripe | null;
}

export interface BuiltMagStripe {
  readonly udol: readonly DolEntry[];
  readonly key: Uint8Array;
  readonly ivTrack2: Uint8Array;
  /** Null without Track 1 Data (56): the card then computes no CVC3 (Track1). */
  readonly ivTrack1: Uint8Array | null;
}

export function recordKey(sfi: number, number: number): number {
  return sfi * 256 + number;
}

export function buildApplication(profile: ApplicationProfile): BuiltApplication {
  const aip = fromHex(profile.processingOptions.aip);
  const records = [...profile.records, ...certificateRecords(profile, aip)].sort((a, b) => recordKey(a.sfi, a.number) - recordKey(b.sfi, b.number));
  const encoded = new Map<number, Uint8Array>();
  for (const record of records) {
    if (record.sfi < 1 || record.sfi > 30) throw new PosError('E-EMU-0003', { field: 'record sfi', aid: profile.aid, sfi: record.sfi });
    encoded.set(recordKey(record.sfi, record.number), encodeRecord(record.data));
  }
  // A mag-stripe-only card has no CDOLs: it answers GENERATE AC with 6985 (generate-ac.ts).
  const cdol1 = parseDol(profileValue(profile, 0x8c) ?? new Uint8Array(0));
  const cdol2 = parseDol(profileValue(profile, 0x8d) ?? new Uint8Array(0));
  const iccKey = profile.authentication.kind === 'dda' || profile.authentication.kind === 'cda' ? iccKeyPair(profile.authentication.iccKey) : null;
  if (profile.authentication.kind === 'cda' && !(cdol1.some((e) => e.tag === UNPREDICTABLE_NUMBER) && cdol2.some((e) => e.tag === UNPREDICTABLE_NUMBER))) {
    // Book 2 §6.6.1 hashes the terminal's Unpredictable Number into the CDA signature.
    throw new PosError('E-EMU-0003', { field: 'CDOL without 9F37 on a CDA card', aid: profile.aid });
  }
  const pan = applicationPan(profile);
  const panSequenceNumber = toHex(profileValue(profile, 0x5f34) ?? Uint8Array.of(0));
  return {
    profile,
    aid: fromHex(profile.aid),
    aip,
    afl: applicationFileLocator(records),
    records: encoded,
    pdol: {
      contact: profile.contact ? parseDol(fromHex(profile.contact.pdol)) : null,
      contactless: profile.contactless ? parseDol(fromHex(profile.contactless.pdol)) : null,
    },
    cdol1,
    cdol2,
    pan,
    panSequenceNumber,
    iccKey,
    pinKey: profile.pinEncipherment ? iccKeyPair(profile.pinEncipherment.key) : iccKey,
    cdaSupported: iccKey !== null && (aip[0]! & AIP_CDA) !== 0,
    magStripe: profile.magStripe ? magStripeData(profile, pan, panSequenceNumber) : null,
  };
}

/** 5A, else the PAN of the track 2 a mag-stripe card carries (9F6B, else 57). */
function applicationPan(profile: ApplicationProfile): string {
  const pan = profileValue(profile, 0x5a);
  if (pan) return toHex(pan).replace(/F+$/, '');
  const track2 = profileValue(profile, 0x9f6b) ?? profileValue(profile, 0x57);
  if (!track2) throw new PosError('E-EMU-0003', { field: 'missing record data', aid: profile.aid, tag: '5A' });
  return toHex(track2).toUpperCase().split('D')[0]!;
}

/** cvc3.ts: the key and the initial values are personalised from the tracks as written. */
function magStripeData(profile: ApplicationProfile, pan: string, panSequenceNumber: string): BuiltMagStripe {
  const key = cvc3Key(fromHex(profile.magStripe!.imkCvc3), pan, panSequenceNumber);
  const track2 = profileValue(profile, 0x9f6b);
  if (!track2) throw new PosError('E-EMU-0003', { field: 'mag-stripe profile without Track 2 Data', aid: profile.aid, tag: '9F6B' });
  const track1 = profileValue(profile, 0x56);
  return {
    udol: parseDol(profileValue(profile, 0x9f69) ?? DEFAULT_UDOL),
    key,
    ivTrack2: cvc3InitialValue(key, track2),
    ivTrack1: track1 ? cvc3InitialValue(key, track1) : null,
  };
}

/** Book 3 §10.2: 4 bytes per entry (SFI << 3, first record, last record, records signed from the
 *  first on). An entry ends where the SFI changes, numbers stop running on, or a signed record
 *  would follow an unsigned one (signed records must lead their entry). */
function applicationFileLocator(records: readonly RecordProfile[]): Uint8Array {
  const entries: { sfi: number; first: number; last: number; signed: number }[] = [];
  for (const r of records) {
    const open = entries[entries.length - 1];
    const previousSigned = open !== undefined && open.signed === open.last - open.first + 1;
    if (open && open.sfi === r.sfi && open.last + 1 === r.number && (!r.signed || previousSigned)) {
      open.last = r.number;
      if (r.signed) open.signed++;
    } else {
      entries.push({ sfi: r.sfi, first: r.number, last: r.number, signed: r.signed ? 1 : 0 });
    }
  }
  return Uint8Array.from(entries.flatMap((e) => [e.sfi << 3, e.first, e.last, e.signed]));
}

/** Book 3 §10.3: the signed records in AFL order (SFI 1-10 as the template's value, 11-30 as the
 *  whole template), then the AIP when the Static Data Authentication Tag List (9F4A) names 82. */
function staticDataToAuthenticate(profile: ApplicationProfile, aip: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  const signed = profile.records.filter((r) => r.signed).sort((a, b) => recordKey(a.sfi, a.number) - recordKey(b.sfi, b.number));
  for (const r of signed) parts.push(r.sfi <= 10 ? encodeTlv(r.data.map(toInput)) : encodeRecord(r.data));
  const tagList = profileValue(profile, 0x9f4a);
  if (tagList) {
    if (toHex(tagList) !== '82') throw new PosError('E-EMU-0003', { field: '9F4A other than 82', aid: profile.aid });
    parts.push(aip);
  }
  return concatBytes(...parts);
}

function certificateRecords(profile: ApplicationProfile, aip: Uint8Array): RecordProfile[] {
  const auth = profile.authentication;
  if (auth.kind === 'none') {
    // The PIN key is certified by the issuer key, which only an ODA personalisation carries.
    if (profile.pinEncipherment) throw new PosError('E-EMU-0003', { field: 'PIN encipherment key without an issuer key', aid: profile.aid });
    return [];
  }
  const wanted = auth.kind === 'sda' ? AIP_SDA : auth.kind === 'dda' ? AIP_DDA : AIP_CDA;
  if ((aip[0]! & wanted) === 0) throw new PosError('E-EMU-0003', { field: 'AIP does not announce the ODA method', aid: profile.aid, method: auth.kind });
  const ca = caKeyPair(profile.aid.slice(0, 10));
  const issuer = issuerKeyPair(auth.issuerKey);
  const pan = toHex(requiredValue(profile, 0x5a));
  const issuerIdentifier = fromHex(pan.slice(0, 6).padEnd(8, 'F'));
  const issuerCert = issuerCertificate(ca.key, issuer, issuerIdentifier, certificateFields(auth.issuerCertificate));
  const paddedPan = fromHex(pan.padEnd(20, 'F'));
  const pinKeyRecord = pinKeyRecords(profile, auth.sfi, issuer, paddedPan);
  const first: RecordProfile = {
    sfi: auth.sfi,
    number: 1,
    signed: false,
    data: [
      ['8F', toHex(Uint8Array.of(ca.index))],
      ['90', toHex(issuerCert.certificate)],
      ...(issuerCert.remainder.length > 0 ? [['92', toHex(issuerCert.remainder)] as const] : []),
      ['9F32', toHex(issuerCert.exponent)],
    ],
  };
  const staticData = staticDataToAuthenticate(profile, aip);
  const signer = auth.wrongSigner === undefined ? issuer : issuerKeyPair(auth.wrongSigner);
  if (auth.kind === 'sda') {
    const ssad = signedStaticData(signer, fromHex(auth.dataAuthenticationCode), staticData);
    return [first, { sfi: auth.sfi, number: 2, signed: false, data: [['93', toHex(ssad)]] }, ...pinKeyRecord];
  }
  const icc = iccKeyPair(auth.iccKey);
  const iccCert = iccCertificate(signer, icc, paddedPan, certificateFields(auth.iccCertificate), staticData);
  const second: DataObject[] = [
    ['9F46', toHex(iccCert.certificate)],
    ['9F47', toHex(iccCert.exponent)],
    ...(iccCert.remainder.length > 0 ? [['9F48', toHex(iccCert.remainder)] as const] : []),
  ];
  return [first, { sfi: auth.sfi, number: 2, signed: false, data: second }, ...pinKeyRecord];
}

/** Book 2 §7.1: the PIN key's certificate is the ICC key's format, hashed without static data. */
function pinKeyRecords(profile: ApplicationProfile, sfi: number, issuer: RsaKeyPair, paddedPan: Uint8Array): RecordProfile[] {
  if (!profile.pinEncipherment) return [];
  const cert = iccCertificate(issuer, iccKeyPair(profile.pinEncipherment.key), paddedPan, certificateFields(profile.pinEncipherment.certificate), new Uint8Array(0));
  const data: DataObject[] = [
    ['9F2D', toHex(cert.certificate)],
    ['9F2E', toHex(cert.exponent)],
    ...(cert.remainder.length > 0 ? [['9F2F', toHex(cert.remainder)] as const] : []),
  ];
  return [{ sfi, number: 3, signed: false, data }];
}

function certificateFields(data: CertificateData): { expiry: Uint8Array; serialNumber: Uint8Array } {
  return { expiry: fromHex(data.expiry), serialNumber: fromHex(data.serialNumber) };
}

function encodeRecord(data: readonly DataObject[]): Uint8Array {
  return encodeTlv([{ tag: RECORD_TEMPLATE, children: data.map(toInput) }]);
}

function toInput([tag, value]: DataObject): TlvInput {
  return { tag: parseInt(tag, 16), value: fromHex(value) };
}

function profileValue(profile: ApplicationProfile, tag: number): Uint8Array | undefined {
  for (const record of profile.records) {
    for (const [t, v] of record.data) if (parseInt(t, 16) === tag) return fromHex(v);
  }
  return undefined;
}

function requiredValue(profile: ApplicationProfile, tag: number): Uint8Array {
  const value = profileValue(profile, tag);
  if (!value) throw new PosError('E-EMU-0003', { field: 'missing record data', aid: profile.aid, tag: tag.toString(16).toUpperCase() });
  return value;
}


// pos oda recover --rid HEX --index HEX --issuer-cert HEX [--issuer-remainder HEX]
//   --issuer-exponent HEX [--pan DIGITS] [--icc-cert HEX --icc-exponent HEX
//   [--icc-remainder HEX] --static-data HEX] [--date YYMMDD] [--ca-keys FILE] [--json]
// Recovers the issuer (EMV Book 2 §5.3) and ICC (§6.4) public key certificates from data
// copied off a card and prints each one's fields, for a support engineer asking "why did ODA
// fail?". The ICC certificate's PAN is shown masked (first 6, last 4). Without --ca-keys the
// virtual card's TEST CA keys are used. A certificate that fails exits 2 (E-ODA-0006).
import { fromHex, toHex } from '../bytes/hex.js';
import { testCaPublicKeys } from '../emulators/card/index.js';
import {
  createCaKeyStore,
  recoverIccKey,
  recoverIssuerKey,
  transactionDateKey,
  type CertificateFields,
  type OdaFailure,
  type OpenedCertificate,
} from '../emv/oda/index.js';
import { openCertificate } from '../emv/oda/public-key-certificate.js';
import { PosError } from '../errors/index.js';
import { parseVerbArgs } from './args.js';
import { readCaKeyFile } from './config-files.js';

const VERB = 'oda';
const hexOption = { type: 'string' } as const;

export async function odaVerb(argv: string[]): Promise<void> {
  const { values, positionals } = parseVerbArgs(
    argv,
    {
      rid: hexOption,
      index: hexOption,
      'issuer-cert': hexOption,
      'issuer-remainder': hexOption,
      'issuer-exponent': hexOption,
      pan: { type: 'string' },
      'icc-cert': hexOption,
      'icc-remainder': hexOption,
      'icc-exponent': hexOption,
      'static-data': hexOption,
      date: { type: 'string' },
      'ca-keys': { type: 'string' },
      json: { type: 'boolean' },
    },
    VERB,
  );
  if (positionals.length !== 1 || positionals[0] !== 'recover') throw usage('the only subcommand is recover');
  const rid = requiredHex(values.rid, 'rid');
  const indexBytes = requiredHex(values.index, 'index');
  if (rid.length !== 5 || indexBytes.length !== 1) throw usage('--rid is 5 bytes and --index 1 byte, in hex');
  const index = indexBytes[0]!;
  if (values.pan !== undefined && !/^\d{12,19}$/.test(values.pan)) throw usage('--pan is 12 to 19 digits');
  const pan = values.pan === undefined ? undefined : fromHex(values.pan.length % 2 === 0 ? values.pan : `${values.pan}F`);
  const date = transactionDateKey(fromHex(values.date ?? today()));
  if (date === undefined) throw usage('--date is YYMMDD');

  const store = values['ca-keys'] === undefined ? createCaKeyStore(testCaPublicKeys()) : readCaKeyFile(values['ca-keys']);
  const caKey = store.find(rid, index, date);
  if (caKey === undefined) throw new PosError('E-ODA-0005', { rid: toHex(rid), index: toHex(indexBytes) });

  const issuerInput = {
    certifier: caKey,
    certificate: requiredHex(values['issuer-cert'], 'issuer-cert'),
    remainder: optionalHex(values['issuer-remainder']),
    exponent: requiredHex(values['issuer-exponent'], 'issuer-exponent'),
    date,
  };
  // Without a PAN the issuer identifier is shown, not checked.
  const issuer =
    pan === undefined
      ? openCertificate({ ...issuerInput, hashedAfter: new Uint8Array(0) }, 0x02, 4, () => true, 'issuer-identifier-mismatch')
      : recoverIssuerKey({ ...issuerInput, pan, rid, caIndex: index, revoked: [] });
  const report: Record<string, unknown> = { caKey: { rid: toHex(rid), index: toHex(indexBytes), bits: caKey.modulus.length * 8 }, issuer: describe(issuer, 'issuer', pan !== undefined) };

  let icc: OpenedCertificate | undefined;
  if (values['icc-cert'] !== undefined) {
    if (issuer.result !== 'ok') throw new PosError('E-ODA-0006', { certificate: 'issuer', reason: issuer.reason });
    const iccInput = {
      certifier: issuer.key,
      certificate: requiredHex(values['icc-cert'], 'icc-cert'),
      remainder: optionalHex(values['icc-remainder']),
      exponent: requiredHex(values['icc-exponent'], 'icc-exponent'),
      hashedAfter: requiredHex(values['static-data'], 'static-data'),
      date,
    };
    icc = pan === undefined ? openCertificate(iccInput, 0x04, 10, () => true, 'pan-mismatch') : recoverIccKey({ ...iccInput, pan });
    report.icc = describe(icc, 'icc', pan !== undefined);
  }

  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report).join('\n')}\n`);
  for (const [name, cert] of [['issuer', issuer], ['icc', icc]] as const) {
    if (cert?.result === 'failed') throw new PosError('E-ODA-0006', { certificate: name, reason: cert.reason });
  }
}

type Described = Record<string, string | number>;

function describe(cert: OpenedCertificate, kind: 'issuer' | 'icc', panChecked: boolean): Described {
  const out: Described = { result: cert.result === 'ok' ? 'ok' : `failed: ${cert.reason}` };
  const fields: CertificateFields | undefined = cert.fields;
  if (fields === undefined) return out;
  const owner = toHex(fields.owner).replace(/F+$/, '');
  return {
    ...out,
    format: hexByte(fields.format),
    ...(kind === 'issuer' ? { issuerIdentifier: owner } : { pan: maskPan(owner) }),
    panCheck: panChecked ? panCheck(cert) : 'not checked (no --pan)',
    expiry: `${toHex(fields.expiry).slice(0, 2)}/${toHex(fields.expiry).slice(2)}`,
    serialNumber: toHex(fields.serialNumber),
    hashAlgorithm: `${hexByte(fields.hashAlgorithm)}${fields.hashAlgorithm === 1 ? ' (SHA-1)' : ''}`,
    keyAlgorithm: `${hexByte(fields.keyAlgorithm)}${fields.keyAlgorithm === 1 ? ' (RSA)' : ''}`,
    keyBits: fields.keyLength * 8,
    exponentLength: fields.exponentLength,
    hash: cert.result === 'ok' || cert.reason !== 'hash-mismatch' ? 'ok' : 'mismatch',
  };
}

// openCertificate checks the owner after the hash: a failure named here came after it passed.
const AFTER_OWNER_CHECK: ReadonlySet<OdaFailure> = new Set(['certificate-expired', 'certificate-revoked', 'unknown-key-algorithm', 'key-length-mismatch', 'icc-data-missing']);

function panCheck(cert: OpenedCertificate): string {
  if (cert.result === 'ok' || AFTER_OWNER_CHECK.has(cert.reason)) return 'ok';
  return cert.reason === 'issuer-identifier-mismatch' || cert.reason === 'pan-mismatch' ? 'mismatch' : 'not reached';
}

function formatReport(report: Record<string, unknown>): string[] {
  const ca = report.caKey as Described;
  const lines = [`CA key       ${ca.rid} #${ca.index} (${ca.bits} bits)`];
  for (const name of ['issuer', 'icc'] as const) {
    const cert = report[name] as Described | undefined;
    if (cert === undefined) continue;
    lines.push(`${name === 'issuer' ? 'Issuer' : 'ICC'} public key certificate`);
    for (const [k, v] of Object.entries(cert)) lines.push(`  ${k.padEnd(17)}${v}`);
  }
  return lines;
}

/** First 6 and last 4 digits at most (DESIGN.md: receipts and tools mask the PAN). */
function maskPan(digits: string): string {
  return digits.length <= 10 ? '*'.repeat(digits.length) : `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
}

function requiredHex(value: string | undefined, option: string): Uint8Array {
  if (value === undefined) throw usage(`--${option} is required`);
  const bytes = fromHex(value);
  if (bytes.length === 0) throw usage(`--${option} is empty`);
  return bytes;
}

function optionalHex(value: string | undefined): Uint8Array | undefined {
  return value === undefined ? undefined : fromHex(value);
}

function today(): string {
  const d = new Date();
  return [d.getUTCFullYear() % 100, d.getUTCMonth() + 1, d.getUTCDate()].map((n) => String(n).padStart(2, '0')).join('');
}

function hexByte(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

function usage(reason: string): PosError {
  return new PosError('E-CORE-0001', { verb: VERB, reason });
}


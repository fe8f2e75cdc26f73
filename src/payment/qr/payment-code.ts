// What the scanner read off a customer's phone, as a payment code the transaction engine can
// send to the acquirer — or a coded refusal. Two families:
// - wallet codes, digits only, told apart by prefix and length as the wallets' merchant
//   integration guides give them: WeChat Pay 18 digits from 10-15, Alipay 16-24 digits from
//   25-30, UnionPay's consumer-presented code 19 digits from 62;
// - EMV QRCPS Consumer-Presented Mode v1.0: base64 of BER-TLV, Payload Format Indicator
//   '85' = "CPV01" first, one or more Application Templates '61' (each with its ADF Name '4F'),
//   an optional Common Data Template '62'; nothing else at the top.
// A code is a bearer token for the minute it lives and a CPM payload carries the PAN, track 2
// and a cryptogram: both travel sealed, and only the masked forms are for a screen or a log.
import { PosError, isPosError } from '../../errors/index.js';
import { toHex } from '../../bytes/hex.js';
import { maskPan } from '../../emv/dictionary/index.js';
import { decodeTlv, findValue, type TlvNode } from '../../emv/tlv/index.js';
import { Sealed, type Symbology } from '../../kernel/index.js';

export type Wallet = 'wechat' | 'alipay' | 'unionpay';

export interface CpmApplication {
  /** ADF Name (4F), upper-case hex. */
  readonly aid: string;
  readonly label: string | undefined;
}

export type PaymentCode =
  | { readonly kind: 'wallet'; readonly wallet: Wallet; readonly code: Sealed<string>; readonly masked: string }
  | { readonly kind: 'emv-cpm'; readonly payload: Sealed<Uint8Array>; readonly applications: readonly CpmApplication[]; readonly maskedPan: string | undefined };

const WALLETS: readonly [RegExp, Wallet][] = [
  [/^1[0-5]\d{16}$/, 'wechat'],
  [/^(?:2[5-9]|30)\d{14,22}$/, 'alipay'],
  [/^62\d{17}$/, 'unionpay'],
];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PAYLOAD_FORMAT = 0x85;
const APPLICATION_TEMPLATE = 0x61;
const COMMON_DATA_TEMPLATE = 0x62;
const ADF_NAME = 0x4f;
const APPLICATION_LABEL = 0x50;
const PAN = 0x5a;
const TRACK2 = 0x57;
const CPV01 = 'CPV01';

export function paymentCode(scan: { readonly symbology: Symbology; readonly data: Uint8Array }): PaymentCode {
  const text = new TextDecoder().decode(scan.data);
  if (/^\d+$/.test(text)) {
    const wallet = WALLETS.find(([shape]) => shape.test(text))?.[1];
    if (wallet === undefined) throw new PosError('E-QR-0005', { symbology: scan.symbology, length: text.length, reason: 'digits of no wallet' });
    return { kind: 'wallet', wallet, code: new Sealed(text), masked: `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}` };
  }
  if (BASE64.test(text) && text.length % 4 === 0) {
    const bytes = new Uint8Array(Buffer.from(text, 'base64'));
    if (bytes[0] === PAYLOAD_FORMAT) return consumerPresented(bytes);
  }
  throw new PosError('E-QR-0005', { symbology: scan.symbology, length: text.length });
}

function consumerPresented(bytes: Uint8Array): PaymentCode {
  let nodes: TlvNode[];
  try {
    nodes = decodeTlv(bytes);
  } catch (e) {
    if (!isPosError(e)) throw e;
    throw new PosError('E-QR-0006', { reason: 'not BER-TLV', tlv: e.code }, { cause: e });
  }
  const [format, ...rest] = nodes;
  if (format?.tag !== PAYLOAD_FORMAT || new TextDecoder().decode(format.value) !== CPV01) throw new PosError('E-QR-0006', { reason: 'payload format indicator is not CPV01' });
  const stray = rest.find((n) => n.tag !== APPLICATION_TEMPLATE && n.tag !== COMMON_DATA_TEMPLATE);
  if (stray !== undefined) throw new PosError('E-QR-0006', { reason: 'unexpected top-level tag', tag: stray.tag.toString(16).toUpperCase() });
  const applications = rest.filter((n) => n.tag === APPLICATION_TEMPLATE).map(application);
  if (applications.length === 0) throw new PosError('E-QR-0006', { reason: 'no application template' });
  return { kind: 'emv-cpm', payload: new Sealed(bytes), applications, maskedPan: maskedPanOf(rest) };
}

function application(node: TlvNode): CpmApplication {
  if (node.kind !== 'constructed') throw new PosError('E-QR-0006', { reason: 'application template is not constructed' });
  const aid = findValue(node.children, ADF_NAME);
  if (aid === undefined || aid.length < 5 || aid.length > 16) throw new PosError('E-QR-0006', { reason: 'application template without an ADF name of 5-16 bytes' });
  const label = findValue(node.children, APPLICATION_LABEL);
  return { aid: toHex(aid).toUpperCase(), label: label === undefined ? undefined : new TextDecoder().decode(label) };
}

/** The PAN from 5A, or from track 2 before its separator, masked; the clear digits go no further. */
function maskedPanOf(nodes: readonly TlvNode[]): string | undefined {
  const pan = findValue(nodes, PAN);
  const track2 = findValue(nodes, TRACK2);
  const digits = pan !== undefined ? toHex(pan).toUpperCase().replace(/F+$/, '') : track2 !== undefined ? toHex(track2).toUpperCase().split('D')[0] : undefined;
  if (digits === undefined) return undefined;
  if (!/^\d{8,19}$/.test(digits)) throw new PosError('E-QR-0006', { reason: 'PAN is not 8-19 digits', length: digits.length });
  return maskPan(digits);
}

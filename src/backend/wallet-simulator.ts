// The wallets behind the reference backend, as an acquirer's QR gateway sees them: a
// consumer-presented code is routed by its format to the wallet that issued it and decided by
// that wallet's rules at once; a merchant-presented order is paid by the customer's wallet a
// while after the terminal shows it (config/backend.json's `wallet`); a refund goes back to the
// wallet that paid, which takes it unless its provider does not answer. The formats are the
// wallets' merchant integration guides': WeChat Pay 18 digits from 10-15, Alipay 16-24 digits
// from 25-30, UnionPay's consumer-presented code 19 digits from 62; an EMV QRCPS CPM payload
// (base64 of BER-TLV, '85' "CPV01" first) by the RID of its first application's ADF Name. A
// code is a bearer token: it is read here and dropped, never stored, logged or put in an error.
import { randomInt } from 'node:crypto';
import type { ErrorCode } from '../errors/index.js';
import type { DecidedQrOutcome } from './qr-payment-store.js';

export type Provider = 'alipay' | 'wechat' | 'unionpay' | 'visa' | 'mastercard';
export const PROVIDERS: readonly Provider[] = ['alipay', 'wechat', 'unionpay', 'visa', 'mastercard'];

export interface WalletRules {
  /** A code or an order above this (minor units) is declined with 51. */
  readonly amountLimit: bigint;
  /** A merchant-presented order is paid this long after the terminal registered it. */
  readonly paysAfterMs: number;
  /** Whose wallet pays merchant-presented orders. */
  readonly payer: Provider;
  /** Providers that do not answer: their codes are UNAVAILABLE, their orders stay unpaid. */
  readonly unavailableProviders: readonly Provider[];
}

const WALLET_CODES: readonly [RegExp, Provider][] = [
  [/^1[0-5]\d{16}$/, 'wechat'],
  [/^(?:2[5-9]|30)\d{14,22}$/, 'alipay'],
  [/^62\d{17}$/, 'unionpay'],
];

/** Registered Application Provider Identifiers (ISO/IEC 7816-5) of the CPM networks. */
const RIDS: Readonly<Record<string, Provider>> = { A000000333: 'unionpay', A000000003: 'visa', A000000004: 'mastercard' };

const CPV01 = [0x85, 0x05, 0x43, 0x50, 0x56, 0x30, 0x31];
const APPLICATION_TEMPLATE = 0x61;
const ADF_NAME = 0x4f;

/** BER-TLV's objects in `bytes` (tags of one or more bytes, definite lengths of up to two
 *  bytes), or undefined when they do not parse to the end. */
function tlvObjects(bytes: Uint8Array): { tag: number; value: Uint8Array }[] | undefined {
  const out: { tag: number; value: Uint8Array }[] = [];
  let i = 0;
  while (i < bytes.length) {
    let tag = bytes[i++]!;
    if ((tag & 0x1f) === 0x1f) {
      let next: number | undefined;
      do {
        next = bytes[i++];
        tag = tag * 0x100 + (next ?? 0);
      } while (next !== undefined && (next & 0x80) !== 0);
    }
    const first = bytes[i++];
    const size = first === 0x81 ? 1 : first === 0x82 ? 2 : 0;
    const length = size === 0 ? first : bytes.subarray(i, i + size).reduce((n, b) => n * 0x100 + b, 0);
    i += size;
    if (length === undefined || (size === 0 && length > 0x7f) || i + length > bytes.length) return undefined;
    out.push({ tag, value: bytes.subarray(i, i + length) });
    i += length;
  }
  return out;
}

/** The network of an EMV CPM payload, by its first application's RID. */
function cpmProvider(text: string): Provider | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (!CPV01.every((b, i) => bytes[i] === b)) return undefined;
  const application = tlvObjects(bytes.subarray(CPV01.length))?.find((o) => o.tag === APPLICATION_TEMPLATE);
  const aid = application && tlvObjects(application.value)?.find((o) => o.tag === ADF_NAME)?.value;
  return aid && RIDS[Buffer.from(aid.subarray(0, 5)).toString('hex').toUpperCase()];
}

/** The provider whose code this is; undefined for a format no wallet issues. */
export function providerOfCode(code: string): Provider | undefined {
  if (/^\d+$/.test(code)) return WALLET_CODES.find(([shape]) => shape.test(code))?.[1];
  return cpmProvider(code);
}

/** A decision, or the provider not answering (nothing decided: a retry is decided anew). */
export type WalletAnswer = DecidedQrOutcome | { readonly status: 'unavailable'; readonly provider: Provider; readonly errorCode: ErrorCode };

export interface WalletContext {
  readonly now: number;
  readonly random?: (max: number) => number;
}

/** A payment of `amount` by `provider`'s wallet: the provider answering first, then the amount. */
function pay(rules: WalletRules, provider: Provider, amount: bigint, c: WalletContext): WalletAnswer {
  if (rules.unavailableProviders.includes(provider)) return { status: 'unavailable', provider, errorCode: 'E-BACKEND-0304' };
  if (amount > rules.amountLimit) return declined('51', 'E-BACKEND-0302', c.now, provider);
  return accepted(provider, c);
}

/** A refund back to the wallet `provider` that paid the original, what is left of it checked
 *  by the caller (qr-payment.ts): the provider answering is all the wallet decides; its limit is
 *  for payments, not money going back. */
export function decideRefund(rules: WalletRules, provider: string, c: WalletContext): WalletAnswer {
  const known = PROVIDERS.find((p) => p === provider);
  if (known === undefined) return declined('25', 'E-BACKEND-0307', c.now, provider);
  if (rules.unavailableProviders.includes(known)) return { status: 'unavailable', provider: known, errorCode: 'E-BACKEND-0304' };
  return accepted(known, c);
}

/** The wallet's yes: its authorisation code and its own transaction number. */
function accepted(provider: Provider, c: WalletContext): WalletAnswer {
  const random = c.random ?? randomInt;
  const day = new Date(c.now).toISOString().slice(0, 10).replaceAll('-', '');
  return {
    status: 'approved',
    provider,
    authorisationCode: String(random(1_000_000)).padStart(6, '0'),
    // The wallets' own transaction numbers are long digit strings dated by the day.
    hostReference: `${day}${String(random(1_000_000_000_000)).padStart(12, '0')}`,
    decidedAt: c.now,
  };
}

export function declined(declineCode: string, errorCode: ErrorCode, now: number, provider = ''): DecidedQrOutcome {
  return { status: 'declined', provider, declineCode, errorCode, decidedAt: now };
}

/** A consumer-presented code of `amount`: the wallet that issued it decides at once. */
export function decideCode(rules: WalletRules, code: string, amount: bigint, c: WalletContext): WalletAnswer {
  const provider = providerOfCode(code);
  if (provider === undefined) return declined('14', 'E-BACKEND-0301', c.now);
  return pay(rules, provider, amount, c);
}

/** A merchant-presented order registered at `registeredAt`: unpaid until paysAfterMs has
 *  passed, then paid (or refused) by the payer's wallet. */
export function decideOrder(rules: WalletRules, order: { readonly amount: bigint; readonly registeredAt: number }, c: WalletContext): WalletAnswer | { readonly status: 'pending' } {
  if (c.now - order.registeredAt < rules.paysAfterMs) return { status: 'pending' };
  return pay(rules, rules.payer, order.amount, c);
}

// pos txn --interface contactless: one tap through Entry Point and the kernel the card's
// application names (2 Mastercard, 3 Visa, 7 UnionPay), on the contactless reader. An Online
// Request goes to the local test issuer (online PIN from --pin first when the Outcome asks for
// it); the report has the contact report's keys plus the kernel, the card-in-field time, the
// UI Requests and the restarts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../bytes/hex.js';
import type { ContactlessTransactionType } from '../emv/contactless/kernel-contract.js';
import { parseContactlessConfig } from '../emv/contactless/config.js';
import { runContactlessTransaction, type ContactlessResult } from '../emv/contactless/entry-point/index.js';
import { kernelFor } from '../emv/contactless/kernels.js';
import { sendOnlineRequest, type OnlineCompletion } from '../emv/contactless/online-request.js';
import type { AuthorisationPort } from '../emv/contact/authorisation.js';
import type { PinPadPort } from '../emv/cvm/index.js';
import type { CardReader } from '../kernel/index.js';
import { presentedCard } from '../payment/engine/presented-card.js';
import { readJson, type TerminalFiles } from './config-files.js';
import { phaseTotals, type TxnReportCore } from './txn-report.js';

export interface ContactlessTxnInput {
  readonly reader: CardReader;
  readonly configDir: string;
  readonly files: TerminalFiles;
  readonly currency: { readonly code: string; readonly exponent: number };
  readonly type: ContactlessTransactionType;
  readonly amount: bigint;
  readonly authorisation: AuthorisationPort;
  readonly pinPad: PinPadPort;
  readonly presentTimeoutMs: number;
  readonly elapsedMs: () => number;
  readonly random: (n: number) => Uint8Array;
}

export interface ContactlessTxnReport extends TxnReportCore {
  interface: 'contactless';
  kernel: number | null;
  /** Kernel 2's path, from its Data Record: 'mag-stripe' (the tracks carry the CVC3, no
   *  cryptogram) or 'emv' (M/Chip); null for the other kernels or without a Data Record. */
  mode: 'emv' | 'mag-stripe' | null;
  /** The Outcome's CVM (Book A §6.2.2). */
  cvm: string;
  /** What the card may still spend offline (9F5D or the EC balance 9F79), n12 hex. */
  balance: string | null;
  cardInFieldMs: number | null;
  restarts: number;
  uiRequests: string[];
}

export async function runContactlessTxn(input: ContactlessTxnInput): Promise<ContactlessTxnReport> {
  const file = join(input.configDir, 'contactless.json');
  const combinations = parseContactlessConfig(readJson(file), file);
  const transaction = { type: input.type, amount: input.amount, amountOther: 0n };
  const card = presentedCard(input.reader, await input.reader.connect(), input.presentTimeoutMs);
  try {
    const terminal = { ...input.files.terminal, currencyCode: input.currency.code, currencyExponent: input.currency.exponent };
    const result = await runContactlessTransaction(card, transaction, {
      terminal,
      combinations,
      kernelFor,
      caKeys: input.files.caKeys,
      revoked: input.files.revoked,
      now: () => new Date(),
      elapsedMs: input.elapsedMs,
      random: input.random,
    });
    const o = result.outcome;
    let online: OnlineCompletion | undefined;
    if (o.kernel !== null && o.outcome.status === 'online-request' && o.outcome.start === 'n/a') {
      online = await sendOnlineRequest(
        o,
        { ...transaction, currencyCode: terminal.currencyCode.padStart(4, '0'), currencyExponent: terminal.currencyExponent },
        { authorisation: input.authorisation, pinPad: input.pinPad },
      );
    }
    return contactlessReport(result, online);
  } finally {
    await card.close();
  }
}

/** The final outcome in the contact report's words: an Online Request is what the host made of it. */
export function contactlessReport(result: ContactlessResult, online: OnlineCompletion | undefined): ContactlessTxnReport {
  const o = result.outcome;
  const record = o.kernel === null ? undefined : o.dataRecord;
  const hex = (tag: number): string | null => {
    const v = record?.get(tag);
    return v === undefined ? null : toHex(v);
  };
  const outcome = online?.kind ?? o.outcome.status;
  const balance = o.kernel === null ? undefined : (o.discretionaryData?.get(0x9f5d) ?? o.discretionaryData?.get(0x9f79));
  return {
    interface: 'contactless',
    outcome,
    ...(online?.kind === 'declined' ? { reason: online.reason } : {}),
    kernel: o.kernel,
    mode: o.kernel === 2 && o.dataRecord !== undefined ? (o.dataRecord.has(0x9f6b) ? 'mag-stripe' : 'emv') : null,
    cryptogram: o.kernel !== null && o.cryptogram ? { type: o.cryptogram.type, value: toHex(o.cryptogram.value) } : null,
    aid: result.selected ? toHex(result.selected.aid) : null,
    label: result.selected?.label ?? null,
    pan: o.kernel === null ? null : (o.maskedPan ?? null),
    tvr: hex(0x95),
    tsi: hex(0x9b),
    cvmResults: hex(0x9f34),
    atc: hex(0x9f36),
    arc: online !== undefined && online.kind !== 'declined' ? Buffer.from(online.authorisationResponseCode).toString('ascii') : null,
    authCode: online !== undefined && online.kind !== 'declined' ? (online.issuer.authorisationCode ?? null) : null,
    reference: online !== undefined && online.kind !== 'declined' ? (online.issuer.hostReference ?? null) : null,
    cvm: o.outcome.cvm,
    balance: balance === undefined ? null : toHex(balance),
    signatureRequired: o.outcome.cvm === 'signature' && (outcome === 'approved' || outcome === 'online-request'),
    apdus: result.apdus,
    cardInFieldMs: result.cardInFieldMs === undefined ? null : Math.round(result.cardInFieldMs * 1000) / 1000,
    restarts: result.restarts,
    uiRequests: result.uiRequests.map((u) => u.message),
    phases: phaseTotals(result.phases),
    error: o.error ? { code: o.error.code, message: o.error.message } : null,
  };
}

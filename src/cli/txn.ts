// pos txn --amount 12.34 --currency 156 [--type purchase|cash|cashback|refund] [--reader NAME]
//         [--interface contact|contactless] [--pin 1234] [--online approve|decline|unavailable|issuer]
//         [--pinpad PATH [--pin-slot N] [--pin-format iso0|iso1|iso3|iso4]]
//         [--present-timeout SECONDS] [--config DIR] [--trace] [--json]
// One whole transaction on a PC/SC reader (vpcd or hardware): the contact kernel, or a tap
// through Entry Point and the contactless kernels (txn-contactless.ts). The host answer comes
// from the local test issuer, told to approve, decline or be unavailable, or with `--online
// issuer` from the backend's issuer simulator and its rules (txn-issuer.ts, <config>/backend.json).
// Exit 0 for a completed transaction whatever
// its outcome; an aborted one prints its coded error and exits 1.
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { toHex } from '../bytes/hex.js';
import { currencyByNumeric, formatTlvTree } from '../emv/dictionary/index.js';
import { runContactTransaction, type KernelResult } from '../emv/contact/kernel.js';
import type { TraceEntry } from '../emv/contact/trace.js';
import type { ContactlessTransactionType } from '../emv/contactless/kernel-contract.js';
import { createLocalIssuer, type IssuerDecision } from '../emulators/issuer/local-issuer.js';
import { catalogue, languageFromEnv, PosError, type ErrorCode } from '../errors/index.js';
import type { CardReader, PinBlockFormat } from '../kernel/index.js';
import type { AuthorisationPort } from '../emv/contact/authorisation.js';
import { DEFAULT_PIN_ENTRY } from '../payment/pin-pad-port.js';
import { KEYED_PAD_FORMAT } from '../emulators/pinpad/keyed-pin-pad.js';
import { backendIssuer } from './txn-issuer.js';
import { parseVerbArgs } from './args.js';
import { openReaders } from './card-readers.js';
import { DEFAULT_CONFIG_DIR, loadTerminalFiles } from './config-files.js';
import { openPinPad, PIN_PAD_OPTIONS, type OpenedPinPad } from './pin-pad-option.js';
import { runContactlessTxn, type ContactlessTxnReport } from './txn-contactless.js';
import { phaseTotals, type TxnReportCore } from './txn-report.js';

const TYPES: readonly ContactlessTransactionType[] = ['purchase', 'cash', 'cashback', 'refund'];
const DECISIONS: readonly (IssuerDecision | 'issuer')[] = ['approve', 'decline', 'unavailable', 'issuer'];

/** "12.34" in a currency with exponent 2 -> 1234n; never through a float. */
export function parseAmount(text: string, exponent: number): bigint {
  const m = /^(\d{1,12})(?:\.(\d+))?$/.exec(text);
  if (!m || (m[2] ?? '').length > exponent) throw new PosError('E-CORE-0001', { verb: 'txn', reason: `--amount must be digits with at most ${exponent} decimals` });
  return BigInt(m[1]!) * 10n ** BigInt(exponent) + BigInt((m[2] ?? '').padEnd(exponent, '0') || '0');
}

export async function txnVerb(argv: string[]): Promise<number> {
  const { values } = parseVerbArgs(
    argv,
    {
      amount: { type: 'string' },
      currency: { type: 'string' },
      type: { type: 'string', default: 'purchase' },
      reader: { type: 'string' },
      pin: { type: 'string' },
      ...PIN_PAD_OPTIONS,
      online: { type: 'string', default: 'approve' },
      interface: { type: 'string', default: 'contact' },
      'present-timeout': { type: 'string', default: '10' },
      config: { type: 'string' },
      json: { type: 'boolean' },
      trace: { type: 'boolean' },
    },
    'txn',
  );
  if (values.amount === undefined) throw new PosError('E-CORE-0001', { verb: 'txn', reason: '--amount is required' });
  const type = values.type as ContactlessTransactionType;
  if (!TYPES.includes(type)) throw new PosError('E-CORE-0001', { verb: 'txn', reason: `--type is one of ${TYPES.join(', ')}` });
  const online = values.online as IssuerDecision | 'issuer';
  if (!DECISIONS.includes(online)) throw new PosError('E-CORE-0001', { verb: 'txn', reason: `--online is one of ${DECISIONS.join(', ')}` });
  if (values.pin !== undefined && !/^\d{4,12}$/.test(values.pin)) throw new PosError('E-CORE-0001', { verb: 'txn', reason: '--pin is 4 to 12 digits' });
  const cardInterface = values.interface;
  if (cardInterface !== 'contact' && cardInterface !== 'contactless') throw new PosError('E-CORE-0001', { verb: 'txn', reason: '--interface is contact or contactless' });
  if (!/^\d{1,3}$/.test(values['present-timeout'])) throw new PosError('E-CORE-0001', { verb: 'txn', reason: '--present-timeout is whole seconds' });

  const files = loadTerminalFiles(values.config);
  const currencyCode = values.currency ?? files.terminal.currencyCode;
  const currency = /^\d{3}$/.test(currencyCode) ? currencyByNumeric(Number(currencyCode)) : undefined;
  if (!currency) throw new PosError('E-CORE-0001', { verb: 'txn', reason: '--currency is an ISO 4217 numeric code, e.g. 156' });
  const amount = parseAmount(values.amount, currency.exponent);
  const pinBlockFormat = (values.pinpad === undefined ? KEYED_PAD_FORMAT : (values['pin-format'] ?? DEFAULT_PIN_ENTRY.format)) as PinBlockFormat;
  const authorisation = (): AuthorisationPort =>
    online === 'issuer' ? backendIssuer(values.config ?? DEFAULT_CONFIG_DIR, { entryMode: cardInterface, pinBlockFormat }) : createLocalIssuer(online);

  const scope = await openReaders({ ...(values.config === undefined ? {} : { configDir: values.config }) });
  let result: KernelResult;
  let pinPad: OpenedPinPad | undefined;
  try {
    pinPad = await openPinPad(values, { amount, currency: { code: currencyCode, exponent: currency.exponent } });
    const readers = scope.readers();
    // Without --reader: the first reader of the interface asked for that holds a card.
    const serves = (r: CardReader): boolean => r.interface === 'both' || (r.interface === 'contactless') === (cardInterface === 'contactless');
    const reader = values.reader !== undefined ? readers.find((r) => r.identity.path === values.reader) : readers.find((r) => serves(r) && r.presence().kind === 'present');
    if (!reader) throw values.reader !== undefined ? new PosError('E-DEV-0010', { reader: values.reader }) : new PosError('E-DEV-0008', { readers: readers.length, interface: cardInterface });
    if (cardInterface === 'contactless') {
      const report = await runContactlessTxn({
        reader,
        configDir: values.config ?? DEFAULT_CONFIG_DIR,
        files,
        currency: { code: currencyCode, exponent: currency.exponent },
        type,
        amount,
        authorisation: authorisation(),
        pinPad: pinPad.port,
        presentTimeoutMs: Number(values['present-timeout']) * 1000,
        elapsedMs: () => performance.now(),
        random: (n) => Uint8Array.from(randomBytes(n)),
      });
      return printContactless(report, values.json === true);
    }
    const session = await reader.connect();
    try {
      result = await runContactTransaction(
        session,
        { type, amount, amountOther: 0n },
        {
          terminal: { ...files.terminal, currencyCode, currencyExponent: currency.exponent },
          aids: files.aids,
          caKeys: files.caKeys,
          revoked: files.revoked,
          pinPad: pinPad.port,
          authorisation: authorisation(),
          now: () => new Date(),
          elapsedMs: () => performance.now(),
          random: (n) => Uint8Array.from(randomBytes(n)),
          trace: values.trace === true,
        },
      );
    } finally {
      await session.close();
    }
  } finally {
    await pinPad?.close();
    await scope.stop();
  }
  const report = txnReport(result);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTxn(report)}\n`);
  if (result.outcome.kind === 'aborted') {
    const e = result.outcome.error;
    const { message, fix } = e.describe(languageFromEnv());
    process.stderr.write(`${e.message}\n${message}: ${fix}\n`);
    return 1;
  }
  return 0;
}

/** A tap that ended on a coded error with no decision (the card lost for good, no application,
 *  too many restarts) is aborted: its error goes to stderr and the exit code is 1. */
function printContactless(report: ContactlessTxnReport, json: boolean): number {
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTxn(report)}\n`);
  if (report.error === null || report.outcome !== 'end-application') return 0;
  const code = report.error.code as ErrorCode;
  const entry = catalogue[code];
  const zh = languageFromEnv() === 'zh-CN';
  process.stderr.write(`${report.error.message}\n${entry ? `${zh ? entry.zh : entry.en}: ${zh ? entry.fix.zh : entry.fix.en}` : ''}\n`);
  return 1;
}

export interface TxnReport extends TxnReportCore {
  languages: readonly string[];
  issuerScriptResults: string | null;
  /** With --trace: each APDU, its step, status and described response, card data masked. */
  trace?: readonly TraceEntry[];
}

export function txnReport(result: KernelResult): TxnReport {
  const o = result.outcome;
  const record = 'record' in o ? o.record : undefined;
  const hex = (v: Uint8Array | undefined): string | null => (v === undefined ? null : toHex(v));
  return {
    outcome: o.kind,
    ...('reason' in o ? { reason: o.reason } : {}),
    cryptogram: record?.cryptogram ? { type: record.cryptogram.type, value: toHex(record.cryptogram.value) } : null,
    aid: record ? toHex(record.aid) : null,
    label: record?.label ?? null,
    languages: record?.languages ?? [],
    pan: record?.maskedPan ?? null,
    tvr: hex(record?.tvr),
    tsi: hex(record?.tsi),
    cvmResults: hex(record?.cvmResults),
    atc: hex(record?.atc),
    arc: record?.authorisationResponseCode ? Buffer.from(record.authorisationResponseCode).toString('ascii') : null,
    authCode: record?.issuer?.authorisationCode ?? null,
    reference: record?.issuer?.hostReference ?? null,
    issuerScriptResults: hex(record?.issuerScriptResults),
    signatureRequired: record?.signatureRequired ?? false,
    apdus: result.apdus,
    phases: phaseTotals(result.phases),
    // An abort's error, and what the chip sent wrong behind a technical fallback.
    error: (o.kind === 'aborted' || o.kind === 'try-another-interface') && o.error ? { code: o.error.code, message: o.error.message } : null,
    ...(result.trace ? { trace: result.trace } : {}),
  };
}

function formatTxn(r: TxnReport | ContactlessTxnReport): string {
  const lines = [`outcome: ${r.outcome}${r.reason ? ` (${r.reason})` : ''}`];
  for (const [k, v] of Object.entries(r)) {
    if (k === 'outcome' || k === 'reason' || k === 'phases' || k === 'trace' || v === null) continue;
    lines.push(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  }
  lines.push(`phases (ms): ${Object.entries(r.phases).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const t of ('trace' in r ? r.trace : undefined) ?? []) {
    lines.push(`${t.step.padEnd(17)} ${t.command.padEnd(22)} ${t.header} Lc ${t.commandLength} -> ${t.sw} ${t.status}`);
    if (Array.isArray(t.response)) lines.push(...formatTlvTree(t.response, '    '));
  }
  return lines.join('\n');
}

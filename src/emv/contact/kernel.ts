// The EMV contact kernel (Book 3 chapter 10, Book 4 chapter 6) as one explicit state machine:
// each state names the step it runs, each step returns the next state, and the loop records
// how long each took. Steps live in their own modules (selection, first-steps, oda,
// restrictions, cvm, risk, action-analysis, generate-ac-step, online); this file only decides
// what follows what.
import { isPosError, PosError } from '../../errors/index.js';
import type { CardTransport, CryptogramRequest } from '../apdu/index.js';
import { analyseTerminalActions, defaultActionWhenOffline } from '../action-analysis/index.js';
import { readTerminalCapabilities } from '../dictionary/index.js';
import { performCardholderVerification, type CvmTransactionType } from '../cvm/index.js';
import { parseDol } from '../dol/index.js';
import { performOda, recoverPinEnciphermentKey } from '../oda/index.js';
import { authenticateIssuer, encodeScriptResults, parseIssuerScripts, runIssuerScripts, type IssuerScript } from '../online/index.js';
import type { OdaRecords } from '../records/index.js';
import { checkProcessingRestrictions } from '../restrictions/index.js';
import { performTerminalRiskManagement, randomSelectionNumber } from '../risk/index.js';
import type { AdfFci } from '../selection/index.js';
import { issuerReferences, type AuthorisationResponse } from './authorisation.js';
import { panDigits, transactionRecord } from './completion.js';
import { initiateApplicationProcessing, readApplicationData } from './first-steps.js';
import { generateAc, type GenerateAcResult } from './generate-ac-step.js';
import type { Cryptogram, Outcome } from './outcome.js';
import { selectForPayment } from './select.js';
import { newSession, type KernelEnvironment, type Session } from './session.js';
import type { TraceEntry } from './trace.js';
import { putApplicationParameters, putTerminalData, TRANSACTION_TYPE_CODE, type TransactionRequest } from './terminal-data.js';

type State =
  | { readonly step: 'select'; readonly excluded: readonly Uint8Array[] }
  | { readonly step: 'initiate'; readonly fci: AdfFci; readonly excluded: readonly Uint8Array[] }
  | { readonly step: 'read'; readonly afl: Parameters<typeof readApplicationData>[1] }
  | { readonly step: 'authenticate'; readonly records: OdaRecords }
  | { readonly step: 'restrict'; readonly records: OdaRecords }
  | { readonly step: 'verify-cardholder'; readonly records: OdaRecords }
  | { readonly step: 'manage-risk' }
  | { readonly step: 'analyse' }
  | { readonly step: 'first-ac'; readonly request: CryptogramRequest }
  | { readonly step: 'online'; readonly first: GenerateAcResult }
  | { readonly step: 'second-ac'; readonly first: GenerateAcResult; readonly request: CryptogramRequest; readonly wentOnline: boolean; readonly scripts: readonly IssuerScript[] }
  | { readonly step: 'done'; readonly outcome: Outcome };

export interface KernelResult {
  readonly outcome: Outcome;
  readonly apdus: number;
  readonly phases: readonly { readonly step: string; readonly ms: number }[];
  /** With `KernelEnvironment.trace`: every APDU, its step and the described response. */
  readonly trace?: readonly TraceEntry[];
}

export async function runContactTransaction(transport: CardTransport, request: TransactionRequest, env: KernelEnvironment): Promise<KernelResult> {
  const s = newSession(transport, env, request);
  putTerminalData(s.data, env.terminal, request, env.now(), env.random(4));
  let state: State = { step: 'select', excluded: [] };
  while (state.step !== 'done') {
    const started = env.elapsedMs();
    const step: string = state.step;
    try {
      state = await advance(s, state);
    } catch (e) {
      if (!isPosError(e)) throw e;
      state = { step: 'done', outcome: { kind: 'aborted', error: e, record: s.aip ? transactionRecord(s, undefined) : undefined } };
    }
    s.phases.push({ step, ms: env.elapsedMs() - started });
    s.tracer?.label(step);
  }
  return { outcome: state.outcome, apdus: s.card.count, phases: s.phases, ...(s.tracer ? { trace: s.tracer.trace() } : {}) };
}

async function advance(s: Session, state: Exclude<State, { step: 'done' }>): Promise<State> {
  switch (state.step) {
    case 'select': {
      const chosen = await selectUnlessChipUnreadable(s, state.excluded);
      if (chosen.kind !== 'selected') return { step: 'done', outcome: chosen.outcome };
      s.languages = chosen.languages;
      return { step: 'initiate', fci: chosen.fci, excluded: state.excluded };
    }
    case 'initiate': {
      const result = await initiateApplicationProcessing(s, state.fci);
      // Book 3 §10.1: 6985 drops this application and selection goes on without it.
      if (result.kind === 'conditions-not-satisfied') return { step: 'select', excluded: [...state.excluded, state.fci.dfName] };
      return { step: 'read', afl: result.afl };
    }
    case 'read':
      return { step: 'authenticate', records: await readApplicationData(s, state.afl) };
    case 'authenticate':
      s.oda = await performOda({
        aip: s.aip!,
        terminalCapabilities: terminalCapabilities(s),
        aid: s.data.require(0x84, 'oda'),
        card: s.data.asMap(),
        records: state.records,
        transactionDate: s.data.require(0x9a, 'oda'),
        caKeys: s.env.caKeys,
        revoked: s.env.revoked,
        transport: s.card,
        defaultDdol: s.aid ? parseDol(s.aid.defaultDdol) : undefined,
        dolSource: s.data,
        tvr: s.tvr,
        tsi: s.tsi,
      });
      return { step: 'restrict', records: state.records };
    case 'restrict':
      checkProcessingRestrictions(
        {
          ...optional('cardApplicationVersion', s.data.value(0x9f08)),
          terminalApplicationVersion: s.aid?.applicationVersion ?? new Uint8Array(2),
          transactionDate: s.data.require(0x9a, 'restrictions'),
          ...optional('auc', s.data.value(0x9f07)),
          ...optional('issuerCountryCode', s.data.value(0x5f28)),
          terminalCountryCode: s.data.require(0x9f1a, 'restrictions'),
          terminalType: terminalType(s),
          additionalTerminalCapabilities: s.env.terminal.additionalCapabilities,
          transactionType: TRANSACTION_TYPE_CODE[s.request.type],
          purchaseKind: 'goods',
          ...optional('effectiveDate', s.data.value(0x5f25)),
          expirationDate: s.data.require(0x5f24, 'restrictions'),
        },
        s.tvr,
      );
      return { step: 'verify-cardholder', records: state.records };
    case 'verify-cardholder': {
      const cvm = await performCardholderVerification({
        aip: s.aip!,
        cvmList: s.data.value(0x8e),
        transaction: {
          type: cvmType(s.request.type),
          amount: s.request.amount,
          amountOther: s.request.amountOther,
          currency: Number.parseInt(s.env.terminal.currencyCode, 10),
          applicationCurrency: numeric(s.data.value(0x9f42)),
          terminalType: terminalType(s),
          terminalCapabilities: terminalCapabilities(s),
        },
        pan: panDigits(s.data.value(0x5a)),
        iccPinKey: () => pinEnciphermentKey(s, state.records),
        card: s.card,
        pinPad: s.env.pinPad,
        tvr: s.tvr,
        tsi: s.tsi,
      });
      if (cvm.kind === 'cancelled') throw new PosError('E-TXN-0001', { step: 'cardholder-verification' });
      s.cvmResults = cvm.cvmResults;
      if (cvm.kind === 'successful') {
        s.signatureRequired = cvm.followUp.kind === 'signature';
        if (cvm.followUp.kind === 'online-pin') s.onlinePin = { pinBlock: cvm.followUp.pinBlock, ksn: cvm.followUp.ksn };
      }
      return { step: 'manage-risk' };
    }
    case 'manage-risk': {
      const random = s.env.random(1)[0]! / 256;
      await performTerminalRiskManagement(
        {
          aip: s.data.require(0x82, 'risk'),
          policy: s.env.terminal.alwaysPerformRiskManagement ? 'always' : 'as-card-requests',
          pan: s.data.require(0x5a, 'risk'),
          ...optional('panSequenceNumber', numeric(s.data.value(0x5f34))),
          amount: s.request.amount,
          floorLimit: s.aid?.floorLimit ?? 0n,
          ...(s.aid
            ? { randomSelection: { targetPercentage: s.aid.randomSelection.targetPercent, maxTargetPercentage: s.aid.randomSelection.maxTargetPercent, threshold: s.aid.randomSelection.threshold } }
            : {}),
          randomNumber: randomSelectionNumber(() => random),
          ...consecutiveOfflineLimits(s),
        },
        {
          transport: s.card,
          ...(s.env.onExceptionFile
            ? { isOnExceptionFile: (pan: Uint8Array, psn: number | undefined) => s.env.onExceptionFile!(panDigits(pan), psn === undefined ? undefined : Uint8Array.of(psn)) }
            : {}),
        },
        s.tvr,
        s.tsi,
      );
      return { step: 'analyse' };
    }
    case 'analyse': {
      const request = analyseTerminalActions(actionAnalysisInput(s)).request;
      // Book 3 §10.7 lets the terminal ask for more than the TAC/IAC analysis asks for: a balance
      // inquiry is the issuer's to answer, so an offline approval (TC) becomes an ARQC. An AAC
      // stays one: the card's own refusal.
      return { step: 'first-ac', request: s.request.type === 'balance' && request === 'tc' ? 'arqc' : request };
    }
    case 'first-ac': {
      const first = await generateAc(s, state.request, 'first');
      s.tsi.set('cardRiskManagementPerformed');
      if (first.cda?.result === 'failed') {
        // Book 4 §6.3.7: a failed CDA signature means the cryptogram cannot be trusted; a card
        // that asked to go online is closed with an AAC.
        if (first.response.type === 'ARQC') return { step: 'second-ac', first, request: 'aac', wentOnline: false, scripts: [] };
        return doneWithoutCryptogram(s, 'declined');
      }
      if (first.response.type === 'TC') return done(s, 'approved', first);
      if (first.response.type === 'AAC') return done(s, 'declined', first);
      return { step: 'online', first };
    }
    case 'online': {
      const response = await s.env.authorisation.authorise(authorisationRequest(s, state.first));
      return afterAuthorisation(s, state.first, response);
    }
    case 'second-ac': {
      const second = await generateAc(s, state.request, 'second', state.first.cdolData);
      const results = await runIssuerScripts(s.card, state.scripts, 'after-final-ac', s.tvr, s.tsi);
      appendScriptResults(s, results);
      if (second.cda?.result === 'failed') return doneWithoutCryptogram(s, state.wentOnline ? 'online-declined' : 'declined');
      if (second.response.type === 'TC') return done(s, 'approved', second);
      return done(s, state.wentOnline ? 'online-declined' : 'declined', second);
    }
  }
}

/** Card answers during selection that are not EMV at all: a malformed FCI or directory record,
 *  a directory the card will not return. */
const CHIP_UNREADABLE: ReadonlySet<string> = new Set(['E-CARD-0006', 'E-CARD-0007', 'E-CARD-0010']);

/** Technical fallback (Book 4 §11.1 leaves it to acquirer rules): when the chip cannot be read
 *  before any application is selected, the outcome is "try another interface" (the payment
 *  application may offer the magnetic stripe); a blocked card (6A81) or one with no supported
 *  application is "end application", and a card that left the reader is aborted. */
async function selectUnlessChipUnreadable(s: Session, excluded: readonly Uint8Array[]) {
  try {
    return await selectForPayment(s, excluded);
  } catch (e) {
    if (!isPosError(e) || !CHIP_UNREADABLE.has(e.code)) throw e;
    return { kind: 'none' as const, outcome: { kind: 'try-another-interface' as const, reason: 'the chip could not be read during application selection', error: e } };
  }
}

async function afterAuthorisation(s: Session, first: GenerateAcResult, response: AuthorisationResponse): Promise<State> {
  if (response.kind === 'unavailable') {
    // Book 3 §10.7 / Book 4 §6.3.7: unable to go online; the default action codes decide,
    // and the ARC tells the card so (Y3 offline approved, Z3 offline declined).
    // A balance inquiry has no offline answer: the issuer holds the balance, so it is Z3.
    const request = s.request.type === 'balance' ? 'aac' : defaultActionWhenOffline(actionAnalysisInput(s)).request;
    s.data.setTerminal(0x8a, Uint8Array.from(Buffer.from(request === 'tc' ? 'Y3' : 'Z3', 'ascii')));
    return { step: 'second-ac', first, request, wentOnline: false, scripts: [] };
  }
  s.data.setTerminal(0x8a, response.authorisationResponseCode);
  s.issuer = issuerReferences(response);
  if (response.issuerAuthenticationData) s.data.setTerminal(0x91, response.issuerAuthenticationData);
  await authenticateIssuer(s.card, s.aip!, response.issuerAuthenticationData, s.tvr, s.tsi);
  const scripts = response.issuerScripts ? parseIssuerScripts(response.issuerScripts) : [];
  appendScriptResults(s, await runIssuerScripts(s.card, scripts, 'before-final-ac', s.tvr, s.tsi));
  return { step: 'second-ac', first, request: response.kind === 'approved' ? 'tc' : 'aac', wentOnline: true, scripts };
}

function appendScriptResults(s: Session, results: Parameters<typeof encodeScriptResults>[0]): void {
  if (results.length === 0) return;
  const before = s.data.value(0x9f5b) ?? new Uint8Array(0);
  const added = encodeScriptResults(results);
  const all = new Uint8Array(before.length + added.length);
  all.set(before);
  all.set(added, before.length);
  s.data.setTerminal(0x9f5b, all);
}

function done(s: Session, kind: 'approved' | 'declined' | 'online-declined', ac: GenerateAcResult): State {
  const cryptogram: Cryptogram = { type: ac.response.type, value: ac.cryptogram };
  return { step: 'done', outcome: { kind, record: transactionRecord(s, cryptogram) } };
}

/** Book 2 §6.6.2: after a CDA signature that does not verify, the AC it carries cannot be
 *  recovered or trusted; the record holds no cryptogram rather than the TC the CID claimed. */
function doneWithoutCryptogram(s: Session, kind: 'declined' | 'online-declined'): State {
  return { step: 'done', outcome: { kind, record: transactionRecord(s, undefined) } };
}

function authorisationRequest(s: Session, first: GenerateAcResult) {
  const record = transactionRecord(s, { type: first.response.type, value: first.cryptogram });
  return {
    pan: panDigits(s.data.value(0x5a)),
    panSequenceNumber: s.data.value(0x5f34),
    amount: s.request.amount,
    currencyCode: s.env.terminal.currencyCode,
    transactionType: Uint8Array.of(TRANSACTION_TYPE_CODE[s.request.type]),
    arqc: first.cryptogram,
    cid: first.response.cid,
    atc: first.response.atc,
    issuerApplicationData: first.response.issuerApplicationData,
    aip: s.data.require(0x82, 'online'),
    cdol1Data: first.cdolData,
    iccData: record.iccData,
    onlinePinBlock: s.onlinePin,
  };
}

function actionAnalysisInput(s: Session) {
  return {
    tvr: s.tvr,
    tac: s.aid?.tac,
    iac: { ...optional('denial', s.data.value(0x9f0e)), ...optional('online', s.data.value(0x9f0f)), ...optional('default', s.data.value(0x9f0d)) },
    terminalType: terminalType(s),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function numeric(value: Uint8Array | undefined): number | undefined {
  if (value === undefined) return undefined;
  const digits = Buffer.from(value).toString('hex');
  return /^\d+$/.test(digits) ? Number.parseInt(digits, 10) : undefined;
}

function terminalType(s: Session): number {
  return Number.parseInt(s.env.terminal.terminalType, 16);
}

function terminalCapabilities(s: Session) {
  return readTerminalCapabilities(s.env.terminal.capabilities);
}

/** The CVM list's transaction conditions know purchase, cash, cashback and refund; a balance
 *  inquiry is none of them (a condition naming one of them does not apply to it). */
function cvmType(type: TransactionRequest['type']): CvmTransactionType {
  return type === 'balance' ? 'other' : type;
}

/** Book 2 §7.1: the ICC PIN Encipherment key, else the ICC key (reusing what ODA recovered).
 *  A key that cannot be recovered makes the enciphered-PIN CVM fail, as the CVM step handles. */
function pinEnciphermentKey(s: Session, records: OdaRecords) {
  const found = recoverPinEnciphermentKey({
    aid: s.data.require(0x84, 'cvm'),
    card: s.data.asMap(),
    caKeys: s.env.caKeys,
    revoked: s.env.revoked,
    records,
    transactionDate: s.data.require(0x9a, 'cvm'),
    iccKeyFromOda: s.oda !== undefined && 'iccKey' in s.oda ? s.oda.iccKey : undefined,
  });
  return found.result === 'ok' ? found.key : undefined;
}

function consecutiveOfflineLimits(s: Session) {
  const lower = s.data.value(0x9f14);
  const upper = s.data.value(0x9f23);
  if (lower?.length !== 1 || upper?.length !== 1) return {};
  return { consecutiveOfflineLimits: { lower: lower[0]!, upper: upper[0]! } };
}

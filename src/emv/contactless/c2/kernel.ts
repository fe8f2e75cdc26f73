// EMV Contactless Book C-2 (Kernel 2, Mastercard) as one explicit state machine (states.ts):
// S1/S3 GPO, then by S3.15-17 either the EMV mode path with CDA (S4 records, S456 checks, §7.7
// processing restrictions, §7.5 CVM selection, floor limit, §7.8 terminal action analysis, §7.6
// GENERATE AC, S910 CDA and outcome; the card is done with at GENERATE AC and the CDA signature
// is checked after the field is off, S910.1) or the mag-stripe mode path (magstripe.ts: the
// tracks, COMPUTE CRYPTOGRAPHIC CHECKSUM, the CVC3 in the tracks, Online Request). Each state
// names the Book C-2 step it runs and returns the next.
// Not performed here (an outcome, not a silent skip, where the card asks for them): data
// storage (IDS), balance reading, PUT DATA, the torn transaction log and RECOVER AC, and the
// DEK/DET exchange with the terminal.
import { bytesEqual } from '../../../bytes/hex.js';
import { analyseTerminalActions } from '../../action-analysis/index.js';
import { exchange, generateAcCommand, getProcessingOptionsCommand, SW, type CryptogramRequest } from '../../apdu/index.js';
import { parseGenerateAcResponse, type GenerateAcResponse } from '../../contact/generate-ac.js';
import { TRANSACTION_TYPE_CODE } from '../../contact/terminal-data.js';
import { readAip, readTerminalCapabilities } from '../../dictionary/index.js';
import { buildDolData, parseDol } from '../../dol/index.js';
import { transactionDateKey } from '../../oda/index.js';
import { checkProcessingRestrictions } from '../../restrictions/index.js';
import { checkFloorLimit } from '../../risk/index.js';
import { parseGpoResponse, readAflRecords, type AflEntry } from '../../records/index.js';
import { parseAdfFci } from '../../selection/index.js';
import type { KernelActivation, KernelOutcome, OutcomeParameterSet } from '../kernel-contract.js';
import { verifyCdaAfterFieldOff } from './cda.js';
import { parseC2Config } from './config.js';
import { selectCvm } from './cvm-selection.js';
import { dataRecord, discretionaryData } from './data-record.js';
import { cardFailure, endApp, failed, finish, maskedPan, onDeviceCvm, transactionLimit } from './exits.js';
import { advanceMagStripe, enterMagStripe } from './magstripe.js';
import * as out from './outcome.js';
import { isMagStripeEntry, recordObjects } from './records.js';
import { exchangeRelayResistanceData } from './relay-resistance.js';
import { newC2Session, type C2Session } from './session.js';
import type { EmvModeState, IssuedAc, State } from './states.js';
import { putTransactionData } from './terminal-data.js';

export async function runC2(activation: KernelActivation): Promise<KernelOutcome> {
  const s = newC2Session(activation, parseC2Config(activation.kernelConfig));
  putTransactionData(s.data, activation);
  let state: State = { step: 'initiate' };
  while (state.step !== 'done') {
    const step: string = state.step;
    try {
      state = await advance(s, state);
    } catch (e) {
      state = { step: 'done', outcome: finish(s, cardFailure(s, e, step)) };
    }
  }
  return state.outcome;
}

async function advance(s: C2Session, state: Exclude<State, { step: 'done' }>): Promise<State> {
  switch (state.step) {
    case 'initiate':
      return initiate(s);
    case 'relay-resistance':
      return exchangeRelayResistanceData(s, state);
    case 'ms-read':
    case 'ms-check':
    case 'ms-checksum':
    case 'ms-complete':
      return advanceMagStripe(s, state);
    default:
      return advanceEmvMode(s, state);
  }
}

/** S1.7-S1.9, S3: GPO, then the path S3.15-17 chooses. */
async function initiate(s: C2Session): Promise<State> {
  const { activation: act, config } = s;
  // S1.7-S1.9: the FCI's objects (84, 50, 9F12, PDOL) join the data store.
  const fci = parseAdfFci(act.fci);
  s.data.setCard(fci.tlv);
  s.pdolData = buildDolData(fci.pdol ? parseDol(fci.pdol) : [], s.data);
  const { data, sw } = await exchange(act.transport, getProcessingOptionsCommand(s.pdolData));
  // S3.9-S3.12: a refused GPO hands the next combination its chance.
  if (sw !== SW.ok) return failed(s, { code: 'E-CTLS-0204', context: { step: 'gpo', sw }, indication: { l1: 'ok', l2: 'status-bytes', sw }, outcome: out.selectNext() });
  const gpo = parseGpoResponse(data);
  s.aip = readAip(gpo.aip);
  s.data.addRecordObjects(gpo.data, 'gpo');
  if (gpo.format === 1) s.data.setTerminal(0x82, gpo.aip);
  // S3.15-S3.17: EMV mode when card and configuration both allow it; else mag-stripe mode,
  // unless the configuration rules that out too.
  if (!s.aip.has('emvModeSupported') || config.kernelConfiguration.emvModeNotSupported) {
    if (config.kernelConfiguration.magStripeModeNotSupported) return failed(s, endApp(s, 'E-CTLS-0208', 'magstripe-not-supported', { step: 'gpo' }));
    return enterMagStripe(s, gpo.afl);
  }
  s.mode = 'emv';
  // S3.30-32: an AFL that starts with '08 01 01 00' keeps the mag-stripe data there, which EMV
  // mode skips when the kernel could have taken the mag-stripe path.
  const afl = gpo.afl !== undefined && !config.kernelConfiguration.magStripeModeNotSupported && isMagStripeEntry(gpo.afl[0]) ? gpo.afl.slice(1) : gpo.afl;
  // S3R1.6: EMV mode without an AFL has nothing to read.
  if (afl === undefined || afl.length === 0) return failed(s, endApp(s, 'E-CTLS-0205', 'card-data-error', { step: 'gpo', reason: 'no AFL' }));
  // S3R1.17-20
  if (s.aip.has('cdaSupported') && terminalCapabilities(s).has('cda')) s.odaStatus = 'cda';
  else s.tvr.set('offlineDataAuthenticationNotPerformed');
  // S3.60-65: the relay resistance protocol when both sides support it, else 'RRP not performed'.
  if (s.aip.has('relayResistanceProtocolSupported') && config.kernelConfiguration.relayResistanceSupported) return { step: 'relay-resistance', afl, counter: 0 };
  s.tvr.set('relayResistanceNotPerformed');
  return { step: 'read', afl };
}

/** The EMV mode states, S4 to S910. */
async function advanceEmvMode(s: C2Session, state: EmvModeState): Promise<State> {
  const { activation: act, config } = s;
  const amount = act.transaction.amount;
  switch (state.step) {
    case 'read': {
      const { records, oda } = await readAflRecords(act.transport, state.afl);
      for (const r of records) s.data.addRecordObjects(recordObjects(r), 'read-record');
      s.odaRecords = oda;
      return { step: 'check' };
    }
    case 'check': {
      // S456.14-15: over this card's contactless limit, the next combination may take it.
      if (amount > transactionLimit(s)) {
        return failed(s, { code: 'E-CTLS-0207', context: { step: 'limits' }, indication: { l1: 'ok', l2: 'max-limit-exceeded' }, outcome: out.selectNext() });
      }
      // S456.16-17
      const missing = [0x5f24, 0x5a, 0x8c].find((tag) => s.data.value(tag) === undefined);
      if (missing !== undefined) return failed(s, endApp(s, 'E-CTLS-0203', 'card-data-missing', { step: 'read-record', tag: missing.toString(16).toUpperCase() }));
      if (s.odaStatus === 'cda') {
        // S456.25-27: what CDA will need, checked while the card is still there.
        if ([0x8f, 0x90, 0x9f32, 0x9f46, 0x9f47].some((tag) => s.data.value(tag) === undefined)) s.tvr.set('iccDataMissing').set('cdaFailed');
        else if (!caKeyPresent(s)) s.tvr.set('cdaFailed');
        const sdaTagList = s.data.value(0x9f4a);
        if (sdaTagList !== undefined && !(sdaTagList.length === 1 && sdaTagList[0] === 0x82)) {
          return failed(s, endApp(s, 'E-CTLS-0205', 'card-data-error', { step: 'read-record', reason: 'SDA Tag List other than 82' }));
        }
      }
      // S456.30-33: the receipt and the CVM Capability follow the Reader CVM Required Limit.
      const cvmRequired = amount > config.cvmRequiredLimit;
      if (cvmRequired) s.receipt = true;
      const caps = Uint8Array.from(act.terminalData.get(0x9f33) ?? new Uint8Array(3));
      caps[1] = cvmRequired ? config.cvmCapabilityCvmRequired : config.cvmCapabilityNoCvmRequired;
      s.data.setTerminal(0x9f33, caps);
      return { step: 'restrict' };
    }
    case 'restrict':
      // §7.7 Processing Restrictions: Book 3 §10.4's checks, shared.
      checkProcessingRestrictions(
        {
          ...optional('cardApplicationVersion', s.data.value(0x9f08)),
          terminalApplicationVersion: s.data.value(0x9f09) ?? new Uint8Array(2),
          transactionDate: s.data.require(0x9a, 'restrictions'),
          ...optional('auc', s.data.value(0x9f07)),
          ...optional('issuerCountryCode', s.data.value(0x5f28)),
          terminalCountryCode: s.data.value(0x9f1a) ?? new Uint8Array(2),
          terminalType: terminalType(s),
          additionalTerminalCapabilities: s.data.value(0x9f40) ?? new Uint8Array(5),
          transactionType: TRANSACTION_TYPE_CODE[act.transaction.type],
          purchaseKind: 'goods',
          ...optional('effectiveDate', s.data.value(0x5f25)),
          expirationDate: s.data.require(0x5f24, 'restrictions'),
        },
        s.tvr,
      );
      return { step: 'select-cvm' };
    case 'select-cvm': {
      const selection = selectCvm(
        {
          aip: s.aip!,
          onDeviceCvmSupported: config.kernelConfiguration.onDeviceCvmSupported,
          amount,
          cvmRequiredLimit: config.cvmRequiredLimit,
          cvmList: s.data.value(0x8e),
          transaction: {
            type: act.transaction.type,
            amount,
            amountOther: act.transaction.amountOther,
            currency: Number.parseInt(act.transaction.currencyCode, 10),
            applicationCurrency: numeric(s.data.value(0x9f42)),
            terminalType: terminalType(s),
            terminalCapabilities: terminalCapabilities(s),
          },
          terminalCapabilities: terminalCapabilities(s),
        },
        s.tvr,
      );
      s.cvm = selection.cvm;
      s.receipt ||= selection.receipt;
      s.data.setTerminal(0x9f34, selection.cvmResults);
      return { step: 'manage-risk' };
    }
    case 'manage-risk':
      // S456.37-38: C-2 sets the bit when the amount is above (not at) the Reader Contactless
      // Floor Limit; Book 3's shared check sets it from the limit up, hence the one minor unit.
      checkFloorLimit(amount, undefined, config.floorLimit + 1n, s.tvr);
      return { step: 'analyse' };
    case 'analyse': {
      // §7.8 Terminal Action Analysis with the kernel's TACs (DF8120-DF8122).
      const decided = analyseTerminalActions({
        tvr: s.tvr,
        tac: config.tac,
        iac: { ...optional('denial', s.data.value(0x9f0e)), ...optional('online', s.data.value(0x9f0f)), ...optional('default', s.data.value(0x9f0d)) },
        terminalType: terminalType(s),
      }).request;
      return { step: 'generate-ac', ...cdaRequest(s, decided) };
    }
    case 'generate-ac': {
      s.data.setTerminal(0x95, s.tvr.value());
      const cdolData = buildDolData(parseDol(s.data.require(0x8c, 'generate-ac')), s.data);
      const { data, sw } = await exchange(act.transport, generateAcCommand(state.request, cdolData, state.withCda ? 'cda' : 'none'));
      // The card is done with: from here on the field may be off.
      if (sw !== SW.ok) return failed(s, endApp(s, 'E-CTLS-0204', 'status-bytes', { step: 'generate-ac', sw }, sw));
      const response = parseGenerateAcResponse(data);
      // S9.23-24: never a cryptogram above the one asked for.
      if (rank(response.type) > rank(state.request)) return failed(s, endApp(s, 'E-CTLS-0205', 'card-data-error', { step: 'generate-ac', asked: state.request, got: response.type }));
      s.data.setCard(response.objects);
      s.data.setTerminal(0x9f27, Uint8Array.of(response.cid));
      s.data.setTerminal(0x9f36, response.atc);
      if (response.format === 1) s.data.setTerminal(0x9f26, response.cryptogram);
      if (response.issuerApplicationData) s.data.setTerminal(0x9f10, response.issuerApplicationData);
      return { step: 'authenticate', ac: { response, raw: data, cdolData, cdaRequested: state.withCda } };
    }
    case 'authenticate':
      return authenticate(s, state.ac);
  }
}

/** S910.1-7 (9F4B present) and S910.30-38 (absent), after the field is off. */
async function authenticate(s: C2Session, ac: IssuedAc): Promise<State> {
  const { response } = ac;
  if (response.signedDynamicData !== undefined) {
    const cda = await verifyCdaAfterFieldOff(s, ac.raw, ac.cdolData);
    // S910.4: after the relay resistance protocol the card signed what it exchanged, in full.
    const reason = cda.result === 'failed' ? cda.reason : s.relayResistance !== undefined && !bytesEqual(cda.trailing, s.relayResistance.signed) ? 'relay-resistance-data-mismatch' : undefined;
    if (cda.result === 'failed' || reason !== undefined) {
      s.tvr.set('cdaFailed');
      s.data.setTerminal(0x95, s.tvr.value());
      return failed(s, endApp(s, 'E-CTLS-0206', 'cam-failed', { step: 'cda', reason: reason! }));
    }
    s.data.setTerminal(0x9f26, cda.cryptogram);
    return valid(s, response);
  }
  // S910.31: without a signature the cryptogram must be in clear.
  if (response.cryptogram.length === 0) return failed(s, endApp(s, 'E-CTLS-0203', 'card-data-missing', { step: 'generate-ac', tag: '9F26' }));
  // S910.33-37: a TC or ARQC the card should have signed and did not is a card data error.
  if (response.type !== 'AAC' && ac.cdaRequested) return failed(s, endApp(s, 'E-CTLS-0205', 'card-data-error', { step: 'generate-ac', reason: 'CDA requested, no 9F4B' }));
  s.data.setTerminal(0x9f26, response.cryptogram);
  return valid(s, response);
}

/** S910.70-81: the outcome by the cryptogram the card returned, with the Data Record. */
function valid(s: C2Session, response: GenerateAcResponse): State {
  const cvm = s.cvm;
  const hold = s.config.messageHoldTimeMs;
  let outcome: OutcomeParameterSet;
  if (response.type === 'TC') outcome = out.approved(cvm, s.receipt, hold);
  else if (response.type === 'ARQC') outcome = out.onlineRequest(cvm, s.receipt);
  else outcome = afterAac(s, cvm, hold);
  return {
    step: 'done',
    outcome: {
      kernel: 2,
      outcome,
      dataRecord: dataRecord(s.data),
      discretionaryData: discretionaryData(s.data, out.encodeErrorIndication({ l1: 'ok', l2: 'ok' })),
      cryptogram: { type: response.type, value: s.data.value(0x9f26)! },
      maskedPan: maskedPan(s),
    },
  };
}

/** S910.74: an AAC on a purchase, cash or cashback sends a card to the contact interface when
 *  the terminal has one; a phone or wearable (9F6E device type other than '00') is declined. */
function afterAac(s: C2Session, cvm: OutcomeParameterSet['cvm'], hold: number): OutcomeParameterSet {
  if (s.activation.transaction.type === 'refund') return out.endedByCard(cvm);
  const contact = terminalCapabilities(s).has('icWithContacts');
  const thirdParty = s.data.value(0x9f6e);
  // Third Party Data: country (2), unique identifier (2), then the device type (2, an) when the
  // identifier's top bit is clear.
  const notACard = thirdParty !== undefined && thirdParty.length >= 6 && (thirdParty[2]! & 0x80) === 0 && !(thirdParty[4] === 0x30 && thirdParty[5] === 0x30);
  return out.declinedByCard(cvm, contact && !notACard ? 'try-another-interface' : 'declined', hold);
}

/** GAC.20-27: CDA is asked for when ODA status is CDA and nothing has failed it yet, and not for
 *  an AAC; an on-device-CVM card whose CDA cannot be trusted is asked for an AAC (GAC.22-23). */
function cdaRequest(s: C2Session, decided: CryptogramRequest): { request: CryptogramRequest; withCda: boolean } {
  if (s.odaStatus !== 'cda' || s.tvr.has('cdaFailed')) return { request: onDeviceCvm(s) ? 'aac' : decided, withCda: false };
  return { request: decided, withCda: decided !== 'aac' };
}

function caKeyPresent(s: C2Session): boolean {
  const date = transactionDateKey(s.data.require(0x9a, 'cda'));
  const index = s.data.value(0x8f);
  return date !== undefined && index?.length === 1 && s.activation.caKeys.find(s.activation.aid.subarray(0, 5), index[0]!, date) !== undefined;
}

const RANK: Readonly<Record<string, number>> = { aac: 0, AAC: 0, arqc: 1, ARQC: 1, tc: 2, TC: 2 };
function rank(type: string): number {
  return RANK[type]!;
}

function terminalCapabilities(s: C2Session) {
  return readTerminalCapabilities(s.data.value(0x9f33) ?? s.activation.terminalData.get(0x9f33) ?? new Uint8Array(3));
}

function terminalType(s: C2Session): number {
  const v = s.data.value(0x9f35);
  return v === undefined ? 0x22 : Number.parseInt(Buffer.from(v).toString('hex'), 16);
}

function numeric(value: Uint8Array | undefined): number | undefined {
  if (value === undefined) return undefined;
  const digits = Buffer.from(value).toString('hex');
  return /^\d+$/.test(digits) ? Number.parseInt(digits, 10) : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

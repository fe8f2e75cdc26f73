// Whole contact transactions through the kernel against a virtual card, in-process, for the
// failure-branch tests (tests/emv/contact/online, oda-failures, cvm-and-risk). The card is
// returned so a test can look at it after the transaction (counters, blocked state).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../../../src/bytes/hex.js';
import type { CardTransport } from '../../../src/emv/apdu/index.js';
import { newTsi, newTvr, type TsiBit, type TvrBit } from '../../../src/emv/dictionary/index.js';
import { parseAidConfigs, parseTerminalConfig, type AidConfig } from '../../../src/emv/contact/config.js';
import { runContactTransaction, type KernelResult } from '../../../src/emv/contact/kernel.js';
import type { AuthorisationPort, AuthorisationRequest, AuthorisationResponse } from '../../../src/emv/contact/authorisation.js';
import type { TransactionRecord } from '../../../src/emv/contact/outcome.js';
import type { TransactionType } from '../../../src/emv/contact/terminal-data.js';
import { createCaKeyStore, type RevocationList } from '../../../src/emv/oda/index.js';
import { createCard, createCardFromProfile, inProcessTransport, testCaPublicKeys, type CardProfile, type Fault } from '../../../src/emulators/card/index.js';
import { createLocalIssuer, type IssuerDecision, type LocalIssuerOptions } from '../../../src/emulators/issuer/local-issuer.js';
import { keyedPinPad } from '../../../src/emulators/pinpad/keyed-pin-pad.js';
import type { VirtualIcc } from '../../../src/emulators/icc.js';
import type { PinPadPort } from '../../../src/emv/cvm/index.js';

const CONFIG = join(import.meta.dirname, '../../../config');
const terminal = parseTerminalConfig(JSON.parse(readFileSync(join(CONFIG, 'terminal.json'), 'utf8')));
export const aids = parseAidConfigs(JSON.parse(readFileSync(join(CONFIG, 'aids.json'), 'utf8')));
const caKeys = createCaKeyStore(testCaPublicKeys().map((k) => ({ ...k, expiry: k.expiry })));

export interface Run {
  /** A registered profile's name, or a profile a test adjusted (a record changed, a tag dropped). */
  readonly profile: string | CardProfile;
  readonly amount?: bigint;
  /** 9C; a purchase unless said. */
  readonly type?: TransactionType;
  readonly pin?: string;
  /** A PIN pad other than the keyed one `pin` sets up (the serial pad through its port). */
  readonly pinPad?: PinPadPort;
  readonly online?: IssuerDecision | AuthorisationPort;
  readonly issuer?: LocalIssuerOptions;
  readonly aidConfigs?: AidConfig[];
  readonly revoked?: RevocationList;
  readonly onExceptionFile?: (pan: string) => boolean;
  readonly trace?: boolean;
  readonly faults?: readonly Fault[];
  /** Sits between the kernel and the card: a test that alters answers in flight (a damaged signature). */
  readonly wrap?: (card: CardTransport) => CardTransport;
}

export interface Ran extends KernelResult {
  readonly requests: AuthorisationRequest[];
  readonly responses: AuthorisationResponse[];
  /** The card after the transaction, for what the issuer's scripts left in it. */
  readonly card: VirtualIcc;
}

export async function transact(run: Run): Promise<Ran> {
  const options = { interface: 'contact' as const, ...(run.faults ? { faults: run.faults } : {}) };
  const card = typeof run.profile === 'string' ? createCard(run.profile, options) : createCardFromProfile(run.profile, options);
  card.reset();
  const issuer = typeof run.online === 'object' ? run.online : createLocalIssuer(run.online ?? 'approve', run.issuer);
  const requests: AuthorisationRequest[] = [];
  const responses: AuthorisationResponse[] = [];
  let t = 0;
  const result = await runContactTransaction(
    run.wrap ? run.wrap(inProcessTransport(card)) : inProcessTransport(card),
    { type: run.type ?? 'purchase', amount: run.amount ?? 1234n, amountOther: 0n },
    {
      terminal,
      aids: run.aidConfigs ?? aids,
      caKeys,
      revoked: run.revoked ?? [],
      pinPad: run.pinPad ?? keyedPinPad(run.pin ?? '1234'),
      authorisation: {
        authorise: async (r) => {
          requests.push(r);
          const answer = await issuer.authorise(r);
          responses.push(answer);
          return answer;
        },
      },
      now: () => new Date('2026-11-23T10:00:00Z'),
      elapsedMs: () => (t += 1),
      random: (n) => new Uint8Array(n).fill(0x42),
      ...(run.onExceptionFile ? { onExceptionFile: run.onExceptionFile } : {}),
      ...(run.trace ? { trace: true } : {}),
    },
  );
  return { ...result, requests, responses, card };
}

export const withFloorLimit = (limit: bigint): AidConfig[] => aids.map((a) => ({ ...a, floorLimit: limit }));

/** The record of an outcome that has one; a test of a completed transaction fails without it. */
export function recordOf(r: KernelResult): TransactionRecord {
  const record = 'record' in r.outcome ? r.outcome.record : undefined;
  if (!record) throw new Error(`no transaction record in outcome ${r.outcome.kind}`);
  return record;
}

/** A TVR (Book 3 Annex C1) or TSI (Annex C2) with exactly the named bits set, as hex. */
export const tvrWith = (...bits: TvrBit[]): string => toHex(bits.reduce((t, b) => t.set(b), newTvr()).value());
export const tsiWith = (...bits: TsiBit[]): string => toHex(bits.reduce((t, b) => t.set(b), newTsi()).value());

/** TSI byte 1 b8, b7, b6, b5, b4 (Annex C2): ODA, CVM, card risk management, issuer
 *  authentication and terminal risk management performed — an online transaction with 91. */
export const ONLINE_TSI: readonly TsiBit[] = [
  'offlineDataAuthenticationPerformed',
  'cardholderVerificationPerformed',
  'cardRiskManagementPerformed',
  'issuerAuthenticationPerformed',
  'terminalRiskManagementPerformed',
];

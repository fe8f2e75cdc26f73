// EMV Book 3 §10.6 Terminal Risk Management: performed when the AIP asks for it (byte 1 bit 4)
// or whenever the terminal is configured to; floor limit, random selection, velocity and the
// exception file each set their own TVR bits, and the TSI records that it was performed.
import type { CardTransport } from '../apdu/index.js';
import { readAip, type Tsi, type Tvr } from '../dictionary/index.js';
import { checkExceptionFile, type ExceptionFileLookup } from './exception-file.js';
import { checkFloorLimit } from './floor-limit.js';
import { selectRandomly, type RandomSelectionParameters } from './random-selection.js';
import { checkVelocity, type ConsecutiveOfflineLimits } from './velocity.js';

/** 'as-card-requests' follows the AIP; 'always' is the terminal's own choice to run it anyway. */
export type RiskManagementPolicy = 'as-card-requests' | 'always';

export interface TerminalRiskManagementInput {
  /** 82 */
  readonly aip: Uint8Array;
  readonly policy: RiskManagementPolicy;
  /** 5A, handed only to the injected lookups. */
  readonly pan: Uint8Array;
  /** 5F34 */
  readonly panSequenceNumber?: number;
  /** Amount, Authorised, in minor units. */
  readonly amount: bigint;
  /** 9F1B for the selected AID, in minor units. */
  readonly floorLimit: bigint;
  /** Absent: the terminal does not do random selection. */
  readonly randomSelection?: RandomSelectionParameters;
  /** 1–99, from the injected randomness (see randomSelectionNumber). */
  readonly randomNumber: number;
  /** 9F14 and 9F23 from the card; velocity checking runs only when both are present. */
  readonly consecutiveOfflineLimits?: ConsecutiveOfflineLimits;
}

export interface TerminalRiskManagementServices {
  readonly transport: CardTransport;
  /** The most recent logged amount for this card, when the terminal keeps a transaction log. */
  readonly loggedAmount?: (pan: Uint8Array, panSequenceNumber: number | undefined) => bigint | undefined | Promise<bigint | undefined>;
  /** The terminal exception file, when it keeps one. */
  readonly isOnExceptionFile?: ExceptionFileLookup;
}

export type TerminalRiskManagementResult = 'performed' | 'not-requested';

export async function performTerminalRiskManagement(
  input: TerminalRiskManagementInput,
  services: TerminalRiskManagementServices,
  tvr: Tvr,
  tsi: Tsi,
): Promise<TerminalRiskManagementResult> {
  if (input.policy === 'as-card-requests' && !readAip(input.aip).has('terminalRiskManagementToBePerformed')) return 'not-requested';
  const logged = services.loggedAmount ? await services.loggedAmount(input.pan, input.panSequenceNumber) : undefined;
  checkFloorLimit(input.amount, logged, input.floorLimit, tvr);
  if (input.randomSelection) selectRandomly(input.amount, input.floorLimit, input.randomSelection, input.randomNumber, tvr);
  if (input.consecutiveOfflineLimits) await checkVelocity(services.transport, input.consecutiveOfflineLimits, tvr);
  if (services.isOnExceptionFile) await checkExceptionFile(services.isOnExceptionFile, input.pan, input.panSequenceNumber, tvr);
  tsi.set('terminalRiskManagementPerformed');
  return 'performed';
}

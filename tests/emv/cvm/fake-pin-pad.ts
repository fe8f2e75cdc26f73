// A PinPadPort for tests: it "reads" PINs from a script (a different one at each prompt, or a
// bypass, cancel or broken pad) and verifies them against the card the way a secure PIN pad
// would, building the VERIFY itself: an ISO 9564 format 2 block in clear (Book 3 §6.5.12) or
// enciphered under the ICC PIN key (Book 2 §7.1, src/security). Online results are scripted.
import { randomBytes } from 'node:crypto';
import { exchange, verifyCommand, type CardTransport } from '../../../src/emv/apdu/index.js';
import {
  offlinePinResultFromSw,
  type OfflinePinRequest,
  type OfflinePinResult,
  type OnlinePinRequest,
  type OnlinePinResult,
  type PinEntryStopped,
  type PinPadPort,
} from '../../../src/emv/cvm/index.js';
import { encipherOfflinePin, pinBlockFormat2 } from '../../../src/security/index.js';

/** What the cardholder does at each offline PIN prompt. */
export type OfflineEntry = { readonly pin: string } | PinEntryStopped;

export interface FakePinPadScript {
  readonly offline?: readonly OfflineEntry[];
  readonly online?: readonly OnlinePinResult[];
  /** Padding bytes for enciphered PIN; random by default. */
  readonly padding?: (n: number) => Uint8Array;
}

const randomPadding = (n: number): Uint8Array => Uint8Array.from(randomBytes(n));

export class FakePinPad implements PinPadPort {
  readonly offlineRequests: OfflinePinRequest[] = [];
  readonly onlineRequests: OnlinePinRequest[] = [];
  private offlineNext = 0;
  private onlineNext = 0;

  constructor(private readonly script: FakePinPadScript = {}) {}

  async verifyOfflinePin(request: OfflinePinRequest, card: CardTransport): Promise<OfflinePinResult> {
    this.offlineRequests.push(request);
    const entry = this.script.offline?.[this.offlineNext++];
    if (entry === undefined) throw new Error('the script has no more offline PIN entries');
    if (!('pin' in entry)) return entry;
    const block = pinBlockFormat2(entry.pin);
    const command =
      request.mode === 'plaintext'
        ? verifyCommand(block, 'plaintext')
        : verifyCommand(encipherOfflinePin(block, request.challenge, request.key, this.script.padding ?? randomPadding), 'enciphered');
    const response = await exchange(card, command);
    return offlinePinResultFromSw(response.sw);
  }

  async getOnlinePin(request: OnlinePinRequest): Promise<OnlinePinResult> {
    this.onlineRequests.push(request);
    const result = this.script.online?.[this.onlineNext++];
    if (result === undefined) throw new Error('the script has no more online PIN results');
    return result;
  }
}

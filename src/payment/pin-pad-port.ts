// EMV Book 4 §6.3.4 (PIN entry) and §11.2 (standard messages): the terminal's PIN pad, a
// kernel capability, as the PinPadPort cardholder verification asks. The EMV side knows the
// card (PAN, tries left, ICC key, challenge); the terminal adds what only it knows — amount
// and currency for the pad's display, the DUKPT slot and PIN block format its acquirer uses,
// entry limits and time, whether bypass is allowed. A pad that fails (line lost, silent, no
// key) is "PIN pad not present or not working" to the kernel, and its coded error goes to
// `onFault` so the terminal can say why; the transaction carries on with the next CV Rule.
import { PosError, isPosError } from '../errors/index.js';
import type { CardTransport } from '../emv/apdu/index.js';
import type { OfflinePinRequest, OfflinePinResult, OnlinePinResult, PinPadPort } from '../emv/cvm/index.js';
import type { OnlinePinRequest, PinPad } from '../kernel/index.js';

/** Everything an online PIN entry needs but the PAN, which the kernel hands over per entry. */
export type PinEntrySettings = Omit<OnlinePinRequest, 'pan'>;

/** ISO 9564-1 §5.1.1: a PIN is 4 to 12 digits. */
export const DEFAULT_PIN_ENTRY = { format: 'iso0', keySlot: 1, minLength: 4, maxLength: 12, timeoutMs: 30_000, bypassAllowed: false } as const;

const MAX_AMOUNT = 999_999_999_999n;

/** Refuses settings the pad protocol cannot carry, naming the field (never a value). */
function checked(s: PinEntrySettings): PinEntrySettings {
  const bad = (field: string) => new PosError('E-PINPAD-0012', { field });
  if (s.amount < 0n || s.amount > MAX_AMOUNT) throw bad('amount');
  if (!/^\d{3}$/.test(s.currency.code)) throw bad('currency');
  if (!Number.isInteger(s.keySlot) || s.keySlot < 0 || s.keySlot > 0xff) throw bad('keySlot');
  if (!Number.isInteger(s.minLength) || !Number.isInteger(s.maxLength) || s.minLength < 4 || s.maxLength > 12 || s.minLength > s.maxLength) throw bad('length');
  if (!(s.timeoutMs > 0)) throw bad('timeoutMs');
  return s;
}

export function pinPadPort(pad: PinPad, settings: PinEntrySettings, onFault: (error: PosError) => void = () => undefined): PinPadPort {
  const entry = checked(settings);
  /** A pad that throws is not working: the kernel hears pad-unavailable, the terminal the code. */
  const unavailable = (error: unknown): { kind: 'pad-unavailable' } => {
    if (!isPosError(error)) throw error;
    onFault(error);
    return { kind: 'pad-unavailable' };
  };
  return {
    async verifyOfflinePin(request: OfflinePinRequest, card: CardTransport): Promise<OfflinePinResult> {
      const common = { triesLeft: request.triesLeft, timeoutMs: entry.timeoutMs, bypassAllowed: entry.bypassAllowed };
      let result: OfflinePinResult;
      try {
        // §11.2 message 09 "Enter PIN" with the amount: GET ONLINE PIN carries it, VERIFY does not.
        await pad.showPrompt({ kind: 'enter-pin', amount: entry.amount, currencyCode: entry.currency.code });
        result = await pad.verifyOfflinePin(
          request.mode === 'plaintext' ? { mode: 'plaintext', ...common } : { mode: 'enciphered', key: request.key, challenge: request.challenge, ...common },
          card,
        );
      } catch (error) {
        return unavailable(error);
      }
      // §11.2 messages 0A "Incorrect PIN" and 0D "PIN OK". The card has answered by now: a pad
      // that fails to show them does not change what the card said.
      const after = result.kind === 'wrong' ? ({ kind: 'incorrect-pin', triesLeft: result.triesLeft } as const) : result.kind === 'verified' ? ({ kind: 'pin-ok' } as const) : null;
      if (after) await pad.showPrompt(after).catch(unavailable);
      return result;
    },
    async getOnlinePin({ pan }): Promise<OnlinePinResult> {
      try {
        return await pad.getOnlinePin({ pan, ...entry });
      } catch (error) {
        return unavailable(error);
      }
    },
  };
}

// EMV Contactless Book C-2 relay resistance protocol (S3.60-65, state R1; §5.3 EXCHANGE RELAY
// RESISTANCE DATA), in EMV mode when the AIP (byte 2 b1) and the Kernel Configuration (b5) both
// support it. The kernel times one command whose answer the card must give at once, and judges
// the time against what the card says it needs:
//   S3.61-63  Terminal Relay Resistance Entropy := the Unpredictable Number; send ERRD, timed.
//   R1.10-13  a status other than 9000 is a status bytes error; the answer must be '80' with 10
//             bytes: Device Relay Resistance Entropy (4), Min Time For Processing Relay
//             Resistance APDU (2), Max Time For Processing Relay Resistance APDU (2), Device
//             Estimated Transmission Time For Relay Resistance R-APDU (2) (else a parsing error).
//   R1.14     Measured Relay Resistance Processing Time := MAX(0, Time Taken - Terminal Expected
//             Transmission Time For RR C-APDU - MIN(Device Estimated Transmission Time For RR
//             R-APDU, Terminal Expected Transmission Time For RR R-APDU)); all in 100 µs.
//   R1.15-16  faster than MAX(0, Min Time - Minimum Grace Period) is impossible for the card:
//             a card data error ends the transaction.
//   R1.17     slower than Max Time + Maximum Grace Period, and fewer than three exchanges so far:
//             a new Unpredictable Number becomes the entropy and the exchange is made again.
//   R1.18     still slower: 'relay resistance time limits exceeded' in the TVR.
//   R1.19     'relay resistance threshold exceeded' when the card's and the terminal's expected
//             R-APDU transmission times differ by more than the Mismatch Threshold (each as a
//             percentage of the other), or Measured - Min Time exceeds the Accuracy Threshold.
//   R1.20     'RRP performed' in the TVR; the records are read next (S3R1).
// The CDA signature then carries the exchanged data (S910.4 checks it). The clock is the
// activation's injected elapsedMs, so a test can make the card as slow as it likes.
import { concatBytes } from '../../../bytes/hex.js';
import { decodeResponseTlv, exchange, exchangeRelayResistanceDataCommand, SW } from '../../apdu/index.js';
import type { RelayResistanceConfig } from './config.js';
import { endApp, failed } from './exits.js';
import type { C2Session } from './session.js';
import type { Done, EmvModeState, RelayResistanceState } from './states.js';

/** R1.17: the first exchange and at most two more. */
const MAX_EXCHANGES = 3;
const STEP = 'exchange-relay-resistance-data';

export async function exchangeRelayResistanceData(s: C2Session, state: RelayResistanceState): Promise<RelayResistanceState | EmvModeState | Done> {
  const { activation: act } = s;
  const rr = s.config.relayResistance;
  // S3.61 / R1.17: the entropy is the Unpredictable Number, fresh for each exchange after the first.
  if (state.counter > 0) s.data.setTerminal(0x9f37, act.random(4));
  const terminalEntropy = s.data.value(0x9f37)!;
  const started = act.elapsedMs();
  const { data, sw } = await exchange(act.transport, exchangeRelayResistanceDataCommand(terminalEntropy));
  const taken = Math.round((act.elapsedMs() - started) * 10);
  const counter = state.counter + 1;
  // R1.11
  if (sw !== SW.ok) return failed(s, endApp(s, 'E-CTLS-0204', 'status-bytes', { step: STEP, sw }, sw));
  // R1.12
  const top = decodeResponseTlv(data, 'E-CARD-0012', { step: STEP });
  const value = top.length === 1 && top[0]!.tag === 0x80 && top[0]!.kind === 'primitive' ? top[0]!.value : undefined;
  if (value?.length !== 10) return failed(s, endApp(s, 'E-CTLS-0202', 'parsing-error', { step: STEP, reason: "not '80' with 10 bytes" }));
  const card = { minTime: u16(value, 4), maxTime: u16(value, 6), estimatedRapdu: u16(value, 8) };
  const measured = measuredTime(taken, card.estimatedRapdu, rr);
  s.relayResistance = { signed: concatBytes(terminalEntropy, value), measured, counter };
  // R1.15-16
  if (measured < Math.max(0, card.minTime - rr.minGracePeriod)) {
    return failed(s, endApp(s, 'E-CTLS-0205', 'card-data-error', { step: STEP, reason: 'answer faster than the card can compute it', measured, minTime: card.minTime }));
  }
  const tooSlow = measured > card.maxTime + rr.maxGracePeriod;
  // R1.17
  if (tooSlow && counter < MAX_EXCHANGES) return { step: 'relay-resistance', afl: state.afl, counter };
  // R1.18
  if (tooSlow) s.tvr.set('relayResistanceTimeLimitsExceeded');
  // R1.19
  if (thresholdExceeded(measured, card, rr)) s.tvr.set('relayResistanceThresholdExceeded');
  // R1.20
  s.tvr.set('relayResistancePerformed');
  return { step: 'read', afl: state.afl };
}

/** R1.14, in units of 100 µs. */
export function measuredTime(taken: number, deviceEstimatedRapdu: number, rr: RelayResistanceConfig): number {
  return Math.max(0, taken - rr.terminalExpectedCapdu - Math.min(deviceEstimatedRapdu, rr.terminalExpectedRapdu));
}

function thresholdExceeded(measured: number, card: { readonly minTime: number; readonly estimatedRapdu: number }, rr: RelayResistanceConfig): boolean {
  const percent = (a: number, b: number) => (b === 0 ? Number.POSITIVE_INFINITY : (a / b) * 100);
  return (
    (card.estimatedRapdu !== 0 && percent(card.estimatedRapdu, rr.terminalExpectedRapdu) < rr.mismatchThreshold) ||
    (rr.terminalExpectedRapdu !== 0 && percent(rr.terminalExpectedRapdu, card.estimatedRapdu) < rr.mismatchThreshold) ||
    measured - card.minTime > rr.accuracyThreshold
  );
}

function u16(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

// A whole tap in-process: Entry Point with the terminal's configured combinations
// (config/contactless.json), the registered kernels and the virtual card, and an Online Request
// sent to the host given — the path `pos txn --interface contactless` and the payment engine
// take, without PC/SC. Shared by the taps against the local test issuer and those against the
// backend's issuer simulator.
import { readFileSync } from 'node:fs';
import type { AuthorisationPort } from '../../../src/emv/contact/authorisation.js';
import { loadTerminalFiles } from '../../../src/cli/config-files.js';
import { createCard, inProcessTransport } from '../../../src/emulators/card/index.js';
import { keyedPinPad } from '../../../src/emulators/pinpad/keyed-pin-pad.js';
import { parseContactlessConfig } from '../../../src/emv/contactless/config.js';
import { runContactlessTransaction } from '../../../src/emv/contactless/entry-point/index.js';
import { kernelFor } from '../../../src/emv/contactless/kernels.js';
import { sendOnlineRequest } from '../../../src/emv/contactless/online-request.js';

const files = loadTerminalFiles();
const combinations = parseContactlessConfig(JSON.parse(readFileSync('config/contactless.json', 'utf8')));

export async function tapWith(profile: string, amount: bigint, authorisation: AuthorisationPort, pin?: string) {
  const card = createCard(profile, { interface: 'contactless', faults: [] });
  card.reset();
  const terminal = { ...files.terminal, currencyCode: '156', currencyExponent: 2 };
  const result = await runContactlessTransaction(inProcessTransport(card), { type: 'purchase', amount, amountOther: 0n }, {
    terminal, combinations, kernelFor, caKeys: files.caKeys, revoked: [],
    now: () => new Date('2026-11-30T10:00:00Z'), elapsedMs: () => 0, random: (n) => new Uint8Array(n).fill(0x5a),
  });
  const o = result.outcome;
  if (o.kernel === null || o.outcome.status !== 'online-request') return { result, online: undefined };
  const online = await sendOnlineRequest(o, { type: 'purchase', amount, amountOther: 0n, currencyCode: '0156', currencyExponent: 2 }, { authorisation, pinPad: keyedPinPad(pin) });
  return { result, online };
}

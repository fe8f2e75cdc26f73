// Whole contact transactions through the kernel against the selection variants of the virtual
// card (src/emulators/card/profiles/selection-variants.ts): EMV Book 1 §12.3 (PSE or list of
// AIDs, blocked applications) and §12.4 (priority order, cardholder confirmation and choice).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { parseAidConfigs, parseTerminalConfig } from '../../../src/emv/contact/config.js';
import { runContactTransaction, type KernelResult } from '../../../src/emv/contact/kernel.js';
import { createCaKeyStore } from '../../../src/emv/oda/index.js';
import type { CardholderSelectionPort } from '../../../src/emv/selection/index.js';
import { createCardFromProfile, getProfile, inProcessTransport, testCaPublicKeys, type CardProfile } from '../../../src/emulators/card/index.js';
import { createLocalIssuer } from '../../../src/emulators/issuer/local-issuer.js';
import { keyedPinPad } from '../../../src/emulators/pinpad/keyed-pin-pad.js';

const CONFIG = join(import.meta.dirname, '../../../config');
const terminal = parseTerminalConfig(JSON.parse(readFileSync(join(CONFIG, 'terminal.json'), 'utf8')));
const aids = parseAidConfigs(JSON.parse(readFileSync(join(CONFIG, 'aids.json'), 'utf8')));
const caKeys = createCaKeyStore(testCaPublicKeys().map((k) => ({ ...k, expiry: k.expiry })));

async function transact(name: string, cardholder?: CardholderSelectionPort): Promise<KernelResult> {
  const profile: CardProfile = getProfile(name);
  const card = createCardFromProfile(profile, { interface: 'contact' });
  card.reset();
  const issuer = createLocalIssuer('approve');
  let t = 0;
  return runContactTransaction(
    inProcessTransport(card),
    { type: 'purchase', amount: 1234n, amountOther: 0n },
    {
      terminal,
      aids,
      caKeys,
      revoked: [],
      pinPad: keyedPinPad(profile.pin.digits),
      authorisation: issuer,
      now: () => new Date('2026-11-23T10:00:00Z'),
      elapsedMs: () => (t += 1),
      random: (n) => new Uint8Array(n).fill(0x42),
      ...(cardholder ? { cardholder } : {}),
    },
  );
}

const aidOf = (r: KernelResult): string => ('record' in r.outcome && r.outcome.record ? toHex(r.outcome.record.aid) : r.outcome.kind);
const reasonOf = (r: KernelResult): string => (r.outcome.kind === 'end-application' ? r.outcome.reason : r.outcome.kind);

function port(choose: (number | 'cancel')[], confirm: boolean[] = []) {
  const shown: string[][] = [];
  const p: CardholderSelectionPort = {
    chooseApplication: async (cs) => (shown.push(cs.map((c) => c.aidHex)), choose.shift() ?? 'cancel'),
    confirmApplication: async (c) => (shown.push([c.aidHex]), confirm.shift() ?? false),
  };
  return { p, shown };
}

describe('contact kernel, application selection (EMV Book 1 §12.3-12.4)', () => {
  it('selects from the list of AIDs when the card has no PSE', async () => {
    const r = await transact('no-pse');
    expect(r.outcome.kind).toBe('approved');
    expect(aidOf(r)).toBe('A0000000031010');
  });

  it('takes the highest-priority application, not the first in the directory', async () => {
    expect(aidOf(await transact('multi-app'))).toBe('A000000333010101');
  });

  it('lets the cardholder choose among several, offered in priority order', async () => {
    const { p, shown } = port([1]);
    const r = await transact('multi-app', p);
    expect(shown).toEqual([['A000000333010101', 'A000000333010102']]);
    expect(aidOf(r)).toBe('A000000333010102');
  });

  it('ends the application when the cardholder cancels the choice', async () => {
    expect(reasonOf(await transact('multi-app', port(['cancel']).p))).toContain('cancelled');
  });

  it('leaves out an application needing confirmation on a terminal without a cardholder port', async () => {
    const r = await transact('needs-confirmation');
    expect(r.outcome.kind).toBe('end-application');
  });

  it('runs it when the cardholder confirms, and ends when the cardholder refuses', async () => {
    const yes = port([], [true]);
    expect(aidOf(await transact('needs-confirmation', yes.p))).toBe('A0000000031010');
    expect(yes.shown).toEqual([['A0000000031010']]);
    expect(reasonOf(await transact('needs-confirmation', port([], [false]).p))).toContain('did not confirm');
  });

  it('follows a DDF entry (9D) in the PSE to the applications listed in its own directory', async () => {
    const { p, shown } = port([1]);
    const r = await transact('nested-ddf', p);
    // The debit is in the PSE directory, the credit only in the DDF's: both are candidates.
    expect(shown).toEqual([['A000000333010101', 'A000000333010102']]);
    expect(aidOf(r)).toBe('A000000333010102');
  });

  it('skips a blocked application (6283) and selects the other', async () => {
    expect(aidOf(await transact('blocked-app'))).toBe('A000000333010102');
  });
});

// The three transactions bench/kernel times: no offline data authentication, DDA and CDA,
// each on a virtual card profile with its terminal configuration from config/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAidConfigs, parseTerminalConfig } from '../../src/emv/contact/config.js';
import type { Outcome } from '../../src/emv/contact/outcome.js';
import type { CardProfile } from '../../src/emulators/card/profile.js';
import { getProfile } from '../../src/emulators/card/profiles/index.js';
import type { IssuerDecision } from '../../src/emulators/issuer/local-issuer.js';

const CONFIG = join(import.meta.dirname, '../../config');
export const terminal = parseTerminalConfig(JSON.parse(readFileSync(join(CONFIG, 'terminal.json'), 'utf8')));
export const aids = parseAidConfigs(JSON.parse(readFileSync(join(CONFIG, 'aids.json'), 'utf8')));

export interface Scenario {
  readonly name: string;
  readonly profile: CardProfile;
  readonly amount: bigint;
  readonly pin: string;
  readonly issuer: IssuerDecision;
  readonly expected: Outcome['kind'];
  /** Median terminal CPU time allowed per transaction, ms (the targets). */
  readonly budgetMs: number;
  readonly floorLimit?: bigint;
}

/** The Visa profile without ODA: AIP 1C00 (no SDA/DDA/CDA bits) and no certificate records. */
function withoutOda(profile: CardProfile): CardProfile {
  return {
    ...profile,
    name: `${profile.name}-no-oda`,
    applications: profile.applications.map((app) => ({ ...app, processingOptions: { kind: 'answer', aip: '1C00' }, authentication: { kind: 'none' } })),
  };
}

export const scenarios: readonly Scenario[] = [
  { name: 'no ODA, online', profile: withoutOda(getProfile('visa')), amount: 1234n, pin: '1234', issuer: 'approve', expected: 'approved', budgetMs: 1 },
  { name: 'DDA, online', profile: getProfile('visa'), amount: 1234n, pin: '1234', issuer: 'approve', expected: 'approved', budgetMs: 3 },
  // Under the card's offline limit and the floor limit: CDA with a TC in the first GENERATE AC.
  { name: 'CDA, offline', profile: getProfile('mastercard'), amount: 1000n, pin: '4315', issuer: 'approve', expected: 'approved', budgetMs: 3, floorLimit: 100_000n },
];

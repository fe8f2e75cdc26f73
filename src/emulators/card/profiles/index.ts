// The profiles a virtual card can be made from, by name.
import { PosError } from '../../../errors/index.js';
import type { CardProfile } from '../profile.js';
import { c2MagStripeProfiles } from './c2-magstripe.js';
import { c2Variants } from './c2-variants.js';
import { faultVariants } from './fault-variants.js';
import { mastercard } from './mastercard.js';
import { quickVariants } from './quick-variants.js';
import { selectionVariants } from './selection-variants.js';
import { unionpay } from './unionpay.js';
import { visa } from './visa.js';

const PROFILES: readonly CardProfile[] = [visa, mastercard, unionpay, ...faultVariants, ...selectionVariants, ...quickVariants, ...c2Variants, ...c2MagStripeProfiles];

export function listProfiles(): { readonly name: string; readonly description: string }[] {
  return PROFILES.map(({ name, description }) => ({ name, description }));
}

export function getProfile(name: string): CardProfile {
  const profile = PROFILES.find((p) => p.name === name);
  if (!profile) throw new PosError('E-EMU-0002', { profile: name, known: PROFILES.map((p) => p.name).join('|') });
  return profile;
}

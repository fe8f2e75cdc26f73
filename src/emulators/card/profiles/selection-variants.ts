// Variants of the scheme profiles that drive the contact kernel's application selection
// branches (EMV Book 1 §12.3-12.4): no PSE (list of AIDs, §12.3.3), several applications by
// priority, an application that needs cardholder confirmation (87 b8, §12.2.3/§12.4) and a
// blocked application (6283, §12.3.3). Each is a profile spread from visa or unionpay with
// only the selection data changed.
import type { ApplicationProfile, CardProfile } from '../profile.js';
import { unionpay } from './unionpay.js';
import { visa } from './visa.js';

/** Application Priority Indicator b8: cardholder confirmation required. */
const CONFIRMATION_REQUIRED = 0x80;

function variant(base: CardProfile, name: string, description: string, change: (app: ApplicationProfile, index: number) => ApplicationProfile, extra: Partial<CardProfile> = {}): CardProfile {
  return { ...base, ...extra, name, description, applications: base.applications.map(change) };
}

const noPse: CardProfile = variant(visa, 'no-pse', 'Visa without a PSE: SELECT 1PAY.SYS.DDF01 answers 6A82, the terminal selects from its list of AIDs', (app) => app, { noPse: true });

const blockedApp: CardProfile = variant(unionpay, 'blocked-app', 'UnionPay with the debit application blocked (SELECT answers 6283); the credit works', (app, i) => (i === 0 ? { ...app, blocked: true } : app));

export const selectionVariants: readonly CardProfile[] = [
  noPse,
  blockedApp,
  // The PSE lists the debit application and a DDF; the DDF's own directory lists the credit.
  { ...unionpay, name: 'nested-ddf', description: 'UnionPay whose credit application is listed in a DDF below the PSE (9D entry), not in the PSE itself', ddf: { name: 'A0000003339DDF01', applications: 1 } },
  // unionpay's debit is rank 1 and its credit rank 2; here the credit comes first in the
  // directory, so only a terminal that sorts by priority picks the debit.
  { ...unionpay, name: 'multi-app', description: 'UnionPay credit (priority 2) listed before debit (priority 1): selection follows the priority, not the directory order', applications: [...unionpay.applications].reverse() },
  variant(visa, 'needs-confirmation', 'Visa whose priority indicator asks for cardholder confirmation (87 = 81)', (app) => ({ ...app, priority: CONFIRMATION_REQUIRED | 1 })),
];

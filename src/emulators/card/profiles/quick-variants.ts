// Contactless variants that answer GET PROCESSING OPTIONS the quick way (quick-gpo.ts): Visa
// qVSDC for kernel 3 (EMV Contactless Book C-3) and UnionPay qPBOC for kernel 7 (Book C-7).
// Each spreads visa's or unionpay's DDA application and changes only the card's decision and
// its Card Transaction Qualifiers (9F6C: 80 online PIN, 40 signature, 20 go online if ODA
// fails, 10 switch interface if ODA fails; Book C-3 Annex A.2).
// TEST DATA ONLY, as the profiles they spread.
import type { ApplicationProfile, CardProfile, CryptogramDecision } from '../profile.js';
import type { QuickProfile } from '../quick-profile.js';
import { unionpay } from './unionpay.js';
import { visa } from './visa.js';

/** TC up to 50.00, ARQC above. */
const OFFLINE_50: CryptogramDecision = { kind: 'offline-up-to', limit: 5000n };

function quickVariant(base: CardProfile, appIndex: number, name: string, description: string, quick: QuickProfile, decision: CryptogramDecision, change: Partial<ApplicationProfile> = {}): CardProfile {
  const app = base.applications[appIndex]!;
  const contactless = { pdol: app.contactless!.pdol, kernelId: app.contactless!.kernelId, quick };
  return { ...base, name, description, applications: [{ ...app, ...change, contactless, cryptogram: { ...app.cryptogram, decision } }] };
}

export const quickVariants: readonly CardProfile[] = [
  quickVariant(visa, 0, 'visa-qvsdc', 'Visa qVSDC (kernel 3): fDDA, TC up to 50.00, online PIN when the reader requires a CVM', { mode: 'qvsdc', ctq: '8000' }, OFFLINE_50),
  quickVariant(visa, 0, 'visa-qvsdc-signature', 'Visa qVSDC (kernel 3): fDDA, TC up to 50.00, signature when the reader requires a CVM', { mode: 'qvsdc', ctq: '4000' }, OFFLINE_50),
  quickVariant(visa, 0, 'visa-phone-cdcvm', 'Visa phone wallet (kernel 3): the cardholder verified on the phone (CTQ consumer device CVM performed)', { mode: 'qvsdc', ctq: '8000', consumerDeviceCvm: true }, OFFLINE_50),
  quickVariant(visa, 0, 'visa-phone-see-phone', 'Visa phone wallet (kernel 3) that asks the cardholder to unlock it first: the first GPO answers 6986 (see phone), the next tap goes through with CDCVM', { mode: 'qvsdc', ctq: '8000', consumerDeviceCvm: true, seePhone: 'first-tap' }, OFFLINE_50),
  quickVariant(visa, 0, 'visa-bad-fdda', 'Visa qVSDC (kernel 3) whose fDDA signature (9F4B) is damaged: offline approvals fail ODA', { mode: 'qvsdc', ctq: '0000', corruptSdad: true }, OFFLINE_50),
  quickVariant(visa, 0, 'visa-over-offline-limit', 'Visa qVSDC (kernel 3) with only 5.00 of Available Offline Spending Amount (9F5D) left: larger amounts go online', { mode: 'qvsdc', ctq: '8000', offlineBalance: 500n }, OFFLINE_50),
  quickVariant(visa, 0, 'visa-online-only', 'Visa qVSDC (kernel 3) that answers ARQC to every tap (online-only card)', { mode: 'qvsdc', ctq: '8000' }, { kind: 'always-online' }),
  // unionpay's credit application carries the DDA key fDDA needs; here it is the QuickPass
  // debit with an electronic cash purse.
  quickVariant(unionpay, 1, 'unionpay-ec', 'UnionPay QuickPass qPBOC (kernel 7) with an electronic cash balance of 300.00 CNY (9F79), TC within it', { mode: 'qpboc', ctq: '8000', offlineBalance: 30000n }, { kind: 'offline-up-to', limit: 50000n }, { aid: 'A000000333010101', label: 'UnionPay Debit', preferredName: 'UnionPay Debit' }),
  quickVariant(unionpay, 1, 'unionpay-qpboc-online', 'UnionPay QuickPass qPBOC (kernel 7) credit that answers ARQC to every tap', { mode: 'qpboc', ctq: '8000' }, { kind: 'always-online' }),
];

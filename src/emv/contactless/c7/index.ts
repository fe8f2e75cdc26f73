// Kernel 7 (EMV Contactless Book C-7, UnionPay QuickPass qPBOC) as Entry Point activates it: the
// quick flow (../quick/kernel.ts) with UnionPay's flavour, which reads the EC balance.
import type { ContactlessKernel } from '../kernel-contract.js';
import { runQuickKernel } from '../quick/kernel.js';
import { unionpayFlavour } from './flavour.js';

export const c7Kernel: ContactlessKernel = { id: 7, run: (activation) => runQuickKernel(activation, unionpayFlavour) };

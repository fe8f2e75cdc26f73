// Kernel 3 (EMV Contactless Book C-3, Visa payWave qVSDC) as Entry Point activates it: the quick
// flow (../quick/kernel.ts) with Visa's flavour.
import type { ContactlessKernel } from '../kernel-contract.js';
import { runQuickKernel } from '../quick/kernel.js';
import { visaFlavour } from './flavour.js';

export const c3Kernel: ContactlessKernel = { id: 3, run: (activation) => runQuickKernel(activation, visaFlavour) };

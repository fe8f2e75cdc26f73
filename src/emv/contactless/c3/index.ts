// Kernel 3 (EMV Contactless Book C-3, Visa payWave qVSDC) as Entry Point activates it.
import type { ContactlessKernel } from '../kernel-contract.js';
import { runKernel3 } from './kernel.js';

export const c3Kernel: ContactlessKernel = { id: 3, run: runKernel3 };

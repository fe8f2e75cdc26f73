// Kernel 7 (EMV Contactless Book C-7, UnionPay QuickPass qPBOC) as Entry Point activates it.
import type { ContactlessKernel } from '../kernel-contract.js';
import { runKernel7 } from './kernel.js';

export const c7Kernel: ContactlessKernel = { id: 7, run: runKernel7 };

// EMV Contactless Book C-2 (Kernel 2, Mastercard): the kernel Entry Point registers.
import type { ContactlessKernel } from '../kernel-contract.js';
import { runC2 } from './kernel.js';

export const c2Kernel: ContactlessKernel = { id: 2, run: runC2 };
export { c2ConfigObjects, parseC2Config, type C2Config, type KernelConfiguration } from './config.js';
export { DATA_RECORD_TAGS } from './data-record.js';

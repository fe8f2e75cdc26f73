// EMV Contactless Book B §3.4.1.1: the kernels this terminal has, by Kernel ID. Entry Point
// admits a combination to the Candidate List only when its kernel is here.
import { c2Kernel } from './c2/index.js';
import { c3Kernel } from './c3/index.js';
import { c7Kernel } from './c7/index.js';
import type { ContactlessKernel, KernelId } from './kernel-contract.js';

const kernels: ReadonlyMap<KernelId, ContactlessKernel> = new Map([c2Kernel, c3Kernel, c7Kernel].map((k) => [k.id, k]));

export function kernelFor(id: KernelId): ContactlessKernel | undefined {
  return kernels.get(id);
}

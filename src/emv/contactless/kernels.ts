// EMV Contactless Book B §3.4.1.1: the kernels this terminal has, by Kernel ID. Entry Point
// admits a combination to the Candidate List only when its kernel is here.
import type { ContactlessKernel, KernelId } from './kernel-contract.js';

const kernels = new Map<KernelId, ContactlessKernel>();

export function kernelFor(id: KernelId): ContactlessKernel | undefined {
  return kernels.get(id);
}

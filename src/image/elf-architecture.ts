// The architecture an ELF file is built for, from its header (e_ident and e_machine; System V
// ABI, "ELF header"): used to refuse a native addon or a device of another architecture than
// the image's.
import type { Architecture } from './manifest.js';

const EM_ARM = 40;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;

/** undefined when `bytes` is not ELF; 'other' for an architecture posrt does not build for. */
export function elfArchitecture(bytes: Uint8Array): Architecture | 'other' | undefined {
  if (bytes.length < 20 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) return undefined;
  const is64 = bytes[4] === 2;
  const littleEndian = bytes[5] === 1;
  const machine = littleEndian ? bytes[18]! | (bytes[19]! << 8) : (bytes[18]! << 8) | bytes[19]!;
  if (machine === EM_X86_64 && is64) return 'x64';
  if (machine === EM_AARCH64 && is64) return 'arm64';
  if (machine === EM_ARM && !is64) return 'armv7';
  return 'other';
}

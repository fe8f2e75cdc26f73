// The architecture an ELF file is built for, from its header (System V ABI, "ELF header":
// e_ident's class and data, e_machine; for 32-bit ARM the ARM ELF ABI's e_flags, EABI version
// and hard-float): used to refuse a native addon or a device of another architecture than the
// image's.
import type { Architecture } from './manifest.js';

const EM_ARM = 40;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
/** e_flags of 32-bit ARM (ARM ELF ABI §5.2): EABI version 5, hard-float calling convention. */
const EF_ARM_EABIMASK = 0xff000000;
const EF_ARM_EABI_VER5 = 0x05000000;
const EF_ARM_ABI_FLOAT_HARD = 0x00000400;
/** The header's length for a 32-bit file (e_flags at 36) and a 64-bit one: read this much. */
export const ELF_HEADER_BYTES = 64;

/** undefined when `bytes` is not ELF; 'other' for an architecture posrt does not build for —
 *  which includes 32-bit ARM of the soft-float ABI (armel): armv7 here is Debian's armhf, and an
 *  armel addon would not load in an armhf node. */
export function elfArchitecture(bytes: Uint8Array): Architecture | 'other' | undefined {
  if (bytes.length < 20 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) return undefined;
  const is64 = bytes[4] === 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const littleEndian = bytes[5] === 1;
  const machine = view.getUint16(18, littleEndian);
  if (machine === EM_X86_64 && is64) return 'x64';
  if (machine === EM_AARCH64 && is64) return 'arm64';
  if (machine === EM_ARM && !is64 && bytes.length >= 40) {
    const flags = view.getUint32(36, littleEndian);
    if ((flags & EF_ARM_EABIMASK) === EF_ARM_EABI_VER5 && (flags & EF_ARM_ABI_FLOAT_HARD) !== 0) return 'armv7';
  }
  return 'other';
}

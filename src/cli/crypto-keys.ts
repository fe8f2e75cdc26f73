// pos crypto dukpt --bdk HEX --ksn HEX [--tdes|--aes128|--aes256] [--usage pin|mac|data]
// pos crypto kcv --key HEX [--aes]
// DUKPT working keys (ANSI X9.24-1:2009 TDES with a 10-byte KSN; X9.24-3:2017 AES with a 12-byte
// KSN, the working key of the BDK's own type) and key check values (X9.24-1:2017 §7.7.2).
import { PosError } from '../errors/index.js';
import {
  AES_KSN_LENGTH,
  TDES_KSN_LENGTH,
  aesKeyCheckValue,
  deriveAesWorkingKey,
  deriveTdesWorkingKey,
  tdesKeyCheckValue,
  type AesDukptUsage,
  type TdesDukptUsage,
} from '../security/index.js';
import { requireKeyLength } from '../security/input-checks.js';
import { parseVerbArgs } from './args.js';
import { toHex } from '../bytes/hex.js';
import { cryptoUsage, requiredHex } from './crypto-args.js';

type Usage = 'pin' | 'mac' | 'data';

/** The request-side key of each usage: what a terminal encrypts or MACs with. */
const TDES_USAGE: Record<Usage, TdesDukptUsage> = { pin: 'pin', mac: 'mac-request', data: 'data-request' };
const AES_USAGE: Record<Usage, AesDukptUsage> = { pin: 'pin-encryption', mac: 'mac-generation', data: 'data-encrypt' };

export function dukptCommand(argv: string[]): string {
  const { values, positionals } = parseVerbArgs(
    argv,
    {
      bdk: { type: 'string' },
      ksn: { type: 'string' },
      tdes: { type: 'boolean' },
      aes128: { type: 'boolean' },
      aes256: { type: 'boolean' },
      usage: { type: 'string' },
    },
    'crypto dukpt',
  );
  if (positionals.length > 0) throw cryptoUsage('dukpt takes no positional arguments');
  const bdk = requiredHex(values.bdk, 'bdk');
  const ksn = requiredHex(values.ksn, 'ksn');
  const usage = values.usage ?? 'pin';
  if (usage !== 'pin' && usage !== 'mac' && usage !== 'data') throw cryptoUsage('--usage is pin, mac or data');
  const chosen = (['tdes', 'aes128', 'aes256'] as const).filter((flag) => values[flag] === true);
  if (chosen.length > 1) throw cryptoUsage('give at most one of --tdes, --aes128, --aes256');
  const variant = chosen[0] ?? (ksn.length === TDES_KSN_LENGTH ? 'tdes' : 'aes');
  if (variant === 'tdes') return toHex(deriveTdesWorkingKey(bdk, ksn, TDES_USAGE[usage]));
  if (ksn.length !== AES_KSN_LENGTH) throw new PosError('E-CRYPTO-0009', { length: ksn.length, expected: AES_KSN_LENGTH });
  if (variant === 'aes128') requireKeyLength(bdk, [16], 'aes128-dukpt');
  if (variant === 'aes256') requireKeyLength(bdk, [32], 'aes256-dukpt');
  return toHex(deriveAesWorkingKey(bdk, ksn, AES_USAGE[usage]));
}

export function kcvCommand(argv: string[]): string {
  const { values, positionals } = parseVerbArgs(argv, { key: { type: 'string' }, aes: { type: 'boolean' } }, 'crypto kcv');
  if (positionals.length > 0) throw cryptoUsage('kcv takes no positional arguments');
  const key = requiredHex(values.key, 'key');
  return toHex(values.aes === true ? aesKeyCheckValue(key) : tdesKeyCheckValue(key));
}

// pos crypto arqc --imk HEX --pan PAN --psn NN --atc HEX --data HEX
// pos crypto arpc --imk HEX --pan PAN --psn NN --atc HEX --arqc HEX --arc HEX|--csu HEX [--method 1|2]
// The issuer's side of EMV Book 2 §8: ICC master key by Option A (Annex A1.4.1), common session
// key with R = ATC || '00'x6 (A1.3.1), ARQC = ISO/IEC 9797-1 MAC algorithm 3 over the data with
// padding method 2 (§8.1.2), ARPC by method 1 or 2 (§8.2).
import { deriveAcSessionKey, deriveIccMasterKeyOptionA, generateApplicationCryptogram, generateArpc, type ArpcInput } from '../security/index.js';
import { parseVerbArgs } from './args.js';
import { toHex } from '../bytes/hex.js';
import { cryptoUsage, requiredHex, requiredText } from './crypto-args.js';

const cardOptions = {
  imk: { type: 'string' },
  pan: { type: 'string' },
  psn: { type: 'string' },
  atc: { type: 'string' },
} as const;

export function arqcCommand(argv: string[]): string {
  const { values, positionals } = parseVerbArgs(argv, { ...cardOptions, data: { type: 'string' } }, 'crypto arqc');
  if (positionals.length > 0) throw cryptoUsage('arqc takes no positional arguments');
  return toHex(generateApplicationCryptogram(sessionKey(values), requiredHex(values.data, 'data')));
}

export function arpcCommand(argv: string[]): string {
  const { values, positionals } = parseVerbArgs(
    argv,
    { ...cardOptions, arqc: { type: 'string' }, arc: { type: 'string' }, csu: { type: 'string' }, method: { type: 'string' } },
    'crypto arpc',
  );
  if (positionals.length > 0) throw cryptoUsage('arpc takes no positional arguments');
  const method = values.method ?? (values.csu !== undefined ? '2' : '1');
  const arqc = requiredHex(values.arqc, 'arqc');
  let input: ArpcInput;
  if (method === '1') input = { method: 1, arqc, authorisationResponseCode: requiredHex(values.arc, 'arc') };
  else if (method === '2') input = { method: 2, arqc, cardStatusUpdate: requiredHex(values.csu, 'csu') };
  else throw cryptoUsage('--method is 1 or 2');
  return toHex(generateArpc(sessionKey(values), input));
}

function sessionKey(values: { imk?: string; pan?: string; psn?: string; atc?: string }): Uint8Array {
  const iccMasterKey = deriveIccMasterKeyOptionA(requiredHex(values.imk, 'imk'), requiredText(values.pan, 'pan'), requiredText(values.psn, 'psn'));
  return deriveAcSessionKey(iccMasterKey, { method: 'emv-common', atc: requiredHex(values.atc, 'atc') });
}

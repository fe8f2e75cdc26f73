// Argument parsing for every verb: node's parseArgs in strict mode, with its errors turned
// into E-CORE-0001 so a typo exits with code 2 like any other bad input.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PosError } from '../errors/index.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseVerbArgs<O extends Options>(argv: string[], options: O, verb: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new PosError('E-CORE-0001', { verb, reason: e instanceof Error ? e.message : String(e) });
  }
}

/** Reads all of stdin as text (for `-` arguments). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

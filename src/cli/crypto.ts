// pos crypto pinblock|dukpt|kcv|arqc|arpc: debug verbs for people checking keys, PIN blocks and
// cryptograms against an HSM or a host (ISO 9564-1, ANSI X9.24-1/-3, EMV Book 2 §8). Printing the
// clear PIN or key on stdout is their purpose; nothing here goes to a log.
import { dukptCommand, kcvCommand } from './crypto-keys.js';
import { pinBlockCommand } from './crypto-pinblock.js';
import { arpcCommand, arqcCommand } from './crypto-emv.js';
import { cryptoUsage } from './crypto-args.js';

const commands: Record<string, (argv: string[]) => string> = {
  pinblock: pinBlockCommand,
  dukpt: dukptCommand,
  kcv: kcvCommand,
  arqc: arqcCommand,
  arpc: arpcCommand,
};

export async function cryptoVerb(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) throw cryptoUsage(`the subcommands are ${Object.keys(commands).join(', ')}`);
  process.stdout.write(`${command(rest)}\n`);
}

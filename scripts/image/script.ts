// What the image scripts share: strict options (a typo is E-IMAGE-0001), one line of JSON per
// step on stdout so a person and a pipeline both read it, and a coded error on stderr with its
// fix. Exit 2 for bad input (options, keys, an image that is not acceptable), 1 for a failure
// of the machine or the device (disk, connection, a copy that did not verify).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isPosError, PosError, type ErrorCode } from '../../src/errors/index.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const DEVICE_FAILURES: ReadonlySet<ErrorCode> = new Set(['E-IMAGE-0010', 'E-IMAGE-0011', 'E-IMAGE-0012', 'E-IMAGE-0013', 'E-IMAGE-0015']);

export function options<O extends Options>(argv: string[], spec: O, usage: string) {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options: { ...spec, help: { type: 'boolean' } }, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    throw new PosError('E-IMAGE-0001', { usage, reason: e instanceof Error ? e.message : String(e) });
  }
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
}

export function required(value: string | undefined, name: string, usage: string): string {
  if (value === undefined || value === '') throw new PosError('E-IMAGE-0001', { usage, missing: name });
  return value;
}

export const say = (event: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(event)}\n`);

export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main();
    process.exitCode = 0;
  } catch (e) {
    if (!isPosError(e)) throw e;
    const { fix } = e.describe('en');
    process.stderr.write(`${e.message}\n${fix}\n`);
    process.exitCode = DEVICE_FAILURES.has(e.code) ? 1 : 2;
  }
}

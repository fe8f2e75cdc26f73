// pos decode HEX|- [--json] [--show-pan] [--lenient]: BER-TLV as a named tree, like
// openemv's emv-decode. Strict by default, so a malformed input exits 2 naming the offset.
import { fromHex } from '../bytes/hex.js';
import { describeTlv, formatTlvTree } from '../emv/dictionary/index.js';
import { decodeTlv, decodeTlvLenient } from '../emv/tlv/index.js';
import { PosError } from '../errors/index.js';
import { parseVerbArgs, readStdin } from './args.js';

export async function decodeVerb(argv: string[]): Promise<void> {
  const { values, positionals } = parseVerbArgs(
    argv,
    { json: { type: 'boolean' }, 'show-pan': { type: 'boolean' }, lenient: { type: 'boolean' } },
    'decode',
  );
  if (positionals.length !== 1) throw new PosError('E-CORE-0001', { verb: 'decode', reason: 'give one HEX argument or - for stdin' });
  const text = positionals[0] === '-' ? await readStdin() : positionals[0]!;
  const bytes = fromHex(text);
  if (bytes.length === 0) throw new PosError('E-CORE-0002', { reason: 'no data' });
  let nodes;
  let problems: PosError[] = [];
  if (values.lenient) ({ nodes, problems } = decodeTlvLenient(bytes));
  else nodes = decodeTlv(bytes);
  const described = describeTlv(nodes, { showPan: values['show-pan'] === true });
  if (values.json) {
    const out = { objects: described, ...(values.lenient ? { problems: problems.map((p) => ({ code: p.code, ...p.context })) } : {}) };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = formatTlvTree(described);
  for (const p of problems) lines.push(`! ${p.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

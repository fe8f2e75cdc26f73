// Application File Locator (94), EMV Book 3 §10.2: four bytes per file, checked as §10.2 asks.
import type { RenderedValue } from './types.js';

export function renderAfl(value: Uint8Array): RenderedValue {
  if (value.length === 0 || value.length % 4 !== 0) return { text: 'malformed: AFL length is not a multiple of 4' };
  const entries: string[] = [];
  for (let i = 0; i < value.length; i += 4) {
    const sfi = (value[i] ?? 0) >> 3;
    const first = value[i + 1] ?? 0;
    const last = value[i + 2] ?? 0;
    const oda = value[i + 3] ?? 0;
    const problem = aflEntryProblem(sfi, first, last, oda);
    entries.push(`SFI ${sfi} records ${first}..${last} ODA ${oda}${problem === undefined ? '' : ` (invalid: ${problem})`}`);
  }
  return { text: entries.join('; '), entries };
}

function aflEntryProblem(sfi: number, first: number, last: number, oda: number): string | undefined {
  if (sfi === 0 || sfi === 31) return 'SFI must be 1 to 30';
  if (first === 0) return 'first record is 0';
  if (last < first) return 'last record before first';
  if (oda > last - first + 1) return 'more ODA records than records';
  return undefined;
}

// EMV Book 4 Annex A1 Table 24: Terminal Type (tag 9F35), two BCD digits.

const control: ReadonlyMap<number, string> = new Map([
  [1, 'Financial institution'],
  [2, 'Merchant'],
  [3, 'Cardholder'],
]);

const environment: ReadonlyMap<number, string> = new Map([
  [1, 'attended, online only'],
  [2, 'attended, offline with online capability'],
  [3, 'attended, offline only'],
  [4, 'unattended, online only'],
  [5, 'unattended, offline with online capability'],
  [6, 'unattended, offline only'],
]);

/** "Merchant, attended, offline with online capability" for 0x22; undefined when not in Table 24
 *  (cardholder-controlled terminals are unattended only: 34, 35, 36). */
export function terminalTypeName(value: number): string | undefined {
  const who = control.get(value >> 4);
  const where = environment.get(value & 0x0f);
  if (who === undefined || where === undefined) return undefined;
  if (value >> 4 === 3 && (value & 0x0f) < 4) return undefined;
  return `${who}, ${where}`;
}

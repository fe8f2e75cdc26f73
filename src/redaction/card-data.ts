// Card data kept out of every line a process writes (PCI DSS req. 3.3/3.4: the PAN is masked
// wherever it is displayed or stored; track data, PIN blocks and keys never are): the field
// names that hold card data, and a scrub of JSON string literals for Luhn-valid 13–19 digit
// runs (a PAN inside a message, an error text or a hex dump such as tag 5A or a track 2 image).
// A leaf, so the terminal's kernel and the backend redact the same way.

/** Field names that hold card data or keys, redacted at any of the first three depths. */
export const SENSITIVE_FIELDS = [
  'pan',
  'cardNumber',
  'track1',
  'track2',
  'track2Equivalent',
  'track3',
  'pinBlock',
  'pin',
  'cvv',
  'cvv2',
  'cvc',
  'key',
  'kek',
  'bdk',
  'ipek',
  'pek',
] as const;

const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;
const DIGIT_RUN = /\d{13,}/g;

/** Masks PAN-like digit runs inside the string literals of one JSON log line. Numbers
 *  outside strings (time, counters) are left alone so the line stays valid JSON. */
export function scrubJsonStrings(line: string): string {
  return line.replace(JSON_STRING, scrubText);
}

/** A PAN as it may be kept and shown: first 6 and last 4 when at least 3 digits stay hidden;
 *  else the last 4 at most. */
export function maskPan(pan: string): string {
  const n = pan.length;
  if (n >= 13) return `${pan.slice(0, 6)}${'*'.repeat(n - 10)}${pan.slice(-4)}`;
  if (n > 4) return `${'*'.repeat(n - 4)}${pan.slice(-4)}`;
  return '*'.repeat(n);
}

/** Masks the PAN-like digit runs of a text a person reads (a screen line, a message). */
export function scrubText(text: string): string {
  return text.replace(DIGIT_RUN, maskPanWindows);
}

/** A run of 13 or more digits holding a Luhn-valid window of 13–19 digits anywhere in it
 *  (a PAN alone, or glued to a tag and length in a hex dump) is shown as the run's first six
 *  and last four digits only. Some reference numbers get masked too; that is the price. */
export function maskPanWindows(run: string): string {
  return containsLuhnWindow(run) ? `${run.slice(0, 6)}…${run.slice(-4)}` : run;
}

function containsLuhnWindow(run: string): boolean {
  for (let i = 0; i + 13 <= run.length; i++) {
    for (let len = 13; len <= 19 && i + len <= run.length; len++) if (luhnValid(run, i, len)) return true;
  }
  return false;
}

/** ISO/IEC 7812-1 Annex B check digit over digits[start, start+len). */
export function luhnValid(digits: string, start: number, len: number): boolean {
  let sum = 0;
  for (let k = 0; k < len; k++) {
    let d = digits.charCodeAt(start + len - 1 - k) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

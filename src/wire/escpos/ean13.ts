// The EAN-13 check digit (GS1 General Specifications §7.9.1, mod 10 with weights 1 and 3):
// the driver checks the caller's 13th digit, the printer prints the digit it computes itself.
export function ean13CheckDigit(twelve: string): number {
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += Number(twelve[k]) * (k % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

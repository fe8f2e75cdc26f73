// ISO/IEC 7816-4 §5.1.3 and EMV Book 3 §6.3.5 (status words the EMV commands use): what a status
// word means, for logs and support. The kernel decides what to do with one; this only names it.

/** The status words posrt's own flow branches on. */
export const SW = {
  ok: 0x9000,
  selectedFileInvalidated: 0x6283,
  functionNotSupported: 0x6a81,
  fileNotFound: 0x6a82,
  recordNotFound: 0x6a83,
  conditionsNotSatisfied: 0x6985,
} as const;

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x9000, 'normal processing'],
  [0x6281, 'part of the returned data may be corrupted'],
  [0x6282, 'end of file or record reached before Le bytes'],
  [0x6283, 'selected file invalidated'],
  [0x6284, 'FCI not formatted according to ISO 7816-4'],
  [0x6300, 'authentication failed'],
  [0x6400, 'execution error, non-volatile memory unchanged'],
  [0x6581, 'memory failure'],
  [0x6700, 'wrong length'],
  [0x6881, 'logical channel not supported'],
  [0x6882, 'secure messaging not supported'],
  [0x6981, 'command incompatible with file structure'],
  [0x6982, 'security status not satisfied'],
  [0x6983, 'authentication method blocked'],
  [0x6984, 'referenced data invalidated'],
  [0x6985, 'conditions of use not satisfied'],
  [0x6986, 'command not allowed (no current EF)'],
  [0x6a80, 'incorrect parameters in the data field'],
  [0x6a81, 'function not supported (card or application blocked)'],
  [0x6a82, 'file or application not found'],
  [0x6a83, 'record not found'],
  [0x6a84, 'not enough memory space in the file'],
  [0x6a86, 'incorrect parameters P1 P2'],
  [0x6a88, 'referenced data not found'],
  [0x6b00, 'wrong parameters P1 P2'],
  [0x6d00, 'instruction code not supported or invalid'],
  [0x6e00, 'class not supported'],
  [0x6f00, 'no precise diagnosis'],
]);

export function describeSw(sw: number): string {
  const exact = NAMES.get(sw);
  if (exact !== undefined) return exact;
  const sw1 = sw >>> 8;
  const sw2 = sw & 0xff;
  switch (sw1) {
    case 0x61:
      return `${sw2 === 0 ? 256 : sw2} more response bytes available`;
    case 0x62:
      return 'warning, non-volatile memory unchanged';
    case 0x63:
      // 63Cx: after VERIFY, the PIN tries left; elsewhere a counter the command names.
      return (sw2 & 0xf0) === 0xc0 ? `counter: ${sw2 & 0x0f} tries left` : 'warning, non-volatile memory changed';
    case 0x64:
      return 'execution error, non-volatile memory unchanged';
    case 0x65:
      return 'execution error, non-volatile memory changed';
    case 0x6c:
      return `wrong Le, ${sw2 === 0 ? 256 : sw2} bytes available`;
    default:
      return 'unknown status word';
  }
}

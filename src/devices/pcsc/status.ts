// PC/SC return codes (pcsc-lite PCSC/pcsclite.h, MS-ERREF SCARD_*) as the binding reports
// them: inside its Error messages, "SCardTransmit error: Transaction failed.(0x80100016)".
export const PCSC_STATUS = {
  SCARD_E_CANCELLED: 0x80100002,
  SCARD_E_UNKNOWN_READER: 0x80100009,
  SCARD_E_SHARING_VIOLATION: 0x8010000b,
  SCARD_E_NO_SMARTCARD: 0x8010000c,
  SCARD_E_PROTO_MISMATCH: 0x8010000f,
  SCARD_F_COMM_ERROR: 0x80100013,
  SCARD_E_NOT_TRANSACTED: 0x80100016,
  SCARD_E_READER_UNAVAILABLE: 0x80100017,
  SCARD_E_NO_SERVICE: 0x8010001d,
  SCARD_E_SERVICE_STOPPED: 0x8010001e,
  SCARD_E_NO_READERS_AVAILABLE: 0x8010002e,
  SCARD_W_UNSUPPORTED_CARD: 0x80100065,
  SCARD_W_UNRESPONSIVE_CARD: 0x80100066,
  SCARD_W_UNPOWERED_CARD: 0x80100067,
  SCARD_W_RESET_CARD: 0x80100068,
  SCARD_W_REMOVED_CARD: 0x80100069,
} as const;

export type PcscStatusName = keyof typeof PCSC_STATUS;

export interface PcscStatus {
  readonly value: number | null;
  /** The SCARD_* name, or the hex value when it is not one this driver knows. */
  readonly name: string;
}

const NAMES = new Map<number, string>(Object.entries(PCSC_STATUS).map(([n, v]) => [v, n]));

export function statusOf(error: unknown): PcscStatus {
  const text = error instanceof Error ? error.message : String(error);
  const match = /\(0x([0-9a-f]{8})\)/i.exec(text);
  if (!match) return { value: null, name: 'unknown' };
  const value = Number.parseInt(match[1]!, 16);
  return { value, name: NAMES.get(value) ?? `0x${match[1]!.toLowerCase()}` };
}

export function isStatus(status: PcscStatus, ...names: PcscStatusName[]): boolean {
  return names.some((n) => PCSC_STATUS[n] === status.value);
}

/** The daemon is gone: the pcsc-lite client reports its socket failing as a comm error. */
export function isServiceLoss(status: PcscStatus): boolean {
  return isStatus(status, 'SCARD_E_NO_SERVICE', 'SCARD_E_SERVICE_STOPPED', 'SCARD_F_COMM_ERROR');
}

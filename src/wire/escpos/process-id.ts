// Process ID response, GS ( H fn=48 (Epson ESC/POS Command Reference, "GS ( H <Function 48>"):
// the printer answers with the four ID bytes once everything sent before the command has been
// processed, i.e. printed. The driver ends each job with one and counts the job printed only
// when its ID comes back, so a job that stops halfway is never taken for done.
import { GS } from './bytes.js';

export const PROCESS_ID_HEADER = 0x37;
export const PROCESS_ID_IDENTIFIER = 0x22;
/** Header, identifier, four ID bytes, NUL. */
export const PROCESS_ID_RESPONSE_LENGTH = 7;

/** IDs are four ASCII digits (the command allows 0x30-0x39 per byte). */
export function processIdOf(counter: number): string {
  return String(counter % 10_000).padStart(4, '0');
}

export function processIdCommand(id: string): Uint8Array {
  return Uint8Array.of(GS, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, ...[...id].map((c) => c.charCodeAt(0)));
}

export function processIdResponse(id: Uint8Array): Uint8Array {
  return Uint8Array.of(PROCESS_ID_HEADER, PROCESS_ID_IDENTIFIER, ...id, 0x00);
}

export function isProcessIdByte(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

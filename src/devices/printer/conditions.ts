// What the printer's reported conditions mean for the terminal: the paper state operators
// see, the device health, and the code that stops a job.
import type { ErrorCode } from '../../errors/index.js';
import { HEALTH_OK, type DeviceHealth, type PaperState } from '../../kernel/index.js';
import type { PrinterConditions } from '../../wire/escpos/status.js';

export type Conditions = PrinterConditions & { readonly offline: boolean };

export function paperOf(c: Conditions): PaperState {
  return c.paperEnd ? 'out' : c.paperNearEnd ? 'low' : 'ok';
}

/** The code that keeps a job from printing, or null when the printer takes print data. */
export function stopCode(c: Conditions): ErrorCode | null {
  if (c.paperEnd) return 'E-PRINTER-0004';
  if (c.coverOpen) return 'E-PRINTER-0005';
  if (c.error !== 'none' || c.offline) return 'E-PRINTER-0006';
  return null;
}

export function healthOf(c: Conditions): DeviceHealth {
  const stop = stopCode(c);
  if (stop) return { state: 'failed', code: stop };
  return c.paperNearEnd ? { state: 'degraded', code: 'E-PRINTER-0012' } : HEALTH_OK;
}

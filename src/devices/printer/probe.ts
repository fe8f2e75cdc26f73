// Opening a printer is opening its line and asking DLE EOT: a device that answers real-time
// status is an ESC/POS printer; silence or garbage is refused and the line closed.
import { isPosError, PosError } from '../../errors/index.js';
import { EscPosPrinter, type EscPosPrinterOptions } from './escpos-printer.js';
import type { PrinterLineOpener } from './line.js';

export async function probePrinter(open: PrinterLineOpener, options: EscPosPrinterOptions): Promise<EscPosPrinter> {
  const line = await open();
  const printer = new EscPosPrinter(line, open, options);
  try {
    await printer.status();
    return printer;
  } catch (error) {
    await printer.close();
    throw isPosError(error) ? error : new PosError('E-PRINTER-0001', { path: line.path }, { cause: error });
  }
}

// Discovery of configured ESC/POS printers on TCP (port 9100) and serial ports. Each endpoint
// is probed with DLE EOT; one that answers is attached, one that does not is tried again every
// `retryMs`, so a printer switched on (or an emulator started) later appears by itself. A
// printer whose line is lost (the TCP printer went away, the cable was pulled) is detached and
// probed again. The provider is degraded with the last probe's code while an endpoint has no
// printer on it. USB printers have their own provider (usb-discovery.ts): they announce
// themselves, these must be named.
import { isPosError } from '../../errors/index.js';
import { HEALTH_OK, type DiscoveryProvider, type DiscoverySink } from '../../kernel/index.js';
import type { EscPosPrinter, EscPosPrinterOptions } from './escpos-printer.js';
import type { PrinterLineOpener } from './line.js';
import { probePrinter } from './probe.js';
import { serialLine } from './serial-line.js';
import { DEFAULT_TCP_PORT, tcpLine } from './tcp-line.js';

export type PrinterEndpoint = { readonly kind: 'tcp'; readonly host: string; readonly port?: number } | { readonly kind: 'serial'; readonly path: string; readonly baudRate?: number };

export interface PrinterDiscoveryOptions {
  readonly endpoints: readonly PrinterEndpoint[];
  readonly retryMs?: number;
  readonly printer?: EscPosPrinterOptions;
}

const RETRY_MS = 2_000;

type Slot = { readonly kind: 'absent' } | { readonly kind: 'probing' } | { readonly kind: 'attached'; readonly device: EscPosPrinter };

export function openerFor(endpoint: PrinterEndpoint): PrinterLineOpener {
  return endpoint.kind === 'tcp' ? tcpLine(endpoint.host, endpoint.port ?? DEFAULT_TCP_PORT) : serialLine(endpoint.path, endpoint.baudRate);
}

export class PrinterDiscovery implements DiscoveryProvider {
  readonly name = 'printer';
  private readonly retryMs: number;
  private readonly slots: { readonly open: PrinterLineOpener; state: Slot }[];
  private sink: DiscoverySink | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: PrinterDiscoveryOptions) {
    this.retryMs = options.retryMs ?? RETRY_MS;
    this.slots = options.endpoints.map((e) => ({ open: openerFor(e), state: { kind: 'absent' } }));
  }

  async start(sink: DiscoverySink): Promise<void> {
    this.sink = sink;
    await this.probeAbsent();
    this.timer = setInterval(() => void this.probeAbsent(), this.retryMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sink = null;
    const attached = this.slots.flatMap((s) => (s.state.kind === 'attached' ? [s.state.device] : []));
    for (const s of this.slots) s.state = { kind: 'absent' };
    await Promise.all(attached.map((d) => d.close()));
  }

  private async probeAbsent(): Promise<void> {
    await Promise.all(this.slots.filter((s) => s.state.kind === 'absent').map((s) => this.probe(s)));
  }

  private async probe(slot: (typeof this.slots)[number]): Promise<void> {
    slot.state = { kind: 'probing' };
    let device: EscPosPrinter;
    try {
      device = await probePrinter(slot.open, { ...this.options.printer, onLost: () => this.lost(slot, device) });
    } catch (error) {
      if (!this.sink) return;
      slot.state = { kind: 'absent' };
      this.sink.health({ state: 'degraded', code: isPosError(error) ? error.code : 'E-PRINTER-0002' });
      return;
    }
    if (!this.sink) return void (await device.close());
    slot.state = { kind: 'attached', device };
    this.sink.attach(device);
    if (this.slots.every((s) => s.state.kind === 'attached')) this.sink.health(HEALTH_OK);
  }

  private lost(slot: (typeof this.slots)[number], device: EscPosPrinter): void {
    if (slot.state.kind !== 'attached' || slot.state.device !== device) return;
    slot.state = { kind: 'absent' };
    this.sink?.detach(device.identity.id);
    this.sink?.health({ state: 'degraded', code: 'E-PRINTER-0003' });
  }
}

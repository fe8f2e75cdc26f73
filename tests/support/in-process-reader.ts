// A kernel CardReader whose card is a virtual card in this process (src/emulators/card), for
// whole transactions through the engine without pcscd: insert or tap a card, take it away. The
// session is the kernel's own ManagedCardSession, so a card that leaves ends it as a real
// reader's would.
import { PosError } from '../../src/errors/index.js';
import { HEALTH_OK, ManagedCardSession, TypedEmitter, type CardInterface, type CardPresence, type CardReader, type CardReaderEvents, type CardSession, type DeviceHealth } from '../../src/kernel/index.js';
import type { VirtualIcc } from '../../src/emulators/icc.js';

export class InProcessReader implements CardReader {
  readonly identity;
  private readonly emitter = new TypedEmitter<CardReaderEvents>(() => undefined);
  readonly events = this.emitter;
  private card: VirtualIcc | undefined;
  private session: ManagedCardSession | undefined;

  readonly interface: Exclude<CardInterface, 'both'>;

  constructor(kind: Exclude<CardInterface, 'both'>) {
    this.interface = kind;
    this.identity = { id: `in-process:${kind}`, kind: 'card-reader' as const, driver: 'in-process', path: kind, serial: null };
  }

  present(card: VirtualIcc): void {
    this.card = card;
    card.reset();
    this.emitter.emit('card-inserted', { atr: card.atr() });
  }

  remove(): void {
    this.card = undefined;
    this.session?.lose(new PosError('E-DEV-0008', { reader: this.identity.id }));
    this.emitter.emit('card-removed', {});
  }

  presence(): CardPresence {
    return this.card ? { kind: 'present', atr: this.card.atr() } : { kind: 'empty' };
  }

  health(): DeviceHealth {
    return HEALTH_OK;
  }

  async open(): Promise<void> {}

  async close(): Promise<void> {
    this.session?.lose(new PosError('E-DEV-0002', { id: this.identity.id }));
  }

  async connect(): Promise<CardSession> {
    const card = this.card;
    if (card === undefined) throw new PosError('E-DEV-0008', { reader: this.identity.id });
    if (this.session?.isOpen()) throw new PosError('E-DEV-0005', { reader: this.identity.id });
    card.reset();
    this.session = new ManagedCardSession({
      atr: card.atr(),
      protocol: this.interface === 'contact' ? 'T=1' : 'T=CL',
      defaultTimeoutMs: 5_000,
      link: {
        exchange: async (capdu) => {
          const reply = await card.transmit(capdu);
          // As the in-process transport says a card left: a communication error, Try Again.
          if (reply.kind === 'removed') throw new PosError('E-EMU-0001', { reader: this.identity.id });
          return reply.rapdu;
        },
        release: async () => card.powerOff(),
      },
    });
    return this.session;
  }
}

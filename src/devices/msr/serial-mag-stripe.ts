// A magnetic stripe reader on a serial line as the kernel's MagStripe capability: one swipe per
// CR-ended message (src/wire/msr/tracks.ts), checked and parsed here, reported as one 'swipe'
// event. Swipes are dropped while disabled. Nothing of a track is logged or put in an error.
import { PosError, isPosError } from '../../errors/index.js';
import type { MagStripe, MagStripeEvents, SwipePolicy } from '../../kernel/index.js';
import { MAX_SWIPE_LENGTH } from '../../wire/msr/tracks.js';
import { LineFramer, SerialLineDevice, type FramedLine, type LineOpener, type SerialLine } from '../serial/index.js';
import { swipeOutcome } from './swipe-outcome.js';
import { swipeTracks } from './track-message.js';

type Enabled = { readonly kind: 'disabled' } | { readonly kind: 'enabled'; readonly policy: SwipePolicy };

const NOTHING_READ = { kind: 'blank' } as const;

export class SerialMagStripe extends SerialLineDevice<'mag-stripe', MagStripeEvents> implements MagStripe {
  private enabled: Enabled = { kind: 'disabled' };
  private readonly framer = new LineFramer({ maxLength: MAX_SWIPE_LENGTH, onMessage: (m) => this.message(m) });

  constructor(path: string, line: SerialLine, open: LineOpener) {
    super({ id: `msr:${path}`, kind: 'mag-stripe', driver: 'msr', path, serial: null }, line, open);
  }

  async enable(policy: SwipePolicy): Promise<void> {
    this.line();
    this.enabled = { kind: 'enabled', policy };
  }

  async disable(): Promise<void> {
    this.enabled = { kind: 'disabled' };
  }

  override async open(): Promise<void> {
    this.framer.reset();
    await super.open();
  }

  protected override received(chunk: Uint8Array): void {
    this.framer.push(chunk);
  }

  private message(message: FramedLine): void {
    if (this.enabled.kind === 'disabled') return;
    const { policy } = this.enabled;
    if (message.kind === 'overflow') {
      const error = new PosError('E-MSR-0008', { length: message.length, maxLength: MAX_SWIPE_LENGTH });
      return this.emitter.emit('swipe', { kind: 'unreadable', error, track1: NOTHING_READ, track2: NOTHING_READ });
    }
    let tracks;
    try {
      tracks = swipeTracks(message.bytes);
    } catch (error) {
      if (!isPosError(error)) throw error;
      return this.emitter.emit('swipe', { kind: 'unreadable', error, track1: NOTHING_READ, track2: NOTHING_READ });
    } finally {
      message.bytes.fill(0);
    }
    const outcome = swipeOutcome(tracks, policy);
    // Fallback is for the one swipe after a failed chip read, not for the rest of the day.
    if (outcome.kind === 'read' && outcome.entry === 'fallback') this.enabled = { kind: 'enabled', policy: { fallbackAllowed: false } };
    this.emitter.emit('swipe', outcome);
  }
}

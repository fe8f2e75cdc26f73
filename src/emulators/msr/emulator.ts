// The magnetic stripe reader emulator on one end of a socat pty pair (serve.ts runs it as its own
// process). `swipe JSON` swipes a card: {"track1": "B…^…^…", "track2": "…=…"} (either may be
// left out; contents without sentinels), written onto a stripe with parity and LRC and read
// back by the head. "damage": {"track1"|"track2": "lrc" | "parity" | "start-sentinel" |
// "end-sentinel"} spoils a track as a worn card or a misbehaving reader would. `raw HEX` sends
// bytes as they are. Events name which tracks were sent, never their data.
import { fromHex } from '../../bytes/hex.js';
import { SWIPE_END, TRACK1, TRACK2, type TrackFormat } from '../../wire/msr/tracks.js';
import { emulator, openEmulatorPort } from '../serial/emulator-process.js';
import { readStripe, withParity, writeStripe } from './stripe.js';

const BAUD_RATE = 9_600;

type Damage = 'lrc' | 'parity' | 'start-sentinel' | 'end-sentinel';

interface Swipe {
  readonly track1?: string;
  readonly track2?: string;
  readonly damage?: { readonly track1?: Damage; readonly track2?: Damage };
}

function headOutput(format: TrackFormat, content: string, damage: Damage | undefined): string {
  const stripe = writeStripe(format, content);
  const mask = (1 << format.bits) - 1;
  // A worn stripe: the LRC's code bits wrong but its parity right, or one data bit flipped.
  if (damage === 'lrc') stripe[stripe.length - 1] = withParity((stripe[stripe.length - 1]! & mask) ^ 0x01, format.bits);
  if (damage === 'parity') stripe[2] = stripe[2]! ^ 0x01;
  const ascii = readStripe(format, stripe);
  if (damage === 'start-sentinel') return `:${ascii.slice(1)}`;
  if (damage === 'end-sentinel') return ascii.replace(format.end, '');
  return ascii;
}

export const msrEmulator = emulator({
  flags: { port: { type: 'string' } },
  usage: '--port <pty path>',
  options: (values): { readonly port: string } | null => (values.port ? { port: values.port } : null),
  async start(o, io) {
    const port = await openEmulatorPort(o.port, BAUD_RATE, io.lineClosed);
    io.onCommand((line) => {
      if (line.startsWith('raw ')) {
        const bytes = fromHex(line.slice('raw '.length));
        port.write(bytes);
        return io.say({ event: 'sent', length: bytes.length });
      }
      if (!line.startsWith('swipe ')) return io.say({ event: 'command-ignored' });
      let swipe: Swipe;
      let message = '';
      try {
        swipe = JSON.parse(line.slice('swipe '.length)) as Swipe;
        if (swipe.track1 !== undefined) message += headOutput(TRACK1, swipe.track1, swipe.damage?.track1);
        if (swipe.track2 !== undefined) message += headOutput(TRACK2, swipe.track2, swipe.damage?.track2);
      } catch (error) {
        return io.say({ event: 'swipe-refused', reason: error instanceof Error ? error.name : 'error' });
      }
      port.write(Uint8Array.from([...message].map((c) => c.charCodeAt(0)).concat(SWIPE_END)));
      io.say({ event: 'swiped', tracks: [swipe.track1 !== undefined ? 1 : null, swipe.track2 !== undefined ? 2 : null].filter((t) => t !== null) });
    });
    return { event: 'ready', port: o.port };
  },
});

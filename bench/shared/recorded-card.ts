// A card played back from a recording, so the benchmark times the kernel and not the virtual
// card's own RSA and DES work. With the kernel's clock and randomness fixed, a transaction
// sends the same C-APDUs every time; the playback checks that it does, byte for byte, so a
// kernel that skipped or changed a step cannot look fast.
import { commandName, type CardTransport } from '../../src/emv/apdu/index.js';

export interface Exchange {
  readonly command: Uint8Array;
  readonly response: Uint8Array;
}

export function recordingTransport(inner: CardTransport, into: Exchange[]): CardTransport {
  return {
    async transmit(command) {
      const response = await inner.transmit(command);
      into.push({ command: command.slice(), response: response.slice() });
      return response;
    },
  };
}

export function playbackTransport(recording: readonly Exchange[]): CardTransport {
  let next = 0;
  return {
    transmit(command) {
      const expected = recording[next];
      if (!expected || Buffer.compare(expected.command, command) !== 0) {
        throw new Error(`playback: APDU ${next + 1} differs from the recording (INS ${command[1]?.toString(16)})`);
      }
      next++;
      return Promise.resolve(expected.response);
    },
  };
}

/** "SELECT 2, GET PROCESSING OPTIONS 1, ..." in the order the commands first appear. */
export function commandCounts(exchanges: readonly Exchange[]): string {
  const counts = new Map<string, number>();
  for (const e of exchanges) {
    const name = commandName(e.command[1]!);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([n, c]) => `${n} ${c}`).join(', ');
}

// The far end of bench/pinpad's bare line: every byte that arrives goes straight back. It runs
// on the same stack as the PIN pad emulator (a Node process, serialport, one end of a socat
// pty pair), so the echo's round trip is the line's and the process's, and the difference to
// a get-PIN round trip is the protocol's: frames, ACKs, the pad's work and its DUKPT key.
import { openEmulatorPort, processIo, runEmulator, say } from '../../src/emulators/serial/emulator-process.js';

runEmulator(async () => {
  const path = process.argv[2];
  if (!path) throw new Error('usage: echo.ts <pty path>');
  const port = await openEmulatorPort(path, 115_200, processIo.lineClosed);
  port.onData((chunk) => port.write(chunk));
  say({ event: 'ready', port: path });
});

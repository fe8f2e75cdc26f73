// docs/protocols/pinpad.md §Device info: opening a pad is opening its line and asking DEVICE
// INFO. A pad that answers with our protocol version is one; anything else on the line (a
// different device, a pad of another protocol, silence) is refused and the line closed.
import { PosError, isPosError } from '../../errors/index.js';
import { CMD, STATUS } from '../../wire/pinpad/codes.js';
import { PinPadClient, type ClientOptions } from './client.js';
import { decodeDeviceInfo, statusError, type DeviceInfo } from './commands.js';
import type { LineOpener } from './line.js';

export const PROTOCOL_VERSION = 1;
const PROBE_TIMEOUT_MS = 2_000;

export interface Connection {
  readonly path: string;
  readonly client: PinPadClient;
  readonly info: DeviceInfo;
}

export async function connect(path: string, open: LineOpener, options: ClientOptions = {}): Promise<Connection> {
  const line = await open(path);
  const client = new PinPadClient(line, options);
  try {
    const answer = await client.request(CMD.deviceInfo, new Uint8Array(0), { answerWithinMs: PROBE_TIMEOUT_MS });
    if (answer.status !== STATUS.ok) throw statusError(CMD.deviceInfo, answer.status);
    const info = decodeDeviceInfo(answer.body);
    if (info.protocolVersion !== PROTOCOL_VERSION) throw new PosError('E-PINPAD-0005', { cmd: CMD.deviceInfo, protocolVersion: info.protocolVersion });
    return { path, client, info };
  } catch (error) {
    const reason = isPosError(error) ? error : new PosError('E-PINPAD-0006', { cmd: CMD.deviceInfo }, { cause: error });
    await client.close(reason);
    throw reason;
  }
}

// A byte line over the Nordic UART Service, the same SerialLine a tty gives, so a device
// family's driver (the PIN pad's frames and link) runs over Bluetooth unchanged. Bytes out are
// cut into ATT_MTU - 3 pieces written to RX in order, one at a time (with response when RX
// allows it, so the peripheral paces us); TX notifications are the bytes in. A disconnect not
// asked for is the line lost (E-BLE-0003).
import { PosError } from '../../errors/index.js';
import type { SerialLine } from '../serial/index.js';
import type { Characteristic, Peripheral } from './noble.js';
import { ATT_HEADER, DEFAULT_ATT_MTU, NUS_RX, NUS_SERVICE, NUS_TX } from './nus.js';

const CONNECT_TIMEOUT_MS = 10_000;

type State = { readonly kind: 'open' } | { readonly kind: 'closed' };

/** Connects (when not yet connected), finds RX and TX, subscribes to TX. E-BLE-0004 when the
 *  peripheral does not connect in time or lacks the service. */
export async function openNusLine(peripheral: Peripheral, path: string): Promise<SerialLine> {
  let rx: Characteristic | undefined;
  let tx: Characteristic | undefined;
  try {
    if (peripheral.state !== 'connected') await within(peripheral.connectAsync(), CONNECT_TIMEOUT_MS, () => peripheral.cancelConnect());
    const { characteristics } = await within(peripheral.discoverSomeServicesAndCharacteristicsAsync([NUS_SERVICE], [NUS_RX, NUS_TX]), CONNECT_TIMEOUT_MS);
    rx = characteristics.find((c) => c.uuid === NUS_RX);
    tx = characteristics.find((c) => c.uuid === NUS_TX);
    if (!rx || !tx) throw new PosError('E-BLE-0004', { path, missing: !rx ? 'rx' : 'tx' });
    await within(tx.notifyAsync(true), CONNECT_TIMEOUT_MS);
  } catch (cause) {
    if (peripheral.state === 'connected') peripheral.disconnect();
    throw cause instanceof PosError ? cause : new PosError('E-BLE-0004', { path }, { cause });
  }
  return nusLine(peripheral, path, rx, tx);
}

function nusLine(peripheral: Peripheral, path: string, rx: Characteristic, tx: Characteristic): SerialLine {
  let state: State = { kind: 'open' };
  const lost: ((error: PosError) => void)[] = [];
  const withoutResponse = !rx.properties.includes('write');
  let queue: Promise<void> = Promise.resolve();

  const fail = (cause?: unknown) => {
    if (state.kind === 'closed') return;
    state = { kind: 'closed' };
    peripheral.removeListener('disconnect', onDisconnect);
    for (const l of lost) l(new PosError('E-BLE-0003', { path }, { cause }));
  };
  const onDisconnect = (reason: unknown) => fail(reason);
  peripheral.on('disconnect', onDisconnect);

  return {
    write(bytes) {
      if (state.kind === 'closed') return;
      // The MTU is read per write: the exchange that raises it may finish after connect.
      const size = (peripheral.mtu ?? DEFAULT_ATT_MTU) - ATT_HEADER;
      for (let at = 0; at < bytes.length; at += size) {
        const piece = Buffer.from(bytes.subarray(at, at + size));
        queue = queue.then(() => (state.kind === 'open' ? rx.writeAsync(piece, withoutResponse) : undefined)).catch(fail);
      }
    },
    onData: (listener) => void tx.on('data', (data: Buffer) => listener(new Uint8Array(data))),
    onLost: (listener) => void lost.push(listener),
    async close() {
      if (state.kind === 'closed') return;
      state = { kind: 'closed' };
      peripheral.removeListener('disconnect', onDisconnect);
      tx.removeAllListeners('data');
      if (peripheral.state === 'connected') await peripheral.disconnectAsync();
    },
  };
}

function within<T>(work: Promise<T>, ms: number, onTimeout: () => void = () => undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

// A terminal's session with the backend driven by hand over the real gRPC stream: the signed
// handshake as the session client does it, then one envelope at a time with its answer — for
// the bodies whose answers the session client does not hand up (settlement, reversal results).
import { proveSession } from '../../src/channel/device-signed.js';
import type { DeviceIdentity } from '../../src/channel/device-identity.js';
import { openLink } from '../../src/channel/grpc-link.js';
import { toLong, type Envelope, type EnvelopeFields } from '../../src/protos/index.js';

export interface RawSession {
  readonly accepted: Envelope;
  /** Sends the body and resolves with the backend's first answer of the kind `expect`. */
  request(body: EnvelopeFields, expect: NonNullable<Envelope['body']>): Promise<Envelope>;
  close(): void;
}

export async function openRawSession(address: string, identity: DeviceIdentity, serial: string): Promise<RawSession> {
  const arrived: Envelope[] = [];
  let wake: (() => void) | undefined;
  let closed = '';
  const link = openLink(
    { address },
    {
      onFrame: (f) => {
        if (f.kind === 'envelope') arrived.push(f.envelope);
        wake?.();
      },
      onClosed: (detail) => {
        closed = detail || 'closed';
        wake?.();
      },
    },
  );
  let sequence = 0n;
  const send = (body: EnvelopeFields): void => link.send({ messageId: crypto.randomUUID(), sequence: toLong(++sequence, true), ack: toLong(0n, true), sentAtMs: toLong(BigInt(Date.now())), ...body });
  const next = async (kind: NonNullable<Envelope['body']>): Promise<Envelope> => {
    for (;;) {
      // Asked for a protocolError, the refusal is the answer rather than a failure.
      const i = arrived.findIndex((e) => e.body === kind || e.body === 'protocolError');
      if (i >= 0) {
        const [e] = arrived.splice(i, 1);
        if (e!.body === 'protocolError' && kind !== 'protocolError') throw new Error(`refused: ${e!.protocolError?.code} ${e!.protocolError?.detail}`);
        return e!;
      }
      if (closed !== '') throw new Error(`stream ended waiting for ${kind}: ${closed}`);
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  send({ sessionHello: { deviceSerial: serial, firmwareVersion: '0.1.0' } });
  const challenge = await next('sessionChallenge');
  send({ sessionProof: proveSession(identity, challenge.sessionChallenge!, serial, BigInt(Date.now())) });
  const accepted = await next('sessionAccepted');
  return {
    accepted,
    request: (body, expect) => {
      send(body);
      return next(expect);
    },
    close: () => link.close(),
  };
}

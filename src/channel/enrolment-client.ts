// Enrolment over the channel (enrolment.proto): the first envelope of a stream is the signed
// EnrolmentRequest with the one-time token; the backend answers once and closes. The caller
// pins the backend key it returns (identity-store's pinBackendKey) before any session.
import { randomUUID } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { posrt, toLong } from '../protos/index.js';
import type { DeviceIdentity } from './device-identity.js';
import { signEnrolmentRequest, type EnrolmentFacts } from './device-signed.js';
import { openLink, type LinkOptions } from './grpc-link.js';

const v1 = posrt.channel.v1;

export interface Enrolled {
  readonly terminalId: string;
  readonly merchantId: string;
  readonly backendPublicKey: Uint8Array;
}

/** Enrols this terminal; E-CHAN-0106 with the backend's status and code when refused,
 *  E-CHAN-0102/0104/0105 when the backend cannot be reached, is silent or answers garbage. */
export function enrolTerminal(link: LinkOptions, identity: DeviceIdentity, facts: EnrolmentFacts, options: { now?: () => number; timeoutMs?: number } = {}): Promise<Enrolled> {
  const now = options.now ?? Date.now;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.close();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new PosError('E-CHAN-0104', { step: 'enrolment' }))), options.timeoutMs ?? 10_000);
    const conn = openLink(link, {
      onFrame: (incoming) => {
        if (incoming.kind === 'garbage') return settle(() => reject(new PosError('E-CHAN-0105', { step: 'enrolment', length: incoming.length })));
        const e = incoming.envelope;
        if (e.body === 'protocolError') return settle(() => reject(new PosError('E-CHAN-0103', { step: 'enrolment', backendCode: e.protocolError!.code ?? '' })));
        if (e.body !== 'enrolmentResponse') return settle(() => reject(new PosError('E-CHAN-0107', { step: 'enrolment', body: e.body ?? 'empty' })));
        const r = e.enrolmentResponse!;
        if (r.status !== v1.EnrolmentStatus.ENROLMENT_STATUS_ENROLLED) {
          return settle(() => reject(new PosError('E-CHAN-0106', { status: v1.EnrolmentStatus[r.status ?? 0] ?? String(r.status), backendCode: r.errorCode ?? '' })));
        }
        settle(() => resolve({ terminalId: r.terminalId ?? '', merchantId: r.merchantId ?? '', backendPublicKey: r.backendPublicKey ?? new Uint8Array(0) }));
      },
      onClosed: (detail) => settle(() => reject(new PosError('E-CHAN-0102', { step: 'enrolment', detail }))),
    });
    conn.send({
      messageId: randomUUID(),
      sequence: toLong(1n, true),
      ack: toLong(0n, true),
      sentAtMs: toLong(BigInt(now())),
      enrolmentRequest: signEnrolmentRequest(identity, facts, BigInt(now())),
    });
  });
}

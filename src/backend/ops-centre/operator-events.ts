// The operator events a terminal sent (operators.proto), decoded from the bodies the backend
// keeps by event id. They are what the centre knows of a terminal's operators until the backend
// keeps operator lists and bindings: who logged in, failed, was locked out or was not bound.
import { posrt } from '../../protos/index.js';
import type { ReceivedMessage } from '../repository.js';

const v1 = posrt.channel.v1;

export interface OperatorEventRow {
  readonly eventId: string;
  readonly kind: string;
  readonly operatorId: string;
  readonly occurredAt: number;
  readonly failedAttempts: number;
  readonly errorCode: string;
}

export function operatorEventRow(m: ReceivedMessage): OperatorEventRow {
  const e = v1.OperatorEvent.decode(m.body);
  return {
    eventId: e.eventId,
    kind: v1.OperatorEventKind[e.kind] ?? 'OPERATOR_EVENT_KIND_UNSPECIFIED',
    operatorId: e.operatorId,
    occurredAt: Number(e.occurredAtMs.toString()),
    failedAttempts: e.failedAttempts,
    errorCode: e.errorCode,
  };
}

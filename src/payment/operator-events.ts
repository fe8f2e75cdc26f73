// What the backend hears of operators on this terminal (protos/posrt/channel/v1/operators.proto
// OperatorEvent): sign-ins and sign-outs, wrong passwords, lockouts, and sign-ins refused because
// the operator is not bound here (the seeds' 使用者不一致), which the backend raises as an alert.
// Payment does not import the channel: the composition root encodes these and puts them in the
// outbox (src/boot/operator-channel.ts).
import type { ErrorCode } from '../errors/index.js';

export const OPERATOR_EVENT_KINDS = ['login', 'logout', 'login-failed', 'lockout', 'not-bound', 'idle-logout'] as const;
export type OperatorEventKind = (typeof OPERATOR_EVENT_KINDS)[number];

export interface OperatorEvent {
  /** A UUID: the backend records each event once, however often it is sent. */
  readonly eventId: string;
  readonly kind: OperatorEventKind;
  /** The operator id typed or signed in. */
  readonly operatorId: string;
  /** ms since the epoch. */
  readonly occurredAt: number;
  /** Consecutive wrong passwords so far (login-failed, lockout); 0 otherwise. */
  readonly failedAttempts: number;
  /** The code shown to the operator when the event is a refusal. */
  readonly errorCode: ErrorCode | null;
}

/** Implemented by the composition root over the channel's durable outbox: when it returns, the
 *  event is stored to be sent. */
export interface OperatorEventPort {
  operatorEvent(event: OperatorEvent): void;
}

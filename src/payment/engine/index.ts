// src/payment/engine entry point: the transaction engine and the ports it runs over.
export { PaymentEngine, originalsFor, type FollowUpType, type SaleInput, type QrInput, type RefundInput, type FollowUpInput, type CompletionInput, type OriginalRef } from './engine.js';
export type { EngineOutcome, Receipts, Stamp } from './outcome.js';
export type { EnginePorts, EngineScreen, EngineScreens, EngineSettings, EngineTransactionKind, HostTransaction, QrHostDecision, QrHostPort, QrRefundRequest, SupervisorCredentials, TerminalLockPort } from './ports.js';
export { presentedCard, type PresentedCard } from './presented-card.js';

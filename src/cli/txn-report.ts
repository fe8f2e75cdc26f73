// What every `pos txn` report holds, contact or contactless: the JSON keys issue 3 names for
// acceptance checks (hex uppercase, PAN masked), and the per-step times summed by step.

export interface TxnReportCore {
  outcome: string;
  reason?: string;
  cryptogram: { type: string; value: string } | null;
  aid: string | null;
  label: string | null;
  pan: string | null;
  tvr: string | null;
  tsi: string | null;
  cvmResults: string | null;
  atc: string | null;
  arc: string | null;
  /** The issuer's authorisation code (89) and reference (RRN), when an issuer answered. */
  authCode: string | null;
  reference: string | null;
  signatureRequired: boolean;
  apdus: number;
  phases: Record<string, number>;
  error: { code: string; message: string } | null;
}

/** Milliseconds per step, a step that ran more than once (after a restart) summed, to the µs. */
export function phaseTotals(phases: readonly { readonly step: string; readonly ms: number }[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const p of phases) totals[p.step] = Math.round(((totals[p.step] ?? 0) + p.ms) * 1000) / 1000;
  return totals;
}

// EMV Book 1 §12.2.3 Application Priority Indicator (87): b8 set means the application may not
// be selected without the cardholder confirming it; b4-b1 are its rank, 1 highest, 0 none.
// Book 1 §12.4 and Book B §3.3.3 order candidates by rank; an application without one comes
// after every ranked one, and ties keep the card's order.

export interface ApplicationPriority {
  /** 1 (highest) to 15; undefined when the card gives 0 (no priority assigned). */
  readonly rank: number | undefined;
  readonly confirmationRequired: boolean;
}

export function parsePriority(value: Uint8Array): ApplicationPriority | undefined {
  const b = value[0];
  if (value.length !== 1 || b === undefined) return undefined;
  const rank = b & 0x0f;
  return { rank: rank === 0 ? undefined : rank, confirmationRequired: (b & 0x80) !== 0 };
}

/** A new array in priority order; the sort is stable, so equal ranks keep the card's order. */
export function orderByPriority<T extends { readonly priority?: ApplicationPriority | undefined }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.priority?.rank ?? 16) - (b.priority?.rank ?? 16));
}

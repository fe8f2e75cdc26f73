// The shape of one catalogue entry: what went wrong and what to do next, in both languages.
export interface ErrorEntry {
  readonly en: string;
  readonly zh: string;
  readonly fix: { readonly en: string; readonly zh: string };
}

/** Keeps each area's literal codes as keys while checking every entry's shape. */
export function defineErrors<const T extends Record<`E-${string}-${number}`, ErrorEntry>>(entries: T): T {
  return entries;
}

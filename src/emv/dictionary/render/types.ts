// What a value renderer returns and what it may be told about the transaction around the value.
import type { TagContext } from '../types.js';

export interface RenderContext {
  /** Which scheme's meaning reused tag numbers carry (9F6C, 9F6E, DF81..). */
  readonly scheme?: TagContext;
  /** Transaction Currency Code (5F2A) as a number, e.g. 156: the currency amounts are shown in. */
  readonly currencyCode?: number;
  /** Transaction Currency Exponent (5F36); wins over the ISO 4217 exponent of currencyCode. */
  readonly currencyExponent?: number;
  /** Application Currency Code (9F42): the currency of the CVM List X and Y amounts. */
  readonly applicationCurrencyCode?: number;
  /** Show the PAN in full in 5A, 57, 56 and 9F6B. Discretionary data and PIN data stay withheld. */
  readonly showPan?: boolean;
}

export interface RenderedValue {
  /** One line for a person. Never the clear PAN unless showPan was passed. */
  readonly text: string;
  /** For bit fields: the name of every set bit, in the books' order. */
  readonly bits?: readonly string[];
  /** For lists (CVM rules, AFL entries, DOL entries): one line per entry. */
  readonly entries?: readonly string[];
}

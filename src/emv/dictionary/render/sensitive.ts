// Card data that must not leak (DESIGN "Data that must never leak"): the PAN shows first 6 and
// last 4 digits at most unless the caller asks for it in full; discretionary data (which carries
// CVV/PVV) and PIN data are never shown. Malformed values are described by length only.
import { cnDigits } from '../bytes.js';
import { toHex } from '../../../bytes/hex.js';
import type { RenderContext, RenderedValue } from './types.js';
import { maskPan } from '../../../redaction/card-data.js';

// The one masking rule, in the leaf every layer may import (the backend keeps masked PANs too).
export { maskPan };

function showPan(pan: string, context: RenderContext): string {
  return context.showPan === true ? pan : maskPan(pan);
}

export function renderPan(value: Uint8Array, context: RenderContext): RenderedValue {
  const pan = cnDigits(value);
  if (pan === undefined || pan.length === 0) return { text: `malformed PAN (${value.length} bytes)` };
  return { text: showPan(pan, context) };
}

/** Track 2 Equivalent Data (57) and Mastercard Track 2 Data (9F6B): PAN 'D' YYMM SSS discretionary. */
export function renderTrack2(value: Uint8Array, context: RenderContext): RenderedValue {
  const m = /^([0-9]{1,19})D([0-9]{4})([0-9]{3})([0-9]*)F?$/.exec(toHex(value));
  if (m === null) return { text: `malformed track 2 (${value.length} bytes)` };
  const [, pan = '', expiry = '', service = '', discretionary = ''] = m;
  const withheld = `discretionary data withheld (${discretionary.length} digits)`;
  if (context.showPan !== true) return { text: `PAN ${maskPan(pan)}; expiry, service code and ${withheld}` };
  return { text: `PAN ${pan}; expiry ${expiry}; service code ${service}; ${withheld}` };
}

/** Track 1 Data (56), ISO/IEC 7813 format B: 'B' PAN '^' name '^' YYMM SSS discretionary. */
export function renderTrack1(value: Uint8Array, context: RenderContext): RenderedValue {
  const text = String.fromCharCode(...value);
  const m = /^%?B([0-9]{1,19})\^([^^]{0,26})\^([0-9]{4})([0-9]{3})(.*?)\??$/.exec(text);
  if (m === null) return { text: `malformed track 1 (${value.length} bytes)` };
  const [, pan = '', name = '', expiry = '', service = '', discretionary = ''] = m;
  const withheld = `discretionary data withheld (${discretionary.length} characters)`;
  if (context.showPan !== true) return { text: `PAN ${maskPan(pan)}; name, expiry, service code and ${withheld}` };
  return { text: `PAN ${pan}; name ${name.trim()}; expiry ${expiry}; service code ${service}; ${withheld}` };
}

export function renderWithheld(value: Uint8Array): RenderedValue {
  return { text: `withheld (${value.length} bytes of sensitive data)` };
}

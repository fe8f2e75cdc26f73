// A swipe (or a mag-stripe fallback) reaches the issuer with track 2 and no cryptogram. Without
// the issuer's card verification keys the simulator cannot check the CVV in the discretionary
// data, so it checks what it can read (ISO/IEC 7813 track 2 as the terminal sends it, in the
// BCD nibbles of EMV tag 57: PAN, separator D, YYMM, service code, discretionary data): the PAN
// is the message's, and the card has not expired. The track is read here and dropped.
export type TrackVerdict = { readonly kind: 'ok' } | { readonly kind: 'malformed' } | { readonly kind: 'expired' };

export function checkTrack2(track2: Uint8Array, pan: string, now: Date): TrackVerdict {
  const m = /^(\d{12,19})D(\d{2})(\d{2})(\d{3})\d*F?$/i.exec(Buffer.from(track2).toString('hex').toUpperCase());
  if (!m || m[1] !== pan) return { kind: 'malformed' };
  const month = Number(m[3]);
  if (month < 1 || month > 12) return { kind: 'malformed' };
  // Valid through the last day of its month (YYMM, 20YY).
  const expiresAfter = Date.UTC(2000 + Number(m[2]), month, 1);
  return now.getTime() >= expiresAfter ? { kind: 'expired' } : { kind: 'ok' };
}

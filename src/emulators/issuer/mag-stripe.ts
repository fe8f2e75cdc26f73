// The local issuer's check of a Kernel 2 mag-stripe mode authorisation (EMV Contactless Book
// C-2 S13.18-22 backwards): from each track's discretionary data it reads nUN' (the last digit:
// nUN, or nUN + 5 when the device verified the cardholder), the Unpredictable Number digits and
// the ATC digits at the positions the card's PUNATC marks, and the CVC3 digits at PCVC3's; then
// recomputes the CVC3 (src/emulators/card/cvc3.ts) for each ATC the digits allow (the issuer
// knows its cards' counters only as far as the track says). The card records are the profiles.
import { fromHex } from '../../bytes/hex.js';
import { decimal, markedPositions, parseTrack1, parseTrack2, readPositions, type Track } from '../../emv/contactless/c2/track-data.js';
import { buildApplication, type BuiltMagStripe } from '../card/application.js';
import { cvc3 } from '../card/cvc3.js';
import type { ApplicationProfile } from '../card/profile.js';
import { getProfile, listProfiles } from '../card/profiles/index.js';

interface MagStripeCard {
  readonly built: BuiltMagStripe;
  readonly track2: Bitmaps;
  readonly track1: Bitmaps | undefined;
}

interface Bitmaps {
  readonly pcvc3: Uint8Array;
  readonly punatc: Uint8Array;
  readonly natc: number;
}

let cards: Map<string, MagStripeCard> | undefined;

/** PAN → the card's mag-stripe personalisation, from every profile that has one. */
function magStripeCards(): Map<string, MagStripeCard> {
  const out = new Map<string, MagStripeCard>();
  for (const { name } of listProfiles()) {
    for (const profile of getProfile(name).applications) {
      if (!profile.magStripe) continue;
      const app = buildApplication(profile);
      const track1 = value(profile, '9F62');
      out.set(app.pan, {
        built: app.magStripe!,
        track2: { pcvc3: value(profile, '9F65')!, punatc: value(profile, '9F66')!, natc: value(profile, '9F67')![0]! },
        track1: track1 ? { pcvc3: track1, punatc: value(profile, '9F63')!, natc: value(profile, '9F64')![0]! } : undefined,
      });
    }
  }
  return out;
}

export function verifyMagStripe(pan: string, tracks: { readonly track2: Uint8Array; readonly track1: Uint8Array | undefined }): boolean {
  cards ??= magStripeCards();
  const card = cards.get(pan);
  const track2 = parseTrack2(tracks.track2);
  if (card === undefined || track2 === undefined) return false;
  if (!verifyTrack(track2, card.track2, card.built.key, card.built.ivTrack2)) return false;
  if (card.track1 === undefined || card.built.ivTrack1 === null) return true;
  const track1 = tracks.track1 === undefined ? undefined : parseTrack1(tracks.track1);
  return track1 !== undefined && verifyTrack(track1, card.track1, card.built.key, card.built.ivTrack1);
}

function verifyTrack(track: Track, bitmaps: Bitmaps, key: Uint8Array, iv: Uint8Array): boolean {
  const dd = track.discretionary;
  const punatc = markedPositions(bitmaps.punatc);
  const nUN = punatc.length - bitmaps.natc;
  const last = Number(dd[dd.length - 1]);
  if (last !== nUN && last !== (nUN + 5) % 10) return false;
  const un = fromHex(readPositions(dd, punatc.slice(0, nUN)).padStart(8, '0'));
  const atcDigits = bitmaps.natc === 0 ? '' : readPositions(dd, punatc.slice(punatc.length - bitmaps.natc));
  const pcvc3 = markedPositions(bitmaps.pcvc3);
  const given = readPositions(dd, pcvc3);
  const step = 10 ** atcDigits.length;
  for (let atc = atcDigits === '' ? 0 : Number(atcDigits); atc <= 0xffff; atc += step) {
    const c = cvc3(key, iv, un, Uint8Array.of(atc >> 8, atc & 0xff));
    if (decimal((c[0]! << 8) | c[1]!, pcvc3.length) === given) return true;
  }
  return false;
}

function value(profile: ApplicationProfile, tag: string): Uint8Array | undefined {
  for (const record of profile.records) for (const [t, v] of record.data) if (t === tag) return fromHex(v);
  return undefined;
}


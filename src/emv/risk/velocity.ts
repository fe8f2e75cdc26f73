// EMV Book 3 §10.6.3 Velocity Checking: only when the card has both the Lower and the Upper
// Consecutive Offline Limit (9F14, 9F23). The terminal reads the ATC (9F36) and the Last Online
// ATC Register (9F13) with GET DATA. If either is not returned (the card answers with an
// error), or the ATC is not above the Last Online ATC Register (the current transaction has
// already counted, so a card whose counters say otherwise cannot be trusted for velocity), both
// limit bits are set and checking ends; 'new card' still follows a returned Last Online ATC
// Register of zero. (The book sets no 'ICC data missing' here; openemv/emv-utils'
// "New card with no ATC" case agrees.)
import { exchange, getDataCommand, type CardTransport } from '../apdu/index.js';
import { decodeTlv } from '../tlv/index.js';
import { isPosError } from '../../errors/index.js';
import type { Tvr } from '../dictionary/index.js';

export interface ConsecutiveOfflineLimits {
  /** 9F14 */
  readonly lower: number;
  /** 9F23 */
  readonly upper: number;
}

const ATC = 0x9f36;
const LAST_ONLINE_ATC = 0x9f13;

/** A 2-byte counter from GET DATA, or undefined for anything but 9000 with that one tag. A
 *  transport failure (card removed) is not the card declining to answer: it propagates. */
async function readCounter(transport: CardTransport, tag: number): Promise<number | undefined> {
  const response = await exchange(transport, getDataCommand(tag));
  if (response.sw !== 0x9000) return undefined;
  try {
    const [node] = decodeTlv(response.data);
    if (node === undefined || node.kind !== 'primitive' || node.tag !== tag || node.value.length !== 2) return undefined;
    return (node.value[0]! << 8) | node.value[1]!;
  } catch (e) {
    if (isPosError(e)) return undefined;
    throw e;
  }
}

export async function checkVelocity(transport: CardTransport, limits: ConsecutiveOfflineLimits, tvr: Tvr): Promise<void> {
  const atc = await readCounter(transport, ATC);
  const lastOnlineAtc = await readCounter(transport, LAST_ONLINE_ATC);
  if (lastOnlineAtc === 0) tvr.set('newCard');
  if (atc === undefined || lastOnlineAtc === undefined || atc <= lastOnlineAtc) {
    tvr.set('lowerConsecutiveOfflineLimitExceeded').set('upperConsecutiveOfflineLimitExceeded');
    return;
  }
  const offlineSinceOnline = atc - lastOnlineAtc;
  if (offlineSinceOnline > limits.lower) tvr.set('lowerConsecutiveOfflineLimitExceeded');
  if (offlineSinceOnline > limits.upper) tvr.set('upperConsecutiveOfflineLimitExceeded');
}

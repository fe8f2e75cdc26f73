// Technical fallback to the magnetic stripe (EMV Book 4 §11.1 leaves it to the acquirer; the
// schemes allow it only after the chip could not be read, and only online): the MSR enabled for
// one fallback swipe, the track 2 read into memory, the online PIN asked when the service code
// says PIN required (ISO/IEC 7813 third digit 0, 3, 5 or 6), and the tracks sent to the host in
// the request's track fields with no cryptogram. The tracks and the PAN live in this function's
// variables for the one request; the journal keeps the mask and the keyed hash.
import { fromHex } from '../../bytes/hex.js';
import { TRANSACTION_TYPE_CODE } from '../../emv/contact/terminal-data.js';
import { PosError } from '../../errors/index.js';
import type { MagStripe, SwipeEvent } from '../../kernel/index.js';
import type { CardEnd, CardRun } from './card-end.js';
import { hostAnswer, journaledHost } from './journaled-host.js';
import { schemeOfPan } from './scheme.js';

const PIN_REQUIRED = new Set(['0', '3', '5', '6']);

/** The next swipe the MSR reads with fallback allowed, or E-TXN-0003 when none came in time. */
async function nextSwipe(msr: MagStripe, timeoutMs: number): Promise<Extract<SwipeEvent, { kind: 'read' }>> {
  await msr.enable({ fallbackAllowed: true });
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => (off(), reject(new PosError('E-TXN-0003', { waitedFor: 'swipe', waitedMs: timeoutMs }))), timeoutMs);
      const off = msr.events.on('swipe', (swipe) => {
        clearTimeout(timer);
        off();
        if (swipe.kind === 'read') resolve(swipe);
        else reject(swipe.error);
      });
    });
  } finally {
    await msr.disable();
  }
}

/** Track 2 as the request's track field carries it: its characters as BCD nibbles, '=' as the
 *  'D' separator, padded with 'F' to whole bytes (the form of 57 and 9F6B). */
function track2Bytes(track2: string): Uint8Array {
  const nibbles = track2.replace('=', 'D');
  return fromHex(nibbles.length % 2 === 0 ? nibbles : `${nibbles}F`);
}

export async function runSwipeFallback(run: CardRun, msr: MagStripe): Promise<CardEnd> {
  const { ports, journal, id } = run;
  ports.screens.show({ id: 'book-a', message: 'insert-swipe-or-try-another-card', amount: run.amount });
  const swipe = await nextSwipe(msr, ports.settings.presentTimeoutMs);
  if (swipe.track2.kind !== 'read') throw new PosError('E-TXN-0006', { step: 'swipe', track2: swipe.track2.kind });
  const pan = swipe.card.pan.reveal();
  let onlinePinBlock: { readonly pinBlock: Uint8Array; readonly ksn: Uint8Array } | undefined;
  if (PIN_REQUIRED.has(swipe.card.serviceCode[2] ?? '')) {
    const pin = await ports.pinPad.getOnlinePin({ pan });
    if (pin.kind !== 'entered') throw new PosError('E-TXN-0001', { step: 'online-pin' });
    onlinePinBlock = { pinBlock: pin.pinBlock, ksn: pin.ksn };
  }
  const entryMode = swipe.entry === 'fallback' ? 'fallback' : 'mag-stripe';
  const host = ports.authorisation({ transactionId: id, stan: journal.get(id).stan, entryMode });
  const journaled = journaledHost(journal, id, host, {
    cardRead: (digits) => journal.step(id, { to: 'card-read', card: { entryMode, scheme: schemeOfPan(digits), pan: digits } }),
    secondAc: false,
    onSend: () => ports.screens.show({ id: 'book-a', message: 'authorising-please-wait' }),
  });
  const empty = new Uint8Array(0);
  const answer = await journaled.authorise({
    pan,
    panSequenceNumber: undefined,
    amount: run.amount,
    currencyCode: ports.settings.currency.code.padStart(4, '0'),
    transactionType: Uint8Array.of(TRANSACTION_TYPE_CODE[run.emvType]),
    arqc: empty,
    cid: 0,
    atc: empty,
    issuerApplicationData: undefined,
    aip: empty,
    cdol1Data: undefined,
    iccData: new Map(),
    onlinePinBlock,
    tracks: { track2: track2Bytes(swipe.track2.data.reveal()), track1: swipe.track1.kind === 'read' ? Uint8Array.from(Buffer.from(swipe.track1.data.reveal(), 'ascii')) : undefined },
  });
  switch (answer.kind) {
    case 'approved':
      journal.step(id, { to: 'approved', host: hostAnswer(answer)! });
      return { kind: 'approved' };
    case 'declined':
      journal.step(id, { to: 'declined', path: 'online', host: hostAnswer(answer)! });
      return { kind: 'declined' };
    case 'unavailable':
      // Swipes are online only: no answer is uncertain, never an offline approval.
      journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
      return { kind: 'reversed', error: new PosError('E-TXN-0004', { phase: 'authorising' }) };
  }
}

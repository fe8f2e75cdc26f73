// Every error code posrt can raise, gathered from one file per area under codes/.
// Object spread would let a later area silently redefine an earlier code; mergeAreas refuses.
import { coreErrors } from './codes/core.js';
import { kernelErrors } from './codes/kernel.js';
import { tlvErrors } from './codes/tlv.js';
import { dolErrors } from './codes/dol.js';
import { cardErrors } from './codes/card.js';
import { pcscErrors } from './codes/pcsc.js';
import { emulatorErrors } from './codes/emulator.js';
import { cryptoErrors } from './codes/crypto.js';
import { riskErrors } from './codes/risk.js';
import { cvmErrors } from './codes/cvm.js';
import { odaErrors } from './codes/oda.js';
import { txnErrors } from './codes/txn.js';
import { pinpadErrors } from './codes/pinpad.js';
import { bleErrors } from './codes/ble.js';
import { contactlessQuickErrors } from './codes/contactless-quick.js';
import { contactlessErrors } from './codes/contactless.js';
import { contactlessC2Errors } from './codes/contactless-c2.js';
import { displayErrors } from './codes/display.js';
import { scannerErrors } from './codes/scanner.js';
import { msrErrors } from './codes/msr.js';
import { printerErrors } from './codes/printer.js';
import { escposErrors } from './codes/escpos.js';
import { channelErrors } from './codes/channel.js';
import { outboxErrors } from './codes/outbox.js';
import { channelTransportErrors } from './codes/channel-transport.js';
import { channelCommandErrors } from './codes/channel-commands.js';
import { backendErrors } from './codes/backend.js';
import { backendCommandErrors } from './codes/backend-commands.js';
import { backendReversalErrors } from './codes/backend-reversals.js';
import { backendWalletErrors } from './codes/backend-wallet.js';
import { uiErrors } from './codes/ui.js';
import { journalErrors } from './codes/journal.js';
import { operatorErrors } from './codes/operator.js';
import { auditErrors } from './codes/audit.js';
import { receiptErrors } from './codes/receipt.js';
import { qrErrors } from './codes/qr.js';
import { imageErrors } from './codes/image.js';
import { bootErrors } from './codes/boot.js';
import type { ErrorEntry } from './entry.js';

const areas = [
  coreErrors,
  kernelErrors,
  tlvErrors,
  dolErrors,
  cardErrors,
  pcscErrors,
  emulatorErrors,
  cryptoErrors,
  riskErrors,
  odaErrors,
  cvmErrors,
  txnErrors,
  pinpadErrors,
  bleErrors,
  contactlessC2Errors,
  contactlessErrors,
  contactlessQuickErrors,
  displayErrors,
  scannerErrors,
  msrErrors,
  printerErrors,
  escposErrors,
  outboxErrors,
  channelErrors,
  channelTransportErrors,
  channelCommandErrors,
  backendErrors,
  backendCommandErrors,
  backendReversalErrors,
  backendWalletErrors,
  operatorErrors,
  auditErrors,
  journalErrors,
  uiErrors,
  receiptErrors,
  qrErrors,
  imageErrors,
  bootErrors,
] as const;

type Union<T extends readonly unknown[]> = T[number];
type Merge<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

function mergeAreas<T extends readonly Record<string, ErrorEntry>[]>(parts: T): Merge<Union<T>> {
  const out: Record<string, ErrorEntry> = {};
  for (const part of parts) {
    for (const [code, entry] of Object.entries(part)) {
      if (code in out) throw new Error(`duplicate error code ${code}`);
      out[code] = entry;
    }
  }
  return out as Merge<Union<T>>;
}

export const catalogue = mergeAreas(areas);
export type ErrorCode = keyof typeof catalogue;

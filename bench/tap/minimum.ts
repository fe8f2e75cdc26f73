// The fewest APDUs each kernel's specification allows for the tap the card offered, counted
// from the card's own answers (its AFL, whether it reported a balance), so a kernel that
// sends more than its book asks for shows against it.
//   Entry Point  SELECT PPSE and the final SELECT of the chosen combination (Book B §3.3.2
//                step 1, §3.3.3.3): 2 for every kernel.
//   C-2          EMV mode: GET PROCESSING OPTIONS (S1-S3), a READ RECORD for each record the
//                AFL lists less a leading '08 01 01 00' (the mag-stripe record, S3.32), one
//                GENERATE AC (§7.6, S9): 2 + 1 + AFL + 1; EXCHANGE RELAY RESISTANCE DATA adds
//                one only when the card's AIP (byte 2 b1) and the reader's Kernel Configuration
//                (DF811B b5) both support the protocol. No GET DATA or PUT DATA in EMV mode
//                without data storage or balance reading. Mag-stripe mode (AIP byte 2 b8 clear):
//                GPO, the records of the Active AFL ('08 01 01 00' alone when the AFL starts
//                with it, S3.72), one COMPUTE CRYPTOGRAPHIC CHECKSUM (S78).
//   C-3          GET PROCESSING OPTIONS (§5.2), which carries the cryptogram and the fDDA
//                signature, and a READ RECORD per AFL record (§5.3): 2 + 1 + AFL; with no AFL
//                (an online-only card giving track 2 in the GPO answer) 3.
//   C-7          as C-3, plus GET DATA 9F79 only when the card reported no electronic cash
//                balance in its GPO answer or records.
import type { Exchange } from '../shared/recorded-card.js';
import { responseObject } from './link-model.js';
import type { KernelId } from '../../src/emv/contactless/kernel-contract.js';
import { parseGpoResponse, type AflEntry } from '../../src/emv/records/index.js';

export interface Minimum {
  readonly count: number;
  /** How the count is made up, e.g. "2 + GPO + 4 records + GENERATE AC". */
  readonly formula: string;
}

const INS_GPO = 0xa8;
const INS_GET_DATA = 0xca;

/** `readerRelayResistance`: the reader's Kernel 2 configuration supports the relay resistance
 *  protocol (DF811B b5). */
export function minimumApdus(kernel: KernelId, exchanges: readonly Exchange[], readerRelayResistance = false): Minimum {
  const gpo = exchanges.find((e) => e.command[1] === INS_GPO);
  const records = gpo === undefined ? 0 : aflRecords(gpo);
  const recordsText = `${records} AFL record${records === 1 ? '' : 's'}`;
  switch (kernel) {
    case 2: {
      const afl = gpo === undefined ? [] : aflEntries(gpo);
      const magStripeEntry = afl[0] !== undefined && afl[0].sfi === 1 && afl[0].firstRecord === 1 && afl[0].lastRecord === 1 && afl[0].odaRecords === 0;
      if (gpo !== undefined && !emvMode(gpo)) {
        const read = magStripeEntry ? 1 : records;
        return { count: 2 + 1 + read + 1, formula: `2 + GPO + ${read} mag-stripe record${read === 1 ? '' : 's'} + COMPUTE CRYPTOGRAPHIC CHECKSUM` };
      }
      const read = magStripeEntry ? records - 1 : records;
      const rrp = readerRelayResistance && gpo !== undefined && cardRelayResistance(gpo) ? 1 : 0;
      return { count: 2 + 1 + rrp + read + 1, formula: `2 + GPO${rrp ? ' + EXCHANGE RELAY RESISTANCE DATA' : ''} + ${read} AFL record${read === 1 ? '' : 's'}${magStripeEntry ? ' (not the mag-stripe one)' : ''} + GENERATE AC` };
    }
    case 3:
      return { count: 2 + 1 + records, formula: `2 + GPO + ${recordsText}` };
    case 7: {
      const balance = reportsBalance(exchanges);
      return { count: 2 + 1 + records + (balance ? 0 : 1), formula: `2 + GPO + ${recordsText}${balance ? ' (balance in the GPO answer)' : ' + GET DATA 9F79'}` };
    }
  }
}

/** AIP byte 2 b1: the card supports the relay resistance protocol (Book C-2 Annex A). */
function cardRelayResistance(gpo: Exchange): boolean {
  try {
    return (parseGpoResponse(gpo.response.subarray(0, gpo.response.length - 2)).aip[1]! & 0x01) !== 0;
  } catch {
    return false;
  }
}

function aflRecords(gpo: Exchange): number {
  return aflEntries(gpo).reduce((n, a) => n + a.lastRecord - a.firstRecord + 1, 0);
}

function aflEntries(gpo: Exchange): readonly AflEntry[] {
  try {
    return parseGpoResponse(gpo.response.subarray(0, gpo.response.length - 2)).afl ?? [];
  } catch {
    return [];
  }
}

/** AIP byte 2 b8: EMV mode is supported (Book C-2 Annex A). */
function emvMode(gpo: Exchange): boolean {
  try {
    return (parseGpoResponse(gpo.response.subarray(0, gpo.response.length - 2)).aip[1]! & 0x80) !== 0;
  } catch {
    return true;
  }
}

/** 9F79 (electronic cash balance) or 9F5D (available offline spending amount) in an answer
 *  other than GET DATA's. */
function reportsBalance(exchanges: readonly Exchange[]): boolean {
  return exchanges.some((e) => e.command[1] !== INS_GET_DATA && (responseObject(e, 0x9f79) !== undefined || responseObject(e, 0x9f5d) !== undefined));
}

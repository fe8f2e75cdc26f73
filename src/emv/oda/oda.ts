// EMV Book 3 §10.3 Offline Data Authentication: choose the method both sides support (CDA,
// else DDA, else SDA; none leaves "offline data authentication was not performed" in the
// TVR), check the card sent what the method needs (else "ICC data missing"), and run it with
// the Book 2 steps: §5 SDA, §6.5 DDA, and for CDA (§6.6) the key recovery now, the signature
// at each GENERATE AC (verifyCdaSignature). A failure sets the method's "failed" bit; any
// attempt sets the TSI's "offline data authentication was performed".
import type { CardTransport } from '../apdu/index.js';
import type { Aip, TerminalCapabilities, Tsi, Tvr } from '../dictionary/index.js';
import type { DolEntry, DolSource } from '../dol/index.js';
import type { OdaRecords } from '../records/index.js';
import { PosError } from '../../errors/index.js';
import type { CaKeyStore } from './ca-keys.js';
import { performDda } from './dda.js';
import { transactionDateKey, type DateKey } from './dates.js';
import type { OdaFailure } from './failure.js';
import { iccKeyFromCard } from './icc-key-from-card.js';
import { issuerKeyFromCard } from './issuer-key-from-card.js';
import type { RevocationList } from './revocation.js';
import type { RsaPublicKey } from './rsa-recover.js';
import { verifySignedStaticData } from './sda.js';
import { staticDataToAuthenticate, type CardData } from './static-data.js';

export type OdaMethod = 'sda' | 'dda' | 'cda';

export interface OdaInput {
  readonly aip: Aip;
  readonly terminalCapabilities: TerminalCapabilities;
  /** The selected application's AID: its first 5 bytes are the RID of the CA key. */
  readonly aid: Uint8Array;
  /** Every primitive the card sent so far (FCI, GPO, records), tag to value. */
  readonly card: CardData;
  /** readAflRecords' `oda`: the records for offline data authentication. */
  readonly records: OdaRecords;
  /** 9A, YYMMDD. */
  readonly transactionDate: Uint8Array;
  readonly caKeys: CaKeyStore;
  readonly revoked: RevocationList;
  /** For DDA's INTERNAL AUTHENTICATE. */
  readonly transport: CardTransport;
  /** The terminal's Default DDOL; undefined when none is configured. */
  readonly defaultDdol: readonly DolEntry[] | undefined;
  /** Values for the DDOL (9F37 and whatever else it names). */
  readonly dolSource: DolSource;
  readonly tvr: Tvr;
  readonly tsi: Tsi;
}

export type OdaOutcome =
  | { readonly method: 'none' }
  | { readonly method: 'sda'; readonly result: 'ok'; readonly dataAuthenticationCode: Uint8Array }
  | { readonly method: 'dda'; readonly result: 'ok'; readonly dynamicNumber: Uint8Array; readonly iccKey: RsaPublicKey }
  /** Ready for verifyCdaSignature after each GENERATE AC. */
  | { readonly method: 'cda'; readonly result: 'keys-recovered'; readonly iccKey: RsaPublicKey }
  | { readonly method: OdaMethod; readonly result: 'failed'; readonly reason: OdaFailure };

/** Book 3 §10.3: the first method in CDA, DDA, SDA order that both card and terminal support. */
export function selectOdaMethod(aip: Aip, terminal: TerminalCapabilities): OdaMethod | 'none' {
  if (aip.has('cdaSupported') && terminal.has('cda')) return 'cda';
  if (aip.has('ddaSupported') && terminal.has('dda')) return 'dda';
  if (aip.has('sdaSupported') && terminal.has('sda')) return 'sda';
  return 'none';
}

const COMMON_TAGS = [0x8f, 0x90, 0x9f32, 0x5a] as const;
const METHOD_TAGS: Record<OdaMethod, readonly number[]> = { sda: [0x93], dda: [0x9f46, 0x9f47], cda: [0x9f46, 0x9f47] };

export async function performOda(input: OdaInput): Promise<OdaOutcome> {
  const method = selectOdaMethod(input.aip, input.terminalCapabilities);
  if (method === 'none') {
    input.tvr.set('offlineDataAuthenticationNotPerformed');
    return { method };
  }
  const date = transactionDateKey(input.transactionDate);
  if (date === undefined) throw new PosError('E-ODA-0007', { step: 'offline-data-authentication' });
  input.tsi.set('offlineDataAuthenticationPerformed');
  if (method === 'sda') input.tvr.set('sdaSelected');
  const outcome = await run(method, input, date);
  if (outcome.method !== 'none' && outcome.result === 'failed') {
    input.tvr.set(method === 'sda' ? 'sdaFailed' : method === 'dda' ? 'ddaFailed' : 'cdaFailed');
    if (outcome.reason === 'icc-data-missing') input.tvr.set('iccDataMissing');
  }
  return outcome;
}

async function run(method: OdaMethod, input: OdaInput, date: DateKey): Promise<OdaOutcome> {
  const failed = (reason: OdaFailure): OdaOutcome => ({ method, result: 'failed', reason });
  const { card } = input;
  if ([...COMMON_TAGS, ...METHOD_TAGS[method]].some((tag) => card.get(tag) === undefined)) return failed('icc-data-missing');
  const staticData = staticDataToAuthenticate(input.records, card);
  if (staticData.kind === 'failed') return failed(staticData.reason);

  if (method === 'sda') {
    const issuer = issuerKeyFromCard(input, date);
    if (issuer.result === 'failed') return failed(issuer.reason);
    const sda = verifySignedStaticData(issuer.key, card.get(0x93)!, staticData.data);
    return sda.result === 'ok' ? { method, result: 'ok', dataAuthenticationCode: sda.dataAuthenticationCode } : failed(sda.reason);
  }
  const icc = iccKeyFromCard(input, date, staticData.data);
  if (icc.result === 'failed') return failed(icc.reason);
  if (method === 'cda') return { method, result: 'keys-recovered', iccKey: icc.key };
  const dda = await performDda({
    transport: input.transport,
    iccKey: icc.key,
    cardDdol: card.get(0x9f49),
    defaultDdol: input.defaultDdol,
    dolSource: input.dolSource,
  });
  return dda.result === 'ok' ? { method, result: 'ok', dynamicNumber: dda.dynamicNumber, iccKey: icc.key } : failed(dda.reason);
}

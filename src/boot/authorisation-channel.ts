// The composition root's half of the kernel's AuthorisationPort over the channel contract. The
// EMV layer may not import the protos, nor the channel the EMV layer, so here the kernel's
// request (src/emv/contact/authorisation.ts) becomes the contract's AuthorisationRequest and the
// issuer's AuthorisationResponse becomes the kernel's answer: the structured IssuerScripts
// turned back into the 71/72 templates the kernel runs (Book 3 §10.10), a host that does not
// answer into "unavailable" (Book 3 §10.7). `send` is the session client's authorise, or the
// backend's issuer simulator in-process (pos txn --online issuer). The message holds the clear
// PAN, the tracks and the PIN block: nothing here logs or keeps it.
import type { AuthorisationPort, AuthorisationRequest, AuthorisationResponse } from '../emv/contact/authorisation.js';
import { encodeTlv, type TlvInput } from '../emv/tlv/index.js';
import type { PinBlockFormat } from '../kernel/index.js';
import { posrt, toBigInt, toLong } from '../protos/index.js';

const v1 = posrt.channel.v1;

/** What the terminal adds that the kernel's request does not say; one per transaction. */
export interface AuthorisationContext {
  /** The terminal's UUID for the transaction: the same id names it in the journal record, a
   *  reversal and the settlement. */
  readonly transactionId: string;
  /** System trace audit number, when the terminal keeps one. */
  readonly stan?: number;
  /** How the card was read: the chip, a tap (its mag-stripe mode known by the request's tracks),
   *  or a swipe — after a chip that could not be read (fallback) or not. */
  readonly entryMode: 'contact' | 'contactless' | 'mag-stripe' | 'fallback';
  /** The PIN pad's configured block format; the contract carries formats 0 and 4 only, so a
   *  block in format 1 or 3 travels as unspecified and the issuer cannot read it. */
  readonly pinBlockFormat: PinBlockFormat;
}

export type SendAuthorisation = (request: posrt.channel.v1.IAuthorisationRequest) => Promise<posrt.channel.v1.IAuthorisationResponse>;

const TYPE_OF_9C: Readonly<Record<number, posrt.channel.v1.TransactionType>> = {
  0x00: v1.TransactionType.TRANSACTION_TYPE_SALE,
  0x20: v1.TransactionType.TRANSACTION_TYPE_REFUND,
  0x31: v1.TransactionType.TRANSACTION_TYPE_BALANCE,
};

const ENTRY_MODE: Readonly<Record<AuthorisationContext['entryMode'], posrt.channel.v1.EntryMode>> = {
  contact: v1.EntryMode.ENTRY_MODE_CONTACT,
  contactless: v1.EntryMode.ENTRY_MODE_CONTACTLESS,
  'mag-stripe': v1.EntryMode.ENTRY_MODE_MAG_STRIPE,
  fallback: v1.EntryMode.ENTRY_MODE_FALLBACK,
};

const PIN_FORMAT: Readonly<Record<PinBlockFormat, posrt.channel.v1.PinBlockFormat>> = {
  iso0: v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO0,
  iso1: v1.PinBlockFormat.PIN_BLOCK_FORMAT_UNSPECIFIED,
  iso3: v1.PinBlockFormat.PIN_BLOCK_FORMAT_UNSPECIFIED,
  iso4: v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO4,
};

export function authorisationRequestMessage(r: AuthorisationRequest, context: AuthorisationContext): posrt.channel.v1.IAuthorisationRequest {
  // A tap's tracks are Kernel 2's mag-stripe mode; a swipe's tracks are its entry mode's.
  const entryMode = r.tracks && context.entryMode === 'contactless' ? v1.EntryMode.ENTRY_MODE_CONTACTLESS_MAG_STRIPE : ENTRY_MODE[context.entryMode];
  return {
    transactionId: context.transactionId,
    ...(context.stan === undefined ? {} : { stan: context.stan }),
    type: TYPE_OF_9C[r.transactionType[0] ?? -1] ?? v1.TransactionType.TRANSACTION_TYPE_UNSPECIFIED,
    entryMode,
    amount: { minorUnits: toLong(r.amount), currency: r.currencyCode },
    pan: r.pan,
    panSequenceNumber: r.panSequenceNumber ?? new Uint8Array(0),
    emvTransactionType: r.transactionType,
    arqc: r.arqc,
    cid: r.cid,
    atc: r.atc,
    issuerApplicationData: r.issuerApplicationData ?? new Uint8Array(0),
    aip: r.aip,
    cdol1Data: r.cdol1Data ?? new Uint8Array(0),
    iccData: [...r.iccData].map(([tag, value]) => ({ tag, value })),
    ...(r.onlinePinBlock ? { onlinePin: { format: PIN_FORMAT[context.pinBlockFormat], pinBlock: r.onlinePinBlock.pinBlock, ksn: r.onlinePinBlock.ksn } } : {}),
    ...(r.tracks ? { tracks: { track2: r.tracks.track2, track1: r.tracks.track1 ?? new Uint8Array(0) } } : {}),
  };
}

const TEMPLATE: Partial<Record<posrt.channel.v1.IssuerScriptTiming, 0x71 | 0x72>> = {
  [v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_BEFORE_FINAL_AC]: 0x71,
  [v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_AFTER_FINAL_AC]: 0x72,
};

/** 71/72 templates in the issuer's order; a script whose timing is unspecified has no template
 *  to go in and is left out. */
function scriptTemplates(scripts: readonly posrt.channel.v1.IIssuerScript[]): Uint8Array | undefined {
  const templates: TlvInput[] = [];
  for (const s of scripts) {
    const tag = TEMPLATE[s.timing ?? v1.IssuerScriptTiming.ISSUER_SCRIPT_TIMING_UNSPECIFIED];
    if (tag === undefined) continue;
    const id: TlvInput[] = s.scriptId?.length ? [{ tag: 0x9f18, value: s.scriptId }] : [];
    templates.push({ tag, children: [...id, ...(s.commands ?? []).map((value) => ({ tag: 0x86, value }))] });
  }
  return templates.length === 0 ? undefined : encodeTlv(templates);
}

/** ISO 8583 field 38 (authorisation code, an6) and 37 (retrieval reference number, an12): a
 *  value that is not printable or too long is left out rather than printed on a slip. */
const printable = (v: string | null | undefined, max: number): v is string => v != null && v.length <= max && /^[\x21-\x7e]+$/.test(v);

/**
 * The issuer's answer as the kernel reads it, with the authorisation code (an approval's only),
 * the host's reference, and a balance inquiry's available balance when it is in `currency` (the
 * request's, ISO 4217 numeric): a balance in another currency could not be shown as one.
 */
export function authorisationAnswer(m: posrt.channel.v1.IAuthorisationResponse, currency?: string): AuthorisationResponse {
  const outcome = m.outcome ?? v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_UNSPECIFIED;
  if (outcome !== v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED && outcome !== v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED) return { kind: 'unavailable' };
  const scripts = scriptTemplates(m.issuerScripts ?? []);
  const answer = {
    authorisationResponseCode: m.arc ?? new Uint8Array(0),
    ...(m.issuerAuthenticationData?.length ? { issuerAuthenticationData: m.issuerAuthenticationData } : {}),
    ...(scripts ? { issuerScripts: scripts } : {}),
    ...(printable(m.hostReference, 12) ? { hostReference: m.hostReference } : {}),
  };
  if (outcome === v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED) return { kind: 'declined', ...answer };
  const b = m.availableBalance;
  const balance = b?.minorUnits != null && currency !== undefined && Number(b.currency) === Number(currency) ? toBigInt(b.minorUnits) : undefined;
  return {
    kind: 'approved',
    ...answer,
    ...(printable(m.authorisationCode, 6) ? { authorisationCode: m.authorisationCode } : {}),
    ...(balance === undefined ? {} : { availableBalance: balance }),
  };
}

/** The port for one transaction. A host that cannot be reached (the channel down, no answer in
 *  time) is "unavailable". */
export function channelAuthorisationPort(send: SendAuthorisation, context: AuthorisationContext): AuthorisationPort {
  return {
    async authorise(request) {
      let answer: posrt.channel.v1.IAuthorisationResponse;
      try {
        answer = await send(authorisationRequestMessage(request, context));
      } catch {
        return { kind: 'unavailable' };
      }
      return authorisationAnswer(answer, request.currencyCode);
    },
  };
}

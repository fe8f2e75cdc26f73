// EMV Book 3 §10.9 Online Processing, from the kernel's side: the port through which the
// ARQC goes to the acquirer/issuer and the answer comes back. The request holds the clear PAN
// because an authorisation message carries it; the port's implementations must not log it.
export interface AuthorisationRequest {
  /** Digits only; for the message, never for a log. */
  readonly pan: string;
  readonly panSequenceNumber: Uint8Array | undefined;
  readonly amount: bigint;
  readonly currencyCode: string;
  readonly transactionType: Uint8Array;
  /** The first GENERATE AC: cryptogram, CID, ATC, IAD. */
  readonly arqc: Uint8Array;
  readonly cid: number;
  readonly atc: Uint8Array;
  readonly issuerApplicationData: Uint8Array | undefined;
  readonly aip: Uint8Array;
  /** The CDOL1 data the ARQC was computed over, as an issuer recomputes it; undefined where the
   *  kernel does not keep it (contactless), and the issuer rebuilds it from `iccData`. */
  readonly cdol1Data: Uint8Array | undefined;
  /** ICC data for the message (field 55), tag → value. */
  readonly iccData: ReadonlyMap<number, Uint8Array>;
  readonly onlinePinBlock: { readonly pinBlock: Uint8Array; readonly ksn: Uint8Array } | undefined;
  /** A contactless mag-stripe mode transaction (EMV Contactless Book C-2): the message's track
   *  fields, Track 2 Data (9F6B) and Track 1 Data (56) with the card's CVC3, the Unpredictable
   *  Number and ATC digits in their discretionary data. There is no cryptogram then: `arqc`,
   *  `atc` and `aip` are empty. Clear card data, like the PAN: never for a log. */
  readonly tracks?: { readonly track2: Uint8Array; readonly track1: Uint8Array | undefined };
}

/** What an answer carries whichever way the issuer decided. */
interface IssuerAnswer {
  /** 8A, two ASCII characters, e.g. '00' = 3030. */
  readonly authorisationResponseCode: Uint8Array;
  /** 91, for issuer authentication. */
  readonly issuerAuthenticationData?: Uint8Array;
  /** 71/72 templates as the issuer sent them. */
  readonly issuerScripts?: Uint8Array;
  /** The host's retrieval reference number (RRN) for the transaction: the slip prints it and a
   *  void or refund names it. */
  readonly hostReference?: string;
}

export type AuthorisationResponse =
  | (IssuerAnswer & {
      readonly kind: 'approved';
      /** Authorisation Code (89), six characters: an approval's only. */
      readonly authorisationCode?: string;
      /** A balance inquiry's available balance, minor units (negative: owed). */
      readonly availableBalance?: bigint;
    })
  | (IssuerAnswer & { readonly kind: 'declined' })
  /** No answer: link down, timeout. Book 3 §10.9: the terminal goes on "unable to go online". */
  | { readonly kind: 'unavailable' };

/** What the issuer's answer names, as a completed transaction keeps it: present only when the
 *  transaction went online and was answered (a card's offline decision has no issuer answer). */
export interface IssuerReferences {
  readonly authorisationCode: string | undefined;
  readonly hostReference: string | undefined;
  readonly availableBalance: bigint | undefined;
}

/** The references of an issuer's answer. */
export function issuerReferences(response: Exclude<AuthorisationResponse, { readonly kind: 'unavailable' }>): IssuerReferences {
  const approved = response.kind === 'approved';
  return {
    authorisationCode: approved ? response.authorisationCode : undefined,
    hostReference: response.hostReference,
    availableBalance: approved ? response.availableBalance : undefined,
  };
}

export interface AuthorisationPort {
  authorise(request: AuthorisationRequest): Promise<AuthorisationResponse>;
}

// EMV Book 3 Annex B: a BER-TLV data object is primitive or constructed (b6 of its first tag byte).
// Tags are held as the big-endian integer of their bytes (9F02 -> 0x9F02): comparisons and
// switch statements stay cheap and tags up to four bytes fit.

export interface PrimitiveTlv {
  readonly kind: 'primitive';
  readonly tag: number;
  /** The value bytes: a view into the decoded buffer, not a copy. */
  readonly value: Uint8Array;
  /** Where the tag started in the decoded buffer. */
  readonly offset: number;
}

export interface ConstructedTlv {
  readonly kind: 'constructed';
  readonly tag: number;
  /** The encoded children, as on the wire. */
  readonly value: Uint8Array;
  readonly children: readonly TlvNode[];
  readonly offset: number;
}

export type TlvNode = PrimitiveTlv | ConstructedTlv;

/** What encodeTlv takes: a value for a primitive tag, children for a constructed one. */
export type TlvInput =
  | { readonly tag: number; readonly value: Uint8Array }
  | { readonly tag: number; readonly children: readonly TlvInput[] };

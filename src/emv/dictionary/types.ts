// EMV Book 3 Annex A (Table 33) and §4.3 data element formats: the shape of one dictionary entry.

/** Book 3 §4.3 formats. 'var' stands where Book 3 gives "var." or "—" (templates, tag lists). */
export type TagFormat = 'a' | 'an' | 'ans' | 'b' | 'cn' | 'n' | 'var';

/** Who produces the value: the card, the terminal, the issuer (via the host), or a contactless
 *  kernel's own bookkeeping (EMV Book C-2 "kernel" data objects). */
export type TagSource = 'icc' | 'terminal' | 'issuer' | 'kernel';

/** Whose meaning a tag number carries. 'emv' is EMV Books 1-4 and the scheme-neutral
 *  contactless Books A/B; the others are scheme kernels that reuse numbers (9F6C, 9F6E, DF...). */
export type TagContext = 'emv' | 'visa' | 'mastercard' | 'unionpay';

/** How a value reads to a person; the renderer for each kind lives in render/. */
export type ValueKind =
  | 'amount'
  | 'date'
  | 'time'
  | 'country'
  | 'currency'
  | 'language'
  | 'code-table'
  | 'text'
  | 'transaction-type'
  | 'terminal-type'
  | 'tvr'
  | 'tsi'
  | 'aip'
  | 'auc'
  | 'terminal-capabilities'
  | 'additional-terminal-capabilities'
  | 'ttq'
  | 'ctq'
  | 'cvm-list'
  | 'cvm-results'
  | 'cid'
  | 'afl'
  | 'dol'
  | 'tag-list'
  | 'pan'
  | 'track1'
  | 'track2'
  | 'withheld';

export interface TagInfo {
  /** Tag bytes as a big-endian unsigned integer, e.g. 0x9F02. */
  readonly tag: number;
  readonly name: string;
  readonly format: TagFormat;
  /** Value length in bytes. Where Book 3 gives only "var. up to N", min is 0. */
  readonly length: { readonly min: number; readonly max: number };
  readonly constructed: boolean;
  /** Templates the element appears in, e.g. [0x70, 0x77]. */
  readonly template?: readonly number[];
  readonly source: TagSource;
  /** The schemes or books under which this meaning holds. */
  readonly contexts: readonly TagContext[];
  /** Absent: rendered from its format (digits, text or hex). */
  readonly kind?: ValueKind;
}

// EMV Book 1 §12.4 cardholder confirmation and selection: the terminal may let the cardholder
// pick among the mutually supported applications, and must have the cardholder confirm an
// application whose Application Priority Indicator has b8 set. The kernel asks through this
// port; the UI behind it is not the kernel's business.

/** What the cardholder is shown for one candidate. AIDs are not cardholder data. */
export interface CandidateView {
  /** Application Label (50), or the AID in hex when the card gave none. */
  readonly label: string;
  /** Application Preferred Name (9F12), raw: its code table (9F11) is the UI's to apply. */
  readonly preferredName: Uint8Array | undefined;
  readonly aidHex: string;
  readonly confirmationRequired: boolean;
}

export interface CardholderSelectionPort {
  /** The index into `candidates` the cardholder picked, or 'cancel'. `languages` is the PSE's
   *  Language Preference (5F2D), most preferred first, empty when the card gave none. */
  chooseApplication(candidates: readonly CandidateView[], languages: readonly string[]): Promise<number | 'cancel'>;
  /** True when the cardholder confirms this single candidate. */
  confirmApplication(candidate: CandidateView, languages: readonly string[]): Promise<boolean>;
}

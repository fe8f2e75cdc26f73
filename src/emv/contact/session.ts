// What one contact transaction carries from step to step: the card link (counted), the
// configuration, the data store, the TVR/TSI bit sets, and the results of the steps so far.
import type { CardTransport } from '../apdu/index.js';
import { newTsi, newTvr, type Aip, type Tsi, type Tvr } from '../dictionary/index.js';
import type { CaKeyStore, OdaOutcome, RevocationList } from '../oda/index.js';
import type { PinPadPort } from '../cvm/index.js';
import type { CardholderSelectionPort } from '../selection/index.js';
import type { AuthorisationPort, IssuerReferences } from './authorisation.js';
import type { AidConfig, TerminalConfig } from './config.js';
import type { TransactionRequest } from './terminal-data.js';
import { TracingTransport } from './trace.js';
import { TransactionData } from './transaction-data.js';

export interface KernelEnvironment {
  readonly terminal: TerminalConfig;
  readonly aids: readonly AidConfig[];
  readonly caKeys: CaKeyStore;
  readonly revoked: RevocationList;
  readonly pinPad: PinPadPort;
  readonly authorisation: AuthorisationPort;
  /** Wall clock for 9A/9F21. */
  readonly now: () => Date;
  /** Monotonic milliseconds for the phase timings. */
  readonly elapsedMs: () => number;
  readonly random: (length: number) => Uint8Array;
  /** Exception file lookup (Book 3 §10.6.4); absent: no exception file. */
  readonly onExceptionFile?: (pan: string, panSequenceNumber: Uint8Array | undefined) => boolean;
  /** Cardholder application selection and confirmation (Book 1 §12.4); absent: an unattended
   *  terminal, which selects by priority and leaves out applications needing confirmation. */
  readonly cardholder?: CardholderSelectionPort;
  /** Keep the step-by-step APDU trace (card data masked) in the result. */
  readonly trace?: boolean;
}

/** Counts the APDUs a transaction costs: the tap budget is counted in exchanges. */
export class CountingTransport implements CardTransport {
  count = 0;
  constructor(private readonly inner: CardTransport) {}
  transmit(capdu: Uint8Array): Promise<Uint8Array> {
    this.count++;
    return this.inner.transmit(capdu);
  }
}

export interface Session {
  readonly card: CountingTransport;
  readonly tracer: TracingTransport | undefined;
  readonly env: KernelEnvironment;
  readonly request: TransactionRequest;
  readonly data: TransactionData;
  readonly tvr: Tvr;
  readonly tsi: Tsi;
  aip: Aip | undefined;
  aid: AidConfig | undefined;
  label: string | undefined;
  /** Language Preference (5F2D) of the selected application, else of the PSE: for the screens and receipt. */
  languages: readonly string[];
  pdolData: Uint8Array;
  oda: OdaOutcome | undefined;
  cvmResults: Uint8Array;
  signatureRequired: boolean;
  onlinePin: { readonly pinBlock: Uint8Array; readonly ksn: Uint8Array } | undefined;
  /** What the issuer's answer named, once it answered. */
  issuer: IssuerReferences | undefined;
  readonly phases: { step: string; ms: number }[];
}

export function newSession(transport: CardTransport, env: KernelEnvironment, request: TransactionRequest): Session {
  const tracer = env.trace === true ? new TracingTransport(transport) : undefined;
  return {
    card: new CountingTransport(tracer ?? transport),
    tracer,
    env,
    request,
    data: new TransactionData({ checkFormats: true }),
    tvr: newTvr(),
    tsi: newTsi(),
    aip: undefined,
    aid: undefined,
    label: undefined,
    languages: [],
    pdolData: new Uint8Array(0),
    oda: undefined,
    // Book 3 Annex C3: '3F0000' until a CVM is performed.
    cvmResults: Uint8Array.of(0x3f, 0x00, 0x00),
    signatureRequired: false,
    onlinePin: undefined,
    issuer: undefined,
    phases: [],
  };
}

// Reads what a card holds without making a payment: the directory (PPSE on the contactless
// interface, PSE on contact — EMV Book 1 §12.3.2, Book B §3.3), then for each application
// SELECT (Book 1 §12.3.3), GET PROCESSING OPTIONS with the PDOL answered from inspection
// terminal data (Book 3 §10.1), and every record the AFL names (Book 3 §10.2).
// One application's failure is recorded and the next is tried: an inspection reports, it does
// not stop at the first card fault. A card without a usable directory is probed with the
// list of AIDs the terminal knows (Book 1 §12.3.3).
import { exchange, getProcessingOptionsCommand, SW, swHex, type CardTransport } from '../apdu/index.js';
import { buildDolData, parseDol } from '../dol/index.js';
import { parseGpoResponse, readAflRecords, type AflRecord, type GpoResponse } from '../records/index.js';
import { orderByPriority, readPseDirectory, selectApplication, selectPpse, selectPse, type AdfFci } from '../selection/index.js';
import { PosError } from '../../errors/index.js';
import { inspectionTerminalData, type InspectionEnvironment } from './terminal-data.js';

export type CardInterface = 'contact' | 'contactless';

export interface DirectoryEntry {
  readonly aid: Uint8Array;
  readonly label: string | undefined;
  readonly priority: number | undefined;
}

export type Directory =
  | { readonly kind: 'ppse' | 'pse'; readonly entries: readonly DirectoryEntry[] }
  | { readonly kind: 'list-of-aids'; readonly reason: string };

export type ApplicationReport =
  | {
      readonly kind: 'read';
      readonly aid: Uint8Array;
      readonly fci: AdfFci;
      readonly gpo: GpoResponse;
      readonly records: readonly AflRecord[];
    }
  | { readonly kind: 'failed'; readonly aid: Uint8Array; readonly fci: AdfFci | undefined; readonly error: PosError }
  | { readonly kind: 'not-selected'; readonly aid: Uint8Array; readonly status: 'blocked' | string };

export interface CardReport {
  readonly interface: CardInterface;
  readonly directory: Directory;
  readonly applications: readonly ApplicationReport[];
}

/** Registered application provider identifiers probed when the card has no directory. */
export const KNOWN_AIDS: readonly string[] = [
  'A0000000031010', // Visa credit/debit
  'A0000000032010', // Visa Electron
  'A0000000041010', // Mastercard
  'A0000000043060', // Maestro
  'A000000333010101', // UnionPay debit
  'A000000333010102', // UnionPay credit
  'A000000333010103', // UnionPay quasi-credit
  'A000000025010801', // American Express
  'A0000000651010', // JCB
];

export async function readCard(transport: CardTransport, cardInterface: CardInterface, env: InspectionEnvironment): Promise<CardReport> {
  const directory = await readDirectory(transport, cardInterface);
  const aids =
    directory.kind === 'list-of-aids'
      ? KNOWN_AIDS.map((hex) => Uint8Array.from(Buffer.from(hex, 'hex')))
      : directory.entries.map((e) => e.aid);
  const applications: ApplicationReport[] = [];
  for (const aid of aids) {
    const report = await readApplication(transport, aid, env);
    // Probing the known AIDs, a card that simply lacks one is not worth reporting.
    if (directory.kind === 'list-of-aids' && report.kind === 'not-selected' && report.status !== 'blocked') continue;
    applications.push(report);
  }
  return { interface: cardInterface, directory, applications };
}

async function readDirectory(transport: CardTransport, cardInterface: CardInterface): Promise<Directory> {
  if (cardInterface === 'contactless') {
    const ppse = await selectPpse(transport);
    if (ppse.kind !== 'selected') return { kind: 'list-of-aids', reason: `PPSE refused (${swHex(ppse.sw)})` };
    const entries = orderByPriority(ppse.entries).map((e) => ({ aid: e.aid, label: e.label, priority: e.priority?.rank }));
    return { kind: 'ppse', entries };
  }
  const pse = await selectPse(transport);
  if (pse.kind !== 'selected') return { kind: 'list-of-aids', reason: pse.kind === 'card-blocked' ? 'card blocked (6A81)' : 'no PSE' };
  const found = await readPseDirectory(transport, pse.fci.sfi);
  const adfs = found.flatMap((e) => (e.kind === 'adf' ? [e] : []));
  return { kind: 'pse', entries: orderByPriority(adfs).map((e) => ({ aid: e.aid, label: e.label, priority: e.priority?.rank })) };
}

async function readApplication(transport: CardTransport, aid: Uint8Array, env: InspectionEnvironment): Promise<ApplicationReport> {
  const selection = await selectApplication(transport, aid);
  if (selection.kind === 'blocked') return { kind: 'not-selected', aid, status: 'blocked' };
  if (selection.kind === 'refused') return { kind: 'not-selected', aid, status: swHex(selection.sw) };
  const fci = selection.fci;
  try {
    const pdol = fci.pdol ? parseDol(fci.pdol) : [];
    const { data, sw } = await exchange(transport, getProcessingOptionsCommand(buildDolData(pdol, inspectionTerminalData(env))));
    if (sw !== SW.ok) throw new PosError('E-CARD-0013', { step: 'gpo', sw: swHex(sw) });
    const gpo = parseGpoResponse(data);
    const { records } = await readAflRecords(transport, gpo.afl ?? []);
    return { kind: 'read', aid, fci, gpo, records };
  } catch (e) {
    if (isApplicationFault(e)) return { kind: 'failed', aid, fci, error: e };
    throw e;
  }
}

/** What the card said about this application (a refusal, malformed data). A failed exchange
 *  (card removed, reader gone, no status word) ends the whole inspection instead. */
function isApplicationFault(e: unknown): e is PosError {
  if (!(e instanceof PosError)) return false;
  if (e.code === 'E-CARD-0001' || e.code === 'E-CARD-0002') return false;
  return e.code.startsWith('E-CARD-') || e.code.startsWith('E-DOL-');
}

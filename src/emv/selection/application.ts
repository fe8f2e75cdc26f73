// EMV Book 1 §12.3.3 / §12.4 selecting an application by its AID (SELECT by DF name, first or
// next occurrence) and reading its FCI. The status sorts the outcome:
//   9000: selected, FCI parsed;
//   6283: the application is blocked (selected file invalidated): it is not a candidate, but
//         its FCI (when sent) still carries the DF name a list-of-AIDs walk needs to go on
//         with SELECT next;
//   anything else: refused (6A82 not on this card, 6A81 function not supported, ...).
import { exchange, selectCommand, SW, type CardTransport, type Occurrence } from '../apdu/index.js';
import { parseAdfFci, type AdfFci } from './fci.js';

export type ApplicationSelection =
  | { readonly kind: 'selected'; readonly fci: AdfFci }
  | { readonly kind: 'blocked'; readonly fci: AdfFci | undefined }
  | { readonly kind: 'refused'; readonly sw: number };

export async function selectApplication(transport: CardTransport, aid: Uint8Array, occurrence: Occurrence = 'first'): Promise<ApplicationSelection> {
  const { data, sw } = await exchange(transport, selectCommand(aid, occurrence));
  if (sw === SW.ok) return { kind: 'selected', fci: parseAdfFci(data) };
  if (sw === SW.selectedFileInvalidated) return { kind: 'blocked', fci: data.length === 0 ? undefined : parseAdfFci(data) };
  return { kind: 'refused', sw };
}

// SELECT by DF name, EMV Book 1 §11.3.2 (P2 00 first or only occurrence, 02 next occurrence)
// and §12.3 (partial AID: an ADF whose name begins with the given bytes matches). The PSE is
// visible on the contact interface, the PPSE on the contactless one (Book B §3.3). A profile
// may have no PSE (6A82), a DDF below the PSE (Book 1 §12.2.3) or a blocked application (6283,
// Book 1 §12.3.3).
import { bytesEqual } from '../../bytes/hex.js';
import type { BuiltApplication } from './application.js';
import type { Command } from './command.js';
import { fromHex } from '../../bytes/hex.js';
import { adfFci, ddfFci, ppseFci, PPSE_NAME, pseFci, PSE_NAME } from './fci.js';
import { respond, status, SW, type CardResponse } from './response.js';
import type { CardState } from './state.js';

const BY_NAME = 0x04;
const FIRST_OCCURRENCE = 0x00;
const NEXT_OCCURRENCE = 0x02;
/** 6283, ISO/IEC 7816-4 §5.6: selected file invalidated. */
const SELECTED_FILE_INVALIDATED = 0x6283;

export function select(state: CardState, cmd: Command): CardResponse {
  if (cmd.p1 !== BY_NAME || (cmd.p2 !== FIRST_OCCURRENCE && cmd.p2 !== NEXT_OCCURRENCE)) return status(SW.wrongParameters);
  if (cmd.data.length < 5 || cmd.data.length > 16) return status(SW.wrongLength);
  if (state.iface === 'contact' && bytesEqual(cmd.data, PSE_NAME)) {
    if (state.profile.noPse === true) return status(SW.fileNotFound);
    state.selection = { kind: 'directory', directory: 'pse' };
    return respond(pseFci(state.profile));
  }
  const ddf = state.profile.ddf;
  if (state.iface === 'contact' && ddf !== undefined && bytesEqual(cmd.data, fromHex(ddf.name))) {
    state.selection = { kind: 'directory', directory: 'ddf' };
    return respond(ddfFci(state.profile, cmd.data));
  }
  if (state.iface === 'contactless' && bytesEqual(cmd.data, PPSE_NAME)) {
    state.selection = { kind: 'directory', directory: 'ppse' };
    return respond(ppseFci(state.applications));
  }
  const app = matchingApplication(state, cmd.data, cmd.p2 === NEXT_OCCURRENCE);
  // A failed SELECT leaves the current selection as it was (ISO/IEC 7816-4 §7.1.1).
  if (!app) return status(SW.fileNotFound);
  // ISO/IEC 7816-4: an invalidated file is still selected (so SELECT next moves past it); a
  // blocked application answers with its FCI under 6283, and the terminal goes no further.
  state.selection = { kind: 'application', session: { app, phase: { kind: 'selected' }, events: new Set() } };
  return respond(adfFci(app, state.iface), app.profile.blocked === true ? SELECTED_FILE_INVALIDATED : SW.ok);
}

function matchingApplication(state: CardState, name: Uint8Array, next: boolean): BuiltApplication | undefined {
  const matches = state.applications.filter((a) => a.aid.length >= name.length && bytesEqual(a.aid.subarray(0, name.length), name));
  if (!next) return matches[0];
  const current = state.selection.kind === 'application' ? matches.indexOf(state.selection.session.app) : -1;
  return matches[current + 1];
}

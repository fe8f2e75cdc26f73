// READ RECORD, EMV Book 3 §6.5.11 (P1 record number, P2 = SFI << 3 | 100): application records
// when an ADF is selected, directory records when the PSE or a DDF below it is (Book 1 §12.2.3);
// 6A83 otherwise. With a DDF, the PSE lists the first applications and then the DDF entry, and
// the DDF lists the rest.
import { recordKey } from './application.js';
import type { Command } from './command.js';
import { fromHex } from '../../bytes/hex.js';
import { ddfEntryRecord, pseDirectoryRecord, PSE_DIRECTORY_SFI } from './fci.js';
import { respond, status, SW, type CardResponse } from './response.js';
import type { CardState } from './state.js';

const P2_SFI_REFERENCE = 0x04;

export function readRecord(state: CardState, cmd: Command): CardResponse {
  if ((cmd.p2 & 0x07) !== P2_SFI_REFERENCE || cmd.p1 === 0) return status(SW.wrongParameters);
  const sfi = cmd.p2 >> 3;
  const selection = state.selection;
  if (selection.kind === 'application') {
    const record = selection.session.app.records.get(recordKey(sfi, cmd.p1));
    return record ? respond(record) : status(SW.recordNotFound);
  }
  if (selection.kind === 'directory' && selection.directory !== 'ppse' && sfi === PSE_DIRECTORY_SFI) {
    const record = directoryRecord(state, selection.directory, cmd.p1);
    return record ? respond(record) : status(SW.recordNotFound);
  }
  return status(SW.recordNotFound);
}

function directoryRecord(state: CardState, directory: 'pse' | 'ddf', n: number): Uint8Array | undefined {
  const ddf = state.profile.ddf;
  const inDdf = ddf === undefined ? 0 : Math.min(ddf.applications, state.applications.length);
  const inPse = state.applications.length - inDdf;
  if (directory === 'ddf') {
    const app = state.applications[inPse + n - 1];
    return n <= inDdf && app ? pseDirectoryRecord(app) : undefined;
  }
  if (ddf !== undefined && n === inPse + 1) return ddfEntryRecord(fromHex(ddf.name));
  const app = state.applications[n - 1];
  return n <= inPse && app ? pseDirectoryRecord(app) : undefined;
}

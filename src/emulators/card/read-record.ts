// READ RECORD, EMV Book 3 §6.5.11 (P1 record number, P2 = SFI << 3 | 100): application records
// when an ADF is selected, directory records when the PSE is (Book 1 §12.2.3); 6A83 otherwise.
import { recordKey } from './application.js';
import type { Command } from './command.js';
import { pseDirectoryRecord, PSE_DIRECTORY_SFI } from './fci.js';
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
  if (selection.kind === 'directory' && selection.directory === 'pse' && sfi === PSE_DIRECTORY_SFI) {
    const app = state.applications[cmd.p1 - 1];
    return app ? respond(pseDirectoryRecord(app)) : status(SW.recordNotFound);
  }
  return status(SW.recordNotFound);
}

// The development operator set: a terminal that has never had an operator table from the
// backend still needs someone to sign in, on a laptop or in the demo. Version 0, so the first
// table the backend sends (version 1 or more) replaces it. The passwords are public (the
// README lists them): a terminal in service gets its table from the backend before it is used.
import { randomBytes } from 'node:crypto';
import type { OperatorDirectory } from './operator-directory.js';
import type { OperatorSession } from './operator-session.js';
import type { OperatorStore } from './operator-store.js';
import { makeVerifier, OPERATOR_SCRYPT } from './password-hash.js';
import type { Role } from './roles.js';

export const DEMO_OPERATORS: readonly { readonly id: string; readonly name: string; readonly role: Role; readonly password: string }[] = [
  { id: '0001', name: '管理员 Admin', role: 'administrator', password: '111111' },
  { id: '0002', name: '主管 Supervisor', role: 'supervisor', password: '222222' },
  { id: '0003', name: '收银员 Cashier', role: 'cashier', password: '333333' },
];

/** The development set, each operator bound to `terminalId` (this terminal's 9F1C). */
export async function demoDirectory(terminalId: string, random: (n: number) => Uint8Array = randomBytes): Promise<OperatorDirectory> {
  const operators = [];
  for (const o of DEMO_OPERATORS) {
    operators.push({ id: o.id, name: o.name, role: o.role, verifier: await makeVerifier(o.password, OPERATOR_SCRYPT, random), active: true, terminals: [terminalId] });
  }
  return { version: 0n, source: 'demo', operators };
}

/** At start: takes the development set when this terminal has never had an operator table;
 *  true when it did. */
export async function useDemoOperatorsIfNone(session: OperatorSession, store: OperatorStore, terminalId: string, random?: (n: number) => Uint8Array): Promise<boolean> {
  if (store.directoryVersion() !== null) return false;
  session.applyDirectory(await demoDirectory(terminalId, random));
  return true;
}

// The terminal's configuration folder (config/ in a checkout, --config DIR elsewhere):
// terminal.json, aids.json, ca-keys.json, revocation.json, readers.json (optional). Reading files is the composition root's job; the
// EMV layer parses what it is given.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Modules, not the folders' indexes, which bring the PC/SC driver and the ODA kernel: the backend
// reads these tables too.
import { DEFAULT_INTERFACE_RULES, parseInterfaceRules, parseInterfaceRulesText, type InterfaceRule } from '../devices/pcsc/interface-rules.js';
import { parseAidConfigs, parseTerminalConfig, type AidConfig, type TerminalConfig } from '../emv/contact/config.js';
import { parseCaKeyFile, type CaKeyStore } from '../emv/oda/ca-keys.js';
import { parseRevocationList, type RevocationList } from '../emv/oda/revocation.js';
import { PosError } from '../errors/index.js';
import { DEFAULT_CONFIG_DIR } from './config-dir.js';

export { DEFAULT_CONFIG_DIR };

export interface TerminalFiles {
  readonly terminal: TerminalConfig;
  readonly aids: AidConfig[];
  readonly caKeys: CaKeyStore;
  /** Issuer public key certificates the acquirer revoked (Book 2 §5.3 step 10, §11.2.3). */
  readonly revoked: RevocationList;
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PosError('E-CORE-0003', { file: path, reason: e instanceof SyntaxError ? 'not JSON' : 'unreadable' }, { cause: e });
  }
}

/** The CA public key file (Book 2 §11.2.2); unreadable or not JSON is E-ODA-0001, the code a
 *  support engineer already knows for a bad key file. */
export function readCaKeyFile(path: string): CaKeyStore {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PosError('E-ODA-0001', { path }, { cause: e });
  }
  return parseCaKeyFile(json);
}

/** The certificate revocation list file; unreadable or not JSON is E-ODA-0008, like a bad entry.
 *  It is required: a missing list must not silently mean "nothing revoked". */
export function readRevocationFile(path: string): RevocationList {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PosError('E-ODA-0008', { file: path }, { cause: e });
  }
  return parseRevocationList(json);
}

export function loadTerminalFiles(dir: string = DEFAULT_CONFIG_DIR, caKeysFile?: string): TerminalFiles {
  return {
    terminal: parseTerminalConfig(readJson(join(dir, 'terminal.json')), join(dir, 'terminal.json')),
    aids: parseAidConfigs(readJson(join(dir, 'aids.json')), join(dir, 'aids.json')),
    caKeys: readCaKeyFile(caKeysFile ?? join(dir, 'ca-keys.json')),
    revoked: readRevocationFile(join(dir, 'revocation.json')),
  };
}

export const READER_RULES_VARIABLE = 'POSRT_READER_INTERFACES';

/** Which PC/SC reader names are contact and which contactless (issue 2 §4): the
 *  POSRT_READER_INTERFACES variable when set, else `readers.json` in the config folder when
 *  there is one, else the driver's defaults (names with "contactless", "PICC" or "CL", and
 *  vpcd's second slot). */
export function readReaderRules(dir: string = DEFAULT_CONFIG_DIR, env: NodeJS.ProcessEnv = process.env): readonly InterfaceRule[] {
  const text = env[READER_RULES_VARIABLE];
  if (text !== undefined) return parseInterfaceRulesText(text, READER_RULES_VARIABLE);
  const file = join(dir, 'readers.json');
  return existsSync(file) ? parseInterfaceRules(readJson(file), file) : DEFAULT_INTERFACE_RULES;
}

// The terminal's configuration folder (config/ in a checkout, --config DIR elsewhere):
// terminal.json, aids.json, ca-keys.json. Reading files is the composition root's job; the
// EMV layer parses what it is given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAidConfigs, parseTerminalConfig, type AidConfig, type TerminalConfig } from '../emv/contact/config.js';
import { parseCaKeyFile, type CaKeyStore } from '../emv/oda/index.js';
import { PosError } from '../errors/index.js';

export const DEFAULT_CONFIG_DIR = join(import.meta.dirname, '..', '..', 'config');

export interface TerminalFiles {
  readonly terminal: TerminalConfig;
  readonly aids: AidConfig[];
  readonly caKeys: CaKeyStore;
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

export function loadTerminalFiles(dir: string = DEFAULT_CONFIG_DIR, caKeysFile?: string): TerminalFiles {
  return {
    terminal: parseTerminalConfig(readJson(join(dir, 'terminal.json')), join(dir, 'terminal.json')),
    aids: parseAidConfigs(readJson(join(dir, 'aids.json')), join(dir, 'aids.json')),
    caKeys: readCaKeyFile(caKeysFile ?? join(dir, 'ca-keys.json')),
  };
}

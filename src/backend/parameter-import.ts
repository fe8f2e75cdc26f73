// What `pos backend` distributes, imported into the store at every start: the EMV tables the
// composition root read from the terminal's config files with the EMV loaders (the backend may
// not import them), and the backend's own parameter file. A kind whose content is what the store
// holds keeps its version; one that changed gets the next, and terminals download it at their
// next session. A terminal the file puts under another merchant is moved in the registry, with
// the alert 'terminal-moved' until it reports the merchant data of its new merchant in use.
import { posrt } from '../protos/index.js';
import type { BackendLogger } from './log.js';
import type { ParameterFile } from './parameter-file.js';
import { FLEET_WIDE, type ParameterContent, type ParameterKind } from './parameter-store.js';
import type { BackendRepository } from './repository.js';

const v1 = posrt.channel.v1;
const K = v1.ParameterKind;

export interface ParameterDefaults {
  /** The fleet's terminal parameters: each terminal gets its own terminal_id and merchant_id
   *  from the registry, and the operator policy from the parameter file, over these. */
  readonly terminal: posrt.channel.v1.TerminalParameters.$Properties;
  readonly aidTable: posrt.channel.v1.AidTable.$Properties;
  readonly contactless: posrt.channel.v1.ContactlessTable.$Properties;
  readonly caKeys: posrt.channel.v1.CaPublicKeyTable.$Properties;
  readonly file: ParameterFile;
}

const fleetWide = (body: Uint8Array): ParameterContent[] => [{ scope: FLEET_WIDE, body }];

function contentOf(d: ParameterDefaults): ReadonlyMap<ParameterKind, readonly ParameterContent[]> {
  const terminal = { ...d.terminal, operatorIdleLogoutMin: d.file.operatorIdleLogoutMin, operatorMaxFailedLogins: d.file.operatorMaxFailedLogins };
  return new Map<ParameterKind, readonly ParameterContent[]>([
    [K.PARAMETER_KIND_TERMINAL, fleetWide(v1.TerminalParameters.encode(terminal).finish())],
    [K.PARAMETER_KIND_AID_TABLE, fleetWide(v1.AidTable.encode(d.aidTable).finish())],
    [K.PARAMETER_KIND_CONTACTLESS, fleetWide(v1.ContactlessTable.encode(d.contactless).finish())],
    [K.PARAMETER_KIND_CA_KEYS, fleetWide(v1.CaPublicKeyTable.encode(d.caKeys).finish())],
    [K.PARAMETER_KIND_OPERATORS, fleetWide(v1.OperatorTable.encode(d.file.operators).finish())],
    [K.PARAMETER_KIND_MERCHANT, d.file.merchants.map((m) => ({ scope: m.merchantId ?? '', body: v1.MerchantData.encode(m).finish() }))],
  ]);
}

export async function importParameters(repo: BackendRepository, d: ParameterDefaults, now: number, log: BackendLogger): Promise<void> {
  for (const [kind, content] of contentOf(d)) {
    const { changed, version } = await repo.parameters.replaceParameterContent(kind, content, now);
    if (changed) log.info({ kind: K[kind], version: version.toString() }, 'parameter set changed');
  }
  for (const { serial, merchantId } of d.file.assignments) {
    const outcome = await repo.parameters.assignMerchant(serial, merchantId, now);
    if (outcome === 'unknown-terminal') log.warn({ serial }, 'parameter file assigns a merchant to a terminal not enrolled');
    if (outcome === 'moved' && (await repo.raiseAlert(serial, 'terminal-moved', now))) log.info({ serial, merchantId, alert: 'terminal-moved', open: true }, 'alert raised');
  }
}

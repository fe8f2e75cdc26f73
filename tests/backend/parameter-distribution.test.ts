// Parameter and key distribution end to end: pos backend as a process imports the terminal's
// own config files (config/aids.json, contactless.json, ca-keys.json, revocation.json,
// terminal.json) and config/backend-parameters.json at start; a terminal over real gRPC gets
// every kind signed and made its own, verifies each with its pinned key and hands it to its
// ParameterSink; a tampered set of any kind is refused; a changed file is the next version, and
// a terminal moved to another merchant is an alert until it uses its new merchant's data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSignedVerifier, loadStoredIdentity, openParameterSet, type ParameterSet, type ParameterSetKind } from '../../src/channel/identity.js';
import { posrt, toLong } from '../../src/protos/index.js';
import { errorOf } from '../support/pos-error.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig, type BackendProcess, type Terminal } from '../support/backend-process.js';
import { openRawSession } from '../support/raw-session.js';
import { runPos } from '../cli/run-pos.js';

const v1 = posrt.channel.v1;
const K = v1.ParameterKind;
const CONFIG = join(import.meta.dirname, '../../config');
const json = (file: string): any => JSON.parse(readFileSync(join(CONFIG, file), 'utf8'));
const hex = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? new Uint8Array(0)).toString('hex').toUpperCase();

const running: BackendProcess[] = [];
const clients: { stop(): void }[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  for (const b of running.splice(0)) await b.kill();
});

async function backend(dir: string, tokens: string[], params?: string): Promise<BackendProcess> {
  const b = await startBackend({ db: join(dir, 'backend.db'), tokens, config: writeBackendConfig(dir), extra: params ? ['--params', params] : [] });
  running.push(b);
  return b;
}

/** A parameter sink holding what it accepted, as the terminal's would. */
function sinkFor(t: Terminal, held = new Map<ParameterSetKind, ParameterSet>()) {
  return {
    held,
    sink: { verifier: createSignedVerifier(loadStoredIdentity(t.dir).backendKey), held: (k: ParameterSetKind) => held.get(k)?.version ?? 0n, accept: (s: ParameterSet) => void held.set(s.kind, s) },
  };
}

async function downloadAll(dir: string, b: BackendProcess, serial: string): Promise<{ t: Terminal; held: Map<ParameterSetKind, ParameterSet> }> {
  const address = `127.0.0.1:${b.port}`;
  const t = makeTerminal(dir, serial);
  await enrol(t, address, `tok-${serial}`);
  const { held, sink } = sinkFor(t);
  const client = t.client(address, { parameters: sink });
  clients.push(client);
  client.start();
  await until('the parameters arrive', () => t.events.some((e) => e.kind === 'parameters'));
  client.stop();
  return { t, held };
}

type SetOf = { [P in ParameterSet as P['kind']]: P['set'] };
const setOf = <K extends ParameterSetKind>(held: Map<ParameterSetKind, ParameterSet>, kind: K): SetOf[K] => held.get(kind)!.set as SetOf[K];
const tlvs = (list: posrt.channel.v1.ITlvValue[] | null | undefined): string[][] => (list ?? []).map((d) => [(d.tag ?? 0).toString(16).toUpperCase(), hex(d.value)]);

describe('parameter and key distribution', () => {
  it('refuses a parameter file that is not JSON or binds an operator the file lacks, with E-BACKEND-0011 naming the field', async () => {
    const dir = tempDir('posrt-params-');
    const params = json('backend-parameters.json');
    params.bindings.push({ operatorId: '0404', terminalId: 'T0000009' });
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify(params));
    const garbled = join(dir, 'garbled.json');
    writeFileSync(garbled, '{ "merchants": [');
    for (const [file, field] of [[typo, 'bindings[4].operatorId'], [garbled, '--params']]) {
      const run = await runPos(['backend', '--port', '0', '--db', join(dir, 'b.db'), '--params', file!], { timeoutMs: 15_000 });
      expect([run.code, run.stderr.split(' ')[0]]).toEqual([2, 'E-BACKEND-0011']);
      expect(run.stderr).toContain(`field=${field}`);
    }
  });

  it('sends every kind signed at version 1, made from the terminal config files and this terminal’s registry entry', async () => {
    const dir = tempDir('posrt-params-');
    const b = await backend(dir, ['tok-SN-P1']);
    const { t, held } = await downloadAll(dir, b, 'SN-P1');
    expect(t.events.find((e) => e.kind === 'parameters')).toEqual({ kind: 'parameters', accepted: ['terminal', 'aid-table', 'contactless', 'ca-keys', 'operators', 'merchant'], refused: [] });
    expect([...held.values()].map((s) => s.version)).toEqual([1n, 1n, 1n, 1n, 1n, 1n]);

    const terminal = setOf(held, 'terminal');
    const terminalJson = json('terminal.json');
    expect([terminal.terminalId, terminal.merchantId, hex(terminal.capabilities), terminal.countryCode, terminal.merchantCategoryCode, terminal.operatorMaxFailedLogins]).toEqual(['T0000001', 'POSRT0000000001', terminalJson.capabilities, terminalJson.countryCode, terminalJson.merchantCategoryCode, 5]);

    const aids = setOf(held, 'aid-table').aids;
    expect(aids.map((a) => [hex(a.aid), a.label, hex(a.tacDenial), hex(a.tacOnline), hex(a.tacDefault), String(a.floorLimitMinorUnits)])).toEqual(
      json('aids.json').map((a: any) => [a.aid, a.label, a.tac.denial, a.tac.online, a.tac.default, a.floorLimit]),
    );

    const contactless = setOf(held, 'contactless').combinations;
    expect(contactless.map((c) => [hex(c.aid), c.kernelId, String(c.transactionLimitMinorUnits), String(c.cvmRequiredLimitMinorUnits)])).toEqual(
      json('contactless.json').combinations.map((c: any) => [c.aid, c.kernel, c.transactionLimit, c.cvmRequiredLimit]),
    );
    // Kernel 2's configuration as its C-2 data objects: DF8123 Reader Contactless Floor Limit n12.
    const c2 = contactless.find((c) => c.kernelId === 2)!;
    expect(tlvs(c2.kernelData)).toContainEqual(['DF8123', '000000010000']);
    expect(tlvs(c2.kernelData)).toContainEqual(['DF8122', 'FC50BCF800']);

    const ca = setOf(held, 'ca-keys');
    expect(ca.keys.map((k) => [hex(k.rid), (k.index ?? 0).toString(16).toUpperCase(), hex(k.modulus), k.expiry, hex(k.checksum)])).toEqual(
      json('ca-keys.json').keys.map((k: any) => [k.rid, k.index, k.modulus, k.expiry, k.checksum]),
    );
    expect(ca.revocations).toHaveLength(json('revocation.json').revoked.length);

    // Every operator, so a login elsewhere is told apart from an unknown id; only this terminal's bindings.
    const operators = setOf(held, 'operators');
    expect(operators.operators.map((o) => [o.operatorId, o.name, o.role, hex(o.passwordVerifier).length])).toEqual([
      ['0001', '张伟', v1.OperatorRole.OPERATOR_ROLE_CASHIER, 64],
      ['0002', '李娜', v1.OperatorRole.OPERATOR_ROLE_SUPERVISOR, 64],
      ['0099', 'Admin', v1.OperatorRole.OPERATOR_ROLE_ADMINISTRATOR, 64],
    ]);
    expect(operators.bindings.map((x) => [x.operatorId, x.terminalId])).toEqual([
      ['0001', 'T0000001'],
      ['0002', 'T0000001'],
      ['0099', 'T0000001'],
    ]);

    const merchant = setOf(held, 'merchant');
    expect([merchant.merchantId, merchant.name, merchant.nameEn, merchant.addressLines[0]]).toEqual(['POSRT0000000001', 'posrt 示范便利店', 'posrt Demo Convenience Store', '上海市浦东新区世纪大道 100 号']);
  });

  it.each(['terminal', 'aid-table', 'contactless', 'ca-keys', 'operators', 'merchant'] as const)('verifies the %s set with the pinned key and refuses it tampered (E-CHAN-0006)', async (kind) => {
    const dir = tempDir('posrt-params-');
    const b = await backend(dir, ['tok']);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-TAMPER');
    await enrol(t, address, 'tok');
    const session = await openRawSession(address, t.identity, t.serial);
    const download = await session.request({ parameterRequest: { held: [], kinds: [] } }, 'parameterDownload');
    session.close();
    const verifier = createSignedVerifier(loadStoredIdentity(t.dir).backendKey);
    const sets = download.parameterDownload!.sets ?? [];
    const signed = sets.find((s) => openParameterSet(s, verifier, t.serial, () => 0n).kind === kind)!;
    expect(openParameterSet(signed, verifier, t.serial, () => 0n)).toMatchObject({ kind, version: 1n });
    const payload = Uint8Array.from(signed.payload ?? []);
    payload[payload.length - 1]! ^= 0x01;
    expect(errorOf(() => openParameterSet({ ...signed, payload }, verifier, t.serial, () => 0n)).code).toBe('E-CHAN-0006');
    // Held at its version already, the same set is a rollback the terminal refuses.
    expect(errorOf(() => openParameterSet(signed, verifier, t.serial, () => 1n)).code).toBe('E-CHAN-0015');
  });

  it('sends a changed kind as the next version and nothing else; a terminal moved to another merchant is an alert until it uses that merchant’s data', async () => {
    const dir = tempDir('posrt-params-');
    const first = await backend(dir, ['tok-SN-MOVE']);
    const { t, held } = await downloadAll(dir, first, 'SN-MOVE');
    await first.stop();
    running.splice(0);

    const params = json('backend-parameters.json');
    params.merchants[1].name = 'posrt 示范咖啡馆(新址)';
    params.terminals = [{ serial: 'SN-MOVE', merchantId: 'POSRT0000000002' }];
    const file = join(dir, 'params.json');
    writeFileSync(file, JSON.stringify(params));
    const b = await backend(dir, [], file);
    const db = join(dir, 'backend.db');
    const openAlerts = (): string[] => readStore<{ kind: string }>(db, 'SELECT kind FROM alerts WHERE cleared_at IS NULL').map((r) => r.kind);
    expect(openAlerts()).toEqual(['terminal-moved']);

    const address = `127.0.0.1:${b.port}`;
    const session = await openRawSession(address, t.identity, t.serial);
    expect((session.accepted.sessionAccepted!.currentParameters ?? []).map((p) => [K[p.kind ?? 0], String(p.version)])).toEqual([
      ['PARAMETER_KIND_TERMINAL', '2'],
      ['PARAMETER_KIND_AID_TABLE', '1'],
      ['PARAMETER_KIND_CONTACTLESS', '1'],
      ['PARAMETER_KIND_CA_KEYS', '1'],
      ['PARAMETER_KIND_OPERATORS', '1'],
      ['PARAMETER_KIND_MERCHANT', '3'],
    ]);
    session.close();

    const { sink } = sinkFor(t, held);
    const events = t.events.length;
    const client = t.client(address, {
      parameters: sink,
      heartbeat: () => ({ paper: v1.PaperState.PAPER_STATE_OK, parameters: [{ kind: K.PARAMETER_KIND_MERCHANT, version: toLong(sink.held('merchant'), true) }] }),
    });
    clients.push(client);
    client.start();
    await until('the new sets arrive', () => t.events.slice(events).some((e) => e.kind === 'parameters'));
    expect(t.events.slice(events).find((e) => e.kind === 'parameters')).toEqual({ kind: 'parameters', accepted: ['terminal', 'merchant'], refused: [] });
    expect([setOf(held, 'terminal').merchantId, setOf(held, 'merchant').merchantId, setOf(held, 'merchant').name]).toEqual(['POSRT0000000002', 'POSRT0000000002', 'posrt 示范咖啡馆(新址)']);
    await until('the moved alert clears', () => openAlerts().length === 0);
  });
});

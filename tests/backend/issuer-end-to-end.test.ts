// Whole contact transactions that reach the reference backend's issuer simulator: the contact
// kernel against a virtual card, its AuthorisationPort over the real channel
// (src/boot/authorisation-channel.ts over the session client) to `pos backend` as a child
// process, whose answer goes back into the card. What is checked is what the card did with it:
// an ARPC by method 2 that a CVN 02 card verifies, an issuer script the card runs (PUT DATA and
// a PIN CHANGE enciphered under its SMC key; and one
// whose MAC, under a wrong SMI key in the backend's configuration, it refuses with 6988), an
// online PIN the backend deciphers from the test BDK and declines with 55 when wrong.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { channelAuthorisationPort } from '../../src/boot/authorisation-channel.js';
import { getDataCommand, selectCommand, verifyCommand } from '../../src/emv/apdu/commands.js';
import { pinBlockFormat2 } from '../../src/security/index.js';
import { findValue } from '../../src/emv/tlv/index.js';
import type { SessionClient } from '../../src/channel/session-client.js';
import type { AuthorisationPort, AuthorisationRequest } from '../../src/emv/contact/authorisation.js';
import { ok, send } from '../emulators/card/session.js';
import { tapWith } from '../emv/contactless/tap-rig.js';
import { recordOf, transact, tvrWith, type Run } from '../emulators/card/transaction.js';
import { enrol, makeTerminal, startBackend, tempDir, until, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';

const VISA_PAN = '4761739001010010';
const UNIONPAY_PAN = '6212345678901232';

let backend: BackendProcess;
let client: SessionClient;
let dir: string;

beforeAll(async () => {
  dir = tempDir('posrt-issuer-e2e-');
  const config = writeBackendConfig(dir, {
    issuer: {
      masterKeys: [
        // visa and arpc-method-2, unionpay: the profiles' IMK, IMK-SMI and IMK-SMC.
        { ac: '0123456789ABCDEFFEDCBA9876543210', smi: '89ABCDEF0123456776543210FEDCBA98', smc: '0123456789ABCDEF89ABCDEF01234567' },
        { ac: '33333333333333334444444444444444', smi: '33333333333333335555555555555555', smc: '33333333333333336666666666666666' },
        // unionpay-qpboc-online: the quick UnionPay card's own range.
        { ac: '55555555555555556666666666666666', smi: '55555555555555557777777777777777', smc: '55555555555555558888888888888888' },
        // mastercard: the right AC key, a wrong SMI key — its script MACs cannot verify.
        { ac: '11111111111111112222222222222222', smi: '0123456789ABCDEF0123456789ABCDEF', smc: '11111111111111114444444444444444' },
      ],
      amountLimit: '1000000',
      scripts: [
        { when: { panPrefix: VISA_PAN }, timing: 'after-final-ac', id: '0000E001', commands: [{ command: 'put-data', tag: '9F14', value: '07' }, { command: 'pin-change', pin: '2468' }] },
        { when: { panPrefix: '541333' }, timing: 'before-final-ac', id: '0000E002', commands: [{ command: 'application-block' }] },
      ],
      // The rules the backend ships with: what each contactless cryptogram covers.
      contactlessCryptogramData: (JSON.parse(readFileSync('config/backend.json', 'utf8')) as { issuer: { contactlessCryptogramData: unknown } }).issuer.contactlessCryptogramData,
      onlinePin: { tdesBdk: '0123456789ABCDEFFEDCBA9876543210', aesBdk: 'FEDCBA9876543210F1F1F1F1F1F1F1F1', tryLimit: 3, pins: { [UNIONPAY_PAN]: '123456' } },
    },
  });
  backend = await startBackend({ db: join(dir, 'backend.db'), tokens: ['tok'], config });
  const address = `127.0.0.1:${backend.port}`;
  const terminal = makeTerminal(dir, 'SN-ISSUER');
  await enrol(terminal, address, 'tok');
  client = terminal.client(address, { answerTimeoutMs: 5_000 });
  client.start();
  await until('the session is open', () => client.status === 'open');
}, 60_000);

afterAll(async () => {
  client?.stop();
  await backend?.kill();
});

/** A contactless tap's host: the backend over the channel. */
const contactlessHost = (): AuthorisationPort => channelAuthorisationPort((request) => client.authorise(request), { transactionId: randomUUID(), entryMode: 'contactless', pinBlockFormat: 'iso0' });

/** A contact transaction whose host is the backend over the channel. */
const online = (run: Omit<Run, 'online'>) =>
  transact({ ...run, online: channelAuthorisationPort((request) => client.authorise(request), { transactionId: randomUUID(), entryMode: 'contact', pinBlockFormat: 'iso0' }) });

async function getData(r: Awaited<ReturnType<typeof online>>, aid: string, tag: number): Promise<string | undefined> {
  r.card.reset();
  await send(r.card, selectCommand(fromHex(aid)));
  const value = findValue(await ok(r.card, getDataCommand(tag)), tag);
  return value && toHex(value);
}

describe('transactions that reach the issuer simulator', () => {
  it('a CVN 02 card gets ARPC (4) || CSU from the backend, verifies it in EXTERNAL AUTHENTICATE and approves; the PUT DATA and PIN CHANGE script after the final GENERATE AC runs in the card', async () => {
    const r = await online({ profile: 'arpc-method-2' });
    const answer = r.responses[0]!;
    expect(answer.kind).toBe('approved');
    expect(answer.kind !== 'unavailable' && toHex(answer.issuerAuthenticationData!).slice(8)).toBe('00800000');
    expect(r.outcome.kind).toBe('approved');
    const record = recordOf(r);
    expect(record.cryptogram?.type).toBe('TC');
    // CVR byte 3 (IAD byte 5): issuer authentication performed, not failed — the card checked method 2.
    expect(record.iccData.get(0x9f10)?.[4]).toBe(0x80);
    expect(toHex(record.issuerScriptResults!)).toBe('200000E001');
    expect(await getData(r, 'A0000000031010', 0x9f14)).toBe('07');
    // The PIN CHANGE deciphered under the card's SMC key: the offline PIN is now 2468.
    expect((await send(r.card, verifyCommand(pinBlockFormat2('2468'), 'plaintext'))).sw).toBe(0x9000);
  });

  it('a script whose MAC the card cannot verify (the backend holds another SMI key) is refused with 6988: TVR and 9F5B say so, and the application is not blocked', async () => {
    const r = await online({ profile: 'online-only', pin: '4315' });
    const record = recordOf(r);
    expect(toHex(record.issuerScriptResults!)).toBe('110000E002');
    expect(toHex(record.tvr)).toBe(tvrWith('transactionExceedsFloorLimit', 'scriptFailedBeforeFinalGenerateAc'));
    // Blocked, it would answer AAC (Book 3 §6.5.1); the refused script changed nothing.
    expect([r.outcome.kind, record.cryptogram?.type]).toEqual(['approved', 'TC']);
  });

  it('a wrong online PIN is declined with ARC 55 and the card answers AAC; the right one is approved; neither PAN nor PIN block reaches the backend log or store', async () => {
    const wrong = await online({ profile: 'unionpay', amount: 20_000n, pin: '654321' });
    expect(wrong.requests[0]!.onlinePinBlock).toBeDefined();
    expect(wrong.outcome.kind).toBe('online-declined');
    expect(Buffer.from(recordOf(wrong).authorisationResponseCode!).toString('ascii')).toBe('55');
    expect(recordOf(wrong).cryptogram?.type).toBe('AAC');

    const right = await online({ profile: 'unionpay', amount: 20_000n, pin: '123456' });
    expect([right.outcome.kind, Buffer.from(recordOf(right).authorisationResponseCode!).toString('ascii')]).toEqual(['approved', '00']);

    expect(backend.stderr).not.toContain(UNIONPAY_PAN);
    for (const r of [wrong, right]) expect(backend.stderr.toUpperCase()).not.toContain(toHex(r.requests[0]!.onlinePinBlock!.pinBlock));
    // Nor its store: the authorisations it keeps for reversals hold the masked PAN only.
    const stored = ['backend.db', 'backend.db-wal'].filter((f) => existsSync(join(dir, f))).map((f) => readFileSync(join(dir, f)));
    expect(stored.length).toBeGreaterThan(0);
    for (const bytes of stored) {
      expect(bytes.includes(UNIONPAY_PAN)).toBe(false);
      for (const r of [wrong, right]) expect(bytes.includes(Buffer.from(r.requests[0]!.onlinePinBlock!.pinBlock))).toBe(false);
    }
  });

  it('a contactless ARQC is checked over the data its cryptogram version covers, rebuilt from the ICC data by the shipped rules: Visa qVSDC and UnionPay qPBOC (quick, TVR zero at GPO) and Mastercard M/Chip (CDOL1) approved', async () => {
    for (const [profile, amount] of [['visa-online-only', 2000n], ['unionpay-qpboc-online', 2000n], ['mastercard-c2', 20000n]] as const) {
      const r = await tapWith(profile, amount, contactlessHost());
      expect([profile, r.result.outcome.kernel !== null && r.result.outcome.outcome.status]).toEqual([profile, 'online-request']);
      expect([profile, r.online?.kind]).toEqual([profile, 'approved']);
    }
  });

  it('a contactless request whose amount in the ICC data is not the one the card signed finds no key that verifies, and is declined', async () => {
    const port = contactlessHost();
    const tampered = { authorise: (req: AuthorisationRequest) => port.authorise({ ...req, iccData: new Map([...req.iccData, [0x9f02, Uint8Array.of(0, 0, 0, 0, 0x20, 0x01)]]) }) };
    const r = await tapWith('visa-online-only', 2000n, tampered);
    expect(r.online).toMatchObject({ kind: 'online-declined' });
  });
});

// QR payment from the menu with real parts in process (menu-rig.ts: the journal in SQLite, the
// operator session, the screen driver over a recording renderer, the ESC/POS driver over TCP to
// the virtual printer) and the engine's QR host over the session client to `pos backend` as a
// process, whose wallet simulator pays the terminal's code paysAfterMs after the order: Print on
// the code's screen puts the same code on paper while the code stays up and the engine polls.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { engineSettings } from '../../src/boot/engine-ports.js';
import { qrMenu } from '../../src/boot/qr-menu.js';
import { TerminalLock } from '../../src/channel/terminal-lock.js';
import { renderReceipt } from '../../src/emulators/printer/render.js';
import { createLogger } from '../../src/kernel/index.js';
import { parseMerchantQr } from '../../src/payment/qr/index.js';
import { startHost, type Host } from '../payment/engine/host.js';
import { decodePng, readQr } from '../support/png.js';
import { menuRig, type MenuRig } from './menu-rig.js';

let host: Host;
let rig: MenuRig | undefined;

// Long enough for the slip to print before the wallet pays, on a loaded machine.
beforeAll(async () => {
  host = await startHost('SN-QR-MENU', { paysAfterMs: 6_000, payer: 'unionpay' });
}, 60_000);
afterAll(() => host?.stop());
afterEach(() => rig?.dispose());

const log = createLogger({ name: 'test', level: 'silent' });
const texts = (r: MenuRig) => r.views.at(-1)!.lines.map((l) => l.text);

describe('the menu\'s QR payment, the terminal\'s code shown', () => {
  it('prints the code on Print while it stays on the screen and the payment is polled, then approves', async () => {
    const lock = TerminalLock.open(host.dir);
    rig = await menuRig({ printer: true, channel: { client: host.client, lock } });
    await rig.session.signIn('0003', '333333');
    const settings = engineSettings();
    expect(settings.merchantQr).toBeDefined();
    const run = qrMenu(rig.terminal, settings, log, { running: false })(new AbortController().signal);
    await rig.shown('amount');
    rig.type('2372');
    // No scanner attached: the terminal's code without asking who scans.
    const shown = await rig.shown('merchant-qr');
    expect(shown.buttons.map((b) => b.id)).toEqual(['print', 'cancel']);
    rig.tap('print');
    await expect.poll(() => texts(rig!), { timeout: 10_000 }).toContain('Code printed');
    // The same ask, redrawn in place: still the code, with Print again and Cancel.
    expect(rig.views.at(-1)).toMatchObject({ id: 'merchant-qr', buttons: [{ id: 'print' }, { id: 'cancel' }] });
    const slip = rig.paper!.receipts[0]!;
    const payload = readQr(decodePng(renderReceipt(slip).png));
    expect(payload).not.toBeNull();
    // What the wallet scans off the paper is this order: its amount and the journal's reference.
    const order = rig.journal.query({ amount: 2_372n })[0];
    expect(parseMerchantQr(payload!)).toMatchObject({ initiation: 'dynamic', amount: '23.72', additional: { referenceLabel: `${String(order?.batch).padStart(6, '0')}${String(order?.stan).padStart(6, '0')}` } });
    // The wallet pays; the result as a card sale's, both copies printed after the code's slip.
    const result = await expectResult(rig);
    expect(result.lines[0]!.text).toBe('QR payment CN¥23.72');
    expect(rig.paper!.receipts).toHaveLength(3);
    rig.tap('ok');
    await run;
  }, 60_000);
});

async function expectResult(r: MenuRig) {
  await expect.poll(() => r.views.at(-1)?.id, { timeout: 30_000 }).toBe('result');
  return r.views.at(-1)!;
}

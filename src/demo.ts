// npm run demo: npm start's boot, then one sale unattended — the demo cashier (0003) signs in,
// the UnionPay virtual card in the contact reader, its PIN entered on the PIN pad emulator (the
// pad types it ahead: a TEST card's PIN), online approval by the embedded backend's issuer
// simulator, both receipt copies printed by the virtual printer (PNG paths printed), the journal
// row uploaded and read back from the operations centre's page (masked PAN only); then a
// merchant-presented QR sale, its dynamic code registered with the embedded backend and paid by
// its wallet simulator (config/backend.json's wallet.paysAfterMs), listed on the page too; and a
// consumer-presented one, a WeChat Pay code typed into the scanner emulator and approved by the
// wallet simulator (the code is never printed). Prints a summary (human lines and one JSON line) and exits 0, or exits 1 with the coded error of the
// step that failed; everything started is stopped either way.
import { destination } from 'pino';
import { bootConfigFromEnv } from './boot/config.js';
import { engineSettings, transactionPorts } from './boot/engine-ports.js';
import { bootTerminal, type Terminal } from './boot/terminal.js';
import { runSale } from './boot/transaction-menu.js';
import { languageFromEnv, PosError } from './errors/index.js';
import { createLogger } from './kernel/index.js';
import { DEMO_OPERATORS } from './payment/demo-operators.js';
import { PaymentEngine, type EngineScreens } from './payment/engine/index.js';

/** The sale: 88.88 CNY on the UnionPay TEST card, whose PIN is 123456 (its profile). */
const AMOUNT = 8_888n;
const CARD = { profile: 'unionpay', slot: 0 } as const;
const TEST_CARD_PIN = '123456';
/** The QR sales: 12.88 CNY on the terminal's code, 6.66 CNY on the customer's. */
const QR_SALES = { merchant: { amount: 1_288n, text: '12.88' }, consumer: { amount: 666n, text: '6.66' } } as const;
/** A WeChat Pay payment code (18 digits from 13), as the customer's phone shows it. */
const WECHAT_CODE = '134567890123456789';
const CASHIER = DEMO_OPERATORS.find((o) => o.role === 'cashier')!;
const STEP_TIMEOUT_MS = 30_000;

const boot = { ...bootConfigFromEnv(), virtualCards: [CARD] };
const log = createLogger({ name: 'posrt-demo', level: boot.logLevel as 'info', destination: destination(2) });
const say = (text: string): void => void process.stdout.write(`${text}\n`);

/** Polls `check` until it gives a value; `code` with `what` when it never does. */
async function waitFor<T>(what: string, code: 'E-BOOT-0003' | 'E-BOOT-0004', check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new PosError(code, { waitingFor: what, timeoutMs: STEP_TIMEOUT_MS });
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The operations centre's row of a transaction once it is uploaded. */
function opsCentreRow(page: string, id: string): Promise<string> {
  return waitFor('the transaction on the operations centre', 'E-BOOT-0004', async () => new RegExp(`<tr data-transaction="${id}">.*?</tr>`).exec(await (await fetch(page)).text())?.[0]);
}

/** A QR sale, merchant- or consumer-presented: nobody watches the screens but the customer
 *  with the code, and a cashier's sale needs no supervisor. */
async function qrSale(terminal: Terminal, settings: ReturnType<typeof engineSettings>, page: string, presentedBy: 'merchant' | 'consumer'): Promise<Record<string, unknown>> {
  const { amount, text } = QR_SALES[presentedBy];
  const screens: EngineScreens = {
    // The customer shows the code once the terminal waits for it.
    show: (s) => void (s.id === 'scan-code' && terminal.emulated?.scannerProcess?.send(`scan ${WECHAT_CODE}`)),
    askSupervisor: async () => null,
  };
  const engine = new PaymentEngine(transactionPorts({ terminal, settings, screens, amount, log }));
  const outcome = await (presentedBy === 'merchant' ? engine.merchantQr({ amount, timeoutMs: STEP_TIMEOUT_MS }) : engine.consumerQr({ amount, timeoutMs: STEP_TIMEOUT_MS }));
  if (outcome.kind !== 'approved') throw new PosError('E-BOOT-0003', { outcome: outcome.kind, code: 'error' in outcome ? outcome.error.code : (outcome.transaction.responseCode ?? '') });
  const t = outcome.transaction;
  say(`QR sale ${t.id} (${presentedBy}-presented, ${text} CNY): approved by the wallet, reference ${t.hostReference ?? '-'}`);
  const row = await opsCentreRow(page, t.id);
  if (!row.includes(`>${text}<`)) throw new PosError('E-BOOT-0004', { waitingFor: 'the QR sale\'s amount on the page' });
  return { outcome: outcome.kind, transactionId: t.id, amount: text, presentedBy: t.qrPresentedBy ?? null, scheme: t.scheme ?? null, hostReference: t.hostReference ?? null };
}

async function demo(terminal: Terminal): Promise<Record<string, unknown>> {
  const settings = engineSettings();
  await waitFor('the host link', 'E-BOOT-0004', () => (terminal.channel.link().state === 'online' ? true : undefined));
  await waitFor('the PIN pad and the printer', 'E-BOOT-0003', () => (terminal.registry.byKind('pin-pad').length > 0 && terminal.registry.byKind('printer').length > 0 ? true : undefined));
  const receipts: string[] = [];
  terminal.emulated?.printerProcess?.onEvent((e) => {
    if (e.event === 'receipt') receipts.push(e.file as string);
  });

  const pinEntries: string[] = [];
  terminal.emulated?.pinPad?.onEvent((e) => {
    if (e.event === 'awaiting-pin') pinEntries.push(e.mode as string);
  });

  const operator = await terminal.payment.session.signIn(CASHIER.id, CASHIER.password);
  say(`signed in: ${operator.id} (${operator.role})`);
  const { outcome } = await runSale(terminal, settings, log, { running: false }, AMOUNT);
  if (outcome.kind !== 'approved') {
    throw new PosError('E-BOOT-0003', { outcome: outcome.kind, code: 'error' in outcome ? outcome.error.code : (outcome.transaction.responseCode ?? '') });
  }
  const t = outcome.transaction;
  // What the demo shows: the PIN on the pad, enciphered for the issuer, and the issuer's answer.
  if (!pinEntries.includes('online') || t.decision !== 'online') throw new PosError('E-BOOT-0003', { outcome: 'approved', pinEntries: pinEntries.join(',') || 'none', decision: t.decision ?? 'none' });
  say(`sale ${t.id}: approved, ${t.maskedPan ?? '-'}, auth code ${t.authorisationCode ?? '-'}`);
  // The virtual printer renders each copy at its cut.
  await waitFor('both receipt copies', 'E-BOOT-0003', () => (receipts.length >= 2 ? true : undefined));
  for (const file of receipts) say(`receipt: ${file}`);

  const page = `${terminal.opsCentreUrl}terminals/${encodeURIComponent(terminal.config.serial)}`;
  const row = await opsCentreRow(page, t.id);
  say(`operations centre: ${page} lists it`);
  const amountShown = row.includes('>88.88<');
  const panShown = t.maskedPan !== undefined && row.includes(t.maskedPan);
  if (!amountShown || !panShown) throw new PosError('E-BOOT-0004', { waitingFor: 'the amount and masked PAN on the page', amountShown, panShown });
  const saleReceipts = [...receipts];
  const qr = await qrSale(terminal, settings, page, 'merchant');
  await waitFor('the scanner', 'E-BOOT-0003', () => (terminal.registry.byKind('scanner').length > 0 ? true : undefined));
  const scanned = await qrSale(terminal, settings, page, 'consumer');
  return {
    outcome: outcome.kind,
    transactionId: t.id,
    amount: '88.88',
    currency: 'CNY',
    maskedPan: t.maskedPan ?? null,
    pinEntry: 'online',
    decision: t.decision,
    authorisationCode: t.authorisationCode ?? null,
    operator: operator.id,
    receipts: saleReceipts,
    qrSale: qr,
    scannedQrSale: scanned,
    opsCentrePage: page,
    webDisplay: terminal.display.url,
    /** The emulators' and the backend's processes, all stopped when the demo exits. */
    children: terminal.childPids(),
  };
}

let terminal: Terminal | undefined;
let exitCode = 0;
try {
  terminal = await bootTerminal({ boot, log, say, typedAheadPin: TEST_CARD_PIN, busy: () => false });
  say(`web display: ${terminal.display.url}`);
  say(`operations centre: ${terminal.opsCentreUrl}`);
  const summary = await demo(terminal);
  say(JSON.stringify({ event: 'demo', ...summary }));
} catch (e) {
  if (!(e instanceof PosError)) throw e;
  const { message, fix } = e.describe(languageFromEnv());
  process.stderr.write(`${e.message}\n${message}: ${fix}\n`);
  say(JSON.stringify({ event: 'demo', outcome: 'failed', code: e.code }));
  exitCode = 1;
} finally {
  await terminal?.stop();
}
process.exit(exitCode);

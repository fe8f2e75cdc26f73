// The payment engine's ports from what the boot brought up: the journal and operator session,
// the host over the session client (one AuthorisationPort per transaction, authorisation-
// channel.ts), the registry's readers, PIN pad, printer and scanner, the channel's lock, the
// EMV and receipt settings from config/, and the screens the engine shows on the web display.
// A new engine per transaction: the PIN pad shows that transaction's amount.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG_DIR, loadTerminalFiles } from '../cli/config-files.js';
import { parseContactlessConfig } from '../emv/contactless/config.js';
import type { PinPadPort } from '../emv/cvm/index.js';
import { currencyByNumeric } from '../emv/dictionary/index.js';
import { PosError } from '../errors/index.js';
import type { CardReader, DeviceRegistry, Logger } from '../kernel/index.js';
import type { EnginePorts, EngineScreen, EngineScreens, SupervisorCredentials } from '../payment/engine/index.js';
import { DEFAULT_PIN_ENTRY, pinPadPort } from '../payment/pin-pad-port.js';
import { bookAScreen, supervisorIdScreen, supervisorPasswordScreen, type Currency, type ScreenDriver, type Text } from '../ui/index.js';
import { channelAuthorisationPort } from './authorisation-channel.js';
import { OPERATOR_TIMEOUT_MS } from './operator-loop.js';
import { merchantQrSettings } from './merchant-qr-config.js';
import { channelQrHostPort } from './qr-channel.js';
import type { Terminal } from './terminal.js';

/** Where a slip's QR code points; the e-receipt service is the merchant's. */
const E_RECEIPT_URL = 'https://r.posrt.dev/e/{terminal}/{id}';
const PRESENT_TIMEOUT_MS = 30_000;

export type EngineSettings = EnginePorts['settings'];
/** The engine's settings and the currency as the screens show it. */
export type MenuSettings = EngineSettings & { readonly uiCurrency: Currency };

/** config/'s terminal, AID, contactless, CA key and revocation files, and the receipt's merchant. */
export function engineSettings(dir: string = DEFAULT_CONFIG_DIR): MenuSettings {
  const files = loadTerminalFiles(dir);
  const t = files.terminal;
  const currency = currencyByNumeric(Number(t.currencyCode));
  if (!currency) throw new PosError('E-CORE-0003', { file: join(dir, 'terminal.json'), field: 'currencyCode', expected: 'an ISO 4217 numeric code' });
  return {
    terminal: t,
    aids: files.aids,
    combinations: parseContactlessConfig(JSON.parse(readFileSync(join(dir, 'contactless.json'), 'utf8'))),
    caKeys: files.caKeys,
    revoked: files.revoked,
    currency: { code: t.currencyCode, exponent: currency.exponent },
    receipt: { merchant: { nameZh: t.merchantName, nameEn: t.merchantName, merchantId: t.merchantId, terminalId: t.terminalId }, eReceiptUrl: E_RECEIPT_URL, timeZone: 'Asia/Shanghai' },
    receiptLanguage: 'zh-CN',
    presentTimeoutMs: PRESENT_TIMEOUT_MS,
    ...merchantQrSettings(dir),
    uiCurrency: { alpha: currency.alpha, exponent: currency.exponent },
  };
}

/** Book 4's "PIN pad not present or not working": the kernel goes on to the next CV Rule. */
const NO_PIN_PAD: PinPadPort = {
  verifyOfflinePin: async () => ({ kind: 'pad-unavailable' }),
  getOnlinePin: async () => ({ kind: 'pad-unavailable' }),
};

/** A supervisor's id and password on the keypad, to approve `what` ("Refund ¥12.00"); null
 *  when the operator cancelled or nobody answered. */
export async function askSupervisor(driver: ScreenDriver, what: Text, signal?: AbortSignal): Promise<SupervisorCredentials> {
  const options = { timeoutMs: OPERATOR_TIMEOUT_MS, ...(signal ? { signal } : {}) };
  const id = await driver.ask(supervisorIdScreen(what), options);
  if (id.kind !== 'entered') return null;
  const password = await driver.ask(supervisorPasswordScreen(what, id.value), options);
  return password.kind === 'entered' ? { approverId: id.value, password: password.value.reveal() } : null;
}

/** The engine's screens on the driver, for a transaction described as `what`. The result and
 *  error screens wait for the operator's OK, which the engine does not: they are kept for the
 *  caller to ask once the engine returns. */
export function engineScreens(driver: ScreenDriver, currency: Currency, lastAnswered: (screen: EngineScreen) => void, what: Text): EngineScreens {
  return {
    show(screen) {
      switch (screen.id) {
        case 'book-a':
          // Book A's "no message": the screen stays as it is.
          if (screen.message === 'no-message') return;
          return driver.show(bookAScreen(screen.message, screen.amount === undefined ? undefined : { kind: 'amount', amount: screen.amount, currency }));
        case 'result':
        case 'balance':
        case 'error':
        case 'merchant-qr':
        case 'scan-code':
          return lastAnswered(screen);
      }
    },
    askSupervisor: () => askSupervisor(driver, what),
  };
}

const serves = (r: CardReader, wanted: 'contact' | 'contactless'): boolean => r.interface === 'both' || r.interface === wanted;

/** The readers the engine waits on: the first of each interface that the registry holds now. */
function readersOf(registry: DeviceRegistry): EnginePorts['readers'] {
  const contact = registry.find('card-reader', (r) => serves(r, 'contact'));
  const contactless = registry.find('card-reader', (r) => serves(r, 'contactless'));
  return { ...(contact ? { contact } : {}), ...(contactless ? { contactless } : {}) };
}

export interface TransactionPortsOptions {
  readonly terminal: Terminal;
  readonly settings: EngineSettings;
  readonly screens: EngineScreens;
  readonly amount: bigint;
  readonly log: Logger;
}

/** The ports for one transaction of `amount`. */
export function transactionPorts(o: TransactionPortsOptions): EnginePorts {
  const { registry, channel, payment } = o.terminal;
  const pad = registry.byKind('pin-pad')[0];
  const printer = registry.byKind('printer')[0];
  const scanner = registry.byKind('scanner')[0];
  const magStripe = registry.byKind('mag-stripe')[0];
  const pinBlockFormat = DEFAULT_PIN_ENTRY.format;
  return {
    journal: payment.journal,
    operators: payment.session,
    authorisation: (t) => channelAuthorisationPort((request) => channel.client.authorise(request), { ...t, pinBlockFormat }),
    qrHost: channelQrHostPort((ask) => channel.client.qrPayment(ask)),
    readers: readersOf(registry),
    pinPad: pad
      ? pinPadPort(pad, { ...DEFAULT_PIN_ENTRY, amount: o.amount, currency: o.settings.currency }, (e) => o.log.warn({ code: e.code }, 'PIN pad fault'))
      : NO_PIN_PAD,
    ...(printer ? { printer } : {}),
    ...(scanner ? { scanner } : {}),
    ...(magStripe ? { magStripe } : {}),
    screens: o.screens,
    lock: channel.lock,
    settings: o.settings,
    clock: { now: () => new Date(), elapsedMs: () => performance.now() },
    random: (n) => Uint8Array.from(randomBytes(n)),
  };
}


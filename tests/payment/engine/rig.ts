// The engine under test with real parts: the journal's encrypted file, its outbox port as the
// composition root wires it (src/boot/journal-channel.ts into the channel's outbox, which the
// session client sends to `pos backend` as a process), the operators' SQLite files and session,
// the channel's terminal lock file, virtual cards in in-process readers, the keyed PIN pad
// (DUKPT under the test BDK the backend deciphers with), and the virtual printer over TCP
// behind the ESC/POS driver. Only the screens are a recorder: the engine's screen port is what
// ui adapts, and what it was asked to show is what the tests read.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outboxJournalMessages } from '../../../src/boot/journal-channel.js';
import { TerminalLock } from '../../../src/channel/terminal-lock.js';
import { EscPosPrinter, tcpLine } from '../../../src/devices/printer/index.js';
import { parseAidConfigs, parseTerminalConfig } from '../../../src/emv/contact/config.js';
import { parseContactlessConfig } from '../../../src/emv/contactless/config.js';
import type { PinPadPort } from '../../../src/emv/cvm/index.js';
import { createCaKeyStore } from '../../../src/emv/oda/index.js';
import { createCard, testCaPublicKeys } from '../../../src/emulators/card/index.js';
import { keyedPinPad } from '../../../src/emulators/pinpad/keyed-pin-pad.js';
import { VirtualPrinter } from '../../../src/emulators/printer/virtual-printer.js';
import { PaymentEngine, type EnginePorts, type EngineScreen, type QrHostPort, type SupervisorCredentials } from '../../../src/payment/engine/index.js';
import type { MagStripe, Scanner } from '../../../src/kernel/index.js';
import { Journal, loadJournalKey } from '../../../src/payment/journal/index.js';
import type { Action } from '../../../src/payment/roles.js';
import { Rig as OperatorRig, testDirectory } from '../operators/rig.js';
import { InProcessReader } from '../../support/in-process-reader.js';
import type { Terminal } from '../../support/backend-process.js';

const CONFIG = join(import.meta.dirname, '../../../config');
const json = (file: string): unknown => JSON.parse(readFileSync(join(CONFIG, file), 'utf8'));

export const SETTINGS: EnginePorts['settings'] = {
  terminal: parseTerminalConfig(json('terminal.json')),
  aids: parseAidConfigs(json('aids.json')),
  combinations: parseContactlessConfig(json('contactless.json')),
  caKeys: createCaKeyStore(testCaPublicKeys().map((k) => ({ ...k, expiry: k.expiry }))),
  revoked: [],
  currency: { code: '156', exponent: 2 },
  receipt: {
    merchant: { nameZh: '鲜果便利店', nameEn: 'FRESH MART', merchantId: '123456789012345', terminalId: 'POSRT001' },
    eReceiptUrl: 'https://r.posrt.dev/e/{terminal}/{id}',
    timeZone: 'Asia/Shanghai',
  },
  receiptLanguage: 'zh-CN',
  presentTimeoutMs: 2_000,
};

export interface EngineRig {
  readonly dir: string;
  readonly engine: PaymentEngine;
  readonly journal: Journal;
  readonly operators: OperatorRig;
  readonly lock: TerminalLock;
  readonly contact: InProcessReader;
  readonly contactless: InProcessReader;
  readonly printer: VirtualPrinter;
  readonly shown: EngineScreen[];
  /** What the next supervisor question answers (null: the operator gave up). */
  supervisor: SupervisorCredentials;
  readonly asked: Action[];
  insert(profile: string): void;
  tap(profile: string): void;
  close(): Promise<void>;
}

export interface RigOptions {
  readonly terminal: Terminal;
  readonly host: EnginePorts['authorisation'];
  readonly pin?: string;
  readonly pinPad?: PinPadPort;
  readonly scanner?: Scanner;
  readonly magStripe?: MagStripe;
  readonly qrHost?: QrHostPort;
  readonly merchantQr?: EnginePorts['settings']['merchantQr'];
  /** Readers other than the in-process ones (pcscd's, in the HIL sale). */
  readonly readers?: EnginePorts['readers'];
}

export async function engineRig(options: RigOptions): Promise<EngineRig> {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-engine-'));
  const journal = Journal.open(join(dir, 'journal.db'), loadJournalKey(join(dir, 'keys', 'journal.key'), { provision: true }), outboxJournalMessages(options.terminal.outbox));
  const operators = new OperatorRig(undefined, mkdtempSync(join(dir, 'operators-')));
  operators.session.applyDirectory(await testDirectory());
  await operators.session.signIn('0003', 'pw0003');
  const lock = TerminalLock.open(dir);
  const contact = new InProcessReader('contact');
  const contactless = new InProcessReader('contactless');
  const virtual = new VirtualPrinter();
  const open = tcpLine('127.0.0.1', await virtual.listen(0));
  const printer = new EscPosPrinter(await open(), open, { pollMs: 50, confirmTimeoutMs: 3_000, answerTimeoutMs: 500, watchMs: 0 });
  const shown: EngineScreen[] = [];
  const asked: Action[] = [];
  let t = 0;
  const rig: EngineRig = {
    dir,
    journal,
    operators,
    lock,
    contact,
    contactless,
    printer: virtual,
    shown,
    supervisor: null,
    asked,
    engine: new PaymentEngine({
      journal,
      operators: operators.session,
      authorisation: options.host,
      readers: options.readers ?? { contact, contactless },
      pinPad: options.pinPad ?? keyedPinPad(options.pin),
      printer,
      screens: {
        show: (s) => void shown.push(s),
        askSupervisor: async (action) => {
          asked.push(action);
          return rig.supervisor;
        },
      },
      ...(options.scanner ? { scanner: options.scanner } : {}),
      ...(options.magStripe ? { magStripe: options.magStripe } : {}),
      ...(options.qrHost ? { qrHost: options.qrHost } : {}),
      lock,
      settings: options.merchantQr ? { ...SETTINGS, merchantQr: options.merchantQr } : SETTINGS,
      clock: { now: () => new Date(), elapsedMs: () => (t += 1) },
      random: (n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff),
    }),
    insert: (profile) => contact.present(createCard(profile, { interface: 'contact' })),
    tap: (profile) => contactless.present(createCard(profile, { interface: 'contactless' })),
    async close() {
      journal.close();
      operators.dispose();
      await printer.close();
      await virtual.close();
    },
  };
  return rig;
}

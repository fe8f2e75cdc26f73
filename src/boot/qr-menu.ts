// Scan-to-pay from the main menu: the amount on the keypad, then which way the code goes — the
// terminal's dynamic code on the screen for the customer's wallet (merchant-presented, offered
// when config/merchant-qr.json names the merchant's accounts) or the customer's code at the
// scanner (consumer-presented, offered when a scanner is attached); one of them alone is not
// asked. The engine registers, shows and polls (payment/engine/qr-payments.ts); while it waits,
// its code or "show your payment code" stays up with Cancel, which ends the engine's wait (a
// code shown is then reversed, as it may have been paid), and the code with Print when a printer
// is attached (its slip printed while the code stays up and the engine polls). The result and
// receipts as a card sale's.
import { PosError } from '../errors/index.js';
import type { Logger, PrintJob } from '../kernel/index.js';
import { PaymentEngine, type EngineOutcome, type EngineScreen, type EngineScreens } from '../payment/engine/index.js';
import { merchantQrSlipJob } from '../payment/qr/index.js';
import { amountScreen, merchantQrScreen, qrMethodScreen, scanCodeScreen, transactionSubject, type QrMethod, type QrSlip, type Screen } from '../ui/index.js';
import { engineScreens, transactionPorts, type MenuSettings } from './engine-ports.js';
import { MAX_AMOUNT, OPERATOR_TIMEOUT_MS, type MenuHandler } from './operator-loop.js';
import { printerOf } from './query-menu.js';
import type { Terminal } from './terminal.js';
import { acknowledge, type Activity } from './transaction-menu.js';

/** How long the customer has to pay the code shown, or to show theirs to the scanner. */
const QR_WAIT_MS: Readonly<Record<QrMethod, number>> = { merchant: 120_000, consumer: 60_000 };

export function qrMenu(terminal: Terminal, settings: MenuSettings, log: Logger, activity: Activity): MenuHandler {
  const driver = terminal.display.driver;
  const currency = settings.uiCurrency;

  const method = async (amount: bigint, signal: AbortSignal): Promise<QrMethod | null> => {
    const offered: QrMethod[] = [...(settings.merchantQr ? ['merchant' as const] : []), ...(terminal.registry.byKind('scanner').length > 0 ? ['consumer' as const] : [])];
    // Neither: the engine refuses with E-TXN-0009, naming what is missing.
    if (offered.length <= 1) return offered[0] ?? 'merchant';
    const answer = await driver.ask(qrMethodScreen(offered, amount, currency), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
    return answer.kind === 'entered' ? (offered.find((m) => m === answer.value) ?? null) : null;
  };

  return async (signal) => {
    const amount = await driver.ask(amountScreen('qr', currency, MAX_AMOUNT), { signal, timeoutMs: OPERATOR_TIMEOUT_MS });
    if (amount.kind !== 'entered') return;
    const how = await method(amount.value, signal);
    if (how === null) return;

    const cancel = new AbortController();
    let ending: EngineScreen | null = null;
    let waiting: AbortController | null = null;
    // The engine's next screen takes the glass: the wait's ask ends first (the driver has one).
    const endWait = (): void => {
      waiting?.abort();
      waiting = null;
    };
    /** Asks `screen` until the engine's next one; Cancel ends the engine's wait, another
     *  button goes to `onButton`. Returns the ask's own controller, to tell it is still up. */
    const wait = (screen: Screen<{ readonly kind: 'choice' }>, onButton: (id: string) => void = () => undefined): AbortController => {
      endWait();
      const asked = new AbortController();
      waiting = asked;
      void driver.ask(screen, { signal: asked.signal }).then((a) => {
        if (a.kind === 'cancelled' && !asked.signal.aborted) cancel.abort();
        else if (a.kind === 'entered' && waiting === asked) onButton(a.value);
      });
      return asked;
    };
    /** The code on the glass, with Print while a printer is attached: the slip prints while the
     *  code stays up and the engine goes on polling; how it went is a line on the same screen. */
    const showCode = (code: Extract<EngineScreen, { readonly id: 'merchant-qr' }>): void => {
      const slipJob = () => merchantQrSlipJob({ payload: code.payload, amount: code.amount, currency: Number(settings.currency.code), reference: code.reference }, settings.receipt, settings.receiptLanguage);
      const screen = (slip: QrSlip | null) => merchantQrScreen(code.matrix, code.amount, currency, slip);
      const print = (): void => {
        const asked = wait(screen({ kind: 'printing' }), onButton);
        void printSlip(slipJob).then(
          (slip) => {
            if (waiting === asked) driver.update(screen(slip));
          },
          (e: unknown) => log.error({ err: e }, 'merchant QR slip failed'),
        );
      };
      const onButton = (id: string): void => (id === 'print' ? print() : undefined);
      wait(screen(terminal.registry.byKind('printer').length > 0 ? { kind: 'offered' } : null), onButton);
    };
    /** The slip printed, or the code the printer (or the slip) failed with. */
    const printSlip = async (job: () => PrintJob): Promise<QrSlip> => {
      try {
        const printed = await printerOf(terminal).print(job());
        if (printed.kind === 'failed') throw printed.error;
        return { kind: 'printed' };
      } catch (e) {
        if (!(e instanceof PosError)) throw e;
        log.warn({ code: e.code }, 'merchant QR slip not printed');
        return { kind: 'failed', code: e.code };
      }
    };
    const what = transactionSubject('qr', amount.value, currency);
    const shown = engineScreens(driver, currency, (s) => (ending = s), what);
    const screens: EngineScreens = {
      show(s) {
        if (s.id === 'merchant-qr') return showCode(s);
        if (s.id === 'scan-code') return void wait(scanCodeScreen(s.amount, currency));
        endWait();
        shown.show(s);
      },
      askSupervisor: (action) => (endWait(), shown.askSupervisor(action)),
    };

    const input = { amount: amount.value, timeoutMs: QR_WAIT_MS[how], signal: AbortSignal.any([signal, cancel.signal]) };
    let outcome: EngineOutcome;
    activity.running = true;
    try {
      const engine = new PaymentEngine(transactionPorts({ terminal, settings, screens, amount: amount.value, log }));
      outcome = await (how === 'merchant' ? engine.merchantQr(input) : engine.consumerQr(input));
      log.info({ transaction: `qr-${how}`, outcome: outcome.kind, code: 'error' in outcome ? outcome.error.code : undefined }, 'transaction ended');
    } finally {
      endWait();
      activity.running = false;
    }
    // The cashier's own Cancel before anything reached the host (no code scanned) is no fault to
    // acknowledge; a code shown and then cancelled was reversed, and its screen says so.
    if (cancel.signal.aborted && outcome.kind === 'failed') return;
    await acknowledge(terminal, settings, ending, signal);
  };
}

// npm start: the composition root. The boot (src/boot/terminal.ts) brings up what the terminal
// needs — pcscd, the emulators for what the config file does not name, the embedded backend
// when it names none, the device registry, the channel, the payment files, the web display —
// then the operator works from the idle screen until Ctrl-C or SIGTERM, which stop everything
// started, last first; a second Ctrl-C while stopping ends the process at once. A startup error
// prints its code, message and fix and exits 2.
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { destination } from 'pino';
import { startBootProcesses } from './boot/boot-processes.js';
import { bootConfigFromEnv } from './boot/config.js';
import { languageFromEnv, PosError } from './errors/index.js';
import { createLogger, type AnyDevice } from './kernel/index.js';

const boot = bootConfigFromEnv();
// The screen (stdout) is for people; the JSON log goes to stderr for the system journal.
const log = createLogger({ name: 'posrt', level: boot.logLevel as 'info', destination: destination(2) });
const say = (text: string): void => void process.stdout.write(`${text}\n`);

function describe(device: AnyDevice): string {
  const { kind, driver, path } = device.identity;
  return `${kind} ${path} (${driver}${'interface' in device ? `, ${device.interface}` : ''})`;
}

// A transaction is running (the menu sets it): firmware waits until it is over.
const activity = { running: false };

// pcscd, the emulators and the embedded backend first: each takes most of a second to come up,
// and the rest of the runtime loads meanwhile (bench/boot). A failure is taken up by the boot.
const processes = startBootProcesses({ boot, say, typedAheadPin: null });
processes.catch(() => undefined);

try {
  const [{ bootTerminal }, { startOperatorLoop }] = await Promise.all([import('./boot/terminal.js'), import('./boot/operator-loop.js')]);
  const terminal = await bootTerminal({ boot, log, say, typedAheadPin: null, busy: () => activity.running, processes });
  const { registry } = terminal;
  say('devices:');
  for (const device of registry.list()) say(`  ${describe(device)}`);
  // A provider that could not start (BLE with no adapter) says why, and the terminal goes on.
  for (const [provider, health] of registry.health()) if (health.state !== 'ok') say(`${provider}: ${health.state} ${health.code}`);
  registry.events.on('attached', (d) => say(`attached: ${describe(d)}`));
  registry.events.on('detached', (d) => say(`detached: ${describe(d)}`));
  registry.events.on('provider-health', ({ provider, health }) => say(`${provider}: ${health.state === 'ok' ? 'ok' : `${health.state} ${health.code}`}`));

  // The transaction menus and the EMV kernels, engine and receipts behind them are a third of the
  // runtime's modules and nothing the idle screen needs: they load once it is up (bench/boot
  // prints when), not in the boot's way. A sign-in takes seconds; they take a few hundred ms.
  let warm = (): void => undefined;
  const actions = new Promise<void>((resolve) => (warm = resolve))
    .then(() => import('./boot/transaction-menu.js'))
    .then(({ transactionMenu }) => {
      say(JSON.stringify({ event: 'warm', warmMs: Math.round(performance.now()) }));
      return transactionMenu(terminal, log, activity);
    });
  const loop = startOperatorLoop({
    display: terminal.display,
    session: terminal.payment.session,
    actions,
    onError: (e) => log.error({ code: e instanceof PosError ? e.code : undefined, err: e instanceof PosError ? undefined : e }, 'operator screen failed'),
  });
  // The emulated PIN pad's keypad is this terminal window: a line typed here is the cardholder's
  // keys (digits and Enter, `cancel`, `bypass`).
  const pad = terminal.emulated?.pinPad;
  if (pad) {
    createInterface({ input: process.stdin }).on('line', (line) => pad.send(line.trim()));
    say('PIN pad emulator: type the PIN here and press Enter (or cancel, bypass)');
  }
  say(`web display: ${terminal.display.url}`);
  if (terminal.opsCentreUrl) say(`operations centre: ${terminal.opsCentreUrl}`);
  // One line a supervisor or bench/boot can wait for: the idle screen is up.
  say(JSON.stringify({ event: 'ready', bootMs: Math.round(performance.now()), webDisplay: terminal.display.url, opsCentre: terminal.opsCentreUrl, serial: terminal.config.serial, children: terminal.childPids() }));
  say('ready; Ctrl-C to stop');
  warm();

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('stopping');
  // A second Ctrl-C while stopping ends the process at once, as a person expects.
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  // Our children go with us (pcscd already does, by its parent-death signal).
  process.once('SIGINT', () => {
    for (const pid of terminal.childPids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone: the first stop got to it.
      }
    }
    process.exit(130);
  });
  await loop.stop();
  await terminal.stop();
  log.info('stopped');
  // Everything we opened is closed; pcsclite can still hold native async handles for a while
  // after its context closed, and a terminal service must not linger after SIGTERM.
  process.exit(0);
} catch (e) {
  // The boot stops what it started; these are stopped here too when the failure came first.
  await processes.then((p) => p.stop(), () => undefined);
  if (!(e instanceof PosError)) throw e;
  const { message, fix } = e.describe(languageFromEnv());
  process.stderr.write(`${e.message}\n${message}: ${fix}\n`);
  // What the boot started is stopped; pcsclite's native handles must not keep us waiting.
  process.exit(2);
}

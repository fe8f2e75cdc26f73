// The `pos` command: dispatches a verb to its module and turns a PosError into a coded line
// on stderr and exit code 2 (bad input), anything else into exit code 1.
import { languageFromEnv, PosError } from '../errors/index.js';

/** A verb returns its exit code when it has one of its own (pos txn: 1 for an aborted transaction). */
type Verb = (argv: string[]) => Promise<number | void>;

const verbs: Record<string, { summary: string; load: () => Promise<Verb> }> = {
  readers: { summary: 'PC/SC readers: interface type, card present, ATR', load: async () => (await import('./readers.js')).readersVerb },
  'card-info': { summary: 'read and decode the applications of the card in a reader', load: async () => (await import('./card-info.js')).cardInfoVerb },
  oda: { summary: 'oda recover --rid HEX --index HEX --issuer-cert HEX --issuer-exponent HEX [--issuer-remainder HEX] [--pan DIGITS] [--icc-cert HEX --icc-exponent HEX [--icc-remainder HEX] --static-data HEX] [--date YYMMDD] [--json]: recover issuer and ICC public key certificates', load: async () => (await import('./oda.js')).odaVerb },
  txn: { summary: 'txn --amount 12.34 [--currency 156] [--interface contact|contactless] [--pin 1234 | --pinpad PATH [--pin-slot N] [--pin-format iso0|iso1|iso3|iso4]] [--online approve|decline|unavailable]: one contact transaction or contactless tap', load: async () => (await import('./txn.js')).txnVerb },
  emulate: { summary: 'emulate card --profile NAME --slot 0|1: a virtual card in a running pcscd', load: async () => (await import('./emulate.js')).emulateVerb },
  decode: { summary: 'decode BER-TLV hex (or - for stdin) as a named tree', load: async () => (await import('./decode.js')).decodeVerb },
  crypto: { summary: 'crypto pinblock|dukpt|kcv|arqc|arpc: PIN blocks, DUKPT keys, check values, EMV cryptograms (debug)', load: async () => (await import('./crypto.js')).cryptoVerb },
  backend: { summary: 'backend [--port N] [--db FILE|postgres://USER@HOST:PORT/DB] [--config FILE] [--token T ...] [--heartbeat-s N] [--tls-cert F --tls-key F] [--http-port N [--http-host H]] [--params FILE] [--terminal-config DIR]: the reference management backend and issuer simulator, with the operations-centre page on --http-port; distributes the parameter sets of --terminal-config (config/) and --params (config/backend-parameters.json) (prints {"port":N} first)', load: async () => (await import('./backend.js')).backendVerb },
  'backend-command': { summary: 'backend-command --db FILE --serial S --action reboot|lock|unlock|upload-logs|run-diagnostics|refresh-parameters|install-firmware [--reason T] [--firmware-id ID] [--since-min N] [--max-bytes N] [--device ID ...] [--expires-min N]: queues a remote command for a terminal (prints {"commandId":…})', load: async () => (await import('./backend-command.js')).backendCommandVerb },
  'journal-restore': { summary: 'journal-restore [--state DIR] [--from FILE]: with posrt stopped, moves a damaged journal aside (never deleting it) and puts the newest local backup that opens with the device key and passes its integrity check (or FILE) in its place and moves the trace number (STAN) past those used since the backup (prints {"restored":…,"movedAside":…,"rows":…,"stan":{"backup":…,"next":…,"skipped":…}})', load: async () => (await import('./journal-restore.js')).journalRestoreVerb },
  'backend-firmware': { summary: 'backend-firmware --db FILE --serial S --image FILE --version V --model M [--firmware-id ID] [--chunk-size N] [--notes T] [--expires-h N]: stores a firmware image and offers it to a terminal (prints {"firmwareId":…,"chunks":N})', load: async () => (await import('./backend-command.js')).backendFirmwareVerb },
};

function usage(): string {
  const rows = Object.entries(verbs).map(([name, v]) => `  ${name.padEnd(12)} ${v.summary}`);
  return ['usage: pos <verb> [options]', '', ...rows, ''].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const verb = verbs[name];
  if (!verb) {
    process.stderr.write(`pos: unknown verb '${name}'\n${usage()}`);
    return 2;
  }
  // The error catalogue's fix for bad arguments says "run the command with --help".
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: pos ${name} — ${verb.summary}\nSee README.md for every option.\n`);
    return 0;
  }
  try {
    return (await (await verb.load())(rest)) ?? 0;
  } catch (e) {
    if (e instanceof PosError) {
      const { message, fix } = e.describe(languageFromEnv());
      process.stderr.write(`${e.message}\n${message}: ${fix}\n`);
      return 2;
    }
    process.stderr.write(`pos: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

// Exit explicitly: a pcsclite context keeps native handles alive for a while after it is closed
// (after a torn card especially), and a verb that is done must not linger holding nothing.
// stdout and stderr are synchronous for files, pipes and terminals on Linux, so all is written.
process.exit(await main(process.argv.slice(2)));

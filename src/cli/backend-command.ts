// pos backend-command --db FILE|URL --serial S --action reboot|lock|unlock|upload-logs|run-diagnostics|
//                     refresh-parameters|install-firmware [--reason TEXT] [--firmware-id ID]
//                     [--since-min N] [--max-bytes N] [--device ID ...] [--expires-min N]
// pos backend-firmware --db FILE|URL --serial S --image FILE --version V --model M
//                     [--firmware-id ID] [--chunk-size N] [--notes TEXT] [--expires-h N]
// The operator's way to act on a terminal: each verb writes to the backend's store (WAL lets it
// in beside the running backend, which sends the command or offer within a second when the
// terminal is connected, or when it next connects). The operations-centre page stays read-only
// because it has no sign-in; these verbs need access to the store, which is the access control.
// Each prints one JSON line: the command's id, or the firmware's id and its chunk count.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_CHUNK_SIZE, firmwareImageOf } from '../backend/firmware-distribution.js';
import { newCommand } from '../backend/queued-command.js';
import type { BackendRepository } from '../backend/repository.js';
import { openRepository, parseStoreLocation } from '../backend/store-location.js';
import { PosError } from '../errors/index.js';
import { parseVerbArgs } from './args.js';

function positive(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new PosError('E-BACKEND-0102', { field: name, value: value.slice(0, 16), max });
  return n;
}

async function withTerminal<T>(db: string, serial: string, work: (repo: BackendRepository) => Promise<T>): Promise<T> {
  const repo = await openRepository(parseStoreLocation(db));
  try {
    if ((await repo.terminal(serial)) === undefined) throw new PosError('E-BACKEND-0101', { serial: serial.slice(0, 64) });
    return await work(repo);
  } finally {
    await repo.close();
  }
}

export async function backendCommandVerb(argv: string[]): Promise<number> {
  const { values } = parseVerbArgs(
    argv,
    {
      db: { type: 'string', default: 'posrt-backend.db' },
      serial: { type: 'string' },
      action: { type: 'string' },
      reason: { type: 'string' },
      'firmware-id': { type: 'string' },
      'since-min': { type: 'string' },
      'max-bytes': { type: 'string' },
      device: { type: 'string', multiple: true, default: [] },
      'expires-min': { type: 'string' },
    },
    'backend-command',
  );
  if (values.serial === undefined || values.action === undefined) throw new PosError('E-BACKEND-0102', { missing: values.serial === undefined ? '--serial' : '--action' });
  const now = Date.now();
  const command = newCommand(
    {
      action: values.action,
      serial: values.serial,
      lifetimeMs: positive(values['expires-min'], '--expires-min', 60, 24 * 60) * 60_000,
      ...(values.reason === undefined ? {} : { reason: values.reason }),
      ...(values['firmware-id'] === undefined ? {} : { firmwareId: values['firmware-id'] }),
      ...(values['since-min'] === undefined ? {} : { sinceMs: now - positive(values['since-min'], '--since-min', 60, 7 * 24 * 60) * 60_000 }),
      ...(values['max-bytes'] === undefined ? {} : { maxBytes: positive(values['max-bytes'], '--max-bytes', 256 * 1024, 4 * 1024 * 1024) }),
      deviceIds: values.device,
    },
    now,
  );
  await withTerminal(values.db, values.serial, (repo) => repo.commands.queueCommand(command));
  process.stdout.write(`${JSON.stringify({ event: 'queued', commandId: command.commandId, serial: command.serial, action: command.action, expiresAt: command.expiresAt })}\n`);
  return 0;
}

export async function backendFirmwareVerb(argv: string[]): Promise<number> {
  const { values } = parseVerbArgs(
    argv,
    {
      db: { type: 'string', default: 'posrt-backend.db' },
      serial: { type: 'string' },
      image: { type: 'string' },
      version: { type: 'string' },
      model: { type: 'string' },
      'firmware-id': { type: 'string' },
      'chunk-size': { type: 'string' },
      notes: { type: 'string', default: '' },
      'expires-h': { type: 'string' },
    },
    'backend-firmware',
  );
  const { serial, image: path, version, model } = values;
  if (serial === undefined || path === undefined || version === undefined || model === undefined) throw new PosError('E-BACKEND-0103', { missing: '--serial, --image, --version and --model' });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new PosError('E-BACKEND-0103', { path, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable' });
  }
  const now = Date.now();
  const chunkSize = positive(values['chunk-size'], '--chunk-size', DEFAULT_CHUNK_SIZE, 1024 * 1024);
  const image = firmwareImageOf(bytes, { firmwareId: values['firmware-id'] ?? `${basename(path)}-${version}`, version, model, notes: values.notes, chunkSize }, now);
  const expiresAt = now + positive(values['expires-h'], '--expires-h', 72, 30 * 24) * 3_600_000;
  await withTerminal(values.db, serial, async (repo) => {
    // An id stored before keeps its first image: an offer never names bytes other than those
    // its hashes were made from.
    const stored = (await repo.commands.storeFirmware(image, bytes)) === 'stored' ? image : await repo.commands.firmware(image.firmwareId);
    if (stored === undefined || !Buffer.from(stored.sha256).equals(image.sha256)) throw new PosError('E-BACKEND-0103', { firmwareId: image.firmwareId, reason: 'id stored with other bytes' });
    await repo.commands.offerFirmware(serial, image.firmwareId, now, expiresAt);
  });
  process.stdout.write(`${JSON.stringify({ event: 'offered', firmwareId: image.firmwareId, serial, chunks: image.chunkSha256.length, size: image.size, expiresAt })}\n`);
  return 0;
}

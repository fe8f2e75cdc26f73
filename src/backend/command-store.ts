// What the backend keeps for remote commands and firmware distribution, composed into
// BackendRepository as `repo.commands` so a store (SQLite, PostgreSQL) implements it beside the
// rest. A command is kept unsigned (the encoded RemoteCommand with its id, serial and validity
// window) and signed when it is sent; it counts as sent once the terminal acknowledged the
// envelope that carried it. Results are kept per command, each distinct one once: a result sent
// again after a reconnect is the same bytes and changes nothing, while a refusal of a replayed
// command is a second, different result of the same id and is kept beside the first.

/** The command names the operations centre and the `pos backend-command` verb use. */
export const COMMAND_ACTIONS = ['reboot', 'lock', 'unlock', 'upload-logs', 'run-diagnostics', 'refresh-parameters', 'install-firmware'] as const;
export type CommandActionName = (typeof COMMAND_ACTIONS)[number];

export interface NewCommand {
  readonly commandId: string;
  readonly serial: string;
  readonly action: CommandActionName;
  /** The encoded posrt.channel.v1.RemoteCommand, unsigned. */
  readonly command: Uint8Array;
  readonly queuedAt: number;
  readonly expiresAt: number;
}

export interface QueuedCommand extends NewCommand {
  /** When the terminal acknowledged the envelope that carried it; null until then. */
  readonly sentAt: number | null;
}

export interface CommandResultRecord {
  /** Empty when the terminal could not read the command far enough to know its id. */
  readonly commandId: string;
  readonly serial: string;
  /** The CommandStatus name, e.g. COMMAND_STATUS_REFUSED. */
  readonly status: string;
  readonly errorCode: string;
  /** The encoded CommandResult as received (diagnostics, logs). */
  readonly body: Uint8Array;
  readonly receivedAt: number;
}

/** A firmware image as stored, without its bytes. */
export interface FirmwareImage {
  readonly firmwareId: string;
  readonly version: string;
  readonly model: string;
  readonly notes: string;
  readonly size: number;
  readonly sha256: Uint8Array;
  readonly chunkSize: number;
  /** SHA-256 of each chunk, in order. */
  readonly chunkSha256: readonly Uint8Array[];
  readonly storedAt: number;
}

export interface FirmwareOfferRecord {
  readonly serial: string;
  readonly firmwareId: string;
  readonly offeredAt: number;
  readonly expiresAt: number;
  /** When the terminal acknowledged the envelope carrying the offer; null until then. */
  readonly sentAt: number | null;
  /** One past the highest chunk index served to the terminal (0 before the first). */
  readonly chunksServed: number;
}

export interface CommandStore {
  queueCommand(command: NewCommand): Promise<void>;
  /** The terminal's commands not yet sent and not expired at `now`, oldest first. */
  unsentCommands(serial: string, now: number): Promise<QueuedCommand[]>;
  markCommandSent(commandId: string, now: number): Promise<void>;
  /** 'duplicate' when this very result (same bytes) is kept already. */
  storeCommandResult(result: CommandResultRecord): Promise<'stored' | 'duplicate'>;
  /** A terminal's newest `limit` commands, newest first. */
  recentCommands(serial: string, limit: number): Promise<QueuedCommand[]>;
  /** A terminal's newest `limit` results (of any command id, known or not), newest first. */
  recentCommandResults(serial: string, limit: number): Promise<CommandResultRecord[]>;
  /** Keeps an image and its bytes; storing the same id again replaces nothing ('duplicate'). */
  storeFirmware(image: FirmwareImage, bytes: Uint8Array): Promise<'stored' | 'duplicate'>;
  firmware(firmwareId: string): Promise<FirmwareImage | undefined>;
  /** Bytes [offset, offset + length) of a stored image; undefined when the image is unknown. */
  firmwareBytes(firmwareId: string, offset: number, length: number): Promise<Uint8Array | undefined>;
  /** Offers an image to a terminal; offering it again renews the window and sends it again. */
  offerFirmware(serial: string, firmwareId: string, offeredAt: number, expiresAt: number): Promise<void>;
  /** The terminal's offers not yet sent and not expired at `now`. */
  unsentOffers(serial: string, now: number): Promise<FirmwareOfferRecord[]>;
  markOfferSent(serial: string, firmwareId: string, now: number): Promise<void>;
  /** Raises the offer's chunks-served mark to `index + 1` (never lowers it). */
  recordChunkServed(serial: string, firmwareId: string, index: number): Promise<void>;
  /** A terminal's offers, or with no serial every terminal's (the fleet's rollouts), newest first. */
  firmwareOffers(serial?: string): Promise<FirmwareOfferRecord[]>;
  /** Serials with a command or offer to send at `now`: what the queue polls for. */
  serialsWithWork(now: number): Promise<string[]>;
}

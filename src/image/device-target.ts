// What flashing needs of a device, whether it is a directory (a mounted root filesystem or SD
// card) or a running device over ssh. Paths are relative to the device's root. Every write that
// replaces a file goes through a temporary name and a rename, so a cut leaves the old file or
// the new one, never half of either.
import type { ManifestFile } from './manifest.js';

export interface FileToWrite {
  readonly file: ManifestFile;
  readonly data: Buffer;
}

export interface DeviceTarget {
  /** For progress lines: the target as given, without secrets. */
  readonly name: string;
  /** True when this is the running system (so a service restart means something). */
  readonly live: boolean;
  readFile(path: string): Promise<Buffer | undefined>;
  readLink(path: string): Promise<string | undefined>;
  /** Free bytes on the filesystem that holds `path` (or its nearest existing parent). */
  freeBytes(path: string): Promise<number>;
  writeFile(path: string, data: Uint8Array, mode: number): Promise<void>;
  /** Removes `dir` with everything in it and makes it again, empty. */
  emptyDir(dir: string): Promise<void>;
  /** Writes the files under `dir`, calling `progress` with the bytes written so far. */
  writeFiles(dir: string, files: AsyncIterable<FileToWrite>, progress: (bytes: number, files: number) => void): Promise<void>;
  /** The first file under `dir` whose bytes differ from the manifest's hash, or undefined. */
  firstMismatch(dir: string, files: readonly ManifestFile[]): Promise<string | undefined>;
  /** Points `link` at `target` atomically (a new link renamed over the old). */
  switchLink(link: string, target: string): Promise<void>;
  /** Reloads systemd and restarts the unit on a live target with systemd; says what it did. */
  restartService(unit: string): Promise<string>;
  close(): Promise<void>;
}

// A device as a directory: a mounted root filesystem or SD card. Writes are synced before the
// step that depends on them (the link switch), since the card may be pulled right after.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, fsyncSync, mkdirSync, openSync, closeSync, readFileSync, readlinkSync, renameSync, rmSync, statfsSync, symlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PosError } from '../errors/index.js';
import type { ManifestFile } from './manifest.js';
import type { DeviceTarget, FileToWrite } from './device-target.js';

function writeFailed(path: string, e: unknown): PosError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new PosError('E-IMAGE-0010', { path, reason: code });
  return new PosError('E-IMAGE-0011', { path, reason: code ?? 'write' });
}

/** Writes a file; when `atomic`, fsyncs it, renames it into place and syncs the directory, so
 *  the name points at complete bytes after a power cut. */
function writeFileAt(path: string, data: Uint8Array, mode: number, atomic: boolean): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = atomic ? `${path}.tmp-${process.pid}` : path;
  const fd = openSync(tmp, 'w', mode);
  try {
    let at = 0;
    while (at < data.length) at += writeSync(fd, data, at, data.length - at);
    if (atomic) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (atomic) {
    renameSync(tmp, path);
    syncDir(dirname(path));
  }
}

function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class DirTarget implements DeviceTarget {
  readonly live = false;
  readonly name: string;

  constructor(private readonly root: string) {
    this.name = `dir:${root}`;
    if (!existsSync(root)) throw new PosError('E-IMAGE-0014', { target: this.name, reason: 'no such directory' });
  }

  private at(path: string): string {
    return join(this.root, path);
  }

  async readFile(path: string): Promise<Buffer | undefined> {
    try {
      return readFileSync(this.at(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new PosError('E-IMAGE-0011', { path, reason: (e as NodeJS.ErrnoException).code ?? 'read' });
    }
  }

  async readLink(path: string): Promise<string | undefined> {
    try {
      return readlinkSync(this.at(path));
    } catch {
      return undefined;
    }
  }

  async freeBytes(path: string): Promise<number> {
    let p = this.at(path);
    while (!existsSync(p)) p = dirname(p);
    const s = statfsSync(p);
    return s.bavail * s.bsize;
  }

  async writeFile(path: string, data: Uint8Array, mode: number): Promise<void> {
    try {
      writeFileAt(this.at(path), data, mode, true);
    } catch (e) {
      throw writeFailed(path, e);
    }
  }

  async emptyDir(dir: string): Promise<void> {
    try {
      rmSync(this.at(dir), { recursive: true, force: true });
      mkdirSync(this.at(dir), { recursive: true });
    } catch (e) {
      throw writeFailed(dir, e);
    }
  }

  async writeFiles(dir: string, files: AsyncIterable<FileToWrite>, progress: (bytes: number, files: number) => void): Promise<void> {
    let bytes = 0;
    let count = 0;
    for await (const { file, data } of files) {
      try {
        // Neither renamed nor synced one by one: the slot is inactive, and it counts as whole
        // only once its manifest is written after verification, behind one sync of them all.
        writeFileAt(join(this.at(dir), file.path), data, file.mode, false);
      } catch (e) {
        throw writeFailed(join(dir, file.path), e);
      }
      bytes += data.length;
      progress(bytes, ++count);
    }
    // syncfs(2) of the slot's filesystem (coreutils' sync -f): one flush for thousands of
    // files, where an fsync each took most of the flash.
    const synced = spawnSync('sync', ['-f', this.at(dir)]);
    if (synced.status !== 0) throw new PosError('E-IMAGE-0011', { path: dir, reason: 'sync' });
  }

  async firstMismatch(dir: string, files: readonly ManifestFile[]): Promise<string | undefined> {
    for (const f of files) {
      const hash = createHash('sha256');
      try {
        for await (const chunk of createReadStream(join(this.at(dir), f.path)) as AsyncIterable<Buffer>) hash.update(chunk);
      } catch {
        return f.path;
      }
      if (hash.digest('hex') !== f.sha256) return f.path;
    }
    return undefined;
  }

  async switchLink(link: string, target: string): Promise<void> {
    const path = this.at(link);
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      rmSync(tmp, { force: true });
      symlinkSync(target, tmp);
      renameSync(tmp, path);
      syncDir(dirname(path));
    } catch (e) {
      throw writeFailed(link, e);
    }
  }

  async restartService(): Promise<string> {
    return 'not restarted: a directory target is not a running system';
  }

  async close(): Promise<void> {}
}

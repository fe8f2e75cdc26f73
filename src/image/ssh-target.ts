// A running device over OpenSSH: the system's ssh client (its keys, agent and known_hosts, as
// an engineer already uses them), one multiplexed connection for every step, and nothing on the
// device but a POSIX shell, tar, sha256sum and coreutils. Target:
//   ssh://user@host[:port][/root]   root defaults to '/'; another is a device's root filesystem
//                                   mounted at that path on the host (nothing is restarted then)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { PosError } from '../errors/index.js';
import type { ManifestFile } from './manifest.js';
import type { DeviceTarget, FileToWrite } from './device-target.js';
import { TAR_END, tarEntry } from './tar-stream.js';

export interface SshOptions {
  /** A private key file for ssh -i. */
  readonly identity?: string;
  /** A known_hosts file; new host keys are accepted into it once (accept-new), never changed. */
  readonly knownHosts?: string;
}

interface Run {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** ssh's own exit status for a connection that failed or broke (the remote command's otherwise). */
const SSH_FAILED = 255;

const quote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

export function parseSshTarget(text: string): { user: string; host: string; port: number; root: string } {
  const m = /^ssh:\/\/([A-Za-z0-9._-]+)@([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::(\d{1,5}))?(\/.*)?$/.exec(text);
  const port = m?.[3] === undefined ? 22 : Number(m[3]);
  if (!m || port < 1 || port > 65535) throw new PosError('E-IMAGE-0014', { target: text.slice(0, 128) });
  return { user: m[1]!, host: m[2]!, port, root: posix.normalize(m[4] ?? '/') };
}

export class SshTarget implements DeviceTarget {
  readonly name: string;
  readonly live: boolean;
  private readonly control: string;
  private readonly args: string[];
  private readonly root: string;

  constructor(target: string, options: SshOptions = {}) {
    const t = parseSshTarget(target);
    this.name = `ssh://${t.user}@${t.host}:${t.port}${t.root === '/' ? '' : t.root}`;
    this.root = t.root;
    this.live = t.root === '/';
    this.control = mkdtempSync(join(tmpdir(), 'posrt-flash-ssh-'));
    this.args = [
      '-p', String(t.port),
      '-o', 'BatchMode=yes',
      '-o', 'ConnectTimeout=10',
      // A link that dies mid-copy is noticed in 15 s, not at TCP's hours-long timeout.
      '-o', 'ServerAliveInterval=5',
      '-o', 'ServerAliveCountMax=3',
      '-o', 'ControlMaster=auto',
      '-o', `ControlPath=${join(this.control, 'cm')}`,
      '-o', 'ControlPersist=60',
      ...(options.knownHosts ? ['-o', `UserKnownHostsFile=${options.knownHosts}`, '-o', 'StrictHostKeyChecking=accept-new'] : []),
      ...(options.identity ? ['-i', options.identity, '-o', 'IdentitiesOnly=yes'] : []),
      `${t.user}@${t.host}`,
    ];
  }

  private at(path: string): string {
    return quote(posix.join(this.root, path));
  }

  /** Runs a shell command on the device; `input` is written to its stdin. */
  private run(command: string, input?: (stdin: NodeJS.WritableStream) => Promise<void>): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn('ssh', [...this.args, command], { stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
      child.stdin.on('error', () => undefined);
      child.on('error', (e) => reject(new PosError('E-IMAGE-0012', { target: this.name, reason: (e as NodeJS.ErrnoException).code ?? 'spawn ssh' })));
      child.on('close', (code) => resolve({ code: code ?? SSH_FAILED, stdout: Buffer.concat(out), stderr: err }));
      if (input) input(child.stdin).then(() => child.stdin.end(), () => child.kill('SIGTERM'));
      else child.stdin.end();
    });
  }

  /** Runs and requires success: a broken link is E-IMAGE-0012, a failing command `failure`. */
  private async must(command: string, failure: 'E-IMAGE-0011' | 'E-IMAGE-0013', input?: (stdin: NodeJS.WritableStream) => Promise<void>): Promise<Buffer> {
    const r = await this.run(command, input);
    if (r.code === SSH_FAILED) throw new PosError('E-IMAGE-0012', { target: this.name, ssh: r.stderr.trim().split('\n').pop()?.slice(0, 200) ?? '' });
    if (r.code !== 0) {
      const full = /No space left|Disk quota/.test(r.stderr);
      throw new PosError(full ? 'E-IMAGE-0010' : failure, { target: this.name, status: r.code, detail: r.stderr.trim().split('\n').pop()?.slice(0, 200) ?? '' });
    }
    return r.stdout;
  }

  async readFile(path: string): Promise<Buffer | undefined> {
    const r = await this.run(`if [ -e ${this.at(path)} ]; then cat -- ${this.at(path)}; else exit 3; fi`);
    if (r.code === 3) return undefined;
    if (r.code !== 0) throw new PosError(r.code === SSH_FAILED ? 'E-IMAGE-0012' : 'E-IMAGE-0011', { target: this.name, path, status: r.code });
    return r.stdout;
  }

  async readLink(path: string): Promise<string | undefined> {
    const out = (await this.must(`readlink -- ${this.at(path)} || true`, 'E-IMAGE-0011')).toString('utf8').trim();
    return out === '' ? undefined : out;
  }

  async freeBytes(path: string): Promise<number> {
    const out = await this.must(`p=${this.at(path)}; while [ ! -e "$p" ]; do p=$(dirname "$p"); done; df -Pk "$p" | tail -n 1`, 'E-IMAGE-0011');
    const available = Number(out.toString('utf8').trim().split(/\s+/)[3]);
    if (!Number.isFinite(available)) throw new PosError('E-IMAGE-0011', { target: this.name, path, reason: 'df' });
    return available * 1024;
  }

  async writeFile(path: string, data: Uint8Array, mode: number): Promise<void> {
    const p = this.at(path);
    const tmp = this.at(`${path}.tmp`);
    await this.must(`set -e; mkdir -p -- "$(dirname ${p})"; cat > ${tmp}; chmod ${mode.toString(8)} ${tmp}; sync ${tmp}; mv -f -- ${tmp} ${p}; sync "$(dirname ${p})"`, 'E-IMAGE-0011', async (stdin) => {
      stdin.write(Buffer.from(data));
    });
  }

  async emptyDir(dir: string): Promise<void> {
    await this.must(`rm -rf -- ${this.at(dir)} && mkdir -p -- ${this.at(dir)}`, 'E-IMAGE-0011');
  }

  async writeFiles(dir: string, files: AsyncIterable<FileToWrite>, progress: (bytes: number, files: number) => void): Promise<void> {
    let failed: unknown;
    await this.must(`set -e; mkdir -p -- ${this.at(dir)}; tar -xf - -C ${this.at(dir)} --no-same-owner; sync`, 'E-IMAGE-0011', async (stdin) => {
      let bytes = 0;
      let count = 0;
      try {
        for await (const { file, data } of files) {
          for (const block of tarEntry(file.path, data, file.mode)) {
            if (!stdin.write(block)) await new Promise((r) => stdin.once('drain', r));
          }
          bytes += data.length;
          progress(bytes, ++count);
        }
        stdin.write(TAR_END);
      } catch (e) {
        // The image is damaged: the remote tar is killed with the pipe, and this error wins.
        failed = e;
        throw e;
      }
    }).catch((e: unknown) => {
      throw failed ?? e;
    });
    if (failed) throw failed;
  }

  async firstMismatch(dir: string, files: readonly ManifestFile[]): Promise<string | undefined> {
    const r = await this.run(`cd ${this.at(dir)} && sha256sum -c --quiet -`, async (stdin) => {
      // Manifest paths are plain (no newline, no backslash), so sha256sum's text format fits.
      stdin.write(files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
    });
    if (r.code === SSH_FAILED) throw new PosError('E-IMAGE-0012', { target: this.name, step: 'verify' });
    if (r.code === 0) return undefined;
    const line = r.stdout.toString('utf8').split('\n').find((l) => /: FAILED/.test(l));
    return line ? line.replace(/: FAILED.*$/, '') : (files[0]?.path ?? dir);
  }

  async switchLink(link: string, target: string): Promise<void> {
    const l = this.at(link);
    const tmp = this.at(`${link}.tmp`);
    await this.must(`set -e; ln -sfn -- ${quote(target)} ${tmp}; mv -Tf -- ${tmp} ${l}; sync "$(dirname ${l})"`, 'E-IMAGE-0011');
  }

  async restartService(unit: string): Promise<string> {
    if (!this.live) return `not restarted: the target root ${this.root} is not the running system`;
    const out = await this.must(
      `if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then systemctl daemon-reload && systemctl enable ${quote(unit)} >/dev/null 2>&1 && systemctl restart ${quote(unit)} && echo restarted; else echo no-systemd; fi`,
      'E-IMAGE-0011',
    );
    return out.toString('utf8').trim() === 'restarted' ? `restarted ${unit}` : 'not restarted: the device runs no systemd';
  }

  async close(): Promise<void> {
    // Ends the multiplexed master connection left running by ControlPersist.
    await new Promise<void>((resolve) => {
      const child = spawn('ssh', [...this.args.slice(0, -1), '-O', 'exit', this.args.at(-1)!], { stdio: 'ignore' });
      child.on('close', () => resolve());
      child.on('error', () => resolve());
    });
    rmSync(this.control, { recursive: true, force: true });
  }
}

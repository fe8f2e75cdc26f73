// Runs the real `pos` command as a child process, as a person or an acceptance check would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');

export interface PosRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runPos(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<PosRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [POS, ...args], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

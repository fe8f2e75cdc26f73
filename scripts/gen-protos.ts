// Generates the static protobuf code for protos/ (npm run protos:gen): pbjs's static module
// over protobufjs/minimal (no reflection, no code generated at run time) and pbts's types for
// it. `tsx scripts/gen-protos.ts DIR` writes into DIR instead, which is how the test checks
// that the committed code is current.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const PROTO_ROOT = join(ROOT, 'protos');
export const GENERATED_DIR = join(ROOT, 'src', 'protos', 'generated');

/** Every .proto under protos/, sorted so the output does not depend on directory order. */
export function protoFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.proto')) out.push(relative(PROTO_ROOT, full));
    }
  };
  walk(PROTO_ROOT);
  return out.sort();
}

export function generate(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const js = join(outDir, 'channel.js');
  const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);
  // --force-long: 64-bit fields (money, times, counters) are always a Long, never a lossy number
  // and never "number or Long". No delimited or service code: gRPC frames the messages itself.
  execFileSync(bin('pbjs'), [
    '-t', 'static-module', '-w', 'es6', '--force-long', '--no-delimited', '--no-service',
    '-p', 'protos', '-o', js, ...protoFiles().map((f) => join('protos', f)),
  ], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(bin('pbts'), ['-o', join(outDir, 'channel.d.ts'), js], { stdio: ['ignore', 'ignore', 'inherit'] });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = resolve(process.argv[2] ?? GENERATED_DIR);
  generate(out);
  console.log(`wrote ${join(out, 'channel.js')} and channel.d.ts`);
}

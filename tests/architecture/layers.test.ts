// DESIGN.md "Rules that keep the house simple": who may import whom. The table is the rule;
// this test reads every import under src/ and fails on any edge the table does not allow.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Leaves every layer may import: coded errors, byte helpers, the wire protocols a driver
 *  and its emulator both speak, and the card-data redaction rule every log applies. */
const LEAVES = ['errors', 'bytes', 'wire', 'redaction'];

const ALLOWED: Record<string, readonly string[]> = {
  errors: [],
  bytes: ['errors'],
  wire: ['errors', 'bytes'],
  redaction: [],
  kernel: [],
  devices: ['kernel'],
  security: [],
  emv: ['security'],
  payment: ['kernel', 'emv', 'security'],
  ui: ['payment', 'kernel'],
  channel: ['security', 'protos'],
  backend: ['security', 'protos'],
  emulators: ['emv', 'security'],
  protos: [],
  image: ['security'],
  // Composition roots wire everything.
  main: ['*'],
  cli: ['*'],
  boot: ['*'],
};

function layerOf(root: string, file: string): string {
  const rel = relative(root, file).split('/');
  // main.ts (npm start) and demo.ts (npm run demo) are the two top-level composition roots.
  if (rel.length === 1) return rel[0] === 'main.ts' || rel[0] === 'demo.ts' ? 'main' : '?';
  return rel[0]!;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) yield full;
  }
}

const IMPORT = /(?:^|[^.\w])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^.\w])import\s+['"]([^'"]+)['"]/gm;

function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

function violations(root: string): string[] {
  const bad: string[] = [];
  for (const file of sourceFiles(root)) {
    const from = layerOf(root, file);
    const allowed = ALLOWED[from];
    if (!allowed) {
      bad.push(`${relative(root, file)}: layer '${from}' is not in the table`);
      continue;
    }
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(root + '/')) {
        bad.push(`${relative(root, file)} imports ${spec}, outside src/`);
        continue;
      }
      const to = layerOf(root, target);
      if (to === from || LEAVES.includes(to) && !(from === 'errors') || allowed.includes('*') || allowed.includes(to)) continue;
      bad.push(`${relative(root, file)} (${from}) imports ${spec} (${to})`);
    }
  }
  return bad;
}

describe('layer rules', () => {
  it('no file under src/ imports a layer its own may not', () => {
    expect(violations(SRC)).toEqual([]);
  });

  it('flags an EMV module importing a driver and the errors leaf importing anything', () => {
    const root = mkdtempSync(join(tmpdir(), 'posrt-layers-'));
    for (const [path, body] of [
      ['emv/x.ts', "import { r } from '../devices/pcsc/reader.js';\nimport { e } from '../errors/index.js';"],
      ['devices/pcsc/reader.ts', "export const r = 1;"],
      ['errors/index.ts', "import { h } from '../bytes/hex.js';"],
      ['bytes/hex.ts', "export const h = 1;"],
    ] as const) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), body);
    }
    expect(violations(root)).toEqual([
      'emv/x.ts (emv) imports ../devices/pcsc/reader.js (devices)',
      'errors/index.ts (errors) imports ../bytes/hex.js (bytes)',
    ]);
    rmSync(root, { recursive: true });
  });

  it('sees static, re-exported and dynamic imports', () => {
    const src = `import { a } from '../kernel/a.js';\nexport * from "../emv/b.js";\nconst c = await import('../ui/c.js');\nimport '../channel/d.js';\nimport type { X } from './x.js';`;
    expect(importsOf(src)).toEqual(['../kernel/a.js', '../emv/b.js', '../ui/c.js', '../channel/d.js', './x.js']);
  });
});

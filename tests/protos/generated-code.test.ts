// issue 6: the protobuf code is generated statically from protos/ (scripts/gen-protos.ts), is
// committed current, and generates no code at run time (no reflection, no Function or eval).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, GENERATED_DIR } from '../../scripts/gen-protos.js';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'posrt-protos-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated protobuf code', () => {
  it('is what scripts/gen-protos.ts makes from protos/ today (run npm run protos:gen)', () => {
    generate(tmp);
    const names = readdirSync(GENERATED_DIR).sort();
    expect(readdirSync(tmp).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(tmp, name), 'utf8'), name).toBe(readFileSync(join(GENERATED_DIR, name), 'utf8'));
    }
  });

  it('imports only protobufjs/minimal and holds no Function or eval', () => {
    const js = readFileSync(join(GENERATED_DIR, 'channel.js'), 'utf8');
    const imports = [...js.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['protobufjs/minimal.js']);
    expect(js).not.toMatch(/\bFunction\s*\(|\beval\s*\(|new\s+Function\b/);
  });

  it('runs with code generation from strings disallowed: every message encodes, decodes, verifies and converts', () => {
    // A child Node with --disallow-code-generation-from-strings throws on any eval or
    // Function() — in our code, protobufjs/minimal, or long.
    const script = `
      import { posrt } from ${JSON.stringify(join(GENERATED_DIR, 'channel.js'))};
      let n = 0;
      for (const [name, T] of Object.entries(posrt.channel.v1)) {
        if (typeof T !== 'function' || typeof T.encode !== 'function') continue;
        const bytes = T.encode(T.fromObject({})).finish();
        const back = T.decode(bytes);
        if (T.verify(back) !== null) throw new Error(name + ' does not verify');
        T.toObject(back, { longs: String, defaults: true });
        n++;
      }
      const env = posrt.channel.v1.Envelope.fromObject({ messageId: 'm', sequence: '9007199254740993', heartbeat: { uptimeS: 1 } });
      const round = posrt.channel.v1.Envelope.decode(posrt.channel.v1.Envelope.encode(env).finish());
      try { new Function('return 1'); n = -1; } catch {}
      console.log(JSON.stringify({ n, sequence: round.sequence.toString(), body: round.body }));
    `;
    const out = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { cwd: ROOT }).toString();
    const result = JSON.parse(out) as { n: number; sequence: string; body: string };
    expect(result.n).toBeGreaterThan(60);
    expect(result.sequence).toBe('9007199254740993');
    expect(result.body).toBe('heartbeat');
  });
});

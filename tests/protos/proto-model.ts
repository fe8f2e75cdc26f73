// Test-side model of the contract for the protoc cross-check: protobufjs's reflection (fine in a
// test; the runtime uses only the static module) lists every message and its fields, builds a
// fully populated sample of each, and turns messages and protoc's text format into one tree
// shape — field name (as in the .proto) to values — so the two can be compared field by field.
import { join, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import protobuf from 'protobufjs';
import Long from 'long';

export const PROTO_ROOT = resolve(import.meta.dirname, '../../protos');

export function protoFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.proto')) out.push(join(dir, e.name));
    }
  };
  walk(PROTO_ROOT);
  return out.sort();
}

export function loadContract(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith('/') ? target : join(PROTO_ROOT, target));
  root.loadSync(protoFiles(), { keepCase: true });
  root.resolveAll();
  return root;
}

/** Every message type in the contract, by full name without the leading dot. */
export function messageTypes(root: protobuf.Root): protobuf.Type[] {
  const out: protobuf.Type[] = [];
  const walk = (ns: protobuf.NamespaceBase): void => {
    for (const nested of ns.nestedArray) {
      if (nested instanceof protobuf.Type) out.push(nested);
      if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) walk(nested);
    }
  };
  walk(root);
  return out.sort((a, b) => a.fullName.localeCompare(b.fullName));
}

export const fullName = (t: protobuf.Type): string => t.fullName.replace(/^\./, '');

/** Field name → values; a value is a scalar's canonical text or a nested tree. */
export type Tree = { [field: string]: Array<string | Tree> };

const hex = (b: Uint8Array): string => 'hex:' + Buffer.from(b).toString('hex');
const camel = (name: string): string => protobuf.util.camelCase(name);

interface Sample { readonly obj: Record<string, unknown>; readonly tree: Tree }

/** A value for every field (two for repeated ones), each different from the defaults and from
 *  the other fields' (the field number is in it), so a swapped or dropped field shows. */
function scalar(field: protobuf.Field, variant: number): { js: unknown; text: string } {
  const id = field.id;
  if (field.resolvedType instanceof protobuf.Enum) {
    const values = Object.entries(field.resolvedType.values).filter(([, n]) => n !== 0);
    const [name, n] = values[variant === 0 ? values.length - 1 : 0]!;
    return { js: n, text: name };
  }
  switch (field.type) {
    case 'int32': case 'sint32': case 'sfixed32': {
      const n = -(100_000 + id * 7 + variant);
      return { js: n, text: String(n) };
    }
    case 'uint32': case 'fixed32': {
      const n = 4_000_000_000 - id * 7 - variant;
      return { js: n, text: String(n) };
    }
    case 'int64': case 'sint64': case 'sfixed64': {
      // Below -2^53: a codec that went through a double would lose the last digit.
      const n = -(9_007_199_254_740_993n + BigInt(id * 1000 + variant));
      return { js: Long.fromString(n.toString(), false), text: n.toString() };
    }
    case 'uint64': case 'fixed64': {
      const n = 18_446_744_073_709_551_615n - BigInt(id * 1000 + variant);
      return { js: Long.fromString(n.toString(), true), text: n.toString() };
    }
    case 'bool':
      return { js: true, text: 'true' };
    case 'string': {
      const s = `${field.name}-${variant} 中文 "q" \\ \t€`;
      return { js: s, text: hex(new TextEncoder().encode(s)) };
    }
    case 'bytes': {
      const b = Uint8Array.of(id, variant, 0x00, 0x7f, 0x80, 0xff, 0x0a, 0x5c, 0x22);
      return { js: b, text: hex(b) };
    }
    default:
      throw new Error(`no sample value for ${field.type} (${field.fullName})`);
  }
}

function build(type: protobuf.Type, oneofChoice: ReadonlyMap<string, string>, depth: number): Sample {
  if (depth > 6) throw new Error(`recursion in ${type.fullName}`);
  const obj: Record<string, unknown> = {};
  const tree: Tree = {};
  for (const field of type.fieldsArray) {
    const oneof = field.partOf;
    if (oneof && (oneofChoice.get(oneof.name) ?? oneof.oneof[0]) !== field.name) continue;
    const one = (variant: number): { js: unknown; node: string | Tree } => {
      if (field.resolvedType instanceof protobuf.Type) {
        const s = build(field.resolvedType, new Map(), depth + 1);
        return { js: s.obj, node: s.tree };
      }
      const s = scalar(field, variant);
      return { js: s.js, node: s.text };
    };
    if (field.repeated) {
      const vs = [one(0), one(1)];
      obj[camel(field.name)] = vs.map((v) => v.js);
      tree[field.name] = vs.map((v) => v.node);
    } else {
      const v = one(0);
      obj[camel(field.name)] = v.js;
      tree[field.name] = [v.node];
    }
  }
  return { obj, tree };
}

/** One sample per member of the message's oneof (or one sample when it has none). */
export function samplesOf(type: protobuf.Type): Array<{ label: string } & Sample> {
  const oneofs = type.oneofsArray;
  if (oneofs.length === 0) return [{ label: fullName(type), ...build(type, new Map(), 0) }];
  if (oneofs.length > 1) throw new Error(`${type.fullName}: the sampler handles one oneof per message`);
  const oneof = oneofs[0]!;
  return oneof.oneof.map((member) => ({ label: `${fullName(type)}.${member}`, ...build(type, new Map([[oneof.name, member]]), 0) }));
}

function isDefault(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Long.isLong(value)) return (value as Long).isZero();
  if (value instanceof Uint8Array) return value.length === 0;
  return value === 0 || value === '' || value === false;
}

/** A decoded (generated-code) message as a tree: what is on the wire, defaults left out as
 *  proto3 leaves them out. */
export function treeOfMessage(type: protobuf.Type, message: Record<string, unknown>): Tree {
  const tree: Tree = {};
  const node = (field: protobuf.Field, v: unknown): string | Tree => {
    if (field.resolvedType instanceof protobuf.Type) return treeOfMessage(field.resolvedType, v as Record<string, unknown>);
    if (field.resolvedType instanceof protobuf.Enum) return field.resolvedType.valuesById[v as number] ?? String(v);
    if (v instanceof Uint8Array) return hex(v);
    if (typeof v === 'string' && field.type === 'string') return hex(new TextEncoder().encode(v));
    return String(v);
  };
  for (const field of type.fieldsArray) {
    const v = message[camel(field.name)];
    if (field.repeated) {
      const arr = (v ?? []) as unknown[];
      if (arr.length > 0) tree[field.name] = arr.map((x) => node(field, x));
    } else if (field.resolvedType instanceof protobuf.Type ? v != null : !isDefault(v)) {
      tree[field.name] = [node(field, v)];
    }
  }
  return tree;
}

/** Text format for protoc --encode: every string and bytes value octal-escaped. */
export function textOf(tree: Tree, indent = ''): string {
  let out = '';
  for (const [name, values] of Object.entries(tree)) {
    for (const v of values) {
      if (typeof v !== 'string') out += `${indent}${name} {\n${textOf(v, indent + '  ')}${indent}}\n`;
      else if (v.startsWith('hex:')) {
        const bytes = Buffer.from(v.slice(4), 'hex');
        out += `${indent}${name}: "${[...bytes].map((b) => '\\' + b.toString(8).padStart(3, '0')).join('')}"\n`;
      } else out += `${indent}${name}: ${v}\n`;
    }
  }
  return out;
}

/** protoc --decode's text format as a tree (names as printed, strings as their bytes). */
export function parseText(text: string): Tree {
  let i = 0;
  const ws = (): void => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  const word = (): string => {
    ws();
    const m = /^[A-Za-z0-9_.+-]+/.exec(text.slice(i));
    if (!m) throw new Error(`text format: a name expected at ${i}: ${text.slice(i, i + 20)}`);
    i += m[0].length;
    return m[0];
  };
  const str = (): string => {
    const bytes: number[] = [];
    i++; // opening quote
    while (text[i] !== '"') {
      if (i >= text.length) throw new Error('text format: string not closed');
      const c = text[i]!;
      if (c !== '\\') {
        const cp = text.codePointAt(i)!;
        bytes.push(...new TextEncoder().encode(String.fromCodePoint(cp)));
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const e = text[i + 1]!;
      const simple: Record<string, number> = { n: 10, r: 13, t: 9, '"': 34, "'": 39, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
      if (e in simple) { bytes.push(simple[e]!); i += 2; continue; }
      const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1));
      if (oct) { bytes.push(parseInt(oct[0], 8)); i += 1 + oct[0].length; continue; }
      const hx = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i + 1));
      if (hx) { bytes.push(parseInt(hx[1]!, 16)); i += 1 + hx[0].length; continue; }
      throw new Error(`text format: unknown escape \\${e}`);
    }
    i++;
    return hex(Uint8Array.from(bytes));
  };
  const message = (closing: boolean): Tree => {
    const tree: Tree = {};
    for (;;) {
      ws();
      if (i >= text.length) { if (closing) throw new Error('text format: } missing'); return tree; }
      if (text[i] === '}') { if (!closing) throw new Error('text format: stray }'); i++; return tree; }
      const name = word();
      ws();
      let value: string | Tree;
      if (text[i] === '{') { i++; value = message(true); }
      else {
        if (text[i] !== ':') throw new Error(`text format: ':' expected after ${name}`);
        i++;
        ws();
        value = text[i] === '"' ? str() : word();
      }
      (tree[name] ??= []).push(value);
    }
  };
  return message(false);
}

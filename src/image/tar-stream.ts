// A POSIX ustar stream of regular files, for the device's own `tar -x` at the end of an ssh
// pipe (so flashing needs nothing on the device but a shell, tar and sha256sum). Paths too long
// for ustar's name and prefix fields get a pax 'path' record (POSIX.1-2001), which GNU and
// BusyBox tar both read. Owner and times are fixed: the device gets the same bytes every time.
const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0');
}

function header(name: string, prefix: string, size: number, mode: number, type: '0' | 'x'): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(mode, 8), 100, 8, 'ascii');
  h.write(octal(0, 8), 108, 8, 'ascii');
  h.write(octal(0, 8), 116, 8, 'ascii');
  h.write(octal(size, 12), 124, 12, 'ascii');
  h.write(octal(0, 12), 136, 12, 'ascii');
  h.write('        ', 148, 8, 'ascii');
  h.write(type, 156, 1, 'ascii');
  h.write('ustar\u000000', 257, 8, 'ascii');
  h.write('root', 265, 32, 'ascii');
  h.write('root', 297, 32, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${octal(sum, 7)}\u0000 `, 148, 8, 'ascii');
  return h;
}

const padding = (size: number): Buffer => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** ustar splits a long path at a '/' into prefix (≤155 bytes) and name (≤100 bytes). */
function split(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  return undefined;
}

/** A pax record "LEN path=VALUE\n", where LEN counts itself. */
function paxPath(path: string): Buffer {
  const body = ` path=${path}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`, 'utf8');
}

/** The blocks for one regular file: its header (a pax one before it when needed), the bytes
 *  and the padding to the next block. */
export function tarEntry(path: string, data: Uint8Array, mode: number): Buffer[] {
  const parts = split(path);
  if (parts) return [header(parts.name, parts.prefix, data.length, mode, '0'), Buffer.from(data.buffer, data.byteOffset, data.length), padding(data.length)];
  const pax = paxPath(path);
  return [
    header('PaxHeader', '', pax.length, 0o644, 'x'),
    pax,
    padding(pax.length),
    header(path.slice(-100).replace(/^[^/]*\//, ''), '', data.length, mode, '0'),
    Buffer.from(data.buffer, data.byteOffset, data.length),
    padding(data.length),
  ];
}

/** Two zero blocks end an archive. */
export const TAR_END = Buffer.alloc(BLOCK * 2);

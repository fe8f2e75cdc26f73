// A child's kept stderr (src/boot/stderr-tail.ts): bounded to its last 4 KB, and read for the
// child's own error — a `pos` verb's coded line or a JSON log line's code — with card numbers
// masked and the secrets it was given cut out. The whole path, `pos backend` refusing its config
// under npm start's start-up, is tests/boot/embedded-backend.test.ts's.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { childSaid, keepTail, STDERR_TAIL_BYTES } from '../../src/boot/stderr-tail.js';

const whole = (text: string) => ({ text, cut: false });

describe('keepTail', () => {
  it('keeps the last 4 KB of a long stream and says its start was dropped', async () => {
    const stream = new PassThrough();
    const kept = keepTail(stream);
    for (let i = 0; i < 1000; i++) stream.write(`line ${i}\n`);
    stream.end('E-BACKEND-0011 the last word\n');
    await new Promise((r) => stream.once('end', r));
    const tail = kept();
    expect(Buffer.byteLength(tail.text)).toBe(STDERR_TAIL_BYTES);
    expect(tail.cut).toBe(true);
    expect(tail.text.endsWith('E-BACKEND-0011 the last word\n')).toBe(true);
    expect(childSaid(tail, [])).toEqual({ childCode: 'E-BACKEND-0011', childMessage: 'the last word' });
  });
});

describe('childSaid', () => {
  it('takes the last coded line of a pos verb\'s error, not the fix printed after it', () => {
    const text = 'E-BACKEND-0011 Invalid backend option or configuration (field=--config, reason=not JSON)\nInvalid backend option or configuration: Run pos backend --help.\n';
    expect(childSaid(whole(text), [])).toEqual({ childCode: 'E-BACKEND-0011', childMessage: 'Invalid backend option or configuration (field=--config, reason=not JSON)' });
  });

  it('reads a JSON log line\'s code and msg', () => {
    const text = '{"level":50,"code":"E-BACKEND-0101","msg":"store damaged","path":"/x/backend.db"}\n';
    expect(childSaid(whole(text), [])).toEqual({ childCode: 'E-BACKEND-0101', childMessage: 'store damaged' });
    const logged = '{"level":50,"err":{"type":"PosError","code":"E-BACKEND-0101","message":"E-BACKEND-0101 store damaged (path=/x)"},"msg":"start failed"}\n';
    expect(childSaid(whole(logged), [])).toEqual({ childCode: 'E-BACKEND-0101', childMessage: 'E-BACKEND-0101 store damaged (path=/x)' });
  });

  it('gives the last line when nothing is coded, and nothing for silence', () => {
    expect(childSaid(whole('starting\nSegmentation fault\n'), [])).toEqual({ childMessage: 'Segmentation fault' });
    expect(childSaid(whole(''), [])).toEqual({});
  });

  it('cuts out the secrets it was given and masks a card number', () => {
    const said = childSaid(whole('E-BACKEND-0011 bad token 0123456789abcdef0123456789abcdef for card 4111111111111111\n'), ['0123456789abcdef0123456789abcdef']);
    expect(said.childMessage).toBe('bad token *** for card 411111…1111');
  });

  it('drops the first line of a cut tail, which may be a part of a line', () => {
    expect(childSaid({ text: '0123456789abcdef tail of a secret\nlast\n', cut: true }, [])).toEqual({ childMessage: 'last' });
  });
});

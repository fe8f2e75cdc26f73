// The screen driver over a renderer: keys become answers by the keypad's rules (entry.ts),
// cancel, abort and timeout end an ask, overlapping asks are refused, and every renderer gets
// the same view. The renderer here is the console one writing into a buffer, with keys fed in
// through a stream, as stdin would.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isPosError } from '../../src/errors/index.js';
import { Sealed } from '../../src/kernel/index.js';
import { amountScreen, ansiRenderer, bookAScreen, createScreenDriver, idleScreen, passwordScreen, press, receiptQuestionScreen, signInScreen, type Schedule, type View } from '../../src/ui/index.js';
import { CNY, HEALTHY } from '../fixtures/screen-flows.js';

function rig(options: { schedule?: Schedule; voice?: boolean } = {}) {
  const output = new PassThrough();
  const input = new PassThrough();
  const views: View[] = [];
  const renderer = ansiRenderer({ output, input, columns: 40 });
  const spoken: string[] = [];
  const driver = createScreenDriver(
    { render: (v) => (views.push(v), renderer.render(v)), onInput: (l) => renderer.onInput(l) },
    { prefs: { language: 'en', largeType: false, voice: options.voice ?? false }, voice: { say: (text, language) => void spoken.push(`${language}:${text}`) }, ...(options.schedule ? { schedule: options.schedule } : {}) },
  );
  const type = (keys: string): void => void input.write(keys);
  return { driver, views, type, spoken, last: () => views.at(-1)! };
}

describe('the screen driver', () => {
  it('takes an amount in minor units from the keypad, formatted as it is typed', async () => {
    const r = rig();
    const asked = r.driver.ask(amountScreen('sale', CNY, 1_000_000n));
    r.type('0012');
    await new Promise((res) => setImmediate(res));
    expect(r.last().keypad).toEqual({ kind: 'amount', label: '', shown: 'CN¥0.12' });
    r.type('3\x7f45');
    await new Promise((res) => setImmediate(res));
    expect(r.last().keypad?.shown).toBe('CN¥12.45');
    r.type('\r');
    expect(await asked).toEqual({ kind: 'entered', value: 1245n });
  });

  it('refuses a digit that would pass the maximum, and Enter on nothing', () => {
    const amount = amountScreen('sale', CNY, 10_000n).entry;
    expect(press(amount, [], '1000', { kind: 'digit', digits: '0' })).toEqual({ kind: 'typing', typed: '10000' });
    expect(press(amount, [], '10000', { kind: 'digit', digits: '0' })).toEqual({ kind: 'ignored' });
    expect(press(amount, [], '', { kind: 'enter' })).toEqual({ kind: 'ignored' });
    expect(press(amount, [], '', { kind: 'digit', digits: '00' })).toEqual({ kind: 'ignored' });
    const id = signInScreen().entry;
    expect(press(id, [], '12345678', { kind: 'digit', digits: '9' })).toEqual({ kind: 'ignored' });
    expect(press(id, [], '1234', { kind: 'digit', digits: '00' })).toEqual({ kind: 'ignored' });
  });

  it('masks a password as it is typed and hands it back sealed', async () => {
    const r = rig();
    const asked = r.driver.ask(passwordScreen('01'));
    r.type('12');
    await new Promise((res) => setImmediate(res));
    expect(r.last().keypad).toEqual({ kind: 'password', label: 'Password', shown: '••' });
    r.type('\r'); // shorter than 4: ignored
    r.type('34\r');
    const answer = await asked;
    expect(answer.kind).toBe('entered');
    const value = (answer as { value: Sealed<string> }).value;
    expect(value).toBeInstanceOf(Sealed);
    expect(value.reveal()).toBe('1234');
    expect(JSON.stringify(answer)).not.toContain('1234');
    expect(JSON.stringify(r.views)).not.toContain('1234');
  });

  it('answers a choice with the button picked (by number on the console), Enter taking the first primary one', async () => {
    const r = rig();
    const first = r.driver.ask(receiptQuestionScreen());
    r.type('2');
    expect(await first).toEqual({ kind: 'entered', value: 'skip' });
    const second = r.driver.ask(receiptQuestionScreen());
    r.type('\r');
    expect(await second).toEqual({ kind: 'entered', value: 'print' });
  });

  it('ends an ask with cancelled on Esc, on the cancel button, and on the engine\'s abort signal', async () => {
    const r = rig();
    const esc = r.driver.ask(signInScreen());
    r.type('\x1b');
    expect(await esc).toEqual({ kind: 'cancelled' });
    const button = r.driver.ask(signInScreen());
    r.type('12');
    expect(press(signInScreen().entry, signInScreen().buttons, '', { kind: 'button', id: 'cancel' })).toEqual({ kind: 'done', answer: { kind: 'cancelled' } });
    r.type('\x1b');
    expect(await button).toEqual({ kind: 'cancelled' });
    const abort = new AbortController();
    const aborted = r.driver.ask(signInScreen(), { signal: abort.signal });
    abort.abort();
    expect(await aborted).toEqual({ kind: 'cancelled' });
  });

  it('ends an ask with timeout when no key comes, the clock restarting at each key', async () => {
    const timers: { ms: number; run: () => void; cancelled: boolean }[] = [];
    const schedule: Schedule = (ms, run) => {
      const t = { ms, run, cancelled: false };
      timers.push(t);
      return () => void (t.cancelled = true);
    };
    const r = rig({ schedule });
    const asked = r.driver.ask(signInScreen(), { timeoutMs: 30_000 });
    expect(timers.map((t) => [t.ms, t.cancelled])).toEqual([[30_000, false]]);
    r.type('1');
    await new Promise((res) => setImmediate(res));
    expect(timers.map((t) => t.cancelled)).toEqual([true, false]);
    timers[1]!.run();
    expect(await asked).toEqual({ kind: 'timeout' });
  });

  it('refuses a second ask, or a show, while one is waiting (E-UI-0003), and updates the waiting screen in place', async () => {
    const r = rig();
    const idle = r.driver.ask(idleScreen(HEALTHY));
    await expect(r.driver.ask(signInScreen())).rejects.toSatisfy((e) => isPosError(e, 'E-UI-0003'));
    expect(() => r.driver.show(bookAScreen('please-wait'))).toThrow(/E-UI-0003/);
    expect(() => r.driver.update(signInScreen())).toThrow(/E-UI-0003/);
    r.driver.update(idleScreen({ ...HEALTHY, link: { state: 'offline', waiting: 0 } }));
    expect(r.last().lines.at(-1)).toEqual({ text: 'Host link: offline', style: 'fault' });
    r.type('1');
    expect(await idle).toEqual({ kind: 'entered', value: 'sign-in' });
  });

  it('speaks a screen\'s voice text in the display\'s language when voice is on, and follows the display\'s toggles', async () => {
    const r = rig({ voice: true });
    r.driver.show(bookAScreen('remove-card'));
    r.driver.show(bookAScreen('please-wait'));
    r.type('l');
    await new Promise((res) => setImmediate(res));
    expect(r.last().prefs.language).toBe('zh-CN');
    expect(r.last().title).toBe('请稍候');
    r.driver.show(bookAScreen('approved'));
    r.type('v');
    await new Promise((res) => setImmediate(res));
    r.driver.show(bookAScreen('card-read-ok'));
    expect(r.spoken).toEqual(['en:Remove card', 'zh-CN:交易成功']);
    expect(r.driver.prefs).toEqual({ language: 'zh-CN', largeType: false, voice: false });
  });

  it('never shows a whole PAN, even one put on a screen by mistake', () => {
    const r = rig();
    const screen = bookAScreen('approved');
    r.driver.show({ ...screen, lines: [{ text: { en: 'Card 4761739001010119', 'zh-CN': '卡号 4761739001010119' }, style: 'body' }] });
    expect(r.last().lines[0]!.text).toBe('Card 476173…0119');
  });
});

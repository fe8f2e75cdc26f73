// The web display's server over real sockets: the page and its assets over HTTP, views out
// and keys in over the WebSocket (a `ws` client standing in for the kiosk page), sockets from
// another origin refused, what it does not understand ignored and logged by code only.
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { isPosError } from '../../src/errors/index.js';
import { createLogger } from '../../src/kernel/index.js';
import { amountScreen, bookAScreen, createScreenDriver, signInScreen, startWebDisplay, type View, type WebDisplay } from '../../src/ui/index.js';
import { CNY } from '../fixtures/screen-flows.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function logged(): { log: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
  return { log: createLogger({ name: 'ui-test', destination }), lines };
}

async function display(): Promise<{ d: WebDisplay; lines: string[] }> {
  const { log, lines } = logged();
  const d = await startWebDisplay({ port: 0, log });
  cleanup.push(() => d.close());
  return { d, lines };
}

/** A page's socket: the views it got, and a way to send. */
async function page(port: number, origin = `http://127.0.0.1:${port}`) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin });
  cleanup.push(() => socket.terminate());
  const views: View[] = [];
  socket.on('message', (data) => views.push(JSON.parse(String(data)).view));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const nextView = async (n: number): Promise<View> => {
    await expect.poll(() => views.length).toBeGreaterThanOrEqual(n);
    return views[n - 1]!;
  };
  return { socket, views, nextView, send: (m: unknown) => socket.send(typeof m === 'string' ? m : JSON.stringify(m)) };
}

describe('the web display server', () => {
  it('serves the page, its stylesheet and script with a same-origin CSP, and nothing else', async () => {
    const { d } = await display();
    const base = `http://127.0.0.1:${d.port}`;
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'; connect-src 'self'; frame-ancestors 'none'");
    expect(await res.text()).toContain('<script src="/display.js" defer></script>');
    expect((await fetch(`${base}/display.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${base}/display.css`)).status).toBe(200);
    expect((await fetch(`${base}/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('sends the view to a page, the current one to a page that connects late, and takes keys back', async () => {
    const { d } = await display();
    const driver = createScreenDriver(d, { prefs: { language: 'zh-CN', largeType: true, voice: false } });
    const asked = driver.ask(amountScreen('sale', CNY, 100_000n));
    const p = await page(d.port);
    const first = await p.nextView(1);
    expect(first).toMatchObject({ id: 'amount', title: '消费', prefs: { language: 'zh-CN', largeType: true }, keypad: { kind: 'amount', shown: '¥0.00' } });
    for (const digits of ['4', '9', '00']) p.send({ type: 'key', key: { kind: 'digit', digits } });
    expect((await p.nextView(4)).keypad?.shown).toBe('¥49.00');
    p.send({ type: 'prefs', prefs: { language: 'en' } });
    expect((await p.nextView(5)).keypad?.shown).toBe('CN¥49.00');
    p.send({ type: 'key', key: { kind: 'enter' } });
    expect(await asked).toEqual({ kind: 'entered', value: 4900n });
    expect(d.clients()).toBe(1);
  });

  it('refuses a socket from another origin', async () => {
    const { d } = await display();
    await expect(page(d.port, 'http://evil.example')).rejects.toThrow(/403/);
    expect(d.clients()).toBe(0);
  });

  it('ignores a message it does not understand and logs E-UI-0004 without its content', async () => {
    const { d, lines } = await display();
    const driver = createScreenDriver(d, { prefs: { language: 'en', largeType: false, voice: false } });
    const asked = driver.ask(signInScreen());
    const p = await page(d.port);
    await p.nextView(1);
    p.send('{"type":"key","key":{"kind":"digit","digits":"12345"}}');
    p.send('not json 4761739001010119');
    p.send({ type: 'prefs', prefs: { language: 'fr' } });
    p.send({ type: 'key', key: { kind: 'digit', digits: '7' } });
    expect((await p.nextView(2)).keypad?.shown).toBe('7');
    await expect.poll(() => lines.length).toBe(3);
    for (const line of lines) {
      expect(JSON.parse(line)).toMatchObject({ code: 'E-UI-0004', msg: 'kiosk message not understood; ignored' });
      expect(line).not.toMatch(/12345|4761|fr/);
    }
    p.send({ type: 'key', key: { kind: 'cancel' } });
    expect(await asked).toEqual({ kind: 'cancelled' });
  });

  it('closes a socket that sends more than a key\'s worth, logs it, and serves the next page', async () => {
    const { d, lines } = await display();
    const first = await page(d.port);
    const closed = new Promise<number>((resolve) => first.socket.once('close', resolve));
    first.send(JSON.stringify({ type: 'key', key: { kind: 'enter' }, padding: 'x'.repeat(4096) }));
    expect(await closed).toBe(1009);
    await expect.poll(() => lines.length).toBe(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ code: 'E-UI-0004', msg: 'kiosk socket closed on a bad frame' });
    createScreenDriver(d, { prefs: { language: 'en', largeType: false, voice: false } }).show(bookAScreen('welcome'));
    const second = await page(d.port);
    expect((await second.nextView(1)).title).toBe('Welcome');
  });

  it('says E-UI-0001 when its port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as { port: number }).port;
    await expect(startWebDisplay({ port, log: logged().log })).rejects.toSatisfy((e) => isPosError(e, 'E-UI-0001'));
  });
});

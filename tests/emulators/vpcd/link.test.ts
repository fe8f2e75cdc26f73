// The vpcd side is played by a TCP server in the test that speaks the framing of
// vsmartcard virtualsmartcard/src/vpcd/vpcd.c (2-byte big-endian length, then payload).
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { IccReply, VirtualIcc } from '../../../src/emulators/icc.js';
import { FrameDecoder, encodeFrame } from '../../../src/emulators/vpcd/frame.js';
import { VpcdLink, VpcdLinkError } from '../../../src/emulators/vpcd/link.js';

const ATR = Uint8Array.of(0x3b, 0x02, 0x14, 0x50);

class ScriptedIcc implements VirtualIcc {
  resets = 0;
  powerOffs = 0;
  constructor(private readonly answer: (capdu: Uint8Array) => IccReply | Promise<IccReply>) {}
  atr(): Uint8Array {
    return ATR;
  }
  reset(): void {
    this.resets++;
  }
  powerOff(): void {
    this.powerOffs++;
  }
  async transmit(capdu: Uint8Array): Promise<IccReply> {
    return this.answer(capdu);
  }
}

const ok = (capdu: Uint8Array): IccReply => ({ kind: 'response', rapdu: Uint8Array.of(capdu[1]!, 0x90, 0x00) });

/** A one-client stand-in for vpcd: send raw bytes, read whole answers. */
class FakeVpcd {
  private client: Socket | null = null;
  private readonly decoder = new FrameDecoder();
  private readonly answers: Uint8Array[] = [];
  private waiters: Array<() => void> = [];
  private clientWaiters: Array<(s: Socket) => void> = [];
  closedByCard = false;
  constructor(readonly server: Server) {
    server.on('connection', (socket) => {
      this.client = socket;
      socket.on('data', (chunk: Buffer) => {
        this.answers.push(...this.decoder.push(chunk));
        for (const w of this.waiters.splice(0)) w();
      });
      socket.on('close', () => {
        this.closedByCard = true;
        for (const w of this.waiters.splice(0)) w();
      });
      for (const w of this.clientWaiters.splice(0)) w(socket);
    });
  }
  static async listen(port = 0): Promise<FakeVpcd> {
    const server = createServer();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    return new FakeVpcd(server);
  }
  get port(): number {
    return (this.server.address() as { port: number }).port;
  }
  async connected(): Promise<Socket> {
    return this.client ?? new Promise((r) => this.clientWaiters.push(r));
  }
  async send(bytes: Uint8Array): Promise<void> {
    (await this.connected()).write(bytes);
  }
  async next(): Promise<Uint8Array | null> {
    while (this.answers.length === 0 && !this.closedByCard) await new Promise<void>((r) => this.waiters.push(r));
    return this.answers.shift() ?? null;
  }
  async close(): Promise<void> {
    this.client?.destroy();
    await new Promise((r) => this.server.close(r));
  }
}

let vpcd: FakeVpcd | null = null;
afterEach(async () => {
  await vpcd?.close();
  vpcd = null;
});

describe('VpcdLink', () => {
  it('answers get ATR with the ATR and a C-APDU with its R-APDU, power codes without an answer', async () => {
    vpcd = await FakeVpcd.listen();
    const icc = new ScriptedIcc(ok);
    const link = new VpcdLink(icc, { port: vpcd.port });
    await link.attach();
    expect(link.state).toBe('attached');
    // Power on and get ATR in one TCP write, as vpcd's IFDHPowerICC does back to back.
    await vpcd.send(Uint8Array.of(...encodeFrame(Uint8Array.of(0x01)), ...encodeFrame(Uint8Array.of(0x04))));
    expect(await vpcd.next()).toEqual(ATR);
    expect(icc.resets).toBe(1);
    await vpcd.send(encodeFrame(Uint8Array.of(0x00, 0xa4, 0x04, 0x00, 0x00)));
    expect(await vpcd.next()).toEqual(Uint8Array.of(0xa4, 0x90, 0x00));
    await vpcd.send(encodeFrame(Uint8Array.of(0x00)));
    await vpcd.send(encodeFrame(Uint8Array.of(0x04)));
    expect(await vpcd.next()).toEqual(ATR);
    expect(icc.powerOffs).toBe(1);
    await link.detach();
    expect(await link.closed()).toEqual({ kind: 'detached' });
  });

  it('reassembles a C-APDU that arrives a byte at a time', async () => {
    vpcd = await FakeVpcd.listen();
    const link = new VpcdLink(new ScriptedIcc(ok), { port: vpcd.port });
    await link.attach();
    for (const b of encodeFrame(Uint8Array.of(0x80, 0xca, 0x9f, 0x17, 0x00))) await vpcd.send(Uint8Array.of(b));
    expect(await vpcd.next()).toEqual(Uint8Array.of(0xca, 0x90, 0x00));
    await link.detach();
  });

  it('closes the socket without answering when the card leaves the field mid-command', async () => {
    vpcd = await FakeVpcd.listen();
    const link = new VpcdLink(new ScriptedIcc(() => ({ kind: 'removed' })), { port: vpcd.port });
    await link.attach();
    await vpcd.send(encodeFrame(Uint8Array.of(0x80, 0xae, 0x80, 0x00, 0x00)));
    expect(await vpcd.next()).toBeNull();
    expect(await link.closed()).toEqual({ kind: 'removed' });
    expect(link.state).toBe('detached');
  });

  it('fails with a typed error and closes on an unknown control code or an empty message', async () => {
    for (const garbage of [encodeFrame(Uint8Array.of(0x07)), Uint8Array.of(0x00, 0x00)]) {
      vpcd = await FakeVpcd.listen();
      const link = new VpcdLink(new ScriptedIcc(ok), { port: vpcd.port });
      await link.attach();
      await vpcd.send(garbage);
      const closed = await link.closed();
      expect(closed.kind).toBe('failed');
      expect(closed.kind === 'failed' && closed.error).toBeInstanceOf(VpcdLinkError);
      expect(closed.kind === 'failed' && closed.error.kind).toBe(garbage.length === 2 ? 'empty-frame' : 'unknown-control');
      expect(await vpcd.next()).toBeNull();
      await vpcd.close();
      vpcd = null;
    }
  });

  it('reports a message cut off by the peer as truncated-frame', async () => {
    vpcd = await FakeVpcd.listen();
    const link = new VpcdLink(new ScriptedIcc(ok), { port: vpcd.port });
    await link.attach();
    const peer = await vpcd.connected();
    peer.end(Uint8Array.of(0x00, 0x05, 0x00, 0xa4));
    const closed = await link.closed();
    expect(closed.kind === 'failed' && closed.error.kind).toBe('truncated-frame');
  });

  it('reports the peer hanging up between messages as peer-closed', async () => {
    vpcd = await FakeVpcd.listen();
    const link = new VpcdLink(new ScriptedIcc(ok), { port: vpcd.port });
    await link.attach();
    (await vpcd.connected()).destroy();
    expect(await link.closed()).toEqual({ kind: 'peer-closed' });
  });

  it('fails the link when the card throws instead of answering', async () => {
    vpcd = await FakeVpcd.listen();
    const link = new VpcdLink(new ScriptedIcc(() => Promise.reject(new Error('card bug'))), { port: vpcd.port });
    await link.attach();
    await vpcd.send(encodeFrame(Uint8Array.of(0x00, 0xb2, 0x01, 0x0c, 0x00)));
    const closed = await link.closed();
    expect(closed.kind === 'failed' && closed.error.kind).toBe('card-failed');
  });

  it('retries until vpcd listens, and gives up with connect-failed after the bound', async () => {
    const probe = await FakeVpcd.listen();
    const port = probe.port;
    await probe.close();
    const link = new VpcdLink(new ScriptedIcc(ok), { port, connectTimeoutMs: 2_000, retryIntervalMs: 20 });
    const attaching = link.attach();
    await new Promise((r) => setTimeout(r, 100));
    vpcd = await FakeVpcd.listen(port);
    await attaching;
    expect(link.state).toBe('attached');
    await link.detach();

    const never = new VpcdLink(new ScriptedIcc(ok), { port, connectTimeoutMs: 60, retryIntervalMs: 20 });
    await vpcd.close();
    vpcd = null;
    await expect(never.attach()).rejects.toSatisfy((e) => e instanceof VpcdLinkError && e.kind === 'connect-failed');
    expect(never.state).toBe('detached');
  });

  it('frames lengths big-endian and refuses an empty payload', () => {
    expect(encodeFrame(new Uint8Array(0x0102))[0]).toBe(0x01);
    expect(encodeFrame(new Uint8Array(0x0102))[1]).toBe(0x02);
    expect(() => encodeFrame(new Uint8Array(0))).toThrow(RangeError);
  });
});

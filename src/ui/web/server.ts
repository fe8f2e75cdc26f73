// The web display: the kiosk browser's page over HTTP (node:http) and a WebSocket (ws) that
// carries each view to the page and the page's keys and toggles back. It is a Renderer for the
// screen driver. Loopback by default: the kiosk browser runs on the terminal itself, and the
// socket carries what the operator types (passwords included). A socket from another origin is
// refused, so no other page the browser opens can drive the terminal.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { PosError } from '../../errors/index.js';
import type { Logger } from '../../kernel/index.js';
import type { Renderer, UserInput } from '../driver.js';
import type { View } from '../view.js';
import { PAGE, SCRIPT, STYLESHEET } from './page.js';
import { parseClientMessage } from './protocol.js';

export interface WebDisplayOptions {
  /** 127.0.0.1 unless the kiosk is another machine. */
  readonly host?: string;
  /** 0 picks a free port; the running display reports the real one. */
  readonly port: number;
  readonly log: Logger;
}

export interface WebDisplay extends Renderer {
  readonly port: number;
  /** Pages connected now. */
  clients(): number;
  close(): Promise<void>;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; connect-src 'self'; frame-ancestors 'none'",
};

const ASSETS: Readonly<Record<string, { readonly type: string; readonly body: string }>> = {
  '/': { type: 'text/html', body: PAGE },
  '/display.css': { type: 'text/css', body: STYLESHEET },
  '/display.js': { type: 'text/javascript', body: SCRIPT },
};

/** Keys and toggles are tiny; anything larger is not ours. */
const MAX_MESSAGE_BYTES = 1024;

function serve(req: IncomingMessage, res: ServerResponse): void {
  const asset = ASSETS[new URL(req.url ?? '/', 'http://display').pathname];
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('GET only\n');
    return;
  }
  res.writeHead(asset === undefined ? 404 : 200, { ...HEADERS, 'content-type': `${asset?.type ?? 'text/plain'}; charset=utf-8` });
  res.end(asset?.body ?? 'not found\n');
}

export async function startWebDisplay(o: WebDisplayOptions): Promise<WebDisplay> {
  const host = o.host ?? '127.0.0.1';
  const server = createServer(serve);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const origin = req.headers.origin;
    const ours = new URL(req.url ?? '/', 'http://display').pathname === '/ws' && (origin === undefined || origin === `http://${req.headers.host}`);
    if (!ours) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  const listeners: ((input: UserInput) => void)[] = [];
  let last: string | null = null;

  sockets.on('connection', (socket: WebSocket) => {
    if (last !== null) socket.send(last);
    // A frame past maxPayload or a broken frame: ws closes that socket; the display stays up.
    socket.on('error', (err) => o.log.warn({ code: 'E-UI-0004', reason: err.message }, 'kiosk socket closed on a bad frame'));
    socket.on('message', (data, binary) => {
      const input = binary ? null : parseClientMessage(data.toString());
      if (input === null) {
        o.log.warn({ code: 'E-UI-0004', bytes: (data as Buffer).length }, 'kiosk message not understood; ignored');
        return;
      }
      for (const l of listeners) l(input);
    });
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (err) => reject(new PosError('E-UI-0001', { host, port: o.port, reason: err.message })));
    server.listen(o.port, host, () => resolve((server.address() as { port: number }).port));
  });

  return {
    port,
    render(view: View) {
      last = JSON.stringify({ type: 'view', view });
      for (const socket of sockets.clients) socket.send(last);
    },
    onInput(listener) {
      listeners.push(listener);
    },
    clients: () => sockets.clients.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

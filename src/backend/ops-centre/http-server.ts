// The operations centre over plain HTTP (node:http): the pages, their stylesheet and script,
// and the JSON the script polls. Read-only: nothing on it changes the fleet, so it needs no
// session; it listens on loopback unless told otherwise, because what it shows (merchants,
// transactions, masked cards) is for the operators only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { PosError } from '../../errors/index.js';
import { posrt } from '../../protos/index.js';
import { FLEET_WIDE } from '../parameter-store.js';
import type { BackendLogger } from '../log.js';
import type { FirmwareImage } from '../command-store.js';
import type { BackendRepository, FleetEntry } from '../repository.js';
import { SCRIPT, STYLESHEET } from './assets.js';
import { alertRow, fleetRow } from './fleet-view.js';
import { operatorEventRow } from './operator-events.js';
import { commandRow, offerRow, resultRow } from './command-view.js';
import { fleetPage, notFoundPage, terminalPage, type TerminalDetail } from './pages.js';
import { rolloutRows, versionRows, type RolloutRow } from './rollout-view.js';
import { boundOperatorRows, merchantNameOf, mismatchReportRow, reversalRow, settlementRow } from './settlement-view.js';
import { auditRow } from './audit-view.js';
import { qrRow } from './qr-view.js';
import { languageOf, STRINGS, type Strings } from './strings.js';

export interface OpsCentreOptions {
  readonly host: string;
  /** 0 picks a free port; the running server reports the real one. */
  readonly port: number;
  readonly repo: BackendRepository;
  readonly log: BackendLogger;
  readonly now?: () => number;
}

export interface RunningOpsCentre {
  readonly port: number;
  close(): Promise<void>;
}

const ALERTS_SHOWN = 50;
const TRANSACTIONS_SHOWN = 20;
const OPERATOR_EVENTS_SHOWN = 20;
const COMMANDS_SHOWN = 20;
const COMMAND_RESULTS_SHOWN = 50;
const SETTLEMENTS_SHOWN = 10;
const REVERSALS_SHOWN = 20;
const QR_PAYMENTS_SHOWN = 20;
const AUDIT_ENTRIES_SHOWN = 30;
/** More than settlements shown: a batch may be reconciled (and reported) more than once. */
const MISMATCH_REPORTS_READ = 50;

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

async function settlementRows(repo: BackendRepository, serial: string, s: Strings): Promise<TerminalDetail['settlements']> {
  const reports = (await repo.recentReceived('mismatch-report', serial, MISMATCH_REPORTS_READ)).map(mismatchReportRow);
  return (await repo.settlements.recentSettlements(serial, SETTLEMENTS_SHOWN)).map((x) => settlementRow(x, s, reports));
}

async function commandDetail(repo: BackendRepository, serial: string, s: Strings, now: number): Promise<Pick<TerminalDetail, 'commands' | 'commandResults' | 'firmwareOffers'>> {
  const commands = await repo.commands.recentCommands(serial, COMMANDS_SHOWN);
  const results = await repo.commands.recentCommandResults(serial, COMMAND_RESULTS_SHOWN);
  const offers = await Promise.all((await repo.commands.firmwareOffers(serial)).map(async (f) => offerRow(f, await repo.commands.firmware(f.firmwareId), s)));
  return { commands: commands.map((c) => commandRow(c, results, s, now)), commandResults: results.map((r) => resultRow(r, commands, s)), firmwareOffers: offers };
}

/** Every offer in the fleet, grouped per image, with each image's record read once. */
async function rollouts(repo: BackendRepository, fleet: readonly FleetEntry[], s: Strings): Promise<RolloutRow[]> {
  const offers = await repo.commands.firmwareOffers();
  const images = new Map<string, FirmwareImage>();
  for (const id of new Set(offers.map((o) => o.firmwareId))) {
    const image = await repo.commands.firmware(id);
    if (image) images.set(id, image);
  }
  return rolloutRows(offers, images, fleet, s);
}

export async function startOpsCentre(o: OpsCentreOptions): Promise<RunningOpsCentre> {
  const now = o.now ?? Date.now;
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://ops-centre');
    const lang = languageOf(url.searchParams.get('lang'));
    const s = STRINGS[lang];
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only\n');
    if (url.pathname === '/') {
      const fleet = await o.repo.fleet();
      return send(res, 200, 'text/html', fleetPage(lang, fleet, await o.repo.alerts(ALERTS_SHOWN), await rollouts(o.repo, fleet, s), now()));
    }
    if (url.pathname === '/api/terminals') {
      const t = now();
      const fleet = await o.repo.fleet();
      const body = {
        terminals: fleet.map((e) => fleetRow(e, s, t)),
        alerts: (await o.repo.alerts(ALERTS_SHOWN)).map((a) => alertRow(a, s)),
        versions: versionRows(fleet),
        rollouts: await rollouts(o.repo, fleet, s),
      };
      return send(res, 200, 'application/json', JSON.stringify(body));
    }
    if (url.pathname === '/ops-centre.css') return send(res, 200, 'text/css', STYLESHEET);
    if (url.pathname === '/ops-centre.js') return send(res, 200, 'text/javascript', SCRIPT);
    const terminal = /^\/terminals\/([^/]+)$/.exec(url.pathname);
    if (terminal) {
      const serial = decodeURIComponent(terminal[1]!);
      const entry = (await o.repo.fleet()).find((e) => e.terminal.serial === serial);
      if (!entry) return send(res, 404, 'text/html', notFoundPage(lang));
      const detail = {
        entry,
        alerts: await o.repo.alerts(ALERTS_SHOWN, serial),
        merchantName: merchantNameOf((await o.repo.parameters.parameterContent(posrt.channel.v1.ParameterKind.PARAMETER_KIND_MERCHANT, entry.terminal.merchantId))?.body, lang),
        boundOperators: boundOperatorRows((await o.repo.parameters.parameterContent(posrt.channel.v1.ParameterKind.PARAMETER_KIND_OPERATORS, FLEET_WIDE))?.body, entry.terminal.terminalId, s),
        operatorEvents: (await o.repo.recentReceived('operator-event', serial, OPERATOR_EVENTS_SHOWN)).map(operatorEventRow),
        transactions: await o.repo.recentTransactions(serial, TRANSACTIONS_SHOWN),
        batches: await o.repo.batchTotals(serial),
        settlements: await settlementRows(o.repo, serial, s),
        auditEntries: (await o.repo.audit.recentAuditEntries(serial, AUDIT_ENTRIES_SHOWN)).map((x) => auditRow(x, s)),
        reversals: (await o.repo.authorisations.recentReversals(serial, REVERSALS_SHOWN)).map((x) => reversalRow(x, s)),
        qrPayments: (await o.repo.qrPayments.recentQrPayments(serial, QR_PAYMENTS_SHOWN)).map((x) => qrRow(x, s)),
        ...(await commandDetail(o.repo, serial, s, now())),
      };
      return send(res, 200, 'text/html', terminalPage(lang, detail, now()));
    }
    send(res, 404, 'text/html', notFoundPage(lang));
  };
  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      // A store error (E-BACKEND-0010) or a bad escape in the path: the page fails, the backend stays up.
      const code = e instanceof PosError ? e.code : 'E-BACKEND-0015';
      o.log.error({ code, path: new URL(req.url ?? '/', 'http://ops-centre').pathname }, 'operations centre request failed');
      if (!res.headersSent) send(res, e instanceof URIError ? 400 : 500, 'text/plain', `${code}\n`);
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (err) => reject(new PosError('E-BACKEND-0011', { field: '--http-port', port: o.port, reason: err.message })));
    server.listen(o.port, o.host, () => resolve((server.address() as { port: number }).port));
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Polling browsers keep connections alive; a shutdown waits for none of them.
        server.closeAllConnections();
      }),
  };
}

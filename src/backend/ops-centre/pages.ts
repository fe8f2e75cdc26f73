// The operations centre's pages, rendered on the server: the fleet with its alerts, and one
// terminal's detail (facts, devices, alerts, operators, transactions, scan-to-pay, reversals,
// batches with their settlement and reconciliation). Elements the page's script refreshes carry
// data-live (the serial) and data-field; alert tables carry data-alerts. Every value goes through
// html``, which escapes it.
import type { Alert, BatchTotal, EnrolledTerminal, FleetEntry, StoredTransaction } from '../repository.js';
import { alertRow, amountText, fleetRow, maskedPanText, timestamp, type FleetRow } from './fleet-view.js';
import { html, type Markup } from './html.js';
import type { AuditRow } from './audit-view.js';
import type { QrRow } from './qr-view.js';
import type { OperatorEventRow } from './operator-events.js';
import type { CommandRow, OfferRow, ResultRow } from './command-view.js';
import { versionRows, type RolloutRow } from './rollout-view.js';
import type { BoundOperatorRow, ReversalRow, SettlementRow } from './settlement-view.js';
import { label, LANGUAGES, STRINGS, type Language, type Strings } from './strings.js';

function layout(lang: Language, path: string, title: string, body: Markup): string {
  const s = STRINGS[lang];
  const switcher = LANGUAGES.map((l) =>
    l === lang ? html`<strong lang="${l}">${STRINGS[l].languageName}</strong>` : html`<a lang="${l}" href="${path}?lang=${l}" data-lang="${l}">${STRINGS[l].languageName}</a>`,
  );
  return `<!doctype html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} — ${s.title}</title><link rel="stylesheet" href="/ops-centre.css"><script src="/ops-centre.js" defer></script></head>
<body data-lang="${lang}"><header><h1><a href="/?lang=${lang}">${s.title}</a></h1><nav class="lang">${switcher}</nav><span class="live">${s.updated}</span></header>
<main>${body}</main></body></html>`}\n`;
}

function liveCell(row: FleetRow, field: keyof FleetRow['text']): Markup {
  return html`<td data-live="${row.serial}" data-field="${field}"${field === 'status' ? html` data-state="${row.liveness}"` : null}>${row.text[field]}</td>`;
}

function alertsTable(alerts: readonly Alert[], s: Strings, serial?: string): Markup {
  const rows = alerts.map((a) => {
    const r = alertRow(a, s);
    return html`<tr data-open="${String(r.open)}"><td>${r.text.alert}</td><td>${r.serial}</td><td>${r.text.raisedAt}</td><td>${r.text.clearedAt}</td></tr>`;
  });
  return html`<table id="alerts"><thead><tr><th>${s.alert}</th><th>${s.serial}</th><th>${s.raisedAt}</th><th>${s.clearedAt}</th></tr></thead>
<tbody data-alerts="${serial ?? ''}" data-empty="${s.noAlerts}">${rows.length ? rows : html`<tr><td colspan="4">${s.noAlerts}</td></tr>`}</tbody></table>`;
}

export function fleetPage(lang: Language, fleet: readonly FleetEntry[], alerts: readonly Alert[], rollouts: readonly RolloutRow[], now: number): string {
  const s = STRINGS[lang];
  const rows = fleet.map((entry) => {
    const r = fleetRow(entry, s, now);
    return html`<tr data-serial="${r.serial}"><td><a href="/terminals/${encodeURIComponent(r.serial)}?lang=${lang}">${r.serial}</a></td><td>${r.terminalId}</td>
${liveCell(r, 'status')}${liveCell(r, 'lastSeen')}${liveCell(r, 'devices')}${liveCell(r, 'alerts')}</tr>`;
  });
  const table = rows.length
    ? html`<table id="fleet" data-count="${rows.length}"><thead><tr><th>${s.serial}</th><th>${s.terminalId}</th><th>${s.status}</th><th>${s.lastSeen}</th><th>${s.devices}</th><th>${s.alerts}</th></tr></thead><tbody>${rows}</tbody></table>`
    : html`<p id="fleet" data-count="0">${s.noTerminals}</p>`;
  return layout(lang, '/', s.fleet, html`<h2>${s.fleet}</h2>${table}<h2>${s.alerts}</h2>${alertsTable(alerts, s)}${updatesSection(fleet, rollouts, s)}`);
}

/** Versions across the fleet and each rollout's progress (rollout-view.ts). */
function updatesSection(fleet: readonly FleetEntry[], rollouts: readonly RolloutRow[], s: Strings): Markup {
  const versions = versionRows(fleet);
  const versionTable = html`<table id="versions"><thead><tr><th>${s.version}</th><th>${s.terminals}</th></tr></thead><tbody>${versions.map((v) => html`<tr data-version="${v.version}" data-terminals="${v.terminals}"><td>${v.version}</td><td>${v.terminals}</td></tr>`)}</tbody></table>`;
  const rolloutTable = rollouts.length
    ? html`<table id="rollouts"><thead><tr><th>${s.firmwareId}</th><th>${s.version}</th><th>${s.progress}</th></tr></thead><tbody>${rollouts.map(
        (r) => html`<tr data-firmware="${r.firmwareId}" data-offered="${r.offered}" data-downloaded="${r.downloaded}" data-running="${r.running}"><td>${r.firmwareId}</td><td>${r.version}</td><td>${r.text.progress}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="rollouts">${s.noRollouts}</p>`;
  return html`<h2>${s.versions}</h2>${versionTable}<h2>${s.rollouts}</h2>${rolloutTable}`;
}

export interface TerminalDetail {
  readonly entry: FleetEntry;
  readonly alerts: readonly Alert[];
  /** The merchant's name from the merchant data the backend distributes, in the page's
   *  language; empty when it has none for the terminal's merchant. */
  readonly merchantName: string;
  readonly boundOperators: readonly BoundOperatorRow[];
  readonly operatorEvents: readonly OperatorEventRow[];
  readonly transactions: readonly StoredTransaction[];
  readonly batches: readonly BatchTotal[];
  readonly settlements: readonly SettlementRow[];
  readonly reversals: readonly ReversalRow[];
  readonly qrPayments: readonly QrRow[];
  readonly auditEntries: readonly AuditRow[];
  readonly commands: readonly CommandRow[];
  readonly commandResults: readonly ResultRow[];
  readonly firmwareOffers: readonly OfferRow[];
}

/** The remote commands, their results and the firmware offers (command-view.ts). */
function commandSections(d: TerminalDetail, s: Strings): Markup {
  const commands = d.commands.length
    ? html`<table id="commands"><thead><tr><th>${s.queuedAt}</th><th>${s.commandId}</th><th>${s.action}</th><th>${s.state}</th><th>${s.expiresAt}</th><th>${s.results}</th></tr></thead><tbody>${d.commands.map(
        (c) => html`<tr data-command="${c.commandId}" data-state="${c.state}"><td>${c.text.queuedAt}</td><td>${c.commandId}</td><td>${c.text.action}</td><td>${c.text.state}</td><td>${c.text.expiresAt}</td><td>${c.text.results}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="commands">${s.noCommands}</p>`;
  const results = d.commandResults.length
    ? html`<table id="command-results"><thead><tr><th>${s.received}</th><th>${s.commandId}</th><th>${s.action}</th><th>${s.status}</th><th>${s.detail}</th></tr></thead><tbody>${d.commandResults.map(
        (r) => html`<tr data-command="${r.commandId}" data-status="${r.status}" data-code="${r.errorCode}"><td>${r.text.receivedAt}</td><td>${r.commandId}</td><td>${r.text.action}</td><td>${r.text.status}</td><td>${r.text.detail}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="command-results">${s.noCommandResults}</p>`;
  const offers = d.firmwareOffers.length
    ? html`<table id="firmware-offers"><thead><tr><th>${s.firmwareId}</th><th>${s.version}</th><th>${s.offeredAt}</th><th>${s.expiresAt}</th><th>${s.sentAt}</th><th>${s.progress}</th></tr></thead><tbody>${d.firmwareOffers.map(
        (o) => html`<tr data-firmware="${o.firmwareId}" data-served="${o.chunksServed}" data-chunks="${o.chunks}"><td>${o.firmwareId}</td><td>${o.text.version}</td><td>${o.text.offeredAt}</td><td>${o.text.expiresAt}</td><td>${o.text.sentAt}</td><td>${o.text.progress}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="firmware-offers">${s.noFirmwareOffers}</p>`;
  return html`<h2>${s.commands}</h2><p class="note">${s.commandsNote}</p>${commands}<h2>${s.commandResults}</h2>${results}<h2>${s.firmwareOffers}</h2>${offers}`;
}

/** Per settled batch: declared beside the backend's totals (a differing row marked), then the
 *  mismatches (settlement-view.ts). */
function settlementSection(d: TerminalDetail, s: Strings): Markup {
  const batches = d.settlements.map((b) => {
    const totals = html`<table class="totals"><thead><tr><th rowspan="2">${s.scheme}</th><th rowspan="2">${s.type}</th><th rowspan="2">${s.currency}</th><th colspan="2">${s.declared}</th><th colspan="2">${s.backendTotals}</th></tr>
<tr><th>${s.count}</th><th>${s.amount}</th><th>${s.count}</th><th>${s.amount}</th></tr></thead><tbody>${b.totals.map(
      (t) => html`<tr data-differs="${String(t.differs)}"><td>${t.scheme}</td><td>${t.type}</td><td>${t.currency}</td><td class="num">${t.declared.count}</td><td class="num">${t.declared.amount}</td><td class="num">${t.backend.count}</td><td class="num">${t.backend.amount}</td></tr>`,
    )}</tbody></table>`;
    const mismatches = b.mismatches.length
      ? html`<table class="mismatches"><thead><tr><th>${s.mismatch}</th><th>${s.transactionId}</th><th>${s.what}</th><th>${s.terminalAmount}</th><th>${s.backendAmount}</th></tr></thead><tbody>${b.mismatches.map(
          (m) => html`<tr data-kind="${m.kind}"><td>${m.text.kind}</td><td>${m.text.transactionId}</td><td>${m.text.what}</td><td class="num">${m.text.terminalAmount}</td><td class="num">${m.text.backendAmount}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="balanced">${s.noMismatches}</p>`;
    const reports = b.reports.length
      ? html`<table class="mismatch-reports"><thead><tr><th>${s.operator}</th><th>${s.seenAt}</th><th>${s.received}</th></tr></thead><tbody>${b.reports.map(
          (r) => html`<tr data-report="${r.reportId}"><td>${r.text.operator}</td><td>${r.text.seenAt}</td><td>${r.text.receivedAt}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="mismatch-reports">${s.noMismatchReport}</p>`;
    return html`<section class="settlement" data-settlement="${b.settlementId}" data-balanced="${String(b.balanced)}"><h3>${s.batch} ${b.batchNumber} · ${s.reconciliation}: <span class="reconciliation">${b.text.status}</span></h3>
<p class="note">${s.settlementId} ${b.settlementId} · ${s.received} ${b.text.receivedAt} · ${s.operator} ${b.text.operator}</p>${totals}<h4>${s.mismatches}</h4>${mismatches}${b.balanced ? null : html`<h4>${s.mismatchReports}</h4>${reports}`}</section>`;
  });
  return html`<h2>${s.settlements}</h2><p class="note">${s.settlementsNote}</p>${batches.length ? batches : html`<p id="settlements">${s.noSettlements}</p>`}`;
}

/** The audit log's entries kept, newest first, a broken link marked (audit-view.ts). */
function auditSection(d: TerminalDetail, s: Strings): Markup {
  const entries = d.auditEntries.length
    ? html`<table id="audit-entries"><thead><tr><th>${s.seq}</th><th>${s.occurredAt}</th><th>${s.event}</th><th>${s.operator}</th><th>${s.approver}</th><th>${s.details}</th><th>${s.chain}</th></tr></thead><tbody>${d.auditEntries.map(
        (e) => html`<tr data-seq="${String(e.seq)}" data-verdict="${e.verdict}"><td class="num">${e.seq}</td><td>${e.text.at}</td><td>${e.text.kind}</td><td>${e.text.operator}</td><td>${e.text.approver}</td><td>${e.text.details}</td><td>${e.text.verdict}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="audit-entries">${s.noAuditEntries}</p>`;
  return html`<h2>${s.auditLog}</h2><p class="note">${s.auditNote}</p>${entries}`;
}

function facts(t: EnrolledTerminal, merchantName: string, r: FleetRow, s: Strings): Markup {
  const row = (name: string, value: string): Markup => html`<tr><th>${name}</th><td>${value}</td></tr>`;
  return html`<table class="facts"><tbody>${[row(s.serial, t.serial), row(s.terminalId, t.terminalId), row(s.merchantId, t.merchantId), row(s.merchantName, merchantName), row(s.model, t.model), row(s.firmware, t.firmwareVersion), row(s.enrolledAt, timestamp(t.enrolledAt))]}
<tr><th>${s.status}</th>${liveCell(r, 'status')}</tr><tr><th>${s.lastSeen}</th>${liveCell(r, 'lastSeen')}</tr></tbody></table>`;
}

export function terminalPage(lang: Language, d: TerminalDetail, now: number): string {
  const s = STRINGS[lang];
  const t = d.entry.terminal;
  const r = fleetRow(d.entry, s, now);
  const status = d.entry.status;
  const devices = status?.devices.length
    ? html`<table id="devices"><thead><tr><th>${s.device}</th><th>${s.kind}</th><th>${s.state}</th><th>${s.errorCode}</th></tr></thead><tbody>${status.devices.map(
        (dv) => html`<tr data-state="${dv.state}"><td>${dv.deviceId}</td><td>${label(s.deviceKind, dv.kind)}</td><td>${label(s.deviceState, dv.state)}</td><td>${dv.errorCode}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="devices">${status ? s.noDevices : s.noHeartbeat}</p>`;
  const health = status
    ? html`<p class="health">${s.paper}: ${label(s.paperState, status.paper)} · ${s.counters}: ${status.approvals} / ${status.declines} / ${status.errors} · ${s.outbox}: ${status.outboxDepth} · ${s.uptime}: ${status.uptimeS}</p>`
    : null;
  const transactions = d.transactions.length
    ? html`<table id="transactions"><thead><tr><th>${s.received}</th><th>${s.transactionId}</th><th>${s.batch}</th><th>${s.status}</th><th>${s.amount}</th><th>${s.currency}</th><th>${s.scheme}</th><th>${s.card}</th><th>${s.approver}</th></tr></thead><tbody>${d.transactions.map(
        (x) => html`<tr data-transaction="${x.transactionId}"><td>${timestamp(x.receivedAt)}</td><td>${x.transactionId}</td><td>${x.batchNumber}</td><td>${label(s.transactionStatus, x.status)}</td><td class="num">${amountText(x.amountMinor)}</td><td>${x.currency}</td><td>${x.scheme}</td><td>${maskedPanText(x.maskedPan)}</td><td class="approver">${x.approverId ?? ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="transactions">${s.noTransactions}</p>`;
  const qrPayments = d.qrPayments.length
    ? html`<table id="qr-payments"><thead><tr><th>${s.registered}</th><th>${s.transactionId}</th><th>${s.kind}</th><th>${s.orderReference}</th><th>${s.amount}</th><th>${s.status}</th><th>${s.wallet}</th><th>${s.qrResult}</th></tr></thead><tbody>${d.qrPayments.map(
        (q) => html`<tr data-status="${q.status}"><td>${q.text.registeredAt}</td><td>${q.transactionId}</td><td>${q.text.kind}</td><td>${q.text.reference}</td><td class="num">${q.text.amount}</td><td>${q.text.status}</td><td>${q.text.provider}</td><td>${q.text.result}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="qr-payments">${s.noQrPayments}</p>`;
  const bound = d.boundOperators.length
    ? html`<table id="bound-operators"><thead><tr><th>${s.operator}</th><th>${s.name}</th><th>${s.role}</th><th>${s.active}</th></tr></thead><tbody>${d.boundOperators.map(
        (o) => html`<tr><td>${o.operatorId}</td><td>${o.text.name}</td><td>${o.text.role}</td><td>${o.text.active}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="bound-operators">${s.noBoundOperators}</p>`;
  const reversals = d.reversals.length
    ? html`<table id="reversals"><thead><tr><th>${s.received}</th><th>${s.reversalId}</th><th>${s.original}</th><th>${s.amount}</th><th>${s.reason}</th><th>${s.match}</th><th>${s.errorCode}</th></tr></thead><tbody>${d.reversals.map(
        (r) => html`<tr data-match="${r.match}"><td>${r.text.receivedAt}</td><td>${r.reversalId}</td><td>${r.text.original}</td><td class="num">${r.text.amount}</td><td>${r.text.reason}</td><td>${r.text.match}</td><td>${r.text.code}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="reversals">${s.noReversals}</p>`;
  const operators = d.operatorEvents.length
    ? html`<table id="operators"><thead><tr><th>${s.occurredAt}</th><th>${s.operator}</th><th>${s.event}</th><th>${s.failedAttempts}</th><th>${s.errorCode}</th></tr></thead><tbody>${d.operatorEvents.map(
        (e) => html`<tr data-kind="${e.kind}"><td>${timestamp(e.occurredAt)}</td><td>${e.operatorId}</td><td>${label(s.operatorEventKind, e.kind)}</td><td class="num">${e.failedAttempts}</td><td>${e.errorCode}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="operators">${s.noOperatorEvents}</p>`;
  const batches = d.batches.length
    ? html`<table id="batches"><thead><tr><th>${s.batch}</th><th>${s.currency}</th><th>${s.status}</th><th>${s.count}</th><th>${s.amount}</th></tr></thead><tbody>${d.batches.map(
        (b) => html`<tr><td>${b.batchNumber}</td><td>${b.currency}</td><td>${label(s.transactionStatus, b.status)}</td><td class="num">${b.count}</td><td class="num">${amountText(b.amountMinor)}</td></tr>`,
      )}</tbody></table>`
    : html`<p id="batches">${s.noBatches}</p>`;
  const body = html`<p><a href="/?lang=${lang}">← ${s.back}</a></p><h2>${s.terminal} ${t.serial}</h2>${facts(t, d.merchantName, r, s)}
<h2>${s.devices}</h2>${health}${devices}<h2>${s.alerts}</h2>${alertsTable(d.alerts, s, t.serial)}
<h2>${s.operators}</h2><p class="note">${s.operatorsNote}</p>${bound}<h3>${s.operatorEvents}</h3>${operators}${auditSection(d, s)}<h2>${s.transactions}</h2>${transactions}<h2>${s.qrPayments}</h2>${qrPayments}
<h2>${s.reversals}</h2>${reversals}<h2>${s.batches}</h2><p class="note">${s.batchesNote}</p>${batches}${settlementSection(d, s)}${commandSections(d, s)}`;
  return layout(lang, `/terminals/${encodeURIComponent(t.serial)}`, `${s.terminal} ${t.serial}`, body);
}

export function notFoundPage(lang: Language): string {
  const s = STRINGS[lang];
  return layout(lang, '/', s.notFound, html`<p><a href="/?lang=${lang}">← ${s.back}</a></p><p id="not-found">${s.notFound}</p>`);
}

// A card report as text for a person (pos card-info, npm start) or as JSON for a machine.
// Every card value goes through describeTlv, so the PAN is masked unless showPan is set.
import { toHex } from '../../bytes/hex.js';
import { describeTlv, formatTlvTree, type DescribedTlv } from '../dictionary/index.js';
import type { GpoResponse } from '../records/index.js';
import type { TlvNode } from '../tlv/index.js';
import type { ApplicationReport, CardReport } from './read-card.js';

export interface FormatOptions {
  readonly showPan?: boolean;
}

export function formatCardReport(report: CardReport, options: FormatOptions = {}): string[] {
  const ctx = { showPan: options.showPan === true };
  const lines: string[] = [`interface: ${report.interface}`];
  const dir = report.directory;
  if (dir.kind === 'list-of-aids') lines.push(`directory: none (${dir.reason}); probed the known AIDs`);
  else {
    lines.push(`directory: ${dir.kind.toUpperCase()}, ${dir.entries.length} application(s)`);
    for (const e of dir.entries) lines.push(`  ${toHex(e.aid)}  ${e.label ?? ''}${e.priority !== undefined ? `  priority ${e.priority}` : ''}`);
  }
  for (const app of report.applications) {
    lines.push('', `application ${toHex(app.aid)}: ${statusOf(app)}`);
    if (app.kind === 'not-selected') continue;
    if (app.fci) lines.push('  FCI', ...formatTlvTree(describeTlv(app.fci.tlv, ctx), '    '));
    if (app.kind === 'failed') continue;
    lines.push(`  GPO (format ${app.gpo.format})`, ...formatTlvTree(describeTlv(gpoObjects(app.gpo), ctx), '    '));
    for (const e of app.gpo.afl ?? []) lines.push(`    AFL SFI ${e.sfi} records ${e.firstRecord}-${e.lastRecord}, ${e.odaRecords} for ODA`);
    for (const r of app.records) {
      lines.push(`  record SFI ${r.sfi} #${r.record}`);
      lines.push(...(r.kind === 'template' ? formatTlvTree(describeTlv(r.tlv, ctx), '    ') : [`    proprietary, ${r.data.length} bytes`]));
    }
  }
  return lines;
}

/** Format 1 carries AIP and AFL bare (tag 80); show the AIP as its own object like format 2. */
function gpoObjects(gpo: GpoResponse): readonly TlvNode[] {
  return gpo.format === 2 ? gpo.data : [{ kind: 'primitive', tag: 0x82, value: gpo.aip, offset: 0 }];
}

function statusOf(app: ApplicationReport): string {
  switch (app.kind) {
    case 'read':
      return `read, ${app.records.length} record(s)`;
    case 'failed':
      return `failed: ${app.error.message}`;
    case 'not-selected':
      return app.status === 'blocked' ? 'blocked' : `not selected (${app.status})`;
  }
}

export interface CardReportJson {
  interface: string;
  directory: { kind: string; reason?: string; entries?: { aid: string; label?: string; priority?: number }[] };
  applications: {
    aid: string;
    status: ApplicationReport['kind'];
    error?: { code: string; message: string };
    fci?: DescribedTlv[];
    gpo?: { format: number; objects: DescribedTlv[] };
    records?: { sfi: number; record: number; objects?: DescribedTlv[]; length?: number }[];
  }[];
}

export function cardReportJson(report: CardReport, options: FormatOptions = {}): CardReportJson {
  const ctx = { showPan: options.showPan === true };
  const dir = report.directory;
  return {
    interface: report.interface,
    directory:
      dir.kind === 'list-of-aids'
        ? { kind: dir.kind, reason: dir.reason }
        : {
            kind: dir.kind,
            entries: dir.entries.map((e) => ({ aid: toHex(e.aid), ...(e.label ? { label: e.label } : {}), ...(e.priority !== undefined ? { priority: e.priority } : {}) })),
          },
    applications: report.applications.map((app) => ({
      aid: toHex(app.aid),
      status: app.kind,
      ...(app.kind === 'failed' ? { error: { code: app.error.code, message: app.error.message } } : {}),
      ...(app.kind !== 'not-selected' && app.fci ? { fci: describeTlv(app.fci.tlv, ctx) } : {}),
      ...(app.kind === 'read'
        ? {
            gpo: { format: app.gpo.format, objects: describeTlv(gpoObjects(app.gpo), ctx) },
            records: app.records.map((r) =>
              r.kind === 'template' ? { sfi: r.sfi, record: r.record, objects: describeTlv(r.tlv, ctx) } : { sfi: r.sfi, record: r.record, length: r.data.length },
            ),
          }
        : {}),
    })),
  };
}

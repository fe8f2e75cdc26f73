import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bytes/hex.js';
import { createCard, getProfile, inProcessTransport, listProfiles } from '../../../src/emulators/card/index.js';
import { cardReportJson, formatCardReport, readCard, type CardInterface } from '../../../src/emv/inspect/index.js';
import { isPosError } from '../../../src/errors/index.js';

const env = { now: () => new Date('2026-11-23T10:00:00Z'), random: (n: number) => new Uint8Array(n).fill(0x5a) };

function present(profile: string, cardInterface: CardInterface, faults: Parameters<typeof createCard>[1]['faults'] = []) {
  const card = createCard(profile, { interface: cardInterface, faults });
  card.reset();
  return inProcessTransport(card);
}

describe('readCard (inspection)', () => {
  // The no-pse and blocked-app variants are read by the selection tests, not this sweep.
  for (const { name } of listProfiles().filter((p) => p.name !== 'no-pse' && p.name !== 'blocked-app')) {
    for (const cardInterface of ['contact', 'contactless'] as const) {
      // The see-phone wallet refuses a contactless GPO by design (6986); tested on its own below.
      if (name === 'visa-phone-see-phone' && cardInterface === 'contactless') continue;
      // Mag-stripe mode cards are contactless only: no PSE, no contact application.
      if (cardInterface === 'contact' && getProfile(name).applications.every((a) => a.contact === undefined)) continue;
      it(`reads every application of the ${name} card on ${cardInterface}`, async () => {
        const report = await readCard(present(name, cardInterface), cardInterface, env);
        expect(report.directory.kind).toBe(cardInterface === 'contact' ? 'pse' : 'ppse');
        expect(report.applications.length).toBeGreaterThan(0);
        for (const app of report.applications) {
          expect(app.kind).toBe('read');
          if (app.kind !== 'read') continue;
          const aflRecords = (app.gpo.afl ?? []).reduce((n, e) => n + e.lastRecord - e.firstRecord + 1, 0);
          expect(app.records).toHaveLength(aflRecords);
          expect(toHex(app.fci.dfName)).toBe(toHex(app.aid));
        }
      });
    }
  }

  it('orders UnionPay applications by priority from the directory', async () => {
    const report = await readCard(present('unionpay', 'contact'), 'contact', env);
    if (report.directory.kind === 'list-of-aids') throw new Error('expected a PSE');
    const ranks = report.directory.entries.map((e) => e.priority ?? 99);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.directory.entries.map((e) => toHex(e.aid))).toContain('A000000333010101');
  });

  it('masks the PAN in text and JSON unless asked', async () => {
    const report = await readCard(present('visa', 'contact'), 'contact', env);
    const text = formatCardReport(report).join('\n');
    const json = JSON.stringify(cardReportJson(report));
    for (const out of [text, json]) {
      expect(out).not.toContain('4761739001010010');
      expect(out).toContain('476173******0010');
    }
    expect(formatCardReport(report, { showPan: true }).join('\n')).toContain('4761739001010010');
  });

  it('records a card refusing GPO against that application and goes on', async () => {
    const report = await readCard(present('visa', 'contact', [{ kind: 'status-word', sw: 0x6985, when: { ins: 0xa8 } }]), 'contact', env);
    const app = report.applications[0]!;
    expect(app.kind).toBe('failed');
    if (app.kind === 'failed') expect(app.error.code).toBe('E-CARD-0013');
  });

  it('records the see-phone wallet answering 6986 to the contactless GPO as a refusal', async () => {
    const report = await readCard(present('visa-phone-see-phone', 'contactless'), 'contactless', env);
    const app = report.applications[0]!;
    expect(app.kind).toBe('failed');
    if (app.kind === 'failed') expect(app.error.context).toMatchObject({ step: 'gpo', sw: '6986' });
  });

  it('ends with a typed error when the card leaves the field mid-read', async () => {
    const read = readCard(present('mastercard', 'contactless', [{ kind: 'removal', atApdu: 3 }]), 'contactless', env);
    await expect(read).rejects.toSatisfy((e: unknown) => isPosError(e));
  });
});

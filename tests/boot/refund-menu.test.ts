// The refund menu's list of originals with the real journal in process (menu-rig.ts): each sale,
// card or QR, with what refunds may still take of it — the journal's own sum, the one its
// E-JOURNAL-0011 refuses a refund over — and the sales with nothing left not offered at all.
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuHandler } from '../../src/boot/operator-loop.js';
import { transactionMenu } from '../../src/boot/transaction-menu.js';
import { engineSettings } from '../../src/boot/engine-ports.js';
import { createLogger } from '../../src/kernel/index.js';
import type { CardRead, Step, TransactionType } from '../../src/payment/journal/index.js';
import { transactionListScreen } from '../../src/ui/index.js';
import { arqcSent, contactCard, hostApproval, tcFromCard } from '../payment/journal/rig.js';
import { menuRig, type MenuRig } from './menu-rig.js';

let rig: MenuRig | undefined;
afterEach(() => rig?.dispose());

const log = createLogger({ name: 'test', level: 'silent' });
const settings = engineSettings();
const wallet: Step = { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-wechat', presentedBy: 'consumer' } as CardRead };

/** A transaction approved online; a card sale through its ARQC and TC, the rest (refund, void,
 *  QR sale and its refund) by the host's answer alone. */
function approved(t: MenuRig, type: TransactionType, amount: bigint, o: { readonly originalId?: string; readonly qr?: boolean } = {}): string {
  const { id } = t.journal.begin({ type, amount, currency: '156', operatorId: '0001', ...(o.originalId ? { originalId: o.originalId } : {}) });
  t.journal.step(id, o.qr ? wallet : contactCard);
  if (type === 'sale') {
    t.journal.step(id, arqcSent);
    t.journal.step(id, hostApproval);
    t.journal.step(id, tcFromCard);
  } else {
    t.journal.step(id, { to: 'authorising' });
    t.journal.step(id, { to: 'approved', host: { responseCode: '00' } });
  }
  return id;
}

describe('the refund menu\'s originals', () => {
  it('shows a partly refunded sale with what is left and caps the amount at it; a fully refunded, a voided and a reversed sale are not offered, card or QR', async () => {
    rig = await menuRig();
    const t = rig;
    await t.session.signIn('0001', '111111');
    const untouched = approved(t, 'sale', 1234n);
    const partCard = approved(t, 'sale', 10000n);
    approved(t, 'refund', 3000n, { originalId: partCard });
    const fullCard = approved(t, 'sale', 5000n);
    approved(t, 'refund', 2000n, { originalId: fullCard });
    approved(t, 'refund', 3000n, { originalId: fullCard });
    const voided = approved(t, 'sale', 6000n);
    approved(t, 'void', 6000n, { originalId: voided });
    const reversed = approved(t, 'sale', 7000n);
    t.journal.step(reversed, { to: 'reversal-pending', reason: 'no-answer' });
    t.journal.step(reversed, { to: 'reversed' });
    const partQr = approved(t, 'qr-sale', 8000n, { qr: true });
    approved(t, 'refund', 2500n, { originalId: partQr, qr: true });
    const fullQr = approved(t, 'qr-sale', 900n, { qr: true });
    approved(t, 'refund', 900n, { originalId: fullQr, qr: true });
    // What the journal itself refuses is what the list leaves out.
    expect(() => t.journal.begin({ type: 'refund', amount: 1n, currency: '156', operatorId: '0001', originalId: fullCard })).toThrow(expect.objectContaining({ code: 'E-JOURNAL-0011' }));

    const refund = transactionMenu(t.terminal, log, { running: false }).get('refund') as MenuHandler;
    const running = refund(new AbortController().signal);
    const list = await t.shown('transaction-list');
    expect(list.buttons.map((b) => b.id)).toEqual([partQr, partCard, untouched, 'without-original', 'cancel']);
    const label = (id: string) => list.buttons.find((b) => b.id === id)!.label;
    expect(label(partQr)).toMatch(/QR .*80\.00 .*CN¥55\.00 left to refund$/);
    expect(label(partCard)).toMatch(/Sale .*100\.00 .*CN¥70\.00 left to refund$/);
    expect(label(untouched)).not.toContain('left to refund');

    t.tap(partCard);
    await t.shown('amount');
    // 70.01 is more than is left: the keypad takes no digit past 70.00.
    t.keys('70001');
    await expect.poll(() => t.views.at(-1)?.keypad?.shown).toMatch(/70\.00$/);
    t.tap('cancel');
    await running;
  });

  it('names what is left in both languages, and nothing extra on a row without it', () => {
    const row = { id: 'x', time: '12-01 17:00', voucher: '000002', kind: 'sale' as const, amount: 10000n, maskedPan: null, status: 'approved' as const };
    const [part, whole] = transactionListScreen('refund', [{ ...row, refundable: 7000n }, row], settings.uiCurrency).buttons;
    expect(part!.label['zh-CN']).toMatch(/^12-01 17:00 {2}凭证号 000002 {2}消费 .*100\.00 {2}成功 {2}可退 .*70\.00$/);
    expect(part!.label.en).toMatch(/^12-01 17:00 {2}No\. 000002 {2}Sale .*100\.00 {2}approved {2}CN¥70\.00 left to refund$/);
    expect(whole!.label['zh-CN']).not.toContain('可退');
  });
});

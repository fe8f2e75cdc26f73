// The menu's query and reprint with real parts in process (menu-rig.ts): an empty journal finds
// nothing and says so, "reprint last" with no slip yet is E-UI-0006, and a date that is not one
// is E-UI-0005 before anything is searched.
import { afterEach, describe, expect, it } from 'vitest';
import { engineSettings } from '../../src/boot/engine-ports.js';
import type { MenuHandler } from '../../src/boot/operator-loop.js';
import { queryMenu } from '../../src/boot/query-menu.js';
import { menuRig, type MenuRig } from './menu-rig.js';

let rig: MenuRig | undefined;
afterEach(() => rig?.dispose());

async function handlers() {
  rig = await menuRig();
  await rig.session.signIn('0003', '333333');
  const menu = new Map(queryMenu(rig.terminal, engineSettings()));
  return { ...rig, query: menu.get('query') as MenuHandler, reprintLast: menu.get('reprint-last') as MenuHandler };
}

describe('the menu\'s query and reprint', () => {
  it('finds nothing in an empty journal and says so', async () => {
    const t = await handlers();
    const running = t.query(new AbortController().signal);
    expect((await t.shown('query-by')).buttons.map((b) => b.id)).toEqual(['date', 'amount', 'last-four', 'reference', 'reprint-last', 'cancel']);
    t.tap('last-four');
    await t.shown('query-field');
    t.type('1232');
    const list = await t.shown('transaction-list');
    expect(list.lines.map((l) => l.text)).toEqual(['No transactions found']);
    expect(list.buttons.map((b) => b.id)).toEqual(['cancel']);
    t.tap('cancel');
    await running;
  });

  it('has no last slip to reprint yet (E-UI-0006), and refuses a date that is not one (E-UI-0005)', async () => {
    const t = await handlers();
    await expect(t.reprintLast(new AbortController().signal)).rejects.toMatchObject({ code: 'E-UI-0006' });
    const running = t.query(new AbortController().signal);
    await t.shown('query-by');
    t.tap('date');
    await t.shown('query-field');
    t.type('20260230');
    await expect(running).rejects.toMatchObject({ code: 'E-UI-0005' });
  });
});

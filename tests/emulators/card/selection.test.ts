// SELECT of the PSE, PPSE and ADFs (EMV Book 1 §11.3, §12.2-12.3; Book B §3.3).
import { describe, expect, it } from 'vitest';
import { readRecordCommand, selectCommand } from '../../../src/emv/apdu/commands.js';
import { decodeTlv, findAll, findTag, findValue } from '../../../src/emv/tlv/index.js';
import { card, fromHex, ok, send, toHex } from './session.js';

const PSE = new TextEncoder().encode('1PAY.SYS.DDF01');
const PPSE = new TextEncoder().encode('2PAY.SYS.DDF01');
const ascii = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

describe('PSE on the contact interface', () => {
  it('answers the PSE FCI with the directory SFI and the directory records list each application', async () => {
    const c = card('unionpay');
    const fci = await ok(c, selectCommand(PSE));
    expect(toHex(findValue(fci, 0x84)!)).toBe(toHex(PSE));
    expect(toHex(findValue(fci, 0x88)!)).toBe('01');
    expect(ascii(findValue(fci, 0x5f2d))).toBe('zhen');
    const aids: string[] = [];
    for (let r = 1; ; r++) {
      const answer = await send(c, readRecordCommand(1, r));
      if (answer.sw === 0x6a83) break;
      expect(answer.sw).toBe(0x9000);
      const nodes = decodeTlv(answer.data);
      expect(nodes[0]!.tag).toBe(0x70);
      for (const entry of findAll(nodes, 0x61)) {
        aids.push(toHex(findValue([entry], 0x4f)!));
        expect(findValue([entry], 0x87)).toBeDefined();
      }
    }
    expect(aids).toEqual(['A000000333010101', 'A000000333010102']);
  });

  it('does not show the PPSE on the contact interface', async () => {
    expect((await send(card('visa'), selectCommand(PPSE))).sw).toBe(0x6a82);
  });
});

describe('PPSE on the contactless interface', () => {
  it('lists each application with its kernel identifier and priority', async () => {
    const c = card('mastercard', 'contactless');
    const fci = await ok(c, selectCommand(PPSE));
    const entries = findAll(fci, 0x61);
    expect(entries).toHaveLength(1);
    expect(toHex(findValue(entries, 0x4f)!)).toBe('A0000000041010');
    expect(toHex(findValue(entries, 0x9f2a)!)).toBe('02');
    expect(toHex(findValue(entries, 0x87)!)).toBe('01');
    expect(findTag(fci, 0xbf0c)?.kind).toBe('constructed');
  });

  it('does not show the PSE on the contactless interface', async () => {
    expect((await send(card('visa', 'contactless'), selectCommand(PSE))).sw).toBe(0x6a82);
  });
});

describe('ADF selection', () => {
  it.each([
    ['visa', 'A0000000031010', 'VISA CREDIT', 'en'],
    ['mastercard', 'A0000000041010', 'MASTERCARD', 'en'],
    ['unionpay', 'A000000333010101', 'UnionPay Debit', 'zhen'],
    ['unionpay', 'A000000333010102', 'UnionPay Credit', 'zhen'],
  ])('%s %s answers its FCI with label, priority, PDOL, language, code table, name and BF0C', async (profile, aid, label, language) => {
    const fci = await ok(card(profile), selectCommand(fromHex(aid)));
    expect(fci[0]!.tag).toBe(0x6f);
    expect(toHex(findValue(fci, 0x84)!)).toBe(aid);
    const a5 = findTag(fci, 0xa5);
    expect(a5?.kind).toBe('constructed');
    expect(ascii(findValue(fci, 0x50))).toBe(label);
    expect(findValue(fci, 0x87)).toHaveLength(1);
    expect(findValue(fci, 0x9f38)!.length).toBeGreaterThan(0);
    expect(ascii(findValue(fci, 0x5f2d))).toBe(language);
    expect(toHex(findValue(fci, 0x9f11)!)).toBe('01');
    expect(findValue(fci, 0x9f12)!.length).toBeGreaterThan(0);
    expect(toHex(findValue(fci, 0x9f4d)!)).toBe('0B0A');
  });

  it('selects by partial AID, then the next occurrence, then answers 6A82', async () => {
    const c = card('unionpay');
    const first = await ok(c, selectCommand(fromHex('A000000333')));
    expect(toHex(findValue(first, 0x84)!)).toBe('A000000333010101');
    const second = await ok(c, selectCommand(fromHex('A000000333'), 'next'));
    expect(toHex(findValue(second, 0x84)!)).toBe('A000000333010102');
    expect((await send(c, selectCommand(fromHex('A000000333'), 'next'))).sw).toBe(0x6a82);
  });

  it('answers 6A82 for an AID the card does not hold', async () => {
    expect((await send(card('visa'), selectCommand(fromHex('A0000000041010')))).sw).toBe(0x6a82);
  });

  it('answers 6D00 to an instruction it does not know and 6E00 to a known one under the wrong class', async () => {
    const c = card('visa');
    expect((await send(c, fromHex('00FF000000'))).sw).toBe(0x6d00);
    expect((await send(c, fromHex('80A4040007A000000003101000'))).sw).toBe(0x6e00);
  });

  it('answers with its ATR per interface', () => {
    expect(toHex(card('visa').atr())).toBe('3B600000');
    expect(toHex(card('visa', 'contactless').atr())).toBe('3B80800101');
  });
});

// Reader names → contact or contactless by configuration (issue 2 §4): the readers.json rules
// and the POSRT_READER_INTERFACES form, parsed by the PC/SC driver. Reader names are the ones
// pcsc-lite lists for an ACS ACR1252 (its SAM, PICC and contact slots), a Gemalto PC Twin and
// vsmartcard's vpcd.
import { describe, expect, it } from 'vitest';
import { interfaceOf, parseInterfaceRules, parseInterfaceRulesText } from '../../../src/devices/pcsc/interface-rules.js';
import { isPosError, type PosError } from '../../../src/errors/index.js';

function errorOf(f: () => unknown): PosError {
  try {
    f();
  } catch (e) {
    if (isPosError(e)) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parseInterfaceRules (readers.json)', () => {
  it('keeps the rules in order, first match wins, names matched case-insensitively, no match is contact', () => {
    const rules = parseInterfaceRules(
      {
        interfaces: [
          { match: 'ACR1252 .*SAM', interface: 'contact' },
          { match: 'picc', interface: 'contactless' },
          { match: '^Virtual PCD 00 0[01]$', interface: 'both' },
        ],
      },
      'readers.json',
    );
    expect(interfaceOf('ACS ACR1252 1S CL Reader SAM 00 00', rules)).toBe('contact');
    expect(interfaceOf('ACS ACR1252 1S CL Reader PICC 00 01', rules)).toBe('contactless');
    expect(interfaceOf('Virtual PCD 00 01', rules)).toBe('both');
    // The defaults would call this one contactless ("CL"); these rules do not mention it.
    expect(interfaceOf('Gemalto PC Twin CL Reader 00 00', rules)).toBe('contact');
  });

  it('an empty list means every reader is contact', () => {
    expect(interfaceOf('ACS ACR122U PICC Interface 00 00', parseInterfaceRules({ interfaces: [] }, 'readers.json'))).toBe('contact');
  });

  it('names the file and the field of a bad entry (E-CORE-0003)', () => {
    const cases: [unknown, string][] = [
      [{}, 'interfaces'],
      [{ interfaces: {} }, 'interfaces'],
      [{ interfaces: ['PICC'] }, 'interfaces[0]'],
      [{ interfaces: [{ match: 'PICC', interface: 'contactless' }, { match: 'X', interface: 'nfc' }] }, 'interfaces[1].interface'],
      [{ interfaces: [{ interface: 'contact' }] }, 'interfaces[0].match'],
      [{ interfaces: [{ match: '(', interface: 'contact' }] }, 'interfaces[0].match'],
    ];
    for (const [json, field] of cases) {
      const e = errorOf(() => parseInterfaceRules(json, '/etc/posrt/readers.json'));
      expect(e.code).toBe('E-CORE-0003');
      expect(e.context).toMatchObject({ file: '/etc/posrt/readers.json', field });
    }
  });
});

describe('parseInterfaceRulesText (POSRT_READER_INTERFACES)', () => {
  it('reads PATTERN=INTERFACE pairs split at the last "="', () => {
    const rules = parseInterfaceRulesText('Virtual PCD 00 00=contactless; a=b=both ;PICC=contactless', 'POSRT_READER_INTERFACES');
    expect(rules.map((r) => [r.pattern.source, r.interface])).toEqual([
      ['Virtual PCD 00 00', 'contactless'],
      ['a=b', 'both'],
      ['PICC', 'contactless'],
    ]);
    expect(interfaceOf('Virtual PCD 00 00', rules)).toBe('contactless');
    expect(interfaceOf('Virtual PCD 00 01', rules)).toBe('contact');
  });

  it('an empty value is no rules', () => {
    expect(parseInterfaceRulesText(' ', 'POSRT_READER_INTERFACES')).toEqual([]);
  });

  it('names the variable and the rule that is wrong', () => {
    expect(errorOf(() => parseInterfaceRulesText('PICC=contactless;PICC', 'POSRT_READER_INTERFACES')).context).toMatchObject({ variable: 'POSRT_READER_INTERFACES', field: 'rules[1]' });
    expect(errorOf(() => parseInterfaceRulesText('PICC=wireless', 'POSRT_READER_INTERFACES')).context).toMatchObject({ field: 'rules[0].interface' });
    expect(errorOf(() => parseInterfaceRulesText('=contact', 'POSRT_READER_INTERFACES')).context).toMatchObject({ field: 'rules[0].match' });
  });
});

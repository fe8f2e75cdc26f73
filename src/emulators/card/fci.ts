// EMV Book 1 §11.3.4 (Table 45: FCI of the PSE and of an ADF), §12.2.3 (PSE directory records,
// Table 47) and Book B §3.3 (PPSE FCI with its 61 directory entries): what SELECT and the
// directory READ RECORD return.
import { fromHex } from '../../bytes/hex.js';
import { encodeTlv, type TlvInput } from '../../emv/tlv/index.js';
import type { BuiltApplication } from './application.js';
import type { CardInterface, CardProfile } from './profile.js';

export const PSE_NAME = new TextEncoder().encode('1PAY.SYS.DDF01');
export const PPSE_NAME = new TextEncoder().encode('2PAY.SYS.DDF01');
/** The PSE directory's SFI (tag 88); one record per application. */
export const PSE_DIRECTORY_SFI = 1;

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

export function pseFci(profile: CardProfile): Uint8Array {
  return directoryFci(profile, PSE_NAME);
}

/** The FCI of a DDF below the PSE: the same layout, its own name (Book 1 §11.3.4 Table 45). */
export function ddfFci(profile: CardProfile, name: Uint8Array): Uint8Array {
  return directoryFci(profile, name);
}

function directoryFci(profile: CardProfile, name: Uint8Array): Uint8Array {
  return encodeTlv([
    {
      tag: 0x6f,
      children: [
        { tag: 0x84, value: name },
        {
          tag: 0xa5,
          children: [
            { tag: 0x88, value: Uint8Array.of(PSE_DIRECTORY_SFI) },
            { tag: 0x5f2d, value: text(profile.directory.languagePreference) },
            { tag: 0x9f11, value: Uint8Array.of(profile.directory.issuerCodeTableIndex) },
          ],
        },
      ],
    },
  ]);
}

/** A directory record holding a DDF entry (Book 1 §12.2.3 Table 47: 61 { 9D DDF name }). */
export function ddfEntryRecord(name: Uint8Array): Uint8Array {
  return encodeTlv([{ tag: 0x70, children: [{ tag: 0x61, children: [{ tag: 0x9d, value: name }] }] }]);
}

/** A directory record holding one application's 61 entry. */
export function pseDirectoryRecord(app: BuiltApplication): Uint8Array {
  const p = app.profile;
  return encodeTlv([
    {
      tag: 0x70,
      children: [
        {
          tag: 0x61,
          children: [
            { tag: 0x4f, value: app.aid },
            { tag: 0x50, value: text(p.label) },
            { tag: 0x9f12, value: text(p.preferredName) },
            { tag: 0x87, value: Uint8Array.of(p.priority) },
          ],
        },
      ],
    },
  ]);
}

export function ppseFci(apps: readonly BuiltApplication[]): Uint8Array {
  const entries: TlvInput[] = apps.map((app) => ({
    tag: 0x61,
    children: [
      { tag: 0x4f, value: app.aid },
      { tag: 0x50, value: text(app.profile.label) },
      { tag: 0x87, value: Uint8Array.of(app.profile.priority) },
      { tag: 0x9f2a, value: fromHex(app.profile.contactless?.kernelId ?? '') },
    ],
  }));
  return encodeTlv([{ tag: 0x6f, children: [{ tag: 0x84, value: PPSE_NAME }, { tag: 0xa5, children: [{ tag: 0xbf0c, children: entries }] }] }]);
}

export function adfFci(app: BuiltApplication, iface: CardInterface): Uint8Array {
  const p = app.profile;
  const pdol = iface === 'contact' ? p.contact?.pdol : p.contactless?.pdol;
  const proprietary: TlvInput[] = [
    { tag: 0x50, value: text(p.label) },
    { tag: 0x87, value: Uint8Array.of(p.priority) },
    ...(pdol ? [{ tag: 0x9f38, value: fromHex(pdol) }] : []),
    { tag: 0x5f2d, value: text(p.languagePreference) },
    { tag: 0x9f11, value: Uint8Array.of(p.issuerCodeTableIndex) },
    { tag: 0x9f12, value: text(p.preferredName) },
    ...(p.issuerDiscretionary.length > 0
      ? [{ tag: 0xbf0c, children: p.issuerDiscretionary.map(([tag, value]) => ({ tag: parseInt(tag, 16), value: fromHex(value) })) }]
      : []),
  ];
  return encodeTlv([{ tag: 0x6f, children: [{ tag: 0x84, value: app.aid }, { tag: 0xa5, children: proprietary }] }]);
}

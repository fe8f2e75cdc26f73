// What a contactless cryptogram covers, rebuilt from the message's ICC data (field 55) the way
// an issuer does it: by the list its cryptogram version names, not from anything the terminal
// says it signed — so an amount changed in the message no longer matches the ARQC. A contact
// request carries the CDOL1 data it sent; a contactless one carries none (the kernels do not
// keep it), and the issuer's card records name, per kind of cryptogram, the data objects and
// their lengths: a quick (qVSDC/qPBOC) cryptogram made at GET PROCESSING OPTIONS covers the
// PDOL's objects, whose TVR was still zero then; a Kernel 2 one covers CDOL1's. An object the
// message lacks counts as zeros, as a DOL fills what the terminal does not have (Book 3 §5.4).
import { PosError } from '../errors/index.js';
import type { posrt } from '../protos/index.js';

export interface CryptogramDataRule {
  /** The rule applies when the ICC data holds this tag (9F66, the TTQ, marks a quick
   *  cryptogram); undefined: the rule for every contactless request no other rule took. */
  readonly whenTag: number | undefined;
  /** The objects in order, each at its length. */
  readonly objects: readonly { readonly tag: number; readonly length: number }[];
  /** A quick cryptogram signs the TVR as it was at GPO: all zero. */
  readonly tvrAtGpo: boolean;
}

const TVR = 0x95;

/** The rule's data over the ICC data; undefined when no rule applies or an object has another
 *  length than the list's (the message is not the card's). */
export function contactlessCryptogramData(rules: readonly CryptogramDataRule[], iccData: readonly posrt.channel.v1.ITlvValue[]): Uint8Array | undefined {
  const values = new Map(iccData.map((o) => [o.tag ?? 0, o.value ?? new Uint8Array(0)]));
  const rule = rules.find((r) => r.whenTag !== undefined && values.has(r.whenTag)) ?? rules.find((r) => r.whenTag === undefined);
  if (rule === undefined) return undefined;
  const parts: Uint8Array[] = [];
  for (const { tag, length } of rule.objects) {
    const value = rule.tvrAtGpo && tag === TVR ? undefined : values.get(tag);
    if (value !== undefined && value.length !== length) return undefined;
    parts.push(value ?? new Uint8Array(length));
  }
  return Buffer.concat(parts);
}

/** The configuration's form: `{ "whenTag": "9F66", "tvrAtGpo": true, "objects": ["9F02:6", …] }`. */
export function parseCryptogramDataRules(v: unknown, name: string): CryptogramDataRule[] {
  if (v === undefined) return [];
  const bad = (detail: string): PosError => new PosError('E-BACKEND-0011', { field: name, detail });
  if (!Array.isArray(v)) throw bad('not a list');
  return v.map((raw, i) => {
    const r = raw as Record<string, unknown>;
    if (typeof r !== 'object' || r === null || !Array.isArray(r.objects)) throw bad(`[${i}].objects`);
    if (r.whenTag !== undefined && (typeof r.whenTag !== 'string' || !/^[0-9A-F]{2,4}$/i.test(r.whenTag))) throw bad(`[${i}].whenTag`);
    const objects = r.objects.map((o, j) => {
      const m = typeof o === 'string' ? /^([0-9A-F]{2,4}):(\d{1,3})$/i.exec(o) : null;
      if (!m || Number(m[2]) < 1) throw bad(`[${i}].objects[${j}]`);
      return { tag: parseInt(m[1]!, 16), length: Number(m[2]) };
    });
    return { whenTag: r.whenTag === undefined ? undefined : parseInt(r.whenTag as string, 16), objects, tvrAtGpo: r.tvrAtGpo === true };
  });
}

// EMV Book 3 §10.10 Issuer-to-Card Script Processing and Annex A (9F5B Issuer Script Results).
// Each script (template 71 before, 72 after the final GENERATE AC) carries an optional
// Script Identifier (9F18) and Issuer Script Commands (86) sent in order; the first command the
// card answers with anything but 90xx, 62xx or 63xx ends that script (Book 3 §10.10).
// Results, 5 bytes a script: b8-b5 result (0 not performed, 1 failed, 2 successful), b4-b1 the
// sequence number (1..14, F for 15 and more) of the failed command or 0, then the script id.
import { concatBytes } from '../../bytes/hex.js';
import { exchange, type CardTransport } from '../apdu/index.js';
import type { Tsi, Tvr } from '../dictionary/index.js';
import { decodeTlvLenient, type TlvNode } from '../tlv/index.js';

export type ScriptTiming = 'before-final-ac' | 'after-final-ac';

export interface IssuerScript {
  readonly timing: ScriptTiming;
  readonly id: Uint8Array;
  readonly commands: readonly Uint8Array[];
}

export type ScriptResult =
  | { readonly kind: 'successful'; readonly id: Uint8Array }
  | { readonly kind: 'failed'; readonly id: Uint8Array; readonly sequence: number }
  | { readonly kind: 'not-performed'; readonly id: Uint8Array };

const NO_ID = new Uint8Array(4);

/** Scripts from the issuer's response bytes (71/72 templates, in order). A malformed script is
 *  kept with no commands so its result still reports it as not performed. */
export function parseIssuerScripts(bytes: Uint8Array): IssuerScript[] {
  const { nodes } = decodeTlvLenient(bytes);
  const out: IssuerScript[] = [];
  for (const node of nodes) {
    if (node.tag !== 0x71 && node.tag !== 0x72) continue;
    const children: readonly TlvNode[] = node.kind === 'constructed' ? node.children : [];
    const id = children.find((c) => c.tag === 0x9f18)?.value;
    out.push({
      timing: node.tag === 0x71 ? 'before-final-ac' : 'after-final-ac',
      id: id?.length === 4 ? id : NO_ID,
      commands: children.filter((c) => c.tag === 0x86).map((c) => c.value),
    });
  }
  return out;
}

function accepted(sw: number): boolean {
  const sw1 = sw >> 8;
  return sw1 === 0x90 || sw1 === 0x62 || sw1 === 0x63;
}

/** Runs the scripts of one timing; sets the TSI and, on a failure, the TVR bit for that timing. */
export async function runIssuerScripts(transport: CardTransport, scripts: readonly IssuerScript[], timing: ScriptTiming, tvr: Tvr, tsi: Tsi): Promise<ScriptResult[]> {
  const results: ScriptResult[] = [];
  for (const script of scripts) {
    if (script.timing !== timing) continue;
    tsi.set('scriptProcessingPerformed');
    if (script.commands.length === 0) {
      results.push({ kind: 'not-performed', id: script.id });
      continue;
    }
    let failedAt = 0;
    for (let i = 0; i < script.commands.length; i++) {
      const { sw } = await exchange(transport, script.commands[i]!);
      if (!accepted(sw)) {
        failedAt = i + 1;
        break;
      }
    }
    if (failedAt === 0) results.push({ kind: 'successful', id: script.id });
    else {
      tvr.set(timing === 'before-final-ac' ? 'scriptFailedBeforeFinalGenerateAc' : 'scriptFailedAfterFinalGenerateAc');
      results.push({ kind: 'failed', id: script.id, sequence: failedAt });
    }
  }
  return results;
}

/** 9F5B Issuer Script Results for every script run. */
export function encodeScriptResults(results: readonly ScriptResult[]): Uint8Array {
  return concatBytes(
    ...results.map((r) => {
      const head = r.kind === 'successful' ? 0x20 : r.kind === 'failed' ? 0x10 | Math.min(r.sequence, 0x0f) : 0x00;
      return concatBytes(Uint8Array.of(head), r.id);
    }),
  );
}

// The benchmark input: the real-card corpus in tests/fixtures/emv-records, the same bytes
// for every contender. Padded items are left out: the peers do not skip FF padding
// (EMV Book 3 Annex B allows it), so they would decode it as a tag and fail the check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CorpusItem {
  readonly id: string;
  readonly bytes: Uint8Array;
}

interface FixtureFile {
  readonly items: readonly { readonly id: string; readonly hex: string; readonly canonical?: string }[];
}

const fixture = fileURLToPath(new URL('../../tests/fixtures/emv-records/corpus.json', import.meta.url));

export function loadBenchCorpus(): CorpusItem[] {
  const file = JSON.parse(readFileSync(fixture, 'utf8')) as FixtureFile;
  return file.items
    .filter((item) => item.canonical === undefined)
    .map((item) => ({ id: item.id, bytes: Uint8Array.from(Buffer.from(item.hex, 'hex')) }));
}

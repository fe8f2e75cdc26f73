// Writes docs/receipt-example.png: the sale receipt of tests/fixtures/receipts/sale.ts encoded
// by the ESC/POS driver, read by the virtual printer's parser and rendered as it renders every
// receipt (npx tsx scripts/receipt-example.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeJob } from '../src/devices/printer/index.js';
import { renderReceipt } from '../src/emulators/printer/render.js';
import { VirtualPrinter } from '../src/emulators/printer/virtual-printer.js';
import { saleReceipt } from '../tests/fixtures/receipts/sale.js';

const printer = new VirtualPrinter();
printer.session(() => undefined).push(encodeJob(saleReceipt('docs-example')));
const [receipt] = printer.receipts;
if (!receipt || printer.parseErrors.length > 0) throw new Error(`the example did not print: ${printer.parseErrors.map((e) => e.code).join(', ')}`);
const out = join(import.meta.dirname, '..', 'docs', 'receipt-example.png');
writeFileSync(out, renderReceipt(receipt).png);
console.log(`wrote ${out}`);

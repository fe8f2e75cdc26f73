// Writes docs/error-codes.md from the error catalogue (npm run errors:gen).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalogue } from '../src/errors/catalogue-doc.js';

const out = join(import.meta.dirname, '..', 'docs', 'error-codes.md');
writeFileSync(out, renderCatalogue());
console.log(`wrote ${out}`);

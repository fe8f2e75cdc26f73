// Where the checkout's (or the image's) config/ is: a leaf of its own, so the boot's first step
// can find its runtime config without loading the EMV config parsers beside it.
import { join } from 'node:path';

export const DEFAULT_CONFIG_DIR = join(import.meta.dirname, '..', '..', 'config');

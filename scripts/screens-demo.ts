// The operator's screens without a terminal: the scripted flows of tests/fixtures/screen-flows.ts
// (a sale with PIN, a refund with a supervisor's approval, a settlement; payment's development
// operators 0003/333333 cashier and 0002/222222 supervisor) on this console, or on the kiosk page with --web PORT (open http://127.0.0.1:PORT/).
// --lang zh-CN, --large, --voice (espeak-ng when installed). Ctrl-C stops it.
//   npx tsx scripts/screens-demo.ts [--web PORT] [--lang en|zh-CN] [--large] [--voice]
import { parseArgs } from 'node:util';
import { createLogger } from '../src/kernel/index.js';
import { ansiRenderer, createScreenDriver, espeakVoice, startWebDisplay, type Renderer } from '../src/ui/index.js';
import { demoOperators, FlowStopped, refundWithApproval, saleWithPin, settlement, type FlowHooks } from '../tests/fixtures/screen-flows.js';

const { values } = parseArgs({
  options: { web: { type: 'string' }, lang: { type: 'string', default: 'en' }, large: { type: 'boolean', default: false }, voice: { type: 'boolean', default: false } },
});
const log = createLogger({ name: 'screens-demo', destination: process.stderr });
const web = values.web === undefined ? null : await startWebDisplay({ port: Number(values.web), log });
if (web !== null) console.error(`kiosk page on http://127.0.0.1:${web.port}/`);
const renderer: Renderer = web ?? ansiRenderer({ output: process.stdout, input: process.stdin, colour: process.stdout.isTTY });
const voice = values.voice ? espeakVoice({ onUnavailable: (e) => log.warn({ code: e.code }, e.message) }) : undefined;
const driver = createScreenDriver(renderer, { prefs: { language: values.lang === 'zh-CN' ? 'zh-CN' : 'en', largeType: values.large, voice: values.voice }, ...(voice ? { voice } : {}) });

const operators = await demoOperators();
// The operator files are temporary: gone however the demo ends (Ctrl-C, SIGTERM, stdin closed).
process.once('exit', () => operators.dispose());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
// Screens without input stay up two seconds; the scripted PIN pad takes the PIN in three.
const hooks: FlowHooks = { shown: () => pause(2000), pinEntered: () => pause(3000) };
for (;;) {
  for (const flow of [saleWithPin, refundWithApproval, settlement]) {
    try {
      await flow(driver, operators.session, hooks);
    } catch (e) {
      if (!(e instanceof FlowStopped)) throw e;
    }
  }
}

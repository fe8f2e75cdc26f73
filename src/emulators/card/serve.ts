// A virtual card as its own process, dialled into a running pcscd's vpcd slot and kept inserted
// (dialling again when pcscd restarts), like the serial emulators beside it:
//   tsx src/emulators/card/serve.ts --profile unionpay --slot 0 [--interface contact|contactless]
// stdout: {"event":"ready","profile":...,"slot":N} once inserted, {"event":"redial","reason":...}
// when the link closed; SIGTERM removes the card. npm start runs it (src/boot/virtual-cards.ts)
// so the card's keys and state live outside the terminal's process, as a real card does.
import { parseArgs } from 'node:util';
import { runEmulator, say } from '../serial/emulator-process.js';
import { VpcdLink } from '../vpcd/link.js';
import { stayInserted } from '../vpcd/stay-inserted.js';
import { createCard } from './index.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { profile: { type: 'string' }, slot: { type: 'string', default: '0' }, interface: { type: 'string' } } });
  const slot = Number(values.slot);
  // vpcd's slot 1 is the contactless reader by posrt's default reader rules.
  const cardInterface = values.interface ?? (slot === 1 ? 'contactless' : 'contact');
  if (!values.profile || (slot !== 0 && slot !== 1) || (cardInterface !== 'contact' && cardInterface !== 'contactless')) {
    process.stderr.write('usage: serve.ts --profile NAME --slot 0|1 [--interface contact|contactless]\n');
    process.exit(2);
  }
  const link = new VpcdLink(createCard(values.profile, { interface: cardInterface }), { slot });
  await link.attach();
  const release = stayInserted(link, (closed) => say({ event: 'redial', reason: closed.kind }));
  process.once('SIGTERM', () => {
    release();
    void link.detach().then(() => process.exit(0));
  });
  say({ event: 'ready', profile: values.profile, slot, interface: cardInterface });
}

runEmulator(main);

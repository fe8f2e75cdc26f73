// pos emulate card --profile NAME --slot 0|1 [--interface contact|contactless]
// Attaches a virtual card to pcscd through vpcd and keeps it inserted until Ctrl-C; when
// pcscd restarts (vpcd hangs up) the card dials in again. With no pcscd running it starts
// one and stops it on exit.
import { createCard, listProfiles } from '../emulators/card/index.js';
import { VpcdLink, VpcdLinkError } from '../emulators/vpcd/link.js';
import { usePcscd } from '../emulators/vpcd/pcscd.js';
import { stayInserted } from '../emulators/vpcd/stay-inserted.js';
import { PosError } from '../errors/index.js';
import { parseVerbArgs } from './args.js';

export async function emulateVerb(argv: string[]): Promise<void> {
  const { values, positionals } = parseVerbArgs(
    argv,
    { profile: { type: 'string' }, slot: { type: 'string', default: '0' }, interface: { type: 'string' } },
    'emulate',
  );
  if (positionals[0] !== 'card' || positionals.length !== 1) throw new PosError('E-CORE-0001', { verb: 'emulate', reason: 'usage: pos emulate card --profile NAME --slot 0|1' });
  if (values.profile === undefined) {
    const profiles = listProfiles();
    const width = Math.max(...profiles.map((p) => p.name.length));
    process.stdout.write(['profiles:', ...profiles.map((p) => `  ${p.name.padEnd(width)} ${p.description}`), ''].join('\n'));
    return;
  }
  const slot = Number(values.slot);
  if (slot !== 0 && slot !== 1) throw new PosError('E-CORE-0001', { verb: 'emulate', reason: '--slot is 0 or 1' });
  // vpcd's slot 1 is the contactless reader by posrt's default reader rules.
  const cardInterface = values.interface ?? (slot === 0 ? 'contact' : 'contactless');
  if (cardInterface !== 'contact' && cardInterface !== 'contactless') throw new PosError('E-CORE-0001', { verb: 'emulate', reason: '--interface is contact or contactless' });

  const card = createCard(values.profile, { interface: cardInterface });
  // With no pcscd running, bring up our own for as long as the card is inserted.
  const pcscd = await usePcscd();
  const link = new VpcdLink(card, { slot });
  try {
    await attach(link, slot);
  } catch (e) {
    await pcscd.release();
    throw e;
  }
  process.stdout.write(`virtual ${values.profile} card (${cardInterface}) inserted in Virtual PCD 00 0${slot}; Ctrl-C removes it\n`);

  const release = stayInserted(link, (closed) => process.stderr.write(`card link closed (${closed.kind}); dialling vpcd again\n`));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  release();
  await link.detach();
  await pcscd.release();
  process.stdout.write('card removed\n');
}

async function attach(link: VpcdLink, slot: number): Promise<void> {
  try {
    await link.attach();
  } catch (e) {
    if (e instanceof VpcdLinkError && e.kind === 'connect-failed') throw new PosError('E-EMU-0005', { port: 35963 + slot }, { cause: e });
    throw e;
  }
}

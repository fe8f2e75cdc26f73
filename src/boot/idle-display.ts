// The operator's screen as npm start runs it: the kiosk page (web display) behind the screen
// driver, and the idle screen kept true while it is up — every device's health and the host
// link with what waits in the outbox, redrawn when a device comes, goes or changes health and
// when the link changes.
import type { DeviceEvents, DeviceRegistry, Logger, Subscribable } from '../kernel/index.js';
import type { OperatorSession } from '../payment/operator-session.js';
import { createScreenDriver, espeakVoice, idleScreen, startWebDisplay, type Answer, type IdleStatus, type ScreenDriver } from '../ui/index.js';
import type { TerminalChannel } from './terminal-channel.js';

export interface IdleDisplay {
  /** The kiosk page, for the person at the terminal (or the browser on the kiosk). */
  readonly url: string;
  readonly driver: ScreenDriver;
  status(): IdleStatus;
  /** Puts the idle screen up and waits for its button: 'sign-in' or 'menu'. */
  askIdle(signal?: AbortSignal): Promise<Answer<string>>;
  close(): Promise<void>;
}

export interface IdleDisplayOptions {
  readonly port: number;
  readonly log: Logger;
  readonly registry: DeviceRegistry;
  readonly channel: TerminalChannel;
  readonly session: OperatorSession;
}

export async function startIdleDisplay(o: IdleDisplayOptions): Promise<IdleDisplay> {
  const web = await startWebDisplay({ port: o.port, log: o.log });
  // Voice is off until the operator turns it on from the page; espeak-ng missing is said once.
  const voice = espeakVoice({ onUnavailable: (e) => o.log.warn({ code: e.code }, e.message) });
  const driver = createScreenDriver(web, { prefs: { language: 'zh-CN', largeType: false, voice: false }, voice });
  const status = (): IdleStatus => ({
    devices: o.registry.list().map((d) => ({ kind: d.identity.kind, health: d.health() })),
    link: o.channel.link(),
    operatorId: o.session.current()?.id ?? null,
  });
  let idleUp = false;
  const refresh = (): void => {
    if (idleUp) driver.update(idleScreen(status()));
  };
  // Every capability's events include DeviceEvents' health; the union of their emitters is not
  // callable as one, so each is seen through the common part.
  const follow = (d: { readonly events: unknown }): void => void (d.events as Subscribable<DeviceEvents>).on('health', refresh);
  o.registry.events.on('attached', (d) => {
    follow(d);
    refresh();
  });
  for (const d of o.registry.list()) follow(d);
  o.registry.events.on('detached', refresh);
  o.registry.events.on('provider-health', refresh);
  o.channel.onLinkChange(refresh);
  return {
    url: `http://127.0.0.1:${web.port}/`,
    driver,
    status,
    async askIdle(signal) {
      idleUp = true;
      try {
        return await driver.ask(idleScreen(status()), signal ? { signal } : {});
      } finally {
        idleUp = false;
      }
    },
    close: () => web.close(),
  };
}

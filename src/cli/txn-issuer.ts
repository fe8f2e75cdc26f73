// pos txn --online issuer: the reference backend's issuer simulator in-process, with the keys and
// rules of <config dir>/backend.json, reached through the same message conversion the channel
// uses (src/boot/authorisation-channel.ts) and the contract's encoding both ways — so pos txn
// meets exactly what a terminal meets over the channel: the ARPC by the card's CVN, the rule's
// scripts, the online PIN check. Its wrong-PIN count lasts as long as the command.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { authorise } from '../backend/issuer-simulator.js';
import { loadBackendConfig } from '../backend/config.js';
import { channelAuthorisationPort, type AuthorisationContext } from '../boot/authorisation-channel.js';
import type { AuthorisationPort } from '../emv/contact/authorisation.js';
import { posrt } from '../protos/index.js';

const v1 = posrt.channel.v1;

export function backendIssuer(configDir: string, context: Omit<AuthorisationContext, 'transactionId'>): AuthorisationPort {
  const { issuer } = loadBackendConfig(join(configDir, 'backend.json'));
  return channelAuthorisationPort(async (message) => {
    const request = v1.AuthorisationRequest.decode(v1.AuthorisationRequest.encode(message).finish());
    return v1.AuthorisationResponse.decode(v1.AuthorisationResponse.encode(authorise(issuer, request)).finish());
  }, { ...context, transactionId: randomUUID() });
}

// The kernel's AuthorisationPort with the journal in front of it: the card's PAN read (card-read)
// and the request's ARQC (authorising) are on disk before the request leaves, so a crash or a
// silent host from here on is recovered by a reversal (EMV Book 3 §10.9, transaction.ts's
// phases); an issuer's approval is on disk (host-approved) before the card's second GENERATE AC.
// The request's clear PAN, tracks and PIN block go to the host and nowhere else.
import { issuerReferences, type AuthorisationPort, type AuthorisationResponse } from '../../emv/contact/authorisation.js';
import { emvDataOfRequest, type HostAnswer, type Journal } from '../journal/index.js';

export interface JournaledHost extends AuthorisationPort {
  /** What the host answered, once asked; undefined while it was not. */
  answer(): AuthorisationResponse | undefined;
}

export function journaledHost(
  journal: Journal,
  id: string,
  host: AuthorisationPort,
  options: {
    /** Writes the card-read step from the request's PAN and its application (4F, 84 or 9F06 of
     *  the ICC data), unless it was written. */
    readonly cardRead: (pan: string, aid: Uint8Array | undefined) => void;
    /** Contact: the card's second GENERATE AC follows an approval (host-approved). */
    readonly secondAc: boolean;
    readonly onSend?: () => void;
  },
): JournaledHost {
  let answer: AuthorisationResponse | undefined;
  return {
    async authorise(request) {
      options.cardRead(request.pan, request.iccData.get(0x4f) ?? request.iccData.get(0x84) ?? request.iccData.get(0x9f06));
      journal.step(id, { to: 'authorising', emv: emvDataOfRequest(request) });
      options.onSend?.();
      answer = await host.authorise(request);
      if (answer.kind === 'approved' && options.secondAc) journal.step(id, { to: 'host-approved', host: hostAnswer(answer)! });
      return answer;
    },
    answer: () => answer,
  };
}

/** The journal's words for an answer; undefined for no answer. */
export function hostAnswer(answer: AuthorisationResponse | undefined): HostAnswer | undefined {
  if (answer === undefined || answer.kind === 'unavailable') return undefined;
  const issuer = issuerReferences(answer);
  return {
    responseCode: Buffer.from(answer.authorisationResponseCode).toString('latin1'),
    ...(issuer.authorisationCode === undefined ? {} : { authorisationCode: issuer.authorisationCode }),
    ...(issuer.hostReference === undefined ? {} : { hostReference: issuer.hostReference }),
    ...(issuer.availableBalance === undefined ? {} : { balance: issuer.availableBalance }),
  };
}

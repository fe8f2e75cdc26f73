// The names a Signed payload may carry (common.proto's Signed.payload_type). The name is also
// the domain of the signature (signature input = UTF-8(name) || 0x00 || payload, see
// security/ed25519.ts), so a receiver always states which one it expects.
export const PAYLOAD_TYPES = {
  enrolmentRequest: 'posrt.channel.v1.EnrolmentRequest',
  sessionProof: 'posrt.channel.v1.SessionProof',
  terminalParameters: 'posrt.channel.v1.TerminalParameters',
  aidTable: 'posrt.channel.v1.AidTable',
  contactlessTable: 'posrt.channel.v1.ContactlessTable',
  caPublicKeyTable: 'posrt.channel.v1.CaPublicKeyTable',
  operatorTable: 'posrt.channel.v1.OperatorTable',
  merchantData: 'posrt.channel.v1.MerchantData',
  remoteCommand: 'posrt.channel.v1.RemoteCommand',
  firmwareOffer: 'posrt.channel.v1.FirmwareOffer',
} as const;

export type PayloadType = (typeof PAYLOAD_TYPES)[keyof typeof PAYLOAD_TYPES];

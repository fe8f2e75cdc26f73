// The contract with the backend as code: the static protobuf module generated from protos/ by
// scripts/gen-protos.ts (npm run protos:gen), and the helpers both ends need around it.
// `posrt.channel.v1.Envelope` is the one message on the wire.
export { posrt } from './generated/channel.js';
export { toLong, toBigInt } from './int64.js';
export { PAYLOAD_TYPES, type PayloadType } from './signed.js';
export { channelServiceDefinition, CHANNEL_CONNECT_PATH, type Envelope, type EnvelopeFields, type Incoming } from './channel-service.js';

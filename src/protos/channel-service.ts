// The gRPC service of channel.proto (`Channel.Connect`, one bidirectional stream of Envelopes)
// as @grpc/grpc-js wants it, over the static generated code: grpc-js takes any
// serialize/deserialize pair, so no proto-loader reflection runs. Both ends import this one
// definition, so the method path and the codec cannot drift apart.
import { posrt } from './generated/channel.js';

const { Envelope } = posrt.channel.v1;
export type Envelope = posrt.channel.v1.Envelope;
export type EnvelopeFields = posrt.channel.v1.Envelope.$Properties;

/** What one frame off the wire is: the receiver answers garbage with a coded ProtocolError
 *  instead of letting the decoder's exception tear the call down. */
export type Incoming =
  | { readonly kind: 'envelope'; readonly envelope: Envelope }
  | { readonly kind: 'garbage'; readonly length: number };

function encode(fields: EnvelopeFields): Buffer {
  const bytes = Envelope.encode(fields).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decode(frame: Buffer): Incoming {
  try {
    return { kind: 'envelope', envelope: Envelope.decode(frame) };
  } catch {
    return { kind: 'garbage', length: frame.length };
  }
}

export const CHANNEL_CONNECT_PATH = '/posrt.channel.v1.Channel/Connect';

/** grpc-js's ServiceDefinition shape for `Channel`, structurally (this leaf imports no grpc). */
export const channelServiceDefinition = {
  connect: {
    path: CHANNEL_CONNECT_PATH,
    requestStream: true,
    responseStream: true,
    requestSerialize: encode,
    requestDeserialize: decode,
    responseSerialize: encode,
    responseDeserialize: decode,
    originalName: 'Connect',
  },
} as const;

// The public surface of the pure TDS codecs (see README.md). transport/ and server/ import from
// here; the files behind it may move.
export * from './constants';
export { BufferReader } from './io/buffer-reader';
export { BufferWriter } from './io/buffer-writer';
export { decodePacketHeader, encodePacketHeader, type PacketHeader } from './framing/packet-header';
export { MessageReader, DEFAULT_MAX_MESSAGE_SIZE, type TdsMessage, type MessageReaderOptions } from './framing/message-reader';
export { PacketWriter, encodePackets, type PacketWriterOptions } from './framing/packet-writer';
export * from './requests/prelogin';
export * from './requests/login7';
export * from './requests/all-headers';
export * from './requests/sql-batch';
export * from './requests/rpc';
export * from './requests/transaction-manager';
export * from './requests/bulk-load';
export * from './tokens/token-types';
export { encodeLoginAck, type LoginAck } from './tokens/login-ack';
export { encodeEnvChange } from './tokens/env-change';
export { encodeError, encodeInfo, encodeMessage } from './tokens/info-error';
export { encodeColMetadata } from './tokens/colmetadata';
export { encodeRow, encodeNbcRow, encodeBestRow } from './tokens/row';
export { encodeDone } from './tokens/done';
export { encodeReturnStatus } from './tokens/return-status';
export { encodeReturnValue } from './tokens/return-value';
export { encodeFeatureExtAck } from './tokens/feature-ext-ack';
export { encodeOrder } from './tokens/order';
export { downlevelType, downlevelValue } from './types/downlevel';
export { encodeCollation, decodeCollation, type WireCollation } from './types/collation-bytes';
export * from './requests/special-procedures';

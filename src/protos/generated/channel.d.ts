import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace posrt. */
export namespace posrt {

    /** Namespace channel. */
    namespace channel {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an AuditDetail.
             * @deprecated Use posrt.channel.v1.AuditDetail.$Properties instead.
             */
            interface IAuditDetail extends posrt.channel.v1.AuditDetail.$Properties {
            }

            /** Represents an AuditDetail. */
            class AuditDetail {

                /**
                 * Constructs a new AuditDetail.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AuditDetail.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuditDetail key. */
                key: string;

                /** AuditDetail text. */
                text?: (string|null);

                /** AuditDetail integer. */
                integer?: (Long|null);

                /** AuditDetail flag. */
                flag?: (boolean|null);

                /** AuditDetail big. */
                big?: (string|null);

                /** AuditDetail decimal. */
                decimal?: (string|null);

                /** AuditDetail value. */
                value?: ("text"|"integer"|"flag"|"big"|"decimal");

                /**
                 * Creates a new AuditDetail instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuditDetail instance
                 */
                static create(properties: posrt.channel.v1.AuditDetail.$Shape): posrt.channel.v1.AuditDetail & posrt.channel.v1.AuditDetail.$Shape;
                static create(properties?: posrt.channel.v1.AuditDetail.$Properties): posrt.channel.v1.AuditDetail;

                /**
                 * Encodes the specified AuditDetail message. Does not implicitly {@link posrt.channel.v1.AuditDetail.verify|verify} messages.
                 * @param message AuditDetail message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AuditDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuditDetail message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AuditDetail & posrt.channel.v1.AuditDetail.$Shape} AuditDetail
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AuditDetail & posrt.channel.v1.AuditDetail.$Shape;

                /**
                 * Verifies an AuditDetail message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuditDetail message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AuditDetail
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AuditDetail;

                /**
                 * Creates a plain object from an AuditDetail message. Also converts values to other types if specified.
                 * @param message AuditDetail
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AuditDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuditDetail to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuditDetail
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuditDetail {

                /** Properties of an AuditDetail. */
                interface $Properties {

                    /** AuditDetail key */
                    key?: (string|null);

                    /** AuditDetail text */
                    text?: (string|null);

                    /** AuditDetail integer */
                    integer?: (Long|null);

                    /** AuditDetail flag */
                    flag?: (boolean|null);

                    /** AuditDetail big */
                    big?: (string|null);

                    /** AuditDetail decimal */
                    decimal?: (string|null);

                    /** AuditDetail value */
                    value?: ("text"|"integer"|"flag"|"big"|"decimal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an AuditDetail. */
                type $Shape = {
                  key?: string|null;
                  text?: string|null;
                  integer?: Long|null;
                  flag?: boolean|null;
                  big?: string|null;
                  decimal?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ value?: undefined; text?: null; integer?: null; flag?: null; big?: null; decimal?: null }|{ value?: "text"; text: string; integer?: null; flag?: null; big?: null; decimal?: null }|{ value?: "integer"; text?: null; integer: Long; flag?: null; big?: null; decimal?: null }|{ value?: "flag"; text?: null; integer?: null; flag: boolean; big?: null; decimal?: null }|{ value?: "big"; text?: null; integer?: null; flag?: null; big: string; decimal?: null }|{ value?: "decimal"; text?: null; integer?: null; flag?: null; big?: null; decimal: string })
                );
            }

            /**
             * Properties of an AuditEntryUpload.
             * @deprecated Use posrt.channel.v1.AuditEntryUpload.$Properties instead.
             */
            interface IAuditEntryUpload extends posrt.channel.v1.AuditEntryUpload.$Properties {
            }

            /** Represents an AuditEntryUpload. */
            class AuditEntryUpload {

                /**
                 * Constructs a new AuditEntryUpload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AuditEntryUpload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuditEntryUpload seq. */
                seq: Long;

                /** AuditEntryUpload atMs. */
                atMs: Long;

                /** AuditEntryUpload kind. */
                kind: string;

                /** AuditEntryUpload operatorId. */
                operatorId: string;

                /** AuditEntryUpload approverId. */
                approverId: string;

                /** AuditEntryUpload details. */
                details: posrt.channel.v1.AuditDetail.$Properties[];

                /** AuditEntryUpload prevHash. */
                prevHash: Uint8Array;

                /** AuditEntryUpload hash. */
                hash: Uint8Array;

                /** AuditEntryUpload chain. */
                chain: string;

                /**
                 * Creates a new AuditEntryUpload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuditEntryUpload instance
                 */
                static create(properties: posrt.channel.v1.AuditEntryUpload.$Shape): posrt.channel.v1.AuditEntryUpload & posrt.channel.v1.AuditEntryUpload.$Shape;
                static create(properties?: posrt.channel.v1.AuditEntryUpload.$Properties): posrt.channel.v1.AuditEntryUpload;

                /**
                 * Encodes the specified AuditEntryUpload message. Does not implicitly {@link posrt.channel.v1.AuditEntryUpload.verify|verify} messages.
                 * @param message AuditEntryUpload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AuditEntryUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuditEntryUpload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AuditEntryUpload & posrt.channel.v1.AuditEntryUpload.$Shape} AuditEntryUpload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AuditEntryUpload & posrt.channel.v1.AuditEntryUpload.$Shape;

                /**
                 * Verifies an AuditEntryUpload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuditEntryUpload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AuditEntryUpload
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AuditEntryUpload;

                /**
                 * Creates a plain object from an AuditEntryUpload message. Also converts values to other types if specified.
                 * @param message AuditEntryUpload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AuditEntryUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuditEntryUpload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuditEntryUpload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuditEntryUpload {

                /** Properties of an AuditEntryUpload. */
                interface $Properties {

                    /** AuditEntryUpload seq */
                    seq?: (Long|null);

                    /** AuditEntryUpload atMs */
                    atMs?: (Long|null);

                    /** AuditEntryUpload kind */
                    kind?: (string|null);

                    /** AuditEntryUpload operatorId */
                    operatorId?: (string|null);

                    /** AuditEntryUpload approverId */
                    approverId?: (string|null);

                    /** AuditEntryUpload details */
                    details?: (posrt.channel.v1.AuditDetail.$Properties[]|null);

                    /** AuditEntryUpload prevHash */
                    prevHash?: (Uint8Array|null);

                    /** AuditEntryUpload hash */
                    hash?: (Uint8Array|null);

                    /** AuditEntryUpload chain */
                    chain?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuditEntryUpload. */
                type $Shape = {
                  seq?: Long|null;
                  atMs?: Long|null;
                  kind?: string|null;
                  operatorId?: string|null;
                  approverId?: string|null;
                  details?: posrt.channel.v1.AuditDetail.$Shape[]|null;
                  prevHash?: Uint8Array|null;
                  hash?: Uint8Array|null;
                  chain?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** TransactionType enum. */
            enum TransactionType {

                /** TRANSACTION_TYPE_UNSPECIFIED value */
                TRANSACTION_TYPE_UNSPECIFIED = 0,

                /** TRANSACTION_TYPE_SALE value */
                TRANSACTION_TYPE_SALE = 1,

                /** TRANSACTION_TYPE_REFUND value */
                TRANSACTION_TYPE_REFUND = 2,

                /** TRANSACTION_TYPE_VOID value */
                TRANSACTION_TYPE_VOID = 3,

                /** TRANSACTION_TYPE_PRE_AUTH value */
                TRANSACTION_TYPE_PRE_AUTH = 4,

                /** TRANSACTION_TYPE_COMPLETION value */
                TRANSACTION_TYPE_COMPLETION = 5,

                /** TRANSACTION_TYPE_BALANCE value */
                TRANSACTION_TYPE_BALANCE = 6,

                /** TRANSACTION_TYPE_QR value */
                TRANSACTION_TYPE_QR = 7
            }

            /** EntryMode enum. */
            enum EntryMode {

                /** ENTRY_MODE_UNSPECIFIED value */
                ENTRY_MODE_UNSPECIFIED = 0,

                /** ENTRY_MODE_CONTACT value */
                ENTRY_MODE_CONTACT = 1,

                /** ENTRY_MODE_CONTACTLESS value */
                ENTRY_MODE_CONTACTLESS = 2,

                /** ENTRY_MODE_CONTACTLESS_MAG_STRIPE value */
                ENTRY_MODE_CONTACTLESS_MAG_STRIPE = 3,

                /** ENTRY_MODE_MAG_STRIPE value */
                ENTRY_MODE_MAG_STRIPE = 4,

                /** ENTRY_MODE_FALLBACK value */
                ENTRY_MODE_FALLBACK = 5,

                /** ENTRY_MODE_MANUAL value */
                ENTRY_MODE_MANUAL = 6,

                /** ENTRY_MODE_QR value */
                ENTRY_MODE_QR = 7
            }

            /** PinBlockFormat enum. */
            enum PinBlockFormat {

                /** PIN_BLOCK_FORMAT_UNSPECIFIED value */
                PIN_BLOCK_FORMAT_UNSPECIFIED = 0,

                /** PIN_BLOCK_FORMAT_ISO0 value */
                PIN_BLOCK_FORMAT_ISO0 = 1,

                /** PIN_BLOCK_FORMAT_ISO4 value */
                PIN_BLOCK_FORMAT_ISO4 = 2
            }

            /**
             * Properties of an OnlinePin.
             * @deprecated Use posrt.channel.v1.OnlinePin.$Properties instead.
             */
            interface IOnlinePin extends posrt.channel.v1.OnlinePin.$Properties {
            }

            /** Represents an OnlinePin. */
            class OnlinePin {

                /**
                 * Constructs a new OnlinePin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.OnlinePin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OnlinePin format. */
                format: posrt.channel.v1.PinBlockFormat;

                /** OnlinePin pinBlock. */
                pinBlock: Uint8Array;

                /** OnlinePin ksn. */
                ksn: Uint8Array;

                /**
                 * Creates a new OnlinePin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OnlinePin instance
                 */
                static create(properties: posrt.channel.v1.OnlinePin.$Shape): posrt.channel.v1.OnlinePin & posrt.channel.v1.OnlinePin.$Shape;
                static create(properties?: posrt.channel.v1.OnlinePin.$Properties): posrt.channel.v1.OnlinePin;

                /**
                 * Encodes the specified OnlinePin message. Does not implicitly {@link posrt.channel.v1.OnlinePin.verify|verify} messages.
                 * @param message OnlinePin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.OnlinePin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OnlinePin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.OnlinePin & posrt.channel.v1.OnlinePin.$Shape} OnlinePin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.OnlinePin & posrt.channel.v1.OnlinePin.$Shape;

                /**
                 * Verifies an OnlinePin message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OnlinePin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OnlinePin
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.OnlinePin;

                /**
                 * Creates a plain object from an OnlinePin message. Also converts values to other types if specified.
                 * @param message OnlinePin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.OnlinePin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OnlinePin to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OnlinePin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OnlinePin {

                /** Properties of an OnlinePin. */
                interface $Properties {

                    /** OnlinePin format */
                    format?: (posrt.channel.v1.PinBlockFormat|null);

                    /** OnlinePin pinBlock */
                    pinBlock?: (Uint8Array|null);

                    /** OnlinePin ksn */
                    ksn?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OnlinePin. */
                type $Shape = posrt.channel.v1.OnlinePin.$Properties;
            }

            /**
             * Properties of a Tracks.
             * @deprecated Use posrt.channel.v1.Tracks.$Properties instead.
             */
            interface ITracks extends posrt.channel.v1.Tracks.$Properties {
            }

            /** Represents a Tracks. */
            class Tracks {

                /**
                 * Constructs a new Tracks.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Tracks.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Tracks track2. */
                track2: Uint8Array;

                /** Tracks track1. */
                track1: Uint8Array;

                /**
                 * Creates a new Tracks instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Tracks instance
                 */
                static create(properties: posrt.channel.v1.Tracks.$Shape): posrt.channel.v1.Tracks & posrt.channel.v1.Tracks.$Shape;
                static create(properties?: posrt.channel.v1.Tracks.$Properties): posrt.channel.v1.Tracks;

                /**
                 * Encodes the specified Tracks message. Does not implicitly {@link posrt.channel.v1.Tracks.verify|verify} messages.
                 * @param message Tracks message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Tracks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Tracks message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Tracks & posrt.channel.v1.Tracks.$Shape} Tracks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Tracks & posrt.channel.v1.Tracks.$Shape;

                /**
                 * Verifies a Tracks message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Tracks message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Tracks
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Tracks;

                /**
                 * Creates a plain object from a Tracks message. Also converts values to other types if specified.
                 * @param message Tracks
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Tracks, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Tracks to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Tracks
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Tracks {

                /** Properties of a Tracks. */
                interface $Properties {

                    /** Tracks track2 */
                    track2?: (Uint8Array|null);

                    /** Tracks track1 */
                    track1?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Tracks. */
                type $Shape = posrt.channel.v1.Tracks.$Properties;
            }

            /**
             * Properties of an AuthorisationRequest.
             * @deprecated Use posrt.channel.v1.AuthorisationRequest.$Properties instead.
             */
            interface IAuthorisationRequest extends posrt.channel.v1.AuthorisationRequest.$Properties {
            }

            /** Represents an AuthorisationRequest. */
            class AuthorisationRequest {

                /**
                 * Constructs a new AuthorisationRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AuthorisationRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthorisationRequest transactionId. */
                transactionId: string;

                /** AuthorisationRequest stan. */
                stan: number;

                /** AuthorisationRequest type. */
                type: posrt.channel.v1.TransactionType;

                /** AuthorisationRequest entryMode. */
                entryMode: posrt.channel.v1.EntryMode;

                /** AuthorisationRequest amount. */
                amount?: (posrt.channel.v1.Money.$Properties|null);

                /** AuthorisationRequest otherAmount. */
                otherAmount?: (posrt.channel.v1.Money.$Properties|null);

                /** AuthorisationRequest pan. */
                pan: string;

                /** AuthorisationRequest panSequenceNumber. */
                panSequenceNumber: Uint8Array;

                /** AuthorisationRequest emvTransactionType. */
                emvTransactionType: Uint8Array;

                /** AuthorisationRequest arqc. */
                arqc: Uint8Array;

                /** AuthorisationRequest cid. */
                cid: number;

                /** AuthorisationRequest atc. */
                atc: Uint8Array;

                /** AuthorisationRequest issuerApplicationData. */
                issuerApplicationData: Uint8Array;

                /** AuthorisationRequest aip. */
                aip: Uint8Array;

                /** AuthorisationRequest cdol1Data. */
                cdol1Data: Uint8Array;

                /** AuthorisationRequest iccData. */
                iccData: posrt.channel.v1.TlvValue.$Properties[];

                /** AuthorisationRequest onlinePin. */
                onlinePin?: (posrt.channel.v1.OnlinePin.$Properties|null);

                /** AuthorisationRequest tracks. */
                tracks?: (posrt.channel.v1.Tracks.$Properties|null);

                /** AuthorisationRequest operatorId. */
                operatorId: string;

                /** AuthorisationRequest startedAtMs. */
                startedAtMs: Long;

                /**
                 * Creates a new AuthorisationRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthorisationRequest instance
                 */
                static create(properties: posrt.channel.v1.AuthorisationRequest.$Shape): posrt.channel.v1.AuthorisationRequest & posrt.channel.v1.AuthorisationRequest.$Shape;
                static create(properties?: posrt.channel.v1.AuthorisationRequest.$Properties): posrt.channel.v1.AuthorisationRequest;

                /**
                 * Encodes the specified AuthorisationRequest message. Does not implicitly {@link posrt.channel.v1.AuthorisationRequest.verify|verify} messages.
                 * @param message AuthorisationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AuthorisationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthorisationRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AuthorisationRequest & posrt.channel.v1.AuthorisationRequest.$Shape} AuthorisationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AuthorisationRequest & posrt.channel.v1.AuthorisationRequest.$Shape;

                /**
                 * Verifies an AuthorisationRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuthorisationRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AuthorisationRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AuthorisationRequest;

                /**
                 * Creates a plain object from an AuthorisationRequest message. Also converts values to other types if specified.
                 * @param message AuthorisationRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AuthorisationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuthorisationRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuthorisationRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthorisationRequest {

                /** Properties of an AuthorisationRequest. */
                interface $Properties {

                    /** AuthorisationRequest transactionId */
                    transactionId?: (string|null);

                    /** AuthorisationRequest stan */
                    stan?: (number|null);

                    /** AuthorisationRequest type */
                    type?: (posrt.channel.v1.TransactionType|null);

                    /** AuthorisationRequest entryMode */
                    entryMode?: (posrt.channel.v1.EntryMode|null);

                    /** AuthorisationRequest amount */
                    amount?: (posrt.channel.v1.Money.$Properties|null);

                    /** AuthorisationRequest otherAmount */
                    otherAmount?: (posrt.channel.v1.Money.$Properties|null);

                    /** AuthorisationRequest pan */
                    pan?: (string|null);

                    /** AuthorisationRequest panSequenceNumber */
                    panSequenceNumber?: (Uint8Array|null);

                    /** AuthorisationRequest emvTransactionType */
                    emvTransactionType?: (Uint8Array|null);

                    /** AuthorisationRequest arqc */
                    arqc?: (Uint8Array|null);

                    /** AuthorisationRequest cid */
                    cid?: (number|null);

                    /** AuthorisationRequest atc */
                    atc?: (Uint8Array|null);

                    /** AuthorisationRequest issuerApplicationData */
                    issuerApplicationData?: (Uint8Array|null);

                    /** AuthorisationRequest aip */
                    aip?: (Uint8Array|null);

                    /** AuthorisationRequest cdol1Data */
                    cdol1Data?: (Uint8Array|null);

                    /** AuthorisationRequest iccData */
                    iccData?: (posrt.channel.v1.TlvValue.$Properties[]|null);

                    /** AuthorisationRequest onlinePin */
                    onlinePin?: (posrt.channel.v1.OnlinePin.$Properties|null);

                    /** AuthorisationRequest tracks */
                    tracks?: (posrt.channel.v1.Tracks.$Properties|null);

                    /** AuthorisationRequest operatorId */
                    operatorId?: (string|null);

                    /** AuthorisationRequest startedAtMs */
                    startedAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthorisationRequest. */
                type $Shape = posrt.channel.v1.AuthorisationRequest.$Properties;
            }

            /** AuthorisationOutcome enum. */
            enum AuthorisationOutcome {

                /** AUTHORISATION_OUTCOME_UNSPECIFIED value */
                AUTHORISATION_OUTCOME_UNSPECIFIED = 0,

                /** AUTHORISATION_OUTCOME_APPROVED value */
                AUTHORISATION_OUTCOME_APPROVED = 1,

                /** AUTHORISATION_OUTCOME_DECLINED value */
                AUTHORISATION_OUTCOME_DECLINED = 2,

                /** AUTHORISATION_OUTCOME_UNAVAILABLE value */
                AUTHORISATION_OUTCOME_UNAVAILABLE = 3
            }

            /** ArpcMethod enum. */
            enum ArpcMethod {

                /** ARPC_METHOD_UNSPECIFIED value */
                ARPC_METHOD_UNSPECIFIED = 0,

                /** ARPC_METHOD_1 value */
                ARPC_METHOD_1 = 1,

                /** ARPC_METHOD_2 value */
                ARPC_METHOD_2 = 2,

                /** ARPC_METHOD_NONE value */
                ARPC_METHOD_NONE = 3
            }

            /** IssuerScriptTiming enum. */
            enum IssuerScriptTiming {

                /** ISSUER_SCRIPT_TIMING_UNSPECIFIED value */
                ISSUER_SCRIPT_TIMING_UNSPECIFIED = 0,

                /** ISSUER_SCRIPT_TIMING_BEFORE_FINAL_AC value */
                ISSUER_SCRIPT_TIMING_BEFORE_FINAL_AC = 1,

                /** ISSUER_SCRIPT_TIMING_AFTER_FINAL_AC value */
                ISSUER_SCRIPT_TIMING_AFTER_FINAL_AC = 2
            }

            /**
             * Properties of an IssuerScript.
             * @deprecated Use posrt.channel.v1.IssuerScript.$Properties instead.
             */
            interface IIssuerScript extends posrt.channel.v1.IssuerScript.$Properties {
            }

            /** Represents an IssuerScript. */
            class IssuerScript {

                /**
                 * Constructs a new IssuerScript.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.IssuerScript.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IssuerScript timing. */
                timing: posrt.channel.v1.IssuerScriptTiming;

                /** IssuerScript scriptId. */
                scriptId: Uint8Array;

                /** IssuerScript commands. */
                commands: Uint8Array[];

                /**
                 * Creates a new IssuerScript instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IssuerScript instance
                 */
                static create(properties: posrt.channel.v1.IssuerScript.$Shape): posrt.channel.v1.IssuerScript & posrt.channel.v1.IssuerScript.$Shape;
                static create(properties?: posrt.channel.v1.IssuerScript.$Properties): posrt.channel.v1.IssuerScript;

                /**
                 * Encodes the specified IssuerScript message. Does not implicitly {@link posrt.channel.v1.IssuerScript.verify|verify} messages.
                 * @param message IssuerScript message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.IssuerScript.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IssuerScript message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.IssuerScript & posrt.channel.v1.IssuerScript.$Shape} IssuerScript
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.IssuerScript & posrt.channel.v1.IssuerScript.$Shape;

                /**
                 * Verifies an IssuerScript message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IssuerScript message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IssuerScript
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.IssuerScript;

                /**
                 * Creates a plain object from an IssuerScript message. Also converts values to other types if specified.
                 * @param message IssuerScript
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.IssuerScript, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IssuerScript to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IssuerScript
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IssuerScript {

                /** Properties of an IssuerScript. */
                interface $Properties {

                    /** IssuerScript timing */
                    timing?: (posrt.channel.v1.IssuerScriptTiming|null);

                    /** IssuerScript scriptId */
                    scriptId?: (Uint8Array|null);

                    /** IssuerScript commands */
                    commands?: (Uint8Array[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IssuerScript. */
                type $Shape = posrt.channel.v1.IssuerScript.$Properties;
            }

            /**
             * Properties of an AuthorisationResponse.
             * @deprecated Use posrt.channel.v1.AuthorisationResponse.$Properties instead.
             */
            interface IAuthorisationResponse extends posrt.channel.v1.AuthorisationResponse.$Properties {
            }

            /** Represents an AuthorisationResponse. */
            class AuthorisationResponse {

                /**
                 * Constructs a new AuthorisationResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AuthorisationResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthorisationResponse transactionId. */
                transactionId: string;

                /** AuthorisationResponse outcome. */
                outcome: posrt.channel.v1.AuthorisationOutcome;

                /** AuthorisationResponse arc. */
                arc: Uint8Array;

                /** AuthorisationResponse issuerAuthenticationData. */
                issuerAuthenticationData: Uint8Array;

                /** AuthorisationResponse arpcMethod. */
                arpcMethod: posrt.channel.v1.ArpcMethod;

                /** AuthorisationResponse arpc. */
                arpc: Uint8Array;

                /** AuthorisationResponse authorisationCode. */
                authorisationCode: string;

                /** AuthorisationResponse hostReference. */
                hostReference: string;

                /** AuthorisationResponse declineCode. */
                declineCode: string;

                /** AuthorisationResponse issuerScripts. */
                issuerScripts: posrt.channel.v1.IssuerScript.$Properties[];

                /** AuthorisationResponse availableBalance. */
                availableBalance?: (posrt.channel.v1.Money.$Properties|null);

                /**
                 * Creates a new AuthorisationResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthorisationResponse instance
                 */
                static create(properties: posrt.channel.v1.AuthorisationResponse.$Shape): posrt.channel.v1.AuthorisationResponse & posrt.channel.v1.AuthorisationResponse.$Shape;
                static create(properties?: posrt.channel.v1.AuthorisationResponse.$Properties): posrt.channel.v1.AuthorisationResponse;

                /**
                 * Encodes the specified AuthorisationResponse message. Does not implicitly {@link posrt.channel.v1.AuthorisationResponse.verify|verify} messages.
                 * @param message AuthorisationResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AuthorisationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthorisationResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AuthorisationResponse & posrt.channel.v1.AuthorisationResponse.$Shape} AuthorisationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AuthorisationResponse & posrt.channel.v1.AuthorisationResponse.$Shape;

                /**
                 * Verifies an AuthorisationResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuthorisationResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AuthorisationResponse
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AuthorisationResponse;

                /**
                 * Creates a plain object from an AuthorisationResponse message. Also converts values to other types if specified.
                 * @param message AuthorisationResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AuthorisationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuthorisationResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuthorisationResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthorisationResponse {

                /** Properties of an AuthorisationResponse. */
                interface $Properties {

                    /** AuthorisationResponse transactionId */
                    transactionId?: (string|null);

                    /** AuthorisationResponse outcome */
                    outcome?: (posrt.channel.v1.AuthorisationOutcome|null);

                    /** AuthorisationResponse arc */
                    arc?: (Uint8Array|null);

                    /** AuthorisationResponse issuerAuthenticationData */
                    issuerAuthenticationData?: (Uint8Array|null);

                    /** AuthorisationResponse arpcMethod */
                    arpcMethod?: (posrt.channel.v1.ArpcMethod|null);

                    /** AuthorisationResponse arpc */
                    arpc?: (Uint8Array|null);

                    /** AuthorisationResponse authorisationCode */
                    authorisationCode?: (string|null);

                    /** AuthorisationResponse hostReference */
                    hostReference?: (string|null);

                    /** AuthorisationResponse declineCode */
                    declineCode?: (string|null);

                    /** AuthorisationResponse issuerScripts */
                    issuerScripts?: (posrt.channel.v1.IssuerScript.$Properties[]|null);

                    /** AuthorisationResponse availableBalance */
                    availableBalance?: (posrt.channel.v1.Money.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthorisationResponse. */
                type $Shape = posrt.channel.v1.AuthorisationResponse.$Properties;
            }

            /** ReversalReason enum. */
            enum ReversalReason {

                /** REVERSAL_REASON_UNSPECIFIED value */
                REVERSAL_REASON_UNSPECIFIED = 0,

                /** REVERSAL_REASON_TIMEOUT value */
                REVERSAL_REASON_TIMEOUT = 1,

                /** REVERSAL_REASON_CARD_DECLINED_AFTER_APPROVAL value */
                REVERSAL_REASON_CARD_DECLINED_AFTER_APPROVAL = 2,

                /** REVERSAL_REASON_CARD_REMOVED value */
                REVERSAL_REASON_CARD_REMOVED = 3,

                /** REVERSAL_REASON_OPERATOR_CANCELLED value */
                REVERSAL_REASON_OPERATOR_CANCELLED = 4,

                /** REVERSAL_REASON_TERMINAL_FAILURE value */
                REVERSAL_REASON_TERMINAL_FAILURE = 5
            }

            /**
             * Properties of a ReversalRequest.
             * @deprecated Use posrt.channel.v1.ReversalRequest.$Properties instead.
             */
            interface IReversalRequest extends posrt.channel.v1.ReversalRequest.$Properties {
            }

            /** Represents a ReversalRequest. */
            class ReversalRequest {

                /**
                 * Constructs a new ReversalRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ReversalRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReversalRequest reversalId. */
                reversalId: string;

                /** ReversalRequest originalTransactionId. */
                originalTransactionId: string;

                /** ReversalRequest reason. */
                reason: posrt.channel.v1.ReversalReason;

                /** ReversalRequest amount. */
                amount?: (posrt.channel.v1.Money.$Properties|null);

                /** ReversalRequest iccData. */
                iccData: posrt.channel.v1.TlvValue.$Properties[];

                /** ReversalRequest createdAtMs. */
                createdAtMs: Long;

                /**
                 * Creates a new ReversalRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReversalRequest instance
                 */
                static create(properties: posrt.channel.v1.ReversalRequest.$Shape): posrt.channel.v1.ReversalRequest & posrt.channel.v1.ReversalRequest.$Shape;
                static create(properties?: posrt.channel.v1.ReversalRequest.$Properties): posrt.channel.v1.ReversalRequest;

                /**
                 * Encodes the specified ReversalRequest message. Does not implicitly {@link posrt.channel.v1.ReversalRequest.verify|verify} messages.
                 * @param message ReversalRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ReversalRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReversalRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ReversalRequest & posrt.channel.v1.ReversalRequest.$Shape} ReversalRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ReversalRequest & posrt.channel.v1.ReversalRequest.$Shape;

                /**
                 * Verifies a ReversalRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReversalRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReversalRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ReversalRequest;

                /**
                 * Creates a plain object from a ReversalRequest message. Also converts values to other types if specified.
                 * @param message ReversalRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ReversalRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReversalRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReversalRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReversalRequest {

                /** Properties of a ReversalRequest. */
                interface $Properties {

                    /** ReversalRequest reversalId */
                    reversalId?: (string|null);

                    /** ReversalRequest originalTransactionId */
                    originalTransactionId?: (string|null);

                    /** ReversalRequest reason */
                    reason?: (posrt.channel.v1.ReversalReason|null);

                    /** ReversalRequest amount */
                    amount?: (posrt.channel.v1.Money.$Properties|null);

                    /** ReversalRequest iccData */
                    iccData?: (posrt.channel.v1.TlvValue.$Properties[]|null);

                    /** ReversalRequest createdAtMs */
                    createdAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReversalRequest. */
                type $Shape = posrt.channel.v1.ReversalRequest.$Properties;
            }

            /** ReversalStatus enum. */
            enum ReversalStatus {

                /** REVERSAL_STATUS_UNSPECIFIED value */
                REVERSAL_STATUS_UNSPECIFIED = 0,

                /** REVERSAL_STATUS_REVERSED value */
                REVERSAL_STATUS_REVERSED = 1,

                /** REVERSAL_STATUS_ALREADY_REVERSED value */
                REVERSAL_STATUS_ALREADY_REVERSED = 2,

                /** REVERSAL_STATUS_ORIGINAL_NOT_FOUND value */
                REVERSAL_STATUS_ORIGINAL_NOT_FOUND = 3,

                /** REVERSAL_STATUS_AMOUNT_MISMATCH value */
                REVERSAL_STATUS_AMOUNT_MISMATCH = 4
            }

            /**
             * Properties of a ReversalResponse.
             * @deprecated Use posrt.channel.v1.ReversalResponse.$Properties instead.
             */
            interface IReversalResponse extends posrt.channel.v1.ReversalResponse.$Properties {
            }

            /** Represents a ReversalResponse. */
            class ReversalResponse {

                /**
                 * Constructs a new ReversalResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ReversalResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReversalResponse reversalId. */
                reversalId: string;

                /** ReversalResponse originalTransactionId. */
                originalTransactionId: string;

                /** ReversalResponse status. */
                status: posrt.channel.v1.ReversalStatus;

                /** ReversalResponse errorCode. */
                errorCode: string;

                /**
                 * Creates a new ReversalResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReversalResponse instance
                 */
                static create(properties: posrt.channel.v1.ReversalResponse.$Shape): posrt.channel.v1.ReversalResponse & posrt.channel.v1.ReversalResponse.$Shape;
                static create(properties?: posrt.channel.v1.ReversalResponse.$Properties): posrt.channel.v1.ReversalResponse;

                /**
                 * Encodes the specified ReversalResponse message. Does not implicitly {@link posrt.channel.v1.ReversalResponse.verify|verify} messages.
                 * @param message ReversalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ReversalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReversalResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ReversalResponse & posrt.channel.v1.ReversalResponse.$Shape} ReversalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ReversalResponse & posrt.channel.v1.ReversalResponse.$Shape;

                /**
                 * Verifies a ReversalResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReversalResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReversalResponse
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ReversalResponse;

                /**
                 * Creates a plain object from a ReversalResponse message. Also converts values to other types if specified.
                 * @param message ReversalResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ReversalResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReversalResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReversalResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReversalResponse {

                /** Properties of a ReversalResponse. */
                interface $Properties {

                    /** ReversalResponse reversalId */
                    reversalId?: (string|null);

                    /** ReversalResponse originalTransactionId */
                    originalTransactionId?: (string|null);

                    /** ReversalResponse status */
                    status?: (posrt.channel.v1.ReversalStatus|null);

                    /** ReversalResponse errorCode */
                    errorCode?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReversalResponse. */
                type $Shape = posrt.channel.v1.ReversalResponse.$Properties;
            }

            /**
             * Properties of a Money.
             * @deprecated Use posrt.channel.v1.Money.$Properties instead.
             */
            interface IMoney extends posrt.channel.v1.Money.$Properties {
            }

            /** Represents a Money. */
            class Money {

                /**
                 * Constructs a new Money.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Money.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Money minorUnits. */
                minorUnits: Long;

                /** Money currency. */
                currency: string;

                /**
                 * Creates a new Money instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Money instance
                 */
                static create(properties: posrt.channel.v1.Money.$Shape): posrt.channel.v1.Money & posrt.channel.v1.Money.$Shape;
                static create(properties?: posrt.channel.v1.Money.$Properties): posrt.channel.v1.Money;

                /**
                 * Encodes the specified Money message. Does not implicitly {@link posrt.channel.v1.Money.verify|verify} messages.
                 * @param message Money message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Money.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Money message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Money & posrt.channel.v1.Money.$Shape} Money
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Money & posrt.channel.v1.Money.$Shape;

                /**
                 * Verifies a Money message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Money message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Money
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Money;

                /**
                 * Creates a plain object from a Money message. Also converts values to other types if specified.
                 * @param message Money
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Money, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Money to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Money
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Money {

                /** Properties of a Money. */
                interface $Properties {

                    /** Money minorUnits */
                    minorUnits?: (Long|null);

                    /** Money currency */
                    currency?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Money. */
                type $Shape = posrt.channel.v1.Money.$Properties;
            }

            /**
             * Properties of a TlvValue.
             * @deprecated Use posrt.channel.v1.TlvValue.$Properties instead.
             */
            interface ITlvValue extends posrt.channel.v1.TlvValue.$Properties {
            }

            /** Represents a TlvValue. */
            class TlvValue {

                /**
                 * Constructs a new TlvValue.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.TlvValue.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TlvValue tag. */
                tag: number;

                /** TlvValue value. */
                value: Uint8Array;

                /**
                 * Creates a new TlvValue instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TlvValue instance
                 */
                static create(properties: posrt.channel.v1.TlvValue.$Shape): posrt.channel.v1.TlvValue & posrt.channel.v1.TlvValue.$Shape;
                static create(properties?: posrt.channel.v1.TlvValue.$Properties): posrt.channel.v1.TlvValue;

                /**
                 * Encodes the specified TlvValue message. Does not implicitly {@link posrt.channel.v1.TlvValue.verify|verify} messages.
                 * @param message TlvValue message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.TlvValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TlvValue message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.TlvValue & posrt.channel.v1.TlvValue.$Shape} TlvValue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.TlvValue & posrt.channel.v1.TlvValue.$Shape;

                /**
                 * Verifies a TlvValue message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TlvValue message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TlvValue
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.TlvValue;

                /**
                 * Creates a plain object from a TlvValue message. Also converts values to other types if specified.
                 * @param message TlvValue
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.TlvValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TlvValue to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TlvValue
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TlvValue {

                /** Properties of a TlvValue. */
                interface $Properties {

                    /** TlvValue tag */
                    tag?: (number|null);

                    /** TlvValue value */
                    value?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TlvValue. */
                type $Shape = posrt.channel.v1.TlvValue.$Properties;
            }

            /**
             * Properties of a Signed.
             * @deprecated Use posrt.channel.v1.Signed.$Properties instead.
             */
            interface ISigned extends posrt.channel.v1.Signed.$Properties {
            }

            /** Represents a Signed. */
            class Signed {

                /**
                 * Constructs a new Signed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Signed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Signed payloadType. */
                payloadType: string;

                /** Signed payload. */
                payload: Uint8Array;

                /** Signed signature. */
                signature: Uint8Array;

                /** Signed keyId. */
                keyId: Uint8Array;

                /**
                 * Creates a new Signed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Signed instance
                 */
                static create(properties: posrt.channel.v1.Signed.$Shape): posrt.channel.v1.Signed & posrt.channel.v1.Signed.$Shape;
                static create(properties?: posrt.channel.v1.Signed.$Properties): posrt.channel.v1.Signed;

                /**
                 * Encodes the specified Signed message. Does not implicitly {@link posrt.channel.v1.Signed.verify|verify} messages.
                 * @param message Signed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Signed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Signed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Signed & posrt.channel.v1.Signed.$Shape} Signed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Signed & posrt.channel.v1.Signed.$Shape;

                /**
                 * Verifies a Signed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Signed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Signed
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Signed;

                /**
                 * Creates a plain object from a Signed message. Also converts values to other types if specified.
                 * @param message Signed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Signed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Signed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Signed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Signed {

                /** Properties of a Signed. */
                interface $Properties {

                    /** Signed payloadType */
                    payloadType?: (string|null);

                    /** Signed payload */
                    payload?: (Uint8Array|null);

                    /** Signed signature */
                    signature?: (Uint8Array|null);

                    /** Signed keyId */
                    keyId?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Signed. */
                type $Shape = posrt.channel.v1.Signed.$Properties;
            }

            /** ParameterKind enum. */
            enum ParameterKind {

                /** PARAMETER_KIND_UNSPECIFIED value */
                PARAMETER_KIND_UNSPECIFIED = 0,

                /** PARAMETER_KIND_TERMINAL value */
                PARAMETER_KIND_TERMINAL = 1,

                /** PARAMETER_KIND_AID_TABLE value */
                PARAMETER_KIND_AID_TABLE = 2,

                /** PARAMETER_KIND_CONTACTLESS value */
                PARAMETER_KIND_CONTACTLESS = 3,

                /** PARAMETER_KIND_CA_KEYS value */
                PARAMETER_KIND_CA_KEYS = 4,

                /** PARAMETER_KIND_OPERATORS value */
                PARAMETER_KIND_OPERATORS = 5,

                /** PARAMETER_KIND_MERCHANT value */
                PARAMETER_KIND_MERCHANT = 6
            }

            /**
             * Properties of a ParameterVersion.
             * @deprecated Use posrt.channel.v1.ParameterVersion.$Properties instead.
             */
            interface IParameterVersion extends posrt.channel.v1.ParameterVersion.$Properties {
            }

            /** Represents a ParameterVersion. */
            class ParameterVersion {

                /**
                 * Constructs a new ParameterVersion.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ParameterVersion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ParameterVersion kind. */
                kind: posrt.channel.v1.ParameterKind;

                /** ParameterVersion version. */
                version: Long;

                /**
                 * Creates a new ParameterVersion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParameterVersion instance
                 */
                static create(properties: posrt.channel.v1.ParameterVersion.$Shape): posrt.channel.v1.ParameterVersion & posrt.channel.v1.ParameterVersion.$Shape;
                static create(properties?: posrt.channel.v1.ParameterVersion.$Properties): posrt.channel.v1.ParameterVersion;

                /**
                 * Encodes the specified ParameterVersion message. Does not implicitly {@link posrt.channel.v1.ParameterVersion.verify|verify} messages.
                 * @param message ParameterVersion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ParameterVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParameterVersion message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ParameterVersion & posrt.channel.v1.ParameterVersion.$Shape} ParameterVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ParameterVersion & posrt.channel.v1.ParameterVersion.$Shape;

                /**
                 * Verifies a ParameterVersion message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ParameterVersion message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ParameterVersion
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ParameterVersion;

                /**
                 * Creates a plain object from a ParameterVersion message. Also converts values to other types if specified.
                 * @param message ParameterVersion
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ParameterVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ParameterVersion to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ParameterVersion
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ParameterVersion {

                /** Properties of a ParameterVersion. */
                interface $Properties {

                    /** ParameterVersion kind */
                    kind?: (posrt.channel.v1.ParameterKind|null);

                    /** ParameterVersion version */
                    version?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ParameterVersion. */
                type $Shape = posrt.channel.v1.ParameterVersion.$Properties;
            }

            /**
             * Properties of an Envelope.
             * @deprecated Use posrt.channel.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends posrt.channel.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope messageId. */
                messageId: string;

                /** Envelope sequence. */
                sequence: Long;

                /** Envelope ack. */
                ack: Long;

                /** Envelope sentAtMs. */
                sentAtMs: Long;

                /** Envelope ackOnly. */
                ackOnly?: (posrt.channel.v1.AckOnly.$Properties|null);

                /** Envelope protocolError. */
                protocolError?: (posrt.channel.v1.ProtocolError.$Properties|null);

                /** Envelope enrolmentRequest. */
                enrolmentRequest?: (posrt.channel.v1.Signed.$Properties|null);

                /** Envelope enrolmentResponse. */
                enrolmentResponse?: (posrt.channel.v1.EnrolmentResponse.$Properties|null);

                /** Envelope sessionHello. */
                sessionHello?: (posrt.channel.v1.SessionHello.$Properties|null);

                /** Envelope sessionChallenge. */
                sessionChallenge?: (posrt.channel.v1.SessionChallenge.$Properties|null);

                /** Envelope sessionProof. */
                sessionProof?: (posrt.channel.v1.Signed.$Properties|null);

                /** Envelope sessionAccepted. */
                sessionAccepted?: (posrt.channel.v1.SessionAccepted.$Properties|null);

                /** Envelope heartbeat. */
                heartbeat?: (posrt.channel.v1.Heartbeat.$Properties|null);

                /** Envelope parameterRequest. */
                parameterRequest?: (posrt.channel.v1.ParameterRequest.$Properties|null);

                /** Envelope parameterDownload. */
                parameterDownload?: (posrt.channel.v1.ParameterDownload.$Properties|null);

                /** Envelope authorisationRequest. */
                authorisationRequest?: (posrt.channel.v1.AuthorisationRequest.$Properties|null);

                /** Envelope authorisationResponse. */
                authorisationResponse?: (posrt.channel.v1.AuthorisationResponse.$Properties|null);

                /** Envelope reversalRequest. */
                reversalRequest?: (posrt.channel.v1.ReversalRequest.$Properties|null);

                /** Envelope reversalResponse. */
                reversalResponse?: (posrt.channel.v1.ReversalResponse.$Properties|null);

                /** Envelope qrPaymentRequest. */
                qrPaymentRequest?: (posrt.channel.v1.QrPaymentRequest.$Properties|null);

                /** Envelope qrPaymentQuery. */
                qrPaymentQuery?: (posrt.channel.v1.QrPaymentQuery.$Properties|null);

                /** Envelope qrPaymentResponse. */
                qrPaymentResponse?: (posrt.channel.v1.QrPaymentResponse.$Properties|null);

                /** Envelope transactionUpload. */
                transactionUpload?: (posrt.channel.v1.TransactionUpload.$Properties|null);

                /** Envelope transactionUploadResult. */
                transactionUploadResult?: (posrt.channel.v1.TransactionUploadResult.$Properties|null);

                /** Envelope settlementRequest. */
                settlementRequest?: (posrt.channel.v1.SettlementRequest.$Properties|null);

                /** Envelope reconciliationResult. */
                reconciliationResult?: (posrt.channel.v1.ReconciliationResult.$Properties|null);

                /** Envelope mismatchReport. */
                mismatchReport?: (posrt.channel.v1.MismatchReport.$Properties|null);

                /** Envelope operatorEvent. */
                operatorEvent?: (posrt.channel.v1.OperatorEvent.$Properties|null);

                /** Envelope auditEntryUpload. */
                auditEntryUpload?: (posrt.channel.v1.AuditEntryUpload.$Properties|null);

                /** Envelope remoteCommand. */
                remoteCommand?: (posrt.channel.v1.Signed.$Properties|null);

                /** Envelope commandResult. */
                commandResult?: (posrt.channel.v1.CommandResult.$Properties|null);

                /** Envelope firmwareOffer. */
                firmwareOffer?: (posrt.channel.v1.Signed.$Properties|null);

                /** Envelope firmwareChunkRequest. */
                firmwareChunkRequest?: (posrt.channel.v1.FirmwareChunkRequest.$Properties|null);

                /** Envelope firmwareChunk. */
                firmwareChunk?: (posrt.channel.v1.FirmwareChunk.$Properties|null);

                /** Envelope body. */
                body?: ("ackOnly"|"protocolError"|"enrolmentRequest"|"enrolmentResponse"|"sessionHello"|"sessionChallenge"|"sessionProof"|"sessionAccepted"|"heartbeat"|"parameterRequest"|"parameterDownload"|"authorisationRequest"|"authorisationResponse"|"reversalRequest"|"reversalResponse"|"qrPaymentRequest"|"qrPaymentQuery"|"qrPaymentResponse"|"transactionUpload"|"transactionUploadResult"|"settlementRequest"|"reconciliationResult"|"mismatchReport"|"operatorEvent"|"auditEntryUpload"|"remoteCommand"|"commandResult"|"firmwareOffer"|"firmwareChunkRequest"|"firmwareChunk");

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: posrt.channel.v1.Envelope.$Shape): posrt.channel.v1.Envelope & posrt.channel.v1.Envelope.$Shape;
                static create(properties?: posrt.channel.v1.Envelope.$Properties): posrt.channel.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link posrt.channel.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Envelope & posrt.channel.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Envelope & posrt.channel.v1.Envelope.$Shape;

                /**
                 * Verifies an Envelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Envelope
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param message Envelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope messageId */
                    messageId?: (string|null);

                    /** Envelope sequence */
                    sequence?: (Long|null);

                    /** Envelope ack */
                    ack?: (Long|null);

                    /** Envelope sentAtMs */
                    sentAtMs?: (Long|null);

                    /** Envelope ackOnly */
                    ackOnly?: (posrt.channel.v1.AckOnly.$Properties|null);

                    /** Envelope protocolError */
                    protocolError?: (posrt.channel.v1.ProtocolError.$Properties|null);

                    /** Envelope enrolmentRequest */
                    enrolmentRequest?: (posrt.channel.v1.Signed.$Properties|null);

                    /** Envelope enrolmentResponse */
                    enrolmentResponse?: (posrt.channel.v1.EnrolmentResponse.$Properties|null);

                    /** Envelope sessionHello */
                    sessionHello?: (posrt.channel.v1.SessionHello.$Properties|null);

                    /** Envelope sessionChallenge */
                    sessionChallenge?: (posrt.channel.v1.SessionChallenge.$Properties|null);

                    /** Envelope sessionProof */
                    sessionProof?: (posrt.channel.v1.Signed.$Properties|null);

                    /** Envelope sessionAccepted */
                    sessionAccepted?: (posrt.channel.v1.SessionAccepted.$Properties|null);

                    /** Envelope heartbeat */
                    heartbeat?: (posrt.channel.v1.Heartbeat.$Properties|null);

                    /** Envelope parameterRequest */
                    parameterRequest?: (posrt.channel.v1.ParameterRequest.$Properties|null);

                    /** Envelope parameterDownload */
                    parameterDownload?: (posrt.channel.v1.ParameterDownload.$Properties|null);

                    /** Envelope authorisationRequest */
                    authorisationRequest?: (posrt.channel.v1.AuthorisationRequest.$Properties|null);

                    /** Envelope authorisationResponse */
                    authorisationResponse?: (posrt.channel.v1.AuthorisationResponse.$Properties|null);

                    /** Envelope reversalRequest */
                    reversalRequest?: (posrt.channel.v1.ReversalRequest.$Properties|null);

                    /** Envelope reversalResponse */
                    reversalResponse?: (posrt.channel.v1.ReversalResponse.$Properties|null);

                    /** Envelope qrPaymentRequest */
                    qrPaymentRequest?: (posrt.channel.v1.QrPaymentRequest.$Properties|null);

                    /** Envelope qrPaymentQuery */
                    qrPaymentQuery?: (posrt.channel.v1.QrPaymentQuery.$Properties|null);

                    /** Envelope qrPaymentResponse */
                    qrPaymentResponse?: (posrt.channel.v1.QrPaymentResponse.$Properties|null);

                    /** Envelope transactionUpload */
                    transactionUpload?: (posrt.channel.v1.TransactionUpload.$Properties|null);

                    /** Envelope transactionUploadResult */
                    transactionUploadResult?: (posrt.channel.v1.TransactionUploadResult.$Properties|null);

                    /** Envelope settlementRequest */
                    settlementRequest?: (posrt.channel.v1.SettlementRequest.$Properties|null);

                    /** Envelope reconciliationResult */
                    reconciliationResult?: (posrt.channel.v1.ReconciliationResult.$Properties|null);

                    /** Envelope mismatchReport */
                    mismatchReport?: (posrt.channel.v1.MismatchReport.$Properties|null);

                    /** Envelope operatorEvent */
                    operatorEvent?: (posrt.channel.v1.OperatorEvent.$Properties|null);

                    /** Envelope auditEntryUpload */
                    auditEntryUpload?: (posrt.channel.v1.AuditEntryUpload.$Properties|null);

                    /** Envelope remoteCommand */
                    remoteCommand?: (posrt.channel.v1.Signed.$Properties|null);

                    /** Envelope commandResult */
                    commandResult?: (posrt.channel.v1.CommandResult.$Properties|null);

                    /** Envelope firmwareOffer */
                    firmwareOffer?: (posrt.channel.v1.Signed.$Properties|null);

                    /** Envelope firmwareChunkRequest */
                    firmwareChunkRequest?: (posrt.channel.v1.FirmwareChunkRequest.$Properties|null);

                    /** Envelope firmwareChunk */
                    firmwareChunk?: (posrt.channel.v1.FirmwareChunk.$Properties|null);

                    /** Envelope body */
                    body?: ("ackOnly"|"protocolError"|"enrolmentRequest"|"enrolmentResponse"|"sessionHello"|"sessionChallenge"|"sessionProof"|"sessionAccepted"|"heartbeat"|"parameterRequest"|"parameterDownload"|"authorisationRequest"|"authorisationResponse"|"reversalRequest"|"reversalResponse"|"qrPaymentRequest"|"qrPaymentQuery"|"qrPaymentResponse"|"transactionUpload"|"transactionUploadResult"|"settlementRequest"|"reconciliationResult"|"mismatchReport"|"operatorEvent"|"auditEntryUpload"|"remoteCommand"|"commandResult"|"firmwareOffer"|"firmwareChunkRequest"|"firmwareChunk");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Envelope. */
                type $Shape = {
                  messageId?: string|null;
                  sequence?: Long|null;
                  ack?: Long|null;
                  sentAtMs?: Long|null;
                  ackOnly?: posrt.channel.v1.AckOnly.$Shape|null;
                  protocolError?: posrt.channel.v1.ProtocolError.$Shape|null;
                  enrolmentRequest?: posrt.channel.v1.Signed.$Shape|null;
                  enrolmentResponse?: posrt.channel.v1.EnrolmentResponse.$Shape|null;
                  sessionHello?: posrt.channel.v1.SessionHello.$Shape|null;
                  sessionChallenge?: posrt.channel.v1.SessionChallenge.$Shape|null;
                  sessionProof?: posrt.channel.v1.Signed.$Shape|null;
                  sessionAccepted?: posrt.channel.v1.SessionAccepted.$Shape|null;
                  heartbeat?: posrt.channel.v1.Heartbeat.$Shape|null;
                  parameterRequest?: posrt.channel.v1.ParameterRequest.$Shape|null;
                  parameterDownload?: posrt.channel.v1.ParameterDownload.$Shape|null;
                  authorisationRequest?: posrt.channel.v1.AuthorisationRequest.$Shape|null;
                  authorisationResponse?: posrt.channel.v1.AuthorisationResponse.$Shape|null;
                  reversalRequest?: posrt.channel.v1.ReversalRequest.$Shape|null;
                  reversalResponse?: posrt.channel.v1.ReversalResponse.$Shape|null;
                  qrPaymentRequest?: posrt.channel.v1.QrPaymentRequest.$Shape|null;
                  qrPaymentQuery?: posrt.channel.v1.QrPaymentQuery.$Shape|null;
                  qrPaymentResponse?: posrt.channel.v1.QrPaymentResponse.$Shape|null;
                  transactionUpload?: posrt.channel.v1.TransactionUpload.$Shape|null;
                  transactionUploadResult?: posrt.channel.v1.TransactionUploadResult.$Shape|null;
                  settlementRequest?: posrt.channel.v1.SettlementRequest.$Shape|null;
                  reconciliationResult?: posrt.channel.v1.ReconciliationResult.$Shape|null;
                  mismatchReport?: posrt.channel.v1.MismatchReport.$Shape|null;
                  operatorEvent?: posrt.channel.v1.OperatorEvent.$Shape|null;
                  auditEntryUpload?: posrt.channel.v1.AuditEntryUpload.$Shape|null;
                  remoteCommand?: posrt.channel.v1.Signed.$Shape|null;
                  commandResult?: posrt.channel.v1.CommandResult.$Shape|null;
                  firmwareOffer?: posrt.channel.v1.Signed.$Shape|null;
                  firmwareChunkRequest?: posrt.channel.v1.FirmwareChunkRequest.$Shape|null;
                  firmwareChunk?: posrt.channel.v1.FirmwareChunk.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "ackOnly"; ackOnly: posrt.channel.v1.AckOnly.$Shape; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "protocolError"; ackOnly?: null; protocolError: posrt.channel.v1.ProtocolError.$Shape; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "enrolmentRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest: posrt.channel.v1.Signed.$Shape; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "enrolmentResponse"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse: posrt.channel.v1.EnrolmentResponse.$Shape; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "sessionHello"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello: posrt.channel.v1.SessionHello.$Shape; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "sessionChallenge"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge: posrt.channel.v1.SessionChallenge.$Shape; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "sessionProof"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof: posrt.channel.v1.Signed.$Shape; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "sessionAccepted"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted: posrt.channel.v1.SessionAccepted.$Shape; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "heartbeat"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat: posrt.channel.v1.Heartbeat.$Shape; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "parameterRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest: posrt.channel.v1.ParameterRequest.$Shape; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "parameterDownload"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload: posrt.channel.v1.ParameterDownload.$Shape; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "authorisationRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest: posrt.channel.v1.AuthorisationRequest.$Shape; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "authorisationResponse"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse: posrt.channel.v1.AuthorisationResponse.$Shape; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "reversalRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest: posrt.channel.v1.ReversalRequest.$Shape; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "reversalResponse"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse: posrt.channel.v1.ReversalResponse.$Shape; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "qrPaymentRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest: posrt.channel.v1.QrPaymentRequest.$Shape; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "qrPaymentQuery"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery: posrt.channel.v1.QrPaymentQuery.$Shape; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "qrPaymentResponse"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse: posrt.channel.v1.QrPaymentResponse.$Shape; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "transactionUpload"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload: posrt.channel.v1.TransactionUpload.$Shape; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "transactionUploadResult"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult: posrt.channel.v1.TransactionUploadResult.$Shape; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "settlementRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest: posrt.channel.v1.SettlementRequest.$Shape; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "reconciliationResult"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult: posrt.channel.v1.ReconciliationResult.$Shape; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "mismatchReport"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport: posrt.channel.v1.MismatchReport.$Shape; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "operatorEvent"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent: posrt.channel.v1.OperatorEvent.$Shape; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "auditEntryUpload"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload: posrt.channel.v1.AuditEntryUpload.$Shape; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "remoteCommand"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand: posrt.channel.v1.Signed.$Shape; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "commandResult"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult: posrt.channel.v1.CommandResult.$Shape; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "firmwareOffer"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer: posrt.channel.v1.Signed.$Shape; firmwareChunkRequest?: null; firmwareChunk?: null }|{ body?: "firmwareChunkRequest"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest: posrt.channel.v1.FirmwareChunkRequest.$Shape; firmwareChunk?: null }|{ body?: "firmwareChunk"; ackOnly?: null; protocolError?: null; enrolmentRequest?: null; enrolmentResponse?: null; sessionHello?: null; sessionChallenge?: null; sessionProof?: null; sessionAccepted?: null; heartbeat?: null; parameterRequest?: null; parameterDownload?: null; authorisationRequest?: null; authorisationResponse?: null; reversalRequest?: null; reversalResponse?: null; qrPaymentRequest?: null; qrPaymentQuery?: null; qrPaymentResponse?: null; transactionUpload?: null; transactionUploadResult?: null; settlementRequest?: null; reconciliationResult?: null; mismatchReport?: null; operatorEvent?: null; auditEntryUpload?: null; remoteCommand?: null; commandResult?: null; firmwareOffer?: null; firmwareChunkRequest?: null; firmwareChunk: posrt.channel.v1.FirmwareChunk.$Shape })
                );
            }

            /**
             * Properties of an AckOnly.
             * @deprecated Use posrt.channel.v1.AckOnly.$Properties instead.
             */
            interface IAckOnly extends posrt.channel.v1.AckOnly.$Properties {
            }

            /** Represents an AckOnly. */
            class AckOnly {

                /**
                 * Constructs a new AckOnly.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AckOnly.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AckOnly instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AckOnly instance
                 */
                static create(properties: posrt.channel.v1.AckOnly.$Shape): posrt.channel.v1.AckOnly & posrt.channel.v1.AckOnly.$Shape;
                static create(properties?: posrt.channel.v1.AckOnly.$Properties): posrt.channel.v1.AckOnly;

                /**
                 * Encodes the specified AckOnly message. Does not implicitly {@link posrt.channel.v1.AckOnly.verify|verify} messages.
                 * @param message AckOnly message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AckOnly.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AckOnly message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AckOnly & posrt.channel.v1.AckOnly.$Shape} AckOnly
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AckOnly & posrt.channel.v1.AckOnly.$Shape;

                /**
                 * Verifies an AckOnly message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AckOnly message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AckOnly
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AckOnly;

                /**
                 * Creates a plain object from an AckOnly message. Also converts values to other types if specified.
                 * @param message AckOnly
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AckOnly, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AckOnly to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AckOnly
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AckOnly {

                /** Properties of an AckOnly. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AckOnly. */
                type $Shape = posrt.channel.v1.AckOnly.$Properties;
            }

            /**
             * Properties of a ProtocolError.
             * @deprecated Use posrt.channel.v1.ProtocolError.$Properties instead.
             */
            interface IProtocolError extends posrt.channel.v1.ProtocolError.$Properties {
            }

            /** Represents a ProtocolError. */
            class ProtocolError {

                /**
                 * Constructs a new ProtocolError.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ProtocolError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProtocolError code. */
                code: string;

                /** ProtocolError refusedSequence. */
                refusedSequence: Long;

                /** ProtocolError refusedMessageId. */
                refusedMessageId: string;

                /** ProtocolError detail. */
                detail: string;

                /**
                 * Creates a new ProtocolError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProtocolError instance
                 */
                static create(properties: posrt.channel.v1.ProtocolError.$Shape): posrt.channel.v1.ProtocolError & posrt.channel.v1.ProtocolError.$Shape;
                static create(properties?: posrt.channel.v1.ProtocolError.$Properties): posrt.channel.v1.ProtocolError;

                /**
                 * Encodes the specified ProtocolError message. Does not implicitly {@link posrt.channel.v1.ProtocolError.verify|verify} messages.
                 * @param message ProtocolError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ProtocolError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProtocolError message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ProtocolError & posrt.channel.v1.ProtocolError.$Shape} ProtocolError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ProtocolError & posrt.channel.v1.ProtocolError.$Shape;

                /**
                 * Verifies a ProtocolError message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProtocolError message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProtocolError
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ProtocolError;

                /**
                 * Creates a plain object from a ProtocolError message. Also converts values to other types if specified.
                 * @param message ProtocolError
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ProtocolError, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProtocolError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProtocolError
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProtocolError {

                /** Properties of a ProtocolError. */
                interface $Properties {

                    /** ProtocolError code */
                    code?: (string|null);

                    /** ProtocolError refusedSequence */
                    refusedSequence?: (Long|null);

                    /** ProtocolError refusedMessageId */
                    refusedMessageId?: (string|null);

                    /** ProtocolError detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProtocolError. */
                type $Shape = posrt.channel.v1.ProtocolError.$Properties;
            }

            /**
             * Properties of an EnrolmentRequest.
             * @deprecated Use posrt.channel.v1.EnrolmentRequest.$Properties instead.
             */
            interface IEnrolmentRequest extends posrt.channel.v1.EnrolmentRequest.$Properties {
            }

            /** Represents an EnrolmentRequest. */
            class EnrolmentRequest {

                /**
                 * Constructs a new EnrolmentRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.EnrolmentRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnrolmentRequest deviceSerial. */
                deviceSerial: string;

                /** EnrolmentRequest model. */
                model: string;

                /** EnrolmentRequest firmwareVersion. */
                firmwareVersion: string;

                /** EnrolmentRequest capabilities. */
                capabilities: string[];

                /** EnrolmentRequest publicKey. */
                publicKey: Uint8Array;

                /** EnrolmentRequest provisioningToken. */
                provisioningToken: string;

                /** EnrolmentRequest requestedAtMs. */
                requestedAtMs: Long;

                /**
                 * Creates a new EnrolmentRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EnrolmentRequest instance
                 */
                static create(properties: posrt.channel.v1.EnrolmentRequest.$Shape): posrt.channel.v1.EnrolmentRequest & posrt.channel.v1.EnrolmentRequest.$Shape;
                static create(properties?: posrt.channel.v1.EnrolmentRequest.$Properties): posrt.channel.v1.EnrolmentRequest;

                /**
                 * Encodes the specified EnrolmentRequest message. Does not implicitly {@link posrt.channel.v1.EnrolmentRequest.verify|verify} messages.
                 * @param message EnrolmentRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.EnrolmentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnrolmentRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.EnrolmentRequest & posrt.channel.v1.EnrolmentRequest.$Shape} EnrolmentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.EnrolmentRequest & posrt.channel.v1.EnrolmentRequest.$Shape;

                /**
                 * Verifies an EnrolmentRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnrolmentRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnrolmentRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.EnrolmentRequest;

                /**
                 * Creates a plain object from an EnrolmentRequest message. Also converts values to other types if specified.
                 * @param message EnrolmentRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.EnrolmentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnrolmentRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EnrolmentRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EnrolmentRequest {

                /** Properties of an EnrolmentRequest. */
                interface $Properties {

                    /** EnrolmentRequest deviceSerial */
                    deviceSerial?: (string|null);

                    /** EnrolmentRequest model */
                    model?: (string|null);

                    /** EnrolmentRequest firmwareVersion */
                    firmwareVersion?: (string|null);

                    /** EnrolmentRequest capabilities */
                    capabilities?: (string[]|null);

                    /** EnrolmentRequest publicKey */
                    publicKey?: (Uint8Array|null);

                    /** EnrolmentRequest provisioningToken */
                    provisioningToken?: (string|null);

                    /** EnrolmentRequest requestedAtMs */
                    requestedAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnrolmentRequest. */
                type $Shape = posrt.channel.v1.EnrolmentRequest.$Properties;
            }

            /** EnrolmentStatus enum. */
            enum EnrolmentStatus {

                /** ENROLMENT_STATUS_UNSPECIFIED value */
                ENROLMENT_STATUS_UNSPECIFIED = 0,

                /** ENROLMENT_STATUS_ENROLLED value */
                ENROLMENT_STATUS_ENROLLED = 1,

                /** ENROLMENT_STATUS_TOKEN_INVALID value */
                ENROLMENT_STATUS_TOKEN_INVALID = 2,

                /** ENROLMENT_STATUS_TOKEN_USED value */
                ENROLMENT_STATUS_TOKEN_USED = 3,

                /** ENROLMENT_STATUS_BAD_SIGNATURE value */
                ENROLMENT_STATUS_BAD_SIGNATURE = 4
            }

            /**
             * Properties of an EnrolmentResponse.
             * @deprecated Use posrt.channel.v1.EnrolmentResponse.$Properties instead.
             */
            interface IEnrolmentResponse extends posrt.channel.v1.EnrolmentResponse.$Properties {
            }

            /** Represents an EnrolmentResponse. */
            class EnrolmentResponse {

                /**
                 * Constructs a new EnrolmentResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.EnrolmentResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnrolmentResponse status. */
                status: posrt.channel.v1.EnrolmentStatus;

                /** EnrolmentResponse errorCode. */
                errorCode: string;

                /** EnrolmentResponse terminalId. */
                terminalId: string;

                /** EnrolmentResponse merchantId. */
                merchantId: string;

                /** EnrolmentResponse backendPublicKey. */
                backendPublicKey: Uint8Array;

                /**
                 * Creates a new EnrolmentResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EnrolmentResponse instance
                 */
                static create(properties: posrt.channel.v1.EnrolmentResponse.$Shape): posrt.channel.v1.EnrolmentResponse & posrt.channel.v1.EnrolmentResponse.$Shape;
                static create(properties?: posrt.channel.v1.EnrolmentResponse.$Properties): posrt.channel.v1.EnrolmentResponse;

                /**
                 * Encodes the specified EnrolmentResponse message. Does not implicitly {@link posrt.channel.v1.EnrolmentResponse.verify|verify} messages.
                 * @param message EnrolmentResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.EnrolmentResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnrolmentResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.EnrolmentResponse & posrt.channel.v1.EnrolmentResponse.$Shape} EnrolmentResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.EnrolmentResponse & posrt.channel.v1.EnrolmentResponse.$Shape;

                /**
                 * Verifies an EnrolmentResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnrolmentResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnrolmentResponse
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.EnrolmentResponse;

                /**
                 * Creates a plain object from an EnrolmentResponse message. Also converts values to other types if specified.
                 * @param message EnrolmentResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.EnrolmentResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnrolmentResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EnrolmentResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EnrolmentResponse {

                /** Properties of an EnrolmentResponse. */
                interface $Properties {

                    /** EnrolmentResponse status */
                    status?: (posrt.channel.v1.EnrolmentStatus|null);

                    /** EnrolmentResponse errorCode */
                    errorCode?: (string|null);

                    /** EnrolmentResponse terminalId */
                    terminalId?: (string|null);

                    /** EnrolmentResponse merchantId */
                    merchantId?: (string|null);

                    /** EnrolmentResponse backendPublicKey */
                    backendPublicKey?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnrolmentResponse. */
                type $Shape = posrt.channel.v1.EnrolmentResponse.$Properties;
            }

            /**
             * Properties of a SessionHello.
             * @deprecated Use posrt.channel.v1.SessionHello.$Properties instead.
             */
            interface ISessionHello extends posrt.channel.v1.SessionHello.$Properties {
            }

            /** Represents a SessionHello. */
            class SessionHello {

                /**
                 * Constructs a new SessionHello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.SessionHello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionHello deviceSerial. */
                deviceSerial: string;

                /** SessionHello firmwareVersion. */
                firmwareVersion: string;

                /**
                 * Creates a new SessionHello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionHello instance
                 */
                static create(properties: posrt.channel.v1.SessionHello.$Shape): posrt.channel.v1.SessionHello & posrt.channel.v1.SessionHello.$Shape;
                static create(properties?: posrt.channel.v1.SessionHello.$Properties): posrt.channel.v1.SessionHello;

                /**
                 * Encodes the specified SessionHello message. Does not implicitly {@link posrt.channel.v1.SessionHello.verify|verify} messages.
                 * @param message SessionHello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.SessionHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionHello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.SessionHello & posrt.channel.v1.SessionHello.$Shape} SessionHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.SessionHello & posrt.channel.v1.SessionHello.$Shape;

                /**
                 * Verifies a SessionHello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionHello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionHello
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.SessionHello;

                /**
                 * Creates a plain object from a SessionHello message. Also converts values to other types if specified.
                 * @param message SessionHello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.SessionHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionHello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionHello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionHello {

                /** Properties of a SessionHello. */
                interface $Properties {

                    /** SessionHello deviceSerial */
                    deviceSerial?: (string|null);

                    /** SessionHello firmwareVersion */
                    firmwareVersion?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionHello. */
                type $Shape = posrt.channel.v1.SessionHello.$Properties;
            }

            /**
             * Properties of a SessionChallenge.
             * @deprecated Use posrt.channel.v1.SessionChallenge.$Properties instead.
             */
            interface ISessionChallenge extends posrt.channel.v1.SessionChallenge.$Properties {
            }

            /** Represents a SessionChallenge. */
            class SessionChallenge {

                /**
                 * Constructs a new SessionChallenge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.SessionChallenge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionChallenge nonce. */
                nonce: Uint8Array;

                /** SessionChallenge issuedAtMs. */
                issuedAtMs: Long;

                /** SessionChallenge expiresAtMs. */
                expiresAtMs: Long;

                /**
                 * Creates a new SessionChallenge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionChallenge instance
                 */
                static create(properties: posrt.channel.v1.SessionChallenge.$Shape): posrt.channel.v1.SessionChallenge & posrt.channel.v1.SessionChallenge.$Shape;
                static create(properties?: posrt.channel.v1.SessionChallenge.$Properties): posrt.channel.v1.SessionChallenge;

                /**
                 * Encodes the specified SessionChallenge message. Does not implicitly {@link posrt.channel.v1.SessionChallenge.verify|verify} messages.
                 * @param message SessionChallenge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.SessionChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionChallenge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.SessionChallenge & posrt.channel.v1.SessionChallenge.$Shape} SessionChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.SessionChallenge & posrt.channel.v1.SessionChallenge.$Shape;

                /**
                 * Verifies a SessionChallenge message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionChallenge message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionChallenge
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.SessionChallenge;

                /**
                 * Creates a plain object from a SessionChallenge message. Also converts values to other types if specified.
                 * @param message SessionChallenge
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.SessionChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionChallenge to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionChallenge
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionChallenge {

                /** Properties of a SessionChallenge. */
                interface $Properties {

                    /** SessionChallenge nonce */
                    nonce?: (Uint8Array|null);

                    /** SessionChallenge issuedAtMs */
                    issuedAtMs?: (Long|null);

                    /** SessionChallenge expiresAtMs */
                    expiresAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionChallenge. */
                type $Shape = posrt.channel.v1.SessionChallenge.$Properties;
            }

            /**
             * Properties of a SessionProof.
             * @deprecated Use posrt.channel.v1.SessionProof.$Properties instead.
             */
            interface ISessionProof extends posrt.channel.v1.SessionProof.$Properties {
            }

            /** Represents a SessionProof. */
            class SessionProof {

                /**
                 * Constructs a new SessionProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.SessionProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionProof nonce. */
                nonce: Uint8Array;

                /** SessionProof deviceSerial. */
                deviceSerial: string;

                /** SessionProof signedAtMs. */
                signedAtMs: Long;

                /**
                 * Creates a new SessionProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionProof instance
                 */
                static create(properties: posrt.channel.v1.SessionProof.$Shape): posrt.channel.v1.SessionProof & posrt.channel.v1.SessionProof.$Shape;
                static create(properties?: posrt.channel.v1.SessionProof.$Properties): posrt.channel.v1.SessionProof;

                /**
                 * Encodes the specified SessionProof message. Does not implicitly {@link posrt.channel.v1.SessionProof.verify|verify} messages.
                 * @param message SessionProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.SessionProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.SessionProof & posrt.channel.v1.SessionProof.$Shape} SessionProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.SessionProof & posrt.channel.v1.SessionProof.$Shape;

                /**
                 * Verifies a SessionProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionProof
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.SessionProof;

                /**
                 * Creates a plain object from a SessionProof message. Also converts values to other types if specified.
                 * @param message SessionProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.SessionProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionProof {

                /** Properties of a SessionProof. */
                interface $Properties {

                    /** SessionProof nonce */
                    nonce?: (Uint8Array|null);

                    /** SessionProof deviceSerial */
                    deviceSerial?: (string|null);

                    /** SessionProof signedAtMs */
                    signedAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionProof. */
                type $Shape = posrt.channel.v1.SessionProof.$Properties;
            }

            /**
             * Properties of a SessionAccepted.
             * @deprecated Use posrt.channel.v1.SessionAccepted.$Properties instead.
             */
            interface ISessionAccepted extends posrt.channel.v1.SessionAccepted.$Properties {
            }

            /** Represents a SessionAccepted. */
            class SessionAccepted {

                /**
                 * Constructs a new SessionAccepted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.SessionAccepted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionAccepted sessionId. */
                sessionId: string;

                /** SessionAccepted serverTimeMs. */
                serverTimeMs: Long;

                /** SessionAccepted heartbeatIntervalS. */
                heartbeatIntervalS: number;

                /** SessionAccepted currentParameters. */
                currentParameters: posrt.channel.v1.ParameterVersion.$Properties[];

                /**
                 * Creates a new SessionAccepted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionAccepted instance
                 */
                static create(properties: posrt.channel.v1.SessionAccepted.$Shape): posrt.channel.v1.SessionAccepted & posrt.channel.v1.SessionAccepted.$Shape;
                static create(properties?: posrt.channel.v1.SessionAccepted.$Properties): posrt.channel.v1.SessionAccepted;

                /**
                 * Encodes the specified SessionAccepted message. Does not implicitly {@link posrt.channel.v1.SessionAccepted.verify|verify} messages.
                 * @param message SessionAccepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.SessionAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionAccepted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.SessionAccepted & posrt.channel.v1.SessionAccepted.$Shape} SessionAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.SessionAccepted & posrt.channel.v1.SessionAccepted.$Shape;

                /**
                 * Verifies a SessionAccepted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionAccepted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionAccepted
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.SessionAccepted;

                /**
                 * Creates a plain object from a SessionAccepted message. Also converts values to other types if specified.
                 * @param message SessionAccepted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.SessionAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionAccepted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionAccepted
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionAccepted {

                /** Properties of a SessionAccepted. */
                interface $Properties {

                    /** SessionAccepted sessionId */
                    sessionId?: (string|null);

                    /** SessionAccepted serverTimeMs */
                    serverTimeMs?: (Long|null);

                    /** SessionAccepted heartbeatIntervalS */
                    heartbeatIntervalS?: (number|null);

                    /** SessionAccepted currentParameters */
                    currentParameters?: (posrt.channel.v1.ParameterVersion.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionAccepted. */
                type $Shape = posrt.channel.v1.SessionAccepted.$Properties;
            }

            /** DeviceKind enum. */
            enum DeviceKind {

                /** DEVICE_KIND_UNSPECIFIED value */
                DEVICE_KIND_UNSPECIFIED = 0,

                /** DEVICE_KIND_CARD_READER value */
                DEVICE_KIND_CARD_READER = 1,

                /** DEVICE_KIND_PIN_PAD value */
                DEVICE_KIND_PIN_PAD = 2,

                /** DEVICE_KIND_PRINTER value */
                DEVICE_KIND_PRINTER = 3,

                /** DEVICE_KIND_DISPLAY value */
                DEVICE_KIND_DISPLAY = 4,

                /** DEVICE_KIND_SCANNER value */
                DEVICE_KIND_SCANNER = 5,

                /** DEVICE_KIND_MAG_STRIPE value */
                DEVICE_KIND_MAG_STRIPE = 6
            }

            /** DeviceState enum. */
            enum DeviceState {

                /** DEVICE_STATE_UNSPECIFIED value */
                DEVICE_STATE_UNSPECIFIED = 0,

                /** DEVICE_STATE_OK value */
                DEVICE_STATE_OK = 1,

                /** DEVICE_STATE_DEGRADED value */
                DEVICE_STATE_DEGRADED = 2,

                /** DEVICE_STATE_FAILED value */
                DEVICE_STATE_FAILED = 3,

                /** DEVICE_STATE_ABSENT value */
                DEVICE_STATE_ABSENT = 4
            }

            /**
             * Properties of a DeviceStatus.
             * @deprecated Use posrt.channel.v1.DeviceStatus.$Properties instead.
             */
            interface IDeviceStatus extends posrt.channel.v1.DeviceStatus.$Properties {
            }

            /** Represents a DeviceStatus. */
            class DeviceStatus {

                /**
                 * Constructs a new DeviceStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.DeviceStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeviceStatus deviceId. */
                deviceId: string;

                /** DeviceStatus kind. */
                kind: posrt.channel.v1.DeviceKind;

                /** DeviceStatus driver. */
                driver: string;

                /** DeviceStatus serial. */
                serial: string;

                /** DeviceStatus state. */
                state: posrt.channel.v1.DeviceState;

                /** DeviceStatus errorCode. */
                errorCode: string;

                /**
                 * Creates a new DeviceStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeviceStatus instance
                 */
                static create(properties: posrt.channel.v1.DeviceStatus.$Shape): posrt.channel.v1.DeviceStatus & posrt.channel.v1.DeviceStatus.$Shape;
                static create(properties?: posrt.channel.v1.DeviceStatus.$Properties): posrt.channel.v1.DeviceStatus;

                /**
                 * Encodes the specified DeviceStatus message. Does not implicitly {@link posrt.channel.v1.DeviceStatus.verify|verify} messages.
                 * @param message DeviceStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeviceStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.DeviceStatus & posrt.channel.v1.DeviceStatus.$Shape} DeviceStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.DeviceStatus & posrt.channel.v1.DeviceStatus.$Shape;

                /**
                 * Verifies a DeviceStatus message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeviceStatus
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.DeviceStatus;

                /**
                 * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
                 * @param message DeviceStatus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.DeviceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeviceStatus to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeviceStatus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeviceStatus {

                /** Properties of a DeviceStatus. */
                interface $Properties {

                    /** DeviceStatus deviceId */
                    deviceId?: (string|null);

                    /** DeviceStatus kind */
                    kind?: (posrt.channel.v1.DeviceKind|null);

                    /** DeviceStatus driver */
                    driver?: (string|null);

                    /** DeviceStatus serial */
                    serial?: (string|null);

                    /** DeviceStatus state */
                    state?: (posrt.channel.v1.DeviceState|null);

                    /** DeviceStatus errorCode */
                    errorCode?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeviceStatus. */
                type $Shape = posrt.channel.v1.DeviceStatus.$Properties;
            }

            /** PaperState enum. */
            enum PaperState {

                /** PAPER_STATE_UNSPECIFIED value */
                PAPER_STATE_UNSPECIFIED = 0,

                /** PAPER_STATE_OK value */
                PAPER_STATE_OK = 1,

                /** PAPER_STATE_LOW value */
                PAPER_STATE_LOW = 2,

                /** PAPER_STATE_OUT value */
                PAPER_STATE_OUT = 3,

                /** PAPER_STATE_UNKNOWN value */
                PAPER_STATE_UNKNOWN = 4
            }

            /**
             * Properties of a Battery.
             * @deprecated Use posrt.channel.v1.Battery.$Properties instead.
             */
            interface IBattery extends posrt.channel.v1.Battery.$Properties {
            }

            /** Represents a Battery. */
            class Battery {

                /**
                 * Constructs a new Battery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Battery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Battery present. */
                present: boolean;

                /** Battery percent. */
                percent: number;

                /** Battery charging. */
                charging: boolean;

                /** Battery externalPower. */
                externalPower: boolean;

                /**
                 * Creates a new Battery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Battery instance
                 */
                static create(properties: posrt.channel.v1.Battery.$Shape): posrt.channel.v1.Battery & posrt.channel.v1.Battery.$Shape;
                static create(properties?: posrt.channel.v1.Battery.$Properties): posrt.channel.v1.Battery;

                /**
                 * Encodes the specified Battery message. Does not implicitly {@link posrt.channel.v1.Battery.verify|verify} messages.
                 * @param message Battery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Battery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Battery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Battery & posrt.channel.v1.Battery.$Shape} Battery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Battery & posrt.channel.v1.Battery.$Shape;

                /**
                 * Verifies a Battery message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Battery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Battery
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Battery;

                /**
                 * Creates a plain object from a Battery message. Also converts values to other types if specified.
                 * @param message Battery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Battery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Battery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Battery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Battery {

                /** Properties of a Battery. */
                interface $Properties {

                    /** Battery present */
                    present?: (boolean|null);

                    /** Battery percent */
                    percent?: (number|null);

                    /** Battery charging */
                    charging?: (boolean|null);

                    /** Battery externalPower */
                    externalPower?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Battery. */
                type $Shape = posrt.channel.v1.Battery.$Properties;
            }

            /** NetworkKind enum. */
            enum NetworkKind {

                /** NETWORK_KIND_UNSPECIFIED value */
                NETWORK_KIND_UNSPECIFIED = 0,

                /** NETWORK_KIND_ETHERNET value */
                NETWORK_KIND_ETHERNET = 1,

                /** NETWORK_KIND_WIFI value */
                NETWORK_KIND_WIFI = 2,

                /** NETWORK_KIND_CELLULAR value */
                NETWORK_KIND_CELLULAR = 3
            }

            /**
             * Properties of a Network.
             * @deprecated Use posrt.channel.v1.Network.$Properties instead.
             */
            interface INetwork extends posrt.channel.v1.Network.$Properties {
            }

            /** Represents a Network. */
            class Network {

                /**
                 * Constructs a new Network.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Network.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Network kind. */
                kind: posrt.channel.v1.NetworkKind;

                /** Network signalDbm. */
                signalDbm: number;

                /** Network carrier. */
                carrier: string;

                /** Network lastRoundTripMs. */
                lastRoundTripMs: number;

                /**
                 * Creates a new Network instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Network instance
                 */
                static create(properties: posrt.channel.v1.Network.$Shape): posrt.channel.v1.Network & posrt.channel.v1.Network.$Shape;
                static create(properties?: posrt.channel.v1.Network.$Properties): posrt.channel.v1.Network;

                /**
                 * Encodes the specified Network message. Does not implicitly {@link posrt.channel.v1.Network.verify|verify} messages.
                 * @param message Network message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Network.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Network message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Network & posrt.channel.v1.Network.$Shape} Network
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Network & posrt.channel.v1.Network.$Shape;

                /**
                 * Verifies a Network message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Network message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Network
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Network;

                /**
                 * Creates a plain object from a Network message. Also converts values to other types if specified.
                 * @param message Network
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Network, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Network to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Network
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Network {

                /** Properties of a Network. */
                interface $Properties {

                    /** Network kind */
                    kind?: (posrt.channel.v1.NetworkKind|null);

                    /** Network signalDbm */
                    signalDbm?: (number|null);

                    /** Network carrier */
                    carrier?: (string|null);

                    /** Network lastRoundTripMs */
                    lastRoundTripMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Network. */
                type $Shape = posrt.channel.v1.Network.$Properties;
            }

            /**
             * Properties of a Counters.
             * @deprecated Use posrt.channel.v1.Counters.$Properties instead.
             */
            interface ICounters extends posrt.channel.v1.Counters.$Properties {
            }

            /** Represents a Counters. */
            class Counters {

                /**
                 * Constructs a new Counters.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Counters.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Counters sinceMs. */
                sinceMs: Long;

                /** Counters approvals. */
                approvals: Long;

                /** Counters declines. */
                declines: Long;

                /** Counters errors. */
                errors: Long;

                /**
                 * Creates a new Counters instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Counters instance
                 */
                static create(properties: posrt.channel.v1.Counters.$Shape): posrt.channel.v1.Counters & posrt.channel.v1.Counters.$Shape;
                static create(properties?: posrt.channel.v1.Counters.$Properties): posrt.channel.v1.Counters;

                /**
                 * Encodes the specified Counters message. Does not implicitly {@link posrt.channel.v1.Counters.verify|verify} messages.
                 * @param message Counters message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Counters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Counters message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Counters & posrt.channel.v1.Counters.$Shape} Counters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Counters & posrt.channel.v1.Counters.$Shape;

                /**
                 * Verifies a Counters message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Counters message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Counters
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Counters;

                /**
                 * Creates a plain object from a Counters message. Also converts values to other types if specified.
                 * @param message Counters
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Counters, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Counters to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Counters
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Counters {

                /** Properties of a Counters. */
                interface $Properties {

                    /** Counters sinceMs */
                    sinceMs?: (Long|null);

                    /** Counters approvals */
                    approvals?: (Long|null);

                    /** Counters declines */
                    declines?: (Long|null);

                    /** Counters errors */
                    errors?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Counters. */
                type $Shape = posrt.channel.v1.Counters.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use posrt.channel.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends posrt.channel.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat uptimeS. */
                uptimeS: Long;

                /** Heartbeat devices. */
                devices: posrt.channel.v1.DeviceStatus.$Properties[];

                /** Heartbeat paper. */
                paper: posrt.channel.v1.PaperState;

                /** Heartbeat battery. */
                battery?: (posrt.channel.v1.Battery.$Properties|null);

                /** Heartbeat network. */
                network?: (posrt.channel.v1.Network.$Properties|null);

                /** Heartbeat counters. */
                counters?: (posrt.channel.v1.Counters.$Properties|null);

                /** Heartbeat parameters. */
                parameters: posrt.channel.v1.ParameterVersion.$Properties[];

                /** Heartbeat operatorId. */
                operatorId: string;

                /** Heartbeat locked. */
                locked: boolean;

                /** Heartbeat outboxDepth. */
                outboxDepth: number;

                /** Heartbeat firmwareVersion. */
                firmwareVersion: string;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: posrt.channel.v1.Heartbeat.$Shape): posrt.channel.v1.Heartbeat & posrt.channel.v1.Heartbeat.$Shape;
                static create(properties?: posrt.channel.v1.Heartbeat.$Properties): posrt.channel.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link posrt.channel.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Heartbeat & posrt.channel.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Heartbeat & posrt.channel.v1.Heartbeat.$Shape;

                /**
                 * Verifies a Heartbeat message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat uptimeS */
                    uptimeS?: (Long|null);

                    /** Heartbeat devices */
                    devices?: (posrt.channel.v1.DeviceStatus.$Properties[]|null);

                    /** Heartbeat paper */
                    paper?: (posrt.channel.v1.PaperState|null);

                    /** Heartbeat battery */
                    battery?: (posrt.channel.v1.Battery.$Properties|null);

                    /** Heartbeat network */
                    network?: (posrt.channel.v1.Network.$Properties|null);

                    /** Heartbeat counters */
                    counters?: (posrt.channel.v1.Counters.$Properties|null);

                    /** Heartbeat parameters */
                    parameters?: (posrt.channel.v1.ParameterVersion.$Properties[]|null);

                    /** Heartbeat operatorId */
                    operatorId?: (string|null);

                    /** Heartbeat locked */
                    locked?: (boolean|null);

                    /** Heartbeat outboxDepth */
                    outboxDepth?: (number|null);

                    /** Heartbeat firmwareVersion */
                    firmwareVersion?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = posrt.channel.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a ParameterRequest.
             * @deprecated Use posrt.channel.v1.ParameterRequest.$Properties instead.
             */
            interface IParameterRequest extends posrt.channel.v1.ParameterRequest.$Properties {
            }

            /** Represents a ParameterRequest. */
            class ParameterRequest {

                /**
                 * Constructs a new ParameterRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ParameterRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ParameterRequest held. */
                held: posrt.channel.v1.ParameterVersion.$Properties[];

                /** ParameterRequest kinds. */
                kinds: posrt.channel.v1.ParameterKind[];

                /**
                 * Creates a new ParameterRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParameterRequest instance
                 */
                static create(properties: posrt.channel.v1.ParameterRequest.$Shape): posrt.channel.v1.ParameterRequest & posrt.channel.v1.ParameterRequest.$Shape;
                static create(properties?: posrt.channel.v1.ParameterRequest.$Properties): posrt.channel.v1.ParameterRequest;

                /**
                 * Encodes the specified ParameterRequest message. Does not implicitly {@link posrt.channel.v1.ParameterRequest.verify|verify} messages.
                 * @param message ParameterRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ParameterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParameterRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ParameterRequest & posrt.channel.v1.ParameterRequest.$Shape} ParameterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ParameterRequest & posrt.channel.v1.ParameterRequest.$Shape;

                /**
                 * Verifies a ParameterRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ParameterRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ParameterRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ParameterRequest;

                /**
                 * Creates a plain object from a ParameterRequest message. Also converts values to other types if specified.
                 * @param message ParameterRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ParameterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ParameterRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ParameterRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ParameterRequest {

                /** Properties of a ParameterRequest. */
                interface $Properties {

                    /** ParameterRequest held */
                    held?: (posrt.channel.v1.ParameterVersion.$Properties[]|null);

                    /** ParameterRequest kinds */
                    kinds?: (posrt.channel.v1.ParameterKind[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ParameterRequest. */
                type $Shape = posrt.channel.v1.ParameterRequest.$Properties;
            }

            /**
             * Properties of a ParameterDownload.
             * @deprecated Use posrt.channel.v1.ParameterDownload.$Properties instead.
             */
            interface IParameterDownload extends posrt.channel.v1.ParameterDownload.$Properties {
            }

            /** Represents a ParameterDownload. */
            class ParameterDownload {

                /**
                 * Constructs a new ParameterDownload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ParameterDownload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ParameterDownload sets. */
                sets: posrt.channel.v1.Signed.$Properties[];

                /**
                 * Creates a new ParameterDownload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParameterDownload instance
                 */
                static create(properties: posrt.channel.v1.ParameterDownload.$Shape): posrt.channel.v1.ParameterDownload & posrt.channel.v1.ParameterDownload.$Shape;
                static create(properties?: posrt.channel.v1.ParameterDownload.$Properties): posrt.channel.v1.ParameterDownload;

                /**
                 * Encodes the specified ParameterDownload message. Does not implicitly {@link posrt.channel.v1.ParameterDownload.verify|verify} messages.
                 * @param message ParameterDownload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ParameterDownload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParameterDownload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ParameterDownload & posrt.channel.v1.ParameterDownload.$Shape} ParameterDownload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ParameterDownload & posrt.channel.v1.ParameterDownload.$Shape;

                /**
                 * Verifies a ParameterDownload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ParameterDownload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ParameterDownload
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ParameterDownload;

                /**
                 * Creates a plain object from a ParameterDownload message. Also converts values to other types if specified.
                 * @param message ParameterDownload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ParameterDownload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ParameterDownload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ParameterDownload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ParameterDownload {

                /** Properties of a ParameterDownload. */
                interface $Properties {

                    /** ParameterDownload sets */
                    sets?: (posrt.channel.v1.Signed.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ParameterDownload. */
                type $Shape = posrt.channel.v1.ParameterDownload.$Properties;
            }

            /**
             * Properties of a ParameterSetHeader.
             * @deprecated Use posrt.channel.v1.ParameterSetHeader.$Properties instead.
             */
            interface IParameterSetHeader extends posrt.channel.v1.ParameterSetHeader.$Properties {
            }

            /** Represents a ParameterSetHeader. */
            class ParameterSetHeader {

                /**
                 * Constructs a new ParameterSetHeader.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ParameterSetHeader.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ParameterSetHeader version. */
                version: Long;

                /** ParameterSetHeader deviceSerial. */
                deviceSerial: string;

                /** ParameterSetHeader issuedAtMs. */
                issuedAtMs: Long;

                /**
                 * Creates a new ParameterSetHeader instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParameterSetHeader instance
                 */
                static create(properties: posrt.channel.v1.ParameterSetHeader.$Shape): posrt.channel.v1.ParameterSetHeader & posrt.channel.v1.ParameterSetHeader.$Shape;
                static create(properties?: posrt.channel.v1.ParameterSetHeader.$Properties): posrt.channel.v1.ParameterSetHeader;

                /**
                 * Encodes the specified ParameterSetHeader message. Does not implicitly {@link posrt.channel.v1.ParameterSetHeader.verify|verify} messages.
                 * @param message ParameterSetHeader message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ParameterSetHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParameterSetHeader message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ParameterSetHeader & posrt.channel.v1.ParameterSetHeader.$Shape} ParameterSetHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ParameterSetHeader & posrt.channel.v1.ParameterSetHeader.$Shape;

                /**
                 * Verifies a ParameterSetHeader message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ParameterSetHeader message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ParameterSetHeader
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ParameterSetHeader;

                /**
                 * Creates a plain object from a ParameterSetHeader message. Also converts values to other types if specified.
                 * @param message ParameterSetHeader
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ParameterSetHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ParameterSetHeader to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ParameterSetHeader
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ParameterSetHeader {

                /** Properties of a ParameterSetHeader. */
                interface $Properties {

                    /** ParameterSetHeader version */
                    version?: (Long|null);

                    /** ParameterSetHeader deviceSerial */
                    deviceSerial?: (string|null);

                    /** ParameterSetHeader issuedAtMs */
                    issuedAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ParameterSetHeader. */
                type $Shape = posrt.channel.v1.ParameterSetHeader.$Properties;
            }

            /**
             * Properties of a TerminalParameters.
             * @deprecated Use posrt.channel.v1.TerminalParameters.$Properties instead.
             */
            interface ITerminalParameters extends posrt.channel.v1.TerminalParameters.$Properties {
            }

            /** Represents a TerminalParameters. */
            class TerminalParameters {

                /**
                 * Constructs a new TerminalParameters.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.TerminalParameters.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TerminalParameters header. */
                header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                /** TerminalParameters terminalType. */
                terminalType: number;

                /** TerminalParameters capabilities. */
                capabilities: Uint8Array;

                /** TerminalParameters additionalCapabilities. */
                additionalCapabilities: Uint8Array;

                /** TerminalParameters countryCode. */
                countryCode: string;

                /** TerminalParameters currencyCode. */
                currencyCode: string;

                /** TerminalParameters currencyExponent. */
                currencyExponent: number;

                /** TerminalParameters terminalId. */
                terminalId: string;

                /** TerminalParameters merchantId. */
                merchantId: string;

                /** TerminalParameters merchantCategoryCode. */
                merchantCategoryCode: string;

                /** TerminalParameters alwaysPerformRiskManagement. */
                alwaysPerformRiskManagement: boolean;

                /** TerminalParameters operatorIdleLogoutMin. */
                operatorIdleLogoutMin: number;

                /** TerminalParameters operatorMaxFailedLogins. */
                operatorMaxFailedLogins: number;

                /**
                 * Creates a new TerminalParameters instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TerminalParameters instance
                 */
                static create(properties: posrt.channel.v1.TerminalParameters.$Shape): posrt.channel.v1.TerminalParameters & posrt.channel.v1.TerminalParameters.$Shape;
                static create(properties?: posrt.channel.v1.TerminalParameters.$Properties): posrt.channel.v1.TerminalParameters;

                /**
                 * Encodes the specified TerminalParameters message. Does not implicitly {@link posrt.channel.v1.TerminalParameters.verify|verify} messages.
                 * @param message TerminalParameters message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.TerminalParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TerminalParameters message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.TerminalParameters & posrt.channel.v1.TerminalParameters.$Shape} TerminalParameters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.TerminalParameters & posrt.channel.v1.TerminalParameters.$Shape;

                /**
                 * Verifies a TerminalParameters message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TerminalParameters message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TerminalParameters
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.TerminalParameters;

                /**
                 * Creates a plain object from a TerminalParameters message. Also converts values to other types if specified.
                 * @param message TerminalParameters
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.TerminalParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TerminalParameters to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TerminalParameters
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TerminalParameters {

                /** Properties of a TerminalParameters. */
                interface $Properties {

                    /** TerminalParameters header */
                    header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                    /** TerminalParameters terminalType */
                    terminalType?: (number|null);

                    /** TerminalParameters capabilities */
                    capabilities?: (Uint8Array|null);

                    /** TerminalParameters additionalCapabilities */
                    additionalCapabilities?: (Uint8Array|null);

                    /** TerminalParameters countryCode */
                    countryCode?: (string|null);

                    /** TerminalParameters currencyCode */
                    currencyCode?: (string|null);

                    /** TerminalParameters currencyExponent */
                    currencyExponent?: (number|null);

                    /** TerminalParameters terminalId */
                    terminalId?: (string|null);

                    /** TerminalParameters merchantId */
                    merchantId?: (string|null);

                    /** TerminalParameters merchantCategoryCode */
                    merchantCategoryCode?: (string|null);

                    /** TerminalParameters alwaysPerformRiskManagement */
                    alwaysPerformRiskManagement?: (boolean|null);

                    /** TerminalParameters operatorIdleLogoutMin */
                    operatorIdleLogoutMin?: (number|null);

                    /** TerminalParameters operatorMaxFailedLogins */
                    operatorMaxFailedLogins?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TerminalParameters. */
                type $Shape = posrt.channel.v1.TerminalParameters.$Properties;
            }

            /**
             * Properties of a RandomSelection.
             * @deprecated Use posrt.channel.v1.RandomSelection.$Properties instead.
             */
            interface IRandomSelection extends posrt.channel.v1.RandomSelection.$Properties {
            }

            /** Represents a RandomSelection. */
            class RandomSelection {

                /**
                 * Constructs a new RandomSelection.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.RandomSelection.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RandomSelection targetPercent. */
                targetPercent: number;

                /** RandomSelection maxTargetPercent. */
                maxTargetPercent: number;

                /** RandomSelection thresholdMinorUnits. */
                thresholdMinorUnits: Long;

                /**
                 * Creates a new RandomSelection instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RandomSelection instance
                 */
                static create(properties: posrt.channel.v1.RandomSelection.$Shape): posrt.channel.v1.RandomSelection & posrt.channel.v1.RandomSelection.$Shape;
                static create(properties?: posrt.channel.v1.RandomSelection.$Properties): posrt.channel.v1.RandomSelection;

                /**
                 * Encodes the specified RandomSelection message. Does not implicitly {@link posrt.channel.v1.RandomSelection.verify|verify} messages.
                 * @param message RandomSelection message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.RandomSelection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RandomSelection message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.RandomSelection & posrt.channel.v1.RandomSelection.$Shape} RandomSelection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.RandomSelection & posrt.channel.v1.RandomSelection.$Shape;

                /**
                 * Verifies a RandomSelection message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RandomSelection message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RandomSelection
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.RandomSelection;

                /**
                 * Creates a plain object from a RandomSelection message. Also converts values to other types if specified.
                 * @param message RandomSelection
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.RandomSelection, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RandomSelection to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RandomSelection
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RandomSelection {

                /** Properties of a RandomSelection. */
                interface $Properties {

                    /** RandomSelection targetPercent */
                    targetPercent?: (number|null);

                    /** RandomSelection maxTargetPercent */
                    maxTargetPercent?: (number|null);

                    /** RandomSelection thresholdMinorUnits */
                    thresholdMinorUnits?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RandomSelection. */
                type $Shape = posrt.channel.v1.RandomSelection.$Properties;
            }

            /**
             * Properties of an AidEntry.
             * @deprecated Use posrt.channel.v1.AidEntry.$Properties instead.
             */
            interface IAidEntry extends posrt.channel.v1.AidEntry.$Properties {
            }

            /** Represents an AidEntry. */
            class AidEntry {

                /**
                 * Constructs a new AidEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AidEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AidEntry aid. */
                aid: Uint8Array;

                /** AidEntry label. */
                label: string;

                /** AidEntry partialSelection. */
                partialSelection: boolean;

                /** AidEntry applicationVersion. */
                applicationVersion: Uint8Array;

                /** AidEntry floorLimitMinorUnits. */
                floorLimitMinorUnits: Long;

                /** AidEntry tacDenial. */
                tacDenial: Uint8Array;

                /** AidEntry tacOnline. */
                tacOnline: Uint8Array;

                /** AidEntry tacDefault. */
                tacDefault: Uint8Array;

                /** AidEntry defaultDdol. */
                defaultDdol: Uint8Array;

                /** AidEntry defaultTdol. */
                defaultTdol: Uint8Array;

                /** AidEntry randomSelection. */
                randomSelection?: (posrt.channel.v1.RandomSelection.$Properties|null);

                /** AidEntry transactionLimitMinorUnits. */
                transactionLimitMinorUnits: Long;

                /**
                 * Creates a new AidEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AidEntry instance
                 */
                static create(properties: posrt.channel.v1.AidEntry.$Shape): posrt.channel.v1.AidEntry & posrt.channel.v1.AidEntry.$Shape;
                static create(properties?: posrt.channel.v1.AidEntry.$Properties): posrt.channel.v1.AidEntry;

                /**
                 * Encodes the specified AidEntry message. Does not implicitly {@link posrt.channel.v1.AidEntry.verify|verify} messages.
                 * @param message AidEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AidEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AidEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AidEntry & posrt.channel.v1.AidEntry.$Shape} AidEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AidEntry & posrt.channel.v1.AidEntry.$Shape;

                /**
                 * Verifies an AidEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AidEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AidEntry
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AidEntry;

                /**
                 * Creates a plain object from an AidEntry message. Also converts values to other types if specified.
                 * @param message AidEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AidEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AidEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AidEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AidEntry {

                /** Properties of an AidEntry. */
                interface $Properties {

                    /** AidEntry aid */
                    aid?: (Uint8Array|null);

                    /** AidEntry label */
                    label?: (string|null);

                    /** AidEntry partialSelection */
                    partialSelection?: (boolean|null);

                    /** AidEntry applicationVersion */
                    applicationVersion?: (Uint8Array|null);

                    /** AidEntry floorLimitMinorUnits */
                    floorLimitMinorUnits?: (Long|null);

                    /** AidEntry tacDenial */
                    tacDenial?: (Uint8Array|null);

                    /** AidEntry tacOnline */
                    tacOnline?: (Uint8Array|null);

                    /** AidEntry tacDefault */
                    tacDefault?: (Uint8Array|null);

                    /** AidEntry defaultDdol */
                    defaultDdol?: (Uint8Array|null);

                    /** AidEntry defaultTdol */
                    defaultTdol?: (Uint8Array|null);

                    /** AidEntry randomSelection */
                    randomSelection?: (posrt.channel.v1.RandomSelection.$Properties|null);

                    /** AidEntry transactionLimitMinorUnits */
                    transactionLimitMinorUnits?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AidEntry. */
                type $Shape = posrt.channel.v1.AidEntry.$Properties;
            }

            /**
             * Properties of an AidTable.
             * @deprecated Use posrt.channel.v1.AidTable.$Properties instead.
             */
            interface IAidTable extends posrt.channel.v1.AidTable.$Properties {
            }

            /** Represents an AidTable. */
            class AidTable {

                /**
                 * Constructs a new AidTable.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.AidTable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AidTable header. */
                header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                /** AidTable aids. */
                aids: posrt.channel.v1.AidEntry.$Properties[];

                /**
                 * Creates a new AidTable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AidTable instance
                 */
                static create(properties: posrt.channel.v1.AidTable.$Shape): posrt.channel.v1.AidTable & posrt.channel.v1.AidTable.$Shape;
                static create(properties?: posrt.channel.v1.AidTable.$Properties): posrt.channel.v1.AidTable;

                /**
                 * Encodes the specified AidTable message. Does not implicitly {@link posrt.channel.v1.AidTable.verify|verify} messages.
                 * @param message AidTable message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.AidTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AidTable message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.AidTable & posrt.channel.v1.AidTable.$Shape} AidTable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.AidTable & posrt.channel.v1.AidTable.$Shape;

                /**
                 * Verifies an AidTable message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AidTable message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AidTable
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.AidTable;

                /**
                 * Creates a plain object from an AidTable message. Also converts values to other types if specified.
                 * @param message AidTable
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.AidTable, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AidTable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AidTable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AidTable {

                /** Properties of an AidTable. */
                interface $Properties {

                    /** AidTable header */
                    header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                    /** AidTable aids */
                    aids?: (posrt.channel.v1.AidEntry.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AidTable. */
                type $Shape = posrt.channel.v1.AidTable.$Properties;
            }

            /**
             * Properties of a ContactlessCombination.
             * @deprecated Use posrt.channel.v1.ContactlessCombination.$Properties instead.
             */
            interface IContactlessCombination extends posrt.channel.v1.ContactlessCombination.$Properties {
            }

            /** Represents a ContactlessCombination. */
            class ContactlessCombination {

                /**
                 * Constructs a new ContactlessCombination.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ContactlessCombination.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContactlessCombination aid. */
                aid: Uint8Array;

                /** ContactlessCombination kernelId. */
                kernelId: number;

                /** ContactlessCombination partialSelection. */
                partialSelection: boolean;

                /** ContactlessCombination transactionLimitMinorUnits. */
                transactionLimitMinorUnits: Long;

                /** ContactlessCombination floorLimitMinorUnits. */
                floorLimitMinorUnits: Long;

                /** ContactlessCombination cvmRequiredLimitMinorUnits. */
                cvmRequiredLimitMinorUnits: Long;

                /** ContactlessCombination statusCheck. */
                statusCheck: boolean;

                /** ContactlessCombination zeroAmountAllowed. */
                zeroAmountAllowed: boolean;

                /** ContactlessCombination ttq. */
                ttq: Uint8Array;

                /** ContactlessCombination extendedSelection. */
                extendedSelection: boolean;

                /** ContactlessCombination terminalData. */
                terminalData: posrt.channel.v1.TlvValue.$Properties[];

                /** ContactlessCombination kernelData. */
                kernelData: posrt.channel.v1.TlvValue.$Properties[];

                /**
                 * Creates a new ContactlessCombination instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContactlessCombination instance
                 */
                static create(properties: posrt.channel.v1.ContactlessCombination.$Shape): posrt.channel.v1.ContactlessCombination & posrt.channel.v1.ContactlessCombination.$Shape;
                static create(properties?: posrt.channel.v1.ContactlessCombination.$Properties): posrt.channel.v1.ContactlessCombination;

                /**
                 * Encodes the specified ContactlessCombination message. Does not implicitly {@link posrt.channel.v1.ContactlessCombination.verify|verify} messages.
                 * @param message ContactlessCombination message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ContactlessCombination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContactlessCombination message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ContactlessCombination & posrt.channel.v1.ContactlessCombination.$Shape} ContactlessCombination
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ContactlessCombination & posrt.channel.v1.ContactlessCombination.$Shape;

                /**
                 * Verifies a ContactlessCombination message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContactlessCombination message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContactlessCombination
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ContactlessCombination;

                /**
                 * Creates a plain object from a ContactlessCombination message. Also converts values to other types if specified.
                 * @param message ContactlessCombination
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ContactlessCombination, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContactlessCombination to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContactlessCombination
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContactlessCombination {

                /** Properties of a ContactlessCombination. */
                interface $Properties {

                    /** ContactlessCombination aid */
                    aid?: (Uint8Array|null);

                    /** ContactlessCombination kernelId */
                    kernelId?: (number|null);

                    /** ContactlessCombination partialSelection */
                    partialSelection?: (boolean|null);

                    /** ContactlessCombination transactionLimitMinorUnits */
                    transactionLimitMinorUnits?: (Long|null);

                    /** ContactlessCombination floorLimitMinorUnits */
                    floorLimitMinorUnits?: (Long|null);

                    /** ContactlessCombination cvmRequiredLimitMinorUnits */
                    cvmRequiredLimitMinorUnits?: (Long|null);

                    /** ContactlessCombination statusCheck */
                    statusCheck?: (boolean|null);

                    /** ContactlessCombination zeroAmountAllowed */
                    zeroAmountAllowed?: (boolean|null);

                    /** ContactlessCombination ttq */
                    ttq?: (Uint8Array|null);

                    /** ContactlessCombination extendedSelection */
                    extendedSelection?: (boolean|null);

                    /** ContactlessCombination terminalData */
                    terminalData?: (posrt.channel.v1.TlvValue.$Properties[]|null);

                    /** ContactlessCombination kernelData */
                    kernelData?: (posrt.channel.v1.TlvValue.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContactlessCombination. */
                type $Shape = posrt.channel.v1.ContactlessCombination.$Properties;
            }

            /**
             * Properties of a ContactlessTable.
             * @deprecated Use posrt.channel.v1.ContactlessTable.$Properties instead.
             */
            interface IContactlessTable extends posrt.channel.v1.ContactlessTable.$Properties {
            }

            /** Represents a ContactlessTable. */
            class ContactlessTable {

                /**
                 * Constructs a new ContactlessTable.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ContactlessTable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContactlessTable header. */
                header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                /** ContactlessTable combinations. */
                combinations: posrt.channel.v1.ContactlessCombination.$Properties[];

                /**
                 * Creates a new ContactlessTable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContactlessTable instance
                 */
                static create(properties: posrt.channel.v1.ContactlessTable.$Shape): posrt.channel.v1.ContactlessTable & posrt.channel.v1.ContactlessTable.$Shape;
                static create(properties?: posrt.channel.v1.ContactlessTable.$Properties): posrt.channel.v1.ContactlessTable;

                /**
                 * Encodes the specified ContactlessTable message. Does not implicitly {@link posrt.channel.v1.ContactlessTable.verify|verify} messages.
                 * @param message ContactlessTable message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ContactlessTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContactlessTable message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ContactlessTable & posrt.channel.v1.ContactlessTable.$Shape} ContactlessTable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ContactlessTable & posrt.channel.v1.ContactlessTable.$Shape;

                /**
                 * Verifies a ContactlessTable message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContactlessTable message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContactlessTable
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ContactlessTable;

                /**
                 * Creates a plain object from a ContactlessTable message. Also converts values to other types if specified.
                 * @param message ContactlessTable
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ContactlessTable, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContactlessTable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContactlessTable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContactlessTable {

                /** Properties of a ContactlessTable. */
                interface $Properties {

                    /** ContactlessTable header */
                    header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                    /** ContactlessTable combinations */
                    combinations?: (posrt.channel.v1.ContactlessCombination.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContactlessTable. */
                type $Shape = posrt.channel.v1.ContactlessTable.$Properties;
            }

            /**
             * Properties of a CaPublicKey.
             * @deprecated Use posrt.channel.v1.CaPublicKey.$Properties instead.
             */
            interface ICaPublicKey extends posrt.channel.v1.CaPublicKey.$Properties {
            }

            /** Represents a CaPublicKey. */
            class CaPublicKey {

                /**
                 * Constructs a new CaPublicKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.CaPublicKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CaPublicKey rid. */
                rid: Uint8Array;

                /** CaPublicKey index. */
                index: number;

                /** CaPublicKey modulus. */
                modulus: Uint8Array;

                /** CaPublicKey exponent. */
                exponent: Uint8Array;

                /** CaPublicKey expiry. */
                expiry: string;

                /** CaPublicKey checksum. */
                checksum: Uint8Array;

                /**
                 * Creates a new CaPublicKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CaPublicKey instance
                 */
                static create(properties: posrt.channel.v1.CaPublicKey.$Shape): posrt.channel.v1.CaPublicKey & posrt.channel.v1.CaPublicKey.$Shape;
                static create(properties?: posrt.channel.v1.CaPublicKey.$Properties): posrt.channel.v1.CaPublicKey;

                /**
                 * Encodes the specified CaPublicKey message. Does not implicitly {@link posrt.channel.v1.CaPublicKey.verify|verify} messages.
                 * @param message CaPublicKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.CaPublicKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CaPublicKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.CaPublicKey & posrt.channel.v1.CaPublicKey.$Shape} CaPublicKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.CaPublicKey & posrt.channel.v1.CaPublicKey.$Shape;

                /**
                 * Verifies a CaPublicKey message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CaPublicKey message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CaPublicKey
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.CaPublicKey;

                /**
                 * Creates a plain object from a CaPublicKey message. Also converts values to other types if specified.
                 * @param message CaPublicKey
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.CaPublicKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CaPublicKey to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CaPublicKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CaPublicKey {

                /** Properties of a CaPublicKey. */
                interface $Properties {

                    /** CaPublicKey rid */
                    rid?: (Uint8Array|null);

                    /** CaPublicKey index */
                    index?: (number|null);

                    /** CaPublicKey modulus */
                    modulus?: (Uint8Array|null);

                    /** CaPublicKey exponent */
                    exponent?: (Uint8Array|null);

                    /** CaPublicKey expiry */
                    expiry?: (string|null);

                    /** CaPublicKey checksum */
                    checksum?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CaPublicKey. */
                type $Shape = posrt.channel.v1.CaPublicKey.$Properties;
            }

            /**
             * Properties of a RevokedCertificate.
             * @deprecated Use posrt.channel.v1.RevokedCertificate.$Properties instead.
             */
            interface IRevokedCertificate extends posrt.channel.v1.RevokedCertificate.$Properties {
            }

            /** Represents a RevokedCertificate. */
            class RevokedCertificate {

                /**
                 * Constructs a new RevokedCertificate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.RevokedCertificate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevokedCertificate rid. */
                rid: Uint8Array;

                /** RevokedCertificate caIndex. */
                caIndex: number;

                /** RevokedCertificate certificateSerial. */
                certificateSerial: Uint8Array;

                /**
                 * Creates a new RevokedCertificate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokedCertificate instance
                 */
                static create(properties: posrt.channel.v1.RevokedCertificate.$Shape): posrt.channel.v1.RevokedCertificate & posrt.channel.v1.RevokedCertificate.$Shape;
                static create(properties?: posrt.channel.v1.RevokedCertificate.$Properties): posrt.channel.v1.RevokedCertificate;

                /**
                 * Encodes the specified RevokedCertificate message. Does not implicitly {@link posrt.channel.v1.RevokedCertificate.verify|verify} messages.
                 * @param message RevokedCertificate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.RevokedCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokedCertificate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.RevokedCertificate & posrt.channel.v1.RevokedCertificate.$Shape} RevokedCertificate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.RevokedCertificate & posrt.channel.v1.RevokedCertificate.$Shape;

                /**
                 * Verifies a RevokedCertificate message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokedCertificate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokedCertificate
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.RevokedCertificate;

                /**
                 * Creates a plain object from a RevokedCertificate message. Also converts values to other types if specified.
                 * @param message RevokedCertificate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.RevokedCertificate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokedCertificate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RevokedCertificate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokedCertificate {

                /** Properties of a RevokedCertificate. */
                interface $Properties {

                    /** RevokedCertificate rid */
                    rid?: (Uint8Array|null);

                    /** RevokedCertificate caIndex */
                    caIndex?: (number|null);

                    /** RevokedCertificate certificateSerial */
                    certificateSerial?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokedCertificate. */
                type $Shape = posrt.channel.v1.RevokedCertificate.$Properties;
            }

            /**
             * Properties of a CaPublicKeyTable.
             * @deprecated Use posrt.channel.v1.CaPublicKeyTable.$Properties instead.
             */
            interface ICaPublicKeyTable extends posrt.channel.v1.CaPublicKeyTable.$Properties {
            }

            /** Represents a CaPublicKeyTable. */
            class CaPublicKeyTable {

                /**
                 * Constructs a new CaPublicKeyTable.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.CaPublicKeyTable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CaPublicKeyTable header. */
                header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                /** CaPublicKeyTable keys. */
                keys: posrt.channel.v1.CaPublicKey.$Properties[];

                /** CaPublicKeyTable revocations. */
                revocations: posrt.channel.v1.RevokedCertificate.$Properties[];

                /**
                 * Creates a new CaPublicKeyTable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CaPublicKeyTable instance
                 */
                static create(properties: posrt.channel.v1.CaPublicKeyTable.$Shape): posrt.channel.v1.CaPublicKeyTable & posrt.channel.v1.CaPublicKeyTable.$Shape;
                static create(properties?: posrt.channel.v1.CaPublicKeyTable.$Properties): posrt.channel.v1.CaPublicKeyTable;

                /**
                 * Encodes the specified CaPublicKeyTable message. Does not implicitly {@link posrt.channel.v1.CaPublicKeyTable.verify|verify} messages.
                 * @param message CaPublicKeyTable message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.CaPublicKeyTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CaPublicKeyTable message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.CaPublicKeyTable & posrt.channel.v1.CaPublicKeyTable.$Shape} CaPublicKeyTable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.CaPublicKeyTable & posrt.channel.v1.CaPublicKeyTable.$Shape;

                /**
                 * Verifies a CaPublicKeyTable message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CaPublicKeyTable message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CaPublicKeyTable
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.CaPublicKeyTable;

                /**
                 * Creates a plain object from a CaPublicKeyTable message. Also converts values to other types if specified.
                 * @param message CaPublicKeyTable
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.CaPublicKeyTable, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CaPublicKeyTable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CaPublicKeyTable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CaPublicKeyTable {

                /** Properties of a CaPublicKeyTable. */
                interface $Properties {

                    /** CaPublicKeyTable header */
                    header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                    /** CaPublicKeyTable keys */
                    keys?: (posrt.channel.v1.CaPublicKey.$Properties[]|null);

                    /** CaPublicKeyTable revocations */
                    revocations?: (posrt.channel.v1.RevokedCertificate.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CaPublicKeyTable. */
                type $Shape = posrt.channel.v1.CaPublicKeyTable.$Properties;
            }

            /** OperatorRole enum. */
            enum OperatorRole {

                /** OPERATOR_ROLE_UNSPECIFIED value */
                OPERATOR_ROLE_UNSPECIFIED = 0,

                /** OPERATOR_ROLE_CASHIER value */
                OPERATOR_ROLE_CASHIER = 1,

                /** OPERATOR_ROLE_SUPERVISOR value */
                OPERATOR_ROLE_SUPERVISOR = 2,

                /** OPERATOR_ROLE_ADMINISTRATOR value */
                OPERATOR_ROLE_ADMINISTRATOR = 3
            }

            /**
             * Properties of an Operator.
             * @deprecated Use posrt.channel.v1.Operator.$Properties instead.
             */
            interface IOperator extends posrt.channel.v1.Operator.$Properties {
            }

            /** Represents an Operator. */
            class Operator {

                /**
                 * Constructs a new Operator.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Operator.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Operator operatorId. */
                operatorId: string;

                /** Operator name. */
                name: string;

                /** Operator role. */
                role: posrt.channel.v1.OperatorRole;

                /** Operator passwordVerifier. */
                passwordVerifier: Uint8Array;

                /** Operator passwordSalt. */
                passwordSalt: Uint8Array;

                /** Operator active. */
                active: boolean;

                /**
                 * Creates a new Operator instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Operator instance
                 */
                static create(properties: posrt.channel.v1.Operator.$Shape): posrt.channel.v1.Operator & posrt.channel.v1.Operator.$Shape;
                static create(properties?: posrt.channel.v1.Operator.$Properties): posrt.channel.v1.Operator;

                /**
                 * Encodes the specified Operator message. Does not implicitly {@link posrt.channel.v1.Operator.verify|verify} messages.
                 * @param message Operator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Operator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Operator message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Operator & posrt.channel.v1.Operator.$Shape} Operator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Operator & posrt.channel.v1.Operator.$Shape;

                /**
                 * Verifies an Operator message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Operator message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Operator
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Operator;

                /**
                 * Creates a plain object from an Operator message. Also converts values to other types if specified.
                 * @param message Operator
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Operator, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Operator to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Operator
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Operator {

                /** Properties of an Operator. */
                interface $Properties {

                    /** Operator operatorId */
                    operatorId?: (string|null);

                    /** Operator name */
                    name?: (string|null);

                    /** Operator role */
                    role?: (posrt.channel.v1.OperatorRole|null);

                    /** Operator passwordVerifier */
                    passwordVerifier?: (Uint8Array|null);

                    /** Operator passwordSalt */
                    passwordSalt?: (Uint8Array|null);

                    /** Operator active */
                    active?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Operator. */
                type $Shape = posrt.channel.v1.Operator.$Properties;
            }

            /**
             * Properties of an OperatorBinding.
             * @deprecated Use posrt.channel.v1.OperatorBinding.$Properties instead.
             */
            interface IOperatorBinding extends posrt.channel.v1.OperatorBinding.$Properties {
            }

            /** Represents an OperatorBinding. */
            class OperatorBinding {

                /**
                 * Constructs a new OperatorBinding.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.OperatorBinding.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OperatorBinding operatorId. */
                operatorId: string;

                /** OperatorBinding terminalId. */
                terminalId: string;

                /**
                 * Creates a new OperatorBinding instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OperatorBinding instance
                 */
                static create(properties: posrt.channel.v1.OperatorBinding.$Shape): posrt.channel.v1.OperatorBinding & posrt.channel.v1.OperatorBinding.$Shape;
                static create(properties?: posrt.channel.v1.OperatorBinding.$Properties): posrt.channel.v1.OperatorBinding;

                /**
                 * Encodes the specified OperatorBinding message. Does not implicitly {@link posrt.channel.v1.OperatorBinding.verify|verify} messages.
                 * @param message OperatorBinding message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.OperatorBinding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OperatorBinding message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.OperatorBinding & posrt.channel.v1.OperatorBinding.$Shape} OperatorBinding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.OperatorBinding & posrt.channel.v1.OperatorBinding.$Shape;

                /**
                 * Verifies an OperatorBinding message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OperatorBinding message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OperatorBinding
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.OperatorBinding;

                /**
                 * Creates a plain object from an OperatorBinding message. Also converts values to other types if specified.
                 * @param message OperatorBinding
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.OperatorBinding, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OperatorBinding to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OperatorBinding
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OperatorBinding {

                /** Properties of an OperatorBinding. */
                interface $Properties {

                    /** OperatorBinding operatorId */
                    operatorId?: (string|null);

                    /** OperatorBinding terminalId */
                    terminalId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OperatorBinding. */
                type $Shape = posrt.channel.v1.OperatorBinding.$Properties;
            }

            /**
             * Properties of an OperatorTable.
             * @deprecated Use posrt.channel.v1.OperatorTable.$Properties instead.
             */
            interface IOperatorTable extends posrt.channel.v1.OperatorTable.$Properties {
            }

            /** Represents an OperatorTable. */
            class OperatorTable {

                /**
                 * Constructs a new OperatorTable.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.OperatorTable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OperatorTable header. */
                header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                /** OperatorTable operators. */
                operators: posrt.channel.v1.Operator.$Properties[];

                /** OperatorTable bindings. */
                bindings: posrt.channel.v1.OperatorBinding.$Properties[];

                /**
                 * Creates a new OperatorTable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OperatorTable instance
                 */
                static create(properties: posrt.channel.v1.OperatorTable.$Shape): posrt.channel.v1.OperatorTable & posrt.channel.v1.OperatorTable.$Shape;
                static create(properties?: posrt.channel.v1.OperatorTable.$Properties): posrt.channel.v1.OperatorTable;

                /**
                 * Encodes the specified OperatorTable message. Does not implicitly {@link posrt.channel.v1.OperatorTable.verify|verify} messages.
                 * @param message OperatorTable message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.OperatorTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OperatorTable message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.OperatorTable & posrt.channel.v1.OperatorTable.$Shape} OperatorTable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.OperatorTable & posrt.channel.v1.OperatorTable.$Shape;

                /**
                 * Verifies an OperatorTable message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OperatorTable message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OperatorTable
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.OperatorTable;

                /**
                 * Creates a plain object from an OperatorTable message. Also converts values to other types if specified.
                 * @param message OperatorTable
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.OperatorTable, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OperatorTable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OperatorTable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OperatorTable {

                /** Properties of an OperatorTable. */
                interface $Properties {

                    /** OperatorTable header */
                    header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                    /** OperatorTable operators */
                    operators?: (posrt.channel.v1.Operator.$Properties[]|null);

                    /** OperatorTable bindings */
                    bindings?: (posrt.channel.v1.OperatorBinding.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OperatorTable. */
                type $Shape = posrt.channel.v1.OperatorTable.$Properties;
            }

            /**
             * Properties of a MerchantData.
             * @deprecated Use posrt.channel.v1.MerchantData.$Properties instead.
             */
            interface IMerchantData extends posrt.channel.v1.MerchantData.$Properties {
            }

            /** Represents a MerchantData. */
            class MerchantData {

                /**
                 * Constructs a new MerchantData.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.MerchantData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MerchantData header. */
                header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                /** MerchantData merchantId. */
                merchantId: string;

                /** MerchantData name. */
                name: string;

                /** MerchantData nameEn. */
                nameEn: string;

                /** MerchantData addressLines. */
                addressLines: string[];

                /** MerchantData phone. */
                phone: string;

                /** MerchantData taxId. */
                taxId: string;

                /** MerchantData receiptHeader. */
                receiptHeader: string[];

                /** MerchantData receiptFooter. */
                receiptFooter: string[];

                /** MerchantData nameAndLocation. */
                nameAndLocation: string;

                /**
                 * Creates a new MerchantData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MerchantData instance
                 */
                static create(properties: posrt.channel.v1.MerchantData.$Shape): posrt.channel.v1.MerchantData & posrt.channel.v1.MerchantData.$Shape;
                static create(properties?: posrt.channel.v1.MerchantData.$Properties): posrt.channel.v1.MerchantData;

                /**
                 * Encodes the specified MerchantData message. Does not implicitly {@link posrt.channel.v1.MerchantData.verify|verify} messages.
                 * @param message MerchantData message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.MerchantData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MerchantData message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.MerchantData & posrt.channel.v1.MerchantData.$Shape} MerchantData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.MerchantData & posrt.channel.v1.MerchantData.$Shape;

                /**
                 * Verifies a MerchantData message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MerchantData message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MerchantData
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.MerchantData;

                /**
                 * Creates a plain object from a MerchantData message. Also converts values to other types if specified.
                 * @param message MerchantData
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.MerchantData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MerchantData to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MerchantData
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MerchantData {

                /** Properties of a MerchantData. */
                interface $Properties {

                    /** MerchantData header */
                    header?: (posrt.channel.v1.ParameterSetHeader.$Properties|null);

                    /** MerchantData merchantId */
                    merchantId?: (string|null);

                    /** MerchantData name */
                    name?: (string|null);

                    /** MerchantData nameEn */
                    nameEn?: (string|null);

                    /** MerchantData addressLines */
                    addressLines?: (string[]|null);

                    /** MerchantData phone */
                    phone?: (string|null);

                    /** MerchantData taxId */
                    taxId?: (string|null);

                    /** MerchantData receiptHeader */
                    receiptHeader?: (string[]|null);

                    /** MerchantData receiptFooter */
                    receiptFooter?: (string[]|null);

                    /** MerchantData nameAndLocation */
                    nameAndLocation?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MerchantData. */
                type $Shape = posrt.channel.v1.MerchantData.$Properties;
            }

            /** TransactionStatus enum. */
            enum TransactionStatus {

                /** TRANSACTION_STATUS_UNSPECIFIED value */
                TRANSACTION_STATUS_UNSPECIFIED = 0,

                /** TRANSACTION_STATUS_APPROVED value */
                TRANSACTION_STATUS_APPROVED = 1,

                /** TRANSACTION_STATUS_DECLINED value */
                TRANSACTION_STATUS_DECLINED = 2,

                /** TRANSACTION_STATUS_FAILED value */
                TRANSACTION_STATUS_FAILED = 3,

                /** TRANSACTION_STATUS_REVERSED value */
                TRANSACTION_STATUS_REVERSED = 4,

                /** TRANSACTION_STATUS_VOIDED value */
                TRANSACTION_STATUS_VOIDED = 5
            }

            /** DecisionPath enum. */
            enum DecisionPath {

                /** DECISION_PATH_UNSPECIFIED value */
                DECISION_PATH_UNSPECIFIED = 0,

                /** DECISION_PATH_OFFLINE value */
                DECISION_PATH_OFFLINE = 1,

                /** DECISION_PATH_ONLINE value */
                DECISION_PATH_ONLINE = 2,

                /** DECISION_PATH_UNABLE_TO_GO_ONLINE value */
                DECISION_PATH_UNABLE_TO_GO_ONLINE = 3
            }

            /**
             * Properties of a JournalRecord.
             * @deprecated Use posrt.channel.v1.JournalRecord.$Properties instead.
             */
            interface IJournalRecord extends posrt.channel.v1.JournalRecord.$Properties {
            }

            /** Represents a JournalRecord. */
            class JournalRecord {

                /**
                 * Constructs a new JournalRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.JournalRecord.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JournalRecord transactionId. */
                transactionId: string;

                /** JournalRecord batchNumber. */
                batchNumber: number;

                /** JournalRecord stan. */
                stan: number;

                /** JournalRecord type. */
                type: posrt.channel.v1.TransactionType;

                /** JournalRecord status. */
                status: posrt.channel.v1.TransactionStatus;

                /** JournalRecord decisionPath. */
                decisionPath: posrt.channel.v1.DecisionPath;

                /** JournalRecord entryMode. */
                entryMode: posrt.channel.v1.EntryMode;

                /** JournalRecord amount. */
                amount?: (posrt.channel.v1.Money.$Properties|null);

                /** JournalRecord otherAmount. */
                otherAmount?: (posrt.channel.v1.Money.$Properties|null);

                /** JournalRecord scheme. */
                scheme: string;

                /** JournalRecord aid. */
                aid: Uint8Array;

                /** JournalRecord maskedPan. */
                maskedPan: string;

                /** JournalRecord originalTransactionId. */
                originalTransactionId: string;

                /** JournalRecord arc. */
                arc: Uint8Array;

                /** JournalRecord authorisationCode. */
                authorisationCode: string;

                /** JournalRecord hostReference. */
                hostReference: string;

                /** JournalRecord tvr. */
                tvr: Uint8Array;

                /** JournalRecord tsi. */
                tsi: Uint8Array;

                /** JournalRecord applicationCryptogram. */
                applicationCryptogram: Uint8Array;

                /** JournalRecord cid. */
                cid: number;

                /** JournalRecord atc. */
                atc: Uint8Array;

                /** JournalRecord cvmResults. */
                cvmResults: Uint8Array;

                /** JournalRecord iccData. */
                iccData: posrt.channel.v1.TlvValue.$Properties[];

                /** JournalRecord operatorId. */
                operatorId: string;

                /** JournalRecord startedAtMs. */
                startedAtMs: Long;

                /** JournalRecord completedAtMs. */
                completedAtMs: Long;

                /** JournalRecord errorCode. */
                errorCode: string;

                /** JournalRecord approverId. */
                approverId: string;

                /**
                 * Creates a new JournalRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JournalRecord instance
                 */
                static create(properties: posrt.channel.v1.JournalRecord.$Shape): posrt.channel.v1.JournalRecord & posrt.channel.v1.JournalRecord.$Shape;
                static create(properties?: posrt.channel.v1.JournalRecord.$Properties): posrt.channel.v1.JournalRecord;

                /**
                 * Encodes the specified JournalRecord message. Does not implicitly {@link posrt.channel.v1.JournalRecord.verify|verify} messages.
                 * @param message JournalRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.JournalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JournalRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.JournalRecord & posrt.channel.v1.JournalRecord.$Shape} JournalRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.JournalRecord & posrt.channel.v1.JournalRecord.$Shape;

                /**
                 * Verifies a JournalRecord message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JournalRecord message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JournalRecord
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.JournalRecord;

                /**
                 * Creates a plain object from a JournalRecord message. Also converts values to other types if specified.
                 * @param message JournalRecord
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.JournalRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JournalRecord to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JournalRecord
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JournalRecord {

                /** Properties of a JournalRecord. */
                interface $Properties {

                    /** JournalRecord transactionId */
                    transactionId?: (string|null);

                    /** JournalRecord batchNumber */
                    batchNumber?: (number|null);

                    /** JournalRecord stan */
                    stan?: (number|null);

                    /** JournalRecord type */
                    type?: (posrt.channel.v1.TransactionType|null);

                    /** JournalRecord status */
                    status?: (posrt.channel.v1.TransactionStatus|null);

                    /** JournalRecord decisionPath */
                    decisionPath?: (posrt.channel.v1.DecisionPath|null);

                    /** JournalRecord entryMode */
                    entryMode?: (posrt.channel.v1.EntryMode|null);

                    /** JournalRecord amount */
                    amount?: (posrt.channel.v1.Money.$Properties|null);

                    /** JournalRecord otherAmount */
                    otherAmount?: (posrt.channel.v1.Money.$Properties|null);

                    /** JournalRecord scheme */
                    scheme?: (string|null);

                    /** JournalRecord aid */
                    aid?: (Uint8Array|null);

                    /** JournalRecord maskedPan */
                    maskedPan?: (string|null);

                    /** JournalRecord originalTransactionId */
                    originalTransactionId?: (string|null);

                    /** JournalRecord arc */
                    arc?: (Uint8Array|null);

                    /** JournalRecord authorisationCode */
                    authorisationCode?: (string|null);

                    /** JournalRecord hostReference */
                    hostReference?: (string|null);

                    /** JournalRecord tvr */
                    tvr?: (Uint8Array|null);

                    /** JournalRecord tsi */
                    tsi?: (Uint8Array|null);

                    /** JournalRecord applicationCryptogram */
                    applicationCryptogram?: (Uint8Array|null);

                    /** JournalRecord cid */
                    cid?: (number|null);

                    /** JournalRecord atc */
                    atc?: (Uint8Array|null);

                    /** JournalRecord cvmResults */
                    cvmResults?: (Uint8Array|null);

                    /** JournalRecord iccData */
                    iccData?: (posrt.channel.v1.TlvValue.$Properties[]|null);

                    /** JournalRecord operatorId */
                    operatorId?: (string|null);

                    /** JournalRecord startedAtMs */
                    startedAtMs?: (Long|null);

                    /** JournalRecord completedAtMs */
                    completedAtMs?: (Long|null);

                    /** JournalRecord errorCode */
                    errorCode?: (string|null);

                    /** JournalRecord approverId */
                    approverId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JournalRecord. */
                type $Shape = posrt.channel.v1.JournalRecord.$Properties;
            }

            /**
             * Properties of a TransactionUpload.
             * @deprecated Use posrt.channel.v1.TransactionUpload.$Properties instead.
             */
            interface ITransactionUpload extends posrt.channel.v1.TransactionUpload.$Properties {
            }

            /** Represents a TransactionUpload. */
            class TransactionUpload {

                /**
                 * Constructs a new TransactionUpload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.TransactionUpload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransactionUpload records. */
                records: posrt.channel.v1.JournalRecord.$Properties[];

                /**
                 * Creates a new TransactionUpload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TransactionUpload instance
                 */
                static create(properties: posrt.channel.v1.TransactionUpload.$Shape): posrt.channel.v1.TransactionUpload & posrt.channel.v1.TransactionUpload.$Shape;
                static create(properties?: posrt.channel.v1.TransactionUpload.$Properties): posrt.channel.v1.TransactionUpload;

                /**
                 * Encodes the specified TransactionUpload message. Does not implicitly {@link posrt.channel.v1.TransactionUpload.verify|verify} messages.
                 * @param message TransactionUpload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.TransactionUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransactionUpload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.TransactionUpload & posrt.channel.v1.TransactionUpload.$Shape} TransactionUpload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.TransactionUpload & posrt.channel.v1.TransactionUpload.$Shape;

                /**
                 * Verifies a TransactionUpload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TransactionUpload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TransactionUpload
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.TransactionUpload;

                /**
                 * Creates a plain object from a TransactionUpload message. Also converts values to other types if specified.
                 * @param message TransactionUpload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.TransactionUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransactionUpload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TransactionUpload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransactionUpload {

                /** Properties of a TransactionUpload. */
                interface $Properties {

                    /** TransactionUpload records */
                    records?: (posrt.channel.v1.JournalRecord.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransactionUpload. */
                type $Shape = posrt.channel.v1.TransactionUpload.$Properties;
            }

            /** UploadStatus enum. */
            enum UploadStatus {

                /** UPLOAD_STATUS_UNSPECIFIED value */
                UPLOAD_STATUS_UNSPECIFIED = 0,

                /** UPLOAD_STATUS_STORED value */
                UPLOAD_STATUS_STORED = 1,

                /** UPLOAD_STATUS_DUPLICATE value */
                UPLOAD_STATUS_DUPLICATE = 2,

                /** UPLOAD_STATUS_REJECTED value */
                UPLOAD_STATUS_REJECTED = 3
            }

            /**
             * Properties of a RecordResult.
             * @deprecated Use posrt.channel.v1.RecordResult.$Properties instead.
             */
            interface IRecordResult extends posrt.channel.v1.RecordResult.$Properties {
            }

            /** Represents a RecordResult. */
            class RecordResult {

                /**
                 * Constructs a new RecordResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.RecordResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecordResult transactionId. */
                transactionId: string;

                /** RecordResult status. */
                status: posrt.channel.v1.UploadStatus;

                /** RecordResult errorCode. */
                errorCode: string;

                /**
                 * Creates a new RecordResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecordResult instance
                 */
                static create(properties: posrt.channel.v1.RecordResult.$Shape): posrt.channel.v1.RecordResult & posrt.channel.v1.RecordResult.$Shape;
                static create(properties?: posrt.channel.v1.RecordResult.$Properties): posrt.channel.v1.RecordResult;

                /**
                 * Encodes the specified RecordResult message. Does not implicitly {@link posrt.channel.v1.RecordResult.verify|verify} messages.
                 * @param message RecordResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.RecordResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecordResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.RecordResult & posrt.channel.v1.RecordResult.$Shape} RecordResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.RecordResult & posrt.channel.v1.RecordResult.$Shape;

                /**
                 * Verifies a RecordResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RecordResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RecordResult
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.RecordResult;

                /**
                 * Creates a plain object from a RecordResult message. Also converts values to other types if specified.
                 * @param message RecordResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.RecordResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RecordResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RecordResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordResult {

                /** Properties of a RecordResult. */
                interface $Properties {

                    /** RecordResult transactionId */
                    transactionId?: (string|null);

                    /** RecordResult status */
                    status?: (posrt.channel.v1.UploadStatus|null);

                    /** RecordResult errorCode */
                    errorCode?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecordResult. */
                type $Shape = posrt.channel.v1.RecordResult.$Properties;
            }

            /**
             * Properties of a TransactionUploadResult.
             * @deprecated Use posrt.channel.v1.TransactionUploadResult.$Properties instead.
             */
            interface ITransactionUploadResult extends posrt.channel.v1.TransactionUploadResult.$Properties {
            }

            /** Represents a TransactionUploadResult. */
            class TransactionUploadResult {

                /**
                 * Constructs a new TransactionUploadResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.TransactionUploadResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransactionUploadResult results. */
                results: posrt.channel.v1.RecordResult.$Properties[];

                /**
                 * Creates a new TransactionUploadResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TransactionUploadResult instance
                 */
                static create(properties: posrt.channel.v1.TransactionUploadResult.$Shape): posrt.channel.v1.TransactionUploadResult & posrt.channel.v1.TransactionUploadResult.$Shape;
                static create(properties?: posrt.channel.v1.TransactionUploadResult.$Properties): posrt.channel.v1.TransactionUploadResult;

                /**
                 * Encodes the specified TransactionUploadResult message. Does not implicitly {@link posrt.channel.v1.TransactionUploadResult.verify|verify} messages.
                 * @param message TransactionUploadResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.TransactionUploadResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransactionUploadResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.TransactionUploadResult & posrt.channel.v1.TransactionUploadResult.$Shape} TransactionUploadResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.TransactionUploadResult & posrt.channel.v1.TransactionUploadResult.$Shape;

                /**
                 * Verifies a TransactionUploadResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TransactionUploadResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TransactionUploadResult
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.TransactionUploadResult;

                /**
                 * Creates a plain object from a TransactionUploadResult message. Also converts values to other types if specified.
                 * @param message TransactionUploadResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.TransactionUploadResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransactionUploadResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TransactionUploadResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransactionUploadResult {

                /** Properties of a TransactionUploadResult. */
                interface $Properties {

                    /** TransactionUploadResult results */
                    results?: (posrt.channel.v1.RecordResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransactionUploadResult. */
                type $Shape = posrt.channel.v1.TransactionUploadResult.$Properties;
            }

            /**
             * Properties of a SchemeTotal.
             * @deprecated Use posrt.channel.v1.SchemeTotal.$Properties instead.
             */
            interface ISchemeTotal extends posrt.channel.v1.SchemeTotal.$Properties {
            }

            /** Represents a SchemeTotal. */
            class SchemeTotal {

                /**
                 * Constructs a new SchemeTotal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.SchemeTotal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SchemeTotal scheme. */
                scheme: string;

                /** SchemeTotal type. */
                type: posrt.channel.v1.TransactionType;

                /** SchemeTotal count. */
                count: Long;

                /** SchemeTotal amount. */
                amount?: (posrt.channel.v1.Money.$Properties|null);

                /**
                 * Creates a new SchemeTotal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchemeTotal instance
                 */
                static create(properties: posrt.channel.v1.SchemeTotal.$Shape): posrt.channel.v1.SchemeTotal & posrt.channel.v1.SchemeTotal.$Shape;
                static create(properties?: posrt.channel.v1.SchemeTotal.$Properties): posrt.channel.v1.SchemeTotal;

                /**
                 * Encodes the specified SchemeTotal message. Does not implicitly {@link posrt.channel.v1.SchemeTotal.verify|verify} messages.
                 * @param message SchemeTotal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.SchemeTotal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchemeTotal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.SchemeTotal & posrt.channel.v1.SchemeTotal.$Shape} SchemeTotal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.SchemeTotal & posrt.channel.v1.SchemeTotal.$Shape;

                /**
                 * Verifies a SchemeTotal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SchemeTotal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchemeTotal
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.SchemeTotal;

                /**
                 * Creates a plain object from a SchemeTotal message. Also converts values to other types if specified.
                 * @param message SchemeTotal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.SchemeTotal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchemeTotal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SchemeTotal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SchemeTotal {

                /** Properties of a SchemeTotal. */
                interface $Properties {

                    /** SchemeTotal scheme */
                    scheme?: (string|null);

                    /** SchemeTotal type */
                    type?: (posrt.channel.v1.TransactionType|null);

                    /** SchemeTotal count */
                    count?: (Long|null);

                    /** SchemeTotal amount */
                    amount?: (posrt.channel.v1.Money.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchemeTotal. */
                type $Shape = posrt.channel.v1.SchemeTotal.$Properties;
            }

            /**
             * Properties of a SettlementRequest.
             * @deprecated Use posrt.channel.v1.SettlementRequest.$Properties instead.
             */
            interface ISettlementRequest extends posrt.channel.v1.SettlementRequest.$Properties {
            }

            /** Represents a SettlementRequest. */
            class SettlementRequest {

                /**
                 * Constructs a new SettlementRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.SettlementRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SettlementRequest settlementId. */
                settlementId: string;

                /** SettlementRequest batchNumber. */
                batchNumber: number;

                /** SettlementRequest openedAtMs. */
                openedAtMs: Long;

                /** SettlementRequest closedAtMs. */
                closedAtMs: Long;

                /** SettlementRequest totals. */
                totals: posrt.channel.v1.SchemeTotal.$Properties[];

                /** SettlementRequest transactionIds. */
                transactionIds: string[];

                /** SettlementRequest operatorId. */
                operatorId: string;

                /**
                 * Creates a new SettlementRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SettlementRequest instance
                 */
                static create(properties: posrt.channel.v1.SettlementRequest.$Shape): posrt.channel.v1.SettlementRequest & posrt.channel.v1.SettlementRequest.$Shape;
                static create(properties?: posrt.channel.v1.SettlementRequest.$Properties): posrt.channel.v1.SettlementRequest;

                /**
                 * Encodes the specified SettlementRequest message. Does not implicitly {@link posrt.channel.v1.SettlementRequest.verify|verify} messages.
                 * @param message SettlementRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.SettlementRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SettlementRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.SettlementRequest & posrt.channel.v1.SettlementRequest.$Shape} SettlementRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.SettlementRequest & posrt.channel.v1.SettlementRequest.$Shape;

                /**
                 * Verifies a SettlementRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SettlementRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SettlementRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.SettlementRequest;

                /**
                 * Creates a plain object from a SettlementRequest message. Also converts values to other types if specified.
                 * @param message SettlementRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.SettlementRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SettlementRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SettlementRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SettlementRequest {

                /** Properties of a SettlementRequest. */
                interface $Properties {

                    /** SettlementRequest settlementId */
                    settlementId?: (string|null);

                    /** SettlementRequest batchNumber */
                    batchNumber?: (number|null);

                    /** SettlementRequest openedAtMs */
                    openedAtMs?: (Long|null);

                    /** SettlementRequest closedAtMs */
                    closedAtMs?: (Long|null);

                    /** SettlementRequest totals */
                    totals?: (posrt.channel.v1.SchemeTotal.$Properties[]|null);

                    /** SettlementRequest transactionIds */
                    transactionIds?: (string[]|null);

                    /** SettlementRequest operatorId */
                    operatorId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SettlementRequest. */
                type $Shape = posrt.channel.v1.SettlementRequest.$Properties;
            }

            /** ReconciliationStatus enum. */
            enum ReconciliationStatus {

                /** RECONCILIATION_STATUS_UNSPECIFIED value */
                RECONCILIATION_STATUS_UNSPECIFIED = 0,

                /** RECONCILIATION_STATUS_BALANCED value */
                RECONCILIATION_STATUS_BALANCED = 1,

                /** RECONCILIATION_STATUS_OUT_OF_BALANCE value */
                RECONCILIATION_STATUS_OUT_OF_BALANCE = 2
            }

            /** MismatchKind enum. */
            enum MismatchKind {

                /** MISMATCH_KIND_UNSPECIFIED value */
                MISMATCH_KIND_UNSPECIFIED = 0,

                /** MISMATCH_KIND_MISSING_AT_BACKEND value */
                MISMATCH_KIND_MISSING_AT_BACKEND = 1,

                /** MISMATCH_KIND_MISSING_AT_TERMINAL value */
                MISMATCH_KIND_MISSING_AT_TERMINAL = 2,

                /** MISMATCH_KIND_AMOUNT_DIFFERS value */
                MISMATCH_KIND_AMOUNT_DIFFERS = 3,

                /** MISMATCH_KIND_TOTAL_DIFFERS value */
                MISMATCH_KIND_TOTAL_DIFFERS = 4
            }

            /**
             * Properties of a Mismatch.
             * @deprecated Use posrt.channel.v1.Mismatch.$Properties instead.
             */
            interface IMismatch extends posrt.channel.v1.Mismatch.$Properties {
            }

            /** Represents a Mismatch. */
            class Mismatch {

                /**
                 * Constructs a new Mismatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Mismatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Mismatch kind. */
                kind: posrt.channel.v1.MismatchKind;

                /** Mismatch transactionId. */
                transactionId: string;

                /** Mismatch scheme. */
                scheme: string;

                /** Mismatch type. */
                type: posrt.channel.v1.TransactionType;

                /** Mismatch terminalAmount. */
                terminalAmount?: (posrt.channel.v1.Money.$Properties|null);

                /** Mismatch backendAmount. */
                backendAmount?: (posrt.channel.v1.Money.$Properties|null);

                /**
                 * Creates a new Mismatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Mismatch instance
                 */
                static create(properties: posrt.channel.v1.Mismatch.$Shape): posrt.channel.v1.Mismatch & posrt.channel.v1.Mismatch.$Shape;
                static create(properties?: posrt.channel.v1.Mismatch.$Properties): posrt.channel.v1.Mismatch;

                /**
                 * Encodes the specified Mismatch message. Does not implicitly {@link posrt.channel.v1.Mismatch.verify|verify} messages.
                 * @param message Mismatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Mismatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Mismatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Mismatch & posrt.channel.v1.Mismatch.$Shape} Mismatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Mismatch & posrt.channel.v1.Mismatch.$Shape;

                /**
                 * Verifies a Mismatch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Mismatch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Mismatch
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Mismatch;

                /**
                 * Creates a plain object from a Mismatch message. Also converts values to other types if specified.
                 * @param message Mismatch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Mismatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Mismatch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Mismatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Mismatch {

                /** Properties of a Mismatch. */
                interface $Properties {

                    /** Mismatch kind */
                    kind?: (posrt.channel.v1.MismatchKind|null);

                    /** Mismatch transactionId */
                    transactionId?: (string|null);

                    /** Mismatch scheme */
                    scheme?: (string|null);

                    /** Mismatch type */
                    type?: (posrt.channel.v1.TransactionType|null);

                    /** Mismatch terminalAmount */
                    terminalAmount?: (posrt.channel.v1.Money.$Properties|null);

                    /** Mismatch backendAmount */
                    backendAmount?: (posrt.channel.v1.Money.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Mismatch. */
                type $Shape = posrt.channel.v1.Mismatch.$Properties;
            }

            /**
             * Properties of a ReconciliationResult.
             * @deprecated Use posrt.channel.v1.ReconciliationResult.$Properties instead.
             */
            interface IReconciliationResult extends posrt.channel.v1.ReconciliationResult.$Properties {
            }

            /** Represents a ReconciliationResult. */
            class ReconciliationResult {

                /**
                 * Constructs a new ReconciliationResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.ReconciliationResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReconciliationResult settlementId. */
                settlementId: string;

                /** ReconciliationResult batchNumber. */
                batchNumber: number;

                /** ReconciliationResult status. */
                status: posrt.channel.v1.ReconciliationStatus;

                /** ReconciliationResult backendTotals. */
                backendTotals: posrt.channel.v1.SchemeTotal.$Properties[];

                /** ReconciliationResult mismatches. */
                mismatches: posrt.channel.v1.Mismatch.$Properties[];

                /** ReconciliationResult reconciledAtMs. */
                reconciledAtMs: Long;

                /**
                 * Creates a new ReconciliationResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReconciliationResult instance
                 */
                static create(properties: posrt.channel.v1.ReconciliationResult.$Shape): posrt.channel.v1.ReconciliationResult & posrt.channel.v1.ReconciliationResult.$Shape;
                static create(properties?: posrt.channel.v1.ReconciliationResult.$Properties): posrt.channel.v1.ReconciliationResult;

                /**
                 * Encodes the specified ReconciliationResult message. Does not implicitly {@link posrt.channel.v1.ReconciliationResult.verify|verify} messages.
                 * @param message ReconciliationResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.ReconciliationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReconciliationResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.ReconciliationResult & posrt.channel.v1.ReconciliationResult.$Shape} ReconciliationResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.ReconciliationResult & posrt.channel.v1.ReconciliationResult.$Shape;

                /**
                 * Verifies a ReconciliationResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReconciliationResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReconciliationResult
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.ReconciliationResult;

                /**
                 * Creates a plain object from a ReconciliationResult message. Also converts values to other types if specified.
                 * @param message ReconciliationResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.ReconciliationResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReconciliationResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReconciliationResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReconciliationResult {

                /** Properties of a ReconciliationResult. */
                interface $Properties {

                    /** ReconciliationResult settlementId */
                    settlementId?: (string|null);

                    /** ReconciliationResult batchNumber */
                    batchNumber?: (number|null);

                    /** ReconciliationResult status */
                    status?: (posrt.channel.v1.ReconciliationStatus|null);

                    /** ReconciliationResult backendTotals */
                    backendTotals?: (posrt.channel.v1.SchemeTotal.$Properties[]|null);

                    /** ReconciliationResult mismatches */
                    mismatches?: (posrt.channel.v1.Mismatch.$Properties[]|null);

                    /** ReconciliationResult reconciledAtMs */
                    reconciledAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReconciliationResult. */
                type $Shape = posrt.channel.v1.ReconciliationResult.$Properties;
            }

            /**
             * Properties of a MismatchReport.
             * @deprecated Use posrt.channel.v1.MismatchReport.$Properties instead.
             */
            interface IMismatchReport extends posrt.channel.v1.MismatchReport.$Properties {
            }

            /** Represents a MismatchReport. */
            class MismatchReport {

                /**
                 * Constructs a new MismatchReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.MismatchReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MismatchReport reportId. */
                reportId: string;

                /** MismatchReport settlementId. */
                settlementId: string;

                /** MismatchReport batchNumber. */
                batchNumber: number;

                /** MismatchReport mismatches. */
                mismatches: posrt.channel.v1.Mismatch.$Properties[];

                /** MismatchReport operatorId. */
                operatorId: string;

                /** MismatchReport seenAtMs. */
                seenAtMs: Long;

                /**
                 * Creates a new MismatchReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MismatchReport instance
                 */
                static create(properties: posrt.channel.v1.MismatchReport.$Shape): posrt.channel.v1.MismatchReport & posrt.channel.v1.MismatchReport.$Shape;
                static create(properties?: posrt.channel.v1.MismatchReport.$Properties): posrt.channel.v1.MismatchReport;

                /**
                 * Encodes the specified MismatchReport message. Does not implicitly {@link posrt.channel.v1.MismatchReport.verify|verify} messages.
                 * @param message MismatchReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.MismatchReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MismatchReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.MismatchReport & posrt.channel.v1.MismatchReport.$Shape} MismatchReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.MismatchReport & posrt.channel.v1.MismatchReport.$Shape;

                /**
                 * Verifies a MismatchReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MismatchReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MismatchReport
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.MismatchReport;

                /**
                 * Creates a plain object from a MismatchReport message. Also converts values to other types if specified.
                 * @param message MismatchReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.MismatchReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MismatchReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MismatchReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MismatchReport {

                /** Properties of a MismatchReport. */
                interface $Properties {

                    /** MismatchReport reportId */
                    reportId?: (string|null);

                    /** MismatchReport settlementId */
                    settlementId?: (string|null);

                    /** MismatchReport batchNumber */
                    batchNumber?: (number|null);

                    /** MismatchReport mismatches */
                    mismatches?: (posrt.channel.v1.Mismatch.$Properties[]|null);

                    /** MismatchReport operatorId */
                    operatorId?: (string|null);

                    /** MismatchReport seenAtMs */
                    seenAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MismatchReport. */
                type $Shape = posrt.channel.v1.MismatchReport.$Properties;
            }

            /** OperatorEventKind enum. */
            enum OperatorEventKind {

                /** OPERATOR_EVENT_KIND_UNSPECIFIED value */
                OPERATOR_EVENT_KIND_UNSPECIFIED = 0,

                /** OPERATOR_EVENT_KIND_LOGIN value */
                OPERATOR_EVENT_KIND_LOGIN = 1,

                /** OPERATOR_EVENT_KIND_LOGOUT value */
                OPERATOR_EVENT_KIND_LOGOUT = 2,

                /** OPERATOR_EVENT_KIND_LOGIN_FAILED value */
                OPERATOR_EVENT_KIND_LOGIN_FAILED = 3,

                /** OPERATOR_EVENT_KIND_LOCKOUT value */
                OPERATOR_EVENT_KIND_LOCKOUT = 4,

                /** OPERATOR_EVENT_KIND_NOT_BOUND value */
                OPERATOR_EVENT_KIND_NOT_BOUND = 5,

                /** OPERATOR_EVENT_KIND_IDLE_LOGOUT value */
                OPERATOR_EVENT_KIND_IDLE_LOGOUT = 6
            }

            /**
             * Properties of an OperatorEvent.
             * @deprecated Use posrt.channel.v1.OperatorEvent.$Properties instead.
             */
            interface IOperatorEvent extends posrt.channel.v1.OperatorEvent.$Properties {
            }

            /** Represents an OperatorEvent. */
            class OperatorEvent {

                /**
                 * Constructs a new OperatorEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.OperatorEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OperatorEvent eventId. */
                eventId: string;

                /** OperatorEvent kind. */
                kind: posrt.channel.v1.OperatorEventKind;

                /** OperatorEvent operatorId. */
                operatorId: string;

                /** OperatorEvent occurredAtMs. */
                occurredAtMs: Long;

                /** OperatorEvent failedAttempts. */
                failedAttempts: number;

                /** OperatorEvent errorCode. */
                errorCode: string;

                /**
                 * Creates a new OperatorEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OperatorEvent instance
                 */
                static create(properties: posrt.channel.v1.OperatorEvent.$Shape): posrt.channel.v1.OperatorEvent & posrt.channel.v1.OperatorEvent.$Shape;
                static create(properties?: posrt.channel.v1.OperatorEvent.$Properties): posrt.channel.v1.OperatorEvent;

                /**
                 * Encodes the specified OperatorEvent message. Does not implicitly {@link posrt.channel.v1.OperatorEvent.verify|verify} messages.
                 * @param message OperatorEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.OperatorEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OperatorEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.OperatorEvent & posrt.channel.v1.OperatorEvent.$Shape} OperatorEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.OperatorEvent & posrt.channel.v1.OperatorEvent.$Shape;

                /**
                 * Verifies an OperatorEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OperatorEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OperatorEvent
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.OperatorEvent;

                /**
                 * Creates a plain object from an OperatorEvent message. Also converts values to other types if specified.
                 * @param message OperatorEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.OperatorEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OperatorEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OperatorEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OperatorEvent {

                /** Properties of an OperatorEvent. */
                interface $Properties {

                    /** OperatorEvent eventId */
                    eventId?: (string|null);

                    /** OperatorEvent kind */
                    kind?: (posrt.channel.v1.OperatorEventKind|null);

                    /** OperatorEvent operatorId */
                    operatorId?: (string|null);

                    /** OperatorEvent occurredAtMs */
                    occurredAtMs?: (Long|null);

                    /** OperatorEvent failedAttempts */
                    failedAttempts?: (number|null);

                    /** OperatorEvent errorCode */
                    errorCode?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OperatorEvent. */
                type $Shape = posrt.channel.v1.OperatorEvent.$Properties;
            }

            /**
             * Properties of a Reboot.
             * @deprecated Use posrt.channel.v1.Reboot.$Properties instead.
             */
            interface IReboot extends posrt.channel.v1.Reboot.$Properties {
            }

            /** Represents a Reboot. */
            class Reboot {

                /**
                 * Constructs a new Reboot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Reboot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reboot afterCurrentTransaction. */
                afterCurrentTransaction: boolean;

                /**
                 * Creates a new Reboot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reboot instance
                 */
                static create(properties: posrt.channel.v1.Reboot.$Shape): posrt.channel.v1.Reboot & posrt.channel.v1.Reboot.$Shape;
                static create(properties?: posrt.channel.v1.Reboot.$Properties): posrt.channel.v1.Reboot;

                /**
                 * Encodes the specified Reboot message. Does not implicitly {@link posrt.channel.v1.Reboot.verify|verify} messages.
                 * @param message Reboot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Reboot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reboot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Reboot & posrt.channel.v1.Reboot.$Shape} Reboot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Reboot & posrt.channel.v1.Reboot.$Shape;

                /**
                 * Verifies a Reboot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reboot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reboot
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Reboot;

                /**
                 * Creates a plain object from a Reboot message. Also converts values to other types if specified.
                 * @param message Reboot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Reboot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reboot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Reboot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reboot {

                /** Properties of a Reboot. */
                interface $Properties {

                    /** Reboot afterCurrentTransaction */
                    afterCurrentTransaction?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reboot. */
                type $Shape = posrt.channel.v1.Reboot.$Properties;
            }

            /**
             * Properties of a LockTerminal.
             * @deprecated Use posrt.channel.v1.LockTerminal.$Properties instead.
             */
            interface ILockTerminal extends posrt.channel.v1.LockTerminal.$Properties {
            }

            /** Represents a LockTerminal. */
            class LockTerminal {

                /**
                 * Constructs a new LockTerminal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.LockTerminal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LockTerminal reason. */
                reason: string;

                /**
                 * Creates a new LockTerminal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LockTerminal instance
                 */
                static create(properties: posrt.channel.v1.LockTerminal.$Shape): posrt.channel.v1.LockTerminal & posrt.channel.v1.LockTerminal.$Shape;
                static create(properties?: posrt.channel.v1.LockTerminal.$Properties): posrt.channel.v1.LockTerminal;

                /**
                 * Encodes the specified LockTerminal message. Does not implicitly {@link posrt.channel.v1.LockTerminal.verify|verify} messages.
                 * @param message LockTerminal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.LockTerminal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LockTerminal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.LockTerminal & posrt.channel.v1.LockTerminal.$Shape} LockTerminal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.LockTerminal & posrt.channel.v1.LockTerminal.$Shape;

                /**
                 * Verifies a LockTerminal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LockTerminal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LockTerminal
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.LockTerminal;

                /**
                 * Creates a plain object from a LockTerminal message. Also converts values to other types if specified.
                 * @param message LockTerminal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.LockTerminal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LockTerminal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LockTerminal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LockTerminal {

                /** Properties of a LockTerminal. */
                interface $Properties {

                    /** LockTerminal reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LockTerminal. */
                type $Shape = posrt.channel.v1.LockTerminal.$Properties;
            }

            /**
             * Properties of an UnlockTerminal.
             * @deprecated Use posrt.channel.v1.UnlockTerminal.$Properties instead.
             */
            interface IUnlockTerminal extends posrt.channel.v1.UnlockTerminal.$Properties {
            }

            /** Represents an UnlockTerminal. */
            class UnlockTerminal {

                /**
                 * Constructs a new UnlockTerminal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.UnlockTerminal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new UnlockTerminal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnlockTerminal instance
                 */
                static create(properties: posrt.channel.v1.UnlockTerminal.$Shape): posrt.channel.v1.UnlockTerminal & posrt.channel.v1.UnlockTerminal.$Shape;
                static create(properties?: posrt.channel.v1.UnlockTerminal.$Properties): posrt.channel.v1.UnlockTerminal;

                /**
                 * Encodes the specified UnlockTerminal message. Does not implicitly {@link posrt.channel.v1.UnlockTerminal.verify|verify} messages.
                 * @param message UnlockTerminal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.UnlockTerminal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnlockTerminal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.UnlockTerminal & posrt.channel.v1.UnlockTerminal.$Shape} UnlockTerminal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.UnlockTerminal & posrt.channel.v1.UnlockTerminal.$Shape;

                /**
                 * Verifies an UnlockTerminal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UnlockTerminal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UnlockTerminal
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.UnlockTerminal;

                /**
                 * Creates a plain object from an UnlockTerminal message. Also converts values to other types if specified.
                 * @param message UnlockTerminal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.UnlockTerminal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UnlockTerminal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UnlockTerminal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UnlockTerminal {

                /** Properties of an UnlockTerminal. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnlockTerminal. */
                type $Shape = posrt.channel.v1.UnlockTerminal.$Properties;
            }

            /**
             * Properties of an UploadLogs.
             * @deprecated Use posrt.channel.v1.UploadLogs.$Properties instead.
             */
            interface IUploadLogs extends posrt.channel.v1.UploadLogs.$Properties {
            }

            /** Represents an UploadLogs. */
            class UploadLogs {

                /**
                 * Constructs a new UploadLogs.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.UploadLogs.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UploadLogs sinceMs. */
                sinceMs: Long;

                /** UploadLogs untilMs. */
                untilMs: Long;

                /** UploadLogs maxBytes. */
                maxBytes: number;

                /**
                 * Creates a new UploadLogs instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UploadLogs instance
                 */
                static create(properties: posrt.channel.v1.UploadLogs.$Shape): posrt.channel.v1.UploadLogs & posrt.channel.v1.UploadLogs.$Shape;
                static create(properties?: posrt.channel.v1.UploadLogs.$Properties): posrt.channel.v1.UploadLogs;

                /**
                 * Encodes the specified UploadLogs message. Does not implicitly {@link posrt.channel.v1.UploadLogs.verify|verify} messages.
                 * @param message UploadLogs message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.UploadLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UploadLogs message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.UploadLogs & posrt.channel.v1.UploadLogs.$Shape} UploadLogs
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.UploadLogs & posrt.channel.v1.UploadLogs.$Shape;

                /**
                 * Verifies an UploadLogs message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UploadLogs message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UploadLogs
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.UploadLogs;

                /**
                 * Creates a plain object from an UploadLogs message. Also converts values to other types if specified.
                 * @param message UploadLogs
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.UploadLogs, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UploadLogs to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UploadLogs
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UploadLogs {

                /** Properties of an UploadLogs. */
                interface $Properties {

                    /** UploadLogs sinceMs */
                    sinceMs?: (Long|null);

                    /** UploadLogs untilMs */
                    untilMs?: (Long|null);

                    /** UploadLogs maxBytes */
                    maxBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UploadLogs. */
                type $Shape = posrt.channel.v1.UploadLogs.$Properties;
            }

            /**
             * Properties of a RunDiagnostics.
             * @deprecated Use posrt.channel.v1.RunDiagnostics.$Properties instead.
             */
            interface IRunDiagnostics extends posrt.channel.v1.RunDiagnostics.$Properties {
            }

            /** Represents a RunDiagnostics. */
            class RunDiagnostics {

                /**
                 * Constructs a new RunDiagnostics.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.RunDiagnostics.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunDiagnostics deviceIds. */
                deviceIds: string[];

                /**
                 * Creates a new RunDiagnostics instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RunDiagnostics instance
                 */
                static create(properties: posrt.channel.v1.RunDiagnostics.$Shape): posrt.channel.v1.RunDiagnostics & posrt.channel.v1.RunDiagnostics.$Shape;
                static create(properties?: posrt.channel.v1.RunDiagnostics.$Properties): posrt.channel.v1.RunDiagnostics;

                /**
                 * Encodes the specified RunDiagnostics message. Does not implicitly {@link posrt.channel.v1.RunDiagnostics.verify|verify} messages.
                 * @param message RunDiagnostics message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.RunDiagnostics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunDiagnostics message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.RunDiagnostics & posrt.channel.v1.RunDiagnostics.$Shape} RunDiagnostics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.RunDiagnostics & posrt.channel.v1.RunDiagnostics.$Shape;

                /**
                 * Verifies a RunDiagnostics message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunDiagnostics message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RunDiagnostics
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.RunDiagnostics;

                /**
                 * Creates a plain object from a RunDiagnostics message. Also converts values to other types if specified.
                 * @param message RunDiagnostics
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.RunDiagnostics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunDiagnostics to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RunDiagnostics
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RunDiagnostics {

                /** Properties of a RunDiagnostics. */
                interface $Properties {

                    /** RunDiagnostics deviceIds */
                    deviceIds?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunDiagnostics. */
                type $Shape = posrt.channel.v1.RunDiagnostics.$Properties;
            }

            /**
             * Properties of a RefreshParameters.
             * @deprecated Use posrt.channel.v1.RefreshParameters.$Properties instead.
             */
            interface IRefreshParameters extends posrt.channel.v1.RefreshParameters.$Properties {
            }

            /** Represents a RefreshParameters. */
            class RefreshParameters {

                /**
                 * Constructs a new RefreshParameters.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.RefreshParameters.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshParameters kinds. */
                kinds: posrt.channel.v1.ParameterKind[];

                /**
                 * Creates a new RefreshParameters instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RefreshParameters instance
                 */
                static create(properties: posrt.channel.v1.RefreshParameters.$Shape): posrt.channel.v1.RefreshParameters & posrt.channel.v1.RefreshParameters.$Shape;
                static create(properties?: posrt.channel.v1.RefreshParameters.$Properties): posrt.channel.v1.RefreshParameters;

                /**
                 * Encodes the specified RefreshParameters message. Does not implicitly {@link posrt.channel.v1.RefreshParameters.verify|verify} messages.
                 * @param message RefreshParameters message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.RefreshParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshParameters message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.RefreshParameters & posrt.channel.v1.RefreshParameters.$Shape} RefreshParameters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.RefreshParameters & posrt.channel.v1.RefreshParameters.$Shape;

                /**
                 * Verifies a RefreshParameters message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshParameters message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshParameters
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.RefreshParameters;

                /**
                 * Creates a plain object from a RefreshParameters message. Also converts values to other types if specified.
                 * @param message RefreshParameters
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.RefreshParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshParameters to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RefreshParameters
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RefreshParameters {

                /** Properties of a RefreshParameters. */
                interface $Properties {

                    /** RefreshParameters kinds */
                    kinds?: (posrt.channel.v1.ParameterKind[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshParameters. */
                type $Shape = posrt.channel.v1.RefreshParameters.$Properties;
            }

            /**
             * Properties of an InstallFirmware.
             * @deprecated Use posrt.channel.v1.InstallFirmware.$Properties instead.
             */
            interface IInstallFirmware extends posrt.channel.v1.InstallFirmware.$Properties {
            }

            /** Represents an InstallFirmware. */
            class InstallFirmware {

                /**
                 * Constructs a new InstallFirmware.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.InstallFirmware.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InstallFirmware firmwareId. */
                firmwareId: string;

                /** InstallFirmware notBeforeMs. */
                notBeforeMs: Long;

                /**
                 * Creates a new InstallFirmware instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InstallFirmware instance
                 */
                static create(properties: posrt.channel.v1.InstallFirmware.$Shape): posrt.channel.v1.InstallFirmware & posrt.channel.v1.InstallFirmware.$Shape;
                static create(properties?: posrt.channel.v1.InstallFirmware.$Properties): posrt.channel.v1.InstallFirmware;

                /**
                 * Encodes the specified InstallFirmware message. Does not implicitly {@link posrt.channel.v1.InstallFirmware.verify|verify} messages.
                 * @param message InstallFirmware message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.InstallFirmware.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InstallFirmware message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.InstallFirmware & posrt.channel.v1.InstallFirmware.$Shape} InstallFirmware
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.InstallFirmware & posrt.channel.v1.InstallFirmware.$Shape;

                /**
                 * Verifies an InstallFirmware message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InstallFirmware message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InstallFirmware
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.InstallFirmware;

                /**
                 * Creates a plain object from an InstallFirmware message. Also converts values to other types if specified.
                 * @param message InstallFirmware
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.InstallFirmware, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InstallFirmware to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InstallFirmware
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InstallFirmware {

                /** Properties of an InstallFirmware. */
                interface $Properties {

                    /** InstallFirmware firmwareId */
                    firmwareId?: (string|null);

                    /** InstallFirmware notBeforeMs */
                    notBeforeMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InstallFirmware. */
                type $Shape = posrt.channel.v1.InstallFirmware.$Properties;
            }

            /**
             * Properties of a RemoteCommand.
             * @deprecated Use posrt.channel.v1.RemoteCommand.$Properties instead.
             */
            interface IRemoteCommand extends posrt.channel.v1.RemoteCommand.$Properties {
            }

            /** Represents a RemoteCommand. */
            class RemoteCommand {

                /**
                 * Constructs a new RemoteCommand.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.RemoteCommand.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoteCommand commandId. */
                commandId: string;

                /** RemoteCommand deviceSerial. */
                deviceSerial: string;

                /** RemoteCommand issuedAtMs. */
                issuedAtMs: Long;

                /** RemoteCommand expiresAtMs. */
                expiresAtMs: Long;

                /** RemoteCommand reboot. */
                reboot?: (posrt.channel.v1.Reboot.$Properties|null);

                /** RemoteCommand lock. */
                lock?: (posrt.channel.v1.LockTerminal.$Properties|null);

                /** RemoteCommand unlock. */
                unlock?: (posrt.channel.v1.UnlockTerminal.$Properties|null);

                /** RemoteCommand uploadLogs. */
                uploadLogs?: (posrt.channel.v1.UploadLogs.$Properties|null);

                /** RemoteCommand runDiagnostics. */
                runDiagnostics?: (posrt.channel.v1.RunDiagnostics.$Properties|null);

                /** RemoteCommand refreshParameters. */
                refreshParameters?: (posrt.channel.v1.RefreshParameters.$Properties|null);

                /** RemoteCommand installFirmware. */
                installFirmware?: (posrt.channel.v1.InstallFirmware.$Properties|null);

                /** RemoteCommand action. */
                action?: ("reboot"|"lock"|"unlock"|"uploadLogs"|"runDiagnostics"|"refreshParameters"|"installFirmware");

                /**
                 * Creates a new RemoteCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoteCommand instance
                 */
                static create(properties: posrt.channel.v1.RemoteCommand.$Shape): posrt.channel.v1.RemoteCommand & posrt.channel.v1.RemoteCommand.$Shape;
                static create(properties?: posrt.channel.v1.RemoteCommand.$Properties): posrt.channel.v1.RemoteCommand;

                /**
                 * Encodes the specified RemoteCommand message. Does not implicitly {@link posrt.channel.v1.RemoteCommand.verify|verify} messages.
                 * @param message RemoteCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.RemoteCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoteCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.RemoteCommand & posrt.channel.v1.RemoteCommand.$Shape} RemoteCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.RemoteCommand & posrt.channel.v1.RemoteCommand.$Shape;

                /**
                 * Verifies a RemoteCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoteCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoteCommand
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.RemoteCommand;

                /**
                 * Creates a plain object from a RemoteCommand message. Also converts values to other types if specified.
                 * @param message RemoteCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.RemoteCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoteCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemoteCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoteCommand {

                /** Properties of a RemoteCommand. */
                interface $Properties {

                    /** RemoteCommand commandId */
                    commandId?: (string|null);

                    /** RemoteCommand deviceSerial */
                    deviceSerial?: (string|null);

                    /** RemoteCommand issuedAtMs */
                    issuedAtMs?: (Long|null);

                    /** RemoteCommand expiresAtMs */
                    expiresAtMs?: (Long|null);

                    /** RemoteCommand reboot */
                    reboot?: (posrt.channel.v1.Reboot.$Properties|null);

                    /** RemoteCommand lock */
                    lock?: (posrt.channel.v1.LockTerminal.$Properties|null);

                    /** RemoteCommand unlock */
                    unlock?: (posrt.channel.v1.UnlockTerminal.$Properties|null);

                    /** RemoteCommand uploadLogs */
                    uploadLogs?: (posrt.channel.v1.UploadLogs.$Properties|null);

                    /** RemoteCommand runDiagnostics */
                    runDiagnostics?: (posrt.channel.v1.RunDiagnostics.$Properties|null);

                    /** RemoteCommand refreshParameters */
                    refreshParameters?: (posrt.channel.v1.RefreshParameters.$Properties|null);

                    /** RemoteCommand installFirmware */
                    installFirmware?: (posrt.channel.v1.InstallFirmware.$Properties|null);

                    /** RemoteCommand action */
                    action?: ("reboot"|"lock"|"unlock"|"uploadLogs"|"runDiagnostics"|"refreshParameters"|"installFirmware");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a RemoteCommand. */
                type $Shape = {
                  commandId?: string|null;
                  deviceSerial?: string|null;
                  issuedAtMs?: Long|null;
                  expiresAtMs?: Long|null;
                  reboot?: posrt.channel.v1.Reboot.$Shape|null;
                  lock?: posrt.channel.v1.LockTerminal.$Shape|null;
                  unlock?: posrt.channel.v1.UnlockTerminal.$Shape|null;
                  uploadLogs?: posrt.channel.v1.UploadLogs.$Shape|null;
                  runDiagnostics?: posrt.channel.v1.RunDiagnostics.$Shape|null;
                  refreshParameters?: posrt.channel.v1.RefreshParameters.$Shape|null;
                  installFirmware?: posrt.channel.v1.InstallFirmware.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ action?: undefined; reboot?: null; lock?: null; unlock?: null; uploadLogs?: null; runDiagnostics?: null; refreshParameters?: null; installFirmware?: null }|{ action?: "reboot"; reboot: posrt.channel.v1.Reboot.$Shape; lock?: null; unlock?: null; uploadLogs?: null; runDiagnostics?: null; refreshParameters?: null; installFirmware?: null }|{ action?: "lock"; reboot?: null; lock: posrt.channel.v1.LockTerminal.$Shape; unlock?: null; uploadLogs?: null; runDiagnostics?: null; refreshParameters?: null; installFirmware?: null }|{ action?: "unlock"; reboot?: null; lock?: null; unlock: posrt.channel.v1.UnlockTerminal.$Shape; uploadLogs?: null; runDiagnostics?: null; refreshParameters?: null; installFirmware?: null }|{ action?: "uploadLogs"; reboot?: null; lock?: null; unlock?: null; uploadLogs: posrt.channel.v1.UploadLogs.$Shape; runDiagnostics?: null; refreshParameters?: null; installFirmware?: null }|{ action?: "runDiagnostics"; reboot?: null; lock?: null; unlock?: null; uploadLogs?: null; runDiagnostics: posrt.channel.v1.RunDiagnostics.$Shape; refreshParameters?: null; installFirmware?: null }|{ action?: "refreshParameters"; reboot?: null; lock?: null; unlock?: null; uploadLogs?: null; runDiagnostics?: null; refreshParameters: posrt.channel.v1.RefreshParameters.$Shape; installFirmware?: null }|{ action?: "installFirmware"; reboot?: null; lock?: null; unlock?: null; uploadLogs?: null; runDiagnostics?: null; refreshParameters?: null; installFirmware: posrt.channel.v1.InstallFirmware.$Shape })
                );
            }

            /** CommandStatus enum. */
            enum CommandStatus {

                /** COMMAND_STATUS_UNSPECIFIED value */
                COMMAND_STATUS_UNSPECIFIED = 0,

                /** COMMAND_STATUS_SUCCEEDED value */
                COMMAND_STATUS_SUCCEEDED = 1,

                /** COMMAND_STATUS_FAILED value */
                COMMAND_STATUS_FAILED = 2,

                /** COMMAND_STATUS_REFUSED value */
                COMMAND_STATUS_REFUSED = 3
            }

            /**
             * Properties of a DiagnosticResult.
             * @deprecated Use posrt.channel.v1.DiagnosticResult.$Properties instead.
             */
            interface IDiagnosticResult extends posrt.channel.v1.DiagnosticResult.$Properties {
            }

            /** Represents a DiagnosticResult. */
            class DiagnosticResult {

                /**
                 * Constructs a new DiagnosticResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.DiagnosticResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DiagnosticResult deviceId. */
                deviceId: string;

                /** DiagnosticResult passed. */
                passed: boolean;

                /** DiagnosticResult errorCode. */
                errorCode: string;

                /** DiagnosticResult detail. */
                detail: string;

                /**
                 * Creates a new DiagnosticResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DiagnosticResult instance
                 */
                static create(properties: posrt.channel.v1.DiagnosticResult.$Shape): posrt.channel.v1.DiagnosticResult & posrt.channel.v1.DiagnosticResult.$Shape;
                static create(properties?: posrt.channel.v1.DiagnosticResult.$Properties): posrt.channel.v1.DiagnosticResult;

                /**
                 * Encodes the specified DiagnosticResult message. Does not implicitly {@link posrt.channel.v1.DiagnosticResult.verify|verify} messages.
                 * @param message DiagnosticResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.DiagnosticResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiagnosticResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.DiagnosticResult & posrt.channel.v1.DiagnosticResult.$Shape} DiagnosticResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.DiagnosticResult & posrt.channel.v1.DiagnosticResult.$Shape;

                /**
                 * Verifies a DiagnosticResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DiagnosticResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DiagnosticResult
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.DiagnosticResult;

                /**
                 * Creates a plain object from a DiagnosticResult message. Also converts values to other types if specified.
                 * @param message DiagnosticResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.DiagnosticResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DiagnosticResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DiagnosticResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DiagnosticResult {

                /** Properties of a DiagnosticResult. */
                interface $Properties {

                    /** DiagnosticResult deviceId */
                    deviceId?: (string|null);

                    /** DiagnosticResult passed */
                    passed?: (boolean|null);

                    /** DiagnosticResult errorCode */
                    errorCode?: (string|null);

                    /** DiagnosticResult detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiagnosticResult. */
                type $Shape = posrt.channel.v1.DiagnosticResult.$Properties;
            }

            /**
             * Properties of a Diagnostics.
             * @deprecated Use posrt.channel.v1.Diagnostics.$Properties instead.
             */
            interface IDiagnostics extends posrt.channel.v1.Diagnostics.$Properties {
            }

            /** Represents a Diagnostics. */
            class Diagnostics {

                /**
                 * Constructs a new Diagnostics.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.Diagnostics.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Diagnostics results. */
                results: posrt.channel.v1.DiagnosticResult.$Properties[];

                /**
                 * Creates a new Diagnostics instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Diagnostics instance
                 */
                static create(properties: posrt.channel.v1.Diagnostics.$Shape): posrt.channel.v1.Diagnostics & posrt.channel.v1.Diagnostics.$Shape;
                static create(properties?: posrt.channel.v1.Diagnostics.$Properties): posrt.channel.v1.Diagnostics;

                /**
                 * Encodes the specified Diagnostics message. Does not implicitly {@link posrt.channel.v1.Diagnostics.verify|verify} messages.
                 * @param message Diagnostics message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.Diagnostics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Diagnostics message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.Diagnostics & posrt.channel.v1.Diagnostics.$Shape} Diagnostics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.Diagnostics & posrt.channel.v1.Diagnostics.$Shape;

                /**
                 * Verifies a Diagnostics message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Diagnostics message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Diagnostics
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.Diagnostics;

                /**
                 * Creates a plain object from a Diagnostics message. Also converts values to other types if specified.
                 * @param message Diagnostics
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.Diagnostics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Diagnostics to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Diagnostics
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Diagnostics {

                /** Properties of a Diagnostics. */
                interface $Properties {

                    /** Diagnostics results */
                    results?: (posrt.channel.v1.DiagnosticResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Diagnostics. */
                type $Shape = posrt.channel.v1.Diagnostics.$Properties;
            }

            /**
             * Properties of a LogArchive.
             * @deprecated Use posrt.channel.v1.LogArchive.$Properties instead.
             */
            interface ILogArchive extends posrt.channel.v1.LogArchive.$Properties {
            }

            /** Represents a LogArchive. */
            class LogArchive {

                /**
                 * Constructs a new LogArchive.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.LogArchive.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LogArchive gzip. */
                gzip: Uint8Array;

                /** LogArchive truncated. */
                truncated: boolean;

                /**
                 * Creates a new LogArchive instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LogArchive instance
                 */
                static create(properties: posrt.channel.v1.LogArchive.$Shape): posrt.channel.v1.LogArchive & posrt.channel.v1.LogArchive.$Shape;
                static create(properties?: posrt.channel.v1.LogArchive.$Properties): posrt.channel.v1.LogArchive;

                /**
                 * Encodes the specified LogArchive message. Does not implicitly {@link posrt.channel.v1.LogArchive.verify|verify} messages.
                 * @param message LogArchive message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.LogArchive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LogArchive message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.LogArchive & posrt.channel.v1.LogArchive.$Shape} LogArchive
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.LogArchive & posrt.channel.v1.LogArchive.$Shape;

                /**
                 * Verifies a LogArchive message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LogArchive message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LogArchive
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.LogArchive;

                /**
                 * Creates a plain object from a LogArchive message. Also converts values to other types if specified.
                 * @param message LogArchive
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.LogArchive, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LogArchive to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LogArchive
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LogArchive {

                /** Properties of a LogArchive. */
                interface $Properties {

                    /** LogArchive gzip */
                    gzip?: (Uint8Array|null);

                    /** LogArchive truncated */
                    truncated?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LogArchive. */
                type $Shape = posrt.channel.v1.LogArchive.$Properties;
            }

            /**
             * Properties of a CommandResult.
             * @deprecated Use posrt.channel.v1.CommandResult.$Properties instead.
             */
            interface ICommandResult extends posrt.channel.v1.CommandResult.$Properties {
            }

            /** Represents a CommandResult. */
            class CommandResult {

                /**
                 * Constructs a new CommandResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.CommandResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommandResult commandId. */
                commandId: string;

                /** CommandResult status. */
                status: posrt.channel.v1.CommandStatus;

                /** CommandResult errorCode. */
                errorCode: string;

                /** CommandResult finishedAtMs. */
                finishedAtMs: Long;

                /** CommandResult diagnostics. */
                diagnostics?: (posrt.channel.v1.Diagnostics.$Properties|null);

                /** CommandResult logs. */
                logs?: (posrt.channel.v1.LogArchive.$Properties|null);

                /** CommandResult detail. */
                detail?: ("diagnostics"|"logs");

                /**
                 * Creates a new CommandResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommandResult instance
                 */
                static create(properties: posrt.channel.v1.CommandResult.$Shape): posrt.channel.v1.CommandResult & posrt.channel.v1.CommandResult.$Shape;
                static create(properties?: posrt.channel.v1.CommandResult.$Properties): posrt.channel.v1.CommandResult;

                /**
                 * Encodes the specified CommandResult message. Does not implicitly {@link posrt.channel.v1.CommandResult.verify|verify} messages.
                 * @param message CommandResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommandResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.CommandResult & posrt.channel.v1.CommandResult.$Shape} CommandResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.CommandResult & posrt.channel.v1.CommandResult.$Shape;

                /**
                 * Verifies a CommandResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommandResult
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.CommandResult;

                /**
                 * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
                 * @param message CommandResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommandResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommandResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommandResult {

                /** Properties of a CommandResult. */
                interface $Properties {

                    /** CommandResult commandId */
                    commandId?: (string|null);

                    /** CommandResult status */
                    status?: (posrt.channel.v1.CommandStatus|null);

                    /** CommandResult errorCode */
                    errorCode?: (string|null);

                    /** CommandResult finishedAtMs */
                    finishedAtMs?: (Long|null);

                    /** CommandResult diagnostics */
                    diagnostics?: (posrt.channel.v1.Diagnostics.$Properties|null);

                    /** CommandResult logs */
                    logs?: (posrt.channel.v1.LogArchive.$Properties|null);

                    /** CommandResult detail */
                    detail?: ("diagnostics"|"logs");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a CommandResult. */
                type $Shape = {
                  commandId?: string|null;
                  status?: posrt.channel.v1.CommandStatus|null;
                  errorCode?: string|null;
                  finishedAtMs?: Long|null;
                  diagnostics?: posrt.channel.v1.Diagnostics.$Shape|null;
                  logs?: posrt.channel.v1.LogArchive.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ detail?: undefined; diagnostics?: null; logs?: null }|{ detail?: "diagnostics"; diagnostics: posrt.channel.v1.Diagnostics.$Shape; logs?: null }|{ detail?: "logs"; diagnostics?: null; logs: posrt.channel.v1.LogArchive.$Shape })
                );
            }

            /**
             * Properties of a FirmwareOffer.
             * @deprecated Use posrt.channel.v1.FirmwareOffer.$Properties instead.
             */
            interface IFirmwareOffer extends posrt.channel.v1.FirmwareOffer.$Properties {
            }

            /** Represents a FirmwareOffer. */
            class FirmwareOffer {

                /**
                 * Constructs a new FirmwareOffer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.FirmwareOffer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FirmwareOffer firmwareId. */
                firmwareId: string;

                /** FirmwareOffer version. */
                version: string;

                /** FirmwareOffer model. */
                model: string;

                /** FirmwareOffer deviceSerial. */
                deviceSerial: string;

                /** FirmwareOffer size. */
                size: Long;

                /** FirmwareOffer sha256. */
                sha256: Uint8Array;

                /** FirmwareOffer chunkSize. */
                chunkSize: number;

                /** FirmwareOffer chunkSha256. */
                chunkSha256: Uint8Array[];

                /** FirmwareOffer notes. */
                notes: string;

                /** FirmwareOffer issuedAtMs. */
                issuedAtMs: Long;

                /** FirmwareOffer expiresAtMs. */
                expiresAtMs: Long;

                /**
                 * Creates a new FirmwareOffer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FirmwareOffer instance
                 */
                static create(properties: posrt.channel.v1.FirmwareOffer.$Shape): posrt.channel.v1.FirmwareOffer & posrt.channel.v1.FirmwareOffer.$Shape;
                static create(properties?: posrt.channel.v1.FirmwareOffer.$Properties): posrt.channel.v1.FirmwareOffer;

                /**
                 * Encodes the specified FirmwareOffer message. Does not implicitly {@link posrt.channel.v1.FirmwareOffer.verify|verify} messages.
                 * @param message FirmwareOffer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.FirmwareOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FirmwareOffer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.FirmwareOffer & posrt.channel.v1.FirmwareOffer.$Shape} FirmwareOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.FirmwareOffer & posrt.channel.v1.FirmwareOffer.$Shape;

                /**
                 * Verifies a FirmwareOffer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FirmwareOffer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FirmwareOffer
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.FirmwareOffer;

                /**
                 * Creates a plain object from a FirmwareOffer message. Also converts values to other types if specified.
                 * @param message FirmwareOffer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.FirmwareOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FirmwareOffer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FirmwareOffer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FirmwareOffer {

                /** Properties of a FirmwareOffer. */
                interface $Properties {

                    /** FirmwareOffer firmwareId */
                    firmwareId?: (string|null);

                    /** FirmwareOffer version */
                    version?: (string|null);

                    /** FirmwareOffer model */
                    model?: (string|null);

                    /** FirmwareOffer deviceSerial */
                    deviceSerial?: (string|null);

                    /** FirmwareOffer size */
                    size?: (Long|null);

                    /** FirmwareOffer sha256 */
                    sha256?: (Uint8Array|null);

                    /** FirmwareOffer chunkSize */
                    chunkSize?: (number|null);

                    /** FirmwareOffer chunkSha256 */
                    chunkSha256?: (Uint8Array[]|null);

                    /** FirmwareOffer notes */
                    notes?: (string|null);

                    /** FirmwareOffer issuedAtMs */
                    issuedAtMs?: (Long|null);

                    /** FirmwareOffer expiresAtMs */
                    expiresAtMs?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FirmwareOffer. */
                type $Shape = posrt.channel.v1.FirmwareOffer.$Properties;
            }

            /**
             * Properties of a FirmwareChunkRequest.
             * @deprecated Use posrt.channel.v1.FirmwareChunkRequest.$Properties instead.
             */
            interface IFirmwareChunkRequest extends posrt.channel.v1.FirmwareChunkRequest.$Properties {
            }

            /** Represents a FirmwareChunkRequest. */
            class FirmwareChunkRequest {

                /**
                 * Constructs a new FirmwareChunkRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.FirmwareChunkRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FirmwareChunkRequest firmwareId. */
                firmwareId: string;

                /** FirmwareChunkRequest firstChunk. */
                firstChunk: number;

                /** FirmwareChunkRequest count. */
                count: number;

                /**
                 * Creates a new FirmwareChunkRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FirmwareChunkRequest instance
                 */
                static create(properties: posrt.channel.v1.FirmwareChunkRequest.$Shape): posrt.channel.v1.FirmwareChunkRequest & posrt.channel.v1.FirmwareChunkRequest.$Shape;
                static create(properties?: posrt.channel.v1.FirmwareChunkRequest.$Properties): posrt.channel.v1.FirmwareChunkRequest;

                /**
                 * Encodes the specified FirmwareChunkRequest message. Does not implicitly {@link posrt.channel.v1.FirmwareChunkRequest.verify|verify} messages.
                 * @param message FirmwareChunkRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.FirmwareChunkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FirmwareChunkRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.FirmwareChunkRequest & posrt.channel.v1.FirmwareChunkRequest.$Shape} FirmwareChunkRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.FirmwareChunkRequest & posrt.channel.v1.FirmwareChunkRequest.$Shape;

                /**
                 * Verifies a FirmwareChunkRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FirmwareChunkRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FirmwareChunkRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.FirmwareChunkRequest;

                /**
                 * Creates a plain object from a FirmwareChunkRequest message. Also converts values to other types if specified.
                 * @param message FirmwareChunkRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.FirmwareChunkRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FirmwareChunkRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FirmwareChunkRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FirmwareChunkRequest {

                /** Properties of a FirmwareChunkRequest. */
                interface $Properties {

                    /** FirmwareChunkRequest firmwareId */
                    firmwareId?: (string|null);

                    /** FirmwareChunkRequest firstChunk */
                    firstChunk?: (number|null);

                    /** FirmwareChunkRequest count */
                    count?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FirmwareChunkRequest. */
                type $Shape = posrt.channel.v1.FirmwareChunkRequest.$Properties;
            }

            /**
             * Properties of a FirmwareChunk.
             * @deprecated Use posrt.channel.v1.FirmwareChunk.$Properties instead.
             */
            interface IFirmwareChunk extends posrt.channel.v1.FirmwareChunk.$Properties {
            }

            /** Represents a FirmwareChunk. */
            class FirmwareChunk {

                /**
                 * Constructs a new FirmwareChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.FirmwareChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FirmwareChunk firmwareId. */
                firmwareId: string;

                /** FirmwareChunk index. */
                index: number;

                /** FirmwareChunk data. */
                data: Uint8Array;

                /**
                 * Creates a new FirmwareChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FirmwareChunk instance
                 */
                static create(properties: posrt.channel.v1.FirmwareChunk.$Shape): posrt.channel.v1.FirmwareChunk & posrt.channel.v1.FirmwareChunk.$Shape;
                static create(properties?: posrt.channel.v1.FirmwareChunk.$Properties): posrt.channel.v1.FirmwareChunk;

                /**
                 * Encodes the specified FirmwareChunk message. Does not implicitly {@link posrt.channel.v1.FirmwareChunk.verify|verify} messages.
                 * @param message FirmwareChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.FirmwareChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FirmwareChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.FirmwareChunk & posrt.channel.v1.FirmwareChunk.$Shape} FirmwareChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.FirmwareChunk & posrt.channel.v1.FirmwareChunk.$Shape;

                /**
                 * Verifies a FirmwareChunk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FirmwareChunk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FirmwareChunk
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.FirmwareChunk;

                /**
                 * Creates a plain object from a FirmwareChunk message. Also converts values to other types if specified.
                 * @param message FirmwareChunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.FirmwareChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FirmwareChunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FirmwareChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FirmwareChunk {

                /** Properties of a FirmwareChunk. */
                interface $Properties {

                    /** FirmwareChunk firmwareId */
                    firmwareId?: (string|null);

                    /** FirmwareChunk index */
                    index?: (number|null);

                    /** FirmwareChunk data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FirmwareChunk. */
                type $Shape = posrt.channel.v1.FirmwareChunk.$Properties;
            }

            /** QrPaymentKind enum. */
            enum QrPaymentKind {

                /** QR_PAYMENT_KIND_UNSPECIFIED value */
                QR_PAYMENT_KIND_UNSPECIFIED = 0,

                /** QR_PAYMENT_KIND_CONSUMER_PRESENTED value */
                QR_PAYMENT_KIND_CONSUMER_PRESENTED = 1,

                /** QR_PAYMENT_KIND_MERCHANT_PRESENTED value */
                QR_PAYMENT_KIND_MERCHANT_PRESENTED = 2,

                /** QR_PAYMENT_KIND_REFUND value */
                QR_PAYMENT_KIND_REFUND = 3
            }

            /**
             * Properties of a QrPaymentRequest.
             * @deprecated Use posrt.channel.v1.QrPaymentRequest.$Properties instead.
             */
            interface IQrPaymentRequest extends posrt.channel.v1.QrPaymentRequest.$Properties {
            }

            /** Represents a QrPaymentRequest. */
            class QrPaymentRequest {

                /**
                 * Constructs a new QrPaymentRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.QrPaymentRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QrPaymentRequest transactionId. */
                transactionId: string;

                /** QrPaymentRequest kind. */
                kind: posrt.channel.v1.QrPaymentKind;

                /** QrPaymentRequest paymentCode. */
                paymentCode: string;

                /** QrPaymentRequest orderReference. */
                orderReference: string;

                /** QrPaymentRequest amount. */
                amount?: (posrt.channel.v1.Money.$Properties|null);

                /** QrPaymentRequest operatorId. */
                operatorId: string;

                /** QrPaymentRequest startedAtMs. */
                startedAtMs: Long;

                /** QrPaymentRequest originalTransactionId. */
                originalTransactionId: string;

                /** QrPaymentRequest originalHostReference. */
                originalHostReference: string;

                /**
                 * Creates a new QrPaymentRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QrPaymentRequest instance
                 */
                static create(properties: posrt.channel.v1.QrPaymentRequest.$Shape): posrt.channel.v1.QrPaymentRequest & posrt.channel.v1.QrPaymentRequest.$Shape;
                static create(properties?: posrt.channel.v1.QrPaymentRequest.$Properties): posrt.channel.v1.QrPaymentRequest;

                /**
                 * Encodes the specified QrPaymentRequest message. Does not implicitly {@link posrt.channel.v1.QrPaymentRequest.verify|verify} messages.
                 * @param message QrPaymentRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.QrPaymentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QrPaymentRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.QrPaymentRequest & posrt.channel.v1.QrPaymentRequest.$Shape} QrPaymentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.QrPaymentRequest & posrt.channel.v1.QrPaymentRequest.$Shape;

                /**
                 * Verifies a QrPaymentRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QrPaymentRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QrPaymentRequest
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.QrPaymentRequest;

                /**
                 * Creates a plain object from a QrPaymentRequest message. Also converts values to other types if specified.
                 * @param message QrPaymentRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.QrPaymentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QrPaymentRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QrPaymentRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QrPaymentRequest {

                /** Properties of a QrPaymentRequest. */
                interface $Properties {

                    /** QrPaymentRequest transactionId */
                    transactionId?: (string|null);

                    /** QrPaymentRequest kind */
                    kind?: (posrt.channel.v1.QrPaymentKind|null);

                    /** QrPaymentRequest paymentCode */
                    paymentCode?: (string|null);

                    /** QrPaymentRequest orderReference */
                    orderReference?: (string|null);

                    /** QrPaymentRequest amount */
                    amount?: (posrt.channel.v1.Money.$Properties|null);

                    /** QrPaymentRequest operatorId */
                    operatorId?: (string|null);

                    /** QrPaymentRequest startedAtMs */
                    startedAtMs?: (Long|null);

                    /** QrPaymentRequest originalTransactionId */
                    originalTransactionId?: (string|null);

                    /** QrPaymentRequest originalHostReference */
                    originalHostReference?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QrPaymentRequest. */
                type $Shape = posrt.channel.v1.QrPaymentRequest.$Properties;
            }

            /**
             * Properties of a QrPaymentQuery.
             * @deprecated Use posrt.channel.v1.QrPaymentQuery.$Properties instead.
             */
            interface IQrPaymentQuery extends posrt.channel.v1.QrPaymentQuery.$Properties {
            }

            /** Represents a QrPaymentQuery. */
            class QrPaymentQuery {

                /**
                 * Constructs a new QrPaymentQuery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.QrPaymentQuery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QrPaymentQuery transactionId. */
                transactionId: string;

                /** QrPaymentQuery orderReference. */
                orderReference: string;

                /**
                 * Creates a new QrPaymentQuery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QrPaymentQuery instance
                 */
                static create(properties: posrt.channel.v1.QrPaymentQuery.$Shape): posrt.channel.v1.QrPaymentQuery & posrt.channel.v1.QrPaymentQuery.$Shape;
                static create(properties?: posrt.channel.v1.QrPaymentQuery.$Properties): posrt.channel.v1.QrPaymentQuery;

                /**
                 * Encodes the specified QrPaymentQuery message. Does not implicitly {@link posrt.channel.v1.QrPaymentQuery.verify|verify} messages.
                 * @param message QrPaymentQuery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.QrPaymentQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QrPaymentQuery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.QrPaymentQuery & posrt.channel.v1.QrPaymentQuery.$Shape} QrPaymentQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.QrPaymentQuery & posrt.channel.v1.QrPaymentQuery.$Shape;

                /**
                 * Verifies a QrPaymentQuery message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QrPaymentQuery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QrPaymentQuery
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.QrPaymentQuery;

                /**
                 * Creates a plain object from a QrPaymentQuery message. Also converts values to other types if specified.
                 * @param message QrPaymentQuery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.QrPaymentQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QrPaymentQuery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QrPaymentQuery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QrPaymentQuery {

                /** Properties of a QrPaymentQuery. */
                interface $Properties {

                    /** QrPaymentQuery transactionId */
                    transactionId?: (string|null);

                    /** QrPaymentQuery orderReference */
                    orderReference?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QrPaymentQuery. */
                type $Shape = posrt.channel.v1.QrPaymentQuery.$Properties;
            }

            /** QrPaymentStatus enum. */
            enum QrPaymentStatus {

                /** QR_PAYMENT_STATUS_UNSPECIFIED value */
                QR_PAYMENT_STATUS_UNSPECIFIED = 0,

                /** QR_PAYMENT_STATUS_APPROVED value */
                QR_PAYMENT_STATUS_APPROVED = 1,

                /** QR_PAYMENT_STATUS_DECLINED value */
                QR_PAYMENT_STATUS_DECLINED = 2,

                /** QR_PAYMENT_STATUS_PENDING value */
                QR_PAYMENT_STATUS_PENDING = 3,

                /** QR_PAYMENT_STATUS_UNAVAILABLE value */
                QR_PAYMENT_STATUS_UNAVAILABLE = 4
            }

            /**
             * Properties of a QrPaymentResponse.
             * @deprecated Use posrt.channel.v1.QrPaymentResponse.$Properties instead.
             */
            interface IQrPaymentResponse extends posrt.channel.v1.QrPaymentResponse.$Properties {
            }

            /** Represents a QrPaymentResponse. */
            class QrPaymentResponse {

                /**
                 * Constructs a new QrPaymentResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: posrt.channel.v1.QrPaymentResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QrPaymentResponse transactionId. */
                transactionId: string;

                /** QrPaymentResponse status. */
                status: posrt.channel.v1.QrPaymentStatus;

                /** QrPaymentResponse provider. */
                provider: string;

                /** QrPaymentResponse authorisationCode. */
                authorisationCode: string;

                /** QrPaymentResponse hostReference. */
                hostReference: string;

                /** QrPaymentResponse declineCode. */
                declineCode: string;

                /** QrPaymentResponse errorCode. */
                errorCode: string;

                /**
                 * Creates a new QrPaymentResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QrPaymentResponse instance
                 */
                static create(properties: posrt.channel.v1.QrPaymentResponse.$Shape): posrt.channel.v1.QrPaymentResponse & posrt.channel.v1.QrPaymentResponse.$Shape;
                static create(properties?: posrt.channel.v1.QrPaymentResponse.$Properties): posrt.channel.v1.QrPaymentResponse;

                /**
                 * Encodes the specified QrPaymentResponse message. Does not implicitly {@link posrt.channel.v1.QrPaymentResponse.verify|verify} messages.
                 * @param message QrPaymentResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: posrt.channel.v1.QrPaymentResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QrPaymentResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {posrt.channel.v1.QrPaymentResponse & posrt.channel.v1.QrPaymentResponse.$Shape} QrPaymentResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posrt.channel.v1.QrPaymentResponse & posrt.channel.v1.QrPaymentResponse.$Shape;

                /**
                 * Verifies a QrPaymentResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QrPaymentResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QrPaymentResponse
                 */
                static fromObject(object: { [k: string]: any }): posrt.channel.v1.QrPaymentResponse;

                /**
                 * Creates a plain object from a QrPaymentResponse message. Also converts values to other types if specified.
                 * @param message QrPaymentResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: posrt.channel.v1.QrPaymentResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QrPaymentResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QrPaymentResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QrPaymentResponse {

                /** Properties of a QrPaymentResponse. */
                interface $Properties {

                    /** QrPaymentResponse transactionId */
                    transactionId?: (string|null);

                    /** QrPaymentResponse status */
                    status?: (posrt.channel.v1.QrPaymentStatus|null);

                    /** QrPaymentResponse provider */
                    provider?: (string|null);

                    /** QrPaymentResponse authorisationCode */
                    authorisationCode?: (string|null);

                    /** QrPaymentResponse hostReference */
                    hostReference?: (string|null);

                    /** QrPaymentResponse declineCode */
                    declineCode?: (string|null);

                    /** QrPaymentResponse errorCode */
                    errorCode?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QrPaymentResponse. */
                type $Shape = posrt.channel.v1.QrPaymentResponse.$Properties;
            }
        }
    }
}

import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace openapi. */
export namespace openapi {

    /** Namespace v2. */
    namespace v2 {

        /**
         * Properties of a Document.
         * @deprecated Use openapi.v2.Document.$Properties instead.
         */
        interface IDocument extends openapi.v2.Document.$Properties {
        }

        /** Represents a Document. */
        class Document {

            /**
             * Constructs a new Document.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Document.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Document swagger. */
            swagger: string;

            /** Document info. */
            info?: (openapi.v2.Info.$Properties|null);

            /** Document host. */
            host: string;

            /** Document basePath. */
            basePath: string;

            /** Document schemes. */
            schemes: string[];

            /** Document consumes. */
            consumes: string[];

            /** Document produces. */
            produces: string[];

            /** Document paths. */
            paths?: (openapi.v2.Paths.$Properties|null);

            /** Document definitions. */
            definitions?: (openapi.v2.Definitions.$Properties|null);

            /** Document parameters. */
            parameters?: (openapi.v2.ParameterDefinitions.$Properties|null);

            /** Document responses. */
            responses?: (openapi.v2.ResponseDefinitions.$Properties|null);

            /** Document security. */
            security: openapi.v2.SecurityRequirement.$Properties[];

            /** Document securityDefinitions. */
            securityDefinitions?: (openapi.v2.SecurityDefinitions.$Properties|null);

            /** Document tags. */
            tags: openapi.v2.Tag.$Properties[];

            /** Document externalDocs. */
            externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

            /** Document vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Document message. Does not implicitly {@link openapi.v2.Document.verify|verify} messages.
             * @param message Document message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Document.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Document message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Document & openapi.v2.Document.$Shape} Document
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Document & openapi.v2.Document.$Shape;
        }

        namespace Document {

            /** Properties of a Document. */
            interface $Properties {

                /** Document swagger */
                swagger?: (string|null);

                /** Document info */
                info?: (openapi.v2.Info.$Properties|null);

                /** Document host */
                host?: (string|null);

                /** Document basePath */
                basePath?: (string|null);

                /** Document schemes */
                schemes?: (string[]|null);

                /** Document consumes */
                consumes?: (string[]|null);

                /** Document produces */
                produces?: (string[]|null);

                /** Document paths */
                paths?: (openapi.v2.Paths.$Properties|null);

                /** Document definitions */
                definitions?: (openapi.v2.Definitions.$Properties|null);

                /** Document parameters */
                parameters?: (openapi.v2.ParameterDefinitions.$Properties|null);

                /** Document responses */
                responses?: (openapi.v2.ResponseDefinitions.$Properties|null);

                /** Document security */
                security?: (openapi.v2.SecurityRequirement.$Properties[]|null);

                /** Document securityDefinitions */
                securityDefinitions?: (openapi.v2.SecurityDefinitions.$Properties|null);

                /** Document tags */
                tags?: (openapi.v2.Tag.$Properties[]|null);

                /** Document externalDocs */
                externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

                /** Document vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Document. */
            type $Shape = {
              swagger?: string|null;
              info?: openapi.v2.Info.$Shape|null;
              host?: string|null;
              basePath?: string|null;
              schemes?: string[]|null;
              consumes?: string[]|null;
              produces?: string[]|null;
              paths?: openapi.v2.Paths.$Shape|null;
              definitions?: openapi.v2.Definitions.$Shape|null;
              parameters?: openapi.v2.ParameterDefinitions.$Shape|null;
              responses?: openapi.v2.ResponseDefinitions.$Shape|null;
              security?: openapi.v2.SecurityRequirement.$Shape[]|null;
              securityDefinitions?: openapi.v2.SecurityDefinitions.$Shape|null;
              tags?: openapi.v2.Tag.$Shape[]|null;
              externalDocs?: openapi.v2.ExternalDocs.$Shape|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Info.
         * @deprecated Use openapi.v2.Info.$Properties instead.
         */
        interface IInfo extends openapi.v2.Info.$Properties {
        }

        /** Represents an Info. */
        class Info {

            /**
             * Constructs a new Info.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Info.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Info title. */
            title: string;

            /** Info version. */
            version: string;

            /** Info description. */
            description: string;

            /** Info termsOfService. */
            termsOfService: string;

            /** Info contact. */
            contact?: (openapi.v2.Contact.$Properties|null);

            /** Info license. */
            license?: (openapi.v2.License.$Properties|null);

            /** Info vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Info message. Does not implicitly {@link openapi.v2.Info.verify|verify} messages.
             * @param message Info message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Info.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Info message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Info & openapi.v2.Info.$Shape} Info
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Info & openapi.v2.Info.$Shape;
        }

        namespace Info {

            /** Properties of an Info. */
            interface $Properties {

                /** Info title */
                title?: (string|null);

                /** Info version */
                version?: (string|null);

                /** Info description */
                description?: (string|null);

                /** Info termsOfService */
                termsOfService?: (string|null);

                /** Info contact */
                contact?: (openapi.v2.Contact.$Properties|null);

                /** Info license */
                license?: (openapi.v2.License.$Properties|null);

                /** Info vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Info. */
            type $Shape = openapi.v2.Info.$Properties;
        }

        /**
         * Properties of a Contact.
         * @deprecated Use openapi.v2.Contact.$Properties instead.
         */
        interface IContact extends openapi.v2.Contact.$Properties {
        }

        /** Represents a Contact. */
        class Contact {

            /**
             * Constructs a new Contact.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Contact.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Contact name. */
            name: string;

            /** Contact url. */
            url: string;

            /** Contact email. */
            email: string;

            /** Contact vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Contact message. Does not implicitly {@link openapi.v2.Contact.verify|verify} messages.
             * @param message Contact message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Contact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Contact message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Contact & openapi.v2.Contact.$Shape} Contact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Contact & openapi.v2.Contact.$Shape;
        }

        namespace Contact {

            /** Properties of a Contact. */
            interface $Properties {

                /** Contact name */
                name?: (string|null);

                /** Contact url */
                url?: (string|null);

                /** Contact email */
                email?: (string|null);

                /** Contact vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Contact. */
            type $Shape = openapi.v2.Contact.$Properties;
        }

        /**
         * Properties of a License.
         * @deprecated Use openapi.v2.License.$Properties instead.
         */
        interface ILicense extends openapi.v2.License.$Properties {
        }

        /** Represents a License. */
        class License {

            /**
             * Constructs a new License.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.License.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** License name. */
            name: string;

            /** License url. */
            url: string;

            /** License vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified License message. Does not implicitly {@link openapi.v2.License.verify|verify} messages.
             * @param message License message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.License.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a License message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.License & openapi.v2.License.$Shape} License
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.License & openapi.v2.License.$Shape;
        }

        namespace License {

            /** Properties of a License. */
            interface $Properties {

                /** License name */
                name?: (string|null);

                /** License url */
                url?: (string|null);

                /** License vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a License. */
            type $Shape = openapi.v2.License.$Properties;
        }

        /**
         * Properties of an ExternalDocs.
         * @deprecated Use openapi.v2.ExternalDocs.$Properties instead.
         */
        interface IExternalDocs extends openapi.v2.ExternalDocs.$Properties {
        }

        /** Represents an ExternalDocs. */
        class ExternalDocs {

            /**
             * Constructs a new ExternalDocs.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ExternalDocs.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExternalDocs description. */
            description: string;

            /** ExternalDocs url. */
            url: string;

            /** ExternalDocs vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified ExternalDocs message. Does not implicitly {@link openapi.v2.ExternalDocs.verify|verify} messages.
             * @param message ExternalDocs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ExternalDocs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExternalDocs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ExternalDocs & openapi.v2.ExternalDocs.$Shape} ExternalDocs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ExternalDocs & openapi.v2.ExternalDocs.$Shape;
        }

        namespace ExternalDocs {

            /** Properties of an ExternalDocs. */
            interface $Properties {

                /** ExternalDocs description */
                description?: (string|null);

                /** ExternalDocs url */
                url?: (string|null);

                /** ExternalDocs vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExternalDocs. */
            type $Shape = openapi.v2.ExternalDocs.$Properties;
        }

        /**
         * Properties of a Tag.
         * @deprecated Use openapi.v2.Tag.$Properties instead.
         */
        interface ITag extends openapi.v2.Tag.$Properties {
        }

        /** Represents a Tag. */
        class Tag {

            /**
             * Constructs a new Tag.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Tag.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tag name. */
            name: string;

            /** Tag description. */
            description: string;

            /** Tag externalDocs. */
            externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

            /** Tag vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Tag message. Does not implicitly {@link openapi.v2.Tag.verify|verify} messages.
             * @param message Tag message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Tag.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tag message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Tag & openapi.v2.Tag.$Shape} Tag
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Tag & openapi.v2.Tag.$Shape;
        }

        namespace Tag {

            /** Properties of a Tag. */
            interface $Properties {

                /** Tag name */
                name?: (string|null);

                /** Tag description */
                description?: (string|null);

                /** Tag externalDocs */
                externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

                /** Tag vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tag. */
            type $Shape = openapi.v2.Tag.$Properties;
        }

        /**
         * Properties of a Paths.
         * @deprecated Use openapi.v2.Paths.$Properties instead.
         */
        interface IPaths extends openapi.v2.Paths.$Properties {
        }

        /** Represents a Paths. */
        class Paths {

            /**
             * Constructs a new Paths.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Paths.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Paths vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /** Paths path. */
            path: openapi.v2.NamedPathItem.$Properties[];

            /**
             * Encodes the specified Paths message. Does not implicitly {@link openapi.v2.Paths.verify|verify} messages.
             * @param message Paths message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Paths.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Paths message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Paths & openapi.v2.Paths.$Shape} Paths
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Paths & openapi.v2.Paths.$Shape;
        }

        namespace Paths {

            /** Properties of a Paths. */
            interface $Properties {

                /** Paths vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Paths path */
                path?: (openapi.v2.NamedPathItem.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Paths. */
            type $Shape = {
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              path?: openapi.v2.NamedPathItem.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NamedPathItem.
         * @deprecated Use openapi.v2.NamedPathItem.$Properties instead.
         */
        interface INamedPathItem extends openapi.v2.NamedPathItem.$Properties {
        }

        /** Represents a NamedPathItem. */
        class NamedPathItem {

            /**
             * Constructs a new NamedPathItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedPathItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedPathItem name. */
            name: string;

            /** NamedPathItem value. */
            value?: (openapi.v2.PathItem.$Properties|null);

            /**
             * Encodes the specified NamedPathItem message. Does not implicitly {@link openapi.v2.NamedPathItem.verify|verify} messages.
             * @param message NamedPathItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedPathItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedPathItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedPathItem & openapi.v2.NamedPathItem.$Shape} NamedPathItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedPathItem & openapi.v2.NamedPathItem.$Shape;
        }

        namespace NamedPathItem {

            /** Properties of a NamedPathItem. */
            interface $Properties {

                /** NamedPathItem name */
                name?: (string|null);

                /** NamedPathItem value */
                value?: (openapi.v2.PathItem.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedPathItem. */
            type $Shape = {
              name?: string|null;
              value?: openapi.v2.PathItem.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PathItem.
         * @deprecated Use openapi.v2.PathItem.$Properties instead.
         */
        interface IPathItem extends openapi.v2.PathItem.$Properties {
        }

        /** Represents a PathItem. */
        class PathItem {

            /**
             * Constructs a new PathItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.PathItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PathItem _ref. */
            _ref: string;

            /** PathItem get. */
            get?: (openapi.v2.Operation.$Properties|null);

            /** PathItem put. */
            put?: (openapi.v2.Operation.$Properties|null);

            /** PathItem post. */
            post?: (openapi.v2.Operation.$Properties|null);

            /** PathItem delete. */
            delete?: (openapi.v2.Operation.$Properties|null);

            /** PathItem options. */
            options?: (openapi.v2.Operation.$Properties|null);

            /** PathItem head. */
            head?: (openapi.v2.Operation.$Properties|null);

            /** PathItem patch. */
            patch?: (openapi.v2.Operation.$Properties|null);

            /** PathItem parameters. */
            parameters: openapi.v2.ParametersItem.$Properties[];

            /** PathItem vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified PathItem message. Does not implicitly {@link openapi.v2.PathItem.verify|verify} messages.
             * @param message PathItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.PathItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PathItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.PathItem & openapi.v2.PathItem.$Shape} PathItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.PathItem & openapi.v2.PathItem.$Shape;
        }

        namespace PathItem {

            /** Properties of a PathItem. */
            interface $Properties {

                /** PathItem _ref */
                _ref?: (string|null);

                /** PathItem get */
                get?: (openapi.v2.Operation.$Properties|null);

                /** PathItem put */
                put?: (openapi.v2.Operation.$Properties|null);

                /** PathItem post */
                post?: (openapi.v2.Operation.$Properties|null);

                /** PathItem delete */
                "delete"?: (openapi.v2.Operation.$Properties|null);

                /** PathItem options */
                options?: (openapi.v2.Operation.$Properties|null);

                /** PathItem head */
                head?: (openapi.v2.Operation.$Properties|null);

                /** PathItem patch */
                patch?: (openapi.v2.Operation.$Properties|null);

                /** PathItem parameters */
                parameters?: (openapi.v2.ParametersItem.$Properties[]|null);

                /** PathItem vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PathItem. */
            type $Shape = {
              _ref?: string|null;
              get?: openapi.v2.Operation.$Shape|null;
              put?: openapi.v2.Operation.$Shape|null;
              post?: openapi.v2.Operation.$Shape|null;
              "delete"?: openapi.v2.Operation.$Shape|null;
              options?: openapi.v2.Operation.$Shape|null;
              head?: openapi.v2.Operation.$Shape|null;
              patch?: openapi.v2.Operation.$Shape|null;
              parameters?: openapi.v2.ParametersItem.$Shape[]|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Operation.
         * @deprecated Use openapi.v2.Operation.$Properties instead.
         */
        interface IOperation extends openapi.v2.Operation.$Properties {
        }

        /** Represents an Operation. */
        class Operation {

            /**
             * Constructs a new Operation.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Operation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Operation tags. */
            tags: string[];

            /** Operation summary. */
            summary: string;

            /** Operation description. */
            description: string;

            /** Operation externalDocs. */
            externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

            /** Operation operationId. */
            operationId: string;

            /** Operation produces. */
            produces: string[];

            /** Operation consumes. */
            consumes: string[];

            /** Operation parameters. */
            parameters: openapi.v2.ParametersItem.$Properties[];

            /** Operation responses. */
            responses?: (openapi.v2.Responses.$Properties|null);

            /** Operation schemes. */
            schemes: string[];

            /** Operation deprecated. */
            deprecated: boolean;

            /** Operation security. */
            security: openapi.v2.SecurityRequirement.$Properties[];

            /** Operation vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Operation message. Does not implicitly {@link openapi.v2.Operation.verify|verify} messages.
             * @param message Operation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Operation & openapi.v2.Operation.$Shape} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Operation & openapi.v2.Operation.$Shape;
        }

        namespace Operation {

            /** Properties of an Operation. */
            interface $Properties {

                /** Operation tags */
                tags?: (string[]|null);

                /** Operation summary */
                summary?: (string|null);

                /** Operation description */
                description?: (string|null);

                /** Operation externalDocs */
                externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

                /** Operation operationId */
                operationId?: (string|null);

                /** Operation produces */
                produces?: (string[]|null);

                /** Operation consumes */
                consumes?: (string[]|null);

                /** Operation parameters */
                parameters?: (openapi.v2.ParametersItem.$Properties[]|null);

                /** Operation responses */
                responses?: (openapi.v2.Responses.$Properties|null);

                /** Operation schemes */
                schemes?: (string[]|null);

                /** Operation deprecated */
                deprecated?: (boolean|null);

                /** Operation security */
                security?: (openapi.v2.SecurityRequirement.$Properties[]|null);

                /** Operation vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Operation. */
            type $Shape = {
              tags?: string[]|null;
              summary?: string|null;
              description?: string|null;
              externalDocs?: openapi.v2.ExternalDocs.$Shape|null;
              operationId?: string|null;
              produces?: string[]|null;
              consumes?: string[]|null;
              parameters?: openapi.v2.ParametersItem.$Shape[]|null;
              responses?: openapi.v2.Responses.$Shape|null;
              schemes?: string[]|null;
              deprecated?: boolean|null;
              security?: openapi.v2.SecurityRequirement.$Shape[]|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a JsonReference.
         * @deprecated Use openapi.v2.JsonReference.$Properties instead.
         */
        interface IJsonReference extends openapi.v2.JsonReference.$Properties {
        }

        /** Represents a JsonReference. */
        class JsonReference {

            /**
             * Constructs a new JsonReference.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.JsonReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JsonReference _ref. */
            _ref: string;

            /** JsonReference description. */
            description: string;

            /**
             * Encodes the specified JsonReference message. Does not implicitly {@link openapi.v2.JsonReference.verify|verify} messages.
             * @param message JsonReference message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.JsonReference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JsonReference message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.JsonReference & openapi.v2.JsonReference.$Shape} JsonReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.JsonReference & openapi.v2.JsonReference.$Shape;
        }

        namespace JsonReference {

            /** Properties of a JsonReference. */
            interface $Properties {

                /** JsonReference _ref */
                _ref?: (string|null);

                /** JsonReference description */
                description?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JsonReference. */
            type $Shape = openapi.v2.JsonReference.$Properties;
        }

        /**
         * Properties of a ParametersItem.
         * @deprecated Use openapi.v2.ParametersItem.$Properties instead.
         */
        interface IParametersItem extends openapi.v2.ParametersItem.$Properties {
        }

        /** Represents a ParametersItem. */
        class ParametersItem {

            /**
             * Constructs a new ParametersItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ParametersItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParametersItem parameter. */
            parameter?: (openapi.v2.Parameter.$Properties|null);

            /** ParametersItem jsonReference. */
            jsonReference?: (openapi.v2.JsonReference.$Properties|null);

            /** ParametersItem oneof. */
            oneof?: ("parameter"|"jsonReference");

            /**
             * Encodes the specified ParametersItem message. Does not implicitly {@link openapi.v2.ParametersItem.verify|verify} messages.
             * @param message ParametersItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ParametersItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParametersItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ParametersItem & openapi.v2.ParametersItem.$Shape} ParametersItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ParametersItem & openapi.v2.ParametersItem.$Shape;
        }

        namespace ParametersItem {

            /** Properties of a ParametersItem. */
            interface $Properties {

                /** ParametersItem parameter */
                parameter?: (openapi.v2.Parameter.$Properties|null);

                /** ParametersItem jsonReference */
                jsonReference?: (openapi.v2.JsonReference.$Properties|null);

                /** ParametersItem oneof */
                oneof?: ("parameter"|"jsonReference");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ParametersItem. */
            type $Shape = {
              parameter?: openapi.v2.Parameter.$Shape|null;
              jsonReference?: openapi.v2.JsonReference.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; parameter?: null; jsonReference?: null }|{ oneof?: "parameter"; parameter: openapi.v2.Parameter.$Shape; jsonReference?: null }|{ oneof?: "jsonReference"; parameter?: null; jsonReference: openapi.v2.JsonReference.$Shape })
            );
        }

        /**
         * Properties of a Parameter.
         * @deprecated Use openapi.v2.Parameter.$Properties instead.
         */
        interface IParameter extends openapi.v2.Parameter.$Properties {
        }

        /** Represents a Parameter. */
        class Parameter {

            /**
             * Constructs a new Parameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Parameter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Parameter bodyParameter. */
            bodyParameter?: (openapi.v2.BodyParameter.$Properties|null);

            /** Parameter nonBodyParameter. */
            nonBodyParameter?: (openapi.v2.NonBodyParameter.$Properties|null);

            /** Parameter oneof. */
            oneof?: ("bodyParameter"|"nonBodyParameter");

            /**
             * Encodes the specified Parameter message. Does not implicitly {@link openapi.v2.Parameter.verify|verify} messages.
             * @param message Parameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Parameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Parameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Parameter & openapi.v2.Parameter.$Shape} Parameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Parameter & openapi.v2.Parameter.$Shape;
        }

        namespace Parameter {

            /** Properties of a Parameter. */
            interface $Properties {

                /** Parameter bodyParameter */
                bodyParameter?: (openapi.v2.BodyParameter.$Properties|null);

                /** Parameter nonBodyParameter */
                nonBodyParameter?: (openapi.v2.NonBodyParameter.$Properties|null);

                /** Parameter oneof */
                oneof?: ("bodyParameter"|"nonBodyParameter");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Parameter. */
            type $Shape = {
              bodyParameter?: openapi.v2.BodyParameter.$Shape|null;
              nonBodyParameter?: openapi.v2.NonBodyParameter.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; bodyParameter?: null; nonBodyParameter?: null }|{ oneof?: "bodyParameter"; bodyParameter: openapi.v2.BodyParameter.$Shape; nonBodyParameter?: null }|{ oneof?: "nonBodyParameter"; bodyParameter?: null; nonBodyParameter: openapi.v2.NonBodyParameter.$Shape })
            );
        }

        /**
         * Properties of a BodyParameter.
         * @deprecated Use openapi.v2.BodyParameter.$Properties instead.
         */
        interface IBodyParameter extends openapi.v2.BodyParameter.$Properties {
        }

        /** Represents a BodyParameter. */
        class BodyParameter {

            /**
             * Constructs a new BodyParameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.BodyParameter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BodyParameter description. */
            description: string;

            /** BodyParameter name. */
            name: string;

            /** BodyParameter in. */
            in: string;

            /** BodyParameter required. */
            required: boolean;

            /** BodyParameter schema. */
            schema?: (openapi.v2.Schema.$Properties|null);

            /** BodyParameter vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified BodyParameter message. Does not implicitly {@link openapi.v2.BodyParameter.verify|verify} messages.
             * @param message BodyParameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.BodyParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BodyParameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.BodyParameter & openapi.v2.BodyParameter.$Shape} BodyParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.BodyParameter & openapi.v2.BodyParameter.$Shape;
        }

        namespace BodyParameter {

            /** Properties of a BodyParameter. */
            interface $Properties {

                /** BodyParameter description */
                description?: (string|null);

                /** BodyParameter name */
                name?: (string|null);

                /** BodyParameter in */
                "in"?: (string|null);

                /** BodyParameter required */
                required?: (boolean|null);

                /** BodyParameter schema */
                schema?: (openapi.v2.Schema.$Properties|null);

                /** BodyParameter vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BodyParameter. */
            type $Shape = {
              description?: string|null;
              name?: string|null;
              "in"?: string|null;
              required?: boolean|null;
              schema?: openapi.v2.Schema.$Shape|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NonBodyParameter.
         * @deprecated Use openapi.v2.NonBodyParameter.$Properties instead.
         */
        interface INonBodyParameter extends openapi.v2.NonBodyParameter.$Properties {
        }

        /** Represents a NonBodyParameter. */
        class NonBodyParameter {

            /**
             * Constructs a new NonBodyParameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NonBodyParameter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NonBodyParameter headerParameterSubSchema. */
            headerParameterSubSchema?: (openapi.v2.HeaderParameterSubSchema.$Properties|null);

            /** NonBodyParameter formDataParameterSubSchema. */
            formDataParameterSubSchema?: (openapi.v2.FormDataParameterSubSchema.$Properties|null);

            /** NonBodyParameter queryParameterSubSchema. */
            queryParameterSubSchema?: (openapi.v2.QueryParameterSubSchema.$Properties|null);

            /** NonBodyParameter pathParameterSubSchema. */
            pathParameterSubSchema?: (openapi.v2.PathParameterSubSchema.$Properties|null);

            /** NonBodyParameter oneof. */
            oneof?: ("headerParameterSubSchema"|"formDataParameterSubSchema"|"queryParameterSubSchema"|"pathParameterSubSchema");

            /**
             * Encodes the specified NonBodyParameter message. Does not implicitly {@link openapi.v2.NonBodyParameter.verify|verify} messages.
             * @param message NonBodyParameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NonBodyParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NonBodyParameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NonBodyParameter & openapi.v2.NonBodyParameter.$Shape} NonBodyParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NonBodyParameter & openapi.v2.NonBodyParameter.$Shape;
        }

        namespace NonBodyParameter {

            /** Properties of a NonBodyParameter. */
            interface $Properties {

                /** NonBodyParameter headerParameterSubSchema */
                headerParameterSubSchema?: (openapi.v2.HeaderParameterSubSchema.$Properties|null);

                /** NonBodyParameter formDataParameterSubSchema */
                formDataParameterSubSchema?: (openapi.v2.FormDataParameterSubSchema.$Properties|null);

                /** NonBodyParameter queryParameterSubSchema */
                queryParameterSubSchema?: (openapi.v2.QueryParameterSubSchema.$Properties|null);

                /** NonBodyParameter pathParameterSubSchema */
                pathParameterSubSchema?: (openapi.v2.PathParameterSubSchema.$Properties|null);

                /** NonBodyParameter oneof */
                oneof?: ("headerParameterSubSchema"|"formDataParameterSubSchema"|"queryParameterSubSchema"|"pathParameterSubSchema");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NonBodyParameter. */
            type $Shape = {
              headerParameterSubSchema?: openapi.v2.HeaderParameterSubSchema.$Shape|null;
              formDataParameterSubSchema?: openapi.v2.FormDataParameterSubSchema.$Shape|null;
              queryParameterSubSchema?: openapi.v2.QueryParameterSubSchema.$Shape|null;
              pathParameterSubSchema?: openapi.v2.PathParameterSubSchema.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; headerParameterSubSchema?: null; formDataParameterSubSchema?: null; queryParameterSubSchema?: null; pathParameterSubSchema?: null }|{ oneof?: "headerParameterSubSchema"; headerParameterSubSchema: openapi.v2.HeaderParameterSubSchema.$Shape; formDataParameterSubSchema?: null; queryParameterSubSchema?: null; pathParameterSubSchema?: null }|{ oneof?: "formDataParameterSubSchema"; headerParameterSubSchema?: null; formDataParameterSubSchema: openapi.v2.FormDataParameterSubSchema.$Shape; queryParameterSubSchema?: null; pathParameterSubSchema?: null }|{ oneof?: "queryParameterSubSchema"; headerParameterSubSchema?: null; formDataParameterSubSchema?: null; queryParameterSubSchema: openapi.v2.QueryParameterSubSchema.$Shape; pathParameterSubSchema?: null }|{ oneof?: "pathParameterSubSchema"; headerParameterSubSchema?: null; formDataParameterSubSchema?: null; queryParameterSubSchema?: null; pathParameterSubSchema: openapi.v2.PathParameterSubSchema.$Shape })
            );
        }

        /**
         * Properties of a HeaderParameterSubSchema.
         * @deprecated Use openapi.v2.HeaderParameterSubSchema.$Properties instead.
         */
        interface IHeaderParameterSubSchema extends openapi.v2.HeaderParameterSubSchema.$Properties {
        }

        /** Represents a HeaderParameterSubSchema. */
        class HeaderParameterSubSchema {

            /**
             * Constructs a new HeaderParameterSubSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.HeaderParameterSubSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeaderParameterSubSchema required. */
            required: boolean;

            /** HeaderParameterSubSchema in. */
            in: string;

            /** HeaderParameterSubSchema description. */
            description: string;

            /** HeaderParameterSubSchema name. */
            name: string;

            /** HeaderParameterSubSchema type. */
            type: string;

            /** HeaderParameterSubSchema format. */
            format: string;

            /** HeaderParameterSubSchema items. */
            items?: (openapi.v2.PrimitivesItems.$Properties|null);

            /** HeaderParameterSubSchema collectionFormat. */
            collectionFormat: string;

            /** HeaderParameterSubSchema default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** HeaderParameterSubSchema maximum. */
            maximum: number;

            /** HeaderParameterSubSchema exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** HeaderParameterSubSchema minimum. */
            minimum: number;

            /** HeaderParameterSubSchema exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** HeaderParameterSubSchema maxLength. */
            maxLength: number;

            /** HeaderParameterSubSchema minLength. */
            minLength: number;

            /** HeaderParameterSubSchema pattern. */
            pattern: string;

            /** HeaderParameterSubSchema maxItems. */
            maxItems: number;

            /** HeaderParameterSubSchema minItems. */
            minItems: number;

            /** HeaderParameterSubSchema uniqueItems. */
            uniqueItems: boolean;

            /** HeaderParameterSubSchema enum. */
            enum: openapi.v2.Any.$Properties[];

            /** HeaderParameterSubSchema multipleOf. */
            multipleOf: number;

            /** HeaderParameterSubSchema vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified HeaderParameterSubSchema message. Does not implicitly {@link openapi.v2.HeaderParameterSubSchema.verify|verify} messages.
             * @param message HeaderParameterSubSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.HeaderParameterSubSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeaderParameterSubSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.HeaderParameterSubSchema & openapi.v2.HeaderParameterSubSchema.$Shape} HeaderParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.HeaderParameterSubSchema & openapi.v2.HeaderParameterSubSchema.$Shape;
        }

        namespace HeaderParameterSubSchema {

            /** Properties of a HeaderParameterSubSchema. */
            interface $Properties {

                /** HeaderParameterSubSchema required */
                required?: (boolean|null);

                /** HeaderParameterSubSchema in */
                "in"?: (string|null);

                /** HeaderParameterSubSchema description */
                description?: (string|null);

                /** HeaderParameterSubSchema name */
                name?: (string|null);

                /** HeaderParameterSubSchema type */
                type?: (string|null);

                /** HeaderParameterSubSchema format */
                format?: (string|null);

                /** HeaderParameterSubSchema items */
                items?: (openapi.v2.PrimitivesItems.$Properties|null);

                /** HeaderParameterSubSchema collectionFormat */
                collectionFormat?: (string|null);

                /** HeaderParameterSubSchema default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** HeaderParameterSubSchema maximum */
                maximum?: (number|null);

                /** HeaderParameterSubSchema exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** HeaderParameterSubSchema minimum */
                minimum?: (number|null);

                /** HeaderParameterSubSchema exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** HeaderParameterSubSchema maxLength */
                maxLength?: (number|null);

                /** HeaderParameterSubSchema minLength */
                minLength?: (number|null);

                /** HeaderParameterSubSchema pattern */
                pattern?: (string|null);

                /** HeaderParameterSubSchema maxItems */
                maxItems?: (number|null);

                /** HeaderParameterSubSchema minItems */
                minItems?: (number|null);

                /** HeaderParameterSubSchema uniqueItems */
                uniqueItems?: (boolean|null);

                /** HeaderParameterSubSchema enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** HeaderParameterSubSchema multipleOf */
                multipleOf?: (number|null);

                /** HeaderParameterSubSchema vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeaderParameterSubSchema. */
            type $Shape = openapi.v2.HeaderParameterSubSchema.$Properties;
        }

        /**
         * Properties of a FormDataParameterSubSchema.
         * @deprecated Use openapi.v2.FormDataParameterSubSchema.$Properties instead.
         */
        interface IFormDataParameterSubSchema extends openapi.v2.FormDataParameterSubSchema.$Properties {
        }

        /** Represents a FormDataParameterSubSchema. */
        class FormDataParameterSubSchema {

            /**
             * Constructs a new FormDataParameterSubSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.FormDataParameterSubSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FormDataParameterSubSchema required. */
            required: boolean;

            /** FormDataParameterSubSchema in. */
            in: string;

            /** FormDataParameterSubSchema description. */
            description: string;

            /** FormDataParameterSubSchema name. */
            name: string;

            /** FormDataParameterSubSchema allowEmptyValue. */
            allowEmptyValue: boolean;

            /** FormDataParameterSubSchema type. */
            type: string;

            /** FormDataParameterSubSchema format. */
            format: string;

            /** FormDataParameterSubSchema items. */
            items?: (openapi.v2.PrimitivesItems.$Properties|null);

            /** FormDataParameterSubSchema collectionFormat. */
            collectionFormat: string;

            /** FormDataParameterSubSchema default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** FormDataParameterSubSchema maximum. */
            maximum: number;

            /** FormDataParameterSubSchema exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** FormDataParameterSubSchema minimum. */
            minimum: number;

            /** FormDataParameterSubSchema exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** FormDataParameterSubSchema maxLength. */
            maxLength: number;

            /** FormDataParameterSubSchema minLength. */
            minLength: number;

            /** FormDataParameterSubSchema pattern. */
            pattern: string;

            /** FormDataParameterSubSchema maxItems. */
            maxItems: number;

            /** FormDataParameterSubSchema minItems. */
            minItems: number;

            /** FormDataParameterSubSchema uniqueItems. */
            uniqueItems: boolean;

            /** FormDataParameterSubSchema enum. */
            enum: openapi.v2.Any.$Properties[];

            /** FormDataParameterSubSchema multipleOf. */
            multipleOf: number;

            /** FormDataParameterSubSchema vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified FormDataParameterSubSchema message. Does not implicitly {@link openapi.v2.FormDataParameterSubSchema.verify|verify} messages.
             * @param message FormDataParameterSubSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.FormDataParameterSubSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FormDataParameterSubSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.FormDataParameterSubSchema & openapi.v2.FormDataParameterSubSchema.$Shape} FormDataParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.FormDataParameterSubSchema & openapi.v2.FormDataParameterSubSchema.$Shape;
        }

        namespace FormDataParameterSubSchema {

            /** Properties of a FormDataParameterSubSchema. */
            interface $Properties {

                /** FormDataParameterSubSchema required */
                required?: (boolean|null);

                /** FormDataParameterSubSchema in */
                "in"?: (string|null);

                /** FormDataParameterSubSchema description */
                description?: (string|null);

                /** FormDataParameterSubSchema name */
                name?: (string|null);

                /** FormDataParameterSubSchema allowEmptyValue */
                allowEmptyValue?: (boolean|null);

                /** FormDataParameterSubSchema type */
                type?: (string|null);

                /** FormDataParameterSubSchema format */
                format?: (string|null);

                /** FormDataParameterSubSchema items */
                items?: (openapi.v2.PrimitivesItems.$Properties|null);

                /** FormDataParameterSubSchema collectionFormat */
                collectionFormat?: (string|null);

                /** FormDataParameterSubSchema default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** FormDataParameterSubSchema maximum */
                maximum?: (number|null);

                /** FormDataParameterSubSchema exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** FormDataParameterSubSchema minimum */
                minimum?: (number|null);

                /** FormDataParameterSubSchema exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** FormDataParameterSubSchema maxLength */
                maxLength?: (number|null);

                /** FormDataParameterSubSchema minLength */
                minLength?: (number|null);

                /** FormDataParameterSubSchema pattern */
                pattern?: (string|null);

                /** FormDataParameterSubSchema maxItems */
                maxItems?: (number|null);

                /** FormDataParameterSubSchema minItems */
                minItems?: (number|null);

                /** FormDataParameterSubSchema uniqueItems */
                uniqueItems?: (boolean|null);

                /** FormDataParameterSubSchema enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** FormDataParameterSubSchema multipleOf */
                multipleOf?: (number|null);

                /** FormDataParameterSubSchema vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FormDataParameterSubSchema. */
            type $Shape = openapi.v2.FormDataParameterSubSchema.$Properties;
        }

        /**
         * Properties of a QueryParameterSubSchema.
         * @deprecated Use openapi.v2.QueryParameterSubSchema.$Properties instead.
         */
        interface IQueryParameterSubSchema extends openapi.v2.QueryParameterSubSchema.$Properties {
        }

        /** Represents a QueryParameterSubSchema. */
        class QueryParameterSubSchema {

            /**
             * Constructs a new QueryParameterSubSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.QueryParameterSubSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryParameterSubSchema required. */
            required: boolean;

            /** QueryParameterSubSchema in. */
            in: string;

            /** QueryParameterSubSchema description. */
            description: string;

            /** QueryParameterSubSchema name. */
            name: string;

            /** QueryParameterSubSchema allowEmptyValue. */
            allowEmptyValue: boolean;

            /** QueryParameterSubSchema type. */
            type: string;

            /** QueryParameterSubSchema format. */
            format: string;

            /** QueryParameterSubSchema items. */
            items?: (openapi.v2.PrimitivesItems.$Properties|null);

            /** QueryParameterSubSchema collectionFormat. */
            collectionFormat: string;

            /** QueryParameterSubSchema default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** QueryParameterSubSchema maximum. */
            maximum: number;

            /** QueryParameterSubSchema exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** QueryParameterSubSchema minimum. */
            minimum: number;

            /** QueryParameterSubSchema exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** QueryParameterSubSchema maxLength. */
            maxLength: number;

            /** QueryParameterSubSchema minLength. */
            minLength: number;

            /** QueryParameterSubSchema pattern. */
            pattern: string;

            /** QueryParameterSubSchema maxItems. */
            maxItems: number;

            /** QueryParameterSubSchema minItems. */
            minItems: number;

            /** QueryParameterSubSchema uniqueItems. */
            uniqueItems: boolean;

            /** QueryParameterSubSchema enum. */
            enum: openapi.v2.Any.$Properties[];

            /** QueryParameterSubSchema multipleOf. */
            multipleOf: number;

            /** QueryParameterSubSchema vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified QueryParameterSubSchema message. Does not implicitly {@link openapi.v2.QueryParameterSubSchema.verify|verify} messages.
             * @param message QueryParameterSubSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.QueryParameterSubSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryParameterSubSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.QueryParameterSubSchema & openapi.v2.QueryParameterSubSchema.$Shape} QueryParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.QueryParameterSubSchema & openapi.v2.QueryParameterSubSchema.$Shape;
        }

        namespace QueryParameterSubSchema {

            /** Properties of a QueryParameterSubSchema. */
            interface $Properties {

                /** QueryParameterSubSchema required */
                required?: (boolean|null);

                /** QueryParameterSubSchema in */
                "in"?: (string|null);

                /** QueryParameterSubSchema description */
                description?: (string|null);

                /** QueryParameterSubSchema name */
                name?: (string|null);

                /** QueryParameterSubSchema allowEmptyValue */
                allowEmptyValue?: (boolean|null);

                /** QueryParameterSubSchema type */
                type?: (string|null);

                /** QueryParameterSubSchema format */
                format?: (string|null);

                /** QueryParameterSubSchema items */
                items?: (openapi.v2.PrimitivesItems.$Properties|null);

                /** QueryParameterSubSchema collectionFormat */
                collectionFormat?: (string|null);

                /** QueryParameterSubSchema default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** QueryParameterSubSchema maximum */
                maximum?: (number|null);

                /** QueryParameterSubSchema exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** QueryParameterSubSchema minimum */
                minimum?: (number|null);

                /** QueryParameterSubSchema exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** QueryParameterSubSchema maxLength */
                maxLength?: (number|null);

                /** QueryParameterSubSchema minLength */
                minLength?: (number|null);

                /** QueryParameterSubSchema pattern */
                pattern?: (string|null);

                /** QueryParameterSubSchema maxItems */
                maxItems?: (number|null);

                /** QueryParameterSubSchema minItems */
                minItems?: (number|null);

                /** QueryParameterSubSchema uniqueItems */
                uniqueItems?: (boolean|null);

                /** QueryParameterSubSchema enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** QueryParameterSubSchema multipleOf */
                multipleOf?: (number|null);

                /** QueryParameterSubSchema vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryParameterSubSchema. */
            type $Shape = openapi.v2.QueryParameterSubSchema.$Properties;
        }

        /**
         * Properties of a PathParameterSubSchema.
         * @deprecated Use openapi.v2.PathParameterSubSchema.$Properties instead.
         */
        interface IPathParameterSubSchema extends openapi.v2.PathParameterSubSchema.$Properties {
        }

        /** Represents a PathParameterSubSchema. */
        class PathParameterSubSchema {

            /**
             * Constructs a new PathParameterSubSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.PathParameterSubSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PathParameterSubSchema required. */
            required: boolean;

            /** PathParameterSubSchema in. */
            in: string;

            /** PathParameterSubSchema description. */
            description: string;

            /** PathParameterSubSchema name. */
            name: string;

            /** PathParameterSubSchema type. */
            type: string;

            /** PathParameterSubSchema format. */
            format: string;

            /** PathParameterSubSchema items. */
            items?: (openapi.v2.PrimitivesItems.$Properties|null);

            /** PathParameterSubSchema collectionFormat. */
            collectionFormat: string;

            /** PathParameterSubSchema default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** PathParameterSubSchema maximum. */
            maximum: number;

            /** PathParameterSubSchema exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** PathParameterSubSchema minimum. */
            minimum: number;

            /** PathParameterSubSchema exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** PathParameterSubSchema maxLength. */
            maxLength: number;

            /** PathParameterSubSchema minLength. */
            minLength: number;

            /** PathParameterSubSchema pattern. */
            pattern: string;

            /** PathParameterSubSchema maxItems. */
            maxItems: number;

            /** PathParameterSubSchema minItems. */
            minItems: number;

            /** PathParameterSubSchema uniqueItems. */
            uniqueItems: boolean;

            /** PathParameterSubSchema enum. */
            enum: openapi.v2.Any.$Properties[];

            /** PathParameterSubSchema multipleOf. */
            multipleOf: number;

            /** PathParameterSubSchema vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified PathParameterSubSchema message. Does not implicitly {@link openapi.v2.PathParameterSubSchema.verify|verify} messages.
             * @param message PathParameterSubSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.PathParameterSubSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PathParameterSubSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.PathParameterSubSchema & openapi.v2.PathParameterSubSchema.$Shape} PathParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.PathParameterSubSchema & openapi.v2.PathParameterSubSchema.$Shape;
        }

        namespace PathParameterSubSchema {

            /** Properties of a PathParameterSubSchema. */
            interface $Properties {

                /** PathParameterSubSchema required */
                required?: (boolean|null);

                /** PathParameterSubSchema in */
                "in"?: (string|null);

                /** PathParameterSubSchema description */
                description?: (string|null);

                /** PathParameterSubSchema name */
                name?: (string|null);

                /** PathParameterSubSchema type */
                type?: (string|null);

                /** PathParameterSubSchema format */
                format?: (string|null);

                /** PathParameterSubSchema items */
                items?: (openapi.v2.PrimitivesItems.$Properties|null);

                /** PathParameterSubSchema collectionFormat */
                collectionFormat?: (string|null);

                /** PathParameterSubSchema default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** PathParameterSubSchema maximum */
                maximum?: (number|null);

                /** PathParameterSubSchema exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** PathParameterSubSchema minimum */
                minimum?: (number|null);

                /** PathParameterSubSchema exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** PathParameterSubSchema maxLength */
                maxLength?: (number|null);

                /** PathParameterSubSchema minLength */
                minLength?: (number|null);

                /** PathParameterSubSchema pattern */
                pattern?: (string|null);

                /** PathParameterSubSchema maxItems */
                maxItems?: (number|null);

                /** PathParameterSubSchema minItems */
                minItems?: (number|null);

                /** PathParameterSubSchema uniqueItems */
                uniqueItems?: (boolean|null);

                /** PathParameterSubSchema enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** PathParameterSubSchema multipleOf */
                multipleOf?: (number|null);

                /** PathParameterSubSchema vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PathParameterSubSchema. */
            type $Shape = openapi.v2.PathParameterSubSchema.$Properties;
        }

        /**
         * Properties of a PrimitivesItems.
         * @deprecated Use openapi.v2.PrimitivesItems.$Properties instead.
         */
        interface IPrimitivesItems extends openapi.v2.PrimitivesItems.$Properties {
        }

        /** Represents a PrimitivesItems. */
        class PrimitivesItems {

            /**
             * Constructs a new PrimitivesItems.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.PrimitivesItems.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrimitivesItems type. */
            type: string;

            /** PrimitivesItems format. */
            format: string;

            /** PrimitivesItems items. */
            items?: (openapi.v2.PrimitivesItems.$Properties|null);

            /** PrimitivesItems collectionFormat. */
            collectionFormat: string;

            /** PrimitivesItems default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** PrimitivesItems maximum. */
            maximum: number;

            /** PrimitivesItems exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** PrimitivesItems minimum. */
            minimum: number;

            /** PrimitivesItems exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** PrimitivesItems maxLength. */
            maxLength: number;

            /** PrimitivesItems minLength. */
            minLength: number;

            /** PrimitivesItems pattern. */
            pattern: string;

            /** PrimitivesItems maxItems. */
            maxItems: number;

            /** PrimitivesItems minItems. */
            minItems: number;

            /** PrimitivesItems uniqueItems. */
            uniqueItems: boolean;

            /** PrimitivesItems enum. */
            enum: openapi.v2.Any.$Properties[];

            /** PrimitivesItems multipleOf. */
            multipleOf: number;

            /** PrimitivesItems vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified PrimitivesItems message. Does not implicitly {@link openapi.v2.PrimitivesItems.verify|verify} messages.
             * @param message PrimitivesItems message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.PrimitivesItems.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrimitivesItems message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.PrimitivesItems & openapi.v2.PrimitivesItems.$Shape} PrimitivesItems
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.PrimitivesItems & openapi.v2.PrimitivesItems.$Shape;
        }

        namespace PrimitivesItems {

            /** Properties of a PrimitivesItems. */
            interface $Properties {

                /** PrimitivesItems type */
                type?: (string|null);

                /** PrimitivesItems format */
                format?: (string|null);

                /** PrimitivesItems items */
                items?: (openapi.v2.PrimitivesItems.$Properties|null);

                /** PrimitivesItems collectionFormat */
                collectionFormat?: (string|null);

                /** PrimitivesItems default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** PrimitivesItems maximum */
                maximum?: (number|null);

                /** PrimitivesItems exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** PrimitivesItems minimum */
                minimum?: (number|null);

                /** PrimitivesItems exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** PrimitivesItems maxLength */
                maxLength?: (number|null);

                /** PrimitivesItems minLength */
                minLength?: (number|null);

                /** PrimitivesItems pattern */
                pattern?: (string|null);

                /** PrimitivesItems maxItems */
                maxItems?: (number|null);

                /** PrimitivesItems minItems */
                minItems?: (number|null);

                /** PrimitivesItems uniqueItems */
                uniqueItems?: (boolean|null);

                /** PrimitivesItems enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** PrimitivesItems multipleOf */
                multipleOf?: (number|null);

                /** PrimitivesItems vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrimitivesItems. */
            type $Shape = openapi.v2.PrimitivesItems.$Properties;
        }

        /**
         * Properties of a ParameterDefinitions.
         * @deprecated Use openapi.v2.ParameterDefinitions.$Properties instead.
         */
        interface IParameterDefinitions extends openapi.v2.ParameterDefinitions.$Properties {
        }

        /** Represents a ParameterDefinitions. */
        class ParameterDefinitions {

            /**
             * Constructs a new ParameterDefinitions.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ParameterDefinitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParameterDefinitions additionalProperties. */
            additionalProperties: openapi.v2.NamedParameter.$Properties[];

            /**
             * Encodes the specified ParameterDefinitions message. Does not implicitly {@link openapi.v2.ParameterDefinitions.verify|verify} messages.
             * @param message ParameterDefinitions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ParameterDefinitions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParameterDefinitions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ParameterDefinitions & openapi.v2.ParameterDefinitions.$Shape} ParameterDefinitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ParameterDefinitions & openapi.v2.ParameterDefinitions.$Shape;
        }

        namespace ParameterDefinitions {

            /** Properties of a ParameterDefinitions. */
            interface $Properties {

                /** ParameterDefinitions additionalProperties */
                additionalProperties?: (openapi.v2.NamedParameter.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParameterDefinitions. */
            type $Shape = {
              additionalProperties?: openapi.v2.NamedParameter.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NamedParameter.
         * @deprecated Use openapi.v2.NamedParameter.$Properties instead.
         */
        interface INamedParameter extends openapi.v2.NamedParameter.$Properties {
        }

        /** Represents a NamedParameter. */
        class NamedParameter {

            /**
             * Constructs a new NamedParameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedParameter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedParameter name. */
            name: string;

            /** NamedParameter value. */
            value?: (openapi.v2.Parameter.$Properties|null);

            /**
             * Encodes the specified NamedParameter message. Does not implicitly {@link openapi.v2.NamedParameter.verify|verify} messages.
             * @param message NamedParameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedParameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedParameter & openapi.v2.NamedParameter.$Shape} NamedParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedParameter & openapi.v2.NamedParameter.$Shape;
        }

        namespace NamedParameter {

            /** Properties of a NamedParameter. */
            interface $Properties {

                /** NamedParameter name */
                name?: (string|null);

                /** NamedParameter value */
                value?: (openapi.v2.Parameter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedParameter. */
            type $Shape = {
              name?: string|null;
              value?: openapi.v2.Parameter.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Responses.
         * @deprecated Use openapi.v2.Responses.$Properties instead.
         */
        interface IResponses extends openapi.v2.Responses.$Properties {
        }

        /** Represents a Responses. */
        class Responses {

            /**
             * Constructs a new Responses.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Responses.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Responses responseCode. */
            responseCode: openapi.v2.NamedResponseValue.$Properties[];

            /** Responses vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Responses message. Does not implicitly {@link openapi.v2.Responses.verify|verify} messages.
             * @param message Responses message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Responses.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Responses message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Responses & openapi.v2.Responses.$Shape} Responses
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Responses & openapi.v2.Responses.$Shape;
        }

        namespace Responses {

            /** Properties of a Responses. */
            interface $Properties {

                /** Responses responseCode */
                responseCode?: (openapi.v2.NamedResponseValue.$Properties[]|null);

                /** Responses vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Responses. */
            type $Shape = {
              responseCode?: openapi.v2.NamedResponseValue.$Shape[]|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NamedResponseValue.
         * @deprecated Use openapi.v2.NamedResponseValue.$Properties instead.
         */
        interface INamedResponseValue extends openapi.v2.NamedResponseValue.$Properties {
        }

        /** Represents a NamedResponseValue. */
        class NamedResponseValue {

            /**
             * Constructs a new NamedResponseValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedResponseValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedResponseValue name. */
            name: string;

            /** NamedResponseValue value. */
            value?: (openapi.v2.ResponseValue.$Properties|null);

            /**
             * Encodes the specified NamedResponseValue message. Does not implicitly {@link openapi.v2.NamedResponseValue.verify|verify} messages.
             * @param message NamedResponseValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedResponseValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedResponseValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedResponseValue & openapi.v2.NamedResponseValue.$Shape} NamedResponseValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedResponseValue & openapi.v2.NamedResponseValue.$Shape;
        }

        namespace NamedResponseValue {

            /** Properties of a NamedResponseValue. */
            interface $Properties {

                /** NamedResponseValue name */
                name?: (string|null);

                /** NamedResponseValue value */
                value?: (openapi.v2.ResponseValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedResponseValue. */
            type $Shape = {
              name?: string|null;
              value?: openapi.v2.ResponseValue.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ResponseValue.
         * @deprecated Use openapi.v2.ResponseValue.$Properties instead.
         */
        interface IResponseValue extends openapi.v2.ResponseValue.$Properties {
        }

        /** Represents a ResponseValue. */
        class ResponseValue {

            /**
             * Constructs a new ResponseValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ResponseValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResponseValue response. */
            response?: (openapi.v2.Response.$Properties|null);

            /** ResponseValue jsonReference. */
            jsonReference?: (openapi.v2.JsonReference.$Properties|null);

            /** ResponseValue oneof. */
            oneof?: ("response"|"jsonReference");

            /**
             * Encodes the specified ResponseValue message. Does not implicitly {@link openapi.v2.ResponseValue.verify|verify} messages.
             * @param message ResponseValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ResponseValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResponseValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ResponseValue & openapi.v2.ResponseValue.$Shape} ResponseValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ResponseValue & openapi.v2.ResponseValue.$Shape;
        }

        namespace ResponseValue {

            /** Properties of a ResponseValue. */
            interface $Properties {

                /** ResponseValue response */
                response?: (openapi.v2.Response.$Properties|null);

                /** ResponseValue jsonReference */
                jsonReference?: (openapi.v2.JsonReference.$Properties|null);

                /** ResponseValue oneof */
                oneof?: ("response"|"jsonReference");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ResponseValue. */
            type $Shape = {
              response?: openapi.v2.Response.$Shape|null;
              jsonReference?: openapi.v2.JsonReference.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; response?: null; jsonReference?: null }|{ oneof?: "response"; response: openapi.v2.Response.$Shape; jsonReference?: null }|{ oneof?: "jsonReference"; response?: null; jsonReference: openapi.v2.JsonReference.$Shape })
            );
        }

        /**
         * Properties of a Response.
         * @deprecated Use openapi.v2.Response.$Properties instead.
         */
        interface IResponse extends openapi.v2.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response description. */
            description: string;

            /** Response schema. */
            schema?: (openapi.v2.SchemaItem.$Properties|null);

            /** Response headers. */
            headers?: (openapi.v2.Headers.$Properties|null);

            /** Response examples. */
            examples?: (openapi.v2.Examples.$Properties|null);

            /** Response vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Response message. Does not implicitly {@link openapi.v2.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Response & openapi.v2.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Response & openapi.v2.Response.$Shape;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response description */
                description?: (string|null);

                /** Response schema */
                schema?: (openapi.v2.SchemaItem.$Properties|null);

                /** Response headers */
                headers?: (openapi.v2.Headers.$Properties|null);

                /** Response examples */
                examples?: (openapi.v2.Examples.$Properties|null);

                /** Response vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = {
              description?: string|null;
              schema?: openapi.v2.SchemaItem.$Shape|null;
              headers?: openapi.v2.Headers.$Shape|null;
              examples?: openapi.v2.Examples.$Shape|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SchemaItem.
         * @deprecated Use openapi.v2.SchemaItem.$Properties instead.
         */
        interface ISchemaItem extends openapi.v2.SchemaItem.$Properties {
        }

        /** Represents a SchemaItem. */
        class SchemaItem {

            /**
             * Constructs a new SchemaItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.SchemaItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SchemaItem schema. */
            schema?: (openapi.v2.Schema.$Properties|null);

            /** SchemaItem fileSchema. */
            fileSchema?: (openapi.v2.FileSchema.$Properties|null);

            /** SchemaItem oneof. */
            oneof?: ("schema"|"fileSchema");

            /**
             * Encodes the specified SchemaItem message. Does not implicitly {@link openapi.v2.SchemaItem.verify|verify} messages.
             * @param message SchemaItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.SchemaItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SchemaItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.SchemaItem & openapi.v2.SchemaItem.$Shape} SchemaItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.SchemaItem & openapi.v2.SchemaItem.$Shape;
        }

        namespace SchemaItem {

            /** Properties of a SchemaItem. */
            interface $Properties {

                /** SchemaItem schema */
                schema?: (openapi.v2.Schema.$Properties|null);

                /** SchemaItem fileSchema */
                fileSchema?: (openapi.v2.FileSchema.$Properties|null);

                /** SchemaItem oneof */
                oneof?: ("schema"|"fileSchema");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SchemaItem. */
            type $Shape = {
              schema?: openapi.v2.Schema.$Shape|null;
              fileSchema?: openapi.v2.FileSchema.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; schema?: null; fileSchema?: null }|{ oneof?: "schema"; schema: openapi.v2.Schema.$Shape; fileSchema?: null }|{ oneof?: "fileSchema"; schema?: null; fileSchema: openapi.v2.FileSchema.$Shape })
            );
        }

        /**
         * Properties of a Headers.
         * @deprecated Use openapi.v2.Headers.$Properties instead.
         */
        interface IHeaders extends openapi.v2.Headers.$Properties {
        }

        /** Represents a Headers. */
        class Headers {

            /**
             * Constructs a new Headers.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Headers.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Headers additionalProperties. */
            additionalProperties: openapi.v2.NamedHeader.$Properties[];

            /**
             * Encodes the specified Headers message. Does not implicitly {@link openapi.v2.Headers.verify|verify} messages.
             * @param message Headers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Headers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Headers message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Headers & openapi.v2.Headers.$Shape} Headers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Headers & openapi.v2.Headers.$Shape;
        }

        namespace Headers {

            /** Properties of a Headers. */
            interface $Properties {

                /** Headers additionalProperties */
                additionalProperties?: (openapi.v2.NamedHeader.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Headers. */
            type $Shape = openapi.v2.Headers.$Properties;
        }

        /**
         * Properties of a NamedHeader.
         * @deprecated Use openapi.v2.NamedHeader.$Properties instead.
         */
        interface INamedHeader extends openapi.v2.NamedHeader.$Properties {
        }

        /** Represents a NamedHeader. */
        class NamedHeader {

            /**
             * Constructs a new NamedHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedHeader name. */
            name: string;

            /** NamedHeader value. */
            value?: (openapi.v2.Header.$Properties|null);

            /**
             * Encodes the specified NamedHeader message. Does not implicitly {@link openapi.v2.NamedHeader.verify|verify} messages.
             * @param message NamedHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedHeader & openapi.v2.NamedHeader.$Shape} NamedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedHeader & openapi.v2.NamedHeader.$Shape;
        }

        namespace NamedHeader {

            /** Properties of a NamedHeader. */
            interface $Properties {

                /** NamedHeader name */
                name?: (string|null);

                /** NamedHeader value */
                value?: (openapi.v2.Header.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedHeader. */
            type $Shape = openapi.v2.NamedHeader.$Properties;
        }

        /**
         * Properties of a Header.
         * @deprecated Use openapi.v2.Header.$Properties instead.
         */
        interface IHeader extends openapi.v2.Header.$Properties {
        }

        /** Represents a Header. */
        class Header {

            /**
             * Constructs a new Header.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Header.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Header type. */
            type: string;

            /** Header format. */
            format: string;

            /** Header items. */
            items?: (openapi.v2.PrimitivesItems.$Properties|null);

            /** Header collectionFormat. */
            collectionFormat: string;

            /** Header default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** Header maximum. */
            maximum: number;

            /** Header exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** Header minimum. */
            minimum: number;

            /** Header exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** Header maxLength. */
            maxLength: number;

            /** Header minLength. */
            minLength: number;

            /** Header pattern. */
            pattern: string;

            /** Header maxItems. */
            maxItems: number;

            /** Header minItems. */
            minItems: number;

            /** Header uniqueItems. */
            uniqueItems: boolean;

            /** Header enum. */
            enum: openapi.v2.Any.$Properties[];

            /** Header multipleOf. */
            multipleOf: number;

            /** Header description. */
            description: string;

            /** Header vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Header message. Does not implicitly {@link openapi.v2.Header.verify|verify} messages.
             * @param message Header message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Header & openapi.v2.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Header & openapi.v2.Header.$Shape;
        }

        namespace Header {

            /** Properties of a Header. */
            interface $Properties {

                /** Header type */
                type?: (string|null);

                /** Header format */
                format?: (string|null);

                /** Header items */
                items?: (openapi.v2.PrimitivesItems.$Properties|null);

                /** Header collectionFormat */
                collectionFormat?: (string|null);

                /** Header default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** Header maximum */
                maximum?: (number|null);

                /** Header exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** Header minimum */
                minimum?: (number|null);

                /** Header exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** Header maxLength */
                maxLength?: (number|null);

                /** Header minLength */
                minLength?: (number|null);

                /** Header pattern */
                pattern?: (string|null);

                /** Header maxItems */
                maxItems?: (number|null);

                /** Header minItems */
                minItems?: (number|null);

                /** Header uniqueItems */
                uniqueItems?: (boolean|null);

                /** Header enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** Header multipleOf */
                multipleOf?: (number|null);

                /** Header description */
                description?: (string|null);

                /** Header vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Header. */
            type $Shape = openapi.v2.Header.$Properties;
        }

        /**
         * Properties of an Examples.
         * @deprecated Use openapi.v2.Examples.$Properties instead.
         */
        interface IExamples extends openapi.v2.Examples.$Properties {
        }

        /** Represents an Examples. */
        class Examples {

            /**
             * Constructs a new Examples.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Examples.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Examples additionalProperties. */
            additionalProperties: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Examples message. Does not implicitly {@link openapi.v2.Examples.verify|verify} messages.
             * @param message Examples message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Examples.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Examples message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Examples & openapi.v2.Examples.$Shape} Examples
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Examples & openapi.v2.Examples.$Shape;
        }

        namespace Examples {

            /** Properties of an Examples. */
            interface $Properties {

                /** Examples additionalProperties */
                additionalProperties?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Examples. */
            type $Shape = openapi.v2.Examples.$Properties;
        }

        /**
         * Properties of a ResponseDefinitions.
         * @deprecated Use openapi.v2.ResponseDefinitions.$Properties instead.
         */
        interface IResponseDefinitions extends openapi.v2.ResponseDefinitions.$Properties {
        }

        /** Represents a ResponseDefinitions. */
        class ResponseDefinitions {

            /**
             * Constructs a new ResponseDefinitions.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ResponseDefinitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResponseDefinitions additionalProperties. */
            additionalProperties: openapi.v2.NamedResponse.$Properties[];

            /**
             * Encodes the specified ResponseDefinitions message. Does not implicitly {@link openapi.v2.ResponseDefinitions.verify|verify} messages.
             * @param message ResponseDefinitions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ResponseDefinitions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResponseDefinitions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ResponseDefinitions & openapi.v2.ResponseDefinitions.$Shape} ResponseDefinitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ResponseDefinitions & openapi.v2.ResponseDefinitions.$Shape;
        }

        namespace ResponseDefinitions {

            /** Properties of a ResponseDefinitions. */
            interface $Properties {

                /** ResponseDefinitions additionalProperties */
                additionalProperties?: (openapi.v2.NamedResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResponseDefinitions. */
            type $Shape = {
              additionalProperties?: openapi.v2.NamedResponse.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NamedResponse.
         * @deprecated Use openapi.v2.NamedResponse.$Properties instead.
         */
        interface INamedResponse extends openapi.v2.NamedResponse.$Properties {
        }

        /** Represents a NamedResponse. */
        class NamedResponse {

            /**
             * Constructs a new NamedResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedResponse name. */
            name: string;

            /** NamedResponse value. */
            value?: (openapi.v2.Response.$Properties|null);

            /**
             * Encodes the specified NamedResponse message. Does not implicitly {@link openapi.v2.NamedResponse.verify|verify} messages.
             * @param message NamedResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedResponse & openapi.v2.NamedResponse.$Shape} NamedResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedResponse & openapi.v2.NamedResponse.$Shape;
        }

        namespace NamedResponse {

            /** Properties of a NamedResponse. */
            interface $Properties {

                /** NamedResponse name */
                name?: (string|null);

                /** NamedResponse value */
                value?: (openapi.v2.Response.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedResponse. */
            type $Shape = {
              name?: string|null;
              value?: openapi.v2.Response.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Definitions.
         * @deprecated Use openapi.v2.Definitions.$Properties instead.
         */
        interface IDefinitions extends openapi.v2.Definitions.$Properties {
        }

        /** Represents a Definitions. */
        class Definitions {

            /**
             * Constructs a new Definitions.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Definitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Definitions additionalProperties. */
            additionalProperties: openapi.v2.NamedSchema.$Properties[];

            /**
             * Encodes the specified Definitions message. Does not implicitly {@link openapi.v2.Definitions.verify|verify} messages.
             * @param message Definitions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Definitions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Definitions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Definitions & openapi.v2.Definitions.$Shape} Definitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Definitions & openapi.v2.Definitions.$Shape;
        }

        namespace Definitions {

            /** Properties of a Definitions. */
            interface $Properties {

                /** Definitions additionalProperties */
                additionalProperties?: (openapi.v2.NamedSchema.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Definitions. */
            type $Shape = {
              additionalProperties?: openapi.v2.NamedSchema.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NamedSchema.
         * @deprecated Use openapi.v2.NamedSchema.$Properties instead.
         */
        interface INamedSchema extends openapi.v2.NamedSchema.$Properties {
        }

        /** Represents a NamedSchema. */
        class NamedSchema {

            /**
             * Constructs a new NamedSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedSchema name. */
            name: string;

            /** NamedSchema value. */
            value?: (openapi.v2.Schema.$Properties|null);

            /**
             * Encodes the specified NamedSchema message. Does not implicitly {@link openapi.v2.NamedSchema.verify|verify} messages.
             * @param message NamedSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedSchema & openapi.v2.NamedSchema.$Shape} NamedSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedSchema & openapi.v2.NamedSchema.$Shape;
        }

        namespace NamedSchema {

            /** Properties of a NamedSchema. */
            interface $Properties {

                /** NamedSchema name */
                name?: (string|null);

                /** NamedSchema value */
                value?: (openapi.v2.Schema.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedSchema. */
            type $Shape = {
              name?: string|null;
              value?: openapi.v2.Schema.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Schema.
         * @deprecated Use openapi.v2.Schema.$Properties instead.
         */
        interface ISchema extends openapi.v2.Schema.$Properties {
        }

        /** Represents a Schema. */
        class Schema {

            /**
             * Constructs a new Schema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Schema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Schema _ref. */
            _ref: string;

            /** Schema format. */
            format: string;

            /** Schema title. */
            title: string;

            /** Schema description. */
            description: string;

            /** Schema default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** Schema multipleOf. */
            multipleOf: number;

            /** Schema maximum. */
            maximum: number;

            /** Schema exclusiveMaximum. */
            exclusiveMaximum: boolean;

            /** Schema minimum. */
            minimum: number;

            /** Schema exclusiveMinimum. */
            exclusiveMinimum: boolean;

            /** Schema maxLength. */
            maxLength: number;

            /** Schema minLength. */
            minLength: number;

            /** Schema pattern. */
            pattern: string;

            /** Schema maxItems. */
            maxItems: number;

            /** Schema minItems. */
            minItems: number;

            /** Schema uniqueItems. */
            uniqueItems: boolean;

            /** Schema maxProperties. */
            maxProperties: number;

            /** Schema minProperties. */
            minProperties: number;

            /** Schema required. */
            required: string[];

            /** Schema enum. */
            enum: openapi.v2.Any.$Properties[];

            /** Schema additionalProperties. */
            additionalProperties?: (openapi.v2.AdditionalPropertiesItem.$Properties|null);

            /** Schema type. */
            type?: (openapi.v2.TypeItem.$Properties|null);

            /** Schema items. */
            items?: (openapi.v2.ItemsItem.$Properties|null);

            /** Schema allOf. */
            allOf: openapi.v2.Schema.$Properties[];

            /** Schema properties. */
            properties?: (openapi.v2.Properties.$Properties|null);

            /** Schema discriminator. */
            discriminator: string;

            /** Schema readOnly. */
            readOnly: boolean;

            /** Schema xml. */
            xml?: (openapi.v2.Xml.$Properties|null);

            /** Schema externalDocs. */
            externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

            /** Schema example. */
            example?: (openapi.v2.Any.$Properties|null);

            /** Schema vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Schema message. Does not implicitly {@link openapi.v2.Schema.verify|verify} messages.
             * @param message Schema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Schema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Schema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Schema & openapi.v2.Schema.$Shape} Schema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Schema & openapi.v2.Schema.$Shape;
        }

        namespace Schema {

            /** Properties of a Schema. */
            interface $Properties {

                /** Schema _ref */
                _ref?: (string|null);

                /** Schema format */
                format?: (string|null);

                /** Schema title */
                title?: (string|null);

                /** Schema description */
                description?: (string|null);

                /** Schema default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** Schema multipleOf */
                multipleOf?: (number|null);

                /** Schema maximum */
                maximum?: (number|null);

                /** Schema exclusiveMaximum */
                exclusiveMaximum?: (boolean|null);

                /** Schema minimum */
                minimum?: (number|null);

                /** Schema exclusiveMinimum */
                exclusiveMinimum?: (boolean|null);

                /** Schema maxLength */
                maxLength?: (number|null);

                /** Schema minLength */
                minLength?: (number|null);

                /** Schema pattern */
                pattern?: (string|null);

                /** Schema maxItems */
                maxItems?: (number|null);

                /** Schema minItems */
                minItems?: (number|null);

                /** Schema uniqueItems */
                uniqueItems?: (boolean|null);

                /** Schema maxProperties */
                maxProperties?: (number|null);

                /** Schema minProperties */
                minProperties?: (number|null);

                /** Schema required */
                required?: (string[]|null);

                /** Schema enum */
                "enum"?: (openapi.v2.Any.$Properties[]|null);

                /** Schema additionalProperties */
                additionalProperties?: (openapi.v2.AdditionalPropertiesItem.$Properties|null);

                /** Schema type */
                type?: (openapi.v2.TypeItem.$Properties|null);

                /** Schema items */
                items?: (openapi.v2.ItemsItem.$Properties|null);

                /** Schema allOf */
                allOf?: (openapi.v2.Schema.$Properties[]|null);

                /** Schema properties */
                properties?: (openapi.v2.Properties.$Properties|null);

                /** Schema discriminator */
                discriminator?: (string|null);

                /** Schema readOnly */
                readOnly?: (boolean|null);

                /** Schema xml */
                xml?: (openapi.v2.Xml.$Properties|null);

                /** Schema externalDocs */
                externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

                /** Schema example */
                example?: (openapi.v2.Any.$Properties|null);

                /** Schema vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Schema. */
            type $Shape = {
              _ref?: string|null;
              format?: string|null;
              title?: string|null;
              description?: string|null;
              "default"?: openapi.v2.Any.$Shape|null;
              multipleOf?: number|null;
              maximum?: number|null;
              exclusiveMaximum?: boolean|null;
              minimum?: number|null;
              exclusiveMinimum?: boolean|null;
              maxLength?: number|null;
              minLength?: number|null;
              pattern?: string|null;
              maxItems?: number|null;
              minItems?: number|null;
              uniqueItems?: boolean|null;
              maxProperties?: number|null;
              minProperties?: number|null;
              required?: string[]|null;
              "enum"?: openapi.v2.Any.$Shape[]|null;
              additionalProperties?: openapi.v2.AdditionalPropertiesItem.$Shape|null;
              type?: openapi.v2.TypeItem.$Shape|null;
              items?: openapi.v2.ItemsItem.$Shape|null;
              allOf?: openapi.v2.Schema.$Shape[]|null;
              properties?: openapi.v2.Properties.$Shape|null;
              discriminator?: string|null;
              readOnly?: boolean|null;
              xml?: openapi.v2.Xml.$Shape|null;
              externalDocs?: openapi.v2.ExternalDocs.$Shape|null;
              example?: openapi.v2.Any.$Shape|null;
              vendorExtension?: openapi.v2.NamedAny.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a TypeItem.
         * @deprecated Use openapi.v2.TypeItem.$Properties instead.
         */
        interface ITypeItem extends openapi.v2.TypeItem.$Properties {
        }

        /** Represents a TypeItem. */
        class TypeItem {

            /**
             * Constructs a new TypeItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.TypeItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TypeItem value. */
            value: string[];

            /**
             * Encodes the specified TypeItem message. Does not implicitly {@link openapi.v2.TypeItem.verify|verify} messages.
             * @param message TypeItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.TypeItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TypeItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.TypeItem & openapi.v2.TypeItem.$Shape} TypeItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.TypeItem & openapi.v2.TypeItem.$Shape;
        }

        namespace TypeItem {

            /** Properties of a TypeItem. */
            interface $Properties {

                /** TypeItem value */
                value?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TypeItem. */
            type $Shape = openapi.v2.TypeItem.$Properties;
        }

        /**
         * Properties of an ItemsItem.
         * @deprecated Use openapi.v2.ItemsItem.$Properties instead.
         */
        interface IItemsItem extends openapi.v2.ItemsItem.$Properties {
        }

        /** Represents an ItemsItem. */
        class ItemsItem {

            /**
             * Constructs a new ItemsItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ItemsItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemsItem schema. */
            schema: openapi.v2.Schema.$Properties[];

            /**
             * Encodes the specified ItemsItem message. Does not implicitly {@link openapi.v2.ItemsItem.verify|verify} messages.
             * @param message ItemsItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ItemsItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemsItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ItemsItem & openapi.v2.ItemsItem.$Shape} ItemsItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ItemsItem & openapi.v2.ItemsItem.$Shape;
        }

        namespace ItemsItem {

            /** Properties of an ItemsItem. */
            interface $Properties {

                /** ItemsItem schema */
                schema?: (openapi.v2.Schema.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemsItem. */
            type $Shape = {
              schema?: openapi.v2.Schema.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an AdditionalPropertiesItem.
         * @deprecated Use openapi.v2.AdditionalPropertiesItem.$Properties instead.
         */
        interface IAdditionalPropertiesItem extends openapi.v2.AdditionalPropertiesItem.$Properties {
        }

        /** Represents an AdditionalPropertiesItem. */
        class AdditionalPropertiesItem {

            /**
             * Constructs a new AdditionalPropertiesItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.AdditionalPropertiesItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdditionalPropertiesItem schema. */
            schema?: (openapi.v2.Schema.$Properties|null);

            /** AdditionalPropertiesItem boolean. */
            boolean?: (boolean|null);

            /** AdditionalPropertiesItem oneof. */
            oneof?: ("schema"|"boolean");

            /**
             * Encodes the specified AdditionalPropertiesItem message. Does not implicitly {@link openapi.v2.AdditionalPropertiesItem.verify|verify} messages.
             * @param message AdditionalPropertiesItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.AdditionalPropertiesItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdditionalPropertiesItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.AdditionalPropertiesItem & openapi.v2.AdditionalPropertiesItem.$Shape} AdditionalPropertiesItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.AdditionalPropertiesItem & openapi.v2.AdditionalPropertiesItem.$Shape;
        }

        namespace AdditionalPropertiesItem {

            /** Properties of an AdditionalPropertiesItem. */
            interface $Properties {

                /** AdditionalPropertiesItem schema */
                schema?: (openapi.v2.Schema.$Properties|null);

                /** AdditionalPropertiesItem boolean */
                boolean?: (boolean|null);

                /** AdditionalPropertiesItem oneof */
                oneof?: ("schema"|"boolean");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AdditionalPropertiesItem. */
            type $Shape = {
              schema?: openapi.v2.Schema.$Shape|null;
              boolean?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; schema?: null; boolean?: null }|{ oneof?: "schema"; schema: openapi.v2.Schema.$Shape; boolean?: null }|{ oneof?: "boolean"; schema?: null; boolean: boolean })
            );
        }

        /**
         * Properties of a Properties.
         * @deprecated Use openapi.v2.Properties.$Properties instead.
         */
        interface IProperties extends openapi.v2.Properties.$Properties {
        }

        /** Represents a Properties. */
        class Properties {

            /**
             * Constructs a new Properties.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Properties.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Properties additionalProperties. */
            additionalProperties: openapi.v2.NamedSchema.$Properties[];

            /**
             * Encodes the specified Properties message. Does not implicitly {@link openapi.v2.Properties.verify|verify} messages.
             * @param message Properties message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Properties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Properties message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Properties & openapi.v2.Properties.$Shape} Properties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Properties & openapi.v2.Properties.$Shape;
        }

        namespace Properties {

            /** Properties of a Properties. */
            interface $Properties {

                /** Properties additionalProperties */
                additionalProperties?: (openapi.v2.NamedSchema.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Properties. */
            type $Shape = {
              additionalProperties?: openapi.v2.NamedSchema.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a FileSchema.
         * @deprecated Use openapi.v2.FileSchema.$Properties instead.
         */
        interface IFileSchema extends openapi.v2.FileSchema.$Properties {
        }

        /** Represents a FileSchema. */
        class FileSchema {

            /**
             * Constructs a new FileSchema.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.FileSchema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileSchema format. */
            format: string;

            /** FileSchema title. */
            title: string;

            /** FileSchema description. */
            description: string;

            /** FileSchema default. */
            default?: (openapi.v2.Any.$Properties|null);

            /** FileSchema required. */
            required: string[];

            /** FileSchema type. */
            type: string;

            /** FileSchema readOnly. */
            readOnly: boolean;

            /** FileSchema externalDocs. */
            externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

            /** FileSchema example. */
            example?: (openapi.v2.Any.$Properties|null);

            /** FileSchema vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified FileSchema message. Does not implicitly {@link openapi.v2.FileSchema.verify|verify} messages.
             * @param message FileSchema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.FileSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileSchema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.FileSchema & openapi.v2.FileSchema.$Shape} FileSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.FileSchema & openapi.v2.FileSchema.$Shape;
        }

        namespace FileSchema {

            /** Properties of a FileSchema. */
            interface $Properties {

                /** FileSchema format */
                format?: (string|null);

                /** FileSchema title */
                title?: (string|null);

                /** FileSchema description */
                description?: (string|null);

                /** FileSchema default */
                "default"?: (openapi.v2.Any.$Properties|null);

                /** FileSchema required */
                required?: (string[]|null);

                /** FileSchema type */
                type?: (string|null);

                /** FileSchema readOnly */
                readOnly?: (boolean|null);

                /** FileSchema externalDocs */
                externalDocs?: (openapi.v2.ExternalDocs.$Properties|null);

                /** FileSchema example */
                example?: (openapi.v2.Any.$Properties|null);

                /** FileSchema vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileSchema. */
            type $Shape = openapi.v2.FileSchema.$Properties;
        }

        /**
         * Properties of a Xml.
         * @deprecated Use openapi.v2.Xml.$Properties instead.
         */
        interface IXml extends openapi.v2.Xml.$Properties {
        }

        /** Represents a Xml. */
        class Xml {

            /**
             * Constructs a new Xml.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Xml.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Xml name. */
            name: string;

            /** Xml namespace. */
            namespace: string;

            /** Xml prefix. */
            prefix: string;

            /** Xml attribute. */
            attribute: boolean;

            /** Xml wrapped. */
            wrapped: boolean;

            /** Xml vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Xml message. Does not implicitly {@link openapi.v2.Xml.verify|verify} messages.
             * @param message Xml message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Xml.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Xml message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Xml & openapi.v2.Xml.$Shape} Xml
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Xml & openapi.v2.Xml.$Shape;
        }

        namespace Xml {

            /** Properties of a Xml. */
            interface $Properties {

                /** Xml name */
                name?: (string|null);

                /** Xml namespace */
                namespace?: (string|null);

                /** Xml prefix */
                prefix?: (string|null);

                /** Xml attribute */
                attribute?: (boolean|null);

                /** Xml wrapped */
                wrapped?: (boolean|null);

                /** Xml vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Xml. */
            type $Shape = openapi.v2.Xml.$Properties;
        }

        /**
         * Properties of a SecurityRequirement.
         * @deprecated Use openapi.v2.SecurityRequirement.$Properties instead.
         */
        interface ISecurityRequirement extends openapi.v2.SecurityRequirement.$Properties {
        }

        /** Represents a SecurityRequirement. */
        class SecurityRequirement {

            /**
             * Constructs a new SecurityRequirement.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.SecurityRequirement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecurityRequirement additionalProperties. */
            additionalProperties: openapi.v2.NamedStringArray.$Properties[];

            /**
             * Encodes the specified SecurityRequirement message. Does not implicitly {@link openapi.v2.SecurityRequirement.verify|verify} messages.
             * @param message SecurityRequirement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.SecurityRequirement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityRequirement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.SecurityRequirement & openapi.v2.SecurityRequirement.$Shape} SecurityRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.SecurityRequirement & openapi.v2.SecurityRequirement.$Shape;
        }

        namespace SecurityRequirement {

            /** Properties of a SecurityRequirement. */
            interface $Properties {

                /** SecurityRequirement additionalProperties */
                additionalProperties?: (openapi.v2.NamedStringArray.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecurityRequirement. */
            type $Shape = openapi.v2.SecurityRequirement.$Properties;
        }

        /**
         * Properties of a NamedStringArray.
         * @deprecated Use openapi.v2.NamedStringArray.$Properties instead.
         */
        interface INamedStringArray extends openapi.v2.NamedStringArray.$Properties {
        }

        /** Represents a NamedStringArray. */
        class NamedStringArray {

            /**
             * Constructs a new NamedStringArray.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedStringArray.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedStringArray name. */
            name: string;

            /** NamedStringArray value. */
            value?: (openapi.v2.StringArray.$Properties|null);

            /**
             * Encodes the specified NamedStringArray message. Does not implicitly {@link openapi.v2.NamedStringArray.verify|verify} messages.
             * @param message NamedStringArray message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedStringArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedStringArray message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedStringArray & openapi.v2.NamedStringArray.$Shape} NamedStringArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedStringArray & openapi.v2.NamedStringArray.$Shape;
        }

        namespace NamedStringArray {

            /** Properties of a NamedStringArray. */
            interface $Properties {

                /** NamedStringArray name */
                name?: (string|null);

                /** NamedStringArray value */
                value?: (openapi.v2.StringArray.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedStringArray. */
            type $Shape = openapi.v2.NamedStringArray.$Properties;
        }

        /**
         * Properties of a StringArray.
         * @deprecated Use openapi.v2.StringArray.$Properties instead.
         */
        interface IStringArray extends openapi.v2.StringArray.$Properties {
        }

        /** Represents a StringArray. */
        class StringArray {

            /**
             * Constructs a new StringArray.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.StringArray.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringArray value. */
            value: string[];

            /**
             * Encodes the specified StringArray message. Does not implicitly {@link openapi.v2.StringArray.verify|verify} messages.
             * @param message StringArray message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.StringArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringArray message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.StringArray & openapi.v2.StringArray.$Shape} StringArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.StringArray & openapi.v2.StringArray.$Shape;
        }

        namespace StringArray {

            /** Properties of a StringArray. */
            interface $Properties {

                /** StringArray value */
                value?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringArray. */
            type $Shape = openapi.v2.StringArray.$Properties;
        }

        /**
         * Properties of a SecurityDefinitions.
         * @deprecated Use openapi.v2.SecurityDefinitions.$Properties instead.
         */
        interface ISecurityDefinitions extends openapi.v2.SecurityDefinitions.$Properties {
        }

        /** Represents a SecurityDefinitions. */
        class SecurityDefinitions {

            /**
             * Constructs a new SecurityDefinitions.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.SecurityDefinitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecurityDefinitions additionalProperties. */
            additionalProperties: openapi.v2.NamedSecurityDefinitionsItem.$Properties[];

            /**
             * Encodes the specified SecurityDefinitions message. Does not implicitly {@link openapi.v2.SecurityDefinitions.verify|verify} messages.
             * @param message SecurityDefinitions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.SecurityDefinitions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityDefinitions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.SecurityDefinitions & openapi.v2.SecurityDefinitions.$Shape} SecurityDefinitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.SecurityDefinitions & openapi.v2.SecurityDefinitions.$Shape;
        }

        namespace SecurityDefinitions {

            /** Properties of a SecurityDefinitions. */
            interface $Properties {

                /** SecurityDefinitions additionalProperties */
                additionalProperties?: (openapi.v2.NamedSecurityDefinitionsItem.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecurityDefinitions. */
            type $Shape = {
              additionalProperties?: openapi.v2.NamedSecurityDefinitionsItem.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NamedSecurityDefinitionsItem.
         * @deprecated Use openapi.v2.NamedSecurityDefinitionsItem.$Properties instead.
         */
        interface INamedSecurityDefinitionsItem extends openapi.v2.NamedSecurityDefinitionsItem.$Properties {
        }

        /** Represents a NamedSecurityDefinitionsItem. */
        class NamedSecurityDefinitionsItem {

            /**
             * Constructs a new NamedSecurityDefinitionsItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedSecurityDefinitionsItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedSecurityDefinitionsItem name. */
            name: string;

            /** NamedSecurityDefinitionsItem value. */
            value?: (openapi.v2.SecurityDefinitionsItem.$Properties|null);

            /**
             * Encodes the specified NamedSecurityDefinitionsItem message. Does not implicitly {@link openapi.v2.NamedSecurityDefinitionsItem.verify|verify} messages.
             * @param message NamedSecurityDefinitionsItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedSecurityDefinitionsItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedSecurityDefinitionsItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedSecurityDefinitionsItem & openapi.v2.NamedSecurityDefinitionsItem.$Shape} NamedSecurityDefinitionsItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedSecurityDefinitionsItem & openapi.v2.NamedSecurityDefinitionsItem.$Shape;
        }

        namespace NamedSecurityDefinitionsItem {

            /** Properties of a NamedSecurityDefinitionsItem. */
            interface $Properties {

                /** NamedSecurityDefinitionsItem name */
                name?: (string|null);

                /** NamedSecurityDefinitionsItem value */
                value?: (openapi.v2.SecurityDefinitionsItem.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedSecurityDefinitionsItem. */
            type $Shape = {
              name?: string|null;
              value?: openapi.v2.SecurityDefinitionsItem.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SecurityDefinitionsItem.
         * @deprecated Use openapi.v2.SecurityDefinitionsItem.$Properties instead.
         */
        interface ISecurityDefinitionsItem extends openapi.v2.SecurityDefinitionsItem.$Properties {
        }

        /** Represents a SecurityDefinitionsItem. */
        class SecurityDefinitionsItem {

            /**
             * Constructs a new SecurityDefinitionsItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.SecurityDefinitionsItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecurityDefinitionsItem basicAuthenticationSecurity. */
            basicAuthenticationSecurity?: (openapi.v2.BasicAuthenticationSecurity.$Properties|null);

            /** SecurityDefinitionsItem apiKeySecurity. */
            apiKeySecurity?: (openapi.v2.ApiKeySecurity.$Properties|null);

            /** SecurityDefinitionsItem oauth2ImplicitSecurity. */
            oauth2ImplicitSecurity?: (openapi.v2.Oauth2ImplicitSecurity.$Properties|null);

            /** SecurityDefinitionsItem oauth2PasswordSecurity. */
            oauth2PasswordSecurity?: (openapi.v2.Oauth2PasswordSecurity.$Properties|null);

            /** SecurityDefinitionsItem oauth2ApplicationSecurity. */
            oauth2ApplicationSecurity?: (openapi.v2.Oauth2ApplicationSecurity.$Properties|null);

            /** SecurityDefinitionsItem oauth2AccessCodeSecurity. */
            oauth2AccessCodeSecurity?: (openapi.v2.Oauth2AccessCodeSecurity.$Properties|null);

            /** SecurityDefinitionsItem oneof. */
            oneof?: ("basicAuthenticationSecurity"|"apiKeySecurity"|"oauth2ImplicitSecurity"|"oauth2PasswordSecurity"|"oauth2ApplicationSecurity"|"oauth2AccessCodeSecurity");

            /**
             * Encodes the specified SecurityDefinitionsItem message. Does not implicitly {@link openapi.v2.SecurityDefinitionsItem.verify|verify} messages.
             * @param message SecurityDefinitionsItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.SecurityDefinitionsItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityDefinitionsItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.SecurityDefinitionsItem & openapi.v2.SecurityDefinitionsItem.$Shape} SecurityDefinitionsItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.SecurityDefinitionsItem & openapi.v2.SecurityDefinitionsItem.$Shape;
        }

        namespace SecurityDefinitionsItem {

            /** Properties of a SecurityDefinitionsItem. */
            interface $Properties {

                /** SecurityDefinitionsItem basicAuthenticationSecurity */
                basicAuthenticationSecurity?: (openapi.v2.BasicAuthenticationSecurity.$Properties|null);

                /** SecurityDefinitionsItem apiKeySecurity */
                apiKeySecurity?: (openapi.v2.ApiKeySecurity.$Properties|null);

                /** SecurityDefinitionsItem oauth2ImplicitSecurity */
                oauth2ImplicitSecurity?: (openapi.v2.Oauth2ImplicitSecurity.$Properties|null);

                /** SecurityDefinitionsItem oauth2PasswordSecurity */
                oauth2PasswordSecurity?: (openapi.v2.Oauth2PasswordSecurity.$Properties|null);

                /** SecurityDefinitionsItem oauth2ApplicationSecurity */
                oauth2ApplicationSecurity?: (openapi.v2.Oauth2ApplicationSecurity.$Properties|null);

                /** SecurityDefinitionsItem oauth2AccessCodeSecurity */
                oauth2AccessCodeSecurity?: (openapi.v2.Oauth2AccessCodeSecurity.$Properties|null);

                /** SecurityDefinitionsItem oneof */
                oneof?: ("basicAuthenticationSecurity"|"apiKeySecurity"|"oauth2ImplicitSecurity"|"oauth2PasswordSecurity"|"oauth2ApplicationSecurity"|"oauth2AccessCodeSecurity");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SecurityDefinitionsItem. */
            type $Shape = {
              basicAuthenticationSecurity?: openapi.v2.BasicAuthenticationSecurity.$Shape|null;
              apiKeySecurity?: openapi.v2.ApiKeySecurity.$Shape|null;
              oauth2ImplicitSecurity?: openapi.v2.Oauth2ImplicitSecurity.$Shape|null;
              oauth2PasswordSecurity?: openapi.v2.Oauth2PasswordSecurity.$Shape|null;
              oauth2ApplicationSecurity?: openapi.v2.Oauth2ApplicationSecurity.$Shape|null;
              oauth2AccessCodeSecurity?: openapi.v2.Oauth2AccessCodeSecurity.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ oneof?: undefined; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "basicAuthenticationSecurity"; basicAuthenticationSecurity: openapi.v2.BasicAuthenticationSecurity.$Shape; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "apiKeySecurity"; basicAuthenticationSecurity?: null; apiKeySecurity: openapi.v2.ApiKeySecurity.$Shape; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2ImplicitSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity: openapi.v2.Oauth2ImplicitSecurity.$Shape; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2PasswordSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity: openapi.v2.Oauth2PasswordSecurity.$Shape; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2ApplicationSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity: openapi.v2.Oauth2ApplicationSecurity.$Shape; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2AccessCodeSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity: openapi.v2.Oauth2AccessCodeSecurity.$Shape })
            );
        }

        /**
         * Properties of a BasicAuthenticationSecurity.
         * @deprecated Use openapi.v2.BasicAuthenticationSecurity.$Properties instead.
         */
        interface IBasicAuthenticationSecurity extends openapi.v2.BasicAuthenticationSecurity.$Properties {
        }

        /** Represents a BasicAuthenticationSecurity. */
        class BasicAuthenticationSecurity {

            /**
             * Constructs a new BasicAuthenticationSecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.BasicAuthenticationSecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BasicAuthenticationSecurity type. */
            type: string;

            /** BasicAuthenticationSecurity description. */
            description: string;

            /** BasicAuthenticationSecurity vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified BasicAuthenticationSecurity message. Does not implicitly {@link openapi.v2.BasicAuthenticationSecurity.verify|verify} messages.
             * @param message BasicAuthenticationSecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.BasicAuthenticationSecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BasicAuthenticationSecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.BasicAuthenticationSecurity & openapi.v2.BasicAuthenticationSecurity.$Shape} BasicAuthenticationSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.BasicAuthenticationSecurity & openapi.v2.BasicAuthenticationSecurity.$Shape;
        }

        namespace BasicAuthenticationSecurity {

            /** Properties of a BasicAuthenticationSecurity. */
            interface $Properties {

                /** BasicAuthenticationSecurity type */
                type?: (string|null);

                /** BasicAuthenticationSecurity description */
                description?: (string|null);

                /** BasicAuthenticationSecurity vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BasicAuthenticationSecurity. */
            type $Shape = openapi.v2.BasicAuthenticationSecurity.$Properties;
        }

        /**
         * Properties of an ApiKeySecurity.
         * @deprecated Use openapi.v2.ApiKeySecurity.$Properties instead.
         */
        interface IApiKeySecurity extends openapi.v2.ApiKeySecurity.$Properties {
        }

        /** Represents an ApiKeySecurity. */
        class ApiKeySecurity {

            /**
             * Constructs a new ApiKeySecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.ApiKeySecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApiKeySecurity type. */
            type: string;

            /** ApiKeySecurity name. */
            name: string;

            /** ApiKeySecurity in. */
            in: string;

            /** ApiKeySecurity description. */
            description: string;

            /** ApiKeySecurity vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified ApiKeySecurity message. Does not implicitly {@link openapi.v2.ApiKeySecurity.verify|verify} messages.
             * @param message ApiKeySecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.ApiKeySecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApiKeySecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.ApiKeySecurity & openapi.v2.ApiKeySecurity.$Shape} ApiKeySecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.ApiKeySecurity & openapi.v2.ApiKeySecurity.$Shape;
        }

        namespace ApiKeySecurity {

            /** Properties of an ApiKeySecurity. */
            interface $Properties {

                /** ApiKeySecurity type */
                type?: (string|null);

                /** ApiKeySecurity name */
                name?: (string|null);

                /** ApiKeySecurity in */
                "in"?: (string|null);

                /** ApiKeySecurity description */
                description?: (string|null);

                /** ApiKeySecurity vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApiKeySecurity. */
            type $Shape = openapi.v2.ApiKeySecurity.$Properties;
        }

        /**
         * Properties of an Oauth2ImplicitSecurity.
         * @deprecated Use openapi.v2.Oauth2ImplicitSecurity.$Properties instead.
         */
        interface IOauth2ImplicitSecurity extends openapi.v2.Oauth2ImplicitSecurity.$Properties {
        }

        /** Represents an Oauth2ImplicitSecurity. */
        class Oauth2ImplicitSecurity {

            /**
             * Constructs a new Oauth2ImplicitSecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Oauth2ImplicitSecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Oauth2ImplicitSecurity type. */
            type: string;

            /** Oauth2ImplicitSecurity flow. */
            flow: string;

            /** Oauth2ImplicitSecurity scopes. */
            scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

            /** Oauth2ImplicitSecurity authorizationUrl. */
            authorizationUrl: string;

            /** Oauth2ImplicitSecurity description. */
            description: string;

            /** Oauth2ImplicitSecurity vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Oauth2ImplicitSecurity message. Does not implicitly {@link openapi.v2.Oauth2ImplicitSecurity.verify|verify} messages.
             * @param message Oauth2ImplicitSecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Oauth2ImplicitSecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Oauth2ImplicitSecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2ImplicitSecurity & openapi.v2.Oauth2ImplicitSecurity.$Shape} Oauth2ImplicitSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Oauth2ImplicitSecurity & openapi.v2.Oauth2ImplicitSecurity.$Shape;
        }

        namespace Oauth2ImplicitSecurity {

            /** Properties of an Oauth2ImplicitSecurity. */
            interface $Properties {

                /** Oauth2ImplicitSecurity type */
                type?: (string|null);

                /** Oauth2ImplicitSecurity flow */
                flow?: (string|null);

                /** Oauth2ImplicitSecurity scopes */
                scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

                /** Oauth2ImplicitSecurity authorizationUrl */
                authorizationUrl?: (string|null);

                /** Oauth2ImplicitSecurity description */
                description?: (string|null);

                /** Oauth2ImplicitSecurity vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Oauth2ImplicitSecurity. */
            type $Shape = openapi.v2.Oauth2ImplicitSecurity.$Properties;
        }

        /**
         * Properties of an Oauth2PasswordSecurity.
         * @deprecated Use openapi.v2.Oauth2PasswordSecurity.$Properties instead.
         */
        interface IOauth2PasswordSecurity extends openapi.v2.Oauth2PasswordSecurity.$Properties {
        }

        /** Represents an Oauth2PasswordSecurity. */
        class Oauth2PasswordSecurity {

            /**
             * Constructs a new Oauth2PasswordSecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Oauth2PasswordSecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Oauth2PasswordSecurity type. */
            type: string;

            /** Oauth2PasswordSecurity flow. */
            flow: string;

            /** Oauth2PasswordSecurity scopes. */
            scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

            /** Oauth2PasswordSecurity tokenUrl. */
            tokenUrl: string;

            /** Oauth2PasswordSecurity description. */
            description: string;

            /** Oauth2PasswordSecurity vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Oauth2PasswordSecurity message. Does not implicitly {@link openapi.v2.Oauth2PasswordSecurity.verify|verify} messages.
             * @param message Oauth2PasswordSecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Oauth2PasswordSecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Oauth2PasswordSecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2PasswordSecurity & openapi.v2.Oauth2PasswordSecurity.$Shape} Oauth2PasswordSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Oauth2PasswordSecurity & openapi.v2.Oauth2PasswordSecurity.$Shape;
        }

        namespace Oauth2PasswordSecurity {

            /** Properties of an Oauth2PasswordSecurity. */
            interface $Properties {

                /** Oauth2PasswordSecurity type */
                type?: (string|null);

                /** Oauth2PasswordSecurity flow */
                flow?: (string|null);

                /** Oauth2PasswordSecurity scopes */
                scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

                /** Oauth2PasswordSecurity tokenUrl */
                tokenUrl?: (string|null);

                /** Oauth2PasswordSecurity description */
                description?: (string|null);

                /** Oauth2PasswordSecurity vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Oauth2PasswordSecurity. */
            type $Shape = openapi.v2.Oauth2PasswordSecurity.$Properties;
        }

        /**
         * Properties of an Oauth2ApplicationSecurity.
         * @deprecated Use openapi.v2.Oauth2ApplicationSecurity.$Properties instead.
         */
        interface IOauth2ApplicationSecurity extends openapi.v2.Oauth2ApplicationSecurity.$Properties {
        }

        /** Represents an Oauth2ApplicationSecurity. */
        class Oauth2ApplicationSecurity {

            /**
             * Constructs a new Oauth2ApplicationSecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Oauth2ApplicationSecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Oauth2ApplicationSecurity type. */
            type: string;

            /** Oauth2ApplicationSecurity flow. */
            flow: string;

            /** Oauth2ApplicationSecurity scopes. */
            scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

            /** Oauth2ApplicationSecurity tokenUrl. */
            tokenUrl: string;

            /** Oauth2ApplicationSecurity description. */
            description: string;

            /** Oauth2ApplicationSecurity vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Oauth2ApplicationSecurity message. Does not implicitly {@link openapi.v2.Oauth2ApplicationSecurity.verify|verify} messages.
             * @param message Oauth2ApplicationSecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Oauth2ApplicationSecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Oauth2ApplicationSecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2ApplicationSecurity & openapi.v2.Oauth2ApplicationSecurity.$Shape} Oauth2ApplicationSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Oauth2ApplicationSecurity & openapi.v2.Oauth2ApplicationSecurity.$Shape;
        }

        namespace Oauth2ApplicationSecurity {

            /** Properties of an Oauth2ApplicationSecurity. */
            interface $Properties {

                /** Oauth2ApplicationSecurity type */
                type?: (string|null);

                /** Oauth2ApplicationSecurity flow */
                flow?: (string|null);

                /** Oauth2ApplicationSecurity scopes */
                scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

                /** Oauth2ApplicationSecurity tokenUrl */
                tokenUrl?: (string|null);

                /** Oauth2ApplicationSecurity description */
                description?: (string|null);

                /** Oauth2ApplicationSecurity vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Oauth2ApplicationSecurity. */
            type $Shape = openapi.v2.Oauth2ApplicationSecurity.$Properties;
        }

        /**
         * Properties of an Oauth2AccessCodeSecurity.
         * @deprecated Use openapi.v2.Oauth2AccessCodeSecurity.$Properties instead.
         */
        interface IOauth2AccessCodeSecurity extends openapi.v2.Oauth2AccessCodeSecurity.$Properties {
        }

        /** Represents an Oauth2AccessCodeSecurity. */
        class Oauth2AccessCodeSecurity {

            /**
             * Constructs a new Oauth2AccessCodeSecurity.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Oauth2AccessCodeSecurity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Oauth2AccessCodeSecurity type. */
            type: string;

            /** Oauth2AccessCodeSecurity flow. */
            flow: string;

            /** Oauth2AccessCodeSecurity scopes. */
            scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

            /** Oauth2AccessCodeSecurity authorizationUrl. */
            authorizationUrl: string;

            /** Oauth2AccessCodeSecurity tokenUrl. */
            tokenUrl: string;

            /** Oauth2AccessCodeSecurity description. */
            description: string;

            /** Oauth2AccessCodeSecurity vendorExtension. */
            vendorExtension: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Oauth2AccessCodeSecurity message. Does not implicitly {@link openapi.v2.Oauth2AccessCodeSecurity.verify|verify} messages.
             * @param message Oauth2AccessCodeSecurity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Oauth2AccessCodeSecurity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Oauth2AccessCodeSecurity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2AccessCodeSecurity & openapi.v2.Oauth2AccessCodeSecurity.$Shape} Oauth2AccessCodeSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Oauth2AccessCodeSecurity & openapi.v2.Oauth2AccessCodeSecurity.$Shape;
        }

        namespace Oauth2AccessCodeSecurity {

            /** Properties of an Oauth2AccessCodeSecurity. */
            interface $Properties {

                /** Oauth2AccessCodeSecurity type */
                type?: (string|null);

                /** Oauth2AccessCodeSecurity flow */
                flow?: (string|null);

                /** Oauth2AccessCodeSecurity scopes */
                scopes?: (openapi.v2.Oauth2Scopes.$Properties|null);

                /** Oauth2AccessCodeSecurity authorizationUrl */
                authorizationUrl?: (string|null);

                /** Oauth2AccessCodeSecurity tokenUrl */
                tokenUrl?: (string|null);

                /** Oauth2AccessCodeSecurity description */
                description?: (string|null);

                /** Oauth2AccessCodeSecurity vendorExtension */
                vendorExtension?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Oauth2AccessCodeSecurity. */
            type $Shape = openapi.v2.Oauth2AccessCodeSecurity.$Properties;
        }

        /**
         * Properties of an Oauth2Scopes.
         * @deprecated Use openapi.v2.Oauth2Scopes.$Properties instead.
         */
        interface IOauth2Scopes extends openapi.v2.Oauth2Scopes.$Properties {
        }

        /** Represents an Oauth2Scopes. */
        class Oauth2Scopes {

            /**
             * Constructs a new Oauth2Scopes.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Oauth2Scopes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Oauth2Scopes additionalProperties. */
            additionalProperties: openapi.v2.NamedString.$Properties[];

            /**
             * Encodes the specified Oauth2Scopes message. Does not implicitly {@link openapi.v2.Oauth2Scopes.verify|verify} messages.
             * @param message Oauth2Scopes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Oauth2Scopes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Oauth2Scopes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2Scopes & openapi.v2.Oauth2Scopes.$Shape} Oauth2Scopes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Oauth2Scopes & openapi.v2.Oauth2Scopes.$Shape;
        }

        namespace Oauth2Scopes {

            /** Properties of an Oauth2Scopes. */
            interface $Properties {

                /** Oauth2Scopes additionalProperties */
                additionalProperties?: (openapi.v2.NamedString.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Oauth2Scopes. */
            type $Shape = openapi.v2.Oauth2Scopes.$Properties;
        }

        /**
         * Properties of a NamedString.
         * @deprecated Use openapi.v2.NamedString.$Properties instead.
         */
        interface INamedString extends openapi.v2.NamedString.$Properties {
        }

        /** Represents a NamedString. */
        class NamedString {

            /**
             * Constructs a new NamedString.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedString.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedString name. */
            name: string;

            /** NamedString value. */
            value: string;

            /**
             * Encodes the specified NamedString message. Does not implicitly {@link openapi.v2.NamedString.verify|verify} messages.
             * @param message NamedString message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedString.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedString message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedString & openapi.v2.NamedString.$Shape} NamedString
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedString & openapi.v2.NamedString.$Shape;
        }

        namespace NamedString {

            /** Properties of a NamedString. */
            interface $Properties {

                /** NamedString name */
                name?: (string|null);

                /** NamedString value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedString. */
            type $Shape = openapi.v2.NamedString.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use openapi.v2.Any.$Properties instead.
         */
        interface IAny extends openapi.v2.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any value. */
            value?: (google.protobuf.Any.$Properties|null);

            /** Any yaml. */
            yaml: string;

            /**
             * Encodes the specified Any message. Does not implicitly {@link openapi.v2.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Any & openapi.v2.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Any & openapi.v2.Any.$Shape;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any value */
                value?: (google.protobuf.Any.$Properties|null);

                /** Any yaml */
                yaml?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = openapi.v2.Any.$Properties;
        }

        /**
         * Properties of a NamedAny.
         * @deprecated Use openapi.v2.NamedAny.$Properties instead.
         */
        interface INamedAny extends openapi.v2.NamedAny.$Properties {
        }

        /** Represents a NamedAny. */
        class NamedAny {

            /**
             * Constructs a new NamedAny.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.NamedAny.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedAny name. */
            name: string;

            /** NamedAny value. */
            value?: (openapi.v2.Any.$Properties|null);

            /**
             * Encodes the specified NamedAny message. Does not implicitly {@link openapi.v2.NamedAny.verify|verify} messages.
             * @param message NamedAny message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.NamedAny.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedAny message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.NamedAny & openapi.v2.NamedAny.$Shape} NamedAny
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.NamedAny & openapi.v2.NamedAny.$Shape;
        }

        namespace NamedAny {

            /** Properties of a NamedAny. */
            interface $Properties {

                /** NamedAny name */
                name?: (string|null);

                /** NamedAny value */
                value?: (openapi.v2.Any.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedAny. */
            type $Shape = openapi.v2.NamedAny.$Properties;
        }

        /**
         * Properties of a VendorExtension.
         * @deprecated Use openapi.v2.VendorExtension.$Properties instead.
         */
        interface IVendorExtension extends openapi.v2.VendorExtension.$Properties {
        }

        /** Represents a VendorExtension. */
        class VendorExtension {

            /**
             * Constructs a new VendorExtension.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.VendorExtension.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorExtension additionalProperties. */
            additionalProperties: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified VendorExtension message. Does not implicitly {@link openapi.v2.VendorExtension.verify|verify} messages.
             * @param message VendorExtension message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.VendorExtension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorExtension message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.VendorExtension & openapi.v2.VendorExtension.$Shape} VendorExtension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.VendorExtension & openapi.v2.VendorExtension.$Shape;
        }

        namespace VendorExtension {

            /** Properties of a VendorExtension. */
            interface $Properties {

                /** VendorExtension additionalProperties */
                additionalProperties?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorExtension. */
            type $Shape = openapi.v2.VendorExtension.$Properties;
        }

        /**
         * Properties of a Default.
         * @deprecated Use openapi.v2.Default.$Properties instead.
         */
        interface IDefault extends openapi.v2.Default.$Properties {
        }

        /** Represents a Default. */
        class Default {

            /**
             * Constructs a new Default.
             * @param [properties] Properties to set
             */
            constructor(properties?: openapi.v2.Default.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Default additionalProperties. */
            additionalProperties: openapi.v2.NamedAny.$Properties[];

            /**
             * Encodes the specified Default message. Does not implicitly {@link openapi.v2.Default.verify|verify} messages.
             * @param message Default message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: openapi.v2.Default.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Default message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {openapi.v2.Default & openapi.v2.Default.$Shape} Default
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openapi.v2.Default & openapi.v2.Default.$Shape;
        }

        namespace Default {

            /** Properties of a Default. */
            interface $Properties {

                /** Default additionalProperties */
                additionalProperties?: (openapi.v2.NamedAny.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Default. */
            type $Shape = openapi.v2.Default.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }
    }
}

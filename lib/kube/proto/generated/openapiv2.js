/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const openapi = $root.openapi = (() => {

    /**
     * Namespace openapi.
     * @exports openapi
     * @namespace
     */
    const openapi = {};

    openapi.v2 = (function() {

        /**
         * Namespace v2.
         * @memberof openapi
         * @namespace
         */
        const v2 = {};

        v2.Document = (function() {

            /**
             * Properties of a Document.
             * @typedef {Object} openapi.v2.Document.$Properties
             * @property {string|null} [swagger] Document swagger
             * @property {openapi.v2.Info.$Properties|null} [info] Document info
             * @property {string|null} [host] Document host
             * @property {string|null} [basePath] Document basePath
             * @property {Array.<string>|null} [schemes] Document schemes
             * @property {Array.<string>|null} [consumes] Document consumes
             * @property {Array.<string>|null} [produces] Document produces
             * @property {openapi.v2.Paths.$Properties|null} [paths] Document paths
             * @property {openapi.v2.Definitions.$Properties|null} [definitions] Document definitions
             * @property {openapi.v2.ParameterDefinitions.$Properties|null} [parameters] Document parameters
             * @property {openapi.v2.ResponseDefinitions.$Properties|null} [responses] Document responses
             * @property {Array.<openapi.v2.SecurityRequirement.$Properties>|null} [security] Document security
             * @property {openapi.v2.SecurityDefinitions.$Properties|null} [securityDefinitions] Document securityDefinitions
             * @property {Array.<openapi.v2.Tag.$Properties>|null} [tags] Document tags
             * @property {openapi.v2.ExternalDocs.$Properties|null} [externalDocs] Document externalDocs
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Document vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Document.
             * @memberof openapi.v2
             * @interface IDocument
             * @augments openapi.v2.Document.$Properties
             * @deprecated Use openapi.v2.Document.$Properties instead.
             */

            /**
             * Shape of a Document.
             * @typedef {{
             *   swagger?: string|null;
             *   info?: openapi.v2.Info.$Shape|null;
             *   host?: string|null;
             *   basePath?: string|null;
             *   schemes?: Array.<string>|null;
             *   consumes?: Array.<string>|null;
             *   produces?: Array.<string>|null;
             *   paths?: openapi.v2.Paths.$Shape|null;
             *   definitions?: openapi.v2.Definitions.$Shape|null;
             *   parameters?: openapi.v2.ParameterDefinitions.$Shape|null;
             *   responses?: openapi.v2.ResponseDefinitions.$Shape|null;
             *   security?: Array.<openapi.v2.SecurityRequirement.$Shape>|null;
             *   securityDefinitions?: openapi.v2.SecurityDefinitions.$Shape|null;
             *   tags?: Array.<openapi.v2.Tag.$Shape>|null;
             *   externalDocs?: openapi.v2.ExternalDocs.$Shape|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Document.$Shape
             */

            /**
             * Constructs a new Document.
             * @memberof openapi.v2
             * @classdesc Represents a Document.
             * @constructor
             * @param {openapi.v2.Document.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Document = function (properties) {
                this.schemes = [];
                this.consumes = [];
                this.produces = [];
                this.security = [];
                this.tags = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Document swagger.
             * @member {string} swagger
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.swagger = "";

            /**
             * Document info.
             * @member {openapi.v2.Info.$Properties|null|undefined} info
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.info = null;

            /**
             * Document host.
             * @member {string} host
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.host = "";

            /**
             * Document basePath.
             * @member {string} basePath
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.basePath = "";

            /**
             * Document schemes.
             * @member {Array.<string>} schemes
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.schemes = $util.emptyArray;

            /**
             * Document consumes.
             * @member {Array.<string>} consumes
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.consumes = $util.emptyArray;

            /**
             * Document produces.
             * @member {Array.<string>} produces
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.produces = $util.emptyArray;

            /**
             * Document paths.
             * @member {openapi.v2.Paths.$Properties|null|undefined} paths
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.paths = null;

            /**
             * Document definitions.
             * @member {openapi.v2.Definitions.$Properties|null|undefined} definitions
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.definitions = null;

            /**
             * Document parameters.
             * @member {openapi.v2.ParameterDefinitions.$Properties|null|undefined} parameters
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.parameters = null;

            /**
             * Document responses.
             * @member {openapi.v2.ResponseDefinitions.$Properties|null|undefined} responses
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.responses = null;

            /**
             * Document security.
             * @member {Array.<openapi.v2.SecurityRequirement.$Properties>} security
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.security = $util.emptyArray;

            /**
             * Document securityDefinitions.
             * @member {openapi.v2.SecurityDefinitions.$Properties|null|undefined} securityDefinitions
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.securityDefinitions = null;

            /**
             * Document tags.
             * @member {Array.<openapi.v2.Tag.$Properties>} tags
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.tags = $util.emptyArray;

            /**
             * Document externalDocs.
             * @member {openapi.v2.ExternalDocs.$Properties|null|undefined} externalDocs
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.externalDocs = null;

            /**
             * Document vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Document
             * @instance
             */
            Document.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Document message. Does not implicitly {@link openapi.v2.Document.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Document
             * @static
             * @param {openapi.v2.Document.$Properties} message Document message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Document.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.swagger != null && $Object.hasOwnProperty.call(message, "swagger") && message.swagger !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.swagger);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.openapi.v2.Info.encode(message.info, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
                if (message.basePath != null && $Object.hasOwnProperty.call(message, "basePath") && message.basePath !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.basePath);
                if (message.schemes != null && message.schemes.length)
                    for (let i = 0; i < message.schemes.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.schemes[i]);
                if (message.consumes != null && message.consumes.length)
                    for (let i = 0; i < message.consumes.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.consumes[i]);
                if (message.produces != null && message.produces.length)
                    for (let i = 0; i < message.produces.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.produces[i]);
                if (message.paths != null && $Object.hasOwnProperty.call(message, "paths"))
                    $root.openapi.v2.Paths.encode(message.paths, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.definitions != null && $Object.hasOwnProperty.call(message, "definitions"))
                    $root.openapi.v2.Definitions.encode(message.definitions, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    $root.openapi.v2.ParameterDefinitions.encode(message.parameters, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.responses != null && $Object.hasOwnProperty.call(message, "responses"))
                    $root.openapi.v2.ResponseDefinitions.encode(message.responses, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.security != null && message.security.length)
                    for (let i = 0; i < message.security.length; ++i)
                        $root.openapi.v2.SecurityRequirement.encode(message.security[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.securityDefinitions != null && $Object.hasOwnProperty.call(message, "securityDefinitions"))
                    $root.openapi.v2.SecurityDefinitions.encode(message.securityDefinitions, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        $root.openapi.v2.Tag.encode(message.tags[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.externalDocs != null && $Object.hasOwnProperty.call(message, "externalDocs"))
                    $root.openapi.v2.ExternalDocs.encode(message.externalDocs, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Document message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Document
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Document & openapi.v2.Document.$Shape} Document
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Document.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Document();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.swagger = value;
                            else
                                delete message.swagger;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.openapi.v2.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.basePath = value;
                            else
                                delete message.basePath;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.schemes && message.schemes.length))
                                message.schemes = [];
                            message.schemes.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consumes && message.consumes.length))
                                message.consumes = [];
                            message.consumes.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.produces && message.produces.length))
                                message.produces = [];
                            message.produces.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.paths = $root.openapi.v2.Paths.decode(reader, reader.size(), $undefined, _depth + 1, message.paths);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.definitions = $root.openapi.v2.Definitions.decode(reader, reader.size(), $undefined, _depth + 1, message.definitions);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.parameters = $root.openapi.v2.ParameterDefinitions.decode(reader, reader.size(), $undefined, _depth + 1, message.parameters);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.responses = $root.openapi.v2.ResponseDefinitions.decode(reader, reader.size(), $undefined, _depth + 1, message.responses);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.security && message.security.length))
                                message.security = [];
                            message.security.push($root.openapi.v2.SecurityRequirement.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.securityDefinitions = $root.openapi.v2.SecurityDefinitions.decode(reader, reader.size(), $undefined, _depth + 1, message.securityDefinitions);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push($root.openapi.v2.Tag.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.externalDocs = $root.openapi.v2.ExternalDocs.decode(reader, reader.size(), $undefined, _depth + 1, message.externalDocs);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Document;
        })();

        v2.Info = (function() {

            /**
             * Properties of an Info.
             * @typedef {Object} openapi.v2.Info.$Properties
             * @property {string|null} [title] Info title
             * @property {string|null} [version] Info version
             * @property {string|null} [description] Info description
             * @property {string|null} [termsOfService] Info termsOfService
             * @property {openapi.v2.Contact.$Properties|null} [contact] Info contact
             * @property {openapi.v2.License.$Properties|null} [license] Info license
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Info vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Info.
             * @memberof openapi.v2
             * @interface IInfo
             * @augments openapi.v2.Info.$Properties
             * @deprecated Use openapi.v2.Info.$Properties instead.
             */

            /**
             * Shape of an Info.
             * @typedef {openapi.v2.Info.$Properties} openapi.v2.Info.$Shape
             */

            /**
             * Constructs a new Info.
             * @memberof openapi.v2
             * @classdesc Represents an Info.
             * @constructor
             * @param {openapi.v2.Info.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Info = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Info title.
             * @member {string} title
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.title = "";

            /**
             * Info version.
             * @member {string} version
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.version = "";

            /**
             * Info description.
             * @member {string} description
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.description = "";

            /**
             * Info termsOfService.
             * @member {string} termsOfService
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.termsOfService = "";

            /**
             * Info contact.
             * @member {openapi.v2.Contact.$Properties|null|undefined} contact
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.contact = null;

            /**
             * Info license.
             * @member {openapi.v2.License.$Properties|null|undefined} license
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.license = null;

            /**
             * Info vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Info
             * @instance
             */
            Info.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Info message. Does not implicitly {@link openapi.v2.Info.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Info
             * @static
             * @param {openapi.v2.Info.$Properties} message Info message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Info.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.termsOfService != null && $Object.hasOwnProperty.call(message, "termsOfService") && message.termsOfService !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.termsOfService);
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    $root.openapi.v2.Contact.encode(message.contact, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.license != null && $Object.hasOwnProperty.call(message, "license"))
                    $root.openapi.v2.License.encode(message.license, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Info message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Info
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Info & openapi.v2.Info.$Shape} Info
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Info.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Info();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.termsOfService = value;
                            else
                                delete message.termsOfService;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.contact = $root.openapi.v2.Contact.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.license = $root.openapi.v2.License.decode(reader, reader.size(), $undefined, _depth + 1, message.license);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Info;
        })();

        v2.Contact = (function() {

            /**
             * Properties of a Contact.
             * @typedef {Object} openapi.v2.Contact.$Properties
             * @property {string|null} [name] Contact name
             * @property {string|null} [url] Contact url
             * @property {string|null} [email] Contact email
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Contact vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Contact.
             * @memberof openapi.v2
             * @interface IContact
             * @augments openapi.v2.Contact.$Properties
             * @deprecated Use openapi.v2.Contact.$Properties instead.
             */

            /**
             * Shape of a Contact.
             * @typedef {openapi.v2.Contact.$Properties} openapi.v2.Contact.$Shape
             */

            /**
             * Constructs a new Contact.
             * @memberof openapi.v2
             * @classdesc Represents a Contact.
             * @constructor
             * @param {openapi.v2.Contact.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Contact = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Contact name.
             * @member {string} name
             * @memberof openapi.v2.Contact
             * @instance
             */
            Contact.prototype.name = "";

            /**
             * Contact url.
             * @member {string} url
             * @memberof openapi.v2.Contact
             * @instance
             */
            Contact.prototype.url = "";

            /**
             * Contact email.
             * @member {string} email
             * @memberof openapi.v2.Contact
             * @instance
             */
            Contact.prototype.email = "";

            /**
             * Contact vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Contact
             * @instance
             */
            Contact.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Contact message. Does not implicitly {@link openapi.v2.Contact.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Contact
             * @static
             * @param {openapi.v2.Contact.$Properties} message Contact message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Contact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.email);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Contact message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Contact
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Contact & openapi.v2.Contact.$Shape} Contact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Contact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Contact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.email = value;
                            else
                                delete message.email;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Contact;
        })();

        v2.License = (function() {

            /**
             * Properties of a License.
             * @typedef {Object} openapi.v2.License.$Properties
             * @property {string|null} [name] License name
             * @property {string|null} [url] License url
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] License vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a License.
             * @memberof openapi.v2
             * @interface ILicense
             * @augments openapi.v2.License.$Properties
             * @deprecated Use openapi.v2.License.$Properties instead.
             */

            /**
             * Shape of a License.
             * @typedef {openapi.v2.License.$Properties} openapi.v2.License.$Shape
             */

            /**
             * Constructs a new License.
             * @memberof openapi.v2
             * @classdesc Represents a License.
             * @constructor
             * @param {openapi.v2.License.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const License = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * License name.
             * @member {string} name
             * @memberof openapi.v2.License
             * @instance
             */
            License.prototype.name = "";

            /**
             * License url.
             * @member {string} url
             * @memberof openapi.v2.License
             * @instance
             */
            License.prototype.url = "";

            /**
             * License vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.License
             * @instance
             */
            License.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified License message. Does not implicitly {@link openapi.v2.License.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.License
             * @static
             * @param {openapi.v2.License.$Properties} message License message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            License.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a License message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.License
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.License & openapi.v2.License.$Shape} License
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            License.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.License();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return License;
        })();

        v2.ExternalDocs = (function() {

            /**
             * Properties of an ExternalDocs.
             * @typedef {Object} openapi.v2.ExternalDocs.$Properties
             * @property {string|null} [description] ExternalDocs description
             * @property {string|null} [url] ExternalDocs url
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] ExternalDocs vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExternalDocs.
             * @memberof openapi.v2
             * @interface IExternalDocs
             * @augments openapi.v2.ExternalDocs.$Properties
             * @deprecated Use openapi.v2.ExternalDocs.$Properties instead.
             */

            /**
             * Shape of an ExternalDocs.
             * @typedef {openapi.v2.ExternalDocs.$Properties} openapi.v2.ExternalDocs.$Shape
             */

            /**
             * Constructs a new ExternalDocs.
             * @memberof openapi.v2
             * @classdesc Represents an ExternalDocs.
             * @constructor
             * @param {openapi.v2.ExternalDocs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExternalDocs = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExternalDocs description.
             * @member {string} description
             * @memberof openapi.v2.ExternalDocs
             * @instance
             */
            ExternalDocs.prototype.description = "";

            /**
             * ExternalDocs url.
             * @member {string} url
             * @memberof openapi.v2.ExternalDocs
             * @instance
             */
            ExternalDocs.prototype.url = "";

            /**
             * ExternalDocs vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.ExternalDocs
             * @instance
             */
            ExternalDocs.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified ExternalDocs message. Does not implicitly {@link openapi.v2.ExternalDocs.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ExternalDocs
             * @static
             * @param {openapi.v2.ExternalDocs.$Properties} message ExternalDocs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExternalDocs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExternalDocs message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ExternalDocs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ExternalDocs & openapi.v2.ExternalDocs.$Shape} ExternalDocs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExternalDocs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ExternalDocs();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ExternalDocs;
        })();

        v2.Tag = (function() {

            /**
             * Properties of a Tag.
             * @typedef {Object} openapi.v2.Tag.$Properties
             * @property {string|null} [name] Tag name
             * @property {string|null} [description] Tag description
             * @property {openapi.v2.ExternalDocs.$Properties|null} [externalDocs] Tag externalDocs
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Tag vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tag.
             * @memberof openapi.v2
             * @interface ITag
             * @augments openapi.v2.Tag.$Properties
             * @deprecated Use openapi.v2.Tag.$Properties instead.
             */

            /**
             * Shape of a Tag.
             * @typedef {openapi.v2.Tag.$Properties} openapi.v2.Tag.$Shape
             */

            /**
             * Constructs a new Tag.
             * @memberof openapi.v2
             * @classdesc Represents a Tag.
             * @constructor
             * @param {openapi.v2.Tag.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tag = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Tag name.
             * @member {string} name
             * @memberof openapi.v2.Tag
             * @instance
             */
            Tag.prototype.name = "";

            /**
             * Tag description.
             * @member {string} description
             * @memberof openapi.v2.Tag
             * @instance
             */
            Tag.prototype.description = "";

            /**
             * Tag externalDocs.
             * @member {openapi.v2.ExternalDocs.$Properties|null|undefined} externalDocs
             * @memberof openapi.v2.Tag
             * @instance
             */
            Tag.prototype.externalDocs = null;

            /**
             * Tag vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Tag
             * @instance
             */
            Tag.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Tag message. Does not implicitly {@link openapi.v2.Tag.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Tag
             * @static
             * @param {openapi.v2.Tag.$Properties} message Tag message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tag.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.externalDocs != null && $Object.hasOwnProperty.call(message, "externalDocs"))
                    $root.openapi.v2.ExternalDocs.encode(message.externalDocs, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Tag message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Tag
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Tag & openapi.v2.Tag.$Shape} Tag
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tag.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Tag();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.externalDocs = $root.openapi.v2.ExternalDocs.decode(reader, reader.size(), $undefined, _depth + 1, message.externalDocs);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Tag;
        })();

        v2.Paths = (function() {

            /**
             * Properties of a Paths.
             * @typedef {Object} openapi.v2.Paths.$Properties
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Paths vendorExtension
             * @property {Array.<openapi.v2.NamedPathItem.$Properties>|null} [path] Paths path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Paths.
             * @memberof openapi.v2
             * @interface IPaths
             * @augments openapi.v2.Paths.$Properties
             * @deprecated Use openapi.v2.Paths.$Properties instead.
             */

            /**
             * Shape of a Paths.
             * @typedef {{
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   path?: Array.<openapi.v2.NamedPathItem.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Paths.$Shape
             */

            /**
             * Constructs a new Paths.
             * @memberof openapi.v2
             * @classdesc Represents a Paths.
             * @constructor
             * @param {openapi.v2.Paths.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Paths = function (properties) {
                this.vendorExtension = [];
                this.path = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Paths vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Paths
             * @instance
             */
            Paths.prototype.vendorExtension = $util.emptyArray;

            /**
             * Paths path.
             * @member {Array.<openapi.v2.NamedPathItem.$Properties>} path
             * @memberof openapi.v2.Paths
             * @instance
             */
            Paths.prototype.path = $util.emptyArray;

            /**
             * Encodes the specified Paths message. Does not implicitly {@link openapi.v2.Paths.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Paths
             * @static
             * @param {openapi.v2.Paths.$Properties} message Paths message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Paths.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.path != null && message.path.length)
                    for (let i = 0; i < message.path.length; ++i)
                        $root.openapi.v2.NamedPathItem.encode(message.path[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Paths message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Paths
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Paths & openapi.v2.Paths.$Shape} Paths
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Paths.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Paths();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push($root.openapi.v2.NamedPathItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Paths;
        })();

        v2.NamedPathItem = (function() {

            /**
             * Properties of a NamedPathItem.
             * @typedef {Object} openapi.v2.NamedPathItem.$Properties
             * @property {string|null} [name] NamedPathItem name
             * @property {openapi.v2.PathItem.$Properties|null} [value] NamedPathItem value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedPathItem.
             * @memberof openapi.v2
             * @interface INamedPathItem
             * @augments openapi.v2.NamedPathItem.$Properties
             * @deprecated Use openapi.v2.NamedPathItem.$Properties instead.
             */

            /**
             * Shape of a NamedPathItem.
             * @typedef {{
             *   name?: string|null;
             *   value?: openapi.v2.PathItem.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.NamedPathItem.$Shape
             */

            /**
             * Constructs a new NamedPathItem.
             * @memberof openapi.v2
             * @classdesc Represents a NamedPathItem.
             * @constructor
             * @param {openapi.v2.NamedPathItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedPathItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedPathItem name.
             * @member {string} name
             * @memberof openapi.v2.NamedPathItem
             * @instance
             */
            NamedPathItem.prototype.name = "";

            /**
             * NamedPathItem value.
             * @member {openapi.v2.PathItem.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedPathItem
             * @instance
             */
            NamedPathItem.prototype.value = null;

            /**
             * Encodes the specified NamedPathItem message. Does not implicitly {@link openapi.v2.NamedPathItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedPathItem
             * @static
             * @param {openapi.v2.NamedPathItem.$Properties} message NamedPathItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedPathItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.PathItem.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedPathItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedPathItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedPathItem & openapi.v2.NamedPathItem.$Shape} NamedPathItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedPathItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedPathItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.PathItem.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedPathItem;
        })();

        v2.PathItem = (function() {

            /**
             * Properties of a PathItem.
             * @typedef {Object} openapi.v2.PathItem.$Properties
             * @property {string|null} [_ref] PathItem _ref
             * @property {openapi.v2.Operation.$Properties|null} [get] PathItem get
             * @property {openapi.v2.Operation.$Properties|null} [put] PathItem put
             * @property {openapi.v2.Operation.$Properties|null} [post] PathItem post
             * @property {openapi.v2.Operation.$Properties|null} ["delete"] PathItem delete
             * @property {openapi.v2.Operation.$Properties|null} [options] PathItem options
             * @property {openapi.v2.Operation.$Properties|null} [head] PathItem head
             * @property {openapi.v2.Operation.$Properties|null} [patch] PathItem patch
             * @property {Array.<openapi.v2.ParametersItem.$Properties>|null} [parameters] PathItem parameters
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] PathItem vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PathItem.
             * @memberof openapi.v2
             * @interface IPathItem
             * @augments openapi.v2.PathItem.$Properties
             * @deprecated Use openapi.v2.PathItem.$Properties instead.
             */

            /**
             * Shape of a PathItem.
             * @typedef {{
             *   _ref?: string|null;
             *   get?: openapi.v2.Operation.$Shape|null;
             *   put?: openapi.v2.Operation.$Shape|null;
             *   post?: openapi.v2.Operation.$Shape|null;
             *   "delete"?: openapi.v2.Operation.$Shape|null;
             *   options?: openapi.v2.Operation.$Shape|null;
             *   head?: openapi.v2.Operation.$Shape|null;
             *   patch?: openapi.v2.Operation.$Shape|null;
             *   parameters?: Array.<openapi.v2.ParametersItem.$Shape>|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.PathItem.$Shape
             */

            /**
             * Constructs a new PathItem.
             * @memberof openapi.v2
             * @classdesc Represents a PathItem.
             * @constructor
             * @param {openapi.v2.PathItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PathItem = function (properties) {
                this.parameters = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PathItem _ref.
             * @member {string} _ref
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype._ref = "";

            /**
             * PathItem get.
             * @member {openapi.v2.Operation.$Properties|null|undefined} get
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.get = null;

            /**
             * PathItem put.
             * @member {openapi.v2.Operation.$Properties|null|undefined} put
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.put = null;

            /**
             * PathItem post.
             * @member {openapi.v2.Operation.$Properties|null|undefined} post
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.post = null;

            /**
             * PathItem delete.
             * @member {openapi.v2.Operation.$Properties|null|undefined} delete
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype["delete"] = null;

            /**
             * PathItem options.
             * @member {openapi.v2.Operation.$Properties|null|undefined} options
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.options = null;

            /**
             * PathItem head.
             * @member {openapi.v2.Operation.$Properties|null|undefined} head
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.head = null;

            /**
             * PathItem patch.
             * @member {openapi.v2.Operation.$Properties|null|undefined} patch
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.patch = null;

            /**
             * PathItem parameters.
             * @member {Array.<openapi.v2.ParametersItem.$Properties>} parameters
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.parameters = $util.emptyArray;

            /**
             * PathItem vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.PathItem
             * @instance
             */
            PathItem.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified PathItem message. Does not implicitly {@link openapi.v2.PathItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.PathItem
             * @static
             * @param {openapi.v2.PathItem.$Properties} message PathItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PathItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message._ref != null && $Object.hasOwnProperty.call(message, "_ref") && message._ref !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message._ref);
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.openapi.v2.Operation.encode(message.get, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.openapi.v2.Operation.encode(message.put, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.post != null && $Object.hasOwnProperty.call(message, "post"))
                    $root.openapi.v2.Operation.encode(message.post, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.openapi.v2.Operation.encode(message["delete"], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    $root.openapi.v2.Operation.encode(message.options, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.head != null && $Object.hasOwnProperty.call(message, "head"))
                    $root.openapi.v2.Operation.encode(message.head, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.patch != null && $Object.hasOwnProperty.call(message, "patch"))
                    $root.openapi.v2.Operation.encode(message.patch, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.parameters != null && message.parameters.length)
                    for (let i = 0; i < message.parameters.length; ++i)
                        $root.openapi.v2.ParametersItem.encode(message.parameters[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PathItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.PathItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.PathItem & openapi.v2.PathItem.$Shape} PathItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PathItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.PathItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message._ref = value;
                            else
                                delete message._ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.post = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message.post);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.head = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message.head);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.patch = $root.openapi.v2.Operation.decode(reader, reader.size(), $undefined, _depth + 1, message.patch);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parameters && message.parameters.length))
                                message.parameters = [];
                            message.parameters.push($root.openapi.v2.ParametersItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PathItem;
        })();

        v2.Operation = (function() {

            /**
             * Properties of an Operation.
             * @typedef {Object} openapi.v2.Operation.$Properties
             * @property {Array.<string>|null} [tags] Operation tags
             * @property {string|null} [summary] Operation summary
             * @property {string|null} [description] Operation description
             * @property {openapi.v2.ExternalDocs.$Properties|null} [externalDocs] Operation externalDocs
             * @property {string|null} [operationId] Operation operationId
             * @property {Array.<string>|null} [produces] Operation produces
             * @property {Array.<string>|null} [consumes] Operation consumes
             * @property {Array.<openapi.v2.ParametersItem.$Properties>|null} [parameters] Operation parameters
             * @property {openapi.v2.Responses.$Properties|null} [responses] Operation responses
             * @property {Array.<string>|null} [schemes] Operation schemes
             * @property {boolean|null} [deprecated] Operation deprecated
             * @property {Array.<openapi.v2.SecurityRequirement.$Properties>|null} [security] Operation security
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Operation vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Operation.
             * @memberof openapi.v2
             * @interface IOperation
             * @augments openapi.v2.Operation.$Properties
             * @deprecated Use openapi.v2.Operation.$Properties instead.
             */

            /**
             * Shape of an Operation.
             * @typedef {{
             *   tags?: Array.<string>|null;
             *   summary?: string|null;
             *   description?: string|null;
             *   externalDocs?: openapi.v2.ExternalDocs.$Shape|null;
             *   operationId?: string|null;
             *   produces?: Array.<string>|null;
             *   consumes?: Array.<string>|null;
             *   parameters?: Array.<openapi.v2.ParametersItem.$Shape>|null;
             *   responses?: openapi.v2.Responses.$Shape|null;
             *   schemes?: Array.<string>|null;
             *   deprecated?: boolean|null;
             *   security?: Array.<openapi.v2.SecurityRequirement.$Shape>|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Operation.$Shape
             */

            /**
             * Constructs a new Operation.
             * @memberof openapi.v2
             * @classdesc Represents an Operation.
             * @constructor
             * @param {openapi.v2.Operation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Operation = function (properties) {
                this.tags = [];
                this.produces = [];
                this.consumes = [];
                this.parameters = [];
                this.schemes = [];
                this.security = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Operation tags.
             * @member {Array.<string>} tags
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.tags = $util.emptyArray;

            /**
             * Operation summary.
             * @member {string} summary
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.summary = "";

            /**
             * Operation description.
             * @member {string} description
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.description = "";

            /**
             * Operation externalDocs.
             * @member {openapi.v2.ExternalDocs.$Properties|null|undefined} externalDocs
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.externalDocs = null;

            /**
             * Operation operationId.
             * @member {string} operationId
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.operationId = "";

            /**
             * Operation produces.
             * @member {Array.<string>} produces
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.produces = $util.emptyArray;

            /**
             * Operation consumes.
             * @member {Array.<string>} consumes
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.consumes = $util.emptyArray;

            /**
             * Operation parameters.
             * @member {Array.<openapi.v2.ParametersItem.$Properties>} parameters
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.parameters = $util.emptyArray;

            /**
             * Operation responses.
             * @member {openapi.v2.Responses.$Properties|null|undefined} responses
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.responses = null;

            /**
             * Operation schemes.
             * @member {Array.<string>} schemes
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.schemes = $util.emptyArray;

            /**
             * Operation deprecated.
             * @member {boolean} deprecated
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.deprecated = false;

            /**
             * Operation security.
             * @member {Array.<openapi.v2.SecurityRequirement.$Properties>} security
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.security = $util.emptyArray;

            /**
             * Operation vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Operation
             * @instance
             */
            Operation.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Operation message. Does not implicitly {@link openapi.v2.Operation.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Operation
             * @static
             * @param {openapi.v2.Operation.$Properties} message Operation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tags[i]);
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.summary);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.externalDocs != null && $Object.hasOwnProperty.call(message, "externalDocs"))
                    $root.openapi.v2.ExternalDocs.encode(message.externalDocs, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId") && message.operationId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.operationId);
                if (message.produces != null && message.produces.length)
                    for (let i = 0; i < message.produces.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.produces[i]);
                if (message.consumes != null && message.consumes.length)
                    for (let i = 0; i < message.consumes.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.consumes[i]);
                if (message.parameters != null && message.parameters.length)
                    for (let i = 0; i < message.parameters.length; ++i)
                        $root.openapi.v2.ParametersItem.encode(message.parameters[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.responses != null && $Object.hasOwnProperty.call(message, "responses"))
                    $root.openapi.v2.Responses.encode(message.responses, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.schemes != null && message.schemes.length)
                    for (let i = 0; i < message.schemes.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.schemes[i]);
                if (message.deprecated != null && $Object.hasOwnProperty.call(message, "deprecated") && message.deprecated !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.deprecated);
                if (message.security != null && message.security.length)
                    for (let i = 0; i < message.security.length; ++i)
                        $root.openapi.v2.SecurityRequirement.encode(message.security[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Operation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Operation & openapi.v2.Operation.$Shape} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Operation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.summary = value;
                            else
                                delete message.summary;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.externalDocs = $root.openapi.v2.ExternalDocs.decode(reader, reader.size(), $undefined, _depth + 1, message.externalDocs);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operationId = value;
                            else
                                delete message.operationId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.produces && message.produces.length))
                                message.produces = [];
                            message.produces.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consumes && message.consumes.length))
                                message.consumes = [];
                            message.consumes.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parameters && message.parameters.length))
                                message.parameters = [];
                            message.parameters.push($root.openapi.v2.ParametersItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.responses = $root.openapi.v2.Responses.decode(reader, reader.size(), $undefined, _depth + 1, message.responses);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.schemes && message.schemes.length))
                                message.schemes = [];
                            message.schemes.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deprecated = value;
                            else
                                delete message.deprecated;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.security && message.security.length))
                                message.security = [];
                            message.security.push($root.openapi.v2.SecurityRequirement.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Operation;
        })();

        v2.JsonReference = (function() {

            /**
             * Properties of a JsonReference.
             * @typedef {Object} openapi.v2.JsonReference.$Properties
             * @property {string|null} [_ref] JsonReference _ref
             * @property {string|null} [description] JsonReference description
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JsonReference.
             * @memberof openapi.v2
             * @interface IJsonReference
             * @augments openapi.v2.JsonReference.$Properties
             * @deprecated Use openapi.v2.JsonReference.$Properties instead.
             */

            /**
             * Shape of a JsonReference.
             * @typedef {openapi.v2.JsonReference.$Properties} openapi.v2.JsonReference.$Shape
             */

            /**
             * Constructs a new JsonReference.
             * @memberof openapi.v2
             * @classdesc Represents a JsonReference.
             * @constructor
             * @param {openapi.v2.JsonReference.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JsonReference = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JsonReference _ref.
             * @member {string} _ref
             * @memberof openapi.v2.JsonReference
             * @instance
             */
            JsonReference.prototype._ref = "";

            /**
             * JsonReference description.
             * @member {string} description
             * @memberof openapi.v2.JsonReference
             * @instance
             */
            JsonReference.prototype.description = "";

            /**
             * Encodes the specified JsonReference message. Does not implicitly {@link openapi.v2.JsonReference.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.JsonReference
             * @static
             * @param {openapi.v2.JsonReference.$Properties} message JsonReference message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JsonReference.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message._ref != null && $Object.hasOwnProperty.call(message, "_ref") && message._ref !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message._ref);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JsonReference message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.JsonReference
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.JsonReference & openapi.v2.JsonReference.$Shape} JsonReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JsonReference.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.JsonReference();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message._ref = value;
                            else
                                delete message._ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JsonReference;
        })();

        v2.ParametersItem = (function() {

            /**
             * Properties of a ParametersItem.
             * @typedef {Object} openapi.v2.ParametersItem.$Properties
             * @property {openapi.v2.Parameter.$Properties|null} [parameter] ParametersItem parameter
             * @property {openapi.v2.JsonReference.$Properties|null} [jsonReference] ParametersItem jsonReference
             * @property {"parameter"|"jsonReference"} [oneof] ParametersItem oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ParametersItem.
             * @memberof openapi.v2
             * @interface IParametersItem
             * @augments openapi.v2.ParametersItem.$Properties
             * @deprecated Use openapi.v2.ParametersItem.$Properties instead.
             */

            /**
             * Narrowed shape of a ParametersItem.
             * @typedef {{
             *   parameter?: openapi.v2.Parameter.$Shape|null;
             *   jsonReference?: openapi.v2.JsonReference.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; parameter?: null; jsonReference?: null }|{ oneof?: "parameter"; parameter: openapi.v2.Parameter.$Shape; jsonReference?: null }|{ oneof?: "jsonReference"; parameter?: null; jsonReference: openapi.v2.JsonReference.$Shape })
             * )} openapi.v2.ParametersItem.$Shape
             */

            /**
             * Constructs a new ParametersItem.
             * @memberof openapi.v2
             * @classdesc Represents a ParametersItem.
             * @constructor
             * @param {openapi.v2.ParametersItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ParametersItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ParametersItem parameter.
             * @member {openapi.v2.Parameter.$Properties|null|undefined} parameter
             * @memberof openapi.v2.ParametersItem
             * @instance
             */
            ParametersItem.prototype.parameter = null;

            /**
             * ParametersItem jsonReference.
             * @member {openapi.v2.JsonReference.$Properties|null|undefined} jsonReference
             * @memberof openapi.v2.ParametersItem
             * @instance
             */
            ParametersItem.prototype.jsonReference = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ParametersItem oneof.
             * @member {"parameter"|"jsonReference"|undefined} oneof
             * @memberof openapi.v2.ParametersItem
             * @instance
             */
            $Object.defineProperty(ParametersItem.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["parameter", "jsonReference"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ParametersItem message. Does not implicitly {@link openapi.v2.ParametersItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ParametersItem
             * @static
             * @param {openapi.v2.ParametersItem.$Properties} message ParametersItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ParametersItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                    $root.openapi.v2.Parameter.encode(message.parameter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.jsonReference != null && $Object.hasOwnProperty.call(message, "jsonReference"))
                    $root.openapi.v2.JsonReference.encode(message.jsonReference, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ParametersItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ParametersItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ParametersItem & openapi.v2.ParametersItem.$Shape} ParametersItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ParametersItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ParametersItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.parameter = $root.openapi.v2.Parameter.decode(reader, reader.size(), $undefined, _depth + 1, message.parameter);
                            message.oneof = "parameter";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.jsonReference = $root.openapi.v2.JsonReference.decode(reader, reader.size(), $undefined, _depth + 1, message.jsonReference);
                            message.oneof = "jsonReference";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ParametersItem;
        })();

        v2.Parameter = (function() {

            /**
             * Properties of a Parameter.
             * @typedef {Object} openapi.v2.Parameter.$Properties
             * @property {openapi.v2.BodyParameter.$Properties|null} [bodyParameter] Parameter bodyParameter
             * @property {openapi.v2.NonBodyParameter.$Properties|null} [nonBodyParameter] Parameter nonBodyParameter
             * @property {"bodyParameter"|"nonBodyParameter"} [oneof] Parameter oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Parameter.
             * @memberof openapi.v2
             * @interface IParameter
             * @augments openapi.v2.Parameter.$Properties
             * @deprecated Use openapi.v2.Parameter.$Properties instead.
             */

            /**
             * Narrowed shape of a Parameter.
             * @typedef {{
             *   bodyParameter?: openapi.v2.BodyParameter.$Shape|null;
             *   nonBodyParameter?: openapi.v2.NonBodyParameter.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; bodyParameter?: null; nonBodyParameter?: null }|{ oneof?: "bodyParameter"; bodyParameter: openapi.v2.BodyParameter.$Shape; nonBodyParameter?: null }|{ oneof?: "nonBodyParameter"; bodyParameter?: null; nonBodyParameter: openapi.v2.NonBodyParameter.$Shape })
             * )} openapi.v2.Parameter.$Shape
             */

            /**
             * Constructs a new Parameter.
             * @memberof openapi.v2
             * @classdesc Represents a Parameter.
             * @constructor
             * @param {openapi.v2.Parameter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Parameter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Parameter bodyParameter.
             * @member {openapi.v2.BodyParameter.$Properties|null|undefined} bodyParameter
             * @memberof openapi.v2.Parameter
             * @instance
             */
            Parameter.prototype.bodyParameter = null;

            /**
             * Parameter nonBodyParameter.
             * @member {openapi.v2.NonBodyParameter.$Properties|null|undefined} nonBodyParameter
             * @memberof openapi.v2.Parameter
             * @instance
             */
            Parameter.prototype.nonBodyParameter = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Parameter oneof.
             * @member {"bodyParameter"|"nonBodyParameter"|undefined} oneof
             * @memberof openapi.v2.Parameter
             * @instance
             */
            $Object.defineProperty(Parameter.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["bodyParameter", "nonBodyParameter"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Parameter message. Does not implicitly {@link openapi.v2.Parameter.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Parameter
             * @static
             * @param {openapi.v2.Parameter.$Properties} message Parameter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Parameter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bodyParameter != null && $Object.hasOwnProperty.call(message, "bodyParameter"))
                    $root.openapi.v2.BodyParameter.encode(message.bodyParameter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nonBodyParameter != null && $Object.hasOwnProperty.call(message, "nonBodyParameter"))
                    $root.openapi.v2.NonBodyParameter.encode(message.nonBodyParameter, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Parameter message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Parameter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Parameter & openapi.v2.Parameter.$Shape} Parameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Parameter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Parameter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.bodyParameter = $root.openapi.v2.BodyParameter.decode(reader, reader.size(), $undefined, _depth + 1, message.bodyParameter);
                            message.oneof = "bodyParameter";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.nonBodyParameter = $root.openapi.v2.NonBodyParameter.decode(reader, reader.size(), $undefined, _depth + 1, message.nonBodyParameter);
                            message.oneof = "nonBodyParameter";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Parameter;
        })();

        v2.BodyParameter = (function() {

            /**
             * Properties of a BodyParameter.
             * @typedef {Object} openapi.v2.BodyParameter.$Properties
             * @property {string|null} [description] BodyParameter description
             * @property {string|null} [name] BodyParameter name
             * @property {string|null} ["in"] BodyParameter in
             * @property {boolean|null} [required] BodyParameter required
             * @property {openapi.v2.Schema.$Properties|null} [schema] BodyParameter schema
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] BodyParameter vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BodyParameter.
             * @memberof openapi.v2
             * @interface IBodyParameter
             * @augments openapi.v2.BodyParameter.$Properties
             * @deprecated Use openapi.v2.BodyParameter.$Properties instead.
             */

            /**
             * Shape of a BodyParameter.
             * @typedef {{
             *   description?: string|null;
             *   name?: string|null;
             *   "in"?: string|null;
             *   required?: boolean|null;
             *   schema?: openapi.v2.Schema.$Shape|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.BodyParameter.$Shape
             */

            /**
             * Constructs a new BodyParameter.
             * @memberof openapi.v2
             * @classdesc Represents a BodyParameter.
             * @constructor
             * @param {openapi.v2.BodyParameter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BodyParameter = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BodyParameter description.
             * @member {string} description
             * @memberof openapi.v2.BodyParameter
             * @instance
             */
            BodyParameter.prototype.description = "";

            /**
             * BodyParameter name.
             * @member {string} name
             * @memberof openapi.v2.BodyParameter
             * @instance
             */
            BodyParameter.prototype.name = "";

            /**
             * BodyParameter in.
             * @member {string} in
             * @memberof openapi.v2.BodyParameter
             * @instance
             */
            BodyParameter.prototype["in"] = "";

            /**
             * BodyParameter required.
             * @member {boolean} required
             * @memberof openapi.v2.BodyParameter
             * @instance
             */
            BodyParameter.prototype.required = false;

            /**
             * BodyParameter schema.
             * @member {openapi.v2.Schema.$Properties|null|undefined} schema
             * @memberof openapi.v2.BodyParameter
             * @instance
             */
            BodyParameter.prototype.schema = null;

            /**
             * BodyParameter vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.BodyParameter
             * @instance
             */
            BodyParameter.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified BodyParameter message. Does not implicitly {@link openapi.v2.BodyParameter.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.BodyParameter
             * @static
             * @param {openapi.v2.BodyParameter.$Properties} message BodyParameter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BodyParameter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message["in"] != null && $Object.hasOwnProperty.call(message, "in") && message["in"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["in"]);
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.required);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.openapi.v2.Schema.encode(message.schema, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BodyParameter message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.BodyParameter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.BodyParameter & openapi.v2.BodyParameter.$Shape} BodyParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BodyParameter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.BodyParameter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["in"] = value;
                            else
                                delete message["in"];
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.openapi.v2.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BodyParameter;
        })();

        v2.NonBodyParameter = (function() {

            /**
             * Properties of a NonBodyParameter.
             * @typedef {Object} openapi.v2.NonBodyParameter.$Properties
             * @property {openapi.v2.HeaderParameterSubSchema.$Properties|null} [headerParameterSubSchema] NonBodyParameter headerParameterSubSchema
             * @property {openapi.v2.FormDataParameterSubSchema.$Properties|null} [formDataParameterSubSchema] NonBodyParameter formDataParameterSubSchema
             * @property {openapi.v2.QueryParameterSubSchema.$Properties|null} [queryParameterSubSchema] NonBodyParameter queryParameterSubSchema
             * @property {openapi.v2.PathParameterSubSchema.$Properties|null} [pathParameterSubSchema] NonBodyParameter pathParameterSubSchema
             * @property {"headerParameterSubSchema"|"formDataParameterSubSchema"|"queryParameterSubSchema"|"pathParameterSubSchema"} [oneof] NonBodyParameter oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NonBodyParameter.
             * @memberof openapi.v2
             * @interface INonBodyParameter
             * @augments openapi.v2.NonBodyParameter.$Properties
             * @deprecated Use openapi.v2.NonBodyParameter.$Properties instead.
             */

            /**
             * Narrowed shape of a NonBodyParameter.
             * @typedef {{
             *   headerParameterSubSchema?: openapi.v2.HeaderParameterSubSchema.$Shape|null;
             *   formDataParameterSubSchema?: openapi.v2.FormDataParameterSubSchema.$Shape|null;
             *   queryParameterSubSchema?: openapi.v2.QueryParameterSubSchema.$Shape|null;
             *   pathParameterSubSchema?: openapi.v2.PathParameterSubSchema.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; headerParameterSubSchema?: null; formDataParameterSubSchema?: null; queryParameterSubSchema?: null; pathParameterSubSchema?: null }|{ oneof?: "headerParameterSubSchema"; headerParameterSubSchema: openapi.v2.HeaderParameterSubSchema.$Shape; formDataParameterSubSchema?: null; queryParameterSubSchema?: null; pathParameterSubSchema?: null }|{ oneof?: "formDataParameterSubSchema"; headerParameterSubSchema?: null; formDataParameterSubSchema: openapi.v2.FormDataParameterSubSchema.$Shape; queryParameterSubSchema?: null; pathParameterSubSchema?: null }|{ oneof?: "queryParameterSubSchema"; headerParameterSubSchema?: null; formDataParameterSubSchema?: null; queryParameterSubSchema: openapi.v2.QueryParameterSubSchema.$Shape; pathParameterSubSchema?: null }|{ oneof?: "pathParameterSubSchema"; headerParameterSubSchema?: null; formDataParameterSubSchema?: null; queryParameterSubSchema?: null; pathParameterSubSchema: openapi.v2.PathParameterSubSchema.$Shape })
             * )} openapi.v2.NonBodyParameter.$Shape
             */

            /**
             * Constructs a new NonBodyParameter.
             * @memberof openapi.v2
             * @classdesc Represents a NonBodyParameter.
             * @constructor
             * @param {openapi.v2.NonBodyParameter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NonBodyParameter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NonBodyParameter headerParameterSubSchema.
             * @member {openapi.v2.HeaderParameterSubSchema.$Properties|null|undefined} headerParameterSubSchema
             * @memberof openapi.v2.NonBodyParameter
             * @instance
             */
            NonBodyParameter.prototype.headerParameterSubSchema = null;

            /**
             * NonBodyParameter formDataParameterSubSchema.
             * @member {openapi.v2.FormDataParameterSubSchema.$Properties|null|undefined} formDataParameterSubSchema
             * @memberof openapi.v2.NonBodyParameter
             * @instance
             */
            NonBodyParameter.prototype.formDataParameterSubSchema = null;

            /**
             * NonBodyParameter queryParameterSubSchema.
             * @member {openapi.v2.QueryParameterSubSchema.$Properties|null|undefined} queryParameterSubSchema
             * @memberof openapi.v2.NonBodyParameter
             * @instance
             */
            NonBodyParameter.prototype.queryParameterSubSchema = null;

            /**
             * NonBodyParameter pathParameterSubSchema.
             * @member {openapi.v2.PathParameterSubSchema.$Properties|null|undefined} pathParameterSubSchema
             * @memberof openapi.v2.NonBodyParameter
             * @instance
             */
            NonBodyParameter.prototype.pathParameterSubSchema = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NonBodyParameter oneof.
             * @member {"headerParameterSubSchema"|"formDataParameterSubSchema"|"queryParameterSubSchema"|"pathParameterSubSchema"|undefined} oneof
             * @memberof openapi.v2.NonBodyParameter
             * @instance
             */
            $Object.defineProperty(NonBodyParameter.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["headerParameterSubSchema", "formDataParameterSubSchema", "queryParameterSubSchema", "pathParameterSubSchema"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified NonBodyParameter message. Does not implicitly {@link openapi.v2.NonBodyParameter.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NonBodyParameter
             * @static
             * @param {openapi.v2.NonBodyParameter.$Properties} message NonBodyParameter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NonBodyParameter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.headerParameterSubSchema != null && $Object.hasOwnProperty.call(message, "headerParameterSubSchema"))
                    $root.openapi.v2.HeaderParameterSubSchema.encode(message.headerParameterSubSchema, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.formDataParameterSubSchema != null && $Object.hasOwnProperty.call(message, "formDataParameterSubSchema"))
                    $root.openapi.v2.FormDataParameterSubSchema.encode(message.formDataParameterSubSchema, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.queryParameterSubSchema != null && $Object.hasOwnProperty.call(message, "queryParameterSubSchema"))
                    $root.openapi.v2.QueryParameterSubSchema.encode(message.queryParameterSubSchema, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.pathParameterSubSchema != null && $Object.hasOwnProperty.call(message, "pathParameterSubSchema"))
                    $root.openapi.v2.PathParameterSubSchema.encode(message.pathParameterSubSchema, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NonBodyParameter message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NonBodyParameter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NonBodyParameter & openapi.v2.NonBodyParameter.$Shape} NonBodyParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NonBodyParameter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NonBodyParameter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.headerParameterSubSchema = $root.openapi.v2.HeaderParameterSubSchema.decode(reader, reader.size(), $undefined, _depth + 1, message.headerParameterSubSchema);
                            message.oneof = "headerParameterSubSchema";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.formDataParameterSubSchema = $root.openapi.v2.FormDataParameterSubSchema.decode(reader, reader.size(), $undefined, _depth + 1, message.formDataParameterSubSchema);
                            message.oneof = "formDataParameterSubSchema";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.queryParameterSubSchema = $root.openapi.v2.QueryParameterSubSchema.decode(reader, reader.size(), $undefined, _depth + 1, message.queryParameterSubSchema);
                            message.oneof = "queryParameterSubSchema";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.pathParameterSubSchema = $root.openapi.v2.PathParameterSubSchema.decode(reader, reader.size(), $undefined, _depth + 1, message.pathParameterSubSchema);
                            message.oneof = "pathParameterSubSchema";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NonBodyParameter;
        })();

        v2.HeaderParameterSubSchema = (function() {

            /**
             * Properties of a HeaderParameterSubSchema.
             * @typedef {Object} openapi.v2.HeaderParameterSubSchema.$Properties
             * @property {boolean|null} [required] HeaderParameterSubSchema required
             * @property {string|null} ["in"] HeaderParameterSubSchema in
             * @property {string|null} [description] HeaderParameterSubSchema description
             * @property {string|null} [name] HeaderParameterSubSchema name
             * @property {string|null} [type] HeaderParameterSubSchema type
             * @property {string|null} [format] HeaderParameterSubSchema format
             * @property {openapi.v2.PrimitivesItems.$Properties|null} [items] HeaderParameterSubSchema items
             * @property {string|null} [collectionFormat] HeaderParameterSubSchema collectionFormat
             * @property {openapi.v2.Any.$Properties|null} ["default"] HeaderParameterSubSchema default
             * @property {number|null} [maximum] HeaderParameterSubSchema maximum
             * @property {boolean|null} [exclusiveMaximum] HeaderParameterSubSchema exclusiveMaximum
             * @property {number|null} [minimum] HeaderParameterSubSchema minimum
             * @property {boolean|null} [exclusiveMinimum] HeaderParameterSubSchema exclusiveMinimum
             * @property {number|null} [maxLength] HeaderParameterSubSchema maxLength
             * @property {number|null} [minLength] HeaderParameterSubSchema minLength
             * @property {string|null} [pattern] HeaderParameterSubSchema pattern
             * @property {number|null} [maxItems] HeaderParameterSubSchema maxItems
             * @property {number|null} [minItems] HeaderParameterSubSchema minItems
             * @property {boolean|null} [uniqueItems] HeaderParameterSubSchema uniqueItems
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] HeaderParameterSubSchema enum
             * @property {number|null} [multipleOf] HeaderParameterSubSchema multipleOf
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] HeaderParameterSubSchema vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeaderParameterSubSchema.
             * @memberof openapi.v2
             * @interface IHeaderParameterSubSchema
             * @augments openapi.v2.HeaderParameterSubSchema.$Properties
             * @deprecated Use openapi.v2.HeaderParameterSubSchema.$Properties instead.
             */

            /**
             * Shape of a HeaderParameterSubSchema.
             * @typedef {openapi.v2.HeaderParameterSubSchema.$Properties} openapi.v2.HeaderParameterSubSchema.$Shape
             */

            /**
             * Constructs a new HeaderParameterSubSchema.
             * @memberof openapi.v2
             * @classdesc Represents a HeaderParameterSubSchema.
             * @constructor
             * @param {openapi.v2.HeaderParameterSubSchema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeaderParameterSubSchema = function (properties) {
                this["enum"] = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeaderParameterSubSchema required.
             * @member {boolean} required
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.required = false;

            /**
             * HeaderParameterSubSchema in.
             * @member {string} in
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype["in"] = "";

            /**
             * HeaderParameterSubSchema description.
             * @member {string} description
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.description = "";

            /**
             * HeaderParameterSubSchema name.
             * @member {string} name
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.name = "";

            /**
             * HeaderParameterSubSchema type.
             * @member {string} type
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.type = "";

            /**
             * HeaderParameterSubSchema format.
             * @member {string} format
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.format = "";

            /**
             * HeaderParameterSubSchema items.
             * @member {openapi.v2.PrimitivesItems.$Properties|null|undefined} items
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.items = null;

            /**
             * HeaderParameterSubSchema collectionFormat.
             * @member {string} collectionFormat
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.collectionFormat = "";

            /**
             * HeaderParameterSubSchema default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype["default"] = null;

            /**
             * HeaderParameterSubSchema maximum.
             * @member {number} maximum
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.maximum = 0;

            /**
             * HeaderParameterSubSchema exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.exclusiveMaximum = false;

            /**
             * HeaderParameterSubSchema minimum.
             * @member {number} minimum
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.minimum = 0;

            /**
             * HeaderParameterSubSchema exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.exclusiveMinimum = false;

            /**
             * HeaderParameterSubSchema maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HeaderParameterSubSchema minLength.
             * @member {number} minLength
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HeaderParameterSubSchema pattern.
             * @member {string} pattern
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.pattern = "";

            /**
             * HeaderParameterSubSchema maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HeaderParameterSubSchema minItems.
             * @member {number} minItems
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HeaderParameterSubSchema uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.uniqueItems = false;

            /**
             * HeaderParameterSubSchema enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype["enum"] = $util.emptyArray;

            /**
             * HeaderParameterSubSchema multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.multipleOf = 0;

            /**
             * HeaderParameterSubSchema vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @instance
             */
            HeaderParameterSubSchema.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified HeaderParameterSubSchema message. Does not implicitly {@link openapi.v2.HeaderParameterSubSchema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @static
             * @param {openapi.v2.HeaderParameterSubSchema.$Properties} message HeaderParameterSubSchema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeaderParameterSubSchema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.required);
                if (message["in"] != null && $Object.hasOwnProperty.call(message, "in") && message["in"] !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["in"]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.type);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.format);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.PrimitivesItems.encode(message.items, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.collectionFormat != null && $Object.hasOwnProperty.call(message, "collectionFormat") && message.collectionFormat !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.collectionFormat);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.uniqueItems);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 21, wireType 1 =*/169).double(message.multipleOf);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeaderParameterSubSchema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.HeaderParameterSubSchema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.HeaderParameterSubSchema & openapi.v2.HeaderParameterSubSchema.$Shape} HeaderParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeaderParameterSubSchema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.HeaderParameterSubSchema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["in"] = value;
                            else
                                delete message["in"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.PrimitivesItems.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectionFormat = value;
                            else
                                delete message.collectionFormat;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 21: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return HeaderParameterSubSchema;
        })();

        v2.FormDataParameterSubSchema = (function() {

            /**
             * Properties of a FormDataParameterSubSchema.
             * @typedef {Object} openapi.v2.FormDataParameterSubSchema.$Properties
             * @property {boolean|null} [required] FormDataParameterSubSchema required
             * @property {string|null} ["in"] FormDataParameterSubSchema in
             * @property {string|null} [description] FormDataParameterSubSchema description
             * @property {string|null} [name] FormDataParameterSubSchema name
             * @property {boolean|null} [allowEmptyValue] FormDataParameterSubSchema allowEmptyValue
             * @property {string|null} [type] FormDataParameterSubSchema type
             * @property {string|null} [format] FormDataParameterSubSchema format
             * @property {openapi.v2.PrimitivesItems.$Properties|null} [items] FormDataParameterSubSchema items
             * @property {string|null} [collectionFormat] FormDataParameterSubSchema collectionFormat
             * @property {openapi.v2.Any.$Properties|null} ["default"] FormDataParameterSubSchema default
             * @property {number|null} [maximum] FormDataParameterSubSchema maximum
             * @property {boolean|null} [exclusiveMaximum] FormDataParameterSubSchema exclusiveMaximum
             * @property {number|null} [minimum] FormDataParameterSubSchema minimum
             * @property {boolean|null} [exclusiveMinimum] FormDataParameterSubSchema exclusiveMinimum
             * @property {number|null} [maxLength] FormDataParameterSubSchema maxLength
             * @property {number|null} [minLength] FormDataParameterSubSchema minLength
             * @property {string|null} [pattern] FormDataParameterSubSchema pattern
             * @property {number|null} [maxItems] FormDataParameterSubSchema maxItems
             * @property {number|null} [minItems] FormDataParameterSubSchema minItems
             * @property {boolean|null} [uniqueItems] FormDataParameterSubSchema uniqueItems
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] FormDataParameterSubSchema enum
             * @property {number|null} [multipleOf] FormDataParameterSubSchema multipleOf
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] FormDataParameterSubSchema vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FormDataParameterSubSchema.
             * @memberof openapi.v2
             * @interface IFormDataParameterSubSchema
             * @augments openapi.v2.FormDataParameterSubSchema.$Properties
             * @deprecated Use openapi.v2.FormDataParameterSubSchema.$Properties instead.
             */

            /**
             * Shape of a FormDataParameterSubSchema.
             * @typedef {openapi.v2.FormDataParameterSubSchema.$Properties} openapi.v2.FormDataParameterSubSchema.$Shape
             */

            /**
             * Constructs a new FormDataParameterSubSchema.
             * @memberof openapi.v2
             * @classdesc Represents a FormDataParameterSubSchema.
             * @constructor
             * @param {openapi.v2.FormDataParameterSubSchema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FormDataParameterSubSchema = function (properties) {
                this["enum"] = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FormDataParameterSubSchema required.
             * @member {boolean} required
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.required = false;

            /**
             * FormDataParameterSubSchema in.
             * @member {string} in
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype["in"] = "";

            /**
             * FormDataParameterSubSchema description.
             * @member {string} description
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.description = "";

            /**
             * FormDataParameterSubSchema name.
             * @member {string} name
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.name = "";

            /**
             * FormDataParameterSubSchema allowEmptyValue.
             * @member {boolean} allowEmptyValue
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.allowEmptyValue = false;

            /**
             * FormDataParameterSubSchema type.
             * @member {string} type
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.type = "";

            /**
             * FormDataParameterSubSchema format.
             * @member {string} format
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.format = "";

            /**
             * FormDataParameterSubSchema items.
             * @member {openapi.v2.PrimitivesItems.$Properties|null|undefined} items
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.items = null;

            /**
             * FormDataParameterSubSchema collectionFormat.
             * @member {string} collectionFormat
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.collectionFormat = "";

            /**
             * FormDataParameterSubSchema default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype["default"] = null;

            /**
             * FormDataParameterSubSchema maximum.
             * @member {number} maximum
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.maximum = 0;

            /**
             * FormDataParameterSubSchema exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.exclusiveMaximum = false;

            /**
             * FormDataParameterSubSchema minimum.
             * @member {number} minimum
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.minimum = 0;

            /**
             * FormDataParameterSubSchema exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.exclusiveMinimum = false;

            /**
             * FormDataParameterSubSchema maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FormDataParameterSubSchema minLength.
             * @member {number} minLength
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FormDataParameterSubSchema pattern.
             * @member {string} pattern
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.pattern = "";

            /**
             * FormDataParameterSubSchema maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FormDataParameterSubSchema minItems.
             * @member {number} minItems
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FormDataParameterSubSchema uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.uniqueItems = false;

            /**
             * FormDataParameterSubSchema enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype["enum"] = $util.emptyArray;

            /**
             * FormDataParameterSubSchema multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.multipleOf = 0;

            /**
             * FormDataParameterSubSchema vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @instance
             */
            FormDataParameterSubSchema.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified FormDataParameterSubSchema message. Does not implicitly {@link openapi.v2.FormDataParameterSubSchema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @static
             * @param {openapi.v2.FormDataParameterSubSchema.$Properties} message FormDataParameterSubSchema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FormDataParameterSubSchema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.required);
                if (message["in"] != null && $Object.hasOwnProperty.call(message, "in") && message["in"] !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["in"]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.allowEmptyValue != null && $Object.hasOwnProperty.call(message, "allowEmptyValue") && message.allowEmptyValue !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.allowEmptyValue);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.type);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.format);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.PrimitivesItems.encode(message.items, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.collectionFormat != null && $Object.hasOwnProperty.call(message, "collectionFormat") && message.collectionFormat !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.collectionFormat);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 19, wireType 0 =*/152).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.uniqueItems);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 22, wireType 1 =*/177).double(message.multipleOf);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FormDataParameterSubSchema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.FormDataParameterSubSchema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.FormDataParameterSubSchema & openapi.v2.FormDataParameterSubSchema.$Shape} FormDataParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FormDataParameterSubSchema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.FormDataParameterSubSchema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["in"] = value;
                            else
                                delete message["in"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowEmptyValue = value;
                            else
                                delete message.allowEmptyValue;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.PrimitivesItems.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectionFormat = value;
                            else
                                delete message.collectionFormat;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 22: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FormDataParameterSubSchema;
        })();

        v2.QueryParameterSubSchema = (function() {

            /**
             * Properties of a QueryParameterSubSchema.
             * @typedef {Object} openapi.v2.QueryParameterSubSchema.$Properties
             * @property {boolean|null} [required] QueryParameterSubSchema required
             * @property {string|null} ["in"] QueryParameterSubSchema in
             * @property {string|null} [description] QueryParameterSubSchema description
             * @property {string|null} [name] QueryParameterSubSchema name
             * @property {boolean|null} [allowEmptyValue] QueryParameterSubSchema allowEmptyValue
             * @property {string|null} [type] QueryParameterSubSchema type
             * @property {string|null} [format] QueryParameterSubSchema format
             * @property {openapi.v2.PrimitivesItems.$Properties|null} [items] QueryParameterSubSchema items
             * @property {string|null} [collectionFormat] QueryParameterSubSchema collectionFormat
             * @property {openapi.v2.Any.$Properties|null} ["default"] QueryParameterSubSchema default
             * @property {number|null} [maximum] QueryParameterSubSchema maximum
             * @property {boolean|null} [exclusiveMaximum] QueryParameterSubSchema exclusiveMaximum
             * @property {number|null} [minimum] QueryParameterSubSchema minimum
             * @property {boolean|null} [exclusiveMinimum] QueryParameterSubSchema exclusiveMinimum
             * @property {number|null} [maxLength] QueryParameterSubSchema maxLength
             * @property {number|null} [minLength] QueryParameterSubSchema minLength
             * @property {string|null} [pattern] QueryParameterSubSchema pattern
             * @property {number|null} [maxItems] QueryParameterSubSchema maxItems
             * @property {number|null} [minItems] QueryParameterSubSchema minItems
             * @property {boolean|null} [uniqueItems] QueryParameterSubSchema uniqueItems
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] QueryParameterSubSchema enum
             * @property {number|null} [multipleOf] QueryParameterSubSchema multipleOf
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] QueryParameterSubSchema vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryParameterSubSchema.
             * @memberof openapi.v2
             * @interface IQueryParameterSubSchema
             * @augments openapi.v2.QueryParameterSubSchema.$Properties
             * @deprecated Use openapi.v2.QueryParameterSubSchema.$Properties instead.
             */

            /**
             * Shape of a QueryParameterSubSchema.
             * @typedef {openapi.v2.QueryParameterSubSchema.$Properties} openapi.v2.QueryParameterSubSchema.$Shape
             */

            /**
             * Constructs a new QueryParameterSubSchema.
             * @memberof openapi.v2
             * @classdesc Represents a QueryParameterSubSchema.
             * @constructor
             * @param {openapi.v2.QueryParameterSubSchema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryParameterSubSchema = function (properties) {
                this["enum"] = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryParameterSubSchema required.
             * @member {boolean} required
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.required = false;

            /**
             * QueryParameterSubSchema in.
             * @member {string} in
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype["in"] = "";

            /**
             * QueryParameterSubSchema description.
             * @member {string} description
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.description = "";

            /**
             * QueryParameterSubSchema name.
             * @member {string} name
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.name = "";

            /**
             * QueryParameterSubSchema allowEmptyValue.
             * @member {boolean} allowEmptyValue
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.allowEmptyValue = false;

            /**
             * QueryParameterSubSchema type.
             * @member {string} type
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.type = "";

            /**
             * QueryParameterSubSchema format.
             * @member {string} format
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.format = "";

            /**
             * QueryParameterSubSchema items.
             * @member {openapi.v2.PrimitivesItems.$Properties|null|undefined} items
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.items = null;

            /**
             * QueryParameterSubSchema collectionFormat.
             * @member {string} collectionFormat
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.collectionFormat = "";

            /**
             * QueryParameterSubSchema default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype["default"] = null;

            /**
             * QueryParameterSubSchema maximum.
             * @member {number} maximum
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.maximum = 0;

            /**
             * QueryParameterSubSchema exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.exclusiveMaximum = false;

            /**
             * QueryParameterSubSchema minimum.
             * @member {number} minimum
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.minimum = 0;

            /**
             * QueryParameterSubSchema exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.exclusiveMinimum = false;

            /**
             * QueryParameterSubSchema maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryParameterSubSchema minLength.
             * @member {number} minLength
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryParameterSubSchema pattern.
             * @member {string} pattern
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.pattern = "";

            /**
             * QueryParameterSubSchema maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryParameterSubSchema minItems.
             * @member {number} minItems
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryParameterSubSchema uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.uniqueItems = false;

            /**
             * QueryParameterSubSchema enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype["enum"] = $util.emptyArray;

            /**
             * QueryParameterSubSchema multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.multipleOf = 0;

            /**
             * QueryParameterSubSchema vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.QueryParameterSubSchema
             * @instance
             */
            QueryParameterSubSchema.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified QueryParameterSubSchema message. Does not implicitly {@link openapi.v2.QueryParameterSubSchema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.QueryParameterSubSchema
             * @static
             * @param {openapi.v2.QueryParameterSubSchema.$Properties} message QueryParameterSubSchema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryParameterSubSchema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.required);
                if (message["in"] != null && $Object.hasOwnProperty.call(message, "in") && message["in"] !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["in"]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.allowEmptyValue != null && $Object.hasOwnProperty.call(message, "allowEmptyValue") && message.allowEmptyValue !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.allowEmptyValue);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.type);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.format);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.PrimitivesItems.encode(message.items, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.collectionFormat != null && $Object.hasOwnProperty.call(message, "collectionFormat") && message.collectionFormat !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.collectionFormat);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 19, wireType 0 =*/152).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.uniqueItems);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 22, wireType 1 =*/177).double(message.multipleOf);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueryParameterSubSchema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.QueryParameterSubSchema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.QueryParameterSubSchema & openapi.v2.QueryParameterSubSchema.$Shape} QueryParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryParameterSubSchema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.QueryParameterSubSchema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["in"] = value;
                            else
                                delete message["in"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowEmptyValue = value;
                            else
                                delete message.allowEmptyValue;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.PrimitivesItems.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectionFormat = value;
                            else
                                delete message.collectionFormat;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 22: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueryParameterSubSchema;
        })();

        v2.PathParameterSubSchema = (function() {

            /**
             * Properties of a PathParameterSubSchema.
             * @typedef {Object} openapi.v2.PathParameterSubSchema.$Properties
             * @property {boolean|null} [required] PathParameterSubSchema required
             * @property {string|null} ["in"] PathParameterSubSchema in
             * @property {string|null} [description] PathParameterSubSchema description
             * @property {string|null} [name] PathParameterSubSchema name
             * @property {string|null} [type] PathParameterSubSchema type
             * @property {string|null} [format] PathParameterSubSchema format
             * @property {openapi.v2.PrimitivesItems.$Properties|null} [items] PathParameterSubSchema items
             * @property {string|null} [collectionFormat] PathParameterSubSchema collectionFormat
             * @property {openapi.v2.Any.$Properties|null} ["default"] PathParameterSubSchema default
             * @property {number|null} [maximum] PathParameterSubSchema maximum
             * @property {boolean|null} [exclusiveMaximum] PathParameterSubSchema exclusiveMaximum
             * @property {number|null} [minimum] PathParameterSubSchema minimum
             * @property {boolean|null} [exclusiveMinimum] PathParameterSubSchema exclusiveMinimum
             * @property {number|null} [maxLength] PathParameterSubSchema maxLength
             * @property {number|null} [minLength] PathParameterSubSchema minLength
             * @property {string|null} [pattern] PathParameterSubSchema pattern
             * @property {number|null} [maxItems] PathParameterSubSchema maxItems
             * @property {number|null} [minItems] PathParameterSubSchema minItems
             * @property {boolean|null} [uniqueItems] PathParameterSubSchema uniqueItems
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] PathParameterSubSchema enum
             * @property {number|null} [multipleOf] PathParameterSubSchema multipleOf
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] PathParameterSubSchema vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PathParameterSubSchema.
             * @memberof openapi.v2
             * @interface IPathParameterSubSchema
             * @augments openapi.v2.PathParameterSubSchema.$Properties
             * @deprecated Use openapi.v2.PathParameterSubSchema.$Properties instead.
             */

            /**
             * Shape of a PathParameterSubSchema.
             * @typedef {openapi.v2.PathParameterSubSchema.$Properties} openapi.v2.PathParameterSubSchema.$Shape
             */

            /**
             * Constructs a new PathParameterSubSchema.
             * @memberof openapi.v2
             * @classdesc Represents a PathParameterSubSchema.
             * @constructor
             * @param {openapi.v2.PathParameterSubSchema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PathParameterSubSchema = function (properties) {
                this["enum"] = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PathParameterSubSchema required.
             * @member {boolean} required
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.required = false;

            /**
             * PathParameterSubSchema in.
             * @member {string} in
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype["in"] = "";

            /**
             * PathParameterSubSchema description.
             * @member {string} description
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.description = "";

            /**
             * PathParameterSubSchema name.
             * @member {string} name
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.name = "";

            /**
             * PathParameterSubSchema type.
             * @member {string} type
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.type = "";

            /**
             * PathParameterSubSchema format.
             * @member {string} format
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.format = "";

            /**
             * PathParameterSubSchema items.
             * @member {openapi.v2.PrimitivesItems.$Properties|null|undefined} items
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.items = null;

            /**
             * PathParameterSubSchema collectionFormat.
             * @member {string} collectionFormat
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.collectionFormat = "";

            /**
             * PathParameterSubSchema default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype["default"] = null;

            /**
             * PathParameterSubSchema maximum.
             * @member {number} maximum
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.maximum = 0;

            /**
             * PathParameterSubSchema exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.exclusiveMaximum = false;

            /**
             * PathParameterSubSchema minimum.
             * @member {number} minimum
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.minimum = 0;

            /**
             * PathParameterSubSchema exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.exclusiveMinimum = false;

            /**
             * PathParameterSubSchema maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PathParameterSubSchema minLength.
             * @member {number} minLength
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PathParameterSubSchema pattern.
             * @member {string} pattern
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.pattern = "";

            /**
             * PathParameterSubSchema maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PathParameterSubSchema minItems.
             * @member {number} minItems
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PathParameterSubSchema uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.uniqueItems = false;

            /**
             * PathParameterSubSchema enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype["enum"] = $util.emptyArray;

            /**
             * PathParameterSubSchema multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.multipleOf = 0;

            /**
             * PathParameterSubSchema vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.PathParameterSubSchema
             * @instance
             */
            PathParameterSubSchema.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified PathParameterSubSchema message. Does not implicitly {@link openapi.v2.PathParameterSubSchema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.PathParameterSubSchema
             * @static
             * @param {openapi.v2.PathParameterSubSchema.$Properties} message PathParameterSubSchema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PathParameterSubSchema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.required != null && $Object.hasOwnProperty.call(message, "required") && message.required !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.required);
                if (message["in"] != null && $Object.hasOwnProperty.call(message, "in") && message["in"] !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["in"]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.type);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.format);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.PrimitivesItems.encode(message.items, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.collectionFormat != null && $Object.hasOwnProperty.call(message, "collectionFormat") && message.collectionFormat !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.collectionFormat);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.uniqueItems);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 21, wireType 1 =*/169).double(message.multipleOf);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PathParameterSubSchema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.PathParameterSubSchema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.PathParameterSubSchema & openapi.v2.PathParameterSubSchema.$Shape} PathParameterSubSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PathParameterSubSchema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.PathParameterSubSchema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.required = value;
                            else
                                delete message.required;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["in"] = value;
                            else
                                delete message["in"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.PrimitivesItems.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectionFormat = value;
                            else
                                delete message.collectionFormat;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 21: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PathParameterSubSchema;
        })();

        v2.PrimitivesItems = (function() {

            /**
             * Properties of a PrimitivesItems.
             * @typedef {Object} openapi.v2.PrimitivesItems.$Properties
             * @property {string|null} [type] PrimitivesItems type
             * @property {string|null} [format] PrimitivesItems format
             * @property {openapi.v2.PrimitivesItems.$Properties|null} [items] PrimitivesItems items
             * @property {string|null} [collectionFormat] PrimitivesItems collectionFormat
             * @property {openapi.v2.Any.$Properties|null} ["default"] PrimitivesItems default
             * @property {number|null} [maximum] PrimitivesItems maximum
             * @property {boolean|null} [exclusiveMaximum] PrimitivesItems exclusiveMaximum
             * @property {number|null} [minimum] PrimitivesItems minimum
             * @property {boolean|null} [exclusiveMinimum] PrimitivesItems exclusiveMinimum
             * @property {number|null} [maxLength] PrimitivesItems maxLength
             * @property {number|null} [minLength] PrimitivesItems minLength
             * @property {string|null} [pattern] PrimitivesItems pattern
             * @property {number|null} [maxItems] PrimitivesItems maxItems
             * @property {number|null} [minItems] PrimitivesItems minItems
             * @property {boolean|null} [uniqueItems] PrimitivesItems uniqueItems
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] PrimitivesItems enum
             * @property {number|null} [multipleOf] PrimitivesItems multipleOf
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] PrimitivesItems vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrimitivesItems.
             * @memberof openapi.v2
             * @interface IPrimitivesItems
             * @augments openapi.v2.PrimitivesItems.$Properties
             * @deprecated Use openapi.v2.PrimitivesItems.$Properties instead.
             */

            /**
             * Shape of a PrimitivesItems.
             * @typedef {openapi.v2.PrimitivesItems.$Properties} openapi.v2.PrimitivesItems.$Shape
             */

            /**
             * Constructs a new PrimitivesItems.
             * @memberof openapi.v2
             * @classdesc Represents a PrimitivesItems.
             * @constructor
             * @param {openapi.v2.PrimitivesItems.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PrimitivesItems = function (properties) {
                this["enum"] = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrimitivesItems type.
             * @member {string} type
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.type = "";

            /**
             * PrimitivesItems format.
             * @member {string} format
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.format = "";

            /**
             * PrimitivesItems items.
             * @member {openapi.v2.PrimitivesItems.$Properties|null|undefined} items
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.items = null;

            /**
             * PrimitivesItems collectionFormat.
             * @member {string} collectionFormat
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.collectionFormat = "";

            /**
             * PrimitivesItems default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype["default"] = null;

            /**
             * PrimitivesItems maximum.
             * @member {number} maximum
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.maximum = 0;

            /**
             * PrimitivesItems exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.exclusiveMaximum = false;

            /**
             * PrimitivesItems minimum.
             * @member {number} minimum
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.minimum = 0;

            /**
             * PrimitivesItems exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.exclusiveMinimum = false;

            /**
             * PrimitivesItems maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PrimitivesItems minLength.
             * @member {number} minLength
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PrimitivesItems pattern.
             * @member {string} pattern
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.pattern = "";

            /**
             * PrimitivesItems maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PrimitivesItems minItems.
             * @member {number} minItems
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PrimitivesItems uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.uniqueItems = false;

            /**
             * PrimitivesItems enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype["enum"] = $util.emptyArray;

            /**
             * PrimitivesItems multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.multipleOf = 0;

            /**
             * PrimitivesItems vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.PrimitivesItems
             * @instance
             */
            PrimitivesItems.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified PrimitivesItems message. Does not implicitly {@link openapi.v2.PrimitivesItems.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.PrimitivesItems
             * @static
             * @param {openapi.v2.PrimitivesItems.$Properties} message PrimitivesItems message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrimitivesItems.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.PrimitivesItems.encode(message.items, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.collectionFormat != null && $Object.hasOwnProperty.call(message, "collectionFormat") && message.collectionFormat !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.collectionFormat);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.uniqueItems);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 17, wireType 1 =*/137).double(message.multipleOf);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PrimitivesItems message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.PrimitivesItems
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.PrimitivesItems & openapi.v2.PrimitivesItems.$Shape} PrimitivesItems
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrimitivesItems.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.PrimitivesItems();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.PrimitivesItems.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectionFormat = value;
                            else
                                delete message.collectionFormat;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PrimitivesItems;
        })();

        v2.ParameterDefinitions = (function() {

            /**
             * Properties of a ParameterDefinitions.
             * @typedef {Object} openapi.v2.ParameterDefinitions.$Properties
             * @property {Array.<openapi.v2.NamedParameter.$Properties>|null} [additionalProperties] ParameterDefinitions additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ParameterDefinitions.
             * @memberof openapi.v2
             * @interface IParameterDefinitions
             * @augments openapi.v2.ParameterDefinitions.$Properties
             * @deprecated Use openapi.v2.ParameterDefinitions.$Properties instead.
             */

            /**
             * Shape of a ParameterDefinitions.
             * @typedef {{
             *   additionalProperties?: Array.<openapi.v2.NamedParameter.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.ParameterDefinitions.$Shape
             */

            /**
             * Constructs a new ParameterDefinitions.
             * @memberof openapi.v2
             * @classdesc Represents a ParameterDefinitions.
             * @constructor
             * @param {openapi.v2.ParameterDefinitions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ParameterDefinitions = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ParameterDefinitions additionalProperties.
             * @member {Array.<openapi.v2.NamedParameter.$Properties>} additionalProperties
             * @memberof openapi.v2.ParameterDefinitions
             * @instance
             */
            ParameterDefinitions.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified ParameterDefinitions message. Does not implicitly {@link openapi.v2.ParameterDefinitions.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ParameterDefinitions
             * @static
             * @param {openapi.v2.ParameterDefinitions.$Properties} message ParameterDefinitions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ParameterDefinitions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedParameter.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ParameterDefinitions message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ParameterDefinitions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ParameterDefinitions & openapi.v2.ParameterDefinitions.$Shape} ParameterDefinitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ParameterDefinitions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ParameterDefinitions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedParameter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ParameterDefinitions;
        })();

        v2.NamedParameter = (function() {

            /**
             * Properties of a NamedParameter.
             * @typedef {Object} openapi.v2.NamedParameter.$Properties
             * @property {string|null} [name] NamedParameter name
             * @property {openapi.v2.Parameter.$Properties|null} [value] NamedParameter value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedParameter.
             * @memberof openapi.v2
             * @interface INamedParameter
             * @augments openapi.v2.NamedParameter.$Properties
             * @deprecated Use openapi.v2.NamedParameter.$Properties instead.
             */

            /**
             * Shape of a NamedParameter.
             * @typedef {{
             *   name?: string|null;
             *   value?: openapi.v2.Parameter.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.NamedParameter.$Shape
             */

            /**
             * Constructs a new NamedParameter.
             * @memberof openapi.v2
             * @classdesc Represents a NamedParameter.
             * @constructor
             * @param {openapi.v2.NamedParameter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedParameter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedParameter name.
             * @member {string} name
             * @memberof openapi.v2.NamedParameter
             * @instance
             */
            NamedParameter.prototype.name = "";

            /**
             * NamedParameter value.
             * @member {openapi.v2.Parameter.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedParameter
             * @instance
             */
            NamedParameter.prototype.value = null;

            /**
             * Encodes the specified NamedParameter message. Does not implicitly {@link openapi.v2.NamedParameter.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedParameter
             * @static
             * @param {openapi.v2.NamedParameter.$Properties} message NamedParameter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedParameter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.Parameter.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedParameter message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedParameter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedParameter & openapi.v2.NamedParameter.$Shape} NamedParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedParameter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedParameter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.Parameter.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedParameter;
        })();

        v2.Responses = (function() {

            /**
             * Properties of a Responses.
             * @typedef {Object} openapi.v2.Responses.$Properties
             * @property {Array.<openapi.v2.NamedResponseValue.$Properties>|null} [responseCode] Responses responseCode
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Responses vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Responses.
             * @memberof openapi.v2
             * @interface IResponses
             * @augments openapi.v2.Responses.$Properties
             * @deprecated Use openapi.v2.Responses.$Properties instead.
             */

            /**
             * Shape of a Responses.
             * @typedef {{
             *   responseCode?: Array.<openapi.v2.NamedResponseValue.$Shape>|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Responses.$Shape
             */

            /**
             * Constructs a new Responses.
             * @memberof openapi.v2
             * @classdesc Represents a Responses.
             * @constructor
             * @param {openapi.v2.Responses.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Responses = function (properties) {
                this.responseCode = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Responses responseCode.
             * @member {Array.<openapi.v2.NamedResponseValue.$Properties>} responseCode
             * @memberof openapi.v2.Responses
             * @instance
             */
            Responses.prototype.responseCode = $util.emptyArray;

            /**
             * Responses vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Responses
             * @instance
             */
            Responses.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Responses message. Does not implicitly {@link openapi.v2.Responses.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Responses
             * @static
             * @param {openapi.v2.Responses.$Properties} message Responses message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Responses.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.responseCode != null && message.responseCode.length)
                    for (let i = 0; i < message.responseCode.length; ++i)
                        $root.openapi.v2.NamedResponseValue.encode(message.responseCode[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Responses message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Responses
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Responses & openapi.v2.Responses.$Shape} Responses
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Responses.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Responses();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.responseCode && message.responseCode.length))
                                message.responseCode = [];
                            message.responseCode.push($root.openapi.v2.NamedResponseValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Responses;
        })();

        v2.NamedResponseValue = (function() {

            /**
             * Properties of a NamedResponseValue.
             * @typedef {Object} openapi.v2.NamedResponseValue.$Properties
             * @property {string|null} [name] NamedResponseValue name
             * @property {openapi.v2.ResponseValue.$Properties|null} [value] NamedResponseValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedResponseValue.
             * @memberof openapi.v2
             * @interface INamedResponseValue
             * @augments openapi.v2.NamedResponseValue.$Properties
             * @deprecated Use openapi.v2.NamedResponseValue.$Properties instead.
             */

            /**
             * Shape of a NamedResponseValue.
             * @typedef {{
             *   name?: string|null;
             *   value?: openapi.v2.ResponseValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.NamedResponseValue.$Shape
             */

            /**
             * Constructs a new NamedResponseValue.
             * @memberof openapi.v2
             * @classdesc Represents a NamedResponseValue.
             * @constructor
             * @param {openapi.v2.NamedResponseValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedResponseValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedResponseValue name.
             * @member {string} name
             * @memberof openapi.v2.NamedResponseValue
             * @instance
             */
            NamedResponseValue.prototype.name = "";

            /**
             * NamedResponseValue value.
             * @member {openapi.v2.ResponseValue.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedResponseValue
             * @instance
             */
            NamedResponseValue.prototype.value = null;

            /**
             * Encodes the specified NamedResponseValue message. Does not implicitly {@link openapi.v2.NamedResponseValue.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedResponseValue
             * @static
             * @param {openapi.v2.NamedResponseValue.$Properties} message NamedResponseValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedResponseValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.ResponseValue.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedResponseValue message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedResponseValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedResponseValue & openapi.v2.NamedResponseValue.$Shape} NamedResponseValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedResponseValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedResponseValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.ResponseValue.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedResponseValue;
        })();

        v2.ResponseValue = (function() {

            /**
             * Properties of a ResponseValue.
             * @typedef {Object} openapi.v2.ResponseValue.$Properties
             * @property {openapi.v2.Response.$Properties|null} [response] ResponseValue response
             * @property {openapi.v2.JsonReference.$Properties|null} [jsonReference] ResponseValue jsonReference
             * @property {"response"|"jsonReference"} [oneof] ResponseValue oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseValue.
             * @memberof openapi.v2
             * @interface IResponseValue
             * @augments openapi.v2.ResponseValue.$Properties
             * @deprecated Use openapi.v2.ResponseValue.$Properties instead.
             */

            /**
             * Narrowed shape of a ResponseValue.
             * @typedef {{
             *   response?: openapi.v2.Response.$Shape|null;
             *   jsonReference?: openapi.v2.JsonReference.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; response?: null; jsonReference?: null }|{ oneof?: "response"; response: openapi.v2.Response.$Shape; jsonReference?: null }|{ oneof?: "jsonReference"; response?: null; jsonReference: openapi.v2.JsonReference.$Shape })
             * )} openapi.v2.ResponseValue.$Shape
             */

            /**
             * Constructs a new ResponseValue.
             * @memberof openapi.v2
             * @classdesc Represents a ResponseValue.
             * @constructor
             * @param {openapi.v2.ResponseValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseValue response.
             * @member {openapi.v2.Response.$Properties|null|undefined} response
             * @memberof openapi.v2.ResponseValue
             * @instance
             */
            ResponseValue.prototype.response = null;

            /**
             * ResponseValue jsonReference.
             * @member {openapi.v2.JsonReference.$Properties|null|undefined} jsonReference
             * @memberof openapi.v2.ResponseValue
             * @instance
             */
            ResponseValue.prototype.jsonReference = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ResponseValue oneof.
             * @member {"response"|"jsonReference"|undefined} oneof
             * @memberof openapi.v2.ResponseValue
             * @instance
             */
            $Object.defineProperty(ResponseValue.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["response", "jsonReference"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ResponseValue message. Does not implicitly {@link openapi.v2.ResponseValue.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ResponseValue
             * @static
             * @param {openapi.v2.ResponseValue.$Properties} message ResponseValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    $root.openapi.v2.Response.encode(message.response, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.jsonReference != null && $Object.hasOwnProperty.call(message, "jsonReference"))
                    $root.openapi.v2.JsonReference.encode(message.jsonReference, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseValue message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ResponseValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ResponseValue & openapi.v2.ResponseValue.$Shape} ResponseValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ResponseValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.response = $root.openapi.v2.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                            message.oneof = "response";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.jsonReference = $root.openapi.v2.JsonReference.decode(reader, reader.size(), $undefined, _depth + 1, message.jsonReference);
                            message.oneof = "jsonReference";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResponseValue;
        })();

        v2.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} openapi.v2.Response.$Properties
             * @property {string|null} [description] Response description
             * @property {openapi.v2.SchemaItem.$Properties|null} [schema] Response schema
             * @property {openapi.v2.Headers.$Properties|null} [headers] Response headers
             * @property {openapi.v2.Examples.$Properties|null} [examples] Response examples
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Response vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof openapi.v2
             * @interface IResponse
             * @augments openapi.v2.Response.$Properties
             * @deprecated Use openapi.v2.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {{
             *   description?: string|null;
             *   schema?: openapi.v2.SchemaItem.$Shape|null;
             *   headers?: openapi.v2.Headers.$Shape|null;
             *   examples?: openapi.v2.Examples.$Shape|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof openapi.v2
             * @classdesc Represents a Response.
             * @constructor
             * @param {openapi.v2.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response description.
             * @member {string} description
             * @memberof openapi.v2.Response
             * @instance
             */
            Response.prototype.description = "";

            /**
             * Response schema.
             * @member {openapi.v2.SchemaItem.$Properties|null|undefined} schema
             * @memberof openapi.v2.Response
             * @instance
             */
            Response.prototype.schema = null;

            /**
             * Response headers.
             * @member {openapi.v2.Headers.$Properties|null|undefined} headers
             * @memberof openapi.v2.Response
             * @instance
             */
            Response.prototype.headers = null;

            /**
             * Response examples.
             * @member {openapi.v2.Examples.$Properties|null|undefined} examples
             * @memberof openapi.v2.Response
             * @instance
             */
            Response.prototype.examples = null;

            /**
             * Response vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Response
             * @instance
             */
            Response.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Response message. Does not implicitly {@link openapi.v2.Response.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Response
             * @static
             * @param {openapi.v2.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.openapi.v2.SchemaItem.encode(message.schema, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    $root.openapi.v2.Headers.encode(message.headers, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples"))
                    $root.openapi.v2.Examples.encode(message.examples, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Response & openapi.v2.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Response();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.openapi.v2.SchemaItem.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.headers = $root.openapi.v2.Headers.decode(reader, reader.size(), $undefined, _depth + 1, message.headers);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.examples = $root.openapi.v2.Examples.decode(reader, reader.size(), $undefined, _depth + 1, message.examples);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        v2.SchemaItem = (function() {

            /**
             * Properties of a SchemaItem.
             * @typedef {Object} openapi.v2.SchemaItem.$Properties
             * @property {openapi.v2.Schema.$Properties|null} [schema] SchemaItem schema
             * @property {openapi.v2.FileSchema.$Properties|null} [fileSchema] SchemaItem fileSchema
             * @property {"schema"|"fileSchema"} [oneof] SchemaItem oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SchemaItem.
             * @memberof openapi.v2
             * @interface ISchemaItem
             * @augments openapi.v2.SchemaItem.$Properties
             * @deprecated Use openapi.v2.SchemaItem.$Properties instead.
             */

            /**
             * Narrowed shape of a SchemaItem.
             * @typedef {{
             *   schema?: openapi.v2.Schema.$Shape|null;
             *   fileSchema?: openapi.v2.FileSchema.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; schema?: null; fileSchema?: null }|{ oneof?: "schema"; schema: openapi.v2.Schema.$Shape; fileSchema?: null }|{ oneof?: "fileSchema"; schema?: null; fileSchema: openapi.v2.FileSchema.$Shape })
             * )} openapi.v2.SchemaItem.$Shape
             */

            /**
             * Constructs a new SchemaItem.
             * @memberof openapi.v2
             * @classdesc Represents a SchemaItem.
             * @constructor
             * @param {openapi.v2.SchemaItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SchemaItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SchemaItem schema.
             * @member {openapi.v2.Schema.$Properties|null|undefined} schema
             * @memberof openapi.v2.SchemaItem
             * @instance
             */
            SchemaItem.prototype.schema = null;

            /**
             * SchemaItem fileSchema.
             * @member {openapi.v2.FileSchema.$Properties|null|undefined} fileSchema
             * @memberof openapi.v2.SchemaItem
             * @instance
             */
            SchemaItem.prototype.fileSchema = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SchemaItem oneof.
             * @member {"schema"|"fileSchema"|undefined} oneof
             * @memberof openapi.v2.SchemaItem
             * @instance
             */
            $Object.defineProperty(SchemaItem.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["schema", "fileSchema"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified SchemaItem message. Does not implicitly {@link openapi.v2.SchemaItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.SchemaItem
             * @static
             * @param {openapi.v2.SchemaItem.$Properties} message SchemaItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchemaItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.openapi.v2.Schema.encode(message.schema, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.fileSchema != null && $Object.hasOwnProperty.call(message, "fileSchema"))
                    $root.openapi.v2.FileSchema.encode(message.fileSchema, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SchemaItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.SchemaItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.SchemaItem & openapi.v2.SchemaItem.$Shape} SchemaItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchemaItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.SchemaItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.openapi.v2.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            message.oneof = "schema";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.fileSchema = $root.openapi.v2.FileSchema.decode(reader, reader.size(), $undefined, _depth + 1, message.fileSchema);
                            message.oneof = "fileSchema";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SchemaItem;
        })();

        v2.Headers = (function() {

            /**
             * Properties of a Headers.
             * @typedef {Object} openapi.v2.Headers.$Properties
             * @property {Array.<openapi.v2.NamedHeader.$Properties>|null} [additionalProperties] Headers additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Headers.
             * @memberof openapi.v2
             * @interface IHeaders
             * @augments openapi.v2.Headers.$Properties
             * @deprecated Use openapi.v2.Headers.$Properties instead.
             */

            /**
             * Shape of a Headers.
             * @typedef {openapi.v2.Headers.$Properties} openapi.v2.Headers.$Shape
             */

            /**
             * Constructs a new Headers.
             * @memberof openapi.v2
             * @classdesc Represents a Headers.
             * @constructor
             * @param {openapi.v2.Headers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Headers = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Headers additionalProperties.
             * @member {Array.<openapi.v2.NamedHeader.$Properties>} additionalProperties
             * @memberof openapi.v2.Headers
             * @instance
             */
            Headers.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified Headers message. Does not implicitly {@link openapi.v2.Headers.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Headers
             * @static
             * @param {openapi.v2.Headers.$Properties} message Headers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Headers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedHeader.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Headers message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Headers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Headers & openapi.v2.Headers.$Shape} Headers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Headers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Headers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedHeader.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Headers;
        })();

        v2.NamedHeader = (function() {

            /**
             * Properties of a NamedHeader.
             * @typedef {Object} openapi.v2.NamedHeader.$Properties
             * @property {string|null} [name] NamedHeader name
             * @property {openapi.v2.Header.$Properties|null} [value] NamedHeader value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedHeader.
             * @memberof openapi.v2
             * @interface INamedHeader
             * @augments openapi.v2.NamedHeader.$Properties
             * @deprecated Use openapi.v2.NamedHeader.$Properties instead.
             */

            /**
             * Shape of a NamedHeader.
             * @typedef {openapi.v2.NamedHeader.$Properties} openapi.v2.NamedHeader.$Shape
             */

            /**
             * Constructs a new NamedHeader.
             * @memberof openapi.v2
             * @classdesc Represents a NamedHeader.
             * @constructor
             * @param {openapi.v2.NamedHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedHeader name.
             * @member {string} name
             * @memberof openapi.v2.NamedHeader
             * @instance
             */
            NamedHeader.prototype.name = "";

            /**
             * NamedHeader value.
             * @member {openapi.v2.Header.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedHeader
             * @instance
             */
            NamedHeader.prototype.value = null;

            /**
             * Encodes the specified NamedHeader message. Does not implicitly {@link openapi.v2.NamedHeader.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedHeader
             * @static
             * @param {openapi.v2.NamedHeader.$Properties} message NamedHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.Header.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedHeader message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedHeader & openapi.v2.NamedHeader.$Shape} NamedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.Header.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedHeader;
        })();

        v2.Header = (function() {

            /**
             * Properties of a Header.
             * @typedef {Object} openapi.v2.Header.$Properties
             * @property {string|null} [type] Header type
             * @property {string|null} [format] Header format
             * @property {openapi.v2.PrimitivesItems.$Properties|null} [items] Header items
             * @property {string|null} [collectionFormat] Header collectionFormat
             * @property {openapi.v2.Any.$Properties|null} ["default"] Header default
             * @property {number|null} [maximum] Header maximum
             * @property {boolean|null} [exclusiveMaximum] Header exclusiveMaximum
             * @property {number|null} [minimum] Header minimum
             * @property {boolean|null} [exclusiveMinimum] Header exclusiveMinimum
             * @property {number|null} [maxLength] Header maxLength
             * @property {number|null} [minLength] Header minLength
             * @property {string|null} [pattern] Header pattern
             * @property {number|null} [maxItems] Header maxItems
             * @property {number|null} [minItems] Header minItems
             * @property {boolean|null} [uniqueItems] Header uniqueItems
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] Header enum
             * @property {number|null} [multipleOf] Header multipleOf
             * @property {string|null} [description] Header description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Header vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Header.
             * @memberof openapi.v2
             * @interface IHeader
             * @augments openapi.v2.Header.$Properties
             * @deprecated Use openapi.v2.Header.$Properties instead.
             */

            /**
             * Shape of a Header.
             * @typedef {openapi.v2.Header.$Properties} openapi.v2.Header.$Shape
             */

            /**
             * Constructs a new Header.
             * @memberof openapi.v2
             * @classdesc Represents a Header.
             * @constructor
             * @param {openapi.v2.Header.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Header = function (properties) {
                this["enum"] = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Header type.
             * @member {string} type
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.type = "";

            /**
             * Header format.
             * @member {string} format
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.format = "";

            /**
             * Header items.
             * @member {openapi.v2.PrimitivesItems.$Properties|null|undefined} items
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.items = null;

            /**
             * Header collectionFormat.
             * @member {string} collectionFormat
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.collectionFormat = "";

            /**
             * Header default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype["default"] = null;

            /**
             * Header maximum.
             * @member {number} maximum
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.maximum = 0;

            /**
             * Header exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.exclusiveMaximum = false;

            /**
             * Header minimum.
             * @member {number} minimum
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.minimum = 0;

            /**
             * Header exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.exclusiveMinimum = false;

            /**
             * Header maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Header minLength.
             * @member {number} minLength
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Header pattern.
             * @member {string} pattern
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.pattern = "";

            /**
             * Header maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Header minItems.
             * @member {number} minItems
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Header uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.uniqueItems = false;

            /**
             * Header enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype["enum"] = $util.emptyArray;

            /**
             * Header multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.multipleOf = 0;

            /**
             * Header description.
             * @member {string} description
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.description = "";

            /**
             * Header vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Header
             * @instance
             */
            Header.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Header message. Does not implicitly {@link openapi.v2.Header.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Header
             * @static
             * @param {openapi.v2.Header.$Properties} message Header message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Header.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.PrimitivesItems.encode(message.items, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.collectionFormat != null && $Object.hasOwnProperty.call(message, "collectionFormat") && message.collectionFormat !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.collectionFormat);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.uniqueItems);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 17, wireType 1 =*/137).double(message.multipleOf);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Header
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Header & openapi.v2.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Header.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Header();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.PrimitivesItems.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectionFormat = value;
                            else
                                delete message.collectionFormat;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Header;
        })();

        v2.Examples = (function() {

            /**
             * Properties of an Examples.
             * @typedef {Object} openapi.v2.Examples.$Properties
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [additionalProperties] Examples additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Examples.
             * @memberof openapi.v2
             * @interface IExamples
             * @augments openapi.v2.Examples.$Properties
             * @deprecated Use openapi.v2.Examples.$Properties instead.
             */

            /**
             * Shape of an Examples.
             * @typedef {openapi.v2.Examples.$Properties} openapi.v2.Examples.$Shape
             */

            /**
             * Constructs a new Examples.
             * @memberof openapi.v2
             * @classdesc Represents an Examples.
             * @constructor
             * @param {openapi.v2.Examples.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Examples = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Examples additionalProperties.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} additionalProperties
             * @memberof openapi.v2.Examples
             * @instance
             */
            Examples.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified Examples message. Does not implicitly {@link openapi.v2.Examples.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Examples
             * @static
             * @param {openapi.v2.Examples.$Properties} message Examples message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Examples.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Examples message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Examples
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Examples & openapi.v2.Examples.$Shape} Examples
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Examples.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Examples();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Examples;
        })();

        v2.ResponseDefinitions = (function() {

            /**
             * Properties of a ResponseDefinitions.
             * @typedef {Object} openapi.v2.ResponseDefinitions.$Properties
             * @property {Array.<openapi.v2.NamedResponse.$Properties>|null} [additionalProperties] ResponseDefinitions additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseDefinitions.
             * @memberof openapi.v2
             * @interface IResponseDefinitions
             * @augments openapi.v2.ResponseDefinitions.$Properties
             * @deprecated Use openapi.v2.ResponseDefinitions.$Properties instead.
             */

            /**
             * Shape of a ResponseDefinitions.
             * @typedef {{
             *   additionalProperties?: Array.<openapi.v2.NamedResponse.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.ResponseDefinitions.$Shape
             */

            /**
             * Constructs a new ResponseDefinitions.
             * @memberof openapi.v2
             * @classdesc Represents a ResponseDefinitions.
             * @constructor
             * @param {openapi.v2.ResponseDefinitions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseDefinitions = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseDefinitions additionalProperties.
             * @member {Array.<openapi.v2.NamedResponse.$Properties>} additionalProperties
             * @memberof openapi.v2.ResponseDefinitions
             * @instance
             */
            ResponseDefinitions.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified ResponseDefinitions message. Does not implicitly {@link openapi.v2.ResponseDefinitions.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ResponseDefinitions
             * @static
             * @param {openapi.v2.ResponseDefinitions.$Properties} message ResponseDefinitions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseDefinitions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedResponse.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseDefinitions message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ResponseDefinitions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ResponseDefinitions & openapi.v2.ResponseDefinitions.$Shape} ResponseDefinitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseDefinitions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ResponseDefinitions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedResponse.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResponseDefinitions;
        })();

        v2.NamedResponse = (function() {

            /**
             * Properties of a NamedResponse.
             * @typedef {Object} openapi.v2.NamedResponse.$Properties
             * @property {string|null} [name] NamedResponse name
             * @property {openapi.v2.Response.$Properties|null} [value] NamedResponse value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedResponse.
             * @memberof openapi.v2
             * @interface INamedResponse
             * @augments openapi.v2.NamedResponse.$Properties
             * @deprecated Use openapi.v2.NamedResponse.$Properties instead.
             */

            /**
             * Shape of a NamedResponse.
             * @typedef {{
             *   name?: string|null;
             *   value?: openapi.v2.Response.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.NamedResponse.$Shape
             */

            /**
             * Constructs a new NamedResponse.
             * @memberof openapi.v2
             * @classdesc Represents a NamedResponse.
             * @constructor
             * @param {openapi.v2.NamedResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedResponse name.
             * @member {string} name
             * @memberof openapi.v2.NamedResponse
             * @instance
             */
            NamedResponse.prototype.name = "";

            /**
             * NamedResponse value.
             * @member {openapi.v2.Response.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedResponse
             * @instance
             */
            NamedResponse.prototype.value = null;

            /**
             * Encodes the specified NamedResponse message. Does not implicitly {@link openapi.v2.NamedResponse.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedResponse
             * @static
             * @param {openapi.v2.NamedResponse.$Properties} message NamedResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.Response.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedResponse message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedResponse & openapi.v2.NamedResponse.$Shape} NamedResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedResponse;
        })();

        v2.Definitions = (function() {

            /**
             * Properties of a Definitions.
             * @typedef {Object} openapi.v2.Definitions.$Properties
             * @property {Array.<openapi.v2.NamedSchema.$Properties>|null} [additionalProperties] Definitions additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Definitions.
             * @memberof openapi.v2
             * @interface IDefinitions
             * @augments openapi.v2.Definitions.$Properties
             * @deprecated Use openapi.v2.Definitions.$Properties instead.
             */

            /**
             * Shape of a Definitions.
             * @typedef {{
             *   additionalProperties?: Array.<openapi.v2.NamedSchema.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Definitions.$Shape
             */

            /**
             * Constructs a new Definitions.
             * @memberof openapi.v2
             * @classdesc Represents a Definitions.
             * @constructor
             * @param {openapi.v2.Definitions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Definitions = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Definitions additionalProperties.
             * @member {Array.<openapi.v2.NamedSchema.$Properties>} additionalProperties
             * @memberof openapi.v2.Definitions
             * @instance
             */
            Definitions.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified Definitions message. Does not implicitly {@link openapi.v2.Definitions.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Definitions
             * @static
             * @param {openapi.v2.Definitions.$Properties} message Definitions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Definitions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedSchema.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Definitions message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Definitions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Definitions & openapi.v2.Definitions.$Shape} Definitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Definitions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Definitions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedSchema.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Definitions;
        })();

        v2.NamedSchema = (function() {

            /**
             * Properties of a NamedSchema.
             * @typedef {Object} openapi.v2.NamedSchema.$Properties
             * @property {string|null} [name] NamedSchema name
             * @property {openapi.v2.Schema.$Properties|null} [value] NamedSchema value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedSchema.
             * @memberof openapi.v2
             * @interface INamedSchema
             * @augments openapi.v2.NamedSchema.$Properties
             * @deprecated Use openapi.v2.NamedSchema.$Properties instead.
             */

            /**
             * Shape of a NamedSchema.
             * @typedef {{
             *   name?: string|null;
             *   value?: openapi.v2.Schema.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.NamedSchema.$Shape
             */

            /**
             * Constructs a new NamedSchema.
             * @memberof openapi.v2
             * @classdesc Represents a NamedSchema.
             * @constructor
             * @param {openapi.v2.NamedSchema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedSchema = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedSchema name.
             * @member {string} name
             * @memberof openapi.v2.NamedSchema
             * @instance
             */
            NamedSchema.prototype.name = "";

            /**
             * NamedSchema value.
             * @member {openapi.v2.Schema.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedSchema
             * @instance
             */
            NamedSchema.prototype.value = null;

            /**
             * Encodes the specified NamedSchema message. Does not implicitly {@link openapi.v2.NamedSchema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedSchema
             * @static
             * @param {openapi.v2.NamedSchema.$Properties} message NamedSchema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedSchema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.Schema.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedSchema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedSchema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedSchema & openapi.v2.NamedSchema.$Shape} NamedSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedSchema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedSchema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedSchema;
        })();

        v2.Schema = (function() {

            /**
             * Properties of a Schema.
             * @typedef {Object} openapi.v2.Schema.$Properties
             * @property {string|null} [_ref] Schema _ref
             * @property {string|null} [format] Schema format
             * @property {string|null} [title] Schema title
             * @property {string|null} [description] Schema description
             * @property {openapi.v2.Any.$Properties|null} ["default"] Schema default
             * @property {number|null} [multipleOf] Schema multipleOf
             * @property {number|null} [maximum] Schema maximum
             * @property {boolean|null} [exclusiveMaximum] Schema exclusiveMaximum
             * @property {number|null} [minimum] Schema minimum
             * @property {boolean|null} [exclusiveMinimum] Schema exclusiveMinimum
             * @property {number|null} [maxLength] Schema maxLength
             * @property {number|null} [minLength] Schema minLength
             * @property {string|null} [pattern] Schema pattern
             * @property {number|null} [maxItems] Schema maxItems
             * @property {number|null} [minItems] Schema minItems
             * @property {boolean|null} [uniqueItems] Schema uniqueItems
             * @property {number|null} [maxProperties] Schema maxProperties
             * @property {number|null} [minProperties] Schema minProperties
             * @property {Array.<string>|null} [required] Schema required
             * @property {Array.<openapi.v2.Any.$Properties>|null} ["enum"] Schema enum
             * @property {openapi.v2.AdditionalPropertiesItem.$Properties|null} [additionalProperties] Schema additionalProperties
             * @property {openapi.v2.TypeItem.$Properties|null} [type] Schema type
             * @property {openapi.v2.ItemsItem.$Properties|null} [items] Schema items
             * @property {Array.<openapi.v2.Schema.$Properties>|null} [allOf] Schema allOf
             * @property {openapi.v2.Properties.$Properties|null} [properties] Schema properties
             * @property {string|null} [discriminator] Schema discriminator
             * @property {boolean|null} [readOnly] Schema readOnly
             * @property {openapi.v2.Xml.$Properties|null} [xml] Schema xml
             * @property {openapi.v2.ExternalDocs.$Properties|null} [externalDocs] Schema externalDocs
             * @property {openapi.v2.Any.$Properties|null} [example] Schema example
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Schema vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Schema.
             * @memberof openapi.v2
             * @interface ISchema
             * @augments openapi.v2.Schema.$Properties
             * @deprecated Use openapi.v2.Schema.$Properties instead.
             */

            /**
             * Shape of a Schema.
             * @typedef {{
             *   _ref?: string|null;
             *   format?: string|null;
             *   title?: string|null;
             *   description?: string|null;
             *   "default"?: openapi.v2.Any.$Shape|null;
             *   multipleOf?: number|null;
             *   maximum?: number|null;
             *   exclusiveMaximum?: boolean|null;
             *   minimum?: number|null;
             *   exclusiveMinimum?: boolean|null;
             *   maxLength?: number|null;
             *   minLength?: number|null;
             *   pattern?: string|null;
             *   maxItems?: number|null;
             *   minItems?: number|null;
             *   uniqueItems?: boolean|null;
             *   maxProperties?: number|null;
             *   minProperties?: number|null;
             *   required?: Array.<string>|null;
             *   "enum"?: Array.<openapi.v2.Any.$Shape>|null;
             *   additionalProperties?: openapi.v2.AdditionalPropertiesItem.$Shape|null;
             *   type?: openapi.v2.TypeItem.$Shape|null;
             *   items?: openapi.v2.ItemsItem.$Shape|null;
             *   allOf?: Array.<openapi.v2.Schema.$Shape>|null;
             *   properties?: openapi.v2.Properties.$Shape|null;
             *   discriminator?: string|null;
             *   readOnly?: boolean|null;
             *   xml?: openapi.v2.Xml.$Shape|null;
             *   externalDocs?: openapi.v2.ExternalDocs.$Shape|null;
             *   example?: openapi.v2.Any.$Shape|null;
             *   vendorExtension?: Array.<openapi.v2.NamedAny.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Schema.$Shape
             */

            /**
             * Constructs a new Schema.
             * @memberof openapi.v2
             * @classdesc Represents a Schema.
             * @constructor
             * @param {openapi.v2.Schema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Schema = function (properties) {
                this.required = [];
                this["enum"] = [];
                this.allOf = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Schema _ref.
             * @member {string} _ref
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype._ref = "";

            /**
             * Schema format.
             * @member {string} format
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.format = "";

            /**
             * Schema title.
             * @member {string} title
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.title = "";

            /**
             * Schema description.
             * @member {string} description
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.description = "";

            /**
             * Schema default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype["default"] = null;

            /**
             * Schema multipleOf.
             * @member {number} multipleOf
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.multipleOf = 0;

            /**
             * Schema maximum.
             * @member {number} maximum
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.maximum = 0;

            /**
             * Schema exclusiveMaximum.
             * @member {boolean} exclusiveMaximum
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.exclusiveMaximum = false;

            /**
             * Schema minimum.
             * @member {number} minimum
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.minimum = 0;

            /**
             * Schema exclusiveMinimum.
             * @member {boolean} exclusiveMinimum
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.exclusiveMinimum = false;

            /**
             * Schema maxLength.
             * @member {number} maxLength
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Schema minLength.
             * @member {number} minLength
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.minLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Schema pattern.
             * @member {string} pattern
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.pattern = "";

            /**
             * Schema maxItems.
             * @member {number} maxItems
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Schema minItems.
             * @member {number} minItems
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Schema uniqueItems.
             * @member {boolean} uniqueItems
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.uniqueItems = false;

            /**
             * Schema maxProperties.
             * @member {number} maxProperties
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.maxProperties = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Schema minProperties.
             * @member {number} minProperties
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.minProperties = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Schema required.
             * @member {Array.<string>} required
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.required = $util.emptyArray;

            /**
             * Schema enum.
             * @member {Array.<openapi.v2.Any.$Properties>} enum
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype["enum"] = $util.emptyArray;

            /**
             * Schema additionalProperties.
             * @member {openapi.v2.AdditionalPropertiesItem.$Properties|null|undefined} additionalProperties
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.additionalProperties = null;

            /**
             * Schema type.
             * @member {openapi.v2.TypeItem.$Properties|null|undefined} type
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.type = null;

            /**
             * Schema items.
             * @member {openapi.v2.ItemsItem.$Properties|null|undefined} items
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.items = null;

            /**
             * Schema allOf.
             * @member {Array.<openapi.v2.Schema.$Properties>} allOf
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.allOf = $util.emptyArray;

            /**
             * Schema properties.
             * @member {openapi.v2.Properties.$Properties|null|undefined} properties
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.properties = null;

            /**
             * Schema discriminator.
             * @member {string} discriminator
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.discriminator = "";

            /**
             * Schema readOnly.
             * @member {boolean} readOnly
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.readOnly = false;

            /**
             * Schema xml.
             * @member {openapi.v2.Xml.$Properties|null|undefined} xml
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.xml = null;

            /**
             * Schema externalDocs.
             * @member {openapi.v2.ExternalDocs.$Properties|null|undefined} externalDocs
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.externalDocs = null;

            /**
             * Schema example.
             * @member {openapi.v2.Any.$Properties|null|undefined} example
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.example = null;

            /**
             * Schema vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Schema
             * @instance
             */
            Schema.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Schema message. Does not implicitly {@link openapi.v2.Schema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Schema
             * @static
             * @param {openapi.v2.Schema.$Properties} message Schema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Schema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message._ref != null && $Object.hasOwnProperty.call(message, "_ref") && message._ref !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message._ref);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.multipleOf != null && $Object.hasOwnProperty.call(message, "multipleOf") && !$Object.is(message.multipleOf, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.multipleOf);
                if (message.maximum != null && $Object.hasOwnProperty.call(message, "maximum") && !$Object.is(message.maximum, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.maximum);
                if (message.exclusiveMaximum != null && $Object.hasOwnProperty.call(message, "exclusiveMaximum") && message.exclusiveMaximum !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.exclusiveMaximum);
                if (message.minimum != null && $Object.hasOwnProperty.call(message, "minimum") && !$Object.is(message.minimum, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.minimum);
                if (message.exclusiveMinimum != null && $Object.hasOwnProperty.call(message, "exclusiveMinimum") && message.exclusiveMinimum !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.exclusiveMinimum);
                if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.maxLength);
                if (message.minLength != null && $Object.hasOwnProperty.call(message, "minLength") && (typeof message.minLength === "object" ? message.minLength.low || message.minLength.high : message.minLength !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.minLength);
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.pattern);
                if (message.maxItems != null && $Object.hasOwnProperty.call(message, "maxItems") && (typeof message.maxItems === "object" ? message.maxItems.low || message.maxItems.high : message.maxItems !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.maxItems);
                if (message.minItems != null && $Object.hasOwnProperty.call(message, "minItems") && (typeof message.minItems === "object" ? message.minItems.low || message.minItems.high : message.minItems !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.minItems);
                if (message.uniqueItems != null && $Object.hasOwnProperty.call(message, "uniqueItems") && message.uniqueItems !== false)
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.uniqueItems);
                if (message.maxProperties != null && $Object.hasOwnProperty.call(message, "maxProperties") && (typeof message.maxProperties === "object" ? message.maxProperties.low || message.maxProperties.high : message.maxProperties !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).int64(message.maxProperties);
                if (message.minProperties != null && $Object.hasOwnProperty.call(message, "minProperties") && (typeof message.minProperties === "object" ? message.minProperties.low || message.minProperties.high : message.minProperties !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).int64(message.minProperties);
                if (message.required != null && message.required.length)
                    for (let i = 0; i < message.required.length; ++i)
                        writer.uint32(/* id 19, wireType 2 =*/154).string(message.required[i]);
                if (message["enum"] != null && message["enum"].length)
                    for (let i = 0; i < message["enum"].length; ++i)
                        $root.openapi.v2.Any.encode(message["enum"][i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.additionalProperties != null && $Object.hasOwnProperty.call(message, "additionalProperties"))
                    $root.openapi.v2.AdditionalPropertiesItem.encode(message.additionalProperties, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    $root.openapi.v2.TypeItem.encode(message.type, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.openapi.v2.ItemsItem.encode(message.items, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.allOf != null && message.allOf.length)
                    for (let i = 0; i < message.allOf.length; ++i)
                        $root.openapi.v2.Schema.encode(message.allOf[i], writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.properties != null && $Object.hasOwnProperty.call(message, "properties"))
                    $root.openapi.v2.Properties.encode(message.properties, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.discriminator != null && $Object.hasOwnProperty.call(message, "discriminator") && message.discriminator !== "")
                    writer.uint32(/* id 26, wireType 2 =*/210).string(message.discriminator);
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly") && message.readOnly !== false)
                    writer.uint32(/* id 27, wireType 0 =*/216).bool(message.readOnly);
                if (message.xml != null && $Object.hasOwnProperty.call(message, "xml"))
                    $root.openapi.v2.Xml.encode(message.xml, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.externalDocs != null && $Object.hasOwnProperty.call(message, "externalDocs"))
                    $root.openapi.v2.ExternalDocs.encode(message.externalDocs, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.example != null && $Object.hasOwnProperty.call(message, "example"))
                    $root.openapi.v2.Any.encode(message.example, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Schema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Schema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Schema & openapi.v2.Schema.$Shape} Schema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Schema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Schema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message._ref = value;
                            else
                                delete message._ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.multipleOf = value;
                            else
                                delete message.multipleOf;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maximum = value;
                            else
                                delete message.maximum;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMaximum = value;
                            else
                                delete message.exclusiveMaximum;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.minimum = value;
                            else
                                delete message.minimum;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exclusiveMinimum = value;
                            else
                                delete message.exclusiveMinimum;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxLength = value;
                            else
                                delete message.maxLength;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minLength = value;
                            else
                                delete message.minLength;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxItems = value;
                            else
                                delete message.maxItems;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minItems = value;
                            else
                                delete message.minItems;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.uniqueItems = value;
                            else
                                delete message.uniqueItems;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxProperties = value;
                            else
                                delete message.maxProperties;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minProperties = value;
                            else
                                delete message.minProperties;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.required && message.required.length))
                                message.required = [];
                            message.required.push(reader.stringVerify());
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message["enum"] && message["enum"].length))
                                message["enum"] = [];
                            message["enum"].push($root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.additionalProperties = $root.openapi.v2.AdditionalPropertiesItem.decode(reader, reader.size(), $undefined, _depth + 1, message.additionalProperties);
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.type = $root.openapi.v2.TypeItem.decode(reader, reader.size(), $undefined, _depth + 1, message.type);
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.openapi.v2.ItemsItem.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allOf && message.allOf.length))
                                message.allOf = [];
                            message.allOf.push($root.openapi.v2.Schema.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.properties = $root.openapi.v2.Properties.decode(reader, reader.size(), $undefined, _depth + 1, message.properties);
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.discriminator = value;
                            else
                                delete message.discriminator;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readOnly = value;
                            else
                                delete message.readOnly;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.xml = $root.openapi.v2.Xml.decode(reader, reader.size(), $undefined, _depth + 1, message.xml);
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.externalDocs = $root.openapi.v2.ExternalDocs.decode(reader, reader.size(), $undefined, _depth + 1, message.externalDocs);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.example = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.example);
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Schema;
        })();

        v2.TypeItem = (function() {

            /**
             * Properties of a TypeItem.
             * @typedef {Object} openapi.v2.TypeItem.$Properties
             * @property {Array.<string>|null} [value] TypeItem value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TypeItem.
             * @memberof openapi.v2
             * @interface ITypeItem
             * @augments openapi.v2.TypeItem.$Properties
             * @deprecated Use openapi.v2.TypeItem.$Properties instead.
             */

            /**
             * Shape of a TypeItem.
             * @typedef {openapi.v2.TypeItem.$Properties} openapi.v2.TypeItem.$Shape
             */

            /**
             * Constructs a new TypeItem.
             * @memberof openapi.v2
             * @classdesc Represents a TypeItem.
             * @constructor
             * @param {openapi.v2.TypeItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TypeItem = function (properties) {
                this.value = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TypeItem value.
             * @member {Array.<string>} value
             * @memberof openapi.v2.TypeItem
             * @instance
             */
            TypeItem.prototype.value = $util.emptyArray;

            /**
             * Encodes the specified TypeItem message. Does not implicitly {@link openapi.v2.TypeItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.TypeItem
             * @static
             * @param {openapi.v2.TypeItem.$Properties} message TypeItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TypeItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && message.value.length)
                    for (let i = 0; i < message.value.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TypeItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.TypeItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.TypeItem & openapi.v2.TypeItem.$Shape} TypeItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TypeItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.TypeItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TypeItem;
        })();

        v2.ItemsItem = (function() {

            /**
             * Properties of an ItemsItem.
             * @typedef {Object} openapi.v2.ItemsItem.$Properties
             * @property {Array.<openapi.v2.Schema.$Properties>|null} [schema] ItemsItem schema
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ItemsItem.
             * @memberof openapi.v2
             * @interface IItemsItem
             * @augments openapi.v2.ItemsItem.$Properties
             * @deprecated Use openapi.v2.ItemsItem.$Properties instead.
             */

            /**
             * Shape of an ItemsItem.
             * @typedef {{
             *   schema?: Array.<openapi.v2.Schema.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.ItemsItem.$Shape
             */

            /**
             * Constructs a new ItemsItem.
             * @memberof openapi.v2
             * @classdesc Represents an ItemsItem.
             * @constructor
             * @param {openapi.v2.ItemsItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ItemsItem = function (properties) {
                this.schema = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ItemsItem schema.
             * @member {Array.<openapi.v2.Schema.$Properties>} schema
             * @memberof openapi.v2.ItemsItem
             * @instance
             */
            ItemsItem.prototype.schema = $util.emptyArray;

            /**
             * Encodes the specified ItemsItem message. Does not implicitly {@link openapi.v2.ItemsItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ItemsItem
             * @static
             * @param {openapi.v2.ItemsItem.$Properties} message ItemsItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemsItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schema != null && message.schema.length)
                    for (let i = 0; i < message.schema.length; ++i)
                        $root.openapi.v2.Schema.encode(message.schema[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ItemsItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ItemsItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ItemsItem & openapi.v2.ItemsItem.$Shape} ItemsItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemsItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ItemsItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.schema && message.schema.length))
                                message.schema = [];
                            message.schema.push($root.openapi.v2.Schema.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ItemsItem;
        })();

        v2.AdditionalPropertiesItem = (function() {

            /**
             * Properties of an AdditionalPropertiesItem.
             * @typedef {Object} openapi.v2.AdditionalPropertiesItem.$Properties
             * @property {openapi.v2.Schema.$Properties|null} [schema] AdditionalPropertiesItem schema
             * @property {boolean|null} [boolean] AdditionalPropertiesItem boolean
             * @property {"schema"|"boolean"} [oneof] AdditionalPropertiesItem oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdditionalPropertiesItem.
             * @memberof openapi.v2
             * @interface IAdditionalPropertiesItem
             * @augments openapi.v2.AdditionalPropertiesItem.$Properties
             * @deprecated Use openapi.v2.AdditionalPropertiesItem.$Properties instead.
             */

            /**
             * Narrowed shape of an AdditionalPropertiesItem.
             * @typedef {{
             *   schema?: openapi.v2.Schema.$Shape|null;
             *   boolean?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; schema?: null; boolean?: null }|{ oneof?: "schema"; schema: openapi.v2.Schema.$Shape; boolean?: null }|{ oneof?: "boolean"; schema?: null; boolean: boolean })
             * )} openapi.v2.AdditionalPropertiesItem.$Shape
             */

            /**
             * Constructs a new AdditionalPropertiesItem.
             * @memberof openapi.v2
             * @classdesc Represents an AdditionalPropertiesItem.
             * @constructor
             * @param {openapi.v2.AdditionalPropertiesItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdditionalPropertiesItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdditionalPropertiesItem schema.
             * @member {openapi.v2.Schema.$Properties|null|undefined} schema
             * @memberof openapi.v2.AdditionalPropertiesItem
             * @instance
             */
            AdditionalPropertiesItem.prototype.schema = null;

            /**
             * AdditionalPropertiesItem boolean.
             * @member {boolean|null|undefined} boolean
             * @memberof openapi.v2.AdditionalPropertiesItem
             * @instance
             */
            AdditionalPropertiesItem.prototype.boolean = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AdditionalPropertiesItem oneof.
             * @member {"schema"|"boolean"|undefined} oneof
             * @memberof openapi.v2.AdditionalPropertiesItem
             * @instance
             */
            $Object.defineProperty(AdditionalPropertiesItem.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["schema", "boolean"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AdditionalPropertiesItem message. Does not implicitly {@link openapi.v2.AdditionalPropertiesItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.AdditionalPropertiesItem
             * @static
             * @param {openapi.v2.AdditionalPropertiesItem.$Properties} message AdditionalPropertiesItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdditionalPropertiesItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.openapi.v2.Schema.encode(message.schema, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.boolean != null && $Object.hasOwnProperty.call(message, "boolean"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.boolean);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdditionalPropertiesItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.AdditionalPropertiesItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.AdditionalPropertiesItem & openapi.v2.AdditionalPropertiesItem.$Shape} AdditionalPropertiesItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdditionalPropertiesItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.AdditionalPropertiesItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.openapi.v2.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            message.oneof = "schema";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.boolean = reader.bool();
                            message.oneof = "boolean";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AdditionalPropertiesItem;
        })();

        v2.Properties = (function() {

            /**
             * Properties of a Properties.
             * @typedef {Object} openapi.v2.Properties.$Properties
             * @property {Array.<openapi.v2.NamedSchema.$Properties>|null} [additionalProperties] Properties additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Properties.
             * @memberof openapi.v2
             * @interface IProperties
             * @augments openapi.v2.Properties.$Properties
             * @deprecated Use openapi.v2.Properties.$Properties instead.
             */

            /**
             * Shape of a Properties.
             * @typedef {{
             *   additionalProperties?: Array.<openapi.v2.NamedSchema.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.Properties.$Shape
             */

            /**
             * Constructs a new Properties.
             * @memberof openapi.v2
             * @classdesc Represents a Properties.
             * @constructor
             * @param {openapi.v2.Properties.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Properties = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Properties additionalProperties.
             * @member {Array.<openapi.v2.NamedSchema.$Properties>} additionalProperties
             * @memberof openapi.v2.Properties
             * @instance
             */
            Properties.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified Properties message. Does not implicitly {@link openapi.v2.Properties.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Properties
             * @static
             * @param {openapi.v2.Properties.$Properties} message Properties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Properties.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedSchema.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Properties message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Properties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Properties & openapi.v2.Properties.$Shape} Properties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Properties.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Properties();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedSchema.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Properties;
        })();

        v2.FileSchema = (function() {

            /**
             * Properties of a FileSchema.
             * @typedef {Object} openapi.v2.FileSchema.$Properties
             * @property {string|null} [format] FileSchema format
             * @property {string|null} [title] FileSchema title
             * @property {string|null} [description] FileSchema description
             * @property {openapi.v2.Any.$Properties|null} ["default"] FileSchema default
             * @property {Array.<string>|null} [required] FileSchema required
             * @property {string|null} [type] FileSchema type
             * @property {boolean|null} [readOnly] FileSchema readOnly
             * @property {openapi.v2.ExternalDocs.$Properties|null} [externalDocs] FileSchema externalDocs
             * @property {openapi.v2.Any.$Properties|null} [example] FileSchema example
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] FileSchema vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileSchema.
             * @memberof openapi.v2
             * @interface IFileSchema
             * @augments openapi.v2.FileSchema.$Properties
             * @deprecated Use openapi.v2.FileSchema.$Properties instead.
             */

            /**
             * Shape of a FileSchema.
             * @typedef {openapi.v2.FileSchema.$Properties} openapi.v2.FileSchema.$Shape
             */

            /**
             * Constructs a new FileSchema.
             * @memberof openapi.v2
             * @classdesc Represents a FileSchema.
             * @constructor
             * @param {openapi.v2.FileSchema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileSchema = function (properties) {
                this.required = [];
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileSchema format.
             * @member {string} format
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.format = "";

            /**
             * FileSchema title.
             * @member {string} title
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.title = "";

            /**
             * FileSchema description.
             * @member {string} description
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.description = "";

            /**
             * FileSchema default.
             * @member {openapi.v2.Any.$Properties|null|undefined} default
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype["default"] = null;

            /**
             * FileSchema required.
             * @member {Array.<string>} required
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.required = $util.emptyArray;

            /**
             * FileSchema type.
             * @member {string} type
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.type = "";

            /**
             * FileSchema readOnly.
             * @member {boolean} readOnly
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.readOnly = false;

            /**
             * FileSchema externalDocs.
             * @member {openapi.v2.ExternalDocs.$Properties|null|undefined} externalDocs
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.externalDocs = null;

            /**
             * FileSchema example.
             * @member {openapi.v2.Any.$Properties|null|undefined} example
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.example = null;

            /**
             * FileSchema vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.FileSchema
             * @instance
             */
            FileSchema.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified FileSchema message. Does not implicitly {@link openapi.v2.FileSchema.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.FileSchema
             * @static
             * @param {openapi.v2.FileSchema.$Properties} message FileSchema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileSchema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.format);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                    $root.openapi.v2.Any.encode(message["default"], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.required != null && message.required.length)
                    for (let i = 0; i < message.required.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.required[i]);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.type);
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly") && message.readOnly !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.readOnly);
                if (message.externalDocs != null && $Object.hasOwnProperty.call(message, "externalDocs"))
                    $root.openapi.v2.ExternalDocs.encode(message.externalDocs, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.example != null && $Object.hasOwnProperty.call(message, "example"))
                    $root.openapi.v2.Any.encode(message.example, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileSchema message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.FileSchema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.FileSchema & openapi.v2.FileSchema.$Shape} FileSchema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileSchema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.FileSchema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message["default"] = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message["default"]);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.required && message.required.length))
                                message.required = [];
                            message.required.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readOnly = value;
                            else
                                delete message.readOnly;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.externalDocs = $root.openapi.v2.ExternalDocs.decode(reader, reader.size(), $undefined, _depth + 1, message.externalDocs);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.example = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.example);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FileSchema;
        })();

        v2.Xml = (function() {

            /**
             * Properties of a Xml.
             * @typedef {Object} openapi.v2.Xml.$Properties
             * @property {string|null} [name] Xml name
             * @property {string|null} [namespace] Xml namespace
             * @property {string|null} [prefix] Xml prefix
             * @property {boolean|null} [attribute] Xml attribute
             * @property {boolean|null} [wrapped] Xml wrapped
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Xml vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Xml.
             * @memberof openapi.v2
             * @interface IXml
             * @augments openapi.v2.Xml.$Properties
             * @deprecated Use openapi.v2.Xml.$Properties instead.
             */

            /**
             * Shape of a Xml.
             * @typedef {openapi.v2.Xml.$Properties} openapi.v2.Xml.$Shape
             */

            /**
             * Constructs a new Xml.
             * @memberof openapi.v2
             * @classdesc Represents a Xml.
             * @constructor
             * @param {openapi.v2.Xml.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Xml = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Xml name.
             * @member {string} name
             * @memberof openapi.v2.Xml
             * @instance
             */
            Xml.prototype.name = "";

            /**
             * Xml namespace.
             * @member {string} namespace
             * @memberof openapi.v2.Xml
             * @instance
             */
            Xml.prototype.namespace = "";

            /**
             * Xml prefix.
             * @member {string} prefix
             * @memberof openapi.v2.Xml
             * @instance
             */
            Xml.prototype.prefix = "";

            /**
             * Xml attribute.
             * @member {boolean} attribute
             * @memberof openapi.v2.Xml
             * @instance
             */
            Xml.prototype.attribute = false;

            /**
             * Xml wrapped.
             * @member {boolean} wrapped
             * @memberof openapi.v2.Xml
             * @instance
             */
            Xml.prototype.wrapped = false;

            /**
             * Xml vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Xml
             * @instance
             */
            Xml.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Xml message. Does not implicitly {@link openapi.v2.Xml.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Xml
             * @static
             * @param {openapi.v2.Xml.$Properties} message Xml message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Xml.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.prefix);
                if (message.attribute != null && $Object.hasOwnProperty.call(message, "attribute") && message.attribute !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.attribute);
                if (message.wrapped != null && $Object.hasOwnProperty.call(message, "wrapped") && message.wrapped !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.wrapped);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Xml message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Xml
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Xml & openapi.v2.Xml.$Shape} Xml
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Xml.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Xml();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prefix = value;
                            else
                                delete message.prefix;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.attribute = value;
                            else
                                delete message.attribute;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wrapped = value;
                            else
                                delete message.wrapped;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Xml;
        })();

        v2.SecurityRequirement = (function() {

            /**
             * Properties of a SecurityRequirement.
             * @typedef {Object} openapi.v2.SecurityRequirement.$Properties
             * @property {Array.<openapi.v2.NamedStringArray.$Properties>|null} [additionalProperties] SecurityRequirement additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecurityRequirement.
             * @memberof openapi.v2
             * @interface ISecurityRequirement
             * @augments openapi.v2.SecurityRequirement.$Properties
             * @deprecated Use openapi.v2.SecurityRequirement.$Properties instead.
             */

            /**
             * Shape of a SecurityRequirement.
             * @typedef {openapi.v2.SecurityRequirement.$Properties} openapi.v2.SecurityRequirement.$Shape
             */

            /**
             * Constructs a new SecurityRequirement.
             * @memberof openapi.v2
             * @classdesc Represents a SecurityRequirement.
             * @constructor
             * @param {openapi.v2.SecurityRequirement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SecurityRequirement = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecurityRequirement additionalProperties.
             * @member {Array.<openapi.v2.NamedStringArray.$Properties>} additionalProperties
             * @memberof openapi.v2.SecurityRequirement
             * @instance
             */
            SecurityRequirement.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified SecurityRequirement message. Does not implicitly {@link openapi.v2.SecurityRequirement.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.SecurityRequirement
             * @static
             * @param {openapi.v2.SecurityRequirement.$Properties} message SecurityRequirement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecurityRequirement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedStringArray.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecurityRequirement message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.SecurityRequirement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.SecurityRequirement & openapi.v2.SecurityRequirement.$Shape} SecurityRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecurityRequirement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.SecurityRequirement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedStringArray.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SecurityRequirement;
        })();

        v2.NamedStringArray = (function() {

            /**
             * Properties of a NamedStringArray.
             * @typedef {Object} openapi.v2.NamedStringArray.$Properties
             * @property {string|null} [name] NamedStringArray name
             * @property {openapi.v2.StringArray.$Properties|null} [value] NamedStringArray value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedStringArray.
             * @memberof openapi.v2
             * @interface INamedStringArray
             * @augments openapi.v2.NamedStringArray.$Properties
             * @deprecated Use openapi.v2.NamedStringArray.$Properties instead.
             */

            /**
             * Shape of a NamedStringArray.
             * @typedef {openapi.v2.NamedStringArray.$Properties} openapi.v2.NamedStringArray.$Shape
             */

            /**
             * Constructs a new NamedStringArray.
             * @memberof openapi.v2
             * @classdesc Represents a NamedStringArray.
             * @constructor
             * @param {openapi.v2.NamedStringArray.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedStringArray = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedStringArray name.
             * @member {string} name
             * @memberof openapi.v2.NamedStringArray
             * @instance
             */
            NamedStringArray.prototype.name = "";

            /**
             * NamedStringArray value.
             * @member {openapi.v2.StringArray.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedStringArray
             * @instance
             */
            NamedStringArray.prototype.value = null;

            /**
             * Encodes the specified NamedStringArray message. Does not implicitly {@link openapi.v2.NamedStringArray.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedStringArray
             * @static
             * @param {openapi.v2.NamedStringArray.$Properties} message NamedStringArray message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedStringArray.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.StringArray.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedStringArray message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedStringArray
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedStringArray & openapi.v2.NamedStringArray.$Shape} NamedStringArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedStringArray.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedStringArray();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.StringArray.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedStringArray;
        })();

        v2.StringArray = (function() {

            /**
             * Properties of a StringArray.
             * @typedef {Object} openapi.v2.StringArray.$Properties
             * @property {Array.<string>|null} [value] StringArray value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringArray.
             * @memberof openapi.v2
             * @interface IStringArray
             * @augments openapi.v2.StringArray.$Properties
             * @deprecated Use openapi.v2.StringArray.$Properties instead.
             */

            /**
             * Shape of a StringArray.
             * @typedef {openapi.v2.StringArray.$Properties} openapi.v2.StringArray.$Shape
             */

            /**
             * Constructs a new StringArray.
             * @memberof openapi.v2
             * @classdesc Represents a StringArray.
             * @constructor
             * @param {openapi.v2.StringArray.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringArray = function (properties) {
                this.value = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringArray value.
             * @member {Array.<string>} value
             * @memberof openapi.v2.StringArray
             * @instance
             */
            StringArray.prototype.value = $util.emptyArray;

            /**
             * Encodes the specified StringArray message. Does not implicitly {@link openapi.v2.StringArray.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.StringArray
             * @static
             * @param {openapi.v2.StringArray.$Properties} message StringArray message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringArray.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && message.value.length)
                    for (let i = 0; i < message.value.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringArray message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.StringArray
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.StringArray & openapi.v2.StringArray.$Shape} StringArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringArray.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.StringArray();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StringArray;
        })();

        v2.SecurityDefinitions = (function() {

            /**
             * Properties of a SecurityDefinitions.
             * @typedef {Object} openapi.v2.SecurityDefinitions.$Properties
             * @property {Array.<openapi.v2.NamedSecurityDefinitionsItem.$Properties>|null} [additionalProperties] SecurityDefinitions additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecurityDefinitions.
             * @memberof openapi.v2
             * @interface ISecurityDefinitions
             * @augments openapi.v2.SecurityDefinitions.$Properties
             * @deprecated Use openapi.v2.SecurityDefinitions.$Properties instead.
             */

            /**
             * Shape of a SecurityDefinitions.
             * @typedef {{
             *   additionalProperties?: Array.<openapi.v2.NamedSecurityDefinitionsItem.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.SecurityDefinitions.$Shape
             */

            /**
             * Constructs a new SecurityDefinitions.
             * @memberof openapi.v2
             * @classdesc Represents a SecurityDefinitions.
             * @constructor
             * @param {openapi.v2.SecurityDefinitions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SecurityDefinitions = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecurityDefinitions additionalProperties.
             * @member {Array.<openapi.v2.NamedSecurityDefinitionsItem.$Properties>} additionalProperties
             * @memberof openapi.v2.SecurityDefinitions
             * @instance
             */
            SecurityDefinitions.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified SecurityDefinitions message. Does not implicitly {@link openapi.v2.SecurityDefinitions.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.SecurityDefinitions
             * @static
             * @param {openapi.v2.SecurityDefinitions.$Properties} message SecurityDefinitions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecurityDefinitions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedSecurityDefinitionsItem.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecurityDefinitions message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.SecurityDefinitions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.SecurityDefinitions & openapi.v2.SecurityDefinitions.$Shape} SecurityDefinitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecurityDefinitions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.SecurityDefinitions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedSecurityDefinitionsItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SecurityDefinitions;
        })();

        v2.NamedSecurityDefinitionsItem = (function() {

            /**
             * Properties of a NamedSecurityDefinitionsItem.
             * @typedef {Object} openapi.v2.NamedSecurityDefinitionsItem.$Properties
             * @property {string|null} [name] NamedSecurityDefinitionsItem name
             * @property {openapi.v2.SecurityDefinitionsItem.$Properties|null} [value] NamedSecurityDefinitionsItem value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedSecurityDefinitionsItem.
             * @memberof openapi.v2
             * @interface INamedSecurityDefinitionsItem
             * @augments openapi.v2.NamedSecurityDefinitionsItem.$Properties
             * @deprecated Use openapi.v2.NamedSecurityDefinitionsItem.$Properties instead.
             */

            /**
             * Shape of a NamedSecurityDefinitionsItem.
             * @typedef {{
             *   name?: string|null;
             *   value?: openapi.v2.SecurityDefinitionsItem.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} openapi.v2.NamedSecurityDefinitionsItem.$Shape
             */

            /**
             * Constructs a new NamedSecurityDefinitionsItem.
             * @memberof openapi.v2
             * @classdesc Represents a NamedSecurityDefinitionsItem.
             * @constructor
             * @param {openapi.v2.NamedSecurityDefinitionsItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedSecurityDefinitionsItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedSecurityDefinitionsItem name.
             * @member {string} name
             * @memberof openapi.v2.NamedSecurityDefinitionsItem
             * @instance
             */
            NamedSecurityDefinitionsItem.prototype.name = "";

            /**
             * NamedSecurityDefinitionsItem value.
             * @member {openapi.v2.SecurityDefinitionsItem.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedSecurityDefinitionsItem
             * @instance
             */
            NamedSecurityDefinitionsItem.prototype.value = null;

            /**
             * Encodes the specified NamedSecurityDefinitionsItem message. Does not implicitly {@link openapi.v2.NamedSecurityDefinitionsItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedSecurityDefinitionsItem
             * @static
             * @param {openapi.v2.NamedSecurityDefinitionsItem.$Properties} message NamedSecurityDefinitionsItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedSecurityDefinitionsItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.SecurityDefinitionsItem.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedSecurityDefinitionsItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedSecurityDefinitionsItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedSecurityDefinitionsItem & openapi.v2.NamedSecurityDefinitionsItem.$Shape} NamedSecurityDefinitionsItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedSecurityDefinitionsItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedSecurityDefinitionsItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.SecurityDefinitionsItem.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedSecurityDefinitionsItem;
        })();

        v2.SecurityDefinitionsItem = (function() {

            /**
             * Properties of a SecurityDefinitionsItem.
             * @typedef {Object} openapi.v2.SecurityDefinitionsItem.$Properties
             * @property {openapi.v2.BasicAuthenticationSecurity.$Properties|null} [basicAuthenticationSecurity] SecurityDefinitionsItem basicAuthenticationSecurity
             * @property {openapi.v2.ApiKeySecurity.$Properties|null} [apiKeySecurity] SecurityDefinitionsItem apiKeySecurity
             * @property {openapi.v2.Oauth2ImplicitSecurity.$Properties|null} [oauth2ImplicitSecurity] SecurityDefinitionsItem oauth2ImplicitSecurity
             * @property {openapi.v2.Oauth2PasswordSecurity.$Properties|null} [oauth2PasswordSecurity] SecurityDefinitionsItem oauth2PasswordSecurity
             * @property {openapi.v2.Oauth2ApplicationSecurity.$Properties|null} [oauth2ApplicationSecurity] SecurityDefinitionsItem oauth2ApplicationSecurity
             * @property {openapi.v2.Oauth2AccessCodeSecurity.$Properties|null} [oauth2AccessCodeSecurity] SecurityDefinitionsItem oauth2AccessCodeSecurity
             * @property {"basicAuthenticationSecurity"|"apiKeySecurity"|"oauth2ImplicitSecurity"|"oauth2PasswordSecurity"|"oauth2ApplicationSecurity"|"oauth2AccessCodeSecurity"} [oneof] SecurityDefinitionsItem oneof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecurityDefinitionsItem.
             * @memberof openapi.v2
             * @interface ISecurityDefinitionsItem
             * @augments openapi.v2.SecurityDefinitionsItem.$Properties
             * @deprecated Use openapi.v2.SecurityDefinitionsItem.$Properties instead.
             */

            /**
             * Narrowed shape of a SecurityDefinitionsItem.
             * @typedef {{
             *   basicAuthenticationSecurity?: openapi.v2.BasicAuthenticationSecurity.$Shape|null;
             *   apiKeySecurity?: openapi.v2.ApiKeySecurity.$Shape|null;
             *   oauth2ImplicitSecurity?: openapi.v2.Oauth2ImplicitSecurity.$Shape|null;
             *   oauth2PasswordSecurity?: openapi.v2.Oauth2PasswordSecurity.$Shape|null;
             *   oauth2ApplicationSecurity?: openapi.v2.Oauth2ApplicationSecurity.$Shape|null;
             *   oauth2AccessCodeSecurity?: openapi.v2.Oauth2AccessCodeSecurity.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ oneof?: undefined; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "basicAuthenticationSecurity"; basicAuthenticationSecurity: openapi.v2.BasicAuthenticationSecurity.$Shape; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "apiKeySecurity"; basicAuthenticationSecurity?: null; apiKeySecurity: openapi.v2.ApiKeySecurity.$Shape; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2ImplicitSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity: openapi.v2.Oauth2ImplicitSecurity.$Shape; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2PasswordSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity: openapi.v2.Oauth2PasswordSecurity.$Shape; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2ApplicationSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity: openapi.v2.Oauth2ApplicationSecurity.$Shape; oauth2AccessCodeSecurity?: null }|{ oneof?: "oauth2AccessCodeSecurity"; basicAuthenticationSecurity?: null; apiKeySecurity?: null; oauth2ImplicitSecurity?: null; oauth2PasswordSecurity?: null; oauth2ApplicationSecurity?: null; oauth2AccessCodeSecurity: openapi.v2.Oauth2AccessCodeSecurity.$Shape })
             * )} openapi.v2.SecurityDefinitionsItem.$Shape
             */

            /**
             * Constructs a new SecurityDefinitionsItem.
             * @memberof openapi.v2
             * @classdesc Represents a SecurityDefinitionsItem.
             * @constructor
             * @param {openapi.v2.SecurityDefinitionsItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SecurityDefinitionsItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecurityDefinitionsItem basicAuthenticationSecurity.
             * @member {openapi.v2.BasicAuthenticationSecurity.$Properties|null|undefined} basicAuthenticationSecurity
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            SecurityDefinitionsItem.prototype.basicAuthenticationSecurity = null;

            /**
             * SecurityDefinitionsItem apiKeySecurity.
             * @member {openapi.v2.ApiKeySecurity.$Properties|null|undefined} apiKeySecurity
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            SecurityDefinitionsItem.prototype.apiKeySecurity = null;

            /**
             * SecurityDefinitionsItem oauth2ImplicitSecurity.
             * @member {openapi.v2.Oauth2ImplicitSecurity.$Properties|null|undefined} oauth2ImplicitSecurity
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            SecurityDefinitionsItem.prototype.oauth2ImplicitSecurity = null;

            /**
             * SecurityDefinitionsItem oauth2PasswordSecurity.
             * @member {openapi.v2.Oauth2PasswordSecurity.$Properties|null|undefined} oauth2PasswordSecurity
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            SecurityDefinitionsItem.prototype.oauth2PasswordSecurity = null;

            /**
             * SecurityDefinitionsItem oauth2ApplicationSecurity.
             * @member {openapi.v2.Oauth2ApplicationSecurity.$Properties|null|undefined} oauth2ApplicationSecurity
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            SecurityDefinitionsItem.prototype.oauth2ApplicationSecurity = null;

            /**
             * SecurityDefinitionsItem oauth2AccessCodeSecurity.
             * @member {openapi.v2.Oauth2AccessCodeSecurity.$Properties|null|undefined} oauth2AccessCodeSecurity
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            SecurityDefinitionsItem.prototype.oauth2AccessCodeSecurity = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SecurityDefinitionsItem oneof.
             * @member {"basicAuthenticationSecurity"|"apiKeySecurity"|"oauth2ImplicitSecurity"|"oauth2PasswordSecurity"|"oauth2ApplicationSecurity"|"oauth2AccessCodeSecurity"|undefined} oneof
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @instance
             */
            $Object.defineProperty(SecurityDefinitionsItem.prototype, "oneof", {
                get: $util.oneOfGetter($oneOfFields = ["basicAuthenticationSecurity", "apiKeySecurity", "oauth2ImplicitSecurity", "oauth2PasswordSecurity", "oauth2ApplicationSecurity", "oauth2AccessCodeSecurity"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified SecurityDefinitionsItem message. Does not implicitly {@link openapi.v2.SecurityDefinitionsItem.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @static
             * @param {openapi.v2.SecurityDefinitionsItem.$Properties} message SecurityDefinitionsItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecurityDefinitionsItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.basicAuthenticationSecurity != null && $Object.hasOwnProperty.call(message, "basicAuthenticationSecurity"))
                    $root.openapi.v2.BasicAuthenticationSecurity.encode(message.basicAuthenticationSecurity, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.apiKeySecurity != null && $Object.hasOwnProperty.call(message, "apiKeySecurity"))
                    $root.openapi.v2.ApiKeySecurity.encode(message.apiKeySecurity, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.oauth2ImplicitSecurity != null && $Object.hasOwnProperty.call(message, "oauth2ImplicitSecurity"))
                    $root.openapi.v2.Oauth2ImplicitSecurity.encode(message.oauth2ImplicitSecurity, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.oauth2PasswordSecurity != null && $Object.hasOwnProperty.call(message, "oauth2PasswordSecurity"))
                    $root.openapi.v2.Oauth2PasswordSecurity.encode(message.oauth2PasswordSecurity, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.oauth2ApplicationSecurity != null && $Object.hasOwnProperty.call(message, "oauth2ApplicationSecurity"))
                    $root.openapi.v2.Oauth2ApplicationSecurity.encode(message.oauth2ApplicationSecurity, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.oauth2AccessCodeSecurity != null && $Object.hasOwnProperty.call(message, "oauth2AccessCodeSecurity"))
                    $root.openapi.v2.Oauth2AccessCodeSecurity.encode(message.oauth2AccessCodeSecurity, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecurityDefinitionsItem message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.SecurityDefinitionsItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.SecurityDefinitionsItem & openapi.v2.SecurityDefinitionsItem.$Shape} SecurityDefinitionsItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecurityDefinitionsItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.SecurityDefinitionsItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.basicAuthenticationSecurity = $root.openapi.v2.BasicAuthenticationSecurity.decode(reader, reader.size(), $undefined, _depth + 1, message.basicAuthenticationSecurity);
                            message.oneof = "basicAuthenticationSecurity";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.apiKeySecurity = $root.openapi.v2.ApiKeySecurity.decode(reader, reader.size(), $undefined, _depth + 1, message.apiKeySecurity);
                            message.oneof = "apiKeySecurity";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.oauth2ImplicitSecurity = $root.openapi.v2.Oauth2ImplicitSecurity.decode(reader, reader.size(), $undefined, _depth + 1, message.oauth2ImplicitSecurity);
                            message.oneof = "oauth2ImplicitSecurity";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.oauth2PasswordSecurity = $root.openapi.v2.Oauth2PasswordSecurity.decode(reader, reader.size(), $undefined, _depth + 1, message.oauth2PasswordSecurity);
                            message.oneof = "oauth2PasswordSecurity";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.oauth2ApplicationSecurity = $root.openapi.v2.Oauth2ApplicationSecurity.decode(reader, reader.size(), $undefined, _depth + 1, message.oauth2ApplicationSecurity);
                            message.oneof = "oauth2ApplicationSecurity";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.oauth2AccessCodeSecurity = $root.openapi.v2.Oauth2AccessCodeSecurity.decode(reader, reader.size(), $undefined, _depth + 1, message.oauth2AccessCodeSecurity);
                            message.oneof = "oauth2AccessCodeSecurity";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SecurityDefinitionsItem;
        })();

        v2.BasicAuthenticationSecurity = (function() {

            /**
             * Properties of a BasicAuthenticationSecurity.
             * @typedef {Object} openapi.v2.BasicAuthenticationSecurity.$Properties
             * @property {string|null} [type] BasicAuthenticationSecurity type
             * @property {string|null} [description] BasicAuthenticationSecurity description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] BasicAuthenticationSecurity vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BasicAuthenticationSecurity.
             * @memberof openapi.v2
             * @interface IBasicAuthenticationSecurity
             * @augments openapi.v2.BasicAuthenticationSecurity.$Properties
             * @deprecated Use openapi.v2.BasicAuthenticationSecurity.$Properties instead.
             */

            /**
             * Shape of a BasicAuthenticationSecurity.
             * @typedef {openapi.v2.BasicAuthenticationSecurity.$Properties} openapi.v2.BasicAuthenticationSecurity.$Shape
             */

            /**
             * Constructs a new BasicAuthenticationSecurity.
             * @memberof openapi.v2
             * @classdesc Represents a BasicAuthenticationSecurity.
             * @constructor
             * @param {openapi.v2.BasicAuthenticationSecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BasicAuthenticationSecurity = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BasicAuthenticationSecurity type.
             * @member {string} type
             * @memberof openapi.v2.BasicAuthenticationSecurity
             * @instance
             */
            BasicAuthenticationSecurity.prototype.type = "";

            /**
             * BasicAuthenticationSecurity description.
             * @member {string} description
             * @memberof openapi.v2.BasicAuthenticationSecurity
             * @instance
             */
            BasicAuthenticationSecurity.prototype.description = "";

            /**
             * BasicAuthenticationSecurity vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.BasicAuthenticationSecurity
             * @instance
             */
            BasicAuthenticationSecurity.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified BasicAuthenticationSecurity message. Does not implicitly {@link openapi.v2.BasicAuthenticationSecurity.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.BasicAuthenticationSecurity
             * @static
             * @param {openapi.v2.BasicAuthenticationSecurity.$Properties} message BasicAuthenticationSecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BasicAuthenticationSecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BasicAuthenticationSecurity message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.BasicAuthenticationSecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.BasicAuthenticationSecurity & openapi.v2.BasicAuthenticationSecurity.$Shape} BasicAuthenticationSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BasicAuthenticationSecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.BasicAuthenticationSecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BasicAuthenticationSecurity;
        })();

        v2.ApiKeySecurity = (function() {

            /**
             * Properties of an ApiKeySecurity.
             * @typedef {Object} openapi.v2.ApiKeySecurity.$Properties
             * @property {string|null} [type] ApiKeySecurity type
             * @property {string|null} [name] ApiKeySecurity name
             * @property {string|null} ["in"] ApiKeySecurity in
             * @property {string|null} [description] ApiKeySecurity description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] ApiKeySecurity vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApiKeySecurity.
             * @memberof openapi.v2
             * @interface IApiKeySecurity
             * @augments openapi.v2.ApiKeySecurity.$Properties
             * @deprecated Use openapi.v2.ApiKeySecurity.$Properties instead.
             */

            /**
             * Shape of an ApiKeySecurity.
             * @typedef {openapi.v2.ApiKeySecurity.$Properties} openapi.v2.ApiKeySecurity.$Shape
             */

            /**
             * Constructs a new ApiKeySecurity.
             * @memberof openapi.v2
             * @classdesc Represents an ApiKeySecurity.
             * @constructor
             * @param {openapi.v2.ApiKeySecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApiKeySecurity = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApiKeySecurity type.
             * @member {string} type
             * @memberof openapi.v2.ApiKeySecurity
             * @instance
             */
            ApiKeySecurity.prototype.type = "";

            /**
             * ApiKeySecurity name.
             * @member {string} name
             * @memberof openapi.v2.ApiKeySecurity
             * @instance
             */
            ApiKeySecurity.prototype.name = "";

            /**
             * ApiKeySecurity in.
             * @member {string} in
             * @memberof openapi.v2.ApiKeySecurity
             * @instance
             */
            ApiKeySecurity.prototype["in"] = "";

            /**
             * ApiKeySecurity description.
             * @member {string} description
             * @memberof openapi.v2.ApiKeySecurity
             * @instance
             */
            ApiKeySecurity.prototype.description = "";

            /**
             * ApiKeySecurity vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.ApiKeySecurity
             * @instance
             */
            ApiKeySecurity.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified ApiKeySecurity message. Does not implicitly {@link openapi.v2.ApiKeySecurity.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.ApiKeySecurity
             * @static
             * @param {openapi.v2.ApiKeySecurity.$Properties} message ApiKeySecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApiKeySecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message["in"] != null && $Object.hasOwnProperty.call(message, "in") && message["in"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["in"]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ApiKeySecurity message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.ApiKeySecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.ApiKeySecurity & openapi.v2.ApiKeySecurity.$Shape} ApiKeySecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApiKeySecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.ApiKeySecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["in"] = value;
                            else
                                delete message["in"];
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ApiKeySecurity;
        })();

        v2.Oauth2ImplicitSecurity = (function() {

            /**
             * Properties of an Oauth2ImplicitSecurity.
             * @typedef {Object} openapi.v2.Oauth2ImplicitSecurity.$Properties
             * @property {string|null} [type] Oauth2ImplicitSecurity type
             * @property {string|null} [flow] Oauth2ImplicitSecurity flow
             * @property {openapi.v2.Oauth2Scopes.$Properties|null} [scopes] Oauth2ImplicitSecurity scopes
             * @property {string|null} [authorizationUrl] Oauth2ImplicitSecurity authorizationUrl
             * @property {string|null} [description] Oauth2ImplicitSecurity description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Oauth2ImplicitSecurity vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Oauth2ImplicitSecurity.
             * @memberof openapi.v2
             * @interface IOauth2ImplicitSecurity
             * @augments openapi.v2.Oauth2ImplicitSecurity.$Properties
             * @deprecated Use openapi.v2.Oauth2ImplicitSecurity.$Properties instead.
             */

            /**
             * Shape of an Oauth2ImplicitSecurity.
             * @typedef {openapi.v2.Oauth2ImplicitSecurity.$Properties} openapi.v2.Oauth2ImplicitSecurity.$Shape
             */

            /**
             * Constructs a new Oauth2ImplicitSecurity.
             * @memberof openapi.v2
             * @classdesc Represents an Oauth2ImplicitSecurity.
             * @constructor
             * @param {openapi.v2.Oauth2ImplicitSecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Oauth2ImplicitSecurity = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Oauth2ImplicitSecurity type.
             * @member {string} type
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @instance
             */
            Oauth2ImplicitSecurity.prototype.type = "";

            /**
             * Oauth2ImplicitSecurity flow.
             * @member {string} flow
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @instance
             */
            Oauth2ImplicitSecurity.prototype.flow = "";

            /**
             * Oauth2ImplicitSecurity scopes.
             * @member {openapi.v2.Oauth2Scopes.$Properties|null|undefined} scopes
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @instance
             */
            Oauth2ImplicitSecurity.prototype.scopes = null;

            /**
             * Oauth2ImplicitSecurity authorizationUrl.
             * @member {string} authorizationUrl
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @instance
             */
            Oauth2ImplicitSecurity.prototype.authorizationUrl = "";

            /**
             * Oauth2ImplicitSecurity description.
             * @member {string} description
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @instance
             */
            Oauth2ImplicitSecurity.prototype.description = "";

            /**
             * Oauth2ImplicitSecurity vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @instance
             */
            Oauth2ImplicitSecurity.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Oauth2ImplicitSecurity message. Does not implicitly {@link openapi.v2.Oauth2ImplicitSecurity.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @static
             * @param {openapi.v2.Oauth2ImplicitSecurity.$Properties} message Oauth2ImplicitSecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Oauth2ImplicitSecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow") && message.flow !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.flow);
                if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes"))
                    $root.openapi.v2.Oauth2Scopes.encode(message.scopes, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.authorizationUrl != null && $Object.hasOwnProperty.call(message, "authorizationUrl") && message.authorizationUrl !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.authorizationUrl);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Oauth2ImplicitSecurity message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Oauth2ImplicitSecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2ImplicitSecurity & openapi.v2.Oauth2ImplicitSecurity.$Shape} Oauth2ImplicitSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Oauth2ImplicitSecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Oauth2ImplicitSecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.flow = value;
                            else
                                delete message.flow;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scopes = $root.openapi.v2.Oauth2Scopes.decode(reader, reader.size(), $undefined, _depth + 1, message.scopes);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authorizationUrl = value;
                            else
                                delete message.authorizationUrl;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Oauth2ImplicitSecurity;
        })();

        v2.Oauth2PasswordSecurity = (function() {

            /**
             * Properties of an Oauth2PasswordSecurity.
             * @typedef {Object} openapi.v2.Oauth2PasswordSecurity.$Properties
             * @property {string|null} [type] Oauth2PasswordSecurity type
             * @property {string|null} [flow] Oauth2PasswordSecurity flow
             * @property {openapi.v2.Oauth2Scopes.$Properties|null} [scopes] Oauth2PasswordSecurity scopes
             * @property {string|null} [tokenUrl] Oauth2PasswordSecurity tokenUrl
             * @property {string|null} [description] Oauth2PasswordSecurity description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Oauth2PasswordSecurity vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Oauth2PasswordSecurity.
             * @memberof openapi.v2
             * @interface IOauth2PasswordSecurity
             * @augments openapi.v2.Oauth2PasswordSecurity.$Properties
             * @deprecated Use openapi.v2.Oauth2PasswordSecurity.$Properties instead.
             */

            /**
             * Shape of an Oauth2PasswordSecurity.
             * @typedef {openapi.v2.Oauth2PasswordSecurity.$Properties} openapi.v2.Oauth2PasswordSecurity.$Shape
             */

            /**
             * Constructs a new Oauth2PasswordSecurity.
             * @memberof openapi.v2
             * @classdesc Represents an Oauth2PasswordSecurity.
             * @constructor
             * @param {openapi.v2.Oauth2PasswordSecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Oauth2PasswordSecurity = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Oauth2PasswordSecurity type.
             * @member {string} type
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @instance
             */
            Oauth2PasswordSecurity.prototype.type = "";

            /**
             * Oauth2PasswordSecurity flow.
             * @member {string} flow
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @instance
             */
            Oauth2PasswordSecurity.prototype.flow = "";

            /**
             * Oauth2PasswordSecurity scopes.
             * @member {openapi.v2.Oauth2Scopes.$Properties|null|undefined} scopes
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @instance
             */
            Oauth2PasswordSecurity.prototype.scopes = null;

            /**
             * Oauth2PasswordSecurity tokenUrl.
             * @member {string} tokenUrl
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @instance
             */
            Oauth2PasswordSecurity.prototype.tokenUrl = "";

            /**
             * Oauth2PasswordSecurity description.
             * @member {string} description
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @instance
             */
            Oauth2PasswordSecurity.prototype.description = "";

            /**
             * Oauth2PasswordSecurity vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @instance
             */
            Oauth2PasswordSecurity.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Oauth2PasswordSecurity message. Does not implicitly {@link openapi.v2.Oauth2PasswordSecurity.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @static
             * @param {openapi.v2.Oauth2PasswordSecurity.$Properties} message Oauth2PasswordSecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Oauth2PasswordSecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow") && message.flow !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.flow);
                if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes"))
                    $root.openapi.v2.Oauth2Scopes.encode(message.scopes, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.tokenUrl != null && $Object.hasOwnProperty.call(message, "tokenUrl") && message.tokenUrl !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.tokenUrl);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Oauth2PasswordSecurity message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Oauth2PasswordSecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2PasswordSecurity & openapi.v2.Oauth2PasswordSecurity.$Shape} Oauth2PasswordSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Oauth2PasswordSecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Oauth2PasswordSecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.flow = value;
                            else
                                delete message.flow;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scopes = $root.openapi.v2.Oauth2Scopes.decode(reader, reader.size(), $undefined, _depth + 1, message.scopes);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tokenUrl = value;
                            else
                                delete message.tokenUrl;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Oauth2PasswordSecurity;
        })();

        v2.Oauth2ApplicationSecurity = (function() {

            /**
             * Properties of an Oauth2ApplicationSecurity.
             * @typedef {Object} openapi.v2.Oauth2ApplicationSecurity.$Properties
             * @property {string|null} [type] Oauth2ApplicationSecurity type
             * @property {string|null} [flow] Oauth2ApplicationSecurity flow
             * @property {openapi.v2.Oauth2Scopes.$Properties|null} [scopes] Oauth2ApplicationSecurity scopes
             * @property {string|null} [tokenUrl] Oauth2ApplicationSecurity tokenUrl
             * @property {string|null} [description] Oauth2ApplicationSecurity description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Oauth2ApplicationSecurity vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Oauth2ApplicationSecurity.
             * @memberof openapi.v2
             * @interface IOauth2ApplicationSecurity
             * @augments openapi.v2.Oauth2ApplicationSecurity.$Properties
             * @deprecated Use openapi.v2.Oauth2ApplicationSecurity.$Properties instead.
             */

            /**
             * Shape of an Oauth2ApplicationSecurity.
             * @typedef {openapi.v2.Oauth2ApplicationSecurity.$Properties} openapi.v2.Oauth2ApplicationSecurity.$Shape
             */

            /**
             * Constructs a new Oauth2ApplicationSecurity.
             * @memberof openapi.v2
             * @classdesc Represents an Oauth2ApplicationSecurity.
             * @constructor
             * @param {openapi.v2.Oauth2ApplicationSecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Oauth2ApplicationSecurity = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Oauth2ApplicationSecurity type.
             * @member {string} type
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @instance
             */
            Oauth2ApplicationSecurity.prototype.type = "";

            /**
             * Oauth2ApplicationSecurity flow.
             * @member {string} flow
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @instance
             */
            Oauth2ApplicationSecurity.prototype.flow = "";

            /**
             * Oauth2ApplicationSecurity scopes.
             * @member {openapi.v2.Oauth2Scopes.$Properties|null|undefined} scopes
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @instance
             */
            Oauth2ApplicationSecurity.prototype.scopes = null;

            /**
             * Oauth2ApplicationSecurity tokenUrl.
             * @member {string} tokenUrl
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @instance
             */
            Oauth2ApplicationSecurity.prototype.tokenUrl = "";

            /**
             * Oauth2ApplicationSecurity description.
             * @member {string} description
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @instance
             */
            Oauth2ApplicationSecurity.prototype.description = "";

            /**
             * Oauth2ApplicationSecurity vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @instance
             */
            Oauth2ApplicationSecurity.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Oauth2ApplicationSecurity message. Does not implicitly {@link openapi.v2.Oauth2ApplicationSecurity.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @static
             * @param {openapi.v2.Oauth2ApplicationSecurity.$Properties} message Oauth2ApplicationSecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Oauth2ApplicationSecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow") && message.flow !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.flow);
                if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes"))
                    $root.openapi.v2.Oauth2Scopes.encode(message.scopes, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.tokenUrl != null && $Object.hasOwnProperty.call(message, "tokenUrl") && message.tokenUrl !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.tokenUrl);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Oauth2ApplicationSecurity message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Oauth2ApplicationSecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2ApplicationSecurity & openapi.v2.Oauth2ApplicationSecurity.$Shape} Oauth2ApplicationSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Oauth2ApplicationSecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Oauth2ApplicationSecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.flow = value;
                            else
                                delete message.flow;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scopes = $root.openapi.v2.Oauth2Scopes.decode(reader, reader.size(), $undefined, _depth + 1, message.scopes);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tokenUrl = value;
                            else
                                delete message.tokenUrl;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Oauth2ApplicationSecurity;
        })();

        v2.Oauth2AccessCodeSecurity = (function() {

            /**
             * Properties of an Oauth2AccessCodeSecurity.
             * @typedef {Object} openapi.v2.Oauth2AccessCodeSecurity.$Properties
             * @property {string|null} [type] Oauth2AccessCodeSecurity type
             * @property {string|null} [flow] Oauth2AccessCodeSecurity flow
             * @property {openapi.v2.Oauth2Scopes.$Properties|null} [scopes] Oauth2AccessCodeSecurity scopes
             * @property {string|null} [authorizationUrl] Oauth2AccessCodeSecurity authorizationUrl
             * @property {string|null} [tokenUrl] Oauth2AccessCodeSecurity tokenUrl
             * @property {string|null} [description] Oauth2AccessCodeSecurity description
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [vendorExtension] Oauth2AccessCodeSecurity vendorExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Oauth2AccessCodeSecurity.
             * @memberof openapi.v2
             * @interface IOauth2AccessCodeSecurity
             * @augments openapi.v2.Oauth2AccessCodeSecurity.$Properties
             * @deprecated Use openapi.v2.Oauth2AccessCodeSecurity.$Properties instead.
             */

            /**
             * Shape of an Oauth2AccessCodeSecurity.
             * @typedef {openapi.v2.Oauth2AccessCodeSecurity.$Properties} openapi.v2.Oauth2AccessCodeSecurity.$Shape
             */

            /**
             * Constructs a new Oauth2AccessCodeSecurity.
             * @memberof openapi.v2
             * @classdesc Represents an Oauth2AccessCodeSecurity.
             * @constructor
             * @param {openapi.v2.Oauth2AccessCodeSecurity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Oauth2AccessCodeSecurity = function (properties) {
                this.vendorExtension = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Oauth2AccessCodeSecurity type.
             * @member {string} type
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.type = "";

            /**
             * Oauth2AccessCodeSecurity flow.
             * @member {string} flow
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.flow = "";

            /**
             * Oauth2AccessCodeSecurity scopes.
             * @member {openapi.v2.Oauth2Scopes.$Properties|null|undefined} scopes
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.scopes = null;

            /**
             * Oauth2AccessCodeSecurity authorizationUrl.
             * @member {string} authorizationUrl
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.authorizationUrl = "";

            /**
             * Oauth2AccessCodeSecurity tokenUrl.
             * @member {string} tokenUrl
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.tokenUrl = "";

            /**
             * Oauth2AccessCodeSecurity description.
             * @member {string} description
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.description = "";

            /**
             * Oauth2AccessCodeSecurity vendorExtension.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} vendorExtension
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @instance
             */
            Oauth2AccessCodeSecurity.prototype.vendorExtension = $util.emptyArray;

            /**
             * Encodes the specified Oauth2AccessCodeSecurity message. Does not implicitly {@link openapi.v2.Oauth2AccessCodeSecurity.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @static
             * @param {openapi.v2.Oauth2AccessCodeSecurity.$Properties} message Oauth2AccessCodeSecurity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Oauth2AccessCodeSecurity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow") && message.flow !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.flow);
                if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes"))
                    $root.openapi.v2.Oauth2Scopes.encode(message.scopes, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.authorizationUrl != null && $Object.hasOwnProperty.call(message, "authorizationUrl") && message.authorizationUrl !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.authorizationUrl);
                if (message.tokenUrl != null && $Object.hasOwnProperty.call(message, "tokenUrl") && message.tokenUrl !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.tokenUrl);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.description);
                if (message.vendorExtension != null && message.vendorExtension.length)
                    for (let i = 0; i < message.vendorExtension.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.vendorExtension[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Oauth2AccessCodeSecurity message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Oauth2AccessCodeSecurity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2AccessCodeSecurity & openapi.v2.Oauth2AccessCodeSecurity.$Shape} Oauth2AccessCodeSecurity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Oauth2AccessCodeSecurity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Oauth2AccessCodeSecurity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.flow = value;
                            else
                                delete message.flow;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scopes = $root.openapi.v2.Oauth2Scopes.decode(reader, reader.size(), $undefined, _depth + 1, message.scopes);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authorizationUrl = value;
                            else
                                delete message.authorizationUrl;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tokenUrl = value;
                            else
                                delete message.tokenUrl;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vendorExtension && message.vendorExtension.length))
                                message.vendorExtension = [];
                            message.vendorExtension.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Oauth2AccessCodeSecurity;
        })();

        v2.Oauth2Scopes = (function() {

            /**
             * Properties of an Oauth2Scopes.
             * @typedef {Object} openapi.v2.Oauth2Scopes.$Properties
             * @property {Array.<openapi.v2.NamedString.$Properties>|null} [additionalProperties] Oauth2Scopes additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Oauth2Scopes.
             * @memberof openapi.v2
             * @interface IOauth2Scopes
             * @augments openapi.v2.Oauth2Scopes.$Properties
             * @deprecated Use openapi.v2.Oauth2Scopes.$Properties instead.
             */

            /**
             * Shape of an Oauth2Scopes.
             * @typedef {openapi.v2.Oauth2Scopes.$Properties} openapi.v2.Oauth2Scopes.$Shape
             */

            /**
             * Constructs a new Oauth2Scopes.
             * @memberof openapi.v2
             * @classdesc Represents an Oauth2Scopes.
             * @constructor
             * @param {openapi.v2.Oauth2Scopes.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Oauth2Scopes = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Oauth2Scopes additionalProperties.
             * @member {Array.<openapi.v2.NamedString.$Properties>} additionalProperties
             * @memberof openapi.v2.Oauth2Scopes
             * @instance
             */
            Oauth2Scopes.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified Oauth2Scopes message. Does not implicitly {@link openapi.v2.Oauth2Scopes.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Oauth2Scopes
             * @static
             * @param {openapi.v2.Oauth2Scopes.$Properties} message Oauth2Scopes message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Oauth2Scopes.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedString.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Oauth2Scopes message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Oauth2Scopes
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Oauth2Scopes & openapi.v2.Oauth2Scopes.$Shape} Oauth2Scopes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Oauth2Scopes.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Oauth2Scopes();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedString.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Oauth2Scopes;
        })();

        v2.NamedString = (function() {

            /**
             * Properties of a NamedString.
             * @typedef {Object} openapi.v2.NamedString.$Properties
             * @property {string|null} [name] NamedString name
             * @property {string|null} [value] NamedString value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedString.
             * @memberof openapi.v2
             * @interface INamedString
             * @augments openapi.v2.NamedString.$Properties
             * @deprecated Use openapi.v2.NamedString.$Properties instead.
             */

            /**
             * Shape of a NamedString.
             * @typedef {openapi.v2.NamedString.$Properties} openapi.v2.NamedString.$Shape
             */

            /**
             * Constructs a new NamedString.
             * @memberof openapi.v2
             * @classdesc Represents a NamedString.
             * @constructor
             * @param {openapi.v2.NamedString.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedString = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedString name.
             * @member {string} name
             * @memberof openapi.v2.NamedString
             * @instance
             */
            NamedString.prototype.name = "";

            /**
             * NamedString value.
             * @member {string} value
             * @memberof openapi.v2.NamedString
             * @instance
             */
            NamedString.prototype.value = "";

            /**
             * Encodes the specified NamedString message. Does not implicitly {@link openapi.v2.NamedString.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedString
             * @static
             * @param {openapi.v2.NamedString.$Properties} message NamedString message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedString.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedString message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedString
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedString & openapi.v2.NamedString.$Shape} NamedString
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedString.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedString();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedString;
        })();

        v2.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} openapi.v2.Any.$Properties
             * @property {google.protobuf.Any.$Properties|null} [value] Any value
             * @property {string|null} [yaml] Any yaml
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof openapi.v2
             * @interface IAny
             * @augments openapi.v2.Any.$Properties
             * @deprecated Use openapi.v2.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {openapi.v2.Any.$Properties} openapi.v2.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof openapi.v2
             * @classdesc Represents an Any.
             * @constructor
             * @param {openapi.v2.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any value.
             * @member {google.protobuf.Any.$Properties|null|undefined} value
             * @memberof openapi.v2.Any
             * @instance
             */
            Any.prototype.value = null;

            /**
             * Any yaml.
             * @member {string} yaml
             * @memberof openapi.v2.Any
             * @instance
             */
            Any.prototype.yaml = "";

            /**
             * Encodes the specified Any message. Does not implicitly {@link openapi.v2.Any.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Any
             * @static
             * @param {openapi.v2.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.yaml != null && $Object.hasOwnProperty.call(message, "yaml") && message.yaml !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.yaml);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Any & openapi.v2.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.yaml = value;
                            else
                                delete message.yaml;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Any;
        })();

        v2.NamedAny = (function() {

            /**
             * Properties of a NamedAny.
             * @typedef {Object} openapi.v2.NamedAny.$Properties
             * @property {string|null} [name] NamedAny name
             * @property {openapi.v2.Any.$Properties|null} [value] NamedAny value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedAny.
             * @memberof openapi.v2
             * @interface INamedAny
             * @augments openapi.v2.NamedAny.$Properties
             * @deprecated Use openapi.v2.NamedAny.$Properties instead.
             */

            /**
             * Shape of a NamedAny.
             * @typedef {openapi.v2.NamedAny.$Properties} openapi.v2.NamedAny.$Shape
             */

            /**
             * Constructs a new NamedAny.
             * @memberof openapi.v2
             * @classdesc Represents a NamedAny.
             * @constructor
             * @param {openapi.v2.NamedAny.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedAny = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedAny name.
             * @member {string} name
             * @memberof openapi.v2.NamedAny
             * @instance
             */
            NamedAny.prototype.name = "";

            /**
             * NamedAny value.
             * @member {openapi.v2.Any.$Properties|null|undefined} value
             * @memberof openapi.v2.NamedAny
             * @instance
             */
            NamedAny.prototype.value = null;

            /**
             * Encodes the specified NamedAny message. Does not implicitly {@link openapi.v2.NamedAny.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.NamedAny
             * @static
             * @param {openapi.v2.NamedAny.$Properties} message NamedAny message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedAny.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.openapi.v2.Any.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedAny message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.NamedAny
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.NamedAny & openapi.v2.NamedAny.$Shape} NamedAny
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedAny.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.NamedAny();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.openapi.v2.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedAny;
        })();

        v2.VendorExtension = (function() {

            /**
             * Properties of a VendorExtension.
             * @typedef {Object} openapi.v2.VendorExtension.$Properties
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [additionalProperties] VendorExtension additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VendorExtension.
             * @memberof openapi.v2
             * @interface IVendorExtension
             * @augments openapi.v2.VendorExtension.$Properties
             * @deprecated Use openapi.v2.VendorExtension.$Properties instead.
             */

            /**
             * Shape of a VendorExtension.
             * @typedef {openapi.v2.VendorExtension.$Properties} openapi.v2.VendorExtension.$Shape
             */

            /**
             * Constructs a new VendorExtension.
             * @memberof openapi.v2
             * @classdesc Represents a VendorExtension.
             * @constructor
             * @param {openapi.v2.VendorExtension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VendorExtension = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VendorExtension additionalProperties.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} additionalProperties
             * @memberof openapi.v2.VendorExtension
             * @instance
             */
            VendorExtension.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified VendorExtension message. Does not implicitly {@link openapi.v2.VendorExtension.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.VendorExtension
             * @static
             * @param {openapi.v2.VendorExtension.$Properties} message VendorExtension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VendorExtension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VendorExtension message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.VendorExtension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.VendorExtension & openapi.v2.VendorExtension.$Shape} VendorExtension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VendorExtension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.VendorExtension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return VendorExtension;
        })();

        v2.Default = (function() {

            /**
             * Properties of a Default.
             * @typedef {Object} openapi.v2.Default.$Properties
             * @property {Array.<openapi.v2.NamedAny.$Properties>|null} [additionalProperties] Default additionalProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Default.
             * @memberof openapi.v2
             * @interface IDefault
             * @augments openapi.v2.Default.$Properties
             * @deprecated Use openapi.v2.Default.$Properties instead.
             */

            /**
             * Shape of a Default.
             * @typedef {openapi.v2.Default.$Properties} openapi.v2.Default.$Shape
             */

            /**
             * Constructs a new Default.
             * @memberof openapi.v2
             * @classdesc Represents a Default.
             * @constructor
             * @param {openapi.v2.Default.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Default = function (properties) {
                this.additionalProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Default additionalProperties.
             * @member {Array.<openapi.v2.NamedAny.$Properties>} additionalProperties
             * @memberof openapi.v2.Default
             * @instance
             */
            Default.prototype.additionalProperties = $util.emptyArray;

            /**
             * Encodes the specified Default message. Does not implicitly {@link openapi.v2.Default.verify|verify} messages.
             * @function encode
             * @memberof openapi.v2.Default
             * @static
             * @param {openapi.v2.Default.$Properties} message Default message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Default.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.additionalProperties != null && message.additionalProperties.length)
                    for (let i = 0; i < message.additionalProperties.length; ++i)
                        $root.openapi.v2.NamedAny.encode(message.additionalProperties[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Default message from the specified reader or buffer.
             * @function decode
             * @memberof openapi.v2.Default
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {openapi.v2.Default & openapi.v2.Default.$Shape} Default
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Default.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.openapi.v2.Default();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.additionalProperties && message.additionalProperties.length))
                                message.additionalProperties = [];
                            message.additionalProperties.push($root.openapi.v2.NamedAny.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Default;
        })();

        return v2;
    })();

    return openapi;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Any;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};

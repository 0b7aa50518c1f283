/**
 * The project's own error type. Every failure a user can see names the
 * source it came from (a snapshot file, a URL, a document) and keeps the
 * underlying `cause`, so a message is precise without losing the stack.
 */
export class AtlasError extends Error {
  /** Which input failed: "snapshot kubernetes-1.36: GET /openapi/v2", a URL, a file. */
  readonly source: string;

  constructor(source: string, message: string, options?: { cause?: unknown }) {
    super(`${source}: ${message}`, options);
    this.name = 'AtlasError';
    this.source = source;
  }
}

/** A document could be fetched but its bytes do not decode as the expected shape. */
export class DecodeError extends AtlasError {
  /** Byte offset of the failure when the decoder knows it (protobuf), else undefined. */
  readonly offset: number | undefined;

  constructor(source: string, message: string, options?: { cause?: unknown; offset?: number }) {
    super(source, options?.offset === undefined ? message : `${message} (at byte offset ${options.offset})`, options);
    this.name = 'DecodeError';
    this.offset = options?.offset;
  }
}

/** A request reached a server (or a snapshot) and came back with an unusable answer. */
export class TransportError extends AtlasError {
  readonly status: number | undefined;

  constructor(source: string, message: string, options?: { cause?: unknown; status?: number }) {
    super(source, message, options);
    this.name = 'TransportError';
    this.status = options?.status;
  }
}

/**
 * The site could not get credentials to send a request with (an exec
 * credential plugin failed or timed out): nothing reached the server.
 */
export class CredentialError extends TransportError {
  constructor(source: string, message: string, options?: { cause?: unknown }) {
    super(source, message, options);
    this.name = 'CredentialError';
  }
}

/** Turns anything thrown into a readable one-line message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

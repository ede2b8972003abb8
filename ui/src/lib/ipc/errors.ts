// Errors from Rust arrive as an ErrorPayload: switch on `kind`, show `message` (already in the
// clerk's language). Anything else (a bug, a lost connection) becomes an `internal` error.
import type { ErrorPayload } from './bindings/ErrorPayload';

export type ErrorKind = ErrorPayload['kind'];

export class IpcError extends Error {
  readonly payload: ErrorPayload;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'IpcError';
    this.payload = payload;
  }

  get kind(): ErrorKind {
    return this.payload.kind;
  }

  /** The message for one field, if the error refused it. */
  fieldMessage(field: string): string | undefined {
    return this.payload.fields.find((f) => f.field === field)?.message;
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Wraps whatever a command threw into an IpcError. */
export function toIpcError(raw: unknown): IpcError {
  if (raw instanceof IpcError) return raw;
  if (isErrorPayload(raw)) {
    return new IpcError({ ...raw, fields: raw.fields ?? [] });
  }
  const text = raw instanceof Error ? raw.message : String(raw);
  return new IpcError({ kind: 'internal', detail: {}, message: text, fields: [] });
}

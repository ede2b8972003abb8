// The UI's one door to Rust: typed commands, the error type, and the generated DTO types.
export { commands } from './commands';
export { IpcError, toIpcError, isErrorPayload } from './errors';
export { submit, fieldErrorsOf, type FieldErrors, type SubmitOptions, type Submitted } from './submit';
export type { ErrorKind } from './errors';
export type * from './types';

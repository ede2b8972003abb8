// How a form sends a command: the messages of a refused validation go next to their fields, the
// kinds a form answers itself (a question, a confirmation to ask for) go to it, and any other
// failure goes to one general handler, usually the shell's error banner.
import { toIpcError, type ErrorKind, type IpcError } from './errors';

/** A message per refused field, keyed by the field's name as Rust sends it (`filed_on`). */
export type FieldErrors = Record<string, string>;

export type SubmitOptions = {
  /** Called with `{}` when the action starts, then with the field messages if it is refused. */
  onFieldErrors: (errors: FieldErrors) => void;
  /** Failures of these kinds go to the form itself instead of `onError`. */
  onKind?: Partial<Record<ErrorKind, (error: IpcError) => void>>;
  /** Every other failure: shown as a general message. */
  onError: (error: IpcError) => void;
};

/** What became of a submitted action: its value, or the error that was handled. */
export type Submitted<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The field messages of a validation error, by field name. */
export function fieldErrorsOf(error: IpcError): FieldErrors {
  return Object.fromEntries(error.payload.fields.map((f) => [f.field, f.message]));
}

/** Runs `action` (the command and what follows on success); a failure is handed out, never thrown. */
export async function submit<T>(action: () => Promise<T>, options: SubmitOptions): Promise<Submitted<T>> {
  options.onFieldErrors({});
  try {
    return { ok: true, value: await action() };
  } catch (raw) {
    const error = toIpcError(raw);
    const own = options.onKind?.[error.kind];
    if (own) own(error);
    else if (error.kind === 'validation') options.onFieldErrors(fieldErrorsOf(error));
    else options.onError(error);
    return { ok: false, error };
  }
}

// Test helpers over Tauri's IPC mock, so tests outside src/lib/ipc never import @tauri-apps.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';

export type Handler = (args: Record<string, unknown>) => unknown;

/** Answers commands from a table; a handler that throws makes the command fail with that value. */
export function mockCommands(handlers: Record<string, Handler>): string[] {
  const calls: string[] = [];
  mockIPC((cmd, payload) => {
    calls.push(cmd);
    const handler = handlers[cmd];
    if (!handler) throw new Error(`unexpected command ${cmd}`);
    return handler((payload ?? {}) as Record<string, unknown>);
  });
  return calls;
}

export function clearCommandMocks(): void {
  clearMocks();
}

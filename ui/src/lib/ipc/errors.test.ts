import { neutralQuery } from '../roster/query';
import { describe, expect, it } from 'vitest';
import { commands, IpcError } from '.';
import { mockCommands } from './testing';

describe('command errors', () => {
  it('arrive as IpcError with the kind to switch on and the clerk-language message', async () => {
    mockCommands({
      set_language: () => {
        throw {
          kind: 'validation',
          detail: { fields: [{ field: 'language', reason: { code: 'malformed', expected: 'locale' } }] },
          message: '請更正以下內容： 「介面語言」格式無效。',
          fields: [{ field: 'language', message: '「介面語言」格式無效。' }],
        };
      },
    });
    const error = await commands.setLanguage('en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    const e = error as IpcError;
    expect(e.kind).toBe('validation');
    expect(e.message).toContain('介面語言');
    expect(e.fieldMessage('language')).toBe('「介面語言」格式無效。');
  });

  it('turn anything unexpected into an internal error rather than crashing', async () => {
    mockCommands({
      list_cases: () => {
        throw 'connection lost';
      },
    });
    const e = (await commands.listCases().catch((x: unknown) => x)) as IpcError;
    expect(e.kind).toBe('internal');
    expect(e.message).toBe('connection lost');
  });

  it('pass arguments under the names the Rust commands expect', async () => {
    let seen: Record<string, unknown> = {};
    mockCommands({
      list_neutrals: (args) => {
        seen = args;
        return [];
      },
    });
    await commands.listNeutrals(neutralQuery({ text: '陳' }));
    expect(seen).toEqual({
      query: { text: '陳', role: null, language: null, panel: null, nationality: null },
    });
  });
});

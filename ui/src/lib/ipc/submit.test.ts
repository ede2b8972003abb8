import { describe, expect, it } from 'vitest';
import { commands, IpcError, submit, type FieldErrors, type NewCaseDto } from '.';
import { mockCommands } from './testing';

const refusedPeriod = {
  kind: 'validation',
  detail: { fields: [{ field: 'period', reason: { code: 'outOfRange', min: 1, max: 3650 } }] },
  message: 'Please correct the following: Period must be between 1 and 3650.',
  fields: [{ field: 'period', message: 'Period must be between 1 and 3650.' }],
};

const unconfirmed = {
  kind: 'unconfirmed',
  detail: { field: 'filed_on', value: '2031-01-01', reason: 'farFuture' },
  message: 'The filing date is more than a year ahead. Tick the box to confirm it.',
  fields: [],
};

const farCase: NewCaseDto = {
  reference: 'HKIAC/A31001',
  titleEn: 'A v B',
  titleZh: '',
  model: 'hkiac_arbitration',
  filedOn: '2031-01-01',
  language: 'en',
  amount: null,
  currency: null,
  confirm: false,
};

/** A form's handlers that remember every call. */
function recorder() {
  const seen = { fields: [] as FieldErrors[], errors: [] as IpcError[] };
  return {
    seen,
    options: {
      onFieldErrors: (e: FieldErrors) => void seen.fields.push(e),
      onError: (e: IpcError) => void seen.errors.push(e),
    },
  };
}

describe('submitting a form', () => {
  it('clears the field messages, runs the action and hands back its value', async () => {
    mockCommands({ last_clerk_name: () => 'Wong' });
    const { seen, options } = recorder();
    const r = await submit(() => commands.lastClerkName(), options);
    expect(r).toEqual({ ok: true, value: 'Wong' });
    expect(seen.fields).toEqual([{}]);
    expect(seen.errors).toEqual([]);
  });

  it('puts the messages of a refused validation by their fields, not in the banner', async () => {
    mockCommands({
      compute_deadline: () => {
        throw refusedPeriod;
      },
    });
    const { seen, options } = recorder();
    const r = await submit(
      () => commands.computeDeadline({ rule: 'hkiac', trigger: '2026-03-08', days: -3, months: null, receipt: null }),
      options,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe('validation');
    expect(seen.fields).toEqual([{}, { period: 'Period must be between 1 and 3650.' }]);
    expect(seen.errors).toEqual([]);
  });

  it('sends any other failure to the general handler, with the clerk-language message', async () => {
    mockCommands({
      list_cases: () => {
        throw { kind: 'databaseUnavailable', detail: { path: '/x' }, message: 'The database cannot be opened.', fields: [] };
      },
    });
    const { seen, options } = recorder();
    const r = await submit(() => commands.listCases(), options);
    expect(r.ok).toBe(false);
    expect(seen.fields).toEqual([{}]);
    expect(seen.errors.map((e) => [e.kind, e.message])).toEqual([['databaseUnavailable', 'The database cannot be opened.']]);
  });

  it('lets the form answer the kinds it asks about itself', async () => {
    mockCommands({
      create_case: () => {
        throw unconfirmed;
      },
    });
    const { seen, options } = recorder();
    const asked: string[] = [];
    const r = await submit(() => commands.createCase(farCase), {
      ...options,
      onKind: { unconfirmed: (e) => void asked.push(e.message) },
    });
    expect(!r.ok && r.error.kind).toBe('unconfirmed');
    expect(asked).toEqual([unconfirmed.message]);
    expect(seen.errors).toEqual([]);
    expect(seen.fields).toEqual([{}]);
  });

  it('turns a failure outside the commands into an internal error instead of throwing', async () => {
    const { seen, options } = recorder();
    const r = await submit(async () => {
      throw new Error('file vanished');
    }, options);
    expect(r.ok).toBe(false);
    expect(seen.errors.map((e) => [e.kind, e.message])).toEqual([['internal', 'file vanished']]);
  });
});

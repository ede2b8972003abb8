import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import CasePreparation from './CasePreparation.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import { casesData } from './cases-data';
import type { DocumentDto, DocumentEditDto, PrepDto } from '../ipc';

const claim: DocumentDto = {
  id: 'doc-1',
  title: 'Statement of claim',
  kind: 'file',
  sha256: null,
  size: 1200,
  mediaType: 'application/pdf',
  fileName: 'claim.pdf',
  location: '',
  pages: 12,
  tags: ['pleadings'],
  confidential: false,
  version: 1,
  replaces: null,
  superseded: false,
  addedBy: 'Chan Mei',
  addedAt: '2026-12-01T02:00:00Z',
};

const titleRefused = {
  kind: 'validation',
  detail: { fields: [{ field: 'title', reason: { code: 'required' } }] },
  message: 'Please correct the following: Title is required.',
  fields: [{ field: 'title', message: 'Title is required.' }],
};

/** A register of one document, kept by the mocked commands as Rust would. */
function backend() {
  let doc: DocumentDto | null = { ...claim };
  let removed: DocumentDto | null = null;
  const edits: DocumentEditDto[] = [];
  const restored: { kind: unknown; key: unknown }[] = [];
  const prep = (): PrepDto => ({
    reference: 'HKIAC-A26017',
    cap620: false,
    checklist: [],
    documents: doc ? [doc] : [],
    bundle: [],
    bundlePages: 0,
    notes: [],
    grounds: [],
    disclosures: [],
  });
  const calls = mockCommands({
    prepare_case: () => prep(),
    last_clerk_name: () => 'Chan Mei',
    update_document: (args) => {
      expect(args).toMatchObject({ reference: 'HKIAC-A26017', id: 'doc-1' });
      const edit = args.edit as DocumentEditDto;
      if (!edit.title?.trim()) throw titleRefused;
      edits.push(edit);
      doc = { ...(doc as DocumentDto), title: edit.title.trim(), pages: edit.pages ?? 0, tags: (edit.tags ?? '').split(',').map((s) => s.trim()) };
      return prep();
    },
    remove_record: (args) => {
      expect(args).toEqual({ kind: 'document', key: 'doc-1' });
      removed = doc;
      doc = null;
      return { kind: 'document', key: 'doc-1', outcome: 'removed', cases: [], message: 'Statement of claim was removed.' };
    },
    restore_record: (args) => {
      restored.push({ kind: args.kind, key: args.key });
      doc = removed;
      return { kind: 'document', key: 'doc-1', outcome: 'restored', cases: [], message: 'Statement of claim is back.' };
    },
  });
  return { calls, edits, restored };
}

const register = () => screen.getByTestId('prep-documents');

describe('a document in the register', () => {
  it('is corrected in place: a refused title shows at its field, a saved one in the list', async () => {
    applyLocale('en');
    const { calls, edits } = backend();
    render(CasePreparation, { reference: 'HKIAC-A26017' });
    await waitFor(() => expect(register().textContent).toContain('Statement of claim'));

    await fireEvent.click(screen.getByTestId('doc-edit'));
    const title = screen.getByTestId('doc-edit-title') as HTMLInputElement;
    expect(title.value).toBe('Statement of claim');
    expect((screen.getByTestId('doc-edit-pages') as HTMLInputElement).value).toBe('12');
    expect((screen.getByTestId('doc-edit-tags') as HTMLInputElement).value).toBe('pleadings');

    // Pages must be a whole number; nothing is sent.
    await fireEvent.input(screen.getByTestId('doc-edit-pages'), { target: { value: 'twelve' } });
    await fireEvent.click(screen.getByTestId('doc-save'));
    expect(screen.getByText('Pages: a whole number, such as 12.')).toBeTruthy();
    expect(calls).not.toContain('update_document');

    // Rust refuses an empty title: the message is beside the field, the form stays open.
    await fireEvent.input(screen.getByTestId('doc-edit-pages'), { target: { value: '14' } });
    await fireEvent.input(title, { target: { value: '  ' } });
    await fireEvent.click(screen.getByTestId('doc-save'));
    await screen.findByText('Title is required.');
    expect(screen.getByTestId('doc-edit-form')).toBeTruthy();

    const version = casesData.version;
    await fireEvent.input(title, { target: { value: 'Amended statement of claim' } });
    await fireEvent.input(screen.getByTestId('doc-edit-tags'), { target: { value: 'pleadings, amended' } });
    await fireEvent.click(screen.getByTestId('doc-save'));
    expect((await screen.findByTestId('doc-message')).textContent).toContain(
      '“Amended statement of claim”: the changes are saved and recorded in the case history.',
    );
    expect(edits).toEqual([{ title: 'Amended statement of claim', pages: 14, tags: 'pleadings, amended' }]);
    expect(screen.queryByTestId('doc-edit-form')).toBeNull();
    await waitFor(() => expect(register().textContent).toContain('Amended statement of claim'));
    expect(register().textContent).toContain('pleadings, amended');
    // The case's history (on the case page) shows the correction: the case area is marked changed.
    expect(casesData.version).toBeGreaterThan(version);
  });

  it('is removed after a confirm step, and the removal can be undone at once', async () => {
    applyLocale('en');
    const { calls, restored } = backend();
    render(CasePreparation, { reference: 'HKIAC-A26017' });
    await waitFor(() => expect(register().textContent).toContain('Statement of claim'));

    await fireEvent.click(screen.getByTestId('doc-remove'));
    expect(screen.getByTestId('doc-remove-question').textContent).toContain('Settings → Recently removed');
    expect(calls).not.toContain('remove_record');
    // Keeping it sends nothing.
    await fireEvent.click(screen.getByTestId('doc-remove-keep'));
    expect(screen.queryByTestId('doc-remove-question')).toBeNull();

    await fireEvent.click(screen.getByTestId('doc-remove'));
    await fireEvent.click(screen.getByTestId('doc-remove-confirm'));
    const message = await screen.findByTestId('doc-message');
    expect(message.textContent).toContain(
      '“Statement of claim” was removed. It can be restored from Settings → Recently removed.',
    );
    await waitFor(() => expect(screen.queryByTestId('prep-documents')).toBeNull());

    await fireEvent.click(within(message).getByTestId('doc-undo'));
    await waitFor(() => expect(register().textContent).toContain('Statement of claim'));
    expect(restored).toEqual([{ kind: 'document', key: 'doc-1' }]);
    expect(screen.getByTestId('doc-message').textContent).toContain('“Statement of claim” is back in the document register.');
    expect(screen.queryByTestId('doc-undo')).toBeNull();
  });

  it('speaks the clerk’s language', async () => {
    applyLocale('zh-Hant');
    backend();
    render(CasePreparation, { reference: 'HKIAC-A26017' });
    await waitFor(() => expect(register().textContent).toContain('Statement of claim'));
    expect(screen.getByTestId('doc-edit').textContent).toBe('修改');
    await fireEvent.click(screen.getByTestId('doc-remove'));
    await fireEvent.click(screen.getByTestId('doc-remove-confirm'));
    expect((await screen.findByTestId('doc-message')).textContent).toContain('已移除「Statement of claim」。可在「設定 → 最近移除」中還原。');
    expect(screen.getByTestId('doc-undo').textContent).toBe('復原');
    applyLocale('en');
  });
});

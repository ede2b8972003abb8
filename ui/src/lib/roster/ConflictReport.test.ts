import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ConflictReport from './ConflictReport.svelte';
import { mockCommands } from '../ipc/testing';
import { applyLocale } from '../i18n/i18n.svelte';
import type { ConflictReportDto, FindingDto } from '../ipc';
import type { FindingStatusDto } from '../ipc/bindings/FindingStatusDto';

const nationality = (status: FindingStatusDto, resolved: boolean): FindingDto => ({
  rule: 'nationality',
  ruleName: 'Nationality of sole or presiding arbitrator',
  severity: 'block',
  subject: 'nationality',
  status,
  waivable: true,
  resolved,
  explanation: 'The parties have different nationalities and the neutral shares HK with Harbourfront Properties Ltd.',
  source: 'HKIAC Administered Arbitration Rules, Art 11.2',
  records: resolved
    ? [{ id: 'r1', kind: 'waiver', recordedOn: '2026-11-23', recordedBy: 'Wong Siu Ling', note: '' }]
    : [],
});

const report = (resolved: boolean): ConflictReportDto => ({
  caseReference: 'HKIAC-A26017',
  neutralId: 'n1',
  neutralName: { en: 'Chan Ka-wing', zh: '陳嘉榮' },
  role: 'sole_arbitrator',
  roleLabel: 'Sole arbitrator',
  on: '2026-11-24',
  findings: [nationality(resolved ? 'waived' : 'open', resolved)],
  blocking: resolved ? 0 : 1,
  toDisclose: 0,
  appointment: null,
});

describe('the conflict report', () => {
  it('shows a blocking finding and records the parties’ written waiver against it', async () => {
    applyLocale('en');
    let sent: Record<string, unknown> = {};
    mockCommands({
      last_clerk_name: () => 'Wong Siu Ling',
      record_conflict: (args) => {
        sent = args.input as Record<string, unknown>;
        return report(true);
      },
    });
    let current = report(false);
    render(ConflictReport, { report: current, onChange: (r: ConflictReportDto) => (current = r) });
    expect(screen.getByText('1 blocking · 0 to disclose')).toBeTruthy();
    expect(screen.getByTestId('finding-explanation').textContent).toContain('shares HK');
    await fireEvent.click(screen.getByTestId('record-open'));
    await waitFor(() => expect((screen.getByTestId('record-by') as HTMLInputElement).value).toBe('Wong Siu Ling'));
    expect((screen.getByTestId('record-kind') as HTMLSelectElement).value).toBe('waiver');
    await fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(current.blocking).toBe(0));
    expect(sent).toMatchObject({ rule: 'nationality', subject: 'nationality', kind: 'waiver', recordedBy: 'Wong Siu Ling' });
  });
});

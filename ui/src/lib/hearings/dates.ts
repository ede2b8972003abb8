// Civil-date arithmetic for the calendar grids (dates as YYYY-MM-DD; no time zone is involved) and
// the zones offered in the display-zone switch.

export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + n * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const w = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekday(iso));
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function addMonths(iso: string, n: number): string {
  const [y, m] = iso.split('-').map(Number);
  const total = (y ?? 1970) * 12 + ((m ?? 1) - 1) + n;
  const yy = Math.floor(total / 12);
  const mm = (total % 12) + 1;
  return `${yy}-${String(mm).padStart(2, '0')}-01`;
}

/** Minutes after midnight of a local `YYYY-MM-DDTHH:MM`. */
export function minuteOf(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
}

/** The zones a clerk picks from most often. */
export const commonZones = [
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Sao_Paulo',
];

/** This computer's zone, as the system reports it. */
export function myZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A local `YYYY-MM-DDTHH:MM` moved by `minutes` (wall-clock arithmetic; the server resolves the zone). */
export function shiftLocal(local: string, minutes: number): string {
  const t = Date.UTC(
    Number(local.slice(0, 4)),
    Number(local.slice(5, 7)) - 1,
    Number(local.slice(8, 10)),
    Number(local.slice(11, 13)),
    Number(local.slice(14, 16)),
  ) + minutes * 60_000;
  return new Date(t).toISOString().slice(0, 16);
}


// Expands an .ics file with ical.js (Thunderbird's engine) using only the file's own VTIMEZONEs and
// prints `UID|start UTC|end UTC` per occurrence (all-day: dates, inclusive end). Cancelled overrides
// are left out. Usage: node icaljs.mjs FILE FROM TO
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const [file, from, to] = process.argv.slice(2);
const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
for (const tz of root.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(tz));
}
const pad = (n) => String(n).padStart(2, '0');
const utc = (t) => {
  const u = t.convertToZone(ICAL.Timezone.utcTimezone);
  return `${u.year}-${pad(u.month)}-${pad(u.day)} ${pad(u.hour)}:${pad(u.minute)}`;
};
const date = (t) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const until = ICAL.Time.fromDateString(to);
const start = ICAL.Time.fromDateString(from);

const vevents = root.getAllSubcomponents('vevent');
const masters = new Map();
const exceptions = [];
for (const v of vevents) {
  const e = new ICAL.Event(v);
  if (e.isRecurrenceException()) exceptions.push(e);
  else masters.set(e.uid, e);
}
for (const ex of exceptions) masters.get(ex.uid)?.relateException(ex);

const lines = [];
for (const e of masters.values()) {
  const emit = (s, en, status) => {
    if (String(status ?? '').toUpperCase() === 'CANCELLED') return;
    if (s.isDate) {
      const last = en.clone();
      last.adjust(-1, 0, 0, 0);
      lines.push(`${e.uid}|${date(s)}|${date(last.compare(s) < 0 ? s : last)}`);
    } else {
      lines.push(`${e.uid}|${utc(s)}|${utc(en)}`);
    }
  };
  if (!e.isRecurring()) {
    emit(e.startDate, e.endDate, e.component.getFirstPropertyValue('status'));
    continue;
  }
  const it = e.iterator();
  for (let next = it.next(); next && next.compare(until) < 0; next = it.next()) {
    if (next.compare(start) < 0) continue;
    const d = e.getOccurrenceDetails(next);
    emit(d.startDate, d.endDate, d.item.component.getFirstPropertyValue('status'));
  }
}
console.log(lines.sort().join('\n'));

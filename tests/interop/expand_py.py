"""Expands one calendar with python `icalendar` + `recurring-ical-events` from PyPI and prints one
`UID|START|END` line per occurrence (UTC), the way engines.py compares engines.

Run by engines.py in `target/interop-venv` with `PYTHONTZPATH=` (empty), so that `zoneinfo` resolves
every TZID by its IANA name from the `tzdata` package (2026f or newer), not from the machine's own
zoneinfo directory: this is the engine that trusts the IANA name, as Google and Apple calendars do.

Usage: expand_py.py FILE START END
"""
import datetime
import sys

import icalendar
import recurring_ical_events
import zoneinfo


def canonical(uid, start, end):
    if isinstance(start, datetime.datetime):
        u = lambda d: d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
        return f"{uid}|{u(start)}|{u(end)}"
    last = end - datetime.timedelta(days=1) if end > start else start
    return f"{uid}|{start.isoformat()}|{last.isoformat()}"


def main():
    path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    # Resolve TZIDs by their IANA names (not by the file's VTIMEZONEs).
    for tz in list(cal.walk("VTIMEZONE")):
        cal.subcomponents.remove(tz)
    out = []
    for e in recurring_ical_events.of(cal).between(datetime.date.fromisoformat(start),
                                                   datetime.date.fromisoformat(end)):
        if str(e.get("STATUS", "")).upper() == "CANCELLED":
            continue
        s = e["DTSTART"].dt
        f = e["DTEND"].dt if "DTEND" in e else s
        out.append(canonical(str(e["UID"]), s, f))
    print("\n".join(sorted(out)))
    import importlib.metadata as md
    print(f"# tzdata {md.version('tzdata')}, TZPATH {zoneinfo.TZPATH}", file=sys.stderr)


if __name__ == "__main__":
    main()

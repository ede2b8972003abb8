#!/usr/bin/python3
"""Expands Bay Docket's exported calendars with independent engines and compares the UTC instants
with those the domain model computed (`NAME.expected` beside `NAME.ics`).

Engines: python `icalendar` + `recurring-ical-events`, `khal` (import, then list), and `ical.js`
(through ../e2e/icaljs.mjs, with only the file's own VTIMEZONEs). Every file is also checked by libical
(parse errors and iTIP restrictions). Prints one line per check and `interop: N passed, M failed`.

Also compares Bay Docket's reader and expander (`EXPAND`, the `expand` example of docket-ics) with
python recurring-ical-events on every well-formed real-world fixture in `FIXTURES` (skipped with a
notice when absent). Occurrences within two days of the window's ends are left out: the engines draw
the window in different zones.

Usage: engines.py DIR [FIXTURES EXPAND]
"""
import datetime
import os
import subprocess
import sys
import tempfile

import icalendar
import recurring_ical_events

START = datetime.date(2020, 1, 1)
END = datetime.date(2031, 1, 1)
FIXTURE_START = datetime.date(1996, 1, 1)


def canonical(uid, start, end):
    if isinstance(start, datetime.datetime):
        u = lambda d: d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
        return f"{uid}|{u(start)}|{u(end)}"
    last = end - datetime.timedelta(days=1) if end > start else start
    return f"{uid}|{start.isoformat()}|{last.isoformat()}"


def expand_python(path, start=START):
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    out = []
    for e in recurring_ical_events.of(cal).between(start, END):
        if str(e.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start = e["DTSTART"].dt
        end = e["DTEND"].dt if "DTEND" in e else start
        out.append(canonical(str(e["UID"]), start, end))
    return sorted(out)


KHAL_CONFIG = """[calendars]
[[docket]]
path = {path}
type = calendar
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = docket
"""


def khal_list(*paths):
    with tempfile.TemporaryDirectory() as tmp:
        cal = os.path.join(tmp, "cal")
        os.makedirs(cal)
        config = os.path.join(tmp, "config")
        with open(config, "w") as f:
            f.write(KHAL_CONFIG.format(path=cal))
        env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
        for p in paths:
            subprocess.run(["khal", "-c", config, "import", "--batch", p], check=True, env=env,
                           capture_output=True)
        days = (END - START).days
        r = subprocess.run(
            ["khal", "-c", config, "list", "--format", "{uid}|{start}|{end}|{status}", "--day-format", "",
             START.isoformat(), f"{days}d"],
            check=True, env=env, capture_output=True, text=True)
        out = []
        for line in r.stdout.splitlines():
            if not line.strip():
                continue
            uid, start, end, status = (line.split("|") + ["", "", "", ""])[:4]
            if "CANCELLED" in status.upper():
                continue
            out.append(f"{uid}|{start}|{end}")
        return sorted(set(out))


def expand_python_current(path):
    """python icalendar + recurring-ical-events from PyPI with the current tzdata package, resolving
    each TZID by its IANA name (tests/interop/expand_py.py in the venv named by DOCKET_PY_ENGINE)."""
    here = os.path.dirname(os.path.abspath(__file__))
    env = dict(os.environ, PYTHONTZPATH="")
    r = subprocess.run([os.environ["DOCKET_PY_ENGINE"], os.path.join(here, "expand_py.py"), path,
                        START.isoformat(), END.isoformat()],
                       check=True, capture_output=True, text=True, env=env)
    print(f"    {r.stderr.strip()}")
    return sorted(l for l in r.stdout.splitlines() if l.strip())


def expand_icaljs(path):
    here = os.path.dirname(os.path.abspath(__file__))
    script = os.path.join(here, "..", "e2e", "icaljs.mjs")
    r = subprocess.run(["node", script, path, START.isoformat(), END.isoformat()], check=True,
                       capture_output=True, text=True)
    return sorted(l for l in r.stdout.splitlines() if l.strip())


def expand_libical(path):
    """libical's own expansion (RecurIterator) with the file's VTIMEZONEs: each occurrence's UTC
    instant, EXDATEs removed, RECURRENCE-ID overrides in place, cancelled ones left out."""
    import gi
    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
    cal = ICalGLib.Component.new_from_string(open(path, encoding="utf-8").read())
    utc = ICalGLib.Timezone.get_utc_timezone()
    kind = ICalGLib.ComponentKind.VEVENT_COMPONENT

    def at(t):
        if t.is_date():
            return datetime.date(t.get_year(), t.get_month(), t.get_day())
        c = t.clone()
        c.convert_to_zone_inplace(utc)
        return datetime.datetime(c.get_year(), c.get_month(), c.get_day(), c.get_hour(),
                                 c.get_minute(), tzinfo=datetime.timezone.utc)

    def props(ev, k):
        p = ev.get_first_property(k)
        while p:
            yield p
            p = ev.get_next_property(k)

    def cancelled(ev):
        p = ev.get_first_property(ICalGLib.PropertyKind.STATUS_PROPERTY)
        return p is not None and "CANCELLED" in p.get_value_as_string().upper()

    masters, overrides = [], {}
    ev = cal.get_first_component(kind)
    while ev:
        if ev.get_first_property(ICalGLib.PropertyKind.RECURRENCEID_PROPERTY):
            # Matched by wall time in the series' zone (RECURRENCE-ID carries the same TZID).
            overrides[(ev.get_uid(), ev.get_recurrenceid().as_ical_string())] = ev
        else:
            masters.append(ev)
        ev = cal.get_next_component(kind)
    out = []
    for ev in masters:
        uid, start, end = ev.get_uid(), ev.get_dtstart(), ev.get_dtend()
        length = at(end) - at(start)
        starts = [start]
        rrule = ev.get_first_property(ICalGLib.PropertyKind.RRULE_PROPERTY)
        if rrule:
            it = ICalGLib.RecurIterator.new(rrule.get_rrule(), start)
            starts, t = [], it.next()
            while t and not t.is_null_time() and len(starts) < 1000:
                starts.append(t)
                t = it.next()
        gone = {at(p.get_exdate()) for p in props(ev, ICalGLib.PropertyKind.EXDATE_PROPERTY)}
        for t in starts:
            s = at(t)
            if s in gone:
                continue
            o = overrides.get((uid, t.as_ical_string()))
            if o is not None:
                if cancelled(o):
                    continue
                s, e = at(o.get_dtstart()), at(o.get_dtend())
            else:
                if cancelled(ev):
                    continue
                e = s + length
            out.append(canonical(uid, s, e))
    return sorted(out)


def libical(path):
    import gi
    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
    text = open(path, encoding="utf-8").read()
    comp = ICalGLib.Component.new_from_string(text)
    if comp is None:
        return ["libical could not parse the file"]
    problems = []
    if "X-LIC-ERROR" in comp.as_ical_string():
        problems.append("libical reported X-LIC-ERROR")
    if "METHOD:" in text and not ICalGLib.restriction_check(comp):
        problems.append("libical iTIP restriction check failed")
        problems.extend(l for l in comp.as_ical_string().splitlines() if "X-LIC-ERROR" in l)
    return problems


def main():
    base = sys.argv[1]
    passed = failed = 0

    def report(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"  ✓ {name}")
        else:
            failed += 1
            print(f"  ✗ {name}\n{detail}")

    def diff(want, got):
        return "\n".join([f"      missing {x}" for x in want if x not in got] +
                         [f"      extra   {x}" for x in got if x not in want])

    want = sorted(l for l in open(os.path.join(base, "scenario.expected")).read().splitlines() if l)
    path = os.path.join(base, "scenario.ics")
    engines = [("ical.js (our VTIMEZONEs only)", expand_icaljs),
               ("libical (our VTIMEZONEs, its own recurrence expansion)", expand_libical)]
    if os.environ.get("DOCKET_PY_ENGINE"):
        engines.insert(0, ("python icalendar 7 + recurring-ical-events, current tzdata (IANA names)",
                           expand_python_current))
    else:
        print("  NOTICE: DOCKET_PY_ENGINE is not set; python with the current tzdata is skipped")
    # Debian's khal and python resolve TZIDs with the machine's zoneinfo; where that is older than
    # the rules in force (Debian 12 ships 2025b) they are compared on the zones that did not change.
    changed = ("vancouver-", "edmonton-", "winnipeg-", "casablanca-", "havana-")
    system_version = open("/usr/share/zoneinfo/tzdata.zi").readline().split()[-1] \
        if os.path.exists("/usr/share/zoneinfo/tzdata.zi") else "0"
    rules_version = open(os.path.join(base, "scenario.tzdb")).read().strip()
    stale = system_version < rules_version
    if stale:
        print(f"  NOTICE: this machine's zoneinfo is {system_version}, older than {rules_version}: "
              "Debian's python and khal are checked on the zones that did not change in 2026")
    keep = lambda lines: [l for l in lines if not (stale and l.startswith(changed))]
    engines += [("Debian python icalendar + recurring-ical-events", lambda p: keep(expand_python(p))),
                ("khal", lambda p: keep(khal_list(p)))]
    for engine, fn in engines:
        expected = want if not engine.startswith(("Debian", "khal")) else keep(want)
        try:
            got = fn(path)
            report(f"{engine} gives the domain's instants", got == expected, diff(expected, got))
        except Exception as e:  # an engine failing is a failed check, with its message
            report(f"{engine} gives the domain's instants", False, f"      {e}")
    for name in ["scenario.ics", "moved-v1.ics", "moved-v2.ics"]:
        problems = libical(os.path.join(base, name))
        report(f"libical accepts {name}", not problems, "\n".join(f"      {p}" for p in problems))
    moved = sorted(l for l in open(os.path.join(base, "moved.expected")).read().splitlines() if l)
    got = khal_list(os.path.join(base, "moved-v1.ics"), os.path.join(base, "moved-v2.ics"))
    report("khal: importing v1 then v2 leaves one event at the new time", got == moved, diff(moved, got))
    if len(sys.argv) > 3:
        fixtures, expand = sys.argv[2], sys.argv[3]
        if not os.path.isdir(fixtures):
            print(f"  NOTICE: {fixtures} is absent; the fixture comparison is skipped")
        else:
            inside = lambda line: "1996-01-03" <= line.split("|")[1][:10] <= "2030-12-29"
            for name in sorted(os.listdir(fixtures)):
                if not name.endswith(".ics") or name.startswith("malformed"):
                    continue
                path = os.path.join(fixtures, name)
                try:
                    want = [l for l in expand_python(path, FIXTURE_START) if inside(l)]
                except Exception as e:  # the reference engine cannot read this file: nothing to compare
                    print(f"  - {name}: not compared (python icalendar cannot read it: {str(e)[:60]})")
                    continue
                r = subprocess.run([expand, path, FIXTURE_START.isoformat(), END.isoformat()],
                                   capture_output=True, text=True)
                got = sorted(l for l in r.stdout.splitlines() if l.strip() and inside(l))
                report(f"fixture {name}: {len(want)} occurrences as recurring-ical-events", got == want,
                       diff(want, got))
    print(f"interop: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

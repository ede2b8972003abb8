#!/usr/bin/python3
"""The peer for the iCalendar benchmark: python `icalendar` reading and writing the same file Bay
Docket exports (`ICS_BENCH_OUT=FILE cargo bench -p docket-app --bench ics`). Prints seconds.

Usage: peer_bench.py FILE
"""
import sys
import time

import icalendar

path = sys.argv[1]
data = open(path, "rb").read()
t = time.perf_counter()
cal = icalendar.Calendar.from_ical(data)
events = [c for c in cal.walk("VEVENT")]
read = time.perf_counter() - t
t = time.perf_counter()
out = cal.to_ical()
write = time.perf_counter() - t
print(f"python icalendar {icalendar.__version__}: read {len(events)} events in {read:.1f} s, "
      f"wrote {len(out)} bytes in {write:.1f} s")

#!/usr/bin/env python3
"""Generates the lunar table in crates/docket-domain/src/deadline/estimate.rs (ADR 0018).

Lunar months from `lunardate` (Hong Kong Observatory derived tables), the Qingming solar term from
PyEphem: the day (Beijing time, UTC+8) on which the Sun's apparent ecliptic longitude reaches 15°.
Usage: python3 lunar_table.py   (needs `pip install lunardate ephem`); paste the rows into LUNAR.
"""
import datetime, ephem
from lunardate import LunarDate
def qingming(y):
    # Sun's apparent geocentric ecliptic longitude reaches 15 degrees; date in UTC+8
    import math
    d = ephem.Date(datetime.datetime(y,4,1))
    def lon(t):
        s = ephem.Sun(); s.compute(t, epoch=t)
        return float(ephem.Ecliptic(s, epoch=t).lon)
    target = math.radians(15)
    lo, hi = ephem.Date(datetime.datetime(y,3,30)), ephem.Date(datetime.datetime(y,4,10))
    for _ in range(60):
        mid = (lo+hi)/2
        if lon(mid) < target: lo = mid
        else: hi = mid
    dt = ephem.Date(hi).datetime() + datetime.timedelta(hours=8)
    return dt.date()
for y in range(2025, 2036):
    lny = LunarDate(y,1,1).to_solar_date()
    eve = lny - datetime.timedelta(days=1)
    q = qingming(y)
    b = LunarDate(y,4,8).to_solar_date()
    t = LunarDate(y,5,5).to_solar_date()
    m = LunarDate(y,8,15).to_solar_date()
    c = LunarDate(y,9,9).to_solar_date()
    f = lambda d: f"({d.month}, {d.day})"
    print(f"    Lunar {{ year: {y}, new_year: {f(lny)}, qingming: {q.day}, buddha: {f(b)}, tuen_ng: {f(t)}, mid_autumn: {f(m)}, chung_yeung: {f(c)} }},")

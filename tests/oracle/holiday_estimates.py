#!/usr/bin/env python3
"""The oracle for Bay Docket's estimated holiday years (ADR 0018).

Prints, for 2027-2035, python-holidays' Hong Kong general holidays (HK, category "optional": the
Cap 149 list) and Mainland statutory holidays (CN, which adds weekend substitute days, 补假, that
Bay Docket does not guess). `--check FILE` compares with the committed file and fails on a difference;
`--write FILE` rewrites it. The Rust test `deadline::estimate_tests` reads the committed file.

Usage: python3 holiday_estimates.py --check tests/oracle/holiday-estimates.json
(needs `pip install holidays`; tests/oracle/run.sh makes a venv in target/peer-venv).
"""
import json
import sys

FIRST, LAST = 2027, 2035


def oracle():
    import holidays

    out = {"holidays_version": holidays.__version__, "HK": {}, "CN": {}, "CN_observed": {}}
    for year in range(FIRST, LAST + 1):
        hk = holidays.HK(years=year, categories=("optional",))
        out["HK"][str(year)] = sorted(d.isoformat() for d in hk)
        cn = holidays.CN(years=year)
        observed = holidays.CN(years=year, observed=False)
        out["CN"][str(year)] = sorted(d.isoformat() for d in observed)
        out["CN_observed"][str(year)] = sorted(
            d.isoformat() for d in cn if d not in observed
        )
    return out


def main(argv):
    if len(argv) != 3 or argv[1] not in ("--check", "--write"):
        print(__doc__)
        return 2
    data = oracle()
    if argv[1] == "--write":
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {argv[2]} (python-holidays {data['holidays_version']})")
        return 0
    with open(argv[2], encoding="utf-8") as f:
        committed = json.load(f)
    bad = 0
    for key in ("HK", "CN", "CN_observed"):
        for year, days in data[key].items():
            if committed.get(key, {}).get(year) != days:
                print(f"FAIL {key} {year}: python-holidays {days} != committed {committed.get(key, {}).get(year)}")
                bad += 1
    checked = sum(len(v) for v in data["HK"].values()) + sum(len(v) for v in data["CN"].values())
    print(f"holiday estimates: {checked} days checked against python-holidays {data['holidays_version']}, {bad} years differ")
    print(f"test result: {'ok' if bad == 0 else 'FAILED'}. {checked - bad} passed; {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

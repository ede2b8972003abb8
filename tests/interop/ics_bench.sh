#!/bin/sh
# The iCalendar benchmark side by side with its peer, in one run on the same file:
#   Bay Docket: export 100,000 hearings from SQLite, and read + expand the file (criterion medians);
#   python icalendar 7.x (from PyPI, in a private virtual environment under target/): read and write
#   the same file; and the export's peak memory through the command line (/usr/bin/time -v), beside
#   the peak of a command that only opens the same database (`cases list`): the difference is what
#   the export itself costs.
# Usage: tests/interop/ics_bench.sh        (needs network access to PyPI the first time)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/target/peer-venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "icalendar>=7,<8"
fi
out="$root/target/ics-bench.ics"
db="$root/target/ics-bench.sqlite3"
rm -f "$db" "$db-wal" "$db-shm"
cd "$root"
ICS_BENCH_OUT="$out" ICS_BENCH_DB="$db" cargo bench -p docket-app --bench ics -- \
    "export 100,000|read and expand" 2>&1 | grep -E "^(ics/|[[:space:]]+time:)"
"$venv/bin/python" tests/interop/peer_bench.py "$out"
cargo build --release -q -p docket-cli
/usr/bin/time -v "$root/target/release/docket" --db "$db" cases list 2>&1 >/dev/null |
    sed -n 's/Maximum resident set size (kbytes)/open the database only: peak resident (KB)/p'
/usr/bin/time -v "$root/target/release/docket" --db "$db" ics export --out "$root/target/ics-cli.ics" --all \
    --lang both 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed"

#!/bin/sh
# Compares the estimated holiday years with python-holidays (ADR 0018), in a venv under
# target/peer-venv; skips with a notice when python3 or the package index is unavailable.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/target/peer-venv"
if ! command -v python3 >/dev/null 2>&1; then
    echo "SKIPPED holiday estimate oracle: python3 is not installed"
    exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "SKIPPED holiday estimate oracle: cannot create $venv"; exit 0; }
fi
if ! "$venv/bin/python" -c "import holidays; assert holidays.__version__ == '0.109'" 2>/dev/null; then
    "$venv/bin/pip" install -q "holidays==0.109" || { echo "SKIPPED holiday estimate oracle: cannot install python-holidays"; exit 0; }
fi
exec "$venv/bin/python" "$root/tests/oracle/holiday_estimates.py" --check "$root/tests/oracle/holiday-estimates.json"

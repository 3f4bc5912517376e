#!/usr/bin/env bash
# Rebuild the screenshots in docs/screenshots from a fresh demo book, in both languages.
#   docs/make_screenshots.sh [python]      (default: .venv/bin/python)
# SIZE=1366x768 OUT=/tmp/shots docs/make_screenshots.sh   renders another window size elsewhere
# (look at 1366x768 and 1920x1080 before calling a screen done; docs/ keeps the 1400x900 set).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY="${1:-.venv/bin/python}"
OUT="${OUT:-docs/screenshots}"
SIZE="${SIZE:-1400x900}"
BOOK="$(mktemp -d)/demo.kambook"
ACCOUNT=025073  # a demo account with 13 contacts, visits and SPIN notes at every stage
export TZ=Asia/Shanghai  # the demo portfolio's reps work in China time
mkdir -p "$OUT"
"$PY" -m kam_desktop demo --out "$BOOK" >/dev/null
for lang in en zh_CN; do
    for view in accounts visits "account:$ACCOUNT" "contacts:$ACCOUNT" "map:$ACCOUNT" \
        "visits:$ACCOUNT" "spin:$ACCOUNT"; do
        name="${view%%:*}"
        [[ "$view" == visits:* ]] && name=account-visits
        "$PY" -m kam_desktop.gui --book "$BOOK" --lang "$lang" --view "$view" --size "$SIZE" \
            --screenshot "$OUT/$name-$lang.png"
    done
done
echo "screenshots written to $OUT"

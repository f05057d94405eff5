#!/usr/bin/env bash
# Renders the sample log's scan page in headless Chromium and checks the DOM and the screenshot.
# With --update-screenshot, also refreshes the README's screenshot (Tests/Samples/scan-report.png).
set -euo pipefail
cd "$(dirname "$0")/../.."
smsguard=${SMSGUARD:-.build/debug/smsguard}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "FAIL: no chromium to render the page (install Debian's chromium)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

SOURCE_DATE_EPOCH=1762250000 "$smsguard" scan Tests/Samples/sms-backup.xml --html "$work/page.html" > /dev/null 2>&1 || true
[ -s "$work/page.html" ] || { echo "FAIL: no page written"; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$work/page.html" > "$work/dom.html" 2>/dev/null
timeout 120 "$browser" "${flags[@]}" --window-size=1200,1600 --screenshot="$work/page.png" "file://$work/page.html" > /dev/null 2>&1
cat > "$work/expected.json" <<'JSON'
{"counts": {"read": 20, "classified": 17, "skipped": 3, "unreadable": 0, "duplicates": 1, "spoofed": 4},
 "texts": ["info@digibile.com", "hamechizkala", "smsguard report Tests/Samples/sms-backup.xml --out reports/", "hxxps://bit[.]ly/hchk-refund"],
 "size": [1200, 1600]}
JSON
python3 Tests/Integration/check_html_page.py "$work/page.html" "$work/dom.html" "$work/page.png" "$work/expected.json"
if [ "${1:-}" = "--update-screenshot" ]; then
    timeout 120 "$browser" "${flags[@]}" --window-size=1000,1500 --screenshot="$work/readme.png" "file://$work/page.html" > /dev/null 2>&1
    cp "$work/readme.png" Tests/Samples/scan-report.png
    echo "updated Tests/Samples/scan-report.png"
fi

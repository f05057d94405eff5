#!/usr/bin/env bash
# Makes report drafts from the sample log and from input built to inject headers, then checks every
# draft with Python's standard email package (Tests/Integration/verify_drafts.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
smsguard=${SMSGUARD:-.build/debug/smsguard}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$smsguard" report Tests/Samples/sms-backup.xml --out "$work/sample" --reporter "Sara Ahmadi <sara@example.org>" --arf > "$work/sample.txt"
"$smsguard" scan Tests/Samples/sms-backup.xml --jsonl --only spoofed > "$work/sample.jsonl" 2>/dev/null || true
python3 Tests/Integration/verify_drafts.py "$work/sample" --expected "$work/sample.jsonl" --registry Registry/registry.json
grep -q "declares no SMS sender" "$work/sample.txt" || { echo "FAIL: the note for shops that declare no sender is missing"; exit 1; }

sender=$'09121112233\r\nBcc: victim@example.com'
text=$'همه چیزکالا: سفارش شما لغو شد\r\nBcc: evil@example.com\r\nSubject: injected\r\n\r\n<script>\x01\x7f \u202eevil\u202c \u200bhttps://evil.example/x '$(printf 'A%.0s' $(seq 1 20000))
reporter=$'Eve \u202e<eve@example.org>\r\nBcc: all@example.org\x00'
"$smsguard" report --sender "$sender" --text "$text" --reporter "$reporter" --date 2025-10-06T21:47:00+03:30 --out "$work/hostile" --arf > /dev/null
"$smsguard" check "$sender" --text "$text" --json > "$work/hostile.jsonl" || true
python3 Tests/Integration/verify_drafts.py "$work/hostile" --expected "$work/hostile.jsonl" --registry Registry/registry.json --hostile

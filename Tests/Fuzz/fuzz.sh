#!/usr/bin/env bash
# Builds and runs smsguard's libFuzzer targets.
#
#   Tests/Fuzz/fuzz.sh [--seconds N] [TARGET...]
#
# The library is compiled once with address sanitizer and coverage instrumentation; each target in
# Tests/Fuzz/Targets links against it. Each runs for N seconds (default 20) from a seed corpus made of
# the repository's sample logs, test fixtures and policies, plus what earlier runs found (kept in
# Tests/Fuzz/.out/corpus, not committed). A crash, hang (10 s), leak or memory blow-up (2 GB) fails the
# run and leaves the input in Tests/Fuzz/.out/; a results table is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=20
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(SBRReader NDJSONReader CSVReader SenderParser TextFolder PolicyExtractor Classifier ReportWriter)
out=Tests/Fuzz/.out
mkdir -p "$out/lib"
flags=(-sanitize=fuzzer,address -O -parse-as-library -I Sources/CZlib -I Sources/CSQLite)

echo "== building the instrumented library"
swiftc "${flags[@]}" -enable-testing -module-name SMSGuard -emit-module -emit-module-path "$out/lib/SMSGuard.swiftmodule" \
    -emit-library -static -o "$out/lib/libSMSGuard.a" $(find Sources/SMSGuard -name '*.swift')

corpus_seed() {
    local name=$1 dir=$out/corpus/$1
    mkdir -p "$dir"
    case "$name" in
        SBRReader) cp Tests/Samples/*.xml "$dir/" ;;
        NDJSONReader) find Tests -name '*.ndjson' -size -64k -exec cp {} "$dir/" \; ; printf '{"address":"1","body":"x"}\n' > "$dir/seed" ;;
        CSVReader) find Tests -name '*.csv' -size -64k -exec cp {} "$dir/" \; ; printf '2024-04-25 10:06:40,Incoming,+9810001234,"a\nb"\n' > "$dir/seed" ;;
        SenderParser) printf '+98 912 123 4567' > "$dir/a"; printf '۲۰۰۰۵۳۴۶۷' > "$dir/b"; printf 'SEPAH BANK' > "$dir/c" ;;
        TextFolder|Classifier|ReportWriter) printf 'همه چيزكالا: سفارش شما لغو شد https://bit.ly/x' > "$dir/a"; printf 'د ی ج ی \xe2\x80\xaeکالا' > "$dir/b" ;;
        PolicyExtractor) cp Registry/policies/* "$dir/" ;;
    esac
}

printf '\n%-16s %8s %12s %s\n' target seconds inputs result > "$out/results.txt"
status=0
for target in "${targets[@]}"; do
    source=Tests/Fuzz/Targets/${target}Fuzz.swift
    [ -f "$source" ] || { echo "no target $target"; exit 64; }
    echo "== $target: building"
    # The linker warns about every sanitizer symbol it cannot export; keep that out of the way unless it fails.
    swiftc "${flags[@]}" -I "$out/lib" -L "$out/lib" -lSMSGuard -lz -lsqlite3 "$source" -o "$out/$target" \
        > "$out/$target.build.log" 2>&1 || { cat "$out/$target.build.log"; exit 1; }
    corpus_seed "$target"
    echo "== $target: fuzzing for ${seconds}s"
    log=$out/$target.log
    if (cd "$out" && SWIFT_BACKTRACE=enable=no ./"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 "corpus/$target" > "$target.log" 2>&1); then
        result=ok
    else
        result="FAILED (see $log)"
        status=1
        grep -E "ERROR|panic|Fatal|precondition|==[0-9]+==" "$log" | head -5 || true
    fi
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
    printf '%-16s %8s %12s %s\n' "$target" "$seconds" "$runs" "$result" >> "$out/results.txt"
done
cat "$out/results.txt"
exit $status

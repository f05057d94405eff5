#!/usr/bin/env bash
# Runs the Spark driver in local mode over a generated log split into partitions, and checks that every
# message's verdict equals a plain local `smsguard scan` of the same data, with nothing lost or doubled.
set -euo pipefail
cd "$(dirname "$0")/../.."
smsguard=$(pwd)/${SMSGUARD:-.build/debug/smsguard}
command -v java > /dev/null || {
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless > /dev/null
}
python3 -c "import pyspark" 2> /dev/null || python3 -m pip install -q "pyspark==3.5.3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 Tests/Spark/make_log.py 3000 > "$work/log.ndjson"
"$smsguard" scan "$work/log.ndjson" --jsonl > "$work/local.jsonl" 2> /dev/null || true
python3 Tests/Spark/spark_scan.py --master 'local[4]' --partitions 6 --binary "$smsguard" \
    --registry "$(pwd)/Registry/registry.json" "$work/log.ndjson" "$work/out" > "$work/spark.txt" 2> "$work/spark.log" \
    || { tail -30 "$work/spark.log"; exit 1; }
python3 Tests/Spark/compare.py "$work/log.ndjson" "$work/local.jsonl" "$work/out"

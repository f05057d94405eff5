#!/usr/bin/env python3
"""Compares the Spark run with the local scan: usage compare.py LOG LOCAL.jsonl SPARK_OUTPUT."""
import glob
import json
import os
import sys

log, local_path, output = sys.argv[1:4]
lines = [line for line in open(log, encoding="utf-8") if line.strip()]
local = [json.loads(line) for line in open(local_path, encoding="utf-8")]
summary = json.load(open(os.path.join(output, "summary.json"), encoding="utf-8"))
spoofed = [json.loads(line) for path in glob.glob(os.path.join(output, "spoofed", "part-*")) for line in open(path, encoding="utf-8")]
failures = []

def key(result):
    return (result["sender"], result["date"])

local_verdicts = {key(r): r["verdict"] for r in local}
malformed = len(lines) - len(local)
if summary["classified"] != len(local):
    failures.append(f"Spark classified {summary['classified']} messages, the local scan {len(local)}")
if summary["input_lines"] != len(lines):
    failures.append(f"Spark read {summary['input_lines']} lines of {len(lines)}")
if summary["partitions"] < 2:
    failures.append("the log was not split into partitions")
local_counts = {}
for result in local:
    local_counts[result["verdict"]] = local_counts.get(result["verdict"], 0) + 1
if summary["verdicts"] != local_counts:
    failures.append(f"verdicts differ: Spark {summary['verdicts']}, local {local_counts}")
spark_spoofed = {key(r): r for r in spoofed}
local_spoofed = {k for k, v in local_verdicts.items() if v == "spoofed"}
if len(spoofed) != len(spark_spoofed):
    failures.append("a spoofed message appears twice in Spark's output")
if set(spark_spoofed) != local_spoofed:
    failures.append(f"spoofed messages differ: {len(set(spark_spoofed) ^ local_spoofed)} not in both")
for k, result in spark_spoofed.items():
    if local_verdicts.get(k) != result["verdict"]:
        failures.append(f"message {k}: Spark says {result['verdict']}, local {local_verdicts.get(k)}")
for failure in failures[:20]:
    print("FAIL", failure)
print(f"spark: {len(lines)} lines, {malformed} malformed, {len(local)} classified in {summary['partitions']} partitions, "
      f"{len(local_spoofed)} spoofed: {'ok' if not failures else f'{len(failures)} problems'}")
sys.exit(1 if failures else 0)

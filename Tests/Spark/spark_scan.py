#!/usr/bin/env python3
"""smsguard on Apache Spark: scans NDJSON SMS logs split over many partitions.

Each partition is piped through `smsguard scan - --format ndjson --jsonl`, exactly as on one machine,
and the results are gathered: verdicts per shop, and every spoofed message.

On a cluster (the binary and the registry travel with the job):

    spark-submit --master yarn --files .build/release/smsguard,Registry/registry.json \\
        Tests/Spark/spark_scan.py hdfs:///logs/sms/*.ndjson hdfs:///out/smsguard

Locally (the test does this): python3 Tests/Spark/spark_scan.py --master 'local[4]' \\
    --binary .build/release/smsguard --registry Registry/registry.json INPUT OUTPUT

OUTPUT gets `summary.json` (messages, verdicts, per-shop counts) and `spoofed/` (one JSON line per
spoofed message, as `smsguard scan --jsonl` writes it). smsguard's exit status 1 ("spoofed found") is
not an error here; a malformed line is skipped by smsguard and reported on the executor's stderr.
"""
import argparse
import json
import os

from pyspark.sql import SparkSession


def command(binary, registry):
    # Files shipped with --files may lose their executable bit; set it, then run smsguard on stdin.
    return (f"sh -c 'chmod u+x {binary} 2>/dev/null; "
            f"exec {binary} scan - --format ndjson --jsonl --jobs 1 --registry {registry}'")


def main():
    parser = argparse.ArgumentParser(description="Scan NDJSON SMS logs with smsguard on Spark.")
    parser.add_argument("input", help="NDJSON files (any path Spark reads: local, hdfs://, s3a://)")
    parser.add_argument("output", help="directory for summary.json and spoofed/")
    parser.add_argument("--binary", default="./smsguard", help="smsguard on the executors (default: ./smsguard from --files)")
    parser.add_argument("--registry", default="./registry.json", help="registry on the executors (default: from --files)")
    parser.add_argument("--partitions", type=int, default=8, help="minimum number of partitions")
    parser.add_argument("--master", default=None, help="Spark master when not run by spark-submit, e.g. local[4]")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("smsguard-scan")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("WARN")

    lines = context.textFile(args.input, minPartitions=args.partitions)
    results = lines.pipe(command(args.binary, args.registry)).map(json.loads).cache()

    verdicts = results.map(lambda r: r["verdict"]).countByValue()
    per_shop = results.flatMap(lambda r: [((shop, r["verdict"]), 1) for shop in r["shops"]]).reduceByKey(lambda a, b: a + b).collect()
    shops = {}
    for (shop, verdict), count in per_shop:
        shops.setdefault(shop, {})[verdict] = count
    summary = {
        "input_lines": lines.filter(lambda line: line.strip() != "").count(),
        "partitions": lines.getNumPartitions(),
        "classified": sum(verdicts.values()),
        "verdicts": dict(verdicts),
        "shops": shops,
    }
    results.filter(lambda r: r["verdict"] == "spoofed").map(lambda r: json.dumps(r, ensure_ascii=False)) \
        .saveAsTextFile(os.path.join(args.output, "spoofed"))
    with open(os.path.join(args.output, "summary.json"), "w", encoding="utf-8") as file:
        json.dump(summary, file, ensure_ascii=False, indent=2)
    print(json.dumps(summary, ensure_ascii=False))
    spark.stop()


if __name__ == "__main__":
    main()

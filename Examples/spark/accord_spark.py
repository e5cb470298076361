#!/usr/bin/env python3
"""Scale Accord out with Apache Spark: `accord extract --input jsonl` as a stateless line filter.

usage: accord_spark.py INPUT.jsonl OUTPUT_DIR [--accord PATH] [--partitions N] [--master local[2]]

Each Spark partition pipes its lines through one `accord` process (`RDD.pipe`). The CLI reads
one {"id", "text"} object per line and writes one result object per line, in order, holding no
state between lines; so partitions are independent and the concatenated part files equal the
output of a single `accord extract --input jsonl` over the whole input. On a cluster, install
the `accord` binary (and libyaml) on every worker, or ship it with `--files`.
"""
import argparse
import os
import shutil

from pyspark import SparkConf, SparkContext  # pip install pyspark (needs Java 17)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--accord", default=shutil.which("accord") or "accord",
                        help="path to the accord executable (default: from PATH)")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    accord = os.path.abspath(args.accord) if os.path.exists(args.accord) else args.accord
    conf = SparkConf().setMaster(args.master).setAppName("accord-extract")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        lines = context.textFile(args.input, minPartitions=args.partitions)
        # --jobs 1: Spark already runs one task per core; each task is one accord process.
        results = lines.pipe(f"{accord} extract --input jsonl --jobs 1")
        results.saveAsTextFile(args.output)
    finally:
        context.stop()


if __name__ == "__main__":
    main()

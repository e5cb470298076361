#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS (default 60).
# A crash leaves its input as crash-* in this folder; turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
swift build -c debug --sanitize=fuzzer --sanitize=address 2>&1 | tail -3
bin=$(swift build -c debug --sanitize=fuzzer --sanitize=address --show-bin-path)
mkdir -p work/pack work/analyze
"$bin/fuzz-pack" work/pack corpus/pack -max_total_time="$seconds" -max_len=65536 -timeout=10 2>&1 | tail -3
"$bin/fuzz-analyze" work/analyze corpus/analyze -max_total_time="$seconds" -max_len=65536 -timeout=10 2>&1 | tail -3
echo "fuzz: both targets ran $seconds s without a crash"

#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS (default 60).
# A crash leaves its input as crash-* in this folder; turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
# SwiftPM passes `-sanitize=fuzzer` and `-sanitize=address` as two flags in no fixed order, and
# swiftc keeps only the last: when `address` came last, nothing was coverage-instrumented and
# libFuzzer fed random bytes blind. The combined flag, appended last, always asks for both.
flags=(-c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)
swift build "${flags[@]}" 2>&1 | tail -3
bin=$(swift build "${flags[@]}" --show-bin-path)
mkdir -p work/pack work/analyze

run() {
    local target=$1 corpus=$2 log
    log=$(mktemp)
    if ! "$bin/$target" "work/$corpus" "corpus/$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 >"$log" 2>&1; then
        tail -30 "$log"
        echo "fuzz: $target failed (its input is saved as crash-*/leak-*/timeout-* here)" >&2
        exit 1
    fi
    # A run without coverage feedback is not fuzzing: refuse to call it a pass.
    if ! grep -q "INITED cov:" "$log"; then
        grep -E "INITED|DONE" "$log" || true
        echo "fuzz: $target ran without coverage instrumentation" >&2
        exit 1
    fi
    grep -E "INITED|DONE" "$log"
    rm -f "$log"
}

run fuzz-pack pack
run fuzz-analyze analyze
echo "fuzz: both targets ran $seconds s with coverage feedback and no crash"

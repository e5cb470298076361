#!/usr/bin/env bash
# The long checks that do not fit CI's time budget, for a nightly job or before a release:
# ThreadSanitizer and AddressSanitizer over the whole test suite, ten minutes of fuzzing per
# target, and valgrind's leak check on the CLI. Needs what CI needs plus valgrind. Exits non-zero
# on the first failure. Usage: bash Tests/nightly.sh [FUZZ_SECONDS]   (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds=${1:-600}

echo "== swift test --sanitize=thread"
swift test --sanitize=thread > /tmp/accord-tsan.log 2>&1 || true
grep -E "Test run with" /tmp/accord-tsan.log | tail -1
if grep -q "WARNING: ThreadSanitizer" /tmp/accord-tsan.log; then echo "nightly: ThreadSanitizer reported a race" >&2; exit 1; fi
grep -q "Test run with .* passed" /tmp/accord-tsan.log || { echo "nightly: tests failed under TSan" >&2; exit 1; }

echo "== swift test --sanitize=address"
swift test --sanitize=address > /tmp/accord-asan.log 2>&1 || true   # LeakSanitizer's exit status is judged below
grep -E "Test run with|SUMMARY: AddressSanitizer" /tmp/accord-asan.log | tail -2
if grep -q "ERROR: AddressSanitizer" /tmp/accord-asan.log; then echo "nightly: AddressSanitizer reported an error" >&2; exit 1; fi
# XCTest's runner leaks a few hundred bytes at exit (it runs no tests here); a leak with an Accord frame fails.
if sed -n '/ERROR: LeakSanitizer/,$p' /tmp/accord-asan.log | grep -q 's6Accord'; then
    echo "nightly: LeakSanitizer found a leak in Accord (see /tmp/accord-asan.log)" >&2
    exit 1
fi
grep -q "Test run with .* passed" /tmp/accord-asan.log || { echo "nightly: tests failed under ASan" >&2; exit 1; }

echo "== fuzzing, $fuzz_seconds s per target"
bash Tests/Fuzz/run.sh "$fuzz_seconds"

echo "== valgrind --leak-check=full on the CLI"
swift build -c release --product accord 2>&1 | tail -1
corpus=$(mktemp)
python3 ../shared/bench/make_corpus.py 0.1 -o "$corpus" >/dev/null
valgrind --leak-check=full .build/release/accord extract --input jsonl "$corpus" >/dev/null 2>/tmp/accord-valgrind.log
grep -E "definitely lost|indirectly lost" /tmp/accord-valgrind.log
# Swift's runtime reports metadata caches as "possibly lost"; only definite and indirect leaks count.
if grep -E "(definitely|indirectly) lost: [1-9]" /tmp/accord-valgrind.log; then
    echo "nightly: valgrind found leaks (see /tmp/accord-valgrind.log)" >&2
    exit 1
fi
rm -f "$corpus"
echo "nightly: all checks passed"

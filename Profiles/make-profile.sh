#!/usr/bin/env bash
# Measures the branch and call counts that release builds are optimised with (Package.swift,
# README "Performance") and writes them to Profiles/accord.profdata.
#
#   bash Profiles/make-profile.sh [CORPUS.jsonl ...]
#
# Builds `accord` instrumented (LLVM IR counters) in a scratch directory of its own, runs
# `accord extract --input jsonl` over the corpora, on one core and on two, and merges the counts.
# Without arguments the corpora are generated with the shared benchmark generator, with a seed of
# their own so the profile is not the benchmark's text: 5 MB of Vietnamese and 2 MB of English.
# Run it after changing hot code, from a clean checkout of the commit the profile is for.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(dirname "$(command -v swiftc)")
profdata="$bin/llvm-profdata"
[ -x "$profdata" ] || { echo "error: $profdata not found: the toolchain's llvm-profdata merges the counts" >&2; exit 1; }
resources=$(swiftc -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["paths"]["runtimeResourcePath"])')
runtime="$resources/clang/lib/linux/libclang_rt.profile-x86_64.a"
[ -f "$runtime" ] || { echo "error: $runtime not found: the instrumented build links LLVM's profile runtime" >&2; exit 1; }

# The commit the counts are for, kept beside them so CI can say how much code changed since.
source_commit=$(git rev-parse HEAD)
if ! git diff --quiet HEAD -- Sources; then
  echo "warning: Sources/ has uncommitted changes: the profile is for them, not for $source_commit" >&2
  source_commit="$source_commit+changes"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  generator=../shared/bench/make_corpus.py
  [ -f "$generator" ] || { echo "error: no corpus given and $generator not found" >&2; exit 1; }
  python3 "$generator" 5 --seed 7 -o "$work/vi.jsonl" > /dev/null 2>&1
  python3 "$generator" 2 --lang en --seed 7 -o "$work/en.jsonl" > /dev/null 2>&1
  corpora=("$work/vi.jsonl" "$work/en.jsonl")
fi

# A scratch directory of its own: an existing build keeps the objects of a module whose IR did not
# change, and the counters are added after that check, so the instrumented objects are built from
# nothing. The profile in use is left out (ACCORD_PROFILE_USE=0): counting and using counts exclude
# each other. Linux on x86_64, the platform Package.swift applies the profile on.
echo "building accord with counters (a full release build)"
ACCORD_PROFILE_USE=0 swift build -c release --product accord --scratch-path "$work/build" \
  -Xswiftc -Xfrontend -Xswiftc -ir-profile-generate="$work/raw" \
  -Xlinker "$runtime" -Xlinker -u -Xlinker __llvm_profile_runtime > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
accord="$work/build/release/accord"

for corpus in "${corpora[@]}"; do
  for jobs in 1 2; do
    echo "counting: $corpus, --jobs $jobs"
    LLVM_PROFILE_FILE="$work/raw/%p.profraw" "$accord" extract --input jsonl --jobs "$jobs" "$corpus" > /dev/null
  done
done

# Sparse: functions that never ran are left out (they stay unguided), which keeps the file small.
"$profdata" merge --sparse "$work"/raw/*.profraw -o Profiles/accord.profdata
echo "$source_commit" > Profiles/accord.profdata.source
"$profdata" show Profiles/accord.profdata | sed -n 1,4p
echo "wrote Profiles/accord.profdata ($(wc -c < Profiles/accord.profdata) bytes)"

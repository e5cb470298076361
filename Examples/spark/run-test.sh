#!/usr/bin/env bash
# Checks the Spark scale-out path: the same JSONL through Spark (4 partitions, local mode)
# and through one `accord extract --input jsonl` must give byte-identical output.
# Skips (exit 0, saying so) when pyspark is not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
accord=${1:?usage: run-test.sh PATH/TO/accord}
if ! python3 -c "import pyspark" 2>/dev/null; then
  echo "spark test skipped: pyspark is not installed (pip install pyspark)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A small corpus of our own example articles, one document per line.
python3 - "$here/../texts" > "$work/input.jsonl" <<'PY'
import json, os, sys
folder = sys.argv[1]
n = 0
for name in sorted(os.listdir(folder)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(folder, name), encoding="utf-8").read()
    for paragraph in [p for p in text.split("\n") if p.strip()]:
        n += 1
        print(json.dumps({"id": f"{name}-{n}", "text": paragraph}, ensure_ascii=False))
PY
"$accord" extract --input jsonl --jobs 1 "$work/input.jsonl" > "$work/direct.jsonl"
python3 "$here/accord_spark.py" "$work/input.jsonl" "$work/spark" --accord "$accord" --partitions 4
cat "$work"/spark/part-* > "$work/spark.jsonl"
if cmp -s "$work/direct.jsonl" "$work/spark.jsonl"; then
  echo "spark test passed: $(wc -l < "$work/direct.jsonl") documents, identical output through 4 partitions"
else
  echo "spark test failed: Spark output differs from accord extract"
  diff <(cut -c1-120 "$work/direct.jsonl") <(cut -c1-120 "$work/spark.jsonl") | head -20
  exit 1
fi

#!/usr/bin/env bash
# From a pipe, `accord extract --input jsonl` writes each full batch's results before the next
# lines arrive, with one job and with several: a `tail -f` into it sees results while its input
# is still open. (With workers and a file, the next batch is read while the last one renders;
# from a pipe that read could wait for lines that are long in coming, holding the batch back.)
# Usage: bash Tests/cli/pipe-latency.sh [PATH/TO/accord]
set -uo pipefail
cd "$(dirname "$0")/../.."
accord=$(realpath "${1:-.build/debug/accord}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 600 short documents, more than one batch at two jobs (512 lines); our own sentences.
python3 - "$work/input.jsonl" <<'PY'
import json, sys
sentences = ["Nhật Bản và Ấn Độ nhất trí hợp tác về năng lượng sạch.", "Việt Nam và Hàn Quốc ký bản ghi nhớ về y tế."]
with open(sys.argv[1], "w", encoding="utf-8") as handle:
    for number in range(600):
        handle.write(json.dumps({"id": f"p{number}", "text": sentences[number % 2]}, ensure_ascii=False) + "\n")
PY

failed=0
mkfifo "$work/pipe"
for jobs in 1 2; do
  "$accord" extract --input jsonl --jobs "$jobs" < "$work/pipe" > "$work/out.$jobs" &
  reader=$!
  # The lines, with the pipe's writing end kept open: results of the first batch must come now.
  exec 3> "$work/pipe"
  cat "$work/input.jsonl" >&3
  arrived=0
  for _ in $(seq 1 150); do
    sleep 0.1
    arrived=$(wc -l < "$work/out.$jobs")
    [ "$arrived" -ge 256 ] && break
  done
  exec 3>&-   # the end of the input: the run finishes the rest
  wait "$reader"
  if [ "$arrived" -ge 256 ]; then
    echo "pipe: --jobs $jobs wrote $arrived results with its input still open"
  else
    echo "error: --jobs $jobs wrote $arrived results in 15 s while its input stayed open; a full batch's results must not wait for the next lines"
    failed=1
  fi
  total=$(wc -l < "$work/out.$jobs")
  if [ "$total" -ne 600 ]; then echo "error: --jobs $jobs wrote $total results for 600 documents"; failed=1; fi
done
exit $failed

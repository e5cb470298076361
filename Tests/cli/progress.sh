#!/usr/bin/env bash
# The progress display of `accord extract --input jsonl`: on a terminal, standard error shows
# documents, megabytes, MB/s and the time left, redrawn in place; piped, standard error stays
# empty. Both runs write the same results. `script` (util-linux) gives the run a terminal.
# Usage: bash Tests/cli/progress.sh [PATH/TO/accord]
set -uo pipefail
cd "$(dirname "$0")/../.."
accord=$(realpath "${1:-.build/debug/accord}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Several batches of short documents, then one long record read in pieces: the display must
# move during both. Our own sentences, repeated.
python3 - "$work/input.jsonl" <<'PY'
import json, sys
sentences = ["Ngày 7/9, Nhật Bản và Ấn Độ nhất trí hợp tác về năng lượng sạch.", "Hai bên cam kết khoản vay 5.000 tỷ Yen.",
             "Việt Nam và Hoa Kỳ ký bản ghi nhớ về đường sắt cao tốc.", "Australia và Hàn Quốc thúc đẩy hợp tác y tế."]
with open(sys.argv[1], "w", encoding="utf-8") as handle:
    for number in range(2500):
        text = " ".join(sentences[(number + k) % 4] for k in range(6))
        handle.write(json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False) + "\n")
    long_text = "\n".join(" ".join(sentences) for _ in range(1500))
    handle.write(json.dumps({"id": "long", "text": long_text}, ensure_ascii=False) + "\n")
PY

failed=0
script -qec "'$accord' extract --input jsonl --jobs 1 '$work/input.jsonl' > '$work/tty.json'" "$work/terminal.log" > /dev/null
"$accord" extract --input jsonl --jobs 1 "$work/input.jsonl" > "$work/piped.json" 2> "$work/piped.err"

draws=$(tr '\r' '\n' < "$work/terminal.log" | grep -cE '^[0-9]+ documents  [0-9.]+ MB  [0-9.]+ MB/s')
if [ "$draws" -ge 2 ] && grep -q "ETA [0-9]*:[0-9][0-9]" "$work/terminal.log"; then
    echo "progress: $draws redraws on a terminal, with MB/s and ETA"
else
    echo "FAIL progress: $draws redraws on a terminal, or no ETA:"; tr '\r' '\n' < "$work/terminal.log" | head -5
    failed=1
fi
if [ -s "$work/piped.err" ]; then
    echo "FAIL progress: standard error is not empty when piped:"; head -3 "$work/piped.err"; failed=1
else
    echo "progress: silent when piped"
fi
if ! cmp -s "$work/tty.json" "$work/piped.json" || [ "$(wc -l < "$work/piped.json")" -ne 2501 ]; then
    echo "FAIL progress: the results differ between the two runs, or are not one line per document"; failed=1
fi
exit $failed

#!/usr/bin/env bash
# Awkward text through the real CLI: invalid UTF-8 in a file, on stdin and inside a JSONL line,
# NUL and control characters, CRLF, lone combining marks, emoji and ZWJ, right-to-left text,
# an empty file, whitespace only, a megabyte without spaces and a token repeated 20,000 times.
# Each must exit 0 with one JSON object per document whose spans select exactly their text in
# the decoded input (invalid bytes decode to U+FFFD), with consistent scalar offsets.
# Usage: bash Tests/cli/text-inputs.sh [PATH/TO/accord]
set -uo pipefail
cd "$(dirname "$0")/../.."
accord=${1:-.build/debug/accord}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
cases = {
    "invalid-utf8.txt": "Nhật Bản và Ấn Độ nhất trí".encode() + b"\xff\xfe\xc3" + " hợp tác năng lượng.".encode(),
    "controls.txt": "Việt Nam\x00 và\x07 Hoa Kỳ\x1b ký kết bản ghi nhớ.".encode(),
    "crlf.txt": "Ngày 7/9, Nhật Bản và Ấn Độ nhất trí.\r\nHai bên cam kết khoản vay 5.000 tỷ Yen.\r\n".encode(),
    "marks-emoji-rtl.txt": "\u0301\u0300 Nhật Bản 👨‍👩‍👧 và Ấn Độ 🇻🇳 מדינת ישראל و السعودية nhất trí hợp tác y tế.".encode(),
    "nfd.txt": "Nha\u0323\u0302t Ba\u0309n va\u0300 A\u0302\u0301n \u0110o\u0323\u0302 nha\u0302\u0301t tri\u0301.".encode(),
    "empty.txt": b"",
    "whitespace.txt": b" \t\n\r\n  \xc2\xa0\n",
    "no-spaces.txt": ("Nhật" * 250000).encode(),
    "repeated.txt": ("Nhật Bản " * 20000).encode(),   # the bench repeats a token a million times in release
    # More results than --max-results 50 allows: the rest are dropped with an ACC504 warning.
    "many-results.txt": ("Nhật Bản và Ấn Độ nhất trí hợp tác. " * 40).encode(),
}
for name, data in cases.items():
    with open(os.path.join(work, name), "wb") as handle:
        handle.write(data)
# A document longer than a JSONL line is read whole (256 KB): streamed through the record
# reader, with the id after the text, another key, escapes and invalid bytes, between two short
# records; the same text as a file; and a long line that is not JSON.
sentences = ["Ngày 7/9, Nhật Bản và Ấn Độ nhất trí hợp tác về năng lượng sạch.", "Hai bên cam kết khoản vay 5.000 tỷ Yen.",
             'Bộ trưởng nói "hợp tác y tế" là ưu tiên\tchung.', "Việt Nam và Hoa Kỳ ký bản ghi nhớ về đường sắt cao tốc."]
long_text = "\n".join(f"Đoạn {n}: " + " ".join(sentences[(n + k) % 4] for k in range(3)) for n in range(3000))
long_bytes = long_text.encode().replace("Yen.".encode(), b"Yen\xff.", 5)
with open(os.path.join(work, "long.txt"), "wb") as handle:
    handle.write(long_bytes)
escaped = json.dumps(long_text, ensure_ascii=False).encode().replace("Yen.".encode(), b"Yen\xff.", 5)
with open(os.path.join(work, "long.jsonl"), "wb") as handle:
    handle.write(json.dumps({"id": "before", "text": sentences[0]}).encode() + b"\n")
    handle.write(b'{"text": ' + escaped + b', "source": {"kind": ["long", 1, null]}, "id": "long"}\n')
    handle.write(json.dumps({"id": "after", "text": sentences[1]}).encode() + b"\n")
with open(os.path.join(work, "long-broken.jsonl"), "wb") as handle:
    handle.write(b'{"id": "broken", "text": ' + escaped + b"\n")
with open(os.path.join(work, "lines.jsonl"), "wb") as handle:
    handle.write(b'{"id": "bad-bytes", "text": "Nh\xe1\xba\xadt B\xe1\xba\xa3n \xff v\xc3\xa0 \xe1\xba\xa4n \xc4\x90\xe1\xbb\x99 nh\xe1\xba\xa5t tr\xc3\xad"}\n')
    handle.write(json.dumps({"id": "escaped", "text": "Nhật Bản\u0000 và Ấn Độ\r\n nhất trí"}).encode() + b"\n")
PY

check() {   # check NAME INPUT_FILE OUTPUT_FILE [jsonl]
    python3 - "$@" <<'PY'
import json, sys
name, source, output = sys.argv[1], sys.argv[2], sys.argv[3]
jsonl = len(sys.argv) > 4
raw = open(source, "rb").read()
texts = []
if jsonl:
    for line in raw.decode("utf-8", errors="replace").splitlines():
        texts.append(json.loads(line)["text"])
else:
    texts.append(raw.decode("utf-8", errors="replace"))
lines = open(output, encoding="utf-8").read().splitlines()
if len(lines) != len(texts):
    sys.exit(f"{name}: {len(lines)} output lines for {len(texts)} documents")
spans = 0
for text, line in zip(texts, lines):
    document = json.loads(line)
    if "error" in document:
        sys.exit(f"{name}: error record {document['error']}")
    scalars = list(text)   # Python str indexes by scalar, as Accord's offsets count
    for key in ("parties", "forums", "cooperations", "agreements", "amounts", "dates", "officials", "matches"):
        for item in document[key]:
            spans += 1
            start, end = item["start"], item["end"]
            if not (0 <= start < end <= len(scalars)) or "".join(scalars[start:end]) != item["text"]:
                sys.exit(f"{name}: {key} span {start}..<{end} does not select {item['text']!r}")
print(f"{name}: ok ({spans} spans checked)")
PY
}

failed=0
run() {   # run NAME EXPECTED_EXIT INPUT [accord arguments...]
    local name=$1 expected=$2 input=$3
    shift 3
    "$accord" extract "$@" > "$work/out" 2> "$work/err"
    local status=$?
    if [ "$status" -ne "$expected" ]; then
        echo "FAIL $name: exit $status, expected $expected"; head -5 "$work/err"; failed=$((failed + 1)); return
    fi
    if [ "$status" -ge 128 ]; then echo "FAIL $name: killed by a signal"; failed=$((failed + 1)); return; fi
    check "$name" "$input" "$work/out" ${JSONL:+jsonl} || failed=$((failed + 1))
    cp "$work/out" "$work/out.$name"
    cp "$work/err" "$work/err.$name"
}

for file in invalid-utf8 controls crlf marks-emoji-rtl nfd empty whitespace no-spaces repeated; do
    run "$file" 0 "$work/$file.txt" "$work/$file.txt"
done
# The results limit: a warning (compiler-style on stderr, and in the JSON), not an error.
run many-results 0 "$work/many-results.txt" --max-results 50 "$work/many-results.txt"
grep -q "many-results.txt:1:[0-9]*: warning: .*\[ACC504\]" "$work/err.many-results" \
    && grep -q '"warnings":\[{"code":"ACC504"' "$work/out.many-results" \
    && echo "many-results: ACC504 warning on stderr and in the JSON" \
    || { echo "FAIL many-results: no ACC504 warning"; cat "$work/err.many-results"; failed=$((failed + 1)); }
# Standard input, invalid bytes included.
"$accord" extract < "$work/invalid-utf8.txt" > "$work/out" 2> "$work/err" \
    && check "stdin" "$work/invalid-utf8.txt" "$work/out" || { echo "FAIL stdin"; failed=$((failed + 1)); }
JSONL=1 run "jsonl with invalid bytes and escapes" 0 "$work/lines.jsonl" --input jsonl "$work/lines.jsonl"
# A long record between short ones, and the same text as a file: the same results, in input order.
JSONL=1 run long-jsonl 0 "$work/long.jsonl" --input jsonl "$work/long.jsonl"
run long-text 0 "$work/long.txt" "$work/long.txt"
python3 - "$work/out.long-jsonl" "$work/out.long-text" <<'PY' || failed=$((failed + 1))
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
whole = json.loads(open(sys.argv[2], encoding="utf-8").read())
if [record["id"] for record in records] != ["before", "long", "after"]:
    sys.exit(f"long-jsonl: records out of order: {[record.get('id') for record in records]}")
streamed = records[1]
del streamed["id"]
if streamed != whole:
    sys.exit("long-jsonl: the long record's results differ from the same text read as a file")
if len(whole["parties"]) < 3000:
    sys.exit(f"long-jsonl: only {len(whole['parties'])} parties in 3,000 paragraphs that each name two")
print(f"long-jsonl: the record's {sum(len(v) for v in whole.values() if isinstance(v, list))} results equal the file's")
PY
# With one job and with three (batches on worker threads, the long record streamed on this
# thread between them): the same bytes.
"$accord" extract --input jsonl --jobs 1 "$work/long.jsonl" > "$work/out.jobs1" 2> /dev/null
"$accord" extract --input jsonl --jobs 3 "$work/long.jsonl" > "$work/out.jobs3" 2> /dev/null
if [ -s "$work/out.jobs1" ] && cmp -s "$work/out.jobs1" "$work/out.jobs3"; then
    echo "long-jsonl: --jobs 1 and --jobs 3 give the same bytes"
else
    echo "FAIL long-jsonl: --jobs 3 differs from --jobs 1"; failed=$((failed + 1))
fi
# A long line that is not JSON: an error record and exit 1, as for a short one.
"$accord" extract --input jsonl "$work/long-broken.jsonl" > "$work/out" 2> "$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q '"code":"ACC601"' "$work/out" && grep -q "long-broken.jsonl:1:1: error: line 1 is not valid JSON" "$work/err"; then
    echo "long-broken: ACC601 error record and exit 1"
else
    echo "FAIL long-broken: exit $status"; head -3 "$work/out" | cut -c1-200; head -3 "$work/err"; failed=$((failed + 1))
fi
# Nowhere to keep a long document's results: an ACC101 error naming the directory, an error
# record in the document's place, the other records still written, and exit 1.
TMPDIR="$work/missing" "$accord" extract --input jsonl "$work/long.jsonl" > "$work/out" 2> "$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q "long.jsonl:2:1: error: the document's results cannot be kept: cannot make a temporary file in $work/missing" "$work/err" \
    && [ "$(grep -c '"code":"ACC101"' "$work/out")" -eq 1 ] && [ "$(wc -l < "$work/out")" -eq 3 ]; then
    echo "no temporary directory: ACC101 error record for the long document, the others written, exit 1"
else
    echo "FAIL no temporary directory: exit $status"; cut -c1-200 "$work/out"; head -3 "$work/err"; failed=$((failed + 1))
fi

if [ "$failed" -ne 0 ]; then echo "text inputs: $failed failed"; exit 1; fi
echo "text inputs: all passed"

#!/usr/bin/env bash
# `accord render` in a real browser: renders the example articles (Examples/texts) to one HTML
# report, loads it in headless Chromium, and checks
#   - the screenshot is a real 1280x2000 PNG showing the highlight colours of parties, forums,
#     areas, agreements, amounts and dates;
#   - the DOM Chromium built (--dump-dom) has, per document, exactly the results `accord extract`
#     finds (the parties and forums really in that text, one mark per agreement, amount and date),
#     the text itself unchanged, the legend, and one agreements-table row per agreement;
#   - the page refers to nothing outside itself, the same input gives the same bytes, and bad
#     input (a missing file, invalid UTF-8, an unwritable output) is a coded error with no report.
# Skips (exit 0) when Chromium is not installed: `apt-get install chromium`.
# usage: check-render.sh PATH/TO/accord [DIR to keep report.html and report.png in]
set -uo pipefail
cd "$(dirname "$0")/../.."
accord=${1:?usage: check-render.sh PATH/TO/accord [KEEP_DIR]}
keep=${2:-}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render: skipped, Chromium is not installed (apt-get install chromium)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
texts=(Examples/texts/mekong-ganga-meeting.txt Examples/texts/japan-australia-hydrogen.txt Examples/texts/vn-kr-energy-labour.txt)

# The report, twice (the bytes must not change), and the facts extract finds, to compare with.
"$accord" render "${texts[@]}" -o "$work/report.html" 2> "$work/err" || fail "render exited $?: $(head -3 "$work/err")"
"$accord" render "${texts[@]}" > "$work/again.html" 2> /dev/null
cmp -s "$work/report.html" "$work/again.html" || fail "render -o FILE and render to standard output differ, or the bytes are not stable"
"$accord" extract "${texts[@]}" > "$work/extract.jsonl" || fail "extract exited $?"
for reference in 'http://' 'https://' 'src=' 'url(' '@import' '<script' '<link'; do
  if grep -qF "$reference" "$work/report.html"; then fail "the report refers outside itself: $reference"; fi
done

# Bad input: a coded error, exit 1, and no report written.
check_error() {   # name, expected code, accord render arguments...
  local name=$1 code=$2
  shift 2
  rm -f "$work/bad.html"
  "$accord" render "$@" -o "$work/bad.html" > /dev/null 2> "$work/err"
  local status=$?
  if [ "$status" -ne 1 ] || ! grep -q "\[$code\]" "$work/err"; then
    fail "$name: exit $status, expected 1 with $code; got: $(head -c 300 "$work/err")"
  elif [ -e "$work/bad.html" ]; then
    fail "$name: a report was written despite the error"
  fi
}
printf 'Vi\xeat Nam v\xe0 Nh\xe1t B\xe1n\n' > "$work/latin1.txt"
check_error "missing file" ACC101 "${texts[0]}" "$work/no-such-file.txt"
check_error "a directory" ACC101 "$work"
check_error "invalid UTF-8" ACC102 "${texts[0]}" "$work/latin1.txt"
printf '{"id": "a", "text": "Việt Nam"}\n{"id": "b", "text": \n' > "$work/bad.jsonl"
check_error "a directory as JSONL" ACC101 --input jsonl "$work"
check_error "a malformed JSONL line" ACC601 --input jsonl "$work/bad.jsonl"
"$accord" render "${texts[0]}" -o "$work/no-such-dir/report.html" > /dev/null 2> "$work/err"
status=$?
{ [ "$status" -eq 1 ] && grep -q '\[ACC101\]' "$work/err"; } || fail "unwritable output: exit $status, expected 1 with ACC101"

# The browser: a screenshot and the DOM it built.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$work/report.png" \
  --window-size=1280,2000 "file://$work/report.html" > "$work/chromium.log" 2>&1 \
  || fail "chromium --screenshot exited $?: $(tail -3 "$work/chromium.log")"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$work/report.html" \
  > "$work/dom.html" 2> "$work/chromium.log" \
  || fail "chromium --dump-dom exited $?: $(tail -3 "$work/chromium.log")"

python3 - "$work" "${texts[@]}" <<'PY' || failed=$((failed + 1))
import json, os, struct, sys, zlib
from html.parser import HTMLParser

work, texts = sys.argv[1], sys.argv[2:]
problems = []

# The screenshot: a PNG of the window's size whose pixels include each kind's background colour.
colours = {"party": (0xbf, 0xdb, 0xfe), "forum": (0xe9, 0xd5, 0xff), "area": (0xbb, 0xf7, 0xd0),
           "agreement": (0xfe, 0xd7, 0xaa), "amount": (0xfe, 0xf0, 0x8a), "date": (0xfe, 0xcd, 0xd3)}
png_path = os.path.join(work, "report.png")
data = open(png_path, "rb").read() if os.path.exists(png_path) else b""
if not data.startswith(b"\x89PNG\r\n\x1a\n"):
    problems.append("the screenshot is missing or not a PNG")
else:
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    if (width, height) != (1280, 2000):
        problems.append(f"the screenshot is {width}x{height}, expected 1280x2000")
    if len(data) < 50_000:
        problems.append(f"the screenshot is only {len(data)} bytes: a blank page?")
    if depth != 8 or colour_type not in (2, 6) or interlace:
        problems.append(f"unexpected PNG format (depth {depth}, colour type {colour_type}, interlace {interlace})")
    else:
        channels = 3 if colour_type == 2 else 4
        idat, offset = b"", 8
        while offset < len(data):
            length, kind = struct.unpack(">I4s", data[offset:offset + 8])
            if kind == b"IDAT":
                idat += data[offset + 8:offset + 8 + length]
            offset += 12 + length
        raw, stride, seen, previous = zlib.decompress(idat), width * channels, set(), bytearray(width * channels)
        for row in range(height):
            start = row * (stride + 1)
            kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                if kind == 1: line[i] = (line[i] + a) & 255
                elif kind == 2: line[i] = (line[i] + b) & 255
                elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                elif kind == 4:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            previous = line
            seen.update(bytes(line[i:i + 3]) for i in range(0, stride, channels))
        for name, rgb in colours.items():
            if bytes(rgb) not in seen:
                problems.append(f"the screenshot shows no {name} highlight colour #{bytes(rgb).hex()}")
        print(f"render: screenshot {width}x{height}, {len(data)} bytes, {len(seen)} colours, all six highlight colours present"
              if not problems else "render: screenshot checked")

# The DOM Chromium built from the page.
class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.documents, self.legend, self.stack, self.document = [], [], [], None
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "article" and "document" in classes:
            self.document = {"title": attrs.get("data-title"), "marks": [], "rows": [], "text": [], "in_text": 0}
            self.documents.append(self.document)
        if tag == "li" and "data-legend" in attrs:
            self.legend.append(attrs["data-legend"])
        if self.document is None:
            return
        if tag == "div" and "text" in classes:
            self.document["in_text"] = 1
        elif self.document["in_text"] and tag == "div":
            self.document["in_text"] += 1
        if tag == "mark" and "hl" in classes:
            self.document["marks"].append(attrs)
        if tag == "tr" and "data-agreement" in attrs:
            self.document["rows"].append(attrs)
    def handle_endtag(self, tag):
        if tag == "article":
            self.document = None
        elif tag == "div" and self.document is not None and self.document["in_text"]:
            self.document["in_text"] -= 1
    def handle_data(self, data):
        if self.document is not None and self.document["in_text"]:
            self.document["text"].append(data)

page = Page()
page.feed(open(os.path.join(work, "dom.html"), encoding="utf-8").read())
extracted = [json.loads(line) for line in open(os.path.join(work, "extract.jsonl"), encoding="utf-8")]
if page.legend != ["party", "forum", "area", "agreement", "amount", "date", "official", "match"]:
    problems.append(f"the legend lists {page.legend}")
if len(page.documents) != len(texts):
    problems.append(f"the page shows {len(page.documents)} documents, expected {len(texts)}")
expected_parties = {"mekong-ganga-meeting.txt": {"IN", "KH", "LA", "MM", "TH", "VN", "ASEAN"},
                    "japan-australia-hydrogen.txt": {"JP", "AU"}, "vn-kr-energy-labour.txt": {"VN", "KR"}}
expected_forums = {"mekong-ganga-meeting.txt": {"amm", "mgc"}, "japan-australia-hydrogen.txt": {"quad"},
                   "vn-kr-energy-labour.txt": {"mekong-korea"}}
json_keys = {"party": "parties", "forum": "forums", "area": "cooperations", "agreement": "agreements",
             "amount": "amounts", "date": "dates", "official": "officials", "match": "matches"}
for path, document, facts in zip(texts, page.documents, extracted):
    name = os.path.basename(path)
    if document["title"] != path:
        problems.append(f"{name}: the document is titled {document['title']!r}")
    text = open(path, encoding="utf-8").read()
    if "".join(document["text"]) != text:
        problems.append(f"{name}: the highlighted text differs from the file")
    by_kind = {}
    for mark in document["marks"]:
        by_kind.setdefault(mark["data-kind"], {})[mark["data-result"]] = mark
    for kind, key in json_keys.items():
        marks = by_kind.get(kind, {})
        if len(marks) != len(facts[key]):
            problems.append(f"{name}: {len(marks)} {kind} results marked, extract finds {len(facts[key])}")
        for mark in marks.values():
            if not all(mark.get(a) for a in ("data-rule", "data-pack", "data-pack-version", "title")):
                problems.append(f"{name}: a {kind} mark lacks its rule, pack or hover: {mark}")
    parties = {m["data-id"] for m in by_kind.get("party", {}).values()}
    if parties != expected_parties[name] or parties != {p["id"] for p in facts["parties"]}:
        problems.append(f"{name}: party marks {sorted(parties)}, expected {sorted(expected_parties[name])}")
    forums = {m["data-id"] for m in by_kind.get("forum", {}).values()}
    if forums != expected_forums[name]:
        problems.append(f"{name}: forum marks {sorted(forums)}, expected {sorted(expected_forums[name])}")
    for kind in ("agreement", "amount", "date", "area"):
        if not by_kind.get(kind):
            problems.append(f"{name}: no {kind} is highlighted")
    rows = [(r["data-agreement"], r["data-agreement-kind"], r["data-status"]) for r in document["rows"]]
    wanted = [(f"A{i + 1}", a["kind"], a["status"]) for i, a in enumerate(facts["agreements"])]
    if rows != wanted:
        problems.append(f"{name}: agreement table rows {rows}, expected {wanted}")
    print(f"render: {name}: " + ", ".join(f"{len(by_kind.get(k, {}))} {k}" for k in json_keys) + f", {len(rows)} table rows")

for problem in problems:
    print("FAIL " + problem)
sys.exit(1 if problems else 0)
PY

if [ -n "$keep" ]; then
  mkdir -p "$keep" && cp "$work/report.html" "$work/report.png" "$keep/" && echo "render: kept report.html and report.png in $keep"
fi
if [ "$failed" -eq 0 ]; then echo "render: all checks passed"; else echo "render: $failed failed"; fi
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Guards the public API of the Accord module: the public symbols, rendered one per line from the
# compiler's symbol graph, must equal the committed baseline (Tests/api/Accord.api.txt).
# A deliberate change: run `bash Tests/api/check-api.sh --update` and add a CHANGELOG.md entry.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product accord >/dev/null
bin=$(swift build --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift-symbolgraph-extract -module-name Accord -I "$bin/Modules" -I Sources/CYAML \
  -target "$(uname -m)-unknown-linux-gnu" -minimum-access-level public -output-dir "$work" >/dev/null
python3 - "$work/Accord.symbols.json" > "$work/api.txt" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1]))
lines = set()
for symbol in graph["symbols"]:
    if symbol.get("accessLevel") not in ("public", "open"):
        continue
    path = ".".join(symbol["pathComponents"])
    declaration = "".join(f["spelling"] for f in symbol.get("declarationFragments", []))
    lines.add(f'{symbol["kind"]["identifier"]} {path}: {" ".join(declaration.split())}')
print("\n".join(sorted(lines)))
PY
baseline=Tests/api/Accord.api.txt
if [ "${1:-}" = "--update" ]; then
  cp "$work/api.txt" "$baseline"
  echo "API baseline updated: $(wc -l < "$baseline") public symbols; add a CHANGELOG.md entry"
  exit 0
fi
if diff -u "$baseline" "$work/api.txt" > "$work/api.diff"; then
  echo "public API unchanged: $(wc -l < "$baseline") symbols"
else
  cat "$work/api.diff"
  echo "error: the public API of Accord changed; if that is deliberate, run bash Tests/api/check-api.sh --update and add a CHANGELOG.md entry"
  exit 1
fi

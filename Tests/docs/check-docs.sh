#!/usr/bin/env bash
# Checks the Accord module's documentation (the DocC catalog in Sources/Accord/Accord.docc and
# the `///` comments of the public API):
#
# 1. `swift package generate-documentation --target Accord --warnings-as-errors` must succeed
#    and print no warning: a broken ``symbol link`` in an article or a comment, a parameter
#    missing from `- Parameters:`, a topic group naming something that does not exist… all fail.
#    Every top-level public symbol must also be in a `## Topics` group of Accord.md (the landing
#    page), not left to DocC's generated "Structures"/"Protocols" groups.
# 2. Every public declaration of the module must have a `///` comment of its own. The rule,
#    applied to the compiler's symbol graph (public and open symbols of module Accord, including
#    those declared in extensions of other modules' types):
#    - a symbol with a source location (declared in Sources/Accord) needs a doc comment written
#      in Accord; a comment the compiler inherited from a protocol in another module (Swift,
#      Foundation) does not count, so `public var description: String` needs its own `///`;
#    - symbols without a source location are compiler-synthesized (`!=`, `hashValue`,
#      `hash(into:)`, `<=`/`...` from Comparable, RawRepresentable's Codable members,
#      `localizedDescription`, implicit `init(from:)`) and are skipped: they carry the
#      protocol's documentation and there is no line to write one on;
#    - extension blocks themselves (`extension CodingUserInfoKey`) are skipped; their members are not.
#    Undocumented symbols are printed by name with their file and line, so a new public
#    declaration added without a comment is reported as what to document.
#
# Usage: bash Tests/docs/check-docs.sh   (from anywhere; needs swift and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The DocC build. The plugin passes flags it does not know (`--warnings-as-errors`) on to docc.
status=0
swift package generate-documentation --target Accord --warnings-as-errors > "$work/docc.log" 2>&1 || status=$?
# Keep only what docc said (the part after the build and symbol extraction) for the warning scan.
sed -n "/Building documentation for 'Accord'/,\$p" "$work/docc.log" > "$work/docc-only.log"
if [ "$status" -ne 0 ] || grep -Eq "(^|[^a-z])(warning|error):" "$work/docc-only.log"; then
  cat "$work/docc.log"
  echo "error: the Accord documentation does not build cleanly (exit status $status); fix the warnings above"
  exit 1
fi
archive=$(grep -o '/[^ ]*Accord\.doccarchive' "$work/docc.log" | tail -1 || true)
echo "docs: Accord documentation builds without warnings${archive:+ ($archive)}"

# 1b. Every top-level public symbol is placed in a `## Topics` group of Accord.md: DocC files
#     the ones nobody placed under a generated group ("Structures", "Protocols"…) without a warning.
python3 - "${archive:-.build/plugins/Swift-DocC/outputs/Accord.doccarchive}" <<'PY'
import json, os, sys
page = json.load(open(os.path.join(sys.argv[1], "data/documentation/accord.json")))
loose = [identifier.rsplit("/", 1)[-1]
         for section in page.get("topicSections", []) if section.get("generated")
         for identifier in section["identifiers"]]
if loose:
    print("\n".join(f"  {name}" for name in loose))
    print(f"error: {len(loose)} public symbol(s) are in no topic group of Sources/Accord/Accord.docc/Accord.md; "
          "add each to the group where it belongs")
    sys.exit(1)
print("docs: every top-level symbol is in a topic group of Accord.md")
PY

# 2. A doc comment on every public declaration, from the module's symbol graph.
swift build --target Accord > /dev/null
bin=$(swift build --show-bin-path)
swift-symbolgraph-extract -module-name Accord -I "$bin/Modules" -I Sources/CYAML \
  -target "$(uname -m)-unknown-linux-gnu" -minimum-access-level public -output-dir "$work" > /dev/null
python3 - "$work" <<'PY'
import glob, json, os, sys

undocumented, checked = [], 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "Accord*.symbols.json"))):
    graph = json.load(open(path))
    for symbol in graph["symbols"]:
        if symbol.get("accessLevel") not in ("public", "open"):
            continue
        if symbol["kind"]["identifier"] == "swift.extension":
            continue  # the extension block; its members are checked
        location = symbol.get("location")
        if location is None:
            continue  # compiler-synthesized: documented by the protocol it comes from
        checked += 1
        comment = symbol.get("docComment") or {}
        own = comment.get("module") in (None, "Accord")
        text = "".join(line.get("text", "") for line in comment.get("lines", [])).strip()
        if not (own and text):
            name = ".".join(symbol["pathComponents"])
            file = location["uri"].split("/Sources/", 1)[-1]
            line = location["position"]["line"] + 1
            undocumented.append(f'  Sources/{file}:{line}: {symbol["kind"]["displayName"].lower()} {name}')

if undocumented:
    print("\n".join(sorted(set(undocumented))))
    print(f"error: {len(set(undocumented))} public declaration(s) of Accord have no /// doc comment; "
          "add a one-line summary (and - Parameters:/- Returns:/- Throws: on functions)")
    sys.exit(1)
print(f"docs: all {checked} public declarations of Accord have a doc comment")
PY

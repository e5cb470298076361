#!/usr/bin/env bash
# The inputs a suspicious user tries first, each through the real CLI: every one must give a
# coded error (ACCnnn) on standard error and exit 1 — never a crash or a signal.
# usage: bad-inputs.sh PATH/TO/accord
set -uo pipefail
accord=${1:?usage: bad-inputs.sh PATH/TO/accord}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header=$'accord: 1\npack: p\nversion: 0.1.0\nlanguage: vi\ndescription: d\n'
passed=0
failed=0

check_command() {   # name, expected code, accord arguments…
  local name=$1 code=$2
  shift 2
  local output status
  output=$("$accord" "$@" 2>&1 </dev/null)
  status=$?
  if [ "$status" -eq 1 ] && grep -q "\[$code\]" <<<"$output"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $status, expected 1 with $code; got: $(head -c 300 <<<"$output")"
  fi
}

check() {   # name, expected code, pack file: `accord lint` on it
  check_command "$1" "$2" lint "$3"
}

printf '%srules:\n\t- id: a\n' "$header" > "$work/tab.yaml";                       check "tab indentation" ACC103 "$work/tab.yaml"
printf '%sdescription2: "abc\n' "$header" > "$work/quote.yaml";                    check "unclosed quote" ACC103 "$work/quote.yaml"
printf '%simports: [a, b\n' "$header" > "$work/bracket.yaml";                      check "unclosed bracket" ACC103 "$work/bracket.yaml"
python3 - "$work/laughs.yaml" <<'PY'
import sys
lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
for i in range(1, 10):
    lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
check "billion laughs" ACC106 "$work/laughs.yaml"
python3 -c "print('[' * 100000)" > "$work/deep.yaml";                              check "100,000-deep nesting" ACC502 "$work/deep.yaml"
python3 -c "print('a: \"' + 'x' * (64 << 20) + '\"')" > "$work/huge.yaml";        check "64 MB scalar" ACC501 "$work/huge.yaml"
printf 'accord: 1\npack: caf\xe9\n' > "$work/latin1.yaml";                          check "Latin-1 bytes" ACC102 "$work/latin1.yaml"
head -c 4096 /dev/urandom > "$work/garbage.yaml";                                   check "binary garbage" ACC102 "$work/garbage.yaml"
: > "$work/empty.yaml";                                                             check "empty file" ACC104 "$work/empty.yaml"
printf -- '- a\n- b\n' > "$work/list.yaml";                                         check "top-level list" ACC201 "$work/list.yaml"
printf '%s---\na: 1\n' "$header" > "$work/multi.yaml";                              check "multiple documents" ACC105 "$work/multi.yaml"
printf '%simports: [*nowhere]\n' "$header" > "$work/alias.yaml";                    check "undefined alias" ACC106 "$work/alias.yaml"
printf '%srulez: []\n' "$header" > "$work/unknown.yaml";                            check "unknown key" ACC202 "$work/unknown.yaml"
printf '%srules:\n  - {id: a, kind: x, pattern: b}\n  - {id: a, kind: x, pattern: c}\n' "$header" > "$work/dup.yaml"
check "duplicate rule ids" ACC206 "$work/dup.yaml"
mkdir -p "$work/cycle"
printf 'accord: 1\npack: c1\nversion: 0.1.0\nlanguage: vi\ndescription: d\nimports: [c2]\n' > "$work/cycle/c1.yaml"
printf 'accord: 1\npack: c2\nversion: 0.1.0\nlanguage: vi\ndescription: d\nimports: [c1]\n' > "$work/cycle/c2.yaml"
check "import cycle" ACC404 "$work/cycle"
printf '%srules:\n  - {id: a, kind: x, pattern: "%%nowhere"}\n' "$header" > "$work/lexicon.yaml"
check "missing lexicon" ACC401 "$work/lexicon.yaml"
printf '%srules:\n  - {id: a, kind: x, pattern: "/[a-/"}\n' "$header" > "$work/regex.yaml"
check "invalid regex" ACC304 "$work/regex.yaml"
printf '%srules:\n  - {id: a, kind: x, pattern: "(a b"}\n' "$header" > "$work/paren.yaml"
check "unbalanced bracket" ACC302 "$work/paren.yaml"

# Inputs to the other commands: a directory where a file belongs (it crashed `extract --input jsonl`
# once: Foundation's FileHandle.readData traps on EISDIR), a rule that does not exist, a missing file.
mkdir -p "$work/folder"
check_command "a directory as JSONL input" ACC101 extract --input jsonl "$work/folder"
check_command "a directory as a text file" ACC101 extract "$work/folder"
check_command "a directory to explain" ACC101 explain "$work/folder"
check_command "an unknown rule to explain" ACC402 explain --rule no-such-rule "Nhật Bản và Ấn Độ"
check_command "a missing file to render" ACC101 render "$work/none.txt" -o "$work/report.html"

echo "bad inputs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

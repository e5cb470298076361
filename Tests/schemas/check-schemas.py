#!/usr/bin/env python3
"""Checks the JSON Schemas in Schemas/ against real packs and real `accord extract` output.

usage (from the package root):
    python3 Tests/schemas/check-schemas.py [--verbose] [PATH/TO/accord]   # default .build/release/accord

--verbose also prints why each bad pack and each bad output line was rejected.

1. Every shipped pack (Rules/**/*.yaml, Examples/packs/*.yaml, the test fixture mini-pack.yaml)
   must validate against Schemas/accord-pack.schema.json.
2. Edge-case packs written below, which `accord lint` accepts, must validate too; deliberately
   bad packs (one defect each) must fail the schema AND `accord lint`, so the schema is neither
   looser nor stricter than the engine on these cases.
3. `accord extract --input jsonl` output on a generated corpus (vi and en, 100 documents each),
   on a JSONL file with malformed lines, on Examples/texts/*.txt and on a custom-kind pack must
   validate against Schemas/accord-output.schema.json line by line.
4. Mutated output lines (a dropped key, a wrong type, an unknown area, ...) must fail.

YAML is read the way yaml-language-server reads it (YAML 1.2 core schema: `On`, `yes`, `NO`
stay strings, `2024-01-01` is no date), and structural rules the schema cannot express are
checked too: one document, no anchors or aliases, no duplicate keys, scalar keys.

Prints one summary line and exits 0 when everything holds, 1 on any failure, 2 on a setup
problem (a missing Python module, the accord binary or a schema file).
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"check-schemas: missing Python module: {error.name}", file=sys.stderr)
    print("install them with:  python3 -m pip install jsonschema pyyaml", file=sys.stderr)
    print("             or:  apt-get install -y python3-jsonschema python3-yaml", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PACK_SCHEMA = os.path.join(ROOT, "Schemas", "accord-pack.schema.json")
OUTPUT_SCHEMA = os.path.join(ROOT, "Schemas", "accord-output.schema.json")
MAKE_CORPUS = os.path.join(ROOT, "..", "shared", "bench", "make_corpus.py")
CORPUS_LINES = 100

failures = []
verbose = False


def fail(message):
    failures.append(message)
    print("FAIL " + message)


# MARK: YAML as yaml-language-server reads it

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CoreLoader(_Base):
    """A safe loader with the YAML 1.2 core schema; rejects duplicate and non-scalar keys."""


CoreLoader.yaml_implicit_resolvers = {}
for _tag, _regex, _first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     "-+0123456789."),
]:
    CoreLoader.add_implicit_resolver(_tag, re.compile(_regex), list(_first))


def _construct_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _construct_float(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def _construct_mapping(loader, node):
    result = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(None, None, "a mapping key is not a scalar", key_node.start_mark)
        key = key_node.value  # the key's text, as Accord and editors see it ("1000", "NO")
        if key in result:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


CoreLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
CoreLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
CoreLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
CoreLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def load_pack(text):
    """The pack as JSON data, or raises ValueError for what the schema cannot express."""
    try:
        for event in yaml.parse(text, Loader=CoreLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ValueError("anchors and aliases are not allowed (ACC106)")
        documents = list(yaml.load_all(text, Loader=CoreLoader))
    except yaml.YAMLError as error:
        raise ValueError(f"YAML: {error}".replace("\n", " ")) from None
    if len(documents) != 1:
        raise ValueError(f"a pack is one YAML document, found {len(documents)} (ACC104/ACC105)")
    return documents[0]


# MARK: Schemas

def load_validator(path):
    with open(path, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def closest(error):
    """Inside oneOf/anyOf, the error of the branch that came closest rather than "not valid under any":
    the deepest one, and on a tie one that says more than "wrong type" or "not this value"."""
    if not error.context:
        return error
    leaves = [closest(branch) for branch in error.context]
    weight = {"type": 0, "const": 1, "enum": 1}
    return max(leaves, key=lambda leaf: (len(leaf.absolute_path), weight.get(leaf.validator, 2)))


def problems(validator, instance, limit=3):
    """The first few schema errors, one line each, most specific first."""
    errors = [closest(error) for error in validator.iter_errors(instance)]
    errors.sort(key=lambda e: (-len(e.absolute_path), str(e.absolute_path)))
    lines = []
    for error in errors[:limit]:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        message = error.message if len(error.message) < 160 else error.message[:157] + "..."
        lines.append(f"{where}: {message}")
    return lines


# MARK: Packs

HEADER = "accord: 1\npack: schema-check\nversion: 0.1.0\nlanguage: vi\ndescription: A pack for the schema checker.\n"
LEXICON = "lexicons:\n  things:\n    entries:\n      a: [alpha]\n"


def pack(body, lexicon=True):
    return HEADER + (LEXICON if lexicon else "") + body


# Packs `accord lint` accepts, written in the less common forms the decoder allows.
EDGE_PACKS = {
    "minimal pack": HEADER,
    "accord as a quoted string": HEADER.replace("accord: 1", 'accord: "1"'),
    "single-string imports": (HEADER + "imports: schema-helper\n", "schema-helper"),
    "every option and cue": pack(
        "options: {case: sensitive, diacritics: insensitive, abbreviations: TP, terminators: ['|', '/']}\n"
        "cues: {negation: không, planned: [sẽ], collective: [hai bên], exclude: [hàng không], window: '5'}\n"),
    "lexicon entry forms": HEADER + (
        "lexicons:\n"
        "  mixed_names-2:\n"
        "    case: sensitive\n"
        "    diacritics: insensitive\n"
        "    entries:\n"
        "      single: Việt Nam\n"
        "      list: [Nhật Bản, On, yes, 2024, 1.5]\n"
        "      mapping: {phrases: Mỹ, case: insensitive, diacritics: significant}\n"
        "      \"1000000\": [triệu]\n"
        "      NO: [Na Uy]\n"
        "      -1: [hôm qua]\n"
        "    exclude: Việt Nam Cộng hòa\n"),
    "rule forms": pack(
        "rules:\n"
        "  - id: thing\n"
        "    kind: thing\n"
        "    pattern: 'id:%things'\n"
        "    priority: '-3'\n"
        "    set: {id: x, edition: 28, flag: true}\n"
        "    context:\n"
        "      before: '%things'\n"
        "      not_before: {pattern: '\"không\"', window: 2}\n"
        "      after: {pattern: '#num'}\n"
        "      not_after: '\"x\"'\n"
        "      sentence: '#any'\n"
        "      not_sentence: '\"y\"'\n"
        "      window: 0\n"
        "  - id: agree\n"
        "    kind: agreement\n"
        "    pattern: 'trigger:%things'\n"
        "    attach: {parties: context, areas: captured, forums: before, amounts: after, dates: sentence}\n"
        "  - id: days\n"
        "    kind: date\n"
        "    extractor: date\n"
        "  - id: money\n"
        "    kind: amount\n"
        "    extractor: money\n"
        "    options: {currencies: things, scales: things, approximate: things, numbers: things, ranges: things,"
        " decimal: point}\n"),
    "example forms": pack(
        "rules:\n"
        "  - {id: thing, kind: thing, pattern: 'id:%things'}\n"
        "examples:\n"
        "  - text: alpha\n"
        "    expect:\n"
        "      matches: [{kind: thing, id: a}]\n"
        "      parties: []\n"
        "      areas: energy\n"
        "      dates: []\n"
        "      forums: [g7, {id: amm, edition: '55'}]\n"
        "      agreements: []\n"
        "      amounts: []\n"
        "      officials: []\n"
        "  - text: beta\n"
        "    expect: nothing\n"
        "  - text: 2024\n"
        "    expect:\n"
        "      agreements: [{kind: signing, status: planned, parties: JP, areas: [energy], forums: [], amounts: 0}]\n"
        "      amounts: [{value: '1.5', currency: USD, approximate: yes}, {value: 5000}]\n"
        "      officials: [{title: prime-minister, name: Kishida, party: JP}]\n"
        "      matches: [{kind: thing}]\n"),
}

HELPER_PACK = HEADER.replace("pack: schema-check", "pack: schema-helper")

# Packs with one defect each: the schema and `accord lint` must both reject them.
BAD_PACKS = {
    "unknown top-level key": HEADER + "descripton: typo\n",
    "missing required key (pack)": HEADER.replace("pack: schema-check\n", ""),
    "unsupported accord version": HEADER.replace("accord: 1", "accord: 2"),
    "version is not semantic": HEADER.replace("version: 0.1.0", "version: '1.0'"),
    "upper-case pack id": HEADER.replace("pack: schema-check", "pack: Schema_Check"),
    "unknown key in options": HEADER + "options: {cases: sensitive}\n",
    "invalid case value": HEADER + "options: {case: lower}\n",
    "terminator with a space": HEADER + "options: {terminators: ['| |']}\n",
    "unknown cue key": HEADER + "cues: {negations: [không]}\n",
    "cue window out of range": HEADER + "cues: {window: 0}\n",
    "lexicons as a list": HEADER + "lexicons: [things]\n",
    "upper-case lexicon name": HEADER + "lexicons:\n  Things:\n    entries: {a: alpha}\n",
    "lexicon without entries": HEADER + "lexicons:\n  things:\n    exclude: [x]\n",
    "unknown lexicon key": HEADER + "lexicons:\n  things:\n    entries: {a: alpha}\n    excludes: [x]\n",
    "entries as a list": HEADER + "lexicons:\n  things:\n    entries: [alpha, beta]\n",
    "entry id with a space": HEADER + "lexicons:\n  things:\n    entries: {'a b': alpha}\n",
    "lexicon entry with an unknown key": HEADER + "lexicons:\n  things:\n    entries:\n      a: {phrases: [alpha], cases: sensitive}\n",
    "lexicon entry without phrases": HEADER + "lexicons:\n  things:\n    entries:\n      a: {case: sensitive}\n",
    "nested list of phrases": HEADER + "lexicons:\n  things:\n    entries:\n      a: [[alpha]]\n",
    "empty phrase": HEADER + "lexicons:\n  things:\n    entries:\n      a: ['  ']\n",
    "rules as a mapping": pack("rules: {id: a}\n"),
    "unknown rule key": pack("rules:\n  - {id: a, kind: thing, pattern: 'id:%things', prority: 1}\n"),
    "rule without kind": pack("rules:\n  - {id: a, pattern: 'id:%things'}\n"),
    "rule without id": pack("rules:\n  - {kind: thing, pattern: 'id:%things'}\n"),
    "rule id with a space": pack("rules:\n  - {id: 'party country', kind: thing, pattern: 'id:%things'}\n"),
    "upper-case kind": pack("rules:\n  - {id: a, kind: Thing, pattern: 'id:%things'}\n"),
    "wrong type for priority": pack("rules:\n  - {id: a, kind: thing, pattern: 'id:%things', priority: high}\n"),
    "priority out of range": pack("rules:\n  - {id: a, kind: thing, pattern: 'id:%things', priority: 5000}\n"),
    "neither pattern nor extractor": pack("rules:\n  - {id: a, kind: thing}\n"),
    "both pattern and extractor": pack("rules:\n  - {id: a, kind: date, pattern: 'id:%things', extractor: date}\n"),
    "options on a pattern rule": pack("rules:\n  - {id: a, kind: thing, pattern: 'id:%things', options: {x: y}}\n"),
    "pattern as a list": pack("rules:\n  - {id: a, kind: thing, pattern: ['id:%things']}\n"),
    "set as a list": pack("rules:\n  - {id: a, kind: thing, pattern: 'id:%things', set: [id]}\n"),
    "unknown context key": pack("rules:\n  - {id: a, kind: thing, pattern: 'id:%things', context: {not_befor: '%things'}}\n"),
    "context condition without pattern": pack(
        "rules:\n  - {id: a, kind: thing, pattern: 'id:%things', context: {before: {window: 2}}}\n"),
    "context window out of range": pack(
        "rules:\n  - {id: a, kind: thing, pattern: 'id:%things', context: {before: '%things', window: 500}}\n"),
    "attach on a party rule": pack("rules:\n  - {id: a, kind: party, pattern: 'id:%things', attach: {parties: before}}\n"),
    "attach.areas: context": pack(
        "rules:\n  - {id: a, kind: agreement, pattern: 'trigger:%things', attach: {areas: context}}\n"),
    "unknown attach key": pack(
        "rules:\n  - {id: a, kind: agreement, pattern: 'trigger:%things', attach: {party: before}}\n"),
    "money without currencies": pack("rules:\n  - {id: a, kind: amount, extractor: money}\n"),
    "unknown money option": pack(
        "rules:\n  - {id: a, kind: amount, extractor: money, options: {currencies: things, decimals: comma}}\n"),
    "invalid date order": pack("rules:\n  - {id: a, kind: date, extractor: date, options: {order: ymd}}\n"),
    "example without text": HEADER + "examples:\n  - expect: nothing\n",
    "expect: none": HEADER + "examples:\n  - {text: x, expect: none}\n",
    "unknown expect key": HEADER + "examples:\n  - {text: x, expect: {party: [JP]}}\n",
    "unknown example key": HEADER + "examples:\n  - {text: x, expect: nothing, note: y}\n",
    "expected forums as a scalar": HEADER + "examples:\n  - {text: x, expect: {forums: g7}}\n",
    "invalid expected status": HEADER + "examples:\n  - {text: x, expect: {agreements: [{kind: signing, status: done}]}}\n",
    "expected amount without value": HEADER + "examples:\n  - {text: x, expect: {amounts: [{currency: USD}]}}\n",
    "expected approximate: maybe": HEADER + "examples:\n  - {text: x, expect: {amounts: [{value: 5, approximate: maybe}]}}\n",
    "duplicate key (YAML)": HEADER + "description: again\n",
    "anchor and alias (YAML)": HEADER + "imports: &x [a]\nlexicons: *x\n",
}


def shipped_packs():
    paths = sorted(glob.glob(os.path.join(ROOT, "Rules", "**", "*.yaml"), recursive=True))
    paths += sorted(glob.glob(os.path.join(ROOT, "Examples", "packs", "*.yaml")))
    paths.append(os.path.join(ROOT, "Tests", "AccordTests", "Fixtures", "mini-pack.yaml"))
    return paths


def schema_accepts(validator, text):
    """(True, []) or (False, reasons)."""
    try:
        data = load_pack(text)
    except ValueError as error:
        return False, [str(error)]
    reasons = problems(validator, data)
    return not reasons, reasons


def lint(accord, files):
    run = subprocess.run([accord, "lint", *files], capture_output=True, text=True, timeout=60)
    return run.returncode, (run.stdout + run.stderr).strip()


def check_packs(validator, accord, work):
    valid = 0
    for path in shipped_packs():
        name = os.path.relpath(path, ROOT)
        if not os.path.exists(path):
            fail(f"pack {name}: file not found")
            continue
        with open(path, encoding="utf-8") as handle:
            ok, reasons = schema_accepts(validator, handle.read())
        if ok:
            valid += 1
        else:
            fail(f"pack {name} does not validate: " + " | ".join(reasons))

    helper = os.path.join(work, "schema-helper.yaml")
    with open(helper, "w", encoding="utf-8") as handle:
        handle.write(HELPER_PACK)
    edge_valid = 0
    for number, (name, case) in enumerate(EDGE_PACKS.items()):
        text, extra = (case if isinstance(case, tuple) else (case, None))
        path = os.path.join(work, f"edge-{number}.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        ok, reasons = schema_accepts(validator, text)
        status, output = lint(accord, [helper, path] if extra else [path])
        if not ok:
            fail(f"edge pack '{name}' does not validate: " + " | ".join(reasons))
        elif status != 0:
            fail(f"edge pack '{name}' validates but `accord lint` rejects it: {output[:300]}")
        else:
            edge_valid += 1

    rejected = 0
    for number, (name, text) in enumerate(BAD_PACKS.items()):
        path = os.path.join(work, f"bad-{number}.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        ok, reasons = schema_accepts(validator, text)
        status, output = lint(accord, [path])
        if verbose:
            codes = sorted(set(re.findall(r"\[(ACC\d+)\]", output)))
            print(f"bad pack '{name}': schema: {reasons[0] if reasons else 'accepted'}; lint: {', '.join(codes) or status}")
        if ok:
            fail(f"bad pack '{name}' validates against the pack schema")
        elif status == 0:
            fail(f"bad pack '{name}' fails the schema but `accord lint` accepts it: {output[:200]}")
        else:
            rejected += 1
    return valid, edge_valid, rejected


# MARK: Output

MALFORMED_JSONL = [
    '{"id": "ok-1", "text": "Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch."}',
    'this line is not JSON',
    '{"id": "no-text"}',
    '{"id": 42, "text": "Japan pledged $10 billion in development aid to Vietnam next year."}',
    '{"text": "a line without an id"}',
    '["not", "an", "object"]',
    '{"id": "two-texts", "text": "a", "text": "b"}',
    '{"id": 4.5, "text": "Ngày 7/9, hai bên ký bản ghi nhớ về hợp tác lao động trị giá khoảng 3-5 tỷ USD."}',
]

CUSTOM_KIND_TEXT = ("Các bên cam kết giải quyết tranh chấp theo Công ước Liên hợp quốc về Luật Biển năm 1982 "
                    "(UNCLOS 1982). Việt Nam đã phê chuẩn Hiệp định CPTPP.\n")

FALLBACK_TEXTS = [
    "Ngày 7/9, Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch tại AMM-55.",
    "Thủ tướng Nhật Bản Kishida Fumio cho biết Nhật Bản sẽ cung cấp khoản vay 5.000 tỷ Yen cho Việt Nam trong 5 năm tới.",
    "Japan and India agreed on Monday to deepen cooperation in clean energy at the G20 summit.",
    "Australia pledged about A$2 billion for infrastructure last month, Prime Minister Anthony Albanese said.",
]


def extract(accord, arguments, stdin=None):
    run = subprocess.run([accord, "extract", *arguments], input=stdin, capture_output=True, text=True, timeout=120)
    return run.returncode, run.stdout.splitlines(), run.stderr


def corpus(work, language):
    """The first CORPUS_LINES lines of a generated corpus, or a few built-in lines without the generator."""
    path = os.path.join(work, f"corpus-{language}.jsonl")
    lines = []
    if os.path.exists(MAKE_CORPUS):
        full = os.path.join(work, f"corpus-{language}-full.jsonl")
        run = subprocess.run([sys.executable, MAKE_CORPUS, "1", "--lang", language, "-o", full],
                             capture_output=True, text=True, timeout=120)
        if run.returncode == 0:
            with open(full, encoding="utf-8") as handle:
                lines = [line.rstrip("\n") for _, line in zip(range(CORPUS_LINES), handle)]
    if not lines:
        print(f"note: {MAKE_CORPUS} is not usable; using built-in {language} texts")
        lines = [json.dumps({"id": f"{language}-{n}", "text": text}, ensure_ascii=False)
                 for n, text in enumerate(FALLBACK_TEXTS)]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def check_output(validator, accord, work):
    runs = []  # (what, expected exit status, arguments, stdin)
    for language in ("vi", "en"):
        path = corpus(work, language)
        runs.append((f"{language} corpus", 0, ["--input", "jsonl", path], None))
    runs.append(("vi corpus with --reference-date", 0,
                 ["--input", "jsonl", "--reference-date", "2024-05-01", os.path.join(work, "corpus-vi.jsonl")], None))
    malformed = os.path.join(work, "malformed.jsonl")
    with open(malformed, "w", encoding="utf-8") as handle:
        handle.write("\n".join(MALFORMED_JSONL) + "\n")
    runs.append(("malformed JSONL", 1, ["--input", "jsonl", malformed], None))
    texts = sorted(glob.glob(os.path.join(ROOT, "Examples", "texts", "*.txt")))
    if texts:
        runs.append(("Examples/texts", 0, texts, None))
    treaty = os.path.join(ROOT, "Examples", "packs", "treaty-refs.yaml")
    if os.path.exists(treaty):
        runs.append(("custom kinds (treaty-refs)", 0, ["--rules", treaty], CUSTOM_KIND_TEXT))

    valid = 0
    samples = []
    seen_error, seen_match = False, False
    for what, expected_status, arguments, stdin in runs:
        status, lines, stderr = extract(accord, arguments, stdin)
        if status != expected_status:
            fail(f"accord extract ({what}) exited {status}, expected {expected_status}: {stderr.strip()[:300]}")
        if not lines:
            fail(f"accord extract ({what}) wrote nothing")
        for number, line in enumerate(lines, 1):
            try:
                document = json.loads(line)
            except json.JSONDecodeError as error:
                fail(f"output line {number} of {what} is not JSON: {error}")
                continue
            reasons = problems(validator, document)
            if reasons:
                fail(f"output line {number} of {what} does not validate: " + " | ".join(reasons))
                continue
            valid += 1
            seen_error = seen_error or "error" in document
            seen_match = seen_match or bool(document.get("matches"))
            samples.append(document)
    if not seen_error:
        fail("no error record was produced for the malformed JSONL lines")
    if not seen_match:
        fail("no custom-kind match was produced to check `matches`")
    # A document cut short by Limits.maxMatchesPerDocument ends with warnings (the CLI has no
    # switch for that limit, so the line is built from a real one).
    limited = first(samples, lambda d: True)
    if limited is not None:
        limited["warnings"] = [{"code": "ACC504", "severity": "warning",
                                "message": "the document has more than 5 results; the 3 results from here on were dropped",
                                "hint": "raise Limits.maxMatchesPerDocument, or split the document into smaller ones",
                                "file": "<document>", "line": 2, "column": 17}]
        reasons = problems(validator, limited)
        if reasons:
            fail("an output line with an ACC504 warning does not validate: " + " | ".join(reasons))
        else:
            valid += 1
    return valid, samples


def first(samples, test):
    for document in samples:
        if "error" not in document and test(document):
            return copy.deepcopy(document)
    return None


def mutations(samples):
    """(name, mutated document) pairs; each must fail the output schema."""
    result = []

    def add(name, test, change):
        document = first(samples, test)
        if document is None:
            fail(f"no output line to mutate for '{name}'")
            return
        change(document)
        result.append((name, document))

    def drop(key):
        return lambda d: d.pop(key)

    def setter(path, value):
        def change(document):
            target = document
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = value
        return change

    has = lambda key: (lambda d: bool(d.get(key)))
    add("required key `language` dropped", lambda d: True, drop("language"))
    add("required key `matches` dropped", lambda d: True, drop("matches"))
    add("schema 2", lambda d: True, setter(["schema"], 2))
    add("unknown top-level key", lambda d: True, setter(["score"], 1))
    add("party start as a string", has("parties"), setter(["parties", 0, "start"], "10"))
    add("party without packVersion", has("parties"), lambda d: d["parties"][0].pop("packVersion"))
    add("unknown area", has("cooperations"), setter(["cooperations", 0, "area"], "space"))
    add("unknown area in an agreement", has("agreements"), setter(["agreements", 0, "areas"], ["space"]))
    add("unknown agreement kind", has("agreements"), setter(["agreements", 0, "kind"], "treaty"))
    add("unknown agreement status", has("agreements"), setter(["agreements", 0, "status"], "done"))
    add("agreement parties as a string", has("agreements"), setter(["agreements", 0, "parties"], "JP"))
    add("amount value as a string", has("amounts"), setter(["amounts", 0, "value"], "5000"))
    add("amount approximate as a string", has("amounts"), setter(["amounts", 0, "approximate"], "false"))
    add("forum edition as a string", has("forums"), setter(["forums", 0, "edition"], "55"))
    add("unknown date relative", has("dates"), setter(["dates", 0, "relative"], "someday"))
    add("date month 13", has("dates"), setter(["dates", 0, "month"], 13))
    add("date value not ISO 8601", has("dates"), setter(["dates", 0, "value"], "7 September"))
    add("official name as a number", has("officials"), setter(["officials", 0, "name"], 7))
    add("match field holding an object", has("matches"), setter(["matches", 0, "fields", "nested"], {"a": 1}))
    add("unknown key in a date", has("dates"), setter(["dates", 0, "week"], 36))
    add("empty warnings array", lambda d: True, setter(["warnings"], []))
    add("warning without a line", lambda d: True,
        setter(["warnings"], [{"code": "ACC504", "severity": "warning", "message": "x", "hint": None,
                               "file": "<document>", "column": 1}]))
    result.append(("error record with another code",
                   {"id": None, "error": {"code": "ACC999", "message": "x", "line": 1}}))
    result.append(("error record without line", {"id": "x", "error": {"code": "ACC601", "message": "x"}}))
    result.append(("error record with a numeric id", {"id": 42, "error": {"code": "ACC601", "message": "x", "line": 1}}))
    result.append(("error and analysis keys mixed",
                   {"id": "x", "schema": 1, "error": {"code": "ACC601", "message": "x", "line": 1}}))
    return result


def check_mutations(validator, samples):
    rejected = 0
    for name, document in mutations(samples):
        if verbose:
            reasons = problems(validator, document, limit=1)
            print(f"bad line '{name}': {reasons[0] if reasons else 'accepted'}")
        if validator.is_valid(document):
            fail(f"bad output line '{name}' validates against the output schema")
        else:
            rejected += 1
    return rejected


def main():
    global verbose
    arguments = sys.argv[1:]
    verbose = "--verbose" in arguments or "-v" in arguments
    arguments = [argument for argument in arguments if argument not in ("--verbose", "-v")]
    if len(arguments) > 1 or any(argument.startswith("-") for argument in arguments):
        print("usage: check-schemas.py [--verbose] [PATH/TO/accord]", file=sys.stderr)
        return 2
    accord = arguments[0] if arguments else os.path.join(".build", "release", "accord")
    if not (os.path.isfile(accord) and os.access(accord, os.X_OK)):
        print(f"check-schemas: no accord executable at {accord}; build it with `swift build -c release` "
              "or pass its path", file=sys.stderr)
        return 2
    accord = os.path.abspath(accord)
    try:
        pack_validator = load_validator(PACK_SCHEMA)
        output_validator = load_validator(OUTPUT_SCHEMA)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"check-schemas: cannot load the schemas: {error}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="accord-schemas-") as work:
        packs, edges, bad_packs = check_packs(pack_validator, accord, work)
        lines, samples = check_output(output_validator, accord, work)
        bad_lines = check_mutations(output_validator, samples)

    print(f"schemas: {packs} packs valid, {edges} edge packs valid, {bad_packs} bad packs rejected, "
          f"{lines} output lines valid, {bad_lines} bad lines rejected"
          + (f"; {len(failures)} FAILED" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

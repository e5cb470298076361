#!/usr/bin/env python3
"""Baseline for accord-bench: pyahocorasick over the same corpus, leftmost-longest with a word check.

usage: baseline_ahocorasick.py CORPUS.jsonl LEXICON_DIR
Prints one line: `bytes seconds matches`. Reads the phrases of LEXICON_DIR/*.tsv
(id, lang, phrase, flags) and matches them case-insensitively on word boundaries:
what a user would otherwise build in a few lines, with no patterns and no typed results.
"""
import glob, json, os, sys, time

import ahocorasick  # pip install pyahocorasick

def main():
    corpus, lexicon_dir = sys.argv[1], sys.argv[2]
    automaton = ahocorasick.Automaton()
    for path in sorted(glob.glob(os.path.join(lexicon_dir, "*.tsv"))):
        with open(path, encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                rid, lang, phrase, _ = line.rstrip("\n").split("\t")
                key = phrase.lower()
                automaton.add_word(key, (rid, len(key)))
    automaton.make_automaton()
    with open(corpus, encoding="utf-8") as fh:
        lines = fh.readlines()
    start = time.perf_counter()
    total_bytes = 0
    matches = 0
    for line in lines:
        total_bytes += len(line.encode("utf-8"))
        text = json.loads(line)["text"].lower()
        n = len(text)
        last_end = -1
        for end, (rid, length) in automaton.iter_long(text):
            begin = end - length + 1
            if begin <= last_end:
                continue
            before = text[begin - 1] if begin > 0 else " "
            after = text[end + 1] if end + 1 < n else " "
            if before.isalnum() or after.isalnum():
                continue
            matches += 1
            last_end = end
    elapsed = time.perf_counter() - start
    print(total_bytes, f"{elapsed:.4f}", matches)

if __name__ == "__main__":
    main()

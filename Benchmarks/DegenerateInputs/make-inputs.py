#!/usr/bin/env python3
"""Writes the two degenerate inputs of BENCHMARKS.md's "Any input" section from the
benchmark kit's corpus and glossary (run from the kit's folder):

    make-inputs.py data/corpus-100MB.txt data/glossary-100000.jsonl data

- oneline-100MB.txt: the corpus with every line break replaced by a space (one line of
  100 MB: the report must not print or hold whole lines).
- dense-100MB.txt: the corpus with a listed variant of a random concept after every two
  words (every third word a finding), cut at 100 MB (findings stream out as found).

Deterministic (seeded), so every run measures the same bytes.
"""
import json
import random
import sys

corpus, glossary, out = sys.argv[1:4]
size = 100_000_000

with open(corpus, "rb") as f:
    text = f.read()
with open(f"{out}/oneline-100MB.txt", "wb") as f:
    f.write(text.replace(b"\n", b" "))

variants = []
with open(glossary, encoding="utf-8") as f:
    for line in f:
        variants.extend(v.encode() for v in json.loads(line)["variants"])
rng = random.Random(12)
written = 0
with open(f"{out}/dense-100MB.txt", "wb") as f:
    for line in text.split(b"\n"):
        words = line.split(b" ")
        parts = []
        for i, word in enumerate(words):
            parts.append(word)
            if i % 2 == 1:
                parts.append(rng.choice(variants))
        data = b" ".join(parts) + b"\n"
        f.write(data)
        written += len(data)
        if written >= size:
            break

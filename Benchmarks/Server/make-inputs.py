#!/usr/bin/env python3
"""Inputs of the server benchmark, from the bench kit (KIT, default /tmp/onym-bench):
exact.txt and fuzzy.txt (2,000 lookups each, URL-encoded: variants as written, and
preferred forms with one letter dropped), article.form (an 800-word article of the
corpus as LanguageTool's form). Deterministic (seed 13)."""
import random
import sys
import urllib.parse

kit = sys.argv[1] if len(sys.argv) > 1 else "/tmp/onym-bench"
out = sys.argv[2] if len(sys.argv) > 2 else "."
random.seed(13)
pairs = [line.rstrip("\n").split("\t") for line in open(f"{kit}/data/adapted/phrases-100000.tsv", encoding="utf-8")]
pairs = [p for p in pairs if len(p) == 2]
exact = random.sample([variant for variant, _ in pairs], 2000)
fuzzy = []
for _, preferred in random.sample(pairs, 2000):
    i = random.randrange(1, len(preferred) - 1)
    fuzzy.append(preferred[:i] + preferred[i + 1:])
with open(f"{out}/exact.txt", "w") as f:
    f.write("\n".join(urllib.parse.quote(q) for q in exact) + "\n")
with open(f"{out}/fuzzy.txt", "w") as f:
    f.write("\n".join(urllib.parse.quote(q) for q in fuzzy) + "\n")
words = open(f"{kit}/data/corpus-1MB.txt", encoding="utf-8").read().split(" ")
article = " ".join(words[10_000:10_800])
with open(f"{out}/article.form", "w") as f:
    f.write("language=en-US&text=" + urllib.parse.quote(article, safe=""))

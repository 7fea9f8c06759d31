#!/usr/bin/env python3
"""The bench kit's 100 MB corpus cut into files of about 4 KB (at line ends), 100 to a
folder, as a CMS export would be: Benchmarks/Archive/make-tree.py KIT OUT."""
import os
import sys

kit, out = sys.argv[1], sys.argv[2]
data = open(os.path.join(kit, "data/corpus-100MB.txt"), "rb").read()
n = i = 0
while i < len(data):
    j = data.find(b"\n", i + 4096)
    j = len(data) if j < 0 else j + 1
    folder = os.path.join(out, f"d{n // 100:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"f{n:05d}.txt"), "wb") as f:
        f.write(data[i:j])
    n, i = n + 1, j
print(n, "files")

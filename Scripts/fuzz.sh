#!/usr/bin/env bash
# Runs one of Onym's libFuzzer targets for a number of minutes (not part of CI).
#
#   Scripts/fuzz.sh TARGET [MINUTES]     TARGET: yaml csv tbx tmx xliff markdown html lint
#
# Builds Fuzz/ (a package beside the main one) with -sanitize=fuzzer,address into
# .build-fuzz, seeds Fuzz/corpus/TARGET from the repository's examples, and writes any
# crashing input to Fuzz/crashes/TARGET/. A crash found is fixed and its input kept as a
# regression test (Tests/*/Fixtures/fuzz/).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh TARGET [MINUTES]}
minutes=${2:-10}
case $target in yaml|csv|tbx|tmx|xliff|markdown|html|lint) ;; *) echo "unknown target '$target'" >&2; exit 2 ;; esac
# SwiftPM keeps the path dependency's file list until the fuzz manifest changes: a source
# file added to Onym since the last fuzz build would be missing without this.
touch Fuzz/Package.swift
swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
  -Xswiftc -sanitize=fuzzer,address >&2
corpus=Fuzz/corpus/$target crashes=Fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
# Seeds: the kinds of file the target reads, from the repository.
case $target in
  yaml) cp glossaries/news.yaml "$corpus/" ;;
  csv) printf 'concept,kind,lang,term,status,note,glossary,glossary-title,sources,concept-since,generate,language-note\r\nkyiv,place,en,Kyiv,preferred,N,g,,a,2019-08-14,true,\r\n' > "$corpus/seed.csv" ;;
  tbx) cp Tests/OnymInterchangeTests/Fixtures/*.tbx "$corpus/" 2>/dev/null || true ;;
  tmx) cp Tests/OnymTMTests/Fixtures/*.tmx "$corpus/" 2>/dev/null || true ;;
  xliff) cp Tests/OnymTMTests/Fixtures/*.xlf Tests/OnymTMTests/Fixtures/*.xliff "$corpus/" 2>/dev/null || true ;;
  markdown) cp examples/story.md "$corpus/" ;;
  html) printf '<html lang="en"><p>Kiev <span lang="uk">Киев</span> <!-- onym-disable --> Kiev</p><script>Kiev</script>' > "$corpus/seed.html" ;;
  lint) cp examples/story.txt "$corpus/" ;;
esac
# FoundationXML leaks one CFError (72 bytes) for every document libxml2 reports an error in
# (_CFErrorCreateFromXMLInterface): not Onym's memory, so leaks are not counted for the XML readers.
leaks=1
case $target in tbx|tmx|xliff) leaks=0 ;; esac
ASAN_OPTIONS=detect_leaks=$leaks ONYM_FUZZ=$target .build-fuzz/debug/OnymFuzz "$corpus" -artifact_prefix="$crashes/" \
  -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=4096 -max_len=65536 -detect_leaks=$leaks -print_final_stats=1

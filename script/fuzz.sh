#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ with AddressSanitizer and runs each for SECONDS
# (default 60) on its seed corpus in Fuzz/Corpus/ (plus the shipped examples and test fixtures).
# New inputs go to .build-fuzz/corpus/, crashes to .build-fuzz/artifacts/: turn each into a
# regression test (Tests/PartnerMapTests/FuzzRegressionTests.swift) before fixing it.
#   make fuzz SECONDS=300            every harness
#   make fuzz SECONDS=60 HARNESS=FuzzYAML
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${SECONDS_PER_HARNESS:-60}"
harnesses="${HARNESS:-FuzzYAML FuzzYAMLPieces FuzzJSON FuzzCSVFolder FuzzEdgeList FuzzDOT FuzzAmount FuzzImport FuzzXMLGraph FuzzWorkbook FuzzEditor}"
flags=(--package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
mkdir -p .build-fuzz/artifacts
declare -A extra=([FuzzYAML]="Graphs" [FuzzYAMLPieces]="Graphs" [FuzzEdgeList]="Tests/PartnerMapTests/Fixtures/centrality" [FuzzImport]="Tests/PartnerMapTests/Fixtures/import" [FuzzXMLGraph]="Tests/PartnerMapTests/Fixtures/graphml" [FuzzWorkbook]="Tests/PartnerMapTests/Fixtures/workbooks")
status=0
# Build every harness first, so that the runs use the sources as they were when it started.
for harness in $harnesses; do
  if ! swift build "${flags[@]}" --product "$harness" >".build-fuzz/$harness.build.log" 2>&1; then
    grep -E "error:" ".build-fuzz/$harness.build.log" | grep -v "Cannot export" | head -5; exit 1
  fi
done
for harness in $harnesses; do
  corpus=".build-fuzz/corpus/$harness"
  mkdir -p "$corpus"
  log=".build-fuzz/$harness.log"
  echo "== $harness: ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0 ".build-fuzz/debug/$harness" "$corpus" "Fuzz/Corpus/$harness" ${extra[$harness]:-} \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=".build-fuzz/artifacts/$harness-" -print_final_stats=1 >"$log" 2>&1
  code=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done)" "$log" | tr '\n' ' '; echo
  grep -E "cov: [0-9]+" "$log" | tail -1
  if [ $code -ne 0 ]; then
    status=1
    echo "!! $harness found a problem; see $log and .build-fuzz/artifacts/"
    grep -E "ERROR|Fatal error|SUMMARY" "$log" | head -5
  fi
done
exit $status

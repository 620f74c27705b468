#!/usr/bin/env bash
# Builds the DocC documentation of the PartnerMap library (its catalogue,
# Sources/PartnerMap/PartnerMap.docc, and the doc comments of the public API) with the docc the
# Swift toolchain ships, no plugin needed, and fails on any DocC warning: a link to a symbol that
# no longer exists, a misspelt parameter, a catalogue page that points nowhere.
#
#   bash script/build-docs.sh [OUTPUT]     # default .build/PartnerMap.doccarchive
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
output=${1:-.build/PartnerMap.doccarchive}
emitted=.build/docs/symbol-graphs
graphs=.build/docs/PartnerMap-symbol-graphs
mkdir -p "$emitted"
# The public API's symbol graph, built in its own folder so that the extra flag does not rebuild
# the tests' build. (The graphs are written when a module compiles: kept between runs.)
$swift build --target PartnerMap --scratch-path .build/docs \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$emitted" >/dev/null
# PartnerMap's own graphs only (its dependencies' are written beside them).
rm -rf "$graphs" && mkdir -p "$graphs"
cp "$emitted"/PartnerMap.symbols.json "$graphs"/
cp "$emitted"/PartnerMap@*.symbols.json "$graphs"/ 2>/dev/null || true
docc=$(command -v docc || echo "$(dirname "$(command -v "$swift")")/docc")
"$docc" convert Sources/PartnerMap/PartnerMap.docc \
    --fallback-display-name PartnerMap --fallback-bundle-identifier org.partnermap.PartnerMap \
    --additional-symbol-graph-dir "$graphs" --output-path "$output" --warnings-as-errors
echo "Documentation written to $output (open it with: docc preview Sources/PartnerMap/PartnerMap.docc --additional-symbol-graph-dir $graphs)"

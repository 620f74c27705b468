#!/usr/bin/env bash
# Fuzzes the workspace API of `partnermap serve` with schemathesis (PyPI) against its own
# OpenAPI description (docs/workspace-api.json, served at /api/openapi.json): no answer may be a
# 5xx, every answer must match the description (status, content type, headers, schema), input
# the description forbids must get a 4xx, and a method it does not list a 405.
#
#   bash script/fuzz-api.sh PATH/TO/partnermap [EXAMPLES]
#
# The server runs over a copy of the Montréal example in a scratch folder: the fuzzer's edits and
# saves never touch the repository.
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
examples="${2:-25}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d /tmp/partnermap-fuzz-api.XXXXXX)"
cp "$root/Graphs/montreal-inclusif.yaml" "$scratch/"
"$binary" serve "$scratch/montreal-inclusif.yaml" --lang en > "$scratch/address" 2> "$scratch/stderr" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 1 100); do grep -q token= "$scratch/address" 2>/dev/null && break; sleep 0.1; done
address="$(grep -o 'http://[^ ]*' "$scratch/address")"
base="${address%%/?token=*}"
token="${address##*token=}"
page="$(curl -sf -H "Authorization: Bearer $token" "$base/api/page-token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["pageToken"])')"
schemathesis run "$base/api/openapi.json" --url "$base" \
    -H "Authorization: Bearer $token" -H "X-PartnerMap-Page: $page" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection,unsupported_method \
    --max-examples "$examples" --seed 1 --no-color

#!/usr/bin/env bash
# External check of event extraction against OEDA's PLOVER gold-standard records (322 English sentences).
# Builds nothing: runs an existing CLI build.
#
#   bench/plover/run.sh [DLL] [OUTDIR]
#     DLL     the CLI (default src/SanctionWatch.Cli/bin/Release/net10.0/sanctionwatch.dll, relative to the repo root)
#     OUTDIR  work folder (default /tmp/plover): articles/, plover.db (deleted first), dossier.json,
#             score.json (the figures) and records.json (each record's outcome and what was extracted)
#   PLOVER_LIMIT=N  only the first N records (a quick check of the mapping)
#
# Reads $SANCTIONWATCH_SHARED (default: ../shared beside the repository). The gold file is an evaluation
# set: measure with it, never tune the analyser (rules, lexicon, models) to it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

dll="${1:-src/SanctionWatch.Cli/bin/Release/net10.0/sanctionwatch.dll}"
out="${2:-/tmp/plover}"
shared="${SANCTIONWATCH_SHARED:-$root/../shared}"
shared="$(cd "$shared" && pwd)"
gold="$shared/data/events/plover/PLOVER_GSR_CAMEO.txt"
limit=()
if [[ -n "${PLOVER_LIMIT:-}" ]]; then limit=(--limit "$PLOVER_LIMIT"); fi

[[ -f "$gold" ]] || { echo "gold file not found: $gold" >&2; exit 2; }
# Another build may be replacing the dll; wait a little for it to come back.
for _ in $(seq 1 30); do [[ -f "$dll" ]] && break; echo "waiting for $dll ..." >&2; sleep 10; done
[[ -f "$dll" ]] || { echo "CLI not found: $dll (build it with: dotnet build -c Release src/SanctionWatch.Cli)" >&2; exit 2; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -rf "$out/articles"
rm -f "$out/plover.db" "$out/plover.db-wal" "$out/plover.db-shm" "$out/plover.db-journal" "$out/dossier.json"

python3 "$here/score.py" prepare "${limit[@]}" "$gold" "$out/articles"

echo "uptime: $(uptime)" >&2
start=$(date +%s.%N)
dotnet exec "$dll" analyze "$out/articles" --db "$out/plover.db" --out "$out/dossier.json" >"$out/analyze.log" 2>&1 || {
  echo "analyze failed; see $out/analyze.log" >&2; tail -20 "$out/analyze.log" >&2; exit 1; }
end=$(date +%s.%N)
echo "analyze wall time: $(python3 -c "print(f'{$end - $start:.1f}')") s" >&2

SANCTIONWATCH_SHARED="$shared" python3 "$here/score.py" score "${limit[@]}" "$gold" "$out/dossier.json" \
  --details "$out/records.json" | tee "$out/score.json"

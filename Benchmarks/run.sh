#!/usr/bin/env bash
# Benchmarks ntdiag on generated logs of every format: MB/s, events/s, CPU time and peak RSS of
# `events --summary` and `analyze` per format and size, and of `audit --jobs 1/2` on a folder
# of many hosts.
#
#   Benchmarks/run.sh [--sizes "10 100"] [--formats "xml evt ..."] [--commands summary,analyze]
#                     [--instructions] [--rules N] [--audit MB] [--no-build]
#
#   --sizes          sizes in MB of the generated files (default 100; try 10 to 4000)
#   --formats        formats to generate and read (default: all, see generate-corpus.py)
#   --instructions   also count instructions with callgrind (slow: use sizes up to 100)
#   --rules N        add N generated rules (generate-rules.py) to analyze's built-in ones
#   --audit MB       also audit a fleet folder of about MB megabytes (needs `ntdiag audit`)
#   --no-build       use the release binary as it is
#
# Generated files go to Benchmarks/.out/ (git-ignored) and are reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="100" formats="" commands="summary,analyze" extra=() rules="" audit="" build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --formats) formats="$2"; shift 2 ;;
        --commands) commands="$2"; shift 2 ;;
        --instructions) extra+=(--instructions); shift ;;
        --rules) rules="$2"; shift 2 ;;
        --audit) audit="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) sed -n '2,18p' "$0"; exit 64 ;;
    esac
done
out=Benchmarks/.out
mkdir -p "$out"
if [[ $build == 1 ]]; then
    swift build -c release --scratch-path .build-release --product ntdiag >&2
fi
binary=.build-release/release/ntdiag
echo "ntdiag $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
if [[ -n $rules ]]; then
    python3 Benchmarks/generate-rules.py "$out/rules-$rules" "$rules" >&2
    extra+=(--rules "$out/rules-$rules")
fi
files=()
for size in $sizes; do
    # shellcheck disable=SC2086
    while IFS= read -r file; do files+=("$file"); done < <(python3 Benchmarks/generate-corpus.py "$out" "$size" $formats)
done
python3 Benchmarks/bench.py run --binary "$binary" --commands "$commands" "${extra[@]}" "${files[@]}"
if [[ -n $audit ]]; then
    fleet="$out/fleet-${audit}MB"
    [[ -d $fleet ]] || python3 Benchmarks/generate-fleet.py big "$fleet" --mb "$audit" >&2
    echo
    python3 Benchmarks/bench.py audit --binary "$binary" ${extra[0]+"${extra[0]}"} "$fleet"
fi

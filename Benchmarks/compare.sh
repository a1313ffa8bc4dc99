#!/usr/bin/env bash
# Runs ntdiag beside the reference tools on the same files, in one go, and prints the ratios:
# libxml2's SAX parser with empty callbacks (sax-baseline.c, the floor for XML),
# `xmllint --stream --noout`, Python's ElementTree.iterparse (iterparse.py) and, for .evt,
# libevt's `evtexport`.
#
#   Benchmarks/compare.sh [--size MB] [--instructions] [--no-build]
#
# Needs: apt-get install libxml2-utils libevt-utils valgrind (valgrind for --instructions).
set -euo pipefail
cd "$(dirname "$0")/.."
size=100 extra=() build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --size) size="$2"; shift 2 ;;
        --instructions) extra+=(--instructions); shift ;;
        --no-build) build=0; shift ;;
        *) sed -n '2,10p' "$0"; exit 64 ;;
    esac
done
out=Benchmarks/.out
mkdir -p "$out"
if [[ $build == 1 ]]; then
    swift build -c release --scratch-path .build-release --product ntdiag >&2
fi
cc -O2 -o "$out/sax-baseline" Benchmarks/sax-baseline.c $(pkg-config --cflags --libs libxml-2.0)
for tool in xmllint evtexport; do
    command -v "$tool" >/dev/null || { echo "compare.sh: $tool is missing (apt-get install libxml2-utils libevt-utils)" >&2; exit 2; }
done
echo "ntdiag $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
mapfile -t files < <(python3 Benchmarks/generate-corpus.py "$out" "$size" xml xml-mixed evt)
python3 Benchmarks/bench.py compare --binary .build-release/release/ntdiag --sax "$out/sax-baseline" "${extra[@]}" "${files[@]}"

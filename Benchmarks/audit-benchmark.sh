#!/bin/sh
# Wall time, CPU time and peak memory of `ntdiag audit` on a generated fleet, with one and two
# reading threads, alternated over several rounds (the machine may be shared: the load average
# before each run is printed with it).
#
#   Benchmarks/audit-benchmark.sh [FOLDER] [ROUNDS]
#
# FOLDER (default Benchmarks/.out/fleet) is generated first if missing: 100 files, about 1 GB,
# 40 machines, event XML and .evt, some overlapping exports. Needs a release build:
#   swift build -c release --scratch-path .build-release
set -e
cd "$(dirname "$0")/.."
FOLDER=${1:-Benchmarks/.out/fleet}
ROUNDS=${2:-3}
NTDIAG=.build-release/release/ntdiag
[ -x "$NTDIAG" ] || { echo "build first: swift build -c release --scratch-path .build-release" >&2; exit 64; }
[ -d "$FOLDER" ] || python3 Benchmarks/generate-fleet.py big "$FOLDER" --mb 1000 --hosts 40
echo "$(find "$FOLDER" -type f | wc -l) files, $(du -sm "$FOLDER" | cut -f1) MB in $FOLDER"
OUT=$(mktemp -d)
round=1
while [ "$round" -le "$ROUNDS" ]; do
  for jobs in 1 2; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "jobs=$jobs round=$round wall=%es user=%Us sys=%Ss peak-rss=%MKB load-before=$load" \
      "$NTDIAG" audit "$FOLDER" --jobs "$jobs" --format json --output "$OUT/jobs-$jobs.json" --quiet || true
  done
  round=$((round + 1))
done
cmp -s "$OUT/jobs-1.json" "$OUT/jobs-2.json" && echo "the reports of --jobs 1 and --jobs 2 are identical"
rm -rf "$OUT"

#!/usr/bin/env bash
# Runs one libFuzzer target for some minutes.
#
#   Fuzz/run.sh TARGET MINUTES [extra libFuzzer options]
#   Fuzz/run.sh list
#
# Targets: event-xml, logparser-xml, evt, eventviewer-text, eventviewer-csv, dumpel, vista-text,
# vista-csv, wevtutil-text, powershell-csv, logparser-csv (each forces that reader on every
# input), sniff (recognition, then whichever reader wins), rules (the YAML rule loader and
# the facts file parser), and xml-differential (both XML readers with and without the plain
# scanner in front of libxml2; any difference is a finding).
#
# The harness (Fuzz/Sources/ntdiag-fuzz) is built once with every module instrumented
# (-sanitize=fuzzer,address) into .build-fuzz/. The corpus starts from SampleLogs/ (Rules/ for
# `rules`) and grows in Fuzz/.out/corpus/TARGET; crashes, hangs (over 10 s) and runaway
# allocations (over 2 GB RSS or 512 MB at once) are written to Fuzz/.out/findings/TARGET/.
# A finding becomes a regression test under Tests/EventLogTests/Regressions/ (see its README).
set -euo pipefail
cd "$(dirname "$0")/.."
targets="event-xml logparser-xml evt eventviewer-text eventviewer-csv dumpel vista-text vista-csv wevtutil-text powershell-csv logparser-csv sniff rules xml-differential"
if [[ ${1:-} == list ]]; then echo "$targets"; exit 0; fi
if [[ $# -lt 2 ]] || [[ " $targets " != *" $1 "* ]]; then sed -n '2,17p' "$0"; exit 64; fi
target=$1 minutes=$2
shift 2

# NTDIAG_FUZZ_NO_BUILD=1 runs the harness as last built (several targets at once, sources changing).
if [[ -z ${NTDIAG_FUZZ_NO_BUILD:-} ]]; then
    swift build -c release --package-path Fuzz --scratch-path .build-fuzz --product ntdiag-fuzz \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2
fi
binary=.build-fuzz/release/ntdiag-fuzz

corpus=Fuzz/.out/corpus/$target findings=Fuzz/.out/findings/$target
mkdir -p "$corpus" "$findings"
seeds() {
    case $target in
        rules) find Rules -name '*.yaml' ;;
        evt) find SampleLogs/evt -name '*.evt' ;;
        event-xml|logparser-xml|xml-differential) find SampleLogs/formats/xml SampleLogs/scenarios -name '*.xml' ;;
        sniff) find SampleLogs -type f ! -name '*.md' ;;
        *) find "SampleLogs/formats/$target" -type f ;;
    esac
}
seeds | while IFS= read -r seed; do cp -n "$seed" "$corpus/$(basename "$seed")"; done

# SWIFT_BACKTRACE=enable=no: let libFuzzer see a crash at once (Swift's backtracer would hold it).
SWIFT_BACKTRACE=enable=no NTDIAG_FUZZ_TARGET=$target "$binary" "$corpus" \
    -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 -max_len=65536 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$@"

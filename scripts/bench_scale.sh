#!/bin/sh
# `make bench-scale`: reactions run at scale on a generated Reddit-shaped corpus (see
# scripts/reddit_corpus.py), each step under /usr/bin/time -v (wall clock, peak RSS):
#   1. the history: COMMENTS comments with the 8 bundled targets, committed in nightly-sized
#      chunks of CHUNK (a first `reactions run` holds what it collects; a year of nights does not);
#   2. one night: 10,000 new comments added to it (an incremental run);
#   3. `reactions run --rebuild`: the whole dataset scored and written again from the state;
#   4. `reactions report --dataset`: the tables and report from the dataset.
# Usage: scripts/bench_scale.sh BINARY WORKDIR COMMENTS [CHUNK]
set -eu
BIN=$1
WORK=$2
COMMENTS=$3
CHUNK=${4:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
TARGETS="$HERE/../data/targets.toml"
OUT="$WORK/out-$COMMENTS"
mkdir -p "$WORK"
rm -rf "$OUT"

measure() {
	label=$1
	shift
	/usr/bin/time -v "$@" 2>"$WORK/time.log" >/dev/null || { cat "$WORK/time.log"; exit 1; }
	wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.log")
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.log")
	how=$(grep -o 'rebuilt the dataset[^:]*\|added [0-9]* reactions to the dataset: [0-9]* partitions rewritten' "$WORK/time.log" | head -n 1 || true)
	printf '%s\t%s\t%s MB\t%s\n' "$label" "$wall" "$((rss / 1024))" "$how"
}

first=0
while [ "$first" -lt "$COMMENTS" ]; do
	n=$CHUNK
	[ $((first + n)) -gt "$COMMENTS" ] && n=$((COMMENTS - first))
	python3 "$HERE/reddit_corpus.py" --comments "$n" --first "$first" --out "$WORK/RC_chunk.json"
	measure "history: comments $first to $((first + n))" \
		"$BIN" run "$WORK/RC_chunk.json" --targets "$TARGETS" --out "$OUT" --collected-on 2025-01-01
	first=$((first + n))
done
rm -f "$WORK/RC_chunk.json"

python3 "$HERE/reddit_corpus.py" --comments 10000 --first "$COMMENTS" --days 2 --out "$WORK/RC_night.json"
measure "add 10,000 to $COMMENTS" \
	"$BIN" run "$WORK/RC_night.json" --targets "$TARGETS" --out "$OUT" --collected-on 2025-01-02
measure "run --rebuild of $((COMMENTS + 10000))" \
	"$BIN" run "$WORK/RC_night.json" --targets "$TARGETS" --out "$OUT" --collected-on 2025-01-02 --rebuild
measure "report --dataset of $((COMMENTS + 10000))" \
	"$BIN" report --dataset "$OUT" --out "$WORK/report-$COMMENTS"
du -sh "$OUT/reactions" "$OUT/stance" "$OUT/state.sqlite" | sed 's/^/size\t/'

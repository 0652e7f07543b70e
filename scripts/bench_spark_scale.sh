#!/bin/sh
# The Spark job at scale, against `reactions run` (docs/benchmarks.md, "The Spark job at scale"):
#   mixed: a generated corpus of about MB megabytes, two Reddit-shaped JSON Lines dumps
#          (scripts/reddit_corpus.py, each over the split size, so split across tasks) beside
#          5,000 generated articles and 20 CSV exports (scripts/generated_corpus.py), read by
#          `reactions run`, then by the Spark job on local[1] and on local[2], whose tables/
#          and report.html are compared with the command line's;
#   dump:  with DUMP_MB given, one Reddit-shaped dump of about that size read on local[2].
# No stance targets. Each run under /usr/bin/time, with the CPU time its processes used and the
# peak resident memory of the driver's Python, the JVM (driver and executor in local mode) and
# the Python workers, sampled every second. The corpora and outputs are deleted at the end.
# SPLIT_BYTES (default: the job's, 128 MiB) is the mixed runs' split size, SPARK_DRIVER_MEMORY
# (default 4g) the JVM's heap, NICENESS (default 10) the runs' `nice -n`; MB 0 leaves the mixed
# corpus out.
# Usage: [SPLIT_BYTES=N] scripts/bench_spark_scale.sh BINARY PYTHON WORKDIR MB [DUMP_MB]
set -eu
BIN=$1
PYTHON=$2
WORK=$3
MB=$4
DUMP_MB=${5:-}
SPLIT=${SPLIT_BYTES:+--split-bytes $SPLIT_BYTES}
HERE=$(cd "$(dirname "$0")" && pwd)
# A generated comment line is about 190 bytes.
COMMENTS_PER_MB=5500
mkdir -p "$WORK"

# Whether process $1 runs: /usr/bin/time stays a zombie once it has exited, until `wait`.
alive() {
	state=$(ps -o stat= -p "$1" | cut -c1)
	[ -n "$state" ] && [ "$state" != Z ]
}

# Samples the process tree under $1 (/usr/bin/time) every second until it ends. Prints the CPU
# seconds it used (each process's own and its reaped children's, from /proc; on a machine
# shared with other work this says more than the wall clock), then the peak resident memory
# of the JVM (driver and executor in local mode), of the Python workers under it (summed) and
# of the rest (the driver's Python; `reactions run`).
sample() {
	root=$1
	peak_driver=0 peak_jvm=0 peak_workers=0 ticks=0
	while alive "$root"; do
		set -- $(ps -eo pid=,ppid=,rss=,comm= | awk -v root="$root" '
			{ parent[$1] = $2; rss[$1] = $3; name[$1] = $4 }
			END {
				for (p in parent) {
					kind = "driver"
					q = p
					while (q != root && q in parent && q > 1) {
						if (name[q] == "java") kind = (q == p) ? "jvm" : "workers"
						q = parent[q]
					}
					if (q != root || p == root) continue
					total[kind] += rss[p]
					stat = "/proc/" p "/stat"
					if ((getline line < stat) > 0) {
						sub(/^.*\) /, "", line)
						split(line, field, " ")
						# utime, stime, cutime, cstime
						ticks += field[12] + field[13] + field[14] + field[15]
					}
					close(stat)
				}
				printf "%d %d %d %d\n", total["driver"] / 1024, total["jvm"] / 1024,
					total["workers"] / 1024, ticks
			}')
		[ "$1" -gt "$peak_driver" ] && peak_driver=$1
		[ "$2" -gt "$peak_jvm" ] && peak_jvm=$2
		[ "$3" -gt "$peak_workers" ] && peak_workers=$3
		[ "$4" -gt "$ticks" ] && ticks=$4
		sleep 1
	done
	echo "$((ticks / 100)) driver ${peak_driver} MB, JVM ${peak_jvm} MB, Python workers ${peak_workers} MB"
}

measure() {
	label=$1
	input_mb=$2
	shift 2
	start=$(date +%s.%N)
	/usr/bin/time -o "$WORK/time.log" nice -n "${NICENESS:-10}" "$@" >/dev/null 2>"$WORK/err.log" &
	pid=$!
	sampled=$(sample "$pid")
	wait "$pid" || { tail -n 30 "$WORK/err.log"; exit 1; }
	end=$(date +%s.%N)
	seconds=$(echo "$end - $start" | bc)
	cpu=${sampled%% *}
	printf '%s\t%s MB\t%.1f s\t%.2f MB/s\tCPU %s s: %.2f MB per CPU-second\t%s\t(load %s)\n' \
		"$label" "$input_mb" "$seconds" "$(echo "$input_mb / $seconds" | bc -l)" "$cpu" \
		"$(echo "$input_mb / ($cpu + 0.01)" | bc -l)" "${sampled#* }" \
		"$(cut -d' ' -f1-3 /proc/loadavg)"
}

# No stance targets: an empty configuration, where the embedded one names data/targets.toml.
: >"$WORK/no-targets.toml"
# The JVM's heap (driver and executor in local mode), where Spark caches the extracted rows and
# shuffles: 4 GB, as every figure in docs/benchmarks.md was measured with (the writing tasks'
# tallies, which once made Spark's default of 1 GB too small, no longer pass through it).
# SPARK_SUBMIT_OPTIONS adds to them (say, `--conf spark.eventLog.enabled=true` for each
# stage's task times).
SUBMIT_OPTIONS="--driver-memory ${SPARK_DRIVER_MEMORY:-4g} ${SPARK_SUBMIT_OPTIONS:-}"
export PYSPARK_SUBMIT_ARGS="$SUBMIT_OPTIONS pyspark-shell"
# A corpus whose generation finished (its .complete) is used again, here and for the dump:
# generating 1 GB takes minutes, and is not what is measured. The dot keeps the marker out of
# the inputs.
MIXED="$WORK/mixed-$MB"
if [ "$MB" -gt 0 ]; then
if [ ! -e "$MIXED/.complete" ]; then
rm -rf "$MIXED"
half=$((MB * COMMENTS_PER_MB / 2))
"$PYTHON" - "$MIXED" "$HERE" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from generated_corpus import corpus
corpus(Path(sys.argv[1]), articles=5000)
EOF
"$PYTHON" "$HERE/reddit_corpus.py" --comments "$half" --out "$MIXED/RC_a.jsonl"
"$PYTHON" "$HERE/reddit_corpus.py" --comments "$half" --first "$half" --out "$MIXED/RC_b.jsonl"
touch "$MIXED/.complete"
fi
size=$(du -sLm "$MIXED" | cut -f1)

measure "reactions run, mixed" "$size" "$BIN" run "$MIXED" --config "$WORK/no-targets.toml" \
	--out "$WORK/cli" --collected-on 2025-01-01
for cores in 1 2; do
	measure "spark local[$cores], mixed" "$size" "$PYTHON" -m reactions.spark "$MIXED" \
		--out "$WORK/spark" --master "local[$cores]" --collected-on 2025-01-01 $SPLIT
	# What Spark wrote for people equals what the command line wrote.
	if diff -r "$WORK/cli/tables" "$WORK/spark/tables" >/dev/null &&
		cmp -s "$WORK/cli/report.html" "$WORK/spark/report.html"; then
		echo "local[$cores]: tables/ and report.html identical to reactions run's"
	else
		echo "local[$cores]: tables/ or report.html DIFFER from reactions run's"
	fi
	rm -rf "$WORK/spark"
done
rm -rf "$WORK/cli" "$MIXED"
fi

if [ -n "$DUMP_MB" ]; then
	DUMP="$WORK/dump-$DUMP_MB"
	if [ ! -e "$DUMP/.complete" ]; then
		rm -rf "$DUMP"
		mkdir -p "$DUMP"
		"$PYTHON" "$HERE/reddit_corpus.py" --comments $((DUMP_MB * COMMENTS_PER_MB)) \
			--out "$DUMP/RC_dump.jsonl"
		touch "$DUMP/.complete"
	fi
	size=$(du -sLm "$DUMP" | cut -f1)
	measure "spark local[2], one dump" "$size" "$PYTHON" -m reactions.spark "$DUMP" \
		--out "$WORK/spark-dump" --master "local[2]" --collected-on 2025-01-01
	rm -rf "$WORK/spark-dump" "$DUMP"
fi

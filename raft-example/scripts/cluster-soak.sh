#!/bin/sh
# A long run of a 3-process `rast cluster` under `rast bench --cluster` (issue 12): each node's
# data directory size, RSS, heap and last heap-after-GC at chosen minutes, ops/s per minute and
# each node's GC pauses (a GC log per node). See raft-example/CLUSTER.md.
#
#   raft-example/scripts/cluster-soak.sh [--duration S] [--heap 512m] [--dir DIR] [--peer-base P]
#       [--client-base C] [--outstanding N] [--samples "60 300 600"] [--jar-dir DIR]
#
# Builds with ./rast --help if needed, then runs from a copy of the jars. Needs jstat (JDK), Linux
# /proc. A node restarted by rast cluster gets a GC log of its own (gc-node-N-PID.log).
set -eu
JAR_DIR=""
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=600
HEAP=512m
DIR=""
PEER_BASE=17300
CLIENT_BASE=18300
OUTSTANDING=256
SAMPLES="60 300 600"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    --peer-base) PEER_BASE=$2; shift 2 ;;
    --client-base) CLIENT_BASE=$2; shift 2 ;;
    --outstanding) OUTSTANDING=$2; shift 2 ;;
    --samples) SAMPLES=$2; shift 2 ;;
    --jar-dir) JAR_DIR=$2; shift 2 ;;
    *) echo "cluster-soak: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$DIR" ] || DIR=$(mktemp -d /tmp/rast-soak-XXXXXX)
NAME=cluster-soak
. "$ROOT/raft-example/scripts/cluster-common.sh"
OUT="$DIR/report.txt"
: >"$OUT"
say() { echo "$*" | tee -a "$OUT"; }
start_cluster "-Xmx$HEAP -Xlog:gc:file=$DIR/cluster/logs/gc-node-{id}-%p.log:uptime"

# The pid of node N: the child of the cluster JVM whose arguments contain --id=N.
node_pid() {
  for p in $(pgrep -P "$CLUSTER_PID"); do
    if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- "--id=$1 "; then
      echo "$p"
      return
    fi
  done
}

sample() { # $1: seconds into the measured run
  for n in 1 2 3; do
    p=$(node_pid $n)
    du=$(du -sm "$DIR/cluster/node-$n" | cut -f1)
    rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$p/status" 2>/dev/null || echo "?")
    heap=$(jstat -gc "$p" 2>/dev/null | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
    gclog=$(ls -t "$DIR"/cluster/logs/gc-node-$n-*.log 2>/dev/null | head -n 1)
    after=$(grep -o 'Pause[^>]*->[0-9]*M' "$gclog" 2>/dev/null | tail -n 1 | sed 's/.*->//')
    say "t=${1}s node $n pid $p: data dir ${du} MB, RSS ${rss} MB, heap used ${heap:-?} MB, heap after last GC ${after:-?}"
  done
  (rast status --cluster "$CLIENTS") >>"$OUT" 2>&1 || true
}

say "cluster-soak: $DURATION s, -Xmx$HEAP per node, -c $OUTSTANDING, data under $DIR/cluster"
rast bench --cluster "$CLIENTS" -c "$OUTSTANDING" --duration "$DURATION" \
  >"$DIR/bench.out" 2>&1 &
BENCH_PID=$!
STARTED="$BENCH_PID $STARTED"
START=$(date +%s)
WARMUP=3
for s in $SAMPLES; do
  while [ $(($(date +%s) - START - WARMUP)) -lt "$s" ]; do
    kill -0 "$BENCH_PID" 2>/dev/null || break
    sleep 1
  done
  kill -0 "$BENCH_PID" 2>/dev/null || break
  sample "$s"
done
BENCH_RC=0
wait "$BENCH_PID" || BENCH_RC=$?
[ "$DURATION" -ge "$(echo "$SAMPLES" | awk '{print $NF}')" ] && [ "$BENCH_RC" = 0 ] || true
say "bench exit code: $BENCH_RC"
# Ops/s per minute: the mean of the bench's once-a-second progress lines.
tr '\r' '\n' <"$DIR/bench.out" | awk '/ops\/s  p50/ {m = int(($1 + 0 - 0.001) / 60) + 1; s[m] += $2; c[m]++}
  END {for (i = 1; i in c; i++) printf "minute %d: %.0f ops/s\n", i, s[i] / c[i]}' | tee -a "$OUT"
grep -E '^\|' "$DIR/bench.out" | tee -a "$OUT"
grep -E '^(RESULT|bench JVM GC|leader)' "$DIR/bench.out" | tee -a "$OUT"
for n in 1 2 3; do
  awk -v n=$n '/Pause/ {ms = $NF; sub("ms", "", ms); c++; t += ms; if (ms > m) m = ms; if ($0 ~ /Pause Full/) full++}
    END {printf "node %d GC: %d pauses, total %.0f ms, max %.1f ms, full GCs %d\n", n, c, t, m, full}' "$DIR"/cluster/logs/gc-node-$n-*.log | tee -a "$OUT"
done
grep -h 'died\|given up' "$DIR/cluster.out" | tee -a "$OUT" || true
say "report: $OUT"
exit "$BENCH_RC"

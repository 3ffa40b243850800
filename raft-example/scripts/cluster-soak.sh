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
rm -rf "$DIR/cluster"
mkdir -p "$DIR"
# Run from a copy of the jars: a rebuild by ./rast (a source edited meanwhile) must not replace the
# classes under the running nodes.
# --jar-dir DIR: use DIR/rast-raft-0.1.0-SNAPSHOT.jar and DIR/lib as they are.
if [ -z "$JAR_DIR" ]; then
  "$ROOT/rast" --help >/dev/null
  JAR_DIR="$DIR/jars"
  mkdir -p "$JAR_DIR"
  cp "$ROOT/raft-example/target/rast-raft-0.1.0-SNAPSHOT.jar" "$JAR_DIR/"
  rm -rf "$JAR_DIR/lib" && cp -r "$ROOT/raft-example/target/lib" "$JAR_DIR/lib"
fi
# exec: started with &, $! is then the JVM itself (the cleanup below stops it by that pid).
rast() { exec java ${JAVA_OPTS:-} -cp "$JAR_DIR/rast-raft-0.1.0-SNAPSHOT.jar:$JAR_DIR/lib/*" dev.rast.raft.cli.Main "$@"; }
OUT="$DIR/report.txt"
: >"$OUT"
say() { echo "$*" | tee -a "$OUT"; }

CLUSTER_PID=""
cleanup() {
  if [ -n "$CLUSTER_PID" ] && kill -0 "$CLUSTER_PID" 2>/dev/null; then
    kill -TERM "$CLUSTER_PID" 2>/dev/null || true
    wait "$CLUSTER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

rast cluster --peer-base "$PEER_BASE" --client-base "$CLIENT_BASE" \
  --data-dir "$DIR/cluster" \
  --node-java-opts "-Xmx$HEAP -Xlog:gc:file=$DIR/cluster/logs/gc-node-{id}-%p.log:uptime" \
  >"$DIR/cluster.out" 2>&1 &
CLUSTER_PID=$!
CLIENTS="1=127.0.0.1:$((CLIENT_BASE + 1)),2=127.0.0.1:$((CLIENT_BASE + 2)),3=127.0.0.1:$((CLIENT_BASE + 3))"
i=0
until grep -q '^leader: node' "$DIR/cluster.out" 2>/dev/null; do
  i=$((i + 1))
  if [ $i -gt 300 ] || ! kill -0 "$CLUSTER_PID" 2>/dev/null; then
    echo "cluster-soak: the cluster did not elect a leader:" >&2
    cat "$DIR/cluster.out" >&2
    exit 1
  fi
  sleep 0.1
done

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

#!/bin/sh
# Issue 12: under load, a follower of a 3-process `rast cluster` is stopped, its data directory
# wiped and the node restarted; it must rejoin by InstallSnapshot and catch up. Prints the time to
# the install and to catching up, and the bytes the leader sent. See raft-example/CLUSTER.md.
#
#   raft-example/scripts/rejoin-after-wipe.sh [--dir DIR] [--peer-base P] [--client-base C]
#       [--heap 512m] [--outstanding 256] [--limit 120] [--jar-dir DIR]
#
# Builds with ./rast --help if needed, then runs from a copy of the jars. Needs Linux /proc.
set -eu
JAR_DIR=""
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=""
PEER_BASE=17400
CLIENT_BASE=18400
HEAP=512m
OUTSTANDING=256
LIMIT=120
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --peer-base) PEER_BASE=$2; shift 2 ;;
    --client-base) CLIENT_BASE=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --outstanding) OUTSTANDING=$2; shift 2 ;;
    --limit) LIMIT=$2; shift 2 ;;
    --jar-dir) JAR_DIR=$2; shift 2 ;;
    *) echo "rejoin-after-wipe: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$DIR" ] || DIR=$(mktemp -d /tmp/rast-rejoin-XXXXXX)
NAME=rejoin-after-wipe
. "$ROOT/raft-example/scripts/cluster-common.sh"
now_ms() { date +%s%3N; }
start_cluster "-Xmx$HEAP"

rast bench --cluster "$CLIENTS" -c "$OUTSTANDING" --duration 100000 >"$DIR/bench.out" 2>&1 &
BENCH_PID=$!
STARTED="$BENCH_PID $STARTED"

# One line per node of `rast status --json`: ID ROLE name=value ... for the fields we use.
status() {
  (rast status --json --cluster "$CLIENTS") 2>/dev/null | sed 's/{"id":/\n{"id":/g' | awk '
    /^{"id":/ {
      line = ""
      n = split("id role snapshotIndex snapshotBytesSent snapshotsInstalled firstIndex commit applied pid", names, " ")
      for (i = 1; i <= n; i++) {
        v = "-"
        if (match($0, "\"" names[i] "\":\"?[^,\"}]*")) {
          v = substr($0, RSTART, RLENGTH)
          sub(/^"[^"]*":"?/, "", v)
        }
        line = line (i > 2 ? " " names[i] "=" : (i == 2 ? " " : "")) v
      }
      print line
    }'
}
field() { # $1: status lines, $2: node id, $3: field name
  echo "$1" | awk -v n="$2" -v f="$3" '$1 == n {for (i = 3; i <= NF; i++) {split($i, kv, "="); if (kv[1] == f) print kv[2]}}'
}
role_of() { echo "$1" | awk -v r="$2" '$2 == r {print $1; exit}'; }

# Wait until the leader has compacted its log (its first index > 1): a wiped follower then cannot
# be sent the log from index 1 and needs the snapshot.
echo "waiting for the leader to snapshot and compact under load..."
while :; do
  S=$(status)
  L=$(role_of "$S" LEADER)
  if [ -n "$L" ] && [ "$(field "$S" "$L" firstIndex)" -gt 1 ] 2>/dev/null; then
    break
  fi
  kill -0 "$BENCH_PID" 2>/dev/null || { echo "rejoin-after-wipe: the bench ended:" >&2; tr '\r' '\n' <"$DIR/bench.out" | tail -5 >&2; exit 1; }
  sleep 2
done
F=$(echo "$S" | awk -v l="$L" '$1 != l && $2 == "FOLLOWER" {print $1; exit}')
FPID=$(field "$S" "$F" pid)
SENT0=$(field "$S" "$L" snapshotBytesSent)
COMMIT0=$(field "$S" "$L" commit)
echo "leader node $L (first index $(field "$S" "$L" firstIndex), commit $COMMIT0, snapshot $(field "$S" "$L" snapshotIndex)); follower node $F (pid $FPID): data dir $(du -sm "$DIR/cluster/node-$F" | cut -f1) MB"
T0=$(now_ms)
kill -STOP "$FPID"
rm -rf "$DIR/cluster/node-$F"
kill -KILL "$FPID"
echo "t=0.0s node $F stopped, its data directory wiped, killed; rast cluster restarts it"
INSTALLED=""
CAUGHT=""
PREV_COMMIT=$COMMIT0
while [ $(($(now_ms) - T0)) -lt $((LIMIT * 1000)) ]; do
  sleep 0.5
  S=$(status)
  t=$(($(now_ms) - T0))
  A=$(field "$S" "$F" applied)
  L2=$(role_of "$S" LEADER)
  [ -n "$L2" ] && C=$(field "$S" "$L2" commit) || C=$PREV_COMMIT
  if [ -z "$INSTALLED" ] && [ "$(field "$S" "$F" snapshotsInstalled)" -ge 1 ] 2>/dev/null; then
    INSTALLED=$t
    echo "t=$(echo "$t" | awk '{printf "%.1f", $1 / 1000}')s node $F installed snapshot $(field "$S" "$F" snapshotIndex) (applied $A)"
  fi
  if [ -n "$INSTALLED" ] && [ -n "$A" ] && [ "$A" -ge "$PREV_COMMIT" ]; then
    CAUGHT=$t
    echo "t=$(echo "$t" | awk '{printf "%.1f", $1 / 1000}')s node $F caught up: applied $A >= the leader's commit of the previous poll ($PREV_COMMIT; $COMMIT0 at the wipe)"
    break
  fi
  PREV_COMMIT=$C
done
S=$(status)
L2=$(role_of "$S" LEADER)
SENT1=$(field "$S" "$L2" snapshotBytesSent)
echo "leader node $L2: snapshot bytes sent during the rejoin: $((SENT1 - SENT0)) (total $SENT1)"
grep -h "needs entries compacted away\|installed snapshot\|stalled\|died\|restart" "$DIR"/cluster/logs/node-*.log "$DIR/cluster.out" 2>/dev/null | tail -n 12
kill -TERM "$BENCH_PID" 2>/dev/null || true
wait "$BENCH_PID" 2>/dev/null || true
BENCH_PID=""
if [ -z "$CAUGHT" ]; then
  echo "rejoin-after-wipe: node $F did not catch up within $LIMIT s (installed: ${INSTALLED:-no})" >&2
  exit 1
fi
echo "rejoin: snapshot installed after $(echo "$INSTALLED" | awk '{printf "%.1f", $1 / 1000}') s, caught up after $(echo "$CAUGHT" | awk '{printf "%.1f", $1 / 1000}') s"

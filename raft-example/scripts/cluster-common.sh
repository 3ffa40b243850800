# Sourced by cluster-soak.sh and rejoin-after-wipe.sh: the jars to run, the `rast` function,
# starting a 3-node `rast cluster` and stopping on exit what was started. Expects ROOT, DIR (the
# run's directory), JAR_DIR (empty: build and copy), PEER_BASE, CLIENT_BASE and NAME.

# Run from a copy of the jars: a rebuild by ./rast (a source edited meanwhile) must not replace the
# classes under the running nodes. --jar-dir DIR uses DIR/rast-raft-0.1.0-SNAPSHOT.jar and DIR/lib.
rm -rf "$DIR/cluster"
mkdir -p "$DIR"
if [ -z "$JAR_DIR" ]; then
  "$ROOT/rast" --help >/dev/null
  JAR_DIR="$DIR/jars"
  mkdir -p "$JAR_DIR"
  cp "$ROOT/raft-example/target/rast-raft-0.1.0-SNAPSHOT.jar" "$JAR_DIR/"
  rm -rf "$JAR_DIR/lib" && cp -r "$ROOT/raft-example/target/lib" "$JAR_DIR/lib"
fi
# exec: started with &, $! is then the JVM itself, which the cleanup stops by that pid.
rast() { exec java ${JAVA_OPTS:-} -cp "$JAR_DIR/rast-raft-0.1.0-SNAPSHOT.jar:$JAR_DIR/lib/*" dev.rast.raft.cli.Main "$@"; }

STARTED=""
cleanup() {
  for p in $STARTED; do
    if kill -0 "$p" 2>/dev/null; then
      kill -TERM "$p" 2>/dev/null || true
      wait "$p" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT INT TERM

CLIENTS="1=127.0.0.1:$((CLIENT_BASE + 1)),2=127.0.0.1:$((CLIENT_BASE + 2)),3=127.0.0.1:$((CLIENT_BASE + 3))"

# start_cluster NODE_JAVA_OPTS: rast cluster in the background (CLUSTER_PID), until it has a leader.
start_cluster() {
  rast cluster --peer-base "$PEER_BASE" --client-base "$CLIENT_BASE" --data-dir "$DIR/cluster" \
    --node-java-opts "$1" >"$DIR/cluster.out" 2>&1 &
  CLUSTER_PID=$!
  STARTED="$CLUSTER_PID $STARTED"
  i=0
  until grep -q '^leader: node' "$DIR/cluster.out" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 "$CLUSTER_PID" 2>/dev/null; then
      echo "$NAME: the cluster did not elect a leader:" >&2
      cat "$DIR/cluster.out" >&2
      exit 1
    fi
    sleep 0.1
  done
}

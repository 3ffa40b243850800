#!/usr/bin/env bash
# Power check for the Raft tests: applies each planted bug (*.patch, one known Raft mistake each)
# to a scratch copy of the repository, runs raft-example's tests (the simulator over the default
# seed range, the scripted scenarios, the checker and allocation tests) and passes only if every
# bug is caught: the tests must fail, but the patched code must still compile. A hang is NOT a
# catch: each patch's test run is bounded (PLANTED_TIMEOUT seconds, default 600; the whole Maven
# process group is killed), and a run that hit that bound, a JUnit timeout or surefire's fork
# timeout counts as not caught.
#
# Usage: raft-example/planted-bugs/run.sh [seeds]        (default 300 seeds per bug)
# Needs: the runtime and the generator installed in the local Maven repository and the generator's
#        jar built:  mvn install -DskipTests   (from the repository root, once).
# Env:   MVN (default "mvn -B -o -q"), MVN_PREFIX (e.g. "flock /tmp/rast-mvn.lock"),
#        PLANTED_TIMEOUT (seconds per patch, default 600).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seeds=${1:-300}
mvn_cmd=${MVN:-mvn -B -o -q}
prefix=${MVN_PREFIX:-}
bound=${PLANTED_TIMEOUT:-600}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rast-planted.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
jar=$(ls "$root"/capnpc-java-gen/target/rast-capnpc-*-all.jar 2>/dev/null | head -1)
if [ -z "$jar" ]; then
  echo "planted-bugs: build the generator first: mvn install -DskipTests" >&2
  exit 2
fi
missed=0
total=0
for patch in "$root"/raft-example/planted-bugs/*.patch; do
  name=$(basename "$patch" .patch)
  total=$((total + 1))
  copy="$scratch/$name"
  mkdir -p "$copy"
  (cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$copy")
  mkdir -p "$copy/capnpc-java-gen/target"
  cp "$jar" "$copy/capnpc-java-gen/target/"
  if ! (cd "$copy" && patch -s -p1 < "$patch"); then
    echo "planted-bugs: $name does not apply any more; refresh the patch" >&2
    missed=$((missed + 1))
    continue
  fi
  log="$scratch/$name.log"
  # The bound is inside the lock: waiting for another build does not count against it.
  (cd "$copy" && $prefix timeout -k 10 "$bound" $mvn_cmd -pl raft-example test -Dsim.seeds="$seeds" \
      -Drast.test.forkTimeout="$bound" > "$log" 2>&1)
  rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "NOT CAUGHT: $name"
    missed=$((missed + 1))
  elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "NOT CAUGHT (hung): $name -- no result within $bound s"
    missed=$((missed + 1))
  elif grep -q -E "timed out after|There was a timeout" "$log"; then
    what=$(grep -m1 -E "timed out after|There was a timeout" "$log" | cut -c1-160)
    echo "NOT CAUGHT (hung): $name -- $what"
    missed=$((missed + 1))
  elif grep -q "COMPILATION ERROR" "$log"; then
    echo "BROKEN: $name does not compile (a planted bug must compile)"
    sed -n '/COMPILATION ERROR/,+10p' "$log"
    missed=$((missed + 1))
  else
    what=$(grep -m1 -E "SIM FAIL seed|Tests run:.*Failures: [1-9]|FAIL|\[ERROR\] .*(Test|test)" "$log" | cut -c1-160)
    echo "caught: $name -- $what"
  fi
done
if [ "$missed" -ne 0 ]; then
  echo "planted-bugs: $missed of $total planted bugs NOT caught"
  exit 1
fi
echo "planted-bugs: all $total planted bugs caught"

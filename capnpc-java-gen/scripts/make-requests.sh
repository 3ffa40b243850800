#!/usr/bin/env bash
# Regenerates the CodeGeneratorRequest fixtures under src/test/resources/requests with the real
# capnp tool, so the golden tests run without capnp. Run from anywhere; needs capnp on PATH.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
testdata=${RAST_TESTDATA:-$here/../testdata/capnp-testdata}
out=$here/src/test/resources/requests
mkdir -p "$out"
cd "$testdata"
capnp compile -I. --no-standard-import -o- \
  capnp/test.capnp capnp/test-import.capnp capnp/test-import2.capnp \
  capnp/schema.capnp capnp/c++.capnp capnp/stream.capnp > "$out/test.bin"
capnp compile -I. --no-standard-import -o- \
  capnp/benchmark/carsales.capnp capnp/benchmark/catrank.capnp capnp/benchmark/eval.capnp > "$out/benchmark.bin"
capnp compile -I. --no-standard-import -o- capnp/schema.capnp > "$out/schema.bin"
# rast-java's own shipped schemas (Raft wire and log format).
(cd "$here/../schema" && capnp compile -I. --no-standard-import -o- raft.capnp > "$out/raft.bin")
echo "requests written to $out"

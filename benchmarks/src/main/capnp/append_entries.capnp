@0xaff74e5640693ada;
# The AppendEntries-like message of the codec benchmarks (dev.rast.bench.RaftMessageBenchmark):
# five UInt64 header fields and a list of entries, each two UInt64 and a Data payload.
# The Raft wire format proper lives in schema/raft.capnp; this file stays fixed so that
# benchmark figures stay comparable over time.

# The benchmarks' reader and builder classes are generated from this file by rast-maven-plugin
# (see benchmarks/pom.xml). The annotations below only name the Java classes; they do not change
# the wire format.

using Java = import "/capnp/java.capnp";
$Java.package("dev.rast.bench.raftmsg");
$Java.outerClassname("RaftMsg");

struct AppendEntries {
  term @0 :UInt64;
  leaderId @1 :UInt64;
  prevLogIndex @2 :UInt64;
  prevLogTerm @3 :UInt64;
  leaderCommit @4 :UInt64;
  entries @5 :List(Entry);
}

struct Entry {
  term @0 :UInt64;
  index @1 :UInt64;
  payload @2 :Data;
}

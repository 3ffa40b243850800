# Raft wire and log format of rast-java's raft-example.
#
# One `Message` travels per frame between nodes; the write-ahead log stores `Entry` values in the
# same encoding, so an entry goes from the network to disk without re-encoding. `HardState` is what
# a node must persist before it answers (current term, vote, commit index).
#
# Evolution: fields are only ever added, with new ordinals; nothing is renumbered or removed.

@0x829f939b9b95623c;

using Java = import "/capnp/java.capnp";
$Java.package("dev.rast.raft.wire");
$Java.outerClassname("Raft");

struct Message {
  # The envelope of every message between two nodes of one cluster.

  clusterId @0 :UInt64;
  # Guards against a node of another cluster talking to this one.

  from @1 :UInt64;
  to @2 :UInt64;
  term @3 :UInt64;
  # The sender's current term.

  union {
    appendEntries @4 :AppendEntries;
    appendEntriesResponse @5 :AppendEntriesResponse;
    requestVote @6 :RequestVote;
    requestVoteResponse @7 :RequestVoteResponse;
    timeoutNow @8 :Void;
    # The leader asks this follower to start an election at once (leadership transfer).
  }
}

struct AppendEntries {
  # Replication and heartbeat, leader to follower (Raft paper, section 5.3).

  prevLogIndex @0 :UInt64;
  prevLogTerm @1 :UInt64;
  leaderCommit @2 :UInt64;
  entries @3 :List(Entry);
  # Empty for a heartbeat.
}

struct AppendEntriesResponse {
  success @0 :Bool;
  matchIndex @1 :UInt64;
  # On success, the index of the last entry the follower now holds.

  rejectHint @2 :UInt64;
  # On rejection, the follower's last index: where the leader should probe next.
}

struct RequestVote {
  lastLogIndex @0 :UInt64;
  lastLogTerm @1 :UInt64;
  preVote @2 :Bool;
  # A pre-vote asks "would you vote for me?" without disturbing the current term.
}

struct RequestVoteResponse {
  granted @0 :Bool;
  preVote @1 :Bool;
}

enum EntryKind {
  normal @0;
  # A client command for the state machine.

  noop @1;
  # Appended by a new leader to commit entries of earlier terms.

  configChange @2;
  # A change of the cluster's membership.
}

struct Entry {
  # One log entry: on the wire inside AppendEntries, and on disk in a log segment.

  term @0 :UInt64;
  index @1 :UInt64;
  kind @2 :EntryKind;
  payload @3 :Data;
}

struct HardState {
  # The state a node persists before it sends any message that depends on it.

  term @0 :UInt64;
  vote @1 :UInt64;
  # The node voted for in `term`, or 0.

  commit @2 :UInt64;
}
